"""Turn an error pasted from a log into what the classifier needs: status, headers, body.

People paste whatever their tool printed: the raw JSON (pretty-printed, or with a trailing
comma from hand editing), the OpenAI Python SDK's exception text with a Python-repr dict
(`Error code: 401 - {'error': {...}}`), the JS SDK's `401 [{"code":2009,...}]`, a curl -i
dump with headers, an HTML error page, or a bare `error code: 1010`. Pure text in, data out.
"""

from __future__ import annotations

import ast
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

MAX_CANDIDATES = 64  # opening brackets tried when looking for an embedded body

# Where a status hides in log text, most specific first (the Python SDK's form:
# docs/sources.md#openai-errors).
_STATUS_PATTERNS: tuple[tuple[str, str], ...] = (
    (r"Error code:\s*([1-5]\d\d)\b", "'Error code: N' (OpenAI Python SDK)"),
    (r"\bHTTP/\d(?:\.\d)?\s+([1-5]\d\d)\b", "the HTTP status line"),
    (r"(?m)^\s*(?:[\w.]*Error:\s*)?([1-5]\d\d)\s+(?=[\[{A-Za-z])",
     "'N <body>' at the start of a line (OpenAI JS SDK)"),
    (r"\bHTTP\s+(?:error\s+)?([1-5]\d\d)\b", "'HTTP N'"),
    (r"(?i)\bstatus(?:[ _]?code)?['\"]?\s*[:=]?\s*([1-5]\d\d)\b", "'status N'"),
)
_STATUS_LINE = re.compile(r"^(?:<\s)?HTTP/\d(?:\.\d)?\s+([1-5]\d\d)\b.*$")
_HEADER_LINE = re.compile(r"^(?:<\s)?([A-Za-z0-9][A-Za-z0-9_-]*):\s?(.*)$")
# Header names worth picking out of SDK dumps (`headers={'x-groq-region': 'us-west-1', ...}`).
_DUMPED_HEADER = re.compile(
    r"['\"]?\b(x-groq-region|cf-aig-[a-z-]+|x-request-id|request-id|openai-organization|"
    r"openai-processing-ms|openai-version|retry-after|server|cf-ray)['\"]?\s*[:=]\s*"
    r"['\"]?([^'\",}\s]+)", re.IGNORECASE)
_HTML_START = re.compile(r"(?i)<!doctype html|<html\b")
_EDGE_TEXT = re.compile(r"(?im)^\s*error code:\s*\d{3,4}\s*$")


@dataclass
class Pasted:
    status: int | None
    headers: dict[str, str]
    body: str
    notes: list[str] = field(default_factory=list)  # how the text was read (evidence)


def parse(text: str) -> Pasted:
    """Split pasted text. Never raises: what cannot be read stays text for the classifier."""
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    status, headers, rest, notes = _http_dump(text)
    body, span, how = _body(rest)
    notes.append(how)
    # The body stands in as "{}" so that the text around it is searched, never its content.
    outside = rest[:span[0]] + "{}" + rest[span[1]:] if span else rest
    if status is None:
        status, said = _status(outside)
        if status is not None:
            notes.append(f"pasted: status {status} read from {said}")
    for name, value in _DUMPED_HEADER.findall(outside):
        headers.setdefault(name.lower(), value)
    return Pasted(status, headers, body, notes)


def loads_lenient(text: str) -> Any:
    """JSON, JSON with trailing commas, or a Python literal (the SDK's repr); None if neither."""
    t = text.strip()
    for attempt in (lambda: json.loads(t), lambda: json.loads(_normalise(t, python=False)),
                    lambda: ast.literal_eval(t),
                    lambda: ast.literal_eval(_normalise(t, python=True))):
        try:
            return attempt()
        except (ValueError, SyntaxError, TypeError, MemoryError, RecursionError):
            continue
    return None


# -- pieces ------------------------------------------------------------------------------------
def _http_dump(text: str) -> tuple[int | None, dict[str, str], str, list[str]]:
    """A curl -i / -v style dump: the last status line, its headers, then the body."""
    lines = text.split("\n")
    starts = [i for i, line in enumerate(lines) if _STATUS_LINE.match(line.strip())]
    if not starts:
        return None, {}, text, []
    i = starts[-1]
    m = _STATUS_LINE.match(lines[i].strip())
    assert m
    headers: dict[str, str] = {}
    j = i + 1
    while j < len(lines):
        line = lines[j].strip()
        if line in ("", "<"):
            j += 1
            break
        hm = _HEADER_LINE.match(line)
        if not hm:
            break
        headers[hm.group(1).lower()] = hm.group(2).strip()
        j += 1
    note = f"pasted: status {m.group(1)} and {len(headers)} header(s) from an HTTP response dump"
    return int(m.group(1)), headers, "\n".join(lines[j:]), [note]


