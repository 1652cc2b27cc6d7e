"""Evidence added in round 16 from the otheredge probe (error pages of edges and proxies that
are not Cloudflare's), the status probe (little more than a status and a generic phrase) and
the gateway probe's family G. Each family fires on its source's verbatim text and stays silent
on a look-alike (another server's page, a generic sentence)."""

from __future__ import annotations

from diagnose_support import who

# -- Cloudflare's 5xx page title inside a client's wrapper (otheredge A, gateway G) ----------
# https://github.com/anthropics/claude-code/issues/6781
CC_TITLE = ("API Error (api.anthropic.com | 504: Gateway time-out) · Retrying in 1 seconds… "
            "(attempt 1/10)")


def test_the_5xx_pages_title_inside_a_clients_wrapper_is_the_edges() -> None:
    assert who(CC_TITLE) == ("cloudflare-edge", "edge-origin-error")
    assert who(CC_TITLE, 504) == ("cloudflare-edge", "edge-origin-error")
    # After a Chinese app's semicolon (search index), and after a colon.
    assert who("HTTP 504；pumpkinai.vip | 504: Gateway time-out") == \
        ("cloudflare-edge", "edge-origin-error")
    assert who("Error: api.openai.com | 502: Bad gateway")[0] == "cloudflare-edge"


def test_a_title_of_another_form_in_a_wrapper_is_not_the_edges() -> None:
    # A site's own title in the same form, but not the template's words.
    assert who("API Error (api.example.com | 502: upstream unavailable)")[0] == "unknown"
    # nginx's page names no host in its title (https://github.com/AKSW/text2sparql.aksw.org/
    # issues/151).
    nginx = ("<html>\n<head><title>502 Bad Gateway</title></head>\n<body>\n<center><h1>502 Bad "
             "Gateway</h1></center>\n<hr><center>nginx</center>\n</body>\n</html>")
    assert who(nginx) == ("unknown", "provider-server-error")
    # A 504 in a provider's own JSON is no page title.
    assert who('API Error: 504 {"error":{"message":"Gateway time-out"}}')[0] == "unknown"


# -- Groq's "Invalid API Key" only as its whole message (otheredge B) -------------------------
# https://github.com/BerriAI/litellm/pull/37905 (LiteLLM relaying AWS Bedrock's refusal)
BEDROCK_FORMAT = ('{"error":{"message":"{\\"Message\\":\\"Invalid API Key format: Must start '
                  'with pre-defined prefix\\"}No fallback model group found for original '
                  'model_group=claude-bedrock-sig')


def test_bedrocks_key_format_sentence_is_not_groqs() -> None:
    assert who(BEDROCK_FORMAT) == ("unknown", "provider-auth-invalid")
    assert who(BEDROCK_FORMAT, 403) == ("unknown", "provider-auth-invalid")
    assert who('{"Message":"Invalid API Key format: Must start with pre-defined prefix"}',
               403) == ("unknown", "provider-auth-invalid")


def test_groqs_own_invalid_api_key_still_names_groq() -> None:
    groq = ('{"error":{"message":"Invalid API Key","type":"invalid_request_error",'
            '"code":"invalid_api_key"}}')
    assert who(groq, 401) == ("groq", "provider-auth-invalid")
    assert who("AuthenticationError: 401 Invalid API Key") == ("groq", "provider-auth-invalid")
    # On its own log line before another: the next line's words are no continuation (the text
    # is read with its line breaks folded).
    assert who("[error]: Invalid API Key\ngiving up") == ("groq", "provider-auth-invalid")


# -- Azure's "invalid subscription key", whatever its ending (otheredge C) ---------------------
# https://github.com/MicrosoftDocs/azure-docs/issues/21052
AZURE_SUBSCRIBED = ("{'error': {'code': 'Unspecified', 'message': 'Access denied due to invalid "
                    "subscription key. Make sure you are subscribed to an API you are trying to "
                    "call and provide the right key.'}}")
# https://github.com/felixrieseberg/project-oxford/issues/24 (its status left out here)
AZURE_ACTIVE = ('{ "message": "Access denied due to invalid subscription key. Make sure to '
                'provide a valid key for an active subscription." }')


