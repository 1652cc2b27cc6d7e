"""The questions `init` asks, as data, with their validators (`loop` answers them).

Each question knows its prompt kind, message, one-line help, default, validator (True or a
message naming the fix) and filter, in the spirit of copier's `Question` (`answers`). The
same loop serves interactive and non-interactive runs: an answer given as a flag is
validated with the question's own validator and never asked; without a terminal, defaults
are taken and whatever is still missing is reported all at once. Validators reuse `gateway`
and `fields`, so an answer the wizard accepts is one `lint` accepts. The model question
(`model_question`) and the lists a Cloudflare API token offers (`cloudflare_offers`) have
modules of their own.

Order: provider and mode come first because they decide which other questions exist
(direct mode needs no gateway; a stored key needs no provider key).
"""

from __future__ import annotations

from collections.abc import Callable

from setup_wizard.config import gateway, providers
from setup_wizard.config.fields import (
    ASCII_SPACE,
    BOM,
    check_provider_key,
    check_token,
    non_ascii_problem,
)
from setup_wizard.config.schema import CF_GATEWAY_TOKEN, KEY_SENDING_MODES, MODE_HELP
from setup_wizard.wizard.answers import (
    Answers,
    Default,
    Option,
    Question,
    Sources,
    errors_only,
    from_existing,
    spec,
    via_gateway,
)
from setup_wizard.wizard.cloudflare_offers import (
    STORED_KEY,
    account_default,
    account_offer,
    gateway_offer,
)
from setup_wizard.wizard.model_question import MODEL

PASTED_ENDPOINT = "_pasted_endpoint"  # a hint between questions, not an answer (dropped)


# -- provider ----------------------------------------------------------------------------
def _provider_options(a: Answers) -> list[Option]:
    return [Option(p.slug, f"{p.name} ({p.slug})") for p in providers.PROVIDERS.values()]


def _provider_default(a: Answers, s: Sources) -> Default:
    v = s.existing.get("provider")
    return Default(v, s.env_name) if v in providers.PROVIDERS else Default("groq", "default")


# -- mode ----------------------------------------------------------------------------------
def _mode_options(a: Answers) -> list[Option]:
    return [Option(m, f"{m}: {MODE_HELP[m]}") for m in spec(a).modes]


def _mode_default(a: Answers, s: Sources) -> Default:
    allowed = spec(a).modes
    v = s.existing.get("mode")
    if v in allowed:
        return Default(v, s.env_name)
    # Stored key is recommended: the app then holds no provider key at all.
    return Default("gateway-stored-key" if "gateway-stored-key" in allowed else allowed[0],
                   "default")


def _mode_check(value: str, a: Answers) -> bool | str:
    p = spec(a)
    if value.strip() in p.modes:
        return True
    return f"{p.name} cannot be used in mode {value.strip()}; choose " + " or ".join(p.modes)


# -- account and gateway ---------------------------------------------------------------------
def _needs_account(a: Answers) -> bool:
    # Workers AI's direct URL carries the account ID too.
    return via_gateway(a) or "{account_id}" in spec(a).direct_base_url


def _account_check(value: str, a: Answers) -> bool | str:
    pasted = gateway.parse_pasted(value)
    if not pasted:
        return gateway.account_id_problem(value) or True
    return _route_problem(pasted.slug, a) or True


def _route_problem(slug: str | None, a: Answers) -> str | None:
    """A pasted gateway URL for another provider is asked about, never silently rewritten."""
    p = spec(a)
    if not slug or not via_gateway(a) or slug == p.slug:
        return None
    if slug == gateway.COMPAT:
        return None if p.compat_prefix else (f"{p.name} is not on the compat endpoint: paste "
                                             f"its own URL (.../{p.slug})")
    # Short, the way out first: a prompt's error line is cut at the terminal's width.
    other = providers.get(slug)
    if other is None:
        return f"/{slug} is not {p.name}'s route: paste the URL ending in /{p.slug}"
    return (f"{other.name}'s URL, not {p.name}'s: paste the /{p.slug} one or rerun with "
            f"--provider {slug}")


def _account_filter(value: str, a: Answers) -> Answers:
    """A pasted endpoint URL answers the gateway question too (if its name is usable), and
    its route (`/compat` or the provider's) becomes the endpoint style's default."""
    pasted = gateway.parse_pasted(value)
    if not pasted:
        return {"account_id": value.strip()}
    out: Answers = {"account_id": pasted.account_id}
    if pasted.gateway_id and via_gateway(a) and _gateway_check(pasted.gateway_id, a) is True:
        out["gateway_id"] = pasted.gateway_id
    if pasted.slug and via_gateway(a):
        out[PASTED_ENDPOINT] = "compat" if pasted.slug == gateway.COMPAT else "provider"
    return out


def _gateway_check(value: str, a: Answers) -> bool | str:
    """Only what lint calls an error is refused; lint's warning is printed before writing."""
    problem = gateway.gateway_name_problem(value)
    return problem.message if problem and problem.severity == "error" else True


