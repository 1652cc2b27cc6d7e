"""Evidence added in round 16 from the tools probe (providers' request validators: tool calls,
structured outputs, message order, parameters). Each family fires on its source's verbatim
text and stays silent on a look-alike; the policy for a validator sentence that other servers
return word for word (Azure OpenAI, Bedrock, Vertex AI, DeepSeek, relays) is the tune labels':
the sentence alone gives the cause, the provider's own marks give the origin."""

from __future__ import annotations

import pytest
from diagnose_support import who

from setup_wizard.diagnose.classify import classify_pasted

# -- a log's tag is no colour code ---------------------------------------------------------------
# https://github.com/langgenius/dify/issues/17545 (Dify's "[models]" tag over Bedrock's error)
DIFY_MODELS_TAG = ("[models] Error: ValidationException: The toolConfig field must be defined "
                   "when using toolUse and toolResult content blocks.")


def test_a_tag_starting_with_m_is_not_a_colour_reset() -> None:
    d = classify_pasted(DIFY_MODELS_TAG)
    assert not any("lost their ESC" in e for e in d.evidence)


def test_colour_codes_that_lost_their_esc_are_still_set_aside() -> None:
    for text in ('[0;31mERROR: [0m [models] Error code: 401 - {"error": {"message": "Incorrect '
                 'API key provided: sk-abc.", "type": "invalid_request_error", "code": '
                 '"invalid_api_key"}}',
                 '[1;33mWARN: [m Error code: 401 - {"error": {"message": "Incorrect API key '
                 'provided: sk-abc.", "type": "invalid_request_error", "code": '
                 '"invalid_api_key"}}'):
        d = classify_pasted(text)
        assert any("lost their ESC" in e for e in d.evidence), text
        assert (d.origin, d.cause) == ("openai", "provider-auth-invalid"), text


# -- family C: Anthropic's validator sentences give the cause, with or without a status ---------
ANTHROPIC_VALIDATOR = [
    # https://github.com/mastra-ai/mastra/issues/7507 (api.anthropic.com behind the AI SDK)
    "Error creating stream APICallError [AI_APICallError]: Thinking may not be enabled when "
    "tool_choice forces tool use.",
    # https://github.com/can1357/oh-my-pi/issues/341 (Bedrock's copy)
    "Error: The model returned the following errors: Thinking may not be enabled when "
    "tool_choice forces tool use.",
    # https://github.com/router-for-me/CLIProxyAPI/issues/1109
    "Expected `thinking` or `redacted_thinking`, but found `text`. When `thinking` is enabled, a "
    "final `assistant` message must start with a thinking block (preceeding the lastmost set of "
    "`tool_use` and `tool_result` blocks). We recommend you include thinking blocks from previous "
    "turns. To avoid this requirement, disable `thinking`.",
    # https://github.com/anthropics/anthropic-sdk-typescript/issues/653
    "Did not find 1 tool_result block(s) at the beginning of this message. Messages following "
    "tool_use blocks must begin with a matching number of tool_result blocks.",
    # https://github.com/OpenHands/OpenHands/issues/7512 (no backticks)
    "messages.66: tool_use ids were found without tool_result blocks immediately after: "
    "toolu_01Me5LTc9g2gH3yKQCtqGd7W. Each tool_use block must have a corresponding tool_result "
    "block in the next message.",
    # https://github.com/apify/tester-mcp-client/issues/11 (the message alone)
    "tools.7.custom.name: String should match pattern '^[a-zA-Z0-9_-]{1,64}$'",
]


@pytest.mark.parametrize("text", ANTHROPIC_VALIDATOR)
def test_anthropics_validator_sentences_are_a_bad_request_from_whoever_ran_it(text: str) -> None:
    assert who(text) == ("unknown", "bad-request")
    assert who(text, 400) == ("unknown", "bad-request")


def test_anthropics_envelope_still_names_it_over_those_words() -> None:
    # https://github.com/apify/tester-mcp-client/issues/11
    text = ('Error: 400 {"type":"error","error":{"type":"invalid_request_error","message":'
            '"tools.7.custom.name: String should match pattern \'^[a-zA-Z0-9_-]{1,64}$\'"}}')
    assert who(text) == ("anthropic", "bad-request")


@pytest.mark.parametrize("text", [
    "Expected a string, but found text at line 3",
    "Did not find the config file at the beginning of this message",
    "When thinking is enabled, the assistant may be slower",
    "error in tools.py: something went wrong",
])
def test_look_alikes_of_anthropics_validator_give_no_bad_request(text: str) -> None:
    assert who(text) == ("unknown", "unknown")


