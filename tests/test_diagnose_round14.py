"""Evidence added in session 13 (issue 13): provider sentences found by rewriting tune texts
the way apps print them (the message alone, after an SDK's class) and checked against public
sources. Each family fires on the source's text and stays silent on a look-alike."""

from __future__ import annotations

import pytest
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


# -- families a second search found (public sources, each text as its source shows it) --------
FAMILIES = [
    # Cloudflare AI Gateway: Guardrails' and DLP's documented messages without their code.
    ("Prompt blocked due to security configurations", None, "cloudflare-gateway",
     "gateway-guardrail"),  # set-up-guardrail.mdx
    ("Request content blocked due to DLP policy violations", None, "cloudflare-gateway",
     "gateway-guardrail"),  # set-up-dlp.mdx (2029)
    ("2030: Response content blocked due to DLP policy violations", None, "cloudflare-gateway",
     "gateway-guardrail"),
    ("7003: User Input Error", None, "cloudflare-gateway", "bad-request"),  # gitflare notes
    # Workers AI's documented codes (its errors page) and the API's own.
    ("5018: The account is not allowed to access this model", None, "cloudflare-api",
     "permission-denied"),
    ("3008: Request was aborted", None, "cloudflare-api", "timeout"),
    ("5019: Request trying to use deprecated SDK version", None, "cloudflare-api", "bad-request"),
    ("No route for that URI", None, "cloudflare-api", "cloudflare-api-route"),  # cloudflare-go#118
    ("  Unable to authenticate request [code: 10001]\n  \n  If you think this is a bug, please "
     "open an issue at:\n  https://github.com/cloudflare/workers-sdk/issues/new/choose", None,
     "cloudflare-api", "cloudflare-api-auth"),  # workers-sdk#10117
    # The edge: 1033's new title and sentence, Workers' own codes, the JSON form's footer,
    # the challenge's current words, 524's owner text.
    ("Error 1033: Cloudflare Tunnel error", None, "cloudflare-edge", "edge-origin-error"),
    ("The host (arrowverse.info) is configured as an Cloudflare Tunnel, and Cloudflare is "
     "currently unable to resolve it.", None, "cloudflare-edge", "edge-origin-error"),
    ("error code: 1027", None, "cloudflare-edge", "edge-origin-error"),
    ("Error 1104: Script not found", None, "cloudflare-edge", "edge-origin-error"),
    ("This error was generated by Cloudflare on behalf of the website owner.", 530,
     "cloudflare-edge", "edge-origin-error"),
    ("Verifying you are human. This may take a few seconds.", None, "cloudflare-edge",
     "edge-blocked"),  # nek0us/ChatGPT#14
    ("The connection to the origin web server was made, but the origin web server timed out "
     "before responding.", None, "cloudflare-edge", "edge-origin-error"),  # dify#20016
    # Anthropic (claude-code issues, anthropic-sdk-python#496, gptme#185, pipedream#9697).
    ("This request would exceed your account's rate limit. Please try again later.", None,
     "anthropic", "rate-limited"),
    ("Claude AI usage limit reached|1749924000", None, "anthropic", "rate-limited"),
    ("OAuth token has been revoked. Please obtain a new token.", None, "anthropic",
     "provider-auth-invalid"),
    ("OAuth authentication is currently not supported.", None, "anthropic",
     "provider-auth-invalid"),
    ("OAuth authentication is currently not allowed for this organization.", None, "anthropic",
     "permission-denied"),
    ("The long context beta is not yet available for this subscription.", None, "anthropic",
     "permission-denied"),
    ("Output blocked by content filtering policy", None, "anthropic", "bad-request"),
    ("messages.58.content.2.image.source.base64: image exceeds 5 MB maximum: 6500712 bytes > "
     "5242880 bytes", None, "anthropic", "request-too-large"),
    ("anthropic-version: header is required", None, "anthropic", "bad-request"),
    ("Streaming is strongly recommended for operations that may take longer than 10 minutes. "
     "See https://github.com/anthropics/anthropic-sdk-python#long-requests for more details",
     None, "anthropic", "bad-request"),
    ("Number of concurrent connections has exceeded your rate limit. Please try again later or "
     "contact sales at https://www.anthropic.com/contact-sales to discuss your options for a "
     "rate limit increase.", None, "anthropic", "rate-limited"),
    # Google (gemini-cli issues, the deprecated SDKs' trackers, Vertex's).
    ("Invalid JSON payload received. Unknown name \"id\" at 'contents[7].parts[0]."
     "function_response': Cannot find field.", None, "google", "bad-request"),
    ("Generative Language API has not been used in project 411082643095 before or it is "
     "disabled.", None, "google", "permission-denied"),
    ("API Key not found. Please pass a valid API key.", None, "google", "provider-auth-invalid"),
    ("Requests from referer <empty> are blocked.", None, "google", "permission-denied"),
    ("Online prediction request quota exceeded for gemini-1.5-pro. Please try again later with "
     "backoff.", None, "google", "rate-limited"),
    ("Model is not found: models/gemini-pro for api version v1beta", None, "google",
     "model-not-found"),
    ("The thinking budget (52428) is invalid.", None, "google", "bad-request"),
    ("Your default credentials were not found. To set up Application Default Credentials, see "
     "https://cloud.google.com/docs/authentication/external/set-up-adc for more information.",
     None, "google", "provider-auth-missing"),
    ("You must be a named user on your organization's Gemini Code Assist Standard edition "
     "subscription to use this service", None, "google", "permission-denied"),
    ("API Error: Model stream ended with an invalid chunk or missing finish reason.", None,
     "google", "provider-server-error"),
    # Amazon Bedrock and AWS: another vendor (origin unknown), the cause from its words.
    ("Too many tokens, please wait before trying again.", None, "unknown", "rate-limited"),
    ("Invocation of model ID anthropic.claude-3-7-sonnet-20250219-v1:0 with on-demand "
     "throughput isn’t supported. Retry your request with the ID or ARN of an inference "
     "profile that contains this model.", None, "unknown", "bad-request"),
    ("UnrecognizedClientException: The security token included in the request is invalid.",
     None, "unknown", "provider-auth-invalid"),
    ("This model version has reached the end of its life. Please refer to the AWS "
     "documentation for more details.", None, "unknown", "model-decommissioned"),
    ("A conversation must start with a user message. Try again with a conversation that starts "
     "with a user message.", None, "unknown", "bad-request"),
    ("Deadline expired before operation could complete.", None, "unknown", "timeout"),
]


