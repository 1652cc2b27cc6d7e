"""Evidence added in round 16 from the anthropic2 probe (Anthropic's own answers and their
look-alikes, as apps print them; issue #13). Each family fires on its source's verbatim text
and stays silent on a look-alike: another server's copy of Anthropic's words, a generic
sentence, or the same shape from someone else. Bedrock, Vertex AI and the relays return many
of Anthropic's sentences: a shared sentence gives the cause only, Anthropic's own marks (its
envelope, its req_011 ids, its hosts) name it.
"""

from __future__ import annotations

from diagnose_support import who

# -- family A3: "Anthropic API error" is the protocol the client spoke, not who answered -------
# https://github.com/Hmbown/Codewhale/issues/4329 (DeepSeek behind Anthropic's protocol; the
# terminal's wrap and its margin as pasted)
CODEWHALE_DEEPSEEK = (
    "Anthropic API error (HTTP 400 Bad Request invalid_request_error): messages.1:`tool_use` "
    "ids were found without `tool_result` blocks immedia\n▏    tely after: "
    "call_01_sfm5xVspRVRx1TAWyJtV8612, call_02_jYuxCY8bikeyLkpIykDw0444. Each `tool_use` block "
    "must have a corresponding `tool_resul\n▏    t` block in the next message.")
# https://github.com/anthropics/claude-code/issues/3860 (Anthropic's own envelope)
CLAUDE_CODE_TOOL_USE = (
    'API Error: 400 {"type":"error","error":{"type":"invalid_request_error","message":'
    '"messages.106: `tool_use` ids were found without `tool_result` blocks immediately after: '
    'toolu_01VvuB4e6jtoFgQyst53mL1h.\n    Each `tool_use` block must have a corresponding '
    '`tool_result` block in the next message."}}')


def test_a_client_label_naming_anthropics_api_names_no_sender() -> None:
    assert who(CODEWHALE_DEEPSEEK) == ("unknown", "bad-request")
    # The label alone, over words of nobody's, is a hint, not a sender.
    assert who("Anthropic API error (HTTP 400 Bad Request invalid_request_error): something is "
               "wrong") == ("unknown", "bad-request")
    assert who("Claude API error: 429 Too Many Requests")[0] == "unknown"


def test_anthropics_own_envelope_under_any_label_stays_anthropics() -> None:
    assert who(CLAUDE_CODE_TOOL_USE) == ("anthropic", "bad-request")
    assert who('Anthropic API error: 401 {"type":"error","error":{"type":"authentication_error",'
               '"message":"invalid x-api-key"},"request_id":"req_011CXw8h8A796q3f74Ezmhav"}') == \
        ("anthropic", "provider-auth-invalid")
    # The client labels that name Anthropic's adapter, not its API, still count as before.
    assert who("[ANTHROPIC] 401 Unauthorized") == ("anthropic", "provider-auth-invalid")


# -- family A1: a relay's own frame around an upstream's words --------------------------------
# https://github.com/anomalyco/opencode/issues/32970 (OpenCode Zen relaying Anthropic's words)
ZEN_MODEL = "Error from provider (Anthropic): model: claude-sonnet-4-20250514"
# https://github.com/anthropics/claude-code/issues/12122 (a LiteLLM proxy in front of Bedrock;
# the terminal's wrap as pasted)
LITELLM_PROXY_BEDROCK = (
    'API Error: 400 {"error":{"message":"{\\"message\\":\\"messages.0.content.3.text.cache_control'
    '.ephemeral.ttl: Extra inputs are not permitted\\"}. Received \n    Model Group=claude-sonnet-'
    '4-5\\nAvailable Model Group Fallbacks=None","type":"None","param":"None","code":"400"}}')
# https://github.com/QuantumNous/new-api/issues/1476 (new-api's own type over Vertex's words)
NEW_API_VERTEX = (
    "NotFoundError(\"Error code: 404 - {'error': {'message': 'Publisher Model `projects/**/"
    "locations/us-east5/publishers/google/models/claude-sonnet-4-20250514` not found.', 'type': "
    "'upstream_error', 'param': '', 'code': 404}}\")")
# https://github.com/anthropics/claude-code/issues/10419 (Vertex AI's own body, Claude Code)
VERTEX_OWN = (
    'API Error: 404 {"error":{"code":404,"message":"Publisher Model `projects/claude-code/'
    'locations/us-east5/publishers/anthropic/models/claude-sonnet-4-5-20250929` not found.",'
    '"status":"NOT_FOUND"}}')
