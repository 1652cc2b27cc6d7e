"""A finding (one problem, its rule code, line and fix) and the list the checks fill."""

from __future__ import annotations

from dataclasses import dataclass, field

from setup_wizard.config import fields
from setup_wizard.lint.rules import BY_CODE, Severity


@dataclass(frozen=True)
class Finding:
    """One problem. `key` is None for file-level findings, `line` None when not in a file."""

    code: str
    severity: Severity
    key: str | None
    line: int | None
    message: str
    fix: str | None


@dataclass
class Findings:
    items: list[Finding] = field(default_factory=list)

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
