"""Stage 3, act: ask. The questions `init` asks (`questions`: data, validators, the one loop
that answers them from flags, defaults or prompts) and how one is asked at a terminal
(`prompts`).

Takes flags, the existing `.env`'s answers and the environment; hands `init` the answers.
May import config/, errors and masking (and its own modules: questions -> prompts).
"""

from setup_wizard.wizard.prompts import confirm
from setup_wizard.wizard.questions import (
    QUESTIONS,
    Collected,
    Default,
    Question,
    Sources,
    clean_secret,
    collect,
)

__all__ = ["QUESTIONS", "Collected", "Default", "Question", "Sources", "clean_secret",
           "collect", "confirm"]
