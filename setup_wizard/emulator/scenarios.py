"""What the emulator answers: the scenario table and the wire shapes it is built from.

The bodies and headers are the real ones recorded in public sources (docs/sources.md), so
`probe`, the tests and a newcomer's app see what the real services send, without an
account. The default scenario `ok` behaves: it checks the gateway token, forwards a request
`Authorization` to "Groq" instead of the stored key (as the real gateway does,
docs/sources.md#stored-keys), and checks the model. The other scenarios answer one
recorded failure whatever the request. No server here: `emulator` serves these.
"""

from __future__ import annotations

import gzip
import json
import os
import socket
import struct
import threading
import time
import uuid
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import IO, Any, Protocol

from setup_wizard.config import providers
from setup_wizard.emulator.cloudflare_api import EmulatedAPI

# Credentials the emulator accepts (printed by `emulate`). They are not secrets, but the
# probe masks them like real ones. The key has Groq's real shape, so `lint` accepts it.
EMULATOR_TOKEN = "emulator-cf-token-" + "0" * 22
EMULATOR_GROQ_KEY = "gsk_EMULATOR" + "0" * 44
GROQ = providers.PROVIDERS["groq"]


# -- wire shapes ------------------------------------------------------------------------------
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


def _edge_headers() -> list[tuple[str, str]]:
    # Generic Cloudflare edge headers: both the gateway and api.groq.com carry them
    # (docs/sources.md#response-headers).
    return [("server", "cloudflare"), ("cf-ray", os.urandom(8).hex() + "-SJC")]


def _gateway_headers() -> list[tuple[str, str]]:
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
    return h + (_gateway_headers() if req.via_gateway else [])


def _json_answer(status: int, data: Any, headers: list[tuple[str, str]]) -> Answer:
    return Answer(status, json.dumps(data, separators=(",", ":")).encode(),
                  [("content-type", "application/json"), *headers, *_edge_headers()])


def gateway_error(code: int, status: int, message: str) -> Answer:
    """The gateway's own error envelope as observed in 2026 (docs/sources.md#gateway-errors)."""
    body = {"success": False, "result": [], "messages": [],
            "error": [{"code": code, "message": message}], "name": "AiGatewayError",
            "httpCode": status, "internalCode": code, "message": message,
            "description": message}
    return _json_answer(status, body, _gateway_headers())  # no Retry-After, even on 429


def groq_error(req: Req, status: int, message: str, etype: str, code: str | None,
               extra: list[tuple[str, str]] | None = None) -> Answer:
    """Groq's envelope: no `param` key, unlike OpenAI (docs/sources.md#groq-errors)."""
    err: dict[str, Any] = {"message": message, "type": etype}
    if code:
        err["code"] = code
    headers = _groq_headers(req, ratelimit=status not in (401, 403)) + (extra or [])
    return _json_answer(status, {"error": err}, headers)


def groq_completion(req: Req, model: str) -> Answer:
    # Shape: OpenAI's chat.completion (Groq is OpenAI-compatible, docs/sources.md#groq-api);
    # Groq-only extra fields are not in the public material and left out.
    body = {"id": f"chatcmpl-{uuid.uuid4()}", "object": "chat.completion",
            "created": int(time.time()), "model": model,
            "choices": [{"index": 0, "message": {"role": "assistant", "content": "pong"},
                         "logprobs": None, "finish_reason": "length"}],
            "usage": {"prompt_tokens": 72, "completion_tokens": 1, "total_tokens": 73}}
    return _json_answer(200, body, _groq_headers(req, ratelimit=True))


def groq_models(req: Req, served: tuple[str, ...]) -> Answer:
    """GET /models as documented, with the extra fields live answers carry
    (docs/sources.md#groq-api, #groq-models)."""
    data = [{"id": m, "object": "model", "created": 1754407957, "owned_by": "Groq",
             "active": True, "context_window": 131072, "public_apps": None,
             "max_completion_tokens": 65536} for m in served]
    return _json_answer(200, {"object": "list", "data": data}, _groq_headers(req, ratelimit=True))


