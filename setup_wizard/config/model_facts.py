"""The model catalogs as data: what each provider shut down, announced, or leaves in doubt.

`providers` rows point at these tables. Every row has its public source; the re-check that
dated them is docs/sources.md#model-catalogs. A model's status is, in this order: retired
(shut down, with date and replacement), deprecated (shutdown announced, still served), the
status of its `ModelNote` (preview, unconfirmed, or current with a caution), else current.
Pure data: `lint` imports it on every push.
"""

from __future__ import annotations

import re
from typing import Final, Literal, NamedTuple

CF_DOCS = "https://github.com/cloudflare/cloudflare-docs/blob"
GROQ_DEPRECATIONS = "https://console.groq.com/docs/deprecations"
GROQ_MODELS = "https://console.groq.com/docs/models"
OPENAI_DEPRECATIONS = "https://developers.openai.com/api/docs/deprecations"
XAI_RETIREMENT = "https://docs.x.ai/developers/migration/may-15-retirement"
# A client library's author, testing against xAI's API: "grok-beta and grok-vision-beta are no
# longer available via the API" (obs).
XAI_BETA_GONE = "https://github.com/sst/models.dev/issues/263"
WORKERS_AI_DEPRECATIONS = (
    f"{CF_DOCS}/8440dd31962b846aacb33fde893669fc8d5c720b/src/content/changelog/workers-ai/"
    "2026-05-08-planned-model-deprecations.mdx"
)
CEREBRAS_DEPRECATIONS = "https://inference-docs.cerebras.ai/support/deprecation"
MISTRAL_MODEL_CARDS = (
    "https://github.com/mistralai/platform-docs-public/tree/"
    "222f4ba9114f84ce9f2d718b9a12fbac1e527f4b/src/schema/models/models"
)
DEEPSEEK_FIRST_CALL = "https://api-docs.deepseek.com/"
ANTHROPIC_DEPRECATIONS = "https://platform.claude.com/docs/en/about-claude/model-deprecations"
# Google's own notice of the Gemini 2.0 shutdown (Firebase AI Logic's docs, both Gemini APIs).
GEMINI_2_0_SHUTDOWN = "https://firebase.google.com/docs/ai-logic/prompt-design"
GEMINI_DEPRECATIONS = "https://ai.google.dev/gemini-api/docs/deprecations"
# Google's release notes: the day each shutdown took effect ("... are now shut down").
GEMINI_CHANGELOG = "https://ai.google.dev/gemini-api/docs/changelog"
# Vertex AI's notice for Gemini 1.0 Pro and 1.0 Pro Vision (the IDs gemini-1.0-pro-001 and
# Gemini 1.0 Pro Vision 001; support ended 2025-04-09 on Vertex AI).
GEMINI_1_0_PRO_VISION = (
    "https://cloud.google.com/vertex-ai/generative-ai/docs/deprecations/gemini-1.0-pro")
# The Gemini API's models page of 2024-25: "Gemini 1.0 Pro gemini-1.0-pro", "(Deprecated)
# Gemini 1.0 Pro Vision gemini-pro-vision".
GEMINI_1_0_MODELS = "https://ai.google.dev/models/gemini"
# The copy of OpenAI's deprecations page we read its past shutdowns in (fetched 2026-06-27; the
# page's English text under a translation): every notice since 2022, each with its table.
OPENAI_DEPRECATIONS_COPY = (
    "https://github.com/crasuna/openai-dev-docs-cn-mirror/blob/"
    "27ed92ed0f13b5737a1093c0e76cf24b1c6dfc41/docs/mirror/api/docs/deprecations.md"
)
# The copy of that page we read (its table as of 2026-08-22), for anyone checking the rows.
ANTHROPIC_DEPRECATIONS_COPY = (
    "https://github.com/thevibeworks/claude-code-docs/blob/"
    "e7cbe5e93f2054c85dc983d74a9607071ea8b39a/content/en/about-claude/model-deprecations.md"
)
CATALOG_CHECKED: Final = "2026-11-28"  # the last re-check (docs/sources.md#model-catalogs)

# What `setup-wizard models` says of a model; a public vocabulary (JSON output).
Status = Literal["current", "preview", "deprecated", "retired", "unconfirmed", "unknown"]
STATUSES: Final[tuple[str, ...]] = ("current", "preview", "deprecated", "retired",
                                    "unconfirmed", "unknown")


# Groq's own way of naming models: a context-length suffix, a speed tier, a preview kind. No
# other provider we know uses these IDs, so such an ID is Groq's wherever it is written
# (docs/sources.md#variable-names). The one definition: lint judges a whole value by
# GROQ_NAMING, diagnose builds its marker for model names in a log from the parts.
GROQ_CONTEXT_SUFFIXES: Final = ("4096", "8192", "16384", "32768", "131072")
GROQ_TIER_SUFFIXES: Final = ("instant", "versatile", "specdec")
GROQ_PREVIEW_SUFFIXES: Final = ("text-preview", "vision-preview", "tool-use-preview")
GROQ_NAMING: Final = re.compile(
    ".*-(?:" + "|".join((*GROQ_CONTEXT_SUFFIXES, *GROQ_TIER_SUFFIXES, *GROQ_PREVIEW_SUFFIXES))
    + ")", re.IGNORECASE)


# Model IDs only their vendor's own API serves (its proprietary families, bare, without a
# router's vendor/ prefix): such an ID sent to another provider's API is not found there,
# whatever that provider's catalog lists. Open-weights families (gpt-oss, llama, mistral-7b,
# gemma) are served by many and are not here. (provider slug, pattern, source)
VENDOR_NAMING: Final[tuple[tuple[str, re.Pattern[str], str], ...]] = (
    ("anthropic", re.compile(r"claude-[a-z0-9][\w.-]*", re.IGNORECASE),
     "https://platform.claude.com/docs/en/about-claude/models/overview"),
    ("google-ai-studio", re.compile(r"gemini-[0-9][\w.-]*", re.IGNORECASE),
     "https://ai.google.dev/gemini-api/docs/models"),
    ("openai", re.compile(r"gpt-(?!oss)[0-9][\w.-]*|chatgpt-[\w.-]+|o[1-9](?:-mini|-pro|-preview)?"
                          r"(?:-\d{4}-\d\d-\d\d)?", re.IGNORECASE),
     "https://platform.openai.com/docs/models"),
    ("grok", re.compile(r"grok-[0-9][\w.-]*", re.IGNORECASE), "https://docs.x.ai/docs/models"),
    # DeepSeek's API names, not its open weights' (deepseek-ai/DeepSeek-V3, deepseek-r1 on a
    # local server): deepseek-chat and deepseek-reasoner (shut down 2026-07-24), the V4 names.
    ("deepseek", re.compile(r"deepseek-(?:chat|reasoner|flash|v4-flash|v4-pro)", re.IGNORECASE),
     "https://api-docs.deepseek.com/quick_start/pricing"),
)


# OpenAI's own model families beyond its catalog here (fine-tunes, embeddings, speech, images,
# moderation, snapshots of gpt-*/o*): an ID of one of them may be served at api.openai.com,
# so no rule calls it unserved there (https://platform.openai.com/docs/models).
OPENAI_FAMILIES: Final = re.compile(
    r"(?i)(?:ft:|gpt-|o\d|chatgpt-|text-embedding-|whisper-|tts-|dall-e-|omni-moderation|"
    r"text-moderation|codex-|computer-use|sora-|davinci|babbage)")


