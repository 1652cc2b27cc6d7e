"""For the Cloudflare API tests: a loopback server that plays back raw answers in the
recorded shapes (each test says exactly what the API sends), and the emulator's tokens."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from setup_wizard.emulator.cloudflare_api import (
    ACCOUNT,
    EMULATOR_ACCOUNT_API_TOKEN,
    EMULATOR_API_TOKEN,
    EMULATOR_LIMITED_API_TOKEN,
    SECOND_ACCOUNT,
)

API = "https://api.cloudflare.com"
# A token the emulator refuses, in the real user-token shape (scanned for in every output).
BAD_API_TOKEN = "cfut_" + "B4dT0kenXy" * 4 + "Zq9w"
API_TOKENS = (EMULATOR_API_TOKEN, EMULATOR_ACCOUNT_API_TOKEN, EMULATOR_LIMITED_API_TOKEN,
              BAD_API_TOKEN)
__all__ = [
    "ACCOUNT",
    "API",
    "API_TOKENS",
    "BAD_API_TOKEN",
    "EMULATOR_ACCOUNT_API_TOKEN",
    "EMULATOR_API_TOKEN",
    "EMULATOR_LIMITED_API_TOKEN",
    "SECOND_ACCOUNT",
    "Canned",
    "Reply",
    "canned_api",
    "envelope",
    "failure",
]

Reply = tuple[int, Any]  # (status, JSON body or raw bytes)


def envelope(result: Any, *, page: int | None = None, per_page: int = 2,
             messages: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    """A v4 success envelope (docs/sources.md#cloudflare-api)."""
    out: dict[str, Any] = {"success": True, "errors": [], "messages": messages or [],
                           "result": result}
    if page is not None:
        out["result_info"] = {"page": page, "per_page": per_page}
    return out


def failure(code: int, message: str) -> dict[str, Any]:
    return {"success": False, "errors": [{"code": code, "message": message}], "messages": [],
            "result": None}


@dataclass
class Canned:
    """What the stub received, and the URL to --connect-to it."""

    url: str
    seen: list[tuple[str, dict[str, str]]] = field(default_factory=list)  # (path, headers)

    def paths(self) -> list[str]:
        return [p for p, _ in self.seen]


@contextmanager
def canned_api(answer: Callable[[str], Reply | None]) -> Iterator[Canned]:
    """Serve `answer(path_with_query)` on 127.0.0.1; None means: never answer (hang)."""
    stop = threading.Event()
    box: list[Canned] = []

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:
            box[0].seen.append((self.path, {k.lower(): v for k, v in self.headers.items()}))
            reply = answer(self.path)
            if reply is None:
                stop.wait()
                return
            status, body = reply
            raw = body if isinstance(body, bytes) else json.dumps(body).encode()
            self.send_response(status)
            self.send_header("content-type", "application/json")
            self.send_header("content-length", str(len(raw)))
            self.end_headers()
            self.wfile.write(raw)

        def log_message(self, format: str, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    box.append(Canned(f"http://127.0.0.1:{server.server_address[1]}"))
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        yield box[0]
    finally:
        stop.set()
        server.shutdown()
        server.server_close()
        thread.join(2)


def wait_until(check: Callable[[], bool], limit: float = 5.0) -> bool:
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        if check():
            return True
        time.sleep(0.01)
    return False
