"""The lint engine: read -> parse (python-dotenv's own parser) -> checks -> findings.

`lint_text` is the public entry point (`init` calls it before writing, so the two never
disagree). Syntax rules live here; the checks of settings live in `checks`, which reuses
`fields`, `gateway` and `providers`. Rule codes and severities come from `rules`.

Kept free of pydantic, questionary and httpx: it runs on every CI push.
"""

from __future__ import annotations

import glob
import os
import re
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, field
from pathlib import Path

from dotenv.variables import parse_variables

from setup_wizard.config import envfile
from setup_wizard.lint import checks
from setup_wizard.lint.checks import KNOWN_KEYS, Finding, Findings
from setup_wizard.lint.rules import KEY_ALIASES
from setup_wizard.masking import Redactor, secret_values

__all__ = ["ENVIRONMENT", "FileResult", "Finding", "lint_environ", "lint_file", "lint_paths",
           "lint_text"]

ENVIRONMENT = "<environment>"  # the path shown for --from-environment
_VALID_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_ASSIGNMENT = re.compile(r"^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=")
_OPEN_QUOTE = re.compile(r"""^\s*(?:export\s+)?([^=\s#]+)\s*=\s*(["'])(.*)$""", re.DOTALL)
# `#` must start a comment as python-dotenv sees it: at line start or after whitespace.
_IGNORE = re.compile(r"(?:^|\s)#[^\n]*?setup-wizard:\s*ignore\[([A-Za-z0-9_,\s]+)\]", re.IGNORECASE)


@dataclass
class FileResult:
    """Findings of one file (or of the environment); `unreadable` makes the exit code 2."""

    path: str
    findings: list[Finding] = field(default_factory=list)
    suppressed: int = 0
    unreadable: bool = False

    def to_dict(self) -> dict[str, object]:
        return {"path": self.path, "findings": [asdict(f) for f in self.findings]}


# -- public entry points ---------------------------------------------------------------------
def lint_text(text: str, path: str = ".env") -> list[Finding]:
    """Every finding for the text of one `.env`, suppressions applied, secrets masked."""
    return _lint_text(text)[0]


def lint_environ(environ: Mapping[str, str] | None = None) -> FileResult:
    """Lint the settings in the process environment (CI secrets usually arrive that way)."""
    env = os.environ if environ is None else environ
    names = KNOWN_KEYS | set(KEY_ALIASES)
    values: dict[str, str | None] = {k: env[k] for k in sorted(names) if k in env}
    out = Findings()
    checks.check_settings(values, {}, set(), out)
    return FileResult(ENVIRONMENT, _redact(out.items, values))


def lint_file(path: str) -> FileResult:
    """One file. Unreadable files are a SW001 finding and mark the result unreadable."""
    p = Path(path)
    try:
        with p.open("rb") as f:
            data = f.read(envfile.MAX_BYTES + 1)
    except FileNotFoundError:
        return _unreadable(path, f"{path} does not exist",
                           "give the path of the .env file, or use --from-environment")
    except IsADirectoryError:
        return _unreadable(path, f"{path} is a directory", "give the path of the .env file")
    except OSError as e:
        return _unreadable(path, f"cannot read {path}: {e.strerror}",
                           "check the path and its permissions")
    if len(data) > envfile.MAX_BYTES:
        return _file_finding(path, "SW004", f"{path} is larger than 1 MiB; not a .env file",
                             "point lint at the .env file")
    if b"\0" in data:
        return _file_finding(path, "SW002", f"{path} is a binary file, not a .env file",
                             "point lint at the .env file")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        line = data[: e.start].count(b"\n") + 1
        return FileResult(path, [_make("SW003", None, line,
                                       f"{path} is not UTF-8 (byte {e.start}, line {line}); "
                                       "python-dotenv raises UnicodeDecodeError on it",
                                       "save the file as UTF-8")])
    findings, suppressed = _lint_text(text)
    return FileResult(path, findings, suppressed)


