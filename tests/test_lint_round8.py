"""What lint learnt in session 7 (issue 12, tune half only). Each rule fires on its family
and stays silent on a look-alike."""

from __future__ import annotations

from setup_wizard.lint.engine import lint_text


def _codes(text: str, code: str) -> list[tuple[str | None, str]]:
    return [(f.key, f.severity) for f in lint_text(text, environ={}) if f.code == code]


def test_an_empty_value_with_a_comment_after_it_is_a_warning() -> None:
    # Compose's env_file trims the blanks after = and reads "# ..." as the value.
    text = ("LLM_PROVIDER=\nLLM_MODEL=                 # Optional override\n"
            "OPENAI_API_KEY=\t# from the dashboard\nPORT=   # the server's port\n")
    found = _codes(text, "SW117")
    assert found == [("LLM_MODEL", "warning"), ("OPENAI_API_KEY", "warning")]
    message = next(f for f in lint_text(text, environ={}) if f.code == "SW117")
    assert "line 2" in message.message and "line 2" in (message.fix or "")


def test_a_comment_after_a_value_or_on_its_own_line_is_not_sw117() -> None:
    # Both readers cut a comment after a value at " #"; a quoted empty value ends at its quote;
    # "#x" glued to = is the value for both.
    for text in ("LLM_MODEL=gpt-4o # the default\n", "# the model\nLLM_MODEL=\n",
                 'LLM_MODEL="" # set it\n', "LLM_MODEL=#x\n", "LLM_MODEL=\n"):
        assert _codes(text, "SW117") == [], text
