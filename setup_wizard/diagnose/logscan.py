"""Find the errors in a whole log, line by line, in bounded memory: `explain --log`.

A log is mostly ordinary lines. One cheap test per line (`_QUICK`, then `_CANDIDATE`) picks
the lines that may start an error: a JSON error body, an SDK exception line, an HTML page or
the part of one a log kept, Cloudflare's `error code: NNNN`, a traceback, a level word, a
status with its reason phrase. From there a block is gathered while the error goes on (a
pretty-printed body until its brackets close or the log cut it, a page until `</html>`, a
traceback until its exception line), never past `MAX_BLOCK_LINES` or `MAX_BLOCK_CHARS`. A
block that only continues the error before it (its body printed after it, its traceback, a
chained trace's next part) joins that error; any other block is an error of its own, so
retries count one by one. Each block is classified like a pasted error (`classify_pasted`);
`is_error` keeps only what is an error (a refusal, or a request that got no answer), so
ordinary lines are never reported. `Summary` groups the errors by origin and cause. Pure:
lines in, blocks and summaries out; reading the file is the command's job.
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
FOLLOW_WITHIN = 4  # a tail this close after an error, with no new record between, joins it

# One pass over every line: anything that may start an error. Cheap on purpose; the
# classifier decides, and `is_error` drops what is not one. Besides bodies, exception lines,
# pages and statuses: a level word (":ERROR:", "| ERROR |", "caught error:"), a status with its
# reason phrase ("529 Overloaded", ",400,Bad Request"), the parts of Cloudflare's page a log
# keeps when it cut the page's start ("</head>", "cf-wrapper", "cf-error-details").
_CANDIDATE = re.compile(
    r"""[{\[]\s*\\?["']?(?:error|errors|errno|type|detail|object|success|message|code|status)"""
    r"""\\?["']?\s*:"""
    r"""|["']error["']\s*:|(?i:<!doctype html|<html\b)|error code: \d{3,4}"""
    r"""|(?:Error|Exception)\b\s*[:(\[-]|HTTP/\d(?:\.\d)?"? [45]\d\d\b"""
    r"""|^Traceback \(most recent call last\)|Ray ID:|status(?: code)?[:= ]+[45]\d\d\b"""
    r"""|[Ee]rror:? [45]\d\d\b|[45]\d\d (?:Client|Server) Error\b"""
    r"""|\bERROR\b|\berror\s*[:|\]]"""
    r"""|\b[45]\d\d[ ,]{1,2}(?:Bad Request|Unauthorized|Forbidden|Too Many Requests|Overloaded|"""
    r"""Service Unavailable)\b"""
    r"""|^\s*</head>|\bcf-wrapper\b|\bcf-error-details\b""")
_HTML_START = re.compile(r"(?i)<!doctype html|<html\b")
# Where a page cut at its start goes on (its head's end, Cloudflare's template): read as a page.
_PAGE_PART = re.compile(r"^\s*</head>|^\s*<[^>\n]{0,200}\bcf-(?:wrapper|error-details)\b")
# A key line of a pretty-printed body right after its opening bracket ("[" then "{" then
# '"type": "*url.Error",'): the body starts at the bracket.
_OPENED_KEY = re.compile(r"""^\s*["']?(?:error|errors|errno|type|detail|object|success|message|"""
                         r"""code|status)["']?\s*:""")
_HTML_END = re.compile(r"(?i)</html>")
_TRACEBACK = re.compile(r"^Traceback \(most recent call last\)")
_EXCEPTION_LINE = re.compile(r"^[A-Za-z_][\w.]*(?:Error|Exception|Exit|Warning)\b")
# A new log record: the block before it has ended (timestamps, levels, docker prefixes).
_NEW_RECORD = re.compile(
    r"^(?:\d{4}[-/]\d\d[-/]\d\d[T ]|\d\d:\d\d:\d\d|\[\d{4}-|(?:INFO|DEBUG|WARN|WARNING|ERROR|"
    r"CRITICAL|TRACE|FATAL)\b|[A-Z][a-z]{2} +\d{1,2} \d\d:)")
# A structured log's own record (pino, zap, slog, structlog: a JSON object opening with its
# level or time) is a new record, not the body of the error before it.
_JSON_RECORD = re.compile(r'^\s*\{\s*"(?:level|lvl|severity|time|timestamp|ts|@timestamp|event|'
                          r'msg)"\s*:')
# A timestamp that opens every line of some logs (GitHub Actions, `docker logs -t`): what a line
# goes on with after it says whether it is a new record or the last one's continuation.
_ISO_STAMP = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:[.,]\d{1,9})?Z? ")
# A stack frame or a chained trace's link: the error before it goes on (Node's and Java's
# "    at f (file:1:2)", "... 7 more", "Caused by: ...").
_CONTINUES = re.compile(r"^(?:\s+at\s|\s+\.\.\. \d+ more\b|\s*Caused by: )")
# A line between two blocks that says the next one is the same error's (Python's chain
# sentences, LiteLLM's "Full stack trace:").
_CHAIN = re.compile(r"^\s*(?:During handling of the above exception|The above exception was the "
                    r"direct cause|Full stack trace:)")
# What only goes on with the error before it: a bare body (data opening after its bracket: a
# key, a value or nothing, not a tag such as "[backend]"), a traceback, a trace's next link.
_TAIL = re.compile(r"""^\s*[{\[]\s*(?:$|["'{\[\]}\d-]|\w+\s*:)|^Traceback \(most recent call """
                   r"last\)|" + _CONTINUES.pattern)
# A Python traceback's frame: a traceback starts here even when its first line was lost.
_FRAME_START = re.compile(r'^\s+File "')
# An indented line of words (no data, no "field:"): a CLI's details under its error line.
_INDENTED_WORDS = re.compile(r"^\s+[A-Za-z](?![\w.-]*\s*[:=])")
# A line that announces what follows it, a blank line between ("Content:", "Response body:").
_ANNOUNCES = re.compile(r"(?:^|\s)[A-Za-z][a-z]{1,20}(?: [a-z]{1,20}){0,3}:\s*$")
# A line that names an error of its own (an exception, a level word, a status first): after
# another error it is a new one, even when it repeats it word for word (a retry).
_HEADLINE = re.compile(
    r"(?:Error|Exception)\b\s*[:(\[-]|(?i:\berror\b)\s*[:|\]]|\b(?:ERROR|FATAL|CRITICAL|SEVERE)\b|"
    r"^\W{0,8}[45]\d\d\b|HTTP/\d(?:\.\d)?\"? [45]\d\d\b|"
    r"\b[45]\d\d (?:Client|Server) Error|\b[45]\d\d[ ,]{1,2}(?:Bad Request|Unauthorized|Forbidden|"
    r"Too Many Requests|Overloaded|Service Unavailable)\b")
# A health probe's status line (a GET of /health, /readyz, ...): the app asking whether a
# server is up, logged at its own level; a 404 there is no API call refused (wyoming_openai#42).
_PROBE = re.compile(r"\bGET \S{0,300}/(?:health|healthz|readyz|livez|ping)(?:[?\s\"]|$)")
_HEADER = re.compile(r"^[A-Za-z][A-Za-z0-9-]{1,60}: \S")  # a response header a dump shows
_STATUS_LINE = re.compile(r"\bHTTP/\d(?:\.\d)?\"? [45]\d\d\b")
# A cheap pre-test of literals; only the lines it lets through meet `_CANDIDATE`.
_QUICK = re.compile(r'rror|RROR|xception|[{<]|HTTP/\d(?:\.\d)?"? [45]|Ray ID|tatus|Traceback|'
                    r'Bad Request|Unauthorized|Forbidden|Too Many|Overloaded|Unavailable')
_OPENER = re.compile(r"[{\[]\s*$")  # a line ending in an open bracket: a body may start
_OPEN_ONLY = re.compile(r"^\s*[{\[]\s*$")  # a line holding only an open bracket
_BRACKET = re.compile(r"[{}\[\]]")
_QUOTED = re.compile(r'"(?:[^"\\\n]|\\.)*"')


@dataclass
class Block:
    line: int  # 1-based line where the error starts
    text: str


def blocks(lines: Iterable[str]) -> Iterator[Block]:
    """The blocks of text in `lines` that may hold an error, in order, each bounded."""
    pending: Block | None = None  # a status-only line waiting for the error it announces
    pending_gap = 0
    # The last block, held while a tail of it may follow: FOLLOW_WITHIN lines at most, none a
    # new record (`between` keeps them, so that the error is read whole).
    held: Block | None = None
    between: list[str] = []
    it = map(without_terminal_codes, lines)  # a coloured log's codes would hide its records
    number = 0
    carry: str | None = None
    opener: tuple[int, str] | None = None  # a line holding only "{" (pretty JSON's first)
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
        opened = opener is not None and opener[0] == number - 1
        if not (_QUICK.search(line) and _CANDIDATE.search(line)) and not (
                opened and _OPENED_KEY.match(line)):
            if not (opened and _OPEN_ONLY.match(line)):  # ("[" then "{": the first one opens)
                opener = (number, line) if ("{" in line or "[" in line) and \
                    _OPENER.search(line) else None
            elif opener is not None:
                opener = (number, opener[1] + "\n" + line)
            if held is not None:
                if len(between) >= FOLLOW_WITHIN or _new_record(line):
                    yield _with_trailing(held, between)
                    held, between = None, []
                else:
                    between.append(line)
            if pending is not None and not _HEADER.match(line):
                # Blank lines (JOIN_WITHIN at most) or the response's headers (a curl dump)
                # may come before the error it announces; any other line (a retry's notice)
                # means none follows: the status line is the error.
                pending_gap += 1
                if pending_gap > JOIN_WITHIN or line.strip():
                    yield pending
                    pending = None
            continue
        start = number
        if opener is not None and opener[0] == number - 1:
            n = opener[1].count("\n") + 1
            start, line = opener[0] - n + 1, opener[1] + "\n" + line
            if between[-n:] == opener[1].split("\n"):
                del between[-n:]  # (the opener is the block's own first lines)
        opener = None
        collected, carry, used = _gather(line, it)
        number += used
        block = Block(start, collected)
        if pending is not None and _announces_only(block.text):
            yield pending  # (a status line after a status line: a retry, an error of its own)
            pending = None
        if pending is not None:
            block = Block(pending.line, pending.text + "\n" + block.text)
            pending = None
        if held is not None and _is_tail(block.text, held.text, between) and \
                len(held.text) + len(block.text) <= MAX_BLOCK_CHARS:
            held = Block(held.line, "\n".join([held.text, *between, block.text]))
            between = []
            continue
        if held is not None:
            yield _with_trailing(held, between)
            held, between = None, []
        if _announces_only(block.text):
            if not _PROBE.search(block.text):
                pending, pending_gap = block, 0
            continue
        held = block
    if held is not None:
        yield _with_trailing(held, between)
    if pending is not None:
        yield pending


def _with_trailing(block: Block, after: list[str]) -> Block:
    """The block with the lines right after it that are no new record, up to a blank line, an
    error line or a Python frame (a traceback whose first line the excerpt lost): the rest of
    its message (the response's headers a client printed after it, its frames)."""
    n = next((i for i, line in enumerate(after) if not line.strip() or _HEADLINE.search(line)
              or _FRAME_START.match(line)), len(after))
    if not n or len(block.text) + sum(map(len, after[:n])) > MAX_BLOCK_CHARS:
        return block
    return Block(block.line, "\n".join([block.text, *after[:n]]))


def _is_tail(text: str, before: str, between: list[str]) -> bool:
    """A block that only goes on with the error before it (`before`, `between` the lines since):
    a chain sentence between them; else, with no message of its own between and no blank line
    (or one after a line that announces what follows, "Content:"), a bare body, a traceback or
    a trace's next link, the exception line that ends a traceback whose frames came before it,
    or, after an error that is no stamped log record, a line that names no error of its own (a
    printed error's fields, "status: 401,")."""
    if any(_CHAIN.match(line) for line in between):
        return True
    if any(_HEADLINE.search(line) for line in between):
        return False  # (a message of its own came between: that error has ended)
    lines = [before[before.rfind("\n") + 1:], *between]  # (the error's last line, then these)
    last = next((line for line in reversed(lines) if line.strip()), "")
    first = _after_stamp(text[:text.find("\n")] if "\n" in text else text)
    if any(not line.strip() for line in between) and not _ANNOUNCES.search(last):
        # A blank line ends an error, unless the line before it announced more or what comes
        # after it is indented with no error line of its own (wrangler's "✘ [ERROR] A request to
        # the Cloudflare API (...) failed.", a blank line, "  ... [code: 10007]").
        return bool(_INDENTED_WORDS.match(first)) and not _HEADLINE.search(first)
    if _TAIL.match(first):
        return True
    if lines[-1][:1].isspace() and lines[-1].strip() and _EXCEPTION_LINE.match(first):
        return True  # (a traceback's exception line after its frames)
    # (after an error that is a log record of its own, with its stamp or level, a line with no
    # stamp is another writer's unless it is one of the above)
    return not _HEADLINE.search(first) and not _new_record(before)


def _after_stamp(line: str) -> str:
    """The line without an ISO timestamp that opens every line of some logs."""
    m = _ISO_STAMP.match(line)
    return line[m.end():] if m else line


def _new_record(line: str) -> bool:
    """A line that starts a new log record (its stamp, level, ...), not a frame of the last."""
    rest = _after_stamp(line)
    return bool(_NEW_RECORD.search(line) or _JSON_RECORD.match(rest)) and \
        not _CONTINUES.match(rest)


def _gather(first: str, it: Iterator[str]) -> tuple[str, str | None, int]:
    """The block that starts with `first`: (its text, a line read past its end, lines used)."""
    parts = [first]
    size = len(first)
    kind = ("html" if (_HTML_START.search(first) or _PAGE_PART.search(first)) and
            not _HTML_END.search(first) else
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
            if (_NEW_RECORD.search(line) and not _HTML_START.search(line)) or (
                    "<" not in line and _QUICK.search(line) and _HEADLINE.search(line)):
                # (a new record, or an error of its own outside any tag: the page was cut)
                return "\n".join(parts), line, used - 1
            parts.append(line)
            size += len(line)
            if _HTML_END.search(line):
                return "\n".join(parts), None, used
            continue
        if kind == "traceback":
            if line[:1].strip() and not parts[-1].strip() and not _TRACEBACK.search(line) and \
                    not _CHAIN.match(line):
                # After a blank line only a chained traceback goes on: this traceback was cut
                # off before its exception line, and the log went on.
                return "\n".join(parts), line, used - 1
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
        if not line.strip() or (_cut_inside_string(parts[-1]) and not line[:1].isspace() and
                                _QUICK.search(line) and _CANDIDATE.search(line)):
            # The object was cut off (a log's line limit, an excerpt): a blank line (no body a
            # program prints holds one), or an error of its own at a line's start right after a
            # line that stopped inside a string (no JSON string holds a line break; a console's
            # wrap goes on indented).
            return "\n".join(parts), line, used - 1
        parts.append(line)
        size += len(line)
        depth += _depth(line)
        if depth <= 0:
            return "\n".join(parts), None, used
    return "\n".join(parts), None, used


def _cut_inside_string(line: str) -> bool:
    """The line ends inside a double-quoted string: a quote opens and nothing closes it."""
    return '"' in line and '"' in _QUOTED.sub("", line)


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
    """Worth reporting: someone refused a request, or a request got no answer at all. In this
    order: an answer that is no refusal (ok, a status below 400) is not; a named origin or a
    status of 400 or more is; so is what the classifier read as an answer (an error envelope or
    page, a relay answering for itself, an exception class bound to a status) or as no answer
    (a socket error, a TLS failure, a client that would not send without its key:
    `Diagnosis.answered`); and a JSON body, an HTML page or Cloudflare's bare text whose sender
    is not known. Words alone are not (an app's own "error: timed out" or "invalid value"):
    ordinary lines say such things too."""
    if d.cause == "ok" or (d.status is not None and d.status < 400):
        return False
    if d.origin != "unknown" or d.status is not None or d.answered is not None:
        return True
    return any(e.startswith(("pasted: a JSON", "pasted: the whole", "pasted: an HTML",
                             "pasted: bare", "pasted: an object cut off"))
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
