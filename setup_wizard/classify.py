"""Who answered, and why: one pure function from (status, headers, body, what was sent).

The decision rests on the body's envelope and on the `cf-aig-*` and provider headers, in
the order of ../shared/reference/cloudflare-ai-gateway.md §6.6 and providers.md §8, never on
`server: cloudflare` or `cf-ray` (Groq itself sits behind Cloudflare). When the shape does
not say, the answer is origin/cause `unknown` with the evidence. The shapes are data in
`shapes.py`, the next steps in `hints.py`; this module only walks them. It is longer than
most modules because it is one ordered decision list: split, the order would be hard to see.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from setup_wizard import hints, providers, shapes
from setup_wizard.diagnosis import CAUSES, PROVIDER_ORIGINS, Diagnosis, Sent
from setup_wizard.masking import mask

__all__ = ["FAILURE_CAUSES", "classify", "classify_failure", "redact_key_like"]

FAILURE_CAUSES = frozenset({"timeout", "dns-failure", "connection-refused", "tls-error",
                            "unknown"})
MAX_BODY = 1024 * 1024  # what the probe reads at most; more is never looked at
MAX_MESSAGE = 400


@dataclass
class _Verdict:
    origin: str
    cause: str
    code: int | str | None = None
    message: str | None = None
    variant: str | int | None = None  # picks a more specific hint (defaults to `code`)
    evidence: list[str] = field(default_factory=list)
    fields: dict[str, str] = field(default_factory=dict)  # extra hint fields (zone, ...)


@dataclass
class _Input:
    status: int | None
    headers: dict[str, str]
    text: str
    data: Any  # parsed JSON, or None
    sent: Sent
    evidence: list[str] = field(default_factory=list)


# -- public --------------------------------------------------------------------------------------
def classify(status: int | None, headers: Mapping[str, str], body: bytes | str,
             sent: Sent | None = None) -> Diagnosis:
    """Classify one HTTP answer. Pure: no I/O, never raises on odd input."""
    inp = _Input(status, {str(k).lower(): str(v) for k, v in headers.items()},
                 _decode(body), None, sent or Sent())
    inp.data = _json(inp.text)
    _header_evidence(inp)
    verdict = None
    for rule in _RULES:
        verdict = rule(inp)
        if verdict is not None:
            break
    assert verdict is not None  # _fallback always answers
    _refine_model(verdict, inp)
    return _finish(verdict, inp)


def classify_failure(cause: str, detail: str, sent: Sent | None = None) -> Diagnosis:
    """No HTTP answer (timeout, DNS, refused, TLS, reset, empty or non-HTTP): origin network."""
    sent = sent or Sent()
    if cause not in FAILURE_CAUSES:
        detail = f"{cause}: {detail}"
        cause = "unknown"
    detail = redact_key_like(" ".join(str(detail).split()))
    hint = hints.hint_for("network", cause, hints.situations(sent.mode, sent.sent_provider_key),
                          None, {"detail": detail})
    return Diagnosis(origin="network", cause=cause, status=None, code=None, message=None,
                     hint=hint, evidence=[f"no HTTP answer: {detail}" if detail
                                          else "no HTTP answer"])


def redact_key_like(text: str) -> str:
    """Mask anything shaped like an API key or bearer token, known or not."""
    return shapes.KEY_LIKE.sub(lambda m: mask(m.group(0)), text)


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
    try:
        return json.loads(t)
    except ValueError:
        return None


def _header_evidence(inp: _Input) -> None:
    aig = sorted(k for k in inp.headers if k.startswith(shapes.GATEWAY_HEADER_PREFIX))
    if aig:
        first = "cf-aig-log-id" if "cf-aig-log-id" in aig else aig[0]
        inp.evidence.append(f"header {first} present: the request passed through the gateway")
    elif inp.sent.via_gateway:
        inp.evidence.append("the request went to the gateway URL (no cf-aig-* response "
                            "header seen)")
    generic = [n for n, pattern in shapes.GENERIC_CLOUDFLARE_HEADERS
               if n in inp.headers and (pattern is None or re.search(pattern, inp.headers[n]))]
    if generic and not aig:
        inp.evidence.append(
            f"header {' / '.join(generic)}: generic Cloudflare edge headers, not proof that the "
            "gateway answered (Groq sits behind Cloudflare too)")


def _s(value: Any) -> str | None:
    return value if isinstance(value, str) and value else None


def _int(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.isdigit():
        return int(value)
    return None


# -- rules, in order -------------------------------------------------------------------------------
def _edge(inp: _Input) -> _Verdict | None:
    """CF §6.5 / PV §8 rule 1: bare 'error code: 1xxx', Cloudflare HTML pages, 5xx JSON."""
    d = inp.data
    if isinstance(d, dict) and d.get("cloudflare_error") is True:
        code = _int(d.get("error_code")) or _int(d.get("status"))
        zone = _s(d.get("zone"))
        v = _Verdict("cloudflare-edge", shapes.edge_cause(code, inp.status), code,
                     _s(d.get("title")) or _s(d.get("detail")))
        v.evidence.append("body: JSON with cloudflare_error: true (Cloudflare edge error page, "
                          f"{shapes.EDGE_JSON_SOURCE})")
        _zone(v, zone)
        return v
    m = shapes.EDGE_TEXT_CODE.match(inp.text) if d is None else None
    if m:
        code = int(m.group(1))
        v = _Verdict("cloudflare-edge", shapes.edge_cause(code, inp.status), code,
                     inp.text.strip())
        v.evidence.append(f"body: bare text 'error code: {code}' (Cloudflare edge, "
                          f"{shapes.EDGE_TEXT_SOURCE})")
        return v
    if d is not None or not re.search(r"(?i)<(?:!doctype html|html|head|title|body)\b", inp.text):
        return None
    found = [mk for mk in shapes.EDGE_HTML_MARKERS if re.search(mk.pattern, inp.text)]
    title_m = re.search(r"(?is)<title>(.*?)</title>", inp.text)
    title = " ".join(title_m.group(1).split()) if title_m else None
    if not found:
        v = _Verdict("unknown", "unknown", None, title)
        v.evidence.append("body: an HTML page with no Cloudflare marker (not a JSON API answer)")
        return v
    code = next((int(c.group(1)) for p in shapes.EDGE_HTML_CODE
                 if (c := re.search(p, inp.text))), None)
    zone = next((z.group(1) for p in shapes.EDGE_HTML_HOST
                 if (z := re.search(p, inp.text, re.IGNORECASE))), None)
    v = _Verdict("cloudflare-edge", shapes.edge_cause(code, inp.status), code, title)
    v.evidence.extend(f"body: {mk.says}" for mk in found)
    _zone(v, zone)
    return v


def _zone(v: _Verdict, zone: str | None) -> None:
    if not zone:
        return
    own = zone.lower() == "gateway.ai.cloudflare.com"
    whose = "the gateway's host" if own else "the provider's or another site's own Cloudflare " \
        "zone, not your gateway"
    v.evidence.append(f"zone/host {zone}: {whose}")
    v.fields["zone"] = f" (Cloudflare in front of {zone})"


def _gateway(inp: _Input) -> _Verdict | None:
    """CF §6.2 / §6.6 rule 1: `error` is an array of {code,message}, or name AiGatewayError."""
    d = inp.data
    says: str
    if isinstance(d, list) and d and all(isinstance(e, dict) and "code" in e for e in d):
        errors, top = d, {}
        says = ("body: a bare array of {code,message} (the SDK's rendering of the AI Gateway "
                "envelope's error field)")
    elif isinstance(d, dict) and (d.get("name") == "AiGatewayError" or "internalCode" in d or (
            isinstance(d.get("error"), list) and d.get("success") is False)):
        errors = d.get("error") if isinstance(d.get("error"), list) else []
        top = d
        says = ("body: name AiGatewayError (AI Gateway envelope)" if d.get("name") ==
                "AiGatewayError" else "body: error is an array of {code,message} (AI Gateway "
                "envelope)")
    else:
        return _gateway_salvage(inp)
    first = next((e for e in errors if isinstance(e, dict)), {})
    code = _int(top.get("internalCode")) or _int(first.get("code"))
    message = _s(first.get("message")) or _s(top.get("message"))
    return _gateway_verdict(inp, code, message, says)


def _gateway_salvage(inp: _Input) -> _Verdict | None:
    """A truncated or malformed body that still shows the gateway envelope's opening."""
    if inp.data is not None:
        return None
    m = re.search(r'"error"\s*:\s*\[\s*\{\s*"code"\s*:\s*(\d+)', inp.text)
    if not m and '"name":"AiGatewayError"' not in inp.text.replace(" ", ""):
        return None
    code = int(m.group(1)) if m else None
    msg = re.search(r'"message"\s*:\s*"([^"]{1,300})"', inp.text)
    return _gateway_verdict(inp, code, msg.group(1) if msg else None,
                            "body: does not parse as JSON (truncated?) but opens like the AI "
                            "Gateway envelope")


