"""Evidence added in round 16 from the tools probe (providers' request validators: tool calls,
structured outputs, message order, parameters). Each family fires on its source's verbatim
text and stays silent on a look-alike; the policy for a validator sentence that other servers
return word for word (Azure OpenAI, Bedrock, Vertex AI, DeepSeek, relays) is the tune labels':
the sentence alone gives the cause, the provider's own marks give the origin."""

from __future__ import annotations

from setup_wizard.diagnose.classify import classify_pasted

# -- a log's tag is no colour code ---------------------------------------------------------------
# https://github.com/langgenius/dify/issues/17545 (Dify's "[models]" tag over Bedrock's error)
DIFY_MODELS_TAG = ("[models] Error: ValidationException: The toolConfig field must be defined "
                   "when using toolUse and toolResult content blocks.")


def test_a_tag_starting_with_m_is_not_a_colour_reset() -> None:
    d = classify_pasted(DIFY_MODELS_TAG)
    assert not any("lost their ESC" in e for e in d.evidence)


def test_colour_codes_that_lost_their_esc_are_still_set_aside() -> None:
    for text in ('[0;31mERROR: [0m [models] Error code: 401 - {"error": {"message": "Incorrect '
                 'API key provided: sk-abc.", "type": "invalid_request_error", "code": '
                 '"invalid_api_key"}}',
                 '[1;33mWARN: [m Error code: 401 - {"error": {"message": "Incorrect API key '
                 'provided: sk-abc.", "type": "invalid_request_error", "code": '
                 '"invalid_api_key"}}'):
        d = classify_pasted(text)
        assert any("lost their ESC" in e for e in d.evidence), text
        assert (d.origin, d.cause) == ("openai", "provider-auth-invalid"), text
