"""Evidence added in round 15 from two probes of public texts: Google, OpenRouter and
Anthropic as apps print them (google2), and LLM errors as apps reword, translate or wrap them
(reworded). Each family fires on its source's verbatim text and stays silent on a look-alike."""

from __future__ import annotations

from diagnose_support import who as _said

from setup_wizard.diagnose.classify import classify_pasted
from setup_wizard.diagnose.logscan import blocks

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


# -- the Firebase AI SDKs' API-not-enabled sentence (google2 family C) ----------------------------
# https://github.com/firebase/flutterfire/issues/13542
FIREBASE_DISABLED = ("DartError: The Vertex AI in Firebase SDK requires the Vertex AI in Firebase "
                     "API (`firebasevertexai.googleapis.com`) to be enabled in your Firebase "
                     "project. Enable this")


def test_the_firebase_sdks_api_not_enabled_is_googles_permission() -> None:
    assert _said(FIREBASE_DISABLED, 403) == ("google", "permission-denied")
    assert _said(FIREBASE_DISABLED.removeprefix("DartError: ")) == ("google",
                                                                    "permission-denied")


def test_the_firebase_sdks_own_parse_failure_stays_unknown() -> None:
    # https://github.com/firebase/flutterfire/issues/17030: a client parse failure.
    text = ("flutter: Unhandled format for CountTokensResponse: {totalBillableCharacters: 861, "
            "promptTokensDetails: [{modality: TEXT}]}\nThis indicates a problem with the Vertex "
            "AI in Firebase SDK. Try updating to the latest version "
            "(https://pub.dev/packages/firebase_vertexai/versions), or file an issue at "
            "https://github.com/firebase/flutterfire/issuess.")
    assert _said(text) == ("unknown", "unknown")
    # A service to enable that is not Google's says nothing of Google.
    assert _said("This plugin requires the Foo API (api.example.com) to be enabled")[0] \
        == "unknown"


# -- a 429 whose words say no waiting helps (google2 family E) ------------------------------------
# https://github.com/RooCodeInc/Roo-Code/issues/3435
NO_FREE_TIER = ('got status: 429 Too Many Requests. {"error":{"message":"{\\n  \\"error\\": '
                '{\\n    \\"code\\": 429,\\n    \\"message\\": \\"Gemini 2.5 Pro Preview doesn\'t '
                'have a free quota tier. Please use Gemini 2.5 Pro Experimental '
                '(models/gemini-2.5-pro-exp-03-25) instead. For more')
# https://github.com/su-kaka/gcli2api/issues/416
CREDITS_REASON = ('"error": {\n"code": 429,\n"message": "Resource has been exhausted (e.g. check '
                  'quota).",\n"status": "RESOURCE_EXHAUSTED",\n"details": [\n{\n"@type": '
                  '"type.googleapis.com/google.rpc.ErrorInfo",\n"reason": '
                  '"INSUFFICIENT_G1_CREDITS_BALANCE",\n"metadata": {\n"error_number": "2008"\n}')


def test_no_free_tier_and_a_credits_reason_are_quota_exhausted() -> None:
    assert _said(NO_FREE_TIER, 429) == ("google", "quota-exhausted")
    assert _said(CREDITS_REASON, 429) == ("google", "quota-exhausted")
    whole = ("{" + CREDITS_REASON.replace("\n", " ") + "}]}}")
    assert _said(whole, 429) == ("google", "quota-exhausted")


def test_the_bare_resource_exhausted_stays_a_rate_limit() -> None:
    # https://github.com/googleapis/js-genai/issues/1840
    text = ('ApiError: {"error":{"code":429,"message":"Resource has been exhausted (e.g. check '
            'quota).","status":"RESOURCE_EXHAUSTED"}')
    assert _said(text, 429) == ("google", "rate-limited")
    other_reason = CREDITS_REASON.replace("INSUFFICIENT_G1_CREDITS_BALANCE",
                                          "RATE_LIMIT_EXCEEDED")
    assert _said(other_reason, 429) == ("google", "rate-limited")


