"""Evidence added in round 15 (cfedge2): Cloudflare's edge answers in other clients' words,
print forms and languages, found by a second probe of public issue texts. Each family fires on
its source's verbatim text and stays silent on a look-alike (another server's page, another
status, a generic sentence)."""

from __future__ import annotations

import pytest
from diagnose_support import who

from setup_wizard.diagnose.classify import classify_pasted

EDGE_BLOCKED = ("cloudflare-edge", "edge-blocked")
EDGE_ORIGIN = ("cloudflare-edge", "edge-origin-error")


# -- F1: a Cloudflare-only status in a client's own template ------------------------------------
F1_TEXTS = [
    # https://github.com/getlantern/lantern/issues/1740 (Go)
    ("2014/08/23 11:17:17 Unable to issue write request: Bad response status for read: 522 "
     "Origin Connection Time-out", 522),
    # https://github.com/maxcellent/javadoc.io/issues/96 (Java's HttpURLConnection)
    ("Error fetching URL: https://javadoc.io/doc/org.yaml/snakeyaml/1.30/ (java.io.IOException: "
     "Server returned HTTP response code: 522 for URL: https://javadoc.io/doc/org.yaml/snakeyaml/"
     "1.30/package-list)", 522),
    # https://github.com/demodude4u/Factorio-FBSR/issues/86
    ("> IOException: Server returned HTTP response code: 522 for URL: "
     "https://pastebin.com/raw/EsY8rTYQ", 522),
    # https://github.com/BTE-Germany/TerraPlusMinus/issues/17
    ('java.io.IOException: response from server: "522 " for url https://...', 522),
    # https://github.com/microlinkhq/keyv-s3/pull/3 (got)
    ("HTTPError: Response code 520 (undefined)", 520),
    # https://github.com/stanislav-web/OpenDoor/issues/24
    ("[04:01:44] error:   ResponseError: Unknown response status : `520`", 520),
    # https://github.com/rembo10/headphones/issues/3115 (two lines that differ in the number)
    ("Request raise HTTP error with status code 523 (remote server error).\n"
     "Request raise HTTP error with status code 522 (remote server error).", None),
    # https://github.com/wrxck/mattata/issues/80
    ("The website https://matthewhesketh.com is down [Return code 521 Origin Down]", 521),
]


@pytest.mark.parametrize("text,status", F1_TEXTS)
def test_a_cloudflare_status_in_a_clients_template(text: str, status: int | None) -> None:
    d = classify_pasted(text)
    assert (d.origin, d.cause) == EDGE_ORIGIN
    if status is not None:
        assert d.status == status


@pytest.mark.parametrize("text,want", [
    # The same templates with another status: read, and not the edge's.
    ("java.io.IOException: Server returned HTTP response code: 401 for URL: https://x.example/",
     401),
    ("HTTPError: Response code 404 (Not Found)", 404),
    ("Bad response status for read: 502 Bad Gateway", 502),
    # 529 is Anthropic's "overloaded", never the edge's.
    ("Server returned HTTP response code: 529 for URL: https://api.anthropic.com/v1/messages",
     529),
])
def test_the_templates_read_any_status_and_only_52x_names_the_edge(text: str, want: int) -> None:
    d = classify_pasted(text)
    assert d.status == want
    assert d.origin != "cloudflare-edge" and not d.cause.startswith("edge-")


@pytest.mark.parametrize("text", [
    "Return code 127",  # a process's exit code
    "Return code 522 times",  # no reason phrase after it
    "the response status : ok",
    "Origin Connection Time-out",  # the words without the status
])
def test_look_alikes_of_the_templates_stay_off_the_edge(text: str) -> None:
    assert who(text)[0] != "cloudflare-edge"


def test_origin_connection_timeout_beats_the_generic_timeout_word() -> None:
    assert who("Bad response status for read: 522 Origin Connection Time-out") == EDGE_ORIGIN
    # another status with "time-out" keeps the generic reading
    assert who("Bad response status for read: 504 Gateway Time-out") == ("unknown", "timeout")


