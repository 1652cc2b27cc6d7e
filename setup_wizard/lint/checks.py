"""Checks of the settings themselves, on roles (base URL, model, gateway token, provider key,
gateway switch, mode), whatever the variables are called.

`config/roles.py` says which variable plays which role (mapping, then well-known names, then
a value's shape); the checks judge each by the rules of the client that reads it and reuse
`fields`, `gateway` and `providers`, so the wizard and the linter judge values alike. What
is absent is an error only when the file clearly needs it (init's own vocabulary, or an
explicit mapping). Where we can know the corrected value, the fix says it.
"""

from __future__ import annotations

import dataclasses
import difflib
import re
from collections.abc import Mapping
from typing import NamedTuple
from urllib.parse import urlsplit

from setup_wizard.config import envfile, fields, gateway, names, providers
from setup_wizard.config.mapping import VarMap
from setup_wizard.config.model_facts import OPENAI_FAMILIES
from setup_wizard.config.roles import Binding, Roles, effective_url, provider_words, resolve
from setup_wizard.config.schema import (
    GATEWAY_MODES,
    MODE_KEY,
    MODES,
    USE_AI_GATEWAY,
    infer_mode,
    parse_bool,
)
from setup_wizard.lint import models, spelling, values
from setup_wizard.lint.findings import KEY_PREFIXES, Ctx, Finding, Findings, shown_value
from setup_wizard.lint.urls import (
    Url,
    azure_api_type,
    check_url,
    host_of,
    is_missing_as_text,
    missing_as_text,
    shown,
    url_for,
)
from setup_wizard.masking import SECRET_NAME, mask

__all__ = ["Finding", "Findings", "check_settings"]

# Set by Cloudflare tooling (wrangler) for other reasons; not worth a "key unused" warning.
_NOT_UNUSED = frozenset({"CLOUDFLARE_API_TOKEN"})
SECRET_ROLES = ("gateway_token", "provider_key")


_LOCAL_HOST = re.compile(r"(?i)^https?://(?:[^@/]*@)?(?:localhost|127\.\d+\.\d+\.\d+|0\.0\.0\.0|"
                         r"host\.docker\.internal|10\.\d+\.\d+\.\d+|192\.168\.\d+\.\d+|"
                         r"172\.(?:1[6-9]|2\d|3[01])\.\d+\.\d+|[a-z0-9-]+|[^/:]+\.(?:local|internal|lan))"
                         r"(?::\d+)?(?:/|$)")


# A name that says it holds an LLM setting whatever its vendor (CLAUDE_API_KEY, LLM_MODEL): the
# shape of a key's, a model's or an API URL's name, with an LLM word in it (_llm_setting_name).
_LLM_SETTING_NAME = re.compile(r"(?:^|_)(?:API_?KEY|MODEL|MODEL_NAME)$", re.IGNORECASE)
# The key names of the vendors lint knows by their model catalog only (Anthropic's, Google's).
_CATALOG_KEY_NAMES: frozenset[str] = frozenset(
    p.key_var for p in providers.CATALOG_ONLY.values() if p.key_var)


def _local_server(value: str) -> bool:
    """A URL of a server the user runs (localhost, a private address, a compose service's bare
    name): a proxy such as LiteLLM's, whose model names and schedules are its own."""
    return bool(_LOCAL_HOST.match(value.strip()))


def _url_heads(values: Mapping[str, str | None]) -> dict[str, providers.Provider]:
    """A name's first word -> the provider whose direct URL a base-URL variable with that
    first word holds (DEEPSEEK_API_BASE_URL=https://api.deepseek.com: DEEPSEEK -> DeepSeek);
    the first such variable wins."""
    heads: dict[str, providers.Provider] = {}
    wanted = {names.head(n) for n in values if "MODEL" in n.upper()
              or n.upper().endswith("_LLM")}  # only a model's name asks for its URL
    for name, value in values.items():
        head = names.head(name)
        if not value or head in heads or head not in wanted \
                or not value.strip().lower().startswith(("http://", "https://")):
            continue
        row = names.lookup(name)
        if row is not None and row.role == "base_url" and (
                found := providers.by_direct_url(value.strip())
                or providers.catalog_vendor_base(value.strip())) is not None:
            heads[head] = found
    return heads


def _foreign_heads(values: Mapping[str, str | None]) -> frozenset[str]:
    """The stems of base-URL variables that point at a server with model names of its own: one
    the user runs (LOCAL_LLM_BASE_URL=http://localhost:11434) or another vendor's API
    (DEEPSEEK_URL=https://api.siliconflow.cn/v1). A model with the same stem goes there, and
    its names are that server's."""
    heads = set()
    for name, value in values.items():
        v = (value or "").strip()
        if not v.lower().startswith(("http://", "https://")):
            continue
        row = names.lookup(name)
        if row is None or row.role != "base_url" or names.SITE_URL_NAME.search(name):
            continue
        try:
            host = (urlsplit(v).hostname or "").lower()
        except ValueError:
            continue
        # (a relay or a proxy on a host of its own passes the model's name on to a provider,
        # so its names are judged as the provider's: not here)
        if _local_server(v) or (host in providers.OTHER_API_HOSTS
                                and providers.catalog_vendor_base(v) is None):
            heads.add(names.stem(name))  # (a vendor with a catalog here is judged by it)
    return frozenset(heads)


def _whole_bases(values: Mapping[str, str | None]) -> tuple[tuple[str, str], ...]:
    """(name, provider slug) of each variable under a name no known client reads
    (OPENROUTER_BASE_URL) that holds a provider's OpenAI-compatible base in full, path and all
    (https://openrouter.ai/api/v1): such a file writes its base URLs for a client of its own,
    which appends nothing more."""
    found: list[tuple[str, str]] = []
    for name, value in values.items():
        row = names.lookup(name)
        if not value or row is None or row.role != "base_url" or \
                any(c is not names.UNKNOWN for c in row.clients):
            continue
        p = providers.by_direct_url(value.strip())
        whole = {urlsplit(u).path for u in (p.direct_base_url, *p.direct_alternatives)} \
            if p is not None else set()
        if p is not None and urlsplit(value.strip()).path.rstrip("/") in whole - {""}:
            found.append((name, p.slug))
    return tuple(found)


