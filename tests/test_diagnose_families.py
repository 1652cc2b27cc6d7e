"""Families of evidence the classifier reads (issue 13): each rule fires on its family and stays
silent on look-alikes. Texts are in the forms the cited sources show (docs/sources.md)."""

from __future__ import annotations

import pytest

from setup_wizard.diagnose.classify import classify_pasted


def _who(text: str, status: int | None = None) -> tuple[str, str]:
    d = classify_pasted(text, status)
    return d.origin, d.cause


# -- Cloudflare API: codes printed as text, its Go clients (#api-v4-errors) ------------------
@pytest.mark.parametrize("text", [
    'msg="Error presenting token: Cloudflare API Error \nError: 6003: Invalid request headers'
    '<- 6103: Invalid format for X-Auth-Key header"',
    "acme: error presenting token: cloudflare: failed to find zone example.org.: [status code "
    "400] 6003: Invalid request headers; 6111: Invalid format for Authorization header",
    "Error code 9109: Unauthorized to access requested resource",
    "sync failed: 10000: Authentication error",
])
def test_an_api_code_with_its_own_message_is_the_cloudflare_api(text: str) -> None:
    assert _who(text) == ("cloudflare-api", "cloudflare-api-auth")


def test_a_body_escaped_several_times_in_a_log_line_is_still_read() -> None:
    text = ('level=error msg="ListZones command failed: error from makeRequest: HTTP status 400: '
            'content \\"{\\\\\\"success\\\\\\":false,\\\\\\"errors\\\\\\":[{\\\\\\"code\\\\\\":'
            '7003,\\\\\\"message\\\\\\":\\\\\\"Could not route to /zones/x, perhaps your object '
            'identifier is invalid?\\\\\\"}],\\\\\\"messages\\\\\\":[],'
            '\\\\\\"result\\\\\\":null}\\""')
    assert _who(text) == ("cloudflare-api", "cloudflare-api-route")


def test_go_clients_of_the_api_name_it_and_the_status_says_why() -> None:
    text = ("acme: error presenting token: cloudflare: failed to create TXT record: error from "
            "makeRequest: HTTP status 401: invalid credentials")
    assert _who(text, 401) == ("cloudflare-api", "cloudflare-api-auth")


@pytest.mark.parametrize("text", [
    "9109: rate limit reached, try later",  # a known code with another message
    "request 10000: Internal failure",  # a number that is not a code in context
    "cloudflare: could not find zone for domain example.org",  # lego's DNS lookup, no API call
])
def test_codes_without_their_message_and_other_lego_lines_are_not_the_api(text: str) -> None:
    assert _who(text)[0] != "cloudflare-api"