# https://github.com/musistudio/claude-code-router/issues/1020 (a router's label, no blank, over
# OpenRouter's own envelope)
CCR_OPENROUTER = (
    r'API Error: 400 {"error":{"message":"Error from provider(openrouter,google/gemini-3-pro-'
    r'preview: 400): {\"error\":{\"message\":\"Provider returned error\",\"code\":400,'
    r'\"metadata\":{\"raw\":\"{\\n  \\\"error\\\": {\\n    \\\"code\\\": 400,'
    r'\\n    ' "\n" r'     \\\"message\\\": \\\"Request contains an invalid argument.'
    r'\\\",\\n    \\\"status\\\": \\\"INVALID_ARGUMENT\\\"\\n  }\\n}\\n\",'
    r'\"provider_name\":\"Google\"}},\"user_id\":\"user_2nQJUCRCpoz00A5MaY5hjxzylMi\"}')


def test_a_relays_frame_names_the_relay_and_its_words_the_cause() -> None:
    assert who(ZEN_MODEL) == ("unknown", "model-not-found")
    assert who(LITELLM_PROXY_BEDROCK) == ("unknown", "bad-request")
    assert who(NEW_API_VERTEX) == ("unknown", "model-not-found")
    # The frame over a provider's stronger words still names the relay.
    assert who("Error from provider (Anthropic): invalid x-api-key") == \
        ("unknown", "provider-auth-invalid")


def test_the_providers_own_answer_and_other_frames_are_not_a_relays() -> None:
    assert who(VERTEX_OWN) == ("google", "model-not-found")
    assert who(CCR_OPENROUTER) == ("openrouter", "bad-request")
    # LiteLLM's proxy passing Anthropic's whole envelope on: Anthropic answered.
    assert who("{'error': {'message': 'litellm.BadRequestError: AnthropicException - "
               '{"type":"error","error":{"type":"invalid_request_error","message":"max_tokens: '
               '21333 > 4096, which is the maximum allowed number of output tokens for '
               'claude-3-opus-20240229"},"request_id":"req_011CUwZTS7TYAH8UyTro83sP"}. Received '
               "Model Group=claude-haiku-4-5-20251001\\nAvailable Model Group Fallbacks=None', "
               "'type': None, 'param': None, 'code': '400'}}", 400) == ("anthropic", "bad-request")
    # A log's own "error from provider (attempt N/M)" is no gateway's frame.
    assert who("Transient error from provider (attempt 1/3): This request would exceed the rate "
               "limit for your organization") == ("anthropic", "rate-limited")


# -- family A2: a proxy's own fields beside Anthropic's envelope ------------------------------
# https://github.com/lbjlaq/Antigravity-Manager/issues/763 (its own prompt-too-long answer, 400)
ANTIGRAVITY_TOO_LONG = """{
  "error": {
    "message": "Prompt is too long (server-side context limit reached).",
    "suggestion": "Please: 1) Executive '/compact' in Claude Code 2) Reduce conversation \
history 3) Switch to gemini-1.5-pro (2M context limit)",
    "type": "invalid_request_error"
  },
  "id": "err_prompt_too_long",
  "type": "error"
}"""
# https://github.com/anthropics/claude-code/issues/23049 (Anthropic's own, pretty-printed)
ANTHROPIC_OVERLOADED = """{
  "type": "error",
  "error": {
    "type": "overloaded_error",
    "message": "Overloaded"
  },
  "request_id": "req_011CXnukXFhq5zC25S7ev2cy"
}"""


def test_an_envelope_with_a_field_anthropic_never_writes_is_a_proxys() -> None:
    assert who(ANTIGRAVITY_TOO_LONG, 400) == ("unknown", "bad-request")
    # Its other forms (its handler's source): the id inside the error object, the advice alone.
    assert who('{"type":"error","error":{"id":"err_retry_exhausted","type":"rate_limit_error",'
               '"message":"All 2 attempts failed. Last status: 429 Too Many Requests."}}') == \
        ("unknown", "rate-limited")
    assert who('{"type":"error","error":{"type":"invalid_request_error","message":"Context too '
               'long and automatic compression failed","suggestion":"Please use /compact"}}',
               400) == ("unknown", "bad-request")


def test_anthropics_own_fields_leave_its_envelope_its_own() -> None:
    assert who(ANTHROPIC_OVERLOADED) == ("anthropic", "provider-server-error")
    # Its overloaded_error with details: null, as SDKs print it.
    assert who('{"type":"error","error":{"details":null,"type":"overloaded_error","message":'
               '"Overloaded"}}') == ("anthropic", "provider-server-error")


