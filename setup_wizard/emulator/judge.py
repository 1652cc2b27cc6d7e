"""`check-app`'s verdicts: each request an app sent, judged against what the `.env` says
the real gateway or provider needs, and the stand-in settings that make the emulator
answer it as the real service would for that `.env`.

The judge names what is wrong (a stray `Authorization` in gateway-stored-key mode, a missing
or different gateway token, a compat model without its prefix, a retired model, a doubled
path, ...) with the fix; when it finds nothing but the stand-in still refused the request,
the classifier says why. Values are compared, never shown: only their masked form.
"""

from __future__ import annotations

import secrets
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from setup_wizard.config import clients, providers
from setup_wizard.config.app_env import AppEnv
from setup_wizard.config.fields import check_compat_model, check_model
from setup_wizard.config.inference import infer
from setup_wizard.config.schema import CF_GATEWAY_TOKEN, GATEWAY_MODES
from setup_wizard.emulator.behaviour import SERVED, Settings
from setup_wizard.emulator.cloudflare_api import EmulatedAPI
from setup_wizard.emulator.wire import Answer
from setup_wizard.errors import ConfigUnusable
from setup_wizard.masking import mask

# Request headers that carry a credential: reported by name, never by value.
AUTH_HEADERS = ("authorization", "cf-aig-authorization", "x-api-key", "api-key",
                "x-goog-api-key", "proxy-authorization")
CHAT = "chat/completions"
_COMPAT_CODES = {"SW303": "compat-model-unprefixed"}  # the others name a wrong prefix


@dataclass(frozen=True)
class Expectation:
    """What a right request looks like for this `.env`."""

    mode: str
    provider: providers.Provider | None
    compat: bool
    base_path: str  # the base URL's path, no trailing slash ("/v1/<acct>/<gw>/groq")
    token: str  # the .env's gateway token, "" when it has none
    key: str  # the .env's provider key, "" when it has none
    model: str
    names: Mapping[str, str]  # role -> the variable that holds it

    @property
    def via_gateway(self) -> bool:
        return self.mode in GATEWAY_MODES

    @property
    def provider_name(self) -> str:
        return self.provider.name if self.provider else "the provider"

    @classmethod
    def from_env(cls, env: AppEnv) -> Expectation:
        """Raises ConfigUnusable (exit 3) when the `.env` says nothing a request could follow."""
        inf = infer(env.values)
        base_var = env.name_of("base_url")
        parts = urlsplit(inf.url)
        if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
            raise ConfigUnusable(f"{base_var} is not set to an http(s) URL, so there is no "
                                 "request to point at the stand-in",
                                 fix=f"set {base_var} (`setup-wizard init` writes it)")
        if inf.mode is None:
            raise ConfigUnusable(f"cannot tell the mode: {inf.mode_how}",
                                 fix=f"set {env.name_of('mode')} to gateway-stored-key, "
                                 "gateway-request-key or direct")
        p = inf.provider
        key = (env.values.get(p.key_var) or "").strip() if p else ""
        token = (env.values.get(CF_GATEWAY_TOKEN) or "").strip()
        return cls(inf.mode, p, inf.compat, parts.path.rstrip("/"), token, key, inf.model,
                   dict(env.names))

    def stand_in(self) -> Settings:
        """The emulator's settings for this `.env`: its token and key are the valid ones, a
        key is stored in the gateway only in gateway-stored-key mode (the mode says where the
        key lives), and its own model is served (the catalog may lag)."""
        model = self.model.partition("/")[2] if self.compat else self.model
        groq = providers.PROVIDERS["groq"]
        served = SERVED if not model or model in SERVED or groq.retired_model(model) \
            else (*SERVED, model)
        # An unguessable value where the .env has none: nothing the app sends matches it.
        return Settings(token=self.token or secrets.token_hex(16),
                        groq_key=self.key or secrets.token_hex(16),
                        stored_key=self.mode == "gateway-stored-key",
                        served=served, api=EmulatedAPI(accounts=()))


@dataclass(frozen=True)
class Problem:
    code: str
    message: str
    fix: str

    def to_dict(self) -> dict[str, str]:
        return {"code": self.code, "message": self.message, "fix": self.fix}


