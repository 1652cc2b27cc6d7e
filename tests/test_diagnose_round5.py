"""Families learnt from the eighth to eleventh batches of real errors (issue 13, tune halves
only): each rule fires on its family and stays silent on a look-alike. The texts are the
forms the cited public sources show (docs/sources.md, tests/fixtures/corpus)."""

from __future__ import annotations

import pytest
from diagnose_support import who as _who

from setup_wizard.diagnose.classify import classify_pasted


# -- an envelope with a status name is not OpenRouter's ------------------------------------------
def test_a_wrapper_envelope_with_a_reason_phrase_is_not_openrouters() -> None:
    # The Gemini JS SDK's ApiError for a body that was not JSON (here Go's 404 page).
    text = '[API Error: {"error":{"message":"404 page not found","code":404,"status":"Not Found"}}]'
    assert _who(text) == ("unknown", "bad-request")


def test_openrouters_own_code_and_message_envelope_stays_openrouters() -> None:
    text = '{"error":{"message":"Rate limit exceeded: free-models-per-day","code":429}}'
    assert _who(text) == ("openrouter", "rate-limited")


@pytest.mark.parametrize("text", ["404 page not found", "Error: 404 page not found"])
def test_gos_default_not_found_page_is_a_wrong_path(text: str) -> None:
    assert _who(text) == ("unknown", "bad-request")


def test_a_model_not_found_is_not_taken_for_a_wrong_path() -> None:
    assert _who("404 model 'llama3' not found, try pulling it first")[1] == "model-not-found"


# -- Google Cloud's forms ----------------------------------------------------------------------
PROTOBUF_TEXT = (  # GoogleCloudPlatform/generative-ai#295, as the Python gRPC client prints it
    'PermissionDenied: 403 Permission denied on resource project [ioextendedottawa]. [links {\n'
    '  description: "Google developers console"\n  url: "https://console.developers.google.com/"\n'
    '}\n, reason: "CONSUMER_INVALID"\ndomain: "googleapis.com"\nmetadata {\n  key: "consumer"\n'
    '  value: "projects/[ioextendedottawa]"\n}\n')


def test_google_error_info_printed_as_protobuf_text_is_googles() -> None:
    assert _who(PROTOBUF_TEXT) == ("google", "permission-denied")


def test_a_domain_field_of_another_service_says_nothing() -> None:
    assert _who('PermissionDenied: 403 denied. reason: "FORBIDDEN"\ndomain: "example.com"')[0] \
        == "unknown"


@pytest.mark.parametrize("text", [
    "com.google.api.gax.rpc.ResourceExhaustedException: io.grpc.StatusRuntimeException: "
    "RESOURCE_EXHAUSTED: Unable to submit request because the service is temporarily out of "
    "capacity. Try again later.",
    "google.api_core.exceptions.ResourceExhausted: 429 Unable to submit request because the "
    "service is temporarily out of capacity. Try again later.",
])
def test_vertex_capacity_refusals_are_googles(text: str) -> None:
    assert _who(text) == ("google", "rate-limited")


# Each Google Cloud row alone decides its text (nothing else in it names Google).
@pytest.mark.parametrize(("text", "look_alike"), [
    ("com.google.api.gax.rpc.PermissionDeniedException: io.grpc.StatusRuntimeException: "
     "PERMISSION_DENIED: denied",  # gax, Google Cloud's Java client core
     "io.grpc.StatusRuntimeException: PERMISSION_DENIED: denied"),  # any gRPC server
    ("502 Server Error: Bad Gateway for url: https://us-central1-aiplatform.googleapis.com/v1/"
     "projects/p/locations/us-central1/publishers/google/models/x:generateContent",
     "502 Server Error: Bad Gateway for url: https://aiplatform.example.com/v1/projects/p"),
    ("403 Forbidden: grant the role at https://console.cloud.google.com/iam-admin/iam",
     "403 Forbidden: grant the role at https://console.example.com/iam-admin/iam"),
    ('error details: reason: "SERVICE_DISABLED"\ndomain: "googleapis.com"',
     'error details: reason: "SERVICE_DISABLED"\ndomain: "example.com"'),
    ("429 Too Many Requests: Please submit a quota increase request.",
     "429 Too Many Requests: Please submit a request."),
])
def test_each_google_cloud_row_decides_alone(text: str, look_alike: str) -> None:
    assert _who(text)[0] == "google"
    assert _who(look_alike)[0] == "unknown"


def test_a_vertex_quota_on_a_claude_model_is_googles_not_anthropics() -> None:
    text = ('"code": 429, "message": "Quota exceeded for aiplatform.googleapis.com/'
            'online_prediction_requests_per_base_model with base model: '
            'anthropic-claude-3-5-sonnet. Please submit a quota increase request. '
            'https://cloud.google.com/vertex-ai/docs/generative-ai/quotas-genai.", '
            '"status": "RESOURCE_EXHAUSTED"')
    assert _who(text)[0] == "google"


