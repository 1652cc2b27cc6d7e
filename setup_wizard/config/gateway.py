"""Cloudflare AI Gateway URLs and identifiers: build them, and take them apart.

Facts (docs/sources.md#gateway-urls, #compat, #identifiers):
- provider-native base: https://gateway.ai.cloudflare.com/v1/{account_id}/{gateway_id}/{slug}
  (the `v1` after the host is the gateway's own API version and is always there);
- compat base: .../{gateway_id}/compat, model written `{provider}/{model}`;
- account ID: 32 hex characters (https://github.com/cloudflare/workers-sdk/issues/3862);
  whether upper case is accepted is UNCONFIRMED, so we accept it and write lower case;
- gateway ID: 1-64 characters ("Gateway name length: 64 characters", limits.mdx); the
  character rule below is a third party's statement, UNCONFIRMED for AI Gateway itself.
"""

from __future__ import annotations

import difflib
import re
from typing import Literal, NamedTuple
from urllib.parse import urlsplit

from setup_wizard.config import providers

# Value classes are NamedTuples, not dataclasses: lint imports this module on every push, and
# a dataclass costs about 0.5 ms to build at import.

GATEWAY_HOST = "gateway.ai.cloudflare.com"
GATEWAY_ROOT = f"https://{GATEWAY_HOST}/v1"
ACCOUNT_ID_RE = re.compile(r"[0-9a-fA-F]{32}")
GATEWAY_ID_RE = re.compile(r"[a-z0-9_]+(?:-[a-z0-9_]+)*")
GATEWAY_ID_MAX = 64
COMPAT = "compat"
# Cloudflare API token prefixes (user, account), docs/sources.md#key-formats.
CF_TOKEN_PREFIXES = ("cfut_", "cfat_")


def account_id_problem(value: str) -> str | None:
    """Why this is not an account ID, or None. Short: a prompt's error line is one row."""
    v = value.strip()
    if not v:
        return "empty: copy the account ID from Account home, or paste the gateway URL"
    if ACCOUNT_ID_RE.fullmatch(v):
        return None
    if "@" in v:
        return "that is an e-mail address: the account ID is 32 hex characters (Account home)"
    if is_placeholder_segment(v):
        return ("a placeholder, never filled in: put your account ID there (32 hex "
                "characters, from Account home)")
    kind = "" if re.fullmatch(r"[0-9a-fA-F]*", v) else " with non-hex ones"
    return (f"need 32 hex characters, got {len(v)}{kind}: copy it from Account home, "
            "or paste the gateway URL")


# The bare words .env templates leave in a URL's account or gateway segment
# (.../accounts/ACCOUNT_ID/ai/v1): a placeholder, not a wrong ID.
_PLACEHOLDER_WORDS = frozenset({"ACCOUNT_ID", "ACCOUNTID", "ACCOUNT", "CF_ACCOUNT_ID",
                                "CLOUDFLARE_ACCOUNT_ID", "GATEWAY_ID", "GATEWAY", "GATEWAY_NAME",
                                "YOUR_ACCOUNT_ID", "YOUR_GATEWAY_ID"})


# Template syntax, and filler words, not words a real gateway may be named ("test" is a fine
# name).
_TEMPLATE_SYNTAX = re.compile(r"<[^<>]*>|\{\{?[^{}]*\}\}?")
_FILLER = re.compile(r"your[_-].*|x{3,}", re.IGNORECASE)


def is_placeholder_segment(value: str) -> bool:
    """A URL segment a template left unfilled: `{account_id}`, `<ACCOUNT_ID>`, `ACCOUNT_ID`.
    Words count only in one case, as templates write them: `Gateway` may be a real name (upper
    case in a name is UNCONFIRMED, a warning, never refused)."""
    v = value.strip()
    if _TEMPLATE_SYNTAX.fullmatch(v):
        return True
    return (v.isupper() or v.islower()) and (
        bool(_FILLER.fullmatch(v)) or v.upper() in _PLACEHOLDER_WORDS)


