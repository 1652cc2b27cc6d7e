"""What every settings check reads: the values, their lines, the roles and the findings."""

from __future__ import annotations

from collections.abc import Mapping
from typing import NamedTuple

from setup_wizard.config.roles import Roles
from setup_wizard.lint.findings import Findings


class Ctx(NamedTuple):
    """What every check reads: the values, their lines, the roles and the findings so far."""

    values: Mapping[str, str | None]
    lines: Mapping[str, int]
    roles: Roles
    out: Findings
    unresolved: Mapping[str, list[str]]
    v: dict[str, str | None]  # per role, stripped (filled by check_settings)

    def name(self, role: str) -> str:
        return self.roles.name(role)

    def line(self, role: str) -> int | None:
        return self.lines.get(self.name(role))

    def must(self, role: str) -> bool:
        """A missing `role` is an error: the file uses init's vocabulary or maps the role."""
        return self.roles.ours or role in self.roles.mapping.names