def _gateway_verdict(inp: _Input, code: int | None, message: str | None,
                     says: str) -> _Verdict:
    row = shapes.GATEWAY_CODES.get(code) if code is not None else None
    v = _Verdict("cloudflare-gateway", row.cause if row else "unknown", code, message)
    v.evidence.append(says)
    if row:
        cause = next((c for p, c in row.by_message if message and re.search(p, message)),
                     row.cause)
        v.cause = cause
        sure = "" if row.sure != "claim" else ", a third party's claim, UNCONFIRMED"
        v.evidence.append(f"gateway code {code}: {row.meaning} ({row.source}{sure})")
    elif code is not None:
        v.evidence.append(f"gateway code {code} is not in this tool's table (UNCONFIRMED meaning)")
    if code == 2009 and inp.sent.sent_gateway_token is False:
        v.evidence.append("no cf-aig-authorization header was sent")
    if code == 2008 and inp.sent.model:
        prefix = inp.sent.model.partition("/")[0]
        right = providers.COMPAT_PREFIX_ALIASES.get(prefix)
        if right:
            v.fields["prefix_fix"] = f" ('{prefix}/' should be '{right}/')"
    return v


def _api_v4(inp: _Input) -> _Verdict | None:
    """CF §6.4 / §6.6 rule 2: `errors` (plural) list with `success`/`result`."""
    d = inp.data
    if not (isinstance(d, dict) and isinstance(d.get("errors"), list)
            and ("success" in d or "result" in d)):
        return None
    errors = [e for e in d["errors"] if isinstance(e, dict)]
    codes = [c for e in errors if (c := _int(e.get("code"))) is not None]
    known = next((c for c in codes if c in shapes.API_V4_CODES), None)
    code = known if known is not None else (codes[0] if codes else None)
    first = next((e for e in errors if _int(e.get("code")) == code), errors[0] if errors else {})
    row = shapes.API_V4_CODES.get(known) if known is not None else None
    v = _Verdict("cloudflare-api", row.cause if row else "unknown", code,
                 _s(first.get("message")))
    v.evidence.append("body: errors (plural) array with success/result (Cloudflare API v4 "
                      "envelope: api.cloudflare.com, or Workers AI upstream through the gateway)")
    if row:
        v.evidence.append(f"Cloudflare API code {known}: {row.meaning} ({row.source})")
    return v


