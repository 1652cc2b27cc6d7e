"""Second reading of round 15: false positives and regressions the new rules brought. Each test
failed before its fix."""

from __future__ import annotations

from diagnose_support import who as _said

# -- the edge's own 1xxx code after "Cloudflare" is no API print ---------------------------------

def test_an_edge_code_after_blocked_by_cloudflare_is_not_the_api() -> None:
    # An app's own log line for the edge's firewall block (a public repository's logger line:
    # f"Skipping {channel_name} - API blocked by Cloudflare (1020)"): the edge's 1020, not the
    # v4 API's code 1020 printed by cloudflare-go.
    assert _said("Skipping Reshet 13 - API blocked by Cloudflare (1020)")[0] != "cloudflare-api"
    assert _said("openai.PermissionDeniedError: Access denied by Cloudflare (1010)")[0] != \
        "cloudflare-api"


def test_the_api_print_of_a_code_the_edge_also_uses_still_fires() -> None:
    # pulumi-cloudflare#292: 1004 is also an edge code; the API's own title names it.
    assert _said("* failed to create DNS record: DNS Validation Error (1004)") == (
        "cloudflare-api", "bad-request")
