"""Evidence added in round 16 from the mistralor probe (Mistral's and OpenRouter's own answers,
and their look-alikes, as apps print them; issue #13). Each family fires on its source's
verbatim text and stays silent on a look-alike: another server's object, a generic sentence,
or the same words in someone else's shape.
"""

from __future__ import annotations

from diagnose_support import who

# -- family A: OpenRouter's error object without its "error" wrapper ---------------------------
# https://github.com/anomalyco/opencode/issues/22448 (a stream's error event, status 502)
MIDSTREAM = ('{"code":502,"message":"Network connection lost.","metadata":{"error_type":'
             '"provider_unavailable"}}')
# https://github.com/pydantic/pydantic-ai/issues/2323 (a 200 completion carrying an error, as
# the openai SDK prints it)
COMPLETION_REPR = ("ChatCompletion(id=None, choices=None, created=None, model=None, object=None, "
                   "service_tier=None, system_fingerprint=None, usage=None, error={'message': "
                   "'Internal Server Error', 'code': 500}, user_id='user_2vG8JHNDDYbHoK4GuFqOWMK"
                   "Us0f')")


def test_openrouters_unwrapped_error_object_with_its_own_metadata_is_openrouters() -> None:
    assert who(MIDSTREAM, 502) == ("openrouter", "provider-server-error")
    # limit_source is its own metadata key too (its errors page)
    assert who('{"message":"Rate limit exceeded","code":429,"metadata":{"limit_source":'
               '"openrouter_free_tier_daily"}}')[0] == "openrouter"


def test_an_error_in_a_completion_repr_beside_openrouters_user_id_is_openrouters() -> None:
    assert who(COMPLETION_REPR) == ("openrouter", "provider-server-error")


def test_other_unwrapped_objects_and_a_bare_user_id_stay_unnamed() -> None:
    # 9router's own failure (https://github.com/decolua/9router/issues/1864): a numeric code,
    # no metadata of OpenRouter's, a typed object inside.
    ninerouter = ('{"message":"Internal server error","code":500,"modelId":"wow","providerId":'
                  '"openai","details":{"message":"Internal server error","type":'
                  '"internal_server_error","code":500}}')
    assert who(ninerouter, 500)[0] == "unknown"
    # metadata that is not OpenRouter's own keys
    assert who('{"code":502,"message":"Network connection lost.","metadata":{"region":'
               '"eu"}}', 502)[0] == "unknown"
    # Hermes over 9router (https://github.com/decolua/9router/issues/2727): no error object.
    assert who("LLM returned invalid response (type=ChatCompletion): ChatCompletion(id=None, "
               "choices=None, ...)")[0] == "unknown"
    # The user id with no error object right before it stays one weak marker.
    assert who("ChatCompletion(id=None, choices=None, user_id='user_2vG8JHNDDYbHoK4GuFqOWMKUs0f'"
               ")")[0] == "unknown"


# -- family B: OpenRouter's relay envelope whose message is the upstream's own body -------------
# https://github.com/ai-christianson/RA.Aid/issues/41 (openrouter/deepseek/deepseek-chat, the
# Python repr as RA.Aid prints it: its nested quotes do not parse)
DEEPINFRA_IN_ROUTER = """ValueError: {
    'message': 'ConnectionError: {
        "object": "error",
        "message": "This model's maximum context length is 16000 tokens. However, you requested 17165 tokens (13069 in the messages, 4096 in the completion). Please reduce the length of the messages or completion.",
        "type": "BadRequestError",
        "param": null,
        "code": 400
    }',
    'code': 502,
    'metadata': {
        'provider_name': 'DeepInfra',
        'raw': {
            'error_type': 'validation_error',
            'error_message': 'ConnectionError: {...}'
        }
    }
}"""  # noqa: E501
# https://github.com/lm-sys/FastChat/issues/1546: vLLM/FastChat's body with no OpenRouter metadata
FASTCHAT_40001 = ("openai.error.APIError: Invalid response object from API: '{\"object\":\"error\","
                  "\"message\":\"1 validation error for Request\\\\nbody -> prompt\\\\n  str type "
                  "expected (type=type_error.str)\",\"code\":40001}' (HTTP response code was 500)")


def test_openrouters_envelope_around_an_upstream_body_is_openrouters_with_the_upstreams_cause(
) -> None:
    # The refusal inside decides the cause, not the 502.
    assert who(DEEPINFRA_IN_ROUTER, 502) == ("openrouter", "bad-request")
    assert who(DEEPINFRA_IN_ROUTER) == ("openrouter", "bad-request")


