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
    d = classify_pasted(json.dumps({"detail": "Invalid API Key"}), 401)
    assert (d.origin, d.cause) == ("mistral", "provider-auth-invalid")
    # (round 16, openai2 probe) "Unauthorized" is Starlette's default detail, the status's
    # reason phrase, which every FastAPI server sends (ChatGPT's Codex backend too): alone it
    # says why, not who.
    d = classify_pasted(json.dumps({"detail": "Unauthorized"}), 401)
    assert (d.origin, d.cause) == ("unknown", "provider-auth-invalid")
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


def test_gos_own_client_timeout_is_no_ones_answer() -> None:
    text = ('Post "https://api.openai.com/v1/completions": context deadline exceeded '
            "(Client.Timeout exceeded while awaiting headers)")
    d = classify_pasted(text)
    assert (d.origin, d.cause) == ("unknown", "timeout")
    # A server's own 504 naming a deadline is still that server's answer.
    body = ('{"error":{"message":"Request timed out: context deadline exceeded",'
            '"type":"invalid_request_error","code":"request_timeout"}}')
    assert classify_pasted(body + " https://api.groq.com/openai/v1", 504).origin == "groq"


def test_a_keyword_the_sdk_refused_is_no_ones_answer() -> None:
    text = ("litellm.InternalServerError: OpenrouterException - AsyncCompletions.create() got "
            "an unexpected keyword argument 'top_k'. Did you mean 'top_p'?")
    assert (classify_pasted(text).origin, classify_pasted(text).cause) == ("unknown",
                                                                           "bad-request")
    # OpenRouter's own answer about a parameter stays OpenRouter's.
    own = ('{"error":{"message":"top_k is not supported by this provider","code":400}} '
           "https://openrouter.ai/api/v1")
    assert classify_pasted(own, 400).origin == "openrouter"


def test_one_apis_request_id_marks_a_relays_answer() -> None:
    text = ("google.genai.errors.ClientError: 401 None. {'error': {'code': '', 'message': "
            "'Invalid Token (request id: 20260125104701610704113B9jrVC7u)', 'type': "
            "'rix_api_error'}}")
    d = classify_pasted(text)
    assert (d.origin, d.cause) == ("unknown", "provider-auth-invalid")
    # Without the relay's stamp the Gemini SDK's class still names Google.
    plain = text.replace(" (request id: 20260125104701610704113B9jrVC7u)", "")
    assert classify_pasted(plain).origin == "google"
    # A provider's own code passed on by the relay: the relay answered, and the evidence still
    # names the provider behind it and says why.
    groq = ('{"error":{"message":"Organization has been restricted. Please reach out to '
            'support if you believe this was in error. (request id: 2024082422180041399148142'
            '260998)","type":"invalid_request_error","code":"organization_restricted"}}')
    d = classify_pasted(groq, 400)
    assert (d.origin, d.cause) == ("unknown", "permission-denied")
    assert any("sent by Groq only" in e for e in d.evidence)
    assert classify_pasted(groq.replace(" (request id: 2024082422180041399148142260998)", ""),
                           400).origin == "groq"


def test_chatgpts_backend_refusing_a_revoked_sign_in() -> None:
    text = ('API request failed: 401 - { "error": { "message": "Your authentication token has '
            'been invalidated. Please try signing in again.", "type": "invalid_request_error", '
            '"code": "token_invalidated", "param": null }, "status": 401 }')
    d = classify_pasted(text)
    assert (d.origin, d.cause) == ("openai", "provider-auth-invalid")
    # Another service's own "token invalid" sentence names no one.
    other = '{"success": false, "message": "Session has been invalidated. Please login again."}'
    assert classify_pasted(other, 401).origin == "unknown"


def test_a_code_that_names_an_invalid_key_says_why() -> None:
    d = classify_pasted('{"error":"API key \u65e0\u6548\u6216\u5df2\u505c\u7528",'
                        '"code":"api_key_invalid"}')
    assert (d.origin, d.cause) == ("unknown", "provider-auth-invalid")
    assert classify_pasted('{"error":"quota used","code":"api_key_quota"}').cause != \
        "provider-auth-invalid"


def test_a_status_the_text_shows_is_read() -> None:
    from setup_wizard.diagnose.pasted import parse

    cases = (
        ("[AI] Error with provider deepseek: 401 {\n  error: {}\n}", 401),
        ("} 413 {'error': {'message': 'Maximum content size limit exceeded'}}", 413),
        ("Server returned 401 \u2014 the LLM endpoint may be temporarily unavailable.", 401),
        ("Ray ID: 7ab01e022aa9841f\nError reference number: 502\nCloudflare Location: X", 502),
        ("gq1 [Error]: 422 status code (no body)", 422),
        ("httpx.HTTPStatusError: Error response 400 while fetching https://x/v1: {}", 400),
        ("as it raised ResourceExhausted: 429 Resource has been exhausted", 429),
        ("<html><head><title>400 Bad Request</title></head><body><center>cloudflare</center>"
         "</body></html>", 400),
        ('"413 request entity too large"', 413),
        ("PR draft skipped: claude call failed: http_429", 429),
        ("OpenAI API \u8bf7\u6c42\u5931\u8d25,\u72b6\u6001\u7801: 401", 401),
        ("<html><body><h1>504 Gateway Time-out</h1>\nThe server didn't respond in time.\n"
         "</body></html>", 504),
    )
    for text, status in cases:
        assert parse(text).status == status, text
    # Numbers that are no status: a duration, a count in prose, a port.
    for text in ("took 250 ms {cached}", "retried 3 times: 429 left in queue",
                 "listening on :8080 {ready}", "page 404 found in cache", "http_4290 retries"):
        assert parse(text).status is None, text


def test_missing_permissions_are_permission_denied() -> None:
    for text in ("anthropic API key validation failed: anthropic API key lacks required "
                 "permissions", "Error: the token does not have the required permissions",
                 "the key is missing required permissions for this model"):
        assert classify_pasted(text).cause == "permission-denied", text
    # A file's or an SSH key's refusal on the user's own machine is not the provider's.
    for text in ("PermissionError: [Errno 13] Permission denied: '/app/.env'",
                 "git@github.com: Permission denied (publickey)."):
        assert classify_pasted(text).cause != "permission-denied", text
    # "do not have access" is a model's wording (does not exist or ...), not this.
    assert classify_pasted("The model `x` does not exist or you do not have access to "
                           "it.").cause == "model-not-found"


def test_a_browsers_fetch_failure_ends_its_line_not_the_paste() -> None:
    text = ("[GoogleGenerativeAI Error]: Error fetching from https://generativelanguage."
            "googleapis.com/v1/models/gemini-pro:streamGenerateContent?alt=sse: Load failed")
    for pasted in (text, text + "\n\nRetrying in 5 seconds..."):
        assert classify_pasted(pasted).origin == "unknown", pasted
    # Words after it on the same line are not the browser's wording: no "no answer".
    from setup_wizard.diagnose.markers import no_answer_cause
    assert no_answer_cause("Upload status: Load failed because the file is too big") is None


def test_googles_go_client_names_google() -> None:
    for text in ("Error in geminiServices.MakeLoopCallsIfErrorGemini googleapi: **Error 404:**",
                 "googleapi: Error 403: Generative Language API has not been used in project 1"):
        d = classify_pasted(text)
        assert d.origin == "google", text
    # An app's own "api: Error 404" is not Google's client.
    assert classify_pasted("myapi: Error 404: not here").origin == "unknown"
