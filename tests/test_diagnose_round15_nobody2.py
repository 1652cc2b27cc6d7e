"""Errors where no provider answered, second probe ('nobody2'): other clients' and languages'
words for a time-out, a failed TLS handshake, a failed look-up and a refused connection (Java,
ktor, Go, .NET, Rust, libcurl, Ruby, Dart, asyncio on Windows), an app's own plan limit, and
Anthropic's organisation CORS refusal. Each family: texts that fire it (verbatim from the
probe's sources), a look-alike that must not."""

from __future__ import annotations

from diagnose_support import who as _said

# -- A: a library's time-out to a provider's host: nobody answered ----------------------------

def test_a_library_timeouts_to_a_providers_host_name_no_one() -> None:
    # https://github.com/rd-1-2022/ai-openai-helloworld/issues/4 (Spring, java.net)
    assert _said('I/O error on POST request for "https://api.openai.com/v1/chat/completions": '
                 'Connection timed out: connect') == ("unknown", "timeout")
    # https://github.com/aallam/openai-kotlin/issues/157 (ktor inside openai-kotlin's class)
    assert _said("com.aallam.openai.api.exception.OpenAITimeoutException: Connect timeout has "
                 "expired [url=https://api.openai.com/v1/chat/completions, connect_timeout="
                 "unknown ms]") == ("unknown", "timeout")
    # https://github.com/aallam/openai-kotlin/issues/104
    assert _said("Caused by: io.ktor.client.network.sockets.ConnectTimeoutException: Connect "
                 "timeout has expired [url=https://api.openai.com/v1/completions, connect_timeout"
                 "=unknown ms]") == ("unknown", "timeout")
    # https://github.com/songquanpeng/one-api/issues/278 (Go's TLSHandshakeTimeout)
    assert _said('错误：Post "https://api.openai.com/v1/chat/completions": net/http: TLS '
                 'handshake timeout') == ("unknown", "timeout")


def test_a_host_beside_a_bare_timeout_word_names_no_one() -> None:
    # The generic guard: a time-out word and a host, no status, no body.
    assert _said("Request to https://api.anthropic.com/v1/messages timed out") == (
        "unknown", "timeout")


def test_a_openais_own_sentence_after_codexs_prefix_stays_openai() -> None:
    # https://github.com/openai/codex/issues/27684: OpenAI's streamed error, not a time-out.
    assert _said("stream disconnected before completion: An error occurred while processing your "
                 "request. You can retry your request, or contact us through our help center at "
                 "help.openai.com if the error persists. Please include the request ID "
                 "ec79568e-8bfd-4516-8b38-519f9f6a6b8e in your message.") == (
        "openai", "provider-server-error")


def test_a_a_providers_timeout_answer_with_a_status_keeps_its_status() -> None:
    # A 504 was an answer from someone: the status decides the cause, not the no-answer row.
    assert _said("Connect timeout has expired [url=https://api.openai.com/v1/chat/completions]",
                 504)[1] != "unknown"


# -- B: TLS in Go, .NET, Rust, libcurl ---------------------------------------------------------

def test_b_tls_failures_in_other_languages_are_tls_errors() -> None:
    texts = [
        # https://github.com/acheong08/ChatGPT-to-API/issues/7
        '{"error":"error sending requestPost \\"https://bypass.churchless.tech/api/conversation'
        '\\": x509: certificate signed by unknown authority"}',
        # https://github.com/acheong08/ChatGPT-to-API/issues/102
        'Location: begin\nStatus code: 0\nDetails:\nEmbedded error: Get "https://chat.openai.com/'
        'api/auth/csrf": x509: certificate signed by unknown authority',
        # https://github.com/sashabaranov/go-openai/issues/138
        '"https://api.openai.com/v1/chat/completions": remote error: tls: handshake failure',
        # https://github.com/OkGoDoIt/OpenAI-API-dotnet/issues/194
        "The SSL connection could not be established, see inner exception.",
        # https://github.com/akshaykokane/Multi-AI-Agent-System-with-SemanticKernel/issues/1
        '"Microsoft.SemanticKernal.HttpoperationException: the SSL connection could not be '
        'established, see inner exception.',
        # https://github.com/sigoden/aichat/issues/290
        "Failed to get answer\nCaused by:\n    error sending request for url (https://api.openai"
        ".com/v1/chat/completions): error trying to connect: tls handshake eof",
        # https://github.com/openai-php/client/issues/12
        "cURL error 60: SSL certificate problem: certificate has expired",
        # https://github.com/olrea/openai-cpp/issues/11
        "Getting:OpenAI curl_easy_perform() failed: SSL peer certificate or SSH remote key was "
        "not OK",
    ]
    for text in texts:
        assert _said(text) == ("unknown", "tls-error"), text


