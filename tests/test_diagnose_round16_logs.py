"""Evidence added in round 16 from the logs probe (issue #13: LLM API errors inside log
wrappers). Families 1-5 are the one-text classifier's: each fires on its source's verbatim
text and stays silent on a look-alike. The L families are `explain --log`'s: every error in a
log, one by one, and no ordinary line."""

from __future__ import annotations

from diagnose_support import who

# -- Family 1: a client's own "API key missing" sentence: nobody answered ---------------------
# https://github.com/bklieger-groq/stockbot-on-groq/issues/50 (Vercel AI SDK, LoadAPIKeyError)
AI_SDK_MISSING = ("Error: Groq API key is missing. Pass it using the GROQ_API_KEY environment "
                  "variable. Try restarting the application if you recently changed your "
                  "environment variables.\nIf you think something has gone wrong, create an")
# https://github.com/cline/cline/issues/7464 (Cline's check, before the request)
CLINE_REQUIRED = ('{"message":"Anthropic API key is required","modelId":"claude-sonnet-4-5-'
                  '20250929","providerId":"litellm"}')
# https://github.com/entropy-research/Devon/issues/45
DEVON_PROVIDE = ("Please provide an API key using the --api_key option or by setting "
                 "OPENAI_API_KEY or ANTHROPIC_API_KEY.")


def test_a_clients_own_missing_key_sentence_names_no_sender() -> None:
    assert who(AI_SDK_MISSING) == ("unknown", "provider-auth-missing")
    assert who(CLINE_REQUIRED) == ("unknown", "provider-auth-missing")
    assert who(DEVON_PROVIDE) == ("unknown", "provider-auth-missing")
    # The same templates for other providers.
    assert who("AI_LoadAPIKeyError: OpenAI API key is missing. Pass it using the 'apiKey' "
               "parameter or the OPENAI_API_KEY environment variable.") == \
        ("unknown", "provider-auth-missing")
    assert who("Error: Gemini API key is required") == ("unknown", "provider-auth-missing")


def test_a_servers_missing_key_answer_keeps_its_sender() -> None:
    # OpenAI's own answer (https://github.com/cloudflare/cloudflare-docs/pull/31050).
    openai = ('{"error": {"message": "You didn\'t provide an API key. You need to provide your '
              'API key in an Authorization header using Bearer auth (i.e. Authorization: Bearer '
              'YOUR_KEY), or as the password field (with blank username) if you\'re accessing '
              'the API from your browser and are prompted for a username and password. You can '
              'obtain an API key from https://platform.openai.com/account/api-keys.", "type": '
              '"invalid_request_error", "param": null, "code": null}}')
    assert who(openai, 401) == ("openai", "provider-auth-missing")
    # Anthropic's 401 (https://github.com/docker/docker-agent/issues/2039).
    assert who('{"type":"error","error":{"type":"authentication_error","message":"invalid '
               'x-api-key"}}', 401) == ("anthropic", "provider-auth-invalid")
    # An app's own validation with no key word stays silent
    # (https://github.com/zammad/zammad/issues/5890).
    assert who("ActiveRecord::RecordInvalid: Validation failed: AI provider is not accessible: "
               "API server not accessible (ActiveRecord::RecordInvalid)") == ("unknown",
                                                                               "unknown")
    # "The API key is required" is no client's naming of a provider.
    assert who("The API key is required")[0] == "unknown"
