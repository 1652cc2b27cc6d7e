"""What lint learnt in session 17 from configurations posted in public threads (issue 12): the
probe reports `wrongmodel` and `wrongurl`.

- NextChat's CUSTOM_MODELS: an item for a vendor whose catalog is its API's whole list
  (`+deepseeek-reasoner@DeepSeek`), and an item with no vendor that misspells a vendor's own
  ID (`+deepseeek-chat`), get the SW302 a model variable of that vendor would get (NextChat
  #6389).
- gpt-researcher's FAST_LLM / SMART_LLM / STRATEGIC_LLM are `<provider>:<model>`, split at the
  first ':': `qwen2.5:latest` reads as provider `qwen2.5` and stops it at start-up (SW318;
  gpt-researcher #901).
- http:// on the host of an OpenAI-compatible vendor lint knows by its base is SW211, as on
  the providers' hosts (qwen-code #166: Together's http:// answered 405).
- A local model server's bare address (Ollama's :11434, LM Studio's :1234) read by an
  OpenAI-style client: SW222 under the OpenAI SDK's names, SW231 under an app's own (opencode
  #252: LOCAL_ENDPOINT=http://localhost:11434, POST /chat/completions 404).

Configurations marked "verbatim" are the posted ones (a compose line `KEY: value` written as
the .env line it stands for); the others are written for the test.
"""

from __future__ import annotations

import time

import pytest

from setup_wizard.lint.engine import lint_text
from setup_wizard.lint.models import MAX_LIST_UNKNOWN


def _findings(text: str) -> list[tuple[str, str | None, str, str, str | None]]:
    return [(f.code, f.key, f.severity, f.message, f.fix) for f in lint_text(text, environ={})]


def _codes(text: str, *codes: str) -> list[tuple[str, str | None, str]]:
    return [(code, key, sev) for code, key, sev, _m, _f in _findings(text) if code in codes]


def _value_of_fix(fix: str | None, name: str) -> str:
    assert fix is not None and fix.startswith(f"set {name}=")
    return fix[len(f"set {name}="):].split(" ", 1)[0]


# -- NextChat's CUSTOM_MODELS (wrongmodel, family B) --------------------------------------------
# NextChat #6389, as posted (`CUSTOM_MODELS: ...`, a compose line): verbatim values.
NEXTCHAT_6389 = ("CUSTOM_MODELS=-all,+gpt-4o-mini-2024-07-18@OpenAI,+gpt-4-turbo@OpenAI,"
                 "+gpt-3.5-turbo@OpenAI,+deepseeek-chat,+deepseeek-coder,+deepseeek-reasoner\n")
NEXTCHAT_6389_VENDOR = ("CUSTOM_MODELS=-all,+gpt-4o-mini-2024-07-18@OpenAI,+gpt-4-turbo@OpenAI,"
                        "+gpt-3.5-turbo@OpenAI,+deepseeek-chat,+deepseeek-coder,"
                        "+deepseeek-reasoner@DeepSeek\n")


@pytest.mark.parametrize("text", [NEXTCHAT_6389, NEXTCHAT_6389_VENDOR])
def test_nextchat_items_that_misspell_deepseeks_ids_are_named(text: str) -> None:
    unknown = [(m, f) for code, _k, _s, m, f in _findings(text) if code == "SW302"]
    said = sorted(m.split("'")[1] for m, _f in unknown)
    assert said == ["deepseeek-chat", "deepseeek-reasoner"]
    assert all("it reads as deepseek-" in m for m, _f in unknown)
    # Every fix writes the whole list with each judged item corrected (the retired OpenAI ones
    # too), and following it brings no new model finding.
    fixed = {_value_of_fix(f, "CUSTOM_MODELS") for _m, f in unknown}
    assert len(fixed) == 1
    [value] = fixed
    assert "deepseeek-chat" not in value and "deepseeek-reasoner" not in value
    assert _codes(f"CUSTOM_MODELS={value}\n", "SW301", "SW302") == []


@pytest.mark.parametrize("item", [
    "+deepseek-chatt@DeepSeek",  # one letter off a DeepSeek ID
    "+deepseek-v3@DeepSeek",  # not on DeepSeek's list at all (its list is its whole API)
    "+claude-sonet-4-6@Anthropic",  # Anthropic's own API, as ANTHROPIC_MODEL is judged
    "+claude-sonet-4-6",  # no vendor: Claude's ID misspelt
    "+deepseek-reasonr",  # no vendor: a letter missing
])
def test_a_list_item_is_judged_as_its_vendors_model_variable_would_be(item: str) -> None:
    assert _codes(f"CUSTOM_MODELS=-all,{item}\n", "SW302") == [
        ("SW302", "CUSTOM_MODELS", "warning")]