# The word every model ID of a vendor's own API starts with, for vendors whose catalog here is
# their own API's whole list (DeepSeek's; Anthropic's, as lint reads it where a request
# certainly goes there): an ID a letter off one of theirs, with that word (or the word a
# letter off) in front, is that ID misspelt wherever it is written (NextChat's `+deepseeek-chat`
# with no vendor named). (provider slug, stem, source)
VENDOR_STEMS: Final[tuple[tuple[str, str, str], ...]] = (
    ("deepseek", "deepseek", "https://api-docs.deepseek.com/quick_start/pricing"),
    ("anthropic", "claude", "https://platform.claude.com/docs/en/about-claude/models/overview"),
)


# NamedTuples, not dataclasses: a dataclass costs about 0.5 ms to build at import.
class RetiredModel(NamedTuple):
    """A shut-down model (in `retired`) or one whose shutdown is announced (in `deprecated`)."""

    id: str
    shutdown: str | None  # ISO date; None when the date is not public
    replacement: str | None
    source: str
    redirect: str | None = None  # the model that now answers to this ID, if any


class ModelNote(NamedTuple):
    """A catalog model whose status is not plain `current`, or that needs a word of caution."""

    id: str
    status: Literal["current", "preview", "unconfirmed"]
    note: str
    source: str


def _rows(source: str, rows: list[tuple[str, str | None, str | None]],
          redirect: str | None = None) -> tuple[RetiredModel, ...]:
    return tuple(RetiredModel(m, d, r, source, redirect) for m, d, r in rows)


def _chained(rows: tuple[RetiredModel, ...],
             later: tuple[RetiredModel, ...] = ()) -> tuple[RetiredModel, ...]:
    """The rows with each replacement followed while it is itself shut down (`rows`) or
    shutting down (`later`): a page names the successor of its day (o1-mini's is o4-mini,
    shut down in its turn), and a fix must name a model still served. The tables keep the
    page's own words; a chain that ends at a row with none gives None (the default, then)."""
    gone = {r.id.lower(): r for r in (*rows, *later)}
    out = []
    for r in rows:
        nxt, seen = r.replacement, {r.id.lower()}
        while nxt is not None and nxt.lower() in gone and nxt.lower() not in seen:
            seen.add(nxt.lower())
            nxt = gone[nxt.lower()].replacement
        out.append(r._replace(replacement=None if nxt and nxt.lower() in seen else nxt))
    return tuple(out)


GROQ_RETIRED = _rows(GROQ_DEPRECATIONS, [
    ("llama-3.1-8b-instant", "2026-08-16", "openai/gpt-oss-20b"),
    ("llama-3.3-70b-versatile", "2026-08-16", "openai/gpt-oss-120b"),
    ("meta-llama/llama-4-scout-17b-16e-instruct", "2026-07-17", None),
    ("qwen/qwen3-32b", "2026-07-17", None),
    ("moonshotai/kimi-k2-instruct-0905", "2026-04-15", None),
    ("meta-llama/llama-4-maverick-17b-128e-instruct", "2026-03-09", None),
    ("moonshotai/kimi-k2-instruct", "2025-10-10", None),
    ("gemma2-9b-it", "2025-10-08", None),
    ("deepseek-r1-distill-llama-70b", "2025-10-02", None),
    ("llama3-70b-8192", "2025-08-30", None),
    ("llama3-8b-8192", "2025-08-30", None),
    ("mistral-saba-24b", "2025-07-30", None),
    ("qwen-qwq-32b", "2025-07-14", None),
    ("mixtral-8x7b-32768", "2025-03-20", None),
    # Gone, date not in the public material we have (gsd-build/gsd-2#4273, promptfoo#9933).
    ("llama-3.1-70b-versatile", None, None),
    ("llama-3.3-70b-specdec", None, None),
    ("llama-3.2-1b-preview", None, None),
    ("llama-3.2-3b-preview", None, None),
    ("llama-3.2-11b-vision-preview", None, None),
    ("llama-3.2-90b-vision-preview", None, None),
    ("llama3-groq-70b-8192-tool-use-preview", None, None),
    ("llama3-groq-8b-8192-tool-use-preview", None, None),
])


_QWEN36 = ("reports disagree: one says Groq answers 'unsupported model' since 2026-09 and "
           "names qwen/qwen3.8-27b as its successor, another that Groq still lists it as preview")
_COMPOUND = ("one report says Groq decommissions Compound on 2026-09-21; Groq's own pages we "
             "have do not say so")
GROQ_NOTES = (
    ModelNote("qwen/qwen3.6-27b", "unconfirmed", _QWEN36,
              "https://github.com/jaeone94/comfy-mobile-ui/pull/63"),
    ModelNote("groq/compound", "unconfirmed", _COMPOUND,
              "https://github.com/accuguide/accuguide/issues/248"),
    ModelNote("groq/compound-mini", "unconfirmed", _COMPOUND,
              "https://github.com/accuguide/accuguide/issues/248"),
    ModelNote("qwen/qwen3.8-27b", "current", "served since 2026-08; whether Groq lists it as "
              "production or preview is UNCONFIRMED",
              "https://console.groq.com/docs/model/qwen/qwen3.8-27b"),
    ModelNote("openai/gpt-oss-safeguard-20b", "preview", "a safety classifier", GROQ_MODELS),
    ModelNote("allam-2-7b", "preview", "free developer tier", GROQ_MODELS),
    ModelNote("minimaxai/minimax-m2.7", "current", "enterprise only", GROQ_MODELS),
    ModelNote("meta-llama/llama-prompt-guard-2-22m", "preview", "a prompt classifier",
              GROQ_MODELS),
    ModelNote("meta-llama/llama-prompt-guard-2-86m", "preview", "a prompt classifier",
              GROQ_MODELS),
)

# OpenAI's deprecations page (the replacements named for gpt-5-mini changed between its
# versions: gpt-5.4-mini, gpt-5.6-terra, now gpt-6.1-terra; https://github.com/agentjido/llmdb/pull/234).
OPENAI_DEPRECATED = _rows(OPENAI_DEPRECATIONS, [
    ("gpt-5-mini", "2026-12-11", "gpt-6.1-terra"),
    ("gpt-5", "2026-12-11", "gpt-6.1-sol"),
    ("gpt-5-nano", "2026-12-11", None),
    ("gpt-5-2025-08-07", "2026-12-11", "gpt-6.1-sol"),
    ("gpt-5-mini-2025-08-07", "2026-12-11", "gpt-6.1-terra"),
    ("gpt-5-nano-2025-08-07", "2026-12-11", None),
    ("gpt-4.1", "2027-01-14", "gpt-6-luna"),
    ("gpt-4.1-mini", "2027-01-14", "gpt-6-luna"),
    ("gpt-4o", "2027-01-14", "gpt-6-luna"),
    ("gpt-4o-mini", "2027-01-14", "gpt-6-luna"),
])

