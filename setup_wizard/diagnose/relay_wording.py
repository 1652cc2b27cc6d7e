"""Relays' and other vendors' own wording, as data (phrases.py splices these rows in its order).

A relay (one-api and its forks, LiteLLM's proxy, Vercel's gateway) answers for itself; other
vendors (Azure, Bedrock, DeepSeek, xAI, Moonshot, DashScope, Together, ...) and the servers
people run themselves (vLLM, Ollama, llama.cpp, LM Studio) are none of this tool's origins:
their words name no origin (RELAY, reported as unknown) and say why. RELAY_WORDING comes
before the providers' own rows (a vendor's sentence there may contain a provider's words),
OTHER_VENDOR_WORDING after them. Sources: docs/sources.md#relays (each row names its page).
"""

from __future__ import annotations

from typing import Final

from setup_wizard.diagnose.markers import RELAY
from setup_wizard.diagnose.wording import Phrase
from setup_wizard.diagnose.wording import phrase as _p

VERCEL_GATEWAY = "https://github.com/vercel/ai/tree/main/packages/gateway/src/errors"

RELAY_WORDING: Final[tuple[Phrase, ...]] = (
    # -- relays answering for themselves (docs/sources.md#relays) ------------------------------
    _p(r"Invalid proxy server token passed", (RELAY,), 3, "provider-auth-invalid",
       "https://github.com/BerriAI/litellm/issues/7287"),
    # (also as its UTF-8 shows read as GBK, "鏃犲彲鐢ㄦ笭閬...", after an ASCII blank: the model
    # name's; continuedev/continue#9921)
    _p(r"无可用渠道|鏃犲彲鐢ㄦ笭閬|No available channels? for model", (RELAY,), 3,
       "model-not-found",
       "https://github.com/songquanpeng/one-api/issues/1160"),
    # new-api's refusal of a model its admin priced for no one ("倍率或价格未配置"): the relay
    # does not serve that model until it is set.
    _p(r"倍率或价格未配置|ratio or price not set", (RELAY,), 3, "model-not-found",
       "https://github.com/codicrafts/ai-gateway/blob/f5cbaa4e9ad0cba9bfb1c5201899401837bbff27/"
       "new-api/logs/oneapi-20260413093536.log#L1975-L1976"),
    # one-api's own balance for the user (and its forks', new_api_error, v_api_error): spent,
    # or short of what it reserves before relaying ("user [N] quota [M]preConsumedQuota [K]is
    # not enough"), with 403. OpenAI's quota code is insufficient_quota, its words others.
    _p(r"\binsufficient_user_quota\b|\buser quota is not enough\b|\bpreConsumedQuota \[-?\d+\] ?"
       r"is not enough", (RELAY,), 3, "quota-exhausted",
       "https://github.com/songquanpeng/one-api/issues/1270"),
    _p(r"\b(?:one_api_error|new_api_error)\b", (RELAY,), 3, None,
       "https://github.com/songquanpeng/one-api/issues/2340"),
    # one-api (and new-api and their forks after it) ends every error message it returns,
    # its own or an upstream's, with its request id: a timestamp and random characters
    # (helper.MessageWithRequestId). The relay answered the client; it outweighs the client's
    # SDK class (which says only where it sent the request), not a provider's own envelope.
    _p(r"\(request id: \d{14,}\w*\)", (RELAY,), 5, None,
       "https://github.com/songquanpeng/one-api/blob/8df4a2670b98266bd287c698243fff327d9748cf/"
       "common/helper/helper.go"),
    # one-api (and new-api after it) puts this over every upstream 429's message, keeping the
    # upstream's type and code: the relay wrote it; the code still says why.
    _p(r"当前分组上游负载已饱和", (RELAY,), 3, None,
       "https://github.com/songquanpeng/one-api/blob/8df4a2670b98266bd287c698243fff327d9748cf/"
       "controller/relay.go"),
    # sub2api (a Go relay for Claude Code and Codex accounts) writes Anthropic's envelope over
    # its own refusals: a model no account of the group serves, a group that takes Claude Code
    # only, and "No available accounts: " before every account-selection failure.
    _p(r"\bno available (?:\w+ )?accounts supporting model: ", (RELAY,), 3, "model-not-found",
       "https://github.com/Wei-Shaw/sub2api/issues/96"),
    _p(r"\bonly allows Claude Code clients\b", (RELAY,), 3, "permission-denied",
       "https://github.com/Aichs/new-api/issues/3"),
    _p(r"\bNo available (?:\w+ )?accounts: ", (RELAY,), 3, None,
       "https://github.com/Wei-Shaw/sub2api/blob/d3e73f1260ed7460350f4fd9e02763ec4cc29bb9/"
       "backend/internal/handler/gateway_handler.go"),
    # (anthropic2 probe, family C3) Its plain "no available accounts" after that prefix: the
    # relay's pool has no usable upstream account right now (all limited, disabled or busy), a
    # failure at its end to retry later, whatever status it chose (503, or 424). (The cause
    # only: the row above names the relay.)
    _p(r"\bNo available (?:\w+ )?accounts: no available accounts\b(?! supporting)", (), 0,
       "provider-server-error", "https://github.com/Wei-Shaw/sub2api/issues/4636"),
    # Relays and coding plans that serve one client only refuse the others (403): Claude Relay
    # Service's client restriction, Kimi For Coding's and other coding plans' agent gate.
    _p(r"Your client is not authorized to use this API key|This endpoint only accepts requests "
       r"from Claude Code\b|\bclient_validation_error\b", (RELAY,), 3, "permission-denied",
       "https://github.com/Wei-Shaw/claude-relay-service/issues/1093"),
    _p(r"is currently only available for Coding Agents\b|\baccess_terminated_error\b", (RELAY,),
       3, "permission-denied", "https://github.com/continuedev/continue/issues/10847"),
    # Self-hosted servers naming a model they do not serve: FastChat's ErrorCode 40301 ("Only
    # {models} allowed now, your model {m}"), Xinference's "Model not found, uid: ...",
    # Together's dedicated endpoint that is not running.
    _p(r"\bOnly\b[^\n]{0,300}?\ballowed now, your model\b", (RELAY,), 3, "model-not-found",
       "https://github.com/lm-sys/FastChat/issues/3091"),
    # Jan's local server (cortex.cpp) with no model started: its engine or model not loaded
    # (400, or 409 "Conflict" from cortex): the model asked for is not being served.
    _p(r"\bEngine is not loaded yet\b|Model has not been loaded, please load model into "
       r"cortex\b", (RELAY,), 3, "model-not-found", "https://github.com/janhq/jan/issues/3971"),
    _p(r"\bModel not found, uid: ", (RELAY,), 3, "model-not-found",
       "https://github.com/infiniflow/ragflow/issues/514"),
    _p(r"The dedicated endpoint for [\w./:-]{1,200} is not running|"
       r"\bdedicated_endpoint_not_running\b", (RELAY,), 3, "model-not-found",
       "https://github.com/HeyPuter/puter/issues/3168"),
    _p(r"No available upstream candidate", (RELAY,), 3, None,
       "https://github.com/tbphp/gpt-load/issues/528"),
    _p(r"An error occurred with your deployment", (RELAY,), 3, None,
       "https://vercel.com/docs/errors"),
    # Its codes for a function that ran past its time (the app's own server, waiting on the
    # model, 504): FUNCTION_, EDGE_FUNCTION_, INTERNAL_..., MIDDLEWARE_INVOCATION_TIMEOUT.
    _p(r"\b(?:INTERNAL_)?(?:EDGE_)?(?:FUNCTION|MIDDLEWARE)_INVOCATION_TIMEOUT\b", (RELAY,), 3,
       "timeout", "https://vercel.com/docs/errors/FUNCTION_INVOCATION_TIMEOUT"),
    # Vercel's AI Gateway, through the AI SDK: not Cloudflare's (its words, not "AI Gateway").
    _p(r"Unauthenticated request to AI Gateway|Unauthenticated\. Configure AI_GATEWAY_API_KEY",
       (RELAY,), 3, "provider-auth-missing", VERCEL_GATEWAY),
    _p(r"\bGateway(?:Authentication|InvalidRequest|RateLimit|ModelNotFound|InternalServer|"
       r"Response)Error\b|\bAI_GATEWAY_API_KEY\b|\bai-gateway\.vercel\.sh\b|"
       r"unauthenticated-ai-gateway", (RELAY,), 3, None, VERCEL_GATEWAY),
    # -- (gateway probe) other AI gateways refusing for themselves, in their documented words --
    # Vercel's: free credits restricted while paid ones are not (buying credits is the fix).
    _p(r"\bFree credits temporarily have restricted access\b|\bPaid credits continue to have "
       r"unrestricted access\b", (RELAY,), 3, "quota-exhausted",
       "https://github.com/Aider-AI/aider/pull/4495"),
    # Langfuse's: the key's owner may no longer call the gateway (its role), 403.
    _p(r"\bGateway access forbidden\b", (RELAY,), 3, "permission-denied",
       "https://langfuse.com/faq/all/ai-gateway-error-codes"),
    # Neon's: a credential without the gateway's scope, or issued on another branch, 403.
    _p(r"\bcredential not authorized for (?:ai gateway|this branch)\b", (RELAY,), 3,
       "permission-denied", "https://neon.com/docs/ai-gateway/troubleshooting"),
    # Yunqi's: no virtual key on the request, 401 (its code GATEWAY_MISSING_VIRTUAL_KEY).
    _p(r"\bVirtual key not provided\b|\bGATEWAY_MISSING_VIRTUAL_KEY\b", (RELAY,), 3,
       "provider-auth-missing", "https://yunqi.tech/documents/aigw_pass_through_code"),
    # -- end of the gateway probe's block --
    # -- other vendors' own sentences, before the providers' rows (some contain their words:
    # xAI puts gRPC's "The caller does not have permission" beside its credits sentence) ----
    # xAI: a team with no credits, or at its spending limit; a key without the endpoint's
    # permission; a path it does not serve; a prompt over its window.
    _p(r"Your newly created teams? doesn't have any credits|has either used all available "
       r"credits or reached its monthly spending limit|You have run out of credits or need a "
       r"Grok subscription|\bpersonal-team-blocked:spending-limit\b", (RELAY,), 3,
       "quota-exhausted", "https://github.com/continuedev/continue/issues/12670"),
    _p(r"Access to the chat endpoint is denied\. Please ensure you're using the correct "
       r"credentials", (RELAY,), 3, "permission-denied",
       "https://github.com/decolua/9router/issues/2559"),
    # (gateway probe) xAI's refusal of a request with no key or a wrong one, also through
    # Cloudflare's gateway in a {code, message} object written code first (not OpenRouter's).
    _p(r"\bNo or an invalid authentication header was\s+provided on the request\b", (RELAY,), 3,
       "provider-auth-invalid", "https://github.com/cloudflare/ai/issues/430"),
    _p(r"No handler found on route\. Please double check your URL", (RELAY,), 3, "bad-request",
       "https://github.com/iniwap/AIWriteX/issues/26"),
    _p(r"This model's maximum prompt length is \d+ but the request contains \d+ tokens", (RELAY,),
       3, "bad-request", "https://github.com/cline/cline/issues/3120"),
    # Moonshot (Kimi): its error types and sentences. Its overload sentence, "The engine is
    # currently overloaded, please try again later", is OpenAI's word for word (OpenAI's
    # error-codes guide; W&B Inference copies it too): only its type names Moonshot.
    _p(r"\bengine_overloaded_error\b", (RELAY,), 3, "provider-server-error",
       "https://github.com/MoonshotAI/kimi-cli/issues/2209"),
    _p(r"Not found the model [\w.:/-]+ or Permission denied|\bresource_not_found_error\b",
       (RELAY,), 3, "model-not-found", "https://github.com/langgenius/dify/issues/39778"),
    _p(r"is not active, organization <?[\w-]+>? exceeded current quota|"
       r"\bexceeded_current_quota_error\b", (RELAY,), 3, "quota-exhausted",
       "https://github.com/MoonshotAI/Kimi-K2/issues/5"),
    _p(r"request reached (?:max organization concurrency|organization max RPM)|"
       r"\brate_limit_reached_error\b", (RELAY,), 3, "rate-limited",
       "https://github.com/LLM-Red-Team/kimi-cc/issues/16"),
    _p(r"model max length exceeded, max length:\s*\d+", (RELAY,), 3, "bad-request",
       "https://github.com/MoonshotAI/MoonshotAI-Cookbook/issues/18"),
    # Qwen's DashScope (Alibaba Model Studio): its throttles (Throttling.*), an account in
    # arrears, its validator; it also copies Mistral's "Requests rate limit exceeded".
    _p(r"\bThrottling\.(?:RateQuota|AllocationQuota|BurstRate)\b|Requests rate limit exceeded, "
       r"please try again later|Allocated quota exceeded, please increase your quota limit|"
       r"You exceeded your current requests list|Request rate increased too quickly", (RELAY,), 3,
       "rate-limited", "https://help.aliyun.com/en/model-studio/rate-limit"),
    _p(r"please make sure your account is in good standing|\bArrearage\b", (RELAY,), 3,
       "quota-exhausted", "https://github.com/tencentmusic/supersonic/issues/1572"),
    _p(r"\bInternalError\.Algo\.InvalidParameter\b|Range of input length should be \[", (RELAY,),
       3, "bad-request", "https://github.com/QwenLM/qwen-code/issues/98"),
    # Baidu Qianfan (ERNIE): its error_msg for codes 17/18 (a daily or per-second request cap)
    # and 110/111 (an access token bad or expired), and one-api's Baidu channel refusing the key
    # it was given, whether the app or a relay (one-api) prints them.
    _p(r"\bOpen api (?:daily|qps) request limit reached\b", (RELAY,), 3, "rate-limited",
       "https://github.com/binary-husky/gpt_academic/issues/1824"),
    _p(r"\bAccess token invalid or no longer valid\b|\binvalid baidu apikey\b", (RELAY,), 3,
       "provider-auth-invalid", "https://github.com/binary-husky/gpt_academic/issues/2162"),
    # Volcengine Ark's AuthenticationError (401), whatever status the paste kept: a key absent
    # or wrong, one sentence for both.
    _p(r"The API key (?:or AK/SK )?in the request is missing or invalid", (RELAY,), 3,
       "provider-auth-invalid", "https://github.com/volcengine/volc-sdk-python/issues/36"),
    # Zhipu (bigmodel.cn, Z.ai): its code 1113, an account in arrears or without a resource
    # package, in Chinese or English, sent with 429: a balance to top up, not a rate limit.
    _p(r"余额不足或无可用资源包|您的账户已欠费|Insufficient balance or no resource package",
       (RELAY,), 3, "quota-exhausted", "https://github.com/langgenius/dify/issues/5850"),
    # (anthropic2 probe, family C2) Its rate-limit codes, in Chinese or English, whatever status
    # a client printed (Claude Code shows them as "API Error: [1302][...]", with none): 1302,
    # the account's own rate or concurrency limit (slow down); 1305, the model overloaded on
    # Zhipu's side, "model overloaded" in a router's retry rules (retry later).
    _p(r"您的账户已达到速率限制|High concurrency usage of this API, please reduce concurrency",
       (RELAY,), 3, "rate-limited", "https://github.com/zai-org/GLM-5/issues/78, "
       "https://github.com/kaitranntt/ccs/issues/402"),
    _p(r"该模型当前访问量过大", (RELAY,), 3, "provider-server-error",
       "https://github.com/zhushanwen321/llm-simple-router/pull/95, "
       "https://github.com/HKUDS/nanobot/pull/3864"),
    # Clouds that sign each request with a secret: Tencent Cloud's AuthFailure codes (Hunyuan
    # through its SDK), Hunyuan's and Baichuan's own words for a signature that does not
    # verify: the key or secret is wrong (or the signing), whatever type the body gives.
    _p(r"\bAuthFailure\.(?:SignatureFailure|SignatureExpire|SecretIdNotFound|InvalidSecretId|"
       r"InvalidAuthorization)\b", (RELAY,), 3, "provider-auth-invalid",
       "https://www.tencentcloud.com/document/api/1036/38589"),
    _p(r"signature calculated is different from client signature|Invalid Signature parameter "
       r"in request header", (RELAY,), 3, "provider-auth-invalid",
       "https://github.com/langchain-ai/langchain/issues/22795"),
    # Cerebras: Groq's context sentence with its own length after it.
    _p(r"\bPlease reduce the length of the messages or completion\. Current length is \d+ while "
       r"limit is \d+", (RELAY,), 3, "bad-request", "https://github.com/cline/cline/issues/5140"),
    # DeepSeek's validator.
    _p(r"does not support successive user or assistant messages|Invalid max_tokens value, the "
       r"valid range of max_tokens is \[", (RELAY,), 3, "bad-request",
       "https://github.com/Aider-AI/aider/issues/2933"),
    # Together, Fireworks, Hugging Face's router, SiliconFlow: credits, tiers, suspended
    # accounts, a model with no serverless endpoint.
    _p(r"Credit limit exceeded\. Please navigate to https://api\.together\.xyz|Account [\w-]+ is "
       r"suspended, possibly due to reaching the monthly spending limit|You have exceeded your "
       r"monthly included credits for Inference Providers|Your paid balance is insufficient",
       (RELAY,), 3, "quota-exhausted", "https://github.com/expectedparrot/edsl/issues/2098"),
    _p(r"Access to this model is allowed for build tier \d+ and above", (RELAY,), 3,
       "permission-denied", "https://github.com/Nutlope/logocreator/issues/10"),
    _p(r"Unable to access non-serverless model", (RELAY,), 3, "model-not-found",
       "https://github.com/truefoundry/models/pull/919"),
    # NVIDIA's hosted models (NIM functions), in its problem-details body.
    _p(r"Function '[\w-]+': Not found for account", (RELAY,), 3, "model-not-found",
       "https://github.com/Alishahryar1/free-claude-code/issues/1021"),
    _p(r"DEGRADED function cannot be invoked", (RELAY,), 3, "provider-server-error",
       "https://github.com/decolua/9router/issues/2527"),
    # LiteLLM's proxy: a key's model allow-list, no key sent to it ("Authentication Error, No
    # api key passed in.", type auth_error, 401), a model name it does not route, every
    # deployment cooling down, a user's or a deployment's budget.
    _p(r"key not allowed to access model\. This key can only access models=|\bToken not allowed "
       r"to access model\b|\bkey_model_access_denied\b", (RELAY,), 3, "permission-denied",
       "https://github.com/BerriAI/litellm/pull/39660"),
    _p(r"\bNo api key passed in\b", (RELAY,), 3, "provider-auth-missing",
       "https://github.com/AmanCode22/deeperseeker/issues/2"),
    _p(r"Invalid model name passed in model=", (RELAY,), 3, "model-not-found",
       "https://github.com/BerriAI/litellm/issues/9663"),
    # (mistralor probe, family F) The same refusal from LiteLLM's router in its other words:
    # "You passed in model=X. There is no 'model_name' with this string" (no deployment of that
    # name in the proxy's config), whatever vendor the model's name suggests.
    _p(r"There is no 'model_name' with this string", (RELAY,), 3, "model-not-found",
       "https://github.com/BerriAI/litellm/issues/8279"),
    _p(r"No deployments available for selected model", (RELAY,), 3, "rate-limited",
       "https://github.com/BerriAI/litellm/issues/3933"),
    _p(r"exceeded budget for model=|crossed budget: Exceeded budget for deployment|"
       r"\bbudget_exceeded\b", (RELAY,), 3, "quota-exhausted",
       "https://github.com/BerriAI/litellm/issues/14144"),
    # vLLM's own sentences (its newer context-length words, its flags, the chat template it
    # needs), which an OpenAI row would otherwise claim.
    _p(r"However, you requested \d+ output tokens and your prompt contains at least \d+ input "
       r"tokens|'max_tokens' or 'max_completion_tokens' is too large: \d+\. This model's maximum "
       r"context length is \d+ tokens and your request has \d+ input tokens", (RELAY,), 3,
       "bad-request", "https://github.com/cloudflare/cloudflare-docs/issues/29731"),
    # vLLM's own marks around a sentence it copies (OpenAI's context-length one): its server
    # log's prefix, the module of its OpenAI-compatible server and the exception it raised
    # ("[serving_chat.py:198] ValueError:"), and its ErrorResponse cut short of the parse, a
    # class-name type, then param, then an integer code ('type': 'BadRequestError', 'param':
    # None, 'code': 400). OpenAI's type is snake_case and its code a string or null.
    _p(r"\[serving_(?:chat|completion|engine|responses|embedding|score|tokenization)\.py:\d+\] "
       r"\w*(?:Error|Exception)\b|['\"]type['\"]: ?['\"][A-Z][a-z]+(?:[A-Z][a-z]+){0,4}Error"
       r"['\"], ?['\"]param['\"]: ?(?:None|null|['\"][^'\"\n]{0,80}['\"]), ?['\"]code['\"]: ?"
       r"[1-5]\d\d\b", (RELAY,), 3, None, "https://github.com/ruipeterpan/specreason/issues/4",
       label="vLLM's server log prefix or its ErrorResponse (class-name type, integer code)"),
    _p(r"\"auto\" tool choice requires --enable-auto-tool-choice|default chat template is no "
       r"longer allowed, so you must provide a chat template", (RELAY,), 3, "bad-request",
       "https://github.com/vllm-project/vllm/issues/9986"),
    # llama.cpp's server (and LM Studio on it): a request its settings cannot take.
    _p(r"input is too large to process\. increase the physical batch size|tools param requires "
       r"--jinja flag|Cannot truncate prompt with n_keep \(\d+\) >= n_ctx \(\d+\)", (RELAY,), 3,
       "bad-request", "https://github.com/ggml-org/llama.cpp/issues/11105"),
    _p(r"Unexpected endpoint or method\. \((?:GET|POST|PUT|DELETE) /", (RELAY,), 3, "bad-request",
       "https://github.com/lmstudio-ai/lmstudio-bug-tracker/issues/618"),
    # Ollama: its queue full, a model without tools, its runner out of memory or dead, its
    # cloud plan's windows.
    _p(r"server busy, please try again\.\s+maximum pending requests exceeded|model requires more "
       r"system memory \([\d.]+ \w+\) than is available|llama runner process has terminated|an "
       r"error was encountered while running the model", (RELAY,), 3, "provider-server-error",
       "https://github.com/ollama/ollama/issues/4159"),
    # (the model's name bounded: an unbounded \S run tries every start against a whole line)
    _p(r"registry\.ollama\.ai/[\w.:/-]{1,200} does not support tools", (RELAY,), 3, "bad-request",
       "https://github.com/ollama/ollama/issues/14795"),
    _p(r"have reached your (?:session|hourly) usage limit|you've reached your hourly usage limit",
       (RELAY,), 3, "rate-limited", "https://github.com/continuedev/continue/issues/11444"),
    _p(r"have reached your weekly usage limit, upgrade for higher limits", (RELAY,), 3,
       "quota-exhausted", "https://github.com/diegosouzapw/OmniRoute/issues/3709"),
    # LangChain JS's Workers AI class without its Cloudflare key (thrown before any request),
    # and the AI binding's refusal of a stream through the gateway.
    _p(r"No Cloudflare API key found\. Please provide it when instantiating the "
       r"CloudflareWorkersAI class", (), 0, "provider-auth-missing",
       "https://github.com/langchain-ai/langchainjs/blob/1063074b05871d49abc777552b6466861cc94f21/"
       "libs/langchain-cloudflare/src/chat_models.ts"),
    _p(r"AI Gateway does not support ReadableStreams yet", (), 0, "bad-request",
       "https://github.com/cloudflare/workerd/blob/6552d999c79ef651b5463c6d692d065a8ce6f859/"
       "src/cloudflare/internal/ai-api.ts"),
    # Azure AI Services' refusal of a key (or of an endpoint in another region). (round 16,
    # otheredge C) Its older endings too: ". Make sure you are subscribed to an API you are
    # trying to call and provide the right key." and ". Make sure to provide a valid key for an
    # active subscription." ("subscription key" is API Management's term, Ocp-Apim-Subscription-
    # Key: https://github.com/MicrosoftDocs/azure-docs/issues/21052). "Access denied" alone is
    # anyone's (Akamai's page), so the key's words stay in the row.
    _p(r"Access denied due to invalid subscription key\b", (RELAY,), 3,
       "provider-auth-invalid", "https://github.com/dotneet/smart-chatbot-ui/issues/169, "
       "https://github.com/MicrosoftDocs/azure-docs/issues/21052"),
    # Azure OpenAI: a role the identity lacks, network rules, the content filter, a deployment
    # used for another operation.
    _p(r"Principal does not have access to API/Operation|Access denied due to Virtual "
       r"Network/Firewall rules|A Virtual Network is configured for this resource", (RELAY,), 3,
       "permission-denied", "https://github.com/microsoft/PromptWizard/issues/18"),
    _p(r"The response was filtered due to the prompt triggering Azure OpenAI.s content "
       r"management policy|The \w+ operation does not work with the specified model", (RELAY,), 3,
       "bad-request", "https://github.com/vibrantlabsai/ragas/issues/649"),
    # -- anthropic2 probe (issue #13), family A1: a relay's own frame around an upstream's words.
    # The relay answered the client; the words inside still say why, and an upstream's whole
    # envelope inside (read as the inner answer) still says who.
    # OpenCode's gateways (Zen, Go) write "Error from provider (<name>): " before whatever the
    # upstream said, its own "Upstream request failed" or the provider's message ("(Anthropic):
    # model: claude-..."): worth more than the provider's words inside it (as one-api's request
    # id). The name is a capitalised word or two: not claude-code-router's "Error from
    # provider(openrouter,google/...: 400)", nor a log's "error from provider (attempt 1/3)".
    _p(r"\bError from provider \([A-Z][\w .-]{0,39}\): ", (RELAY,), 5, None,
       "https://github.com/anomalyco/opencode/issues/32970, "
       "https://github.com/anomalyco/opencode/issues/47747",
       label="Error from provider (<name>): (OpenCode's gateways)"),
    # LiteLLM proxy's router adds its model group and fallbacks to every error it returns, the
    # upstream's message before them (litellm/router.py).
    _p(r"\bReceived Model Group=", (RELAY,), 3, None,
       "https://github.com/anthropics/claude-code/issues/12122"),
    # new-api's type for an upstream's error that had none (types/error.go, WithOpenAIError and
    # WithClaudeError: "upstream_error" when the type is empty): its own, not the upstream's.
    _p(r"""\\?["']type\\?["']\s*:\s*\\?["']upstream_error\\?["']""", (RELAY,), 3, None,
       "https://github.com/QuantumNous/new-api/blob/01f6839be8a4d48766902245824cca6651a6f04f/"
       "types/error.go", label="type upstream_error (new-api's own)"),
    # -- end of the anthropic2 probe's block A1 --
)

