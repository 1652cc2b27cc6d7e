"""Groq's and OpenAI's own wording, as data (they share one envelope, so the words decide).

Groq copies much of OpenAI's envelope and some of its phrases; each row here is wording one
of them writes and the other does not (a phrase both write is in `phrases.py`'s shared rows,
weighing both). Weights as in `phrases.py`. Sources: docs/sources.md#provider-wording,
#groq-errors, #openai-errors (each row names the public page it rests on).
"""

from __future__ import annotations

from typing import Final

from setup_wizard.diagnose.markers import OPENAI_ERRORS
from setup_wizard.diagnose.wording import Phrase
from setup_wizard.diagnose.wording import phrase as _p

G, OA = ("groq",), ("openai",)
# A Groq provider's tests, mapping Groq's own invalid_request_error bodies (groq3 probe).
ANOTHERAI_GROQ_TEST = ("https://github.com/anotherai-dev/anotherai/blob/1ba41433583c782914dde46c3"
                       "cee2d7bd1c19863/backend/core/providers/groq/groq_provider_test.py")

GROQ_WORDING: Final[tuple[Phrase, ...]] = (
    # Groq's whole message. (round 16, otheredge B) Not when it runs on into another sentence,
    # its format or a colon introducing more ("Invalid API Key format: Must start with
    # pre-defined prefix", AWS Bedrock's refusal of a key that is not its own:
    # https://github.com/BerriAI/litellm/pull/37905). (Any next word is not enough: the text is
    # read with its line breaks folded, and a log's next line may start with one.)
    _p(r"Invalid API Key(?![ \t]*:|[ \t]+format\b)", G, 2, "provider-auth-invalid",
       "https://github.com/nark/WiredSwift/issues/44"),
    # Its refusal of some networks (a VPN, a region) in its own envelope, not a Cloudflare page.
    _p(r"Access denied\. Please check your network settings", G, 2, "permission-denied",
       "https://github.com/promptandpause/promptandpause/blob/4ba2aa8db047dc8ecfb1d38d2c5ad60f363309e7/"
       "docs/guides/GROQ_API_TROUBLESHOOTING.md"),
    _p(r"Organization has been restricted", G, 2, "permission-denied",
       "https://github.com/crewAIInc/crewAI/issues/783"),
    _p(r"(?i)tool call validation failed", G, 2, "bad-request",
       "https://github.com/groq/groq-typescript/issues/103"),
    _p(r"Failed to (?:call a function|generate JSON)\. Please adjust your prompt", G, 2,
       "bad-request", "https://github.com/groq/groq-typescript/issues/28"),
    _p(r"'failed_generation'|\"failed_generation\"", G, 2, "bad-request",
       "https://github.com/groq/groq-typescript/issues/28"),
    # Groq's request validator: "'messages.0' : for 'role:user' the following must be
    # satisfied[...]", "'temperature' : value must be a number", "property 'x' is unsupported".
    _p(r"' : (?:for '[^']*' )?(?:the following|one of the following) must be satisfied\[|"
       r"(?i:\bfor 'role:\w+' the following must be satisfied\[)|"
       r"'[\w.\[\]]+' : (?:value must be\b|value is not one of the allowed values|(?:minimum|"
       r"maximum) number of items is|property '[^']+' is (?:missing|unsupported))|property "
       r"'[\w.]+' is unsupported|must be one of (?:the following types: )?\[[a-z0-9_]+(?: "
       r"[a-z0-9_]+)*\]", G, 2,
       "bad-request", "https://github.com/gptme/gptme/issues/375"),
    _p(r"requires terms acceptance|\bmodel_terms_required\b|is blocked at the (?:organization|"
       r"project) level", G, 2, "permission-denied", "https://console.groq.com/docs/model-permissions"),
    # Groq's answer to an explicit "tool_choice": null ("... are none, auto, and required";
    # projects that met it quote it as "... are [none, auto, required]").
    _p(r"Only allowed string values for 'tool_choice' are", G, 2, "bad-request",
       "https://github.com/brianpetro/obsidian-smart-connections/issues/942"),
    _p(r"invalid schema for response format: response_format/", G, 2, "bad-request",
       "https://github.com/i-am-bee/beeai-framework/issues/1215"),
    _p(r"Need more tokens\? Upgrade to Dev Tier", G, 2, None,
       "https://console.groq.com/docs/rate-limits"),
    _p(r"prompt length must be \d+ characters or fewer", G, 1, "bad-request",
       "https://github.com/OpenWhispr/openwhispr/issues/405"),
    _p(r"json_object cannot be combined with tool/function calling", G, 1, "bad-request",
       "https://github.com/agno-agi/agno/issues/1065"),
    # Groq's whole message; OpenAI ends a longer sentence with it ("...completion). Please").
    _p(r"(?<![.)] )(?<![.)])Please reduce the length of the messages or completion", G, 2,
       "bad-request", "https://github.com/OpenHands/OpenHands/issues/1902"),
    _p(r"service tier `", G, 2, None, "https://github.com/crewAIInc/crewAI/issues/494"),
    # Groq's legacy (pre-GroqCloud) API named its errors in Go style: a full queue is
    # "ErrorQueueFull" with HTTP 503 (its docs' error page).
    _p(r"\bErrorQueueFull\b", G, 2, "provider-server-error", "https://docs.api.groq.com/md/errors.html"),
    # Groq names a parameter a model refuses in backticks ("`reasoning_effort` is not supported
    # with this model", "`tool calling` ...", "`logprobs` ..."); OpenAI writes "Unsupported
    # parameter: 'x' is not supported with this model", the gateway "... on this model".
    _p(r"(?<!Unsupported parameter: )`[\w. ]+` is not supported with this model", G, 2,
       "bad-request", "https://github.com/iamsrikanthnani/pluely/issues/242"),
    # Groq's cap on max_tokens (or max_completion_tokens), worded against the model's context
    # window, its names in backticks or not.
    _p(r"the maximum value for `?max(?:_completion)?_tokens`? is less than the `?context_window`? "
       r"for this model", G, 2, "bad-request", "https://github.com/RooCodeInc/Roo-Code/issues/5729"),
    # Its qwen3 models take reasoning_effort "none" or "default" only (obs), the names in
    # backticks or not, as in the max_tokens row above (obs, free-claude-code#1348).
    _p(r"`?reasoning_effort`? must be one of `?none`? or `?default`?", G, 2, "bad-request",
       "https://github.com/earendil-works/pi/issues/1745"),
    # Groq's tool_use_failed when tool_choice is "none" and the model still called one, or
    # "required" and it called none (obs: a recorded stream error from api.groq.com). Apps print
    # the message alone (LangChain's with_structured_output, CrewAI); every public project
    # quoting either sentence quotes Groq's (checked 2026-11-29): Groq's words, not a shape.
    _p(r"Tool choice is (?:none, but model called|required, but model did not call) a tool", G,
       2, "bad-request",
       "https://github.com/pydantic/pydantic-ai/blob/4fda38988f2939fa6ea9cdefcf120693e10ef491/"
       "tests/models/cassettes/test_groq/test_tool_use_failed_error_streaming_with_text.yaml"),
    _p(r"Rate limit reached for model `", G, 1, "rate-limited",
       "https://github.com/crewAIInc/crewAI/issues/494"),
    _p(r"Request too large for model `", G, 1, "request-too-large",
       "https://github.com/cottongeeks/podscript/issues/20"),
    _p(r"per (?:minute|day) \((?:TPM|TPD|RPM|RPD)\)", G, 1, None, "docs/sources.md#groq-errors"),
    # -- groq3 probe (issue #13): its vision endpoint's refusals of the images themselves -------
    # Over the pixel cap (33177600, its documented 33 megapixels), and too many images for the
    # model (its "This model supports up to N images" clause, N per model): Groq's sentences
    # (apps' validators say "images can contain at most N photos", vLLM "At most N image(s)
    # may be provided"). An image_url fetched over its size limit is worded so there only as
    # far as known (weak). All three: the request's images, not a limit that waiting lifts.
    _p(r"images can contain at most \d+ pixels", G, 2, "bad-request", ANOTHERAI_GROQ_TEST),
    _p(r"Too many images provided\.\s{1,3}This model supports up to \d+ images", G, 2,
       "bad-request", ANOTHERAI_GROQ_TEST),
    _p(r"media file too large - size limit: \d+", G, 1, "bad-request", ANOTHERAI_GROQ_TEST),
    # -- a parameter it refuses with streaming (tools probe, family F) ------------------------
    # Its validator names the parameter with a closing backtick only ("response_format` does
    # not support streaming", JSON mode with stream: true), in its envelope without `param`;
    # seen from Groq alone (langchain_groq, LiteLLM's GroqException, khoj over LiteLLM).
    _p(r"\b[a-z_]{2,40}` does not support streaming", G, 2, "bad-request",
       "https://github.com/langchain-ai/langchain/issues/23629",
       label="<parameter>` does not support streaming (Groq's validator)"),
)

