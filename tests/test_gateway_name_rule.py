"""One gateway-name rule for `init` and `lint` (issue 10, item 14).

The class: `init` refused names `lint` only warned about (`My-Gateway`), so re-running `init`
on a lint-clean file failed. The character rule is a third party's statement (UNCONFIRMED for
AI Gateway, docs/sources.md#identifiers), so both only warn about it (SW220); what both refuse
is what is documented, an empty name or one over 64 characters (SW219), and what breaks the
URL the name goes into (SW226, the rule lint also applies to a whole URL's path).
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest
from dotenv import dotenv_values
from hypothesis import given, settings
from hypothesis import strategies as st
from init_support import ACCT, TOKEN, clean_environment, run_piped

from setup_wizard import cli, wizard
from setup_wizard.config import gateway
from setup_wizard.config.model import Config
from setup_wizard.lint.engine import lint_text

UNUSUAL = ["My-Gateway", "PROD", "gw.prod", "a--b", "-lead", "trail-", "with~tilde", "ü-gw"]


def lint_severities(name: str) -> set[str]:
    text = (f"OPENAI_BASE_URL=https://gateway.ai.cloudflare.com/v1/{ACCT}/{name}/groq\n"
            f"AUTOGEN_MODEL=openai/gpt-oss-20b\nCF_GATEWAY_TOKEN={TOKEN}\n")
    return {f.severity for f in lint_text(text) if f.code in ("SW219", "SW220", "SW226")}


@pytest.mark.parametrize("name", UNUSUAL)
def test_init_accepts_with_a_warning_what_lint_warns_about(name: str, tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch,
                                                           capsys: pytest.CaptureFixture[str]
                                                           ) -> None:
    assert lint_severities(name) == {"warning"}
    clean_environment(monkeypatch)
    monkeypatch.setenv("CF_GATEWAY_TOKEN", TOKEN)
    env = tmp_path / ".env"
    r = run_piped(["--env-file", str(env), "--account-id", ACCT, f"--gateway={name}"],
                  monkeypatch, capsys)
    assert r.code == 0, r.err
    assert f"/{name}/groq" in (dotenv_values(env)["OPENAI_BASE_URL"] or "")
    assert "warning: SW220" in r.err
    # ... and the file it wrote passes lint, and init runs again on it.
    assert cli.main(["lint", str(env)]) == 0
    capsys.readouterr()
    r = run_piped(["--env-file", str(env)], monkeypatch, capsys)
    assert r.code == 0, r.err


def test_a_pasted_url_with_an_unusual_name_answers_the_gateway_question() -> None:
    a: dict[str, str] = {"provider": "groq", "mode": "gateway-stored-key"}
    out = wizard.QUESTIONS[2].apply(
        f"https://gateway.ai.cloudflare.com/v1/{ACCT}/My-Gateway/groq", a)
    assert out["account_id"] == ACCT and out["gateway_id"] == "My-Gateway"


@pytest.mark.parametrize("name", ["", "g" * 65, "My Gateway", "a%20b", 'my"gw', "gw{1}",
                                  "omni\u200b"])
def test_both_refuse_what_is_documented_or_breaks_the_url(name: str, tmp_path: Path,
                                        monkeypatch: pytest.MonkeyPatch,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    if name:
        assert "error" in lint_severities(name)
    clean_environment(monkeypatch)
    monkeypatch.setenv("CF_GATEWAY_TOKEN", TOKEN)
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    r = run_piped(["--env-file", str(tmp_path / ".env"), "--account-id", ACCT,
                   "--gateway", name], monkeypatch, capsys)
    assert r.code == 2 and "--gateway" in r.err


# Also what only lint's URL rule (SW226) used to know: quotes, brackets, an invisible
# character; and a letter beyond ASCII, which clients percent-encode (a warning only).
NAMES = st.text(alphabet="abcXYZ019_-.~ %\"{}\u00fc\u200b", max_size=70)


@settings(max_examples=200, deadline=None)
@given(NAMES)
def test_init_refuses_exactly_what_lint_calls_an_error(name: str) -> None:
    problem = gateway.gateway_name_problem(name)
    init_refuses = wizard.QUESTIONS[3].check(name, {"mode": "gateway-stored-key"}) is not True
    assert init_refuses == (problem is not None and problem.severity == "error")
    if name.strip() == name and name:  # the .env line keeps it whole
        lint_errors = "error" in lint_severities(name)
        assert init_refuses == lint_errors


def test_the_model_accepts_a_name_lint_warns_about() -> None:
    c = Config.build(provider="groq", mode="gateway-stored-key", endpoint="provider",
                     account_id=ACCT, gateway_id="My-Gateway", model="openai/gpt-oss-20b",
                     cf_token=TOKEN)
    assert c.base_url.endswith("/My-Gateway/groq")
