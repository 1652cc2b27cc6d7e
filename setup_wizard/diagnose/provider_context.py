"""Which provider and model a verdict is about, and what the provider table adds from there.

Two steps need that same answer: the retired-model refinement (a 404 for a retired model is
a decommissioning) and the fields the hint templates in `hints.py` fill in (key variable,
model, the `.env` value to use instead).
"""

from __future__ import annotations

import re

from setup_wizard.config import providers
from setup_wizard.config.fields import compat_spelling
from setup_wizard.diagnose import hints
from setup_wizard.diagnose.diagnosis import PROVIDER_ORIGINS, Sent
from setup_wizard.diagnose.verdict import Answer, Verdict

# Providers whose answer for a retired model has wording of its own (the wording, its
# source); for the others a retired model answers "not found" (docs/sources.md#groq-errors,
# #anthropic-errors, #google-errors), so "not found" for a model on their retired list is
# read as the retirement.
OWN_RETIREMENT_WORDING: dict[str, tuple[str, str]] = {
    "openai": ("The model `X` has been deprecated", "docs/sources.md#openai-errors: "
               "https://github.com/n8n-io/n8n/issues/10375"),
}


def _provider_for(v: Verdict, sent: Sent) -> providers.Provider | None:
    """What was sent, unless a different provider answered; else the answering origin's row."""
    spec = providers.get(sent.provider) if sent.provider else None
    if spec is not None and (v.origin in ("unknown", spec.origin) or v.origin not in
                             PROVIDER_ORIGINS):
        return spec
    if v.origin == "unknown":  # rows with origin "unknown" (DeepSeek, ...) are not a match
        return None
    return next((p for p in providers.PROVIDERS.values() if p.origin == v.origin), None)


def _bare_model(inp: Answer, v: Verdict) -> str | None:
    """The model the provider saw: as sent (without the compat prefix) or named in the message."""
    model = inp.sent.model
    if model and inp.sent.endpoint == "compat":
        model = model.partition("/")[2] or model
    if not model and v.message:
        m = re.search(r"[Mm]odel[: ]+`([^`]+)`|model: (\S+)", v.message)
        model = (m.group(1) or m.group(2)) if m else None
    return model


def refine_model(v: Verdict, inp: Answer) -> None:
    """A retired model can answer 404 model_not_found: the retired list decides.

    docs/sources.md#groq-errors
    """
    if v.cause not in ("model-not-found", "model-decommissioned") or v.origin not in \
            PROVIDER_ORIGINS | {"unknown"}:
        return
    spec = _provider_for(v, inp.sent)
    model = _bare_model(inp, v)
    if spec is None and model:  # who answered is unknown: any provider's retired list
        spec = next((p for p in providers.PROVIDERS.values() if p.retired_model(model)), None)
    retired = spec.retired_model(model) if spec and model else None
    if retired and spec:
        when = f"shut down on {retired.shutdown}" if retired.shutdown else "shut down"
        v.evidence.append(f"model {model} is on {spec.name}'s retired list ({when})")
        own = OWN_RETIREMENT_WORDING.get(spec.origin)
        if v.cause == "model-not-found" and own is not None:
            # This provider answers a retired model in words of its own: "not found" is not
            # those words, so the model was not found (a name or access problem).
            v.evidence.append(f"{spec.name} words a retired model's answer its own way "
                              f"('{own[0]}'); this answer says not found instead: if it is "
                              f"newer than the shutdown, the retirement may be why (UNCONFIRMED)")
            return
        if v.cause == "model-not-found":
            v.cause = "model-decommissioned"
        v.fields["detail"] = f" ({spec.name} {when})"


def hint_fields(v: Verdict, inp: Answer) -> dict[str, str]:
    """The values `hints.hint_for` fills into its template; the verdict's own fields win."""
    spec = _provider_for(v, inp.sent)
    model = _bare_model(inp, v)
    if spec is None and model and v.cause == "model-decommissioned":
        spec = next((p for p in providers.PROVIDERS.values() if p.retired_model(model)), None)
    f: dict[str, str] = {}
    if spec:
        f["provider"], f["key_var"] = spec.name, spec.key_var
        f["models"] = ", ".join(spec.models[:3])
    elif v.origin in hints.ORIGIN_NAMES:
        name = hints.ORIGIN_NAMES[v.origin]
        f["provider"], f["key_var"] = name, f"your {name} key variable"
    f["auth_header"] = hints.AUTH_HEADERS.get(v.origin, "Authorization")
    if model:
        f["model"] = f"model `{model}`"
    sent_model = inp.sent.model
    prefix = (spec.compat_prefix if spec and spec.compat_prefix else "groq")
    if sent_model and inp.sent.endpoint == "compat" and v.code == 2005:
        f["env_model"] = compat_spelling(spec or providers.PROVIDERS["groq"], sent_model)
    elif model:
        f["env_model"] = f"{prefix}/{model}"
    retired = spec.retired_model(model) if spec and model else None
    suggest = (retired.replacement if retired and retired.replacement
               else ", ".join(spec.models[:2]) if spec else None)
    if suggest:
        f["suggest"] = suggest
        f["suggest_env"] = (f"{prefix}/{suggest}" if inp.sent.endpoint == "compat" and
                            "," not in suggest else suggest)
    retry = inp.headers.get("retry-after")
    m = re.search(r"try again in ([0-9.]+m?s)", v.message or "")
    if retry or m:
        f["retry"] = f" (retry after {retry + ' s' if retry else m.group(1) if m else ''})"
    f.update(v.fields)
    return f
