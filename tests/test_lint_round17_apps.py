"""What lint learnt in session 17 (issue 12) from right configurations of chat UIs and from
quotes a compose list keeps: apps' own words and names, and which quotes are sent.

- An app's own word for a value it fills in itself is not judged (SW120, info): LibreChat's
  `KEY=user_provided` (it asks each user for a key), under every key name alike, and Open
  WebUI's `OLLAMA_BASE_URL=/ollama` (its image's default, replaced at start-up).
- Names an app documents are read as that app reads them, not as misspellings (SW109): Open
  WebUI's list OLLAMA_BASE_URLS, LibreChat's OPENROUTER_KEY (an OpenRouter key).
- Quotes kept in a value (SW113) are said where a request carries it: a quoted URL under an
  LLM client's name in a compose list (open-notebook's OLLAMA_API_BASE, said nowhere before),
  not an app's own secret (AnythingLLM's JWT_SECRET, an error before). The posted forms go
  through the corpus harness's `as_dotenv`, which keeps the quotes as compose and cmd.exe do.
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
    # nothing in it to judge (a local server), but it is an LLM setting: SW110 names it
    (none,) = [f for f in lint_text(text, environ={}) if f.code == "SW110"]
    assert none.message.startswith("OLLAMA_BASE_URLS, RAG_EMBEDDING_MODEL are set")


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


# -- quotes kept in a value: said where a request carries it (SW113) ------------------------------
OPEN_NOTEBOOK = """services:
  open_notebook:
    image: lfnovo/open_notebook:latest
    ports:
      - "8080:8502"
    environment:
        - OLLAMA_API_BASE="http://127.0.0.1:11434"
        - SURREAL_ADDRESS=surrealdb
        - SURREAL_PORT=8000
        - SURREAL_USER=root
        - SURREAL_PASS=root
        - SURREAL_NAMESPACE=open_notebook
        - SURREAL_DATABASE=open_notebook
    depends_on:
      - ollama
      - surrealdb
    pull_policy: always
    volumes:
      - notebook_data:/app/data
"""  # (probe) open-notebook#62
ANYTHING_LLM = """version: '3.8'
services:
  anythingllm:
    image: mintplexlabs/anythingllm
    container_name: anythingllm
    ports:
    - "3001:3001"
    cap_add:
      - SYS_ADMIN
    environment:
    # Adjust for your environment
      - STORAGE_DIR=/app/server/storage
      - JWT_SECRET="make this a large list of random numbers and letters 20+"
      - LLM_PROVIDER=ollama
      - OLLAMA_BASE_PATH=http://127.0.0.1:11434
      - OLLAMA_MODEL_PREF=llama2
      - OLLAMA_MODEL_TOKEN_LIMIT=4096
      - EMBEDDING_ENGINE=ollama
      - EMBEDDING_BASE_PATH=http://127.0.0.1:11434
      - EMBEDDING_MODEL_PREF=nomic-embed-text:latest
      - EMBEDDING_MODEL_MAX_CHUNK_LENGTH=8192
      - VECTOR_DB=lancedb
      - WHISPER_PROVIDER=local
      - TTS_PROVIDER=native
      - PASSWORDMINCHAR=8
      # Add any other keys here for services or settings
      # you can find in the docker/.env.example file
    volumes:
      - anythingllm_storage:/app/server/storage
    restart: always
"""  # (probe) anything-llm docker/HOW_TO_USE_DOCKER.md


def test_a_quoted_llm_url_in_a_compose_list_is_said() -> None:
    env = as_dotenv(OPEN_NOTEBOOK)
    assert 'OLLAMA_API_BASE="\\"http://127.0.0.1:11434\\""' in env  # the harness keeps them
    (f,) = [f for f in lint_text(env, environ={}) if f.key == "OLLAMA_API_BASE"]
    assert (f.code, f.severity) == ("SW113", "error")
    assert f.fix == "set OLLAMA_API_BASE=http://127.0.0.1:11434"
    assert not [x for x in _findings(env) if x[0] == "SW110"]


def test_an_apps_own_secret_quoted_in_a_compose_list_is_no_error() -> None:
    env = as_dotenv(ANYTHING_LLM)
    assert 'JWT_SECRET="\\"make this' in env
    assert not [f for f in _findings(env) if f[1] == "JWT_SECRET" or f[2] == "error"]


ITEM = "    environment:\n      - {}\n      - GROQ_API_KEY=" + GROQ_KEY + "\n"


@pytest.mark.parametrize("setting", [
    f'OPENAI_API_KEY="{OPENAI_KEY}"',  # a role's value
    'OPENAI_BASE_URL="https://api.groq.com/openai/v1"',
    'MISTRAL_API_KEY="abcdefghijklmnopqrstuvwxyz012345"',  # a key under an LLM name
    'HF_TOKEN="hf_abcdefghijklmnopqrstuvwxyz"',
    'OLLAMA_MODEL="llama3"',  # a model under a model's name
    'LOCAL_LLM_URL="http://localhost:1234/v1"',  # a URL under an LLM client's URL name
    'OLLAMA_HOST="http://ollama:11434"',
    f'APP_SECRET="{OPENAI_KEY}"',  # a provider's key by its shape, under any name
])
def test_quotes_around_an_llm_settings_value_are_said(setting: str) -> None:
    name = setting.split("=", 1)[0]
    assert "SW113" in _codes(as_dotenv(ITEM.format(setting)), name)


@pytest.mark.parametrize("setting", [
    'SESSION_SECRET="abc"', 'NEXTAUTH_SECRET="make this long"', 'WEBUI_SECRET_KEY="x"',
    'SURREAL_PASSWORD="root"', 'DATABASE_URL="postgres://u:p@db/x"', 'APP_NAME="My App"',
    'NEXTAUTH_URL="http://localhost:3000"', 'API_URL="http://10.2.142.77:5055"',
    'STRIPE_API_KEY="sk_live_abcdefghijklmnop"', 'MY_SERVICE_TOKEN="abc"',
    'SYSTEM_PROMPT="You are a helpful bot"',
])
def test_quotes_around_an_apps_own_setting_are_not(setting: str) -> None:
    name = setting.split("=", 1)[0]
    assert "SW113" not in _codes(as_dotenv(ITEM.format(setting)), name)


def test_cmd_set_keeps_the_quotes_and_is_judged_alike() -> None:
    # (probe) codex#2253: cmd.exe's set keeps the quotes around the key
    env = as_dotenv('set OPENAI_API_KEY="sk-proj-***"\n')
    assert _codes(env, "OPENAI_API_KEY") >= {"SW113"}
    assert "SW113" in _codes(as_dotenv(f'set GROQ_API_KEY="{GROQ_KEY}"\n'), "GROQ_API_KEY")
    own = as_dotenv(f'set JWT_SECRET="abc"\nset GROQ_API_KEY={GROQ_KEY}\n')
    assert "SW113" not in _codes(own, "JWT_SECRET")


@pytest.mark.parametrize("text", [
    'OLLAMA_API_BASE="http://127.0.0.1:11434"\n',  # python-dotenv takes the quotes off
    "    environment:\n      - OLLAMA_API_BASE=http://127.0.0.1:11434\n",
    'MODELS=[{"id": "meta-llama/Llama-3.3-70B-Instruct"}]\n',  # quotes inside, not around
])
def test_no_quote_left_in_the_value_is_no_sw113(text: str) -> None:
    assert not [f for f in _findings(as_dotenv(text)) if f[0] == "SW113"]
