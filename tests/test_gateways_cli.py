"""`setup-wizard gateways` against the emulator playing the Cloudflare API: every gateway
across pages of 2 with its stored keys, where the account comes from, the exit codes, and
the API token in no output."""

from __future__ import annotations

import io
import json
import socket
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from api_support import (
    ACCOUNT,
    API,
    API_TOKENS,
    BAD_API_TOKEN,
    EMULATOR_ACCOUNT_API_TOKEN,
    EMULATOR_API_TOKEN,
    EMULATOR_LIMITED_API_TOKEN,
    SECOND_ACCOUNT,
)
from probe_support import GW_BASE, Run, assert_no_secret

from setup_wizard.cli import main
from setup_wizard.emulator import server as emulator
from setup_wizard.emulator.cloudflare_api import ACCOUNTS, EmulatedAPI
from setup_wizard.emulator.scenarios import Settings
from setup_wizard.emulator.server import Emulator


@pytest.fixture
def emu() -> Iterator[Emulator]:
    with emulator.start() as e:
        yield e


def gateways(emu_url: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
             *args: str, token: str | None = EMULATOR_API_TOKEN, stdin: str = "") -> Run:
    if token is not None:
        monkeypatch.setenv("CLOUDFLARE_API_TOKEN", token)
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    code = main(["gateways", "--connect-to", f"{API}={emu_url}", "--timeout", "3", *args])
    cap = capsys.readouterr()
    for t in API_TOKENS:
        assert_no_secret(cap.out + cap.err, t)
    return Run(code, cap.out, cap.err)


