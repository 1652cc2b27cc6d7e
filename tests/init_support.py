"""Shared by the `init` tests: fake-but-well-formed secrets, a scanner for them, and a way
to run the real CLI in-process with keystrokes fed through prompt_toolkit's pipe input."""

from __future__ import annotations

import io
import sys
import threading
import time
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import pytest
from prompt_toolkit.application import create_app_session
from prompt_toolkit.input import PipeInput, create_pipe_input
from prompt_toolkit.output import DummyOutput, Output
from prompt_toolkit.output.plain_text import PlainTextOutput

from setup_wizard import cli
from setup_wizard.config import providers

ACCT = "d4ba2e3c15c942c374380afd7fb7f441"
GW = "omni"
# Shaped like the real thing (so the checks accept them) and unique enough to scan for.
TOKEN = "cfut_" + "Qm7Rk2Lp9Xw4" * 3  # Cloudflare token: shape not public
GSK = "gsk_" + "SeCrEt7Gq" * 5 + "Zk9Pw2Hx1a2b"[:7]  # 4 + 45 + 7 = 56 characters
OPENAI_KEY = "sk-proj-" + "OpEnAiSeCrEt" * 3
MISTRAL_KEY = "MiStRaLsEcReT" * 3
OLD_GSK = "gsk_" + "OlDkEy5Vb" * 5 + "OlDkEy9"
SECRETS = (TOKEN, GSK, OPENAI_KEY, MISTRAL_KEY, OLD_GSK)

ENTER, DOWN, BACKSPACE, CTRL_C = "\r", "\x1b[B", "\x7f", "\x03"
SECRET_VARS = ("CF_GATEWAY_TOKEN", *(p.key_var for p in providers.PROVIDERS.values()))

assert len(GSK) == 56 and providers.PROVIDERS["groq"].key_matches(GSK)
assert providers.PROVIDERS["groq"].key_matches(OLD_GSK)


def assert_no_secret(*texts: str, secrets: Iterable[str] = SECRETS) -> None:
    """Neither a secret nor a long slice of it (a partial leak is still a leak)."""
    for text in texts:
        for s in secrets:
            assert s not in text, "raw secret in output"
            assert s[5:-5] not in text, "part of a secret in output"


class FakeTTY(io.StringIO):
    """Standard input that says it is a terminal: the keys arrive through the pipe input."""

    def isatty(self) -> bool:
        return True


@dataclass
class Result:
    code: int
    out: str
    err: str


def clean_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for var in SECRET_VARS:
        monkeypatch.delenv(var, raising=False)


class Screen(io.StringIO):
    """What the prompts drew (plain text), readable while the wizard runs."""

    def wait_for(self, text: str, start: int, limit: float = 20.0) -> int:
        """Block until `text` is drawn after `start`; return where it ends (or -1)."""
        deadline = time.monotonic() + limit
        while time.monotonic() < deadline:
            at = self.getvalue().find(text, start)
            if at >= 0:
                return at + len(text)
            time.sleep(0.01)
        return -1


def run_interactive(argv: list[str], keys: str, monkeypatch: pytest.MonkeyPatch,
                    capsys: pytest.CaptureFixture[str], *, output: Output | None = None,
                    close_input: bool = False,
                    then: list[tuple[str, str]] | None = None, probe: bool = False) -> Result:
    """Run `setup-wizard init ARGV` in-process as if typed at a terminal.

    `keys` are typed at once (prompt_toolkit keeps the type-ahead for the next prompt).
    `then` is a list of (text to wait for on `output`, keys to type next): a person reading
    the screen, for checks of what a prompt shows before the answer is corrected.
    `probe` lets init use the network (its model list, its probe): pass --connect-to too.
    """
    monkeypatch.setattr(sys, "stdin", FakeTTY())
    monkeypatch.setenv("TERM", "xterm")  # a drawing terminal, whatever the CI's TERM is
    with create_pipe_input() as pipe, create_app_session(input=pipe,
                                                         output=output or DummyOutput()):
        pipe.send_text(keys)
        typist = None
        if then:
            assert isinstance(output, PlainTextOutput) and isinstance(output.stdout, Screen)
            typist = threading.Thread(target=_type_when_shown, args=(pipe, output.stdout, then),
                                      daemon=True)
            typist.start()
        if close_input:
            pipe.close()
        code = cli.main(["init", *([] if probe else ["--no-probe"]), *argv])
        if typist:
            typist.join()
    captured = capsys.readouterr()
    return Result(code, captured.out, captured.err)


def _type_when_shown(pipe: PipeInput, screen: Screen, steps: list[tuple[str, str]]) -> None:
    at = 0
    for shown, keys in steps:
        found = screen.wait_for(shown, at)
        if found < 0:  # never shown: stop typing; the wizard's own input then ends (EOF)
            pipe.close()
            return
        at = found
        pipe.send_text(keys)


def run_piped(argv: list[str], monkeypatch: pytest.MonkeyPatch,
              capsys: pytest.CaptureFixture[str], stdin: str = "",
              probe: bool = False) -> Result:
    """Run `setup-wizard init ARGV` with standard input that is not a terminal."""
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    code = cli.main(["init", *([] if probe else ["--no-probe"]), *argv])
    captured = capsys.readouterr()
    return Result(code, captured.out, captured.err)


def env_in(folder: Path, monkeypatch: pytest.MonkeyPatch, text: str) -> Path:
    """A `.env` holding `text` in `folder`, the working directory, with a clean environment
    but for CF_GATEWAY_TOKEN (so a non-interactive gateway run has every secret)."""
    monkeypatch.chdir(folder)
    clean_environment(monkeypatch)
    monkeypatch.setenv("CF_GATEWAY_TOKEN", TOKEN)
    env = folder / ".env"
    env.write_text(text)
    return env


def leftovers(folder: Path) -> list[str]:
    """Temp files and backups next to the .env (a failed write must leave no temp file)."""
    return sorted(p.name for p in folder.iterdir() if p.name != ".env")