def check_settings(values_: Mapping[str, str | None], lines: Mapping[str, int],
                   unresolved: Mapping[str, list[str]], out: Findings,
                   mapping: VarMap | None = None,
                   aliases: Mapping[str, str] | None = None) -> Roles:
    """Every settings rule. Keys in `unresolved` come from variables lint cannot see.

    `aliases` maps a misspelt name to the one it was meant to be (GROQ_KEY: GROQ_API_KEY,
    which is absent): its value is judged as that name's, and said under the name written,
    so renaming it (SW109's fix) brings no new finding.
    """
    if aliases:
        start = len(out.items)
        view = dict(values_)
        where = dict(lines)
        for near, target in aliases.items():
            view[target] = values_.get(near)
            where[target] = lines.get(near, 0)
            view.pop(near, None)
        roles = check_settings(view, where, unresolved, out, mapping)
        _rekey(out, start, {t: n for n, t in aliases.items()})
        return roles
    # An app's own word for a value it fills in when it runs (LibreChat's user_provided key,
    # Open WebUI's /ollama): like a reference lint cannot follow, it is not judged (SW120).
    words = {k: [w.app] for k, v in values_.items()
             if k not in unresolved and (w := names.app_word(k, v)) is not None}
    if words:
        unresolved = {**unresolved, **words}
    # A misspelt provider's own name (GROQ_KEY for GROQ_API_KEY) is that provider's, as the
    # name it was meant to be: its value's shape does not make it the URL's key either.
    meant_owned = {k for k in spelling.near_miss_candidates(values_)
                   if (t := spelling.near_miss(k)) and (r := names.lookup(t)) is not None
                   and r.role == "provider_key" and r.provider}
    roles = resolve({k: v for k, v in values_.items() if k not in unresolved}, mapping,
                    not_by_shape=meant_owned)
    for role, name in (mapping.names.items() if mapping else ()):
        if name in unresolved and role not in roles.bindings:
            roles.bindings[role] = resolve({name: "x"}, VarMap({role: name})).bindings[role]
    # (a local server with a model variable of its own, OLLAMA_BASE_URL beside OLLAMA_MODEL,
    # serves that model: it is no proxy for the file's other models)
    own_model = {names.stem(n) for n, v in values_.items() if v and "MODEL" in n.upper()}
    local_api_url = any(v and names.API_URL_NAME.search(n) and _local_server(v)
                        and names.stem(n) not in own_model for n, v in values_.items())
    aws = any("AWS" in n.upper() or "BEDROCK" in n.upper() for n in values_)
    c = Ctx(values_, lines, roles, out, unresolved, {}, _url_heads(values_), local_api_url, aws,
            _whole_bases(values_), _foreign_heads(values_),
            *models.claude_elsewhere(values_, unresolved))
    start = len(out.items)
    _cannot_check(c)
    # settings exist, only not known (or known to be read before they are set), or under an
    # app's old name (SW125, said of the name already)
    said = any(f.code in ("SW111", "SW119", "SW120") for f in out.items[start:]) or any(
        names.renamed(k, v, values_) for k, v in values_.items() if k in names.RENAMED)
    if not roles.bindings and not values.any_checkable(values_) and not said:
        # Another vendor's own key (ANTHROPIC_API_KEY, GEMINI_API_KEY) is an LLM setting too,
        # only not one lint judges: say so, rather than that the file has none.
        vendor_keys = [n for n, v in values_.items() if v and v.strip()
                       and n in _CATALOG_KEY_NAMES][:3]
        # So is a name that says it holds one (ANTHROPIC_BASE_URL at a relay, CLAUDE_API_KEY,
        # Open WebUI's lists): "none is set" would be false of it.
        llm_names = [n for n, v in values_.items() if v and v.strip() and n not in vendor_keys
                     and (_llm_setting_name(n) or n in names.LIST_NAMES)][:3]
        said_of = (f"{', '.join(vendor_keys)} {'is' if len(vendor_keys) == 1 else 'are'} set, "
                   "but lint judges no setting of that vendor's; " if vendor_keys else "") + (
            f"{', '.join(llm_names)} {'is' if len(llm_names) == 1 else 'are'} set, but lint "
            f"finds nothing in {'it' if len(llm_names) == 1 else 'them'} to check; "
            if llm_names else "")
        out.add("SW110", None, None,
                said_of + ("nothing else" if said_of else "none of the LLM settings")
                + " this tool checks is set (a base "
                "URL, a model, a gateway token or a provider key, under any name lint knows: "
                "`setup-wizard lint --list-rules`)", "run `setup-wizard init` to write them")
        return roles
    for role, b in roles.bindings.items():
        raw = values_.get(b.name)
        if raw is None or b.name in unresolved:
            continue
        if raw != raw.strip():
            secret = role in SECRET_ROLES or bool(SECRET_NAME.search(b.name))
            out.add("SW104", b.name, lines.get(b.name),
                    f"{b.name} has whitespace inside its quotes; it is sent with it",
                    f"remove the spaces inside the quotes of {b.name}" if secret
                    else f"set {b.name}={raw.strip()}")
        c.v[role] = values.judged(raw)
        if role in SECRET_ROLES:  # SW405 says it; judge the key itself
            c.v[role] = re.sub(r"(?i)^bearer\s+", "", c.v[role] or "")
    hint = _hint_provider(c)
    url_start = len(out.items)
    url = _base_url(c, hint)
    url_end = len(out.items)
    mode = _check_flags(c, url)
    if url.provider is hint and hint is not c.roles.url_provider:
        _key_with_guessed_url(c, hint, mode, url_start, url_end)
    provider = models.check_primary(c, url, mode, hint)
    if url.kind == "missing" and roles.name("base_url") not in unresolved:
        _missing_url(c, mode, hint)
    _check_token(c, mode)
    _check_keys(c, provider, mode, url)
    _caveats(c, url)
    values.check_others(c, url, provider)
    if len(out.items) > start:
        out.annotate({b.name: roles.why(role) for role, b in roles.bindings.items()}, start)
    return roles