# -- F7: 'responded with N' in a client's sentence -----------------------------------------------
def test_responded_with_a_status() -> None:
    # https://github.com/Mm2PL/justgrep/issues/9: a Cloudflare challenge, but no marker says so
    d = classify_pasted('Error while fetching logs: justlog instance responded with 503: '
                        '"<!DOCTYPE HTML>"')
    assert (d.origin, d.cause, d.status) == ("unknown", "provider-server-error", 503)


def test_responded_with_a_count_is_no_status() -> None:
    assert classify_pasted("the model responded with 200 tokens").status is None


# -- F2: yt-dlp names Cloudflare's challenge itself ----------------------------------------------
F2_TEXTS = [
    # https://github.com/NickvisionApps/Parabolic/issues/1532
    'Error during yt-dlp validation:\nERROR: [generic] Got HTTP Error 403 caused by Cloudflare '
    'anti-bot challenge;try again with --extractor-args "generic:impersonate"\nnull',
    # https://github.com/viu-media/viu/issues/192 (mpv's hook)
    '[ytdl_hook] ERROR: [generic] Got HTTP Error 403 caused by Cloudflare anti-bot challenge; '
    'see  https://github.com/yt-dlp/yt-dlp#impersonation  for how to install the required '
    'impersonation dependency, and try again with  --extractor-args "generic:impersonate" \n'
    '[ytdl_hook] youtube-dl failed: unexpected error occurred',
    # https://github.com/tgbot-collection/ytdlbot/issues/530 (colour codes that lost their ESC)
    '❌ Download failed:  [0;31mERROR: [0m [generic] Got HTTP Error 403 caused by Cloudflare '
    'anti-bot challenge; try again with  extractor-args "generic:impersonate"',
]


@pytest.mark.parametrize("text", F2_TEXTS)
def test_yt_dlps_cloudflare_challenge(text: str) -> None:
    assert who(text) == EDGE_BLOCKED


@pytest.mark.parametrize("text", [
    "ERROR: [generic] Unable to download webpage: HTTP Error 403: Forbidden",
    "ERROR: [youtube] abc: Sign in to confirm you're not a bot",
])
def test_yt_dlps_other_403s_are_not_the_edges(text: str) -> None:
    assert who(text)[0] != "cloudflare-edge"


def test_colour_codes_that_lost_their_esc_are_set_aside() -> None:
    d = classify_pasted('[0;31mERROR: [0m Error code: 401 - {"error": {"message": "Incorrect API '
                        'key provided: sk-abc.", "type": "invalid_request_error", "code": '
                        '"invalid_api_key"}}')
    assert (d.origin, d.cause) == ("openai", "provider-auth-invalid")
    assert any("lost their ESC" in e for e in d.evidence)


@pytest.mark.parametrize("text", [
    'x = a[0m] + b["[1m"]',  # code, not a colour
    "units [m] and [0m]",
    '{"error": {"message": "bad \\u001b[0m value"}}',  # an escape in JSON stays as it is
])
def test_brackets_that_are_no_colour_codes_are_kept(text: str) -> None:
    assert not any("lost their ESC" in e for e in classify_pasted(text).evidence)


# -- F3: the 5xx page's headline with its code; 520's text for the owner -------------------------
@pytest.mark.parametrize("text", [
    "Gateway time-out Error code 504",  # https://github.com/tdurieux/anonymous_github/issues/195
    # https://github.com/AndyTaylorTweet/Pi-Star_DV_Dash/issues/189
    'Ive been trying to access pistar.uk and the message "Web server is returning an unknown '
    'error code 520" still showing up all day long.',
    # https://github.com/hyperobject/crossorigin.me/issues/46
    "> There is an issue between CloudFlare's cache and your origin web server.",
])
def test_the_5xx_pages_headline_and_owner_text(text: str) -> None:
    assert who(text) == EDGE_ORIGIN


