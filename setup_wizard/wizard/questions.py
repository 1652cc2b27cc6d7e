"""The questions `init` asks, as data, and the one loop that answers them.

Each question knows its prompt kind, message, one-line help, default, validator (True or a
message naming the fix) and filter, in the spirit of copier's `Question`. The same loop
serves interactive and non-interactive runs: an answer given as a flag is validated with
the question's own validator and never asked; without a terminal, defaults are taken and
whatever is still missing is reported all at once. Validators reuse `gateway` and `fields`,
so an answer the wizard accepts is one `lint` accepts.

Order: provider and mode come first because they decide which other questions exist
(direct mode needs no gateway; a stored key needs no provider key).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from setup_wizard.config import catalog, gateway, providers
from setup_wizard.config.cloudflare import AccountView, Gateway
from setup_wizard.config.fields import (
    ASCII_SPACE,
    BOM,
    check_model,
    check_provider_key,
    check_token,
    non_ascii_problem,
)
from setup_wizard.config.schema import CF_GATEWAY_TOKEN, GATEWAY_MODES, KEY_SENDING_MODES, MODE_HELP
from setup_wizard.errors import (
    INTERRUPTED,
    Interrupted,
    InvalidInput,
    MissingAnswers,
    UsageError,
)
from setup_wizard.masking import mask_credentials
from setup_wizard.wizard import prompts
from setup_wizard.wizard.prompts import OTHER, Kind

Answers = dict[str, Any]
PASTED_ENDPOINT = "_pasted_endpoint"  # a hint between questions, not an answer (dropped)
KEEP = "__keep__"  # the "keep gateway-stored-key" answer when no key is stored


@dataclass(frozen=True)
class Default:
    """A default answer and where it came from (shown next to a masked secret)."""

    value: str
    source: str


@dataclass(frozen=True)
class Sources:
    """Where defaults come from, after flags: the environment, then the existing .env."""

    existing: Mapping[str, Any]  # config.answers_from_env() of the existing file
    environ: Mapping[str, str]
    env_name: str = ".env"
    # The provider's model list for the answers so far, fetched by `init` (the wizard sends
    # no request itself); None: offer the built-in catalog only (--no-probe).
    served: Callable[[Answers], catalog.ServedModels] | None = None
    cloudflare: AccountView | None = None  # what a Cloudflare API token showed, if one was given


@dataclass(frozen=True)
class Option:
    value: str
    title: str


def _always(a: Answers) -> bool:
    return True


def _set(name: str) -> Callable[[str, Answers], Answers]:
    def f(value: str, a: Answers) -> Answers:
        return {name: value.strip()}
    return f


@dataclass(frozen=True)
class Question:
    name: str  # the Config field it answers
    kind: Kind
    message: str  # formatted with {key_var} and {provider}
    help: str
    flag: str  # how to give it without a prompt (named in "missing answers")
    when: Callable[[Answers], bool] = _always
    choices: Callable[[Answers], list[Option]] | None = None
    default: Callable[[Answers, Sources], Default | None] = lambda a, s: None
    validate: Callable[[str, Answers], bool | str] = lambda v, a: True
    filter: Callable[[str, Answers], Answers] | None = None
    given_as: str | None = None  # the flag carrying a value, when `flag` names several ways
    # A list to pick from when one is known (the API token's accounts, gateways), shown in
    # place of typing; `offered_only`: the question exists only when there is such a list.
    offer: Callable[[Answers, Sources], list[Option] | None] = lambda a, s: None
    offered_only: bool = False

    def text(self, template: str, a: Answers) -> str:
        p = _provider(a)
        return template.format(key_var=p.key_var if p else "the provider key",
                               provider=p.name if p else "the provider")

    def apply(self, value: str, a: Answers) -> Answers:
        return (self.filter or _set(self.name))(value, a)

    def check(self, value: str, a: Answers) -> bool | str:
        """The validator (its message is the more specific), then membership for lists.

        A visible answer shaped like a credential is refused first: it was pasted in the
        wrong place, and offering it as a default would print it.
        """
        if self.kind != "secret" and mask_credentials(value.strip()) != value.strip():
            return "that looks like an API key or token, which does not belong here"
        verdict = self.validate(value, a)
        if verdict is True and self.choices is not None and self.kind == "select":
            allowed = [o.value for o in self.choices(a)]
            if value.strip() not in allowed:
                return f"{value.strip()!r} is not one of: {', '.join(allowed)}"
        return verdict


# -- helpers reading the answers so far ------------------------------------------------
def _provider(a: Answers) -> providers.Provider | None:
    return providers.get(a.get("provider", ""))


def _spec(a: Answers) -> providers.Provider:
    return _provider(a) or providers.PROVIDERS["groq"]


def _via_gateway(a: Answers) -> bool:
    return a.get("mode") in GATEWAY_MODES


def _same_provider(a: Answers, s: Sources) -> bool:
    return s.existing.get("provider") == a.get("provider")


def _from_existing(name: str, *, same_provider: bool = False
                   ) -> Callable[[Answers, Sources], Default | None]:
    def f(a: Answers, s: Sources) -> Default | None:
        v = s.existing.get(name)
        if not v or (same_provider and not _same_provider(a, s)):
            return None
        return Default(str(v), s.env_name)
    return f


def _errors_only(problems: list[Any]) -> bool | str:
    """The first error, fix first: a prompt's error line is cut at the terminal's width."""
    errs = [p for p in problems if p.severity == "error"]
    if not errs:
        return True
    p = errs[0]
    return f"Fix: {p.fix}. Why: {p.message}" if p.fix else p.message


# -- provider ----------------------------------------------------------------------------
def _provider_options(a: Answers) -> list[Option]:
    return [Option(p.slug, f"{p.name} ({p.slug})") for p in providers.PROVIDERS.values()]


def _provider_default(a: Answers, s: Sources) -> Default:
    v = s.existing.get("provider")
    return Default(v, s.env_name) if v in providers.PROVIDERS else Default("groq", "default")


# -- mode ----------------------------------------------------------------------------------
def _mode_options(a: Answers) -> list[Option]:
    return [Option(m, f"{m}: {MODE_HELP[m]}") for m in _spec(a).modes]


def _mode_default(a: Answers, s: Sources) -> Default:
    allowed = _spec(a).modes
    v = s.existing.get("mode")
    if v in allowed:
        return Default(v, s.env_name)
    # Stored key is recommended: the app then holds no provider key at all.
    return Default("gateway-stored-key" if "gateway-stored-key" in allowed else allowed[0],
                   "default")


def _mode_check(value: str, a: Answers) -> bool | str:
    p = _spec(a)
    if value.strip() in p.modes:
        return True
    return f"{p.name} cannot be used in mode {value.strip()}; choose " + " or ".join(p.modes)


# -- account and gateway ---------------------------------------------------------------------
def _needs_account(a: Answers) -> bool:
    # Workers AI's direct URL carries the account ID too.
    return _via_gateway(a) or "{account_id}" in _spec(a).direct_base_url


def _account_check(value: str, a: Answers) -> bool | str:
    pasted = gateway.parse_pasted(value)
    if not pasted:
        return gateway.account_id_problem(value) or True
    return _route_problem(pasted.slug, a) or True


def _route_problem(slug: str | None, a: Answers) -> str | None:
    """A pasted gateway URL for another provider is asked about, never silently rewritten."""
    p = _spec(a)
    if not slug or not _via_gateway(a) or slug == p.slug:
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
    if pasted.gateway_id and _via_gateway(a) and _gateway_check(pasted.gateway_id, a) is True:
        out["gateway_id"] = pasted.gateway_id
    if pasted.slug and _via_gateway(a):
        out[PASTED_ENDPOINT] = "compat" if pasted.slug == gateway.COMPAT else "provider"
    return out


def _gateway_check(value: str, a: Answers) -> bool | str:
    """Only what lint calls an error is refused; lint's warning is printed before writing."""
    problem = gateway.gateway_name_problem(value)
    return problem.message if problem and problem.severity == "error" else True


