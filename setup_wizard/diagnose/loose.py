"""Read an object out of text the way people paste it: bounded, lenient, never raising.

Error bodies reach us as JSON, pretty-printed JSON, the Python SDKs' repr (`{'error': ...}`),
a JavaScript console's inspect form (`{ message: 'x' }`), unquoted (`{type: error}`), JSON
escaped inside another string (`b'{\\n  "error": ...'`), wrapped by a terminal in the middle
of a string, or cut off at any point (a log line limit, a search excerpt). `loads` tries each
reading in turn, from the strict and fast one to the forgiving ones.

Every reading is bounded (issue: deep nesting and huge inputs must be an answer, not a crash
or a hang): more than `MAX_DEPTH` open brackets or more than `MAX_SPAN` characters is not
parsed at all, and callers say so in their evidence.
"""

from __future__ import annotations

import ast
import json
import re
import warnings
from typing import Any

MAX_DEPTH = 64  # deeper than any real error envelope (they nest 3 to 6 levels)
MAX_SPAN = 256 * 1024  # an object larger than this is not an error body worth parsing
MAX_SPANS = 512  # bracket groups recorded per text

_BRACKET_OR_QUOTE = re.compile(r"""[\[\]{}"']""")
_DQ = re.compile(r'"(?:[^"\\]|\\.)*"', re.DOTALL)
_SQ = re.compile(r"'(?:[^'\\]|\\.)*'", re.DOTALL)
_CLOSER = {"{": "}", "[": "]"}


def too_deep(text: str, limit: int = MAX_DEPTH) -> bool:
    """More than `limit` brackets open at once (quotes ignored: cheap, and errs towards no)."""
    depth = 0
    for c in re.sub(r"[^\[\]{}]+", "", text):
        depth = depth + 1 if c in "[{" else max(depth - 1, 0)
        if depth > limit:
            return True
    return False


def spans(text: str) -> tuple[list[tuple[int, int, int]], list[int]]:
    """Balanced bracket groups as (start, end, depth), quote-aware, in one pass.

    Also the starts of groups still open at the end (a body cut off). A quote counts only
    inside brackets and not after a letter, so prose apostrophes ("can't") never swallow a
    body. A mismatched closer resets the scan: prose brackets do not poison what follows.
    """
    out: list[tuple[int, int, int]] = []
    stack: list[tuple[str, int]] = []
    pos = 0
    while len(out) < MAX_SPANS:
        m = _BRACKET_OR_QUOTE.search(text, pos)
        if m is None:
            break
        c, i = m.group(), m.start()
        pos = i + 1
        if c in "\"'":
            if not stack or (c == "'" and i and text[i - 1].isalnum()):
                continue
            q = (_DQ if c == '"' else _SQ).match(text, i)
            if q is None:  # an unclosed string: nothing after it can close a bracket
                break
            pos = q.end()
        elif c in "[{":
            if len(stack) >= MAX_DEPTH:
                return out, []
            stack.append((c, i))
        elif stack and _CLOSER[stack[-1][0]] == c:
            out.append((stack.pop()[1], i + 1, len(stack)))
        else:
            stack.clear()
    out.sort()
    return out, [i for _, i in stack[:1]]


def loads(text: str) -> Any:
    """The object in `text`, or None. Strict JSON first, then ever more forgiving readings."""
    t = text.strip()
    if not t or len(t) > MAX_SPAN or t[0] not in "{[" or too_deep(t):
        return None
    for attempt in (_json, _json_no_trailing_commas, _python, _relaxed, _unescaped):
        try:
            data = attempt(t)
        except (ValueError, SyntaxError, TypeError, MemoryError, RecursionError):
            continue
        if data is not None:
            return data
    return None


def loads_truncated(text: str) -> Any:
    """An object cut off at any point, closed where its last complete value ended."""
    t = text.strip()
    if not t or len(t) > MAX_SPAN or t[0] not in "{[" or too_deep(t):
        return None
    closed = close_truncated(t)
    return loads(closed) if closed else None


# -- the readings, strictest first ----------------------------------------------------------------
def _json(t: str) -> Any:
    return json.loads(t, strict=False)  # strict=False: a terminal wrapped a string


_TRAILING_COMMA = re.compile(r",(?=\s*[}\]])")
_JSON_WORDS = re.compile(r"\b(?:true|false|null)\b")
_PYTHON_WORDS = {"true": "True", "false": "False", "null": "None"}


def _outside_strings(t: str, fix: Any) -> str:
    """Apply `fix` to the text between string literals only."""
    out: list[str] = []
    pos = 0
    for m in re.finditer(r""""(?:\\.|[^"\\])*"|'(?:\\.|[^'\\])*'""", t, re.DOTALL):
        out.append(fix(t[pos:m.start()]))
        out.append(m.group(0))
        pos = m.end()
    out.append(fix(t[pos:]))
    return "".join(out)


def _json_no_trailing_commas(t: str) -> Any:
    return json.loads(_outside_strings(t, lambda s: _TRAILING_COMMA.sub("", s)), strict=False)


def literal_eval(t: str) -> Any:
    """ast.literal_eval, quiet: Python's SyntaxWarnings on a paste's odd escapes or numbers
    ("invalid escape sequence", "invalid decimal literal") are not the user's business."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return ast.literal_eval(t)


def _python(t: str) -> Any:
    """The Python SDKs' repr; a string a terminal wrapped is joined first."""
    def fix(s: str) -> str:
        s = _TRAILING_COMMA.sub("", s)
        return _JSON_WORDS.sub(lambda m: _PYTHON_WORDS[m.group(0)], s)
    joined = re.sub(r"""('(?:\\.|[^'\\])*')""", lambda m: re.sub(r"\n\s*", " ", m.group(1)), t)
    return literal_eval(_outside_strings(joined, fix))


