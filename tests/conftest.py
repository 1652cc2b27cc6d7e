"""Suite-wide isolation from the machine the tests run on.

- No test depends on the real date: `lint` warns (SW390) when a provider's model catalog is
  older than 120 days, so every test, and every subprocess it starts, sees the day the
  catalogs were checked unless it sets another (tests/test_lint_staleness.py does).
- Every test starts without a Cloudflare API token: one in the developer's environment would
  make `init` and `probe` call the real API (and change what they print).
"""

from __future__ import annotations

import pytest

from setup_wizard.config.model_facts import CATALOG_CHECKED
from setup_wizard.lint.staleness import TODAY_VAR


@pytest.fixture(autouse=True)
def _fixed_today(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(TODAY_VAR, CATALOG_CHECKED)


@pytest.fixture(autouse=True)
def _no_cloudflare_api_token(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CLOUDFLARE_API_TOKEN", raising=False)
