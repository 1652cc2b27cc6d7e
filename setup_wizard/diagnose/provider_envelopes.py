"""Detectors for the providers' own error envelopes, most distinctive shape first.

Anthropic, Google, OpenRouter and Mistral each have a shape no one else sends; the
OpenAI-compatible family (Groq, OpenAI, ...) shares the loosest one, so it comes last and
its origin is weighed from markers (`provider_markers.py`). Within an envelope the cause
comes from the most specific field first: a code, then the provider's wording
(`phrases.py`), then the error type, then the HTTP status alone.
"""

from __future__ import annotations

import json
import re
from typing import Any, Final

from setup_wizard.config import providers
from setup_wizard.diagnose import markers, phrases, shapes
from setup_wizard.diagnose.diagnosis import PROVIDER_ORIGINS
from setup_wizard.diagnose.provider_markers import marker_scores, pick_origin, text_markers
from setup_wizard.diagnose.rx import rx
from setup_wizard.diagnose.verdict import MAX_MESSAGE, Answer, Relayed, Verdict, int_of, text_of


def _phrase_cause(v: Verdict, message: str | None) -> bool:
    """Set the cause from the provider's wording, if a row says it; True when one did."""
    said = " ".join((message or "").split())
    row = phrases.first_cause(said)
    if row is None or row.cause is None:
        return False
    v.cause = row.cause
    v.variant = row.variant or v.variant
    v.evidence.append(f"message: {row.said_in(said)}")
    return True


def anthropic(inp: Answer) -> Verdict | None:
    """docs/sources.md#anthropic-errors: top-level type "error" with error.type (or that inner
    object printed alone: {"type": "authentication_error", "message": ...})."""
    d = inp.data
    err = d.get("error") if isinstance(d, dict) else None
    # (its types are snake_case, "invalid_request_error"; a CamelCase one, OpenCode Zen's
    # "RegionError", is another server's in Anthropic's shape)
    if isinstance(d, dict) and d.get("type") == "error" and isinstance(err, dict) \
            and re.fullmatch(r"[a-z][a-z_]*", text_of(err.get("type")) or "") \
            and not _openai_fields(d, err):
        says = "body: top-level type 'error' with error.type (Anthropic's envelope)"
    elif isinstance(d, dict) and set(d) == {"error"} and isinstance(err, dict) and \
            set(err) == {"type", "message"} and (not inp.cut or text_of(err.get("type"))
                                                  not in shapes.ANTHROPIC_TYPES_OTHERS_WRITE) and \
            text_of(err.get("type")) in shapes.ANTHROPIC_TYPES \
            and err.get("type") not in shapes.SHARED_ERROR_TYPES:
        # The OpenAI family's error object always has code and param; an Anthropic-only type
        # with nothing else is Anthropic's envelope as it was before its top-level type (in a
        # cut-off body, whose code and param may be past the cut, only a type no other server
        # writes says so).
        says = ("body: {error: {type, message}} with an error type only Anthropic writes "
                "(its envelope before the top-level type 'error')")
    elif isinstance(d, dict) and set(d) <= {"type", "message"} and \
            text_of(d.get("type")) in shapes.ANTHROPIC_TYPES and \
            isinstance(d.get("message"), str) and not _message_first_shared(d) and \
            not _another_leads(inp, d):
        err = d
        says = "body: {type, message} with an Anthropic error type (the inner part of " \
               "Anthropic's envelope, printed alone)"
    else:
        return None
    assert isinstance(err, dict)
    etype = err["type"]
    if (m := shapes.CLIENT_LIBRARY_MESSAGE.fullmatch(text_of(err.get("message")) or "")):
        return _relayed_client_error(int(m.group(1)), etype, text_of(err.get("message")))
    v = Verdict("anthropic", "unknown", etype, text_of(err.get("message")))
    v.evidence.append(says)
    if not _phrase_cause(v, v.message):
        v.cause = shapes.ANTHROPIC_TYPES.get(etype, "unknown")
    rid = d.get("request_id") if isinstance(d, dict) else None
    if isinstance(rid, str) and len(rid) <= 200:
        # An id has no blanks: a terminal that wrapped the line (Claude Code's output: "req_011
        # CZqsSV" then the rest indented on the next line) put them there.
        rid = "".join(rid.split())
    masked = isinstance(rid, str) and len(rid) <= 80 and \
        shapes.MASKED_ID.fullmatch(rid.strip()) is not None
    if masked:
        rid = None  # masked before posting: neither Anthropic's nor another's, as if absent
    own_id = isinstance(rid, str) and shapes.ANTHROPIC_REQUEST_ID.fullmatch(rid) is not None
    rewritten = _rewritten_order(d, err)
    if rewritten and own_id:
        # Relays copy the envelope, not the request ids: a client re-printed Anthropic's body.
        v.evidence.append(f"keys in the order error, then type, but request_id {rid[:12]}... "
                          "is Anthropic's own form: its body, re-printed by a client")
    elif rewritten:
        # Anthropic writes `type` before `error` (its docs; every body of its own we hold), and
        # a printer that sorts keys would sort the inner object too: someone else wrote this.
        v.origin = "unknown"
        v.evidence.append("keys in the order error, then type (Anthropic writes type first, "
                          "and the inner keys are not sorted): another server writing "
                          "Anthropic's envelope; its headers (request-id req_011...) would "
                          "settle it")
    elif isinstance(rid, str) and rid and not own_id and not (inp.cut and
                                                              "req_".startswith(rid)):
        # (A cut-off body's last value may be Anthropic's id cut short: "req".)
        # Servers that speak Anthropic's API (MiniMax, relays, local servers) copy its
        # envelope, not its request ids: Anthropic's own are req_01... in mixed case.
        v.origin = "unknown"
        v.evidence.append(f"request_id {rid[:12]}... is not Anthropic's form (req_01..., "
                          "mixed case): another server writing Anthropic's envelope")
    elif _sorted_without_id(d, err, masked):
        # Go's encoding/json writes a map's keys sorted: sub2api and new-api's forks build
        # the envelope as a map, so it comes out error before type, message before type, and
        # without the request_id Anthropic puts in every body of its own (which a client
        # re-printing that body sorted would keep, between error and type).
        v.origin = "unknown"
        v.evidence.append("keys in sorted order (error, then type; message, then type) and no "
                          "request_id: a Go relay writing Anthropic's envelope as a map, not "
                          "Anthropic's body (which carries its request_id)")
    if v.origin == "anthropic" and (field := _foreign_field(d, err)) is not None:
        # (anthropic2 probe, family A2) A field Anthropic's body never has: a proxy wrote it.
        v.origin = "unknown"
        v.evidence.append(f"{field}: a field Anthropic's error body never has: another server "
                          "writing Anthropic's envelope (its words still say why)")
    if v.origin == "anthropic" and says.startswith("body: top-level") and \
            etype not in shapes.ANTHROPIC_TYPES:
        # Its error types are a closed list (its SDKs' ErrorType): another one (MiniMax's
        # authorized_error) is the server that borrowed the envelope.
        v.origin = "unknown"
        v.evidence.append(f"error.type {etype} is not one of Anthropic's (its SDKs' closed "
                          "list): another server writing Anthropic's envelope")
        if v.cause == "unknown" and (scause := shapes.status_cause(inp.status, False)):
            v.cause = scause
            v.evidence.append(f"cause from HTTP status {inp.status} only")
    return v


