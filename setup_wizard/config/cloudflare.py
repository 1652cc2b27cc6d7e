"""What the Cloudflare REST API says about an account: its gateways, their stored provider
keys, a gateway log entry. Plain data and the tables behind it, no I/O.

`probe/cloudflare_api.py` fills these from the API; `gateways`, the wizard and the probe read
them. Every field the API may leave out is read defensively (None), because the public
schemas mark most of them optional (docs/sources.md#cloudflare-api).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

API_ORIGIN = "https://api.cloudflare.com"
API_ROOT = f"{API_ORIGIN}/client/v4"
TOKEN_VAR = "CLOUDFLARE_API_TOKEN"  # the name wrangler and Cloudflare's SDKs read

_REFERENCE = "https://developers.cloudflare.com/api/resources/"


_EDIT_TOKEN = ("edit the token in the dashboard (My Profile > API Tokens, or Manage Account > "
               "Account API Tokens) and add")


@dataclass(frozen=True)
class Call:
    """One REST call: where it goes, what it is for, the token permission it needs, and the
    fix to give when it is refused (401/403) or its object is not found (404, code 7003)."""

    what: str  # for messages: "list the gateways of account {account}"
    path: str  # after API_ROOT; {account}, {gateway}, {log} are filled in URL-quoted
    permission: str | None  # None: the API reference names none
    refused_fix: str
    missing_fix: str
    source: str
    per_page: int | None = None  # paged calls: how many to ask for (the API may send fewer)


_ACCOUNT_FIX = ("pass --account-id with the 32-hex account ID (dashboard > Account home), or "
                "set OPENAI_BASE_URL in the .env to the gateway URL")

# docs/sources.md#cloudflare-api: paths, permissions and page sizes per the API reference.
CALLS: dict[str, Call] = {
    "verify-user": Call(
        "verify the API token", "/user/tokens/verify", None,
        "create a new API token (My Profile > API Tokens) and set it in CLOUDFLARE_API_TOKEN",
        "create a new API token (My Profile > API Tokens)",
        _REFERENCE + "user/subresources/tokens/methods/verify/"),
    "verify-account": Call(
        "verify the account API token for account {account}",
        "/accounts/{account}/tokens/verify", None,
        "check that the token belongs to account {account} (Manage Account > Account API "
        "Tokens), or create a new one", _ACCOUNT_FIX,
        _REFERENCE + "accounts/subresources/tokens/methods/verify/"),
    # The reference names no token permission for listing accounts (UNCONFIRMED); an
    # account-owned token cannot list them at all (code 1001).
    "accounts": Call(
        "list the accounts this token can see", "/accounts", None, _ACCOUNT_FIX, _ACCOUNT_FIX,
        _REFERENCE + "accounts/methods/list/", per_page=50),
    "gateways": Call(
        "list the AI gateways of account {account}", "/accounts/{account}/ai-gateway/gateways",
        "AI Gateway Read", f"{_EDIT_TOKEN} AI Gateway Read for account {{account}}",
        "check the account ID {account} (dashboard > Account home)",
        _REFERENCE + "ai_gateway/methods/list/", per_page=50),
    # The reference names no permission for listing stored keys (UNCONFIRMED); creating
    # one needs Secrets Store Write.
    "provider-keys": Call(
        "list the provider keys stored on gateway {gateway}",
        "/accounts/{account}/ai-gateway/gateways/{gateway}/provider_configs", None,
        f"the API reference names no permission for this (UNCONFIRMED): {_EDIT_TOKEN} AI "
        "Gateway Read, and check the keys under AI Gateway > {gateway} > Provider Keys",
        "check the gateway name {gateway} under AI > AI Gateway",
        _REFERENCE + "ai_gateway/subresources/provider_configs/methods/list/", per_page=50),
    "log": Call(
        "read log {log} of gateway {gateway}",
        "/accounts/{account}/ai-gateway/gateways/{gateway}/logs/{log}", "AI Gateway Read",
        f"{_EDIT_TOKEN} AI Gateway Read for account {{account}}",
        "the entry may not be written yet, or logging is off for gateway {gateway}",
        _REFERENCE + "ai_gateway/subresources/logs/methods/get/"),
}

# API v4 codes that say what is wrong with the token itself, whatever the call
# (docs/sources.md#api-v4-errors): their fix replaces the call's.
TOKEN_CODES: dict[int, str] = {
    1000: "the token is not valid (mistyped, deleted or rolled): create a new one under My "
          "Profile > API Tokens and set it in CLOUDFLARE_API_TOKEN",
    1001: "an account-owned token cannot list accounts: " + _ACCOUNT_FIX,
    9109: "the token's IP filter does not allow this address: edit the token's Client IP "
          "Address Filtering, or run from an allowed address",
}


# Token prefixes (docs/sources.md#key-formats): which verify endpoint answers for a token.
# Tokens without a prefix are of the older format, user- or account-owned: both are tried.
TOKEN_KINDS: tuple[tuple[str, str], ...] = (
    ("cfat_", "account"),
    ("cfut_", "user"),
    ("cfk_", "global-key"),  # a Global API Key: sent as X-Auth-Key, never as a Bearer token
)


def token_kind(token: str) -> str:
    """account, user, global-key, or legacy (no prefix: the older format)."""
    return next((kind for prefix, kind in TOKEN_KINDS if token.startswith(prefix)), "legacy")


# -- reading the API's objects ------------------------------------------------------------------
def _bool(v: Any) -> bool | None:
    return v if isinstance(v, bool) else None


def _int(v: Any) -> int | None:
    if isinstance(v, bool):
        return None
    if isinstance(v, int):
        return v
    if isinstance(v, float) and v.is_integer():
        return int(v)
    return None


def _str(v: Any) -> str | None:
    return v if isinstance(v, str) and v else None


def on_off(v: bool | None) -> str:
    return "?" if v is None else "on" if v else "off"


@dataclass(frozen=True)
class Account:
    id: str
    name: str | None = None

    @classmethod
    def from_api(cls, d: Mapping[str, Any]) -> Account | None:
        aid = _str(d.get("id"))
        return cls(aid, _str(d.get("name"))) if aid else None

    @property
    def title(self) -> str:
        return f"{self.name} ({self.id})" if self.name else self.id


@dataclass(frozen=True)
class StoredKey:
    """One entry under a gateway's Provider Keys (a provider config); never the key itself."""

    provider: str | None  # the provider slug, e.g. groq
    alias: str | None  # `default` unless the request names another (cf-aig-byok-alias)
    default: bool | None  # the API's default_config

    @classmethod
    def from_api(cls, d: Mapping[str, Any]) -> StoredKey:
        return cls(_str(d.get("provider_slug")), _str(d.get("alias")),
                   _bool(d.get("default_config")))

    def to_dict(self) -> dict[str, Any]:
        return {"provider": self.provider, "alias": self.alias, "default": self.default}

    @property
    def label(self) -> str:
        name = self.provider or "?"
        return name if self.alias in (None, "default") else f"{name} (alias {self.alias})"


