"""Evidence added in session 11 (issue 13), from the rewritings of the tune half (a text cut at
its start or its end, as excerpts and loggers' line limits cut them: `rewrite_report.py`).
Each family fires on a real text cut so and stays silent on a look-alike."""

from __future__ import annotations

from diagnose_support import corpus_text, who

from setup_wizard.diagnose.classify import classify_pasted


def _end_cut(name: str) -> str:
    t = corpus_text(name)
    return t[: len(t) * 9 // 10]


def _start_cut(name: str) -> str:
    t = corpus_text(name)
    return t[len(t) // 10:]


def test_an_anthropic_request_id_cut_short_is_not_another_servers() -> None:
    cut = _end_cut("anthropic-400-credit-balance-too-low-provider-error-line-wayland-329.txt")
    assert cut.endswith('"request_id":"req')
    assert who(cut, 400) == ("anthropic", "quota-exhausted")
    # A whole id of another form still says another server wrote the envelope.
    other = cut + '_x","request_id":"05dc90a2730ea35969d3adad208b70fc"}'
    assert who(other.replace(',"request_id":"req_x"', ""), 400)[0] == "unknown"


def test_the_older_anthropic_envelope_is_not_read_from_a_cut_off_body() -> None:
    # Ollama's error ('api_error', then 'param' cut off): {error: {type, message}} alone is
    # Anthropic's older envelope only when nothing can follow it.
    cut = _end_cut("unknown-404-ollama-model-not-found-try-pulling-astrbot-chinese-wrapper-"
                   "astrbot-docs.txt")
    assert who(cut, 404)[0] == "unknown"
    assert who('{"error": {"type": "overloaded_error", "message": "Overloaded"}}', 529)[0] \
        == "anthropic"


def test_cloudflares_minimal_page_cut_before_its_closing_tag() -> None:
    cut = _end_cut("cloudflare-edge-502-plain-bad-gateway-in-front-of-mistral-committed-run-"
                   "output-autoformalization.txt")
    assert cut.endswith("<center>cloudflare</cente")
    assert who(cut) == ("cloudflare-edge", "edge-origin-error")
    # nginx's own page is no Cloudflare page.
    nginx = ("<html>\n<head><title>502 Bad Gateway</title></head>\n<body>\n<center><h1>502 Bad "
             "Gateway</h1></center>\n<hr><center>nginx</center>\n</body>\n</html>")
    assert who(nginx)[0] == "unknown"
    assert who(nginx.replace("nginx</center>", "cloudflared-proxy</center>"))[0] == "unknown"


def test_cloudflareds_502_cut_inside_its_sentence() -> None:
    cut = _end_cut("edge-502-cloudflared-unable-to-reach-origin-text-pollinations-4571.txt")
    assert "cloudflared" not in cut
    assert who(cut) == ("cloudflare-edge", "edge-origin-error")
    assert who("502 Bad Gateway\nUnable to reach the origin server")[0] == "unknown"


def test_the_api_permission_actor_cut_inside_the_permissions_name() -> None:
    cut = _end_cut("cloudflare-api-actor-requires-permission-zone-list-certbot-pluginerror-"
                   "certbot-8015.txt")
    assert who(cut) == ("cloudflare-api", "cloudflare-api-auth")
    assert who("Actor 'user@example.com' requires permission 'admin'")[0] == "unknown"


def test_a_python_keyword_argument_error_cut_inside_the_arguments_name() -> None:
    cut = _end_cut("unknown-litellm-openrouterexception-client-side-typeerror-top-k-cecli.txt")
    assert who(cut) == ("unknown", "bad-request")


def test_wranglers_failed_request_line_without_its_code() -> None:
    for name in ("api-10001-unable-to-authenticate-memberships-d1-workers-sdk-10117.txt",
                 "cloudflare-api-10000-wrangler-pages-upload-token-pages-action-112.txt"):
        cut = _end_cut(name)
        assert "[code:" not in cut
        assert who(cut) == ("cloudflare-api", "cloudflare-api-auth"), name
    # Another API's request line is not Cloudflare's.
    assert who("✘ [ERROR] A request to the GitHub API (/user) failed.")[0] == "unknown"


def test_a_code_above_wranglers_footer_is_the_apis() -> None:
    cut = _start_cut("api-9106-authentication-failed-status-400-memberships-workers-sdk-13857.txt")
    assert "A request to the Cloudflare API" not in cut
    assert who(cut, 400) == ("cloudflare-api", "cloudflare-api-auth")
    cut = _start_cut("cloudflare-api-10042-kv-namespace-not-valid-workers-builds-log-kapp.txt")
    assert who(cut)[0] == "cloudflare-api"
    # A [code: N] with no wrangler footer says nothing of who sent it.
    assert who("Upload failed. [code: 10042]\nSee the logs.")[0] == "unknown"


def test_unknown_request_url_is_both_groqs_and_openais_words() -> None:
    words = ('{"error": {"message": "Unknown request URL: POST /v1/v1/chat/completions. Please '
             'check the URL for typos, or see the docs at %s", "type": "invalid_request_error", '
             '"code": "unknown_url"}}')
    assert who(words % "https://console.groq.com/docs/", 404) == ("groq", "bad-request")
    assert who(words % "https://platform.openai.com/docs/api-reference/", 404) == (
        "openai", "bad-request")
    cut = _start_cut("openai-404-unknown-url-doubled-v1-through-ai-gateway-chinese-chat-app.txt")
    assert who(cut, 404) == ("openai", "bad-request")
    # The words alone, cut before the link, do not decide.
    assert who(corpus_text("groq-404-unknown-url-v1-pretty-json-cut-continue-3697.txt"), 404) == (
        "unknown", "bad-request")


def test_the_challenge_page_without_its_title() -> None:
    for name in ("edge-challenge-just-a-moment-dsk-apierror-deepseek4free-3.txt",
                 "edge-challenge-just-a-moment-html-cut-upwork-python-12.txt",
                 "cloudflare-edge-403-just-a-moment-challenge-terminal-wrapped-codex-cli.txt"):
        cut = _start_cut(name)
        assert "Just a moment" not in cut, name
        assert who(cut) == ("cloudflare-edge", "edge-blocked"), name
    # Another page's reset style sheet is not the challenge's.
    other = ("<html><head><style>*{box-sizing:border-box;margin:0;padding:0}html{line-height:1.5;"
             "color:#222}</style></head><body>Service Unavailable</body></html>")
    assert who(other, 503)[0] == "unknown"


def test_the_challenge_pages_rendered_text() -> None:
    cut = _start_cut("edge-challenge-rendered-text-checking-connection-secure-telegram-serverless"
                     "-6.txt")
    assert "Checking" not in cut
    assert who(cut) == ("cloudflare-edge", "edge-blocked")
    assert who("Please review the security settings of your connection before you proceed."
                 )[0] == "unknown"


def test_the_end_of_a_page_before_a_stack_trace() -> None:
    cut = _start_cut("edge-403-nginx-style-cloudflare-openai-node-headers-mi-gpt-33.txt")
    assert "<html>" not in cut
    assert who(cut, 403) == ("cloudflare-edge", "edge-blocked")
    # The end of nginx's page is nginx's.
    assert who("<center>nginx</center>\n</body>\n</html>\n    at APIError.generate (x.js:1:1)",
                 403)[0] == "unknown"


def test_vercels_timeout_codes_are_the_apps_own_servers_time_out() -> None:
    for text in ("An error occurred with your deployment\n\nFUNCTION_INVOCATION_TIMEOUT",
                 "Woops! An error occurred with your deployment EDGE_FUNCTION_INVOCATION_TIMEOUT",
                 "504: GATEWAY_TIMEOUT\nCode: MIDDLEWARE_INVOCATION_TIMEOUT"):
        assert who(text) == ("unknown", "timeout"), text
    # Another of its codes is no time-out.
    assert who("An error occurred with your deployment\n\nDEPLOYMENT_NOT_FOUND")[1] != "timeout"


def test_cloudflares_php_sdk_carries_the_apis_own_words() -> None:
    text = corpus_text("cloudflare-api-invalid-request-headers-php-sdk-responseexception-"
                       "codeigniter-cloudflare-php-218.txt")
    assert who(text) == ("cloudflare-api", "cloudflare-api-auth")
    # The same words from no Cloudflare client say nothing of who sent them.
    assert who("Type: ResponseException\n\nMessage: Invalid request headers")[0] == "unknown"


def test_a_response_dump_joined_on_one_line() -> None:
    text = " ".join(corpus_text("mistral-403-tier-not-allowed-http2-correlation-id-dump-ai-"
                                "engine-11.txt").split("\n"))
    d = classify_pasted(text)
    assert (d.origin, d.cause) == ("mistral", "permission-denied")
    assert any("on one line" in e for e in d.evidence)
    # A status line whose reason has a colon, with its headers on the lines below, is read
    # as before.
    dump = ("HTTP/1.1 401 Unauthorized: bad key\nx-groq-region: us-west-1\ncontent-type: "
            "application/json\n\n{\"error\":{\"message\":\"Invalid API Key\",\"type\":"
            "\"invalid_request_error\",\"code\":\"invalid_api_key\"}}")
    d = classify_pasted(dump)
    assert d.origin == "groq" and not any("on one line" in e for e in d.evidence)


def test_a_loggers_prefix_on_the_lines_before_a_traceback() -> None:
    text = corpus_text("openai-429-insufficient-quota-flutter-dio-chat-gpt-sdk-1.txt") + \
        '\nTraceback (most recent call last):\n  File "app.py", line 42\n'
    assert who(text) == ("openai", "quota-exhausted")
    # Two lines are no logger's run.
    assert who("> flutter: Error [429]\n> Data: quota\nTraceback (most recent call last):"
                 )[0] == "unknown"


def test_google_apis_front_end_header_in_gos_list_form() -> None:
    cut = _end_cut("google-antigravity-http-500-internal-esf-headers-open-antigravity-patcher-"
                   "13.txt")
    assert '"Server":["ESF"]' in cut
    assert who(cut, 500) == ("google", "provider-server-error")
    # Another front end's name is not Google's.
    assert who('HTTP 500 {"Server":["nginx"]}\n\n{\n  "error": {\n    "code":', 500)[0] == \
        "unknown"


def test_an_api_code_labelled_beside_its_own_words() -> None:
    cut = _end_cut("cloudflare-api-6003-6103-x-auth-key-format-ansible-fatal-line-patxav-7.txt")
    assert who(cut, 400) == ("cloudflare-api", "cloudflare-api-auth")
    # A code of the table beside other words is no Cloudflare answer.
    assert who("Error details: code: 6003, error: Invalid model name", 400)[0] == "unknown"


def test_cloudflares_python_sdk_names_the_api() -> None:
    # The class alone, its body cut before the envelope shows.
    line = ("  File \"/usr/lib/python3/dist-packages/cloudflare/_base_client.py\", line 1037\n"
            "cloudflare.PermissionDeniedError: Error code: 403 - ")
    assert who(line)[0] == "cloudflare-api"
    # Another package's error of the same name is not Cloudflare's SDK.
    assert who("mycloudflare.PermissionDeniedError: Error code: 403 - ")[0] == "unknown"
    assert who("pycloudflare_dns.cloudflare.PermissionDeniedError: 403")[0] == "unknown"


def test_a_request_over_a_byte_size_limit_whatever_its_status_name() -> None:
    # Gemini's FAILED_PRECONDITION for a message over its size limit, relayed by OpenRouter.
    text = corpus_text("openrouter-provider-returned-error-google-message-size-jsonl-surfsense.txt")
    assert who(text) == ("openrouter", "request-too-large")
    # FAILED_PRECONDITION for a region is still a refusal of the caller.
    assert who('{"error": {"code": 400, "message": "User location is not supported for the API '
               'use.", "status": "FAILED_PRECONDITION"}}', 400)[1] == "permission-denied"


def test_crushs_openai_client_label_is_no_vote_for_openai() -> None:
    text = corpus_text("openrouter-stream-500-internal-server-error-crush-json-log-gehirn.txt")
    assert who(text)[0] == "unknown"
    # OpenAI's own code in the same client's record still says OpenAI.
    quota = text.replace('{\\"message\\":\\"Internal Server Error\\",\\"code\\":500}',
                         '{\\"message\\":\\"You exceeded your current quota, please check your '
                         'plan and billing details.\\",\\"type\\":\\"insufficient_quota\\",'
                         '\\"param\\":null,\\"code\\":\\"insufficient_quota\\"}')
    assert quota != text and who(quota)[0] == "openai"
    # Another app's "OpenAI API error" is still its label for the OpenAI API.
    d = classify_pasted("OpenAI API error: upstream failed")
    assert any("the client says it called the OpenAI API" in e for e in d.evidence)


def test_a_type_only_anthropic_writes_still_names_it_in_a_cut_body() -> None:
    cut = _end_cut("anthropic-request-too-large-go-gateway-exe-dev-8.txt")
    assert '"type": "request_too_large"' in cut
    assert who(cut, 413) == ("anthropic", "request-too-large")
