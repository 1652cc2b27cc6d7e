"""SW390: a model our catalog knows, in a catalog not checked for more than 120 days.

Providers retire models every few weeks, so what `lint` believes about a model ages; past
`STALE_AFTER_DAYS` since the provider's `catalog_checked`, a model the catalog calls served
gets a warning pointing at `setup-wizard models`, which asks the provider. Offline like all
of lint. "Today" comes from the caller, else SETUP_WIZARD_TODAY (YYYY-MM-DD, for tests and
reproducible CI runs), else the clock.
"""

from __future__ import annotations

import os
from datetime import date

from setup_wizard.config import providers
from setup_wizard.config.fields import Problem
from setup_wizard.errors import UsageError

CODE = "SW390"
STALE_AFTER_DAYS = 120
TODAY_VAR = "SETUP_WIZARD_TODAY"


def today() -> date:
    raw = os.environ.get(TODAY_VAR, "").strip()
    if not raw:
        return date.today()
    try:
        return date.fromisoformat(raw)
    except ValueError:
        raise UsageError(f"{TODAY_VAR}={raw!r} is not a date",
                         fix=f"write it as YYYY-MM-DD, or unset {TODAY_VAR}") from None


def stale_catalog(provider: providers.Provider | None, model: str | None,
                  now: date | None = None) -> Problem | None:
    """The warning, or None: no provider, no model, a model the catalog does not call served
    (SW301/SW302 speak for those), or a catalog checked recently enough."""
    if provider is None or not model or not provider.catalog_checked:
        return None
    prefix = f"{provider.compat_prefix}/" if provider.compat_prefix else None
    bare = model[len(prefix):] if prefix and model.startswith(prefix) and \
        not provider.knows_model(model) else model
    if not provider.knows_model(bare):
        return None
    checked = date.fromisoformat(provider.catalog_checked)
    age = ((now or today()) - checked).days
    if age <= STALE_AFTER_DAYS:
        return None
    return Problem(CODE, "warning",
                   f"model facts may be stale: this tool's {provider.name} catalog was checked "
                   f"on {checked.isoformat()}, {age} days ago, and {bare} may have been "
                   "retired since", "run `setup-wizard models` to see what the provider "
                   "serves now")
