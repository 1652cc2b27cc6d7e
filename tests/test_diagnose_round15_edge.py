"""Evidence added in round 15 (cfedge): Cloudflare's edge answers as clients print them,
found by a probe of public issue texts. Each family fires on its source's verbatim text and
stays silent on a look-alike (another server's page, a generic sentence). The 1034 reading
("Edge IP Restricted", edge-blocked) is left as it was."""

from __future__ import annotations

import pytest
from diagnose_support import who

from setup_wizard.diagnose.classify import classify_pasted

# Verbatim texts, each with its public source.
# cloudscraper216-iuam-body (status 503):
# https://github.com/VeNoMouS/cloudscraper/issues/216
CLOUDSCRAPER216_IUAM_BODY = (
    '<body>\n  <table width="100%" height="100%" cellpadding="20">\n    <tr>\n      <td '
    'align="center" valign="middle">\n          <div class="cf-browser-verification '
    'cf-im-under-attack">\n  <noscript>\n    <h1 data-translate="turn_on_js" '
    'style="color:#bd2426;">Please turn JavaScript on and reload the page.</h1>\n  '
    '</noscript>\n  <div id="cf-content" style="display:none">\n    \n    <div '
    'id="cf-bubbles">\n      <div class="bubbles"></div>\n      <div '
    'class="bubbles"></div>\n      <div class="bubbles"></div>\n    </div>\n    <h1><span '
    'data-translate="checking_browser">Checking your browser before accessing</span> '
    'hd-streams.org.</h1>')

# cloudscraper194-just-a-moment-2020 (status 503):
# https://github.com/VeNoMouS/cloudscraper/issues/194
CLOUDSCRAPER194_JUST_A_MOMENT_2020 = (
    '<!DOCTYPE HTML>\n<html lang="en-US">\n<head>\n  <meta charset="UTF-8" />\n  <meta '
    'http-equiv="Content-Type" content="text/html; charset=UTF-8" />\n  <meta '
    'http-equiv="X-UA-Compatible" content="IE=Edge,chrome=1" />\n  <meta name="robots" '
    'content="noindex, nofollow" />\n  <meta name="viewport" content="width=device-width, '
    'initial-scale=1, maximum-scale=1" />\n  <meta http-equiv="refresh" content="12">\n  '
    '<title>Just a moment...</title>')

# apollo-noninteractive-challenge-escaped (status 503):
# https://github.com/apollographql/fullstack-tutorial/issues/288
APOLLO_NONINTERACTIVE_CHALLENGE_ESCAPED = (
    'or2ZVlK4UbMk9ll+b6ugHPVFI8ZLCdi+tpCIchkMZwFVWQgxtm5EG8tLUf9\\"/>\\n        '
    '</form>\\n    </div>\\n</div>\\n<script>\\n    (function(){\\n        '
    "window._cf_chl_opt={\\n            cvId: '2',\\n            cType: "
    "'non-interactive',\\n            cNounce: '92230',\\n            cRay: "
    "'7461a87fbd885c9b',\\n            cHash: 'f35a378c18a616e',\\n            cUPMDTk: "
    '\\"\\\\/v2\\\\/launches?__cf_chl_tk=Xw4nG70xiAjbb_gFAGtPGHHAISXfpNRkLZ1D3Mi2l4s-16624'
    '09149-0-gaNycGzNCOU\\",\\n            cFPWv: \'g\',\\n            cTTimeMs: '
    "'1000',\\n            cTplV: 4,\\n            cTplB: 'cf',")

# aira-managed-challenge-escaped (status 403):
# https://github.com/lifan0127/ai-research-assistant/issues/109
AIRA_MANAGED_CHALLENGE_ESCAPED = (
    '<div class=\\"data\\"><form id=\\"challenge-form\\" class=\\"challenge-form\\"><div '
    'id=\\"cf-please-wait\\"><div id=\\"spinner\\"><div id=\\"cf-bubbles\\"><div '
    'class=\\"bubbles\\"></div><div class=\\"bubbles\\"></div><div '
    'class=\\"bubbles\\"></div></div></div><p id=\\"cf-spinner-please-wait\\"></p><p '
    'id=\\"cf-spinner-redirecting\\" style=\\"display:none\\"></p></div><noscript '
    'id=\\"cf-captcha-bookmark\\" class=\\"cf-captcha-info\\"><h1 '
    'style=\\"color:#bd2426;\\">Please turn JavaScript on and reload the '
    'page.</h1></noscript><div id=\\"no-cookie-warning\\" class=\\"cookie-warning\\" '
    'style=\\"display:none\\"><p style=\\"color:#bd2426;\\">Please enable Cookies and '
    'reload the page.</p></div></form><script>(function(){window._cf_chl_opt={cvId: '
    '\'3\',cZone: \\"platform.openai.com\\",\ncType: \'managed\',cNounce: \'85312\',cRay: '
    "'8a83474c7c0b9f4b',cHash: '260aba7fe289c9e',")