def test_azures_subscription_key_refusal_is_a_wrong_key_in_any_ending() -> None:
    assert who(AZURE_SUBSCRIBED) == ("unknown", "provider-auth-invalid")
    assert who(AZURE_ACTIVE) == ("unknown", "provider-auth-invalid")


def test_access_denied_alone_is_no_key_refusal() -> None:
    # Akamai's page (https://github.com/hyperion-cs/dpi-checkers/issues/57).
    akamai = ('Access Denied\nYou don\'t have permission to access "http://oldsaybrookvw.com/" '
              'on this server.\n\nReference #18.2f580317.1772098100.2b6a23ca\n\n'
              'https://errors.edgesuite.net/18.2f580317.1772098100.2b6a23ca')
    assert who(akamai, 403) == ("unknown", "unknown")
    assert who("Access denied due to invalid subscription plan")[1] != "provider-auth-invalid"


# -- other proxies' own 5xx sentences, no status needed (otheredge D) --------------------------
# https://github.com/hahnicity/flowzillow/issues/5
CLOUDFRONT_502 = ("ERROR\n\nThe request could not be satisfied.\n\nCloudFront wasn't able to "
                  "connect to the origin. \nGenerated by cloudfront (CloudFront)\nRequest ID: xxx")
# https://github.com/Kong/kong/issues/4661
KONG_502 = "An invalid response was received from the upstream server."
# https://github.com/wepay/NodeJS-SDK/issues/11
FASTLY_503 = ('?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML '
              '1.0 Strict//EN"\n "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">\n<html>\n'
              '  <head>\n    <title>503 first byte timeout</title>\n  </head>\n  <body>\n    '
              '<h1>Error 503 first byte timeout</h1>\n    <p>first byte timeout</p>\n    <h3>'
              'Guru Mediation:</h3>\n    <p>Details: cache-lax1431-LAX 1469176127 1060265685</p>'
              '\n    <hr>\n    <p>Varnish cache server</p>\n  </body>\n</html>')


def test_cloudfronts_and_kongs_own_sentences_say_the_server_behind_failed() -> None:
    assert who(CLOUDFRONT_502) == ("unknown", "provider-server-error")
    assert who(KONG_502) == ("unknown", "provider-server-error")
    # Kong's 503 and 504 bodies (kong/error_handlers.lua).
    assert who('{"message":"The upstream server is currently unavailable"}') == \
        ("unknown", "provider-server-error")
    assert who('{"message":"The upstream server is timing out"}') == ("unknown", "timeout")


def test_upstream_alone_is_no_kong_sentence() -> None:
    # Relays' own words about their upstream, and CloudFront's WAF refusal.
    assert who("Upstream request failed") == ("unknown", "unknown")
    assert who("invalid response from upstream") == ("unknown", "unknown")
    blocked = ("403 ERROR\nThe request could not be satisfied.\nRequest blocked. We can't "
               "connect to the server for this app or website at this time.\nGenerated by "
               "cloudfront (CloudFront)")
    assert who(blocked, 403)[1] != "provider-server-error"


def test_a_proxys_page_that_says_it_timed_out_is_a_time_out() -> None:
    assert who(FASTLY_503) == ("unknown", "timeout")
    assert who(FASTLY_503, 503) == ("unknown", "timeout")


def test_a_page_whose_words_name_no_time_out_keeps_its_status() -> None:
    varnish = ("<html><head><title>503 Backend fetch failed</title></head><body><h1>Error 503 "
               "Backend fetch failed</h1><p>Backend fetch failed</p><hr><p>Varnish cache server"
               "</p></body></html>")
    assert who(varnish) == ("unknown", "provider-server-error")
    # A setting's name in the page's script is not its reason.
    scripted = ("<html><head><title>502 Bad Gateway</title><script>var timeout = 5000;</script>"
                "</head><body><h1>502 Bad Gateway</h1></body></html>")
    assert who(scripted) == ("unknown", "provider-server-error")


# -- "529 Overloaded" in a client's sentence is a hint, not Anthropic (status 1) ----------------
# https://github.com/xvirobotics/metabot/issues/192 (MiniMax answered),
# https://github.com/Alishahryar1/free-claude-code/issues/1283 (NVIDIA NIM)
REPEATED_529 = "API Error: Repeated 529 Overloaded errors"


