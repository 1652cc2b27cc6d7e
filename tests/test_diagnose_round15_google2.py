"""Evidence added in round 15 from two probes of public texts: Google, OpenRouter and
Anthropic as apps print them (google2), and LLM errors as apps reword, translate or wrap them
(reworded). Each family fires on its source's verbatim text and stays silent on a look-alike."""

from __future__ import annotations

from setup_wizard.diagnose.classify import classify_pasted
from setup_wizard.diagnose.logscan import blocks


def _said(text: str, status: int | None = None) -> tuple[str, str]:
    d = classify_pasted(text, status, {})
    return d.origin, d.cause


# -- a quoted token a terminal's wrap split (google2 family B) ----------------------------------
# https://github.com/anthropics/claude-code/issues/70365
WRAPPED_TYPE = ('API error: 529 {"type":"error","error":{"type":"overload     ed_error","message":'
                '"Overloaded"},"request_id":"req_011C     cLPrMiu53v6Rp1jfe1Cd"}')


def test_a_wrapped_error_type_and_request_id_are_anthropics_again() -> None:
    assert _said(WRAPPED_TYPE, 529) == ("anthropic", "provider-server-error")
    # The wrap as a line break and the next line's indent.
    broken = WRAPPED_TYPE.replace("overload     ed", "overload\n     ed")
    assert _said(broken, 529) == ("anthropic", "provider-server-error")


def test_a_wrapped_token_keeps_the_logs_line_numbers() -> None:
    log = ["starting", "ok", *WRAPPED_TYPE.replace("overload     ed", "overload\n     ed")
           .split("\n"), "done"]
    found = list(blocks(log))
    assert [b.line for b in found] == [3]
    assert _said(found[0].text) == ("anthropic", "provider-server-error")


def test_a_sentence_between_quotes_is_never_joined() -> None:
    # Groq's OpenAI-style envelope has no top-level type: not Anthropic's, wrap or not.
    groq = ('{"error":{"message":"Invalid API Key","type":"invalid_request_error",'
            '"code":"invalid_api_key"}}')
    assert _said(groq, 401)[0] != "anthropic"
    # Words with blanks between them (no _): left as they are.
    spaced = '{"type":"error","error":{"type":"overload     ed","message":"Overloaded"}}'
    d = classify_pasted(spaced, 529, {})
    assert not any("quoted token" in e for e in d.evidence)


# -- Anthropic's CORS refusal (reworded family 8) -----------------------------------------------
# https://github.com/ChatGPTNextWeb/NextChat/issues/5534
CORS = ('{\n  "type": "error",\n  "error": {\n    "type": "authentication_error",\n    "message": '
        '"CORS requests must set \'anthropic-dangerous-direct-browser-access\' header"\n  }\n}')


def test_anthropics_cors_refusal_is_a_request_without_its_header() -> None:
    assert _said(CORS) == ("anthropic", "bad-request")


def test_a_true_key_failure_stays_a_key_failure() -> None:
    # https://github.com/griffinmartin/opencode-claude-auth/issues/7
    assert _said("invalid x-api-key") == ("anthropic", "provider-auth-invalid")
    key = CORS.replace("CORS requests must set 'anthropic-dangerous-direct-browser-access' "
                       "header", "invalid x-api-key")
    assert _said(key) == ("anthropic", "provider-auth-invalid")
