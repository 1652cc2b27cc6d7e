"""Evidence added in round 16 from the groq3 probe (Groq's own errors as apps print them, and
their look-alikes; issue #13). Each family fires on its source's verbatim text and stays silent
on a look-alike: another server's sentence, a generic one, or the same shape from someone else.
"""

from __future__ import annotations

from diagnose_support import who

# -- family D: Groq's validator names its parameters in backticks, or not --------------------
# https://github.com/Alishahryar1/free-claude-code/issues/1348 (qwen3 on Groq, status 400)
EFFORT_TICKED = "`reasoning_effort` must be one of `none` or `default`"
# https://github.com/earendil-works/pi/issues/1745 (the same rule without backticks)
EFFORT_PLAIN = "reasoning_effort must be one of none or default"


def test_groqs_reasoning_effort_rule_is_read_with_or_without_backticks() -> None:
    assert who(EFFORT_TICKED, 400) == ("groq", "bad-request")
    assert who(EFFORT_PLAIN, 400) == ("groq", "bad-request")


def test_other_reasoning_effort_refusals_are_not_groqs() -> None:
    # OpenAI's validator and a generic "must be one of" name no sender.
    openai = "Unsupported value: 'reasoning_effort' does not support 'none' with this model."
    assert who(openai, 400)[0] != "groq"
    assert who("`reasoning_effort` must be one of `low`, `medium` or `high`", 400) == \
        ("unknown", "bad-request")


# -- family A: a flat {message, type: invalid_request_error}, message first, is not Anthropic's --
# https://github.com/Alishahryar1/free-claude-code/issues/1348 (Groq's refusal, quoted flat)
FLAT_GROQ = ('{"message":"`reasoning_effort` must be one of `none` or `default`",'
             '"type":"invalid_request_error"}')
# https://github.com/jakobdylanc/llmcord/issues/66: the inner object of
# "openai.BadRequestError: Error code: 400 - {'error': {...}}", as the SDK keeps it (its body)
FLAT_SHARED = ("{'message': 'prompting with images is incompatible with system messages', "
               "'type': 'invalid_request_error'}")


def test_a_flat_message_first_shared_type_is_the_openai_familys_object() -> None:
    assert who(FLAT_GROQ, 400) == ("groq", "bad-request")
    # No marker leads: the key order alone keeps it from Anthropic.
    assert who(FLAT_SHARED, 400) == ("unknown", "bad-request")


def test_anthropics_inner_object_type_first_stays_anthropics() -> None:
    # https://github.com/deanxv/done-hub/issues/33 (Anthropic's inner object, as the report
    # quotes it), alone and in its envelope
    inner = ('{"type":"invalid_request_error","message":"tools.0.custom.input_schema: JSON '
             'schema is invalid. ..."}')
    assert who(inner) == ("anthropic", "bad-request")
    assert who('{"type":"error","error":' + inner + '}') == ("anthropic", "bad-request")
    # A type only Anthropic writes decides in either key order.
    assert who('{"message":"invalid x-api-key","type":"authentication_error"}') == \
        ("anthropic", "provider-auth-invalid")


# -- family E: Groq's tool_choice sentences, printed without their envelope --------------------
# https://github.com/pydantic/pydantic-ai/blob/4fda38988f2939fa6ea9cdefcf120693e10ef491/tests/
# models/cassettes/test_groq/test_tool_use_failed_error_streaming_with_text.yaml
TOOL_REQUIRED = "Tool choice is required, but model did not call a tool"
TOOL_REQUIRED_SSE = ('event: error\ndata: {"error":{"message":"Tool choice is required, but '
                     'model did not call a tool","type":"invalid_request_error","code":'
                     '"tool_use_failed","failed_generation":"","status_code":400}}')
# https://github.com/Eda-Inal/groq-stream-fastapi (the "none" form, an app's JSON record)
TOOL_NONE = "Tool choice is none, but model called a tool"


def test_groqs_tool_choice_sentences_name_groq_alone() -> None:
    assert who(TOOL_REQUIRED) == ("groq", "bad-request")
    assert who(TOOL_NONE) == ("groq", "bad-request")
    assert who(TOOL_REQUIRED_SSE) == ("groq", "bad-request")


