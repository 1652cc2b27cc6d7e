"""Checks of one base URL, under any variable name, by the rules of the clients that read it.

The OpenAI SDK appends /chat/completions to its base URL; the Groq SDK appends
/openai/v1/chat/completions, so the same value is right in one variable and doubled in the
other (the conventions come from `config/names.py`). Every fix names the final corrected URL.
Credentials in a URL are never printed: they are masked in messages and dropped from fixes.
"""

from __future__ import annotations

import difflib
import functools
import re
from collections.abc import Mapping
from typing import Final
from urllib.parse import SplitResult, parse_qsl, urlsplit

from setup_wizard.config import fields, gateway, names, providers, roles
from setup_wizard.lint.findings import Ctx, Findings
from setup_wizard.masking import mask

_LOOPBACK = frozenset({"127.0.0.1", "localhost", "::1", "0.0.0.0"})
KNOWN_HOSTS = (gateway.GATEWAY_HOST, *sorted({
    (urlsplit(p.direct_base_url).hostname or "") for p in providers.PROVIDERS.values()}))
# The hosts of providers this tool knows by their catalog only (Anthropic's API, Google's
# Gemini API): not judged path by path as ours, but https is their rule too, and a host a
# letter off theirs is a typo all the same.
CATALOG_HOSTS = tuple(sorted({(urlsplit(u).hostname or "")
                              for p in providers.CATALOG_ONLY.values()
                              for u in (p.direct_base_url, *p.direct_alternatives)}
                             - set(KNOWN_HOSTS)))
# The hosts of the OpenAI-compatible vendors lint knows by their base URL only
# (providers.OPENAI_BASES): a path there that is not the vendor's base is judged, and a host a
# letter off one of theirs is a typo (vendor_typo).
VENDOR_HOSTS = tuple(sorted(providers.OPENAI_BASE_BY_HOST))
_CHAT = "/chat/completions"
# The other OpenAI-style endpoints a name that says ENDPOINT may hold whole, posted to as
# given (EMBED_ENDPOINT=https://openrouter.ai/api/v1/embeddings): judged as the base they end
# (https://platform.openai.com/docs/api-reference/embeddings).
_OTHER_ENDPOINTS = ("/embeddings", "/completions", "/responses")
# Query parameters that carry a credential (Google's ?key=, presigned URLs, ...).
_CREDENTIAL_PARAM = re.compile(
    r"(?:api[_-]?key|key|token|access[_-]?token|auth|authorization|secret|password|sig"
    r"|signature|code)", re.IGNORECASE)


def host_of(value: str) -> str | None:
    """The URL's host, lower-cased ("" for none); None when urlsplit cannot read it (an
    unclosed [ in the host)."""
    try:
        return (urlsplit(value).hostname or "").lower()
    except ValueError:
        return None


def _bracketed(host: str) -> str:
    """The host as a URL writes it: an IPv6 address in brackets ([::1])."""
    return f"[{host}]" if ":" in host else host


def is_known_host(host: str) -> bool:
    """A host lint has a row for: ours, a catalog vendor's, an OpenAI-compatible vendor's."""
    return host in KNOWN_HOSTS or host in CATALOG_HOSTS or host in providers.OTHER_API_HOSTS


def _close_hosts(host: str) -> list[str]:
    """Known hosts (ours, the catalog vendors') `host` is a letter or two off, closest first;
    none for a known host or another vendor's real one (api.z.ai is no typo of ours)."""
    if is_known_host(host):
        return []
    return [h for h in difflib.get_close_matches(host, KNOWN_HOSTS + CATALOG_HOSTS, n=3,
                                                 cutoff=0.85) if h.count(".") == host.count(".")]


@functools.lru_cache(maxsize=1024)  # (a file may hold thousands of URLs on a few hosts)
def vendor_typo(host: str) -> str | None:
    """The OpenAI-compatible vendor's host (api.together.xyz) that `host` is one label a letter
    off (api.togther.xyz), by roles' stricter rule: whole-string closeness finds other services'
    real hosts near these (api.y.ai near api.z.ai). None for any host lint knows."""
    if not host or is_known_host(host):
        return None
    return next((h for h in difflib.get_close_matches(host, VENDOR_HOSTS, n=3, cutoff=0.85)
                 if roles.one_label_off(host, h)), None)


def typo_of_known(host: str) -> bool:
    """Whether `host` is a known host mistyped (SW212 says it, with the known one as fix)."""
    return bool(_close_hosts(host)) or providers.look_alike(host) is not None


def catalog_typo(host: str) -> str | None:
    """The catalog provider's host (api.anthropic.com) that `host` is a letter or two off
    (api.antropic.com), as check_url says it (SW212); None for that host itself or another."""
    close = _close_hosts(host)
    return close[0] if close and close[0] in CATALOG_HOSTS else None


class Url:
    """What a base URL turned out to be (a plain class: built per URL, imported per push)."""

    __slots__ = ("endpoint", "fixed", "kept", "kind", "provider")

    def __init__(self, kind: str, endpoint: str = "provider",
                 provider: providers.Provider | None = None) -> None:
        self.kind = kind  # "gateway", "direct", "unknown" (not ours to judge) or "missing"
        self.endpoint = endpoint  # or "compat"
        self.provider = provider
        self.fixed: str | None = None  # the corrected URL, when any URL finding was made
        # The path as the app's own client reads it, its parts (account, gateway) fixed, when
        # a finding says that path is right for such a client (SW233, SW234): the other
        # findings' fixes keep it.
        self.kept: str | None = None


def url_for(c: Ctx, owner: providers.Provider, url: Url) -> str:
    """The base URL that sends to `owner`, in the file's style: its gateway URL if the file
    uses the gateway, else the provider's own, spelt for the base URL variable's client."""
    if url.kind == "gateway":
        segs = gateway.gateway_path_segments(url.fixed or c.v.get("base_url") or "")
        if segs is not None and len(segs) > 2:
            return gateway.base_url(segs[1], segs[2], owner.slug, owner.gateway_suffix)
    b = c.roles.get("base_url")
    appends = b.clients[0].appends if b else ""
    full = owner.direct_base_url
    return full[: -len(appends)] if appends and full.endswith(appends) else full


