"""Value checks everywhere they apply: every variable, whatever its name, whose value is a
gateway or provider URL, a key or token of a known shape, or a model (a `*MODEL*` name), gets
the checks its role would get; every secret is checked for characters HTTP cannot carry.

Values of secrets are never shown: messages give a masked form, a position, a code point.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from urllib.parse import urlsplit

from setup_wizard.config import fields, gateway, names, providers, roles
from setup_wizard.lint import models, urls
from setup_wizard.lint.findings import KEY_PREFIXES, Ctx, Finding, shown_value
from setup_wizard.masking import SECRET_NAME, mask

# Key prefixes distinctive enough to judge a value under any name (sk- is shared by many),
# and whose key they are: docs/sources.md#key-formats.
_PREFIX_OWNER = {"gsk_": "groq", "xai-": "grok", "sk-or-v1-": "openrouter"}
_DISTINCT_PREFIXES = tuple(_PREFIX_OWNER)
_QUOTES = "\"'"
# A catalog-only vendor's own key names (its SDK's, and the AI SDK's for Google), the names that
# point its client elsewhere, and the shapes that are surely another vendor's key (sk-proj-
# is OpenAI's; a bare sk- is also what relays issue): docs/sources.md#key-formats.
_VENDOR_KEY_NAMES = {"ANTHROPIC_API_KEY": "anthropic", "CLAUDE_API_KEY": "anthropic",
                     "GEMINI_API_KEY": "google-ai-studio", "GOOGLE_API_KEY": "google-ai-studio",
                     "GOOGLE_GENERATIVE_AI_API_KEY": "google-ai-studio"}
_VENDOR_BASE_NAMES = {"anthropic": ("ANTHROPIC_BASE_URL",),
                      "google-ai-studio": ("GOOGLE_GEMINI_BASE_URL", "GEMINI_BASE_URL")}
_OTHER_VENDOR_KEY = (("sk-ant-", "anthropic"), ("sk-proj-", "openai"), *_PREFIX_OWNER.items(),
                     ("AIza", "google-ai-studio"))
_BEARER = re.compile(r"bearer\s+\S", re.IGNORECASE)


def judged(raw: str) -> str:
    """The value the checks judge: a BOM pasted in front (SW112) and stray quotes around it
    (SW113) are findings of their own; the rest is judged as if they were gone, so their
    fixes bring no new finding."""
    return raw.strip().lstrip("\ufeff").strip().strip(_QUOTES).strip()


def _anthropic_v1(c: Ctx, name: str, value: str) -> bool:
    """ANTHROPIC_BASE_URL ending in /v1 (https://api.anthropic.com/v1): the Anthropic SDK
    appends /v1/messages itself, so requests go to /v1/v1/messages (SW222)."""
    host = urls.host_of(value)
    base = providers.ANTHROPIC_BASES.get(host or "")
    if base is None:
        _anthropic_v1_elsewhere(c, name, value)
        return False  # (the URL's other checks still run)
    path = urlsplit(value).path.rstrip("/")
    fixed = f"https://{host}{base}"
    if path == f"{base}/v1":
        c.out.add("SW222", name, c.lines.get(name),
                  f"{name} has path {path!r}, but an Anthropic client (the Anthropic SDK, "
                  f"Claude Code) appends /v1/messages itself: requests would go to "
                  f"{path}/v1/messages", f"set {name}={fixed}")
        return True
    vendor = providers.openai_format_base(host or "", path) if path != base else None
    if vendor is None:
        return False
    # A vendor's OpenAI-format base under the Anthropic client's name (Claude Code pointed
    # at api.z.ai/api/coding/paas/v4): /v1/messages is not served there.
    c.out.add("SW222", name, c.lines.get(name),
              f"{name} is {vendor}'s OpenAI-format base; an Anthropic client (the Anthropic "
              f"SDK, Claude Code) posts to /v1/messages, which {vendor} serves under its "
              f"Anthropic-format base, {fixed}", f"set {name}={fixed}")
    return True


def _ends_v1(value: str) -> bool:
    """A URL whose path ends in /v1 (a readable one: its port too)."""
    try:
        parts = urlsplit(value.strip())
        _ = parts.port
    except ValueError:
        return False
    return parts.path.rstrip("/").lower().endswith("/v1")


def _v1_elsewhere(value: str) -> bool:
    """A URL ending in /v1 on a host that is no provider's lint knows (SW235's shape)."""
    host = urls.host_of(value)
    return bool(host) and _ends_v1(value) and not urls.is_known_host(host or "") \
        and host not in providers.ANTHROPIC_BASES


def _anthropic_v1_elsewhere(c: Ctx, name: str, value: str) -> None:
    """ANTHROPIC_BASE_URL ending in /v1 on a host with no Anthropic-format base of lint's: the
    Anthropic SDK and Claude Code append /v1/messages (Ollama's and llama.cpp's Anthropic
    API is at their root, docs/sources.md#local-servers-anthropic). A warning (SW235), never
    an error: the Vercel AI SDK reads the same name and posts to {base}/messages, so there
    /v1 is right. Not said on a provider's host lint knows (api.groq.com/openai/v1): its own
    rules say what that URL is."""
    if not _v1_elsewhere(value):
        return
    parts = urlsplit(value.strip())
    root = parts._replace(path=parts.path.rstrip("/")[:-3], fragment="").geturl()
    c.out.add("SW235", name, c.lines.get(name),
              f"{name} ends with /v1, but the Anthropic SDK and Claude Code append /v1/messages "
              "themselves (requests go to .../v1/v1/messages); right only for a client that "
              "posts to {base}/messages, such as the Vercel AI SDK",
              f"set {name}={urls.shown(root)}")


# URL list items judged per file (Open WebUI's list has a handful): bounded work on a
# hostile file, whether it holds many lists or one list of thousands of URLs.
MAX_URL_ITEMS = 1_000


def _url_items(c: Ctx, name: str, value: str, items: list[str], budget: int) -> int:
    """Each URL of a list (Open WebUI's `OPENAI_API_BASE_URLS=a;b`) judged as a base URL of
    an unknown client. One finding per rule and list (a fix holds the whole list, so one per
    item would print the list once for each), and every fix sets the list with all its judged
    items corrected: following one fix does not undo another. Returns the items judged."""
    hint = c.roles.url_provider or providers.PROVIDERS["groq"]
    prefix = f"set {name}="
    found: dict[str, tuple[Finding, str]] = {}  # code -> (first finding, the rest of its fix)
    corrected: list[str] = []
    judged_items = 0
    for item in items:
        if judged_items >= budget or not llm_url(item):
            corrected.append(item)
            continue
        judged_items += 1
        start = len(c.out.items)
        urls.check_url(name, item, c.lines.get(name), hint, (names.UNKNOWN,), c.out,
                       judge_unknown_hosts=False)
        fixed = item
        for f in c.out.items[start:]:
            if f.fix and f.fix.startswith(prefix):  # (no regex per name: a file has thousands)
                url, blank, rest = f.fix[len(prefix):].partition(" ")
                fixed = url
                found.setdefault(f.code, (f, blank + rest))
            else:
                found.setdefault(f.code, (f, ""))
        del c.out.items[start:]
        corrected.append(fixed)
    whole, pos = [], 0
    for item, fixed in zip(items, corrected, strict=True):  # as written, each item corrected
        at = value.find(item, pos)
        if at < 0:
            break
        whole.append(value[pos:at] + fixed)
        pos = at + len(item)
    whole.append(value[pos:])
    fixed_list = "".join(whole)
    for f, rest in found.values():
        if f.fix and f.fix.startswith(prefix):
            f = f._replace(fix=f"{prefix}{fixed_list}{rest}")
        c.out.items.append(f)
    return judged_items


def _unbound(c: Ctx, role: str, name: str) -> bool:
    """`name` does not fill `role` (the role's own check judges it there)."""
    b = c.roles.get(role)
    return b is None or b.name != name


def _is_url(value: str) -> bool:
    return value.lower().startswith(("http://", "https://"))


def _not_a_url(name: str, value: str) -> bool:
    """Whether an API URL's name of an LLM client (names.names_llm) holds something no client
    can call: not http(s)://, not a relative path (a web app's own /api), not a list of URLs,
    not the word for a value never set (SW115 says that one where it matters)."""
    return bool(value) and not _is_url(value) and names.API_URL_NAME.search(name) is not None \
        and names.names_llm(name) and not value.startswith(("/", "$", "{")) \
        and not _path_not_address(value) \
        and roles.url_list(value) is None and not urls.is_missing_as_text(value)


def _path_not_address(value: str) -> bool:
    """A path with no host in it (api/chat, v2, ./models, ~/models, C:\\models): a web app's
    route relative to its page, or a folder, under a name that only has an LLM's word in it
    (NEXT_PUBLIC_AI_API_URL, MODEL_BASE_PATH); not a host missing its scheme (localhost:8000/v1,
    api.groq.com/openai/v1), not a scheme mistyped (https//...) or a placeholder's sentence."""
    if "://" in value or value.lower().startswith("http") or any(ch.isspace() for ch in value):
        return False
    if value.startswith(("./", "../", "~")) or "\\" in value:
        return True
    first = re.split(r"[/?#]", value, maxsplit=1)[0]
    return "." not in first and ":" not in first and first.lower() != "localhost"


def llm_url(value: str) -> bool:
    """A URL on the gateway, a provider's host (one of ours, one known by its catalog or a
    typo of it, or a look-alike of one: groq.com), an OpenAI-compatible vendor's host known by
    its base (providers.OPENAI_BASES) or a typo of it, or with the gateway's path on any host."""
    host = urls.host_of(value)
    if host is None:
        return False
    return host in urls.KNOWN_HOSTS or host in urls.CATALOG_HOSTS \
        or urls.catalog_typo(host) is not None or providers.without_scheme(value) is not None \
        or ("cloudflare" in host and "gateway" in host) \
        or gateway.looks_like_gateway_path(value) or providers.look_alike(host) is not None \
        or host in providers.NATIVE_BASES or _ollama_native(value) \
        or host in providers.OPENAI_BASE_BY_HOST or urls.vendor_typo(host) is not None


def _ollama_native(value: str) -> bool:
    """A URL on Ollama's default port under its native API's prefix (…:11434/api/…)."""
    try:
        parts = urlsplit(value)
        port = parts.port
    except ValueError:
        return False
    return providers.OLLAMA_NATIVE.native(port, parts.path)


def sent_in_request(name: str, value: str) -> bool:
    """Whether a request carries `value` (its stray quotes taken off), as lint's value checks
    read it: a provider's key or a gateway token by its shape, a URL on an LLM host, a URL
    under an LLM client's URL name (OLLAMA_API_BASE), a model under a model's name, a key,
    token or secret under a name with an LLM word (MISTRAL_API_KEY, HF_TOKEN). Not an app's
    own secret or setting (JWT_SECRET, SESSION_SECRET, DATABASE_URL, APP_NAME): the app
    uses those itself, and quotes in them are its business (SW113 says quotes only here)."""
    if not value:
        return False
    if value.startswith(KEY_PREFIXES) \
            or providers.key_owners(value) or providers.foreign_key(value) is not None:
        return True
    row = None if names.llm_setting(name, value) else names.lookup(name)
    if _is_url(value):
        return (row is not None and row.role == "base_url" and names.llm_service_name(name)) \
            or llm_url(value)
    if row is not None and row.role == "model":
        return True
    return (bool(SECRET_NAME.search(name)) or (row is not None and row.role in (
        "provider_key", "gateway_token"))) and names.llm_service_name(name)


def _in_quotes(value: str) -> bool:
    """A value that starts or ends with a quote character python-dotenv kept in it."""
    return bool(value) and (value[0] in _QUOTES or value[-1] in _QUOTES)


def _lists_llm_url(value: str) -> bool:
    """A list of URLs (Open WebUI's `a;b`) with a URL lint judges among its first items (the
    items check_others judges: as many, so the work stays bounded)."""
    items = roles.url_list(value) if ";" in value or "," in value else None
    return items is not None and any(llm_url(i) for i in items[:MAX_URL_ITEMS])


def _address_of(url: str) -> str:
    """scheme://host:port of a URL (its path, query and fragment dropped): a local server's
    address under a base URL's name is judged with any path (its root is SW222/SW231), so
    the right one, http://localhost:11434/v1, is a setting lint checks too."""
    scheme, sep, rest = url.strip().partition("://")
    return f"{scheme}{sep}{re.split(r'[/?#]', rest, maxsplit=1)[0]}" if sep else url


def any_checkable(values: Mapping[str, str | None]) -> bool:
    """Whether any variable would get a value check (for "no LLM settings", SW110): a gateway
    token in Claude Code's ANTHROPIC_CUSTOM_HEADERS is judged as CF_AIG_TOKEN's would be."""
    if any(_header_token(values.get(name)) is not None for name, _src in names.HEADER_VARIABLES):
        return True
    for name, value in values.items():
        if value == "" and name in names.EMPTY_KEPT_AS_GIVEN:
            return True  # SW232 has something to say of it
        v = (value or "").strip()
        if not v:
            continue
        row = names.lookup(name)
        if (_is_url(v) and llm_url(v)) or v.startswith(_DISTINCT_PREFIXES) \
                or name in names.MODEL_LISTS or names.model_config(name, v) \
                or (row is not None and row.role == "model" and row.pattern is None) \
                or models.is_groq_model(v) or _ACCOUNT_ID.fullmatch(name.upper()) \
                or _GATEWAY_ID.fullmatch(name.upper()) or names.address_only(name) \
                or (urls.is_missing_as_text(v) and names.API_URL_NAME.search(name)) \
                or _not_a_url(name, v) or (_is_url(v) and name.upper() == names.ANTHROPIC_SDK_NAME
                    and (urls.host_of(v) in providers.ANTHROPIC_BASES or _v1_elsewhere(v))) \
                or (_in_quotes(v) and sent_in_request(name, judged(v))) or _lists_llm_url(v) \
                or (_is_url(v) and row is not None and row.role == "base_url"
                    and urls.local_root(name, _address_of(v)) is not None):
            return True
    return False


def check_others(c: Ctx, url: urls.Url, provider: providers.Provider | None) -> None:
    bound = {b.name: role for role, b in c.roles.bindings.items()}
    list_budget = MAX_URL_ITEMS
    empty_keys: list[str] = []
    for name, raw in c.values.items():
        if raw is None or name in c.unresolved:
            continue
        value = raw.strip()
        if names.model_config(name, value):
            models.check_model_configs(c, name, raw)  # chat-ui's JSON5: its models, judged
            continue
        role = bound.get(name)
        secret = role in ("gateway_token", "provider_key") or bool(SECRET_NAME.search(name)) \
            or bool(providers.key_owners(value)) or value.startswith(_DISTINCT_PREFIXES)
        if value and (tail := names.address_only(name)) is not None:
            _path_in_address(c, name, value, tail)
        if name in _VENDOR_KEY_NAMES and value:
            _other_vendors_key(c, name, value)
        if raw == "" and _is_key_name(name, role) and not _empty_on_purpose(c, name):
            empty_keys.append(name)
        if raw == "" and name in names.EMPTY_KEPT_AS_GIVEN:
            _empty_base(c, name)
        # An API URL's name holding no URL, where no other variable is the base URL: the
        # likeliest base URL (the role's own check says it when bound; the placeholder
        # checks say it for keys, tokens and models: SW502, SW402, SW310).
        if role is None and urls.is_missing_as_text(value) and names.API_URL_NAME.search(name) \
                and c.roles.get("base_url") is None:
            urls.missing_as_text(name, c.lines.get(name), c.out)
            continue
        if secret:
            _non_ascii(c, name, value)
        if (secret or role in ("gateway_token", "provider_key")) and _BEARER.match(value):
            c.out.add("SW405", name, c.lines.get(name),
                      f"{name} starts with 'Bearer '; clients add it themselves, so the header "
                      "says Bearer Bearer ... and is rejected", f"remove Bearer from {name}")
        # (a role's value is sent; any other secret only if an LLM request carries it)
        if role in ("base_url", "model", "gateway_token", "provider_key") or (
                secret and _in_quotes(value) and sent_in_request(name, judged(raw))):
            _quotes(c, name, value, secret)
        if role is None and secret and raw != raw.strip():  # (a role's: check_settings)
            c.out.add("SW104", name, c.lines.get(name),
                      f"{name} has whitespace inside its quotes; it is sent with it",
                      f"remove the spaces inside the quotes of {name}")
        if name.upper() == names.ANTHROPIC_SDK_NAME and _is_url(url_value := judged(raw)) \
                and _anthropic_v1(c, name, url_value):
            continue  # (said for a role's URL too: its own check does not know the client)
        if role is not None or not value:
            continue
        value = judged(raw)
        # (ENABLE_SMART_LLM=true is a switch about the LLM, not a model: judged as no row's)
        row = None if names.llm_setting(name, value) else names.lookup(name)
        checked = (_is_url(value) and llm_url(value)) or (row is not None
                                                            and row.role == "model")
        if not secret and _in_quotes(raw.strip()) and (checked or sent_in_request(name, value)):
            _quotes(c, name, raw.strip(), secret)
        if checked and not secret and raw != raw.strip():
            c.out.add("SW104", name, c.lines.get(name),
                      f"{name} has whitespace inside its quotes; it is sent with it",
                      f"set {name}={value}")
        if _not_a_url(name, value):
            # An LLM client's API URL under an app's own name (APP_LLM_BASE_URL) that holds
            # no URL (a scheme typed twice, a placeholder's text): wrong for every client.
            urls.check_url(name, value, c.lines.get(name), c.roles.url_provider
                           or providers.PROVIDERS["groq"], (names.UNKNOWN,), c.out)
            continue
        items = roles.url_list(value)
        if items is not None:  # past the budget, the rest are not judged (no .env has them)
            list_budget -= _url_items(c, name, value, items, list_budget)
            continue
        if name in names.MODEL_LISTS:  # NextChat's models, each for the vendor it names
            models.check_model_list(c, name, value)
            continue
        if name in names.LIST_NAMES:  # a list of keys: each judged by its own shape
            for item in value.split(";"):
                if item.strip().startswith(_DISTINCT_PREFIXES):
                    _key_shape(c, name, item.strip())
            continue
        if _is_url(value) and not llm_url(value) and names.API_URL_NAME.search(name):
            # An API URL under a name no row knows the client of (APP_OPENAI_BASE_URL):
            # what is wrong for every client on every host is still said.
            urls.empty_label(name, urls.host_of(value) or "", c.lines.get(name), c.out)
        if _is_url(value) and not llm_url(value) and "/v1/v1" in value.split("?")[0]:
            # Wrong for every client on every host (a proxy's too).
            c.out.add("SW215", name, c.lines.get(name), f"{name} has /v1 twice",
                      f"set {name}=" + re.sub(r"(?:/v1)+", "/v1", value, count=1))
        elif _is_url(value) and llm_url(value) and not names.SITE_URL_NAME.search(name):
            hint = c.roles.url_provider or providers.PROVIDERS["groq"]
            clients = row.clients if row is not None and row.role == "base_url" \
                else (names.UNKNOWN,)
            urls.check_url(name, value, c.lines.get(name), hint, clients, c.out,
                           judge_unknown_hosts=False, whole_bases=c.whole_bases,
                           azure_type=urls.azure_api_type(c.values), values=c.values)
        elif _is_url(value) and row is not None and row.role == "base_url" and \
                urls.local_root(name, value) is not None:
            # A local model server's bare address (LOCAL_ENDPOINT=http://localhost:11434): no
            # LLM host, but an OpenAI-style client there posts to a path it does not serve.
            urls.check_url(name, value, c.lines.get(name), providers.PROVIDERS["groq"],
                           row.clients, c.out, judge_unknown_hosts=False, values=c.values)
        elif row is not None and row.role == "base_url" and not _is_url(value) and \
                providers.names_local_server(name) and _unbound(c, "base_url", name):
            # A local server's address (OLLAMA_BASE_URL) fills no role, but is still an
            # address: 'localhost:11434' without its scheme is said as the bound URL's is.
            urls.check_url(name, value, c.lines.get(name), providers.PROVIDERS["groq"],
                           row.clients, c.out)
        elif (row is not None and row.role == "model") or models.is_groq_model(value):
            models.check_other(c, name, value, c.roles.url_provider)
        elif _ACCOUNT_ID.fullmatch(name.upper()) or _GATEWAY_ID.fullmatch(name.upper()):
            _gateway_part(c, name, value)
        elif value.startswith(_DISTINCT_PREFIXES):
            _key_shape(c, name, value)
    _empty_keys(c, empty_keys)


# A gateway configured by parts (the app builds the URL): CLOUDFLARE_ACCOUNT_ID,
# CLOUDFLARE_GATEWAY_ID, AI_GATEWAY_NAME, ...
_ACCOUNT_ID = re.compile(r"(?:CF|CLOUDFLARE)_(?:[A-Z0-9]+_)*ACCOUNT(?:_ID)?")
_GATEWAY_ID = re.compile(r"(?:[A-Z0-9]+_)*(?:AI_)?GATEWAY_(?:ID|NAME|SLUG)")


def checked_by_name(name: str, value: str) -> bool:
    """Whether lint judges `name` as an LLM setting by its name or its value's prefix where
    no role or family reads it: NextChat's and chat-ui's model lists, a gateway's parts and
    its token under an app's own name, a key of a shape only one vendor issues (SW121 leaves
    those errors)."""
    upper = name.upper()
    return name in names.MODEL_LISTS or names.model_config(name, value) \
        or bool(_ACCOUNT_ID.fullmatch(upper)) \
        or bool(_GATEWAY_ID.fullmatch(upper)) or bool(_TOKENISH.match(name)) \
        or value.startswith(_DISTINCT_PREFIXES)


# A name that may hold the gateway's token under an app's own spelling (CLOUDFLARE_API_TOKEN,
# AIG_TOKEN, GATEWAY_AUTH_TOKEN): it says a secret (token, auth, secret, API key) and
# Cloudflare, CF, AIG or gateway.
_TOKENISH = re.compile(r"(?i)(?=.*(?:TOKEN|AUTH|SECRET|API_KEY))"
                       r"(?=.*(?:(?:^|_)CF_|CLOUDFLARE|AIG|GATEWAY))")
# A gateway ID name that says it is Cloudflare's AI Gateway (not AWS_API_GATEWAY_ID or a
# PAYMENT_GATEWAY_NAME).
_AI_GATEWAY_ID = re.compile(r"(?i)(?:^|_)(?:AI|AIG|CF|CLOUDFLARE)_")


def gateway_parts(c: Ctx) -> tuple[str, str] | None:
    """(account ID name, gateway ID name) when the file sets Cloudflare's AI Gateway by its
    parts and no base URL: the app builds the gateway URL itself."""
    if c.roles.get("base_url") is not None:
        return None
    filled = [n for n, v in c.values.items() if v and v.strip() and n not in c.unresolved]
    account = next((n for n in filled if _ACCOUNT_ID.fullmatch(n.upper())), None)
    gateway_id = next((n for n in filled if _GATEWAY_ID.fullmatch(n.upper())
                       and _AI_GATEWAY_ID.search(n)), None)
    return (account, gateway_id) if account and gateway_id else None


_GATEWAY_TOKEN_HEADER = "cf-aig-authorization"


def token_in_headers(c: Ctx) -> tuple[str, str] | None:
    """(the header variable, the token after its Bearer) where a client's header variable
    (names.HEADER_VARIABLES: Claude Code's ANTHROPIC_CUSTOM_HEADERS) sends the gateway's
    cf-aig-authorization header itself; None where none does."""
    for name, _src in names.HEADER_VARIABLES:
        if name in c.unresolved:
            continue
        token = _header_token(c.values.get(name))
        if token is not None:
            return name, token
    return None


def _header_token(headers: str | None) -> str | None:
    """The token after Bearer in the cf-aig-authorization line of a header variable's value
    (`Name: value` lines), None when it has none."""
    for header in (headers or "").splitlines():
        key, colon, value = header.partition(":")
        if colon and key.strip().lower() == _GATEWAY_TOKEN_HEADER:
            return re.sub(r"(?i)^bearer\s+", "", value.strip())
    return None


def token_under_own_name(c: Ctx) -> bool:
    """A non-empty value under a name that may be the gateway token's (the app's own name)."""
    return any(_TOKENISH.match(n) and (v or "").strip() for n, v in c.values.items())


def parts_without_token(c: Ctx, parts: tuple[str, str]) -> None:
    """A gateway an app builds from its parts with no token anywhere: since 2026-11-03 every
    new gateway requires cf-aig-authorization, so the first request answers 401 (2009)."""
    name = c.name("gateway_token")
    c.out.add("SW401", name, None,
              f"the gateway is set by its parts ({parts[0]}, {parts[1]}) but no gateway "
              "token is set; gateways created since 2026-11-03 always require "
              "cf-aig-authorization (gateway code 2009 Unauthorized)",
              f"set {name} (or the name your app reads) to a token created under AI Gateway > "
              "your gateway > Settings > Authentication (Run permission)")


def _gateway_part(c: Ctx, name: str, value: str) -> None:
    line = c.lines.get(name)
    if _ACCOUNT_ID.fullmatch(name.upper()):
        problem = gateway.account_id_problem(value)
        if problem:
            c.out.add("SW218", name, line, f"{name}: account ID {shown_value(value)!r}: "
                      f"{problem}", f"set {name}=<account_id>")
        return
    problem = gateway.gateway_name_problem(value)  # the one rule, shared with init
    if problem is not None:
        c.out.add(problem.code, name, line, f"{name}: {problem.message}",
                  f"set {name}=" + ("<gateway_id>" if problem.code == "SW219"
                                    else problem.suggestion or "<gateway_id>"))


def _is_key_name(name: str, role: str | None) -> bool:
    row = names.lookup(name)
    return role == "provider_key" or (row is not None and row.role == "provider_key")


def _empty_on_purpose(c: Ctx, name: str) -> bool:
    """An empty key its client needs empty (names.EMPTY_ON_PURPOSE): Claude Code's
    ANTHROPIC_API_KEY="" beside a set ANTHROPIC_AUTH_TOKEN and an ANTHROPIC_BASE_URL on
    another host (OpenRouter's guide), so the key cannot override the token."""
    for key, token, base, host, _src in names.EMPTY_ON_PURPOSE:
        url = (c.values.get(base) or "").strip()
        found = urls.host_of(url) if name == key and url else None
        if found and found != host and (c.values.get(token) or "").strip():
            return True
    return False


def _empty_keys(c: Ctx, empty: list[str]) -> None:
    """SW508: keys set to an empty value, each said on its own line (any of them may be the one
    the app sends). In a template's "set the one you use" list only the first explains; the
    others point back to it, so sixteen empty keys read as one finding and fifteen notes."""
    said = {f.key for f in c.out.items if f.code == "SW501"}  # missing where the mode sends it
    empty = [n for n in empty if n not in said]
    # (the first an LLM client reads explains: a search tool's SERPER_API_KEY= beside it not)
    first = next((n for n in empty if _llm_key_name(n)), empty[0] if empty else None)
    for name in sorted(empty, key=lambda n: n != first):
        if name != first:
            c.out.add("SW508", name, c.lines.get(name),
                      f"{name} is set to an empty value too (see {first}, line "
                      f"{c.lines.get(first)})",
                      f"paste the real key into {name}, or remove {name} if no client reads it")
            continue
        row = names.lookup(name)
        openai_sdk = row is not None and row.pattern is None and names.OPENAI_SDK in row.clients
        does = ("sends no key (the OpenAI SDK 3.x sends no Authorization header; 1.x refuses to "
                "start: the api_key client option must be set)" if openai_sdk
                else _EMPTY_KEY_READ)
        c.out.add("SW508", name, c.lines.get(name),
                  f"{name} is set to an empty value; a client that reads it {does}",
                  f"paste the real key into {name}, or remove {name} if no client reads it")


# What an empty key does to any client (an SDK's own behaviour is said under its own name only).
_EMPTY_KEY_READ = "gets an empty key instead of none, and sends no key or refuses to start"


def _llm_key_name(name: str) -> bool:
    """A key name an LLM client reads: a row's own (OPENAI_API_KEY, GROQ_API_KEY), a vendor's
    (ANTHROPIC_API_KEY), or one with an LLM service's word in it (DEEPSEEK_API_KEY,
    LLM_API_KEY); not a search tool's (SERPER_API_KEY)."""
    row = names.lookup(name)
    return (row is not None and row.pattern is None) or name in _VENDOR_KEY_NAMES \
        or names.llm_service_name(name)


def _empty_base(c: Ctx, name: str) -> None:
    sdk, default, _source = names.EMPTY_KEPT_AS_GIVEN[name]
    c.out.add("SW232", name, c.lines.get(name),
              f"{name} is set to an empty value; {sdk} uses it as given instead of its default "
              f"({default}), and every request fails with 'Connection error.'",
              f"remove {name}, or set {name}={default}")


def _non_ascii(c: Ctx, name: str, value: str) -> None:
    raw = c.values.get(name) or ""
    found = fields.first_non_ascii(raw)
    if found is None:
        return
    i, ch = found
    what = "a byte order mark" if ch == fields.BOM else unicodedata.name(ch, "").lower()
    c.out.add("SW112", name, c.lines.get(name),
              f"{name} has a non-ASCII character at position {i} (U+{ord(ch):04X}"
              + (f", {what}" if what else "") + "); HTTP headers carry ASCII only, so "
              "the client fails before sending (UnicodeEncodeError)",
              f"remove character {i} (U+{ord(ch):04X}) from {name}"
              + (" and any other non-ASCII one" if sum(not x.isascii() for x in raw) > 1
                 else ""))


def _quotes(c: Ctx, name: str, value: str, secret: bool) -> None:
    if not _in_quotes(value):
        return
    inner = value.strip(_QUOTES)
    c.out.add("SW113", name, c.lines.get(name),
              f"{name}'s value has quote characters in it "
              f"({mask(value) if secret else value}); they are sent as part of it",
              f"remove the quotes inside {name}'s value" if secret
              else f"set {name}={inner}")


def _key_shape(c: Ctx, name: str, value: str) -> None:
    slug = next(_PREFIX_OWNER[x] for x in _DISTINCT_PREFIXES if value.startswith(x))
    owner = providers.PROVIDERS[slug]
    for p in fields.check_provider_key(owner, value, "direct", var=name):
        fix = (f"paste the real key into {name}" if p.code == "SW502"
               else f"paste the whole key into {name} again, from the provider's console")
        c.out.problem(p, name, c.lines.get(name), fix)


def _other_vendors_key(c: Ctx, name: str, value: str) -> None:
    """ANTHROPIC_API_KEY or GEMINI_API_KEY holding another vendor's key (an OpenAI project
    key, a Groq key), where nothing points that vendor's client elsewhere: its own API gets
    the key and answers 401. (Role-bound keys are judged in checks; these fill no role.)"""
    vendor = providers.CATALOG_ONLY[_VENDOR_KEY_NAMES[name]]
    slug = next((o for x, o in _OTHER_VENDOR_KEY if value.startswith(x)), None)
    if slug is None or slug == vendor.slug or any(f.key == name and f.code == "SW504"
                                                  for f in c.out.items):
        return
    own_host = urlsplit(vendor.direct_base_url).hostname
    if any((v := (c.values.get(b) or "").strip()) and urls.host_of(v) != own_host
           for b in _VENDOR_BASE_NAMES[vendor.slug]):
        return  # a relay's or another vendor's Anthropic-format base: its keys are its own
    owner = providers.PROVIDERS.get(slug) or providers.CATALOG_ONLY[slug]
    c.out.add("SW504", name, c.lines.get(name),
              f"{name} holds {fields.with_article(owner.name)} key ({mask(value)}), not "
              f"{fields.with_article(vendor.name)} key; {vendor.name}'s API answers 401",
              f"paste {fields.with_article(vendor.name)} key into {name}")


def _path_in_address(c: Ctx, name: str, value: str, tail: str) -> None:
    """OLLAMA_HOST=http://localhost:11434/v1: its client sends /v1/api/chat, which the server
    does not serve (404). Only an OpenAI-style `/v1` or the client's own `/api...` is judged: a
    reverse proxy's prefix (https://host/ollama) is right. The fix keeps that prefix."""
    m = re.match(r"^((?:[A-Za-z][A-Za-z0-9+.-]*://)?[^/?#\s]+)((?:/[^/?#\s]+)*?)"
                 r"(/(?:v1|api)(?:/[^?#\s]*)?)/?$", value)
    if m is None:
        return
    path = m.group(2) + m.group(3)
    c.out.add("SW222", name, c.lines.get(name),
              f"{name} has path {path!r}, but its client appends {tail} to the address "
              f"itself (requests would go to {path.rstrip('/')}{tail})",
              f"set {name}={shown_value(m.group(1) + m.group(2))}")