def _rekey(out: Findings, start: int, back: Mapping[str, str]) -> None:
    """Findings about an alias's target, said under the name the file really has."""
    import re

    pattern = re.compile(r"\b(" + "|".join(map(re.escape, back)) + r")\b")
    for i in range(start, len(out.items)):
        f = out.items[i]
        out.items[i] = Finding(f.code, f.severity, back.get(f.key or "", f.key), f.line,
                               pattern.sub(lambda m: back[m[1]], f.message),
                               pattern.sub(lambda m: back[m[1]], f.fix) if f.fix else f.fix)


def _cannot_check(c: Ctx) -> None:
    """A value built from ${OTHER} that neither the file nor the environment has, a secret
    manager's reference, or an app's own word for a value it fills in itself."""
    for key, refs in c.unresolved.items():
        if (word := names.app_word(key, c.values.get(key))) is not None:
            c.out.add("SW120", key, c.lines.get(key),
                      f"{key}: cannot check: {c.values.get(key)} is {word.app}'s own word here: "
                      f"{word.means}", None)
            continue
        if names.lookup(key) is None and key not in c.roles.bound_names():
            continue  # not a variable lint would judge
        if (who := fields.secret_reference(c.values.get(key) or "")) is not None:
            c.out.add("SW120", key, c.lines.get(key),
                      f"{key}: cannot check: a secret manager's reference, replaced by "
                      f"{who} when it starts the app", None)
            continue
        src = ", ".join(refs)
        later = [r for r in refs if c.lines.get(r, 0) > c.lines.get(key, 0)]
        if later:
            where = ", ".join(f"{r} (line {c.lines[r]})" for r in later)
            c.out.add("SW119", key, c.lines.get(key),
                      f"{key} refers to {where}, which the file sets only after it; "
                      "python-dotenv expands references in file order, so this gets "
                      f"{' and '.join(later)} from the environment, or an empty value",
                      f"move the line that sets {later[0]} above {key}" if len(later) == 1
                      else f"move the lines that set {' and '.join(later)} above {key}")
            continue
        c.out.add("SW111", key, c.lines.get(key),
                  f"{key}: cannot check: comes from {src}, set neither in the file nor in "
                  "this environment (it is only known when the app runs)", None)


def _hint_provider(c: Ctx) -> providers.Provider:
    """The provider to name in fixes when the URL does not say: the model's when only one
    provider serves it (the model says where requests must go, and removing a key must not
    change the answer), else the key's, else Groq."""
    if c.roles.url_provider:
        return c.roles.url_provider
    model = (c.v.get("model") or "").strip()
    prefix, _, bare = model.partition("/")
    for literal in (True, False):  # the ID as sent, then read as compat's provider/model
        serving = [p for p in providers.PROVIDERS.values() if model and not p.router and (
            (p.knows_model(model) or p.retired_model(model)) if literal
            else p.compat_prefix == prefix and (p.knows_model(bare) or p.retired_model(bare)))]
        if len(serving) == 1:
            return serving[0]
        if serving:
            break
    key = c.v.get("provider_key")
    owners = providers.key_owners(key) if key else []
    if owners:
        return owners[0]
    for p in providers.PROVIDERS.values():
        if c.values.get(p.key_var):
            return p
    return providers.PROVIDERS["groq"]


# -- base URL --------------------------------------------------------------------------------
def _key_with_guessed_url(c: Ctx, hint: providers.Provider, mode: str, start: int,
                          end: int) -> None:
    """A URL fix that names a provider the URL did not (SW221's Universal endpoint, SW217's
    unknown slug, and every other fix of that URL, which all set the one corrected URL) also
    says which key to paste, so following it brings no new error."""
    extra = models.key_to_paste(c, hint, mode)
    for i in range(start, end):
        f = c.out.items[i]
        if f.fix and f.fix.startswith(f"set {f.key}=") and extra and extra not in f.fix:
            c.out.items[i] = f._replace(fix=f.fix + extra)


def _base_url(c: Ctx, hint: providers.Provider) -> Url:
    b = c.roles.get("base_url")
    if b is not None and b.name in c.unresolved:
        return Url("unknown")
    value = c.v.get("base_url")
    if not value:
        return Url("missing")
    if is_missing_as_text(value) and c.roles.ours:  # init's file must have one: name it
        missing_as_text(b.name if b else c.name("base_url"), c.line("base_url"), c.out,
                        hint.direct_base_url)
        return Url("unknown")
    return check_url(b.name if b else c.name("base_url"), value, c.line("base_url"), hint,
                     b.clients if b else (names.OPENAI_SDK,), c.out, whole_bases=c.whole_bases,
                     azure_type=azure_api_type(c.values), values=c.values)


def _missing_url(c: Ctx, mode: str, hint: providers.Provider) -> None:
    name = c.name("base_url")
    if mode in GATEWAY_MODES and c.must("base_url"):
        c.out.add("SW210", name, None,
                  f"{name} is missing; the gateway is wanted but the SDK would call "
                  "api.openai.com", f"set {name}="
                  + gateway.base_url("<account_id>", "<gateway_id>", hint.slug,
                                     hint.gateway_suffix) + models.key_to_paste(c, hint, mode))
        return
    if not c.roles.ours or ("base_url" in c.roles.mapping.names and not c.must("base_url")):
        return  # judged through the key below (a Groq key the OpenAI SDK sends to OpenAI)
    keys = [p for p in providers.PROVIDERS.values() if c.values.get(p.key_var)]
    if [p.slug for p in keys] == ["openai"]:
        return  # the OpenAI SDK's default base URL is OpenAI's: nothing is missing
    c.out.add("SW210", name, None,
              f"{name} is missing; the OpenAI SDK then calls api.openai.com",
              f"set {name}={hint.direct_base_url}" + models.key_to_paste(c, hint, mode))


