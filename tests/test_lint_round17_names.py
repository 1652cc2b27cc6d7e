"""Variable names a later commit fixed (issue 12, the probe of configurations a fix corrected):
a provider's word misspelt in a name (SW109), an app's renamed name (SW125), and a base-URL
name only some apps read (SW114).

- gpt4free's example.env had `HUUGINGFACE_API_KEY=` (fix f11f47f1, PR #3133: "Wrong:
  HUUGINGFACE_API_KEY / Correct: HUGGINGFACE_API_KEY"); lint compared whole names only, and
  HUGGINGFACE_API_KEY is no row of its names table.
- Open WebUI's docs ran `docker run -e OLLAMA_API_BASE_URL=https://example.com/api` after the
  name was renamed OLLAMA_BASE_URL (written without /api); its image sets
  OLLAMA_BASE_URL=/ollama, so the old name is ignored (open-webui/docs aca80c2c).
- crewAI's docs wrote OPENAI_API_BASE_URL, which neither the OpenAI SDK (OPENAI_BASE_URL) nor
  LangChain/crewAI (OPENAI_API_BASE) reads (crewAI#213, fixed in 5628bcca7); Open WebUI, CAMEL
  (OWL) and chatgpt-web do read it.

Firing texts are the configurations as they were before the fix, verbatim; the silent ones are
the fixed versions and look-alikes (real names of other services, other apps' own names)."""

from __future__ import annotations

import pytest
from env_corpus_support import as_dotenv
from fix_support import follow
from lint_support import codes as _codes
from lint_support import errors as _errors
from lint_support import lint_findings as _lint

from setup_wizard.lint import spelling
from setup_wizard.lint.engine import lint_text

# -- B: a provider's word misspelt in a name (SW109) -----------------------------------------
GPT4FREE_BEFORE = """# Rename this file to .env and copy it to your cookies directory
# Update the API_KEY and other variables as needed

G4F_API_KEY=
G4F_PROXY=

HUUGINGFACE_API_KEY=
POLLINATIONS_API_KEY=
GEMINI_API_KEY=
TOGETHER_API_KEY=
DEEPINFRA_API_KEY=
OPENAI_API_KEY=
GROQ_API_KEY=
OPENROUTER_API_KEY=
OLLAMA_API_KEY=
NVIDIA_API_KEY=
PUTER_API_KEY="""
GPT4FREE_AFTER = GPT4FREE_BEFORE.replace("HUUGINGFACE_API_KEY", "HUGGINGFACE_API_KEY")


def test_gpt4free_huuggingface_is_said_with_the_name_meant() -> None:
    (f,) = [f for f in _lint(GPT4FREE_BEFORE) if f.code == "SW109"]
    assert (f.key, f.line, f.severity) == ("HUUGINGFACE_API_KEY", 7, "warning")
    assert "misspells HUGGINGFACE" in f.message and "U doubled instead of G" in f.message
    assert f.fix == "rename HUUGINGFACE_API_KEY to HUGGINGFACE_API_KEY"
    # following the fix is the commit that fixed it: the name is no longer said
    assert follow(GPT4FREE_BEFORE, f.code, f.key, f.fix) == GPT4FREE_AFTER
    assert _codes(GPT4FREE_AFTER, "SW109") == []


@pytest.mark.parametrize(("name", "meant", "how"), [
    ("OPENAII_API_KEY", "OPENAI_API_KEY", None),  # a row of the table: its client is named
    ("GROOQ_API_KEY", "GROQ_API_KEY", None),
    ("ANTRHOPIC_API_KEY", "ANTHROPIC_API_KEY", "H and R swapped"),
    ("ANTHROPC_API_KEY", "ANTHROPIC_API_KEY", "I dropped"),
    ("GEMINII_API_KEY", "GEMINI_API_KEY", "I doubled"),
    ("TOGEHTER_API_KEY", "TOGETHER_API_KEY", "T and H swapped"),
    ("HUGINGFACE_TOKEN", "HUGGINGFACE_TOKEN", "G dropped"),
    ("ANTRHOPIC_BASE_URL", "ANTHROPIC_BASE_URL", "H and R swapped"),
    ("GROOQ_MODEL", "GROQ_MODEL", "O doubled"),
])
def test_a_doubled_dropped_or_swapped_letter_in_the_provider_word(
        name: str, meant: str, how: str | None) -> None:
    (f,) = [f for f in _lint(f"{name}=x\n") if f.code == "SW109"]
    assert f.key == name and f.fix == f"rename {name} to {meant}", f
    if how is not None:
        assert how in f.message and f"an app that reads {meant} never sees it" in f.message