def test_an_apps_own_capacity_sentence_is_nobodys() -> None:
    assert _who("The AI service is temporarily out of capacity. Wait a bit and try again.")[0] \
        == "unknown"


# -- a provider's name inside a URL is where the request went ---------------------------------
def test_a_gateway_urls_provider_segment_does_not_name_the_sender() -> None:
    text = ("403 Invalid response body while trying to fetch https://gateway.ai.cloudflare.com/v1/"
            "e79a23f4d79601efd470c09b50a2b7a2/openrouter/openrouter/chat/completions: Parse "
            "Error: Expected HTTP/")
    assert _who(text)[0] == "unknown"


def test_a_relays_gemini_shaped_path_is_not_googles() -> None:
    text = ("Error processing LLM API response: 502 Server Error: Bad Gateway for url: "
            "https://gemini.example-relay.site/v1/models/gemini-pro-vision:generateContent")
    assert _who(text) == ("unknown", "provider-server-error")


def test_a_providers_own_host_in_a_url_still_counts() -> None:
    text = ("400 Client Error: Bad Request for url: https://api.groq.com/openai/v1/chat/"
            "completions")
    assert _who(text)[0] == "groq"


def test_a_name_outside_any_url_still_counts() -> None:
    assert _who("OpenRouter error 402: This request requires more credits, or fewer "
                "max_tokens")[0] == "openrouter"


# -- requests that got nothing back ------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "[GoogleGenerativeAI Error]: Error fetching from https://generativelanguage.googleapis.com/"
    "v1/models/gemini-pro:streamGenerateContent?alt=sse: Load failed",
    "TypeError: Failed to fetch",
    "TypeError: NetworkError when attempting to fetch resource.",
])
def test_a_browsers_fetch_failure_got_no_answer(text: str) -> None:
    d = classify_pasted(text, None)
    assert (d.origin, d.cause) == ("unknown", "unknown")
    assert d.hint.startswith("the connection broke before any answer")


def test_an_apps_failed_to_fetch_prefix_before_an_answer_is_not_one() -> None:
    d = classify_pasted("Failed to fetch models: 401 Unauthorized", None)
    assert d.cause == "provider-auth-invalid" and "before any answer" not in d.hint


@pytest.mark.parametrize("text", [
    "com.google.api.gax.rpc.UnknownException: java.net.SocketTimeoutException: Read timed out",
    "requests.exceptions.ReadTimeout: HTTPSConnectionPool(host='api.groq.com', port=443): Read "
    "timed out. (read timeout=30)",
])
def test_a_read_time_out_got_no_answer(text: str) -> None:
    d = classify_pasted(text, None)
    assert (d.origin, d.cause) == ("unknown", "timeout") and "No server refused it" in d.hint


# -- Cloudflare's words outside its pages ----------------------------------------------------
@pytest.mark.parametrize(("text", "cause"), [
    ("The origin web server returned an invalid or incomplete response to Cloudflare. \nThis "
     "typically indicates the origin is overloaded or misconfigured.", "edge-origin-error"),
    ("502 Bad Gateway\nUnable to reach the origin service. The service may be down or it may not "
     "be responding to traffic from cloudflared", "edge-origin-error"),
    ("g4f.requests.raise_for_status.CloudflareError: Response 403: Cloudflare detected",
     "edge-blocked"),
])
def test_cloudflares_edge_in_text_forms(text: str, cause: str) -> None:
    assert _who(text) == ("cloudflare-edge", cause)


def test_an_app_that_only_mentions_cloudflare_is_not_its_edge() -> None:
    assert _who("Error: the origin server behind our Cloudflare tunnel is misconfigured")[0] \
        != "cloudflare-edge"


# -- a provider's header on an nginx page ------------------------------------------------------
NGINX_405 = ('<html>\r\n<head><title>405 Not Allowed</title></head>\r\n<body>\r\n<center><h1>405 '
             'Not Allowed</h1></center>\r\n<hr><center>nginx</center>\r\n</body></html>')


def test_openais_front_end_header_makes_its_nginx_page_openais() -> None:
    text = ('{"status": 405, "headers": {"server": "cloudflare", "cf-ray": "97bb42f9a891a875-RIX", '
            '"x-openai-proxy-wasm": "v0.1"}, "message": "405 ' + NGINX_405.replace('"', "'") +
            '"}')
    assert _who(text) == ("openai", "bad-request")


