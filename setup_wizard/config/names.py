"""Variable names apps read, as data: which client reads each name, where it says so, and
its conventions (what it appends to a base URL, how it spells a model, whose key it holds).

`roles` fills the roles (base URL, model, gateway token, provider key, gateway switch, mode)
from this table after an explicit mapping and before a value's shape. Conventions live in
these rows, never in branches: a name read by two clients with different rules (GROQ_API_BASE)
lists both, and the linter accepts a value that is right for either.
Sources: docs/sources.md#variable-names (checked 2026-11-28).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from typing import Final, Literal, NamedTuple

from setup_wizard.config import model_facts, providers

Role = Literal["base_url", "model", "gateway_token", "provider_key", "gateway_switch", "mode",
               "provider"]
# The roles a mapping may name (--var ROLE=NAME). `provider` (LLM_PROVIDER=groq) is only a
# hint read from well-known names: where requests go when no base URL says it.
ROLES: Final[tuple[Role, ...]] = ("base_url", "model", "gateway_token", "provider_key",
                                  "gateway_switch", "mode")
ROLE_TITLES: Final[dict[str, str]] = {
    "base_url": "base URL", "model": "model", "gateway_token": "gateway token",
    "provider_key": "provider key", "gateway_switch": "gateway switch", "mode": "mode",
    "provider": "provider",
}
# How a model is written for a client: "plain" (the provider's own ID), "prefixed"
# (LiteLLM's provider/model), "colon" (provider:model), "any" (a client we do not know).
ModelFormat = Literal["plain", "prefixed", "colon", "any"]


# NamedTuple, not dataclass, for these rows and for the roles: lint imports them on every push,
# and a NamedTuple class is built four times faster.
class Client(NamedTuple):
    """A program that reads variables, and how it uses them."""

    name: str  # as findings say it: "the Groq SDK"
    source: str  # where the client reads the variable (public URL)
    # Base URL: the path the client puts between the base URL and /chat/completions.
    appends: str = ""
    # The provider the client talks to on its own (the Groq SDK: groq); None: wherever the
    # base URL points.
    provider: str | None = None
    # Base URL: what the client calls when the variable is not set.
    default_url: str | None = None
    model_format: ModelFormat = "plain"
    # Base URL: the client calls the gateway's Universal endpoint (.../{gateway_id}, with the
    # provider in the request body), so a URL ending at the gateway name is right.
    universal: bool = False
    # Model ("colon"): the only words the client takes before the first ':' (gpt-researcher's
    # providers); empty: any (not judged).
    model_providers: frozenset[str] = frozenset()
    # A regex of names only this app's files hold (Open WebUI's WEBUI_SECRET_KEY): a file
    # with one is the app's, so the names the app reads are read there (signed_app). "": none.
    signs: str = ""


OPENAI_SDK: Final = Client(
    "the OpenAI SDK",
    "https://github.com/openai/openai-python/blob/main/src/openai/lib/_client_auth.py",
    default_url="https://api.openai.com/v1")
OPENAI_SDK_V0: Final = Client(
    "the OpenAI SDK before 1.0",
    "https://github.com/openai/openai-python/blob/v0.28.1/openai/__init__.py",
    default_url="https://api.openai.com/v1")
GROQ_SDK: Final = Client(
    "the Groq SDK", "https://github.com/groq/groq-python/blob/main/src/groq/_client.py",
    appends="/openai/v1", provider="groq", default_url="https://api.groq.com")
LANGCHAIN_OPENAI: Final = Client(
    "LangChain's ChatOpenAI",
    "https://github.com/langchain-ai/langchain/blob/master/libs/partners/openai/"
    "langchain_openai/chat_models/base.py")
# ChatGroq hands GROQ_API_BASE to the Groq SDK, which appends /openai/v1.
LANGCHAIN_GROQ: Final = Client(
    "LangChain's ChatGroq",
    "https://github.com/langchain-ai/langchain/blob/master/libs/partners/groq/"
    "langchain_groq/chat_models.py", appends="/openai/v1", provider="groq")
LITELLM: Final = Client(
    "LiteLLM", "https://github.com/BerriAI/litellm/blob/main/litellm/main.py",
    model_format="prefixed")
LITELLM_KEYS: Final = Client(
    "LiteLLM",
    "https://github.com/BerriAI/litellm/blob/main/litellm/litellm_core_utils/"
    "get_llm_provider_logic.py", model_format="prefixed")
LITELLM_GROQ: Final = Client(
    "LiteLLM", "https://github.com/BerriAI/litellm/blob/main/litellm/main.py",
    provider="groq", default_url="https://api.groq.com/openai/v1", model_format="prefixed")
THIS_TOOL: Final = Client(
    "apps set up by setup-wizard init", "docs/sources.md#variable-names")
CLOUDFLARE_EXAMPLES: Final = Client(
    "Cloudflare's AI Gateway examples",
    "https://developers.cloudflare.com/ai-gateway/usage/providers/google-ai-studio/")
# gpt-researcher's Config.parse_llm splits FAST_LLM, SMART_LLM and STRATEGIC_LLM at the first
# ':' and asserts that the text before it is one of its providers (_SUPPORTED_PROVIDERS in
# llm_provider/generic/base.py, both at the commit below): another word there stops it at
# start-up ("Unsupported qwen2.5"), and a value with no ':' too ("Set SMART_LLM or FAST_LLM =
# '<llm_provider>:<llm_model>'"). The set is the newest release's (older ones had fewer).
GPT_RESEARCHER_PARSE: Final = ("https://github.com/assafelovic/gpt-researcher/blob/"
                               "5d84d2f5553e70a2765a8ff3a0d2672d60437ce8/gpt_researcher/config/"
                               "config.py")
GPT_RESEARCHER_PROVIDERS: Final = frozenset({
    "openai", "anthropic", "azure_openai", "cohere", "google_vertexai", "google_genai",
    "fireworks", "ollama", "together", "mistralai", "huggingface", "groq", "bedrock",
    "dashscope", "xai", "deepseek", "litellm", "gigachat", "openrouter", "vllm_openai",
    "aimlapi", "netmind", "forge", "avian", "minimax", "atlascloud", "nebius"})
GPT_RESEARCHER_PROVIDERS_SOURCE: Final = (
    "https://github.com/assafelovic/gpt-researcher/blob/5d84d2f5553e70a2765a8ff3a0d2672d60437ce8"
    "/gpt_researcher/llm_provider/generic/base.py")
# Its provider word for a model only one vendor's own API serves (lint's slug -> its word).
GPT_RESEARCHER_VENDORS: Final[dict[str, str]] = {
    "openai": "openai", "anthropic": "anthropic", "google-ai-studio": "google_genai",
    "grok": "xai", "groq": "groq", "deepseek": "deepseek", "mistral": "mistralai"}
GPT_RESEARCHER: Final = Client(
    "gpt-researcher",
    "https://github.com/assafelovic/gpt-researcher/blob/0306bcabad51944f1cdda3bef581d773ce00a023"
    "/docs/docs/gpt-researcher/llms/llms.md", model_format="colon",
    model_providers=GPT_RESEARCHER_PROVIDERS)
CREWAI: Final = Client(
    "crewAI (through LangChain)",
    "https://github.com/crewAIInc/crewAI/blob/0543059dbe5e58bf8c5f585fc1ae4fbff0d0be80/docs/"
    "how-to/LLM-Connections.md")
UNKNOWN: Final = Client("an app (by the variable's name)", "docs/sources.md#variable-names",
                        model_format="any")
FABRIC: Final = Client("Fabric", "https://github.com/danielmiessler/Fabric/issues/958")
# Open WebUI's backend config, which reads OLLAMA_BASE_URL(S) (LIST_NAMES, APP_WORDS below),
# OPENAI_API_BASE_URL and, when OLLAMA_BASE_URL is empty, its old OLLAMA_API_BASE_URL (RENAMED).
OPEN_WEBUI_CONFIG: Final = ("https://github.com/open-webui/open-webui/blob/"
                            "2586f1f39273cacddb86fb6d793141d663b79803/backend/open_webui/config.py")
# Names only an app's files hold, by app (the app's docs or template): Open WebUI's WEBUI_*
# settings, switches and lists (its env-configuration reference; not OLLAMA_BASE_URL, which
# many apps' Ollama fallbacks write too); CAMEL's (OWL's template:
# DEFAULT_MODEL_PLATFORM_TYPE, DEFAULT_MODEL_TYPE) and chatgpt-web's (service/.env.example:
# OPENAI_ACCESS_TOKEN, API_REVERSE_PROXY, AUTH_SECRET_KEY; not its OPENAI_API_MODEL, which
# other apps with a client of their own write too). The sources: docs/sources.md.
OPEN_WEBUI_SIGNS: Final = (r"WEBUI_[A-Z0-9_]+|ENABLE_(?:OLLAMA|OPENAI)_API|OPENAI_API_BASE_URLS"
                           r"|OPENAI_API_KEYS|OLLAMA_BASE_URLS|USE_OLLAMA_DOCKER"
                           r"|(?:RAG|AUDIO_STT|AUDIO_TTS|IMAGES)_OPENAI_API_(?:BASE_URL|KEY)")
OPEN_WEBUI_ENV_DOCS: Final = ("https://github.com/open-webui/docs/blob/"
                              "1eea3847ca6c2b0f2ca79a300925592c0da7c8d0/docs/reference/"
                              "env-configuration.mdx")
CAMEL_SIGNS: Final = r"DEFAULT_MODEL_PLATFORM_TYPE|DEFAULT_MODEL_TYPE|CAMEL_[A-Z0-9_]+"
CHATGPT_WEB_SIGNS: Final = (r"OPENAI_API_DISABLE_DEBUG|OPENAI_ACCESS_TOKEN|API_REVERSE_PROXY"
                            r"|AUTH_SECRET_KEY")
# OPENAI_API_BASE_URL: a name the OpenAI SDK (OPENAI_BASE_URL), LangChain, LiteLLM and crewAI
# (OPENAI_API_BASE) do not read (crewAI's docs had it until crewAI#213). Open WebUI reads it
# as its OpenAI connection's base (/v1 included), CAMEL hands it to the OpenAI SDK as its
# base_url (models/openai_model.py), chatgpt-web posts to `${OPENAI_API_BASE_URL}/v1`.
OPEN_WEBUI: Final = Client("Open WebUI", OPEN_WEBUI_CONFIG, default_url="https://api.openai.com/v1",
                           signs=OPEN_WEBUI_SIGNS)
CAMEL: Final = Client(
    "CAMEL (OWL)", "https://github.com/camel-ai/camel/blob/"
    "84f7e4bca0ac8a429258660071133f0bfe0bd9c2/camel/models/openai_model.py",
    default_url="https://api.openai.com/v1", signs=CAMEL_SIGNS)
CHATGPT_WEB: Final = Client(
    "chatgpt-web", "https://github.com/Chanzhaoyu/chatgpt-web/blob/"
    "3dd55c84d6dce47e6a6c9be04676db3425d4b81d/service/src/chatgpt/index.ts", appends="/v1",
    default_url="https://api.openai.com", signs=CHATGPT_WEB_SIGNS)
# Apps that talk to a local Ollama server by this name (Open WebUI, Karakeep): its native API,
# so nothing is appended that lint could judge; the name is known so a typo of it is seen.
OLLAMA_APPS: Final = Client(
    "apps that call an Ollama server (Open WebUI, Karakeep)",
    "https://docs.openwebui.com/getting-started/env-configuration/")
# Chatbot UI (and its many forks) posts to `${OPENAI_API_HOST}/v1/chat/completions`, as does
# big-AGI (docs/sources.md#variable-names): the variable holds the host, the app adds /v1.
CHATBOT_UI: Final = Client(
    "Chatbot UI", "https://github.com/mckaywrigley/chatbot-ui/blob/"
    "b2dfd4db6639c01815f42c97d5ff465251d46c5a/utils/server/index.ts", appends="/v1",
    default_url="https://api.openai.com")
# Other apps hand the same name to an OpenAI client as its base, /v1 and all (DeepKnowledge.net:
# `OpenAI(api_base=os.getenv('OPENAI_API_HOST'))`, its README writes https://api.openai.com/v1):
# lint cannot tell which app reads the file, so either spelling is right.
HOST_AS_BASE: Final = Client(
    "apps that pass it to an OpenAI client as its base",
    "https://github.com/ErnestAroozoo/DeepKnowledge.net/blob/"
    "27ce417fd29999de2b8182e2c7db8ef218c6e109/vector_search.py")
# openai-php/client (and its Laravel and Hyperf packages) reads its base as `base_uri`, written
# without a scheme (its default: api.openai.com/v1): BaseUri puts https:// in front of one that
# has none (https://github.com/openai-php/client/blob/55dd00f4f07c7c84331f1fac57b63c8f49f316bc/
# src/ValueObjects/Transporter/BaseUri.php), then the client appends chat/completions.
OPENAI_PHP: Final = Client(
    "openai-php (Laravel, Hyperf)", "https://github.com/openai-php/laravel/blob/"
    "16eee633837bd9f5657a6e12089d634fe85ea124/config/openai.php",
    default_url="https://api.openai.com/v1")
UNIVERSAL: Final = Client(
    "an app calling the gateway's Universal endpoint",
    "https://github.com/cloudflare/cloudflare-docs/blob/24fec10ca4fd3274688bcfa9be30e0253b58476b/"
    "src/content/docs/ai-gateway/usage/universal.mdx", universal=True)


@functools.cache
def _compiled(pattern: str) -> re.Pattern[str]:
    """A family's regex, compiled once (lint matches thousands of names against each)."""
    return re.compile(pattern)


