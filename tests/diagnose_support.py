"""Shared by the diagnose tests: what `explain` answers for a pasted text, as a pair."""

from __future__ import annotations

from pathlib import Path

from setup_wizard.diagnose.classify import classify_pasted

ERRORS = Path(__file__).parent / "fixtures" / "corpus" / "errors"


def who(text: str, status: int | None = None) -> tuple[str, str]:
    """(origin, cause) for `text`, as `explain` reads it."""
    d = classify_pasted(text, status)
    return d.origin, d.cause


def corpus_text(name: str) -> str:
    """A corpus error text, as its source showed it."""
    return (ERRORS / name).read_text(encoding="utf-8")