# -- family D: Gemini's own sentences on tool calling, without its field bullet -----------------
GEMINI_OWN = [
    # https://github.com/google-gemini/gemini-cli/issues/26486
    "Please ensure that function call turn comes immediately after a user turn or after a "
    "function response turn.",
    # https://github.com/langchain-ai/langchain/issues/27799
    "Please ensure that function response turn comes immediately after a function call turn",
    # https://github.com/google-gemini/deprecated-generative-ai-swift/issues/195
    "Function calling with a response mime type: 'application/json' is unsupported",
]


@pytest.mark.parametrize("text", GEMINI_OWN)
def test_geminis_own_sentences_name_google(text: str) -> None:
    assert who(text) == ("google", "bad-request")


def test_geminis_sentence_through_a_relay_keeps_its_cause_not_its_origin() -> None:
    # https://github.com/xincmm/sageread/issues/8 (one-api/new-api's request id after it)
    text = ("Please ensure that function call turn comes immediately after a user turn or after a "
            "function response turn. (request id: 20251011110425324645053M6N3S7Zq)")
    assert who(text) == ("unknown", "bad-request")


@pytest.mark.parametrize("text", [
    # https://github.com/perplexityai/api-discussion/issues/265 (Perplexity's)
    '{"error":{"message":"After the (optional) system message(s), user and assistant roles '
    'should be alternating.","type":"invalid_message","code":400}}',
    # https://github.com/vllm-project/vllm/issues/6862 (a chat template's, in vLLM's envelope)
    "BadRequestError: Error code: 400 - {'object': 'error', 'message': 'After the optional "
    "system message, conversation roles must \nalternate user/assistant/user/assistant/...', "
    "'type': 'BadRequestError', 'param': None, 'code': 400}",
    "Please ensure that the function call returns a value before the next turn.",
])
def test_other_turn_order_sentences_do_not_name_google(text: str) -> None:
    assert who(text)[0] == "unknown"


# -- families E and G: a tool's schema refused, alone or behind a relay's request id ------------
FUNCTION_SCHEMA = [
    # https://github.com/FoundationAgents/OpenManus/issues/1162 (one-api/new-api's suffixes)
    "Invalid schema for function 'mcp_home_zz_conda_envs_open_manus_bin_python_str_replace_"
    "editor': [] is not of type 'object', 'boolean'. (request id: 20250611110758283206479dq0R9awt)"
    " (request id: 2025061111075832763207s5RDjPXL)",
    # https://github.com/flanksource/mission-control/pull/2634
    "Invalid schema for function 'search_catalog': In context=('properties', 'select'), array "
    "schema missing items.",
    # https://github.com/evalstate/fast-agent/issues/143 (without its 400)
    "Invalid schema for function 'mongodb-list-databases': In context=(), object schema missing "
    "properties.",
]


@pytest.mark.parametrize("text", FUNCTION_SCHEMA)
def test_a_tools_schema_refused_is_a_bad_request_from_whoever_said_it(text: str) -> None:
    assert who(text) == ("unknown", "bad-request")


@pytest.mark.parametrize("text", [
    "Invalid schema for function calls in the config file",
    "warning: invalid schema for function 'search' in the local cache, rebuilding",
])
def test_a_schema_word_in_an_apps_own_sentence_is_no_refusal(text: str) -> None:
    assert who(text) == ("unknown", "unknown")


# -- family F: Groq's refusal of a parameter with streaming ----------------------------------------
def test_groqs_response_format_with_streaming_names_groq() -> None:
    # https://github.com/langchain-ai/langchain/issues/23629 (langchain_groq's ChatGroq)
    text = ("Error code: 400 - {'error': {'message': 'response_format` does not support "
            "streaming', 'type': 'invalid_request_error'}}")
    assert who(text, 400) == ("groq", "bad-request")
    assert who(text) == ("groq", "bad-request")


@pytest.mark.parametrize("text", [
    # https://github.com/github/gh-models/issues/31 (OpenAI's own words for the same refusal)
    '{"error": {"message": "Unsupported value: \'stream\' does not support true with this '
    'model. Supported values are: false.", "type": "invalid_request_error", "param": "stream", '
    '"code": "unsupported_value"}}',
    "Error: this model does not support streaming",
    "The `response_format` option does not support streaming in this client",
])
def test_other_streaming_refusals_are_not_groqs(text: str) -> None:
    assert who(text)[0] != "groq"


# -- family G: validator texts whose only cause signal was the status ----------------------------
def test_awss_validation_exception_is_a_bad_request() -> None:
    assert who(DIFY_MODELS_TAG) == ("unknown", "bad-request")


