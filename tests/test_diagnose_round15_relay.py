"""Round 15 (relay probe): servers that copy a provider's envelope or sentences are not that
provider. Each family has a firing test (texts verbatim from public issues) and a silent one
(a look-alike that must keep its answer)."""

from __future__ import annotations

import re
import time

from diagnose_support import who

from setup_wizard.diagnose import phrases, shapes

# -- B: Anthropic's envelope as Go relays write it (keys sorted, no request_id) -----------------


def test_go_relays_sorted_anthropic_envelope_without_request_id_is_not_anthropic() -> None:
    # sub2api builds the envelope as a gin.H map; Go's encoding/json sorts its keys
    # (Wei-Shaw/sub2api#370, #96; Aichs/new-api#3).
    assert who('API Error: 400 {"error":{"message":"Invalid request","type":'
               '"invalid_request_error"},"type":"error"}') == ("unknown", "bad-request")
    assert who('503 {"error":{"message":"No available \n  accounts: no available accounts '
               'supporting \n  model: claude-sonnet-4-5-20250929","type":"\n  api_error"},'
               '"type":"error"}') == ("unknown", "model-not-found")
    text = ('错误：模型 : bad response status code 503, message: No available accounts: this group '
            'only allows Claude Code clients, body: {"error":{"message":"No available accounts: '
            'this group only allows Claude Code clients","type":"api_error"},"type":"error"}')
    assert who(text) == ("unknown", "permission-denied")


def test_anthropics_own_bodies_keep_their_answer() -> None:
    # Anthropic's own, type first, with its id (anthropics/claude-code#35462).
    assert who('API Error: 500 {"type":"error","error":{"type":"api_error","message":"Internal '
               'server error"},"request_id":"req_011CZ9DiuUGNky5FgPnYSUKN"}') == \
        ("anthropic", "provider-server-error")
    # Sorted by a client, with its id kept between error and type: still Anthropic's.
    assert who('{"error":{"message":"Overloaded","type":"overloaded_error"},"request_id":'
               '"req_011CZ9DiuUGNky5FgPnYSUKN","type":"error"}') == \
        ("anthropic", "provider-server-error")
    # Its not-found message is the whole "model: <id>" (it still names Anthropic).
    assert who('anthropic.NotFoundError: Error code: 404 - {\'type\': \'error\', \'error\': '
               '{\'type\': \'not_found_error\', \'message\': \'model: claude-3-opus-20240229\'}}') \
        == ("anthropic", "model-not-found")


def test_model_colon_claude_inside_another_sentence_is_not_anthropics_not_found() -> None:
    row = next(p for p in phrases.PHRASES if "model: claude-" in p.pattern)
    assert re.search(row.pattern, "model: claude-2.1")
    assert re.search(row.pattern, '"message":"model: claude-2.1"')
    assert not re.search(row.pattern, "no available accounts supporting model: claude-sonnet-4")
    assert not re.search(row.pattern, "(org: 8016, model: claude-opus-4-6)")


# -- C: an id or a type Anthropic never writes; a masked id is no id -----------------------------


def test_foreign_request_id_or_error_type_in_anthropics_envelope_is_another_server() -> None:
    # A local Anthropic-compatible server: req_ + 24 hex, Ollama's wording
    # (anthropics/claude-code#41120).
    assert who('Error: 404 {"type":"error","error":{"type":"not_found_error","message":"model '
               '\'claude-haiku-4-5-20251001\' not found"},"request_id":'
               '"req_f8e3e09c9db9db59aa1f846a"}') == ("unknown", "model-not-found")
    # MiniMax's own error type, the body cut off before its id (nearai/ironclaw#1742).
    origin, cause = who(
        'Provider MiniMax-M2.7 request failed: HttpError: Invalid status code 401 Unauthorized '
        'with message: {"type":"error","error":{"type":"authorized_error","message":"login '
        'fail: Please carry the API secret key in the \'Authorization\' field of the request '
        'header (1004)"...')
    assert origin == "unknown" and cause in ("provider-auth-missing", "provider-auth-invalid")


