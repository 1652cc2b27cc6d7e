"""Cloudflare API v4 and Workers AI REST answers as real tools print them (the cfapi probe):
each family with texts that fire it (verbatim from the public sources named beside them) and
a look-alike that must not."""

from __future__ import annotations

from diagnose_support import who as _said

from setup_wizard.diagnose import markers
from setup_wizard.diagnose.classify import classify_pasted


# -- F1: a code's row decides unless its message clearly says something else ---------------------
def test_code_1000_with_workers_ais_network_message_is_not_a_bad_token() -> None:
    # cloudflare-docs#11699: Workers AI's REST API answers 1000 for a dropped connection.
    assert _said("{'errors': [{'message': 'Error: Network connection lost.', 'code': 1000}], "
                 "'success': False, 'result': {}, 'messages': []}") == (
        "cloudflare-api", "provider-server-error")


def test_code_1000_with_its_own_or_unreadable_message_stays_auth() -> None:
    for message in ("Invalid API Token", "", "Ungültiges API-Token"):
        body = '{"success":false,"errors":[{"code":1000,"message":"MSG"}],"messages":[],' \
            '"result":null}'
        assert _said(body.replace("MSG", message)) == ("cloudflare-api", "cloudflare-api-auth")


def test_6003_over_a_content_type_chain_is_the_request_not_the_credential() -> None:
    # mcblum/ddclient-cloudflare-ubuntu#2 (and ddclient#72)
    text = ('RECEIVE:  {"success":false,"errors":[{"code":6003,"message":"Invalid request '
            'headers","error_chain":[{"code":6105,"message":"Invalid Content-Type header, valid '
            'values are application\\/json,multipart\\/form-data"}]}],"messages":[],"result":null}')
    assert _said(text) == ("cloudflare-api", "bad-request")
    # The same 6003 over the Authorization header's chain (ddns-go#981) stays auth.
    auth = text.replace("6105", "6111").replace(
        "Invalid Content-Type header, valid values are application\\/json,multipart\\/form-data",
        "Invalid format for Authorization header")
    assert _said(auth) == ("cloudflare-api", "cloudflare-api-auth")


# -- F2: a code outside the table, read by its message ---------------------------------------------
def test_dns_validation_rate_limit_and_missing_ids_are_read_from_the_message() -> None:
    # yulewang/cloudflare-api-v4-ddns#16, wherelse/cloudflare-ddns-script#15
    assert _said('Response: {"result":null,"success":false,"errors":[{"code":9005,"message":'
                 '"Content for A record must be a valid IPv4 address."}],"messages":[]}') == (
        "cloudflare-api", "bad-request")
    assert _said('{"result":null,"success":false,"errors":[{"code":9006,"message":"Content for '
                 'AAAA record must be a valid IPv6 address."}],"messages":[]}') == (
        "cloudflare-api", "bad-request")
    # RiotGames/cloud-inquisitor#153
    assert _said('cloud_inquisitor.exceptions.CloudFlareError: Request failed: {"success":false,'
                 '"errors":[{"code":10100,"message":"More than 1200 requests per 300 seconds '
                 'reached. Please wait and consider throttling your request speed"}],"messages":'
                 '[],"result":null}') == ("cloudflare-api", "rate-limited")
    # workers-sdk#3347, jarylc/cf-workers-chatgpt-telegram-bot#2
    assert _said("✘ [ERROR] A request to the Cloudflare API (/accounts/2ef55e4ecc83f62321****/"
                 "workers/deployments/by-script/680e0e21f9ba4****) failed.\n\n"
                 "  workers.api.error.script_not_found [code: 10007]") == (
        "cloudflare-api", "cloudflare-api-route")
    assert _said("✘ [ERROR] A request to the Cloudflare API (/accounts/a2c7bf8fee1e163f818a4bbf6"
                 "fccd552/workers/scripts/cf-workers-chatgpt-telegram-bot) failed.\n\n  No KV "
                 "namespace found with ID a2c7bf8fee1e163f818a4bbf6fccd552 [code: 10041]") == (
        "cloudflare-api", "cloudflare-api-route")


