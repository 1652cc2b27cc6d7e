"""Reading and writing `.env` files exactly as python-dotenv reads them.

Reading uses python-dotenv's own parser (multi-line quoted values, `export `, inline
comments), so we never call a value broken that the app reads fine. One exception: a value
in backticks (`...`, on one line or several), a quoting only npm dotenv knows (16.0.0 and
later: Node apps' .env, chat-ui's MODELS=`[...]`), is read as npm dotenv reads it; the entry
says so (`backtick`) and keeps what python-dotenv would read (`python_value`). Writing quotes every
value so that the same parser gives it back unchanged and merges into the existing file
without touching unrelated lines; `filesafe` puts the result on disk.
"""

from __future__ import annotations

import difflib
import io
import re
import types
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, TypeVar, cast

import dotenv.parser as _dotenv_parser
from dotenv.parser import Reader

from setup_wizard.errors import EnvFileError, InvalidInput

# python-dotenv's parse_unquoted_value strips an inline comment with re.sub(r"\s+#.*", ...),
# which backtracks over every start in a run of blanks: a 100 KB run with no `#` after it
# takes 9 s, a 1 MiB one minutes. The same reading in one pass: the match re.sub finds is the
# first `#` after a blank, from the start of the blanks before it (an earlier run that ended
# at a `#` would have been that first one), to the end of the part (`.` matches all `[^\r\n]`
# does).
_BLANK_HASH = re.compile(r"\s#")
_BLANK = re.compile(r"\s")


def _unquoted_value(reader: Reader) -> str:
    (part,) = reader.read_regex(_dotenv_parser._unquoted_value)
    m = _BLANK_HASH.search(part)
    if m is not None:
        start = m.start()
        while start > 0 and _BLANK.match(part, start - 1):
            start -= 1
        part = part[:start]
    return part.rstrip()


_F = TypeVar("_F", bound=Callable[..., Any])


def _rebound(fn: _F, **names: object) -> _F:
    """python-dotenv's own function, its code unchanged, calling `names` instead of its module's
    functions of those names: its reading, with the linear inline-comment strip above."""
    return cast(_F, types.FunctionType(fn.__code__, {**vars(_dotenv_parser), **names},
                                       fn.__name__, fn.__defaults__, fn.__closure__))


_parse_value = _rebound(_dotenv_parser.parse_value, parse_unquoted_value=_unquoted_value)
parse_binding = _rebound(_dotenv_parser.parse_binding, parse_value=_parse_value)

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
    # A value in backticks, read as npm dotenv reads it (the text between them): python-dotenv
    # reads `python_value` instead (the backticks kept, only the first line of several).
    backtick: bool = False
    python_value: str | None = None

    @property
    def exported(self) -> bool:
        return bool(_EXPORT.match(self.original))


def parse(text: str) -> list[Entry]:
    """Every element of the file; concatenating `original`s gives the text back.

    python-dotenv's own reader and parse loop, element by element; a binding whose unquoted
    value opens with a backtick that npm dotenv closes (`_backtick_close`) becomes one element
    up to the end of the closing line, and python-dotenv's reading resumes after it.
    """
    reader = Reader(io.StringIO(text))
    out: list[Entry] = []
    while reader.has_next():
        b = parse_binding(reader)
        e = Entry(b.key, b.value, b.original.line, b.original.string, b.error)
        if b.key is not None and not b.error and (b.value or "").startswith("`"):
            e = _backtick_entry(reader, e) or e
        out.append(e)
    return out


# What python-dotenv reads before a value: blank lines, `export `, the key (single-quoted or
# not), blanks, `=` and blanks (dotenv/parser.py parse_binding).
_BEFORE_VALUE = re.compile(r"\s*(?:export[^\S\r\n]+)?(?P<key>'[^']+'|[^=#\s]+)[^\S\r\n]*="
                           r"[^\S\r\n]*")
_NODE_KEY = re.compile(r"[A-Za-z0-9_.-]+")  # npm dotenv's key, ([\w.-]+)
_LINE_ENDS = "\n\r\u2028\u2029"  # where JavaScript's multi-line $ matches
_DOTENV_NEWLINE = re.compile(r"\r\n|\n|\r")  # python-dotenv's (its Position counts them)