class Name(NamedTuple):
    """A variable name (or, for the last rows, a name pattern) and who reads it."""

    name: str  # exact name; a row with `pattern` set matches names by that regex instead
    role: Role
    clients: tuple[Client, ...]
    # Provider key: the provider whose key this name holds; None: the key goes wherever the
    # client's base URL points (OPENAI_API_KEY pointed at Groq holds a Groq key).
    provider: str | None = None
    # A name some clients ignore: said in a warning when no other name fills the role.
    caveat: str | None = None
    pattern: str | None = None
    # With a caveat: the names the clients it leaves out read instead (the fix sets them);
    # (): the role's first name with no caveat (OPENAI_BASE_URL).
    instead: tuple[str, ...] = ()
    # Read as its role only in a file that shows the app of one of its clients (a sign:
    # Client.signs). Elsewhere the common clients ignore it (said by SW114), and lint does
    # not take it for where requests go.
    signed_only: bool = False
    # A regex of names that, set in the same file, show the name is another client's setting
    # (CLOUDFLARE_EMAIL beside CLOUDFLARE_API_KEY: the Cloudflare SDKs' Global API Key); there
    # the row is not read. "": none.
    not_beside: str = ""
    # Provider key: its clients build the provider's URL themselves (promptfoo, pi and LiteLLM
    # put CLOUDFLARE_ACCOUNT_ID into Workers AI's), so it is read where the file holds no base
    # URL; beside one, the key that URL's client sends is the file's other name for it.
    own_url: bool = False

    def matches(self, name: str) -> bool:
        """Exact names are case-sensitive (so is the environment); a family matches any case
        (a lower-case `model = ...` in a config file is still a model)."""
        if self.pattern:
            return _compiled(self.pattern).fullmatch(name.upper()) is not None
        return name == self.name

    @property
    def client(self) -> Client:
        return self.clients[0]

    def read_as(self, var: str | None = None) -> str:
        """"GROQ_BASE_URL read as the Groq SDK's base URL"."""
        if all(c is UNKNOWN for c in self.clients):
            return f"{var or self.name} read as the {ROLE_TITLES[self.role]}, by its name"
        who = list(dict.fromkeys(c.name for c in self.clients))
        title = ROLE_TITLES[self.role]
        if len(who) == 1:
            mark = "'" if who[0].endswith("s") else "'s"
            return f"{var or self.name} read as {who[0]}{mark} {title}"
        return f"{var or self.name} read as the {title} of {', '.join(who[:-1])} or {who[-1]}"