def test_the_name_meant_set_too_is_said_as_such() -> None:
    text = "HUUGINGFACE_API_KEY=hf_abc\nHUGGINGFACE_API_KEY=hf_abc\n"
    (f,) = [f for f in _lint(text) if f.code == "SW109"]
    assert "which is set too (line 2)" in f.message and f.fix == "remove HUUGINGFACE_API_KEY"


def test_a_misspelt_name_is_judged_as_the_name_meant() -> None:
    """ANTRHOPIC_API_KEY holding an OpenAI key is what ANTHROPIC_API_KEY holding it is: the
    same finding, said under the name written (renaming brings nothing new)."""
    key = "sk-proj-" + "AbCdEfGh1234" * 4
    wrong = {(f.code, f.key) for f in _lint(f"ANTRHOPIC_API_KEY={key}\n")} - {
        ("SW109", "ANTRHOPIC_API_KEY")}
    right = {(f.code, f.key) for f in _lint(f"ANTHROPIC_API_KEY={key}\n")}
    assert {(c, k.replace("ANTRHOPIC", "ANTHROPIC") if k else k) for c, k in wrong} == right


@pytest.mark.parametrize("name", [
    "HF_TOKEN", "HUGGINGFACEHUB_API_TOKEN", "HUGGINGFACE_API_KEY",  # real names
    "GROK_API_KEY", "XAI_API_KEY", "KIMI_API_KEY", "QWEN_API_KEY",  # real vendors' words
    "VORTEX_API_KEY", "FIREWORK_API_KEY", "GOGGLE_API_KEY", "CLADE_MODEL",  # real words
    "OPENI_API_KEY",  # PCL's OpenI platform (said by the whole-name rule, not this one)
    "LLM_API_KEY", "POLLINATIONS_API_KEY", "PUTER_API_KEY", "G4F_API_KEY",
    "HUUGINGFACE_SPACE_ID", "GROOQ_WORKSPACE",  # no LLM setting's family
])
def test_real_names_and_words_are_no_misspelt_provider(name: str) -> None:
    assert spelling.misspelt_provider_word(name) is None


def test_gpt4free_after_is_silent_on_names() -> None:
    assert _codes(GPT4FREE_AFTER, "SW109", "SW125", "SW114") == []


def test_a_slip_never_replaces_a_letter() -> None:
    """The slips are a letter doubled, a double moved, dropped or swapped: same letters, or
    one more or fewer. A replaced letter (VORTEX for VERTEX) is another word."""
    for slip, (word, _how) in spelling._SLIPS.items():
        assert sorted(slip) == sorted(word) or abs(len(slip) - len(word)) == 1 or \
            sorted(set(slip)) == sorted(set(word)), (slip, word)


# -- C: an app's renamed name (SW125) -----------------------------------------------------------
OPENWEBUI_REMOTE = ("docker run -d -p 3000:8080 -e OLLAMA_API_BASE_URL=https://example.com/api "
                    "-v open-webui:/app/backend/data --name open-webui --restart always "
                    "ghcr.io/open-webui/open-webui:main\n")
OPENWEBUI_HOSTNET = ("docker run -d --network=host -v open-webui:/app/backend/data -e "
                     "OLLAMA_API_BASE_URL=http://127.0.0.1:11434/api --name open-webui --restart "
                     "always ghcr.io/open-webui/open-webui:main\n")


@pytest.mark.parametrize(("posted", "new_value"), [
    (OPENWEBUI_REMOTE, "https://example.com"), (OPENWEBUI_HOSTNET, "http://127.0.0.1:11434")])
def test_open_webui_docs_old_name_is_said_with_the_new_one(posted: str, new_value: str) -> None:
    text = as_dotenv(posted)
    found = _lint(text)
    (f,) = [f for f in found if f.code == "SW125"]
    assert (f.key, f.severity) == ("OLLAMA_API_BASE_URL", "warning")
    assert "Open WebUI's old name for OLLAMA_BASE_URL" in f.message
    assert "without /api" in f.message and "OLLAMA_BASE_URL=/ollama" in f.message
    assert f.fix == f"remove OLLAMA_API_BASE_URL and set OLLAMA_BASE_URL={new_value} in its place"
    # the name is said: not also "nothing in it to check"
    assert [g.code for g in found] == ["SW125"]
    fixed = follow(text, f.code, f.key, f.fix)
    assert _codes(fixed, "SW125") == [] and "OLLAMA_API_BASE_URL" not in fixed


