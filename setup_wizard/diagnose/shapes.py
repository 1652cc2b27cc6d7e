"""What error bodies and headers look like, as data: who sends which shape, and what it means.

The classifier (`classify.py` and its detectors) only walks these tables, through the few
lookups kept next to them. Every row cites where the shape was seen (a public URL, or the
section of docs/sources.md that collects them). Rows resting on a third party's claim, or
UNCONFIRMED, say so: the classifier still uses them, and says in its evidence how sure it is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

CF_DOCS = "https://github.com/cloudflare/cloudflare-docs/blob"
GITFLARE_LIVE = ("https://github.com/dbrekelmans/gitflare/blob/2cfda8b9d672e4ee1dc44604ee377ce4de7be31d"
                 "/spec/research/live/gateway-access.md")
APP_TESTE = ("https://github.com/rpolicarpo100/APP_Teste/blob/44c6a76b62fd2a62d48dd94d2708670ecafed1e2"
             "/CLOUDFLARE_TOKEN_INVALIDO.md")
GUARDRAILS = (f"{CF_DOCS}/05d54ea16987c2ed09f989bb2759d1b5e236f876/src/content/docs/ai-gateway/"
              "features/guardrails/set-up-guardrail.mdx")
GROQ_ERRORS = "https://console.groq.com/docs/errors"
OPENAI_ERRORS = "https://developers.openai.com/docs/guides/error-codes"
ANTHROPIC_ERRORS = "https://docs.claude.com/en/api/errors"
OPENROUTER_ERRORS = "https://openrouter.ai/docs/api/reference/errors-and-debugging"


# -- Cloudflare AI Gateway (docs/sources.md#gateway-errors) ----------------------------------------
@dataclass(frozen=True)
class CodeRow:
    cause: str
    meaning: str
    source: str
    sure: str = "obs"  # doc | obs | claim (docs/sources.md's marks)
    # (message regex, cause) pairs that refine the cause when one code covers several cases.
    by_message: tuple[tuple[str, str], ...] = ()


GATEWAY_CODES: Final[dict[int, CodeRow]] = {
    2001: CodeRow("gateway-not-found", "the gateway ID in the URL does not exist in this account",
                  "https://github.com/478690/test-repository (TOKEN_TEST_RESULTS.md)"),
    2003: CodeRow("gateway-rate-limited", "the gateway's own rate limit", GITFLARE_LIVE),
    2005: CodeRow("gateway-route", "compat model without provider prefix (or the routed "
                  "provider call failed)", "https://github.com/devoxx/DevoxxGenieIDEAPlugin/issues/1254"),
    2008: CodeRow("gateway-route", "unknown provider prefix or URL slug",
                  "https://github.com/devoxx/DevoxxGenieIDEAPlugin/issues/1210"),
    2009: CodeRow("gateway-auth", "cf-aig-authorization missing or invalid",
                  "https://github.com/cloudflare/cloudflare-docs/pull/31050", "doc"),
    2016: CodeRow("gateway-guardrail", "Guardrails blocked the prompt", GUARDRAILS, "doc"),
    2017: CodeRow("gateway-guardrail", "Guardrails blocked the response", GUARDRAILS, "doc"),
    2019: CodeRow("gateway-route", "compat request shape or model prefix wrong",
                  "docs/sources.md#gateway-errors (symbiotica-ai/comfyui-nodes)", "claim"),
    2021: CodeRow("gateway-no-credits", "Unified Billing with no credits (no request key, no "
                  "stored key)", GITFLARE_LIVE),
    2040: CodeRow("gateway-byok-alias", "cf-aig-byok-alias names an alias with no stored key",
                  "docs/sources.md#stored-keys: symbiotica-ai/comfyui-nodes test file"),
    2041: CodeRow("gateway-spend-limit", "a gateway spend-limit rule",
                  "docs/sources.md#gateway-errors (a fixture observed live 2026-09-01)"),
    2045: CodeRow("gateway-spend-limit", "a gateway spend-limit rule (Workers AI)", GITFLARE_LIVE),
    # 7003 from the gateway is model/schema validation (not the API v4 routing 7003).
    7003: CodeRow("bad-request", "model or input validation at the gateway", GITFLARE_LIVE,
                  by_message=((r"(?i)model not found", "model-not-found"),)),
    7013: CodeRow("gateway-guardrail", "Guardrails scanner unavailable with a Block rule",
                  "docs/sources.md#gateway-errors (changelog 2026-09-17)", "doc"),
}

# -- Cloudflare API v4, api.cloudflare.com and Workers AI upstream (docs/sources.md#passthrough) ---
API_V4_CODES: Final[dict[int, CodeRow]] = {
    10000: CodeRow("cloudflare-api-auth", "Authentication error",
                   "https://github.com/anomalyco/opencode/issues/32051"),
    1000: CodeRow("cloudflare-api-auth", "Invalid API Token", APP_TESTE),
    9109: CodeRow("cloudflare-api-auth", "Invalid access token", APP_TESTE),
    7003: CodeRow("cloudflare-api-route", "Could not route (identifier in the path is wrong)",
                  "https://github.com/wherelse/cloudflare-ddns-script/issues/20"),
    7000: CodeRow("cloudflare-api-route", "No route for that URI",
                  "https://github.com/cloudflare/cloudflare-go/issues/118"),
}

# -- Cloudflare edge: CDN/WAF pages in front of any host (docs/sources.md#edge-errors,
# docs/sources.md#groq-headers, docs/sources.md#who-answered)
EDGE_TEXT_CODE: Final = re.compile(r"^\s*error code:\s*(\d{3,4})\s*$", re.IGNORECASE)
EDGE_TEXT_SOURCE: Final = "https://github.com/OpenAgentsInc/openagents/issues/4721"


@dataclass(frozen=True)
class Marker:
    pattern: str  # regex searched in the body (or header value)
    says: str  # evidence text
    source: str


EDGE_HTML_MARKERS: Final[tuple[Marker, ...]] = (
    Marker(r'id="cf-error-details"', "HTML with id=cf-error-details (Cloudflare error page)",
           "https://github.com/langgenius/dify/issues/12276"),
    Marker(r"Cloudflare Ray ID", "HTML with 'Cloudflare Ray ID' (Cloudflare error page)",
           "https://github.com/langgenius/dify/issues/12276"),
    Marker(r"Attention Required! \| Cloudflare", "HTML 'Attention Required! | Cloudflare' "
           "(Cloudflare WAF block page)", "https://github.com/lobehub/lobehub/issues/2143"),
    Marker(r"Sorry, you have been blocked", "HTML 'Sorry, you have been blocked' (Cloudflare "
           "WAF block page)", "https://github.com/lobehub/lobehub/issues/2143"),
)
# The host a Cloudflare page names: "<title>api.groq.com | 524: A timeout occurred</title>",
# "You are unable to access groq.com".
EDGE_HTML_HOST: Final[tuple[str, ...]] = (
    r"<title>\s*([A-Za-z0-9.-]+\.[A-Za-z]{2,})\s*\|",
    r"unable to access\s*(?:<[^>]+>)?\s*([A-Za-z0-9.-]+\.[A-Za-z]{2,})",
)
EDGE_HTML_CODE: Final[tuple[str, ...]] = (
    r"<title>[^<]*?\b(\d{3,4}):",  # "| 524: A timeout occurred"
    r"Error(?:\s|&nbsp;|<[^>]+>)*(\d{3,4})\b",  # "Error 1020", "Error <span>522</span>"
)
EDGE_JSON_SOURCE: Final = "https://github.com/anthropics/claude-code/issues/90947"


def edge_cause(code: int | None, status: int | None) -> str:
    """1xxx and 403 are blocks (WAF, Browser Integrity Check); 52x means the origin failed."""
    for n in (code, status):
        if n is not None and 520 <= n <= 530:
            return "edge-origin-error"
        if n is not None and (1000 <= n <= 1999 or n == 403):
            return "edge-blocked"
    return "unknown"


# -- Response headers -------------------------------------------------------------------------
# cf-aig-log-id, cf-aig-event-id, ... (docs/sources.md#response-headers)
GATEWAY_HEADER_PREFIX: Final = "cf-aig-"
GATEWAY_HEADER_SOURCE: Final = GITFLARE_LIVE
# Seen on every Cloudflare-fronted answer, the provider's own included: not proof
# (docs/sources.md#response-headers).
GENERIC_CLOUDFLARE_HEADERS: Final[tuple[tuple[str, str | None], ...]] = (
    ("server", r"(?i)^cloudflare$"), ("cf-ray", None), ("cf-cache-status", None),
)


@dataclass(frozen=True)
class HeaderMarker:
    origin: str
    name: str
    value: str | None  # regex the value must fully match; None: any value
    weight: int  # 2 = decisive on its own, 1 = supporting
    says: str
    source: str


GROQ_HEADER_SRC = "docs/sources.md#groq-headers: ag5826000/resume-commentor#4, ItzCrazyKns/Vane#980"
HEADER_MARKERS: Final[tuple[HeaderMarker, ...]] = (
    HeaderMarker("groq", "x-groq-region", None, 2, "header x-groq-region: Groq answered",
                 GROQ_HEADER_SRC),
    HeaderMarker("groq", "x-request-id", r"req_[0-9a-z]{26}", 2,
                 "header x-request-id is req_ + 26-char ULID (Groq's form)", GROQ_HEADER_SRC),
    HeaderMarker("groq", "set-cookie", r".*domain=\.groq\.com.*", 1,
                 "header set-cookie for .groq.com", GROQ_HEADER_SRC),
    HeaderMarker("groq", "via", r"1\.1 google", 1, "header via: 1.1 google (seen on Groq)",
                 GROQ_HEADER_SRC),
    HeaderMarker("openai", "openai-organization", None, 2,
                 "header openai-organization: OpenAI answered", OPENAI_ERRORS),
    HeaderMarker("openai", "openai-processing-ms", None, 2,
                 "header openai-processing-ms: OpenAI answered",
                 "https://developers.openai.com/api/reference/overview"),
    HeaderMarker("openai", "openai-version", None, 2, "header openai-version: OpenAI answered",
                 "https://developers.openai.com/api/reference/overview"),
    HeaderMarker("openai", "x-request-id", r"req_[0-9a-f]{32}", 2,
                 "header x-request-id is req_ + 32 hex (OpenAI's form)",
                 "https://developers.openai.com/api/reference/overview"),
    HeaderMarker("anthropic", "request-id", r"req_011.*", 2,
                 "header request-id req_011... (Anthropic's form)", ANTHROPIC_ERRORS),
    HeaderMarker("anthropic", "anthropic-ratelimit-requests-limit", None, 2,
                 "header anthropic-ratelimit-*: Anthropic answered", ANTHROPIC_ERRORS),
)


# -- OpenAI-compatible family {"error": {"message", "type", "code", ...}} --------------------
# (docs/sources.md#groq-errors, #openai-errors)
@dataclass(frozen=True)
class BodyMarker:
    origin: str
    pattern: str  # regex searched in the raw body text
    weight: int
    says: str
    source: str


BODY_MARKERS: Final[tuple[BodyMarker, ...]] = (
    BodyMarker("groq", r"Invalid API Key", 2,
               "message 'Invalid API Key' (capital K: Groq; OpenAI says 'Incorrect API key')",
               "https://github.com/nark/WiredSwift/issues/44"),
    BodyMarker("groq", r"console\.groq\.com", 2, "message links console.groq.com", GROQ_ERRORS),
    BodyMarker("groq", r"org_01[0-9a-z]", 2, "organization id org_01... (Groq's form)",
               "docs/sources.md#groq-api (observed)"),
    BodyMarker("groq", r"service tier `", 2, "message names a Groq service tier",
               "https://github.com/crewAIInc/crewAI/issues/494"),
    BodyMarker("groq", r'"failed_generation"', 2, "field failed_generation (Groq only)",
               "https://github.com/groq/groq-typescript/issues/28"),
    BodyMarker("groq", r"per minute \(TPM\)", 1, "'per minute (TPM)' (Groq; OpenAI says 'per min')",
               "docs/sources.md#openai-errors"),
    BodyMarker("openai", r"platform\.openai\.com", 2, "message links platform.openai.com",
               OPENAI_ERRORS),
    BodyMarker("openai", r"Incorrect API key provided", 2,
               "message 'Incorrect API key provided' (OpenAI's wording)", OPENAI_ERRORS),
    BodyMarker("openai", r"organization org-", 2, "organization id org-... (OpenAI's form)",
               "docs/sources.md#groq-api"),
    BodyMarker("openai", r"You didn't provide an API key", 1,
               "message 'You didn't provide an API key' (OpenAI's wording)", OPENAI_ERRORS),
    BodyMarker("openai", r"per min \(TPM\)", 1, "'per min (TPM)' (OpenAI's wording)",
               "docs/sources.md#openai-errors"),
)
# Codes only Groq sends (docs/sources.md#who-answered): decisive for Groq.
GROQ_ONLY_CODES: Final = frozenset({
    "organization_restricted", "model_decommissioned", "model_permission_blocked_org",
    "model_permission_blocked_project", "tool_use_failed", "json_validate_failed",
    "capacity_exceeded",
})
# `param` is (almost) always present in OpenAI bodies, usually absent in Groq's
# (docs/sources.md#groq-errors): weak.
PARAM_PRESENT_SAYS: Final = "field error.param present (OpenAI always sends it; Groq rarely)"
PARAM_ABSENT_SAYS: Final = "no error.param field (Groq usually omits it; OpenAI always sends it)"


@dataclass(frozen=True)
class CauseRow:
    cause: str
    source: str
    when_status: int | None = None  # only with this HTTP status


# Most specific first: a (code, status) row wins over the code row.
OPENAI_FAMILY_CODES: Final[dict[str, tuple[CauseRow, ...]]] = {
    "invalid_api_key": (CauseRow("provider-auth-invalid", "https://github.com/nark/WiredSwift/issues/44"),),
    "mismatched_organization": (CauseRow("provider-auth-invalid",
                                         "https://github.com/openai/codex/issues/1000"),),
    "model_not_found": (CauseRow("model-not-found",
                                 "https://github.com/meta-llama/llama-cookbook/issues/541"),),
    "model_decommissioned": (CauseRow("model-decommissioned",
                                      "https://github.com/atiilla/sqlmap-ai/issues/3"),),
    "organization_restricted": (CauseRow("permission-denied",
                                         "https://github.com/crewAIInc/crewAI/issues/783"),),
    "model_permission_blocked_org": (CauseRow("permission-denied",
                                              "https://console.groq.com/docs/model-permissions"),),
    "model_permission_blocked_project": (CauseRow(
        "permission-denied", "https://console.groq.com/docs/model-permissions"),),
    "rate_limit_exceeded": (
        CauseRow("request-too-large", "https://github.com/cottongeeks/podscript/issues/20", 413),
        CauseRow("rate-limited", "https://github.com/crewAIInc/crewAI/issues/494"),
    ),
    "insufficient_quota": (CauseRow("quota-exhausted",
                                    "https://github.com/langchain-ai/langchainjs/issues/1929"),),
    "context_length_exceeded": (CauseRow("bad-request",
                                         "https://github.com/OpenHands/OpenHands/issues/1902"),),
    "tool_use_failed": (CauseRow("bad-request", "https://github.com/groq/groq-typescript/issues/28"),),
    "json_validate_failed": (CauseRow("bad-request", "https://github.com/build-with-groq/g1/issues/23"),),
    "capacity_exceeded": (CauseRow("rate-limited", "https://console.groq.com/docs/flex-processing"),),
}
OPENAI_FAMILY_TYPES: Final[dict[str, CauseRow]] = {
    "permissions_error": CauseRow("permission-denied", "https://console.groq.com/docs/model-permissions"),
    "insufficient_quota": CauseRow("quota-exhausted", OPENAI_ERRORS),
}


@dataclass(frozen=True)
class MessageRow:
    pattern: str  # regex searched in the message
    cause: str
    source: str
    variant: str | None = None  # picks a more specific hint


# When the code says nothing (null, or text with no envelope), the message may.
MESSAGE_CAUSES: Final[tuple[MessageRow, ...]] = (
    MessageRow(r"You didn't provide an API key", "provider-auth-missing", OPENAI_ERRORS),
    MessageRow(r"Invalid API Key|Incorrect API key provided", "provider-auth-invalid",
               OPENAI_ERRORS),
    MessageRow(r"has been decommissioned", "model-decommissioned",
               "https://github.com/atiilla/sqlmap-ai/issues/3"),
    MessageRow(r"does not exist or you do not have access", "model-not-found",
               "https://github.com/meta-llama/llama-cookbook/issues/541"),
    MessageRow(r"Invalid URL \(", "bad-request", "https://github.com/songquanpeng/one-api/issues/598",
               "invalid-url"),
    MessageRow(r"You exceeded your current quota", "quota-exhausted", OPENAI_ERRORS),
    MessageRow(r"Rate limit reached", "rate-limited", "https://github.com/crewAIInc/crewAI/issues/494"),
    MessageRow(r"Request too large", "request-too-large",
               "https://github.com/cottongeeks/podscript/issues/20"),
    MessageRow(r"No auth credentials found|Missing Authentication header",
               "provider-auth-missing", "https://github.com/musistudio/claude-code-router/issues/227"),
    MessageRow(r"User not found\.", "provider-auth-invalid",
               "https://github.com/Fosowl/agenticSeek/issues/407"),
    MessageRow(r"is not a valid model ID", "model-not-found",
               "https://github.com/sipeed/picoclaw/issues/1790"),
    MessageRow(r"(?i)insufficient credits|requires more credits", "quota-exhausted",
               OPENROUTER_ERRORS),
)

# When neither code nor message says, the status alone (weaker; the evidence says so).
# 404 is left out on purpose: a wrong URL and a wrong model both give it.
STATUS_CAUSES: Final[dict[int, str]] = {
    400: "bad-request", 401: "provider-auth-invalid", 402: "quota-exhausted",
    403: "permission-denied", 413: "request-too-large", 422: "bad-request",
    429: "rate-limited", 498: "rate-limited",
}


def code_row(code: str | None, status: int | None) -> CauseRow | None:
    """The first OPENAI_FAMILY_CODES row whose status condition holds (most specific first)."""
    for row in OPENAI_FAMILY_CODES.get(code or "", ()):
        if row.when_status is None or row.when_status == status:
            return row
    return None


def message_row(message: str | None) -> MessageRow | None:
    """The first MESSAGE_CAUSES row whose pattern the message contains."""
    if not message:
        return None
    return next((r for r in MESSAGE_CAUSES if re.search(r.pattern, message)), None)


def status_cause(status: int | None) -> str | None:
    """The cause the HTTP status alone suggests, if any."""
    return STATUS_CAUSES.get(status) if status is not None else None

# -- Anthropic {"type":"error","error":{"type":...}} (docs/sources.md#anthropic-errors) ------------
ANTHROPIC_TYPES: Final[dict[str, str]] = {
    "invalid_request_error": "bad-request", "authentication_error": "provider-auth-invalid",
    "permission_error": "permission-denied", "not_found_error": "model-not-found",
    "request_too_large": "request-too-large", "rate_limit_error": "rate-limited",
    "api_error": "provider-server-error", "overloaded_error": "provider-server-error",
}

# -- Google AI Studio google.rpc.Status (docs/sources.md#google-errors) ----------------------------
GOOGLE_SOURCE: Final = "https://github.com/zeroclaw-labs/zeroclaw/issues/194"
GOOGLE_REASONS: Final[dict[str, str]] = {
    "API_KEY_INVALID": "provider-auth-invalid",
}
GOOGLE_STATUSES: Final[dict[str, str]] = {
    "INVALID_ARGUMENT": "bad-request", "UNAUTHENTICATED": "provider-auth-invalid",
    "PERMISSION_DENIED": "permission-denied", "NOT_FOUND": "model-not-found",
    "RESOURCE_EXHAUSTED": "rate-limited", "UNAVAILABLE": "provider-server-error",
    "INTERNAL": "provider-server-error",
}

# -- OpenRouter {"error":{"code":<int = status>,"message"}} (docs/sources.md#openrouter-errors) ----
OPENROUTER_STATUSES: Final[dict[int, str]] = {
    400: "bad-request", 401: "provider-auth-invalid", 402: "quota-exhausted",
    403: "permission-denied", 408: "timeout", 429: "rate-limited",
    502: "provider-server-error", 503: "provider-server-error",
}
OPENROUTER_RELAY_MESSAGE: Final = "Provider returned error"

# -- Mistral: several shapes (docs/sources.md#mistral-errors) --------------------------------------
MISTRAL_SOURCE: Final = "https://github.com/cline/cline/issues/9085"
MISTRAL_TYPES: Final[dict[str, str]] = {
    "rate_limited": "rate-limited", "invalid_model": "model-not-found",
}

# -- Secrets servers echo back -------------------------------------------------------------------
# Anything shaped like a key is masked in messages and evidence, known or not (OpenAI echoes
# "Incorrect API key provided: sk-..."). Shapes from providers.py and docs/sources.md#groq-api.
KEY_LIKE: Final = re.compile(
    r"gsk_[A-Za-z0-9]{8,}"
    r"|sk-(?:ant-|or-v1-|proj-)?[A-Za-z0-9_-]{8,}"
    r"|xai-[A-Za-z0-9]{8,}"
    r"|AIza[0-9A-Za-z_-]{20,}"
    r"|(?<=Bearer )[A-Za-z0-9._~+/=-]{12,}"
)