# The 2026-10-23 wave (also https://github.com/dimagi/open-chat-studio/issues/3208).
OPENAI_RETIRED = _chained(_rows(OPENAI_DEPRECATIONS, [
    ("gpt-3.5-turbo", "2026-10-23", "gpt-5.6-terra"),
    ("gpt-4", "2026-10-23", "gpt-5.6-sol"),
    ("gpt-4-turbo", "2026-10-23", "gpt-5.6-sol"),
    ("gpt-4.1-nano", "2026-10-23", None),
    ("o1", "2026-10-23", "gpt-5.6-sol"),
    ("o3-mini", "2026-10-23", "gpt-5.6-sol"),
    ("o4-mini", "2026-10-23", "gpt-5.6-terra"),
    # The same wave's dated snapshots (the page's rows; the copy we read:
    # https://dev.to/importstatic/every-openai-model-shutdown-date-until-january-2027-and-what-replaces-it-1dfk).
    ("gpt-3.5-turbo-0125", "2026-10-23", "gpt-5.6-terra"),
    ("gpt-4-0613", "2026-10-23", "gpt-5.6-sol"),
    ("gpt-4-1106-preview", "2026-10-23", "gpt-5.6-sol"),
    ("gpt-4-turbo-2024-04-09", "2026-10-23", "gpt-5.6-sol"),
    ("gpt-4o-2024-05-13", "2026-10-23", "gpt-5.6-sol"),
    ("o1-2024-12-17", "2026-10-23", "gpt-5.6-sol"),
    ("o1-pro", "2026-10-23", "gpt-5.6-sol"),
    ("o1-pro-2025-03-19", "2026-10-23", "gpt-5.6-sol"),
    ("o3-mini-2025-01-31", "2026-10-23", "gpt-5.6-sol"),
    ("o4-mini-2025-04-16", "2026-10-23", "gpt-5.6-terra"),
    ("gpt-4.1-nano-2025-04-14", "2026-10-23", None),
]) + _rows(OPENAI_DEPRECATIONS, [
    # Every earlier shutdown on the same page (docs/sources.md#model-shutdown-history; the
    # copy we read: OPENAI_DEPRECATIONS_COPY), with the replacement each notice names (the
    # first, where it names two). _chained follows one shut down or deprecated since.
    # Left out: fine-tuned labels (ft-...), endpoints and headers, and code-davinci-002, which
    # the page gives two shutdown dates (2023-03-23 and 2024-01-04).
    # 2026-05-08 notice.
    ("gpt-5.2-chat-latest", "2026-08-10", "gpt-5.5"),
    ("gpt-5.3-chat-latest", "2026-08-10", "gpt-5.5"),
    # 2026-04-22 notice (its 2026-10-23 rows are above; the -completions names are those
    # rows' aliases, replaced as they are).
    ("computer-use-preview", "2026-07-23", "gpt-5.4-mini"),
    ("computer-use-preview-2025-03-11", "2026-07-23", "gpt-5.4-mini"),
    ("gpt-4o-mini-search-preview-2025-03-11", "2026-07-23", "gpt-5.4-mini"),
    ("gpt-4o-search-preview-2025-03-11", "2026-07-23", "gpt-5.4-mini"),
    ("gpt-4o-mini-tts-2025-03-20", "2026-07-23", "gpt-4o-mini-tts-2025-12-15"),
    ("gpt-5-chat-latest", "2026-07-23", "gpt-5.5"),
    ("gpt-5-codex", "2026-07-23", "gpt-5.5"),
    ("gpt-5.1-chat-latest", "2026-07-23", "gpt-5.5"),
    ("gpt-5.1-codex", "2026-07-23", "gpt-5.5"),
    ("gpt-5.1-codex-max", "2026-07-23", "gpt-5.5"),
    ("gpt-5.1-codex-mini", "2026-07-23", "gpt-5.4-mini"),
    ("gpt-5.2-codex", "2026-07-23", "gpt-5.5"),
    ("gpt-audio-mini-2025-10-06", "2026-07-23", "gpt-audio-1.5"),
    ("gpt-realtime-mini-2025-10-06", "2026-07-23", "gpt-realtime-mini"),
    ("o3-deep-research", "2026-07-23", "gpt-5.5-pro"),
    ("o3-deep-research-2025-06-26", "2026-07-23", "gpt-5.5-pro"),
    ("o4-mini-deep-research", "2026-07-23", "gpt-5.5-pro"),
    ("o4-mini-deep-research-2025-06-26", "2026-07-23", "gpt-5.5-pro"),
    ("gpt-3.5-turbo-completions", "2026-10-23", "gpt-5.6-terra"),
    ("gpt-4-completions", "2026-10-23", "gpt-5.6-sol"),
    ("gpt-4-0613-completions", "2026-10-23", "gpt-5.6-sol"),
    ("gpt-4-turbo-completions", "2026-10-23", "gpt-5.6-sol"),
    ("gpt-image-1", "2026-10-23", "gpt-image-2"),
    # 2026-03-24 notice: Sora 2, no replacement.
    ("sora-2", "2026-09-24", None),
    ("sora-2-pro", "2026-09-24", None),
    ("sora-2-2025-10-06", "2026-09-24", None),
    ("sora-2-2025-12-08", "2026-09-24", None),
    ("sora-2-pro-2025-10-06", "2026-09-24", None),
    # 2025-11-18, 2025-11-17 and 2025-11-14 notices.
    ("chatgpt-4o-latest", "2026-02-17", "gpt-5.1-chat-latest"),
    ("codex-mini-latest", "2026-02-12", "gpt-5-codex-mini"),
    ("dall-e-2", "2026-05-12", "gpt-image-2"),
    ("dall-e-3", "2026-05-12", "gpt-image-2"),
    # 2025-09-26 notice ("gpt-5 or gpt-4.1", "gpt-5.4-mini or gpt-5-mini").
    ("gpt-4-0314", "2026-03-26", "gpt-5"),
    ("gpt-4-0125-preview", "2026-03-26", "gpt-5"),
    ("gpt-4-turbo-preview", "2026-03-26", "gpt-5"),
    ("gpt-4-turbo-preview-completions", "2026-03-26", "gpt-5"),
    ("gpt-3.5-turbo-instruct", "2026-09-28", "gpt-5.4-mini"),
    ("gpt-3.5-turbo-1106", "2026-09-28", "gpt-5.4-mini"),
    ("babbage-002", "2026-09-28", "gpt-5.4-mini"),
    ("davinci-002", "2026-09-28", "gpt-5.4-mini"),
    # 2025-09-15 notice: the gpt-4o realtime and audio previews.
    ("gpt-4o-realtime-preview", "2026-05-07", "gpt-realtime-1.5"),
    ("gpt-4o-realtime-preview-2025-06-03", "2026-05-07", "gpt-realtime-1.5"),
    ("gpt-4o-realtime-preview-2024-12-17", "2026-05-07", "gpt-realtime-1.5"),
    ("gpt-4o-mini-realtime-preview", "2026-05-07", "gpt-realtime-mini"),
    ("gpt-4o-audio-preview", "2026-05-07", "gpt-audio-1.5"),
    ("gpt-4o-mini-audio-preview", "2026-05-07", "gpt-audio-mini"),
    # 2025-06-10 notices.
    ("gpt-4o-realtime-preview-2024-10-01", "2025-10-10", "gpt-realtime-1.5"),
    ("gpt-4o-audio-preview-2024-10-01", "2025-10-10", "gpt-audio-1.5"),
    # 2025-04-28 notices (the page names the family omni-moderation; its model ID is
    # omni-moderation-latest).
    ("text-moderation-007", "2025-10-27", "omni-moderation-latest"),
    ("text-moderation-stable", "2025-10-27", "omni-moderation-latest"),
    ("text-moderation-latest", "2025-10-27", "omni-moderation-latest"),
    ("o1-preview", "2025-07-28", "o3"),
    ("o1-mini", "2025-10-27", "o4-mini"),
    # 2025-04-14 notice.
    ("gpt-4.5-preview", "2025-07-14", "gpt-4.1"),
    # 2024-06-06 notice.
    ("gpt-4-32k", "2025-06-06", "gpt-4o"),
    ("gpt-4-32k-0613", "2025-06-06", "gpt-4o"),
    ("gpt-4-32k-0314", "2025-06-06", "gpt-4o"),
    ("gpt-4-vision-preview", "2024-12-06", "gpt-4o"),
    ("gpt-4-1106-vision-preview", "2024-12-06", "gpt-4o"),
    # 2023-11-06 and 2023-06-13 notices.
    ("gpt-3.5-turbo-0613", "2024-09-13", "gpt-3.5-turbo"),
    ("gpt-3.5-turbo-16k-0613", "2024-09-13", "gpt-3.5-turbo"),
    ("gpt-3.5-turbo-0301", "2024-09-13", "gpt-3.5-turbo"),
    # 2023-07-06 notice: InstructGPT, base GPT, edit and first-generation embedding models.
    ("text-ada-001", "2024-01-04", "gpt-3.5-turbo-instruct"),
    ("text-babbage-001", "2024-01-04", "gpt-3.5-turbo-instruct"),
    ("text-curie-001", "2024-01-04", "gpt-3.5-turbo-instruct"),
    ("text-davinci-001", "2024-01-04", "gpt-3.5-turbo-instruct"),
    ("text-davinci-002", "2024-01-04", "gpt-3.5-turbo-instruct"),
    ("text-davinci-003", "2024-01-04", "gpt-3.5-turbo-instruct"),
    ("ada", "2024-01-04", "babbage-002"),
    ("babbage", "2024-01-04", "babbage-002"),
    ("curie", "2024-01-04", "davinci-002"),
    ("davinci", "2024-01-04", "davinci-002"),
    ("text-davinci-edit-001", "2024-01-04", "gpt-4o"),
    ("code-davinci-edit-001", "2024-01-04", "gpt-4o"),
    *((m, "2024-01-04", "text-embedding-3-small") for m in (
        "text-similarity-ada-001", "text-search-ada-doc-001", "text-search-ada-query-001",
        "code-search-ada-code-001", "code-search-ada-text-001", "text-similarity-babbage-001",
        "text-search-babbage-doc-001", "text-search-babbage-query-001",
        "code-search-babbage-code-001", "code-search-babbage-text-001",
        "text-similarity-curie-001", "text-search-curie-doc-001", "text-search-curie-query-001",
        "text-similarity-davinci-001", "text-search-davinci-doc-001",
        "text-search-davinci-query-001")),
    # 2023-03-20 notice: Codex.
    ("code-davinci-001", "2023-03-23", "gpt-4o"),
    ("code-cushman-002", "2023-03-23", "gpt-4o"),
    ("code-cushman-001", "2023-03-23", "gpt-4o"),
]), OPENAI_DEPRECATED)

