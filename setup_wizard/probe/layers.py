"""`doctor`'s network layers, in the order a request crosses them: DNS, TCP, TLS, then one
probe whose answer says which of the gateway (token), the provider (key, or the stored key)
and the model let it through. The first failing layer stops the walk; the rest are skipped.

The `.env` and lint layers come first and are the command's (lint is another act stage);
`Check` and `DoctorReport` are shared with it. One deadline covers every network check.
"""

from __future__ import annotations

import socket
import ssl
import threading
import time
import urllib.request
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal
from urllib.parse import urlsplit

from setup_wizard.diagnose.classify import classify_failure
from setup_wizard.diagnose.diagnosis import CLOUDFLARE_ORIGINS, PROVIDER_ORIGINS
from setup_wizard.errors import ExitCode
from setup_wizard.masking import Redactor
from setup_wizard.probe.request import ConnectTo, Plan, ProbeResult, plan_request, probe_env

Status = Literal["pass", "warn", "fail", "skip"]
LAYERS = ("file", "lint", "dns", "tcp", "tls", "gateway", "key", "model")
# Which layer an answer's cause fails (docs/probe.md lists the causes). Cloudflare's answers
# fail the gateway layer unless named here; a provider's fail the model layer unless named.
CAUSE_LAYER: dict[str, str] = {
    "gateway-no-credits": "key",  # no key on the request and none stored (code 2021)
    "gateway-byok-alias": "key",  # the stored key's alias does not exist
    "provider-auth-invalid": "key", "provider-auth-missing": "key",
    "permission-denied": "key", "quota-exhausted": "key",
    "dns-failure": "dns", "connection-refused": "tcp", "tls-error": "tls",
}
_PORTS = {"http": 80, "https": 443}


@dataclass
class Check:
    layer: str
    name: str
    status: Status
    detail: str = ""
    fix: str = ""

    def to_dict(self) -> dict[str, str]:
        return {"layer": self.layer, "name": self.name, "status": self.status,
                "detail": self.detail, "fix": self.fix}


@dataclass
class DoctorReport:
    checks: list[Check]
    probe: ProbeResult | None = None  # None when no request was sent
    exit_code: int = ExitCode.OK
    mode: str | None = None  # names the key layer ("the stored key works")
    redact: Redactor = field(default_factory=Redactor, repr=False)

    @property
    def failed(self) -> Check | None:
        return next((c for c in self.checks if c.status == "fail"), None)

    def to_dict(self) -> dict[str, Any]:
        checks = [{k: self.redact(v) for k, v in c.to_dict().items()} for c in self.checks]
        return {"checks": checks, "diagnosis": self.probe.to_dict() if self.probe else None}

    def to_text(self) -> str:
        width = max(len(c.name) for c in self.checks)
        lines = []
        for c in self.checks:
            mark = c.status.upper() if c.status == "fail" else c.status
            lines.append(f"  {mark:<4}  {c.layer:<7}  {c.name:<{width}}  {c.detail}".rstrip())
            if c.fix and c.status in ("fail", "warn"):
                lines.append(f"        fix: {c.fix}")
        bad = self.failed
        lines.append(f"Stopped at layer {bad.layer}: {bad.name}." if bad
                     else "Every layer passed." if all(c.status != "warn" for c in self.checks)
                     else "Every layer passed, with warnings.")
        return self.redact("\n".join(lines))

    def skip_rest(self) -> None:
        """Every layer not reached yet: skipped, saying why."""
        bad = self.failed
        seen = {c.layer for c in self.checks}
        for layer in LAYERS:
            if layer not in seen:
                self.checks.append(Check(layer, layer_name(layer, self.mode), "skip",
                                         f"not checked: layer {bad.layer} failed" if bad
                                         else "not checked"))


def layer_name(layer: str, mode: str | None) -> str:
    return {
        "file": "the .env parses", "lint": "lint finds no error", "dns": "DNS resolves the host",
        "tcp": "TCP connects", "tls": "TLS handshake and certificate",
        "gateway": "the gateway accepts the token",
        "key": ("the stored key works" if mode == "gateway-stored-key"
                else "the provider accepts the key"),
        "model": "the model answers",
    }[layer]


