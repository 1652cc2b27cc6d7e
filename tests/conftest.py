"""Suite-wide: no test depends on the real date.

`lint` warns (SW390) when a provider's model catalog is older than 120 days, which depends on
"today"; every test, and every subprocess it starts, sees the day the catalogs were checked
unless it sets another (tests/test_lint_staleness.py does).
"""

from __future__ import annotations

import pytest

from setup_wizard.config.model_facts import CATALOG_CHECKED
from setup_wizard.lint.staleness import TODAY_VAR


@pytest.fixture(autouse=True)
def _fixed_today(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(TODAY_VAR, CATALOG_CHECKED)
