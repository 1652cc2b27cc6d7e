"""The shared foundation: masking, provider table, gateway URLs, the config model."""

from __future__ import annotations

import pytest

from setup_wizard.config import gateway, providers
from setup_wizard.config.model import Config, answers_from_env
from setup_wizard.errors import InvalidInput
from setup_wizard.masking import Redactor, mask

ACCT = "d4ba2e3c15c942c374380afd7fb7f441"
GSK = "gsk_" + "A1b2C3d4E5" * 4 + "Zz" * 4 + "1a2b"
TOKEN = "cfut_" + "Zz9Yy8Xx7Ww6" * 3


def test_mask_keeps_prefix_and_last_four_only() -> None:
    assert mask(GSK) == "gsk_...1a2b"
    assert GSK[4:-4] not in mask(GSK)
    assert mask("short") == "****"
    assert mask("") == "(empty)"


def test_redactor_replaces_plain_json_and_url_forms() -> None:
    secret = 'ab"c/d+e' + "x" * 12
    r = Redactor([secret])
    text = f'{secret} {{"k": "ab\\"c/d+e{"x" * 12}"}} ?k=ab%22c%2Fd%2Be{"x" * 12}'
    out = r(text)
    assert "ab\"c/d+e" not in out and "ab%22c" not in out and 'ab\\"c' not in out


def test_every_provider_row_is_complete() -> None:
    for p in providers.PROVIDERS.values():
        assert p.models and p.sources and p.key_var.endswith(("_KEY", "_TOKEN"))
        assert p.default_model not in {r.id for r in p.retired}
        assert p.direct_base_url.startswith("https://")


def test_groq_default_model_is_current() -> None:
    groq = providers.PROVIDERS["groq"]
    assert groq.default_model == "openai/gpt-oss-20b"
    assert groq.retired_model("llama-3.1-8b-instant") is not None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (ACCT, gateway.Pasted(ACCT)),
        (f"https://gateway.ai.cloudflare.com/v1/{ACCT}/omni/groq/chat/completions",
         gateway.Pasted(ACCT, "omni", "groq")),
        (f"https://gateway.ai.cloudflare.com/v1/{ACCT.upper()}/my-gw/compat",
         gateway.Pasted(ACCT, "my-gw", "compat")),
        ("abc123", None),
        ("https://api.groq.com/openai/v1", None),
    ],
)
def test_parse_pasted(text: str, expected: object) -> None:
    assert gateway.parse_pasted(text) == expected


@pytest.mark.parametrize("bad", ["", "Omni", "a" * 65, "my gw", "-x", "a--b"])
def test_gateway_id_problems(bad: str) -> None:
    assert gateway.gateway_id_problem(bad)


def test_config_compat_writes_prefixed_model_and_no_provider_key() -> None:
    c = Config.build(provider="groq", mode="gateway-stored-key", endpoint="compat",
                     account_id=ACCT, gateway_id="omni", model="groq/openai/gpt-oss-20b",
                     cf_token=TOKEN, provider_key=GSK)
    env = c.to_env()
    assert env["OPENAI_BASE_URL"] == f"https://gateway.ai.cloudflare.com/v1/{ACCT}/omni/compat"
    assert env["AUTOGEN_MODEL"] == "groq/openai/gpt-oss-20b"
    assert env["GROQ_API_KEY"] is None
    assert TOKEN not in repr(c) and GSK not in repr(c)


def test_config_errors_carry_no_secret() -> None:
    with pytest.raises(InvalidInput) as exc:
        Config.build(provider="groq", mode="direct", model="llama-3.1-8b-instant",
                     provider_key="gsk_" + "x" * 10 + "SECRETPART" + "y" * 32)
    text = str(exc.value)
    assert "SECRETPART" not in text
    assert "openai/gpt-oss-20b" in text  # the retired model's replacement


def test_answers_from_env_reads_back_what_config_writes() -> None:
    c = Config.build(provider="groq", mode="gateway-request-key", account_id=ACCT,
                     gateway_id="omni", model="openai/gpt-oss-120b", cf_token=TOKEN,
                     provider_key=GSK)
    back = answers_from_env(c.to_env())
    assert Config.build(**back) == c


@pytest.mark.parametrize(
    ("secret", "shown"),
    [
        ("secret-token-value-123456789012345678", "...5678"),  # words are not a vendor prefix
        ("sk-proj-" + "a" * 40 + "WXYZ", "sk-proj-...WXYZ"),
        ("sk-or-v1-" + "0" * 60 + "beef", "sk-or-v1-...beef"),
        ("abcdEFGH_" + "q" * 30 + "tail", "...tail"),
    ],
)
def test_mask_shows_only_public_vendor_prefixes(secret: str, shown: str) -> None:
    assert mask(secret) == shown


def test_secret_values_picks_secret_names_both_forms_and_skips_short_ones() -> None:
    from setup_wizard.masking import secret_values

    values = {"GROQ_API_KEY": f" {GSK} ", "DB_PASSWORD": "hunter2hunter2", "PORT": "8080",
              "USE_AI_GATEWAY": "true", "SHORT_TOKEN": "abc", "CF_GATEWAY_TOKEN": TOKEN,
              "EMPTY_KEY": None}
    found = secret_values(values)
    assert {f" {GSK} ", GSK, "hunter2hunter2", TOKEN} == set(found)