def expand(patterns: Iterable[str]) -> list[str]:
    """Paths and globs -> paths in order, each once; an unmatched glob is kept (SW001)."""
    out: list[str] = []
    for pat in patterns:
        matches = sorted(glob.glob(pat, recursive=True)) if glob.has_magic(pat) else [pat]
        for m in matches or [pat]:
            if m not in out:
                out.append(m)
    return out


def lint_paths(patterns: Iterable[str]) -> list[FileResult]:
    return [lint_file(p) if not (glob.has_magic(p) and not os.path.exists(p)) else
            _unreadable(p, f"no file matches {p}", "check the pattern")
            for p in expand(patterns)]


# -- the text pipeline ---------------------------------------------------------------------
def _lint_text(raw: str) -> tuple[list[Finding], int]:
    out = Findings()
    text = raw
    if text.startswith("\ufeff"):
        text = text[1:]
        first = next((e.key for e in envfile.parse(text) if e.key), None)
        out.add("SW106", first, 1,
                "the file starts with a byte order mark"
                + (f"; loaders other than python-dotenv 1.2 read the first key as "
                   f"'\\ufeff{first}', not {first}" if first else ""),
                "save the file as UTF-8 without BOM")
    if "\r" in text:
        line = text[: text.index("\r")].count("\n") + 1
        out.add("SW107", None, line, "the file has CRLF (Windows) line endings",
                "convert it to LF line endings (dos2unix, or your editor's line-ending setting)")
        # python-dotenv opens files in text mode: universal newlines turn CRLF and CR into LF.
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    entries = [_at_key_line(e) for e in envfile.parse(text)]
    _check_syntax(entries, out)
    raw_values = envfile.values(entries)
    lines = {e.key: e.line for e in entries if e.key is not None and not e.error}
    values, unresolved = _interpolate(raw_values)
    checks.check_settings(values, lines, unresolved, out)
    ordered = sorted(out.items, key=lambda f: (f.line is None, f.line or 0))
    kept, suppressed = _suppress(ordered, text)
    return _redact(kept, raw_values), suppressed


def _check_syntax(entries: list[envfile.Entry], out: Findings) -> None:
    seen: dict[str, envfile.Entry] = {}
    present = {e.key for e in entries if e.key and not e.error}
    for e in entries:
        if e.error:
            m = _OPEN_QUOTE.match(e.original.rstrip("\n"))
            if m and not _closes(m.group(3), m.group(2)):
                out.add("SW103", m.group(1), e.line,
                        f"{m.group(1)}: the {m.group(2)} quote opened here is never closed; "
                        "python-dotenv drops the line", f"close the quote: {m.group(1)}="
                        f"{m.group(2)}...{m.group(2)}")
            else:
                out.add("SW100", None, e.line,
                        f"line {e.line} is not KEY=value; python-dotenv skips it",
                        "write it as KEY=value, or start it with # to make it a comment")
            continue
        if e.key is None:
            continue
        _check_name(e, present, out)
        first = seen.get(e.key)
        if first is not None and e.value is not None and first.value is not None:
            if first.value != e.value:
                out.add("SW101", e.key, e.line,
                        f"{e.key} is set again (first on line {first.line}) with a different "
                        f"value; python-dotenv uses this one",
                        f"delete the line you do not mean; the app reads line {e.line}")
            else:
                out.add("SW102", e.key, e.line,
                        f"{e.key} is set again with the same value (first on line {first.line})",
                        f"delete line {e.line}")
        seen[e.key] = e
        spanned = e.original.rstrip("\n").split("\n")
        if len(spanned) > 1:
            swallowed = [m.group(1) for ln in spanned[1:] if (m := _ASSIGNMENT.match(ln))]
            if swallowed:
                out.add("SW108", e.key, e.line,
                        f"the quoted value of {e.key} runs over {len(spanned)} "
                        f"lines and swallows {', '.join(swallowed)}, which the app never sees",
                        f"close the quote at the end of line {e.line}")


def _at_key_line(e: envfile.Entry) -> envfile.Entry:
    """python-dotenv counts blank lines before a binding into it; point at the key's line."""
    body = e.original.lstrip()
    lead = e.original[: len(e.original) - len(body)]
    if "\n" not in lead:
        return e
    return envfile.Entry(e.key, e.value, e.line + lead.count("\n"),
                         lead[lead.rindex("\n") + 1:] + body, e.error)