def test_claude_codes_repeated_529_sentence_names_no_one() -> None:
    assert who(REPEATED_529) == ("unknown", "provider-server-error")
    assert who(REPEATED_529 + ".") == ("unknown", "provider-server-error")


def test_anthropics_own_overload_still_names_anthropic() -> None:
    # Its envelope and id (https://github.com/anthropics/claude-code/issues/41628).
    enveloped = ('API Error: 529 {"type":"error","error":{"type":"overloaded_error","message":'
                 '"Overloaded"},"request_id":"req_011CZbiHognn1znP8MCgREwD"}')
    assert who(enveloped) == ("anthropic", "provider-server-error")
    # Claude Code's newer template, with its link to Anthropic's status page.
    template = ("API Error: 529 Overloaded. This is a server-side issue, usually temporary — try "
                "again in a moment. If it persists, check https://status.claude.com/.")
    assert who(template) == ("anthropic", "provider-server-error")


# -- a client's "OpenAI API error:" label names the API kind, not OpenAI (status 2) -------------
# https://github.com/FoundationAgents/OpenManus/issues/910 (DeepSeek behind it), #820
def test_a_clients_openai_label_over_a_bare_status_names_no_one() -> None:
    assert who("app.llm:ask_tool:762 - OpenAI API error: Error code: 400") == \
        ("unknown", "bad-request")
    assert who("OpenAI API error: Error code: 400") == ("unknown", "bad-request")


def test_openais_own_words_under_the_label_still_name_openai() -> None:
    # OpenAI's URL and its own sentence (https://github.com/mggger/chatgpt-bot-dingding/issues/6).
    assert who("OpenAI API error: 429 for url: https://api.openai.com/v1/chat/completions")[0] \
        == "openai"
    said = ("error_code=None error_message='The server had an error processing your request. "
            "Sorry about that! You can retry your request, or contact us through our help "
            "center at help.openai.com if the error persists.' error_param=None "
            "error_type=server_error message='OpenAI API error received' stream_error=False")
    assert who(said) == ("openai", "provider-server-error")


# -- an SDK's status-bound class under tenacity's RetryError (status 3) ------------------------
# https://github.com/HuaYaoAI/FinGenius/issues/18, https://github.com/DivergerThinking/pycodedoc/
# issues/1, https://github.com/Cinnamon/kotaemon/issues/209
def test_a_status_bound_class_in_a_retry_wrapper_says_its_status() -> None:
    assert who("Error: RetryError[<Future at 0x7f7f8984c6e0 state=finished raised "
               "InternalServerError>]") == ("unknown", "provider-server-error")
    assert who("RetryError: RetryError[<Future at 0x293108e5990 state=finished raised "
               "AuthenticationError>]") == ("unknown", "provider-auth-invalid")
    assert who("tenacity.RetryError: RetryError[<Future at 0x7f89dc3d1250 state=finished raised "
               "AuthenticationError>]") == ("unknown", "provider-auth-invalid")


def test_a_class_with_no_status_in_a_retry_wrapper_says_nothing() -> None:
    # The base class (https://github.com/Cinnamon/kotaemon/issues/148) and a Python error
    # (https://github.com/FoundationAgents/MetaGPT/issues/1607).
    assert who("tenacity.RetryError: RetryError[<Future at 0x7facc8713520 state=finished raised "
               "APIStatusError>]") == ("unknown", "unknown")
    assert who("tenacity.RetryError: RetryError[<Future at 0x7f0a4fef12b0 state=finished raised "
               "AssertionError>]") == ("unknown", "unknown")
    # A status-bound name that was only mentioned, not raised by the future.
    assert who("retrying on InternalServerError and RateLimitError")[1] != "provider-server-error"


# -- the OpenAI SDK before 1.0: "(HTTP response code was N)" (status 4) -------------------------
# https://github.com/lm-sys/FastChat/issues/1475
FASTCHAT_500 = ("openai.error.APIError: Invalid response object from API: '{\"object\":\"error\","
                "\"message\":\"\",\"code\":50001}' (HTTP response code was 500)")


def test_the_old_sdks_response_code_is_the_status() -> None:
    assert who(FASTCHAT_500) == ("unknown", "provider-server-error")
    assert who("Invalid response object from API: '{\"detail\":\"Not Found\"}' (HTTP response "
               "code was 404)")[1] == "bad-request"