def _invalid_key(req: Req) -> Answer:
    # docs/sources.md#groq-errors. With no Authorization at all Groq's body is UNCONFIRMED;
    # the same is assumed.
    return groq_error(req, 401, "Invalid API Key", "invalid_request_error", "invalid_api_key")


def _not_found(req: Req, model: str) -> Answer:
    return groq_error(req, 404, f"The model `{model}` does not exist or you do not have "
                      "access to it.", "invalid_request_error", "model_not_found")


def _decommissioned(req: Req, model: str) -> Answer:
    return groq_error(req, 400, f"The model `{model}` has been decommissioned and is no longer "
                      "supported. Please refer to https://console.groq.com/docs/deprecations "
                      "for a recommendation on which model to use instead.",
                      "invalid_request_error", "model_decommissioned")


def _rate_limited(req: Req, model: str) -> Answer:
    return groq_error(req, 429, f"Rate limit reached for model `{model}` in organization "
                      "`org_01jngbvsctfy0bmjw87yea904b` service tier `on_demand` on tokens per "
                      "minute (TPM): Limit 6000, Used 5990, Requested 73. Please try again in "
                      "6.78s. Need more tokens? Upgrade to Dev Tier today at "
                      "https://console.groq.com/settings/billing", "tokens",
                      "rate_limit_exceeded", [("retry-after", "7")])


def _server_error(req: Req) -> Answer:
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


# -- behaviour of the default scenario ----------------------------------------------------------
# What the emulated Groq serves: the catalog's models, less the disputed ones (it does not
# pretend to know; chat on them answers 404 model_not_found, as one report says the real one
# does, docs/sources.md#groq-models).
SERVED: tuple[str, ...] = tuple(
    m for m in (*GROQ.models, *GROQ.known_models, *GROQ.not_for_chat)
    if GROQ.status(m) != "unconfirmed")


@dataclass(frozen=True)
class Settings:
    token: str = EMULATOR_TOKEN
    groq_key: str = EMULATOR_GROQ_KEY
    stored_key: bool = True  # a Groq key is stored under the gateway's Provider Keys
    served: tuple[str, ...] = SERVED  # GET /models lists these; chat accepts only these
    api: EmulatedAPI = field(default_factory=EmulatedAPI)  # what the REST API shows


def behave(req: Req, s: Settings) -> Answer:
    """The gateway's and Groq's decisions, in the order they take them."""
    if not req.via_gateway:
        if req.slug != "groq-direct":
            return Answer(404, b"setup-wizard emulate serves /v1/{account}/{gateway}/groq/..., "
                          b"/v1/{account}/{gateway}/compat/... and /openai/v1/...\n",
                          [("content-type", "text/plain")])
        if req.headers.get("authorization") != f"Bearer {s.groq_key}":
            return _invalid_key(req)
        return _groq_endpoint(req, req.model, s)
    # A gateway the emulated API lists follows its own settings; any other behaves as an
    # authenticated gateway with a Groq key stored.
    listed = s.api.gateway(req.account, req.gateway)
    needs_token = listed is None or listed.authentication is not False
    if needs_token and req.headers.get("cf-aig-authorization") != f"Bearer {s.token}":
        # missing or wrong: same (docs/sources.md#gateway-auth)
        return gateway_error(2009, 401, "Unauthorized")
    model = req.model
    if req.slug == "compat":
        prefix, sep, bare = model.partition("/")
        if not sep and req.rest == "chat/completions":
            return gateway_error(2005, 400, "Failed to get response from provider")
        if prefix != "groq" and req.rest == "chat/completions":
            known = {p.compat_prefix for p in providers.PROVIDERS.values()}
            if prefix == "openai":
                return _openai_no_key(req)
            if prefix in known | providers.OTHER_COMPAT_PREFIXES:
                return _not_emulated(prefix)
            return gateway_error(2008, 400, "Invalid provider")
        model = bare
    elif req.slug != "groq":
        if req.slug in providers.PROVIDERS or req.slug in providers.OTHER_GATEWAY_SLUGS:
            return _not_emulated(req.slug or "")
        return gateway_error(2008, 400, "Invalid provider")
    auth = req.headers.get("authorization")
    if auth is not None:
        # A request key is forwarded verbatim, stored key or not (docs/sources.md#stored-keys).
        if auth != f"Bearer {s.groq_key}":
            return _invalid_key(req)
    elif not s.stored_key or (listed is not None and not listed.stores("groq")):
        # No key anywhere: Unified Billing, with no credits here (docs/sources.md#unified-billing).
        return gateway_error(2021, 402, "Insufficient balance; add money to your gateway or "
                             "use BYOK")
    return _groq_endpoint(req, model, s)


