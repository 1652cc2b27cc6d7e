"""The Python API: the CLI's results as objects, each with `to_dict()` equal to the JSON the
matching command prints (`lint --format json`, `explain --format json`, `probe --format
json`). Reached through the package root (`from setup_wizard import lint_paths`), which
imports this module only on first use, so `import setup_wizard` stays light.

Errors are the CLI's: `SetupWizardError` subclasses (`setup_wizard.errors`) with the exit
code the command would return, and a one-line message with no secret in it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from setup_wizard.diagnose.diagnosis import Diagnosis
from setup_wizard.lint import report
from setup_wizard.lint.engine import FileResult

if TYPE_CHECKING:
    from setup_wizard.probe.request import ProbeResult

__all__ = ["Diagnosis", "LintReport", "explain", "lint_paths", "probe_env_file"]


@dataclass
class LintReport:
    """The findings of `lint` on some files; `files` holds one `FileResult` per file."""

    files: list[FileResult] = field(default_factory=list)
    strict: bool = False

    @property
    def exit_code(self) -> int:
        """What `setup-wizard lint` would exit with: 0, 1 (errors) or 2 (unreadable)."""
        return report.exit_code(self.files, self.strict)

    def to_dict(self) -> dict[str, Any]:
        return report.to_dict(self.files, self.strict)


def lint_paths(paths: str | Path | Sequence[str | Path] = (".env",), *,
               strict: bool = False, var: Sequence[str] = ()) -> LintReport:
    """`setup-wizard lint [--strict] [--var ROLE=NAME ...] PATH...`: files or globs, offline.

    `var` takes `ROLE=NAME` items like `--var`; like the command, the nearest
    pyproject.toml's `[tool.setup-wizard.vars]` applies too.
    """
    from setup_wizard.config.mapping import load_mapping
    from setup_wizard.lint.engine import lint_paths as lint

    mapping = load_mapping(var)
    items = [paths] if isinstance(paths, (str, Path)) else list(paths)
    return LintReport(lint([str(p) for p in items], mapping), strict)


def explain(text: str, *, status: int | None = None, headers: Mapping[str, str] | None = None,
            env_file: str | Path | None = None, var: Sequence[str] = ()) -> Diagnosis:
    """`setup-wizard explain`: who rejected the request whose error text this is, and why.

    Offline; `env_file` (the .env the request was made with) sharpens the fix; `var` reads
    it in the app's own names, as `--var` does.
    """
    from setup_wizard.commands.explain import capped, explain_text

    body, notes = capped(text)
    return explain_text(body, status=status, headers=headers,
                        env_file=str(env_file) if env_file is not None else None, notes=notes,
                        var=var)


def probe_env_file(path: str | Path = ".env", *, timeout: float = 10.0, endpoint: str = "chat",
                   connect_to: Sequence[str] = (), api_token: str | None = None,
                   var: Sequence[str] = ()) -> ProbeResult:
    """`setup-wizard probe`: one live request as the app would send it, classified.

    `connect_to` takes `ORIGIN=URL` rules like `--connect-to`; `api_token` (a Cloudflare
    API token) lets it read the gateway's log after a failure, as `CLOUDFLARE_API_TOKEN`
    does for the CLI (here it is never read from the environment); `var` as `--var`.
    """
    from setup_wizard.commands.probe import probe_file

    return probe_file(path, timeout=timeout, endpoint=endpoint, connect_to=connect_to,
                      api_token=api_token, var=var)
