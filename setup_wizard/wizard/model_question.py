"""The model question: checked against the catalog, and offered over the provider's live
list when `init` fetched one (`Sources.served`)."""

from __future__ import annotations

from dataclasses import replace

from setup_wizard.config import catalog
from setup_wizard.config.fields import check_model
from setup_wizard.wizard.answers import (
    Answers,
    Default,
    Option,
    Question,
    Sources,
    errors_only,
    same_provider_as_env,
    spec,
)
from setup_wizard.wizard.prompts import OTHER


def _bare_model(value: str, a: Answers) -> str:
    """`groq/openai/gpt-oss-20b` typed on compat means `openai/gpt-oss-20b` for Groq."""
    v = value.strip()
    prefix = spec(a).compat_prefix
    if a.get("endpoint") == "compat" and prefix and v.startswith(prefix + "/"):
        return v[len(prefix) + 1:]
    return v


def _model_options(a: Answers) -> list[Option]:
    return [Option(m, m) for m in spec(a).models] + [Option(OTHER, "other... (type it)")]


def _model_default(a: Answers, s: Sources) -> Default:
    v = s.existing.get("model")
    if v and same_provider_as_env(a, s):
        return Default(str(v), s.env_name)
    return Default(spec(a).default_model, "default")


def _model_check(value: str, a: Answers) -> bool | str:
    return errors_only(check_model(spec(a), _bare_model(value, a)))


def _model_filter(value: str, a: Answers) -> Answers:
    return {"model": _bare_model(value, a)}


MODEL = Question("model", "model", "Model",
                 "Current {provider} models; retired ones are refused with their replacement.",
                 "--model", choices=_model_options, default=_model_default,
                 validate=_model_check, filter=_model_filter)


# -- over the provider's live list ----------------------------------------------------------
def over_served(q: Question, given: str | None, a: Answers, s: Sources, interactive: bool,
                notes: list[str]) -> Question:
    """The model question offering what the provider serves now, when a list is needed:
    to ask, or to settle a --model the catalog refuses (the provider's word wins)."""
    if s.served is None or (given is None and not interactive) or (
            given is not None and q.check(given, a) is True):
        return q
    served = s.served(a)
    options = catalog.offered(spec(a), served.ids) if served.live else []
    if not interactive:
        notes.append(served.note)
    help_text = q.help + "\n  " + served.note.replace("{", "{{").replace("}", "}}")
    if not options:
        return replace(q, help=help_text)
    return replace(q, help=help_text, choices=lambda a: _served_options(a, options),
                 default=lambda a, s: _served_default(a, s, served, options),
                 validate=lambda v, a: _served_check(v, a, served))


def _served_options(a: Answers, offered: list[str]) -> list[Option]:
    p = spec(a)
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
    return d if d.value in offered else Default(offered[0], f"{spec(a).name}'s list")


def _served_check(value: str, a: Answers, served: catalog.ServedModels) -> bool | str:
    return True if _bare_model(value, a) in served.ids else _model_check(value, a)