@pytest.mark.parametrize(("text", "cause"), [
    # Bedrock's unusable model ID under the same exception name: the model, not the request.
    ("ValidationException: The provided model identifier is invalid.", "model-not-found"),
    ("An error occurred (UnrecognizedClientException) when calling the Converse operation: The "
     "security token included in the request is invalid.", "provider-auth-invalid"),
    ("MyValidationExceptionHandler started", "unknown"),
])
def test_other_aws_refusals_keep_their_own_cause(text: str, cause: str) -> None:
    assert who(text)[1] == cause


def test_the_status_a_server_wrote_into_its_body_gives_the_cause() -> None:
    # https://github.com/perplexityai/api-discussion/issues/265 (Perplexity, no status pasted)
    text = ('{\n  "error":{\n    "message":"After the (optional) system message(s), user and '
            'assistant roles should be alternating.",\n    "type":"invalid_message",\n    '
            '"code":400\n  }\n}')
    assert who(text) == ("unknown", "bad-request")


@pytest.mark.parametrize("text", [
    '{"error":{"message":"Something odd happened","type":"odd","code":14}}',
    '{"error":{"message":"Something odd happened","type":"odd","code":"400"}}',
    '{"error":{"message":"Something odd happened","type":"odd","code":true}}',
])
def test_a_code_that_is_no_status_number_gives_no_cause(text: str) -> None:
    assert who(text) == ("unknown", "unknown")


@pytest.mark.parametrize("text", [
    # https://github.com/esengine/DeepSeek-Reasonix/issues/8902 (without its 400)
    "The `content[].thinking` in the thinking mode must be passed back to the API.",
    # https://github.com/mnfst/modelparams.dev/issues/29
    '{"error":{"message":"The `reasoning_content` in the thinking mode must be passed back to the '
    'API.","type":"invalid_request_error","param":null,"code":"invalid_request_error"}}',
])
def test_deepseeks_thinking_mode_validator_is_a_bad_request(text: str) -> None:
    assert who(text) == ("unknown", "bad-request")


def test_thinking_mode_in_an_apps_sentence_is_no_refusal() -> None:
    assert who("The reasoning in the thinking mode is shown in a side panel.") == \
        ("unknown", "unknown")


# -- family A: OpenAI's validator sentences alone give the cause; its envelope names it -------
OPENAI_VALIDATOR_ALONE = [
    # https://github.com/dottxt-ai/outlines/issues/844 (an Azure user quotes the same body)
    "Invalid schema for response_format 'default': In context=(), 'additionalProperties' is "
    "required to be supplied and to be false.",
    # https://github.com/mavam/pi-web-providers/issues/14
    "Invalid schema for response_format 'codex_output_schema': In context=(), "
    "'additionalProperties' is required to be supplied and to be false.",
    # https://github.com/VectorlyApp/bluebox/issues/31
    "Invalid 'input[0].content': string too long. Expected a string with maximum length "
    "10485760, but got a string with length 62114761 instead.",
    # https://github.com/gptscript-ai/clio/issues/41
    "Invalid 'messages[17].content': string too long. Expected a string with maximum length "
    "1048576, but got a string with length 1744259 instead.",
    # https://github.com/coinbase/agentkit/pull/217
    "Error: 400 Invalid 'tools[0].function.name': string does not match pattern. Expected a "
    "string that matches the pattern '^[a-zA-Z0-9_-]+$'.",
    # https://github.com/hackers365/xiaozhi-esp32-server-golang/issues/268 (go-openai's print)
    "error, status code: 400, status: 400 Bad Request, message: Invalid 'tools[1].function.name': "
    "string does not match pattern. Expected a string that matches the pattern "
    "'^[a-zA-Z0-9_-]+$'.",
    # https://github.com/nikkigallery/Whimbox/issues/61 (DeepSeek's copy: param None)
    "Error code: 400 - {'error': {'message': \"Invalid 'tools[0].function.name': string does not "
    "match pattern. Expected a string that matches the pattern '^[a-zA-Z0-9_-]+$'.\", 'type': "
    "'invalid_request_error', 'param': None, 'code': 'invalid_request_error'}}",
]


@pytest.mark.parametrize("text", OPENAI_VALIDATOR_ALONE)
def test_openais_validator_words_alone_name_no_sender(text: str) -> None:
    assert who(text, 400) == ("unknown", "bad-request")
    assert who(text) == ("unknown", "bad-request")


def test_openais_unsupported_parameter_alone_stays_openais_as_the_corpus_reads_it() -> None:
    # https://github.com/griptape-ai/ComfyUI-Griptape/issues/312: the probe would have no origin
    # (Azure writes it too); the corpus' labels read the bare sentence as OpenAI's, so it stays.
    text = ("Unsupported parameter: 'max_tokens' is not supported with this model. Use "
            "'max_completion_tokens' instead.")
    assert who(text, 400) == ("openai", "bad-request")


