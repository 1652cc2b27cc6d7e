"""`setup-wizard probe`: read the .env, send one request as the app would, say who answered."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from setup_wizard.config import envfile
from setup_wizard.config.mapping import load_mapping
from setup_wizard.config.roles import canonical, in_own_names, resolve
from setup_wizard.errors import ConfigUnusable, EnvFileError


def run(args: argparse.Namespace) -> int:
    from setup_wizard.probe.request import check_timeout, parse_connect_to, probe_env

    # Argument mistakes first (exit 2), before the .env is even read.
    timeout = check_timeout(float(args.timeout))
    rules = parse_connect_to(args.connect_to)
    path = Path(args.env_file)
    text = envfile.read_text(path)
    if text is None:
        raise EnvFileError(f"{path} does not exist",
                           fix="run `setup-wizard init` to write it, or pass --env-file PATH")
    raw = envfile.values(envfile.parse(text))
    own = resolve(raw, load_mapping(args.var))  # the app's names, read as init's
    try:
        result = probe_env(canonical(raw, own), timeout=timeout, endpoint=args.endpoint,
                           connect_to=rules)
    except ConfigUnusable as e:  # say it with the names the app really uses
        raise ConfigUnusable(in_own_names(e.message, own),
                             fix=in_own_names(e.fix, own) if e.fix else None) from None
    if args.format == "json":
        print(json.dumps(result.to_dict(), indent=2))
    else:
        print(result.to_text())
    return int(result.exit_code)
