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
     None, "unknown", "bad-request"),  # (the SDK's own check: round 15 reads it as nobody's)
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
     None, "unknown", "provider-auth-missing"),  # (google-auth's own check: nobody's, round 15)
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


# -- other vendors and self-hosted servers (a third search; their words name no provider, and
# the providers' own sentences they copy keep naming the provider when whole) -------------
OTHER_SERVERS = [
    ('Please reduce the length of the messages or completion. Current length is 42328 '
     'while limit is 40000',
     'unknown', 'bad-request'),
    ('Requests rate limit exceeded, please try again later.',
     'unknown', 'rate-limited'),
    # (OpenAI's own guide words it so; Moonshot copies it: its type names Moonshot, below)
    ('The engine is currently overloaded, please try again later',
     'openai', 'provider-server-error'),
    ('{"error":{"message":"The engine is currently overloaded, please try again later",'
     '"type":"engine_overloaded_error"}}',
     'unknown', 'provider-server-error'),
    ('{"error":{"message":"Not found the model kimi-k2-0711-preview or Permission '
     'denied","type":"resource_not_found_error"}}',
     'unknown', 'model-not-found'),
    ('{"type":"error","error":{"type":"RegionError","message":"This model is not '
     'available in your country."}}',
     'unknown', 'permission-denied'),
    ("Error code: 403 - {'code': 'The caller does not have permission to execute the "
     'specified operation\', \'error\': "Your newly created teams doesn\'t have any '
     'credits yet. You can purchase credits on '
     'https://console.x.ai/team/c853730f-fe0f-4537-b8a2-0e6e33c8342d."}',
     'unknown', 'quota-exhausted'),
    ('Access denied. Please check your network settings.',
     'groq', 'permission-denied'),
    ('Not the same number of function calls and responses',
     'unknown', 'bad-request'),
    ('The request is prohibited due to a violation of provider Terms Of Service.',
     'openrouter', 'permission-denied'),
    ('Prompt tokens limit exceeded: 230799 > 91442. To increase, visit '
     'https://openrouter.ai/settings/keys and create a key with a higher monthly limit',
     'openrouter', 'quota-exhausted'),
    ('More credits are required to run this request. 128000 token capacity required, '
     '19484 available. To increase, visit https://openrouter.ai/settings/keys and '
     'create a key with a higher limit',
     'openrouter', 'quota-exhausted'),
    ('Your team 16f2151a-40f4-4a80-8ad0-cae00c27e8dd has either used all available '
     'credits or reached its monthly spending limit. To continue making API requests, '
     'please purchase more credits or raise your spending limit.',
     'unknown', 'quota-exhausted'),
    ('403 personal-team-blocked:spending-limit',
     'unknown', 'quota-exhausted'),
    ('No handler found on route. Please double check your URL and consult '
     'https://api.x.ai/docs for more information.',
     'unknown', 'bad-request'),
    ("This model's maximum prompt length is 131072 but the request contains 136973 "
     'tokens.',
     'unknown', 'bad-request'),
    ('deepseek-reasoner does not support successive user or assistant messages '
     '(messages[10] and messages[11] in your input). You should interleave the '
     'user/assistant messages in the message sequence.',
     'unknown', 'bad-request'),
    ('Invalid max_tokens value, the valid range of max_tokens is [1, 8192]',
     'unknown', 'bad-request'),
    ('Access denied, please make sure your account is in good standing.',
     'unknown', 'quota-exhausted'),
    ('Allocated quota exceeded, please increase your quota limit.',
     'unknown', 'rate-limited'),
    ('<400> InternalError.Algo.InvalidParameter: Range of input length should be [1, '
     '204800]',
     'unknown', 'bad-request'),
    ('Your account org-xxx<ak-yyy> is not active, organization <org-zzz> exceeded '
     'current quota, please check your plan and billing details',
     'unknown', 'quota-exhausted'),
    ('Your account org-e664b178c0f74d818f6b62f87efa49f7<ak-f3t8pfk16fki11gzh6i1> '
     'request reached max organization concurrency: 1, please try again after 1 seconds',
     'unknown', 'rate-limited'),
    ('model max length exceeded, max length:8192',
     'unknown', 'bad-request'),
    ('余额不足或无可用资源包,请充值。',
     'unknown', 'quota-exhausted'),
    ('The selected model requires paid balance. Your paid balance is insufficient. '
     'Please top up and try again.',
     'unknown', 'quota-exhausted'),
    ('invalid api token',
     'unknown', 'provider-auth-invalid'),
    ('You are past the per minute request limit, please wait and try again later.',
     'unknown', 'rate-limited'),
    ('Tokens per minute limit exceeded - too many tokens processed.',
     'unknown', 'rate-limited'),
    ('Unable to access non-serverless model MiniMaxAI/MiniMax-M2.5. Please visit '
     'https://api.together.ai/models/MiniMaxAI/MiniMax-M2.5 to create and start a new '
     'dedicated endpoint for the model.',
     'unknown', 'model-not-found'),
    ('Credit limit exceeded. Please navigate to '
     'https://api.together.xyz/settings/billing to add credit or upgrade your plan.',
     'unknown', 'quota-exhausted'),
    ('Access to this model is allowed for build tier 2 and above. Also please make sure '
     'that you have a positive balance.',
     'unknown', 'permission-denied'),
    ('Account pollinations is suspended, possibly due to reaching the monthly spending '
     'limit or failure to pay past invoices. Please go to '
     'https://fireworks.ai/account/billing for more information.',
     'unknown', 'quota-exhausted'),
    ('You have exceeded your monthly included credits for Inference Providers. '
     'Subscribe to PRO to get 20x more monthly included credits.',
     'unknown', 'quota-exhausted'),
    ('{"status":404,"title":"Not Found","detail":"Function '
     "'23d4f03a-b8a6-4adb-a183-7daa083a09cc': Not found for account "
     '\'Qawmu2vUw3rdcREnubcAVqe1c55nUTb1hCogKQx4BCA\'"}',
     'unknown', 'model-not-found'),
    ('{"status":400,"title":"Bad Request","detail":"Function id '
     '\'87ea0ddc-cff1-4bca-bf8b-3bd98a35ddd0\': DEGRADED function cannot be invoked"}',
     'unknown', 'provider-server-error'),
    ("API error: Error code: 403 - {'status': 403, 'title': 'Forbidden', 'detail': "
     "'Authorization failed'}",
     'unknown', 'provider-auth-invalid'),
    ('key not allowed to access model. This key can only access '
     "models=['us.anthropic.claude-haiku-4-5-20251001-v1:0']. Tried to access "
     'us.anthropic.claude-sonnet-4-6',
     'unknown', 'permission-denied'),
    ('/chat/completions: Invalid model name passed in model=None. Call `/v1/models` to '
     'view available models for your key.',
     'unknown', 'model-not-found'),
    ('No deployments available for selected model, Try again in 1 seconds. Passed '
     'model=gemini-1.5-flash-001. pre-call-checks=False, allowed_model_region=n/a',
     'unknown', 'rate-limited'),
    ('LiteLLM User: engineer-1, exceeded budget for model=claude-opus-4-8',
     'unknown', 'quota-exhausted'),
    ("'max_tokens' or 'max_completion_tokens' is too large: 8000. This model's maximum "
     'context length is 4096 tokens and your request has 2778 input tokens (8000 > 4096 '
     '- 2778). None',
     'unknown', 'bad-request'),
    ('"auto" tool choice requires --enable-auto-tool-choice and --tool-call-parser to '
     'be set',
     'unknown', 'bad-request'),
    ('As of transformers v4.44, default chat template is no longer allowed, so you must '
     'provide a chat template if the tokenizer does not define one.',
     'unknown', 'bad-request'),
    ('500 tools param requires --jinja flag',
     'unknown', 'bad-request'),
    ('Cannot truncate prompt with n_keep (15028) >= n_ctx (7424)',
     'unknown', 'bad-request'),
    ('{"error":"Unexpected endpoint or method. (POST /chat/completions)"}',
     'unknown', 'bad-request'),
    ('server busy, please try again.  maximum pending requests exceeded',
     'unknown', 'provider-server-error'),
    ('{"error":"registry.ollama.ai/library/Qwen3.5:0.8b does not support tools"}',
     'unknown', 'bad-request'),
    ('"model requires more system memory (7.5 GiB) than is available (5.2 GiB)"',
     'unknown', 'provider-server-error'),
    ('llama runner process has terminated: exit status 2',
     'unknown', 'provider-server-error'),
    ('json: cannot unmarshal array into Go struct field Message.messages.content of '
     'type string',
     'unknown', 'bad-request'),
    ('you (ae2055838) have reached your session usage limit, upgrade for higher limits: '
     'https://ollama.com/upgrade',
     'unknown', 'rate-limited'),
    ('429: you (<account>) have reached your weekly usage limit, upgrade for higher '
     'limits: https://ollama.com/upgrade',
     'unknown', 'quota-exhausted'),
    ('Principal does not have access to API/Operation.',
     'unknown', 'permission-denied'),
    ('Access denied due to Virtual Network/Firewall rules.',
     'unknown', 'permission-denied'),
    ("The response was filtered due to the prompt triggering Azure OpenAI's content "
     'management policy. Please modify your prompt and retry. To learn more about our '
     'content filtering policies please read our documentation: '
     'https://go.microsoft.com/fwlink/?linkid=2198766',
     'unknown', 'bad-request'),
    ('The completion operation does not work with the specified model, '
     'gpt-35-turbo-16k. Please choose different model and try again. You can learn more '
     'about which models can be used with each operation here: '
     'https://go.microsoft.com/fwlink/?linkid=2197993.',
     'unknown', 'bad-request'),
    ('The model produced invalid content. Consider modifying your prompt if you are '
     'seeing this error persistently.',
     'unknown', 'provider-server-error'),
    ('Previous response with id '
     "'resp_0a0cc8227e90b719016a585a7ada54819a9d3b18aedb5e2658' not found.",
     'unknown', 'bad-request'),
    ("Can't add messages to thread_jD1dj44APTovq48PCBZACOGV while a run "
     'run_KfVG8fSJg882VHYeewFQ2BHk is active.',
     'unknown', 'bad-request'),
    ('Conversation already has an active response in progress: '
     'resp_CdulSkgwnvcvHPA8FsqBM. Wait until the response is finished before creating a '
     'new one.',
     'unknown', 'bad-request'),
    ('Your session hit the maximum duration of 30 minutes.',
     'unknown', 'timeout'),
    ('Maximum content size limit (26214400) exceeded (222592852 bytes read)',
     'unknown', 'request-too-large'),
    ("Invalid file format. Supported formats: ['flac', 'm4a', 'mp3', 'mp4', 'mpeg', "
     "'mpga', 'oga', 'ogg', 'wav', 'webm']",
     'unknown', 'bad-request'),
    ('Timeout while downloading 20250503_162129.jpg.',
     'unknown', 'bad-request'),
    ("'$.input' is invalid. Please check the API reference: "
     'https://platform.openai.com/docs/api-reference.',
     'openai', 'bad-request'),
    ("Sorry! We've encountered an issue with repetitive patterns in your prompt. Please "
     'try again with a different prompt.',
     'unknown', 'bad-request'),
    ('The engine is currently overloaded. Please try again later.',
     'openai', 'provider-server-error'),
    ('Requests rate limit exceeded',
     'mistral', 'rate-limited'),
    ('Please reduce the length of the messages or completion.',
     'groq', 'bad-request'),
    ('The caller does not have permission',
     'google', 'permission-denied'),
    ('Invalid API Key',
     'groq', 'provider-auth-invalid'),
]


