"""The GitHub Action: action.yml's shape, and its lint step (action/lint.sh) run for real:
annotations on stdout, every finding in the step summary's Markdown table, lint's exit code."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from app_support import KEY
from probe_support import assert_no_secret, env_text, stored_key_env

from setup_wizard.lint.engine import FileResult, Finding
from setup_wizard.lint.report import render_markdown

REPO = Path(__file__).resolve().parent.parent
SCRIPT = REPO / "action" / "lint.sh"
BAD = ("AUTOGEN_MODEL=llama-3.1-8b-instant\nOPENAI_BASE_URL=https://gateway.ai.cloudflare.com"
       "/v1/abc/My Gateway/groq\nCF_GATEWAY_TOKEN=xxx\nGROQ_API_KEY=" + KEY + "\n")
pytestmark = pytest.mark.skipif(shutil.which("bash") is None, reason="bash is not installed")


def setup_wizard_bin() -> str:
    found = shutil.which("setup-wizard", path=str(Path(sys.executable).parent))
    assert found, "setup-wizard is not installed next to this Python"
    return found


def run_step(tmp_path: Path, **inputs: str) -> tuple[subprocess.CompletedProcess[str], str]:
    summary = tmp_path / "summary.md"
    summary.write_text("earlier step's summary\n")
    env = {**os.environ, "SW_BIN": setup_wizard_bin(), "GITHUB_STEP_SUMMARY": str(summary),
           **inputs}
    proc = subprocess.run(["bash", str(SCRIPT)], cwd=tmp_path, env=env, capture_output=True,
                          text=True, timeout=120)
    return proc, summary.read_text()


def test_action_yml_is_a_composite_action_with_the_three_inputs() -> None:
    text = (REPO / "action.yml").read_text()
    assert re.search(r"(?m)^runs:\n  using: composite$", text)
    for name, default in (("files", ".env.example"), ("strict", '"false"'),
                          ("from-environment", '"false"')):
        block = re.search(rf"(?ms)^  {re.escape(name)}:\n(.*?)(?=^  \S|^\S)", text)
        assert block and f"default: {default}" in block.group(1), name
    assert 'bash "$GITHUB_ACTION_PATH/action/lint.sh"' in text
    assert "SW_FILES: ${{ inputs.files }}" in text  # inputs reach the script as environment
    assert "run: bash" in text and "${{ inputs" not in text.split("run: bash")[1]


def test_every_finding_reaches_the_summary_even_past_ten_annotations(tmp_path) -> None:
    for i in range(4):
        (tmp_path / f"app{i}.env").write_text(BAD)
    proc, summary = run_step(tmp_path, SW_FILES="app0.env app1.env\napp2.env  app3.env")
    assert proc.returncode == 1, proc.stderr
    annotations = [x for x in proc.stdout.splitlines() if x.startswith("::")]
    errors = [x for x in annotations if x.startswith("::error ")]
    assert len(errors) > 10  # more than GitHub shows per type per step
    rows = [x for x in summary.splitlines() if x.startswith("| app")]
    assert len(rows) == len(annotations)  # the summary holds the full list
    assert summary.startswith("earlier step's summary\n")  # appended, never overwritten
    assert "### setup-wizard lint failed" in summary
    assert_no_secret(proc.stdout + proc.stderr + summary, KEY)


def test_the_default_file_strict_and_a_clean_run(tmp_path) -> None:
    (tmp_path / ".env.example").write_text(env_text(**stored_key_env()))
    proc, summary = run_step(tmp_path)  # files defaults to .env.example
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "lint passed" in summary and "| .env.example |" in summary  # one warning (SW202)
    proc, summary = run_step(tmp_path, SW_STRICT="true")
    assert proc.returncode == 1 and "(--strict: warnings fail too)" in summary


def test_from_environment_lints_the_steps_environment(tmp_path) -> None:
    proc, summary = run_step(tmp_path, SW_FROM_ENVIRONMENT="true", SW_FILES="ignored.env",
                             AUTOGEN_MODEL="llama-3.1-8b-instant",
                             OPENAI_BASE_URL="https://api.groq.com/openai/v1", GROQ_API_KEY=KEY)
    assert proc.returncode == 1
    assert "SW301" in proc.stdout and "| &lt;environment&gt; |" in summary
    assert "ignored.env" not in proc.stdout + summary
    assert_no_secret(proc.stdout + summary, KEY)


def test_a_file_that_matches_nothing_is_lints_exit_2(tmp_path) -> None:
    proc, summary = run_step(tmp_path, SW_FILES="deploy/*.env")
    assert proc.returncode == 2 and "no file matches deploy/*.env" in summary


def test_the_markdown_table_escapes_what_would_break_it() -> None:
    result = FileResult("odd|name.env", [Finding("SW999", "error", None, 3,
                                                 "a | pipe and <b>html</b>\nover lines", "x|y")])
    table = render_markdown([result])
    row = table.splitlines()[-1]
    assert row == ("| odd\\|name.env | 3 | error | SW999 | a \\| pipe and &lt;b&gt;html&lt;/b&gt; "
                   "over lines | x\\|y |")
    assert render_markdown([FileResult("a.env")]).endswith("No findings.\n")