# In priority order per role: when several are set, the first one fills the role and the
# others are still checked by their own conventions.
NAMES: Final[tuple[Name, ...]] = (
    # -- base URL ---------------------------------------------------------------------------
    Name("OPENAI_BASE_URL", "base_url", (OPENAI_SDK, LITELLM, LANGCHAIN_OPENAI)),
    Name("OPENAI_API_BASE", "base_url", (LANGCHAIN_OPENAI, LITELLM, OPENAI_SDK_V0),
         caveat="the OpenAI SDK 1.x and later ignores it: it reads OPENAI_BASE_URL"),
    Name("GROQ_BASE_URL", "base_url", (GROQ_SDK,)),
    Name("GROQ_API_BASE", "base_url", (LANGCHAIN_GROQ, LITELLM_GROQ)),
    Name("LLM_BASE_URL", "base_url", (UNKNOWN,)),
    Name("OLLAMA_BASE_URL", "base_url", (OLLAMA_APPS,)),
    Name("OPENAI_API_HOST", "base_url", (CHATBOT_UI, HOST_AS_BASE)),
    Name("OPENAI_BASE_URI", "base_url", (OPENAI_PHP,)),
    Name("OPENAI_API_BASE_URL", "base_url", (OPEN_WEBUI, CAMEL, CHATGPT_WEB),
         caveat="the OpenAI SDK reads OPENAI_BASE_URL, LangChain, LiteLLM and crewAI read "
                "OPENAI_API_BASE: none of them reads OPENAI_API_BASE_URL, and they call "
                "api.openai.com",
         instead=("OPENAI_BASE_URL", "OPENAI_API_BASE"), signed_only=True),
    # -- model ------------------------------------------------------------------------------
    Name("AUTOGEN_MODEL", "model", (THIS_TOOL,)),
    Name("OPENAI_MODEL_NAME", "model", (CREWAI,)),
    Name("FAST_LLM", "model", (GPT_RESEARCHER,)),
    Name("SMART_LLM", "model", (GPT_RESEARCHER,)),
    Name("STRATEGIC_LLM", "model", (GPT_RESEARCHER,)),
    # -- gateway token ----------------------------------------------------------------------
    Name("CF_GATEWAY_TOKEN", "gateway_token", (THIS_TOOL,)),
    Name("CF_AIG_TOKEN", "gateway_token", (CLOUDFLARE_EXAMPLES,)),
    Name("CF_AIG_AUTHORIZATION", "gateway_token", (UNKNOWN,)),
    Name("CLOUDFLARE_AI_GATEWAY_TOKEN", "gateway_token", (UNKNOWN,)),
    # -- provider key -----------------------------------------------------------------------
    # Each provider's own name (GROQ_API_KEY, ...) is added below (KEY_NAMES).
    Name("OPENAI_API_KEY", "provider_key", (OPENAI_SDK, LANGCHAIN_OPENAI, LITELLM)),
    # -- gateway switch and mode --------------------------------------------------------------
    Name("USE_AI_GATEWAY", "gateway_switch", (THIS_TOOL,)),
    Name("AI_GATEWAY_MODE", "mode", (THIS_TOOL,)),
    # -- provider, by name (a hint when no base URL says where requests go) -------------------
    Name("LLM_PROVIDER", "provider", (GPT_RESEARCHER,)),
    Name("DEFAULT_VENDOR", "provider", (FABRIC,)),
)

# Words of a name for a side client's setting, not the chat model's (embeddings, speech,
# reranking, images): shared by the *MODEL* family and is_side_client.
_SIDE_WORDS: Final = "EMBED|WHISPER|TTS|STT|AUDIO|SPEECH|TRANSCRI|RERANK|IMAGE"

