"""Evidence added in round 15 from two probes of public texts: Google, OpenRouter and
Anthropic as apps print them (google2), and LLM errors as apps reword, translate or wrap them
(reworded). Each family fires on its source's verbatim text and stays silent on a look-alike."""

from __future__ import annotations

from setup_wizard.diagnose.classify import classify_pasted
from setup_wizard.diagnose.logscan import blocks


def _said(text: str, status: int | None = None) -> tuple[str, str]:
    d = classify_pasted(text, status, {})
    return d.origin, d.cause


# -- a quoted token a terminal's wrap split (google2 family B) ----------------------------------
# https://github.com/anthropics/claude-code/issues/70365
WRAPPED_TYPE = ('API error: 529 {"type":"error","error":{"type":"overload     ed_error","message":'
                '"Overloaded"},"request_id":"req_011C     cLPrMiu53v6Rp1jfe1Cd"}')


def test_a_wrapped_error_type_and_request_id_are_anthropics_again() -> None:
    assert _said(WRAPPED_TYPE, 529) == ("anthropic", "provider-server-error")
    # The wrap as a line break and the next line's indent.
    broken = WRAPPED_TYPE.replace("overload     ed", "overload\n     ed")
    assert _said(broken, 529) == ("anthropic", "provider-server-error")


def test_a_wrapped_token_keeps_the_logs_line_numbers() -> None:
    log = ["starting", "ok", *WRAPPED_TYPE.replace("overload     ed", "overload\n     ed")
           .split("\n"), "done"]
    found = list(blocks(log))
    assert [b.line for b in found] == [3]
    assert _said(found[0].text) == ("anthropic", "provider-server-error")


def test_a_sentence_between_quotes_is_never_joined() -> None:
    # Groq's OpenAI-style envelope has no top-level type: not Anthropic's, wrap or not.
    groq = ('{"error":{"message":"Invalid API Key","type":"invalid_request_error",'
            '"code":"invalid_api_key"}}')
    assert _said(groq, 401)[0] != "anthropic"
    # Words with blanks between them (no _): left as they are.
    spaced = '{"type":"error","error":{"type":"overload     ed","message":"Overloaded"}}'
    d = classify_pasted(spaced, 529, {})
    assert not any("quoted token" in e for e in d.evidence)


# -- the Firebase AI SDKs' API-not-enabled sentence (google2 family C) ----------------------------
# https://github.com/firebase/flutterfire/issues/13542
FIREBASE_DISABLED = ("DartError: The Vertex AI in Firebase SDK requires the Vertex AI in Firebase "
                     "API (`firebasevertexai.googleapis.com`) to be enabled in your Firebase "
                     "project. Enable this")


def test_the_firebase_sdks_api_not_enabled_is_googles_permission() -> None:
    assert _said(FIREBASE_DISABLED, 403) == ("google", "permission-denied")
    assert _said(FIREBASE_DISABLED.removeprefix("DartError: ")) == ("google",
                                                                    "permission-denied")


def test_the_firebase_sdks_own_parse_failure_stays_unknown() -> None:
    # https://github.com/firebase/flutterfire/issues/17030: a client parse failure.
    text = ("flutter: Unhandled format for CountTokensResponse: {totalBillableCharacters: 861, "
            "promptTokensDetails: [{modality: TEXT}]}\nThis indicates a problem with the Vertex "
            "AI in Firebase SDK. Try updating to the latest version "
            "(https://pub.dev/packages/firebase_vertexai/versions), or file an issue at "
            "https://github.com/firebase/flutterfire/issuess.")
    assert _said(text) == ("unknown", "unknown")
    # A service to enable that is not Google's says nothing of Google.
    assert _said("This plugin requires the Foo API (api.example.com) to be enabled")[0] \
        == "unknown"


# -- a 429 whose words say no waiting helps (google2 family E) ------------------------------------
# https://github.com/RooCodeInc/Roo-Code/issues/3435
NO_FREE_TIER = ('got status: 429 Too Many Requests. {"error":{"message":"{\\n  \\"error\\": '
                '{\\n    \\"code\\": 429,\\n    \\"message\\": \\"Gemini 2.5 Pro Preview doesn\'t '
                'have a free quota tier. Please use Gemini 2.5 Pro Experimental '
                '(models/gemini-2.5-pro-exp-03-25) instead. For more')
# https://github.com/su-kaka/gcli2api/issues/416
CREDITS_REASON = ('"error": {\n"code": 429,\n"message": "Resource has been exhausted (e.g. check '
                  'quota).",\n"status": "RESOURCE_EXHAUSTED",\n"details": [\n{\n"@type": '
                  '"type.googleapis.com/google.rpc.ErrorInfo",\n"reason": '
                  '"INSUFFICIENT_G1_CREDITS_BALANCE",\n"metadata": {\n"error_number": "2008"\n}')


