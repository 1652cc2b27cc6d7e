"""A second reader's findings on explain's changes after 1892989 (to da42646): each test is an
input a change answered worse than before (or in time quadratic in its length, measured in
benchmarks/bench_explain.py), and the family the change was made for, still right."""

from __future__ import annotations

from diagnose_support import who

from setup_wizard.diagnose.classify import classify_pasted
from setup_wizard.diagnose.pasted import parse

GROQ_BODY = ('{"error":{"message":"Invalid API Key","type":"invalid_request_error",'
             '"code":"invalid_api_key"}}')



def test_a_joined_dumps_header_value_in_brackets_is_no_body() -> None:
    # The body starts at the first bracket that is no header's value, looked for backwards
    # over blanks only (a search of the whole line before each bracket was quadratic).
    line = ('HTTP/2 401 content-type: application/json report-to:   {"group":"cf-nel"} '
            'link: <https://console.groq.com/docs> x-groq-region: us-west-1 ' + GROQ_BODY)
    p = parse(line)
    assert p.status == 401
    assert p.headers["report-to"] == '{"group":"cf-nel"}'
    assert p.headers["x-groq-region"] == "us-west-1"
    assert who(line) == ("groq", "provider-auth-invalid")
    # A bracket after a word with no colon is the body's, even after blanks.
    p = parse("HTTP/2 401 content-type: application/json x-a: 1 body   " + GROQ_BODY)
    assert p.headers == {"content-type": "application/json", "x-a": "1 body"}


def test_wranglers_code_after_its_failed_line_read_without_a_quadratic_pattern() -> None:
    # The message may sit on the next lines; the code closes it (now read by str methods).
    for text in ("✘ [ERROR] A request to the Cloudflare API (/accounts/x/ai/run) failed.\n\n"
                 "  Authentication error   [code: 10000]\n",
                 "A request to the Cloudflare API (/memberships) failed. Authentication error\n"
                 "   [code: 10000]"):
        d = classify_pasted(text)
        assert (d.origin, d.cause) == ("cloudflare-api", "cloudflare-api-auth"), text
        assert any("with the API's code" in e for e in d.evidence), text
    # A bracket between the line and the code: the code is another line's, not this one's.
    d = classify_pasted("A request to the Cloudflare API (/x) failed. see [docs] [code: 10000]")
    assert not any("with the API's code" in e for e in d.evidence)
    # Above wrangler's footer, the code's words are its line's, up to a bracket.
    text = ("✘ [ERROR] Authentication error [code: 10000]\n\nIf you think this is a bug, please "
            "open an issue at: https://github.com/cloudflare/workers-sdk/issues/new/choose")
    d = classify_pasted(text)
    assert (d.origin, d.cause) == ("cloudflare-api", "cloudflare-api-auth")
    assert any("above wrangler's footer" in e for e in d.evidence)
    # Too far above the footer (past 600 characters), the code is not its.
    far = text.replace("\n\nIf", "\n" + "x" * 700 + "\nIf")
    assert not any("above wrangler's footer" in e for e in classify_pasted(far).evidence)


def test_a_loggers_prefix_before_a_traceback_needs_a_blank_after_a_word() -> None:
    # _PREFIX_END, rewritten to be linear (a long shared start with no blank in it was
    # quadratic), still asks for a non-blank and then a blank: "flutter: " is a prefix,
    # "flutter:" is no prefix at all.
    body = ['Error [429]', 'Data: {', '  "error": {', '    "message": "You exceeded your '
            'current quota, please check your plan and billing details.",',
            '    "type": "insufficient_quota",', '    "param": null,',
            '    "code": "insufficient_quota"', '  }', '}']
    tb = '\nTraceback (most recent call last):\n  File "app.py", line 42\n'
    d = classify_pasted("\n".join("flutter: " + line for line in body) + tb)
    assert (d.origin, d.cause) == ("openai", "quota-exhausted")
    assert "once the log prefix on each line was set aside" in d.evidence[0]
    d = classify_pasted("\n".join("flutter:" + line for line in body) + tb)
    assert "log prefix" not in d.evidence[0]


def test_a_pages_end_inside_a_log_line_is_not_the_body() -> None:
    # An app that logs the HTML it generated, then times out: the time-out is the error, not
    # the page (161b3d4's tail reading took everything up to </html> as a page, cause unknown).
    text = ("2026-11-28 10:00:00 INFO generated landing page: <div class=\"hero\"><h1>Welcome"
            "</h1></div></body></html>\n2026-11-28 10:00:31 ERROR openai.APITimeoutError: "
            "Request timed out.\n")
    assert who(text)[1] == "timeout"
    assert who("...</p></body></html>\nerror code: 1015\n") == ("cloudflare-edge",
                                                               "edge-blocked")
    # A server's page cut at its start still ends on lines of their own before a trace.
    page = ("3 Forbidden</h1></center>\n<hr><center>cloudflare</center>\n</body>\n</html>\n"
            "    at APIError.generate (/app/node_modules/openai/error.js:51:20)\n")
    d = classify_pasted(page, 403)
    assert (d.origin, d.cause) == ("cloudflare-edge", "edge-blocked")
    assert "pasted: the end of an HTML page" in d.evidence
