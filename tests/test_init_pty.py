"""The real console script in a real pseudo-terminal: what a person at a keyboard gets."""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path

import pytest
from api_support import ACCOUNT, API, API_TOKENS, EMULATOR_API_TOKEN
from dotenv import dotenv_values
from init_support import ACCT, GSK, GW, SECRETS, TOKEN, assert_no_secret

from setup_wizard.emulator import server as emulator

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


def drive(child: pexpect.spawn, steps: list[tuple[str, str]]) -> str:
    """Wait for each prompt, type its keys; the whole screen once the script ends."""
    transcript: list[str] = []
    for prompt, keys in steps:
        child.expect_exact(prompt)
        transcript.append(child.before + child.after)
        child.send(keys)
    child.expect(pexpect.EOF)
    transcript.append(child.before)
    child.close()
    return "".join(transcript)


@pytest.mark.skipif(not SCRIPT.exists(), reason="console script not installed")
def test_console_script_in_a_pty_request_key_mode(tmp_path: Path) -> None:
    child = spawn(tmp_path, env={"CF_GATEWAY_TOKEN": TOKEN})
    screen = drive(child, [
        ("Provider", "\r"),
        ("Mode", DOWN + "\r"),  # gateway-request-key
        ("Cloudflare account ID", ACCT + "\r"),
        ("Gateway name", GW + "\r"),
        ("Endpoint style", "\r"),
        ("Model", "\r"),
        ("Keep CF_GATEWAY_TOKEN", "y"),  # offered from the environment, masked
        ("API key (GROQ_API_KEY)", GSK + "\r"),  # hidden input
        ("Write .env?", "y")])
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


@pytest.mark.skipif(not SCRIPT.exists(), reason="console script not installed")
def test_console_script_with_an_api_token_offers_gateways_and_warns(tmp_path: Path) -> None:
    """The emulator plays the Cloudflare API; the wizard, in a real terminal, lists the
    account's gateways and says that the chosen one stores no Groq key."""
    with emulator.start() as emu:
        child = spawn(tmp_path, "--connect-to", f"{API}={emu.url}",
                      env={"CF_GATEWAY_TOKEN": TOKEN, "CLOUDFLARE_API_TOKEN": EMULATOR_API_TOKEN})
        screen = drive(child, [
            ("Provider", "\r"),
            ("Mode", "\r"),  # gateway-stored-key
            ("type another account ID", "\r"),  # two accounts: a list; the first
            ("type another name", DOWN + "\r"),  # the gateways: no-keys
            ("switch to gateway-request-key", "\r"),  # the two ways out: keep
            ("Endpoint style", "\r"),
            ("Model", "\r"),
            ("Keep CF_GATEWAY_TOKEN", "y"),
            ("Write .env?", "y")])
    screen = re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", screen)  # the colours, not the text
    assert child.exitstatus == 0, screen
    assert "my-gateway  (authentication on; stored keys: groq)" in screen
    assert "no-keys  (authentication on; stored keys: none)" in screen
    assert "No Groq key is stored on this gateway" in screen
    assert "no Groq key is stored on gateway no-keys" in screen  # the summary, before writing
    values = dotenv_values(tmp_path / ".env")
    assert values["OPENAI_BASE_URL"] == \
        f"https://gateway.ai.cloudflare.com/v1/{ACCOUNT}/no-keys/groq"
    assert values["AI_GATEWAY_MODE"] == "gateway-stored-key"
    assert EMULATOR_API_TOKEN not in (tmp_path / ".env").read_text()
    assert_no_secret(screen, secrets=(*SECRETS, *API_TOKENS))
