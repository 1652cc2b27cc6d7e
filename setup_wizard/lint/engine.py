"""The lint engine: read -> parse (python-dotenv's own parser) -> checks -> findings.

`lint_text` is the public entry point (`init` calls it before writing, so the two never
disagree). Syntax rules live here, names in `spelling`; the checks of settings live in
`checks` (roles) and `values` (every other variable), which reuse `fields`, `gateway` and
`providers`. Rule codes and severities come from `rules`.

Kept free of pydantic, questionary and httpx: it runs on every CI push.
"""

from __future__ import annotations

import dataclasses
import glob
import os
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from setup_wizard.config import envfile, fields, gateway, names, providers
from setup_wizard.config.mapping import VarMap, is_var_name
from setup_wizard.lint import checks, loaders, models, spelling, values
from setup_wizard.lint.findings import Finding, Findings, shown_value
from setup_wizard.masking import (
    SECRET_NAME,
    VENDOR_PREFIXES,
    Redactor,
    looks_random,
    secret_values,
)

__all__ = ["ENVIRONMENT", "FileResult", "Finding", "lint_environ", "lint_file", "lint_paths",
           "lint_text"]

ENVIRONMENT = "<environment>"  # the path shown for --from-environment
# Read before parsing: python-dotenv's parser takes ~12 us a line, so a pasted log of 200,000
# short lines would take seconds. Real .env files have tens of lines.
MAX_LINES = 10_000
_ASSIGNMENT = re.compile(r"^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=")
# An unquoted value holding another assignment after a blank ("KEY=abc BASE_URL=https://..."):
# python-dotenv reads the rest of the line as the one value, so the second name is never set.
_GLUED = re.compile(r"\s([A-Z][A-Z0-9_]{2,})=\S")
# ... when that name is one an LLM client reads, or says what such a setting holds (a
# command line's "-e FOO=bar" is an option, not a lost line break).
_SETTING_WORD = re.compile(r"KEY|TOKEN|SECRET|URL|BASE|ENDPOINT|MODEL|HOST")
# `KEY=   # note`: python-dotenv reads an empty value; compose's env_file trims the blanks after
# `=` first and cuts a comment only at " #", so it reads "# note" as the value (SW117).
_EMPTY_THEN_COMMENT = re.compile(r"^\s*(?:export\s+)?[^=\s#]+\s*=[ \t]+#")
# A comment line holding settings whose line breaks a copy lost: `...# ---NAME="v"OTHER=...`.
# The sign is a value glued to the next name (a quote, then NAME=) at least once.
_COMMENT_SETTING = re.compile(r"(?<![A-Z0-9_])([A-Z][A-Z0-9_]{2,})=")  # glued to prose too
_GLUED_AFTER_VALUE = re.compile(r"[\"'][A-Z][A-Z0-9_]{2,}=")
# NAME="value" followed by more than blanks or a ' #' comment: python-dotenv's error.
_TEXT_AFTER_QUOTE = re.compile(
    r"""^[ \t]*(?:export[ \t]+)?([A-Za-z_][A-Za-z0-9_]*)[ \t]*=[ \t]*"""
    r"""(?:"(?:\\.|[^"\\\n])*"|'[^'\n]*')[ \t]*[^\s#]""")
_OPEN_QUOTE = re.compile(r"""^\s*(?:export\s+)?([^=\s#]+)\s*=\s*(["'])(.*)$""", re.DOTALL)
# `#` must start a comment as python-dotenv sees it: at line start or after whitespace.
_IGNORE = re.compile(r"setup-wizard:\s*ignore\[([A-Za-z0-9_,\s]+)\]", re.IGNORECASE)
_COMMENT_MARK = re.compile(r"(?:^|\s)#")


def _ignore_codes(line: str) -> re.Match[str] | None:
    """The first `setup-wizard: ignore[...]` on `line` that a comment's `#` (at the start or
    after a blank) stands before. Two searches, not one pattern: `#[^\\n]*?setup-wizard:`
    retried from every `#` is quadratic on a line of `# # # ...` (100 KB took minutes)."""
    if "setup-wizard" not in line.lower():
        return None
    mark = _COMMENT_MARK.search(line)
    return _IGNORE.search(line, mark.end()) if mark is not None else None


@dataclass
class FileResult:
    """Findings of one file (or of the environment); `unreadable` makes the exit code 2."""

    path: str
    findings: list[Finding] = field(default_factory=list)
    suppressed: int = 0
    unreadable: bool = False

    def to_dict(self) -> dict[str, object]:
        return {"path": self.path, "findings": [f._asdict() for f in self.findings]}