def test_other_tool_call_refusals_are_not_groqs() -> None:
    # OpenAI's Responses API (continuedev/continue#9927), and an app's own check.
    assert who("No tool call found for function call output with call_id call_abc123.",
               400)[0] == "unknown"
    assert who("tool_choice is required when tools are provided", 400)[0] == "unknown"


# -- family F: Groq's vision endpoint refusing the images ------------------------------------
# https://github.com/anotherai-dev/anotherai/blob/1ba41433583c782914dde46c3cee2d7bd1c19863/
# backend/core/providers/groq/groq_provider_test.py (status 400)
PIXELS = ("Image too large - images can contain at most 33177600 pixels. but image contained "
          "84232904")
TOO_MANY = "Too many images provided.  This model supports up to 5 images"
MEDIA = "media file too large - size limit: 20971520, actual size: 30073401"


def _envelope(message: str) -> str:
    """The test's payload envelope (json.dumps of Groq's body)."""
    return '{"error": {"message": "' + message + '", "type": "invalid_request_error"}}'


def test_groqs_image_refusals_name_groq_alone_and_in_the_envelope() -> None:
    for text in (PIXELS, TOO_MANY):
        assert who(text, 400) == ("groq", "bad-request"), text
        assert who(text) == ("groq", "bad-request"), text
        assert who(_envelope(text), 400) == ("groq", "bad-request"), text


def test_groqs_fetched_media_limit_is_weak_alone_and_a_bad_request() -> None:
    # One weak sign alone; with the envelope's missing param (Groq's habit), Groq.
    assert who(MEDIA, 400) == ("unknown", "bad-request")
    assert who(MEDIA) == ("unknown", "bad-request")  # not "request-too-large"
    assert who(_envelope(MEDIA), 400) == ("groq", "bad-request")


def test_other_image_limits_are_not_groqs() -> None:
    # vLLM (vllm-project/vllm#17092), Google Veo (a dev log the probe quotes), apps' validators.
    for text in ("At most 5 image(s) may be provided in one request.",
                 "HTTP 400 (INVALID_ARGUMENT): Reference images can contain at most 1 images.",
                 "images can contain at most 6 photos",
                 "Too many images provided (7). Max 5 per request including history.",
                 "Media file too large (31.2MB > 25MB limit)"):
        assert who(text, 400)[0] != "groq", text


# -- family G: OpenAI's organization-wide rate-limit sentence ---------------------------------
# https://github.com/openai/codex/issues/10060 (Codex CLI, gpt-5.2), its TPM line and, wrapped by
# the terminal, its RPM line
ORG_TPM = ("stream disconnected before completion: Rate limit reached for organization org-<> on "
           "tokens per min (TPM): Limit 250000, Used 250000, Requested 57059. Please try again "
           "in 13.694s")
ORG_RPM = ("stream disconnected before completion: Rate limit reached for\norganization org-<> on "
           "requests per min\n(RPM): Limit 3000, Used 3000, Requested 1. Please try again in\n"
           "20ms. Visit https://platform.openai.com/account/rate-limits to\nlearn more.")


def test_openais_organization_wide_rate_limit_names_openai() -> None:
    assert who(ORG_TPM) == ("openai", "rate-limited")
    assert who(ORG_RPM) == ("openai", "rate-limited")


def test_groqs_rate_limit_and_org_underscore_ids_are_not_openais() -> None:
    # Groq's own sentence (crewAIInc/crewAI#494's form), and an app's mock of Groq's with org_.
    groq = ("Rate limit reached for model `llama3-70b-8192` in organization `org_01hqm053avffh8w6"
            "0ayqm1kr4a` service tier `on_demand` on tokens per minute (TPM): Limit 6000, Used "
            "5914, Requested 1822. Please try again in 17.359s.")
    assert who(groq) == ("groq", "rate-limited")
    assert who("Rate limit reached for organization org_private on tokens per minute (TPM)",
               429)[0] != "openai"


# -- family B: LiteLLM's provider label over the openai SDK's own TypeError -------------------
# https://github.com/BerriAI/litellm/issues/6845 (the SDK refused before any request)
LABEL_TYPEERROR = ("APIError: litellm.APIError: APIError: GroqException - You tried to pass a "
                   "`BaseModel` class to `chat.completions.create()`; You must use "
                   "`beta.chat.completions.parse()` instead")
