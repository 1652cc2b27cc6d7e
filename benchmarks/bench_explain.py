"""Benchmark `setup-wizard explain`: bounded work on any input, and `--log` on a big log.

Measures whole-process wall time and peak memory (the child's max RSS):
  1. `explain --log` on a generated 100 MB log: ordinary lines with a real error from the
     corpus (tests/fixtures/corpus/errors) every --every lines. Target (issue 13): under
     10 s, memory bounded (the same peak for 10 MB and 100 MB shows it does not grow).
  2. `explain` on 1 MB inputs of the shapes that used to take seconds or crash: deep
     nesting, a huge nested Python repr, 200,000 short lines, one huge JSON body, a long
     line of brackets. Target (issue 10 item 6): each under 1 s.

    .venv/bin/python benchmarks/bench_explain.py [--mb 100] [--every 500] [--json]

Exit status 0 when every target is met, 1 otherwise.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "fixtures" / "corpus" / "errors"
ORDINARY = (
    "2026-11-28 10:{m:02d}:{s:02d},{ms:03d} INFO  app.http GET /api/items?page={n} 200 {t}ms",
    "2026-11-28 10:{m:02d}:{s:02d},{ms:03d} DEBUG app.cache hit key=user:{n} ttl=300",
    "2026-11-28 10:{m:02d}:{s:02d},{ms:03d} INFO  worker job {n} finished in {t} ms",
    "2026-11-28 10:{m:02d}:{s:02d},{ms:03d} WARN  app.db slow query ({t} ms): SELECT * FROM t "
    "WHERE id = {n}",
    '2026-11-28 10:{m:02d}:{s:02d},{ms:03d} INFO  httpx HTTP Request: POST https://api.groq.com/'
    'openai/v1/chat/completions "HTTP/1.1 200 OK"',
)


def _exe() -> str:
    beside = Path(sys.executable).with_name("setup-wizard")
    return str(beside) if beside.exists() else "setup-wizard"


def make_log(path: Path, megabytes: int, every: int, seed: int = 7) -> int:
    """Write the log; return how many error texts were embedded."""
    rng = random.Random(seed)
    errors = sorted(CORPUS.glob("*.txt"))
    texts = [p.read_text(encoding="utf-8") for p in errors]
    target = megabytes * 1024 * 1024
    size = n = embedded = 0
    with path.open("w", encoding="utf-8") as f:
        while size < target:
            n += 1
            if n % every == 0:
                chunk = texts[embedded % len(texts)].rstrip("\n") + "\n"
                embedded += 1
            else:
                chunk = rng.choice(ORDINARY).format(m=n // 60000 % 60, s=n // 1000 % 60,
                                                    ms=n % 1000, n=n, t=rng.randint(1, 900))
                chunk += "\n"
            f.write(chunk)
            size += len(chunk)
    return embedded


def _run(args: list[str], stdin: Path | None = None) -> tuple[float, float, int]:
    """(seconds, peak RSS of the child in MB, exit code)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    start = time.perf_counter()
    with (stdin.open("rb") if stdin else open(os.devnull, "rb")) as f:
        proc = subprocess.run([_exe(), *args], stdin=f, stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL)
    elapsed = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return elapsed, max(peak, before) / 1024, proc.returncode