# -- what a Cloudflare API token showed (Sources.cloudflare) ----------------------------------
def _account_default(a: Answers, s: Sources) -> Default | None:
    found = _from_existing("account_id")(a, s)
    if found is None and s.cloudflare and len(s.cloudflare.accounts) == 1:
        return Default(s.cloudflare.accounts[0].id, "your Cloudflare API token")
    return found


def _account_offer(a: Answers, s: Sources) -> list[Option] | None:
    if s.cloudflare is None or len(s.cloudflare.accounts) < 2:
        return None
    return [Option(acct.id, acct.title) for acct in s.cloudflare.accounts] + [
        Option(OTHER, "type another account ID (or paste the gateway URL)")]


def _gateway_offer(a: Answers, s: Sources) -> list[Option] | None:
    found = s.cloudflare.gateways(a["account_id"]) if s.cloudflare and a.get("account_id") \
        else None
    if not found:
        return None
    return [Option(g.id, g.title) for g in found] + [Option(OTHER, "type another name")]


def _chosen_gateway(a: Answers, s: Sources) -> Gateway | None:
    if s.cloudflare is None or not a.get("account_id") or not a.get("gateway_id"):
        return None
    return s.cloudflare.gateway(a["account_id"], a["gateway_id"])


def _stored_key_offer(a: Answers, s: Sources) -> list[Option] | None:
    """The two ways out when the gateway stores no key for the provider (known for sure)."""
    gw, p = _chosen_gateway(a, s), _spec(a)
    if gw is None or gw.default_keys_for(p.slug) != []:
        return None
    out = [Option(KEEP, f"keep gateway-stored-key: I will store a {p.name} key under AI "
                        f"Gateway > {gw.id} > Provider Keys")]
    if "gateway-request-key" in p.modes:
        out.append(Option("gateway-request-key", f"switch to gateway-request-key: the app "
                                                 f"sends its own key ({p.key_var}, asked next)"))
    return out