def test_masked_request_id_is_absent_not_foreign() -> None:
    # anthropics/claude-code#54863: Claude Code against api.anthropic.com, id masked.
    assert who('Please run /login · API Error: 403 {"type":"error","error":{"type":'
               '"permission_error","message":"Account is no longer a member of the organization '
               'associated with this token."},"request_id":"**REDACTED**"}') == \
        ("anthropic", "permission-denied")
    for masked in ("**REDACTED**", "***", "<redacted>", "req_*******", "[REDACTED]", "req_xxx"):
        assert shapes.MASKED_ID.fullmatch(masked), masked
    for real in ("req_011CZ9DiuUGNky5FgPnYSUKN", "req_f8e3e09c9db9db59aa1f846a", "12345"):
        assert not shapes.MASKED_ID.fullmatch(real), real
    assert shapes.ANTHROPIC_REQUEST_ID.fullmatch("req_01ICfHarEhQMSJqNvS9fBxcw")
    assert shapes.ANTHROPIC_REQUEST_ID.fullmatch("req_vrtx_011CXizW8m3443QLJVVZH13k")
    assert not shapes.ANTHROPIC_REQUEST_ID.fullmatch("req_f8e3e09c9db9db59aa1f846a")


def test_masked_id_pattern_is_linear() -> None:
    start = time.perf_counter()
    shapes.MASKED_ID.fullmatch("*" * 40 + "x" * 40 + "*" * 39 + "Z")
    assert time.perf_counter() - start < 0.05


# -- D: LocalAI's code-first envelope in gRPC's words is not OpenRouter's ------------------------


def test_localai_code_first_grpc_failure_is_not_openrouter() -> None:
    # mudler/LocalAI#1664 (its issue title), the empty type left out.
    assert who('failed loading model {"error":{"code":500,"message":"could not load model: rpc '
               'error"}}', 500) == ("unknown", "provider-server-error")


def test_openrouters_own_message_first_body_is_still_openrouters() -> None:
    # musistudio/claude-code-router#227, OpenRouter's body unchanged.
    assert who('{"error":{"message":"No auth credentials found","code":401}}') == \
        ("openrouter", "provider-auth-missing")
    # gRPC words in OpenRouter's own order (message first) do not move it.
    assert who('{"error":{"message":"rpc error: code = Unavailable","code":502,"metadata":'
               '{"provider_name":"X","raw":"upstream"}}}')[0] == "openrouter"


# -- E: a numeric code in an OpenAI-style envelope is never Groq's ------------------------------


def test_llama_cpp_numeric_code_with_groqs_sentence_is_not_groq() -> None:
    # ggml-org/llama.cpp#14352: llama-server --api-key, a wrong key.
    assert who('{"error":{"code":401,"message":"Invalid API Key","type":"authentication_error"}}',
               401) == ("unknown", "provider-auth-invalid")


def test_groqs_own_string_code_body_is_still_groqs() -> None:
    assert who('{"error":{"message":"Invalid API Key","type":"invalid_request_error","code":'
               '"invalid_api_key"}}', 401) == ("groq", "provider-auth-invalid")
    # Groq's legacy API (docs.api.groq.com): an integer code with no type, not this shape.
    assert who('{"error":{"code":14,"message":"ErrorQueueFull","details":[]}}', 503)[1] == \
        "provider-server-error"


# -- F: ChatGPT's backend URL outranks FastAPI's generic {"detail": ...} -------------------------


def test_chatgpt_backend_url_outranks_the_detail_shape() -> None:
    # openai/codex#26497 (Codex CLI's own line format).
    assert who('unexpected status 401 Unauthorized: {"detail":"Unauthorized"}, url: '
               'https://chatgpt.com/backend-api/codex/responses, cf-ray:\na06b9c52d979eaa1-ICN, '
               'request id: 572c4a16-275a-4be4-9b9f-6577df485f52') == \
        ("openai", "provider-auth-invalid")


