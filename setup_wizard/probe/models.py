"""Ask the provider which models it serves: `GET {base}/models`, sent as the `.env` implies.

The request is planned like the probe's (`plan_request`, endpoint "models"): the provider
key in direct and gateway-request-key modes, only `cf-aig-authorization` in
gateway-stored-key mode, `--connect-to` honoured, one overall deadline. Whether the gateway
serves `/models` with a stored key is UNCONFIRMED (docs/sources.md#gateway-models): in that
mode an answer that is not a refusal of the token, the gateway or the network falls back
quietly to the built-in catalog. The list is read against the catalog by `config/catalog`.
Used by `setup-wizard models`, by `init` (the wizard's model list) and by the probe's hint.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from setup_wizard.config import catalog, gateway, providers
from setup_wizard.config.inference import infer
from setup_wizard.config.schema import MODE_KEY, OPENAI_BASE_URL
from setup_wizard.diagnose.diagnosis import Diagnosis
from setup_wizard.errors import ExitCode, SetupWizardError, UsageError
from setup_wizard.masking import Redactor, redact_tree
from setup_wizard.probe.request import (
    ConnectTo,
    Plan,
    ProbeResult,
    check_timeout,
    diagnose,
    plan_request,
)
from setup_wizard.probe.transport import exchange

WIZARD_TIMEOUT = 3.0  # the wizard waits no longer for a list: the catalog is the fallback
# Refusals that break the app's own requests too, so `models` reports them even where the
# gateway path might simply not serve /models (stored-key mode): the token, the gateway id,
# the gateway's limits, the edge. Network failures (origin "network") are always reported.
# Not 2021 (no credits): a path the stored key does not apply to would answer just that.
REPORTED_CAUSES = frozenset({"gateway-auth", "gateway-not-found", "gateway-rate-limited",
                             "gateway-spend-limit", "edge-blocked"})
MODEL_CAUSES = frozenset({"model-not-found", "model-decommissioned"})
# What a model ID may look like before we print it: a server's answer is not trusted to
# keep terminal control characters out.
_MODEL_ID = re.compile(r"[A-Za-z0-9@._:/+-]{1,200}")


def parse_model_list(body: bytes | str) -> tuple[str, ...] | None:
    """The IDs in an OpenAI-style list (`{"data": [{"id": ...}, ...]}`), None if not one.

    Entries with `"active": false` (a Groq extra field, docs/sources.md#groq-models) are left
    out; IDs that are not plain model names are dropped.
    """
    try:
        data = json.loads(body)
    except (ValueError, UnicodeDecodeError):
        return None
    items = data.get("data") if isinstance(data, dict) else None
    if not isinstance(items, list):
        return None
    ids = [it["id"].strip() for it in items
           if isinstance(it, dict) and isinstance(it.get("id"), str)
           and it.get("active") is not False]
    return tuple(dict.fromkeys(i for i in ids if _MODEL_ID.fullmatch(i)))


@dataclass
class Fetched:
    """The outcome of one list request: the IDs, or why not (and a diagnosis worth an exit)."""

    plan: Plan
    ids: tuple[str, ...] | None
    note: str  # where the list came from, or why there is none
    diagnosis: Diagnosis | None = None  # a refusal or failure `models` reports


def listing_values(values: Mapping[str, str | None]) -> tuple[dict[str, str | None], str]:
    """The values to ask with: on the compat endpoint, whose model list is not documented,
    the provider endpoint of the same gateway instead (model IDs there are bare)."""
    out = dict(values)
    inf = infer(values)
    g, p = inf.gateway, inf.provider
    if not (inf.compat and g and p and g.account_id and g.gateway_id):
        return out, ""
    out[OPENAI_BASE_URL] = gateway.base_url(g.account_id, g.gateway_id, p.slug,
                                            p.gateway_suffix)
    if inf.mode and not (values.get(MODE_KEY) or "").strip():
        out[MODE_KEY] = inf.mode  # the mode the compat URL implied, not a re-guess
    return out, f"asked the {p.slug} endpoint of the gateway (compat has no documented list)"


def fetch_served(values: Mapping[str, str | None], *, deadline: float,
                 connect_to: Sequence[str | ConnectTo] = ()) -> Fetched:
    """Send `GET {base}/models`; never raises for HTTP or network trouble (ConfigUnusable and
    UsageError, for a `.env` that cannot produce a request, do raise)."""
    asked, how = listing_values(values)
    plan = plan_request(asked, endpoint="models", connect_to=connect_to)
    x = exchange(plan.method, plan.send_url, plan.headers, None, deadline=deadline)
    where = f"GET {plan.url}" + (f"; {how}" if how else "")
    if x.failure is None and x.status == 200:
        ids = parse_model_list(x.body)
        if ids is not None:
            return Fetched(plan, ids, f"live answer to {where}")
        return Fetched(plan, None, f"{where} answered HTTP 200, but not with a model list")
    d = diagnose(x, plan)
    status = f"HTTP {x.status}" if x.status is not None else "no HTTP answer"
    if plan.sent.mode == "gateway-stored-key" and d.origin != "network" and \
            d.cause not in REPORTED_CAUSES:
        return Fetched(plan, None, f"the gateway did not serve the model list with the stored "
                       f"key ({status}, {d.cause}); whether it does is UNCONFIRMED")
    return Fetched(plan, None, f"{where}: {status}, {d.cause}", d)


# -- `setup-wizard models` -------------------------------------------------------------------
@dataclass
class Listing:
    """What `setup-wizard models` prints: the list, where it came from, and any refusal."""

    provider: providers.Provider
    source: str  # "live" or "catalog"
    entries: list[catalog.Entry]
    note: str
    diagnosis: Diagnosis | None = None
    plan: Plan | None = None
    redact: Redactor = field(default_factory=Redactor, repr=False)

    @property
    def exit_code(self) -> ExitCode:
        return self.diagnosis.exit_code if self.diagnosis else ExitCode.OK

    def to_dict(self) -> dict[str, Any]:
        return redact_tree({"provider": self.provider.slug, "source": self.source,
                            "catalog_checked": self.provider.catalog_checked,
                            "models": [e.to_dict() for e in self.entries]}, self.redact)

    def to_text(self) -> str:
        lines: list[str] = []
        if self.diagnosis and self.plan:
            lines += [f"{self.plan.method} {self.plan.url}",
                      f"  auth headers: {', '.join(self.plan.auth_headers) or '(none)'}"]
            if self.plan.connected_to:
                lines.append(f"  connected to: {self.plan.connected_to} (--connect-to)")
            lines += [self.diagnosis.to_text(), ""]
        p = self.provider
        head = (f"{p.name} serves {len(self.entries)} models now"
                if self.source == "live" else f"{p.name}: the built-in catalog")
        lines += [f"{head} ({self.note})",
                  f"Our catalog was checked against {p.name}'s docs on {p.catalog_checked}; "
                  "each model is marked from it."]
        width = max((len(e.id) for e in self.entries), default=0)
        lines += [f"  {e.id:<{width}}  {describe(e)}" for e in self.entries]
        return self.redact("\n".join(lines))


def describe(e: catalog.Entry) -> str:
    if e.status == "retired":
        when = f" on {e.retired_on}" if e.retired_on else ""
        text = f"retired{when}" + (f", use {e.replacement}" if e.replacement else "")
    elif e.status == "deprecated":
        text = f"deprecated, shuts down on {e.retired_on}" + (
            f", use {e.replacement}" if e.replacement else "")
    elif e.status == "unknown":
        text = "unknown to our catalog"
    else:
        text = "UNCONFIRMED" if e.status == "unconfirmed" else e.status
    return f"{text}: {e.note}" if e.note else text


def catalog_listing(provider: providers.Provider, note: str) -> Listing:
    return Listing(provider, "catalog", catalog.catalog_entries(provider), note)


def list_models(values: Mapping[str, str | None], provider: providers.Provider | None, *,
                timeout: float, connect_to: Sequence[str | ConnectTo] = ()) -> Listing:
    """The models the `.env`'s provider serves now, or the catalog and why not.

    `provider` is --provider: when the `.env`'s URL goes to another provider, no request is
    sent (it would answer for the wrong provider) and that provider's catalog is shown.
    """
    check_timeout(timeout)
    deadline = time.monotonic() + timeout
    inf = infer(values)
    if provider and inf.url_provider and inf.url_provider is not provider:
        return catalog_listing(provider, f"the .env's requests go to {inf.url_provider.name}, "
                               f"so {provider.name} was not asked")
    chosen = provider or inf.provider
    if chosen is None:
        raise UsageError(f"cannot tell which provider {OPENAI_BASE_URL} "
                         f"({inf.url or 'not set'}) is", fix="pass --provider SLUG")
    fetched = fetch_served(values, deadline=deadline, connect_to=connect_to)
    redact = Redactor(fetched.plan.secrets)
    if fetched.ids is not None:
        return Listing(chosen, "live", catalog.mark(chosen, fetched.ids), fetched.note,
                       None, fetched.plan, redact)
    return Listing(chosen, "catalog", catalog.catalog_entries(chosen),
                   f"no live list: {fetched.note}", fetched.diagnosis, fetched.plan, redact)


# -- for the wizard --------------------------------------------------------------------------
def served_for_wizard(values: Mapping[str, str | None], provider: providers.Provider, *,
                      timeout: float = WIZARD_TIMEOUT,
                      connect_to: Sequence[str | ConnectTo] = ()) -> catalog.ServedModels:
    """The live list for the wizard's model question, or the catalog with the reason."""
    try:
        fetched = fetch_served(values, deadline=time.monotonic() + timeout,
                               connect_to=connect_to)
    except SetupWizardError as e:  # the answers so far cannot make a request yet
        return catalog.ServedModels(provider.slug, "catalog", (), _catalog_note(provider,
                                                                                e.message))
    redact = Redactor(fetched.plan.secrets)
    if fetched.ids is not None:
        return catalog.ServedModels(provider.slug, "live", fetched.ids, redact(
            f"model list: {len(fetched.ids)} served by {provider.name} now ({fetched.note})"))
    return catalog.ServedModels(provider.slug, "catalog", (),
                                redact(_catalog_note(provider, fetched.note)))


def _catalog_note(provider: providers.Provider, why: str) -> str:
    return (f"model list: the built-in catalog, checked {provider.catalog_checked} "
            f"({why})")


# -- for the probe's hint ----------------------------------------------------------------------
def suggest_served(result: ProbeResult, values: Mapping[str, str | None], *, deadline: float,
                   connect_to: Sequence[str | ConnectTo] = ()) -> None:
    """On a model the provider refused, ask it what it serves and name the closest model."""
    d, sent = result.diagnosis, result.plan.sent
    spec = providers.get(sent.provider or "")
    if d.cause not in MODEL_CAUSES or spec is None or not sent.model:
        return
    compat = sent.endpoint == "compat"
    model = sent.model.split("/", 1)[1] if compat and "/" in sent.model else sent.model
    fetched = fetch_served(values, deadline=deadline, connect_to=connect_to)
    if fetched.ids is None:
        d.evidence.append(f"no live model list for a closer suggestion ({fetched.note})")
        return
    d.evidence.append(f"model list: {len(fetched.ids)} models, {fetched.note}")
    if model in fetched.ids:
        return  # served to someone, refused to this key: the permission hint stands
    pick = catalog.closest(spec, model, fetched.ids)
    if pick is None:
        return
    name, why = pick
    spelled = f"{spec.compat_prefix}/{name}" if compat and spec.compat_prefix else name
    gone = "is retired" if d.cause == "model-decommissioned" else "is not served to this key"
    d.hint = (f"{model} {gone}; the closest model {spec.name} serves now is {name} ({why}): "
              f"set AUTOGEN_MODEL={spelled}.")
