"""The Cloudflare REST API as the emulator plays it, under /client/v4/...: token verify,
accounts, gateways, their stored provider keys, and log entries for the gateway requests the
emulator served.

Shapes as documented (docs/sources.md#cloudflare-api): the v4 envelope (`success`, `errors`,
`messages`, `result`), `result_info` with `page` and `per_page`, and pages of PAGE_SIZE rows
whatever `per_page` asked for, so a client that stops at the first page is caught. A page past
the last is empty. Which error body the real API sends for a bad token on a resource (403 code
10000 or 401 code 1000) varies in reports: UNCONFIRMED, so both appear here (verify: 1000,
resources: 10000).
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any
from urllib.parse import parse_qs

# The emulator's own tokens (printed by `emulate`); not secrets, masked like real ones.
EMULATOR_API_TOKEN = "cfut_EMULATOR" + "0" * 35  # user token with AI Gateway Read
EMULATOR_ACCOUNT_API_TOKEN = "cfat_EMULATOR" + "0" * 35  # owned by ACCOUNT only
EMULATOR_LIMITED_API_TOKEN = "cfut_LIMITED" + "0" * 36  # valid, without AI Gateway Read
ACCOUNT = "0123456789abcdef0123456789abcdef"  # the account of the emulator's banner URL
SECOND_ACCOUNT = "fedcba9876543210fedcba9876543210"
PAGE_SIZE = 2
CREATED = "2026-11-03T09:00:00.000Z"


@dataclass(frozen=True)
class EmulatedGateway:
    id: str
    authentication: bool | None = True  # None: the API leaves the field out
    collect_logs: bool = True
    cache_ttl: int | None = None
    rate_limit: tuple[int, int, str] | None = None  # (limit, interval s, technique)
    keys: tuple[tuple[str, str], ...] = (("groq", "default"),)  # (provider slug, alias)

    def stores(self, provider: str) -> bool:
        return any(p == provider for p, _ in self.keys)


@dataclass(frozen=True)
class EmulatedAccount:
    id: str
    name: str
    gateways: tuple[EmulatedGateway, ...]


ACCOUNTS: tuple[EmulatedAccount, ...] = (
    EmulatedAccount(ACCOUNT, "Emulated account", (
        EmulatedGateway("my-gateway"),
        EmulatedGateway("no-keys", keys=()),  # stored-key mode has nothing to add here
        EmulatedGateway("open-gateway", authentication=False, cache_ttl=300,
                        rate_limit=(10, 60, "fixed"),
                        keys=(("groq", "default"), ("openai", "work"))),
        EmulatedGateway("older-gateway", authentication=None, collect_logs=False),
        EmulatedGateway("staging"),
    )),
    EmulatedAccount(SECOND_ACCOUNT, "Second emulated account", (EmulatedGateway("default"),)),
)


@dataclass(frozen=True)
class EmulatedAPI:
    accounts: tuple[EmulatedAccount, ...] = ACCOUNTS
    page_size: int = PAGE_SIZE
    log_delay: float = 0.0  # seconds before a log entry can be read (the real ones lag)

    def account(self, account_id: str | None) -> EmulatedAccount | None:
        return next((a for a in self.accounts if a.id == account_id), None)

    def gateway(self, account_id: str | None, gateway_id: str | None) -> EmulatedGateway | None:
        acct = self.account(account_id)
        return next((g for g in acct.gateways if g.id == gateway_id), None) if acct else None


class LogBook:
    """The gateway's log: one entry per gateway answer the emulator sent (thread-safe)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._entries: dict[tuple[str, str, str], tuple[float, dict[str, Any]]] = {}

    def record(self, account: str, gateway: str, log_id: str, entry: dict[str, Any]) -> None:
        with self._lock:
            self._entries[(account, gateway, log_id)] = (time.monotonic(), entry)

    def get(self, account: str, gateway: str, log_id: str, delay: float) -> dict[str, Any] | None:
        with self._lock:
            found = self._entries.get((account, gateway, log_id))
        if found is None or time.monotonic() - found[0] < delay:
            return None
        return found[1]

    def __len__(self) -> int:
        with self._lock:
            return len(self._entries)


def log_entry(log_id: str, provider: str, model: str, path: str, status: int,
              duration_ms: int) -> dict[str, Any]:
    """A log entry with the fields the API reference lists (docs/sources.md#gateway-logs)."""
    return {"id": log_id, "cached": False, "created_at": _now(), "duration": duration_ms,
            "model": model, "path": path, "provider": provider, "success": 200 <= status < 300,
            "status_code": status, "step": 0, "tokens_in": 0, "tokens_out": 0,
            "request_type": "chat.completions" if path.endswith("chat/completions") else None}


# -- answering -----------------------------------------------------------------------------------
@dataclass
class APIAnswer:
    status: int
    body: dict[str, Any]
    headers: list[tuple[str, str]] = field(default_factory=list)


def _ok(result: Any, result_info: dict[str, Any] | None = None,
        messages: list[dict[str, Any]] | None = None) -> APIAnswer:
    body: dict[str, Any] = {"success": True, "errors": [], "messages": messages or [],
                            "result": result}
    if result_info is not None:
        body["result_info"] = result_info
    return APIAnswer(200, body)