def test_bare_detail_unauthorized_names_no_one_and_a_mention_of_chatgpt_no_openai() -> None:
    # (round 16, openai2 probe) Without another provider's host, Starlette's default detail is
    # any FastAPI server's (Mistral's, ChatGPT's backend's): the cause only; with Mistral's SDK
    # beside it, Mistral's (cline/cline#6235). A page that only mentions chatgpt.com (not its
    # backend's URL) names no one either.
    assert who('{"detail":"Unauthorized"}', 401) == ("unknown", "provider-auth-invalid")
    assert who('{"detail":"Unauthorized"} (I use chatgpt.com too)', 401)[0] == "unknown"
    assert who('API error occurred: Status 401 Content-Type application/json; charset=utf-8 '
               'Body \n{"detail":"Unauthorized"}') == ("mistral", "provider-auth-invalid")


# -- G: right origin, the cause in the server's own words ----------------------------------------


def test_relays_own_access_refusals_are_permission_denied() -> None:
    # Wei-Shaw/claude-relay-service#1093; continuedev/continue#10847; openclaw/openclaw#142656.
    assert who("Failed to authenticate. API Error: 403 Your client is not authorized to use this "
               "API key") == ("unknown", "permission-denied")
    assert who('Failed to authenticate. API Error: 403 {"error":{"type":"client_validation_error",'
               '"message":"This endpoint only accepts requests from Claude Code CLI"}}') == \
        ("unknown", "permission-denied")
    assert who("403 Kimi For Coding is currently only available for Coding Agents such as Kimi "
               "CLI, Claude Code, Roo Code, Kilo Code, etc.") == ("unknown", "permission-denied")
    assert who('{"error":{"message":"Kimi For Coding is currently only available for Coding '
               'Agents such as Kimi CLI, Claude Code, Roo Code, Kilo Code, etc.","type":'
               '"access_terminated_error"}}') == ("unknown", "permission-denied")


def test_model_not_served_sentences_are_model_not_found() -> None:
    # FastChat's 40301 (feiyun0112/Local-LLM-Server#1), Xinference (infiniflow/ragflow#514),
    # new-api's no-channel sentence read as GBK (continuedev/continue#9921), Together's
    # dedicated endpoint (HeyPuter/puter#3168).
    assert who('{"object":"error","message":"Only  allowed now, your model ChatModel","code":'
               '40301}', 400) == ("unknown", "model-not-found")
    assert who("ERROR: Error code: 400 - {'detail': '[address=0.0.0.0:51672, pid=57224] Model not "
               "found, uid: qwen1.5-chat-ieJFufN9-1-0'}") == ("unknown", "model-not-found")
    assert who("503 鍒嗙粍 aws1 涓嬫ā鍨� claude-3-5-sonnet-20241022 "
               "鏃犲彲鐢ㄦ笭閬擄紙distributor锛� "
               "(request id: 20260126221714770426309JB7fopn8)") == \
        ("unknown", "model-not-found")
    assert who('400 {"id":"okkMWzu-2kFHot-a023f611fd50ff7e","error":{"message":"The dedicated '
               'endpoint for mistralai/Mixtral-8x22B-Instruct-v0.1 is not running. Please visit '
               'https://api.together.ai/models to start the endpoint.","type":'
               '"invalid_request_error","param":null,"code":"dedicated_endpoint_not_running"}}') \
        == ("unknown", "model-not-found")


def test_other_causes_in_the_servers_words() -> None:
    # llama.cpp's context overflow at 500 (ggml-org/llama.cpp#15780).
    assert who('{"error":{"code":500,"message":"the request exceeds the available context size. '
               'try increasing the context size or enable context shift","type":'
               '"exceed_context_size_error","n_prompt_tokens":1407,"n_ctx":256}}', 500) == \
        ("unknown", "bad-request")
    # The OpenAI SDK's no-key refusal inside optillm's 500
    # (algorithmicsuperintelligence/optillm#43).
    assert who("InternalServerError: Error code: 500 - {'error': 'litellm.AuthenticationError: "
               "AuthenticationError: OpenAIException - The api_key client option must be set "
               "either by passing api_key to the client or by setting the OPENAI_API_KEY "
               "environment variable'}") == ("unknown", "provider-auth-missing")
    # Anthropic's workspace spend limit (anthropics/claude-code#38035).
    assert who('Error: 400 {"type":"error","error":{"type":"invalid_request_error","message":'
               '"You have reached your specified API usage limits. You will regain access on '
               '2026-04-01 at 00:00 UTC."},"request_id":"req_011CZLrUfBVkVHn5T6EqQaf7"}') == \
        ("anthropic", "quota-exhausted")