def _foreign_field(d: Any, err: dict[str, Any]) -> str | None:
    """The first of shapes.ANTHROPIC_FOREIGN_FIELDS the envelope holds, as the evidence names it:
    a proxy's own field beside Anthropic's (Antigravity-Manager's "id": "err_...")."""
    for where, name, whose, _source in shapes.ANTHROPIC_FOREIGN_FIELDS:
        holder = err if where == "error" else d
        if isinstance(holder, dict) and name in holder:
            return f"field {'error.' if where else ''}{name} ({whose})"
    return None


def _sorted_without_id(d: Any, err: dict[str, Any], masked: bool) -> bool:
    """Anthropic's envelope with every key sorted (error before type, the inner message
    before type), no request_id (not even a masked one) and nothing in the error object but
    the type and message the relay's map holds: a sorted print of Anthropic's own body keeps
    its other fields (`details`, in vim.inspect's print of an overloaded_error)."""
    if not isinstance(d, dict) or "type" not in d or "error" not in d or masked or \
            "request_id" in d or set(err) != {"message", "type"}:
        return False
    keys = list(d)
    return keys.index("error") < keys.index("type") and list(err) == sorted(err)


def _rewritten_order(d: Any, err: dict[str, Any]) -> bool:
    """Anthropic's envelope with `error` before `type`, its inner keys in no sorted order."""
    if not isinstance(d, dict) or "type" not in d or "error" not in d:
        return False
    keys = list(d)
    return keys.index("error") < keys.index("type") and list(err) != sorted(err)


def _host_outranks_shape(inp: Answer, scores: dict[str, int]) -> str | None:
    """The provider whose own host a URL in the text names (a host row, weight 3 or more), when
    it leads Mistral: the server that answered, over a body shape any FastAPI app writes."""
    for origin, weight, _says, kind in text_markers(inp):
        if kind == "host" and weight >= 3 and origin in PROVIDER_ORIGINS and \
                origin != "mistral" and scores.get(origin, 0) > scores.get("mistral", 0):
            return origin
    return None


