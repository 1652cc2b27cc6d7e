"""Checks of model IDs: the model role (against the provider requests go to) and every other
`*MODEL*` variable (against Groq's catalog when the value routes to Groq).

A model is spelt the way its client wants it (config/names.py): the provider's own ID, LiteLLM's
`groq/<model>`, gpt-researcher's `groq:<model>`; on the gateway's /compat endpoint the prefix
picks the provider. Fixes keep the spelling and swap only what is wrong.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from urllib.parse import urlsplit

from setup_wizard.config import fields, gateway, json5, names, providers, roles
from setup_wizard.config.model_facts import (
    CLAUDE_CODE_1M_SUFFIX,
    CLAUDE_CODE_ALIASES,
    CLAUDE_CODE_PLATFORMS,
    CLAUDE_PLATFORM_IDS,
    GROQ_NAMING,
    VENDOR_NAMING,
    VENDOR_STEMS,
    ClaudePlatform,
    RetiredModel,
)
from setup_wizard.config.schema import FALSE_VALUES, GATEWAY_MODES, KEY_SENDING_MODES
from setup_wizard.lint import urls
from setup_wizard.lint.findings import Ctx, shown_value
from setup_wizard.lint.staleness import stale_catalog
from setup_wizard.lint.urls import Url, url_for

GROQ = providers.PROVIDERS["groq"]
ANTHROPIC = providers.CATALOG_ONLY["anthropic"]
# LiteLLM's provider names that differ from the gateway's slugs; pydantic-ai's google-gla: and
# google-vertex: (the Gemini API and Vertex AI), LiteLLM's gemini/ and vertex_ai/.
_ROUTE_ALIASES = {"xai": "grok", "cloudflare": "workers-ai", "gemini": "google-ai-studio",
                  "vertex_ai": "google-ai-studio", "google-gla": "google-ai-studio",
                  "google-vertex": "google-ai-studio"}
# The Gemini API's model IDs after its `models/` resource prefix (https://ai.google.dev/api/models).
_GEMINI_RESOURCE = re.compile(r"(?:gemini|gemma|text-embedding|embedding)-[\w.-]+", re.IGNORECASE)


def _groq_named(model: str) -> bool:
    """Groq's spelling (GROQ_NAMING), unless another catalog retired that exact ID (Moonshot's
    moonshot-v1-8k-vision-preview ends as Groq's previews do)."""
    return bool(GROQ_NAMING.fullmatch(model)) and sole_retirer(model) in (None, GROQ)


def is_groq_model(value: str) -> bool:
    """A value that is one of Groq's own model IDs (current or retired, in Groq's spelling,
    with or without a groq/ or groq: prefix): a model, whatever its variable's name."""
    route = split_route(value, "any")
    bare = route[1] if route is not None and route[0] is GROQ else value
    return bool(GROQ_NAMING.fullmatch(bare)) and " " not in bare


def split_route(model: str, fmt: str,
                catalog: bool = False) -> tuple[providers.Provider, str, str] | None:
    """(provider, model, separator) for `groq/x` (LiteLLM) or `groq:x` (gpt-researcher);
    with `catalog`, also a catalog-only vendor's (`anthropic:x`, pydantic-ai)."""
    find = providers.with_catalog if catalog else providers.get
    for sep, ok in (("/", fmt in ("prefixed", "any")), (":", fmt in ("colon", "any"))):
        head, found, rest = model.partition(sep)
        if sep == "/" and head == "models" and found and _GEMINI_RESOURCE.fullmatch(rest):
            # The Gemini API's resource name for a model (models/gemini-1.5-flash), as its
            # own SDKs and REST paths write it: that model, on Google's catalog, where asked.
            p = find("google-ai-studio")
            return (p, rest, sep) if p is not None else None
        if ok and found and rest:
            p = find(_ROUTE_ALIASES.get(head.lower(), head.lower()))
            if p is not None:
                return p, rest, sep
    return None


def _format(c: Ctx, name: str) -> str:
    b = c.roles.get("model")
    row = b.row if b is not None and b.name == name else names.lookup(name)
    fmts = {x.model_format for x in row.clients} if row else {"any"}
    return fmts.pop() if len(fmts) == 1 else "any"


def replacement(provider: providers.Provider, model: str) -> str:
    gone = provider.retired_model(model)
    return (gone.replacement if gone and gone.replacement else provider.default_model)


def retired_fix(name: str, provider: providers.Provider, model: str, prefix: str,
                suffix: str = "") -> str:
    r = provider.retired_model(model)
    src = f" (see {r.source})" if r else ""
    return f"set {name}={prefix}{replacement(provider, model)}{suffix}{src}"


# A model list's items judged (NextChat's has a few dozen at most), and the unknown ones said
# (each finding's fix is the whole list): bounded work on a hostile file of one list of
# thousands of IDs, each a catalog search. Past either, items are neither said nor fixed.
MAX_LIST_ITEMS = 1_000
MAX_LIST_UNKNOWN = 10


def check_model_list(c: Ctx, name: str, value: str) -> None:
    """NextChat's CUSTOM_MODELS, item by item, as the model variable of the vendor it goes to
    would be judged. An item for a vendor it names (`+deepseek-chat@DeepSeek`) goes to that
    vendor's own API when the vendor's URL variable is unset or that API: retired there is
    SW301, and unknown SW302 where the vendor's catalog is its API's whole list (DeepSeek's,
    Anthropic's), with the ID it misspells. An item with no vendor goes to the OpenAI-format
    BASE_URL, which may be a relay with names of its own: only one that misspells an ID of a
    vendor whose IDs all carry its stem (`+deepseeek-chat`: deepseek-chat) is said. Removals
    (-x, -all) and display names alone (x=shown, no +) are not judged."""
    items = value.split(",")
    fixed = [*items]
    # One finding per message (a model listed twice is said once); every fix writes the whole
    # list with all its judged items corrected, so one copied alone does not bring back what
    # another's fix replaced.
    found: dict[str, tuple[fields.Problem | None, str]] = {}
    for i, item in enumerate(items[:MAX_LIST_ITEMS]):  # (the rest are not judged: no app has them)
        word = item.strip()
        if not word or word.startswith("-") or word.lstrip("+").lower() == "all":
            continue
        model, shown_as, _label = word.lstrip("+").partition("=")  # "=shown" is a label
        label_only = bool(shown_as) and not word.startswith("+")
        head, at, vendor = model.rpartition("@")  # NextChat splits at the last @
        unknown = sum(p is None for p, _more in found.values()) < MAX_LIST_UNKNOWN
        if not at:
            judged = None if label_only or c.local_api_url or not unknown \
                else misspelt_vendor_id(vendor)
            if judged is not None:
                said, to, others = _unknown_parts(name, judged, vendor.strip())
                fixed[i] = item.replace(vendor, to, 1)
                found.setdefault(said, (None, _or_else(vendor, to, others)))
            continue
        row = names.NEXTCHAT_VENDORS.get(vendor.strip().lower())
        provider = providers.with_catalog(row[0]) if row else None
        if provider is None or row is None or not _own_api(c, row[1], provider):
            continue
        bare = head.strip()
        for p in fields.check_model(provider, bare):
            if p.code == "SW301":
                fixed[i] = item.replace(head, replacement(provider, bare), 1)
                found.setdefault(p.message, (p, ""))
            elif p.code == "SW302" and unknown and not label_only \
                    and _whole_list_at_own_api(provider):
                said, to, others = _unknown_parts(name, provider, bare)
                fixed[i] = item.replace(head, to, 1)
                found.setdefault(said, (None, _or_else(bare, to, others)))
    whole = f"set {name}={','.join(fixed)}"
    for said, (p, more) in found.items():
        if p is not None:
            c.out.problem(p, name, c.lines.get(name), whole)
        else:
            c.out.add("SW302", name, c.lines.get(name), said, whole + more)


def _or_else(model: str, to: str, others: tuple[str, ...]) -> str:
    """What a list's fix adds for an item the fix replaced by the catalog's default."""
    return f" ({shown_value(model.strip())} as {to}, or one of: {', '.join(others)})" \
        if others else ""


