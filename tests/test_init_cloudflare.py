"""`init` with a Cloudflare API token, against the emulator playing the API: the account and
the gateway become lists, the stored key is checked before writing, and the token is never
written or shown."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from api_support import (
    ACCOUNT,
    API,
    API_TOKENS,
    BAD_API_TOKEN,
    EMULATOR_ACCOUNT_API_TOKEN,
    EMULATOR_API_TOKEN,
)
from dotenv import dotenv_values
from init_support import (
    DOWN,
    ENTER,
    GSK,
    SECRETS,
    TOKEN,
    Screen,
    assert_no_secret,
    clean_environment,
    run_interactive,
    run_piped,
)
from prompt_toolkit.output.plain_text import PlainTextOutput

from setup_wizard.emulator import server as emulator
from setup_wizard.emulator.cloudflare_api import ACCOUNTS, EmulatedAPI
from setup_wizard.emulator.scenarios import Settings
from setup_wizard.emulator.server import Emulator

GATEWAY = "https://gateway.ai.cloudflare.com/v1"
ALL_SECRETS = (*SECRETS, *API_TOKENS)


@pytest.fixture(autouse=True)
def _isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    clean_environment(monkeypatch)


@pytest.fixture
def emu(monkeypatch: pytest.MonkeyPatch) -> Iterator[Emulator]:
    monkeypatch.setenv("CLOUDFLARE_API_TOKEN", EMULATOR_API_TOKEN)
    with emulator.start() as e:
        yield e


def connect(emu: Emulator) -> list[str]:
    return ["--connect-to", f"{API}={emu.url}"]


def written(tmp_path: Path) -> tuple[dict[str, str | None], str]:
    return dotenv_values(tmp_path / ".env"), (tmp_path / ".env").read_text()


def test_account_and_gateway_are_lists_and_a_missing_stored_key_is_said(
        emu: Emulator, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    screen = Screen()
    # A person reading the screen: each list is answered once it is drawn.
    r = run_interactive(connect(emu), ENTER + ENTER, monkeypatch, capsys,  # Groq, stored key
                        output=PlainTextOutput(screen), then=[
                            ("type another account ID", ENTER),  # the first account
                            ("type another name", DOWN + ENTER),  # gateway no-keys
                            ("switch to gateway-request-key", ENTER),  # keep stored-key mode
                            ("Endpoint style", ENTER + ENTER + TOKEN + ENTER),
                            ("Write .env?", "y")])
    assert r.code == 0, r.err
    drawn = screen.getvalue()
    assert "Second emulated account" in drawn  # several accounts: a list
    assert "no-keys  (authentication on; stored keys: none)" in drawn
    assert "open-gateway  (authentication off; stored keys: groq, openai" in drawn
    assert "No Groq key is stored on this gateway" in drawn
    assert "its Provider Keys hold no Groq key" in drawn
    assert "keep gateway-stored-key" in drawn
    assert drawn.index("type another name") < drawn.index("No Groq key is stored")
    values, text = written(tmp_path)
    assert values["OPENAI_BASE_URL"] == f"{GATEWAY}/{ACCOUNT}/no-keys/groq"
    assert values["AI_GATEWAY_MODE"] == "gateway-stored-key"
    # The summary, before writing, says so.
    assert "GROQ_API_KEY      no Groq key is stored on gateway no-keys" in r.out
    assert r.out.index("no Groq key is stored") < r.out.index("Wrote .env")
    assert "CLOUDFLARE_API_TOKEN" not in text
    assert_no_secret(r.out, r.err, drawn, text.replace(TOKEN, ""), secrets=ALL_SECRETS)


def test_switching_to_request_key_asks_for_the_key(
        emu: Emulator, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    keys = (ENTER + ENTER + ENTER + DOWN + ENTER
            + DOWN + ENTER  # switch to gateway-request-key
            + ENTER + ENTER + TOKEN + ENTER + GSK + ENTER + "y")
    r = run_interactive(connect(emu), keys, monkeypatch, capsys)
    assert r.code == 0, r.err
    values, _ = written(tmp_path)
    assert values["AI_GATEWAY_MODE"] == "gateway-request-key"
    assert values["GROQ_API_KEY"] == GSK


def test_a_gateway_with_a_stored_key_asks_nothing_more_and_says_it_is_there(
        emu: Emulator, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    keys = ENTER + ENTER + ENTER + ENTER + ENTER + ENTER + TOKEN + ENTER + "y"  # my-gateway
    r = run_interactive(connect(emu), keys, monkeypatch, capsys)
    assert r.code == 0, r.err
    assert written(tmp_path)[0]["OPENAI_BASE_URL"] == f"{GATEWAY}/{ACCOUNT}/my-gateway/groq"
    assert "stored on gateway my-gateway (alias default), per the Cloudflare API" in r.out


def test_another_gateway_name_can_be_typed(
        emu: Emulator, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    keys = (ENTER + ENTER + ENTER + DOWN * 5 + ENTER  # "type another name"
            + "brand-new" + ENTER + ENTER + ENTER + TOKEN + ENTER + "y")
    r = run_interactive(connect(emu), keys, monkeypatch, capsys)
    assert r.code == 0, r.err
    assert written(tmp_path)[0]["OPENAI_BASE_URL"] == f"{GATEWAY}/{ACCOUNT}/brand-new/groq"
    assert "not in the file: store it under your gateway > Provider Keys" in r.out


def test_the_existing_files_gateway_is_preselected(
        emu: Emulator, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / ".env").write_text(f"OPENAI_BASE_URL={GATEWAY}/{ACCOUNT}/staging/groq\n"
                                   f"CF_GATEWAY_TOKEN={TOKEN}\n")
    keys = ENTER + ENTER + ENTER + ENTER + ENTER + ENTER + "y" + "y"
    r = run_interactive(connect(emu), keys, monkeypatch, capsys)
    assert r.code == 0, r.err
    assert written(tmp_path)[0]["OPENAI_BASE_URL"] == f"{GATEWAY}/{ACCOUNT}/staging/groq"


def test_non_interactive_prints_one_warning_line(
        emu: Emulator, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("CF_GATEWAY_TOKEN", TOKEN)
    r = run_piped([*connect(emu), "--account-id", ACCOUNT, "--gateway", "no-keys"],
                  monkeypatch, capsys)
    assert r.code == 0, r.err
    warnings = [line for line in r.err.splitlines() if line.startswith("warning:")]
    assert warnings == [
        "warning: no Groq key is stored on gateway no-keys (checked with the Cloudflare API): "
        "store one under AI Gateway > no-keys > Provider Keys, or use --mode "
        "gateway-request-key with GROQ_API_KEY"]
    assert written(tmp_path)[0]["AI_GATEWAY_MODE"] == "gateway-stored-key"
    assert_no_secret(r.out, r.err, secrets=ALL_SECRETS)


def test_non_interactive_takes_the_tokens_only_account(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("CF_GATEWAY_TOKEN", TOKEN)
    monkeypatch.setenv("CLOUDFLARE_API_TOKEN", EMULATOR_API_TOKEN)
    with emulator.start(settings=Settings(api=EmulatedAPI(accounts=ACCOUNTS[:1]))) as emu:
        r = run_piped([*connect(emu), "--gateway", "my-gateway"], monkeypatch, capsys)
    assert r.code == 0, r.err
    assert written(tmp_path)[0]["OPENAI_BASE_URL"] == f"{GATEWAY}/{ACCOUNT}/my-gateway/groq"
    assert "warning" not in r.err


def test_the_api_token_can_be_piped_after_the_other_secrets(
        emu: Emulator, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.delenv("CLOUDFLARE_API_TOKEN")
    r = run_piped([*connect(emu), "--account-id", ACCOUNT, "--gateway", "no-keys",
                   "--cf-token-stdin", "--api-token-stdin"], monkeypatch, capsys,
                  stdin=f"{TOKEN}\n{EMULATOR_API_TOKEN}\n")
    assert r.code == 0, r.err
    assert "no Groq key is stored on gateway no-keys" in r.err
    values, text = written(tmp_path)
    assert values["CF_GATEWAY_TOKEN"] == TOKEN and EMULATOR_API_TOKEN not in text


def test_an_account_token_is_used_once_the_account_is_known(
        emu: Emulator, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("CLOUDFLARE_API_TOKEN", EMULATOR_ACCOUNT_API_TOKEN)
    keys = (ENTER + ENTER + ACCOUNT + ENTER  # typed: an account token lists no accounts
            + DOWN + ENTER + ENTER + ENTER + ENTER + TOKEN + ENTER + "y")
    r = run_interactive(connect(emu), keys, monkeypatch, capsys)
    assert r.code == 0, r.err
    assert written(tmp_path)[0]["OPENAI_BASE_URL"] == f"{GATEWAY}/{ACCOUNT}/no-keys/groq"
    assert emu.seen[0].path == f"/client/v4/accounts/{ACCOUNT}/tokens/verify"


def test_a_refused_token_is_a_warning_and_the_wizard_asks_as_without(
        emu: Emulator, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("CLOUDFLARE_API_TOKEN", BAD_API_TOKEN)
    keys = ENTER + ENTER + ACCOUNT + ENTER + "omni" + ENTER + ENTER + ENTER + TOKEN + ENTER + "y"
    r = run_interactive(connect(emu), keys, monkeypatch, capsys)
    assert r.code == 0, r.err
    assert r.err.count("warning: Cloudflare API token not used") == 1
    assert "Invalid API Token" in r.err
    assert written(tmp_path)[0]["OPENAI_BASE_URL"] == f"{GATEWAY}/{ACCOUNT}/omni/groq"
    assert_no_secret(r.out, r.err, secrets=ALL_SECRETS)


def test_an_unreachable_api_is_a_warning_too(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    monkeypatch.setenv("CLOUDFLARE_API_TOKEN", EMULATOR_API_TOKEN)
    monkeypatch.setenv("CF_GATEWAY_TOKEN", TOKEN)
    r = run_piped(["--connect-to", f"{API}=http://127.0.0.1:{port}", "--account-id", ACCOUNT,
                   "--gateway", "omni", "--timeout", "2"], monkeypatch, capsys)
    assert r.code == 0, r.err
    assert "warning: Cloudflare API token not used" in r.err and "connection-refused" in r.err


def test_direct_mode_asks_the_api_nothing(
        emu: Emulator, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("GROQ_API_KEY", GSK)
    r = run_piped([*connect(emu), "--mode", "direct"], monkeypatch, capsys)
    assert r.code == 0, r.err
    gateway_calls = [s.path for s in emu.seen if "ai-gateway" in s.path]
    assert gateway_calls == []


def test_a_key_stored_only_under_another_alias_is_not_the_one_used(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    from setup_wizard.emulator.cloudflare_api import EmulatedAccount, EmulatedGateway

    aliased = EmulatedAccount(ACCOUNT, "Aliases", (
        EmulatedGateway("aliased", keys=(("groq", "work"),)),))
    monkeypatch.setenv("CF_GATEWAY_TOKEN", TOKEN)
    monkeypatch.setenv("CLOUDFLARE_API_TOKEN", EMULATOR_API_TOKEN)
    with emulator.start(settings=Settings(api=EmulatedAPI(accounts=(aliased,)))) as emu:
        r = run_piped([*connect(emu), "--gateway", "aliased"], monkeypatch, capsys)
    assert r.code == 0, r.err
    assert "warning: a Groq key is stored on gateway aliased only under alias work, which " \
           "the gateway adds only when the request sends cf-aig-byok-alias" in r.err


def test_accounts_the_token_may_not_list_are_typed_and_its_gateways_still_offered(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    from api_support import canned_api, envelope, failure

    def answer(path: str) -> tuple[int, object]:
        if path.startswith("/client/v4/user/tokens/verify"):
            return 200, envelope({"id": "t", "status": "active"})
        if path.startswith("/client/v4/accounts?"):
            return 403, failure(10000, "Authentication error")
        if "provider_configs" in path:
            return 200, envelope([])
        first = "page=1&" in path
        return 200, envelope([{"id": "only-one", "authentication": True}] if first else [])

    monkeypatch.setenv("CLOUDFLARE_API_TOKEN", EMULATOR_API_TOKEN)
    screen = Screen()
    with canned_api(answer) as stub:
        r = run_interactive(["--connect-to", f"{API}={stub.url}"], ENTER + ENTER + ACCOUNT + ENTER,
                            monkeypatch, capsys, output=PlainTextOutput(screen), then=[
                                ("type another name", ENTER),
                                ("switch to gateway-request-key", ENTER),
                                ("Endpoint style", ENTER + ENTER + TOKEN + ENTER),
                                ("Write .env?", "y")])
    assert r.code == 0, r.err
    assert "Cloudflare refused to list the accounts" in r.err
    assert "only-one  (authentication on; stored keys: none)" in screen.getvalue()
    assert written(tmp_path)[0]["OPENAI_BASE_URL"] == f"{GATEWAY}/{ACCOUNT}/only-one/groq"