def test_message_words_do_not_name_the_api_and_a_model_stays_a_model() -> None:
    # The validator's words alone are any validator's: the cause only, never the sender.
    assert _said("Content for A record must be a valid IPv4 address.")[0] == "unknown"
    # In the envelope, a model that does not exist is the model's, not a route.
    assert _said('{"success":false,"errors":[{"code":5099,"message":"model @cf/x/y not found"}],'
                 '"messages":[],"result":null}') == ("cloudflare-api", "model-not-found")
    # A code outside the table whose message says nothing this tool reads stays unknown.
    assert _said('{"success":false,"errors":[{"code":8000000,"message":"An unknown error '
                 'has occured."}],"messages":[],"result":null}') == ("cloudflare-api", "unknown")


# -- F4: a bare [{code, message}] list is AI Gateway's only with a gateway code or its name -------
def test_a_bare_list_with_a_v4_numbered_code_is_the_apis() -> None:
    # LINKIWI/cloudflare-ddns-client#30
    text = ("DNS record failed to update.\nCloudFlare returned the following errors: [{'code': "
            "9021, 'message': 'Invalid TTL. Must be between 120 and 2,147,483,647 seconds, or 1 "
            "for automatic'}].\nCloudFlare returned the following messages: []")
    assert _said(text) == ("cloudflare-api", "bad-request")


def test_a_bare_list_with_a_gateway_code_or_the_gateways_name_stays_the_gateways() -> None:
    assert _said('[{"code": 2003, "message": "Rate limited"}]') == (
        "cloudflare-gateway", "gateway-rate-limited")
    assert _said('AI Gateway said: [{"code": 9021, "message": "Something odd"}]')[0] == \
        "cloudflare-gateway"


# -- F5: wrangler's print forms -------------------------------------------------------------------
def test_wranglers_error_object_note_gives_the_code() -> None:
    # workers-sdk#3710 (a ParseError printed whole, the code in its note)
    text = ("✘ [ERROR] ParseError: A request to the Cloudflare API (/accounts/96f8637892042b2b1c3cd"
            "1569ba7f2d9/workers/services/find-stream-chat-user) failed.\n\n"
            "      at throwFetchError (/usr/local/lib/node_modules/wrangler/wrangler-dist/cli.js:"
            "121134:17)\n"
            "      at async Object.deployHandler [as handler]\n"
            "  (/usr/local/lib/node_modules/wrangler/wrangler-dist/cli.js:138267:3) {\n"
            "    text: 'A request to the Cloudflare API\n"
            "  (/accounts/96f8637892042b2b1c3cd1569ba7f2d9/workers/services/find-stream-chat-user)"
            " failed.',\n"
            "    notes: [ { text: 'Authentication error [code: 10000]' } ],\n"
            "    location: undefined,\n    kind: 'error',\n    code: 10000\n  }")
    d = classify_pasted(text)
    assert (d.origin, d.cause, d.code) == ("cloudflare-api", "cloudflare-api-auth", 10000)


def test_blank_lines_of_blanks_and_wrapped_messages_and_step_links() -> None:
    # workers-sdk#10609 (wrapped), #3347 (a CI log's blank line holds blanks), #8067 (GitHub
    # Actions linked the step's line into the code's digits)
    wrapped = ("✘ [ERROR] A request to the Cloudflare API (/accounts/XX/d1/database) failed.\n"
               "{blank}\n  Could not route to /client/v4/accounts/XX/d1/database, perhaps\n"
               "  your object identifier is invalid? [code: 7003]")
    linked = ("✘ [ERROR] A request to the Cloudflare API (/memberships) failed.\n{blank}\n"
              "  Unable to authenticate request [code: [10](https://github.com/3CSDesign/ihub-"
              "monitoring-react-2024/actions/runs/13234414048/job/36936975442#step:6:11)001]")
    for blank in ("", " ", "    "):
        d = classify_pasted(wrapped.format(blank=blank))
        assert (d.origin, d.cause, d.code) == ("cloudflare-api", "cloudflare-api-route", 7003)
        d = classify_pasted(linked.format(blank=blank))
        assert (d.origin, d.cause, d.code) == ("cloudflare-api", "cloudflare-api-auth", 10001)


