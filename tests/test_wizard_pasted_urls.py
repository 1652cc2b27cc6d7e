"""What a pasted answer says, and the names shown (issue 10, item 16): a `/compat` URL makes
compat the endpoint default, another provider's URL is asked about (never rewritten), a
dashboard URL or one without https:// gives the account ID; OpenAI, OpenRouter spelled so."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest
from dotenv import dotenv_values
from init_support import (
    ACCT,
    CTRL_C,
    DOWN,
    ENTER,
    GW,
    TOKEN,
    Screen,
    clean_environment,
    run_interactive,
    run_piped,
)
from prompt_toolkit.output.plain_text import PlainTextOutput

from setup_wizard.config import gateway
from setup_wizard.diagnose.diagnosis import Diagnosis

GATEWAY = "https://gateway.ai.cloudflare.com/v1"


@pytest.fixture(autouse=True)
def _isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    clean_environment(monkeypatch)


# -- what a pasted URL says ----------------------------------------------------------------------
def piped(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
          *argv: str) -> tuple[int, str]:
    monkeypatch.setenv("CF_GATEWAY_TOKEN", TOKEN)
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    r = run_piped(list(argv), monkeypatch, capsys)
    return r.code, r.err


def test_a_pasted_compat_url_defaults_the_endpoint_to_compat(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    code, err = piped(monkeypatch, capsys, "--account-id", f"{GATEWAY}/{ACCT}/{GW}/compat")
    assert code == 0, err
    values = dotenv_values(tmp_path / ".env")
    assert values["OPENAI_BASE_URL"] == f"{GATEWAY}/{ACCT}/{GW}/compat"
    assert values["AUTOGEN_MODEL"] == "groq/openai/gpt-oss-20b"


def test_a_pasted_compat_url_is_the_default_when_asked(tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch,
                                                       capsys: pytest.CaptureFixture[str]
                                                       ) -> None:
    keys = (ENTER * 2 + f"{GATEWAY}/{ACCT}/{GW}/compat" + ENTER
            + ENTER  # endpoint style: the default, which the URL made compat
            + ENTER + TOKEN + ENTER + "y")
    r = run_interactive([], keys, monkeypatch, capsys)
    assert r.code == 0, r.err
    assert dotenv_values(tmp_path / ".env")["OPENAI_BASE_URL"].endswith("/compat")


@pytest.mark.parametrize("slug, name", [("openai", "OpenAI"), ("mistral", "Mistral")])
def test_another_providers_url_is_not_silently_rewritten(slug: str, name: str, tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch,
                                                          capsys: pytest.CaptureFixture[str]
                                                          ) -> None:
    url = f"{GATEWAY}/{ACCT}/{GW}/{slug}"
    code, err = piped(monkeypatch, capsys, "--provider", "groq", "--account-id", url)
    assert code == 2
    (line,) = err.strip().splitlines()
    assert name in line and "Groq" in line and f"--provider {slug}" in line
    assert not (tmp_path / ".env").exists()


def test_another_providers_url_is_asked_about_where_typed(tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch,
                                                          capsys: pytest.CaptureFixture[str]
                                                          ) -> None:
    monkeypatch.setenv("CF_GATEWAY_TOKEN", TOKEN)
    screen = Screen()
    keys = ENTER * 2 + f"{GATEWAY}/{ACCT}/{GW}/openai" + ENTER  # Groq was chosen
    # Only once the refusal is on the screen is the Groq URL typed instead.
    fix = "\x7f" * 200 + f"{GATEWAY}/{ACCT}/{GW}/groq" + ENTER + ENTER + ENTER + "y" + "y"
    r = run_interactive([], keys, monkeypatch, capsys, output=PlainTextOutput(screen),
                        then=[("OpenAI's URL, not Groq's", fix)])
    assert r.code == 0, r.err
    assert dotenv_values(tmp_path / ".env")["OPENAI_BASE_URL"] == f"{GATEWAY}/{ACCT}/{GW}/groq"


@pytest.mark.parametrize("pasted, gw", [
    (f"https://dash.cloudflare.com/{ACCT}/ai/ai-gateway", None),
    (f"dash.cloudflare.com/{ACCT}/home", None),
    (f"gateway.ai.cloudflare.com/v1/{ACCT}/{GW}/groq", GW),
    (f"  {ACCT.upper()}  ", None),
])
def test_more_pasted_forms_give_the_account_id(pasted: str, gw: str | None) -> None:
    p = gateway.parse_pasted(pasted)
    assert p is not None and p.account_id == ACCT and p.gateway_id == gw


def test_a_dashboard_url_answers_the_account_question(tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    code, err = piped(monkeypatch, capsys, "--account-id",
                      f"https://dash.cloudflare.com/{ACCT}/ai/ai-gateway", "--gateway", GW)
    assert code == 0, err
    assert f"/v1/{ACCT}/{GW}/groq" in dotenv_values(tmp_path / ".env")["OPENAI_BASE_URL"]


# -- display names -------------------------------------------------------------------------------
@pytest.mark.parametrize("origin, shown", [("openai", "OpenAI"), ("openrouter", "OpenRouter"),
                                           ("groq", "Groq")])
def test_display_names(origin: str, shown: str) -> None:
    d = Diagnosis(origin=origin, cause="provider-auth-invalid", status=401)
    assert f"Rejected by: {shown}\n" in d.to_text()


def test_the_mode_question_lists_display_names_too(monkeypatch: pytest.MonkeyPatch,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    r = run_interactive([], DOWN + CTRL_C, monkeypatch, capsys)  # just to build the prompt
    assert r.code == 130
    from setup_wizard.wizard.questions import QUESTIONS

    titles = [o.title for o in QUESTIONS[0].choices({})]  # type: ignore[misc]
    assert "OpenAI (openai)" in titles and "OpenRouter (openrouter)" in titles
