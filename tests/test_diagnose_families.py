"""Families of evidence the classifier reads (issue 13): each rule fires on its family and stays
silent on look-alikes. Texts are in the forms the cited sources show (docs/sources.md)."""

from __future__ import annotations

import pytest
from diagnose_support import who as _who

from setup_wizard.diagnose.classify import classify_pasted


# -- Cloudflare API: codes printed as text, its Go clients (#api-v4-errors) ------------------
@pytest.mark.parametrize("text", [
    'msg="Error presenting token: Cloudflare API Error \nError: 6003: Invalid request headers'
    '<- 6103: Invalid format for X-Auth-Key header"',
    "acme: error presenting token: cloudflare: failed to find zone example.org.: [status code "
    "400] 6003: Invalid request headers; 6111: Invalid format for Authorization header",
    "Error code 9109: Unauthorized to access requested resource",
    "sync failed: 10000: Authentication error",
])
def test_an_api_code_with_its_own_message_is_the_cloudflare_api(text: str) -> None:
    assert _who(text) == ("cloudflare-api", "cloudflare-api-auth")


def test_a_body_escaped_several_times_in_a_log_line_is_still_read() -> None:
    text = ('level=error msg="ListZones command failed: error from makeRequest: HTTP status 400: '
            'content \\"{\\\\\\"success\\\\\\":false,\\\\\\"errors\\\\\\":[{\\\\\\"code\\\\\\":'
            '7003,\\\\\\"message\\\\\\":\\\\\\"Could not route to /zones/x, perhaps your object '
            'identifier is invalid?\\\\\\"}],\\\\\\"messages\\\\\\":[],'
            '\\\\\\"result\\\\\\":null}\\""')
    assert _who(text) == ("cloudflare-api", "cloudflare-api-route")


def test_go_clients_of_the_api_name_it_and_the_status_says_why() -> None:
    text = ("acme: error presenting token: cloudflare: failed to create TXT record: error from "
            "makeRequest: HTTP status 401: invalid credentials")
    assert _who(text, 401) == ("cloudflare-api", "cloudflare-api-auth")


@pytest.mark.parametrize("text", [
    "9109: rate limit reached, try later",  # a known code with another message
    "request 10000: Internal failure",  # a number that is not a code in context
    "cloudflare: could not find zone for domain example.org",  # lego's DNS lookup, no API call
])
def test_codes_without_their_message_and_other_lego_lines_are_not_the_api(text: str) -> None:
    assert _who(text)[0] != "cloudflare-api"


# -- Cloudflare's edge pages, cut, wrapped or reordered by a log (#edge-errors) -----------
_BLOCK_PAGE_MIDDLE = """<link rel="stylesheet" href="/assets/site.css" />
<style>body{margin:0;padding:0}</style>
</head>
<body>
  <div class="cf-alert cf-alert-error cf-cookie-error" id="cookie-alert" data-translate="enable_cookies">Please enable cookies.</div>
  <h1 data-translate="block_headline">Sorry, you have been blocked</h1>
"""  # noqa: E501


def test_a_page_cut_before_its_head_is_read_past_its_css() -> None:
    # The CSS rule parses as an object; the page's markers around it still decide.
    assert _who(_BLOCK_PAGE_MIDDLE, 403) == ("cloudflare-edge", "edge-blocked")


def test_the_block_page_translation_keys_survive_a_reordered_container_log() -> None:
    lines = ['2024/10/02 20:58:28\tstdout\t  <p data-translate="blocked_why_detail">This site '
             'is using a', "2024/10/02 20:58:28\tstdout\t  <h2 data-translate="
             '"blocked_why_headline">Why have I been', "Cloudflare Ray ID found at the bottom"]
    assert _who("\n".join(reversed(lines))) == ("cloudflare-edge", "edge-blocked")


def test_cloudscrapers_exceptions_mean_it_saw_a_cloudflare_page() -> None:
    d = classify_pasted("cloudscraper.exceptions.CloudflareCode1020: Cloudflare has blocked "
                        "this request (Code 1020 Detected).")
    assert (d.origin, d.cause, d.code) == ("cloudflare-edge", "edge-blocked", 1020)
    assert _who("cloudscraper.exceptions.CloudflareChallengeError: Detected a Cloudflare "
                "version 2 challenge")[0] == "cloudflare-edge"


