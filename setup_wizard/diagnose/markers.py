"""Who sent an answer, as data: headers, SDK class paths, hosts, client labels, model names.

Each row adds weight to one origin when it is seen: 4 settles it against anything (a
provider's own SDK only talks to that provider), 3 settles it against wording (a host, a
header), 2 decides alone when nothing contradicts it, 1 only supports. `provider_markers.py`
adds the rows up; a clear lead decides, else the answer stays `unknown` and says what would
settle it. The origin "relay" marks a proxy answering for itself (LiteLLM proxy, one-api,
Vercel): it is reported as `unknown`, never as the provider behind it.
A provider's *wording* (which also says why) is in `phrases.py`. Sources: docs/sources.md
(#groq-headers, #sdk-exceptions, #provider-hosts, #model-owners, #relays).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Final

from setup_wizard.config import model_facts, providers
from setup_wizard.diagnose.rx import rx

RELAY: Final = "relay"  # a proxy's own answer: reported as origin unknown
GROQ_ERRORS = "https://console.groq.com/docs/errors"
OPENAI_ERRORS = "https://developers.openai.com/docs/guides/error-codes"
ANTHROPIC_ERRORS = "https://docs.claude.com/en/api/errors"
_GROQ_TIERS = "(?:" + "|".join(model_facts.GROQ_TIER_SUFFIXES) + ")"
_GROQ_CONTEXTS = "(?:" + "|".join(model_facts.GROQ_CONTEXT_SUFFIXES) + ")"
LITELLM_MAPPING = ("https://github.com/BerriAI/litellm/blob/main/litellm/litellm_core_utils/"
                   "exception_mapping_utils.py")
# Codex's client for ChatGPT's backend: the fields and headers of a plan's limit (openai2 probe).
CODEX_CLIENT = ("https://github.com/openai/codex/blob/edd459a993685eac49a553978eb2b5c3c835301d/"
                "codex-rs/core/src/client.rs")


@dataclass(frozen=True)
class HeaderMarker:
    origin: str
    name: str
    value: str | None  # regex the value must fully match; None: any value
    weight: int
    says: str
    source: str


def header_says(hm: HeaderMarker, headers: Mapping[str, str]) -> bool:
    """The answer carries `hm`'s header, with a value of its form when the row has one."""
    value = headers.get(hm.name)
    return value is not None and (hm.value is None or re.fullmatch(hm.value, value.strip())
                                  is not None)


def headers_name(origin: str, headers: Mapping[str, str]) -> bool:
    """Some header row of `origin` holds, in its own form (any server sends an x-request-id)."""
    return any(hm.origin == origin and header_says(hm, headers) for hm in HEADER_MARKERS)


GROQ_HEADER_SRC = "docs/sources.md#groq-headers: ag5826000/resume-commentor#4, ItzCrazyKns/Vane#980"
HEADER_MARKERS: Final[tuple[HeaderMarker, ...]] = (
    HeaderMarker("groq", "x-groq-region", None, 3, "header x-groq-region: Groq answered",
                 GROQ_HEADER_SRC),
    HeaderMarker("groq", "x-request-id", r"req_[0-9a-z]{26}", 2,
                 "header x-request-id is req_ + 26-char ULID (Groq's form)", GROQ_HEADER_SRC),
    HeaderMarker("groq", "set-cookie", r".*domain=\.groq\.com.*", 1,
                 "header set-cookie for .groq.com", GROQ_HEADER_SRC),
    HeaderMarker("groq", "via", r"1\.1 google", 1, "header via: 1.1 google (seen on Groq)",
                 GROQ_HEADER_SRC),
    HeaderMarker("openai", "openai-organization", None, 3,
                 "header openai-organization: OpenAI answered", OPENAI_ERRORS),
    HeaderMarker("openai", "openai-processing-ms", None, 3,
                 "header openai-processing-ms: OpenAI answered",
                 "https://developers.openai.com/api/reference/overview"),
    HeaderMarker("openai", "openai-version", None, 2, "header openai-version: OpenAI answered",
                 "https://developers.openai.com/api/reference/overview"),
    # OpenAI's own front-end proxy stamps it on its answers, its nginx pages included (seen in
    # one public dump: weight 2, not 3).
    HeaderMarker("openai", "x-openai-proxy-wasm", None, 2,
                 "header x-openai-proxy-wasm: OpenAI's front end answered",
                 "https://github.com/router-for-me/CLIProxyAPI/issues/4833"),
    HeaderMarker("openai", "x-request-id", r"req_[0-9a-f]{32}", 2,
                 "header x-request-id is req_ + 32 hex (OpenAI's form)",
                 "https://developers.openai.com/api/reference/overview"),
    # Google APIs' front end (googleapis.com) names itself so; Google Cloud's load balancers,
    # which Groq sits behind, say "via: 1.1 google" instead.
    HeaderMarker("google", "server", r"ESF", 2, "header server: ESF (Google APIs' front end)",
                 "https://github.com/AvenCores/open-antigravity-patcher/issues/13"),
    HeaderMarker("anthropic", "request-id", r"req_011.*", 3,
                 "header request-id req_011... (Anthropic's form)", ANTHROPIC_ERRORS),
    HeaderMarker("anthropic", "anthropic-ratelimit-requests-limit", None, 3,
                 "header anthropic-ratelimit-*: Anthropic answered", ANTHROPIC_ERRORS),
)


@dataclass(frozen=True)
class TextMarker:
    origin: str
    kind: str  # sdk | host | client | model | id | status
    pattern: str  # regex searched in the body and the text around it
    weight: int
    says: str
    source: str


def _t(origin: str, kind: str, pattern: str, weight: int, says: str, source: str) -> TextMarker:
    return TextMarker(origin, kind, pattern, weight, says, source)


# Clients that speak one API to every provider and label each error with that API's name:
# their label names the API kind, not who answered. (pattern naming the client, the origin
# whose "client" markers it voids, what to say, source)
API_KIND_CLIENTS: Final[tuple[tuple[str, str, str, str], ...]] = (
    # crush logs "OpenAI API error" from its openaiClient, which serves OpenRouter and every
    # other OpenAI-compatible provider too (obs: its JSON log records, source.function
    # "...provider.(*openaiClient)...", with OpenRouter's own bodies).
    (r"\(\*openaiClient\)|crush/internal/(?:llm/)?provider/openai\.go", "openai",
     "crush's openaiClient labels every OpenAI-compatible provider's error 'OpenAI API error'",
     "https://github.com/charmbracelet/crush/issues/910"),
)

# -- mistralor probe (round 16, family D): the failing request went to this machine ------------
# The status printed beside the request's own URL, with a loopback host: a server on the user's
# machine answered (the app's own server, a local proxy or model server), whatever provider the
# app was set up with. A provider the text only names then ("the text names OpenRouter", its
# providerID in the app's own error) is configuration, not who answered; the status is that
# local server's. (pattern, source)
_LOOPBACK = (r"(?:127(?:\.\d{1,3}){3}|localhost|\[::1\]|0\.0\.0\.0)(?::\d{1,5})?"
             r"(?=[/\"'\s]|$)")
ANSWERED_ON_THIS_MACHINE: Final[tuple[tuple[str, str], ...]] = (
    # Go's net/http client errors, as Go apps print them: 'POST "http://127.0.0.1:56639/...":
    # 400 Bad Request' (opencode's TUI to its own server).
    (r"\b(?:GET|POST|PUT|PATCH|DELETE|HEAD) \"?https?://" + _LOOPBACK + r"[^\s\"]{0,300}\"?: "
     r"[1-5]\d\d\b", "https://github.com/anomalyco/opencode/issues/842"),
    # httpx's and requests' raise_for_status: "Server error '502 Bad Gateway' for url
    # 'http://localhost:8000/...'", "400 Client Error: Bad Request for url: http://...".
    (r"\b[1-5]\d\d [^\n]{0,60}\bfor url:? '?https?://" + _LOOPBACK,
     "https://github.com/encode/httpx/blob/master/httpx/_models.py"),
)


def answered_on_this_machine(text: str) -> str | None:
    """The request line showing a server on this machine answered the failing request, or
    None."""
    return next((m.group(0) for p, _source in ANSWERED_ON_THIS_MACHINE
                 if (m := rx(p).search(text)) is not None), None)
# -- end of the mistralor probe's family D block --

# -- mistralor probe (round 16, family E): words that name a sender only with their status -----
# (pattern, status, origin, weight, says, source): added to the wording's own weight when the
# answer's status is the one the sender gives with them. OpenRouter's 401 for a key it does not
# know is "User not found." (capital U, the period: docs/sources.md#openrouter-errors); alone
# it is common English in login APIs (1 point, phrases.py), with 401 it is OpenRouter's answer
# as apps print it ("401 User not found.", continue#10532). Without the period the words stay
# open (openclaw#26960 writes "401: User not found").
STATUS_BOUND_WORDING: Final[tuple[tuple[str, int, str, int, str, str], ...]] = (
    (r"\bUser not found\.", 401, "openrouter", 1,
     "'User not found.' with HTTP 401 (OpenRouter's answer for a key it does not know)",
     "https://github.com/continuedev/continue/issues/10532"),
)
# -- end of the mistralor probe's family E block --