def _whole_list_at_own_api(provider: providers.Provider) -> bool:
    """The catalog is every model the vendor's own API serves: marked so (DeepSeek's, Groq's),
    or Anthropic's, which lint holds complete where a request certainly goes to its API."""
    return provider.complete_catalog or provider is ANTHROPIC


def misspelt_vendor_id(model: str) -> providers.Provider | None:
    """The vendor an ID no catalog knows misspells (deepseeek-chat, claude-sonet-4-6): its first
    word is a vendor's stem (VENDOR_STEMS) or a letter off it, and near_miss reads it as one
    of that vendor's IDs. None for anything else: a router's or a local server's name (a / or
    a :), another family's, one near no single ID."""
    m = model.strip()
    if not m or "/" in m or ":" in m or len(m) > _NEAR_MISS_MAX:
        return None
    return _misspelt_vendor_id(m)


@functools.lru_cache(maxsize=1024)  # (a list may name one ID many times; IDs are short)
def _misspelt_vendor_id(m: str) -> providers.Provider | None:
    if providers.in_any_catalog(m):
        return None
    first = re.split(r"[-._]", m.lower(), maxsplit=1)[0]
    for slug, stem, _src in VENDOR_STEMS:
        vendor = providers.with_catalog(slug)
        if vendor is not None and (first == stem or _one_edit(first, stem)) \
                and near_miss(vendor, m) is not None:
            return vendor
    return None


def check_model_configs(c: Ctx, name: str, value: str) -> None:
    """chat-ui's MODELS and TASK_MODEL as JSON5 (names.MODEL_CONFIGS): each model with an
    endpoint that sends to a provider lint has a catalog of (names.CHATUI_ENDPOINTS) is judged
    there as a model variable is, its findings keyed on `name`; a value that does not read as
    JSON5 cannot be checked (SW319, info). A model without endpoints is not judged: today's
    chat-ui only matches it against what OPENAI_BASE_URL serves."""
    line = c.lines.get(name)
    try:
        data = json5.loads(value)
    except json5.JSON5Error as e:
        at, col = json5.line_col(value, e.offset)
        where = f"line {line + at - 1}, column {col}" if line else f"line {at} of it"
        c.out.add("SW319", name, line,
                  f"cannot check the models in {name}: it does not read as JSON5 at {where} "
                  f"({e}); chat-ui reads it with JSON5.parse, which stops there too (JSON5's "
                  "comments are // and /* */)", None)
        return
    # As a model list's (check_model_list): at most MAX_LIST_ITEMS models judged (chat-ui's
    # docs list a few), MAX_LIST_UNKNOWN unknown ones said, so a hostile megabyte of models
    # is neither slow nor thousands of findings.
    start = len(c.out.items)
    for model in (data if isinstance(data, list) else [data])[:MAX_LIST_ITEMS]:
        if isinstance(model, json5.Obj):
            _config_model(c, name, line, value, model)
            if sum(f.code == "SW302" for f in c.out.items[start:]) > MAX_LIST_UNKNOWN:
                unknown = [i for i in range(start, len(c.out.items))
                           if c.out.items[i].code == "SW302"]
                del c.out.items[unknown[MAX_LIST_UNKNOWN]]


def _config_model(c: Ctx, name: str, line: int | None, value: str, model: json5.Obj) -> None:
    field = "id" if isinstance(model.get("id"), str) and model["id"].strip() else "name"
    given = model.get(field)
    endpoints = model.get("endpoints")
    if not isinstance(given, str) or not given.strip() or not isinstance(endpoints, list):
        return
    at = (line or 1) + value.count("\n", 0, model.at[field])
    judged: set[tuple[str, str]] = set()
    for endpoint in endpoints:
        kind = names.CHATUI_ENDPOINTS.get(endpoint.get("type")) \
            if isinstance(endpoint, json5.Obj) and isinstance(endpoint.get("type"), str) else None
        if kind is None:
            continue
        base = endpoint.get("baseURL", kind.base_url) if kind.base_url else None
        if kind.provider is None:
            provider = _provider_at(base) if isinstance(base, str) else None
        elif base is None or (isinstance(base, str) and kind.base_url
                              and providers.same_host(base, kind.base_url)):
            provider = providers.with_catalog(kind.provider)
        else:
            provider = None  # (another server at its baseURL: its names and schedules)
        sent = given if given.startswith("@") else kind.namespace + given
        if provider is None or (provider.slug, sent) in judged:
            continue
        judged.add((provider.slug, sent))
        start = len(c.out.items)
        _against(c, name, line, provider, sent, "", own_api=True)
        how = f", sent as {sent}" if sent != given else ""
        for i in range(start, len(c.out.items)):
            f = c.out.items[i]
            fix = re.sub(rf"^set {re.escape(name)}=(\S+)", rf'set "{field}": "\1" in {name}',
                         f.fix or "")
            c.out.items[i] = f._replace(
                message=f"{f.message} (the model {field} {given!r} on line {at}, on chat-ui's "
                f"{endpoint['type']} endpoint{how})", fix=fix or f.fix)


def _provider_at(base: str) -> providers.Provider | None:
    """The provider whose own API (or gateway route) a base URL is, exactly: no typo guessed."""
    g = gateway.parse_gateway_url(base)
    if g is not None:
        return providers.get(g.slug or "")
    return providers.by_direct_url(base) or next(
        (p for p in providers.CATALOG_ONLY.values()
         if providers.same_host(base, p.direct_base_url)), None)


def _own_api(c: Ctx, url_name: str, provider: providers.Provider) -> bool:
    """The variable that points a vendor elsewhere is unset or holds the vendor's own API."""
    url = (c.values.get(url_name) or "").strip()
    try:
        return not url or urlsplit(url).hostname == urlsplit(provider.direct_base_url).hostname
    except ValueError:  # an unreadable URL (an unclosed [ in its host) is not the vendor's own
        return False


def check_primary(c: Ctx, url: Url, mode: str,
                  hint: providers.Provider) -> providers.Provider | None:
    """Check the model role; return the provider requests go to (compat: the prefix's)."""
    name, line, out = c.name("model"), c.line("model"), c.out
    provider = url.provider
    if url.kind == "missing":
        provider = _without_url(c, mode, hint)
    b = c.roles.get("base_url")
    head = names.head(name)
    # OPENAI_API_MODEL goes with OPENAI_API_BASE_URL, whichever URL fills the role.
    sibling = c.url_heads.get(head) if (
        b is not None and names.head(b.name) != head and not c.roles.ours) else None
    if name in c.unresolved:
        return provider
    model = c.v.get("model")
    if not model:
        if c.must("model") or (model == "" and c.roles.get("model") is not None \
                and c.roles.get("model").how == "mapped"):  # type: ignore[union-attr]
            p = provider or hint
            out.add("SW300", name, line, f"{name} is missing or empty",
                    f"set {name}=" + (f"{p.compat_prefix}/" if url.endpoint == "compat"
                                      else "") + p.default_model)
        return provider
    if _placeholder(c, name, line, model, provider or hint) \
            or _key_as_model(c, name, line, model, provider or hint) \
            or _blank_inside(c, name, line, model) \
            or _bedrock_on_anthropic(c, name, line, model) \
            or _no_provider_it_knows(c, name, line, model):
        return provider
    written = model  # (claude_api_model reads Claude Code's [1m] itself)
    model, window = _without_window(name, model)
    if sibling is not None:
        _against(c, name, line, sibling, model, "", suffix=window)
        return provider
    owner = sole_retirer(model)
    if owner is not None and owner is not provider and owner.owns_id(model):
        # An id in a namespace only its provider serves (@cf/...): gone wherever it is sent.
        _retired_only(c, name, line, owner, model, "")
        return provider
    if (b is None or names.stem(b.name) != names.stem(name)) and \
            names.stem(name) in c.foreign_heads:
        return provider  # its own URL is a server with names of its own (local, a vendor's)
    if url.endpoint == "compat":
        return _compat(c, name, line, model)
    fmt = _format(c, name)
    route = None
    if provider is None or not (provider.knows_model(model) or provider.retired_model(model)):
        route = split_route(model, fmt)
    if route is not None and (provider is None or provider is route[0]):
        routed, bare, _sep = route
        _against(c, name, line, routed, bare, f"{model[: len(model) - len(bare)]}")
        # The prefix picks the client's provider class; a base URL, when set, still says
        # where requests go (gpt-researcher's openai:<model> against a local server).
        return routed if url.kind == "missing" else provider
    if provider is None:
        catalog = _catalog_host_provider(c) if url.kind != "missing" else None
        if catalog is not None and _other_vendors_own(c, name, line, catalog, model, url, mode):
            return None  # (gpt-4o sent to Anthropic's or Google's own API)
        # Groq's spelling: Groq's model, current or not (unless certainly sent to Anthropic's
        # own API, which answers 404 for it: claude-instant under ANTHROPIC_MODEL)
        if _groq_named(model) and claude_api_model(c, name, written) is None:
            _against(c, name, line, GROQ, model, "")
        else:
            _retired_anywhere(c, name, line, written, None, no_base_url=url.kind == "missing")
        return None
    if _served_elsewhere(c, name, line, provider, model, url, mode) \
            or (url.kind != "missing" and
                _other_vendors_own(c, name, line, provider, model, url, mode)) \
            or (url.kind == "missing" and _vendor_model_by_default(c, name, line, provider,
                                                                    model)):
        # (with no base URL, where a client sends is its default: too weak for SW316's error)
        return provider
    prefix = f"{provider.compat_prefix}/" if provider.compat_prefix else None
    if fmt == "plain" and prefix and model.startswith(prefix) and not provider.knows_model(model):
        bare = model[len(prefix):]
        if provider.knows_model(bare) or provider.retired_model(bare):
            gone = "" if provider.knows_model(bare) else f" (and {bare} is retired)"
            fixed = bare if not gone else replacement(provider, bare)
            out.add("SW308", name, line,
                    f"{name}={shown_value(model)} has the compat prefix {prefix}, but "
                    f"{c.name('base_url')} is not the compat endpoint{gone}",
                    f"set {name}={fixed}")
            return provider
    _against(c, name, line, provider, model, "", suffix=window)
    return provider


