"""Which variable plays which role in a `.env`, for every command that reads one.

A role (base URL, model, gateway token, provider key, gateway switch, mode) is filled, in
this order, by: the explicit mapping (`--var ROLE=NAME`, `[tool.setup-wizard.vars]` in
pyproject.toml), the table of well-known names (`names`), then a value's shape (a value that
*is* a gateway URL, a `gsk_` key, a `cfut_`/`cfat_` token). Each binding says how it was
made, so findings can say "GROQ_BASE_URL read as the Groq SDK's base URL".

`canonical` turns a file in any vocabulary into init's own names (what `infer`, `probe` and
`explain` read), applying each name's conventions (the Groq SDK appends /openai/v1).
Pure Python, no pydantic: `lint` runs this on every push.
"""

from __future__ import annotations

import difflib
import functools
import re
from collections.abc import Callable, Collection, Mapping
from typing import Final, Literal, NamedTuple
from urllib.parse import urlsplit

from setup_wizard.config import fields, gateway, names, providers
from setup_wizard.config.mapping import VarMap
from setup_wizard.config.names import Client, Name, Role
from setup_wizard.config.schema import (
    AUTOGEN_MODEL,
    CF_GATEWAY_TOKEN,
    MODE_KEY,
    OPENAI_BASE_URL,
    USE_AI_GATEWAY,
)

How = Literal["mapped", "convention", "shape"]
# init's own names: what a role is called when nothing else names it.
CANONICAL: Final[dict[str, str]] = {
    "base_url": OPENAI_BASE_URL, "model": AUTOGEN_MODEL, "gateway_token": CF_GATEWAY_TOKEN,
    "gateway_switch": USE_AI_GATEWAY, "mode": MODE_KEY,
}
INITS_NAMES: Final = frozenset({*CANONICAL.values(), *(p.key_var for p in
                                                       providers.PROVIDERS.values())})
# The gateway token's name in a file that is not in init's vocabulary: the one Cloudflare's own
# examples use (config/names.py), not this tool's.
FOREIGN_TOKEN_NAME: Final = "CF_AIG_TOKEN"


# -- bindings -------------------------------------------------------------------------------
class Binding(NamedTuple):
    role: Role
    name: str
    how: How
    row: Name | None  # the table row when the name is a known one
    shape: str = ""  # for how == "shape": what the value is ("a gateway URL")

    @property
    def clients(self) -> tuple[Client, ...]:
        return self.row.clients if self.row else (names.UNKNOWN,)

    def why(self, origin: str = "") -> str:
        """How the role was filled, for findings; "" for init's own names (nothing to say)."""
        title = names.ROLE_TITLES[self.role]
        if self.how == "mapped":
            return f"{self.name} mapped as the {title}" + (f" by {origin}" if origin else "")
        if self.how == "shape":
            return f"{self.name} read as the {title}: its value is {self.shape}"
        if self.row is None or self.name in INITS_NAMES:
            return ""  # init's own names: nothing to explain to a user of this tool
        return self.row.read_as(self.name)


class Roles(NamedTuple):
    bindings: dict[str, Binding]
    mapping: VarMap
    # The file uses init's vocabulary (or a mapping): a missing model or key is an error.
    ours: bool
    url_provider: providers.Provider | None = None  # where requests go, if the URL says

    def get(self, role: str) -> Binding | None:
        return self.bindings.get(role)

    def name(self, role: str) -> str:
        """The variable for `role`: bound, else mapped, else init's name."""
        b = self.bindings.get(role)
        if b is not None:
            return b.name
        if role in self.mapping.names:
            return self.mapping.names[role]
        if role == "provider_key":
            p = self.url_provider or providers.PROVIDERS["groq"]
            return p.key_var
        if role == "gateway_token":
            # An app that names its gateway URL CLOUDFLARE_AI_GATEWAY_URL names its token in
            # the same family: CLOUDFLARE_AI_GATEWAY_TOKEN (CF_AIG_BASE_URL: CF_AIG_TOKEN).
            url = self.bindings.get("base_url")
            m = re.match(r"((?:[A-Z0-9]+_)*(?:GATEWAY|AIG)_)[A-Z_]*(?:URL|ENDPOINT|BASE)$",
                         url.name) if url else None
            if m:
                return m[1] + "TOKEN"
            if not self.ours:
                return FOREIGN_TOKEN_NAME
        return CANONICAL.get(role, role.upper())

    def why(self, role: str) -> str:
        b = self.bindings.get(role)
        return b.why(self.mapping.origin) if b else ""

    def bound_names(self) -> set[str]:
        return {b.name for b in self.bindings.values()}


