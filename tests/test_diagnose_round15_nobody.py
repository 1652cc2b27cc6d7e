"""Errors where no provider answered (probe2 'nobody'): a TLS failure, a proxy that would not
open the tunnel, a resolver's or a socket's error, Node's fetch failure, each with the
provider's address or an SDK's or LiteLLM's provider tag around it. The address says where the
request was going, not who answered. Each family: texts that fire it, a look-alike that must
not."""

from __future__ import annotations

from diagnose_support import who as _said

from setup_wizard.diagnose.classify import classify_pasted

# -- A: the provider's host in a transport failure --------------------------------------------

def test_a_tls_failure_to_a_providers_host_is_no_answer() -> None:
    # https://github.com/acheong08/OpenAIAuth/issues/20
    assert _said("requests.exceptions.SSLError: HTTPSConnectionPool(host='explorer.api.openai.com"
                 "', port=443): Max retries exceeded with url: /api/auth/csrf (Caused by SSLError("
                 "SSLError(1, '[SSL: SSLV3_ALERT_HANDSHAKE_FAILURE] sslv3 alert handshake failure "
                 "(_ssl.c:1125)')))") == ("unknown", "tls-error")
    # https://github.com/promptslab/openai-detector/issues/9
    assert _said("HTTPSConnectionPool(host='api.openai.com', port=443): Max retries exceeded with "
                 "url: /v1/completions (Caused by SSLError(SSLEOFError(8, 'EOF occurred in "
                 "violation of protocol (_ssl.c:1125)')))") == ("unknown", "tls-error")
    # https://github.com/anthropics/claude-code/issues/8223
    assert _said("Unable to connect to Anthropic services\nFailed to connect to api.anthropic.com: "
                 "UNABLE_TO_GET_ISSUER_CERT_LOCALLY\nPlease check your internet connection and "
                 "network settings.\nNote: Claude Code might not be available in your country. "
                 "Check supported countries at https://anthropic.com/supported-countries"
                 ) == ("unknown", "tls-error")
    # https://github.com/continuedev/continue/issues/5578
    assert _said("[Extension Host] FetchError: request to https://api.anthropic.com/v1/messages "
                 "failed, reason: unable to get local issuer certificate") == ("unknown",
                                                                               "tls-error")
    # https://github.com/wwwzhouhui/Claude2-PyAPI/issues/12
    assert _said("Failed to perform, ErrCode: 35, Reason: 'BoringSSL SSL_connect: Connection was "
                 "reset in connection to anthropic.com:443 '") == ("unknown", "tls-error")


def test_claude_codes_preflight_with_a_status_is_an_answer() -> None:
    # https://github.com/coffeegrind123/gemini-for-claude-code/issues/7: someone answered 403.
    assert _said("Unable to connect to Anthropic services\n Failed to connect to api.anthropic."
                 "com: Request failed with status code 403\n Please check your internet "
                 "connection a")[1] == "permission-denied"


def test_a_proxy_that_would_not_open_the_tunnel_is_not_the_providers_400() -> None:
    # https://github.com/limaoyi1/Auto-PPT/issues/1
    text = ("Retrying langchain.llms.openai.completion_with_retry.<locals>._completion_with_retry "
            "in 4.0 seconds as it raised APIConnectionError: Error communicating with OpenAI: "
            "HTTPSConnectionPool(host='api.openai.com', port=443): Max retries exceeded with url: "
            "/v1/chat/completions (Caused by ProxyError('Cannot connect to proxy.', OSError("
            "'Tunnel connection failed: 400 Bad Request'))).")
    assert _said(text) == ("unknown", "unknown")
    # The same status from the server itself is an answer.
    assert classify_pasted("HTTP/1.1 400 Bad Request\n\n{\"error\": {\"message\": \"x\", "
                           "\"type\": \"invalid_request_error\"}}").status == 400


