"""What a `.env` implies about the request: which provider, which endpoint, which mode.

One reading for `init` (defaults), `probe` (what to send) and `explain` (what was sent), so
they never disagree. Pure Python: `explain` must not pay for pydantic. `lint` reads the same
facts while diagnosing the URL, so it keeps its own walk (lint_checks).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from setup_wizard.config import gateway, providers
from setup_wizard.config.schema import AUTOGEN_MODEL, OPENAI_BASE_URL, infer_mode


@dataclass(frozen=True)
class Inferred:
    url: str  # OPENAI_BASE_URL, stripped
    gateway: gateway.GatewayURL | None  # set when the URL is on the gateway host
    model: str  # AUTOGEN_MODEL as written, stripped
    url_provider: providers.Provider | None  # from the slug, the compat prefix or the host
    how: str  # how url_provider was decided ("" when it was not)
    key_owner: providers.Provider | None  # the first provider whose key variable is set
    mode: str | None
    mode_how: str

    @property
    def compat(self) -> bool:
        return self.gateway is not None and self.gateway.slug == gateway.COMPAT

    @property
    def provider(self) -> providers.Provider | None:
        """The URL's provider, else the one whose key is set."""
        return self.url_provider or self.key_owner


def infer(values: Mapping[str, str | None]) -> Inferred:
    url = (values.get(OPENAI_BASE_URL) or "").strip()
    model = (values.get(AUTOGEN_MODEL) or "").strip()
    gw = gateway.parse_gateway_url(url) if url else None
    found: providers.Provider | None = None
    how = ""
    if gw is not None and gw.slug == gateway.COMPAT:
        prefix, sep, _ = model.partition("/")
        found = providers.by_compat_prefix(prefix) if sep else None
        how = "the compat model prefix"
    elif gw is not None:
        found = providers.get(gw.slug or "")
        how = "the gateway URL"
    elif url:
        found = providers.by_direct_url(url)
        how = "the URL host"
    owner = next((p for p in providers.PROVIDERS.values() if values.get(p.key_var)), None)
    chosen = found or owner
    has_key = bool(chosen and (values.get(chosen.key_var) or "").strip())
    mode, mode_how = infer_mode(values, is_gateway_url=gw is not None, has_provider_key=has_key)
    return Inferred(url, gw, model, found, f"provider {found.slug} from {how}" if found else "",
                    owner, mode, mode_how)