# Name families, after every exact name: the client is unknown, so only what holds for any
# client is judged (doubled paths, a gateway URL's parts, a retired model, a key's shape).
PATTERNS: Final[tuple[Name, ...]] = (
    Name("*UNIVERSAL*", "base_url", (UNIVERSAL,), pattern=r"[A-Za-z0-9_]*UNIVERSAL[A-Za-z0-9_]*"),
    # MODEL, LLM_MODEL, GROQ_MODEL_DEV, LMSTUDIO_MODEL_PREF, GROQ_VISION_MODEL (a vision model
    # is a chat model that also reads images); not an embedding, speech or image-generation
    # model, and not a model's settings (LMSTUDIO_MODEL_TOKEN_LIMIT, MODEL_PATH, ...).
    Name("*MODEL*", "model", (UNKNOWN,),
         pattern=rf"(?!.*(?:{_SIDE_WORDS}))"
                 r"[A-Za-z0-9_]*MODEL(?:_(?!.*(?:LIMIT|LENGTH|TOKEN|PATH|DIR|MAPPER|TEMP|SIZE"
                 r"|COUNT|MAX|MIN|CACHE|TIMEOUT|URL|URI|ENDPOINT|HOST|KEY))[A-Z0-9]+)*"),
    # FAST_LLM, LLM_NAME; LLM_CHOICE and INGESTION_LLM_CHOICE (the ottomator agents' names:
    # https://github.com/coleam00/ottomator-agents/blob/2be20d5737fc49aa0f665a012f3ffde283d26d54/
    # agentic-rag-knowledge-graph/.env.example).
    # An app's prefix before those (APP_INGESTION_LLM_CHOICE) keeps them models; LLM_NAME
    # after several words (NEXT_PUBLIC_CUSTOM_LLM_NAME=Groq Lightning) is a label to show.
    Name("*_LLM", "model", (UNKNOWN,),
         pattern=r"(?!.*EMBED)(?:(?:[A-Z0-9]+_)*LLM(?:_CHOICE)?|(?:[A-Z0-9]+_)?LLM_NAME)"),
    Name("*_BASE_URL", "base_url", (UNKNOWN,),
         pattern=r"[A-Za-z0-9_]*(?:BASE_URL|API_BASE|API_BASE_URL|BASE_PATH|ENDPOINT|API_URL"
                 r"|PROXY_URL|_URL|_HOST|BASE_URI|API_URI)"),
    Name("*_API_KEY", "provider_key", (UNKNOWN,),
         pattern=r"[A-Za-z0-9_]*(?:API_KEY|_KEY|APIKEY)"),
    Name("*_TOKEN", "gateway_token", (UNKNOWN,),
         pattern=r"(?:CF|CLOUDFLARE)_[A-Z0-9_]*(?:AIG|GATEWAY)[A-Z0-9_]*_TOKEN"
                 # AI_GATEWAY_TOKEN, GROQ_AIG_TOKEN: "AI Gateway" or its cf-aig- abbreviation
                 r"|(?:[A-Z0-9]+_)*(?:AIG|AI_GATEWAY)_(?:[A-Z0-9]+_)*TOKEN"),
    Name("*_PROVIDER", "provider", (UNKNOWN,),
         pattern=r"(?!.*(?:EMBED|WHISPER|TTS|STT|AUDIO|SPEECH|SEARCH|IMAGE|VISION))"
                 r"(?:[A-Z0-9]+_)*(?:PROVIDERS?|VENDOR)"),
)

# Conventions a name's words carry, for names no row knows the client of
# (docs/sources.md#lint-values):
# - a name for a client of Anthropic's Messages API (ANTHROPIC_BASE_URL, CLAUDE_API_BASE);
ANTHROPIC_CLIENT_NAME: Final = re.compile(r"(?i)ANTHROPIC|CLAUDE")
# - a switch or setting that sends Claude Code (or Anthropic's SDK) to another platform than
#   Anthropic's own API, whose model IDs and schedules differ (CLAUDE_CODE_USE_BEDROCK=1,
#   ANTHROPIC_VERTEX_PROJECT_ID, CLOUD_ML_REGION; Claude Code's env-vars page, the copy in
#   docs/sources.md#model-catalogs). AWS settings say Bedrock too (Ctx.aws_settings).
CLAUDE_PLATFORM_NAME: Final = re.compile(
    r"(?i)^(?:" + "|".join(re.escape(p.switch) for p in model_facts.CLAUDE_CODE_PLATFORMS)
    + r"|ANTHROPIC_(?:BEDROCK|VERTEX|FOUNDRY|AWS)_\w+|VERTEX_REGION_\w+|CLOUD_ML_REGION)$")
# - a name that says ENDPOINT may hold the whole endpoint an app posts to as given
#   (gpt-pilot's OPENAI_ENDPOINT=.../v1/chat/completions).
WHOLE_ENDPOINT_NAME: Final = re.compile(r"(?i)ENDPOINT")
# - a name that says which of the API's endpoints it holds holds that one whole: the model
#   list (OPENROUTER_MODELS_URL=https://openrouter.ai/api/v1/models, what an app fetches to
#   fill a model picker; GET {base}/models in OpenAI's and OpenRouter's API references),
#   the embeddings endpoint (EMBEDDINGS_URL). (name pattern, endpoint, source)
NAMED_ENDPOINTS: Final[tuple[tuple[re.Pattern[str], str, str], ...]] = (
    (re.compile(r"(?i)(?:^|_)MODELS_(?:API_)?(?:URL|ENDPOINT)$"), "/models",
     "https://openrouter.ai/docs/api/api-reference/models/get-models"),
    (re.compile(r"(?i)(?:^|_)EMBEDDINGS?_(?:API_)?(?:URL|ENDPOINT)$"), "/embeddings",
     "https://platform.openai.com/docs/api-reference/embeddings/create"),
)


def named_endpoint(name: str, path: str) -> str | None:
    """The endpoint `path` ends with, when the variable's name says it holds that one."""
    return next((tail for pattern, tail, _src in NAMED_ENDPOINTS
                 if path.rstrip("/").endswith(tail) and pattern.search(name)), None)

# ollama-python's client, whose `_parse_host` reads OLLAMA_HOST (two rows below cite it).
OLLAMA_PYTHON_CLIENT: Final = ("https://github.com/ollama/ollama-python/blob/"
                               "00228b95cc3b0133e99bb45c0e0705066e8a8c98/ollama/_client.py")

# - names whose client puts a scheme in front of a value written without one, so `host:port`
#   there is right (pattern, the scheme put in front, source):
SCHEME_ADDED: Final[tuple[tuple[re.Pattern[str], str, str], ...]] = (
    # openai-php's base_uri, also under an app's name (AI_SPAMDETECTOR_OPENAI_BASE_URI, a
    # Laravel package's): https:// (OPENAI_PHP).
    (re.compile(r"(?i)(?:^|_)OPENAI_BASE_URI$"), "https", OPENAI_PHP.source),
    # Ollama's own OLLAMA_HOST, whose documented form is host:port (0.0.0.0:11434): its
    # server, its CLI and ollama-python's `_parse_host` put http:// in front (with port
    # 11434 when none is given), IPv6 in brackets too.
    (re.compile(r"(?i)^OLLAMA_HOST$"), "http",
     OLLAMA_PYTHON_CLIENT),
)


# - names whose client appends its whole API path to the server's address, so a path there is
#   sent in front of it (pattern, what it appends, source): ollama-python's `_parse_host` keeps
#   a path given in OLLAMA_HOST and posts to <path>/api/chat (OLLAMA_HOST=.../v1 -> 404).
ADDRESS_ONLY: Final[tuple[tuple[re.Pattern[str], str, str], ...]] = (
    (re.compile(r"(?i)^OLLAMA_HOST$"), "/api/...",
     OLLAMA_PYTHON_CLIENT),
)


def address_only(name: str) -> str | None:
    """What `name`'s client appends to the address it holds, if it holds an address only."""
    return next((tail for pattern, tail, _src in ADDRESS_ONLY if pattern.search(name)), None)


def scheme_added(name: str) -> str | None:
    """The scheme `name`'s client puts in front of a value without one, if it does."""
    return next((scheme for pattern, scheme, _src in SCHEME_ADDED if pattern.search(name)), None)

# - a name that says it holds an API's URL (OCO_API_URL, LLM_BASE_URL), unlike DATABASE_URL.
#   (*_BASE_URI, *_API_URI: PHP's base_uri convention, GROQ_BASE_URI).
API_URL_NAME: Final = re.compile(
    r"(?i)(?:^|_)(?:BASE_URL|API_BASE|API_URL|BASE_PATH|BASE_URI|API_URI)$")

