"""`setup-wizard explain`: every pasted form, exit codes, --env-file, and no secret in output."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from setup_wizard.cli import main
from setup_wizard.diagnose.diagnosis import CAUSES, ORIGINS

ROOT = Path(__file__).resolve().parents[1]
BODIES = Path(__file__).parent / "fixtures" / "bodies"
MANIFEST: list[dict[str, Any]] = json.loads((BODIES / "sources.json").read_text())["bodies"]
ACCT = "d4ba2e3c15c942c374380afd7fb7f441"
GROQ_KEY = "gsk_" + "Q7w8E9r0T1y2" * 4 + "Ab1a2b"
CF_TOKEN = "wnMfLUc38oC3tn9_dQpw" + "Kq2Lr4Ms6Nt8Ou0Pv2Qw"  # no prefix: only --env-file knows
OPENAI_KEY = "sk-proj-" + "Zx8Cv7Bn6Mm5" * 4


def _body(name: str) -> str:
    return (BODIES / name).read_text(encoding="utf-8")


def run(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, stdin: str,
        *args: str) -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    code = main(["explain", *args])
    out, err = capsys.readouterr()
    return code, out, err


def run_json(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, stdin: str,
             *args: str) -> tuple[int, dict[str, Any]]:
    code, out, _ = run(capsys, monkeypatch, stdin, "--format", "json", *args)
    return code, json.loads(out)


def write_env(tmp_path: Path, **values: str) -> Path:
    path = tmp_path / ".env"
    path.write_text("".join(f"{k}={v}\n" for k, v in values.items()), encoding="utf-8")
    return path


# -- every real body through the CLI --------------------------------------------------------
@pytest.mark.parametrize("row", MANIFEST, ids=lambda r: r["file"])
def test_every_real_body_through_the_cli(row: dict[str, Any], tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str],
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    args = [str(BODIES / row["file"])]
    if row["status"] is not None:
        args += ["--status", str(row["status"])]
    for name, value in row["headers"].items():
        args += ["--header", f"{name}: {value}"]
    if "sent" in row:  # the same request, described by its .env
        sent = row["sent"]
        prefix = f"https://gateway.ai.cloudflare.com/v1/{ACCT}/omni"
        env = write_env(tmp_path, OPENAI_BASE_URL=f"{prefix}/compat", AUTOGEN_MODEL=sent["model"],
                        CF_GATEWAY_TOKEN=CF_TOKEN)
        args += ["--env-file", str(env)]
    code, data = run_json(capsys, monkeypatch, "", *args)
    want = row["expect"]
    assert (data["origin"], data["cause"], data["code"]) == (
        want["origin"], want["cause"], want["code"])
    assert data["status"] == want.get("status", row["status"])
    assert code == {"cloudflare-gateway": 4, "cloudflare-api": 4, "cloudflare-edge": 4,
                    "unknown": 1}.get(data["origin"], 0 if data["cause"] == "ok" else 5)


# -- each input form -------------------------------------------------------------------------------
def test_pretty_printed_json_with_trailing_commas(capsys: pytest.CaptureFixture[str],
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    text = """{
      "error": {
        "message": "Invalid API Key",
        "type": "invalid_request_error",
        "code": "invalid_api_key",
      },
    }
    """
    code, data = run_json(capsys, monkeypatch, text, "--status", "401")
    assert (data["origin"], data["cause"], data["status"]) == ("groq", "provider-auth-invalid",
                                                               401)
    assert code == 5


def test_python_exception_text_401_and_429(capsys: pytest.CaptureFixture[str],
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    body = json.loads(_body("groq-invalid-api-key.json"))
    text = (f"Traceback (most recent call last):\n  File \"app.py\", line 3, in <module>\n"
            f"openai.AuthenticationError: Error code: 401 - {body!r}\n")
    code, data = run_json(capsys, monkeypatch, text)
    assert (data["origin"], data["cause"], data["status"], data["code"]) == (
        "groq", "provider-auth-invalid", 401, "invalid_api_key")
    assert any("Error code: N" in e for e in data["evidence"])

    body = json.loads(_body("openai-insufficient-quota.json"))  # 'param': None in the repr
    code, data = run_json(capsys, monkeypatch,
                          f"2026-11-20 12:00:01 ERROR Error code: 429 - {body!r}")
    # insufficient_quota is a code only OpenAI sends, in OpenAI's own words (issue 13: a
    # provider's codes and wording are evidence of who sent it): exit 5.
    assert (data["origin"], data["cause"], data["status"]) == ("openai", "quota-exhausted", 429)
    assert any("sent by OpenAI only" in e for e in data["evidence"])
    assert code == 5


def test_js_sdk_form(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    code, data = run_json(capsys, monkeypatch, _body("gateway-2009-js-sdk.txt"))
    assert (data["origin"], data["cause"], data["status"], data["code"]) == (
        "cloudflare-gateway", "gateway-auth", 401, 2009)
    assert code == 4
    # The JS SDK prints a provider's message as text: "401 Invalid API Key".
    code, data = run_json(capsys, monkeypatch, "AuthenticationError: 401 Invalid API Key")
    assert (data["cause"], data["status"], data["origin"]) == ("provider-auth-invalid", 401, "groq")


def test_html_page(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    text = "openai.APIStatusError: Error code: 524 -\n" + _body("edge-524.html")
    code, data = run_json(capsys, monkeypatch, text)
    assert (data["origin"], data["cause"], data["status"]) == ("cloudflare-edge",
                                                               "edge-origin-error", 524)
    assert code == 4


def test_bare_edge_text(capsys: pytest.CaptureFixture[str],
                        monkeypatch: pytest.MonkeyPatch) -> None:
    code, data = run_json(capsys, monkeypatch, "error code: 1010\n")
    assert (data["origin"], data["cause"], data["code"], data["status"]) == (
        "cloudflare-edge", "edge-blocked", 1010, None)
    assert code == 4


def test_curl_dump_with_headers(capsys: pytest.CaptureFixture[str],
                                monkeypatch: pytest.MonkeyPatch) -> None:
    text = ("HTTP/2 401\r\ndate: Thu, 20 Nov 2026 10:00:00 GMT\r\ncontent-type: application/json"
            "\r\nserver: cloudflare\r\ncf-ray: 8f1e2d3c4b5a6978-FRA\r\nx-groq-region: us-west-1\r\n"
            "\r\n" + _body("groq-invalid-api-key.json"))
    _, data = run_json(capsys, monkeypatch, text)
    assert (data["origin"], data["status"]) == ("groq", 401)
    assert any("x-groq-region" in e for e in data["evidence"])


def test_header_and_status_flags(capsys: pytest.CaptureFixture[str],
                                 monkeypatch: pytest.MonkeyPatch) -> None:
    body = ('{"error":{"message":"The model `llama-3.3-70b-versatile` does not exist or you do not '
            'have access to it.","type":"invalid_request_error","code":"model_not_found"}}')
    bare = '{"error":{"message":"house-model-7 is not here","type":"invalid_request_error"}}'
    _, data = run_json(capsys, monkeypatch, bare)
    assert data["origin"] == "unknown"  # one weak hint, nothing sent: not guessed
    assert any("to settle it" in e for e in data["evidence"])
    _, data = run_json(capsys, monkeypatch, body)
    assert data["origin"] == "groq"  # a model id from Groq's catalog (issue 13)
    _, data = run_json(capsys, monkeypatch, "Error code: 400 - " + body, "--status", "404",
                          "--header", "X-Groq-Region: us-west-1",
                          "--header", "cf-aig-log-id: 01J9Z6")
    assert (data["origin"], data["cause"], data["status"]) == ("groq", "model-decommissioned",
                                                               404)
    assert "openai/gpt-oss-120b" in data["hint"]
    assert any("cf-aig-log-id" in e for e in data["evidence"])
    assert any("--status" in e for e in data["evidence"])


def test_json_output_has_exactly_the_contract_keys(capsys: pytest.CaptureFixture[str],
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    _, data = run_json(capsys, monkeypatch, _body("gateway-2001.json"), "--status", "400")
    assert set(data) == {"origin", "cause", "status", "code", "message", "hint", "evidence"}
    assert data["origin"] in ORIGINS and data["cause"] in CAUSES
    assert isinstance(data["evidence"], list) and all(isinstance(e, str) for e in data["evidence"])


def test_text_output(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    code, out, err = run(capsys, monkeypatch, _body("gateway-2003.json"), "--status", "429")
    assert out.startswith("Rejected by: Cloudflare AI Gateway")
    assert "gateway-rate-limited (HTTP 429, code 2003)" in out
    assert "fix:" in out and err == "" and code == 4


def test_success_exits_zero(capsys: pytest.CaptureFixture[str],
                            monkeypatch: pytest.MonkeyPatch) -> None:
    code, data = run_json(capsys, monkeypatch, _body("groq-models-list.json"), "--status", "200",
                          "--header", "x-groq-region: us-west-1")
    assert (data["cause"], code) == ("ok", 0)


# -- --env-file ------------------------------------------------------------------------------------
def test_env_file_makes_the_groq_401_hint_mode_specific(
        tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    body = _body("groq-invalid-api-key.json")
    gw = f"https://gateway.ai.cloudflare.com/v1/{ACCT}/omni/groq"
    stored = write_env(tmp_path, OPENAI_BASE_URL=gw, AUTOGEN_MODEL="openai/gpt-oss-20b",
                       CF_GATEWAY_TOKEN=CF_TOKEN)
    direct_dir = tmp_path / "direct"
    direct_dir.mkdir()
    direct = write_env(direct_dir, OPENAI_BASE_URL="https://api.groq.com/openai/v1",
                       AUTOGEN_MODEL="openai/gpt-oss-20b", GROQ_API_KEY=GROQ_KEY)
    _, a = run_json(capsys, monkeypatch, body, "--status", "401", "--env-file", str(stored))
    _, b = run_json(capsys, monkeypatch, body, "--status", "401", "--env-file", str(direct))
    assert "Provider Keys" in a["hint"] and "Authorization" in a["hint"]
    assert b["hint"].startswith("GROQ_API_KEY is wrong")
    assert a["hint"] != b["hint"]


def test_env_file_with_a_retired_compat_model(tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str],
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    env = write_env(tmp_path, OPENAI_BASE_URL=f"https://gateway.ai.cloudflare.com/v1/{ACCT}/omni/"
                    "compat", AUTOGEN_MODEL="llama-3.1-8b-instant", CF_GATEWAY_TOKEN=CF_TOKEN)
    _, data = run_json(capsys, monkeypatch, _body("gateway-2005.json"), "--env-file", str(env))
    assert data["cause"] == "gateway-route"
    # Prefixing a retired model would only trade 2005 for Groq's 404: name the replacement.
    assert "groq/openai/gpt-oss-20b" in data["hint"]
    assert "groq/llama-3.1-8b-instant" not in data["hint"] and "retired" in data["hint"]


# -- bad input -------------------------------------------------------------------------------------
@pytest.mark.parametrize("stdin,args,words", [
    ("", [], "empty"),
    ("   \n\t\n", [], "empty"),
    ("x", ["/nonexistent/err.txt"], "no such file"),
    ("x", ["--status", "42"], "not an HTTP status"),
    ("x", ["--header", "no colon here"], "Name: value"),
    ("x", ["--env-file", "/nonexistent/.env"], "no such file"),
])
def test_bad_input_is_one_line_and_exit_2(stdin: str, args: list[str], words: str,
                                          capsys: pytest.CaptureFixture[str],
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    code, out, err = run(capsys, monkeypatch, stdin, *args)
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and words in err and "Traceback" not in err


def test_directory_and_binary_inputs_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    code, _, err = run(capsys, monkeypatch, "", str(tmp_path))
    assert code == 2 and "directory" in err
    binary = tmp_path / "core"
    binary.write_bytes(b"\x7fELF\x00\x00\x01")
    code, _, err = run(capsys, monkeypatch, "", str(binary))
    assert code == 2 and "binary" in err


def test_non_utf8_file_is_read_with_a_note(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    f = tmp_path / "err.log"
    f.write_bytes(b"caf\xe9 log line\nError code: 401 - " + _body("gateway-2001.json").encode())
    code, data = run_json(capsys, monkeypatch, "", str(f))
    assert data["origin"] == "cloudflare-gateway" and code == 4
    assert any("not valid UTF-8" in e for e in data["evidence"])


# -- secrets ---------------------------------------------------------------------------------
def _assert_clean(*texts: str) -> None:
    for secret in (GROQ_KEY, CF_TOKEN, OPENAI_KEY):
        for t in texts:
            assert secret not in t
            assert secret[6:-4] not in t  # not even the middle


@pytest.mark.parametrize("fmt", ["text", "json"])
def test_no_secret_from_the_input_or_the_env_file_is_printed(
        fmt: str, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    env = write_env(tmp_path, OPENAI_BASE_URL=f"https://gateway.ai.cloudflare.com/v1/{ACCT}/omni/"
                    "groq", AUTOGEN_MODEL="openai/gpt-oss-20b", CF_GATEWAY_TOKEN=CF_TOKEN,
                    GROQ_API_KEY=GROQ_KEY)
    echoed = {"error": {"message": f"Incorrect API key provided: {OPENAI_KEY}. Sent {GROQ_KEY} "
                        f"with token {CF_TOKEN}", "type": "invalid_request_error",
                        "param": None, "code": "invalid_api_key"}}
    inputs = [
        json.dumps(echoed),
        f"openai.AuthenticationError: Error code: 401 - {echoed!r}",
        f'HTTP/1.1 401\nauthorization: Bearer {GROQ_KEY}\n\n{json.dumps(echoed)}',
        f"401 [{{\"code\":2009,\"message\":\"Unauthorized {CF_TOKEN}\"}}]",
        f"<html><title>Attention Required! | Cloudflare</title>{CF_TOKEN}</html>",
        f"something unknown {CF_TOKEN} {GROQ_KEY}",
    ]
    for text in inputs:
        _, out, err = run(capsys, monkeypatch, text, "--format", fmt, "--env-file", str(env),
                          "--header", f"x-echo: {CF_TOKEN}")
        _assert_clean(out, err)
        assert out


def test_no_secret_in_error_lines(capsys: pytest.CaptureFixture[str],
                                  monkeypatch: pytest.MonkeyPatch) -> None:
    code, out, err = run(capsys, monkeypatch, "x", "--header", f"Bearer {GROQ_KEY}")
    assert code == 2
    _assert_clean(out, err)


def test_subprocess_run(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    text = f"openai.AuthenticationError: Error code: 401 - {{'error': {{'message': " \
           f"'Incorrect API key provided: {OPENAI_KEY}', 'type': 'invalid_request_error', " \
           "'param': None, 'code': 'invalid_api_key'}}"
    proc = subprocess.run([sys.executable, "-m", "setup_wizard", "explain", "--format", "json"],
                          input=text, capture_output=True, text=True, env=env, timeout=60,
                          cwd=tmp_path)
    assert proc.returncode == 5, proc.stderr
    data = json.loads(proc.stdout)
    assert (data["origin"], data["cause"]) == ("openai", "provider-auth-invalid")
    _assert_clean(proc.stdout, proc.stderr)


def test_docs_list_every_origin_and_cause() -> None:
    doc = (ROOT / "docs" / "explain.md").read_text(encoding="utf-8")
    for name in (*ORIGINS, *CAUSES):
        assert f"`{name}`" in doc, name


def test_explain_imports_neither_pydantic_nor_httpx(tmp_path: Path) -> None:
    f = tmp_path / "err.txt"
    f.write_text(_body("gateway-2009-app-teste.json"), encoding="utf-8")
    code = ("import sys; from setup_wizard.cli import main; rc = main(['explain', sys.argv[1]]); "
            "heavy = [m for m in ('pydantic', 'httpx', 'questionary') if m in sys.modules]; "
            "print('HEAVY', heavy); sys.exit(rc)")
    proc = subprocess.run([sys.executable, "-c", code, str(f)], capture_output=True, text=True,
                          env={**os.environ, "PYTHONPATH": str(ROOT)}, timeout=60)
    assert proc.returncode == 4, proc.stderr
    assert "HEAVY []" in proc.stdout