# flaresolverr84-noninteractive-unescaped (status None):
# https://github.com/FlareSolverr/FlareSolverr/issues/84
FLARESOLVERR84_NONINTERACTIVE_UNESCAPED = (
    '    #cf-wrapper #challenge-form { padding-top:25px; padding-bottom:25px; }\n    '
    '#cf-hcaptcha-container { text-align:center;}\n    #cf-hcaptcha-container iframe { '
    'display: inline-block;}\n  </style>\n\n      <meta http-equiv="refresh" '
    'content="12">\n  <script type="text/javascript">\n    //<![CDATA[\n    (function(){\n'
    '      \n      window._cf_chl_opt={\n        cvId: "2",\n        cType: '
    '"non-interactive",\n        cNounce: "3241",\n        cRay: "618f39577e40fd5a",\n    '
    '    cHash: "e6b1f3d94537400",')

# malscraper-503-chk-jschl-axios (status None):
# https://github.com/Kylart/MalScraper/issues/1
MALSCRAPER_503_CHK_JSCHL_AXIOS = (
    "  response: \n   { status: 503,\n     statusText: 'Service Temporarily "
    "Unavailable',\n     headers: \n      { date: 'Thu, 16 Nov 2017 08:51:23 GMT',\n      "
    "  'content-type': 'text/html; charset=UTF-8',\n        'transfer-encoding': "
    "'chunked',\n        connection: 'close',\n        'set-cookie': [Array],\n        "
    "'x-frame-options': 'SAMEORIGIN',\n        refresh: "
    "'8;URL=/cdn-cgi/l/chk_jschl?pass=1510822287.898-tLppugKuuD',\n        "
    "'cache-control': 'no-cache',")

# lihkg-checking-browser-text (status None):
# https://github.com/dropod/issues/issues/5041
LIHKG_CHECKING_BROWSER_TEXT = (
    'Please enable cookies.\n      \n        We are checking your browser... lihkg.com\n  '
    '    \n            Why do I have to complete a CAPTCHA?\n            \n            '
    'Completing the CAPTCHA proves you are a human and gives you temporary access to the '
    'web property.')

# dropod-iuam-text-only (status None):
# https://github.com/dropod/issues/issues/7274
DROPOD_IUAM_TEXT_ONLY = (
    'This process is automatic. Your browser will redirect to your requested content '
    'shortly.\n    Please allow up to 5 seconds…')

# flaresolverr-log-just-a-moment (status None):
# https://github.com/FlareSolverr/FlareSolverr/issues/1382
FLARESOLVERR_LOG_JUST_A_MOMENT = (
    'flare-solverr  | 2024-10-06 21:35:41 DEBUG    ReqId 140043163260672 Waiting for '
    'title (attempt 6): Just a moment...\nflare-solverr  | 2024-10-06 21:35:42 DEBUG    '
    'ReqId 140043163260672 Timeout waiting for selector\nflare-solverr  | 2024-10-06 '
    '21:35:42 DEBUG    ReqId 140043163260672 Try to find the Cloudflare verify '
    'checkbox...\nflare-solverr  | 2024-10-06 21:35:42 DEBUG    ReqId 140043163260672 '
    'Cloudflare verify checkbox not found on the page.\nflare-solverr  | 2024-10-06 '
    "21:35:42 DEBUG    ReqId 140043163260672 Try to find the Cloudflare 'Verify you are "
    "human' button...\nflare-solverr  | 2024-10-06 21:35:42 DEBUG    ReqId "
    "140043163260672 The Cloudflare 'Verify you are human' button not found on the page.")

# badges-1020-ru (status None):
# https://github.com/ellerbrock/open-source-badges/issues/20
BADGES_1020_RU = (
    'I got an error when visiting badges.frapsoft.com/os/v1/open-source.svg?v=103.\n\n'
    'Error code: 1020\n\nRay ID: 7afa59eb3bb7abf6\n\nCountry: RU\n\nData center: kld01\n\n'
    'IP: 195.19.90.245\n\nTimestamp: 2023-03-29 18:59:39 UTC')

