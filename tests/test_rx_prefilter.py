"""The patterns' literal shortcut (diagnose/rx.py) never rules out a match `re` would find:
what it takes as required is in every match, checked on tricky patterns and on every table
pattern over the tune texts and the body fixtures."""

from __future__ import annotations

import gc
import re

import pytest
from corpus_support import ERRORS, rows
from hypothesis import given, settings
from hypothesis import strategies as st

from setup_wizard.diagnose import rx as rxm
from setup_wizard.diagnose.classify import classify_pasted
from setup_wizard.diagnose.rx import Pattern, required


@pytest.mark.parametrize("pattern,words", [
    (r"Invalid API Key", ("Invalid API Key",)),
    (r"(?i)\binvalid[_ ]api[_ ]key\b", ("invalid",)),  # the longest run between classes
    (r"\b(?:foo|barbaz)\b", ("foo", "barbaz")),
    (r"(?:abc)?xyz", ("xyz",)),  # an optional group is no requirement
    (r"(?:abcd)+", ("abcd",)),  # a repeat of at least one is
    (r"(?:abcd)*", None),
    (r"ab|c", None),  # a branch without a literal of 3: nothing certain
    (r"(?!abc)def", ("def",)),  # a negative lookahead's text is not required
])
def test_what_a_pattern_requires(pattern: str, words: tuple[str, ...] | None) -> None:
    r = required(pattern)
    got = None if r is None else tuple(r.words)
    if words is not None and r is not None and r.folded:
        words = tuple(w.lower() for w in words)
    assert got == words


@pytest.mark.parametrize("pattern,text", [
    (r"(?i)invalid", "\u0131nvalid"),  # re folds the dotless i to i
    (r"(?i)secret", "\u017fecret"),  # and the long s to s
    (r"(?i)kelvin", "\u212aelvin"),  # and the Kelvin sign to k
    (r"(?i)ignore", "\u0130gnore"),  # and the capital I with a dot to i
    (r"(?i:Bad Gateway)", "bad gateway"),
])
def test_case_folding_never_rules_out_a_match(pattern: str, text: str) -> None:
    assert (re.search(pattern, text) is not None) == (Pattern(pattern).search(text) is not None)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="abcKkIiı\u017fs -_:'\"\n", max_size=40))
def test_random_texts_agree(text: str) -> None:
    for pattern in (r"(?i)\bkiss\b", r"(?:ab|kis)\w*", r"(?i:abc)|(?:sik)", r"s{2,}ik"):
        assert (re.search(pattern, text) is not None) == \
            (Pattern(pattern).search(text) is not None), (pattern, text)


def test_every_table_pattern_agrees_on_the_tune_texts() -> None:
    texts = [(ERRORS / r["file"]).read_text(encoding="utf-8") for r in rows("tune")]
    for t in texts:
        classify_pasted(t, None, {})  # every pattern a text reaches is compiled and cached
    patterns = [o for o in gc.get_objects() if isinstance(o, rxm.Pattern)]
    assert len(patterns) > 300
    for p in patterns:
        if p._need is None:
            continue
        for t in texts:
            assert (p._re.search(t) is None) == (p.search(t) is None), (p.pattern, t[:80])