def _groq_endpoint(req: Req, model: str, s: Settings) -> Answer:
    if req.rest == "models" and req.method == "GET":
        return groq_models(req, s.served)
    if req.rest != "chat/completions" or req.method != "POST":
        # Groq's body for an unknown path is not public: UNCONFIRMED shape.
        return groq_error(req, 404, f"Unknown request URL: {req.method} /openai/v1/{req.rest}. "
                          "Please check the URL for typos.", "invalid_request_error",
                          "unknown_url")
    if not model:
        # Groq's body for a missing model is not public: UNCONFIRMED message.
        return groq_error(req, 400, "property 'model' is missing", "invalid_request_error", None)
    if model in s.served:
        return groq_completion(req, model)
    if GROQ.retired_model(model):
        return _decommissioned(req, model)
    return _not_found(req, model)


def _openai_no_key(req: Req) -> Answer:
    """`openai/...` on compat goes to OpenAI (a Groq ID like openai/gpt-oss-20b too); with no
    OpenAI key stored, OpenAI's own missing-key 401 comes back (docs/sources.md#passthrough)."""
    err = {"message": "You didn't provide an API key. You need to provide your API key in an "
           "Authorization header using Bearer auth (i.e. Authorization: Bearer YOUR_KEY), or as "
           "the basic auth username and password. You can obtain an API key from "
           "https://platform.openai.com/account/api-keys.", "type": "invalid_request_error",
           # OpenAI always sends `param` (docs/sources.md#openai-errors)
           "param": None, "code": None}
    return _json_answer(401, {"error": err}, [("x-request-id", f"req_{os.urandom(16).hex()}"),
                                              *_gateway_headers()])


def _not_emulated(what: str) -> Answer:
    text = f"setup-wizard emulate: only Groq is emulated behind the gateway, not {what!r}\n"
    return Answer(501, text.encode(), [("content-type", "text/plain")])


# -- faults: answers that are not a clean HTTP response ------------------------------------------
class Wire(Protocol):
    """The connection a fault responder writes to (the server's request handler).

    Declared here, not imported from `server`, so the table does not depend on the server
    that serves it.
    """

    wfile: IO[bytes]
    connection: socket.socket
    close_connection: bool

    @property
    def stopping(self) -> threading.Event: ...

    def send_answer(self, ans: Answer) -> None: ...


Responder = Callable[[Wire, Req, Settings], None]


def _canned(make: Callable[[Req], Answer]) -> Responder:
    return lambda h, req, s: h.send_answer(make(req))


def _no_gateway_models(h: Wire, req: Req, s: Settings) -> None:
    """Behaves, except that the gateway path serves no GET /models. What the real gateway
    answers there is UNCONFIRMED (docs/sources.md#gateway-models): a bare 404 stands in."""
    if req.via_gateway and req.rest == "models":
        h.send_answer(Answer(404, b"Not Found\n", [("content-type", "text/plain"),
                                                    *_edge_headers()]))
    else:
        h.send_answer(behave(req, s))


def _hang(h: Wire, req: Req, s: Settings) -> None:
    h.stopping.wait()  # accept, read the request, never answer
    h.close_connection = True


def _reset(h: Wire, req: Req, s: Settings) -> None:
    """Headers and the start of a body, then a TCP reset (SO_LINGER 0)."""
    ans = gateway_error(2009, 401, "Unauthorized")
    head = http_head(ans.status, [*ans.headers, ("content-length", str(len(ans.body) + 500))])
    h.wfile.write(head + ans.body[:40])
    h.wfile.flush()
    h.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    h.connection.close()
    h.close_connection = True


