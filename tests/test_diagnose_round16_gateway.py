"""Round 16 (gateway probe): Cloudflare AI Gateway's own answers as its clients print them, the
Workers AI answers that pass through it, and the texts that only look like them. Each family has
a firing test (texts verbatim from public sources, with the status the source shows) and a
silent test (a look-alike that must keep its answer)."""

from __future__ import annotations

from diagnose_support import who

# -- A: ai-gateway-provider's own errors for the gateway's codes 2001 and 2009 -----------------
# cloudflare/ai, packages/ai-gateway-provider/src/index.ts (and LlamaIndex's port of it) throw
# these in place of the body, for 400 + 2001 and 401 + 2009 only.


def test_ai_gateway_provider_does_not_exist_is_the_gateways_2001() -> None:
    assert who("AiGatewayDoesNotExist: This AI gateway does not exist") == \
        ("cloudflare-gateway", "gateway-not-found")
    assert who("This AI gateway does not exist") == ("cloudflare-gateway", "gateway-not-found")
    assert who("This AI gateway does not exist", 400) == \
        ("cloudflare-gateway", "gateway-not-found")


def test_ai_gateway_provider_unauthorized_is_the_gateways_2009() -> None:
    text = "Your AI Gateway has authentication active, but you didn't provide a valid apiKey"
    assert who(f"AiGatewayUnauthorizedError: {text}") == ("cloudflare-gateway", "gateway-auth")
    assert who(text) == ("cloudflare-gateway", "gateway-auth")
    # With its 401 it is still the gateway's token, not the provider's key.
    assert who(text, 401) == ("cloudflare-gateway", "gateway-auth")


def test_the_librarys_other_errors_and_vercels_gateway_stay_silent() -> None:
    # Thrown when cf-aig-step names no model: says nothing of who refused.
    assert who("Unexpected AI Gateway Error") == ("unknown", "unknown")
    # Thrown before any request (cloudflare/ai#292).
    assert who('✘ [ERROR] Error during AI link selection: Error: Sorry, but provider '
               '"workersai.chat" is currently not supported, please open a issue in the github '
               'repo!') == ("unknown", "unknown")
    # Vercel's AI Gateway (vercel/ai#11065, the ai package's wrap-gateway-error.ts).
    assert who("Unauthenticated. Configure AI_GATEWAY_API_KEY or use a provider module. Learn "
               "more: https://ai-sdk.dev/unauthenticated-ai-gateway") == \
        ("unknown", "provider-auth-missing")
    assert who("Vercel AI Gateway access failed. If you want to use AI SDK providers directly, "
               "use the providers, e.g. @ai-sdk/openai, or register a different global default "
               "provider.") == ("unknown", "unknown")


# -- B: Workers AI's own error ("name": "AiError") in the shape it shares with the gateway -------
# DevoxxGenieIDEAPlugin's ProviderErrorTranslatorTest.java: the bodies of its issues #1254 (the
# gateway's 2005 and 2008) and #1256 (Workers AI's 5006 behind the gateway's /compat).
_BODY_5006 = (
    '{"name":"AiError","internalCode":5006,"httpCode":400,'
    '"message":"AiError: Bad input: Error: oneOf at \'/\' not met, 0 matches: '
    'required properties at \'/\' are \'prompt\', '
    'Type mismatch of \'/messages/0/content\', \'array\' not in \'string\', '
    'Type mismatch of \'/messages/1/content\', \'array\' not in \'string\', '
    'required properties at \'/messages/11\' are \'role,content\', '
    'oneOf at \'/\' not met, 0 matches, required properties at \'/\' are \'input\', '
    'required properties at \'/\' are \'requests\' (56c5fa5f-0ff6-4968-9800-04cd0445838a)",'
    '"description":"Error: oneOf at \'/\' not met, 0 matches",'
    '"requestId":"56c5fa5f-0ff6-4968-9800-04cd0445838a"}')
_BODY_2005 = (
    '{"success":false,"result":[],"messages":[],"error":[{"code":2005,'
    '"message":"Failed to get response from provider"}],"name":"AiGatewayError",'
    '"httpCode":400,"internalCode":2005,"message":"Failed to get response from provider",'
    '"description":"Failed to get response from provider"}')