# - a name for the app's own web address, which OpenRouter asks for as HTTP-Referer
#   (OPENROUTER_SITE_URL, AGENT_LOOP_OPENAI_SITE_URL, *_HTTP_REFERER): a website, not an API;
#   likewise a sign-in server's or a callback's address (CODEX_AUTH_BASE_URL=
#   https://auth.openai.com, OAUTH_REDIRECT_URL): the vendor's, but not its API.
SITE_URL_NAME: Final = re.compile(r"(?i)(?:^|_)(?:SITE|HOMEPAGE|WEBSITE)(?:_URL)?$|"
                                  r"(?:^|_)(?:HTTP_)?REFERR?ER$|(?:^|_)(?:O?AUTH|LOGIN|ISSUER|"
                                  r"CALLBACK|REDIRECT|WEBHOOK)_(?:BASE_)?UR[LI]$")

# The Anthropic SDK's own base-URL variable (Claude Code reads it too): the SDK appends
# /v1/messages to it. Other names that say Claude (CLAUDE_API_BASE) are apps' own.
ANTHROPIC_SDK_NAME: Final = "ANTHROPIC_BASE_URL"

# A key a client's setup leaves empty on purpose, beside a token the client sends instead and a
# base URL that is not the key's vendor's: Claude Code sends ANTHROPIC_API_KEY as x-api-key
# (taken as a direct Anthropic credential) and ANTHROPIC_AUTH_TOKEN as a Bearer, and
# OpenRouter's Claude Code guide says the key "must be explicitly empty" (unset, Claude Code
# may fall back to Anthropic's own sign-in). (key, token, base URL, the vendor's host, source)
# docs/sources.md#deepseek-api
EMPTY_ON_PURPOSE: Final[tuple[tuple[str, str, str, str, str], ...]] = (
    ("ANTHROPIC_API_KEY", "ANTHROPIC_AUTH_TOKEN", "ANTHROPIC_BASE_URL", "api.anthropic.com",
     "https://openrouter.ai/docs/guides/claude-code-integration"),
)

# Variables whose value is HTTP headers a client adds to every request, one `Name: Value` a
# line: Claude Code's ANTHROPIC_CUSTOM_HEADERS (its env-vars page). Cloudflare's Claude Code
# page sends the gateway token that way ("cf-aig-authorization: Bearer <CF_AIG_TOKEN>"), so a
# cf-aig-authorization header there is the file's gateway token (lint judges it as one).
# (name, source) docs/sources.md#gateway-auth
HEADER_VARIABLES: Final[tuple[tuple[str, str], ...]] = (
    ("ANTHROPIC_CUSTOM_HEADERS",
     "https://github.com/thevibeworks/claude-code-docs/blob/"
     "3f1ef7c2860523314e2c1b07d95f1db5235f66b1/content/en/docs/claude-code/env-vars.md"),
)

# Base-URL names the Python SDKs read with `os.environ.get`, an empty value kept as given
# (`if base_url is None`): `OPENAI_BASE_URL=` makes every request fail with "Connection
# error." instead of going to the default (name -> the SDK, its default, its source).
EMPTY_KEPT_AS_GIVEN: Final[dict[str, tuple[str, str, str]]] = {
    "OPENAI_BASE_URL": ("the OpenAI Python SDK", "https://api.openai.com/v1",
                        "https://github.com/openai/openai-python/blob/main/src/openai/lib/"
                        "_client_auth.py"),
    "GROQ_BASE_URL": ("the Groq Python SDK", "https://api.groq.com",
                      "https://github.com/groq/groq-python/blob/main/src/groq/_client.py"),
    "ANTHROPIC_BASE_URL": ("the Anthropic Python SDK", "https://api.anthropic.com",
                           "https://github.com/anthropics/anthropic-sdk-python/blob/main/src/"
                           "anthropic/_client.py"),
}


class Renamed(NamedTuple):
    """A name an app has renamed: its docs and templates now write `new`, in another form."""

    old: str
    new: str
    client: Client  # the app (its signs: a file of that app)
    # The old form's tail the new name is written without (Open WebUI's /api): a value
    # ending in it is the old form whatever else the file holds.
    old_tail: str
    why: str  # what becomes of the old name, said in the finding
    source: str


RENAMED: Final[dict[str, Renamed]] = {r.old: r for r in (
    # Open WebUI read OLLAMA_API_BASE_URL (http://host:11434/api) before OLLAMA_BASE_URL
    # (http://host:11434). config.py still falls back to it, /api cut off, but only when
    # OLLAMA_BASE_URL is empty, and its Docker image sets OLLAMA_BASE_URL="/ollama": there the
    # old name is ignored (docs commit aca80c2c, which rewrote the docs' docker run lines).
    Renamed("OLLAMA_API_BASE_URL", "OLLAMA_BASE_URL", OPEN_WEBUI, "/api",
            "its Docker image sets OLLAMA_BASE_URL=/ollama, which Open WebUI reads first, so "
            "there it ignores OLLAMA_API_BASE_URL and calls http://host.docker.internal:11434",
            OPEN_WEBUI_ENV_DOCS),
)}


def renamed_value(value: str | None) -> str:
    """An old name's value as `renamed` judges it: blanks, stray quotes and a final / off."""
    return (value or "").strip().strip("\"'").rstrip("/")


def renamed(name: str, value: str | None, file_names: Iterable[str]) -> Renamed | None:
    """The row of `name` when it is an app's old name in the app's old form (its value ends in
    the old tail) or in a file of that app (a sign): OLLAMA_API_BASE_URL=http://x:11434/api.
    bolt.diy reads OLLAMA_API_BASE_URL as its own name, written without /api: not said."""
    row = RENAMED.get(name)
    v = renamed_value(value)
    if row is None or not v or v == row.old_tail:  # (/api alone: no address to move)
        return None
    if v.endswith(row.old_tail) or signed_app((row.client,), file_names) is not None:
        return row
    return None


def signed_app(clients: tuple[Client, ...], file_names: Iterable[str]) -> Client | None:
    """The client among `clients` whose app the file is, by a name only that app's files
    hold (a WEBUI_SECRET_KEY beside Open WebUI's OPENAI_API_BASE_URL); None if none."""
    signed = [c for c in clients if c.signs]
    if not signed:
        return None
    for name in file_names:
        for c in signed:
            if _compiled(c.signs).fullmatch(name) is not None:
                return c
    return None


# Names of this table a letter off a far more common one (OPENAI_BASE_URI, OPENAI_BASE_URL):
# known, so never a typo themselves, but a typo of both is read as the common one's.
NOT_TYPO_TARGETS: Final = frozenset({"OPENAI_BASE_URI"})

# Names of another app that look like a misspelt name of this table but are not: Open WebUI's
# lists of OpenAI-compatible connections, `;`-separated (its i-th key goes with its i-th URL),
# and its list of Ollama servers (`;`-separated, load-balanced, read before OLLAMA_BASE_URL).
LIST_NAMES: Final[dict[str, str]] = {
    "OPENAI_API_BASE_URLS": "https://docs.openwebui.com/getting-started/env-configuration/",
    "OPENAI_API_KEYS": "https://docs.openwebui.com/getting-started/env-configuration/",
    "OLLAMA_BASE_URLS": OPEN_WEBUI_CONFIG,
}


