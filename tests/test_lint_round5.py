"""What lint learnt from the fifth to eighth rounds of real configurations (issue 12, tune
halves only): each reading fires where it should and stays silent where the same value is
right."""

from __future__ import annotations

import pytest
from env_corpus_support import as_dotenv
from lint_support import OPENAI_KEY, errors, found

from setup_wizard.config import names
from setup_wizard.lint.engine import lint_text

ACCOUNT = "5f1c2a9e8b7d4c3a2f1e0d9c8b7a6f5e"
CF_TOKEN = "cfut_" + "Zx9Qw8Er7T" * 4 + "a1b2c3d4"  # the 2026 form: prefix, 40, checksum


# -- a retired id that only one provider ever served ------------------------------------------
@pytest.mark.parametrize(("name", "model"), [
    ("CLOUDFLARE_MODEL", "@cf/meta/llama-3-8b-instruct"),  # Workers AI, retired 2026-05-30
    ("WORKERS_AI_MODEL", "@cf/meta/llama-3.1-8b-instruct"),
    ("OPEN_MODEL_PREF", "gpt-3.5-turbo"),  # OpenAI's, under a name that says no provider
])
def test_a_retired_id_is_wrong_wherever_requests_go(name: str, model: str) -> None:
    assert ("SW301", name) in errors(f"{name}={model}\n")


@pytest.mark.parametrize(("name", "model"), [
    ("CLOUDFLARE_MODEL", "@cf/meta/llama-3.1-8b-instruct-fast"),  # its replacement, current
    ("OPEN_MODEL_PREF", "gpt-5.4-mini"),
    ("LLM_MODEL", "llama3"),  # an Ollama tag: nobody's retired id
    ("LLM_MODEL", "my-org/llama-3-8b-instruct"),  # someone's own vendor/model id
])
def test_a_current_or_foreign_id_stays_silent(name: str, model: str) -> None:
    assert not {c for c, _k in found(f"{name}={model}\n")} & {"SW301", "SW302"}


@pytest.mark.parametrize("text", [
    "OPENAI_BASE_URL=http://localhost:8080/v1\nOPENAI_MODEL=gpt-3.5-turbo\n",  # LocalAI's alias
    "OPENAI_BASE_URL=https://api.chatanywhere.tech/v1\nOPENAI_MODEL=gpt-3.5-turbo\n",  # a relay
    "AZURE_OPENAI_ENDPOINT=https://x.openai.azure.com\nAZURE_OPENAI_MODEL=o3-mini\n",
    "LLM_MODEL=Llama-4-Maverick-17B-128E-Instruct\n",  # SambaNova's current id, another case
])
def test_a_retired_id_where_another_server_may_serve_it_is_not_judged(text: str) -> None:
    assert "SW301" not in {c for c, _k in found(text)}


def test_a_retired_id_in_a_second_model_variable_is_named_too() -> None:
    text = ("LLM_PROVIDER=deepseek\nLLM_MODEL=deepseek-v4-flash\n"
            "LLM_PLANNER_MODEL=deepseek-reasoner\n")
    assert ("SW301", "LLM_PLANNER_MODEL") in errors(text)
    assert ("SW301", "LLM_MODEL") not in errors(text)


# -- Cloudflare's 2026 token form for Workers AI ------------------------------------------------
WORKERS = (f"OPENAI_BASE_URL=https://api.cloudflare.com/client/v4/accounts/{ACCOUNT}/ai/v1\n"
           "OPENAI_MODEL=@cf/meta/llama-3.3-70b-instruct-fp8-fast\n")


def test_a_prefixed_cloudflare_token_is_a_workers_ai_key() -> None:
    assert not {c for c, _k in found(WORKERS + f"CLOUDFLARE_API_TOKEN={CF_TOKEN}\n")} & \
        {"SW503", "SW504"}


def test_a_short_token_is_still_not_one() -> None:
    assert ("SW503", "CLOUDFLARE_API_TOKEN") in errors(WORKERS + "CLOUDFLARE_API_TOKEN=abc123\n")


# -- /chat/completions in an unknown app's base URL --------------------------------------------
def test_an_sdks_base_url_ending_in_chat_completions_is_an_error() -> None:
    text = f"OPENAI_BASE_URL=https://api.x.ai/v1/chat/completions\nOPENAI_API_KEY={OPENAI_KEY}\n"
    assert ("SW213", "OPENAI_BASE_URL") in errors(text)


def test_an_unknown_apps_whole_endpoint_is_only_a_warning() -> None:
    text = "KUBEBOLT_AI_BASE_URL=https://api.mistral.ai/v1/chat/completions\n" \
           "KUBEBOLT_AI_MODEL=mistral-large-latest\n"
    assert not errors(text)
    assert ("SW229", "KUBEBOLT_AI_BASE_URL") in found(text)