_BODY_2008 = (
    '{"success":false,"result":[],"messages":[],"error":[{"code":2008,'
    '"message":"Invalid provider"}],"name":"AiGatewayError",'
    '"httpCode":400,"internalCode":2008,"message":"Invalid provider",'
    '"description":"Invalid provider"}')


def test_workers_ai_aierror_body_is_cloudflare_api_read_by_its_own_code() -> None:
    assert who("Provider unavailable: " + _BODY_5006, 400) == ("cloudflare-api", "bad-request")
    assert who("status code: 400; body: " + _BODY_5006) == ("cloudflare-api", "bad-request")
    assert who(_BODY_5006) == ("cloudflare-api", "bad-request")


def test_the_gateways_own_aigatewayerror_bodies_stay_the_gateways() -> None:
    assert who("Provider unavailable: " + _BODY_2005, 400) == \
        ("cloudflare-gateway", "gateway-route")
    assert who("status code: 400; body: " + _BODY_2005) == \
        ("cloudflare-gateway", "gateway-route")
    assert who("Provider unavailable: " + _BODY_2008, 400) == \
        ("cloudflare-gateway", "gateway-route")


# -- D: the gateway's spend-limit rules refusing a model they cannot price ---------------------
# anomalyco/models.dev#4715: a maintainer's live test through /compat with Unified Billing.


def test_spend_limit_resolver_refusal_is_the_gateways_spend_limit() -> None:
    text = "Forbidden: Model or provider could not be resolved for spend-limit enforcement"
    assert who(text, 403) == ("cloudflare-gateway", "gateway-spend-limit")
    assert who(text) == ("cloudflare-gateway", "gateway-spend-limit")


def test_spend_limit_resolver_hint_says_waiting_will_not_help() -> None:
    from setup_wizard.diagnose.classify import classify_pasted

    d = classify_pasted("Forbidden: Model or provider could not be resolved for spend-limit "
                        "enforcement", 403)
    assert "cannot price" in d.hint and "will not help" in d.hint


def test_other_spend_and_budget_words_stay_silent() -> None:
    # Cloudflare's VibeSDK app's own budget (cloudflare/vibesdk#164): not the gateway.
    assert who("AI inference rate limit exceeded. Consider using lighter models. Maximum 100 "
               "credits per 1 hour or 400 credits per day. Gemini pro models cost 4 credits per "
               "call, flash models cost 1 credits per call, and flash lite models cost 0 credit "
               "per call.") == ("unknown", "rate-limited")
    # Another product's spend-limit enforcement, in its own words (cline/cline#10329).
    assert who("Extends the existing Cline-provider spend-limit enforcement to **third-party "
               "providers** (Anthropic, OpenAI, Gemini, etc.) by checking cached budget status "
               "before each API request.")[0] == "unknown"
    # The next request of the same test passed the spend check and DeepSeek refused the key.
    assert who("Unauthorized: Authentication Fails", 401) == ("unknown", "provider-auth-invalid")


# -- E: {"error": {"code", "message"}} written code first is not OpenRouter's -------------------
# OpenRouter writes message before code; xAI's 401 through Cloudflare's gateway and AssemblyAI's
# LLM Gateway write the same two keys code first.


def test_xai_401_through_the_gateway_names_no_provider_of_ours() -> None:
    # cloudflare/ai#430 (xAI Responses API via ai-gateway-provider), line breaks as posted.
    body = ('{"error":{"code":401,"message":"No or an invalid authentication header was\n'
            '  provided on the request. Please make sure you pass your API key in the '
            'corresponding HTTP\n  header."}}')
    assert who(body, 401) == ("unknown", "provider-auth-invalid")
    assert who(body) == ("unknown", "provider-auth-invalid")
    # The same words as the AI SDK printed them (cloudflare/ai#427).
    assert who("✘ [ERROR] Uncaught AI_APICallError: No or an invalid authentication header was "
               "provided on the request. Please make sure you pass your API key in the "
               "corresponding HTTP header. Error") == ("unknown", "provider-auth-invalid")