# LiteLLM's label for its Google routes (Vertex AI and the Gemini API alike); silent when it sits
# over LiteLLM's own runtime error (LABEL_OVER_OWN_BUG below).
VERTEX_LABEL: Final = TextMarker("google", "sdk", r"\bVertexAIException\b", 2,
                                 "LiteLLM's VertexAIException: LiteLLM called a Gemini endpoint",
                                 LITELLM_MAPPING)
TEXT_MARKERS: Final[tuple[TextMarker, ...]] = (
    # -- SDK exception class paths: a provider's own SDK talks to that provider ----------------
    # (site-packages, or dist-packages where Debian's and Colab's Python install packages)
    _t("groq", "sdk", r"\bgroq\.[A-Z]\w*Error\b|(?:site|dist)-packages[/\\]groq[/\\]|"
       r"<class 'groq\.",
       4, "the Groq SDK's exception (groq.*Error)", "https://github.com/groq/groq-python"),
    _t("groq", "sdk", r"\bGroqException\b", 3,
       "LiteLLM's GroqException: LiteLLM called Groq", LITELLM_MAPPING),
    _t("anthropic", "sdk", r"\banthropic\.[A-Z]\w*Error\b|"
       r"(?:site|dist)-packages[/\\]anthropic[/\\]", 4,
       "the Anthropic SDK's exception (anthropic.*Error)",
       "https://github.com/anthropics/anthropic-sdk-python"),
    _t("anthropic", "sdk", r"\bAnthropicException\b", 3,
       "LiteLLM's AnthropicException: LiteLLM called Anthropic", LITELLM_MAPPING),
    _t("openrouter", "sdk", r"\bOpen[Rr]outerException\b", 3,
       "LiteLLM's OpenrouterException: LiteLLM called OpenRouter", LITELLM_MAPPING),
    _t("mistral", "sdk", r"\bMistral(?:API(?:Status)?)?Exception\b|\bmistralai\.", 3,
       "Mistral's SDK (MistralAPIException, mistralai.*) or LiteLLM's MistralException",
       "https://github.com/mistralai/client-python (0.4.2: mistralai/exceptions.py)"),
    # (google-genai's Interactions client raises its own google.genai._interactions.*Error)
    # (not the Gemini JS SDK's "[GoogleGenerativeAI Error]: Error fetching from <url>: ": it
    # writes that before Google's answer, "[400 Bad Request] ...", and before its own fetch's
    # failure, "fetch failed", alike; what follows says which)
    # Nor its own parse failure of a stream ("[GoogleGenerativeAI Error]: Failed to parse
    # stream", https://github.com/ThinkInAIXYZ/deepchat/issues/295): the SDK's words.
    _t("google", "sdk", r"\bGeminiException\b|GoogleGenerativeAI Error(?!\]: (?:Error fetching "
       r"from|Failed to parse stream)\b)|google\.api_core\.exceptions\.|google\.genai\.errors|"
       r"google\.genai\._interactions\.(?!API(?:Connection|Timeout)Error)|google\.generativeai\b",
       4,
       "a Gemini SDK's exception (google-genai, GoogleGenerativeAI, GeminiException)",
       "https://github.com/googleapis/python-genai"),
    # Google's Go clients (google-api-go-client, gax-go) print "googleapi: Error N: message"
    # (a Markdown paste may bold the "Error N:").
    _t("google", "sdk", r"\bgoogleapi: \**Error [1-5]\d\d\b", 3,
       "Google's Go client's error (googleapi: Error N)",
       "https://github.com/googleapis/google-api-go-client/blob/main/googleapi/googleapi.go"),
    # Google Cloud's Java clients (gax, the Vertex AI SDK) reach Google's APIs only.
    _t("google", "sdk", r"\bcom\.google\.api\.gax\.|\bcom\.google\.cloud\.vertexai\.", 3,
       "a Google Cloud Java client's exception (gax, Vertex AI SDK)",
       "https://github.com/googleapis/sdk-platform-java"),
    _t("google", "sdk", r"\b[1-5]\d\d (?:INVALID_ARGUMENT|FAILED_PRECONDITION|PERMISSION_DENIED|"
       r"NOT_FOUND|RESOURCE_EXHAUSTED|UNAVAILABLE|INTERNAL|UNAUTHENTICATED|DEADLINE_EXCEEDED)\.",
       3, "'N STATUS.' is how the google-genai SDK prints a Gemini API error",
       "https://github.com/googleapis/python-genai"),
    _t("groq", "sdk", r"node_modules[/\\]groq-sdk[/\\]|\blangchain_groq\b|\bChatGroq\b|"
       r"llama_index\.llms\.groq\b|@ai-sdk/groq\b", 3,
       "the Groq JS SDK or a framework's Groq class", "https://github.com/groq/groq-typescript"),
    _t("anthropic", "sdk", r"node_modules[/\\]@anthropic-ai[/\\]sdk\b|\blangchain_anthropic\b|"
       r"\bChatAnthropic\b|llama_index\.llms\.anthropic\b|@ai-sdk/anthropic\b", 3,
       "the Anthropic JS SDK or a framework's Anthropic class",
       "https://github.com/anthropics/anthropic-sdk-typescript"),
    _t("google", "sdk", r"node_modules[/\\]@google[/\\](?:generative-ai|genai)\b|"
       r"\blangchain_google_genai\b|\bChatGoogleGenerativeAI\b|@ai-sdk/google\b", 3,
       "the Gemini JS SDK or a framework's Gemini class",
       "https://github.com/googleapis/js-genai"),
    _t("mistral", "sdk", r"node_modules[/\\]@mistralai[/\\]|\blangchain_mistralai\b|"
       r"\bChatMistralAI\b|@ai-sdk/mistral\b", 3,
       "the Mistral JS SDK or a framework's Mistral class",
       "https://github.com/mistralai/client-ts"),
    _t("openrouter", "sdk", r"@openrouter/ai-sdk-provider\b|\bChatOpenRouter\b", 3,
       "OpenRouter's AI SDK provider", "https://openrouter.ai/docs/community/vercel-ai-sdk"),
    VERTEX_LABEL,
    _t("openai", "sdk", r"\bopenai\.error\.[A-Z]\w*Error\b|\b[A-Z]\w*Error\(message=.{0,300}?, "
       r"http_status=\d{3}, request_id=", 1,
       "the OpenAI SDK before 1.0 (openai.error.*, or its error's repr with http_status and "
       "request_id): mostly used against OpenAI itself", "https://github.com/openai/openai-python"),
    _t("openai", "sdk", r"\bOpenAIException\b", 1,
       "LiteLLM's OpenAIException: an OpenAI-compatible call (any server, not only OpenAI)",
       LITELLM_MAPPING),
    _t("mistral", "sdk", r"API error occurred: Status [1-5]\d\d\b", 2,
       "'API error occurred: Status N' (the Mistral SDK's SDKError)",
       "https://github.com/mistralai/client-python"),
    _t("cloudflare-api", "sdk", r"\bInferenceUpstreamError\b", 1,
       "InferenceUpstreamError (the Workers AI binding)",
       "https://github.com/cloudflare/workers-sdk/issues/4522"),
    # The Workers runtime's (workerd's) own words for a failure inside Cloudflare, as the
    # AI binding, D1 and Durable Objects throw it: a weak sign alone (an app's Worker may be
    # what failed), with the binding's class it is the Workers AI platform's.
    _t("cloudflare-api", "text", r"\binternal error; reference = [0-9A-Za-z_]{3,64}", 1,
       "'internal error; reference = ...' (the Workers runtime's words for its own failure)",
       "https://github.com/cloudflare/workers-sdk/issues/10857"),
    # Framework adapters live in modules named after the provider they call (pydantic_ai's
    # models/groq, llama_index's llms/anthropic, LiteLLM's llms/gemini, Spring AI's ...).
    _t("groq", "sdk", r"[/\\.](?:llms|models|providers|chat_models|integrations|adapters|ai)"
       r"[/\\.]groq\b", 2, "a framework's Groq adapter module",
       "docs/sources.md#sdk-exceptions"),
    _t("anthropic", "sdk", r"[/\\.](?:llms|models|providers|chat_models|integrations|adapters|ai)"
       r"[/\\.]anthropic\b|anthropic-sdk-(?:go|java|ruby)", 2,
       "a framework's Anthropic adapter module", "docs/sources.md#sdk-exceptions"),
    _t("google", "sdk", r"[/\\.](?:llms|models|providers|chat_models|integrations|adapters|ai)"
       r"[/\\.](?:gemini|google_genai|googleai|vertexai\.gemini)\b", 2,
       "a framework's Gemini adapter module", "docs/sources.md#sdk-exceptions"),
    _t("mistral", "sdk", r"[/\\.](?:llms|models|providers|chat_models|integrations|adapters|ai)"
       r"[/\\.]mistral(?:ai)?\b", 2, "a framework's Mistral adapter module",
       "docs/sources.md#sdk-exceptions"),
    _t("openrouter", "sdk", r"[/\\.](?:llms|models|providers|chat_models|integrations|adapters)"
       r"[/\\.]openrouter\b", 2, "a framework's OpenRouter adapter module",
       "docs/sources.md#sdk-exceptions"),
    # Client code names its adapter after the provider (GroqProvider, AnthropicClient, ...).
    _t("groq", "client", r"\bGroq(?:Provider|Client|Service|Adapter|Chat|LLM|Model|Api)\b", 2,
       "a client class named after Groq", "docs/sources.md#sdk-exceptions"),
    _t("anthropic", "client", r"\b(?:Anthropic|Claude)(?:Provider|Client|Service|Chat|LLM|"
       r"Model|Api)\b", 2, "a client class named after Anthropic",
       "docs/sources.md#sdk-exceptions"),
    _t("google", "client", r"\b(?:Gemini|GoogleGenAI|GoogleAI)(?:Provider|Client|Service|Adapter|"
       r"Chat|LLM|Model|Api)\b", 2, "a client class named after Gemini",
       "docs/sources.md#sdk-exceptions"),
    _t("mistral", "client", r"\bMistral(?:AI)?(?:Provider|Client|Service|Adapter|Chat|LLM|Api)\b",
       2, "a client class named after Mistral", "docs/sources.md#sdk-exceptions"),
    _t("openrouter", "client", r"\bOpenRouter(?:Provider|Client|Service|Adapter|Chat|LLM|Api)\b",
       2, "a client class named after OpenRouter", "docs/sources.md#sdk-exceptions"),
    # -- hosts and console pages: the request went there, or the message points there ----------
    _t("groq", "host", r"\bgroq\.com\b", 2, "a groq.com address", GROQ_ERRORS),
    # Only the addresses OpenAI puts in its own bodies: its support mail ("Contact
    # support@openai.com if you continue to have issues") and its platform/help pages (below).
    # A bare https://openai.com/ link is an app's own words (vscode-chatgpt's "it may be due to
    # outage on https://openai.com/ services", https://github.com/gencay/vscode-chatgpt/issues/49).
    _t("openai", "host", r"[\w.+-]@openai\.com\b", 2,
       "an @openai.com mail address (OpenAI's bodies name its support mail)", OPENAI_ERRORS),
    _t("anthropic", "host", r"(?<![\w.])anthropic\.com\b|(?<![\w.])claude\.ai\b", 2,
       "an anthropic.com / claude.ai address", ANTHROPIC_ERRORS),
    _t("mistral", "host", r"(?<![\w.])mistral\.ai\b", 2, "a mistral.ai address",
       "https://docs.mistral.ai/api/"),
    # Its envelope read as text (a body whose quotes an app broke): "object":"error" and the
    # code as a string of digits ("3230"); Azure's deployments of its models write the code as
    # a number and "object":"Error" (https://github.com/danny-avila/LibreChat/issues/12429).
    _t("mistral", "shape", r"\\?\"object\\?\"\s*:\s*\\?\"error\\?\"[^{}]{0,300}?"
       r"\\?\"code\\?\"\s*:\s*\\?\"\d{4}\\?\"", 1,
       "Mistral's envelope as text (\"object\":\"error\", the code a "
       "string of digits)", "https://docs.mistral.ai/api/"),
    _t("groq", "host", r"\bapi\.groq\.com\b", 3, "URL on api.groq.com", GROQ_ERRORS),
    _t("groq", "host", r"\bconsole\.groq\.com\b", 2, "link to console.groq.com", GROQ_ERRORS),
    _t("openai", "host", r"\bapi\.openai\.com\b", 3, "URL on api.openai.com", OPENAI_ERRORS),
    # ChatGPT's backend (Codex CLI signed in with ChatGPT calls chatgpt.com/backend-api/codex),
    # a FastAPI server of OpenAI's: its generic {"detail": ...} is not Mistral's.
    _t("openai", "host", r"\bchatgpt\.com/backend-api/", 3,
       "URL on chatgpt.com/backend-api (ChatGPT's own backend, OpenAI's)",
       "https://github.com/openai/codex/issues/26497"),
    _t("openai", "host", r"\b(?:platform|help|beta)\.openai\.com\b", 2,
       "link to platform/help.openai.com", OPENAI_ERRORS),
    _t("anthropic", "host", r"\bapi\.anthropic\.com\b", 2, "URL on api.anthropic.com",
       ANTHROPIC_ERRORS),
    # (not its docs: its messages point there, "Please consult our documentation at
    # https://docs.claude.com/...", and Bedrock and Vertex AI pass those messages on word for
    # word: the link is Anthropic's text, not its answer; tools probe, family B)
    _t("anthropic", "host", r"\b(?:www|console|status)\.anthropic\.com\b|"
       r"\bstatus\.claude\.com\b", 2, "link to Anthropic's site, console or status page",
       ANTHROPIC_ERRORS),
    # (anthropic2 probe, family B1) Its console moved to platform.claude.com: its settings pages
    # (billing, limits, keys) as console.anthropic.com's above. Not the rest of that host: its
    # docs live there now (platform.claude.com/docs/...), which Bedrock and Vertex AI pass on.
    _t("anthropic", "host", r"\bplatform\.claude\.com/settings/", 2,
       "link to Anthropic's console settings (platform.claude.com/settings)",
       "https://github.com/anthropics/claude-code/issues/46277"),
    _t("google", "host", r"\bgenerativelanguage\.googleapis\.com\b", 3,
       "URL on generativelanguage.googleapis.com (the Gemini API)",
       "https://ai.google.dev/gemini-api/docs/troubleshooting"),
    # (\b also matches after the region's "-": us-central1-aiplatform.googleapis.com)
    _t("google", "host", r"\baiplatform\.googleapis\.com\b", 3,
       "Vertex AI's API host (aiplatform.googleapis.com)",
       "https://cloud.google.com/vertex-ai/generative-ai/docs/model-reference/api-errors"),
    _t("google", "host", r"\bcloudcode-pa\.googleapis\.com\b", 3,
       "Gemini Code Assist's API host (cloudcode-pa.googleapis.com, Gemini CLI's sign-in path)",
       "https://github.com/google-gemini/gemini-cli/blob/5411f113cafae26161b4969b0237b8e1e024e2c2/"
       "packages/core/src/code_assist/server.ts"),
    # A response header dump (Go's http.Header, a JS object) with Code Assist's own trace
    # header: only Google's cloudaicompanion API (Gemini Code Assist) sets it. (Google's front
    # end's `via: 1.1 google` is on Groq's and Anthropic's answers too: never read.)
    _t("google", "header", r"(?i)\bX-Cloudaicompanion-Trace-Id\b", 2,
       "header X-Cloudaicompanion-Trace-Id (Gemini Code Assist's API)",
       "https://github.com/lbjlaq/Antigravity-Manager/issues/2294"),
    _t("google", "host", r"\bcloud\.google\.com/vertex-ai\b|\bconsole\.(?:developers|cloud)\."
       r"google\.com\b", 2, "link to Vertex AI's docs or Google's developer console",
       "https://github.com/GoogleCloudPlatform/generative-ai/issues/295"),
    _t("google", "host", r"\bai\.google\.dev\b|\bdevelopers\.generativeai\.google\b|"
       r"\baistudio\.google\.com\b", 2, "link to Google AI Studio / Gemini API docs",
       "https://ai.google.dev/gemini-api/docs/troubleshooting"),
    _t("openrouter", "host", r"\bopenrouter\.ai\b", 3, "URL on openrouter.ai",
       "https://openrouter.ai/docs/api/reference/errors-and-debugging"),
    _t("mistral", "host", r"\b(?:api|codestral|console)\.mistral\.ai\b", 3,
       "URL on mistral.ai", "https://docs.mistral.ai/api/"),
    _t("cloudflare-api", "host", r"\bapi\.cloudflare\.com\b|/client/v4/|/user/tokens/verify\b",
       2, "URL of the Cloudflare API (api.cloudflare.com/client/v4)",
       "https://developers.cloudflare.com/api/"),
    _t("cloudflare-api", "host", r"(?i)\bCloudflare API error\b", 2,
       "'Cloudflare API error' (a client of api.cloudflare.com)",
       "https://github.com/dbrekelmans/gitflare"),
    # Clients' own labels for an answer of api.cloudflare.com: "Cloudflare API 401 on /zones/...:
    # code 2036: Unauthorized" (mailflare), "Invalid CloudFlare Credentials - 400"
    # (docker-cloudflare-ddns), terraform 0.6's "Failed to create CloudFlare Record".
    _t("cloudflare-api", "client", r"\bCloudflare API [1-5]\d\d on /|(?i:\bCloudFlare "
       r"(?:Credentials|Record)\b)", 2,
       "the client says it called the Cloudflare API (its label, the path, Cloudflare's "
       "credentials or DNS record)", "https://github.com/hieunc229/mailflare/issues/24"),
    # Terraform's Cloudflare provider: a diagnostic naming a cloudflare_* resource ("with
    # cloudflare_record.ipv4,", "resource \"cloudflare_record\"", terraform 0.6-0.11's
    # "* cloudflare_record.x:") or its plugin's log name: the provider only calls the API.
    _t("cloudflare-api", "sdk", r"\bresource \"cloudflare_[a-z0-9_]{1,60}\"|(?:\* |\bwith )"
       r"cloudflare_[a-z0-9_]{1,60}\.[\w-]{1,100}[:,]|\bterraform-provider-cloudflare_v\d", 2,
       "Terraform's Cloudflare provider (a cloudflare_* resource or its plugin)",
       "https://github.com/onedr0p/cluster-template/issues/355"),
    # cloudflared's wrappers of the v4 tunnels API (/accounts/.../cfd_tunnel): its
    # errors.Wrap(err, "Create Tunnel API call failed") and "API call to create tunnel failed
    # with status 503" (cloudflared#1079, app-cloudflared#99); the rest says why.
    _t("cloudflare-api", "sdk", r"\bCreate Tunnel API call failed\b|\bAPI call to (?:create|"
       r"list|delete|get) tunnels? failed with status \d{3}\b", 2,
       "cloudflared's call to Cloudflare's tunnels API",
       "https://github.com/cloudflare/cloudflared/issues/1079"),
    # 10000's words thrown by a Cloudflare client's own code: a stack frame of its Cloudflare
    # class or its cloudflare.js (vsc-markdown-image#133).
    _t("cloudflare-api", "sdk", r"\bAuthentication error\b.{0,300}?(?:\bat Cloudflare\."
       r"(?:<anonymous>|\w{1,40}) \(|[/\\]cloudflare\.js:\d)", 2,
       "'Authentication error' thrown in a Cloudflare client's code (the API's 10000)",
       "https://github.com/imlinhanchao/vsc-markdown-image/issues/133"),
    # cloudflared's own line when Cloudflare's tunnel service refused its registration (the
    # tunnel's credentials or token): "Register tunnel error from server side
    # error=\"Unauthorized: Invalid tunnel secret\"".
    _t("cloudflare-api", "sdk", r"\bRegister tunnel error from server side\b", 2,
       "cloudflared's tunnel registration refused by Cloudflare's side",
       "https://github.com/cloudflare/cloudflared/issues/426"),
    # Go clients of api.cloudflare.com: cloudflare-go's own error strings, and lego's
    # Cloudflare DNS provider (ACME DNS-01 in Traefik, Caddy, cert-manager ...).
    _t("cloudflare-api", "sdk", r"\berror from makeRequest\b|\bListZones(?:Context)? command "
       r"failed\b", 2, "cloudflare-go's own error text (Cloudflare's Go SDK for the API)",
       "https://github.com/cloudflare/cloudflare-go (v0.x errors.go, zone.go)"),
    _t("cloudflare-api", "sdk", r"\bcloudflare: failed to (?:find zone|create TXT record|"
       r"delete TXT record)\b", 2,
       "lego's Cloudflare DNS provider (ACME DNS-01 through api.cloudflare.com)",
       "https://github.com/go-acme/lego/blob/master/providers/dns/cloudflare/cloudflare.go"),
    # Cloudflare's Python SDK (cloudflare-python: every call goes to api.cloudflare.com, Workers
    # AI's and AI Gateway's management included).
    _t("cloudflare-api", "sdk", r"(?<![\w.])cloudflare\.(?:BadRequest|Authentication|"
       r"PermissionDenied|NotFound|Conflict|UnprocessableEntity|RateLimit|InternalServer|"
       r"APIStatus|APIResponseValidation)Error\b|(?:site|dist)-packages[/\\]cloudflare[/\\]",
       4, "the Cloudflare Python SDK's exception (cloudflare.*Error)",
       "https://github.com/cloudflare/cloudflare-python/blob/main/src/cloudflare/_exceptions.py"),
    # Cloudflare's PHP SDK, whose ResponseException carries the API's own message.
    _t("cloudflare-api", "sdk", r"Cloudflare\\API\\Adapter\\ResponseException|"
       r"/vendor/cloudflare/sdk/src/", 2,
       "Cloudflare's PHP SDK for the API (its ResponseException)",
       "https://github.com/cloudflare/cloudflare-php/blob/master/src/Adapter/ResponseException.php"),
    # -- the client's own label for the provider it called (not proof; the body may say more) --
    _t("groq", "client", r"(?i)\bgroq ?(?:cloud|api|error|returned|provider|exception)\b|"
       r"\bat channel Groq\b|\bprovider groq\b|\bGroqApiClient\b|\bGroq\s*[:=]",
       2, "the client says it called Groq", "docs/sources.md#sdk-exceptions"),
    # (round 16, status 2) Only a hint: the OpenAI API is the protocol most servers speak, and
    # apps label every backend's error so (OpenManus' "OpenAI API error: Error code: 400" over
    # DeepSeek: https://github.com/FoundationAgents/OpenManus/issues/910).
    _t("openai", "client", r"\bOpenAI API (?:error|returned)|\bOpenai Error\b|OpenAI rejected the "
       r"request|\bChatGPT error\b", 1, "the client says it called the OpenAI API (the API "
       "most servers speak)",
       "docs/sources.md#sdk-exceptions"),
    # (anthropic2 probe, family A3) Not "Anthropic API" / "Claude API" in a client's label
    # ("Anthropic API error (HTTP 400 ...)"): like "OpenAI API error" above, it names the
    # protocol the client spoke, and DeepSeek's, Kimi's and the relays' /anthropic endpoints
    # speak it too (https://github.com/Hmbown/Codewhale/issues/4329, DeepSeek behind it); only
    # the row naming Anthropic below (1 point) reads it.
    _t("anthropic", "client", r"\[ANTHROPIC\]|\bAnthropicAdapter\b", 2,
       "the client says it called Anthropic", "docs/sources.md#sdk-exceptions"),
    # A provider's word inside a model's name ("gemini-2.5-flash", "claude-3-opus") is the
    # model-name row's evidence, not also the client's label.
    _t("google", "client", r"\bgemini-balance\b|\bError in gemini function\b|"
       r"(?i:\bgemini\b(?![-/]))", 1, "the client says it called Gemini",
       "docs/sources.md#sdk-exceptions"),
    _t("google", "client", r"\bGemini API\b|\bGoogle AI Studio\b", 2,
       "the text names the Gemini API", "docs/sources.md#sdk-exceptions"),
    _t("openrouter", "client", r"(?i)\bopen ?router\b", 2, "the text names OpenRouter",
       "docs/sources.md#sdk-exceptions"),
    _t("groq", "client", r"(?i)\bgroq\b", 1, "the text names Groq",
       "docs/sources.md#sdk-exceptions"),
    # Claude Code (@anthropic-ai/claude-code) and claude-code-router are clients: pointed at
    # any provider's base URL, they report that provider's errors (docs/sources.md#relays).
    # (not "anthropic/" before a model: a router's or a gateway's vendor prefix, whoever
    # answered: docs/sources.md#model-owners)
    # (nor "anthropic-claude-..." / "anthropic.claude-...", Vertex AI's and Bedrock's names for
    # the Claude model they serve: what was sent, to them; nor the SDK's class path,
    # "anthropic.RateLimitError", which the SDK's own marker counts)
    _t("anthropic", "client", r"(?i)\banthropic\b(?!-ai[/\\]+claude-code|/|[-.]claude|"
       r"(?-i:\.[A-Z][a-z]))|\bclaude\b(?![- ]code\b|-)", 1, "the text names Anthropic or "
       "Claude",
       "docs/sources.md#sdk-exceptions"),
    _t("mistral", "client", r"(?i)\bmistral(?:ai)?\b(?![-/])", 1, "the text names Mistral",
       "docs/sources.md#sdk-exceptions"),
    _t("mistral", "client", r"(?i)\bAPI error from mistral\b|\bMistralLeChat\b|\bMistral "
       r"API\b", 2,
       "the client says it called Mistral", "docs/sources.md#sdk-exceptions"),
    _t("groq", "client", r"""["']provider(?:Id)?["']\s*:\s*["']groq["']""", 2,
       "the client's error JSON names provider groq", "docs/sources.md#sdk-exceptions"),
    _t("openrouter", "client", r"""["']provider(?:Id)?["']\s*:\s*["']openrouter["']""", 2,
       "the client's error JSON names provider openrouter", "docs/sources.md#sdk-exceptions"),
    _t("mistral", "client", r"""["']provider(?:Id)?["']\s*:\s*["']mistral["']""", 2,
       "the client's error JSON names provider mistral", "docs/sources.md#sdk-exceptions"),
    _t("anthropic", "client", r"""["']provider(?:Id)?["']\s*:\s*["']anthropic["']""", 2,
       "the client's error JSON names provider anthropic", "docs/sources.md#sdk-exceptions"),
    # -- ids only one provider issues --------------------------------------------------------
    _t("groq", "id", r"\borg_01[0-9a-z]{20,}", 2, "organization id org_01... (Groq's form)",
       "docs/sources.md#groq-api"),
    _t("openai", "id", r"\borganization org-[A-Za-z0-9]{8,}", 2,
       "organization id org-... (OpenAI's form)", "docs/sources.md#openai-errors"),
    _t("openai", "id", r"\bproj_[A-Za-z0-9]{16,}", 1, "project id proj_... (OpenAI's form)",
       "docs/sources.md#openai-errors"),
    _t("groq", "id", r"domain=\.groq\.com\b", 2, "a cookie for .groq.com (Groq's servers answered)",
       "docs/sources.md#groq-headers"),
    _t("openai", "id", r"domain=\.(?:api\.)?openai\.com\b", 2,
       "a cookie for .openai.com (OpenAI's servers answered)", OPENAI_ERRORS),
    _t("anthropic", "id", r"domain=\.(?:api\.)?anthropic\.com\b", 2,
       "a cookie for .anthropic.com (Anthropic's servers answered)", ANTHROPIC_ERRORS),
    _t("openai", "id", r"\breq_[0-9a-f]{32}\b|include the request ID (?:req_)?[0-9a-f]{32}\b", 2,
       "request id req_ + 32 hex (OpenAI's form)",
       "https://developers.openai.com/api/reference/overview"),
    _t("anthropic", "id", r"\b(?:overloaded_error|not_found_error|permission_error|"
       r"rate_limit_error)\b", 1, "an error type from Anthropic's list", ANTHROPIC_ERRORS),
    _t("google", "id", r"\b(?:INVALID_ARGUMENT|FAILED_PRECONDITION|RESOURCE_EXHAUSTED|"
       r"PERMISSION_DENIED|UNAUTHENTICATED|DEADLINE_EXCEEDED)\b", 1,
       "a google.rpc status name (Google's API vocabulary)",
       "https://ai.google.dev/gemini-api/docs/troubleshooting"),
    # The same name as google.rpc.Status's own `status` field, even where the body's opening was
    # cut off: the field and its value together are the error model Google's APIs share.
    _t("google", "id", r"""\\?["']status\\?["']\s*:\s*\\?["'](?:INVALID_ARGUMENT|"""
       r"FAILED_PRECONDITION|RESOURCE_EXHAUSTED|PERMISSION_DENIED|UNAUTHENTICATED|"
       r"DEADLINE_EXCEEDED|NOT_FOUND|"
       r"""UNAVAILABLE|INTERNAL)\\?["']""", 2, "a status field holding a google.rpc status name",
       "https://cloud.google.com/apis/design/errors"),
    # google.rpc.ErrorInfo, as JSON or as protobuf text (gRPC clients print it that way).
    _t("google", "id", r"""\bdomain["']?\s*:\s*\\?["']googleapis\.com\\?["']""", 3,
       "an ErrorInfo with domain googleapis.com (Google's API error details)",
       "https://cloud.google.com/apis/design/errors"),
    _t("groq", "id", r"""["']?\bx_groq["']?\s*:""", 3,
       "field x_groq (Groq's own extension to the OpenAI shape)",
       "https://console.groq.com/docs/api-reference"),
    _t("groq", "id", r"\breq_01[0-9a-hjkmnp-tv-z]{24}\b", 2,
       "request id req_01 + ULID (Groq's form)", "docs/sources.md#groq-headers"),
    # Its internal auth service failing (HTTP 500), named in error.type (obs).
    _t("openai", "id", r"\bauth_subrequest_error\b", 3,
       "error type auth_subrequest_error (OpenAI's own auth service)",
       "https://github.com/father-bot/chatgpt_telegram_bot/issues/56"),
    # A Batch API output line: {"id": "batch_req_...", "custom_id", "response": {...}}.
    _t("openai", "id", r"""["']id["']\s*:\s*["']batch_req_""", 3,
       "a Batch API output line (id batch_req_..., OpenAI's Batch API)",
       "https://platform.openai.com/docs/guides/batch"),
    # Google APIs' JSON error format lists its errors as {message, domain, reason}: "domain":
    # "global" (or usageLimits, googleapis.com) before a camelCase reason.
    _t("google", "id", r"""["']domain["']\s*:\s*["'](?:global|usageLimits|googleapis\.com)["']"""
       r"""\s*,\s*["']reason["']\s*:""", 2,
       "an errors item with domain and reason (Google APIs' JSON error format)",
       "https://developers.google.com/drive/api/guides/handle-errors"),
    _t("openrouter", "id", r"\buser_[0-9A-Za-z]{27}\b", 1, "user id user_... (OpenRouter's form)",
       "https://openrouter.ai/docs/api/reference/errors-and-debugging"),
    _t("anthropic", "id", r"\breq_(?:vrtx_)?011[A-Za-z0-9]{15,}", 2,
       "request id req_011... (Anthropic's form)", ANTHROPIC_ERRORS),
    # Its earlier ids: req_01 and 22 letters and digits, upper and lower case (base58); Groq's
    # are req_01 and 24 lower-case ones (a ULID), OpenAI's req_ and 32 hex digits.
    _t("anthropic", "id", r"\breq_01(?=[a-z0-9]*[A-Z])[A-Za-z0-9]{22}\b", 2,
       "request id req_01... in mixed case (Anthropic's earlier form)",
       "https://github.com/alexrudall/anthropic/blob/4cfbda9e0146c1eaccf008e0724c6f18ad7fbade/"
       "spec/fixtures/cassettes/error_logging.yml"),
    # (round 16, status 1) Only a hint: Claude Code prints "API Error: Repeated 529 Overloaded
    # errors" itself once its retries run out, over any Anthropic-compatible backend (MiniMax,
    # NVIDIA NIM and the proxies answer 529 too: https://github.com/xvirobotics/metabot/issues/192);
    # Anthropic's own envelope (overloaded_error, a req_011 id) or host decides.
    _t("anthropic", "id", r"\b529\b[^\n]{0,12}\bOverloaded\b", 1,
       "HTTP 529 Overloaded (Anthropic's overloaded_error status, which other "
       "Anthropic-compatible servers answer too)", ANTHROPIC_ERRORS),
    _t("openrouter", "id", r"(?<![\w.-])[\w.-]+/[\w.-]+:free\b", 1,
       "a ':free' model variant (OpenRouter's naming)", "https://openrouter.ai/docs/faq"),
    # -- what the client was set up with: its key variable, the key's prefix (weak: what was
    # sent, not who answered) ---------------------------------------------------------------
    _t("groq", "client", r"\bGROQ_API_KEY\b|\bgsk_[A-Za-z0-9.]{4,}", 1,
       "a Groq key or key variable (what was sent)", "docs/sources.md#key-formats"),
    _t("anthropic", "client", r"\bANTHROPIC_API_KEY\b|\bsk-ant-", 1,
       "an Anthropic key or key variable (what was sent)", "docs/sources.md#key-formats"),
    _t("openrouter", "client", r"\bOPENROUTER_API_KEY\b|\bsk-or-v1-", 1,
       "an OpenRouter key or key variable (what was sent)", "docs/sources.md#key-formats"),
    _t("google", "client", r"\b(?:GEMINI|GOOGLE)_API_KEY\b|\bAIza[0-9A-Za-z_-]{4,}", 1,
       "a Google key or key variable (what was sent)", "docs/sources.md#key-formats"),
    _t("mistral", "client", r"\bMISTRAL_API_KEY\b", 1,
       "a Mistral key variable (what was sent)", "docs/sources.md#key-formats"),
    # -- model names only one provider serves ------------------------------------------------
    # Groq's naming (config/model_facts.py) on its model families; its llama-3.x IDs also end
    # in -reasoning or -preview (llama-3.1-405b-reasoning, llama-3.2-1b-preview).
    _t("groq", "model", rf"\b(?:llama-3\.[0-3]-\d+b-(?:{_GROQ_TIERS}|reasoning|(?:vision-)?"
       rf"preview)|(?:llama[23]|mixtral|gemma)[\w.-]*-{_GROQ_CONTEXTS})\b", 2,
       "a model id in Groq's naming (-versatile, -instant, -8192, ...)",
       "https://console.groq.com/docs/deprecations"),
    _t("openai", "model", r"\b(?:gpt-(?!oss)(?:3\.5|4|4o|4\.1|5)[\w.-]*|o[134](?:-mini|-pro|"
       r"-preview)?|chatgpt-4o-latest|text-(?:davinci|embedding)-[\w-]+|dall-e-\d|whisper-1|"
       r"tts-1(?:-hd)?)(?![\w/])", 1, "an OpenAI model name", OPENAI_ERRORS),
    # Not in Ollama's form (llama3.2, qwen2.5:7b: a tag after a colon, or llama's version glued
    # to its name, alone: llama3.1-70b is Cerebras' and was sent to Groq too), which no Groq ID
    # takes: that model was sent to a local server or by mistake. A sentence's full stop after
    # the name is not part of it, and a colon and a blank ("qwen-qwq-32b: ...") is no tag.
    # Nor a server's name: llama.cpp (llamacpp, llama-cpp-python), or a module path's last part
    # (Jan's cortex.llamacpp engine, Bedrock's meta.llama3-...), after a dot.
    _t("groq", "model", r"(?<![\w/.])(?:meta-llama/)?(?!llama\d\.\d(?![\w-]|\.\w))"
       r"(?!llama[._-]?cpp\b)(?:llama|mixtral|gemma|qwen|deepseek-r1-distill|kimi|mistral-saba|"
       r"compound)[\w.-]*(?![\w.-]|:\w)", 1,
       "an open-weights model name (Groq serves these; OpenAI does not)",
       "https://console.groq.com/docs/models"),
    _t("groq", "model", r"\b(?:playai-tts(?:-arabic)?|distil-whisper[\w.-]*|compound-beta[\w-]*|"
       r"canopylabs/orpheus[\w.-]*)\b", 2, "a model only Groq serves",
       "https://console.groq.com/docs/models"),
    _t("mistral", "model", r"\b(?:mistral-(?:large|medium|small|tiny|saba)-(?:latest|\d{4})|"
       r"(?:codestral|devstral|magistral|pixtral|ministral)[\w.-]*|open-mi[sx]tral[\w.-]*)\b", 1,
       "a Mistral model name", "https://docs.mistral.ai/getting-started/models/"),
    _t("openrouter", "model", r"\bopenrouter/auto\b", 2, "OpenRouter's auto router model",
       "https://openrouter.ai/docs/faq"),
    _t("anthropic", "model", r"(?<![/.])\bclaude-(?!code\b)[\w.-]+", 1, "a Claude model name",
       ANTHROPIC_ERRORS),
    _t("google", "model", r"\b(?:models/)?gemini-[\w.-]+", 1, "a Gemini model name",
       "https://ai.google.dev/gemini-api/docs/models"),
    # -- openai2 probe (issue #13), family 2: a ChatGPT plan's limits (docs/sources.md
    # #openai-errors) ---------------------------------------------------------------------------
    # ChatGPT's backend (Codex signed in with a ChatGPT plan) refuses a plan's spent allowance
    # as error.type usage_limit_reached with its plan's fields, plan_type and resets_in_seconds
    # (Codex's client reads exactly these), and sends its x-codex-* rate-limit headers; relays
    # pass both on unchanged. The code alone is other services' too (a news API's, Claude
    # Code's session limit with resets_at): only beside a plan field.
    _t("openai", "id", r"\busage_limit_reached\b[^{}]{0,400}?\b(?:plan_type|resets_in_seconds)"
       r"\b|\b(?:plan_type|resets_in_seconds)\b[^{}]{0,400}?\busage_limit_reached\b", 3,
       "usage_limit_reached with a ChatGPT plan's fields (plan_type, resets_in_seconds: "
       "ChatGPT's backend)", CODEX_CLIENT),
    _t("openai", "header", r"(?i)\bx-codex-(?:plan-type|active-limit|(?:primary|secondary)-"
       r"(?:used-percent|window-minutes|reset-after-seconds))\b", 3,
       "header x-codex-* (ChatGPT's backend's plan limits, as Codex reads them)", CODEX_CLIENT),
    # Codex's own rendering of that refusal points at ChatGPT's plan pages ("You've hit your
    # usage limit. Upgrade to Pro (https://openai.com/chatgpt/pricing), visit
    # https://chatgpt.com/codex/settings/usage to purchase more credits or try again ..."):
    # a ChatGPT plan's limit, which only OpenAI's backend enforces. (a bare openai.com link
    # is an app's own words: not this)
    _t("openai", "host", r"\bopenai\.com/chatgpt/pricing\b|\bchatgpt\.com/(?:explore/(?:pro|plus)|"
       r"codex/settings/usage)\b", 2,
       "link to a ChatGPT plan page (a ChatGPT plan's limit, OpenAI's backend)",
       "https://github.com/openai/codex/issues/3899"),
)


