"""Evidence added in round 15 from the cfai probe (Cloudflare's answers as LLM clients print
them): the Workers runtime's own failure words beside the AI binding's class, and the
validator's refusal of an output budget. Each fires on its source's verbatim text and stays
silent on a look-alike."""

from __future__ import annotations

from setup_wizard.diagnose.classify import classify_pasted


def _said(text: str, status: int | None = None) -> tuple[str, str]:
    d = classify_pasted(text, status, {})
    return d.origin, d.cause


# https://github.com/cloudflare/workers-sdk/issues/10857
BINDING_INTERNAL = "InferenceUpstreamError: Error: internal error; reference = unt"


def test_the_ai_bindings_internal_error_is_the_platforms_failure() -> None:
    assert _said(BINDING_INTERNAL) == ("cloudflare-api", "provider-server-error")


def test_the_runtimes_words_alone_name_no_sender() -> None:
    # D1 or an app's own Worker throws the same words: one weak sign, no origin.
    assert _said("D1_ERROR: internal error; reference = romch2vpjnd")[0] == "unknown"
    # The class alone stays too little, as before.
    assert _said("InferenceUpstreamError: something went wrong")[0] == "unknown"


# https://github.com/anomalyco/models.dev/issues/4422 (a server copying OpenAI's validator,
# without its "whereas" clause), and OpenAI's own sentence.
CAP_COPY = ("max_completion_tokens is too large: 262144. This model supports at most 256000 "
            "completion tokens.")
CAP_OPENAI = ("max_tokens is too large: 32000. This model supports at most 16384 completion "
              "tokens, whereas you provided 32000.")


def test_an_output_budget_over_the_cap_is_a_bad_request_from_anyone() -> None:
    assert _said(CAP_COPY) == ("unknown", "bad-request")
    assert _said(CAP_OPENAI) == ("unknown", "bad-request")


def test_other_too_large_sentences_are_not_read_so() -> None:
    for text in ("max_tokens is too large for the current plan",
                 "The uploaded file is too large: 30 MB. This model supports at most 20 MB."):
        d = classify_pasted(text, None, {})
        assert not any("supports at most M completion tokens" in e for e in d.evidence), text