def row_for(name: str) -> Name | None:
    """The table row of an exact name (providers' key names included); no patterns."""
    return names.BY_NAME.get(name)


def resolve(values: Mapping[str, str | None], mapping: VarMap | None = None,
            not_by_shape: Collection[str] = ()) -> Roles:
    """Fill every role from `values` (the file's or the environment's, already expanded).
    `not_by_shape`: names a key's shape must not bind (lint's misspelt provider names)."""
    mapping = mapping or VarMap()
    bound: dict[str, Binding] = {}
    taken: set[str] = set()

    def bind(role: Role, name: str, how: How, shape: str = "") -> None:
        # A name of a known family (CLOUDFLARE_AI_GATEWAY_UNIVERSAL_ENDPOINT) keeps the
        # family's conventions when its value's shape put it in the role.
        family = names.lookup(name)
        row = row_for(name) or (family if family is not None and family.role == role else None)
        bound[role] = Binding(role, name, how, row, shape)
        taken.add(name)

    for role, name in mapping.names.items():
        bind(role, name, "mapped")  # even when absent: "MY_MODEL is missing" names it
    present = [k for k, v in values.items() if v is not None]
    for role in ("base_url", "model", "gateway_token", "gateway_switch", "mode"):
        if role in bound:
            continue
        for row in names.NAMES:
            if row.role == role and values.get(row.name) is not None:
                if role == "base_url" and providers.names_local_server(row.name):
                    continue  # OLLAMA_BASE_URL: that service's own address, not the app's
                if row.signed_only and names.signed_app(row.clients, present) is None:
                    continue  # OPENAI_API_BASE_URL outside Open WebUI's, CAMEL's files
                bind(role, row.name, "convention")
                break
    if "base_url" not in bound:
        sites = {n for n in present if names.SITE_URL_NAME.search(n)}  # a website, no API
        found = _likeliest_url(values, [n for n in present if n not in taken | sites
                                        and not names.is_side_client(n)
                                        and not providers.names_local_server(n)])
        if found:
            bind("base_url", *found)
    hinted = _provider_hint(values, present, bind)
    url_provider = _url_provider(values, bound.get("base_url"))
    if url_provider is None and "base_url" not in bound:
        url_provider = hinted
    empty_key = None
    if "provider_key" not in bound:
        empty_key = _bind_key(values, bound, url_provider, bind)
    if "provider_key" not in bound:
        # A provider's own name (GROQ_API_KEY) is read by that provider's client only; _bind_key
        # left it unbound on purpose, and its value's shape does not make it this URL's key.
        owned = {n for n in present if (r := names.lookup(n)) is not None
                 and r.role == "provider_key" and r.provider} | set(not_by_shape)
        # An Anthropic key under ANTHROPIC_API_KEY is Anthropic's client's, not this URL's.
        owned |= {n for n in present if (f := providers.foreign_key(_set(values, n))) is not None
                  and any(names.names_word(n, w) for w in f.words)}
        # APP_DEEPSEEK_API_KEY beside OpenRouter's URL is the DeepSeek client's, whatever
        # its shape (DeepSeek's keys are sk- as OpenAI's are). OpenAI's word is no other
        # client's: LLM_OPENAI_API_KEY is as often any OpenAI-compatible API's.
        if url_provider is not None:
            owned |= {n for n in present if _names_other_provider(n, url_provider)}
        # By shape, the key beside the base URL first: any but a side client's (EMBED_API_KEY
        # is the embeddings client's, as EMBED_BASE_URL is, and APP_EMBEDDING_API_KEY is too
        # beside APP_BASE_URL), the one under the URL's own word (LLM_API_KEY with
        # LLM_BASE_URL) before the others, each in the file's order.
        b = bound.get("base_url")
        own_head = names.head(b.name) if b is not None else ""
        ranked = sorted(present, key=lambda n: (names.is_side_client(n),
                                                not own_head or names.head(n) != own_head))
        found = _by_shape(values, ranked, taken | owned,
                          _workers_ai_key_shape(values, b, url_provider))
        if found:
            bind("provider_key", *found)
        elif (own_key := _own_key(values, present, taken | owned, own_head)) is not None:
            bind("provider_key", own_key, "convention")
        elif empty_key is not None:
            bind("provider_key", empty_key, "convention")
    if "gateway_token" not in bound:
        # Several Cloudflare tokens: the one whose name says it is the gateway's first
        # (WORKERS_AI_CF_AIG_TOKEN before an API token the file holds for something else).
        found = _by_shape(values, sorted(present, key=lambda n: not _gateway_token_name(n)),
                          taken, _token_shape)
        if found:
            bind("gateway_token", *found)
    if "model" not in bound:
        families = [p for p in names.PATTERNS if p.role == "model"]
        found = [k for k in present if k not in taken and any(p.matches(k) for p in families)
                 and _set(values, k) and not names.llm_setting(k, values[k])]
        if found:
            toward = url_provider or hinted or _key_provider(values, bound.get("provider_key"))
            b = bound.get("base_url")
            name = _likeliest_model(found, toward, values,
                                    names.head(b.name) if b is not None else "")
            if name is not None:
                bind("model", name, "convention")
    ours = bool(mapping.names) or any(
        b.name in names.THIS_TOOLS_NAMES for b in bound.values()
        if b.role in ("gateway_switch", "mode", "model"))
    if url_provider is None and "base_url" not in bound:
        # No base URL: the key says where the requests go, by its name (GROQ_API_KEY) or,
        # under a name no row knows (APP_GROQ_API_KEY), by a shape only one provider issues.
        # A well-known name's client calls its own default host instead (OPENAI_API_KEY).
        key = bound.get("provider_key")
        if key is not None and (key.how == "shape" or (key.row and key.row.provider)) \
                and _key_decides(values, key.name):
            url_provider = _key_provider(values, key)
    return Roles(bound, mapping, ours, url_provider)


