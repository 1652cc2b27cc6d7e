"""One live request, built from a `.env` exactly as the app would send it, then classified.

Three steps, each its own function so `init` and the tests can reuse them:
`plan_request` (the .env -> the request, or `ConfigUnusable`), `exchange` (send it under one
deadline, read at most 1 MiB, turn every transport fault into a cause) and `probe_env`
(both, then `classify`, masked output). No pydantic here: `probe` must start fast.
"""

from __future__ import annotations

import json
import socket
import ssl
import threading
import time
import zlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

import httpx

from setup_wizard import __version__, gateway, providers
from setup_wizard.diagnosis import Diagnosis, Sent
from setup_wizard.errors import ConfigUnusable, ExitCode, UsageError
from setup_wizard.fields import split_compat_model
from setup_wizard.masking import Redactor
from setup_wizard.schema import (
    AUTOGEN_MODEL,
    CF_GATEWAY_TOKEN,
    GATEWAY_MODES,
    KEY_SENDING_MODES,
    MODE_KEY,
    OPENAI_BASE_URL,
    infer_mode,
)

ENDPOINTS = ("chat", "models")
MAX_TIMEOUT = 600.0
PING = {"messages": [{"role": "user", "content": "ping"}], "max_tokens": 1}
USER_AGENT = f"setup-wizard/{__version__}"
_DEFAULT_PORTS = {"http": 80, "https": 443}


# -- --connect-to ---------------------------------------------------------------------------
@dataclass(frozen=True)
class ConnectTo:
    """`ORIGIN=URL`: a request whose URL starts with ORIGIN goes to URL, same path (curl-like).

    Unlike curl, the Host header and the TLS name are the target's: the request really is
    sent to that URL, which is what a local emulator or a plain reverse proxy expects.
    """

    origin: str  # scheme://host[:port], normalised
    target: str  # scheme://host[:port][/prefix], no trailing slash

    @classmethod
    def parse(cls, spec: str) -> ConnectTo:
        left, sep, right = spec.partition("=")
        fix = "write it as ORIGIN=URL, e.g. https://gateway.ai.cloudflare.com=http://127.0.0.1:8787"
        if not sep or not left.strip() or not right.strip():
            raise UsageError(f"--connect-to {spec!r} has no ORIGIN=URL form", fix=fix)
        origin = _origin(left.strip(), path_allowed=False)
        target = _origin(right.strip(), path_allowed=True)
        if origin is None or target is None:
            raise UsageError(f"--connect-to {spec!r}: both sides must be http(s)://host[:port] "
                             "(no path on the left)", fix=fix)
        return cls(origin, target)

    def apply(self, url: str) -> str | None:
        """The URL to send to, or None when this rule does not cover `url`."""
        parts = urlsplit(url)
        here = _origin(f"{parts.scheme}://{parts.netloc}", path_allowed=False)
        if here != self.origin:
            return None
        rest = parts.path + (f"?{parts.query}" if parts.query else "")
        return self.target + rest


def _origin(text: str, *, path_allowed: bool) -> str | None:
    try:
        p = urlsplit(text)
        port = p.port
    except ValueError:
        return None
    if p.scheme.lower() not in _DEFAULT_PORTS or not p.hostname or p.query or p.fragment:
        return None
    path = p.path.rstrip("/")
    if path and not path_allowed:
        return None
    host = p.hostname.lower()
    host = f"[{host}]" if ":" in host else host
    netloc = host if port in (None, _DEFAULT_PORTS[p.scheme.lower()]) else f"{host}:{port}"
    return f"{p.scheme.lower()}://{netloc}{path}"


def parse_connect_to(specs: Sequence[str]) -> list[ConnectTo]:
    return [ConnectTo.parse(s) for s in specs]


# -- the request ----------------------------------------------------------------------------
@dataclass(frozen=True)
class Plan:
    """The request the app would send, and what it carried (for the classifier)."""

    method: str
    url: str  # as the app would send it
    send_url: str  # after --connect-to
    headers: dict[str, str]
    body: bytes | None
    sent: Sent
    secrets: tuple[str, ...]
    auth_headers: tuple[str, ...]  # names only: the values are secrets
    notes: tuple[str, ...] = ()  # how mode/provider were decided, for the evidence

    @property
    def connected_to(self) -> str | None:
        return self.send_url if self.send_url != self.url else None