@pytest.mark.parametrize(("text", "origin", "cause"), OTHER_SERVERS,
                         ids=[t[0][:40] for t in OTHER_SERVERS])
def test_other_servers_words(text: str, origin: str, cause: str) -> None:
    assert who(text) == (origin, cause)


def test_a_vendors_longer_sentence_does_not_claim_the_providers_own_start() -> None:
    # DashScope's "Requests rate limit exceeded, please try again later" begins with
    # Mistral's whole sentence: Mistral's, alone, must not be read as DashScope's cut off.
    d = classify_pasted("Requests rate limit exceeded")
    assert d.origin == "mistral"
    assert not any("its start where the text is cut off" in e for e in d.evidence)
    assert who("Please reduce the length of the messages or completion") == \
        ("groq", "bad-request")


def test_a_camel_case_error_type_in_anthropics_shape_is_another_servers() -> None:
    # OpenCode Zen's region refusal (anomalyco/opencode#47949) in Anthropic's envelope shape.
    assert who('{"type":"error","error":{"type":"RegionError","message":"This model is not '
               'available in your country."}}') == ("unknown", "permission-denied")
    assert who('{"type":"error","error":{"type":"permission_error","message":"This model is '
               'not available in your country."}}')[0] == "anthropic"


def test_a_status_and_a_colon_at_a_lines_start_is_the_status() -> None:
    d = classify_pasted("429: you (abc) have reached your weekly usage limit, upgrade for higher "
                        "limits: https://ollama.com/upgrade")
    assert d.status == 429
    assert classify_pasted("<400> InternalError.Algo.InvalidParameter: Range of input length "
                           "should be [1, 204800]").status == 400
    # A count before a colon is no status.
    assert classify_pasted("123: tokens used").status is None