@dataclass(frozen=True)
class RateLimit:
    limit: int | None
    interval: int | None  # seconds
    technique: str | None  # fixed or sliding

    def to_dict(self) -> dict[str, Any]:
        return {"limit": self.limit, "interval": self.interval, "technique": self.technique}

    @property
    def label(self) -> str:
        if not self.limit:
            return "off"
        every = f" per {self.interval} s" if self.interval else ""
        return f"{self.limit}{every}" + (f" {self.technique}" if self.technique else "")


@dataclass(frozen=True)
class Gateway:
    id: str
    authentication: bool | None
    cache_ttl: int | None
    rate_limiting: RateLimit | None
    collect_logs: bool | None
    provider_keys: tuple[StoredKey, ...] | None = None  # None: not read (refused or not asked)

    @classmethod
    def from_api(cls, d: Mapping[str, Any]) -> Gateway | None:
        gid = _str(d.get("id"))
        if not gid:
            return None
        limit, interval = _int(d.get("rate_limiting_limit")), _int(d.get("rate_limiting_interval"))
        technique = _str(d.get("rate_limiting_technique"))
        rate = (RateLimit(limit, interval, technique)
                if any(k in d for k in ("rate_limiting_limit", "rate_limiting_interval",
                                        "rate_limiting_technique")) else None)
        return cls(gid, _bool(d.get("authentication")), _int(d.get("cache_ttl")), rate,
                   _bool(d.get("collect_logs")))

    def with_keys(self, keys: tuple[StoredKey, ...] | None) -> Gateway:
        return Gateway(self.id, self.authentication, self.cache_ttl, self.rate_limiting,
                       self.collect_logs, keys)

    def keys_for(self, provider: str) -> list[StoredKey] | None:
        """The stored keys for this provider slug ([] = none stored), None when unknown."""
        if self.provider_keys is None:
            return None
        return [k for k in self.provider_keys if k.provider == provider]

    def default_keys_for(self, provider: str) -> list[StoredKey] | None:
        """The keys the gateway adds by itself: alias `default` unless the request names
        another with cf-aig-byok-alias (docs/sources.md#stored-keys). Whether the API's
        `default_config` means the same is UNCONFIRMED, so either counts."""
        keys = self.keys_for(provider)
        return None if keys is None else [k for k in keys if k.alias == "default" or k.default]

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "authentication": self.authentication, "cache_ttl": self.cache_ttl,
                "rate_limiting": self.rate_limiting.to_dict() if self.rate_limiting else None,
                "collect_logs": self.collect_logs,
                "provider_keys": None if self.provider_keys is None
                else [k.to_dict() for k in self.provider_keys]}

    @property
    def keys_label(self) -> str:
        if self.provider_keys is None:
            return "unknown (could not be read)"
        return ", ".join(k.label for k in self.provider_keys) or "none"

    @property
    def title(self) -> str:
        """One line for a select: the name, authentication, and which providers have keys."""
        return (f"{self.id}  (authentication {on_off(self.authentication)}; "
                f"stored keys: {self.keys_label})")