def _relayed_by_router(inp: Answer, v: Verdict) -> None:
    """A self-hosted server's error (vLLM's) that a router carried back (LiteLLM's
    OpenrouterException around it, OpenRouter's host or ids beside it): the router answered
    the client, as it does with every upstream's error."""
    scores, _says = marker_scores(inp, None)
    router = scores.get("openrouter", 0)
    # (the upstream server's own marks, vLLM's log prefix or its ErrorResponse read as text,
    # count for another server: a tie with the router's is the body the router carried)
    if router >= 3 and scores.get(markers.RELAY, 0) <= router and \
            all(s < router for o, s in scores.items() if o not in ("openrouter", markers.RELAY)):
        v.origin = "openrouter"
        v.evidence.append("OpenRouter carried this upstream server's error back (its marks "
                          "around the body): OpenRouter answered")


def _relayed_client_error(status: int, etype: str, message: str | None) -> Verdict:
    """An Anthropic-shaped envelope around an HTTP client's own sentence ("Request failed with
    status code 400", axios's): the app or relay that caught it wrote the envelope; the
    answer it got is lost, and only its status says why."""
    v = Verdict("unknown", shapes.status_cause(status, provider_known=False) or "unknown",
                etype, message)
    v.evidence.append(f"body: an error envelope whose message is an HTTP client's own sentence "
                      f"(axios's, {shapes.CLIENT_LIBRARY_SOURCE}): whoever caught that client's "
                      f"error wrote it, so the error type ({etype}) does not name the sender")
    v.evidence.append("the answer behind it is lost: send the request again with `probe` to "
                      "see who refuses it")
    return v


def _openai_fields(d: dict[str, Any], err: dict[str, Any]) -> bool:
    """Anthropic's error object holds only `type` and `message`; one with OpenAI's `param` or
    `code`, or a ChatGPT plan's fields (`plan_type`, `resets_in_seconds`), or an event with a
    `sequence_number` (the Responses API's stream error event, `{"type": "error",
    "sequence_number": N, "error": {...}}`), is the OpenAI family's."""
    return "param" in err or "code" in err or "sequence_number" in d or \
        bool(shapes.CHATGPT_PLAN_FIELDS & set(err))


def _message_first_shared(d: dict[str, Any]) -> bool:
    """{message, type} in that order with a type the OpenAI family writes too: Anthropic
    serialises its inner object type first; Groq, OpenAI and the servers copying them write
    message first (groq3 probe: a flat Groq refusal quoted by a proxy). Only a type no one
    else writes makes such an object Anthropic's whatever its key order."""
    return d.get("type") in shapes.SHARED_ERROR_TYPES and next(iter(d), None) == "message"


def _another_leads(inp: Answer, d: dict[str, Any]) -> bool:
    """{type, message} alone with a type the OpenAI family writes too (invalid_request_error):
    Anthropic's inner object only when no other provider's markers clearly lead."""
    if d.get("type") not in shapes.SHARED_ERROR_TYPES:
        return False
    scores, _ = marker_scores(inp, None)
    best = max(scores.items(), key=lambda kv: kv[1], default=("anthropic", 0))
    return best[0] != "anthropic" and best[1] >= 2 and best[1] > scores.get("anthropic", 0)


def google(inp: Answer) -> Verdict | None:
    """docs/sources.md#google-errors: numeric error.code with an UPPER_SNAKE error.status."""
    err = inp.data.get("error") if isinstance(inp.data, dict) else None
    if _google_cut(inp, err):
        return _google_cut_verdict(inp, err)
    if not (isinstance(err, dict) and int_of(err.get("code")) is not None
            and isinstance(err.get("status"), str) and re.fullmatch(r"[A-Z_]+", err["status"])):
        return None
    reasons = [r for dt in err.get("details") or [] if isinstance(dt, dict)
               and isinstance(r := dt.get("reason"), str)]
    reason = next((r for r in reasons if r in shapes.GOOGLE_REASONS), None)
    v = Verdict("google", "unknown", reason or err["status"], text_of(err.get("message")))
    v.evidence.append("body: error.code is a number and error.status is UPPER_SNAKE "
                      "(google.rpc.Status: Google AI Studio)")
    worded = next(((r, cause) for r in reasons for pattern, cause, _src in
                   shapes.GOOGLE_REASON_WORDS if re.fullmatch(pattern, r)), None)
    if reason:
        v.cause = shapes.GOOGLE_REASONS[reason]
        v.evidence.append(f"error.details reason {reason}")
    elif worded is not None:
        v.cause = worded[1]
        v.evidence.append(f"error.details reason {worded[0]}: its words say {worded[1]}")
    elif not _phrase_cause(v, v.message):
        v.cause = shapes.GOOGLE_STATUSES.get(err["status"], "unknown")
        over = re.search(r"\blimit=(\d+), requested=(\d+)", v.message or "")
        if v.cause == "rate-limited" and over and int(over[2]) > int(over[1]):
            # one request larger than the whole limit: waiting does not help
            v.cause = "request-too-large"
            v.evidence.append(f"requested {over[2]} is over the limit {over[1]} by itself")
    return v


