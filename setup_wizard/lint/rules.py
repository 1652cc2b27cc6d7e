"""The lint rules as data: stable code, severity, title, why, and the public source.

`lint` reports only codes listed here (a test holds it to that), `docs/rules.md` is
generated from this table by `rules_markdown()`, and `--list-rules` prints the same text.
Pure data and string formatting: this module is on the lint path and imports nothing heavy.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final, Literal

from setup_wizard.config import fields, names, providers

# info: said, never fails a run (not even with --strict): "cannot check: comes from OTHER".
Severity = Literal["error", "warning", "info"]

_CF = "https://github.com/cloudflare/cloudflare-docs/blob"
SRC_GROQ_VIA_GATEWAY: Final = (
    f"{_CF}/2f37a1f8148869e39c71b0a9bd69a8449bea827b/src/content/docs/ai-gateway/usage/providers/groq.mdx"
)
SRC_COMPAT: Final = (
    f"{_CF}/0309c8bed23afe438f28fd5026b5a7999e653081/src/content/docs/ai-gateway/usage/chat-completion.mdx"
)
SRC_LIMITS: Final = (
    f"{_CF}/0170ffd830ad695dcb2c9d9fb98260ada02f6499/src/content/docs/ai-gateway/reference/limits.mdx"
)
SRC_AUTH: Final = "https://developers.cloudflare.com/changelog/post/2026-11-03-required-authentication/"
SRC_BYOK: Final = "https://github.com/cloudflare/cloudflare-docs/issues/33517"
SRC_ACCOUNT_ID: Final = "https://github.com/cloudflare/workers-sdk/issues/3862"
SRC_DOUBLE_V1: Final = "https://github.com/songquanpeng/one-api/issues/598"
SRC_2005: Final = "https://github.com/devoxx/DevoxxGenieIDEAPlugin/issues/1254"
SRC_2008: Final = "https://github.com/devoxx/DevoxxGenieIDEAPlugin/issues/1210"
SRC_XAI: Final = "https://github.com/anomalyco/opencode/issues/44827"
SRC_PERPLEXITY: Final = (
    f"{_CF}/2f37a1f8148869e39c71b0a9bd69a8449bea827b/src/content/docs/ai-gateway/usage/providers/perplexity.mdx"
)
SRC_GROQ_MODELS: Final = "https://console.groq.com/docs/models"
SRC_GROQ_DEPRECATIONS: Final = "https://console.groq.com/docs/deprecations"
SRC_GROQ_KEY: Final = (
    "https://github.com/betterleaks/betterleaks/blob/HEAD/cmd/generate/config/rules/groq.go"
)
SRC_DOTENV: Final = "https://github.com/theskumar/python-dotenv#file-format"
# npm dotenv's backtick quotes, since 16.0.0 ("Add support for backticks", its LINE regex).
SRC_NODE_BACKTICKS: Final = (
    "https://github.com/motdotla/dotenv/commit/7e450198070b2b802e7a264ae8a202c33c5216a9"
)
# compose-go's .env parser (docker compose's env_file): locateKeyName trims the blanks after
# `=`, extractVarValue cuts an unquoted value at " #".
SRC_COMPOSE_DOTENV: Final = (
    "https://github.com/compose-spec/compose-go/blob/e70e961c3a3acebf0800b882f1afb3dbf1fb74a2/"
    "dotenv/parser.go"
)
# docker run --env-file (docker/cli's kvfile): "quotes are considered part of the key or value".
SRC_DOCKER_ENV_FILE: Final = (
    "https://github.com/docker/cli/blob/28f756087eea5fa301f3fbf12b01ae62f91521c2/"
    "pkg/kvfile/kvfile.go"
)
# A POSIX shell removes the quotes of a word it reads (`set -a; . ./.env`): Quote Removal.
SRC_SHELL_QUOTES: Final = (
    "https://pubs.opengroup.org/onlinepubs/9699919799/utilities/V3_chap02.html#tag_18_06_07"
)
SRC_POSIX_NAMES: Final = (
    "https://pubs.opengroup.org/onlinepubs/9699919799/basedefs/V1_chap08.html"
)
SRC_THIS_TOOL: Final = "https://github.com/theskumar/python-dotenv"  # how the app reads the file
SRC_HTTPX_HEADERS: Final = "https://github.com/encode/httpx/blob/master/httpx/_models.py"
SRC_URL_SYNTAX: Final = "https://www.rfc-editor.org/rfc/rfc3986#section-3.3"
# A host name's labels are 1 to 63 characters (RFC 1123 2.1, after RFC 1035 2.3.4).
# OpenRouter routes a vendor/model request to the providers that host that model.
SRC_OPENROUTER_ROUTING: Final = "https://openrouter.ai/docs/features/provider-routing"
SRC_HOST_SYNTAX: Final = "https://www.rfc-editor.org/rfc/rfc1123#section-2.1"
SRC_GROQ_SDK_BASE: Final = "https://github.com/groq/groq-python/blob/main/src/groq/_client.py"
SRC_OPENAI_V1_BASE: Final = "https://github.com/openai/openai-python/blob/main/src/openai/lib/_client_auth.py"


@dataclass(frozen=True)
class Rule:
    code: str
    severity: Severity
    group: str
    title: str
    description: str  # why it breaks the first request, in one or two sentences
    source: str


GROUPS: Final[dict[str, str]] = {
    "file": "Reading the file",
    "syntax": "Syntax (as python-dotenv reads it)",
    "flags": "Gateway switch and mode",
    "url": "Base URL and gateway identifiers",
    "model": "Model",
    "token": "Cloudflare gateway token",
    "key": "Provider key",
}

RULES: Final[tuple[Rule, ...]] = (
    # -- file ---------------------------------------------------------------------------
    Rule("SW001", "error", "file", "file cannot be read",
         "Missing, a directory, or no permission. Exit code 2: nothing was checked.",
         SRC_THIS_TOOL),
    Rule("SW002", "error", "file", "binary file",
         "The file contains NUL bytes; python-dotenv would not read settings from it.",
         SRC_THIS_TOOL),
    Rule("SW003", "error", "file", "not UTF-8",
         "python-dotenv reads .env files as UTF-8 and raises on anything else.", SRC_DOTENV),
    Rule("SW004", "error", "file", "file too large",
         "Over 1 MiB is not a .env file (a log or a dump pointed at by mistake).",
         SRC_THIS_TOOL),
    Rule("SW005", "error", "file", "too many lines",
         "Over 10,000 lines is not a .env file either; lint stops before parsing it, so a "
         "pasted log cannot make it slow.", SRC_THIS_TOOL),
    # -- syntax -------------------------------------------------------------------------
    Rule("SW100", "error", "syntax", "unparsable line",
         "python-dotenv skips the line with a warning, so its setting is silently missing (a "
         "line that looks like a setting: an =, export NAME, NAME: value, NAME value, a key).",
         SRC_DOTENV),
    Rule("SW123", "warning", "syntax", "a line that is no setting",
         "Prose or a shell command (a template's docstring, `cat << EOF > .env`) is skipped by "
         "python-dotenv with a warning; no setting is lost, but a comment says it is none.",
         SRC_DOTENV),
    Rule("SW101", "error", "syntax", "duplicate key with different values",
         "python-dotenv keeps the last one; the earlier line is dead and misleads readers.",
         SRC_DOTENV),
    Rule("SW121", "warning", "syntax", "duplicate key with different values, not an LLM setting",
         "python-dotenv keeps the last one, but no request depends on a setting no LLM client "
         "reads, and other loaders may read the lines otherwise (npm dotenv reads KEY=#... as "
         "empty).", "https://github.com/motdotla/dotenv#what-rules-does-the-parsing-engine-follow"),
    Rule("SW124", "warning", "syntax", "a value in backticks (npm dotenv's quoting)",
         "npm dotenv (16.0.0 and later, Node apps' .env: chat-ui's MODELS=`[...]`) reads the "
         "text between the backticks, across lines too, and lint reads it so; python-dotenv "
         "does not know backtick quotes: it keeps them in the value, and of a value over "
         "several lines reads the first line only, the others as lines of their own.",
         SRC_NODE_BACKTICKS),
    Rule("SW102", "warning", "syntax", "duplicate key with the same value",
         "Harmless today, but the next edit changes one copy and not the other.", SRC_DOTENV),
    Rule("SW103", "error", "syntax", "unbalanced quote",
         "A quote that is never closed makes python-dotenv drop the line.", SRC_DOTENV),
    Rule("SW104", "error", "syntax", "whitespace inside the quotes",
         "Quoted spaces are part of the value: a key or URL with a space is sent as is "
         "and rejected.", SRC_DOTENV),
    Rule("SW105", "warning", "syntax", "invalid key name",
         "python-dotenv accepts it, but shells and `docker --env-file` cannot set it.",
         SRC_POSIX_NAMES),
    Rule("SW106", "warning", "syntax", "byte order mark",
         "python-dotenv 1.2 drops it, but older versions, shells and Docker glue it to the "
         "first key, which then is never found.", SRC_DOTENV),
    Rule("SW107", "warning", "syntax", "CRLF line endings",
         "python-dotenv reads them, but `source .env` and `docker --env-file` keep the \\r "
         "at the end of every value (UNCONFIRMED for every loader).", SRC_DOTENV),
    Rule("SW108", "warning", "syntax", "quoted value swallows later lines",
         "A quote closed several lines later turns the lines in between, settings included, "
         "into part of one value.", SRC_DOTENV),
    Rule("SW109", "warning", "syntax", "misspelt setting name",
         "A near-miss of a name a client reads (wrong case, a typo, a missing word) is never "
         "read, also when the right name is set too. So is an LLM setting's name whose "
         "provider word is misspelt (HUUGINGFACE_API_KEY, ANTRHOPIC_API_KEY, GROOQ_MODEL: a "
         "letter doubled, a double letter on its neighbour; in words of six letters or more "
         "also one dropped or two swapped), whatever the rest of the name; not a real word "
         "one letter from a provider's (CLADE, GOGGLE, a final S: FIREWORK).", SRC_DOTENV),
    Rule("SW110", "warning", "syntax", "no LLM settings",
         "Nothing this tool knows is set (empty file, or a .env for something else).",
         SRC_THIS_TOOL),
    Rule("SW111", "info", "syntax", "cannot check: the value comes from another variable",
         "${OTHER} is expanded as python-dotenv does, from the file and then the environment; "
         "when neither has OTHER, the value is only known at run time.", SRC_DOTENV),
    Rule("SW112", "error", "syntax", "non-ASCII character in a secret",
         "Keys and tokens travel in HTTP headers, which carry ASCII only: the client raises "
         "UnicodeEncodeError before sending (a byte order mark from a Windows pipe, an "
         "accented letter).", SRC_HTTPX_HEADERS),
    Rule("SW113", "error", "syntax", "quote characters inside a value",
         "A quote that is part of the value (cmd.exe's set X=\"...\" and a compose list's "
         "- X=\"...\" keep them) is sent with the key, URL or model, which is then rejected. "
         "Said of LLM settings only: an app's own secret or setting (JWT_SECRET, DATABASE_URL) "
         "is used by the app itself, quotes and all.", SRC_DOTENV),
    Rule("SW114", "warning", "syntax", "a name some clients do not read",
         "OPENAI_API_BASE is read by LangChain and LiteLLM, but the OpenAI SDK 1.x and later "
         "reads only OPENAI_BASE_URL: with it, requests go to api.openai.com. "
         "OPENAI_API_BASE_URL is read by Open WebUI, CAMEL and chatgpt-web, and by none of the "
         "OpenAI SDK, LangChain, LiteLLM and crewAI (crewAI's docs had it until crewAI#213): "
         "said in a file that shows none of those apps (their names: WEBUI_*, "
         "DEFAULT_MODEL_PLATFORM_TYPE, API_REVERSE_PROXY, ...), where lint does not take it "
         "for where requests go either; in theirs it is their base URL.",
         SRC_OPENAI_V1_BASE),
    Rule("SW125", "warning", "syntax", "a name its app has renamed",
         "An app's old name for a setting, in its old form or in a file of that app (Open "
         "WebUI's OLLAMA_API_BASE_URL=http://host:11434/api, now OLLAMA_BASE_URL without /api): "
         "the app reads the new name first, and its Docker image sets that one, so the old "
         "name is ignored there (set empty, the new name gives way to the old one: said so). "
         "Another app's own name that looks the same (bolt.diy's "
         "OLLAMA_API_BASE_URL, written without /api) is not said.",
         names.OPEN_WEBUI_ENV_DOCS),
    Rule("SW116", "error", "syntax", "two settings on one line",
         "An unquoted value runs to the end of its line: KEY=abc BASE_URL=https://... sets KEY "
         "to all of it and never sets BASE_URL (line breaks lost in a copy).", SRC_DOTENV),
    Rule("SW117", "warning", "syntax", "an empty value with a comment after it",
         "KEY=   # note is empty for python-dotenv, but docker compose's env_file trims the "
         "blanks after = and cuts comments only at ' #', so KEY is the comment's text (a model "
         "or key the provider then rejects).", SRC_COMPOSE_DOTENV),
    Rule("SW118", "warning", "syntax", "settings inside a comment",
         "A copy that lost its line breaks glues the lines after a comment onto it "
         "(# ---KEY=\"v\"OTHER=...): the whole run is one comment and no setting in it is set.",
         SRC_DOTENV),
    Rule("SW119", "warning", "syntax", "a reference to a variable the file sets only later",
         "python-dotenv expands ${OTHER} in file order: a value that refers to a variable set "
         "further down gets it from the environment, or an empty string.", SRC_DOTENV),
    Rule("SW120", "info", "syntax", "cannot check: a value filled in when the app runs",
         "op://vault/item/field is where 1Password keeps the secret; `op run --env-file` puts "
         "the secret in its place when it starts the app, so only the app sees the value. "
         "Likewise an app's own word for a value it fills in itself (LibreChat's "
         "KEY=user_provided: each user enters a key in its UI; Open WebUI's "
         "OLLAMA_BASE_URL=/ollama: an address it sets at start-up; see the names below).",
         "https://developer.1password.com/docs/cli/secret-references/"),
    Rule("SW122", "info", "syntax", "quotes that docker run --env-file keeps",
         "python-dotenv, docker compose and a shell read KEY=\"value\" as value; docker run "
         "--env-file passes the line as written, so an LLM setting quoted so reaches the app "
         "with its quotes (a key with a quote at each end, a URL no client can call). Said "
         "only where the value needs no quotes, so the fix changes nothing for the other "
         "loaders; info, "
         "since nothing in the file says which loader reads it. One ignore[SW122] on a line "
         "of its own silences it for the whole file.", SRC_DOCKER_ENV_FILE),
    Rule("SW126", "info", "syntax", "a comment after a value that docker run --env-file keeps",
         "python-dotenv, docker compose and a shell end KEY=value # note at the blank before "
         "the #; docker run --env-file passes the rest of the line as written, so an LLM "
         "setting written so reaches the app as 'value # note' (a key, URL or model ID no "
         "server knows). Info, as SW122, since nothing in the file says which loader reads "
         "it; one ignore[SW126] on a line of its own silences it for the whole file.",
         "https://github.com/docker/cli/issues/4404"),
    Rule("SW115", "error", "syntax", "a base URL that is a missing value written as text",
         "undefined, None or null as a base URL is what a program writes for "
         "a value that was never set (opencommit's OCO_API_URL=undefined); it is sent as it is "
         "and rejected.", "https://github.com/di-sukharev/opencommit/issues/416"),
    # -- flags --------------------------------------------------------------------------
    Rule("SW200", "error", "flags", "USE_AI_GATEWAY is not a boolean",
         "Apps test it as true/false; any other value is read as one of them by accident.",
         SRC_GROQ_VIA_GATEWAY),
    Rule("SW201", "error", "flags", "USE_AI_GATEWAY contradicts the base URL or the mode",
         "The app sends (or omits) the gateway token according to the flag, while the URL "
         "decides where the request goes.", SRC_GROQ_VIA_GATEWAY),
    Rule("SW202", "warning", "flags", "USE_AI_GATEWAY missing with a gateway URL",
         "An app that keys the cf-aig-authorization header on this flag sends no token "
         "(gateway code 2009). UNCONFIRMED: depends on the app.", SRC_AUTH),
    Rule("SW203", "error", "flags", "AI_GATEWAY_MODE is not a mode",
         "Must be gateway-stored-key, gateway-request-key or direct.", SRC_BYOK),
    Rule("SW204", "error", "flags", "AI_GATEWAY_MODE contradicts the base URL",
         "A gateway mode with a direct URL (or the reverse) is judged by the wrong rules.",
         SRC_GROQ_VIA_GATEWAY),
    # -- url ----------------------------------------------------------------------------
    Rule("SW210", "error", "url", "OPENAI_BASE_URL missing",
         "Without it the OpenAI SDK calls api.openai.com, which rejects other providers' keys "
         "and knows nothing of the gateway.", SRC_GROQ_VIA_GATEWAY),
    Rule("SW211", "error", "url", "base URL is not https",
         "The gateway and the providers are https only (plain http allowed for 127.0.0.1); so "
         "are the OpenAI-compatible vendors lint knows by their base (Together, Fireworks, "
         "...: docs/sources.md#openai-bases), whose http:// redirects to https and the client "
         "re-sends the POST as a GET (405 Method not allowed). A server on the LAN or in "
         "compose may speak http: not judged.", SRC_GROQ_VIA_GATEWAY),
    Rule("SW212", "error", "url", "host typo",
         "A host one or two letters off a known one (gateway.ai.cloudfare.com) never answers; "
         "an OpenAI-compatible vendor's host one label a letter off (api.togther.xyz) too.",
         SRC_GROQ_VIA_GATEWAY),
    Rule("SW213", "error", "url", "base URL ends with /chat/completions",
         "The SDK appends /chat/completions itself, so it is sent twice.",
         SRC_GROQ_VIA_GATEWAY),
    Rule("SW214", "warning", "url", "trailing slash",
         "The OpenAI SDK copes; clients that join strings send //chat/completions.",
         SRC_GROQ_VIA_GATEWAY),
    Rule("SW215", "error", "url", "doubled /v1",
         "/v1/v1/chat/completions does not exist (OpenAI: Invalid URL).", SRC_DOUBLE_V1),
    Rule("SW216", "error", "url", "wrong path after the provider",
         "Through the gateway, .../groq replaces https://api.groq.com/openai/v1: "
         ".../groq/openai/v1 and .../groq/v1 are wrong paths.", SRC_GROQ_VIA_GATEWAY),
    Rule("SW217", "error", "url", "unknown provider in the gateway URL",
         "The segment after the gateway name must be a provider slug or compat "
         "(gateway code 2008 Invalid provider).", SRC_2008),
    Rule("SW218", "error", "url", "account ID is not 32 hex characters",
         "The gateway URL carries the Cloudflare account ID, 32 hex characters.",
         SRC_ACCOUNT_ID),
    Rule("SW219", "error", "url", "gateway name empty or too long",
         "The gateway name (its ID) has 1 to 64 characters (gateway code 2001 otherwise).",
         SRC_LIMITS),
    Rule("SW220", "warning", "url", "gateway name has unusual characters",
         "Lower-case letters, digits and _ joined by single hyphens is a third party's "
         "statement of the rule: UNCONFIRMED for AI Gateway, hence a warning.", SRC_LIMITS),
    Rule("SW221", "error", "url", "gateway URL incomplete",
         "An OpenAI-SDK base URL through the gateway is "
         "https://gateway.ai.cloudflare.com/v1/{account_id}/{gateway_id}/{provider}.",
         SRC_GROQ_VIA_GATEWAY),
    Rule("SW222", "error", "url", "wrong path on the provider's own host",
         "Straight to a provider the base URL is its documented one, minus what the client "
         "appends (OpenAI SDK: https://api.groq.com/openai/v1; Groq SDK, which appends "
         "/openai/v1: https://api.groq.com). On an OpenAI-compatible vendor's host lint "
         "knows by its base only (Together, Fireworks, DashScope, DeepInfra, ...: "
         "docs/sources.md#openai-bases), the vendor's documented base "
         "(https://api.fireworks.ai/inference/v1, not /v1). OLLAMA_HOST is an address its "
         "clients append /api/... to: an OpenAI-style /v1 or /api there is sent in front "
         "(/v1/api/chat, 404). A local model server's bare address on its default port "
         "(Ollama's :11434, LM Studio's :1234) under the OpenAI SDK's names: their "
         "OpenAI-compatible API is at /v1, the root's /chat/completions answers 404.",
         SRC_GROQ_VIA_GATEWAY),
    Rule("SW223", "error", "url", "credentials inside the URL",
         "user:password@ or ?key=... in a base URL is logged by every proxy and server on the "
         "way; the key belongs in its own variable.", SRC_URL_SYNTAX),
    Rule("SW224", "error", "url", "query string on the base URL",
         "The SDK appends /chat/completions after the whole base URL, query included "
         "(.../v1?x=1/chat/completions).", SRC_URL_SYNTAX),
    Rule("SW225", "error", "url", "gateway path on another host",
         "/v1/{account_id}/{gateway_id}/{provider} is the AI Gateway's path; it answers only "
         "on gateway.ai.cloudflare.com (not gateway.cloudflare.com or a provider's host).",
         SRC_GROQ_VIA_GATEWAY),
    Rule("SW226", "error", "url", "character not allowed in a URL",
         "A space, quote or bracket cannot be in a URL path (a space in the gateway name); "
         "the request is refused or sent somewhere else.", SRC_URL_SYNTAX),
    Rule("SW227", "error", "url", "host with an empty label",
         "A host name is labels joined by single dots (192.168..50, api..groq.com name no "
         "machine): the request fails before it leaves.", SRC_HOST_SYNTAX),
    Rule("SW228", "warning", "url", "the provider's Anthropic-format base URL",
         "DeepSeek and OpenRouter also speak Anthropic's Messages API at another base "
         "(api.deepseek.com/anthropic, openrouter.ai/api): right for an Anthropic client, "
         "wrong for an OpenAI-format one, which lint cannot tell from an unknown name.",
         "https://api-docs.deepseek.com/guides/anthropic_api/"),
    Rule("SW229", "warning", "url", "an unknown app's base URL ends with an endpoint "
         "(/chat/completions, /embeddings, /completions, /responses)",
         "An OpenAI-style SDK appends the endpoint itself, so it is sent twice; some apps "
         "post to their variable as it is (gpt-pilot's OPENAI_ENDPOINT, KubeBolt's "
         "KUBEBOLT_AI_BASE_URL, DeepTutor's EMBEDDING_HOST), which lint cannot tell from a name "
         "it does not know.",
         SRC_GROQ_VIA_GATEWAY),
    Rule("SW230", "warning", "url", "an SDK's base URL written whole beside the file's others",
         "The Groq SDK appends /openai/v1 to GROQ_BASE_URL, so .../openai/v1 there doubles "
         "the path; but a file that also writes another provider's base whole under a name of "
         "its own (OPENROUTER_BASE_URL=https://openrouter.ai/api/v1) most likely hands every "
         "base to a client of its own, which appends nothing: then the value is right. "
         "ignore[SW222] silences it too (what SW222 tells such an app to write).",
         SRC_GROQ_SDK_BASE),
    Rule("SW231", "warning", "url", "a provider's bare host for an app lint does not know",
         "An OpenAI-style SDK needs the provider's whole base (https://api.openai.com/v1) and "
         "appends only /chat/completions; some apps append the version path themselves "
         "(NextChat's BASE_URL=https://api.openai.com), which lint cannot tell from a name it "
         "does not know. Likewise a local model server's bare address (http://localhost:11434, "
         "Ollama's; LM Studio's :1234) under an app's own LLM name (opencode's LOCAL_ENDPOINT), "
         "or under the OpenAI SDK's where the file says the app may call Ollama's native API "
         "there (OPENAI_API_KEY=ollama, LLM_PROVIDER=ollama); not said of an unknown app's name "
         "in such a file, nor of Ollama's own names (OLLAMA_HOST, OLLAMA_BASE_URL).",
         "https://github.com/ChatGPTNextWeb/NextChat/blob/"
         "706a18b95b714ab29b2a4842d3b9ff4f887935d5/README.md"),
    Rule("SW232", "warning", "url", "an SDK's base-URL variable set to an empty value",
         "The Python SDKs read OPENAI_BASE_URL, GROQ_BASE_URL and ANTHROPIC_BASE_URL and use "
         "an empty value as given, not their default: every request fails with 'Connection "
         "error.'. A warning: an app that reads the variable itself may treat empty as unset.",
         "https://github.com/openai/openai-python/blob/main/src/openai/lib/_client_auth.py"),
    Rule("SW233", "warning", "url", "a vendor's native API base for an app lint does not know",
         "generativelanguage.googleapis.com/v1beta is the Gemini API's own base; an "
         "OpenAI-style client needs /v1beta/openai there (under the OpenAI SDK's names it is "
         "the error SW222). Likewise Workers AI's native base, "
         "api.cloudflare.com/client/v4/accounts/{id}/ai/run (its OpenAI-compatible one is "
         ".../ai/v1), and its route through the gateway, .../{gateway}/workers-ai (for an "
         "OpenAI SDK .../workers-ai/v1, SW216 under its names): their own clients put the "
         "model right after them (.../ai/run/@cf/...), so a trailing slash there is no SW214. "
         "An app may call the native API itself, which lint cannot tell from a name it does "
         "not know.", "https://ai.google.dev/gemini-api/docs/openai"),
    Rule("SW321", "warning", "url",
         "the client's own base URL commented out beside a model its default host does not serve",
         "# OPENAI_BASE_URL=https://ark.cn-beijing.volces.com/api/v3 with OPENAI_API_KEY set "
         "and no URL under any other name: the OpenAI SDK sends the model to api.openai.com, "
         "which answers 404 for an ID it does not serve (an Ark endpoint ID, a local model's "
         "name); the commented line is where the model is served. A warning: the URL may come "
         "from the environment.", "https://github.com/yihong0618/mi-gpt/issues/191"),
    Rule("SW234", "warning", "url", "the gateway's root for an app lint does not know",
         "https://gateway.ai.cloudflare.com/v1/{account_id}/{gateway_id} with nothing after "
         "the gateway name: an OpenAI-style SDK needs the provider after it (the error SW221 "
         "under its names), but an app's own client may put each provider's path after the "
         "root itself (TraceRoot's AI_GATEWAY_BASE_URL), or post the Universal endpoint's "
         "steps there, which lint cannot tell from a name it does not know.",
         "https://github.com/EngineeredByVignesh/TraceRoot/blob/"
         "5559dc5af15a816e91649cd14780961b4e072f8d/cloudflare/agents-starter/src/ai-gateway.ts"),
    Rule("SW235", "warning", "url",
         "an Anthropic client's base URL ending in /v1 on a host lint does not know",
         "The Anthropic SDK and Claude Code append /v1/messages to ANTHROPIC_BASE_URL, so a "
         "base ending in /v1 sends to /v1/v1/messages; every Anthropic-format base lint knows "
         "is written without it (api.anthropic.com, openrouter.ai/api, api.deepseek.com/"
         "anthropic, Ollama's and llama.cpp's root). A warning: the Vercel AI SDK reads the "
         "same name and posts to {base}/messages, where /v1 is right. On a provider's host lint "
         "knows, that host's own rules say what the URL is.",
         "https://docs.ollama.com/api/anthropic-compatibility"),
    Rule("SW300", "error", "model", "model missing or empty",
         "Every request names a model; the provider answers 400 without one.",
         SRC_GROQ_MODELS),
    Rule("SW301", "error", "model", "retired model",
         "The provider shut it down; requests answer 400 model_decommissioned or 404 "
         "model_not_found.", SRC_GROQ_DEPRECATIONS),
    Rule("SW302", "warning", "model", "unknown model",
         "Not in this tool's list for the provider; may be a typo (404 model_not_found) or "
         "simply newer than the list.", SRC_GROQ_MODELS),
    Rule("SW303", "error", "model", "compat model without a provider prefix",
         "On /compat the model is {provider}/{model} (gateway code 2005).", SRC_2005),
    Rule("SW304", "error", "model", "compat model with an unknown prefix",
         "The prefix names no gateway provider (gateway code 2008 Invalid provider).",
         SRC_2008),
    Rule("SW305", "error", "model", "compat prefix xai/ instead of grok/",
         "xAI models are grok/<model> on compat; xai/ gives Invalid provider.", SRC_XAI),
    Rule("SW306", "error", "model", "compat prefix perplexity-ai/ instead of perplexity/",
         "The URL slug is perplexity-ai but the compat prefix is perplexity.",
         SRC_PERPLEXITY),
    Rule("SW307", "error", "model", "compat prefix routes to a provider without the model",
         "On compat the prefix picks the provider: openai/gpt-oss-20b goes to OpenAI, which "
         "does not serve it (a Groq model); on Groq it is groq/openai/gpt-oss-20b.",
         SRC_COMPAT),
    Rule("SW308", "error", "model", "compat prefix on a provider endpoint",
         "groq/<model> is the compat spelling; .../groq and api.groq.com want the bare model "
         "(404 model_not_found).", SRC_COMPAT),
    Rule("SW309", "error", "model", "a Groq model sent to another provider",
         "Groq's model IDs (llama-3.3-70b-versatile, openai/gpt-oss-20b) are not served by "
         "OpenAI, Mistral, DeepSeek, ... (404 model_not_found); only routers like OpenRouter "
         "take them.", SRC_GROQ_MODELS),
    Rule("SW310", "error", "model", "model is a placeholder",
         "<custom>/..., your_model or <llama model> is sent as the model ID as it is "
         "(404 model_not_found).", SRC_GROQ_MODELS),
    Rule("SW311", "warning", "model", "model ID not in the provider's form",
         "OpenRouter's IDs are vendor/model; a bare ID is not found (UNCONFIRMED for every "
         "bare ID, hence a warning).", "https://github.com/danielmiessler/Fabric/issues/958"),
    Rule("SW317", "warning", "model", "a model its vendor has shut down, sent to another host",
         "Azure OpenAI, GitHub Models, Amazon Bedrock, Google Cloud (Claude Code's "
         "CLAUDE_CODE_USE_VERTEX) and any API lint does not know keep their own schedules: a "
         "model OpenAI or Anthropic shut down may still be served there (UNCONFIRMED, hence a "
         "warning). Not Microsoft Foundry or Claude Platform on AWS, which follow Anthropic's "
         "dates.",
         "https://learn.microsoft.com/en-us/azure/ai-foundry/openai/concepts/model-retirements"),
    Rule("SW312", "warning", "model", "a router's model its vendor has shut down",
         "OpenRouter passes vendor/model to that vendor: a model the vendor shut down "
         "(openai/o3-mini) is gone there too, unless another host of it still serves it "
         "(UNCONFIRMED, hence a warning).", SRC_OPENROUTER_ROUTING),
    Rule("SW313", "warning", "model", "retired model that another model now answers for",
         "xAI's retired IDs still resolve: grok-4.3 serves them, at its price, with other "
         "behaviour; nothing fails, so a warning.",
         "https://docs.x.ai/developers/migration/may-15-retirement"),
    Rule("SW316", "error", "model", "another vendor's own model sent to a provider",
         "claude-*, gemini-*, gpt-* and o-series, grok-* are served by their vendor's API "
         "only (a router's vendor/model aside): another provider answers 404 "
         "model_not_found. Not said where the file also sets that vendor's own key (apps "
         "that pick the client by the model's name, LiteLLM, LangChain's init_chat_model, "
         "send the model there) or the model's variable names its vendor (XAI_MODEL, read by "
         "an xAI client): the model is judged by that vendor's catalog instead.",
         "https://platform.openai.com/docs/models"),
    Rule("SW318", "error", "model", "an app's model without a provider it knows",
         "gpt-researcher reads FAST_LLM, SMART_LLM and STRATEGIC_LLM as <provider>:<model>, "
         "split at the first ':', and stops at start-up when the text before it is not one "
         "of its providers (qwen2.5:latest reads as provider qwen2.5: ollama:qwen2.5:latest "
         "is meant) or there is no ':' at all.", names.GPT_RESEARCHER_PARSE),
    Rule("SW320", "warning", "model",
         "another vendor's own model beside an OpenAI key and no base URL",
         "claude-*, gemini-*, grok-*, deepseek-chat with OPENAI_API_KEY and no base URL in the "
         "file (one commented out, or never written): the OpenAI SDK sends the model to "
         "api.openai.com, which answers 404 model_not_found, and an app that picks the provider "
         "by the model's name (LiteLLM, LangChain's init_chat_model) needs that vendor's own "
         "key, which the file does not set either. A warning: either may come from the "
         "environment.", "https://platform.openai.com/docs/models"),
    Rule("SW314", "warning", "model", "a blank inside a model ID",
         "No provider's model ID has one (gpt-4o-mini, not 'gpt-4o mini'): a display name is "
         "sent as it is and refused with model not found, unless the app maps names to IDs.",
         "https://platform.openai.com/docs/models"),
    Rule("SW315", "warning", "model", "a Bedrock or Google Cloud model ID sent to Anthropic's API",
         "Amazon Bedrock names Claude anthropic.claude-...-v1:0 (with us., eu., global. for an "
         "inference profile; newer ones without -v1:0), Google Cloud claude-...@YYYYMMDD; "
         "Anthropic's own API knows only its own names and answers not found. Not said where "
         "the file selects that platform (AWS settings, a Claude Code switch) or another API.", "https://platform.claude.com/docs/en/build-with-claude/claude-on-amazon-"
         "bedrock"),
    Rule("SW319", "info", "model", "cannot check: chat-ui's model list is not JSON5",
         "chat-ui reads MODELS (and a TASK_MODEL that is a model's own JSON5) with "
         "JSON5.parse; lint judges each model whose endpoint sends to a provider it has a "
         "catalog of (cloudflare: Workers AI, openai: its baseURL's provider, anthropic, "
         "genai: Gemini), and says where the text stops reading as JSON5 otherwise.",
         "https://github.com/huggingface/chat-ui/blob/6232ac1a44ce065428711102cf06fc9399dbbdaa/"
         "src/lib/server/models.ts"),
    Rule("SW390", "warning", "model", "model facts may be stale",
         "The model is in a catalog last checked against the provider's docs more than 120 "
         "days ago; providers retire models every few weeks. `setup-wizard models` asks the "
         "provider.", SRC_GROQ_DEPRECATIONS),
    # -- token --------------------------------------------------------------------------
    Rule("SW401", "error", "token", "gateway token missing",
         "Gateways created since 2026-11-03 always require cf-aig-authorization "
         "(401, gateway code 2009).", SRC_AUTH),
    Rule("SW402", "error", "token", "gateway token is a placeholder or truncated",
         "xxx, your-token or a value cut at ... is rejected with 2009.", SRC_AUTH),
    Rule("SW403", "error", "token", "gateway token is a provider key",
         "A gsk_/sk- key in CF_GATEWAY_TOKEN is not a Cloudflare token (2009).", SRC_AUTH),
    Rule("SW404", "warning", "token", "gateway token set in direct mode",
         "Unused: nothing is sent to Cloudflare in direct mode (a base URL straight to the "
         "provider). With no base URL in the file, only an app that reads its gateway URL "
         "elsewhere (a config file of its own) sends it.", SRC_AUTH),
    Rule("SW405", "error", "token", "key or token written with Bearer in front",
         "Clients put Bearer in front of the key themselves: the header becomes Bearer Bearer "
         "... and is rejected (401).", SRC_AUTH),
    # -- key ----------------------------------------------------------------------------
    Rule("SW501", "error", "key", "provider key missing",
         "In direct and gateway-request-key modes the app sends the key; without it the "
         "provider answers 401.", SRC_GROQ_VIA_GATEWAY),
    Rule("SW502", "error", "key", "provider key is a placeholder",
         "gsk_xxx, dummy, sk-dummy, changeme or <...> is sent as is and rejected with 401.",
         SRC_BYOK),
    Rule("SW503", "error", "key", "provider key has the wrong shape",
         "Groq keys are gsk_ followed by 52 letters and digits.", SRC_GROQ_KEY),
    Rule("SW504", "error", "key", "key of another provider",
         "The key's shape belongs to another provider than the base URL's (401).",
         SRC_GROQ_KEY),
    Rule("SW505", "warning", "key", "provider key set in gateway-stored-key mode",
         "If the app sends it as Authorization, the gateway forwards it and the stored key "
         "is not used; any value, a dummy too.", SRC_BYOK),
    Rule("SW506", "warning", "key", "key for a provider the URL does not use",
         "The app reads the key of the provider in the base URL; this one is not sent.",
         SRC_GROQ_VIA_GATEWAY),
    Rule("SW507", "error", "key", "provider cannot use a stored key",
         "Workers AI takes a Cloudflare API token in Authorization; there is no key to store "
         "in the gateway.", SRC_GROQ_VIA_GATEWAY),
    Rule("SW509", "info", "key", "a stub key no request sends",
         "A client may want OPENAI_API_KEY set (CAI: any value, \"dummy\") while every model "
         "of the file goes elsewhere by its LiteLLM prefix (azure/, bedrock/, ollama/, ...), "
         "with that provider's own credentials: the stub is never sent.",
         "https://docs.litellm.ai/docs/providers/azure"),
    Rule("SW508", "warning", "key", "key set to an empty value",
         "KEY= with nothing after it is an empty key, not a missing one: clients send no key "
         "(the OpenAI SDK 3.x, for OPENAI_API_KEY) or refuse to start (its 1.x: the api_key "
         "client option must be set). In a template's \"set the one you use\" list each key "
         "is said, and the first an LLM client reads explains.",
         SRC_OPENAI_V1_BASE),
)

BY_CODE: Final[dict[str, Rule]] = {r.code: r for r in RULES}

def rules_markdown() -> str:
    """The rules page (docs/rules.md) and `--list-rules` output: one table per group, then
    the table of variable names lint knows and their clients' conventions."""
    out = [
        "# `setup-wizard lint` rules",
        "",
        "<!-- GENERATED from setup_wizard/lint/rules.py and setup_wizard/config/names.py by"
        " `setup-wizard lint --list-rules`; do not edit by hand. -->",
        "",
        "Silence one finding with `# setup-wizard: ignore[CODE]` (several: `ignore[SW101,SW505]`)"
        " on the line above or at the end of its line (python-dotenv, compose and a shell end"
        " the value before it; `docker run --env-file` keeps it in the value, SW126, so there"
        " prefer the line above). A finding without a line (a missing setting) is silenced by"
        " such a comment on a line of its own anywhere in the file.",
        "",
        "Exit codes: **0** no errors (warnings allowed unless `--strict`; `info` findings never"
        " count), **1** errors found (or warnings with `--strict`), **2** a file could not be"
        " read (SW001: missing, a directory, no permission, a glob that matches nothing) or bad"
        " arguments. A file that can be read but is not a `.env` (binary, not UTF-8, over 1 MiB"
        " or 10,000 lines) is an error finding (exit 1); an empty file is a warning (SW110).",
        "",
        "Files are read as python-dotenv reads them: its own parser, CRLF read as LF, `${VAR}`"
        " expanded from earlier lines of the same file, then from the environment. One"
        " exception: a value in backticks (`` KEY=`...` ``, on one line or several), which only"
        " npm dotenv reads as quoted, is read as npm dotenv reads it, the text between them"
        " (SW122 says python-dotenv reads it otherwise). A value"
        " that refers to a variable neither has is only known at run time: it is not judged,"
        " and an `info` finding (SW111) says where it comes from. Findings point at the line"
        " python-dotenv uses (the last one, for a duplicate key).",
        "",
        "Checks work on roles (base URL, model, gateway token, provider key, gateway switch,"
        " mode), filled by `--var ROLE=NAME` or `[tool.setup-wizard.vars]` first, then by the"
        " well-known names below, then by a value's shape (a gateway URL, a `gsk_` key, a"
        " `cfut_`/`cfat_` token). A finding about a variable read by convention or shape says"
        " so. Every other variable whose value is a gateway or provider URL, a key, or a model"
        " (any `*MODEL*` name) gets the same value checks, by its own client's rules.",
        "",
        "Several `*MODEL*` names: the chat model named for the provider the requests go to"
        " (`OPENROUTER_MODEL` beside OpenRouter's base URL) is the model role, whatever the"
        " order of the lines; else the base URL's own client's (`OPENAI_MODEL` beside"
        " `OPENAI_BASE_URL`); else the first that is not another configured provider's"
        " (`GROQ_MODEL` with `GROQ_API_KEY` set is the Groq client's). A second model under the"
        " base URL's own prefix (`ANTHROPIC_SMALL_FAST_MODEL` beside `ANTHROPIC_BASE_URL`) is"
        " judged where that URL points. A provider named by any word of a name"
        " (`APP_GROQ_MODEL`) judges its model, unless another service is named first"
        " (`AZURE_OPENAI_MODEL`). With no base URL, a key under a name no row knows goes where"
        " its shape says, when one provider alone issues that shape (`gsk_`: Groq); an"
        " Anthropic (`sk-ant-`) or Google (`AIza`) key under a name not of its vendor is"
        " another vendor's key (SW504). The reverse too: `ANTHROPIC_API_KEY`, `CLAUDE_API_KEY`,"
        " `GEMINI_API_KEY`, `GOOGLE_API_KEY` or `GOOGLE_GENERATIVE_AI_API_KEY` holding a key of"
        " another distinctive shape (`sk-proj-`, `gsk_`, `xai-`, `sk-or-v1-`, `sk-ant-`, `AIza`)"
        " is SW504, unless the vendor's own base-URL name (`ANTHROPIC_BASE_URL`,"
        " `GEMINI_BASE_URL`, `GOOGLE_GEMINI_BASE_URL`) points elsewhere (a relay's keys are its"
        " own); and a key's SW504 is not said when no base URL is bound but a URL on its own"
        " vendor's API host is in the file under a name lint does not read"
        " (`CUSTOM_OPENAI_BASE_URL`): the app likely sends it there. A key no shape tells"
        " (a placeholder) under the base"
        " URL's own word (`LLM_API_KEY` beside `LLM_BASE_URL`) is that URL's key: a"
        " placeholder is an error (SW502), its shape is not judged (the app may build its"
        " header itself). An API URL under a name no row knows"
        " (`APP_OPENAI_BASE_URL`) is still checked for what is wrong on every host (SW227). A"
        " gateway an app builds from its parts (`CLOUDFLARE_ACCOUNT_ID` and"
        " `CLOUDFLARE_AI_GATEWAY_ID`, no URL) needs a token too: SW401 unless a name that says"
        " a secret (token, auth, secret, API key) and Cloudflare, CF, AIG or gateway holds a"
        " value; a token under init's or Cloudflare's names is judged as a gateway's. The"
        " hosts of Anthropic's and Google's APIs, known here by their catalogs, are held to"
        " https and checked for typos under any name.",
        "",
        "A key left empty (`ANTHROPIC_API_KEY=` in a template's list of what the app supports)"
        " says nothing about where requests go: a key that is set takes the key role before"
        " one left empty, several empty keys (or one beside a name of another provider, such"
        " as `GROQ_MODEL`) decide no destination, and a file holding only a base URL and empty"
        " key lines is judged on its URL.",
        "",
    ]
    for group, heading in GROUPS.items():
        out += [f"## {heading}", "", "| Code | Severity | Rule | Why | Source |",
                "|---|---|---|---|---|"]
        for r in RULES:
            if r.group == group:
                why = r.description.replace("|", "\\|")
                out.append(f"| {r.code} | {r.severity} | {r.title} | {why} | {r.source} |")
        out.append("")
    return "\n".join(out + names_markdown())


