"""The Cloudflare REST API, for what an API token can tell before and after a request: is
the token valid, which accounts and gateways it sees, which provider keys a gateway stores,
and what the gateway's log says the provider answered.

Every call goes through `transport.exchange` on one connection and under one deadline (the
caller's), reads at most 1 MiB, and obeys `--connect-to https://api.cloudflare.com=URL` like
the probe. The token is sent as `Authorization: Bearer` to API_ROOT only (redirects are never
followed), and every message passes through a Redactor that holds it. A refusal is classified
by diagnose/ (origin cloudflare-api) and raised as CloudflareRefused (exit 4) with the fix;
no answer at all is NetworkFailure (exit 6).
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, TextIO
from urllib.parse import quote, urlencode

import httpx

from setup_wizard.config.cloudflare import (
    API_ROOT,
    CALLS,
    TOKEN_CODES,
    TOKEN_VAR,
    Account,
    AccountView,
    Gateway,
    GatewayLog,
    StoredKey,
    token_kind,
)
from setup_wizard.config.gateway import parse_gateway_url
from setup_wizard.diagnose.classify import classify
from setup_wizard.diagnose.diagnosis import Diagnosis
from setup_wizard.errors import CloudflareRefused, NetworkFailure, SetupWizardError, UsageError
from setup_wizard.masking import Redactor
from setup_wizard.probe.request import USER_AGENT, ConnectTo, ProbeResult, connected_url
from setup_wizard.probe.transport import Exchange, exchange, open_client

MAX_PAGES = 100  # 5,000 rows at 50 a page; past that the server is ignoring `page`
# How long a log entry may take to appear is not documented (entries appear, then fill in,
# after a few seconds: https://github.com/cloudflare/ai/issues/255), so the probe polls, for
# at most LOG_WAIT and never past its own deadline.
LOG_WAIT = 4.0
LOG_DELAYS = (0.25, 0.5, 1.0)  # then every second
# Time a poll needs to be worth sending: one that would start with less left ends, timed out,
# before it is sent, and the answer would read as the API's silence rather than "not yet".
LOG_TRY_MIN = 0.1
# Causes where the gateway stopped the request itself: no provider answer to find in its log.
GATEWAY_STOPPED = frozenset({"gateway-auth", "gateway-not-found", "gateway-rate-limited",
                             "gateway-spend-limit", "gateway-no-credits", "gateway-byok-alias"})


def read_token(environ: Mapping[str, str], stdin: TextIO, *, from_stdin: bool) -> str | None:
    """CLOUDFLARE_API_TOKEN, or one line of standard input with --api-token-stdin."""
    if not from_stdin:
        return (environ.get(TOKEN_VAR) or "").strip() or None
    if stdin.isatty():
        raise UsageError("--api-token-stdin reads a pipe, but standard input is a terminal",
                         fix=f"pipe it in (printf '%s\\n' \"${TOKEN_VAR}\" | setup-wizard ...), "
                         f"or set {TOKEN_VAR} instead")
    line = stdin.readline().strip()
    if not line:
        raise UsageError("--api-token-stdin: standard input had no line for it",
                         fix="send the token as one line")
    return line


def check_api_token(token: str) -> str:
    """The token as sent, or UsageError (which never quotes it)."""
    t = token.strip()
    if not t or any(c.isspace() for c in t) or not t.isascii() or not t.isprintable():
        raise UsageError(f"{TOKEN_VAR} is not a single printable word",
                         fix="copy the whole token from the dashboard, nothing around it")
    if token_kind(t) == "global-key":
        raise UsageError(f"{TOKEN_VAR} holds a Global API Key (cfk_...), not an API token",
                         fix="create an API token (My Profile > API Tokens) with AI Gateway "
                         "Read; a Global API Key cannot be sent as a Bearer token")
    return t


@dataclass
class _Answer:
    status: int
    data: Any
    x: Exchange

    @property
    def ok(self) -> bool:
        """Decided by `success` (and the status), never by a message code: a valid token's
        verify answer carries code 10000, which elsewhere means an authentication error."""
        return (200 <= self.status < 300 and isinstance(self.data, dict)
                and self.data.get("success") is not False)

    @property
    def result(self) -> Any:
        return self.data.get("result") if isinstance(self.data, dict) else None


class CloudflareAPI:
    """One token, one connection, one deadline (`deadline`, time.monotonic(); settable, so
    a wizard can give each batch of calls the user waits for its own)."""

    def __init__(self, token: str, *, deadline: float,
                 connect_to: Sequence[ConnectTo] = ()) -> None:
        self.token = check_api_token(token)
        self.kind = token_kind(self.token)
        self.deadline = deadline
        self.connect_to = list(connect_to)
        self.redact = Redactor([token, self.token])
        self.warnings: list[str] = []  # what could not be read but did not stop the work
        self._client: httpx.Client | None = None

    def close(self) -> None:
        if self._client is not None:
            self._client.close()

    def __enter__(self) -> CloudflareAPI:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- the calls -----------------------------------------------------------------------------
    def verify(self, account_id: str | None = None) -> str:
        """Raise unless the token is active; return which endpoint said so.

        cfat_ tokens answer at the account endpoint, cfut_ at the user one; a token of the
        older format may be either, so both are tried when the account is known.
        """
        if self.kind == "account":
            if not account_id:
                raise UsageError("an account API token (cfat_...) is verified against its "
                                 "account, and no account ID is known", fix=CALLS["accounts"]
                                 .refused_fix)
            names = ["verify-account"]
        else:
            names = ["verify-user"] + (["verify-account"] if self.kind == "legacy" and
                                       account_id else [])
        for i, name in enumerate(names):
            answer = self._get(name, account=account_id)
            if answer.ok:
                break
            if i == len(names) - 1 or answer.status not in (401, 403):
                raise self._refused(name, answer, account=account_id)
        result = answer.result if isinstance(answer.result, dict) else {}
        status = result.get("status")
        if status != "active":
            raise CloudflareRefused(f"the Cloudflare API token is {status or 'not active'} "
                                    f"(checked with {CALLS[name].path})",
                                    fix="re-enable it or create a new one (My Profile > API "
                                    "Tokens)")
        return CALLS[name].path.format(account=account_id)

    def accounts(self) -> list[Account]:
        return [a for d in self._pages("accounts") if (a := Account.from_api(d))]

    def gateways(self, account_id: str) -> list[Gateway]:
        """Every gateway across every page, each with its stored provider keys."""
        found = [g for d in self._pages("gateways", account=account_id)
                 if (g := Gateway.from_api(d))]
        return [g.with_keys(self.provider_keys(account_id, g.id)) for g in found]

    def provider_keys(self, account_id: str, gateway_id: str) -> tuple[StoredKey, ...] | None:
        """None (and a warning) when refused: the permission it needs is not documented."""
        try:
            rows = self._pages("provider-keys", account=account_id, gateway=gateway_id)
        except CloudflareRefused as e:
            self.warnings.append(e.one_line())
            return None
        return tuple(StoredKey.from_api(d) for d in rows)

    def gateway_log(self, account_id: str, gateway_id: str,
                    log_id: str) -> tuple[GatewayLog | None, str]:
        """Poll until the entry shows a status or the deadline comes; (entry, why not)."""
        ids = {"account": account_id, "gateway": gateway_id, "log": log_id}
        delays = iter(LOG_DELAYS)
        entry: GatewayLog | None = None
        tries = 0
        while True:
            tries += 1
            try:
                answer = self._get("log", **ids)
            except NetworkFailure as e:
                return entry, f"gateway log {log_id} not read: {e.message}"
            if answer.ok and isinstance(answer.result, dict):
                entry = GatewayLog.from_api(answer.result, log_id)
                if entry.status_code is not None:
                    return entry, ""
            elif answer.status != 404:  # 404: not written yet (or logging is off)
                refused = self._refused("log", answer, **ids)
                return None, f"gateway log {log_id} not read: {refused.one_line()}"
            delay = next(delays, 1.0)
            if time.monotonic() + delay + LOG_TRY_MIN >= self.deadline:
                why = "" if entry else (
                    f"gateway log {log_id} not found after {tries} tries within the deadline "
                    f"(entries appear after a delay; logging may be off for gateway {gateway_id})")
                return entry, why
            time.sleep(delay)

    # -- the wire ----------------------------------------------------------------------------------
    def _get(self, name: str, query: Mapping[str, Any] | None = None,
             **ids: str | None) -> _Answer:
        call = CALLS[name]
        path = call.path.format(**{k: quote(v, safe="") for k, v in ids.items() if v})
        url = API_ROOT + path + (f"?{urlencode(query)}" if query else "")
        send = connected_url(url, self.connect_to)
        if self._client is None:
            self._client = open_client(send)
        headers = {"authorization": f"Bearer {self.token}", "accept": "application/json",
                   "user-agent": USER_AGENT, "accept-encoding": "gzip, deflate"}
        x = exchange("GET", send, headers, None, deadline=self.deadline, client=self._client)
        if x.failure is not None or x.status is None:
            what = call.what.format(**{k: v or "?" for k, v in ids.items()})
            raise NetworkFailure(self.redact(f"no answer from the Cloudflare API while trying to "
                                             f"{what}: {x.failure}: {x.detail}"),
                                 fix="check the network (proxy, DNS, firewall) or raise --timeout")
        return _Answer(x.status, _json(x.body), x)

    def _ok(self, name: str, query: Mapping[str, Any] | None = None,
            **ids: str | None) -> _Answer:
        answer = self._get(name, query, **ids)
        if not answer.ok:
            raise self._refused(name, answer, **ids)
        return answer

    def _pages(self, name: str, **ids: str | None) -> list[dict[str, Any]]:
        """Ask for page 1, 2, ... until one comes back empty: a page may hold fewer rows than
        asked for, so its size never says it was the last (docs/sources.md#cloudflare-api)."""
        call = CALLS[name]
        out: list[dict[str, Any]] = []
        seen: set[str] = set()
        for page in range(1, MAX_PAGES + 1):
            answer = self._ok(name, {"page": page, "per_page": call.per_page}, **ids)
            if not isinstance(answer.result, list):
                raise CloudflareRefused(self.redact(
                    f"the Cloudflare API's answer to '{call.what.format(**ids)}' has no result "
                    "list"), fix="check --connect-to, if any; otherwise retry later")
            fresh = [r for r in answer.result if isinstance(r, dict) and _identity(r) not in seen]
            if not fresh:  # an empty page, or a server that ignores `page` repeating itself
                return out
            seen.update(_identity(r) for r in fresh)
            out += fresh
        self.warnings.append(f"stopped after {MAX_PAGES} pages while trying to "
                             f"{call.what.format(**ids)}")
        return out

    def _refused(self, name: str, answer: _Answer, **ids: str | None) -> CloudflareRefused:
        call = CALLS[name]
        fields = {k: v or "?" for k, v in ids.items()}
        d = classify(answer.status, answer.x.headers, answer.x.body)
        said = f"HTTP {answer.status}" + (f", code {d.code}" if d.code is not None else "") + (
            f": {d.message}" if d.message else "")
        fix = _fix(call.refused_fix, call.missing_fix, d, answer.status)
        err = CloudflareRefused(self.redact(f"Cloudflare refused to {call.what.format(**fields)} "
                                            f"({said})"),
                                fix=self.redact(fix.format(**fields)))
        err.cause = d.cause
        return err


def _fix(refused: str, missing: str, d: Diagnosis, status: int) -> str:
    if isinstance(d.code, int) and d.code in TOKEN_CODES:
        return TOKEN_CODES[d.code]
    if d.cause == "cloudflare-api-route" or status == 404:
        return missing
    if d.cause == "cloudflare-api-auth" or status in (401, 403):
        return refused
    return "read Cloudflare's message; if it persists, retry later"


def _json(body: bytes) -> Any:
    try:
        return json.loads(body.decode("utf-8", errors="replace"))
    except ValueError:
        return None


def _identity(row: Mapping[str, Any]) -> str:
    rid = row.get("id")
    return f"id:{rid}" if isinstance(rid, str) and rid else json.dumps(row, sort_keys=True)


# -- the wizard: what it may offer ---------------------------------------------------------------
def account_view(api: CloudflareAPI, *, timeout: float, account_hint: str | None,
                 warn: Callable[[str], None]) -> AccountView | None:
    """The token's accounts now, each account's gateways (with stored keys) when first asked.

    Each batch of calls the user waits for gets a whole `timeout` (the wizard may sit at a
    prompt for minutes in between). A failure is a warning and the wizard asks as it would
    without a token; None when the token itself is refused.
    """
    def report(e: SetupWizardError) -> None:
        warn(f"Cloudflare API token not used for this: {e.one_line()}")

    api.deadline = time.monotonic() + timeout
    accounts: tuple[Account, ...] = ()
    try:
        if not (api.kind == "account" and not account_hint):  # else: verified once typed
            api.verify(account_hint)
    except SetupWizardError as e:
        report(e)
        return None
    if api.kind != "account":  # an account-owned token cannot list accounts
        try:
            accounts = tuple(api.accounts())
        except CloudflareRefused as e:  # the account is typed, its gateways still listed
            report(e)
        except SetupWizardError as e:
            report(e)
            return None
    cache: dict[str, tuple[Gateway, ...] | None] = {}

    def gateways(account_id: str) -> tuple[Gateway, ...] | None:
        if account_id not in cache:
            api.deadline = time.monotonic() + timeout
            try:
                if api.kind == "account" and not account_hint:
                    api.verify(account_id)
                cache[account_id] = tuple(api.gateways(account_id))
            except SetupWizardError as e:
                report(e)
                cache[account_id] = None
            for w in api.warnings:
                warn(w)
            api.warnings.clear()
        return cache[account_id]

    return AccountView(accounts, gateways)


# -- the probe: what the gateway's log says the provider answered ----------------------------------
def add_gateway_log(result: ProbeResult, token: str, *, deadline: float,
                    connect_to: Sequence[ConnectTo] = ()) -> None:
    """After a failure through the gateway, add the log's view of the provider's answer to
    the diagnosis (an evidence line) and `result.gateway_log`; never raises."""
    d, plan = result.diagnosis, result.plan
    result.redact.add(token)
    if d.cause == "ok" or d.status is None or not plan.sent.via_gateway \
            or d.cause in GATEWAY_STOPPED or not result.log_id:
        return
    g = parse_gateway_url(plan.url)
    if not g or not g.account_id or not g.gateway_id:
        return
    until = min(deadline, time.monotonic() + LOG_WAIT)
    try:
        with CloudflareAPI(token, deadline=until, connect_to=connect_to) as api:
            entry, why = api.gateway_log(g.account_id.lower(), g.gateway_id, result.log_id)
    except UsageError as e:
        entry, why = None, f"gateway log not read: {e.one_line()}"
    if entry is not None:
        result.gateway_log = entry.to_dict()
        d.evidence.append(entry.says())
        sent = plan.sent.model or ""
        if entry.model and sent and not (sent.endswith(entry.model) or entry.model.endswith(sent)):
            d.evidence.append(f"the gateway log names model {entry.model}, but the request "
                              f"asked for {sent}: the gateway sent it elsewhere (a fallback?)")
    if why:
        d.evidence.append(why)
