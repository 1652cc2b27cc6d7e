"""After a failure through the (emulated) gateway, with an API token, the probe reads the
gateway's log entry and adds what the provider answered to the diagnosis."""

from __future__ import annotations

import io
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from api_support import (
    ACCOUNT,
    API,
    API_TOKENS,
    BAD_API_TOKEN,
    EMULATOR_API_TOKEN,
    EMULATOR_LIMITED_API_TOKEN,
)
from probe_support import (
    GATEWAY,
    KEY,
    MODEL,
    TOKEN,
    WRONG_KEY,
    Run,
    assert_no_secret,
    env_text,
)

from setup_wizard.cli import main
from setup_wizard.emulator import server as emulator
from setup_wizard.emulator.cloudflare_api import EmulatedAPI
from setup_wizard.emulator.scenarios import Settings
from setup_wizard.emulator.server import Emulator

BASE = f"{GATEWAY}/v1/{ACCOUNT}/no-keys/groq"
REQUEST_KEY = {"OPENAI_BASE_URL": BASE, "AUTOGEN_MODEL": MODEL, "CF_GATEWAY_TOKEN": TOKEN,
               "AI_GATEWAY_MODE": "gateway-request-key", "GROQ_API_KEY": WRONG_KEY}


@pytest.fixture
def emu() -> Iterator[Emulator]:
    with emulator.start() as e:
        yield e


def probe(emu: Emulator, tmp_path: Path, capsys: pytest.CaptureFixture[str],
          monkeypatch: pytest.MonkeyPatch, env: dict[str, str], *extra: str,
          token: str | None = EMULATOR_API_TOKEN, fmt: str = "json",
          timeout: float = 3.0) -> Run:
    (tmp_path / ".env").write_text(env_text(**env))
    if token:
        monkeypatch.setenv("CLOUDFLARE_API_TOKEN", token)
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    code = main(["probe", "--env-file", str(tmp_path / ".env"), "--format", fmt, "--timeout",
                 str(timeout), "--connect-to", emu.connect_to(),
                 "--connect-to", emu.connect_to(API), *extra])
    cap = capsys.readouterr()
    assert_no_secret(cap.out + cap.err, TOKEN, KEY, WRONG_KEY, *API_TOKENS)
    return Run(code, cap.out, cap.err)


def api_calls(emu: Emulator) -> list[str]:
    return [s.path for s in emu.seen if s.path.startswith("/client/v4/")]


def test_a_provider_refusal_carries_the_gateway_logs_view(
        emu: Emulator, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    r = probe(emu, tmp_path, capsys, monkeypatch, REQUEST_KEY)
    assert r.code == 5, r.out
    j = r.json
    assert (j["origin"], j["cause"]) == ("groq", "provider-auth-invalid")
    log = j["gateway_log"]
    assert (log["provider"], log["model"], log["status_code"], log["success"]) == (
        "groq", MODEL, 401, False)
    gw_request = next(s for s in emu.seen if s.path.startswith("/v1/"))
    assert api_calls(emu) == [f"/client/v4/accounts/{ACCOUNT}/ai-gateway/gateways/no-keys/"
                              f"logs/{log['id']}"]
    assert gw_request.path.endswith("/chat/completions")
    assert any(e.startswith(f"gateway log {log['id']}: the gateway called groq (model {MODEL}")
               and e.endswith("and got HTTP 401") for e in j["evidence"])


def test_the_text_form_shows_the_evidence_line(
        emu: Emulator, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    r = probe(emu, tmp_path, capsys, monkeypatch, REQUEST_KEY, fmt="text")
    assert r.code == 5
    assert "  evidence: gateway log " in r.out and "and got HTTP 401" in r.out


def test_the_log_is_waited_for_when_it_appears_late(
        tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    with emulator.start(settings=Settings(api=EmulatedAPI(log_delay=0.6))) as emu:
        r = probe(emu, tmp_path, capsys, monkeypatch, REQUEST_KEY)
        calls = api_calls(emu)
    assert r.json["gateway_log"]["status_code"] == 401
    assert len(calls) >= 2 and len(set(calls)) == 1  # polled the same entry


def test_a_log_that_never_comes_is_given_up_within_the_deadline(
        tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    with emulator.start(settings=Settings(api=EmulatedAPI(log_delay=60))) as emu:
        r = probe(emu, tmp_path, capsys, monkeypatch, REQUEST_KEY, timeout=1.5)
    j = r.json
    assert "gateway_log" not in j  # absent, not null, when nothing was fetched
    assert any("not found after" in e for e in j["evidence"])
    assert (j["origin"], j["cause"]) == ("groq", "provider-auth-invalid")  # unchanged


def test_without_a_token_nothing_is_asked_and_there_is_no_field(
        emu: Emulator, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    r = probe(emu, tmp_path, capsys, monkeypatch, REQUEST_KEY, token=None)
    assert r.code == 5 and "gateway_log" not in r.json and api_calls(emu) == []


def test_a_success_or_a_gateway_refusal_reads_no_log(
        emu: Emulator, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    ok = {**REQUEST_KEY, "GROQ_API_KEY": KEY}
    assert probe(emu, tmp_path, capsys, monkeypatch, ok).code == 0
    no_token = {**REQUEST_KEY, "CF_GATEWAY_TOKEN": None,
                "OPENAI_BASE_URL": f"{GATEWAY}/v1/{ACCOUNT}/my-gateway/groq"}
    r = probe(emu, tmp_path, capsys, monkeypatch, no_token)
    assert r.json["cause"] == "gateway-auth"  # the gateway stopped it: no provider answer
    assert "gateway_log" not in r.json and api_calls(emu) == []


def test_a_direct_request_reads_no_log(emu: Emulator, tmp_path: Path,
                                       capsys: pytest.CaptureFixture[str],
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    direct = {"OPENAI_BASE_URL": "https://api.groq.com/openai/v1", "AUTOGEN_MODEL": MODEL,
              "GROQ_API_KEY": WRONG_KEY}
    r = probe(emu, tmp_path, capsys, monkeypatch, direct, "--connect-to",
              emu.connect_to("https://api.groq.com"))
    assert r.code == 5 and "gateway_log" not in r.json and api_calls(emu) == []


@pytest.mark.parametrize("token, says", [
    (EMULATOR_LIMITED_API_TOKEN, "AI Gateway Read"),
    (BAD_API_TOKEN, "code 10000: Authentication error"),
])
def test_a_refused_log_read_is_evidence_not_an_error(
        token: str, says: str, emu: Emulator, tmp_path: Path,
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    r = probe(emu, tmp_path, capsys, monkeypatch, REQUEST_KEY, token=token)
    assert r.code == 5 and "gateway_log" not in r.json
    note = next(e for e in r.json["evidence"] if e.startswith("gateway log"))
    assert "not read" in note and says in note
    assert len(api_calls(emu)) == 1  # a refusal is not retried


def test_the_token_can_come_from_stdin(emu: Emulator, tmp_path: Path,
                                       capsys: pytest.CaptureFixture[str],
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / ".env").write_text(env_text(**REQUEST_KEY))
    monkeypatch.setattr(sys, "stdin", io.StringIO(EMULATOR_API_TOKEN + "\n"))
    code = main(["probe", "--env-file", str(tmp_path / ".env"), "--format", "json",
                 "--api-token-stdin", "--connect-to", emu.connect_to(),
                 "--connect-to", emu.connect_to(API)])
    out = capsys.readouterr().out
    assert code == 5 and '"gateway_log"' in out
    assert_no_secret(out, EMULATOR_API_TOKEN)
