"""Second reading of round 13's last two changes (the colon after a log tag, the coded
access-denied markers and their fixes): each test failed before its fix."""

from __future__ import annotations

import io
import sys

import pytest
from diagnose_support import who

from setup_wizard.cli import main
from setup_wizard.diagnose.classify import classify_pasted


def test_a_repeated_line_keeps_its_words_after_a_tag_and_a_colon() -> None:
    # A retry loop prints the same error on every attempt: the lines share all of their text,
    # so nothing tells a logger's prefix from the error's words. A tag closed by a colon
    # ("(401): ", "app[1234]: ") let the shared start run on past it to the last blank, and
    # every line was read as its last word only ("Key").
    assert who("Error (401): Invalid API Key\nError (401): Invalid API Key") == \
        ("groq", "provider-auth-invalid")
    assert who("[error]: Invalid API Key\n[error]: Invalid API Key\n[error]: Invalid API Key") \
        == ("groq", "provider-auth-invalid")
    assert who("HTTP (403): error code: 1020\nHTTP (403): error code: 1020") == \
        ("cloudflare-edge", "edge-blocked")
    assert who("Jun 01 10:00:00 host app[1234]: Invalid API Key\n"
               "Jun 01 10:00:00 host app[1234]: Invalid API Key") == \
        ("groq", "provider-auth-invalid")
    # A paren and a colon are the error's own words: its status stays.
    status = classify_pasted("(status 401): Invalid API Key\n(status 401): Invalid API Key")
    assert (status.origin, status.cause, status.status) == ("groq", "provider-auth-invalid", 401)
    assert who("Error (401): Invalid API Key, retrying\nError (401): Invalid API Key, "
               "giving up") == ("groq", "provider-auth-invalid")
    # Lines that differ after the tag still lose journald's prefix.
    logged = ("Jun 01 10:00:00 host app[1234]: Error code: 401\n"
              "Jun 01 10:00:01 host app[1234]: Invalid API Key\n"
              "Jun 01 10:00:02 host app[1234]: giving up")
    assert who(logged) == ("groq", "provider-auth-invalid")


def test_the_ip_ban_sentence_is_four_codes_and_each_gets_the_ip_fix() -> None:
    # Cloudflare's 1xxx list gives errors 1006, 1007, 1008 and 1106 one heading and one page
    # ("Access Denied: Your IP address has been banned"; docs/sources.md#edge-errors): the
    # sentence alone does not say which, so no code is made up for it, and each of the four
    # gets the fix for a banned address (not the User-Agent one of a browser-signature ban).
    said = classify_pasted("The owner of this website (api.example.com) has banned your IP "
                           "address (203.0.113.7).", 403)
    assert (said.origin, said.cause, said.code) == ("cloudflare-edge", "edge-blocked", None)
    assert "banned your IP address" in said.hint and "error 1006" not in said.hint
    for code in (1006, 1007, 1008, 1106):
        page = classify_pasted(f"<h1>Error {code}</h1><p>The owner of this website "
                               "(api.example.com) has banned your IP address (203.0.113.7).</p>",
                               403)
        assert page.code == code and "banned your IP address" in page.hint, code
        assert "User-Agent" not in page.hint, code


def test_a_log_summary_gives_each_edge_block_its_own_fix(
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    # The edge's blocks share one group (origin, cause) but no longer one fix: a rate limit
    # (1015) first, then browser-signature blocks (1010), once printed the rate limit's
    # "send fewer requests" as the fix for all three.
    log = ("2026-11-28 10:00:00 ERROR request failed: error code: 1015\n"
           "2026-11-28 10:00:01 INFO ok\n"
           "2026-11-28 10:00:02 ERROR request failed: error code: 1010\n"
           "2026-11-28 10:00:03 INFO ok\n"
           "2026-11-28 10:00:04 ERROR request failed: error code: 1010\n")
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(log.encode()),
                                                       encoding="utf-8"))
    assert main(["explain", "--log", "-"]) == 4
    out = capsys.readouterr().out
    assert "3  cloudflare-edge / edge-blocked  (lines 1 to 5)" in out
    rate = classify_pasted("error code: 1015").hint
    browser = classify_pasted("error code: 1010").hint
    assert rate != browser
    assert f"fix (line 1): {rate}" in out and f"fix (line 3): {browser}" in out
    assert out.count("fix") == 2
    # Past five different fixes, the rest are counted, not printed.
    codes = (1015, 1010, 1020, 1012, 1006, 1005, 1009)
    assert len({classify_pasted(f"error code: {c}").hint for c in codes}) == len(codes)
    log = "".join(f"2026-11-28 10:00:0{i} ERROR request failed: error code: {c}\n"
                  for i, c in enumerate(codes))
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(log.encode()),
                                                       encoding="utf-8"))
    main(["explain", "--log", "-"])
    out = capsys.readouterr().out
    assert out.count("fix (line") == 5 and "and 2 other fixes" in out
