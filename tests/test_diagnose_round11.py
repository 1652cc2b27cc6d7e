"""Evidence added in session 10 (issue 13, tune texts and the robustness measures), each with a
text that fires it and a look-alike that must not."""

from __future__ import annotations

from setup_wizard.diagnose.classify import classify_pasted


def _said(text: str, status: int | None = None) -> tuple[str, str]:
    d = classify_pasted(text, status)
    return d.origin, d.cause


_NOT_FOUND = ("NotFoundError: Error code: 404 - {{'error': {{'message': 'The model `{}` does not "
              "exist or you do not have access to it.', 'type': 'invalid_request_error', "
              "'param': None, 'code': 'model_not_found'}}}}")


def test_a_model_in_ollamas_form_is_no_vote_for_groq() -> None:
    # Sent to OpenAI's default base by mistake: Ollama's names are no Groq IDs, so OpenAI's own
    # field (param) decides.
    for model in ("llama3.2", "qwen2.5:7b", "llama3:latest", "gemma2:9b"):
        assert _said(_NOT_FOUND.format(model)) == ("openai", "model-not-found"), model
    # Groq's own IDs still say Groq.
    for model in ("llama-3.2-1b-preview", "llama3-8b-8192", "gemma2-9b-it"):
        assert _said(_NOT_FOUND.format(model))[0] == "groq", model
