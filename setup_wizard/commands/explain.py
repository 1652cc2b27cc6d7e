"""`setup-wizard explain`: the probe's classifier, offline, on an error pasted from a log.

No network and no pydantic: `explain` is what people run while something is on fire, and it
must start fast and never need credentials. With `--env-file` it knows how the request was
made (mode, provider, model), which turns "a 401" into the right fix.
"""

from __future__ import annotations

import argparse
import io
import itertools
import json
import re
import sys
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

from setup_wizard.config import envfile
from setup_wizard.config.inference import infer
from setup_wizard.config.mapping import load_mapping
from setup_wizard.config.roles import Roles, canonical, in_own_names, resolve
from setup_wizard.config.schema import (
    CF_GATEWAY_TOKEN,
    GATEWAY_MODES,
)
from setup_wizard.diagnose import logscan
from setup_wizard.diagnose.classify import classify_pasted
from setup_wizard.diagnose.diagnosis import (
    CLOUDFLARE_ORIGINS,
    PROVIDER_ORIGINS,
    Diagnosis,
    Sent,
)
from setup_wizard.errors import ExitCode, InvalidInput
from setup_wizard.masking import Redactor, mask_credentials, secret_values

MAX_INPUT = 1024 * 1024
_HEADER_ARG = re.compile(r"^\s*([A-Za-z0-9][A-Za-z0-9_-]*)\s*:\s*(.*?)\s*$")


def run(args: argparse.Namespace) -> int:
    if getattr(args, "log", False):
        return run_log(args)
    text, notes = _read(args.file)
    diagnosis = explain_text(text, status=args.status, headers=_headers(args.header),
                             env_file=args.env_file, notes=notes, var=args.var)
    if args.format == "json":
        print(json.dumps(diagnosis.to_dict(), indent=2, ensure_ascii=False))
    else:
        print(diagnosis.to_text())
    return int(diagnosis.exit_code)


def explain_text(text: str, *, status: int | None = None,
                 headers: Mapping[str, str] | None = None, env_file: str | None = None,
                 notes: list[str] | None = None, var: Sequence[str] = ()) -> Diagnosis:
    """The diagnosis `explain` prints, for the CLI and the Python API alike.

    `var` is `--var ROLE=NAME` (with pyproject.toml's `[tool.setup-wizard.vars]`): how to
    read `env_file`, and the names the fix is said in.
    """
    if not text.strip():
        raise InvalidInput("the input is empty",
                           fix="paste the error text on stdin, or give the file that holds it")
    if status is not None and not 100 <= status <= 599:
        raise InvalidInput(f"--status {status} is not an HTTP status",
                           fix="give a number from 100 to 599")
    sent, redactor, own = _from_env_file(env_file, var)
    diagnosis = classify_pasted(text, status, {k.lower(): v for k, v in (headers or {}).items()},
                                sent)
    if status is not None:
        diagnosis.evidence.append(f"status {status} from --status")
    diagnosis.evidence[:0] = notes or []
    _in_own_names(diagnosis, own)
    _redact(diagnosis, redactor)
    return diagnosis


def capped(text: str) -> tuple[str, list[str]]:
    """At most the first 1 MiB (UTF-8) of `text`, as `_read` takes from a file."""
    raw = text.encode("utf-8")
    if len(raw) <= MAX_INPUT:
        return text, []
    return (raw[:MAX_INPUT].decode("utf-8", errors="ignore"),
            ["input longer than 1 MiB: only the first 1 MiB was read"])


