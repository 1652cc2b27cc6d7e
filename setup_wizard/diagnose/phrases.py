"""Each provider's own wording, as data: what a message says about who wrote it and why.

Providers phrase the same refusal each their own way ("Invalid API Key" is Groq's,
"Incorrect API key provided" OpenAI's, "invalid x-api-key" Anthropic's, "API key not valid"
Google's). A row gives weight to the origins that write it (several when the wording is
shared: then another marker, such as the model's name, breaks the tie) and, when the wording
also says why, the cause. Rows with no origin only say why. Order matters for the cause:
the first row whose pattern matches gives it, so specific rows come before general ones.
Sources: docs/sources.md#provider-wording (each row names the public page it rests on).
"""

from __future__ import annotations

from typing import Final

from setup_wizard.diagnose.anthropic_google_wording import (
    ANTHROPIC_WORDING,
    GEMINI_ERRORS,
    GOOGLE_WORDING,
)
from setup_wizard.diagnose.markers import OPENAI_ERRORS
from setup_wizard.diagnose.openai_family_wording import GROQ_WORDING, OPENAI_WORDING
from setup_wizard.diagnose.relay_wording import OTHER_VENDOR_WORDING, RELAY_WORDING
from setup_wizard.diagnose.rx import rx
from setup_wizard.diagnose.wording import Phrase
from setup_wizard.diagnose.wording import phrase as _p

OPENROUTER_ERRORS = "https://openrouter.ai/docs/api/reference/errors-and-debugging"
GATEWAY_NOTES = ("https://github.com/dbrekelmans/gitflare/blob/2cfda8b9d672e4ee1dc44604ee377ce4de7b"
                 "e31d/spec/research/live/gateway-access.md")

KONG_BODIES = ("https://github.com/Kong/kong/blob/04939bd300015727e90e869d02e9fbffa6ef8205/"
               "kong/error_handlers.lua")
R, M = ("openrouter",), ("mistral",)
GW, API = ("cloudflare-gateway",), ("cloudflare-api",)

# The request went through the gateway: its own refusal is likelier than not (weak). It says
# where the request went, not whose words the message is (the gateway passes answers on).
GATEWAY_ROUTE: Final = _p(r"\bcf-aig-[a-z-]+|\bAI Gateway\b|gateway\.ai\.cloudflare\.com|"
                          r"\bUnified Billing\b", GW, 1, None,
                          "docs/sources.md#response-headers")

