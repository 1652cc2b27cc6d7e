"""What lint learnt in session 13 (issue 12), from mistakes made on purpose, one family at a
time, under names no row knows (LLM_*, CHAT_*): the checks a well-known name gets hold there
too. Each rule fires on its family and stays silent on a look-alike. Every file here is
written for the test; none comes from the corpus."""

from __future__ import annotations

import pytest

from setup_wizard.lint.engine import lint_text
from setup_wizard.lint.models import vendor_of

GSK = "gsk_" + "A1b2C3d4" * 6 + "abcd"
OPENAI_KEY = "sk-proj-" + "Ab12Cd34" * 5


def _found(text: str, *codes: str) -> list[tuple[str, str | None, str]]:
    return [(f.code, f.key, f.severity) for f in lint_text(text, environ={})
            if not codes or f.code in codes]


# -- the hosts of providers known by their catalog (Anthropic, Google) -------------------------
@pytest.mark.parametrize("name", ["ANTHROPIC_BASE_URL", "OPENAI_BASE_URL", "LLM_BASE_URL"])
def test_http_to_anthropics_or_googles_api_is_an_error_under_any_name(name: str) -> None:
    assert ("SW211", name, "error") in _found(f"{name}=http://api.anthropic.com\n", "SW211")
    assert ("SW211", name, "error") in _found(
        f"{name}=http://generativelanguage.googleapis.com/v1beta/openai\n", "SW211")
    assert _found(f"{name}=https://api.anthropic.com\n", "SW211", "SW212") == []


def test_a_typo_of_a_catalog_providers_host_is_said() -> None:
    found = lint_text("OPENAI_BASE_URL=https://apii.anthropic.com/v1\n", environ={})
    sw212 = [f for f in found if f.code == "SW212"]
    assert sw212 and "api.anthropic.com" in sw212[0].message
    # Its own host, and a host that is simply another one, are no typo.
    assert _found("OPENAI_BASE_URL=https://api.anthropic.com/v1\n", "SW212") == []
    assert _found("OPENAI_BASE_URL=https://api.example.com/v1\n", "SW212") == []


def test_an_unknown_apps_base_on_googles_api_ending_in_the_endpoint_is_a_warning() -> None:
    url = "https://generativelanguage.googleapis.com/v1beta/openai/chat/completions"
    assert _found(f"LLM_BASE_URL={url}\n", "SW229", "SW213") == \
        [("SW229", "LLM_BASE_URL", "warning")]
    # A name that says ENDPOINT may hold the whole endpoint: nothing to say.
    assert _found(f"LLM_ENDPOINT={url}\n", "SW229", "SW213") == []


# -- the key under the base URL's own word -----------------------------------------------------
@pytest.mark.parametrize("key", ["LLM_API_KEY", "LLM_KEY"])
def test_a_placeholder_key_beside_its_base_url_is_an_error(key: str) -> None:
    text = f"LLM_BASE_URL=https://api.openai.com/v1\n{key}=your_api_key_here\n"
    assert ("SW502", key, "error") in _found(text, "SW502")


def test_a_key_of_no_known_shape_under_an_apps_own_name_is_not_judged_by_shape() -> None:
    # The app may build its header from it (a proxy's key, a key it decodes): only a
    # placeholder is wrong whoever reads it.
    text = "LLM_BASE_URL=https://api.openai.com/v1\nLLM_API_KEY=abc123notakey\n"
    assert _found(text, "SW502", "SW503") == []
    # Under the SDK's own name the provider's rule holds, as before.
    assert ("SW503", "OPENAI_API_KEY", "error") in _found(
        "OPENAI_BASE_URL=https://api.openai.com/v1\nOPENAI_API_KEY=abc123notakey\n", "SW503")


def test_a_placeholder_under_another_clients_word_is_not_this_urls_key() -> None:
    text = ("LLM_BASE_URL=https://api.openai.com/v1\nLLM_API_KEY=" + OPENAI_KEY + "\n"
            "SEARCH_API_KEY=your_api_key_here\n")
    assert _found(text, "SW502") == []


