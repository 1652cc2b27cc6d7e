"""What error bodies and headers look like, as data: who sends which shape, and what it means.

The classifier (`classify.py` and its detectors) only walks these tables, through the few
lookups kept next to them. Every row cites where the shape was seen (a public URL, or the
section of docs/sources.md that collects them). Rows resting on a third party's claim, or
UNCONFIRMED, say so: the classifier still uses them, and says in its evidence how sure it is.
"""

from __future__ import annotations

import http
import re
from dataclasses import dataclass
from typing import Any, Final

from setup_wizard.diagnose.rx import rx

CF_DOCS = "https://github.com/cloudflare/cloudflare-docs/blob"
GITFLARE_LIVE = ("https://github.com/dbrekelmans/gitflare/blob/2cfda8b9d672e4ee1dc44604ee377ce4de7be31d"
                 "/spec/research/live/gateway-access.md")
APP_TESTE = ("https://github.com/rpolicarpo100/APP_Teste/blob/44c6a76b62fd2a62d48dd94d2708670ecafed1e2"
             "/CLOUDFLARE_TOKEN_INVALIDO.md")
GUARDRAILS = (f"{CF_DOCS}/05d54ea16987c2ed09f989bb2759d1b5e236f876/src/content/docs/ai-gateway/"
              "features/guardrails/set-up-guardrail.mdx")
DLP = (f"{CF_DOCS}/5a879f612afb9405c68d5a23e55d0e230e1d8871/src/content/docs/ai-gateway/features/"
       "dlp/set-up-dlp.mdx")
CLOUDFLARE_ENUM = "https://github.com/mandatoryprogrammer/cloudflare_enum/issues/3"
GROQ_ERRORS = "https://console.groq.com/docs/errors"
OPENAI_ERRORS = "https://developers.openai.com/docs/guides/error-codes"
ANTHROPIC_ERRORS = "https://docs.claude.com/en/api/errors"
OPENROUTER_ERRORS = "https://openrouter.ai/docs/api/reference/errors-and-debugging"
WORKERS_AI_ERRORS = "https://developers.cloudflare.com/workers-ai/platform/errors/"


# -- Cloudflare AI Gateway (docs/sources.md#gateway-errors) ----------------------------------------
@dataclass(frozen=True)
class CodeRow:
    cause: str
    meaning: str
    source: str
    sure: str = "obs"  # doc | obs | claim (docs/sources.md's marks)
    says: str | None = None  # regex of the message the code comes with (its text form)
    unique: str | None = None  # wording no one else uses: it decides without the code
    # (message regex, cause) pairs that refine the cause when one code covers several cases.
    by_message: tuple[tuple[str, str], ...] = ()


GATEWAY_CODES: Final[dict[int, CodeRow]] = {
    2001: CodeRow("gateway-not-found", "the gateway ID in the URL does not exist in this account",
                  "https://github.com/478690/test-repository (TOKEN_TEST_RESULTS.md)",
                  says=r"configure AI Gateway"),
    2003: CodeRow("gateway-rate-limited", "the gateway's own rate limit", GITFLARE_LIVE,
                  says=r"Rate limited"),
    2005: CodeRow("gateway-route", "compat model without provider prefix (or the routed "
                  "provider call failed)", "https://github.com/devoxx/DevoxxGenieIDEAPlugin/issues/1254",
                  says=r"Failed to get response from provider"),
    2008: CodeRow("gateway-route", "unknown provider prefix or URL slug",
                  "https://github.com/devoxx/DevoxxGenieIDEAPlugin/issues/1210",
                  says=r"Invalid provider"),
    2009: CodeRow("gateway-auth", "cf-aig-authorization missing or invalid",
                  "https://github.com/cloudflare/cloudflare-docs/pull/31050", "doc",
                  says=r"Unauthorized"),
    2016: CodeRow("gateway-guardrail", "Guardrails blocked the prompt", GUARDRAILS, "doc",
                  says=r"(?i)[^\n]{0,60}(?:block|guardrail|security)",
                  unique=r"Prompt blocked due to security configurations"),
    2017: CodeRow("gateway-guardrail", "Guardrails blocked the response", GUARDRAILS, "doc",
                  says=r"(?i)[^\n]{0,60}(?:block|guardrail|security)",
                  unique=r"Response blocked due to security configurations"),
    # Data Loss Prevention, the gateway's other content filter, in the same envelope.
    2029: CodeRow("gateway-guardrail", "DLP blocked the request", DLP, "doc",
                  says=r"Request content blocked due to DLP",
                  unique=r"Request content blocked due to DLP policy violations"),
    2030: CodeRow("gateway-guardrail", "DLP blocked the response", DLP, "doc",
                  says=r"Response content blocked due to DLP",
                  unique=r"Response content blocked due to DLP policy violations"),
    2019: CodeRow("gateway-route", "compat request shape or model prefix wrong",
                  "docs/sources.md#gateway-errors (symbiotica-ai/comfyui-nodes)", "claim",
                  says=r"Chat completion bad format", unique=r"Chat completion bad format"),
    2021: CodeRow("gateway-no-credits", "Unified Billing with no credits (no request key, no "
                  "stored key)", GITFLARE_LIVE,
                  says=r"Insufficient (?:balance|wholesale credits|AI Gateway credits)",
                  unique=r"Insufficient (?:balance; add money to your gateway|wholesale credits"
                  r"|AI Gateway credits)"),
    2040: CodeRow("gateway-byok-alias", "cf-aig-byok-alias names an alias with no stored key",
                  "docs/sources.md#stored-keys: symbiotica-ai/comfyui-nodes test file",
                  says=r"Provider '[^']*' has no BYOK credential",
                  unique=r"has no BYOK credential named"),
    2041: CodeRow("gateway-spend-limit", "a gateway spend-limit rule",
                  "docs/sources.md#gateway-errors (a fixture observed live 2026-09-01)",
                  says=r"Spend limit exceeded", unique=r"Spend limit exceeded: rule '"),
    2045: CodeRow("gateway-spend-limit", "a gateway spend-limit rule (Workers AI)", GITFLARE_LIVE,
                  says=r"Spend limit exceeded"),
    # 7003 from the gateway is model/schema validation (not the API v4 routing 7003).
    7003: CodeRow("bad-request", "model or input validation at the gateway", GITFLARE_LIVE,
                  # (thrown by the AI binding as "7003: User Input Error" alone)
                  says=r"Model not found|Model execution failed \(User Input Error\)|User "
                  r"Input Error\b",
                  unique=r"Model execution failed \(User Input Error\)",
                  by_message=((r"(?i)model not found", "model-not-found"),)),
    7013: CodeRow("gateway-guardrail", "Guardrails scanner unavailable with a Block rule",
                  "docs/sources.md#gateway-errors (changelog 2026-09-17)", "doc"),
}

# A gateway or API code this tool does not know yet: its message still says which kind it is.
GATEWAY_MESSAGE_CAUSES: Final[tuple[tuple[str, str], ...]] = (
    (r"(?i)unauthori[sz]ed|authenticat|cf-aig-authorization", "gateway-auth"),
    (r"(?i)spend limit|budget", "gateway-spend-limit"),
    (r"(?i)rate limit", "gateway-rate-limited"),
    (r"(?i)credit|balance|wholesale", "gateway-no-credits"),
    (r"(?i)guardrail|blocked due to|security configuration", "gateway-guardrail"),
    (r"(?i)byok|alias", "gateway-byok-alias"),
    (r"(?i)configure AI Gateway|gateway .*not found", "gateway-not-found"),
    (r"(?i)invalid provider|provider|route|model", "gateway-route"),
)


# -- Sentences that stand for one gateway refusal, read without its envelope (gateway probe) ----
@dataclass(frozen=True)
class GatewaySentence:
    pattern: str  # the words (or a class name) that decide
    code: int | None  # the gateway code they stand for, when one is known
    says: str  # what the evidence says about them
    source: str
    cause: str | None = None  # what they mean whatever code comes with them (None: the code's)
    variant: str | None = None  # picks a more specific hint