def test_an_nginx_page_behind_cloudflare_alone_stays_unknown() -> None:
    text = '{"status": 405, "headers": {"server": "cloudflare"}, "message": "405 ' + \
        NGINX_405.replace('"', "'") + '"}'
    assert _who(text)[0] == "unknown"


# -- Anthropic's envelope written by someone else ----------------------------------------------
def test_anthropics_envelope_with_a_foreign_request_id_is_an_imitation() -> None:
    text = ('{"type": "error", "error": {"type": "api_error", "message": "Internal server error"}'
            ', "request_id": "05dc90a2730ea35969d3adad208b70fc"}')
    assert _who(text) == ("unknown", "provider-server-error")


def test_anthropics_envelope_with_its_own_request_id_stays_anthropics() -> None:
    text = ('{"type":"error","error":{"type":"overloaded_error","message":"Overloaded"},'
            '"request_id":"req_011CSHoEeqs5C35K2UUqR7Fy"}')
    assert _who(text) == ("anthropic", "provider-server-error")


# -- wording for the cause -------------------------------------------------------------------
@pytest.mark.parametrize(("text", "cause"), [
    ("API Error: 404 No endpoints found matching your data policy. Check your settings: "
     "https://openrouter.ai/settings/privacy", "permission-denied"),
    ("HTTP 502 - Paid model training violation (account settings): 1 endpoint excluded",
     "permission-denied"),
    # An in-band error in a 200 event stream (kronk#862): the words, not the type, say why.
    ('HTTP/1.1 200 OK\ncontent-type: text/event-stream\n\ndata: {"error":{"code":"server_error",'
     '"message":"unable to process request: the context window is full. Please reduce the input '
     'size","type":"server_error"}}', "bad-request"),
    ('GET /v1/models/devstral-medium-latest  → 404 {"message":"Model devstral-medium-latest is '
     'deprecated."}', "model-decommissioned"),
    ("_ValueError: Your location is not supported by google-generativeai at the moment._",
     "permission-denied"),
    ("extract fallback url-only (File too large for Groq upload (30MB); trying local providers)",
     "request-too-large"),
])
def test_wording_that_says_why(text: str, cause: str) -> None:
    assert _who(text)[1] == cause


def test_openrouters_tool_support_refusal_stays_a_bad_request() -> None:
    assert _who("No endpoints found that support tool use. To learn more about provider "
                "routing, visit: https://openrouter.ai/docs/provider-routing") == \
        ("openrouter", "bad-request")


# -- a client's label against a sender's own words ---------------------------------------------
def test_a_senders_own_wording_beats_the_clients_label() -> None:
    assert _who("OpenAI API error (400 Bad Request): Provider returned error") == \
        ("openrouter", "bad-request")


def test_the_clients_label_decides_when_nothing_contradicts_it() -> None:
    assert _who("OpenAI API error (401): Incorrect API key provided: sk-proj-****")[0] == \
        "openai"


# -- a relay's own words over an upstream's 429 ------------------------------------------------
def test_one_apis_saturation_sentence_is_the_relays_and_the_code_says_why() -> None:
    text = ("Error code: 429 - {'error': {'message': '当前分组上游负载已饱和，请稍后再试', "
            "'type': 'insufficient_quota', 'param': '', 'code': 'insufficient_quota'}}")
    assert _who(text) == ("unknown", "quota-exhausted")


def test_openais_own_insufficient_quota_stays_openais() -> None:
    text = ("Error code: 429 - {'error': {'message': 'You exceeded your current quota, please "
            "check your plan and billing details.', 'type': 'insufficient_quota', 'param': None, "
            "'code': 'insufficient_quota'}}")
    assert _who(text) == ("openai", "quota-exhausted")


def test_a_deprecation_notice_is_not_a_retirement() -> None:
    assert _who("Warning: model mistral-medium-2505 is deprecated and will be removed on "
                "2026-12-31")[1] != "model-decommissioned"


# -- batch 10 ----------------------------------------------------------------------------------
def test_the_gemini_sdks_interactions_client_names_google() -> None:
    text = ("google.genai._interactions.BadRequestError: Error code: 400 - {'error': {'message': "
            "'Model generated too many tool calls. Please retry the request.', 'code': 'x'}}")
    assert _who(text) == ("google", "bad-request")
    # the same body from the OpenAI SDK says nothing of who answered
    assert _who(text.replace("google.genai._interactions.", "openai."))[0] != "google"


@pytest.mark.parametrize("text", [
    '{"error":{"type":"permission_error","message":"Invalid model","code":"model_not_allowed"}}',
    "Error: Invalid model.",
])
def test_invalid_model_at_the_end_of_a_message_is_a_model_not_found(text: str) -> None:
    assert _who(text)[1] == "model-not-found"