# -- public entry points ---------------------------------------------------------------------
def lint_text(text: str, path: str = ".env", mapping: VarMap | None = None,
              environ: Mapping[str, str] | None = None) -> list[Finding]:
    """Every finding for the text of one `.env`, suppressions applied, secrets masked.

    `${OTHER}` is expanded from the file, then from `environ` (default: this process's).
    """
    return _lint_text(text, mapping, environ)[0]


def lint_environ(environ: Mapping[str, str] | None = None,
                 mapping: VarMap | None = None) -> FileResult:
    """Lint the settings in the process environment (CI secrets usually arrive that way)."""
    env = os.environ if environ is None else environ
    values: dict[str, str | None] = dict(sorted(env.items()))
    out = Findings()
    checks.check_settings(values, {}, {}, out, mapping)
    return FileResult(ENVIRONMENT, _redact(out.items, values))


def lint_file(path: str, mapping: VarMap | None = None,
              environ: Mapping[str, str] | None = None) -> FileResult:
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
    findings, suppressed = _lint_text(text, mapping, environ)
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


def lint_paths(patterns: Iterable[str], mapping: VarMap | None = None) -> list[FileResult]:
    return [lint_file(p, mapping) if not (glob.has_magic(p) and not os.path.exists(p)) else
            _unreadable(p, f"no file matches {p}", "check the pattern")
            for p in expand(patterns)]


# -- the text pipeline ---------------------------------------------------------------------
def _lint_text(raw: str, mapping: VarMap | None = None,
               environ: Mapping[str, str] | None = None) -> tuple[list[Finding], int]:
    out = Findings()
    text = raw
    cap = envfile.MAX_BYTES
    if len(raw) > cap or len(raw.encode("utf-8", "surrogatepass")) > cap:
        out.add("SW004", None, None, "the text is larger than 1 MiB; not a .env file (nothing "
                "else was checked)", "point lint at the .env file")
        return out.items, 0
    lines = raw.count("\n") + 1
    if lines > MAX_LINES:
        out.add("SW005", None, None, f"the file has {lines:,} lines, more than the "
                f"{MAX_LINES:,} a .env could need; not a .env file (nothing else was checked)",
                "point lint at the .env file")
        return out.items, 0
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
    meant = _check_syntax(entries, out)
    raw_values = envfile.values(entries)
    where = {e.key: e.line for e in entries if e.key is not None and not e.error}
    pairs = [(e.key, e.value) for e in entries if e.key is not None and not e.error]
    # A line with `-` or `:` where `=` belongs is judged as the line it was meant to be.
    pairs += [(k, v) for k, (v, line) in meant.items() if k not in where]
    where.update({k: line for k, (_v, line) in meant.items() if k not in where})
    values, unresolved = envfile.expand(pairs, os.environ if environ is None else environ)
    for key, value in values.items():  # op://vault/item/field: only known when the app starts
        if value and (who := fields.secret_reference(value)) is not None:
            unresolved[key] = [who]
    present = {k for k, _v in pairs}
    aliases = {k: t for k in spelling.near_miss_candidates(present)
               if (t := spelling.near_miss(k)) is not None and t not in present}
    roles = checks.check_settings(values, where, unresolved, out, mapping, aliases)
    checks.commented_base(entries, roles, values, unresolved, out)
    loaders.check(entries, roles, out)  # (after the roles: which settings are an LLM's)
    loaders.check_comments(entries, roles, out)
    ordered = sorted(out.items, key=lambda f: (f.line is None, f.line or 0))
    kept, suppressed = _suppress(ordered, text)
    return _redact(kept, raw_values, values), suppressed