def plan_request(values: Mapping[str, str | None], *, endpoint: str = "chat",
                 connect_to: Sequence[str | ConnectTo] = ()) -> Plan:
    """Build the request or raise ConfigUnusable (exit 3) naming what to fix in the .env."""
    if endpoint not in ENDPOINTS:
        raise UsageError(f"unknown endpoint {endpoint!r}", fix="use chat or models")
    base = (values.get(OPENAI_BASE_URL) or "").strip()
    if not base:
        raise ConfigUnusable(f"{OPENAI_BASE_URL} is not set, so there is nowhere to send a "
                             "request", fix="run `setup-wizard init` or set it in the .env")
    parts = urlsplit(base)
    if parts.scheme.lower() not in _DEFAULT_PORTS or not parts.hostname:
        raise ConfigUnusable(f"{OPENAI_BASE_URL} is not an http(s) URL",
                             fix="set it to e.g. https://gateway.ai.cloudflare.com/v1/"
                             "<account>/<gateway>/groq or https://api.groq.com/openai/v1")
    model = (values.get(AUTOGEN_MODEL) or "").strip()
    if endpoint == "chat" and not model:
        raise ConfigUnusable(f"{AUTOGEN_MODEL} is not set, so a chat request has no model",
                             fix=f"set {AUTOGEN_MODEL} (e.g. openai/gpt-oss-20b), or probe "
                             "with --endpoint models")

    gw = gateway.parse_gateway_url(base)
    provider, compat, how = _provider_of(values, gw, base, model)
    key_var = provider.key_var if provider else None
    key = (values.get(key_var) or "").strip() if key_var else ""
    mode, why = infer_mode(values, is_gateway_url=gw is not None, has_provider_key=bool(key))
    if mode is None:
        raise ConfigUnusable(f"cannot tell the mode: {why}",
                             fix=f"set {MODE_KEY} to gateway-stored-key, gateway-request-key "
                             "or direct")
    if mode in KEY_SENDING_MODES and not key:
        var = key_var or "the provider's API key variable"
        raise ConfigUnusable(f"mode {mode} sends the provider key in Authorization, but {var} "
                             "is not set", fix=f"set {var}, or use gateway-stored-key with the "
                             "key stored under the gateway's Provider Keys")
    token = (values.get(CF_GATEWAY_TOKEN) or "").strip()
    via_gateway = mode in GATEWAY_MODES

    headers = {"user-agent": USER_AGENT, "accept": "application/json",
               "accept-encoding": "gzip, deflate"}
    auth: list[str] = []
    if via_gateway:
        # Sent even when stored-key mode has no token: the gateway's own 2009 is the answer.
        if token:
            headers["cf-aig-authorization"] = f"Bearer {token}"
            auth.append("cf-aig-authorization")
        headers["cf-aig-skip-cache"] = "true"  # a cached answer would hide today's failure
    if mode in KEY_SENDING_MODES:
        headers["authorization"] = f"Bearer {key}"
        auth.append("authorization")
    path = "/chat/completions" if endpoint == "chat" else "/models"
    url = base.rstrip("/") + path
    body = None
    if endpoint == "chat":
        headers["content-type"] = "application/json"
        body = json.dumps({"model": model, **PING}).encode()
    send_url = _connect(url, connect_to)
    # Every provider key present is redacted, not only the one sent: servers echo things.
    secrets = tuple(v for v in [token, *(values.get(p.key_var) or "" for p in
                                         providers.PROVIDERS.values())] if v)
    sent = Sent(mode=mode, provider=provider.slug if provider else None,
                endpoint=("compat" if compat else "provider") if via_gateway else None,
                model=model or None, via_gateway=via_gateway,
                sent_provider_key="authorization" in auth,
                sent_gateway_token="cf-aig-authorization" in auth)
    stray = (f"{key_var} is set but not sent (gateway-stored-key); if your app sends it as "
             "Authorization, the gateway forwards it instead of the stored key"
             if mode == "gateway-stored-key" and key else "")
    notes = (f"mode {mode} ({why})", how, stray)
    return Plan("POST" if body is not None else "GET", url, send_url, headers, body, sent,
                secrets, tuple(auth), tuple(n for n in notes if n))