# -- another vendor's own model ----------------------------------------------------------------
@pytest.mark.parametrize(("url", "model", "vendor", "to"), [
    ("https://api.groq.com/openai/v1", "gpt-4o", "OpenAI", "Groq"),
    ("https://api.openai.com/v1", "claude-sonnet-4-6", "Anthropic", "OpenAI"),
    ("https://api.mistral.ai/v1", "gemini-2.5-flash", "Google", "Mistral"),
    ("https://api.deepseek.com", "grok-4.3", "xAI (Grok)", "DeepSeek"),
])
def test_another_vendors_own_model_is_not_found_where_requests_go(
        url: str, model: str, vendor: str, to: str) -> None:
    found = lint_text(f"LLM_BASE_URL={url}\nLLM_MODEL={model}\n", environ={})
    sw316 = [f for f in found if f.code == "SW316"]
    assert [(f.key, f.severity) for f in sw316] == [("LLM_MODEL", "error")]
    assert f"only {vendor} serves" in sw316[0].message and f"go to {to}," in sw316[0].message


@pytest.mark.parametrize(("url", "model"), [
    ("https://openrouter.ai/api/v1", "anthropic/claude-sonnet-4-6"),  # a router serves all
    ("https://api.cerebras.ai/v1", "gpt-oss-120b"),  # open weights: served by many
    ("https://api.groq.com/openai/v1", "openai/gpt-oss-20b"),
    ("https://api.openai.com/v1", "gpt-6.1-terra"),  # the vendor's own API
    ("https://api.x.ai/v1", "grok-4.3"),
])
def test_a_model_served_where_requests_go_is_no_other_vendors(url: str, model: str) -> None:
    assert _found(f"LLM_BASE_URL={url}\nLLM_MODEL={model}\n", "SW316") == []


def test_with_no_base_url_a_clients_default_host_is_too_weak_to_say_so() -> None:
    # CUSTOM_OPENAI_BASE_URL may well be where this app sends OPENAI_MODEL (Linkwarden does).
    text = ("CUSTOM_OPENAI_BASE_URL=https://generativelanguage.googleapis.com/v1beta/openai\n"
            f"OPENAI_MODEL=gemini-2.5-flash\nOPENAI_API_KEY={OPENAI_KEY}\n")
    assert _found(text, "SW316") == []


def test_the_vendor_naming_table() -> None:
    assert vendor_of("claude-opus-4-8").slug == "anthropic"  # type: ignore[union-attr]
    assert vendor_of("o3-mini").slug == "openai"  # type: ignore[union-attr]
    for model in ("gpt-oss-120b", "gemma-3-27b-it", "llama-3.3-70b-versatile", "grok",
                  "anthropic.claude-3-5-sonnet-20240620-v1:0", "mistral-large-latest"):
        assert vendor_of(model) is None, model


def test_a_providers_url_without_its_scheme_under_any_name() -> None:
    # "api.groq.com/openai/v1" names Groq's API but no client can send to it.
    for name in ("CHAT_API_BASE", "AI_ENDPOINT_URL", "LLM_BASE_URL"):
        assert ("SW211", name, "error") in _found(f"{name}=api.groq.com/openai/v1\n", "SW211")
    assert ("SW211", "LLM_BASE_URL", "error") in _found(
        "LLM_BASE_URL=api.anthropic.com/v1\n", "SW211")


def test_a_bare_host_under_a_host_setting_is_not_a_url() -> None:
    # An app's *_HOST setting holds a host, its client adds the scheme (Ollama's OLLAMA_HOST).
    assert _found("GROQ_HOST=api.groq.com\n", "SW211") == []
    assert _found("DB_HOST=postgres.internal/db\n", "SW211") == []


