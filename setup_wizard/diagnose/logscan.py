"""Find the errors in a whole log, line by line, in bounded memory: `explain --log`.

A log is mostly ordinary lines. One cheap test per line (`_CANDIDATE`) picks the lines that
may start an error: a JSON error body, an SDK exception line, an HTML page, Cloudflare's
`error code: NNNN`, a traceback. From there a block is gathered while the error goes on (a
pretty-printed body until its brackets close, a page until `</html>`, a traceback until its
exception line), never past `MAX_BLOCK_LINES` or `MAX_BLOCK_CHARS`. Each block is classified
like a pasted error (`classify_pasted`); `is_error` keeps only what is an error, so ordinary
lines are never reported. `Summary` groups the errors by origin and cause. Pure: lines in,
blocks and summaries out; reading the file is the command's job.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from setup_wizard.diagnose.diagnosis import Diagnosis
from setup_wizard.diagnose.pasted import without_terminal_codes

MAX_BLOCK_LINES = 400
MAX_BLOCK_CHARS = 256 * 1024
MAX_LINE = 64 * 1024  # a longer line is cut: no error body is that long
JOIN_WITHIN = 2  # a status-only line joins an error that starts this many lines later
FOLLOW_WITHIN = 4  # a block this close after an error, with no new record between, is its tail

# One pass over every line: anything that may start an error. Cheap on purpose; the
# classifier decides, and `is_error` drops what is not one.
_CANDIDATE = re.compile(
    r"""[{\[]\s*\\?["']?(?:error|errors|type|detail|object|success|message|code|status)\\?["']?\s*:"""
    r"""|["']error["']\s*:|(?i:<!doctype html|<html\b)|error code: \d{3,4}"""
    r"""|(?:Error|Exception)\b\s*[:(\[-]|HTTP/\d(?:\.\d)?"? [45]\d\d\b"""
    r"""|^Traceback \(most recent call last\)|Ray ID:|status(?: code)?[:= ]+[45]\d\d\b"""
    r"""|[Ee]rror:? [45]\d\d\b|[45]\d\d (?:Client|Server) Error\b""")
_HTML_START = re.compile(r"(?i)<!doctype html|<html\b")
_HTML_END = re.compile(r"(?i)</html>")
_TRACEBACK = re.compile(r"^Traceback \(most recent call last\)")
_EXCEPTION_LINE = re.compile(r"^[A-Za-z_][\w.]*(?:Error|Exception|Exit|Warning)\b")
# A new log record: the block before it has ended (timestamps, levels, docker prefixes).
_NEW_RECORD = re.compile(
    r"^(?:\d{4}[-/]\d\d[-/]\d\d[T ]|\d\d:\d\d:\d\d|\[\d{4}-|(?:INFO|DEBUG|WARN|WARNING|ERROR|"
    r"CRITICAL|TRACE|FATAL)\b|[A-Z][a-z]{2} +\d{1,2} \d\d:)")
_STATUS_LINE = re.compile(r"\bHTTP/\d(?:\.\d)?\"? [45]\d\d\b")
# A cheap pre-test of literals; only the lines it lets through meet `_CANDIDATE`.
_QUICK = re.compile(r'rror|xception|[{<]|HTTP/\d(?:\.\d)?"? [45]|Ray ID|tatus|Traceback')
_OPENER = re.compile(r"[{\[]\s*$")  # a line ending in an open bracket: a body may start
_BRACKET = re.compile(r"[{}\[\]]")
_QUOTED = re.compile(r'"(?:[^"\\\n]|\\.)*"')


@dataclass
class Block:
    line: int  # 1-based line where the error starts
    text: str
    # Part of the error before it: it starts a few lines after that block's end, and neither
    # it nor any line between starts a new log record (a chained traceback, "Full stack
    # trace:"). The command counts such a block with the one before, not as a new error.
    follows: bool = False


def blocks(lines: Iterable[str]) -> Iterator[Block]:
    """The blocks of text in `lines` that may hold an error, in order, each bounded."""
    pending: Block | None = None  # a status-only line waiting for the error it announces
    pending_gap = 0
    it = map(without_terminal_codes, lines)  # a coloured log's codes would hide its records
    number = 0
    carry: str | None = None
    opener: tuple[int, str] | None = None  # a line holding only "{" (pretty JSON's first)
    last_end = -FOLLOW_WITHIN - 1
    record_since = True  # a new log record started since the last block ended
    while True:
        if carry is not None:
            line, carry = carry, None
            number += 1
        else:
            try:
                line = next(it)
            except StopIteration:
                break
            number += 1
        line = line.rstrip("\r\n")[:MAX_LINE]
        if not (_QUICK.search(line) and _CANDIDATE.search(line)):
            opener = (number, line) if _OPENER.search(line) else None
            if _NEW_RECORD.search(line):
                record_since = True
            if pending is not None:
                pending_gap += 1
                if pending_gap > JOIN_WITHIN:
                    yield pending
                    pending = None
            continue
        start = number
        if opener is not None and opener[0] == number - 1:
            start, line = opener[0], opener[1] + "\n" + line
        opener = None
        collected, carry, used = _gather(line, it)
        follows = (not record_since and not _NEW_RECORD.search(collected)
                   and start - last_end <= FOLLOW_WITHIN)
        number += used
        last_end, record_since = number, False
        block = Block(start, collected, follows)
        if pending is not None:
            block = Block(pending.line, pending.text + "\n" + block.text)
            pending = None
        if _announces_only(block.text):
            pending, pending_gap = block, 0
            continue
        yield block
    if pending is not None:
        yield pending


def _gather(first: str, it: Iterator[str]) -> tuple[str, str | None, int]:
    """The block that starts with `first`: (its text, a line read past its end, lines used)."""
    parts = [first]
    size = len(first)
    kind = ("html" if _HTML_START.search(first) and not _HTML_END.search(first) else
            "traceback" if _TRACEBACK.search(first) else "object")
    depth = _depth(first)
    if kind == "object" and depth <= 0:
        return first, None, 0
    used = 0
    for raw in it:
        line = raw.rstrip("\r\n")[:MAX_LINE]
        used += 1
        if len(parts) >= MAX_BLOCK_LINES or size + len(line) > MAX_BLOCK_CHARS:
            return "\n".join(parts), line, used - 1
        if kind == "html":
            if _NEW_RECORD.search(line) and not _HTML_START.search(line):
                return "\n".join(parts), line, used - 1
            parts.append(line)
            size += len(line)
            if _HTML_END.search(line):
                return "\n".join(parts), None, used
            continue
        if kind == "traceback":
            parts.append(line)
            size += len(line)
            if line and not line[0].isspace() and _EXCEPTION_LINE.search(line):
                depth = _depth(line)
                if depth <= 0:
                    return "\n".join(parts), None, used
                kind = "object"
            continue
        if _NEW_RECORD.search(line) and depth > 0 and not line[:1].isspace():
            return "\n".join(parts), line, used - 1  # a new record: the body was cut off
        parts.append(line)
        size += len(line)
        depth += _depth(line)
        if depth <= 0:
            return "\n".join(parts), None, used
    return "\n".join(parts), None, used


def _depth(line: str) -> int:
    """Opening minus closing brackets outside double-quoted strings (an estimate)."""
    n = 0
    for c in _BRACKET.findall(_QUOTED.sub("", line)):
        n += 1 if c in "{[" else -1
    return n


def _announces_only(text: str) -> bool:
    """An HTTP client's request line with a status and no body (httpx, urllib3:
    'POST https://... "HTTP/1.1 400 Bad Request"'): the error itself follows."""
    return "\n" not in text and _STATUS_LINE.search(text) is not None and \
        not re.search(r"[{<]|error code:", text)


def is_error(d: Diagnosis) -> bool:
    """Worth reporting: someone refused a request. Ordinary lines (a 200, a word 'error' with
    nothing behind it) are not errors of this kind."""
    if d.cause == "ok" or (d.status is not None and d.status < 400):
        return False
    if d.origin != "unknown":
        return True
    return d.status is not None or any(e.startswith(("pasted: a JSON", "pasted: the whole",
                                                     "pasted: an HTML", "pasted: bare",
                                                     "pasted: an object cut off"))
                                       for e in d.evidence)


@dataclass
class Group:
    origin: str
    cause: str
    count: int
    first_line: int
    last_line: int
    message: str | None
    # Each different fix with the first line it is for: one group (an edge's blocks) may
    # hold errors with different fixes (a rate limit's, a firewall rule's); bounded.
    fixes: dict[str, int] = field(default_factory=dict)
    # The different fixes past MAX_FIXES, counted once each (by their hashes, so a fix
    # repeated on a thousand lines is one fix); past MAX_OTHER_FIXES only "at least" is known.
    _others: set[int] = field(default_factory=set, repr=False)

    @property
    def other_fixes(self) -> int:
        return len(self._others)

    @property
    def other_fixes_capped(self) -> bool:
        return len(self._others) >= MAX_OTHER_FIXES

    def add_fix(self, line: int, hint: str) -> None:
        if not hint or hint in self.fixes:
            return
        if len(self.fixes) < MAX_FIXES:
            self.fixes[hint] = line
        elif len(self._others) < MAX_OTHER_FIXES:
            self._others.add(hash(hint))


MAX_FIXES = 5  # different fixes shown for one group of a log's errors
MAX_OTHER_FIXES = 1000  # different fixes counted past those (a bound on memory, per group)


@dataclass
class Summary:
    """Errors grouped by (origin, cause), in the order each group first appeared."""

    groups: dict[tuple[str, str], Group] = field(default_factory=dict)
    total: int = 0

    def add(self, line: int, d: Diagnosis) -> None:
        self.total += 1
        g = self.groups.get((d.origin, d.cause))
        if g is None:
            g = self.groups[(d.origin, d.cause)] = Group(d.origin, d.cause, 1, line, line,
                                                         d.message)
        else:
            g.count += 1
            g.last_line = line
        g.add_fix(line, d.hint)

    def rows(self) -> list[dict[str, object]]:
        return [{"origin": g.origin, "cause": g.cause, "count": g.count,
                 "first_line": g.first_line, "last_line": g.last_line}
                for g in self.groups.values()]