OPENAI_WORDING: Final[tuple[Phrase, ...]] = (
    # The validator's refusal of an output budget over the model's cap ("max_tokens is too
    # large: 32000. This model supports at most 16384 completion tokens, whereas you provided
    # 32000."): OpenAI's words, which Azure's same validator and servers copying OpenAI's
    # (vLLM behind Workers AI, without the "whereas" clause) write too, so the cause only.
    _p(r"\bmax_(?:completion_)?tokens is too large: \d{1,12}\. This model supports at most "
       r"\d{1,12} completion tokens", (), 0, "bad-request",
       "https://github.com/anomalyco/models.dev/issues/4422",
       label="max_tokens is too large: N. This model supports at most M completion tokens"),
    # OpenAI's sentence goes on with the key it got (": sk-...****"); the sentence alone, with
    # nothing after it, is Dify's for any provider's refusal (InvokeAuthorizationError). (\b:
    # not read as cut off either, since Dify's whole sentence is its start without the colon)
    _p(r"\bIncorrect API key provided:", OA, 2, "provider-auth-invalid", OPENAI_ERRORS),
    _p(r"Incorrect API key provided", (), 0, "provider-auth-invalid", OPENAI_ERRORS,
       label="Incorrect API key provided (alone: Dify's words for any provider)"),
    _p(r"You need to provide your API key in an Authorization header", OA, 2,
       "provider-auth-missing", OPENAI_ERRORS),
    _p(r"You didn't provide an API key", OA, 1, "provider-auth-missing", OPENAI_ERRORS),
    # ChatGPT's backend (Codex, Sora) refusing a signed-in session's token that was revoked.
    _p(r"Your authentication token has been invalidated\. Please try signing in again|"
       r"\btoken_invalidated\b", OA, 2, "provider-auth-invalid",
       "https://github.com/TheSmallHanCat/sora2api/issues/47"),
    # ChatGPT's Codex backend refusing a model a ChatGPT sign-in may not use (obs).
    _p(r"model is not supported when using Codex with a ChatGPT account", OA, 2,
       "permission-denied", "https://github.com/eriktobben/hermes-backup/blob/d3bc9e7cb312b75b5f90"
       "62326b715b640c8689c9/sessions/request_dump_20260602_134516_7424b2cc_20260602_134517_"
       "368529.json"),
    # What OpenAI answers a request with no Authorization header on its newer endpoints
    # (Responses, Realtime): the Codex CLI's and SDKs' reports of an empty key show it.
    _p(r"Missing bearer (?:or basic )?authentication in header", OA, 2, "provider-auth-missing",
       "https://github.com/openai/openai-cookbook/issues/2347"),
    # OpenAI's own words for a model used on the wrong endpoint (chat vs legacy completions).
    _p(r"This is (?:not )?a chat model and (?:thus )?not supported in the v1/(?:chat/)?completions "
       r"endpoint", OA, 2, "bad-request", OPENAI_ERRORS),
    _p(r"OpenAI-Organization\s+header should match organization", OA, 2, "provider-auth-invalid",
       "https://github.com/openai/codex/issues/1000", "mismatched_organization"),
    _p(r"You must be a member of an organization to use the API", OA, 2, "permission-denied",
       OPENAI_ERRORS),
    _p(r"Country, region, or territory not supported", OA, 2, "permission-denied", OPENAI_ERRORS),
    _p(r"does not have access to model `", OA, 2, "permission-denied",
       "https://github.com/Aider-AI/aider/issues/1903"),
    _p(r"(?:That model|The server) is currently overloaded with other requests", OA, 2,
       "provider-server-error", OPENAI_ERRORS),
    _p(r"The server had an error (?:while )?processing your request", OA, 2,
       "provider-server-error", OPENAI_ERRORS),
    # Its later words for the same failure (a server_error, on the Responses API and its
    # stream's error event), before the same "contact us through our help center".
    _p(r"An error occurred while processing your request\. You can retry your request", OA, 2,
       "provider-server-error", "https://github.com/openai/openai-node/issues/1730"),
    _p(r"This model's maximum context length is \d+ tokens", OA, 2, "bad-request",
       OPENAI_ERRORS),
    _p(r"per min \((?:TPM|RPM)\)|on (?:tokens|requests) per min\b", OA, 1, None,
       "docs/sources.md#openai-errors"),
    # ("Unsupported parameter" / "Unsupported value" alone stay OpenAI's: the corpus' labels
    # read the bare sentence so, though Azure writes it too; tools probe, family A)
    _p(r"Unrecognized request argument supplied|Unsupported parameter: '[\w.]+' is not "
       r"supported with this model|Unsupported value: '[\w.]+' does not support|Missing required "
       r"parameter: '|Invalid type for '|We could not parse the JSON body of your request|Your "
       r"input exceeds the context window of this model", OA, 2, "bad-request", OPENAI_ERRORS),
    _p(r"Your organization must be verified to (?:use|stream|generate)\b|You have insufficient "
       r"permissions for this operation|account associated with this API key has been deactivated|"
       r"\baccount_deactivated\b|This key is associated with a deactivated account", OA, 2,
       "permission-denied", OPENAI_ERRORS),
    # OpenAI's request validator names the path after " - ": "'x' is not of type 'string' -
    # 'messages.0.content'", "Additional properties are not allowed ('x' was unexpected) - ...".
    _p(r"Unknown parameter: '[\w.\[\]]+'", OA, 2, "bad-request",
       OPENAI_ERRORS),
    _p(r"is not of type '\w+' - '|was unexpected\) - '|is a required property - '|"
       r"is (?:less|greater) than the (?:minimum|maximum) of -?[\d.]+ - '|"
       r"is too (?:long|short) - '|Invalid parameter: ", OA, 2, "bad-request", OPENAI_ERRORS),
    # Its Responses API's words for an unknown model ("The requested model 'x' does not
    # exist."; chat completions say "The model `x` does not exist or you do not have access").
    # Not a name with a slash (org/model): OpenAI's own IDs have none, and routers that copy
    # this sentence (Hugging Face's, UNCONFIRMED beyond clients' recorded tests) name such IDs.
    _p(r"The requested model '[^'/\n]{1,200}' does not exist", OA, 1, "model-not-found",
       "https://github.com/open-telemetry/opentelemetry-python-contrib/blob/"
       "466ae4c00de77d1f54f77a9600f1d08eba2306b5/instrumentation-genai/opentelemetry-"
       "instrumentation-openai-v2/tests/cassettes/test_responses_create_api_error%5Bcontent_"
       "mode0%5D.yaml"),
    _p(r"Invalid value for '[\w.\[\]]+'|Please reduce your prompt; or completion length", OA, 2,
       "bad-request", OPENAI_ERRORS),
    _p(r"Billing hard limit has been reached|\bbilling_hard_limit_reached\b", OA, 2,
       "quota-exhausted", OPENAI_ERRORS),
    _p(r"The engine is currently overloaded|The server is overloaded or not ready yet|"
       r"\bcf_(?:bad_gateway|service_unavailable)\b", OA, 2, "provider-server-error",
       OPENAI_ERRORS),
    _p(r"The model `[^`]+` has been deprecated", OA, 2, "model-decommissioned",
       "https://platform.openai.com/docs/deprecations"),
    # OpenAI's classic quota wording (Google copied it, but adds its own links and status).
    _p(r"You exceeded your current quota, please check your plan and billing details", OA, 2,
       "quota-exhausted", OPENAI_ERRORS),
    # "Rate limit reached for gpt-4o in organization org-..." (Groq writes "for model `x`").
    _p(r"(?:Rate limit reached|Request too large) for (?!model\b)[\w.:-]+ in organization", OA,
       2, None, OPENAI_ERRORS),
    # Its organization-wide form names no model, the id with OpenAI's hyphen ("Rate limit
    # reached for organization org-... on tokens per min (TPM)", Codex CLI; groq3 probe); Groq
    # writes "in organization `org_01...`", and apps' mocks of Groq "organization org_...".
    _p(r"Rate limit reached for organization org-", OA, 2, None,
       "https://github.com/openai/codex/issues/10060"),
    _p(r"Access was terminated due to violation of our policies|Your account is not active, "
       r"please check your billing details", OA, 2, "permission-denied", OPENAI_ERRORS),
    # (DALL-E's safety sentence, which Azure writes too, weighs less: openai2 probe's block)
    _p(r"This model is only supported in v1/responses|you must provide a model parameter", OA,
       2, "bad-request", OPENAI_ERRORS),
    # -- its request validator's sentences, alone (tools probe, family A) ---------------------
    # "Invalid 'messages[17].content': string too long. Expected a string with maximum length
    # ...", "Invalid 'tools[0].function.name': string does not match pattern ...", "Invalid
    # schema for response_format 'x': In context=(), ...": Azure OpenAI runs the same validator
    # and answers in the same words, DeepSeek copies the first family word for word, so the
    # sentence gives the cause only (the corpus' labels read it so). OpenAI's own marks say
    # who: its envelope whose `param` names the path the message quotes
    # (shapes.PARAM_NAMES_THE_PATH_SAYS), its codes, hosts and headers.
    _p(r"Invalid '[\w.\[\]]+': |Expected an? \w+ with maximum length \d+,? but got|Invalid "
       r"schema for response_format '[^'\n]{1,100}': In context=", (), 0, "bad-request",
       "https://github.com/dottxt-ai/outlines/issues/844",
       label="OpenAI's validator (Invalid '<path>': / Invalid schema for response_format), which "
       "Azure OpenAI and DeepSeek write too"),
    # -- its validator's refusal of a tool's schema (tools probe, families E and G) -----------
    # "Invalid schema for function 'x': In context=(...), array schema missing items.", "...:
    # [] is not of type 'object', 'boolean'.": OpenAI's words, which DeepSeek's API and
    # one-api/new-api relays (with their "(request id: ...)") return too: the cause only.
    _p(r"Invalid schema for function '[^'\n]{1,200}': ", (), 0, "bad-request",
       "https://github.com/flanksource/mission-control/pull/2634",
       label="Invalid schema for function '...': (a tool's JSON schema refused)"),
    # -- openai2 probe (issue #13): OpenAI's own answers (docs/sources.md#openai-errors) -------
    # Family 1. The Realtime API refused an organization its rollout had not reached yet
    # ("Your organization does not have access to the Realtime API. We're in the process of
    # rolling out to all developers."; the organization's name in front, "Personal does not
    # have access ..."; code access_not_enabled): OpenAI's organizations and rollout, so its
    # words; the organization lacks the access, another request will not help.
    _p(r"\bdoes not have access to the Realtime API\b", OA, 2, "permission-denied",
       "https://github.com/livekit/agents/issues/994"),
    # Family 2. ChatGPT's backend (Codex on a ChatGPT plan) out of capacity for a model, its
    # response.failed event's whole message (its staff: they ran short of capacity, codex#19446);
    # "at capacity" alone stays any server's generic words.
    _p(r"Selected model is at capacity\. Please try a different model", OA, 2,
       "provider-server-error", "https://github.com/Wei-Shaw/sub2api/issues/5827"),
    # Family 3. The OpenAI-Organization header names an organization that does not exist ("No
    # such organization: Personal.", LiteLLM's "no such organization : null"; code
    # invalid_organization): the same fix as mismatched_organization. Only OpenAI takes that
    # header, but the words are common ones (fly.io's CLI, apps' own 404s): a hint for OpenAI
    # (its SDK's class or LiteLLM's OpenAIException beside it names it), the cause always.
    _p(r"(?i)\bno such organization\s?:\s?\S", OA, 1, "provider-auth-invalid",
       "https://github.com/tom-doerr/zsh_codex/issues/5", "mismatched_organization",
       label="No such organization: <name> (the OpenAI-Organization header)"),
    # Family 5. OpenAI's sentences that others write word for word: a hint for OpenAI only,
    # which another sign of OpenAI's (its host, ids, headers, its envelope's param) must join;
    # the cause always. DALL-E's refusal of a prompt, which Azure OpenAI's DALL-E writes word
    # for word in its own envelope (with inner_error ResponsibleAIPolicyViolation:
    # BerriAI/litellm#16072) and relays pass on: named with OpenAI's body habits (param
    # present) or another mark; the prompt was refused, a bad request.
    _p(r"Your request was rejected as a result of our safety system", OA, 1, "bad-request",
       "https://github.com/mishl-dev/Discord-AI-Chatbot/issues/160"),
    # Family 7. OpenAI's third wording of a banned account, ChatGPT's sign-in service's ("Your
    # OpenAI account has been deactivated, please check your email for more information.", code
    # account_deactivated): the account, not the key, as with the other two wordings above.
    _p(r"Your OpenAI account has been deactivated", OA, 2, "permission-denied",
       "https://github.com/aandrew-me/tgpt/issues/171"),
)
