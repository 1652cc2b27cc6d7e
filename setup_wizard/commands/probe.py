"""`setup-wizard probe`: read the .env, send one request as the app would, say who answered."""

from __future__ import annotations

import argparse
import json
import math
from pathlib import Path

from setup_wizard import envfile
from setup_wizard.errors import EnvFileError, UsageError


def run(args: argparse.Namespace) -> int:
    from setup_wizard.probe import parse_connect_to, probe_env

    timeout = float(args.timeout)
    if not math.isfinite(timeout) or timeout <= 0 or timeout > 600:
        raise UsageError(f"--timeout {args.timeout} is not a usable deadline",
                         fix="give a number of seconds between 0 and 600, e.g. --timeout 10")
    rules = parse_connect_to(args.connect_to)  # bad syntax: exit 2 before reading anything
    path = Path(args.env_file)
    text = envfile.read_text(path)
    if text is None:
        raise EnvFileError(f"{path} does not exist",
                           fix="run `setup-wizard init` to write it, or pass --env-file PATH")
    values = envfile.values(envfile.parse(text))
    result = probe_env(values, timeout=timeout, endpoint=args.endpoint,
                       connect_to=[f"{r.origin}={r.target}" for r in rules])
    if args.format == "json":
        print(json.dumps(result.to_dict(), indent=2))
    else:
        print(result.to_text())
    return int(result.exit_code)
