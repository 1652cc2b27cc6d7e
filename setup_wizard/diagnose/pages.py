"""Cloudflare's edge pages as data: how to know one, whole or cut off, and what its code means.

Cloudflare's CDN/WAF answers before any origin sees the request: HTML pages (the 5xx pages,
"Attention Required!", the managed challenge "Just a moment..."), their text as a browser
shows it ("Error 1015 Ray ID: ..."), a plain `error code: 1010`, or a JSON variant with
`cloudflare_error: true`. A page is often cut off (a log line limit), so every marker below
works on a fragment. Scripts Cloudflare *injects* into someone else's page (bot detection)
only prove the page passed through Cloudflare: an nginx 502 page carrying one is nginx's.
Sources: docs/sources.md#edge-errors.
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass
from typing import Final

CF_1XXX = "https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-1xxx-errors/"
CF_5XX = "https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/"
CF_CHALLENGE = "https://developers.cloudflare.com/cloudflare-challenges/challenge-types/challenge-pages/"
# The older pages' link to the support site's article on their code, which names it.
SUPPORT_ARTICLE = r"support\.cloudflare\.com/hc/[A-Za-z-]{2,8}/articles/\d{1,15}-Error-(\d{3,4})\b"
# The access-denied pages' sentence, up to what was banned (its host in brackets or none).
CF_OWNER_BANNED = "https://github.com/bucardo/check_postgres/issues/160"
_OWNER_BANNED = r"(?i)The owner of this website (?:\([^()\s]{1,253}\) )?has banned "
# Its minimal page rendered to text, found with its status in the text or beside it.
_MINIMAL_AS_TEXT = ("Cloudflare's own minimal error page as text (its status, then 'cloudflare' "
                    "alone)")
CF_PAGE_KEYS = ("docs/sources.md#edge-errors: "
                "https://github.com/run-llama/llama_index/issues/16796, "
                "https://github.com/yihong0618/xiaogpt/issues/551, "
                "https://github.com/sugarforever/chat-ollama/issues/319")
CF_TEMPLATE = ("docs/sources.md#edge-errors: "
               "https://github.com/anthropics/claude-code/issues/3197, "
               "https://github.com/langgenius/dify/issues/12276, "
               "https://github.com/Helicone/helicone/issues/798")
CLOUDSCRAPER = "https://github.com/VeNoMouS/cloudscraper (cloudscraper/exceptions.py, 1.2.71)"
CLOUDFLARED = ("https://github.com/cloudflare/cloudflared/blob/"
               "d1df7985bdf189c4caf34e290bafbf8f411e603b/proxy/proxy.go")
CF_CHALLENGE_LEGACY = ("https://github.com/lifan0127/ai-research-assistant/issues/109, "
                       "https://github.com/FlareSolverr/FlareSolverr/issues/84, "
                       "https://github.com/Kylart/MalScraper/issues/1, "
                       "https://github.com/VeNoMouS/cloudscraper/issues/216")
CF_CHALLENGE_TEXT = ("https://github.com/dropod/issues/issues/5041, "
                     "https://github.com/dropod/issues/issues/7274")
FLARESOLVERR = ("https://github.com/FlareSolverr/FlareSolverr/issues/1382 (its log; the lines "
                "are src/flaresolverr_service.py's)")
YT_DLP = ("https://github.com/yt-dlp/yt-dlp/blob/master/yt_dlp/extractor/generic.py, "
          "https://github.com/NickvisionApps/Parabolic/issues/1532")
G4F = ("https://github.com/xtekky/gpt4free/blob/eef67f8ca518a3b97648d21f2627abac3d01186e/"
       "g4f/requests/raise_for_status.py")


@dataclass(frozen=True)
class PageMarker:
    pattern: str  # regex searched in the page (HTML or its text)
    says: str
    source: str
    cause: str | None = None  # what the page alone says, when it has no code
    code: int | None = None  # the 1xxx error the words belong to, when the page shows no code
    variant: str | None = None  # picks a sharper fix (the challenge: no code of its own)


EDGE_PAGE_MARKERS: Final[tuple[PageMarker, ...]] = (
    PageMarker(r'id="?cf-error-details', "id cf-error-details (Cloudflare error page)", CF_5XX),
    PageMarker(r'id="?cf-wrapper', "id cf-wrapper (Cloudflare error page)", CF_5XX),
    PageMarker(r"Cloudflare Ray ID|\bRay ID:\s*<?[^\n]{0,40}?[0-9a-fx]{8,}",
               "'Ray ID' (Cloudflare error page)", CF_1XXX),
    PageMarker(r'id="?cf_styles-css|/cdn-cgi/styles/(?:main|cf\.errors)\.css',
               "Cloudflare's error-page stylesheet (/cdn-cgi/styles/)", CF_5XX),
    PageMarker(r"cloudflare\.com/5xx-error-landing|utm_source=errorcode_\d+",
               "link to Cloudflare's 5xx landing page", CF_5XX),
    PageMarker(r"developers\.cloudflare\.com/support/troubleshooting/http-status-codes/"
               r"cloudflare-(?:1xxx|5xx)-errors", "link to Cloudflare's error-code docs", CF_1XXX),
    # The older pages linked the support site's article on their code ("...-Error-1016-...").
    PageMarker(SUPPORT_ARTICLE, "link to Cloudflare's support article on an error code "
               "(support.cloudflare.com/.../...-Error-NNNN-...)",
               "https://github.com/onlykey/onlykey.github.io/issues/36"),
    PageMarker(r"\| Cloudflare\s*</title>|/cdn-cgi/scripts/cf\.common\.js",
               "a page titled '... | Cloudflare' (one of Cloudflare's own pages)", CF_1XXX),
    PageMarker(r"Attention Required! \| Cloudflare", "'Attention Required! | Cloudflare' "
               "(WAF block page)", "https://github.com/lobehub/lobehub/issues/2143",
               "edge-blocked"),
    PageMarker(r"Sorry, you have been blocked", "'Sorry, you have been blocked' (WAF block page)",
               "https://github.com/lobehub/lobehub/issues/2143", "edge-blocked"),
    # (`window._cf_chl_opt`: the underscore is a word character, so no \b before `cf`)
    PageMarker(r"<title>Just a moment\.\.\.</title>|\b_?cf_chl_opt\b|/cdn-cgi/challenge-platform/"
               r"h/[bg]/orchestrate|id=\"?challenge-error-text|#challenge-error-text\s*\{|Enable "
               r"JavaScript and cookies to "
               r"continue", "Cloudflare's managed challenge page ('Just a moment...')",
               CF_CHALLENGE, "edge-blocked", variant="challenge"),
    # The challenge page's own style sheet, which opens its <head>: what is left of the page
    # when a paste or a log dropped its title (the same bytes in every copy we hold).
    PageMarker(r"box-sizing:\s*border-box;\s*margin:\s*0;\s*padding:\s*0;?\s*\}\s*html\s*\{\s*"
               # (a terminal's wrap may fall after any hyphen)
               r"line-height:\s*1\.15;\s*-webkit-\s*text-\s*size-\s*adjust:\s*100%;\s*color:\s*"
               r"#313131",
               "the managed challenge page's style sheet (its <head>)",
               "https://github.com/anthropics/claude-code/issues/30437", "edge-blocked",
               variant="challenge"),
    # Its text as a browser or a page-to-text tool renders it, under the site's name.
    PageMarker(r"needs to review the security of your connection before proceeding",
               "'<host> needs to review the security of your connection before proceeding' "
               "(the challenge page's text)",
               "https://github.com/franalgaba/chatgpt-telegram-bot-serverless/issues/6",
               "edge-blocked", variant="challenge"),
    # The challenge's current words (its heading, and its note on what the page is for).
    # (its note's two sentences each alone, the first without "This website": a paraphrase
    # keeps the words and drops the subject)
    PageMarker(r"Verifying you are human\. This may take a few seconds|uses a security service "
               r"to protect against malicious bots|This page is displayed while the website "
               r"verifies you are not a bot|正在验证您是否是真人。这可能需要几秒钟时间|"
               r"检查站点连接是否安全",
               "'Verifying you are human. This may take a few seconds.' (the managed challenge "
               "page's text; its Chinese too)", "https://github.com/nek0us/ChatGPT/issues/14, "
               "https://github.com/Loyalsoldier/clash-rules/issues/206, "
               "https://github.com/cloudflare/cloudflare-docs/issues/31613, "
               "https://github.com/putyy/res-downloader/issues/133", "edge-blocked",
               variant="challenge"),
    PageMarker(r"Checking (?:if the site connection is secure|your browser before accessing)|"
               r"Verify you are human by completing the action below|Please unblock "
               r"challenges\.cloudflare\.com|\bcf-browser-verification\b|__cf_chl_",
               "Cloudflare's browser check / challenge page", CF_CHALLENGE, "edge-blocked",
               variant="challenge"),
    # The challenge's machinery, what a cut or escaped body keeps without its title: the
    # legacy JS check's redirect, the form's and the spinner's ids, the "I'm Under Attack"
    # class, the template's translation keys (a page with `cf-` ids around the form).
    PageMarker(r"/cdn-cgi/l/chk_jschl|/cdn-cgi/scripts/cf\.challenge\.js|\bcf-(?:please-wait|"
               r"challenge-running|hcaptcha-container|im-under-attack|captcha-bookmark)\b|"
               r"\bname=\\?[\"']?cf_captcha_kind\b|#cf-wrapper #challenge-form\b|"
               r"\bchallenge-form\b[^\n]{0,120}\bcf-[a-z]|data-translate=\\?[\"']?(?:checking_browser|process_is_automatic|"
               r"allow_5_secs)\b",
               "Cloudflare's challenge machinery (chk_jschl, cf-please-wait, challenge-form "
               "with cf- ids, the old captcha's cf.challenge.js and cf_captcha_kind: a challenge "
               "page without its title)", CF_CHALLENGE_LEGACY + ", "
               "https://github.com/Ekultek/WhatWaf/issues/721",
               "edge-blocked", variant="challenge"),
    # The pre-2022 checks as text: the captcha page's title and its two lines, the "I'm Under
    # Attack" page's two fixed lines (each alone is some other site's sentence too: Imperva's
    # pages ask "Why do I have to complete a CAPTCHA?").
    PageMarker(r"Please Wait\.\.\. \| Cloudflare|We are checking your browser\.\.\.\s+\S{1,253}"
               r"\s+Why do I have to complete a CAPTCHA\?|This process is automatic\. Your "
               r"browser will redirect to your requested content shortly\.(?:\s|<[^<>]{0,200}>)*"
               r"Please allow up to 5 seconds",
               "the pre-2022 challenge page's words ('Please Wait... | Cloudflare', 'This process "
               "is automatic ... Please allow up to 5 seconds')", CF_CHALLENGE_TEXT,
               "edge-blocked", variant="challenge"),
    # A challenge solver's own log about the page in front of it (FlareSolverr waits for the
    # title to change, then looks for the checkbox): its timeouts are the solver's.
    PageMarker(r"Waiting for title \(attempt \d{1,4}\): Just a moment\.\.\.|\bCloudflare verify "
               r"checkbox\b|\bCloudflare 'Verify you are human' button\b",
               "FlareSolverr's log about Cloudflare's challenge ('Waiting for title: Just a "
               "moment...', 'Cloudflare verify checkbox not found')", FLARESOLVERR,
               "edge-blocked", variant="challenge"),
    PageMarker(r"This website is using a security service to protect itself from online "
               r"attacks|The site owner may have set restrictions that prevent you from accessing "
               r"the site|Why have I been blocked\?", "Cloudflare's WAF block page text", CF_1XXX,
               "edge-blocked"),
    # The access-denied pages' own sentence (1005 ASN, 1006 IP, 1009 country, 1010 browser
    # signature), with what was banned in brackets after it; another product's copy without
    # the brackets ("... has banned your IP address.") is not read as Cloudflare's.
    *(PageMarker(_OWNER_BANNED + words, f"'The owner of this website (<host>) has banned "
                 f"{said}' (error {code}, an access-denied page)", CF_OWNER_BANNED,
                 "edge-blocked", code)
      for code, words, said in (
          (1010, r"your access based on your browser's signature", "your access based on your "
           "browser's signature"),
          (1005, r"the autonomous system number \(ASN\)", "the autonomous system number"),
          (1009, r"the country or region your IP address is in", "the country or region"))),
    # Cloudflare's list gives 1006, 1007, 1008 and 1106 one heading and one page: the IP
    # sentence alone names no code, only what was banned.
    PageMarker(_OWNER_BANNED + r"your IP address \(", "'The owner of this website (<host>) has "
               "banned your IP address' (errors 1006, 1007, 1008, 1106: an access-denied page)",
               f"docs/sources.md#edge-errors: {CF_1XXX}, {CF_OWNER_BANNED}", "edge-blocked",
               variant="ip-banned"),
    PageMarker(r"used Cloudflare to restrict access", "'... used Cloudflare to restrict access' "
               "(an access-denied page)", CF_1XXX, "edge-blocked"),
    PageMarker(r"(?:Performance|DDoS protection) (?:&amp;|&) security by Cloudflare|DDoS "
               r"protection by Cloudflare", "'Performance & security by Cloudflare' (page footer)",
               CF_5XX),
    PageMarker(r"\b5[23]\d: (?:A timeout occurred|Connection timed out|Web server is down|Web "
               r"server is returning an unknown error|Origin is unreachable|SSL handshake "
               r"failed|Invalid SSL certificate)", "a Cloudflare 52x page title",
               CF_5XX, "edge-origin-error"),
    # The newer 5xx page's heading as text: its headline, then the code's label ("<span>Gateway
    # time-out</span><span class="code-label">Error code 504</span>"); nginx's and Varnish's
    # pages say "504 Gateway Time-out", never the label after the words. 520's headline may
    # run on into "code 520" alone ("Web server is returning an unknown error code 520").
    PageMarker(r"\b(?:Bad gateway|Gateway time-out|A timeout occurred|Connection timed out|Web "
               r"server is down|Origin is unreachable|SSL handshake failed|Invalid SSL "
               r"certificate|Web server is returning an unknown error)\s+Error code 5[0-3]\d\b|"
               r"\bWeb server is returning an unknown error code 520\b",
               "the 5xx page's headline with its code ('Gateway time-out Error code 504', as text)",
               "https://github.com/tdurieux/anonymous_github/issues/195, "
               "https://github.com/AndyTaylorTweet/Pi-Star_DV_Dash/issues/189",
               "edge-origin-error"),
    # (its closing tag may be past a log's cut: the word ends the line there)
    PageMarker(r"(?im)<center>\s*cloudflare\s*(?:</center>|<?/?[a-z]*$)",
               "Cloudflare's own minimal error page ('<center>cloudflare</center>': the edge "
               "refused the request itself)", CF_5XX),
    # The same page in Guzzle's exception, whose body summary cuts at 120 characters and adds
    # " (truncated...)": after a status line of 502's or 400's length the cut falls inside the
    # word ("<hr><center>clou (truncated...)"); four letters of it at least.
    PageMarker(r"<hr><center>clou(?:d(?:f(?:l(?:a(?:re?)?)?)?)?)? \(truncated\.\.\.\)",
               "Cloudflare's own minimal error page cut by Guzzle's body summary ('<hr><center>"
               "clou (truncated...)')", "https://github.com/elementor/wp2static-addon-cloudflare-"
               "workers/issues/1"),
    PageMarker(r"\bWorker threw exception\b", "'Worker threw exception' (Workers error 1101)",
               CF_1XXX, "edge-origin-error"),
    # Error 1102's own heading (the docs' title is "Rendering error"), alone when an app kept
    # the page's text only.
    PageMarker(r"\bWorker exceeded resource limits\b",
               "'Worker exceeded resource limits' (Workers error 1102)", CF_1XXX,
               "edge-origin-error"),
    PageMarker(r"\bYou are being rate limited\b", "'You are being rate limited' (error 1015)",
               CF_1XXX, "edge-blocked"),
    # The 5xx pages' explanation, also the `detail` of their JSON (problem details) form.
    PageMarker(r"The origin web server returned an invalid or incomplete response to Cloudflare",
               "'The origin web server returned an invalid or incomplete response to "
               "Cloudflare' (its 502 explanation)", CF_5XX + "error-502/", "edge-origin-error"),
    # The 5xx pages' own "What happened?" sentence, all that is left when an app keeps a
    # page's text only ("502 Bad Gateway: The web server reported a bad gateway error."):
    # 502, 520, 521, 522, 524 and 525, in the words of the page's template (a text dump may wrap
    # them; older pages write "CloudFlare").
    PageMarker(r"(?i)The\s+web\s+server\s+reported\s+a\s+bad\s+gateway\s+error|There\s+is\s+an\s+"
               r"unknown\s+connection\s+issue\s+between\s+Cloudflare\s+and\s+the\s+origin\s+web|"
               r"The\s+web\s+server\s+is\s+not\s+returning\s+a\s+connection|The\s+initial\s+"
               r"connection\s+between\s+Cloudflare's\s+network\s+and\s+the\s+origin\s+web|The\s+"
               r"origin\s+web\s+server\s+timed\s+out\s+responding\s+to\s+this\s+request|Cloudflare\s+is\s+"
               r"unable\s+to\s+establish\s+an\s+SSL\s+connection\s+to\s+the\s+origin\s+server|"
               # (520's text for the site's owner)
               r"There\s+is\s+an\s+issue\s+between\s+Cloudflare's\s+cache\s+and\s+your\s+origin\s+"
               r"web\s+server",
               "the 5xx page's 'What happened?' sentence ('The web server reported a bad gateway "
               "error.', 'The origin web server timed out responding to this request.', ...)",
               "https://github.com/codewars/codewars.com/issues/1061, "
               "https://github.com/DeviaVir/zenbot/issues/69, "
               "https://github.com/hyperobject/crossorigin.me/issues/46", "edge-origin-error"),
    # The pre-2020 5xx template's status row (browser, Cloudflare, host), its labels kept by
    # their translation keys; `cf-error-source` marks the column that failed: on the host's,
    # the server behind the edge did (the newer template writes the class first).
    PageMarker(r"data-translate=\\?[\"']?(?:browser|cloudflare|server)_status_label\b|"
               r"\bcf-(?:browser|cloudflare)-status\b[^>]{0,160}?\bcf-error-source\b",
               "the 5xx page's status row (data-translate=\"server_status_label\", "
               "cf-error-source)", "https://github.com/DeviaVir/zenbot/issues/69"),
    PageMarker(r"\bcf-host-status\b[^>]{0,160}?\bcf-error-source\b",
               "the 5xx page's status row marks the host as the failing side (cf-host-status "
               "cf-error-source)", "https://github.com/DeviaVir/zenbot/issues/69",
               "edge-origin-error"),
    # 1033's "What happened?" sentence (the tunnel's connector, cloudflared, is down), also
    # its JSON form's detail ("..., but Cloudflare is currently unable to reach it").
    PageMarker(r"is configured as an? Cloudflare Tunnel, (?:and|but) Cloudflare is currently "
               r"unable to (?:resolve|reach) it", "'The host (...) is configured as a Cloudflare "
               "Tunnel, and Cloudflare is currently unable to resolve it' (error 1033)",
               "https://github.com/0xbitx/DEDSEC_PHISH/issues/3, "
               "https://github.com/orchidfiles/ungate/issues/28", "edge-origin-error", 1033),
    # 524's owner text on the 5xx page.
    PageMarker(r"The connection to the origin web server was made, but the origin web server "
               r"timed out before responding", "'The connection to the origin web server was "
               "made, but the origin web server timed out before responding' (error 524)",
               "https://github.com/langgenius/dify/issues/20016", "edge-origin-error"),
    # The footer of the edge's JSON error form (problem details), on every code.
    PageMarker(r"This error was generated by Cloudflare on behalf of the website owner",
               "'This error was generated by Cloudflare on behalf of the website owner' (the "
               "footer of the edge's JSON errors)", "https://github.com/orchidfiles/ungate/issues/28"),
    # Cloudflare's own failure (the 2025-11-18 outage's 500 page).
    PageMarker(r"There is an internal server error on Cloudflare's network",
               "'There is an internal server error on Cloudflare's network' (the edge failed "
               "itself)", "https://github.com/flirtual/flirtual/issues/248"),
    # The footer of the pages served for OpenAI's and others' sites ("Error reference number:
    # 502 / Cloudflare Location: London").
    PageMarker(r"\bCloudflare Location:", "'Cloudflare Location: <city>' (the error page's "
               "footer)", "https://github.com/lencx/ChatGPT/issues/1316"),
    # A Cloudflare Tunnel whose cloudflared cannot reach the service behind it.
    PageMarker(r"Unable to reach the origin service\. The service may be down or it may not be "
               r"responding", "cloudflared's 502 (a Cloudflare Tunnel "
               "could not reach the service behind it)", CLOUDFLARED, "edge-origin-error"),
    # Its 5xx template titles every page so, its own 52x and the 500-504 it shows for an
    # origin ("api.openai.com | 502: Bad gateway").
    PageMarker(r"<title>\s*[A-Za-z0-9.-]+\.[A-Za-z]{2,}\s*\|\s*5\d\d:",
               "title 'host | 5xx: ...' (Cloudflare's 5xx page)", CF_5XX, "edge-origin-error"),
    # The same page as a browser or a page-to-text tool renders it: its title on a line of its
    # own ("gpt.pawan.krd | 504: Gateway time-out"), the template's titles only.
    PageMarker(r"(?m)^[ \t]*[A-Za-z0-9.-]+\.[A-Za-z]{2,}[ \t]*\|[ \t]*5\d\d: (?:Bad gateway|"
               r"Gateway time-out|A timeout occurred|Connection timed out|Web server is down|"
               r"Web server is returning an unknown error|Origin is unreachable|SSL handshake "
               r"failed|Invalid SSL certificate|Internal server error|Service unavailable)\b",
               "the title 'host | 5xx: ...' of Cloudflare's 5xx page, as text", CF_5XX,
               "edge-origin-error"),
    # -- round 16 (otheredge A, gateway G): the same title where a client's wrapper puts it --
    # Claude Code prints the page's title inside its own "API Error (...)", other apps after a
    # colon, a bracket or a Chinese semicolon ("HTTP 504；pumpkinai.vip | 504: Gateway
    # time-out"); the closed list of the template's titles keeps it Cloudflare's (no other CDN
    # titles its pages "host | code: phrase").
    PageMarker(r"(?:[(\[]|: |[\uff1a\uff1b])[ \t]*[A-Za-z0-9.-]{1,253}\.[A-Za-z]{2,63}[ \t]*\|"
               r"[ \t]*5\d\d: (?:Bad gateway|Gateway time-out|A timeout occurred|Connection timed "
               r"out|Web server is down|Web server is returning an unknown error|Origin is "
               r"unreachable|SSL handshake failed|Invalid SSL certificate|Internal server error|"
               r"Service unavailable)\b",
               "the title 'host | 5xx: ...' of Cloudflare's 5xx page, inside a client's wrapper "
               "('API Error (<host> | 504: Gateway time-out)')",
               "https://github.com/anthropics/claude-code/issues/6781", "edge-origin-error"),
    # Cloudflare's own minimal page ("<center>cloudflare</center>") as text: its status line,
    # then the word alone on the last line ("502 Bad Gateway / 502 Bad Gateway / cloudflare").
    # (a status's words end in a letter: blanks after them are the line's, or each split of a
    # run of blanks between the two would be tried, seconds on a megabyte of such lines)
    PageMarker(r"(?m)^[ \t]*[45]\d\d [A-Z][A-Za-z -]{1,39}[A-Za-z-][ \t]*\n(?:[ \t]*\n)?(?:[ \t]*"
               r"[45]\d\d [A-Z][A-Za-z -]{1,39}[A-Za-z-][ \t]*\n(?:[ \t]*\n)?)?[ \t]*cloudflare"
               r"[ \t]*$",
               _MINIMAL_AS_TEXT, CF_5XX),
    # (each level of escaping a log or a Debug print adds puts more backslashes before the
    # quotes: Rust's Debug of a string holding JSON holding the page, seven: openai/codex#27752)
    PageMarker(r"<!--\[if lt IE 7\]>\s*<html class=\\{0,8}[\"']no-js ie6 oldie\\{0,8}[\"'] "
               r"lang=\\{0,8}[\"']en-US", "the opening of Cloudflare's error-page template "
               "('<!--[if lt IE 7]> <html class=\"no-js ie6 oldie\" lang=\"en-US\">')",
               CF_TEMPLATE),
    # The templates' translation keys survive when a log cuts, wraps or reorders the page.
    PageMarker(r"data-translate=\\?[\"']?(?:block_headline|unable_to_access|blocked_why_headline|"
               r"blocked_why_detail|blocked_resolve_headline|blocked_resolve_detail)\b",
               "the WAF block page's translation keys (data-translate=\"blocked_why_headline\", "
               "...)", CF_PAGE_KEYS, "edge-blocked"),
    PageMarker(r"data-translate=\\?[\"']?enable_cookies\b",
               "the cookie alert every Cloudflare error page carries "
               "(data-translate=\"enable_cookies\")", CF_PAGE_KEYS),
    # cloudscraper raises these only after it has seen Cloudflare's challenge or block page.
    PageMarker(r"\bcloudscraper\.exceptions\.Cloudflare\w+|\bCloudflare(?:Code1020|IUAMError|"
               r"ChallengeError|SolveError|CaptchaError|CaptchaProvider|LoopProtection)\b",
               "cloudscraper's exception for a Cloudflare challenge or block page",
               CLOUDSCRAPER, "edge-blocked"),
    # yt-dlp raises it only for a 403 that came with `cf-mitigated: challenge` (its generic
    # extractor); the apps that wrap yt-dlp (GUIs, mpv's hook, chat bots) print it as it is.
    PageMarker(r"\bHTTP Error 403 caused by Cloudflare anti-bot challenge\b",
               "yt-dlp's 'Got HTTP Error 403 caused by Cloudflare anti-bot challenge' (the answer "
               "came with cf-mitigated: challenge)", YT_DLP, "edge-blocked", variant="challenge"),
    # gpt4free raises it on Cloudflare's challenge and block pages (and, since late 2024, on
    # CloudFront's error page too: the likelier reading, not proof).
    PageMarker(r"\bCloudflareError\b[^\n]{0,40}: Cloudflare detected",
               "gpt4free's CloudflareError (it saw Cloudflare's challenge or block page, or "
               "CloudFront's error page: Cloudflare's is the likelier reading)", G4F,
               "edge-blocked"),
)
# Markers that name a page only beside the status it comes with, and never when a `server`
# header names another server: a title alone is common English. (statuses, marker)
STATUS_PAGE_MARKERS: Final[tuple[tuple[range, PageMarker], ...]] = (
    # The managed challenge's title as text after its 403 ("403 Forbidden, response body: Just
    # a moment..."), what an app prints when it keeps a page's text only. A title ends there:
    # words going on after it in lower case are someone's sentence ("Just a moment... while we
    # verify"), as for COMMON_TITLES.
    (range(403, 404), PageMarker(r"(?<![\w.])Just a moment\.\.\.(?![ \t]+[a-z])",
                                 "'Just a moment...' with HTTP 403 (the managed challenge "
                                 "page's title)", CF_CHALLENGE, "edge-blocked",
                                 variant="challenge")),
    # Its newer title, as common words as the old: with the 403 only, on a line of its own.
    (range(403, 404), PageMarker(r"(?m)^[ \t]*Performing security verification[ \t]*$",
                                 "'Performing security verification' with HTTP 403 (the managed "
                                 "challenge page's newer title)",
                                 "https://github.com/HermanMartinus/bearblog/issues/447",
                                 "edge-blocked", variant="challenge")),
    # The minimal page as a browser copies it (no title: its heading, then the word under the
    # rule) once the parser took its status off the first line ("Bad Gateway / cloudflare"):
    # with a 4xx or 5xx, and nothing else in the text.
    (range(400, 600), PageMarker(
        r"\A[ \t]*[A-Z][A-Za-z -]{1,39}[A-Za-z-][ \t]*\n(?:[ \t]*\n)?[ \t]*cloudflare\s*\Z",
        _MINIMAL_AS_TEXT, CF_5XX)),
)

# The same opening cut before its class list ends: Cloudflare's only when the answer also came
# with `server: cloudflare` (then the likelier reading, and the evidence says so).
TEMPLATE_CUT: Final = re.compile(r"^\s*<!DOCTYPE html>\s*<!--\[if lt IE 7\]>\s*<html class=\\?"
                                 r"[\"']no-js")
# A provider's own front end answering with its HTML error page (a path it does not serve, a
# load balancer's refusal): (origin, the page, the provider's API host the text must name).
# Google's front end serves Cloud Run and App Engine too, so the page alone says "a Google
# front end", and only a googleapis.com URL beside it says the Gemini API answered.
PROVIDER_PAGE_MARKERS: Final[tuple[tuple[str, PageMarker, str], ...]] = (
    ("google", PageMarker(r"<title>Error \d{3} \([^)<]*\)!!1</title>|//www\.google\.com/images/"
                          r"errors/robot\.png", "Google's front-end error page (the robot, "
                          "'Error 404 (Not Found)!!1')",
                          "https://github.com/musistudio/claude-code-router/issues/160"),
     r"\b[a-z0-9-]+\.googleapis\.com\b"),
)
# Cloudflare's bot-detection script injected into a page it only relays: not an edge error.
PASSED_THROUGH: Final = PageMarker(
    r"__CF\$cv\$params|/cdn-cgi/challenge-platform/(?:h/[bg]/)?scripts/",
    "a script Cloudflare injects into pages it relays: the page itself is the server's, "
    "not an edge error", CF_CHALLENGE)
# The host a page names: "<title>api.groq.com | 524: A timeout occurred</title>",
# "You are unable to access groq.com", "The owner of this website (www.paypal.com)".
EDGE_HOST: Final[tuple[str, ...]] = (
    r"<title>\s*([A-Za-z0-9.-]+\.[A-Za-z]{2,})\s*\|",
    r"unable to access\s*(?:<[^>]+>)?\s*([A-Za-z0-9.-]+\.[A-Za-z]{2,})",
    r"owner of this website \(([A-Za-z0-9.-]+\.[A-Za-z]{2,})\)",
    r"a website \(([A-Za-z0-9.-]+\.[A-Za-z]{2,})\) that is on the Cloudflare network",
    # the older title "DNS points to prohibited IP | api.cloudflare.com | Cloudflare"
    r"<title>[^<|]{1,80}\|\s*([A-Za-z0-9.-]+\.[A-Za-z]{2,})\s*\|\s*Cloudflare\s*</title>",
    # the challenge script's zone (window._cf_chl_opt={... cZone: "platform.openai.com"})
    r"\bcZone:\s*\\{0,3}[\"']([A-Za-z0-9.-]+\.[A-Za-z]{2,})",
)
EDGE_CODE: Final[tuple[str, ...]] = (
    r"<title>[^<]*?\b(\d{3,4}):",  # "| 524: A timeout occurred"
    r"Error(?:\s|&nbsp;|<[^>]+>)*(\d{3,4})\b",  # "Error 1020", "Error <span>522</span>"
    r"errorcode_(\d{3,4})\b",
    r"Error code (\d{3,4})\b",
    r"\bCloudflareCode(\d{4})\b",  # cloudscraper's CloudflareCode1020
    r"(?i)\bError code:\s*(\d{3,4})\b",  # the newer page as text: "Error code: 1020"
    r"cloudflare-(?:1xxx|5xx)-errors/error-(\d{3,4})\b",  # the docs' page on the code
    SUPPORT_ARTICLE,
)
# Plain text: `error code: 1010` (what the edge sends a non-browser client), anywhere in a
# line, lower-case as Cloudflare writes it. https://github.com/OpenAgentsInc/openagents/issues/4721
# A Markdown backtick may quote it ("Receiving `error code: 1016`").
# What may stand before it: a blank, a quote, a bracket, a colon (a Chinese app's "：" too).
EDGE_TEXT_BEFORE: Final = r"""(?:^|[\s:>"'`\])\uff1a\uff0c\u3011])"""
EDGE_TEXT_CODE: Final = re.compile(EDGE_TEXT_BEFORE + r"error code: (1\d{3}|5[0-3]\d)\b")
EDGE_JSON_SOURCE: Final = "https://github.com/anthropics/claude-code/issues/90947"
# RFC 9457 "type" of the JSON variant: ".../cloudflare-5xx-errors/error-522/".
EDGE_JSON_TYPE: Final = re.compile(r"cloudflare-(?:1xxx|5xx)-errors/error-(\d{3,4})")

# Each 1xxx code with the title Cloudflare's own list gives it (and its page's heading or words
# where they differ: 1009, 1102). The code beside its title ("Error 1016: Origin DNS error",
# "Access denied ... Error code 1020") is that page's text, whoever printed it; a code with
# other words is not (other APIs number their errors too).
CF_1XXX_TITLES_SOURCE = ("https://github.com/cloudflare/cloudflare-docs/blob/2678ac4c8e0abda808477"
                         "ea82dbdb67182020649/src/content/docs/support/troubleshooting/"
                         "http-status-codes/cloudflare-1xxx-errors/index.mdx")
EDGE_TITLES: Final[dict[int, tuple[str, ...]]] = {
    1000: ("DNS points to prohibited IP",), 1001: ("DNS resolution error",),
    1002: ("DNS points to Prohibited IP", "Restricted"),
    1003: ("Direct IP Access Not Allowed",), 1004: ("Host Not Configured to Serve Web Traffic",),
    1005: ("Autonomous System Number (ASN) banned",),
    **{c: ("Your IP address has been banned",) for c in (1006, 1007, 1008, 1106)},
    1009: ("Country or region banned", "banned the country or region"),
    1010: ("banned your access based on your browser's signature",),
    1011: ("Hotlinking Denied",), 1012: ("Access Denied",),
    1013: ("HTTP hostname and TLS SNI hostname mismatch",), 1014: ("CNAME Cross-User Banned",),
    1015: ("You are being rate limited",), 1016: ("Origin DNS error",),
    1018: ("Could not find host",), 1019: ("Compute server error",), 1020: ("Access denied",),
    1023: ("Could not find host",), 1025: ("Please check back later",),
    # (1033's pages say "Cloudflare Tunnel error" since Argo Tunnel was renamed: obs,
    # https://github.com/orchidfiles/ungate/issues/28)
    1033: ("Argo Tunnel error", "Cloudflare Tunnel error"), 1034: ("Edge IP Restricted",),
    1035: ("Invalid request rewrite (invalid URI path)",),
    1036: ("Invalid request rewrite (maximum length exceeded)",),
    1037: ("Invalid rewrite rule (failed to evaluate expression)",),
    1040: ("Invalid request rewrite (header modification not allowed)",),
    1041: ("Invalid request rewrite (invalid header value)",),
    1101: ("Rendering error",), 1102: ("Rendering error", "Worker exceeded resource limits"),
    1104: ("A variation of this email address is already taken", "Script not found"),
    1200: ("Cache connection limit",),
    # Workers' own codes (WORKERS_ERRORS): the site's Worker, its plan or its routing failed.
    1022: ("Cloudflare has failed to route the request to the Worker",),
    1024: ("Worker cannot make a subrequest to a Cloudflare-owned IP address",),
    1027: ("Worker exceeded free tier daily request limit",),
    1042: ("Worker tried to fetch from another Worker on the same zone",),
}
# Titles any API might say: they count only where the phrase ends ("Access denied." or a line
# of its own), never as the start of a longer sentence.
COMMON_TITLES: Final = frozenset({"access denied", "restricted", "rendering error",
                                  "please check back later", "could not find host"})
# "Error 1020", "Errors 1006", "Error code 1020", "error code: 1020".
_TITLED_CODE = re.compile(r"(?i)\berrors?(?:\s+code)?[\s:#]*(1\d{3})\b")
TITLE_WINDOW = 160  # how far from the code its title may stand (a page's text between them)


def titled_code(text: str) -> tuple[int, str] | None:
    """(code, title) when a 1xxx code stands beside the title Cloudflare gives it.

    Each title is looked for once in the whole text, then each code checks its window by
    bisection: a text of many "Error 1xxx" costs one pass, not a window's search per code.
    """
    spans: dict[str, list[tuple[int, int]]] = {}
    for m in _TITLED_CODE.finditer(text):
        code = int(m.group(1))
        lo, hi = m.start() - TITLE_WINDOW, m.end() + TITLE_WINDOW
        for t in EDGE_TITLES.get(code, ()):
            if t not in spans:
                spans[t] = [s.span() for s in _title_re(t).finditer(text)]
            found = spans[t]
            i = bisect.bisect_left(found, (lo, -1))
            while i < len(found) and found[i][0] <= hi:
                if found[i][1] <= hi:
                    return code, t
                i += 1
    return None


@functools.cache
def _title_re(title: str) -> re.Pattern[str]:
    """A title as a whole phrase, any run of blanks (a line break) between its words; a
    common one must also end there ("Access denied for this API key" is another API's
    sentence, not the title)."""
    words = r"\s+".join(re.escape(w) for w in title.split())
    ends = r"(?![ \t]+(?-i:[a-z]))" if title.lower() in COMMON_TITLES else ""
    return re.compile(r"(?i)(?<![\w-])" + words + r"(?![\w-])" + ends)


# The older pages' title, "<reason> | <host> | Cloudflare": the reason is a code's title.
# https://github.com/cloudflare/cloudflare-grafana-app/issues/6
_REASON_TITLE = re.compile(r"^([^|]{1,80}?)\s*\|\s*[A-Za-z0-9.-]+\.[A-Za-z]{2,}\s*\|\s*Cloudflare$")
REASON_TITLE_SOURCE = "https://github.com/cloudflare/cloudflare-grafana-app/issues/6"


@functools.cache
def _codes_by_title() -> dict[str, tuple[int, ...]]:
    by: dict[str, tuple[int, ...]] = {}
    for code, titles in EDGE_TITLES.items():
        for t in titles:
            by[t.lower()] = (*by.get(t.lower(), ()), code)
    return by


def reason_title_codes(title: str | None) -> tuple[str, tuple[int, ...]] | None:
    """(reason, its codes) when a page's title is "<reason> | <host> | Cloudflare" and the
    reason is the title Cloudflare's list gives one or more codes ("Access denied": 1012 and
    1020, which mean the same for the caller)."""
    m = _REASON_TITLE.match(title or "")
    if m is None:
        return None
    codes = _codes_by_title().get(m.group(1).lower())
    return (m.group(1), codes) if codes else None


# 1xxx codes that mean the site behind Cloudflare failed rather than the client being
# blocked (CF_1XXX): DNS of the origin, a Worker that threw or ran out of limits (its plan's
# daily requests too: 1027), that Cloudflare could not route to, or that fetched what a Worker
# may not (WORKERS_ERRORS).
ORIGIN_SIDE_1XXX: Final = frozenset({1000, 1001, 1002, 1004, 1014, 1016, 1018, 1019, 1022, 1023,
                                     1024, 1027, 1033, 1042, 1101, 1102, 1104, 1200})
WORKERS_ERRORS = ("https://github.com/cloudflare/cloudflare-docs/blob/010af5da6ebebb0e43a1192b9e4"
                  "a4d1e81896aa8/src/content/docs/workers/observability/errors.mdx")
# Status codes Cloudflare itself invented: the edge could not get an answer from the origin.
EDGE_STATUSES: Final = frozenset({520, 521, 522, 523, 524, 525, 526, 527, 530})


def edge_cause(code: int | None, status: int | None) -> str:
    """1xxx blocks (WAF, rate limiting) vs failures behind the edge; 52x and 504 likewise."""
    for n in (code, status):
        if n is None:
            continue
        if n in EDGE_STATUSES or n in (502, 503, 504) or n in ORIGIN_SIDE_1XXX:
            return "edge-origin-error"
        if 1000 <= n <= 1999 or n == 403 or n == 429:
            return "edge-blocked"
    return "unknown"