def _google_cut(inp: Answer, err: Any) -> bool:
    """A body cut off before its status: google.rpc.Status writes `code` first, then
    `message`, then `status`; OpenRouter writes `message` before `code`. Unless another
    provider's markers clearly lead, code-first is the likelier Google."""
    if not (inp.cut and isinstance(err, dict) and set(err) <= {"code", "message"} and
            next(iter(err), None) == "code" and int_of(err.get("code")) is not None and
            not isinstance(err.get("code"), str) and isinstance(inp.data, dict) and
            list(inp.data)[-1] == "error"):  # the error object is where the body was cut
        return False
    scores, _ = marker_scores(inp, None)
    best = max(scores.items(), key=lambda kv: kv[1], default=("google", 0))
    return best[0] == "google" or best[1] < 2


def _google_cut_verdict(inp: Answer, err: dict[str, Any]) -> Verdict:
    code = int_of(err.get("code"))
    v = Verdict("google", "unknown", None, text_of(err.get("message")))
    v.evidence.append("body: cut off before its status, error.code written before error.message "
                      "(google.rpc.Status's order; OpenRouter writes message first): likelier "
                      "Google; to settle it, the whole body (its UPPER_SNAKE status)")
    if not _phrase_cause(v, v.message):
        v.cause = shapes.status_cause(code or inp.status) or "unknown"
    return v


# OpenRouter's error metadata for an upstream's error: ProviderErrorMetadata {provider_name,
# raw}, with is_byok on newer bodies (docs/sources.md#openrouter-errors).
_METADATA_KEYS: Final = frozenset({"raw", "provider_name", "is_byok"})


def _router_metadata(d: dict[str, Any]) -> bool:
    """OpenRouter's error object alone: {message, code, metadata} whose metadata holds a key
    of its own (the upstream's raw body or name, a stream's error_type, a limit_source: what a
    stream's error event or a 200 body after routing carries)."""
    meta = d.get("metadata")
    return isinstance(meta, dict) and bool(set(shapes.OPENROUTER_OWN_METADATA) & set(meta)) \
        and set(d) <= {"message", "code", "metadata", "user_id"}


def _repr_with_user_id(inp: Answer, d: dict[str, Any]) -> bool:
    """{message, code} printed as the `error` extra of an openai SDK completion's repr, with
    OpenRouter's user_id right after it (its 200 that carries an error, as Python prints it)."""
    return set(d) <= {"message", "code", "metadata"} and \
        rx(shapes.OPENROUTER_REPR_ERROR_WITH_USER_ID).search(inp.context[:_REPR_SCAN]) is not None


_REPR_SCAN = 64 * 1024  # a completion's repr is looked for this far into the pasted text