def _check_syntax(entries: list[envfile.Entry], out: Findings) -> dict[str, tuple[str, int]]:
    """Syntax findings; returns what lines with a wrong separator meant (name: value, line)."""
    meant: dict[str, tuple[str, int]] = {}
    seen: dict[str, list[envfile.Entry]] = {}
    present = {e.key: e.line for e in entries if e.key and not e.error and e.value is not None}
    # (names whose value, the last one written, is empty: an app may fall back on another)
    last = {e.key: e.value for e in entries if e.key and not e.error and e.value is not None}
    empty = frozenset(k for k, v in last.items() if v == "")
    keys = (e.key for e in entries if e.key and not e.error)
    checked_names = set(spelling.near_miss_candidates(keys))
    for e in entries:
        if e.error:
            m = _OPEN_QUOTE.match(e.original.rstrip("\n"))
            if m and not _closes(m.group(3), m.group(2)):
                out.add("SW103", m.group(1), e.line,
                        f"{m.group(1)}: the {m.group(2)} quote opened here is never closed; "
                        "python-dotenv drops the line",
                        f"close the quote at the end of line {e.line}")
            elif (sep := spelling.SEPARATOR_LINE.match(e.original.rstrip("\n"))) \
                    and names.lookup(sep[1]) is not None:
                fixed = spelling.wrong_separator(sep[1], sep[2], sep[3], e.line, present, out)
                if fixed is not None:
                    meant[fixed[0]] = (fixed[1], e.line)
            elif (quoted := _TEXT_AFTER_QUOTE.match(e.original.rstrip("\n"))) is not None:
                # LLM_PROVIDER="openai" -- or gemini: the setting the line was meant to be is
                # the one that goes missing, so the finding is that variable's.
                out.add("SW100", quoted[1], e.line,
                        f"{quoted[1]}: text follows the closing quote on line {e.line}; "
                        f"python-dotenv skips the line, so {quoted[1]} is not set",
                        f"end line {e.line} at the closing quote (a note goes after ' #')")
            elif _looks_like_a_setting(e.original):
                out.add("SW100", None, e.line,
                        f"line {e.line} is not KEY=value; python-dotenv skips it",
                        f"make line {e.line} a comment (start it with #), or write it as "
                        "KEY=value")
            else:
                _no_setting(e.line, out)
            continue
        if e.key is None:
            _settings_in_comment(e, out)
            continue
        if e.value is None and not is_var_name(e.key) \
                and not _looks_like_a_setting(e.original):
            _no_setting(e.line, out)  # a docstring's lone """ (python-dotenv: a name, unset)
            continue
        fixed = spelling.check_name(e, present, out, e.key in checked_names, empty)
        if fixed is not None:
            meant[fixed[0]] = (fixed[1], e.line)
        if e.value is not None:
            seen.setdefault(e.key, []).append(e)
        if e.backtick:
            _backtick(e, out)
        glued = _GLUED.search(e.value) if e.value and not e.backtick \
            and not _OPEN_QUOTE.match(e.original) else None
        if glued and (names.lookup(glued[1]) is not None or _SETTING_WORD.search(glued[1])) \
                and not e.value.lstrip().startswith("-"):  # (its value is not shown: a key?)
            out.add("SW116", e.key, e.line,
                    f"{e.key}'s line also holds {glued[1]}=...: python-dotenv reads the rest "
                    f"of the line as {e.key}'s one value, so {glued[1]} is never set",
                    f"split line {e.line} before {glued[1]}= (each setting on a line of "
                    "its own)")
        if e.value == "" and _EMPTY_THEN_COMMENT.match(e.original) and (
                names.lookup(e.key) is not None or _SETTING_WORD.search(e.key.upper())):
            out.add("SW117", e.key, e.line,
                    f"{e.key} is empty and a comment follows it on line {e.line}: python-dotenv "
                    f"reads an empty value, but docker compose's env_file reads the comment as "
                    f"{e.key}'s value",
                    f"move the comment on line {e.line} to a line of its own (set {e.key} or "
                    # an SDK keeps an empty base URL as given (SW232): there, remove it
                    + (f"remove the {e.key} line)" if e.key in names.EMPTY_KEPT_AS_GIVEN
                       else "leave it empty)"))
        spanned = e.original.rstrip("\n").split("\n")
        if len(spanned) > 1:
            swallowed = [m.group(1) for ln in spanned[1:] if (m := _ASSIGNMENT.match(ln))]
            if swallowed:
                last = e.line + len(spanned) - 1
                rest = spanned[-1].split("#", 1)[0].strip()
                then = (f" and delete line {last} (a lone {rest})" if len(rest) == 1
                        else f" and make line {last} a comment (its {rest[-1]} closed the "
                        "value)")
                out.add("SW108", e.key, e.line,
                        f"the quoted value of {e.key} runs over {len(spanned)} "
                        f"lines and swallows {', '.join(swallowed)}, which the app never sees",
                        f"close the quote at the end of line {e.line}{then}")
    for key, all_ in seen.items():
        _duplicates(key, all_, out)
    return meant


