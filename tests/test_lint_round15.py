"""What lint learnt in session 14 (issue 12): the conventions of names it had misread, each
from the client's own source, and a host typo under any API-URL name. Each rule fires on its
family and stays silent on a look-alike. Every file here is written for the test; none comes
from the corpus."""

from __future__ import annotations

import pytest

from setup_wizard.lint.engine import lint_text

GSK = "gsk_" + "A1b2C3d4" * 6 + "abcd"


def _found(text: str, *codes: str) -> list[tuple[str, str | None, str]]:
    return [(f.code, f.key, f.severity) for f in lint_text(text, environ={})
            if not codes or f.code in codes]


# -- OLLAMA_HOST: host:port is its documented form -------------------------------------------
@pytest.mark.parametrize("value", ["0.0.0.0", "0.0.0.0:11434", "localhost:11434", "[::1]:11434",
                                   "ollama:11434", "gpu-box.lan", "http://[::1]:11434"])
def test_ollama_host_without_a_scheme_is_right(value: str) -> None:
    # ollama-python's _parse_host (and Ollama's CLI) put http:// in front, port 11434 if none.
    assert _found(f"OLLAMA_HOST={value}\nOLLAMA_MODEL=llama3.2\n", "SW211") == []


def test_a_scheme_is_still_required_under_a_name_whose_client_adds_none() -> None:
    assert ("SW211", "LLM_BASE_URL", "error") in _found(
        "LLM_BASE_URL=localhost:11434/v1\n", "SW211")
    # openai-php adds https://, so a local server there still needs its http:// written.
    assert ("SW211", "OPENAI_BASE_URI", "error") in _found(
        "OPENAI_BASE_URI=localhost:8080/v1\n", "SW211")
    assert _found("OPENAI_BASE_URI=api.openai.com/v1\n", "SW211") == []


def test_no_ipv6_host_gets_a_broken_fix() -> None:
    # Under a name whose client adds no scheme, the fix keeps the brackets.
    fixes = [f.fix for f in lint_text("LLM_BASE_URL=[::1]:11434/v1\n", environ={})
             if f.code == "SW211"]
    assert fixes == ["set LLM_BASE_URL=http://[::1]:11434/v1"]  # loopback: http
    fixes = [f.fix for f in lint_text("LLM_BASE_URL=[2001:db8::5]:8000/v1\n", environ={})
             if f.code == "SW211"]
    assert fixes == ["set LLM_BASE_URL=https://[2001:db8::5]:8000/v1"]


# -- *_BASE_URI: an app's own name (PHP's base_uri), not a misspelt *_BASE_URL ----------------
def test_groq_base_uri_holding_the_whole_base_is_right() -> None:
    text = f"GROQ_API_KEY={GSK}\nGROQ_BASE_URI=https://api.groq.com/openai/v1\n"
    assert _found(text, "SW109", "SW222") == []


def test_groq_base_uri_is_still_judged_as_a_base_url() -> None:
    text = f"GROQ_API_KEY={GSK}\nGROQ_BASE_URI=https://api.groq.com/openai/v1/chat/completions\n"
    assert ("SW229", "GROQ_BASE_URI", "warning") in _found(text, "SW229")
    assert ("SW212", "GROQ_BASE_URI", "error") in _found(
        "GROQ_BASE_URI=https://api.grq.com/openai/v1\n", "SW212")


def test_a_real_misspelling_is_still_said() -> None:
    assert ("SW109", "GROQ_BSE_URL", "warning") in _found(
        "GROQ_BSE_URL=https://api.groq.com\n", "SW109")


# -- a provider's host mistyped, under any name that holds the URL -----------------------------
@pytest.mark.parametrize("name", ["CHAT_API_URL", "GROQ_URL", "MY_GROQ_BASE_URL", "OPENAI_API_URL"])
@pytest.mark.parametrize("host,meant", [("api.gorq.com", "api.groq.com"),
                                        ("api.opanai.com", "api.openai.com"),
                                        ("openruter.ai", "openrouter.ai")])
def test_a_host_typo_is_said_under_any_url_name(name: str, host: str, meant: str) -> None:
    found = [f for f in lint_text(f"{name}=https://{host}/v1\n", environ={})
             if f.code == "SW212"]
    assert found and found[0].key == name and meant in found[0].message


@pytest.mark.parametrize("host", ["api.together.xyz", "api.fireworks.ai", "api.cohere.com",
                                  "api.moonshot.cn", "api.z.ai", "api.siliconflow.cn",
                                  "api.deepinfra.com", "api.example.com"])
def test_another_services_real_host_is_no_typo(host: str) -> None:
    assert _found(f"CHAT_API_URL=https://{host}/v1\n", "SW212") == []