# The chat model's own names under a provider's prefix ({P}_MODEL, {P}_MODEL_NAME, ...); a
# {P}_GUARD_MODEL or {P}_FALLBACK_MODEL is a side model, not what every request carries.
_MAIN_MODEL_SUFFIXES = ("_MODEL", "_MODEL_NAME", "_MODEL_ID", "_CHAT_MODEL", "_LLM_MODEL",
                        "_DEFAULT_MODEL", "_PRIMARY_MODEL")


def _likeliest_model(found: list[str], toward: providers.Provider | None,
                     values: Mapping[str, str | None], url_word: str = "") -> str | None:
    """Several `*_MODEL` names (OPENROUTER_MODEL, CLOUDFLARE_MODEL): the chat model named for
    the provider the requests go to is the model they carry, wherever its line is; else the
    base URL's own client's; else, when requests go to a known provider, the file's first
    that is not another configured provider's (None if each is: they are other clients');
    else the file's first."""
    if toward is not None:
        own = provider_words(toward)
        mains = {word + suffix for word in own for suffix in _MAIN_MODEL_SUFFIXES}
        for name in found:
            if name.upper() in mains:
                return name
        # The base URL's own client's model (OPENAI_MODEL beside OPENAI_BASE_URL, whatever
        # host that URL names) ...
        same = [n for n in found if url_word and names.head(n) == url_word]
        if same:
            return same[0]
        # ... then a main model's name under an app's prefix (ENSIA_GROQ_MODEL; not a side
        # model such as GROQ_GUARD_MODEL) ...
        worded = [n for n in found if any(n.upper().endswith("_" + m) for m in mains)]
        if worded:
            return worded[0]
        # ... and GROQ_MODEL beside DeepSeek's base URL, with GROQ_API_KEY set, is the Groq
        # client's, not this URL's. A provider's word alone (LLM_OPENAI_MODEL: an
        # OpenAI-compatible model) does not make it another client's.
        others = [w for p in providers.PROVIDERS.values()
                  if p is not toward and _set(values, p.key_var)
                  for w in provider_words(p)]
        found = [n for n in found if not any(names.names_word(n, w) for w in others)]
        # A name for another service (OLLAMA_MODEL, ENSIA_GEMINI_MODEL) is that service's.
        found = [n for n in found if not providers.names_other_service(n)]
    elif url_word:
        # A base URL of unknown provider (a gateway's google-ai-studio route): its own client's
        # model if any, and never another service's (OLLAMA_MODEL, ANTHROPIC_MODEL).
        same = [n for n in found if names.head(n) == url_word]
        if same:
            return same[0]
        found = [n for n in found if not providers.names_other_service(n)]
    return found[0] if found else None


