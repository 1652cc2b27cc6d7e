"""Every test starts without a Cloudflare API token: one in the developer's environment would
make `init` and `probe` call the real API (and change what they print)."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _no_cloudflare_api_token(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CLOUDFLARE_API_TOKEN", raising=False)
