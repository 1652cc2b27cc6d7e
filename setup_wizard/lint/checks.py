"""Checks of the settings themselves (flag, mode, base URL, model, token, key).

Works on the values as the app reads them (already parsed and interpolated) and reuses
`fields`, `gateway` and `providers`, so the wizard and the linter judge values alike. Where
we can know the corrected value (the full base URL, the model with its prefix), the fix
says it.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from setup_wizard.config import fields, gateway, providers
from setup_wizard.config.schema import (
    AUTOGEN_MODEL,
    CF_GATEWAY_TOKEN,
    GATEWAY_MODES,
    MODE_KEY,
    MODES,
    OPENAI_BASE_URL,
    USE_AI_GATEWAY,
    infer_mode,
    parse_bool,
)
from setup_wizard.lint.rules import BY_CODE, Severity
from setup_wizard.lint.staleness import stale_catalog

KEY_VARS = frozenset(p.key_var for p in providers.PROVIDERS.values())
KNOWN_KEYS = frozenset({MODE_KEY, USE_AI_GATEWAY, OPENAI_BASE_URL, AUTOGEN_MODEL,
                        CF_GATEWAY_TOKEN}) | KEY_VARS
SECRET_KEYS = KEY_VARS | {CF_GATEWAY_TOKEN}
# Set by Cloudflare tooling (wrangler) for other reasons; not worth a "key unused" warning.
_NOT_UNUSED = frozenset({"CLOUDFLARE_API_TOKEN"})
_LOOPBACK = frozenset({"127.0.0.1", "localhost", "::1"})
_KNOWN_HOSTS = (gateway.GATEWAY_HOST, *sorted({
    (urlsplit(p.direct_base_url).hostname or "") for p in providers.PROVIDERS.values()}))
_CHAT = "/chat/completions"


@dataclass(frozen=True)
class Finding:
    """One problem. `key` is None for file-level findings, `line` None when not in a file."""

    code: str
    severity: Severity
    key: str | None
    line: int | None
    message: str
    fix: str | None


@dataclass
class Findings:
    items: list[Finding] = field(default_factory=list)

    def add(self, code: str, key: str | None, line: int | None, message: str,
            fix: str | None) -> None:
        rule = BY_CODE[code]  # an unknown code is a bug: fail loudly in tests
        if key and key not in message:
            message = f"{key}: {message}"
        self.items.append(Finding(code, rule.severity, key, line, message, fix))

    def problem(self, p: fields.Problem, key: str, line: int | None,
                fix: str | None = None) -> None:
        self.add(p.code, key, line, p.message, fix or p.fix)


@dataclass
class _Url:
    kind: str  # "gateway", "direct", "unknown" (a host we cannot judge) or "missing"
    endpoint: str = "provider"  # or "compat"
    provider: providers.Provider | None = None
    fixed: str | None = None  # the corrected URL, when any URL finding was made


def check_settings(values: Mapping[str, str | None], lines: Mapping[str, int],
                   unresolved: set[str], out: Findings) -> None:
    """Every settings rule. Keys in `unresolved` depend on the run-time environment: skipped."""
    present = {k for k in KNOWN_KEYS if values.get(k) is not None}
    if not present:
        out.add("SW110", None, None, "none of the LLM settings this tool checks is set ("
                + ", ".join(sorted(KNOWN_KEYS - KEY_VARS)) + ", or a provider key)",
                "run `setup-wizard init` to write them")
        return
    v: dict[str, str | None] = {}
    for k in KNOWN_KEYS:
        raw = values.get(k)
        if raw is None or k in unresolved:
            continue
        if raw != raw.strip():
            secret = k in SECRET_KEYS
            out.add("SW104", k, lines.get(k),
                    f"{k} has whitespace inside its quotes; it is sent with it",
                    "remove the spaces inside the quotes" if secret
                    else f"set {k}={raw.strip()}")
        v[k] = raw.strip()
    hint = _hint_provider(v)
    url = _check_url(v.get(OPENAI_BASE_URL), lines.get(OPENAI_BASE_URL), hint, out,
                     OPENAI_BASE_URL in unresolved)
    mode = _check_flags(v, lines, url, out)
    provider = _check_model(v, lines, url, mode, hint, out, AUTOGEN_MODEL in unresolved)
    stale = None if AUTOGEN_MODEL in unresolved else stale_catalog(provider, v.get(AUTOGEN_MODEL))
    if stale:
        out.problem(stale, AUTOGEN_MODEL, lines.get(AUTOGEN_MODEL))
    if url.kind == "missing" and OPENAI_BASE_URL not in unresolved:
        _missing_url(v, mode, hint, out)
    if CF_GATEWAY_TOKEN not in unresolved:
        for p in fields.check_token(v.get(CF_GATEWAY_TOKEN), mode):
            out.problem(p, CF_GATEWAY_TOKEN, lines.get(CF_GATEWAY_TOKEN))
    _check_keys(v, lines, provider, mode, unresolved, out)


def _hint_provider(v: Mapping[str, str | None]) -> providers.Provider:
    """The provider to name in fixes when the URL does not say: the key set, else Groq."""
    for p in providers.PROVIDERS.values():
        if v.get(p.key_var):
            return p
    return providers.PROVIDERS["groq"]


# -- base URL --------------------------------------------------------------------------------
def _check_url(url: str | None, line: int | None, hint: providers.Provider, out: Findings,
               unresolved: bool) -> _Url:
    if unresolved:
        return _Url("unknown")
    if not url:
        return _Url("missing")
    key = OPENAI_BASE_URL
    found: list[tuple[str, str]] = []  # (code, message); fixes name the final corrected URL
    parts = urlsplit(url)
    if not parts.scheme or not parts.hostname:
        found.append(("SW211", f"{key} {url!r} has no https:// in front"))
        parts = urlsplit("https://" + url.lstrip("/"))
    host = (parts.hostname or "").lower()
    scheme = parts.scheme.lower()
    if host in _LOOPBACK:
        return _Url("unknown")  # a local stand-in (setup-wizard emulate): cannot judge
    if scheme != "https" and not found:
        found.append(("SW211", f"{key} uses {scheme}://; the gateway and providers are https"))
    if host not in _KNOWN_HOSTS:
        close = [h for h in difflib.get_close_matches(host, _KNOWN_HOSTS, n=3, cutoff=0.85)
                 if h.count(".") == host.count(".")]
        if not close:
            if found:
                _emit(found, key, line, f"https://{host}{parts.path}", out)
            return _Url("unknown")  # a proxy or another provider: not ours to judge
        found.append(("SW212", f"{key} host {host!r} is not a known host; did you mean "
                               f"{close[0]}?"))
        host = close[0]
    path = parts.path
    if len(path) > 1 and path.endswith("/"):
        found.append(("SW214", f"{key} ends with a slash"))
        path = path.rstrip("/")
    if path.endswith(_CHAT):
        found.append(("SW213", f"{key} ends with {_CHAT}; the SDK appends it again"))
        path = path[: -len(_CHAT)]
    if "/v1/v1" in path:
        found.append(("SW215", f"{key} has /v1 twice"))
        while "/v1/v1" in path:
            path = path.replace("/v1/v1", "/v1")
    if host == gateway.GATEWAY_HOST:
        result, path = _gateway_path(path, hint, key, found)
    else:
        result, path = _direct_path(host, path, key, found)
    fixed = f"https://{host}{path}"
    if found:
        _emit(found, key, line, fixed, out)
        result.fixed = fixed
    return result


def _emit(found: list[tuple[str, str]], key: str, line: int | None, fixed: str,
          out: Findings) -> None:
    for code, message in found:
        out.add(code, key, line, message, f"set {key}={fixed}")


def _gateway_path(path: str, hint: providers.Provider, key: str,
                  found: list[tuple[str, str]]) -> tuple[_Url, str]:
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
        problem = gateway.account_id_problem(acct)
        if problem:
            found.append(("SW218", f"{key}: account ID {acct!r}: {problem}"))
            acct = "<account_id>"
        else:
            acct = acct.lower()
    if gw is not None:
        problem = gateway.gateway_name_problem(gw)  # the one rule, shared with init
        if problem:
            hard = problem.severity == "error"
            found.append(("SW219" if hard else "SW220", f"{key}: {problem.message}"))
            gw = "<gateway_id>" if hard or not problem.suggestion else problem.suggestion
    result = _Url("gateway")
    if slug is None:
        if acct is not None and gw is not None:
            found.append(("SW221", f"{key} ends at the gateway name (the Universal endpoint); "
                                   "an OpenAI SDK needs the provider after it"))
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
        if suffix not in p.gateway_suffixes:
            upstream = urlsplit(p.direct_base_url).path.rstrip("/")
            why = (f"repeats {upstream}, which the gateway's /{slug} already replaces"
                   if suffix == upstream else f"has {suffix or 'nothing'} after /{slug}")
            found.append(("SW216", f"{key} {why}"))
            rest = [s for s in p.gateway_suffix.split("/") if s]
    elif slug not in providers.OTHER_GATEWAY_SLUGS:
        slugs = sorted({*providers.PROVIDERS, *providers.OTHER_GATEWAY_SLUGS})
        close = difflib.get_close_matches(slug.lower(), slugs, n=1, cutoff=0.6)
        guess = close[0] if close else hint.slug
        found.append(("SW217", f"{key}: {slug!r} is not a gateway provider"
                               + (f"; did you mean {guess!r}?" if close else "")))
        slug = guess
        result.provider = providers.get(guess)
        if result.provider:
            rest = [s for s in result.provider.gateway_suffix.split("/") if s]
    segments = ["v1", acct or "<account_id>", gw or "<gateway_id>", slug, *rest]
    return result, "/" + "/".join(segments)


def _direct_path(host: str, path: str, key: str,
                 found: list[tuple[str, str]]) -> tuple[_Url, str]:
    p = providers.by_direct_url(f"https://{host}/")
    if p is None:
        return _Url("unknown"), path
    expected = urlsplit(p.direct_base_url).path
    pattern = re.escape(expected).replace(re.escape("{account_id}"), "[0-9a-fA-F]{32}")
    if not re.fullmatch(pattern, path):
        found.append(("SW222", f"{key} has path {path or '/'!r}; {p.name}'s base URL is "
                               f"{p.direct_base_url}"))
        path = expected
    return _Url("direct", provider=p), path


def _missing_url(v: Mapping[str, str | None], mode: str, hint: providers.Provider,
                 out: Findings) -> None:
    if mode in GATEWAY_MODES:
        out.add("SW210", OPENAI_BASE_URL, None,
                f"{OPENAI_BASE_URL} is missing; the gateway is wanted but the SDK would call "
                "api.openai.com", f"set {OPENAI_BASE_URL}="
                + gateway.base_url("<account_id>", "<gateway_id>", hint.slug,
                                   hint.gateway_suffix))
        return
    keys = [p for p in providers.PROVIDERS.values() if v.get(p.key_var)]
    if [p.slug for p in keys] == ["openai"]:
        return  # the OpenAI SDK's default base URL is OpenAI's: nothing is missing
    out.add("SW210", OPENAI_BASE_URL, None,
            f"{OPENAI_BASE_URL} is missing; the OpenAI SDK then calls api.openai.com",
            f"set {OPENAI_BASE_URL}={hint.direct_base_url}")


# -- flag and mode ---------------------------------------------------------------------------
def _check_flags(v: Mapping[str, str | None], lines: Mapping[str, int], url: _Url,
                 out: Findings) -> str:
    flag_raw = v.get(USE_AI_GATEWAY)
    flag = parse_bool(flag_raw)
    if flag_raw is not None and flag is None:
        out.add("SW200", USE_AI_GATEWAY, lines.get(USE_AI_GATEWAY),
                f"{USE_AI_GATEWAY}={flag_raw!r} is not a boolean",
                f"set {USE_AI_GATEWAY}=" + ("false" if url.kind == "direct" else "true"))
    explicit = v.get(MODE_KEY)
    judged = dict(v)
    if explicit is not None and explicit not in MODES:
        close = difflib.get_close_matches(explicit, MODES, n=1, cutoff=0.5)
        out.add("SW203", MODE_KEY, lines.get(MODE_KEY),
                f"{MODE_KEY}={explicit!r} is not one of {', '.join(MODES)}",
                f"set {MODE_KEY}={close[0] if close else MODES[0]}")
        judged.pop(MODE_KEY)
        explicit = None
    is_gateway = url.kind == "gateway"
    key_var = url.provider.key_var if url.provider else None
    has_key = bool(v.get(key_var)) if key_var else any(v.get(k) for k in KEY_VARS)
    mode, _how = infer_mode(judged, is_gateway_url=is_gateway, has_provider_key=has_key)
    mode = mode or "direct"
    if explicit is not None and url.kind in ("gateway", "direct") and \
            (explicit in GATEWAY_MODES) != is_gateway:
        # The URL is what the app uses: judge the rest by it, not by the recorded mode.
        judged.pop(MODE_KEY)
        mode = infer_mode(judged, is_gateway_url=is_gateway, has_provider_key=has_key)[0] \
            or "direct"
        out.add("SW204", MODE_KEY, lines.get(MODE_KEY),
                f"{MODE_KEY}={explicit} but {OPENAI_BASE_URL} is a "
                + ("gateway" if is_gateway else "direct") + " URL",
                f"set {MODE_KEY}={mode}, or change {OPENAI_BASE_URL}")
        explicit = None
    if flag is not None:
        wants = "a gateway" if flag else "a direct"
        if url.kind in ("gateway", "direct") and flag != is_gateway:
            out.add("SW201", USE_AI_GATEWAY, lines.get(USE_AI_GATEWAY),
                    f"{USE_AI_GATEWAY}={flag_raw} wants {wants} URL but {OPENAI_BASE_URL} is "
                    + ("a gateway" if is_gateway else "a direct") + " URL",
                    f"set {USE_AI_GATEWAY}={'true' if is_gateway else 'false'}, or change "
                    f"{OPENAI_BASE_URL}")
        elif explicit is not None and flag != (explicit in GATEWAY_MODES):
            out.add("SW201", USE_AI_GATEWAY, lines.get(USE_AI_GATEWAY),
                    f"{USE_AI_GATEWAY}={flag_raw} contradicts {MODE_KEY}={explicit}",
                    f"set {USE_AI_GATEWAY}={'true' if explicit in GATEWAY_MODES else 'false'}")
    elif flag_raw is None and is_gateway:
        out.add("SW202", USE_AI_GATEWAY, None,
                f"{USE_AI_GATEWAY} is missing while {OPENAI_BASE_URL} is a gateway URL; an "
                "app that sends the gateway token only when it is true sends none",
                f"set {USE_AI_GATEWAY}=true")
    return mode


# -- model -----------------------------------------------------------------------------------
def _check_model(v: Mapping[str, str | None], lines: Mapping[str, int], url: _Url, mode: str,
                 hint: providers.Provider, out: Findings,
                 unresolved: bool) -> providers.Provider | None:
    """Check AUTOGEN_MODEL; return the provider requests go to (compat: the model's prefix)."""
    provider = url.provider
    if url.kind == "missing":
        provider = hint if mode in GATEWAY_MODES else _default_direct(v, hint)
    model = v.get(AUTOGEN_MODEL)
    line = lines.get(AUTOGEN_MODEL)
    if unresolved:
        return provider
    if not model:
        p = provider or hint
        out.add("SW300", AUTOGEN_MODEL, line, f"{AUTOGEN_MODEL} is missing or empty",
                f"set {AUTOGEN_MODEL}=" + (f"{p.compat_prefix}/" if url.endpoint == "compat"
                                           else "") + p.default_model)
        return provider
    if url.endpoint == "compat":
        problems, provider, bare = fields.check_compat_model(model)
        for p in problems:
            out.problem(p, AUTOGEN_MODEL, line, _set_model(p.fix))
        if provider is None:
            return None
        for p in fields.check_model(provider, bare):
            groq = providers.PROVIDERS["groq"]
            if p.code == "SW302" and provider is not groq and groq.knows_model(model):
                out.add("SW307", AUTOGEN_MODEL, line,
                        f"{AUTOGEN_MODEL}={model} goes to {provider.name} on compat, but it is "
                        "a Groq model", f"set {AUTOGEN_MODEL}=groq/{model}")
            else:
                out.problem(p, AUTOGEN_MODEL, line,
                            _retired_fix(provider, bare, f"{provider.compat_prefix}/"))
        return provider
    if provider is None:
        return None
    prefix = f"{provider.compat_prefix}/" if provider.compat_prefix else None
    if prefix and model.startswith(prefix) and not provider.knows_model(model):
        bare = model[len(prefix):]
        if provider.knows_model(bare) or provider.retired_model(bare):
            out.add("SW308", AUTOGEN_MODEL, line,
                    f"{AUTOGEN_MODEL}={model} has the compat prefix {prefix}, but "
                    f"{OPENAI_BASE_URL} is not the compat endpoint",
                    f"set {AUTOGEN_MODEL}={bare}")
            return provider
    for p in fields.check_model(provider, model):
        out.problem(p, AUTOGEN_MODEL, line, _retired_fix(provider, model, ""))
    return provider


def _default_direct(v: Mapping[str, str | None], hint: providers.Provider) -> providers.Provider:
    keys = [p for p in providers.PROVIDERS.values() if v.get(p.key_var)]
    return providers.PROVIDERS["openai"] if not keys else hint


def _set_model(fix: str | None) -> str | None:
    """fields says "write it as groq/x (or ...)"; lint says the assignment to make."""
    m = re.match(r"write (?:the model|it) as (\S+)", fix or "")
    return f"set {AUTOGEN_MODEL}={m.group(1)}" + (fix or "")[m.end():] if m else fix


def _retired_fix(provider: providers.Provider, model: str, prefix: str) -> str | None:
    r = provider.retired_model(model)
    if r and r.replacement:
        return f"set {AUTOGEN_MODEL}={prefix}{r.replacement} (see {r.source})"
    return None


# -- keys ------------------------------------------------------------------------------------
def _check_keys(v: Mapping[str, str | None], lines: Mapping[str, int],
                provider: providers.Provider | None, mode: str, unresolved: set[str],
                out: Findings) -> None:
    if provider is None:
        # Where requests go is unknown: judge only the shape of the keys that are set.
        for p in providers.PROVIDERS.values():
            if v.get(p.key_var) and p.key_var not in unresolved:
                for prob in fields.check_provider_key(p, v[p.key_var], "direct"):
                    out.problem(prob, p.key_var, lines.get(p.key_var))
        return
    var = provider.key_var
    if mode == "gateway-stored-key" and mode not in provider.modes:
        out.add("SW507", var, lines.get(var),
                f"{provider.name} has no key to store in the gateway; the app must send "
                f"{var}", f"set {var} (mode gateway-request-key)")
    elif var not in unresolved:
        for prob in fields.check_provider_key(provider, v.get(var), mode):
            out.problem(prob, var, lines.get(var))
    for p in providers.PROVIDERS.values():
        if p.key_var != var and v.get(p.key_var) and p.key_var not in _NOT_UNUSED:
            out.add("SW506", p.key_var, lines.get(p.key_var),
                    f"{p.key_var} is set, but requests go to {provider.name}, which uses {var}",
                    f"remove {p.key_var}, or point {OPENAI_BASE_URL} at {p.name}")
