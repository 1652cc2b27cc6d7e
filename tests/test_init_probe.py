"""After writing, `init` sends one probe with the file it wrote (here to 127.0.0.1 only)."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import ClassVar

import pytest
from init_support import ACCT, GW, TOKEN, assert_no_secret, clean_environment, run_piped

pytest.importorskip("setup_wizard.probe.request")

OK_BODY = {"id": "chatcmpl-1", "object": "chat.completion", "model": "openai/gpt-oss-20b",
           "choices": [{"index": 0, "message": {"role": "assistant", "content": "h"},
                        "finish_reason": "length"}],
           "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2}}


class Recorder(BaseHTTPRequestHandler):
    seen: ClassVar[list[tuple[str, dict[str, str]]]] = []

    def do_POST(self) -> None:
        self.rfile.read(int(self.headers.get("content-length") or 0))
        Recorder.seen.append((self.path, {k.lower(): v for k, v in self.headers.items()}))
        body = json.dumps(OK_BODY).encode()
        self.send_response(200)
        self.send_header("content-type", "application/json")
        self.send_header("content-length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def server() -> Iterator[str]:
    Recorder.seen = []
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Recorder)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_probe_after_write_sends_the_token_and_no_authorization(
        server: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.chdir(tmp_path)
    clean_environment(monkeypatch)
    monkeypatch.setenv("CF_GATEWAY_TOKEN", TOKEN)
    r = run_piped(["--account-id", ACCT, "--gateway", GW,
                   "--connect-to", f"https://gateway.ai.cloudflare.com={server}"],
                  monkeypatch, capsys, probe=True)
    assert r.code == 0, r.err + r.out
    assert len(Recorder.seen) == 1
    path, headers = Recorder.seen[0]
    assert path == f"/v1/{ACCT}/{GW}/groq/chat/completions"
    # Stored-key mode: the gateway token, and no provider Authorization at all.
    assert headers["cf-aig-authorization"] == f"Bearer {TOKEN}"
    assert "authorization" not in headers
    assert "Probe" in r.out
    assert_no_secret(r.out, r.err)