def test_an_upstream_body_without_openrouters_metadata_names_no_one() -> None:
    assert who(FASTCHAT_40001)[0] == "unknown"
    # a numeric code before metadata that is not OpenRouter's own
    assert who("ValueError: {\n    'message': 'ConnectionError: {\"a\": 1',\n    'code': 502,\n"
               "    'metadata': {\n        'region': 'eu'\n    }\n}")[0] == "unknown"


# -- family C: OpenRouter's words inside a relay's typed OpenAI-style envelope -------------------
# https://github.com/Gitlawb/openclaude/issues/1542 (Gitlawb's gateway, status 429)
GATEWAY_TYPED = ('429 {"error":{"message":"Rate limit exceeded: free-models-per-day-high-balance. '
                 '","type":"rate_limit_error","code":"429"}}')
# https://github.com/autohandai/code-cli/issues/168 (OpenRouterClient, no foreign envelope)
AUTOHAND = ("ApiError: Rate limit exceeded. Please wait a moment and try again, or choose a "
            "different model.\nRate limit exceeded: free-models-per-day. Add 10 credits to unlock "
            "1000 free model requests per day")


def test_openrouters_limit_name_in_a_typed_envelope_gives_the_cause_only() -> None:
    assert who(GATEWAY_TYPED, 429) == ("unknown", "rate-limited")
    assert who(GATEWAY_TYPED) == ("unknown", "rate-limited")


def test_openrouters_limit_name_elsewhere_still_names_openrouter() -> None:
    assert who(AUTOHAND, 429) == ("openrouter", "rate-limited")
    # LiteLLM's proxy naming what it called (type null: no field OpenRouter never writes)
    litellm = ('{"error":{"message":"litellm.RateLimitError: OpenrouterException - Rate limit '
               'exceeded: free-models-per-day. Add 10 credits to unlock 1000 free model requests '
               'per day","type":null,"param":null,"code":"429"}}')
    assert who(litellm, 429) == ("openrouter", "rate-limited")
    # A client's flat wrapper of what it was told is not a server's envelope
    # (https://github.com/YourGPT/copilot-sdk/issues/48).
    assert who('{"type":"error","message":"404 No endpoints found for x-ai/grok-2.","code":'
               '"OPENAI_ERROR"}', 404) == ("openrouter", "model-not-found")


# -- family D: a request to a server on this machine, naming OpenRouter as configuration -------
# https://github.com/anomalyco/opencode/issues/842 (opencode's TUI to its own local server)
PROVIDER_INIT = ('ERROR 2025-07-10T15:54:07 +0ms service=tui failed to send message: POST '
                 '"http://127.0.0.1:56639/session/ses_80af4d182ffe4EJ3Nw2XR5s0yS/message": 400 '
                 'Bad Request {"name":"ProviderInitError","data":{"providerID":"openrouter"}}')


def test_a_provider_named_in_a_local_servers_answer_is_configuration() -> None:
    # The status is the local server's (tune labels read a local server's status as the cause).
    assert who(PROVIDER_INIT) == ("unknown", "bad-request")
    # httpx's raise_for_status for a loopback URL: the name is no vote either.
    assert who("OpenRouter call failed: Client error '400 Bad Request' for url "
               "'http://localhost:8000/v1/chat/completions'")[0] == "unknown"


def test_the_same_request_line_to_a_remote_host_or_with_an_envelope_still_names_openrouter(
) -> None:
    assert who(PROVIDER_INIT.replace("http://127.0.0.1:56639", "https://api.example.com"))[0] \
        == "openrouter"
    # A local proxy passing OpenRouter's own envelope on: the envelope decides.
    relayed = ('failed to send message: POST "http://localhost:4000/v1/chat/completions": 429 '
               'Too Many Requests {"error":{"message":"Provider returned error","code":429,'
               '"metadata":{"raw":"upstream rate limited","provider_name":"Chutes"}}}')
    assert who(relayed)[0] == "openrouter"
    # Texts that name the provider with no answer stay silent (cloudflare/ai#291,
    # mistral-vibe#235).
    assert who('error: Error: Sorry, but provider "openrouter" is currently not supported, '
               'please open a issue in the github repo!') == ("unknown", "unknown")
    assert who("Error: API error from mistral (model: mistral-vibe-cli-latest): [SSL: "
               "SSLV3_ALERT_BAD_RECORD_MAC] ssl/tls alert bad record mac (_ssl.c:2710)") == \
        ("unknown", "unknown")


# -- family E: OpenRouter's "User not found." with its status, 401 -------------------------------
# https://github.com/continuedev/continue/issues/10532 (Continue, provider openrouter)
USER_NOT_FOUND_401 = "401 User not found."