# -- the AI Gateway's token under an app's own name --------------------------------------------
@pytest.mark.parametrize("name", ["AI_GATEWAY_TOKEN", "GROQ_AIG_TOKEN", "CF_AIG_TOKEN"])
def test_names_that_say_ai_gateway_token_are_the_gateway_token(name: str) -> None:
    row = names.lookup(name)
    assert row is not None and row.role == "gateway_token"
    text = (f"GROQ_GATEWAY_URL=https://gateway.ai.cloudflare.com/v1/{ACCOUNT}/my-gateway/groq\n"
            f"{name}={CF_TOKEN}\n")
    assert not {c for c, _k in found(text)} & {"SW401"}


def test_another_products_ai_gateway_token_raises_nothing_against_its_own_url() -> None:
    text = ("OPENAI_BASE_URL=https://kong.example.com/ai/v1\nOPENAI_MODEL=gpt-5.4-mini\n"
            "KONG_AI_GATEWAY_TOKEN=kpat_5d1f0c2e9a7b4c3d8e6f1a2b3c4d5e6f\n")
    assert not {c for c, _k in found(text)} & {"SW401", "SW402", "SW403", "SW404", "SW405"}


@pytest.mark.parametrize("name", ["AI_GATEWAY_API_KEY", "MOLTBOT_GATEWAY_TOKEN", "GATEWAY_TOKEN"])
def test_other_gateways_names_are_not_it(name: str) -> None:
    # Vercel's AI Gateway key, an app's own gateway: not Cloudflare's AI Gateway token.
    row = names.lookup(name)
    assert row is None or row.role != "gateway_token"


# -- the corpus harness: a shell export that sets several names --------------------------------
def test_an_export_of_several_names_is_read_as_each() -> None:
    text = 'export A=1 B="x y" \\\n       C=$D\nexport E=2\n'
    assert as_dotenv(text).splitlines() == ["export A=1", "export B='x y'", "export C=$D",
                                            "export E=2"]


# -- round six ---------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "OCO_AI_PROVIDER=ollama\nOCO_MODEL=llama3:latest\nOCO_API_URL=undefined\n",  # opencommit
    "OPENAI_BASE_URL=undefined\n",
    "LLM_BASE_URL=None\n",
    "OCO_API_URL=undefined\n",  # alone: still the file's one LLM setting, not SW110
    "OPENAI_BASE_URL=NULL\n",
])
def test_a_base_url_that_is_a_missing_value_written_as_text(text: str) -> None:
    found_ = [f for f in lint_text(text, environ={}) if f.severity == "error"]
    assert [f.code for f in found_] == ["SW115"]  # and no SW211 "add https://" to it
    assert found_[0].fix is not None and found_[0].fix.startswith("remove ")  # no guessed URL


@pytest.mark.parametrize("text", [
    "DATABASE_URL=undefined\n",  # not an API's URL
    "OPENAI_BASE_URL=https://api.openai.com/v1\nNOTES=undefined\n",
    # other services' URLs beside the LLM's own base URL
    "OPENAI_BASE_URL=https://api.openai.com/v1\nS3_ENDPOINT=None\nLANGFUSE_BASE_URL=None\n"
    "OTEL_EXPORTER_OTLP_ENDPOINT=undefined\nHTTPS_PROXY_URL=null\n",
])
def test_the_word_elsewhere_is_not_lints_business(text: str) -> None:
    assert "SW115" not in {c for c, _k in found(text)}


DEEPSEEK_KEY = "sk-" + "a1B2c3D4e5" * 3


def test_a_model_deepseek_does_not_serve_is_named() -> None:
    text = (f"OPENAI_API_KEY={DEEPSEEK_KEY}\nOPENAI_BASE_URL=https://api.deepseek.com/v1\n"
            "OPENAI_MODEL_NAME=deepseek-v2\n")
    assert ("SW302", "OPENAI_MODEL_NAME") in found(text)
    assert not errors(text)  # a catalog can be behind: a warning


def test_deepseeks_own_models_stay_silent() -> None:
    text = (f"OPENAI_API_KEY={DEEPSEEK_KEY}\nOPENAI_BASE_URL=https://api.deepseek.com/v1\n"
            "OPENAI_MODEL_NAME=deepseek-v4-pro\n")
    assert not found(text)


