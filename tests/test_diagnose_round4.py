"""Families learnt from the fourth batch of real errors (issue 13, tune half only): each rule
fires on its family and stays silent on a look-alike. The texts are the forms the cited
public sources show (tests/fixtures/corpus, docs/sources.md)."""

from __future__ import annotations

import pytest
from diagnose_support import who as _who

from setup_wizard.diagnose.classify import classify_pasted


# -- the Cloudflare API's codes in more text forms ---------------------------------------------
@pytest.mark.parametrize(("text", "cause"), [
    ("FATA[0004] Authentication error (10000)  ", "cloudflare-api-auth"),  # cf-terraforming
    ('Serverless: --> Error Code:7000\n--> Error Message: "No route for that URI"',
     "cloudflare-api-route"),
    ('Error: [{"code":7000,"message":"No route for that URI"}]\n    at module.exports.logError',
     "cloudflare-api-route"),
    ("3021: rate limiting: inference request per min rate reached", "rate-limited"),
    ("you have used up your daily free allocation of 10,000 neurons, please upgrade to "
     "Cloudflare's Workers Paid plan", "quota-exhausted"),
    ("Error creating cloudflare dns record: status_code=400 \nresponse={'result': None, "
     "'success': False, \n'errors': [{'code': 81057, 'message': 'Record already exists.'}], "
     "'messages': []\n}", "bad-request"),
])
def test_cloudflare_api_text_forms(text: str, cause: str) -> None:
    assert _who(text) == ("cloudflare-api", cause)


def test_a_bare_array_with_a_gateway_code_stays_the_gateways() -> None:
    assert _who('[{"code":2009,"message":"Unauthorized"}]')[0] == "cloudflare-gateway"


def test_a_code_and_a_message_that_are_not_each_others_stay_silent() -> None:
    # 7000 is "No route for that URI"; another message after it is not the API's text form
    assert _who("Error Code:7000 --> Error Message: everything is fine")[0] != "cloudflare-api"
    assert _who("Authentication error (7000)")[0] != "cloudflare-api"  # 10000's words, 7000
    assert _who("We hit the rate limit again (3021)")[0] != "cloudflare-api"


def test_the_apis_documented_error_objects_are_read_with_their_extra_fields() -> None:
    text = ('[{"code":7000,"message":"No route for that URI","documentation_url":'
            '"https://developers.cloudflare.com/api/"}]')
    assert _who(text) == ("cloudflare-api", "cloudflare-api-route")


# -- Cloudflare's edge text quoted in Markdown -------------------------------------------------
def test_an_edge_code_in_backticks_is_the_edge() -> None:
    assert _who("Receiving `error code: 1016` on all Scalar API requests") == (
        "cloudflare-edge", "edge-origin-error")
    # the SDK's capitalised "Error code: N" is a status, not the edge's lower-case text
    assert _who("Receiving `Error code: 1016` on all requests")[0] != "cloudflare-edge"


# -- a provider's own front end and wording ----------------------------------------------------
GFE_404 = ("Error response from https://cloudcode-pa.googleapis.com/v1internal: <!DOCTYPE html>"
           "\n<html lang=en>\n  <meta charset=utf-8>\n  <title>Error 404 (Not Found)!!1</title>"
           "\n  <style>* > body{background:url(//www.google.com/images/errors/robot.png) 100% "
           "5px no-repeat;padding-right:205px}</style>")


def test_googles_front_end_page_is_google_and_a_404_there_is_the_url() -> None:
    assert _who(GFE_404) == ("google", "bad-request")
    assert _who(GFE_404.replace("404 (Not Found)", "502 (Server Error)"), 502) == (
        "google", "provider-server-error")