# "deprecated on 2026/07/24" on DeepSeek's first-call page; requests fail since
# (https://github.com/FlowiseAI/Flowise/issues/6667).
DEEPSEEK_RETIRED = _rows(DEEPSEEK_FIRST_CALL, [
    ("deepseek-chat", "2026-07-24", "deepseek-v4-flash"),
    ("deepseek-reasoner", "2026-07-24", "deepseek-v4-flash"),
])

# Moonshot AI's (Kimi's) own API, api.moonshot.ai and api.moonshot.cn (one catalogue). Its
# models page (https://platform.kimi.ai/docs/models) as quoted in issues: "The kimi-k2.5 and
# moonshot-v1 series were officially retired on August 31, 2026. Calls to these models now
# return a 404 ... Please migrate to kimi-k3"; the kimi-k2 series "已于 2026 年 5 月 25 日下线"
# (use kimi-k2.6); kimi-thinking-preview "已于 2025 年 11 月 11 日下线". Not a row: kimi-latest,
# closed to new users on 2026-01-28 with no shutdown date (a 404 may only mean a new key).
# docs/sources.md#moonshot-catalog
MOONSHOT_MODELS_PAGE = "https://platform.kimi.ai/docs/models"
MOONSHOT_2026_08 = "https://github.com/NousResearch/hermes-agent/pull/109895"
MOONSHOT_2026_05 = "https://github.com/datawhalechina/all-in-rag/issues/121"
MOONSHOT_RETIRED = (
    *_rows(MOONSHOT_2026_08, [
        (m, "2026-08-31", "kimi-k3") for m in (
            "moonshot-v1-8k", "moonshot-v1-32k", "moonshot-v1-128k",
            "moonshot-v1-8k-vision-preview", "moonshot-v1-32k-vision-preview",
            "moonshot-v1-128k-vision-preview", "kimi-k2.5")]),
    *_rows(MOONSHOT_2026_05, [
        (m, "2026-05-25", "kimi-k2.6") for m in (
            "kimi-k2-0711-preview", "kimi-k2-0905-preview", "kimi-k2-turbo-preview",
            "kimi-k2-thinking", "kimi-k2-thinking-turbo")]),
    *_rows("https://platform.kimi.com/docs/models", [
        ("kimi-thinking-preview", "2025-11-11", "kimi-k2.6")]),
)

# Alibaba Cloud Model Studio's (DashScope's) notice of 2026-10-10 for its Beijing and Singapore
# regions: qwen-turbo, qwen-vl-max, qwen-vl-plus, qwq-plus and qvq-max go offline; "我们推荐将即将
# 下线的模型替换为 Qwen3.6/Qwen3.7 系列最新模型" (no single ID named: the fix names its flagship,
# so the vision models, whose successor that would not be, are not rows).
# Other batches are known to us only from third parties: not rows. docs/sources.md#dashscope-catalog
DASHSCOPE_NOTICE_2026_10 = (
    "https://www.alibabacloud.com/zh/notice/"
    "model_studionotice_on_the_decommissioning_of_certain_historical_mainline_models_731")
DASHSCOPE_RETIRED = _rows(DASHSCOPE_NOTICE_2026_10, [
    (m, "2026-10-10", None) for m in ("qwen-turbo", "qwq-plus")])