@pytest.mark.parametrize("text", [
    # nginx's own 504 page (https://github.com/chubin/wttr.in/issues/25)
    '# curl wttr.in/nuremberg\n<html>\n<head><title>504 Gateway Time-out</title></head>\n<body '
    'bgcolor="white">\n<center><h1>504 Gateway Time-out</h1></center>\n<hr><center>nginx/1.2.6'
    '</center>\n</body>\n</html>',
    "504 Gateway Time-out",
    "Internal server error Error code 500",  # not one of the page's headlines
    "The server is returning an unknown error code 520 times a day",
])
def test_other_504_pages_and_sentences_stay_off_the_edge(text: str) -> None:
    origin, cause = who(text)
    assert origin != "cloudflare-edge" and not cause.startswith("edge-")


# -- F4: the old captcha page (reCAPTCHA era) ----------------------------------------------------
WHATWAF_OLD_CAPTCHA = (  # https://github.com/Ekultek/WhatWaf/issues/721
    '<script async="" data-ray="56d386a60c337203" data-sitekey="6LfBixYUAAAAABhdHynFUIMA_sa4s-'
    'XsJvnjtgB0" data-type="normal" src="/cdn-cgi/scripts/cf.challenge.js" type="text/javascript">'
    '</script>\n<input name="cf_captcha_kind" type="hidden" value="re"/>\n<div class="g-recaptcha">'
    '</div>\n<noscript class="cf-captcha-info" id="cf-captcha-bookmark">')


def test_the_old_captcha_page() -> None:
    assert who(WHATWAF_OLD_CAPTCHA) == EDGE_BLOCKED
    for part in WHATWAF_OLD_CAPTCHA.split("\n")[:2]:  # each of its lines alone too
        assert who(part) == EDGE_BLOCKED


def test_a_sites_own_recaptcha_form_is_not_the_edges() -> None:
    text = ('<script src="/static/captcha.js"></script>\n<input name="captcha_kind" type="hidden" '
            'value="re"/>\n<div class="g-recaptcha"></div>')
    assert who(text, 403)[0] != "cloudflare-edge"


# -- F5: the challenge's note alone, and its zh-CN heading ---------------------------------------
@pytest.mark.parametrize("text", [
    # https://github.com/cloudflare/cloudflare-docs/issues/31613 (Claude is the site behind it)
    'Claude keeps performing its " security verification" and says how it "uses a security '
    'service to protect against malicious bots. This page is displayed while the website '
    'verifies you are not a bot."',
    "This page is displayed while the website verifies you are not a bot.",
    # https://github.com/Loyalsoldier/clash-rules/issues/206
    "我平时采用的是白名单模式，然而最近打开几个不同的网站时，都出现过“检查站点连接是否安全”这个提示，",
])
def test_the_challenges_words_in_other_forms(text: str) -> None:
    assert who(text) == EDGE_BLOCKED


@pytest.mark.parametrize("text", [
    "This page is displayed while the website is under maintenance.",
    "We use a security service to protect our API.",
    "请检查您的网络连接是否正常",  # "check that your network connection works"
])
def test_other_verification_sentences_are_not_the_challenge(text: str) -> None:
    assert who(text)[0] != "cloudflare-edge"


# -- F6 (narrowed): the minimal page cut by Guzzle's body summary --------------------------------
WP2STATIC_GUZZLE_502 = (  # https://github.com/elementor/wp2static-addon-cloudflare-workers/issues/1
    "PHP Fatal error:  Uncaught GuzzleHttp\\Exception\\ServerException: Server error: `PUT "
    "https://api.cloudflare.com/client/v4/accounts/HASH/storage/kv/namespaces/HASH/bulk` resulted "
    "in a `502 Bad Gateway` response:\n<html>\n<head><title>502 Bad Gateway</title></head>\n<body>"
    "\n<center><h1>502 Bad Gateway</h1></center>\n<hr><center>clou (truncated...)")


def test_the_minimal_page_cut_by_guzzle() -> None:
    assert who(WP2STATIC_GUZZLE_502) == EDGE_ORIGIN


@pytest.mark.parametrize("tail", ["<hr><center>cl (truncated...)",
                                  "<hr><center>nginx/1.18 (truncated...)",
                                  "<hr><center>cloudy (truncated...)"])
def test_another_or_too_short_cut_is_not_the_edges(tail: str) -> None:
    text = WP2STATIC_GUZZLE_502.replace("<hr><center>clou (truncated...)", tail)
    assert who(text)[0] != "cloudflare-edge"