@dataclass(frozen=True)
class GatewayLog:
    """A gateway log entry: what the gateway recorded of the provider's answer.

    Fields as the API reference lists them (docs/sources.md#gateway-logs); every one is
    read as optional, because an entry is written in steps (its heads arrive later).
    """

    id: str
    provider: str | None
    model: str | None
    status_code: int | None
    success: bool | None
    cached: bool | None
    path: str | None
    created_at: str | None
    duration: int | None
    step: int | None

    @classmethod
    def from_api(cls, d: Mapping[str, Any], log_id: str) -> GatewayLog:
        return cls(_str(d.get("id")) or log_id, _str(d.get("provider")), _str(d.get("model")),
                   _int(d.get("status_code")), _bool(d.get("success")), _bool(d.get("cached")),
                   _str(d.get("path")), _str(d.get("created_at")), _int(d.get("duration")),
                   _int(d.get("step")))

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "provider": self.provider, "model": self.model,
                "status_code": self.status_code, "success": self.success,
                "cached": self.cached, "path": self.path, "created_at": self.created_at,
                "duration": self.duration, "step": self.step}

    def says(self) -> str:
        """The evidence line: who the gateway called and what came back."""
        status = f"HTTP {self.status_code}" if self.status_code is not None else \
            "no status yet"
        where = f", {self.path}" if self.path else ""
        return (f"gateway log {self.id}: the gateway called {self.provider or '?'} (model "
                f"{self.model or '?'}{where}) and got {status}"
                + (" from its cache" if self.cached else ""))


@dataclass(frozen=True)
class AccountView:
    """What an API token showed the wizard: its accounts, and each account's gateways on
    demand (fetched on first use; None when they could not be read)."""

    accounts: tuple[Account, ...]
    gateways: Callable[[str], tuple[Gateway, ...] | None]

    def gateway(self, account_id: str, gateway_id: str) -> Gateway | None:
        return next((g for g in self.gateways(account_id) or () if g.id == gateway_id), None)
