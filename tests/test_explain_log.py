"""`setup-wizard explain --log`: every error in a whole log, and nothing else (issue 13 item 4).

Real error texts from the corpus (tests/fixtures/corpus, tune half) are embedded between
ordinary log lines; the report must find each at the line it starts on, classify it as the
corpus says, group them, never report an ordinary line, exit by the most severe origin, and
print no secret. Speed on a 100 MB log: benchmarks/bench_explain.py.
"""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path
from typing import Any

import pytest
from test_explain import CF_TOKEN, OPENAI_KEY, write_env

from setup_wizard.cli import main
from setup_wizard.diagnose import logscan

CORPUS = Path(__file__).parent / "fixtures" / "corpus"
ENTRIES = {r["file"]: r for r in json.loads((CORPUS / "errors.json").read_text())["entries"]}
ORDINARY = [
    "2026-11-28 10:00:00,001 INFO  app.http GET /api/items?page=2 200 12ms",
    "2026-11-28 10:00:00,002 DEBUG app.cache hit key=user:17 ttl=300",
    "2026-11-28 10:00:00,003 WARN  app.db slow query (812 ms): SELECT * FROM items",
    '2026-11-28 10:00:00,004 INFO  httpx HTTP Request: POST https://api.groq.com/openai/v1/chat/'
    'completions "HTTP/1.1 200 OK"',
    "2026-11-28 10:00:00,005 ERROR app.worker job 17 failed: ValueError: bad row",
    "2026-11-28 10:00:00,006 INFO  config loaded: {'retries': 3, 'timeout': 30}",
    "[2026-11-28 10:00:00] ERROR: disk usage at 91%",
]
# Tune-half texts of each form: one line, a Python SDK line, pretty JSON, an HTML page, a
# traceback's last frames, a docker log line, Cloudflare's bare text.
EMBEDDED = [
    "groq-invalid-api-key-spring-ai-997.txt",
    "openai-insufficient-quota-json-nextchat-3664.txt",
    "edge-attention-required-groq-listmodels-anythingllm-2003.txt",
    "gw-2009-docker-log-line-openclaw-34788.txt",
    "groq-context-length-traceback-maestro-45.txt",
    "google-overloaded-503-pretty-lobehub-9728.txt",
    "edge-1020-bare-console-acheong08-1068.txt",
    "anthropic-invalid-key-litellm-crewai-10401.txt",
]


def _text(name: str) -> str:
    return (CORPUS / "errors" / name).read_text(encoding="utf-8").rstrip("\n")


def build_log(names: list[str], gap: int = 3) -> tuple[str, list[tuple[str, int, int]]]:
    """The log, and for each embedded text (name, first line, last line), 1-based."""
    lines: list[str] = []
    spans = []
    for i, name in enumerate(names):
        lines += [ORDINARY[(i + k) % len(ORDINARY)] for k in range(gap)]
        body = _text(name).split("\n")
        spans.append((name, len(lines) + 1, len(lines) + len(body)))
        lines += body
    lines += ORDINARY
    return "\n".join(lines) + "\n", spans


def run_log(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, text: str,
            *args: str) -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(text.encode()),
                                                       encoding="utf-8"))
    code = main(["explain", "--log", *args])
    out, err = capsys.readouterr()
    return code, out, err


def run_log_json(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
                 text: str, *args: str) -> tuple[int, dict[str, Any]]:
    code, out, err = run_log(capsys, monkeypatch, text, "--format", "json", *args)
    assert err == ""
    return code, json.loads(out)


