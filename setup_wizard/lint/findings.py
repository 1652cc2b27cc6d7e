"""A finding (one problem, its rule code, line and fix) and the list the checks fill."""

from __future__ import annotations

from typing import NamedTuple

from setup_wizard.config import fields
from setup_wizard.lint.rules import BY_CODE, Severity


# A NamedTuple and a plain class, not dataclasses: lint imports this on every push, and a
# dataclass costs about 0.3 ms to build at import.
class Finding(NamedTuple):
    """One problem. `key` is None for file-level findings, `line` None when not in a file."""

    code: str
    severity: Severity
    key: str | None
    line: int | None
    message: str
    fix: str | None


class Findings:
    """The findings so far, in the order the checks made them."""

    def __init__(self) -> None:
        self.items: list[Finding] = []

    def add(self, code: str, key: str | None, line: int | None, message: str,
            fix: str | None) -> None:
        rule = BY_CODE[code]  # an unknown code is a bug: fail loudly in tests
        if key and key not in message:
            message = f"{key}: {message}"
        self.items.append(Finding(code, rule.severity, key, line, message, fix))

    def problem(self, p: fields.Problem, key: str, line: int | None,
                fix: str | None = None) -> None:
        self.add(p.code, key, line, p.message, fix or p.fix)

    def annotate(self, why: dict[str, str], start: int = 0) -> None:
        """Say how a variable was read ("GROQ_BASE_URL read as the Groq SDK's base URL") on
        the findings about it, from `start` on."""
        for i in range(start, len(self.items)):
            f = self.items[i]
            note = why.get(f.key or "")
            if note and note not in f.message:
                self.items[i] = Finding(f.code, f.severity, f.key, f.line,
                                        f"{f.message} ({note})", f.fix)