class AppWord(NamedTuple):
    """A value an app reads as a word of its own, not as the value it sends: the app fills in
    the real one itself when it runs (asks each user for a key, puts an address in its place).
    The file cannot say what is sent, so lint does not judge it (SW120, info)."""

    value: re.Pattern[str]  # the whole value, exactly as the app compares it
    name: re.Pattern[str]  # the names the app reads it under (the whole name)
    app: str
    means: str  # what the app does instead, said in the finding
    source: str


# Key and token names, as an app that takes a key under any name (LibreChat's librechat.yaml
# reads `apiKey: "${ANY_NAME}"`) may call them: *_API_KEY, *_KEY, *_TOKEN.
_KEY_OR_TOKEN_NAME: Final = re.compile(r"(?i)(?:[A-Z0-9]+_)*(?:API_?KEY|KEY|TOKEN)")
APP_WORDS: Final[tuple[AppWord, ...]] = (
    # LibreChat: `user_provided` makes it ask each user for their own key in its UI
    # (EndpointService.js `isUserProvided`: key === 'user_provided'); its .env.example sets
    # OPENAI_API_KEY, ANTHROPIC_API_KEY, GOOGLE_KEY and BINGAI_TOKEN so, and a custom endpoint
    # compares its `apiKey: "${ANY_NAME}"` once expanded (docs/sources.md#lint-values).
    AppWord(re.compile("user_provided"), _KEY_OR_TOKEN_NAME, "LibreChat",
            "it asks each user for their own key in its web UI and never sends this value "
            "(any other app sends it as the key, and is answered 401)",
            "https://github.com/danny-avila/LibreChat/blob/"
            "05fe706940f615e4b2b7c479fdf44db4183cfc1a/api/server/services/Config/"
            "EndpointService.js"),
    # Open WebUI's Docker image sets OLLAMA_BASE_URL="/ollama"; its backend (ENV=prod) drops a
    # trailing slash and replaces exactly that value by an address at start-up.
    AppWord(re.compile("/ollama/?"), re.compile("OLLAMA_BASE_URL"), "Open WebUI",
            "its Docker image's default, which it replaces at start-up by "
            "http://localhost:11434 (Ollama in the same image) or "
            "http://host.docker.internal:11434 (any other app reads it as a path, not an "
            "address)", OPEN_WEBUI_CONFIG),
)


def app_word(name: str, value: str | None) -> AppWord | None:
    """The app's own word `value` is under `name`, if it is one (compared as the app does:
    whole and case-sensitive, so `USER_PROVIDED` or `"user_provided"` with its quotes kept is
    a value the app sends)."""
    if not value:
        return None
    return next((w for w in APP_WORDS if w.value.fullmatch(value) and w.name.fullmatch(name)),
                None)

# NextChat's list of the models it offers, comma-separated: `+model@Vendor=shown name` adds one
# sent to that vendor, `-model` hides one, `-all`/`+all` the defaults. The vendors it names
# with this tool's catalog for each and the variable that may point it elsewhere (a relay
# there may still serve an old name, so only the vendor's own API is judged).
NEXTCHAT_SOURCE: Final = ("https://github.com/ChatGPTNextWeb/NextChat/blob/"
                          "706a18b95b714ab29b2a4842d3b9ff4f887935d5/README.md")
MODEL_LISTS: Final[dict[str, str]] = {"CUSTOM_MODELS": NEXTCHAT_SOURCE}
NEXTCHAT_VENDORS: Final[dict[str, tuple[str, str]]] = {  # app/constant.ts ServiceProvider
    "openai": ("openai", "BASE_URL"), "google": ("google-ai-studio", "GOOGLE_URL"),
    "anthropic": ("anthropic", "ANTHROPIC_URL"), "deepseek": ("deepseek", "DEEPSEEK_URL"),
}

# Hugging Face chat-ui's model configurations, JSON5 (which it reads with JSON5.parse): MODELS,
# a list of models (the legacy form: each with the endpoints that serve it; today's chat-ui
# takes its models from OPENAI_BASE_URL's /models and MODELS only overrides their metadata),
# and TASK_MODEL, a model's name or (legacy) one model's own JSON5. What each value opens
# with when it is that JSON5. A model's ID is its "id", else its "name" (models.ts:
# `id: m.id || m.name`); the endpoint's "type" picks the client that sends it.
_CHATUI = "https://github.com/huggingface/chat-ui/blob/6232ac1a44ce065428711102cf06fc9399dbbdaa/"
CHATUI_MODELS_SOURCE: Final = f"{_CHATUI}src/lib/server/models.ts"
MODEL_CONFIGS: Final[dict[str, str]] = {"MODELS": "[", "TASK_MODEL": "{"}


def model_config(name: str, value: str | None) -> bool:
    """`name` is chat-ui's MODELS or TASK_MODEL and `value` its JSON5 (not a model's name)."""
    opens = MODEL_CONFIGS.get(name)
    return opens is not None and (value or "").strip().startswith(opens)


class ModelEndpoint(NamedTuple):
    """A chat-ui endpoint type that sends to a provider lint has a catalog of."""

    provider: str | None  # the catalog's slug; None: the one its base URL names
    base_url: str | None  # chat-ui's own default when the endpoint sets no "baseURL"
    namespace: str  # put in front of an ID that does not start with "@"
    source: str


CHATUI_ENDPOINTS: Final[dict[str, ModelEndpoint]] = {
    # endpointCloudflare: POST .../accounts/{id}/ai/run/{model.id}, "@hf/" + an ID without "@".
    "cloudflare": ModelEndpoint("workers-ai", None, "@hf/", f"{_CHATUI}src/lib/server/"
                                "endpoints/cloudflare/endpointCloudflare.ts"),
    # endpointOai: the OpenAI SDK at baseURL (default https://api.openai.com/v1).
    "openai": ModelEndpoint(None, "https://api.openai.com/v1", "",
                            f"{_CHATUI}src/lib/server/endpoints/openai/endpointOai.ts"),
    # endpointAnthropic: the Anthropic SDK at baseURL (default https://api.anthropic.com).
    "anthropic": ModelEndpoint("anthropic", "https://api.anthropic.com", "",
                               f"{_CHATUI}src/lib/server/endpoints/anthropic/"
                               "endpointAnthropic.ts"),
    # endpointGenAI: Google's @google/generative-ai SDK, the Gemini API (no base URL).
    "genai": ModelEndpoint("google-ai-studio", None, "",
                           f"{_CHATUI}src/lib/server/endpoints/google/endpointGenAI.ts"),
}

BY_NAME: Final[dict[str, Name]] = {n.name: n for n in NAMES}
# Each provider's own key name (GROQ_API_KEY, MISTRAL_API_KEY, ...), from config/providers.py.
_KEY_CLIENTS: Final[dict[str, tuple[Client, ...]]] = {"groq": (GROQ_SDK, LITELLM_KEYS)}
# A provider's key under the name an app documents for it, read as that app reads it (no
# misspelling of the provider's own name): LibreChat's OpenRouter endpoint takes
# `apiKey: "${OPENROUTER_KEY}"`, and its docs warn that OPENROUTER_API_KEY would also send
# its built-in OpenAI endpoint through OpenRouter.
LIBRECHAT_OPENROUTER: Final = Client(
    "LibreChat's OpenRouter endpoint",
    "https://github.com/LibreChat-AI/librechat.ai/blob/33579fa6e12baef431360a838adbe86a7a0f1f6d/"
    "content/docs/configuration/librechat_yaml/ai_endpoints/openrouter.mdx",
    provider="openrouter", default_url="https://openrouter.ai/api/v1")