# Cloudflare's AI SDK provider (ai-gateway-provider) and LlamaIndex's port of it
# (llama-index-llms-cloudflare-ai-gateway, the same sentences under Python class names) read the
# gateway's answer themselves and throw their own error in its place, the body dropped: for
# HTTP 400 with code 2001 and for HTTP 401 with code 2009 only. The class names and the fixed
# sentences therefore stand for those two codes (docs/sources.md#gateway-errors). The library's
# other errors ("Unexpected AI Gateway Error", an unsupported provider) name no refusal.
AI_GATEWAY_PROVIDER: Final = ("https://github.com/cloudflare/ai/blob/20b89cdf0ece53b1ab50810652"
                              "8125fe51ab6cf2/packages/ai-gateway-provider/src/index.ts")
GATEWAY_SENTENCES: Final[tuple[GatewaySentence, ...]] = (
    GatewaySentence(r"\bThis AI gateway does not exist\b|\b(?:AiGatewayDoesNotExist|"
                    r"CloudflareAIGatewayDoesNotExistError)\b", 2001,
                    "the AI Gateway provider library's error for the gateway's code 2001 (it "
                    "throws it in place of the body)", AI_GATEWAY_PROVIDER),
    GatewaySentence(r"\bYour AI Gateway has authentication active, but you didn['\u2019]t provide "
                    r"a valid apiKey\b|\b(?:AiGatewayUnauthorizedError|"
                    r"CloudflareAIGatewayUnauthorizedError)\b", 2009,
                    "the AI Gateway provider library's error for the gateway's code 2009 (it "
                    "throws it in place of the body)", AI_GATEWAY_PROVIDER),
    # The spend-limit feature's own refusal of a request it cannot price (its rules hold only
    # for models with known pricing): a spend rule blocked it, and waiting will not help. The
    # sentence says so whatever code it comes with (docs/sources.md#gateway-errors).
    GatewaySentence(r"\bModel or provider could not be resolved for spend-limit enforcement\b",
                    None, "the gateway's spend-limit rules could not price the model or provider "
                    "(its own refusal)", "https://github.com/anomalyco/models.dev/pull/4715",
                    cause="gateway-spend-limit", variant="spend-unpriced"),
)
# -- end of the gateway probe's block --

API_MESSAGE_CAUSES: Final[tuple[tuple[str, str], ...]] = (
    # The account may not do this through the API: a product not enabled ("Please enable R2
    # through the Cloudflare Dashboard", 10042), a free TLD or an action kept to the dashboard,
    # a banned zone (docs/sources.md#api-v4-errors).
    (r"(?i)\benable \w+ through the Cloudflare Dashboard\b|\blimited to the Cloudflare "
     r"Dashboard\b|\bcannot use this API for domains\b|\bzone is banned\b", "permission-denied"),
    # ("token" the credential, not a count of them: "input and maximum output tokens")
    (r"(?i)auth|\btoken\b|unauthori[sz]ed|permission|forbidden|X-Auth-|credential|"
     r"session has expired", "cloudflare-api-auth"),
    (r"(?i)could not route|no route|not supported for requested URI|method not allowed|"
     r"object identifier|invalid (?:account|zone)", "cloudflare-api-route"),
    (r"(?i)no such model|model .{0,40}not found|\bmodel_not_found\b", "model-not-found"),
    (r"(?i)model (?:has been|was) (?:deprecated|decommissioned|retired)", "model-decommissioned"),
    # An identifier that names nothing on this account, the same meaning as 7003: wrangler's
    # "workers.api.error.script_not_found [code: 10007]", KV's "No KV namespace found with ID
    # ... [code: 10041]", terraform's "Record does not exist. (81044)" (docs/sources.md
    # #api-v4-errors). After the model rows: "model ... does not exist" is the model's.
    (r"(?i)\b[a-z]+_not_found\b|\bcould not find\b|\bno \w+(?: \w+)? found with id\b|"
     r"\bdoes not exist\b", "cloudflare-api-route"),
    # The plain form of the same (R2's "R2 bucket 'x' not found. [code: 10085]", Pages'
    # "Project not found. The specified project name does not match any of your existing
    # projects. [code: 8000007]", Access's "access.api.error.invalid_application_id" under
    # 12045): also after the model rows, so that a model not found stays the model's.
    (r"(?i)\bnot found\b|\bdoes not match any of your existing\b|"
     r"\binvalid_[a-z_]{1,40}_id\b", "cloudflare-api-route"),
    # A plan or a product the account lacks: "Partial zone signup not allowed (1104)",
    # Vectorize's "vectorize.not_entitled [code: 1005]" (Workers Paid only).
    (r"(?i)\bnot (?:allowed|entitled)\b|\bnot_entitled\b", "permission-denied"),
    # Validators' refusals that the rows below would misread: a count over the plan's quota
    # of tags ("DNS record has 1 tags, exceeding the quota of 0.", 9300 under 1004) is the
    # request's, not a balance; the Workers upload validator (10021: "Script startup exceeded
    # CPU time limit.", "Invalid _redirects configuration:"), "value not unique (1003)", a
    # field the API does not take ('json: unknown field "traffic_type" (10012)'), the API's
    # key for a thing that exists already ("workers.api.error.consumer_exists", 11004).
    (r"(?i)\bexceeding the quota of \d+|\bexceeded CPU time limit\b|\binvalid \S{1,60} "
     r"configuration\b|\bnot unique\b|\bunknown field\b|\b[a-z]{1,40}_exists\b",
     "bad-request"),
    # (a context window's limit, before "capacity" and "limit" say load: Workers AI's 5021)
    (r"(?i)context (?:window|length)", "bad-request"),
    # (the API's global limit, 10100: "More than 1200 requests per 300 seconds reached.
    # Please wait and consider throttling your request speed")
    (r"(?i)capacity|rate limit|too many requests|\brequests per \d+ seconds\b|"
     r"throttling your request", "rate-limited"),
    (r"(?i)daily free allocation|neurons|quota", "quota-exhausted"),
    # ("Network connection lost", workerd's words for a connection to the model dropped,
    # sent by Workers AI's REST API as code 1000, which the v4 API uses for a bad token)
    # (and the API's generic internal failure, "An error(-502) has occurred and it has been
    # logged. We will fix this problem promptly.", under code 1052)
    (r"(?i)internal (?:server )?error|unavailable|\bnetwork connection lost\b|"
     r"\bAn error\(-?\d+\) has occurred and it has been logged\b", "provider-server-error"),
    # What is left of a refusal that names a field or a value of the request ("KV namespace
    # 'x' is not valid", "A record with the same settings already exists"): the request.
    (r"(?i)\bis not (?:a )?valid\b|\bis invalid\b|\binvalid (?:value|parameter|request|"
     r"input|format|json)\b|already exists|\bmalformed\b|\bis required\b|"
     # (the DNS record validator's 9005/9006/9021: "Content for A record must be a valid IPv4
     # address.", "Invalid TTL. Must be between 120 and ...")
     r"\bmust be a valid\b|\bmust be between\b", "bad-request"),
)


def message_cause(table: tuple[tuple[str, str], ...], message: str | None) -> str | None:
    """The first (pattern, cause) whose pattern the message contains."""
    return next((c for p, c in table if message and rx(p).search(message)), None)