def test_json_lists_every_gateway_across_pages_with_its_stored_keys(
        emu: Emulator, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    r = gateways(emu.url, capsys, monkeypatch, "--account-id", ACCOUNT, "--format", "json")
    assert r.code == 0, r.err
    data = r.json
    assert set(data) == {"account_id", "gateways"} and data["account_id"] == ACCOUNT
    assert [g["id"] for g in data["gateways"]] == [
        "my-gateway", "no-keys", "open-gateway", "older-gateway", "staging"]  # 3 pages of 2
    by_id = {g["id"]: g for g in data["gateways"]}
    assert set(by_id["my-gateway"]) == {"id", "authentication", "cache_ttl", "rate_limiting",
                                        "collect_logs", "provider_keys"}
    assert by_id["no-keys"]["provider_keys"] == []
    assert by_id["open-gateway"] == {
        "id": "open-gateway", "authentication": False, "cache_ttl": 300,
        "rate_limiting": {"limit": 10, "interval": 60, "technique": "fixed"},
        "collect_logs": True,
        "provider_keys": [{"provider": "groq", "alias": "default", "default": True},
                          {"provider": "openai", "alias": "work", "default": False}]}
    assert by_id["older-gateway"]["authentication"] is None  # the API left it out
    listed = [s.path for s in emu.seen if s.path.startswith(
        f"/client/v4/accounts/{ACCOUNT}/ai-gateway/gateways?")]
    assert len(listed) == 4  # pages 1-3, then the empty page 4
    assert r.err == ""


def test_text_is_a_table(emu: Emulator, capsys: pytest.CaptureFixture[str],
                         monkeypatch: pytest.MonkeyPatch) -> None:
    r = gateways(emu.url, capsys, monkeypatch, "--account-id", ACCOUNT)
    assert r.code == 0, r.err
    lines = r.out.splitlines()
    assert lines[0] == f"Account {ACCOUNT} (from --account-id): 5 gateways"
    assert lines[1].split() == ["gateway", "authentication", "logs", "cache", "TTL", "rate",
                                "limit", "stored", "provider", "keys"]
    rows = {line.split()[0]: line for line in lines[2:]}
    assert rows["no-keys"].split()[1:3] == ["on", "on"] and rows["no-keys"].endswith("none")
    assert rows["open-gateway"].split()[1] == "off"
    assert "10 per 60 s fixed" in rows["open-gateway"]
    assert rows["open-gateway"].endswith("groq, openai (alias work)")
    assert rows["older-gateway"].split()[1] == "?"


def test_the_account_comes_from_the_env_files_gateway_url(
        emu: Emulator, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    env = tmp_path / "app.env"
    env.write_text(f"OPENAI_BASE_URL={GW_BASE}\n")
    r = gateways(emu.url, capsys, monkeypatch, "--env-file", str(env), "--format", "json")
    assert r.code == 0 and r.json["account_id"] == ACCOUNT
    monkeypatch.chdir(tmp_path)
    (tmp_path / ".env").write_text(f"OPENAI_BASE_URL={GW_BASE}\n")
    r = gateways(emu.url, capsys, monkeypatch)
    assert r.code == 0 and f"Account {ACCOUNT} (from .env's gateway URL)" in r.out
    assert not any(s.path == "/client/v4/accounts?page=1&per_page=50" for s in emu.seen)


def test_the_account_comes_from_the_token_when_it_sees_exactly_one(
        tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)  # no .env here
    with emulator.start(settings=Settings(api=EmulatedAPI(accounts=ACCOUNTS[1:]))) as emu:
        r = gateways(emu.url, capsys, monkeypatch, "--format", "json")
    assert r.code == 0, r.err
    assert r.json == {"account_id": SECOND_ACCOUNT, "gateways": [
        {"id": "default", "authentication": True, "cache_ttl": None,
         "rate_limiting": {"limit": 0, "interval": 0, "technique": "fixed"},
         "collect_logs": True,
         "provider_keys": [{"provider": "groq", "alias": "default", "default": True}]}]}


def test_several_accounts_and_no_hint_is_exit_2_naming_them(
        emu: Emulator, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    r = gateways(emu.url, capsys, monkeypatch)
    assert r.code == 2 and r.out == ""
    assert "the token sees 2 accounts" in r.err and SECOND_ACCOUNT in r.err
    assert "--account-id" in r.err and len(r.err.strip().splitlines()) == 1


def test_no_token_is_exit_2_before_any_request(
        emu: Emulator, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    r = gateways(emu.url, capsys, monkeypatch, "--account-id", ACCOUNT, token=None)
    assert r.code == 2 and "CLOUDFLARE_API_TOKEN" in r.err and emu.seen == []


def test_a_missing_env_file_named_explicitly_is_exit_2(
        emu: Emulator, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    r = gateways(emu.url, capsys, monkeypatch, "--env-file", str(tmp_path / "nope.env"))
    assert r.code == 2 and "does not exist" in r.err


def test_a_bad_account_id_is_exit_2(emu: Emulator, capsys: pytest.CaptureFixture[str],
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    r = gateways(emu.url, capsys, monkeypatch, "--account-id", "abc123")
    assert r.code == 2 and "32 hex" in r.err and emu.seen == []


def test_an_invalid_token_is_exit_4_in_one_line(
        emu: Emulator, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    r = gateways(emu.url, capsys, monkeypatch, "--account-id", ACCOUNT, token=BAD_API_TOKEN)
    assert r.code == 4 and r.out == ""
    assert r.err.count("\n") == 1 and "Traceback" not in r.err
    assert "code 1000: Invalid API Token" in r.err


def test_a_token_without_the_permission_is_exit_4_naming_it(
        emu: Emulator, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    r = gateways(emu.url, capsys, monkeypatch, "--account-id", ACCOUNT,
                 token=EMULATOR_LIMITED_API_TOKEN)
    assert r.code == 4 and r.err.count("\n") == 1
    assert "refused to list the AI gateways" in r.err and "AI Gateway Read" in r.err


def test_an_account_token_works_with_its_account_and_is_verified_there(
        emu: Emulator, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    r = gateways(emu.url, capsys, monkeypatch, "--account-id", ACCOUNT,
                 token=EMULATOR_ACCOUNT_API_TOKEN)
    assert r.code == 0, r.err
    assert emu.seen[0].path == f"/client/v4/accounts/{ACCOUNT}/tokens/verify"
    monkeypatch.chdir(tmp_path)
    r = gateways(emu.url, capsys, monkeypatch, token=EMULATOR_ACCOUNT_API_TOKEN)
    assert r.code == 2 and "account API token" in r.err


def test_the_token_can_come_from_stdin(emu: Emulator, capsys: pytest.CaptureFixture[str],
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    r = gateways(emu.url, capsys, monkeypatch, "--account-id", ACCOUNT, "--api-token-stdin",
                 token=BAD_API_TOKEN, stdin=EMULATOR_API_TOKEN + "\n")
    assert r.code == 0, r.err  # stdin wins over the (bad) environment variable
    assert emu.seen[0].headers["authorization"] == f"Bearer {EMULATOR_API_TOKEN}"


def test_no_answer_is_exit_6(capsys: pytest.CaptureFixture[str],
                             monkeypatch: pytest.MonkeyPatch) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    r = gateways(f"http://127.0.0.1:{port}", capsys, monkeypatch, "--account-id", ACCOUNT)
    assert r.code == 6 and "connection-refused" in r.err


def test_a_hanging_api_is_exit_6_within_the_deadline(
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    with emulator.start(scenario="hang") as emu:
        monkeypatch.setenv("CLOUDFLARE_API_TOKEN", EMULATOR_API_TOKEN)
        code = main(["gateways", "--connect-to", f"{API}={emu.url}", "--timeout", "0.5",
                     "--account-id", ACCOUNT])
    assert code == 6 and "timeout" in capsys.readouterr().err


def test_the_token_goes_to_the_api_origin_only(emu: Emulator, capsys: pytest.CaptureFixture[str],
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    """--connect-to for another origin does not catch the API's requests."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    monkeypatch.setenv("CLOUDFLARE_API_TOKEN", EMULATOR_API_TOKEN)
    code = main(["gateways", "--connect-to", f"https://gateway.ai.cloudflare.com={emu.url}",
                 "--connect-to", f"{API}=http://127.0.0.1:{port}", "--account-id", ACCOUNT,
                 "--timeout", "2"])
    assert code == 6 and emu.seen == []
    capsys.readouterr()


# -- the emulated API itself ---------------------------------------------------------------
def _get(emu: Emulator, path: str, token: str = EMULATOR_API_TOKEN) -> httpx.Response:
    return httpx.get(emu.url + "/client/v4" + path,
                     headers={"authorization": f"Bearer {token}"})


def test_the_emulated_api_speaks_the_v4_envelope(emu: Emulator) -> None:
    ok = _get(emu, "/user/tokens/verify").json()
    assert ok["success"] is True and ok["result"]["status"] == "active"
    assert ok["messages"][0]["code"] == 10000  # the real answer's gotcha, kept
    bad = _get(emu, "/user/tokens/verify", BAD_API_TOKEN)
    assert bad.status_code == 401 and bad.json() == {
        "success": False, "errors": [{"code": 1000, "message": "Invalid API Token"}],
        "messages": [], "result": None}
    page: dict[str, Any] = _get(emu, f"/accounts/{ACCOUNT}/ai-gateway/gateways?page=3"
                                "&per_page=50").json()
    assert page["result_info"] == {"page": 3, "per_page": 2}
    assert [g["id"] for g in page["result"]] == ["staging"]
    assert _get(emu, f"/accounts/{ACCOUNT}/ai-gateway/gateways?page=9").json()["result"] == []
    owned = _get(emu, "/accounts", EMULATOR_ACCOUNT_API_TOKEN)
    assert owned.json()["errors"][0]["code"] == 1001
    nowhere = _get(emu, f"/accounts/{ACCOUNT}/ai-gateway/gateways/missing/provider_configs")
    assert nowhere.json()["errors"][0]["code"] == 7003


def test_the_emulated_gateways_behave_as_the_api_lists_them(emu: Emulator) -> None:
    from probe_support import KEY, MODEL, TOKEN

    def chat(gw: str, **headers: str) -> httpx.Response:
        return httpx.post(f"{emu.url}/v1/{ACCOUNT}/{gw}/groq/chat/completions",
                          json={"model": MODEL, "max_tokens": 1}, headers=headers)

    assert chat("open-gateway").status_code == 200  # authentication off: no token needed
    assert chat("my-gateway").status_code == 401  # on: 2009 without it
    no_keys = chat("no-keys", **{"cf-aig-authorization": f"Bearer {TOKEN}"})
    assert no_keys.status_code == 402 and no_keys.json()["internalCode"] == 2021
    own = chat("no-keys", **{"cf-aig-authorization": f"Bearer {TOKEN}",
                             "authorization": f"Bearer {KEY}"})
    assert own.status_code == 200
    assert len(emu.logs) == 4  # every gateway answer has its log entry
    log_id = own.headers["cf-aig-log-id"]
    entry = _get(emu, f"/accounts/{ACCOUNT}/ai-gateway/gateways/no-keys/logs/{log_id}").json()
    assert entry["result"]["status_code"] == 200 and entry["result"]["provider"] == "groq"
    assert entry["result"]["model"] == MODEL
    other = _get(emu, f"/accounts/{ACCOUNT}/ai-gateway/gateways/my-gateway/logs/{log_id}")
    assert other.status_code == 404  # a log id belongs to its gateway
    assert json.loads(other.text)["success"] is False
