"""Sending the probe's one request: the part that needs httpx, kept apart from planning.

One overall deadline, not httpx's per-phase timeouts: a server dripping a byte at a time
or a slow resolver must not outlast it. At most 1 MiB is read and decoded (a gzip bomb
stays small), and every transport fault becomes a `classify_failure` cause, never a raise.
"""

from __future__ import annotations

import socket
import ssl
import threading
import time
import zlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

import httpx

from setup_wizard.diagnose.classify import (
    MAX_BODY,  # one cap: what is read is all that is classified
)

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
             deadline: float, client: httpx.Client | None = None) -> Exchange:
    """Send once and read the answer, all before `deadline` (time.monotonic()); never raises.

    The work runs in a thread so the deadline also bounds what no socket timeout covers
    (a slow name resolver, a server dripping bytes); past it the socket is shut down.
    `client` (from `open_client`) keeps the connection for a series of calls to one host.
    """
    progress = _Progress()
    box: list[Exchange] = []

    def work() -> None:
        try:
            box.append(_send(method, url, headers, body, deadline, progress, client))
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


def open_client(url: str) -> httpx.Client:
    """TLS verified, no redirect followed (a credential never follows one elsewhere).

    The app's SDK honours HTTP(S)_PROXY; a local emulator is never behind one.
    """
    host = urlsplit(url).hostname or ""
    local = host in ("localhost", "::1") or host.startswith("127.")
    return httpx.Client(verify=True, follow_redirects=False, trust_env=not local)


def _send(method: str, url: str, headers: Mapping[str, str], body: bytes | None,
          deadline: float, progress: _Progress, client: httpx.Client | None) -> Exchange:
    remaining = deadline - time.monotonic()
    if remaining <= 0:
        return Exchange(failure="timeout", detail="the deadline passed before sending")
    if client is None:
        with open_client(url) as own:
            return _send_with(own, method, url, headers, body, deadline, remaining, progress)
    return _send_with(client, method, url, headers, body, deadline, remaining, progress)


def _send_with(client: httpx.Client, method: str, url: str, headers: Mapping[str, str],
               body: bytes | None, deadline: float, remaining: float,
               progress: _Progress) -> Exchange:
    request = client.build_request(method, url, headers=dict(headers), content=body,
                                   timeout=httpx.Timeout(remaining),
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