# https://github.com/i-am-bee/beeai-framework/issues/487 (the label over Groq's own body)
LABEL_GROQ_BODY = ("litellm.exceptions.BadRequestError: litellm.BadRequestError: GroqException - "
                   "b'{\"error\":{\"message\":\"property \\'abort_signal\\' is unsupported, did "
                   "you mean \\'logit_bias\\'?\",\"type\":\"invalid_request_error\"}}\\n'")


def test_the_label_over_the_sdks_own_typeerror_names_nobody() -> None:
    assert who(LABEL_TYPEERROR) == ("unknown", "unknown")
    # The newer SDK's wording, for the Responses API too.
    assert who("litellm.BadRequestError: OpenAIException - You tried to pass a `BaseModel` "
               "class to `responses.create()`; You must use `responses.parse()` instead") == \
        ("unknown", "unknown")


def test_the_label_over_groqs_own_body_still_names_groq() -> None:
    assert who(LABEL_GROQ_BODY) == ("groq", "bad-request")


# -- family H: shared words that say why, never who -------------------------------------------
# https://github.com/SevaSk/ecoute/issues/194 (the first clause was in the title)
LIMIT_TAIL = " Limit 3, Used 3, Requested 1. Please try again in 20s."


def test_the_shared_rate_limit_tail_is_a_rate_limit_from_anyone() -> None:
    assert who(LIMIT_TAIL) == ("unknown", "rate-limited")
    assert who("Limit 7000, Used 0, Requested ~12903. Please try again in 50.597142857s.") == \
        ("unknown", "rate-limited")


def test_other_limit_used_requested_lines_are_not_rate_limits() -> None:
    # An app's own quota line, no retry advice: no cause from these words.
    assert who("Limit 100, Used 40, Requested 3")[1] == "unknown"


# https://github.com/RooCodeInc/Roo-Code/issues/3975 (GitHub Copilot's API through VS Code)
NOT_SUPPORTED = ('Request Failed: 400 {"error":{"message":"The requested model is not '
                 'supported.","code":"model_not_supported","param":"model","type":'
                 '"invalid_request_error"}}')


def test_a_model_the_server_does_not_support_is_a_model_to_change() -> None:
    assert who(NOT_SUPPORTED, 400) == ("unknown", "model-not-found")
    assert who("The requested model is not supported.", 400) == ("unknown", "model-not-found")


def test_other_not_supported_sentences_stay_bad_requests() -> None:
    # A parameter or a format the server does not support is the request's, not the model's.
    assert who("400 This model does not support the format you provided.", 400) == \
        ("unknown", "bad-request")
    assert who("The requested feature is not supported.", 400) == ("unknown", "bad-request")


# https://github.com/chenyme/grok2api/issues/814 (xAI's console, not Groq)
XAI_PARAM = ('{"code":"invalid-argument","error":"Model grok-4.20-0309-reasoning does not support '
             'parameter reasoningEffort."}')


def test_a_model_refusing_a_parameter_is_a_bad_request_from_anyone() -> None:
    assert who(XAI_PARAM) == ("unknown", "bad-request")
    assert who("Model grok-4.20-0309-reasoning does not support parameter reasoningEffort.") == \
        ("unknown", "bad-request")


def test_groqs_own_parameter_refusal_stays_groqs_and_xais_is_not() -> None:
    # Groq's form (iamsrikanthnani/pluely#242) names Groq; xAI's words do not.
    assert who("`reasoning_format` is not supported with this model", 400) == \
        ("groq", "bad-request")
    assert who(XAI_PARAM)[0] != "groq"


# https://github.com/jgravelle/GroqApiLibrary/pull/22 (Groq's Batch API, the author's live run)
def test_a_feature_the_plan_lacks_is_a_permission_from_anyone() -> None:
    assert who("403 not_available_for_plan", 403) == ("unknown", "permission-denied")
    assert who('{"error": "feature_not_available_for_plan"}', 403) == \
        ("unknown", "permission-denied")


def test_a_plan_word_alone_is_no_permission() -> None:
    assert who("403 plan_not_found", 403)[1] != "permission-denied"
    assert who("not available for planning yet")[1] == "unknown"