# -- apps' own forms (a fourth search: errors as apps print them) ----------------------------
APP_FORMS = [
    # Dify's own refusal, for any provider (langgenius/dify#4191): not OpenAI's sentence,
    # which goes on with the key it got.
    ('{"code": "completion_request_error", "message": "Incorrect API key provided", '
     '"status": 400}', "unknown", "provider-auth-invalid"),
    ("Incorrect API key provided: sk-proj-****abcd. You can find your API key at "
     "https://platform.openai.com/account/api-keys.", "openai", "provider-auth-invalid"),
    # OpenCode's gateway relaying in its own words (anomalyco/opencode#47747), under a client
    # that calls every OpenAI-compatible server "OpenAI".
    ('Error: OpenAI API error (429): {"param":null,"code":"rate_limit_exceeded","type":'
     '"rate_limit_error","message":"Error from provider (Console Go): Upstream request failed: '
     '[rate_limit_exceeded] Rate limit exceeded. Please retry after a brief wait."}',
     "unknown", "rate-limited"),
    # Azure AI Services' key refusal (dotneet/smart-chatbot-ui#169).
    ("OpenAIError: Access denied due to invalid subscription key or wrong API endpoint. Make "
     "sure to provide a valid key for an active subscription and use a correct regional API "
     "endpoint for your resource.", "unknown", "provider-auth-invalid"),
    # A credential the app never had (Aider-AI/aider#2007, fuergaosi233/wechat-chatgpt#821).
    ("httpx.HTTPStatusError: Client error '400 Bad Request' for url 'https://generativelanguage"
     ".googleapis.com/v1beta/models/gemini-1.5-flash-latest:generateContent?key=None'",
     "google", "provider-auth-missing"),
    ("Error: Request failed with status code 401\n  headers: {\n    'User-Agent': "
     "'OpenAI/NodeJS/3.2.1',\n    Authorization: 'Bearer undefined'\n  }",
     "unknown", "provider-auth-missing"),
    # AWS's session refusal (anthropics/claude-code#76701).
    ("API Error: UnauthorizedException: Session token not found or invalid", "unknown",
     "provider-auth-invalid"),
]


