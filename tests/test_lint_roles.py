"""Lint on any app's names: each name keeps its own client's rules, what is absent is an error
only when it must exist, and ${OTHER} is followed as python-dotenv follows it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from dotenv import dotenv_values
from hypothesis import given, settings
from hypothesis import strategies as st
from lint_support import ACCT, GSK, GW_URL, OPENAI_KEY, STORED, TOKEN, assert_no_secret

from setup_wizard.cli import main
from setup_wizard.config import envfile
from setup_wizard.lint.engine import lint_text


def codes(text: str, environ: dict[str, str] | None = None) -> list[tuple[str, str | None]]:
    return [(f.code, f.key) for f in lint_text(text, environ=environ or {})]


# -- each name keeps its own client's rules ------------------------------------------------
def test_the_same_url_is_right_for_the_openai_sdk_and_doubled_for_the_groq_sdk() -> None:
    url = "https://api.groq.com/openai/v1"
    assert codes(f"OPENAI_BASE_URL={url}\nOPENAI_API_KEY={GSK}\n") == []
    assert codes(f"GROQ_BASE_URL={url}\nGROQ_API_KEY={GSK}\n") == [("SW222", "GROQ_BASE_URL")]
    assert codes(f"GROQ_BASE_URL=https://api.groq.com\nGROQ_API_KEY={GSK}\n") == []


def test_a_name_two_clients_read_differently_accepts_both_spellings() -> None:
    """GROQ_API_BASE: ChatGroq hands it to the Groq SDK (host only), LiteLLM uses it whole."""
    for url in ("https://api.groq.com", "https://api.groq.com/openai/v1"):
        assert codes(f"GROQ_API_BASE={url}\n") == []
    assert codes("GROQ_API_BASE=https://api.groq.com/v1\n") == [("SW222", "GROQ_API_BASE")]


def test_a_groq_key_in_openai_api_key_goes_where_the_base_url_points() -> None:
    assert codes(f"OPENAI_BASE_URL=https://api.groq.com/openai/v1\nOPENAI_API_KEY={GSK}\n") == []
    found = lint_text(f"OPENAI_API_KEY={GSK}\n", environ={})
    assert [(f.code, f.key) for f in found] == [("SW504", "OPENAI_API_KEY")]
    assert "sends it to https://api.openai.com/v1" in found[0].message
    assert found[0].fix == "set OPENAI_BASE_URL=https://api.groq.com/openai/v1"
    to_openai = f"OPENAI_BASE_URL=https://api.openai.com/v1\nOPENAI_API_KEY={GSK}\n"
    assert codes(to_openai) == [("SW504", "OPENAI_API_KEY")]
    assert_no_secret(*(f.message + (f.fix or "") for f in found))


def test_an_openai_key_sent_to_groq_is_an_error() -> None:
    text = f"OPENAI_API_BASE=https://api.groq.com/openai/v1\nOPENAI_API_KEY={OPENAI_KEY}\n"
    assert ("SW504", "OPENAI_API_KEY") in codes(text)


def test_openai_api_base_alone_is_said_to_be_ignored_by_the_openai_sdk() -> None:
    found = lint_text("OPENAI_API_BASE=https://api.groq.com/openai/v1\n", environ={})
    assert [(f.code, f.severity) for f in found] == [("SW114", "warning")]
    assert "reads OPENAI_BASE_URL" in found[0].message
    assert codes("OPENAI_BASE_URL=https://api.groq.com/openai/v1\n"
                 "OPENAI_API_BASE=https://api.groq.com/openai/v1\n") == []


@pytest.mark.parametrize("model, code", [
    ("groq/llama-3.3-70b-versatile", "SW301"),  # LiteLLM's provider prefix
    ("groq/openai/gpt-oss-20b", None),
])
def test_litellm_model_names_keep_their_prefix(model: str, code: str | None) -> None:
    found = lint_text(f"LLM_MODEL={model}\nGROQ_API_KEY={GSK}\n", environ={})
    assert [f.code for f in found] == ([code] if code else [])
    if code:
        assert found[0].fix and found[0].fix.startswith("set LLM_MODEL=groq/openai/gpt-oss-120b")


def test_gpt_researcher_models_are_provider_colon_model() -> None:
    text = (f"GROQ_API_KEY={GSK}\nFAST_LLM=groq:Mixtral-8x7b-32768\n"
            "SMART_LLM=groq:openai/gpt-oss-20b\n")
    found = lint_text(text, environ={})
    assert [(f.code, f.key) for f in found] == [("SW301", "FAST_LLM")]
    assert found[0].fix and found[0].fix.startswith("set FAST_LLM=groq:openai/gpt-oss-20b")


def test_a_value_that_is_a_token_or_a_gateway_url_is_checked_under_any_name() -> None:
    text = (f"MY_LLM_ENDPOINT=https://gateway.ai.cloudflare.com/v1/{ACCT}/omni/groq/openai/v1\n"
            f"SOMETHING_SECRET={TOKEN}\nMODEL=openai/gpt-oss-20b\n")
    found = lint_text(text, environ={})
    assert [(f.code, f.key) for f in found] == [("SW216", "MY_LLM_ENDPOINT")]
    assert "MY_LLM_ENDPOINT read as the base URL: its value is a gateway URL" in found[0].message


# -- what is absent ---------------------------------------------------------------------------
def test_a_file_holding_only_a_base_url_is_judged_on_the_base_url() -> None:
    assert codes(f"OPENAI_BASE_URL={GW_URL}\n") == []
    assert codes(f"OPENAI_BASE_URL={GW_URL}/chat/completions\n") == [
        ("SW213", "OPENAI_BASE_URL")]


def test_a_groq_key_alone_is_the_groq_sdk_and_complete() -> None:
    assert codes(f"GROQ_API_KEY={GSK}\n") == []


def test_init_vocabulary_makes_the_missing_model_and_url_errors() -> None:
    """A file in init's names (USE_AI_GATEWAY, AI_GATEWAY_MODE) clearly configures the path."""
    text = f"USE_AI_GATEWAY=false\nGROQ_API_KEY={GSK}\n"
    assert {c for c, _k in codes(text)} == {"SW210", "SW300"}
    assert codes(f"GROQ_API_KEY={GSK}\nMODEL=openai/gpt-oss-20b\n") == []