# -- OpenRouter's "No endpoints found for this model." (google2 family F, first part) -------------
# https://github.com/infiniflow/ragflow/issues/2359
NO_ENDPOINTS = ("Fail to access model(01-ai/yi-34b) using this api key.**ERROR**: Error code: 404 "
                "- {'error': {'message': 'No endpoints found for this model.', 'code': 404}, "
                "'user_id': 'user_2lBakZZi7xxxxxxxxxxbTJ4'}")


def test_no_endpoints_for_this_model_is_a_missing_model() -> None:
    assert _said(NO_ENDPOINTS, 404) == ("openrouter", "model-not-found")


def test_no_endpoints_that_support_a_feature_stays_a_bad_request() -> None:
    text = ("{'error': {'message': 'No endpoints found that support tool use.', 'code': 404}, "
            "'user_id': 'user_2lBakZZi7'}")
    assert _said(text, 404) == ("openrouter", "bad-request")


# -- Google's parser tail retyped (reworded family 4) -------------------------------------------
# https://github.com/flyun/chatAir/issues/108
RETYPED_PARSER = ("Invalid JSON payload recieved. Unknown name \"thought\" at "
                  "'contents[0].parts[0]': Cannot find field.")


def test_googles_parser_tail_is_read_whatever_the_spelling_before_it() -> None:
    assert _said(RETYPED_PARSER) == ("google", "bad-request")


def test_cannot_find_field_alone_is_no_ones() -> None:
    # C#'s and Java's reflection errors say "Cannot find field." without Unknown name "...".
    assert _said("System.MissingFieldException: Cannot find field.")[0] == "unknown"


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


# -- LiteLLM's Google label over its own Python error (google2 family D) ------------------------
# https://github.com/BerriAI/litellm/pull/2859
LITELLM_BUG = ("openai.RateLimitError: Error code: 429 - {'error': {'message': \"VertexAIException "
               "- 'NoneType' object has no attribute 'start_chat'\", 'type': None, 'param': None, "
               "'code': 429}}")


def test_litellms_label_over_its_own_bug_names_no_one_and_no_cause() -> None:
    assert _said(LITELLM_BUG, 429) == ("unknown", "unknown")
    assert _said("VertexAIException - 'NoneType' object has no attribute 'start_chat'", 429) \
        == ("unknown", "unknown")
    # https://github.com/BerriAI/litellm/issues/1774
    assert _said("VertexAIException - list index out of range Error from API under "
                 "high-traffic")[0] == "unknown"


def test_litellms_label_over_googles_body_stays_google() -> None:
    text = ('litellm.RateLimitError: VertexAIException - {"error":{"code":429,"message":"Resource '
            'has been exhausted (e.g. check quota).","status":"RESOURCE_EXHAUSTED"}}')
    assert _said(text, 429) == ("google", "rate-limited")
    # The label with a refusal in words, not a runtime error: still a Google route's refusal.
    assert _said("litellm.RateLimitError: VertexAIException - Quota exceeded for "
                 "aiplatform.googleapis.com/online_prediction_requests_per_base_model", 429) \
        == ("google", "rate-limited")


# -- apps' own wrong/empty-key sentences (reworded family 1) ------------------------------------
# lobehub#5773, #8929, #3196, #2504; dify#16572; ragflow#513; mulmocast-app#1259; DemoGPT#58
WRONG_KEY = (
    "LobeHub API Key 不正确或为空，请检查 LobeHub API Key 后重试。",
    "The LobeHun API Key is incorrect or blank. Please check your LobeHub API Key and try later.",
    "OpenAI API Key 不正确或为空，请检查 OpenAI API Key 后重试",
    "[google] Incorrect model credentials provided, please check and try again.",
    "ERROR: Invalid API-key provided. Please set LLM API-Key in 'User Setting -> Model Providers "
    "-> API-Key'",
    "エラー: Open AI の API キーが正しくありません,",
    "Invalid OpenAI API Key",
)


def test_apps_wrong_key_sentences_say_why_and_never_who() -> None:
    for text in WRONG_KEY:
        assert _said(text) == ("unknown", "provider-auth-invalid"), text
    assert _said("OpenAI API Key 为空，请添加自定义 OpenAI API Key") == \
        ("unknown", "provider-auth-missing")


