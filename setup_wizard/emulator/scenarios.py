"""What the emulator answers: the scenario table, built from the wire shapes (`wire`), the
default behaviour (`behaviour`) and the faults (`faults`).

The bodies and headers are the real ones recorded in public sources (docs/sources.md), so
`probe`, the tests and a newcomer's app see what the real services send, without an
account. The default scenario `ok` behaves: it checks the gateway token, forwards a request
`Authorization` to "Groq" instead of the stored key (as the real gateway does,
docs/sources.md#stored-keys), and checks the model. The other scenarios answer one
recorded failure whatever the request. No server here: `emulator` serves these.
"""

from __future__ import annotations

from dataclasses import dataclass

from setup_wizard.emulator.behaviour import (
    EMULATOR_GROQ_KEY,
    EMULATOR_TOKEN,
    Settings,
    behave,
)
from setup_wizard.emulator.faults import (
    Responder,
    canned,
    echo_key,
    empty,
    gzip_bomb,
    gzipped,
    hang,
    huge,
    no_gateway_models,
    not_http,
    redirect,
    reset,
    slow_drip,
)
from setup_wizard.emulator.wire import (
    Req,
    decommissioned,
    gateway_error,
    invalid_key,
    not_found,
    rate_limited,
    server_error,
)


@dataclass(frozen=True)
class Scenario:
    name: str
    summary: str
    respond: Responder
    expect: tuple[str, str]  # (origin, cause) a probe of it concludes
    source: str


def _model(req: Req) -> str:
    return req.model.partition("/")[2] if req.slug == "compat" else req.model or "?"


_ROWS = (
    Scenario("ok", "behaves: checks the token and key, forwards a request Authorization, "
             "checks the model", lambda h, req, s: h.send_answer(behave(req, s)),
             ("groq", "ok"), "docs/sources.md#stored-keys, #groq-api"),
    Scenario("gateway-no-models", "behaves, but the gateway path serves no GET /models "
             "(404; what the real one does is UNCONFIRMED)", no_gateway_models,
             ("groq", "ok"), "docs/sources.md#gateway-models"),
    Scenario("token-missing", "gateway 401, code 2009 (no cf-aig-authorization)",
             canned(lambda r: gateway_error(2009, 401, "Unauthorized")),
             ("cloudflare-gateway", "gateway-auth"), "https://github.com/cloudflare/cloudflare-docs/pull/31050"),
    Scenario("token-wrong", "gateway 401, code 2009 (same body as a missing token)",
             canned(lambda r: gateway_error(2009, 401, "Unauthorized")),
             ("cloudflare-gateway", "gateway-auth"), "docs/sources.md#gateway-auth"),
    Scenario("gateway-not-found", "gateway 400, code 2001 (no gateway with this ID)",
             canned(lambda r: gateway_error(2001, 400, "Please configure AI Gateway in the "
                                             "Cloudflare dashboard")),
             ("cloudflare-gateway", "gateway-not-found"), "docs/sources.md#gateway-errors"),
    Scenario("compat-bare-model", "gateway 400, code 2005 (compat model without groq/)",
             canned(lambda r: gateway_error(2005, 400, "Failed to get response from provider")),
             ("cloudflare-gateway", "gateway-route"),
             "https://github.com/devoxx/DevoxxGenieIDEAPlugin/issues/1254"),
    Scenario("invalid-provider", "gateway 400, code 2008 (unknown provider slug or prefix)",
             canned(lambda r: gateway_error(2008, 400, "Invalid provider")),
             ("cloudflare-gateway", "gateway-route"),
             "https://github.com/devoxx/DevoxxGenieIDEAPlugin/issues/1210"),
    Scenario("stray-authorization", "Groq 401 through the gateway: a request Authorization "
             "was forwarded instead of the stored key", canned(invalid_key),
             ("groq", "provider-auth-invalid"),
             "https://github.com/cloudflare/cloudflare-docs/issues/33517"),
    Scenario("groq-invalid-key", "Groq 401 invalid_api_key", canned(invalid_key),
             ("groq", "provider-auth-invalid"), "docs/sources.md#groq-errors"),
    Scenario("model-not-found", "Groq 404 model_not_found",
             canned(lambda r: not_found(r, _model(r))), ("groq", "model-not-found"),
             "docs/sources.md#groq-errors"),
    Scenario("model-retired", "Groq 400 model_decommissioned",
             canned(lambda r: decommissioned(r, _model(r))),
             ("groq", "model-decommissioned"), "docs/sources.md#groq-errors"),
    Scenario("gateway-rate-limit", "gateway 429, code 2003, no Retry-After",
             canned(lambda r: gateway_error(2003, 429, "Rate limited")),
             ("cloudflare-gateway", "gateway-rate-limited"), "docs/sources.md#rate-limits"),
    Scenario("groq-rate-limit", "Groq 429 rate_limit_exceeded with retry-after",
             canned(lambda r: rate_limited(r, _model(r))), ("groq", "rate-limited"),
             "docs/sources.md#groq-errors"),
    Scenario("provider-5xx", "Groq 503 (body UNCONFIRMED)", canned(server_error),
             ("groq", "provider-server-error"), "docs/sources.md#groq-errors"),
    Scenario("hang", "accepts, reads the request, never answers", hang,
             ("network", "timeout"), "fault"),
    Scenario("reset", "sends headers and part of a body, then resets the connection", reset,
             ("network", "unknown"), "fault"),
    # Further faults, for the probe's tests and for trying an app's error handling.
    Scenario("empty", "closes the connection without a byte", empty, ("network", "unknown"),
             "fault"),
    Scenario("not-http", "answers with something that is not HTTP", not_http,
             ("network", "unknown"), "fault"),
    Scenario("slow-drip", "200 headers, then one body byte every 0.2 s", slow_drip,
             ("network", "timeout"), "fault"),
    Scenario("huge-body", "a 2 MiB HTML error page (the probe reads 1 MiB)", canned(huge),
             ("unknown", "provider-server-error"), "fault"),
    Scenario("gzip", "Groq 401, gzip-encoded", canned(gzipped),
             ("groq", "provider-auth-invalid"), "docs/sources.md#groq-errors"),
    Scenario("gzip-bomb", "a 64 KiB gzip body that decodes to 64 MiB", canned(gzip_bomb),
             ("unknown", "unknown"), "fault"),
    Scenario("redirect", "301 to another URL (the probe does not follow)", canned(redirect),
             ("unknown", "unknown"), "fault"),
    Scenario("echo-key", "401 whose message and headers repeat the credentials sent",
             canned(echo_key), ("groq", "provider-auth-invalid"),
             "docs/sources.md#openai-errors"),
)
SCENARIOS: dict[str, Scenario] = {s.name: s for s in _ROWS}

# What a scenario plays with is imported from here too (commands, tests, benchmarks).
__all__ = ["EMULATOR_GROQ_KEY", "EMULATOR_TOKEN", "SCENARIOS", "Scenario", "Settings"]