# Mistral's model cards (the source of docs.mistral.ai/models): each API name of a model
# whose retirement date is before 2026-11-28, with that date and the replacement named there,
# as that model's own API name. A card's only name is kept even when undated
# (open-mixtral-8x7b, open-mistral-7b); an alias listed beside a dated name (devstral-latest,
# open-mistral-nemo beside open-mistral-nemo-2407, mistral-saba-latest) is left out: it may
# have moved to the replacement, and the cards do not say whether it did.
MISTRAL_RETIRED = _chained(_rows(MISTRAL_MODEL_CARDS, [
    ("codestral-2405", "2025-06-16", "codestral-latest"),
    ("codestral-2501", "2025-11-30", "codestral-latest"),
    ("open-codestral-mamba", "2025-06-06", "codestral-latest"),
    ("devstral-2512", "2026-07-31", "mistral-medium-latest"),
    ("devstral-medium-2507", "2026-05-31", "mistral-medium-latest"),
    ("devstral-small-2505", "2025-11-30", "mistral-medium-latest"),
    ("devstral-small-2507", "2026-05-31", "mistral-small-latest"),
    ("labs-devstral-small-2512", "2026-03-31", "mistral-medium-latest"),
    ("magistral-medium-2506", "2025-11-30", "mistral-medium-latest"),
    ("magistral-medium-2507", "2025-11-30", "mistral-medium-latest"),
    ("magistral-medium-2509", "2026-07-31", "mistral-medium-latest"),
    ("magistral-small-2506", "2025-11-30", "mistral-small-latest"),
    ("magistral-small-2507", "2025-11-30", "mistral-small-latest"),
    ("magistral-small-2509", "2026-07-31", "mistral-small-latest"),
    ("ministral-3b-2410", "2025-12-31", "ministral-3b-latest"),
    ("ministral-8b-2410", "2025-12-31", "ministral-8b-latest"),
    ("open-mistral-7b", "2025-03-30", "ministral-8b-latest"),
    ("open-mistral-nemo-2407", "2026-07-31", "ministral-8b-latest"),
    ("mistral-large-2402", "2025-06-16", "mistral-large-latest"),
    ("mistral-large-2407", "2025-03-30", "mistral-large-latest"),
    ("mistral-large-2411", "2026-05-31", "mistral-medium-latest"),
    ("mistral-medium-2312", "2025-06-16", "mistral-medium-latest"),
    ("mistral-medium-2505", "2026-08-31", "mistral-medium-latest"),
    ("mistral-medium-2508", "2026-08-31", "mistral-medium-latest"),
    ("mistral-saba-2502", "2025-09-30", "mistral-small-latest"),
    ("mistral-small-2402", "2025-06-16", "mistral-small-latest"),
    ("mistral-small-2409", "2025-11-30", "mistral-small-latest"),
    ("mistral-small-2501", "2025-11-30", "mistral-small-latest"),
    ("mistral-small-2503", "2025-11-30", "mistral-small-latest"),
    ("mistral-small-2506", "2026-07-31", "mistral-small-latest"),
    ("labs-mistral-small-creative", "2026-04-30", "ministral-8b-latest"),
    ("open-mixtral-8x7b", "2025-03-30", "mistral-small-latest"),
    ("open-mixtral-8x22b", "2025-03-30", "mistral-small-latest"),
    ("mistral-ocr-2503", "2025-12-31", "mistral-ocr-latest"),
    ("mistral-ocr-2505", "2026-05-31", "mistral-ocr-latest"),
    ("mistral-moderation-2411", "2026-06-30", "mistral-moderation-2603"),
    ("pixtral-12b-2409", "2025-12-31", "ministral-14b-latest"),
    ("pixtral-large-2411", "2026-05-31", "mistral-medium-latest"),
    ("voxtral-mini-2507", "2026-05-31", "voxtral-mini-latest"),
    # Leanstral's cards (labs-leanstral-1-5 has a retirement date and no replacement).
    ("labs-leanstral-2603", "2026-06-30", "labs-leanstral-1-5"),
    ("labs-leanstral-1-5", "2026-09-30", None),
]))

# Dates are those of Cerebras's deprecation notes; a live /v1/models of 2026-08-27 lists
# none of these (https://raw.githubusercontent.com/juspay/neurolink/master/docs/getting-started/providers/cerebras.md).
CEREBRAS_RETIRED = _rows(CEREBRAS_DEPRECATIONS, [
    ("llama-3.3-70b", "2026-02-16", "gpt-oss-120b"),
    ("qwen-3-32b", "2026-02-16", "gpt-oss-120b"),
    ("qwen-3-235b-a22b-thinking-2507", "2025-11-14", "gpt-oss-120b"),
    ("llama-4-scout-17b-16e-instruct", "2025-11-03", "gpt-oss-120b"),
    ("llama-4-maverick-17b-128e-instruct", "2025-10-15", "gpt-oss-120b"),
    ("llama3.1-70b", "2025-01-17", None),
])

# xAI's migration guide for the 2026-05-15 retirement, with its replacements. The retired IDs
# still resolve: requests are served by grok-4.3 (billed at its price), not refused.
XAI_RETIRED = _rows(XAI_RETIREMENT, [
    ("grok-3", "2026-05-15", "grok-4.3"),
    ("grok-4-0709", "2026-05-15", "grok-4.3"),
    ("grok-4-1-fast-reasoning", "2026-05-15", "grok-4.3"),
    ("grok-4-1-fast-non-reasoning", "2026-05-15", "grok-4.20-non-reasoning"),
    ("grok-4-fast-reasoning", "2026-05-15", "grok-4.3"),
    ("grok-4-fast-non-reasoning", "2026-05-15", "grok-4.20-non-reasoning"),
    ("grok-code-fast-1", "2026-05-15", "grok-4.3"),
], redirect="grok-4.3") + _rows(XAI_BETA_GONE, [
    # xAI's first API models, no longer served (no redirect known; date not public).
    ("grok-beta", None, "grok-4.3"),
    ("grok-vision-beta", None, "grok-4.3"),
])

# Cloudflare's changelog of 2026-05-08, all 18 models it lists; the -fast and -lora variants
# stay.
WORKERS_AI_RETIRED = _rows(WORKERS_AI_DEPRECATIONS, [
    ("@cf/meta/llama-3.1-8b-instruct", "2026-05-30", "@cf/meta/llama-3.1-8b-instruct-fast"),
    ("@cf/meta/llama-3.1-8b-instruct-awq", "2026-05-30", None),
    ("@cf/meta/llama-3.1-70b-instruct", "2026-05-30", None),
    ("@cf/meta/llama-3-8b-instruct", "2026-05-30", None),
    ("@cf/meta/llama-3-8b-instruct-awq", "2026-05-30", None),
    ("@hf/meta-llama/meta-llama-3-8b-instruct", "2026-05-30", None),
    ("@cf/meta/llama-2-7b-chat-int8", "2026-05-30", None),
    ("@cf/meta/llama-2-7b-chat-fp16", "2026-05-30", None),
    ("@cf/mistral/mistral-7b-instruct-v0.1", "2026-05-30", None),
    ("@hf/mistral/mistral-7b-instruct-v0.2", "2026-05-30", None),
    ("@hf/google/gemma-7b-it", "2026-05-30", None),
    ("@cf/google/gemma-3-12b-it", "2026-05-30", None),
    ("@cf/moonshotai/kimi-k2.5", "2026-05-30", "@cf/moonshotai/kimi-k2.6"),
    ("@hf/nousresearch/hermes-2-pro-mistral-7b", "2026-05-30", None),
    ("@cf/microsoft/phi-2", "2026-05-30", None),
    ("@cf/defog/sqlcoder-7b-2", "2026-05-30", None),
    ("@cf/unum/uform-gen2-qwen-500m", "2026-05-30", None),  # image to text
    ("@cf/facebook/bart-large-cnn", "2026-05-30", None),  # summarization
])

