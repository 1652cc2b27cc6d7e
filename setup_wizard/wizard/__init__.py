"""Stage 3, act: ask. The questions `init` asks and how they are answered: what a question
is and reads (`answers`), the table and its validators (`questions`), the model question
over the provider's live list (`model_question`), the lists a Cloudflare API token offers
(`cloudflare_offers`), the one loop that answers them from flags, defaults or prompts
(`loop`), and how one is asked at a terminal (`prompts`).

Takes flags, the existing `.env`'s answers and the environment; hands `init` the answers.
May import config/, errors and masking (and its own modules: loop -> questions ->
model_question, cloudflare_offers -> answers -> prompts).
"""

from setup_wizard.wizard.answers import Default, Question, Sources
from setup_wizard.wizard.loop import Collected, collect
from setup_wizard.wizard.prompts import confirm
from setup_wizard.wizard.questions import QUESTIONS, clean_secret

__all__ = ["QUESTIONS", "Collected", "Default", "Question", "Sources", "clean_secret",
           "collect", "confirm"]