def openrouter(inp: Answer) -> Verdict | None:
    """docs/sources.md#openrouter-errors: numeric error.code (= status) and no error.type; a
    relayed upstream error is "Provider returned error" with the raw body in metadata."""
    d = inp.data
    if d is None:
        return _openrouter_salvage(inp)
    if isinstance(d, dict) and {"raw", "provider_name"} <= set(d) <= _METADATA_KEYS and \
            text_of(d.get("provider_name")) and isinstance(d.get("raw"), (str, dict)):
        # Its ProviderErrorMetadata alone: the envelope around it cut off (a log excerpt that
        # starts inside the body) or not printed. The relayed body still gives the cause.
        v = Verdict("openrouter", "unknown", None, None)
        v.evidence.append("body: OpenRouter's error metadata alone (raw and provider_name; "
                          "the envelope around it was cut off or not printed)")
        raw = d["raw"]
        v.relayed = Relayed(inp.status, raw if isinstance(raw, str) else json.dumps(raw),
                            text_of(d.get("provider_name")))
        return v
    err = d.get("error") if isinstance(d, dict) else None
    if isinstance(d, dict) and d.get("object") == "chat.completion.chunk" and \
            isinstance(err, dict) and isinstance(d.get("provider"), str) and \
            "/" in str(d.get("model") or ""):
        # OpenRouter's error inside a stream: a chunk with the error at its top level beside
        # the provider it routed to and its vendor/model id, finish_reason "error" (a stream
        # answers 200, so the chunk is the answer; https://github.com/use-agent-os/agent-os/
        # issues/2214, https://github.com/damianvtran/local-operator/pull/223).
        v = Verdict("openrouter", "unknown", text_of(err.get("code")), text_of(err.get("message")))
        v.evidence.append("body: a stream chunk carrying an error beside 'provider' and a "
                          "vendor/model id (OpenRouter's error inside a stream)")
        if not _phrase_cause(v, v.message):
            generic = phrases.generic_cause(f"{v.message or ''} {v.code or ''}")
            v.cause = (generic.cause if generic and generic.cause else None) or \
                shapes.code_cause(v.code, None, v.message) or "unknown"
        return v
    if isinstance(err, dict) and isinstance(err.get("error"), dict) and \
            {"headers", "requestID"} <= set(err):
        # openai-node's APIError printed whole ({headers, requestID, error, code}): the body's
        # error object is its `error` (https://github.com/tailcallhq/forgecode/issues/1146)
        err = err["error"]
    unwrapped: str | None = None
    if isinstance(d, dict) and int_of(d.get("code")) is not None:
        # the relay envelope printed without its "error" wrapper (a stream's error event, as
        # clients print it): its message, its own metadata, or its user_id beside it
        if d.get("message") == shapes.OPENROUTER_RELAY_MESSAGE:
            unwrapped = "its relay message"
        elif _router_metadata(d):
            unwrapped = "metadata with a key of OpenRouter's own"
        elif _repr_with_user_id(inp, d):
            unwrapped = "OpenRouter's user_id right after it in the completion's repr"
        if unwrapped is not None:
            err = d
    if not (isinstance(err, dict) and int_of(err.get("code")) is not None
            and not isinstance(err.get("code"), str) and "type" not in err):
        return None
    if isinstance(err.get("status"), str):
        # A status name beside the code is google.rpc.Status's ("NOT_FOUND"), or the Gemini JS
        # SDK's wrapper for a body that was not JSON ("Not Found"): never OpenRouter's.
        return None
    status = int_of(err.get("code"))
    if status is not None and not 400 <= status <= 599:
        return None  # OpenRouter's code is the HTTP status; 14 or 9999 is someone else's
    message = text_of(err.get("message"))
    if next(iter(err)) == "code" and rx(shapes.GRPC_BACKEND_WORDS).search(message or ""):
        return None  # LocalAI's own failure, code first, in gRPC's words: not OpenRouter's
    if not ({"metadata", "user_id"} & {*err, *(d if isinstance(d, dict) else {})}) and \
            message != shapes.OPENROUTER_RELAY_MESSAGE:
        # {code, message} alone is also what a cut-off google.rpc body looks like: let the
        # markers speak when another provider clearly leads.
        scores, _ = marker_scores(inp, None)
        best = max(scores.items(), key=lambda kv: kv[1], default=("openrouter", 0))
        if best[0] != "openrouter" and best[1] >= 2 and best[1] > scores.get("openrouter", 0):
            return None
        if next(iter(err)) != shapes.OPENROUTER_FIRST_KEY and "message" in err and \
                not scores.get("openrouter"):
            return None  # written code first, nothing of OpenRouter's: another server's object
    v = Verdict("openrouter", "unknown", None, message)
    v.evidence.append("body: error.code is a number and error has no type (OpenRouter's "
                      "envelope)")
    if unwrapped is not None:
        v.evidence.append(f"body: its error object without the 'error' wrapper ({unwrapped}), "
                          "as a stream's error event or a 200 body carries it")
    meta = _metadata(err)
    raw = meta.get("raw")
    if message == shapes.OPENROUTER_RELAY_MESSAGE and raw is not None:
        # The relayed body is a whole answer of its own: `classify` reads it and copies its
        # cause here (a detector never calls the classifier that walks it).
        v.relayed = Relayed(status, raw if isinstance(raw, str) else json.dumps(raw),
                            text_of(meta.get("provider_name")))
        return v
    if meta.get("error_type") == "timeout":
        v.cause = "timeout"
        v.evidence.append("metadata.error_type timeout (the upstream did not answer in time)")
    elif not _phrase_cause(v, message):
        v.cause = shapes.OPENROUTER_STATUSES.get(status or 0) or \
            shapes.status_cause(status) or "unknown"
    return v


def _openrouter_salvage(inp: Answer) -> Verdict | None:
    """A relay envelope that does not parse (its raw upstream body was pasted unescaped, or
    cut off): "Provider returned error" with a numeric code is still OpenRouter's; so is a
    numeric code followed by OpenRouter's own metadata, whatever the message (the upstream's
    words, which say why, not who)."""
    t = inp.text[:64 * 1024].replace('\\"', '"')
    m = re.search(r'"message"\s*:\s*"Provider returned error"\s*,\s*"code"\s*:\s*(\d{3})', t)
    if m is None:
        return _router_metadata_salvage(t)
    status = int(m.group(1))
    v = Verdict("openrouter", "unknown", None, shapes.OPENROUTER_RELAY_MESSAGE)
    v.evidence.append("body: does not parse, but opens like OpenRouter's relay envelope "
                      "('Provider returned error' with a numeric code)")
    rest = t[m.end():]
    if not _phrase_cause(v, rest[:4000]):
        v.cause = shapes.OPENROUTER_STATUSES.get(status) or shapes.status_cause(status) or \
            "unknown"
    return v


