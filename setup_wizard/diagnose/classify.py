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
    no_envelope,
    provider_context,
    provider_envelopes,
    shapes,
)
from setup_wizard.diagnose.diagnosis import CAUSES, Diagnosis, Sent
from setup_wizard.diagnose.verdict import MAX_MESSAGE, Answer, Detector, Relayed, Verdict
from setup_wizard.masking import mask

__all__ = ["FAILURE_CAUSES", "classify", "classify_failure", "redact_key_like"]

FAILURE_CAUSES = frozenset({"timeout", "dns-failure", "connection-refused", "tls-error",
                            "unknown"})
MAX_BODY = 1024 * 1024  # what the probe reads at most; more is never looked at

# Order matters (docs/sources.md#who-answered): edge pages first, then the Cloudflare
# envelopes, then the providers, the OpenAI-compatible family last because its shape is the
# loosest; answers with no envelope after all of them, and `fallback` always answers.
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
             sent: Sent | None = None) -> Diagnosis:
    """Classify one HTTP answer. Pure: no I/O, never raises on odd input."""
    inp = Answer(status, {str(k).lower(): str(v) for k, v in headers.items()},
                 _decode(body), None, sent or Sent())
    inp.data = _json(inp.text)
    _header_evidence(inp)
    verdict = None
    for detect in _DETECTORS:
        verdict = detect(inp)
        if verdict is not None:
            break
    assert verdict is not None  # fallback always answers
    if verdict.relayed is not None:
        _read_relayed(verdict, verdict.relayed)
    provider_context.refine_model(verdict, inp)
    return _finish(verdict, inp)


def _read_relayed(v: Verdict, relayed: Relayed) -> None:
    """The relay answered; the cause is the upstream's, read from the body it carried."""
    upstream = classify(relayed.status, {}, relayed.body)
    name = relayed.provider_name or upstream.origin
    v.cause, v.code = upstream.cause, upstream.code
    v.evidence.append(f"OpenRouter relayed an error from {name}: cause read from "
                      "error.metadata.raw")


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


def _header_evidence(inp: Answer) -> None:
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


# -- output --------------------------------------------------------------------------------------
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
        origin=v.origin, cause=v.cause, status=inp.status, code=v.code,
        message=redact_key_like(message) if message else None,
        hint=redact_key_like(hint),
        evidence=[redact_key_like(e) for e in [*inp.evidence, *v.evidence]],
    )