def provider_words(p: providers.Provider) -> set[str]:
    """The words a variable's name uses for a provider: GROQ, OPENROUTER, WORKERS_AI, ..."""
    return {p.key_var.split("_API_")[0], p.slug.upper().replace("-", "_")}


def _names_other_provider(name: str, p: providers.Provider) -> bool:
    """Whether `name` holds the word of a provider other than `p` (and other than OpenAI),
    or of another hosted service (ANTHROPIC, GEMINI, TOGETHER), and not `p`'s own: a name
    with both is `p`'s key for what it reaches there (OPENROUTER_CLAUDE_API_KEY beside
    OpenRouter's URL, CLOUDFLARE_GROQ_API_KEY beside the gateway's Groq route)."""
    own, others = _own_and_other_words(p.slug)
    return not names.names_any(name, own) and names.names_any(name, others)


@functools.cache  # (once per provider, not once per name of a file)
def _own_and_other_words(slug: str) -> tuple[frozenset[str], frozenset[str]]:
    own = provider_words(providers.PROVIDERS[slug])
    words = {w for q in providers.PROVIDERS.values() if q.slug != "openai"
             for w in provider_words(q)} | (providers.OTHER_SERVICE_WORDS
                                               - providers.LOCAL_SERVER_WORDS)
    return frozenset(own), frozenset(words - own)


def _own_key(values: Mapping[str, str | None], present: list[str], taken: set[str],
             own_head: str) -> str | None:
    """A key no shape tells (a placeholder, a vendor's key of no public shape) under the base
    URL's own word (LLM_API_KEY beside LLM_BASE_URL): the key that URL's client sends, as
    OPENAI_API_KEY is beside OPENAI_BASE_URL. Not a side client's, not a token's shape."""
    if not own_head:
        return None
    # Its own key name only (LLM_API_KEY, LLM_KEY): not any *_KEY under the word (APP_SECRET_KEY,
    # a web framework's; LLM_CACHE_KEY), whose placeholder no provider is sent.
    own_name = re.compile(rf"(?:[A-Z0-9]+_)*{re.escape(own_head)}_(?:API_?)?KEY")
    return next((n for n in present if n not in taken and names.head(n) == own_head
                 and own_name.fullmatch(n.upper()) and not names.is_side_client(n)
                 and (v := _set(values, n)) and not _token_shape(v)), None)


def _key_decides(values: Mapping[str, str | None], name: str) -> bool:
    """Whether the key under `name` says where requests go: set, or, left empty, the one
    provider any name in the file names. Several left empty (ANTHROPIC_API_KEY=,
    MISTRAL_API_KEY=, ...), or one beside GROQ_MODEL, are a template's list of what the app
    supports; none of them is where this file sends."""
    if _set(values, name):
        return True
    named = {p.slug for p in providers.PROVIDERS.values() for n in values
             if any(names.names_word(n, w) for w in provider_words(p))}
    row = names.lookup(name)
    return row is not None and named <= {row.provider}


def _key_provider(values: Mapping[str, str | None],
                  b: Binding | None) -> providers.Provider | None:
    """The provider a bound key belongs to: its name's (GROQ_API_KEY), else its shape's, when
    one provider alone issues that shape and every other key in the file could be its (a gsk_
    and an sk-or-v1- key together say nothing, whichever line comes first)."""
    if b is None:
        return None
    if b.row is not None and b.row.provider:
        return providers.get(b.row.provider)
    owners = providers.key_owners(_set(values, b.name))
    if len(owners) != 1:
        return None
    every = [found for v in values.values() if (found := providers.key_owners((v or "").strip()))]
    return owners[0] if all(owners[0] in found for found in every) else None