# A line python-dotenv skips is an error (SW100) when a setting is lost with it: it looks like
# one. Else it is prose or a command that holds none (SW123, a warning): a template's docstring
# (RD-Agent's .env.example opens with one), a shell command posted with the file.
# - a docstring's delimiters (""" or ''' at either end of the line) hold nothing;
_DOCSTRING_MARK = re.compile(r"""^\s*(?:"{3}|'{3})|(?:"{3}|'{3})\s*$""")
# - a line's first word: a letter, then what words and names are made of; then a colon right
#   after it (`NAME: value`, a YAML or JSON-style key) or not;
_FIRST_WORD = re.compile(r"\s*([A-Za-z][A-Za-z0-9_.'-]*)(:?)")
# - a key of a vendor's public prefix (masking's), or a long run that may be a generated one.
_VENDOR_KEY_WORD = re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, VENDOR_PREFIXES))
                              + r")[\w-]{8,}")
_LONG_RUN = re.compile(r"[A-Za-z0-9]{20,}")


def _looks_like_a_setting(line: str) -> bool:
    """Whether a line python-dotenv cannot read was meant as a setting (its loss is SW100's
    error): an `=` in it (a glued or garbled assignment), `export NAME`, `NAME: value`, a first
    word shaped like a variable's name (with a `_` in it, OPENAI_API_KEY sk-...; or upper case
    and known to lint, MODEL gpt-4o), something shaped like a key, or a first character prose
    does not start with (a JSON line of a value, a brace, a tag, a list item). Prose and shell
    commands (`cat << EOF > .env`, `This file is a template.`) are not."""
    text = _DOCSTRING_MARK.sub("", line.rstrip("\n"))
    if not text.strip():
        return False
    if "=" in text or _VENDOR_KEY_WORD.search(text) or any(
            looks_random(run) for run in _LONG_RUN.findall(text)):
        return True
    m = _FIRST_WORD.match(text)
    if m is None:
        return True
    word = m[1]
    return bool(m[2]) or word == "export" or "_" in word or (
        word.isupper() and names.lookup(word) is not None)


def _no_setting(line: int, out: Findings) -> None:
    out.add("SW123", None, line,
            f"line {line} is no setting (prose, a command, a docstring's quotes): python-dotenv "
            "skips it, and no setting is lost with it",
            f"make line {line} a comment (start it with #)")


def _backtick(e: envfile.Entry, out: Findings) -> None:
    """SW124: a value npm dotenv reads between its backticks, python-dotenv otherwise."""
    key, last = e.key or "", e.line + e.original.rstrip("\r\n").count("\n")
    if last > e.line:
        said = (f"{key}'s value is in backticks from line {e.line} to line {last}: npm dotenv "
                "(Node apps) reads the text between them; python-dotenv does not know backtick "
                f"quotes: it reads {key} from line {e.line} alone, backtick included, and "
                + (f"line {last} as a line" if last == e.line + 1
                   else f"lines {e.line + 1}-{last} as lines")
                + (" of its own" if last == e.line + 1 else " of their own")
                + " (skipped, or read as other settings)")
    else:
        # python-dotenv's reading shown only when short and plain: a JSON value on one line
        # (chat-ui's MODELS) may hold an "apiKey" under a name no secret's, and be a megabyte.
        python = e.python_value or ""
        shown = (f": {key}={shown_value(python)} there" if len(python) <= _SHOWN_BACKTICK
                 and envfile.needs_no_quotes(e.value or "") else
                 ", backticks included")
        said = (f"{key}'s value is in backticks: npm dotenv (Node apps) reads the text between "
                f"them; python-dotenv does not know backtick quotes and keeps them{shown}")
    # In single quotes both read the same text, unless it holds a ' or a \ (python-dotenv
    # decodes \' and \\ there, npm dotenv keeps them as written) or a ${NAME} (python-dotenv
    # expands it whatever the quoting): then no quoting serves both. A value on one line that
    # needs no quotes at all is best without any (SW122: docker run --env-file keeps quotes).
    value = e.value or ""
    both = not re.search(r"['\\]|\$\{", value)
    if last == e.line and value and envfile.needs_no_quotes(value):
        fix: str | None = (f"remove the backticks around {key}'s value"
                           if SECRET_NAME.search(key) or shown_value(value) != value
                           else f"set {key}={value}") + " (it needs no quotes)"
    elif both:
        fix = (f"put {key}'s value in single quotes instead of backticks (npm dotenv and "
               "python-dotenv both read '...' as it is, over several lines too)")
    else:
        fix = None
    out.add("SW124", key, e.line, said + ("" if both else "; its value holds ', \\ or ${, "
                                          "which the two read differently in any quotes"), fix)


