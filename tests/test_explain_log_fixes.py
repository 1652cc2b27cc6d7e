"""`explain --log` counts the fixes it does not print as different fixes, not as errors: a
retry loop that logs the sixth fix a thousand times has one more fix, not a thousand."""

from __future__ import annotations

import io
import sys

import pytest

from setup_wizard.cli import main
from setup_wizard.diagnose import logscan
from setup_wizard.diagnose.classify import classify_pasted

# Seven edge codes whose fixes all differ (the test checks it), one group (edge-blocked).
CODES = (1015, 1010, 1020, 1012, 1006, 1005, 1009)


def _explain_log(log: str, capsys: pytest.CaptureFixture[str],
                 monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(log.encode()),
                                                       encoding="utf-8"))
    assert main(["explain", "--log", "-"]) == 4
    return capsys.readouterr().out


def test_a_fix_past_the_fifth_repeated_is_counted_once(
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    assert len({classify_pasted(f"error code: {c}").hint for c in CODES}) == len(CODES)
    lines = [f"2026-11-28 10:00:00 ERROR request failed: error code: {c}" for c in CODES[:6]]
    lines += ["2026-11-28 10:00:01 ERROR request failed: error code: 1005"] * 40
    out = _explain_log("\n".join(lines) + "\n", capsys, monkeypatch)
    assert "46  cloudflare-edge / edge-blocked" in out
    assert out.count("fix (line") == 5
    assert "and 1 other fix: explain those lines one by one" in out
    # The seventh code is a second other fix; its repeats are not more.
    lines += ["2026-11-28 10:00:02 ERROR request failed: error code: 1009"] * 3
    out = _explain_log("\n".join(lines) + "\n", capsys, monkeypatch)
    assert "and 2 other fixes: explain those lines one by one" in out


def test_five_fixes_say_nothing_of_others(
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    lines = [f"2026-11-28 10:00:00 ERROR request failed: error code: {c}" for c in CODES[:5]]
    out = _explain_log("\n".join(lines * 3) + "\n", capsys, monkeypatch)
    assert out.count("fix (line") == 5 and "other fix" not in out


def test_the_count_of_other_fixes_is_bounded() -> None:
    # A log whose every line has its own fix (a hint that quotes the line) keeps one hash per
    # different fix up to a bound, then says "at least".
    g = logscan.Group("unknown", "unknown", 0, 1, 1, None)
    for n in range(logscan.MAX_FIXES + logscan.MAX_OTHER_FIXES + 500):
        g.add_fix(n + 1, f"fix number {n}")
    assert len(g.fixes) == logscan.MAX_FIXES
    assert g.other_fixes == logscan.MAX_OTHER_FIXES and g.other_fixes_capped
    g.add_fix(1, "fix number 0")  # one already shown changes nothing
    assert g.other_fixes == logscan.MAX_OTHER_FIXES