def test_a_resolver_or_socket_error_to_the_gemini_host_is_no_answer() -> None:
    # https://github.com/apoorvdarshan/fud-ai/issues/102
    assert _said('Unable to resolve host "generativelanguage.googleapis.com"') == (
        "unknown", "dns-failure")
    # https://github.com/Anxcye/anx-reader/issues/341
    assert _said("Request failed: DioException [connection error]: The connection errored: The "
                 "semaphore timeout period has expired.\nThis indicates an error which most likely "
                 "cannot be solved by the library.\nError: SocketException: The semaphore timeout "
                 "period has expired.\n(OS Error: The semaphore timeout period has expired.\n, "
                 "errno = 121), address = generativelanguage.googleapis.com, port = 8534"
                 ) == ("unknown", "timeout")
    # https://github.com/CY-CHENYUE/ComfyUI-Gemini-API/issues/8 (a title cut after the pool)
    assert _said("Gemini图像生成错误: HTTPSConnectionPool(host='generativelanguage.googleapis."
                 "com', port=443)") == ("unknown", "unknown")


def test_urllib3s_pool_before_a_servers_answer_is_not_set_aside() -> None:
    # Google's own words after the pool's prefix still name Google.
    assert _said("HTTPSConnectionPool(host='generativelanguage.googleapis.com', port=443): "
                 "[400 Bad Request] API key not valid. Please pass a valid API key.")[0] == "google"


# -- B: an SDK's or LiteLLM's provider-named wrapper around a local failure --------------------

def test_the_gemini_js_sdks_fetch_failure_names_no_one() -> None:
    # https://github.com/ammaarreshi/Gemini-Search/issues/18
    assert _said("[GoogleGenerativeAI Error]: Error fetching from https://generativelanguage."
                 "googleapis.com/v1beta/models/gemini-2.0-flash-exp:generateContent: fetch failed"
                 ) == ("unknown", "unknown")
    # https://github.com/cline/cline/issues/918
    assert _said("[GoogleGenerativeAI Error]: Error fetching from https://generativelanguage."
                 "googleapis.com/v1beta/models/gemini-2.0-flash-exp:streamGenerateContent?alt=sse"
                 ": fetch failed") == ("unknown", "unknown")
    # https://github.com/google-gemini/deprecated-generative-ai-js/issues/29
    assert _said("TypeError: fetch failed\n    at Object.fetch (node:internal/deps/undici/undici:"
                 "11576:11)\n    at process.processTicksAndRejections (node:internal/process/"
                 "task_queues:95:5)\n    at async makeRequest (/Users/yubowen/Desktop/MyPrivate/"
                 "node_modules/@google/generative-ai/dist/index.js:195:20)\n    at async "
                 "generateContentStream (/Users/yubowen/Desktop/MyPrivate/node_modules/@google/"
                 "generative-ai/dist/index.js:519:22)") == ("unknown", "unknown")
    # https://github.com/danny-avila/LibreChat/issues/2259 (cut before what decides)
    assert _said("error: [handleAbortError] AI response error; aborting request: "
                 "[GoogleGenerativeAI Error]: Error fetching from https://generativelanguage."
                 "googleapis.com... [truncated]") == ("unknown", "unknown")


def test_the_gemini_js_sdks_prefix_before_googles_answer_keeps_google() -> None:
    # https://github.com/itcon-pty-au/stremio-ai-search/issues/59
    text = ('Invalid Gemini API key: [GoogleGenerativeAI Error]: Error fetching from https://'
            'generativelanguage.googleapis.com/v1/models/gemini-2.0-flash:generateContent: '
            '[400 Bad Request] API key not valid. Please pass a valid API key. [{"@type":"type.'
            'googleapis.com/google.rpc.ErrorInfo","reason":"API_KEY_INVALID","domain":'
            '"googleapis.com","metadata":{"service":"generativelanguage.googleapis.com"}},{"@type'
            '":"type.googleapis.com/google.rpc.LocalizedMessage","locale":"en-US","message":'
            '"API key not valid. Please pass a valid API key."}]')
    assert _said(text) == ("google", "provider-auth-invalid")
    # The SDK's other errors (not a fetch) still name Google.
    assert _said("[GoogleGenerativeAI Error]: Candidate was blocked due to SAFETY")[0] == "google"


