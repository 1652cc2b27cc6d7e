"""One live request, built from a `.env` exactly as the app would send it, then classified.

Three steps, each its own function so `init` and the tests can reuse them:
`plan_request` (the .env -> the request, or `ConfigUnusable`), `transport.exchange` (send
it under one deadline) and `probe_env` (both, then `classify`, masked output).
No pydantic here: `probe` must start fast.
"""

from __future__ import annotations

import base64
import json
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import SplitResult, unquote, urlsplit

from setup_wizard import __version__
from setup_wizard.config import providers
from setup_wizard.config.fields import check_provider_key, non_ascii_problem
from setup_wizard.config.inference import infer
from setup_wizard.config.schema import (
    AUTOGEN_MODEL,
    CF_GATEWAY_TOKEN,
    GATEWAY_MODES,
    KEY_SENDING_MODES,
    MODE_KEY,
    OPENAI_BASE_URL,
)
from setup_wizard.diagnose.diagnosis import Diagnosis, Sent
from setup_wizard.errors import ConfigUnusable, ExitCode, UsageError
from setup_wizard.masking import Redactor, mask_credentials, redact_tree
from setup_wizard.probe.transport import Exchange, exchange

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
    # Why the provider key sent cannot be right (a placeholder, another provider's key, the
    # wrong shape), as lint says it; the fix for a provider 401 starts there.
    key_doubt: str | None = None
    key_var: str | None = None

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
    if parts.query or parts.fragment:
        # The OpenAI SDK appends its path after the whole base URL, query included (openai
        # 3.57: `.../v1/?key=...chat/completions`; docs/sources.md#sdk-base-url): no probe
        # of this URL can tell the truth about what the app sends.
        tail = mask_credentials(base[len(base.split("?")[0].split("#")[0]):])
        raise ConfigUnusable(f"{OPENAI_BASE_URL} ends in a query or fragment ({tail}); the "
                             "OpenAI SDK appends /chat/completions after it, so the app "
                             "requests a broken URL",
                             fix=f"remove everything from the ? or # in {OPENAI_BASE_URL}; "
                             "credentials go in headers (CF_GATEWAY_TOKEN, the provider key), "
                             "never in the URL")
    model = (values.get(AUTOGEN_MODEL) or "").strip()
    if endpoint == "chat" and not model:
        raise ConfigUnusable(f"{AUTOGEN_MODEL} is not set, so a chat request has no model",
                             fix=f"set {AUTOGEN_MODEL} (e.g. openai/gpt-oss-20b), or probe "
                             "with --endpoint models")

    inf = infer(values)
    provider, compat, mode, why = inf.provider, inf.compat, inf.mode, inf.mode_how
    how = inf.how or (f"provider {provider.slug} from {provider.key_var} being set"
                      if provider else "")
    key_var = provider.key_var if provider else None
    key = (values.get(key_var) or "").strip() if key_var else ""
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
    for var, value, sent in ((CF_GATEWAY_TOKEN, token, via_gateway),
                             (key_var, key, mode in KEY_SENDING_MODES)):
        problem = non_ascii_problem(var or "", value) if sent else None
        if problem:  # httpx would raise UnicodeEncodeError: not a network failure
            raise ConfigUnusable(problem, fix=f"set {var} again, copied from its source as "
                                 "plain text (a BOM or an accented letter came with the paste)")

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
    send_url = connected_url(url, connect_to)
    # Every provider key present is redacted, not only the one sent: servers echo things.
    secrets = tuple(v for v in [token, *(values.get(p.key_var) or "" for p in
                                         providers.PROVIDERS.values()), *_url_secrets(parts)]
                    if v)
    sent = Sent(mode=mode, provider=provider.slug if provider else None,
                endpoint=("compat" if compat else "provider") if via_gateway else None,
                model=model or None, via_gateway=via_gateway,
                sent_provider_key="authorization" in auth,
                sent_gateway_token="cf-aig-authorization" in auth)
    stray = (f"{key_var} is set but not sent (gateway-stored-key); if your app sends it as "
             "Authorization, the gateway forwards it instead of the stored key"
             if mode == "gateway-stored-key" and key else "")
    notes = (f"mode {mode} ({why})", how, stray)
    doubt = None
    if provider and mode in KEY_SENDING_MODES:
        problems = check_provider_key(provider, key, mode, key_var)
        doubt = problems[0].message if problems else None
    return Plan("POST" if body is not None else "GET", url, send_url, headers, body, sent,
                secrets, tuple(auth), tuple(n for n in notes if n), doubt, key_var)


