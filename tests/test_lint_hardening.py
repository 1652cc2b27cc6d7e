"""Mistakes lint must catch with the exact fix, each firing and silent: a gateway URL on the
wrong host, a character no URL can hold, a compat prefix whose provider lacks the model,
credentials or a query in a URL, a non-ASCII character in a secret, near-miss names, a quote
that swallows lines; and bounded work on hostile input."""

from __future__ import annotations

import pytest
from lint_support import ACCT, COMPAT_URL, DIRECT, GSK, GW_URL, STORED, TOKEN, assert_no_secret

from setup_wizard.config import templating
from setup_wizard.config.model import Config
from setup_wizard.lint.engine import MAX_LINES, lint_text


def lint(text: str) -> list[tuple[str, str | None]]:
    return [(f.code, f.key) for f in lint_text(text, environ={})]


def only(text: str, code: str):  # type: ignore[no-untyped-def]
    (f,) = [f for f in lint_text(text, environ={}) if f.code == code]
    return f


# -- issue 13, item 5 ----------------------------------------------------------------------
@pytest.mark.parametrize("host", ["gateway.cloudflare.com", "api.groq.com", "my-proxy.example"])
def test_the_gateways_path_on_another_host(host: str) -> None:
    bad = STORED.replace("gateway.ai.cloudflare.com", host)
    f = only(bad, "SW225")
    assert (f.severity, f.key) == ("error", "OPENAI_BASE_URL")
    assert f.fix == f"set OPENAI_BASE_URL={GW_URL}"
    assert lint(STORED) == []


def test_a_near_typo_of_the_gateway_host_stays_a_typo() -> None:
    assert ("SW212", "OPENAI_BASE_URL") in lint(STORED.replace("cloudflare", "cloudfare"))


@pytest.mark.parametrize("name, fixed", [("my gateway", "my-gateway"), ('my"gw', "my-gw"),
                                         ("gw{1}", "gw-1")])
def test_a_character_no_url_path_can_hold(name: str, fixed: str) -> None:
    f = only(STORED.replace("/omni/", f"/{name}/"), "SW226")
    assert f.severity == "error"
    assert f.fix == f"set OPENAI_BASE_URL={GW_URL.replace('/omni/', f'/{fixed}/')}"
    # An unusual but legal character stays a warning (the character rule is UNCONFIRMED).
    assert [c for c, _ in lint(STORED.replace("/omni/", "/My_Gateway/"))] == ["SW220"]


@pytest.mark.parametrize("model, fix", [
    ("openai/gpt-oss-20b", "groq/openai/gpt-oss-20b"),  # the user's notes' own mistake
    ("openai/llama-3.3-70b-versatile", "groq/openai/gpt-oss-120b"),  # and retired on Groq
    ("mistral/qwen/qwen3.6-27b", "groq/qwen/qwen3.6-27b"),
])
def test_a_compat_prefix_whose_provider_does_not_serve_the_model(model: str, fix: str) -> None:
    compat = STORED.replace(GW_URL, COMPAT_URL).replace("=openai/gpt-oss-20b", f"={model}")
    f = only(compat, "SW307")
    assert f.severity == "error" and f.fix == f"set AUTOGEN_MODEL={fix}"
    good = STORED.replace(GW_URL, COMPAT_URL).replace("=openai/gpt-oss-20b", f"={fix}")
    assert lint(good) == []
    assert lint(STORED.replace(GW_URL, COMPAT_URL).replace("=openai/gpt-oss-20b",
                                                          "=openai/gpt-4.1")) == []


@pytest.mark.parametrize("mode, endpoint", [("gateway-stored-key", "compat"),
                                            ("gateway-request-key", "provider"),
                                            ("direct", "provider")])
def test_files_the_wizard_writes_stay_clean(mode: str, endpoint: str) -> None:
    extra = {"account_id": ACCT, "gateway_id": "omni", "cf_token": TOKEN} \
        if mode != "direct" else {}
    key = {"provider_key": GSK} if mode != "gateway-stored-key" else {}
    for model in ("openai/gpt-oss-20b", "openai/gpt-oss-120b", "groq/compound"):
        config = Config.build(provider="groq", mode=mode, endpoint=endpoint, model=model,
                              **extra, **key)
        assert lint_text(templating.env_text(config, None), environ={}) == []


