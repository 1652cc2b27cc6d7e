"""The interactive wizard driven in-process: keystrokes through prompt_toolkit's pipe input,
the real CLI entry point, real files in a temp folder."""

from __future__ import annotations

from pathlib import Path

import pytest
from dotenv import dotenv_values
from init_support import (
    ACCT,
    BACKSPACE,
    CTRL_C,
    DOWN,
    ENTER,
    GSK,
    GW,
    OLD_GSK,
    TOKEN,
    Screen,
    assert_no_secret,
    clean_environment,
    leftovers,
    run_interactive,
)
from prompt_toolkit.output.plain_text import PlainTextOutput

from setup_wizard.masking import mask

GATEWAY = f"https://gateway.ai.cloudflare.com/v1/{ACCT}/{GW}"


@pytest.fixture(autouse=True)
def _isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    clean_environment(monkeypatch)


def test_stored_key_mode_typed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                               capsys: pytest.CaptureFixture[str]) -> None:
    keys = (ENTER  # provider: Groq
            + ENTER  # mode: gateway-stored-key (the default)
            + ACCT + ENTER + GW + ENTER
            + ENTER  # endpoint: provider
            + ENTER  # model: the default
            + TOKEN + ENTER
            + "y")  # write
    r = run_interactive([], keys, monkeypatch, capsys)
    assert r.code == 0, r.err
    values = dotenv_values(tmp_path / ".env")
    assert values == {
        "AI_GATEWAY_MODE": "gateway-stored-key", "USE_AI_GATEWAY": "true",
        "OPENAI_BASE_URL": f"{GATEWAY}/groq", "AUTOGEN_MODEL": "openai/gpt-oss-20b",
        "CF_GATEWAY_TOKEN": TOKEN,
    }
    assert f"CF_GATEWAY_TOKEN  {mask(TOKEN)}" in r.out  # the summary shows it masked
    assert_no_secret(r.out, r.err)