_DUMP = """> HTTP/1.1 403 Forbidden
> Date: Thu, 16 Apr 2020 14:57:25 GMT
> Content-Type: text/html; charset=UTF-8
> Set-Cookie: __cfduid=dc2f; expires=Sat,
 16-May-20 14:57:25 GMT; path=/; domain=.example.com; HttpOnly
> Server: {server}
> CF-RAY: 584ec2374d54f156-ARN
>
<!DOCTYPE html>
<!--[if lt IE 7]> <html class="no-js"""


def test_a_marked_dump_cut_in_cloudflares_template_opening_is_likelier_the_edge() -> None:
    d = classify_pasted(_DUMP.format(server="cloudflare"))
    assert (d.origin, d.cause, d.status) == ("cloudflare-edge", "edge-blocked", 403)
    assert any("to settle it" in e for e in d.evidence)
    # The wrapped Set-Cookie line joined its header; the header after it was still read.
    assert "pasted: status 403 and 5 header(s) from an HTTP response dump" in d.evidence


@pytest.mark.parametrize("text", [
    _DUMP.format(server="nginx"),  # the same opening from another server: not enough
    "<!DOCTYPE html>\n<html><head><title>403 Forbidden</title></head><body>denied</body></html>",
])
def test_other_html_403_pages_are_not_the_edge(text: str) -> None:
    assert _who(text, 403)[0] == "unknown"


# -- providers' own wording families (#provider-wording, #sdk-exceptions) --------------------------
@pytest.mark.parametrize(("text", "origin", "cause"), [
    # Groq's validator prints the allowed values as a Go slice, whatever the field.
    ("file must be one of the following types: [flac mp3 mp4 mpeg mpga m4a ogg opus wav webm]",
     "groq", "bad-request"),
    ("400 response_format must be one of [flac mp3 mulaw ogg wav]", "groq", "bad-request"),
    # Anthropic's rate-limit sentence, both of its forms.
    ("Last error: This request would exceed your organization's rate limit of 30,000 input "
     "tokens per minute (org: 8016, model: claude-opus-4-6).", "anthropic", "rate-limited"),
    # The Gemini JS SDK's words for a response Gemini withheld.
    ("Error: Text not available. Response was blocked due to SAFETY", "google", "bad-request"),
    # OpenRouter: a model with no endpoint at all, its wording lower-cased by a debug log.
    ("No endpoints found for nousresearch/hermes-3-llama-3.1-405b:free.", "openrouter",
     "model-not-found"),
    ("this endpoint's maximum context length is 131072 tokens. please reduce the length, or "
     'use the \\"middle-out\\" transform to compress your prompt', "openrouter", "bad-request"),
    # The old mistralai client's exception classes.
    ("MistralAPIStatusException: Cannot stream response. Status: 429", "mistral",
     "rate-limited"),
])
def test_a_providers_own_wording_names_it_and_says_why(text: str, origin: str,
                                                       cause: str) -> None:
    assert _who(text) == (origin, cause)


@pytest.mark.parametrize("text", [
    "Invalid file format. Supported formats: ['flac', 'm4a', 'mp3', 'wav']",  # not a Go slice
    "No endpoints found that support tool use.",  # a feature, not the model
])
def test_look_alike_wording_does_not_borrow_the_cause(text: str) -> None:
    origin, cause = _who(text)
    assert origin != "groq" and cause != "model-not-found"


# -- relays and vendors outside the vocabulary; what the status and the words add (#relays) ------
def test_vercels_ai_gateway_is_not_cloudflares() -> None:
    text = ("Error [GatewayAuthenticationError]: Unauthenticated request to AI Gateway.\n\nTo "
            "authenticate, set the AI_GATEWAY_API_KEY environment variable with your API key.")
    assert _who(text) == ("unknown", "provider-auth-missing")
    # Cloudflare's own gateway words still name Cloudflare.
    assert _who("2009: Unauthorized (AI Gateway)")[0] == "cloudflare-gateway"


def test_a_4xx_a_relay_labelled_server_error_keeps_its_status_cause() -> None:
    text = ("Error code: 413 - {'error': {'message': 'Maximum content size limit (26214400) "
            "exceeded (request id: 20250715191306787520951i8nD7yRe)', 'type': 'server_error', "
            "'param': 'null', 'code': 'null'}}")
    assert _who(text)[1] == "request-too-large"
    assert _who(text.replace("413", "503"))[1] == "provider-server-error"