# Anthropic's model-deprecations page: every API model name retired on the Claude API, with
# its retirement date and the replacement the page recommends. The page names snapshots only;
# their aliases (claude-3-5-sonnet-latest) follow below, from other Anthropic sources. Bedrock's
# and Vertex's own names (anthropic.claude-..., claude-...@date) follow those platforms'
# schedules. A "not sooner than" date before 2026-11-28 says nothing: such models are in
# ANTHROPIC_SERVED where a later Anthropic page still lists them.
ANTHROPIC_RETIRED = _rows(ANTHROPIC_DEPRECATIONS, [
    ("claude-opus-4-1-20250805", "2026-08-05", "claude-opus-4-8"),
    ("claude-opus-4-20250514", "2026-06-15", "claude-opus-4-8"),
    ("claude-sonnet-4-20250514", "2026-06-15", "claude-sonnet-4-6"),
    ("claude-3-haiku-20240307", "2026-04-20", "claude-haiku-4-5-20251001"),
    ("claude-3-7-sonnet-20250219", "2026-02-19", "claude-sonnet-4-6"),
    ("claude-3-5-haiku-20241022", "2026-02-19", "claude-haiku-4-5-20251001"),
    ("claude-3-opus-20240229", "2026-01-05", "claude-opus-4-8"),
    ("claude-3-5-sonnet-20240620", "2025-10-28", "claude-sonnet-4-6"),
    ("claude-3-5-sonnet-20241022", "2025-10-28", "claude-sonnet-4-6"),
    ("claude-2.0", "2025-07-21", "claude-opus-4-8"),
    ("claude-2.1", "2025-07-21", "claude-opus-4-8"),
    ("claude-3-sonnet-20240229", "2025-07-21", "claude-sonnet-4-6"),
    ("claude-1.0", "2024-11-06", "claude-haiku-4-5-20251001"),
    ("claude-1.1", "2024-11-06", "claude-haiku-4-5-20251001"),
    ("claude-1.2", "2024-11-06", "claude-haiku-4-5-20251001"),
    ("claude-1.3", "2024-11-06", "claude-haiku-4-5-20251001"),
    ("claude-instant-1.0", "2024-11-06", "claude-haiku-4-5-20251001"),
    ("claude-instant-1.1", "2024-11-06", "claude-haiku-4-5-20251001"),
    ("claude-instant-1.2", "2024-11-06", "claude-haiku-4-5-20251001"),
])

# The aliases Anthropic's API took for a dated snapshot (a `-latest` or `-0` name, a reordered
# claude-4-* name; its SDK's model list and the models overview's alias column): gone with the
# snapshot it named (a retired alias answers 404 not_found_error, obs:
# https://github.com/mnfst/modelparams.dev/pull/52), with that snapshot's date and replacement.
# (alias, snapshot, source)
_ANTHROPIC_SDK_MODELS = ("https://github.com/anthropics/anthropic-sdk-python/blob/"
                         "{}/src/anthropic/types/model.py")
_ANTHROPIC_ALIAS_COLUMN = (
    "https://github.com/thevibeworks/claude-code-docs/blob/"
    "3b92e8ee0bf5e5ec51b6b86065f9178c0dfd1ed4/content/en/docs/about-claude/models/overview.md")
_SDK_2025_10 = _ANTHROPIC_SDK_MODELS.format("c96f6ebe8502f6708eb1bb34fbdde98c8f3138ef")
_SDK_2026_07 = _ANTHROPIC_SDK_MODELS.format("70c0a64581e74d895afb49ec2ffdf4b7a4f220cf")
ANTHROPIC_RETIRED_ALIASES: Final = (
    ("claude-3-5-sonnet-latest", "claude-3-5-sonnet-20241022", _SDK_2025_10),
    ("claude-3-7-sonnet-latest", "claude-3-7-sonnet-20250219", _ANTHROPIC_ALIAS_COLUMN),
    ("claude-3-5-haiku-latest", "claude-3-5-haiku-20241022", _ANTHROPIC_ALIAS_COLUMN),
    ("claude-3-opus-latest", "claude-3-opus-20240229", _SDK_2025_10),
    ("claude-sonnet-4-0", "claude-sonnet-4-20250514", _ANTHROPIC_ALIAS_COLUMN),
    ("claude-4-sonnet-20250514", "claude-sonnet-4-20250514", _SDK_2025_10),
    ("claude-opus-4-0", "claude-opus-4-20250514", _ANTHROPIC_ALIAS_COLUMN),
    ("claude-4-opus-20250514", "claude-opus-4-20250514", _SDK_2025_10),
    ("claude-opus-4-1", "claude-opus-4-1-20250805", _SDK_2026_07),
)
_BY_SNAPSHOT = {r.id: r for r in ANTHROPIC_RETIRED}
ANTHROPIC_RETIRED = ANTHROPIC_RETIRED + tuple(
    _BY_SNAPSHOT[snap]._replace(id=alias, source=src)
    for alias, snap, src in ANTHROPIC_RETIRED_ALIASES)

# Every model ID and alias Anthropic's own API serves on 2026-11-28 (active or legacy; the
# deprecated ones are in ANTHROPIC_DEPRECATED), each from an Anthropic page that names it: a
# model's own page (its "Model ID" line and lifecycle status), a migration guide or the release
# notes for models newer than the overview copy we hold (that of 2026-08-22). The pages' copies
# we read are undated; the newest state they show is after Claude Fable 5.2's release on
# 2026-11-09. docs/sources.md#model-catalogs. (id, source)
_CLAUDE_DOCS = "https://platform.claude.com/docs"
ANTHROPIC_OVERVIEW_COPY = (
    "https://github.com/thevibeworks/claude-code-docs/blob/"
    "3f1ef7c2860523314e2c1b07d95f1db5235f66b1/content/en/about-claude/models/overview.md")
ANTHROPIC_RELEASE_NOTES = f"{_CLAUDE_DOCS}/en/release-notes/overview"
ANTHROPIC_SERVED: Final[tuple[tuple[str, str], ...]] = (
    ("claude-fable-5-2", f"{_CLAUDE_DOCS}/es/models/fable-5-2/migration-guide"),
    ("claude-mythos-5-2", f"{_CLAUDE_DOCS}/es/models/fable-5-2/migration-guide"),
    ("claude-fable-5-1", f"{_CLAUDE_DOCS}/es/models/fable-5-1/migration-guide"),
    # The guide names Claude Mythos 5.1 beside Fable 5.1; the ID is the dateless form every
    # model since 4.6 has (claude-{name}-{major}[-{minor}], model-ids-and-versions).
    ("claude-mythos-5-1", f"{_CLAUDE_DOCS}/es/models/fable-5-1/migration-guide"),
    ("claude-opus-5-5", f"{_CLAUDE_DOCS}/zh-CN/models/opus-5-5/overview"),
    ("claude-sonnet-5-5", f"{_CLAUDE_DOCS}/zh-CN/models/sonnet-5-5/overview"),
    ("claude-haiku-5-5", f"{_CLAUDE_DOCS}/zh-CN/models/haiku-5-5/migration-guide"),
    ("claude-fable-5", f"{_CLAUDE_DOCS}/en/models/fable-5/overview.md"),
    ("claude-mythos-5", f"{_CLAUDE_DOCS}/about-claude/models/"
                        "introducing-claude-fable-5-and-claude-mythos-5"),
    ("claude-opus-5", f"{_CLAUDE_DOCS}/es/models/opus-5/overview.md"),
    ("claude-sonnet-5", f"{_CLAUDE_DOCS}/zh-CN/models/sonnet-5/overview.md"),
    ("claude-opus-4-8", ANTHROPIC_OVERVIEW_COPY),
    ("claude-opus-4-7", ANTHROPIC_OVERVIEW_COPY),
    ("claude-opus-4-6", ANTHROPIC_OVERVIEW_COPY),
    ("claude-sonnet-4-6", ANTHROPIC_OVERVIEW_COPY),
    ("claude-opus-4-5-20251101", f"{_CLAUDE_DOCS}/pt-BR/models/opus-4-5/overview.md"),
    ("claude-opus-4-5", ANTHROPIC_OVERVIEW_COPY),
    ("claude-haiku-4-5-20251001", f"{_CLAUDE_DOCS}/pt-BR/models/haiku-4-5/overview.md"),
    ("claude-haiku-4-5", f"{_CLAUDE_DOCS}/zh-CN/models/haiku-5-5/migration-guide"),
)