# -- flag and mode ---------------------------------------------------------------------------
def _check_flags(c: Ctx, url: Url) -> str:
    switch, mode_name, url_name = c.name("gateway_switch"), c.name("mode"), c.name("base_url")
    flag_raw = c.v.get("gateway_switch")
    flag = parse_bool(flag_raw)
    if flag_raw is not None and flag is None:
        c.out.add("SW200", switch, c.line("gateway_switch"),
                  f"{switch}={shown_value(flag_raw)!r} is not a boolean",
                  f"set {switch}=" + ("false" if url.kind == "direct" else "true"))
    explicit = c.v.get("mode")
    judged: dict[str, str | None] = {MODE_KEY: explicit, USE_AI_GATEWAY: flag_raw}
    if explicit is not None and explicit not in MODES:
        close = difflib.get_close_matches(explicit, MODES, n=1, cutoff=0.5)
        c.out.add("SW203", mode_name, c.line("mode"),
                  f"{mode_name}={shown_value(explicit)!r} is not one of "
                  f"{', '.join(MODES)}", f"set {mode_name}={close[0] if close else MODES[0]}")
        judged.pop(MODE_KEY)
        explicit = None
    is_gateway = url.kind == "gateway"
    has_key = bool(c.v.get("provider_key"))
    mode = infer_mode(judged, is_gateway_url=is_gateway, has_provider_key=has_key)[0] or "direct"
    if explicit is not None and url.kind in ("gateway", "direct") and \
            (explicit in GATEWAY_MODES) != is_gateway:
        # The URL is what the app uses: judge the rest by it, not by the recorded mode.
        judged.pop(MODE_KEY)
        mode = infer_mode(judged, is_gateway_url=is_gateway, has_provider_key=has_key)[0] \
            or "direct"
        c.out.add("SW204", mode_name, c.line("mode"),
                  f"{mode_name}={explicit} but {url_name} is a "
                  + ("gateway" if is_gateway else "direct") + " URL",
                  f"set {mode_name}={mode}, or change {url_name}")
        explicit = None
    if flag is not None:
        wants = "a gateway" if flag else "a direct"
        if url.kind in ("gateway", "direct") and flag != is_gateway:
            c.out.add("SW201", switch, c.line("gateway_switch"),
                      f"{switch}={flag_raw} wants {wants} URL but {url_name} is "
                      + ("a gateway" if is_gateway else "a direct") + " URL",
                      f"set {switch}={'true' if is_gateway else 'false'}, or change {url_name}")
        elif explicit is not None and flag != (explicit in GATEWAY_MODES):
            c.out.add("SW201", switch, c.line("gateway_switch"),
                      f"{switch}={flag_raw} contradicts {mode_name}={explicit}",
                      f"set {switch}={'true' if explicit in GATEWAY_MODES else 'false'}")
    elif flag_raw is None and is_gateway and c.must("gateway_switch"):
        c.out.add("SW202", switch, None,
                  f"{switch} is missing while {url_name} is a gateway URL; an app that sends "
                  "the gateway token only when it is true sends none", f"set {switch}=true")
    return mode


# -- token -----------------------------------------------------------------------------------
def _check_token(c: Ctx, mode: str) -> None:
    name = c.name("gateway_token")
    if name in c.unresolved:
        return
    value = c.v.get("gateway_token")
    line = c.line("gateway_token")
    said = name  # (what the messages call the token)
    header = values.token_in_headers(c) if value is None else None
    if header is not None:  # Claude Code's ANTHROPIC_CUSTOM_HEADERS sends it: judged there
        name, value = header
        line = c.lines.get(name)
        said = f"the gateway token in {name} (its cf-aig-authorization header)"
    if value is None and mode in GATEWAY_MODES and not c.must("gateway_token") \
            and {r for r, b in c.roles.bindings.items()
                 if models.judged_value(c, b.name)} <= {"base_url"} \
            and not any(models.judged_value(c, r.name) for r in names.KEY_NAMES):
        return  # a file holding only a base URL (and empty lines of a template) is judged
        # on the base URL
    parts = values.gateway_parts(c) if mode not in GATEWAY_MODES else None
    if parts is not None:
        # No URL, but a gateway set by its parts: the app builds a gateway URL, so the token
        # is judged as a gateway's (a token under the app's own name is its business).
        if value is None:
            if not values.token_under_own_name(c):
                values.parts_without_token(c, parts)
            return
        mode = "gateway-request-key" if c.v.get("provider_key") else "gateway-stored-key"
    where = f"{name} (after cf-aig-authorization: Bearer)" if header else name
    for p in fields.check_token(value, mode, var=said):
        fix = p.fix
        if p.code == "SW401":
            fix = f"set {name} to a token created under AI Gateway > your gateway > Settings " \
                  "> Authentication (Run permission)"
        elif p.code == "SW402":
            fix = f"paste the whole token into {where}"
        elif p.code == "SW404":
            if any(gateway.parse_gateway_url(v or "") for v in c.values.values()):
                continue  # (a gateway URL under a name no role reads: the token is for it)
            p, fix = _unused_token(c, p, said, f"the cf-aig-authorization header from {name}"
                                   if header else name)
        elif p.code == "SW403":
            owners = providers.key_owners(value or "")
            fix = f"paste the Cloudflare token into {where} (the key belongs in " \
                  f"{owners[0].key_var if owners else 'the provider key variable'}, or in " \
                  "the gateway's Provider Keys)"
        c.out.problem(p, name, line, fix)