# -- endpoint ----------------------------------------------------------------------------
def _endpoint_options(a: Answers) -> list[Option]:
    p = spec(a)
    out = [Option("provider", f"provider: .../{{gateway}}/{p.slug}{p.gateway_suffix} "
                              "(recommended)")]
    if p.compat_prefix:
        out.append(Option("compat", f"compat: .../{{gateway}}/compat, model written as "
                                    f"{p.compat_prefix}/<model> (Cloudflare marks it deprecated)"))
    return out


def _endpoint_default(a: Answers, s: Sources) -> Default:
    if a.get(PASTED_ENDPOINT):
        return Default(a[PASTED_ENDPOINT], "the pasted URL")
    v = s.existing.get("endpoint")
    if v in [o.value for o in _endpoint_options(a)]:
        return Default(v, s.env_name)
    return Default("provider", "default")


def _endpoint_check(value: str, a: Answers) -> bool | str:
    p = spec(a)
    if value.strip() == "compat" and not p.compat_prefix:
        return f"{p.name} is not available on the compat endpoint; use --endpoint provider"
    return True


# -- secrets ----------------------------------------------------------------------------------
def clean_secret(value: str) -> str:
    """A pasted secret without surrounding ASCII space and the BOM a Windows pipe adds."""
    return value.strip(ASCII_SPACE).removeprefix(BOM).strip(ASCII_SPACE)


def _secret_set(name: str) -> Callable[[str, Answers], Answers]:
    def f(value: str, a: Answers) -> Answers:
        return {name: clean_secret(value)}
    return f


def _ascii_only(var: str, value: str) -> bool | str:
    problem = non_ascii_problem(var, clean_secret(value))
    return f"{problem}: copy it again from its source, or type it" if problem else True


def _token_default(a: Answers, s: Sources) -> Default | None:
    if s.environ.get(CF_GATEWAY_TOKEN):
        return Default(s.environ[CF_GATEWAY_TOKEN], "the environment")
    return from_existing("cf_token")(a, s)


def _token_check(value: str, a: Answers) -> bool | str:
    verdict = _ascii_only(CF_GATEWAY_TOKEN, value)
    if verdict is not True:
        return verdict
    return errors_only(check_token(clean_secret(value), a.get("mode")))


def _key_default(a: Answers, s: Sources) -> Default | None:
    var = spec(a).key_var
    if s.environ.get(var):
        return Default(s.environ[var], "the environment")
    return from_existing("provider_key", same_provider=True)(a, s)


def _key_check(value: str, a: Answers) -> bool | str:
    verdict = _ascii_only(spec(a).key_var, value)
    if verdict is not True:
        return verdict
    return errors_only(check_provider_key(spec(a), clean_secret(value), a.get("mode")))


QUESTIONS: tuple[Question, ...] = (
    Question("provider", "select", "Provider",
             "Which LLM provider the app calls (Groq first).",
             "--provider", choices=_provider_options, default=_provider_default),
    Question("mode", "select", "Mode",
             "Stored key: the provider key lives in Cloudflare and the app never holds it.",
             "--mode", choices=_mode_options, default=_mode_default, validate=_mode_check),
    Question("account_id", "text", "Cloudflare account ID (or paste the gateway endpoint URL)",
             "32 hex characters: dashboard > Account home, or AI Gateway > your gateway > API.",
             "--account-id", when=_needs_account, default=account_default,
             validate=_account_check, filter=_account_filter, offer=account_offer),
    Question("gateway_id", "text", "Gateway name",
             "The name under AI > AI Gateway (usually lower case, digits, _ and hyphens).",
             "--gateway", when=via_gateway, default=from_existing("gateway_id"),
             validate=_gateway_check, offer=gateway_offer),
    STORED_KEY,
    Question("endpoint", "select", "Endpoint style",
             "provider: the {provider} URL on the gateway; compat: one URL for every provider.",
             "--endpoint", when=via_gateway, choices=_endpoint_options,
             default=_endpoint_default, validate=_endpoint_check),
    MODEL,
    Question("cf_token", "secret", "Cloudflare gateway token (CF_GATEWAY_TOKEN)",
             "AI Gateway > your gateway > Settings > Authentication: a token with Run permission.",
             f"{CF_GATEWAY_TOKEN} (environment) or --cf-token-stdin", when=via_gateway,
             default=_token_default, validate=_token_check, filter=_secret_set("cf_token"),
             given_as="--cf-token-stdin"),
    Question("provider_key", "secret", "{provider} API key ({key_var})",
             "From the provider's console (Groq: console.groq.com/keys). Input is hidden.",
             "{key_var} (environment) or --provider-key-stdin",
             when=lambda a: a.get("mode") in KEY_SENDING_MODES,
             default=_key_default, validate=_key_check, filter=_secret_set("provider_key"),
             given_as="--provider-key-stdin"),
)

__all__ = ["QUESTIONS", "clean_secret"]
