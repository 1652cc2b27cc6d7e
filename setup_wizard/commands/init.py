"""`setup-wizard init`: answers (flags, prompts, defaults) -> Config -> masked diff -> write.

One path for interactive and non-interactive runs; `wizard.collect` decides what to ask.
Non-interactive implies --yes: a script that wanted to look first passes --dry-run.
Nothing is written before the last step, so Ctrl-C or any error leaves the old file as it was.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
import time
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any, TextIO

from setup_wizard import wizard
from setup_wizard.config import (
    catalog,
    envfile,
    fields,
    filesafe,
    gateway,
    providers,
    templating,
)
from setup_wizard.config.cloudflare import TOKEN_VAR, AccountView
from setup_wizard.config.mapping import VarMap, load_mapping
from setup_wizard.config.model import Config, answers_from_env
from setup_wizard.config.roles import mapped_environ, read_values, renames, to_names
from setup_wizard.config.schema import (
    CF_GATEWAY_TOKEN,
    GATEWAY_MODES,
    KEY_SENDING_MODES,
    MODE_HELP,
    MODE_KEY,
    OPENAI_BASE_URL,
    USE_AI_GATEWAY,
)
from setup_wizard.errors import InvalidInput, UsageError
from setup_wizard.masking import Redactor, mask, secret_values


def run(args: argparse.Namespace) -> int:
    path = Path(args.env_file)
    mapping = load_mapping(args.var)  # a bad --var or pyproject.toml: said first
    if args.dry_run:
        done = _run(args, path, mapping)
    else:
        # Before any question: a typo'd path is the first thing to say. Then one writer at
        # a time from the read to the rename; the probe runs once the lock is released.
        filesafe.preflight(path)
        with filesafe.locked(path):
            done = _run(args, path, mapping)
    return done if isinstance(done, int) else probe(args, *done, mapping=mapping)


def _run(args: argparse.Namespace, path: Path,
         mapping: VarMap) -> int | tuple[str, Redactor, str | None]:
    """Ask, merge, show, write: an exit code, or the written text to probe with."""
    existing = envfile.read_text(path)
    file_values = envfile.values(envfile.parse(existing)) if existing else {}
    old_values = read_values(file_values, mapping)  # under init's names, whatever the app's
    redact = Redactor(secret_values(file_values) + secret_values(old_values))
    environ = mapped_environ(os.environ, mapping)
    redact_environment(redact, environ)

    interactive = not args.non_interactive and sys.stdin.isatty()
    flags = flag_answers(args, sys.stdin)
    # Never an answer: the API token is only asked with, never written (not even offered).
    api_token = flags.pop("api_token", None) or (os.environ.get(TOKEN_VAR) or "").strip()
    for secret in (flags.get("cf_token"), flags.get("provider_key"), api_token):
        redact.add(secret)

    lister = None if args.no_probe else ModelLister(args, flags, old_values, environ)
    old_answers = existing_answers(old_values)
    pasted = gateway.parse_pasted(flags.get("account_id") or "")
    with cloudflare_view(api_token, args, pasted.account_id if pasted else
                         old_answers.get("account_id"), redact) as view:
        sources = wizard.Sources(existing=old_answers, environ=environ,
                                 env_name=str(path), served=lister, cloudflare=view)
        collected = wizard.collect(flags, sources, interactive=interactive)
        for note in collected.notes:
            print(redact(f"note: {note}"), file=sys.stderr)
        listed = lister is not None and collected.answers.get("model") in lister.served_ids
        config = Config.build(**collected.answers, model_listed=listed)
        stored = stored_key_status(view, config)
    for secret in config.secrets():
        redact.add(secret)
    if stored and not stored[0] and not interactive:
        print(redact(f"warning: {stored[1]}"), file=sys.stderr)

    new = templating.env_text(config, existing, mapping=mapping)
    check_with_lint(new, path, redact, mapping, served_model=config.model if listed else None)

    out = sys.stdout
    out.write(redact(summary(config, path, mapping, stored[1] if stored else None)))
    if new == existing:
        out.write(f"\n{path} is already up to date; nothing to write.\n")
        return new, redact, api_token
    out.write("\n" + (envfile.masked_diff(existing or "", new, redact, str(path))
                      or "(no changes)\n"))
    if args.dry_run:
        out.write("\nDry run: nothing written.\n")
        return 0
    if interactive and not args.yes and not wizard.confirm(f"Write {path}?"):
        out.write("Nothing written.\n")
        return 0
    written = filesafe.write_atomic(path, new, expected=existing)
    out.write(f"\nWrote {path} (mode {written.mode:04o}).\n")
    for note in written.notes:
        out.write(f"Note: {note}.\n")
    if written.backup:
        out.write(f"Previous version saved as {written.backup}.\n")
    if config.mode == "gateway-stored-key":
        out.write("Your app must send no Authorization header: any value, a dummy too, is "
                  "forwarded to the provider instead of the stored key.\n")
    return new, redact, api_token


# -- inputs ------------------------------------------------------------------------------
def flag_answers(args: argparse.Namespace, stdin: TextIO) -> dict[str, str | None]:
    """Answers given on the command line; secrets only ever from stdin, never as values."""
    flags: dict[str, str | None] = {
        "provider": args.provider, "mode": args.mode, "account_id": args.account_id,
        "gateway_id": args.gateway, "endpoint": args.endpoint, "model": args.model,
    }
    wanted = [(n, f) for n, f, on in (("cf_token", "--cf-token-stdin", args.cf_token_stdin),
                                      ("provider_key", "--provider-key-stdin",
                                       args.provider_key_stdin),
                                      ("api_token", "--api-token-stdin",
                                       args.api_token_stdin)) if on]
    if wanted and stdin.isatty():
        raise UsageError(f"{wanted[0][1]} reads a pipe, but standard input is a terminal",
                         fix="pipe the secret in (printf '%s\\n' \"$TOKEN\" | setup-wizard "
                         "init ...), or leave the flag out to be asked with hidden input")
    for name, flag in wanted:  # gateway token, provider key, API token: one line each
        line = wizard.clean_secret(stdin.readline())
        if not line:
            raise UsageError(f"{flag}: standard input had no line for it",
                             fix="send one line per secret, the token first if both")
        flags[name] = line
    return flags


def existing_answers(values: Mapping[str, str | None]) -> dict[str, Any]:
    """Defaults read back from the existing file.

    `answers_from_env` infers "direct" from a file that says nothing about the mode (only a
    GROQ_API_KEY, say); that guess must not replace the recommended default.
    """
    answers = answers_from_env(values)
    if not any(values.get(k) for k in (MODE_KEY, OPENAI_BASE_URL, USE_AI_GATEWAY)):
        answers.pop("mode", None)
    return answers


class ModelLister:
    """The wizard's model list: the provider's live answer (3 s deadline), asked with the
    key or token already at hand (stdin flags, environment, existing .env), else the
    catalog and why. Remembers the last live list so a model it holds passes `lint` too."""

    def __init__(self, args: argparse.Namespace, flags: Mapping[str, str | None],
                 old_values: Mapping[str, str | None],
                 environ: Mapping[str, str] | None = None) -> None:
        self.connect_to, self.flags, self.old = args.connect_to, flags, old_values
        # The environment with mapped secrets under init's names too (roles.mapped_environ).
        self.environ = os.environ if environ is None else environ
        self.timeout = min(3.0, args.timeout)  # never longer than the probe may take
        self.served_ids: tuple[str, ...] = ()

    def __call__(self, answers: Mapping[str, Any]) -> catalog.ServedModels:
        from setup_wizard.probe.models import served_for_wizard  # httpx only when asked

        spec = providers.get(answers.get("provider") or "") or providers.PROVIDERS["groq"]
        mode = answers.get("mode") or "direct"
        values: dict[str, str | None] = {MODE_KEY: mode}
        if mode in GATEWAY_MODES:
            values[OPENAI_BASE_URL] = gateway.provider_base_url(
                spec, answers.get("account_id") or "", answers.get("gateway_id") or "",
                "provider")  # compat has no documented list: the provider path answers
            values[CF_GATEWAY_TOKEN] = self._secret("cf_token", CF_GATEWAY_TOKEN)
        else:
            values[OPENAI_BASE_URL] = spec.direct_base_url.replace(
                "{account_id}", answers.get("account_id") or "")
        if mode in KEY_SENDING_MODES:
            values[spec.key_var] = self._secret("provider_key", spec.key_var)
        missing = [k for k in (CF_GATEWAY_TOKEN, spec.key_var) if k in values and not values[k]]
        if missing:
            return catalog.ServedModels(spec.slug, "catalog", (), (
                f"model list: the built-in catalog, checked {spec.catalog_checked} (no "
                f"{missing[0]} at hand yet to ask {spec.name}; `setup-wizard models` asks it "
                "once the .env is written)"))
        served = served_for_wizard(values, spec, timeout=self.timeout,
                                   connect_to=self.connect_to)
        self.served_ids = served.ids
        return served

    def _secret(self, flag: str, var: str) -> str | None:
        return self.flags.get(flag) or self.environ.get(var) or self.old.get(var) or None


def redact_environment(redact: Redactor, environ: Mapping[str, str]) -> None:
    """Secrets the wizard may offer as defaults come from here too."""
    for var in (CF_GATEWAY_TOKEN, TOKEN_VAR, *(p.key_var for p in providers.PROVIDERS.values())):
        redact.add(environ.get(var))


# -- with a Cloudflare API token -----------------------------------------------------------
@contextlib.contextmanager
def cloudflare_view(token: str | None, args: argparse.Namespace, account_hint: str | None,
                    redact: Redactor) -> Iterator[AccountView | None]:
    """What the token shows the wizard (accounts, gateways, stored keys), or None."""
    if not token:
        yield None
        return
    from setup_wizard.probe.cloudflare_api import CloudflareAPI, account_view
    from setup_wizard.probe.request import check_timeout, parse_connect_to

    timeout = check_timeout(float(args.timeout))
    with CloudflareAPI(token, deadline=time.monotonic() + timeout,
                       connect_to=parse_connect_to(args.connect_to)) as api:
        yield account_view(api, timeout=timeout, account_hint=account_hint,
                           warn=lambda line: print(redact(f"warning: {line}"), file=sys.stderr))


def stored_key_status(view: AccountView | None, config: Config) -> tuple[bool, str] | None:
    """(stored?, what to say) in gateway-stored-key mode, when the token could tell."""
    if view is None or config.mode != "gateway-stored-key" or not config.account_id \
            or not config.gateway_id:
        return None
    gw = view.gateway(config.account_id, config.gateway_id)
    slug, name = config.spec.slug, config.spec.name
    keys, used = (gw.keys_for(slug), gw.default_keys_for(slug)) if gw else (None, None)
    if gw is None or keys is None or used is None:
        return None
    if used:
        return True, f"not in the file: stored on gateway {gw.id} (alias " \
                     f"{', '.join(k.alias or '?' for k in used)}), per the Cloudflare API"
    others = ", ".join(k.alias or "?" for k in keys)
    where = (f"{fields.with_article(name)} key is stored on gateway {gw.id} only under alias "
             f"{others}, which the gateway adds only when the request sends cf-aig-byok-alias"
             if keys else f"no {name} key is stored on gateway {gw.id}")
    return False, (f"{where} (checked with the Cloudflare API): store one under AI Gateway > "
                   f"{gw.id} > Provider Keys, or use --mode gateway-request-key with "
                   f"{config.key_var}")


# -- output ------------------------------------------------------------------------------
def summary(config: Config, path: Path, mapping: VarMap | None = None,
            stored: str | None = None) -> str:
    """What will be written (under the mapped names, if any), secrets masked; the base URL
    is not a secret. `stored`: what the Cloudflare API said about the stored key."""
    rename = renames(mapping or VarMap(), config.key_var)
    env = to_names(config.to_env(), rename)
    p = config.spec
    rows: list[tuple[str, str]] = [
        ("provider", f"{p.name} ({p.slug})"),
        ("mode", f"{config.mode}: {MODE_HELP[config.mode]}"),
    ]
    if config.via_gateway:
        rows.append(("endpoint", config.endpoint))
    url_name = rename.get(OPENAI_BASE_URL, OPENAI_BASE_URL)
    rows += [("base URL" if url_name == OPENAI_BASE_URL else f"base URL ({url_name})",
              env[url_name] or ""), ("model", config.env_model)]
    token_name = rename.get(CF_GATEWAY_TOKEN, CF_GATEWAY_TOKEN)
    token = env[token_name]
    rows.append((token_name, mask(token) if token else "not in the file (unused in "
                                                        "direct mode)"))
    key_name = rename.get(config.key_var, config.key_var)
    key = env[key_name]
    rows.append((key_name, mask(key) if key else stored or "not in the file: store it "
                                                           "under your gateway > Provider "
                                                           "Keys"))
    width = max(len(k) for k, _ in rows)
    return f"Summary for {path}:\n" + "".join(f"  {k:<{width}}  {v}\n" for k, v in rows)


# -- the same checks as lint before writing, one live probe after --------------------------
def check_with_lint(text: str, path: Path, redact: Redactor, mapping: VarMap | None = None,
                    served_model: str | None = None) -> None:
    """Refuse to write a file our own linter would fail: the two must never disagree.

    The one exception: a model our catalog calls retired that the provider's live list
    still holds for this key (enterprise access) is written, with lint's finding shown; one
    the catalog does not know (SW302) is not worth a warning when the provider just listed it.
    """
    from setup_wizard.lint.engine import lint_text

    findings: list[Any] = [f for f in lint_text(text, str(path), mapping)
                           if not (served_model and f.code == "SW302")]
    served = [f for f in findings if served_model and f.code == "SW301"]
    for f in findings:
        if f.severity != "error":
            print(redact(f"warning: {f.code} {f.message}"), file=sys.stderr)
    for f in served:
        print(redact(f"warning: {f.code} {f.message}; written anyway: the provider lists "
                     f"{served_model} for this key. Silence it in lint with "
                     f"`# setup-wizard: ignore[{f.code}]`."), file=sys.stderr)
    errors = [f for f in findings if f.severity == "error" and f not in served]
    if errors:
        listed = "; ".join(f"{f.code} (line {f.line}) {f.message}" for f in errors)
        raise InvalidInput(redact(f"the new {path} would fail lint: {listed}"),
                           fix=redact(errors[0].fix) if errors[0].fix else None)


def probe(args: argparse.Namespace, text: str, redact: Redactor, api_token: str | None,
          mapping: VarMap | None = None) -> int:
    """One live request with the written file; its exit code becomes ours (0 when fine)."""
    if args.no_probe or args.dry_run:
        return 0
    # here, not at the top: httpx is slow to import
    from setup_wizard.probe.cloudflare_api import add_gateway_log
    from setup_wizard.probe.models import suggest_served
    from setup_wizard.probe.request import parse_connect_to, probe_env

    values = read_values(envfile.values(envfile.parse(text)), mapping or VarMap())
    sys.stdout.write("\nProbe (one live request, --no-probe to skip):\n")
    sys.stdout.flush()
    started, rules = time.monotonic(), parse_connect_to(args.connect_to)
    result = probe_env(values, timeout=args.timeout, endpoint="chat", connect_to=rules)
    if api_token:
        add_gateway_log(result, api_token, deadline=started + args.timeout, connect_to=rules)
    suggest_served(result, values, deadline=started + args.timeout, connect_to=rules)
    sys.stdout.write(redact(result.to_text()).rstrip("\n") + "\n")
    return int(result.exit_code)