# Characters RFC 3986 never allows in a path (a space, a quote, a bracket, a control
# character): a URL holding one is broken, whatever segment it is in (lint's SW226 on a whole
# path; docs/sources.md#lint-values). In a gateway name, also what would end the segment or
# start an escape: / ? # %.
NOT_IN_PATH = re.compile(r"[\s\"<>\\^`{|}\x00-\x1f\x7f]")
_NOT_IN_A_SEGMENT = re.compile(r"[\s\"<>\\^`{|}\x00-\x1f\x7f/?#%]")


class NameProblem(NamedTuple):
    """What is wrong with a gateway name, how sure we are, and lint's rule for it.

    SW219 (error): empty or over 64 characters, documented. SW226 (error): a character that
    breaks the URL the name goes into. SW220 (warning): outside the character rule, which is
    UNCONFIRMED for AI Gateway (see the module docstring).
    """

    code: Literal["SW219", "SW220", "SW226"]
    message: str
    suggestion: str | None = None  # the name tidied to the character rule

    @property
    def severity(self) -> Literal["error", "warning"]:
        return "warning" if self.code == "SW220" else "error"


def suggest_gateway_name(value: str) -> str:
    """`My Gateway!` -> `my-gateway`: the character rule applied, for "did you mean"."""
    return re.sub(r"-{2,}", "-", re.sub(r"[^a-z0-9_-]+", "-", value.strip().lower())).strip("-")


def gateway_name_problem(value: str) -> NameProblem | None:
    """The one gateway-name rule, for `init` and `lint` alike (init refuses its errors).

    Empty, over 64 characters (documented) or holding what cannot stand in a URL path
    segment is an error. Anything else outside the character rule (upper case, a dot, a
    letter beyond ASCII, which clients percent-encode) is a warning only: that rule is
    UNCONFIRMED for AI Gateway, so a name the dashboard may well accept is never refused
    (docs/sources.md#identifiers).
    """
    v = value.strip()
    if not v:
        return NameProblem("SW219", "the gateway name is empty; it is the name shown under "
                           "AI > AI Gateway")
    if len(v) > GATEWAY_ID_MAX:
        return NameProblem("SW219", f"a gateway name has at most {GATEWAY_ID_MAX} characters, "
                           f"this has {len(v)}")
    if GATEWAY_ID_RE.fullmatch(v):
        return None
    if is_placeholder_segment(v):
        return NameProblem("SW226", "a placeholder, never filled in: put your gateway's name "
                           "there (the name shown under AI > AI Gateway)")
    tidy = suggest_gateway_name(v)
    if _NOT_IN_A_SEGMENT.search(v) or not v.isprintable():  # the URL itself would break
        return NameProblem(
            "SW226", "a gateway name cannot contain spaces, quotes, brackets, invisible or "
            "control characters, or URL delimiters (/ ? # %): the URL it goes into breaks"
            + (f" (did you mean {tidy!r}?)" if tidy else ""), tidy or None)
    return NameProblem(
        "SW220",
        "gateway names are usually lower-case letters, digits and _, joined by single "
        "hyphens (UNCONFIRMED rule); check the name against the dashboard"
        + (f" (did you mean {tidy!r}?)" if tidy and tidy != v else ""), tidy or None)


def gateway_id_problem(value: str) -> str | None:
    """The message of `gateway_name_problem`, whatever its severity."""
    problem = gateway_name_problem(value)
    return problem.message if problem else None


def base_url(account_id: str, gateway_id: str, slug: str, suffix: str = "") -> str:
    return f"{GATEWAY_ROOT}/{account_id.lower()}/{gateway_id}/{slug}{suffix}"


def provider_base_url(provider: providers.Provider, account_id: str, gateway_id: str,
                      endpoint: str) -> str:
    """The OpenAI-SDK base_url through the gateway (the SDK appends /chat/completions)."""
    if endpoint == COMPAT:
        return base_url(account_id, gateway_id, COMPAT)
    return base_url(account_id, gateway_id, provider.slug, provider.gateway_suffix)


