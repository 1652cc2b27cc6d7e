"""The next step for each diagnosis, as a table: (origin, cause, situation, variant) -> text.

The same 401 from Groq needs opposite fixes depending on how the request was made: in
`gateway-stored-key` mode the stored key (or a stray `Authorization` header the gateway
forwarded) is at fault, in the other modes `GROQ_API_KEY` is. So the key carries the
situation (the mode, optionally refined by whether a provider key was sent) and a variant
(the gateway's or provider's code, or a message-pattern name) for codes that need their own
words. Lookup falls back from the most specific key to the least; see `hint_for`.

Templates name the `.env` key or the dashboard page to change, and use these fields:
{key_var} {auth_header} {provider} {model} {env_model} {suggest} {suggest_env} {models} {prefix_fix}
{base_url} {zone} {detail} {retry}. Facts behind them: docs/sources.md.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Final
from urllib.parse import urlsplit, urlunsplit

ANY: Final = "*"
STORED: Final = "gateway-stored-key"
REQUEST: Final = "gateway-request-key"
DIRECT: Final = "direct"
# Situations more specific than the mode: what the probe knows it sent.
STORED_NO_AUTH: Final = "gateway-stored-key/no-auth"  # no Authorization header went out
STORED_AUTH: Final = "gateway-stored-key/auth"  # an Authorization header went out

_TOKEN_PAGE = ("create one under AI Gateway > your gateway > Settings > Authentication "
               "(Create authentication token, Run permission)")
_STRAY_AUTH = ("the app sent an {auth_header} header (a dummy key too) that the gateway "
               "forwarded instead of the stored key: remove {key_var} from the .env and make "
               "the app send no {auth_header} header (OpenAI Python SDK: "
               "extra_headers={{\"Authorization\": openai.Omit()}})")

Key = tuple[str, str, "str | None", "str | int | None"]

HINTS: Final[dict[Key, str]] = {
    # -- Cloudflare AI Gateway ------------------------------------------------------------------
    ("cloudflare-gateway", "gateway-auth", None, None):
        "CF_GATEWAY_TOKEN is missing or wrong; " + _TOKEN_PAGE + ", put it in CF_GATEWAY_TOKEN "
        "and send it as 'cf-aig-authorization: Bearer <token>' (not in Authorization).",
    ("cloudflare-gateway", "gateway-not-found", None, None):
        "the account ID or gateway name in OPENAI_BASE_URL does not match a gateway: compare it "
        "with AI > AI Gateway in the dashboard (the URL is https://gateway.ai.cloudflare.com/v1/"
        "<account_id>/<gateway_id>/<provider>) and run 'setup-wizard lint'.",
    ("cloudflare-gateway", "gateway-rate-limited", None, None):
        "the gateway's own rate limit was hit (AI Gateway > your gateway > Settings > Rate "
        "limiting); wait for the window to pass or raise the limit. The provider never saw "
        "the request.",
    ("cloudflare-gateway", "gateway-spend-limit", None, None):
        "a spend-limit rule on the gateway blocked the request (the rule is named in the "
        "message); raise it in the gateway's spend limits or wait for its window.",
    # (gateway probe) a spend rule that cannot price what was asked for: no window ends it.
    ("cloudflare-gateway", "gateway-spend-limit", None, "spend-unpriced"):
        "a spend-limit rule on the gateway refused the request because it cannot price this "
        "model or provider (spend limits only hold for models with known pricing; on /compat, "
        "prefixes such as google-ai-studio/ or grok/ are not the slugs they are priced under): "
        "use a model the gateway prices, or scope or remove the spend rule; waiting for its "
        "window will not help.",
    ("cloudflare-gateway", "gateway-no-credits", None, None):
        "no provider key reached the gateway, so it tried Unified Billing credits and the "
        "balance is empty: store your {provider} key under AI Gateway > your gateway > "
        "Provider Keys (alias 'default'), send your own key in {key_var} "
        "(gateway-request-key mode), or add credits.",
    ("cloudflare-gateway", "gateway-no-credits", STORED, None):
        "the gateway found no stored {provider} key and fell back to Unified Billing credits, "
        "which are empty: add the key under AI Gateway > your gateway > Provider Keys (alias "
        "'default'), or add credits.",
    ("cloudflare-gateway", "gateway-byok-alias", None, None):
        "the cf-aig-byok-alias header names a stored key that does not exist: use an alias the "
        "message lists, or add the key under AI Gateway > your gateway > Provider Keys.",
    ("cloudflare-gateway", "gateway-route", None, None):
        "the gateway could not route the request: check OPENAI_BASE_URL ends in /<provider> or "
        "/compat with nothing after it, and that on /compat AUTOGEN_MODEL is <provider>/<model> "
        "(e.g. groq/openai/gpt-oss-20b); 'setup-wizard lint' checks both.",
    ("cloudflare-gateway", "gateway-route", None, 2005):
        "on the /compat endpoint the model needs its provider prefix: write AUTOGEN_MODEL as "
        "{env_model}. (2005 is also reported when the routed provider call failed.)",
    ("cloudflare-gateway", "gateway-route", None, 2008):
        "the gateway does not know this provider{prefix_fix}: on /compat write AUTOGEN_MODEL as "
        "<provider>/<model> (groq/, openai/, mistral/, grok/ for xAI, workers-ai/@cf/... for "
        "Workers AI); on a provider URL check the segment after the gateway name in "
        "OPENAI_BASE_URL.",
    ("cloudflare-gateway", "gateway-route", None, 2019):
        "the compat request was malformed (UNCONFIRMED meaning): check OPENAI_BASE_URL ends in "
        "/compat with nothing after it and AUTOGEN_MODEL is {env_model}.",
    ("cloudflare-gateway", "gateway-guardrail", None, None):
        "a Guardrails policy on the gateway blocked the prompt or the response: review AI "
        "Gateway > your gateway > Guardrails (the probe's prompt is one word, so a Block rule "
        "on every request would explain it).",
    ("cloudflare-gateway", "model-not-found", None, None):
        "the gateway does not know {model}: set AUTOGEN_MODEL to a model the provider "
        "offers ({models}).",
    ("cloudflare-gateway", "bad-request", None, None):
        "the gateway rejected the request's model or input (code 7003): check AUTOGEN_MODEL "
        "and the message above.",
    ("cloudflare-gateway", "unknown", None, None):
        "the gateway refused with a code this tool does not know: read the message above and "
        "the gateway's logs (AI Gateway > your gateway > Logs).",
    # -- Cloudflare API v4 ----------------------------------------------------------------------
    ("cloudflare-api", "cloudflare-api-auth", None, None):
        "a Cloudflare API token was rejected: for Workers AI, {key_var} must be a token with "
        "Workers AI Read (My Profile > API Tokens); through the gateway, CF_GATEWAY_TOKEN goes "
        "in cf-aig-authorization, not in Authorization.",
    ("cloudflare-api", "cloudflare-api-route", None, None):
        "the Cloudflare API could not route this path, usually a wrong account ID in "
        "OPENAI_BASE_URL: check it with 'setup-wizard lint'.",
    # (the account may not do this through the API: a product not enabled, a free TLD, an
    # action kept to the dashboard, a model's terms or plan; docs/sources.md#api-v4-errors)
    ("cloudflare-api", "permission-denied", None, None):
        "Cloudflare will not do this for this account as it is: the message above says what to "
        "enable, accept or change (in the Cloudflare dashboard or the plan); another key will "
        "not help.",
    # (a Cloudflare client refused to send: the token is missing or not in a token's form)
    (ANY, "cloudflare-api-auth", None, None):
        "no usable Cloudflare API token (the client checked it before sending anything): set "
        "it from My Profile > API Tokens, without quotes or braces around it.",
    ("cloudflare-api", "unknown", None, None):
        "the Cloudflare API refused with a code this tool does not know: read the message "
        "above.",
    # -- Cloudflare edge ------------------------------------------------------------------------
    ("cloudflare-edge", "edge-blocked", None, None):
        "Cloudflare's edge (WAF, Browser Integrity Check) blocked the client before any API "
        "saw it{zone}: send a real User-Agent (the default Python-urllib one is blocked), or "
        "try from another network or IP. Nothing in the .env is wrong.",
    # The 1xxx pages say what was banned (docs/sources.md#edge-errors; Cloudflare's 1xxx list):
    # the fix follows from it.
    ("cloudflare-edge", "edge-blocked", None, 1005):
        "the site's owner has banned the network your IP address belongs to (its ASN, error "
        "1005){zone}, often cloud, VPN or data-centre ranges: send the request from another "
        "network. Nothing in the .env is wrong.",
    # 1006, 1007, 1008 and 1106 share one page; its sentence alone names none of them.
    **{("cloudflare-edge", "edge-blocked", None, v):
       "the site's owner has banned your IP address{zone}: send the request from another "
       "address, or ask the provider why it is blocked. Nothing in the .env is wrong."
       for v in (1006, 1007, 1008, 1106, "ip-banned")},
    ("cloudflare-edge", "edge-blocked", None, 1009):
        "the site's owner has banned the country or region your IP address is in (error "
        "1009){zone}: the service is not offered there; send the request from a supported "
        "region. Nothing in the .env is wrong.",
    ("cloudflare-edge", "edge-blocked", None, 1010):
        "Cloudflare's Browser Integrity Check refused the client's signature (error 1010)"
        "{zone}: send a real User-Agent of your own (the default Python-urllib or Java one is "
        "blocked). Nothing in the .env is wrong.",
    ("cloudflare-edge", "edge-blocked", None, 1015):
        "the site's rate limit at Cloudflare's edge refused the request (error 1015){zone}: "
        "send fewer requests and retry later. Nothing in the .env is wrong.",
    ("cloudflare-edge", "edge-blocked", None, 1020):
        "a firewall rule of the site matched the request (error 1020){zone}: only the site's "
        "owner can allow it; try another network or a real User-Agent, or ask the provider. "
        "Nothing in the .env is wrong.",
    ("cloudflare-edge", "edge-blocked", None, "challenge"):
        "Cloudflare answered with a browser challenge ('Just a moment...'){zone}, which an API "
        "client cannot pass: call the provider's API host (not its web app), from a network "
        "the site trusts. Nothing in the .env is wrong unless the base URL points at a web "
        "page.",
    ("cloudflare-edge", "edge-origin-error", None, None):
        "Cloudflare could not get an answer from the server behind it{zone} (52x): that "
        "service is down or slow; retry later. Nothing in the .env is wrong.",
    ("cloudflare-edge", "unknown", None, None):
        "a Cloudflare edge page without a known code{zone}: read the page's title above.",
    # -- Providers (any) ------------------------------------------------------------------------
    (ANY, "ok", None, None): "nothing to fix: the request went through.",
    (ANY, "provider-auth-invalid", None, None):
        "{provider} rejected the API key: if you use the gateway with keys stored in "
        "Cloudflare, either the key under AI Gateway > your gateway > Provider Keys is wrong or "
        + _STRAY_AUTH + "; otherwise {key_var} is wrong: paste a valid key into {key_var}.",
    (ANY, "provider-auth-invalid", DIRECT, None):
        "{key_var} is wrong: create a new key in the {provider} console and paste it whole "
        "into {key_var}.",
    (ANY, "provider-auth-invalid", REQUEST, None):
        "{key_var} is wrong (the gateway forwarded it as sent): create a new key in the "
        "{provider} console and paste it whole into {key_var}, or store it in the gateway and "
        "switch to gateway-stored-key mode.",
    (ANY, "provider-auth-invalid", STORED, None):
        "either the key stored under your gateway > Provider Keys is wrong, or " + _STRAY_AUTH
        + ".",
    (ANY, "provider-auth-invalid", STORED_NO_AUTH, None):
        "no {auth_header} header was sent, so the key stored under your gateway > Provider "
        "Keys is the one {provider} rejected: replace it there (AI Gateway > your gateway > "
        "Provider Keys). If your app sends an {auth_header} header, remove it too.",
    (ANY, "provider-auth-invalid", STORED_AUTH, None):
        "an {auth_header} header was sent, and the gateway forwarded it instead of the "
        "stored key: " + _STRAY_AUTH + ".",
    (ANY, "provider-auth-invalid", None, "mismatched_organization"):
        "the organization header the app sends (OpenAI-Organization) does not match the key's "
        "organization: remove it or use a key of that organization.",
    (ANY, "provider-auth-missing", None, None):
        "{provider} received no API key: set {key_var} (direct or gateway-request-key mode), "
        "or store the key under AI Gateway > your gateway > Provider Keys (stored-key mode).",
    (ANY, "provider-auth-missing", STORED, None):
        "the gateway had no stored {provider} key to add: store it under AI Gateway > your "
        "gateway > Provider Keys (alias 'default', or the alias in cf-aig-byok-alias).",
    (ANY, "provider-auth-missing", DIRECT, None):
        "{key_var} is empty or the app does not send it: set it and send it as "
        "'Authorization: Bearer <key>'.",
    (ANY, "provider-auth-missing", REQUEST, None):
        "{key_var} is empty or the app does not send it: set it, or store the key in the "
        "gateway and switch to gateway-stored-key mode.",
    (ANY, "model-not-found", None, None):
        "{provider} does not know {model}, or this key may not use it: set AUTOGEN_MODEL "
        "to a current model ({models}).",
    (ANY, "model-decommissioned", None, None):
        "{model} is retired{detail}: set AUTOGEN_MODEL to {suggest_env}.",
    (ANY, "permission-denied", None, None):
        "{provider} refused this key or organization access to the request: check the "
        "organization's and project's permissions in the {provider} console.",
    ("groq", "permission-denied", None, "organization_restricted"):
        "Groq restricted your organization: contact Groq support. Nothing in the .env fixes "
        "this.",
    ("groq", "permission-denied", None, "model_permission_blocked_org"):
        "the model is blocked for your organization: an org admin can enable it at "
        "https://console.groq.com/settings/limits, or set AUTOGEN_MODEL to another model.",
    ("groq", "permission-denied", None, "model_permission_blocked_project"):
        "the model is blocked for your project: a project admin can enable it at "
        "https://console.groq.com/settings/project/limits, or set AUTOGEN_MODEL to another "
        "model.",
    (ANY, "rate-limited", None, None):
        "{provider}'s rate limit for your organization was hit{retry}: wait and retry, or lower "
        "the request rate. The key and the .env are fine.",
    ("groq", "rate-limited", None, "capacity_exceeded"):
        "Groq's flex tier is at capacity (498): retry, or send without service_tier=flex.",
    (ANY, "quota-exhausted", None, None):
        "{provider} says the account's quota or credits are used up: add credits or a payment "
        "method in the {provider} console. Retrying will not help.",
    (ANY, "request-too-large", None, None):
        "the prompt plus max_tokens is larger than the whole per-minute token budget: shorten "
        "the messages or lower max_tokens. Retrying as is never helps.",
    (ANY, "bad-request", None, None):
        "{provider} rejected the request's content, not the credentials: read the message "
        "above (the .env is probably fine).",
    (ANY, "bad-request", None, "invalid-url"):
        "the URL path is wrong (often a doubled /v1): OPENAI_BASE_URL must end where the SDK "
        "appends /chat/completions; run 'setup-wizard lint'.",
    (ANY, "provider-server-error", None, None):
        "{provider} had a server error: retry later. Nothing in the .env is wrong.",
    # Who failed is not known: a proxy or relay on the way can send the same 5xx.
    ("unknown", "provider-server-error", None, None):
        "a server on the way (the provider, a relay or a proxy in front of it) failed: retry "
        "later. Nothing in the .env points at it; `setup-wizard probe` shows the headers that "
        "tell who answered.",
    (ANY, "timeout", None, None):
        "{provider} did not answer in time (its own timeout): retry later.",
    # -- Network (no HTTP answer) ---------------------------------------------------------------
    ("network", "timeout", None, None):
        "no answer within the deadline: check the network or proxy, or raise --timeout. "
        "({detail})",
    ("network", "dns-failure", None, None):
        "the host in OPENAI_BASE_URL does not resolve: check its spelling "
        "(gateway.ai.cloudflare.com, api.groq.com) and your DNS or proxy. ({detail})",
    ("network", "connection-refused", None, None):
        "nothing accepts connections at the host and port in OPENAI_BASE_URL (or --connect-to): "
        "check them; for the local emulator, start 'setup-wizard emulate'. ({detail})",
    ("network", "tls-error", None, None):
        "the TLS handshake failed: check OPENAI_BASE_URL uses https on the right host; behind "
        "an intercepting proxy, point SSL_CERT_FILE at its CA bundle. ({detail})",
    ("network", "unknown", None, None):
        "the connection broke without a usable HTTP answer ({detail}): retry; if it repeats, "
        "a proxy or firewall is cutting it.",
    # -- No answer from anyone, pasted (a socket error, an SDK that did not send) -------------
    ("unknown", "dns-failure", None, "no-answer"):
        "the host the request went to does not resolve: check its spelling in the base URL "
        "(gateway.ai.cloudflare.com, api.groq.com) and your DNS or proxy.",
    ("unknown", "connection-refused", None, "no-answer"):
        "nothing accepts connections at the host and port the request went to: check the base "
        "URL; for a local server, is it running?",
    ("unknown", "timeout", None, "no-answer"):
        "the request got no answer in time: check the network or proxy, then retry. No server "
        "refused it.",
    ("unknown", "provider-auth-missing", None, "no-answer"):
        "the SDK refused to send the request without a key: set the key variable its message "
        "names (GROQ_API_KEY, OPENAI_API_KEY, ...).",
    ("unknown", "unknown", None, "no-answer"):
        "the connection broke before any answer: retry; if it repeats, a proxy or firewall is "
        "cutting it.",
    ("unknown", "unknown", None, "client-rejected-answer"):
        "the client library refused a successful answer whose shape it did not expect (a field"
        " value the server may send, such as Groq's service_tier 'on_demand'): no server "
        "refused the request. Upgrade the client library, or use one that accepts the "
        "server's values.",
    # -- Nobody known ---------------------------------------------------------------------------
    (ANY, "unknown", None, None):
        "the answer carries no envelope or header this tool recognises, so it cannot say who "
        "sent it: read the evidence and the raw body; with 'explain', pass --header lines "
        "(cf-aig-log-id, x-groq-region) and --env-file for a sharper answer.",
    (ANY, "unknown", None, "redirect"):
        "the URL redirects: set OPENAI_BASE_URL to the final URL, the redirect's target "
        "without any endpoint path (https, no credentials, no query) — SDKs do not follow "
        "redirects for POST.",
    (ANY, "unknown", None, "redirect-base"):
        "the URL redirects: set OPENAI_BASE_URL={base_url} (the redirect's target without the "
        "endpoint path the SDK appends) — SDKs do not follow redirects for POST.",
}

# Providers whose errors we recognise but that providers.py does not set up (no key variable
# we could name for the user's app).
ORIGIN_NAMES: Final[dict[str, str]] = {
    "groq": "Groq", "openai": "OpenAI", "anthropic": "Anthropic", "openrouter": "OpenRouter",
    "mistral": "Mistral", "google": "Google AI Studio",
}
# The header carrying the provider key, where it is not Authorization (Anthropic:
# docs/sources.md#anthropic-errors).
AUTH_HEADERS: Final[dict[str, str]] = {"anthropic": "x-api-key"}

_DEFAULTS: Final[dict[str, str]] = {
    "key_var": "the provider's API key variable (GROQ_API_KEY, ...)",
    "auth_header": "Authorization",
    "provider": "the provider",
    "model": "the model in AUTOGEN_MODEL",
    "env_model": "<provider>/<model> (e.g. groq/openai/gpt-oss-20b)",
    "suggest": "a current model",
    "suggest_env": "a current model",
    "models": "see the provider's model list",
    "prefix_fix": "",
    "base_url": "",
    "zone": "",
    "detail": "",
    "retry": "",
}


# What an SDK appends to OPENAI_BASE_URL: never part of the base URL we suggest.
_ENDPOINT_TAIL = re.compile(r"/(?:chat/completions|completions|responses|embeddings|models|"
                            r"messages|audio/[a-z]+)$")


def redirect_base(location: str) -> str | None:
    """The OPENAI_BASE_URL a redirect points at: scheme and host, the path without the
    endpoint the SDK appends, never credentials (user:pass@), a query or a fragment. None
    for a relative or unreadable Location."""
    try:
        parts = urlsplit(location.strip())
        host, port = parts.hostname, parts.port
    except ValueError:
        return None
    if parts.scheme not in ("http", "https") or not host:
        return None
    path = parts.path.rstrip("/")
    while (trimmed := _ENDPOINT_TAIL.sub("", path)) != path:
        path = trimmed.rstrip("/")
    netloc = host + (f":{port}" if port else "")
    return urlunsplit((parts.scheme, netloc, path, "", ""))


def safe_url(url: str) -> str:
    """A URL fit to print: credentials in it (user:pass@, a query) replaced by '***'."""
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return "***"
    netloc = parts.netloc
    if "@" in netloc:
        netloc = "***@" + netloc.rsplit("@", 1)[1]
    return urlunsplit((parts.scheme, netloc, parts.path, "***" if parts.query else "", ""))


class _Fields(dict[str, str]):
    def __missing__(self, key: str) -> str:  # a template typo must not crash a diagnosis
        return "{" + key + "}"


def situations(mode: str | None, sent_provider_key: bool | None) -> tuple[str | None, ...]:
    """Most specific first: what was sent, then the mode, then nothing known."""
    out: list[str | None] = []
    if mode == STORED and sent_provider_key is not None:
        out.append(STORED_AUTH if sent_provider_key else STORED_NO_AUTH)
    if mode:
        out.append(mode)
    out.append(None)
    return tuple(out)


def hint_for(origin: str, cause: str, situation: tuple[str | None, ...],
             variant: str | int | None, fields: Mapping[str, str | None]) -> str:
    """The most specific row: variant, then origin, then situation decide, in that order."""
    values = _Fields(_DEFAULTS)
    values.update({k: v for k, v in fields.items() if v})
    variants = (variant, None) if variant is not None else (None,)
    for v in variants:
        for o in (origin, ANY):
            for s in situation:
                template = HINTS.get((o, cause, s, v))
                if template is not None:
                    return " ".join(template.format_map(values).split())
    return ""
