"""Round 15 (second relay probe): servers that copy a provider's sentence, and the causes other
servers, relays and vendors give in their own words. Each family has a firing test (texts
verbatim from public issues, with the status the source shows) and a silent one (a look-alike
that must keep its answer)."""

from __future__ import annotations

from diagnose_support import who

# -- A: OpenAI's context-length sentence written by vLLM ----------------------------------------


def test_vllm_log_prefix_or_cut_error_response_names_another_server() -> None:
    # vLLM's server log (ruipeterpan/specreason#4).
    assert who("ERROR 05-08 21:27:27 [serving_chat.py:198] ValueError: This model's maximum "
               "context length is 8192 tokens. However, you requested 8203 tokens (7691 in the "
               "messages, 512 in the completion). Please reduce the length of the messages or "
               "completion.", 400) == ("unknown", "bad-request")
    # vLLM's ErrorResponse cut before its start (elotl/GenAI-infra-stack#62).
    assert who('This model\'s maximum context length is 4096 tokens. However, you requested '
               '6379 tokens (6029 in the messages, 350 in the completion). Please reduce the '
               'length of the messages or completion.", \'type\': \'BadRequestError\', '
               '\'param\': None, \'code\': 400}', 400) == ("unknown", "bad-request")
    # Its newer nested form, as JSON, cut the same way.
    assert who('This model\'s maximum context length is 4096 tokens. However, you requested '
               '6379 tokens.","type":"BadRequestError","param":null,"code":400}}') == \
        ("unknown", "bad-request")


def test_openais_own_context_body_and_the_sentence_alone_stay_openais() -> None:
    # OpenAI's own: a snake_case type, param messages, a string code.
    assert who("openai.BadRequestError: Error code: 400 - {'error': {'message': \"This model's "
               "maximum context length is 8192 tokens. However, you requested 8203 tokens (7691 "
               "in the messages, 512 in the completion). Please reduce the length of the "
               "messages or completion.\", 'type': 'invalid_request_error', 'param': "
               "'messages', 'code': 'context_length_exceeded'}}") == ("openai", "bad-request")
    assert who("This model's maximum context length is 8192 tokens. However, you requested "
               "8203 tokens (7691 in the messages, 512 in the completion). Please reduce the "
               "length of the messages or completion.", 400) == ("openai", "bad-request")
    # A class name in another slot, or a string code, is not vLLM's ErrorResponse.
    assert who("This model's maximum context length is 8192 tokens. 'type': "
               "'invalid_request_error', 'param': None, 'code': '400'", 400)[0] == "openai"
    # Another server's log with a module of the same name form but not vLLM's server.
    assert who("ERROR [chat.py:198] ValueError: This model's maximum context length is 8192 "
               "tokens.", 400)[0] == "openai"


def test_openrouter_carrying_vllms_body_still_answered() -> None:
    # LiteLLM's OpenrouterException around vLLM's parsed body: OpenRouter answered the client.
    assert who('litellm.APIError: APIError: OpenrouterException - Message: ConnectionError: '
               '{"object":"error","message":"The sum of prompt length (82013.0), query length '
               '(0) should not exceed max_num_tokens (32768)","type":"BadRequestError","param":'
               'null,"code":400}, Metadata: {\'error_type\': \'provider_unavailable\'}')[0] == \
        "openrouter"


# -- B: OpenRouter relaying an upstream edge's rate limit (Cloudflare 1015) --------------------


def test_openrouter_relaying_upstream_edge_1015_is_rate_limited() -> None:
    # OpenRouter's free model, upstream Kluster (BerriAI/litellm#8448).
    assert who("{'message': 'Provider returned error', 'code': 429, 'metadata': {'raw': 'error "
               "code: 1015', 'provider_name': 'Kluster'}}", 429) == ("openrouter", "rate-limited")


def test_openrouter_relaying_other_upstream_edge_codes_stays_a_provider_failure() -> None:
    assert who("{'message': 'Provider returned error', 'code': 403, 'metadata': {'raw': 'error "
               "code: 1020', 'provider_name': 'Kluster'}}", 403) == \
        ("openrouter", "provider-server-error")
    assert who('{"error":{"message":"Provider returned error","code":403,"metadata":{"raw":'
               '"error code: 1010","provider_name":"Chutes"}}}', 403) == \
        ("openrouter", "provider-server-error")