def test_open_webui_old_name_in_a_file_of_open_webui_without_api() -> None:
    text = "WEBUI_SECRET_KEY=s3cr3t\nOLLAMA_API_BASE_URL=http://ollama:11434\n"
    (f,) = [f for f in _lint(text) if f.code == "SW125"]
    assert f.fix == "remove OLLAMA_API_BASE_URL and set OLLAMA_BASE_URL=http://ollama:11434 " \
                    "in its place"


def test_old_and_new_name_both_set() -> None:
    text = "OLLAMA_BASE_URL=http://ollama:11434\nOLLAMA_API_BASE_URL=http://ollama:11434/api\n"
    (f,) = [f for f in _lint(text) if f.code == "SW125"]
    assert "OLLAMA_BASE_URL is set too (line 1)" in f.message
    assert f.fix and f.fix.startswith("remove OLLAMA_API_BASE_URL (")


@pytest.mark.parametrize("text", [
    "OLLAMA_BASE_URL=https://example.com\n",  # the fixed docs (after aca80c2c)
    "OLLAMA_BASE_URL=http://127.0.0.1:11434\n",
    # the Vercel AI SDK's Ollama provider takes its base with /api (next-ai-draw-io)
    "AI_PROVIDER=ollama\nAI_MODEL=llama3.2\nOLLAMA_BASE_URL=http://localhost:11434/api\n",
    # bolt.diy's own name, written without /api
    "OLLAMA_API_BASE_URL=http://127.0.0.1:11434\n",
    "OLLAMA_API_BASE_URL=http://host.docker.internal:11434\n",
    "OLLAMA_API_BASE=http://localhost:11434\n",  # LiteLLM's, open-notebook's
])
def test_renamed_name_is_silent_on_look_alikes(text: str) -> None:
    assert _codes(text, "SW125", "SW109") == []


# -- D: OPENAI_API_BASE_URL, read by some apps only (SW114) -------------------------------------
CREWAI_OPENAI = """# Required
OPENAI_API_KEY="sk-..."

# Optional
OPENAI_API_BASE_URL=https://api.openai.com/v1
MODEL_NAME="gpt-3.5-turbo"
"""
CREWAI_FASTCHAT = """# Required
OPENAI_API_BASE_URL="http://localhost:8001/v1"
OPENAI_API_KEY=NA
MODEL_NAME='oh-2.5m7b-q51'
"""
CREWAI_LMSTUDIO = """# Required
OPENAI_API_BASE_URL="http://localhost:8000/v1"

OPENAI_API_KEY=NA
MODEL_NAME=NA
"""


@pytest.mark.parametrize(("text", "line", "url"), [
    (CREWAI_OPENAI, 5, "https://api.openai.com/v1"),
    (CREWAI_FASTCHAT, 2, "http://localhost:8001/v1"),
    (CREWAI_LMSTUDIO, 2, "http://localhost:8000/v1"),
])
def test_crewai_docs_openai_api_base_url_is_said(text: str, line: int, url: str) -> None:
    (f,) = [f for f in _lint(text) if f.code == "SW114"]
    assert (f.key, f.line, f.severity) == ("OPENAI_API_BASE_URL", line, "warning")
    assert "Open WebUI, CAMEL (OWL) and chatgpt-web" in f.message
    assert "the OpenAI SDK reads OPENAI_BASE_URL" in f.message and "crewAI" in f.message
    assert f.fix and f.fix.startswith(f"set OPENAI_BASE_URL={url} or OPENAI_API_BASE={url} ")
    # following it (crewAI's own fix: OPENAI_API_BASE) brings no new error
    fixed = follow(text, f.code, f.key, f.fix)
    assert _errors(fixed) <= _errors(text)
    assert _codes(fixed, "SW114") != [("SW114", "OPENAI_API_BASE_URL", "warning")]


@pytest.mark.parametrize("text", [CREWAI_FASTCHAT, CREWAI_LMSTUDIO])
def test_the_key_beside_it_is_not_judged_as_openais(text: str) -> None:
    """NA is judged as an OpenAI key only because the URL went unread; with the URL's name
    fixed (crewAI's after files) the key is right, as it is beside OPENAI_API_BASE."""
    assert ("SW503", "OPENAI_API_KEY") not in _errors(text)
    after = text.replace("OPENAI_API_BASE_URL", "OPENAI_API_BASE")
    assert ("SW503", "OPENAI_API_KEY") not in _errors(after)


def test_a_key_sent_to_openai_anyway_is_still_judged() -> None:
    """With OpenAI's own URL under the unread name, the key goes to OpenAI either way."""
    text = "OPENAI_API_BASE_URL=https://api.openai.com/v1\nOPENAI_API_KEY=NA\n"
    assert ("SW503", "OPENAI_API_KEY") in _errors(text)