# -- from a probe of real working files (78 public .env files linted as they are) -------------
def test_a_vendors_retired_model_on_a_host_with_its_own_schedule_is_a_warning() -> None:
    # Azure OpenAI and GitHub Models serve OpenAI's models on their own schedules, Bedrock
    # Anthropic's; a vendor's shutdown date is not theirs (SW317, not SW301).
    azure = ("AZURE_OPENAI_ENDPOINT=https://myres.openai.azure.com/\n"
             "OPENAI_MODEL=gpt-4.1-nano\n")
    github = ("BASE_URL=https://models.github.ai/inference/v1\n"
              "MODEL_NAME=openai/gpt-4.1-nano\n")
    bedrock = "AWS_REGION=us-east-1\nCLAUDE_MODEL=claude-3-5-sonnet-20240620\n"
    for text, name in ((azure, "OPENAI_MODEL"), (github, "MODEL_NAME"), (bedrock, "CLAUDE_MODEL")):
        found = _found(text, "SW301", "SW317")
        assert found == [("SW317", name, "warning")], (text, found)
    # At the vendor's own API, or with no other host in sight, it is gone: SW301.
    assert _found("OPENAI_BASE_URL=https://api.openai.com/v1\nOPENAI_MODEL=gpt-4.1-nano\n",
                  "SW301", "SW317") == [("SW301", "OPENAI_MODEL", "error")]
    assert _found("OPENAI_MODEL=gpt-4.1-nano\n", "SW301", "SW317") == \
        [("SW301", "OPENAI_MODEL", "error")]


def test_a_duplicate_of_a_setting_no_llm_client_reads_is_a_warning() -> None:
    # huggingface/chat-ui's .env sets its login switches twice; no request depends on them.
    text = "AUTOMATIC_LOGIN=false\nAUTOMATIC_LOGIN=# if true authentication is required\n"
    assert _found(text, "SW101", "SW121") == [("SW121", "AUTOMATIC_LOGIN", "warning")]
    # An LLM setting set twice still breaks the first request's reading: an error.
    text = "LLM_MODEL=gpt-4o\nLLM_MODEL=gpt-6-luna\n"
    assert _found(text, "SW101", "SW121") == [("SW101", "LLM_MODEL", "error")]
    # So is any name whose value is an LLM key or URL.
    text = f"MY_SECRET={GSK}\nMY_SECRET=gsk_other\n"
    assert _found(text, "SW101", "SW121") == [("SW101", "MY_SECRET", "error")]


@pytest.mark.parametrize("value", ["[YOUR_OPENAI_API_KEY]", "sk-or-v1-***", "sk-proj-**"])
def test_masked_and_bracketed_keys_are_placeholders(value: str) -> None:
    text = f"OPENAI_BASE_URL=https://openrouter.ai/api/v1\nOPENAI_API_KEY={value}\n"
    assert _found(text, "SW502", "SW503") == [("SW502", "OPENAI_API_KEY", "error")]


def test_another_vendors_model_sent_to_anthropics_or_googles_own_api() -> None:
    # Lint knows these two by their catalogs: requests on their hosts go to them.
    assert _found("OPENAI_BASE_URL=https://api.anthropic.com/v1\nMODEL=gpt-4o\n", "SW316") == \
        [("SW316", "MODEL", "error")]
    assert _found("OPENAI_BASE_URL=https://generativelanguage.googleapis.com/v1beta/openai\n"
                  "MODEL=claude-sonnet-4-6\n", "SW316") == [("SW316", "MODEL", "error")]
    assert _found("OPENAI_BASE_URL=https://api.anthropic.com/v1\nMODEL=claude-sonnet-4-6\n",
                  "SW316") == []


def test_an_openai_style_endpoint_under_an_anthropic_clients_name() -> None:
    # The Anthropic SDK (and Claude Code) append /v1/messages to ANTHROPIC_BASE_URL: an
    # OpenAI-style endpoint there is no base, and the fix is the bare host (following it
    # leaves nothing to say; SW229's fix, .../v1, had led to SW222).
    out = lint_text("ANTHROPIC_BASE_URL=https://api.anthropic.com/v1/chat/completions\n",
                    environ={})
    assert [(f.code, f.severity) for f in out] == [("SW222", "error")]
    assert out[0].fix == "set ANTHROPIC_BASE_URL=https://api.anthropic.com"
    assert _found("ANTHROPIC_BASE_URL=https://api.anthropic.com\n") == []
    # Under an app's own name it may be posted to as it is: a warning, as before.
    assert _found("LLM_BASE_URL=https://api.anthropic.com/v1/chat/completions\n", "SW229") == \
        [("SW229", "LLM_BASE_URL", "warning")]
