"""A non-ASCII character in a secret is caught where it enters, not blamed on the network
(issue 10, item 7; lint's part is another change).

The class: HTTP header values are ASCII, so a BOM that a Windows pipe puts before the first
line, or an accented letter from a copy-paste, made httpx raise UnicodeEncodeError, which
probe reported as a network failure (exit 6). `init` now strips a leading BOM and refuses any
other non-ASCII secret; `probe` refuses before sending (exit 3), naming the variable and the
position.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from dotenv import dotenv_values
from init_support import (
    ACCT,
    BACKSPACE,
    ENTER,
    GSK,
    GW,
    TOKEN,
    assert_no_secret,
    clean_environment,
    run_interactive,
    run_piped,
)
from probe_support import GW_BASE, MODEL, probe_cli

BOM = "\ufeff"
ACCENTED = TOKEN[:10] + "é" + TOKEN[11:]  # position 11


def flags(env: Path) -> list[str]:
    return ["--env-file", str(env), "--account-id", ACCT, "--gateway", GW,
            "--mode", "gateway-request-key"]


# -- init ------------------------------------------------------------------------------------
def test_init_strips_a_bom_from_piped_secrets(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    clean_environment(monkeypatch)
    env = tmp_path / ".env"
    r = run_piped([*flags(env), "--cf-token-stdin", "--provider-key-stdin"], monkeypatch,
                  capsys, stdin=f"{BOM}{TOKEN}\r\n{GSK}\r\n")
    assert r.code == 0, r.err
    values = dotenv_values(env)
    assert values["CF_GATEWAY_TOKEN"] == TOKEN and values["GROQ_API_KEY"] == GSK
    assert BOM not in env.read_text(encoding="utf-8")


def test_init_strips_a_bom_from_the_environment(tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    clean_environment(monkeypatch)
    monkeypatch.setenv("CF_GATEWAY_TOKEN", BOM + TOKEN)
    monkeypatch.setenv("GROQ_API_KEY", BOM + GSK)
    env = tmp_path / ".env"
    r = run_piped(flags(env), monkeypatch, capsys)
    assert r.code == 0, r.err
    assert dotenv_values(env)["CF_GATEWAY_TOKEN"] == TOKEN
    assert dotenv_values(env)["GROQ_API_KEY"] == GSK


@pytest.mark.parametrize("bad, where", [(ACCENTED, 11), (TOKEN + "\u200b", len(TOKEN) + 1),
                                        ("\u00a0" + TOKEN, 1), (TOKEN[:5] + BOM + TOKEN[5:], 6)])
def test_init_refuses_other_non_ascii_secrets(bad: str, where: int, tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    clean_environment(monkeypatch)
    env = tmp_path / ".env"
    r = run_piped([*flags(env), "--cf-token-stdin", "--provider-key-stdin"], monkeypatch,
                  capsys, stdin=f"{bad}\n{GSK}\n")
    assert r.code == 2
    (line,) = r.err.strip().splitlines()
    assert "CF_GATEWAY_TOKEN" in line and f"position {where}" in line and "ASCII" in line
    assert not env.exists()
    assert_no_secret(r.out + r.err, secrets=(TOKEN, GSK))


def test_init_refuses_a_non_ascii_token_where_it_is_typed(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    clean_environment(monkeypatch)
    env = tmp_path / ".env"
    keys = (ENTER + ENTER  # provider Groq, mode gateway-stored-key
            + ACCT + ENTER + GW + ENTER + ENTER + ENTER  # account, gateway, endpoint, model
            + ACCENTED + ENTER  # refused where typed (the token's shape is not public) ...
            + BACKSPACE * len(ACCENTED) + TOKEN + ENTER + "y")  # ... and typed again
    r = run_interactive(["--env-file", str(env)], keys, monkeypatch, capsys)
    assert r.code == 0, r.err
    assert dotenv_values(env)["CF_GATEWAY_TOKEN"] == TOKEN


# -- probe -----------------------------------------------------------------------------------
@pytest.mark.parametrize("var, value, where", [
    ("CF_GATEWAY_TOKEN", BOM + TOKEN, 1),
    ("CF_GATEWAY_TOKEN", ACCENTED, 11),
    ("GROQ_API_KEY", GSK[:30] + "ß" + GSK[31:], 31),
])
def test_probe_refuses_non_ascii_credentials_before_sending(
        var: str, value: str, where: int, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    env = {"OPENAI_BASE_URL": GW_BASE, "AUTOGEN_MODEL": MODEL,
           "AI_GATEWAY_MODE": "gateway-request-key", "CF_GATEWAY_TOKEN": TOKEN,
           "GROQ_API_KEY": GSK, var: value}
    # Nothing listens there: had it been sent, the answer would be a network failure (6).
    r = probe_cli(tmp_path, capsys, env, "--connect-to",
                  "https://gateway.ai.cloudflare.com=http://127.0.0.1:9")
    assert r.code == 3, r.err
    (line,) = r.err.strip().splitlines()
    assert var in line and f"position {where}" in line
    assert_no_secret(r.out + r.err, secrets=(TOKEN, GSK))
