"""`setup-wizard models`: the models the configured provider serves now, marked from our
catalog; the built-in catalog (and why) when the provider cannot be asked."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from setup_wizard.config import envfile, providers
from setup_wizard.config.mapping import load_mapping
from setup_wizard.config.roles import read_values
from setup_wizard.errors import EnvFileError, UsageError


def run(args: argparse.Namespace) -> int:
    from setup_wizard.probe.models import catalog_listing, list_models
    from setup_wizard.probe.request import check_timeout, parse_connect_to

    # Argument mistakes first (exit 2), before the .env is even read.
    timeout = check_timeout(float(args.timeout))
    rules = parse_connect_to(args.connect_to)
    mapping = load_mapping(args.var)  # the app's own names, as every command reads them
    chosen = None
    if args.provider:
        chosen = providers.get(args.provider.strip().lower())
        if chosen is None:
            raise UsageError(f"--provider {args.provider!r} is not a provider this tool knows",
                             fix="use one of: " + ", ".join(providers.PROVIDERS))
    path = Path(args.env_file)
    text = envfile.read_text(path)
    if text is None:
        if chosen is None:
            raise EnvFileError(f"{path} does not exist",
                               fix="run `setup-wizard init` to write it, pass --env-file PATH, "
                               "or --provider SLUG for the built-in catalog")
        listing = catalog_listing(chosen, f"no {path} to ask the provider with")
    else:
        values = read_values(envfile.values(envfile.parse(text)), mapping)
        listing = list_models(values, chosen, timeout=timeout, connect_to=rules)
    if args.format == "json":
        print(json.dumps(listing.to_dict(), indent=2))
        if listing.source != "live":  # scripts read stdout; the reason goes to stderr
            print(listing.redact(f"note: {listing.note}"), file=sys.stderr)
        if listing.diagnosis:
            print(listing.redact(listing.diagnosis.to_text()), file=sys.stderr)
    else:
        print(listing.to_text())
    return int(listing.exit_code)
