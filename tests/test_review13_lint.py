"""A second reader's look at session 13's lint changes: each stays right on a file shaped a
little differently from the one it was learnt on."""

from __future__ import annotations

from setup_wizard.lint.engine import lint_text

OPENAI_KEY = "sk-proj-" + "a1B2" * 10
GROQ_KEY = "gsk_" + "a1B2" * 13


def _found(text: str, *codes: str) -> list[tuple[str, str | None, str]]:
    return [(f.code, f.key, f.severity) for f in lint_text(text, environ={})
            if not codes or f.code in codes]


def test_a_side_clients_key_under_the_base_urls_word_is_still_the_side_clients() -> None:
    # An app's prefix on its base URL and on its embeddings client's key (APP_): the key
    # under the URL's word is the embeddings client's all the same, not the chat's.
    lines = [f"SECRET={GROQ_KEY}", "APP_BASE_URL=https://api.groq.com/openai/v1",
             f"APP_EMBEDDING_API_KEY={OPENAI_KEY}"]
    for text in ("\n".join(lines) + "\n", "\n".join(reversed(lines)) + "\n"):
        assert _found(text, "SW504") == [], text