def _backtick_entry(reader: Reader, e: Entry) -> Entry | None:
    """`e` read as npm dotenv reads a backtick value, the reader moved past its closing line;
    None when npm dotenv does not close it (it then reads the line as python-dotenv does)."""
    s, start = reader.string, reader.mark.chars
    m = _BEFORE_VALUE.match(s, start)
    if m is None or not s.startswith("`", m.end()) or not _NODE_KEY.fullmatch(m["key"]):
        return None
    close = _backtick_close(s, m.end() + 1)
    if close is None:
        return _backtick_line(e)
    end = close + 1
    while end < len(s) and s[end] not in _LINE_ENDS:
        end += 1
    end += 2 if s.startswith("\r\n", end) else 1 if end < len(s) else 0
    pos = reader.position
    if end > pos.chars:  # the value's later lines: npm dotenv's, not elements
        pos.advance(s[pos.chars:end])
    elif end < pos.chars:  # closed by a line end only JavaScript has (U+2028, U+2029) inside
        # python-dotenv's line: npm dotenv reads what follows as a line of its own, and so
        # does python-dotenv's reader, moved back to it (no text is lost between elements).
        pos.line -= len(_DOTENV_NEWLINE.findall(s, end, pos.chars))
        pos.chars = end
    inner = s[m.end() + 1:close].replace("\r\n", "\n").replace("\r", "\n")
    return Entry(e.key, inner, e.line, s[start:end], False, backtick=True, python_value=e.value)


def _backtick_line(e: Entry) -> Entry | None:
    r"""npm dotenv's other reading: an unquoted value (up to a `#`, trimmed) that starts and
    ends with a backtick loses them (its `^(['"`])([\s\S]*)\1$` replacement)."""
    m = _BEFORE_VALUE.match(e.original)
    value = re.split(r"[#\r\n]", e.original[m.end():] if m else "", maxsplit=1)[0].strip()
    if len(value) < 2 or not value.endswith("`"):
        return None
    return replace(e, value=value[1:-1], backtick=True, python_value=e.value)


def _backtick_close(s: str, i: int) -> int | None:
    r"""Where npm dotenv's LINE regex closes a backtick value whose text starts at `i`.

    Its value is `` `(?:\\`|[^`])*` `` followed by `\s*(?:#.*)?$`: the greedy body passes
    every backtick after a backslash, stops at the first other one, and backtracks to earlier
    escaped ones (latest first) when the rest of that line is not blank or a comment. Found
    here without the regex, whose backtracking a value of many \` would make quadratic.
    https://github.com/motdotla/dotenv/blob/2fc7eac8ad77cbd5f7814355c7fa352dbcf3c358/lib/main.js
    """
    escaped: list[int] = []
    j = s.find("`", i)
    while j != -1 and j > i and s[j - 1] == "\\":
        escaped.append(j)
        j = s.find("`", j + 1)
    for k in ([j] if j != -1 else []) + escaped[::-1]:
        after = k + 1
        while after < len(s) and s[after].isspace() and s[after] not in _LINE_ENDS:
            after += 1
        if after == len(s) or s[after] in _LINE_ENDS or s[after] == "#":
            return k
    return None


def values(entries: list[Entry]) -> dict[str, str | None]:
    """What python-dotenv's `dotenv_values(interpolate=False)` returns (a backtick value: what
    npm dotenv reads), the last one wins."""
    out: dict[str, str | None] = {}
    for e in entries:
        if e.key is not None and not e.error:
            out[e.key] = e.value
    return out


# -- ${VAR} expansion, exactly as python-dotenv does it ------------------------------------------
def find_refs(value: str) -> list[tuple[int, int, str, str | None]]:
    """(start, end, name, default) of every `${NAME}` / `${NAME:-default}` in `value`.

    The same matches as python-dotenv's `parse_variables` (regex `\\$\\{([^}:]*)(?::-([^}]*))?\\}`
    under `finditer`), found in linear time: that regex backtracks quadratically on a
    value full of `${` with no `}` (20,000 of them take 15 s). The next `}` and `:` are
    remembered, since every later attempt starts further right.
    """
    out: list[tuple[int, int, str, str | None]] = []
    n = len(value)
    close = colon = -2  # -2: not looked for yet; -1 (n): none further right
    i = value.find("${")
    while i != -1:
        j = i + 2
        if close != -1 and close < j:
            close = value.find("}", j)
        if colon != -1 and colon < j:
            colon = value.find(":", j)
        c = close if close != -1 else n
        o = colon if colon != -1 else n
        if c < o:  # `}` first: ${NAME}
            out.append((i, c + 1, value[j:c], None))
            i = value.find("${", c + 1)
            continue
        if o < n and value.startswith(":-", o) and c < n:  # ${NAME:-default}
            out.append((i, c + 1, value[j:o], value[o + 2:c]))
            i = value.find("${", c + 1)
            continue
        i = value.find("${", i + 1)
    return out


