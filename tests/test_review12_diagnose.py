"""A second reader's findings on explain's changes after 1892989 (to da42646): each test is an
input a change answered worse than before (or in time quadratic in its length, measured in
benchmarks/bench_explain.py), and the family the change was made for, still right."""

from __future__ import annotations

from setup_wizard.diagnose.classify import classify_pasted
from setup_wizard.diagnose.pasted import parse

GROQ_BODY = ('{"error":{"message":"Invalid API Key","type":"invalid_request_error",'
             '"code":"invalid_api_key"}}')


def _said(text: str, status: int | None = None) -> tuple[str, str]:
    d = classify_pasted(text, status)
    return d.origin, d.cause


def test_a_joined_dumps_header_value_in_brackets_is_no_body() -> None:
    # The body starts at the first bracket that is no header's value, looked for backwards
    # over blanks only (a search of the whole line before each bracket was quadratic).
    line = ('HTTP/2 401 content-type: application/json report-to:   {"group":"cf-nel"} '
            'link: <https://console.groq.com/docs> x-groq-region: us-west-1 ' + GROQ_BODY)
    p = parse(line)
    assert p.status == 401
    assert p.headers["report-to"] == '{"group":"cf-nel"}'
    assert p.headers["x-groq-region"] == "us-west-1"
    assert _said(line) == ("groq", "provider-auth-invalid")
    # A bracket after a word with no colon is the body's, even after blanks.
    p = parse("HTTP/2 401 content-type: application/json x-a: 1 body   " + GROQ_BODY)
    assert p.headers == {"content-type": "application/json", "x-a": "1 body"}

