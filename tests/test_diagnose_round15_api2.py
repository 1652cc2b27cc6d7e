"""Cloudflare API v4 errors as real tools print them, second probe (cfapi2): each family with
texts that fire it (verbatim from the public sources named beside them) and a look-alike that
must not."""

from __future__ import annotations

from setup_wizard.diagnose.classify import classify_pasted


def _said(text: str, status: int | None = None) -> tuple[str, str]:
    d = classify_pasted(text, status)
    return d.origin, d.cause


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


# -- N2: the Pages / Workers Builds build log table and Pages' 7-digit codes -------------------
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