def test_user_not_found_with_its_period_and_401_is_openrouters() -> None:
    assert who(USER_NOT_FOUND_401, 401) == ("openrouter", "provider-auth-invalid")
    assert who(USER_NOT_FOUND_401) == ("openrouter", "provider-auth-invalid")


def test_user_not_found_without_401_or_its_exact_form_names_no_one() -> None:
    # A login API's 404, and the same words with another status.
    assert who("404 User not found.")[0] == "unknown"
    assert who('{"message":"User not found."}', 403)[0] == "unknown"
    # Without the period (https://github.com/openclaw/openclaw/issues/26960) or in lower case,
    # the words stay open.
    assert who("401: User not found", 401) == ("unknown", "provider-auth-invalid")
    assert who("401 user not found.", 401)[0] == "unknown"


# -- family F: the cause under a misleading status or a hedge ------------------------------------
def test_fastchats_own_client_side_code_outranks_the_500_it_came_with() -> None:
    # FASTCHAT_40001 above (https://github.com/lm-sys/FastChat/issues/1546): not Mistral either.
    assert who(FASTCHAT_40001) == ("unknown", "bad-request")
    assert who('{"object":"error","message":"Only vicuna-7b allowed now, your model x",'
               '"code":40301}', 400) == ("unknown", "model-not-found")


def test_fastchats_server_side_codes_and_mistrals_string_codes_keep_the_status() -> None:
    # Its 50001 is left to the status (round 16, status 4).
    assert who('{"object":"error","message":"","code":50001}') == ("unknown", "unknown")
    # Mistral's own object error with a string code and a server type stays a server error
    # (https://github.com/langchain-ai/langchain/issues/28237).
    mistral = ('httpx.HTTPStatusError: Error response 500 while fetching https://api.mistral.ai/'
               'v1/chat/completions: {"object":"error","message":"Service unavailable.","type":'
               '"internal_server_error","param":null,"code":"3000"}')
    assert who(mistral, 500) == ("mistral", "provider-server-error")


# https://help.janitorai.com/en/article/openrouter-errors-10ear52 (JanitorAI's guide: a
# browser's fetch that got no answer, with the app's guess in front of it)
JANITOR_HEDGE = ("A network error occurred, you may be rate limited or having connection issues: "
                 "NetworkError when attempting to fetch resource (unk)")


def test_a_clients_guess_that_it_may_be_rate_limited_is_no_cause() -> None:
    assert who(JANITOR_HEDGE) == ("unknown", "unknown")
    # VS Code's build fetch adds the same guess to any 403 (build/lib/fetch.ts).
    assert who("Request https://api.github.com/repos/x/releases failed with status code: 403 "
               "(you may be rate limited)")[1] != "rate-limited"


def test_a_rate_limit_said_plainly_or_by_the_status_stays_a_rate_limit() -> None:
    assert who(AUTOHAND, 429) == ("openrouter", "rate-limited")
    assert who("You have been rate limited. Please try again later.")[1] == "rate-limited"
    assert who("HTTP 429: you may be rate limited")[1] == "rate-limited"


# https://github.com/BerriAI/litellm/issues/8279 (LiteLLM's proxy, status 400)
NO_MODEL_NAME = ('{"error":{"message":"litellm.BadRequestError: You passed in model='
                 'text-completion-codestral/codestral-latest. There is no \'model_name\' with '
                 'this string \\nReceived Model Group=text-completion-codestral/codestral-latest'
                 '\\nAvailable Model Group Fallbacks=None","type":null,"param":null,"code":"400"}}')


def test_litellms_router_with_no_such_model_name_is_a_model_not_found_by_the_proxy() -> None:
    assert who(NO_MODEL_NAME, 400) == ("unknown", "model-not-found")


def test_other_model_name_sentences_are_not_litellms_router() -> None:
    # A bad request that only mentions model_name is still a bad request, from no one named.
    assert who('{"error":{"message":"model_name must be a string","type":null,"param":null,'
               '"code":"400"}}', 400) == ("unknown", "bad-request")


# https://github.com/danny-avila/LibreChat/issues/1641 (LibreChat's own check, before sending)
LIBRECHAT_CHECK = ("Something went wrong. Here's the specific error message we encountered: "
                   "Prompt token count of 62652 exceeds max token count of 8187.")


def test_an_apps_own_context_check_before_sending_is_a_bad_request_from_no_one() -> None:
    assert who(LIBRECHAT_CHECK) == ("unknown", "bad-request")
    # The provider the app was going to call is where it was going, not who answered.
    assert who("OpenRouter error: Prompt token count of 62652 exceeds max token count of 8187.") \
        == ("unknown", "bad-request")


def test_a_token_count_that_refuses_nothing_gives_no_cause() -> None:
    assert who("Prompt token count is 62652") == ("unknown", "unknown")
