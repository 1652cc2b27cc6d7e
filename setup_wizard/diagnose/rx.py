"""Compiled patterns for the tables' strings, kept for the life of the process.

The tables hold several hundred patterns (wording, markers, page markers, status forms), more
than `re`'s own cache keeps (512 in CPython 3.11): searched as strings, they evicted each
other and were compiled again on every error of a log. Each table's patterns are a bounded
set, so one unbounded cache holds them all.

Most rows cannot match without some words of their own ("Invalid API Key", "cf-aig-"), while
`re` tries a pattern that starts with `\\b` or an alternation at every position of the text:
600 such searches over a 1 MB paste took most of `explain`'s time. So each pattern keeps the
literal text any match must contain (or, for an alternation, one literal per branch), found
from the parsed pattern, and is only run when the text holds it: a substring search is far
cheaper than the pattern. A pattern with no such literal is always run.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from typing import Any

try:  # CPython 3.11+
    from re import _constants as _c  # type: ignore[attr-defined]
    from re import _parser as _sre  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - CPython 3.10
    import sre_constants as _c  # type: ignore[no-redef]
    import sre_parse as _sre  # type: ignore[no-redef]

# Shorter literals rule out too little to pay for the extra search.
_MIN_LITERAL = 3


class _Required:
    """What a match must contain: any one of `words` (lower-cased when `folded`)."""

    __slots__ = ("folded", "words")

    def __init__(self, words: tuple[str, ...], folded: bool) -> None:
        self.words, self.folded = words, folded


def _literals(items: Any, folded: bool) -> _Required | None:
    """The best requirement of a parsed sequence: its longest run of literal characters, or
    a group's or repeat's own requirement (a repeat of at least one), or an alternation whose
    every branch has one. None when nothing is certain."""
    best: _Required | None = None
    run: list[str] = []

    def close() -> None:
        nonlocal best, run
        if len(run) >= _MIN_LITERAL:
            word = "".join(run)
            cand = _Required((word.lower() if folded else word,), folded)
            best = _better(best, cand)
        run = []

    for op, av in items:
        if op is _c.LITERAL:
            ch = chr(av)
            if folded and not ch.isascii():
                close()  # (case folding beyond ASCII is not the same as str.lower)
                continue
            run.append(ch)
            continue
        close()
        cand: _Required | None = None
        if op is _c.SUBPATTERN:
            _group, add, _del, sub = av
            inner_folded = folded or bool(add & re.IGNORECASE)
            if _del & re.IGNORECASE:
                continue  # a scope that turns folding off: not worth the bookkeeping
            cand = _literals(sub, inner_folded)
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", None)):
            low, _high, sub = av
            if low >= 1:
                cand = _literals(sub, folded)
        elif op is _c.BRANCH:
            _none, branches = av
            words: list[str] = []
            for branch in branches:
                r = _literals(branch, folded)
                if r is None or r.folded != folded:
                    words = []
                    break
                words.extend(r.words)
            if words:
                cand = _Required(tuple(dict.fromkeys(words)), folded)
        elif getattr(_c, "ATOMIC_GROUP", None) is not None and op is _c.ATOMIC_GROUP:
            cand = _literals(av, folded)
        if cand is not None:
            best = _better(best, cand)
    close()
    return best


def _better(a: _Required | None, b: _Required) -> _Required:
    """The stronger requirement: one word over several, then the longer shortest word."""
    if a is None:
        return b
    return b if _strength(b) > _strength(a) else a


def _strength(r: _Required) -> tuple[bool, int]:
    return len(r.words) == 1, min(len(w) for w in r.words)


def required(pattern: str) -> _Required | None:
    """What any match of `pattern` must contain, or None (also for a pattern the parser
    reads differently from `re.compile`, which is then simply always run)."""
    try:
        parsed = _sre.parse(pattern)
    except Exception:
        return None
    flags = parsed.state.flags
    if flags & (re.VERBOSE | re.LOCALE):
        return None
    return _literals(parsed, bool(flags & re.IGNORECASE))


# The last text searched, lower-cased once for every folded pattern run over it. `re` folds a
# few letters to ASCII ones that str.lower() keeps apart (dotless i, long s, the Kelvin sign,
# capital I with a dot): they are made ASCII first, so no match is ever ruled out.
_last: list[Any] = [None, ""]
_FOLDS = str.maketrans({"\u0131": "i", "\u0130": "i", "\u017f": "s", "\u212a": "k"})


def _lowered(text: str) -> str:
    if _last[0] is not text:
        _last[0], _last[1] = text, text.translate(_FOLDS).lower()
    return _last[1]


class Pattern:
    """A compiled pattern that is not run over a text lacking what its matches contain."""

    __slots__ = ("_need", "_one", "_re", "pattern")

    def __init__(self, pattern: str) -> None:
        self._re = re.compile(pattern)
        self.pattern = pattern
        self._need = required(pattern)
        # (most patterns need one word: tested without a generator, `explain --log` asks
        # several hundred patterns of each error)
        self._one = self._need.words[0] if self._need and len(self._need.words) == 1 else None

    def _may_match(self, text: str) -> bool:
        need = self._need
        if need is None:
            return True
        hay = _lowered(text) if need.folded else text
        if self._one is not None:
            return self._one in hay
        return any(w in hay for w in need.words)

    def search(self, text: str, *args: int) -> re.Match[str] | None:
        return self._re.search(text, *args) if self._may_match(text) else None

    def match(self, text: str, *args: int) -> re.Match[str] | None:
        return self._re.match(text, *args) if self._may_match(text) else None

    def finditer(self, text: str, *args: int) -> Iterator[re.Match[str]]:
        return self._re.finditer(text, *args) if self._may_match(text) else iter(())

    def __getattr__(self, name: str) -> Any:
        return getattr(self._re, name)


@functools.cache
def rx(pattern: str) -> Pattern:
    """`pattern` compiled once."""
    return Pattern(pattern)
