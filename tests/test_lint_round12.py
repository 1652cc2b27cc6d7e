"""What lint learnt in session 11 (issue 12), from the rewriting "an app's prefix on every
name" (`tests/rewrite_report.py envs`): a file whose names all carry the app's own word
(APP_LLM_BASE_URL, APP_DEEPSEEK_MODEL) means what it meant without it, where the mistake is in
a value and not in a name's own convention. Each rule fires on its family and stays silent on
a look-alike."""

from __future__ import annotations

from setup_wizard.config import names
from setup_wizard.lint.engine import lint_text

OPENROUTER_KEY = "sk-or-v1-" + "c0ffee42" * 8


def _codes(text: str, *codes: str) -> list[tuple[str | None, str]]:
    return [(f.key, f.severity) for f in lint_text(text, environ={}) if f.code in codes]


def test_an_llm_clients_api_url_under_an_apps_name_that_is_no_url_is_an_error() -> None:
    # A scheme typed twice, a placeholder's text, a host without its scheme.
    assert _codes(f"APP_OPENAI_API_KEY={OPENROUTER_KEY}\n"
                  "APP_OPENAI_BASE_URL=httpshttps://openrouter.ai/api/v1\n",
                  "SW211") == [("APP_OPENAI_BASE_URL", "error")]
    assert _codes("APP_LLM_API_KEY=abcdefabcdefabcdefabcdefabcdef\n"
                  "APP_LLM_BASE_URL=your_llm_base_url_here (default is https://api.openai.com/v1)"
                  "\n", "SW211") == [("APP_LLM_BASE_URL", "error")]
    assert _codes("VITE_LLM_API_URL=localhost:8000/v1\n", "SW211") == [
        ("VITE_LLM_API_URL", "error")]


def test_a_web_apps_own_api_path_or_a_name_of_no_llm_client_is_not_judged() -> None:
    # A relative path is the web app's own API; a name with no LLM word is not an LLM
    # client's (its value may be anything); a reference is followed or said by its own rule.
    for text in ("NEXT_PUBLIC_LLM_API_URL=/api/chat\nGROQ_API_KEY=gsk_" + "a1" * 26 + "\n",
                 "PAYMENTS_API_URL=payments.internal:8080\nGROQ_API_KEY=gsk_" + "a1" * 26 + "\n",
                 "APP_LLM_BASE_URL=${LLM_HOST}/v1\nGROQ_API_KEY=gsk_" + "a1" * 26 + "\n"):
        assert _codes(text, "SW211") == [], text


def test_an_apps_prefix_before_an_llm_choice_keeps_it_a_model() -> None:
    text = ("LLM_BASE_URL=https://api.openai.com/v1\n"
            "LLM_API_KEY=sk-proj-" + "a1b2" * 10 + "\n"
            "LLM_CHOICE=gpt-4.1-mini\n"
            "{}_INGESTION_LLM_CHOICE=gpt-4.1-nano\n")
    # gpt-4.1-nano is retired at OpenAI's API (docs/sources.md): said under either name.
    assert _codes(text.replace("{}_", ""), "SW301") == [("INGESTION_LLM_CHOICE", "error")]
    assert _codes(text.format("APP"), "SW301") == [("APP_INGESTION_LLM_CHOICE", "error")]
    # A name of several words ending in LLM_NAME is a label to show, not the model's ID.
    assert _codes("NEXT_PUBLIC_CUSTOM_LLM_NAME=Groq Lightning\n"
                  "NEXT_PUBLIC_CUSTOM_API_URL=https://api.groq.com/openai/v1\n"
                  "NEXT_PUBLIC_CUSTOM_MODEL=openai/gpt-oss-20b\n", "SW314") == []
    assert names.lookup("APP_INGESTION_LLM_CHOICE") is not None
    assert names.lookup("NEXT_PUBLIC_CUSTOM_LLM_NAME") is None