def test_mixed_log_finds_every_error_where_it_starts(
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    text, spans = build_log(EMBEDDED)
    code, data = run_log_json(capsys, monkeypatch, text)
    errors = data["errors"]
    assert len(errors) == len(spans), errors
    for (name, first, last), e in zip(spans, errors, strict=True):
        want = ENTRIES[name]["expect"]
        assert (e["origin"], e["cause"]) == (want["origin"], want["cause"]), (name, e)
        assert first <= e["line"] <= last, (name, e["line"], first, last)
        lines = text.split("\n")
        assert not any(lines[e["line"] - 1] == o for o in ORDINARY)
    # Texts that start with their error start exactly there (the traceback's frames do not).
    starts = {n: f for n, f, _ in spans}
    for e, (name, _, _) in zip(errors, spans, strict=True):
        if "traceback" not in name:
            assert e["line"] == starts[name], name
    assert code == 4  # a Cloudflare error is among them


def test_summary_groups_by_origin_and_cause(capsys: pytest.CaptureFixture[str],
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    names = ["groq-invalid-api-key-spring-ai-997.txt", "edge-1020-bare-console-acheong08-1068.txt",
             "groq-invalid-api-key-spring-ai-997.txt", "groq-invalid-api-key-spring-ai-997.txt"]
    text, spans = build_log(names, gap=5)
    _, data = run_log_json(capsys, monkeypatch, text)
    groq = [s for s in data["summary"] if s["origin"] == "groq"]
    assert groq == [{"origin": "groq", "cause": "provider-auth-invalid", "count": 3,
                     "first_line": spans[0][1], "last_line": spans[3][1]}]
    assert [s["count"] for s in data["summary"]] == [3, 1]
    code, out, err = run_log(capsys, monkeypatch, text)
    assert err == "" and code == 4
    assert out.startswith("4 errors in stdin")
    assert f"groq / provider-auth-invalid  (lines {spans[0][1]} to {spans[3][1]})" in out
    assert "cloudflare-edge / edge-blocked" in out and "fix:" in out


def test_json_shape_is_exactly_the_contract(capsys: pytest.CaptureFixture[str],
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    text, _ = build_log(EMBEDDED[:3])
    _, data = run_log_json(capsys, monkeypatch, text)
    assert set(data) == {"errors", "summary"}
    for e in data["errors"]:
        assert set(e) == {"line", "origin", "cause", "status", "code", "message"}
        assert isinstance(e["line"], int) and e["line"] >= 1
    for s in data["summary"]:
        assert set(s) == {"origin", "cause", "count", "first_line", "last_line"}


def test_ordinary_log_has_no_errors_and_exits_0(tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str],
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    text = "\n".join(ORDINARY * 50) + "\n"
    code, data = run_log_json(capsys, monkeypatch, text)
    assert (code, data) == (0, {"errors": [], "summary": []})
    path = tmp_path / "app.log"
    path.write_text(text)
    assert main(["explain", "--log", str(path)]) == 0
    assert capsys.readouterr().out == f"No errors found in {path}.\n"
    path.write_text("")
    assert main(["explain", "--log", str(path)]) == 0


@pytest.mark.parametrize(("names", "exit_code"), [
    (["groq-invalid-api-key-spring-ai-997.txt"], 5),
    (["unknown-bare-403-forbidden-codex-8540.txt"], 1),
    (["unknown-bare-403-forbidden-codex-8540.txt", "groq-invalid-api-key-spring-ai-997.txt"], 5),
    (["groq-invalid-api-key-spring-ai-997.txt", "gw-2009-docker-log-line-openclaw-34788.txt"], 4),
    (["api-10000-workers-ai-via-gateway-opencode-32051.txt"], 4),
])
def test_exit_code_is_the_most_severe(names: list[str], exit_code: int,
                                      capsys: pytest.CaptureFixture[str],
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    text, _ = build_log(names)
    code, data = run_log_json(capsys, monkeypatch, text)
    assert code == exit_code, data


def test_multi_line_html_page_cut_off_then_more_log(capsys: pytest.CaptureFixture[str],
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    page = _text("edge-attention-required-groq-listmodels-anythingllm-2003.txt").split("\n")
    cut = page[: len(page) // 2]  # no </html>: the log went on
    lines = [ORDINARY[0], *cut, ORDINARY[1], ORDINARY[2], _text(
        "groq-invalid-api-key-spring-ai-997.txt"), ORDINARY[0]]
    _, data = run_log_json(capsys, monkeypatch, "\n".join(lines) + "\n")
    got = [(e["line"], e["origin"], e["cause"]) for e in data["errors"]]
    assert got == [(2, "cloudflare-edge", "edge-blocked"),
                   (len(cut) + 4, "groq", "provider-auth-invalid")]


def test_traceback_in_a_log_is_one_error_at_its_first_line(
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    tb = ["Traceback (most recent call last):",
          '  File "app.py", line 3, in <module>',
          "    request = {'model': 'llama-3.3-70b-versatile', 'messages': []}",
          '  File "/venv/site-packages/groq/_base_client.py", line 1018, in _request',
          "    raise self._make_status_error_from_response(err.response) from None",
          "groq.RateLimitError: Error code: 429 - {'error': {'message': 'Rate limit reached for",
          "model `llama-3.3-70b-versatile` in organization `org_01jabcdefghjkmnpqrstvwxyz0` on",
          "tokens per minute (TPM): Limit 6000', 'type': 'tokens', 'code': 'rate_limit_exceeded'}}"]
    lines = [ORDINARY[0], ORDINARY[1], *tb, ORDINARY[2]]
    code, data = run_log_json(capsys, monkeypatch, "\n".join(lines) + "\n")
    assert [(e["line"], e["origin"], e["cause"], e["status"]) for e in data["errors"]] == [
        (3, "groq", "rate-limited", 429)]
    assert code == 5


def test_status_line_then_body_is_one_error(capsys: pytest.CaptureFixture[str],
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    lines = [ORDINARY[0],
             'INFO:httpx:HTTP Request: POST https://api.groq.com/openai/v1/audio/speech '
             '"HTTP/1.1 400 Bad Request"',
             "",
             "ERROR:wyoming:Error streaming TTS audio: Error code: 400 - {'error': {'message': "
             "'response_format must be one of [wav]', 'type': 'invalid_request_error'}}",
             ORDINARY[1]]
    _, data = run_log_json(capsys, monkeypatch, "\n".join(lines) + "\n")
    assert [(e["line"], e["origin"], e["cause"]) for e in data["errors"]] == [
        (2, "groq", "bad-request")]


def test_no_secret_in_log_output(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                 monkeypatch: pytest.MonkeyPatch) -> None:
    env = write_env(tmp_path, OPENAI_BASE_URL="https://api.openai.com/v1",
                    OPENAI_API_KEY=OPENAI_KEY, CF_GATEWAY_TOKEN=CF_TOKEN)
    lines = [ORDINARY[0],
             "openai.AuthenticationError: Error code: 401 - {'error': {'message': 'Incorrect "
             f"API key provided: {OPENAI_KEY}. You can find your API key at https://platform."
             "openai.com/account/api-keys.', 'type': 'invalid_request_error', 'param': None, "
             "'code': 'invalid_api_key'}}",
             f"ERROR gateway said: {{\"success\":false,\"error\":[{{\"code\":2009,\"message\":"
             f"\"Unauthorized: token {CF_TOKEN} is not valid\"}}]}}",
             ORDINARY[1]]
    text = "\n".join(lines) + "\n"
    for fmt in ("json", "text"):
        code, out, err = run_log(capsys, monkeypatch, text, "--format", fmt, "--env-file",
                                 str(env))
        assert code == 4
        for secret in (OPENAI_KEY, CF_TOKEN, OPENAI_KEY[8:-4], CF_TOKEN[4:-4]):
            assert secret not in out + err, fmt
    assert "sk-proj-...Mm5" in out or "..." in out


def test_bad_arguments_and_files_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    assert main(["explain", "--log", "--status", "401", str(tmp_path)]) == 2
    assert "--status and --header" in capsys.readouterr().err
    assert main(["explain", "--log", str(tmp_path / "missing.log")]) == 2
    assert "no such file" in capsys.readouterr().err
    assert main(["explain", "--log", str(tmp_path)]) == 2
    assert "is a directory" in capsys.readouterr().err
    binary = tmp_path / "core"
    binary.write_bytes(b"\x7fELF\x00\x01\x02" * 100)
    for fmt in ("text", "json"):
        assert main(["explain", "--log", str(binary), "--format", fmt]) == 2
        out, err = capsys.readouterr()
        assert "binary" in err and "Traceback" not in err and err.count("\n") == 1
        assert out == ""


def test_blocks_are_bounded() -> None:
    huge = ["{"] + ['  "k": "v",'] * (logscan.MAX_BLOCK_LINES * 3)
    blocks = list(logscan.blocks(iter([*huge, "done"])))
    assert all(b.text.count("\n") < logscan.MAX_BLOCK_LINES for b in blocks)
    long_line = '{"error": "' + "x" * (logscan.MAX_LINE * 2) + '"}'
    (block,) = logscan.blocks(iter([long_line]))
    assert len(block.text) <= logscan.MAX_LINE


def test_a_coloured_log_reads_as_the_same_log(capsys: pytest.CaptureFixture[str],
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    # A log copied from a CI page keeps the terminal's colours: each level word and each
    # line wrapped in ESC sequences. The errors, their lines and the groups are the plain
    # log's, and the colours' own brackets are never reported.
    text, spans = build_log(EMBEDDED)
    coloured = "\n".join(
        line.replace("INFO", "\x1b[32mINFO\x1b[0m").replace("ERROR", "\x1b[1;31mERROR\x1b[0m")
        if line in ORDINARY else "\x1b[2m" + line + "\x1b[0m"
        for line in text.split("\n"))
    assert "\x1b[" in coloured
    _, plain = run_log_json(capsys, monkeypatch, text)
    _, data = run_log_json(capsys, monkeypatch, coloured)
    assert data == plain
    assert data["errors"][0]["line"] == spans[0][1]
