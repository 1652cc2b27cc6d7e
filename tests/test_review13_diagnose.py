"""A second reader's look at session 13's diagnose rows: each new row stays silent on a text
from another program that shares some of its words."""

from __future__ import annotations

from diagnose_support import who


def test_an_oauth_token_endpoints_refusal_is_no_client_re_validating_an_answer() -> None:
    # OIDC and OAuth clients say "Invalid response from token endpoint: <body>"; the body's
    # words keep their cause (pydantic-ai's row is for its chat completions endpoint only).
    text = "Error: Invalid response from token endpoint: invalid_client Unauthorized"
    assert who(text)[1] == "provider-auth-invalid"
    # pydantic-ai's own sentence still gives no cause.
    said = ("pydantic_ai.exceptions.UnexpectedModelBehavior: Invalid response from groq chat "
            "completions endpoint: Input should be 'auto' or 'default' [type=literal_error]")
    assert who(said)[1] == "unknown"


def test_an_apps_own_aierror_class_is_not_workers_ai() -> None:
    # AiError is a common name for an app's own error class ("class AiError extends Error");
    # wrapping Gemini's key refusal, the words after it are Google's, not the schema's.
    text = ("AiError: Bad input: [GoogleGenerativeAI Error]: Error fetching from https://"
            "generativelanguage.googleapis.com/v1beta/models/gemini-pro:generateContent: [400 Bad "
            "Request] API key not valid. Please pass a valid API key. [{\"@type\":\"type.googleapis"
            ".com/google.rpc.ErrorInfo\",\"reason\":\"API_KEY_INVALID\",\"domain\":\"googleapis.com\"}]")
    assert who(text)[0] != "cloudflare-api"
    # Workers AI's own refusal names a place in the input ('/...') after the words.
    for said in ("AiError: Bad input: Error: oneOf at '/' not met",
                 "AiError: Bad input: Additional or unevaluated properties '/width, /height'",
                 "AiError: Bad input: ... required properties at '/' are 'audio'"):
        assert who(said) == ("cloudflare-api", "bad-request"), said


def test_a_refusal_said_after_could_not_load_the_model_is_the_cause() -> None:
    # Apps that fetch the model list say "Failed to load model list: <error>"; the error's
    # own words (a refused key, a spent quota) say why, not "the server failed".
    assert who("Failed to load model list: Unauthorized")[1] == "provider-auth-invalid"
    assert who("Unable to load model catalog: insufficient_quota")[1] == "quota-exhausted"
    assert who("Error: failed to load model: 401 invalid api key")[1] == "provider-auth-invalid"
    # A model server's own failure, with no refusal in its words, is still the server's.
    assert who("could not load model - all backends returned error")[1] == \
        "provider-server-error"