def test_a_code_two_paragraphs_below_is_not_the_failed_lines_message() -> None:
    # A stack of many lines between the header and a [code: N] is not the message's paragraph.
    text = ("✘ [ERROR] A request to the Cloudflare API (/memberships) failed.\n"
            + "".join(f"  at f{i} (x.js:{i})\n" for i in range(5)) + "  [code: 7003]")
    assert classify_pasted(text).code is None


# -- F6, F7: the API's own sentences, without envelope or code ------------------------------------
def test_the_apis_own_sentences_name_it() -> None:
    cases = {
        # jeessy2/ddns-go#1273
        "Cannot use the access token from location: 183.154.105.241": "cloudflare-api-auth",
        # oxidecomputer/cio#174
        "More than 1200 requests per 300 seconds reached. Please wait and consider throttling "
        "your request speed": "rate-limited",
        # nanqinlang-script/CloudFlare_DNS_Record#6, hashicorp/terraform#25209
        "Use of this API has been limited to the Cloudflare Dashboard.": "permission-denied",
        '2020-06-11T13:40:26.096+0200 [DEBUG] plugin.terraform-provider-cloudflare_v2.7.0_x4:   '
        '"error": "You cannot use this API for domains with a .cf, .ga, .gq, .ml, or .tk TLD '
        '(top-level domain). To configure the DNS settings for this domain, use the Cloudflare '
        'Dashboard."': "permission-denied",
        # mandatoryprogrammer/cloudflare_enum#7
        "This zone is banned and cannot be added to Cloudflare at this time, please contact "
        "Cloudflare Support": "permission-denied",
        # workers-sdk#2218, #2877; wrangler-legacy#392
        "We could not find that Workers Service on your account. (Code: 10007)":
            "cloudflare-api-route",
        "Please enable R2 through the Cloudflare Dashboard. [code: 10042]": "permission-denied",
        "⚠️  Error 10014: a namespace with this account ID and title already exists":
            "bad-request",
        # danielpigott/cloudflare-cli#58 (the token's id masked in capitals)
        "Error response received: Actor 'com.cloudflare.api.token.XXX' requires permission "
        "'com.cloudflare.api.account.zone.read' to list zones": "cloudflare-api-auth",
    }
    for text, cause in cases.items():
        assert _said(text) == ("cloudflare-api", cause), text


def test_look_alikes_of_the_apis_sentences_do_not_name_it() -> None:
    # Another tool's count of requests (the API's advice after it is missing): the cause only.
    assert _said("More than 2400 requests per 300 seconds reached", 429) == (
        "unknown", "rate-limited")
    assert _said("Use of this feature has been limited to administrators.")[0] == "unknown"
    assert _said("Actor 'com.example.api.token' requires permission 'read'")[0] == "unknown"
    assert _said("Error 10014: the item already exists")[0] == "unknown"


# -- F3, F8: Terraform's Cloudflare provider and clients' labels -----------------------------------
def test_terraforms_cloudflare_resources_and_clients_labels_name_the_api() -> None:
    # onedr0p/cluster-template#355
    assert _said("│ Error: Record does not exist. (81044)\n│ \n│   with cloudflare_record.ipv4,\n"
                 '│   on main.tf line 85, in resource "cloudflare_record" "ipv4":\n'
                 '│   85: resource "cloudflare_record" "ipv4" {\n│ \n╵') == (
        "cloudflare-api", "cloudflare-api-route")
    # hashicorp/terraform#3715
    assert _said("* cloudflare_record.mail-4: Failed to create CloudFlare Record: API Error: The "
                 "record already exists.") == ("cloudflare-api", "bad-request")
    # hieunc229/mailflare#24 (status 401)
    assert _said("Cloudflare API 401 on /zones/70ad174c2cec58e1ce92e2ea04df724a/email/sending/"
                 "subdomains: code 2036: Unauthorized", 401) == (
        "cloudflare-api", "cloudflare-api-auth")
    # oznu/docker-cloudflare-ddns#58 (status 400): the credentials word outweighs the status
    assert _said("ERROR: Invalid CloudFlare Credentials - 400\nMake sure the API_KEY is correct.",
                 400) == ("cloudflare-api", "cloudflare-api-auth")