def _bind_key(values: Mapping[str, str | None], bound: dict[str, Binding],
              url_provider: providers.Provider | None, bind: object) -> str | None:
    """The key a request to `url_provider` carries: that provider's own name first, then a
    name that follows the base URL (OPENAI_API_KEY), then, with no base URL at all, any
    provider's own name (GROQ_API_KEY alone: the Groq SDK calls api.groq.com). A key that is
    set beats one left empty (a template's empty ANTHROPIC_API_KEY= lists what the app
    supports; the key that is set says what this file uses). Returns the empty name to bind
    when nothing else is found (the caller's fallback), else None."""
    assert callable(bind)
    # The provider's own name, or the name an app documents for its key (LibreChat's
    # OPENROUTER_KEY): the one that is set, else the one left empty.
    owns = [url_provider.key_var, *(r.name for r in names.APP_KEY_NAMES
                                    if r.provider == url_provider.slug and not r.own_url
                                    and names.read_beside(r, values))] if url_provider else []
    own = _first_set(values, owns) or next((n for n in owns if values.get(n) is not None), None)
    generic = [row.name for row in names.NAMES if row.role == "provider_key"
               and row.provider is None and values.get(row.name) is not None]
    if own and values.get(own) is not None and (_set(values, own)
                                                or not _first_set(values, generic)):
        bind("provider_key", own, "convention")
        return None
    if url_provider is not None and url_provider.key_var == "OPENAI_API_KEY":
        generic = []  # OpenAI's own name beside OpenAI's URL is checked as such by the caller
    if (name := _first_set(values, generic)) is not None:
        bind("provider_key", name, "convention")
        return None
    if "base_url" in bound and (url_provider is not None or _gateway_route(
            values.get(bound["base_url"].name)) not in (None, gateway.COMPAT)):
        # Other providers' keys are other clients', also beside a gateway route this tool
        # has no row for (google-ai-studio).
        return generic[0] if generic else None
    present = [row.name for row in names.KEY_NAMES if values.get(row.name) is not None
               and names.read_beside(row, values)]
    if (name := _first_set(values, present)) is not None:
        bind("provider_key", name, "convention")
        return None
    return (generic or present or [None])[0]


def _set(values: Mapping[str, str | None], name: str) -> str:
    """The value under `name` without its blanks; "" when absent or left empty."""
    return (values.get(name) or "").strip()


def _first_set(values: Mapping[str, str | None], candidates: list[str]) -> str | None:
    """The first of `candidates` that holds a value (not left empty)."""
    return next((n for n in candidates if _set(values, n)), None)


def _gateway_route(url: str | None) -> str | None:
    """The provider slug (or `compat`) of a gateway URL, None for any other URL. The OpenAI
    path glued after the gateway's name (.../my-gw/chat/completions: the Universal endpoint,
    which lint says is wrong) names no route."""
    g = gateway.parse_gateway_url((url or "").strip())
    if g is None or (g.slug == "chat" and g.rest[:1] == ("completions",)):
        return None
    return g.slug


def _provider_hint(values: Mapping[str, str | None], present: list[str],
                   bind: object) -> providers.Provider | None:
    """LLM_PROVIDER=groq, DEFAULT_VENDOR=OpenRouter: the provider an app picks by name."""
    assert callable(bind)
    # Exact names first (the table's order), then the family (*_PROVIDER), in file order.
    rows = [(0 if r.pattern is None else 1, i, n) for i, n in enumerate(present)
            if (r := names.lookup(n)) is not None and r.role == "provider"]
    for _rank, _i, name in sorted(rows):
        p = providers.by_name(values.get(name) or "")
        if p is not None:
            bind("provider", name, "convention")
            return p
    return None