def test_another_gateways_code_first_object_is_not_openrouters() -> None:
    # AssemblyAI's LLM Gateway (https://www.assemblyai.com/docs/llm-gateway/troubleshooting).
    assert who('{\n  "error": {\n    "code": 401,\n    "message": "Unauthorized - Invalid or '
               'missing API key"\n  }\n}', 401)[0] == "unknown"


def test_openrouters_own_message_first_object_stays_openrouters() -> None:
    # anomalyco/opencode#14255.
    assert who('Unauthorized: {"error":{"message":"User not found.","code":401}}data: '
               '{"choices":[],"cost":"0"}', 401) == ("openrouter", "provider-auth-invalid")


# -- F: DeepSeek's refusal of a key, in the forms other than its full sentence -----------------


def test_deepseek_key_sentence_alone_is_a_refused_key() -> None:
    # A BYOK gateway forwarded a placeholder Authorization header (cloudflare-docs#33517).
    assert who("Your api key: x is invalid") == ("unknown", "provider-auth-invalid")
    assert who("Your api key: x is invalid", 401) == ("unknown", "provider-auth-invalid")
    # "API" in capitals (szczyglis-dev/py-gpt#112).
    assert who("Error code: 401 - {'error': {'message': 'Authentication Fails, Your API key: "
               "****eek} is invalid', 'type': 'authentication_error', 'param': None, 'code': "
               "'invalid_request_error'}}") == ("unknown", "provider-auth-invalid")


def test_the_gateways_own_unauthorized_and_other_servers_stay_theirs() -> None:
    # The gateway's own 2009 (openclaw/openclaw#34788).
    assert who('openclaw-gateway-1  | 2026-03-04T17:25:06.596+00:00 [agent/embedded] embedded '
               'run agent end: runId=36944c82-7780-4b3a-9ce9-0800aba7b6c9 isError=true '
               'error=HTTP 401: [{"code":2009,"message":"Unauthorized"}]') == \
        ("cloudflare-gateway", "gateway-auth")
    # Another gateway's bare word (vllm-project/aibrix#671).
    assert who('{"error":"Unauthorized"}') == ("unknown", "provider-auth-invalid")


# -- H: other AI gateways refusing for themselves: never Cloudflare's, their words say why -------


def test_other_gateways_documented_refusals_give_their_cause() -> None:
    # Vercel's AI Gateway (Aider-AI/aider#4495, a Vercel engineer quoting it).
    assert who("Free credits temporarily have restricted access due to abuse. We are working on "
               "a resolution. \nPaid credits continue to have unrestricted access. Read more on "
               "how to purchase credits at https://vercel.com/docs/ai-gateway/pricing") == \
        ("unknown", "quota-exhausted")
    # Langfuse's (https://langfuse.com/faq/all/ai-gateway-error-codes).
    assert who("Gateway access forbidden", 403) == ("unknown", "permission-denied")
    # Neon's (https://neon.com/docs/ai-gateway/troubleshooting).
    assert who("credential not authorized for ai gateway", 403) == \
        ("unknown", "permission-denied")
    # Yunqi's (https://yunqi.tech/documents/aigw_pass_through_code): not provided, not wrong.
    assert who("[G2] Virtual key not provided. path=/v1/chat/completions, requestId=req-abc",
               401) == ("unknown", "provider-auth-missing")


def test_other_gateways_words_and_a_bare_forbidden_stay_as_they_were() -> None:
    # Their other refusals, already read by their words.
    assert who("Invalid gateway credential", 401) == ("unknown", "provider-auth-invalid")
    assert who("invalid or missing credential", 401) == ("unknown", "provider-auth-missing")
    # Databricks' guardrail names no cause this tool has (databricks/ucode#66).
    assert who("Request blocked by input guardrail 'databricks_demo'") == ("unknown", "unknown")
    # The status line alone says nothing of why (openai/codex#8540).
    assert who("unexpected status 403 Forbidden", 403) == ("unknown", "unknown")
