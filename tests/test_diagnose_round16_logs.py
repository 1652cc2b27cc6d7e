"""Evidence added in round 16 from the logs probe (issue #13: LLM API errors inside log
wrappers). Families 1-5 are the one-text classifier's: each fires on its source's verbatim
text and stays silent on a look-alike. The L families are `explain --log`'s: every error in a
log, one by one, and no ordinary line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from diagnose_support import who
from test_explain_log import ORDINARY

from setup_wizard.cli import main
from setup_wizard.diagnose.classify import classify_pasted

# -- Family 1: a client's own "API key missing" sentence: nobody answered ---------------------
# https://github.com/bklieger-groq/stockbot-on-groq/issues/50 (Vercel AI SDK, LoadAPIKeyError)
AI_SDK_MISSING = ("Error: Groq API key is missing. Pass it using the GROQ_API_KEY environment "
                  "variable. Try restarting the application if you recently changed your "
                  "environment variables.\nIf you think something has gone wrong, create an")
# https://github.com/cline/cline/issues/7464 (Cline's check, before the request)
CLINE_REQUIRED = ('{"message":"Anthropic API key is required","modelId":"claude-sonnet-4-5-'
                  '20250929","providerId":"litellm"}')
# https://github.com/entropy-research/Devon/issues/45
DEVON_PROVIDE = ("Please provide an API key using the --api_key option or by setting "
                 "OPENAI_API_KEY or ANTHROPIC_API_KEY.")


def test_a_clients_own_missing_key_sentence_names_no_sender() -> None:
    assert who(AI_SDK_MISSING) == ("unknown", "provider-auth-missing")
    assert who(CLINE_REQUIRED) == ("unknown", "provider-auth-missing")
    assert who(DEVON_PROVIDE) == ("unknown", "provider-auth-missing")
    # The same templates for other providers.
    assert who("AI_LoadAPIKeyError: OpenAI API key is missing. Pass it using the 'apiKey' "
               "parameter or the OPENAI_API_KEY environment variable.") == \
        ("unknown", "provider-auth-missing")
    assert who("Error: Gemini API key is required") == ("unknown", "provider-auth-missing")


def test_a_servers_missing_key_answer_keeps_its_sender() -> None:
    # OpenAI's own answer (https://github.com/cloudflare/cloudflare-docs/pull/31050).
    openai = ('{"error": {"message": "You didn\'t provide an API key. You need to provide your '
              'API key in an Authorization header using Bearer auth (i.e. Authorization: Bearer '
              'YOUR_KEY), or as the password field (with blank username) if you\'re accessing '
              'the API from your browser and are prompted for a username and password. You can '
              'obtain an API key from https://platform.openai.com/account/api-keys.", "type": '
              '"invalid_request_error", "param": null, "code": null}}')
    assert who(openai, 401) == ("openai", "provider-auth-missing")
    # Anthropic's 401 (https://github.com/docker/docker-agent/issues/2039).
    assert who('{"type":"error","error":{"type":"authentication_error","message":"invalid '
               'x-api-key"}}', 401) == ("anthropic", "provider-auth-invalid")
    # An app's own validation with no key word stays silent
    # (https://github.com/zammad/zammad/issues/5890).
    assert who("ActiveRecord::RecordInvalid: Validation failed: AI provider is not accessible: "
               "API server not accessible (ActiveRecord::RecordInvalid)") == ("unknown",
                                                                               "unknown")
    # "The API key is required" is no client's naming of a provider.
    assert who("The API key is required")[0] == "unknown"


# -- Family 5: network failures in asyncio's, aiohttp's and Go's words: nobody answered -------
# https://github.com/truenas/apps/issues/3143 (Open WebUI -> Ollama)
AIOHTTP_REFUSED = (
    "2025-09-10 18:16:22.307225+00:002025-09-10 11:16:22.307 | ERROR    | open_webui.routers."
    "ollama:send_get_request:106 - Connection error: Cannot connect to host localhost:11434 "
    "ssl:default [Multiple exceptions: [Errno 111] Connect call failed ('::1', 11434, 0, 0), "
    "[Errno 111] Connect call failed ('127.0.0.1', 11434)]")
# https://github.com/SMNETSTUDIO/Groq2API/issues/33
GO_TLS_ALERT = (
    '2024-05-21 13:59:01 2024/05/21 05:59:01 ERROR customToken is invalid !BADKEY="Get \\"https:'
    '//api.groq.com/platform/v1/user/profile\\": remote error: tls: unrecognized name"\n'
    '2024-05-21 13:59:11 2024/05/21 05:59:11 ERROR Failed to get organization id err="Get '
    '\\"https://api.groq.com/platform/v1/user/profile\\": remote error: tls: unrecognized name"')


def test_asyncio_and_aiohttp_refused_connects_are_connection_refused() -> None:
    assert who(AIOHTTP_REFUSED) == ("unknown", "connection-refused")
    assert who("aiohttp.client_exceptions.ClientConnectorError: Cannot connect to host "
               "127.0.0.1:8000 ssl:default [Connection refused]") == ("unknown",
                                                                     "connection-refused")
    assert who("OSError: [Errno 61] Connect call failed ('127.0.0.1', 11434)") == \
        ("unknown", "connection-refused")


def test_a_tls_alert_beside_an_apps_invalid_word_is_a_tls_error() -> None:
    assert who(GO_TLS_ALERT) == ("unknown", "tls-error")


def test_other_network_failures_and_answers_keep_their_causes() -> None:
    # A certificate refused under urllib3's pool is TLS, not refused
    # (https://github.com/datalab-to/marker/issues/822).
    assert who("HTTPSConnectionPool(host='ollama.localhost', port=443): Max retries exceeded "
               "with url: /api/generate (Caused by SSLError(SSLCertVerificationError(1, '[SSL: "
               "CERTIFICATE_VERIFY_FAILED] certificate verify failed: unable to get local issuer "
               "certificate (_ssl.c:1028)')))") == ("unknown", "tls-error")
    # aiohttp's title with another reason: no answer, no cause said.
    assert who("Cannot connect to host api.openai.com:443 ssl:default [Network is "
               "unreachable]") == ("unknown", "unknown")
    # A server's own refusal of a request, with no socket error beside it, stays a bad request.
    assert who('{"error":"unrecognized request argument supplied: foo"}')[1] == "bad-request"
    # asyncio's connect failing with another errno (113, no route to host) is not refused.
    assert who("OSError: [Errno 113] Connect call failed ('10.0.0.5', 11434)")[1] != \
        "connection-refused"


# -- Family 4: one record repeated is no log prefix (LiteLLM's router, every deployment cooling
# down) --------------------------------------------------------------------------------------
# https://github.com/BerriAI/litellm/issues/5177 (three identical lines, the first two with
# trailing blanks)
ROUTER_LINE = ("15:02:00 - LiteLLM Router:ERROR: router.py:2482 - An exception occurred - No "
               "deployments available for selected model, Try again in 60 seconds. Passed "
               "model=claude-3-haiku-20240307. Try again in 60 seconds.")
ROUTER_NO_DEPLOYMENTS = "\n".join([ROUTER_LINE + "      ", ROUTER_LINE + "      ", ROUTER_LINE])


def test_a_repeated_router_line_keeps_its_words() -> None:
    assert who(ROUTER_NO_DEPLOYMENTS) == ("unknown", "rate-limited")
    assert who(ROUTER_LINE) == ("unknown", "rate-limited")
    # A retry loop's repeated line with a timestamp: read whole, not cut to its last word.
    line = "2024-01-01 10:00:01 ERROR groq call failed: Invalid API Key"
    assert who("\n".join([line] * 3)) == ("groq", "provider-auth-invalid")


def test_a_prefix_on_lines_that_differ_is_still_set_aside() -> None:
    # https://github.com/danny-avila/LibreChat/issues/2320 (docker compose prefix on a pretty body)
    librechat = "\n".join("LibreChat         | " + line for line in [
        "2024-04-05 08:07:33 error: [handleAbortError] AI response error; aborting request: "
        "Failed to send message. HTTP 404 - {",
        '  "error": {',
        '    "message": "This is a chat model and not supported in the v1/completions '
        'endpoint. Did you mean to use v1/chat/completions?",',
        '    "type": "invalid_request_error",', '    "param": "model",', '    "code": null',
        "  }", "}"])
    assert who(librechat) == ("openai", "bad-request")
    # https://github.com/TeamWiseFlow/xiaobei/issues/43
    wiseflow = "\n".join("2024-08-10 14:14:27 core-1  | " + line for line in [
        '  File "/usr/local/lib/python3.10/site-packages/openai/_client.py", line 105, in '
        "__init__", "    raise OpenAIError(",
        "openai.OpenAIError: The api_key client option must be set either by passing api_key to "
        "the client or by setting the OPENAI_API_KEY environment variable"])
    assert who(wiseflow) == ("unknown", "provider-auth-missing")


# -- Family 3: the status or the cause carried by the wrapper ---------------------------------
# https://github.com/BerriAI/litellm/issues/1111 (LiteLLM's router in verbose mode, docker
# compose prefix; the last line cut by the log)
ROUTER_DEPLOYMENT_EXCEPTION = "\n".join([
    "litellm-proxy-api-1  | self.failure_callback: [<bound method Router.deployment_callback_on_failure of <litellm.router.Router object at 0x7fcc15390100>>]",  # noqa: E501
    "litellm-proxy-api-1  | Logging Details: logger_fn - None | callable(logger_fn) - False",
    "litellm-proxy-api-1  | Logging Details LiteLLM-Failure Call",
    "litellm-proxy-api-1  | LiteLLM.Router: Attempting to add together_ai/DiscoResearch/DiscoLM-mixtral-8x7b-v2-ModelID-together_ai/DiscoResearch/DiscoLM-mixtral-8x7b-v232756False to cooldown list. updated_fails: 1; self.allowed_fails: 0",  # noqa: E501
    "litellm-proxy-api-1  | get cache: cache key: 06-00:cooldown_models",
    "litellm-proxy-api-1  | get cache: cache result: ['together_ai/DiscoResearch/DiscoLM-mixtral-8x7b-v2-ModelID-together_ai/DiscoResearch/DiscoLM-mixtral-8x7b-v232756False']",  # noqa: E501
    "litellm-proxy-api-1  | LiteLLM.Router: adding together_ai/DiscoResearch/DiscoLM-mixtral-8x7b-v2-ModelID-together_ai/DiscoResearch/DiscoLM-mixtral-8x7b-v232756False to cooldown models",  # noqa: E501
    "litellm-proxy-api-1  | LiteLLM.Router: ",
    "litellm-proxy-api-1  | EXCEPTION FOR DEPLOYMENTS",
    "litellm-proxy-api-1  | ",
    "litellm-proxy-api-1  | LiteLLM.Router: {'together_ai/DiscoResearch/DiscoLM-mixtral-8x7b-v2-ModelID-together_ai/DiscoResearch/DiscoLM-mixtral-8x7b-v232756False': ['<class \\'litellm.exceptions.APIError\\'>Status: 500Message: NoneTogetherAIException - {\"model\":\"DiscoResearch/DiscoLM-mixt",  # noqa: E501
])
# https://github.com/google-gemini/gemini-cli/issues/6454 (gaxios' dump in Gemini CLI's box)
GEMINI_CLI_BOX = "\n".join([
    "│          headers: [Object],                                                                   │",  # noqa: E501
    "│          responseType: 'stream',                                                              │",  # noqa: E501
    "│          body: '<<REDACTED> - See `errorRedactor` option in `gaxios` for configuration>.',    │",  # noqa: E501
    "│          signal: [AbortSignal],                                                               │",  # noqa: E501
    "│          paramsSerializer: [Function: paramsSerializer],                                      │",  # noqa: E501
    "│          validateStatus: [Function: validateStatus],                                          │",  # noqa: E501
    "│          errorRedactor: [Function: defaultErrorRedactor]                                      │",  # noqa: E501
    "│        },                                                                                     │",  # noqa: E501
    "│        data: '[{\\n' +                                                                         │",  # noqa: E501
    "│          '  \"error\": {\\n' +                                                                   │",  # noqa: E501
    "│          '    \"code\": 429,\\n' +                                                               │",  # noqa: E501
    "│          '    \"message\": \"Resource exhausted. Please try again later. Please refer to         │",  # noqa: E501
    "│    https://cloud.google.com/vertex-ai/generative-ai/docs/error-code-429 for more              │",  # noqa: E501
    "│    details.\",\\n' +",
])
# https://github.com/jeddict/jeddict-ai/issues/213 (java.util.logging SEVERE, Java chain)
LANGCHAIN4J_RATE_LIMIT = "\n".join([
    "Nov 01, 2025 9:54:35 AM org.openide.util.Exceptions printStackTrace",
    "SEVERE: null",
    "java.lang.reflect.UndeclaredThrowableException",
    "\tat jdk.proxy26/jdk.proxy26.$Proxy78.reviewChanges(Unknown Source)",
    "\tat io.github.jeddict.ai.hints.AssistantChatManager.lambda$handleQuestion$25(AssistantChatManager.java:1036)",  # noqa: E501
    "\tat java.base/java.util.concurrent.Executors$RunnableAdapter.call(Executors.java:572)",
    "\tat java.base/java.util.concurrent.FutureTask.run(FutureTask.java:317)",
    "\tat java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1144)",  # noqa: E501
    "\tat java.base/java.util.concurrent.ThreadPoolExecutor$Worker.run(ThreadPoolExecutor.java:642)",  # noqa: E501
    "\tat java.base/java.lang.Thread.run(Thread.java:1583)",
    "Caused by: java.lang.reflect.InvocationTargetException",
    "\tat java.base/jdk.internal.reflect.DirectMethodHandleAccessor.invoke(DirectMethodHandleAccessor.java:118)",  # noqa: E501
    "\tat java.base/java.lang.reflect.Method.invoke(Method.java:580)",
    "\tat dev.langchain4j.agentic.agent.AgentInvocationHandler.invoke(AgentInvocationHandler.java:81)",  # noqa: E501
    "\t... 7 more",
    "Caused by: dev.langchain4j.exception.RateLimitException: {",
])


def test_litellms_router_states_the_status_of_each_failed_deployment() -> None:
    # Together AI (a vendor outside this tool's origins) answered 500: its server failed.
    assert who(ROUTER_DEPLOYMENT_EXCEPTION) == ("unknown", "provider-server-error")


def test_a_status_word_in_a_dict_that_is_no_router_exception_is_no_status() -> None:
    # An exception with no status of its own: the router writes "Status: " and nothing.
    timeout = ("LiteLLM.Router: {'gpt-4-ModelID-1': ['<class \\'litellm.exceptions.Timeout\\'>"
               "Status: Message: NoneRequest timed out.Full exception")
    assert classify_pasted(timeout).status is None
    # A server people run themselves, named by LiteLLM, failing: not a provider's server.
    assert who("LiteLLM.Router: {'ollama/llama3-1': ['<class \\'litellm.exceptions.APIError"
               "\\'>Status: 500Message: NoneOllama_chatException - {\"error\":\"unexpected "
               "EOF\"}']}")[1] == "unknown"


def test_a_sentence_a_box_wrapped_reads_across_its_sides() -> None:
    assert who(GEMINI_CLI_BOX) == ("google", "rate-limited")
    # A box around words that name no one stays silent.
    assert who("│ Error: something went wrong while rendering the panel                │\n"
               "│ please try again                                                    │") == \
        ("unknown", "unknown")


def test_langchain4j_classes_bound_to_one_status_give_its_cause() -> None:
    assert who(LANGCHAIN4J_RATE_LIMIT) == ("unknown", "rate-limited")
    assert who("Caused by: dev.langchain4j.exception.InternalServerException: upstream") == \
        ("unknown", "provider-server-error")


def test_langchain4j_classes_of_several_statuses_or_none_say_no_cause() -> None:
    # AuthenticationException is 401 or 403, ModelNotFoundException any 404 (a wrong URL too).
    assert who("Caused by: dev.langchain4j.exception.AuthenticationException: {")[1] == "unknown"
    assert who("Caused by: dev.langchain4j.exception.ModelNotFoundException: {")[1] == "unknown"
    # https://github.com/langchain4j/langchain4j/issues/1110: the refusal is hidden.
    assert who('Exception in thread "main" java.lang.IllegalArgumentException: text cannot be '
               "null\n\tat dev.langchain4j.internal.Exceptions.illegalArgument(Exceptions.java:19)"
               "\n\tat dev.langchain4j.model.qianfan.QianfanChatModel.generate(QianfanChatModel."
               "java:131)") == ("unknown", "unknown")
    # Another library's class of the same name is not langchain4j's.
    assert who("Caused by: com.example.RateLimitException: {")[1] == "unknown"


# -- Family 2: the app's own access log and other APIs are no LLM provider's refusal ----------
# https://github.com/akazwz/workersai/issues/4 (wrangler dev: the Worker's own RPC routes)
WRANGLER_ACCESS_LOG = "\n".join([
    "[wrangler:inf] POST /chat.v1.ChatService/ListConversations 401 Unauthorized (4ms)",
    "[wrangler:inf] POST /chat.v1.ChatService/ListModels 401 Unauthorized (3ms)",
    "[wrangler:inf] OPTIONS /chat.v1.ChatService/ListConversations 200 OK (7ms)",
    "[wrangler:inf] OPTIONS /chat.v1.ChatService/ListModels 200 OK (8ms)",
    "[wrangler:inf] POST /chat.v1.ChatService/ListConversations 401 Unauthorized (8ms)",
    "[wrangler:inf] POST /chat.v1.ChatService/ListModels 401 Unauthorized (10ms)",
])
# https://github.com/hallee/eslint-action/issues/7 (GitHub's REST API in a GitHub Actions log)
GITHUB_BAD_CREDENTIALS = "\n".join([
    "2020-05-19T15:51:27.1379668Z Error Error: Received status code 401",
    "2020-05-19T15:51:27.1379834Z     at IncomingMessage.res.on (/action/lib/request.js:13:25)",
    "2020-05-19T15:51:27.1379941Z     at IncomingMessage.emit (events.js:203:15)",
    "2020-05-19T15:51:27.1380059Z     at endReadableNT (_stream_readable.js:1145:12)",
    "2020-05-19T15:51:27.1380174Z     at process._tickCallback (internal/process/next_tick.js:"
    "63:19)",
    '2020-05-19T15:51:27.1380385Z {"message":"Bad credentials","documentation_url":"https://'
    'developer.github.com/v3"}',
])


def test_the_apps_own_access_log_says_nothing_of_an_llm_api() -> None:
    assert who(WRANGLER_ACCESS_LOG) == ("unknown", "unknown")
    assert who(WRANGLER_ACCESS_LOG.split("\n")[0]) == ("unknown", "unknown")
    # uvicorn's and morgan's forms.
    assert who('INFO:     172.28.0.1:61916 - "POST /api/chat/execute HTTP/1.1" 500 Internal '
               "Server Error") == ("unknown", "unknown")
    assert who("POST /api/chat 401 12.345 ms - 52") == ("unknown", "unknown")


# An LLM server's own access log (vLLM's OpenAI-compatible server runs under uvicorn) is that
# server's answer to an LLM API request: https://github.com/vllm-project/vllm/issues/9364
# ("There is no other information in the logs"), #13340, #15519 (its embeddings endpoint).
VLLM_ACCESS_LOG = "\n".join([
    'INFO:     127.0.0.1:59042 - "POST /v1/chat/completions HTTP/1.1" 200 OK',
    'INFO:     10.147.113.100:54034 - "POST /v1/chat/completions HTTP/1.1" 400 Bad Request',
    'INFO: 10.10.18.231:51422 - "POST /v1/embeddings HTTP/1.1" 400 Bad Request',
])


def test_an_llm_servers_own_access_log_keeps_its_status(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for line in VLLM_ACCESS_LOG.split("\n")[1:]:
        assert who(line) == ("unknown", "bad-request"), line
    # The same line for an app's own route is still set aside (above), and in a whole log the
    # LLM server's refusals are reported, its 200 not.
    assert who('INFO:     10.147.113.100:54034 - "POST /api/chat/execute HTTP/1.1" 400 Bad '
               "Request") == ("unknown", "unknown")
    assert log_errors(tmp_path, capsys, VLLM_ACCESS_LOG) == [(2, "unknown", "bad-request"),
                                                            (3, "unknown", "bad-request")]


def test_a_clients_own_status_line_keeps_its_status() -> None:
    # An HTTP client's log names the host it called: the status is that server's answer.
    assert who('INFO:httpx:HTTP Request: POST https://api.groq.com/openai/v1/chat/completions '
               '"HTTP/1.1 401 Unauthorized"') == ("groq", "provider-auth-invalid")
    # https://github.com/npgrosser/houston/issues/2: a client's call to an LLM API.
    assert who('Exception in thread "main" java.lang.IllegalStateException: Error: 401 '
               "Unauthorized\n        at de.npgrosser.houston.openai.OpenAi$completions$1."
               "invokeSuspend(OpenAi.kt:72)") == ("unknown", "provider-auth-invalid")
    # A route's request line with its status but no time taken is no access log.
    assert who("POST /v1/chat/completions 401 Unauthorized")[1] == "provider-auth-invalid"


def test_githubs_rest_api_error_is_no_providers_refusal() -> None:
    assert who(GITHUB_BAD_CREDENTIALS) == ("unknown", "unknown")
    assert who('{"message":"Bad credentials","documentation_url":"https://docs.github.com/rest"}',
               401) == ("unknown", "unknown")


def test_a_github_word_without_its_api_envelope_keeps_the_cause() -> None:
    assert who('Error: 401 {"message":"Bad credentials","docs":"https://example.com/v3"}')[1] == \
        "provider-auth-invalid"


# == explain --log (issue #13 item 4): every error of a log, one by one, nothing else ==========
def log_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str],
               *parts: str) -> list[tuple[int, str, str]]:
    """`explain --log` on the parts joined by a blank line: (line, origin, cause) of each error."""
    path = tmp_path / "app.log"
    path.write_text("\n\n".join(parts) + "\n", encoding="utf-8")
    main(["explain", "--log", str(path), "--format", "json"])
    return [(e["line"], e["origin"], e["cause"])
            for e in json.loads(capsys.readouterr().out)["errors"]]


def starts(*parts: str) -> list[int]:
    """The line each part starts on once joined by a blank line."""
    out, n = [], 1
    for part in parts:
        out.append(n)
        n += part.count("\n") + 2
    return out


# https://github.com/BerriAI/litellm/issues/3274 (httpx's lines, two 429s and their retries)
GROQ_HTTPX_RETRIES = "\n".join([
    '[277.618 ms] [2024-04-25 09:36:21,443.443] [httpx,_send_single_request:1729] [INFO] HTTP '
    'Request: POST https://api.groq.com/openai/v1/chat/completions "HTTP/1.1 429 Too Many '
    'Requests"',
    "[3.236 ms] [2024-04-25 09:36:21,447.447] [openai._base_client,_retry_request:1603] [INFO] "
    "Retrying request to /chat/completions in 0.886601 seconds",
    '[1131.539 ms] [2024-04-25 09:36:22,578.578] [httpx,_send_single_request:1729] [INFO] HTTP '
    'Request: POST https://api.groq.com/openai/v1/chat/completions "HTTP/1.1 429 Too Many '
    'Requests"',
    "[3.663 ms] [2024-04-25 09:36:22,582.582] [openai._base_client,_retry_request:1603] [INFO] "
    "Retrying request to /chat/completions in 1.631223 seconds",
])
# https://github.com/anthropics/claude-code/issues/39743, 39748, 35780 (terminal-wrapped 529s)
CLAUDE_529_WRAPPED_KEY = "\n".join([
    '529 {"type":"error","error":{"type":"overloaded_error","me',
    '     ssage":"Overloaded. https://docs.claude.com/en/api/errors"',
    '     },"request_id":"req_011CZTE7i3e4tJVTPSyKsDMR"}   '])
CLAUDE_529_WRAPPED_MESSAGE = "\n".join([
    '529 {"type":"error","error":{"type":"overloaded_error","message":"Overloaded.           ',
    '     https://docs.claude.com/en/api/errors"},"request_id":"req_011CZTETeXcQyZUyycZ5kyz1"}'])
CLAUDE_529_SPACES = ('529 {"type":"error","error":{"type":"overloaded_error","message":"Overl     '
                     'oaded"},"request_id":"req_011CZAZVm8CCa9x8dtggWL4U"}')
# https://github.com/anthropics/claude-code/issues/3633 (six failed attempts)
_ATTEMPT = (' ⎿  API Error (529 {"type":"error","error":{"type":"overloaded_error","message":'
            '"Overloaded"}}) · Retrying in {} seconds… (attempt {}/10)')
CLAUDE_RETRIES = "\n".join(
    (" " if i else "") + _ATTEMPT.replace("{}", wait, 1).replace("{}", attempt, 1)
    for i, (wait, attempt) in enumerate([("1", "1"), ("1", "2"), ("33", "10"), ("2", "3"),
                                         ("5", "4"), ("10", "5")]))


def test_errors_after_an_error_are_errors_of_their_own(tmp_path: Path,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    parts = (GROQ_HTTPX_RETRIES, CLAUDE_529_WRAPPED_KEY, CLAUDE_529_WRAPPED_MESSAGE,
             CLAUDE_529_SPACES)
    first = starts(*parts)
    assert log_errors(tmp_path, capsys, *parts) == [
        (first[0], "groq", "rate-limited"), (first[0] + 2, "groq", "rate-limited"),
        *((n, "anthropic", "provider-server-error") for n in first[1:])]


def test_retries_count_one_by_one(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert CLAUDE_RETRIES.count("\n") == 5 and "(attempt 10/10)" in CLAUDE_RETRIES
    assert log_errors(tmp_path, capsys, CLAUDE_RETRIES) == [
        (n, "anthropic", "provider-server-error") for n in range(1, 7)]


def test_an_errors_own_frames_body_and_chained_trace_are_that_error(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # Node's stack behind GitHub Actions' stamps, then the body: one error, read whole.
    assert log_errors(tmp_path, capsys, GITHUB_BAD_CREDENTIALS) == [(1, "unknown", "unknown")]
    # A Python traceback chained to the error it was raised from.
    chained = "\n".join([
        "openai.APIConnectionError: Connection error.", "",
        "The above exception was the direct cause of the following exception:", "",
        "Traceback (most recent call last):", '  File "app.py", line 3, in <module>',
        "openai.RateLimitError: Error code: 429 - {'error': {'message': 'Rate limit reached for "
        "gpt-4o', 'type': 'requests', 'code': 'rate_limit_exceeded'}}"])
    assert len(log_errors(tmp_path, capsys, chained)) == 1
    # A body announced by the line before it ("Content:"), after a blank line.
    dotnet = "\n".join([
        "Azure.RequestFailedException: Service request failed.", "Status: 429 (Too Many Requests)",
        "", "Content:", "",
        '{"error":{"code":"429","message":"Requests to the ChatCompletions_Create Operation under '
        'Azure OpenAI API have exceeded call rate limit."}}'])
    assert log_errors(tmp_path, capsys, dotnet) == [(1, "unknown", "rate-limited")]


# https://github.com/The-PR-Agent/pr-agent/issues/1678 (loguru's serialized record, cut)
LOGURU_QUOTA = (
    "\"Error during LLM inference: litellm.RateLimitError: RateLimitError: OpenAIException - "
    "Error code: 429 - {'error': {'message': 'You exceeded your current quota, please check your "
    "plan and billing details. For more information on this error, read the docs: https://"
    "platform.openai.com/docs/guides/error-codes/api-errors.', 'type': 'insufficient_quota', "
    "'param': None, 'code': 'insufficient_quota'}}\\n\", \"record\": {\"elapsed\": {\"repr\": "
    "\"0:00:32.160645\", \"seconds\": 32.160645}, \"exception\": null, \"extra\": {}, \"file\": "
    "{\"name\": \"litellm_ai_handler.py\", \"path\": \"/app/pr_agent/algo/ai_handlers/"
    "litellm_ai_handler.py\"}, \"function\": \"chat_completion\", \"level\": {\"icon\": \"⚠️\", "
    "\"name\": \"WARNING\", \"no\": 30}, \"line\": 319, \"message\": \"Error during LLM "
    "inference: litellm.RateLimitError: RateLimitError: OpenAIException - Error code: 429 - "
    "{'error': {'message': 'You exceeded your current quota, please check your plan and billing "
    "details. For more information on this error, read the docs: https://platform.openai.com/"
    "docs/guid\"")


def test_a_line_cut_inside_an_object_does_not_swallow_the_next_error(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    last = ROUTER_DEPLOYMENT_EXCEPTION.count("\n") + 1
    want = [(last, "unknown", "provider-server-error"), (last + 2, "openai", "quota-exhausted")]
    # After a blank line (no body a program prints holds one) ...
    assert log_errors(tmp_path, capsys, ROUTER_DEPLOYMENT_EXCEPTION, LOGURU_QUOTA) == want
    # ... or right after the cut line, an error of its own at a line's start.
    path = tmp_path / "cut.log"
    path.write_text(ROUTER_DEPLOYMENT_EXCEPTION + "\n" + LOGURU_QUOTA + "\n", encoding="utf-8")
    main(["explain", "--log", str(path), "--format", "json"])
    got = [(e["line"], e["origin"], e["cause"])
           for e in json.loads(capsys.readouterr().out)["errors"]]
    assert got == [want[0], (last + 1, "openai", "quota-exhausted")]


def test_a_traceback_cut_before_its_exception_line_ends_at_a_blank_line(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    cut = "\n".join(["Traceback (most recent call last):", '  File "/app/main.py", line 12, in run',
                     "    response = client.chat.completions.create("])
    assert log_errors(tmp_path, capsys, cut, CLAUDE_529_SPACES) == [
        (5, "anthropic", "provider-server-error")]


def test_a_wrapped_line_inside_a_string_still_goes_on(tmp_path: Path,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    # A console's wrap goes on indented, inside the string: the body is read whole.
    assert log_errors(tmp_path, capsys, CLAUDE_529_WRAPPED_MESSAGE) == [
        (1, "anthropic", "provider-server-error")]


def embedded(tmp_path: Path, capsys: pytest.CaptureFixture[str],
             *texts: str) -> tuple[list[tuple[int, str, str]], list[int]]:
    """`explain --log` on the texts, each after three ordinary lines: (errors, where each text
    starts)."""
    lines: list[str] = []
    first = []
    for i, text in enumerate(texts):
        lines += [ORDINARY[(i + k) % len(ORDINARY)] for k in range(3)]
        first.append(len(lines) + 1)
        lines += text.split("\n")
    lines += ORDINARY
    path = tmp_path / "mixed.log"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    main(["explain", "--log", str(path), "--format", "json"])
    return [(e["line"], e["origin"], e["cause"])
            for e in json.loads(capsys.readouterr().out)["errors"]], first


# https://github.com/TeamWiseFlow/xiaobei/issues/43 (docker compose prefix and stamps)
WISEFLOW_NO_KEY = "\n".join("2024-08-10 14:14:27 core-1  | " + line for line in [
    '  File "/usr/local/lib/python3.10/site-packages/openai/_client.py", line 105, in __init__',
    "    raise OpenAIError(",
    "openai.OpenAIError: The api_key client option must be set either by passing api_key to the "
    "client or by setting the OPENAI_API_KEY environment variable"])
# https://github.com/enricoros/big-AGI/issues/684
BIG_AGI_EAI_AGAIN = ('[Service Issue] Openai: fetch failed · {"errno":-3001,"code":"EAI_AGAIN",'
                     '"syscall":"getaddrinfo","hostname":"api.openai.com"}')
# https://github.com/datalab-to/marker/issues/822
MARKER_SSL = ("HTTPSConnectionPool(host='ollama.localhost', port=443): Max retries exceeded with "
              "url: /api/generate (Caused by SSLError(SSLCertVerificationError(1, '[SSL: "
              "CERTIFICATE_VERIFY_FAILED] certificate verify failed: unable to get local issuer "
              "certificate (_ssl.c:1028)')))")


def test_requests_that_got_no_answer_are_reported(tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    errors, first = embedded(tmp_path, capsys, AIOHTTP_REFUSED, WISEFLOW_NO_KEY,
                             BIG_AGI_EAI_AGAIN, MARKER_SSL, GO_TLS_ALERT)
    assert errors == [(first[0], "unknown", "connection-refused"),
                      (first[1] + 2, "unknown", "provider-auth-missing"),
                      (first[2], "unknown", "dns-failure"),
                      (first[3], "unknown", "tls-error"),
                      (first[4], "unknown", "tls-error"), (first[4] + 1, "unknown", "tls-error")]


def test_an_apps_own_words_alone_are_not_reported(tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    # A level word and an error word with nothing behind them: no status, no body, no socket
    # error, no client that would not send.
    errors, _ = embedded(tmp_path, capsys, "2026-11-28 10:00:01 ERROR job 17 timed out after 30s",
                         "2026-11-28 10:00:02 ERROR: invalid value for field 'age'",
                         "[worker] caught error: rate limit of the export queue reached",
                         "2026-11-28 10:00:03 WARN retrying connection to db in 5s")
    assert errors == []


# https://github.com/anthropics/claude-code/issues/91817 (the spinner's line)
CLAUDE_SPINNER = ("✻ 529 Overloaded · Retrying in 4s · attempt 6/10  ⎿  If it persists, check "
                  "https://status.claude.com.")
# https://github.com/letta-ai/letta/issues/98 (two attempts, each wrapped)
LETTA_BACKOFF = "\n".join([
    "acreate (backoff): caught error: Rate limit reached for gpt-4 in organization "
    "org-uL6ErIyeknQXybIzTsylefqn on tokens per min. Limit: 10000 / min. Please try again in "
    "6ms. Contact us",
    "through our help center at help.openai.com if you continue to have issues."] * 2)
# https://github.com/chenyme/grok2api/issues/731 (a Go error chain, pretty-printed)
GO_ERROR_CHAIN = "\n".join([
    "[", "  {", '    "type": "*url.Error",',
    '    "message": "Post \\"https://cli-chat-proxy.grok.com/v1/responses\\": http2: timeout '
    'awaiting response headers"', "  },", "  {", '    "type": "*http.http2httpError",',
    '    "message": "http2: timeout awaiting response headers"', "  }", "]"])
# https://github.com/ItzCrazyKns/Vane/issues/346 (Cloudflare's block page, its head cut off)
CF_PAGE_BODY = "\n".join([
    "</head>", "<body>", '  <div id="cf-wrapper">',
    '    <div class="cf-alert cf-alert-error cf-cookie-error" id="cookie-alert" '
    'data-translate="enable_cookies">Please enable cookies.</div>',
    '    <div id="cf-error-details" class="cf-error-details-wrapper">',
    '      <div class="cf-wrapper cf-header cf-error-overview">',
    '        <h1 data-translate="block_headline">Sorry, you have been blocked</h1>',
    '        <h2 class="cf-subheadline"><span data-translate="unable_to_access">You are unable '
    "to access</span> groq.com</h2>", "      </div>"])


def test_error_lines_the_first_filter_skipped_are_read(tmp_path: Path,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    errors, first = embedded(tmp_path, capsys, ROUTER_NO_DEPLOYMENTS, LETTA_BACKOFF,
                             CLAUDE_SPINNER, GO_ERROR_CHAIN, CF_PAGE_BODY, LANGCHAIN4J_RATE_LIMIT)
    assert errors == [
        *((first[0] + k, "unknown", "rate-limited") for k in range(3)),  # (":ERROR:")
        (first[1], "openai", "rate-limited"), (first[1] + 2, "openai", "rate-limited"),
        (first[2], "anthropic", "provider-server-error"),  # ("529 Overloaded")
        (first[3], "unknown", "timeout"),  # ("[", "{", then a key)
        (first[4], "cloudflare-edge", "edge-blocked"),  # (one page, from its "</head>")
        (first[5] + 15, "unknown", "rate-limited")]  # ("Caused by: ...RateLimitException")


# https://github.com/roryeckel/wyoming_openai/issues/42 (start-up probes, logged at INFO)
WYOMING_PROBES = "\n".join([
    "> INFO:__main__:Starting Wyoming OpenAI 0.3.10", "> ",
    '> INFO:httpx:HTTP Request: GET https://api.openai.com/v1/readyz "HTTP/1.1 404 Not Found"',
    "> ",
    '> INFO:httpx:HTTP Request: GET https://api.openai.com/health "HTTP/1.1 404 Not Found"',
    "> ",
    '> INFO:httpx:HTTP Request: GET https://api.openai.com/v1/test "HTTP/1.1 404 Not Found"',
    "> ", "> INFO:__main__:No Streaming ASR models specified"])


def test_a_health_probes_status_is_no_refused_call(tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    # /readyz and /health are the app asking whether the server is up; /v1/test is no probe
    # path of any convention: a 404 there is an answer like any other.
    assert log_errors(tmp_path, capsys, WYOMING_PROBES) == [(7, "openai", "unknown")]


def test_a_status_line_of_an_api_call_is_still_reported(tmp_path: Path,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    lines = ['INFO:httpx:HTTP Request: POST https://api.groq.com/openai/v1/chat/completions '
             '"HTTP/1.1 404 Not Found"',
             'INFO:httpx:HTTP Request: GET https://api.groq.com/openai/v1/models "HTTP/1.1 401 '
             'Unauthorized"']
    assert log_errors(tmp_path, capsys, *lines) == [(1, "groq", "model-not-found"),
                                                     (3, "groq", "provider-auth-invalid")]


# https://github.com/Link-AGI/AutoAgents/issues/26 (openai before 1.0, its local check)
OPENAI_V0_NO_KEY = "openai.error.AuthenticationError: No API key provided."
# https://github.com/microsoft/vscode-copilot-release/issues/743 (Copilot's output channel)
COPILOT_400 = "\n".join([
    "2024-01-12 17:00:31.354 [info] [chat fetch] url https://api.githubcopilot.com/chat/completions",
    "2024-01-12 17:00:31.355 [info] [chat fetch] modelMaxTokenWindow 4096",
    "2024-01-12 17:00:31.355 [info] [chat fetch] chat model gpt-4",
    "2024-01-12 17:00:31.478 [info] [chat fetch] request.response: [https://api.githubcopilot.com/"
    "chat/completions], took 122 ms",
    "2024-01-12 17:00:31.479 [info] [chat fetch] Request ID for failed request: ,49bda088-2c99-"
    "41a1-a514-2788a8c1d0ff",
    "2024-01-12 17:00:31.480 [info] [chat fetch] Unhandled status from server:,400,Bad Request"])


def test_an_old_sdks_missing_key_and_a_comma_joined_status_are_found(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert classify_pasted(OPENAI_V0_NO_KEY).answered is False
    assert log_errors(tmp_path, capsys, OPENAI_V0_NO_KEY) == [
        (1, "unknown", "provider-auth-missing")]
    assert classify_pasted(COPILOT_400.split("\n")[-1]).status == 400
    assert log_errors(tmp_path, capsys, COPILOT_400) == [(6, "unknown", "bad-request")]


def test_a_servers_missing_key_words_and_other_commas_are_no_such_signs() -> None:
    # The server's own words under the same class: it answered.
    assert classify_pasted("openai.error.AuthenticationError: You didn't provide an API key. You "
                           "need to provide your API key in an Authorization header using Bearer "
                           "auth").answered is not False
    assert classify_pasted("Processed batch,400,done").status is None