def test_rejected_account_id_is_corrected_where_typed(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    screen = Screen()
    bad = "abc123"
    message = "need 32 hex characters, got 6"
    keys = ENTER + ENTER + bad + ENTER  # rejected: the prompt stays open and says why
    fixed = BACKSPACE * len(bad) + ACCT + ENTER + GW + ENTER + ENTER + ENTER + TOKEN + ENTER
    r = run_interactive([], keys, monkeypatch, capsys, output=PlainTextOutput(screen),
                        then=[(message, fixed), ("Write .env?", "y")])
    assert r.code == 0, r.err
    # The message was on screen while the account ID prompt was still open.
    drawn = screen.getvalue()
    assert drawn.index(message) < drawn.index("Gateway name")
    assert dotenv_values(tmp_path / ".env")["OPENAI_BASE_URL"] == f"{GATEWAY}/groq"
    assert_no_secret(screen.getvalue(), r.out, r.err)


def test_request_key_compat_with_pasted_url_and_other_model(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    pasted = f"{GATEWAY}/groq/chat/completions"
    keys = (ENTER
            + DOWN + ENTER  # mode: gateway-request-key
            + pasted + ENTER  # account AND gateway from the URL: no gateway question
            + DOWN + ENTER  # endpoint: compat
            + DOWN * 5 + ENTER  # model: "other..."
            + "groq/openai/gpt-oss-safeguard-20b" + ENTER  # prefix typed: taken off
            + TOKEN + ENTER + GSK + ENTER + "y")
    r = run_interactive([], keys, monkeypatch, capsys)
    assert r.code == 0, r.err
    values = dotenv_values(tmp_path / ".env")
    assert values["AI_GATEWAY_MODE"] == "gateway-request-key"
    assert values["OPENAI_BASE_URL"] == f"{GATEWAY}/compat"
    assert values["AUTOGEN_MODEL"] == "groq/openai/gpt-oss-safeguard-20b"
    assert values["CF_GATEWAY_TOKEN"] == TOKEN and values["GROQ_API_KEY"] == GSK
    assert_no_secret(r.out, r.err)


def test_direct_mode_refuses_retired_model_and_skips_gateway(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    screen = Screen()
    retired = "llama-3.1-8b-instant"
    keys = (ENTER
            + DOWN + DOWN + ENTER  # mode: direct -> no account, gateway, endpoint, token
            + DOWN * 5 + ENTER + retired + ENTER)  # "other...": refused, replacement named
    fixed = BACKSPACE * len(retired) + "openai/gpt-oss-120b" + ENTER + GSK + ENTER + "y"
    r = run_interactive([], keys, monkeypatch, capsys, output=PlainTextOutput(screen),
                        then=[("Fix: use openai/gpt-oss-20b", fixed)])
    assert r.code == 0, r.err
    drawn = screen.getvalue()
    assert drawn.index("Fix: use openai/gpt-oss-20b") < drawn.index("API key (GROQ_API_KEY)")
    assert "Cloudflare gateway token" not in drawn and "account ID" not in drawn
    assert dotenv_values(tmp_path / ".env") == {
        "AI_GATEWAY_MODE": "direct", "USE_AI_GATEWAY": "false",
        "OPENAI_BASE_URL": "https://api.groq.com/openai/v1",
        "AUTOGEN_MODEL": "openai/gpt-oss-120b", "GROQ_API_KEY": GSK,
    }
    assert_no_secret(screen.getvalue(), r.out, r.err)


def test_workers_ai_direct_asks_the_account_and_has_no_stored_key_mode(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    cf_api_token = "Wk" * 20  # 40 characters: a Cloudflare API token's shape
    keys = (DOWN * 6 + ENTER  # provider: Workers AI (7th row of the table)
            + DOWN + ENTER  # its modes are request-key and direct only: direct
            + ACCT + ENTER  # the direct URL carries the account ID
            + ENTER + cf_api_token + ENTER + "y")
    r = run_interactive([], keys, monkeypatch, capsys)
    assert r.code == 0, r.err
    values = dotenv_values(tmp_path / ".env")
    assert values["OPENAI_BASE_URL"] == \
        f"https://api.cloudflare.com/client/v4/accounts/{ACCT}/ai/v1"
    assert values["CLOUDFLARE_API_TOKEN"] == cf_api_token
    assert_no_secret(r.out, r.err, secrets=[cf_api_token])


def test_existing_values_are_offered_masked_and_kept(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    env = tmp_path / ".env"
    env.write_text(f"AI_GATEWAY_MODE=gateway-request-key\nOPENAI_BASE_URL={GATEWAY}/groq\n"
                   f"AUTOGEN_MODEL=openai/gpt-oss-120b\nCF_GATEWAY_TOKEN={TOKEN}\n"
                   f"GROQ_API_KEY={OLD_GSK}\nAPP_PORT=8080\n")
    screen = Screen()
    # Every default comes from the file: Enter through, keep both secrets.
    keys = ENTER * 6 + "y" + "y" + "y"
    r = run_interactive([], keys, monkeypatch, capsys, output=PlainTextOutput(screen))
    assert r.code == 0, r.err
    assert f"Keep CF_GATEWAY_TOKEN {mask(TOKEN)} (from .env)?" in screen.getvalue()
    assert f"Keep GROQ_API_KEY {mask(OLD_GSK)} (from .env)?" in screen.getvalue()
    values = dotenv_values(env)
    assert values["GROQ_API_KEY"] == OLD_GSK and values["APP_PORT"] == "8080"
    assert values["AUTOGEN_MODEL"] == "openai/gpt-oss-120b"
    assert_no_secret(screen.getvalue(), r.out, r.err)


def test_environment_secret_is_offered_and_can_be_replaced(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("CF_GATEWAY_TOKEN", "cfut_" + "EnVtOkEn" * 4)
    keys = (ENTER * 2 + ACCT + ENTER + GW + ENTER + ENTER + ENTER
            + "n" + TOKEN + ENTER  # do not keep it: type another, hidden
            + "y")
    r = run_interactive([], keys, monkeypatch, capsys)
    assert r.code == 0, r.err
    assert dotenv_values(tmp_path / ".env")["CF_GATEWAY_TOKEN"] == TOKEN
    assert_no_secret(r.out, r.err, secrets=[TOKEN, "cfut_" + "EnVtOkEn" * 4])


def test_ctrl_c_at_a_middle_question_leaves_the_file_byte_for_byte(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    env = tmp_path / ".env"
    original = (f"# mine\r\nexport GROQ_API_KEY={GSK}\r\nMULTI=\"a\nb\"\r\n"
                f"CF_GATEWAY_TOKEN={TOKEN}\r\n").encode()
    env.write_bytes(original)
    keys = ENTER + DOWN + ENTER + ACCT + ENTER + CTRL_C  # at the gateway name
    r = run_interactive([], keys, monkeypatch, capsys)
    assert r.code == 130
    assert env.read_bytes() == original
    assert leftovers(tmp_path) == []  # no backup, no temp file
    assert "nothing was written" in r.err and len(r.err.strip().splitlines()) == 1
    assert_no_secret(r.out, r.err)


def test_declining_the_confirmation_writes_nothing(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    keys = ENTER * 2 + ACCT + ENTER + GW + ENTER + ENTER + ENTER + TOKEN + ENTER + "n"
    r = run_interactive([], keys, monkeypatch, capsys)
    assert r.code == 0
    assert "Nothing written" in r.out
    assert leftovers(tmp_path) == [] and not (tmp_path / ".env").exists()
    assert_no_secret(r.out, r.err)


def test_input_ending_mid_wizard_is_a_clean_error(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    r = run_interactive([], ENTER + ENTER + ACCT + ENTER, monkeypatch, capsys,
                        close_input=True)
    assert r.code == 2
    assert r.err.startswith("setup-wizard: error: input ended before every question")
    assert "Traceback" not in r.err and len(r.err.strip().splitlines()) == 1
    assert not (tmp_path / ".env").exists()


def test_flags_are_not_asked_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                   capsys: pytest.CaptureFixture[str]) -> None:
    # Only the model and the token are left to ask; provider/mode/ids come from flags.
    keys = ENTER + TOKEN + ENTER + "y"
    r = run_interactive(["--provider", "groq", "--mode", "gateway-stored-key",
                         "--account-id", ACCT, "--gateway", GW, "--endpoint", "compat"],
                        keys, monkeypatch, capsys)
    assert r.code == 0, r.err
    values = dotenv_values(tmp_path / ".env")
    assert values["AUTOGEN_MODEL"] == "groq/openai/gpt-oss-20b"
    assert values["OPENAI_BASE_URL"] == f"{GATEWAY}/compat"