# The request got no answer from anyone: a socket error (Node's errno names, Python's and Go's
# resolver and connect errors), or an SDK that refused to send it (the Stainless SDKs' missing
# key). (pattern, cause), most specific first. docs/sources.md#who-answered
NO_ANSWER_CAUSES: Final[tuple[tuple[str, str], ...]] = (
    (r"\b(?:ENOTFOUND|EAI_AGAIN)\b|Temporary failure in name resolution|Name or service not "
     r"known|nodename nor servname provided|\bgetaddrinfo failed|\bno such host\b|"
     # Go's resolver, whatever went wrong: "lookup api.x.com on [::1]:53: <why>" (net.DNSError)
     r"\blookup [\w.-]+\.[A-Za-z]{2,} on \S{1,60}:53: |"
     # urllib3 2.x's NameResolutionError ("Failed to resolve 'api.cloudflare.com' ([Errno -3]
     # Try again)"): the errno's words vary by libc, the class and its sentence do not.
     r"\bNameResolutionError\b|\bFailed to resolve '[\w.-]{1,253}'|"
     # Java's and Android's resolver (java.net.UnknownHostException: 'Unable to resolve host
     # "x": No address associated with hostname').
     r"\bUnknownHostException\b|\bUnable to resolve host \"?[\w.-]{1,253}|"
     # Dart's resolver (dart:io's SocketException: "Failed host lookup: 'api.openai.com' (OS
     # Error: ..., errno = 11001)"), and Windows' WSAHOST_NOT_FOUND (11001) by number and in
     # its English text (.NET's "No such host is known.").
     r"\bFailed host lookup: ['`]|\berrno = 11001\b|\bNo such host is known\b", "dns-failure"),
    # Windows Sockets' WSAECONNREFUSED (10061); Bun's error code, as Claude Code prints it
    # ("Unable to connect to API (ConnectionRefused)"); Python's ConnectionRefusedError.
    (r"\bECONNREFUSED\b|\bconnect: connection refused|\[Errno 111\] Connection refused|"
     r"\[WinError 10061\]|\bConnectionRefused(?:Error)?\b|\(os error 10061\)",
     "connection-refused"),
    # -- logs probe (issue #13), family 5: a refused connect in asyncio's and aiohttp's words --
    # asyncio's connect gives ECONNREFUSED its own text ("[Errno 111] Connect call failed
    # ('127.0.0.1', 11434)"; 61 on macOS and the BSDs), which aiohttp puts in its
    # ClientConnectorError ("Cannot connect to host H:P ssl:default [Multiple exceptions:
    # [Errno 111] Connect call failed ...]", or "[Connection refused]"); Windows' own
    # ERROR_CONNECTION_REFUSED (1225). docs/sources.md#who-answered
    (r"\[Errno (?:111|61)\] Connect call failed\b|\bCannot connect to host \S{1,300} ssl:\S{1,80} "
     r"\[Connection refused\]|\[WinError 1225\]|\bThe remote computer refused the network "
     r"connection\b", "connection-refused"),
    # The TLS handshake failed: no HTTP exchange took place. Python's ssl module and urllib3
    # ("SSLError(", "[SSL: CERTIFICATE_VERIFY_FAILED]", SSLEOFError), OpenSSL's and Node's
    # verify errors in words and as codes, BoringSSL's (curl_cffi), Claude Code's sentence.
    (r"\bSSL(?:EOF|ZeroReturn|Cert(?:Verification)?)?Error\(|\bSSLEOFError\b|\[SSL: [A-Z_]{3,60}\]|"
     r"\bCERTIFICATE_VERIFY_FAILED\b|\bcertificate verify failed\b|"
     r"\b(?:UNABLE_TO_GET_ISSUER_CERT_LOCALLY|UNABLE_TO_VERIFY_LEAF_SIGNATURE|"
     r"SELF_SIGNED_CERT_IN_CHAIN|DEPTH_ZERO_SELF_SIGNED_CERT|CERT_HAS_EXPIRED|"
     r"ERR_TLS_CERT_ALTNAME_INVALID)\b|\bunable to get local issuer certificate\b|"
     r"\bself[- ]signed certificate in certificate chain\b|\bBoringSSL SSL_connect\b|"
     r"\bSSL certificate verification failed\b|"
     # Go's crypto/x509 and crypto/tls ("x509: certificate signed by unknown authority",
     # "tls: failed to verify certificate: ...", "remote error: tls: handshake failure": the
     # peer's alert); .NET's HttpRequestException ("The SSL connection could not be
     # established, see inner exception."); Rust's reqwest/hyper and rustls ("error trying to
     # connect: tls handshake eof", "invalid peer certificate"); libcurl's CURLE_SSL_CACERT
     # family, any reason ("SSL certificate problem: certificate has expired"), and
     # CURLE_PEER_FAILED_VERIFICATION's text.
     r"\bx509: (?:certificate|cannot validate)\b|\btls: failed to verify certificate\b|"
     r"\bremote error: tls: \w|\b[Tt]he SSL connection could not be established\b|"
     r"\btls handshake eof\b|\binvalid peer certificate\b|\bSSL certificate problem: |"
     r"\bSSL peer certificate or SSH remote key was not OK\b|"
     # libcurl's older words for CURLE_PEER_FAILED_VERIFICATION and CURLE_SSL_CONNECT_ERROR
     # (https://curl.se/libcurl/c/libcurl-errors.html)
     r"\bPeer certificate cannot be authenticated with given CA certificates\b|"
     r"\bSSL connect error\b", "tls-error"),
    (r"\b(?:ETIMEDOUT|ESOCKETTIMEDOUT)\b|\bdial tcp [^\n]{0,80}: i/o timeout|\bRead timed out\b|"
     # Go's HTTP client when its context's deadline passed ('Get "https://...": context
     # deadline exceeded'), also through go-retryablehttp ("GET https://... giving up after 1
     # attempt(s): context deadline exceeded"): no answer came.
     r"\b(?:Get|Post|Put|Patch|Delete|Head|GET|POST|PUT|PATCH|DELETE|HEAD) \"?https?://[^\s\"]"
     r"{1,300}\"?(?: giving up after \d+ attempt\(s\))?: context deadline exceeded\b|"
     r"\bSocketTimeoutException\b|\(Client\.Timeout exceeded while awaiting headers\)|"
     # Node's fetch (undici): its timeout errors' codes and classes.
     r"\bUND_ERR_(?:CONNECT|HEADERS|BODY)_TIMEOUT\b|\b(?:Connect|Headers|Body)TimeoutError\b|"
     # Windows: WSAETIMEDOUT (10060, a connect that got no reply) and ERROR_SEM_TIMEOUT (121,
     # "The semaphore timeout period has expired", a socket's wait that ran out).
     r"\[WinError 10060\]|\bsemaphore timeout period has expired\b|"
     # LiteLLM's provider tag on the OpenAI SDK's own timeout ("...Exception - Request timed
     # out."): the tag names who it called.
     r"\b[A-Z]\w{0,40}Exception - Request timed out\.|"
     # Java's connect that got no reply ("java.net.ConnectException: Connection timed out:
     # connect", "connect timed out"); ktor's ("ConnectTimeoutException: Connect timeout has
     # expired [url=...]"); Go's net/http when the TLS handshake got no reply in time ("net/http:
     # TLS handshake timeout"); Ruby's Net::HTTP (Net::ReadTimeout, Net::OpenTimeout); Dart's
     # Future.timeout ("TimeoutException after 0:00:30.000000: Future not completed"); asyncio's
     # Windows connect ("TimeoutError: [Errno 10060] Connect call failed", no "WinError"); and
     # ERROR_SEM_TIMEOUT's text in Chinese Windows.
     r"\bConnection timed out: connect\b|\bconnect timed out\b|"
     r"\b(?:Connect|Request|Socket) timeout has expired \[url=|\bnet/http: TLS handshake timeout\b|"
     r"\bNet::(?:Read|Open|Write)Timeout\b|\bTimeoutException after \d{1,4}:\d\d:\d\d|"
     r"\[Errno 10060\]|信号灯超时时间已到|"
     # libcurl's CURLE_OPERATION_TIMEDOUT as PHP's Guzzle prints it ("cURL error 28: Operation
     # timed out after 30002 milliseconds with 0 bytes received",
     # https://curl.se/libcurl/c/libcurl-errors.html); reqwest's error kind "source: TimedOut";
     # Apple's NSURLErrorTimedOut (NSURLErrorDomain Code=-1001).
     r"\bcURL error 28: |\bOperation timed out after \d{1,9} milliseconds with \d{1,12} "
     r"(?:out of \d{1,12} )?bytes received\b|\bsource: TimedOut\b|"
     r"\bNSURLErrorDomain Code=-1001\b", "timeout"),
    (r"\b(?:ECONNRESET|EHOSTUNREACH|ENETUNREACH)\b|\bsocket hang up\b|Failed to establish a new "
     # (ddclient's "Could not connect to api.cloudflare.com/client/v4.": a host, no answer)
     r"connection|\bCould not connect to [\w-]{1,63}(?:\.[\w-]{1,63}){1,8}\.[A-Za-z]{2,24}"
     r"(?=[/:\s.]|$)|"
     # A proxy that would not open the tunnel (urllib3's ProxyError, "Tunnel connection
     # failed: 400 Bad Request": the proxy's status, not the provider's); node-fetch's
     # FetchError of type 'system' ("request to <url> failed, reason: <socket error>");
     # Claude Code's pre-flight with a socket or TLS code after the host ("Failed to connect
     # to api.anthropic.com: ECONNRESET"; a status there is an answer, not this); Dart's
     # SocketException; LiteLLM's provider tag on the OpenAI SDK's "Connection error."
     r"\bProxyError\(|\bCannot connect to proxy\b|\bTunnel connection failed: |"
     r"\brequest to https?://\S{1,300} failed, reason: |"
     r"\bFailed to connect to [\w-]{1,63}(?:\.[\w-]{1,63}){1,8}: [A-Z][A-Z_]{3,60}\b|"
     r"\bSocketException\b|\b[A-Z]\w{0,40}Exception - Connection error\.|"
     # a client that got nothing it could read: JavaScript's JSON.parse of an empty body or
     # data line (an SDK's stream reader: https://github.com/anthropics/anthropic-sdk-typescript/
     # issues/292), its frames saying which SDK ran, not who answered
     r"\bSyntaxError: Unexpected end of JSON input\b|"
     # urllib3's pool named with nothing after it (a title cut there): where the request was
     # going; urllib3 writes its errors after it ("...port=443): Max retries exceeded ...").
     r"\bHTTPS?ConnectionPool\(host='[^'\s]{1,253}', port=\d{1,5}\)(?![:\w])", "unknown"),
    # The Stainless SDKs' (openai, anthropic, groq) classes for a request that got no answer:
    # APITimeoutError when it timed out, APIConnectionError when it could not connect
    # (https://github.com/openai/openai-python#handling-errors: "raised when the library is
    # unable to connect to the API"). The vendor's name in the class says where it was going.
    (r"\b(?:openai|anthropic|groq)\.APITimeoutError\b", "timeout"),
    # The Vercel AI SDK's APICallError for a request that never connected ("Cannot connect to
    # API: Connect Timeout Error (attempted addresses: ...)", undici's connect timeout:
    # https://github.com/firecrawl/open-lovable/issues/66): the URL it prints is the target.
    (r"\bCannot connect to API: Connect Timeout Error\b", "timeout"),
    (r"\bCannot connect to API: ", "unknown"),
    # aiohttp's ClientConnectorError for any other reason ("Cannot connect to host H:P
    # ssl:default [Network is unreachable]"): no connection, so no answer (logs probe, family 5).
    (r"\bCannot connect to host \S{1,300} ssl:\S{1,80} \[", "unknown"),
    (r"\b(?:openai|anthropic|groq)\.APIConnectionError\b", "unknown"),
    (r"api_key client option must be set", "provider-auth-missing"),
    # -- logs probe (issue #13), family 1: a client's own check for a key --------------------
    # Sentences a client writes before it sends anything, naming the provider it would have
    # called (so the name says where the request was going, not who answered): the Vercel AI
    # SDK's LoadAPIKeyError, the same template in every provider package ("Groq API key is
    # missing. Pass it using the 'apiKey' parameter or the GROQ_API_KEY environment
    # variable."); a client's own check for the configured provider's key ("Anthropic API key
    # is required", Cline's, thrown before the request); a CLI asking for a key by its option
    # or variable ("Please provide an API key using the --api_key option or by setting
    # OPENAI_API_KEY or ANTHROPIC_API_KEY."). A server's "You didn't provide an API key" is
    # not one of them. docs/sources.md#who-answered
    (r"\bAPI key is missing\. Pass it using the |"
     r"\b(?!(?:The|An?|Your|This|No) )[A-Z][\w.-]{1,30} API key is required\b|"
     r"\b[Pp]lease provide an? (?:\w{1,30} ){0,2}API key\b[^\n]{0,80}?"
     r"(?:\bby setting (?:the )?[A-Z][A-Z0-9_]{0,40}_API_KEY\b|--api[_-]key\b)",
     "provider-auth-missing"),
    # Other local checks for a key, before any request: LangChain's get_from_dict_or_env ("Did
    # not find openai_api_key, please add an environment variable `OPENAI_API_KEY` which
    # contains it"), the Stainless TypeScript SDKs' ("The OPENAI_API_KEY environment variable
    # is missing or empty; either provide it, or instantiate the OpenAI client with an apiKey
    # option"), and Python's own KeyError for a key variable read from os.environ.
    (r"\bDid not find \w{1,60}, please add an environment variable `?\w{1,60}`? which contains "
     r"it\b|\bThe \w{1,60} environment variable is missing or empty; either provide it, or "
     r"instantiate the \w{1,60} client with an? \w{1,60} option\b|\bKeyError: '\w{0,60}_API_KEY'",
     "provider-auth-missing"),
    # LiteLLM refuses to send without a key: "Missing Anthropic API Key - A call is being made
    # to anthropic but no key is set" (the same words for each provider it maps; obs,
    # https://github.com/0anes0/verilog_simulasyonu-LSFL-/blob/708322ea6f88138c5f7acc2b4509b1c87ebc103a/.aider.chat.history.md).
    (r"Missing \w+ API Key - A call is being made to \w+ but no key is set",
     "provider-auth-missing"),
    # Python refused the call before any request: a keyword the SDK's method does not take
    # (CPython's TypeError wording; a relay's or SDK's label on it names where it was going).
    (r"\(\) got an unexpected keyword argument '\w", "bad-request"),
    # The OpenAI SDK before 1.0 refused to send without a key (openai/util.py, v0.28.1).
    # (logs probe, L1) The same check's class and first words without the rest, as a log keeps
    # them (https://github.com/Link-AGI/AutoAgents/issues/26): the server words its missing
    # key otherwise ("You didn't provide an API key").
    (r"No API key provided\. You can set your API key in code using|"
     r"\bopenai\.error\.AuthenticationError: No API key provided\b", "provider-auth-missing"),
    # (mistralor probe, family F) An app's own context check before sending: LibreChat counts
    # the prompt's tokens and throws "Prompt token count of N exceeds max token count of M."
    # itself (api/app/clients/BaseClient.js; https://github.com/danny-avila/LibreChat/issues/1641):
    # too long a request, refused before any server saw it.
    (r"\bPrompt token count of \d+ exceeds max token count of \d+", "bad-request"),
    # A browser's fetch() that got nothing it could read (network, CORS, an extension): each
    # engine words it its own way (Chromium, WebKit, Firefox), always as the last words of the
    # error's line.
    # Node's own fetch (undici) words every network failure "TypeError: fetch failed" (the
    # socket's error is its cause); SDKs built on it append it to their own prefix (the
    # Gemini JS SDK's "Error fetching from <url>: fetch failed").
    (r"(?m)(?:\bTypeError:\s*|:\s)(?:Failed to fetch|Load failed|NetworkError when attempting to "
     r"fetch resource\.?|fetch failed)(?=\s*(?:$|[\"'\])}]|at\s))", "unknown"),
)