# tweetcord-1015-html-tail (status None):
# https://github.com/Yuuzi261/Tweetcord/issues/87
TWEETCORD_1015_HTML_TAIL = (
    '                        <p>\n                            Please see\n                '
    '            <a\n                                rel="noopener noreferrer"\n          '
    '                      '
    'href="https://developers.cloudflare.com/support/troubleshooting/http-status-codes/clo'
    'udflare-1xxx-errors/error-1015/"\n                                target="_blank"\n  '
    '                              '
    '>https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudfla'
    're-1xxx-errors/error-1015/</a\n                            >\n                       '
    '     for more details.\n                        </p>')

# onlykey-1016-owner-text (status None):
# https://github.com/onlykey/onlykey.github.io/issues/36
ONLYKEY_1016_OWNER_TEXT = (
    'Check your DNS settings. If you are using a CNAME origin record, make sure it is '
    'valid and resolvable. [Additional troubleshooting information '
    'here.](https://support.cloudflare.com/hc/en-us/articles/234979888-Error-1016-Origin-D'
    'NS-error)')

# grafana-1000-html-title-api (status None):
# https://github.com/cloudflare/cloudflare-grafana-app/issues/6
GRAFANA_1000_HTML_TITLE_API = (
    'Error\n<!DOCTYPE html> <!--[if lt IE 7]> <html class="no-js ie6 oldie" lang="en-US"> '
    '<![endif]--> <!--[if IE 7]> <html class="no-js ie7 oldie" lang="en-US"> <![endif]--> '
    '<!--[if IE 8]> <html class="no-js ie8 oldie" lang="en-US"> <![endif]--> <!--[if gt '
    'IE 8]><!--> <html class="no-js" lang="en-US"> <!--<![endif]--> <head> <title>DNS '
    'points to prohibited IP | api.cloudflare.com | Cloudflare</title>')

# zenbot-525-sentence-html (status None):
# https://github.com/DeviaVir/zenbot/issues/69
ZENBOT_525_SENTENCE_HTML = (
    '                <h2 data-translate="what_happened">What happened?</h2>\n             '
    '   <p data-translate="origin_ssl_bad_handshake">CloudFlare is unable to establish an '
    'SSL connection to the origin server.</p>')

# zenbot-525-old-html (status None):
# https://github.com/DeviaVir/zenbot/issues/69
ZENBOT_525_OLD_HTML = (
    '<div id="cf-host-status" class="cf-column cf-status-item cf-host-status '
    'cf-error-source">\n  <div class="cf-icon-error-container">\n    <i class="cf-icon '
    'cf-icon-server"></i>\n    <i class="cf-icon-status cf-icon-error"></i>\n  </div>\n  '
    '<span class="cf-status-desc" data-translate="server_desc">api.kraken.com</span>\n  '
    '<h3 class="cf-status-name" data-translate="server_label">Host</h3>\n  <span '
    'class="cf-status-label" data-translate="server_status_label">Error</span>\n</div>')

# LOOK-ddosguard-403-html (status None):
# https://github.com/Ekultek/WhatWaf/issues/1005
LOOK_DDOSGUARD_403_HTML = (
    '<!--\nGET http://apteka.ru HTTP/1.1\nStatus code: 403\nServer: ddos-guard\nDate: '
    'Sat, 26 Dec 2020 11:35:22 GMT\nConnection: close\nSet-Cookie: '
    '__ddg3=Qf3cEK5OpZHbAuzG; Domain=.apteka.ru; Path=/; Expires=Sun, 27-Dec-2020 '
    '11:35:22 GMT\nCache-Control: no-cache, no-store, must-revalidate\nContent-Type: '
    'text/html; charset=UTF-8\nContent-Length: 28356\n-->\n<!DOCTYPE html>\n'
    '<html><head><title>DDOS-GUARD</title><meta charset="utf-8"/><meta '
    'content="width=device-width,initial-scale=1" name="viewport"/><script async="" '
    'defer="defer" src="https://www.recaptcha.net/recaptcha/api.js"></script>')