def test_another_servers_html_404_is_not_googles() -> None:
    page = "<html><head><title>404 Not Found</title></head><body><center>nginx</center></body>"
    assert _who(page)[0] == "unknown"
    # the same Google front end serves Cloud Run and App Engine: without a googleapis.com URL
    # beside it, the page says only that the path is wrong
    relay = GFE_404.replace("https://cloudcode-pa.googleapis.com/v1internal",
                            "https://my-relay-abc123.a.run.app/v1")
    assert _who(relay) == ("unknown", "bad-request")


@pytest.mark.parametrize(("text", "who"), [
    ('{"promptFeedback": {"blockReason": "PROHIBITED_CONTENT"},"usageMetadata": '
     '{"promptTokenCount": 4438},"modelVersion": "gemini-2.5-flash"}', ("google", "bad-request")),
    ("Error 403 Request had insufficient authentication scopes", ("google", "permission-denied")),
    ("anthropic.BadRequestError: Error code: 400 - {'type': 'error', 'error': {'type': "
     "'invalid_request_error', 'message': 'Your credit balance is too low to access the Claude "
     "API. Please go to Plans & Billing to upgrade or purchase credits.'}}",
     ("anthropic", "quota-exhausted")),
    ("Anthropic Error:invalid_request_error messages: text content blocks must contain "
     "non-whitespace text", ("anthropic", "bad-request")),
    ('Error: CompletionError: ProviderError: {"object":"error","message":"Expected last role '
     'User or Tool (or Assistant with prefix True) for serving but got assistant","type":'
     '"invalid_requ', ("mistral", "bad-request")),
])
def test_provider_wording_and_fields(text: str, who: tuple[str, str]) -> None:
    assert _who(text) == who


def test_a_block_reason_that_is_not_geminis_stays_silent() -> None:
    assert _who('{"blockReason": "NOT_A_REASON"}')[0] != "google"


# -- FastAPI's detail: Mistral's is a string or a list, an object is someone else's ------------
def test_a_detail_object_is_not_mistral() -> None:
    text = ('ChatGPT error 418: {"detail":{"message":"Client challenge required","code":'
            '"challenge_required"}}')
    assert _who(text)[0] != "mistral"
    assert _who('{"detail": "Invalid API Key"}', 401)[0] == "mistral"
    # FastAPI's default 404 is every FastAPI server's: the path is wrong, the sender open
    assert _who('{"detail":"Not Found"}', 404) == ("unknown", "bad-request")


# -- a proxy's 5xx over a connection that timed out --------------------------------------------
def test_a_5xx_whose_words_say_time_out_is_a_timeout() -> None:
    text = "http: proxy error: dial tcp 20.62.129.182:443: i/o timeout"
    assert _who(text, 502) == ("unknown", "timeout")
    assert _who("http: proxy error: connection reset by peer", 502)[1] == \
        "provider-server-error"


# -- batch 4, part 2: Groq's validator and caps in more forms, OpenAI's own ids ---------------
@pytest.mark.parametrize("text", [
    # plandex's error tree wraps the validator's words over several lines
    """  → 400, body: {"error":{"message":"'messages.0'
          → For 'role:system' the following must be satisfied[('messages.0.content'
            → Value must be a string)]","type":"invalid_request_error"}}""",
    'Upstream error:\n  {"message":"`max_completion_tokens` must be less than or equal to '
    '`16384`, the maximum value for `max_completion_tokens` is less than the `context_window` '
    'for this model","type":"invalid_request_error","param":"max_completion_tokens"}',
    "reasoning_effort must be one of none or default",
])
def test_groq_wording_and_catalog(text: str) -> None:
    assert _who(text, 400) == ("groq", "bad-request")


def test_openai_ids_decide() -> None:
    batch_line = ('{"id": "batch_req_xxx", "custom_id": "request-0", "response": {"status_code": '
                  '400, "body": {"error": {"message": "Invalid value: \'object\'.", "type": '
                  '"invalid_request_error", "param": "response_format.type", "code": '
                  '"invalid_value"}}}, "error": null}')
    assert _who(batch_line) == ("openai", "bad-request")
    auth = ('{"error": {"message": "Internal server error", "type": "auth_subrequest_error", '
            '"param": null, "code": "internal_error"}}')
    assert _who(auth, 500) == ("openai", "provider-server-error")
    assert _who(auth.replace("auth_subrequest_error", "server_error"), 500)[0] != "openai"