def _status(text: str) -> tuple[int | None, str]:
    for pattern, said in _STATUS_PATTERNS:
        m = re.search(pattern, text)
        if m:
            return int(m.group(1)), said
    return None, ""


def _body(text: str) -> tuple[str, tuple[int, int] | None, str]:
    """(body for the classifier, where it was in the text, how it was found)."""
    whole = text.strip()
    if whole and whole[0] in "{[":
        data = loads_lenient(whole)
        if isinstance(data, (dict, list)):
            return _dump(data), (0, len(text)), "pasted: the whole input is JSON"
    html = _HTML_START.search(text)
    if html:
        return text[html.start():], (html.start(), len(text)), "pasted: an HTML page"
    for start in [m.start() for m in re.finditer(r"[{\[]", text)][:MAX_CANDIDATES]:
        end = _matching(text, start)
        if end is None:
            continue
        data = loads_lenient(text[start:end])
        if isinstance(data, dict) or (isinstance(data, list) and data
                                      and all(isinstance(e, dict) for e in data)):
            return _dump(data), (start, end), "pasted: a JSON or Python-repr object in the text"
    edge = _EDGE_TEXT.search(text)
    if edge:
        return edge.group(0).strip(), (edge.start(), edge.end()), "pasted: bare 'error code' text"
    first = re.search(r"[{\[]", text)
    if first and _matching(text, first.start()) is None:
        # Cut off (log line limit): hand over the rest; the classifier salvages what it can.
        return text[first.start():], (first.start(), len(text)), \
            "pasted: an object that is cut off (truncated)"
    return _message_text(whole), None, "pasted: plain text"


def _message_text(text: str) -> str:
    """'AuthenticationError: 401 Invalid API Key' -> 'Invalid API Key' (the JS SDK's form)."""
    m = re.match(r"^(?:[\w.]*Error:\s*)?(?:Error code:\s*)?[1-5]\d\d\s*[-:]?\s+(\S.*)$", text,
                 re.DOTALL)
    return m.group(1).strip() if m else text


def _dump(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, default=str)


# A quoted run ("..." or '...', backslash escapes); an unclosed quote runs to the end.
_QUOTED = re.compile(r""""(?:\\.|[^"\\])*"?|'(?:\\.|[^'\\])*'?""", re.DOTALL)
_TRAILING_COMMA = re.compile(r",(?=\s*[}\]])")
_JSON_WORDS = re.compile(r"\b(?:true|false|null)\b")
_PYTHON_WORDS = {"true": "True", "false": "False", "null": "None"}


def _runs(text: str) -> Iterator[tuple[bool, str]]:
    """The text cut into (quoted, run) pieces, so bracket and comma rules skip strings."""
    pos = 0
    for m in _QUOTED.finditer(text):
        if m.start() > pos:
            yield False, text[pos:m.start()]
        yield True, m.group(0)
        pos = m.end()
    if pos < len(text):
        yield False, text[pos:]


def _matching(text: str, start: int) -> int | None:
    """Index after the bracket closing the one at `start`, quote-aware; None if cut off."""
    closer = {"{": "}", "[": "]"}
    stack: list[str] = []
    pos = start
    for quoted, run in _runs(text[start:]):
        if not quoted:
            for i, c in enumerate(run):
                if c in closer:
                    stack.append(closer[c])
                elif c in "}]":
                    if not stack or stack.pop() != c:
                        return None
                    if not stack:
                        return pos + i + 1
        pos += len(run)
    return None


def _normalise(text: str, *, python: bool) -> str:
    """Drop trailing commas; with `python`, also turn JSON's true/false/null into Python's."""
    out: list[str] = []
    for quoted, run in _runs(text):
        if not quoted:
            run = _TRAILING_COMMA.sub("", run)
            if python:
                run = _JSON_WORDS.sub(lambda m: _PYTHON_WORDS[m.group(0)], run)
        out.append(run)
    return "".join(out)
