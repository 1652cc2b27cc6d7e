"""What lint learnt in session 17 (issue 12) from right configurations of chat UIs and from
quotes a compose list keeps: apps' own words and names, and which quotes are sent.

- An app's own word for a value it fills in itself is not judged (SW120, info): LibreChat's
  `KEY=user_provided` (it asks each user for a key), under every key name alike, and Open
  WebUI's `OLLAMA_BASE_URL=/ollama` (its image's default, replaced at start-up).
- Names an app documents are read as that app reads them, not as misspellings (SW109): Open
  WebUI's list OLLAMA_BASE_URLS, LibreChat's OPENROUTER_KEY (an OpenRouter key).
Texts marked "(probe)" are the configurations of the probe reports, verbatim (each section's
source is in the report); the others are written for the test. None comes from the corpus.
"""

from __future__ import annotations

import pytest
from env_corpus_support import as_dotenv

from setup_wizard.config import names
from setup_wizard.config.roles import resolve
from setup_wizard.lint.engine import lint_environ, lint_text

OPENAI_KEY = "sk-proj-" + "a1B2c3D4" * 6
GROQ_KEY = "gsk_" + "a1B2c3D4e5F6g7H8" * 3 + "a1B2"


def _findings(text: str) -> list[tuple[str, str | None, str]]:
    return [(f.code, f.key, f.severity) for f in lint_text(text, environ={})]


def _codes(text: str, key: str) -> set[str]:
    return {code for code, k, _sev in _findings(text) if k == key}


# -- an app's own word: LibreChat's user_provided ---------------------------------------------
# (probe) librechat.ai pre_configured_ai/openai.mdx, anthropic.mdx, google.mdx; LibreChat's
# .env.example (OpenAI + Assistants block); the same .env.example's BINGAI_TOKEN.
@pytest.mark.parametrize("text", [
    "OPENAI_API_KEY=user_provided\n",
    "ANTHROPIC_API_KEY=user_provided\n",
    "GOOGLE_KEY=user_provided\n",
    "ASSISTANTS_API_KEY=user_provided\n",
    "BINGAI_TOKEN=user_provided\n",
    # any name a librechat.yaml endpoint reads as `apiKey: "${NAME}"`
    "GROQ_API_KEY=user_provided\n", "OPENROUTER_API_KEY=user_provided\n",
    "DEEPSEEK_API_KEY=user_provided\n", "MISTRAL_API_KEY=user_provided\n",
])
def test_librechats_user_provided_is_one_info_under_every_key_name(text: str) -> None:
    name = text.split("=", 1)[0]
    found = lint_text(text, environ={})
    assert [(f.code, f.key, f.severity) for f in found] == [("SW120", name, "info")]
    # said in words, not masked as if it were a secret
    assert "user_provided" in found[0].message and "LibreChat" in found[0].message


def test_librechats_env_example_block_says_one_info_per_key() -> None:
    text = ("#============#\n# OpenAI     #\n#============#\n\nOPENAI_API_KEY=user_provided\n"
            "# OPENAI_MODELS=o1-mini,gpt-4o\n\nDEBUG_OPENAI=false\n\n"
            "ASSISTANTS_API_KEY=user_provided\n# ASSISTANTS_BASE_URL=\n")  # (probe)
    assert _findings(text) == [("SW120", "OPENAI_API_KEY", "info"),
                               ("SW120", "ASSISTANTS_API_KEY", "info")]


def test_user_provided_beside_a_base_url_is_no_key_of_its_provider() -> None:
    text = ("OPENAI_BASE_URL=https://api.groq.com/openai/v1\nOPENAI_API_KEY=user_provided\n"
            "OPENAI_MODEL=openai/gpt-oss-20b\n")
    assert _codes(text, "OPENAI_API_KEY") == {"SW120"}
    assert not [f for f in _findings(text) if f[2] == "error"]