def _error(status: int, code: int, message: str) -> APIAnswer:
    return APIAnswer(status, {"success": False, "errors": [{"code": code, "message": message}],
                              "messages": [], "result": None})


def _invalid_token() -> APIAnswer:
    return _error(401, 1000, "Invalid API Token")  # docs/sources.md#api-v4-errors


def _auth_error() -> APIAnswer:
    return _error(403, 10000, "Authentication error")  # docs/sources.md#api-v4-errors


def _no_route(path: str) -> APIAnswer:
    return _error(400, 7003, f"Could not route to {path}, perhaps your object identifier is "
                  "invalid?")  # docs/sources.md#api-v4-errors


def _page(rows: list[dict[str, Any]], query: Mapping[str, list[str]], size: int) -> APIAnswer:
    try:
        page = max(1, int((query.get("page") or ["1"])[0]))
    except ValueError:
        page = 1
    return _ok(rows[(page - 1) * size: page * size], {"page": page, "per_page": size})


def answer(method: str, path: str, headers: Mapping[str, str], api: EmulatedAPI,
           logs: LogBook) -> APIAnswer:
    """Answer one /client/v4/... request (headers with lower-case names)."""
    route, _, qs = path.partition("?")
    query = parse_qs(qs)
    segs = [s for s in route.split("/") if s][2:]  # after client/v4
    auth = headers.get("authorization", "")
    token = auth.removeprefix("Bearer ") if auth.startswith("Bearer ") else None
    full = token in (EMULATOR_API_TOKEN, EMULATOR_LIMITED_API_TOKEN)
    owned = token == EMULATOR_ACCOUNT_API_TOKEN
    if method != "GET":
        return _error(405, 10405, "Method not allowed")  # the emulator only reads
    if segs == ["user", "tokens", "verify"]:
        # An account-owned token fails here (docs/sources.md#cloudflare-api).
        return _verified(token) if full else _invalid_token()
    if len(segs) == 4 and segs[0] == "accounts" and segs[2:] == ["tokens", "verify"]:
        return _verified(token) if owned and segs[1] == ACCOUNT else _invalid_token()
    if not (full or owned):
        return _auth_error()
    seen = [a for a in api.accounts if full or a.id == ACCOUNT]
    if segs == ["accounts"]:
        if owned:  # https://github.com/edgefirst-dev/starter/issues/3; status UNCONFIRMED
            return _error(403, 1001, "List accounts endpoint does not support account owned "
                          "tokens")
        return _page([{"id": a.id, "name": a.name, "type": "standard", "created_on": CREATED}
                      for a in seen], query, api.page_size)
    if len(segs) < 4 or segs[0] != "accounts" or segs[2:4] != ["ai-gateway", "gateways"]:
        return _no_route(route)
    acct = next((a for a in seen if a.id == segs[1]), None)
    if acct is None:
        return _auth_error()  # an account the token cannot see
    if token == EMULATOR_LIMITED_API_TOKEN:
        return _auth_error()  # no AI Gateway Read
    rest = segs[4:]
    if not rest:
        return _page([_gateway_object(acct.id, g) for g in acct.gateways], query, api.page_size)
    gw = next((g for g in acct.gateways if g.id == rest[0]), None)
    if gw is None:
        return _no_route(route)
    if rest[1:] == ["provider_configs"]:
        return _page([_provider_config(gw, slug, alias, i) for i, (slug, alias)
                      in enumerate(gw.keys)], query, api.page_size)
    if len(rest) == 3 and rest[1] == "logs":
        entry = logs.get(acct.id, gw.id, rest[2], api.log_delay)
        # The body for a log not (yet) written is not public: UNCONFIRMED, a 404 here.
        return _ok(entry) if entry else _error(404, 1404, "Log not found")
    return _no_route(route)


def _verified(token: str | None) -> APIAnswer:
    # The success message carries code 10000 (docs/sources.md#api-v4-errors): a client must
    # decide by `success` and `result.status`.
    return _ok({"id": "ed17574386854bf78a67040be0a770b0", "status": "active"},
               messages=[{"code": 10000, "message": "This API Token is valid and active",
                          "type": None}])


def _gateway_object(account: str, g: EmulatedGateway) -> dict[str, Any]:
    limit, interval, technique = g.rate_limit or (0, 0, "fixed")
    out: dict[str, Any] = {
        "id": g.id, "account_id": account, "created_at": CREATED, "modified_at": CREATED,
        "cache_invalidate_on_update": False, "cache_ttl": g.cache_ttl,
        "collect_logs": g.collect_logs, "rate_limiting_interval": interval,
        "rate_limiting_limit": limit, "rate_limiting_technique": technique,
        "logpush": False, "is_default": g.id == "default",
    }
    if g.authentication is not None:  # an optional field: older gateways may lack it
        out["authentication"] = g.authentication
    return out


def _provider_config(g: EmulatedGateway, slug: str, alias: str, i: int) -> dict[str, Any]:
    return {"id": f"{g.id}-{slug}-{alias}", "alias": alias, "default_config": alias == "default",
            "gateway_id": g.id, "modified_at": CREATED, "provider_slug": slug,
            "secret_id": f"{i:032x}", "secret_preview": "****0000"}


def body_bytes(a: APIAnswer) -> bytes:
    return json.dumps(a.body, separators=(",", ":")).encode()


def _now() -> str:
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"
