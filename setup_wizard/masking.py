"""Masking of secrets for every output path (text, JSON, errors, diffs, logs).

Two nets, applied together by `Redactor`: the secrets we know (what the `.env` holds, what
we sent), in every encoding a server may echo them in; and anything *shaped* like a
credential, whatever variable it sat in (`mask_credentials`). The masked form keeps a public
vendor prefix and the last four characters (`gsk_...1a2b`): enough to tell two keys apart
without revealing either.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from typing import Any

# Public vendor prefixes, shown in the masked form and masked wherever they start a token
# (key shapes: docs/sources.md#key-formats). A generic "letters then _" rule would reveal
# the start of random or word-like tokens, so only these are kept.
VENDOR_PREFIXES: tuple[str, ...] = (
    "sk-ant-api03-", "sk-ant-", "sk-or-v1-", "sk-proj-", "sk-svcacct-", "sk-",  # Anthropic,
    "gsk_", "xai-", "csk-", "AIza",  # OpenRouter, OpenAI; Groq, xAI, Cerebras, Google
    "cfut_", "cfat_", "cfk_",  # Cloudflare API tokens
    "sk_live_", "sk_test_", "rk_live_", "rk_test_",  # Stripe secret and restricted keys
    "github_pat_", "ghp_", "gho_", "ghu_", "ghs_", "ghr_", "glpat-",  # GitHub, GitLab
    "xoxb-", "xoxp-", "xoxa-", "xoxr-", "xoxs-",  # Slack
    "hf_", "npm_", "pypi-",  # Hugging Face, npm, PyPI
)
_PREFIX_ALT = "|".join(re.escape(p) for p in VENDOR_PREFIXES)  # longest first within a family
_PREFIX = re.compile(rf"^(?:{_PREFIX_ALT})")
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


# -- credentials by shape ----------------------------------------------------------------------
_TOKEN_CHARS = r"A-Za-z0-9_\-"
# A vendor prefix starting a token (not inside a word: "task-force" is no `sk-` key).
_VENDOR_KEY = re.compile(rf"(?<![{_TOKEN_CHARS}])(?:{_PREFIX_ALT})[{_TOKEN_CHARS}]{{8,}}")
# A PEM private key, real newlines or `\n` escapes, with or without its END line: the body
# goes whole (its short last line is as secret as the rest), the labels stay readable.
_PEM = re.compile(r"(?P<begin>-----BEGIN [A-Z0-9 ]*PRIVATE KEY(?: BLOCK)?-----)"
                  r"(?:.*?(?P<end>-----END [A-Z0-9 ]*PRIVATE KEY(?: BLOCK)?-----)"
                  r"|[A-Za-z0-9+/=\s\\:,-]*)", re.DOTALL)
_AWS_KEY_ID = re.compile(r"(?<![A-Za-z0-9])(?:AKIA|ASIA)[0-9A-Z]{16}(?![A-Za-z0-9])")
# `scheme://user:password@host`: the password, however weak it looks.
_USERINFO = re.compile(r"(?P<head>\b[A-Za-z][A-Za-z0-9+.\-]*://[^\s/@:?#'\"<>]*:)"
                       r"(?P<secret>[^\s/@?#'\"<>]+)(?=@)")
# `?key=...`, `&access_token=...`, `;sig=...`: query values named like credentials.
_QUERY = re.compile(r"(?P<head>[?&;][A-Za-z0-9_.\-]*(?:key|token|secret|passw|pwd|sig|auth|"
                    r"credential)[A-Za-z0-9_.\-]*=)"
                    # A ")" that closes the text around a URL is prose, not the value's end.
                    r"(?P<secret>[^&#;\s'\"<>]+?)(?=\)?(?:[&#;\s'\"<>]|$))", re.IGNORECASE)
# `Bearer xyz`, `Basic xyz`: the value, unless the whole value is one plain lower-case word
# ("bearer authentication"); `deadbeef-1234-...` or `dummy-key-1` are values, not prose.
_AUTH_SCHEME = re.compile(r"(?P<head>\b(?:Bearer|Basic)\s+)"
                          r"(?P<secret>(?![a-z]+(?![A-Za-z0-9._~+/=\-]))[A-Za-z0-9._~+/=\-]{8,})",
                          re.IGNORECASE)
# Long random tokens without a prefix: judged by their letters-and-digits runs (below), so
# identifiers made of short words (`Qwen/Qwen2.5-Coder-32B-Instruct`) stay readable.
_CANDIDATE = re.compile(rf"[{_TOKEN_CHARS}]{{20,}}")
_BASE64 = re.compile(r"(?<![A-Za-z0-9+/])[A-Za-z0-9+/]{30,}={0,2}(?![A-Za-z0-9+/=])")
_ALNUM_RUN = re.compile(r"[A-Za-z0-9]+")


def looks_random(run: str) -> bool:
    """A letters-and-digits run that is long and mixed enough to be a generated secret.

    Lower-case hex (account IDs, commit hashes, request IDs) never qualifies: it is the
    shape of every identifier this tool prints, and is masked only when known as a secret.
    """
    if run.islower() or run.isupper() or run.isdigit():  # one case or none: not random
        return False  # (said in C: lint runs this on every run of every message)
    upper = sum(c.isupper() for c in run)
    lower = sum(c.islower() for c in run)
    digit = sum(c.isdigit() for c in run)
    if not (upper and lower):
        return False
    if not (len(run) >= 20 and digit) and not (len(run) >= 32 and min(upper, lower) * 4
                                                 >= len(run)):
        return False
    counts = Counter(run)
    entropy = -sum(n / len(run) * math.log2(n / len(run)) for n in counts.values())
    return entropy >= 3.0


def _random_token(m: re.Match[str]) -> str:
    token = m.group(0)
    if any(looks_random(r) for r in _ALNUM_RUN.findall(token)):
        return mask(token)
    return token


def _random_base64(m: re.Match[str]) -> str:
    token = m.group(0)
    if ("+" in token or "/" in token) and looks_random(re.sub(r"[+/=]", "", token)):
        return mask(token)
    return token


_MASKED = re.compile(rf"(?:{_PREFIX_ALT})?(?:\.\.\.\S{{4}}|\*{{4}})")


def _mask_group(m: re.Match[str]) -> str:
    secret = m.group("secret")
    return m.group("head") + (secret if _MASKED.fullmatch(secret) else mask(secret))


def mask_credentials(text: str) -> str:
    """Mask everything shaped like a credential, known to us or not.

    PEM private keys, vendor-prefixed keys, AWS key IDs, URL passwords, credential query
    values, `Bearer` / `Basic` values and long random tokens. Applying it twice changes
    nothing more.
    """
    # Each rule only where its marker is: lint runs this on every message of every file.
    if "-----BEGIN" in text:
        text = _PEM.sub(lambda m: f"{m.group('begin')}(masked){m.group('end') or ''}", text)
    if "://" in text and "@" in text:
        text = _USERINFO.sub(_mask_group, text)
    if "=" in text:
        text = _QUERY.sub(_mask_group, text)
    low = text.lower()
    if "bearer" in low or "basic" in low:
        text = _AUTH_SCHEME.sub(_mask_group, text)
    text = _VENDOR_KEY.sub(lambda m: mask(m.group(0)), text)
    text = _AWS_KEY_ID.sub(lambda m: mask(m.group(0)), text)
    if "+" in text or "/" in text:
        text = _BASE64.sub(_random_base64, text)
    return _CANDIDATE.sub(_random_token, text)


# -- secrets we know -----------------------------------------------------------------------------
_NAMED = {"&": ("&amp;",), "<": ("&lt;",), ">": ("&gt;",), '"': ("&quot;",),
          "'": ("&apos;",), "/": ("&sol;",), "+": ("&plus;",), "=": ("&equals;",)}
_ENCODED = re.compile(r"[%&\\]")  # no encoded form of anything without one of these


def _hex(n: int, width: int) -> str:
    """`n` in hex, either case: `%2b` and `%2B` are the same byte."""
    return "".join(f"[{d}{d.upper()}]" if d.isalpha() else d for d in f"{n:0{width}x}")


def _char_forms(c: str) -> str:
    """A regex for one character in any encoding a server may echo it in.

    Percent-encoding (either hex case, also percent-encoded twice), HTML entities
    (named, decimal, hex), JSON `\\uXXXX`; a non-alphanumeric may also carry the
    backslash of a JSON escape (`\\/`, `\\"`, `\\&quot;` once HTML-escaped on top).
    """
    n = ord(c)
    utf8 = c.encode()
    forms = [re.escape(c), "".join(f"%{_hex(b, 2)}" for b in utf8),
             "".join(f"%25{_hex(b, 2)}" for b in utf8), f"&#0*{n};", f"&#[xX]0*{_hex(n, 1)};",
             *(re.escape(e) for e in _NAMED.get(c, ()))]
    if n <= 0xFFFF:
        forms.append(rf"\\[uU]{_hex(n, 4)}")
    if c == " ":
        forms.append(r"\+")  # form encoding
    either = "(?:" + "|".join(forms) + ")"
    return either if c.isalnum() else rf"(?:\\)?{either}"


class Redactor:
    """Replaces every known secret in any text before it is shown, then masks by shape.

    Servers may echo a key back (OpenAI: "Incorrect API key provided: sk-..."), raw or
    encoded: URL-, HTML- or JSON-escaped, each character either way. Every form is replaced.
    """

    def __init__(self, secrets: Iterable[str | None] = ()) -> None:
        self._secrets: list[str] = []
        self._patterns: dict[str, re.Pattern[str]] = {}
        for s in secrets:
            self.add(s)

    def add(self, secret: str | None) -> None:
        if secret and len(secret) >= 4 and secret not in self._secrets:
            self._secrets.append(secret)
            self._secrets.sort(key=len, reverse=True)  # longest first: no partial leftovers

    @property
    def secrets(self) -> tuple[str, ...]:
        return tuple(self._secrets)

    def _pattern(self, secret: str) -> re.Pattern[str]:
        """Built on first need: most text holds no encoded form at all (lint's messages)."""
        if secret not in self._patterns:
            self._patterns[secret] = re.compile("".join(_char_forms(c) for c in secret))
        return self._patterns[secret]

    def __call__(self, text: str) -> str:
        for s in self._secrets:
            masked = mask(s)
            text = text.replace(s, masked)
            if _ENCODED.search(text) or (" " in s and "+" in text):
                text = self._pattern(s).sub(lambda m, shown=masked: shown, text)  # literal
        return mask_credentials(text)


def secret_values(values: Mapping[str, str | None]) -> list[str]:
    """Values of secret-looking keys, as written and stripped (both can reach output)."""
    out: list[str] = []
    for name, value in values.items():
        if value and len(value.strip()) >= _MIN_SECRET_LEN and SECRET_NAME.search(name):
            out += [value, value.strip()]
    return out


def redact_tree(value: Any, redact: Callable[[str], str]) -> Any:
    """Every string in a JSON-like tree through `redact` (keys are ours and stay)."""
    if isinstance(value, str):
        return redact(value)
    if isinstance(value, list):
        return [redact_tree(v, redact) for v in value]
    if isinstance(value, dict):
        return {k: redact_tree(v, redact) for k, v in value.items()}
    return value
