"""Turning a Config into `.env` text: a fresh file from the mode's template, or a merge."""

from __future__ import annotations

from datetime import datetime
from importlib import resources
from pathlib import Path

from setup_wizard.config import envfile
from setup_wizard.config.mapping import VarMap
from setup_wizard.config.model import Config
from setup_wizard.config.roles import renames, to_names
from setup_wizard.config.schema import MODES
from setup_wizard.errors import EnvFileError


def template_text(mode: str) -> str:
    """The template shipped with the package (fallback: the source tree, for unbuilt runs)."""
    name = f"{mode}.env"
    try:
        return resources.files("setup_wizard.templates").joinpath(name).read_text("utf-8")
    except (ModuleNotFoundError, FileNotFoundError):
        src = Path(__file__).resolve().parents[2] / "templates" / name  # the repository's
        try:
            return src.read_text("utf-8")
        except OSError:
            raise EnvFileError(f"template {name} is missing from the installation",
                               fix="reinstall setup-wizard") from None


def env_text(config: Config, existing: str | None, now: datetime | None = None,
             mapping: VarMap | None = None) -> str:
    """The whole new file: rendered fresh, or merged into `existing` keeping the rest.

    With a mapping (`--var`, pyproject.toml) each value goes under the app's own name, in
    its client's spelling (config/roles.py).
    """
    rename = renames(mapping or VarMap(), config.key_var)
    template = _renamed(envfile.parse_template(template_text(config.mode), config.key_var),
                        rename)
    plain = config.to_env()
    reasons = {rename.get(k, k): config.disabled_reason(k) for k, v in plain.items()
               if v is None}
    managed = to_names(plain, rename)
    if existing is None or not existing.strip():
        return envfile.render(template, managed, reasons)
    stamp = (now or datetime.now()).strftime("%Y-%m-%d %H:%M")
    known: dict[str | None, set[tuple[str, ...]]] = {}
    for mode in MODES:  # our own comments from any mode may be refreshed, nobody else's
        other = _renamed(envfile.parse_template(template_text(mode), config.key_var), rename)
        for key, block in envfile.comment_blocks(other).items():
            known.setdefault(key, set()).add(block)
    return envfile.merge(existing, template, managed, reasons, stamp, known)


def _renamed(template: list[envfile.TemplateLine],
             rename: dict[str, str]) -> list[envfile.TemplateLine]:
    return [envfile.TemplateLine(rename.get(t.key, t.key), t.text, t.comments) if t.key else t
            for t in template]