# A cause read from the words beside a no-answer sign that the sign says better (any sign
# overrides the words' unknown, server-error and time-out): an SDK that refused to send for
# want of a key may word it as its validator's error ("1 validation error for OpenAI ... Did
# not find openai_api_key"); a failed TLS handshake sent nothing, so an auth word beside it is
# the handshake's (.NET's AuthenticationException), not a refused key. (logs probe, family 5)
# Nor does a bad-request word beside a socket error come from a server's validator, as no
# server answered: a TLS alert's own name ("remote error: tls: unrecognized name") or an
# app's conclusion ("customToken is invalid", https://github.com/SMNETSTUDIO/Groq2API/issues/33).
NO_ANSWER_OVER_WORDS: Final[dict[str, frozenset[str]]] = {
    "provider-auth-missing": frozenset({"bad-request"}),
    "tls-error": frozenset({"provider-auth-invalid", "bad-request"}),
    "connection-refused": frozenset({"bad-request"}),
    "dns-failure": frozenset({"bad-request"}),
}


# LiteLLM's label for a Google route right before a Python runtime error of its own, mapped to
# whatever status its exception mapper chose (a 429 over "'NoneType' object has no attribute
# 'start_chat'", litellm#2859; "list index out of range", litellm#1774): the label names where
# LiteLLM was sending, no Google text is there, and the status is LiteLLM's. Labels the same
# way: VertexAIException, GeminiException (LITELLM_MAPPING).
# The same over any provider's label (GroqException - 'id', OpenrouterException - 'choices':
# a KeyError's text is the missing key in quotes, raised while LiteLLM read a stream's chunk:
# https://github.com/Aider-AI/aider/issues/3550).
# And over the openai SDK's own TypeError, raised in LiteLLM's process before any request when
# a pydantic class reaches create() instead of parse() ("You tried to pass a `BaseModel` class
# to `chat.completions.create()`; ...", openai-python's guard; under GroqException in
# https://github.com/BerriAI/litellm/issues/6845, reproduced by its maintainer; groq3 probe).
LABEL_OVER_OWN_BUG: Final = (
    r"\b[A-Z][A-Za-z]{1,40}Exception - \\?['\"]?(?:'NoneType' object has no attribute\b|list "
    r"index out of range\b|KeyError\b|'?\w{1,60}'? object is not (?:subscriptable|iterable|"
    r"callable)\b|'\w{1,60}'(?=[ \t]*(?:\n|$))|"
    r"You tried to pass a `BaseModel` class to `[\w.]{1,60}\(\)`)")
