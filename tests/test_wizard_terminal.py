"""The wizard at a terminal (issue 10, item 16): a terminal that cannot draw (TERM=dumb)
gets plain lines, Ctrl-D ends the input at every kind of question, and Ctrl-C is said one
way everywhere."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
from dotenv import dotenv_values
from init_support import (
    ACCT,
    CTRL_C,
    ENTER,
    GW,
    TOKEN,
    assert_no_secret,
    clean_environment,
    leftovers,
    run_interactive,
)

from setup_wizard import cli
from setup_wizard.commands import lint as lint_command
from setup_wizard.errors import INTERRUPTED

pexpect = pytest.importorskip("pexpect")
SCRIPT = Path(sys.executable).parent / "setup-wizard"
CTRL_D = "\x04"
DUMB_KEY = "gsk_" + "DuMbTeRm7q" * 5 + "Zz"  # a Groq key's shape: 56 characters


@pytest.fixture(autouse=True)
def _isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    clean_environment(monkeypatch)


# -- TERM=dumb: plain lines, no cursor control ---------------------------------------------------
@pytest.mark.skipif(not SCRIPT.exists(), reason="console script not installed")
def test_a_dumb_terminal_gets_no_escape_sequences(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k in ("PATH", "HOME", "LANG", "LC_ALL")}
    env.update(TERM="dumb")
    child = pexpect.spawn(str(SCRIPT), ["init", "--no-probe"], cwd=str(tmp_path), env=env,
                          encoding="utf-8", timeout=30, dimensions=(40, 200))
    transcript: list[str] = []

    def answer(prompt: str, line: str) -> None:
        child.expect_exact(prompt)
        transcript.append(child.before + child.after)
        child.sendline(line)

    answer("Provider [", "")  # the default, Groq
    answer("Mode [", "2")  # by number: gateway-request-key
    answer("Cloudflare account ID", "not-an-id")  # refused, asked again
    answer("Cloudflare account ID", ACCT)
    answer("Gateway name", GW)
    answer("Endpoint style [", "provider")  # by value
    answer("Model [", "")
    answer("Cloudflare gateway token (CF_GATEWAY_TOKEN)", TOKEN)  # hidden (getpass)
    answer("API key (GROQ_API_KEY)", DUMB_KEY)
    answer("Write .env? [Y/n]", "y")
    child.expect(pexpect.EOF)
    transcript.append(child.before)
    child.close()
    screen = "".join(transcript)
    assert child.exitstatus == 0, screen
    assert "\x1b" not in screen  # no cursor movement, no colour
    assert "need 32 hex characters" in screen  # the refusal was shown, plainly
    assert dotenv_values(tmp_path / ".env")["AI_GATEWAY_MODE"] == "gateway-request-key"
    assert_no_secret(screen, secrets=(TOKEN, DUMB_KEY))


# -- Ctrl-D and Ctrl-C ---------------------------------------------------------------------------
ALL_ANSWERS = ENTER * 2 + ACCT + ENTER + GW + ENTER + ENTER + ENTER + TOKEN + ENTER + "y"


@pytest.mark.parametrize("at", [0, 1, 4, 5])  # provider, mode, endpoint, model: all selects
def test_ctrl_d_at_a_select_question_ends_the_wizard(at: int, tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    steps = [ENTER, ENTER, ACCT + ENTER, GW + ENTER, ENTER, ENTER, TOKEN + ENTER, "y"]
    # Every answer follows the Ctrl-D: had it been ignored, the file would be written.
    keys = "".join(steps[:at]) + CTRL_D + "".join(steps[at:])
    r = run_interactive([], keys, monkeypatch, capsys)
    assert r.code == 2
    assert "input ended" in r.err and len(r.err.strip().splitlines()) == 1
    assert not (tmp_path / ".env").exists()


def test_ctrl_d_at_the_confirmation_writes_nothing(tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    r = run_interactive([], ALL_ANSWERS[:-1] + CTRL_D + "y", monkeypatch, capsys)
    assert r.code == 2 and "input ended" in r.err
    assert leftovers(tmp_path) == [] and not (tmp_path / ".env").exists()


def test_ctrl_c_has_one_wording_everywhere(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    said = []
    for keys in (ENTER + CTRL_C,  # at a select
                 ENTER * 2 + CTRL_C,  # at a text question
                 ALL_ANSWERS[:-1] + CTRL_C):  # at the confirmation
        r = run_interactive([], keys, monkeypatch, capsys)
        assert r.code == 130
        said.append(r.err.strip())

    def interrupted(args: object) -> int:
        raise KeyboardInterrupt

    monkeypatch.setattr(lint_command, "run", interrupted)  # anywhere else
    assert cli.main(["lint"]) == 130
    said.append(capsys.readouterr().err.strip())
    assert said == [f"setup-wizard: {INTERRUPTED}"] * 4
