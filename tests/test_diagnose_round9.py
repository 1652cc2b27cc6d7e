"""Evidence added in session 8 (issue 13, batch 22's tune texts), each with a text that fires
it and a look-alike that must not."""

from __future__ import annotations

import re

from setup_wizard.diagnose import pages, phrases
from setup_wizard.diagnose.classify import classify_pasted


def _said(text: str) -> tuple[str, str]:
    d = classify_pasted(text)
    return d.origin, d.cause


def test_gemini_clis_daily_quota_sentence_is_googles_quota() -> None:
    # The CLI writes it only over Google's 429 whose quota id names a day.
    assert _said("✕ [API Error: You have exhausted your daily quota on this model.]") == (
        "google", "quota-exhausted")
    # An app's own daily allowance, in other words, names no one.
    assert _said("You have exhausted your daily quota of free messages.")[0] == "unknown"


# The middle of Cloudflare's block page as a log kept it: no <html> opening, cut inside the
# cookie-alert script (from a real page, llama_index#16796).
PAGE_MIDDLE = (
    '<link rel="stylesheet" id="cf_styles-css" href="/cdn-cgi/styles/cf.errors.css" />\n'
    "<style>body{margin:0;padding:0}</style>\n\n<script>\n"
    "  if (!navigator.cookieEnabled) {\n"
    "    window.addEventListener('DOMContentLoaded', function () {\n"
    "      var cookieEl = docu")


def test_a_pages_script_cut_off_is_not_read_as_a_cut_off_object() -> None:
    d = classify_pasted(PAGE_MIDDLE)
    assert d.origin == "cloudflare-edge"
    assert not any("cut off" in e for e in d.evidence)
    # Data cut off after its bracket is still data: JSON, a Python repr, a JS literal.
    for cut in ('upstream said {"error": {"message": "Rate limit reached for model',
                "upstream said {'error': {'message': 'Rate limit reached for model",
                "upstream said {error: {message: 'Rate limit reached for model"):
        assert any("cut off (truncated)" in e for e in classify_pasted(cut).evidence), cut


def test_the_apis_missing_credentials_sentence_is_its_own_whole_or_cut() -> None:
    for text in ('{"code":9106,"message":"Missing X-Auth-Key, X-Auth-Email or Authorization '
                 'headers"}',
                 "ddns: Missing X-Auth-Key, X-Auth-Email or Authorization headers",
                 '{\nsuccess: false,\nerrors: [\n{\ncode: 9106,\nmessage: "Missing X-Auth-Key, '
                 "X-Auth-Email or Auth"):
        assert _said(text) == ("cloudflare-api", "cloudflare-api-auth"), text
    # The headers named in a request someone sent are not the API's answer.
    assert _said('curl -H "X-Auth-Key: x" -H "X-Auth-Email: y" '
                 "https://api.groq.com/openai/v1/models")[0] != "cloudflare-api"


def test_a_phrase_cut_off_at_the_end_of_the_text_still_says_who_wrote_it() -> None:
    # A log's line limit stops the message anywhere; a long enough start of the phrase at the
    # very end is read as the phrase, and the evidence says only its start was there.
    for text in ("Error: [429:insufficient_quota] You exceeded your current quota, please "
                 "check your plan and billi",
                 "ai.vim: You exceeded your current quota, please check your pl...",
                 '{"error":{"message":"You exceeded your current quota, please check"}}'):
        d = classify_pasted(text)
        assert (d.origin, d.cause) == ("openai", "quota-exhausted"), text
        assert any("its start where the text is cut off" in e for e in d.evidence), text
    whole = classify_pasted("You exceeded your current quota, please check your plan and "
                            "billing details.")
    assert not any("cut off" in e for e in whole.evidence)


def test_a_short_start_or_a_start_not_at_the_end_is_not_the_phrase() -> None:
    # Under the minimum length a phrase's start is too common to name anyone.
    assert _said("You exceeded your current")[0] == "unknown"
    # The start followed by other words is another sentence, not a cut.
    assert _said("You exceeded your current quota, please check your mailbox for the "
                 "invoice")[0] == "unknown"
    assert _said("User location is not supported for the API use")[0] == "google"
    assert _said("User location is not supported for this store, sorry")[0] == "unknown"