# Announced shutdowns, still served: Sonnet 4.5 "retires on November 30, 2026" (its page; the
# release notes of 2026-09-30), Mythos Preview deprecated with no date we could read.
ANTHROPIC_DEPRECATED = _rows(f"{_CLAUDE_DOCS}/pt-BR/models/sonnet-4-5/overview.md", [
    ("claude-sonnet-4-5-20250929", "2026-11-30", "claude-sonnet-5-5"),
    ("claude-sonnet-4-5", "2026-11-30", "claude-sonnet-5-5"),
]) + _rows(ANTHROPIC_DEPRECATIONS_COPY, [("claude-mythos-preview", None, "claude-mythos-5")])

# Claude Code's own names for models, which it resolves itself before a request leaves: never
# an ID to judge under Claude Code's variables. `[1m]` after an alias or a full ID asks for the
# 1M-token window (stripped before an ID is judged). docs/sources.md#model-catalogs
CLAUDE_CODE_MODEL_DOCS = (
    "https://github.com/thevibeworks/claude-code-docs/blob/"
    "3f1ef7c2860523314e2c1b07d95f1db5235f66b1/content/en/docs/claude-code/model-config.md")
CLAUDE_CODE_ALIASES: Final = frozenset({"default", "best", "fable", "sonnet", "opus", "haiku",
                                        "opusplan", "inherit"})
CLAUDE_CODE_1M_SUFFIX: Final = "[1m]"

# Claude Code's pages, in the copy the rows below were read in.
_CLAUDE_CODE_COPY = ("https://github.com/thevibeworks/claude-code-docs/blob/"
                     "3f1ef7c2860523314e2c1b07d95f1db5235f66b1/content/en/")
# Anthropic's retirement dates "apply to Anthropic-operated platforms: the Claude API, Claude
# Platform on AWS, and Microsoft Foundry"; "partner-operated platforms (Amazon Bedrock and
# Google Cloud) set their own retirement schedules" (the deprecations page, in that copy).
ANTHROPIC_OPERATED = f"{_CLAUDE_CODE_COPY}about-claude/model-deprecations.md"


class ClaudePlatform(NamedTuple):
    """A Claude Code switch (CLAUDE_CODE_USE_*=1) that sends its requests to another platform
    than Anthropic's own API: who serves them there, and whether that platform keeps its own
    retirement schedule (a model Anthropic shut down may still be served there: SW317)."""

    switch: str
    host: str  # as a finding names it
    own_schedule: bool
    source: str


# Claude Code's platform switches (its env-vars page: each "Use ..." that platform; an empty
# value is unset). Mantle is Amazon Bedrock's endpoint for Anthropic's API shape (its Bedrock
# page), so Bedrock's schedule. The first switch set, in this order, decides.
# docs/sources.md#anthropic-catalog
CLAUDE_CODE_PLATFORMS: Final[tuple[ClaudePlatform, ...]] = (
    ClaudePlatform("CLAUDE_CODE_USE_BEDROCK", "Amazon Bedrock", True,
                   f"{_CLAUDE_CODE_COPY}docs/claude-code/amazon-bedrock.md"),
    ClaudePlatform("CLAUDE_CODE_USE_MANTLE", "Amazon Bedrock (Mantle)", True,
                   f"{_CLAUDE_CODE_COPY}docs/claude-code/amazon-bedrock.md"),
    ClaudePlatform("CLAUDE_CODE_USE_VERTEX", "Google Cloud (Vertex AI)", True,
                   f"{_CLAUDE_CODE_COPY}docs/claude-code/google-vertex-ai.md"),
    ClaudePlatform("CLAUDE_CODE_USE_FOUNDRY", "Microsoft Foundry", False, ANTHROPIC_OPERATED),
    ClaudePlatform("CLAUDE_CODE_USE_ANTHROPIC_AWS", "Claude Platform on AWS", False,
                   ANTHROPIC_OPERATED),
)

# Claude's model IDs as the partner platforms write them (platform, pattern: `id` the ID's own
# name, `date` a snapshot date Anthropic's name puts after a -, source): Amazon Bedrock's
# anthropic.claude-... with an inference profile's region prefix (us., eu., apac., jp., au.,
# global., us-gov.) and a -vN:M version, the newer ones (and Mantle's) without the version;
# Google Cloud's claude-...@YYYYMMDD. Anthropic's own API knows neither form (SW315).
# docs/sources.md#anthropic-catalog
_BEDROCK_REGION = r"(?:(?:us|eu|apac|global|jp|au|us-gov)\.)?"
CLAUDE_PLATFORM_IDS: Final[tuple[tuple[str, re.Pattern[str], str], ...]] = (
    ("Amazon Bedrock", re.compile(
        _BEDROCK_REGION + r"anthropic\.(?P<id>claude-[\w.-]+?)(?:-v\d+(?::\d+)?)?"),
     f"{_CLAUDE_CODE_COPY}docs/claude-code/amazon-bedrock.md"),
    ("Amazon Bedrock", re.compile(_BEDROCK_REGION + r"(?P<id>claude-[\w.-]+?)-v\d+(?::\d+)?"),
     f"{_CLAUDE_CODE_COPY}docs/claude-code/amazon-bedrock.md"),
    ("Google Cloud (Vertex AI)", re.compile(r"(?P<id>claude-[\w.-]+?)@(?P<date>\d{8})"),
     f"{_CLAUDE_CODE_COPY}build-with-claude/claude-on-vertex-ai.md"),
)

