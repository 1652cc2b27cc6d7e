"""The pre-commit hook definition: runs our console script on .env files, not on templates."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def hook() -> dict[str, str]:
    """The one hook in .pre-commit-hooks.yaml (flat `key: value` lines; no YAML library)."""
    fields: dict[str, str] = {}
    for line in (ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8").splitlines():
        m = re.match(r"^(?:- |  )([a-z_]+): (.*)$", line)
        if m:
            fields[m.group(1)] = m.group(2)
    return fields


def test_hook_runs_the_console_script() -> None:
    h = hook()
    assert h["id"] == "setup-wizard-lint"
    assert h["language"] == "python"
    script, *args = h["entry"].split()
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")  # no tomllib on 3.10
    scripts = pyproject.split("[project.scripts]", 1)[1].split("\n[", 1)[0]
    assert re.search(rf'^{re.escape(script)} = "setup_wizard\.cli:main"$', scripts, re.M)
    assert args == ["lint"]


def test_hook_selects_env_files_but_not_templates() -> None:
    h = hook()
    files, exclude = re.compile(h["files"]), re.compile(h["exclude"])

    def selected(path: str) -> bool:
        return bool(files.search(path)) and not exclude.search(path)

    for path in (".env", "app/.env", ".env.production", "deploy/.env.ci"):
        assert selected(path), path
    for path in (".env.example", "app/.env.sample", ".envrc", "notes.env.md", "src/env.py"):
        assert not selected(path), path
