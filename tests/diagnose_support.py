"""Shared by the diagnose tests: what `explain` answers for a pasted text, as a pair."""

from __future__ import annotations

from setup_wizard.diagnose.classify import classify_pasted


def who(text: str, status: int | None = None) -> tuple[str, str]:
    """(origin, cause) for `text`, as `explain` reads it."""
    d = classify_pasted(text, status)
    return d.origin, d.cause
