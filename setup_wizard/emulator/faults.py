"""Faults: answers that are not a clean HTTP response (a hang, a reset, a drip, a bomb),
and the canned answers some scenarios play whatever the request."""

from __future__ import annotations

import gzip
import socket
import struct
import threading
import zlib
from collections.abc import Callable
from functools import lru_cache
from typing import IO, Protocol

from setup_wizard.emulator.behaviour import Settings, behave
from setup_wizard.emulator.wire import (
    Answer,
    Req,
    edge_headers,
    gateway_error,
    groq_error,
    http_head,
    invalid_key,
)


class Wire(Protocol):
    """The connection a fault responder writes to (the server's request handler).

    Declared here, not imported from `server`, so the faults (and the scenario table) do not
    depend on the server that plays them.
    """

    wfile: IO[bytes]
    connection: socket.socket
    close_connection: bool

    @property
    def stopping(self) -> threading.Event: ...

    def send_answer(self, ans: Answer) -> None: ...


Responder = Callable[[Wire, Req, Settings], None]


def canned(make: Callable[[Req], Answer]) -> Responder:
    return lambda h, req, s: h.send_answer(make(req))


def no_gateway_models(h: Wire, req: Req, s: Settings) -> None:
    """Behaves, except that the gateway path serves no GET /models. What the real gateway
    answers there is UNCONFIRMED (docs/sources.md#gateway-models): a bare 404 stands in."""
    if req.via_gateway and req.rest == "models":
        h.send_answer(Answer(404, b"Not Found\n", [("content-type", "text/plain"),
                                                    *edge_headers()]))
    else:
        h.send_answer(behave(req, s))


def hang(h: Wire, req: Req, s: Settings) -> None:
    h.stopping.wait()  # accept, read the request, never answer
    h.close_connection = True


def reset(h: Wire, req: Req, s: Settings) -> None:
    """Headers and the start of a body, then a TCP reset (SO_LINGER 0)."""
    ans = gateway_error(2009, 401, "Unauthorized")
    head = http_head(ans.status, [*ans.headers, ("content-length", str(len(ans.body) + 500))])
    h.wfile.write(head + ans.body[:40])
    h.wfile.flush()
    h.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    h.connection.close()
    h.close_connection = True


def empty(h: Wire, req: Req, s: Settings) -> None:
    h.close_connection = True  # close without a byte


def not_http(h: Wire, req: Req, s: Settings) -> None:
    # What sshd sends to an HTTP client, plus a blank line so the client parses it at all.
    h.wfile.write(b"SSH-2.0-OpenSSH_9.6\r\nProtocol mismatch.\r\n\r\n")
    h.close_connection = True


def slow_drip(h: Wire, req: Req, s: Settings) -> None:
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


def huge(req: Req) -> Answer:
    page = b"<html><body>" + b"x" * (2 * 1024 * 1024) + b"</body></html>"
    return Answer(502, page, [("content-type", "text/html")])


def gzipped(req: Req) -> Answer:
    ans = invalid_key(req)
    return Answer(ans.status, gzip.compress(ans.body), [*ans.headers,
                                                        ("content-encoding", "gzip")])


@lru_cache(maxsize=1)
def _bomb_bytes() -> bytes:
    z = zlib.compressobj(9, zlib.DEFLATED, zlib.MAX_WBITS | 16)
    block = b"\0" * (1024 * 1024)
    return b"".join(z.compress(block) for _ in range(64)) + z.flush()  # 64 MiB decoded


def gzip_bomb(req: Req) -> Answer:
    return Answer(200, _bomb_bytes(), [("content-type", "application/json"),
                                       ("content-encoding", "gzip")])


def redirect(req: Req) -> Answer:
    return Answer(301, b"", [("location", f"https://gateway.ai.cloudflare.com{req.path}"),
                             *edge_headers()])


def echo_key(req: Req) -> Answer:
    """A server that repeats the credentials it got (OpenAI does): a masking test.

    docs/sources.md#openai-errors
    """
    auth = req.headers.get("authorization") or req.headers.get("cf-aig-authorization") or ""
    return groq_error(req, 401, f"Incorrect API key provided: {auth.removeprefix('Bearer ')}",
                      "invalid_request_error", "invalid_api_key",
                      [("x-echo", req.headers.get("cf-aig-authorization", ""))])
