"""A second reading of session 9's explain rules (review9b): each test failed before its fix."""

from __future__ import annotations

from setup_wizard.diagnose.classify import classify_pasted


def test_anthropics_own_request_id_outweighs_a_re_printed_key_order() -> None:
    # The body carries Anthropic's own request id (relays copy the envelope, not the ids: the
    # rule beside it), so a client re-printed Anthropic's body: still Anthropic's answer.
    body = ('{"error":{"type":"overloaded_error","message":"Overloaded"},"type":"error",'
            '"request_id":"req_011CSHoEeqs5C35K2UUqR7Fy"}')
    d = classify_pasted(body, None)
    assert (d.origin, d.cause) == ("anthropic", "provider-server-error")
    # Without the id, or with another server's id, the order still says someone else.
    for rid in ("", ',"request_id":"0b6e1b0c-9f5e"'):
        other = ('{"error":{"type":"overloaded_error","message":"Overloaded"},"type":"error"'
                 + rid + "}")
        assert classify_pasted(other, None).origin == "unknown", other
