"""Evidence added in session 7 (issue 13, batch 19's tune texts), each with a text that fires
it and a look-alike that must not: the Cloudflare API's own names and a {code, message} pair
cut out of its JSON, Gemini's words for its roles, and an HTTP client's sentence in an
envelope someone else wrote."""

from __future__ import annotations

from setup_wizard.diagnose.classify import classify_pasted


def _said(text: str) -> tuple[str, str]:
    d = classify_pasted(text)
    return d.origin, d.cause


def test_a_code_and_message_cut_out_of_the_api_json_are_the_apis() -> None:
    assert _said('"code":6003,"message":"Invalid request headers",') == (
        "cloudflare-api", "cloudflare-api-auth")
    assert _said("{'code': 9109, 'message': 'Invalid access token'}")[0] == "cloudflare-api"
    # A code the API's table does not hold, or the code with another message, is not it.
    assert _said('"code":20015,"message":"messages illegal",')[0] != "cloudflare-api"
    assert _said('"code":6003,"message":"Something else entirely",')[0] != "cloudflare-api"


def test_the_apis_own_header_and_permission_names_decide_without_an_envelope() -> None:
    assert _said("获取域名列表失败，Unknown X-Auth-Key or X-Auth-Email") == (
        "cloudflare-api", "cloudflare-api-auth")
    assert _said("got error status: HTTP 403: [{Code:0 Message:Actor 'com.cloudflare.api.token' "
                 "requires permission 'com.cloudflare.api.account.zone.list' to list zones}]") \
        == ("cloudflare-api", "cloudflare-api-auth")
    # The header named in a request someone sent is not the API's answer: Groq's stays Groq's.
    groq = ('curl -H "X-Auth-Key: abc" https://api.groq.com/openai/v1/chat/completions\n'
            '{"error":{"message":"Invalid API Key","type":"invalid_request_error",'
            '"code":"invalid_api_key"}}')
    assert _said(groq) == ("groq", "provider-auth-invalid")


def test_geminis_words_for_its_roles_name_google() -> None:
    for text in ("[ERROR] - 400 Please ensure that multiturn requests ends with a user role or "
                 "a function response.",
                 "An unexpected API error occurred: 400 Please use a valid role: user, model."):
        assert _said(text) == ("google", "bad-request"), text
    # Another API's words about roles are not Gemini's.
    openai = ("Error code: 400 - {'error': {'message': \"'tool' is not one of ['system', "
              "'assistant', 'user', 'function'] - 'messages.1.role'\", 'type': "
              "'invalid_request_error', 'param': None, 'code': None}}")
    assert _said(openai)[0] != "google"


def test_an_http_clients_sentence_in_an_anthropic_shaped_envelope_is_the_relays() -> None:
    relay = '✕ [API Error: {"error":{"message":"Request failed with status code 400",' \
            '"type":"api_error"}}]'
    d = classify_pasted(relay)
    assert (d.origin, d.cause) == ("unknown", "bad-request")
    assert any("HTTP client's own sentence" in e for e in d.evidence)
    # Anthropic's own words in the same envelope stay Anthropic's.
    own = '{"error":{"type":"api_error","message":"Internal server error"}}'
    assert _said(own) == ("anthropic", "provider-server-error")


def test_axios_sentence_gives_the_status() -> None:
    d = classify_pasted("AxiosError: Request failed with status code 429")
    assert (d.status, d.cause) == (429, "rate-limited")
    # A longer number is not a status.
    assert classify_pasted("AxiosError: Request failed with status code 4290").status is None


MISTRAL = {"object": "error", "message": "Invalid model: ", "type": "invalid_model",
           "param": None, "code": "1500"}


