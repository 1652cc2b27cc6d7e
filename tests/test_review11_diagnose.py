"""A second reader's findings on session 11's explain changes (739e382..8ed127f): each test is
an input the change answered worse than before, and the family it was made for, still right."""

from __future__ import annotations

from setup_wizard.diagnose.classify import classify_pasted


def _said(text: str, status: int | None = None) -> tuple[str, str]:
    d = classify_pasted(text, status)
    return d.origin, d.cause


def test_the_gateways_address_is_no_words_that_quote_a_model() -> None:
    # The gateway's address or header says where the request went (it passes the provider's
    # answer on), not whose words the message is: Groq's model still says Groq answered.
    body = ('400 {"error":{"message":"model `llama-3.3-70b-versatile` does not support '
            '`response_format` json_schema","type":"invalid_request_error",'
            '"param":"response_format"}}')
    for before in ("Error calling https://gateway.ai.cloudflare.com/v1/acct/gw/groq/chat/"
                   "completions: ", "AI Gateway log: ", "cf-aig-log-id: 01JD8ZQ3\n"):
        assert _said(before + body)[0] == "groq", before
    # A model quoted in a provider's own words is still what was sent (896824e's case).
    d = classify_pasted(':body => { "error" => { "message" => "The model anthropic:claude-3-7-'
                        'sonnet does not exist or you do not have access to it ..."')
    assert d.origin != "anthropic"
