"""Reading and writing `.env` files exactly as python-dotenv reads them.

Reading uses python-dotenv's own parser (multi-line quoted values, `export `, inline
comments), so we never call a value broken that the app reads fine. Writing quotes every
value so that the same parser gives it back unchanged, merges into the existing file
without touching unrelated lines, and replaces the file atomically with a backup.
"""

from __future__ import annotations

import contextlib
import difflib
import io
import os
import re
import shutil
import tempfile
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from dotenv.parser import parse_stream

from setup_wizard.errors import EnvFileError, InvalidInput

MAX_BYTES = 1024 * 1024  # a .env larger than this is not a .env
_SAFE_UNQUOTED = re.compile(r"[A-Za-z0-9_./:@+,%=-]*")
_EXPORT = re.compile(r"^\s*export\s+")


@dataclass(frozen=True)
class Entry:
    """One parsed element: a binding, a comment/blank run, or an unparsable line."""

    key: str | None
    value: str | None  # None for `KEY` without `=`, comments and errors
    line: int  # 1-based line where the element starts
    original: str  # the exact text, newline included
    error: bool = False

    @property
    def exported(self) -> bool:
        return bool(_EXPORT.match(self.original))


def parse(text: str) -> list[Entry]:
    """Every element of the file; concatenating `original`s gives the text back."""
    return [
        Entry(b.key, b.value, b.original.line, b.original.string, b.error)
        for b in parse_stream(io.StringIO(text))
    ]


def values(entries: list[Entry]) -> dict[str, str | None]:
    """What python-dotenv's `dotenv_values(interpolate=False)` returns: the last one wins."""
    out: dict[str, str | None] = {}
    for e in entries:
        if e.key is not None and not e.error:
            out[e.key] = e.value
    return out


def read_text(path: Path) -> str | None:
    """The file's text, None if it does not exist. Raises EnvFileError for anything unusable."""
    try:
        with path.open("rb") as f:
            data = f.read(MAX_BYTES + 1)
    except FileNotFoundError:
        return None
    except IsADirectoryError:
        raise EnvFileError(f"{path} is a directory", fix="give the path of the .env file") from None
    except OSError as e:
        raise EnvFileError(f"cannot read {path}: {e.strerror}",
                           fix="check the path and its permissions") from None
    if len(data) > MAX_BYTES:
        raise EnvFileError(f"{path} is larger than 1 MiB", fix="point at the .env file")
    if b"\0" in data:
        raise EnvFileError(f"{path} is a binary file", fix="point at the .env file")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as e:
        raise EnvFileError(f"{path} is not UTF-8 (byte {e.start})",
                           fix="save it as UTF-8") from None


# -- writing values ------------------------------------------------------------------------
def quote(value: str) -> str:
    """Render a value so that python-dotenv reads back exactly `value`.

    Double quotes with backslash escapes keep every value on one line (a raw CR would be
    turned into LF by universal-newline reading). python-dotenv expands `${NAME}` whatever
    the quoting, and has no escape for it, so such a value cannot be written faithfully.
    """
    if "\0" in value:
        raise InvalidInput("a value contains a NUL character", fix="remove it")
    if re.search(r"\$\{[^}]*\}", value):
        raise InvalidInput(
            "a value contains ${...}, which python-dotenv would expand",
            fix="remove the ${...} part from the value",
        )
    if _SAFE_UNQUOTED.fullmatch(value):
        return value
    escaped = (value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
               .replace("\r", "\\r").replace("\t", "\\t").replace("\v", "\\v")
               .replace("\f", "\\f").replace("\b", "\\b").replace("\a", "\\a"))
    return f'"{escaped}"'


def line_for(key: str, value: str, *, export: bool = False, newline: str = "\n") -> str:
    return f"{'export ' if export else ''}{key}={quote(value)}{newline}"


# -- templates --------------------------------------------------------------------------
@dataclass(frozen=True)
class TemplateLine:
    key: str | None  # the placeholder's key, None for plain lines
    text: str
    comments: tuple[str, ...] = ()  # the comment lines just above a key line


_PLACEHOLDER_LINE = re.compile(r"^(?P<key>[A-Z_][A-Z0-9_]*)=\{\{(?P=key)\}\}\s*$")
_PROVIDER_KEY_PLACEHOLDER = "PROVIDER_API_KEY"


def parse_template(text: str, provider_key_var: str) -> list[TemplateLine]:
    """Split a template into lines; `KEY={{KEY}}` lines carry the comments above them."""
    out: list[TemplateLine] = []
    pending: list[str] = []
    for raw in text.splitlines():
        line = raw.replace(_PROVIDER_KEY_PLACEHOLDER, provider_key_var)
        m = _PLACEHOLDER_LINE.match(line)
        if m:
            out.append(TemplateLine(m.group("key"), line, tuple(pending)))
            pending = []
        else:
            out.append(TemplateLine(None, line))
            pending = [*pending, line] if line.startswith("#") else []
    return out


