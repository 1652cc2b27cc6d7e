"""A second reader's findings on lint's changes after 1892989 (c7d9987): each test is a file
a change judged worse than before, and the family the change was made for, still right."""

from __future__ import annotations

from setup_wizard.lint.engine import lint_text

GROQ = ("GROQ_API_KEY=gsk_" + "a1" * 26 + "\n"
        "OPENAI_BASE_URL=https://api.groq.com/openai/v1\nOPENAI_MODEL=openai/gpt-oss-20b\n")


def _on(text: str, key: str) -> list[str]:
    return [f.code for f in lint_text(text, environ={}) if f.key == key]


def test_a_path_under_a_name_with_an_llm_word_is_no_address_without_its_scheme() -> None:
    # A web app's route relative to its page, or a folder: no host is missing a scheme there
    # (c7d9987 said SW211, and SW227 for './models', of each).
    for line in ("NEXT_PUBLIC_AI_API_URL=api/chat", "MODEL_BASE_PATH=./models",
                 "AI_BASE_PATH=models/cache", "GATEWAY_BASE_PATH=v2",
                 "MODEL_BASE_PATH=~/models", "MODEL_BASE_PATH=C:\\models"):
        key = line.split("=")[0]
        assert _on(GROQ + line + "\n", key) == [], line
    # A host without its scheme, or a scheme mistyped, under the same names is still said.
    for line in ("NEXT_PUBLIC_AI_API_URL=localhost:3000/api",
                 "APP_LLM_BASE_URL=api.groq.com/openai/v1",
                 "APP_LLM_BASE_URL=https//api.groq.com/openai/v1",
                 "APP_LLM_BASE_URL=your base url (https://api.openai.com/v1)"):
        key = line.split("=")[0]
        assert "SW211" in _on(GROQ + line + "\n", key), line


def test_a_switch_or_a_number_under_a_name_ending_in_llm_is_no_model() -> None:
    # c7d9987 let *_LLM take any number of words before LLM: a switch or a limit about the
    # LLM became a model (SW302 'true' is not a model), the role's when no other was set.
    for line in ("ENABLE_SMART_LLM=true", "APP_USE_LLM=yes", "NEXT_PUBLIC_ENABLE_LLM=false",
                 "MAX_TOKENS_LLM=4096", "TIMEOUT_SECONDS_LLM=30", "APP_DEFAULT_LLM=groq",
                 "ENABLE_LLM=true"):
        key = line.split("=")[0]
        assert _on(GROQ + line + "\n", key) == [], line
        alone = "GROQ_API_KEY=gsk_" + "a1" * 26 + "\n" + line + "\n"
        assert _on(alone, key) == [], line
    # A model under such a name is still judged (llama3-8b-8192 is retired at Groq).
    assert "SW301" in _on(GROQ + "APP_FAST_LLM=llama3-8b-8192\n", "APP_FAST_LLM")
    # (gpt-researcher's FAST_LLM is written provider:model; without it, SW318 says so first)
    assert "SW301" in _on(GROQ + "FAST_LLM=groq:llama3-8b-8192\n", "FAST_LLM")


def test_a_key_named_for_the_urls_own_provider_and_another_is_the_urls() -> None:
    # c7d9987 set aside a key naming another vendor beside a URL's provider, even when the
    # name named the URL's provider too: an OpenAI key sent to OpenRouter or through the
    # gateway's Groq route was no longer said (SW504).
    oa = "sk-proj-" + "a1b2" * 10
    for text, key in ((f"OPENAI_BASE_URL=https://openrouter.ai/api/v1\n"
                       f"OPENROUTER_CLAUDE_API_KEY={oa}\n"
                       "OPENAI_MODEL=anthropic/claude-3.5-sonnet\n", "OPENROUTER_CLAUDE_API_KEY"),
                      ("OPENAI_BASE_URL=https://gateway.ai.cloudflare.com/v1/"
                       "0123456789abcdef0123456789abcdef/my-gw/groq\n"
                       f"CLOUDFLARE_GROQ_API_KEY={oa}\nOPENAI_MODEL=openai/gpt-oss-20b\n",
                       "CLOUDFLARE_GROQ_API_KEY")):
        assert "SW504" in _on(text, key), key
    # A key naming only another vendor is still that vendor's client's (c7d9987's case).
    text = (f"OPENAI_BASE_URL=https://openrouter.ai/api/v1\nMISTRAL_LLM_API_KEY={oa}\n"
            "OPENAI_MODEL=mistralai/mistral-large\n")
    assert _on(text, "MISTRAL_LLM_API_KEY") == []


def test_an_apps_word_before_a_vendors_ties_only_names_that_have_both() -> None:
    # c7d9987's head() dropped an app's word before a vendor's, so CUSTOM_OPENAI_BASE_URL (an
    # app's second, OpenAI-compatible client) tied to the OpenAI SDK's own OPENAI_MODEL: that
    # model became the Groq URL's, 'gpt-4o-mini is not a model ... for Groq'.
    text = ("OPENAI_API_KEY=sk-proj-" + "a1b2" * 10 + "\nOPENAI_MODEL=gpt-4o-mini\n"
            "CUSTOM_OPENAI_BASE_URL=https://api.groq.com/openai/v1\n"
            "CUSTOM_OPENAI_API_KEY=gsk_" + "a1" * 26 + "\n"
            "CUSTOM_OPENAI_MODEL={model}\n")
    assert _on(text.format(model="openai/gpt-oss-20b"), "OPENAI_MODEL") == []
    # The URL's own client's model is still judged against the Groq catalog.
    assert "SW301" in _on(text.format(model="llama3-8b-8192"), "CUSTOM_OPENAI_MODEL")
    # And a vendor's word after an app's still says whose the name is: a Bedrock ID under an
    # Anthropic name with the app's prefix is Bedrock's form on Anthropic's API (SW315).
    assert "SW315" in _on("APP_ANTHROPIC_API_KEY=\nAPP_ANTHROPIC_MODEL_NAME="
                          "claude-haiku-4-5-20251001-v1:0\n", "APP_ANTHROPIC_MODEL_NAME")


def test_the_provider_a_models_name_names_is_found_by_a_table_of_words() -> None:
    # (built once: a name of many words was compared word by word with every provider's
    # slug and name, 1.3 s for a 1 MiB name ending in _LLM: bench_lint_bounds.py)
    for name in ("GROQ_MODEL", "APP_GROQ_LLM", "A_" * 2000 + "GROQ_LLM"):
        assert "SW301" in _on(f"{name}=llama3-8b-8192\n", name), name[-20:]
    # DeepSeek's by its name: deepseek-v3 is no model of its API (a warning, SW302).
    name = "A_" * 2000 + "DEEPSEEK_LLM"
    assert "SW302" in _on(f"{name}=deepseek-v3\n", name)
