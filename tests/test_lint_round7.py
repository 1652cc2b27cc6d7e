"""What lint learnt in session 6 (issue 12, tune half only): Mistral's retired models, and
which of several API URLs under names no row knows is the base URL. Each rule fires on its
family and stays silent on a look-alike."""

from __future__ import annotations

from lint_support import errors

from setup_wizard.config import model_facts
from setup_wizard.lint.engine import lint_text

KEY = "AbCdEfGh12345678" * 2  # a Mistral key's length; its shape is not documented


def test_a_model_mistral_retired_is_an_error_with_its_replacement() -> None:
    text = f"MISTRAL_API_KEY={KEY}\nMISTRAL_MODEL=pixtral-12b-2409\n"
    found = [f for f in lint_text(text, environ={}) if f.code == "SW301"]
    assert [f.key for f in found] == ["MISTRAL_MODEL"]
    assert "2025-12-31" in found[0].message and "ministral-14b-latest" in (found[0].fix or "")
    # Through the OpenAI SDK pointed at Mistral, the same.
    assert ("SW301", "OPENAI_MODEL") in errors(
        "OPENAI_BASE_URL=https://api.mistral.ai/v1\nOPENAI_MODEL=open-mixtral-8x7b\n")


def test_mistrals_aliases_and_current_models_stay_clean() -> None:
    for model in ("mistral-small-latest", "mistral-large-latest", "devstral-latest",
                  "open-mistral-nemo", "ministral-8b-2512"):
        assert errors(f"MISTRAL_API_KEY={KEY}\nMISTRAL_MODEL={model}\n") == set(), model
    # No alias is in the table: the cards do not say whether an alias moved.
    assert all(not m.id.endswith("-latest") for m in model_facts.MISTRAL_RETIRED)


def test_of_several_api_urls_the_one_that_says_where_is_the_base_url() -> None:
    # A provider's own URL and a gateway URL missing its gateway and provider, under names
    # no row knows: the same errors whichever line comes first.
    lines = ["OPENROUTER_TOKEN=sk-or-v1-" + "c0ffee42" * 8,
             "OPENROUTER_API_URL=https://openrouter.ai/api/v1",
             "CLOUDFLARE_GATEWAY_URL=https://gateway.ai.cloudflare.com/v1/"
             "5f1c2a9e8b7d4c3a2f1e0d9c8b7a6f5e/",
             "CLOUDFLARE_API_TOKEN=cfut_" + "CoRpUsToKeN" * 4]
    forward, backward = errors("\n".join(lines)), errors("\n".join(reversed(lines)))
    assert forward == backward == {("SW221", "CLOUDFLARE_GATEWAY_URL")}


def test_two_settings_on_one_line_are_an_error_on_the_first() -> None:
    key = "gsk_" + "CoRpUsStAnDiN" * 4
    text = f"API_KEY={key} BASE_URL=https://api.groq.com/openai/v1\n"
    found = [f for f in lint_text(text, environ={}) if f.code == "SW116"]
    assert [(f.key, f.severity) for f in found] == [("API_KEY", "error")]
    assert key not in found[0].message + (found[0].fix or "")
    # A quoted value holds what it holds; options and lower-case words are not settings.
    for text in (f'API_KEY="{key} BASE_URL=x"\n', "DOCKER_ARGS=-e FOO=bar\n",
                 "LOG_FORMAT=%(asctime)s level=INFO\n", "JAVA_OPTS=-Xmx1g -Dfoo=bar\n"):
        assert not [f for f in lint_text(text, environ={}) if f.code == "SW116"], text


def test_a_gateway_url_with_another_providers_key_set_needs_its_token() -> None:
    url = ("GOOGLE_PROXY_URL=https://gateway.ai.cloudflare.com/v1/"
           "0123456789abcdef0123456789abcdef/gemini-gateway/google-ai-studio\n")
    assert ("SW401", "CF_AIG_TOKEN") in errors(url + "GROQ_API_KEY=gsk_" + "a1B2" * 13 + "\n")
    assert errors(url + "GROQ_API_KEY=\n") == set()
