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
