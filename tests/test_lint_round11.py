"""What lint learnt in session 10 (issue 12). Each rule fires on its family and stays silent on
a look-alike."""

from __future__ import annotations

from setup_wizard.config import names
from setup_wizard.lint.engine import lint_text


def _codes(text: str, *codes: str) -> list[tuple[str | None, str]]:
    return [(f.key, f.severity) for f in lint_text(text, environ={}) if f.code in codes]


def test_a_framework_prefix_does_not_tie_every_setting_together() -> None:
    assert names.head("NEXT_PUBLIC_DEEPSEEK_MODEL") == "DEEPSEEK"
    assert names.head("VITE_OPENAI_API_BASE") == "OPENAI"
    assert names.head("PUBLIC_") == "PUBLIC"  # a prefix alone is a name of its own
    assert names.head("DEEPSEEK_MODEL") == "DEEPSEEK"
    # The second model goes with its own base URL (DeepSeek's), not with the primary one
    # (Groq's): judged against DeepSeek's catalog, whose current names are clean.
    text = ("NEXT_PUBLIC_API_BASE_URL=https://api.groq.com/openai/v1\n"
            "NEXT_PUBLIC_MODEL=openai/gpt-oss-20b\n"
            "NEXT_PUBLIC_GROQ_API_KEY=gsk_" + "a1" * 26 + "\n"
            "VITE_DEEPSEEK_BASE_URL=https://api.deepseek.com\n"
            "VITE_DEEPSEEK_MODEL={}\n")
    assert _codes(text.format("deepseek-v4-flash"), "SW301", "SW302", "SW309") == []
    # A Groq model sent to DeepSeek is still named.
    assert _codes(text.format("llama-3.3-70b-versatile"), "SW301", "SW302", "SW309") != []


def test_a_model_beside_its_own_local_servers_url_is_that_servers_name() -> None:
    text = ("NEXT_PUBLIC_CUSTOM_API_URL=https://api.groq.com/openai/v1\n"
            "NEXT_PUBLIC_CUSTOM_MODEL=openai/gpt-oss-20b\n"
            "NEXT_PUBLIC_CUSTOM_API_KEY=gsk_" + "a1" * 26 + "\n"
            "NEXT_PUBLIC_DEFAULT_API_URL=http://localhost:11434\n"
            "NEXT_PUBLIC_DEFAULT_MODEL={}\n")
    # Ollama's llama3.1 is no unknown Groq model: it goes to the local server.
    assert _codes(text.format("llama3.1"), "SW301", "SW302") == []
    # The same model beside no local URL is judged where the file's requests go (Groq).
    other = text.replace("NEXT_PUBLIC_DEFAULT_API_URL=http://localhost:11434\n", "")
    assert _codes(other.format("llama3.1"), "SW302") == [("NEXT_PUBLIC_DEFAULT_MODEL",
                                                         "warning")]
    # A placeholder there is still a placeholder.
    assert _codes(text.format("your_model_here"), "SW310") != []
