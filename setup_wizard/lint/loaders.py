"""Quotes one loader keeps (SW122): `KEY="value"` is `value` to python-dotenv, docker compose
and a shell, but `docker run --env-file` passes the line's text as written, quotes and all,
so the app gets `"value"` (cognee#1721: OpenAI answered 'Incorrect API key provided:
"sk-proj***pUA"'; litellm#27591: '"https://..."' as the Azure base URL).

Nothing in a .env says which loader reads it, so this is `info`, never an error: an app that
loads the file with python-dotenv is right. It is said only where it matters and the fix is
harmless: an LLM setting (KINDS) whose quoted text needs no quotes for any loader
(`envfile.needs_no_quotes`), so that written without them it reads the same everywhere.
Which loaders do what is a table (LOADERS), each row with its source: docs/sources.md#dotenv.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping
from typing import NamedTuple

from setup_wizard.config import envfile, fields, names, providers
from setup_wizard.config.roles import Roles
from setup_wizard.lint import rules, urls, values
from setup_wizard.lint.findings import KEY_PREFIXES, Findings, shown_value
from setup_wizard.masking import SECRET_NAME, mask

CODE = "SW122"
COMMENT_CODE = "SW126"


class Loader(NamedTuple):
    """A program that reads a .env into the environment, and what it does with the quotes
    around a whole value."""

    name: str
    keeps_quotes: bool
    source: str


LOADERS: tuple[Loader, ...] = (
    Loader("python-dotenv", False, rules.SRC_DOTENV),
    # compose-go's dotenv parser, for a service's env_file: and for --env-file alike
    # (cli/options.go reads both through dotenv.GetEnvFromFile).
    Loader("docker compose", False, rules.SRC_COMPOSE_DOTENV),
    Loader("a shell (set -a; . ./.env)", False, rules.SRC_SHELL_QUOTES),
    # docker/cli's kvfile: "quotes are considered part of the key or value".
    Loader("docker run --env-file", True, rules.SRC_DOCKER_ENV_FILE),
)


def _listed(words: list[str]) -> str:
    return ", ".join(words[:-1]) + " and " + words[-1] if len(words) > 1 else words[0]


_REMOVE = _listed([x.name for x in LOADERS if not x.keeps_quotes])
_KEEP = _listed([x.name for x in LOADERS if x.keeps_quotes])

# The kinds of LLM setting judged, and what the client does with a value that kept its quotes
# (`{v}`: the value as the client gets it, quotes included, a secret masked).
KINDS: dict[str, str] = {
    "key": "the key is sent with a quote at each end ({v}), and a server that checks keys "
           "refuses it (401)",
    "url": "the client gets the URL with its quotes ({v}), which it cannot call",
    "model": "the model ID arrives with its quotes ({v}), a name no provider serves",
    "provider": "the app gets the provider's name with its quotes ({v}), which it does not "
                "know",
    "setting": "the app reads the value with its quotes ({v})",
}

# The line as docker reads it: `NAME=` then a value wrapped in one kind of quote, nothing
# after it but blanks. (`export NAME=...` and `NAME = ...` are names docker refuses.)
_QUOTED_LINE = re.compile(r"""[ \t]*([A-Za-z_][A-Za-z0-9_]*)=(["'])(.*)\2[ \t]*\n?""")
# A name that says it holds a model (EMBEDDING_MODEL, LLM_MODEL_NAME, FAST_LLM) or which
# provider an app calls (LLM_PROVIDER, EMBEDDING_PROVIDER, AI_VENDOR).
_MODEL_NAME = re.compile(r"(?i)(?:^|_)(?:MODEL|LLM)(?:_NAME|_ID)?$")
_SELECTOR_NAME = re.compile(r"(?i)(?:^|_)(?:PROVIDERS?|VENDOR)$")
# A name that says it holds a secret, word by word (HF_TOKEN, AZURE_API_KEY; not
# HUGGINGFACE_TOKENIZER).
_SECRET_WORD = re.compile(r"(?i)(?:^|_)(?:API_?KEYS?|KEY|TOKEN|SECRET|PASSWORD)(?:_|$)")
# A switch or a number (a model's or a key's name holding one is about the LLM, not its ID).
_SWITCH_OR_NUMBER = re.compile(r"(?i)true|false|yes|no|on|off|enabled?|disabled?|[0-9.]+")
_ROLE_KIND = {"provider_key": "key", "gateway_token": "key", "base_url": "url",
              "model": "model", "provider": "provider", "gateway_switch": "setting",
              "mode": "setting"}


def kind_of(name: str, value: str, bound: Mapping[str, str]) -> str | None:
    """The kind of LLM setting `name=value` is (a KINDS key), or None for any other setting
    (DATABASE_URL, APP_NAME): the role lint reads it in (`bound`: name -> role), else a key's
    shape or a secret under an LLM client's name, an LLM's URL or a URL under an LLM client's
    base-URL name, a provider's name under a selector's name, a model under a model's name."""
    if name in bound:
        return _ROLE_KIND.get(bound[name])
    llm_name = names.llm_service_name(name)
    if providers.key_owners(value) or value.startswith(KEY_PREFIXES) or (
            llm_name and _SECRET_WORD.search(name) and not _SWITCH_OR_NUMBER.fullmatch(value)):
        return "key"
    row = names.lookup(name)
    if value.lower().startswith(("http://", "https://")):
        if names.SITE_URL_NAME.search(name):
            return None  # the app's own website (OpenRouter's HTTP-Referer), not an API
        named = llm_name and row is not None and row.role == "base_url"
        return "url" if named or values.llm_url(value) else None
    if _SELECTOR_NAME.search(name) and (llm_name or names.is_side_client(name)
                                        or names.BY_NAME.get(name.upper()) is not None):
        return "provider"
    if (_MODEL_NAME.search(name) or (row is not None and row.role == "model")) \
            and not _SWITCH_OR_NUMBER.fullmatch(value) and not names.llm_setting(name, value):
        return "model"
    return None


class _Line(NamedTuple):
    """An LLM setting's line of a shape one loader reads otherwise, as a message may show it."""

    entry: envfile.Entry
    kind: str  # a KINDS key
    secret: bool
    shown: str  # the value python-dotenv reads: masked when secret, its URL's secrets masked
    mark: str  # what the shape found that matters to the message (SW122: the quote)
    first: int | None  # the line of the first such setting, None on that line itself


def _llm_lines(entries: list[envfile.Entry], roles: Roles,
               shaped: Callable[[envfile.Entry], str | None]) -> Iterator[_Line]:
    """The LLM settings (KINDS) on the line python-dotenv uses whose line has the shape
    `shaped` looks for (it returns the line's mark, None for another shape); not an empty
    value, a placeholder key (SW502 says it) or a local server's word (lm-studio). SW122's and
    SW126's one walk over the file; the first setting found explains, the others point back
    to its line."""
    last = {e.key: e.line for e in entries if e.key is not None and not e.error}
    bound = {b.name: role for role, b in roles.bindings.items()}
    first: int | None = None
    for e in entries:
        if e.key is None or e.error or last.get(e.key) != e.line or not e.value:
            continue
        mark = shaped(e)
        if mark is None:
            continue
        kind = kind_of(e.key, e.value, bound)
        if kind is None or (kind == "key" and (fields.is_placeholder(e.value)
                                               or not fields.KEY_RUN.search(e.value))):
            continue
        secret = kind == "key" or bool(SECRET_NAME.search(e.key))
        shown = mask(e.value) if secret else urls.shown(e.value) if kind == "url" \
            else shown_value(e.value)
        yield _Line(e, kind, secret, shown, mark, first)
        first = e.line if first is None else first


def _quoted(e: envfile.Entry) -> str | None:
    """The quote of `NAME="value"` whose quotes no loader needs (no blank, no #:
    envfile.needs_no_quotes); None for any other line."""
    m = _QUOTED_LINE.fullmatch(e.original)
    ok = m is not None and m[1] == e.key and m[3] == e.value and envfile.needs_no_quotes(m[3])
    return m[2] if ok and m is not None else None


def check(entries: list[envfile.Entry], roles: Roles, out: Findings) -> None:
    """One SW122 per LLM setting written `NAME="value"` (or 'value') on the line python-dotenv
    uses, where the value needs no quotes. The first says who removes the quotes and who
    keeps them; the others point back to it, so a file quoted throughout reads as one
    finding per line without repeating the explanation."""
    for ln in _llm_lines(entries, roles, _quoted):
        e, q = ln.entry, ln.mark
        then = KINDS[ln.kind].format(v=f"{q}{ln.shown}{q}")
        fix = f"remove the quotes around {e.key}'s value" if ln.secret \
            else f"set {e.key}={ln.shown}"
        if ln.first is None:
            message = (f"{e.key} is written in quotes: {_REMOVE} remove them, but {_KEEP} "
                       f"keeps them, so {then}")
            fix += " (it needs none: every loader then reads the same)"
        else:
            message = (f"{e.key} is written in quotes too (see line {ln.first}): under "
                       f"{_KEEP} {then}")
        out.add(CODE, e.key, e.line, message, fix)


# What the client does with a value that kept the comment after it (`{v}`, a secret masked).
_COMMENT_KINDS: dict[str, str] = {
    "key": "the key is sent with the comment after it ({v}) and refused (401)",
    "url": "the client gets the URL with the comment in it ({v}), which it cannot call",
    "model": "the model ID arrives with the comment after it ({v}), a name no provider serves",
    "provider": "the app gets the provider's name with the comment ({v}), which it does not "
                "know",
    "setting": "the app reads the value with the comment ({v})",
}

# `NAME=value # note`: an unquoted value, then blanks and a `#`. python-dotenv, compose-go and a
# shell end the value at the blanks; docker/cli's kvfile takes the rest of the line as it is.
_ASSIGNED = re.compile(r"[ \t]*([A-Za-z_][A-Za-z0-9_]*)=")
_COMMENT_START = re.compile(r"[ \t]#")


def _commented(line: str) -> tuple[str, str] | None:
    """(name, value) of `NAME=value # note`, else None. By searches, not one pattern: a lazy
    value before `[ \t]+#` backtracks quadratically on a long run of blanks."""
    m = _ASSIGNED.match(line)
    if m is None:
        return None
    rest = line[m.end():].rstrip("\r\n")
    if not rest or rest[0] in " \t\"'#":
        return None
    c = _COMMENT_START.search(rest)
    if c is None:
        return None
    value = rest[:c.start()].rstrip(" \t")
    return (m[1], value) if "#" not in value else None


def _commented_line(e: envfile.Entry) -> str | None:
    """An empty mark (nothing of the line is shown) for `NAME=value # note` as python-dotenv
    read it, else None."""
    return "" if _commented(e.original) == (e.key, e.value) else None


def check_comments(entries: list[envfile.Entry], roles: Roles, out: Findings) -> None:
    """One SW126 per LLM setting written `NAME=value # note`: the other loaders read `value`,
    `docker run --env-file` reads `value # note` (a key, URL or model no server knows). Said
    as SW122 is, for the same reason: info, the first explains, the others point back. The
    comment itself is never shown: it may hold anything, a key among it."""
    for ln in _llm_lines(entries, roles, _commented_line):
        e = ln.entry
        then = _COMMENT_KINDS[ln.kind].format(v=f"{ln.shown} # ...")
        if ln.first is None:
            message = (f"{e.key} has a comment after its value: {_REMOVE} end the value "
                       f"before it, but {_KEEP} keeps the rest of the line, so {then}")
        else:
            message = (f"{e.key} has a comment after its value too (see line {ln.first}): "
                       f"under {_KEEP} {then}")
        out.add(COMMENT_CODE, e.key, e.line, message,
                f"move the comment on line {e.line} to a line of its own above {e.key}")
