"""Envelope shapes and wording families added in issue 13's third round: each fires on its
family and stays silent on the look-alikes (docs/sources.md#anthropic-errors,
#openrouter-errors, #provider-wording, #sdk-exceptions, #api-v4-errors)."""

from __future__ import annotations

import pytest
from diagnose_support import who as _who


# -- Anthropic's error object is {type, message}; OpenAI's has param and code ------------------
def test_anthropic_envelope_still_anthropic() -> None:
    text = '{"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}}'
    assert _who(text) == ("anthropic", "provider-server-error")


def test_a_responses_stream_error_event_is_not_anthropic() -> None:
    text = ('{"type":"error","sequence_number":2,"error":{"type":"server_error","code":'
            '"server_error","message":"An error occurred while processing your request. You can '
            'retry your request, or contact us through our help center at help.openai.com",'
            '"param":null}}')
    assert _who(text) == ("openai", "provider-server-error")


def test_an_error_object_with_openai_fields_is_not_anthropic() -> None:
    text = ('{"type":"error","error":{"type":"invalid_request_error","message":"bad",'
            '"param":null,"code":null}}')
    assert _who(text)[0] != "anthropic"


def test_a_bare_invalid_request_error_yields_to_another_providers_markers() -> None:
    text = ("Endpoint: https://api.groq.com/openai/v1\n"
            "Details: {'message': \"'messages.4' : for 'role:assistant' the following must be "
            "satisfied[('messages.4' : property 'reasoning_content' is unsupported)]\", "
            "'type': 'invalid_request_error'}")
    assert _who(text, 400) == ("groq", "bad-request")


def test_a_bare_anthropic_type_with_nothing_else_stays_anthropic() -> None:
    assert _who('{"type": "authentication_error", "message": "invalid x-api-key"}') == \
        ("anthropic", "provider-auth-invalid")
    assert _who('{"type": "invalid_request_error", "message": "messages: roles must '
                'alternate"}')[0] == "anthropic"


# -- OpenRouter's numeric code is the HTTP status ------------------------------------------
def test_a_code_outside_the_http_statuses_is_not_openrouter() -> None:
    assert _who('{"error": {"code": 14, "message": "unavailable", "details": []}}', 503) == \
        ("unknown", "provider-server-error")
    assert _who('{"error": {"code": 429, "message": "Rate limit exceeded: limit_rpm/x"}}') == \
        ("openrouter", "rate-limited")


# -- Groq's and OpenAI's wording families ---------------------------------------------------
@pytest.mark.parametrize("message", [
    "`reasoning_effort` is not supported with this model",
    "`tool calling` is not supported with this model",
    "max_tokens must be less than or equal to 16384, the maximum value for max_tokens is less "
    "than the context_window for this model",
])
def test_groq_wording_names_groq(message: str) -> None:
    assert _who(f"400 {message}") == ("groq", "bad-request")


@pytest.mark.parametrize("message", [
    "Unsupported parameter: 'reasoning_effort' is not supported with this model.",
    "Validation error at temperature: `temperature` is not supported on this model.",
])
def test_look_alikes_of_groq_wording_are_not_groq(message: str) -> None:
    assert _who(f"400 {message}")[0] != "groq"


@pytest.mark.parametrize(("text", "cause"), [
    ('{"error": {"message": "Missing bearer or basic authentication in header", "type": '
     '"invalid_request_error", "param": null, "code": null}}', "provider-auth-missing"),
    ("This is a chat model and not supported in the v1/completions endpoint. Did you mean to "
     "use v1/chat/completions?", "bad-request"),
    ('{"error": {"message": "Unknown parameter: \'system\'.", "type": "invalid_request_error", '
     '"param": "system", "code": "unknown_parameter"}}', "bad-request"),
    ("Your organization must be verified to stream this model.", "permission-denied"),
])
def test_openai_wording_and_validator_codes_name_openai(text: str, cause: str) -> None:
    assert _who(text) == ("openai", cause)


# -- the OpenAI-style error object printed alone (the SDKs' e.body) ---------------------------
def test_the_error_object_alone_is_read_with_its_code() -> None:
    text = ('{"code":"unsupported_country_region_territory","message":"Country, region, or te\n'
            'rritory not supported","param":null,"type":"request_forbidden"}')
    assert _who(text, 403) == ("openai", "permission-denied")


def test_a_rust_debug_code_is_not_taken_for_an_error_object() -> None:
    text = ('Error: Api(ApiError { message: "The model is gone.", '
            'code: Some("model_decommissioned") })')
    assert _who(text) == ("groq", "model-decommissioned")


# -- a fixed-width wrap inside a token ------------------------------------------------------
def test_a_host_split_by_a_terminal_wrap_is_read_whole() -> None:
    text = ("httpx.HTTPStatusError: Client error '400 Bad Request' for url 'https://api.gr\n"
            "oq.com/openai/v1/chat/completions'")
    assert _who(text)[0] == "groq"


def test_a_short_line_is_not_joined_to_the_next() -> None:
    assert _who("see api.gr\noq.com\nerror 400")[0] == "unknown"


# -- Claude Code is a client ---------------------------------------------------------------
def test_claude_code_routers_name_is_not_anthropic() -> None:
    text = ('API Error: 400 {"error":{"message":"Error from provider(groq,openai/gpt-oss-120b: '
            '400): property \'reasoning\' is unsupported"}}\n    at qn (/opt/homebrew/lib/'
            'node_modules/@musistudio/claude-code-router/dist/cli.js:582:7451)')
    assert _who(text) == ("groq", "bad-request")


# -- Workers AI's codes (#api-v4-errors) ------------------------------------------------------
@pytest.mark.parametrize(("text", "cause"), [
    ("3040: Capacity temporarily exceeded, please try again.", "rate-limited"),
    ("AiError: 5007: No such model @cf/meta/llama-9 or task", "model-not-found"),
    ('{"success":false,"errors":[{"code":3036,"message":"You have used up your daily free '
     'allocation of 10,000 neurons."}],"result":null,"messages":[]}', "quota-exhausted"),
])
def test_workers_ai_codes_with_their_messages(text: str, cause: str) -> None:
    assert _who(text) == ("cloudflare-api", cause)


def test_a_workers_ai_code_without_its_message_is_not_read() -> None:
    assert _who("3040: the build finished")[0] != "cloudflare-api"


# -- Mistral's and Groq's legacy words --------------------------------------------------------
def test_mistral_envelope_cause_from_common_words_when_the_type_does_not_say() -> None:
    text = ('{"object": "error", "message": "Tool call id was call_search but must be a-z, A-Z, '
            '0-9, with a length of 9.", "type": "invalid_request_error", "param": null, '
            '"code": null}')
    assert _who(text) == ("mistral", "bad-request")


def test_invalid_model_wording_is_model_not_found() -> None:
    assert _who("Invalid model: doesnt-exist", 400)[1] == "model-not-found"
    # A name Mistral's model cards list as retired: the model was shut down.
    assert _who("Invalid model: open-mixtral-8x22b", 400)[1] == "model-decommissioned"


def test_groq_legacy_queue_full() -> None:
    assert _who('{"error": {"code": 14, "message": "ErrorQueueFull", "details": []}}', 503) == \
        ("groq", "provider-server-error")
    assert _who('{"error": {"code": 9999, "message": "service offline for maintenance"}}') == \
        ("unknown", "provider-server-error")