def _disabled(key: str, value: str | None, reason: str, nl: str) -> str:
    body = f"# {key}=" + (quote(value) if value is not None else "")
    return f"# {reason}{nl}{body}{nl}"


def render(template: list[TemplateLine], managed: Mapping[str, str | None],
           reasons: Mapping[str, str]) -> str:
    """A fresh file from a template; keys mapped to None are left out."""
    parts: list[str] = []
    for t in template:
        if t.key is None:
            parts.append(t.text + "\n")
        elif managed.get(t.key) is None:
            continue  # the template's own comment above says why the key is absent
        else:
            parts.append(line_for(t.key, managed[t.key] or ""))
    return "".join(parts)


def merge(existing: str, template: list[TemplateLine], managed: Mapping[str, str | None],
          reasons: Mapping[str, str], stamp: str) -> str:
    """Update only the managed keys of an existing file; everything else stays as it was.

    A managed key is replaced where it stands (keeping `export `); later duplicates and keys
    this mode must not carry are commented out with a one-line reason; missing keys are
    appended with their template comments.
    """
    text = existing.removeprefix("\ufeff")  # a BOM would glue itself to the first key
    nl = "\r\n" if "\r\n" in text else "\n"
    entries = parse(text)
    seen: set[str] = set()
    parts: list[str] = []
    for e in entries:
        if e.key is None or e.error or e.key not in managed:
            parts.append(e.original)
            continue
        new = managed[e.key]
        if e.key in seen:
            parts.append(_disabled_original(e, f"disabled by setup-wizard: duplicate of "
                                               f"{e.key} above", nl))
        elif new is None:
            parts.append(_disabled_original(e, reasons.get(e.key, "not used"), nl))
        else:
            trailing = e.original[len(e.original.rstrip("\r\n")):] or nl
            parts.append(line_for(e.key, new, export=e.exported, newline=trailing))
        seen.add(e.key)
    missing = [t for t in template if t.key and t.key not in seen and managed.get(t.key)]
    if missing:
        body = "".join(parts)
        if body and not body.endswith(("\n", "\r")):
            parts.append(nl)
        parts.append(f"{nl if body.strip() else ''}# --- added by setup-wizard {stamp} ---{nl}")
        for t in missing:
            parts.extend(c + nl for c in t.comments)
            parts.append(line_for(t.key or "", managed[t.key or ""] or "", newline=nl))
    return "".join(parts)


def _disabled_original(e: Entry, reason: str, nl: str) -> str:
    lines = e.original.rstrip("\r\n").splitlines()
    return f"# {reason}{nl}" + "".join(f"# {ln}{nl}" for ln in lines)


# -- diff ---------------------------------------------------------------------------------
def masked_diff(old: str, new: str, redact: Callable[[str], str], name: str) -> str:
    """Unified diff with every known secret masked (the diff is printed)."""
    diff = difflib.unified_diff(
        redact(old).splitlines(keepends=True), redact(new).splitlines(keepends=True),
        fromfile=f"{name} (current)", tofile=f"{name} (new)",
    )
    return "".join(line if line.endswith("\n") else line + "\n" for line in diff)


# -- atomic write -------------------------------------------------------------------------
def backup_path(path: Path, now: datetime | None = None) -> Path:
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    candidate = path.with_name(f"{path.name}.bak-{stamp}")
    n = 1
    while candidate.exists():
        candidate = path.with_name(f"{path.name}.bak-{stamp}-{n}")
        n += 1
    return candidate


def write_atomic(path: Path, text: str, *, backup: bool = True) -> Path | None:
    """Replace `path` with `text` so that no reader ever sees half a file.

    Temp file in the same folder (same filesystem, so rename is atomic), mode 0600 before
    any byte is written, fsync, rename, fsync of the folder. The previous file is copied
    to a timestamped backup first (also 0600: it holds the same secrets). If anything
    fails before the rename, the original is untouched and the temp file removed.
    Returns the backup's path, if one was made.
    """
    target = path.resolve() if path.is_symlink() else path
    folder = target.parent
    made_backup: Path | None = None
    try:
        folder.mkdir(parents=True, exist_ok=True)
        if backup and target.exists():
            made_backup = backup_path(target)
            fd_b = os.open(made_backup, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(fd_b, "wb") as out, target.open("rb") as src:
                shutil.copyfileobj(src, out)
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{target.name}.", suffix=".tmp")
    except OSError as e:
        raise EnvFileError(f"cannot write next to {path}: {e.strerror}",
                           fix="check the folder's permissions") from None
    try:
        os.fchmod(fd, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as f:
            f.write(text)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, target)
    except BaseException as e:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        if isinstance(e, OSError):
            raise EnvFileError(f"cannot write {path}: {e.strerror or e}",
                               fix="check the folder's permissions and free space") from None
        raise
    with contextlib.suppress(OSError):
        dfd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(dfd)
        finally:
            os.close(dfd)
    return made_backup