@pytest.mark.parametrize(("text", "origin", "cause"), APP_FORMS, ids=[t[0][:40] for t in APP_FORMS])
def test_apps_own_forms(text: str, origin: str, cause: str) -> None:
    assert who(text) == (origin, cause)


def test_a_key_named_none_in_prose_is_no_missing_key() -> None:
    assert who("the key=value pairs are None of your business")[1] != "provider-auth-missing"
    assert who("Bearer tokens undefined in the docs")[1] != "provider-auth-missing"


def test_claude_on_vertex_is_vertexs_answer() -> None:
    # anthropics/anthropic-sdk-python#963: AnthropicVertex raises the Anthropic SDK's classes;
    # the quota and its host are Vertex AI's, "anthropic-claude-sonnet-4" what was sent.
    text = ("anthropic.RateLimitError: Error code: 429 - {'error': {'code': 429, 'message': "
            "'Quota exceeded for aiplatform.googleapis.com/online_prediction_requests_per_base_"
            "model with base model: anthropic-claude-sonnet-4. Please submit a quota increase "
            "request.'")
    assert who(text) == ("google", "rate-limited")
    # The SDK's class is counted once, as the SDK's (not again as the vendor's name).
    d = classify_pasted("anthropic.AuthenticationError: Error code: 401 - {'type': 'error', "
                        "'error': {'type': 'authentication_error', 'message': "
                        "'invalid x-api-key'}}")
    assert d.origin == "anthropic"
    assert not any("names Anthropic or Claude" in e for e in d.evidence)