def test_a_phrases_start_that_ends_a_sentence_is_not_a_cut() -> None:
    # "The model is overloaded." and "An internal error has occurred." are Google's phrases'
    # first sentences, and whole sentences any server or app writes: not a message cut off.
    for text in ("Ollama error: The model is overloaded.",
                 "ERROR 500: An internal error has occurred.",
                 "Error: Your authentication token has been invalidated."):
        d = classify_pasted(text)
        assert d.origin == "unknown", text
        assert not any("cut off" in e for e in d.evidence), text
    # An ellipsis says the text went on: then it is the phrase, cut.
    d = classify_pasted("ERROR 500: An internal error has occurred. ...")
    assert d.origin == "google"
    assert any("its start where the text is cut off" in e for e in d.evidence)
    # Cut inside the second sentence, it is still the phrase.
    assert _said("HTTP 503 The model is overloaded. Please try ag")[0] == "google"


def test_the_message_of_a_phrase_cut_off_is_its_line_not_the_whole_text() -> None:
    text = ("POST https://api.openai.com/v1/chat/completions model=gpt-4o\n"
            "openai: You exceeded your current quota, please check your pl")
    d = classify_pasted(text)
    assert d.message == "openai: You exceeded your current quota, please check your pl"


def test_a_whole_phrase_gives_the_cause_over_another_rows_cut_start() -> None:
    # The first line holds a whole quota sentence; the text ends inside Google's location
    # phrase, whose row comes first in the table: the whole sentence decides the cause.
    text = ("You exceeded your current quota, please check your plan and billing details.\n"
            "retrying: User location is not supported for the API")
    row = phrases.first_cause(text)
    assert row is not None and row.cause == "quota-exhausted"
    assert phrases.first_cause("later: User location is not supported for the API") is not None


def test_a_1xxx_code_beside_cloudflares_title_for_it_is_the_edges() -> None:
    for text, code, cause in (
            ("Error 1016 Origin DNS error", 1016, "edge-origin-error"),
            ("Error 1020 Access denied", 1020, "edge-blocked"),
            ("Access denied\nError code 1020\nVisit cloudflare.com for more information.", 1020,
             "edge-blocked"),
            ("ERROR 1012 Access Denied", 1012, "edge-blocked"),
            ("error 1102: Worker exceeded resource limits", 1102, "edge-origin-error"),
            ("Error 1009 Access denied: The owner of this website has banned the country or "
             "region your IP address is in", 1009, "edge-blocked")):
        d = classify_pasted(text)
        assert (d.origin, d.cause, d.code) == ("cloudflare-edge", cause, code), text
    # The same numbers with other words belong to other APIs; a title under another code
    # is not the page either.
    assert _said("Error 1020: invalid parameter 'model'")[0] != "cloudflare-edge"
    assert _said("Error 1016 Access denied")[0] != "cloudflare-edge"
    assert _said("Error 10200 Access denied")[0] != "cloudflare-edge"


def test_a_404_on_geminis_native_model_methods_is_the_model() -> None:
    for method in ("batchEmbedContents", "embedContent", "countTokens"):
        text = ('HTTP Request: POST https://generativelanguage.googleapis.com/v1beta/models/'
                f'text-embedding-004:{method} "HTTP/1.1 404 Not Found"')
        assert _said(text) == ("google", "model-not-found"), method
    # Another path on that host is not known to take a model: a 404 there says nothing more.
    assert _said('HTTP Request: GET https://generativelanguage.googleapis.com/v1beta/files/abc '
                 '"HTTP/1.1 404 Not Found"')[1] != "model-not-found"