def _without_window(name: str, model: str) -> tuple[str, str]:
    """(the ID, Claude Code's `[1m]` after it or ""): under an Anthropic client's name the
    suffix asks Claude Code for the 1M-token window, and Claude Code strips it before it sends
    the ID to whichever provider ANTHROPIC_BASE_URL names (DeepSeek's deepseek-flash[1m]): the
    ID is judged without it, and a fix keeps it. docs/sources.md#anthropic-catalog"""
    if names.head_word(name) in ("ANTHROPIC", "CLAUDE") and len(model) > len(
            CLAUDE_CODE_1M_SUFFIX):
        return _split_window(model)
    return model, ""


def _split_window(model: str) -> tuple[str, str]:
    """(the ID, its `[1m]` suffix) when it ends with Claude Code's suffix, else (model, "")."""
    n = len(CLAUDE_CODE_1M_SUFFIX)
    if model.lower().endswith(CLAUDE_CODE_1M_SUFFIX):
        return model[:-n], model[-n:]
    return model, ""


def _served_elsewhere(c: Ctx, name: str, line: int | None, provider: providers.Provider,
                      model: str, url: Url, mode: str) -> bool:
    """A Groq model sent to a provider that is not Groq and not a router (OpenRouter serves
    everyone's vendor/model IDs): 404 model_not_found there. The model is judged as it will
    be on Groq; the fix points the URL at Groq, with a Groq key where the mode sends one."""
    if provider is GROQ or provider.router or provider.knows_model(model):
        return False
    if not (GROQ.knows_model(model) or GROQ.retired_model(model)):
        return False
    fix = f"set {c.name('base_url')}={url_for(c, GROQ, url)}" + key_to_paste(c, GROQ, mode)
    c.out.add("SW309", name, line,
              f"{name}={shown_value(model)} is a Groq model, but requests go to {provider.name}, "
              "which does "
              "not serve it (404 model_not_found)", fix)
    _against(c, name, line, GROQ, model, "")
    return True


def _catalog_host_provider(c: Ctx) -> providers.Provider | None:
    """The vendor whose own API the base URL is on, for a vendor lint knows by its catalog
    only (Anthropic's, Google's Gemini API): requests go there, so its catalog says what it
    serves."""
    base = c.v.get("base_url") or ""
    return providers.catalog_vendor_at(base) if base else None


def vendor_of(model: str) -> providers.Provider | None:
    """The vendor whose own API alone serves `model` (claude-*: Anthropic's), by the naming
    table (model_facts.VENDOR_NAMING); None for any other ID."""
    return next((providers.with_catalog(slug) for slug, pattern, _src in VENDOR_NAMING
                 if pattern.fullmatch(model.strip())), None)


def _other_vendors_own(c: Ctx, name: str, line: int | None, provider: providers.Provider,
                       model: str, url: Url, mode: str) -> bool:
    """claude-sonnet-4-6 sent to OpenAI's API, gpt-4o to Groq's: an ID only another vendor's
    own API serves is not found where requests go (SW316). A router serves everyone's; a
    provider whose catalog lists the ID serves it."""
    vendor = vendor_of(model)
    if vendor is None or vendor is provider or provider.router or provider.hosts_others or \
            provider.knows_model(model) or provider.retired_model(model):
        return False
    if vendor.slug == "anthropic" and names.ANTHROPIC_CLIENT_NAME.search(c.name("base_url")):
        # An Anthropic-format API of another vendor (DeepSeek's /anthropic, for Claude Code)
        # takes Claude's names and maps them to its own models (docs/sources.md#deepseek-api):
        # nothing to say of the name, and no catalog of the vendor's to judge it by.
        return True
    words = _vendor_words(vendor)
    if _vendor_key_set(c, vendor, besides=c.name("provider_key")) or (
            vendor.slug != "openai" and names.names_any(name, words)
            and not names.names_any(c.name("base_url"), words)):
        # The vendor's own client's model: picked by the model's name where the file sets
        # that vendor's key, or read under the vendor's word (XAI_MODEL beside an OpenAI
        # client's URL; OpenAI's word is any OpenAI-compatible API's). Judged where it goes.
        _against(c, name, line, vendor, model, "")
        return True
    gone = vendor.retired_model(model)
    if gone is not None and gone.redirect is None:  # (no way back to its vendor)
        what = f"is {vendor.name}'s model, which {vendor.name} has shut down"
        elsewhere = ""
    else:
        what = f"is a model only {vendor.name} serves"
        elsewhere = (f", or point {c.name('base_url')} at {vendor.name} "
                     f"({url_for(c, vendor, url)})"  # the gateway's route, where the file uses it
                     + (f" with {fields.with_article(vendor.name)} key"
                        if mode in KEY_SENDING_MODES else ""))
    c.out.add("SW316", name, line,
              f"{name}={shown_value(model)} {what}, but requests go to {provider.name}, which "
              "answers 404 model_not_found",
              f"set {name}={provider.default_model} ({fields.with_article(provider.name)} "
              f"model){elsewhere}")
    return True


def _vendor_model_by_default(c: Ctx, name: str, line: int | None,
                             provider: providers.Provider, model: str) -> bool:
    """claude-*, gemini-*, deepseek-chat beside an OpenAI key and no base URL at all (a base
    URL commented out, or never written): the OpenAI SDK sends it to api.openai.com (404
    model_not_found), and an app that picks the provider by the model's name (LiteLLM) needs
    that vendor's key, which the file does not set either (SW320). A warning: the key or the
    URL may come from the environment, or the app may call the vendor's own client."""
    vendor = vendor_of(model)
    if vendor is None or vendor is provider or provider.slug != "openai" \
            or provider.knows_model(model) or c.claude_platform \
            or names.names_any(name, _vendor_words(vendor)) or _vendor_key_set(c, vendor):
        return False
    key = c.roles.get("provider_key")
    if key is None or key.name.upper() != provider.key_var or \
            providers.foreign_key((c.values.get(key.name) or "").strip()) is not None:
        return False  # (only the OpenAI SDK's own key says its default host is where it goes)
    for n, v in c.values.items():
        if n in c.unresolved and (names.API_URL_NAME.search(n) or ELSEWHERE_NAME.search(n)
                                  or names.names_any(n, _vendor_words(vendor))):
            return False  # (a base URL or the vendor's key known only at run time)
        if v and v.strip().lower().startswith(("http://", "https://")) and (
                names.API_URL_NAME.search(n) or ELSEWHERE_NAME.search(n)):
            return False  # (a URL under an API's name: an app's own client may send there)
        if vendor.slug == "google-ai-studio" and _VERTEX_NAME.search(n):
            return False  # (Gemini on Vertex AI: Google Cloud credentials, no Gemini key)
    gone = vendor.retired_model(model)
    shut = gone is not None and gone.redirect is None
    what = (f"is {vendor.name}'s model, which {vendor.name} has shut down" if shut
            else f"is a model only {vendor.name} serves")
    then = f" and {name}={replacement(vendor, model)}" if shut else ""
    c.out.add("SW320", name, line,
              f"{name}={shown_value(model)} {what}, but the file "
              f"sets no base URL: the OpenAI SDK sends it to api.openai.com (404 "
              f"model_not_found), and an app that picks the provider by the model's name "
              f"(LiteLLM) needs {vendor.key_var}, which the file does not set either",
              f"set OPENAI_BASE_URL={vendor.direct_base_url} with "
              f"{fields.with_article(vendor.name)} key in {key.name}{then}, or set "
              f"{vendor.key_var}{then}")
    return True


