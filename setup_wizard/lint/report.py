"""Rendering lint results: text for people, JSON for tools, workflow commands for GitHub.

Findings arrive with secrets already masked (`lint._redact`); nothing here reads values.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

from setup_wizard.lint.engine import FileResult


def summary(results: Sequence[FileResult], strict: bool = False) -> dict[str, int]:
    findings = [f for r in results for f in r.findings]
    errors = sum(f.severity == "error" for f in findings)
    warnings = sum(f.severity == "warning" for f in findings)
    return {
        "files": len(results),
        "errors": errors,
        "warnings": warnings,
        "info": len(findings) - errors - warnings,
        "suppressed": sum(r.suppressed for r in results),
        "unreadable": sum(r.unreadable for r in results),
        "exit_code": exit_code(results, strict),
    }


def exit_code(results: Sequence[FileResult], strict: bool = False) -> int:
    """2 when a file could not be read, 1 on errors (or warnings with --strict), else 0.
    Info findings ("cannot check: comes from OTHER") never fail a run."""
    if any(r.unreadable for r in results):
        return 2
    severities = {f.severity for r in results for f in r.findings}
    if "error" in severities or (strict and "warning" in severities):
        return 1
    return 0


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def render_text(results: Sequence[FileResult], strict: bool = False) -> str:
    """`path:line: CODE message` (warnings end with "(warning)"), the fix indented below."""
    out: list[str] = []
    for r in results:
        for f in r.findings:
            where = f"{r.path}:{f.line}:" if f.line is not None else f"{r.path}:"
            tail = f" ({f.severity})" if f.severity != "error" else ""
            out.append(f"{where} {f.code} {f.message}{tail}")
            if f.fix:
                out.append(f"    fix: {f.fix}")
    s = summary(results, strict)
    line = (f"{_plural(s['errors'], 'error')}, {_plural(s['warnings'], 'warning')} in "
            f"{_plural(s['files'], 'file')}")
    if s["info"]:
        line += f", {s['info']} info"  # (cannot check; docker run --env-file's quotes)
    if s["suppressed"]:
        line += f" ({s['suppressed']} suppressed)"
    out.append(line)
    return "\n".join(out) + "\n"


def to_dict(results: Sequence[FileResult], strict: bool = False) -> dict[str, object]:
    """The JSON document (`--format json`, and the Python API's `LintReport.to_dict()`)."""
    return {"files": [r.to_dict() for r in results], "summary": summary(results, strict)}


def render_json(results: Sequence[FileResult], strict: bool = False) -> str:
    return json.dumps(to_dict(results, strict), indent=2) + "\n"


def escape_data(s: str) -> str:
    """Workflow-command message escaping (actions/toolkit packages/core/src/command.ts)."""
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(s: str) -> str:
    return escape_data(s).replace(":", "%3A").replace(",", "%2C")


def render_github(results: Sequence[FileResult], strict: bool = False) -> str:
    """`::error file=...,line=...,title=CODE::message` per finding, then a plain summary."""
    out: list[str] = []
    for r in results:
        for f in r.findings:
            props = [] if r.path.startswith("<") else [f"file={escape_property(r.path)}"]
            if f.line is not None:
                props.append(f"line={f.line}")
            props.append(f"title={escape_property(f.code)}")
            text = f.message + (f"\nFix: {f.fix}" if f.fix else "")
            level = "notice" if f.severity == "info" else f.severity
            out.append(f"::{level} {','.join(props)}::{escape_data(text)}")
    s = summary(results, strict)
    out.append(f"setup-wizard lint: {_plural(s['errors'], 'error')}, "
               f"{_plural(s['warnings'], 'warning')} in {_plural(s['files'], 'file')}")
    return "\n".join(out) + "\n"


def _cell(s: str) -> str:
    """A Markdown table cell: one line, pipes escaped, no HTML (a value cannot add markup)."""
    text = " ".join(s.split()).replace("\\", "\\\\").replace("|", "\\|")
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def render_markdown(results: Sequence[FileResult], strict: bool = False) -> str:
    """A table of every finding, for `$GITHUB_STEP_SUMMARY`: GitHub shows at most 10
    annotations of each type per step (docs/sources.md#github-annotations), the summary all."""
    s = summary(results, strict)
    verdict = "failed" if s["exit_code"] else "passed"
    head = (f"### setup-wizard lint {verdict}: {_plural(s['errors'], 'error')}, "
            f"{_plural(s['warnings'], 'warning')} in {_plural(s['files'], 'file')}"
            + (" (--strict: warnings fail too)" if strict else "") + "\n")
    rows = [f"| {_cell(r.path)} | {f.line if f.line is not None else ''} | {f.severity} | "
            f"{f.code} | {_cell(f.message)} | {_cell(f.fix or '')} |"
            for r in results for f in r.findings]
    if not rows:
        return head + "\nNo findings.\n"
    table = ["| file | line | severity | rule | finding | fix |",
             "|---|---|---|---|---|---|", *rows]
    return head + "\n" + "\n".join(table) + "\n"


RENDERERS = {"text": render_text, "json": render_json, "github": render_github,
             "markdown": render_markdown}