class GatewayURL(NamedTuple):
    """A URL on the gateway host, split into the parts that matter."""

    scheme: str
    host: str
    version: str | None  # the segment after the host, "v1" when right
    account_id: str | None
    gateway_id: str | None
    slug: str | None  # provider slug or "compat"
    rest: tuple[str, ...]  # segments after the slug
    trailing_slash: bool

    @property
    def suffix(self) -> str:
        return "".join(f"/{s}" for s in self.rest)


def parse_gateway_url(url: str) -> GatewayURL | None:
    """Split a gateway URL; None when the host is not the gateway's (typos are lint's job)."""
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    host = (parts.hostname or "").lower()
    if host != GATEWAY_HOST:
        return None
    segs = [s for s in parts.path.split("/") if s]
    padded = segs + [None] * (4 - len(segs)) if len(segs) < 4 else segs
    return GatewayURL(
        scheme=parts.scheme.lower(),
        host=host,
        version=padded[0],
        account_id=padded[1],
        gateway_id=padded[2],
        slug=padded[3],
        rest=tuple(segs[4:]),
        trailing_slash=parts.path.endswith("/") and len(segs) > 0,
    )


def gateway_path_segments(url: str) -> list[str] | None:
    """The path segments of a URL shaped like a gateway URL on *any* host, else None.

    The shape: /v1/{account_id}/{gateway_id}/{provider or compat}/..., with a 32-hex account
    ID or a slug the gateway knows. Lint uses it to catch the gateway's path on a wrong host.
    """
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return None
    segs = [s for s in parts.path.split("/") if s]
    if len(segs) < 3 or segs[0] != "v1":
        return None
    slug = segs[3] if len(segs) > 3 else ""
    known = slug in providers.PROVIDERS or slug in providers.OTHER_GATEWAY_SLUGS \
        or providers.is_custom_provider(slug)
    return segs if ACCOUNT_ID_RE.fullmatch(segs[1]) or known else None


def guess_slug(slug: str) -> str | None:
    """The gateway provider slug meant by `slug`: itself, or a close spelling ("groqq")."""
    slugs = sorted({*providers.PROVIDERS, *providers.OTHER_GATEWAY_SLUGS})
    if slug in slugs:
        return slug
    # 0.7: a typo ("groqq", "compt"), not another word ("chat" of a misplaced
    # /chat/completions is no "compat": that guess would change how the model is read).
    close = difflib.get_close_matches(slug.lower(), slugs, n=1, cutoff=0.7)
    return close[0] if close else None


def looks_like_gateway_path(url: str) -> bool:
    return gateway_path_segments(url) is not None


DASHBOARD_HOST = "dash.cloudflare.com"


class Pasted(NamedTuple):
    """What a pasted answer to "account ID" says: the account, and from a gateway URL also
    the gateway and the route (a provider slug or `compat`)."""

    account_id: str
    gateway_id: str | None = None
    slug: str | None = None


def parse_pasted(text: str) -> Pasted | None:
    """A bare account ID, a gateway endpoint URL or a dashboard URL, with or without https://.

    The dashboard shows endpoints like .../v1/{account}/{gateway}/{slug}; its own pages are
    dash.cloudflare.com/{account}/... (docs/sources.md#identifiers). Where the gateway name
    sits in a dashboard URL is UNCONFIRMED, so only the account is taken from one.
    """
    t = text.strip()
    if ACCOUNT_ID_RE.fullmatch(t):
        return Pasted(t.lower())
    url = t if "://" in t else f"https://{t}"
    g = parse_gateway_url(url)
    if g and g.account_id and ACCOUNT_ID_RE.fullmatch(g.account_id):
        return Pasted(g.account_id.lower(), g.gateway_id, g.slug)
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    first = next((seg for seg in parts.path.split("/") if seg), "")
    if (parts.hostname or "").lower() == DASHBOARD_HOST and ACCOUNT_ID_RE.fullmatch(first):
        return Pasted(first.lower())
    return None
