"""What a question is and what it reads: the answers so far, and where defaults come from.

`questions` (the table and its validators), `model_question`, `cloudflare_offers` and `loop`
build on these; the helpers read the answers given so far.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from setup_wizard.config import catalog, providers
from setup_wizard.config.cloudflare import AccountView
from setup_wizard.config.schema import GATEWAY_MODES
from setup_wizard.masking import mask_credentials
from setup_wizard.wizard.prompts import Kind

Answers = dict[str, Any]


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
        p = provider_of(a)
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
def provider_of(a: Answers) -> providers.Provider | None:
    return providers.get(a.get("provider", ""))


def spec(a: Answers) -> providers.Provider:
    return provider_of(a) or providers.PROVIDERS["groq"]


def via_gateway(a: Answers) -> bool:
    return a.get("mode") in GATEWAY_MODES


def same_provider_as_env(a: Answers, s: Sources) -> bool:
    return s.existing.get("provider") == a.get("provider")


def from_existing(name: str, *, same_provider: bool = False
                  ) -> Callable[[Answers, Sources], Default | None]:
    def f(a: Answers, s: Sources) -> Default | None:
        v = s.existing.get(name)
        if not v or (same_provider and not same_provider_as_env(a, s)):
            return None
        return Default(str(v), s.env_name)
    return f


def errors_only(problems: list[Any]) -> bool | str:
    """The first error, fix first: a prompt's error line is cut at the terminal's width."""
    errs = [p for p in problems if p.severity == "error"]
    if not errs:
        return True
    p = errs[0]
    return f"Fix: {p.fix}. Why: {p.message}" if p.fix else p.message
