"""Benchmark `setup-wizard lint` against the `dotenv-linter` package, side by side in one run.

Measures whole-process wall time (start-up included, as CI pays it):
  1. our lint on one .env vs `dotenv-linter` on the same file: median of --runs runs each,
     interleaved so machine noise hits both alike;
  2. our lint over 1,000 generated files in one call: median of --batch-runs runs.
Targets (issue 3): one file at most 0.7x dotenv-linter's time; 1,000 files under 1 s.

    .venv/bin/pip install -e '.[bench]'      # dotenv-linter
    .venv/bin/python benchmarks/bench_lint.py [--runs 21] [--batch-runs 5] [--json]

Exit status 0 when both targets are met, 1 otherwise (2 when dotenv-linter is missing).
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
from pathlib import Path

ACCT = "d4ba2e3c15c942c374380afd7fb7f441"
GOOD = f"""# Written by setup-wizard.
AI_GATEWAY_MODE=gateway-stored-key
USE_AI_GATEWAY=true
OPENAI_BASE_URL=https://gateway.ai.cloudflare.com/v1/{ACCT}/omni/groq
AUTOGEN_MODEL=openai/gpt-oss-20b
CF_GATEWAY_TOKEN=cfut_{"BeNcHtOkEn7" * 3}
# unrelated settings of the app
DATABASE_URL=postgres://app@db:5432/app
LOG_LEVEL=info
export FEATURE_FLAGS="a,b,c"
"""
# Variations so the batch exercises the rules, not one happy path.
VARIANTS = (
    lambda t: t,
    lambda t: t.replace("openai/gpt-oss-20b", "llama-3.1-8b-instant"),
    lambda t: t.replace("/omni/groq", "/omni/groq/openai/v1"),
    lambda t: t.replace("cloudflare.com", "cloudfare.com"),
    lambda t: t + "AUTOGEN_MODEL=openai/gpt-oss-120b\n",
    lambda t: t + f"GROQ_API_KEY=gsk_{'BeNcHkEy' * 6}Ab12\n",
    lambda t: t.replace("\n", "\r\n"),
    lambda t: t.replace("USE_AI_GATEWAY=true", "USE_AI_GATEWAY=maybe"),
)


def _tool(name: str) -> str | None:
    beside = Path(sys.executable).with_name(name)
    return str(beside) if beside.exists() else shutil.which(name)


def _time(cmd: list[str], cwd: Path) -> float:
    start = time.perf_counter()
    proc = subprocess.run(cmd, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    elapsed = time.perf_counter() - start
    if proc.returncode not in (0, 1):  # 1 = findings; anything else means it did not run
        raise SystemExit(f"{cmd[0]} failed ({proc.returncode}): {proc.stderr.decode()[:300]}")
    return elapsed


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=21, help="runs per tool on one file")
    ap.add_argument("--batch-runs", type=int, default=5, help="runs over the 1,000 files")
    ap.add_argument("--json", action="store_true", help="print the numbers as JSON")
    args = ap.parse_args()

    ours = _tool("setup-wizard")
    theirs = _tool("dotenv-linter")
    if not ours:
        print("setup-wizard is not installed in this environment", file=sys.stderr)
        return 2
    if not theirs:
        print("dotenv-linter is missing: pip install -e '.[bench]'", file=sys.stderr)
        return 2

    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        (root / ".env").write_text(GOOD, encoding="utf-8")
        batch = root / "batch"
        batch.mkdir()
        for i in range(1000):
            text = VARIANTS[i % len(VARIANTS)](GOOD)
            (batch / f"{i:04d}.env").write_bytes(text.encode("utf-8"))
        paths = sorted(str(p.relative_to(root)) for p in batch.glob("*.env"))

        for cmd in ([ours, "lint", ".env"], [theirs, ".env"]):  # warm the OS caches
            _time(cmd, root)
        one_ours: list[float] = []
        one_theirs: list[float] = []
        for _ in range(args.runs):
            one_ours.append(_time([ours, "lint", ".env"], root))
            one_theirs.append(_time([theirs, ".env"], root))
        many = [_time([ours, "lint", *paths], root) for _ in range(args.batch_runs)]

    result = {
        "python": sys.version.split()[0],
        "runs": args.runs,
        "one_file_ours_ms": round(statistics.median(one_ours) * 1000, 1),
        "one_file_dotenv_linter_ms": round(statistics.median(one_theirs) * 1000, 1),
        "ratio": round(statistics.median(one_ours) / statistics.median(one_theirs), 2),
        "thousand_files_ours_ms": round(statistics.median(many) * 1000, 1),
    }
    ok = result["ratio"] <= 0.7 and result["thousand_files_ours_ms"] < 1000
    result["targets_met"] = ok
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        print(f"{'case':<38}{'median':>10}")
        print(f"{'setup-wizard lint, 1 file':<38}{result['one_file_ours_ms']:>8} ms")
        print(f"{'dotenv-linter, same file':<38}{result['one_file_dotenv_linter_ms']:>8} ms")
        print(f"{'ratio (target <= 0.7)':<38}{result['ratio']:>10}")
        print(f"{'setup-wizard lint, 1,000 files':<38}"
              f"{result['thousand_files_ours_ms']:>8} ms  (target < 1000 ms)")
        print("targets met" if ok else "TARGET MISSED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