# -- endpoint ----------------------------------------------------------------------------
def _endpoint_options(a: Answers) -> list[Option]:
    p = _spec(a)
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
    p = _spec(a)
    if value.strip() == "compat" and not p.compat_prefix:
        return f"{p.name} is not available on the compat endpoint; use --endpoint provider"
    return True


# -- model ----------------------------------------------------------------------------------
def _bare_model(value: str, a: Answers) -> str:
    """`groq/openai/gpt-oss-20b` typed on compat means `openai/gpt-oss-20b` for Groq."""
    v = value.strip()
    prefix = _spec(a).compat_prefix
    if a.get("endpoint") == "compat" and prefix and v.startswith(prefix + "/"):
        return v[len(prefix) + 1:]
    return v


def _model_options(a: Answers) -> list[Option]:
    return [Option(m, m) for m in _spec(a).models] + [Option(OTHER, "other... (type it)")]


def _model_default(a: Answers, s: Sources) -> Default:
    v = s.existing.get("model")
    if v and _same_provider(a, s):
        return Default(str(v), s.env_name)
    return Default(_spec(a).default_model, "default")


def _model_check(value: str, a: Answers) -> bool | str:
    return _errors_only(check_model(_spec(a), _bare_model(value, a)))


def _model_filter(value: str, a: Answers) -> Answers:
    return {"model": _bare_model(value, a)}


# -- model, over the provider's live list ----------------------------------------------------
def _over_served(q: Question, given: str | None, a: Answers, s: Sources, interactive: bool,
                 notes: list[str]) -> Question:
    """The model question offering what the provider serves now, when a list is needed:
    to ask, or to settle a --model the catalog refuses (the provider's word wins)."""
    if s.served is None or (given is None and not interactive) or (
            given is not None and q.check(given, a) is True):
        return q
    served = s.served(a)
    options = catalog.offered(_spec(a), served.ids) if served.live else []
    if not interactive:
        notes.append(served.note)
    help_text = q.help + "\n  " + served.note.replace("{", "{{").replace("}", "}}")
    if not options:
        return replace(q, help=help_text)
    return replace(q, help=help_text, choices=lambda a: _served_options(a, options),
                   default=lambda a, s: _served_default(a, s, served, options),
                   validate=lambda v, a: _served_check(v, a, served))


