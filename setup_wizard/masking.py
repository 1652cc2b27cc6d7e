"""Masking of secrets for every output path (text, JSON, errors, diffs).

The masked form keeps a recognisable vendor prefix and the last four characters
(`gsk_...1a2b`), enough to tell two keys apart without revealing either.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from urllib.parse import quote

# Public vendor prefixes only (key shapes: docs/sources.md#key-formats):
# a generic "letters then _" rule would reveal the start of random or word-like tokens.
_PREFIX = re.compile(r"^(?:sk-ant-api\d\d-|sk-ant-|sk-or-v1-|sk-proj-|sk-|gsk_|xai-|csk-|AIza)")
_SHOW_TAIL_FROM = 16
# Names whose values are treated as secrets wherever a .env is shown (diff context, lint
# messages, explain's --env-file). Short values are left alone: masking "true" everywhere
# would garble output and hide nothing.
SECRET_NAME = re.compile(r"KEY|TOKEN|SECRET|PASS(?:WORD|WD)?|PWD|CREDENTIAL", re.IGNORECASE)
_MIN_SECRET_LEN = 6  # shorter values are all secret: showing 4 of 10 characters is too much


def mask(value: str | None) -> str:
    """Return a display form of a secret that never contains the secret itself."""
    if value is None or value == "":
        return "(empty)"
    m = _PREFIX.match(value)
    prefix = m.group(0) if m and len(value) - len(m.group(0)) >= 8 else ""
    if len(value) >= _SHOW_TAIL_FROM:
        return f"{prefix}...{value[-4:]}"
    return f"{prefix}****"


class Redactor:
    """Replaces every known secret in any text before it is shown.

    Servers may echo a key back (OpenAI: "Incorrect API key provided: sk-..."), and a
    secret can appear JSON- or URL-escaped, so each form is replaced.
    """

    def __init__(self, secrets: Iterable[str | None] = ()) -> None:
        self._secrets: list[str] = []
        for s in secrets:
            self.add(s)

    def add(self, secret: str | None) -> None:
        if secret and len(secret) >= 4 and secret not in self._secrets:
            self._secrets.append(secret)
            self._secrets.sort(key=len, reverse=True)  # longest first: no partial leftovers

    @property
    def secrets(self) -> tuple[str, ...]:
        return tuple(self._secrets)

    def __call__(self, text: str) -> str:
        for s in self._secrets:
            masked = mask(s)
            for form in {s, json.dumps(s)[1:-1], quote(s, safe="")}:
                if form:
                    text = text.replace(form, masked)
        return text


def secret_values(values: Mapping[str, str | None]) -> list[str]:
    """Values of secret-looking keys, as written and stripped (both can reach output)."""
    out: list[str] = []
    for name, value in values.items():
        if value and len(value.strip()) >= _MIN_SECRET_LEN and SECRET_NAME.search(name):
            out += [value, value.strip()]
    return out