def _own_key_name(c: Ctx, provider: providers.Provider) -> str | None:
    """The name `provider`'s key is read under when no role holds it (SW507 says it, not the
    provider's usual name the app may not read): one of the file's that the names table gives
    the provider (CLOUDFLARE_API_TOKEN), else a key's name of the file under the base URL's
    word or the provider's (WORKERS_AI_API_KEY beside WORKERS_AI_BASE_URL), set or left empty,
    that no role took; else the key name the base URL's client reads (OPENAI_API_KEY beside
    OPENAI_BASE_URL: the OpenAI SDK's). None: the file does not tell."""
    taken = c.roles.bound_names()
    b = c.roles.get("base_url")
    heads = {names.head(b.name)} if b is not None else set()
    words = frozenset(provider_words(provider))
    for n in c.values:
        row = names.lookup(n)
        if n in taken or row is None or row.role != "provider_key":
            continue
        if row.provider == provider.slug or (row.provider is None and (
                names.head(n) in heads or names.names_any(n, words))):
            return n
    clients = set(b.clients) - {names.UNKNOWN} if b is not None else set()
    return next((row.name for row in names.NAMES if row.role == "provider_key"
                 and row.provider is None and clients & set(row.clients)), None)


def _unused_token(c: Ctx, p: fields.Problem, said: str,
                  removed: str) -> tuple[fields.Problem, str]:
    """SW404's words: "direct mode" only where a base URL in the file is no gateway URL; a
    file with no base URL at all (the token alone, its app's URL in a config file of its own:
    Cloudflare's opencode page) sends nothing from here, which is all lint sees."""
    b = c.roles.get("base_url")
    url = b.name if b is not None and c.v.get("base_url") else next(
        (n for n, v in c.values.items() if v and v.strip() and names.API_URL_NAME.search(n)),
        None)  # (ANTHROPIC_BASE_URL at Anthropic's API, which no role reads)
    if url is not None:
        return dataclasses.replace(p, message=f"{said} is set but unused: {url} is no "
                                   "gateway URL, so requests do not go through the gateway "
                                   "(direct mode)"), f"remove {removed}, or point {url} at your "\
            "gateway"
    return dataclasses.replace(p, message=f"{said} is set, but no base URL in this file points "
                               "at the gateway, so nothing here sends it (if your app reads "
                               "its gateway URL from a config file of its own, this is "
                               "right)"), \
        f"point your app's base URL at your gateway, or remove {removed} if nothing sends it"


# -- keys ------------------------------------------------------------------------------------
def _check_keys(c: Ctx, provider: providers.Provider | None, mode: str, url: Url) -> None:
    b = c.roles.get("provider_key")
    name = c.name("provider_key")
    if b is not None and b.name in c.unresolved:
        return
    value = c.v.get("provider_key")
    if c.roles.get("base_url") is None and _local_servers_key(c, value):
        return  # OPENAI_API_KEY=ollama beside OLLAMA_BASE_URL: that server's, not a provider's
    if provider is not None and b is not None and b.row is not None and b.row.provider and \
            b.row.provider != provider.slug and providers.get(b.row.provider) is not None:
        # Another provider's own key name (XAI_API_KEY where requests go to Groq): no client
        # sends it there, so it is judged as that provider's key, as its name says.
        dest, provider = provider, None
    else:
        dest = None
    if provider is None:
        # Where requests go is unknown: judge the key by its own name's provider (GROQ_API_KEY:
        # a Groq key), else only a shape that names its provider.
        own = providers.get(b.row.provider) if b and b.row and b.row.provider else None
        owners = [own] if own else [p for p in providers.key_owners(value or "")
                                    if p.key_var == name]
        if value and owners:
            for prob in fields.check_provider_key(owners[0], value, "direct", var=name):
                if prob.code == "SW504" and _owners_url_in_file(c, value.strip()):
                    continue  # an app's own URL name sends it to the key's vendor (unread here)
                fix = _key_fix(prob, name, c, owners[0])
                if prob.code == "SW504" and dest is not None and \
                        dest in providers.key_owners(value.strip()):
                    # Requests already go where this key belongs: pointing the base URL
                    # there changes nothing; the key sits under the wrong name.
                    fix = f"rename {name} to {dest.key_var} (requests go to {dest.name}), " \
                          f"or paste {fields.with_article(owners[0].name)} key into {name}"
                c.out.problem(prob, name, c.lines.get(name), fix)
        return
    if mode == "gateway-stored-key" and mode not in provider.modes:
        # (init's files and a key name the file holds keep theirs)
        own = name if b is not None or name in c.values or c.must("provider_key") \
            else _own_key_name(c, provider)
        if own is not None:
            name = own
            c.out.add("SW507", name, c.lines.get(name),
                      f"{provider.name} has no key to store in the gateway; the app must send "
                      f"{name}", f"set {c.name('mode')}=gateway-request-key and paste a "
                      f"{provider.name} token into {name}")
        else:  # (no variable of the file holds it: not a name the app may not read)
            c.out.add("SW507", name, None,
                      f"{provider.name} has no key to store in the gateway; the app must send "
                      f"a {provider.name} token itself, and no variable in this file holds one",
                      f"put a {provider.name} token in the variable your app sends as its key "
                      f"({name} in files setup-wizard init writes)")
    elif not value and not c.must("provider_key"):
        pass  # absent: it may come from the environment; empty: SW508 (values.py) says so
    elif mode == "gateway-stored-key" or not _key_goes_elsewhere(c, provider, value, url):
        # A key found by its name's word only (LLM_API_KEY beside LLM_BASE_URL) may be one the
        # app turns into the header itself: a placeholder is wrong whoever reads it, a shape
        # is the provider's rule for what its own SDK sends.
        by_word = b is not None and b.how == "convention" and b.row in names.PATTERNS
        for prob in fields.check_provider_key(provider, value, mode, var=name):
            if prob.code == "SW503" and by_word:
                continue
            if prob.code == "SW502" and (routes := _routed_elsewhere(c, name)):
                _stub_not_sent(c, name, value or "", routes)
                continue
            if prob.code == "SW504" and c.roles.get("base_url") is None and \
                    _owners_url_in_file(c, (value or "").strip()):
                continue  # an app's own URL name sends it to the key's vendor (unread here)
            if prob.code == "SW503" and c.roles.get("base_url") is None and b is not None \
                    and b.row is not None and b.row.provider is None \
                    and _unread_base(c) is not None:
                # OPENAI_API_KEY=NA beside OPENAI_API_BASE_URL=http://localhost:8001/v1: judged
                # as OpenAI's only because that URL goes unread. Its apps send the key there
                # (a local server's dummy), as LangChain does beside OPENAI_API_BASE; the one
                # mistake is the URL's name, said once (SW114), whose fix leaves the key right.
                continue
            c.out.problem(prob, name, c.lines.get(name), _key_fix(prob, name, c, provider))
    if not c.roles.ours:
        return
    for p in providers.PROVIDERS.values():
        if p.key_var != name and c.values.get(p.key_var) and p.key_var not in _NOT_UNUSED:
            c.out.add("SW506", p.key_var, c.lines.get(p.key_var),
                      f"{p.key_var} is set, but requests go to {provider.name}, which uses "
                      f"{name}", f"remove {p.key_var}, or point {c.name('base_url')} at {p.name}")