def test_a_structured_log_records_envelope_is_read_under_any_key() -> None:
    import json
    for key in ("response", "error", "err"):
        record = json.dumps({"level": "error", "time": "2026-11-28T10:00:00Z",
                             "msg": "request failed", key: MISTRAL})
        assert _said(record) == ("mistral", "model-not-found"), key
    # Without a log level it is not a log record: an object with an "error" key is read as
    # the envelope it looks like, not searched for another one.
    plain = json.dumps({"error": {"message": "Invalid API Key", "type": "invalid_request_error",
                                  "code": "invalid_api_key"}})
    assert _said(plain) == ("groq", "provider-auth-invalid")
    # Two envelopes in one record: which one answered is not known, none is picked.
    two = json.dumps({"level": "error", "a": MISTRAL, "b": {"error": {"message": "x"}}})
    assert classify_pasted(two).origin != "mistral"


def test_more_reason_phrases_give_the_status() -> None:
    for text, status in (('HttpClientErrorException: 422 Unprocessable Entity: ""', 422),
                         ("405 Method Not Allowed", 405), ("408 Request Timeout", 408)):
        assert classify_pasted(text).status == status, text
    # A reason phrase for another number is not read.
    assert classify_pasted("error 4220 Unprocessable Entity").status is None


VLLM = ('{"object":"error","message":"The sum of prompt length (82013.0), query length (0) '
        'should not exceed max_num_tokens (32768)","type":"BadRequestError","param":null,'
        '"code":400}')


def test_a_self_hosted_servers_error_carried_back_by_openrouter_is_openrouters() -> None:
    text = (f"litellm.APIError: APIError: OpenrouterException - Message: ConnectionError: {VLLM}"
            ", Metadata: {'error_type': 'provider_unavailable'}, User ID:")
    assert _said(text) == ("openrouter", "bad-request")
    # The same body alone, or under another client's words, is the self-hosted server's.
    assert _said(VLLM)[0] == "unknown"
    assert _said(f"OpenAI API error: {VLLM}")[0] == "unknown"


def test_openrouters_error_object_without_its_wrapper_is_openrouters() -> None:
    import json
    inner = {"message": "Internal server error", "code": 502,
             "metadata": {"raw": {"error_type": "validation_error"}, "provider_name": "DeepInfra"}}
    record = json.dumps({"time": "2025-08-02T03:46:11+01:00", "level": "WARN",
                         "msg": "OpenAI API error",
                         "error": "received error while streaming: " + json.dumps(inner)})
    assert _said(record) == ("openrouter", "provider-server-error")
    # {message, code} with other keys beside them is not that object.
    other = json.dumps({"message": "x", "code": 502, "metadata": {"raw": 1}, "trace": "y"})
    assert _said(other)[0] != "openrouter"


def test_more_wording_openrouter_gemini_cli_and_litellm() -> None:
    assert _said('{"error":{"message":"This model is unavailable for free. The paid version is '
                 'available now - use this slug instead: deepseek/deepseek-r1","code":404}}') == (
        "openrouter", "model-not-found")
    assert _said("[API Error: You have exhausted your capacity on this model. Your quota will "
                 "reset after 4h6m43s.]") == ("google", "quota-exhausted")
    d = classify_pasted("litellm.AuthenticationError: Missing Anthropic API Key - A call is being "
                        "made to anthropic but no key is set either in the environment variables")
    assert (d.origin, d.cause) == ("unknown", "provider-auth-missing")
    # An answer that says a key is missing came from a server: not LiteLLM's refusal.
    assert _said('{"error":{"message":"Missing API key","type":"invalid_request_error"}}')[1] \
        != "unknown"


def test_a_log_records_words_give_the_status() -> None:
    import json
    record = json.dumps({"time": "2025-08-15T11:00:00-06:00", "level": "ERROR",
                         "msg": 'failed to process events: POST "https://api.example.com/'
                                'chat/completions": 429 Too Many Requests '})
    d = classify_pasted(record)
    assert d.status == 429 and "status 429 from the log record's msg" in d.evidence
    # No status in its words: nothing read (a port is not a status).
    assert classify_pasted(json.dumps({"level": "info", "msg": "started on port 8080"})).status \
        is None
