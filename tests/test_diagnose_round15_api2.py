"""Cloudflare API v4 errors as real tools print them, second probe (cfapi2): each family with
texts that fire it (verbatim from the public sources named beside them) and a look-alike that
must not."""

from __future__ import annotations

from diagnose_support import who as _said

_WRANGLER = "✘ [ERROR] A request to the Cloudflare API ({path}) failed.\n\n  {note}"


# -- N1: the API's message words outside the cause table ------------------------------------------
def test_plain_not_found_and_pages_project_sentence_are_a_route() -> None:
    # workers-sdk#9418 (R2 10085)
    assert _said(_WRANGLER.format(
        path="/accounts/b791aad57c8af028319cc99f2cc7a740/workers/scripts/andaman-travel-worker",
        note="R2 bucket 'r2cache' not found. Please use a different name and try again. "
             "[code: 10085]")) == ("cloudflare-api", "cloudflare-api-route")
    # microfeed#7 (node's util.inspect of the envelope, Pages 8000007)
    assert _said("{\n  result: null,\n  success: false,\n  errors: [\n    {\n      code: 8000007,"
                 "\n      message: 'Project not found. The specified project name does not match "
                 "any of your existing projects.'\n    }\n  ],\n  messages: []\n}") == (
        "cloudflare-api", "cloudflare-api-route")


def test_validator_refusals_are_bad_requests() -> None:
    # terraform-provider-cloudflare#6275 (1003)
    assert _said('│ Error: error updating load balancer for zone: value not unique (1003)\n│ \n'
                 '│   with module.xyz.cloudflare_load_balancer.xyz["0"],\n│   on ../../xyz.tf line'
                 ' 71, in resource "cloudflare_load_balancer" "xyz":\n│   71: resource '
                 '"cloudflare_load_balancer" "xyz" {') == ("cloudflare-api", "bad-request")
    # workers-sdk#2517 (10021, the code on its own line)
    assert _said("✘ [ERROR] A request to the Cloudflare API (/accounts/****/workers/scripts/***) "
                 "failed.\n\n  Error: Script startup exceeded CPU time limit.\n   [code: 10021]"
                 ) == ("cloudflare-api", "bad-request")
    # workers-sdk#10080 (10021, the _redirects validator)
    assert _said("✘ [ERROR] A request to the Cloudflare API (/accounts/xxx/workers/scripts/my-web/"
                 "versions) failed.\n  Invalid _redirects configuration:\n  Line 1: Infinite loop "
                 "detected in this rule. This would cause a redirect to strip `.html` or `/index` "
                 "and end up triggering this rule again. [code: 10021]") == (
        "cloudflare-api", "bad-request")


def test_a_plan_the_account_lacks_is_permission_denied() -> None:
    # workers-sdk#4042 (Vectorize 1005)
    assert _said(_WRANGLER.format(path="/accounts/**my id**/vectorize/indexes",
                                  note="vectorize.not_entitled [code: 1005]")) == (
        "cloudflare-api", "permission-denied")
    # terraform-provider-cloudflare#2069 (1104)
    assert _said('╷\n│ Error: error creating zone "test.example.com": Partial zone signup not '
                 'allowed (1104)\n│\n│   with cloudflare_zone.zone,\n│   on zones.tf line 1, in '
                 'resource "cloudflare_zone" "zone":\n│    1: resource "cloudflare_zone" "zone" {'
                 '\n│\n╵') == ("cloudflare-api", "permission-denied")


def test_message_rows_keep_the_model_and_method_rows_first() -> None:
    # A model not found is the model's; a method not allowed is a route, not a plan.
    assert _said('{"success":false,"errors":[{"code":5007,"message":"No such model '
                 '@cf/meta/llama-9 or task"}],"messages":[],"result":null}')[1] == \
        "model-not-found"
    assert _said('{"success":false,"errors":[{"code":10405,"message":"Method not allowed"}],'
                 '"messages":[],"result":null}') == ("cloudflare-api", "cloudflare-api-route")
    # The words outside an API context say nothing of Cloudflare.
    assert _said("Error: value not unique (1003)")[0] != "cloudflare-api"