# A stub OpenAI key a client wants set but no request sends (CAI's docs: keep OPENAI_API_KEY
# non-empty, "dummy", when the model is azure/...): LiteLLM sends a prefixed model to that
# provider with its own credentials (names.LITELLM_ROUTES, or a provider row's key).
_STUB_KEY_NAMES = frozenset({"OPENAI_API_KEY"})


class _Route(NamedTuple):
    """A model of the file and where LiteLLM sends it: the vendor, the variables set for it."""

    model_var: str
    model: str
    vendor: str
    set_names: tuple[str, ...]


def _routed_elsewhere(c: Ctx, name: str) -> list[_Route]:
    """Every model of the file, when each goes to a provider other than OpenAI by its LiteLLM
    prefix and that provider's own credentials or address are set; [] when one does not (an
    unprefixed model, gpt-4o or openai/gpt-4o, goes to OpenAI with this key), when a base URL
    sends OpenAI-format requests somewhere, or for a key under any other name."""
    if name not in _STUB_KEY_NAMES or c.roles.get("base_url") is not None:
        return []
    found: list[_Route] = []
    for var, raw in c.values.items():
        row = names.lookup(var)
        if not ((row is not None and row.role == "model")
                or ("MODEL" in var.upper() and names.is_side_client(var))):
            continue
        if var in c.unresolved:
            return []
        model = values.judged(raw or "")
        if not model:
            continue
        route = _litellm_route(c, var, model)
        if route is None:
            return []
        found.append(route)
    return found


def _litellm_route(c: Ctx, var: str, model: str) -> _Route | None:
    prefix, slash, _rest = model.partition("/")
    row = names.LITELLM_ROUTES.get(prefix.lower()) if slash else None
    if row is not None:
        vendor, wanted = row.vendor, row.names
    else:
        found = models.split_route(model, "prefixed", catalog=True)
        if found is None or found[0].slug == "openai" or not found[0].key_var:
            return None
        vendor, wanted = found[0].name, (found[0].key_var,)
    set_names = tuple(n for n in wanted if (c.values.get(n) or "").strip())
    return _Route(var, model, vendor, set_names) if set_names else None


def _stub_not_sent(c: Ctx, name: str, value: str, routes: list[_Route]) -> None:
    """SW509 (info) instead of SW502: the stub is never sent. The key that is sent instead is
    judged: a placeholder there is SW502, on that variable (a value of a distinctive prefix,
    gsk_xxx, is judged by its shape wherever it is: values.check_others)."""
    said = "; ".join(f"{r.model_var} ({r.model}) to {r.vendor} with {', '.join(r.set_names)}"
                     for r in routes)
    c.out.add("SW509", name, c.lines.get(name),
              f"{name} holds a stub ({mask(value)}) that no request sends: LiteLLM sends "
              f"{said}", None)
    for r in routes:
        for var in r.set_names:
            held = values.judged(c.values.get(var) or "")
            if SECRET_NAME.search(var) and fields.is_placeholder(held) \
                    and not held.startswith(KEY_PREFIXES):
                c.out.add("SW502", var, c.lines.get(var),
                          f"{var} is a placeholder ({mask(held)}); LiteLLM sends it to "
                          f"{r.vendor} for {r.model_var}, and {r.vendor} answers 401",
                          f"paste the real key into {var}")


def _llm_setting_name(name: str) -> bool:
    """A key's, a model's or an API URL's name that says it is an LLM's (CLAUDE_API_KEY,
    LLM_MODEL, ANTHROPIC_BASE_URL, TOGETHER_API_KEY, AZURE_API_BASE: names.llm_service_name,
    as lint reads a setting's name elsewhere). Not another service's key (STRIPE_API_KEY) nor
    a web app's own API (NEXT_PUBLIC_API_URL), which hold no LLM setting."""
    return bool(names.API_URL_NAME.search(name) or _LLM_SETTING_NAME.search(name)) and \
        names.llm_service_name(name)


def _owners_url_in_file(c: Ctx, key: str) -> bool:
    """Whether a URL on the API host of the key's own vendor is in the file under any name
    (CUSTOM_OPENAI_BASE_URL at Google beside a Google key in OPENAI_API_KEY): the app likely
    sends the key there, through a name lint does not bind, so "sent to OpenAI" is unsure."""
    vendors = [*providers.key_owners(key)]
    foreign = providers.foreign_key(key)
    if foreign is not None:
        vendors += [p for p in providers.CATALOG_ONLY.values() if p.name == foreign.vendor]
    hosts = {host_of(p.direct_base_url) for p in vendors}
    return bool(hosts) and any(v and host_of(v) in hosts for v in c.values.values())