def test_look_alikes_keep_their_causes() -> None:
    # A 500 with no word of these stays a server failure; Anthropic's invalid request stays one;
    # "only available" about something else says nothing of access; new-api's concurrency
    # limit (a 429 with "distributor") stays a rate limit.
    assert who('{"error":{"code":500,"message":"something broke","type":"server_error"}}',
               500)[1] == "provider-server-error"
    assert who('{"type":"error","error":{"type":"invalid_request_error","message":"max_tokens: '
               '9999999 > 64000, which is the maximum allowed"},"request_id":'
               '"req_011CZLrUfBVkVHn5T6EqQaf7"}', 400) == ("anthropic", "bad-request")
    assert who("分组 default 下模型 gpt-5 的所有可用渠道已达到最大并行度（distributor） "
               "(request id: 20260126221714770426309JB7fopn8)", 429) == ("unknown", "rate-limited")
    assert who("Only GPT-4 is allowed for this plan", 400)[1] == "bad-request"


# -- A: OpenAI's context-length sentence, copied; only the other server's own marks name it -----


def test_azure_sdk_and_deepseek_code_name_the_server_that_copied_openais_sentence() -> None:
    # DeepSeek: its code repeats its type (Simpleyyt/ai-manus#28).
    assert who('API error: Error code: 400 - {\'error\': {\'message\': "This model\'s maximum '
               'context length is 65536 tokens. However, you requested 66343 tokens (62247 in the '
               'messages, 4096 in the completion). Please reduce the length of the messages or '
               'completion.", \'type\': \'invalid_request_error\', \'param\': None, \'code\': '
               '\'invalid_request_error\'}}') == ("unknown", "bad-request")
    # Azure's .NET SDK around OpenAI's own body, copied (microsoft/kernel-memory#516), and
    # its status line alone (AzureOpenAIChatCompletionService).
    assert who('Azure.RequestFailedException: This model\'s maximum context length is 8192 '
               'tokens. However, your messages resulted in 10383 tokens. Please reduce the length '
               'of the messages. Status: 400 (model_error) ErrorCode: context_length_exceeded  '
               'Content: {\n  "error": {\n    "message": "This model\'s maximum context length is '
               '8192 tokens. However, your messages resulted in 10383 tokens. Please reduce the '
               'length of the messages.",\n    "type": "invalid_request_error",\n    "param": '
               '"messages",\n    "code": "context_length_exceeded"\n  }\n}') == \
        ("unknown", "bad-request")
    assert who("Function failed. Error: This model's maximum context length is 4096 tokens. "
               "However, your messages resulted in 5818 tokens. Please reduce the length of the "
               "messages.\n      Status: 400 (model_error)\n      ErrorCode: "
               "context_length_exceeded") == ("unknown", "bad-request")


def test_openais_plain_context_sentence_is_still_openais() -> None:
    # OpenAI's own (The-Vibe-Company/quivr#505): not demoted, nothing else names another server.
    assert who("openai.error.InvalidRequestError: This model's maximum context length is 4097 "
               "tokens. However, you requested 4281 tokens (3025 in the messages, 1256 in the "
               "completion). Please reduce the length of the messages or completion.") == \
        ("openai", "bad-request")
    assert who('{"error":{"message":"This model\'s maximum context length is 8192 tokens. '
               'However, your messages resulted in 9000 tokens. Please reduce the length of the '
               'messages.","type":"invalid_request_error","param":"messages","code":'
               '"context_length_exceeded"}}', 400) == ("openai", "bad-request")