PHRASES: Final[tuple[Phrase, ...]] = (
    # -- Cloudflare AI Gateway's own words (docs/sources.md#gateway-errors) ---------------------
    _p(r"Insufficient (?:wholesale credits|AI Gateway credits|balance; add money to your gateway)",
       GW, 3, "gateway-no-credits", GATEWAY_NOTES),
    _p(r"AI Gateway Cloudflare dashboard|configure AI Gateway in the Cloudflare dashboard", GW,
       3, None, GATEWAY_NOTES),
    _p(r"Model execution failed \(User Input Error\)", GW, 2, "bad-request", GATEWAY_NOTES),
    _p(r"\bAiGatewayError\b", GW, 3, None,
       "https://github.com/cloudflare/cloudflare-docs/pull/31050"),
    GATEWAY_ROUTE,
    # -- relays answering for themselves (relay_wording.py) -------------------------------------
    *RELAY_WORDING,
    # -- Anthropic, then Google (anthropic_google_wording.py) ---------------------------------
    *ANTHROPIC_WORDING,
    *GOOGLE_WORDING,
    # -- OpenRouter (docs/sources.md#openrouter-errors) ---------------------------------------
    _p(r"free-models-per-(?:day|min)", R, 3, "rate-limited", OPENROUTER_ERRORS),
    # A free variant OpenRouter took away, pointing at the paid slug (obs).
    _p(r"This model is unavailable for free\. The paid version is available", R, 3,
       "model-not-found", "https://github.com/AkshajV/SpearFish/blob/6a677b44ec72f82c2363c0775e7c0a"
       "473baf5209/.aider.chat.history.md"),
    _p(r"This request requires more credits, or fewer max_tokens", R, 3, "quota-exhausted",
       OPENROUTER_ERRORS),
    _p(r"is temporarily rate-limited upstream", R, 2, "rate-limited", OPENROUTER_ERRORS),
    _p(r"No endpoints found for (?:[\w.-]+/[\w.:-]+|this model\b)", R, 2, "model-not-found",
       "https://openrouter.ai/docs/provider-routing"),
    # The account's privacy settings (no training, ZDR, guardrails) leave no provider allowed.
    _p(r"No endpoints (?:found|available) matching your (?:guardrail restrictions and )?data "
       r"policy|model training violation \(account settings\)", R, 2, "permission-denied",
       "https://github.com/dnakov/anon-kode/issues/13"),
    _p(r"No endpoints found (?:that support|matching|for)", R, 2, "bad-request",
       "https://openrouter.ai/docs/provider-routing"),
    _p(r"\bProvider returned error\b|[\"']provider_name[\"']\s*:", R, 2, None,
       OPENROUTER_ERRORS),
    _p(r"(?i)This endpoint's maximum context length is \d+ tokens", R, 3, "bad-request",
       OPENROUTER_ERRORS),
    _p(r"(?i)use the \\?[\"']?middle-out\\?[\"']? transform", R, 3, "bad-request",
       "https://openrouter.ai/docs/features/message-transforms"),
    _p(r"Key limit exceeded", R, 2, "quota-exhausted", OPENROUTER_ERRORS),
    # The account's (or the request's) provider allow-list leaves none of the model's providers
    # (metadata.available_providers / requested_providers): a permission, not a malformed
    # request; the fix is OpenRouter's Allowed Providers setting.
    _p(r"No allowed providers are available for the selected model", R, 2, "permission-denied",
       "https://github.com/musistudio/claude-code-router/issues/285"),
    _p(r"Input required: specify \"prompt\" or \"messages\"", R, 2, "bad-request",
       "https://openrouter.ai/docs/provider-routing"),
    _p(r"Rate limit exceeded: limit_rpm", R, 2, "rate-limited", OPENROUTER_ERRORS),
    _p(r"No (?:cookie )?auth credentials found|Missing Authentication header", R, 2,
       "provider-auth-missing", "https://github.com/musistudio/claude-code-router/issues/227"),
    _p(r"is not a valid model ID", R, 2, "model-not-found",
       "https://github.com/sipeed/picoclaw/issues/1790"),
    # Its privacy settings leaving only providers whose terms refuse the request; a key's own
    # limits on tokens and credits.
    _p(r"The request is prohibited due to a violation of provider Terms Of Service", R, 2,
       "permission-denied", "https://github.com/Davidvandijcke/coarse/issues/183"),
    _p(r"Prompt tokens limit exceeded: \d+ > \d+|More credits are required to run this request",
       R, 2, "quota-exhausted", "https://github.com/anomalyco/opencode/issues/12219"),
    _p(r"User not found\.", R, 1, "provider-auth-invalid",
       "https://github.com/Fosowl/agenticSeek/issues/407"),
    _p(r"(?i)insufficient credits", R, 1, "quota-exhausted", OPENROUTER_ERRORS),
    # -- Mistral (docs/sources.md#mistral-errors) ----------------------------------------------
    _p(r"Service tier capacity exceeded for this model", M, 3, "rate-limited",
       "https://github.com/continuedev/continue/issues/6185"),
    _p(r"Requests rate limit exceeded", M, 2, "rate-limited",
       "https://github.com/pydantic/pydantic-ai/issues/1885"),
    _p(r"Prompt contains \d+ tokens.{0,40}too large for model with \d+ maximum context length",
       M, 2, "bad-request", "https://docs.mistral.ai/api/"),
    # mistral_common's validator on the messages' order, which vLLM and Azure AI Foundry's
    # Mistral deployments run too (https://github.com/danny-avila/LibreChat/issues/12429,
    # https://github.com/anomalyco/opencode/issues/7488): weak, as the rows below.
    _p(r"Unexpected role '\w+' after role '\w+'", M, 1, "bad-request",
       "https://docs.mistral.ai/api/"),
    # A conversation ending on the assistant's turn without prefix: True (its chat API's rule).
    # (mistral_common's validator: vLLM serving a Mistral model says it too, hence weak)
    _p(r"Expected last role User or Tool \(or Assistant with prefix True\)", M, 1, "bad-request",
       "https://github.com/0xPlaygrounds/rig/issues/708"),
    # Its rule for a tool call's id (mistral_common's validator again, so local servers of its
    # models say it too: weak).
    # mistral_common's validator on a conversation's shape (weak, as the rows beside it).
    _p(r"Not the same number of function calls and responses|Assistant message must have either "
       r"content or tool_calls, but not none", M, 1, "bad-request",
       "https://github.com/mistralai/client-python/issues/234"),
    _p(r"Tool call id was \S* ?but must be a-z, A-Z, 0-9, with a length of 9", M, 1,
       "bad-request", "https://github.com/langchain-ai/langchain/issues/24668"),
    # The same validator's rule for a function's name.
    _p(r"Function name was \S* ?but must be a-z, A-Z, 0-9, or contain underscores and dashes",
       M, 1, "bad-request", "https://github.com/Kochava-Studios/witsy/pull/164"),
    # -- other vendors and hosts outside this tool's origins (relay_wording.py) -----------------
    *OTHER_VENDOR_WORDING,
    # -- Groq, then OpenAI (openai_family_wording.py) ----------------------------------------
    *GROQ_WORDING,
    *OPENAI_WORDING,
    # -- shared wording: the cause only, or a tie another marker breaks --------------------------
    _p(r"does not exist or you do not have access", ("groq", "openai"), 1,
       "model-not-found", "https://github.com/meta-llama/llama-cookbook/issues/541"),
    # No credential arrived, in a server's words: an Authorization header absent (gemini-balance's
    # own refusal), FastAPI's HTTPBearer "Not authenticated" as a quoted value inside another
    # object (DeepInfra's {"detail": {"error": ...}}); a key never sent, not a wrong one.
    _p(r"\bMissing Authorization header\b", (), 0, "provider-auth-missing",
       "https://github.com/snailyp/gemini-balance/issues/127"),
    # Apps' own sentences that the key is wrong or empty, in English with a name between the
    # words, in Chinese and Japanese (LobeChat's InvalidProviderAPIKey / NoOpenAIAPIKey, Dify's
    # InvokeAuthorizationError, RAGFlow's, MulmoCast's). The name inside ("OpenAI API Key",
    # "[google]") is the app's label for where it sent, so these say why, never who. An empty
    # one first; "incorrect or blank" is read as wrong. MaxKB's "请检查 ... 是否正确" asks to
    # check, it does not say the key is wrong: not here.
    _p(r"(?i)\bAPI[- ]?key (?:is )?(?:empty|blank|missing|not set)\b|API ?Key ?为空",
       (), 0, "provider-auth-missing", "https://github.com/lobehub/lobehub/issues/2504",
       label="API key is empty / API Key 为空"),
    # (the words between name the product, "Invalid OpenAI API Key"; a phrase with a function
    # word between, "Invalid model for this API key tier", is about something else)
    _p(r"(?i)\b(?:invalid|incorrect|wrong)\s+(?:(?!(?:for|with|of|this|that|the|your|a|an|to|in|"
       r"on|per|by|from)\b)[\w-]{1,30}\s+){0,3}API[- ]?key\b|\bAPI[- ]?key "
       r"(?:is )?(?:incorrect|invalid|wrong|not valid)\b|\bIncorrect model credentials provided\b",
       (), 0, "provider-auth-invalid", "https://github.com/langgenius/dify/issues/16572",
       label="invalid <name> API key / API key is incorrect"),
    _p(r"(?:API ?Key|API ?密钥|密钥) ?(?:不正确|无效|不合法|有误)|"
       r"身份验证失败，请检查 API 密钥是否正确|"
       r"API ?キー(?:が|は)?(?:正しくありません|無効)", (), 0, "provider-auth-invalid",
       "https://github.com/lobehub/lobehub/issues/5773",
       label="API Key 不正确 / API キーが正しくありません"),
    # Apps' translations of a 429 and a 402 (Cherry Studio's status-to-sentence map, MulmoCast's
    # apiRateLimit), and ChatGPT's web limits as its reverse proxies pass them on: the rate
    # limit is said in words, whatever status the wrapper printed (a "(code: 400)").
    _p(r"请求速率超过限制|(?:请求)?(?:频率|速率)(?:过高|过快|超限)|利用制限に(?:引っかかって|達し)|"
       r"レート制限を超え", (), 0, "rate-limited",
       "https://github.com/CherryHQ/cherry-studio/issues/11222",
       label="请求速率超过限制 / 利用制限に引っかかっています"),
    _p(r"需要支付。账户余额或额度已用完", (), 0, "quota-exhausted",
       "https://github.com/CherryHQ/cherry-studio/issues/11222"),
    _p(r"Too many requests in 1 hour\. Try again later|You've reached our limit of messages per "
       r"(?:hour|day)", (), 0, "rate-limited", "https://github.com/acheong08/ChatGPT/issues/1103"),
    # Gemini's prompt block as Go's genai SDK names it (BlockedReasonProhibitedContent), passed
    # on by a relay under its own 429: the prompt was refused, waiting will not help.
    _p(r"\bBlockedReason(?:Safety|Other|Blocklist|ProhibitedContent|ImageSafety)\b|\bblocked: "
       r"prompt: BlockedReason", (), 0, "bad-request",
       "https://github.com/immersive-translate/immersive-translate/issues/2505"),
    _p(r"[\"']Not authenticated[\"']", (), 0, "provider-auth-missing",
       "https://github.com/fastapi/fastapi/blob/0.115.0/fastapi/security/http.py"),
    # The OpenAI SDK's refusal to send without a key, wrapped by a proxy in its own 500
    # (optillm's around LiteLLM's): no key was set, whatever status the wrapper gave.
    _p(r"The api_key client option must be set either by passing api_key to the client", (), 0,
       "provider-auth-missing",
       "https://github.com/algorithmicsuperintelligence/optillm/issues/43"),
    # AWS's refusals of a credential (its exception names, and STS's sentence): not a request
    # "unrecognized" (the bad-request row below would read the exception's name so).
    _p(r"\b(?:UnrecognizedClient|ExpiredToken|InvalidSignature|Unauthorized)Exception\b|The "
       r"security token included in the request is (?:invalid|expired)", (), 0,
       "provider-auth-invalid",
       "https://github.com/anthropics/claude-code/issues/2260"),
    # A credential the app never had, sent as the word for nothing ("?key=None" in a Gemini
    # URL from LiteLLM, "Authorization: 'Bearer undefined'" from a JS SDK): missing, not wrong.
    _p(r"[?&]key=(?:None|undefined|null)\b|\bBearer (?:undefined|null|None)\b", (), 0,
       "provider-auth-missing", "https://github.com/Aider-AI/aider/issues/2007"),
    # Bedrock's token throttling (ThrottlingException), before "too many tokens" reads as a
    # context length.
    _p(r"Too many tokens(?: per \w+)?, please wait before trying again", (), 0, "rate-limited",
       "https://github.com/anthropics/claude-code/issues/236"),
    # Bedrock's Converse API on a conversation's shape.
    _p(r"A conversation must (?:alternate between user and assistant roles|start with a user "
       r"message)", (), 0, "bad-request", "https://github.com/langchain-ai/langchain-aws/issues/130"),
    # Limits per minute said as such, before "too many tokens" reads as a context length
    # (Cerebras's TPM and RPM, Cohere's per-minute limit).
    _p(r"\b(?:Tokens|Requests) per (?:minute|hour|day) limit exceeded|You are past the per "
       r"minute request limit", (), 0, "rate-limited",
       "https://github.com/continuedev/continue/issues/9800"),
    # OpenAI's (and Azure's) words on the request's own content: an image URL it could not
    # fetch (a 400, not a timeout of the caller's), an input of the wrong shape, a prompt its
    # policy refused, state it did not keep, a run or a response still active, audio it
    # cannot take, an output the model botched.
    _p(r"Timeout while downloading \S+|\$\.input' is invalid|Invalid prompt: your prompt was "
       r"flagged as potentially violating our usage policy|We've encountered an issue with "
       r"repetitive patterns in your prompt|This request has been blocked by our content filters|"
       r"Previous response with id '[^'\n]{1,100}' not found|Items are not persisted when `store` "
       r"is set to false|Can't add messages to thread_\w+ while a run run_\w+ is active|"
       r"Conversation already has an active response in progress|Error committing input audio "
       r"buffer|Invalid file format\. Supported formats: \[", (), 0, "bad-request",
       "https://github.com/riverscuomo/cuomputer/issues/95",
       label="OpenAI's refusal of the request's content (an image it could not fetch, an input "
       "of the wrong shape, a prompt its policy refused, state it did not keep)"),
    _p(r"Failed to download image from \S+\. Image size exceeds the limit|Maximum content size "
       r"limit \(\d+\) exceeded", (), 0, "request-too-large",
       "https://github.com/chidiwilliams/buzz/issues/381"),
    _p(r"Your session hit the maximum duration of \d+ minutes", (), 0, "timeout",
       "https://github.com/livekit/agents/issues/2358"),
    _p(r"The model produced invalid content\. Consider modifying your prompt", (), 0,
       "provider-server-error", "https://github.com/microsoft/autogen/issues/3247"),
    # Go's encoding/json on a request body of the wrong shape (Ollama and other Go servers):
    # only where it names the request (its struct, or a field of a request's body). A Go
    # client that could not decode the answer says the same words of its own types
    # ("APIError.error.code", "Go value of type int64"; sashabaranov/go-openai#244,
    # OpenRouterTeam/go-sdk#580): no request was refused there.
    _p(r"json: cannot unmarshal \w+ into Go (?:struct field (?:\w*Request\.|\w*\.(?:messages|"
       r"tools|prompt|input|options|format)\b)|value of type [\w.*\[\]]*Request\b)", (), 0,
       "bad-request", "https://github.com/cline/cline/issues/363",
       label="json: cannot unmarshal ... into Go struct field <a request's field>"),
    # OpenAI's refusal of a history whose tool calls lack their answers, copied word for word
    # by other OpenAI-compatible servers (DeepSeek, Qwen's DashScope): the cause only.
    _p(r"An assistant message with ['\"]tool_calls['\"] must be followed by tool messages "
       r"responding to each ['\"]tool_call_id['\"]", (), 0, "bad-request",
       "https://github.com/BerriAI/litellm/issues/10083"),
    # -- DeepSeek's thinking-mode validator (tools probe, family G) ----------------------------
    # Its refusal of a history that dropped the model's reasoning ("The `reasoning_content` in
    # the thinking mode must be passed back to the API.", and its Anthropic-style endpoint's
    # "The `content[].thinking` ..."): a bad request, with or without a status; relays pass
    # it on, so the cause only.
    _p(r"The `?(?:reasoning_content|content\[\]\.thinking)`? in the thinking mode must be passed "
       r"back to the API", (), 0, "bad-request",
       "https://github.com/esengine/DeepSeek-Reasonix/issues/8902",
       label="The `reasoning_content` in the thinking mode must be passed back (DeepSeek's)"),
    # Mistral's invalid_model ("Invalid model: x"), and any server that words it the same way.
    _p(r"\bInvalid model(?: ID| name| identifier)?(?:: |[\"']|\.(?!\w)|$| [\"'])", (), 0,
       "model-not-found",
       "https://github.com/mistralai/platform-docs-public/pull/41",
       label="Invalid model (ID, name, identifier)"),
    # Ollama's and other model servers' "model 'qwen3.5:9b' not found": the model, whoever said it.
    _p(r"\bmodel [\"'`][\w.:/@-]+[\"'`] not found\b", (), 0, "model-not-found",
       "https://github.com/Carlos-droid/FinRobot/blob/c95a60867ef83d81f78380ff263beae526ee9a04/"
       "finrobot-backend/server.log#L67-L69"),
    # LM Studio's server with no model loaded: the model is not there to answer.
    _p(r"\bNo models loaded\. Please load a model\b", (), 0, "model-not-found",
       "https://github.com/lmstudio-ai/lms/issues/107"),
    _p(r"has been decommissioned", (), 0, "model-decommissioned",
       "https://github.com/atiilla/sqlmap-ai/issues/3"),
    # The pre-1.0 SDK's sentence, also as apps print it without the backticks.
    _p(r"The model: `?[\w.:/-]+`? does not exist", ("openai",), 1, "model-not-found",
       OPENAI_ERRORS),
    # Groq's and OpenAI's answer to a path they do not serve, in the same words (OpenAI's:
    # https://github.com/zhangrenyang/chatgpt/issues/46); the docs link after it
    # (console.groq.com, platform.openai.com) decides, as its own marker.
    _p(r"Unknown request URL: [A-Z]+ /", ("groq", "openai"), 1, "bad-request",
       "https://console.groq.com/docs/errors", "invalid-url"),
    # OpenAI's answer to a path it does not serve ("Invalid URL (POST /v1/v1/chat/completions)"),
    # which relays pass on: weak for OpenAI (Groq words it "Unknown request URL").
    _p(r"Invalid URL \((?:GET|POST|PUT|PATCH|DELETE) /", ("openai",), 1, "bad-request",
       "https://github.com/songquanpeng/one-api/issues/598", "invalid-url"),
    _p(r"Invalid URL \(", (), 0, "bad-request",
       "https://github.com/songquanpeng/one-api/issues/598", "invalid-url"),
    # Go's net/http answer for a path no handler serves (Ollama and other Go servers): the
    # base URL's path is wrong, whoever the server is.
    _p(r"(?<![\w-])(?:404 )?page not found\b", (), 0, "bad-request",
       "https://pkg.go.dev/net/http#NotFound"),
    _p(r"You exceeded your current quota", (), 0, "quota-exhausted", OPENAI_ERRORS),
    _p(r"Request too large", (), 0, "request-too-large",
       "https://github.com/cottongeeks/podscript/issues/20"),
    _p(r"Rate limit reached|(?i:\brate ?limit(?:ed| exceeded)\b)", (), 0, "rate-limited",
       "https://github.com/crewAIInc/crewAI/issues/494",
       label="Rate limit reached / rate limited / rate limit exceeded"),
    _p(r"(?i)\bAPI key required\b", (), 0, "provider-auth-missing",
       "https://github.com/Gitlawb/openclaude/issues/1809"),
    # A Cloudflare client's own check before any request (nothing answered, so no origin):
    # wrangler with no token in CI, caddy-dns's token that is not a token's form.
    _p(r"\bit's necessary to set a CLOUDFLARE_API_TOKEN environment variable\b", (), 0,
       "cloudflare-api-auth", "https://github.com/7Sageer/sublink-worker/issues/226"),
    _p(r"\bdns\.providers\.cloudflare: API token '[^'\n]{0,200}' appears invalid\b", (), 0,
       "cloudflare-api-auth", "https://github.com/caddy-dns/cloudflare/issues/134"),
    _p(r"must contain the word 'json' in some form", (), 0, "bad-request", OPENAI_ERRORS),
    _p(r"(?i)maximum context length|context[_ ]length[_ ]exceeded|reduce the length of the "
       r"messages", (), 0, "bad-request", OPENAI_ERRORS),
    # A local model server's context window (kronk words it so): too long a prompt.
    _p(r"(?i)\bcontext window is full\b|\bexceeds? (?:the |your )?(?:model's )?context window\b",
       (), 0, "bad-request", "https://github.com/ardanlabs/kronk/issues/862",
       label="context window is full / exceeds the context window"),
    _p(r"(?i)\bInsufficient Balance\b", (), 0, "quota-exhausted",
       "https://github.com/harry0703/MoneyPrinterTurbo/issues/770"),
    # Envoy, the proxy inside many providers' stacks: the server side failed, not the network.
    _p(r"upstream connect error or disconnect/reset before headers|\bno healthy upstream\b",
       (), 0, "provider-server-error",
       "https://www.envoyproxy.io/docs/envoy/latest/intro/arch_overview/upstream/"
       "connection_pooling"),
    # -- groq3 probe (issue #13): shared words that say why, never who --------------------------
    # The tail OpenAI's and Groq's rate-limit sentences share, left alone when an app or a
    # title took the first clause away ("Limit 3, Used 3, Requested 1. Please try again in
    # 20s."): a limit that waiting lifts, whoever set it.
    _p(r"\bLimit \d{1,12}, Used \d{1,12}, Requested ~?\d{1,12}\. Please try again in\b", (), 0,
       "rate-limited", "https://github.com/SevaSk/ecoute/issues/194",
       label="Limit N, Used N, Requested N. Please try again in"),
    # The words of that code's message (model_not_supported, GitHub Copilot's API), printed alone.
    _p(r"The requested model (?:\S{1,100} )?is not supported\b", (), 0, "model-not-found",
       "https://github.com/RooCodeInc/Roo-Code/issues/3975"),
    # -- round 16 (otheredge D): other proxies' own sentences for their 5xx, which carry the
    # cause when no status is printed beside them (docs/sources.md#relays) --------------------
    # Kong's default bodies for 502, 503 and 504 (its 500's "An unexpected error occurred" is
    # any program's sentence: read with its status only).
    _p(r"An invalid response was received from the upstream server|The upstream server is "
       r"currently unavailable", (), 0, "provider-server-error", KONG_BODIES),
    _p(r"The upstream server is timing out", (), 0, "timeout", KONG_BODIES),
    # CloudFront's 502 page: it could not connect to the server behind it.
    _p(r"CloudFront wasn't able to connect to the origin", (), 0, "provider-server-error",
       "https://github.com/hahnicity/flowzillow/issues/5"),
    # -- openai2 probe (issue #13): causes only (docs/sources.md#provider-wording) -------------
    # Family 1. An interface retired, not a model: "The Realtime Beta API is no longer
    # supported. Please use /v1/realtime for the GA API." (OpenAI), "https://api-inference.
    # huggingface.co is no longer supported. Please use https://router.huggingface.co instead."
    # The request's address or API version must change; "pick another model" would mislead.
    # An API, endpoint or interface as the subject, or a new address pointed at right after;
    # a model as the subject stays the generic row's model-decommissioned.
    _p(r"\b(?:API|[Ee]ndpoint|[Ii]nterface)\b[^.\n]{0,40}?\bis no longer supported\b|\bis no "
       r"longer supported\.\s{1,3}Please use (?:/|https?://)", (), 0, "bad-request",
       "https://github.com/infinitocloud/asterisk_to_openai_rt_community/issues/4",
       label="<an API or endpoint> is no longer supported. Please use <another address>"),
    # Family 2. Codex's own sentence for a conversation over the model's context window ("Codex
    # ran out of room in the model's context window. Start a new thread or clear earlier
    # history before retrying."), shown behind relays too: too long a request, whoever served.
    _p(r"\bran out of room in the model's context window\b", (), 0, "bad-request",
       "https://github.com/Wei-Shaw/sub2api/issues/1843"),
    # Family 4. Cause words read in their context. The Batch API's queue allowance ("Enqueued
    # token limit reached for gpt-4o-mini in organization org-... Please try again once some
    # in_progress batches have been completed."): it frees up as running batches finish, a
    # limit that waiting lifts (a batch too large by itself is worded otherwise, Voyage's "The
    # max allowed tokens per submitted batch is N").
    _p(r"\bEnqueued token limit reached for\b", (), 0, "rate-limited",
       "https://github.com/openai/openai-python/issues/2084"),
    # A fine-tuning file refused by its validator ("The job failed due to a file format error
    # in the training file. Invalid file format. Example 6174 message contains an invalid token:
    # <|fim_suffix|>."): the token is a tokenizer's special token in the data, no credential;
    # before the generic row that reads "invalid token" as a refused key.
    _p(r"\bfile format error in the training file\b|\bInvalid file format\.(?!\s*Supported)|"
       r"\bcontains an invalid token: <\|", (), 0, "bad-request",
       "https://github.com/johny-b/llmcomp/issues/59",
       label="a training file's format refused (Invalid file format, an invalid token: <|...|>)"),
    # Family 5. The image models' moderation in its newer words ("Your request was rejected by
    # the safety system. If you believe this is an error, contact us at help.openai.com and
    # include the request ID .... safety_violations=[sexual]."; code moderation_blocked, type
    # image_generation_user_error) and DALL-E 2's ("Your task failed as a result of our safety
    # system."): the prompt or the image was refused, another prompt may pass. Causes only:
    # help.openai.com or OpenAI's ids beside them say who.
    _p(r"\brejected by the safety system\b|\bsafety_violations=\[|\bfailed as a result of our "
       r"safety system\b", (), 0, "bad-request",
       "https://github.com/ucx0204/CarrotMangaTranslator/issues/122",
       label="rejected by the safety system / safety_violations=[...] (an image moderation)"),
)