def _provider_of(values: Mapping[str, str | None], gw: gateway.GatewayURL | None, base: str,
                 model: str) -> tuple[providers.Provider | None, bool, str]:
    """(provider, is compat, how it was decided): URL slug, compat prefix, host, or key var."""
    if gw is not None and gw.slug == gateway.COMPAT:
        prefix, _ = split_compat_model(model)
        p = providers.by_compat_prefix(prefix) if prefix else None
        return p, True, f"provider {p.slug} from the compat model prefix" if p else ""
    if gw is not None:
        p = providers.get(gw.slug or "")
        return p, False, f"provider {p.slug} from the gateway URL" if p else ""
    p = providers.by_direct_url(base)
    if p:
        return p, False, f"provider {p.slug} from the URL host"
    p = next((p for p in providers.PROVIDERS.values() if values.get(p.key_var)), None)
    return p, False, f"provider {p.slug} from {p.key_var} being set" if p else ""


def _connect(url: str, rules: Sequence[str | ConnectTo]) -> str:
    for rule in rules:
        r = rule if isinstance(rule, ConnectTo) else ConnectTo.parse(rule)
        target = r.apply(url)
        if target is not None:
            return target
    return url


# -- sending --------------------------------------------------------------------------------
MAX_BODY = 1024 * 1024  # read no more than this, decoded; enough for any error body
_CHUNK = 64 * 1024
_GRACE = 0.25  # how long the worker may take to unwind once the deadline aborted its socket
_PHASES = {
    "connection.connect_tcp.started": "connecting",
    "connection.start_tls.started": "in the TLS handshake",
    "http11.send_request_headers.started": "sending the request",
    "http11.receive_response_headers.started": "waiting for the response headers",
    "http11.receive_response_body.started": "reading the response body",
}


@dataclass
class Exchange:
    """What came back: an HTTP answer (status, headers, body) or a transport failure."""

    status: int | None = None
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes = b""
    failure: str | None = None  # a `classify_failure` cause
    detail: str = ""
    notes: list[str] = field(default_factory=list)


class _Progress:
    """httpcore trace hook: where the request is (for a timeout's detail) and its socket.

    The socket is what lets one deadline hold even against a server that drips a byte at a
    time: httpx's read timeout is per read, so the watchdog shuts the socket down instead.
    """

    def __init__(self) -> None:
        self.phase = "resolving the host name and connecting"
        self.streams: list[Any] = []

    def __call__(self, name: str, info: dict[str, Any]) -> None:
        if name in ("connection.connect_tcp.complete", "connection.start_tls.complete"):
            self.streams.append(info.get("return_value"))
        self.phase = _PHASES.get(name, self.phase)

    def abort(self) -> None:
        for stream in reversed(self.streams):
            sock = stream.get_extra_info("socket") if stream is not None else None
            try:
                sock.shutdown(socket.SHUT_RDWR)
                return
            except (AttributeError, OSError):
                continue


def exchange(method: str, url: str, headers: Mapping[str, str], body: bytes | None, *,
             deadline: float) -> Exchange:
    """Send once and read the answer, all before `deadline` (time.monotonic()); never raises.

    The work runs in a thread so the deadline also bounds what no socket timeout covers
    (a slow name resolver, a server dripping bytes); past it the socket is shut down.
    """
    progress = _Progress()
    box: list[Exchange] = []

    def work() -> None:
        try:
            box.append(_send(method, url, headers, body, deadline, progress))
        except Exception as e:  # every transport fault is an answer, never a traceback
            box.append(_failure(e, progress))

    worker = threading.Thread(target=work, name="setup-wizard-probe", daemon=True)
    worker.start()
    worker.join(max(0.0, deadline - time.monotonic()))
    if worker.is_alive():
        progress.abort()
        worker.join(_GRACE)
        return Exchange(failure="timeout", detail=f"no complete answer within the deadline "
                        f"(stopped while {progress.phase})")
    return box[0]


def _send(method: str, url: str, headers: Mapping[str, str], body: bytes | None,
          deadline: float, progress: _Progress) -> Exchange:
    remaining = deadline - time.monotonic()
    if remaining <= 0:
        return Exchange(failure="timeout", detail="the deadline passed before sending")
    # The app's SDK honours HTTP(S)_PROXY; a local emulator is never behind one.
    local = (urlsplit(url).hostname or "") in ("localhost", "::1") or (
        urlsplit(url).hostname or "").startswith("127.")
    with httpx.Client(verify=True, follow_redirects=False, trust_env=not local,
                      timeout=httpx.Timeout(remaining)) as client:
        request = client.build_request(method, url, headers=dict(headers), content=body,
                                       extensions={"trace": progress})
        response = client.send(request, stream=True)
        try:
            x = Exchange(status=response.status_code, headers=dict(response.headers))
            location = response.headers.get("location")
            if 300 <= response.status_code < 400:
                x.notes.append(f"redirect (HTTP {response.status_code}) to {location or '?'} "
                               "not followed")
            _read_body(response, x, deadline)
        finally:
            response.close()  # unread rest of a big body: the connection is dropped, not drained
    return x