# LOOK-akamai-access-denied-html (status None):
# https://github.com/nodesource/distributions/issues/1220
LOOK_AKAMAI_ACCESS_DENIED_HTML = (
    '<HTML><HEAD>\n<TITLE>Access Denied</TITLE>\n</HEAD><BODY>\n<H1>Access Denied</H1>\n'
    "You don't have permission to access "
    '"http&#58;&#47;&#47;deb&#46;nodesource&#46;com&#47;setup&#95;6&#46;x" on this '
    'server.<P>\nReference&#32;&#35;18&#46;854c7268&#46;1623127569&#46;1090089\n</BODY>\n'
    '</HTML>')

# LOOK-sucuri-403-headers-html (status None):
# https://github.com/Ekultek/WhatWaf/issues/1164
LOOK_SUCURI_403_HEADERS_HTML = (
    '<!--\nGET http://www.exploit-db.com HTTP/1.1\nStatus code: 403\nServer: '
    'Sucuri/Cloudproxy\nDate: Thu, 22 Apr 2021 23:13:14 GMT\nContent-Type: text/html\n'
    'Transfer-Encoding: chunked\nConnection: close\nX-Sucuri-ID: 12013\nX-Sucuri-Block: '
    'EVA079\n-->\n<!DOCTYPE html>\n\n<html lang="en" '
    'xmlns="http://www.w3.org/1999/xhtml">\n<head>\n<link '
    'href="https://cdn.sucuri.net/sucuri-firewall-block.css" rel="stylesheet"/>\n<section '
    'class="center clearfix">\n<meta content="width=device-width, initial-scale=1.0" '
    'name="viewport"/>\n<title>Sucuri WebSite Firewall - Access Denied</title>')

# LOOK-fastly-503-unhealthy (status None):
# https://github.com/python/pythondotorg/issues/748
LOOK_FASTLY_503_UNHEALTHY = (
    'Error 503 Backend is unhealthy\n\nBackend is unhealthy\n\nGuru Mediation:\n\n'
    'Details: cache-syd1627-SYD 1431073575 864283876\n\nVarnish cache server')

# LOOK-vercel-challenge-curl (status None):
# https://github.com/VeNoMouS/cloudscraper/issues/316
LOOK_VERCEL_CHALLENGE_CURL = (
    '> HTTP/1.1 403 Forbidden\n> Cache-Control: private, no-store, max-age=0\n> '
    'Content-Type: text/html; charset=utf-8\n> Server: Vercel\n> '
    'X-Vercel-Challenge-Token: '
    '2.1761144392.60.NzlkOGRmYjBmYmRkMzNlMDBkOTI3MGE3NmI1NmQyZDE7Nzc0ZDU2MTg7ZjcyMWYxMWM0N'
    'mIwNzc5N2NhZTlmNDZkYTBjMDZiM2Q3NDc4NGYxZTszOxNB7NEUYLTCNca4XpTIzJDEauEGizJTluLcxv5IZB'
    'toFl1Q2wk4zLP6aOHKOtA0TVc=.38a8f31efa52a606ada17f334048a98f\n> X-Vercel-Id: '
    'icn1::1761144392-9m9ExmVWciMffM1mcPy5twm3Q8vGpHHP\n> X-Vercel-Mitigated: challenge\n'
    '> Date: Wed, 22 Oct 2025 14:46:32 GMT')

# LOOK-cloudfront-403-html (status None):
# https://github.com/labnol/covid19-vaccine-tracker/issues/5
LOOK_CLOUDFRONT_403_HTML = (
    'HTTP Output = <!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" '
    '"http://www.w3.org/TR/html4/loose.dtd">\n<HTML><HEAD><META HTTP-EQUIV="Content-Type" '
    'CONTENT="text/html; charset=iso-8859-1">\n<TITLE>ERROR: The request could not be '
    'satisfied</TITLE>\n</HEAD><BODY>\n<H1>403 ERROR</H1>\n<H2>The request could not be '
    'satisfied.</H2>\n<HR noshade size="1px">\nRequest blocked.\nWe can\'t connect to the '
    'server for this app or website at this time. There might be too much traffic or a '
    'configuration error. Try again later, or contact the app or website owner.\n<BR '
    'clear="all">\nIf you provide content to customers through CloudFront, you can find '
    'steps to troubleshoot and help prevent this error by reviewing the CloudFront '
    'documentation.\n<BR clear="all">\n<HR noshade size="1px">\n<PRE>\nGenerated by '
    'cloudfront (CloudFront)\nRequest ID: '
    'yaPSSJzUvDS5TF06LGBzHqc43V_VZkPAX8zVdX0KQnW12QD4bAcBbA==\n</PRE>')

EDGE_BLOCKED = ("cloudflare-edge", "edge-blocked")
EDGE_ORIGIN = ("cloudflare-edge", "edge-origin-error")