def _url_provider(values: Mapping[str, str | None],
                  b: Binding | None) -> providers.Provider | None:
    """The provider the base URL sends to: its gateway slug, its host, or its client's own."""
    if b is None:
        return None
    url = _set(values, b.name)
    # The gateway's path, also on a mistyped host or with a mistyped slug ("groqq"): lint
    # judges such a URL as the one it was meant to be, and the key with it.
    g = gateway.parse_gateway_url(url)
    segs = [g.version or "", g.account_id or "", g.gateway_id or "", g.slug or ""] \
        if g is not None else gateway.gateway_path_segments(url)
    if segs is not None:
        slug = gateway.guess_slug(segs[3]) if len(segs) > 3 and segs[3] else None
        return providers.get(slug or "")
    found = providers.by_direct_url(url) if url else None
    if found:
        return found
    try:
        host = urlsplit(url).hostname if url.lower().startswith("http") else None
    except ValueError:  # an unclosed [ in the host (http://[::1): no host to read
        host = None
    alike = providers.look_alike(host) if host else None  # groq.com: Groq, mistyped
    if alike:
        return alike
    own = {c.provider for c in b.clients if c.provider}
    return providers.get(own.pop()) if len(own) == 1 else None


# What a value is by its shape ("a Groq key", "a Cloudflare token"; "" for nothing), told from
# the value and, where its name decides between two readings, the name.
Shape = Callable[[str, str], str]


def _by_shape(values: Mapping[str, str | None], present: list[str], taken: set[str],
              shape: Shape) -> tuple[str, How, str] | None:
    for name in present:
        if name in taken:
            continue
        what = shape(_set(values, name), name)
        if what:
            return name, "shape", what
    return None


def _likeliest_url(values: Mapping[str, str | None],
                   names_: list[str]) -> tuple[str, How, str] | None:
    """Several API URLs under names no row knows: one that says where requests go (a whole
    gateway URL, a provider's own URL) before a look-alike host, before a gateway path
    missing its parts; the file's order only between equals, so moving lines changes
    nothing else."""
    found = []
    for i, name in enumerate(names_):
        value = _set(values, name)
        what = _url_shape(value)
        if what:
            g = gateway.parse_gateway_url(value) if what == "a gateway URL" else None
            partial = what == "a gateway URL" and (g is None or not g.gateway_id or not g.slug)
            rank = 2 if partial else 1 if "look-alike" in what else 0
            found.append((rank, i, name, what))
    if not found:
        return None
    _rank, _i, name, what = min(found)
    return name, "shape", what


def url_list(value: str) -> list[str] | None:
    """The URLs of a value that lists several (Open WebUI's OPENAI_API_BASE_URLS, separated by
    `;`): each is some connection's base URL, none is *the* base URL. None: not such a list."""
    if ";" not in value and "," not in value:
        return None
    # Split at the separator alone and strip after: a `\s*` before it made the split
    # quadratic in a run of blanks (30 KB of them took 13 s). A separator at the end is none.
    # `;` (Open WebUI's separator) splits wherever it is: an item without its scheme
    # (localhost:11434/v1) is an item, not the path of the URL before it; `,` only before a URL.
    parts = [p.strip() for p in re.split(r";|,(?=\s*https?://)", value.strip().rstrip(";,"),
                                         flags=re.IGNORECASE)]
    if len(parts) < 2 or not parts[0].lower().startswith(("http://", "https://")) or not all(
            p.lower().startswith(("http://", "https://")) or _HOST_ITEM.match(p) for p in parts):
        return None
    return parts


# A list item written without its scheme: a host (with its port) and a path.
_HOST_ITEM = re.compile(r"(?:localhost|[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)(?::\d+)?(?:/\S*)?$")


def _url_shape(value: str) -> str:
    if url_list(value) is not None:
        return ""
    if gateway.parse_gateway_url(value) is not None or gateway.looks_like_gateway_path(value):
        return "a gateway URL"
    if not value.lower().startswith(("http://", "https://")):
        bare = providers.without_scheme(value)
        return f"{bare.name}'s URL without its scheme" if bare is not None else ""
    p = providers.by_direct_url(value)
    if p is not None:
        return f"{p.name}'s URL"
    try:
        host = (urlsplit(value).hostname or "").lower()
    except ValueError:
        return ""
    alike = providers.look_alike(host)
    if alike:
        return f"{alike.name}'s URL on a look-alike host"
    typo = _typo_of(host)
    return f"a look-alike of {typo}" if typo else ""


