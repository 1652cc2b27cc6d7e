"""Evidence added in session 12 (issue 13), from the tune part of batch 30. Each family fires
on a real text and stays silent on a look-alike."""

from __future__ import annotations

from pathlib import Path

from setup_wizard.diagnose.classify import classify_pasted

ERRORS = Path(__file__).parent / "fixtures" / "corpus" / "errors"


def _said(text: str, status: int | None = None) -> tuple[str, str]:
    d = classify_pasted(text, status)
    return d.origin, d.cause


def _text(name: str) -> str:
    return (ERRORS / name).read_text(encoding="utf-8")


def test_a_model_server_that_could_not_load_the_model_failed_itself() -> None:
    text = _text("unknown-localai-all-backends-failed-langchain-retry-apierror-localai-1133.txt")
    assert _said(text) == ("unknown", "provider-server-error")
    assert _said("Error: failed to load model 'llama3'") == ("unknown", "provider-server-error")


def test_a_model_that_is_not_there_is_still_read_first() -> None:
    # "not found" says more than "could not load": the model is missing, not the server broken.
    assert _said("failed to load model: model 'x' not found")[1] == "model-not-found"
    # Loading something else (a page, a file) is no model server's failure.
    assert _said("Error: failed to load page")[1] != "provider-server-error"