# -- C: Anthropic's region refusal as an app prints the pair -----------------------------------


def test_anthropic_region_refusal_printed_by_an_app_is_anthropics_permission() -> None:
    # obsidian-copilot's rendering (logancyang/obsidian-copilot#369).
    assert who("Error type: forbidden, Message: request not allowed.", 403) == \
        ("anthropic", "permission-denied")
    # The body itself (anthropics/anthropic-sdk-typescript#457).
    assert who('PermissionDeniedError: 403 {"error":{"type":"forbidden","message":"Request not '
               'allowed"}}') == ("anthropic", "permission-denied")


def test_request_not_allowed_alone_or_a_relays_refusal_is_not_anthropics() -> None:
    assert who("Error: request not allowed", 403)[0] == "unknown"
    assert who("Error type: invalid_request, Message: request not allowed.", 403)[0] == "unknown"
    # Claude Relay Service's own refusal (a relay's permission).
    assert who("403 Your client is not authorized to use this API key") == \
        ("unknown", "permission-denied")


# -- D: OpenRouter's provider allow-list leaving no provider ------------------------------------


def test_openrouter_no_allowed_providers_is_a_permission() -> None:
    # The title (musistudio/claude-code-router#285).
    assert who('No allowed providers are available for the selected model.","code":404', 404) == \
        ("openrouter", "permission-denied")


def test_openrouter_request_feature_refusals_stay_bad_requests() -> None:
    assert who('{"error":{"message":"No endpoints found that support cache control","code":404}}',
               404) == ("openrouter", "bad-request")
    assert who('{"error":{"message":"Input required: specify \\"prompt\\" or \\"messages\\"",'
               '"code":400}}', 400) == ("openrouter", "bad-request")


# -- E: one-api's (and its forks') own user quota ------------------------------------------------


def test_one_api_user_quota_not_enough_is_the_relays_quota() -> None:
    # one-api (songquanpeng/one-api#1270, #1846), new-api (sparticleinc/...#222), v-api
    # (popjane/free_chatgpt_api#78).
    assert who("insufficient_user_quota user quota is not enough (request id: "
               "2024040323172594066980027391365)", 403) == ("unknown", "quota-exhausted")
    assert who('{"error":{"message":"user quota is not enough (request id: 2024090915220751319880'
               '1NCNrvKxv)","type":"new_api_error","param":"","code":"insufficient_user_quota"}}',
               403) == ("unknown", "quota-exhausted")
    assert who("An error occurred: Error code: 403 - {'error': {'message': 'user quota is not "
               "enough (request id: 202502281247138307582052662997)', 'type': 'v_api_error', "
               "'param': '', 'code': 'insufficient_user_quota'}}", 403) == \
        ("unknown", "quota-exhausted")
    assert who("user [3446] quota [-20847155]preConsumedQuota [743]is not enough(request id:"
               "2024092600274225879598085091467)") == ("unknown", "quota-exhausted")
    assert who("user quota is not enough (request id: 20240909152207513198801NCNrvKxv)", 403) == \
        ("unknown", "quota-exhausted")


def test_openais_own_quota_code_stays_openais() -> None:
    assert who("{'error': {'message': 'You exceeded your current quota, please check your plan "
               "and billing details. For more information on this error, read the docs: "
               "https://platform.openai.com/docs/guides/error-codes/api-errors.', 'type': "
               "'insufficient_quota', 'param': None, 'code': 'insufficient_quota'}}", 429) == \
        ("openai", "quota-exhausted")
    # A quota word that is not one-api's sentence says nothing of it.
    assert who("the user quota is set to 100 requests per day", 403)[1] != "quota-exhausted"


# -- F: Baidu Qianfan's own sentences --------------------------------------------------------------


