"""Bounded work: `setup-wizard lint` on hostile inputs of up to 1 MiB, each under 1 s.

Every input is what used to take seconds or worse (issue 10, item 6): python-dotenv's `${`
handling is quadratic (20,000 `${` in one value took 15 s), 200,000 short lines took 8 s,
thousands of duplicate keys, near-miss names or key-shaped values made lint quadratic.
Now: a size and a line cap read before parsing (SW004, SW005), a linear `${` scanner that
finds exactly python-dotenv's matches, and per-file bounds on the work that grows with names.

    .venv/bin/python benchmarks/bench_lint_bounds.py [--runs 5] [--json]

Measures whole-process wall time (start-up included), the median of --runs runs per input.
Exit status 0 when every input stays under 1 s, 1 otherwise.
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

MIB = 1024 * 1024
ACCT = "d4ba2e3c15c942c374380afd7fb7f441"
LIMIT_S = 1.0


def _lines(make: Callable[[int], str], budget: int = MIB, most: int = 9_999) -> str:
    """As many generated lines as fit in `budget` bytes, at most `most` (under the line cap,
    so the parser and the checks run)."""
    out: list[str] = []
    size = i = 0
    while i < most:
        line = make(i)
        if size + len(line.encode()) > budget:
            break
        out.append(line)
        size += len(line.encode())
        i += 1
    return "".join(out)


INPUTS = {
    "200,000 short lines (the issue's case)": lambda: "A=1\n" * 200_000,
    "one 1 MiB value": lambda: "A=" + "x" * (MIB - 3),
    "1 MiB of ${ in one value": lambda: "A=" + "${" * (MIB // 2 - 2),
    "${ in every line": lambda: _lines(lambda i: "A" + "=${B}" * 20 + "\n"),
    "unclosed quote over 9,999 lines": lambda: 'A="' + _lines(lambda i: "x" * 100 + "\n",
                                                               MIB - 3),
    "10,001 lines (over the cap)": lambda: "A=1\n" * 10_001,
    "9,999 distinct names": lambda: "".join(f"SOME_VARIABLE_NAME_{i}=v{i}\n"
                                            for i in range(9_999)),
    "9,999 near-miss names": lambda: "".join(f"CF_GATEWAY_TOKN{i}=v{i}\n" for i in range(9_999)),
    "9,999 duplicates of one key": lambda: "".join(f"A={i}\n" for i in range(9_999)),
    "9,999 gateway URLs with mistakes": lambda: "".join(
        f"U{i}=https://gateway.ai.cloudflare.com/v1/{ACCT}/g/groq/chat/completions/\n"
        for i in range(9_999)),
    "9,999 retired models": lambda: "".join(f"M{i}_MODEL=llama-3.1-8b-instant\n"
                                            for i in range(9_999)),
    "9,999 key-shaped secrets": lambda: "".join(f"K{i}_API_KEY=gsk_short{i}\n"
                                                for i in range(9_999)),
    "BOM, CRLF and 9,999 lines": lambda: "\ufeff" + "A=1\r\n" * 9_999,
    "1 MiB of comments": lambda: _lines(lambda i: "# " + "x" * 100 + "\n"),
    "1 MiB of non-ASCII": lambda: "A=" + "é" * (MIB // 2 - 2),
    # SW118 reads a comment's glued settings: one comment line of 1 MiB of them.
    "a 1 MiB comment of glued settings": lambda: "# x" + "".join(
        f'N{i}_BASE_URL="v"' for i in range(MIB // 20)),
    "9,999 model IDs with blanks": lambda: "".join(f"M{i}_MODEL=gpt 4o mini\n"
                                                   for i in range(9_999)),
    # One list of ~43,000 URLs: each judged item's fix holds the whole list (was quadratic).
    "one list of 1 MiB of URLs": lambda: "OPENAI_API_BASE_URLS=" + ";".join(
        ["https://api.groq.com/v1"] * (MIB // 24)),
    # A separator, then a long run of blanks in a quoted value (the list split was quadratic).
    "a separator before 1 MiB of blanks": lambda: 'NOTE="a;' + " " * (MIB - 20) + 'b"\n',
    # One name of 500,000 words ending in _LLM, a model's family name since c7d9987: the
    # provider its words name was looked for with 16 comparisons per word (1.3 s).
    "a 1 MiB name ending in _LLM": lambda: "A_" * (MIB // 2 - 10) + "LLM=gpt-4o\n",
    # An unquoted value with a long run of blanks and no ` #` after it: python-dotenv's own
    # inline-comment strip backtracked over the run (100 KB: 9 s); envfile's pass is linear.
    "1 MiB of blanks inside an unquoted value": lambda: "A=x" + " " * (MIB - 10) + "y\n",
    "1 MiB of blank-and-x runs, then a ` #`": lambda: "A=" + "x " * (MIB // 2 - 10) + "#c\n",
    # The ignore-comment search was retried from every `#` (100 KB of ` #`: 2 minutes).
    "1 MiB of ` #` after a value": lambda: "MODEL=x" + " #" * (MIB // 2 - 10) + "\n",
    "9,999 LLM settings with a comment after them": lambda: "".join(
        f"M{i}_MODEL=gpt-4o # the model\n" for i in range(9_999)),
    "9,999 lists of URLs": lambda: "".join(
        f"U{i}_URLS=https://api.openai.com/v1;https://api.groq.com/v1\n" for i in range(9_999)),
}


def _time(cmd: list[str], cwd: Path) -> float:
    start = time.perf_counter()
    proc = subprocess.run(cmd, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    elapsed = time.perf_counter() - start
    if proc.returncode not in (0, 1):
        raise SystemExit(f"lint failed ({proc.returncode}): {proc.stderr.decode()[:300]}")
    return elapsed


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=5, help="runs per input")
    ap.add_argument("--json", action="store_true", help="print the numbers as JSON")
    args = ap.parse_args()
    beside = Path(sys.executable).with_name("setup-wizard")
    ours = str(beside) if beside.exists() else shutil.which("setup-wizard")
    if not ours:
        print("setup-wizard is not installed in this environment", file=sys.stderr)
        return 2
    results = {}
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        for name, make in INPUTS.items():
            path = root / "case.env"
            data = make().encode("utf-8")
            path.write_bytes(data)
            _time([ours, "lint", str(path)], root)  # warm the OS caches
            runs = [_time([ours, "lint", str(path)], root) for _ in range(args.runs)]
            results[name] = {"bytes": len(data), "median_ms": round(statistics.median(runs) * 1000),
                             "max_ms": round(max(runs) * 1000)}
    ok = all(r["median_ms"] < LIMIT_S * 1000 for r in results.values())
    if args.json:
        print(json.dumps({"python": sys.version.split()[0], "runs": args.runs,
                          "limit_ms": LIMIT_S * 1000, "inputs": results, "ok": ok}, indent=2))
    else:
        print(f"{'input':42}{'size':>10}{'median':>10}{'max':>8}")
        for name, r in results.items():
            print(f"{name:42}{r['bytes'] / 1024:8.0f} KiB{r['median_ms']:>7} ms{r['max_ms']:>5} ms")
        print("every input under 1 s" if ok else "OVER 1 s")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
