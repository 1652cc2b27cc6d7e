"""Lint, round 16: what the session's probes of posted configurations found (issue #12)."""

from __future__ import annotations

from setup_wizard.lint.engine import lint_text


def _sw110(text: str) -> str:
    found = [f for f in lint_text(text, environ={}) if f.code == "SW110"]
    assert len(found) == 1, text
    return found[0].message


def test_no_llm_settings_never_says_none_is_set_of_a_setting_it_names() -> None:
    # https://github.com/Deepractice/AgentX/issues/2 (a relay's Anthropic base URL and a key),
    # https://github.com/RikaiDev/inboxd/issues/29 (CLAUDE_API_KEY): settings of an LLM, only
    # none lint can judge. "None of the LLM settings ... is set" was false of them.
    key = "sk-ant-api03-" + "Qw7" * 30
    for text, name in (('ANTHROPIC_BASE_URL="https://relay.deepractice.ai/api"\n',
                        "ANTHROPIC_BASE_URL"),
                       (f"CLAUDE_API_KEY={key}\n", "CLAUDE_API_KEY")):
        message = _sw110(text)
        assert f"{name} is set" in message and "none of the LLM settings" not in message
        assert key not in message and key[-6:] not in message  # never the value
    # A file of other things still hears that it holds no LLM setting at all.
    assert _sw110("DATABASE_URL=postgres://localhost/db\nDEBUG=1\n").startswith(
        "none of the LLM settings")