# Names that hold where an app sends besides API_URL_NAME's (LobeChat's OPENAI_PROXY_URL,
# AZURE_OPENAI_ENDPOINT, an API_HOST), and Google Cloud's (Gemini through Vertex AI).
ELSEWHERE_NAME = re.compile(r"(?i)(?:^|_)(?:ENDPOINT|HOST|PROXY(?:_URL)?)$")
_VERTEX_NAME = re.compile(r"(?i)^(?:GOOGLE_CLOUD_|GOOGLE_APPLICATION_CREDENTIALS$|VERTEX)")


_KEY_FAMILY = next(p for p in names.PATTERNS if p.role == "provider_key")


@functools.cache
def _vendor_words(vendor: providers.Provider) -> frozenset[str]:
    """The words a vendor's variables use: ANTHROPIC and CLAUDE, XAI and GROK, OPENAI."""
    return frozenset(providers.catalog_words(vendor) or (
        vendor.key_var.split("_API_")[0], vendor.slug.upper().replace("-", "_")))


def _vendor_key_set(c: Ctx, vendor: providers.Provider, besides: str | None = None) -> bool:
    """A key of `vendor`'s own set (ANTHROPIC_API_KEY, or an sk-ant- key under any name) in a
    variable other than `besides`: the app has a client for that vendor. Beside a Groq URL
    (`besides`: the key requests carry there), apps that pick the client by the model's name
    (LiteLLM, so aider; LangChain's init_chat_model) send claude-* to it, whatever the base
    URL says; beside AWS settings, Claude goes to Anthropic's API, not Bedrock."""
    global _KEYS_SET
    read = _KEYS_SET  # (one object, swapped whole: a lint in another thread keeps its own)
    if read[0] is not c.values or read[1] is not c.unresolved:
        read = _KEYS_SET = (c.values, c.unresolved, {})
    asked = (vendor.slug, besides)
    if asked not in read[2]:  # (each model of a file asks: read the file once per question)
        read[2][asked] = _vendor_key_in(c, vendor, besides)
    return read[2][asked]


# The last file's values and unresolved names (by identity: kept alive here, so never
# another's) and _vendor_key_set's answers for it.
_KEYS_SET: tuple[object, object, dict[tuple[str, str | None], bool]] = (None, None, {})


def _vendor_key_in(c: Ctx, vendor: providers.Provider, besides: str | None) -> bool:
    google = vendor.slug == "google-ai-studio"
    words = _GEMINI_KEY_WORDS if google else _vendor_words(vendor)
    for n, raw in c.values.items():
        v = (raw or "").strip()
        if n == besides or not v or fields.is_placeholder(v) or n in c.unresolved:
            continue
        foreign = None if google else providers.foreign_key(v)
        if (foreign is not None and foreign.vendor == vendor.name) or \
                providers.key_owners(v) == [vendor] or (google and n in _GEMINI_KEY_NAMES) or \
                (names.names_any(n, words) and _KEY_FAMILY.matches(n)):
            return True
    return False


# An AIza... key is every Google API's (Maps, Firebase, YouTube): only Gemini's own names say a
# Gemini client (GEMINI_API_KEY; GOOGLE_API_KEY, LangChain's; the AI SDK's
# GOOGLE_GENERATIVE_AI_API_KEY), not GOOGLE_MAPS_API_KEY.
_GEMINI_KEY_WORDS = frozenset({"GEMINI", "VERTEX"})
_GEMINI_KEY_NAMES = frozenset({"GOOGLE_API_KEY", "GOOGLE_GENERATIVE_AI_API_KEY"})


def key_to_paste(c: Ctx, provider: providers.Provider, mode: str) -> str:
    """What a fix that points the URL at `provider` must add: the key the request will carry
    there (as roles would pick it), when it is not that provider's key."""
    if mode not in KEY_SENDING_MODES:
        return ""
    b = c.roles.get("provider_key")
    follows_url = b is not None and b.row is not None and b.row.provider is None
    key_name = (provider.key_var if c.values.get(provider.key_var) is not None
                else b.name if follows_url and b is not None else provider.key_var)
    if provider.key_pattern is None or provider.key_matches(judged_value(c, key_name)):
        return ""
    return f" and paste {fields.with_article(provider.name)} key into {key_name}"


def judged_value(c: Ctx, name: str) -> str:
    return (c.values.get(name) or "").strip()


def _without_url(c: Ctx, mode: str, hint: providers.Provider) -> providers.Provider | None:
    """Where requests go with no base URL: init's apps through the gateway go to the hint's
    provider; otherwise a provider named by a variable (LLM_PROVIDER, the key's own name:
    GROQ_API_KEY alone means the Groq SDK), then a provider's name leading the model's own
    variable (GROQ_MODEL)."""
    if mode in GATEWAY_MODES:
        return hint
    if c.roles.url_provider:
        return c.roles.url_provider
    named = _named_provider(c.name("model"))
    if named is not None:
        return named
    b = c.roles.get("provider_key")
    if b is not None and b.clients[0].default_url:
        return providers.by_direct_url(b.clients[0].default_url)
    if c.roles.ours:
        keys = [p for p in providers.PROVIDERS.values() if c.values.get(p.key_var)]
        return providers.PROVIDERS["openai"] if not keys else hint
    return None


def _named_provider(name: str) -> providers.Provider | None:
    """GROQ_MODEL, MISTRAL_MODEL_NAME, APP_GROQ_MODEL: the provider a word of the variable's
    name names (the first such word, unless another service's name comes first)."""
    by_word = _providers_by_word()
    for word in name.upper().split("_"):
        if word in providers.OTHER_SERVICE_WORDS:
            return None  # AZURE_OPENAI_MODEL: Azure's deployment, not OpenAI's own API
        found = by_word.get(word)
        if found is not None:
            return found
    return None


@functools.cache
def _providers_by_word() -> dict[str, providers.Provider]:
    """Each provider's slug and name, upper-cased, to the provider (the first in the table's
    order): built once, not once per word of every model's name (a 1 MiB name of 500,000
    words took 1.2 s)."""
    out: dict[str, providers.Provider] = {}
    for p in providers.PROVIDERS.values():
        for word in (p.slug.upper(), p.name.upper()):
            out.setdefault(word, p)
    return out


_PLACEHOLDER_PART = re.compile(r"<[^<>]*>|\{\{[^{}]*\}\}|\byour[_-]\w*", re.IGNORECASE)


def _fix_provider(c: Ctx, name: str, url_provider: providers.Provider | None
                  ) -> providers.Provider:
    """Whose model a second model variable's fix names: its own base URL's provider
    (DEEPSEEK_MODEL beside DEEPSEEK_BASE_URL), else the provider its name names, else where
    the file's base URL points (a placeholder there is no ID of the primary provider's)."""
    head = names.head(name)
    b = c.roles.get("base_url")
    if b is not None and names.head(b.name) == head:
        return url_provider or GROQ
    return c.url_heads.get(head) or _named_provider(name) or url_provider or GROQ