@pytest.mark.parametrize("text", [
    "groq.GroqError: The api_key client option must be set either by passing api_key to the "
    "client or by setting the GROQ_API_KEY environment variable",
    'raise ValueError("GROQ_API_KEY environment variable is not set.") ValueError: '
    "GROQ_API_KEY environment variable is not set.",
])
def test_a_key_that_was_never_set_is_a_missing_key(text: str) -> None:
    # no request was sent: the SDK's or the app's name is not who answered
    assert _who(text) == ("unknown", "provider-auth-missing")


def test_a_key_the_server_does_not_know_is_not_a_missing_key() -> None:
    text = "API Key not found. Please pass a valid API key."  # Google's, for a key it was sent
    assert _who(text, 400)[1] != "provider-auth-missing"


@pytest.mark.parametrize(("text", "cause"), [
    ("FetchError: request to https://api.groq.com/openai/v1/chat/completions failed, reason: "
     "getaddrinfo ENOTFOUND api.groq.com", "dns-failure"),
    ("litellm.APIConnectionError: GroqException - [Errno -3] Temporary failure in name "
     "resolution", "dns-failure"),
    ("Error: connect ECONNREFUSED 127.0.0.1:11434", "connection-refused"),
])
def test_a_socket_error_says_which_failure_and_names_no_sender(text: str, cause: str) -> None:
    assert _who(text) == ("unknown", cause)


# -- batch 5: servers that speak a provider's shape without being one ------------------------
@pytest.mark.parametrize(("text", "cause"), [
    ("500: AzureException NotFoundError - Error code: 404 - {'error': {'code': "
     "'DeploymentNotFound', 'message': 'The API deployment for this resource does not exist. If "
     "you created the deployment within the last 5 minutes, please wait a moment and try "
     "again.'}}", "model-not-found"),
    ("litellm.BadRequestError: OpenAIException - Budget has been exceeded!", "quota-exhausted"),
    ('{"error":{"code":400,"message":"the request exceeds the available context size. try '
     'increasing the context size or enable context shift","type":"exceed_context_size_error",'
     '"n_prompt_tokens":14429,"n_ctx":8192}}', "bad-request"),
])
def test_look_alikes_say_why_without_claiming_a_provider(text: str, cause: str) -> None:
    assert _who(text) == ("unknown", cause)


def test_a_budget_that_is_a_parameter_is_not_a_spent_budget() -> None:
    text = ("anthropic.BadRequestError: Error code: 400 - {'type': 'error', 'error': {'type': "
            "'invalid_request_error', 'message': 'budget_tokens must be less than max_tokens'}}")
    assert _who(text) == ("anthropic", "bad-request")


# -- batch 5, part 2 -------------------------------------------------------------------------
def test_cloudflares_5xx_title_names_the_edge_for_any_5xx() -> None:
    text = ('openai.error.APIError: HTTP code 502 from API (<!DOCTYPE html>\n\n <html '
            'class="no-js" lang="en-US">\n<head>\n\n<title>api.openai.com | 502: Bad gateway'
            '</title>\n<meta charset="UTF-8" />\n<meta http-equiv="Co')
    assert _who(text) == ("cloudflare-edge", "edge-origin-error")
    assert _who("<html><head><title>502 Bad Gateway</title></head></html>", 502)[0] == "unknown"


def test_openais_invalid_url_with_its_fields_is_openai() -> None:
    text = ('错误：[404]:Error: [404]: { "error": { "message": "Invalid URL (POST '
            '/v1/v1/chat/completions)", "type": "invalid_request_error", "param": null, "code": '
            'null } }')
    assert _who(text) == ("openai", "bad-request")