def test_an_invalid_model_configuration_is_not_a_model_not_found() -> None:
    assert _who("Error: Invalid model configuration file: missing 'name'")[1] != "model-not-found"


# -- batch 11 ----------------------------------------------------------------------------------
@pytest.mark.parametrize(("cls", "cause"), [
    ("RateLimitError", "rate-limited"), ("AuthenticationError", "provider-auth-invalid"),
    ("PermissionDeniedError", "permission-denied"), ("InternalServerError",
                                                      "provider-server-error"),
])
def test_an_sdks_status_bound_class_gives_the_cause_when_nothing_else_does(
        cls: str, cause: str) -> None:
    text = (f"ERROR dspy.utils.parallelizer: litellm.{cls}: {cls}: OpenrouterException - "
            "Provider returned error. Set `provide_traceback=True`")
    assert _who(text) == ("openrouter", cause)


@pytest.mark.parametrize("text", [
    "OpenrouterException - Provider returned error",  # no class: nothing says why
    "openai.APIConnectionError: Connection error.",  # a class with no status
])
def test_without_a_status_bound_class_the_cause_stays_open(text: str) -> None:
    assert _who(text)[1] in ("unknown", "timeout")


def test_the_old_openai_sdk_refusing_to_send_without_a_key_got_no_answer() -> None:
    text = ("AuthenticationError: No API key provided. You can set your API key in code using "
            "'openai.api_key = <API-KEY>', or you can set the environment variable "
            "OPENAI_API_KEY=<API-KEY>). See https://platform.openai.com/account/api-keys for "
            "details.")
    assert _who(text) == ("unknown", "provider-auth-missing")


def test_a_server_that_answered_no_key_is_still_a_server() -> None:
    text = ('HTTP/1.1 401 Unauthorized\n\n{"error": {"message": "No API key provided.", '
            '"type": "invalid_request_error", "param": null, "code": null}}')
    d = classify_pasted(text, None)
    assert d.status == 401 and "no answer" not in d.to_text()


def test_geminis_key_refusal_by_its_second_sentence() -> None:
    text = ("BadRequestError: Error code: 400 - [{'error': {'code': 400, 'message': 'Please pass "
            "a valid API key', 'status': 'INVALID_ARGUMENT'}}]")
    assert _who(text) == ("google", "provider-auth-invalid")
    assert _who("Please pass a valid API key for the search tool in Settings")[0] != "google"


def test_a_fastapi_servers_internal_error_is_not_mistrals() -> None:
    text = "InternalServerError: Error code: 500 - {'detail': 'Internal server error: An " \
           "unexpected error occurred.'}"
    assert _who(text) == ("unknown", "provider-server-error")
    assert _who('HTTP/1.1 401 Unauthorized\n\n{"detail": "Invalid API Key"}')[0] == "mistral"


@pytest.mark.parametrize("text", [
    "redis.exceptions.AuthenticationError: invalid username-password pair",  # not an LLM SDK's
    "litellm.BadRequestError: LLM Provider NOT provided. Pass in the LLM provider you are "
    "trying to call.",  # LiteLLM's own check, before any request (no provider tag)
    "litellm.InternalServerError: litellm.InternalServerError: ECONNRESET socket hang up",
    'Traceback (most recent call last):\n  File "a.py", line 3, in <module>\n    except '
    "(openai.InternalServerError, openai.AuthenticationError):\n"
    "openai.APIConnectionError: Connection error.",  # named in an except line, not raised
])
def test_a_class_that_was_not_raised_for_an_answer_gives_no_cause(text: str) -> None:
    assert _who(text)[1] in ("unknown", "timeout")


def test_a_servers_no_api_key_without_the_old_sdks_tail_is_not_the_sdks_refusal() -> None:
    d = classify_pasted('{"error": {"message": "No API key provided.", "type": '
                        '"invalid_request_error"}}', None)
    assert "No server refused it" not in d.hint and "before any answer" not in d.hint


def test_mistrals_own_internal_error_in_the_detail_form_stays_mistrals() -> None:
    assert _who("MistralException - {'detail': 'Internal server error'}")[0] == "mistral"


def test_the_interactions_clients_connection_error_names_nobody() -> None:
    assert _who("google.genai._interactions.APIConnectionError: Connection error.")[0] == \
        "unknown"


@pytest.mark.parametrize("text", ["Invalid model.safetensors header", "Invalid model.gguf file"])
def test_a_model_files_name_is_no_model_not_found(text: str) -> None:
    assert _who(text)[1] != "model-not-found"


def test_the_generic_key_sentence_names_no_sender() -> None:
    assert _who('{"error": "Please pass a valid API key"}') == ("unknown", "provider-auth-invalid")