# Workers AI's token under CLOUDFLARE_API_KEY, sent as `Authorization: Bearer`: promptfoo's
# cloudflare-ai provider, pi's cloudflare-workers-ai (and cloudflare-ai-gateway) provider, and
# LiteLLM's cloudflare/ models, each beside CLOUDFLARE_ACCOUNT_ID (docs/sources.md#variable-names).
PROMPTFOO_CLOUDFLARE: Final = Client(
    "promptfoo's Workers AI provider", "https://github.com/promptfoo/promptfoo/blob/"
    "454f14a1a3ed2ace145e90ea879b844664da35bd/src/providers/cloudflare-ai.ts",
    provider="workers-ai")
PI_CLOUDFLARE: Final = Client(
    "pi", "https://github.com/earendil-works/pi/blob/f271fb0d89380d7615a60bfa4ad29ae4b7aabd44/"
    "packages/ai/src/env-api-keys.ts", provider="workers-ai")
LITELLM_CLOUDFLARE: Final = Client(
    "LiteLLM", "https://docs.litellm.ai/docs/providers/cloudflare_workers", provider="workers-ai",
    model_format="prefixed")
APP_KEY_NAMES: Final[tuple[Name, ...]] = (
    Name("OPENROUTER_KEY", "provider_key", (LIBRECHAT_OPENROUTER,), provider="openrouter"),
    # The Cloudflare SDKs (and their Terraform provider) read the same name as the account's
    # Global API Key, sent with CLOUDFLARE_EMAIL as X-Auth-Key: beside that name it is theirs.
    Name("CLOUDFLARE_API_KEY", "provider_key",
         (PROMPTFOO_CLOUDFLARE, PI_CLOUDFLARE, LITELLM_CLOUDFLARE), provider="workers-ai",
         not_beside=r"(?i)CLOUDFLARE_(?:API_)?EMAIL|CF_(?:API_)?EMAIL", own_url=True),
)


def read_beside(row: Name, file_names: Iterable[str]) -> bool:
    """Whether `row` is read in a file of these names: not where a name beside it shows it is
    another client's setting (Name.not_beside)."""
    if not row.not_beside:
        return True
    other = _compiled(row.not_beside)
    return not any(other.fullmatch(n) for n in file_names)
KEY_NAMES: Final[tuple[Name, ...]] = tuple(
    Name(p.key_var, "provider_key",
         _KEY_CLIENTS.get(p.slug, (LITELLM_KEYS,) if p.slug != "workers-ai" else (UNKNOWN,)),
         provider=p.slug)
    for p in providers.PROVIDERS.values() if p.key_var not in BY_NAME) + APP_KEY_NAMES
BY_NAME.update({n.name: n for n in KEY_NAMES})
# Init's own vocabulary: a file using any of these is one init wrote (or copies it), and is
# held to init's rules (a missing base URL or model is an error there).
THIS_TOOLS_NAMES: Final = frozenset(n.name for n in NAMES if THIS_TOOL in n.clients)


# Prefixes a web framework wants on a variable before it hands it to browser code (Vite's
# VITE_, Next.js's NEXT_PUBLIC_, ...): the app reads the rest of the name itself, so the
# prefix names no client and no provider. (prefix, the framework's docs), longest first.
FRAMEWORK_PREFIXES: Final[tuple[tuple[str, str], ...]] = (
    ("PLASMO_PUBLIC_", "https://docs.plasmo.com/framework/env"),
    ("NEXT_PUBLIC_", "https://nextjs.org/docs/app/guides/environment-variables"),
    ("EXPO_PUBLIC_", "https://docs.expo.dev/guides/environment-variables/"),
    ("NUXT_PUBLIC_", "https://nuxt.com/docs/guide/going-further/runtime-config"),
    ("REACT_APP_", "https://create-react-app.dev/docs/adding-custom-environment-variables/"),
    ("VUE_APP_", "https://cli.vuejs.org/guide/mode-and-env.html"),
    ("GATSBY_", "https://www.gatsbyjs.com/docs/how-to/local-development/environment-variables/"),
    ("VITE_", "https://vite.dev/guide/env-and-mode"),
    ("PUBLIC_", "https://svelte.dev/docs/kit/$env-static-public"),
)


# (EMBEDDING_BASE_URL, WHISPER_API_URL, RERANK_MODEL: the same words that keep a *_MODEL name
# from the model role)
_SIDE_PURPOSE = re.compile(_SIDE_WORDS)


def is_side_client(name: str) -> bool:
    """Whether a variable is a side client's (embeddings, speech, images), not the chat's."""
    return _SIDE_PURPOSE.search(name.upper()) is not None


# What a *_LLM name holds when it is a setting about the LLM, not its model: a switch, a number
# (ENABLE_SMART_LLM=true, MAX_TOKENS_LLM=4096), or a vendor's name (DEFAULT_LLM=groq: which
# provider, the model left to that client). No model ID is spelt so.
_LLM_SETTING = re.compile(r"(?i)true|false|yes|no|on|off|enabled?|disabled?|[0-9]+(?:\.[0-9]+)?")


def llm_setting(name: str, value: str | None) -> bool:
    """Whether `name`, read as a model only by the *_LLM family, holds a setting about the LLM
    (a switch, a number, a vendor's name) instead: no model for lint to judge or bind. So is
    chat-ui's TASK_MODEL holding a model's JSON5 (MODEL_CONFIGS), judged by its own check."""
    if model_config(name, value):
        return True
    v = (value or "").strip().strip("\"'")
    if not v or (_LLM_SETTING.fullmatch(v) is None and v.upper() not in _VENDOR_WORDS):
        return False  # (the value first: most are models or no switch, and lookups cost)
    row = lookup(name)
    return row is not None and row.name == "*_LLM"


# Words that make a name an LLM client's setting (APP_LLM_BASE_URL, MY_OPENAI_API_BASE), not a
# web app's own (NEXT_PUBLIC_API_URL=/api): its value is judged as an LLM API's URL.
LLM_WORDS: Final = frozenset({*(p.slug.upper().replace("-", "_") for p in
                                providers.PROVIDERS.values()),
                              "OPENAI", "LLM", "AI", "GPT", "MODEL", "ANTHROPIC", "CLAUDE",
                              "GEMINI", "CLOUDFLARE", "GATEWAY"})


# Other LLM services' words (chat-ui's HF_TOKEN is its Hugging Face inference token, LangChain
# reads HUGGINGFACEHUB_API_TOKEN); not the clouds' (AWS_S3_BUCKET, GOOGLE_ANALYTICS_ID), nor
# LOCAL (USE_LOCAL_WEBSEARCH).
LLM_SERVICE_WORDS: Final = (providers.OTHER_SERVICE_WORDS - {"AWS", "AZURE", "GOOGLE", "LOCAL"}) \
    | {"HUGGINGFACEHUB"}


def names_llm(name: str) -> bool:
    """Whether one of a name's words is an LLM word (LLM_WORDS)."""
    return names_any(name, LLM_WORDS)