# Other inference vendors' own API hosts and console pages (none of this tool's origins): a
# relay's or a vendor's answer, named unknown. (round 16, status 6) When nothing but such a host
# names the answer, a 5xx is that vendor's own server failing, not a relay failing for itself
# (no_envelope: "503 Server Error: ... for url: https://router.huggingface.co/...").
VENDOR_HOSTS: Final = _p(
    r"\b(?:api|console|docs|platform|cloud)\.(?:deepseek\.com|x\.ai|together\.(?:xyz|ai)|"
    r"fireworks\.ai|perplexity\.ai|cerebras\.ai|sambanova\.ai|moonshot\.(?:cn|ai)|"
    r"siliconflow\.cn)\b|dashscope\.aliyuncs\.com|open\.bigmodel\.cn|"
    r"(?:api-inference|router)\.huggingface\.co|\bhelp\.aliyun\.com/\S{0,20}model-studio|"
    r"alibabacloud\.com/help/\S{0,20}model-studio|\bfireworks\.ai/account\b|\bbuild\.nvidia\.com\b|"
    r"\bollama\.com/upgrade\b", (RELAY,), 3, None, "docs/sources.md#relays")

LITELLM_EXCEPTION_MAPPING: Final = ("https://github.com/BerriAI/litellm/blob/main/litellm/"
                                   "litellm_core_utils/exception_mapping_utils.py")