def _key_fix(prob: fields.Problem, name: str, c: Ctx,
             provider: providers.Provider | None = None) -> str | None:
    if prob.code == "SW501":
        return f"set {name} to your key, or store the key in the gateway (Provider Keys) and " \
               f"set {c.name('mode')}=gateway-stored-key"
    url = provider or c.roles.url_provider
    if prob.code == "SW502":
        if url is not None and "gateway-stored-key" not in url.modes:
            return f"paste the real key into {name}"  # (none can be stored: Workers AI's)
        return f"paste the real key into {name}, or store it in the gateway and remove {name}"
    if prob.code == "SW503":
        return f"paste the whole key into {name} again, from the provider's console"
    if prob.code == "SW504":
        owner = providers.key_owners((c.values.get(name) or "").strip())
        # A name only clients of one provider read (CLOUDFLARE_API_KEY: promptfoo's, pi's,
        # LiteLLM's Workers AI token) goes there whatever the base URL says.
        row = names.BY_NAME.get(name)
        fixed = row is not None and all(cl.provider for cl in row.clients)
        return (f"paste {fields.with_article(url.name)} key into {name}"
                if url else prob.fix) + (
            f", or point {c.name('base_url')} at {owner[0].name}" if owner and not fixed
            else "")
    return prob.fix


def _local_servers_key(c: Ctx, value: str | None) -> bool:
    """The placeholder key a local server's docs give the OpenAI SDK (api_key='ollama'), in a
    file that holds that server's address (OLLAMA_BASE_URL=http://localhost:11434/v1)."""
    row = providers.LOCAL_SERVER_KEYS.get((value or "").strip().lower())
    return row is not None and any(
        v and row[0] in n.upper().split("_") and _local_server(v) for n, v in c.values.items())


def _key_goes_elsewhere(c: Ctx, provider: providers.Provider, value: str | None,
                        url: Url) -> bool:
    """A key under a name that follows the base URL (OPENAI_API_KEY) but shaped for another
    provider: the client sends it to the wrong host. Reported here with the URL to set; True
    when the key was dealt with here (reported, or right where its client sends it)."""
    b = c.roles.get("provider_key")
    if b is None or b.row is None or b.row.provider is not None or not value:
        return False
    owners = [p for p in providers.key_owners(value) if p.key_pattern]
    if not owners or provider in owners:
        return False
    owner = owners[0]
    default = b.clients[0].default_url
    at = providers.by_direct_url(default) if default else None
    if c.roles.get("base_url") is None and at is not None and at.slug == owner.slug:
        # No base URL: the client sends the key to its own default host, whose key it is
        # (an OpenAI key under OPENAI_API_KEY); another provider's model in the file is
        # another client's business. Nothing to say, and not a wrong key for `provider`.
        return True
    url_name = c.name("base_url")
    where = (f"{url_name} points at {provider.name}" if url.kind in ("direct", "gateway")
             else f"without {url_name} {b.clients[0].name} sends it to "
             f"{shown(b.clients[0].default_url or provider.direct_base_url)}")
    # Which of the two is wrong: the model says. A model only the URL's provider serves means
    # the key is the wrong one; otherwise point the URL where the key belongs.
    model = c.v.get("model") or ""
    served = provider.knows_model(model) or bool(provider.retired_model(model))
    fix = (f"paste {fields.with_article(provider.name)} key into {b.name}"
           if served and not owner.knows_model(model)
           else f"set {url_name}={url_for(c, owner, url)}")
    c.out.add("SW504", b.name, c.lines.get(b.name),
              f"{b.name} holds {fields.with_article(owner.name)} key ({mask(value)}), but "
              f"{where}", fix)
    return True


def _caveats(c: Ctx, url: Url) -> None:
    """A name some clients ignore, filling its role alone (OPENAI_API_BASE without
    OPENAI_BASE_URL: the OpenAI SDK 1.x calls api.openai.com); and a name only some apps
    read, in a file that shows none of them (OPENAI_API_BASE_URL: _unread_base)."""
    unread = _unread_base(c)
    if unread is not None:
        row, value = unread
        b = c.roles.get("base_url")
        if b is not None and b.name == row.name:
            value = url.fixed or value  # (bound by its value's shape: a gateway URL, OpenAI's)
        else:  # the base its apps call (chatgpt-web's https://host is https://host/v1)
            value = effective_url(value, Binding("base_url", row.name, "convention", row))
        c.out.add("SW114", row.name, c.lines.get(row.name),
                  f"{row.name} is read by {_apps(row)}; {row.caveat}", _caveat_fix(row, value))
    for role, b in c.roles.bindings.items():
        if b.how != "convention" or b.row is None or not b.row.caveat \
                or names.signed_app(b.row.clients, c.values) is not None:
            continue
        value = (url.fixed if role == "base_url" else None) or c.v.get(role) or ""
        fix = _caveat_fix(b.row, value)
        c.out.add("SW114", b.name, c.lines.get(b.name),
                  f"{b.name} is read by "
                  + ", ".join(dict.fromkeys(x.name for x in b.clients)) + f"; {b.row.caveat}",
                  fix)
        key = c.roles.get("provider_key")
        owners = providers.key_owners(c.v.get("provider_key") or "")
        if role == "base_url" and key is not None and key.row is not None \
                and key.row.provider is None and owners and owners[0].slug != "openai":
            # The other half of the same mistake: where the SDK ignores the URL, it sends this
            # key to its own default host.
            c.out.add("SW114", key.name, c.lines.get(key.name),
                      f"{key.name} holds {fields.with_article(owners[0].name)} key: the OpenAI "
                      f"SDK 1.x and later, which ignores {b.name}, sends it to api.openai.com",
                      fix)


def _apps(row: names.Name) -> str:
    """"Open WebUI, CAMEL (OWL) and chatgpt-web": the apps of a row's clients."""
    apps = list(dict.fromkeys(x.name for x in row.clients))
    return apps[0] if len(apps) == 1 else f"{', '.join(apps[:-1])} and {apps[-1]}"


