"""envfile reads an unquoted value as python-dotenv does, in one pass: python-dotenv's inline
comment strip (re.sub(r"\\s+#.*", ...)) backtracks over a long run of blanks, so a 100 KB run
took 9 s and a 1 MiB file could take minutes, where the README promises under 1 s. envfile
runs python-dotenv's own parse_binding and parse_value with a linear twin of that one step;
these tests hold the twin equal to the original on any text."""

from __future__ import annotations

import io

import dotenv.parser as dotenv_parser
from dotenv import dotenv_values
from hypothesis import given, settings
from hypothesis import strategies as st

from setup_wizard.config import envfile

# Blanks python's \s knows and str.strip does, `#`, letters, and the separators [^\r\n] lets in.
PIECES = st.sampled_from([" ", "\t", "\x0b", "\x0c", "\x1c", "\x85", "\u00a0", "\u2028",
                          "#", "a", "b", "=", "'", '"', "`"])


def _both(part: str) -> tuple[str, str]:
    ours = envfile._unquoted_value(dotenv_parser.Reader(io.StringIO(part)))
    theirs = dotenv_parser.parse_unquoted_value(dotenv_parser.Reader(io.StringIO(part)))
    return ours, theirs


@given(st.lists(PIECES, max_size=40).map("".join))
@settings(max_examples=3000)
def test_the_linear_strip_reads_as_python_dotenvs_own(part: str) -> None:
    ours, theirs = _both(part)
    assert ours == theirs


def test_the_strip_on_the_cases_that_decide_it() -> None:
    for part in ("x  y # c", "x#y # c", "x  #", "  # only", "a \t#b #c", "a#b", "a \u00a0#b",
                 "a b", "", "   ", "a  ", "x \u2028#y"):
        ours, theirs = _both(part)
        assert ours == theirs, repr(part)


@given(st.lists(st.sampled_from(["A=", "B=", "x", " ", "#", "\n", "'", '"', "`", "export ",
                                 "\t", "\\", "="]), max_size=30).map("".join))
@settings(max_examples=1500)
def test_a_whole_file_reads_as_python_dotenv_reads_it(text: str) -> None:
    ours = envfile.values(envfile.parse(text))
    theirs = dict(dotenv_values(stream=io.StringIO(text), interpolate=False))
    # (a value in backticks is npm dotenv's, read otherwise on purpose: not compared)
    if "`" not in text:
        assert ours == theirs


def test_a_long_run_of_blanks_is_read_in_one_pass() -> None:
    """The shape that took python-dotenv 9 s at 100 KB reads the same, and fast enough that a
    megabyte of it is no hazard (timed by benchmarks/bench_lint_bounds.py, not here)."""
    text = "A=x" + " " * 200_000 + "y\nB=1 # c\n"
    assert envfile.values(envfile.parse(text)) == {"A": "x" + " " * 200_000 + "y", "B": "1"}