# -- Cloudflare API v4, api.cloudflare.com and Workers AI upstream (docs/sources.md#passthrough) ---
API_V4_CODES: Final[dict[int, CodeRow]] = {
    10000: CodeRow("cloudflare-api-auth", "Authentication error",
                   "https://github.com/anomalyco/opencode/issues/32051",
                   says=r"Authentication error"),
    10001: CodeRow("cloudflare-api-auth", "Unable to authenticate request (a token or key the "
                   "API does not accept)", "https://github.com/cloudflare/workers-sdk/issues/10117",
                   says=r"Unable to authenticate request"),
    9300: CodeRow("cloudflare-api-auth", "a dashboard session's credentials expired",
                  CLOUDFLARE_ENUM, says=r"User session has expired"),
    1000: CodeRow("cloudflare-api-auth", "Invalid API Token", APP_TESTE, says=r"Invalid API Token"),
    9109: CodeRow("cloudflare-api-auth", "Invalid access token", APP_TESTE,
                  says=r"Invalid access token|Unauthorized to access requested resource|Cannot "
                  r"use the access token from location"),
    7003: CodeRow("cloudflare-api-route", "Could not route (identifier in the path is wrong)",
                  "https://github.com/wherelse/cloudflare-ddns-script/issues/20",
                  says=r"Could not route to /"),
    7000: CodeRow("cloudflare-api-route", "No route for that URI",
                  "https://github.com/cloudflare/cloudflare-go/issues/118",
                  says=r"No route for that URI"),
    7001: CodeRow("cloudflare-api-route", "method or query not supported for that URI",
                  "https://github.com/jekalmin/extended_openai_conversation/issues/228",
                  says=r"[A-Z]+ not supported for requested URI"),
    1001: CodeRow("cloudflare-api-auth", "this kind of token cannot use that endpoint",
                  "https://github.com/edgefirst-dev/starter/issues/3",
                  says=r"List accounts endpoint does not support account owned tokens"),
    9106: CodeRow("cloudflare-api-auth", "no credentials at all (neither a token nor a key)",
                  "https://github.com/RoquesBeach/archipelago/issues/182",
                  says=r"Missing X-Auth-Key, X-Auth-Email or Authorization headers"),
    # The chain under 6003 names the header: 6102 X-Auth-Email, 6103 X-Auth-Key, 6111
    # Authorization ("Invalid format for ... header").
    6003: CodeRow("cloudflare-api-auth", "Invalid request headers (the key or token's format)",
                  "https://github.com/kissgyorgy/cloudflare-dyndns/issues/40",
                  says=r"Invalid request headers"),
    # The same words over a chain that names a dashboard session's header (6301 X-ATOK).
    6004: CodeRow("cloudflare-api-auth", "Invalid request headers (a session's token header)",
                  CLOUDFLARE_ENUM, says=r"Invalid request headers"),
}
# What 6003/6004 ("Invalid request headers") is about, named by the first code of its
# `error_chain`: a credential header's format (auth), or a Content-Type the API does not take
# (the request itself). (chain code: cause, meaning, source)
API_HEADER_CHAIN: Final[dict[int, tuple[str, str, str]]] = {
    6102: ("cloudflare-api-auth", "the X-Auth-Email header's format",
           "https://github.com/kissgyorgy/cloudflare-dyndns/issues/40"),
    6103: ("cloudflare-api-auth", "the X-Auth-Key header's format",
           "https://github.com/NewFuture/DDNS/issues/284"),
    6111: ("cloudflare-api-auth", "the Authorization header's format",
           "https://github.com/jeessy2/ddns-go/issues/981"),
    6301: ("cloudflare-api-auth", "the X-ATOK header's format (a dashboard session)",
           CLOUDFLARE_ENUM),
    6105: ("bad-request", "a Content-Type the API does not take (application/json or "
           "multipart/form-data)", "https://github.com/mcblum/ddclient-cloudflare-ubuntu/issues/2"),
}
# Workers AI's own codes, in the same envelope (or thrown by the AI binding as "N: text"), as
# its errors page lists them (doc; only 3040 has been seen in a real body here).
WORKERS_AI_CODES: Final[dict[int, CodeRow]] = {
    **{code: CodeRow(cause, meaning, WORKERS_AI_ERRORS, "doc", says=says) for code, cause,
       meaning, says in (
        (5007, "model-not-found", "No such model", r"No such model"),
        (3042, "model-not-found", "Invalid model ID", r"The model name is invalid"),
        (5004, "bad-request", "Invalid data", r"Invalid data"),
        (3003, "bad-request", "Incomplete request", r"Request is missing"),
        (3006, "request-too-large", "Request too large", r"Request is too large"),
        (3007, "timeout", "Request timeout", r"Request timeout"),
        (3036, "quota-exhausted", "Account limited (the daily free allocation of neurons)",
         r"(?i)You have used up your daily free allocation"),
        # The documented text is "No more data centers to forward the request to"; the binding
        # has also been seen throwing "Capacity temporarily exceeded" (obs, drydock#303).
        (3040, "rate-limited", "Out of capacity (HTTP 429)",
         r"(?i)No more data centers|Capacity temporarily exceeded|Out of capacity"),
        (5016, "permission-denied", "Model agreement not accepted", r"User has not agreed"),
        (3023, "permission-denied", "Account blocked", r"Service unavailable for account"),
        (5018, "permission-denied", "Account not allowed to access the model",
         r"The account is not allowed to access this model"),
        (3041, "permission-denied", "Account not allowed to access the model",
         r"The account is not allowed to access this model"),
        (5019, "bad-request", "Deprecated SDK version", r"Request trying to use deprecated SDK"),
        (3008, "timeout", "Request aborted", r"Request was aborted"),
        (3039, "bad-request", "Finetune missing required files",
         r"Finetune is missing required files"),
        (5005, "bad-request", "The model does not support LoRA", r"The model .{1,120} does not "
         r"support LoRa inference"),
        # (a 403 for a model the free plan does not include: cloudflare-docs#32338)
        (5035, "permission-denied", "Model not available on the Workers Free plan",
         r"(?:AiError: )?Model \S{1,120} is not available on the Workers Free plan"),
    )},
    # Not on the errors page: the model's input schema refused the request ("AiError: Bad
    # input: Error: oneOf at '/' not met, 0 matches: required properties at '/' are 'prompt'",
    # in the API's envelope with code 5006; obs, Cloudflare's own tracker).
    5006: CodeRow("bad-request", "Bad input (the model's input schema refused the request)",
                  "https://github.com/cloudflare/ai/issues/279",
                  says=r"(?i)Bad input|\b(?:oneOf|anyOf) at '/|required properties at '/|"
                  r"Type mismatch of '/"),
    # Not on the errors page; thrown by the AI binding as "3021: rate limiting: inference
    # request per min rate reached" (obs).
    3021: CodeRow("rate-limited", "Rate limited (the per-minute inference limit)",
                  "https://github.com/cloudflare/ai/issues/657",
                  says=r"(?i)rate limiting: inference request"),
}
# -- Whose error body a `name` says, in Cloudflare's AI stack (gateway probe) -------------------
# Workers AI and the AI Gateway answer in one shape, {name, internalCode, httpCode, message,
# description}: the Workers AI binding (workerd's ai-api.ts) reads that shape from either and
# throws "<internalCode>: <description>" under the body's `name`. The name tells them apart:
# "AiGatewayError" is the gateway's own refusal, "AiError" the model behind it (Workers AI),
# whose internalCode is then read with the Workers AI codes, never as a gateway code. (name,
# origin, source) (docs/sources.md#passthrough)
AI_ERROR_NAMES: Final[dict[str, tuple[str, str]]] = {
    "AiGatewayError": ("cloudflare-gateway", GUARDRAILS),
    "AiError": ("cloudflare-api", "https://github.com/cloudflare/workerd/blob/"
                "0039d29c001a782a1c60235ec188cba9decbd81f/src/cloudflare/internal/ai-api.ts"),
}
# -- end of the gateway probe's block --

