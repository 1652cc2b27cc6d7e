"""Compiled patterns for the tables' strings, kept for the life of the process.

The tables hold several hundred patterns (wording, markers, page markers, status forms), more
than `re`'s own cache keeps (512 in CPython 3.11): searched as strings, they evicted each
other and were compiled again on every error of a log. Each table's patterns are a bounded
set, so one unbounded cache holds them all.
"""

from __future__ import annotations

import functools
import re


@functools.cache
def rx(pattern: str) -> re.Pattern[str]:
    """`pattern` compiled once."""
    return re.compile(pattern)
