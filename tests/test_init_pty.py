"""The real console script in a real pseudo-terminal: what a person at a keyboard gets."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
from dotenv import dotenv_values
from init_support import ACCT, GSK, GW, TOKEN, assert_no_secret

pexpect = pytest.importorskip("pexpect")

SCRIPT = Path(sys.executable).parent / "setup-wizard"
DOWN = "\x1b[B"


def spawn(tmp_path: Path, *args: str, env: dict[str, str]) -> pexpect.spawn:
    base = {k: v for k, v in os.environ.items()
            if k in ("PATH", "HOME", "LANG", "LC_ALL", "SYSTEMROOT")}
    # No cursor-position request: a pty without a terminal emulator never answers it.
    base.update(TERM="xterm", PROMPT_TOOLKIT_NO_CPR="1", **env)
    return pexpect.spawn(str(SCRIPT), ["init", "--no-probe", *args], cwd=str(tmp_path),
                         env=base, encoding="utf-8", timeout=30, dimensions=(40, 200))


@pytest.mark.skipif(not SCRIPT.exists(), reason="console script not installed")
def test_console_script_in_a_pty_request_key_mode(tmp_path: Path) -> None:
    child = spawn(tmp_path, env={"CF_GATEWAY_TOKEN": TOKEN})
    transcript: list[str] = []

    def answer(prompt: str, keys: str) -> None:
        child.expect_exact(prompt)
        transcript.append(child.before + child.after)
        child.send(keys)

    answer("Provider", "\r")
    answer("Mode", DOWN + "\r")  # gateway-request-key
    answer("Cloudflare account ID", ACCT + "\r")
    answer("Gateway name", GW + "\r")
    answer("Endpoint style", "\r")
    answer("Model", "\r")
    answer("Keep CF_GATEWAY_TOKEN", "y")  # offered from the environment, masked
    answer("API key (GROQ_API_KEY)", GSK + "\r")  # hidden input
    answer("Write .env?", "y")
    child.expect(pexpect.EOF)
    transcript.append(child.before)
    child.close()
    screen = "".join(transcript)
    assert child.exitstatus == 0, screen
    values = dotenv_values(tmp_path / ".env")
    assert values["AI_GATEWAY_MODE"] == "gateway-request-key"
    assert values["OPENAI_BASE_URL"] == f"https://gateway.ai.cloudflare.com/v1/{ACCT}/{GW}/groq"
    assert values["CF_GATEWAY_TOKEN"] == TOKEN and values["GROQ_API_KEY"] == GSK
    assert "Wrote .env (mode 0600)" in screen
    assert (tmp_path / ".env").stat().st_mode & 0o777 == 0o600
    assert_no_secret(screen)  # the typed key was hidden, the summary masked


@pytest.mark.skipif(not SCRIPT.exists(), reason="console script not installed")
def test_console_script_ctrl_c_exits_130_and_keeps_the_file(tmp_path: Path) -> None:
    env_file = tmp_path / ".env"
    env_file.write_text(f"GROQ_API_KEY={GSK}\n")
    child = spawn(tmp_path, env={})
    child.expect_exact("Provider")
    child.send("\r")
    child.expect_exact("Mode")
    child.sendcontrol("c")
    child.expect(pexpect.EOF)
    out = child.before
    child.close()
    assert child.exitstatus == 130
    assert "nothing was written" in out and "Traceback" not in out
    assert env_file.read_text() == f"GROQ_API_KEY={GSK}\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == [".env"]
    assert_no_secret(out)