def _placeholder(c: Ctx, name: str, line: int | None, model: str,
                 provider: providers.Provider) -> bool:
    """A model ID with a placeholder left in it (<custom>/..., your_model): SW310."""
    if fields.names_itself(model, name):
        c.out.add("SW310", name, line, f"{name} holds its own name, a placeholder, not a model "
                  "ID; it is sent as it is", f"set {name}={provider.default_model}")
        return True
    if not (_PLACEHOLDER_PART.search(model) or fields.is_placeholder(model)):
        return False
    rest = _PLACEHOLDER_PART.sub("", model).strip("/: ")
    fixed = rest if rest and not fields.is_placeholder(rest) and not _PLACEHOLDER_PART.search(
        rest) else provider.default_model
    c.out.add("SW310", name, line, f"{name} holds a placeholder ({shown_value(model)!r}), "
              "not a model ID; "
              "it is sent as it is", f"set {name}={fixed}")
    return True


# A display name where the ID goes ("gpt-4o mini", "Claude 3.5 Sonnet"): a few words, not a
# list (commas, semicolons) nor a sentence.
_DISPLAY_NAME = re.compile(r"[\w.:/-]+(?:[ \t]+[\w.:/-]+){1,3}")


# Words of a name that holds text about a model, not its ID (MODEL_DISPLAY_NAME, a UI's
# label), or several IDs (MODEL_NAMES, MODEL_LIST): a blank there is no mistake.
_NOT_AN_ID = frozenset({"DISPLAY", "LABEL", "DESCRIPTION", "DESC", "TITLE", "ALIAS", "NICKNAME",
                        "FAMILY", "NAMES", "LIST", "IDS"})


def _bedrock_on_anthropic(c: Ctx, name: str, line: int | None, model: str) -> bool:
    """A partner platform's form of a Claude model ID (Bedrock's us.anthropic.claude-...,
    Google Cloud's claude-...@YYYYMMDD) in an Anthropic client's variable of a file that
    selects no other platform (no AWS settings, no Claude Code switch or platform setting) and
    sends nowhere but Anthropic's API: Anthropic's API does not know it (SW315, a warning: the
    app may call that platform itself)."""
    if names.head_word(name) not in ("ANTHROPIC", "CLAUDE") or c.aws_settings \
            or c.claude_platform or c.claude_url_elsewhere or c.local_api_url:
        return False
    found = _platform_form(model)
    if found is None:
        return False
    platform, native = found
    # A model Anthropic shut down: the fix is whole (its name alone would bring SW301).
    gone = ANTHROPIC.retired_model(native)
    c.out.add("SW315", name, line, f"{name}={shown_value(model)!r} is a Claude model ID as "
              f"{platform} writes it; Anthropic's own API knows only its own name for that "
              f"model, {native}" + (", which Anthropic has also shut down" if gone else ""),
              f"set {name}={replacement(ANTHROPIC, native) if gone else native}")
    return True


def _platform_form(model: str) -> tuple[str, str] | None:
    """(the partner platform whose form of a Claude ID `model` is, the ID Anthropic's own API
    gives that model), from model_facts.CLAUDE_PLATFORM_IDS; None for any other value."""
    value = model.strip()
    if len(value) > _NEAR_MISS_MAX:  # (no ID is longer)
        return None
    for platform, pattern, _src in CLAUDE_PLATFORM_IDS:
        m = pattern.fullmatch(value)
        if m is not None:
            date = m.groupdict().get("date")
            return platform, m.group("id") + (f"-{date}" if date else "")
    return None


# Ollama's model names: `model:tag`, lower case, the tag optional (its API docs, "Model
# names": https://github.com/ollama/ollama/blob/main/docs/api.md#model-names).
_OLLAMA_NAME = re.compile(r"[a-z0-9][a-z0-9._-]*:[\w.-]+")


def _no_provider_it_knows(c: Ctx, name: str, line: int | None, model: str) -> bool:
    """A model under a name whose client reads `<provider>:<model>` and takes only providers
    of its own (gpt-researcher's FAST_LLM, SMART_LLM, STRATEGIC_LLM: names.GPT_RESEARCHER):
    text before the first ':' that is not one of them, or no ':' at all, stops the app at
    start-up (SW318). `ollama:qwen2.5:latest` is right (the tag's ':' is the model's)."""
    row = names.BY_NAME.get(name)  # (its exact name: an app's MY_FAST_LLM is another's)
    client = next((x for x in row.clients if x.model_providers), None) if row else None
    if client is None:
        return False
    value = model.strip()
    head, colon, _rest = value.partition(":")
    if colon and head in client.model_providers:
        return False
    said = (f"{name}={shown_value(value)!r}: {client.name} reads the text before the first "
            f"':' as the provider, {shown_value(head)!r}, which is not one of its own"
            if colon else f"{name}={shown_value(value)!r} names no provider; {client.name} "
            "reads it as <provider>:<model>") + ", and stops at start-up"
    fixed, gone = _with_provider(client, value)
    c.out.add("SW318", name, line, said + gone, f"set {name}={fixed}")
    return True


def _with_provider(client: names.Client, value: str) -> tuple[str, str]:
    """`value` with the provider the client needs in front, and what the message adds: the
    one it misspells (OpenAI:, opnai:), the one it names with no model after it, the vendor
    whose own ID it is (openai:gpt-4o-mini; a model that vendor shut down replaced, so the
    fix is whole), Ollama's for an Ollama name (ollama:qwen2.5:latest); else a choice."""
    head, colon, rest = value.partition(":")
    low = head.lower()
    close = [p for p in client.model_providers if len(low) >= 4 and _one_edit(low, p)]
    if colon and (low in client.model_providers or len(close) == 1):
        return f"{low if low in client.model_providers else close[0]}:{rest}", ""
    if not colon and low in client.model_providers:  # FAST_LLM=groq: no model
        return f"{low}:<model>", ""
    vendor = vendor_of(value) or _sole_server(value)
    word = names.GPT_RESEARCHER_VENDORS.get(vendor.slug) if vendor is not None else None
    if vendor is not None and word in client.model_providers:
        gone = vendor.retired_model(value)
        return (f"{word}:{replacement(vendor, value)}",
                f"; {vendor.name} has also shut {value} down") if gone else (f"{word}:{value}", "")
    if _OLLAMA_NAME.fullmatch(value) and vendor_of(head) is None:
        return f"ollama:{value}", ""
    return (f"<provider>:{value} with <provider> one of {client.name}'s: "
            + ", ".join(sorted(client.model_providers))), ""


def _sole_server(model: str) -> providers.Provider | None:
    """The one provider (not a router) whose catalog names `model`, served or retired."""
    found = [p for p in providers.PROVIDERS.values() if not p.router
             and (p.knows_model(model) or p.retired_model(model))]
    return found[0] if len(found) == 1 else None


def _blank_inside(c: Ctx, name: str, line: int | None, model: str) -> bool:
    """No provider's model ID holds a blank (OpenAI, Groq, Anthropic, Google, Mistral and
    OpenRouter IDs are written with - . / :), so a model with one is a display name, sent as
    it is and refused (SW314, a warning: an app may map display names to IDs itself)."""
    if not _DISPLAY_NAME.fullmatch(model.strip()) or _NOT_AN_ID & set(name.upper().split("_")):
        return False
    fixed = re.sub(r"\s+", "-", model.strip()).lower()
    known = providers.in_any_catalog(fixed)
    c.out.add("SW314", name, line, f"{name}={shown_value(model)!r} has a blank inside; model "
              "IDs have none (a display name is not the ID the API takes)",
              f"set {name}={fixed}" if known else
              f"set {name} to the model's ID as the provider's model list writes it")
    return True


def _key_as_model(c: Ctx, name: str, line: int | None, model: str,
                  provider: providers.Provider) -> bool:
    """A key or token pasted where the model goes: no provider serves it, whether or not
    its catalog is complete (SW302), and it must never be echoed (shown masked)."""
    shown = shown_value(model)
    if shown == model:
        return False
    c.out.add("SW302", name, line, f"{name} holds a key or token ({shown}), not a model ID",
              f"set {name}={provider.default_model}")
    return True