# -- the walk ----------------------------------------------------------------------------------
def network_layers(report: DoctorReport, values: Mapping[str, str | None], *, timeout: float,
                   connect_to: Sequence[ConnectTo]) -> None:
    """Append the DNS .. model checks to `report`, stopping at the first failure."""
    started = time.monotonic()
    deadline = started + timeout
    plan = plan_request(values, connect_to=connect_to)  # ConfigUnusable: the caller's
    report.redact = Redactor([*report.redact.secrets, *plan.secrets])
    mode = plan.sent.mode
    target = urlsplit(plan.send_url)
    host, scheme = target.hostname or "", target.scheme.lower()
    port = target.port or _PORTS[scheme]
    proxy = _proxy_for(scheme, host)
    where = f"{host}:{port}" + (f" (for {urlsplit(plan.url).hostname}, --connect-to)"
                                if plan.connected_to else "")
    if proxy:
        where = f"the proxy {proxy[0]}:{proxy[1]} ({scheme.upper()}_PROXY)"
        host, port = proxy

    addrs = _resolve(host, port, deadline)
    if isinstance(addrs, str):
        return _failed(report, plan, "dns", "dns-failure", addrs, started)
    shown = ", ".join(sorted({a[4][0] for a in addrs})[:3])
    report.checks.append(Check("dns", layer_name("dns", mode), "pass", f"{host} -> {shown}"))

    sock = _connect(addrs, deadline)
    if isinstance(sock, tuple):
        return _failed(report, plan, "tcp", *sock, started)
    report.checks.append(Check("tcp", layer_name("tcp", mode), "pass", f"connected to {where}"))
    try:
        if proxy:
            report.checks.append(Check("tls", layer_name("tls", mode), "skip", "through a "
                                       "proxy: the request below checks TLS end to end"))
        elif scheme == "https":
            tls = _handshake(sock, target.hostname or host, deadline)
            if tls[0] != "pass":
                return _failed(report, plan, "tls", tls[1], tls[2], started)
            report.checks.append(Check("tls", layer_name("tls", mode), "pass", tls[2]))
        else:
            report.checks.append(Check("tls", layer_name("tls", mode), "skip",
                                       f"plain http:// to {where}: no TLS"))
    finally:
        sock.close()

    remaining = deadline - time.monotonic()
    if remaining <= 0:
        return _failed(report, plan, _first_http(mode), "timeout",
                       "the deadline passed before the request", started)
    result = probe_env(values, timeout=remaining, connect_to=connect_to)
    _attribute(report, result)


def _first_http(mode: str | None) -> str:
    return "gateway" if mode in ("gateway-stored-key", "gateway-request-key") else "key"


def _attribute(report: DoctorReport, result: ProbeResult) -> None:
    """Pass the HTTP layers the answer proves were crossed; fail the one it names."""
    d, sent = result.diagnosis, result.plan.sent
    mode = sent.mode
    report.probe = result
    report.exit_code = int(result.exit_code)
    if d.cause == "ok":
        failing = None
    elif d.origin in CLOUDFLARE_ORIGINS:
        failing = CAUSE_LAYER.get(d.cause) or (
            "model" if d.cause == "gateway-route" and sent.endpoint == "compat" else "gateway")
    elif d.origin in PROVIDER_ORIGINS:
        failing = CAUSE_LAYER.get(d.cause, "model")
    else:  # network or unknown: the first layer that needed an answer did not get one
        failing = CAUSE_LAYER.get(d.cause) or _first_http(mode)
    provider = sent.provider or "the provider"
    for layer in ("gateway", "key", "model"):
        name = layer_name(layer, mode)
        if layer == "gateway" and not sent.via_gateway:
            report.checks.append(Check(layer, name, "skip", "direct mode: no gateway"))
        elif layer == failing:
            status = f"HTTP {d.status}" if d.status is not None else "no HTTP answer"
            code = f", code {d.code}" if d.code is not None else ""
            said = f": {d.message}" if d.message else ""
            report.checks.append(Check(layer, name, "fail",
                                       f"{d.origin} / {d.cause} ({status}{code}){said}", d.hint))
            return
        elif layer == "gateway":
            report.checks.append(_gateway_passed(sent.sent_gateway_token, provider, name))
        elif layer == "key":
            report.checks.append(Check(layer, name, "pass", "the gateway added the stored key "
                                       f"and {provider} accepted it" if mode ==
                                       "gateway-stored-key" else f"{provider} accepted the key"))
        else:
            report.checks.append(Check(layer, name, "pass", f"{sent.model} answered "
                                       f"(HTTP {d.status})"))


