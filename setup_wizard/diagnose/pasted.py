"""Turn an error pasted from a log into what the classifier needs: status, headers, body.

People paste whatever their tool printed: the raw JSON (pretty-printed, or with a trailing
comma from hand editing), the OpenAI Python SDK's exception text with a Python-repr dict
(`Error code: 401 - {'error': {...}}`), the JS SDK's `401 [{"code":2009,...}]`, a curl -i
dump with headers, an HTML error page, or a bare `error code: 1010`, inside tracebacks and
log lines that hold other objects too. The error's own envelope wins over any other object
(a request dict, a config dump): the last envelope-shaped object in the text is the body,
and the text around it is kept as `context` for the classifier's markers (SDK class paths,
URLs, wording). Pure text in, data out; bounded work on any input (`loose.py`).
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from setup_wizard.diagnose import loose, pages
from setup_wizard.diagnose.rx import rx

MAX_CANDIDATES = 64  # bracket groups parsed at most when looking for an embedded body
MAX_PREFIXED = 64 * 1024  # log prefixes are looked for in texts up to this size ...
MAX_PREFIXED_LINES = 2000  # ... and this many lines
MAX_LITERAL_TEXT = 256 * 1024  # string literals are decoded in texts up to this size
STATUS_WINDOW = 16 * 1024  # a status is looked for this near the body (or the ends)

# Where a status hides in log text, most specific first (the Python SDK's form:
# docs/sources.md#openai-errors).
_STATUS_PATTERNS: tuple[tuple[str, str], ...] = (
    (r"Error code:\s*([1-5]\d\d)\b", "'Error code: N' (OpenAI Python SDK)"),
    # (round 16, status 4) The same SDK before 1.0 (and the Stripe clients it was copied from)
    # when the body held no error object: "Invalid response object from API: '...' (HTTP
    # response code was 500)" (openai/api_requestor.py, handle_error_response).
    (r"\(HTTP response code was ([1-5]\d\d)\)", "'(HTTP response code was N)' (OpenAI Python "
     "SDK before 1.0)"),
    (r"\bHTTP/\d(?:\.\d)?\s+([1-5]\d\d)\b", "the HTTP status line"),
    (r"(?m)^[ \t]*(?:[\w.]*Error:[ \t]*)?([1-5]\d\d)[ \t]+(?=[\[{A-Za-z])",
     "'N <body>' at the start of a line (OpenAI JS SDK)"),
    (r"\bHTTP\s+(?:error\s+)?(?:code\s+)?([1-5]\d\d)\b", "'HTTP N'"),
    # An error's status and a colon before its words at a line's start ("429: you have reached
    # your weekly usage limit"; LiteLLM's "429: LiteLLM Rate Limit Handler ..."), and
    # DashScope's "<400> InternalError...".
    (r"(?m)^[ \t]*([45]\d\d):[ \t]+(?=[A-Za-z])", "'N: message' at the start of a line"),
    (r"<([45]\d\d)> (?=[A-Z])", "'<N> Code' (DashScope)"),
    (r"(?i)\bstatus(?:[ _]?code)?['\"]?\s*[:=]?\s*([1-5]\d\d)\b", "'status N'"),
    (r"(?i)\b(?:API Error|Error)[:(]?\s*\(?([1-5]\d\d)\b", "'Error: N' / 'API Error: N'"),
    (r"\[([1-5]\d\d) [A-Z][a-z]+(?: [A-Z][a-z]+)*\]", "'[N Reason]' (fetch-based SDKs)"),
    (r"'([1-5]\d\d) [A-Z][a-z]+(?: [A-Za-z]+)*'", "'N Reason' in quotes (httpx)"),
    (r"\b([1-5]\d\d) (?:Client|Server) Error\b", "'N Client Error' (requests)"),
    (r"(?i)\b([1-5]\d\d) \((?:Bad Request|Unauthorized|Forbidden|Not Found|Too Many "
     r"Requests|Internal Server Error|Service Unavailable)\)", "'N (Reason)' (browser console)"),
    (r"\b([1-5]\d\d) (?=[A-Z_]{5,}\.\s)", "'N STATUS.' (google-genai SDK)"),
    # Cloudflare's error page as a browser shows it ("A timeout occurred Error code 524"),
    # .NET's WebException ("...: (520) Origin Error."), and a page's own prose ("A 523 error
    # means that Cloudflare could not reach ..."; only 52x: "a 404 error" in prose is no status).
    (r"\bError code ([1-5]\d\d)\b", "'Error code N' (an error page's text)"),
    (r":\s\(([1-5]\d\d)\) [A-Z][a-z]", "'...: (N) Reason' (.NET WebException)"),
    (r"\b[Aa] (52\d) error\b", "'a 52N error' (Cloudflare's page)"),
    (r"\bError reference number: ([1-5]\d\d)\b", "'Error reference number: N' (Cloudflare's "
     "page as text)"),
    # The JS SDK's "N {body}" after a log's own prefix ("provider deepseek: 401 {"), or after
    # another printed object ("} 413 {'error': ...}").
    # (these looser forms only for an error's status, 4xx or 5xx: "tokens: 128 [...]" is none)
    (r"(?:[:}\]]|\s-)\s([45]\d\d) (?=[{\[])", "'N {body}' after a prefix (OpenAI JS SDK)"),
    (r"(?i)\b(?:server|API|endpoint) (?:returned|responded with) (?:an? )?(?:HTTP )?(?:status )?"
     r"(?:code )?([45]\d\d)\b", "'server returned N'"),
    (r"\b([1-5]\d\d) status code \(no body\)", "'N status code (no body)' (OpenAI JS SDK)"),
    # A status followed by its own reason phrase, in any case ("413 request entity too large"),
    # or a comma between as a console joins its arguments (Copilot's output channel:
    # "Unhandled status from server:,400,Bad Request", logs probe, L2).
    (r"(?i)\b([1-5]\d\d)[ ,](?:request entity too large|payload too large|too many requests|bad "
     r"request|unauthorized|forbidden|not found|internal server error|bad gateway|service "
     r"unavailable|gateway time-?out|unprocessable (?:entity|content)|method not allowed|request "
     r"time-?out)\b", "'N Reason' (the status with its reason phrase)"),
    # A Cloudflare status with the edge's own reason phrase ("522 Origin Connection Time-out",
    # "521 Origin Down"), whatever client printed it; before the generic "time-out" word.
    (r"\b(52[0-7]|530) Origin (?:Connection Time-?out|Down|Error)\b",
     "'52N Origin ...' (the status with Cloudflare's own reason phrase)"),
    (r"\bhttp_([45]\d\d)\b", "'http_N' (a client's error code)"),
    (r"\bRequest failed with status code ([45]\d\d)\b",
     "'Request failed with status code N' (axios)"),
    # A client's own words with the status last on the line (ooni's Go httpx: "request
    # failed: 523"); only there, where nothing can follow the number to make it a count.
    (r"(?im)\b(?:request failed:|failed with)[ \t]+([45]\d\d)[ \t]*$",
     "'request failed: N' / 'failed with N' at a line's end"),
    # Other clients' own templates: Java's HttpURLConnection ("Server returned HTTP response
    # code: 522 for URL: ..."), a Java app's 'response from server: "522 "', got's HTTPError
    # ("Response code 520 (Origin Error)"), Go's 'Bad response status for read: 522 ...', an
    # app's 'Unknown response status : `520`', 'responded with 503:', and 'Return code 521
    # Origin Down' (an exit code is 255 at most: a 4xx or 5xx with its words is a status).
    (r"\bHTTP response code: ([1-5]\d\d) for URL\b", "'Server returned HTTP response code: N "
     "for URL' (Java)"),
    (r"\bresponse from server: \"([1-5]\d\d)\b", "'response from server: \"N' (a Java client)"),
    (r"\bResponse code ([1-5]\d\d) \(", "'Response code N (Reason)' (got)"),
    (r"\bBad response status(?: for \w{1,20})?: ([1-5]\d\d)\b",
     "'Bad response status for read: N' (a Go client)"),
    (r"(?i)\bresponse status[ \t]*:[ \t]*`?([1-5]\d\d)\b", "'response status : N'"),
    (r"\bresponded with (?:HTTP )?(?:status )?(?:code )?([45]\d\d)\b", "'responded with N'"),
    (r"\bReturn code ([45]\d\d) [A-Z]", "'Return code N Reason'"),
    (r"(?:\u72b6\u6001\u7801|\u72c0\u614b\u78bc|\u30b9\u30c6\u30fc\u30bf\u30b9\u30b3\u30fc\u30c9)"
     r"\s*[:\uff1a]?\s*([1-5]\d\d)\b", "'status code: N' (in Chinese or Japanese)"),
    (r"\bError response ([1-5]\d\d) while fetching\b", "'Error response N while fetching'"),
    # google.api_core's exceptions print "N message" after their class name.
    (r"\b(?:ResourceExhausted|InvalidArgument|PermissionDenied|NotFound|ServiceUnavailable|"
     r"InternalServerError|DeadlineExceeded|Unauthenticated|TooManyRequests|BadRequest|"
     r"Forbidden|FailedPrecondition): ([1-5]\d\d) [A-Z]", "'Class: N Message' (google.api_core)"),
)
# Printed exceptions whose template states the status, read inside the body too when nothing
# outside it did: a logged dict of them is not an answer's body, its strings are the errors.
# (logs probe, family 3) LiteLLM's router keeps each failed deployment's exception as
# str(type) + "Status: " + status + "Message: " + cause + message, no blank between
# (Router.deployment_callback_on_failure), and logs that dict in verbose mode ("{'together_ai/
# ...': ['<class 'litellm.exceptions.APIError'>Status: 500Message: NoneTogetherAIException -
# ...", https://github.com/BerriAI/litellm/issues/1111).
_IN_BODY_STATUS_PATTERNS: tuple[tuple[str, str], ...] = (
    (r"'>Status: ([1-5]\d\d)Message: ", "'<class ...>Status: NMessage:' (LiteLLM's router, "
     "a failed deployment's exception)"),
)
# curl -v marks the answer's lines with "< ", other debug dumps (cloudscraper, http.client)
# with "> ": the mark is not part of the line.
_STATUS_LINE = re.compile(r"^([<>]\s)?HTTP/\d(?:\.\d)?\s+([1-5]\d\d)\b.*$")
_HEADER_LINE = re.compile(r"^(?:[<>]\s)?([A-Za-z0-9][A-Za-z0-9_-]*):\s?(.*)$")
# Header names worth picking out of SDK dumps (`headers={'x-groq-region': 'us-west-1', ...}`).
_DUMPED_HEADER = re.compile(
    r"['\"]?\b(x-groq-region|cf-aig-[a-z-]+|x-request-id|request-id|openai-organization|"
    r"openai-processing-ms|openai-version|x-openai-proxy-wasm|retry-after|server|cf-ray|"
    r"cf-mitigated|via|"
    r"anthropic-ratelimit-[a-z-]+)['\"]?\s*[:=]\s*\[?\s*['\"]?([^'\",}\]\s]+)",
    re.IGNORECASE)  # (Go's http.Header prints each value in a list: "Server":["ESF"])
_HTML_START = re.compile(r"(?i)<!doctype html|<html\b")
# What is left of a page's opening when a log excerpt starts inside its <head>. Weaker than the
# page's own opening: a log line before an error body may name such a tag (a scraper's
# "<title>", a model in brackets "<meta-llama/...>"), so it reads as a page only when no error
# body follows it, and only as a tag (a blank, / or > after its name).
_HTML_PART = re.compile(r"(?i)<(?:head|meta|link|title|style|body)(?=[\s/>])[^<>]{0,300}>")
# What is left of a page's end when an excerpt starts after its <head>: the page runs from the
# excerpt's start to its </html>. Only at a line's start, where a server's page puts it: inside
# a line it is as often a log record's HTML (a page an app generated or fetched), and the error
# after it would be read as that page.
_HTML_TAIL = re.compile(r"(?im)^[ \t]*</body>\s*</html>")
# How data opens after its bracket (JSON, a Python or Ruby repr, a JS object literal): a key and
# its separator, a value, or the end of the cut. A page's script block (`{ window.add...(`) does
# not, and is left to be read as the page it belongs to.
_DATA_OPENING = re.compile(r"""[{\[]\s*(?:$|["'{\[\]}:\d-]|(?:true|false|null|None|True|False)\b|"""
                           r"""[\w$.-]+\s*(?::|=>|=))""")
_PAGE_TITLE_STATUS = re.compile(r"(?i)<(?:title|h1)>\s*([1-5]\d\d) [A-Z]")
# Forums, blogs and word processors turn quotes typographic; servers and SDKs print straight
# ones, and the wording and the JSON are read in those.
_TYPOGRAPHIC = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"'})
_HAS_TYPOGRAPHIC = re.compile("[\u2018\u2019\u201c\u201d]")
_BOX = re.compile("[\u2500-\u257f]")  # a box drawn around text (rich's tracebacks): a layout
_TERMINAL_WIDTHS = frozenset({80, 100, 120, 132, 140, 150, 160, 180, 200, 220, 240})
_LOG_RECORD = re.compile(r"\d{4}-\d\d-\d\d[T ]|(?:DEBUG|INFO|WARN|WARNING|ERROR|CRITICAL)\b")
# A terminal's codes (ECMA-48: ESC [ params final-byte for colours, ESC ] ... for links, ESC (
# for a character set), kept when a log is copied from a CI page or a tool that colours its
# output; they split words and JSON tokens. A stray ESC goes too, in the same one pass.
_TERMINAL_CODES = re.compile(r"\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]{0,2048}(?:\x07|\x1b\\)"
                             r"|[()][A-Za-z0-9])?")
# Text copied from a GitHub issue or a chat keeps its Markdown code fences (``` or ~~~, with a
# language tag): the page's markup around the error, which would hide line-anchored wording.
_INLINE_FENCE = re.compile(r"(?m)^[ \t]*```(?!`)([^`\n]+)```[ \t]*$")
_FENCE_LINE = re.compile(r"(?m)^[ \t]*(?:`{3,}|~{3,})[\w+.#-]*[ \t]*(?:\n|$)")
_HTML_ESCAPED = re.compile(r"&(?:quot|#34|#x22|#39|#x27|apos|lt|gt);")
# Cloudflare's plain-text answer to a non-browser client: lower-case, as the edge writes it
# (the Python SDK's capitalised "Error code: 502" is not it), or after an escaped line break.
# docs/sources.md#edge-errors
_EDGE_TEXT = re.compile(r"(?m)(?:" + pages.EDGE_TEXT_BEFORE + r"|\\n)"
                        r"(error code: (?:1\d{3}|5[0-3]\d))\b")
# Keys that make an object an error envelope rather than a request or a config dump.
_ENVELOPE_KEYS = frozenset({
    "error", "errors", "detail", "cloudflare_error", "error_code", "internalCode", "err",
    "error_message", "errorMessage", "type", "code", "message", "status", "body", "raw",
})


@dataclass
class Pasted:
    status: int | None
    headers: dict[str, str]
    body: str
    notes: list[str] = field(default_factory=list)  # how the text was read (evidence)
    context: str = ""  # the text the body sits in: tracebacks, log prefixes, URLs
    cut: bool = False  # the body was cut off: a field it lacks may only be past the cut


def parse(text: str) -> Pasted:
    """Split pasted text. Never raises: what cannot be read stays text for the classifier."""
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    for reading, note in _READINGS:  # each undoes what a copy did to the text, then reads on
        changed = reading(text)
        if changed is not None:
            p = parse(changed)
            p.notes.insert(0, note)
            return p
    p = _parse(text)
    if len(text) <= MAX_LITERAL_TEXT and "\n" not in text.strip() and "\\n" in text and \
            not is_envelope(loads_lenient(p.body)):
        # One line holding a string literal with escaped line breaks, and no envelope as it
        # stands (a record with an error envelope is read as it is): an exception's repr()
        # (RuntimeError('...\\n...')), a Debug print. Its lines are the error's own.
        literal = _decoded_literals(text)
        if literal != text and "\n" in literal:
            lit = parse(literal)
            lit.notes.insert(0, "pasted: a string literal's escapes (\\n, \\') undone")
            return lit
    if not _HAS_TYPOGRAPHIC.search(text) or is_envelope(loads_lenient(p.body)):
        return p  # typographic quotes inside a real body's strings are the body's own
    # No envelope as pasted: a forum or a blog may have set the quotes, where the server
    # sent straight ones (in the JSON, in its wording).
    straight = _parse(text.translate(_TYPOGRAPHIC))
    straight.notes.insert(0, "pasted: typographic quotes (‘ ’ “ ”) read as straight ones")
    return straight


def without_terminal_codes(text: str) -> str:
    """`text` without a terminal's colour codes (cheap when it has none, as most logs)."""
    return _TERMINAL_CODES.sub("", text) if "\x1b" in text else text


def _without_codes(text: str) -> str | None:
    plain = without_terminal_codes(text)
    return plain if plain != text else None


# The same codes after a copy lost their ESC ("Download failed:  [0;31mERROR: [0m [generic]
# ..." in a chat bot's reply): the colour codes alone (SGR, ending in m), never after a word
# character or a backslash (a JSON "\u001b[0m" stays as it is), and only in a text that also
# holds a reset ("[0m", "[m"): a coloured line always ends with one. The text keeps its lines.
# (a run of them in one match: "[m" after "[m" follows a word character, and would be left for
# another pass, one per code)
# A reset without its 0 ("[m") is a code only when no letter follows: "[models]", "[main]" are
# a log's tags, and a coloured span starts with a code that has its parameters ("[0;31m").
_CODE_LEFTOVER = re.compile(r"(?<![\w\\\[])(?:\[(?:\d{1,3}(?:;\d{1,3}){0,4}m(?!\])|m(?![\w\]])))+")
_RESET_LEFTOVER = re.compile(r"(?<![\w\\\[])\[(?:0m(?!\])|m(?![\w\]]))")


def _without_code_leftovers(text: str) -> str | None:
    if "[" not in text or _RESET_LEFTOVER.search(text) is None:
        return None
    plain = _CODE_LEFTOVER.sub("", text)
    return plain if plain != text else None


def _unwrapped(text: str) -> str | None:
    """The text a terminal hard-wrapped at a fixed width, joined again; None if it was not.

    A console copy (Windows' console, a pane in tmux or less) cuts a long line every N
    columns, inside a word or a JSON string, which hides wording and breaks the JSON. The
    sign is exact: every line but the last is N long and the last is shorter; the lines do not
    mostly end in blanks, as a logger's layout padded to the width does (rich pads its
    lines), and none starts a new log record. Two lines alone are that by chance too often,
    so they must be a common terminal width.
    """
    if len(text) > MAX_PREFIXED or "\n" not in text:
        return None
    lines = text.rstrip("\n").split("\n")
    width = len(lines[0])
    if (len(lines) < 2 or width < 60 or len(lines[-1]) >= width
            or any(len(line) != width for line in lines[:-1])
            or ((padded := sum(line[-1].isspace() for line in lines[:-1])) > 1
                and 2 * padded > len(lines) - 1)
            or any(_LOG_RECORD.match(line) for line in lines[1:])
            or _BOX.search(text) or len({line[-1] for line in lines[:-1]}) == 1 < len(lines) - 1):
        return None  # a log's repeated records, or a layout's lines padded to the width
    if len(lines) == 2 and width not in _TERMINAL_WIDTHS:
        return None
    return "".join(lines)


# A JSON (or Python-repr) value that is one token (an error type, a code, a status name, a
# request id: letters, digits, _ and -, with an _ in it), split by a terminal's wrap: a run of
# 2+ blanks, or a line break and the next line's indent, inside the quotes. Claude Code's
# output in the VS Code terminal: "type":"overload     ed_error", "request_id":"req_011C
# cLPr..." (https://github.com/anthropics/claude-code/issues/70365). Only after a key's colon,
# so words between quotes elsewhere are never joined; a sentence (single blanks) never matches.
_WRAPPED_TOKEN = re.compile(
    r"""(:[ \t]*(["']))[ \t]*([\w-]+(?:(?:[ \t]{2,}|[ \t]*\n[ \t]*)[\w-]+)+)(?=\2)""")
_WRAP_GAP = re.compile(r"[ \t]{2,}|[ \t]*\n[ \t]*")


def _token_unwrapped(m: re.Match[str]) -> str:
    joined = _WRAP_GAP.sub("", m.group(3))
    return m.group(1) + joined if "_" in joined else m.group(0)


def _wrapped_tokens(text: str) -> str | None:
    """The text with each quoted one-token value a terminal's wrap split joined again; None
    if there is none. Only the paste read here changes: `explain --log` numbers the lines of
    the log as it is."""
    if len(text) > MAX_LITERAL_TEXT or ("  " not in text and "\n" not in text):
        return None
    joined = _WRAPPED_TOKEN.sub(_token_unwrapped, text)
    return joined if joined != text else None


def _json_string(text: str) -> str | None:
    """The text of a paste that is one JSON string literal ("...\\n..."), else None; also one
    copied out of a JSON field without its own quotes (\\"...\\"), and one that held another
    (a log that quoted a line that quoted the text): up to three levels."""
    t = text.strip()
    if t.startswith('\\"') and t.endswith('\\"') and len(t) > 4:
        t = '"' + t + '"'  # the field's value as it was, quotes and all
    value: str | None = None
    for _level in range(3):
        if len(t) < 3 or t[0] != '"' or t[-1] != '"' or "\\" not in t:
            break
        try:
            decoded = json.loads(t)
        except ValueError:
            break
        inner = decoded.strip() if isinstance(decoded, str) else ""
        if not inner:
            break
        value = t = inner if inner.startswith('"') else decoded  # another literal: again
    return value


# (openai2 probe) Spring's clients print a response body through LogFormatUtils.formatValue,
# which writes each line break as "<EOL>" and quotes the whole ("400 Bad Request: \"{<EOL>
# \"error\": {<EOL> ...}<EOL>}<EOL>\"", RestTemplate's HttpClientErrorException): the body's
# own line breaks, put back so that its JSON is read.
_SPRING_EOL_SOURCE = ("https://github.com/spring-projects/spring-framework/blob/a6f9c4c59913420eb1fd"
                      "bfac9c82e3e6d83303db/spring-core/src/main/java/org/springframework/core/log/"
                      "LogFormatUtils.java")
_SPRING_EOL = re.compile(r"[{\[,:]\s*<EOL>|<EOL>\s*[}\]]")  # a JSON body's break, not a word


def _spring_eol(text: str) -> str | None:
    """The text with Spring's "<EOL>" marks turned back into line breaks, when they break a
    JSON body's lines; else None."""
    if "<EOL>" not in text or not _SPRING_EOL.search(text):
        return None
    return text.replace("<EOL>", "\n")


# What a copy may have done to the text, undone before reading it, in this order (a note says
# which): a terminal's colour codes, a console's cut at its width, one JSON string's escapes.
_READINGS: tuple[tuple[Callable[[str], str | None], str], ...] = (
    (_spring_eol, "pasted: Spring's <EOL> marks read as the body's line breaks"),
    (_without_codes, "pasted: a terminal's colour codes set aside"),
    (_without_code_leftovers, "pasted: a terminal's colour codes that lost their ESC ([0;31m) "
     "set aside"),
    (_unwrapped, "pasted: lines a terminal cut at a fixed width joined again"),
    (_wrapped_tokens, "pasted: a quoted token (an error type, a request id) a terminal's wrap "
     "split with blanks joined again"),
    (_json_string, "pasted: one JSON string (a log field's value): its escapes undone"),
)


def _parse(text: str) -> Pasted:
    if "```" in text:  # a one-line Slack or chat fence around the error: ```text```
        text = _INLINE_FENCE.sub(r"\1", text)
    fenced = _FENCE_LINE.sub("", text) if "``" in text or "~~~" in text else text
    fence_note = fenced != text and fenced.strip() != ""
    if fence_note:
        text = fenced.strip("\n")
    escaped = _HTML_ESCAPED.search(text) is not None and not (
        _HTML_START.search(text) or _HTML_PART.search(text))
    if escaped:  # copied from a web page that showed the body escaped (&quot;error&quot;)
        text = html.unescape(text)
    status, headers, rest, notes = _http_dump(text)
    if fence_note:
        notes.insert(0, "pasted: Markdown code fence lines (```) set aside")
    if escaped:
        notes.append("pasted: HTML entities (&quot; ...) turned back into characters")
    whole = _strip_log_prefixes(rest, every_line=True)
    prefixed = None
    if whole != rest:  # every line carries the same log prefix: it is not part of the error
        prefixed, rest = rest, whole
        notes.append("pasted: the log prefix on every line was set aside")
    body, span, how = _body(rest)
    if span is None or how.endswith(("(no envelope)", "(truncated)")):
        # (a body cut off may be one the prefixes cut up: a log excerpt whose first line lost
        # its prefix to the cut, so that not every line carries it)
        stripped = _strip_log_prefixes(rest)
        if stripped != rest:
            b2, s2, how2 = _body(stripped)
            if s2 is not None and not how2.endswith("(no envelope)") and (
                    not how.endswith("(truncated)") or (_READ_UP_TO in how2
                                                        and _READ_UP_TO not in how)):
                rest, body, span = stripped, b2, s2
                how = how2 + ", once the log prefix on each line was set aside"
            elif span is None and s2 is None and not _prefix_has_words(rest, stripped):
                # Plain text either way (a tool's lines, then a traceback or another record
                # without the prefix): its words are read without the prefixes between them.
                rest, body = stripped, b2
                notes.append("pasted: the log prefix on most lines was set aside")
    if (span is None or how.endswith(("(no envelope)", "(truncated)"))) and \
            _ESCAPED_OPENING.search(rest):
        # The body sits escaped inside a string of the log (a JSON log field, an exception's
        # repr): undo one level of escaping and look again.
        for unescaped in (_decoded_literals(rest), _unescape(rest)):
            b2, s2, how2 = _body(unescaped)
            if s2 is not None and not how2.endswith(("(no envelope)", "(truncated)")):
                rest, body, span = unescaped, b2, s2
                how = how2 + ", once the escaping around it (\\\" \\n) was undone"
                break
    notes.append(how)
    # The body stands in as "{}" so that the text around it is searched, never its content.
    outside = rest[:span[0]] + "{}" + rest[span[1]:] if span else rest
    if status is None:
        status, said = _status(_near(outside, span[0] if span else None))
        if status is None and prefixed is not None and span is None:
            # The "prefix" may be the words that named the status: two lines of the same
            # sentence ("... with status code 523 (...)", "... with status code 522 (...)")
            # share everything up to the number.
            status, said = _status(_near(prefixed, None))
        if status is None and span is not None:
            status, said = next(((int(m.group(1)), why) for pattern, why in
                                 _IN_BODY_STATUS_PATTERNS
                                 if (m := rx(pattern).search(body[:STATUS_WINDOW]))),
                                (None, ""))
        if status is not None:
            notes.append(f"pasted: status {status} read from {said}")
    if status is None and how == "pasted: an HTML page":
        # A server's plain error page (nginx's, Cloudflare's, HAProxy's) names its status in
        # its title or its heading.
        titled = _PAGE_TITLE_STATUS.search(body[:STATUS_WINDOW])
        if titled:
            status = int(titled.group(1))
            notes.append(f"pasted: status {status} read from the page's title")
    for name, value in _DUMPED_HEADER.findall(_near(outside, span[0] if span else None)):
        headers.setdefault(name.lower(), value)
    # The markers read the text as pasted, body in place: wording may run across its edge.
    return Pasted(status, headers, body, notes, _near(rest, span[0]) if span else "",
                  cut="cut off" in how)


# How _body says a cut-off object was read after all (up to its last complete value).
_READ_UP_TO = "read up to its last complete value"


def loads_lenient(text: str) -> Any:
    """JSON, JSON with trailing commas, a Python literal (the SDK's repr), ...; None if none."""
    return loose.loads(text)


def is_envelope(data: Any) -> bool:
    """An object shaped like an error answer (not a request body or a config dump)."""
    if isinstance(data, list):
        return bool(data) and all(isinstance(e, dict) for e in data) and any(
            is_envelope(e) for e in data[:8])
    return isinstance(data, dict) and any(k in _ENVELOPE_KEYS for k in data)


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
    mark = (m.group(1) or "").strip()
    following = lines[i + 1].strip() if i + 1 < len(lines) else ""
    joined = None if _HEADER_LINE.match(following) else _one_line_dump(
        lines[i].strip()[m.end(2):])
    if joined is not None:  # the dump's lines joined into one (a log's line, a title)
        on_line, body = joined
        note = (f"pasted: status {m.group(2)} and {len(on_line)} header(s) from an HTTP "
                "response dump on one line")
        return int(m.group(2)), on_line, "\n".join([body, *lines[i + 1:]]), [note]
    headers: dict[str, str] = {}
    last = ""
    j = i + 1
    while j < len(lines):
        line = lines[j].strip()
        if line in ("", "<", ">"):
            j += 1
            break
        if mark and last and not line.startswith((mark, "*", "{", "}")):
            # Every line of the dump carries the mark: one without it is the previous header
            # wrapped by the terminal.
            headers[last] += line
            j += 1
            continue
        hm = _HEADER_LINE.match(line)
        if not hm:
            break
        last = hm.group(1).lower()
        headers[last] = hm.group(2).strip()
        j += 1
    note = f"pasted: status {m.group(2)} and {len(headers)} header(s) from an HTTP response dump"
    return int(m.group(2)), headers, "\n".join(lines[j:]), [note]


# A header's name where a dump's lines were joined by blanks ("... content-type: x server: y").
_JOINED_HEADER = re.compile(r"(?:^|\s)([A-Za-z][A-Za-z0-9-]*[A-Za-z0-9]):\s")
_HEADER_NAME_END = re.compile(r"[A-Za-z0-9-]")  # the character before a header's colon


def _one_line_dump(rest: str) -> tuple[dict[str, str], str] | None:
    """A status line that goes on with its headers and its body (`HTTP/2 403 content-type:
    application/json x-id: 1 {"error": ...}`): the headers and the body, or None when the
    line holds no header after its reason phrase."""
    body_at = len(rest)
    for b in re.finditer(r"[{<]", rest):
        # Not a header's JSON value (`report-to: {...}`): looked at backwards from the bracket
        # over its blanks only, so that a line of a million brackets stays linear (a search
        # of everything before each bracket was quadratic: minutes for 1 MB of "a: {").
        k = b.start()
        while k > 0 and rest[k - 1].isspace():
            k -= 1
        if not (k >= 2 and rest[k - 1] == ":" and _HEADER_NAME_END.match(rest, k - 2)):
            body_at = b.start()
            break
    part = rest[:body_at]
    found = list(_JOINED_HEADER.finditer(part))
    if len(found) < 2:  # one "Reason: words" is a status line's own text
        return None
    headers = {}
    for k, h in enumerate(found):
        end = found[k + 1].start() if k + 1 < len(found) else len(part)
        headers[h.group(1).lower()] = part[h.end():end].strip()
    return headers, rest[body_at:]


def _near(text: str, at: int | None) -> str:
    """The part of a long text worth searching: around the body, or both ends."""
    if len(text) <= 2 * STATUS_WINDOW:
        return text
    if at is not None:
        return text[max(at - STATUS_WINDOW, 0):at + STATUS_WINDOW]
    return text[:STATUS_WINDOW] + "\n" + text[-STATUS_WINDOW:]


# A status in the text that is not the answer's: a proxy's reply to the CONNECT that would have
# opened the tunnel (urllib3's ProxyError, "Tunnel connection failed: 400 Bad Request",
# http.client's words): the request never reached the server it was for.
# Its status and reason phrase are set aside: neither the status nor the words are the answer's.
# (logs probe, family 2) A line of the app's own server's access log: a request it received
# (a method and a path, no host) and the status it answered its own client with. That status
# and its reason phrase say nothing of an API the app called: they are set aside wherever a
# status or the error's own words are read. (pattern, source)
OWN_ACCESS_LOG_LINES: tuple[tuple[str, str], ...] = (
    # A request line with no host, its status (and reason phrase) and the time it took to answer:
    # wrangler dev's ("[wrangler:inf] POST /chat.v1.ChatService/ListModels 401 Unauthorized
    # (3ms)", its prefix often set aside as a log prefix), morgan's dev format ("POST /api/chat
    # 500 12.345 ms - 52").
    (r"(?m)^[ \t]*(?:\[wrangler:inf\] )?(?:GET|POST|PUT|PATCH|DELETE|OPTIONS|HEAD) /[^\s]{0,400} "
     r"[1-5]\d\d(?: [A-Z][A-Za-z' -]{1,40})? (?:\(\d{1,7}(?:\.\d{1,3})?m?s\)|\d{1,7}\.\d{1,3} ms\b)"
     r"[^\n]{0,80}",
     "https://github.com/akazwz/workersai/issues/4, https://github.com/expressjs/morgan#dev"),
    # uvicorn's access log: the client's address, then the request line in quotes and the status
    # ('172.28.0.1:61916 - "POST /api/chat/execute HTTP/1.1" 500 Internal Server Error').
    (r"(?:\d{1,3}(?:\.\d{1,3}){3}|\[[0-9a-fA-F:]{2,39}\]):\d{1,5} - \"[A-Z]{3,7} /[^\s\"]{0,400} "
     r"HTTP/\d(?:\.\d)?\" [1-5]\d\d\b[^\n]{0,40}",
     "https://github.com/encode/uvicorn/blob/master/uvicorn/protocols/http/h11_impl.py"),
    # Gin's default logger ("[GIN] 2024/05/21 - 13:59:01 | 401 |  1.2ms | ::1 | POST ...").
    (r"\[GIN\] [^|\n]{0,40}\|[ \t]{0,4}[1-5]\d\d[ \t]{0,4}\|[^\n]{0,400}",
     "https://github.com/gin-gonic/gin/blob/master/logger.go"),
)


# The request path of such a line, and the endpoints of an LLM API (OpenAI's and Anthropic's,
# which vLLM, LiteLLM's proxy, llama.cpp's and Ollama's OpenAI-style servers serve): a line for
# one of those is that LLM server's own log of its answer ('"POST /v1/chat/completions HTTP/1.1"
# 400 Bad Request', uvicorn under vLLM), a refusal of an LLM API request, not the app's route.
_ACCESS_PATH = re.compile(r"\b(?:GET|POST|PUT|PATCH|DELETE|OPTIONS|HEAD)\s{1,8}\"?"
                          r"(/[^\s\"?]{0,400})")
_LLM_API_ENDPOINT = re.compile(r"/(?:chat/completions|completions|embeddings|responses|messages)"
                               r"/?$")


def _llm_servers_own(m: re.Match[str]) -> str:
    path = _ACCESS_PATH.search(m.group(0))
    if path is not None and _LLM_API_ENDPOINT.search(path.group(1)):
        return m.group(0)
    return "(the app's own access log line)"


def without_own_access_log(text: str) -> str:
    """`text` with the app's own access-log lines set aside (OWN_ACCESS_LOG_LINES), not an LLM
    server's line for an LLM API endpoint (_LLM_API_ENDPOINT)."""
    for pattern, _source in OWN_ACCESS_LOG_LINES:
        if (line := rx(pattern)).search(text):  # (the search skips texts lacking its words)
            text = line.sub(_llm_servers_own, text)
    return text


_PROXY_REPLY = re.compile(r"\bTunnel connection failed: [1-5]\d\d\b(?: [A-Z][A-Za-z]{1,20}){0,4}")


def without_proxy_reply(text: str) -> str:
    """`text` with a proxy's refusal to open the tunnel set aside (its status and words)."""
    if "Tunnel connection failed: " not in text:
        return text
    return _PROXY_REPLY.sub("Tunnel connection failed: (the proxy's reply)", text)


def _status(text: str) -> tuple[int | None, str]:
    text = without_own_access_log(without_proxy_reply(text))
    for pattern, said in _STATUS_PATTERNS:
        m = rx(pattern).search(text)
        if m:
            return int(m.group(1)), said
    return None, ""


def _body(text: str) -> tuple[str, tuple[int, int] | None, str]:
    """(body for the classifier, where it was in the text, how it was found)."""
    whole = text.strip()
    if whole and whole[0] in "{[":
        if loose.too_deep(whole):
            return whole[:200], None, ("pasted: brackets nested deeper than "
                                       f"{loose.MAX_DEPTH} levels: not parsed")
        data = loose.loads(whole)
        if isinstance(data, (dict, list)):
            return _dump(data), (0, len(text)), "pasted: the whole input is JSON"
    found, cut_start, too_large = _objects(text)
    if too_large and not found:
        return whole[:200], None, (f"pasted: an object larger than {loose.MAX_SPAN // 1024} KiB "
                                   "was not parsed (no error body is that large)")
    envelopes = [f for f in found if is_envelope(f[2])]
    if cut_start is not None and envelopes and envelopes[-1][0] > cut_start:
        # The objects found are parts of a body that was cut off: read the whole body.
        data = _cut_body(text, cut_start)
        if is_envelope(data):
            return _dump(data), (cut_start, len(text)), \
                f"pasted: an object cut off (truncated), {_READ_UP_TO}"
    html = _HTML_START.search(text)
    if envelopes and not (html and html.start() < envelopes[-1][0]):
        start, end, data = envelopes[-1]
        how = "pasted: a JSON or Python-repr object in the text"
        if len(envelopes) > 1:
            how += f" (the last of {len(envelopes)} error-shaped objects: the error's own)"
        return _dump(data), (start, end), how
    html = html or _HTML_PART.search(text)
    if html:
        end = text.lower().find("</html>", html.start())
        end = len(text) if end < 0 else end + len("</html>")
        return text[html.start():end], (html.start(), end), "pasted: an HTML page"
    if (tail := _HTML_TAIL.search(text)) is not None:
        return text[:tail.end()], (0, tail.end()), "pasted: the end of an HTML page"
    edge = _EDGE_TEXT.search(text)
    if edge:
        return edge.group(1), (edge.start(1), edge.end(1)), "pasted: bare 'error code' text"
    if cut_start is not None:
        data = _cut_body(text, cut_start)
        if is_envelope(data):
            return _dump(data), (cut_start, len(text)), \
                f"pasted: an object cut off (truncated), {_READ_UP_TO}"
        if _DATA_OPENING.match(text, cut_start):
            # Hand over the rest; the classifier salvages what it can.
            return text[cut_start:], (cut_start, len(text)), \
                "pasted: an object that is cut off (truncated)"
    if found:
        start, end, data = found[-1]
        return _dump(data), (start, end), "pasted: an object in the text (no envelope)"
    return _message_text(whole), None, "pasted: plain text"


def _cut_body(text: str, start: int) -> Any:
    """A body cut off at `start`: to the end of the text, or, when more lines follow it (a
    logger that cut a long line and went on: a traceback, the next record), to the end of its
    own line. Only when that line's object holds an error's words, and no error-shaped object
    follows it: the cut line is else a record of the app's own (a request, a retry notice),
    and the error is in the lines after it."""
    data = loose.loads_truncated(text[start:])
    if not is_envelope(data) and (eol := text.find("\n", start)) > 0:
        line = loose.loads_truncated(text[start:eol])
        # (the lines after it are read on their own: inside the whole text they sit in the
        # cut object's unclosed bracket, where _body's reading does not list them)
        if _says_error(line) and not any(is_envelope(f[2]) for f in _objects(text[eol:])[0]):
            return line
    return data


# Keys that say an object holds an error's words, where "type", "status" or "code" alone may
# be any record's (a request logged as {"type":"chat","model":...}).
_ERROR_WORD_KEYS = frozenset({"error", "errors", "detail", "err", "error_message",
                              "errorMessage", "message", "cloudflare_error", "error_code"})


def _says_error(data: Any) -> bool:
    """An error envelope with an error's words in it (is_envelope, less its generic keys)."""
    return isinstance(data, dict) and any(k in _ERROR_WORD_KEYS for k in data)


def _objects(text: str) -> tuple[list[tuple[int, int, Any]], int | None, bool]:
    """Parsed bracket groups, outermost first; where a cut-off group starts (if any); whether
    a group was too large to parse."""
    groups, open_starts = loose.spans(text)
    found: list[tuple[int, int, Any]] = []
    tried = 0
    covered_to = -1
    too_large = False
    for start, end, _depth in groups:
        if start < covered_to or tried >= MAX_CANDIDATES:
            continue
        if end - start > loose.MAX_SPAN:
            too_large = True
            continue
        tried += 1
        data = loose.loads(text[start:end])
        if isinstance(data, dict) or (isinstance(data, list) and data
                                      and all(isinstance(e, dict) for e in data)):
            found.append((start, end, data))
            covered_to = end
    return found, (open_starts[0] if open_starts else None), too_large


def _strip_log_prefixes(text: str, every_line: bool = False) -> str:
    """Set aside a prefix every line of a multi-line body carries (docker, fly, emoji loggers).

    Digits are compared as one class, so timestamps that differ still count as the same
    prefix. Only a prefix at least 2 characters long, ending at a space or '|', shared by at
    least 3 lines, is removed; anything else is left as it was.
    """
    if len(text) > MAX_PREFIXED or text.count("\n") > MAX_PREFIXED_LINES:
        return text  # a multi-line body in a log is small; a huge paste is not one
    lines = text.split("\n")
    keyed = [(i, re.sub(r"\d", "0", line)) for i, line in enumerate(lines) if line.strip()]
    if len(keyed) < (2 if every_line else 3):
        return text
    if len({k.rstrip() for _, k in keyed}) == 1:
        # One record repeated (a retry loop logging the same line, LiteLLM's router's "No
        # deployments available ..." three times: logs probe, family 4): all of it is shared,
        # so no part of it is a prefix, and cut at its last blank it would lose its words.
        return text
    best = ""
    groups = [[k for _, k in keyed[skip_first:]] for skip_first in
              ((0,) if every_line else (0, 1))]
    if not every_line:
        # Or the lines up to where the log's own lines end (a traceback or another program's
        # lines after them): the longest first run of 3 or more that shares a prefix.
        run, shared = 0, keyed[0][1]
        for n, (_, k) in enumerate(keyed[1:], start=2):  # (the shared start only shrinks)
            shared = _common_prefix([shared, k])
            if not _PREFIX_END.search(shared):
                break
            run = n if n >= 3 else 0
        if 3 <= run < len(keyed):
            groups.append([k for _, k in keyed[:run]])
    for group in groups:
        if len(group) < (2 if every_line else 3):
            continue
        prefix = _common_prefix(group)
        # A prefix ends before anything a body starts with: identical lines share everything.
        # A closed tag followed by a blank ("[worker] ", "(main) ", "<stdout> ") is the logger's.
        prefix = _PREFIX.match(prefix).group(0)  # type: ignore[union-attr]
        cut = max(prefix.rfind(" "), prefix.rfind("|"), prefix.rfind("\t"))
        prefix = prefix[:cut + 1] if cut >= 0 else ""
        if len(prefix.strip()) >= 1 and len(prefix) >= 2 and len(prefix) > len(best):
            best = prefix
    if not best:
        return text
    out = []
    for line in lines:
        key = re.sub(r"\d", "0", line[:len(best)])
        out.append(line[len(best):] if key == best else line)
    return "\n".join(out)


# A shared start long enough to be a logger's prefix: at least 2 characters up to a blank (a
# non-blank, then a blank, '|' or tab after it). Written so that each character has one way to
# match: "^.*\S.*[ |\t]" was quadratic on a long start with no blank (2 s for 3 lines of 21 KB).
_PREFIX_END = re.compile(r"^\s*\S[^ |\t]*[ |\t]")
# Syslog's and journald's "app[1234]: " close the tag with a colon before the blank: the
# message follows it, so the prefix ends there (read on past it, a retry loop's repeated
# line "[error]: Invalid API Key" lost all of its words but the last). A bracket only: a
# paren and a colon are an error's own words as often ("(status 401): ...").
_PREFIX = re.compile(r"""(?:[^{\[(\"'<]|\[[^\[\]{}"']{1,40}\](?=\s)|"""
                     r"""\([^()\[\]{}"']{1,40}\)(?=\s)|<[\w.-]{1,20}>(?=\s))*"""
                     r"""(?:\[[^\[\]{}"']{1,40}\]:\s)?""")


def _prefix_has_words(before: str, after: str) -> bool:
    """The prefix set aside holds words, not only a timestamp's digits and marks: in plain
    text its shared start may be the error's own words (a retry loop's repeated line: "ERROR
    groq: Invalid API Key (request ...)"), which the text is then read without."""
    for b, a in zip(before.split("\n"), after.split("\n"), strict=True):
        if a != b:
            return re.search(r"[^\W\d_]{2,}", b[:len(b) - len(a)]) is not None
    return False


def _common_prefix(items: list[str]) -> str:
    lo, hi = min(items), max(items)
    n = 0
    while n < min(len(lo), len(hi)) and lo[n] == hi[n]:
        n += 1
    return lo[:n]


# An object opening whose keys are escaped: `{\"error\":`, `{\n  \"type\"`, `{\'error\':`.
_ESCAPED_OPENING = re.compile(r"""[{\[](?:\s|\\+[nrt])*\\+["']""")


# A string literal as a log, a repr() or a Debug print writes it: "..." (JSON, Rust, Go) or
# '...' (Python), holding escapes. Bounded: a literal longer than this is left as it is.
# A literal starts at a quote no backslash escapes (and, for ', no letter before: "it's"), so
# a scan that finds no closing quote happens once per line at most: linear on any input.
_LITERAL = re.compile(r"""(?<!\\)"(?:[^"\\\n]|\\.){0,65536}"|"""
                      r"""(?<![\\\w])'(?:[^'\\\n]|\\.){0,65536}'""")


def _decoded_literals(text: str) -> str:
    """Each string literal that holds escapes, replaced by its text without the quotes: the
    error inside `RuntimeError('...\\n...')` or `body: "{\\"error\\": ...}"` as printed."""
    if len(text) > MAX_LITERAL_TEXT:
        return text
    def decode(m: re.Match[str]) -> str:
        lit = m.group(0)
        if "\\" not in lit:
            return lit
        try:
            value = json.loads(lit) if lit[0] == '"' else loose.literal_eval(lit)
        except (ValueError, SyntaxError, MemoryError, RecursionError):
            return lit
        return value if isinstance(value, str) else lit
    return _LITERAL.sub(decode, text)


def _unescape(text: str) -> str:
    """The string escaping undone, however many levels deep (a JSON log quoting a line that
    quoted the body): the backslashes before a quote dropped, escaped line breaks and tabs
    made real."""
    # (each run of backslashes is tried from its first one only: linear on a long run)
    text = re.sub(r"(?<!\\)\\+(?=[\"'])", "", text)
    text = re.sub(r"(?<!\\)\\+r\\+n", "\n", text)
    return re.sub(r"(?<!\\)\\+n", "\n", re.sub(r"(?<!\\)\\+t", "\t", text))


def _message_text(text: str) -> str:
    """'AuthenticationError: 401 Invalid API Key' -> 'Invalid API Key' (the JS SDK's form)."""
    m = re.match(r"^(?:[\w.]*Error:\s*)?(?:Error code:\s*)?[1-5]\d\d\s*[-:]?\s+(\S.*)$", text,
                 re.DOTALL)
    return m.group(1).strip() if m else text


def _dump(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, default=str)