# Wording only Workers AI writes, that decides without its code (its errors page).
WORKERS_AI_UNIQUE: Final[tuple[tuple[int, str], ...]] = (
    (3036, r"(?i)daily free allocation of [\d,]+ neurons"),
    (3040, r"No more data centers to forward the request to"),
    # The AI binding's error class before the schema's refusal (AiError is Workers AI's; the
    # validator's own words, "oneOf at '/' not met", are an open-source library's, which other
    # programs use too, so they do not decide alone). Also relayed without the code
    # (https://github.com/decolua/9router/issues/1926) or in another envelope
    # (https://github.com/QuantumNous/new-api/issues/4605). The validator's words name a place
    # in the input ('/', '/seed') soon after: "AiError" alone is many apps' own error class.
    (5006, r"\bAiError: Bad input\b[^\n']{0,80}'/"),
    (5035, r"\bis not available on the Workers Free plan\b"),
)
# Wording only the Cloudflare API writes: its legacy auth headers' names (no other API uses
# X-Auth-Key / X-Auth-Email) and its permission groups' internal names (com.cloudflare.api.*),
# which decide the sender without the envelope or a code. (code or None, pattern, source)
API_V4_UNIQUE: Final[tuple[tuple[int | None, str, str, str], ...]] = (
    (9103, "cloudflare-api-auth", r"Unknown X-Auth-Key or X-Auth-Email",
     "https://github.com/netcccyun/dnsmgr/issues/245"),
    (9106, "cloudflare-api-auth", r"Missing X-Auth-Key, X-Auth-Email\b",
     "https://github.com/RoquesBeach/archipelago/issues/182"),
    (6003, "cloudflare-api-auth", r"Invalid format for X-Auth-(?:Key|Email) header",
     "https://github.com/kissgyorgy/cloudflare-dyndns/issues/40"),
    # The API's routing errors name its own resource paths (/accounts/..., /zones/...).
    (7003, "cloudflare-api-route", r"Could not route to /(?:accounts|zones|user|client/v4)/",
     "https://github.com/wherelse/cloudflare-ddns-script/issues/20"),
    (7000, "cloudflare-api-route", r"\bNo route for that URI\b",
     "https://github.com/cloudflare/cloudflare-go/issues/118"),
    # Clients' own words for a Workers AI REST answer, without its body: the
    # workers-ai-provider package's and LangChain JS's (the status then says why).
    (None, "unknown", r"\bWorkers AI API error \(\d{3}\b|\bCloudflare LLM call failed with "
     r"status code \d{3}\b",
     "https://github.com/cloudflare/ai/blob/917c02430090e7d511abf138091a2c17135515b2/packages/"
     "workers-ai-provider/src/workersai-error.ts"),
    (None, "cloudflare-api-auth",
     # (the actor's internal name decides: a log cut inside the permission's name still shows;
     # the token's id is masked as people paste it, "token.XXX", "token.***", "token.<id>")
     r"Actor '?com\.cloudflare\.api\.[^\s']{1,200}'? requires permission\b",
     "https://github.com/caddy-dns/cloudflare/issues/3"),
    # Sentences only the API (or its dashboard) writes, shown without their envelope or code.
    (9109, "cloudflare-api-auth", r"\bCannot use the access token from location\b",
     "https://github.com/jeessy2/ddns-go/issues/1273"),
    # (the count alone is not enough: another tool writes "More than 2400 requests per 300
    # seconds reached" too; the advice after it is the API's)
    # The advice alone is the API's too: 971 sends it without the count (R2's REST API, the v5
    # provider: '429 {"code":971,"message":"Please wait and consider throttling your request
    # speed"}'); "Please consider throttling" without "wait and" is a Caddy helper's own.
    # (its code left open: 10100 and 971 both send it)
    (None, "rate-limited", r"\bPlease wait and consider throttling your request speed\b",
     "https://github.com/oxidecomputer/cio/issues/174"),
    (None, "permission-denied", r"\bYou cannot use this API for domains with a \.cf, \.ga, "
     r"\.gq, \.ml,? or \.tk TLD", "https://github.com/hashicorp/terraform/issues/25209"),
    (None, "permission-denied", r"\bUse of this API has been limited to the Cloudflare "
     r"Dashboard\b", "https://github.com/nanqinlang-script/CloudFlare_DNS_Record/issues/6"),
    (None, "permission-denied", r"\bThis zone is banned and cannot be added to Cloudflare\b",
     "https://github.com/mandatoryprogrammer/cloudflare_enum/issues/7"),
    (10007, "cloudflare-api-route", r"\bWe could not find that Workers Service on your "
     r"account\b", "https://github.com/cloudflare/workers-sdk/issues/2218"),
    (10042, "permission-denied", r"\bPlease enable R2 through the Cloudflare Dashboard\b",
     "https://github.com/cloudflare/workers-sdk/issues/2877"),
    (10014, "bad-request", r"\ba namespace with this account ID and title already exists\b",
     "https://github.com/cloudflare/wrangler-legacy/pull/392"),
)
# Clients' own print forms of the API's code and message, with no envelope: each pattern has
# the groups `code` (optional) and `m` (the message). A row marked "lines" holds only where
# the code is numbered as the API's and its message is that code's own in API_CODES, or a
# Cloudflare word is on its line or the line after it ("Error 1045: Access denied" is MySQL's);
# "line": the word on its own line. (pattern, "" | "line" | "lines", says, source)
API_V4_PRINTS: Final[tuple[tuple[str, str, str, str], ...]] = (
    # python-cloudflare: "<path>[.<verb>] - <code> <message> - api call failed" and its cli4's
    # "cli4: <path> - <code> <message>"; the path is the API's own (/zones, /accounts, ...).
    (r"(?m)^/(?:zones|accounts|user|certificates|ips|memberships|graphql)\b[\w/:.-]{0,200}? "
     r"(?:- )?(?P<code>\d{3,7}) (?P<m>[^\n]{1,300}?) - api call failed[ \t]*$", "",
     "python-cloudflare's '<path> - N message - api call failed'",
     "https://github.com/cloudflare/python-cloudflare/issues/131"),
    (r"(?m)^cli4: /(?:zones|accounts|user|certificates|ips|memberships|graphql)\b"
     r"[\w/:.-]{0,200} - (?P<code>\d{3,7}) (?P<m>[^\n]{1,300})", "",
     "python-cloudflare's cli4 ('cli4: <path> - N message')",
     "https://github.com/cloudflare/python-cloudflare/issues/100"),
    (r"\bCloudFlare\.(?:exceptions\.)?CloudFlareAPIError\b:?[ \t]*(?:(?P<code>\d{3,7}) )?"
     r"(?P<m>[^\n]{0,300})", "", "python-cloudflare's CloudFlareAPIError",
     "https://github.com/cloudflare/python-cloudflare/issues/131"),
    # The API's own message keys ("workers.api.error.consumer_exists [code: 11004]", Queues;
    # "access.api.error.invalid_application_id"), and a product's "not_entitled" key in
    # wrangler's form ("vectorize.not_entitled [code: 1005]").
    (r"\b(?P<m>(?:workers|access)\.api\.error\.[a-z_]{1,60})\b(?:[ \t]{0,5}\[code: "
     r"(?P<code>\d{3,7})\])?", "", "the API's own message key (workers/access.api.error.*)",
     "https://github.com/cloudflare/workers-sdk/issues/5347"),
    (r"\b(?P<m>[a-z]{2,30}\.not_entitled)[ \t]{0,5}\[code: (?P<code>\d{3,7})\]", "",
     "a product's 'not_entitled' key with wrangler's '[code: N]'",
     "https://github.com/cloudflare/workers-sdk/issues/4042"),
    # wrangler 1 (Rust): "Error 10013: namespace not found", its hint on the next line.
    (r"(?m)^[^\S\n]{0,8}(?:\W{1,4}[^\S\n]{0,4})?Error (?P<code>\d{4,5}): (?P<m>[^\n]{1,300})",
     "lines", "wrangler 1's 'Error N: message'",
     "https://github.com/cloudflare/wrangler-legacy/pull/458"),
    # cloudflare-go's "message (code)" as other Go programs print it (pulumi's "* failed to
    # create DNS record: DNS Validation Error (1004)", favonia's cloudflare-ddns, a bare
    # terraform line): any Go program can end a line with "(N)", so a Cloudflare word must be
    # on the same line.
    (r"(?m)^(?P<m>[^\n]{1,600}?)[ \t]\((?P<code>\d{4,5})\)[ \t]*$", "line",
     "cloudflare-go's 'message (code)' with a Cloudflare word on its line",
     "https://github.com/pulumi/pulumi-cloudflare/issues/292"),
)
# A word of Cloudflare's on a print's line or the line after it (a `named` row above).
# (1004's title, "DNS Validation Error"; Spectrum's "spectrum application"; the API's docs host)
API_V4_PRINT_NAMED: Final = (r"(?i)\bcloudflare\b|\bwrangler\b|\bDNS Validation Error\b|"
                             r"\bspectrum application\b")
# The same without the bare word "Cloudflare", for a code the edge's pages use too (1004,
# 1020, ...: pages.EDGE_TITLES): an app's "API blocked by Cloudflare (1020)" names the edge's
# firewall block, not the API (a logger line in a public repository, found by the second
# reading); the API's print of such a code is named by the code's own message or these words.
API_V4_PRINT_NAMED_NOT_EDGE: Final = (r"(?i)\bwrangler\b|\bDNS Validation Error\b|"
                                      r"\bspectrum application\b")
API_CODES: Final[dict[int, CodeRow]] = {**API_V4_CODES, **WORKERS_AI_CODES}
# The v4 API numbers its errors by product: 1xxx zones and tokens, 6xxx request headers, 7xxx
# routing, 9xxx DNS and auth, 10xxx Workers/R2/KV/Pages, 81xxx DNS records (the codes in
# docs/sources.md#api-v4-errors). AI Gateway's own codes are 2xxx (GATEWAY_CODES): a bare
# [{code, message}] list with a code in these ranges, and no word of the gateway around it, is
# the API's `errors` printed alone ("CloudFlare returned the following errors: [{'code': 9021,
# ...}]", https://github.com/LINKIWI/cloudflare-ddns-client/pull/30).
API_V4_CODE_RANGES: Final[tuple[range, ...]] = (
    range(1000, 2000), range(6000, 7000), range(7000, 8000), range(9000, 10000),
    range(10000, 11000), range(81000, 82000))
