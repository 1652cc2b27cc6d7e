"""Evidence added in session 9 (issue 13), each with a text that fires it and a look-alike that
must not."""

from __future__ import annotations

from setup_wizard.diagnose.classify import classify_pasted


def _google_404(model: str) -> str:
    return ('{"error": {"code": 404, "message": "models/' + model + ' is not found for API '
            'version v1beta, or is not supported for generateContent. Call ListModels to see '
            'the list of available models and their supported methods.", "status": '
            '"NOT_FOUND"}}')


def test_googles_not_found_names_its_model_and_the_retired_list_decides() -> None:
    d = classify_pasted(_google_404("gemini-2.0-flash"), 404)
    assert (d.origin, d.cause) == ("google", "model-decommissioned")
    assert any("gemini-2.0-flash is on Google" in e for e in d.evidence)
    d = classify_pasted(_google_404("gemini-3-pro-preview"), 404)
    assert (d.origin, d.cause) == ("google", "model-decommissioned")
    # A model Google still serves, or one it never had, stays "not found".
    for model in ("gemini-2.5-flash", "gemini-pro-vision-9"):
        d = classify_pasted(_google_404(model), 404)
        assert (d.origin, d.cause) == ("google", "model-not-found"), model


def test_anthropics_not_found_for_a_model_on_its_retired_list_is_the_retirement() -> None:
    body = ('{"type":"error","error":{"type":"not_found_error","message":"model: %s"}}')
    d = classify_pasted(body % "claude-3-5-sonnet-20241022", 404)
    assert (d.origin, d.cause) == ("anthropic", "model-decommissioned")
    assert "claude-sonnet-4-6" in d.hint
    # A name not on the list (a typo, an alias) stays "not found".
    d = classify_pasted(body % "claude-sonet-4-6", 404)
    assert (d.origin, d.cause) == ("anthropic", "model-not-found")