def test_a_key_named_for_another_vendor_is_not_the_base_urls_key() -> None:
    text = ("{p}DEEPSEEK_API_KEY=sk-" + "CoRpUs" * 6 + "\n"
            "{p}OPENROUTER_BASE_URL=https://openrouter.ai/api/v1\n"
            "{p}OPENROUTER_API_KEY=" + OPENROUTER_KEY + "\n")
    # DeepSeek's sk- key is the DeepSeek client's, with or without the app's prefix.
    assert _codes(text.format(p=""), "SW504") == []
    assert _codes(text.format(p="APP_"), "SW504") == []
    # An OpenAI-shaped key under a name of no other vendor beside OpenRouter's URL is still
    # the key those requests carry, and the wrong one.
    alone = ("APP_LLM_API_KEY=sk-proj-" + "a1b2" * 10 + "\n"
             "APP_OPENROUTER_BASE_URL=https://openrouter.ai/api/v1\n")
    assert _codes(alone, "SW504") == [("APP_LLM_API_KEY", "error")]


def test_a_vendors_word_after_an_apps_word_ties_a_model_to_its_url() -> None:
    # (the app's word and the vendor's together: see tests/test_review12_lint.py)
    assert names.head("APP_DEEPSEEK_MODEL") == names.head("APP_DEEPSEEK_BASE_URL") \
        != names.head("APP_OPENAI_BASE_URL")
    assert names.head_word("APP_DEEPSEEK_MODEL") == "DEEPSEEK"
    assert names.head_word("JUNIOR_GROQ_MODEL") == "GROQ"
    assert names.head("CODER_AGENT_MODEL") == "CODER"  # no vendor's word: the app's
    assert names.head("GROQ_MODEL") == "GROQ"
    assert names.head("APP_MODEL") == "APP"
    text = ("{p}OPENAI_API_KEY=sk-proj-" + "a1b2" * 10 + "\n"
            "{p}OPENAI_MODEL=gpt-5\n"
            "{p}OPENAI_BASE_URL=https://api.openai.com/v1\n"
            "{p}DEEPSEEK_API_KEY=sk-" + "CoRpUs" * 6 + "\n"
            "{p}DEEPSEEK_MODEL=deepseek-v3\n"
            "{p}DEEPSEEK_BASE_URL=https://api.deepseek.com/v1\n")
    # 'deepseek-v3' is no model of DeepSeek's API (deepseek-chat, deepseek-reasoner): the
    # DeepSeek client's model, judged against DeepSeek's catalog under either spelling.
    for p in ("", "APP_"):
        found = [f for f in lint_text(text.format(p=p), environ={}) if f.code == "SW302"]
        assert [(f.key, "DeepSeek" in f.message) for f in found] == [
            (f"{p}DEEPSEEK_MODEL", True)], p


def test_ollamas_native_api_under_an_openai_style_base_url() -> None:
    # Ollama's OpenAI-compatible API is at /v1; /api is its native one (docs.ollama.com).
    for url in ("http://myip:11434/api/v1", "http://localhost:11434/api"):
        found = [(f.key, f.severity, f.fix) for f in lint_text(
            f"OPENAI_BASE_URL={url}\nOPENAI_MODEL=llama3.1\n", environ={}) if f.code == "SW222"]
        assert found and found[0][:2] == ("OPENAI_BASE_URL", "error"), url
        assert found[0][2].endswith(":11434/v1")
    # Under an app's own name, a warning: the app may speak the native API itself.
    assert _codes("MY_LLM_BASE_URL=http://localhost:11434/api\nMY_LLM_MODEL=llama3.1\n",
                  "SW233") == [("MY_LLM_BASE_URL", "warning")]
    # Right: the OpenAI-compatible base; Ollama's own names (its clients speak the native
    # API); a whole native endpoint; another port.
    for text in ("OPENAI_BASE_URL=http://localhost:11434/v1\nOPENAI_MODEL=llama3.1\n",
                 "OLLAMA_BASE_URL=http://127.0.0.1:11434/api\nOLLAMA_MODEL=llama3.2\n",
                 'EMBEDDING_ENDPOINT="http://localhost:11434/api/embeddings"\n',
                 "OPENAI_BASE_URL=http://localhost:8080/api\nOPENAI_MODEL=llama3.1\n"):
        assert _codes(text, "SW222", "SW233") == [], text


def test_a_whole_word_before_or_after_a_known_name_is_no_typo() -> None:
    from setup_wizard.lint.spelling import near_miss
    assert near_miss("MY_LLM_BASE_URL") is None
    assert near_miss("LLM_BASE_URL_2") is None
    assert near_miss("OPENAI_BASE_UR") == "OPENAI_BASE_URL"  # a typo still is one
    assert near_miss("CF_GATEWAY_TOKN") == "CF_GATEWAY_TOKEN"
