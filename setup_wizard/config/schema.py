"""The `.env` vocabulary: variable names, modes, endpoint styles, and how a mode is inferred.

Pure Python on purpose: `lint` needs this on every push and must not pay for pydantic.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final, Literal, get_args

Mode = Literal["gateway-stored-key", "gateway-request-key", "direct"]
Endpoint = Literal["provider", "compat"]
MODES: Final[tuple[str, ...]] = get_args(Mode)
ENDPOINTS: Final[tuple[str, ...]] = get_args(Endpoint)
GATEWAY_MODES: Final[frozenset[str]] = frozenset({"gateway-stored-key", "gateway-request-key"})
# Modes in which the app itself sends the provider key in `Authorization`.
KEY_SENDING_MODES: Final[frozenset[str]] = frozenset({"gateway-request-key", "direct"})

MODE_HELP: Final[dict[str, str]] = {
    "gateway-stored-key": "through the gateway, provider key stored in Cloudflare (recommended)",
    "gateway-request-key": "through the gateway, the app sends its own provider key",
    "direct": "straight to the provider, no Cloudflare",
}

# Names the user's apps already read (kept as they are), plus one key that records the mode,
# because "gateway + stored key" and "gateway + own key" otherwise look alike once written.
USE_AI_GATEWAY: Final = "USE_AI_GATEWAY"
AUTOGEN_MODEL: Final = "AUTOGEN_MODEL"
OPENAI_BASE_URL: Final = "OPENAI_BASE_URL"
CF_GATEWAY_TOKEN: Final = "CF_GATEWAY_TOKEN"
MODE_KEY: Final = "AI_GATEWAY_MODE"

TRUE_VALUES: Final = frozenset({"true", "1", "yes", "on"})
FALSE_VALUES: Final = frozenset({"false", "0", "no", "off"})


def parse_bool(value: str | None) -> bool | None:
    """Read a boolean the way most apps do; None when it is not one (lint reports that)."""
    if value is None:
        return None
    v = value.strip().lower()
    if v in TRUE_VALUES:
        return True
    if v in FALSE_VALUES:
        return False
    return None


def infer_mode(
    values: Mapping[str, str | None], *, is_gateway_url: bool, has_provider_key: bool
) -> tuple[str | None, str]:
    """Return (mode, how it was decided). Hand-written files rarely carry `AI_GATEWAY_MODE`.

    Explicit mode wins; otherwise a gateway URL without a provider key means stored key, a
    gateway URL with one means the app sends its own key, anything else is direct.
    """
    explicit = (values.get(MODE_KEY) or "").strip()
    if explicit in MODES:
        return explicit, f"{MODE_KEY}={explicit}"
    if explicit:
        return None, f"{MODE_KEY}={explicit!r} is not a mode"
    if is_gateway_url:
        if has_provider_key:
            return "gateway-request-key", "inferred: gateway URL and a provider key"
        return "gateway-stored-key", "inferred: gateway URL and no provider key"
    flag = parse_bool(values.get(USE_AI_GATEWAY))
    if flag:
        # Gateway wanted, but the URL is not a gateway URL: judge as a gateway mode so the
        # URL rules explain what is wrong with it.
        mode = "gateway-request-key" if has_provider_key else "gateway-stored-key"
        return mode, f"inferred: {USE_AI_GATEWAY}=true"
    return "direct", "inferred: no gateway URL"
