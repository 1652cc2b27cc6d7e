"""The working types every detector shares: the answer as read, and the verdict it yields.

They live apart from `classify.py` so the detector modules can use them without importing
the classifier that imports them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from setup_wizard.diagnose.diagnosis import Sent

MAX_MESSAGE = 400  # a server message is cut to this length in a Diagnosis


@dataclass(frozen=True)
class Relayed:
    """A relay's (OpenRouter's) copy of the upstream answer, for the classifier to read."""

    status: int | None
    body: str
    provider_name: str | None


@dataclass
class Verdict:
    origin: str
    cause: str
    code: int | str | None = None
    message: str | None = None
    variant: str | int | None = None  # picks a more specific hint (defaults to `code`)
    evidence: list[str] = field(default_factory=list)
    fields: dict[str, str] = field(default_factory=dict)  # extra hint fields (zone, ...)
    relayed: Relayed | None = None  # an upstream answer carried inside this one
    by: str = ""  # the detector that answered (classify sets it)
    # A server answered, though no envelope said so (a relay's own words, a status-bound
    # exception class): Diagnosis.answered.
    answered: bool | None = None


@dataclass
class Answer:
    status: int | None
    headers: dict[str, str]  # names lower-cased
    text: str
    data: Any  # parsed JSON, or None
    sent: Sent
    evidence: list[str] = field(default_factory=list)
    context: str = ""  # pasted text around the body (explain only): markers are read there too
    memo: dict[str, Any] = field(default_factory=dict)  # work detectors share (text markers)
    cut: bool = False  # the body was cut off (pasted): a missing field may be past the cut


# A detector answers for the shapes it knows and returns None for the rest.
Detector = Callable[[Answer], Verdict | None]


def text_of(value: Any) -> str | None:
    """A non-empty string, or None: bodies put numbers, nulls and objects anywhere."""
    return value if isinstance(value, str) and value else None


def int_of(value: Any) -> int | None:
    """An int or a digit string, never a bool (JSON true is not code 1)."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.isdigit():
        return int(value)
    return None