def _anthropic(inp: _Input) -> _Verdict | None:
    """PV §3 / §8 rule 3: top-level type "error" with error.type."""
    d = inp.data
    err = d.get("error") if isinstance(d, dict) else None
    if not (isinstance(d, dict) and d.get("type") == "error" and isinstance(err, dict)
            and _s(err.get("type"))):
        return None
    etype = err["type"]
    v = _Verdict("anthropic", shapes.ANTHROPIC_TYPES.get(etype, "unknown"), etype,
                 _s(err.get("message")))
    v.evidence.append("body: top-level type 'error' with error.type (Anthropic envelope, "
                      f"{shapes.ANTHROPIC_ERRORS})")
    return v


def _google(inp: _Input) -> _Verdict | None:
    """PV §6 / §8 rule 4: numeric error.code with an UPPER_SNAKE error.status."""
    err = inp.data.get("error") if isinstance(inp.data, dict) else None
    if not (isinstance(err, dict) and _int(err.get("code")) is not None
            and isinstance(err.get("status"), str) and re.fullmatch(r"[A-Z_]+", err["status"])):
        return None
    reasons = [r for dt in err.get("details") or [] if isinstance(dt, dict)
               and isinstance(r := dt.get("reason"), str)]
    reason = next((r for r in reasons if r in shapes.GOOGLE_REASONS), None)
    cause = (shapes.GOOGLE_REASONS[reason] if reason
             else shapes.GOOGLE_STATUSES.get(err["status"], "unknown"))
    v = _Verdict("google", cause, reason or err["status"], _s(err.get("message")))
    v.evidence.append("body: error.code is a number and error.status is UPPER_SNAKE "
                      f"(google.rpc.Status, Google AI Studio; {shapes.GOOGLE_SOURCE})")
    if reason:
        v.evidence.append(f"error.details reason {reason}")
    return v