def test_litellms_provider_tag_around_a_local_failure_names_no_one() -> None:
    # https://github.com/BerriAI/litellm/issues/29430
    assert _said("litellm.InternalServerError: AnthropicException - [SSL: CERTIFICATE_VERIFY_FAILED"
                 "] certificate verify failed: self-signed certificate in certificate chain "
                 "(_ssl.c:1028). Handle with `litellm.InternalServerError`.") == ("unknown",
                                                                                   "tls-error")
    # https://github.com/OpenHands/OpenHands/issues/6027
    assert _said("openhands:ERROR: retry_mixin.py:47 - litellm.InternalServerError: "
                 "AnthropicException - [SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: "
                 "self-signed certificate in certificate chain (_ssl.c:1000). Handle with "
                 "`litellm.InternalServerError`.. Attempt #5 | You can customize retry values in "
                 "the configuration") == ("unknown", "tls-error")
    # https://github.com/crewAIInc/crewAI/issues/1624
    assert _said("ERROR: LiteLLM call failed: litellm.APIError: APIError: GroqException - "
                 "Connection error.") == ("unknown", "unknown")


def test_litellms_provider_tag_around_the_providers_own_words_keeps_it() -> None:
    text = ("litellm.RateLimitError: RateLimitError: GroqException - Rate limit reached for model "
            "`llama-3.3-70b-versatile` in organization `org_01abcdefghjkmnpqrstvwxyz12` on "
            "tokens per minute (TPM): Limit 6000, Used 5000, Requested 2000. Please try again in "
            "10s.")
    assert _said(text) == ("groq", "rate-limited")


# -- D and G: the mechanism's own words --------------------------------------------------------

def test_tls_failures_are_a_tls_error() -> None:
    # https://github.com/Aider-AI/aider/issues/2175
    assert _said("httpcore.ConnectError: [SSL: CERTIFICATE_VERIFY_FAILED] certificate verify "
                 "failed: unable to get local issuer certificate (_ssl.c:1000)") == (
        "unknown", "tls-error")
    # https://github.com/Andyyyy64/whichllm/issues/135 (a wrapped line)
    assert _said("Error fetching models: [SSL: CERTIFICATE_VERIFY_FAILED] certificate verify "
                 "failed: unable to\nget local issuer certificate (_ssl.c:1081)") == (
        "unknown", "tls-error")
    # https://github.com/anthropics/claude-code/issues/28859
    assert _said("API Error: Unable to connect to API: SSL certificate verification failed. Check "
                 "your proxy or corporate SSL certificates") == ("unknown", "tls-error")


def test_a_sentence_about_certificates_is_no_tls_error() -> None:
    assert _said("Please upload your SSL certificate in the dashboard.")[1] != "tls-error"
    assert _said('{"error": {"message": "Invalid certificate id", "type": '
                 '"invalid_request_error"}}', 400)[1] == "bad-request"


def test_windows_and_buns_socket_codes() -> None:
    # https://github.com/nishiwen1214/ChatReviewer/issues/17
    assert _said("openai.error.APIConnectionError: Error communicating with OpenAI: "
                 "HTTPSConnectionPool(host='api.openai.com', port=443): Max retries exceeded with "
                 "url: /v1/chat/completions (Caused by NewConnectionError('<urllib3.connection."
                 "HTTPSConnection object at 0x000001F748967F70>: Failed to establish a new "
                 "connection: [WinError 10060] 由于连接方在一段时间后没有正确答复或连接的"
                 "主机没有反应，连接尝试失败。'))") == ("unknown", "timeout")
    # https://github.com/anthropics/claude-code/issues/33355
    assert _said("API Error: Unable to connect to API (ConnectionRefused)") == (
        "unknown", "connection-refused")
    # Another code in the same sentence is not a refusal.
    assert _said("API Error: Unable to connect to API (ConnectionReset)")[1] != "connection-refused"


# -- E: local checks for a missing key ---------------------------------------------------------