# The API hosts lint knows (the gateway's, the providers', the catalog vendors'): a host a
# letter or two off one of them (api.grq.com) under any name is that API's URL mistyped, as
# SW212 says under the names lint knows. Stricter than lint's urls._close_hosts for those
# names (one label a letter off): under any name the value may be another service's API.
_API_HOSTS: Final = (gateway.GATEWAY_HOST, *sorted({
    urlsplit(p.direct_base_url).hostname or ""
    for p in (*providers.PROVIDERS.values(), *providers.CATALOG_ONLY.values())}))


def _typo_of(host: str) -> str | None:
    if not host or host in _API_HOSTS or host in providers.OTHER_API_HOSTS:
        return None
    close = difflib.get_close_matches(host, _API_HOSTS, n=1, cutoff=0.85)
    return close[0] if close and one_label_off(host, close[0]) else None


def one_label_off(host: str, known: str) -> bool:
    """`host` is `known` with one label mistyped: a letter off (two in a label of 7 or more:
    api.antrhopic.com), in a label of 3 letters or more. Under any name the file may hold
    another service's API, whose host a whole-string closeness finds near ours when they
    share api. and .com (api.opendota.com, OpenDota's API, is no api.openai.com; api.y.ai
    no api.x.ai)."""
    a, b = host.split("."), known.split(".")
    off = [(x, y) for x, y in zip(a, b, strict=False) if x != y]
    if len(a) != len(b) or len(off) != 1:
        return False
    mine, theirs = off[0]
    return len(theirs) >= 3 and osa(mine, theirs) <= (2 if len(theirs) >= 7 else 1)


def osa(a: str, b: str) -> int:
    """Edit distance counting a swap of two neighbours as one edit (gorq for groq)."""
    d = [[i + j if i * j == 0 else 0 for j in range(len(b) + 1)] for i in range(len(a) + 1)]
    for i in range(1, len(a) + 1):
        for j in range(1, len(b) + 1):
            d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1,
                          d[i - 1][j - 1] + (a[i - 1] != b[j - 1]))
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1)
    return d[-1][-1]


def _key_shape(value: str, _name: str = "") -> str:
    owners = providers.key_owners(value) if value else []
    owners = [p for p in owners if p.key_pattern and p.slug != "workers-ai"]
    if owners:
        return f"{fields.with_article(owners[0].name)} key"
    foreign = providers.foreign_key(value) if value else None
    return f"{fields.with_article(foreign.vendor)} key" if foreign else ""


def _token_shape(value: str, _name: str = "") -> str:
    return "a Cloudflare token" if value.startswith(gateway.CF_TOKEN_PREFIXES) else ""


def _gateway_token_name(name: str) -> bool:
    """A name that says it holds the gateway token (CF_AIG_TOKEN, AI_GATEWAY_TOKEN,
    WORKERS_AI_CF_AIG_TOKEN: the table's gateway-token rows and family)."""
    row = names.lookup(name)
    return row is not None and row.role == "gateway_token"


# Workers AI's key is itself a Cloudflare token (docs/sources.md#workers-ai-native).
_WORKERS_AI_KEY: Final = "a Cloudflare token, Workers AI's key"


def _workers_ai_key_shape(values: Mapping[str, str | None], b: Binding | None,
                          url_provider: providers.Provider | None) -> Shape:
    """The shapes that make a value the provider key. Beside Workers AI's URL a Cloudflare
    token is that key (Authorization: Bearer <API token>), not the gateway token: straight to
    api.cloudflare.com under any name but a gateway token's (mad-scientist's AUTH_TOKEN; no
    gateway is on the way), through the gateway under a key's name (aperion-llm-router's
    WORKERS_AI_API_KEY beside its WORKERS_AI_CF_AIG_TOKEN). Elsewhere: a provider key's shape."""
    if url_provider is None or url_provider.slug != "workers-ai" or b is None:
        return _key_shape
    direct = providers.by_direct_url(_set(values, b.name)) is url_provider

    def shape(value: str, name: str = "") -> str:
        if not _token_shape(value) or _gateway_token_name(name):
            return _key_shape(value)
        if direct:
            return _WORKERS_AI_KEY
        row = names.lookup(name)
        return _WORKERS_AI_KEY if row is not None and row.role == "provider_key" \
            else _key_shape(value)
    return shape