def test_a_request_to_check_the_key_is_not_a_wrong_key() -> None:
    # https://github.com/1Panel-dev/MaxKB/issues/10 (shown for an Ollama model not pulled too)
    assert _said("校验失败，请检查 api_key secret_key 是否正确。") == ("unknown", "unknown")
    assert _said("Please check whether your API key is valid.") == ("unknown", "unknown")
    # The app's "Rate Limit" does not outrank OpenAI's own quota sentence beside it
    # (https://github.com/n3d1117/chatgpt-telegram-bot/issues/272).
    assert _said("Failed to get response ⚠️ OpenAI Rate Limit exceeded. ⚠️ You exceeded your "
                 "current quota, please check your plan and billing details.")[1] == \
        "quota-exhausted"


# -- apps' translated rate limits, ChatGPT's web limits (reworded families 2, 3) -----------------
def test_translated_and_web_rate_limits_are_rate_limits() -> None:
    # https://github.com/CherryHQ/cherry-studio/issues/11222
    assert _said("请求速率超过限制，请稍后再试") == ("unknown", "rate-limited")
    # https://github.com/receptron/mulmocast-app/issues/1259
    assert _said("OpenAIの利用制限に引っかかっています。課金追加、もしくはしばらくしてから再度試し"
                 "てください。") == ("unknown", "rate-limited")
    # https://github.com/acheong08/ChatGPT/issues/1103: the printed 400 does not outrank it.
    assert _said('OpenAI: {"detail":"Too many requests in 1 hour. Try again later."} (code: 400)',
                 400)[1] == "rate-limited"
    # https://github.com/xcanwin/KeepChatGPT/issues/319
    assert _said("You've reached our limit of messages per hour. Please try again later")[1] == \
        "rate-limited"


def test_a_catch_all_reply_stays_unknown() -> None:
    # chatgpt-on-wechat's reply to any failure in some of its bots
    # (https://github.com/zhayujie/CowAgent/issues/731).
    assert _said("ERROR:\n提问太快啦，请休息一下再问我吧") == ("unknown", "unknown")
    assert _said("服务器错误") == ("unknown", "unknown")


# -- a Gemini prompt block under a relay's 429 (reworded family 7) ------------------------------
# https://github.com/immersive-translate/immersive-translate/issues/2505
BLOCKED = ('翻译服务或网络似乎出了点问题...\n您当前所使用的 [Gemini] 服务因网络连接或服务器问题暂时'
           '无法访问。另外，您也可能需要检查您的网络或代理设置。\n错误原因：429: '
           '{"code":429,"error":"gemini Error when proxying request: gemini Error when '
           'proxying request: {\\"error\\":'
           '{\\"message\\":\\"blocked: prompt: BlockedReasonProhibitedContent () (request id: '
           '2025020219165683414417178715728)\\",\\"type\\":\\"one_api_error\\",\\"param\\":\\"\\",'
           '\\"code\\":\\"do_request_failed\\"}}"}')


def test_a_prompt_block_is_a_bad_request_over_the_relays_429() -> None:
    assert _said(BLOCKED, 429) == ("unknown", "bad-request")


def test_a_real_gemini_429_through_the_same_app_stays_a_rate_limit() -> None:
    # https://github.com/immersive-translate/immersive-translate/issues/2836
    text = ('429: { "error": { "code": 429, "message": "Resource has been exhausted (e.g. check '
            'quota).", "status": "RESOURCE_EXHAUSTED" } }')
    assert _said(text, 429) == ("google", "rate-limited")


# -- a bare openai.com link in an app's toast (reworded family 5) -------------------------------
# https://github.com/gencay/vscode-chatgpt/issues/49
APP_TOAST = ("An error occurred. If this issue persists please clear your session token with "
             "ChatGPT: Reset session command and/or restart your Visual Studio Code. If you still "
             "experience issues, it may be due to outage on https://openai.com/ services.")


def test_an_apps_bare_openai_link_names_no_one() -> None:
    assert _said(APP_TOAST) == ("unknown", "unknown")


def test_the_addresses_openai_writes_in_its_own_bodies_still_count() -> None:
    assert _said("Rate limit reached for tokens. Limit: 150000.000000 / min. Current: "
                 "176000.000000 / min. Contact support@openai.com if you continue to have "
                 "issues.")[0] == "openai"
    assert _said("Incorrect API key provided: sk-abc***xyz. You can find your API key at "
                 "https://platform.openai.com/account/api-keys.")[0] == "openai"
