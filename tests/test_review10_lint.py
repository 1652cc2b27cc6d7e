"""A second reader's findings on session 10's lint changes: each test is an input the change
answered wrongly, and a look-alike it was made for."""

from __future__ import annotations

from setup_wizard.lint.engine import lint_text


def _codes(text: str, *codes: str) -> list[tuple[str | None, str]]:
    return [(f.key, f.severity) for f in lint_text(text, environ={}) if f.code in codes]


def test_a_secret_reference_with_blanks_in_its_names_cannot_be_checked_either() -> None:
    # 1Password's names may hold blanks (the reference is then quoted): still a reference,
    # not a malformed key.
    for ref in ("op://Private Vault/OpenAI API/credential", "op://dev/OpenAI/api key",
                "op://dev/OpenAI/Admin section/credential",
                "op://app-prod/db/one-time password?attribute=otp"):
        text = f'OPENAI_API_KEY="{ref}"\nOPENAI_MODEL=gpt-4o\n'
        assert [(f.code, f.key) for f in lint_text(text, environ={})] == [
            ("SW120", "OPENAI_API_KEY")], ref
    # Blanks do not make anything a reference: a reference's four parts at most.
    for value in ("op://dev/OpenAI", "op:// /x/y", "op://a/b/c/d/e"):
        assert _codes(f'OPENAI_API_KEY="{value}"\nOPENAI_MODEL=gpt-4o\n', "SW503") == [
            ("OPENAI_API_KEY", "error")], value