OWL_TEMPLATE = """# MODEL & API (See https://github.com/camel-ai/camel/blob/master/camel/types/enums.py)
DEFAULT_MODEL_PLATFORM_TYPE = "OPENAI"
DEFAULT_MODEL_TYPE = "gpt-4o"
OPENAI_API_BASE_URL = ""

# OPENAI API
OPENAI_API_KEY = ""

# Hugging Face API (https://huggingface.co/join)
HF_TOKEN=""

# Qwen API (https://help.aliyun.com/zh/model-studio/developer-reference/get-api-key)
QWEN_API_KEY=""

# DeepSeek API (https://platform.deepseek.com/api_keys)
DEEPSEEK_API_KEY=""
"""


@pytest.mark.parametrize("text", [
    OWL_TEMPLATE,  # CAMEL's OWL, which reads it (#23 of the probe: correctly nothing)
    # Open WebUI's own .env.example
    "OLLAMA_BASE_URL='http://localhost:11434'\nOPENAI_API_BASE_URL=''\nOPENAI_API_KEY=''\n",
    "WEBUI_SECRET_KEY=s3cr3t\nOPENAI_API_BASE_URL=https://openrouter.ai/api/v1\n",
    "ENABLE_OPENAI_API=True\nOPENAI_API_BASE_URL=https://api.openai.com/v1\n",
    # chatgpt-web's, and an app's own OPENAI_API_* scheme
    "OPENAI_API_BASE_URL=https://api.openai.com\nAPI_REVERSE_PROXY=\nAUTH_SECRET_KEY=\n",
    "OPENAI_API_BASE_URL=https://relay.example.com\nOPENAI_API_MODEL=gpt-4o-mini\n",
    # the SDK's own name set too
    "OPENAI_BASE_URL=http://localhost:8001/v1\nOPENAI_API_BASE_URL=http://localhost:8001/v1\n",
    "OPENAI_API_BASE_URLS=https://api.openai.com/v1;https://api.mistral.ai/v1\n",  # its list
])
def test_silent_in_the_files_of_apps_that_read_it(text: str) -> None:
    assert _codes(text, "SW114") == []


def test_in_a_file_of_its_app_it_is_the_base_url() -> None:
    """CAMEL reads it: NA goes to the local server, not OpenAI (no SW503), and the URL is
    judged as a base URL (SW213 for an endpoint in it)."""
    camel = ("DEFAULT_MODEL_PLATFORM_TYPE=openai-compatible-model\nDEFAULT_MODEL_TYPE=qwen2.5\n"
             "OPENAI_API_BASE_URL=http://localhost:8000/v1\nOPENAI_API_KEY=NA\n")
    assert _lint(camel) == []
    webui = ("WEBUI_SECRET_KEY=s3cr3t\n"
             "OPENAI_API_BASE_URL=https://api.groq.com/openai/v1/chat/completions\n")
    assert _codes(webui, "SW213") == [("SW213", "OPENAI_API_BASE_URL", "error")]


def test_an_ollama_fallback_beside_it_is_no_sign_of_open_webui() -> None:
    """Many apps' templates hold OLLAMA_BASE_URL for an Ollama fallback: no sign that the
    file is Open WebUI's, so OPENAI_API_BASE_URL is still said, and not taken for the base."""
    text = ("OPENAI_API_BASE_URL=http://localhost:8001/v1\nOPENAI_API_KEY=NA\n"
            "OLLAMA_BASE_URL=http://localhost:11434\nOLLAMA_MODEL=llama3.1:8b\n")
    assert _codes(text, "SW114") == [("SW114", "OPENAI_API_BASE_URL", "warning")]


@pytest.mark.parametrize("name", ["VLLM_BASE_URL", "LMSTUDIO_BASE_URL", "LLAMACPP_BASE_URL"])
def test_a_local_servers_own_name_is_no_misspelt_llm_name(name: str) -> None:
    """vLLM's VLLM_BASE_URL was SW109 'it reads LLM_BASE_URL' (one letter off): a local
    server's name names that server, as GROK_ names xAI and not a misspelt GROQ_."""
    text = f"{name}=http://localhost:8000/v1\n"
    assert not [f for f in lint_text(text, environ={}) if f.code == "SW109"]


def test_a_local_servers_name_misspelt_is_still_said() -> None:
    found = [f.key for f in lint_text("OLAMA_BASE_URL=http://localhost:11434\n", environ={})
             if f.code == "SW109"]
    assert found == ["OLAMA_BASE_URL"]