def test_b_dotnets_authentication_exception_is_the_handshakes_not_a_key() -> None:
    # https://github.com/microsoft/semantic-kernel/issues/10082
    text = ("{Microsoft.SemanticKernel.HttpOperationException: The SSL connection could not be "
            "established, see inner exception.\n\\---\\> System.ClientModel.ClientResultException"
            ": The SSL connection could not be established, see inner exception.\n\\---\\> "
            "System.Net.Http.HttpRequestException: The SSL connection could not be established, "
            "see inner exception.\n\\---\\> System.Security.Authentication.AuthenticationException"
            ": Authentication failed, see inner exception.\n\\---\\> Interop+AndroidCrypto+"
            "SslException: Exception of type 'Interop+AndroidCrypto+SslException' was thrown.")
    assert _said(text) == ("unknown", "tls-error")
    assert _said("System.Security.Authentication.AuthenticationException: Authentication failed, "
                 "see inner exception.")[1] != "provider-auth-invalid"


def test_b_a_real_authentication_refusal_stays_auth() -> None:
    # https://github.com/10cl/chatdev/issues/61 is read as Anthropic's (its envelope).
    assert _said('{"type":"error","error":{"type":"authentication_error","message":"CORS requests '
                 'must set \'anthropic-dangerous-direct-browser-access\' header"}}')[0] == \
        "anthropic"
    assert _said('{"type":"error","error":{"type":"authentication_error","message":"invalid '
                 'x-api-key"}}') == ("anthropic", "provider-auth-invalid")
    # The generic words without .NET's class are still a refused credential.
    assert _said("Authentication failed for this request")[1] == "provider-auth-invalid"


def test_b_look_alikes_of_tls_words_are_not_tls() -> None:
    assert _said("The model x509-certificate-checker does not exist")[1] == "model-not-found"


# -- C: Dart, Ruby, asyncio and Chinese Windows time-outs --------------------------------------

def test_c_other_runtimes_timeouts_are_timeouts() -> None:
    texts = [
        # https://github.com/anasfik/openai/issues/163
        "TimeoutException after 0:00:30.000000: Future not completed",
        # https://github.com/alexrudall/ruby-openai/pull/220
        "Net::ReadTimeout with #<TCPSocket:(closed)> (Net::ReadTimeout)",
        # https://github.com/patterns-ai-core/langchainrb/issues/1000
        "Conn close because of error Net::ReadTimeout",
        # https://github.com/chapyter/chapyter/issues/45
        "    raise OSError(err, f'Connect call failed {address}')\nTimeoutError: [Errno 10060] "
        "Connect call failed ('199.59.148.6', 443)",
        # https://github.com/xtekky/gpt4free/issues/2007
        "This error occurs：aiohttp.client_exceptions.ClientConnectorError: Cannot connect to host "
        "chatgpt.com:443 ssl:default [信号灯超时时间已到]",
    ]
    for text in texts:
        assert _said(text) == ("unknown", "timeout"), text


def test_c_look_alikes_are_not_timeouts() -> None:
    # Java's bare TimeoutException has no clock after it; Ruby's Net::HTTPUnauthorized is an
    # answer's class.
    assert _said("java.util.concurrent.TimeoutException")[1] != "timeout"
    assert _said("Net::HTTPUnauthorized 401 Incorrect API key provided: sk-abc. You can find your "
                 "API key at https://platform.openai.com/account/api-keys.") == (
        "openai", "provider-auth-invalid")


# -- D: Dart's and Windows' resolver words ------------------------------------------------------

