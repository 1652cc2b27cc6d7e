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


# -- an Anthropic client pointed at a vendor's OpenAI-format base, and the reverse ------------
@pytest.mark.parametrize("url,fixed", [
    ("https://api.z.ai/api/coding/paas/v4", "https://api.z.ai/api/anthropic"),
    ("https://api.z.ai/api/paas/v4/", "https://api.z.ai/api/anthropic"),
    ("https://open.bigmodel.cn/api/paas/v4", "https://open.bigmodel.cn/api/anthropic"),
    ("https://api.moonshot.ai/v1", "https://api.moonshot.ai/anthropic"),
    ("https://api.deepseek.com/v1", "https://api.deepseek.com/anthropic"),
    ("https://api.deepseek.com", "https://api.deepseek.com/anthropic"),
])
def test_claude_code_at_a_vendors_openai_format_base_is_an_error(url: str, fixed: str) -> None:
    found = [f for f in lint_text(f"ANTHROPIC_BASE_URL={url}\nANTHROPIC_AUTH_TOKEN=t\n",
                                  environ={}) if f.code == "SW222"]
    assert [(f.severity, f.fix) for f in found] == [("error", f"set ANTHROPIC_BASE_URL={fixed}")]


@pytest.mark.parametrize("url", ["https://api.z.ai/api/anthropic", "https://api.moonshot.cn/anthropic/",
                                 "https://api.deepseek.com/anthropic", "https://api.anthropic.com",
                                 "https://openrouter.ai/api"])
def test_claude_code_at_an_anthropic_format_base_is_right(url: str) -> None:
    assert _found(f"ANTHROPIC_BASE_URL={url}\n", "SW222", "SW228") == []


def test_an_openai_style_client_at_a_vendors_anthropic_format_base() -> None:
    # The OpenAI SDK's own name: an error; an app's own name: said (it may speak Anthropic's).
    assert ("SW222", "OPENAI_BASE_URL", "error") in _found(
        "OPENAI_BASE_URL=https://api.moonshot.ai/anthropic\n", "SW222")
    assert ("SW228", "LLM_BASE_URL", "warning") in _found(
        "LLM_BASE_URL=https://api.z.ai/api/anthropic\n", "SW228")
    assert _found("CLAUDE_BASE_URL=https://api.z.ai/api/anthropic\n", "SW222", "SW228") == []
    assert _found("OPENAI_BASE_URL=https://api.z.ai/api/paas/v4\n", "SW222", "SW228") == []


# -- a template's word left in a URL -----------------------------------------------------------
@pytest.mark.parametrize("url,word", [("http://localhost:PORT/v1", "PORT"),
                                      ("http://192.168.1.5:<port>/v1", "<port>")])
def test_a_word_where_the_port_goes_is_said_as_such(url: str, word: str) -> None:
    found = [f for f in lint_text(f"LLM_BASE_URL={url}\n", environ={}) if f.code == "SW211"]
    assert len(found) == 1 and repr(word) in found[0].message
    assert "gateway" not in (found[0].fix or "")  # (it had suggested a gateway URL)


def test_a_port_from_a_reference_is_not_judged() -> None:
    assert _found("OPENAI_BASE_URL=http://localhost:${PORT}/v1\n", "SW211") == []


@pytest.mark.parametrize("value", ["<endpoint>", "YOUR_BASE_URL", "your-api-base/v1"])
def test_a_placeholder_base_url_is_said_as_one(value: str) -> None:
    found = [f for f in lint_text(f"LLM_BASE_URL={value}\n", environ={}) if f.code == "SW211"]
    assert len(found) == 1 and "placeholder" in found[0].message
    assert "https://" not in (found[0].fix or "")  # not https://<endpoint>


def test_a_url_without_its_scheme_is_still_said_so() -> None:
    found = [f for f in lint_text("LLM_BASE_URL=api.groq.com/openai/v1\n", environ={})
             if f.code == "SW211"]
    assert found and "placeholder" not in found[0].message


# -- a nested setting's name (Dynaconf, pydantic-settings) -------------------------------------
def test_a_double_underscore_name_is_no_misspelling() -> None:
    assert _found("OPENAI__API_BASE=https://api.groq.com/openai/v1\n", "SW109") == []
    assert ("SW109", "OPENAI_API_BSE", "warning") in _found(
        "OPENAI_API_BSE=https://api.groq.com/openai/v1\n", "SW109")


# -- review: the port word's message never shows a password -----------------------------------
@pytest.mark.parametrize("url", ["https://bob:Sup3rS3cretPw@proxy.example.com:PORT/v1",
                                 "http://user:hunter2xyz@localhost:<port>/v1"])
def test_a_port_word_after_credentials_never_shows_the_password(url: str) -> None:
    found = [f for f in lint_text(f"LLM_BASE_URL={url}\n", environ={}) if f.code == "SW211"]
    assert found
    for f in found:
        text = f.message + (f.fix or "")
        assert "Sup3rS3cretPw" not in text and "hunter2xyz" not in text
    assert any("PORT" in f.message or "<port>" in f.message for f in found)


# -- review: another service's API host near ours in whole-string closeness --------------------
@pytest.mark.parametrize("name,url", [("OPENDOTA_API_URL", "https://api.opendota.com/api"),
                                      ("DOTA_API_URL", "https://api.opendota.com/api"),
                                      ("GROUPS_API_URL", "https://api.group.com/v1"),
                                      ("Y_API_URL", "https://api.y.ai/v1")])
def test_another_apis_host_beside_an_llm_setting_is_no_typo(name: str, url: str) -> None:
    # OpenDota's API shares api. and .com with api.openai.com (difflib's ratio 0.87), but its
    # name is three letters off: not OpenAI's URL mistyped, and not the file's base URL.
    text = f"{name}={url}\nLLM_MODEL=gpt-4o\n"
    assert _found(text, "SW212", "SW222") == []


def test_a_host_that_names_a_brand_is_fixed_to_that_vendors_host() -> None:
    # api.grok.com is a letter off api.groq.com, but it says Grok: xAI's host is the fix.
    for name in ("OPENAI_BASE_URL", "CHAT_API_URL"):
        found = [f for f in lint_text(f"{name}=https://api.grok.com/v1\n", environ={})
                 if f.code == "SW212"]
        assert found and "api.x.ai" in found[0].message and "groq" not in (found[0].fix or "")


def test_no_llm_settings_says_which_vendor_key_it_does_not_judge() -> None:
    key = "sk-ant-api03-" + "Zx9" * 30
    found = [f for f in lint_text(f"ANTHROPIC_API_KEY={key}\n", environ={}) if f.code == "SW110"]
    assert len(found) == 1 and "ANTHROPIC_API_KEY is set" in found[0].message
    assert key not in found[0].message and key[-8:] not in found[0].message  # never the value
    plain = [f for f in lint_text("FOO=bar\n", environ={}) if f.code == "SW110"]
    assert plain and plain[0].message.startswith("none of the LLM settings")


def test_a_retired_model_beside_a_mistyped_gateway_host_is_judged_as_there() -> None:
    # The property test's case: SW212's fix brought SW301 (the typo host had been taken for
    # another host with its own schedule, SW317). Once fixed the requests go to the gateway.
    text = ("OPENAI_BASE_URL=https://gateway.ai.cloudfare.com/v1/d4ba2e3c15c942c374380afd7fb7f441"
            "/omni/groq\nCF_AIG_TOKEN=cfut_" + "LiNtToKeN7q" * 4 + "\nMODEL=llama-3.1-8b-instant\n")
    codes = {c for c, _k, _s in _found(text)}
    assert "SW301" in codes and "SW317" not in codes