GATEWAY_NAMED: Final = r"(?i)\bAI ?Gateway\b|gateway\.ai\.cloudflare\.com|\bcf-aig-"


def in_v4_ranges(code: int | None) -> bool:
    """The code is numbered as the v4 API numbers its errors, and is not a gateway code."""
    return code is not None and code not in GATEWAY_CODES and \
        any(code in r for r in API_V4_CODE_RANGES)
# Bare {code, message} objects with these codes are the Cloudflare API's even without the
# envelope around them (no provider uses 4-5 digit numeric codes like these).
API_V4_BARE: Final = frozenset({10000, 9109, 9106, 7003, 7000, 6003, 1001})

# -- Response headers -------------------------------------------------------------------------
# cf-aig-log-id, cf-aig-event-id, ... (docs/sources.md#response-headers)
GATEWAY_HEADER_PREFIX: Final = "cf-aig-"
GATEWAY_HEADER_SOURCE: Final = GITFLARE_LIVE
# Seen on every Cloudflare-fronted answer, the provider's own included: not proof
# (docs/sources.md#response-headers).
GENERIC_CLOUDFLARE_HEADERS: Final[tuple[tuple[str, str | None], ...]] = (
    ("server", r"(?i)^cloudflare$"), ("cf-ray", None), ("cf-cache-status", None),
)


# -- OpenAI-compatible family {"error": {"message", "type", "code", ...}} --------------------
# (docs/sources.md#groq-errors, #openai-errors)
# Codes only Groq sends (docs/sources.md#who-answered): decisive for Groq.
GROQ_ONLY_CODES: Final = frozenset({
    "organization_restricted", "model_decommissioned", "model_permission_blocked_org",
    "model_permission_blocked_project", "tool_use_failed", "json_validate_failed",
    "capacity_exceeded",
})
# Groq's error.code is a string in every body it documents and sends; llama.cpp's server, which
# copies its "Invalid API Key", writes the HTTP status there as a number.
GROQ_STRING_CODES_SOURCE: Final = "https://github.com/ggml-org/llama.cpp/pull/14352"
# error.code values other servers write in the OpenAI-style envelope and neither Groq nor OpenAI
# does: DeepSeek repeats a type there ("code": "invalid_request_error", over its copy of
# OpenAI's context-length sentence and its own "Insufficient Balance"); OpenAI's code names the
# error (context_length_exceeded). (code, what it says, source)
OTHER_VENDOR_CODES: Final[tuple[tuple[str, str, str], ...]] = (
    ("invalid_request_error", "DeepSeek's (its code repeats its type; OpenAI's names the error)",
     "https://github.com/Simpleyyt/ai-manus/issues/28"),
)
# Codes only OpenAI sends (relays pass them through unchanged): decisive for OpenAI
# (docs/sources.md#openai-errors).
OPENAI_ONLY_CODES: Final = frozenset({
    "insufficient_quota", "invalid_organization", "no_organization", "mismatched_organization",
    "unsupported_country_region_territory", "billing_hard_limit_reached", "account_deactivated",
    # Its request validator's codes, with "Unknown parameter: 'x'." / "Unsupported parameter:
    # 'x' is not supported with this model." (docs/sources.md#openai-errors).
    "unknown_parameter", "unsupported_parameter", "unsupported_value",
    "missing_required_parameter",
    # Structured Outputs' strict-schema refusal ("Invalid schema for response_format 'x': In
    # context=() ..."), whose words alone are Azure's too: the code is its envelope's mark
    # (docs/sources.md#validator-wording, tools probe family A).
    "invalid_json_schema",
})
# The fields of the error object itself; printed alone (without {"error": ...}) it is what the
# Stainless SDKs keep as the exception's body (openai-python's `_make_status_error` passes
# `body.get("error", body)`; the JS SDK's `APIError.error`), docs/sources.md#sdk-exceptions.
OPENAI_ERROR_FIELDS: Final = frozenset({"message", "type", "param", "code",
                                        "failed_generation"})
# `param` is (almost) always present in OpenAI bodies, usually absent in Groq's
# (docs/sources.md#groq-errors): weak.
PARAM_PRESENT_SAYS: Final = "field error.param present (OpenAI always sends it; Groq rarely)"
PARAM_ABSENT_SAYS: Final = "no error.param field (Groq usually omits it; OpenAI always sends it)"
# OpenAI's request validator quotes the refused field's path in its message ("Invalid
# 'tools[0].function.name': ...", "Unsupported parameter: 'max_tokens' ...") and names the same
# path in error.param; the servers that copy its words leave param null (DeepSeek) or send no
# such field (GitHub Copilot's API): docs/sources.md#validator-wording (tools probe, family A).
PARAM_NAMES_THE_PATH_SAYS: Final = ("error.param names the path its message quotes (OpenAI's "
                                    "validator envelope; copies of its words leave param empty)")


# -- openai2 probe (issue #13), family 7 -------------------------------------------------------
# OpenAI's error.param names the request's parameter the error is about, or is null; a
# credential in it (a relay's "fk-..." key, the caller's own key echoed back) was put there by
# whoever wrote the body: a relay imitating OpenAI's envelope, whatever OpenAI words or links
# its message copies (tgpt's free relay: {"message": "Your OpenAI account has been deactivated
# ... help.openai.com.", "type": "requests", "param": "fk-zgvj...****", "code": null}).
PARAM_KEY_SOURCE: Final = "https://github.com/aandrew-me/tgpt/issues/171"
_ECHOED_KEY: Final = re.compile(r"(?:[A-Za-z]{2,8}[-_]){1,2}(?P<body>[A-Za-z0-9]{16,200})\*{0,80}")


def param_holds_a_key(err: dict[str, Any]) -> bool:
    """error.param holds a credential (a vendor-style prefix, then 16 or more random letters and
    digits, maybe masked with *), not a parameter's name: the body is a relay's."""
    param = err.get("param")
    if not isinstance(param, str) or len(param) > 300:
        return False
    m = _ECHOED_KEY.fullmatch(param.strip())
    # (random: a digit and a capital somewhere; a parameter's name is lower-case words)
    return m is not None and any(c.isdigit() for c in m["body"]) and not m["body"].islower()


def param_names_the_path(err: dict[str, Any]) -> bool:
    """error.param holds a path (a name, dots, brackets) that the message quotes as the field it
    refuses: at its start ("'messages' must contain ...") or after the validator's opening
    ("Invalid '<path>'", "Unsupported parameter: '<path>'", "Invalid value for '<path>'"), not
    anywhere (a message that prints another body holds "'param': 'model'")."""
    param, message = err.get("param"), err.get("message")
    if not (isinstance(param, str) and isinstance(message, str) and
            re.fullmatch(r"[\w.\[\]-]{1,200}", param)):
        return False
    quoted = "'" + param + "'"
    return message.startswith(quoted) or any(
        message.startswith(opening + quoted) for opening in _VALIDATOR_OPENINGS)