# -- one vocabulary for infer / probe / explain ----------------------------------------------
def effective_url(value: str, b: Binding | None) -> str:
    """What the client really calls: the value plus the path its client appends.

    A name read by several clients with different rules takes the first whose rule the value
    fits (GROQ_API_BASE ending in /openai/v1 is LiteLLM's spelling, without it ChatGroq's).
    """
    url = value.strip()
    if b is None or not url:
        return url
    appends = [c.appends for c in b.clients]
    base = url.rstrip("/")
    if "" in appends and any(a and base.endswith(a) for a in appends):
        return url
    add = next((a for a in appends if a), "")
    return base + add if add and not base.endswith(add) else url


def canonical(values: Mapping[str, str | None], roles: Roles) -> dict[str, str | None]:
    """`values` under init's names, each role's value as its client uses it."""
    out: dict[str, str | None] = dict(values)
    for role, b in roles.bindings.items():
        value = values.get(b.name)
        if role not in CANONICAL and role != "provider_key":
            continue  # a hint (LLM_PROVIDER): init's files have no such variable
        if role == "provider_key":
            owner = roles.url_provider or _key_owner(value)
            target = owner.key_var if owner else b.name
        else:
            target = CANONICAL[role]
        if role == "base_url" and value is not None:
            value = effective_url(value, b)
        if value is None and b.how == "mapped" and target != b.name:
            out.pop(target, None)  # the app reads the mapped name, which is not set
        elif value is not None or target not in out:
            out[target] = value
    return out


def read_values(values: Mapping[str, str | None], mapping: VarMap) -> dict[str, str | None]:
    """A file's values as `infer`, `probe` and `explain` read them: under init's names."""
    return canonical(values, resolve(values, mapping))


def in_own_names(text: str, roles: Roles) -> str:
    """Text that names init's variables (a hint: "write AUTOGEN_MODEL as ...") rewritten with
    the names the app really uses (MY_MODEL)."""
    for role, b in roles.bindings.items():
        canon = CANONICAL.get(role)
        if canon and b.name != canon:
            text = re.sub(rf"\b{canon}\b", b.name, text)
    return text


def mapped_environ(environ: Mapping[str, str], mapping: VarMap) -> dict[str, str]:
    """The environment with mapped secrets also under init's names (init's defaults); a
    mapped key name is offered for whichever provider is chosen."""
    out = dict(environ)
    token = mapping.names.get("gateway_token")
    if token and token in environ:
        out[CF_GATEWAY_TOKEN] = environ[token]
    key = mapping.names.get("provider_key")
    if key and key in environ:
        for p in providers.PROVIDERS.values():
            out.setdefault(p.key_var, environ[key])
    return out


def renames(mapping: VarMap, key_var: str) -> dict[str, str]:
    """init's name -> the mapped name, for the keys init writes (provider key: `key_var`)."""
    out = {CANONICAL[role]: name for role, name in mapping.names.items() if role in CANONICAL}
    if "provider_key" in mapping.names:
        out[key_var] = mapping.names["provider_key"]
    return out


def _key_owner(value: str | None) -> providers.Provider | None:
    owners = providers.key_owners((value or "").strip())
    return owners[0] if owners else None


def to_names(managed: Mapping[str, str | None], rename: Mapping[str, str]
             ) -> dict[str, str | None]:
    """init's managed keys renamed into the mapped names, values in each client's spelling
    (a Groq SDK base URL loses the /openai/v1 its client appends)."""
    out: dict[str, str | None] = {}
    for k, v in managed.items():
        target = rename.get(k)
        if target is None:
            out[k] = v
            continue
        if k == OPENAI_BASE_URL and v:
            row = row_for(target)
            add = row.client.appends if row else ""
            if add and v.rstrip("/").endswith(add):
                v = v.rstrip("/")[: -len(add)]
        out[target] = v
    return out