# -- N5: an error_chain under a top message that says nothing ------------------------------------
_TAGS = ('{"result":null,\n"success":false,\n"errors":[\n    {"code":1004,"message":"DNS '
         'Validation Error","error_chain":[{"code":9300,"message":"DNS record has 1 tags, '
         'exceeding the quota of 0."}]}],\n"messages":[]}')


def test_the_chain_message_says_why_under_dns_validation_error() -> None:
    # external-dns#3706 (whole envelope), terraform-provider-cloudflare#3217 (the list alone)
    assert _said(_TAGS) == ("cloudflare-api", "bad-request")
    assert _said('Error includes error_chain which actually explains why this is failing:\n'
                 '`"errors":[{"code":1004,"message":"DNS Validation Error","error_chain":[{"code"'
                 ':9300,"message":"DNS record has 1 tags, exceeding the quota of 0."}]}]`') == (
        "cloudflare-api", "bad-request")


def test_the_chain_is_read_by_its_message_never_its_code() -> None:
    # 9300 is a session that expired in the code table: a chain with that code and words this
    # tool does not read gives no cause, not a credential problem.
    silent = _TAGS.replace("DNS record has 1 tags, exceeding the quota of 0.", "Something odd.")
    assert _said(silent) == ("cloudflare-api", "unknown")
    # "quota" alone is a balance: the tag count over the plan's quota is not.
    assert _said(_TAGS)[1] != "quota-exhausted"


# -- N2: the Pages / Workers Builds build log table and Pages' 7-digit codes
_PAGES_NOTE = ("Project not found. The specified project name does not match any of your "
               "existing projects. [code: 8000007]")


def test_the_build_log_tables_time_column_and_rule_row_are_set_aside() -> None:
    # workers-sdk#9862
    assert _said("14:18:37.337 | ✘ [ERROR] A request to the Cloudflare API (/accounts/f52af0b3bec"
                 "391fc4ac11321f74c8fac/pages/projects/sinfin) failed.\n-- | --\n14:18:37.338 |  "
                 f"\n14:18:37.338 | {_PAGES_NOTE}\n14:18:37.338 |  \n14:18:37.338 | If you think "
                 "this is a bug, please open an issue at: https://github.com/cloudflare/workers-"
                 "sdk/issues/new/choose") == ("cloudflare-api", "cloudflare-api-route")
    # workers-sdk#11140 (Workers Builds: the header without the time, a bare "--" row)
    assert _said("✘ [ERROR] A request to the Cloudflare API (/accounts/a06049fe5e3044fa7bae5280318"
                 "fee7a/workers/scripts/cedar-api-staging/versions) failed.\n--\n13:13:43.817 |  "
                 "\n13:13:43.817 | Error: Script startup exceeded CPU time limit.\n13:13:43.817 | "
                 "[code: 10021]\n13:13:43.817 | To learn more about this error, visit: https://"
                 "developers.cloudflare.com/workers/observability/errors/#validation-errors-10021"
                 ) == ("cloudflare-api", "bad-request")


def test_pages_seven_digit_codes_name_the_api_alone() -> None:
    # workers-sdk#10818 (the note alone), #9738 (a user's quote of the fields)
    assert _said(_PAGES_NOTE) == ("cloudflare-api", "cloudflare-api-route")
    assert _said("code: 8000007, message: ' Project not found. The specified project name does "
                 "not match any of your existing projects") == (
        "cloudflare-api", "cloudflare-api-route")


def test_other_seven_digit_codes_and_bare_times_stay_silent() -> None:
    # Another service's 7-digit code, and a time column around words of no API.
    assert _said("Project not found. [code: 4000007]")[0] != "cloudflare-api"
    assert _said("code: 1234567, message: 'Project not found'")[0] != "cloudflare-api"
    assert _said("14:18:37.337 | Build failed\n-- | --\n14:18:37.338 | Project not found")[0] \
        != "cloudflare-api"


# -- N3: python-cloudflare's print forms ----------------------------------------------------------
_LOGGED = ("An error(-502) has occurred and it has been logged. We will fix this problem "
           "promptly. We apologize for the inconvenience")