def _read_body(response: httpx.Response, x: Exchange, deadline: float) -> None:
    decoder = _Decoder(response.headers.get("content-encoding", ""))
    raw = 0
    try:
        for chunk in response.iter_raw(_CHUNK):
            raw += len(chunk)
            decoder.feed(chunk)
            if decoder.full or raw > MAX_BODY:
                x.notes.append(f"body larger than {MAX_BODY // 1024} KiB: read the first "
                               f"{MAX_BODY // 1024} KiB, no more")
                break
            if time.monotonic() >= deadline:
                x.failure, x.detail = "timeout", (
                    f"HTTP {x.status} headers arrived but the body was still coming at the "
                    f"deadline ({raw} bytes read)")
                break
    except httpx.TimeoutException:
        x.failure, x.detail = "timeout", (
            f"HTTP {x.status} headers arrived, then the body stalled ({raw} bytes read)")
    except httpx.TransportError as e:
        x.failure, x.detail = "unknown", (
            f"connection reset mid-response: HTTP {x.status} headers and {raw} body bytes "
            f"arrived, then {_short(e)}")
    x.body = bytes(decoder.out)
    x.notes.extend(decoder.notes)


class _Decoder:
    """gzip/deflate decoding that stops at MAX_BODY decoded bytes: a gzip bomb stays small."""

    def __init__(self, encoding: str) -> None:
        enc = encoding.strip().lower()
        self.out = bytearray()
        self.full = False
        self.notes: list[str] = []
        self._z: Any = None
        self._raw_deflate_tried = False
        if enc in ("gzip", "x-gzip"):
            self._z = zlib.decompressobj(zlib.MAX_WBITS | 16)
            self.notes.append(f"body was {enc}-encoded and decoded")
        elif enc == "deflate":
            self._z = zlib.decompressobj()
            self.notes.append("body was deflate-encoded and decoded")
        elif enc not in ("", "identity"):
            self._z = False  # unknown: keep the raw bytes, say so
            self.notes.append(f"body has content-encoding {enc!r}, not decoded")

    def feed(self, raw: bytes) -> None:
        room = MAX_BODY - len(self.out) + 1  # one byte more than fits tells us it overflowed
        if not self._z:
            piece = raw[:room]
        else:
            try:
                piece = self._z.decompress(raw, room)
            except zlib.error:
                if self._z is not None and not self._raw_deflate_tried and not self.out:
                    self._raw_deflate_tried = True  # some servers send raw deflate
                    self._z = zlib.decompressobj(-zlib.MAX_WBITS)
                    self.feed(raw)
                    return
                self.notes.append("the compressed body is corrupt; classified what decoded")
                self._z, piece = False, b""
        self.out += piece
        if len(self.out) > MAX_BODY:
            del self.out[MAX_BODY:]
            self.full = True


def _chain(e: BaseException) -> list[BaseException]:
    seen: list[BaseException] = []
    cur: BaseException | None = e
    while cur is not None and cur not in seen:
        seen.append(cur)
        cur = cur.__cause__ or cur.__context__
    return seen


def _short(e: BaseException) -> str:
    return " ".join(str(e).split())[:200] or type(e).__name__