def _gateway_passed(sent_token: bool | None, provider: str, name: str) -> Check:
    if sent_token:
        return Check("gateway", name, "pass", f"the gateway passed the request on to {provider}")
    return Check("gateway", name, "warn", "the gateway let a request without a token through: "
                 "its authentication is off, so anyone with the URL can spend on it",
                 "turn Authentication on under the gateway's Settings, create a token (Run "
                 "permission) and set CF_GATEWAY_TOKEN")


def _failed(report: DoctorReport, plan: Plan, layer: str, cause: str, detail: str,
            started: float) -> None:
    """A layer below HTTP failed: the diagnosis is the probe's for that failure."""
    d = classify_failure(cause, detail, plan.sent)
    report.probe = ProbeResult(d, plan, int((time.monotonic() - started) * 1000),
                               Redactor(plan.secrets))
    report.exit_code = int(d.exit_code)
    report.checks.append(Check(layer, layer_name(layer, plan.sent.mode), "fail", detail,
                               d.hint))


# -- below HTTP --------------------------------------------------------------------------------
def _proxy_for(scheme: str, host: str) -> tuple[str, int] | None:
    """The proxy the app's HTTP client would use (the environment's, as httpx reads it);
    loopback never goes through one."""
    if host in ("localhost", "::1") or host.startswith("127."):
        return None
    proxies = urllib.request.getproxies_environment()
    url = proxies.get(scheme) or proxies.get("all")
    if not url or urllib.request.proxy_bypass_environment(host, proxies):
        return None
    p = urlsplit(url if "://" in url else f"http://{url}")
    return (p.hostname, p.port or _PORTS.get(p.scheme, 80)) if p.hostname else None


def _resolve(host: str, port: int, deadline: float) -> list[Any] | str:
    """getaddrinfo under the deadline (it has no timeout of its own): addresses or why not."""
    box: list[Any] = []

    def work() -> None:
        try:
            box.append(socket.getaddrinfo(host, port, type=socket.SOCK_STREAM))
        except (OSError, UnicodeError) as e:
            box.append(f"{host} does not resolve: {getattr(e, 'strerror', None) or e}")

    t = threading.Thread(target=work, name="setup-wizard-dns", daemon=True)
    t.start()
    t.join(max(0.0, deadline - time.monotonic()))
    if not box:
        return f"{host} did not resolve within the deadline"
    return box[0] or f"{host} has no address"


def _connect(addrs: list[Any], deadline: float) -> socket.socket | tuple[str, str]:
    """The first address that accepts; else (cause, detail) of the last failure."""
    failure = ("connection-refused", "no address to connect to")
    for family, kind, proto, _, addr in addrs:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            return ("timeout", f"no TCP connection to {addr[0]} port {addr[1]} within the "
                    "deadline")
        s = socket.socket(family, kind, proto)
        s.settimeout(remaining)
        try:
            s.connect(addr)
            return s
        except TimeoutError:
            failure = ("timeout", f"no TCP connection to {addr[0]} port {addr[1]} within the "
                       "deadline (a firewall dropping packets?)")
        except ConnectionRefusedError:
            failure = ("connection-refused", f"nothing listens on {addr[0]} port {addr[1]} "
                       "(connection refused)")
        except OSError as e:
            failure = ("connection-refused", f"cannot connect to {addr[0]} port {addr[1]}: "
                       f"{e.strerror or e}")
        s.close()
    return failure


def _handshake(sock: socket.socket, host: str, deadline: float) -> tuple[str, str, str]:
    """("pass", "", detail) or ("fail", cause, detail); verifies the certificate as the SDK."""
    sock.settimeout(max(0.01, deadline - time.monotonic()))
    ctx = ssl.create_default_context()
    try:
        with ctx.wrap_socket(sock, server_hostname=host) as tls:
            return ("pass", "", f"{tls.version()}, certificate valid for {host}")
    except ssl.SSLCertVerificationError as e:
        return ("fail", "tls-error", f"the certificate is not trusted for {host}: "
                f"{e.verify_message or e.reason}")
    except TimeoutError:
        return ("fail", "timeout", "the TLS handshake did not finish within the deadline")
    except (ssl.SSLError, OSError) as e:
        return ("fail", "tls-error", f"TLS handshake failed: {getattr(e, 'reason', None) or e}")
