"""A JSON5 reader, for settings apps parse with the `json5` npm package (chat-ui's MODELS).

JSON5 (https://spec.json5.org/) is JSON plus what people write by hand: // and /* */
comments, trailing commas, 'single-quoted' strings, unquoted keys, hexadecimal numbers,
Infinity and NaN. One pass over the text, no backtracking (a value is read once), nesting
capped: a pasted value cannot make lint slow or blow the stack. `loads` raises `JSON5Error`
with the offset where reading stopped, which is where the app's own parser stops too.

Objects come back as `Obj`, a dict that also remembers where each key's value starts, so a
finding can point at the line of a model's "name".
"""

from __future__ import annotations

import math
import re
import unicodedata

MAX_DEPTH = 100  # no settings value nests deeper; deeper is not JSON5 we judge


class JSON5Error(ValueError):
    """Not JSON5: `offset` is where reading stopped (0-based, in the text given)."""

    def __init__(self, message: str, offset: int) -> None:
        super().__init__(message)
        self.offset = offset


class Obj(dict):  # type: ignore[type-arg]
    """A JSON5 object; `at[key]` is the offset of that key's value in the text."""

    def __init__(self) -> None:
        super().__init__()
        self.at: dict[str, int] = {}


# Line terminators and white space as JSON5 (ECMAScript 5.1) has them.
_LINE_END = "\n\r\u2028\u2029"
_SPACE = "\t\v\f \u00a0\ufeff"
_PLAIN = {"\"": re.compile(r"[^\"\\\n\r]*"), "'": re.compile(r"[^'\\\n\r]*")}
_NUMBER = re.compile(
    r"[+-]?(?:Infinity|NaN|0[xX][0-9a-fA-F]+|(?:(?:0|[1-9][0-9]*)(?:\.[0-9]*)?|\.[0-9]+)"
    r"(?:[eE][+-]?[0-9]+)?)")
_ESCAPES = {"b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t", "v": "\v", "'": "'",
            "\"": "\"", "\\": "\\", "/": "/"}
_LITERALS = (("null", None), ("true", True), ("false", False))
# Longer runs of digits are read as a float, as JSON5.parse reads every number (a double: a
# 400-digit integer is 1e399, Infinity): Python's int() refuses more than 4,300 digits
# (sys.get_int_max_str_digits) with a ValueError, and would cost quadratic time below that.
_INT_DIGITS = 300


def loads(text: str) -> object:
    """The value `text` holds, as the json5 npm package reads it."""
    r = _Reader(text)
    r.skip()
    value = r.value(0)
    r.skip()
    if r.i < len(text):
        raise JSON5Error(f"unexpected {r.shown()} after the value", r.i)
    return value