@dataclass
class Verdict:
    """One request and what is wrong with it (nothing: it is right)."""

    method: str
    path: str
    auth_headers: list[str]
    model: str | None
    problems: list[Problem] = field(default_factory=list)
    status: int | None = None  # what the stand-in answered (text output only)

    @property
    def ok(self) -> bool:
        return not self.problems

    def to_dict(self) -> dict[str, Any]:
        return {"method": self.method, "path": self.path, "auth_headers": self.auth_headers,
                "model": self.model, "ok": self.ok,
                "problems": [p.to_dict() for p in self.problems]}


def judge(exp: Expectation, method: str, path: str, headers: Mapping[str, str],
          body: Any, answer: Answer | None) -> Verdict:
    """`headers` with lower-case names; `body` the parsed JSON (None if it was not JSON)."""
    model = body.get("model") if isinstance(body, dict) else None
    v = Verdict(method, path, [h for h in AUTH_HEADERS if h in headers],
                model if isinstance(model, str) else None,
                status=answer.status if answer else None)
    rest = _path(exp, path, v.problems)
    _auth(exp, headers, v.problems)
    if rest == CHAT and method == "POST":
        _model(exp, v.model, v.problems)
    if not v.problems and answer is not None and answer.status >= 400 and _emulated(exp):
        v.problems.append(_refused(exp, answer, headers, v.model))
    return v


def _emulated(exp: Expectation) -> bool:
    """The stand-in plays Groq only: another provider's answer says nothing about the app."""
    return exp.provider is not None and exp.provider.slug == "groq"


# -- the URL -----------------------------------------------------------------------------------
def _path(exp: Expectation, path: str, out: list[Problem]) -> str | None:
    """What follows the base URL's path (None when the request is not under it)."""
    p = path.split("?", 1)[0]
    base, var = exp.base_path, exp.names["base_url"]
    if not p.startswith(base + "/"):
        out.append(Problem("path-outside-base", f"the request went to {p}, which is not under "
                           f"the path of {var} ({base or '/'})", f"let the client build the "
                           f"URL from {var} and append only /{CHAT}"))
        return None
    rest = p[len(base) + 1:].strip("/")
    fix = (f"the client appends /{CHAT} to {var} itself: {var} must end where the API's base "
           "ends (.../groq through the gateway, .../openai/v1 at Groq), and the app adds no "
           "path of its own")
    if base.endswith("/" + CHAT):
        out.append(Problem("path-doubled", f"{var} already ends in /{CHAT}, so the request "
                           f"went to {p}; the provider answers 404",
                           f"remove /{CHAT} from {var}; {fix}"))
    elif rest.endswith("/" + CHAT):
        extra = rest[: -len(CHAT) - 1]
        doubled = extra == CHAT or base.endswith("/" + extra)
        what = (f"/{extra} appears twice" if doubled
                else f"/{extra} is added between {var} and /{CHAT}")
        out.append(Problem("path-doubled" if doubled else "path-extra",
                           f"the request went to {p}: {what}; the provider answers 404", fix))
    return rest


# -- credentials -------------------------------------------------------------------------------
def _auth(exp: Expectation, headers: Mapping[str, str], out: list[Problem]) -> None:
    auth = headers.get("authorization")
    cf = headers.get("cf-aig-authorization")
    token_var, key_var = exp.names["gateway_token"], exp.names["provider_key"]
    who = exp.provider_name
    if exp.via_gateway:
        if cf is None:
            why = "" if exp.token else f" (and the .env has no {token_var})"
            out.append(Problem("gateway-token-missing", "no cf-aig-authorization header: the "
                               f"gateway answers 401, code 2009{why}",
                               f"send cf-aig-authorization: Bearer ${token_var} on every "
                               "request (default_headers in the OpenAI SDKs)"))
        elif exp.token and cf != f"Bearer {exp.token}":
            out.append(_differs("gateway-token-wrong", "cf-aig-authorization", cf, exp.token,
                                token_var, "the gateway answers 401, code 2009"))
    elif cf is not None:
        out.append(Problem("gateway-token-to-provider", f"cf-aig-authorization sent straight "
                           f"to {who} (direct mode): the gateway token goes to a third party "
                           "and does nothing there", "send it only through the gateway; "
                           "remove it from this client"))
    if exp.mode == "gateway-stored-key":
        if auth is not None:
            held = (" It holds the gateway token, which belongs in cf-aig-authorization only."
                    if exp.token and auth.strip() == f"Bearer {exp.token}" else "")
            c = clients.recognise(headers)
            out.append(Problem("stray-authorization", "Authorization sent in gateway-stored-"
                               f"key mode: the gateway forwards it to {who} instead of the "
                               f"stored key, and {who} answers 401 (any value, a dummy too)."
                               f"{held}", f"{c.name}: {c.fix}"))
        return
    if auth is None:
        out.append(Problem("provider-key-missing", f"no Authorization header: mode {exp.mode} "
                           f"sends the {who} key itself", f"send Authorization: Bearer "
                           f"${key_var} (the SDK's api_key)"))
    elif exp.key and auth != f"Bearer {exp.key}":
        out.append(_differs("provider-key-wrong", "Authorization", auth, exp.key, key_var,
                            f"{who} answers 401"))