def test_look_alikes_of_terraform_and_client_labels_do_not_name_the_api() -> None:
    # A Python file named after Cloudflare in a traceback is not Terraform's resource.
    assert _said('  File "/app/cloudflare_ddns.py", line 3, in <module>\nValueError: bad')[0] \
        == "unknown"
    assert _said("code 2036: Unauthorized", 401)[0] == "unknown"


# -- F9: a request that timed out is a timeout, whatever words are around it ----------------------
def test_gos_context_deadline_on_a_request_is_a_timeout() -> None:
    # favonia/cloudflare-ddns#813, #1032
    assert _said('Could not verify the Cloudflare API token: HTTP request failed: Get "https://'
                 'api.cloudflare.com/client/v4/user/tokens/verify": context deadline exceeded'
                 )[1] == "timeout"
    assert _said('😞 Failed to send HTTP(S) request to "https://api.cloudflare.com/cdn-cgi/trace":'
                 " GET https://api.cloudflare.com/cdn-cgi/trace giving up after 1 attempt(s): "
                 "context deadline exceeded")[1] == "timeout"


def test_context_deadline_without_a_request_line_is_not_read_as_no_answer() -> None:
    # A server's own words about its deadline (gRPC's, inside an answer) are not a request of
    # this client that got nothing back.
    assert markers.no_answer_cause("rpc error: code = DeadlineExceeded desc = context deadline "
                                   "exceeded") is None
    assert markers.no_answer_cause('Get "https://api.cloudflare.com/client/v4/zones": context '
                                   "deadline exceeded") == "timeout"


# -- F10: cloudflared's tunnel registration refused ------------------------------------------------
def test_cloudflareds_refused_registration_is_cloudflares_credential_refusal() -> None:
    # STRRL/cloudflare-tunnel-ingress-controller#119, cloudflared#426
    for text in ('2024-09-11T21:31:09Z ERR Register tunnel error from server side error='
                 '"Unauthorized: Failed to get tunnel" connIndex=0 event=0 ip=198.41.192.77',
                 '2021-08-02T13:44:44Z ERR Register tunnel error from server side error='
                 '"Unauthorized: Invalid tunnel secret" connIndex=0'):
        assert _said(text) == ("cloudflare-api", "cloudflare-api-auth")
    # Another program's "Unauthorized" stays a provider-neutral reading.
    assert _said('2024-09-11T21:31:09Z ERR Register user error error="Unauthorized"')[0] == \
        "unknown"


# -- F11: a Cloudflare client's own token check, before any request -------------------------------
def test_a_cloudflare_clients_own_token_check_is_a_token_problem_with_no_one_answering() -> None:
    # 7Sageer/sublink-worker#226 (wrangler), caddy-dns/cloudflare#134
    for text in ("21:53:26.405 | ✘ [ERROR] In a non-interactive environment, it's necessary to "
                 "set a CLOUDFLARE_API_TOKEN environment variable for wrangler to work.",
                 "loading module 'cloudflare': provision dns.providers.cloudflare: API token "
                 "'hardcodedtokenfortestung' appears invalid; ensure it's correctly entered and "
                 "not wrapped in braces nor quotes"):
        d = classify_pasted(text)
        assert (d.origin, d.cause) == ("unknown", "cloudflare-api-auth")
        assert "API Tokens" in d.hint
    # Another provider's module with the same words is not Cloudflare's token.
    assert _said("provision dns.providers.route53: API token 'x' appears invalid")[1] != \
        "cloudflare-api-auth"
