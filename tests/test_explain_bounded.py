"""Odd input is an answer, never a crash or a hang (issue 10 items 5, 6, 8).

Deep nesting used to raise RecursionError (exit 70) in `explain` and in `probe`; a traceback
or log line holding another object before the error hid the error. Speed is measured by
benchmarks/bench_explain.py, not here.
"""

from __future__ import annotations

import contextlib
import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from probe_support import GATEWAY, probe_cli, stored_key_env
from test_explain import run, run_json

from setup_wizard.diagnose import loose
from setup_wizard.diagnose.classify import classify, classify_pasted

DEEP_INPUTS = {
    "brackets": "[" * 1000,
    "closed-brackets": "[" * 5000 + "]" * 5000,
    "error-objects": '{"error":' * 1000 + "1" + "}" * 1000,
    "python-repr": "{'error': " * 3000 + "None" + "}" * 3000,
    "sdk-line": "openai.BadRequestError: Error code: 400 - " + "{'a': [" * 2000,
    "html-in-brackets": "<html>" + "{" * 2000,
}


@pytest.mark.parametrize("name", DEEP_INPUTS)
def test_deep_nesting_is_an_answer_not_an_internal_error(
        name: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    code, data = run_json(capsys, monkeypatch, DEEP_INPUTS[name])
    assert code in (1, 4, 5)  # never 70
    assert data["origin"] == "unknown"
    assert data["evidence"], "the answer says what it rests on"


def test_deep_nesting_says_so_in_the_evidence() -> None:
    d = classify(400, {}, '{"error":' * 1000 + "1" + "}" * 1000)
    assert (d.origin, d.cause) == ("unknown", "bad-request")
    assert any(f"deeper than {loose.MAX_DEPTH}" in e for e in d.evidence)
    assert loose.loads("[" * (loose.MAX_DEPTH + 1) + "]" * (loose.MAX_DEPTH + 1)) is None
    assert loose.loads("[" * 10 + "]" * 10) == [[[[[[[[[[]]]]]]]]]]


class _Deep(BaseHTTPRequestHandler):
    body = ('{"error":' * 5000 + '"x"' + "}" * 5000).encode()

    def do_POST(self) -> None:
        self.rfile.read(int(self.headers.get("content-length") or 0))
        self.send_response(500)
        self.send_header("content-type", "application/json")
        self.send_header("content-length", str(len(self.body)))
        self.end_headers()
        self.wfile.write(self.body)

    def log_message(self, *args: object) -> None:
        pass


@contextlib.contextmanager
def _server() -> Iterator[str]:
    srv = ThreadingHTTPServer(("127.0.0.1", 0), _Deep)
    thread = threading.Thread(target=srv.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{srv.server_address[1]}"
    finally:
        srv.shutdown()
        srv.server_close()


def test_probe_of_a_server_answering_deep_nesting(tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    with _server() as url:
        r = probe_cli(tmp_path, capsys, stored_key_env(), "--connect-to", f"{GATEWAY}={url}")
    assert r.err == ""
    assert r.code == 1, r.out  # unknown origin, not 70
    j = r.json
    assert (j["origin"], j["cause"], j["status"]) == ("unknown", "provider-server-error", 500)
    assert any("deeper than" in e for e in j["evidence"])


# -- the error's own envelope wins (issue 10 item 8) ------------------------------------------
TRACEBACK = """\
Traceback (most recent call last):
  File "app.py", line 12, in <module>
    payload = {'model': 'llama-3.3-70b-versatile', 'messages': [{'role': 'user', 'content': 'hi'}]}
  File "app.py", line 14, in <module>
    cfg = {"error": "none", "retries": 3}
  File "/venv/lib/python3.12/site-packages/openai/_base_client.py", line 1059, in request
    raise self._make_status_error_from_response(err.response) from None
openai.AuthenticationError: Error code: 401 - {'error': {'message': 'Invalid API Key', \
'type': 'invalid_request_error', 'code': 'invalid_api_key'}}
"""


def test_traceback_with_earlier_dicts_is_read_for_its_own_error() -> None:
    d = classify_pasted(TRACEBACK)
    assert (d.origin, d.cause, d.status, d.code) == ("groq", "provider-auth-invalid", 401,
                                                     "invalid_api_key")
    assert any("the last of" in e for e in d.evidence)


def test_log_line_with_a_request_dict_before_the_body() -> None:
    line = ("2026-11-28 10:00:00 ERROR request={'model': 'gpt-4o', 'temperature': 0.2} "
            "failed: Error code: 429 - {'error': {'message': 'You exceeded your current quota, "
            "please check your plan and billing details.', 'type': 'insufficient_quota', "
            "'param': None, 'code': 'insufficient_quota'}}")
    d = classify_pasted(line)
    assert (d.cause, d.status, d.code) == ("quota-exhausted", 429, "insufficient_quota")


def test_explain_cli_on_the_traceback(capsys: pytest.CaptureFixture[str],
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    code, out, err = run(capsys, monkeypatch, TRACEBACK)
    assert code == 5 and err == ""
    assert out.startswith("Rejected by: Groq")


def test_loose_readings_of_pasted_forms() -> None:
    cut = '{"error":{"message":"Please reduce the length","type":"invalid_request_error","code":'
    assert loose.loads_truncated(cut) == {"error": {"message": "Please reduce the length",
                                                    "type": "invalid_request_error"}}
    assert loose.loads("{type: error, error: {type: authentication_error, message: invalid "
                       "x-api-key}}") == {"type": "error", "error": {
                           "type": "authentication_error", "message": "invalid x-api-key"}}
    assert loose.loads("{'a': 'wrapped\n   line', 'b': None,}") == {"a": "wrapped line",
                                                                    "b": None}
    assert loose.loads('{"a": 1, …}') == {"a": 1}
    assert json.loads(json.dumps(loose.loads('[{"code":2009,"message":"Unauthorized"}]'))) == [
        {"code": 2009, "message": "Unauthorized"}]


def test_an_object_too_large_to_parse_is_said_not_parsed() -> None:
    body = json.dumps({"error": {"message": "m" * (loose.MAX_SPAN + 10), "type": "x"}})
    d = classify_pasted(body)
    assert d.origin == "unknown"
    assert any("larger than 256 KiB was not parsed" in e for e in d.evidence), d.evidence