# -- family 1: a challenge served with 503 is a challenge, not the site failing ------------------
@pytest.mark.parametrize("text", [CLOUDSCRAPER216_IUAM_BODY, CLOUDSCRAPER194_JUST_A_MOMENT_2020,
                                  APOLLO_NONINTERACTIVE_CHALLENGE_ESCAPED])
def test_a_challenge_with_503_is_the_visitor_checked(text: str) -> None:
    d = classify_pasted(text, 503)
    assert (d.origin, d.cause) == EDGE_BLOCKED
    assert who(text, 403) == EDGE_BLOCKED


def test_a_503_without_challenge_markers_keeps_its_reading() -> None:
    # Cloudflare's own 5xx page still says the site behind failed.
    assert who("<title>api.openai.com | 503: Service unavailable</title>", 503) == EDGE_ORIGIN
    # And another server's 503 page (Fastly's Varnish) is not the edge's.
    assert who(LOOK_FASTLY_503_UNHEALTHY)[0] == "unknown"


# -- family 2: the challenge's script and form without its title --------------------------------
@pytest.mark.parametrize("text,status", [(AIRA_MANAGED_CHALLENGE_ESCAPED, 403),
                                         (FLARESOLVERR84_NONINTERACTIVE_UNESCAPED, None),
                                         (MALSCRAPER_503_CHK_JSCHL_AXIOS, None)])
def test_the_challenge_machinery_names_the_edge(text: str, status: int | None) -> None:
    assert who(text, status) == EDGE_BLOCKED


@pytest.mark.parametrize("text,status", [
    (LOOK_DDOSGUARD_403_HTML, None),  # DDoS-Guard's own challenge
    (LOOK_VERCEL_CHALLENGE_CURL, None),  # Vercel's challenge (X-Vercel-Mitigated)
    # a site's own form of that name, and the JavaScript sentence alone
    ('<form id="challenge-form" action="/verify"><div id="captcha"></div></form>', 403),
    ("<html><body><h1>Please turn JavaScript on and reload the page.</h1></body></html>", 503),
])
def test_other_challenges_are_not_cloudflares(text: str, status: int | None) -> None:
    origin, cause = who(text, status)
    assert origin != "cloudflare-edge" and not cause.startswith("edge-")


# -- family 3: the pre-2022 challenge's words as text -------------------------------------------
@pytest.mark.parametrize("text", ["Please Wait... | Cloudflare", LIHKG_CHECKING_BROWSER_TEXT,
                                  DROPOD_IUAM_TEXT_ONLY])
def test_the_old_challenge_as_text(text: str) -> None:
    assert who(text) == EDGE_BLOCKED


@pytest.mark.parametrize("text", [
    # Imperva's pages ask it too: alone it is no Cloudflare line.
    "Why do I have to complete a CAPTCHA?\nCompleting the CAPTCHA proves you are a human and "
    "gives you temporary access to the web property.",
    "Please allow up to 5 seconds",
    "<title>Please Wait...</title>",
])
def test_one_old_line_alone_is_not_the_edge(text: str) -> None:
    assert who(text)[0] == "unknown"


# -- family 4: a challenge solver's log ----------------------------------------------------------
def test_flaresolverr_stuck_on_the_challenge_is_a_block_not_a_timeout() -> None:
    assert who(FLARESOLVERR_LOG_JUST_A_MOMENT) == EDGE_BLOCKED


def test_a_selector_timeout_alone_stays_a_timeout() -> None:
    assert who("2024-10-06 21:35:42 DEBUG Timeout waiting for selector") == \
        ("unknown", "timeout")


# -- family 5: the code a Cloudflare text carries -----------------------------------------------
def test_error_code_colon_beside_a_ray_id() -> None:
    d = classify_pasted("Error code: 1020\nRay ID: 7a7b2ab7ed38bb20")  # lutris/website#669
    assert (d.origin, d.cause, d.code) == (*EDGE_BLOCKED, 1020)
    assert who(BADGES_1020_RU) == EDGE_BLOCKED


def test_error_code_colon_alone_is_any_apps() -> None:
    assert who("Error code: 1020")[0] == "unknown"


def test_the_docs_or_support_link_names_the_code() -> None:
    d = classify_pasted(TWEETCORD_1015_HTML_TAIL)
    assert (d.origin, d.cause, d.code) == (*EDGE_BLOCKED, 1015)
    d = classify_pasted(ONLYKEY_1016_OWNER_TEXT)
    assert (d.origin, d.cause, d.code) == (*EDGE_ORIGIN, 1016)


