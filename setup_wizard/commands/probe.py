"""`setup-wizard probe`: read the .env, send one request as the app would, say who answered."""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

from setup_wizard.config import envfile
from setup_wizard.errors import EnvFileError


def run(args: argparse.Namespace) -> int:
    from setup_wizard.probe.cloudflare_api import add_gateway_log, read_token
    from setup_wizard.probe.models import suggest_served
    from setup_wizard.probe.request import check_timeout, parse_connect_to, probe_env

    # Argument mistakes first (exit 2), before the .env is even read.
    timeout = check_timeout(float(args.timeout))
    rules = parse_connect_to(args.connect_to)
    api_token = read_token(os.environ, sys.stdin, from_stdin=args.api_token_stdin)
    path = Path(args.env_file)
    text = envfile.read_text(path)
    if text is None:
        raise EnvFileError(f"{path} does not exist",
                           fix="run `setup-wizard init` to write it, or pass --env-file PATH")
    values = envfile.values(envfile.parse(text))
    started = time.monotonic()  # one deadline for the probe and a model list it may need
    result = probe_env(values, timeout=timeout, endpoint=args.endpoint, connect_to=rules)
    if api_token:  # one overall deadline: the log is read in what is left of it
        add_gateway_log(result, api_token, deadline=started + timeout, connect_to=rules)
    suggest_served(result, values, deadline=started + timeout, connect_to=rules)
    if args.format == "json":
        print(json.dumps(result.to_dict(), indent=2))
    else:
        print(result.to_text())
    return int(result.exit_code)