def test_no_free_tier_and_a_credits_reason_are_quota_exhausted() -> None:
    assert _said(NO_FREE_TIER, 429) == ("google", "quota-exhausted")
    assert _said(CREDITS_REASON, 429) == ("google", "quota-exhausted")
    whole = ("{" + CREDITS_REASON.replace("\n", " ") + "}]}}")
    assert _said(whole, 429) == ("google", "quota-exhausted")


def test_the_bare_resource_exhausted_stays_a_rate_limit() -> None:
    # https://github.com/googleapis/js-genai/issues/1840
    text = ('ApiError: {"error":{"code":429,"message":"Resource has been exhausted (e.g. check '
            'quota).","status":"RESOURCE_EXHAUSTED"}')
    assert _said(text, 429) == ("google", "rate-limited")
    other_reason = CREDITS_REASON.replace("INSUFFICIENT_G1_CREDITS_BALANCE",
                                          "RATE_LIMIT_EXCEEDED")
    assert _said(other_reason, 429) == ("google", "rate-limited")


# -- OpenRouter's "No endpoints found for this model." (google2 family F, first part) -------------
# https://github.com/infiniflow/ragflow/issues/2359
NO_ENDPOINTS = ("Fail to access model(01-ai/yi-34b) using this api key.**ERROR**: Error code: 404 "
                "- {'error': {'message': 'No endpoints found for this model.', 'code': 404}, "
                "'user_id': 'user_2lBakZZi7xxxxxxxxxxbTJ4'}")


def test_no_endpoints_for_this_model_is_a_missing_model() -> None:
    assert _said(NO_ENDPOINTS, 404) == ("openrouter", "model-not-found")


def test_no_endpoints_that_support_a_feature_stays_a_bad_request() -> None:
    text = ("{'error': {'message': 'No endpoints found that support tool use.', 'code': 404}, "
            "'user_id': 'user_2lBakZZi7'}")
    assert _said(text, 404) == ("openrouter", "bad-request")


# -- Google's parser tail retyped (reworded family 4) -------------------------------------------
# https://github.com/flyun/chatAir/issues/108
RETYPED_PARSER = ("Invalid JSON payload recieved. Unknown name \"thought\" at "
                  "'contents[0].parts[0]': Cannot find field.")


def test_googles_parser_tail_is_read_whatever_the_spelling_before_it() -> None:
    assert _said(RETYPED_PARSER) == ("google", "bad-request")


def test_cannot_find_field_alone_is_no_ones() -> None:
    # C#'s and Java's reflection errors say "Cannot find field." without Unknown name "...".
    assert _said("System.MissingFieldException: Cannot find field.")[0] == "unknown"


# -- Anthropic's CORS refusal (reworded family 8) -----------------------------------------------
# https://github.com/ChatGPTNextWeb/NextChat/issues/5534
CORS = ('{\n  "type": "error",\n  "error": {\n    "type": "authentication_error",\n    "message": '
        '"CORS requests must set \'anthropic-dangerous-direct-browser-access\' header"\n  }\n}')


def test_anthropics_cors_refusal_is_a_request_without_its_header() -> None:
    assert _said(CORS) == ("anthropic", "bad-request")


def test_a_true_key_failure_stays_a_key_failure() -> None:
    # https://github.com/griffinmartin/opencode-claude-auth/issues/7
    assert _said("invalid x-api-key") == ("anthropic", "provider-auth-invalid")
    key = CORS.replace("CORS requests must set 'anthropic-dangerous-direct-browser-access' "
                       "header", "invalid x-api-key")
    assert _said(key) == ("anthropic", "provider-auth-invalid")


# -- LiteLLM's Google label over its own Python error (google2 family D) ------------------------
# https://github.com/BerriAI/litellm/pull/2859
LITELLM_BUG = ("openai.RateLimitError: Error code: 429 - {'error': {'message': \"VertexAIException "
               "- 'NoneType' object has no attribute 'start_chat'\", 'type': None, 'param': None, "
               "'code': 429}}")


def test_litellms_label_over_its_own_bug_names_no_one_and_no_cause() -> None:
    assert _said(LITELLM_BUG, 429) == ("unknown", "unknown")
    assert _said("VertexAIException - 'NoneType' object has no attribute 'start_chat'", 429) \
        == ("unknown", "unknown")
    # https://github.com/BerriAI/litellm/issues/1774
    assert _said("VertexAIException - list index out of range Error from API under "
                 "high-traffic")[0] == "unknown"


def test_litellms_label_over_googles_body_stays_google() -> None:
    text = ('litellm.RateLimitError: VertexAIException - {"error":{"code":429,"message":"Resource '
            'has been exhausted (e.g. check quota).","status":"RESOURCE_EXHAUSTED"}}')
    assert _said(text, 429) == ("google", "rate-limited")
    # The label with a refusal in words, not a runtime error: still a Google route's refusal.
    assert _said("litellm.RateLimitError: VertexAIException - Quota exceeded for "
                 "aiplatform.googleapis.com/online_prediction_requests_per_base_model", 429) \
        == ("google", "rate-limited")