_VALIDATOR_OPENINGS: Final = ("Invalid ", "Unsupported parameter: ", "Unsupported value: ",
                              "Unknown parameter: ", "Missing required parameter: ",
                              "Invalid value for ", "Invalid type for ")


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
    "unknown_url": (CauseRow("bad-request", GROQ_ERRORS),),
    "no_organization": (CauseRow("permission-denied", OPENAI_ERRORS),),
    **{c: (CauseRow("bad-request", OPENAI_ERRORS),) for c in (
        "unknown_parameter", "unsupported_parameter", "unsupported_value",
        "missing_required_parameter")},
    "unsupported_country_region_territory": (CauseRow("permission-denied", OPENAI_ERRORS),),
    # -- groq3 probe (issue #13) -----------------------------------------------------------------
    # GitHub Copilot's API (and servers copying its envelope) for a model it will not serve to
    # this caller: another model is the fix, whoever sent it.
    "model_not_supported": (CauseRow("model-not-found",
                                     "https://github.com/RooCodeInc/Roo-Code/issues/3975"),),
    # -- openai2 probe (issue #13) ---------------------------------------------------------------
    # The Realtime API's refusal of an organization not yet given access (its error event's
    # code, under type invalid_request_error): the organization's access, not the request.
    "access_not_enabled": (CauseRow("permission-denied",
                                    "https://github.com/livekit/agents/issues/994"),),
    # The OpenAI-Organization header's organization does not exist (its code for "No such
    # organization: x"): the header's value is wrong, as with mismatched_organization.
    "invalid_organization": (CauseRow("provider-auth-invalid",
                                      "https://github.com/Aider-AI/aider/issues/3717"),),
    # The image models' moderation refusing a prompt or an output: another prompt may pass.
    "moderation_blocked": (CauseRow("bad-request",
                                    "https://github.com/ucx0204/CarrotMangaTranslator/issues/122"),),
}
# One code, two causes told apart by the message (a retry never helps a request too large).
CODE_BY_MESSAGE: Final[dict[str, tuple[tuple[str, str], ...]]] = {
    "rate_limit_exceeded": ((r"Request too large", "request-too-large"),),
    "model_not_found": ((r"does not have access to model", "permission-denied"),),
    # A model only verified organizations may stream or use, refused under the validator's
    # code for the parameter (stream: unsupported_value): the organization, not the request,
    # must change (https://github.com/Lamb-Project/lamb/issues/27).
    "unsupported_value": ((r"Your organization must be verified to", "permission-denied"),),
}
OPENAI_FAMILY_TYPES: Final[dict[str, CauseRow]] = {
    "permissions_error": CauseRow("permission-denied", "https://console.groq.com/docs/model-permissions"),
    "insufficient_quota": CauseRow("quota-exhausted", OPENAI_ERRORS),
    "request_forbidden": CauseRow("permission-denied", OPENAI_ERRORS),
    "server_error": CauseRow("provider-server-error", OPENAI_ERRORS),
    # llama.cpp's server: a prompt over its context size, even when it answers 500.
    "exceed_context_size_error": CauseRow("bad-request",
                                          "https://github.com/ggml-org/llama.cpp/pull/15780"),
    # -- openai2 probe (issue #13) ---------------------------------------------------------------
    # A plan's allowance spent (ChatGPT's backend, whose Codex client raises UsageLimitReached;
    # other services' plan limits by the same name): it lifts when the plan's window resets,
    # hours or days later, or with a bigger plan; not a per-minute limit.
    "usage_limit_reached": CauseRow("quota-exhausted",
                                    "https://github.com/james-6-23/codex2api/issues/9"),
    # The image API's type for a request its moderation refused (code moderation_blocked).
    "image_generation_user_error": CauseRow(
        "bad-request", "https://github.com/ucx0204/CarrotMangaTranslator/issues/122"),
}
# The fields ChatGPT's backend adds to its usage_limit_reached error object (Codex's client
# reads them): Anthropic's error object holds only type and message, so an object with these is
# not Anthropic's whatever envelope it sits in (docs/sources.md#openai-errors).
CHATGPT_PLAN_FIELDS: Final = frozenset({"plan_type", "resets_in_seconds"})


def type_cause(etype: str | None, status: int | None) -> CauseRow | None:
    """The error.type's row, unless the status contradicts it: a 4xx labelled server_error
    (relays such as one-api write that type on every error they pass on) is the client's."""
    row = OPENAI_FAMILY_TYPES.get(etype or "")
    if row and row.cause == "provider-server-error" and status is not None and status < 500:
        return None
    return row


# When neither code nor message says, the status alone (weaker; the evidence says so).
# 404 is left out on purpose: a wrong URL and a wrong model both give it. 403 only counts
# once a provider is known to have answered: Cloudflare's WAF answers 403 too. Any other 5xx
# is a server-side failure (status_cause).
STATUS_CAUSES: Final[dict[int, str]] = {
    400: "bad-request", 401: "provider-auth-invalid", 402: "quota-exhausted",
    403: "permission-denied", 405: "bad-request", 408: "timeout", 413: "request-too-large",
    422: "bad-request",
    429: "rate-limited", 451: "permission-denied", 498: "rate-limited", 504: "timeout",
}


def code_row(code: str | None, status: int | None) -> CauseRow | None:
    """The first OPENAI_FAMILY_CODES row whose status condition holds (most specific first)."""
    for row in OPENAI_FAMILY_CODES.get(code or "", ()):
        if row.when_status is None or row.when_status == status:
            return row
    return None


def code_cause(code: str | None, status: int | None, message: str | None) -> str | None:
    """The cause an OpenAI-style error.code gives, refined by the status or the message."""
    for pattern, cause in CODE_BY_MESSAGE.get(code or "", ()):
        if message and rx(pattern).search(message):
            return cause
    row = code_row(code, status)
    return row.cause if row else None


# The Stainless SDKs (openai, anthropic, groq) and LiteLLM raise one exception class per HTTP
# status (any 5xx: InternalServerError; LiteLLM adds ServiceUnavailableError for 503): a pasted
# class name without its status still says the status (SDK_CLASS_SOURCE, _make_status_error).
SDK_CLASS_STATUS: Final[dict[str, int]] = {
    "BadRequestError": 400, "AuthenticationError": 401, "PermissionDeniedError": 403,
    "NotFoundError": 404, "UnprocessableEntityError": 422, "RateLimitError": 429,
    "InternalServerError": 500, "ServiceUnavailableError": 503,
}
SDK_CLASS_SOURCE: Final = ("https://github.com/openai/openai-python/blob/"
                           "e43b422412a9e96c9cc5192c61fffbe2d7e04836/src/openai/_client.py")
# Raised (the class, a colon): an SDK's own module path; LiteLLM's only with its provider
# tag ("OpenrouterException - "), which marks an answer it mapped (it also raises these names
# for its own checks, before any request).
_SDK_CLASS = re.compile(r"(?<![\w.])(?:(openai|anthropic|groq|google\.genai\._interactions)|"
                        r"litellm(?:\.exceptions)?)\.(" + "|".join(SDK_CLASS_STATUS) + r"):"
                        r"(?(1)|[^\n]{0,80}?\b[A-Z][A-Za-z_]*Exception - )")


# (round 16, status 3) A retry wrapper keeps the class's bare name only: tenacity's RetryError
# prints the last attempt's future, "RetryError[<Future at 0x... state=finished raised
# AuthenticationError>]" (concurrent.futures' repr, the exception's class name without its
# module; https://github.com/DivergerThinking/pycodedoc/issues/1). Only the status-bound names:
# the base APIStatusError, or a Python error (AssertionError), says no status.
FUTURE_RAISED_SOURCE: Final = "https://github.com/HuaYaoAI/FinGenius/issues/18"
_FUTURE_RAISED = re.compile(r"\bstate=finished raised (" + "|".join(SDK_CLASS_STATUS) + r")>")


# (logs probe, family 3) langchain4j maps an HTTP error to one class per status
# (ExceptionMapper.DefaultExceptionMapper.mapHttpStatusCode): 429 RateLimitException, any 5xx
# InternalServerException, 408 TimeoutException, and any other 4xx but 401, 403 and 404
# InvalidRequestException (read as a 400). Its AuthenticationException is 401 or 403, its
# ModelNotFoundException any 404 (a wrong URL too): those say no one cause, so they are not
# here. Only with the package's path, as a Java trace prints the class
# ("Caused by: dev.langchain4j.exception.RateLimitException: {", jeddict-ai#213).
LANGCHAIN4J_CLASS_STATUS: Final[dict[str, int]] = {
    "RateLimitException": 429, "InternalServerException": 500, "TimeoutException": 408,
    "InvalidRequestException": 400,
}
LANGCHAIN4J_CLASS_SOURCE: Final = ("https://github.com/langchain4j/langchain4j/blob/main/"
                                   "langchain4j-core/src/main/java/dev/langchain4j/internal/"
                                   "ExceptionMapper.java")
_LANGCHAIN4J_CLASS = re.compile(r"(?<![\w.])dev\.langchain4j\.exception\.("
                                + "|".join(LANGCHAIN4J_CLASS_STATUS) + r")\b")


def class_status(text: str) -> tuple[str, int] | None:
    """(class, status) of the first status-bound SDK exception the text shows raised."""
    if (m := _SDK_CLASS.search(text)) is not None:
        return m.group(2), SDK_CLASS_STATUS[m.group(2)]
    if (m := _FUTURE_RAISED.search(text)) is not None:
        return m.group(1), SDK_CLASS_STATUS[m.group(1)]
    if "langchain4j" in text and (m := _LANGCHAIN4J_CLASS.search(text)) is not None:
        return m.group(1), LANGCHAIN4J_CLASS_STATUS[m.group(1)]
    return None


