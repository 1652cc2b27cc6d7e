"""The notes of the user this tool was first written for (their .env and beliefs, quoted below)
are why it exists: every wrong belief in them must be caught by `lint` and explained by
`explain`, with a fix that is itself right."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from setup_wizard.cli import main

# The two .env files exactly as the notes give them (inline comments included).
NOTES_GATEWAY = """USE_AI_GATEWAY=true
AUTOGEN_MODEL=llama-3.1-8b-instant
OPENAI_BASE_URL=https://gateway.ai.cloudflare.com/v1/abc123/omni/groq
CF_GATEWAY_TOKEN=wnMfLUc38oC3tn9_dQpw...  # Authenticate to YOUR gateway
# NO GROQ_API_KEY needed here! Gateway has it stored.
"""
NOTES_DIRECT = """USE_AI_GATEWAY=false
AUTOGEN_MODEL=llama-3.1-8b-instant
OPENAI_BASE_URL=https://api.groq.com/openai/v1
GROQ_API_KEY=gsk_xxx...                  # Required for direct calls
"""
# The test the notes ran: compat, bare retired model, and a dummy Authorization.
NOTES_COMPAT = """USE_AI_GATEWAY=true
AUTOGEN_MODEL=llama-3.1-8b-instant
OPENAI_BASE_URL=https://gateway.ai.cloudflare.com/v1/abc123/omni/compat
CF_GATEWAY_TOKEN=wnMfLUc38oC3tn9_dQpw...
GROQ_API_KEY=dummy-key
"""


def _lint(tmp_path: Path, text: str, capsys: pytest.CaptureFixture[str]) -> dict[str, dict]:
    env = tmp_path / ".env"
    env.write_text(text)
    code = main(["lint", "--format", "json", str(env)])
    out = capsys.readouterr().out
    assert code == 1
    findings = json.loads(out)["files"][0]["findings"]
    return {f["code"]: f for f in findings}


def test_gateway_env_from_the_notes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    found = _lint(tmp_path, NOTES_GATEWAY, capsys)
    assert found["SW301"]["line"] == 2 and "openai/gpt-oss-20b" in found["SW301"]["fix"]
    assert found["SW218"]["line"] == 3  # abc123 is not a 32-hex account ID
    assert found["SW402"]["line"] == 4  # a token ending in ... is truncated
    assert "wnMfLUc38oC3tn9" not in json.dumps(found)


def test_direct_env_from_the_notes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    found = _lint(tmp_path, NOTES_DIRECT, capsys)
    assert {"SW301", "SW502"} <= set(found)


def test_compat_test_from_the_notes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    found = _lint(tmp_path, NOTES_COMPAT, capsys)
    # Bare model on compat is gateway code 2005; the fix must not propose a retired model.
    assert "groq/openai/gpt-oss-20b" in found["SW303"]["fix"]
    assert "groq/llama-3.1-8b-instant" not in found["SW303"]["fix"]
    assert found["SW502"]["key"] == "GROQ_API_KEY"  # "dummy-key" is a placeholder


def test_the_error_the_notes_took_for_success(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    """"The error we got was Cloudflare's error format, proving the request went through":
    it was the gateway refusing a bare model on compat (2005)."""
    env = tmp_path / ".env"
    env.write_text(NOTES_COMPAT)
    body = ('{"success":false,"result":[],"messages":[],"error":[{"code":2005,'
            '"message":"Failed to get response from provider"}]}')
    monkeypatch.setattr("sys.stdin", __import__("io").StringIO(f"Error code: 400 - {body}"))
    code = main(["explain", "--format", "json", "--env-file", str(env)])
    data = json.loads(capsys.readouterr().out)
    assert code == 4
    assert (data["origin"], data["cause"], data["code"]) == ("cloudflare-gateway",
                                                             "gateway-route", 2005)
    assert "groq/openai/gpt-oss-20b" in data["hint"]
