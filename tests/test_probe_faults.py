"""Faults are answers, not crashes: each against a real local socket, with small deadlines."""

from __future__ import annotations

import contextlib
import socket
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from probe_support import GATEWAY, GROQ_BASE, KEY, MODEL, probe_cli, stored_key_env

from setup_wizard.emulator import server as emulator
from setup_wizard.emulator.server import Emulator
from setup_wizard.probe.transport import MAX_BODY, exchange


@pytest.fixture
def emu() -> Iterator[Emulator]:
    with emulator.start() as e:
        yield e


def _probe(tmp_path: Path, capsys: pytest.CaptureFixture[str], target: str,
           timeout: float = 1.0, origin: str = GATEWAY) -> dict:
    r = probe_cli(tmp_path, capsys, stored_key_env(), "--connect-to", f"{origin}={target}",
                  timeout=timeout)
    assert r.err == "", r.err  # never a traceback, never a stray line
    j = r.json
    j["_exit"] = r.code
    return j


def _no_answer(j: dict, cause: str) -> str:
    assert (j["origin"], j["cause"], j["status"], j["_exit"]) == ("network", cause, None, 6)
    return " ".join(j["evidence"])


def test_dns_failure(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    env = {"OPENAI_BASE_URL": "https://api.groq.invalid/openai/v1", "AUTOGEN_MODEL": MODEL,
           "GROQ_API_KEY": KEY}
    r = probe_cli(tmp_path, capsys, env, timeout=3)
    j = r.json | {"_exit": r.code}
    assert "does not resolve" in _no_answer(j, "dns-failure")


def test_connection_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()  # nothing listens there now
    j = _probe(tmp_path, capsys, f"http://127.0.0.1:{port}")
    assert "nothing listens" in _no_answer(j, "connection-refused")


def test_tls_failure_against_a_plain_http_server(emu: Emulator, tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    j = _probe(tmp_path, capsys, f"https://127.0.0.1:{emu.port}")
    assert "TLS handshake failed" in _no_answer(j, "tls-error")


def test_connect_timeout(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # A listener that never accepts, its backlog filled: further connects get no SYN-ACK.
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(0)
    port = server.getsockname()[1]
    fillers = []
    for _ in range(4):
        c = socket.socket()
        c.setblocking(False)
        with contextlib.suppress(BlockingIOError):
            c.connect(("127.0.0.1", port))
        fillers.append(c)
    try:
        j = _probe(tmp_path, capsys, f"http://127.0.0.1:{port}", timeout=0.5)
        assert "connect" in _no_answer(j, "timeout")
    finally:
        for c in [*fillers, server]:
            c.close()


def test_read_timeout_on_a_server_that_never_answers(
        emu: Emulator, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    emu.scenario = "hang"
    j = _probe(tmp_path, capsys, emu.url, timeout=0.5)
    assert "waiting for the response headers" in _no_answer(j, "timeout")


def test_slow_drip_cannot_stretch_the_deadline(emu: Emulator, tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    # One byte every 0.2 s never trips a per-read timeout; the one deadline still holds
    # (the body would take hours; this test finishing at all is the check).
    emu.scenario = "slow-drip"
    j = _probe(tmp_path, capsys, emu.url, timeout=0.7)
    assert "body" in _no_answer(j, "timeout")


def test_reset_mid_response(emu: Emulator, tmp_path: Path,
                            capsys: pytest.CaptureFixture[str]) -> None:
    emu.scenario = "reset"
    j = _probe(tmp_path, capsys, emu.url)
    ev = _no_answer(j, "unknown")
    assert "mid-response" in ev and "HTTP 401 headers" in ev


def test_empty_answer(emu: Emulator, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    emu.scenario = "empty"
    assert "empty answer" in _no_answer(_probe(tmp_path, capsys, emu.url), "unknown")


def test_non_http_answer(emu: Emulator, tmp_path: Path,
                         capsys: pytest.CaptureFixture[str]) -> None:
    emu.scenario = "not-http"
    assert "not an HTTP answer" in _no_answer(_probe(tmp_path, capsys, emu.url), "unknown")


def test_body_over_1_mib_is_cut_and_said(emu: Emulator, tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    emu.scenario = "huge-body"
    j = _probe(tmp_path, capsys, emu.url)
    assert j["status"] == 502 and j["_exit"] == 1
    assert any("read the first 1024 KiB, no more" in e for e in j["evidence"])


def test_gzip_body_is_decoded_and_classified(emu: Emulator, tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    emu.scenario = "gzip"
    j = _probe(tmp_path, capsys, emu.url)
    assert (j["origin"], j["cause"], j["code"]) == ("groq", "provider-auth-invalid",
                                                    "invalid_api_key")
    assert any("gzip-encoded and decoded" in e for e in j["evidence"])


def test_redirect_is_not_followed(emu: Emulator, tmp_path: Path,
                                  capsys: pytest.CaptureFixture[str]) -> None:
    emu.scenario = "redirect"
    j = _probe(tmp_path, capsys, emu.url)
    assert j["status"] == 301 and j["_exit"] == 1
    assert any("not followed" in e and "https://gateway.ai.cloudflare.com/v1/" in e
               for e in j["evidence"])
    assert len(emu.seen) == 1


# -- the transport on its own --------------------------------------------------------------------
def test_gzip_bomb_is_read_up_to_1_mib_decoded(emu: Emulator) -> None:
    emu.scenario = "gzip-bomb"
    x = exchange("GET", f"{emu.url}/x", {"accept-encoding": "gzip"}, None,
                 deadline=time.monotonic() + 5)
    assert x.failure is None and x.status == 200
    assert len(x.body) == MAX_BODY and set(x.body) == {0}  # 64 MiB decodes; we hold 1 MiB
    assert any("no more" in n for n in x.notes)


def test_body_cap_is_exact_for_plain_bodies(emu: Emulator) -> None:
    emu.scenario = "huge-body"
    x = exchange("GET", f"{emu.url}/x", {}, None, deadline=time.monotonic() + 5)
    assert len(x.body) == MAX_BODY and x.body.startswith(b"<html>")


def test_a_passed_deadline_sends_nothing(emu: Emulator) -> None:
    x = exchange("GET", f"{emu.url}/x", {}, None, deadline=time.monotonic() - 1)
    assert x.failure == "timeout" and emu.seen == []


def test_direct_dns_failure_through_connect_to_target(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    env = {"OPENAI_BASE_URL": GROQ_BASE, "AUTOGEN_MODEL": MODEL, "GROQ_API_KEY": KEY}
    r = probe_cli(tmp_path, capsys, env, "--connect-to",
                  "https://api.groq.com=http://emulator.invalid:8787", timeout=3)
    assert (r.json["cause"], r.code) == ("dns-failure", 6)
    assert r.json["request"]["url"] == f"{GROQ_BASE}/chat/completions"
