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


def test_a_named_endpoint_on_a_bare_host_is_wrong_not_maybe_right() -> None:
    # OPENAI_MODELS_URL holds the model list whole (the app fetches it as given), so no app
    # adds the version path to it: https://api.openai.com/models is a 404, an error as it was
    # before the name was read as a whole endpoint, and its fix keeps the endpoint.
    found = [f for f in lint_text("OPENAI_MODELS_URL=https://api.openai.com/models\n",
                                  environ={}) if f.key == "OPENAI_MODELS_URL"]
    assert [(f.code, f.severity) for f in found] == [("SW222", "error")]
    assert found[0].fix is not None and "https://api.openai.com/v1/models" in found[0].fix
    assert _codes("EMBEDDINGS_URL=https://api.openai.com/embeddings\n", "SW222", "SW231") == [
        ("EMBEDDINGS_URL", "error")]
    # The whole endpoint on its base is right; a bare host under a base URL's name stays the
    # warning it was (an app may append the version path to a base).
    assert _codes("OPENAI_MODELS_URL=https://api.openai.com/v1/models\n", "SW222", "SW231") == []
    assert _codes("LLM_BASE_URL=https://api.openai.com\n", "SW222", "SW231") == [
        ("LLM_BASE_URL", "warning")]
