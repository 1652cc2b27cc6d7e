"""What lint learnt from the third round of real configurations (issue 12, tune half only):
each reading fires where it should and stays silent where the same value is right."""

from __future__ import annotations

import pytest
from lint_support import OPENAI_KEY, errors, found

from setup_wizard.lint.engine import lint_text

DEEPSEEK_KEY = "sk-" + "a1B2c3D4e5" * 3
OPENROUTER_KEY = "sk-or-v1-" + "0a1b2c3d" * 8


# -- a provider's Anthropic-format base URL --------------------------------------------------
@pytest.mark.parametrize(("name", "url", "key"), [
    ("PICO_DEEPSEEK_API_BASE", "https://api.deepseek.com/anthropic", DEEPSEEK_KEY),
    ("base_url", "https://api.deepseek.com/anthropic", DEEPSEEK_KEY),
    ("OPENROUTER_BASE_URL", "https://openrouter.ai/api", OPENROUTER_KEY),
])
def test_an_anthropic_format_base_is_only_a_warning_for_an_unknown_client(
        name: str, url: str, key: str) -> None:
    text = f"{name}={url}\nAPI_KEY={key}\n"
    assert not errors(text)
    assert ("SW228", name) in found(text)  # right for an Anthropic client, wrong for an OpenAI one


def test_a_name_that_says_anthropic_takes_the_anthropic_format_base() -> None:
    text = f"ANTHROPIC_BASE_URL=https://openrouter.ai/api\nANTHROPIC_AUTH_TOKEN={OPENROUTER_KEY}\n"
    assert not {c for c, _k in found(text)} & {"SW222", "SW228"}


def test_the_openai_sdk_cannot_use_the_anthropic_format_base() -> None:
    text = f"OPENAI_BASE_URL=https://api.deepseek.com/anthropic\nOPENAI_API_KEY={DEEPSEEK_KEY}\n"
    assert ("SW222", "OPENAI_BASE_URL") in errors(text)


# -- a name that says ENDPOINT -----------------------------------------------------------------
def test_an_unknown_apps_endpoint_may_be_the_whole_endpoint() -> None:
    text = (f"OPENAI_ENDPOINT=https://api.openai.com/v1/chat/completions\n"
            f"OPENAI_API_KEY={OPENAI_KEY}\n")
    assert not {c for c, _k in found(text)} & {"SW213", "SW222"}


def test_the_sdks_base_url_with_the_endpoint_is_still_doubled() -> None:
    text = (f"OPENAI_BASE_URL=https://api.openai.com/v1/chat/completions\n"
            f"OPENAI_API_KEY={OPENAI_KEY}\n")
    assert ("SW213", "OPENAI_BASE_URL") in errors(text)


def test_a_wrong_base_inside_an_endpoint_is_still_judged() -> None:
    text = (f"OPENAI_ENDPOINT=https://api.openai.com/v2/chat/completions\n"
            f"OPENAI_API_KEY={OPENAI_KEY}\n")
    assert ("SW222", "OPENAI_ENDPOINT") in errors(text)


# -- hosts and routers -------------------------------------------------------------------------
@pytest.mark.parametrize("url", ["http://192.168..50:11434/v1", "https://api..groq.com/openai/v1"])
def test_a_host_with_an_empty_label_is_an_error(url: str) -> None:
    assert ("SW227", "OPENAI_BASE_URL") in errors(f"OPENAI_BASE_URL={url}\nOPENAI_API_KEY=x\n")


def test_the_empty_label_fix_keeps_the_scheme_and_never_guesses_an_address() -> None:
    fixes = {f.fix for f in lint_text("OPENAI_BASE_URL=http://my..box:8080/v1\n", environ={})
             if f.code == "SW227"}
    assert fixes == {"set OPENAI_BASE_URL=http://my.box:8080/v1"}
    fixes = {f.fix or "" for f in lint_text("OPENAI_BASE_URL=http://192.168..50:11434/v1\n",
                                            environ={}) if f.code == "SW227"}
    assert fixes and not any("192.168.50" in f for f in fixes)


def test_a_dotted_host_is_fine() -> None:
    assert "SW227" not in {c for c, _k in found("OPENAI_BASE_URL=http://192.168.1.50:11434/v1\n")}


def test_a_router_model_its_vendor_shut_down_is_named() -> None:
    text = (f"AGENT_PROVIDER=openrouter\nAGENT_MODEL=openrouter/openai/o3-mini\n"
            f"OPENROUTER_API_KEY={OPENROUTER_KEY}\n")
    assert ("SW312", "AGENT_MODEL") in found(text)
    assert ("SW312", "AGENT_MODEL") not in found(text.replace("o3-mini", "gpt-oss-20b"))
    # OpenRouter's deepseek/deepseek-chat is its own name, not DeepSeek's retired API alias
    other = text.replace("openrouter/openai/o3-mini", "deepseek/deepseek-chat")
    assert "SW312" not in {c for c, _k in found(other)}


# -- round 4 -----------------------------------------------------------------------------------
def test_a_typo_of_ollamas_base_url_name_is_seen() -> None:
    text = "OLLAMA_BASE_UR=http://192.168.10.146:11434\nINFERENCE_TEXT_MODEL=llama3.1:8b\n"
    assert ("SW109", "OLLAMA_BASE_UR") in found(text)
    assert "SW109" not in {c for c, _k in found(text.replace("_UR=", "_URL="))}


def test_a_vision_model_variable_is_judged_as_a_model() -> None:
    text = ("GROQ_API_KEY=gsk_" + "AbCdEfGh" * 6 + "Zq9Wx1Ab\n"
            "GROQ_VISION_MODEL=meta-llama/llama-4-maverick-17b-128e-instruct\n")
    assert ("SW301", "GROQ_VISION_MODEL") in errors(text)
    current = text.replace("meta-llama/llama-4-maverick-17b-128e-instruct", "openai/gpt-oss-20b")
    assert ("SW301", "GROQ_VISION_MODEL") not in errors(current)
    # an image-generation model's variable stays outside the model checks
    assert not {c for c, k in found("OPENAI_IMAGE_MODEL=dall-e-2\n") if k == "OPENAI_IMAGE_MODEL"}


def test_an_ipv4_with_an_empty_label_still_gets_the_urls_other_findings() -> None:
    text = "OPENAI_BASE_URL=192.168..50:11434/v1\nOPENAI_API_KEY=x\n"
    assert {("SW227", "OPENAI_BASE_URL"), ("SW211", "OPENAI_BASE_URL")} <= errors(text)