def _openrouter(inp: _Input) -> _Verdict | None:
    """PV §4 / §8 rule 5: numeric error.code (= status) and no error.type."""
    d = inp.data
    err = d.get("error") if isinstance(d, dict) else None
    if not (isinstance(err, dict) and _int(err.get("code")) is not None
            and not isinstance(err.get("code"), str) and "type" not in err):
        return None
    status = _int(err.get("code"))
    message = _s(err.get("message"))
    v = _Verdict("openrouter", "unknown", None, message)
    v.evidence.append("body: error.code is a number and error has no type (OpenRouter "
                      f"envelope, {shapes.OPENROUTER_ERRORS})")
    meta = err.get("metadata") if isinstance(err.get("metadata"), dict) else {}
    raw = meta.get("raw")
    if message == shapes.OPENROUTER_RELAY_MESSAGE and raw is not None:
        upstream = classify(status, {}, raw if isinstance(raw, str) else json.dumps(raw))
        name = _s(meta.get("provider_name")) or upstream.origin
        v.cause, v.code = upstream.cause, upstream.code
        v.evidence.append(f"OpenRouter relayed an error from {name}: cause read from "
                          "error.metadata.raw")
        return v
    row = _message_row(message)
    v.cause = row.cause if row else shapes.OPENROUTER_STATUSES.get(status or 0, "unknown")
    return v


def _mistral(inp: _Input) -> _Verdict | None:
    """PV §5 / §8 rule 6: top-level object "error", or a FastAPI `detail`."""
    d = inp.data
    if not isinstance(d, dict) or "error" in d:
        return None
    if d.get("object") == "error":
        etype = _s(d.get("type"))
        cause = shapes.MISTRAL_TYPES.get(etype or "") or _status_cause(inp.status) or "unknown"
        v = _Verdict("mistral", cause, _s(d.get("code")) or etype, _s(d.get("message")))
        v.evidence.append("body: top-level object 'error' (Mistral envelope, "
                          f"{shapes.MISTRAL_SOURCE})")
        return v
    if "detail" in d and set(d) <= {"detail", "request_id"}:
        detail = d["detail"]
        message = detail if isinstance(detail, str) else json.dumps(detail)[:MAX_MESSAGE]
        cause = _status_cause(inp.status) or ("bad-request" if isinstance(detail, list)
                                              else "unknown")
        v = _Verdict("mistral", cause, None, message)
        v.evidence.append("body: FastAPI-style 'detail' only (Mistral's api.mistral.ai shape, "
                          "PV §5)")
        if _status_cause(inp.status):
            v.evidence.append(f"cause from HTTP status {inp.status} only")
        return v
    return None