@pytest.mark.parametrize(("text", "status"), [
    ('status 451 Unavailable For Legal Reasons - "Access to Anthropic models is not available '
     'from this data center (HKG)"', 451),
    ("很抱歉，你的所在地区不支持此模型服务，可能是由于区域限制或服务未开通。", None),
    ("This service is not available in your country.", None),
])
def test_legal_and_regional_refusals_are_permission_denied(text: str,
                                                            status: int | None) -> None:
    assert _who(text, status)[1] == "permission-denied"


def test_a_401_whose_words_say_no_key_was_sent_is_auth_missing() -> None:
    assert _who("Error 401: Missing Authorization Header")[1] == "provider-auth-missing"
    assert _who("Error 401: Invalid credentials")[1] == "provider-auth-invalid"


# -- log forms: escaped bodies, tagged prefixes, pages inside JSON fields, bodies cut short --------
def test_a_body_escaped_inside_a_log_string_is_read() -> None:
    text = ('Error: "{\\n  \\"result\\": null,\\n  \\"success\\": false,\\n  \\"errors\\": '
            '[{\\"code\\": 10000, \\"message\\": \\"Authentication error\\"}]\\n}"')
    assert _who(text) == ("cloudflare-api", "cloudflare-api-auth")


def test_a_log_prefix_with_a_bracketed_tag_on_every_line_is_set_aside() -> None:
    body = ['{', '  "error": {', '    "message": "Invalid API Key",',
            '    "type": "invalid_request_error",', '    "code": "invalid_api_key"', '  }', '}']
    text = "\n".join(f"2025-01-01 12:00:00,123 ERROR [worker] {line}" for line in body)
    d = classify_pasted(text, 401)
    assert d.code == "invalid_api_key" and d.cause == "provider-auth-invalid"


def test_a_cloudflare_page_inside_a_json_log_field_is_the_edges() -> None:
    text = ('{"level": "error", "err": {"message": "Sorry, you have been blocked. You are unable '
            'to access groq.com. Why have I been blocked?", "name": "Error"}}')
    assert _who(text, 403) == ("cloudflare-edge", "edge-blocked")


@pytest.mark.parametrize(("text", "origin"), [
    # google.rpc.Status writes code first: cut before its status, likelier Google.
    ('API request failed (400): {\n  "error": {\n    "code": 400,\n    "message": "Request con',
     "google"),
    # OpenRouter writes message first.
    ('{"error": {"message": "No auth credentials found", "code": 401', "openrouter"),
])
def test_a_body_cut_before_its_status_is_told_by_its_field_order(text: str,
                                                                 origin: str) -> None:
    assert _who(text)[0] == origin


def test_a_whole_code_first_body_is_not_taken_for_a_cut_one() -> None:
    assert _who('{"error": {"code": 401, "message": "No auth credentials found"}}')[0] == \
        "openrouter"


# -- the client's own label -------------------------------------------------------------------
def test_the_clients_label_alone_with_nothing_answered_is_not_the_provider() -> None:
    d = classify_pasted("Error: Failed to enhance text with Groq. Error: Groq API request "
                        "failed: Unknown error")
    assert (d.origin, d.cause) == ("unknown", "unknown")
    assert any("where the request went" in e for e in d.evidence)
    # With a status or the provider's own words, it still names Groq.
    assert _who("Groq API request failed: 429 Too Many Requests")[0] == "groq"
    assert _who("Groq API error: Invalid API Key")[0] == "groq"


# -- a 5xx that is not a provider's server failing (#relays) -------------------------------------
@pytest.mark.parametrize("text", [
    'HTTP Request: POST http://127.0.0.1:11434/v1/chat/completions "HTTP/1.1 502 Bad Gateway"',
    "Error: HTTP 502: Cannot read properties of undefined (reading 'test')",
    'level=warning msg="Request completed" status=503 err_msg="No available upstream candidate."',
])
def test_a_5xx_from_a_local_server_a_crashed_program_or_a_relay_says_no_provider_failed(
        text: str) -> None:
    d = classify_pasted(text)
    assert (d.origin, d.cause) == ("unknown", "unknown")
    assert any("not a provider's" in e for e in d.evidence)


def test_a_5xx_with_nothing_else_is_still_a_server_side_failure() -> None:
    assert _who("Error: HTTP 502: Bad Gateway") == ("unknown", "provider-server-error")
    assert _who("Service Unavailable", 503) == ("unknown", "provider-server-error")