def test_a_support_link_to_another_article_names_no_code() -> None:
    assert who("See https://support.cloudflare.com/hc/en-us/articles/200170136-Understanding-"
               "Cloudflare-Challenge-Passage")[0] == "unknown"


def test_the_reason_in_the_older_title() -> None:
    d = classify_pasted(GRAFANA_1000_HTML_TITLE_API)
    assert (d.origin, d.cause) == EDGE_ORIGIN  # the edge's page, not the API's answer
    assert any("api.cloudflare.com" in e for e in d.evidence)
    d = classify_pasted("<title>Argo Tunnel error | example.com | Cloudflare</title>")
    assert (d.origin, d.cause, d.code) == (*EDGE_ORIGIN, 1033)
    assert who("<title>Access denied | example.com | Cloudflare</title>") == EDGE_BLOCKED


def test_a_reason_that_is_no_codes_title_says_nothing_more() -> None:
    d = classify_pasted("<title>Maintenance | example.com | Cloudflare</title>")
    assert (d.origin, d.cause, d.code) == ("cloudflare-edge", "unknown", None)


# -- family 6: the 525 sentence and the older 5xx template's status row -------------------------
@pytest.mark.parametrize("text", [ZENBOT_525_SENTENCE_HTML, ZENBOT_525_OLD_HTML])
def test_the_older_5xx_page(text: str) -> None:
    assert who(text) == EDGE_ORIGIN


def test_the_row_names_the_side_that_failed() -> None:
    # The browser's column failing is not the host's.
    row = ('<div id="cf-browser-status" class="cf-column cf-status-item cf-browser-status '
           'cf-error-source"><span data-translate="browser_status_label">Error</span></div>')
    assert who(row, 400) == ("cloudflare-edge", "bad-request")


def test_another_cdns_ssl_sentence_is_not_cloudflares() -> None:
    assert who("The CDN is unable to establish an SSL connection to the origin server.")[0] == \
        "unknown"


# -- family 7: a Cloudflare-only status in a client's words -------------------------------------
def test_request_failed_with_a_52x_at_the_lines_end() -> None:
    # ooni/probe#1418
    d = classify_pasted("ipconfig_test.go:21: httpx: request failed: 523")
    assert (d.origin, d.cause, d.status) == (*EDGE_ORIGIN, 523)


@pytest.mark.parametrize("text", ["request failed: 523 times in a row",
                                  "upload failed with 523 errors",
                                  "ipconfig_test.go:21: httpx: request failed: 500"])
def test_a_number_inside_a_sentence_or_another_status_is_not_the_edge(text: str) -> None:
    assert who(text)[0] != "cloudflare-edge"


# -- family 9: a provider's host inside a Cloudflare page is the site behind the edge -----------
def test_a_provider_zone_in_the_challenge_is_not_the_origin() -> None:
    d = classify_pasted(AIRA_MANAGED_CHALLENGE_ESCAPED, 403)
    assert (d.origin, d.cause) == EDGE_BLOCKED
    assert any("zone/host platform.openai.com" in e for e in d.evidence)


def test_openais_own_link_outside_a_cloudflare_page_still_names_openai() -> None:
    assert who("Error: 401 Incorrect API key provided: sk-abc. You can find your API key at "
               "https://platform.openai.com/account/api-keys.")[0] == "openai"


# -- look-alikes of the edge, as the probe found them --------------------------------------------
@pytest.mark.parametrize("text", [LOOK_AKAMAI_ACCESS_DENIED_HTML, LOOK_SUCURI_403_HEADERS_HTML,
                                  LOOK_CLOUDFRONT_403_HTML, LOOK_DDOSGUARD_403_HTML,
                                  "502 Bad Gateway \nnginx/1.8.1"])
def test_other_servers_pages_stay_off_the_edge(text: str) -> None:
    origin, cause = who(text)
    assert origin != "cloudflare-edge" and not cause.startswith("edge-")


def test_many_titles_without_a_closing_one_are_read_in_linear_time() -> None:
    # (review) a lazy <title>(.*?)</title> scanned to the end from each <title>: 200 KB
    # took 3 s, 1 MB a minute.
    import time

    text = ("<title>x|a" + "." * 50) * 4000
    t = time.perf_counter()
    classify_pasted(text)
    assert time.perf_counter() - t < 1.0
