"""SW390: the stale-catalog warning fires past 120 days and stays silent otherwise.

"Today" is always given (the argument, or SETUP_WIZARD_TODAY for the CLI): never the clock.
"""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest
from lint_support import COMPAT_URL, DIRECT, GSK, STORED, assert_no_secret

from setup_wizard import cli
from setup_wizard.config import providers
from setup_wizard.lint import staleness
from setup_wizard.lint.engine import lint_text

GROQ = providers.PROVIDERS["groq"]
CHECKED = date.fromisoformat(GROQ.catalog_checked)
FRESH = CHECKED + timedelta(days=120)  # "older than 120 days" starts the day after
STALE = CHECKED + timedelta(days=121)


def codes(text: str) -> list[str]:
    return [f.code for f in lint_text(text)]


@pytest.mark.parametrize("model", ["openai/gpt-oss-20b", "qwen/qwen3.6-27b", "allam-2-7b"])
def test_fires_for_a_served_model_once_the_catalog_is_older_than_120_days(
        model: str) -> None:
    p = staleness.stale_catalog(GROQ, model, STALE)
    assert p is not None and p.code == "SW390" and p.severity == "warning"
    assert "model facts may be stale" in p.message and "121 days ago" in p.message
    assert p.fix and "setup-wizard models" in p.fix


@pytest.mark.parametrize(("model", "now"), [
    ("openai/gpt-oss-20b", FRESH),  # 120 days: not older than 120
    ("openai/gpt-oss-20b", CHECKED),
    ("openai/gpt-oss-20b", CHECKED - timedelta(days=30)),  # a clock behind the catalog
    ("llama-3.1-8b-instant", STALE),  # retired: SW301 says so, and that fact does not age
    ("acme/unknown-model", STALE),  # unknown: SW302 speaks for it
    ("", STALE),
])
def test_silent(model: str, now: date) -> None:
    assert staleness.stale_catalog(GROQ, model, now) is None


def test_silent_without_a_provider() -> None:
    assert staleness.stale_catalog(None, "openai/gpt-oss-20b", STALE) is None


def test_compat_prefix_is_read_as_the_provider_model() -> None:
    assert staleness.stale_catalog(GROQ, "groq/openai/gpt-oss-20b", STALE) is not None


def test_through_lint_text_with_the_environment_date(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(staleness.TODAY_VAR, STALE.isoformat())
    assert "SW390" in codes(STORED) and "SW390" in codes(DIRECT)
    compat = STORED.replace("omni/groq", "omni/compat").replace(
        "AUTOGEN_MODEL=openai/gpt-oss-20b", "AUTOGEN_MODEL=groq/openai/gpt-oss-20b")
    assert COMPAT_URL in compat and "SW390" in codes(compat)
    (finding,) = [f for f in lint_text(STORED) if f.code == "SW390"]
    assert finding.line == 4 and finding.key == "AUTOGEN_MODEL"
    monkeypatch.setenv(staleness.TODAY_VAR, FRESH.isoformat())
    assert "SW390" not in codes(STORED)


def test_ignore_comment_silences_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(staleness.TODAY_VAR, STALE.isoformat())
    text = STORED.replace("AUTOGEN_MODEL=openai/gpt-oss-20b",
                          "AUTOGEN_MODEL=openai/gpt-oss-20b  # setup-wizard: ignore[SW390]")
    assert "SW390" not in codes(text)


def test_cli_warning_keeps_exit_0_and_strict_fails(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    env = tmp_path / ".env"
    env.write_text(DIRECT)
    monkeypatch.setenv(staleness.TODAY_VAR, STALE.isoformat())
    assert cli.main(["lint", "--format", "json", str(env)]) == 0
    out = capsys.readouterr().out
    (finding,) = json.loads(out)["files"][0]["findings"]
    assert finding["code"] == "SW390"
    assert cli.main(["lint", "--strict", str(env)]) == 1
    assert_no_secret(out, capsys.readouterr().out, secrets=(GSK,))


def test_a_bad_date_in_the_environment_is_a_one_line_usage_error(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    env = tmp_path / ".env"
    env.write_text(DIRECT)
    monkeypatch.setenv(staleness.TODAY_VAR, "next tuesday")
    assert cli.main(["lint", str(env)]) == 2
    err = capsys.readouterr().err
    assert "SETUP_WIZARD_TODAY" in err and "YYYY-MM-DD" in err and "Traceback" not in err


def test_lint_stays_offline_and_light_with_the_new_rule(tmp_path: Path) -> None:
    env = tmp_path / ".env"
    env.write_text(DIRECT)
    code = (
        "import sys\nfrom setup_wizard import cli\n"
        f"rc = cli.main(['lint', {str(env)!r}])\n"
        "heavy = sorted(m for m in sys.modules if m.split('.')[0] in "
        "('pydantic', 'httpx', 'questionary', 'prompt_toolkit', 'socket', 'ssl'))\n"
        "print('HEAVY', heavy, rc)\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=60, env={"SETUP_WIZARD_TODAY": STALE.isoformat(),
                                           "PATH": "/usr/bin:/bin"})
    assert proc.stdout.splitlines()[-1] == "HEAVY [] 0", proc.stdout + proc.stderr


@pytest.mark.parametrize("text, key", [
    (f"GROQ_API_KEY={GSK}\nGROQ_MODEL=openai/gpt-oss-20b\n", "GROQ_MODEL"),  # by convention
    (f"LLM_MODEL=groq/openai/gpt-oss-20b\nGROQ_API_KEY={GSK}\n", "LLM_MODEL"),  # LiteLLM
    (f"GROQ_API_KEY={GSK}\nFAST_LLM=groq:openai/gpt-oss-20b\n", "FAST_LLM"),  # gpt-researcher
    (STORED + "SUMMARY_MODEL=qwen/qwen3.8-27b\n", "SUMMARY_MODEL"),  # not the model role
])
def test_fires_wherever_lint_judges_a_model_in_a_stale_catalog(
        text: str, key: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Lint judges models under any name (issue 12): each one in a stale catalog is said,
    under its own name, and only past the 120 days."""
    monkeypatch.setenv(staleness.TODAY_VAR, STALE.isoformat())
    assert key in [f.key for f in lint_text(text) if f.code == "SW390"]
    monkeypatch.setenv(staleness.TODAY_VAR, FRESH.isoformat())
    assert "SW390" not in codes(text)
