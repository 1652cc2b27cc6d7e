"""The classifier on real errors it was not tuned to (issue 13): thresholds on both halves.

The corpus (tests/fixtures/corpus) is split once by a hash of each file name into `tune`
(about 70%) and `check` (about 30%); the classifier was changed while looking at `tune` only.
Both halves must reach origin >= 97% and cause >= 93%. `python tests/corpus_report.py` prints
the figures next to the status-only baseline (the SDK's exception class from the status).
"""

from __future__ import annotations

import json

import pytest
from corpus_support import CORPUS, ERRORS, baseline_row, rows, score, split_of

from setup_wizard.diagnose.diagnosis import CAUSES, ORIGINS

ORIGIN_MIN = 97.0
CAUSE_MIN = 93.0
# What the check half reaches today (2,153 texts, thirty-one batches: origin 643/662 =
# 97.13%, cause 627/662 = 94.7%), held so that no change makes it worse. Both targets are met
# since 2026-11-29 (the origin one by a single text: batches 22 and 23's check parts, measured
# before any tuning on them, had brought four origin misses, batches 28 and 29 one each,
# batch 30 two).
CHECK_FLOOR = {"origin": 97.1, "cause": 94.7}  # 97.13%, 94.71%, rounded down


@pytest.mark.parametrize("split", ["tune", "check"])
def test_accuracy_on_each_half(split: str) -> None:
    s, misses = score(rows(split))
    detail = "" if split == "check" else "; misses: " + ", ".join(r["file"] for r, _ in misses)
    assert s.pct(s.origin) >= ORIGIN_MIN, f"{split}: origin {s.pct(s.origin):.1f}%{detail}"
    assert s.pct(s.cause) >= CAUSE_MIN, f"{split}: cause {s.pct(s.cause):.1f}%{detail}"


def test_check_half_does_not_fall_below_today() -> None:
    s, _ = score(rows("check"))
    assert s.pct(s.origin) >= CHECK_FLOOR["origin"], f"check: origin {s.pct(s.origin):.1f}%"
    assert s.pct(s.cause) >= CHECK_FLOOR["cause"], f"check: cause {s.pct(s.cause):.1f}%"


def test_the_classifier_beats_the_status_only_baseline_by_far() -> None:
    for split in ("tune", "check"):
        s, _ = score(rows(split))
        b, _ = score(rows(split), baseline_row)
        assert s.pct(s.origin) - b.pct(b.origin) >= 50, split
        assert s.pct(s.cause) > b.pct(b.cause), split


def test_corpus_is_whole_and_in_the_vocabulary() -> None:
    entries = rows()
    files = {p.name for p in ERRORS.iterdir()}
    assert files == {r["file"] for r in entries}
    assert len(entries) >= 200
    for r in entries:
        assert r["source"].startswith("https://"), r["file"]
        for pair in [r["expect"], *(r.get("also") or [])]:
            assert pair["origin"] in ORIGINS and pair["cause"] in CAUSES, r["file"]


def test_corpus_covers_every_kind_of_sender_issue_13_asks_for() -> None:
    """At least 40 from Cloudflare, 60 from Groq, 60 from other providers, 15 unknown."""
    kinds: dict[str, int] = {}
    for r in rows():
        o = r["expect"]["origin"]
        kind = ("cloudflare" if o.startswith("cloudflare") else o if o in ("groq", "unknown")
                else "other provider")
        kinds[kind] = kinds.get(kind, 0) + 1
    assert kinds["cloudflare"] >= 40 and kinds["groq"] >= 60, kinds
    assert kinds["other provider"] >= 60 and kinds["unknown"] >= 15, kinds


def test_split_is_stable_and_about_70_30() -> None:
    entries = rows()
    tune = [r for r in entries if split_of(r["file"]) == "tune"]
    assert 0.6 < len(tune) / len(entries) < 0.8
    assert split_of("same-name.txt") == split_of("same-name.txt")
    raw = json.loads((CORPUS / "errors.json").read_text(encoding="utf-8"))
    assert len(raw["entries"]) == len(entries)