RFC9110 = "https://www.rfc-editor.org/rfc/rfc9110#section-15"
# The last resort for the cause, after the provider's wording and the status: the words every
# API and proxy uses (HTTP reason phrases, common error names). They never say who.
GENERIC: Final[tuple[Phrase, ...]] = (
    # A client that re-validates a server's successful answer against OpenAI's response
    # types (pydantic-ai: "Invalid response from openai chat completions endpoint: 1 validation
    # error for ChatCompletion ... service_tier ... input_value='on_demand'"): no server
    # refused anything, so the words of the validation error ("Input should be ...") give no
    # cause. First, so that no later row reads them as a bad request.
    # (pydantic-ai's "chat completions endpoint" only: an OAuth client's "Invalid response from
    # token endpoint: ... Unauthorized" is a refusal, its words the cause)
    _p(r"(?i)\bInvalid response from [\w -]{0,40}\bchat completions endpoint\b|\b\d+ "
       r"validation errors? for _?\w*ChatCompletion(?:Chunk|Response)?\b", (), 0, None,
       "https://github.com/pydantic/pydantic-ai/issues/2844", "client-rejected-answer",
       label="N validation errors for ChatCompletion (the client rejected a server's answer "
       "as malformed; no server refused the request)"),
    # Mistral's answer for a model it has retired (a deprecation notice says "... and will be").
    _p(r"(?i)\bmodel\b[^.]{0,60}\bis deprecated\b(?!\s*(?:and|,)\s*will\b)", (), 0,
       "model-decommissioned", "https://github.com/frquintero/jev-typesafe-spike/blob/"
       "b83f2268d8f296443e525da1cc96be1dfe79bf1b/mistral-large-4-verificacion-2026-10-06.md"),
    _p(r"(?i)\b(?:(?:model_)?decommissioned|has been retired|has been deprecated|is no longer "
       r"(?:supported|available)|model\b[^.]{0,60}\bwas removed on\b)", (), 0,
       "model-decommissioned",
       RFC9110),
    # (a dot inside a model ID, "qwen1.5-14b", is not the sentence's end)
    _p(r"(?i)\b(?:model[_ ]not[_ ]found|no such model|unknown model|model\b(?:[^.]|\.(?=\S))"
       r"{0,60}\b(?:not found|does not exist|not exist))|模型不存在", (), 0, "model-not-found",
       RFC9110, label="model ... not found / does not exist / no such model / unknown model"),
    # Coding CLIs' own sentence for a model the server refused (Codex CLI, Claude Code, after
    # a 404), with a dotted model ID before it: "There's an issue with the selected model
    # (gpt-5.2). It may not exist or you may not have access to it."
    _p(r"(?i)\bmodel \([^)\n]{1,80}\)\.\s+It may not exist or you may not have access\b", (), 0,
       "model-not-found", "https://github.com/icebear0828/codex-proxy/issues/219"),
    _p(r"(?i)\b(?:missing|no) (?:api[_ ]key|authorization header|credentials?)\b|"
       r"(?<![A-Za-z])api[_ ]key (?:(?:client option|environment variable|env var) )?"
       r"(?:is )?(?:missing|required|not (?:set|provided)|must be set)", (), 0,
       "provider-auth-missing", RFC9110),
    _p(r"(?i)\b(?:unauthori[sz]ed|invalid[_ ]api[_ ]key|api[_ ]key[_ ]invalid|incorrect api key|"
       r"invalid (?:api )?key|"
       r"api key (?:is )?(?:invalid|not valid|expired)|"
       # (not .NET's System.Security.Authentication.AuthenticationException, "Authentication
       # failed, see inner exception.": the TLS handshake's authentication, not a key's)
       r"(?<!AuthenticationException: )authentication (?:failed|error)|"
       r"invalid (?:authentication|(?:bearer |api )?token|credentials)|authorization failed|"
       r"token\b[^.]{0,40}\b(?:is|has) "
       r"expired)\b",
       (), 0, "provider-auth-invalid",
       RFC9110),
    _p(r"(?i)\b(?:insufficient[_ ](?:quota|balance|credits?|funds)|quota exceeded|exceeded your "
       r"(?:current )?quota|payment required|credit balance|depleted your (?:\w+ ){0,3}credits|"
       r"not have enough quota|not enough quota|balance is insufficient)\b|余额不足", (), 0,
       "quota-exhausted", RFC9110),
    # (anthropic2 probe, family C1) The same with a word between: "Insufficient account balance"
    # (a relay's, sub2api's, under Claude Code's "· Please run /login"; any service's words).
    _p(r"(?i)\binsufficient \w{1,20} balance\b", (), 0, "quota-exhausted",
       "https://github.com/Wei-Shaw/sub2api/issues/886",
       label="insufficient <word> balance"),
    # An app's own plan, in its own words (Cursor's "You've hit your free requests limit. Upgrade
    # to Pro ... Your usage limits will reset when your monthly cycle ends on ...", "You've
    # reached your trial request limit"): a plan's allowance ran out, whoever's it is (the words
    # name no provider).
    _p(r"(?i)\bhit your (?:usage|free requests?) limit\b|\breached your (?:trial|free) (?:requests?"
       r" )?limit\b|\busage limits? will reset when your (?:monthly )?cycle ends\b|"
       # (a rate limit's "Upgrade to Pro for higher limits" stays a rate limit)
       r"\bupgrade to pro\b[^\n]{0,80}(?<!rate )\blimit\b|(?<!rate )(?<!rate_)\blimit\b"
       r"[^\n]{0,80}\bupgrade to pro\b", (), 0,
       "quota-exhausted", "https://github.com/cursor/cursor/issues/3703",
       label="hit / reached your usage, free or trial limit; upgrade to Pro (an app's plan)"),
    _p(r"(?i)\b(?:rate[_ ]?limit|too many requests|throttl)", (), 0, "rate-limited", RFC9110),
    # An app's own limiter in its own words (HuggingChat's "You are sending too many messages.
    # Try again later."): who limited is open, the cause is not.
    _p(r"(?i)\b(?:are|were) sending too many (?:messages|requests)\b", (), 0, "rate-limited",
       "https://github.com/Soulter/hugging-chat-api/issues/196"),
    _p(r"(?i)\b(?:context[_ ]length|maximum context|too many tokens|prompt is too long|input is "
       r"too long)\b", (), 0, "bad-request", RFC9110),
    # Gemini's region refusal as clients re-word it ("Your location is not supported by ...").
    _p(r"(?i)\b(?:your|user) location is not supported\b", (), 0, "permission-denied",
       GEMINI_ERRORS),
    # (not "permission denied": an OS's EACCES, an SSH key's refusal say it too)
    _p(r"(?i)\b(?:lacks|lacking|missing|insufficient|(?:does|do) not have)(?: the| required| "
       r"necessary){0,2} permissions?\b", (), 0, "permission-denied", RFC9110),
    # A model server that could not load the model it was asked for (LocalAI's gRPC backends,
    # "could not load model - all backends returned error"): the server failed, after the
    # rows that say the model is not there at all, and after those that name a refusal (an
    # app's "Failed to load model list: Unauthorized" is a refused key, not a broken server).
    _p(r"(?i)\b(?:could not|couldn't|failed to|unable to|cannot) load (?:the )?model\b|"
       r"\b(?:failed|error) loading model\b", (), 0, "provider-server-error",
       "https://github.com/mudler/LocalAI/issues/1133",
       label="could not load model / failed loading model"),
    _p(r"(?i)\b(?:payload|request|file|body|upload) (?:is )?too large\b", (), 0,
       "request-too-large", "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.14"),
    _p(r"(?i)\b(?:gateway time-?out|timed out|time-?out|E(?:SOCKET)?TIMEDOUT)\b", (), 0,
       "timeout", RFC9110),
    # gRPC's own descriptions of UNAVAILABLE and DEADLINE_EXCEEDED, which Google's APIs (and
    # any gRPC server) send as their message: why, never who, and only when no status said
    # more (Google sends the second as a 503 UNAVAILABLE too).
    _p(r"The service is currently unavailable\.", (), 0, "provider-server-error",
       "https://github.com/google-gemini/gemini-cli/issues/11196"),
    _p(r"Deadline expired before operation could complete", (), 0, "timeout",
       "https://github.com/tatookan/comfyui_ssl_gemini_EXP/issues/6"),
    _p(r"(?i)\b(?:offline|down) for maintenance\b|\bunder maintenance\b", (), 0,
       "provider-server-error", RFC9110),
    _p(r"(?i)\b(?:overloaded|over capacity|(?:is|are) at capacity|internal server error|"
       r"service unavailable|bad "
       r"gateway|temporarily unavailable|server[_ ]error|upstream (?:error|connect))\b", (), 0,
       "provider-server-error", RFC9110),
    _p(r"(?i)\bnot (?:available|supported) (?:in|from) (?:your|this|the) (?:country|region|"
       r"territory|location|data ?center)\b|\bunsupported (?:country|region|location)\b|"
       r"地区不支持|不支持.{0,8}(?:地区|区域)|区域限制", (), 0, "permission-denied", RFC9110),
    # An app's guess or instruction about the key ("Your OpenAI API key might invalid",
    # "Please enter a valid Gemini API key"): the cause when the text names no other, after
    # the rows that name one ("Request timed out (the API key might be invalid ...)").
    _p(r"(?i)\bapi key (?:might be|may be|might|seems(?: to be)?) (?:invalid|not valid|expired)\b|"
       r"\b(?:enter|provide|use) (?:a )?valid (?:\w+ ){0,2}api key\b", (), 0,
       "provider-auth-invalid", RFC9110),
    # -- AWS's ValidationException (tools probe, family G) -------------------------------------
    # Bedrock's (and every AWS service's) 400 for a request its validator refused ("The
    # toolConfig field must be defined when using toolUse and toolResult content blocks."):
    # a bad request, after every row above, so that the words after it say more when they can
    # (Bedrock answers an unusable model ID under the same name: relay_wording's rows and the
    # model rows above read that first).
    _p(r"\bValidationException\b", (), 0, "bad-request",
       "https://github.com/langgenius/dify/issues/17545",
       label="ValidationException (AWS's refusal of a malformed request)"),
    _p(r"(?i)\b(?:invalid[_ ]request|bad request|validation error|invalid value|invalid "
       r"argument|is required|is not supported|unsupported (?:parameter|value)|unrecognized|"
       r"unknown (?:parameter|field|argument)|extra inputs are not permitted|field required|is "
       r"too long|exceeds the (?:available )?(?:context|maximum)|must be (?:a|an|one of|less|"
       r"greater|at least|at most)\b)", (), 0, "bad-request", RFC9110),
    # -- groq3 probe (issue #13) -----------------------------------------------------------------
    # A model refusing a parameter in other words than "unsupported parameter" (xAI's "Model
    # grok-4... does not support parameter reasoningEffort.", LiteLLM's "does not support
    # parameters: [...]"): the request's parameter, whoever refused it.
    _p(r"(?i)\bdoes not support (?:the )?parameters?\b", (), 0, "bad-request",
       "https://github.com/chenyme/grok2api/issues/814"),
    # A feature the account's plan does not include, by its code (Groq's Batch API on a plan
    # without it, "403 not_available_for_plan"; apps' feature_not_available_for_plan): a
    # permission the plan lacks, which retrying never grants.
    _p(r"(?i)not_available_for_plan\b", (), 0, "permission-denied",
       "https://github.com/jgravelle/GroqApiLibrary/pull/22"),
)