LABEL_OVER_OWN_BUG_SOURCE: Final = "https://github.com/BerriAI/litellm/pull/2859"


def label_over_own_bug(text: str) -> bool:
    """The text holds LiteLLM's label right before its own Python runtime error."""
    return rx(LABEL_OVER_OWN_BUG).search(text) is not None


# -- anthropic2 probe (issue #13), family A4 ------------------------------------------------------
# LiteLLM's own check of a conversation before it sends it, under the label of the provider it
# was going to call: its prompt factory raises its own BadRequestError (400), "Invalid Message
# passed in {...}" (BAD_MESSAGE_ERROR_STR, for Anthropic, Bedrock, Cohere, Ollama) or, in its
# 2024 releases, "Invalid role passed in - {...}", which its mapper labelled once more
# ("AnthropicException - AnthropicException - Invalid role passed in", litellm#2662, the
# maintainer's fix in its message rewriting). Nobody answered: the label names where LiteLLM was
# sending, and the 400 is its refusal of the request's messages (the cause stays).
LABEL_OVER_OWN_CHECK: Final = (
    r"\b[A-Z][A-Za-z]{1,40}Exception - (?:[A-Z][A-Za-z]{1,40}Exception - )?Invalid (?:Message |"
    r"role )passed in\b")
LABEL_OVER_OWN_CHECK_SOURCE: Final = "https://github.com/BerriAI/litellm/issues/2662"