# -- Cloudflare's less common forms (a last search: localized pages, clients' own lines) -----
CLOUDFLARE_FORMS = [
    # The challenge's heading in Chinese (putyy/res-downloader#133), its newer title with its
    # 403 (HermanMartinus/bearblog#447).
    ("正在验证您是否是真人。这可能需要几秒钟时间。", None, "cloudflare-edge", "edge-blocked"),
    ("Performing security verification", 403, "cloudflare-edge", "edge-blocked"),
    # Workers AI's 5035, a model the free plan does not include (cloudflare-docs#32338).
    ('{"result":{},"success":false,"errors":[{"code":5035,"message":"AiError: Model '
     '@cf/zai-org/glm-5.3-flash is not available on the Workers Free plan"}],"messages":[]}',
     403, "cloudflare-api", "permission-denied"),
    ("AiError: Model @cf/zai-org/glm-5.3-flash is not available on the Workers Free plan",
     None, "cloudflare-api", "permission-denied"),
    # Workers AI clients' own lines without a body (cloudflare/ai's workers-ai-provider,
    # LangChain JS's Cloudflare classes): the status says why.
    ("Workers AI API error (403 Forbidden)", None, "cloudflare-api", "cloudflare-api-auth"),
    ("Cloudflare LLM call failed with status code 401", None, "cloudflare-api",
     "cloudflare-api-auth"),
    ('No Cloudflare API key found. Please provide it when instantiating the '
     'CloudflareWorkersAI class, or set it as "CLOUDFLARE_API_KEY" in your environment '
     'variables.', None, "unknown", "provider-auth-missing"),
    ("AiInternalError: AI Gateway does not support ReadableStreams yet.", None, "unknown",
     "bad-request"),
]


@pytest.mark.parametrize(("text", "status", "origin", "cause"), CLOUDFLARE_FORMS,
                         ids=[t[0][:40] for t in CLOUDFLARE_FORMS])
def test_cloudflares_less_common_forms(text: str, status: int | None, origin: str,
                                       cause: str) -> None:
    assert who(text, status) == (origin, cause)


def test_the_challenges_title_and_localized_words_alone_are_common_words() -> None:
    # Without its 403, "Performing security verification" is anyone's; the challenge's short
    # localized titles (请稍候…) are common UI text, never markers.
    assert who("Performing security verification")[0] != "cloudflare-edge"
    assert who("请稍候…", 403)[0] != "cloudflare-edge"
    assert who("Workers AI is great, see the API error docs")[0] != "cloudflare-api"


def test_the_template_opening_under_any_depth_of_escaping() -> None:
    # openai/codex#27752: Rust's Debug of a string holding JSON holding the block page puts
    # seven backslashes before each quote; a log that keeps its first 200 characters cuts
    # the title off (this cut is the test's own).
    text = ('"handshake transport error": "http 403 Forbidden: Some(\\"154e\\r\\n<!DOCTYPE html>'
            '\\n<!--[if lt IE 7]> <html class=\\\\\\\\\\\\\\"no-js ie6 oldie\\\\\\\\\\\\\\" '
            'lang=\\\\\\\\\\\\\\"en-US\\\\\\\\\\\\\\"> <![endif]-->\\n')
    assert who(text)[0] == "cloudflare-edge"


def test_a_cloudflare_api_answer_with_a_5xx_and_no_words_is_its_own_failure() -> None:
    # The second reading: "(500 Internal Server Error)" gave a cause by its words, "(502 Bad
    # Gateway)" and a bare status code none.
    assert who("Workers AI API error (502 Bad Gateway)") == \
        ("cloudflare-api", "provider-server-error")
    assert who("Cloudflare LLM call failed with status code 500") == \
        ("cloudflare-api", "provider-server-error")
