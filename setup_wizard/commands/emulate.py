"""`setup-wizard emulate`: run the local gateway + Groq stand-in until Ctrl-C."""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from types import FrameType

from setup_wizard.errors import INTERRUPTED, ExitCode
from setup_wizard.masking import mask_credentials

ACCOUNT = "0123456789abcdef0123456789abcdef"  # any 32 hex characters do


def scenario_list() -> str:
    from setup_wizard.emulator.scenarios import SCENARIOS

    width = max(len(n) for n in SCENARIOS)
    return "\n".join(f"  {s.name:<{width}}  {s.summary}  -> probe: {s.expect[0]} / {s.expect[1]}"
                     for s in SCENARIOS.values())


def banner(url: str, scenario: str) -> str:
    from setup_wizard.emulator.cloudflare_api import EMULATOR_API_TOKEN
    from setup_wizard.emulator.scenarios import EMULATOR_GROQ_KEY, EMULATOR_TOKEN

    return f"""setup-wizard emulator: Cloudflare AI Gateway + Groq + the Cloudflare API on {url} \
(scenario: {scenario})

Accepted credentials (the emulator's own, not real ones):
  CF_GATEWAY_TOKEN={EMULATOR_TOKEN}
  GROQ_API_KEY={EMULATOR_GROQ_KEY}   (stored in the emulated gateway as well)

Probe through it, with a .env written for the real gateway:
  setup-wizard probe --connect-to https://gateway.ai.cloudflare.com={url}
Or as Groq directly:
  setup-wizard probe --connect-to https://api.groq.com={url}
Or point an app at it: OPENAI_BASE_URL={url}/v1/{ACCOUNT}/my-gateway/groq

The Cloudflare API (/client/v4/...) with CLOUDFLARE_API_TOKEN={EMULATOR_API_TOKEN}
(AI Gateway Read, 2 accounts): list the gateways, or let init and probe use it:
  setup-wizard gateways --account-id {ACCOUNT} --connect-to https://api.cloudflare.com={url}

Per request, the header 'x-emulator-scenario: NAME' picks another scenario.
Scenarios:
{scenario_list()}

Ctrl-C stops it.
"""


def run(args: argparse.Namespace) -> int:
    if args.list_scenarios:
        print(scenario_list())
        return ExitCode.OK
    from setup_wizard.emulator.server import start

    emu = start(port=args.port, scenario=args.scenario,
                log=lambda line: print(mask_credentials(line), flush=True))
    stopped = threading.Event()

    def on_term(signum: int, frame: FrameType | None) -> None:
        stopped.set()

    previous = signal.signal(signal.SIGTERM, on_term)
    try:
        print(banner(emu.url, emu.scenario), flush=True)
        stopped.wait()
        return ExitCode.OK  # SIGTERM: a normal stop
    except KeyboardInterrupt:
        print(f"setup-wizard: {INTERRUPTED}", file=sys.stderr)
        return ExitCode.INTERRUPTED
    finally:
        signal.signal(signal.SIGTERM, previous)
        emu.stop()
