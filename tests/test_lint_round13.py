"""What lint learnt in session 12 (issue 12), from round 23's tune files. Each rule fires on its
family and stays silent on a look-alike."""

from __future__ import annotations

from setup_wizard.lint.engine import lint_text

OPENAI_KEY = "sk-proj-" + "a1B2" * 10


def _found(text: str, *codes: str) -> list[tuple[str, str | None, str]]:
    return [(f.code, f.key, f.severity) for f in lint_text(text, environ={})
            if not codes or f.code in codes]


def test_an_unknown_apps_url_ending_in_any_endpoint_may_be_posted_to_as_it_is() -> None:
    # DeepTutor's .env.example: EMBEDDING_HOST "is the FULL endpoint URL ... called verbatim",
    # beside a base URL in LLM_HOST. An app lint does not know may do so: a warning, no error.
    text = (f"LLM_MODEL=gpt-4o-mini\nLLM_API_KEY={OPENAI_KEY}\nLLM_HOST=https://api.openai.com/v1"
            f"\nEMBEDDING_MODEL=text-embedding-3-large\nEMBEDDING_API_KEY={OPENAI_KEY}\n"
            "EMBEDDING_HOST=https://api.openai.com/v1/embeddings\n")
    found = _found(text)
    assert ("SW229", "EMBEDDING_HOST", "warning") in found
    assert not [f for f in found if f[2] == "error"], found
    for tail in ("/completions", "/responses"):
        assert _found(f"APP_LLM_URL=https://api.groq.com/openai/v1{tail}\n", "SW229", "SW222") \
            == [("SW229", "APP_LLM_URL", "warning")]


def test_the_openai_sdks_own_names_still_may_not_hold_an_endpoint() -> None:
    # The SDK appends /embeddings to OPENAI_BASE_URL: there the whole endpoint is wrong.
    assert _found("OPENAI_BASE_URL=https://api.openai.com/v1/embeddings\n", "SW229", "SW222") \
        == [("SW222", "OPENAI_BASE_URL", "error")]
    # An endpoint's tail does not hide a wrong base before it.
    found = _found("LLM_HOST=https://api.groq.com/v1/embeddings\n", "SW229", "SW222")
    assert ("SW222", "LLM_HOST", "error") in found


def test_the_key_beside_the_base_url_is_its_key_whatever_the_order() -> None:
    # ask.py's env.deepseek.tpl: DeepSeek for chat, OpenAI for embeddings, each with its own
    # key; read in either order, the OpenAI key is the embeddings client's.
    lines = ["LLM_BASE_URL=https://api.deepseek.com/v1", "LLM_API_KEY=sk-" + "a1B2" * 8,
             "EMBED_BASE_URL=https://api.openai.com/v1", f"EMBED_API_KEY={OPENAI_KEY}",
             "EMBEDDING_MODEL=text-embedding-3-small"]
    for text in ("\n".join(lines) + "\n", "\n".join(reversed(lines)) + "\n"):
        assert _found(text, "SW504") == [], text
    # The chat client's own key of another vendor is still said.
    wrong = ["LLM_BASE_URL=https://api.deepseek.com/v1", f"LLM_API_KEY={OPENAI_KEY}",
             "EMBED_API_KEY=sk-" + "a1B2" * 8]
    for text in ("\n".join(wrong) + "\n", "\n".join(reversed(wrong)) + "\n"):
        assert _found(text, "SW504") == [("SW504", "LLM_API_KEY", "error")], text
