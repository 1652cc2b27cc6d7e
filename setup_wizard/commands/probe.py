"""`setup-wizard probe`: read the .env, send one request as the app would, say who answered."""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from setup_wizard.config import envfile
from setup_wizard.config.mapping import load_mapping
from setup_wizard.config.roles import canonical, in_own_names, resolve
from setup_wizard.errors import ConfigUnusable, EnvFileError

if TYPE_CHECKING:
    from setup_wizard.probe.request import ProbeResult


def run(args: argparse.Namespace) -> int:
    from setup_wizard.probe.cloudflare_api import read_token
    from setup_wizard.probe.request import check_timeout, parse_connect_to

    check_timeout(float(args.timeout))  # argument mistakes before stdin is read
    parse_connect_to(args.connect_to)
    load_mapping(args.var)
    api_token = read_token(os.environ, sys.stdin, from_stdin=args.api_token_stdin)
    result = probe_file(args.env_file, timeout=float(args.timeout), endpoint=args.endpoint,
                        connect_to=args.connect_to, api_token=api_token, var=args.var)
    if args.format == "json":
        print(json.dumps(result.to_dict(), indent=2))
    else:
        print(result.to_text())
    return int(result.exit_code)


def probe_file(env_file: str | Path, *, timeout: float = 10.0, endpoint: str = "chat",
               connect_to: Sequence[str] = (), api_token: str | None = None,
               var: Sequence[str] = ()) -> ProbeResult:
    """The probe `probe` prints, for the CLI and the Python API alike.

    `var` is `--var ROLE=NAME` (with pyproject.toml's `[tool.setup-wizard.vars]`): the .env
    is read in the app's own names, and what is wrong is said in them.
    """
    from setup_wizard.probe.cloudflare_api import add_gateway_log
    from setup_wizard.probe.models import suggest_served
    from setup_wizard.probe.request import check_timeout, parse_connect_to, probe_env

    # Argument mistakes first (exit 2), before the .env is even read.
    timeout = check_timeout(float(timeout))
    rules = parse_connect_to(connect_to)
    mapping = load_mapping(var)
    path = Path(env_file)
    text = envfile.read_text(path)
    if text is None:
        raise EnvFileError(f"{path} does not exist",
                           fix="run `setup-wizard init` to write it, or pass --env-file PATH")
    raw = envfile.values(envfile.parse(text))
    own = resolve(raw, mapping)  # the app's names, read as init's
    values = canonical(raw, own)
    started = time.monotonic()  # one deadline for the probe and a model list it may need
    try:
        result = probe_env(values, timeout=timeout, endpoint=endpoint, connect_to=rules)
    except ConfigUnusable as e:  # say it with the names the app really uses
        raise ConfigUnusable(in_own_names(e.message, own),
                             fix=in_own_names(e.fix, own) if e.fix else None) from None
    if api_token:  # one overall deadline: the log is read in what is left of it
        add_gateway_log(result, api_token, deadline=started + timeout, connect_to=rules)
    suggest_served(result, values, deadline=started + timeout, connect_to=rules)
    result.diagnosis.hint = in_own_names(result.diagnosis.hint, own)
    return result