# Azure OpenAI's own settings under an app's names: its deployment (the model it serves), its
# API version and key (LiteLLM's AZURE_API_VERSION, AZURE_API_BASE, AZURE_API_KEY:
# https://docs.litellm.ai/docs/providers/azure); not AZURE_STORAGE_*.
_AZURE_LLM = re.compile(r"(?i)(?:^|_)AZURE_(?:[A-Z0-9]+_)*(?:API|DEPLOYMENT|ENGINE)(?:_|$)")


class Route(NamedTuple):
    """A LiteLLM provider prefix (`azure/<deployment>`) and the variables LiteLLM reads for
    that provider instead of OPENAI_API_KEY: its credentials or its server's address."""

    prefix: str
    vendor: str
    names: tuple[str, ...]
    source: str


_LITELLM_DOCS = "https://docs.litellm.ai/docs/providers/"
# LiteLLM sends `prefix/model` to that provider with these (get_llm_provider; each provider's
# page). Prefixes of a provider row of this tool (groq/, deepseek/, openrouter/, ...) are that
# row's key_var (lint/models.py split_route): only the others, and those whose variables differ
# from the row's (vertex_ai/ is Google's, but not the Gemini API's key), are listed.
LITELLM_ROUTES: Final[dict[str, Route]] = {r.prefix: r for r in (
    Route("azure", "Azure OpenAI", ("AZURE_API_KEY", "AZURE_OPENAI_API_KEY", "AZURE_API_BASE",
                                    "AZURE_AD_TOKEN"), _LITELLM_DOCS + "azure"),
    Route("azure_ai", "Azure AI Foundry", ("AZURE_AI_API_KEY", "AZURE_AI_API_BASE"),
          _LITELLM_DOCS + "azure_ai"),
    Route("bedrock", "AWS Bedrock", ("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY",
                                     "AWS_REGION_NAME", "AWS_REGION", "AWS_PROFILE",
                                     "AWS_BEARER_TOKEN_BEDROCK"), _LITELLM_DOCS + "bedrock"),
    Route("ollama", "Ollama", ("OLLAMA_API_BASE",), _LITELLM_DOCS + "ollama"),
    Route("ollama_chat", "Ollama", ("OLLAMA_API_BASE",), _LITELLM_DOCS + "ollama"),
    Route("vertex_ai", "Vertex AI", ("VERTEXAI_PROJECT", "VERTEX_PROJECT",
                                     "VERTEXAI_CREDENTIALS", "GOOGLE_APPLICATION_CREDENTIALS"),
          _LITELLM_DOCS + "vertex"),
    # the Gemini API's key under either name (LiteLLM's gemini/ reads GOOGLE_API_KEY first)
    Route("gemini", "the Gemini API", ("GEMINI_API_KEY", "GOOGLE_API_KEY"),
          _LITELLM_DOCS + "gemini"),
)}


def llm_service_name(name: str) -> bool:
    """Whether a name says it is an LLM client's setting by its words: an LLM word, another LLM
    service's word (TOGETHER_API_KEY, HF_TOKEN) or Azure OpenAI's settings (AZURE_API_BASE)."""
    return names_llm(name) or names_any(name, LLM_SERVICE_WORDS) or \
        _AZURE_LLM.search(name) is not None


def names_any(name: str, words: frozenset[str]) -> bool:
    """Whether one of `words` is one or more whole words of `name`: the name's words as a set,
    a substring search only for those of several words (WORKERS_AI). Runs for every name of
    a file, against every vendor's word."""
    return not words.isdisjoint(name.upper().split("_")) or any(
        names_word(name, w) for w in words if "_" in w)


def names_word(name: str, word: str) -> bool:
    """Whether `word` (GROQ, WORKERS_AI) is one or more whole words of `name`."""
    return f"_{word}_" in f"_{name.upper()}_"


_URL_SUFFIX = re.compile(r"(?i)(?:_API)?(?:_BASE)?_(?:URL|URI|PATH|HOST|ENDPOINT)$|_API_BASE$")
_MODEL_SUFFIX = re.compile(r"(?i)(?:_API)?_(?:MODEL(?:_NAME|_ID)?|LLM)$")


@functools.lru_cache(maxsize=4096)
def stem(name: str) -> str:
    """A URL's or a model's name without the words that say which: what ties one client's two
    settings (DEEPSEEK_URL and DEEPSEEK_MODEL, NEXT_PUBLIC_DEFAULT_API_URL and
    NEXT_PUBLIC_DEFAULT_MODEL: DEEPSEEK, NEXT_PUBLIC_DEFAULT), and not an app's prefix on all
    of its settings (CODER_INFERENCE_GATEWAY_URL, CODER_AGENT_MODEL)."""
    up = name.upper()
    return _MODEL_SUFFIX.sub("", _URL_SUFFIX.sub("", up))


@functools.lru_cache(maxsize=4096)
def head(name: str) -> str:
    """A name's first word after any framework prefix: the word that ties one client's
    settings together (DEEPSEEK_MODEL with DEEPSEEK_BASE_URL; NEXT_PUBLIC_CUSTOM_MODEL with
    NEXT_PUBLIC_CUSTOM_API_URL, not with every other NEXT_PUBLIC_ name)."""
    up = name.upper()
    for prefix, _source in FRAMEWORK_PREFIXES:
        if up.startswith(prefix) and len(up) > len(prefix):
            up = up[len(prefix):]
            break
    words = up.split("_")
    # An app's own word before a vendor's (APP_DEEPSEEK_BASE_URL, CUSTOM_OPENAI_MODEL): the two
    # words tie one client's settings. Not the vendor's alone: an app's prefix may be on all
    # its names (APP_DEEPSEEK_MODEL is not APP_OPENAI_BASE_URL's), or on one client's only
    # (CUSTOM_OPENAI_BASE_URL beside the OpenAI SDK's own OPENAI_MODEL is another client's).
    if len(words) > 2 and words[0] not in _VENDOR_WORDS and words[1] in _VENDOR_WORDS:
        return f"{words[0]}_{words[1]}"
    return words[0]


def head_word(name: str) -> str:
    """The last word of head(name): the vendor's under an app's word (ANTHROPIC for both
    APP_ANTHROPIC_MODEL and ANTHROPIC_MODEL), where what matters is whose the name is, not
    which of the app's clients."""
    return head(name).rpartition("_")[2]


# Words that name a vendor or a model server in variable names (GROQ, DEEPSEEK, OLLAMA, ...).
_VENDOR_WORDS: Final = frozenset({
    *(p.slug.upper() for p in providers.PROVIDERS.values() if "-" not in p.slug),
    "OPENAI", *providers.OTHER_SERVICE_WORDS, *providers.OTHER_BRAND_WORDS} - {"LOCAL"})


@functools.lru_cache(maxsize=16384)  # a file holds up to 10,000 names, each looked up often
def lookup(name: str) -> Name | None:
    """The row for `name`: an exact name (any case: `openai_base_url` is still spelt for the
    OpenAI SDK, whose reader SW109 says is case-sensitive), then a family; None if neither."""
    row = BY_NAME.get(name) or BY_NAME.get(name.upper())
    if row is not None:
        return row
    return next((p for p in PATTERNS if p.matches(name)), None)