def status_cause(status: int | None, provider_known: bool = True) -> str | None:
    """The cause the HTTP status alone suggests, if any (403 only when a provider answered)."""
    if status is None or (status == 403 and not provider_known):
        return None
    if status in STATUS_CAUSES:
        return STATUS_CAUSES[status]
    return "provider-server-error" if 500 <= status <= 599 else None

# -- Anthropic {"type":"error","error":{"type":...}} (docs/sources.md#anthropic-errors) ------------
ANTHROPIC_TYPES: Final[dict[str, str]] = {
    "invalid_request_error": "bad-request", "authentication_error": "provider-auth-invalid",
    "permission_error": "permission-denied", "not_found_error": "model-not-found",
    "request_too_large": "request-too-large", "rate_limit_error": "rate-limited",
    "api_error": "provider-server-error", "overloaded_error": "provider-server-error",
    # Its SDKs' closed list has two more (ErrorType in resources/shared.d.mts):
    "timeout_error": "timeout", "billing_error": "quota-exhausted",
}
ANTHROPIC_TYPES_SOURCE: Final = ("https://app.unpkg.com/@anthropic-ai/sdk@0.81.0/files/resources/"
                                 "shared.d.mts")
# Anthropic's request ids: req_01 (req_011... now) and letters and digits in mixed case, also
# behind Vertex AI (req_vrtx_011...). Another server's id in its envelope (24 lower-case hex
# digits after req_, a UUID, a number) says that server wrote it (ANTHROPIC_ERRORS, #93).
ANTHROPIC_REQUEST_ID: Final = re.compile(r"req_(?:vrtx_)?01[A-Za-z0-9]{18,}")
# An id a person or a tool masked before posting ("**REDACTED**", "***", "<redacted>",
# "req_xxx"): it was Anthropic's or not; masked, it says neither (as if it were absent).
MASKED_ID: Final = re.compile(r"(?i)(?:req_)?[\s*#.<>\[\]()_-]{0,40}(?:redacted|masked|hidden|"
                              r"removed|omitted|x{1,40}|\u2026)?[\s*#.<>\[\]()_-]{0,40}")

# A client library's own error sentence (axios: "Request failed with status code " + status,
# lib/core/settle.js): an envelope whose message is this was written by the app or relay that
# caught its HTTP client's error, whatever error type it borrowed; the answer it got is lost.
CLIENT_LIBRARY_MESSAGE: Final = re.compile(r"Request failed with status code ([1-5]\d\d)")
CLIENT_LIBRARY_SOURCE: Final = "https://github.com/axios/axios/blob/v1.x/lib/core/settle.js"

# Error types the OpenAI family writes too (docs/sources.md#openai-errors): printed alone as
# {type, message}, they say "Anthropic" only when nothing else names a sender.
SHARED_ERROR_TYPES: Final = frozenset({"invalid_request_error"})
# Anthropic's types that other servers write in their own answers too (those, Ollama's and
# vLLM's "api_error", relays' "rate_limit_error"): in a body cut off before its other fields,
# these alone do not make the older {error: {type, message}} envelope Anthropic's.
ANTHROPIC_TYPES_OTHERS_WRITE: Final = SHARED_ERROR_TYPES | {"api_error", "rate_limit_error"}
# -- anthropic2 probe (issue #13), family A2 ------------------------------------------------------
# Fields Anthropic's error envelope never has, which proxies writing that envelope add: (where,
# field, whose, source); where is "" for the top level, "error" for the error object. Its own
# body is type, error {type, message (and details: null on some overloaded_error)} and
# request_id; a client's print of it keeps those (OpenRouter's top-level metadata is
# OpenRouter's relay, read as such elsewhere).
ANTHROPIC_FOREIGN_FIELDS: Final[tuple[tuple[str, str, str, str], ...]] = (
    # Antigravity-Manager's proxy (Claude over Google's Antigravity) names its own errors
    # "err_prompt_too_long", "err_retry_exhausted", and tells the user what to do.
    ("", "id", "Antigravity-Manager's error id, err_...",
     "https://github.com/lbjlaq/Antigravity-Manager/issues/763"),
    ("error", "id", "Antigravity-Manager's error id, err_...",
     "https://github.com/lbjlaq/Antigravity-Manager/issues/763"),
    ("error", "suggestion", "a proxy's advice to the user, Antigravity-Manager's",
     "https://github.com/lbjlaq/Antigravity-Manager/issues/763"),
)

# -- Google AI Studio google.rpc.Status (docs/sources.md#google-errors) ----------------------------
GOOGLE_SOURCE: Final = "https://github.com/zeroclaw-labs/zeroclaw/issues/194"
GOOGLE_REASONS: Final[dict[str, str]] = {
    "API_KEY_INVALID": "provider-auth-invalid", "API_KEY_SERVICE_BLOCKED": "permission-denied",
}
# ErrorInfo reasons by their words, for the ones the table above does not name: credits or a
# balance spent (Code Assist's INSUFFICIENT_G1_CREDITS_BALANCE over RESOURCE_EXHAUSTED) is
# quota-exhausted whatever default message comes with it (reason, cause, source).
GOOGLE_REASON_WORDS: Final[tuple[tuple[str, str, str], ...]] = (
    (r"[A-Z0-9_]{0,40}(?:CREDITS|_BALANCE)[A-Z0-9_]{0,40}", "quota-exhausted",
     "https://github.com/su-kaka/gcli2api/issues/416"),
)
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
# An upstream's Cloudflare edge answering OpenRouter (metadata.raw "error code: N"): the edge
# refusal is a failure at the provider's end, except the edge's rate-limiting rule (1015, "You
# are being rate limited", sent with 429), which says OpenRouter's calls came too fast.
UPSTREAM_EDGE_CODES: Final[dict[int, CauseRow]] = {
    1015: CauseRow("rate-limited", "https://github.com/BerriAI/litellm/issues/8448"),
}
# -- The order OpenRouter writes its error object in (gateway probe) ----------------------------
# OpenRouter writes `message` before `code` ({"error":{"message":"User not found.","code":401}});
# other servers write the same two keys code first: xAI through Cloudflare's gateway
# (cloudflare/ai#430), AssemblyAI's LLM Gateway (its troubleshooting page), google.rpc.Status
# without its status. So a {code, message} written code first, with no word of OpenRouter's
# own beside it (its metadata, its user_id, a sentence of its wording), is not OpenRouter's: it
# names no sender, and its words or its status say why (docs/sources.md#openrouter-errors).
OPENROUTER_FIRST_KEY: Final = "message"
OPENROUTER_KEY_ORDER_SOURCE: Final = "https://github.com/Fosowl/agenticSeek/issues/407"
# -- end of the gateway probe's block --

# -- mistralor probe (round 16, family A): OpenRouter's error object without its wrapper -------
# On a stream, and in a 200 body after routing, OpenRouter's error object {code, message,
# metadata?} comes at the top level, not under "error" (its errors page, "mid-stream errors").
# The keys it writes in that metadata are its own (key -> source): the upstream's raw body and
# name (ProviderErrorMetadata), the typed error of a stream that failed once begun, the limit
# that refused. One of them beside a numeric code and no `type` makes the object OpenRouter's
# (docs/sources.md#openrouter-errors).
OPENROUTER_OWN_METADATA: Final[dict[str, str]] = {
    "raw": OPENROUTER_ERRORS,
    "provider_name": OPENROUTER_ERRORS,
    "error_type": "https://github.com/damianvtran/local-operator/pull/223",
    "limit_source": OPENROUTER_ERRORS,
}
# The openai SDK keeps the fields it does not know as extras and prints them in the
# completion's repr: OpenRouter's 200 that carries an error reads "ChatCompletion(...,
# error={'message': ..., 'code': 500}, user_id='user_...')". That error object with OpenRouter's
# user id (user_ + 27 letters and digits) right after it, in the same repr, is OpenRouter's; the
# user id alone stays a weak marker (markers.py).
OPENROUTER_REPR_ERROR_WITH_USER_ID: Final = (
    r"\berror=\{(?:[^{}]|\{[^{}]{0,4000}\}){1,4000}\},\s{0,20}user_id=['\"]user_[0-9A-Za-z]{27}"
    r"['\"]")