def run_log(args: argparse.Namespace) -> int:
    """`explain --log`: every error in a whole log, streamed; exit by the most severe origin."""
    if args.status is not None or args.header:
        raise InvalidInput("--status and --header describe one error, not a log",
                           fix="drop them, or explain the one error without --log")
    sent, redactor, own = _from_env_file(args.env_file, args.var)
    summary = logscan.Summary()
    origins: set[str] = set()
    as_json = args.format == "json"
    out = sys.stdout
    with _open_log(args.file) as lines:
        if as_json:
            out.write('{"errors": [')
        for block in logscan.blocks(lines):
            d = classify_pasted(block.text, sent=sent)
            if not logscan.is_error(d):
                continue
            _in_own_names(d, own)
            _redact(d, redactor)
            if as_json:
                row = {"line": block.line, "origin": d.origin, "cause": d.cause,
                       "status": d.status, "code": d.code, "message": d.message}
                out.write(("\n  " if summary.total == 0 else ",\n  ")
                          + json.dumps(row, ensure_ascii=False))
            summary.add(block.line, d)
            origins.add(d.origin)
    if as_json:
        out.write(("\n" if summary.total else "") + '], "summary": '
                  + json.dumps(summary.rows(), ensure_ascii=False) + "}\n")
    else:
        out.write(_log_text(summary, "stdin" if args.file == "-" else args.file) + "\n")
    if origins & CLOUDFLARE_ORIGINS:
        return int(ExitCode.CLOUDFLARE_REJECTED)
    if origins & PROVIDER_ORIGINS:
        return int(ExitCode.PROVIDER_REJECTED)
    return int(ExitCode.LINT_ERRORS) if origins else int(ExitCode.OK)


def _log_text(summary: logscan.Summary, name: str) -> str:
    if not summary.total:
        return f"No errors found in {name}."
    lines = [f"{summary.total} error{'s' if summary.total != 1 else ''} in {name}, by who "
             "rejected them and why:"]
    for g in summary.groups.values():
        where = (f"line {g.first_line}" if g.count == 1 else
                 f"lines {g.first_line} to {g.last_line}")
        lines.append(f"  {g.count:>5}  {g.origin} / {g.cause}  ({where})")
        if g.message:
            lines.append(f"         message: {g.message}")
        if len(g.fixes) == 1 and not g.other_fixes:
            lines.append(f"         fix:     {next(iter(g.fixes))}")
        else:
            lines.extend(f"         fix (line {n}): {hint}" for hint, n in g.fixes.items())
            if g.other_fixes:
                many = "at least " if g.other_fixes_capped else ""
                other = "fix" if g.other_fixes == 1 else "fixes"
                lines.append(f"         and {many}{g.other_fixes} other {other}: explain those "
                             "lines one by one")
    return "\n".join(lines)


class _open_log:
    """Lines of FILE or stdin as text, undecodable bytes replaced; binary input refused."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.stream: Any = None

    def __enter__(self) -> Iterator[str]:
        if self.name == "-":
            raw = getattr(sys.stdin, "buffer", None)
            if raw is None:
                return iter(sys.stdin)
            self.stream = io.TextIOWrapper(raw, encoding="utf-8", errors="replace", newline="")
        else:
            self.stream = _open(self.name, "the log file", encoding="utf-8", errors="replace",
                                newline="")
        return _text_lines(self.stream, self.name)

    def __exit__(self, *exc: object) -> None:
        if self.stream is not None and self.name != "-":
            self.stream.close()


def _text_lines(stream: Any, name: str) -> Iterator[str]:
    """The stream's lines; the first is read now, so binary input fails before any output."""
    first = stream.readline()
    if "\0" in first:
        raise InvalidInput(f"{'stdin' if name == '-' else name} is binary, not a log",
                           fix="give the log as text")
    return itertools.chain([first] if first else [], stream)


def _from_env_file(name: str | None, var: Sequence[str] = ()
                   ) -> tuple[Sent | None, Redactor, Roles | None]:
    """What --env-file says was sent (its variables read through the mapping, as every
    command reads them), a redactor that knows that file's secrets, and its roles."""
    redactor = Redactor()
    mapping = load_mapping(var)  # a bad --var is said even without --env-file
    if not name:
        return None, redactor, None
    raw = _env_values(Path(name))
    own = resolve(raw, mapping)
    values = canonical(raw, own)
    for secret in secret_values(raw) + secret_values(values):
        redactor.add(secret)
    return sent_from_env(values), redactor, own