def _served_options(a: Answers, offered: list[str]) -> list[Option]:
    p = _spec(a)
    tags = {"unknown": "not in our catalog", "unconfirmed": "UNCONFIRMED", "preview": "preview",
            "deprecated": "deprecated"}
    out = []
    for m in offered:
        tag = "recommended" if m == p.default_model else tags.get(p.status(m))
        out.append(Option(m, f"{m} ({tag})" if tag else m))
    return [*out, Option(OTHER, "other... (type it)")]


def _served_default(a: Answers, s: Sources, served: catalog.ServedModels,
                    offered: list[str]) -> Default:
    d = _model_default(a, s)
    return d if d.value in offered else Default(offered[0], f"{_spec(a).name}'s list")


def _served_check(value: str, a: Answers, served: catalog.ServedModels) -> bool | str:
    return True if _bare_model(value, a) in served.ids else _model_check(value, a)


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
    return _from_existing("cf_token")(a, s)


def _token_check(value: str, a: Answers) -> bool | str:
    verdict = _ascii_only(CF_GATEWAY_TOKEN, value)
    if verdict is not True:
        return verdict
    return _errors_only(check_token(clean_secret(value), a.get("mode")))


def _key_default(a: Answers, s: Sources) -> Default | None:
    var = _spec(a).key_var
    if s.environ.get(var):
        return Default(s.environ[var], "the environment")
    return _from_existing("provider_key", same_provider=True)(a, s)


def _key_check(value: str, a: Answers) -> bool | str:
    verdict = _ascii_only(_spec(a).key_var, value)
    if verdict is not True:
        return verdict
    return _errors_only(check_provider_key(_spec(a), clean_secret(value), a.get("mode")))


QUESTIONS: tuple[Question, ...] = (
    Question("provider", "select", "Provider",
             "Which LLM provider the app calls (Groq first).",
             "--provider", choices=_provider_options, default=_provider_default),
    Question("mode", "select", "Mode",
             "Stored key: the provider key lives in Cloudflare and the app never holds it.",
             "--mode", choices=_mode_options, default=_mode_default, validate=_mode_check),
    Question("account_id", "text", "Cloudflare account ID (or paste the gateway endpoint URL)",
             "32 hex characters: dashboard > Account home, or AI Gateway > your gateway > API.",
             "--account-id", when=_needs_account, default=_account_default,
             validate=_account_check, filter=_account_filter, offer=_account_offer),
    Question("gateway_id", "text", "Gateway name",
             "The name under AI > AI Gateway (usually lower case, digits, _ and hyphens).",
             "--gateway", when=_via_gateway, default=_from_existing("gateway_id"),
             validate=_gateway_check, offer=_gateway_offer),
    Question("stored_key", "select", "No {provider} key is stored on this gateway",
             "Checked with your Cloudflare API token: its Provider Keys hold no {provider} key "
             "under the alias default, so requests would use Unified Billing credits or fail.",
             "--mode", when=lambda a: a.get("mode") == "gateway-stored-key",
             default=lambda a, s: Default(KEEP, "default"), offer=_stored_key_offer,
             offered_only=True, filter=lambda v, a: {} if v == KEEP else {"mode": v}),
    Question("endpoint", "select", "Endpoint style",
             "provider: the {provider} URL on the gateway; compat: one URL for every provider.",
             "--endpoint", when=_via_gateway, choices=_endpoint_options,
             default=_endpoint_default, validate=_endpoint_check),
    Question("model", "model", "Model",
             "Current {provider} models; retired ones are refused with their replacement.",
             "--model", choices=_model_options, default=_model_default,
             validate=_model_check, filter=_model_filter),
    Question("cf_token", "secret", "Cloudflare gateway token (CF_GATEWAY_TOKEN)",
             "AI Gateway > your gateway > Settings > Authentication: a token with Run permission.",
             f"{CF_GATEWAY_TOKEN} (environment) or --cf-token-stdin", when=_via_gateway,
             default=_token_default, validate=_token_check, filter=_secret_set("cf_token"),
             given_as="--cf-token-stdin"),
    Question("provider_key", "secret", "{provider} API key ({key_var})",
             "From the provider's console (Groq: console.groq.com/keys). Input is hidden.",
             "{key_var} (environment) or --provider-key-stdin",
             when=lambda a: a.get("mode") in KEY_SENDING_MODES,
             default=_key_default, validate=_key_check, filter=_secret_set("provider_key"),
             given_as="--provider-key-stdin"),
)