def one_mb_inputs(folder: Path) -> dict[str, Path]:
    mb = 1024 * 1024
    shapes = {
        "deep-brackets": "[" * mb,
        "deep-error-object": '{"error":' * (mb // 9),
        "nested-python-repr": ("{'a': [" * 2000 + "1" + "]}" * 2000) * (mb // 18000),
        "200k-short-lines": "x: y\n" * 200_000,
        "one-big-json-body": json.dumps({"error": {"message": "m" * (mb - 100),
                                                   "type": "invalid_request_error"}}),
        "brackets-and-quotes": ("{'" + '"[' * 100 + "\n") * (mb // 204),
        # One long run of word characters and separators: a marker with an optional prefix
        # or no anchor at its start is quadratic here.
        "hyphen-run": "error: " + "a-" * (mb // 2 - 4),
        "traceback-with-dicts": ("  File \"x.py\", line 1, in f\n    {'model': 'm', 'n': 1}\n"
                                 * (mb // 60)) + "openai.RateLimitError: Error code: 429 - "
                                                 "{'error': {'message': 'Rate limit reached'}}",
        # A JSON log record whose error field is read again as if pasted alone; fence lines
        # and typographic quotes, which are set aside or made straight before reading.
        "json-log-error-field": json.dumps({"level": "error", "error": "x " * (mb // 2 - 40)}),
        "fences-and-curly-quotes": ("```json\n{\u201cerror\u201d: \u2018x\u2019}\n```\n"
                                    * (mb // 30)),
        # One line of escaped quotes and escaped line breaks (read as a string literal's
        # text), a coloured log (its codes set aside), and lines cut at one width (joined).
        "escaped-literals": "RuntimeError('" + '{\\"a\\":\\n\\"b\\",' * (mb // 16) + "')",
        "terminal-colours": "\x1b[31mERROR\x1b[0m {\"error\": \"x\"}\n" * (mb // 30),
        "hard-wrapped": "\n".join(("x" * 79 + "y") for _ in range(mb // 81)) + "\nend",
        # The same just under the sizes where those readings stop (256 KiB of literals, 64 KiB
        # of wrapped lines), so that the readings themselves run: thousands of escaped line
        # breaks become real ones, which line-anchored patterns must not make quadratic.
        "literal-under-cap": '"\\n" ' * (250 * 1024 // 5),
        "literal-of-breaks": "openai.APIError: RuntimeError('" + "\\n" * 30000 + "')",
        # An object whose bare key is a run of blanks no colon ends (a lazy key pattern
        # followed by blanks was quadratic here: 7 s for 20,000 blanks).
        "blank-key-run": "{x" + " " * (mb // 4) + "}",
        # A run of backslashes with no n, t or quote after it: each escape pattern is tried
        # from a run's first backslash only (28 s for 32 KB before).
        "backslash-run": "error " + "\\" * (mb - 8) + "x",
        "wrapped-under-cap": "\n".join(("x" * 79 + "y") for _ in range(63 * 1024 // 81)) + "\nend",
        # A status line going on with a million header-like values in brackets, or a run of
        # words before one: where a joined dump's body starts was searched for over the whole
        # line before each bracket (minutes).
        "joined-dump-bracket-values": "HTTP/1.1 500 " + "a: {" * (mb // 4),
        "joined-dump-word-run": "HTTP/1.1 500 " + "a" * (mb - 20) + "{",
        # A long run of blanks before wrangler's "[code: N]" or its footer, and after its
        # "failed." (each was quadratic: a lazy message between two runs of blanks).
        "blank-run-before-code": "x" + " " * (mb - 100) + "[code: 10000] open an issue at: "
        "https://github.com/cloudflare/workers-sdk/issues",
        "blank-run-after-failed": "A request to the Cloudflare API (/x) failed." + " " * (mb // 2)
                                  + "x",
        # Three lines sharing a 21 KB start with no blank in it (a logger's prefix is looked for
        # in texts under 64 KiB: quadratic there before).
        "shared-start-no-blank": "\n".join("a" * 21_000 + c for c in "xyz") + "\n",
        # Short status lines ending in blanks, then blank lines (Cloudflare's minimal page as
        # text is looked for there: a status's words and the blanks after them overlapping
        # took 2.8 s).
        "status-lines-trailing-blanks": ("502 A" + " " * 38 + "\n" + "\t" * 200 + "\n")
                                        * (mb // 245),
    }
    out = {}
    for name, text in shapes.items():
        p = folder / f"{name}.txt"
        p.write_text(text[:mb], encoding="utf-8")
        out[name] = p
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=int, default=100, help="size of the big log (default 100)")
    ap.add_argument("--every", type=int, default=500,
                    help="one real error every N lines (default 500)")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = ap.parse_args(argv)
    results: dict[str, object] = {}
    ok = True
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        small = folder / "small.log"
        make_log(small, max(args.mb // 10, 1), args.every)
        s_time, s_rss, _ = _run(["explain", "--log", str(small), "--format", "json"])
        big = folder / "big.log"
        embedded = make_log(big, args.mb, args.every)
        b_time, b_rss, code = _run(["explain", "--log", str(big), "--format", "json"])
        results["log"] = {"megabytes": args.mb, "errors_embedded": embedded,
                          "seconds": round(b_time, 2), "peak_rss_mb": round(b_rss, 1),
                          "small_log_megabytes": max(args.mb // 10, 1),
                          "small_log_peak_rss_mb": round(s_rss, 1),
                          "small_log_seconds": round(s_time, 2), "exit": code}
        ok &= b_time < 10 and b_rss < 2 * s_rss + 50
        inputs = {}
        for name, path in one_mb_inputs(folder).items():
            t, _, code = _run(["explain", str(path), "--format", "json"])
            inputs[name] = {"seconds": round(t, 2), "exit": code}
            ok &= t < 1.0 and code != 70
        results["one_mb_inputs"] = inputs
    if args.json:
        print(json.dumps(results, indent=2))
    else:
        log = results["log"]
        assert isinstance(log, dict)
        print(f"explain --log, {log['megabytes']} MB with {log['errors_embedded']} errors: "
              f"{log['seconds']} s, peak RSS {log['peak_rss_mb']} MB "
              f"({log['small_log_megabytes']} MB log: {log['small_log_peak_rss_mb']} MB)")
        for name, r in inputs.items():
            print(f"explain on 1 MB {name}: {r['seconds']} s (exit {r['exit']})")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