def test_local_checks_for_a_missing_key() -> None:
    # https://github.com/langchain-ai/langgraph-studio/issues/9
    assert _said("Could not resolve authentication method. Expected either api_key or auth_token "
                 "to be set") == ("unknown", "provider-auth-missing")
    # https://github.com/plmbr/notebook-intelligence/issues/425
    assert _said('TypeError: "Could not resolve authentication method. Expected one of api_key, '
                 'auth_token, or credentials to be set. Or for one of the `X-Api-Key` or '
                 '`Authorization` headers to be explicitly omitted"') == (
        "unknown", "provider-auth-missing")
    # https://github.com/PipedreamHQ/pipedream/issues/21231 (the Cloudflare SDK)
    assert _said('"Could not resolve authentication method. Expected one of apiEmail, apiKey, '
                 'apiToken or userServiceKey to be set. Or for one of the X-Auth-Email, '
                 'X-Auth-Key, Authorization or X-Auth-User-Service-Key headers to be explicitly '
                 'omitted"')[1] == "provider-auth-missing"
    # https://github.com/chenfei-wu/TaskMatrix/issues/105
    assert _said("Did not find openai_api_key, please add an environment variable "
                 "`OPENAI_API_KEY` which contains it, or pass  `openai_api_key` as a named "
                 "parameter. (type=value_error)") == ("unknown", "provider-auth-missing")
    # https://github.com/krrishdholakia/betterprompt/issues/3
    assert _said("ValueError: Did not find OPENAI_API_KEY, please add an environment variable "
                 "`OPENAI_API_KEY` which contains it, or pass  OPENAI_API_KEY as a named "
                 "parameter.") == ("unknown", "provider-auth-missing")
    # https://github.com/chenfei-wu/TaskMatrix/issues/239 (inside pydantic's validation error)
    assert _said("ValidationError: 1 validation error for OpenAI\n__root__\n  Did not find "
                 "openai_api_key, please add an environment variable `OPENAI_API_KEY` which "
                 "contains it, or pass  `openai_api_key` as a named parameter. "
                 "(type=value_error)") == ("unknown", "provider-auth-missing")
    # https://github.com/Gua-tk/Linux-Auto-Customizer/issues/119
    assert _said('    openai.api_key = os.environ["OPENAI_API_KEY"]\n                     '
                 '~~~~~~~~~~^^^^^^^^^^^^^^^^^^\n  File "<frozen os>", line 679, in __getitem__\n'
                 "KeyError: 'OPENAI_API_KEY'") == ("unknown", "provider-auth-missing")
    # https://github.com/e2b-dev/E2B/issues/177
    assert _said("Error: The OPENAI_API_KEY environment variable is missing or empty; either "
                 "provide it, or instantiate the OpenAI client with an apiKey option, like new "
                 "OpenAI({ apiKey: 'my apiKey' }).") == ("unknown", "provider-auth-missing")


def test_validation_errors_that_are_no_missing_key_stay_what_they_were() -> None:
    # https://github.com/sgl-project/sglang/issues/17853: the server's request validator.
    assert _said("[2026-01-28 11:57:50] Chat processing failed, using fallback: 17 validation "
                 "errors for ChatCompletionRequest\nmessages.0.ChatCompletionMessageGenericParam."
                 "role\n  Value error, 'role' must be one of 'system', 'developer', 'assistant', "
                 "'tool', or 'function' (case-insensitive). [type=value_error, input_value='user', "
                 "input_type=str]") == ("unknown", "bad-request")
    # Another key's KeyError, or a dictionary's, is no key variable.
    assert _said("KeyError: 'choices'")[1] != "provider-auth-missing"
    assert _said("Did not find the file, please add it")[1] != "provider-auth-missing"


# -- G: an app's 500 around LiteLLM's own refusal; F: an app's own limiter ---------------------

def test_an_apps_500_around_litellms_routing_refusal_is_no_provider_failure() -> None:
    # https://github.com/rashadphz/farfalle/pull/93
    assert _said("500: LLM Provider NOT provided. Pass in the LLM provider you are trying to "
                 "call. You passed model=OpenAI/gpt-4o-mini Pass model as E.g. For 'Huggingface' "
                 "inference endpoints pass in completion(model='huggingface/starcoder',..) Learn "
                 "more: https://docs.litellm.ai/docs/providers") == ("unknown", "unknown")
    # A bare 500 with other words stays a server's failure.
    assert _said("500: Internal Server Error")[1] == "provider-server-error"


def test_an_apps_own_limiter_is_rate_limited() -> None:
    # https://github.com/Soulter/hugging-chat-api/issues/196
    assert _said("You are sending too many messages. Try again later.") == (
        "unknown", "rate-limited")
    # A conversation with too many messages is no limiter.
    assert _said("Error: the conversation has too many messages")[1] != "rate-limited"
    # A quota sentence stays a quota.
    assert _said("You exceeded your current quota, please check your plan and billing "
                 "details.")[1] == "quota-exhausted"
