"""One row of a provider's wording, as data: the pattern, who writes it, and what it means.

The rows themselves are in `phrases.py` (Cloudflare, relays, Anthropic, Google, OpenRouter,
Mistral, shared and generic words) and `openai_family_wording.py` (Groq and OpenAI, which
share one envelope, so their wording carries most of the weight between them).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from setup_wizard.diagnose.markers import RELAY


@dataclass(frozen=True)
class Phrase:
    pattern: str  # regex searched in the message (or the whole text when there is no body)
    origins: tuple[str, ...]  # who writes it; () when anyone may
    weight: int  # added to each origin in `origins`
    cause: str | None  # what it means, when it says
    source: str
    variant: str | None = None  # picks a more specific hint

    @property
    def says(self) -> str:
        who = (" / ".join(self.origins).replace(RELAY, "a relay or another vendor")
               if self.origins else "any server")
        return f"wording '{plain(self.pattern)}' ({who})"


def plain(pattern: str) -> str:
    """A pattern as a person reads it: alternatives as '/', any run of characters as '...'."""
    text = re.sub(r"\(\?[imx]+\)|\(\?[imx]+:|\\b", "", pattern)
    text = re.sub(r"\\d\+|\\d", "N", text)
    text = re.sub(r"\[\^?[^\]]*\][*+?]?|\\w\+|\.\{\d+,\d+\}|\.\*", "...", text)
    text = re.sub(r"\\s[*+]?", " ", text)
    text = re.sub(r"\(\?:|\)\??", "", text).replace("|", " / ")
    text = re.sub(r"\\(.)", r"\1", text)
    return text if len(text) <= 70 else text[:67] + "..."


def phrase(pattern: str, origins: tuple[str, ...], weight: int, cause: str | None,
           source: str, variant: str | None = None) -> Phrase:
    return Phrase(pattern, origins, weight, cause, source, variant)