# -- bodies printed by other languages and clients (#sdk-exceptions) -----------------------------
@pytest.mark.parametrize("text", [
    'RuntimeError: {"type"=>"error", "error"=>{"type"=>"authentication_error", "message"=>'
    '"invalid x-api-key"}}',  # Ruby's Hash#inspect
    '** (RuntimeError) %{"type" => "error", "error" => %{"type" => "authentication_error", '
    '"message" => "invalid x-api-key"}}',  # Elixir's map
    '{:type=>"error", :error=>{:type=>"authentication_error", :message=>"invalid x-api-key"}}',
])
def test_ruby_and_elixir_maps_are_read_as_bodies(text: str) -> None:
    d = classify_pasted(text)
    assert (d.origin, d.cause, d.code) == ("anthropic", "provider-auth-invalid",
                                           "authentication_error")


@pytest.mark.parametrize("text", [
    "Error from API: map[code:model_decommissioned message:The model is gone. type:x]",
    "ApiException: Error[message=The model is gone., type=invalid_request_error, "
    "code=model_decommissioned]",
    'level=error msg="call failed" code=model_decommissioned',
    'Error: Api(ApiError { message: "The model is gone.", code: Some("model_decommissioned") })',
])
def test_an_error_code_printed_by_another_language_is_read(text: str) -> None:
    d = classify_pasted(text)
    assert (d.origin, d.cause, d.code) == ("groq", "model-decommissioned",
                                           "model_decommissioned")


def test_axios_response_objects_hand_their_data_on_as_the_body() -> None:
    text = ("AxiosError: Request failed with status code 422\n  response: {\n    status: 422,\n"
            "    statusText: 'Unprocessable Entity',\n    data: { detail: [ { type: "
            "'extra_forbidden', loc: [ 'body', 'x' ], msg: 'Extra inputs are not permitted' } ]"
            " }\n  }")
    assert _who(text) == ("mistral", "bad-request")


# -- a retired model: whose "not found" means the retirement (#groq-errors, #openai-errors) -------
def test_openais_not_found_for_a_model_on_its_retired_list_stays_not_found() -> None:
    # OpenAI answers a retired model with words of its own ("has been deprecated").
    d = classify_pasted("OpenAI API error: 404 Not Found {\"error\":{\"message\":\"The model: "
                        "`gpt-4` does not exist\",\"type\":\"invalid_request_error\",\"param\":"
                        "null,\"code\":\"model_not_found\"}}")
    assert (d.origin, d.cause) == ("openai", "model-not-found")
    assert any("retired list" in e for e in d.evidence)
    assert any("UNCONFIRMED" in e for e in d.evidence)
    d = classify_pasted("The model `gpt-4` has been deprecated, learn more here: "
                        "https://platform.openai.com/docs/deprecations")
    assert d.cause == "model-decommissioned"


def test_groqs_not_found_for_a_retired_model_is_the_retirement() -> None:
    d = classify_pasted('{"error":{"message":"The model `llama-3.1-8b-instant` does not exist '
                        'or you do not have access to it.","type":"invalid_request_error",'
                        '"code":"model_not_found"}}', 404)
    assert (d.origin, d.cause) == ("groq", "model-decommissioned")


# -- what the request's own address and the envelope's habits say (#groq-errors) ----------------
def test_a_404_on_the_providers_own_endpoint_is_the_model() -> None:
    text = ('HTTP Request: POST https://api.groq.com/openai/v1/chat/completions '
            '"HTTP/1.1 404 Not Found"')
    assert _who(text) == ("groq", "model-not-found")
    # Another path on the same host: the address itself may be wrong.
    assert _who(text.replace("/chat/completions", "/chat/complete"))[1] == "unknown"


def test_escapes_a_json_log_leaves_in_the_text_are_read_as_written() -> None:
    # Python's json.dumps writes non-ASCII letters as \\uXXXX, and a line break as \\n.
    zh = "很抱歉，你的所在地区不支持此模型服务"
    escaped = "".join(f"\\u{ord(c):04x}" for c in zh)
    assert _who(f'{{"level": "error", "msg": "{escaped}"}}')[1] == "permission-denied"
    assert _who('Error: "curl -H \\"User-Agent: Python-urllib\\" https://x.example\\nerror '
                'code: 1010"', 403) == ("cloudflare-edge", "edge-blocked")