def test_user_provided_under_a_misspelt_name_is_said_under_that_name() -> None:
    assert _findings("GROQ_KEY=user_provided\n") == [("SW109", "GROQ_KEY", "warning"),
                                                      ("SW120", "GROQ_KEY", "info")]


def test_user_provided_in_the_environment_too() -> None:
    result = lint_environ({"OPENAI_API_KEY": "user_provided"})
    assert [(f.code, f.key) for f in result.findings] == [("SW120", "OPENAI_API_KEY")]


@pytest.mark.parametrize("value, code", [
    ("USER_PROVIDED", "SW503"),  # LibreChat compares case-sensitively: this one is sent
    ("user_provided_key", "SW503"),
    ("your_openai_api_key", "SW502"),  # a placeholder stays one
    ("sk-xxxx", "SW502"),
])
def test_a_value_that_is_not_the_word_is_still_judged_as_a_key(value: str, code: str) -> None:
    assert _codes(f"OPENAI_API_KEY={value}\n", "OPENAI_API_KEY") == {code}


def test_the_word_with_its_quotes_kept_is_sent_as_it_is() -> None:
    # A compose list keeps the quotes: LibreChat then compares '"user_provided"' and sends it.
    env = as_dotenv('    environment:\n      - OPENAI_API_KEY="user_provided"\n')
    assert "SW120" not in _codes(env, "OPENAI_API_KEY")
    assert _codes(env, "OPENAI_API_KEY") & {"SW113", "SW503"}


@pytest.mark.parametrize("text", [
    "OPENAI_MODEL=user_provided\n", "APP_NAME=user_provided\n",
    "OPENAI_BASE_URL=user_provided\n",
])
def test_the_word_under_a_name_that_holds_no_key_is_no_app_word(text: str) -> None:
    name = text.split("=", 1)[0]
    assert names.app_word(name, "user_provided") is None
    assert "SW120" not in _codes(text, name)


# -- an app's own word: Open WebUI's /ollama ---------------------------------------------------
@pytest.mark.parametrize("text", [
    f"OLLAMA_BASE_URL=/ollama\nOPENAI_API_KEY={OPENAI_KEY}\n",
    f"OLLAMA_BASE_URL=/ollama/\nOPENAI_API_KEY={OPENAI_KEY}\n",  # (the app drops the slash)
    # its Dockerfile's form, as a `docker run -e` passes it
    as_dotenv(f"docker run -d -p 3000:8080 -e OLLAMA_BASE_URL=/ollama -e OPENAI_API_KEY="
              f"{OPENAI_KEY} ghcr.io/open-webui/open-webui:main\n"),
])
def test_open_webuis_ollama_default_is_no_error(text: str) -> None:
    found = [f for f in lint_text(text, environ={}) if f.key == "OLLAMA_BASE_URL"]
    assert [(f.code, f.severity) for f in found] == [("SW120", "info")]
    assert "Open WebUI" in found[0].message and "host.docker.internal" in found[0].message


@pytest.mark.parametrize("text, name", [
    # another path is used as it is: still no address
    (f"OLLAMA_BASE_URL=/api\nOPENAI_API_KEY={OPENAI_KEY}\n", "OLLAMA_BASE_URL"),
    (f"OLLAMA_BASE_URL=ollama\nOPENAI_API_KEY={OPENAI_KEY}\n", "OLLAMA_BASE_URL"),
    # the word under another app's name is no word of Open WebUI's
    (f"OPENAI_BASE_URL=/ollama\nOPENAI_API_KEY={OPENAI_KEY}\n", "OPENAI_BASE_URL"),
])
def test_another_path_or_name_is_still_judged(text: str, name: str) -> None:
    codes = _codes(text, name)
    assert "SW120" not in codes and "SW211" in codes


# -- names apps document ------------------------------------------------------------------------
OR_KEY = "sk-or-v1-" + "0a1b2c3d" * 8


