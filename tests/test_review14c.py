"""The second reading of session 14's last commits (review14c): what they said wrongly."""

from __future__ import annotations

import pytest

from setup_wizard.lint.engine import lint_text

CHAT = "https://api.anthropic.com/v1/chat/completions"


def _found(text: str, *codes: str) -> list[tuple[str, str | None, str]]:
    return [(f.code, f.key, f.severity) for f in lint_text(text, environ={})
            if not codes or f.code in codes]


@pytest.mark.parametrize("name", ["ANTHROPIC_ENDPOINT", "CLAUDE_API_ENDPOINT"])
def test_a_whole_endpoint_under_a_claude_name_is_not_the_sdks_base(name: str) -> None:
    # A name that says ENDPOINT may hold the endpoint an app posts to as given (Anthropic's
    # OpenAI SDK compatibility answers there): nothing to say, as before SW222 knew the case.
    assert _found(f"{name}={CHAT}\n") == []


@pytest.mark.parametrize("name", ["ANTHROPIC_API_URL", "CLAUDE_API_BASE"])
def test_an_apps_own_claude_name_keeps_the_warning(name: str) -> None:
    # Only the SDK's own name (ANTHROPIC_BASE_URL) is known to get /v1/messages appended
    # (names.ANTHROPIC_SDK_NAME); an app's own name may be posted to as it is.
    assert _found(f"{name}={CHAT}\n") == [("SW229", name, "warning")]


def test_the_sdks_name_holding_the_endpoint_with_a_trailing_slash() -> None:
    # The same endpoint with a slash after it is no more a base (requests would go to
    # .../chat/completions/v1/messages): said, and the fix leaves nothing to say.
    out = lint_text(f"ANTHROPIC_BASE_URL={CHAT}/\n", environ={})
    assert [(f.code, f.severity) for f in out] == [("SW222", "error")]
    assert out[0].fix == "set ANTHROPIC_BASE_URL=https://api.anthropic.com"