def _router_metadata_salvage(t: str) -> Verdict | None:
    """(mistralor probe, family B) OpenRouter's envelope that does not parse, found by its
    `code: <status>, metadata: {<a key of its own>: ...` (it writes message, code, metadata in
    that order). Its message may be the upstream's own body (DeepInfra's vLLM refusal); the
    words of the whole object, that body's among them, give the cause before the status."""
    m = rx(shapes.OPENROUTER_CODE_THEN_METADATA).search(t)
    if m is None:
        return None
    status = int(m.group(1))
    v = Verdict("openrouter", "unknown", None, None)
    v.evidence.append("body: does not parse, but holds OpenRouter's envelope (a numeric code, "
                      "then metadata with its own keys): the words inside it are the "
                      "upstream's, relayed")
    if not _phrase_cause(v, t[max(0, m.start() - 4000):m.end() + 4000]):
        v.cause = shapes.OPENROUTER_STATUSES.get(status) or shapes.status_cause(status) or \
            "unknown"
    return v


def _metadata(err: dict[str, Any]) -> dict[str, Any]:
    for holder in (err, err.get("details")):
        if isinstance(holder, dict) and isinstance(holder.get("metadata"), dict):
            return holder["metadata"]
    return {}


def mistral(inp: Answer) -> Verdict | None:
    """docs/sources.md#mistral-errors: top-level object "error", a FastAPI `detail`, or
    {message, request_id} (32 hex) from the codestral endpoint."""
    d = inp.data
    if not isinstance(d, dict) or "error" in d:
        return None
    if d.get("object") == "Error" and (text_of(d.get("type")) or "detail" in d):
        # Mistral's current envelope: "Error" capitalised, with a numeric code of its own
        # (3001, 3201) and, for a validation failure, FastAPI's detail list beside it.
        message = d.get("message")
        if not isinstance(message, str):
            detail = d.get("detail")
            first = detail[0] if isinstance(detail, list) and detail else None
            message = text_of(first.get("msg")) if isinstance(first, dict) else None
        code = d.get("code")
        v = Verdict("mistral", "unknown", (str(code) if int_of(code) is not None else None)
                    or text_of(d.get("type")), message)
        v.evidence.append("body: top-level object 'Error' (Mistral's envelope, as its docs "
                          "show it)")
        if not _phrase_cause(v, v.message):
            etype = text_of(d.get("type")) or ""
            v.cause = (shapes.MISTRAL_TYPES.get(etype) or shapes.status_cause(inp.status)
                       or ("bad-request" if etype == "invalid_request_error" or "detail" in d
                           else "unknown"))
        return v
    if d.get("object") == "error" and ((int_of(d.get("code")) is not None and not isinstance(
            d.get("code"), str)) or re.fullmatch(r"[A-Z][a-z]+(?:[A-Z][a-z]+)*Error",
                                                str(d.get("type")))):
        # vLLM's OpenAI-compatible server: object "error" with an int code and an exception
        # class name as type (Mistral's codes are strings). Not an origin of ours.
        v = Verdict("unknown", "unknown", None, text_of(d.get("message")))
        v.evidence.append("body: object 'error' with an integer code and a class-name type "
                          "(vLLM's OpenAI-compatible server, not Mistral's)")
        code = int_of(d.get("code"))
        if (fastchat := shapes.FASTCHAT_CODES.get(code or 0)) is not None:
            # FastChat's own code names the failure more sharply than the status it came with
            # (mistralor probe, family F)
            v.cause = fastchat
            v.evidence.append(f"code {code}: FastChat's own error code ({fastchat}), sharper "
                              "than the HTTP status")
        elif not _phrase_cause(v, v.message):
            generic = phrases.generic_cause(v.message)
            # (FastChat's codes of its own, 40001 or 50001, are no HTTP status: the status the
            # text printed beside the body is; round 16, status 4)
            status = code if code is not None and 100 <= code <= 599 else inp.status
            v.cause = shapes.status_cause(status, False) or \
                (generic.cause if generic else None) or "unknown"
        _relayed_by_router(inp, v)
        return v
    if d.get("object") == "error":
        etype = text_of(d.get("type"))
        v = Verdict("mistral", "unknown", text_of(d.get("code")) or etype,
                    text_of(d.get("message")))
        v.evidence.append("body: top-level object 'error' (Mistral's envelope)")
        if not _phrase_cause(v, v.message):
            generic = phrases.generic_cause(v.message)
            v.cause = (shapes.MISTRAL_TYPES.get(etype or "") or shapes.status_cause(inp.status)
                       or (generic.cause if generic else None) or "unknown")
        return v
    if "detail" in d and set(d) <= {"detail", "request_id"} and \
            isinstance(d["detail"], (str, list)):
        # Mistral's detail is a string ("Unauthorized") or FastAPI's validation list; a detail
        # object ({"message", "code"}) is some other FastAPI app's own (ChatGPT's web backend).
        detail = d["detail"]
        message = detail if isinstance(detail, str) else json.dumps(detail)[:MAX_MESSAGE]
        v = Verdict("mistral", "unknown", None, message)
        v.evidence.append("body: FastAPI-style 'detail' only (the shape of Mistral's "
                          "api.mistral.ai)")
        own = shapes.FASTAPI_OWN_DETAILS.get(detail) if isinstance(detail, str) else None
        if own is not None:
            # FastAPI's own answer (a path it does not serve, a missing bearer token): every
            # FastAPI server sends it, Mistral's among them; it says why, not who.
            v.origin, v.cause, v.variant = "unknown", own[0], own[1]
            v.evidence.append(f"detail {detail!r}: FastAPI's own answer (any FastAPI server "
                              "writes it): it says why, not who"
                              + ("; the base URL is wrong, and the host in OPENAI_BASE_URL "
                                 "says who answered" if own[1] == "invalid-url" else ""))
        else:
            scores = marker_scores(inp, None)[0]
            phrase = isinstance(detail, str) and detail in shapes.STARLETTE_DEFAULT_DETAILS
            if phrase and detail in shapes.MISTRAL_DETAILS and scores.get("mistral", 0) < 2:
                # Mistral sends it, but so does every FastAPI server: Starlette's default
                # detail, the status's reason phrase (openai2 probe, family 6).
                v.origin = "unknown"
                v.evidence[-1] = (
                    f"body: FastAPI-style 'detail' holding the status's reason phrase "
                    f"({detail!r}): Starlette's default for an error without words, any FastAPI "
                    "server's; nothing else here says Mistral")
            elif isinstance(detail, str) and detail not in shapes.MISTRAL_DETAILS \
                    and scores.get("mistral", 0) < 2:
                # A sentence api.mistral.ai is not known to send, such as a server's own
                # unexpected failure (Llama Stack, self-hosted apps): every FastAPI server
                # writes this shape, and nothing else here says Mistral.
                v.origin = "unknown"
                v.evidence[-1] = (
                    "body: FastAPI-style 'detail' with 'Internal server error...': a FastAPI "
                    "server's own failure (any FastAPI server writes it), not Mistral's wording"
                    if re.match(r"(?i)internal server error\b", detail) else
                    "body: FastAPI-style 'detail' with a sentence api.mistral.ai is not known "
                    "to send: any FastAPI server writes this shape, so it says why, not who")
            elif (host := _host_outranks_shape(inp, scores)) is not None:
                # A detail Mistral sends too ("Unauthorized") is FastAPI's generic shape; the
                # URL of another provider's own server in the same line (ChatGPT's backend,
                # in Codex's "unexpected status ..., url: ...") says who answered.
                v.origin = host
                v.evidence.append(f"a URL of {host}'s own servers in the text outranks the "
                                  "detail shape, which any FastAPI server writes")
            if v.origin == "unknown":
                # Another provider's own FastAPI server (ChatGPT's Codex backend) in its own
                # words: those words say who, as they would in any other shape; with no such
                # words, the provider the request is known to have gone to (probe, --env-file)
                # answered, as in the OpenAI-style envelope (openai2 probe, family 6).
                says: list[str] = []
                who = pick_origin(inp, scores, says)
                sent = providers.get(inp.sent.provider) if inp.sent.provider else None
                if who in PROVIDER_ORIGINS and (scores.get(who, 0) >= 2 or (
                        sent is not None and sent.origin == who)):
                    v.origin = who
                    v.evidence.extend(says)
            generic = phrases.generic_cause(message)
            if isinstance(detail, str) and _phrase_cause(v, detail):
                pass
            elif (scause := shapes.status_cause(inp.status)) is not None:
                sharper = phrases.sharper_than_status(scause, generic)
                v.cause = sharper.cause if sharper and sharper.cause else scause
                v.evidence.append(f"cause from HTTP status {inp.status} only" if sharper is None
                                  else f"detail: {sharper.says}: the {inp.status} "
                                  f"{phrases.sharper_why(scause)}")
            elif generic is not None and generic.cause:
                v.cause = generic.cause
            elif isinstance(detail, list):
                v.cause = "bad-request"
        return v
    if set(d) == {"message", "request_id"} and re.fullmatch(
            r"[0-9a-f]{32}", str(d.get("request_id"))):
        v = Verdict("mistral", "unknown", None, text_of(d.get("message")))
        v.evidence.append("body: {message, request_id of 32 hex} (Mistral's codestral "
                          "endpoint)")
        if v.message == "Unauthorized":
            v.cause = "provider-auth-invalid"
        else:
            v.cause = shapes.status_cause(inp.status) or "unknown"
        return v
    return None