# -- family A4: LiteLLM's own pre-send check under a provider's label --------------------------
# https://github.com/BerriAI/litellm/issues/2662 (its label twice over its own role check)
LITELLM_OWN_ROLE_CHECK = (
    "Error code: 400 - {'error': {'message': \"AnthropicException - AnthropicException - Invalid "
    "role passed in - {'role': 'user', 'content': '\\\\nWhat is the query for `console.info` => "
    "`consdole.heaven`\\\\n'}\", 'type': None, 'param': None, 'code': 400}}")
# https://github.com/Aider-AI/aider/issues/1869 (Anthropic's body after the label)
LITELLM_ANTHROPIC_OVERLOADED = (
    'litellm.InternalServerError: AnthropicException - {"type":"error","error":{"type":'
    '"overloaded_error","message":"Overloaded"}}. Handle with `litellm.InternalServerError`.')


def test_litellms_own_check_under_a_providers_label_names_no_sender() -> None:
    assert who(LITELLM_OWN_ROLE_CHECK) == ("unknown", "bad-request")
    # Its current words for the same check (BAD_MESSAGE_ERROR_STR + "passed in ...").
    assert who("litellm.BadRequestError: AnthropicException - Invalid Message passed in {'role': "
               "'tool', 'content': 'x'}", 400) == ("unknown", "bad-request")


def test_an_anthropic_body_under_litellms_label_is_anthropics() -> None:
    assert who(LITELLM_ANTHROPIC_OVERLOADED) == ("anthropic", "provider-server-error")
    # The label over words that are not LiteLLM's check keeps its weight.
    assert who("litellm.RateLimitError: AnthropicException - This request would exceed the rate "
               "limit for your organization") == ("anthropic", "rate-limited")


# -- family B1: Anthropic's console billing words, outside the API envelope --------------------
# https://github.com/anthropics/claude-code/issues/46277 (its console at platform.claude.com now)
CREDIT_LOW_PLATFORM = "Credit balance too low · Add funds: https://platform.claude.com/settings/billing"
# https://github.com/anthropics/claude-code/issues/867 (the same line, the console's old host)
CREDIT_LOW_CONSOLE = "Credit balance too low · Add funds: https://console.anthropic.com/settings/billing"
# https://github.com/anthropics/claude-code/issues/54804 (the console's own notice)
OUT_OF_CREDITS = ("You are out of credits\nTo get started with the Claude API, purchase some "
                  "credits.")


def test_anthropics_console_billing_words_name_anthropic() -> None:
    assert who(CREDIT_LOW_PLATFORM) == ("anthropic", "quota-exhausted")
    assert who(CREDIT_LOW_CONSOLE) == ("anthropic", "quota-exhausted")
    assert who(OUT_OF_CREDITS) == ("anthropic", "quota-exhausted")


def test_billing_words_without_anthropics_console_give_the_cause_only() -> None:
    # free-claude-code's users (free-claude-code#838): no Anthropic host.
    assert who("credit balance too low") == ("unknown", "quota-exhausted")
    assert who("You are out of credits") == ("unknown", "quota-exhausted")
    # Its docs on the same host are linked from messages Bedrock and Vertex AI pass on.
    assert who("Credit balance too low, see https://platform.claude.com/docs/en/about-claude/"
               "pricing") == ("unknown", "quota-exhausted")


# -- family B2: Claude Code's line over a policy refusal --------------------------------------
# https://github.com/anthropics/claude-code/issues/3860 (a comment; the terminal's wrap as pasted)
POLICY_REFUSAL = (
    "API Error: Claude Code is unable to respond to this request, which appears to violate our "
    "Usage Policy (https://www.anthropic.com/legal/aup). Please double press esc to edit your "
    "last \n    message or start a new session for Claude Code to assist with a different task.")


def test_claude_codes_policy_refusal_is_a_refused_request() -> None:
    assert who(POLICY_REFUSAL) == ("anthropic", "bad-request")
    # Without Anthropic's link (an app quoting the words): the cause only.
    assert who("Claude Code is unable to respond to this request, which appears to violate our "
               "Usage Policy") == ("unknown", "bad-request")


def test_other_usage_policy_refusals_are_not_claude_codes() -> None:
    # OpenAI's own refusal of a prompt keeps its sender.
    assert who("Error code: 400 - {'error': {'message': 'Invalid prompt: your prompt was flagged "
               "as potentially violating our usage policy. Please try again with a different "
               "prompt: https://platform.openai.com/docs/guides/reasoning', 'type': "
               "'invalid_request_error', 'param': None, 'code': 'invalid_prompt'}}") == \
        ("openai", "bad-request")
    # A sentence about a usage policy, with no refusal in it, says nothing.
    assert who("Please read our Usage Policy before you start.") == ("unknown", "unknown")