def test_a_model_named_not_found_is_the_model_whoever_said_it() -> None:
    text = ("openai.NotFoundError: Error code: 404 - {'error': {'message': \"model 'qwen3.5:9b' "
            "not found\", 'type': 'api_error', 'param': None, 'code': None}}")
    assert _said(text) == ("unknown", "model-not-found")
    # The row wants the model's name quoted: a model's file not found is not it.
    row = next(p for p in phrases.PHRASES if "FinRobot" in p.source)
    assert re.search(row.pattern, "model 'llama3:8b' not found")
    assert not re.search(row.pattern, "Error: model file not found at /models/q.gguf")


def test_a_whole_edge_page_with_a_titled_code_keeps_what_its_markers_say() -> None:
    # The page's own markers name its zone (the provider's Cloudflare, not the gateway) and
    # its title; the code beside its title must not cut that reading short.
    page = ("<html><head><title>api.openai.com | 1015: You are being rate limited</title>"
            "</head><body>Error 1015 Ray ID: 8a1b2c3d4e5f6a7b You are being rate limited. The "
            "owner of this website (api.openai.com) has banned you temporarily</body></html>")
    d = classify_pasted(page)
    assert (d.origin, d.cause, d.code) == ("cloudflare-edge", "edge-blocked", 1015)
    assert any("zone/host api.openai.com" in e for e in d.evidence), d.evidence
    text = ("Access denied\nError code 1020\nThe site owner may have set restrictions that "
            "prevent you from accessing the site.\nRay ID: 8a1b2c3d4e5f6a7b\n"
            "Performance & security by Cloudflare")
    d = classify_pasted(text)
    assert (d.origin, d.cause, d.code) == ("cloudflare-edge", "edge-blocked", 1020)
    assert any("WAF block page text" in e for e in d.evidence), d.evidence


def test_a_title_counts_within_its_window_only_and_across_a_line_break() -> None:
    near = "Error 1016\n" + "x " * 40 + "Origin\n  DNS error"
    assert pages.titled_code(near) == (1016, "Origin DNS error")
    far = "Error 1016 " + "x " * (pages.TITLE_WINDOW // 2 + 5) + "Origin DNS error"
    assert pages.titled_code(far) is None
    # Many codes before the one that has its title: the last one is still found.
    assert pages.titled_code("error 1102 " * 5000 + "Rendering error") == (1102,
                                                                         "Rendering error")
    assert pages.titled_code("Error 1016 Origin DNS errors") is None  # a title inside words


def test_a_common_title_counts_only_where_it_ends() -> None:
    # "Access denied" is Cloudflare's 1020 title, and also how other APIs begin a sentence.
    assert _said("Error 1020: Access denied for this API key")[0] != "cloudflare-edge"
    assert _said("error 1002: the resource is Restricted to admins")[0] != "cloudflare-edge"
    assert _said("Error 1020: Access denied.")[0] == "cloudflare-edge"
    assert _said("Error 1012: Access Denied\nRay ID: 8a1b2c3d4e5f6a7b")[0] == "cloudflare-edge"


def test_chatgpts_codex_backend_refusal_is_openais_in_its_fastapi_shape() -> None:
    body = ('{"detail":"The \'gpt-5.3-codex\' model is not supported when using Codex with a '
            'ChatGPT account."}')
    assert _said("HTTP 400 " + body) == ("openai", "permission-denied")
    # Another FastAPI server's own sentence in that shape still names no one.
    assert _said('HTTP 400 {"detail":"The model is not loaded on this worker."}')[0] == "unknown"


def test_groqs_tool_choice_none_sentence_gives_the_cause_and_the_sender() -> None:
    # Round 16 (groq3 probe): every public project quoting the sentence quotes Groq's, as the
    # tune half's label for this record says (groq first): Groq's words, weight 2.
    assert _said('"error": "Tool choice is none, but model called a tool"') == (
        "groq", "bad-request")
    # With Groq's own evidence beside it, Groq.
    assert _said("groq.BadRequestError: Error code: 400 - {'error': {'message': 'Tool choice is "
                 "none, but model called a tool', 'type': 'invalid_request_error', 'code': "
                 "'tool_use_failed'}}")[0] == "groq"
