"""Evidence added in session 13 (issue 13): provider sentences found by rewriting tune texts
the way apps print them (the message alone, after an SDK's class) and checked against public
sources. Each family fires on the source's text and stays silent on a look-alike."""

from __future__ import annotations

from diagnose_support import who

from setup_wizard.diagnose.classify import classify_pasted


def test_openais_later_server_error_sentence() -> None:
    # openai/openai-node#1730 (a Responses API stream's error event, type server_error).
    text = ("chat_responses error: t [Error]: An error occurred while processing your request. "
            "You can retry your request, or contact us through our help center at "
            "help.openai.com if the error persists. Please include the request ID "
            "req_1332ed8a813a4caaa2f0f3c55a6a68cb in your message.")
    assert who(text) == ("openai", "provider-server-error")
    # The message alone, as the AI SDK prints it: the words still say who and why.
    assert who("AI_APICallError: " + text.split("]: ", 1)[1]) == \
        ("openai", "provider-server-error")


def test_any_app_may_say_an_error_occurred_while_processing() -> None:
    # Without OpenAI's "You can retry your request" it is any server's phrase.
    d = classify_pasted("An error occurred while processing your request.")
    assert d.origin == "unknown"
    assert not any("You can retry" in e for e in d.evidence)


def test_code_assists_no_capacity_is_googles_server_load() -> None:
    # google-gemini/gemini-cli#19883 (as the CLI prints it) and #24159 (a 429).
    assert who("[API Error: No capacity available for model gemini-3-flash-preview on the "
               "server]") == ("google", "provider-server-error")
    assert who("No capacity available for model gemini-3.1-pro-preview on the server", 429) == \
        ("google", "provider-server-error")
    # "No capacity" about something else is no model's.
    assert who("No capacity available for this region, please try later")[0] != "google"


def test_anthropics_prefill_refusal() -> None:
    # tailcallhq/forgecode#1872 (the body) and anomalyco/opencode#1295 (the AI SDK's line).
    body = ('{"type":"error","error":{"type":"invalid_request_error","message":"messages: final '
            'assistant content cannot end with trailing whitespace"},"request_id":'
            '"req_011CUvdPgnreuT3DxJPFAoqt"}')
    assert who(body, 400) == ("anthropic", "bad-request")
    assert who("AI_APICallError: messages: final assistant content cannot end with trailing "
               "whitespace") == ("anthropic", "bad-request")
    assert who("lint: final line cannot end with trailing whitespace")[0] != "anthropic"


def test_mistrals_function_name_rule_weighs_as_its_tool_call_id_rule() -> None:
    # Kochava-Studios/witsy#164: LiteLLM's MistralException already names Mistral; alone the
    # validator's sentence is weak (mistral_common's validator runs in local servers too).
    text = ("Function name was add_newam_task_with_due_date___8c498bee-e833-49a9-8a88-0ab59fa26cb8"
            " but must be a-z, A-Z, 0-9, or contain underscores and dashes, with a maximum "
            "length of 64.")
    d = classify_pasted(text)
    assert d.cause == "bad-request"
    assert any("Function name was" in e and "(mistral)" in e for e in d.evidence)
    assert who("litellm.BadRequestError: MistralException - " + text) == \
        ("mistral", "bad-request")
    assert not any("Function name was" in e for e in
                   classify_pasted("Function name was empty, please set one").evidence)


def test_deepseeks_refusals_of_a_key() -> None:
    # PDFMathTranslate#696 (the SDK's form), continuedev/continue#11820 and #10056 (the JS
    # SDK's status and message). DeepSeek is not one of this tool's origins: unknown, by cause.
    assert who("Error code: 401 - {'error': {'message': 'Authentication Fails (no such user)', "
               "'type': 'authentication_error', 'param': None, 'code': "
               "'invalid_request_error'}}") == ("unknown", "provider-auth-invalid")
    assert who("401 Authentication Fails, Your api key: ****fcc2 is invalid") == \
        ("unknown", "provider-auth-invalid")
    assert who("401 Authentication Fails (auth header format should be Bearer sk-...)") == \
        ("unknown", "provider-auth-missing")
    # Another app's "Authentication failed" (autohandai/code-cli#436) says no more than that.
    d = classify_pasted("Error: Authentication failed. Please verify your Cerebras API key in "
                        "~/.autohand/config.json.")
    assert not any("Authentication Fails" in e for e in d.evidence)


