"""Asking one question at a terminal: questionary where the terminal can draw, plain lines
where it cannot (TERM=dumb: no cursor control, no colour).

Takes a `Prompt` (plain data, built by `questions`), hands back the typed answer as text.
Ctrl-C raises KeyboardInterrupt and Ctrl-D EOFError at every kind of question, so the caller
has one way to stop.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from setup_wizard.errors import INTERRUPTED, Interrupted, UsageError
from setup_wizard.masking import mask

Kind = Literal["select", "text", "model", "secret"]
OTHER = "__other__"  # the "other..." entry of the model list


@dataclass(frozen=True)
class Prompt:
    kind: Kind
    message: str
    help: str
    options: tuple[tuple[str, str], ...]  # (value, title) for select and model
    default: str | None
    default_source: str | None
    keep_label: str | None  # secrets: the variable named in "Keep X ...?"
    validate: Callable[[str], bool | str]


def ask(p: Prompt) -> str:
    """One prompt with questionary; `unsafe_ask` so Ctrl-C raises instead of returning None."""
    import questionary  # only the interactive path pays for prompt_toolkit

    questionary.print(f"  {p.help}", style="italic")
    if p.kind in ("select", "model"):
        values = [v for v, _ in p.options]
        start = p.default
        if p.kind == "model" and start is not None and start not in values:
            start = OTHER  # a model not in the list: "other..." with it pre-filled
        choice = questionary.select(
            p.message, choices=[questionary.Choice(t, value=v) for v, t in p.options],
            default=start if start in values else None,
        ).unsafe_ask()
        if choice != OTHER:
            return str(choice)
        prefill = p.default if p.default and p.default not in values else ""
        return str(questionary.text("Model ID", default=prefill,
                                    validate=p.validate).unsafe_ask())
    if p.kind == "secret":
        if p.default is not None:
            keep = questionary.confirm(
                f"Keep {p.keep_label} {mask(p.default)} (from {p.default_source})?",
                default=True).unsafe_ask()
            if keep:
                return p.default
        return str(questionary.password(p.message, validate=p.validate).unsafe_ask())
    return str(questionary.text(p.message, default=p.default or "",
                                validate=p.validate).unsafe_ask())


def confirm(message: str) -> bool:
    import questionary

    try:
        return bool(questionary.confirm(message, default=True).unsafe_ask())
    except KeyboardInterrupt:
        raise Interrupted(INTERRUPTED) from None
    except EOFError:
        raise UsageError("input ended before the confirmation",
                         fix="pass --yes to write without asking") from None