@pytest.mark.parametrize("text", [
    # https://github.com/brekkylab/ailoy/pull/109 (OpenAI's envelope: param names the path)
    '{\n  "error": {\n    "message": "Invalid \'tools[0].function.name\': string does not match '
    'pattern. Expected a string that matches the pattern \'^[a-zA-Z0-9_-]+$\'.",\n    "type": '
    '"invalid_request_error",\n    "param": "tools[0].function.name",\n    "code": '
    '"invalid_value"\n  }\n}',
    # the same words on OpenAI's own host
    "POST https://api.openai.com/v1/chat/completions: 400 Invalid 'messages[17].content': string "
    "too long. Expected a string with maximum length 1048576, but got a string with length "
    "1744259 instead.",
    # https://github.com/mavam/pi-web-providers/issues/14's words in OpenAI's envelope, with its
    # Structured Outputs code
    '{"error": {"message": "Invalid schema for response_format \'codex_output_schema\': In '
    'context=(), \'additionalProperties\' is required to be supplied and to be false.", "type": '
    '"invalid_request_error", "param": "text.format.schema", "code": "invalid_json_schema"}}',
])
def test_openais_own_marks_still_name_it(text: str) -> None:
    assert who(text) == ("openai", "bad-request")


@pytest.mark.parametrize("text", [
    # A body printed inside another's message quotes "'param': 'model'": not a refused path.
    '{"code": 429, "type": "rate_limit_error", "param": "model", "message": "Error code: 429 - '
    '{\'error\': {\'code\': 429, \'message\': \'Rate limit exceeded\', \'param\': \'model\'}}"}',
    # OpenRouter's relay of Azure's copy (https://github.com/moeru-ai/xsai/issues/202's shape)
    '{"error":{"message":"Provider returned error","code":400,"metadata":{"raw":"{\\"error\\": '
    '{\\"message\\": \\"Invalid schema for response_format \'x\': In context=(), '
    '\'additionalProperties\' is required to be supplied and to be false.\\", \\"type\\": '
    '\\"invalid_request_error\\", \\"param\\": \\"response_format\\", \\"code\\": null}}",'
    '"provider_name":"Azure"}}}',
])
def test_look_alikes_of_openais_validator_envelope_do_not_name_openai(text: str) -> None:
    assert who(text)[0] != "openai"


# -- family B: Anthropic's words alone name no sender; its envelope does ------------------------
ANTHROPIC_WORDS_ALONE = [
    # https://github.com/stackblitz/bolt.new/issues/2536
    "prompt is too long: 200000 tokens > 199999 maximum",
    # https://github.com/daisuke-awaji/moca/issues/254 (Bedrock's copy)
    "The model returned the following errors: prompt is too long: 200049 tokens > 200000 maximum",
    # https://github.com/n8n-io/n8n/issues/22550 (its docs link inside the message)
    "Bad request - please check your parameters\nmessages.1.content.0.type: Expected thinking or "
    "redacted_thinking, but found text. When thinking is enabled, a final assistant message must "
    "start with a thinking block (preceeding the lastmost set of tool_use and tool_result "
    "blocks). We recommend you include thinking blocks from previous turns. To avoid this "
    "requirement, disable thinking. Please consult our documentation at "
    "https://docs.claude.com/en/docs/build-with-claude/extended-thinking",
]


@pytest.mark.parametrize("text", ANTHROPIC_WORDS_ALONE)
def test_anthropics_words_alone_name_no_sender(text: str) -> None:
    assert who(text) == ("unknown", "bad-request")


@pytest.mark.parametrize("text", [
    # https://github.com/stackblitz/bolt.new/issues/2536's words in Anthropic's envelope
    '400 {"type":"error","error":{"type":"invalid_request_error","message":"prompt is too long: '
    '200000 tokens > 199999 maximum"}}',
    # its status page, which only it links to from its own answers and clients
    "prompt is too long: 200000 tokens > 199999 maximum (see https://status.anthropic.com)",
])
def test_anthropics_own_marks_still_name_it(text: str) -> None:
    assert who(text) == ("anthropic", "bad-request")


def test_another_prompt_too_long_names_no_one() -> None:
    # https://github.com/kijai/ComfyUI-CogVideoXWrapper/issues/204 (a local node's own words)
    text = ("!!! Exception during processing !!! Prompt is too long, max tokens supported is 226 "
            "or less, got 303")
    assert who(text)[0] == "unknown"