def _empty(h: Wire, req: Req, s: Settings) -> None:
    h.close_connection = True  # close without a byte


def _not_http(h: Wire, req: Req, s: Settings) -> None:
    # What sshd sends to an HTTP client, plus a blank line so the client parses it at all.
    h.wfile.write(b"SSH-2.0-OpenSSH_9.6\r\nProtocol mismatch.\r\n\r\n")
    h.close_connection = True


def _slow_drip(h: Wire, req: Req, s: Settings) -> None:
    """200 headers, then one byte every 0.2 s: a read timeout per read never fires."""
    h.wfile.write(http_head(200, [("content-type", "application/json"),
                                  ("content-length", "100000")]))
    h.wfile.flush()
    while not h.stopping.wait(0.2):
        try:
            h.wfile.write(b" ")
            h.wfile.flush()
        except OSError:
            break
    h.close_connection = True


def _huge(req: Req) -> Answer:
    page = b"<html><body>" + b"x" * (2 * 1024 * 1024) + b"</body></html>"
    return Answer(502, page, [("content-type", "text/html")])


def _gzipped(req: Req) -> Answer:
    ans = _invalid_key(req)
    return Answer(ans.status, gzip.compress(ans.body), [*ans.headers,
                                                        ("content-encoding", "gzip")])


@lru_cache(maxsize=1)
def _bomb_bytes() -> bytes:
    z = zlib.compressobj(9, zlib.DEFLATED, zlib.MAX_WBITS | 16)
    block = b"\0" * (1024 * 1024)
    return b"".join(z.compress(block) for _ in range(64)) + z.flush()  # 64 MiB decoded


def _gzip_bomb(req: Req) -> Answer:
    return Answer(200, _bomb_bytes(), [("content-type", "application/json"),
                                       ("content-encoding", "gzip")])


def _redirect(req: Req) -> Answer:
    return Answer(301, b"", [("location", f"https://gateway.ai.cloudflare.com{req.path}"),
                             *_edge_headers()])


def _echo_key(req: Req) -> Answer:
    """A server that repeats the credentials it got (OpenAI does): a masking test.

    docs/sources.md#openai-errors
    """
    auth = req.headers.get("authorization") or req.headers.get("cf-aig-authorization") or ""
    return groq_error(req, 401, f"Incorrect API key provided: {auth.removeprefix('Bearer ')}",
                      "invalid_request_error", "invalid_api_key",
                      [("x-echo", req.headers.get("cf-aig-authorization", ""))])


# -- the scenario table ----------------------------------------------------------------------------
@dataclass(frozen=True)
class Scenario:
    name: str
    summary: str
    respond: Responder
    expect: tuple[str, str]  # (origin, cause) a probe of it concludes
    source: str


def _model(req: Req) -> str:
    return req.model.partition("/")[2] if req.slug == "compat" else req.model or "?"