def _openai_family(inp: _Input) -> _Verdict | None:
    """PV §1.4, §2, §8 rule 7: {"error": {"message", "type", "code"}} — Groq, OpenAI, ..."""
    err = inp.data.get("error") if isinstance(inp.data, dict) else None
    if not (isinstance(err, dict) and isinstance(err.get("message"), str)):
        return None
    code = _s(err.get("code"))
    etype = _s(err.get("type"))
    message = err["message"]
    scores, says = _marker_scores(inp, err)
    origin = _pick_origin(inp, scores, says)
    v = _Verdict(origin, "unknown", code, message)
    v.evidence.append("body: error is an object with message/type (OpenAI-compatible "
                      "envelope: Groq, OpenAI and others)")
    v.evidence.extend(says)
    row = _code_row(code, inp.status)
    if row:
        v.cause = row.cause
        v.evidence.append(f"error.code {code}" + (f" with HTTP {inp.status}" if
                                                  row.when_status else "") + f" ({row.source})")
    elif etype in shapes.OPENAI_FAMILY_TYPES:
        v.cause = shapes.OPENAI_FAMILY_TYPES[etype].cause
        v.evidence.append(f"error.type {etype}")
    elif (mrow := _message_row(message)) is not None:
        v.cause, v.variant = mrow.cause, mrow.variant
        v.evidence.append(f"message matches '{mrow.pattern}' ({mrow.source})")
    elif (scause := _status_cause(inp.status)) is not None:
        v.cause = scause
        v.evidence.append(f"cause from HTTP status {inp.status} only")
    elif inp.status is not None and inp.status >= 500:
        v.cause = "provider-server-error"
    return v


def _success(inp: _Input) -> _Verdict | None:
    """A 2xx with a completion or a model list: ok, from the provider."""
    if inp.status is None or not 200 <= inp.status < 300:
        return None
    d = inp.data
    if isinstance(d, dict) and ("choices" in d or (d.get("object") == "list"
                                                    and isinstance(d.get("data"), list))):
        what = "a chat completion" if "choices" in d else "a model list"
        scores, says = _marker_scores(inp, None)
        v = _Verdict(_pick_origin(inp, scores, says), "ok")
        v.evidence.append(f"HTTP {inp.status} with {what}")
        v.evidence.extend(says)
        return v
    v = _Verdict("unknown", "unknown")
    v.evidence.append(f"HTTP {inp.status} but the body is not a completion or a model list")
    return v


def _fallback(inp: _Input) -> _Verdict:
    """No envelope: only markers, the message text or the status can say anything."""
    if inp.status is not None and 300 <= inp.status < 400:
        loc = inp.headers.get("location")
        v = _Verdict("unknown", "unknown", variant="redirect")
        v.evidence.append(f"HTTP {inp.status} redirect" + (f" to {loc}" if loc else ""))
        if loc:
            v.fields["location"] = f" to {loc}"
        return v
    scores, says = _marker_scores(inp, None)
    text = inp.text.strip()
    row = _message_row(text) if text and inp.data is None else None
    decided = [o for o, s in scores.items() if s >= 2]
    origin = _pick_origin(inp, scores, says) if (row or decided) else "unknown"
    message = text[:MAX_MESSAGE] if row else None
    v = _Verdict(origin, "unknown", None, message)
    if not text:
        v.evidence.append("empty body")
    elif inp.data is not None:
        v.evidence.append("body: JSON with no error envelope this tool knows")
    elif text[0] in "{[":
        v.evidence.append("body: looks like JSON but does not parse (truncated?)")
    else:
        v.evidence.append("body: plain text, no JSON envelope")
    v.evidence.extend(says)
    if row:
        v.cause, v.variant = row.cause, row.variant
        v.evidence.append(f"text matches '{row.pattern}' ({row.source})")
    elif origin in PROVIDER_ORIGINS:
        if inp.status is not None and inp.status >= 500:
            v.cause = "provider-server-error"
            v.evidence.append(f"HTTP {inp.status} from {origin} (no body)")
        elif (scause := _status_cause(inp.status)) is not None:
            v.cause = scause
            v.evidence.append(f"cause from HTTP status {inp.status} only")
    if v.origin == "unknown" and inp.status is not None:
        v.evidence.append(f"HTTP {inp.status} alone does not say who answered")
    return v