# A 5xx means "the provider's server failed" only when a provider's server could have sent it.
# These say the server that failed was another one: a server on the user's own machine or
# network (a local proxy, a model server), or a program that crashed in its own code (a
# relay's or an app's bug: providers do not answer with a runtime error's text).
NOT_A_PROVIDERS_SERVER: Final[tuple[Phrase, ...]] = (
    _p(r"\bhttps?://(?:127\.\d+\.\d+\.\d+|localhost|0\.0\.0\.0|\[::1\]|192\.168\.\d+\.\d+|"
       r"10\.\d+\.\d+\.\d+|host\.docker\.internal)(?::\d+)?(?:/|\b)", (), 0, None,
       "https://www.rfc-editor.org/rfc/rfc1918"),
    _p(r"Cannot read propert(?:y|ies) of (?:undefined|null)|\bis not a function\b|"
       r"\bis not defined\b|'NoneType' object has no attribute|object is not subscriptable",
       (), 0, None,
       "https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Errors"),
    _p(r"\bTRPCError\b", (), 0, None, "https://trpc.io/docs/server/error-handling"),
    # LiteLLM's own refusal to route a model with no provider prefix, before any request; an
    # app that serves it as its own 500 ("500: LLM Provider NOT provided. ...") failed itself.
    _p(r"\bLLM Provider NOT provided\. Pass in the LLM provider you are trying to call\b", (), 0,
       None, "https://github.com/rashadphz/farfalle/pull/93"),
)


