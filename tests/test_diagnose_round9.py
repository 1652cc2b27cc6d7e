"""Evidence added in session 8 (issue 13, batch 22's tune texts), each with a text that fires
it and a look-alike that must not."""

from __future__ import annotations

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