def test_d_dart_and_windows_lookups_are_dns_failures() -> None:
    # https://github.com/anasfik/openai/issues/149
    assert _said("SocketException: Failed host lookup: 'api.openai.com' (OS Error: Host "
                 "sconosciuto. , errno = 11001)\nOS Error: Host sconosciuto. , errno = 11001") == (
        "unknown", "dns-failure")
    # https://github.com/alfianlosari/chatgpt_api_dart/issues/2
    assert _said("Failed host lookup: `api.openai.com`") == ("unknown", "dns-failure")


def test_d_look_alike_is_not_a_lookup() -> None:
    assert _said("errno = 110012: connection closed by the target machine")[1] != "dns-failure"


# -- F: an app's own plan limit ---------------------------------------------------------------

def test_f_an_apps_plan_limit_is_quota_exhausted_naming_no_one() -> None:
    texts = [
        # https://github.com/cursor/cursor/issues/3703
        "Error: You've hit your usage limit\n  Get Cursor Pro for more Agent usage, unlimited Tab, "
        "and more.\n  fallbackModel: \n  spendLimitHit: false\n  chatMessage: *You've hit your "
        "free requests limit. [Upgrade to \n  Pro](https://www.cursor.com/api/auth/checkoutDeep"
        "Control?tier=pro) for more usage, frontier models, Background Agents, \n  and more. Your "
        "usage limits will reset when your monthly cycle ends on 11/17/2025.*\n  spendLimits: "
        "[50,100,200]",
        # https://github.com/yuaotian/go-cursor-help/issues/582
        "You've hit your free requests limit. Upgrade to Pro for more usage, frontier models, "
        "Background Agents, and more. Your usage limits will reset when your monthly cycle ends "
        "on 8/24/2025",
        # https://github.com/kingparks/cursor-vip/issues/568
        "Too many free trial accounts used on this machine. Please upgrade to pro. We have this "
        "limit in place to prevent abuse. Please let us know if you believe this is a mistake.\n"
        "(Request ID: 3cd7b9cf-b257-4c78-9b8f-71f392bd20ae)",
        # https://github.com/yuaotian/go-cursor-help/issues/292
        "You've reached your trial request limit",
    ]
    for text in texts:
        assert _said(text) == ("unknown", "quota-exhausted"), text


def test_f_look_alikes_keep_their_reading() -> None:
    # A provider's quota sentence keeps its origin; a rate limit's upsell stays a rate limit;
    # an upsell with no limit says nothing.
    assert _said("You exceeded your current quota, please check your plan and billing details. "
                 "For more information on this error, read the docs: https://platform.openai.com/"
                 "docs/guides/error-codes/api-errors.") == ("openai", "quota-exhausted")
    assert _said("Rate limit exceeded. Upgrade to Pro for higher limits.")[1] == "rate-limited"
    assert _said("Upgrade to Pro to unlock Background Agents")[1] == "unknown"


# -- Control: Anthropic's organisation CORS refusal ----------------------------------------------

def test_anthropics_organisation_cors_refusal_is_anthropics() -> None:
    # https://github.com/anthropics/anthropic-sdk-typescript/issues/741
    sentence = ("CORS requests are not allowed for this Organization because of its settings. If "
                "you believe this in error, contact support at https://support.anthropic.com/.")
    assert _said(sentence) == ("anthropic", "permission-denied")
    assert _said('{"type":"error","error":{"type":"authentication_error","message":"' + sentence
                 + '"}}') == ("anthropic", "permission-denied")


def test_a_browsers_own_cors_block_names_no_one() -> None:
    # https://github.com/chatboxai/chatbox/issues/1202: the browser's words, no answer body.
    assert _said("Access to fetch at 'https://api.anthropic.com/v1/messages' from origin 'http://"
                 "localhost:3000' has been blocked by CORS policy: Response to preflight request "
                 "doesn't pass access control check: No 'Access-Control-Allow-Origin' header is "
                 "present on the requested resource. If an opaque response serves your needs, set "
                 "the request's mode to 'no-cors' to fetch the resource with CORS disabled.")[0] \
        == "unknown"