_ROWS = (
    Scenario("ok", "behaves: checks the token and key, forwards a request Authorization, "
             "checks the model", lambda h, req, s: h.send_answer(behave(req, s)),
             ("groq", "ok"), "docs/sources.md#stored-keys, #groq-api"),
    Scenario("gateway-no-models", "behaves, but the gateway path serves no GET /models "
             "(404; what the real one does is UNCONFIRMED)", _no_gateway_models,
             ("groq", "ok"), "docs/sources.md#gateway-models"),
    Scenario("token-missing", "gateway 401, code 2009 (no cf-aig-authorization)",
             _canned(lambda r: gateway_error(2009, 401, "Unauthorized")),
             ("cloudflare-gateway", "gateway-auth"), "https://github.com/cloudflare/cloudflare-docs/pull/31050"),
    Scenario("token-wrong", "gateway 401, code 2009 (same body as a missing token)",
             _canned(lambda r: gateway_error(2009, 401, "Unauthorized")),
             ("cloudflare-gateway", "gateway-auth"), "docs/sources.md#gateway-auth"),
    Scenario("gateway-not-found", "gateway 400, code 2001 (no gateway with this ID)",
             _canned(lambda r: gateway_error(2001, 400, "Please configure AI Gateway in the "
                                             "Cloudflare dashboard")),
             ("cloudflare-gateway", "gateway-not-found"), "docs/sources.md#gateway-errors"),
    Scenario("compat-bare-model", "gateway 400, code 2005 (compat model without groq/)",
             _canned(lambda r: gateway_error(2005, 400, "Failed to get response from provider")),
             ("cloudflare-gateway", "gateway-route"),
             "https://github.com/devoxx/DevoxxGenieIDEAPlugin/issues/1254"),
    Scenario("invalid-provider", "gateway 400, code 2008 (unknown provider slug or prefix)",
             _canned(lambda r: gateway_error(2008, 400, "Invalid provider")),
             ("cloudflare-gateway", "gateway-route"),
             "https://github.com/devoxx/DevoxxGenieIDEAPlugin/issues/1210"),
    Scenario("stray-authorization", "Groq 401 through the gateway: a request Authorization "
             "was forwarded instead of the stored key", _canned(_invalid_key),
             ("groq", "provider-auth-invalid"),
             "https://github.com/cloudflare/cloudflare-docs/issues/33517"),
    Scenario("groq-invalid-key", "Groq 401 invalid_api_key", _canned(_invalid_key),
             ("groq", "provider-auth-invalid"), "docs/sources.md#groq-errors"),
    Scenario("model-not-found", "Groq 404 model_not_found",
             _canned(lambda r: _not_found(r, _model(r))), ("groq", "model-not-found"),
             "docs/sources.md#groq-errors"),
    Scenario("model-retired", "Groq 400 model_decommissioned",
             _canned(lambda r: _decommissioned(r, _model(r))),
             ("groq", "model-decommissioned"), "docs/sources.md#groq-errors"),
    Scenario("gateway-rate-limit", "gateway 429, code 2003, no Retry-After",
             _canned(lambda r: gateway_error(2003, 429, "Rate limited")),
             ("cloudflare-gateway", "gateway-rate-limited"), "docs/sources.md#rate-limits"),
    Scenario("groq-rate-limit", "Groq 429 rate_limit_exceeded with retry-after",
             _canned(lambda r: _rate_limited(r, _model(r))), ("groq", "rate-limited"),
             "docs/sources.md#groq-errors"),
    Scenario("provider-5xx", "Groq 503 (body UNCONFIRMED)", _canned(_server_error),
             ("groq", "provider-server-error"), "docs/sources.md#groq-errors"),
    Scenario("hang", "accepts, reads the request, never answers", _hang,
             ("network", "timeout"), "fault"),
    Scenario("reset", "sends headers and part of a body, then resets the connection", _reset,
             ("network", "unknown"), "fault"),
    # Further faults, for the probe's tests and for trying an app's error handling.
    Scenario("empty", "closes the connection without a byte", _empty, ("network", "unknown"),
             "fault"),
    Scenario("not-http", "answers with something that is not HTTP", _not_http,
             ("network", "unknown"), "fault"),
    Scenario("slow-drip", "200 headers, then one body byte every 0.2 s", _slow_drip,
             ("network", "timeout"), "fault"),
    Scenario("huge-body", "a 2 MiB HTML error page (the probe reads 1 MiB)", _canned(_huge),
             ("unknown", "provider-server-error"), "fault"),
    Scenario("gzip", "Groq 401, gzip-encoded", _canned(_gzipped),
             ("groq", "provider-auth-invalid"), "docs/sources.md#groq-errors"),
    Scenario("gzip-bomb", "a 64 KiB gzip body that decodes to 64 MiB", _canned(_gzip_bomb),
             ("unknown", "unknown"), "fault"),
    Scenario("redirect", "301 to another URL (the probe does not follow)", _canned(_redirect),
             ("unknown", "unknown"), "fault"),
    Scenario("echo-key", "401 whose message and headers repeat the credentials sent",
             _canned(_echo_key), ("groq", "provider-auth-invalid"),
             "docs/sources.md#openai-errors"),
)
SCENARIOS: dict[str, Scenario] = {s.name: s for s in _ROWS}
