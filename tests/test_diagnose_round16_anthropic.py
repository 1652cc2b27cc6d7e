"""Evidence added in round 16 from the anthropic2 probe (Anthropic's own answers and their
look-alikes, as apps print them; issue #13). Each family fires on its source's verbatim text
and stays silent on a look-alike: another server's copy of Anthropic's words, a generic
sentence, or the same shape from someone else. Bedrock, Vertex AI and the relays return many
of Anthropic's sentences: a shared sentence gives the cause only, Anthropic's own marks (its
envelope, its req_011 ids, its hosts) name it.
"""

from __future__ import annotations

from diagnose_support import who

# -- family A3: "Anthropic API error" is the protocol the client spoke, not who answered -------
# https://github.com/Hmbown/Codewhale/issues/4329 (DeepSeek behind Anthropic's protocol; the
# terminal's wrap and its margin as pasted)
CODEWHALE_DEEPSEEK = (
    "Anthropic API error (HTTP 400 Bad Request invalid_request_error): messages.1:`tool_use` "
    "ids were found without `tool_result` blocks immedia\n▏    tely after: "
    "call_01_sfm5xVspRVRx1TAWyJtV8612, call_02_jYuxCY8bikeyLkpIykDw0444. Each `tool_use` block "
    "must have a corresponding `tool_resul\n▏    t` block in the next message.")
# https://github.com/anthropics/claude-code/issues/3860 (Anthropic's own envelope)
CLAUDE_CODE_TOOL_USE = (
    'API Error: 400 {"type":"error","error":{"type":"invalid_request_error","message":'
    '"messages.106: `tool_use` ids were found without `tool_result` blocks immediately after: '
    'toolu_01VvuB4e6jtoFgQyst53mL1h.\n    Each `tool_use` block must have a corresponding '
    '`tool_result` block in the next message."}}')


def test_a_client_label_naming_anthropics_api_names_no_sender() -> None:
    assert who(CODEWHALE_DEEPSEEK) == ("unknown", "bad-request")
    # The label alone, over words of nobody's, is a hint, not a sender.
    assert who("Anthropic API error (HTTP 400 Bad Request invalid_request_error): something is "
               "wrong") == ("unknown", "bad-request")
    assert who("Claude API error: 429 Too Many Requests")[0] == "unknown"


def test_anthropics_own_envelope_under_any_label_stays_anthropics() -> None:
    assert who(CLAUDE_CODE_TOOL_USE) == ("anthropic", "bad-request")
    assert who('Anthropic API error: 401 {"type":"error","error":{"type":"authentication_error",'
               '"message":"invalid x-api-key"},"request_id":"req_011CXw8h8A796q3f74Ezmhav"}') == \
        ("anthropic", "provider-auth-invalid")
    # The client labels that name Anthropic's adapter, not its API, still count as before.
    assert who("[ANTHROPIC] 401 Unauthorized") == ("anthropic", "provider-auth-invalid")