def _unescaped(t: str) -> Any:
    """JSON escaped once more (a bytes repr, a string inside a string): undo one level."""
    if "\\" not in t:
        return None
    un = t.replace('\\"', '"').replace("\\n", "\n").replace("\\t", "\t").replace("\\\\", "\\")
    return json.loads(un, strict=False) if un != t else None


# -- the relaxed reader: unquoted keys and words, single quotes, JS inspect forms -----------------
_BARE_END = re.compile(r"[,}\]]")
# A key, quoted or bare (a Ruby symbol's colon dropped), then `:`, `=` or Ruby's / Elixir's `=>`.
# (a bare key starts and ends with a non-blank: a lazy key followed by blanks is quadratic on a
# run of blanks that no colon ends)
_KEY = re.compile(r"""\s*(?:"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)'|"""
                  r""":?([^:,{}\[\]'"=\s](?:[^:,{}\[\]'"=]*[^:,{}\[\]'"=\s])?))\s*"""
                  r"""(?:=>|[:=])""",
                  re.DOTALL)
_WORDS = {"true": True, "True": True, "false": False, "False": False, "null": None,
          "None": None, "nil": None, "<nil>": None, "undefined": None}


def _relaxed(t: str) -> Any:
    value, pos = _value(t, 0, 0)
    return value if t[pos:].strip() == "" and isinstance(value, (dict, list)) else None


def _value(t: str, pos: int, depth: int) -> tuple[Any, int]:
    if depth > MAX_DEPTH:
        raise ValueError("too deep")
    while pos < len(t) and t[pos].isspace():
        pos += 1
    if pos >= len(t):
        raise ValueError("end of text")
    c = t[pos]
    if c == "%" and t.startswith("%{", pos):  # an Elixir map
        pos, c = pos + 1, "{"
    if c == "{":
        return _object(t, pos + 1, depth + 1)
    if c == "[":
        return _array(t, pos + 1, depth + 1)
    if c in "\"'":
        m = (_DQ if c == '"' else _SQ).match(t, pos)
        if m is None:
            raise ValueError("open string")
        return _string(m.group(0)), m.end()
    m = _BARE_END.search(t, pos)
    end = m.start() if m else len(t)
    word = t[pos:end].strip()
    return _word(word), end


def _object(t: str, pos: int, depth: int) -> tuple[dict[str, Any], int]:
    out: dict[str, Any] = {}
    while True:
        pos = _skip_elision(t, pos)
        if pos < len(t) and t[pos] == "}":
            return out, pos + 1
        m = _KEY.match(t, pos)
        if m is None:
            raise ValueError("no key")
        key = m.group(1) if m.group(1) is not None else m.group(2) if m.group(2) is not None \
            else m.group(3).strip()
        value, pos = _value(t, m.end(), depth)
        out[key] = value


def _array(t: str, pos: int, depth: int) -> tuple[list[Any], int]:
    out: list[Any] = []
    while True:
        pos = _skip_elision(t, pos)
        if pos < len(t) and t[pos] == "]":
            return out, pos + 1
        value, pos = _value(t, pos, depth)
        out.append(value)


def _skip_elision(t: str, pos: int) -> int:
    """Commas, blanks and an elision mark ("…", "...") a person put in place of members."""
    while pos < len(t):
        if t[pos] in " \t\r\n,\u2026":
            pos += 1
        elif t.startswith("...", pos):
            pos += 3
        else:
            break
    return pos


def _string(token: str) -> str:
    body = re.sub(r"\n\s*", " ", token)
    try:
        value = json.loads(body) if body[0] == '"' else literal_eval(body)
    except (ValueError, SyntaxError):
        value = body[1:-1]
    return value if isinstance(value, str) else str(value)


def _word(word: str) -> Any:
    if word in _WORDS:
        return _WORDS[word]
    if re.fullmatch(r"-?\d+", word):
        return int(word)
    if re.fullmatch(r"-?\d+\.\d+", word):
        return float(word)
    if not word:
        raise ValueError("empty value")
    return word


# -- closing a body that was cut off ------------------------------------------------------------
def close_truncated(t: str) -> str | None:
    """`t` cut back to its last complete value, with the open strings and brackets closed.

    None when `t` is not cut off (it closes by itself) or nothing complete is left.
    """
    stack: list[str] = []
    cut: tuple[int, str] | None = None  # (index, what to append there)
    expect_key = False
    pos = 0
    while pos < len(t):
        c = t[pos]
        if c in "{[":
            stack.append(_CLOSER[c])
            expect_key = c == "{"
            pos += 1
            cut = (pos, "".join(reversed(stack)))
        elif c in "}]":
            if not stack or stack.pop() != c:
                return None
            pos += 1
            if not stack:
                return None  # complete: not cut off
            cut = (pos, "".join(reversed(stack)))
            expect_key = False
        elif c in "\"'":
            m = (_DQ if c == '"' else _SQ).match(t, pos)
            if m is None:
                if expect_key:
                    break
                return t + c + "".join(reversed(stack))  # a value cut inside: close it
            pos = m.end()
            if not expect_key:
                cut = (pos, "".join(reversed(stack)))
        elif c == ",":
            expect_key = bool(stack) and stack[-1] == "}"
            pos += 1
        elif c in ":=":
            expect_key = False
            pos += 1
        elif c.isspace():
            pos += 1
        else:
            m = _BARE_END.search(t, pos)
            if m is None:
                break  # a bare value cut off: it may be incomplete
            if not expect_key:
                cut = (m.start(), "".join(reversed(stack)))
            pos = m.start()
    if not stack or cut is None:
        return None
    return t[:cut[0]].rstrip().rstrip(",") + cut[1]
