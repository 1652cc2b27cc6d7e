"""Your own variable names: the explicit mapping of roles to names, from `--var ROLE=NAME`
(repeatable) and from `[tool.setup-wizard.vars]` in pyproject.toml (the nearest one, from the
current folder up). `--var` wins per role. The first step of filling the roles (`roles`).

pyproject.toml is parsed only when it mentions setup-wizard at all, with the standard
library's tomllib (Python 3.11+) or tomli, the same parser, on 3.10.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Final, NamedTuple

from setup_wizard.config.names import ROLES, Role
from setup_wizard.errors import UsageError

_VALID_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
PYPROJECT_TABLE: Final = "[tool.setup-wizard.vars]"


class VarMap(NamedTuple):
    """role -> variable name, as the user said it; `origin` names where (for messages)."""

    names: Mapping[str, str] = {}  # never mutated: a shared empty default is safe
    origin: str = ""

    def merged(self, other: VarMap) -> VarMap:
        """`other` wins per role (`--var` over pyproject.toml)."""
        if not other.names:
            return self
        if not self.names:
            return other
        return VarMap({**self.names, **other.names}, f"{other.origin} and {self.origin}")


def is_var_name(name: str) -> bool:
    """An environment variable name: letters, digits and _, not starting with a digit."""
    return _VALID_NAME.fullmatch(name) is not None


def _role(text: str, where: str) -> Role:
    role = text.strip().lower().replace("-", "_")
    for r in ROLES:
        if r == role:
            return r
    raise UsageError(f"{where}: {text.strip()!r} is not a role",
                     fix="use one of: " + ", ".join(ROLES))


def _var_name(text: str, where: str) -> str:
    name = text.strip()
    if not is_var_name(name):
        raise UsageError(f"{where}: {name!r} is not a variable name",
                         fix="letters, digits and _, not starting with a digit")
    return name


def parse_var_flags(items: Iterable[str]) -> VarMap:
    """`--var ROLE=NAME` (repeatable) -> VarMap; a malformed item is a usage error."""
    out: dict[str, str] = {}
    for item in items:
        role, sep, name = item.partition("=")
        if not sep or not role.strip() or not name.strip():
            raise UsageError(f"--var {item!r} is not ROLE=NAME",
                             fix="write it as --var model=LLM_MODEL (roles: "
                             + ", ".join(ROLES) + ")")
        key, var = _role(role, f"--var {item}"), _var_name(name, f"--var {item}")
        if out.get(key, var) != var:
            raise UsageError(f"--var gives the role {key} twice ({out[key]} and {var})",
                             fix="give each role once")
        out[key] = var
    return VarMap(out, "--var")


def find_pyproject(start: Path | None = None) -> Path | None:
    """The pyproject.toml of `start` (default: the current folder) or its nearest parent."""
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        candidate = folder / "pyproject.toml"
        if candidate.is_file():
            return candidate
    return None


def from_pyproject(path: Path | None) -> VarMap:
    """`[tool.setup-wizard.vars]` of a pyproject.toml; empty when there is none.

    The file is parsed only when it mentions setup-wizard at all, so projects without the
    table pay one read and no TOML parser.
    """
    if path is None:
        return VarMap()
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        raise UsageError(f"cannot read {path}: {getattr(e, 'strerror', None) or e}",
                         fix="fix the file, or run from a folder without it") from None
    if "setup-wizard" not in text:
        return VarMap()
    try:
        import tomllib  # Python 3.11+
    except ModuleNotFoundError:  # pragma: no cover - Python 3.10 (tomli is a dependency there)
        import tomli as tomllib  # type: ignore[no-redef]
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as e:
        raise UsageError(f"{path} is not valid TOML ({e})", fix="fix the file") from None
    table = data.get("tool", {}).get("setup-wizard", {}).get("vars")
    if table is None:
        return VarMap()
    where = f"{path} {PYPROJECT_TABLE}"
    if not isinstance(table, dict):
        raise UsageError(f"{where} is not a table", fix='write it as base_url = "MY_URL"')
    out: dict[str, str] = {}
    for role, name in table.items():
        if not isinstance(name, str):
            raise UsageError(f"{where}: {role} must be a variable name in quotes",
                             fix=f'write it as {role} = "MY_VARIABLE"')
        out[_role(role, where)] = _var_name(name, where)
    return VarMap(out, f"{path.name} {PYPROJECT_TABLE}")


def load_mapping(var_flags: Iterable[str] = (), start: Path | None = None) -> VarMap:
    """What every command uses: pyproject.toml's table, overridden by `--var` per role."""
    flags = parse_var_flags(var_flags)
    return from_pyproject(find_pyproject(start)).merged(flags)