def test_open_webuis_ollama_list_is_no_misspelling() -> None:
    text = as_dotenv(  # (probe) open-webui/docs DockerSwarm.md, the environment map's lines
        "        environment:\n"
        "          DATA_DIR: /app/backend/data\n"
        "          OLLAMA_BASE_URLS: http://ollama:11434\n"
        "          CHROMA_HTTP_PORT: 8000\n"
        "          CHROMA_HTTP_HOST: chromadb\n"
        "          CHROMA_TENANT: default_tenant\n"
        "          VECTOR_DB: chroma\n"
        "          WEBUI_NAME: Awesome ChatBot\n"
        '          CORS_ALLOW_ORIGIN: "*" # This is the current Default, will need to change '
        "before going live\n"
        "          RAG_EMBEDDING_ENGINE: ollama\n"
        "          RAG_EMBEDDING_MODEL: nomic-embed-text-v1.5\n"
        '          RAG_EMBEDDING_MODEL_TRUST_REMOTE_CODE: "True"\n')
    assert "OLLAMA_BASE_URLS=http://ollama:11434" in text
    assert not [f for f in _findings(text) if f[1] == "OLLAMA_BASE_URLS" or f[2] == "error"]


def test_open_webuis_ollama_list_items_are_judged() -> None:
    text = "OLLAMA_BASE_URLS=http://ollama:11434;https://api.grok.com/v1\n"
    assert "SW212" in _codes(text, "OLLAMA_BASE_URLS")  # a look-alike host, in a list alone too
    assert _codes("OLLAMA_BASE_URLS=http://ollama:11434;http://10.0.0.2:11434\n",
                  "OLLAMA_BASE_URLS") == set()


@pytest.mark.parametrize("text", [
    "OPENROUTER_KEY=your_openrouter_api_key\n",  # (probe) quick_start/custom_endpoints.mdx
    "OPENROUTER_KEY=sk-or-v1-your-key-here\n",  # (probe) librechat_yaml/index.mdx
])
def test_librechats_openrouter_key_is_no_misspelling_and_its_placeholder_still_is_one(
        text: str) -> None:
    assert _findings(text) == [("SW502", "OPENROUTER_KEY", "error")]


def test_librechats_openrouter_key_is_read_as_an_openrouter_key() -> None:
    assert _findings(f"OPENROUTER_KEY={OR_KEY}\n") == []
    beside_url = "OPENAI_BASE_URL=https://openrouter.ai/api/v1\nOPENROUTER_KEY={}\n" \
        "OPENAI_MODEL=openai/gpt-4o\n"
    assert resolve({"OPENAI_BASE_URL": "https://openrouter.ai/api/v1",
                    "OPENROUTER_KEY": OR_KEY}).name("provider_key") == "OPENROUTER_KEY"
    assert _findings(beside_url.format(OR_KEY)) == []
    # another vendor's key there is still said, as it is under OPENROUTER_API_KEY
    assert _codes(beside_url.format(GROQ_KEY), "OPENROUTER_KEY") == {"SW504"}
    assert _codes(f"OPENROUTER_KEY={GROQ_KEY}\n", "OPENROUTER_KEY") == {"SW504"}


@pytest.mark.parametrize("name, meant", [
    ("OPENROUTER_API_KYE", "OPENROUTER_API_KEY"), ("OPENROUTER_APIKEY", "OPENROUTER_API_KEY"),
    ("OPENAI_APIKEY", "OPENAI_API_KEY"), ("OLLAMA_BASE_UR", "OLLAMA_BASE_URL"),
    ("openrouter_key", "OPENROUTER_KEY"),  # wrong case: still read by no one
    ("GROQ_KEY", "GROQ_API_KEY"),  # a missing word beside a name no app documents
])
def test_real_typos_are_still_said(name: str, meant: str) -> None:
    found = [f for f in lint_text(f"{name}={OR_KEY}\n", environ={}) if f.code == "SW109"]
    assert [f.key for f in found] == [name] and f"reads {meant}" in found[0].message