def _url_secrets(parts: SplitResult) -> list[str]:
    """A password in the base URL, and the Basic header httpx (the SDK's client) makes of it."""
    if parts.password is None:
        return []
    pair = f"{unquote(parts.username or '')}:{unquote(parts.password)}"
    return [parts.password, unquote(parts.password), base64.b64encode(pair.encode()).decode()]


def connected_url(url: str, rules: Sequence[str | ConnectTo]) -> str:
    """Where a request for `url` really goes: the first matching --connect-to rule, else url."""
    for rule in rules:
        r = rule if isinstance(rule, ConnectTo) else ConnectTo.parse(rule)
        target = r.apply(url)
        if target is not None:
            return target
    return url


# -- the result -----------------------------------------------------------------------------
@dataclass
class ProbeResult:
    diagnosis: Diagnosis
    plan: Plan
    elapsed_ms: int
    redact: Redactor = field(repr=False, default_factory=Redactor)
    log_id: str | None = None  # the answer's cf-aig-log-id, if any
    gateway_log: dict[str, Any] | None = None  # the gateway's log entry, when one was read

    @property
    def exit_code(self) -> ExitCode:
        return self.diagnosis.exit_code

    def to_dict(self) -> dict[str, Any]:
        out = self.diagnosis.to_dict()
        out["request"] = {"method": self.plan.method, "url": self.plan.url,
                          "auth_headers": list(self.plan.auth_headers),
                          "connected_to": self.plan.connected_to}
        out["elapsed_ms"] = self.elapsed_ms
        if self.gateway_log is not None:  # absent, not null, when no log was read
            out["gateway_log"] = self.gateway_log
        return redact_tree(out, self.redact)

    def to_text(self) -> str:
        p = self.plan
        lines = [f"{p.method} {p.url}",
                 f"  auth headers: {', '.join(p.auth_headers) or '(none)'}"]
        if p.connected_to:
            lines.append(f"  connected to: {p.connected_to} (--connect-to)")
        lines += [self.diagnosis.to_text(), f"  elapsed:  {self.elapsed_ms} ms"]
        return self.redact("\n".join(lines))


def diagnose(x: Exchange, plan: Plan) -> Diagnosis:
    """Hand the exchange to the classifier; add what only the probe knows to the evidence."""
    from setup_wizard.diagnose.classify import classify, classify_failure

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
    if plan.key_doubt and d.cause == "provider-auth-invalid":
        _doubt_the_key(d, plan)
    return d


def _doubt_the_key(d: Diagnosis, plan: Plan) -> None:
    """A 401 for a key lint already calls wrong: say that first (the user's classic mistake is
    a dummy key next to keys stored in the gateway, which the gateway forwards as sent)."""
    var = plan.key_var or "the provider key"
    d.evidence.insert(0, f"the key sent: {plan.key_doubt}")
    if plan.sent.mode == "gateway-request-key":
        d.hint = (f"{plan.key_doubt}. The gateway forwarded it to the provider as sent. If the "
                  f"real key is stored under the gateway's Provider Keys, remove {var} and make "
                  "the app send no Authorization header (mode gateway-stored-key); otherwise "
                  f"paste the real key into {var}.")
    else:
        d.hint = f"{plan.key_doubt}: paste the real key, whole, into {var}."


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
    log_id = next((v for k, v in x.headers.items() if k.lower() == "cf-aig-log-id"), None)
    return ProbeResult(d, plan, elapsed, Redactor(plan.secrets), log_id=log_id)