def _against(c: Ctx, name: str, line: int | None, provider: providers.Provider, model: str,
             prefix: str, complete: bool = False, suffix: str = "",
             own_api: bool = False) -> None:
    """Retired (error), unknown (warning, complete catalogs only, or `complete`: where the
    request certainly goes to that provider's own API), not in the provider's ID form
    (warning), or known to a catalog checked too long ago (SW390, warning) for `provider`:
    every model lint judges against a catalog comes through here. `own_api`: the request
    goes to the provider's own API whatever the file's base URL says (no SW317)."""
    if provider.model_form and not re.fullmatch(provider.model_form, model) \
            and not provider.retired_model(model):
        c.out.add("SW311", name, line,
                  f"{name}={shown_value(model)!r} is not in {provider.name}'s model ID form, "
                  f"{provider.model_form_words}", f"set {name}={prefix}<vendor>/{model}")
        return
    if provider.router and _vendor_retired(c, name, line, provider, model, prefix):
        return
    problems = fields.check_model(provider, model)
    stale = None if problems else stale_catalog(provider, model)
    if stale is not None:  # served, as far as a catalog this old can say
        c.out.problem(stale, name, line)
    for p in problems:
        # (`complete`: the request goes to the provider's own API, no other host's schedule)
        if p.code == "SW301" and not (complete or own_api) and \
                _other_host_said(c, name, line, provider, model, prefix):
            continue
        if p.code in ("SW301", "SW313"):
            c.out.problem(p, name, line, retired_fix(name, provider, model, prefix, suffix))
        elif p.code == "SW302" and (provider.complete_catalog or complete):
            c.out.add("SW302", name, line, *_unknown(name, provider, model, prefix, suffix))
        elif p.code != "SW302":
            c.out.problem(p, name, line)


def _unknown(name: str, provider: providers.Provider, model: str, prefix: str,
             suffix: str = "") -> tuple[str, str]:
    """SW302's message and fix (see _unknown_parts)."""
    said, to, others = _unknown_parts(name, provider, model)
    return said, f"set {name}={prefix}{to}{suffix}" + (
        f" (or one of: {', '.join(others)})" if others else "")


def _unknown_parts(name: str, provider: providers.Provider,
                   model: str) -> tuple[str, str, tuple[str, ...]]:
    """SW302's message, the ID its fix writes and the other IDs it may offer: the ID in lower
    case where that is known; the ID the value misspells (near_miss), or its replacement where
    that one is gone or going; else the catalog's models, the default first."""
    said = f"{name}: {shown_value(model)!r} is not a model this tool knows for {provider.name}"
    lower = model.lower()
    if provider.knows_model(lower):
        return said, lower, ()
    meant = near_miss(provider, model)
    if meant is not None:
        fixed, note = _meant(provider, meant)
        return said + note, fixed, ()
    return said, provider.models[0], provider.models[1:]


def _meant(provider: providers.Provider, meant: str) -> tuple[str, str]:
    """The ID a fix writes for the `meant` catalog ID, and what the message adds."""
    gone = provider.retired_model(meant)
    if gone is not None:
        when = f"on {gone.shutdown}" if gone.shutdown else "(date not public)"
        return (gone.replacement or provider.default_model,
                f"; it reads as {gone.id}, which {provider.name} shut down {when}")
    going = provider.deprecation(meant)
    if going is not None and going.replacement:
        when = f"on {going.shutdown}" if going.shutdown else "(date not public)"
        return (going.replacement,
                f"; it reads as {meant}, which {provider.name} shuts down {when}")
    return meant, f"; it reads as {meant}"


_NOT_A_TOKEN = re.compile(r"\d{8}|latest")  # a snapshot's date, a -latest alias's word
_NEAR_MISS_MAX = 200  # (no ID is longer; a longer value is no misspelt ID)


def _id_words(model: str) -> tuple[str, ...]:
    """The words of an ID, in any order, without a snapshot's date: claude-4-sonnet,
    claude-sonnet-4 and claude-sonnet-4-20250514 have the same; claude-3.5-sonnet and
    claude-3-5-sonnet-latest too."""
    return tuple(sorted(w for w in re.split(r"[-._@]", model.lower())
                        if w and not _NOT_A_TOKEN.fullmatch(w)))


def _one_edit(a: str, b: str) -> bool:
    """a and b differ by one insertion, deletion, substitution or swap of neighbours."""
    return abs(len(a) - len(b)) <= 1 and roles.osa(a, b) == 1


@functools.cache
def _catalog_ids(provider: providers.Provider) -> tuple[str, ...]:
    """Every ID the catalog names: served first (offered, known, deprecated), then retired."""
    return (*provider.models, *provider.known_models, *(d.id for d in provider.deprecated),
            *(r.id for r in provider.retired))


def near_miss(provider: providers.Provider, model: str) -> str | None:
    """The catalog ID an unknown `model` misspells: the same words in another order or with
    dots for dashes (claude-4-sonnet, claude-3.5-sonnet: the model's own ID without its date;
    a served one first, as an alias and its snapshot are one model), else one edit away
    (claude-sonet-4-6). None where no ID fits, or IDs whose fixes differ (claude-opus-4-9)."""
    if len(model) > _NEAR_MISS_MAX:
        return None
    return _near_miss(provider, model)


@functools.lru_cache(maxsize=1024)  # (a list may name one ID many times; IDs are short)
def _near_miss(provider: providers.Provider, model: str) -> str | None:
    ids = _catalog_ids(provider)
    words = _id_words(model)
    same = [i for i in ids if _id_words(i) == words]
    served = [i for i in same if provider.knows_model(i)]
    if served:
        return served[0]
    plain = model.lower().replace(".", "-")
    for fits in (same, [i for i in ids if _one_edit(plain, i.lower().replace(".", "-"))]):
        if fits and len({_meant(provider, i)[0] for i in fits}) == 1:
            return fits[0]
    return None


def claude_api_model(c: Ctx, name: str, model: str) -> tuple[str, str, str] | None:
    """(ID, prefix, suffix) of a model that certainly goes to Anthropic's own API, whose catalog is
    then complete: LiteLLM's anthropic/ (pydantic-ai's anthropic:) beside an Anthropic key,
    or a bare ID under a Claude client's name (ANTHROPIC_MODEL, CLAUDE_MODEL, Claude Code's
    ANTHROPIC_DEFAULT_*_MODEL, CLAUDE_CODE_SUBAGENT_MODEL) with no other platform selected;
    either with no base URL it reads pointing elsewhere. None otherwise, and for Claude
    Code's own aliases (sonnet, opusplan), which Claude Code resolves itself; a 1M window's
    [1m] is no part of the ID."""
    route = split_route(model, _format(c, name), catalog=True)
    if route is not None:
        if route[0] is not ANTHROPIC or not _vendor_key_set(c, ANTHROPIC) \
                or _other_named(name) or _router_key_set(c):
            return None
        bare, prefix = route[1], model[: len(model) - len(route[1])]
    elif _claude_name(name) and not c.claude_platform:
        bare, prefix = model, ""
    else:
        return None
    bare, suffix = _split_window(bare)
    if not bare or bare.lower() in CLAUDE_CODE_ALIASES or c.claude_url_elsewhere \
            or c.local_api_url or not _anthropic_url(c.v.get("base_url") or ""):
        return None
    return bare, prefix, suffix


# Words of a name that say it is not one model ID for Anthropic's API: another platform's or
# a custom picker entry's (ANTHROPIC_CUSTOM_MODEL_OPTION, whatever a gateway accepts).
_NOT_CLAUDE_API = frozenset({"BEDROCK", "VERTEX", "FOUNDRY", "MANTLE", "AWS", "CUSTOM"})


def _claude_name(name: str) -> bool:
    """A Claude client's model variable, naming no other service or provider."""
    words = set(name.upper().split("_"))
    return names.head_word(name) in ("ANTHROPIC", "CLAUDE") and not (
        words & (_NOT_CLAUDE_API | _NOT_AN_ID)) and not _other_named(name)


def _other_named(name: str) -> bool:
    """A word of the name names a provider or service other than Anthropic (OPENROUTER_MODEL,
    OLLAMA_CLAUDE_MODEL)."""
    words = set(name.upper().split("_")) - {"ANTHROPIC", "CLAUDE"}
    return bool(words & (set(_providers_by_word()) | providers.OTHER_SERVICE_WORDS))