def _differs(code: str, header: str, sent: str, want: str, var: str,
             outcome: str) -> Problem:
    value = sent.strip()
    if value == want:
        return Problem(code, f"{header} holds ${var} without the 'Bearer ' prefix: "
                       f"{outcome}", f"send {header}: Bearer ${var}")
    shown = mask(value.removeprefix("Bearer ").strip())
    return Problem(code, f"{header} differs from the .env's {var} (sent {shown}, the .env "
                   f"has {mask(want)}): {outcome}", f"read the value from {var}, not from "
                   "another variable or a hard-coded string")


# -- the model ---------------------------------------------------------------------------------
def _model(exp: Expectation, model: str | None, out: list[Problem]) -> None:
    model_var = exp.names["model"]
    if not model:
        out.append(Problem("model-missing", "the chat request names no model",
                           f"pass model=os.environ[\"{model_var}\"]"))
        return
    provider = exp.provider
    if exp.compat:
        found, named, bare = check_compat_model(model)
        out += [Problem(_COMPAT_CODES.get(x.code, "compat-model-prefix"),
                        f"model {model!r}: {x.message}", x.fix or "") for x in found]
        if named and provider and named.slug != provider.slug and provider.knows_model(model):
            out.append(Problem("compat-model-other-provider", f"model {model!r} on /compat "
                               f"goes to {named.name} (its first segment picks the provider), "
                               f"not to {provider.name}", f"write it as "
                               f"{provider.compat_prefix}/{model}"))
            return
        provider, model = named or provider, bare
    elif provider and provider.compat_prefix and model.startswith(provider.compat_prefix + "/"):
        bare = model[len(provider.compat_prefix) + 1:]
        if provider.knows_model(bare) or provider.retired_model(bare):
            out.append(Problem("compat-model-prefix", f"model {model!r} carries the compat "
                               f"prefix, but {exp.names['base_url']} is not the /compat "
                               f"endpoint: {provider.name} does not know that name",
                               f"send {bare!r}"))
            return
    if provider and provider.retired_model(model):
        x = check_model(provider, model)[0]
        out.append(Problem("model-retired", x.message, x.fix or ""))


# -- what the stand-in refused -----------------------------------------------------------------
def _refused(exp: Expectation, answer: Answer, headers: Mapping[str, str],
             model: str | None) -> Problem:
    """Nothing above explains the refusal: the classifier reads the answer as probe would."""
    from setup_wizard.diagnose.classify import classify
    from setup_wizard.diagnose.diagnosis import Sent

    sent = Sent(mode=exp.mode, provider=exp.provider.slug if exp.provider else None,
                endpoint=("compat" if exp.compat else "provider") if exp.via_gateway else None,
                model=model, via_gateway=exp.via_gateway,
                sent_provider_key="authorization" in headers,
                sent_gateway_token="cf-aig-authorization" in headers)
    d = classify(answer.status, dict(answer.headers), answer.body, sent)
    said = f": {d.message}" if d.message else ""
    return Problem("rejected", f"the stand-in answered HTTP {answer.status} as {d.origin} "
                   f"would ({d.cause}){said}", d.hint or "see `setup-wizard explain`")