# (logs probe, family 2) Error bodies of APIs that are no LLM's, which an app's log (a CI
# job's, an agent's) holds next to its LLM calls: their status and words are about that API.
# GitHub's REST API answers every error as {"message": ..., "documentation_url": ...} on its
# docs site ({"message":"Bad credentials","documentation_url":"https://developer.github.com/v3"},
# a GITHUB_TOKEN refused).
NOT_AN_LLM_API: Final[tuple[Phrase, ...]] = (
    _p(r"[\"']documentation_url[\"']\s{0,3}:\s{0,3}[\"']https://(?:developer|docs)\.github\.com/",
       (), 0, None, "https://docs.github.com/en/rest/using-the-rest-api/troubleshooting-the-rest-api",
       label="GitHub's REST API error (its documentation_url)"),
)


def not_an_llm_api(text: str) -> Phrase | None:
    """The first NOT_AN_LLM_API row the text contains."""
    return next((p for p in NOT_AN_LLM_API if rx(p.pattern).search(text)), None)


def not_a_providers_server(text: str) -> Phrase | None:
    """The first NOT_A_PROVIDERS_SERVER row the text contains."""
    return next((p for p in NOT_A_PROVIDERS_SERVER if rx(p.pattern).search(text)), None)


# -- mistralor probe (round 16, family F): a client's guess is no server's refusal ------------
# Apps guess at a failure they could not read ("A network error occurred, you may be rate
# limited or having connection issues: NetworkError when attempting to fetch resource",
# JanitorAI's words over a browser's fetch that got no answer; VS Code's build fetch adds "(you
# may be rate limited)" to any 403). The hedged words say what might have happened, not what a
# server said: no cause is read from them (the status, or other words, still give one).
# (pattern, source)
HEDGES: Final[tuple[tuple[str, str], ...]] = (
    (r"(?i)\b(?:may|might|could)(?: have)? be(?:en)? rate[ _-]?limit(?:ed|ing)\b",
     "https://help.janitorai.com/en/article/openrouter-errors-10ear52"),
)


