"""What the Cloudflare API features cost, and whether their one deadline holds.

Run: .venv/bin/python benchmarks/bench_cloudflare_api.py [--runs N] [--deadline S]

All against the local emulator (no network), whole processes. Measured:
1. `setup-wizard gateways` listing 5 gateways (3 pages of 2, then an empty one) with their
   stored keys: median of N;
2. `probe` of a failing request with and without CLOUDFLARE_API_TOKEN (the gateway log is
   read): what reading the log adds, median of N;
3. `gateways` against an API that never answers, and `probe` with a token when the log
   entry never appears, both with --timeout S; target: done within S + 0.5 s.
Exit status 1 when a target is missed.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from setup_wizard.emulator import server as emulator
from setup_wizard.emulator.cloudflare_api import ACCOUNT, EMULATOR_API_TOKEN, EmulatedAPI
from setup_wizard.emulator.scenarios import EMULATOR_TOKEN, Settings

API = "https://api.cloudflare.com"
SLACK_S = 0.5
ENV = (f"OPENAI_BASE_URL=https://gateway.ai.cloudflare.com/v1/{ACCOUNT}/no-keys/groq\n"
       "AUTOGEN_MODEL=openai/gpt-oss-20b\nAI_GATEWAY_MODE=gateway-request-key\n"
       f"CF_GATEWAY_TOKEN={EMULATOR_TOKEN}\nGROQ_API_KEY=gsk_{'W' * 52}\n")


def timed(cmd: list[str], token: str | None) -> tuple[float, subprocess.CompletedProcess[str]]:
    env = {k: v for k, v in os.environ.items() if k != "CLOUDFLARE_API_TOKEN"}
    if token:
        env["CLOUDFLARE_API_TOKEN"] = token
    t = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True, check=False, env=env)
    return time.perf_counter() - t, proc


def median_ms(cmd: list[str], token: str | None, runs: int, code: int) -> float:
    times = []
    for _ in range(runs):
        s, proc = timed(cmd, token)
        assert proc.returncode == code, proc.stdout + proc.stderr
        times.append(s)
    return statistics.median(times) * 1000


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=9)
    ap.add_argument("--deadline", type=float, default=2.0)
    opts = ap.parse_args()
    me = [sys.executable, "-m", "setup_wizard"]
    limit = opts.deadline + SLACK_S
    ok = True

    with tempfile.TemporaryDirectory() as tmp, emulator.start() as emu:
        env = Path(tmp) / ".env"
        env.write_text(ENV)
        gateways = [*me, "gateways", "--account-id", ACCOUNT, "--format", "json",
                    "--connect-to", emu.connect_to(API)]
        probe = [*me, "probe", "--env-file", str(env), "--format", "json",
                 "--connect-to", emu.connect_to(), "--connect-to", emu.connect_to(API)]
        timed(gateways, EMULATOR_API_TOKEN), timed(probe, None)  # warm the file cache
        g_ms = median_ms(gateways, EMULATOR_API_TOKEN, opts.runs, 0)
        without = median_ms(probe, None, opts.runs, 5)
        with_log = median_ms(probe, EMULATOR_API_TOKEN, opts.runs, 5)
        print(f"whole process, median of {opts.runs}:")
        print(f"  gateways (5 gateways, 4 pages, 5 key lists)   {g_ms:7.1f} ms")
        print(f"  failing probe without an API token            {without:7.1f} ms")
        print(f"  failing probe with one (reads the gateway log) {with_log:6.1f} ms"
              f"   (+{with_log - without:.1f} ms)")

    print(f"deadline {opts.deadline:.1f} s (target: done within {limit:.1f} s, whole process):")
    with emulator.start(scenario="hang") as emu:
        s, proc = timed([*me, "gateways", "--account-id", ACCOUNT, "--timeout",
                         str(opts.deadline), "--connect-to", emu.connect_to(API)],
                        EMULATOR_API_TOKEN)
        good = proc.returncode == 6 and s <= limit
        ok &= good
        print(f"  gateways, API never answers          {s:6.3f} s  exit={proc.returncode}  "
              f"{'PASS' if good else 'FAIL'}")
    with tempfile.TemporaryDirectory() as tmp, \
            emulator.start(settings=Settings(api=EmulatedAPI(log_delay=3600))) as emu:
        env = Path(tmp) / ".env"
        env.write_text(ENV)
        s, proc = timed([*me, "probe", "--env-file", str(env), "--timeout", str(opts.deadline),
                         "--connect-to", emu.connect_to(), "--connect-to",
                         emu.connect_to(API)], EMULATOR_API_TOKEN)
        good = proc.returncode == 5 and s <= limit and "not found after" in proc.stdout
        ok &= good
        print(f"  probe, log entry never appears       {s:6.3f} s  exit={proc.returncode}  "
              f"{'PASS' if good else 'FAIL'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
