"""The files the wizard writes lint clean, and lint reads values exactly as python-dotenv does.

These tests may import pydantic (they build a Config); only the lint path itself must not.
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from dotenv import dotenv_values
from lint_support import ACCT, GSK, GW_URL, STORED, TOKEN

from setup_wizard.config import templating
from setup_wizard.config.model import Config
from setup_wizard.lint.engine import lint_text

GOLDEN = Path(__file__).parent / "golden"

CANONICAL = {
    "gateway-stored-key": dict(mode="gateway-stored-key", account_id=ACCT, gateway_id="omni",
                               cf_token=TOKEN),
    "gateway-request-key": dict(mode="gateway-request-key", account_id=ACCT, gateway_id="omni",
                                cf_token=TOKEN, provider_key=GSK),
    "direct": dict(mode="direct", provider_key=GSK),
}


@pytest.mark.parametrize(("mode", "endpoint"), [
    ("gateway-stored-key", "provider"), ("gateway-stored-key", "compat"),
    ("gateway-request-key", "provider"), ("gateway-request-key", "compat"),
    ("direct", "provider"),
])
def test_canonical_files_lint_clean(mode: str, endpoint: str) -> None:
    config = Config.build(provider="groq", model="openai/gpt-oss-20b", endpoint=endpoint,
                          **CANONICAL[mode])
    text = templating.env_text(config, None)
    assert lint_text(text) == []


def test_merged_into_a_messy_file_lints_clean() -> None:
    """init's merge keeps unrelated lines; the result must still lint clean."""
    config = Config.build(provider="groq", model="openai/gpt-oss-20b", **CANONICAL["direct"])
    existing = "export DEBUG=1\nOPENAI_BASE_URL=http://old\nOPENAI_BASE_URL=http://older\n"
    assert lint_text(templating.env_text(config, existing)) == []


@pytest.mark.parametrize("golden", sorted(GOLDEN.glob("*.env")), ids=lambda p: p.name)
def test_init_golden_files_have_no_lint_error(golden: Path) -> None:
    findings = lint_text(golden.read_text(encoding="utf-8"), str(golden))
    assert [f for f in findings if f.severity == "error"] == []


def test_dotenv_syntax_the_app_reads_fine_is_not_reported() -> None:
    """Multi-line quotes, `export `, inline comments, single quotes, blank lines."""
    text = (
        "# comment\n\n"
        "export AI_GATEWAY_MODE=gateway-stored-key   # recorded by init\n"
        "USE_AI_GATEWAY='true'\n"
        f'OPENAI_BASE_URL="{GW_URL}"  # the gateway\n'
        "\n\n"
        "AUTOGEN_MODEL = openai/gpt-oss-20b\n"
        f"CF_GATEWAY_TOKEN={TOKEN}\n"
        'PEM="-----BEGIN KEY-----\nabc\n-----END KEY-----"\n'
    )
    values = dotenv_values(stream=io.StringIO(text))
    assert values["OPENAI_BASE_URL"] == GW_URL and values["AUTOGEN_MODEL"] == "openai/gpt-oss-20b"
    # Only SW122's info: USE_AI_GATEWAY='true' is true to python-dotenv, but `docker run
    # --env-file` would hand the app 'true' with its quotes (said, never counted against it).
    found = lint_text(text)
    assert [(f.code, f.key, f.severity) for f in found] == [("SW122", "USE_AI_GATEWAY", "info")]


def test_line_numbers_point_at_the_key_after_blank_lines() -> None:
    text = STORED + "\n\n\nAUTOGEN_MODEL=llama-3.1-8b-instant\n"
    lines = {f.code: f.line for f in lint_text(text)}
    assert lines["SW301"] == 9 and lines["SW101"] == 9


def test_interpolation_from_the_file_is_followed() -> None:
    text = (f"ACCOUNT={ACCT}\nGATEWAY=omni\n" + STORED.replace(
        GW_URL, "https://gateway.ai.cloudflare.com/v1/${ACCOUNT}/${GATEWAY}/groq"))
    assert lint_text(text) == []
    odd = text.replace("GATEWAY=omni", "GATEWAY=Bad_Name!")
    assert "SW220" in [f.code for f in lint_text(odd)]  # unusual: a warning (UNCONFIRMED rule)
    spaced = text.replace("GATEWAY=omni", "GATEWAY=Bad Name")
    assert "SW226" in [f.code for f in lint_text(spaced)]  # a space cannot be in a URL


def test_values_from_the_runtime_environment_are_not_judged() -> None:
    """${CI_TOKEN} is filled in by the app's environment, which lint cannot see: not judged,
    and said (an info finding, which never fails the run)."""
    text = STORED.replace(f"CF_GATEWAY_TOKEN={TOKEN}", "CF_GATEWAY_TOKEN=${CI_TOKEN}")
    (f,) = lint_text(text, environ={})
    assert (f.code, f.severity, f.key, f.line) == ("SW111", "info", "CF_GATEWAY_TOKEN", 5)
    assert "cannot check: comes from CI_TOKEN" in f.message


def test_values_from_this_environment_are_followed() -> None:
    """python-dotenv takes ${OTHER} from the environment when the file lacks it."""
    text = STORED.replace(f"CF_GATEWAY_TOKEN={TOKEN}", "CF_GATEWAY_TOKEN=${CI_TOKEN}")
    assert lint_text(text, environ={"CI_TOKEN": TOKEN}) == []
    (f,) = lint_text(text, environ={"CI_TOKEN": "your-token"})
    assert f.code == "SW402" and "your-token" not in f.message


def test_crlf_is_read_like_python_dotenv() -> None:
    """python-dotenv opens files in text mode: a CRLF inside quotes is one LF."""
    text = STORED.replace("\n", "\r\n") + 'NOTE="a\r\nb"\r\n'
    assert [f.code for f in lint_text(text)] == ["SW107"]


def _drop(text: str, key: str) -> str:
    return "".join(ln for ln in text.splitlines(keepends=True) if not ln.startswith(key + "="))


def test_hand_written_files_are_judged_by_inference() -> None:
    """No AI_GATEWAY_MODE: gateway URL without a provider key is stored-key mode, with one it
    is request-key mode; either way the gateway token is required."""
    stored = _drop(STORED, "AI_GATEWAY_MODE")
    assert lint_text(stored) == []
    request = stored + f"GROQ_API_KEY={GSK}\n"
    assert lint_text(request) == []  # the key is expected here, so no SW505
    assert [f.code for f in lint_text(_drop(request, "CF_GATEWAY_TOKEN"))] == ["SW401"]
    assert [f.code for f in lint_text(request.replace(GSK, "sk-dummy"))] == ["SW502"]
    explicit = "AI_GATEWAY_MODE=gateway-stored-key\n" + request
    assert [f.code for f in lint_text(explicit)] == ["SW505"]