# -- issue 10, item 3: credentials and a query in a URL -------------------------------------
def test_credentials_inside_the_url_are_an_error_and_never_printed() -> None:
    bad = STORED.replace("https://", "https://app:hunter2secret@")
    f = only(bad, "SW223")
    assert f.severity == "error" and f.fix == f"set OPENAI_BASE_URL={GW_URL}"
    assert "hunter2secret" not in f.message + (f.fix or "")
    q = only(STORED.replace("/omni/groq", "/omni/groq?key=AIzaSyTopSecretValue123"), "SW223")
    assert "TopSecretValue" not in q.message + (q.fix or "") and q.fix == \
        f"set OPENAI_BASE_URL={GW_URL}"


def test_a_query_string_on_the_base_url() -> None:
    f = only(DIRECT.replace("/openai/v1", "/openai/v1?cache=off"), "SW224")
    assert f.severity == "error" and f.fix == "set OPENAI_BASE_URL=https://api.groq.com/openai/v1"
    assert lint(DIRECT) == []


# -- issue 10, item 7: non-ASCII in a secret --------------------------------------------------
@pytest.mark.parametrize("value, pos, point", [(f"\ufeff{GSK}", 1, "U+FEFF"),
                                               (GSK[:10] + "é" + GSK[11:], 11, "U+00E9")])
def test_a_non_ascii_character_in_a_secret(value: str, pos: int, point: str) -> None:
    f = only(DIRECT.replace(f"={GSK}", f"={value}"), "SW112")
    assert (f.severity, f.key) == ("error", "GROQ_API_KEY")
    assert f"position {pos} ({point}" in f.message
    assert f.fix and f.fix.startswith(f"remove character {pos} ({point}) from GROQ_API_KEY")
    assert_no_secret(f.message, f.fix)


def test_non_ascii_outside_secrets_is_fine() -> None:
    assert lint(STORED + "GREETING=héllo\n") == []


# -- issue 10, item 15: near-misses and the quote that swallows lines -----------------------
@pytest.mark.parametrize("wrong, right", [("CF_GATEWAY_TOKN", "CF_GATEWAY_TOKEN"),
                                          ("GROQ_KEY", "GROQ_API_KEY"),
                                          ("openai_base_url", "OPENAI_BASE_URL")])
def test_near_misses_are_caught_with_or_without_the_right_name(wrong: str, right: str) -> None:
    base = STORED + f"GROQ_API_KEY={GSK}\n" if right == "GROQ_API_KEY" else STORED
    value = next(ln.split("=", 1)[1] for ln in base.splitlines() if ln.startswith(right + "="))
    absent = base.replace(f"{right}=", f"{wrong}=")
    f = only(absent, "SW109")
    assert (f.key, f.fix) == (wrong, f"rename {wrong} to {right}")
    present = base + f"{wrong}={value}\n"
    f = only(present, "SW109")
    assert (f.key, f.fix) == (wrong, f"remove {wrong}")


def test_a_provider_is_never_a_near_miss_of_another() -> None:
    assert not [c for c, _ in lint(f"GROK_BASE_URL=https://api.x.ai/v1\nGROQ_API_KEY={GSK}\n")
                if c == "SW109"]


def test_following_sw108_leaves_no_lone_quote() -> None:
    bad = STORED + 'NOTE="starts here\nOTHER=1\n"\n'
    f = only(bad, "SW108")
    assert f.fix == "close the quote at the end of line 6 and delete line 8 (a lone \")"
    fixed = STORED + 'NOTE="starts here"\nOTHER=1\n'
    assert lint(fixed) == []


# -- issue 10, item 6: bounded work -----------------------------------------------------------
def test_caps_are_findings_read_before_parsing() -> None:
    assert lint("A=1\n" * (MAX_LINES + 1)) == [("SW005", None)]
    assert lint("A=" + "x" * (1024 * 1024)) == [("SW004", None)]


def test_a_key_pasted_into_the_model_is_never_echoed() -> None:
    bad = STORED.replace("=openai/gpt-oss-20b", f"={GSK}")
    found = lint_text(bad, environ={})
    assert found and all(GSK[6:-6] not in f.message + (f.fix or "") for f in found)
