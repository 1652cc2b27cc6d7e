"""Evidence added in session 6, each with a text that fires it and one that must not.

These came from rewriting the tune half's texts in forms that keep their meaning (cut at a
point, hard-wrapped, coloured): a model's name counted twice as the provider's word, and
Gemini Code Assist's host, which Gemini CLI's own errors print, was not known.
"""

from __future__ import annotations

import json

from setup_wizard.diagnose.classify import classify_pasted


def test_a_model_name_counts_once_not_also_as_the_providers_word() -> None:
    # "gemini" in "google/gemini-2.5-flash" is the model's name (one piece of evidence), not
    # also a client saying it called Gemini; OpenRouter's wording weighs as much.
    text = ("status_code: 402, model_name: google/gemini-2.5-flash, body: {'message': "
            "'Insufficient credits. This account never purchased credits.'}")
    d = classify_pasted(text)
    assert d.origin != "google"
    assert "text: a Gemini model name" in d.evidence
    assert "text: the client says it called Gemini" not in d.evidence
    # The word on its own is still the client's label, and Claude's likewise.
    assert "text: the client says it called Gemini" in classify_pasted(
        "Error calling Gemini: 429 Too Many Requests").evidence
    assert "text: the text names Anthropic or Claude" in classify_pasted(
        "Claude returned an error: overloaded").evidence
    assert "text: the text names Anthropic or Claude" not in classify_pasted(
        "model claude-3-5-sonnet-20241022 returned: overloaded").evidence


def test_gemini_code_assists_host_names_google() -> None:
    text = ("Verify your account to continue.\nEndpoint: https://cloudcode-pa.googleapis.com/"
            "v1internal:streamGenerateContent?alt=sse\nStatus: 403")
    d = classify_pasted(text)
    assert (d.origin, d.cause, d.status) == ("google", "permission-denied", 403)
    other = text.replace("cloudcode-pa.googleapis.com", "proxy.example.com")
    assert classify_pasted(other).origin == "unknown"


def test_a_fastapi_detail_names_mistral_only_in_mistrals_own_sentences() -> None:
    for detail, cause in (("Unauthorized", "provider-auth-invalid"),
                          ("Invalid API Key", "provider-auth-invalid")):
        d = classify_pasted(json.dumps({"detail": detail}), 401)
        assert (d.origin, d.cause) == ("mistral", cause), detail
    # Another FastAPI server's own sentence: why, not who.
    other = "{'detail': 'Streaming is not supported for this endpoint'}"
    d = classify_pasted(f"Error code: 400 - {other}")
    assert (d.origin, d.cause) == ("unknown", "bad-request")
    # The same sentence with Mistral's host in the text is Mistral's.
    d = classify_pasted(f"POST https://api.mistral.ai/v1/chat/completions\nError code: 400 - "
                        f"{other}")
    assert d.origin == "mistral"


def test_a_paste_starting_inside_the_api_envelope_is_the_apis() -> None:
    # The key before the list, its error_chain, or the envelope's messages/result tail: the
    # Cloudflare API's (the gateway names its list "error" and has none of them).
    for text in ("'errors': [{'code': 81057, 'message': 'Record already exists.'}], "
                 "'messages': []",
                 '[{"code":6111,"message":"Invalid format for Authorization header",'
                 '"error_chain":[{"code":6111,"message":"x"}]}]',
                 'n":[{"code":6103,"message":"Invalid format for X-Auth-Key header"}]}],'
                 '"messages":[],"result":null}'):
        assert classify_pasted(text, 400).origin == "cloudflare-api", text
    # The gateway's own list, printed alone or under its key, stays the gateway's.
    for text in ('401 [{"code":2009,"message":"Unauthorized"}]',
                 '"error":[{"code":2009,"message":"Unauthorized"}],"success":false'):
        assert classify_pasted(text).origin == "cloudflare-gateway", text


def test_anthropics_envelope_before_its_top_level_type() -> None:
    old = ("Error code: 401 - {'error': {'type': 'authentication_error', 'message': "
           "'Invalid API Key'}}")
    d = classify_pasted(old)
    assert (d.origin, d.cause) == ("anthropic", "provider-auth-invalid")
    # The OpenAI family's object has code (and param): Groq's own "Invalid API Key".
    groq = ('{"error":{"message":"Invalid API Key","type":"invalid_request_error",'
            '"code":"invalid_api_key"}}')
    assert classify_pasted(groq, 401).origin == "groq"
    # A type the OpenAI family writes too decides nothing on its own.
    shared = "{'error': {'type': 'invalid_request_error', 'message': 'Invalid API Key'}}"
    assert classify_pasted(shared, 401).origin != "anthropic"


def test_mistrals_capitalised_error_envelope() -> None:
    docs = json.dumps({"object": "Error", "message": "Request blocked due to error in guardrail "
                       "evaluation and block_on_error is set to True.",
                       "type": "invalid_request_error", "code": 3201})
    d = classify_pasted(docs, 400)
    assert (d.origin, d.cause, d.code) == ("mistral", "bad-request", "3201")
    validation = json.dumps({"object": "Error", "detail": [
        {"type": "extra_forbidden", "loc": ["body", "tools"],
         "msg": "Extra inputs are not permitted", "input": []}], "code": 3001})
    d = classify_pasted(validation, 422)
    assert (d.origin, d.message) == ("mistral", "Extra inputs are not permitted")
    # vLLM's lower-case "error" with the HTTP status as its code is not Mistral's.
    vllm = json.dumps({"object": "error", "message": "bad", "type": "BadRequestError",
                       "param": None, "code": 400})
    assert classify_pasted(vllm, 400).origin == "unknown"
