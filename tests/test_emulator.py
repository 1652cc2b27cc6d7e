"""The emulator answers with the gateway's and Groq's real shapes, and stops cleanly."""

from __future__ import annotations

import contextlib
import json
import os
import re
import signal
import socket
import subprocess
import sys
from collections.abc import Iterator

import httpx
import pytest
from probe_support import ACCT, GW, KEY, MODEL, TOKEN

from setup_wizard.cli import main
from setup_wizard.emulator import server as emulator
from setup_wizard.emulator.scenarios import Settings
from setup_wizard.emulator.server import Emulator
from setup_wizard.errors import UsageError

GW_PATH = f"/v1/{ACCT}/{GW}/groq/chat/completions"
CF_AUTH = {"cf-aig-authorization": f"Bearer {TOKEN}"}


@pytest.fixture
def emu() -> Iterator[Emulator]:
    with emulator.start() as e:
        yield e


def post(emu: Emulator, path: str = GW_PATH, model: str = MODEL, **headers: str) -> httpx.Response:
    hdrs = {k.replace("_", "-"): v for k, v in headers.items()}
    return httpx.post(emu.url + path, json={"model": model, "max_tokens": 1}, headers=hdrs)


def test_gateway_error_envelope_and_headers(emu: Emulator) -> None:
    r = post(emu, x_emulator_scenario="gateway-rate-limit")
    assert r.status_code == 429
    assert r.json() == {"success": False, "result": [], "messages": [],
                        "error": [{"code": 2003, "message": "Rate limited"}],
                        "name": "AiGatewayError", "httpCode": 429, "internalCode": 2003,
                        "message": "Rate limited", "description": "Rate limited"}
    assert "retry-after" not in r.headers  # observed: none on gateway 429s
    uuid7 = r"[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"
    for h in ("cf-aig-log-id", "cf-aig-request-id", "cf-aig-event-id"):
        assert re.fullmatch(uuid7, r.headers[h])
    assert r.headers["cf-aig-step"] == "0"


def test_groq_error_shape_and_headers(emu: Emulator) -> None:
    r = post(emu, "/openai/v1/chat/completions", authorization="Bearer gsk_nope")
    assert r.status_code == 401
    assert r.json() == {"error": {"message": "Invalid API Key", "type": "invalid_request_error",
                                  "code": "invalid_api_key"}}  # no `param` key
    assert re.fullmatch(r"req_[0-9a-z]{26}", r.headers["x-request-id"])
    assert r.headers["x-groq-region"] and r.headers["server"] == "cloudflare"
    assert not any(h.startswith("x-ratelimit-") for h in r.headers)  # absent on a 401
    assert not any(h.startswith("cf-aig-") for h in r.headers)  # direct: no gateway


def test_groq_rate_limit_carries_retry_after(emu: Emulator) -> None:
    r = post(emu, x_emulator_scenario="groq-rate-limit")
    err = r.json()["error"]
    assert (r.status_code, err["type"], err["code"]) == (429, "tokens", "rate_limit_exceeded")
    assert f"`{MODEL}`" in err["message"] and r.headers["retry-after"] == "7"
    assert r.headers["x-ratelimit-limit-requests"] == "14400"
    assert r.headers["cf-aig-log-id"]  # came through the gateway path


def test_ok_through_the_gateway(emu: Emulator) -> None:
    r = post(emu, **CF_AUTH)
    body = r.json()
    assert r.status_code == 200 and body["object"] == "chat.completion"
    assert body["model"] == MODEL and r.headers["x-groq-region"] and r.headers["cf-aig-log-id"]


def test_request_authorization_is_forwarded_over_the_stored_key(emu: Emulator) -> None:
    assert post(emu, **CF_AUTH).status_code == 200  # stored key used
    r = post(emu, authorization="Bearer sk-dummy", **CF_AUTH)
    assert r.status_code == 401 and r.json()["error"]["code"] == "invalid_api_key"
    assert post(emu, authorization=f"Bearer {KEY}", **CF_AUTH).status_code == 200


def test_no_stored_key_and_no_request_key_is_unified_billing_without_credits() -> None:
    with emulator.start(settings=Settings(stored_key=False)) as e:
        r = post(e, **CF_AUTH)
    assert r.status_code == 402 and r.json()["internalCode"] == 2021


def test_token_is_checked(emu: Emulator) -> None:
    assert post(emu).json()["internalCode"] == 2009
    assert post(emu, cf_aig_authorization="Bearer nope").status_code == 401


def test_models_list(emu: Emulator) -> None:
    r = httpx.get(f"{emu.url}/v1/{ACCT}/{GW}/groq/models", headers=CF_AUTH)
    data = r.json()
    assert data["object"] == "list" and MODEL in {m["id"] for m in data["data"]}
    assert "llama-3.1-8b-instant" not in {m["id"] for m in data["data"]}


def test_scenario_header_overrides_per_request_only(emu: Emulator) -> None:
    assert post(emu, x_emulator_scenario="gateway-not-found").json()["internalCode"] == 2001
    assert post(emu, **CF_AUTH).status_code == 200
    assert [s.scenario for s in emu.seen] == ["gateway-not-found", "ok"]
    assert post(emu, x_emulator_scenario="nope").status_code == 400


def test_unknown_scenario_and_bad_port_are_usage_errors(emu: Emulator) -> None:
    with pytest.raises(UsageError):
        emulator.start(scenario="nope")
    with pytest.raises(UsageError):
        emu.scenario = "nope"
    with pytest.raises(UsageError, match="cannot listen"):
        emulator.start(port=emu.port)


def test_stop_frees_a_hanging_request() -> None:
    e = emulator.start(scenario="hang")
    with socket.create_connection(("127.0.0.1", e.port)) as c:
        c.sendall(b"GET /x HTTP/1.1\r\nHost: x\r\n\r\n")
        c.settimeout(5)
        e.stop()  # returns although a handler was blocked
        with contextlib.suppress(ConnectionResetError):  # a reset is closed too
            assert c.recv(100) == b""  # closed without an answer


def test_list_scenarios(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["emulate", "--list-scenarios"]) == 0
    out = capsys.readouterr().out
    assert all(name in out for name in emulator.SCENARIOS)


def test_emulate_port_in_use_exits_2(emu: Emulator, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["emulate", "--port", str(emu.port)]) == 2
    assert "--port" in capsys.readouterr().err


@pytest.mark.parametrize("sig, code", [(signal.SIGINT, 130), (signal.SIGTERM, 0)])
def test_emulate_command_serves_until_stopped(sig: int, code: int) -> None:
    proc = subprocess.Popen([sys.executable, "-m", "setup_wizard", "emulate", "--port", "0",
                             "--scenario", "token-wrong"], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True,
                            env={**os.environ, "PYTHONUNBUFFERED": "1"})
    try:
        assert proc.stdout is not None
        first = proc.stdout.readline()
        url = re.search(r"http://127\.0\.0\.1:\d+", first)
        assert url, first
        banner = "".join(proc.stdout.readline() for _ in range(8))
        assert f"--connect-to https://gateway.ai.cloudflare.com={url.group(0)}" in banner
        r = httpx.post(url.group(0) + GW_PATH, json={"model": MODEL})
        assert json.loads(r.text)["internalCode"] == 2009
        proc.send_signal(sig)
        out, err = proc.communicate(timeout=10)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == code, err
    assert "Traceback" not in err
    assert f"POST {GW_PATH} -> 401 [token-wrong]" in out
