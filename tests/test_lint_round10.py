"""What lint learnt in session 9 (issue 12). Each rule fires on its family and stays silent on
a look-alike."""

from __future__ import annotations

from setup_wizard.lint.engine import lint_text


def _codes(text: str, *codes: str) -> list[tuple[str | None, str]]:
    return [(f.key, f.severity) for f in lint_text(text, environ={}) if f.code in codes]


def test_gemini_previews_the_deprecations_page_marks_shut_down_are_an_error() -> None:
    for model in ("gemini-2.5-pro-preview-03-25", "gemini-2.5-pro-preview-06-05",
                  "gemini-3-pro-preview"):
        for text, name in ((f"GEMINI_MODEL={model}\n", "GEMINI_MODEL"),
                           (f"LLM_MODEL=gemini/{model}\n", "LLM_MODEL")):
            assert _codes(text, "SW301") == [(name, "error")], text
            fix = next(f for f in lint_text(text, environ={}) if f.code == "SW301").fix or ""
            assert "gemini-3.1-pro-preview" in fix
    # Its replacement, a preview the page does not mark shut down, and another server's
    # variable stay clean.
    for text in ("GEMINI_MODEL=gemini-3.1-pro-preview\n", "GEMINI_MODEL=gemini-3-flash-preview\n",
                 "OLLAMA_MODEL=gemini-3-pro-preview\n"):
        assert _codes(text, "SW301") == [], text