def without_guesses(text: str) -> str:
    """The text with each hedged guess blanked (same length), so no cause is read from it."""
    for pattern, _source in HEDGES:
        if rx(pattern).search(text):
            text = rx(pattern).sub(lambda m: " " * len(m.group(0)), text)
    return text
# -- end of the mistralor probe's family F block --


def generic_cause(text: str | None) -> Phrase | None:
    """The first GENERIC row the text contains (after the wording and the status said nothing)."""
    if not text:
        return None
    text = without_guesses(text)
    return next((p for p in GENERIC if rx(p.pattern).search(text)), None)


# What a status alone says less well than the words beside it: (the status's cause) -> (the
# sharper causes its words may give, what they make of the status). A 400 whose words say the
# model does not exist is about the model; a 401 whose words say no key came ("missing api
# key", "No API key provided") is a key not sent, not a wrong one (round 16, status 5:
# https://github.com/farion1231/cc-switch/issues/6816).
SHARPER_THAN_STATUS: Final[dict[str, tuple[frozenset[str], str]]] = {
    "bad-request": (frozenset({"model-not-found", "model-decommissioned"}), "is about the model"),
    "provider-auth-invalid": (frozenset({"provider-auth-missing"}),
                              "is for a key never sent, not a wrong one"),
}


def sharper_than_status(status_cause: str | None, generic: Phrase | None) -> Phrase | None:
    """The GENERIC row the text holds (`generic_cause`), when it is to be preferred over a cause
    read from the status alone (SHARPER_THAN_STATUS): "Model Not Exist" beside a 400, "missing
    api key" beside a 401."""
    sharper = SHARPER_THAN_STATUS.get(status_cause or "")
    if sharper is not None and generic is not None and generic.cause in sharper[0]:
        return generic
    return None


def sharper_why(status_cause: str | None) -> str:
    """What the sharper words make of the status (for the evidence)."""
    return SHARPER_THAN_STATUS.get(status_cause or "", (frozenset(), "says more"))[1]


def first_cause(text: str | None) -> Phrase | None:
    """The first row with a cause whose pattern the text contains; only when none does, the
    first whose start the text is cut off in (a whole phrase says more than a cut one)."""
    if not text:
        return None
    text = without_guesses(text)
    return next((p for p in PHRASES if p.cause and rx(p.pattern).search(text)), None) or \
        next((p for p in PHRASES if p.cause and p.cut_at_end(text)), None)