def test_python_cloudflare_prints_name_the_api() -> None:
    # python-cloudflare#131
    assert _said(f"/zones.post - 1052 {_LOGGED} - api call failed") == (
        "cloudflare-api", "provider-server-error")
    assert _said(f"CloudFlare.exceptions.CloudFlareAPIError: {_LOGGED}") == (
        "cloudflare-api", "provider-server-error")
    # python-cloudflare#181 (a 412 with no JSON: the status, no cause of the API's own)
    assert _said("/accounts/load_balancers/pools.delete 412 HTTP response code 412 - api call "
                 "failed")[0] == "cloudflare-api"
    # python-cloudflare#100 (cli4)
    assert _said("cli4: /zones/:domain/access/apps/:appid/policies - 12045 access.api.error."
                 "invalid_application_id") == ("cloudflare-api", "cloudflare-api-route")
    assert _said("cli4: /zones/:domain/access/apps/:appid/policies - 11020 access.api.error."
                 "failed_to_load_group")[0] == "cloudflare-api"


def test_api_call_failed_without_the_apis_path_stays_silent() -> None:
    assert _said("/login.post - 500 Something broke - api call failed")[0] != "cloudflare-api"
    assert _said("ERROR: api call failed - 503 Service Unavailable")[0] != "cloudflare-api"
    assert _said("MyAPIError: An error occurred")[0] != "cloudflare-api"


# -- N10: the API's own message keys --------------------------------------------------------------
def test_the_apis_message_keys_decide_alone() -> None:
    # workers-sdk#5347 (a retyped header; the key and the code verbatim)
    assert _said(" X [ERROR] A request to the Cloudflare API  with minimal description of the "
                 "issue causing failure workers.api.error.consumer_exists [code: 11004]") == (
        "cloudflare-api", "bad-request")


def test_keys_of_other_namespaces_stay_silent() -> None:
    assert _said("app.api.error.consumer_exists [code: 11004]")[0] != "cloudflare-api"
    assert _said("feature.not_entitled")[0] != "cloudflare-api"


# -- F5(e): wrangler 1's "Error N: message" -------------------------------------------------------
def test_wrangler_1s_error_line_with_its_hint_or_the_codes_own_words() -> None:
    # wrangler-legacy#458
    assert _said(" Error 10013: namespace not found\n Run `wrangler kv list` to see your existing "
                 "namespaces with IDs") == ("cloudflare-api", "cloudflare-api-route")
    assert _said("Error 10000: Authentication error") == ("cloudflare-api", "cloudflare-api-auth")


def test_error_n_of_another_program_stays_silent() -> None:
    # MySQL's 1045, and the same line with a v4-numbered code but no Cloudflare word.
    assert _said("Error 1045: Access denied for user 'root'@'localhost' (using password: YES)"
                 )[0] != "cloudflare-api"
    assert _said(" Error 10013: namespace not found\n Run `kubectl get ns` to list them")[0] \
        != "cloudflare-api"


# -- N4: cloudflare-go's "message (code)" outside terraform ----------------------------------------
def test_the_go_tail_with_a_cloudflare_word_on_its_line() -> None:
    # pulumi-cloudflare#292, favonia/cloudflare-ddns#990, terraform-provider-cloudflare#2040
    assert _said("* failed to create DNS record: DNS Validation Error (1004)") == (
        "cloudflare-api", "bad-request")
    assert _said("😞 Failed to add a new A record of data.domain.net: A CNAME record with that "
                 "host already exists. For more details, refer to <https://developers.cloudflare."
                 "com/dns/manage-dns-records/troubleshooting/records-with-same-name/>. (81054)"
                 ) == ("cloudflare-api", "bad-request")
    assert _said('Error: error creating spectrum application for zone: json: unknown field '
                 '"traffic_type" (10012)') == ("cloudflare-api", "bad-request")


def test_a_go_tail_without_the_word_on_its_line_stays_silent() -> None:
    assert _said("* failed to create record: record already exists (1004)")[0] != "cloudflare-api"
    # the word on another line does not count
    assert _said("Deploying to Cloudflare\n* failed to create record: record already exists "
                 "(1004)")[0] != "cloudflare-api"
    # a code outside the API's numbering
    assert _said("* failed to create DNS record: DNS Validation Error (4242)")[0] != \
        "cloudflare-api"


# -- N6: cloudflared's tunnel-management wrappers -------------------------------------------------
def test_cloudflareds_tunnel_api_wrappers() -> None:
    # app-cloudflared#99, cloudflared#1079
    assert _said("failed to create tunnel: Create Tunnel API call failed: tunnel with name "
                 "already exists") == ("cloudflare-api", "bad-request")
    assert _said("failed to create tunnel: Create Tunnel API call failed: API call to create "
                 "tunnel failed with status 503: Service Unavailable") == (
        "cloudflare-api", "provider-server-error")