def _caveat_fix(row: names.Name, value: str) -> str:
    if not row.instead:
        better = next(n for n in names.NAMES if n.role == row.role and not n.caveat)
        return f"set {better.name}={value} as well, if the app calls the OpenAI SDK itself"
    return (f"set {' or '.join(f'{n}={value}' for n in row.instead)} as well (whichever the "
            f"app's client reads), if the app is none of {_apps(row).replace(' and ', ', ')}")


def _own_scheme(c: Ctx, row: names.Name) -> bool:
    """The file names its model in the same scheme as `row` (OPENAI_API_MODEL beside
    OPENAI_API_BASE_URL: chatgpt-web's, AI-Codereview's): no common client reads that either,
    so the app reads its own names, this one too."""
    scheme = row.name.removesuffix("BASE_URL")
    return any(n != row.name and n.startswith(scheme) and v and (r := names.lookup(n)) is not None
               and r.role == "model" for n, v in c.values.items())


def _unread_base(c: Ctx) -> tuple[names.Name, str] | None:
    """(row, value) of a base URL only some apps read (OPENAI_API_BASE_URL: Open WebUI,
    CAMEL, chatgpt-web), set in a file that shows none of them nor an app's own scheme of
    names around it, and sets none of the names the common clients read instead: with the
    OpenAI SDK, LangChain or crewAI its requests go to api.openai.com (crewAI's docs had it
    so until crewAI#213)."""
    for row in names.NAMES:
        value = (c.values.get(row.name) or "").strip()
        if not row.signed_only or row.role != "base_url" or not value or \
                any(c.values.get(n) for n in row.instead) or \
                names.signed_app(row.clients, c.values) is not None or _own_scheme(c, row):
            continue
        b = c.roles.get("base_url")
        if b is not None and b.name == row.name and b.how == "convention":
            continue  # (read as its apps read it: said above if at all)
        return row, values.judged(value)
    return None


# A variable that picks the app's provider or client (LLM_PROVIDER, AI_VENDOR, LLM_BACKEND).
_SWITCH_NAME = re.compile(r"(?i)(?:^|_)(?:PROVIDERS?|VENDOR|BACKEND|API_TYPE)$")

# `# OPENAI_BASE_URL=https://...`: a setting turned into a comment (one line of a comment run).
_COMMENTED_SETTING = re.compile(
    r"[ \t]*#+[ \t]*(?:export[ \t]+)?([A-Za-z_][A-Za-z0-9_]*)[ \t]*=[ \t]*[\"']?"
    r"(https?://[^\s\"'#]+)")


def commented_base(entries: list[envfile.Entry], roles: Roles,
                   values: Mapping[str, str | None], unresolved: Mapping[str, list[str]],
                   out: Findings) -> None:
    """SW321: the client's own base-URL variable commented out (`# OPENAI_BASE_URL=https://
    ark.cn-beijing.volces.com/api/v3`, mi-gpt#191) beside a model its default host does not
    serve: the client sends the model there (404). Said only where nothing else says where
    requests go (no URL or reference under any API's name, no provider switch naming
    another, the key the client's own) and no other rule speaks of the model (another
    vendor's own: SW320; shut down: SW301)."""
    key, model = roles.get("provider_key"), roles.get("model")
    if key is None or model is None or roles.get("base_url") is not None:
        return
    client = key.clients[0] if key.clients else None
    home = providers.by_direct_url(client.default_url) if client and client.default_url \
        else None
    value = (values.get(model.name) or "").strip()
    if home is None or client is None or not value or fields.is_placeholder(value) \
            or "/" in value or home.knows_model(value) or home.retired_model(value) \
            or models.vendor_of(value) is not None or models.sole_retirer(value) is not None \
            or (home.slug == "openai" and OPENAI_FAMILIES.match(value)) \
            or providers.foreign_key((values.get(key.name) or "").strip()) is not None:
        return
    for n, v in values.items():
        if _SWITCH_NAME.search(n) and (v or "").strip().lower() not in (
                "", home.slug, home.name.lower()):
            return  # (LLM_PROVIDER=ollama: the app picks another client)
        where = names.API_URL_NAME.search(n) or models.ELSEWHERE_NAME.search(n) \
            or names.address_only(n)
        if where and (n in unresolved or (v or "").strip().lower().startswith(
                ("http://", "https://"))):
            return  # (a URL, or one known at run time, under some API's name)
    found: list[tuple[str, int, str]] = []
    for e in entries:
        if e.key is not None or e.error or "#" not in e.original:
            continue
        for i, text in enumerate(e.original.split("\n")):
            m = _COMMENTED_SETTING.match(text)
            if m is None or m[1] in values or names.head(m[1]) != names.head(key.name):
                continue
            row = names.lookup(m[1])
            if row is None or row.role != "base_url" or fields.is_placeholder(m[2]) \
                    or re.search(r"[<>{}]|(?i:your[_-])", m[2]) \
                    or providers.same_host(m[2], home.direct_base_url):
                continue  # (a template's blank, or the default host itself)
            found.append((m[1], e.line + i, m[2]))
    if not found:
        return
    host = urlsplit(home.direct_base_url).hostname
    name, line, url = found[0]
    said = (f"{name} is commented out, so {client.name} sends {model.name}="
            f"{shown_value(value)} to {host}, its default, which does not serve it (404 "
            "model_not_found)")
    if len({u for _n, _l, u in found}) == 1:
        out.add("SW321", name, line, f"{said}; the commented URL ({shown(url)}) on line "
                f"{line} may be where it is served", f"uncomment line {line}")
    else:
        lines = [ln for _n, ln, _u in found]
        listed = ", ".join(map(str, lines[:-1])) + f" and {lines[-1]}"
        out.add("SW321", name, line, f"{said}; lines {listed} hold commented URLs for it",
                f"uncomment the one of lines {listed} whose API serves {model.name}")