def test_baidu_qianfan_sentences_give_their_cause() -> None:
    # binary-husky/gpt_academic#1824, #2162; songquanpeng/one-api#1503; labring/FastGPT#1555.
    assert who("RuntimeError: Open api daily request limit reached") == \
        ("unknown", "rate-limited")
    assert who("relay error (channel id 2, user id: 1): Open api daily request limit reached") \
        == ("unknown", "rate-limited")
    assert who("RuntimeError: Access token invalid or no longer valid") == \
        ("unknown", "provider-auth-invalid")
    assert who("do_request_failed get request url failed: invalid baidu apikey (request id: "
               "2024052107184059575531380117531)") == ("unknown", "provider-auth-invalid")


def test_look_alikes_of_baidus_sentences_stay_silent() -> None:
    assert who("Open api documentation: the daily request limit is reached at midnight")[1] \
        == "unknown"
    assert who("The access token is valid until tomorrow")[1] == "unknown"


# -- G: signature-based auth failures (Tencent Cloud, Hunyuan, Baichuan) --------------------------


def test_signature_failures_are_a_bad_credential() -> None:
    # the-open-agent/openagent#1122; langchain-ai/langchain#22795;
    # chatchat-space/Langchain-Chatchat#2786.
    assert who("[TencentCloudSDKError] Code=AuthFailure.SignatureFailure, Message=Request "
               "signature verification failed. Please check if your signature calculation is "
               "correct. RequestId=3d788963-3202-4a74-963e-83fbc9bb67c9") == \
        ("unknown", "provider-auth-invalid")
    assert who("ValueError: Error from Hunyuan api response: {'note': '以上内容为AI生成，"
               "不代表开发者立场，请勿删除或修改本标记', 'choices': [{'finish_reason': 'stop'}], "
               "'created': '1718155233', 'id': '12390d63-7be5-4dbe-b567-183f3067bc75', 'usage': "
               "{'prompt_tokens': 0, 'completion_tokens': 0, 'total_tokens': 0}, 'error': "
               "{'code': 2001, 'message': '鉴权失败：[request id:"
               "12390d63-7be5-4dbe-b567-183f3067bc75]signature calculated is different from "
               "client signature'}}") == ("unknown", "provider-auth-invalid")
    assert who("2024-01-24 22:03:09 | ERROR | model_worker | 请求百川 API 时发生错误："
               "{'error_code': 10105, 'text': 'Invalid Signature parameter in request header', "
               "'error': {'message': 'Invalid Signature parameter in request header', 'type': "
               "'invalid_request_error', 'param': None, 'code': None}}") == \
        ("unknown", "provider-auth-invalid")


def test_other_tencent_codes_and_signature_words_stay_as_they_were() -> None:
    # iFlytek's HMAC refusal keeps its answer (from its 401).
    assert who('调用 OpenAI API 时出错: Error code: 401 - {\'message\': "HMAC signature cannot be '
               'verified:enforced header \'host\' not used for signature creation"}') == \
        ("unknown", "provider-auth-invalid")
    # A Tencent Cloud code outside the credential ones is not a bad key.
    assert who("[TencentCloudSDKError] Code=AuthFailure.UnauthorizedOperation, Message=The "
               "request is not authorized.")[1] != "provider-auth-invalid"
    assert who("the signature calculated by the client library is cached")[1] == "unknown"


# -- H: Zhipu's code 1113 in Chinese, sent with 429 ------------------------------------------------


def test_zhipu_balance_sentences_are_quota_not_rate_limit() -> None:
    # continuedev/continue#11823; langgenius/dify#5850.
    assert who("429 余额不足或无可用资源包,请充值。", 429) == ("unknown", "quota-exhausted")
    assert who('Error code: 429, with error text {"error":{"code":"1113","message":"'
               '您的账户已欠费，请充值后重试。"}}', 429) == ("unknown", "quota-exhausted")
    assert who("Insufficient balance or no resource package. Please recharge.") == \
        ("unknown", "quota-exhausted")