# Order matters (CF §6.6, PV §8): edge pages first, then the Cloudflare envelopes, then the
# providers, the OpenAI-compatible family last because its shape is the loosest.
_RULES: tuple[Callable[[_Input], _Verdict | None], ...] = (
    _edge, _gateway, _api_v4, _anthropic, _google, _openrouter, _mistral, _openai_family,
    _success, _fallback,
)


# -- helpers ---------------------------------------------------------------------------------------
def _code_row(code: str | None, status: int | None) -> shapes.CauseRow | None:
    for row in shapes.OPENAI_FAMILY_CODES.get(code or "", ()):
        if row.when_status is None or row.when_status == status:
            return row
    return None


def _message_row(message: str | None) -> shapes.MessageRow | None:
    if not message:
        return None
    return next((r for r in shapes.MESSAGE_CAUSES if re.search(r.pattern, message)), None)


def _status_cause(status: int | None) -> str | None:
    return shapes.STATUS_CAUSES.get(status) if status is not None else None


def _marker_scores(inp: _Input, err: dict[str, Any] | None) -> tuple[dict[str, int], list[str]]:
    """Points per provider from headers and, for OpenAI-style bodies, from the body."""
    scores: dict[str, int] = {}
    says: list[str] = []

    def add(origin: str, weight: int, text: str) -> None:
        scores[origin] = scores.get(origin, 0) + weight
        says.append(text)

    for hm in shapes.HEADER_MARKERS:
        value = inp.headers.get(hm.name)
        if value is not None and (hm.value is None or re.fullmatch(hm.value, value.strip())):
            add(hm.origin, hm.weight, hm.says)
    for bm in shapes.BODY_MARKERS:
        if re.search(bm.pattern, inp.text):
            add(bm.origin, bm.weight, f"body: {bm.says}")
    if err is not None:
        code = _s(err.get("code"))
        if code in shapes.GROQ_ONLY_CODES:
            add("groq", 2, f"error.code {code} is sent by Groq only")
        if "param" in err:
            add("openai", 1, shapes.PARAM_PRESENT_SAYS)
        else:
            add("groq", 1, shapes.PARAM_ABSENT_SAYS)
        if err.get("type") == "tokens" and inp.status == 413:
            add("groq", 2, "type 'tokens' with HTTP 413 (Groq's request-too-large)")
    if inp.status == 498:
        add("groq", 2, "HTTP 498 (Groq flex tier capacity)")
    return scores, says


def _pick_origin(inp: _Input, scores: dict[str, int], says: list[str]) -> str:
    """Markers decide when one provider clearly leads; else what was sent breaks the tie."""
    ranked = sorted(scores.items(), key=lambda kv: kv[1], reverse=True)
    if ranked and ranked[0][1] >= 2 and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
        return ranked[0][0]
    spec = providers.get(inp.sent.provider) if inp.sent.provider else None
    if spec and spec.origin in PROVIDER_ORIGINS:
        says.append(f"no decisive provider marker; origin taken from what was sent "
                    f"(provider {spec.slug})")
        return spec.origin
    says.append("no decisive provider marker and the provider sent to is not known")
    return "unknown"


def _provider_for(v: _Verdict, sent: Sent) -> providers.Provider | None:
    spec = providers.get(sent.provider) if sent.provider else None
    if spec is not None and (v.origin in ("unknown", spec.origin) or v.origin not in
                             PROVIDER_ORIGINS):
        return spec
    if v.origin == "unknown":  # rows with origin "unknown" (DeepSeek, ...) are not a match
        return None
    return next((p for p in providers.PROVIDERS.values() if p.origin == v.origin), None)


def _bare_model(inp: _Input, v: _Verdict) -> str | None:
    """The model the provider saw: as sent (without the compat prefix) or named in the message."""
    model = inp.sent.model
    if model and inp.sent.endpoint == "compat":
        model = model.partition("/")[2] or model
    if not model and v.message:
        m = re.search(r"[Mm]odel[: ]+`([^`]+)`|model: (\S+)", v.message)
        model = (m.group(1) or m.group(2)) if m else None
    return model


