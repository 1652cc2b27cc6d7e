"""`setup-wizard init`: answers (flags, prompts, defaults) -> Config -> masked diff -> write.

One path for interactive and non-interactive runs; `wizard.collect` decides what to ask.
Non-interactive implies --yes: a script that wanted to look first passes --dry-run.
Nothing is written before the last step, so Ctrl-C or any error leaves the old file as it was.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any, TextIO

from setup_wizard import wizard
from setup_wizard.config import envfile, providers, templating
from setup_wizard.config.mapping import VarMap, load_mapping
from setup_wizard.config.model import Config, answers_from_env
from setup_wizard.config.roles import mapped_environ, read_values, renames, to_names
from setup_wizard.config.schema import (
    CF_GATEWAY_TOKEN,
    MODE_HELP,
    MODE_KEY,
    OPENAI_BASE_URL,
    USE_AI_GATEWAY,
)
from setup_wizard.errors import InvalidInput, UsageError
from setup_wizard.masking import Redactor, mask, secret_values


def run(args: argparse.Namespace) -> int:
    path = Path(args.env_file)
    mapping = load_mapping(args.var)
    existing = envfile.read_text(path)
    file_values = envfile.values(envfile.parse(existing)) if existing else {}
    old_values = read_values(file_values, mapping)  # under init's names, whatever the app's
    redact = Redactor(secret_values(file_values) + secret_values(old_values))
    environ = mapped_environ(os.environ, mapping)
    redact_environment(redact, environ)

    interactive = not args.non_interactive and sys.stdin.isatty()
    flags = flag_answers(args, sys.stdin)
    for secret in (flags.get("cf_token"), flags.get("provider_key")):
        redact.add(secret)

    sources = wizard.Sources(existing=existing_answers(old_values), environ=environ,
                             env_name=str(path))
    collected = wizard.collect(flags, sources, interactive=interactive)
    for note in collected.notes:
        print(f"note: {note}", file=sys.stderr)
    config = Config.build(**collected.answers)
    for secret in config.secrets():
        redact.add(secret)

    new = templating.env_text(config, existing, mapping=mapping)
    check_with_lint(new, path, redact, mapping)

    out = sys.stdout
    out.write(summary(config, path, mapping))
    if new == existing:
        out.write(f"\n{path} is already up to date; nothing to write.\n")
        return probe(args, new, redact, mapping)
    out.write("\n" + (envfile.masked_diff(existing or "", new, redact, str(path))
                      or "(no changes)\n"))
    if args.dry_run:
        out.write("\nDry run: nothing written.\n")
        return 0
    if interactive and not args.yes and not wizard.confirm(f"Write {path}?"):
        out.write("Nothing written.\n")
        return 0
    backup = envfile.write_atomic(path, new)
    out.write(f"\nWrote {path} (mode 0600).\n")
    if backup:
        out.write(f"Previous version saved as {backup}.\n")
    if config.mode == "gateway-stored-key":
        out.write("Your app must send no Authorization header: any value, a dummy too, is "
                  "forwarded to the provider instead of the stored key.\n")
    return probe(args, new, redact, mapping)


# -- inputs ------------------------------------------------------------------------------
def flag_answers(args: argparse.Namespace, stdin: TextIO) -> dict[str, str | None]:
    """Answers given on the command line; secrets only ever from stdin, never as values."""
    flags: dict[str, str | None] = {
        "provider": args.provider, "mode": args.mode, "account_id": args.account_id,
        "gateway_id": args.gateway, "endpoint": args.endpoint, "model": args.model,
    }
    wanted = [(n, f) for n, f, on in (("cf_token", "--cf-token-stdin", args.cf_token_stdin),
                                      ("provider_key", "--provider-key-stdin",
                                       args.provider_key_stdin)) if on]
    if wanted and stdin.isatty():
        raise UsageError(f"{wanted[0][1]} reads a pipe, but standard input is a terminal",
                         fix="pipe the secret in (printf '%s\\n' \"$TOKEN\" | setup-wizard "
                         "init ...), or leave the flag out to be asked with hidden input")
    for name, flag in wanted:  # token first, then the provider key: one line each
        line = stdin.readline().rstrip("\r\n").strip()
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


def redact_environment(redact: Redactor, environ: Mapping[str, str]) -> None:
    """Secrets the wizard may offer as defaults come from here too."""
    for var in (CF_GATEWAY_TOKEN, *(p.key_var for p in providers.PROVIDERS.values())):
        redact.add(environ.get(var))


# -- output ------------------------------------------------------------------------------
def summary(config: Config, path: Path, mapping: VarMap | None = None) -> str:
    """What will be written (under the mapped names, if any), secrets masked; the base URL
    is not a secret."""
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
    rows.append((key_name, mask(key) if key else "not in the file: store it under your "
                                                  "gateway > Provider Keys"))
    width = max(len(k) for k, _ in rows)
    return f"Summary for {path}:\n" + "".join(f"  {k:<{width}}  {v}\n" for k, v in rows)


# -- the same checks as lint before writing, one live probe after --------------------------
def check_with_lint(text: str, path: Path, redact: Redactor, mapping: VarMap | None = None
                    ) -> None:
    """Refuse to write a file our own linter would fail: the two must never disagree."""
    from setup_wizard.lint.engine import lint_text

    findings: list[Any] = list(lint_text(text, str(path), mapping))
    for f in findings:
        if f.severity != "error":
            print(redact(f"warning: {f.code} {f.message}"), file=sys.stderr)
    errors = [f for f in findings if f.severity == "error"]
    if errors:
        listed = "; ".join(f"{f.code} (line {f.line}) {f.message}" for f in errors)
        raise InvalidInput(redact(f"the new {path} would fail lint: {listed}"),
                           fix=redact(errors[0].fix) if errors[0].fix else None)


def probe(args: argparse.Namespace, text: str, redact: Redactor,
          mapping: VarMap | None = None) -> int:
    """One live request with the written file; its exit code becomes ours (0 when fine)."""
    if args.no_probe or args.dry_run:
        return 0
    from setup_wizard.probe.request import (
        probe_env,  # here, not at the top: httpx is slow to import
    )

    values = read_values(envfile.values(envfile.parse(text)), mapping or VarMap())
    sys.stdout.write("\nProbe (one live request, --no-probe to skip):\n")
    sys.stdout.flush()
    result = probe_env(values, timeout=args.timeout, endpoint="chat",
                       connect_to=args.connect_to)
    sys.stdout.write(redact(result.to_text()).rstrip("\n") + "\n")
    return int(result.exit_code)
