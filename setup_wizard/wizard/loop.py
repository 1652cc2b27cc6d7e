"""The one loop that answers the questions: a flag, else a prompt (or the default), else
reported missing, all at once, when there is no terminal."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from setup_wizard.config.schema import CF_GATEWAY_TOKEN
from setup_wizard.errors import INTERRUPTED, Interrupted, InvalidInput, MissingAnswers, UsageError
from setup_wizard.masking import mask_credentials
from setup_wizard.wizard import prompts
from setup_wizard.wizard.answers import Answers, Default, Option, Question, Sources, spec
from setup_wizard.wizard.model_question import over_served
from setup_wizard.wizard.questions import QUESTIONS


@dataclass
class Collected:
    answers: Answers
    notes: list[str] = field(default_factory=list)  # flags given but not used


def collect(flags: Mapping[str, str | None], sources: Sources, *,
            interactive: bool) -> Collected:
    """Answer every question that applies: flag, else prompt (or default), else missing."""
    answers: Answers = {}
    notes: list[str] = []
    missing: list[str] = []
    for q in QUESTIONS:
        given = flags.get(q.name)
        flag = q.text(q.flag, answers)
        given_as = q.given_as or flag
        if not q.when(answers):
            if given is not None:
                notes.append(f"{given_as} is not used in mode {answers.get('mode')}; ignored")
            continue
        if q.kind == "model":
            q = over_served(q, given, answers, sources, interactive, notes)
        if given is not None:
            verdict = q.check(given, answers)
            if verdict is not True:
                raise InvalidInput(f"{given_as}: {verdict}")
            answers.update(q.apply(given, answers))
            continue
        offered = q.offer(answers, sources) if interactive or q.offered_only else None
        if q.offered_only and not offered:
            continue
        if q.name in answers:  # filled by an earlier answer (a pasted endpoint URL)
            continue
        default = q.default(answers, sources)
        if default is not None and q.check(default.value, answers) is not True:
            reason = q.check(default.value, answers)
            if not interactive:
                missing.append(f"{flag} (the value from {default.source} is refused: {reason})")
                continue
            default = None  # not offered: the user is asked afresh
        options = offered or (q.choices(answers) if q.choices and q.kind == "select" else None)
        if options is not None and len(options) == 1:
            answers.update(q.apply(options[0].value, answers))  # nothing to choose
            continue
        if not interactive:
            if default is None:
                missing.append(flag)
            else:
                answers.update(q.apply(default.value, answers))
            continue
        try:
            value = prompts.ask(_prompt(q, answers, default, offered))
        except KeyboardInterrupt:
            raise Interrupted(INTERRUPTED) from None
        except EOFError:
            raise UsageError("input ended before every question was answered",
                             fix="run in a terminal, or pass the answers as flags "
                             "with --non-interactive") from None
        answers.update(q.apply(value, answers))
    if missing:
        raise MissingAnswers(missing)
    return Collected({k: v for k, v in answers.items() if not k.startswith("_")}, notes)


def _prompt(q: Question, answers: Answers, default: Default | None,
            offered: list[Option] | None = None) -> prompts.Prompt:
    """The question as the prompt layer sees it: texts, options (its own, or a list offered
    in place of typing), default, validator."""
    def validate(v: str) -> bool | str:
        verdict = q.check(v, answers)
        return verdict if verdict is True else mask_credentials(verdict)

    keep = None
    if q.kind == "secret":
        keep = CF_GATEWAY_TOKEN if q.name == "cf_token" else spec(answers).key_var
    options = offered or (q.choices(answers) if q.choices else [])
    return prompts.Prompt(
        kind=q.kind, message=q.text(q.message, answers), help=q.text(q.help, answers),
        options=tuple((o.value, o.title) for o in options),
        default=default.value if default else None,
        default_source=default.source if default else None, keep_label=keep,
        validate=validate)