def _router_key_set(c: Ctx) -> bool:
    """A router's key in the file (OPENROUTER_API_KEY, an sk-or-v1- key under any name): the
    app may send its vendor/model IDs there, whose names are the router's own."""
    routers = [p for p in providers.PROVIDERS.values() if p.router]
    return any((v or "").strip() and (n == p.key_var or (
        p.key_pattern is not None and p.key_matches((v or "").strip())))
        for n, v in c.values.items() for p in routers)


def claude_elsewhere(values: Mapping[str, str | None],
                     unresolved: Mapping[str, list[str]]) -> tuple[bool, bool]:
    """(a base URL under a Claude name is not Anthropic's own API, another platform than
    Anthropic's API is selected), once per file: a relay, another vendor's /anthropic or a
    value not known yet; Bedrock, Vertex, Foundry or Claude Platform on AWS switched on (not
    to a false word) or configured, or AWS settings beside (Bedrock's credentials)."""
    url_elsewhere = platform = False
    for n, raw in values.items():
        v = (raw or "").strip()
        if names.API_URL_NAME.search(n) and names.ANTHROPIC_CLIENT_NAME.search(n) and (
                n in unresolved or not _anthropic_url(v)):
            url_elsewhere = True
        switch = names.CLAUDE_PLATFORM_NAME.match(n)
        if v and ((switch and v.lower() not in FALSE_VALUES)
                  or (not switch and _AWS_NAME.search(n))):
            platform = True
    return url_elsewhere, platform


_AWS_NAME = re.compile(r"(?i)AWS|BEDROCK")  # (as Ctx.aws_settings reads names)


def _anthropic_url(url: str) -> bool:
    """Empty, Anthropic's API host, or an AI Gateway URL whose provider is anthropic."""
    if not url:
        return True
    parsed = gateway.parse_gateway_url(url)
    return providers.same_host(url, ANTHROPIC.direct_base_url) or (
        parsed is not None and (parsed.slug or "").lower() == "anthropic")


# A router's vendor names that are not the vendor's slug here (OpenRouter's google/).
_ROUTER_VENDORS = {"google": "google-ai-studio"}


def _vendor_retired(c: Ctx, name: str, line: int | None, router: providers.Provider,
                    model: str, prefix: str) -> bool:
    """openai/o3-mini on OpenRouter: the vendor shut the model down (SW312, a warning: another
    host of the same model may still serve it there)."""
    vendor, sep, bare = model.lstrip("~").partition("/")
    base, colon, variant = bare.rpartition(":")
    if colon and variant.lower() in router.variant_suffixes:
        bare = base  # anthropic/claude-3.5-sonnet:free is anthropic/claude-3.5-sonnet's
    if not sep or vendor.lower() not in (*router.verbatim_vendors, *router.respelled_vendors):
        return False
    owner = providers.with_catalog(_ROUTER_VENDORS.get(vendor.lower(), vendor.lower()))
    if owner is None:
        return False
    gone = owner.retired_model(bare) if vendor.lower() in router.verbatim_vendors \
        else respelled_retired(owner, bare)
    if gone is None:
        return False
    when = f" on {gone.shutdown}" if gone.shutdown else ""
    c.out.add("SW312", name, line,
              f"{name}={shown_value(model)}: {owner.name} shut {bare} down{when}; {router.name} "
              f"passes {vendor}/ models to {owner.name}",
              f"set {name}={prefix}{router.default_model} (or another model {router.name} lists)")
    return True


def respelled_retired(owner: providers.Provider, bare: str) -> RetiredModel | None:
    """The vendor's shutdown a router's respelled ID stands for (claude-3.5-sonnet: Anthropic's
    claude-3-5-sonnet-YYYYMMDD snapshots), when every ID it can stand for is shut down: one
    still served or only deprecated (claude-sonnet-4-5) keeps it alive."""
    stem = bare.lower().replace(".", "-")
    if owner.retired_model(stem) is not None:  # claude-opus-4-1: an alias the vendor retired
        return owner.retired_model(stem)
    snapshot = re.compile(re.escape(stem) + r"(?:-\d{8}|-latest|-0)?")
    if any(snapshot.fullmatch(m.lower()) for m in (*owner.models,
                                                    *(d.id for d in owner.deprecated))):
        return None
    gone = [r for r in owner.retired if snapshot.fullmatch(r.id.lower())]
    return max(gone, key=lambda r: r.shutdown or "") if gone else None


def _compat(c: Ctx, name: str, line: int | None, model: str) -> providers.Provider | None:
    problems, provider, bare = fields.check_compat_model(model)
    for p in problems:
        c.out.problem(p, name, line, _set_model(name, p.fix, bare))
    if provider is None:
        # No prefix: SW303's fix spells it for Groq, so the rest (the key) is judged as it
        # will be once the model is fixed, and following the fix brings no new finding.
        return GROQ if any(p.code == "SW303" for p in problems) else None
    if provider is not GROQ and not provider.knows_model(bare) and (
            GROQ.knows_model(model) or GROQ.retired_model(model)
            or GROQ.knows_model(bare) or GROQ.retired_model(bare)):
        groq_id = model if GROQ.knows_model(model) or GROQ.retired_model(model) else bare
        fixed = groq_id if GROQ.knows_model(groq_id) else replacement(GROQ, groq_id)
        c.out.add("SW307", name, line,
                  f"{name}={shown_value(model)} goes to {provider.name} on compat (the prefix "
                  f"{provider.compat_prefix}/ picks the provider), which does not serve it: "
                  "it is a Groq model", f"set {name}=groq/{fixed}")
        return GROQ  # the rest is judged as it will be once the model is fixed
    _against(c, name, line, provider, bare, f"{provider.compat_prefix}/")
    return provider


def _set_model(name: str, fix: str | None, bare: str = "") -> str | None:
    """fields says "write it as groq/x (or ...)"; lint says the assignment to make."""
    m = re.match(r"write (?:the model|it) as (\S+)", fix or "")
    if m:
        return f"set {name}={m.group(1)}" + (fix or "")[m.end():]
    m = re.match(r"use one of: (.*)", fix or "")
    if m:  # an unknown compat prefix: which provider was meant is the user's to say
        return f"set {name}=<provider>/{bare} with <provider> one of: {m.group(1)}"
    return fix


def check_other(c: Ctx, name: str, value: str, url_provider: providers.Provider | None) -> None:
    """A model in a variable that is not the model role: judged only where it is clearly
    Groq's (its own groq/ or groq: prefix, a GROQ_ name, a Groq base URL, or Groq's spelling)."""
    line = c.lines.get(name)
    if _placeholder(c, name, line, value, _fix_provider(c, name, url_provider)) \
            or _key_as_model(c, name, line, value, url_provider or GROQ) \
            or _blank_inside(c, name, line, value) \
            or _bedrock_on_anthropic(c, name, line, value) \
            or _no_provider_it_knows(c, name, line, value):
        return
    written = value  # (claude_api_model reads Claude Code's [1m] itself)
    value, window = _without_window(name, value)
    route = split_route(value, _format(c, name))
    if route is not None:
        provider, bare, _sep = route
        prefix = value[: len(value) - len(bare)]
        if provider is GROQ:
            _against(c, name, line, provider, bare, prefix)
        elif provider.retired_model(bare):
            _retired_only(c, name, line, provider, bare, prefix)
        return
    head = names.head(name)
    named = _named_provider(name)
    # ANTHROPIC_SMALL_FAST_MODEL beside ANTHROPIC_BASE_URL: one client's settings, so the
    # model goes where that base URL points, whatever service the prefix names.
    b = c.roles.get("base_url")
    with_url = b is not None and names.head(b.name) == head
    # (a word anywhere in the name: OLLAMA_MODEL, and an app's ENSIA_GEMINI_MODEL too)
    other_service = providers.names_other_service(name)
    for_groq_url = url_provider is GROQ and (with_url or (not other_service and named is None))
    if names.stem(name) in c.foreign_heads and not with_url:
        return  # beside its own URL on a server with names of its own: that server's name
    if named is GROQ or for_groq_url or (_groq_named(value)
                                         and claude_api_model(c, name, written) is None):
        _against(c, name, line, GROQ, value, "")
    elif with_url and url_provider is not None and url_provider.retired_model(value):
        _retired_only(c, name, line, url_provider, value, "")
    elif (sibling := c.url_heads.get(head)) is not None:  # DEEPSEEK_API_MODEL: its own URL
        # Judged against that provider's catalog as the primary model is: retired (error),
        # unknown where the catalog is complete (warning).
        _against(c, name, line, sibling, value, "", suffix=window)
    else:
        # No base URL: requests go to a provider's own API. A provider the name names
        # (OPENAI_MODEL beside LLM_PROVIDER=groq) is that client's, whatever the hint says.
        own = url_provider is None or (named is not None and named is not url_provider)
        _retired_anywhere(c, name, line, written, url_provider,
                          no_base_url=own and c.roles.get("base_url") is None)