# "Gemini 2.0 Flash and Flash-Lite models were shut down on June 1, 2026 ... update to a newer
# model like gemini-3.1-flash-lite" (the page's notice, as of its update of 2026-06-18). The
# 2.5 models' fate differs between Google's pages (shut down, routed to newer models from
# 2026-12-01, or "not deprecated ... served until further notice"): not in this table, nor
# gemini-2.5-flash-image, which the deprecations page dates 2026-10-02 under that very note.
# The 1.5 snapshots (-001, -002) are left out too: the release notes name only the three 1.5
# IDs below as shut down. Gemini 1.0 Pro's notice ("no longer supported", 2025-02-18) names no
# ID; its IDs are the models page's (GEMINI_1_0_MODELS: gemini-1.0-pro, "Deprecated on
# 2/15/2025"; gemini-pro-vision for 1.0 Pro Vision), the snapshot Vertex AI's notice spells
# (gemini-1.0-pro-001) and the older alias gemini-pro (the same model: a client renamed its
# gemini-pro entry gemini-1.0-pro, https://github.com/firebase/genkit/pull/59).
GOOGLE_RETIRED = _chained(_rows(GEMINI_2_0_SHUTDOWN, [
    ("gemini-2.0-flash", "2026-06-01", "gemini-3.1-flash-lite"),
    ("gemini-2.0-flash-001", "2026-06-01", "gemini-3.1-flash-lite"),
    ("gemini-2.0-flash-lite", "2026-06-01", "gemini-3.1-flash-lite"),
    ("gemini-2.0-flash-lite-001", "2026-06-01", "gemini-3.1-flash-lite"),
]) + _rows(GEMINI_DEPRECATIONS, [
    # Models the deprecations page dates shut down before 2026-11-28, with the replacement it
    # names (its copy of late September 2026; docs/sources.md#model-shutdown-history).
    ("gemini-2.5-pro-preview-03-25", "2025-12-02", "gemini-3.1-pro-preview"),
    ("gemini-2.5-pro-preview-05-06", "2025-12-02", "gemini-3.1-pro-preview"),
    ("gemini-2.5-pro-preview-06-05", "2025-12-02", "gemini-3.1-pro-preview"),
    ("gemini-3-pro-preview", "2026-03-09", "gemini-3.1-pro-preview"),
    ("gemini-3.1-flash-lite-preview", "2026-05-25", "gemini-3.1-flash-lite"),
    ("gemini-3.1-flash-image-preview", "2026-06-25", "gemini-3.1-flash-image"),
    ("gemini-3-pro-image-preview", "2026-06-25", "gemini-3-pro-image"),
    ("gemini-2.5-flash-lite-preview-09-2025", "2026-03-31", "gemini-3.1-flash-lite"),
    ("gemini-2.5-flash-preview-05-20", "2025-11-18", "gemini-3.6-flash"),
    ("gemini-2.5-flash-preview-09-25", "2026-02-17", "gemini-3.6-flash"),  # the page's spelling
    ("gemini-2.5-flash-image-preview", "2026-01-15", "gemini-2.5-flash-image"),
    ("gemini-2.0-flash-preview-image-generation", "2025-11-14", "gemini-2.5-flash-image"),
    ("gemini-2.0-flash-lite-preview", "2025-12-09", "gemini-2.5-flash-lite"),
    ("gemini-2.0-flash-lite-preview-02-05", "2025-12-09", "gemini-2.5-flash-lite"),
    ("gemini-2.0-flash-live-001", "2025-12-09", "gemini-3.8-live"),
    ("gemini-live-2.5-flash-preview", "2025-12-09", "gemini-3.8-live"),
    ("text-embedding-004", "2026-01-14", "gemini-embedding-2"),
    ("embedding-2-preview", "2026-08-10", "gemini-embedding-2"),
    ("embedding-001", "2025-10-30", "gemini-embedding-2"),
    ("embedding-gecko-001", "2025-10-30", "gemini-embedding-2"),
    ("gemini-embedding-exp", "2025-10-30", "gemini-embedding-2"),
    ("gemini-embedding-exp-03-07", "2025-10-30", "gemini-embedding-2"),
    ("imagen-4.0-generate-001", "2026-08-17", "gemini-3.1-flash-image"),
    ("imagen-4.0-ultra-generate-001", "2026-08-17", "gemini-3.1-flash-image"),
    ("imagen-4.0-fast-generate-001", "2026-08-17", "gemini-3.1-flash-image"),
    ("imagen-3.0-generate-002", "2025-11-10", "imagen-4.0-generate-001"),
    ("imagen-4.0-generate-preview-06-06", "2026-02-17", "imagen-4.0-generate-001"),
    ("imagen-4.0-ultra-generate-preview-06-06", "2026-02-17", "imagen-4.0-ultra-generate-001"),
    ("veo-3.0-generate-001", "2026-06-30", "veo-3.1-generate-preview"),
    ("veo-3.0-fast-generate-001", "2026-06-30", "veo-3.1-fast-generate-preview"),
    ("veo-2.0-generate-001", "2026-06-30", "veo-3.1-generate-preview"),
    ("veo-3.1-lite-generate-preview", "2026-10-22", "gemini-omni-1.1-flash"),
    ("veo-3.1-generate-preview", "2026-10-22", "gemini-omni-1.1-flash"),
    ("veo-3.1-fast-generate-preview", "2026-10-22", "gemini-omni-1.1-flash"),
    ("veo-3.0-generate-preview", "2025-11-12", "veo-3.1-generate-preview"),
    ("veo-3.0-fast-generate-preview", "2025-11-12", "veo-3.1-fast-generate-preview"),
    ("gemini-robotics-er-1.6-preview", "2026-08-31", "gemini-robotics-er-2-preview"),
    ("gemini-robotics-er-1.5-preview", "2026-04-30", "gemini-robotics-er-1.6-preview"),
]) + _rows(GEMINI_CHANGELOG, [
    # Shutdowns only the release notes date (none names a replacement): "The following Gemini
    # 1.5 models are now shut down" (2025-09-29), "gemini-2.5-pro-exp-03-25 is shut down"
    # (2025-06-26), and the dates the notes of 2025-11-04 and 2025-11-11 set.
    ("gemini-1.5-pro", "2025-09-29", None),
    ("gemini-1.5-flash", "2025-09-29", None),
    ("gemini-1.5-flash-8b", "2025-09-29", None),
    ("gemini-2.5-pro-exp-03-25", "2025-06-26", None),
    ("gemini-2.5-flash-lite-preview-06-17", "2025-11-18", None),
    ("gemini-2.0-flash-thinking-exp", "2025-12-02", None),
    ("gemini-2.0-flash-thinking-exp-01-21", "2025-12-02", None),
    ("gemini-2.0-flash-thinking-exp-1219", "2025-12-02", None),
    ("gemini-2.0-flash-exp", "2025-12-09", None),
    ("gemini-2.0-pro-exp", "2025-12-09", None),
    ("gemini-2.0-pro-exp-02-05", "2025-12-09", None),
    ("gemini-2.0-flash-exp-image-generation", "2025-11-14", None),
    # "Gemini 1.0 Pro is no longer supported" (the notes of 2025-02-18).
    ("gemini-pro", "2025-02-18", "gemini-1.5-pro"),
    ("gemini-1.0-pro", "2025-02-18", "gemini-1.5-pro"),
    ("gemini-1.0-pro-001", "2025-02-18", "gemini-1.5-pro"),
    ("gemini-1.0-pro-latest", "2025-02-18", "gemini-1.5-pro"),
]) + _rows(GEMINI_1_0_PRO_VISION, [
    # Gemini 1.0 Pro Vision: the models page marks it deprecated, Vertex AI's notice ends it
    # (2025-04-09 there); the Gemini API's own date is not public, hence no date.
    ("gemini-pro-vision", None, "gemini-1.5-flash"),
    ("gemini-1.0-pro-vision", None, "gemini-1.5-flash"),
    ("gemini-1.0-pro-vision-latest", None, "gemini-1.5-flash"),
]))

XAI_NOTES = (ModelNote("grok-4", "unconfirmed", "an alias; the snapshot it named, grok-4-0709, "
                       "was retired on 2026-05-15", XAI_RETIREMENT),)
