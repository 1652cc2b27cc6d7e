"""`setup-wizard snippet`: print a program that makes one request exactly right for the `.env`.

Stdout holds the program and nothing else (so `snippet > app.py` works); anything to say
goes to stderr. The program reads its values, secrets above all, at run time: it never
holds one, so it can be pasted into an issue or committed.
"""

from __future__ import annotations

import argparse
import sys

from setup_wizard.config import app_env
from setup_wizard.errors import ConfigUnusable


def run(args: argparse.Namespace) -> int:
    from setup_wizard.config.snippets import SNIPPETS, render
    from setup_wizard.probe.request import plan_request

    env = app_env.read(args.env_file, args.var)
    # The probe's planning, offline: whatever it cannot send, no snippet could (exit 3).
    try:
        plan = plan_request(env.values)
    except ConfigUnusable as e:  # said with the names the app really uses
        raise ConfigUnusable(env.in_own_names(e.message),
                             fix=env.in_own_names(e.fix) if e.fix else None) from None
    mode = plan.sent.mode
    assert mode is not None  # plan_request raises when the mode is unknown
    if plan.sent.via_gateway and not plan.sent.sent_gateway_token:
        var = env.name_of("gateway_token")
        raise ConfigUnusable(f"{var} is not set, and a program for mode {mode} sends it as "
                             "cf-aig-authorization (gateways created since 2026-11-03 always "
                             "require it)", fix=f"set {var} in the .env (`setup-wizard init`)")
    program = render(args.client, mode, env.names, base_url_tail=env.base_url_tail())
    sys.stdout.write(program)
    sys.stdout.flush()
    needs = SNIPPETS[args.client].needs
    print(f"setup-wizard: {args.client} program for mode {mode} ({needs}); check it with "
          f"`setup-wizard check-app -- <the command that runs it>`", file=sys.stderr)
    return 0
