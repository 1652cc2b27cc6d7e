"""Anthropic's and Google's own wording, as data (phrases.py splices these rows in its order).

Anthropic's validator names the request's field paths ("messages.0.content: ..."), Google's
front end and Cloud Code Assist have their own sentences for keys, projects, quotas and
models; each row here is wording one of them writes and other servers do not, or the cause
its words give when others copy them. Weights as in `phrases.py`. Sources:
docs/sources.md#anthropic-errors, #google-errors (each row names the public page it rests on).
"""

from __future__ import annotations

from typing import Final

from setup_wizard.diagnose.markers import ANTHROPIC_ERRORS
from setup_wizard.diagnose.wording import Phrase
from setup_wizard.diagnose.wording import phrase as _p

GEMINI_ERRORS = "https://ai.google.dev/gemini-api/docs/troubleshooting"
A, GO = ("anthropic",), ("google",)

ANTHROPIC_WORDING: Final[tuple[Phrase, ...]] = (
    # -- Anthropic (docs/sources.md#anthropic-errors) ------------------------------------------
    _p(r"x-api-key header is required", A, 3, "provider-auth-missing", ANTHROPIC_ERRORS),
    _p(r"invalid x-api-?k|invalid x-api\b", A, 3, "provider-auth-invalid", ANTHROPIC_ERRORS),
    _p(r"Your credit balance is too low to access the (?:Anthropic|Claude) API", A, 3,
       "quota-exhausted", ANTHROPIC_ERRORS),
    # A Claude Code subscription's credential used for the API; Claude Code's own words for a
    # spent balance (obs).
    _p(r"This credential is only authorized for use with Claude Code", A, 3, "permission-denied",
       "https://github.com/link-assistant/agent/blob/af6b72467adad2242f4415383891583354ebbd7f/docs/case-studies/issue-62/error-logs/error-2-claude-code-credential.json"),
    # The spend limit a workspace set for itself (an invalid_request_error, HTTP 400).
    _p(r"You have reached your specified API usage limits", A, 2, "quota-exhausted",
       "https://github.com/anthropics/claude-code/issues/38035"),
    _p(r"Credit balance is too low", A, 2, "quota-exhausted",
       "https://github.com/anthropics/claude-code-action/issues/1224"),
    # Its validator on an empty message text (obs; both wordings have been seen).
    _p(r"text content blocks must (?:contain non-whitespace text|be non-empty)", A, 2,
       "bad-request", "https://github.com/cecli-dev/cecli/issues/102"),
    _p(r"This request would exceed (?:the rate limit for your organization|your organization's "
       r"rate limit of|your account's rate limit)", A, 2,
       "rate-limited", "https://docs.claude.com/en/api/rate-limits"),
    # Its limit on open connections, and Claude's subscription windows as Claude Code says
    # them (the 429 under them is Anthropic's rate_limit_error).
    _p(r"Number of concurrent connections has exceeded your rate limit", A, 2, "rate-limited",
       "https://github.com/anthropics/anthropic-sdk-python/issues/496"),
    _p(r"Claude AI usage limit reached\|\d{9,}|Claude usage limit reached\. Your limit will reset "
       r"at", A, 2, "rate-limited", "https://github.com/anthropics/claude-code/issues/2087"),
    _p(r"max_tokens: \d+ > \d+, which is the maximum allowed", A, 2, "bad-request",
       ANTHROPIC_ERRORS),
    # Its context-window refusal: weak, as its other validator sentences, since Bedrock returns
    # the same words ("The model returned the following errors: prompt is too long: ..."; tools
    # probe, family B).
    _p(r"prompt is too long: \d+ tokens > \d+ maximum", A, 1, "bad-request", ANTHROPIC_ERRORS),
    _p(r"Request exceeds the maximum size", A, 2, "request-too-large", ANTHROPIC_ERRORS),
    _p(r"Number of request tokens has exceeded your per-minute rate limit", A, 2, "rate-limited",
       ANTHROPIC_ERRORS),
    _p(r"This organization has been disabled|Your API key does not have permission to use the "
       r"specified resource", A, 2, "permission-denied", ANTHROPIC_ERRORS),
    # Its not-found message is the whole string "model: <id>": at the message's start (after
    # its quote, or a status and a dash), not inside another sentence ("no available accounts
    # supporting model: claude-...", sub2api's; "(org: ..., model: claude-...)", its own rate
    # limit's words).
    _p(r"(?<![\w,] )(?<![\w,])model: claude-[\w.-]+", A, 2, "model-not-found",
       ANTHROPIC_ERRORS, label="model: claude-... (the whole message)"),
    # Its refusals of sampling settings and of a prefill (a last assistant turn) that its
    # newer models do not take.
    _p(r"`?temperature`? and `?top_p`? cannot both be specified for this model", A, 2,
       "bad-request", "https://github.com/Vali-98/ChatterUI/issues/564"),
    _p(r"This model does not support assistant message prefill", A, 2, "bad-request",
       "https://github.com/smallmain/vscode-unify-chat-provider/issues/249"),
    # Its validator on a prefill ending in a blank.
    _p(r"final assistant content cannot end with trailing whitespace", A, 2, "bad-request",
       "https://github.com/tailcallhq/forgecode/issues/1872"),
    _p(r"OAuth token has expired|OAuth token (?:has been )?revoked|Invalid OAuth token\. The "
       r"provided token was not found or is malformed", A, 2, "provider-auth-invalid",
       "https://github.com/anthropics/claude-code/issues/6058"),
    # A subscription's OAuth token sent where the API takes none, or an organization that
    # allows none (Claude Code prints the second's own sentence over it).
    _p(r"OAuth authentication is currently not supported", A, 2, "provider-auth-invalid",
       "https://github.com/anthropics/claude-code/issues/6131"),
    _p(r"OAuth authentication is currently not allowed for this organization|Your organization "
       r"has disabled Claude subscription access for Claude Code", A, 2, "permission-denied",
       "https://github.com/anthropics/claude-code/issues/63886"),
    # A beta the plan does not include, and the output filter.
    _p(r"The long context beta is not yet available for this subscription", A, 2,
       "permission-denied", "https://github.com/anthropics/claude-code/issues/6871"),
    _p(r"Output blocked by content filtering policy", A, 2, "bad-request",
       "https://github.com/anthropics/claude-code/issues/6195"),
    # Its limit on an image, said with its byte counts (5 MB as 5242880 bytes).
    _p(r"image exceeds 5 MB maximum: \d+ bytes > 5242880 bytes", A, 2, "request-too-large",
       "https://github.com/gptme/gptme/issues/185"),
    # The version header every request to its API carries.
    _p(r"anthropic-version: (?:header is required|\"[^\"\n]{0,60}\" is not a valid version)", A, 2,
       "bad-request", "https://github.com/PipedreamHQ/pipedream/issues/9697"),
    # Its SDKs refuse, before sending, a request that may run past 10 minutes unstreamed: the
    # fix is to stream (or ask for fewer tokens), whatever status an app prints over it. No
    # request left, so nobody answered: the cause only, as for other SDKs' own checks (the
    # corpus labels a client's missing-key check unknown).
    _p(r"Streaming is (?:strongly recommended|required) for operations that may take longer than "
       r"10 minutes", (), 0, "bad-request",
       "https://github.com/anthropics/anthropic-sdk-python/issues/1002"),
    # Its refusal of a country it does not serve (the type and the message as a pair; the
    # message alone is anyone's), also as an app prints the pair ("Error type: forbidden,
    # Message: request not allowed.", obsidian-copilot).
    _p(r"""["']type["']\s*:\s*["']forbidden["'][^}]{0,40}Request not allowed|Request not allowed"""
       r"""[^}]{0,40}["']type["']\s*:\s*["']forbidden["']|\b[Ee]rror type: forbidden, """
       r"""[Mm]essage: [Rr]equest not allowed\b""", A, 2, "permission-denied",
       "https://github.com/anthropics/anthropic-sdk-typescript/issues/457",
       label="type 'forbidden' with 'Request not allowed'"),
    _p(r"\bmessages\.\d+\.content(?:\.\d+)?(?:\.[a-z_][a-z_0-9]*)*: |\bmessages: (?:text content "
       r"blocks must be non-empty|roles must alternate|at least one message is required)", A, 1,
       "bad-request", ANTHROPIC_ERRORS),
    # The same validator on the conversation's shape and on the context window (input plus
    # max_tokens); weak, since Anthropic-compatible relays and Bedrock pass its words on.
    _p(r"`?tool_use`? ids were found without `?tool_result`? blocks immediately after|all messages "
       r"must have non-empty content except for the optional final assistant message|input "
       r"length and `?max_tokens`? exceed context limit: \d+ \+ \d+ > \d+", A, 1, "bad-request",
       "https://github.com/anthropics/claude-code/issues/1237"),
    # The SDKs' refusal to send without a key (Stainless's words; other Stainless SDKs share
    # their start, so the cause only): TypeScript's "either apiKey or authToken", Python's
    # "either api_key or auth_token" / "one of api_key, auth_token, or credentials", the
    # Cloudflare SDK's "one of apiEmail, apiKey, apiToken or userServiceKey".
    _p(r"Could not resolve authentication method\. Expected (?:either|one of|the) [\w ,]{1,120}"
       r" to be set", (), 0, "provider-auth-missing",
       "https://github.com/anthropics/claude-code/issues/6078"),
    _p(r"\boverloaded_error\b", A, 2, "provider-server-error", ANTHROPIC_ERRORS),
    # A browser's direct call without the opt-in header (sent as an authentication_error):
    # the key is fine, the request lacks a header, so the message outranks the type.
    _p(r"CORS requests must set ['\"]?anthropic-dangerous-direct-browser-access['\"]? header", A,
       3, "bad-request", "https://github.com/ChatGPTNextWeb/NextChat/issues/5534"),
    # The organisation's settings forbid browser calls (the same envelope): Anthropic's own
    # sentence with its support address, alone too; the setting, not the key, refuses.
    _p(r"CORS requests are not allowed for this Organization because of its settings\b", A, 3,
       "permission-denied", "https://github.com/anthropics/anthropic-sdk-typescript/issues/741"),
    # -- its request validator's sentences (tools probe, family C) ----------------------------
    # Always a 400 invalid_request_error, and Bedrock ("The model returned the following
    # errors: ...") and Vertex AI return the same words: the cause, with or without a status;
    # who answered is the envelope's, its ids' or the host's to say.
    # Extended thinking with a forced tool choice; a history whose last assistant turn lacks
    # its thinking block (the words with and without their backticks); a tool_use turn whose
    # answer lacks its tool_result blocks (older wording, without the messages.N path).
    _p(r"Thinking may not be enabled when tool_choice forces tool use|Expected `?thinking`? or "
       r"`?redacted_thinking`?, but found `?\w{1,40}`?|When `?thinking`? is (?:enabled|disabled), "
       r"an? (?:final )?`?assistant`? message|Did not find \d{1,4} `?tool_result`? block\(s\) at "
       r"the beginning of this message", (), 0, "bad-request",
       "https://github.com/mastra-ai/mastra/issues/7507",
       label="Anthropic's validator on thinking blocks, tool_choice and tool_result blocks"),
    # The same validator names a tool's field by its path ("tools.7.custom.name: String should
    # match pattern ..."), as it does a message's: weak, as that row (Bedrock passes it on).
    _p(r"\btools\.\d{1,4}\.(?:custom\.)?[a-z_]{1,40}: ", A, 1, "bad-request",
       "https://github.com/apify/tester-mcp-client/issues/11",
       label="tools.N.<field>: (Anthropic's validator's path)"),
    # -- anthropic2 probe (issue #13) ---------------------------------------------------------
    # (family B1) Its console's words for an account with no credits left, and their first
    # line alone, which any service may write (the cause only).
    _p(r"To get started with the Claude API, purchase some credits", A, 2, "quota-exhausted",
       "https://github.com/anthropics/claude-code/issues/54804"),
    _p(r"\bYou are out of credits\b", (), 0, "quota-exhausted",
       "https://github.com/anthropics/claude-code/issues/54804"),
    # (family B2) Claude Code's line over a refusal (stop_reason "refusal"): the request's
    # content was refused, whatever answered (it prints the same line over any backend, so the
    # cause only; its link to Anthropic's policy page, a host row, says Anthropic as Claude
    # Code's other lines with Anthropic's links do).
    _p(r"\bunable to respond to this request, which appears to violate our Usage Policy\b", (),
       0, "bad-request", "https://github.com/anthropics/claude-code/issues/3860"),
    # (family B5) Its 429 rate_limit_error for the 1M-context window on a plan without extra
    # usage (usage credits, its newer name), and Claude Code's line over it: waiting never
    # helps, paying for the usage does, so the words outrank the type.
    _p(r"(?:Extra usage is|Usage credits are) required for long context requests|Usage credits "
       r"required for 1M context", A, 2, "quota-exhausted",
       "https://github.com/anthropics/claude-code/issues/39948, "
       "https://github.com/anthropics/claude-code/issues/61808",
       label="Extra usage / Usage credits (are) required for long context (1M) requests"),
    # (family C5) A stored Claude credential, by a client's own check before or instead of any
    # answer (the cause only; Anthropic's own sentences are the OAuth rows above): a token that
    # expired (menu-bar apps' "Claude OAuth token expired. Run `claude` to refresh."), and
    # Claude Code's web sessions, which take a Claude.ai sign-in, not an API key.
    _p(r"(?i)\b(?:OAuth|access) token (?:has )?expired\b", (), 0, "provider-auth-invalid",
       "https://github.com/steipete/CodexBar/issues/238"),
    _p(r"\brequires? authentication with a Claude\.ai account\b", (), 0,
       "provider-auth-missing", "https://github.com/anthropics/claude-code/issues/55469"),
    # -- end of the anthropic2 probe's block --
)