def test_a_bare_host_with_a_slash_is_the_bare_host() -> None:
    text = (f"DEEPSEEK_API_BASE=https://api.deepseek.com/\nDEEPSEEK_API_KEY={DEEPSEEK_KEY}\n"
            "LLM_MODEL=deepseek/deepseek-v4-flash\n")
    assert "SW222" not in {c for c, _k in found(text)}
    assert ("SW222", "DEEPSEEK_API_BASE") in found(text.replace(".com/", ".com/api/"))


# -- the corpus harness: what a poster's form means -------------------------------------------
def test_quotes_the_shell_keeps_survive_the_stand_in() -> None:
    from env_corpus_support import stand_ins
    row = {"redacted_by_poster": ["OPENAI_API_KEY"], "file": "x.env"}
    text = stand_ins(as_dotenv('set  OPENAI_API_KEY="sk-projXXXXXXXXXXXXXXXXXXXX...."\n'), row)
    assert ("SW113", "OPENAI_API_KEY") in errors(text)


def test_a_compose_service_keeps_only_its_settings() -> None:
    text = ("services:\n  app:\n    image: ghcr.io/x/y:main\n    environment:\n"
            "      - OPENAI_BASE_URL=https://openrouter.ai/api/v1\n      OPENAI_MODEL: x\n"
            "    ports:\n      - 3000:8080\n")
    assert as_dotenv(text).split() == ["OPENAI_BASE_URL=https://openrouter.ai/api/v1",
                                       "OPENAI_MODEL=x"]


def test_a_retirement_names_the_refusal_only_where_it_is_documented() -> None:
    cf = next(f for f in lint_text("CLOUDFLARE_MODEL=@cf/meta/llama-3-8b-instruct\n",
                                   environ={}) if f.code == "SW301")
    groq = next(f for f in lint_text("GROQ_MODEL=llama3-70b-8192\n", environ={})
                if f.code == "SW301")
    assert "model_decommissioned" not in cf.message and "refused" in cf.message
    assert "400 model_decommissioned" in groq.message


def test_a_cut_off_prefixed_token_is_not_a_workers_ai_key() -> None:
    cut = CF_TOKEN[:45]  # the prefix and 40 characters, its checksum cut off
    assert ("SW503", "CLOUDFLARE_API_TOKEN") in errors(WORKERS + f"CLOUDFLARE_API_TOKEN={cut}\n")


def test_an_id_in_a_namespace_only_one_provider_serves_is_judged_beside_any_url() -> None:
    # Workers AI's @cf/ ids are its own: retired is retired, whatever else the file points at.
    text = ("OPENROUTER_BASE_URL=https://openrouter.ai/api/v1\nOLLAMA_BASE_URL=http://localhost:11434\n"
            "CLOUDFLARE_MODEL=@cf/meta/llama-3-8b-instruct\n")
    assert ("SW301", "CLOUDFLARE_MODEL") in errors(text)


# -- round eight -------------------------------------------------------------------------------
@pytest.mark.parametrize("name", ["AGENT_LOOP_OPENAI_SITE_URL", "OPENROUTER_SITE_URL",
                                  "OPENROUTER_HTTP_REFERER"])
def test_an_apps_own_site_url_is_no_base_url(name: str) -> None:
    # OpenRouter asks for the app's website as HTTP-Referer: openrouter.ai there is a site.
    text = ("OPENAI_BASE_URL=https://openrouter.ai/api/v1\n"
            f"OPENAI_API_KEY=sk-or-v1-{'0a1b2c3d' * 8}\n{name}=https://openrouter.ai\n")
    assert not errors(text)


def test_an_api_url_under_another_name_is_still_judged() -> None:
    text = ("OPENAI_BASE_URL=https://openrouter.ai/api/v1\n"
            f"OPENAI_API_KEY=sk-or-v1-{'0a1b2c3d' * 8}\nFALLBACK_API_URL=https://openrouter.ai/v1\n")
    assert ("SW222", "FALLBACK_API_URL") in found(text)


def test_a_site_url_is_not_taken_for_the_base_url_by_its_shape() -> None:
    # No base URL variable at all: openrouter.ai in the site URL must not be read as one.
    text = f"OPENROUTER_API_KEY=sk-or-v1-{'0a1b2c3d' * 8}\nOPENROUTER_SITE_URL=https://openrouter.ai\n"
    assert "SW222" not in {c for c, _k in found(text)}


@pytest.mark.parametrize("name", ["OPENAI_WEBSITE_URL", "MY_SITE", "APP_HTTP_REFERER"])
def test_site_names_match_and_api_names_do_not(name: str) -> None:
    assert names.SITE_URL_NAME.search(name)
    assert not names.SITE_URL_NAME.search(name.replace("SITE", "BASE").replace("REFERER", "URL"))