# -- the loop ------------------------------------------------------------------------------
@dataclass
class Collected:
    answers: Answers
    notes: list[str] = field(default_factory=list)  # flags given but not used


def collect(flags: Mapping[str, str | None], sources: Sources, *,
            interactive: bool) -> Collected:
    """Answer every question that applies: flag, else prompt (or default), else missing."""
    answers: Answers = {}
    notes: list[str] = []
    missing: list[str] = []
    for q in QUESTIONS:
        given = flags.get(q.name)
        flag = q.text(q.flag, answers)
        given_as = q.given_as or flag
        if not q.when(answers):
            if given is not None:
                notes.append(f"{given_as} is not used in mode {answers.get('mode')}; ignored")
            continue
        if q.kind == "model":
            q = _over_served(q, given, answers, sources, interactive, notes)
        if given is not None:
            verdict = q.check(given, answers)
            if verdict is not True:
                raise InvalidInput(f"{given_as}: {verdict}")
            answers.update(q.apply(given, answers))
            continue
        offered = q.offer(answers, sources) if interactive or q.offered_only else None
        if q.offered_only and not offered:
            continue
        if q.name in answers:  # filled by an earlier answer (a pasted endpoint URL)
            continue
        default = q.default(answers, sources)
        if default is not None and q.check(default.value, answers) is not True:
            reason = q.check(default.value, answers)
            if not interactive:
                missing.append(f"{flag} (the value from {default.source} is refused: {reason})")
                continue
            default = None  # not offered: the user is asked afresh
        options = offered or (q.choices(answers) if q.choices and q.kind == "select" else None)
        if options is not None and len(options) == 1:
            answers.update(q.apply(options[0].value, answers))  # nothing to choose
            continue
        if not interactive:
            if default is None:
                missing.append(flag)
            else:
                answers.update(q.apply(default.value, answers))
            continue
        try:
            value = prompts.ask(_prompt(q, answers, default, offered))
        except KeyboardInterrupt:
            raise Interrupted(INTERRUPTED) from None
        except EOFError:
            raise UsageError("input ended before every question was answered",
                             fix="run in a terminal, or pass the answers as flags "
                             "with --non-interactive") from None
        answers.update(q.apply(value, answers))
    if missing:
        raise MissingAnswers(missing)
    return Collected({k: v for k, v in answers.items() if not k.startswith("_")}, notes)


def _prompt(q: Question, answers: Answers, default: Default | None,
            offered: list[Option] | None = None) -> prompts.Prompt:
    """The question as the prompt layer sees it: texts, options (its own, or a list offered
    in place of typing), default, validator."""
    def validate(v: str) -> bool | str:
        verdict = q.check(v, answers)
        return verdict if verdict is True else mask_credentials(verdict)

    keep = None
    if q.kind == "secret":
        keep = CF_GATEWAY_TOKEN if q.name == "cf_token" else _spec(answers).key_var
    options = offered or (q.choices(answers) if q.choices else [])
    return prompts.Prompt(
        kind=q.kind, message=q.text(q.message, answers), help=q.text(q.help, answers),
        options=tuple((o.value, o.title) for o in options),
        default=default.value if default else None,
        default_source=default.source if default else None, keep_label=keep,
        validate=validate)


__all__ = ["QUESTIONS", "Collected", "Default", "Question", "Sources", "clean_secret",
           "collect"]
