"""Families learnt from the thirteenth batch of real errors (issue 13, tune half only): each
rule fires on its family and stays silent on a look-alike."""

from __future__ import annotations

from diagnose_support import who

from setup_wizard.diagnose.classify import classify_pasted


# -- a Cloudflare API code this tool does not list: the message says why --------------------------
def test_an_unlisted_api_code_with_a_deprecated_model_message() -> None:
    text = ('{"errors":[{"message":"AiError: Model has been deprecated: This model was '
            'deprecated on 2026-05-30. Please use an alternative model.","code":5028}],'
            '"success":false,"result":{},"messages":[]}')
    assert who(text, 410) == ("cloudflare-api", "model-decommissioned")


def test_an_unlisted_api_code_with_other_words_keeps_no_cause() -> None:
    text = ('{"errors":[{"message":"AiError: something odd happened","code":5999}],'
            '"success":false,"result":{},"messages":[]}')
    assert who(text) == ("cloudflare-api", "unknown")


# -- a relay passing on an upstream's Cloudflare text speaks in the relay's causes -----------------
def test_openrouter_relaying_an_edge_5xx_is_the_upstreams_failure() -> None:
    for code, cause in ((504, "timeout"), (502, "provider-server-error"),
                        (520, "provider-server-error")):
        text = (f"OpenRouterError({{'message': 'Provider returned error', 'code': {code}, "
                f"'metadata': {{'raw': 'error code: {code}', 'provider_name': 'SomeHost', "
                "'is_byok': False}})")
        assert who(text) == ("openrouter", cause)


def test_an_upstreams_edge_block_is_not_the_users_key() -> None:
    text = ("OpenRouterError({'message': 'Provider returned error', 'code': 403, 'metadata': "
            "{'raw': 'error code: 1010', 'provider_name': 'SomeHost', 'is_byok': False}})")
    d = classify_pasted(text)
    assert (d.origin, d.cause) == ("openrouter", "provider-server-error")
    assert any("SomeHost's Cloudflare edge answered the relay" in e for e in d.evidence)


def test_openrouter_relaying_a_provider_body_keeps_its_cause() -> None:
    text = ("OpenRouterError({'message': 'Provider returned error', 'code': 429, 'metadata': "
            "{'raw': '{\"error\":{\"message\":\"Rate limit reached\",\"type\":\"tokens\"}}', "
            "'provider_name': 'Groq', 'is_byok': False}})")
    assert who(text) == ("openrouter", "rate-limited")


# -- OpenAI's pre-1.0 model sentence, as apps print it without backticks ---------------------------
def test_openais_model_sentence_without_backticks_names_openai() -> None:
    text = "Failed to get response: OpenAI Invalid request.\nThe model: gpt-4 does not exist"
    assert who(text) == ("openai", "model-not-found")
    assert who("The model: `gpt-4` does not exist") == ("openai", "model-not-found")


def test_the_sentence_needs_its_colon_and_its_ending() -> None:
    # Groq's and today's OpenAI's sentence has no colon, and is judged by its own row.
    groq = "The model `llama-3.1-405b` does not exist or you do not have access to it."
    assert who(groq) == ("groq", "model-not-found")  # a Llama model: Groq serves it
    assert who("The model: llama3 was loaded, then the request failed") == ("unknown", "unknown")


# -- FastAPI's own fixed answers say why, not who -------------------------------------------------
def test_fastapis_not_authenticated_is_no_ones_missing_key() -> None:
    assert who('{"detail":"Not authenticated"}', 403) == ("unknown", "provider-auth-missing")
    assert who('{"detail":"Invalid authentication credentials"}', 401) == \
        ("unknown", "provider-auth-invalid")
    assert who('{"detail":"Method Not Allowed"}', 405) == ("unknown", "bad-request")


def test_mistrals_own_detail_stays_mistrals() -> None:
    # (round 16, openai2 probe: a bare "Unauthorized" is Starlette's default, any FastAPI
    # server's; Mistral's own sentence, or its SDK beside the default, names it)
    assert who('{"detail":"Invalid API Key"}', 401) == ("mistral", "provider-auth-invalid")
    assert who('API error occurred: Status 401 Content-Type application/json; charset=utf-8 '
               'Body \n{"detail":"Unauthorized"}') == ("mistral", "provider-auth-invalid")


# -- a 429 whose code says something else ---------------------------------------------------------
def test_a_429_is_a_limit_whatever_code_a_relay_kept() -> None:
    text = ("Error code: 429 - {'error': {'message': '当前分组上游负载已饱和，请稍后再试 "
            "(request id: 2025)', 'type': 'openai_error', 'param': '', 'code': "
            "'model_not_found'}}")
    assert who(text) == ("unknown", "rate-limited")


def test_a_limit_code_with_a_429_keeps_its_own_cause() -> None:
    text = ("Error code: 429 - {'error': {'message': 'You exceeded your current quota, please "
            "check your plan and billing details.', 'type': 'insufficient_quota', 'param': None, "
            "'code': 'insufficient_quota'}}")
    assert who(text) == ("openai", "quota-exhausted")
    # The same code without a 429 still says why.
    text = ("Error code: 404 - {'error': {'message': 'no channel', 'type': 'openai_error', "
            "'param': '', 'code': 'model_not_found'}}")
    assert who(text)[1] == "model-not-found"


# -- batch 15 --------------------------------------------------------------------------------------
def test_a_404_on_googles_or_anthropics_own_endpoint_is_a_model_not_found() -> None:
    for url in ("https://generativelanguage.googleapis.com/v1beta/openai/chat/completions",
                "https://generativelanguage.googleapis.com/v1beta/models/gemini-9:generateContent",
                "https://api.anthropic.com/v1/messages"):
        text = f"Client error '404 Not Found' for url '{url}'"
        assert who(text)[1] == "model-not-found", url
    # Another path on the same host is a wrong address, not a missing model.
    text = ("Client error '404 Not Found' for url "
            "'https://generativelanguage.googleapis.com/v1beta/chat/completions'")
    assert who(text)[1] != "model-not-found"


def test_a_coding_clis_model_sentence_is_a_model_not_found() -> None:
    text = ("There's an issue with the selected model (gpt-5.2). It may not exist or you may "
            "not have access to it. Run /model to pick a different model.")
    assert who(text) == ("unknown", "model-not-found")
    assert who("Couldn't load this board. It may not exist or you may not have access.")[1] \
        != "model-not-found"


# -- the second reading of the later changes -------------------------------------------------------
def test_a_status_in_prose_is_no_status() -> None:
    assert who("Got a 503 error from the gateway, then: Error: connect ECONNREFUSED "
               "127.0.0.1:11434")[1] == "connection-refused"
    assert who("A 429 error is returned when you exceed the limit. Error: model not found")[1] \
        == "model-not-found"
    d = classify_pasted("Requests per minute (500) Exceeded for model llama")
    assert d.status is None
    d = classify_pasted("WebException: Der Remoteserver hat einen Fehler zurückgegeben: (520) "
                        "Origin Error.")
    assert (d.origin, d.status) == ("cloudflare-edge", 520)


def test_a_longer_path_under_an_own_endpoint_is_not_it() -> None:
    text = ("Client error '404 Not Found' for url "
            "'https://api.anthropic.com/v1/messages/batches/msgbatch_01'")
    assert who(text)[1] != "model-not-found"


def test_other_things_that_may_not_exist_are_no_model() -> None:
    text = ("Failed to load model config from s3://bucket/cfg. The bucket may not exist or you "
            "may not have access to it.")
    assert who(text)[1] != "model-not-found"
