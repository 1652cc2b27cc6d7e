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


def test_bare_detail_unauthorized_stays_mistrals_shape() -> None:
    # Without another provider's host the shape still reads as Mistral's (cline/cline#6235);
    # a page that only mentions chatgpt.com (not its backend's URL) names no one.
    assert who('{"detail":"Unauthorized"}', 401) == ("mistral", "provider-auth-invalid")
    assert who('{"detail":"Unauthorized"} (I use chatgpt.com too)', 401)[0] == "mistral"
