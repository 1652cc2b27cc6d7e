"""A provider's served model list read against our catalog, shared by `models`, the wizard
and the probe's hints.

Pure functions over `providers` rows and a list of model IDs (the provider's live answer):
what each model's status is, which ones to offer (recommended default first, never a model
the catalog knows is retired or not for chat), and which served model is closest to one
that failed. No I/O here: fetching the list is `probe/models.py`.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from setup_wizard.config.providers import Provider


@dataclass(frozen=True)
class Entry:
    """One model as `setup-wizard models` reports it."""

    id: str
    status: str  # providers.STATUSES
    retired_on: str | None = None  # retired: when; deprecated: the announced date
    replacement: str | None = None
    note: str | None = None  # for the text output only

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "status": self.status, "retired_on": self.retired_on,
                "replacement": self.replacement}


@dataclass(frozen=True)
class ServedModels:
    """What a wizard run knows of the provider's models, and a one-line note of where from.

    `ids` is the provider's live list when `source` is "live", else empty (the wizard then
    falls back to the catalog).
    """

    provider: str
    source: str  # "live" or "catalog"
    ids: tuple[str, ...]
    note: str

    @property
    def live(self) -> bool:
        return self.source == "live"


def entry(provider: Provider, model: str) -> Entry:
    """The catalog's word on one model."""
    status = provider.status(model)
    gone = provider.retired_model(model) or provider.deprecation(model)
    note = provider.note_for(model)
    text = note.note if note else None
    if model in provider.not_for_chat:
        text = "; ".join(t for t in (text, "not a chat model") if t)
    if model == provider.default_model:
        text = "; ".join(t for t in ("recommended default", text) if t)
    return Entry(model, status, gone.shutdown if gone else None,
                 gone.replacement if gone else None, text)


def mark(provider: Provider, served: Iterable[str]) -> list[Entry]:
    """Every served model with its status, in the order `offered` would use, then the rest."""
    ids = list(dict.fromkeys(served))
    first = offered(provider, ids)
    rest = sorted(m for m in ids if m not in first)
    return [entry(provider, m) for m in (*first, *rest)]


def catalog_entries(provider: Provider) -> list[Entry]:
    """The built-in catalog: served models (offered first), then deprecated, then retired."""
    served = [*provider.models, *provider.known_models, *provider.not_for_chat]
    out = [entry(provider, m) for m in dict.fromkeys(served)]
    out += [entry(provider, d.id) for d in provider.deprecated]
    out += [entry(provider, r.id) for r in provider.retired]
    return out


def offerable(provider: Provider, model: str) -> bool:
    """May the wizard offer it from a live list? Not when retired or not a chat model."""
    return provider.status(model) != "retired" and model not in provider.not_for_chat


def offered(provider: Provider, served: Sequence[str]) -> list[str]:
    """What the wizard offers from a live list: the default first, then the catalog's own
    order, then models the catalog does not know (the provider's word beats ours), and
    deprecated or disputed ones last. Never a retired model, never one not for chat."""
    ids = [m for m in dict.fromkeys(served) if offerable(provider, m)]
    order = {m: i for i, m in enumerate((*provider.models, *provider.known_models))}
    rank = {"current": 0, "preview": 1, "unknown": 1, "unconfirmed": 2, "deprecated": 3}

    def key(m: str) -> tuple[int, int, str]:
        return (rank.get(provider.status(m), 1), order.get(m, len(order)), m)

    return sorted(ids, key=key)


def family(model: str) -> str:
    """The model family: the letters its name starts with (`gpt`, `llama`, `qwen`, ...)."""
    name = model.rsplit("/", 1)[-1].lower()
    m = re.match(r"[a-z]+", name)
    return m.group(0) if m else name


def closest(provider: Provider, model: str, served: Sequence[str]) -> tuple[str, str] | None:
    """The served model nearest to `model`, and why: the catalog's documented replacement,
    else the same family (most similar name), else the provider's default, else the first
    served model the wizard would offer. None when nothing suitable is served."""
    candidates = [m for m in offered(provider, served) if m != model]
    if not candidates:
        return None
    gone = provider.retired_model(model) or provider.deprecation(model)
    if gone and gone.replacement in candidates:
        return gone.replacement, f"{provider.name}'s documented replacement"
    same = [m for m in candidates if family(m) == family(model)]
    if same:
        best = max(same, key=lambda m: difflib.SequenceMatcher(None, m, model).ratio())
        return best, f"same family, {family(model)}"
    if provider.default_model in candidates:
        return provider.default_model, "the recommended default"
    return candidates[0], f"served by {provider.name} now"
