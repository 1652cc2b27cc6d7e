"""A second reading of session 14's diagnose change (a20fe59..dc885c9): each test is a problem
that reading found, on a real text from a public source, with the look-alike it must keep."""

from __future__ import annotations

import re
import time

from diagnose_support import who

from setup_wizard.diagnose import phrases
from setup_wizard.diagnose.classify import classify_pasted


def test_openais_documented_overload_sentence_is_still_openais() -> None:
    # OpenAI's error-codes guide words it with a comma and a lower-case "please" ("429 - The
    # engine is currently overloaded, please try again later", the guide as w3cschool.cn/
    # openai_api/openai-api-error-codes.html copied it in 2023); Moonshot and W&B Inference
    # copy it word for word, so the sentence alone does not name Moonshot.
    assert who("openai.error.RateLimitError: The engine is currently overloaded, please try "
               "again later") == ("openai", "provider-server-error")
    # Moonshot's own type beside it still does (666ghj/BettaFish#292).
    text = ("研究过程中发生错误: Error code: 429 - {'error': {'message': 'The engine is currently "
            "overloaded, please try again later', 'type': 'engine_overloaded_error'}}")
    assert who(text)[0] == "unknown"


def test_openais_quota_sentence_is_not_read_as_googles_cut_off() -> None:
    # OpenAI's error-codes guide heads the row "429 - You exceeded your current quota, please
    # check your plan and billing details" (developers.openai.com/docs/guides/error-codes):
    # Google's OpenAI-compatible endpoint shares those words, and only its ai.google.dev link
    # after them says Google.
    assert who("429 - You exceeded your current quota, please check your plan and billing "
               "details") == ("openai", "quota-exhausted")
    # OpenAI's current sentence, a log's line limit cutting it inside the words both share.
    assert who("openai.RateLimitError: Error code: 429 - You exceeded your current quota, please "
               "check your plan and billing details. For more information on this error, ")[0] \
        == "openai"
    # Google's own, whole (google-gemini/gemini-cli#8414), still Google's.
    assert who("You exceeded your current quota, please check your plan and billing details. For "
               "more information on this error, head to: https://ai.google.dev/gemini-api/docs/"
               "rate-limits.")[0] == "google"


def test_difys_bare_key_sentence_is_not_read_as_openais_cut_off() -> None:
    # Dify's own refusal printed as text (soulteary/dify-with-classical-search#1, where the
    # model's key, not OpenAI's, was wrong): OpenAI's sentence goes on with ": <key>".
    d = classify_pasted("使用时dify报错：Incorrect API key provided")
    assert (d.origin, d.cause) == ("unknown", "provider-auth-invalid")
    assert who("Incorrect API key provided: key 3. You can find your API key at "
               "https://platform.openai.com/account/api-keys.") == \
        ("openai", "provider-auth-invalid")


def _slowest(pattern: str, pieces: tuple[str, ...], size: int = 64 * 1024) -> float:
    compiled, worst = re.compile(pattern), 0.0
    for piece in pieces:
        text = (piece * (size // len(piece) + 1))[:size]
        start = time.perf_counter()
        compiled.search(text)
        worst = max(worst, time.perf_counter() - start)
    return worst


def test_no_vendor_row_is_quadratic_on_a_line_of_repeated_hosts() -> None:
    # A log line (explain --log reads lines up to 64 KB) of one host repeated without blanks:
    # an unbounded \S run before a fixed tail tries every start against the rest of the line.
    rows = [p.pattern for p in phrases.PHRASES
            if "model-studio" in p.pattern or "registry\\.ollama\\.ai" in p.pattern]
    assert len(rows) == 2
    for pattern in rows:
        took = _slowest(pattern, ("help.aliyun.com/", "alibabacloud.com/help/",
                                  "registry.ollama.ai/"))
        assert took < 0.05, (pattern[:60], took)
    # The rows still read their sources' texts (ollama/ollama#14795, the DashScope link).
    assert who('{"error":"registry.ollama.ai/library/Qwen3.5:0.8b does not support tools"}') == \
        ("unknown", "bad-request")
    assert who("Access denied, please make sure your account is in good standing. For details, "
               "see: https://help.aliyun.com/zh/model-studio/error-code#overdue-payment")[0] == \
        "unknown"


def test_a_go_clients_own_decoding_failure_is_no_bad_request() -> None:
    # Go SDKs that could not decode the answer (sashabaranov/go-openai#244,
    # OpenRouterTeam/go-sdk#580): the client's type, not the request, was wrong.
    assert who("error, json: cannot unmarshal number into Go struct field APIError.error.code of "
               "type string")[1] != "bad-request"
    assert who("error unmarshaling json response body: json: cannot unmarshal string into Go "
               "value of type int64")[1] != "bad-request"
    # Ollama refusing the request's own shape stays a bad request (ollama/ollama#6451,
    # cline/cline#363).
    assert who("json: cannot unmarshal array into Go struct field ChatRequest.messages of type "
               "string")[1] == "bad-request"
    assert who("400 json: cannot unmarshal array into Go struct field Message.messages.content "
               "of type string") == ("unknown", "bad-request")


def test_bedrocks_wrapper_around_anthropics_words_names_bedrock() -> None:
    # docs/sources.md says so: Bedrock puts Anthropic's validator's words inside its own "The
    # model returned the following errors:" (skydiscover-ai/skydiscover#15, Bedrock's body as
    # LiteLLM's BedrockException quoted it): Bedrock answered, Anthropic's words say why.
    body = ('{"message":"The model returned the following errors: `temperature` and `top_p` '
            'cannot both be specified for this model. Please use only one."}')
    assert who(body, 400) == ("unknown", "bad-request")
    # Anthropic's own envelope with the same words stays Anthropic's (Vali-98/ChatterUI#564).
    assert who('{"type":"error","error":{"type":"invalid_request_error","message":"`temperature` '
               'and `top_p` cannot both be specified for this model. Please use only one."}}',
               400) == ("anthropic", "bad-request")


def test_only_the_sdks_class_path_is_left_to_the_sdks_marker() -> None:
    # The name marker leaves "anthropic.RateLimitError" to the SDK's marker; its case-blind
    # flag had let it skip "anthropic.com" in an address and "anthropic.messages" too.
    from setup_wizard.diagnose.classify import classify_pasted
    for text in ("Please contact support@anthropic.com about your key",
                 "anthropic.messages.create failed: overloaded"):
        assert any("names Anthropic or Claude" in e for e in classify_pasted(text).evidence), text
    assert not any("names Anthropic or Claude" in e
                   for e in classify_pasted("anthropic.RateLimitError: rate limited").evidence)
