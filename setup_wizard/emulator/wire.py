"""The wire shapes the emulator answers with: the gateway's and Groq's bodies and headers as
recorded in public sources (docs/sources.md), and the raw status line faults write.

Builders only: `behaviour` decides which one a request gets, `faults` and `scenarios` play
the rest.
"""

from __future__ import annotations

import json
import os
import time
import uuid
from dataclasses import dataclass, field
from typing import Any


@dataclass
class Answer:
    status: int
    body: bytes
    headers: list[tuple[str, str]] = field(default_factory=list)


@dataclass(frozen=True)
class Req:
    method: str
    path: str
    headers: dict[str, str]  # lower-case names
    json: dict[str, Any] | None
    via_gateway: bool  # the path is a gateway path (/v1/{account}/{gateway}/...)
    slug: str | None  # provider slug or "compat" on a gateway path
    rest: str  # what follows the slug (gateway) or /openai/v1 (Groq), e.g. "chat/completions"
    account: str | None = None  # on a gateway path
    gateway: str | None = None

    @property
    def model(self) -> str:
        m = (self.json or {}).get("model")
        return m if isinstance(m, str) else ""


def _ulid() -> str:
    """Groq's request ids are `req_` + a lower-case ULID (docs/sources.md#groq-headers)."""
    alphabet = "0123456789abcdefghjkmnpqrstvwxyz"
    n = (int(time.time() * 1000) << 80) | int.from_bytes(os.urandom(10), "big")
    return "".join(alphabet[(n >> (5 * i)) & 31] for i in reversed(range(26)))


def _uuid7() -> str:
    """Gateway log/request/event ids are UUIDv7 since 2026-10-08 (docs/sources.md#identifiers)."""
    ms = int(time.time() * 1000)
    raw = bytearray(ms.to_bytes(6, "big") + os.urandom(10))
    raw[6] = (raw[6] & 0x0F) | 0x70
    raw[8] = (raw[8] & 0x3F) | 0x80
    return str(uuid.UUID(bytes=bytes(raw)))


def edge_headers() -> list[tuple[str, str]]:
    # Generic Cloudflare edge headers: both the gateway and api.groq.com carry them
    # (docs/sources.md#response-headers).
    return [("server", "cloudflare"), ("cf-ray", os.urandom(8).hex() + "-SJC")]


def gateway_headers() -> list[tuple[str, str]]:
    """What a gateway answer carries, its own errors included (sources.md#response-headers)."""
    i = _uuid7()
    return [("cf-aig-log-id", i), ("cf-aig-request-id", i), ("cf-aig-event-id", i),
            ("cf-aig-step", "0")]


def _groq_headers(req: Req, *, ratelimit: bool) -> list[tuple[str, str]]:
    """api.groq.com's headers (sources.md#groq-headers); no rate-limit ones on a 401."""
    h = [("x-groq-region", "us-west-1"), ("x-request-id", f"req_{_ulid()}"),
         ("via", "1.1 google"), ("cf-cache-status", "DYNAMIC"), ("vary", "Origin")]
    if ratelimit:  # the docs' own illustration values
        h += [("x-ratelimit-limit-requests", "14400"), ("x-ratelimit-limit-tokens", "18000"),
              ("x-ratelimit-remaining-requests", "14370"),
              ("x-ratelimit-remaining-tokens", "17997"),
              ("x-ratelimit-reset-requests", "2m59.56s"), ("x-ratelimit-reset-tokens", "7.66s")]
    # Whether the gateway passes Groq's headers through is UNCONFIRMED; we assume it
    # (docs/sources.md#rate-limits).
    return h + (gateway_headers() if req.via_gateway else [])


def json_answer(status: int, data: Any, headers: list[tuple[str, str]]) -> Answer:
    return Answer(status, json.dumps(data, separators=(",", ":")).encode(),
                  [("content-type", "application/json"), *headers, *edge_headers()])


