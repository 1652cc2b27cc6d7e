"""A second reader's findings on session 10's explain changes: each test is an input the change
answered worse than before, and a look-alike the change was made for."""

from __future__ import annotations

from setup_wizard.diagnose.classify import classify_pasted


def _said(text: str, status: int | None = None) -> tuple[str, str]:
    d = classify_pasted(text, status)
    return d.origin, d.cause


_GROQ_TPM = ("openai.RateLimitError: Error code: 429 - {'error': {'message': 'Rate limit reached "
             "for model `llama-3.3-70b-versatile` in organization `org_01abc` service tier "
             "`on_demand` on tokens per minute (TPM): Limit 6000, Used 5800, Requested 900. "
             "Please try again in 7s.', 'type': 'tokens', 'code': 'rate_limit_exceeded'}}")


def test_a_log_line_naming_a_head_tag_does_not_hide_the_body_after_it() -> None:
    # A tag named in a log line before the error (a scraper's, a template's) is no page cut
    # before its <html>: the error body after it is still the error.
    for before in ('[scraper] parsed <title>Dashboard</title> and <meta name="description">',
                   "Error: the assistant returned <body> with no content",
                   "INFO calling <meta-llama/Llama-3.3-70B-Instruct>"):
        assert _said(before + "\n" + _GROQ_TPM) == ("groq", "rate-limited"), before


_OPEN_WEIGHTS = "text: an open-weights model name (Groq serves these; OpenAI does not)"


def test_the_open_weights_vote_reads_ollamas_form_at_a_sentence_end_and_groqs_before_a_colon(
        ) -> None:
    # Ollama's name at a sentence's end is still Ollama's form: no vote for Groq.
    text = "Error code: 404 - model not found: llama3.2. Pull it first."
    assert _OPEN_WEIGHTS not in classify_pasted(text).evidence
    # A Groq ID followed by a colon and a blank (a message that starts with the model) is no
    # Ollama tag: it still votes.
    groq = ("openai.BadRequestError: Error code: 400 - {'error': {'message': 'qwen-qwq-32b: tool "
            "calling is not supported', 'type': 'invalid_request_error'}}")
    assert _OPEN_WEIGHTS in classify_pasted(groq).evidence


def test_a_body_cut_off_inside_a_log_records_field_is_cut_off_too() -> None:
    # The SDK's line cut off before 'param', logged as a JSON record's field: its absence is no
    # vote for Groq there either (e919f08 read the cut at the top level only, and the suite's
    # "json log record" form failed on the corpus text this was made for).
    import json
    cut = ("openai.NotFoundError: Error code: 404 - {'error': {'message': 'The model "
           "`gpt-4-1106-preview` does not exist or you do not have access to it.'")
    record = json.dumps({"level": "error", "ts": "2025-03-04T10:22:11Z",
                         "msg": "llm call failed", "error": cut})
    d = classify_pasted(record)
    assert (d.origin, d.cause) == ("openai", "model-not-found")
    assert any("cut off: not counted" in e for e in d.evidence)
    # The whole body in the same record still counts the missing param.
    whole = cut + ", 'type': 'invalid_request_error', 'code': 'model_not_found'}}"
    d = classify_pasted(json.dumps({"level": "error", "msg": "llm call failed", "error": whole}))
    assert any(e.startswith("no error.param field (Groq") and "not counted" not in e
               for e in d.evidence)