def _retired_anywhere(c: Ctx, name: str, line: int | None, model: str,
                      url_provider: providers.Provider | None, no_base_url: bool) -> None:
    """A retired id judged by its retirer alone: with no base URL the requests go to a
    provider's own API, where the id is gone (a local server or a relay may still answer to
    it, so not where one is set), and an id in a namespace only its provider serves (@cf/)
    is gone wherever it is sent. Where the request certainly goes to Anthropic's own API,
    its catalog is complete: an unknown ID is said too (claude_api_model)."""
    claude = claude_api_model(c, name, model)
    if claude is not None:
        bare, prefix, suffix = claude
        _against(c, name, line, ANTHROPIC, bare, prefix, complete=True, suffix=suffix)
        return
    head = names.head_word(name)
    route = split_route(model, _format(c, name), catalog=True)
    if route is not None and route[0].slug in providers.CATALOG_ONLY:
        # anthropic:x (pydantic-ai), anthropic/x (LiteLLM): the vendor's own API, unless a
        # base URL sends it elsewhere (a proxy's names are its own), also one no role holds.
        if no_base_url and not c.local_api_url:
            _retired_only(c, name, line, route[0], route[1], model[: len(model) - len(route[1])])
        return
    owner = sole_retirer(model)
    own_words = providers.catalog_words(owner) if owner is not None else ()
    catalog_only = owner is not None and owner.slug in providers.CATALOG_ONLY
    # A catalog-only vendor's own API as the base URL (Anthropic's OpenAI-compatible /v1,
    # Moonshot's api.moonshot.cn/v1).
    at_owner = catalog_only and owner is not None and (
        providers.catalog_vendor_base(c.v.get("base_url") or "") is owner
        or (providers.on_own_host(c.v.get("base_url") or "", owner)
            and not owner.names_shared)
        or c.url_heads.get(names.head(name)) is owner)
    # A catalog-only vendor's id beside some API URL (LITELLM_BASE_URL=http://localhost:4000)
    # may go to that proxy, which keeps its own names and schedules.
    proxied = catalog_only and c.local_api_url and not at_owner
    # A vendor whose IDs others serve under the same names (Moonshot's kimi-k2.5 on
    # DashScope, DashScope's own in its US region): with no base URL, only under its name.
    shared = owner is not None and owner.names_shared
    sibling = c.url_heads.get(names.head(name))
    if owner is not None and not proxied and (sibling is None or sibling is owner) and (
            owner.owns_id(model) or owner is url_provider or at_owner or (
            no_base_url and ((not shared and head not in providers.OTHER_SERVICE_WORDS)
                             or head in own_words
                             or (shared and head in _vendor_words(owner))))):
        _retired_only(c, name, line, owner, model, "")


def sole_retirer(model: str) -> providers.Provider | None:
    """The one provider that retired this exact id (its case too), when no catalog still
    serves it: at the providers' own APIs that id is gone (`@cf/meta/llama-3-8b-instruct`,
    `gpt-3.5-turbo`). Callers use it only where no other server is named."""
    if not model or ("/" in model and not model.startswith("@")):
        return None  # a vendor/model id belongs to a router's or a compat catalog
    every = providers.EVERY_CATALOG
    gone = [p for p in every if (r := p.retired_model(model)) is not None and r.id == model]
    if len(gone) != 1 or any(p.knows_model(model) for p in every):
        return None
    return gone[0]


def _retired_only(c: Ctx, name: str, line: int | None, provider: providers.Provider,
                  model: str, prefix: str) -> None:
    for p in fields.check_model(provider, model):
        if p.code == "SW301" and _other_host_said(c, name, line, provider, model, prefix):
            continue
        if p.code in ("SW301", "SW313"):
            c.out.problem(p, name, line, retired_fix(name, provider, model, prefix))


# Hosts that serve a vendor's models under their own names and schedules (a deployment on
# Azure, GitHub Models' catalog, Bedrock's): where one is configured, a vendor's shutdown date
# is not theirs. docs/sources.md#model-catalogs
_GITHUB_MODELS = re.compile(r"(?:^|\.)models\.(?:github\.ai|inference\.ai\.azure\.com)$")


def other_host(c: Ctx, provider: providers.Provider) -> str | None:
    """The host the requests for `provider`'s model go to instead of its own API, when it keeps
    its own schedule: the base URL on a host lint has no row for, or, with no base URL, an
    Azure OpenAI or GitHub Models endpoint beside an OpenAI model, AWS settings and no
    Anthropic key beside a Claude one."""
    base = c.v.get("base_url") or ""
    if base:
        host = _host_of(base)
        if host and c.roles.url_provider is None and not providers.on_own_host(
                base, provider) and host not in urls.KNOWN_HOSTS \
                and host not in urls.CATALOG_HOSTS \
                and not urls.typo_of_known(host) \
                and not gateway.looks_like_gateway_path(base.strip()):
            # (Google's API serves no gpt-4. A known host mistyped, gateway.ai.cloudfare.com,
            # is SW212's, and the gateway's path on another host, gateway.cloudflare.com,
            # SW225's: once fixed the requests go to that host, and the model is judged as
            # there)
            return host
        return None
    if provider.slug == "openai":
        for value in c.values.values():
            host = _host_of(value or "")
            if host and (providers.AZURE_OPENAI_HOST.fullmatch(host) or
                         _GITHUB_MODELS.search(host)):
                return host
    if provider.slug != "anthropic":
        return None
    switched = platform_switched(c.values)
    if switched is not None:  # Claude Code's switch says where its requests go, key or not
        return switched.host if switched.own_schedule else None
    if c.aws_settings and not _vendor_key_set(c, provider):
        # (AWS settings beside an Anthropic key are another service's: S3's, most often)
        return "Amazon Bedrock"
    return None


def platform_switched(values: Mapping[str, str | None]) -> ClaudePlatform | None:
    """The platform a Claude Code switch in the file selects (model_facts.CLAUDE_CODE_PLATFORMS:
    the first set, not empty nor a false word), or None."""
    for platform in CLAUDE_CODE_PLATFORMS:
        v = (values.get(platform.switch) or "").strip()
        if v and v.lower() not in FALSE_VALUES:
            return platform
    return None


def _host_of(value: str) -> str:
    """A URL's host, lower-cased; "" for no URL or one urlsplit cannot read (an unclosed [)."""
    return (urls.host_of(value) or "") if "://" in value else ""


def _other_host_said(c: Ctx, name: str, line: int | None, provider: providers.Provider,
                     model: str, prefix: str) -> bool:
    """A retired model sent to another host (SW317, a warning): said, and True; else False.
    Not where the model's own variable has its own URL on the provider's API
    (ANTHROPIC_MODEL beside ANTHROPIC_BASE_URL=https://api.anthropic.com/v1)."""
    if c.url_heads.get(names.head(name)) is provider:
        return False
    host = other_host(c, provider)
    gone = provider.retired_model(model)
    if host is None or gone is None:
        return False
    when = f" on {gone.shutdown}" if gone.shutdown else ""
    c.out.add("SW317", name, line,
              f"{name}: {provider.name} shut down {shown_value(model)!r}{when}, but requests go to "
              f"{host}, which keeps its own schedule and may still serve it",
              f"{retired_fix(name, provider, model, prefix)}, if {host} has retired it too "
              "(check its model list)")
    return True