# -- family B4: Vertex AI's Publisher Model sentence without its backticks ---------------------
# https://github.com/anyme123/Any-code/issues/5 (the title)
PUBLISHER_MODEL_BARE = ("Publisher Model projects/g25-sjb-claude/locations/us-east5/publishers/"
                        "anthropic/models/claude-sonnet-4-20250514 not found")


def test_vertexs_publisher_model_sentence_reads_without_backticks() -> None:
    assert who(PUBLISHER_MODEL_BARE) == ("google", "model-not-found")
    # (with its backticks, as before: VERTEX_OWN above)
    assert who(VERTEX_OWN) == ("google", "model-not-found")


def test_a_publisher_model_without_vertexs_resource_path_is_not_vertexs() -> None:
    assert who("Publisher Model claude-sonnet-4 not found")[0] == "unknown"
    # new-api's own frame around the same words still names the relay (family A1).
    assert who(NEW_API_VERTEX) == ("unknown", "model-not-found")


# -- family B5: Anthropic's 429 that is a plan gate, not a rate limit -------------------------
# https://github.com/anthropics/claude-code/issues/39948 (escaped as Claude Code's log printed it)
EXTRA_USAGE_429 = (
    'Error: 429 {\\"type\\":\\"error\\",\\"error\\":{\\"type\\":\\"rate_limit_error\\",\\"message'
    '\\":\\"Extra usage is required for long context requests.\\"},\\"request_id\\":\\"req_011CZT'
    'xMdaHqLNSHtJGUM7mh\\"}')
# https://github.com/continuedev/continue/issues/9623 (Anthropic's own rate limit, 429)
ANTHROPIC_RATE_LIMIT = (
    '{"type":"rate_limit_error","message":"This request would exceed the rate limit for your '
    'organization (c26fc127-ba09-49d3-a086-a2f26380d5e7) of 30,000 input tokens per minute. For '
    'details, refer to: https://docs.claude.com/en/api/rate-limits. You can see the response '
    'headers for current usage. Please reduce the prompt length or the maximum tokens requested, '
    'or try again later. You may also contact sales at https://www.anthropic.com/contact-sales to '
    'discuss your options for a rate limit increase."}')


def test_anthropics_long_context_gate_is_a_quota_not_a_rate_limit() -> None:
    assert who(EXTRA_USAGE_429) == ("anthropic", "quota-exhausted")
    # Alone, and in the newer words (claude-code#61808) and Claude Code's line (#63688).
    assert who("Extra usage is required for long context requests.") == \
        ("anthropic", "quota-exhausted")
    assert who("Usage credits are required for long context requests.", 429) == \
        ("anthropic", "quota-exhausted")
    assert who("API Error: Usage credits required for 1M context · run /usage-credits to turn "
               "them on, or /model to switch to standard context") == \
        ("anthropic", "quota-exhausted")


def test_anthropics_rate_limits_stay_rate_limits() -> None:
    assert who(ANTHROPIC_RATE_LIMIT, 429) == ("anthropic", "rate-limited")
    # A beta the subscription lacks keeps its own row (permission-denied).
    assert who("The long context beta is not yet available for this subscription.", 400) == \
        ("anthropic", "permission-denied")


# -- family C1: balance words with a word between "insufficient" and "balance" -----------------
# https://github.com/Wei-Shaw/sub2api/issues/886 (a sub2api relay, under Claude Code's frame)
SUB2API_BALANCE = "API Error: 403 Insufficient account balance · Please run /login"


def test_an_insufficient_balance_with_a_word_between_is_a_quota() -> None:
    assert who(SUB2API_BALANCE) == ("unknown", "quota-exhausted")
    assert who("insufficient credit balance", 402) == ("unknown", "quota-exhausted")


def test_other_insufficient_words_are_not_a_balance() -> None:
    # Not a balance at all: the words' own cause, or none.
    assert who("API Error: 403 Insufficient permissions · Please run /login")[1] != \
        "quota-exhausted"
    assert who("Insufficient account information provided")[1] != "quota-exhausted"


# -- family C2: Zhipu / Z.ai's rate-limit codes, printed with no status ------------------------
# https://github.com/zai-org/GLM-5/issues/78 (Claude Code's print of Z.ai's refusal)
ZAI_1302 = "API Error: [1302][您的账户已达到速率限制，请您控制请求频率]"