# -- ${OTHER} -------------------------------------------------------------------------------
def test_references_are_followed_from_the_file_then_the_environment(
        capsys: pytest.CaptureFixture[str], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    text = "OPENAI_BASE_URL=https://${HOST}/openai/v1\nHOST=api.groq.com\n"
    # python-dotenv reads in order: HOST is not set yet when the URL is read.
    assert dotenv_values(stream=__import__("io").StringIO(text))["OPENAI_BASE_URL"] == \
        "https:///openai/v1"
    # The file sets HOST, but only after the line that uses it (SW119).
    assert [f.code for f in lint_text(text, environ={})] == ["SW119"]
    assert codes(text, environ={"HOST": "api.groq.com"}) == []
    assert codes(text, environ={"HOST": "api.groq.co"}) == [("SW212", "OPENAI_BASE_URL")]
    # The info finding never fails the run, not even with --strict; GitHub shows a notice.
    env = tmp_path / ".env"
    env.write_text(STORED.replace(f"={TOKEN}", "=${CI_TOKEN}"))
    monkeypatch.delenv("CI_TOKEN", raising=False)
    assert main(["lint", "--strict", "--format", "github", str(env)]) == 0
    out = capsys.readouterr().out
    assert "::notice " in out and "cannot check: comes from CI_TOKEN" in out
    assert main(["lint", "--format", "json", str(env)]) == 0
    assert json.loads(capsys.readouterr().out)["summary"]["info"] == 1


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="${}:-ab_", max_size=30))
def test_references_are_found_exactly_as_python_dotenv_finds_them(value: str) -> None:
    from dotenv.variables import _posix_variable

    want = [(m.start(), m.end(), m["name"], m["default"])
            for m in _posix_variable.finditer(value)]
    assert envfile.find_refs(value) == want


def test_expansion_matches_dotenv_values() -> None:
    text = ("A=1\nB=${A}-${MISSING:-dflt}-${NOPE}\nC=${B}${B}\nA=2\nD=${A}\n"
            "E=${FROM_ENV}\n")
    pairs = [(e.key, e.value) for e in envfile.parse(text) if e.key]
    values, missing = envfile.expand(pairs, {"FROM_ENV": "env"})
    import os

    os.environ["FROM_ENV"] = "env"
    try:
        assert values == dict(dotenv_values(stream=__import__("io").StringIO(text)))
    finally:
        del os.environ["FROM_ENV"]
    assert missing == {"B": ["NOPE"], "C": ["NOPE"]}