def test_anthropics_refusals_of_sampling_and_prefill() -> None:
    # Vali-98/ChatterUI#564 (the inner object as logged) and vscode-unify-chat-provider#249.
    assert who('{"type": "invalid_request_error", "message": "`temperature` and `top_p` cannot '
               'both be specified for this model. Please use only one."}', 400) == \
        ("anthropic", "bad-request")
    assert who('400 {"type":"error","error":{"type":"invalid_request_error","message":"This model '
               'does not support assistant message prefill. The conversation must end with a user '
               'message."},"request_id":"req_011CcmtaL3xqBqxxxxxx"}') == \
        ("anthropic", "bad-request")
    # The sentences alone, as apps print them (fwdai/reticle#7, Coneja-Chibi/TunnelVision#5).
    assert who("Execution errors out `AI_APICallError: `temperature` and `top_p` cannot both be "
               "specified for this model. Please use only one.`") == ("anthropic", "bad-request")
    assert who("When using any Claude model with a ! command, I get the following error: This "
               "model does not support assistant message prefill. The conversation must end "
               "with a user message.") == ("anthropic", "bad-request")
    # Through Bedrock (skydiscover#15) the relay answered: LiteLLM's BedrockException says so.
    assert who("litellm.BadRequestError: BedrockException - {\"message\":\"The model returned the "
               "following errors: `temperature` and `top_p` cannot both be specified for this "
               "model. Please use only one.\"}") == ("unknown", "bad-request")
    # A tool's own advice naming both settings is no refusal.
    assert who("Tip: temperature and top_p can both be set in the config")[0] != "anthropic"


def test_googles_refusals_of_an_empty_part_and_a_long_prompt() -> None:
    # google-gemini/deprecated-generative-ai-python#697 and gemini-cli#4118.
    assert who("google.api_core.exceptions.InvalidArgument: 400 Unable to submit request because "
               "it has an empty text parameter. Add a value to the parameter and try again. Learn "
               "more: https://cloud.google.com/vertex-ai/generative-ai/docs/model-reference/"
               "gemini") == ("google", "bad-request")
    assert who("The input token count (132478) exceeds the maximum number of tokens allowed "
               "(131072).") == ("google", "bad-request")
    assert who("Unable to submit request: the form is empty")[0] != "google"


def test_a_tool_call_left_without_its_answer_is_a_bad_request_from_anyone() -> None:
    # litellm#10083 (OpenAI's words through LiteLLM), dify#32222 (DeepSeek's, with its own
    # parenthesis) and qwen-code#606 (DashScope's, in double quotes).
    openai = ("An assistant message with 'tool_calls' must be followed by tool messages "
              "responding to each 'tool_call_id'. The following tool_call_ids did not have "
              "response messages: call_DAZJkqyYW8JTJdkO76E5MoPH")
    assert who(openai)[1] == "bad-request"
    # (LiteLLM's OpenAIException names the OpenAI-compatible client it used, not the server.)
    assert who("litellm.BadRequestError: OpenAIException - " + openai)[1] == "bad-request"
    assert who("400 An assistant message with 'tool_calls' must be followed by tool messages "
               "responding to each 'tool_call_id'. (insufficient tool messages following "
               "tool_calls message)") == ("unknown", "bad-request")
    assert who('InternalError.Algo.InvalidParameter: An assistant message with "tool_calls" must '
               'be followed by tool messages responding to each "tool_call_id".')[1] == \
        "bad-request"
    # The tool_calls field named in another sentence says nothing of why.
    assert classify_pasted("assistant message has no tool_calls").cause == "unknown"