def test_zhipus_rate_limit_codes_give_the_cause_without_a_status() -> None:
    assert who(ZAI_1302) == ("unknown", "rate-limited")
    # Its English words for the same code (ccs#402), and 1305, its model overloaded.
    assert who('{"error":{"code":"1302","message":"High concurrency usage of this API, please '
               'reduce concurrency or contact customer service to increase limits"}}') == \
        ("unknown", "rate-limited")
    assert who("{'code': '1305', 'message': '该模型当前访问量过大，请您稍后再试'}") == \
        ("unknown", "provider-server-error")


def test_zhipus_balance_code_stays_a_quota() -> None:
    # https://github.com/anthropics/claude-code/issues/9201 (1113 in Anthropic's envelope shape)
    assert who('429 {"type":"error","error":{"type":"1113","message":"Insufficient balance or no '
               'resource package. \n     Please recharge."},"request_id":"202510091744123546de2439'
               '6949b8"}') == ("unknown", "quota-exhausted")


# -- family C3: a relay's account pool empty, under any status --------------------------------
# https://github.com/Wei-Shaw/sub2api/issues/4636 (sub2api's 424)
SUB2API_424 = "API Error: 424 No available accounts: no available accounts"
# https://github.com/Wei-Shaw/sub2api/issues/593 (the same under 503, in its map-sorted envelope)
SUB2API_503 = ('API Error: 503 {"error":{"message":"No available accounts: no available '
               'accounts","type":"api_error"},"type":"error"}')


def test_an_empty_account_pool_is_the_relays_failure_whatever_the_status() -> None:
    assert who(SUB2API_424) == ("unknown", "provider-server-error")
    assert who(SUB2API_503) == ("unknown", "provider-server-error")


def test_the_relays_other_account_refusals_keep_their_causes() -> None:
    # https://github.com/Wei-Shaw/sub2api/issues/3742 (its Claude-Code-only group, 503)
    assert who('{\n  "error": {\n    "message": "No available accounts: this group only allows '
               'Claude Code clients",\n    "type": "api_error"\n  },\n  "type": "error"\n}',
               503) == ("unknown", "permission-denied")
    assert who("API Error: 503 No available accounts: no available accounts supporting model: "
               "claude-opus-4-7")[1] == "model-not-found"


# -- family C4: Bedrock's max-tokens limit ----------------------------------------------------
# https://github.com/RooCodeInc/Roo-Code/issues/248 (Claude 3.5 Sonnet on Bedrock, as Roo
# printed it)
BEDROCK_MAX_TOKENS = ("Error: The maximum tokens you requested exceed the model limit of 4096. Try "
                      "again with a maximum tokens value lower than 4096.")


def test_bedrocks_max_tokens_refusal_is_a_bad_request() -> None:
    assert who(BEDROCK_MAX_TOKENS) == ("unknown", "bad-request")
    # Its ValidationException's own words (dify#10390).
    assert who("Run failed: [bedrock] Error: ValidationException: The maximum tokens you "
               "requested exceeds the model limit of 4096. Try again with a maximum tokens value "
               "that is lower than 4096.") == ("unknown", "bad-request")


def test_an_apps_own_model_limit_words_are_not_bedrocks_sentence() -> None:
    # An app's embedding check with "exceed the model limit": no cause from these words.
    assert who("Input of 9000 tokens would exceed the model limit of 8192 for embeddings")[1] != \
        "bad-request"


# -- family C5: a stored Claude credential, per the client's own check ------------------------
# https://github.com/steipete/CodexBar/issues/238 (a menu-bar app's check)
CODEXBAR_EXPIRED = "Claude OAuth token expired. Run `claude` to refresh."
# https://github.com/anthropics/claude-code/issues/55469 (thrown from Claude Code's cli.js)
WEB_SESSION_NEEDS_LOGIN = (
    "Error: Claude Code web sessions require authentication with a Claude.ai account. API key "
    "authentication is not sufficient. Please run /login to authenticate, or check your "
    "authentication status with /status.")


def test_a_clients_own_credential_check_gives_the_cause_only() -> None:
    assert who(CODEXBAR_EXPIRED) == ("unknown", "provider-auth-invalid")
    assert who(WEB_SESSION_NEEDS_LOGIN) == ("unknown", "provider-auth-missing")


def test_anthropics_own_oauth_sentence_still_names_it() -> None:
    # https://github.com/anthropics/claude-code/issues/44729 (Anthropic's sentence, 401)
    assert who("API Error: 401 — OAuth token has expired. Please obtain a new token or refresh "
               "your existing token.") == ("anthropic", "provider-auth-invalid")
    # A token that expires later is no refusal.
    assert who("Your OAuth token expires in 3 days.")[1] != "provider-auth-invalid"
