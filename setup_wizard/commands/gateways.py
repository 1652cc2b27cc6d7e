"""`setup-wizard gateways`: with a Cloudflare API token, list the account's AI gateways and
the provider keys stored on each.

The account comes from --account-id, else the .env's gateway URL, else the token's only
account. Exit codes: 0 listed; 2 no token, no account or bad arguments; 4 Cloudflare refused
(the message names the permission to add); 6 no answer (network).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

from setup_wizard.config import envfile, gateway
from setup_wizard.config.cloudflare import TOKEN_VAR, Account, Gateway, on_off
from setup_wizard.config.inference import infer
from setup_wizard.config.mapping import VarMap, load_mapping
from setup_wizard.config.roles import read_values
from setup_wizard.errors import EnvFileError, UsageError
from setup_wizard.masking import Redactor


def run(args: argparse.Namespace) -> int:
    from setup_wizard.probe.cloudflare_api import CloudflareAPI, read_token
    from setup_wizard.probe.request import check_timeout, parse_connect_to

    timeout = check_timeout(float(args.timeout))
    rules = parse_connect_to(args.connect_to)
    mapping = load_mapping(args.var)  # the .env's base URL may be under the app's own name
    account, how = _flag_account(args.account_id)
    token = read_token(os.environ, sys.stdin, from_stdin=args.api_token_stdin)
    if not token:
        raise UsageError("no Cloudflare API token to ask with",
                         fix=f"set {TOKEN_VAR} to a token with AI Gateway Read, or pipe it in "
                         "with --api-token-stdin")
    if account is None:
        account, how = _env_account(args.env_file, mapping)
    redact = Redactor([token])
    with CloudflareAPI(token, deadline=time.monotonic() + timeout, connect_to=rules) as api:
        api.verify(account)
        if account is None:
            account, how = _only_account(api.accounts()), "the token's only account"
        found = api.gateways(account)
    for warning in api.warnings:
        print(redact(f"warning: {warning}"), file=sys.stderr)
    if args.format == "json":
        out = {"account_id": account, "gateways": [g.to_dict() for g in found]}
        sys.stdout.write(redact(json.dumps(out, indent=2)) + "\n")
    else:
        sys.stdout.write(redact(table(account, how, found)))
    return 0


def _flag_account(value: str | None) -> tuple[str | None, str]:
    if value is None:
        return None, ""
    pasted = gateway.parse_pasted(value)
    if not pasted:
        raise UsageError(f"--account-id: {gateway.account_id_problem(value)}")
    return pasted.account_id, "--account-id"


def _env_account(name: str | None, mapping: VarMap | None = None) -> tuple[str | None, str]:
    """The account in the .env's gateway URL (under whatever name the roles find it); an
    explicit --env-file must exist."""
    path = Path(name or ".env")
    text = envfile.read_text(path)
    if text is None:
        if name is not None:
            raise EnvFileError(f"{path} does not exist", fix="pass an existing --env-file, or "
                               "--account-id")
        return None, ""
    g = infer(read_values(envfile.values(envfile.parse(text)), mapping or VarMap())).gateway
    if g and g.account_id and gateway.ACCOUNT_ID_RE.fullmatch(g.account_id):
        return g.account_id.lower(), f"{path}'s gateway URL"
    return None, ""


def _only_account(accounts: list[Account]) -> str:
    if len(accounts) == 1:
        return accounts[0].id
    fix = "pass --account-id ID (dashboard > Account home), or run where the .env has the " \
          "gateway URL"
    if not accounts:
        raise UsageError("the token sees no account", fix=fix)
    listed = ", ".join(a.title for a in accounts)
    raise UsageError(f"the token sees {len(accounts)} accounts ({listed}); which one?", fix=fix)


def table(account: str, how: str, gateways: list[Gateway]) -> str:
    """The text form: one row per gateway."""
    head = f"Account {account}" + (f" (from {how})" if how else "") + \
        f": {len(gateways)} gateway{'s' if len(gateways) != 1 else ''}\n"
    if not gateways:
        return head + "  (no AI gateway yet: create one under AI > AI Gateway)\n"
    rows = [("gateway", "authentication", "logs", "cache TTL", "rate limit",
             "stored provider keys")]
    rows += [(g.id, on_off(g.authentication), on_off(g.collect_logs),
              f"{g.cache_ttl} s" if g.cache_ttl else "off",
              g.rate_limiting.label if g.rate_limiting else "?", g.keys_label)
             for g in gateways]
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]) - 1)]
    return head + "".join("  " + "  ".join(c.ljust(w) for c, w in zip(r[:-1], widths, strict=True))
                          + "  " + r[-1] + "\n" for r in rows)
