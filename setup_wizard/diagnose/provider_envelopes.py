"""Detectors for the providers' own error envelopes, most distinctive shape first.

Anthropic, Google, OpenRouter and Mistral each have a shape no one else sends; the
OpenAI-compatible family (Groq, OpenAI, ...) shares the loosest one, so it comes last and
its origin is weighed from markers (`provider_markers.py`).
"""

from __future__ import annotations

import json
import re

from setup_wizard.diagnose import shapes
from setup_wizard.diagnose.provider_markers import marker_scores, pick_origin
from setup_wizard.diagnose.verdict import MAX_MESSAGE, Answer, Relayed, Verdict, int_of, text_of


def anthropic(inp: Answer) -> Verdict | None:
    """docs/sources.md#anthropic-errors: top-level type "error" with error.type."""
    d = inp.data
    err = d.get("error") if isinstance(d, dict) else None
    if not (isinstance(d, dict) and d.get("type") == "error" and isinstance(err, dict)
            and text_of(err.get("type"))):
        return None
    etype = err["type"]
    v = Verdict("anthropic", shapes.ANTHROPIC_TYPES.get(etype, "unknown"), etype,
                text_of(err.get("message")))
    v.evidence.append("body: top-level type 'error' with error.type (Anthropic's envelope)")
    return v


def google(inp: Answer) -> Verdict | None:
    """docs/sources.md#google-errors: numeric error.code with an UPPER_SNAKE error.status."""
    err = inp.data.get("error") if isinstance(inp.data, dict) else None
    if not (isinstance(err, dict) and int_of(err.get("code")) is not None
            and isinstance(err.get("status"), str) and re.fullmatch(r"[A-Z_]+", err["status"])):
        return None
    reasons = [r for dt in err.get("details") or [] if isinstance(dt, dict)
               and isinstance(r := dt.get("reason"), str)]
    reason = next((r for r in reasons if r in shapes.GOOGLE_REASONS), None)
    cause = (shapes.GOOGLE_REASONS[reason] if reason
             else shapes.GOOGLE_STATUSES.get(err["status"], "unknown"))
    v = Verdict("google", cause, reason or err["status"], text_of(err.get("message")))
    v.evidence.append("body: error.code is a number and error.status is UPPER_SNAKE "
                      "(google.rpc.Status: Google AI Studio)")
    if reason:
        v.evidence.append(f"error.details reason {reason}")
    return v


def openrouter(inp: Answer) -> Verdict | None:
    """docs/sources.md#openrouter-errors: numeric error.code (= status) and no error.type."""
    d = inp.data
    err = d.get("error") if isinstance(d, dict) else None
    if not (isinstance(err, dict) and int_of(err.get("code")) is not None
            and not isinstance(err.get("code"), str) and "type" not in err):
        return None
    status = int_of(err.get("code"))
    message = text_of(err.get("message"))
    v = Verdict("openrouter", "unknown", None, message)
    v.evidence.append("body: error.code is a number and error has no type (OpenRouter's "
                      "envelope)")
    meta = err.get("metadata") if isinstance(err.get("metadata"), dict) else {}
    raw = meta.get("raw")
    if message == shapes.OPENROUTER_RELAY_MESSAGE and raw is not None:
        # The relayed body is a whole answer of its own: `classify` reads it and copies its
        # cause here (a detector never calls the classifier that walks it).
        v.relayed = Relayed(status, raw if isinstance(raw, str) else json.dumps(raw),
                            text_of(meta.get("provider_name")))
        return v
    row = shapes.message_row(message)
    v.cause = row.cause if row else shapes.OPENROUTER_STATUSES.get(status or 0, "unknown")
    return v


def mistral(inp: Answer) -> Verdict | None:
    """docs/sources.md#mistral-errors: top-level object "error", or a FastAPI `detail`."""
    d = inp.data
    if not isinstance(d, dict) or "error" in d:
        return None
    if d.get("object") == "error":
        etype = text_of(d.get("type"))
        cause = (shapes.MISTRAL_TYPES.get(etype or "") or shapes.status_cause(inp.status)
                 or "unknown")
        v = Verdict("mistral", cause, text_of(d.get("code")) or etype, text_of(d.get("message")))
        v.evidence.append("body: top-level object 'error' (Mistral's envelope)")
        return v
    if "detail" in d and set(d) <= {"detail", "request_id"}:
        detail = d["detail"]
        message = detail if isinstance(detail, str) else json.dumps(detail)[:MAX_MESSAGE]
        cause = shapes.status_cause(inp.status) or ("bad-request" if isinstance(detail, list)
                                                    else "unknown")
        v = Verdict("mistral", cause, None, message)
        v.evidence.append("body: FastAPI-style 'detail' only (the shape of Mistral's "
                          "api.mistral.ai)")
        if shapes.status_cause(inp.status):
            v.evidence.append(f"cause from HTTP status {inp.status} only")
        return v
    return None


def openai_family(inp: Answer) -> Verdict | None:
    """docs/sources.md#groq-errors: {"error": {"message", "type", "code"}} — Groq, OpenAI, ..."""
    err = inp.data.get("error") if isinstance(inp.data, dict) else None
    if not (isinstance(err, dict) and isinstance(err.get("message"), str)):
        return None
    code = text_of(err.get("code"))
    etype = text_of(err.get("type"))
    message = err["message"]
    scores, says = marker_scores(inp, err)
    origin = pick_origin(inp, scores, says)
    v = Verdict(origin, "unknown", code, message)
    v.evidence.append("body: error is an object with message/type (OpenAI-compatible "
                      "envelope: Groq, OpenAI and others)")
    v.evidence.extend(says)
    row = shapes.code_row(code, inp.status)
    if row:
        v.cause = row.cause
        v.evidence.append(f"error.code {code}" + (f" with HTTP {inp.status}" if
                                                  row.when_status else ""))
    elif etype in shapes.OPENAI_FAMILY_TYPES:
        v.cause = shapes.OPENAI_FAMILY_TYPES[etype].cause
        v.evidence.append(f"error.type {etype}")
    elif (mrow := shapes.message_row(message)) is not None:
        v.cause, v.variant = mrow.cause, mrow.variant
        v.evidence.append(f"message matches '{mrow.pattern}'")
    elif (scause := shapes.status_cause(inp.status)) is not None:
        v.cause = scause
        v.evidence.append(f"cause from HTTP status {inp.status} only")
    elif inp.status is not None and inp.status >= 500:
        v.cause = "provider-server-error"
    return v