_SHOWN_BACKTICK = 80  # (characters of python-dotenv's reading a SW124 message shows)


def _settings_in_comment(e: envfile.Entry, out: Findings) -> None:
    """SW118: settings a comment swallowed when a copy lost its line breaks (one finding per
    line, on the first name an LLM client reads)."""
    line = e.original.rstrip("\n")
    if not line.lstrip().startswith("#") or not _GLUED_AFTER_VALUE.search(line):
        return
    found = _COMMENT_SETTING.findall(line)
    known = [n for n in found if names.lookup(n) is not None]
    if len(found) < 2 or not known:
        return
    # The first that names a provider or an LLM word, before a generic *_URL or *_KEY.
    llm = [n for n in known if names.names_llm(n)]
    known = list(dict.fromkeys(llm + known))
    shown = ", ".join(known[:4])
    out.add("SW118", known[0], e.line,
            f"line {e.line} is a comment that holds {len(found)} settings ({shown}, ...): their "
            "line breaks were lost, so python-dotenv reads none of them",
            f"put each setting of line {e.line} on a line of its own, outside the comment")


def _duplicates(key: str, assignments: list[envfile.Entry], out: Findings) -> None:
    """One finding per key set more than once, on the line python-dotenv uses (the last)."""
    if len(assignments) < 2:
        return
    *earlier, last = assignments
    first = earlier[0].line
    if any(x.value != last.value for x in earlier):
        # A setting no LLM client reads (an app's login switch): the earlier line is dead,
        # but no request depends on it, and loaders differ on which line wins (npm dotenv
        # reads KEY=#... as empty): a warning (SW121), not SW101's error.
        llm = _llm_setting(key, assignments)
        out.add("SW101" if llm else "SW121", key, last.line,
                f"{key} is set again (first on line {first}) with a different value; "
                "python-dotenv uses this one"
                + ("" if llm else " (not an LLM setting lint checks)"),
                _delete(earlier) + f" (the app reads line {last.line})")
    else:
        out.add("SW102", key, last.line,
                f"{key} is set again with the same value (first on line {first})",
                _delete(assignments[1:]))


def _delete(entries: list[envfile.Entry]) -> str:
    """The fix that deletes these lines: "delete line 3", "delete lines 3 and 7"."""
    return f"delete line{'s' if len(entries) > 1 else ''} " + " and ".join(
        str(x.line) for x in entries)


def _llm_setting(key: str, assignments: list[envfile.Entry]) -> bool:
    """A name an LLM client reads (a row or a family of names.py, an LLM word in it, Azure
    OpenAI's settings, one lint checks by its name), or a value shaped like an LLM URL, key,
    token or model ID (AZURE_DEPLOYMENT_NAME=gpt-4o)."""
    if names.lookup(key) is not None or names.llm_service_name(key):
        return True
    for x in assignments:
        v = (x.value or "").strip()
        if v and (providers.key_owners(v) or providers.by_direct_url(v) is not None
                  or gateway.GATEWAY_HOST in v or v.startswith(gateway.CF_TOKEN_PREFIXES)
                  or values.checked_by_name(key, v) or _model_id(v)):
            return True
    return False


def _model_id(value: str) -> bool:
    """A model ID some catalog of this tool knows (current or retired), or of a vendor's own
    family (claude-*, gpt-*, ...)."""
    return models.vendor_of(value) is not None or models.is_groq_model(value) \
        or providers.in_any_catalog(value)


def _at_key_line(e: envfile.Entry) -> envfile.Entry:
    """python-dotenv counts blank lines before a binding into it; point at the key's line."""
    body = e.original.lstrip()
    lead = e.original[: len(e.original) - len(body)]
    if "\n" not in lead:
        return e
    return dataclasses.replace(e, line=e.line + lead.count("\n"),
                               original=lead[lead.rindex("\n") + 1:] + body)


def _closes(rest: str, quote: str) -> bool:
    escaped = False
    for ch in rest:
        if ch == quote and not escaped:
            return True
        escaped = ch == "\\" and not escaped
    return False


# A finding that softens another code's is silenced by that code too: SW222's message tells
# the author of an app with a client of its own to write ignore[SW222] above GROQ_BASE_URL,
# and SW230 is the same finding said as a warning.
_ALSO_SILENCED_BY: dict[str, str] = {"SW230": "SW222"}