@pytest.mark.parametrize(("text", "status", "origin", "cause"), FAMILIES,
                         ids=[t[0][:40] for t in FAMILIES])
def test_each_family_is_read_from_its_words(text: str, status: int | None, origin: str,
                                            cause: str) -> None:
    assert who(text, status) == (origin, cause)


LOOK_ALIKES = [
    # Other products' words near these families: none may name the family's sender.
    ("Unable to authenticate request: session cookie missing", "cloudflare-api"),
    ("User Input Error: the form has no name", "cloudflare-gateway"),
    ("Please refer to the AWS documentation for more details.", "google"),
    ("Verifying your email address. This may take a few minutes.", "cloudflare-edge"),
    ("Model not found: anthropic/claude-haiku-4-5", "anthropic"),  # the gateway's, gitflare
    ("Your organization has disabled access for this app", "anthropic"),
    ("Requests from this IP are blocked by the firewall.", "google"),
    ("Invalid JSON payload: unexpected token", "google"),
]


@pytest.mark.parametrize(("text", "not_origin"), LOOK_ALIKES, ids=[t[0][:40] for t in LOOK_ALIKES])
def test_look_alikes_do_not_name_the_family(text: str, not_origin: str) -> None:
    assert who(text)[0] != not_origin


def test_a_token_count_is_no_api_credential() -> None:
    # Workers AI's context-window refusal (code 5021, not in the table) said "tokens": its cause
    # was read as the API's authentication. Its words say a context window.
    body = ('{"errors":[{"message":"AiError: Ai: The estimated number of input and maximum '
            'output tokens (263008) exceeded this model context window limit (262144). '
            '(c0a7213e-becc-4e3a-b935-eca2f2391732)","code":5021}],"success":false,'
            '"result":{},"messages":[]}')
    assert who(body, 413) == ("cloudflare-api", "bad-request")
    assert who('{"success":false,"errors":[{"code":9999,"message":"Invalid API token"}]}')[1] \
        == "cloudflare-api-auth"