@pytest.mark.parametrize("text", [
    "CUSTOM_MODELS=-all,-deepseeek-chat\n",  # a removal
    "CUSTOM_MODELS=deepseeek-chat=DS\n",  # a display name only
    "CUSTOM_MODELS=+deepseek-v3,+deepseek-r1,+qwen-max\n",  # no vendor, no misspelt ID: a relay's
    "CUSTOM_MODELS=+llama3:8b,+deepseek-r1:14b\n",  # a local server's tags
    "CUSTOM_MODELS=+deepseek-ai/DeepSeek-V3\n",  # a router's or SiliconFlow's name
    "CUSTOM_MODELS=+gpt-4o-mnii,+gpt-4o-mnii@OpenAI\n",  # OpenAI's list is not its whole API
    "CUSTOM_MODELS=+gemini-2.5-flsh@Google\n",  # nor Google's
    "CUSTOM_MODELS=+deepseek-v4-flash@DeepSeek,+deepseek-v4-pro\n",  # served
    "CUSTOM_MODELS=+deepseek-v3@DeepSeek\nDEEPSEEK_URL=https://relay.example.com/v1\n",
    "CUSTOM_MODELS=+deepseeek-chat\nBASE_URL=http://localhost:11434\n",  # a local server's names
    "CUSTOM_MODELS=+glm-4-flash@ChatGLM,+grok-4@XAI\n",  # vendors lint has no list of
])
def test_look_alike_items_stay_silent(text: str) -> None:
    assert _codes(text, "SW302") == []


@pytest.mark.parametrize("item", ["+claude-sonet-4-6", "+claude-x{i}", "+deepseek-v{i}@DeepSeek"])
def test_a_list_of_a_megabyte_is_judged_fast(item: str) -> None:
    # Each item is a catalog search: the same ID is searched once, at most 1,000 items are, and
    # at most MAX_LIST_UNKNOWN are said (each finding's fix is the whole list).
    value = ",".join(item.format(i=i) for i in range(60_000))[:1_000_000]
    start = time.perf_counter()
    found = _codes(f"CUSTOM_MODELS={value}\n", "SW302")
    assert time.perf_counter() - start < 2.0
    assert len(found) <= MAX_LIST_UNKNOWN


# -- gpt-researcher's FAST_LLM / SMART_LLM / STRATEGIC_LLM (wrongmodel, family C1) ---------------
# gpt-researcher #901, verbatim.
GPTR_901 = """OPENAI_API_KEY="123"
OPENAI_API_BASE="https://ollama.hue.com/v1"
OLLAMA_BASE_URL="https://ollama.hue.com/"
FAST_LLM=qwen2.5:latest
OLLAMA_EMBEDDING_MODEL=snowflake-arctic-embed:latest
EMBEDDING_PROVIDER=ollama
SMART_LLM=qwen2.5:latest
TAVILY_API_KEY=tvly-mZF7aeIh3IPZNaQPzhG84xMH56UjP
DOC_PATH=./my-docs
"""
# gpt-researcher #1343 (the maintainer confirms it) and #1180, verbatim: the provider is there.
GPTR_1343 = """OLLAMA_BASE_URL=http://localhost:11434
FAST_LLM="ollama:gemma3:27b-it-qat"
SMART_LLM="ollama:gemma3:27b-it-qat"
STRATEGIC_LLM="ollama:gemma3:27b-it-qat"

EMBEDDING="ollama:nomic-embed-text"
"""
GPTR_1180 = """DOC_PATH=./my-docs

# NEXT_PUBLIC_GPTR_API_URL=http://0.0.0.0:8000  # Defaults to localhost:8000 if not set
OPENAI_API_KEY=123
OPENAI_API_BASE=http://10.0.0.142:11434/v1
OLLAMA_BASE_URL=http://10.0.0.142:11434
FAST_LLM=ollama:qwen2:7b
SMART_LLM=ollama:qwen2:14b
EMBEDDING=ollama:nomic-embed-text:latest
"""


def test_an_ollama_tag_without_gpt_researchers_provider_is_an_error() -> None:
    found = [(k, sev, f) for code, k, sev, _m, f in _findings(GPTR_901) if code == "SW318"]
    assert found == [("FAST_LLM", "error", "set FAST_LLM=ollama:qwen2.5:latest"),
                     ("SMART_LLM", "error", "set SMART_LLM=ollama:qwen2.5:latest")]