def _failure(e: Exception, progress: _Progress) -> Exchange:
    """httpx's exception -> a `classify_failure` cause. ConnectError wraps DNS, refused and TLS
    alike, so the cause chain decides."""
    chain = _chain(e)
    text = " ".join(str(c) for c in chain).lower()
    if isinstance(e, httpx.TimeoutException):
        kind = {httpx.ConnectTimeout: "connect", httpx.ReadTimeout: "read",
                httpx.WriteTimeout: "write", httpx.PoolTimeout: "pool"}.get(type(e), "")
        return Exchange(failure="timeout", detail=f"{kind} timeout while {progress.phase}")
    if any(isinstance(c, socket.gaierror) for c in chain) or any(
            s in text for s in ("name or service not known", "nodename nor servname",
                                "getaddrinfo failed", "name resolution")):
        return Exchange(failure="dns-failure", detail=f"the host name does not resolve: "
                        f"{_short(e)}")
    if any(isinstance(c, ConnectionRefusedError) for c in chain) or "refused" in text:
        return Exchange(failure="connection-refused", detail=f"nothing listens there: "
                        f"{_short(e)}")
    if any(isinstance(c, ssl.SSLError) for c in chain) or any(
            s in text for s in ("ssl", "certificate", "tls")):
        return Exchange(failure="tls-error", detail=f"TLS handshake failed: {_short(e)}")
    if isinstance(e, httpx.RemoteProtocolError):
        if "without sending a response" in text or "disconnected" in text:
            return Exchange(failure="unknown", detail="empty answer: the server closed the "
                            "connection without an HTTP response (nothing at all, or a few "
                            "bytes that are not HTTP)")
        return Exchange(failure="unknown", detail=f"not an HTTP answer: {_short(e)}")
    if any(isinstance(c, ConnectionResetError) for c in chain) or "reset" in text:
        return Exchange(failure="unknown", detail=f"connection reset while {progress.phase}")
    return Exchange(failure="unknown", detail=f"{type(e).__name__}: {_short(e)}")


# -- the result -----------------------------------------------------------------------------
@dataclass
class ProbeResult:
    diagnosis: Diagnosis
    plan: Plan
    elapsed_ms: int
    redact: Redactor = field(repr=False, default_factory=Redactor)

    @property
    def exit_code(self) -> ExitCode:
        return self.diagnosis.exit_code

    def to_dict(self) -> dict[str, Any]:
        out = self.diagnosis.to_dict()
        out["request"] = {"method": self.plan.method, "url": self.plan.url,
                          "auth_headers": list(self.plan.auth_headers),
                          "connected_to": self.plan.connected_to}
        out["elapsed_ms"] = self.elapsed_ms
        return _redact_tree(out, self.redact)

    def to_text(self) -> str:
        p = self.plan
        lines = [f"{p.method} {p.url}",
                 f"  auth headers: {', '.join(p.auth_headers) or '(none)'}"]
        if p.connected_to:
            lines.append(f"  connected to: {p.connected_to} (--connect-to)")
        lines += [self.diagnosis.to_text(), f"  elapsed:  {self.elapsed_ms} ms"]
        return self.redact("\n".join(lines))


def _redact_tree(value: Any, redact: Redactor) -> Any:
    if isinstance(value, str):
        return redact(value)
    if isinstance(value, list):
        return [_redact_tree(v, redact) for v in value]
    if isinstance(value, dict):
        return {k: _redact_tree(v, redact) for k, v in value.items()}
    return value


def diagnose(x: Exchange, plan: Plan) -> Diagnosis:
    """Hand the exchange to the classifier; add what only the probe knows to the evidence."""
    from setup_wizard.classify import classify, classify_failure

    if x.failure is not None:
        d = classify_failure(x.failure, x.detail, plan.sent)
    else:
        assert x.status is not None
        d = classify(x.status, x.headers, x.body, plan.sent)
    extra = list(x.notes)
    if plan.connected_to:
        extra.append(f"request for {plan.url} was connected to {plan.connected_to}")
    extra += [f"request: {n}" for n in plan.notes]
    d.evidence.extend(e for e in extra if e not in d.evidence)
    return d


def check_timeout(timeout: float) -> float:
    if not 0 < timeout <= MAX_TIMEOUT:  # also refuses nan and inf
        raise UsageError(f"--timeout {timeout} is not a usable deadline",
                         fix=f"give seconds between 0 and {MAX_TIMEOUT:.0f}, e.g. --timeout 10")
    return timeout


def probe_env(values: Mapping[str, str | None], *, timeout: float = 10.0,
              endpoint: str = "chat", connect_to: Sequence[str | ConnectTo] = ()) -> ProbeResult:
    """Probe with a parsed .env. Raises ConfigUnusable/UsageError before sending anything."""
    check_timeout(timeout)
    started = time.monotonic()
    plan = plan_request(values, endpoint=endpoint, connect_to=connect_to)
    x = exchange(plan.method, plan.send_url, plan.headers, plan.body,
                 deadline=started + timeout)
    d = diagnose(x, plan)
    elapsed = int((time.monotonic() - started) * 1000)
    return ProbeResult(d, plan, elapsed, Redactor(plan.secrets))