def names_markdown() -> list[str]:
    """The table of well-known names (config/names.py), one row per name and client."""
    out = ["## Variable names lint knows", "",
           "| Name | Role | Read by | Convention | Source |", "|---|---|---|---|---|"]
    rows = [*names.NAMES, *names.KEY_NAMES, *names.PATTERNS]
    for n in rows:
        for c in n.clients:
            out.append(f"| `{n.name}` | {names.ROLE_TITLES[n.role]} | {c.name} | "
                       f"{_convention(n, c)} | {c.source} |")
    for name, source in names.LIST_NAMES.items():
        out.append(f"| `{name}` | a list (no role) | Open WebUI | `;`-separated, one item per "
                   "connection: each URL judged as a base URL of an unknown client, each key "
                   f"by its shape; not a misspelling | {source} |")
    for r in names.RENAMED.values():
        out.append(f"| `{r.old}` | an old name (no role) | {r.client.name} | renamed "
                   f"`{r.new}`, written without `{r.old_tail}`: said as SW125 when the value "
                   f"ends in `{r.old_tail}` or the file shows {r.client.name} | {r.source} |")
    for word in names.APP_WORDS:
        name, value = (p.pattern.replace("|", "\\|") for p in (word.name, word.value))
        out.append(f"| `{name}` = `{value}` | an app's own word (no role) | {word.app} | not "
                   f"judged, said as SW120 (info): {word.means} | {word.source} |")
    for name, source in names.MODEL_LISTS.items():
        out.append(f"| `{name}` | a list of models | NextChat | `,`-separated `+model@Vendor=name`"
                   " items: a model added for OpenAI, Google, Anthropic or DeepSeek is judged by "
                   "that vendor's catalog when the vendor's URL variable is unset or its own API "
                   "(retired; unknown where the catalog is that API's whole list: DeepSeek's, "
                   "Anthropic's); an item with no vendor only when it misspells a DeepSeek or "
                   f"Claude ID (+deepseeek-chat) | {source} |")
    for name, opens in names.MODEL_CONFIGS.items():
        what = "a list of models" if opens == "[" else "a model (or a model's JSON5)"
        out.append(f"| `{name}` | {what} | Hugging Face chat-ui | JSON5 (when it opens "
                   f"with `{opens}`): each model's `id` (else `name`) on an endpoint of type "
                   + ", ".join(f"`{t}`" for t in names.CHATUI_ENDPOINTS)
                   + " is judged by that provider's catalog (cloudflare puts `@hf/` before an"
                   " ID without `@`; openai: the provider of its `baseURL`); a value that is not"
                   f" JSON5 is SW319 | {names.CHATUI_MODELS_SOURCE} |")
    out.append("")
    return out


def _convention(n: names.Name, c: names.Client) -> str:
    said: list[str] = []
    if n.role == "base_url":
        said.append(f"appends `{c.appends}/chat/completions`" if c.appends
                    else "appends `/chat/completions`" if c is not names.UNKNOWN
                    else "client unknown: judged on LLM hosts only; never a name for the "
                    "app's own website (*_SITE_URL, *_HTTP_REFERER)")
        if c.default_url:
            said.append(f"unset: calls `{c.default_url}`")
    if n.role == "model":
        said.append({"plain": "the provider's model ID", "prefixed": "`provider/model`",
                     "colon": "`provider:model`", "any": "any spelling"}[c.model_format])
    if n.role == "provider_key":
        owner = providers.get(n.provider) if n.provider else None
        said.append(f"{fields.with_article(owner.name)} key" if owner
                    else "the key of wherever the base URL points")
    if n.caveat:
        said.append(n.caveat)
    if n.signed_only and c.signs:
        said.append(f"read as the {names.ROLE_TITLES[n.role]} only in a file that shows "
                    f"{c.name} (a name matching `{c.signs}`); elsewhere SW114")
    if n.pattern:
        said.append(f"names matching `{n.pattern}`")
    return "; ".join(said).replace("|", "\\|")
