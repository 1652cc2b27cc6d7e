"""Print the .env corpus figures: `python tests/env_corpus_report.py [--misses] [--tune-only]`.

Misses are listed for the `tune` half only, on purpose (see tests/corpus_report.py): the
`check` half measures whether what was learnt holds on files lint was not tuned to.
"""

from __future__ import annotations

import argparse
import sys

from env_corpus_support import entries, prepared, score


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--misses", action="store_true", help="list the tune half's misses")
    ap.add_argument("--tune-only", action="store_true",
                    help="score the tune half only (while tuning: the check half is measured "
                    "once a round, not after every change)")
    args = ap.parse_args(argv)
    print(f"{'split':6} {'wrong':>6} {'named':>7} {'right':>6} {'clean':>7} {'out of scope':>13}")
    for split in ("tune",) if args.tune_only else ("tune", "check"):
        s, misses = score(entries(split))
        out = len(entries(split, scope="out"))
        print(f"{split:6} {s.wrong:6} {s.pct(s.named, s.wrong):6.1f}% {s.right:6} "
              f"{s.pct(s.clean, s.right):6.1f}% {out:13}")
        if split == "tune" and args.misses:
            for row, found in misses:
                print(f"\n  MISS {row['file']} ({row['verdict']}, wrong: {row['wrong_vars']})")
                print("   " + prepared(row).replace("\n", "\n   "))
                for f in found:
                    print(f"   -> {f.code} {f.severity} {f.key}: {f.message}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