def gateway_error(code: int, status: int, message: str) -> Answer:
    """The gateway's own error envelope as observed in 2026 (docs/sources.md#gateway-errors)."""
    body = {"success": False, "result": [], "messages": [],
            "error": [{"code": code, "message": message}], "name": "AiGatewayError",
            "httpCode": status, "internalCode": code, "message": message,
            "description": message}
    return json_answer(status, body, gateway_headers())  # no Retry-After, even on 429


def groq_error(req: Req, status: int, message: str, etype: str, code: str | None,
               extra: list[tuple[str, str]] | None = None) -> Answer:
    """Groq's envelope: no `param` key, unlike OpenAI (docs/sources.md#groq-errors)."""
    err: dict[str, Any] = {"message": message, "type": etype}
    if code:
        err["code"] = code
    headers = _groq_headers(req, ratelimit=status not in (401, 403)) + (extra or [])
    return json_answer(status, {"error": err}, headers)


def groq_completion(req: Req, model: str) -> Answer:
    # Shape: OpenAI's chat.completion (Groq is OpenAI-compatible, docs/sources.md#groq-api);
    # Groq-only extra fields are not in the public material and left out.
    body = {"id": f"chatcmpl-{uuid.uuid4()}", "object": "chat.completion",
            "created": int(time.time()), "model": model,
            "choices": [{"index": 0, "message": {"role": "assistant", "content": "pong"},
                         "logprobs": None, "finish_reason": "length"}],
            "usage": {"prompt_tokens": 72, "completion_tokens": 1, "total_tokens": 73}}
    return json_answer(200, body, _groq_headers(req, ratelimit=True))


def groq_models(req: Req, served: tuple[str, ...]) -> Answer:
    """GET /models as documented, with the extra fields live answers carry
    (docs/sources.md#groq-api, #groq-models)."""
    data = [{"id": m, "object": "model", "created": 1754407957, "owned_by": "Groq",
             "active": True, "context_window": 131072, "public_apps": None,
             "max_completion_tokens": 65536} for m in served]
    return json_answer(200, {"object": "list", "data": data}, _groq_headers(req, ratelimit=True))


def invalid_key(req: Req) -> Answer:
    # docs/sources.md#groq-errors. With no Authorization at all Groq's body is UNCONFIRMED;
    # the same is assumed.
    return groq_error(req, 401, "Invalid API Key", "invalid_request_error", "invalid_api_key")


def not_found(req: Req, model: str) -> Answer:
    return groq_error(req, 404, f"The model `{model}` does not exist or you do not have "
                      "access to it.", "invalid_request_error", "model_not_found")


def decommissioned(req: Req, model: str) -> Answer:
    return groq_error(req, 400, f"The model `{model}` has been decommissioned and is no longer "
                      "supported. Please refer to https://console.groq.com/docs/deprecations "
                      "for a recommendation on which model to use instead.",
                      "invalid_request_error", "model_decommissioned")


def rate_limited(req: Req, model: str) -> Answer:
    return groq_error(req, 429, f"Rate limit reached for model `{model}` in organization "
                      "`org_01jngbvsctfy0bmjw87yea904b` service tier `on_demand` on tokens per "
                      "minute (TPM): Limit 6000, Used 5990, Requested 73. Please try again in "
                      "6.78s. Need more tokens? Upgrade to Dev Tier today at "
                      "https://console.groq.com/settings/billing", "tokens",
                      "rate_limit_exceeded", [("retry-after", "7")])


def server_error(req: Req) -> Answer:
    # Status per Groq's docs (docs/sources.md#groq-errors); no public 5xx body exists, this
    # envelope is UNCONFIRMED.
    return groq_error(req, 503, "Service Unavailable", "internal_server_error", None)


_REASONS = {200: "OK", 301: "Moved Permanently", 400: "Bad Request", 401: "Unauthorized",
            402: "Payment Required", 404: "Not Found", 429: "Too Many Requests",
            501: "Not Implemented", 502: "Bad Gateway", 503: "Service Unavailable"}


def http_head(status: int, headers: list[tuple[str, str]]) -> bytes:
    """The status line and headers: faults write them raw, the handler before a body."""
    lines = [f"HTTP/1.1 {status} {_REASONS.get(status, 'Error')}",
             *(f"{k}: {v}" for k, v in headers)]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")
