"""Providers as data: one row per provider, each fact with its public source.

Nothing here is decided by code paths; the wizard, the linter and the probe read these rows.
Where the public material could not confirm a fact the row says so in `unconfirmed`, and the
linter accepts every documented variant instead of guessing (see `gateway_suffixes`).

Each row's model catalog carries the date it was last compared with the provider's public
docs (`catalog_checked`); the model tables themselves are in `model_facts`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Final, NamedTuple
from urllib.parse import urlsplit

from setup_wizard.config import model_facts
from setup_wizard.config.model_facts import (
    CF_DOCS,
    GROQ_DEPRECATIONS,
    STATUSES,
    ModelNote,
    RetiredModel,
)

__all__ = ["CF_DOCS", "GROQ_DEPRECATIONS", "STATUSES", "ModelNote", "Provider", "RetiredModel"]


@dataclass(frozen=True)
class Provider:
    slug: str  # the gateway URL segment: .../{gateway_id}/{slug}
    name: str
    origin: str  # who answers errors, in the classifier's origin vocabulary
    direct_base_url: str  # what an OpenAI-SDK base_url is without the gateway
    # Path after the slug that an OpenAI-SDK base_url needs (the SDK appends /chat/completions).
    # The first entry is what we write; every entry is accepted by lint (UNCONFIRMED cases).
    gateway_suffixes: tuple[str, ...]
    compat_prefix: str | None  # model prefix on /compat; None: not a compat provider
    key_var: str
    key_pattern: str | None  # full-match regex of a real key; None: shape not public
    key_shape: str  # the shape in words, for messages
    models: tuple[str, ...]  # offered by the wizard, first is the default
    modes: tuple[str, ...] = ("gateway-stored-key", "gateway-request-key", "direct")
    known_models: tuple[str, ...] = ()  # valid chat models, not offered (preview, enterprise)
    retired: tuple[RetiredModel, ...] = ()
    sources: tuple[str, ...] = ()
    unconfirmed: str | None = None
    catalog_checked: str = ""  # ISO date the model rows were last checked (must be set)
    deprecated: tuple[RetiredModel, ...] = ()  # still served, shutdown announced
    model_notes: tuple[ModelNote, ...] = ()
    # Served, but not a chat model (speech, safety classifiers): never offered or suggested.
    not_for_chat: tuple[str, ...] = ()
    # The model lists are the provider's whole catalog: an ID outside them is worth a warning.
    complete_catalog: bool = False
    # The base URL of the provider's Anthropic-format API on the same host, for clients that
    # speak Anthropic's Messages API (ANTHROPIC_BASE_URL, Claude Code); None: none documented.
    anthropic_base_url: str | None = None
    # A router: it serves other vendors' vendor/model IDs (OpenRouter's openai/gpt-oss-20b),
    # so serving a model says nothing about where the model belongs.
    router: bool = False
    # Hosts other vendors' models under their own bare names (DashScope's deepseek-*, kimi-*):
    # another vendor's ID sent there is not said to be unserved.
    hosts_others: bool = False
    # Its bare IDs are served elsewhere under the same names (Moonshot's kimi-k2.5 on
    # DashScope): with no base URL in a file, its retirements are said only under its own name.
    names_shared: bool = False
    # A router's vendors whose own API names it uses as they are (OpenRouter's openai/o3-mini
    # is OpenAI's o3-mini); its other vendors' names are its own (deepseek/deepseek-chat on
    # OpenRouter is not DeepSeek's retired API alias), so their retirements say nothing there.
    verbatim_vendors: tuple[str, ...] = ()
    # A router's vendors whose IDs it respells: the vendor's own ID with dots for the version's
    # dashes and no snapshot date (OpenRouter's anthropic/claude-3.5-sonnet stands for
    # Anthropic's claude-3-5-sonnet-20240620 and -20241022), so it is gone when every snapshot
    # it stands for is.
    respelled_vendors: tuple[str, ...] = ()
    # Suffixes a router accepts after any model ID (OpenRouter's :free, :nitro): the model is
    # the ID before the suffix.
    variant_suffixes: tuple[str, ...] = ()
    # Model-ID namespaces only this provider serves (Workers AI's @cf/ and @hf/): such an ID
    # is this provider's wherever a file sends it.
    own_namespaces: tuple[str, ...] = ()
    # Other base URLs the provider documents as equal to direct_base_url (DeepSeek's /v1).
    direct_alternatives: tuple[str, ...] = ()
    # The provider's own (not OpenAI-style) API base that a native client puts the model right
    # after (Workers AI's .../ai/run: POST .../ai/run/@cf/<model>), and the same base through
    # the gateway as the path after the slug ("": .../workers-ai, which /{model_id} follows).
    # Right for an app's own client, which completes it; an OpenAI SDK posts
    # .../chat/completions there, a route the provider does not serve. None: none known.
    native_base_url: str | None = None
    native_gateway_suffix: str | None = None
    # The form every model ID of this provider has (a full-match regex), in words.
    model_form: str | None = None
    model_form_words: str = ""
    _retired_index: dict[str, RetiredModel] = field(default_factory=dict, repr=False, compare=False)

    def __post_init__(self) -> None:
        # Model IDs are lower case; "Llama3-70b-8192" is still the retired llama3-70b-8192.
        self._retired_index.update({r.id.lower(): r for r in self.retired})

    @property
    def default_model(self) -> str:
        return self.models[0]

    @property
    def gateway_suffix(self) -> str:
        return self.gateway_suffixes[0]

    def retired_model(self, model: str) -> RetiredModel | None:
        return self._retired_index.get(model.lower())

    def deprecation(self, model: str) -> RetiredModel | None:
        return next((d for d in self.deprecated if d.id == model), None)

    def note_for(self, model: str) -> ModelNote | None:
        return next((n for n in self.model_notes if n.id == model), None)

    def owns_id(self, model: str) -> bool:
        """The id is in a namespace only this provider serves (Workers AI's @cf/...)."""
        return bool(self.own_namespaces) and model.startswith(self.own_namespaces)

    def knows_model(self, model: str) -> bool:
        """A chat model this catalog knows as served (current, preview, unconfirmed, deprecated)."""
        return (model in self.models or model in self.known_models
                or self.deprecation(model) is not None)

    def status(self, model: str) -> str:
        """The model's status in this catalog (see STATUSES)."""
        if self.retired_model(model):
            return "retired"
        if self.deprecation(model):
            return "deprecated"
        note = self.note_for(model)
        if note:
            return note.status
        if self.knows_model(model) or model in self.not_for_chat:
            return "current"
        return "unknown"

    def key_matches(self, key: str) -> bool:
        return self.key_pattern is None or re.fullmatch(self.key_pattern, key) is not None


PROVIDERS: dict[str, Provider] = {
    p.slug: p
    for p in (
        Provider(
            slug="groq",
            name="Groq",
            origin="groq",
            direct_base_url="https://api.groq.com/openai/v1",
            gateway_suffixes=("",),
            compat_prefix="groq",
            key_var="GROQ_API_KEY",
            # Not documented by Groq; secret scanners that validate against the live API agree:
            # https://github.com/betterleaks/betterleaks/blob/HEAD/cmd/generate/config/rules/groq.go
            key_pattern=r"gsk_[A-Za-z0-9]{52}",
            key_shape="gsk_ followed by 52 letters and digits (56 characters)",
            # Only production models are offered without a live list; disputed ones are known
            # (accepted) but never recommended.
            models=("openai/gpt-oss-20b", "openai/gpt-oss-120b"),
            known_models=("qwen/qwen3.8-27b", "minimaxai/minimax-m2.7", "allam-2-7b",
                          "qwen/qwen3.6-27b", "groq/compound", "groq/compound-mini"),
            retired=model_facts.GROQ_RETIRED,
            catalog_checked=model_facts.CATALOG_CHECKED,
            model_notes=model_facts.GROQ_NOTES,
            not_for_chat=("whisper-large-v3", "whisper-large-v3-turbo",
                          "openai/gpt-oss-safeguard-20b", "meta-llama/llama-prompt-guard-2-22m",
                          "meta-llama/llama-prompt-guard-2-86m"),
            complete_catalog=True,
            sources=(
                model_facts.GROQ_MODELS,
                GROQ_DEPRECATIONS,
                f"{CF_DOCS}/2f37a1f8148869e39c71b0a9bd69a8449bea827b/src/content/docs/ai-gateway/usage/providers/groq.mdx",
            ),
        ),
        Provider(
            slug="openai",
            name="OpenAI",
            origin="openai",
            direct_base_url="https://api.openai.com/v1",
            gateway_suffixes=("",),
            compat_prefix="openai",
            key_var="OPENAI_API_KEY",
            # Not Anthropic's sk-ant- nor OpenRouter's sk-or-v1- keys, which share the sk- start
            # (docs/sources.md#key-formats).
            key_pattern=r"sk-(?!ant-|or-v1-)[A-Za-z0-9_-]{20,}",
            key_shape="sk- (or sk-proj-) followed by letters, digits, - and _",
            # gpt-5-mini (the old default) shuts down on 2026-12-11; its documented
            # replacement leads. Chat Completions support of the 6.x models: a third party says so.
            models=("gpt-6.1-terra", "gpt-6.2-sol", "gpt-6-luna"),
            known_models=("gpt-6.2-astra",),
            catalog_checked=model_facts.CATALOG_CHECKED,
            deprecated=model_facts.OPENAI_DEPRECATED,
            retired=model_facts.OPENAI_RETIRED,
            sources=(
                "https://developers.openai.com/api/docs/models",
                model_facts.OPENAI_DEPRECATIONS,
                f"{CF_DOCS}/2f37a1f8148869e39c71b0a9bd69a8449bea827b/src/content/docs/ai-gateway/usage/providers/openai.mdx",
                f"{CF_DOCS}/0309c8bed23afe438f28fd5026b5a7999e653081/src/content/docs/ai-gateway/usage/chat-completion.mdx",
            ),
            unconfirmed="replacements named for models shut down in 2026 changed between "
            "versions of OpenAI's deprecations page",
        ),
        Provider(
            slug="mistral",
            name="Mistral",
            origin="mistral",
            direct_base_url="https://api.mistral.ai/v1",
            gateway_suffixes=("/v1",),
            compat_prefix="mistral",
            key_var="MISTRAL_API_KEY",
            key_pattern=None,
            key_shape="not documented",
            models=("mistral-large-latest", "mistral-small-latest"),  # aliases Mistral keeps
            retired=model_facts.MISTRAL_RETIRED,
            catalog_checked=model_facts.CATALOG_CHECKED,
            sources=(
                "https://docs.mistral.ai/resources/release-note/"
                "2024-02-26-mistral-large-and-mistral-small-api-endpoints",
                f"{CF_DOCS}/2474c4c7565394bf1f5fc259d817cf24cf759c25/src/content/docs/ai-gateway/usage/providers/mistral.mdx",
            ),
            unconfirmed="key shape not documented",
        ),
        Provider(
            slug="deepseek",
            name="DeepSeek",
            origin="unknown",  # no DeepSeek error shape in docs/sources.md
            direct_base_url="https://api.deepseek.com",
            gateway_suffixes=("",),
            compat_prefix="deepseek",
            key_var="DEEPSEEK_API_KEY",
            key_pattern=r"sk-[A-Za-z0-9]{20,}",
            key_shape="sk- followed by letters and digits",
            models=("deepseek-v4-flash", "deepseek-v4-pro"),
            # Its first-call page now names the flash model deepseek-flash; deepseek-v4-flash is
            # "still accepted" (https://api-docs.deepseek.com/news/news250602).
            known_models=("deepseek-flash",),
            # Its models page (quick_start/pricing) lists every model its API serves: two.
            complete_catalog=True,
            catalog_checked=model_facts.CATALOG_CHECKED,
            # Names retired on 2026-07-24 (doc); requests fail since (obs,
            # https://github.com/FlowiseAI/Flowise/issues/6667).
            retired=model_facts.DEEPSEEK_RETIRED,
            # "You may also use https://api.deepseek.com/v1 ... the v1 has nothing to do with the
            # model's version" (https://api-docs.deepseek.com/zh-cn/).
            direct_alternatives=("https://api.deepseek.com/v1",),
            anthropic_base_url="https://api.deepseek.com/anthropic",
            sources=(
                model_facts.DEEPSEEK_FIRST_CALL,
                "https://api-docs.deepseek.com/guides/anthropic_api/",
                f"{CF_DOCS}/2f37a1f8148869e39c71b0a9bd69a8449bea827b/src/content/docs/ai-gateway/usage/providers/deepseek.mdx",
                "https://api-docs.deepseek.com/zh-cn/",
                "https://api-docs.deepseek.com/quick_start/pricing",  # every model it serves
            ),
        ),
        Provider(
            slug="cerebras",
            name="Cerebras",
            origin="unknown",
            direct_base_url="https://api.cerebras.ai/v1",
            gateway_suffixes=("",),
            compat_prefix="cerebras",
            key_var="CEREBRAS_API_KEY",
            key_pattern=None,
            key_shape="not documented",
            models=("gpt-oss-120b",),
            catalog_checked=model_facts.CATALOG_CHECKED,
            retired=model_facts.CEREBRAS_RETIRED,
            sources=(
                "https://inference-docs.cerebras.ai/models/overview",
                model_facts.CEREBRAS_DEPRECATIONS,
                f"{CF_DOCS}/20a026aeb4abfa43b22cc96fbc39faa8ad83c75f/src/content/docs/ai-gateway/usage/providers/cerebras.mdx",
            ),
            unconfirmed="direct base URL implied; the dates are those of Cerebras's "
            "deprecation notes",
        ),
        Provider(
            slug="grok",
            name="xAI (Grok)",
            origin="unknown",
            direct_base_url="https://api.x.ai/v1",
            # The page's curl uses /grok/v1/chat/completions, its text says /grok replaces
            # https://api.x.ai/v1. UNCONFIRMED which is right: lint accepts both.
            gateway_suffixes=("/v1", ""),
            compat_prefix="grok",  # not "xai/": https://github.com/anomalyco/opencode/issues/44827
            key_var="XAI_API_KEY",
            key_pattern=r"xai-[A-Za-z0-9]{20,}",
            key_shape="xai- followed by letters and digits",
            models=("grok-4.3", "grok-4.20-non-reasoning"),
            known_models=("grok-4.20-reasoning", "grok-4"),
            catalog_checked=model_facts.CATALOG_CHECKED,
            model_notes=model_facts.XAI_NOTES,
            retired=model_facts.XAI_RETIRED,
            sources=(
                model_facts.XAI_RETIREMENT,
                f"{CF_DOCS}/02480d07b30632afa494d4c7a3ca80ca7c45bb3b/src/content/docs/ai-gateway/usage/providers/grok.mdx",
            ),
            unconfirmed="gateway path (/grok/v1 or /grok) not confirmed",
        ),
        Provider(
            slug="workers-ai",
            name="Cloudflare Workers AI",
            origin="cloudflare-api",  # Workers AI answers with Cloudflare API v4 envelopes
            direct_base_url="https://api.cloudflare.com/client/v4/accounts/{account_id}/ai/v1",
            gateway_suffixes=("/v1",),
            compat_prefix="workers-ai",
            own_namespaces=("@cf/", "@hf/"),
            key_var="CLOUDFLARE_API_TOKEN",
            # cfut_/cfat_ + 40 characters + a checksum since 2026; older tokens are 40 bare.
            key_pattern=r"cf[ua]t_[A-Za-z0-9_-]{41,}|(?!cf[ua]t_)[A-Za-z0-9_-]{40}",
            key_shape="a Cloudflare API token with Workers AI Read (cfut_/cfat_ + 40 "
                      "characters and a checksum, or 40 characters for older tokens)",
            models=("@cf/meta/llama-3.3-70b-instruct-fp8-fast",
                    "@cf/meta/llama-3.1-8b-instruct-fast"),
            known_models=("@cf/openai/gpt-oss-120b", "@cf/openai/gpt-oss-20b",
                          "@cf/zai-org/glm-4.7-flash", "@cf/google/gemma-4-26b-a4b-it",
                          "@cf/moonshotai/kimi-k2.6"),
            catalog_checked=model_facts.CATALOG_CHECKED,
            retired=model_facts.WORKERS_AI_RETIRED,
            # No provider key can be stored for Workers AI: it is Cloudflare's own.
            modes=("gateway-request-key", "direct"),
            # Its REST API runs a model at .../ai/run/{model}; through the gateway
            # .../workers-ai/{model} replaces .../ai/run/{model} (workersai.mdx). LiteLLM's
            # own Workers AI client completes the same base (docs/sources.md#workers-ai-native).
            native_base_url="https://api.cloudflare.com/client/v4/accounts/{account_id}/ai/run",
            native_gateway_suffix="",
            sources=(
                f"{CF_DOCS}/0b2bb409a532bd442e5268b6e6dfd14de939b8db/src/content/docs/ai-gateway/usage/providers/workersai.mdx",
                "https://developers.cloudflare.com/workers-ai/get-started/rest-api/",
                model_facts.WORKERS_AI_DEPRECATIONS,
                "https://developers.cloudflare.com/fundamentals/api/get-started/token-formats",
            ),
            unconfirmed="direct OpenAI-compatible base URL inferred from the gateway's "
            "replacement rule",
        ),
        Provider(
            slug="openrouter",
            name="OpenRouter",
            origin="openrouter",
            direct_base_url="https://openrouter.ai/api/v1",
            # Page text: /openrouter/chat/completions; its curl: /openrouter/v1/chat/completions.
            gateway_suffixes=("", "/v1"),
            compat_prefix=None,  # not among the compat providers
            router=True,
            # Its google/ names are the Gemini API's own (google/gemini-2.5-flash); its
            # anthropic/ names are Anthropic's respelled (anthropic/claude-3.5-sonnet: a
            # client's list of OpenRouter IDs, https://docs.boundaryml.com/ref/llm-client-providers/openrouter).
            verbatim_vendors=("openai", "google"),
            respelled_vendors=("anthropic",),
            # Its model variants: catalog ones (:free, :batch, :thinking, :extended) and routing
            # ones (:nitro, :floor, :exacto; :online deprecated),
            # https://openrouter.ai/docs/guides/routing/model-variants/overview.
            variant_suffixes=("free", "batch", "thinking", "extended", "nitro", "floor",
                              "exacto", "online"),
            # Its Claude Code guide's ANTHROPIC_BASE_URL (secondary source, below).
            anthropic_base_url="https://openrouter.ai/api",
            key_var="OPENROUTER_API_KEY",
            key_pattern=r"sk-or-v1-[0-9a-f]{64}",
            key_shape="sk-or-v1- followed by 64 hex digits",
            models=("openai/gpt-oss-20b", "openai/gpt-oss-120b"),
            catalog_checked=model_facts.CATALOG_CHECKED,
            # Every ID in OpenRouter's catalog is vendor/model (a ~ alias: ~vendor/model);
            # a bare one is not found (obs, https://github.com/danielmiessler/Fabric/issues/958;
            # UNCONFIRMED for every bare ID, hence a warning).
            model_form=r"~?[A-Za-z0-9._-]+/[^/\s].*",
            model_form_words="vendor/model (openai/gpt-4o, google/gemini-flash-1.5)",
            sources=(
                "https://openrouter.ai/openai/gpt-oss-20b",
                f"{CF_DOCS}/2f37a1f8148869e39c71b0a9bd69a8449bea827b/src/content/docs/ai-gateway/usage/providers/openrouter.mdx",
                "https://openrouter.ai/docs/api/reference/errors-and-debugging",
                "https://www.developersdigest.tech/setup/openrouter/claude-code",
            ),
            unconfirmed="gateway path (/openrouter or /openrouter/v1) not confirmed",
        ),
    )
}

# Vendors this tool sends no requests to (no wizard choice, probe or emulator), whose
# retirements lint still knows: a model they shut down fails wherever a file sends it to them.
# Kept out of PROVIDERS so nothing offers, routes to or probes them.
CATALOG_ONLY: dict[str, Provider] = {
    p.slug: p
    for p in (
        Provider(
            slug="anthropic",
            name="Anthropic",
            origin="anthropic",
            direct_base_url="https://api.anthropic.com/v1",
            gateway_suffixes=("",),
            compat_prefix="anthropic",
            # Its own SDK's default; the SDK reads ANTHROPIC_BASE_URL and appends /v1/messages.
            anthropic_base_url="https://api.anthropic.com",
            key_var="ANTHROPIC_API_KEY",
            key_pattern=r"sk-ant-[A-Za-z0-9_-]{20,}",
            key_shape="sk-ant- followed by letters, digits, - and _",
            # The replacements the deprecations page names, still served (legacy) on 2026-11-28;
            # every other ID and alias Anthropic serves is known (ANTHROPIC_SERVED).
            models=("claude-sonnet-4-6", "claude-opus-4-8", "claude-haiku-4-5-20251001"),
            known_models=tuple(m for m, _src in model_facts.ANTHROPIC_SERVED
                               if m not in ("claude-sonnet-4-6", "claude-opus-4-8",
                                            "claude-haiku-4-5-20251001")),
            deprecated=model_facts.ANTHROPIC_DEPRECATED,
            retired=model_facts.ANTHROPIC_RETIRED,
            # Not complete as a row: another server may take Claude names (a relay, DeepSeek's
            # /anthropic, Bedrock's own IDs). Lint judges an unknown ID only where the request
            # certainly goes to Anthropic's own API (lint/models.py, claude_api_model).
            catalog_checked=model_facts.CATALOG_CHECKED,
            sources=(model_facts.ANTHROPIC_DEPRECATIONS,
                     model_facts.ANTHROPIC_DEPRECATIONS_COPY,
                     model_facts.ANTHROPIC_OVERVIEW_COPY,
                     model_facts.ANTHROPIC_RELEASE_NOTES),
        ),
        Provider(
            slug="google-ai-studio",  # the gateway's slug for the Gemini API
            name="Google",
            origin="google",
            # The Gemini API's OpenAI-compatible base URL.
            direct_base_url="https://generativelanguage.googleapis.com/v1beta/openai",
            gateway_suffixes=("",),
            compat_prefix="google-ai-studio",
            key_var="GEMINI_API_KEY",
            key_pattern=r"AIza[0-9A-Za-z_-]{35}",
            key_shape="AIza followed by 35 letters, digits, - and _",
            models=("gemini-3.1-flash-lite",),  # the notice's replacement
            retired=model_facts.GOOGLE_RETIRED,
            catalog_checked="2026-06-18",  # the notice's page, as we read it
            sources=(model_facts.GEMINI_2_0_SHUTDOWN,
                     "https://ai.google.dev/gemini-api/docs/openai"),
        ),
        Provider(
            slug="moonshot",  # no gateway route: a catalog for its own API's hosts only
            name="Moonshot (Kimi)",
            origin="unknown",
            names_shared=True,
            direct_base_url="https://api.moonshot.ai/v1",
            direct_alternatives=("https://api.moonshot.cn/v1",),  # its China platform
            gateway_suffixes=(),
            compat_prefix=None,
            key_var="MOONSHOT_API_KEY",
            key_pattern=None,  # sk- like OpenAI's: its shape tells no one apart
            key_shape="sk- followed by letters and digits",
            # Its /models on 2026-09-02 (https://github.com/diillson/chatcli/issues/1344).
            models=("kimi-k3", "kimi-k2.6"),
            known_models=("kimi-k2.7-code", "kimi-k2.7-code-highspeed"),
            retired=model_facts.MOONSHOT_RETIRED,
            catalog_checked="2026-09-13",  # the newest notice we read
            sources=(model_facts.MOONSHOT_MODELS_PAGE, model_facts.MOONSHOT_2026_08,
                     model_facts.MOONSHOT_2026_05),
        ),
        Provider(
            slug="dashscope",  # no gateway route: a catalog for its own API's hosts only
            name="Alibaba Model Studio (DashScope)",
            origin="unknown",
            names_shared=True,  # (its US region keeps its own schedule)
            hosts_others=True,
            direct_base_url="https://dashscope.aliyuncs.com/compatible-mode/v1",
            # Beijing's and Singapore's: the regions its notices speak for (not the US one).
            direct_alternatives=("https://dashscope-intl.aliyuncs.com/compatible-mode/v1",),
            gateway_suffixes=(),
            compat_prefix=None,
            key_var="DASHSCOPE_API_KEY",
            key_pattern=None,  # sk- like OpenAI's
            key_shape="sk- followed by letters and digits",
            # Its flagship on its model page (https://help.aliyun.com/zh/model-studio/models).
            models=("qwen3.7-max",),
            retired=model_facts.DASHSCOPE_RETIRED,
            catalog_checked="2026-10-13",  # the newest page we read
            sources=(model_facts.DASHSCOPE_NOTICE_2026_10,
                     "https://help.aliyun.com/zh/model-studio/models"),
        ),
    )
}

# Compat prefixes people write that the gateway does not know, with what they meant.
COMPAT_PREFIX_ALIASES: dict[str, str] = {
    "xai": "grok",  # https://github.com/anomalyco/opencode/issues/44827 (2008 Invalid provider)
    "perplexity-ai": "perplexity",  # URL slug differs from compat prefix (perplexity.mdx)
    "@cf": "workers-ai/@cf",  # DevoxxGenie #1210/#1254: 2008
}
# Compat prefixes the gateway lists that this tool does not set up but must not call unknown.
OTHER_COMPAT_PREFIXES: frozenset[str] = frozenset({
    "anthropic", "cohere", "perplexity", "google-ai-studio", "google-vertex-ai", "baseten",
    "parallel", "dynamic",
})
# Gateway slugs that exist but that this tool does not write (so lint does not call them typos).
OTHER_GATEWAY_SLUGS: frozenset[str] = frozenset({
    "anthropic", "google-ai-studio", "google-vertex-ai", "perplexity-ai", "azure-openai",
    "aws-bedrock", "cohere", "huggingface", "replicate", "cartesia", "elevenlabs", "deepgram",
    "baseten", "fal", "ideogram", "parallel", "compat",
})
# A custom provider (an account's own, any HTTPS API): its slug, "alphanumeric with hyphens",
# written with custom- in front, as the URL's provider segment
# (.../{account_id}/{gateway_id}/custom-{slug}/{provider path}) and as a compat model's prefix
# (custom-{slug}/{model}). Its models and keys are that provider's: not judged here.
# docs/sources.md#custom-providers
CUSTOM_PROVIDER_SLUG: Final = re.compile(r"custom-[a-z0-9-]+")
CUSTOM_PROVIDERS_DOC: Final = (
    "https://github.com/cloudflare/cloudflare-docs/blob/60016a8d3fbbeeedb34f6e3ba789d8aecb969a83/"
    "src/content/docs/ai-gateway/configuration/custom-providers.mdx")


def is_custom_provider(slug: str | None) -> bool:
    """`slug` names an account's custom provider (custom-some-provider)."""
    return bool(slug) and CUSTOM_PROVIDER_SLUG.fullmatch(slug or "") is not None


class OpenAIBase(NamedTuple):
    """An OpenAI-compatible vendor this tool sends nothing to, as its own docs give the base
    URL for the OpenAI SDK: a base URL on one of its hosts with another path is a request to
    a path the vendor does not serve (docs/sources.md#openai-bases)."""

    vendor: str
    hosts: tuple[str, ...]
    # Every base path the vendor's docs give the OpenAI SDK (first: the one a fix writes).
    paths: tuple[str, ...]
    source: str
    # Paths of the vendor's native API on the same hosts, each with what lies under it
    # (DashScope's /api/v1; "" is the bare host, Cohere's own SDK's): right for the vendor's
    # own client, which an app's own name may hold; wrong for an OpenAI-style client.
    native: tuple[str, ...] = ()
    native_source: str = ""

    def serves(self, path: str) -> bool:
        """Whether `path` (no trailing slash) is one of the OpenAI-compatible bases."""
        return path in self.paths

    def native_api(self, path: str) -> bool:
        """Whether `path` (no trailing slash) is the native API's base or under it."""
        return any(path == n or (n and path.startswith(n + "/")) for n in self.native)


_ZHIPU_CODING = ("https://raw.githubusercontent.com/Agents365-ai/dsclaude/main/glmclaude "
                 "(the coding plan's /api/coding/paas/v4)")
# One row per vendor, each from the vendor's own docs page (or its own SDK) that gives the base
# for the OpenAI SDK. Vendors left out, and why: docs/sources.md#openai-bases.
OPENAI_BASES: Final[tuple[OpenAIBase, ...]] = (
    OpenAIBase("Together AI", ("api.together.ai", "api.together.xyz"), ("/v1",),
               "https://docs.together.ai/docs/inference/openai-compatibility (api.together.ai); "
               "https://github.com/togethercomputer/together-python/blob/"
               "2f9fca74242da0e8c7e94ebd785eacc94608d046/src/together/constants.py "
               "(its SDK's api.together.xyz/v1)"),
    OpenAIBase("Fireworks AI", ("api.fireworks.ai",), ("/inference/v1",),
               "https://docs.fireworks.ai/tools-sdks/openai-compatibility"),
    OpenAIBase("DeepInfra", ("api.deepinfra.com",), ("/v1/openai",),
               "https://deepinfra.com/docs/advanced/openai_api",
               native=("/v1/inference",),
               native_source="https://deepinfra.com/blog/getting-started"),
    OpenAIBase("Alibaba Cloud Model Studio (DashScope)",
               ("dashscope.aliyuncs.com", "dashscope-intl.aliyuncs.com",
                "dashscope-us.aliyuncs.com", "cn-hongkong.dashscope.aliyuncs.com"),
               ("/compatible-mode/v1",), "https://help.aliyun.com/model-studio/base-url",
               native=("/api/v1",), native_source="https://help.aliyun.com/model-studio/base-url"),
    OpenAIBase("SiliconFlow", ("api.siliconflow.cn", "api.siliconflow.com"), ("/v1",),
               "https://docs.siliconflow.cn/docs/userguide/quickstart; "
               "https://www.siliconflow.com/blog/openai-sdk-siliconflow-compatibility-checks"),
    OpenAIBase("Moonshot (Kimi)", ("api.moonshot.ai", "api.moonshot.cn"), ("/v1",),
               "https://platform.moonshot.ai/docs/api/chat.en-US; "
               "https://platform.kimi.com/docs/api/overview (api.moonshot.cn)"),
    OpenAIBase("NVIDIA NIM", ("integrate.api.nvidia.com",), ("/v1",),
               "https://build.nvidia.com/ (the API Catalog's docs: its base URL for OpenAI SDKs)"),
    OpenAIBase("SambaNova", ("api.sambanova.ai",), ("/v1",),
               "https://docs.sambanova.ai/docs/en/get-started/api-keys-urls"),
    OpenAIBase("Zhipu", ("open.bigmodel.cn",), ("/api/paas/v4", "/api/coding/paas/v4"),
               "https://docs.bigmodel.cn/cn/guide/platform/model-migration; " + _ZHIPU_CODING),
    OpenAIBase("Z.ai", ("api.z.ai",), ("/api/paas/v4", "/api/coding/paas/v4"),
               "https://docs.z.ai/guides/develop/openai/python; " + _ZHIPU_CODING),
    # Its docs give /v3/openai; its newer integrations (Pipecat's, crewAI's) use /openai and
    # /openai/v1: accepted too, never flagged (UNCONFIRMED on the vendor's own page).
    OpenAIBase("Novita AI", ("api.novita.ai",), ("/v3/openai", "/openai/v1", "/openai"),
               "https://novita.ai/docs/guides/llm-api"),
    OpenAIBase("Cohere", ("api.cohere.ai",), ("/compatibility/v1",),
               "https://docs.cohere.com/docs/compatibility-api",
               native=("", "/v1", "/v2"),
               native_source="https://docs.cohere.com/reference/chat (its own Chat API, "
                             "/v2/chat and /v1/chat)"),
    # Sonar (Chat Completions) at the bare host; the Agent API's OpenAI SDK base is /v1.
    OpenAIBase("Perplexity", ("api.perplexity.ai",), ("", "/v1"),
               "https://docs.perplexity.ai/docs/sonar/openai-compatibility; "
               "https://docs.perplexity.ai/docs/grounded-llm/openai-compatibility"),
    OpenAIBase("Nebius Token Factory", ("api.tokenfactory.nebius.com",), ("/v1",),
               "https://docs.tokenfactory.nebius.com/api-reference/introduction"),
    OpenAIBase("Baidu Qianfan", ("qianfan.baidubce.com",), ("/v2",),
               "https://cloud.baidu.com/doc/qianfan-docs/s/1m9l6eex1"),
    OpenAIBase("Volcengine Ark", ("ark.cn-beijing.volces.com",),
               ("/api/v3", "/api/v3/bots", "/api/coding/v3"),
               "https://www.volcengine.com/docs/82379/1298459; "
               "https://www.volcengine.com/article/37839 (the Coding Plan's /api/coding/v3)"),
    OpenAIBase("MiniMax", ("api.minimax.io", "api.minimaxi.com"), ("/v1",),
               "https://platform.minimax.io/docs/api-reference/text-openai-api; "
               "https://platform.minimaxi.com/docs/api-reference/text-openai-api"),
    OpenAIBase("Baseten", ("inference.baseten.co",), ("/v1",),
               "https://docs.baseten.co/reference/inference-api/chat-completions"),
)
OPENAI_BASE_BY_HOST: Final[dict[str, OpenAIBase]] = {
    host: row for row in OPENAI_BASES for host in row.hosts}

# Real API hosts of vendors this tool does not set up (host -> their docs): another service,
# never a typo to correct (api.z.ai sits one letter from api.x.ai), and one with model names of
# its own (SiliconFlow's deepseek-ai/DeepSeek-R1), not judged against a provider's catalog.
# The vendors above, whose base lint checks, and none besides.
OTHER_API_HOSTS: dict[str, str] = {host: row.source for host, row in OPENAI_BASE_BY_HOST.items()}


# An Azure OpenAI (or Foundry) resource's own host. Its OpenAI-compatible base, for the
# OpenAI SDK's base_url, is https://{resource}.openai.azure.com/openai/v1/ (the v1 API, since
# August 2025: https://learn.microsoft.com/en-us/azure/ai-foundry/openai/api-version-lifecycle);
# the root alone is what the Azure-specific clients take as their endpoint.
AZURE_OPENAI_HOST: Final = re.compile(
    r"[a-z0-9][a-z0-9-]*\.(?:openai\.azure\.com|cognitiveservices\.azure\.com|"
    r"services\.ai\.azure\.com)")


class NativeBase(NamedTuple):
    """A vendor's native API base on a host that also serves an OpenAI-compatible one: an
    OpenAI-style client given the native base posts to a path the host does not serve."""

    vendor: str
    native_paths: tuple[str, ...]
    compatible_path: str
    source: str
    # The vendor SDK's own base-URL variable: it takes the bare host and puts the API version
    # in front of every path itself, so any path there is doubled.
    sdk_var: str = ""
    sdk: str = ""
    sdk_source: str = ""


NATIVE_BASES: dict[str, NativeBase] = {
    "generativelanguage.googleapis.com": NativeBase(
        # (the bare host is the google-genai SDK's own base: not judged)
        "the Gemini API", ("/v1", "/v1beta"), "/v1beta/openai",
        "https://ai.google.dev/gemini-api/docs/openai",
        "GOOGLE_GEMINI_BASE_URL", "the google-genai SDK",
        "https://github.com/googleapis/python-genai/blob/main/google/genai/_base_url.py"),
}


# Words that name another vendor or model family in variable names (GLM_BASE_URL is Z.ai's
# GLM models, not a misspelt LLM_BASE_URL): a name holding one is never a typo of ours
# (word -> the vendor's docs).
OTHER_BRAND_WORDS: dict[str, str] = {
    "GLM": "https://docs.z.ai/guides/develop/openai/python",
    "ZAI": "https://docs.z.ai/guides/develop/openai/python",
    "ZHIPU": "https://open.bigmodel.cn/dev/api",
    "QWEN": "https://www.alibabacloud.com/help/en/model-studio/",
    "KIMI": "https://platform.moonshot.ai/docs",
    "MOONSHOT": "https://platform.moonshot.ai/docs",
    "CLAUDE": "https://docs.claude.com/en/api/overview",
    "GEMINI": "https://ai.google.dev/gemini-api/docs",
    "LLAMA": "https://www.llama.com/docs/overview/",
    "COHERE": "https://docs.cohere.com/",
    "TOGETHER": "https://docs.together.ai/",
    "FIREWORKS": "https://docs.fireworks.ai/",
    "PERPLEXITY": "https://docs.perplexity.ai/",
    "AZURE": "https://learn.microsoft.com/en-us/azure/ai-foundry/openai/reference",
    "BEDROCK": "https://docs.aws.amazon.com/bedrock/",
    "VERTEX": "https://cloud.google.com/vertex-ai/generative-ai/docs",
}


# Names led by (or holding) another service's name (OLLAMA_MODEL, AZURE_DEPLOYMENT_MODEL,
# ENSIA_GEMINI_MODEL): a model for a different client than the base URL's, so a Groq base URL
# or key says nothing about it.
OTHER_SERVICE_WORDS: frozenset[str] = frozenset({
    "OLLAMA", "LMSTUDIO", "AZURE", "ANTHROPIC", "CLAUDE", "GEMINI", "GOOGLE", "VERTEX", "HF",
    "HUGGINGFACE", "COHERE", "TOGETHER", "FIREWORKS", "BEDROCK", "AWS", "LOCAL", "LLAMACPP",
    "VLLM", "REPLICATE", "PERPLEXITY", "DEEPINFRA", "NVIDIA",
})


# The words of those that name a model server the user runs: its address is that server's,
# never the hosted provider's base URL the file's other settings go with.
LOCAL_SERVER_WORDS: frozenset[str] = frozenset({"OLLAMA", "LMSTUDIO", "LLAMACPP", "VLLM",
                                                "LOCAL"})


# The key a local model server's docs give the OpenAI SDK (which needs one; the server ignores
# it): value -> (the server's word in a variable's name, source).
LOCAL_SERVER_KEYS: dict[str, tuple[str, str]] = {
    "ollama": ("OLLAMA", "https://docs.ollama.com/api/openai-compatibility"),
}


class PortNative(NamedTuple):
    """A model server known by its default port, whose native API sits under a path prefix
    beside its OpenAI-compatible one (Ollama: /api beside /v1)."""

    vendor: str
    port: int
    native_prefix: str
    compatible_path: str
    source: str

    def native(self, port: int | None, path: str) -> bool:
        """Whether a URL's port and path are this server's native API (…:11434/api/…)."""
        return port == self.port and (path.rstrip("/") + "/").startswith(
            self.native_prefix + "/")


OLLAMA_NATIVE: Final = PortNative("Ollama", 11434, "/api", "/v1",
                                  "https://docs.ollama.com/api/openai-compatibility")


class LocalServer(NamedTuple):
    """A model server users run, known by its default port, whose OpenAI-compatible API sits
    under a path: an OpenAI-style client given its bare address posts to /chat/completions
    at the root, which it does not serve (404)."""

    vendor: str
    port: int
    compatible_path: str
    source: str
    # The words of a variable's name that name the server (OLLAMA_HOST, LM_STUDIO_BASE_URL).
    words: frozenset[str]
    # Its own clients take the bare address and call its native API there (Ollama's: the
    # CLI, ollama-python, LangChain's ChatOllama, LiteLLM's ollama/): a name with its word
    # holds that address. Empty: none do (LM Studio's apps read its /v1).
    native_word: str = ""
    # LiteLLM's prefixes that send a model to that native API at the bare address.
    native_model_prefixes: tuple[str, ...] = ()
    native_source: str = ""


LOCAL_SERVERS: Final[tuple[LocalServer, ...]] = (
    # (Ollama's port, OpenAI-compatible path and source: the facts OLLAMA_NATIVE holds)
    LocalServer(OLLAMA_NATIVE.vendor, OLLAMA_NATIVE.port, OLLAMA_NATIVE.compatible_path,
                OLLAMA_NATIVE.source, frozenset({"OLLAMA"}), "ollama", ("ollama/", "ollama_chat/"),
                "https://docs.litellm.ai/docs/providers/ollama"),
    LocalServer("LM Studio", 1234, "/v1", "https://lmstudio.ai/docs/api/openai-api",
                frozenset({"LMSTUDIO", "LM_STUDIO"})),
)
LOCAL_SERVER_BY_PORT: Final[dict[int, LocalServer]] = {s.port: s for s in LOCAL_SERVERS}


def names_local_server(name: str) -> bool:
    """Whether a variable's name says it is a local model server's (OLLAMA_BASE_URL)."""
    return any(w in LOCAL_SERVER_WORDS for w in name.upper().split("_"))


def names_other_service(name: str) -> bool:
    """Whether a variable's name holds another service's word (OLLAMA_BASE_URL,
    ENSIA_GEMINI_MODEL): a setting of that service's client."""
    return any(w in OTHER_SERVICE_WORDS for w in name.upper().split("_"))


def get(slug: str) -> Provider | None:
    return PROVIDERS.get(slug)


def with_catalog(slug: str) -> Provider | None:
    """A provider row or a catalog-only vendor's (for what their model IDs say, no more)."""
    return PROVIDERS.get(slug) or CATALOG_ONLY.get(slug)


def by_compat_prefix(prefix: str) -> Provider | None:
    for p in PROVIDERS.values():
        if p.compat_prefix == prefix:
            return p
    return None


def by_direct_url(url: str) -> Provider | None:
    """The provider whose direct base URL this is (same host)."""
    host = _host(url)
    for p in PROVIDERS.values():
        if host and host == _host(p.direct_base_url):
            return p
    return None


def without_scheme(value: str) -> Provider | None:
    """The provider whose API host a value with a path starts with when it has no scheme in
    front ("api.groq.com/openai/v1"): a base URL written without https://, which no client
    can send to."""
    head, slash, _path = value.strip().partition("/")
    head = head.lower()
    # (a bare host, "api.groq.com", is what an app's *_HOST setting holds: not judged)
    if not slash or not head or "://" in value or "." not in head:
        return None
    return next((p for p in (*PROVIDERS.values(), *CATALOG_ONLY.values())
                 if head == _host(p.direct_base_url)), None)


def by_name(text: str) -> Provider | None:
    """The provider a word names: its slug or its name, any case ("OpenRouter", "groq")."""
    t = text.strip().lower()
    return next((p for p in PROVIDERS.values() if t in (p.slug, p.name.lower())), None)


def same_host(url: str, other: str) -> bool:
    host = _host(url)
    return bool(host) and host == _host(other)


def catalog_vendor_at(url: str) -> Provider | None:
    """The catalog-only vendor whose own API host `url` is on (api.moonshot.cn: Moonshot)."""
    return next((p for p in CATALOG_ONLY.values() if on_own_host(url, p)), None)


def catalog_vendor_base(url: str) -> Provider | None:
    """The catalog-only vendor whose own API `url` is: a model beside it goes there. For a
    vendor whose host also serves others' names (Moonshot's and DashScope's /anthropic, where
    Claude Code's claude-* names are mapped to their own), only its OpenAI-format base."""
    path = _path(url)
    return next((p for p in CATALOG_ONLY.values()
                 for base in (p.direct_base_url, *p.direct_alternatives,
                              *((p.anthropic_base_url,) if p.anthropic_base_url else ()))
                 if same_host(url, base) and (path == _path(base) or not p.names_shared)),
                None)


def _path(url: str) -> str:
    try:
        return urlsplit(url.strip()).path.rstrip("/")
    except ValueError:
        return ""


def on_own_host(url: str, p: Provider) -> bool:
    """`url` is on a host of `p`'s own API (its direct base's or an alternative's: Moonshot's
    api.moonshot.cn beside api.moonshot.ai)."""
    return any(same_host(url, base) for base in (p.direct_base_url, *p.direct_alternatives))


def look_alike(host: str) -> Provider | None:
    """The provider whose brand is this host's second-level name, on a host that is not its
    API host (groq.com, api.openrouter.ai, api.grok.com): a wrong host, not another service.
    A brand deeper in the host (openai.azure.com, groq.some-proxy.dev) is someone else's."""
    labels = host.lower().rstrip(".").split(".")
    if len(labels) < 2:
        return None
    brand = labels[-2]
    for p in PROVIDERS.values():
        own = _host(p.direct_base_url)
        if host.lower() == own or p.slug == "workers-ai":
            continue
        if brand in {own.split(".")[-2], p.slug}:
            return p
    return None


# Every key shape above is a run of at least 20 of these: one match rules most values out.
_KEYISH = re.compile(r"[A-Za-z0-9_-]{20,}")


class ForeignKey(NamedTuple):
    """A key shape of a vendor this tool sends no requests to, known only to say whose key is
    where: words its variable names use, its pattern, the source."""

    vendor: str
    words: tuple[str, ...]
    pattern: str
    source: str


FOREIGN_KEYS: tuple[ForeignKey, ...] = (
    ForeignKey("Anthropic", ("ANTHROPIC", "CLAUDE"), r"sk-ant-[A-Za-z0-9_-]{20,}",
               "docs/sources.md#key-formats"),
    ForeignKey("Google", ("GOOGLE", "GEMINI", "VERTEX"), r"AIza[0-9A-Za-z_-]{35}",
               "docs/sources.md#key-formats"),
)


def catalog_words(p: Provider) -> tuple[str, ...]:
    """The words a catalog-only vendor's variables use (ANTHROPIC_MODEL, CLAUDE_MODEL)."""
    if p.slug not in CATALOG_ONLY:
        return ()
    return next((f.words for f in FOREIGN_KEYS if f.vendor == p.name), ())


def foreign_key(value: str) -> ForeignKey | None:
    """The vendor outside PROVIDERS whose key shape `value` has (sk-ant-: Anthropic)."""
    return next((f for f in FOREIGN_KEYS if re.fullmatch(f.pattern, value)), None)


def key_owners(key: str) -> list[Provider]:
    """Every provider whose key shape this value has (sk- keys fit several)."""
    if not _KEYISH.fullmatch(key):
        return []
    return [p for p in PROVIDERS.values() if p.key_pattern and p.key_matches(key)]


def _host(url: str) -> str:
    m = re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*://([^/:?#]+)", url.strip())
    return m.group(1).lower() if m else ""


# Every model catalog this tool holds: the providers' and the catalog-only vendors'.
EVERY_CATALOG: tuple[Provider, ...] = (*PROVIDERS.values(), *CATALOG_ONLY.values())


def in_any_catalog(model: str) -> bool:
    """Whether some catalog of this tool knows the ID, current or retired."""
    return any(p.knows_model(model) or p.retired_model(model) for p in EVERY_CATALOG)


class TwoFormats(NamedTuple):
    """A vendor lint sends nothing to that serves both formats on one host: Claude Code and
    the Anthropic SDK (ANTHROPIC_BASE_URL) need its Anthropic-format base, OpenAI-style
    clients the other. (vendor, Anthropic-format path, OpenAI-format paths, source)"""

    vendor: str
    anthropic: str
    openai: tuple[str, ...]
    source: str


_ZHIPU_CLAUDE = ("https://raw.githubusercontent.com/Agents365-ai/dsclaude/main/glmclaude "
                 "(ZhipuAI's Anthropic-compatible endpoints); https://docs.z.ai/guides/develop/"
                 "openai/python (the OpenAI-format one)")
_KIMI_CLAUDE = ("https://github.com/sxyseo/kimi-cc/blob/main/README_EN.md (Kimi's guide for "
                "Claude Code); https://platform.moonshot.ai/docs (the OpenAI-format /v1)")
TWO_FORMAT_HOSTS: dict[str, TwoFormats] = {
    "api.z.ai": TwoFormats("Z.ai", "/api/anthropic", OPENAI_BASE_BY_HOST["api.z.ai"].paths,
                           _ZHIPU_CLAUDE),
    "open.bigmodel.cn": TwoFormats("Zhipu", "/api/anthropic",
                                   OPENAI_BASE_BY_HOST["open.bigmodel.cn"].paths, _ZHIPU_CLAUDE),
    "api.moonshot.ai": TwoFormats("Moonshot (Kimi)", "/anthropic",
                                  OPENAI_BASE_BY_HOST["api.moonshot.ai"].paths, _KIMI_CLAUDE),
    "api.moonshot.cn": TwoFormats("Moonshot (Kimi)", "/anthropic",
                                  OPENAI_BASE_BY_HOST["api.moonshot.cn"].paths, _KIMI_CLAUDE),
}
# Host -> the path of its Anthropic-format base URL (api.anthropic.com: "", OpenRouter's /api,
# DeepSeek's /anthropic, Z.ai's /api/anthropic), for clients that speak Anthropic's Messages API.
ANTHROPIC_BASES: dict[str, str] = {
    **{_host(p.anthropic_base_url): re.sub(r"^https?://[^/]+", "",
                                           p.anthropic_base_url).rstrip("/")
       for p in EVERY_CATALOG if p.anthropic_base_url},
    **{host: t.anthropic for host, t in TWO_FORMAT_HOSTS.items()},
}


def openai_format_base(host: str, path: str) -> str | None:
    """The vendor whose OpenAI-format base this is, on a host that also serves Anthropic's
    format (api.deepseek.com/v1, api.z.ai/api/paas/v4); None otherwise."""
    path = path.rstrip("/")
    two = TWO_FORMAT_HOSTS.get(host)
    if two is not None:
        return two.vendor if path in two.openai else None
    for p in EVERY_CATALOG:
        if p.anthropic_base_url and _host(p.anthropic_base_url) == host and \
                _host(p.direct_base_url) == host and p.slug != "anthropic" and path in {
                    urlsplit(u).path.rstrip("/") for u in (p.direct_base_url,
                                                           *p.direct_alternatives)}:
            return p.name
    return None