def test_zhipus_own_rate_limit_stays_a_rate_limit() -> None:
    # Its concurrency limit (code 1302) is a rate limit; 429 alone is one too.
    assert who('Error code: 429, with error text {"error":{"code":"1302","message":"您的账户已达到'
               '速率限制，请您控制请求频率"}}', 429)[1] == "rate-limited"
    assert who("429 请稍后再试", 429) == ("unknown", "rate-limited")


# -- I: Volcengine Ark's key refusal without a status ---------------------------------------------


def test_volcengine_ark_key_sentence_is_a_key_refused() -> None:
    # volcengine/volc-sdk-python#36 (no status in the paste); can1357/oh-my-pi#3440.
    assert who("volcengine.maas.exception.MaasException: Detailed exception information is "
               "listed below.\nreq_id: None\ncode_n: None\ncode: AuthenticationError\nmessage: "
               "The API key in the request is missing or invalid.") == \
        ("unknown", "provider-auth-invalid")
    assert who("The API key or AK/SK in the request is missing or invalid. Request id: ") == \
        ("unknown", "provider-auth-invalid")


def test_other_missing_or_invalid_sentences_are_not_arks() -> None:
    assert who("The request is missing or invalid.")[0] == "unknown"
    assert who("The API key in the config file is missing.") != \
        ("unknown", "provider-auth-invalid")


# -- J: local servers with no model loaded (Jan / cortex.cpp); an engine's name is no model -----


def test_jan_cortex_model_not_loaded_is_model_not_found() -> None:
    # janhq/jan#4686, #3971.
    assert who('API Error: BadRequestError("Error code: 400 - {\'message\': \'Engine is not '
               'loaded yet\'}")', 400) == ("unknown", "model-not-found")
    assert who('[CORTEX]:: Validate model state failed with response {"message":"Model has not '
               'been loaded, please load model into cortex.llamacpp"} and status is "Conflict"',
               409) == ("unknown", "model-not-found")


def test_llamacpp_engine_names_are_no_groq_model() -> None:
    from setup_wizard.diagnose.classify import classify_pasted
    for text in ("the server is llama.cpp, built today", "cortex.llamacpp failed to start",
                 "pip install llama-cpp-python failed", "model meta.llama3-70b-instruct-v1:0"):
        d = classify_pasted(text, 500)
        assert not any("open-weights" in e for e in d.evidence), text
    # A Groq model name still counts.
    d = classify_pasted("The model `llama-3.3-70b-versatile` is overloaded", 503)
    assert any("open-weights" in e or "groq" in e for e in d.evidence)
    # Loading words of another kind are not Jan's.
    assert who("The page has not been loaded, please reload", 409)[1] != "model-not-found"


# -- K: "no key sent" in servers' own words --------------------------------------------------------


def test_no_key_sent_is_auth_missing() -> None:
    # AmanCode22/deeperseeker#2 (LiteLLM proxy); snailyp/gemini-balance#127;
    # xtekky/gpt4free#3326 (DeepInfra).
    assert who('401 {"error":{"message":"Authentication Error, No api key passed in.","type":'
               '"auth_error","param":"None","code":"401"}}', 401) == \
        ("unknown", "provider-auth-missing")
    assert who('API Error: Error from Custom: Error: API Error: Status Code 401, {"error":{"code":'
               '"http_error","message":"Missing Authorization header"}}', 401) == \
        ("unknown", "provider-auth-missing")
    assert who("DeepInfra failed: Response 403: {'detail': {'error': 'Not authenticated'}}",
               403) == ("unknown", "provider-auth-missing")


def test_a_wrong_key_or_other_words_stay_as_they_were() -> None:
    # DeepSeek's header without a Bearer key: either is accepted; it stays -missing.
    assert who("401 Authentication Fails (auth header format should be Bearer sk-...)", 401) == \
        ("unknown", "provider-auth-missing")
    # A key sent and refused.
    assert who('401 {"error":{"message":"Authentication Error, Invalid proxy server token '
               'passed.","type":"auth_error","param":"None","code":"401"}}', 401)[1] == \
        "provider-auth-invalid"
    # The words unquoted inside a sentence are not FastAPI's value.
    assert who("The user is not authenticated yet, retry after login", 401)[1] != \
        "provider-auth-missing"