def line_col(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column of `offset` in `text`."""
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


class _Reader:
    def __init__(self, text: str) -> None:
        self.s = text
        self.i = 0

    def shown(self) -> str:
        return repr(self.s[self.i]) if self.i < len(self.s) else "end of text"

    def fail(self, what: str) -> JSON5Error:
        return JSON5Error(f"{what}, found {self.shown()}", self.i)

    def skip(self) -> None:
        """White space and comments."""
        s, n = self.s, len(self.s)
        while self.i < n:
            c = s[self.i]
            if c in _SPACE or c in _LINE_END or unicodedata.category(c) == "Zs":
                self.i += 1
            elif s.startswith("//", self.i):
                while self.i < n and s[self.i] not in _LINE_END:
                    self.i += 1
            elif s.startswith("/*", self.i):
                end = s.find("*/", self.i + 2)
                if end == -1:
                    raise JSON5Error("a /* comment that is never closed", self.i)
                self.i = end + 2
            else:
                return

    def value(self, depth: int) -> object:
        if depth > MAX_DEPTH:
            raise JSON5Error("nested too deeply", self.i)
        s, i = self.s, self.i
        c = s[i] if i < len(s) else ""
        if c == "{":
            return self.obj(depth)
        if c == "[":
            return self.array(depth)
        if c in "\"'" and c:
            return self.string()
        for word, v in _LITERALS:
            if s.startswith(word, i) and not _ident_part(s, i + len(word)):
                self.i = i + len(word)
                return v
        m = _NUMBER.match(s, i)
        if m and m.end() > i and not _ident_part(s, m.end()):
            self.i = m.end()
            return _number(m.group())
        raise self.fail("expected a value")

    def array(self, depth: int) -> list[object]:
        self.i += 1
        out: list[object] = []
        while True:
            self.skip()
            if self.s.startswith("]", self.i):
                self.i += 1
                return out
            out.append(self.value(depth + 1))
            self.skip()
            if self.s.startswith(",", self.i):
                self.i += 1
            elif not self.s.startswith("]", self.i):
                raise self.fail("expected , or ]")

    def obj(self, depth: int) -> Obj:
        self.i += 1
        out = Obj()
        while True:
            self.skip()
            if self.s.startswith("}", self.i):
                self.i += 1
                return out
            key = self.string() if self.s[self.i:self.i + 1] in ("\"", "'") else self.name()
            self.skip()
            if not self.s.startswith(":", self.i):
                raise self.fail("expected :")
            self.i += 1
            self.skip()
            out.at[key] = self.i
            out[key] = self.value(depth + 1)
            self.skip()
            if self.s.startswith(",", self.i):
                self.i += 1
            elif not self.s.startswith("}", self.i):
                raise self.fail("expected , or }")

    def name(self) -> str:
        """An unquoted key: an ECMAScript 5.1 IdentifierName (\\u escapes are not read)."""
        start = self.i
        if not _ident_start(self.s, self.i):
            raise self.fail("expected a key")
        self.i += 1
        while _ident_part(self.s, self.i):
            self.i += 1
        return self.s[start:self.i]

    def string(self) -> str:
        s, quote = self.s, self.s[self.i]
        plain = _PLAIN[quote]
        self.i += 1
        parts: list[str] = []
        while True:
            m = plain.match(s, self.i)
            assert m is not None  # (a * pattern always matches)
            parts.append(m.group())
            self.i = m.end()
            if self.i >= len(s) or s[self.i] in "\n\r":
                raise self.fail("a string that is never closed")
            if s[self.i] == quote:
                self.i += 1
                return "".join(parts)
            parts.append(self.escape())

    def escape(self) -> str:
        s = self.s
        self.i += 1  # the backslash
        c = s[self.i] if self.i < len(s) else ""
        if c == "":
            raise self.fail("a string that is never closed")
        if c in _LINE_END:  # a line continuation
            self.i += 2 if s.startswith("\r\n", self.i) else 1
            return ""
        if c in "xu":
            size = 2 if c == "x" else 4
            digits = s[self.i + 1:self.i + 1 + size]
            if len(digits) < size or not all(d in "0123456789abcdefABCDEF" for d in digits):
                raise self.fail(f"a \\{c} escape without {size} hexadecimal digits")
            self.i += 1 + size
            return chr(int(digits, 16))
        if c == "0" and not s[self.i + 1:self.i + 2].isdigit():
            self.i += 1
            return "\0"
        if c.isdigit():
            raise self.fail("a digit escape")
        self.i += 1
        return _ESCAPES.get(c, c)


def _ident_start(s: str, i: int) -> bool:
    if i >= len(s):
        return False
    c = s[i]
    return c in "$_" or unicodedata.category(c) in ("Lu", "Ll", "Lt", "Lm", "Lo", "Nl")


def _ident_part(s: str, i: int) -> bool:
    if i >= len(s):
        return False
    c = s[i]
    return _ident_start(s, i) or c in "\u200c\u200d" or unicodedata.category(c) in (
        "Mn", "Mc", "Nd", "Pc")


def _number(text: str) -> float | int:
    sign = -1 if text.startswith("-") else 1
    bare = text.lstrip("+-")
    if bare == "Infinity":
        return sign * math.inf
    if bare == "NaN":
        return math.nan
    if bare[:2] in ("0x", "0X"):
        return sign * int(bare, 16)
    if re.fullmatch(r"[0-9]+", bare) and len(bare) <= _INT_DIGITS:
        return sign * int(bare)
    return sign * float(bare if not bare.endswith(".") else bare + "0")