def test_its_envelope_still_names_no_mistral_and_prose_is_no_status() -> None:
    # FastChat's lower-case object "error" with its own integer code is not Mistral's.
    assert who(FASTCHAT_500)[0] == "unknown"
    assert who('{"object":"error","message":"","code":50001}') == ("unknown", "unknown")
    assert who("the HTTP response code was 500 before the retry") == ("unknown", "unknown")


# -- a 401 whose words say no key came is a missing key (status 5) ------------------------------
# https://github.com/farion1231/cc-switch/issues/6816
MISSING_401 = 'unexpected status 401 Unauthorized: {"detail":"missing api key"}'


def test_a_401_saying_the_key_was_missing_is_a_missing_key() -> None:
    assert who(MISSING_401) == ("unknown", "provider-auth-missing")
    assert who('{"detail":"missing api key"}', 401) == ("unknown", "provider-auth-missing")


def test_a_401_about_a_wrong_key_or_missing_scopes_is_not_missing() -> None:
    assert who('unexpected status 401 Unauthorized: {"detail":"invalid api key"}') == \
        ("unknown", "provider-auth-invalid")
    # https://github.com/openai/codex/issues/31412: "Missing" goes with the scopes.
    scopes = ("unexpected status 401 Unauthorized: You have insufficient permissions for this "
              "operation. Missing scopes: api.responses.write. Check that you have the correct "
              "role in your organization (Reader, Writer, Owner) and project (Member, Owner), "
              "and if you're using a restricted API key, that it has the necessary scopes., "
              "url: https://api.openai.com/v1/responses")
    assert who(scopes) == ("openai", "permission-denied")


# -- another inference vendor's own 5xx keeps its cause (status 6) -----------------------------
# https://github.com/huggingface/huggingface_hub/issues/2913
HF_503 = ("503 Server Error: Service Temporarily Unavailable for url: https://router.huggingface"
          ".co/hf-inference/models/mistralai/Mistral-7B-v0.1")


def test_another_vendors_own_5xx_is_a_server_error() -> None:
    assert who(HF_503) == ("unknown", "provider-server-error")
    assert who("500 Server Error: Internal Server Error for url: https://api.deepseek.com/chat/"
               "completions") == ("unknown", "provider-server-error")


def test_a_relay_failing_for_itself_still_has_no_cause() -> None:
    # The model's path segment names no Mistral.
    assert who(HF_503)[0] == "unknown"
    # gpt-load's own words (https://github.com/tbphp/gpt-load/issues/528).
    assert who('level=warning msg="[DATA] Request completed" status=error http=503 '
               'err_msg="No available upstream candidate."') == ("unknown", "unknown")
    # A relay's own request id beside a vendor's host: the relay answered.
    assert who("500 (request id: 20250715191306787520951i8nD7yRe) for url: "
               "https://api.deepseek.com/chat/completions") == ("unknown", "unknown")


# -- Google's quota-metric sentence, retyped in lower case (status 7) ---------------------------
# https://github.com/google-gemini/gemini-cli/issues/13305
QUOTA_METRIC = ("quota exceeded for quota metric Provisioned requests and Limit Provisioned "
                "requests per minute of service managedprojects.googleapis.com for consumer "
                "project_number:XXXXXXXXX")


def test_googles_quota_metric_sentence_in_any_case_is_googles_rate_limit() -> None:
    assert who(QUOTA_METRIC) == ("google", "rate-limited")
    # As Google writes it (https://github.com/google-gemini/gemini-cli/issues/2047).
    assert who("Quota exceeded for quota metric 'Gemini 2.5 Pro Requests' and limit 'Gemini 2.5 "
               "Pro Requests per day per user per tier' of service 'cloudcode-pa.googleapis.com' "
               "for consumer 'project_number:681255809395'.") == ("google", "rate-limited")


def test_a_quota_without_googles_metric_words_is_no_google_rate_limit() -> None:
    # DeepSeek's balance (https://github.com/continuedev/continue/issues/11387), a plan's quota.
    assert who("402 Insufficient Balance") == ("unknown", "quota-exhausted")
    assert who("Error: monthly quota exceeded for your plan") == ("unknown", "quota-exhausted")
