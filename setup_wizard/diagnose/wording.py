"""One row of a provider's wording, as data: the pattern, who writes it, and what it means.

The rows themselves are in `phrases.py` (Cloudflare, OpenRouter, Mistral, shared and generic
words, and the order every row is read in), `openai_family_wording.py` (Groq and OpenAI, which
share one envelope, so their wording carries most of the weight between them),
`anthropic_google_wording.py` and `relay_wording.py` (relays, other vendors, servers people
run themselves).
"""

from __future__ import annotations

import functools
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
    label: str | None = None  # how the evidence names it, where the pattern reads badly

    def cut_at_end(self, text: str) -> bool:
        """The text ends inside the phrase: a log's line limit or a console's width stops a
        message anywhere, and a long enough start of the phrase at the very end still says
        who wrote it."""
        head = _literal_head(self.pattern)
        if len(head) < CUT_PHRASE_MIN:
            return False
        marks, ellipsis = _open_end(text)
        # (cheap first: a cut start of the phrase ends the text, so the text's last
        # CUT_PHRASE_MIN characters before the marks are part of the phrase; several hundred
        # rows ask this of each error in a log)
        if text[max(0, len(text) - marks - CUT_PHRASE_MIN):len(text) - marks] not in head:
            return False
        size = min(len(text), len(head) + 8)  # the part of the end the phrase's start may be in
        end = text[len(text) - size:len(text) - marks] if marks < size else ""
        least = max(CUT_PHRASE_MIN, len(head) // 2)
        at = end.rfind(head[:least])
        if at < 0 or not head.startswith(end[at:]):
            return False
        # A start that ends a sentence ("The model is overloaded.", "An internal error has
        # occurred.") is a whole sentence anyone may write, not a message cut off, unless an
        # ellipsis says the text went on.
        return not end.endswith((".", "!", "?")) or ellipsis

    def said_in(self, text: str) -> str:
        """`says`, and whether only the phrase's start was there (the text cut inside it)."""
        cut = re.search(self.pattern, text) is None and self.cut_at_end(text)
        return f"{self.says}, its start where the text is cut off" if cut else self.says

    @property
    def says(self) -> str:
        who = (" / ".join(self.origins).replace(RELAY, "a relay or another vendor")
               if self.origins else "any server")
        return f"wording '{self.label or plain(self.pattern)}' ({who})"


# A start of a phrase this long, and at least half of it, at the very end of a text is read
# as the phrase cut there (shorter starts, "invalid x-a", are too common to say who wrote them).
CUT_PHRASE_MIN = 24
_CUT_MARK = re.compile(r"(?:\.\.\.|\u2026)?[\s\"'`\]})]*$")
_ELLIPSIS = re.compile(r"(?:\.\.\.|\u2026)[\s\"'`\]})]*$")
_META = frozenset(".^$*+?()[]{}|\\")


@functools.lru_cache(maxsize=8)
def _open_end(text: str) -> tuple[int, bool]:
    """How many characters end the text as a cut's marks (blanks, quotes, closing brackets, an
    ellipsis), and whether an ellipsis is among them: the same for every row, so read once per
    text, not once per row (several hundred rows ask of each error in a log)."""
    window = text[-_END_WINDOW:]
    return len(window) - len(_CUT_MARK.sub("", window)), _ELLIPSIS.search(window) is not None


_END_WINDOW = 1024  # longer than any row's start plus its margin


@functools.cache
def _literal_head(pattern: str) -> str:
    """The plain characters a pattern starts with ("You exceeded your current quota, ..."),
    up to its first regex construct; a character a quantifier makes optional is left out."""
    out: list[str] = []
    i = 0
    while i < len(pattern):
        c = pattern[i]
        if c == "\\" and i + 1 < len(pattern) and not pattern[i + 1].isalnum():
            out.append(pattern[i + 1])
            i += 2
            continue
        if c in _META:
            if c in "*+?{" and out:
                out.pop()
            break
        out.append(c)
        i += 1
    return "".join(out)


def plain(pattern: str) -> str:
    """A pattern as a person reads it: alternatives as '/', any run of characters as '...'."""
    text = pattern.replace("\\\\", "")  # a backslash the text may hold: not worth showing
    text = re.sub(r"\(\?[imx]+\)|\(\?[imx]+:|\\b|\(\?<?[!=](?:\[(?:\\.|[^\]\\])*\]|[^()\\]|\\.)*\)",
                  "", text)
    text = re.sub(r"(?<!\\)[\^$]", "", text)  # anchors
    text = re.sub(r"\\d\+|\\d", "N", text)
    text = re.sub(r"\[\^?(?:\\.|[^\]\\])*\][*+?]?|\\[wS][*+]\??|\.\{\d*,?\d*\}\??|\.[*+]\??",
                  "...", text)
    text = re.sub(r"(?<!\\)\{\d*,?\d*\}", "", text)  # a count after a character
    text = re.sub(r"\\s[*+]?", " ", text)
    text = re.sub(r"(?<!\\)\(\?:|(?<!\\)\)\??", "", text).replace("|", " / ")
    text = re.sub(r"(?<!\\)\?", "", text)  # a character made optional: shown
    text = re.sub(r"\\(.)", r"\1", text)
    return text if len(text) <= 70 else text[:67] + "..."


def phrase(pattern: str, origins: tuple[str, ...], weight: int, cause: str | None,
           source: str, variant: str | None = None, label: str | None = None) -> Phrase:
    return Phrase(pattern, origins, weight, cause, source, variant, label)