def _refine_model(v: _Verdict, inp: _Input) -> None:
    """A retired model can answer 404 model_not_found (PV §1.6): the retired list decides."""
    if v.cause not in ("model-not-found", "model-decommissioned") or v.origin not in \
            PROVIDER_ORIGINS | {"unknown"}:
        return
    spec = _provider_for(v, inp.sent)
    model = _bare_model(inp, v)
    if spec is None and model:  # who answered is unknown: any provider's retired list
        spec = next((p for p in providers.PROVIDERS.values() if p.retired_model(model)), None)
    retired = spec.retired_model(model) if spec and model else None
    if retired and spec:
        when = f"shut down on {retired.shutdown}" if retired.shutdown else "shut down"
        v.evidence.append(f"model {model} is on {spec.name}'s retired list ({when}; "
                          f"{retired.source})")
        if v.cause == "model-not-found":
            v.cause = "model-decommissioned"
        v.fields["detail"] = f" ({spec.name} {when})"


def _hint_fields(v: _Verdict, inp: _Input) -> dict[str, str]:
    spec = _provider_for(v, inp.sent)
    model = _bare_model(inp, v)
    if spec is None and model and v.cause == "model-decommissioned":
        spec = next((p for p in providers.PROVIDERS.values() if p.retired_model(model)), None)
    f: dict[str, str] = {}
    if spec:
        f["provider"], f["key_var"] = spec.name, spec.key_var
        f["models"] = ", ".join(spec.models[:3])
    elif v.origin in hints.ORIGIN_NAMES:
        name = hints.ORIGIN_NAMES[v.origin]
        f["provider"], f["key_var"] = name, f"your {name} key variable"
    f["auth_header"] = hints.AUTH_HEADERS.get(v.origin, "Authorization")
    if model:
        f["model"] = f"`{model}`"
    sent_model = inp.sent.model
    prefix = (spec.compat_prefix if spec and spec.compat_prefix else "groq")
    if sent_model and inp.sent.endpoint == "compat" and v.code == 2005:
        target = spec or providers.PROVIDERS["groq"]
        gone = target.retired_model(sent_model)
        if gone:  # adding the prefix alone would only trade 2005 for the provider's 404
            instead = gone.replacement or target.default_model
            f["env_model"] = f"{prefix}/{instead} ({sent_model} is retired, see {gone.source})"
        else:
            f["env_model"] = f"{prefix}/{sent_model} (or <provider>/{sent_model})"
    elif model:
        f["env_model"] = f"{prefix}/{model}"
    retired = spec.retired_model(model) if spec and model else None
    suggest = (retired.replacement if retired and retired.replacement
               else ", ".join(spec.models[:2]) if spec else None)
    if suggest:
        f["suggest"] = suggest
        f["suggest_env"] = (f"{prefix}/{suggest}" if inp.sent.endpoint == "compat" and
                            "," not in suggest else suggest)
    retry = inp.headers.get("retry-after")
    m = re.search(r"try again in ([0-9.]+m?s)", v.message or "")
    if retry or m:
        f["retry"] = f" (retry after {retry + ' s' if retry else m.group(1) if m else ''})"
    f.update(v.fields)
    return f


def _finish(v: _Verdict, inp: _Input) -> Diagnosis:
    situation = hints.situations(inp.sent.mode, inp.sent.sent_provider_key)
    variant = v.variant if v.variant is not None else v.code
    hint = hints.hint_for(v.origin, v.cause, situation, variant, _hint_fields(v, inp))
    message = v.message
    if message is not None:
        message = " ".join(message.split())
        if len(message) > MAX_MESSAGE:
            message = message[:MAX_MESSAGE] + "..."
    assert v.cause in CAUSES
    return Diagnosis(
        origin=v.origin, cause=v.cause, status=inp.status, code=v.code,
        message=redact_key_like(message) if message else None,
        hint=redact_key_like(hint),
        evidence=[redact_key_like(e) for e in [*inp.evidence, *v.evidence]],
    )
