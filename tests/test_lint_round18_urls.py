"""An Anthropic client's base URL ending in /v1 off the hosts lint knows (issue 12, round 18).

The Anthropic SDK and Claude Code append /v1/messages to ANTHROPIC_BASE_URL. Ollama and
llama.cpp serve that API at their root (docs.ollama.com/api/anthropic-compatibility), so
`http://localhost:11434/v1` sends to /v1/v1/messages (anthropics/claude-code#20416's 404s).
The Vercel AI SDK reads the same name and posts to {base}/messages, where /v1 is right: so it
is a warning (SW235) on every host, and on a provider's host lint knows its own rules speak."""

from __future__ import annotations

from lint_support import lint_findings


def _said(text: str) -> list[tuple[str, str | None, str]]:
    return [(f.code, f.key, f.severity) for f in lint_findings(text)
            if f.key == "ANTHROPIC_BASE_URL" and f.code in ("SW222", "SW235")]


def test_claude_code_20416_a_local_ollama_base_with_v1_is_a_warning_with_the_root() -> None:
    text = ("export ANTHROPIC_AUTH_TOKEN=ollama\n"
            "export ANTHROPIC_BASE_URL=http://localhost:11434/v1\n")
    (f,) = [f for f in lint_findings(text) if f.key == "ANTHROPIC_BASE_URL"]
    assert (f.code, f.severity) == ("SW235", "warning")
    assert f.fix == "set ANTHROPIC_BASE_URL=http://localhost:11434"
    assert "Vercel AI SDK" in f.message


def test_another_host_keeps_its_path_and_query_and_masks_its_credentials() -> None:
    (f,) = [f for f in lint_findings(
        "ANTHROPIC_BASE_URL=https://admin:s3cr3tPassw0rdXYZ@relay.example.com/api/v1/?team=a\n")
        if f.code == "SW235"]
    assert f.fix == "set ANTHROPIC_BASE_URL=https://****@relay.example.com/api?team=a"
    assert "s3cr3t" not in f.message + f.fix and "XYZ" not in f.fix


def test_a_providers_own_host_is_left_to_its_own_rules() -> None:
    # Groq's and Google's OpenAI-format bases: no Anthropic API there, whatever the path.
    assert _said("ANTHROPIC_BASE_URL=https://api.groq.com/openai/v1\n") == []
    found = {f.code for f in lint_findings(
        "ANTHROPIC_BASE_URL=https://generativelanguage.googleapis.com/v1\n")}
    assert "SW235" not in found


def test_roots_other_names_and_known_bases_are_not_said_so() -> None:
    for text in (
        "ANTHROPIC_BASE_URL=http://localhost:11434\n",
        "ANTHROPIC_BASE_URL=https://openrouter.ai/api\n",
        "ANTHROPIC_BASE_URL=https://api.deepseek.com/anthropic\n",
        "ANTHROPIC_BASE_URL=https://relay.example.com/v1beta\n",
        "OPENAI_BASE_URL=http://localhost:11434/v1\n",      # an OpenAI client's: right
        "CLAUDE_API_BASE=https://relay.example.com/v1\n",   # an app's own name
    ):
        assert [f.code for f in lint_findings(text) if f.code in ("SW222", "SW235")] == [], text
