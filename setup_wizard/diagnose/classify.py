"""Who answered, and why: one pure function from (status, headers, body, what was sent).

The decision rests on the body's envelope and on the `cf-aig-*` and provider headers, in
the order of docs/sources.md#who-answered, never on
`server: cloudflare` or `cf-ray` (Groq itself sits behind Cloudflare). When the shape does
not say, the answer is origin/cause `unknown` with the evidence. The shapes are data in
`shapes.py`, the next steps in `hints.py`. This module reads the input and walks
`_DETECTORS`, the one place the order is written; the detectors live in
`cloudflare_envelopes.py`, `provider_envelopes.py` and `no_envelope.py`.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from typing import Any

from setup_wizard.diagnose import (
    cloudflare_envelopes,
    hints,
    loose,
    markers,
    no_envelope,
    pages,
    provider_context,
    provider_envelopes,
    shapes,
)
from setup_wizard.diagnose.diagnosis import CAUSES, PROVIDER_ORIGINS, Diagnosis, Sent
from setup_wizard.diagnose.pasted import Pasted, is_envelope, parse
from setup_wizard.diagnose.provider_markers import no_answer
from setup_wizard.diagnose.rx import rx
from setup_wizard.diagnose.verdict import (
    MAX_MESSAGE,
    Answer,
    Detector,
    Relayed,
    Verdict,
    int_of,
)
from setup_wizard.masking import mask_credentials

__all__ = ["FAILURE_CAUSES", "classify", "classify_failure", "classify_pasted"]

FAILURE_CAUSES = frozenset({"timeout", "dns-failure", "connection-refused", "tls-error",
                            "unknown"})
MAX_BODY = 1024 * 1024  # what the probe reads at most; more is never looked at
MAX_NESTING = 3  # answers wrapped in answers: a proxy's, an SDK's, a log record's
MAX_NODES = 400  # values looked at when searching a body for an embedded answer
# Fields in which a JSON log record keeps an error's printed text (pino's `err`, structlog's
# `exception`, Python's logging `exc_info` as JSON formatters write it, ...).
_LOGGED_ERROR_KEYS = ("error", "err", "exception", "exc_info", "stack", "stack_trace")
PAGE_SCAN = 32 * 1024  # a string is searched this far for a Cloudflare page's markers
# A string that holds a whole answer: an error object, an HTML page, Cloudflare's text.
_EMBEDDED = re.compile(
    r"""[{\[]\s*\\?["']?(?:error|type|errors|success|object|detail|message|code)\\?["']?\s*:"""
    r"""|<!DOCTYPE html|<html\b|\berror code: \d{3,4}\b|\bRay ID:|\bstatus(?: code)?:? [45]\d\d\b"""
    r"""|\bHTTP/\d(?:\.\d)? [45]\d\d\b|Error code: [45]\d\d""", re.IGNORECASE)

# Order matters (docs/sources.md#who-answered): edge pages first, then the Cloudflare
# envelopes (and their text forms), then the providers, the OpenAI-compatible family last
# because its shape is the loosest; answers with no envelope after all of them, where the
# markers, the wording and the status in the text decide (`fallback` always answers). After
# the list: an OpenRouter relay is read for its upstream's cause, and a body that wraps
# another whole answer in a string is read again for that inner answer, which wins.
_DETECTORS: tuple[Detector, ...] = (
    cloudflare_envelopes.edge,
    cloudflare_envelopes.gateway,
    cloudflare_envelopes.api_v4,
    provider_envelopes.anthropic,
    provider_envelopes.google,
    provider_envelopes.openrouter,
    provider_envelopes.mistral,
    provider_envelopes.openai_family,
    no_envelope.success,
    no_envelope.fallback,
)


# -- public --------------------------------------------------------------------------------------
def classify(status: int | None, headers: Mapping[str, str], body: bytes | str,
             sent: Sent | None = None, *, context: str = "", cut: bool = False,
             _depth: int = 0) -> Diagnosis:
    """Classify one HTTP answer. Pure: no I/O, never raises on odd input.

    `context` is pasted text around the body (explain): its markers count, its objects not.
    `cut`: the body was cut off, so a field it lacks may only be past the cut.
    """
    return _finish(*_verdict(status, headers, body, sent, context, _depth, cut))


def classify_pasted(text: str, status: int | None = None,
                    headers: Mapping[str, str] | None = None,
                    sent: Sent | None = None) -> Diagnosis:
    """What `explain` answers for pasted text; `status` and `headers` override the text's."""
    p = parse(text)
    d = classify(status if status is not None else p.status, {**p.headers, **(headers or {})},
                 p.body, sent, context=p.context, cut=p.cut)
    d.evidence[:0] = p.notes
    return d


def _verdict(status: int | None, headers: Mapping[str, str], body: bytes | str,
             sent: Sent | None, context: str, depth: int,
             cut: bool = False) -> tuple[Verdict, Answer]:
    inp = Answer(status, {str(k).lower(): str(v) for k, v in headers.items()},
                 _decode(body), None, sent or Sent(), context=context, cut=cut)
    inp.data = _json(inp.text)
    if inp.data is None and inp.text.lstrip()[:1] in ("{", "[") and loose.too_deep(inp.text):
        inp.evidence.append(f"body: brackets nested deeper than {loose.MAX_DEPTH} levels: not "
                            "parsed (no error envelope is that deep)")
    _read_record(inp, depth)
    _header_evidence(inp)
    verdict = None
    for detect in _DETECTORS:
        verdict = detect(inp)
        if verdict is not None:
            verdict.by = detect.__name__
            break
    assert verdict is not None  # fallback always answers
    if verdict.relayed is not None:
        _read_relayed(verdict, verdict.relayed)
    elif depth < MAX_NESTING:
        _read_embedded(verdict, inp, depth)
    provider_context.refine_model(verdict, inp)
    _class_cause(verdict, inp)
    return verdict, inp


def _class_cause(v: Verdict, inp: Answer) -> None:
    """No cause and no status: an SDK's status-bound exception class still names the status
    (litellm.RateLimitError: ... Provider returned error)."""
    if v.cause != "unknown" or inp.status is not None or no_answer(inp) is not None or \
            markers.label_over_own_bug(inp.text[:PAGE_SCAN] + " " + inp.context[:PAGE_SCAN]):
        return  # (LiteLLM's class over its own Python error is its mapper's choice)
    found = shapes.class_status(inp.text[:PAGE_SCAN] + " " + inp.context[:PAGE_SCAN])
    cause = shapes.status_cause(found[1], v.origin in PROVIDER_ORIGINS) if found else None
    if found and cause:
        v.cause, v.answered = cause, True  # (the class says a server answered that status)
        v.evidence.append(f"{found[0]} is the SDK's class for HTTP {found[1]}: cause from that "
                          "status only")


# Keys a structured logger (pino, zap, structlog, bunyan, winston) gives every record.
_LOG_RECORD_KEYS = frozenset({"level", "severity", "lvl", "levelname", "log.level"})
# Where such a record puts what happened, in words.
_LOG_MESSAGE_KEYS: tuple[str, ...] = ("msg", "message", "error", "err", "error_message")


def _logged_envelope(d: dict[str, Any]) -> tuple[dict[str, Any], Pasted | None] | None:
    """The one error envelope a structured log record holds as a field's value
    ({"level": "error", "msg": "...", "response": {"error": {...}}}): the answer it logged,
    with the field's text around it when it sat in one (its headers and words are evidence)."""
    if not _LOG_RECORD_KEYS & set(d):
        return None
    found: list[tuple[dict[str, Any], Pasted | None]] = [
        (v, None) for v in d.values() if isinstance(v, dict) and is_envelope(v)]
    if not found:  # a field's text around the answer ("received error while streaming: {...}")
        for v in d.values():
            # Only a one-line note before the body: a whole paste in a field (an SDK's
            # printed error with its headers, another record) is read as it is, elsewhere.
            if isinstance(v, str) and "{" in v and len(v) <= MAX_BODY and "\n" not in v \
                    and not v.lstrip().startswith(("{", "[")):
                p = parse(v)
                body = _json(p.body)
                if isinstance(body, dict) and is_envelope(body) and not p.headers:
                    found.append((body, p))
    return found[0] if len(found) == 1 else None


def _read_record(inp: Answer, depth: int) -> None:
    """A logged HTTP response ({status, headers, body}) or an SDK error object carrying the
    response's status and headers: use them, and read the body it holds."""
    d = inp.data
    if isinstance(d, list) and len(d) == 1 and isinstance(d[0], dict) and "error" in d[0]:
        inp.data = d = d[0]  # the Gemini REST API wraps its error in a one-element array
    if not isinstance(d, dict):
        return
    hdrs = d.get("headers")
    if isinstance(hdrs, dict) and hdrs:
        for k, v in hdrs.items():
            if isinstance(v, (str, int)):
                inp.headers.setdefault(str(k).lower(), str(v))
        inp.evidence.append("body: a logged response carrying its headers (read as headers)")
    if inp.status is None:
        code = next((c for k in ("status", "statusCode", "status_code", "httpCode")
                     if (c := int_of(d.get(k))) is not None and 100 <= c <= 599), None)
        if code is not None:
            inp.status = code
            inp.evidence.append(f"status {code} from the body's own status field")
    inner = d.get("body")
    logged = _logged_envelope(d) if inner is None else None
    if logged is None and inp.status is None and _LOG_RECORD_KEYS & set(d):
        # A log record that logged the failure as words ("POST \"...\": 404 Not Found"): the
        # status its message states.
        for key in _LOG_MESSAGE_KEYS:
            text = d.get(key)
            if isinstance(text, str) and len(text) <= MAX_BODY and \
                    (said := parse(text).status) is not None:
                inp.status = said
                inp.evidence.append(f"status {said} from the log record's {key}")
                break
    if logged is not None and depth < MAX_NESTING:
        # No provider's envelope has a log level: the record is the app's, its field the answer.
        envelope, around = logged
        inp.text = json.dumps(envelope, default=str)[:MAX_BODY]
        inp.data = _json(inp.text)
        if around is not None:  # the field's text around the body still says who (headers)
            inp.context = f"{around.context} {inp.context}"
            inp.cut = inp.cut or around.cut  # a body the log cut off stays cut off
            for k, v in around.headers.items():
                inp.headers.setdefault(k, v)
            if inp.status is None and around.status is not None:
                inp.status = around.status
        inp.evidence.append("body: a structured log record: the error envelope it logged is "
                            "read")
        return
    if inner is None and isinstance(d.get("data"), (dict, str)) and \
            ("statusText" in d or "headers" in d or int_of(d.get("status")) is not None):
        inner = d["data"]  # axios's response object: {status, statusText, headers, data}
    if inner is not None and "error" not in d and "errors" not in d and depth < MAX_NESTING:
        text = inner if isinstance(inner, str) else json.dumps(inner, default=str)
        inp.text = text[:MAX_BODY]
        inp.data = _json(inp.text)
        inp.evidence.append("body: a logged response {status, headers, body}: its body is "
                            "read")
        if inp.data is None and isinstance(inner, str):
            # The logged body is text around the answer ("status: 422 body: {...}"): read it
            # as a paste, so the answer inside is found.
            p = parse(inp.text)
            if p.body != inp.text and _json(p.body) is not None:
                inp.text, inp.data = p.body, _json(p.body)
                inp.context = f"{p.context} {inp.context}"
                inp.cut = inp.cut or p.cut
                if inp.status is None and p.status is not None:
                    inp.status = p.status


def _read_embedded(v: Verdict, inp: Answer, depth: int) -> None:
    """A body that carries another whole answer in a string (a proxy's wrapper, an SDK's
    message, a log record): the inner answer is the error's own, so it decides who, and the
    cause when the wrapper does not say."""
    inner = _embedded(inp.data, dicts=v.origin == "unknown",
                      pages_too=v.origin != "cloudflare-edge", record=v.by == "fallback")
    if inner is None:
        return
    p = parse(inner)
    sub, sub_inp = _verdict(p.status if p.status is not None else inp.status,
                      {**inp.headers, **p.headers}, p.body, inp.sent, p.context + " " +
                      inp.context, depth + 1, p.cut)
    # The inner answer decides who when it names someone, and also when only the outer
    # text's wording named someone while the inner string is an envelope that was read
    # (vLLM's {"object": "error", ...} in a log record is vLLM's, whatever words it holds).
    by_words = v.by == "fallback" and not markers.headers_name(v.origin, inp.headers)
    if sub.origin != "unknown" or (by_words and sub.by not in _NO_ENVELOPE):
        outer, outer_cause = v.origin, v.cause
        v.origin, v.cause, v.code, v.message = sub.origin, sub.cause, sub.code, sub.message
        if v.cause == "unknown":
            v.cause = outer_cause  # the inner answer said who; the outer words may say why
        v.variant, v.fields = sub.variant, {**v.fields, **sub.fields}
        v.answered = v.answered or _answered(sub, sub_inp)
        v.evidence = [f"body: wraps another answer in a string (outer reading: {outer}); "
                      "the inner answer decides", *sub.evidence]
    elif v.cause == "unknown" and sub.cause != "unknown":
        v.cause, v.variant = sub.cause, sub.variant
        v.answered = v.answered or _answered(sub, sub_inp)
        v.evidence.append("body: wraps another answer in a string; its cause is read")
        v.evidence.extend(sub.evidence)


_NO_ENVELOPE = ("fallback", "success")
# Causes in Cloudflare's own vocabulary: a relay's verdict says the provider's instead.
_CLOUDFLARE_CAUSE_PREFIXES = ("edge-", "gateway-", "cloudflare-api-")


def _embedded(data: Any, dicts: bool, pages_too: bool = True,
              record: bool = False) -> str | None:
    """The first value (breadth first, bounded) that holds a whole error answer: a string
    with an error body in it, or (`dicts`, when the outer reading found no one) a nested
    object shaped like an answer, such as a log record's `err` or a client's `details`.
    `pages_too`: a string with a Cloudflare page's text counts (not when the edge answered).
    `record`: the body had no envelope, so a log record's error field is read as pasted."""
    queue: list[Any] = [data]
    seen = 0
    while queue and seen < MAX_NODES:
        node = queue.pop(0)
        seen += 1
        if isinstance(node, dict):
            if dicts and node is not data and _answer_shaped(node):
                return json.dumps(node, default=str)[:MAX_BODY]
            queue.extend(node.values())
        elif isinstance(node, list):
            queue.extend(node[:50])
        elif isinstance(node, str) and len(node) > 12 and (_EMBEDDED.search(node) or (
                pages_too and any(rx(mk.pattern).search(node[:PAGE_SCAN])
                                  for mk in pages.EDGE_PAGE_MARKERS))):
            return node[:MAX_BODY]  # an error body, or a Cloudflare page's text
    if record and isinstance(data, dict):
        # A structured log record (pino, structlog, a JSON logger) keeps the error as printed
        # in one field: read that text as if it had been pasted alone.
        for key in _LOGGED_ERROR_KEYS:
            value = data.get(key)
            if isinstance(value, str) and len(value.strip()) > 12:
                return value[:MAX_BODY]
    return None


def _answer_shaped(d: dict[str, Any]) -> bool:
    err = d.get("error")
    return (isinstance(err, dict) and isinstance(err.get("message"), str)) or \
        d.get("type") == "error" or isinstance(d.get("errors"), list) or \
        d.get("cloudflare_error") is True or isinstance(err, list) or \
        (isinstance(d.get("headers"), dict) and int_of(d.get("status")) is not None)


def _read_relayed(v: Verdict, relayed: Relayed) -> None:
    """The relay answered; the cause is the upstream's, read from the body it carried."""
    upstream = classify(relayed.status, {}, relayed.body)
    name = relayed.provider_name or upstream.origin
    v.cause, v.code = upstream.cause, upstream.code
    edge_row = shapes.UPSTREAM_EDGE_CODES.get(int_of(upstream.code) or 0) \
        if upstream.origin == "cloudflare-edge" else None
    if edge_row is not None:
        # The upstream's edge rate-limited the relay's calls (1015): a rate limit, not a fault.
        v.cause = edge_row.cause
        v.evidence.append(f"{name}'s Cloudflare edge rate-limited the relay (error "
                          f"{upstream.code}): too many requests reached {name}")
    elif v.cause.startswith(_CLOUDFLARE_CAUSE_PREFIXES):
        # The upstream's own Cloudflare answered the relay ("error code: 504", "error code:
        # 1010"): a failure at the provider's end, not the user's key or request.
        v.cause = "timeout" if relayed.status in (504, 524) else "provider-server-error"
        v.evidence.append(f"{name}'s Cloudflare edge answered the relay ({upstream.cause}): "
                          "a failure at that provider's end, not your key or request")
    v.evidence.append(f"OpenRouter relayed an error from {name}: cause read from "
                      "error.metadata.raw")


def classify_failure(cause: str, detail: str, sent: Sent | None = None) -> Diagnosis:
    """No HTTP answer (timeout, DNS, refused, TLS, reset, empty or non-HTTP): origin network."""
    sent = sent or Sent()
    if cause not in FAILURE_CAUSES:
        detail = f"{cause}: {detail}"
        cause = "unknown"
    detail = mask_credentials(" ".join(str(detail).split()))
    hint = hints.hint_for("network", cause, hints.situations(sent.mode, sent.sent_provider_key),
                          None, {"detail": detail})
    return Diagnosis(origin="network", cause=cause, status=None, code=None, message=None,
                     hint=hint, evidence=[f"no HTTP answer: {detail}" if detail
                                          else "no HTTP answer"])


# -- input ---------------------------------------------------------------------------------------
def _decode(body: bytes | str | None) -> str:
    if body is None:
        return ""
    if isinstance(body, (bytes, bytearray, memoryview)):
        body = bytes(body[:MAX_BODY]).decode("utf-8", errors="replace")
    return body[:MAX_BODY].lstrip("\ufeff")


def _json(text: str) -> Any:
    t = text.strip()
    if not t or t[0] not in "{[":
        return None
    return loose.loads(t) if len(t) <= loose.MAX_SPAN else _strict(t)


def _strict(t: str) -> Any:
    """A body too large for the lenient readings: strict JSON only, depth-checked first."""
    if loose.too_deep(t):
        return None
    try:
        return json.loads(t)
    except (ValueError, RecursionError):
        return None


def _header_evidence(inp: Answer) -> None:
    aig = sorted(k for k in inp.headers if k.startswith(shapes.GATEWAY_HEADER_PREFIX))
    if aig:
        first = "cf-aig-log-id" if "cf-aig-log-id" in aig else aig[0]
        inp.evidence.append(f"header {first} present: the request passed through the gateway")
    elif inp.sent.via_gateway:
        inp.evidence.append("the request went to the gateway URL (no cf-aig-* response "
                            "header seen)")
    generic = [n for n, pattern in shapes.GENERIC_CLOUDFLARE_HEADERS
               if n in inp.headers and (pattern is None or rx(pattern).search(inp.headers[n]))]
    if generic and not aig:
        inp.evidence.append(
            f"header {' / '.join(generic)}: generic Cloudflare edge headers, not proof that the "
            "gateway answered (Groq sits behind Cloudflare too)")


# -- output --------------------------------------------------------------------------------------
def _answered(v: Verdict, inp: Answer) -> bool | None:
    """Whether the text shows a server answered (Diagnosis.answered): a status, an envelope or
    page some detector read, a relay's own words or a status-bound class; or that none did."""
    if inp.status is not None or v.answered or v.by not in _NO_ENVELOPE:
        return True
    if no_answer(inp) is not None:
        return False
    return None


def _finish(v: Verdict, inp: Answer) -> Diagnosis:
    situation = hints.situations(inp.sent.mode, inp.sent.sent_provider_key)
    variant = v.variant if v.variant is not None else v.code
    hint = hints.hint_for(v.origin, v.cause, situation, variant,
                          provider_context.hint_fields(v, inp))
    message = v.message
    if message is not None:
        message = " ".join(message.split())
        if len(message) > MAX_MESSAGE:
            message = message[:MAX_MESSAGE] + "..."
    assert v.cause in CAUSES
    return Diagnosis(
        answered=_answered(v, inp),
        origin=v.origin, cause=v.cause, status=inp.status, code=v.code,
        # Servers echo keys back (OpenAI: "Incorrect API key provided: sk-..."): anything
        # shaped like a credential is masked, known or not, by masking's one rule.
        message=mask_credentials(message) if message else None,
        hint=mask_credentials(hint),
        evidence=[mask_credentials(e) for e in dict.fromkeys([*inp.evidence, *v.evidence])],
    )