_LIMIT_CAUSES = ("rate-limited", "quota-exhausted")


def openai_family(inp: Answer) -> Verdict | None:
    """docs/sources.md#groq-errors: {"error": {"message", "type", "code"}} — Groq, OpenAI, ..."""
    err = inp.data.get("error") if isinstance(inp.data, dict) else None
    alone = err is None and _error_object_alone(inp.data)
    if alone:
        err = inp.data
    if not (isinstance(err, dict) and isinstance(err.get("message"), str)):
        return None
    code = text_of(err.get("code"))
    etype = text_of(err.get("type"))
    message = err["message"]
    scores, says = marker_scores(inp, err)
    origin = pick_origin(inp, scores, says)
    v = Verdict(origin, "unknown", code, message)
    v.evidence.append("body: the error object alone, {message, type, param, code} (what the "
                      "OpenAI-style SDKs keep as the exception's body: Groq, OpenAI and others)"
                      if alone else "body: error is an object with message/type "
                      "(OpenAI-compatible envelope: Groq, OpenAI and others)")
    v.evidence.extend(says)
    if origin != "unknown" and shapes.param_holds_a_key(err):
        # (openai2 probe, family 7) OpenAI's param names a parameter; a key there is a relay's.
        v.origin = "unknown"
        v.evidence.append("error.param holds a key, not a parameter's name: a relay wrote this "
                          "envelope (OpenAI's param names the field it refuses), whatever words "
                          "it copies")
    if markers.label_over_own_bug(message):
        # LiteLLM's own Python error under its provider label: its exception mapper chose the
        # status and the code, so neither says why (markers.LABEL_OVER_OWN_BUG).
        v.evidence.append("message: LiteLLM's provider label over its own Python runtime "
                          "error: the status and code are LiteLLM's mapping, no cause from them")
        return v
    ccause = shapes.code_cause(code, inp.status, message)
    if ccause and inp.status == 429 and ccause not in _LIMIT_CAUSES:
        # A 429 is a limit (RFC 6585); a code that says otherwise was kept by a relay that
        # rewrote the answer (new-api's "upstream saturated" over code model_not_found).
        v.evidence.append(f"error.code {code} contradicts HTTP 429: the status says why")
        ccause = None
    if ccause:
        v.cause = ccause
        v.evidence.append(f"error.code {code}" + (f" with HTTP {inp.status}" if inp.status
                                                  else ""))
    elif (trow := shapes.type_cause(etype, inp.status)) is not None:
        v.cause = trow.cause
        v.evidence.append(f"error.type {etype}")
    elif _phrase_cause(v, message):
        pass
    elif origin == "anthropic" and etype in shapes.ANTHROPIC_TYPES:
        v.cause = shapes.ANTHROPIC_TYPES[etype]
        v.evidence.append(f"error.type {etype} (Anthropic's error types)")
    elif (scause := shapes.status_cause(status := inp.status if inp.status is not None else
                                        _status_in_code(err), origin in PROVIDER_ORIGINS)) \
            is not None:
        sharper = phrases.sharper_than_status(scause, phrases.generic_cause(message))
        v.cause = sharper.cause if sharper and sharper.cause else scause
        said = (f"HTTP status {status}" if inp.status is not None else
                f"error.code {status}, the HTTP status the server wrote into its body,")
        v.evidence.append(f"cause from {said} only" if sharper is None else
                          f"message: {sharper.says}: the {status} "
                          f"{phrases.sharper_why(scause)}")
    elif (generic := phrases.generic_cause(f"{message} {etype or ''} {code or ''}")) is not None:
        v.cause = generic.cause or "unknown"
        v.evidence.append(f"message: {generic.says} (a common error word, not a provider's)")
    return v


def _status_in_code(err: dict[str, Any]) -> int | None:
    """An error.code that is a JSON number of an HTTP error status (Perplexity's, vLLM's and
    llama.cpp's servers write the status there: "code": 400); a string code is a name or a
    vendor's own number (tools probe, family G)."""
    code = err.get("code")
    return code if isinstance(code, int) and not isinstance(code, bool) and \
        400 <= code <= 599 else None


def _error_object_alone(d: Any) -> bool:
    """The OpenAI-style error object without its {"error": ...} wrapper: the Stainless SDKs
    (openai, groq) keep that inner object as the exception's `body` / `error`, and apps log
    it as is. A message with a type or a code, and no field the envelope does not have."""
    if not (isinstance(d, dict) and isinstance(d.get("message"), str) and
            set(d) <= shapes.OPENAI_ERROR_FIELDS):
        return False
    named = [v for k in ("type", "code") if (v := text_of(d.get(k))) is not None]
    # A type or code is a bare token; `Some("x")` is Rust's Debug, read as a printed code.
    return bool(named) and all(re.fullmatch(r"[\w.-]+", v) for v in named)
