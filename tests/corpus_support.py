"""The real-error corpus (tests/fixtures/corpus): loading, the tune/check split, and scoring.

The split is fixed by a hash of each file's name, so adding an entry never moves another
one between halves. Change the classifier while looking at `tune` only; `check` is there to
measure whether what was learnt holds on errors it was not tuned to. Run
`python tests/corpus_report.py` for the figures (misses are listed for `tune` only).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from setup_wizard.diagnose.classify import classify_pasted
from setup_wizard.diagnose.diagnosis import Diagnosis
from setup_wizard.diagnose.pasted import parse

CORPUS = Path(__file__).parent / "fixtures" / "corpus"
ERRORS = CORPUS / "errors"
TUNE_SHARE = 70  # percent


def split_of(file: str) -> str:
    """'tune' for about 70% of the names, 'check' for the rest; stable for each name."""
    bucket = int.from_bytes(hashlib.sha256(file.encode()).digest()[:4], "big") % 100
    return "tune" if bucket < TUNE_SHARE else "check"


def rows(split: str | None = None) -> list[dict[str, Any]]:
    entries = json.loads((CORPUS / "errors.json").read_text(encoding="utf-8"))["entries"]
    return [r for r in entries if split is None or split_of(r["file"]) == split]


def explain_row(row: dict[str, Any]) -> Diagnosis:
    """What `explain` answers for this text (with --status/--header when the source gave them)."""
    text = (ERRORS / row["file"]).read_text(encoding="utf-8")
    return classify_pasted(text, row.get("status"), row.get("headers") or {})


@dataclass
class Score:
    rows: int = 0
    origin: int = 0
    cause: int = 0
    both: int = 0
    cloudflare_rows: int = 0
    cloudflare_both: int = 0

    def pct(self, n: int, of: int | None = None) -> float:
        d = self.rows if of is None else of
        return 100.0 * n / d if d else 100.0


def allowed(row: dict[str, Any]) -> list[tuple[str, str]]:
    return [(row["expect"]["origin"], row["expect"]["cause"]),
            *((a["origin"], a["cause"]) for a in row.get("also") or [])]


def judge(row: dict[str, Any], d: Diagnosis) -> tuple[bool, bool, bool]:
    """(origin right, cause right, both right as one allowed pair)."""
    pairs = allowed(row)
    return (d.origin in {o for o, _ in pairs}, d.cause in {c for _, c in pairs},
            (d.origin, d.cause) in pairs)


def score(items: Iterable[dict[str, Any]],
          answer: Any = explain_row) -> tuple[Score, list[tuple[dict[str, Any], Diagnosis]]]:
    s = Score()
    misses = []
    for row in items:
        d = answer(row)
        o, c, b = judge(row, d)
        s.rows += 1
        s.origin += o
        s.cause += c
        s.both += b
        if row["expect"]["origin"].startswith("cloudflare"):
            s.cloudflare_rows += 1
            s.cloudflare_both += b
        if not b:
            misses.append((row, d))
    return s, misses


# -- the baseline a user has without this tool --------------------------------------------------
# The OpenAI/Groq SDKs raise one exception class per status and nothing says who sent it: the
# status alone gives a cause, and the origin is whatever one assumes ("unknown" here).
_STATUS_BASELINE = {400: "bad-request", 401: "provider-auth-invalid", 402: "quota-exhausted",
                    403: "permission-denied", 404: "model-not-found", 408: "timeout",
                    413: "request-too-large", 422: "bad-request", 429: "rate-limited"}


def baseline_row(row: dict[str, Any]) -> Diagnosis:
    text = (ERRORS / row["file"]).read_text(encoding="utf-8")
    status = row.get("status") if row.get("status") is not None else parse(text).status
    cause = _STATUS_BASELINE.get(status or 0,
                                 "provider-server-error" if (status or 0) >= 500 else "unknown")
    return Diagnosis(origin="unknown", cause=cause, status=status)