GOOGLE_WORDING: Final[tuple[Phrase, ...]] = (
    # -- Google AI Studio / Gemini API (docs/sources.md#google-errors) -------------------------
    _p(r"API key not valid\. Please pass a valid API key", GO, 3, "provider-auth-invalid",
       GEMINI_ERRORS),
    _p(r"\bAPI_KEY_INVALID\b", GO, 2, "provider-auth-invalid", GEMINI_ERRORS),
    # The same refusal's second sentence alone (Gemini's OpenAI-compatible endpoint): it says
    # why, and its envelope, not these generic words, says who.
    _p(r"^Please pass a valid API key\.?$|[\"']Please pass a valid API key\.?[\"']", (), 0,
       "provider-auth-invalid", GEMINI_ERRORS),
    _p(r"\bAPI_KEY_SERVICE_BLOCKED\b", GO, 2, "permission-denied", GEMINI_ERRORS),
    # A key Google does not know (not the malformed one above), and one it suspended as leaked.
    _p(r"API Key not found\. Please pass a valid API key", GO, 3, "provider-auth-invalid",
       "https://github.com/Wei-Shaw/sub2api/issues/1709"),
    _p(r"Consumer '(?:api_key|project):[^'\n]{1,100}' has been suspended", GO, 3,
       "permission-denied", "https://github.com/google/generative-ai-docs/issues/356"),
    # The key's restrictions (an HTTP referrer, a list of APIs) refused the call.
    _p(r"Requests from referer \S{1,200} are blocked\.|Requests to this API [\w.-]+ method "
       r"[\w.]+ are blocked\.", GO, 3, "permission-denied",
       "https://github.com/mhawksey/GeminiApp/issues/10"),
    # Google Cloud's sentence for an API the project has not enabled (SERVICE_DISABLED).
    _p(r"API has not been used in project [\w-]+ before or it is disabled", GO, 3,
       "permission-denied", "https://github.com/google-gemini/deprecated-generative-ai-python/"
       "issues/10"),
    # The Firebase AI SDKs' own sentence for that SERVICE_DISABLED 403 (flutterfire's and the
    # JS SDK's, with no console link; iOS's names the console): a googleapis.com service
    # name that must be enabled is Google's API-not-enabled.
    _p(r"requires the [^()\n`']{1,80} API \(?[`']?[\w-]+\.googleapis\.com[`']?\)? to be enabled",
       GO, 3, "permission-denied", "https://github.com/firebase/flutterfire/issues/13542",
       label="requires the ... API (x.googleapis.com) to be enabled"),
    # UNAUTHENTICATED's own default message, with its link to Google's identity docs.
    _p(r"Request had invalid authentication credentials\. Expected OAuth 2 access token", GO, 3,
       "provider-auth-invalid", "https://github.com/musistudio/claude-code-router/issues/1011"),
    # Its front end's refusal of a field the API's proto does not have.
    _p(r"Invalid JSON payload received\. Unknown name \\?\"", GO, 3, "bad-request",
       "https://github.com/google-gemini/gemini-cli/issues/13972"),
    # The same parser's tail, which holds no word a person retypes wrong ("recieved", the
    # spelling a user typed in chatAir#108): a field the proto does not have, and its path.
    _p(r"\bUnknown name \\?\"[\w.]{1,100}\\?\"(?: at '[\w.\[\]]{1,200}')?: Cannot find field\.",
       GO, 3, "bad-request", "https://github.com/flyun/chatAir/issues/108",
       label="Unknown name \"...\" at '...': Cannot find field."),
    # Vertex AI's sentence for a model a project cannot use or that is gone, and the Gemini
    # API's for a project Google shut off: read without their envelope (an app printing the
    # message alone after its status).
    # (anthropic2 probe, family B4) Also without its backticks, as issue titles and some UIs
    # print it: then its resource path (projects/.../publishers/.../models/...) says it.
    _p(r"Publisher Model (?:`[^`\n]{1,300}`|projects/[^\s`]{1,300}/models/[^\s`]{1,200}) "
       r"(?:was not found|is not found|not found)", GO, 2,
       "model-not-found", "https://github.com/googlecodelabs/feedback/issues/1881, "
       "https://github.com/anyme123/Any-code/issues/5",
       label="Publisher Model `...` was not found"),
    _p(r"Your project has been denied access", GO, 2, "permission-denied",
       "https://discuss.ai.google.dev/t/403-permission-denied-your-project-has-been-denied-"
       "access-with-a-new-api-key/187442"),
    _p(r"User location is not supported for the API use", GO, 3, "permission-denied",
       GEMINI_ERRORS),
    _p(r"is not found for API version v\w+, or is not supported for", GO, 3, "model-not-found",
       GEMINI_ERRORS),
    _p(r"Model is not found: models/[\w.-]+ for api version v\w+", GO, 3, "model-not-found",
       "https://github.com/PipedreamHQ/pipedream/issues/15922"),
    # Its start alone, when an app or a log cut the sentence after the version: the model's
    # resource name ("models/gemini-1.5-flash") before it is the Gemini API's own.
    _p(r"\bmodels/[\w.-]+ is not found for API version v\d\w*", GO, 2, "model-not-found",
       GEMINI_ERRORS, label="models/<id> is not found for API version v1beta"),
    _p(r"The model is overloaded\. Please try again later", GO, 2, "provider-server-error",
       GEMINI_ERRORS),
    _p(r"This model is currently experiencing high demand", GO, 2, "provider-server-error",
       GEMINI_ERRORS),
    _p(r"An internal error has occurred\. Please retry or report in", GO, 2,
       "provider-server-error", GEMINI_ERRORS),
    _p(r"type\.googleapis\.com/google\.rpc\.", GO, 2, None, GEMINI_ERRORS),
    # Vertex AI's own proto types in a refusal ("(type.googleapis.com/google.cloud.aiplatform.
    # v1.Schema)").
    _p(r"type\.googleapis\.com/google\.cloud\.aiplatform\.", GO, 2, None,
       "https://github.com/decolua/9router/issues/1081"),
    # Vertex AI's quota per model and its 429 page, both "try again later".
    _p(r"Online prediction request quota exceeded for|Please refer to https://cloud\.google\.com/"
       r"vertex-ai/generative-ai/docs/error-code-429", GO, 3, "rate-limited",
       "https://github.com/googleapis/python-aiplatform/issues/4485"),
    # OpenAI's quota sentence with the Gemini API's own link after it (its OpenAI-compatible
    # endpoint's words): the link says who; its quota ids (per minute, per day) say why.
    # (never read as cut off, hence the \b: every start of it is OpenAI's sentence too)
    _p(r"\bYou exceeded your current quota, please check your plan and billing details\. For more "
       r"information on this error, head to: https://ai\.google\.dev/", GO, 3, None,
       "https://github.com/google-gemini/gemini-cli/issues/8414"),
    # A 429 whose own words say no waiting helps: a model with no free tier for the key (the
    # Gemini API's), and an ErrorInfo reason about credits or a balance (Code Assist's
    # INSUFFICIENT_G1_CREDITS_BALANCE): before the bare RESOURCE_EXHAUSTED default below.
    _p(r"doesn't have a free quota tier", GO, 3, "quota-exhausted",
       "https://github.com/RooCodeInc/Roo-Code/issues/3435"),
    _p(r"[\"']reason[\"']\s*:\s*[\"'][A-Z0-9_]{0,40}(?:CREDITS|CREDIT_BALANCE|_BALANCE)[A-Z0-9_]{0,40}"
       r"[\"']", (), 0, "quota-exhausted", "https://github.com/su-kaka/gcli2api/issues/416",
       label="ErrorInfo reason ...CREDITS...BALANCE"),
    # (round 16, status 7) Google Service Usage's sentence also as people retype it, in lower
    # case and without its quotes ("quota exceeded for quota metric Provisioned requests ... of
    # service managedprojects.googleapis.com": https://github.com/google-gemini/gemini-cli/
    # issues/13305): a per-minute or per-day request quota, a rate limit, not billing.
    # (its two spellings as literals: a case-blind or \b-led pattern scans 10 times slower)
    _p(r"Resource has been exhausted \(e\.g\. check quota\)|Quota exceeded for quota metric\b|"
       r"quota exceeded for quota metric\b", GO, 2, "rate-limited", GEMINI_ERRORS),
    _p(r"Method doesn't allow unregistered callers", GO, 3, "provider-auth-missing",
       GEMINI_ERRORS),
    _p(r"API key expired\. Please renew the API key", GO, 3, "provider-auth-invalid",
       GEMINI_ERRORS),
    _p(r"Gemini API free tier is not available in your country", GO, 3, "permission-denied",
       GEMINI_ERRORS),
    _p(r"The caller does not have permission", GO, 2, "permission-denied", GEMINI_ERRORS),
    # Google Cloud's refusal for a project the credentials may not use (Vertex AI, Gemini CLI).
    _p(r"Permission denied on resource project\b", GO, 3, "permission-denied",
       "https://github.com/GoogleCloudPlatform/generative-ai/issues/295"),
    # Vertex AI's shared capacity and project quota (google.api_core ResourceExhausted).
    _p(r"Unable to submit request because the service is temporarily out of capacity", GO, 3,
       "rate-limited", "https://github.com/BerriAI/litellm/issues/16189"),
    # The same validator's other refusals (a request without parts, thinking settings a model
    # does not take); not its start alone, which apps use too.
    _p(r"Unable to submit request because (?:it must include at least one parts field|thinking "
       r"is not configurable in this model|[Tt]he model does not support setting thinking_budget)",
       GO, 2, "bad-request", "https://github.com/cloudwego/eino/issues/383"),
    _p(r"The thinking budget \(\d+\) is invalid|This model only works in thinking mode", GO, 2,
       "bad-request", "https://github.com/RooCodeInc/Roo-Code/issues/4399"),
    # A history whose function answers do not match its calls (Gemini's own "turn" words).
    _p(r"Please ensure that the number of function response parts is equal to the number of "
       r"function call parts", GO, 2, "bad-request",
       "https://github.com/google-gemini/gemini-cli/issues/3814"),
    _p(r"Please submit a quota increase request", GO, 2, "rate-limited",
       "https://github.com/cocoindex-io/cocoindex/issues/1151"),
    # An OAuth token without the API's scope (google.rpc reason ACCESS_TOKEN_SCOPE_INSUFFICIENT).
    _p(r"Request had insufficient authentication scopes", GO, 3, "permission-denied",
       "https://cloud.google.com/apis/design/errors"),
    # A prompt Gemini refused to answer: promptFeedback.blockReason in an HTTP 200 body.
    _p(r"[\"']blockReason[\"']\s*:\s*[\"'](?:SAFETY|OTHER|BLOCKLIST|PROHIBITED_CONTENT|"
       r"IMAGE_SAFETY)[\"']", GO, 3, "bad-request",
       "https://ai.google.dev/api/generate-content#BlockReason"),
    _p(r"Request contains an invalid argument|\bGenerateContentRequest\.|Please ensure that "
       r"multiturn requests alternate between user and model|Candidate was blocked due to",
       GO, 2, "bad-request", GEMINI_ERRORS),
    # The JS SDK's words for a response Gemini withheld (its FinishReason / BlockReason names).
    _p(r"Response was blocked due to (?:SAFETY|RECITATION|PROHIBITED_CONTENT|BLOCKLIST|SPII|"
       r"OTHER)\b|Text not available\. Response was blocked", GO, 2, "bad-request",
       "https://github.com/google-gemini/generative-ai-js/blob/main/src/requests/"
       "response-helpers.ts"),
    # Gemini CLI's quota for a model on Code Assist, with the time until it resets (obs).
    _p(r"You have exhausted your capacity on this model\.?(?: Your quota will reset after)?", GO,
       2, "quota-exhausted", "https://github.com/tinnlo/lukas_9688/blob/4625f60eec5e88a7f9027ed07d"
       "095a5c7b5e8ef9/product_list/20260103/1729641132967893711/ref_video/video_5_analysis.md"),
    # Gemini CLI's own sentence for Google's 429 whose quota id names a day (PerDay, Daily):
    # only that CLI writes it, and only over Google's answer (its source).
    _p(r"You have exhausted your daily quota on this model\b", GO, 2, "quota-exhausted",
       "https://github.com/google-gemini/gemini-cli/blob/5411f113cafae26161b4969b0237b8e1e024e2c2/"
       "packages/core/src/utils/googleQuotaErrors.ts"),
    # Gemini's own roles (user, model; a "function response") in its refusals of a chat
    # history it cannot take: no other API names its roles so (obs).
    _p(r"Please ensure that multiturn requests ends? with a user role or a function response|"
       r"Please use a valid role: user, model\b", GO, 2, "bad-request",
       "https://github.com/zhayujie/CowAgent/issues/1611"),
    _p(r"Internal error encountered", GO, 2, "provider-server-error", GEMINI_ERRORS),
    # Its refusal of an empty text part, and of a prompt over the model's input limit (the
    # Gemini API's and Vertex AI's words).
    _p(r"Unable to submit request because it (?:has an empty|must have a) text parameter", GO, 2,
       "bad-request",
       "https://github.com/google-gemini/deprecated-generative-ai-python/issues/697"),
    _p(r"The input token count \(\d+\) exceeds the maximum number of tokens allowed \(\d+\)", GO,
       2, "bad-request", "https://github.com/google-gemini/gemini-cli/issues/6678"),
    # Code Assist's (Gemini CLI's) words for a model with no free capacity (reason
    # MODEL_CAPACITY_EXHAUSTED, as a 503 or a 429): the server's load, not the caller's quota.
    _p(r"No capacity available for model [\w.-]+ on the server", GO, 2, "provider-server-error",
       "https://github.com/google-gemini/gemini-cli/issues/19883"),
    # Code Assist's refusals of an account: a licence, a region, a project it needs.
    _p(r"You must be a named user on your organization's Gemini Code Assist|is not eligible for "
       r"Gemini Code Assist for individuals because it is not currently available in your "
       r"location|This account requires setting the GOOGLE_CLOUD_PROJECT env var", GO, 3,
       "permission-denied", "https://github.com/google-gemini/gemini-cli/issues/13108"),
    # Gemini CLI's words for a stream Google cut or left empty: the server's, retried.
    _p(r"Model stream ended with (?:an invalid chunk or missing finish reason|empty response "
       r"text)", GO, 2, "provider-server-error",
       "https://github.com/google-gemini/gemini-cli/issues/8521"),
    # Its older notice for a day's quota on a model.
    _p(r"You have reached your daily [\w.-]+ quota limit", GO, 2, "quota-exhausted",
       "https://github.com/google-gemini/gemini-cli/issues/11461"),
    # The google-genai SDK and Google's auth libraries with no credential to send: raised
    # before any request, so nobody answered (the cause only, as for the Groq SDK's own check).
    _p(r"Missing key inputs argument! To use the Google AI API|Your default credentials were not "
       r"found\. To set up Application Default Credentials|Could not load the default "
       r"credentials\. Browse to https://cloud\.google\.com/docs/authentication", (), 0,
       "provider-auth-missing", "https://github.com/Retailogists/gcp-ops-bot/issues/4"),
    # A request over a byte-size limit, said as such before any status name (Gemini answers it
    # FAILED_PRECONDITION: "The message size (33657603 bytes) exceeds 30.000MB limit.").
    _p(r"(?i)\b(?:message|request|payload|body|file|input) size \(?[\d,.]+ ?bytes\)? exceeds\b",
       (), 0, "request-too-large",
       "https://github.com/MODSetter/SurfSense/blob/9bcd50164de7c7835090f5e6f0b6e2e0c100ef99/"
       "surfsense_evals/data/multimodal_doc/runs/2026-05-14T00-53-19Z/parser_compare/raw.jsonl"),
    # -- its own sentences on tool calling (tools probe, family D) -----------------------------
    # Gemini names its turns (a "function call turn", a "function response turn") and refuses
    # function calling beside a JSON response mime type in words no other API writes; relays
    # pass them on without writing them (their "(request id: ...)" then says who answered).
    _p(r"Please ensure that function (?:call turn comes immediately after a user turn or after a "
       r"function response turn|response turn comes immediately after a function call turn)|"
       r"Function calling with a response mime type: ['\"]?application/json['\"]? is unsupported",
       GO, 2, "bad-request", "https://github.com/langchain-ai/langchain/issues/27799",
       label="Gemini's turn order for function calls / function calling with a JSON mime type"),
    # google.rpc status names in text that did not parse: the cause they name.
    _p(r"\bRESOURCE_EXHAUSTED\b", (), 0, "rate-limited", GEMINI_ERRORS),
    _p(r"\bPERMISSION_DENIED\b|\bFAILED_PRECONDITION\b", (), 0, "permission-denied",
       GEMINI_ERRORS),
    _p(r"\bUNAUTHENTICATED\b", (), 0, "provider-auth-invalid", GEMINI_ERRORS),
    _p(r"\bDEADLINE_EXCEEDED\b", (), 0, "timeout", GEMINI_ERRORS),
    _p(r"\bINVALID_ARGUMENT\b", (), 0, "bad-request", GEMINI_ERRORS),
)