# LiteLLM's label for a hosted vendor it called and whose answer it mapped ("TogetherAIException
# - ..."): like VENDOR_HOSTS, it says which vendor's server answered (a 5xx there is that
# server failing). (Its router glues the exception's cause, often "None", to the message
# before the label: "Message: NoneTogetherAIException - ", logs probe, family 3,
# https://github.com/BerriAI/litellm/issues/1111.) The servers people run themselves
# (Ollama, vLLM, LM Studio) have their own row.
VENDOR_LABELS: Final = _p(
    r"(?:\b|(?<=Message: None))(?:Bedrock|Azure|Azure_ai|Deepseek|Xai|TogetherAI|Together_ai|"
    r"Fireworks_ai|Cohere|Huggingface|Cerebras|Sambanova|Deepinfra|Perplexity|Replicate|"
    r"Sagemaker|Watsonx|Databricks|Nvidia_nim|Dashscope|Moonshot|Zai|Volcengine)Exception\b",
    (RELAY,), 3, None, LITELLM_EXCEPTION_MAPPING)

OTHER_VENDOR_WORDING: Final[tuple[Phrase, ...]] = (
    # -- other vendors and hosts outside this tool's origins (docs/sources.md#relays) ------------
    _p(r"\bAzure OpenAI\b|\.openai\.azure\.com|cognitiveservices\.azure\.com|invalid "
       r"subscription key or wrong API endpoint|\bDeploymentNotFound\b", (RELAY,), 3, None,
       "https://learn.microsoft.com/en-us/azure/ai-foundry/openai/reference"),
    # Azure's SDKs around an answer (.NET's RequestFailedException, its "Status: 400
    # (model_error)" line): Azure answered, whatever OpenAI sentence and body it copies.
    _p(r"\bAzure\.RequestFailedException\b|\bStatus: [45]\d\d \(model_error\)", (RELAY,), 4,
       None,
       "https://github.com/microsoft/kernel-memory/issues/516"),
    # Azure's copy of OpenAI's server-error sentence sends the user to its own support ("or
    # contact us through an Azure support request at: https://go.microsoft.com/fwlink/...");
    # its "On Your Data" errors carry a requestid inside the error object beside a numeric
    # code (https://github.com/microsoft/semantic-kernel/issues/9912, #8488).
    _p(r"contact us through an Azure support request\b|\{\s*\\?\"error\\?\"\s*:\s*\{\s*"
       r"\\?\"requestid\\?\"\s*:", (RELAY,), 4, None,
       "https://github.com/microsoft/semantic-kernel/issues/9912"),
    # Azure's deployment is the model: no such deployment is a model not found.
    _p(r"\bDeploymentNotFound\b|The API deployment for this resource does not exist", (RELAY,),
       3, "model-not-found", "https://learn.microsoft.com/en-us/azure/ai-foundry/openai/reference"),
    # Amazon Bedrock's own answers (its ValidationException), also when Claude Code or an SDK
    # names a Claude model: the request went to Bedrock, not to Anthropic's API.
    _p(r"The provided model identifier is invalid", (RELAY,), 3, "model-not-found",
       "https://github.com/open-telemetry/opentelemetry-python-contrib/blob/466ae4c00de77d1f54f7"
       "7a9600f1d08eba2306b5/instrumentation/opentelemetry-instrumentation-botocore/tests/"
       "cassettes/test_converse_with_invalid_model.yaml"),
    _p(r"\bMalformed input request: ", (RELAY,), 3, "bad-request",
       "https://github.com/diffbot/code-gpt-docs/issues/300"),
    # More of Bedrock's own sentences, whatever model ID (a Claude one too) they name: a model
    # that needs an inference profile, one the account may not use, one retired, its own
    # failure.
    _p(r"with on-demand throughput isn[’']t supported|The provided model doesn't support "
       r"on-demand throughput", (RELAY,), 3, "bad-request",
       "https://github.com/anthropics/claude-code/issues/110"),
    _p(r"You don't have access to the model with the specified model ID|Model access is denied "
       r"due to IAM user or service role is not authorized", (RELAY,), 3, "permission-denied",
       "https://github.com/anthropics/claude-code/issues/536"),
    _p(r"This model version has reached the end of its life\. Please refer to the AWS "
       r"documentation|This Model is marked by provider as Legacy", (RELAY,), 3,
       "model-decommissioned", "https://github.com/gsd-build/gsd-2/issues/5425"),
    _p(r"Bedrock is unable to process your request", (RELAY,), 3, "provider-server-error",
       "https://github.com/darko-mesaros/bedrust/issues/47"),
    # (anthropic2 probe, family C4) Its refusal of a max_tokens over a model's output limit
    # (Claude's, Llama's, on InvokeModel or Converse), also printed without its
    # ValidationException and as "exceed": a bad request. The cause only: "exceed(s) the model
    # limit of" is apps' own wording too (context caps, embedding checks).
    _p(r"The maximum tokens you requested exceeds? the model limit of \d+", (), 0, "bad-request",
       "https://github.com/RooCodeInc/Roo-Code/issues/248, "
       "https://github.com/langgenius/dify/issues/10390"),
    # Its wrapper around the model's own refusal (Anthropic's validator's words after it):
    # Bedrock answered; the words after it say why.
    _p(r"\bThe model returned the following errors:", (RELAY,), 3, None,
       "https://github.com/skydiscover-ai/skydiscover/issues/15"),
    # The AWS SDKs' own frames around any service's error (botocore's ClientError, the Go SDK's
    # operation error): AWS answered, not a vendor whose model ID may follow.
    _p(r"An error occurred \(\w+(?:Exception|Error)\) when calling the \w+ operation|operation "
       r"error Bedrock Runtime: ", (RELAY,), 3, None,
       "https://github.com/dirkpetersen/our-chat/issues/3"),
    # DeepSeek's words for a tool call left without its answer, after the sentence it shares
    # with OpenAI and others (the rows below this section give that sentence's cause).
    _p(r"\(insufficient tool messages following tool_calls message\)", (RELAY,), 3,
       "bad-request", "https://github.com/langgenius/dify/issues/32222"),
    # DeepSeek's refusals of a key: one it does not know, and a header with none in it.
    _p(r"Authentication Fails \(auth header format should be Bearer", (RELAY,), 3,
       "provider-auth-missing", "https://github.com/continuedev/continue/issues/10056"),
    _p(r"Authentication Fails(?: \(no such user\)|, Your api key: \S+ is invalid)", (RELAY,), 3,
       "provider-auth-invalid", "https://github.com/PDFMathTranslate/PDFMathTranslate/issues/696"),
    # (gateway probe) The key sentence in its other forms: alone, as a gateway that forwarded a
    # placeholder key shows it ("Your api key: x is invalid"), with "API" in capitals, or with
    # a terminal's line break inside it.
    _p(r"\b[Yy]our (?:api|API|Api) key: \S{1,200}\s{1,20}is\s{1,20}invalid\b", (RELAY,), 3,
       "provider-auth-invalid", "https://github.com/cloudflare/cloudflare-docs/issues/33517"),
    # LiteLLM proxy's own budget refusal (its virtual keys and teams have budgets).
    _p(r"Budget has been exceeded", (RELAY,), 3, "quota-exhausted",
       "https://docs.litellm.ai/docs/proxy/users"),
    VENDOR_HOSTS,
    _p(r"not found, try pulling it first", (RELAY,), 3, "model-not-found",
       "https://github.com/ollama/ollama/blob/main/docs/api.md"),
    # LiteLLM names the provider it called (docs/sources.md#sdk-exceptions): these are not ours.
    VENDOR_LABELS,
    _p(r"(?:\b|(?<=Message: None))(?:Ollama|Ollama_chat|Vllm|Hosted_vllm|Lm_studio)Exception\b",
       (RELAY,), 3, None,
       LITELLM_EXCEPTION_MAPPING),
)