def shown(url: str) -> str:
    """The URL with its credentials masked: safe in a message."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return mask(url)
    netloc = parts.netloc
    if "@" in netloc:
        netloc = "****@" + netloc.rsplit("@", 1)[1]
    query = "&".join(f"{k}={mask(v) if _CREDENTIAL_PARAM.fullmatch(k) else v}"
                     for k, v in parse_qsl(parts.query, keep_blank_values=True))
    if not netloc:  # no //: `localhost:11434/v1` is a host and port, not the scheme localhost
        written = url.split("?", 1)[0]
        if "@" in written:  # user:secret@host/v1 without its scheme
            written = "****@" + written.rsplit("@", 1)[1]
        return written + (f"?{query}" if parts.query else "")
    return (f"{parts.scheme}://{netloc}{parts.path}" if parts.scheme else f"{netloc}{parts.path}"
            ) + (f"?{query}" if parts.query else "")


# What JavaScript and Python write for a value that was never set (opencommit's
# OCO_API_URL=undefined): a word, never a URL.
MISSING_AS_TEXT: Final = frozenset({"undefined", "none", "null", "nil", "[object object]"})


def is_missing_as_text(value: str) -> bool:
    return value.strip().lower() in MISSING_AS_TEXT


def missing_as_text(key: str, line: int | None, out: Findings, url: str | None = None) -> None:
    """`url`: the base URL a file held to init's rules must have; else removing the line lets
    the app use its own default (which URL it wanted, lint cannot tell)."""
    out.add("SW115", key, line, f"{key} holds the word a program writes for a value that was "
            "never set, not a URL; it is sent as it is",
            f"set {key}={url}" if url else
            f"remove {key} (its app then uses its default), or set it to the API's base URL")


def check_url(key: str, url: str, line: int | None, hint: providers.Provider,
              clients: tuple[names.Client, ...], out: Findings,
              judge_unknown_hosts: bool = True,
              whole_bases: tuple[tuple[str, str], ...] = (),
              azure_type: bool = False,
              values: Mapping[str, str | None] | None = None) -> Url:
    """Every URL rule for `url` in variable `key`, read by `clients`.

    `judge_unknown_hosts` is False for variables that are not the base URL: their host may be
    anything (a database, a local model server) and only LLM hosts are judged there.
    `whole_bases` are the file's variables under an app's own name that hold a provider's base
    in full, with that provider's slug (the file's convention: the app's own client, which
    appends nothing). `azure_type`: the file sets OPENAI_API_TYPE=azure (azure_api_type).
    `values`: the file's settings, for what they say of a local server's client (native_client).
    """
    found: list[tuple[str, str]] = []  # (code, message); fixes name the final corrected URL
    if judge_unknown_hosts and is_missing_as_text(url):
        missing_as_text(key, line, out)
        return Url("unknown")
    parts = _split(url)
    if parts is not None and (not parts.scheme or not parts.hostname):
        if not judge_unknown_hosts:
            return Url("unknown")
        if fields.is_placeholder(url.split("/", 1)[0]) and not url.startswith("/"):
            # <endpoint>, YOUR_BASE_URL/v1: a template's value never filled in, not a URL
            # missing its scheme (https://<endpoint> would be no fix).
            out.add("SW211", key, line, f"{key} is a placeholder ({shown(url)!r}) that was "
                    "never filled in, not a URL", f"set {key} to your API's base URL")
            return Url("unknown")
        owners = providers.key_owners(url) or (
            [providers.PROVIDERS["groq"]] if url.startswith("gsk_") else [])
        if owners or url.startswith(gateway.CF_TOKEN_PREFIXES):
            what = f"{fields.with_article(owners[0].name)} key" if owners else "a Cloudflare token"
            out.add("SW211", key, line, f"{key} holds {what} ({mask(url)}), not a URL",
                    f"set {key}={hint.direct_base_url}")
            return Url("unknown")
        # A local server (Ollama's localhost:11434) speaks http; the providers https.
        after = url.lstrip("/").rsplit("@", 1)[-1]
        bracketed = re.match(r"\[([^\]]*)\]", after)  # an IPv6 address ([::1]:11434)
        local = (bracketed[1] if bracketed else re.split(r"[:/]", after, maxsplit=1)[0]).lower()
        scheme = "http" if local in _LOOPBACK or local.endswith(".localhost") else "https"
        added = names.scheme_added(key)
        if added is None or (added == "https" and scheme == "http"):
            found.append(("SW211", f"{key} {shown(url)!r} has no {scheme}:// in front"))
        else:
            scheme = added  # (openai-php's base_uri, OLLAMA_HOST: the client adds it)
        parts = _split(f"{scheme}://" + url.lstrip("/"))
    if parts is None:
        word = _PORT_WORD.match(url.strip())
        if word:  # http://localhost:PORT: a template's word left where the number goes
            out.add("SW211", key, line, f"{key} has {word[1]!r} where the port number goes; "
                    "the URL cannot be read", f"put the server's port number in place of "
                    f"{word[1]} in {key}")
        elif judge_unknown_hosts:
            out.add("SW211", key, line, f"{key} is not a URL", f"set {key}=" + _example(hint))
        return Url("unknown")
    host = (parts.hostname or "").lower()
    scheme = parts.scheme.lower()
    if empty_label(key, host, line, out, found):
        host = re.sub(r"\.{2,}", ".", host).strip(".")
    if "@" in parts.netloc:
        found.append(("SW223", f"{key} carries credentials before the host ({shown(url)}); "
                               "they end up in every proxy and server log"))
    if parts.query:
        creds = [k for k, _ in parse_qsl(parts.query, keep_blank_values=True)
                 if _CREDENTIAL_PARAM.fullmatch(k)]
        if creds:
            found.append(("SW223", f"{key} carries a credential in its query string "
                                   f"({', '.join(creds)}=...); it ends up in every log"))
        else:
            found.append(("SW224", f"{key} has a query string (?{parts.query}); the SDK "
                                   f"appends {_CHAT} after it and the request goes nowhere"))
    path = parts.path
    # A template left unfilled in the account or gateway segment ({account_id}) is said by
    # that segment's own rule, as such (SW218, SW226); anywhere else it breaks the path.
    segs = path.split("/")
    own = _own_rule_segments(host, segs)
    filled = "/".join(s for i, s in enumerate(segs)
                      if i not in own or not gateway.is_placeholder_segment(s))
    if gateway.NOT_IN_PATH.search(filled) or not filled.isprintable():
        found.append(("SW226", f"{key} has characters a URL path cannot hold "
                               f"({_odd_chars(path)})"))
    port = f":{parts.port}" if parts.port else ""
    ollama = providers.OLLAMA_NATIVE
    if ollama.native(parts.port, path) and not providers.names_local_server(key) \
            and not names.WHOLE_ENDPOINT_NAME.search(key) and not names.is_side_client(key):
        # Ollama's native API (/api/chat, /api/generate) under a base URL: an OpenAI-style
        # client appends /chat/completions to it, a path Ollama does not serve. (Not under
        # Ollama's own names, whose clients speak its native API; not a whole endpoint or a
        # side client's address, which may be its native embeddings endpoint.)
        found.append(_native_base(key, clients, f"{ollama.vendor}'s native API "
                                  f"({path.rstrip('/')})", f"base, {ollama.compatible_path}"))
        path = ollama.compatible_path
    # (the URL as read: a scheme the value lacks is SW211's, and this fix writes it too)
    server = local_root(key, parts.geturl()) if not any(c.appends for c in clients) else None
    if server is not None and (said := _local_root(key, server, clients, values)) is not None:
        found.append(said)
        path = server.compatible_path
    if host in _LOOPBACK or host.endswith(".localhost"):
        local = Url("unknown")  # a local stand-in (setup-wizard emulate, Ollama): not judged
        if found:  # (what the other fixes write: SW114's, for OPENAI_API_BASE's OPENAI_BASE_URL)
            local.fixed = f"{scheme}://{_bracketed(host)}{port}{_clean_path(path)}"
            _emit(found, key, line, local.fixed, out)
        return local
    if scheme != "https" and (host in KNOWN_HOSTS or host in CATALOG_HOSTS
                               or host in providers.OPENAI_BASE_BY_HOST
                               or providers.look_alike(host)
                               or gateway.looks_like_gateway_path(f"https://{host}{path}")):
        # Only where https is the rule: a proxy or a server on the LAN may well speak http. A
        # public vendor's API host redirects http to https, and the client re-sends the POST
        # as a GET: 405 or 404 (Together's http://api.together.xyz/v1, qwen-code#166).
        found.append(("SW211", f"{key} uses {scheme}://; the gateway and providers are https"))
    if host != gateway.GATEWAY_HOST and host in KNOWN_HOSTS and _gateway_shaped(path):
        found.append(("SW225", f"{key} has the AI Gateway's path on {host}; the gateway "
                               f"answers only on {gateway.GATEWAY_HOST}"))
        host = gateway.GATEWAY_HOST
    if host not in KNOWN_HOSTS:
        close = _close_hosts(host)
        alike = providers.look_alike(host)
        if alike is not None:
            # The host names a brand (api.grok.com: Grok, xAI's): that vendor's host, not the
            # one a letter away (api.groq.com), is what was meant.
            close = [h for h in close if h == host_of(alike.direct_base_url)]
        if close and close[0] in CATALOG_HOSTS:
            # A catalog provider's host misspelt: said, then judged as that host (below).
            found.append(("SW212", f"{key} host {host!r} is not a known host; did you mean "
                                   f"{close[0]}?"))
            host, close = close[0], []
        if host in CATALOG_HOSTS or host in providers.OPENAI_BASE_BY_HOST:
            scheme = "https"  # its rule (SW211): the fix says so, whatever the value had
        if not close and alike is None and (meant := vendor_typo(host)) is not None:
            # An OpenAI-compatible vendor's host misspelt: said, then judged as that host.
            found.append(("SW212", f"{key} host {host!r} is not a known host; did you mean "
                                   f"{meant}?"))
            host, scheme = meant, "https"  # (https its rule too, as above)
        if close:
            found.append(("SW212", f"{key} host {host!r} is not a known host; did you mean "
                                   f"{close[0]}?"))
            host = close[0]
        elif gateway.looks_like_gateway_path(f"https://{host}{path}"):
            found.append(("SW225", f"{key} has the AI Gateway's path on {host}; the gateway "
                                   f"answers only on {gateway.GATEWAY_HOST}"))
            host = gateway.GATEWAY_HOST
        elif alike is not None:
            own = urlsplit(alike.direct_base_url).hostname or ""
            found.append(("SW212", f"{key} host {host!r} is not {alike.name}'s API; did you "
                                   f"mean {own}?"))
            host = own
        else:
            fixed_path = _clean_path(path)
            if _appends_chat(clients) and fixed_path.endswith(_CHAT):
                found.append(("SW213", f"{key} ends with {_CHAT}; the SDK appends it again"))
                while fixed_path.endswith(_CHAT):
                    fixed_path = fixed_path[: -len(_CHAT)].rstrip("/")
            elif host in providers.ANTHROPIC_BASES and \
                    fixed_path.rstrip("/").endswith(_CHAT) and \
                    key.upper() == names.ANTHROPIC_SDK_NAME:  # (a slash after it, too)
                # The Anthropic SDK's own name (Claude Code reads it too): the SDK appends
                # /v1/messages to the bare host, so an OpenAI-style endpoint there is no base
                # at all. (An app's own Claude name may be posted to as it is: SW229 below.)
                base = providers.ANTHROPIC_BASES[host]
                found.append(("SW222", f"{key} holds an OpenAI-style endpoint; an Anthropic "
                                       "client (the Anthropic SDK, Claude Code) appends "
                                       f"/v1/messages itself: its base is https://{host}{base}"))
                fixed_path = base
            elif host in CATALOG_HOSTS and fixed_path.endswith(_CHAT) and \
                    not names.WHOLE_ENDPOINT_NAME.search(key):
                # A catalog provider's OpenAI-style API under an app's own name: as on ours.
                found.append(("SW229", f"{key} ends with {_CHAT}: an OpenAI-style SDK appends "
                                       f"it again; right only if the app posts to {key} as "
                                       "it is"))
                while fixed_path.endswith(_CHAT):
                    fixed_path = fixed_path[: -len(_CHAT)].rstrip("/")
            if "/v1/v1" in fixed_path:
                found.append(("SW215", f"{key} has /v1 twice"))
                fixed_path = re.sub(r"(?:/v1)+", "/v1", fixed_path)
            native = providers.NATIVE_BASES.get(host)
            if native is not None and key == native.sdk_var and fixed_path.strip("/"):
                # The vendor SDK's own name: it wants the bare host, not any base of ours.
                found.append(("SW222", f"{key} is read by {native.sdk}, which puts the API "
                                       f"version in front of every path itself; its base is "
                                       f"the bare host, https://{host}"))
                fixed_path = ""
            elif providers.AZURE_OPENAI_HOST.fullmatch(host) and _appends_chat(clients) and \
                    not fixed_path.strip("/") and not (azure_type and key == "OPENAI_API_BASE"):
                # An Azure OpenAI resource's root: the OpenAI SDK appends /chat/completions
                # to it, a path Azure does not serve; its v1 API is the OpenAI-style base.
                found.append(("SW222", f"{key} is an Azure OpenAI resource's root; the OpenAI "
                                       f"SDK needs the resource's v1 API, "
                                       f"https://{host}/openai/v1"))
                fixed_path = "/openai/v1"
            elif native is not None and fixed_path.rstrip("/") in native.native_paths and \
                    (judge_unknown_hosts or names.API_URL_NAME.search(key)):
                found.append(_native_base(key, clients, f"{native.vendor}'s native base",
                                          f"one, https://{host}{native.compatible_path}"))
                fixed_path = native.compatible_path
            two = providers.TWO_FORMAT_HOSTS.get(host)
            if two is not None and fixed_path.rstrip("/") == two.anthropic and \
                    not names.ANTHROPIC_CLIENT_NAME.search(key):
                # Its Anthropic-format base under an OpenAI-style name: an error for a client
                # we know appends /chat/completions, said for an app's own (as SW228).
                other = f"https://{host}{two.openai[0]}"
                found.append(("SW222", f"{key} is {two.vendor}'s Anthropic-format base; an "
                                       f"OpenAI-style client needs its OpenAI-format one, "
                                       f"{other}") if _appends_chat(clients) else
                             ("SW228", f"{key} is {two.vendor}'s Anthropic-format base URL; a "
                                       f"client that speaks the OpenAI format needs {other}"))
                fixed_path = two.openai[0]
            vendor = providers.OPENAI_BASE_BY_HOST.get(host)
            if vendor is not None and (judge_unknown_hosts or names.API_URL_NAME.search(key)):
                fixed_path = _vendor_base(key, host, fixed_path, clients, vendor, found)
            other = Url("unknown")  # a proxy or another provider: not ours to judge
            if found:  # its scheme kept (a server on the LAN may well speak http), but
                # https on a catalog provider's host (above)
                other.fixed = f"{scheme}://{_bracketed(host)}{port}{fixed_path}"
                _emit(found, key, line, other.fixed, out)
            return other
    path = _clean_path(path)
    slash = ""  # a native base's trailing slash, which its own client needs (kept in fixes)
    if len(path) > 1 and path.endswith("/"):
        # (not on a provider's native base: its own client puts the model right after the
        # slash, .../ai/run/@cf/..., and what lint says of that base is said below)
        if native_model_base(host, path) is None:
            found.append(("SW214", f"{key} ends with a slash"))
        else:
            slash = "/"
        path = path.rstrip("/")
    endpoint = ""  # the whole endpoint, kept as given (judged as its base URL below)
    if path.endswith(_CHAT) and not _appends_chat(clients) and \
            names.WHOLE_ENDPOINT_NAME.search(key):
        path, endpoint = path[: -len(_CHAT)].rstrip("/"), _CHAT
    elif path.endswith(_OTHER_ENDPOINTS) and names.WHOLE_ENDPOINT_NAME.search(key):
        tail = next(t for t in _OTHER_ENDPOINTS if path.endswith(t))
        path, endpoint = path[: -len(tail)].rstrip("/"), tail
    elif (tail := names.named_endpoint(key, path)) is not None:  # OPENROUTER_MODELS_URL
        path, endpoint = path.rstrip("/")[: -len(tail)].rstrip("/"), tail
    if path.endswith(_CHAT):
        if _appends_chat(clients):
            found.append(("SW213", f"{key} ends with {_CHAT}; the SDK appends it again"))
        else:  # an app lint does not know: it may post to the whole endpoint as given
            found.append(("SW229", f"{key} ends with {_CHAT}: an OpenAI-style SDK appends it "
                                   f"again; right only if the app posts to {key} as it is"))
        while path.endswith(_CHAT):
            path = path[: -len(_CHAT)].rstrip("/")
    elif not _appends_chat(clients) and \
            (tail := next((t for t in _OTHER_ENDPOINTS if path.endswith(t)), None)):
        # The same for the API's other endpoints: DeepTutor's EMBEDDING_HOST is "the FULL
        # endpoint URL ... called verbatim" (its .env.example), beside a base in LLM_HOST.
        found.append(("SW229", f"{key} ends with {tail}: an OpenAI-style SDK appends it "
                               f"again; right only if the app posts to {key} as it is"))
        path = path[: -len(tail)].rstrip("/")
    if "/v1/v1" in path:
        found.append(("SW215", f"{key} has /v1 twice"))
        while "/v1/v1" in path:
            path = path.replace("/v1/v1", "/v1")
    kept = f"https://{host}{path}{endpoint}"  # before the path rules below
    if host == gateway.GATEWAY_HOST:
        result, path = _gateway_path(path, hint, key, found,
                                     universal=all(c.universal for c in clients),
                                     known=_appends_chat(clients))
    else:
        result, path = _direct_path(host, path, key, clients, found, whole_bases, endpoint)
    fixed = f"https://{host}{path}{endpoint}"
    if found:
        # Under SW230 the path is most likely right: the other findings' fixes keep it; so
        # under SW233 and SW234, the app's own client's path, its parts fixed.
        others = f"https://{host}{result.kept}{slash}{endpoint}" if result.kept is not None \
            else kept if any(code == "SW230" for code, _ in found) else fixed
        _emit(found, key, line, fixed, out, others)
        result.fixed = fixed
    return result


def local_root(key: str, url: str) -> providers.LocalServer | None:
    """The model server (providers.LOCAL_SERVERS) whose bare address `url` is, by its default
    port with no path (http://localhost:11434), under a name an OpenAI-style client may read it
    by: an LLM word (OPENAI_BASE_URL, LLM_URL), LOCAL (opencode's LOCAL_ENDPOINT) or the
    server's own word. None under the server's own names where its own clients call its native
    API at that address (OLLAMA_HOST, OLLAMA_BASE_URL, OLLAMA_API_BASE), an Anthropic client's
    (Ollama and LM Studio take Claude's requests at the root), a side client's (embeddings) or
    a website's, and under names of no LLM word (NextChat's BASE_URL: it appends /v1)."""
    parts = _split(url.strip())
    if parts is None or parts.scheme.lower() not in ("http", "https") or parts.query \
            or parts.path.strip("/"):
        return None
    server = providers.LOCAL_SERVER_BY_PORT.get(parts.port or 0)
    if server is None or names.ANTHROPIC_CLIENT_NAME.search(key) or names.is_side_client(key) \
            or names.SITE_URL_NAME.search(key):
        return None
    own = names.names_any(key, server.words)
    if own and server.native_word:
        return None
    return server if own or names.names_llm(key) or names.names_word(key, "LOCAL") else None


def native_client(server: providers.LocalServer, values: Mapping[str, str | None]) -> bool:
    """Whether the file says its app may call `server`'s native API at the bare address: a
    provider switch or a key set to the server's word (LLM_PROVIDER=ollama; OPENAI_API_KEY=
    ollama, a key apps test to pick their Ollama client), or a model under LiteLLM's native
    prefix (LLM_MODEL=ollama/llama3). Read once per file and server: a file of thousands of
    local addresses asks for each, and the answer is the file's (linear work, not quadratic)."""
    if not server.native_word:
        return False
    global _NATIVE_READ
    read = _NATIVE_READ  # (one object, swapped whole: a lint in another thread keeps its own)
    if read[0] is not values:
        read = _NATIVE_READ = (values, {})
    answers = read[1]
    if server.vendor not in answers:
        answers[server.vendor] = _native_client(server, values)
    return answers[server.vendor]


# The last file's values (by identity: kept alive here, so never another's) and its answers.
_NATIVE_READ: tuple[Mapping[str, str | None] | None, dict[str, bool]] = (None, {})


def _native_client(server: providers.LocalServer, values: Mapping[str, str | None]) -> bool:
    for name, raw in values.items():
        v = (raw or "").strip().strip("\"'").lower()
        if v == server.native_word or v.startswith(server.native_model_prefixes):
            row = names.lookup(name)
            wanted = ("model",) if v != server.native_word else ("provider", "provider_key")
            if row is not None and row.role in wanted:
                return True
    return False


def _local_root(key: str, server: providers.LocalServer, clients: tuple[names.Client, ...],
                values: Mapping[str, str | None] | None) -> tuple[str, str] | None:
    """A local server's bare address as an OpenAI-style base: an error for a client we know
    appends /chat/completions (the OpenAI SDK), a warning for an app lint does not know (it may
    append /v1 itself, as NextChat does) or where the file says the app may call the server's
    native API there; not said for an unknown app of such a file (OpenHands' LLM_BASE_URL with
    LiteLLM's ollama/ model is right)."""
    known = _appends_chat(clients)
    native = values is not None and native_client(server, values)
    where = f"its OpenAI-compatible API is at {server.compatible_path}"
    if known and not native:
        return ("SW222", f"{key} is {server.vendor}'s address with no path; {where}, and "
                         f"{clients[0].name} posts to {_CHAT} at the root, which "
                         f"{server.vendor} does not serve (404)")
    if native and not known:
        return None
    return ("SW231", f"{key} is {server.vendor}'s bare address; {where}, and an OpenAI-style "
                     f"client appends only {_CHAT} (404 at the root)"
                     + (f"; right only if the app calls {server.vendor}'s native API itself"
                        if native else ""))


def empty_label(key: str, host: str, line: int | None, out: Findings,
                found: list[tuple[str, str]] | None = None) -> bool:
    """A host with two dots together names no machine, whatever the client (SW227). An IPv4
    address is said at once (its missing number cannot be guessed); a name goes to `found`,
    whose fix is the whole corrected URL, or is said at once when there is no such list."""
    if not host or ":" in host or not (".." in host or host.startswith(".")):
        return False
    said = f"{key} host {host!r} has an empty label (two dots together); no machine has that name"
    if re.fullmatch(r"[\d.]+", host) or found is None:
        fix = (f"write the whole address in {key}: four numbers joined by single dots"
               if re.fullmatch(r"[\d.]+", host) else
               f"write the host in {key} as {re.sub(r'[.]{2,}', '.', host).strip('.')}")
        out.add("SW227", key, line, said, fix)
        return False
    found.append(("SW227", said))
    return True


def _own_rule_segments(host: str, segs: list[str]) -> set[int]:
    """Where in `path.split("/")` an account or gateway segment sits, judged by its own rule:
    after /accounts/ (Workers AI), or /v1/{account}/{gateway} on the gateway's host."""
    own = {i for i in range(1, len(segs)) if segs[i - 1] == "accounts"}
    if host == gateway.GATEWAY_HOST and segs[1:2] == ["v1"]:
        own |= {2, 3}
    return own


def _account(key: str, acct: str, found: list[tuple[str, str]]) -> str:
    """An account segment (the gateway's, Workers AI's) judged as an account ID (SW218): what
    the fixes put there, the ID as Cloudflare writes it or a placeholder for the user's."""
    problem = gateway.account_id_problem(acct)
    if problem is None:
        return acct.lower()
    found.append(("SW218", f"{key}: account ID {mask(acct) if len(acct) > 40 else acct!r}: "
                           f"{problem}"))
    return "<account_id>"


def _gateway_shaped(path: str) -> bool:
    """/v1/{32 hex}/{name}/...: the gateway's own path, whatever host it was put on."""
    segs = [s for s in path.split("/") if s]
    return len(segs) >= 3 and segs[0] == "v1" and bool(gateway.ACCOUNT_ID_RE.fullmatch(segs[1]))


# A URL whose port is a word (http://localhost:PORT/v1, http://host:<port>): urlsplit cannot
# read it (RFC 3986: the port is digits), and every client refuses it before sending. The
# word is read after any user:password@ and ends where the host part does, so a password
# (user:pw@host:PORT) is never taken for the word and shown.
_PORT_WORD = re.compile(
    r"[A-Za-z][A-Za-z0-9+.-]*://(?:[^/?#@]*@)?[^/:@\[\]]+:([^/\d?#@][^/?#@]*)(?=[/?#]|$)")


def _split(url: str) -> SplitResult | None:
    """urlsplit, or None when the URL cannot be read (a bad port, a broken IPv6 host)."""
    try:
        parts = urlsplit(url)
        _ = parts.port
        return parts
    except ValueError:
        return None


def azure_api_type(values: Mapping[str, str | None]) -> bool:
    """OPENAI_API_TYPE=azure (or azure_ad): the OpenAI SDK before 1.0 then reads
    OPENAI_API_BASE as an Azure resource's root and puts /openai/deployments/{engine}/... after
    it itself, so the root is right there (docs/sources.md#sdk-base-url). Not in OPENAI_BASE_URL:
    the SDK 1.x's Azure client reads AZURE_OPENAI_ENDPOINT instead, and its plain client posts
    to the root's /chat/completions."""
    return (values.get("OPENAI_API_TYPE") or "").strip().lower() in ("azure", "azure_ad",
                                                                     "azuread")


def _appends_chat(clients: tuple[names.Client, ...]) -> bool:
    """Every client is one we know to append /chat/completions (not an unknown app)."""
    return all(c is not names.UNKNOWN for c in clients)


def _native_base(key: str, clients: tuple[names.Client, ...], what: str,
                 compatible: str) -> tuple[str, str]:
    """A vendor's native API under a base URL: wrong for known OpenAI-style clients (SW222);
    under an app's own name a warning (SW233), since the app may call the native API itself."""
    known = _appends_chat(clients)
    return ("SW222" if known else "SW233",
            f"{key} is {what}" + ("" if known else ", right only for a native client")
            + f"; an OpenAI-style client needs its OpenAI-compatible {compatible}")


def native_model_base(host: str, path: str) -> providers.Provider | None:
    """The provider whose native base (Provider.native_base_url: Workers AI's
    .../accounts/{id}/ai/run) `path` on `host` is, or that base through the gateway
    (.../{gateway}/workers-ai), a trailing slash or not: a base its own clients put the model
    right after (.../ai/run/@cf/...). None for any other URL."""
    segs = [s for s in path.split("/") if s]
    for p, native_host, pattern in _NATIVE_BASES:
        if host == gateway.GATEWAY_HOST:
            if p.native_gateway_suffix is not None and len(segs) >= 4 and segs[3] == p.slug \
                    and "".join(f"/{s}" for s in segs[4:]) == p.native_gateway_suffix:
                return p
        elif host == native_host and pattern.fullmatch("/" + "/".join(segs)):
            return p
    return None


# (provider, its native base's host, a pattern of that base's path with any account ID)
_NATIVE_BASES: tuple[tuple[providers.Provider, str, re.Pattern[str]], ...] = tuple(
    (p, host_of(p.native_base_url), re.compile(re.escape(urlsplit(p.native_base_url).path)
                                               .replace(re.escape("{account_id}"), "[^/]+")))
    for p in providers.PROVIDERS.values() if p.native_base_url is not None)


def _vendor_base(key: str, host: str, path: str, clients: tuple[names.Client, ...],
                 vendor: providers.OpenAIBase, found: list[tuple[str, str]]) -> str:
    """A base URL on an OpenAI-compatible vendor's host (providers.OPENAI_BASES) judged as for
    the providers lint knows (_direct_path): a path the vendor does not serve is SW222 with its
    documented base as the fix; its bare host under an app's own name SW231 (the app may add
    the version path itself). Not judged: a trailing slash (as today), the vendor's native API
    under an app's own name (its own client may read it), an Anthropic client's name, and a
    name whose client appends a path of its own (names.py: GROQ_BASE_URL, OPENAI_API_HOST).
    Returns the path the other findings' fixes write."""
    if names.ANTHROPIC_CLIENT_NAME.search(key) or any(c.appends for c in clients):
        return path
    known = _appends_chat(clients)
    base, tail = path.rstrip("/"), ""
    if not known:  # an app's own name may hold a whole endpoint (EMBEDDING_URL=.../embeddings)
        tail = next((t for t in (_CHAT, *_OTHER_ENDPOINTS, "/models") if base.endswith(t)), "")
        base = base[: len(base) - len(tail)].rstrip("/")
    if vendor.serves(base):
        return path
    fix = vendor.paths[0]
    if vendor.native_api(base):
        if not known:
            return path
        what = f"native API ({base})" if base else "bare host, its native API's"
        found.append(_native_base(key, clients, f"{vendor.vendor}'s {what}",
                                  f"base, https://{host}{fix}"))
    elif not base and not tail and not known:
        found.append(("SW231", f"{key} is {vendor.vendor}'s bare host; an OpenAI-style SDK "
                               f"needs https://{host}{fix} (it appends only {_CHAT})"))
    else:
        found.append(("SW222", f"{key} has path {base or '/'!r}; {vendor.vendor}'s "
                               f"OpenAI-compatible base URL is https://{host}{fix}"))
    return fix + tail


def _clean_path(path: str) -> str:
    """The path without characters a URL cannot hold (a gateway name is tidied later)."""
    return "/".join(_clean_segment(s) if i != 3 else s for i, s in enumerate(path.split("/")))


def _clean_segment(segment: str) -> str:
    s = gateway.NOT_IN_PATH.sub("", segment)
    return s if s.isprintable() else "".join(c for c in s if c.isprintable())


def _odd_chars(path: str) -> str:
    odd = sorted({c for c in path if gateway.NOT_IN_PATH.match(c) or not c.isprintable()})
    return ", ".join("a space" if c == " " else f"U+{ord(c):04X}" for c in odd)


def _example(hint: providers.Provider) -> str:
    return gateway.base_url("<account_id>", "<gateway_id>", hint.slug, hint.gateway_suffix)


# Findings whose value may well be right: the case their fix is for.
_FIX_CAVEATS: dict[str, str] = {
    "SW230": " only if the SDK itself reads {key} (for the app's own client the value is right)",
    "SW231": " unless your app appends the version path itself",
    "SW234": " if an OpenAI-style client reads {key} (an app that adds each provider's path "
             "itself needs no change)",
}


# Findings whose value is most likely right for the app's own client: their fix is the URL
# for the client they name, the other findings' fixes keep the value's path (`others`).
_OWN_FIX: Final = frozenset({"SW230", "SW233", "SW234"})


def _emit(found: list[tuple[str, str]], key: str, line: int | None, fixed: str,
          out: Findings, others: str | None = None) -> None:
    """Each finding with the whole corrected URL as its fix; `others`, when given, is the fix
    of every finding but those of _OWN_FIX (whose value is most likely right, path and all)."""
    for code, message in found:
        when = _FIX_CAVEATS.get(code, "").format(key=key)
        out.add(code, key, line, message,
                f"set {key}={fixed if code in _OWN_FIX else (others or fixed)}{when}")


def _gateway_path(path: str, hint: providers.Provider, key: str,
                  found: list[tuple[str, str]], universal: bool = False,
                  known: bool = True) -> tuple[Url, str]:
    """`known`: every client of `key` is one lint knows to append /chat/completions (an
    OpenAI-style SDK); else an app's own client may complete the URL itself (SW234, SW233)."""
    segs = [s for s in path.split("/") if s]
    if not segs or segs[0] != "v1":
        if segs and re.fullmatch(r"v\d+", segs[0]):
            segs[0] = "v1"
        else:
            segs.insert(0, "v1")
        found.append(("SW221", f"{key} must start with /v1/ after the gateway host"))
    acct, gw, slug = [*segs, None, None, None][1:4]
    rest = segs[4:]
    if acct is None or gw is None:
        found.append(("SW221", f"{key} has no account ID and gateway name "
                               "(.../v1/{account_id}/{gateway_id}/{provider})"))
    if acct is not None:
        acct = _account(key, acct, found)
    if gw is not None:
        problem = gateway.gateway_name_problem(gw)  # the one rule, shared with init
        if problem is not None:
            if not (problem.code == "SW226" and any(c == "SW226" for c, _m in found)):
                # (a character no path can hold is said once, of the whole URL)
                found.append((problem.code, f"{key}: {problem.message}"))
            gw = "<gateway_id>" if problem.code == "SW219" or not problem.suggestion \
                else problem.suggestion
    result = Url("gateway")
    if slug is None and universal and acct is not None and gw is not None:
        return result, "/" + "/".join(["v1", acct, gw])
    if slug is None:
        if acct is not None and gw is not None and known:
            found.append(("SW221", f"{key} ends at the gateway name (the Universal endpoint); "
                                   "an OpenAI SDK needs the provider after it"))
        elif acct is not None and gw is not None:
            # An app's own client may build each provider's path on the root itself
            # (TraceRoot's AI_GATEWAY_BASE_URL), or post the Universal endpoint's steps there.
            found.append(("SW234", f"{key} ends at the gateway name: right only if the app "
                                   "puts each provider's path after it itself (or posts the "
                                   "Universal endpoint's steps there); an OpenAI-style SDK "
                                   "needs the provider after it"))
            result.kept = "/" + "/".join(["v1", acct, gw])
        slug, result.provider = hint.slug, hint
        rest = [s for s in hint.gateway_suffix.split("/") if s]
    elif slug == gateway.COMPAT:
        result.endpoint = "compat"
        if rest:
            found.append(("SW216", f"{key}: nothing may follow /compat (the SDK appends "
                                   f"{_CHAT})"))
            rest = []
    elif slug in providers.PROVIDERS:
        p = result.provider = providers.PROVIDERS[slug]
        suffix = "".join(f"/{s}" for s in rest)
        if suffix not in p.gateway_suffixes and suffix == p.native_gateway_suffix and not known:
            # The provider's native route (.../workers-ai, which its own client completes
            # with /@cf/<model>) under an app's own name: right for that client.
            found.append(_native_base(key, (names.UNKNOWN,),
                                      f"{p.name}'s native route through the gateway (.../{slug}"
                                      ", where its own clients put the model)",
                                      f"route, .../{slug}{p.gateway_suffix}"))
            result.kept = "/" + "/".join([*segs[:1], acct or "<account_id>",
                                          gw or "<gateway_id>", slug, *rest])
            rest = [s for s in p.gateway_suffix.split("/") if s]
        elif suffix not in p.gateway_suffixes:
            upstream = urlsplit(p.direct_base_url).path.rstrip("/")
            why = (f"repeats {upstream}, which the gateway's /{slug} already replaces"
                   if suffix == upstream else f"has {suffix or 'nothing'} after /{slug}")
            found.append(("SW216", f"{key} {why}"))
            rest = [s for s in p.gateway_suffix.split("/") if s]
    elif providers.is_custom_provider(slug):
        pass  # an account's own provider: its path after the slug is that provider's
    elif slug not in providers.OTHER_GATEWAY_SLUGS:
        close = gateway.guess_slug(slug)
        guess = close or hint.slug
        found.append(("SW217", f"{key}: {slug!r} is not a gateway provider"
                               + (f"; did you mean {guess!r}?" if close else "")))
        slug = guess
        result.provider = providers.get(guess)
        if result.provider:
            rest = [s for s in result.provider.gateway_suffix.split("/") if s]
    segments = ["v1", acct or "<account_id>", gw or "<gateway_id>", slug, *rest]
    return result, "/" + "/".join(segments)


def _direct_path(host: str, path: str, key: str, clients: tuple[names.Client, ...],
                 found: list[tuple[str, str]],
                 whole_bases: tuple[tuple[str, str], ...] = (),
                 endpoint: str = "") -> tuple[Url, str]:
    """`endpoint`: what the name says it holds whole (/models), split off the path."""
    p = providers.by_direct_url(f"https://{host}/")
    if p is None:
        return Url("unknown"), path
    if path == "/":  # the bare host with a slash (https://api.deepseek.com/) is the bare host
        path = ""
    full = urlsplit(p.direct_base_url).path
    # What each client wants in the variable: the provider's base path minus what it appends.
    wanted = [full[: -len(c.appends)] if c.appends and full.endswith(c.appends) else full
              for c in clients]
    wanted += [urlsplit(alt).path for alt in p.direct_alternatives
               if not any(c.appends for c in clients)]
    anthropic = urlsplit(p.anthropic_base_url).path if p.anthropic_base_url else None
    if anthropic is not None and key.upper() == names.ANTHROPIC_SDK_NAME and \
            path.rstrip("/") == f"{anthropic.rstrip('/')}/v1":
        return Url("direct", provider=p), anthropic  # SW222 by lint.values (its /v1/messages)
    if path == anthropic and any(c is names.UNKNOWN for c in clients):
        # An app this tool does not know may speak Anthropic's Messages API to that base (its
        # name says so: ANTHROPIC_BASE_URL), or the OpenAI format, which needs the other one.
        if not names.ANTHROPIC_CLIENT_NAME.search(key):
            found.append(("SW228", f"{key} is {p.name}'s Anthropic-format base URL; a client "
                                   f"that speaks the OpenAI format needs https://{host}{wanted[0]}"))
            path = wanted[0]
        return Url("direct", provider=p), path
    # An account segment (Workers AI's) is judged as an account ID, and the fixes keep it.
    patterns = [re.escape(w).replace(re.escape("{account_id}"), "(?P<acct>[^/]+)")
                for w in wanted]
    acct = next((m.group("acct") for pat in patterns if "acct" in pat
                 and (m := re.fullmatch(pat, path))), None)
    if acct is None and "{account_id}" in full:
        m = re.search(r"/accounts/([^/]+)", path)
        acct = m.group(1) if m else None
    account = "<account_id>"
    if acct is not None:
        account = _account(key, acct, found)
        wanted = [w.replace("{account_id}", account) for w in wanted]
        full = full.replace("{account_id}", account)
        if re.fullmatch(patterns[0], path):
            return Url("direct", provider=p), wanted[0]
        patterns = [re.escape(w) for w in wanted]
    if not any(re.fullmatch(pat, path) for pat in patterns):
        # A client that appends part of the base doubles it; only the provider's whole base
        # is then right for a client of the app's own (/v1 on Groq's host is right for none).
        appender = next((c for c in clients if c.appends and path.endswith(c.appends)
                         and path == full), None)
        # Another provider's whole base: the same provider's under a name of the app's own
        # says its client reads that name, not this one (which its SDK may well read).
        whole_base = next((n for n, slug in whole_bases if slug != p.slug), None)
        if not endpoint and native_model_base(host, path) is p:
            # The provider's native base (Workers AI's .../ai/run): an error for a client we
            # know appends /chat/completions, a warning for an app's own (SW233), whose client
            # may put the model after it (LiteLLM's own Workers AI client does).
            native = urlsplit(p.native_base_url or "").path
            found.append(_native_base(key, clients, f"{p.name}'s native API base "
                                      f"(...{native.split('{account_id}')[-1]}, where its own "
                                      "clients put the model)",
                                      f"base, https://{host}{wanted[0]}"))
            if not _appends_chat(clients):
                result = Url("direct", provider=p)
                result.kept = native.replace("{account_id}", account)
                return result, wanted[0]
        elif appender is not None and whole_base is not None:
            # The file writes its other bases whole: most likely all go to the app's own
            # client, where this value is right too. Said, not an error.
            found.append(("SW230", f"{key} has path {path!r}, which {appender.name} would "
                                   f"double (it appends {appender.appends} itself); the file "
                                   f"writes {whole_base} as a whole base too, so the app "
                                   "likely hands both to a client of its own, where the value "
                                   "is right"))
        elif appender is not None:
            # Apps also hand such a name to a client of their own, which appends nothing
            # more: then the value is right, and the app's author can say so on the line.
            found.append(("SW222", f"{key} has path {path!r}, but {appender.name} appends "
                                   f"{appender.appends} itself (requests would go to "
                                   f"{path}{appender.appends}{_CHAT}); if your app passes "
                                   f"{key} to a client of its own instead, the value is right: "
                                   "put '# setup-wizard: ignore[SW222]' on the line above"))
        elif not path and not endpoint and all(c is names.UNKNOWN for c in clients):
            # An app lint does not know may append the version path itself (NextChat's
            # BASE_URL=https://api.openai.com): wrong only for an OpenAI-style SDK. Not to an
            # endpoint it holds whole (OPENAI_MODELS_URL=https://api.openai.com/models).
            found.append(("SW231", f"{key} is {p.name}'s bare host; an OpenAI-style SDK needs "
                                   f"https://{host}{wanted[0]} (it appends only {_CHAT})"))
        else:
            found.append(("SW222", f"{key} has path {path + endpoint or '/'!r}; {p.name}'s "
                                   f"base URL is "
                                   f"https://{host}{wanted[0]}"
                                   + (f" for {clients[0].name}" if wanted[0] != full else "")))
        path = wanted[0]
    return Url("direct", provider=p), path
