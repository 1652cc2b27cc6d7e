"""The one model of a configuration, shared by `init` and `probe`, and the `.env` it maps to.

`lint` works on the same vocabulary (`schema`, `providers`, `fields`) without importing
pydantic, so it starts fast; this module is for the paths that build or use a config.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from pydantic import BaseModel, ConfigDict, SecretStr, ValidationError, model_validator

from setup_wizard.config import gateway, providers
from setup_wizard.config.fields import (
    check_compat_model,
    check_model,
    check_provider_key,
    check_token,
)
from setup_wizard.config.inference import infer
from setup_wizard.config.schema import (
    AUTOGEN_MODEL,
    CF_GATEWAY_TOKEN,
    GATEWAY_MODES,
    MODE_KEY,
    OPENAI_BASE_URL,
    USE_AI_GATEWAY,
    Endpoint,
    Mode,
)
from setup_wizard.errors import InvalidInput

# Why a key is commented out when the mode must not carry it (written next to it in the file).
DISABLED_REASON = {
    "provider_key": "disabled by setup-wizard: in gateway-stored-key mode the gateway would "
    "forward this key instead of the one stored in Cloudflare",
    "cf_token": "disabled by setup-wizard: unused in direct mode",
}


class Config(BaseModel):
    """What the wizard asks and the probe uses. Secrets are SecretStr: repr never shows them."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    provider: str = "groq"
    mode: Mode = "gateway-stored-key"
    endpoint: Endpoint = "provider"
    account_id: str | None = None
    gateway_id: str | None = None
    model: str = ""  # without the compat prefix; `env_model` adds it
    cf_token: SecretStr | None = None
    provider_key: SecretStr | None = None
    # The provider's live list holds the model (init asked it): its word beats a "retired"
    # in our catalog, which may be out of date or not know about enterprise access.
    model_listed: bool = False

    @model_validator(mode="after")
    def _check(self) -> Config:
        errors = [p for p in self.problems() if p[0] == "error"]
        if errors:
            raise ValueError("; ".join(msg for _, msg in errors))
        return self

    # -- derived -----------------------------------------------------------------------
    @property
    def spec(self) -> providers.Provider:
        p = providers.get(self.provider)
        if p is None:  # guarded by problems(); here for the type checker
            raise InvalidInput(f"unknown provider {self.provider!r}")
        return p

    @property
    def via_gateway(self) -> bool:
        return self.mode in GATEWAY_MODES

    @property
    def base_url(self) -> str:
        if self.via_gateway:
            assert self.account_id and self.gateway_id
            return gateway.provider_base_url(self.spec, self.account_id, self.gateway_id,
                                             self.endpoint)
        return self.spec.direct_base_url.format(account_id=(self.account_id or "").lower())

    @property
    def env_model(self) -> str:
        """AUTOGEN_MODEL as written: `groq/<model>` on compat (else gateway code 2005)."""
        if self.via_gateway and self.endpoint == "compat":
            return f"{self.spec.compat_prefix}/{self.model}"
        return self.model

    @property
    def key_var(self) -> str:
        return self.spec.key_var

    def secrets(self) -> list[str]:
        return [s.get_secret_value() for s in (self.cf_token, self.provider_key) if s]

    def to_env(self) -> dict[str, str | None]:
        """Managed keys in file order; None means "must not be set in this mode"."""
        return {
            MODE_KEY: self.mode,
            USE_AI_GATEWAY: "true" if self.via_gateway else "false",
            OPENAI_BASE_URL: self.base_url,
            AUTOGEN_MODEL: self.env_model,
            CF_GATEWAY_TOKEN: self.cf_token.get_secret_value()
            if self.via_gateway and self.cf_token else None,
            self.key_var: self.provider_key.get_secret_value()
            if self.mode != "gateway-stored-key" and self.provider_key else None,
        }

    def disabled_reason(self, key: str) -> str:
        return DISABLED_REASON["cf_token" if key == CF_GATEWAY_TOKEN else "provider_key"]

    # -- validation ----------------------------------------------------------------------
    def problems(self) -> list[tuple[str, str]]:
        """(severity, message) for everything wrong; messages carry no secret."""
        out: list[tuple[str, str]] = []
        p = providers.get(self.provider)
        if p is None:
            return [("error", f"unknown provider {self.provider!r}; choose one of "
                     + ", ".join(providers.PROVIDERS))]
        if self.mode not in p.modes:
            out.append(("error", f"{p.name} cannot be used in mode {self.mode}; choose "
                        + " or ".join(p.modes)))
        if self.via_gateway:
            aid = gateway.account_id_problem(self.account_id or "")
            if aid:
                out.append(("error", f"account ID: {aid}"))
            gid = gateway.gateway_name_problem(self.gateway_id or "")
            if gid:
                out.append((gid.severity, f"gateway name: {gid.message}"))
            if self.endpoint == "compat" and not p.compat_prefix:
                out.append(("error", f"{p.name} is not available on the compat endpoint; "
                            "use --endpoint provider"))
        elif p.direct_base_url.count("{account_id}"):
            aid = gateway.account_id_problem(self.account_id or "")
            if aid:
                out.append(("error", f"account ID: {aid}"))
        problems = [x for x in check_model(p, self.model)
                    if not (self.model_listed and x.code == "SW301")]
        problems += check_token(_plain(self.cf_token), self.mode)
        problems += check_provider_key(p, _plain(self.provider_key), self.mode)
        # A key or token that this mode does not carry is dropped, not an error here.
        skip = {"SW404", "SW505"}
        out += [(x.severity, f"{x.message}. Fix: {x.fix}" if x.fix else x.message)
                for x in problems if x.code not in skip]
        return out

    @classmethod
    def build(cls, **values: Any) -> Config:
        """Construct or raise InvalidInput with one line per problem and no secret in it."""
        model = values.get("model")
        if isinstance(model, str) and values.get("endpoint") == "compat":
            p = providers.get(values.get("provider", "groq"))
            # groq/compound is a Groq model ID of its own, not groq/ + compound.
            if p and p.compat_prefix and model.startswith(p.compat_prefix + "/") \
                    and not p.knows_model(model):
                values["model"] = model[len(p.compat_prefix) + 1:]
        try:
            return cls(**values)
        except ValidationError as e:
            msgs = [str(err.get("msg", "")).removeprefix("Value error, ")
                    for err in e.errors(include_url=False, include_input=False,
                                        include_context=False)]
            raise InvalidInput("; ".join(msgs)) from None


def _plain(secret: SecretStr | None) -> str | None:
    return secret.get_secret_value() if secret else None


def answers_from_env(values: Mapping[str, str | None]) -> dict[str, Any]:
    """Best-effort answers read back from an existing `.env` (wizard defaults, probe).

    Never raises: whatever cannot be read is left out and asked again.
    """
    inf = infer(values)
    out: dict[str, Any] = {}
    g = inf.gateway
    if g:
        if g.account_id and gateway.ACCOUNT_ID_RE.fullmatch(g.account_id):
            out["account_id"] = g.account_id.lower()
        if g.gateway_id:
            out["gateway_id"] = g.gateway_id
        if inf.compat:
            out["endpoint"] = "compat"
        elif g.slug:
            out["endpoint"] = "provider"
    if inf.model:
        out["model"] = check_compat_model(inf.model)[2] if inf.compat else inf.model
    provider = inf.provider
    if provider:
        out["provider"] = provider.slug
        key = values.get(provider.key_var)
        if key:
            out["provider_key"] = key
    token = values.get(CF_GATEWAY_TOKEN)
    if token:
        out["cf_token"] = token
    if inf.mode:
        out["mode"] = inf.mode
    return out
