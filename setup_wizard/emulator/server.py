"""A local stand-in for Cloudflare AI Gateway with Groq behind it, for Groq itself, and for
the Cloudflare REST API (/client/v4/...) that lists the gateways and reads their logs.

The server only: what it answers is `scenarios` and `cloudflare_api`. It listens on 127.0.0.1
alone, and `x-emulator-scenario: NAME` on a request picks the scenario for that request only.
Every gateway answer it sends is written to its log book, so the API can serve the entry.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from setup_wizard.emulator import cloudflare_api
from setup_wizard.emulator.behaviour import Settings
from setup_wizard.emulator.scenarios import SCENARIOS
from setup_wizard.emulator.wire import Answer, Req, http_head
from setup_wizard.errors import UsageError

SCENARIO_HEADER = "x-emulator-scenario"
API_PREFIX = "/client/v4/"  # the Cloudflare REST API (api.cloudflare.com)


def _route(method: str, path: str, headers: dict[str, str], data: Any) -> Req:
    segs = [s for s in path.split("?", 1)[0].split("/") if s]
    body = data if isinstance(data, dict) else None
    if len(segs) >= 4 and segs[0] == "v1":
        return Req(method, path, headers, body, True, segs[3], "/".join(segs[4:]),
                   account=segs[1].lower(), gateway=segs[2])
    if segs[:2] == ["openai", "v1"]:
        return Req(method, path, headers, body, False, "groq-direct", "/".join(segs[2:]))
    return Req(method, path, headers, body, False, None, "/".join(segs))


@dataclass(frozen=True)
class Seen:
    """One request as received (tests check what the probe really sent)."""

    method: str
    path: str
    headers: dict[str, str]
    json: dict[str, Any] | None
    scenario: str


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False

    def __init__(self, addr: tuple[str, int], scenario: str, settings: Settings,
                 log: Callable[[str], None] | None,
                 on_answer: Callable[[Seen, Answer], None] | None = None) -> None:
        super().__init__(addr, Handler)
        self.scenario = scenario
        self.settings = settings
        self.log = log
        self.on_answer = on_answer
        self.stopping = threading.Event()
        self.seen: list[Seen] = []
        self.logs = cloudflare_api.LogBook()

    def handle_error(self, request: Any, client_address: Any) -> None:
        pass  # a client that hangs up early (the probe at its deadline) is normal here


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _Server

    def do_GET(self) -> None:
        n = int(self.headers.get("content-length") or 0)
        raw = self.rfile.read(min(n, 1024 * 1024)) if n > 0 else b""
        try:
            data = json.loads(raw) if raw else None
        except ValueError:
            data = None
        headers = {k.lower(): v for k, v in self.headers.items()}
        name = headers.get(SCENARIO_HEADER) or self.server.scenario
        req = _route(self.command, self.path, headers, data)
        self._seen = Seen(self.command, self.path, headers, req.json, name)
        self.server.seen.append(self._seen)
        self._name, self._answered, self._req = name, False, req
        self._started = time.monotonic()
        scenario = SCENARIOS.get(name)
        if scenario is None:
            self.send_answer(Answer(400, f"unknown scenario {name!r}\n".encode(),
                                    [("content-type", "text/plain")]))
            return
        if self.path.startswith(API_PREFIX) and scenario.source != "fault":
            # The REST API behaves whatever the scenario, except for network faults.
            self._answer_api(headers)
        else:
            scenario.respond(self, req, self.server.settings)
        if self.server.log and not self._answered:
            self.server.log(f"{self.command} {self.path} -> fault [{name}]")

    do_POST = do_PUT = do_DELETE = do_PATCH = do_GET

    @property
    def stopping(self) -> threading.Event:
        """Set when the server shuts down: a hanging responder waits on it."""
        return self.server.stopping

    def _answer_api(self, headers: dict[str, str]) -> None:
        a = cloudflare_api.answer(self.command, self.path, headers, self.server.settings.api,
                                  self.server.logs)
        self.send_answer(Answer(a.status, cloudflare_api.body_bytes(a),
                                [("content-type", "application/json"), *a.headers,
                                 ("server", "cloudflare")]))

    def send_answer(self, ans: Answer) -> None:
        self._log(ans)  # before the answer leaves: a client may ask for the entry at once
        if self.server.on_answer is not None:  # check-app judges the request with its answer
            self.server.on_answer(self._seen, ans)
        length = ("content-length", str(len(ans.body)))
        self.wfile.write(http_head(ans.status, [*ans.headers, length]) + ans.body)
        self._answered = True
        if self.server.log:
            self.server.log(f"{self.command} {self.path} -> {ans.status} [{self._name}]")

    def _log(self, ans: Answer) -> None:
        """The gateway logs every answer that carries a cf-aig-log-id (which of its own
        refusals the real gateway logs is UNCONFIRMED)."""
        req = self._req
        log_id = next((v for k, v in ans.headers if k == "cf-aig-log-id"), None)
        if not (req.via_gateway and log_id and req.account and req.gateway):
            return
        provider, model = req.slug or "?", req.model
        if req.slug == "compat":
            provider, _, model = req.model.partition("/")
        self.server.logs.record(req.account, req.gateway, log_id, cloudflare_api.log_entry(
            log_id, provider, model, req.rest, ans.status,
            int((time.monotonic() - self._started) * 1000)))

    def log_message(self, format: str, *args: Any) -> None:  # the stdlib's goes to stderr
        pass


class Emulator:
    """A running emulator; also a context manager that stops it."""

    def __init__(self, server: _Server) -> None:
        self._server = server
        self._thread = threading.Thread(target=server.serve_forever, args=(0.05,),
                                        name="setup-wizard-emulate", daemon=True)
        self._thread.start()

    @property
    def port(self) -> int:
        return int(self._server.server_address[1])

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def scenario(self) -> str:
        return self._server.scenario

    @scenario.setter
    def scenario(self, name: str) -> None:
        _check(name)
        self._server.scenario = name

    @property
    def seen(self) -> list[Seen]:
        return self._server.seen

    @property
    def logs(self) -> cloudflare_api.LogBook:
        return self._server.logs

    def connect_to(self, origin: str = "https://gateway.ai.cloudflare.com") -> str:
        return f"{origin}={self.url}"

    def stop(self) -> None:
        self._server.stopping.set()  # frees hanging and dripping handlers
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(2)

    def __enter__(self) -> Emulator:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


def _check(name: str) -> None:
    if name not in SCENARIOS:
        raise UsageError(f"unknown scenario {name!r}",
                         fix="choose one of: " + ", ".join(SCENARIOS))


def start(port: int = 0, scenario: str = "ok", *, settings: Settings | None = None,
          log: Callable[[str], None] | None = None,
          on_answer: Callable[[Seen, Answer], None] | None = None) -> Emulator:
    """Serve on 127.0.0.1 (never on other interfaces: it hands out a known token).

    `on_answer(request, answer)` is called for every HTTP answer, before it is sent."""
    _check(scenario)
    if not 0 <= port <= 65535:
        raise UsageError(f"port {port} is out of range", fix="give 1-65535, or 0 for any")
    try:
        server = _Server(("127.0.0.1", port), scenario, settings or Settings(), log, on_answer)
    except OSError as e:
        raise UsageError(f"cannot listen on 127.0.0.1:{port}: {e.strerror}",
                         fix="pick another --port, or 0 for any free port") from None
    return Emulator(server)