@pytest.mark.parametrize(("value", "fixed"), [
    ("gpt-4o-mini", "openai:gpt-4o-mini"),  # no ':' at all: the vendor whose own ID it is
    ("llama3:8b", "ollama:llama3:8b"),
    ("OpenAI:gpt-4o", "openai:gpt-4o"),  # gpt-researcher compares the word as written
    ("opnai:gpt-4o", "openai:gpt-4o"),
    ("groq", "groq:<model>"),
    ("allam-2-7b", "groq:allam-2-7b"),  # only Groq serves it
    ("llama3-8b-8192", "groq:openai/gpt-oss-20b"),  # Groq's, and shut down: the fix is whole
])
def test_the_fix_puts_the_provider_in_front(value: str, fixed: str) -> None:
    for name in ("FAST_LLM", "SMART_LLM", "STRATEGIC_LLM"):
        [fix] = [f for code, _k, _s, _m, f in _findings(f"{name}={value}\n") if code == "SW318"]
        assert fix == f"set {name}={fixed}"
        if "<model>" not in fixed:  # following the fix brings no new SW318
            assert _codes(f"{name}={fixed}\n", "SW318") == []


def test_a_value_with_no_provider_lint_can_guess_lists_gpt_researchers() -> None:
    [fix] = [f for code, _k, _s, _m, f in _findings("SMART_LLM=mistral\n") if code == "SW318"]
    assert fix is not None and fix.startswith("set SMART_LLM=<provider>:mistral with")
    assert "ollama" in fix and "mistralai" in fix


@pytest.mark.parametrize("text", [
    GPTR_1343, GPTR_1180,
    "FAST_LLM=ollama:qwen2.5:latest\nSMART_LLM=openai:gpt-4o-mini\n",
    "STRATEGIC_LLM=openrouter:google/gemini-2.0-flash-lite-001\n",
    "FAST_LLM=google_genai:gemini-2.5-flash\nSMART_LLM=vllm_openai:qwen3\n",
    # other apps' names: their own grammar, not gpt-researcher's
    "LLM=qwen2.5:latest\n", "MY_FAST_LLM=qwen2.5:latest\n", "OLLAMA_MODEL=qwen2.5:latest\n",
    "MODEL=llama3:8b\n", "DEFAULT_MODEL=gpt-4o-mini\n", "LLM_MODEL=ollama/qwen2.5:latest\n",
])
def test_gpt_researchers_own_form_and_other_apps_names_stay_silent(text: str) -> None:
    assert _codes(text, "SW318") == []
    if text in (GPTR_1343, GPTR_1180):
        assert not [f for f in _findings(text) if f[2] == "error"]


# -- http:// on a vendor's public host (wrongurl, family C) -------------------------------------
# qwen-code #166, verbatim but for its PowerShell form ($env:NAME = "value").
QWENCODE_166 = """# Set OpenAI-compatible variables
OPENAI_API_KEY=key123
OPENAI_BASE_URL=http://api.together.xyz/v1
OPENAI_MODEL=Qwen/Qwen3-235B-A22B-Instruct-2507-tput

GEMINI_API_KEY=key123  # Must be a non-empty string
GEMINI_BASE_URL=http://api.together.xyz/v1
GEMINI_MODEL=Qwen/Qwen3-235B-A22B-Instruct-2507-tput
"""


def test_http_on_a_vendors_api_host_is_an_error() -> None:
    found = [(k, sev, f) for code, k, sev, _m, f in _findings(QWENCODE_166) if code == "SW211"]
    assert found == [
        ("OPENAI_BASE_URL", "error", "set OPENAI_BASE_URL=https://api.together.xyz/v1"),
        ("GEMINI_BASE_URL", "error", "set GEMINI_BASE_URL=https://api.together.xyz/v1")]
    # another vendor of the table, and a host a letter off one (the fix says https)
    assert _codes("LLM_BASE_URL=http://api.perplexity.ai\n", "SW211") == [
        ("SW211", "LLM_BASE_URL", "error")]
    [fix] = [f for code, _k, _s, _m, f in _findings("OPENAI_BASE_URL=http://api.togther.xyz/v1\n")
             if code == "SW212"]
    assert fix == "set OPENAI_BASE_URL=https://api.together.xyz/v1"


@pytest.mark.parametrize("url", [
    "https://api.together.xyz/v1",
    "http://192.168.1.20:1234/v1", "http://10.2.142.77:11434/v1", "http://10.2.10.33:4000/v1",
    "http://localhost:8000/v1", "http://ollama:11434/v1", "http://host.docker.internal:11434/v1",
    "http://litellm.lan:4000/v1", "http://gpu-box.local:8000/v1",
    "http://my-proxy.example.com/v1",  # a host lint knows nothing of: may be a LAN proxy
])
def test_http_elsewhere_stays_silent(url: str) -> None:
    assert _codes(f"OPENAI_BASE_URL={url}\n", "SW211") == []


# -- a local server's bare address as an OpenAI-style base (wrongurl, family A) ----------------
# opencode #252, verbatim (an `export` line, its trailing blank kept).
OPENCODE_252 = "export LOCAL_ENDPOINT=http://localhost:11434 \n"


