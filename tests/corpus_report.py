"""Print the corpus figures: `python tests/corpus_report.py [--misses] [--tune-only]`.

Misses are listed for the `tune` half only, on purpose: the `check` half measures whether the
classifier generalizes, and looking at its misses would turn it into a second tune half.
"""

from __future__ import annotations

import argparse
import sys

from corpus_support import baseline_row, rows, score


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--misses", action="store_true", help="list the tune half's misses")
    ap.add_argument("--tune-only", action="store_true",
                    help="score the tune half only (while tuning: the check half is measured "
                    "once a round, not after every change)")
    args = ap.parse_args(argv)
    print(f"{'split':6} {'rows':>5} {'origin':>7} {'cause':>7} {'both':>7} {'cloudflare':>11}"
          f" {'baseline origin/cause':>22}")
    for split in ("tune",) if args.tune_only else ("tune", "check"):
        s, misses = score(rows(split))
        b, _ = score(rows(split), baseline_row)
        print(f"{split:6} {s.rows:5} {s.pct(s.origin):6.1f}% {s.pct(s.cause):6.1f}% "
              f"{s.pct(s.both):6.1f}% {s.pct(s.cloudflare_both, s.cloudflare_rows):10.1f}%"
              f" {b.pct(b.origin):10.1f}% / {b.pct(b.cause):5.1f}%")
        if split == "tune" and args.misses:
            for row, d in misses:
                want = row["expect"]
                print(f"  MISS {row['file']}: got {d.origin}/{d.cause}, want "
                      f"{want['origin']}/{want['cause']}"
                      + (f" (also {row['also']})" if row.get("also") else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