def _in_own_names(d: Diagnosis, own: Roles | None) -> None:
    """The fix said with the names the app really uses (MY_MODEL, not AUTOGEN_MODEL)."""
    if own is not None and d.hint:
        d.hint = in_own_names(d.hint, own)


def sent_from_env(values: Mapping[str, str | None]) -> Sent:
    """What a request made with this `.env` carried, as `inference` reads it."""
    inf = infer(values)
    spec, mode = inf.provider, inf.mode
    via = mode in GATEWAY_MODES if mode else None
    return Sent(
        mode=mode, provider=spec.slug if spec else None,
        endpoint=("compat" if inf.compat else "provider") if inf.gateway else None,
        model=inf.model or None, via_gateway=via,
        # Whether the app really sends Authorization cannot be read from the .env: unknown.
        sent_provider_key=None,
        sent_gateway_token=bool((values.get(CF_GATEWAY_TOKEN) or "").strip()) if via else None,
    )


# -- input ---------------------------------------------------------------------------------------
def _read(name: str) -> tuple[str, list[str]]:
    """The pasted text (first 1 MiB), and notes on how it was read."""
    if name == "-":
        stream = getattr(sys.stdin, "buffer", None)
        raw: bytes | str = stream.read(MAX_INPUT + 1) if stream else sys.stdin.read(MAX_INPUT + 1)
    else:
        with _open(name, "the file with the error text", mode="rb") as f:
            raw = f.read(MAX_INPUT + 1)
    notes: list[str] = []
    if len(raw) > MAX_INPUT:
        raw = raw[:MAX_INPUT]
        notes.append("input longer than 1 MiB: only the first 1 MiB was read")
    if isinstance(raw, str):
        return raw, notes
    if b"\0" in raw:
        raise InvalidInput(f"{'stdin' if name == '-' else name} is binary, not pasted text",
                           fix="give the error text as it was logged")
    try:
        return raw.decode("utf-8"), notes
    except UnicodeDecodeError:
        notes.append("input is not valid UTF-8: undecodable bytes were replaced")
        return raw.decode("utf-8", errors="replace"), notes


def _open(name: str, what: str, **how: Any) -> Any:
    """open(), with the usual failures turned into one-line errors that say what to give."""
    try:
        return open(name, **how)
    except FileNotFoundError:
        raise InvalidInput(f"{name}: no such file", fix=f"give {what}, or - for stdin") from None
    except IsADirectoryError:
        raise InvalidInput(f"{name} is a directory", fix=f"give {what}") from None
    except OSError as e:
        raise InvalidInput(f"cannot read {name}: {e.strerror}",
                           fix="check the path and its permissions") from None


def _headers(items: list[str]) -> dict[str, str]:
    out: dict[str, str] = {}
    for item in items:
        m = _HEADER_ARG.match(item)
        if not m:
            raise InvalidInput(f"--header {mask_credentials(item)!r} is not 'Name: value'",
                               fix="write it as --header 'x-groq-region: us-west-1'")
        out[m.group(1).lower()] = m.group(2)
    return out


def _env_values(path: Path) -> dict[str, str | None]:
    text = envfile.read_text(path)
    if text is None:
        raise InvalidInput(f"--env-file {path}: no such file",
                           fix="give the .env the failing request was made with")
    return envfile.values(envfile.parse(text))


def _redact(d: Diagnosis, redactor: Redactor) -> None:
    """Known secrets (from --env-file) and anything key-shaped (the Redactor masks by shape
    too), in every text field."""
    d.message = redactor(d.message) if d.message else d.message
    d.hint = redactor(d.hint)
    d.evidence = [redactor(e) for e in d.evidence]
    if isinstance(d.code, str):
        d.code = redactor(d.code)
