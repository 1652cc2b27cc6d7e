"""An Anthropic client's base URL ending in /v1 off the hosts lint knows (issue 12, round 18).

The Anthropic SDK and Claude Code append /v1/messages to ANTHROPIC_BASE_URL. Ollama and
llama.cpp serve that API at their root (docs.ollama.com/api/anthropic-compatibility), so
`http://localhost:11434/v1` sends to /v1/v1/messages (anthropics/claude-code#20416's 404s):
SW222. On a host lint has no Anthropic-format base for, the same shape is a warning (SW235)."""

from __future__ import annotations

from lint_support import codes, lint_findings


def test_claude_code_20416_a_local_ollama_base_with_v1_is_an_error() -> None:
    text = ("export ANTHROPIC_AUTH_TOKEN=ollama\n"
            "export ANTHROPIC_BASE_URL=http://localhost:11434/v1\n")
    (f,) = [f for f in lint_findings(text) if f.key == "ANTHROPIC_BASE_URL"]
    assert (f.code, f.severity) == ("SW222", "error")
    assert f.fix == "set ANTHROPIC_BASE_URL=http://localhost:11434"


def test_a_lan_server_on_a_local_servers_port_is_one_too() -> None:
    assert codes("ANTHROPIC_BASE_URL=http://192.168.1.20:11434/v1/\n", "SW222", "SW235") == [
        ("SW222", "ANTHROPIC_BASE_URL", "error")]


def test_another_host_is_a_warning_with_the_root_as_its_fix() -> None:
    (f,) = [f for f in lint_findings("ANTHROPIC_BASE_URL=https://relay.example.com/api/v1\n")
            if f.code == "SW235"]
    assert f.severity == "warning" and f.fix == \
        "set ANTHROPIC_BASE_URL=https://relay.example.com/api"


def test_roots_other_names_and_known_bases_are_not_said_so() -> None:
    for text in (
        "ANTHROPIC_BASE_URL=http://localhost:11434\n",
        "ANTHROPIC_BASE_URL=https://openrouter.ai/api\n",
        "ANTHROPIC_BASE_URL=https://api.deepseek.com/anthropic\n",
        "ANTHROPIC_BASE_URL=https://relay.example.com/v1beta\n",
        "OPENAI_BASE_URL=http://localhost:11434/v1\n",      # an OpenAI client's: right
        "CLAUDE_API_BASE=https://relay.example.com/v1\n",   # an app's own name
    ):
        assert codes(text, "SW235") == [], text
        assert ("SW222", "ANTHROPIC_BASE_URL") not in {(f.code, f.key)
                                                       for f in lint_findings(text)}, text