def _closes(rest: str, quote: str) -> bool:
    escaped = False
    for ch in rest:
        if ch == quote and not escaped:
            return True
        escaped = ch == "\\" and not escaped
    return False


def _squash(name: str) -> str:
    return re.sub(r"[^A-Z0-9]", "", name.upper()).rstrip("S")


_SQUASHED = {_squash(k): k for k in KNOWN_KEYS}


def _check_name(e: envfile.Entry, present: set[str | None], out: Findings) -> None:
    key = e.key or ""
    if not _VALID_NAME.fullmatch(key):
        fixed = re.sub(r"\W", "_", key)
        fixed = f"_{fixed}" if fixed[:1].isdigit() else fixed
        out.add("SW105", key, e.line,
                f"{key!r} is not a valid environment variable name (letters, digits, _; "
                "not starting with a digit)", f"rename it to {fixed}")
    if key in KNOWN_KEYS:
        return
    target = KEY_ALIASES[key][0] if key in KEY_ALIASES else _SQUASHED.get(_squash(key))
    if target and target not in present:
        out.add("SW109", key, e.line,
                f"{key} is not read by the app; it reads {target}"
                + (" (names are case-sensitive)" if key.upper() == target else ""),
                f"rename {key} to {target}")


def _interpolate(raw: Mapping[str, str | None]) -> tuple[dict[str, str | None], set[str]]:
    """Expand ${VAR} like python-dotenv, from the file's own values only.

    A reference to a variable the file does not define comes from the app's environment at
    run time, which lint cannot see: such keys are returned as unresolved and not judged.
    """
    out: dict[str, str | None] = {}
    unresolved: set[str] = set()
    for key, value in raw.items():
        if value is None or "${" not in value:
            out[key] = value
            continue
        parts: list[str] = []
        for atom in parse_variables(value):
            name = getattr(atom, "name", None)
            if name is not None and name not in out and getattr(atom, "default", None) is None:
                unresolved.add(key)
            parts.append(atom.resolve(out))
        out[key] = "".join(parts)
        if any(n in unresolved for n in re.findall(r"\$\{([^}:]*)", value)):
            unresolved.add(key)
    return out, unresolved


def _suppress(findings: list[Finding], text: str) -> tuple[list[Finding], int]:
    """Drop findings silenced by `# setup-wizard: ignore[CODE,...]` on their line or above.

    A finding without a line (a missing key, a file-level one) is silenced by such a comment
    standing on a line of its own anywhere in the file.
    """
    by_line: dict[int, set[str]] = {}
    file_wide: set[str] = set()
    for n, line in enumerate(text.split("\n"), start=1):
        m = _IGNORE.search(line)
        if m:
            codes = {c.strip().upper() for c in m.group(1).split(",") if c.strip()}
            by_line[n] = codes
            if line.lstrip().startswith("#"):
                file_wide |= codes
    kept = [f for f in findings
            if not (f.code in (by_line.get(f.line, set()) | by_line.get(f.line - 1, set()))
                    if f.line is not None else f.code in file_wide)]
    return kept, len(findings) - len(kept)


def _redact(findings: list[Finding], values: Mapping[str, str | None]) -> list[Finding]:
    """Safety net over every message: no value of a secret-looking key, and nothing shaped
    like a credential under any name (a key pasted as the model), survives unmasked."""
    redact = Redactor(secret_values(values))
    return [Finding(f.code, f.severity, f.key, f.line, redact(f.message),
                    redact(f.fix) if f.fix else f.fix) for f in findings]


def _make(code: str, key: str | None, line: int | None, message: str,
          fix: str | None) -> Finding:
    out = Findings()
    out.add(code, key, line, message, fix)
    return out.items[0]


def _file_finding(path: str, code: str, message: str, fix: str) -> FileResult:
    return FileResult(path, [_make(code, None, None, message, fix)])


def _unreadable(path: str, message: str, fix: str) -> FileResult:
    return FileResult(path, [_make("SW001", None, None, message, fix)], unreadable=True)