def label_over_own_check(text: str) -> bool:
    """The text holds LiteLLM's provider label right before its own pre-send check."""
    return rx(LABEL_OVER_OWN_CHECK).search(text) is not None


def without_own_bug_labels(text: str) -> str:
    """The text with each such label blanked (same length): the label names where LiteLLM was
    sending whatever row it also sits in (a vendor SDK's class name, GeminiException), so a
    marker that matches only the label is no vote. (Its label over its own pre-send check,
    LABEL_OVER_OWN_CHECK, is blanked the same way.)"""
    text = rx(LABEL_OVER_OWN_CHECK).sub(lambda m: " " * len(m.group(0)), text)
    return rx(LABEL_OVER_OWN_BUG).sub(lambda m: " " * len(m.group(0)), text)


def no_answer_cause(text: str) -> str | None:
    """The cause a no-answer text names (None: it is not one)."""
    return next((c for p, c in NO_ANSWER_CAUSES if rx(p).search(text)), None)

def groq_catalog_pattern() -> str:
    """Groq's own model ids (current, known and retired) that have no other org's namespace."""
    spec = providers.PROVIDERS["groq"]
    ids = {*spec.models, *spec.known_models, *(r.id for r in spec.retired)}
    own = sorted((i for i in ids if "/" not in i), key=len, reverse=True)
    return r"(?<![\w./-])(?:" + "|".join(re.escape(i) for i in own) + r")(?![\w.-])"


CATALOG_MARKER: Final = TextMarker(
    "groq", "model", groq_catalog_pattern(), 2,
    "a model id from Groq's catalog (current or retired)", "docs/sources.md#groq-models")