def test_a_tunnel_call_that_got_no_answer_is_nobodys() -> None:
    # cloudflared#1119: a DNS failure under the same wrapper (nothing answered)
    assert _said('failed to create tunnel: Create Tunnel API call failed: REST request failed: '
                 'Post "https://api.cloudflare.com/client/v4/accounts/cde0088a4ff4c932cd94e1162a4d'
                 '3fb2/tunnels": dial tcp: lookup api.cloudflare.com on [::1]:53: dial udp '
                 '[::1]:53: connect: cannot assign requested address') == (
        "unknown", "dns-failure")
    assert _said("API call to create user failed with status 503")[0] != "cloudflare-api"


# -- N7: the 971 rate limit without the count -----------------------------------------------------
def test_971_and_the_advice_alone_are_the_apis_rate_limit() -> None:
    # terraform-provider-cloudflare#5505
    assert _said('429 {"code":971,"message":"Please wait and consider throttling your request '
                 'speed"}', 429) == ("cloudflare-api", "rate-limited")
    assert _said("Please wait and consider throttling your request speed")[1] == "rate-limited"


def test_a_helpers_own_throttling_advice_stays_unnamed() -> None:
    # a Caddy helper's own warning: no "wait and"
    assert _said("Max retries exceeded or throttling issue. Please consider throttling your "
                 "request speed.")[0] != "cloudflare-api"


# -- N9: 10000's words thrown in a Cloudflare client's code ---------------------------------------
def test_authentication_error_in_a_cloudflare_clients_stack() -> None:
    # imlinhanchao/vsc-markdown-image#133
    assert _said("Authentication error Error: Authentication error at Cloudflare.<anonymous> "
                 "(c:\\Users\\imgwho\\.vscode\\extensions\\hancel.markdown-image-1.1.41\\out\\lib"
                 "\\cloudflare.js:39:23) at Generator.next (<anonymous>) at fulfilled (c:\\Users\\"
                 "imgwho\\.vscode\\extensions\\hancel.markdown-image-1.1.41\\out\\lib\\cloudflare.js"
                 ":5:58) at process.processTicksAndRejections (node:internal/process/task_queues:95"
                 ":5)") == ("cloudflare-api", "cloudflare-api-auth")


def test_authentication_error_in_another_clients_stack_stays_unnamed() -> None:
    assert _said("Authentication error Error: Authentication error at GitHub.<anonymous> "
                 "(/app/out/lib/github.js:39:23)")[0] != "cloudflare-api"


# -- N8: a transport failure naming api.cloudflare.com: nothing answered ------------------------
def test_a_failure_to_reach_the_api_is_nobodys_answer() -> None:
    # L480/cloudflare-dyndns#37 (urllib3's NameResolutionError: a DNS failure, as cloudflared#1119)
    assert _said("network request connection error: HTTPSConnectionPool(host='api.cloudflare.com'"
                 ", port=443): Max retries exceeded with url: /client/v4/zones?name=DOMAIN.COM("
                 "Caused by NameResolutionError(\"<urllib3.connection.HTTPSConnection object at "
                 "0xffffb6e4afd0>: Failed to resolve 'api.cloudflare.com' ([Errno -3] Try again)"
                 "\"))") == ("unknown", "dns-failure")
    # dadatuputi/bitwarden_gcloud#41 (ddclient)
    assert _said("ddns            | FAILED:   updating xx.domain.xx: Could not connect to "
                 "api.cloudflare.com/client/v4.") == ("unknown", "unknown")


def test_an_answer_from_the_api_stays_the_apis() -> None:
    # adferrand/dnsrobocert#78 (lexicon: requests got a 403 from the API)
    assert _said("requests.exceptions.HTTPError: 403 Client Error: Forbidden for url: https://"
                 "api.cloudflare.com/client/v4/zones?name=example.com") == (
        "cloudflare-api", "cloudflare-api-auth")
    # "could not connect" to no host is no socket failure of its own
    assert _said("Could not connect the DNS record: Authentication error [code: 10000]") == (
        "cloudflare-api", "cloudflare-api-auth")