def test_a_local_servers_bare_address_under_an_apps_name_is_a_warning() -> None:
    found = [(k, sev, f) for code, k, sev, _m, f in _findings(OPENCODE_252)
             if code in ("SW222", "SW231", "SW110")]
    assert found == [("LOCAL_ENDPOINT", "warning", "set LOCAL_ENDPOINT=http://localhost:11434/v1"
                      " unless your app appends the version path itself")]
    for line in ("LLM_URL=http://127.0.0.1:11434", "LLM_BASE_URL=http://192.168.1.5:11434/",
                 "LM_STUDIO_BASE_URL=http://127.0.0.1:1234", "AI_API_BASE=http://ollama:11434"):
        assert _codes(line + "\n", "SW222", "SW231") == [
            ("SW231", line.split("=")[0], "warning")], line


@pytest.mark.parametrize(("line", "fixed"), [
    ("OPENAI_BASE_URL=http://localhost:11434", "http://localhost:11434/v1"),
    ("OPENAI_BASE_URL=http://host.docker.internal:11434/", "http://host.docker.internal:11434/v1"),
    ("OPENAI_API_BASE='http://localhost:11434'", "http://localhost:11434/v1"),  # crewAI's docs
    ("OPENAI_API_BASE=http://localhost:1234", "http://localhost:1234/v1"),
    ("OPENAI_BASE_URL=localhost:11434", "http://localhost:11434/v1"),  # SW211's fix is the same
])
def test_a_local_servers_bare_address_under_the_openai_sdks_names_is_an_error(
        line: str, fixed: str) -> None:
    name = line.split("=")[0]
    [(sev, fix)] = [(s, f) for code, _k, s, _m, f in _findings(line + "\n") if code == "SW222"]
    assert (sev, fix) == ("error", f"set {name}={fixed}")
    assert _codes(f"{name}={fixed}\n", "SW222", "SW231") == []  # the fix brings nothing new


# A file that says its app calls Ollama's native API at the bare address: OpenHands #1079
# (verbatim, "It solved!"), and an app's own provider switch.
OPENHANDS_1079 = """LLM_MODEL="ollama/dolphin-mistral:latest"
LLM_API_KEY="ollama"
LLM_BASE_URL="http://localhost:11434"
LLM_EMBEDDING_MODEL="local"
WORKSPACE_DIR="./workspace"
SANDBOX_TYPE="exec"
"""


@pytest.mark.parametrize("text", [
    OPENHANDS_1079,
    "LLM_PROVIDER=ollama\nLLM_MODEL=llama3:70b\nLLM_BASE_URL=http://localhost:11434\n",
])
def test_an_apps_name_beside_signs_of_ollamas_native_client_stays_silent(text: str) -> None:
    assert _codes(text, "SW222", "SW231") == []


def test_the_openai_sdks_name_beside_ollamas_key_is_a_warning() -> None:
    # An app may test for the key `ollama` and call the root's native /api/chat itself.
    text = "OPENAI_API_KEY=ollama\nOPENAI_BASE_URL=http://localhost:11434\nLLM_MODEL=qwen2.5:7b\n"
    assert _codes(text, "SW222", "SW231") == [("SW231", "OPENAI_BASE_URL", "warning")]


@pytest.mark.parametrize("line", [
    # Ollama's own names: its clients take the bare address (open-notebook #62's, unquoted)
    "OLLAMA_HOST=http://localhost:11434", "OLLAMA_BASE_URL=http://localhost:11434",
    "OLLAMA_API_BASE=http://127.0.0.1:11434", "OLLAMA_URL=http://ollama:11434",
    "OLLAMA_API_BASE_URL=http://host.docker.internal:11434",
    # already /v1, another port, another path
    "OPENAI_BASE_URL=http://localhost:11434/v1", "OPENAI_BASE_URL=http://localhost:1234/v1",
    "OPENAI_BASE_URL=http://localhost:8080", "OPENAI_BASE_URL=http://localhost:11434/ollama",
    # an Anthropic client (both servers take Claude's requests at the root), a side client's,
    # a name whose client appends /v1 itself, names of no LLM word (NextChat's BASE_URL)
    "ANTHROPIC_BASE_URL=http://localhost:11434", "ANTHROPIC_BASE_URL=http://localhost:1234",
    "EMBEDDING_BASE_URL=http://localhost:11434", "OPENAI_API_HOST=http://localhost:11434",
    "BASE_URL=http://127.0.0.1:11434", "FRONTEND_URL=http://localhost:1234",
    "APP_URL=http://localhost:1234",
])
def test_look_alike_addresses_stay_silent(line: str) -> None:
    assert _codes(line + "\n", "SW222", "SW231") == [], line