def test_a_request_that_got_no_answer_is_not_the_hosts() -> None:
    text = ("FetchError: request to https://openrouter.ai/api/v1/models failed, reason:\n"
            "    at ClientRequest.<anonymous> (node_modules/node-fetch/src/index.js:108:11)\n"
            "  type: 'system',\n  errno: 'ETIMEDOUT',\n  code: 'ETIMEDOUT',\n}")
    assert _who(text) == ("unknown", "timeout")
    answered = ('POST https://openrouter.ai/api/v1/chat/completions -> 401 {"error":{"message":'
                '"No auth credentials found","code":401}}')
    assert _who(answered)[0] == "openrouter"


# -- batch 6 -------------------------------------------------------------------------------------
def test_cloudflares_own_type_names_in_an_apis_json_shape_are_the_edge() -> None:
    text = ("Error {'code': 524, 'message': 'Gateway timeout.', 'param': None, 'type': "
            "'cf_gateway_timeout'}}")
    assert _who(text) == ("cloudflare-edge", "edge-origin-error")
    other = text.replace("cf_gateway_timeout", "server_error").replace("524", "504")
    assert _who(other)[0] != "cloudflare-edge"


@pytest.mark.parametrize(("text", "who"), [
    ('{"message": "This credential is only authorized for use with Claude Code and cannot be '
     'used for other API requests.", "statusCode": 400}', ("anthropic", "permission-denied")),
    ("SDK execution error: Error: Claude Code\nreturned an error result: Credit balance is too "
     "low", ("anthropic", "quota-exhausted")),
    ("InvalidRequestError(message='The model: `gpt-4` does not exist', param=None, "
     "code='model_not_found', http_status=404, request_id=None)", ("openai", "model-not-found")),
    ("Failed to perform inference: You have depleted your monthly included credits. Purchase "
     "pre-paid credits to continue using Inference Providers.", ("unknown", "quota-exhausted")),
])
def test_batch_6_wordings(text: str, who: tuple[str, str]) -> None:
    assert _who(text) == who


def test_a_request_with_no_answer_gets_the_networks_fix_not_a_servers() -> None:
    d = classify_pasted("FetchError: request to https://api.groq.com/openai/v1/chat/completions "
                        "failed, reason: getaddrinfo ENOTFOUND api.groq.com", None)
    assert "does not resolve" in d.hint and d.to_text().startswith("Rejected by: nobody")
    d = classify_pasted("FetchError: request to https://openrouter.ai/api/v1/models failed, "
                        "reason: connect ETIMEDOUT 1.2.3.4:443", None)
    assert "no answer in time" in d.hint and "its own timeout" not in d.hint
    answered = classify_pasted("upstream request timeout", 504)  # a server's own time-out
    assert "no answer in time" not in answered.hint


# -- batch 7 -------------------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "cause"), [
    ('{"id":"7321d3c5","message":"model \'command-r\' was removed on September 15, 2025. See '
     'https://docs.cohere.com/docs/models#command for a list of models you can use instead."}',
     "model-decommissioned"),
    ('{"message":"The security token included in the request is expired"}',
     "provider-auth-invalid"),
    # a FastAPI detail string with no status: its words give the cause
    ("{'detail': 'Invalid input params: messages: Value error, field required'}", "bad-request"),
])
def test_batch_7_causes(text: str, cause: str) -> None:
    assert _who(text)[1] == cause


def test_one_google_request_over_its_whole_limit_is_too_large() -> None:
    text = ("ClientError: 429 RESOURCE_EXHAUSTED. {'error': {'code': 429, 'message': "
            "'TotalCachedContentStorageTokensPerModelFreeTier limit exceeded for model "
            "gemini-1.5-flash: limit=1000000, requested=1293536', 'status': 'RESOURCE_EXHAUSTED'}}")
    assert _who(text) == ("google", "request-too-large")
    under = text.replace("requested=1293536", "requested=1000")
    assert _who(under) == ("google", "rate-limited")