def expand(pairs: list[tuple[str, str | None]], environ: Mapping[str, str]
           ) -> tuple[dict[str, str | None], dict[str, list[str]]]:
    """`dotenv_values` with interpolation: each value in file order, `${NAME}` taken from the
    file's earlier values, else the environment, else its default or "".

    Returns the values and, per key, the names it refers to that neither the file nor the
    environment had (the value is then only known at run time; followed through chains).
    """
    values: dict[str, str | None] = {}
    missing: dict[str, list[str]] = {}
    for key, value in pairs:
        if value is None or "${" not in value:
            values[key] = value
            missing.pop(key, None)
            continue
        parts: list[str] = []
        cursor = 0
        gone: list[str] = []
        for start, end, name, default in find_refs(value):
            parts.append(value[cursor:start])
            if name in values:
                parts.append(values[name] or "")
                gone += missing.get(name, [])
            elif name in environ:
                parts.append(environ[name])
            else:
                parts.append(default or "")
                if default is None:
                    gone.append(name)
            cursor = end
        parts.append(value[cursor:])
        values[key] = "".join(parts)
        if gone:
            missing[key] = list(dict.fromkeys(gone))
        else:
            missing.pop(key, None)
    return values, missing


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
def needs_no_quotes(value: str) -> bool:
    """Whether `value` reads the same unquoted to python-dotenv, docker compose, `docker run
    --env-file` and a POSIX shell: letters, digits and `_ . / : @ + , % = -` only (no blank,
    `#`, quote, `$`, backslash or shell operator). What `quote` writes without quotes."""
    return _SAFE_UNQUOTED.fullmatch(value) is not None


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
    if needs_no_quotes(value):
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


def comment_blocks(template: list[TemplateLine]) -> dict[str | None, tuple[str, ...]]:
    """The template's own comments: per key (the lines above it) and None for the header."""
    blocks: dict[str | None, tuple[str, ...]] = {t.key: t.comments for t in template if t.key}
    header: list[str] = []
    for t in template:
        if t.key is not None or not t.text.startswith("#"):
            break
        header.append(t.text)
    blocks[None] = tuple(header)
    return blocks


def merge(existing: str, template: list[TemplateLine], managed: Mapping[str, str | None],
          reasons: Mapping[str, str], stamp: str,
          known: Mapping[str | None, Collection[tuple[str, ...]]] | None = None) -> str:
    """Update only the managed keys of an existing file; everything else stays as it was.

    A managed key is replaced where it stands (keeping `export ` and blank lines above it);
    later duplicates and keys this mode must not carry are commented out with a one-line
    reason; missing keys are appended with their template comments. Comments that are
    verbatim one of our templates' (`known`, e.g. from the previous mode) are refreshed to
    this mode's, so a file never keeps "Provider key: not here" after a mode change.
    """
    text = existing.removeprefix("\ufeff")  # a BOM would glue itself to the first key
    nl = "\r\n" if "\r\n" in text else "\n"
    current = comment_blocks(template)
    parts = _Parts()
    seen: set[str] = set()
    for e in parse(text):
        if e.key is None or e.error or e.key not in managed:
            parts.add(e.original, comment=e.key is None and not e.error)
            continue
        new = managed[e.key]
        lead = _blank_lead(e.original)
        if e.key in seen:
            parts.add(lead + _disabled_original(e, f"{_DISABLED_MARK[2:]}: duplicate of "
                                                   f"{e.key} above", nl))
            continue
        parts.refresh(known.get(e.key, ()) if known else (), current.get(e.key, ()), nl)
        if new is None:
            parts.add(lead + _disabled_original(e, reasons.get(e.key, "not used"), nl))
        else:
            trailing = e.original[len(e.original.rstrip("\r\n")):] or nl
            parts.add(lead + line_for(e.key, new, export=e.exported, newline=trailing))
        seen.add(e.key)
    parts.refresh_header(known.get(None, ()) if known else (), current[None], nl)
    for key, value in managed.items():
        if value is not None:  # set again: its old disabled copy has served (the backup keeps it)
            parts.drop_disabled(key)
    missing = []
    for t in template:
        if not t.key or t.key in seen or not managed.get(t.key):
            continue
        line = line_for(t.key, managed[t.key] or "", newline=nl)
        # Our own comment for this key, left where a mode without it wrote it: the key goes there.
        if not parts.insert_at_block(known.get(t.key, ()) if known else (), t.comments, line,
                                     nl):
            missing.append(t)
    if missing:
        body = parts.text()
        if body and not body.endswith(("\n", "\r")):
            parts.add(nl)
        parts.add(f"{nl if body.strip() else ''}# --- added by setup-wizard {stamp} ---{nl}")
        for t in missing:
            for c in t.comments:
                parts.add(c + nl)
            parts.add(line_for(t.key or "", managed[t.key or ""] or "", newline=nl))
    return parts.text()


