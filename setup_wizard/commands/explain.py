"""`setup-wizard explain`: the probe's classifier, offline, on an error pasted from a log.

No network and no pydantic: `explain` is what people run while something is on fire, and it
must start fast and never need credentials. With `--env-file` it knows how the request was
made (mode, provider, model), which turns "a 401" into the right fix.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Mapping
from pathlib import Path

from setup_wizard.config import envfile
from setup_wizard.config.inference import infer
from setup_wizard.config.mapping import load_mapping
from setup_wizard.config.roles import canonical, in_own_names, resolve
from setup_wizard.config.schema import (
    CF_GATEWAY_TOKEN,
    GATEWAY_MODES,
)
from setup_wizard.diagnose.classify import classify, redact_key_like
from setup_wizard.diagnose.diagnosis import Diagnosis, Sent
from setup_wizard.diagnose.pasted import parse
from setup_wizard.errors import InvalidInput
from setup_wizard.masking import Redactor, secret_values

MAX_INPUT = 1024 * 1024
_HEADER_ARG = re.compile(r"^\s*([A-Za-z0-9][A-Za-z0-9_-]*)\s*:\s*(.*?)\s*$")


def run(args: argparse.Namespace) -> int:
    text, notes = _read(args.file)
    if not text.strip():
        raise InvalidInput("the input is empty",
                           fix="paste the error text on stdin, or give the file that holds it")
    if args.status is not None and not 100 <= args.status <= 599:
        raise InvalidInput(f"--status {args.status} is not an HTTP status",
                           fix="give a number from 100 to 599")
    extra_headers = _headers(args.header)
    redactor = Redactor()
    sent: Sent | None = None
    own = None
    if args.env_file:
        raw = _env_values(Path(args.env_file))
        own = resolve(raw, load_mapping(args.var))
        values = canonical(raw, own)
        sent = sent_from_env(values)
        for secret in secret_values(values):
            redactor.add(secret)
    pasted = parse(text)
    status = args.status if args.status is not None else pasted.status
    if args.status is not None:
        pasted.notes.append(f"status {args.status} from --status")
    diagnosis = classify(status, {**pasted.headers, **extra_headers}, pasted.body, sent)
    diagnosis.evidence[:0] = [*notes, *pasted.notes]
    if own is not None:
        diagnosis.hint = in_own_names(diagnosis.hint, own)
    _redact(diagnosis, redactor)
    if args.format == "json":
        print(json.dumps(diagnosis.to_dict(), indent=2, ensure_ascii=False))
    else:
        print(diagnosis.to_text())
    return int(diagnosis.exit_code)


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
        path = Path(name)
        try:
            with path.open("rb") as f:
                raw = f.read(MAX_INPUT + 1)
        except FileNotFoundError:
            raise InvalidInput(f"{name}: no such file",
                               fix="give the file with the error text, or - for stdin") from None
        except IsADirectoryError:
            raise InvalidInput(f"{name} is a directory",
                               fix="give the file with the error text") from None
        except OSError as e:
            raise InvalidInput(f"cannot read {name}: {e.strerror}",
                               fix="check the path and its permissions") from None
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


def _headers(items: list[str]) -> dict[str, str]:
    out: dict[str, str] = {}
    for item in items:
        m = _HEADER_ARG.match(item)
        if not m:
            raise InvalidInput(f"--header {redact_key_like(item)!r} is not 'Name: value'",
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
    """Known secrets (from --env-file) and anything key-shaped, in every text field."""
    def clean(text: str) -> str:
        return redact_key_like(redactor(text))

    d.message = clean(d.message) if d.message else d.message
    d.hint = clean(d.hint)
    d.evidence = [clean(e) for e in d.evidence]
    if isinstance(d.code, str):
        d.code = clean(d.code)