def _silenced(code: str, codes: set[str]) -> bool:
    return code in codes or _ALSO_SILENCED_BY.get(code, "") in codes


# Findings about how the whole file is loaded, not about one line (SW122: docker run
# --env-file keeps quotes): an ignore comment on a line of its own silences them everywhere,
# as it does a finding without a line.
_FILE_WIDE: frozenset[str] = frozenset({loaders.CODE, loaders.COMMENT_CODE})


def _suppress(findings: list[Finding], text: str) -> tuple[list[Finding], int]:
    """Drop findings silenced by `# setup-wizard: ignore[CODE,...]` on their line or above.

    A finding without a line (a missing key, a file-level one) is silenced by such a comment
    standing on a line of its own anywhere in the file; so is one about how the whole file is
    loaded (_FILE_WIDE), wherever its line.
    """
    by_line: dict[int, set[str]] = {}
    file_wide: set[str] = set()
    for n, line in enumerate(text.split("\n"), start=1):
        m = _ignore_codes(line)
        if m:
            codes = {c.strip().upper() for c in m.group(1).split(",") if c.strip()}
            by_line[n] = codes
            if line.lstrip().startswith("#"):
                file_wide |= codes
    kept = [f for f in findings
            if not (_silenced(f.code, by_line.get(f.line, set()) | by_line.get(f.line - 1, set()))
                    if f.line is not None else _silenced(f.code, file_wide))
            and not (f.code in _FILE_WIDE and f.code in file_wide)]
    return kept, len(findings) - len(kept)


# Up to this many secrets, every message is scanned for every one of them; above it (a pasted
# dump of thousands of keys) only for the secrets a message can mention: its own variable's and
# the role variables' (messages are built from those), so the work stays linear.
_FULL_SCAN_SECRETS = 200


def _redact(findings: list[Finding], *sources: Mapping[str, str | None]) -> list[Finding]:
    """Safety net over every message: no value of a secret-looking key (as written, and as
    expanded from ${...}), and nothing shaped like a credential under any name (a key pasted
    as the model), survives unmasked."""
    sources = tuple(_secret_like(values) for values in sources)
    secrets = [s for values in sources for s in secret_values(values)]
    if len(secrets) <= _FULL_SCAN_SECRETS:
        redact = Redactor(secrets)
        return [_redacted(f, redact) for f in findings]
    keys = {f.key for f in findings if f.key} | {k for v in sources for k in _ROLE_NAMES & set(v)}
    by_key = {k: secret_values({k: v.get(k)}) for v in sources for k in keys if k in v}
    shared = [s for k in _ROLE_NAMES for s in by_key.get(k, [])]
    return [_redacted(f, Redactor([*by_key.get(f.key or "", []), *shared])) for f in findings]


_ROLE_NAMES = frozenset(names.BY_NAME)


def _secret_like(values: Mapping[str, str | None]) -> Mapping[str, str | None]:
    """`values` without what holds no secret: a placeholder made of words (`sk-proj-`,
    `your-key-here`, `placeholder`), another variable's name (`OPENAI_API_KEY=OPENAI_API_KEY`)
    or an app's own word (LibreChat's `user_provided`), or the key a local server's docs give
    every user (`ollama`: providers.LOCAL_SERVER_KEYS). Masking those everywhere would blank
    out the words of the very message that says so (and a fix that writes `ollama:<model>`)."""
    return {k: v for k, v in values.items()
            if not (v and (v.strip().strip("\"'") in values or names.app_word(k, v) is not None
                           or v.strip().strip("\"'").lower() in providers.LOCAL_SERVER_KEYS
                           or (fields.is_placeholder(v) and not fields.KEY_RUN.search(v))))}


def _redacted(f: Finding, redact: Redactor) -> Finding:
    return Finding(f.code, f.severity, f.key, f.line, redact(f.message),
                   redact(f.fix) if f.fix else f.fix)


def _make(code: str, key: str | None, line: int | None, message: str,
          fix: str | None) -> Finding:
    out = Findings()
    out.add(code, key, line, message, fix)
    return out.items[0]


def _file_finding(path: str, code: str, message: str, fix: str) -> FileResult:
    return FileResult(path, [_make(code, None, None, message, fix)])


def _unreadable(path: str, message: str, fix: str) -> FileResult:
    return FileResult(path, [_make("SW001", None, None, message, fix)], unreadable=True)

