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
