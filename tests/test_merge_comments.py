"""Re-running init on its own file: our comments follow the mode, the user's stay, and blank
lines around managed keys survive."""

from __future__ import annotations

from setup_wizard.config.model import Config
from setup_wizard.config.templating import env_text

ACCT = "d4ba2e3c15c942c374380afd7fb7f441"
TOKEN = "cfut_" + "Zz9Yy8Xx7Ww6" * 3
GSK = "gsk_" + "A1b2C3d4E5" * 4 + "Zz" * 4 + "1a2b"


def _cfg(mode: str, **kw: str) -> Config:
    base = {"provider": "groq", "mode": mode, "account_id": ACCT, "gateway_id": "omni",
            "model": "openai/gpt-oss-20b", "cf_token": TOKEN, "provider_key": GSK}
    base.update(kw)
    return Config.build(**base)


def test_switching_mode_refreshes_our_comments_and_keeps_the_users() -> None:
    stored = env_text(_cfg("gateway-stored-key"), None)
    user_added = stored + "\n# my own note about the key\nDEBUG=1\n"
    switched = env_text(_cfg("gateway-request-key"), user_added)
    assert "Provider key: not here" not in switched
    assert "the provider key is stored in the gateway" not in switched  # old header
    assert "the app sends its own provider key" in switched  # new header
    assert "# Provider key, sent as Authorization" in switched
    assert "# my own note about the key\nDEBUG=1\n" in switched
    # Back again: the disabled key carries the stored-key comment, not the request-key one.
    back = env_text(_cfg("gateway-stored-key"), switched)
    assert "# Provider key, sent as Authorization" not in back
    assert "Provider key: not here" in back
    assert f"# GROQ_API_KEY={GSK}" in back  # commented out, not deleted


def test_a_user_comment_above_a_managed_key_is_not_touched() -> None:
    existing = "# the model my team agreed on\nAUTOGEN_MODEL=openai/gpt-oss-120b\n"
    out = env_text(_cfg("direct"), existing)
    assert out.startswith("# the model my team agreed on\nAUTOGEN_MODEL=openai/gpt-oss-20b\n")


def test_blank_lines_above_managed_keys_survive() -> None:
    existing = "A=1\n\n\nAUTOGEN_MODEL=x\n\nGROQ_API_KEY=old\nB=2\n"
    out = env_text(_cfg("gateway-stored-key"), existing)
    assert out.startswith("A=1\n\n\nAUTOGEN_MODEL=openai/gpt-oss-20b\n\n# disabled by setup-wizard")
    assert "# GROQ_API_KEY=old\nB=2\n" in out


def test_rerun_with_same_answers_changes_nothing() -> None:
    first = env_text(_cfg("gateway-request-key", endpoint="compat"), None)
    assert env_text(_cfg("gateway-request-key", endpoint="compat"), first) == first


def test_reenabling_a_disabled_key_puts_it_back_in_its_place_once() -> None:
    request = env_text(_cfg("gateway-request-key"), None)
    stored = env_text(_cfg("gateway-stored-key"), request + "X=1\n")
    assert f"# GROQ_API_KEY={GSK}" in stored
    again = env_text(_cfg("gateway-request-key"), stored)
    assert again == request + "X=1\n"  # a round trip through another mode is lossless
