"""Asking one question at a terminal: questionary where the terminal can draw, plain lines
where it cannot (TERM=dumb: no cursor control, no colour).

Takes a `Prompt` (plain data, built by `questions`), hands back the typed answer as text.
Ctrl-C raises KeyboardInterrupt and Ctrl-D EOFError at every kind of question, so the caller
has one way to stop.
"""

from __future__ import annotations

import getpass
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal

from setup_wizard.errors import INTERRUPTED, Interrupted, UsageError
from setup_wizard.masking import mask

Kind = Literal["select", "text", "model", "secret"]
OTHER = "__other__"  # the "other..." / "type another ..." entry of a list


@dataclass(frozen=True)
class Prompt:
    kind: Kind
    message: str
    help: str
    # (value, title): a select; for a text question, a list offered in place of typing
    # whose OTHER entry opens the text prompt.
    options: tuple[tuple[str, str], ...]
    default: str | None
    default_source: str | None
    keep_label: str | None  # secrets: the variable named in "Keep X ...?"
    validate: Callable[[str], bool | str]


def _typed_label(p: Prompt) -> str:
    """What the text prompt behind "other..." asks for."""
    return "Model ID" if p.kind == "model" else p.message


def plain_terminal() -> bool:
    """TERM=dumb (Emacs shell, some CI consoles): anything but plain lines is garbage there."""
    return os.environ.get("TERM") == "dumb"


def ask(p: Prompt) -> str:
    return _ask_plain(p) if plain_terminal() else _ask_drawn(p)


def confirm(message: str) -> bool:
    try:
        if plain_terminal():
            return _yes_no(message, default=True)
        import questionary

        return bool(_with_ctrl_d(questionary.confirm(message, default=True)).unsafe_ask())
    except KeyboardInterrupt:
        raise Interrupted(INTERRUPTED) from None
    except EOFError:
        raise UsageError("input ended before the confirmation",
                         fix="pass --yes to write without asking") from None


# -- a terminal that draws: questionary ----------------------------------------------------------
def _with_ctrl_d(question: Any) -> Any:
    """Ctrl-D ends the input at a list or yes/no question too, as it does at a text prompt
    (prompt_toolkit binds it only where there is a line to edit)."""
    from prompt_toolkit.key_binding import KeyBindings, merge_key_bindings

    extra = KeyBindings()

    @extra.add("c-d", eager=True)
    def _(event: Any) -> None:
        event.app.exit(exception=EOFError, style="class:aborting")

    app = question.application
    app.key_bindings = merge_key_bindings([app.key_bindings or KeyBindings(), extra])
    return question


def _ask_drawn(p: Prompt) -> str:
    """One prompt with questionary; `unsafe_ask` so Ctrl-C raises instead of returning None."""
    import questionary  # only the interactive path pays for prompt_toolkit

    questionary.print(f"  {p.help}", style="italic")
    if p.options:
        values = [v for v, _ in p.options]
        start = p.default
        if OTHER in values and start is not None and start not in values:
            start = OTHER  # a value not in the list: "other..." with it pre-filled
        choice = _with_ctrl_d(questionary.select(
            p.message, choices=[questionary.Choice(t, value=v) for v, t in p.options],
            default=start if start in values else None,
        )).unsafe_ask()
        if choice != OTHER:
            return str(choice)
        prefill = p.default if p.default and p.default not in values else ""
        return str(questionary.text(_typed_label(p), default=prefill,
                                    validate=p.validate).unsafe_ask())
    if p.kind == "secret":
        if p.default is not None:
            keep = _with_ctrl_d(questionary.confirm(
                f"Keep {p.keep_label} {mask(p.default)} (from {p.default_source})?",
                default=True)).unsafe_ask()
            if keep:
                return p.default
        return str(questionary.password(p.message, validate=p.validate).unsafe_ask())
    return str(questionary.text(p.message, default=p.default or "",
                                validate=p.validate).unsafe_ask())


# -- a terminal that cannot: numbered lists and plain lines ----------------------------------------
def _line(prompt: str) -> str:
    """One line from the user; EOF (Ctrl-D) raises EOFError like prompt_toolkit does."""
    sys.stdout.write(prompt)
    sys.stdout.flush()
    line = sys.stdin.readline()
    if not line:
        raise EOFError
    return line.rstrip("\r\n")


def _yes_no(message: str, *, default: bool) -> bool:
    while True:
        answer = _line(f"{message} [{'Y/n' if default else 'y/N'}]: ").strip().lower()
        if not answer:
            return default
        if answer in ("y", "yes", "n", "no"):
            return answer.startswith("y")
        print("  answer y or n")


def _until_valid(p: Prompt, read: Callable[[], str]) -> str:
    while True:
        value = read()
        verdict = p.validate(value)
        if verdict is True:
            return value
        print(f"  ! {verdict}")


def _ask_plain(p: Prompt) -> str:
    print(f"  {p.help}")
    if p.options:
        values = [v for v, _ in p.options]
        start = p.default if p.default in values else (
            OTHER if OTHER in values and p.default else None)
        print(f"{p.message}:")
        for n, (value, title) in enumerate(p.options, start=1):
            print(f"  {n}) {title}{'  (default)' if value == start else ''}")
        hint = str(values.index(start) + 1) if start in values else ""
        while True:
            raw = _line(f"{p.message} [{hint}]: ").strip() or hint
            choice = (values[int(raw) - 1] if raw.isdigit() and 1 <= int(raw) <= len(values)
                      else raw if raw in values else None)
            if choice is not None:
                break
            print(f"  type a number from 1 to {len(values)}, or one of the values")
        if choice != OTHER:
            return choice
        prefill = p.default if p.default and p.default not in values else ""
        label = _typed_label(p)
        return _until_valid(p, lambda: _line(f"{label} [{prefill}]: ").strip() or prefill)
    if p.kind == "secret":
        if p.default is not None and _yes_no(
                f"Keep {p.keep_label} {mask(p.default)} (from {p.default_source})?",
                default=True):
            return p.default
        return _until_valid(p, lambda: getpass.getpass(f"{p.message}: "))
    shown = f" [{p.default}]" if p.default else ""
    return _until_valid(p, lambda: _line(f"{p.message}{shown}: ").strip() or (p.default or ""))