OPENROUTER_REPR_SOURCE: Final = "https://github.com/pydantic/pydantic-ai/issues/2323"
# -- end of the mistralor probe's family A block --

# -- mistralor probe (round 16, family B): OpenRouter's envelope that does not parse ----------
# OpenRouter writes its error object message, code, metadata, in that order. When it relays an
# upstream's error its message may be that upstream's own body (DeepInfra's vLLM refusal, in a
# Python repr whose nested quotes do not parse: RA.Aid#41): a numeric code right before a
# metadata object that opens with a key of its own still makes the envelope OpenRouter's, and
# the words inside say why, not who (docs/sources.md#openrouter-errors).
OPENROUTER_CODE_THEN_METADATA: Final = (
    r"""["']code["']\s{0,20}:\s{0,20}([45]\d\d)\s{0,20},\s{0,20}["']metadata["']\s{0,20}:"""
    r"""\s{0,20}\{\s{0,20}["'](?:""" + "|".join(OPENROUTER_OWN_METADATA) + r""")["']\s{0,20}:""")
OPENROUTER_CODE_THEN_METADATA_SOURCE: Final = "https://github.com/ai-christianson/RA.Aid/issues/41"
# -- end of the mistralor probe's family B block --

# -- mistralor probe (round 16, family C): a provider's words in an envelope it never writes ---
# Fields an origin never writes in its error object (origin -> (field, source)). OpenRouter's
# object is {code: <number>, message, metadata?} with no `type`: an OpenAI-style envelope with a
# type ({"error":{"message","type":"rate_limit_error","code":"429"}}) is a relay's, and
# OpenRouter's words inside its message (a limit's name, "free-models-per-day-high-balance")
# are what the relay was told upstream: they give the cause, not the sender (Gitlawb's gateway,
# openclaude#1542; docs/sources.md#openrouter-errors).
NEVER_WRITES_FIELD: Final[dict[str, tuple[str, str]]] = {
    "openrouter": ("type", "https://github.com/Gitlawb/openclaude/issues/1542"),
}
# -- end of the mistralor probe's family C block --

# -- mistralor probe (round 16, family F): FastChat's own error codes ----------------------------
# FastChat's OpenAI-compatible server (and its copies, langport and DB-GPT) answers
# {"object": "error", "message", "code": <ErrorCode>} with five-digit codes of its own
# (fastchat/constants.py): the code names the failure more sharply than the HTTP status it came
# with (a pydantic validation error, 40001, under a 500 is the request's fault). Only its
# client-side codes (4xxxx) are here: its server-side ones (50001 INTERNAL_ERROR ...) agree with
# the 5xx they come with, and alone they are left to the status (round 16, status 4).
FASTCHAT_CODES_SOURCE: Final = ("https://github.com/lm-sys/FastChat/blob/"
                                "4285074074e30a53551c48a65c439e64ab3fbed3/fastchat/constants.py")
FASTCHAT_CODES: Final[dict[int, str]] = {
    40001: "bad-request",  # VALIDATION_TYPE_ERROR
    40101: "provider-auth-invalid", 40102: "provider-auth-invalid",  # INVALID/INCORRECT_AUTH_KEY
    40103: "permission-denied",  # NO_PERMISSION
    40301: "model-not-found",  # INVALID_MODEL
    40302: "bad-request", 40303: "bad-request",  # PARAM_OUT_OF_RANGE, CONTEXT_OVERFLOW
    42901: "rate-limited", 42902: "quota-exhausted",  # RATE_LIMIT, QUOTA_EXCEEDED
    42903: "provider-server-error",  # ENGINE_OVERLOADED
}
# -- end of the mistralor probe's family F block --

# LocalAI writes {"error": {"code": 500, "message": ..., "type": ""}}, code first, over its gRPC
# backends' failures ("rpc error: code = Unknown desc = ...", "could not load model"); printed
# without its empty type it has OpenRouter's shape, but OpenRouter writes message before code
# and never gRPC's words.
GRPC_BACKEND_WORDS: Final = r"\brpc error\b|\bcould not load model\b"
GRPC_BACKEND_SOURCE: Final = "https://github.com/mudler/LocalAI/issues/1664"

# Endpoints that take a model, for providers whose base URL config/providers.py does not hold
# (origin, URL pattern, source): a 404 there means the model was not found, the address being
# right. Google's OpenAI-compatible and native paths (the native one names the model itself),
# Anthropic's Messages API.
OWN_ENDPOINTS: Final[tuple[tuple[str, str, str], ...]] = (
    ("google", r"https://generativelanguage\.googleapis\.com/v1beta/openai/"
               r"(?:chat/completions|embeddings)(?![\w/])",
     "https://ai.google.dev/gemini-api/docs/openai"),
    ("google", r"https://generativelanguage\.googleapis\.com/v1(?:beta)?/models/[\w.-]+:"
               r"(?:generateContent|streamGenerateContent)(?![\w/])",
     "https://ai.google.dev/api/generate-content"),
    ("google", r"https://generativelanguage\.googleapis\.com/v1(?:beta)?/models/[\w.-]+:"
               r"(?:embedContent|batchEmbedContents)(?![\w/])",
     "https://ai.google.dev/api/embeddings"),
    ("google", r"https://generativelanguage\.googleapis\.com/v1(?:beta)?/models/[\w.-]+:"
               r"countTokens(?![\w/])", "https://ai.google.dev/api/tokens"),
    ("anthropic", r"https://api\.anthropic\.com/v1/messages(?![\w/])",
     "https://docs.anthropic.com/en/api/messages"),
)


# FastAPI's own fixed `detail` strings, which every FastAPI server answers with (a relay, a
# self-hosted app, Mistral's API too): they say why, not who. Mistral's 401 says
# "Unauthorized", not these.
FASTAPI_OWN_DETAILS: Final[dict[str, tuple[str, str | None, str]]] = {
    "Not Found": ("bad-request", "invalid-url",
                  "https://github.com/fastapi/fastapi/blob/0.115.0/fastapi/exception_handlers.py"),
    "Method Not Allowed": ("bad-request", "invalid-url",
                           "https://github.com/fastapi/fastapi/blob/0.115.0/fastapi/"
                           "exception_handlers.py"),
    "Not authenticated": ("provider-auth-missing", None,
                          "https://github.com/fastapi/fastapi/blob/0.115.0/fastapi/security/"
                          "http.py"),
    "Invalid authentication credentials": ("provider-auth-invalid", None,
                                           "https://github.com/fastapi/fastapi/blob/0.115.0/"
                                           "fastapi/security/http.py"),
}


# The detail strings api.mistral.ai itself was seen to send. FastAPI's {"detail": "..."} is
# every FastAPI server's shape; another string in it is that server's own sentence (Keywords
# AI's "Invalid input params", an app's "Streaming is not supported"), which says why, not who.
MISTRAL_DETAILS: Final[dict[str, str]] = {
    "Unauthorized": "https://github.com/cline/cline/issues/6235",
    "Invalid API Key": "https://github.com/crmne/ruby_llm/blob/"
                       "fb5a49bf04da78d3e74496431ad1c99df5e7e5f0/spec/fixtures/vcr_cassettes/"
                       "chat_error_handling_with_mistral_mistral-small-latest_raises_"
                       "appropriate_auth_error.yml",
}
# -- openai2 probe (issue #13), family 6 -------------------------------------------------------
# Starlette, under FastAPI, fills an HTTPException's detail with the status's own reason phrase
# when the app gives none ({"detail":"Unauthorized"}, {"detail":"Bad Request"}): every FastAPI
# server's answer (ChatGPT's Codex backend's 401 among them), Mistral's only beside a mark of
# Mistral's own (its SDK, its host). It says why, the status's cause, not who.
STARLETTE_DEFAULT_DETAILS: Final = frozenset(s.phrase for s in http.HTTPStatus if s.value >= 400)
STARLETTE_DEFAULT_SOURCE: Final = ("https://github.com/encode/starlette/blob/0012249bd6dbfefcd114a87f"
                                   "52fec4143e81d60a/starlette/exceptions.py")


# -- Mistral: several shapes (docs/sources.md#mistral-errors) --------------------------------------
MISTRAL_SOURCE: Final = "https://github.com/cline/cline/issues/9085"
MISTRAL_TYPES: Final[dict[str, str]] = {
    "rate_limited": "rate-limited", "invalid_model": "model-not-found",
}