class _Parts:
    """The output so far, remembering which pieces are single comment lines (to refresh)."""

    def __init__(self) -> None:
        self.items: list[str] = []
        self.comments: list[str | None] = []  # the comment's text, None for anything else

    def add(self, piece: str, *, comment: bool = False) -> None:
        stripped = piece.strip()
        is_comment = comment and stripped.startswith("#") and "\n" not in stripped
        self.items.append(piece)
        self.comments.append(stripped if is_comment else None)

    def text(self) -> str:
        return "".join(self.items)

    def _replace(self, start: int, n: int, block: tuple[str, ...], nl: str) -> None:
        lead = _blank_lead(self.items[start]) if n else ""
        new = [c + nl for c in block]
        if new:
            new[0] = lead + new[0]
        self.items[start:start + n] = new
        self.comments[start:start + n] = list(block)

    def refresh(self, blocks: Collection[tuple[str, ...]], now: tuple[str, ...],
                nl: str) -> None:
        """Swap the comment run just above the next key if it is an old template's block."""
        for block in sorted(blocks, key=len, reverse=True):
            n = len(block)
            if n and block != now and tuple(self.comments[-n:]) == block:
                self._replace(len(self.items) - n, n, now, nl)
                return

    def insert_at_block(self, blocks: Collection[tuple[str, ...]], now: tuple[str, ...],
                        line: str, nl: str) -> bool:
        """Put `line` under the first run of comments equal to one of `blocks`, refreshed."""
        for block in sorted(blocks, key=len, reverse=True):
            n = len(block)
            for start in range(len(self.comments) - n + 1) if n else ():
                if tuple(self.comments[start:start + n]) == block:
                    self._replace(start, n, now, nl)
                    self.items.insert(start + len(now), line)
                    self.comments.insert(start + len(now), None)
                    return True
        return False

    def drop_disabled(self, key: str) -> None:
        """Remove our `# disabled by setup-wizard ...` + `# KEY=...` pairs for `key`."""
        i = 0
        while i + 1 < len(self.comments):
            reason, body = self.comments[i], self.comments[i + 1]
            if (reason and body and reason.startswith(_DISABLED_MARK)
                    and re.match(rf"#\s*(?:export\s+)?{re.escape(key)}=", body)):
                lead = _blank_lead(self.items[i])
                del self.items[i:i + 2], self.comments[i:i + 2]
                if lead and i < len(self.items):
                    self.items[i] = lead + self.items[i]
                continue
            i += 1

    def refresh_header(self, blocks: Collection[tuple[str, ...]], now: tuple[str, ...],
                       nl: str) -> None:
        for block in sorted(blocks, key=len, reverse=True):
            n = len(block)
            if n and block != now and tuple(self.comments[:n]) == block:
                self._replace(0, n, now, nl)
                return


def _blank_lead(original: str) -> str:
    """The blank lines python-dotenv glues to the front of an element."""
    body = original.lstrip(" \t\r\n")
    lead = original[: len(original) - len(body)]
    return lead[: lead.rfind("\n") + 1]


_DISABLED_MARK = "# disabled by setup-wizard"


def _disabled_original(e: Entry, reason: str, nl: str) -> str:
    lines = e.original.strip("\r\n").splitlines()
    return f"# {reason}{nl}" + "".join(f"# {ln}{nl}" for ln in lines)


# -- diff ---------------------------------------------------------------------------------
def masked_diff(old: str, new: str, redact: Callable[[str], str], name: str) -> str:
    """Unified diff with every known secret masked (the diff is printed)."""
    diff = difflib.unified_diff(
        redact(old).splitlines(keepends=True), redact(new).splitlines(keepends=True),
        fromfile=f"{name} (current)", tofile=f"{name} (new)",
    )
    return "".join(line if line.endswith("\n") else line + "\n" for line in diff)
