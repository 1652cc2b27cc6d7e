"""Evidence added in round 16 from the openai2 probe (issue #13): OpenAI's own answers and the
look-alikes that copy its words. Azure OpenAI serves OpenAI's APIs, and vLLM and relays copy
its sentences, so a sentence they share names OpenAI only beside another sign of OpenAI's; a
sentence about OpenAI's own organizations, plans or backend names it alone. Each family fires
on its source's verbatim text and stays silent on a look-alike."""

from __future__ import annotations

from diagnose_support import who

from setup_wizard.diagnose.classify import classify
from setup_wizard.diagnose.diagnosis import Sent
from setup_wizard.diagnose.pasted import parse

# -- Family 1: the Realtime API's access refusals, and its retired beta interface ------------
# https://github.com/livekit/agents/issues/994
REALTIME_ORG = ("Your organization does not have access to the Realtime API. We're in the "
                "process of rolling out to all developers.")
LIVEKIT_EVENT = ("ERROR livekit.plugins.openai.realtime - OpenAI S2S error {'type': 'error', "
                 "'event_id': 'event_ANGkyIaX34YNPy9NQphGm', 'error': {'type': "
                 "'invalid_request_error', 'code': 'access_not_enabled', 'message': \"Your "
                 "organization does not have access to the Realtime API. We're in the process of "
                 "rolling out to all developers.\", 'param': None, 'event_id': None}}")
# https://github.com/openai/openai-realtime-console/issues/12
REALTIME_PERSONAL = "Personal does not have access to the Realtime API."
# https://github.com/infinitocloud/asterisk_to_openai_rt_community/issues/4
REALTIME_BETA = ("[ERROR] OpenAI error for 1779354710.120956: The Realtime Beta API is no longer "
                 "supported. Please use /v1/realtime for the GA API.")


def test_the_realtime_apis_access_refusal_is_openais_permission() -> None:
    assert who(REALTIME_ORG) == ("openai", "permission-denied")
    assert who(REALTIME_PERSONAL) == ("openai", "permission-denied")
    # In its error event the code says why, over the event's invalid_request_error.
    assert who(LIVEKIT_EVENT) == ("openai", "permission-denied")


def test_the_realtime_event_with_a_validators_message_stays_a_bad_request() -> None:
    # https://github.com/pipecat-ai/pipecat/issues/2106: the same event shape (Azure's Realtime
    # speaks it too), the validator's words: nobody named, a bad request.
    pipecat = ("A fatal error occurred: ErrorFrame#1(error: Error: event_id='event_BobedUl333Nb1"
               "OtoyABG1' type='error' error=RealtimeError(type='invalid_request_error', "
               "code='invalid_value', message='Audio content of 2450ms is already shorter than "
               "2535ms', param=None, event_id=None), fatal: True)")
    assert who(pipecat) == ("unknown", "bad-request")
    # Access to a model, in other words, is not this row's.
    assert who("Your organization does not have access to model gpt-4o.")[0] == "unknown"


def test_a_retired_interface_is_a_bad_request_not_a_retired_model() -> None:
    assert who(REALTIME_BETA)[1] == "bad-request"
    assert who("This endpoint is no longer supported.")[1] == "bad-request"


def test_a_retired_model_stays_decommissioned() -> None:
    groq = ("The model `llama3-70b-8192` has been decommissioned and is no longer supported. "
            "Please refer to https://console.groq.com/docs/deprecations for a recommendation on "
            "which model to use instead.")
    assert who(groq) == ("groq", "model-decommissioned")
    assert who("The model gpt-4-vision-preview is no longer supported.")[1] == \
        "model-decommissioned"


# -- Family 2: a ChatGPT plan's limits and ChatGPT's backend at capacity ---------------------
# https://github.com/james-6-23/codex2api/issues/9 (429)
CODEX_PLAN = ('{"error":{"type":"usage_limit_reached","message":"The usage limit has been '
              'reached","plan_type":"free","resets_at":1775317531,"resets_in_seconds":602705}}')
# https://github.com/earendil-works/pi/issues/4172 (cut off where the source's paste ends)
PI_CODEX = ('Error: Codex error: {"type":"error","error":{"type":"usage_limit_reached","message":'
            '"The usage limit has been reached","plan_type":"plus","resets_at":1777936568,'
            '"eligible_promo":null,"resets_in_seconds":13872},"status_code":429,"headers":'
            '{"X-Codex-Active-Limit":"premium","X-Codex-Plan-Type":"plus","X-Codex-Primary-Used-'
            'Percent":"100","X-Codex-Secondary-Used-Percent":"80","X-Codex-Primary-Window-Minutes'
            '":"300","X-Codex-Primary-Over-Secondary-Limit-Percent":"0","X-Codex-Secondary-Window'
            '-Minutes":"10080","X-Codex-Primary-Reset-After-Seconds":"13873","X-Codex-Secondary-'
            'Reset-After-Seconds":"316705')
# https://github.com/openai/codex/issues/3899
CODEX_UPGRADE = ("■ You've hit your usage limit. Upgrade to Pro (https://openai.com/chatgpt/"
                 "pricing) or try again in 5 days 22 hours 11 minutes.")
# https://github.com/Wei-Shaw/sub2api/issues/5827
CODEX_CAPACITY = "Selected model is at capacity. Please try a different model."
# https://github.com/Wei-Shaw/sub2api/issues/1843
CODEX_ROOM = ("Codex ran out of room in the model's context window. Start a new thread or clear "
              "earlier history before retrying.")


def test_a_chatgpt_plans_usage_limit_is_openais_quota() -> None:
    assert who(CODEX_PLAN, 429) == ("openai", "quota-exhausted")
    assert who(CODEX_PLAN) == ("openai", "quota-exhausted")
    # In Anthropic's outer shape, with the plan's fields and headers: still ChatGPT's backend.
    assert who(PI_CODEX) == ("openai", "quota-exhausted")
    assert who(CODEX_UPGRADE) == ("openai", "quota-exhausted")


def test_usage_limit_reached_without_a_plans_field_names_no_one() -> None:
    # Another service's own code of the same name (a news API's monthly quota, in a client's
    # recorded test), the bare code as an app prints it, Claude Code's session limit.
    assert who('{"error":{"code":"usage_limit_reached","message":"Usage limit reached."}}',
               429)[0] == "unknown"
    assert who("usage_limit_reached: The usage limit has been reached", 429)[0] == "unknown"
    assert who('{"type":"error","error":{"type":"usage_limit_reached","message":"The session '
               'usage limit has been reached","resets_at":"2026-10-10T13:00:00+09:00"}}'
               )[0] == "unknown"
    # An app's own plan, its own pricing page.
    assert who("You've hit your free requests limit. Upgrade to Pro for more usage: "
               "https://cursor.com/pricing") == ("unknown", "quota-exhausted")


def test_chatgpts_capacity_sentence_is_openais_and_at_capacity_alone_is_anyones() -> None:
    assert who(CODEX_CAPACITY) == ("openai", "provider-server-error")
    assert who("This model is at capacity.") == ("unknown", "provider-server-error")


def test_codexs_context_window_sentence_is_a_bad_request_from_no_one_named() -> None:
    assert who(CODEX_ROOM) == ("unknown", "bad-request")


# -- Family 3: the OpenAI-Organization header's organization does not exist ------------------
# https://github.com/tom-doerr/zsh_codex/issues/5
ZSH_CODEX = "openai.error.AuthenticationError: No such organization: Personal."
# https://github.com/Aider-AI/aider/issues/3717
AIDER_ORG = "litellm.BadRequestError: OpenAIException - no such organization : null"


def test_no_such_organization_beside_an_openai_client_is_openais_wrong_header() -> None:
    assert who(ZSH_CODEX) == ("openai", "provider-auth-invalid")
    assert who(AIDER_ORG) == ("openai", "provider-auth-invalid")
    # The sentence alone says why, not who (common words); OpenAI's code names it.
    assert who("No such organization: Personal.") == ("unknown", "provider-auth-invalid")
    assert who('{"error":{"message":"No such organization: org-abc.","type":'
               '"invalid_request_error","param":null,"code":"invalid_organization"}}') == \
        ("openai", "provider-auth-invalid")


def test_another_tools_no_such_organization_is_no_key_refusal() -> None:
    # fly.io's CLI and apps' own 404 words: no organization named after a colon.
    assert who("Error: no such organization") == ("unknown", "unknown")
    assert who("No such organization.") == ("unknown", "unknown")


# -- Family 4: cause words read in their context ----------------------------------------------
# https://github.com/openai/openai-python/issues/2084
BATCH_QUEUE = ("BatchError(code='token_limit_exceeded', line=None, message='Enqueued token limit "
               "reached for gpt-4o-mini in organization org-snq6hvcTYRCMyB87hjZjkoFr. Limit: "
               "2,000,000 enqueued tokens. Please try again once some in_progress batches have "
               "been completed.', param=None)")
# https://github.com/johny-b/llmcomp/issues/59
FINE_TUNE_FILE = ("The job failed due to a file format error in the training file. Invalid file "
                  "format. Example 6174 message contains an invalid token: <|fim_suffix|>.")


def test_the_batch_queues_token_allowance_is_a_rate_limit() -> None:
    assert who(BATCH_QUEUE) == ("openai", "rate-limited")


def test_a_batch_too_large_by_itself_is_no_rate_limit() -> None:
    # Voyage's (https://github.com/kenn-io/agentsview/issues/1356): a request too large.
    assert who("The max allowed tokens per submitted batch is 120000.")[1] != "rate-limited"


def test_a_training_files_invalid_token_is_a_bad_request_not_a_key() -> None:
    assert who(FINE_TUNE_FILE) == ("unknown", "bad-request")


def test_an_invalid_key_or_token_stays_a_refused_credential() -> None:
    # DeepSeek's (https://github.com/continuedev/continue/issues/10352) and a relay's.
    assert who("401 Authentication Fails, Your api key: ****json is invalid") == \
        ("unknown", "provider-auth-invalid")
    assert who("401 invalid token") == ("unknown", "provider-auth-invalid")


# -- Family 5: image moderation; DALL-E's sentence that Azure writes too --------------------
# https://github.com/mishl-dev/Discord-AI-Chatbot/issues/160 (a third-party API provider)
DALLE_BARE = ("Your request was rejected as a result of our safety system. Your prompt may contain "
              "text that is not allowed by our safety system.\nPlease revise your prompt.")
# https://github.com/songquanpeng/one-api/issues/737 (OpenAI's body, param null, passed through)
DALLE_BODY = ('{\n  "error": {\n    "code": "content_policy_violation",\n    "message": "Your '
              'request was rejected as a result of our safety system. Your prompt may contain '
              'text that is not allowed by our safety system.",\n    "param": null,\n    "type": '
              '"invalid_request_error"\n  }\n}')
# https://github.com/BerriAI/litellm/issues/16072 (Azure OpenAI's DALL-E 3)
DALLE_AZURE = ('litellm.BadRequestError: litellm.ContentPolicyViolationError: litellm.'
               'ContentPolicyViolationError: AzureException - {"error":{"code":"content_policy_'
               'violation","inner_error":{"code":"ResponsibleAIPolicyViolation","content_filter_'
               'results":{"jailbreak":{"detected":false,"filtered":false}}},"message":"Your '
               'request was rejected as a result of our safety system. Your prompt may contain '
               'text that is not allowed by our safety system.","type":"invalid_request_error"}}')
# https://github.com/ucx0204/CarrotMangaTranslator/issues/122
IMAGE_MODERATION = ("Your request was rejected by the safety system. If you believe this is an "
                    "error, contact us at help.openai.com and include the request ID "
                    "b68e1d8f-31a3-4a04-aa41-bf442d857ccd. safety_violations=[sexual].")
# https://github.com/ezzcodeezzlife/dalle2-in-python/pull/15
DALLE2_TASK = ("Task rejected: {'type': 'error', 'message': 'Your task failed as a result of our "
               "safety system.', 'code': 'task_failed_text_safety_system'}")


def test_dalles_safety_sentence_alone_gives_the_cause_only() -> None:
    assert who(DALLE_BARE) == ("unknown", "bad-request")
    assert who(DALLE_AZURE) == ("unknown", "bad-request")


def test_dalles_safety_sentence_in_openais_body_is_openais() -> None:
    assert who(DALLE_BODY, 400) == ("openai", "bad-request")


def test_the_image_moderations_newer_words_are_a_bad_request() -> None:
    assert who(IMAGE_MODERATION) == ("openai", "bad-request")
    assert who(DALLE2_TASK)[1] == "bad-request"


def test_azures_content_filter_is_not_openais_moderation() -> None:
    # https://github.com/run-llama/llama_index/issues/3939
    azure = ("InvalidRequestError: The response was filtered due to the prompt triggering Azure "
             "OpenAI’s content management policy. Please modify your prompt and retry.")
    assert who(azure) == ("unknown", "bad-request")
    # "safety system" in an app's own words is no moderation refusal.
    assert who("Our safety system is being upgraded tonight.") == ("unknown", "unknown")


# -- Spring's <EOL> marks (what family 5b's OpenAI body needs when Spring printed it) ---------
# https://github.com/tipi-tapi/ai-paint-today-BE/issues/210 (RestTemplate's print, 400)
SPRING_DALLE = ('400 Bad Request: "{<EOL>  "error": {<EOL>    "code": "content_policy_violation",'
                '<EOL>    "message": "Your request was rejected as a result of our safety system. '
                'Your prompt may contain text that is not allowed by our safety system.",<EOL>    '
                '"param": null,<EOL>    "type": "invalid_request_error"<EOL>  }<EOL>}<EOL>"')


def test_springs_eol_marks_are_the_bodys_line_breaks() -> None:
    assert who(SPRING_DALLE, 400) == ("openai", "bad-request")
    assert who(SPRING_DALLE) == ("openai", "bad-request")


def test_eol_in_words_is_left_as_it_is() -> None:
    text = "The parser saw <EOL> where it wanted a value: 400 Bad Request"
    assert parse(text).notes[0] != "pasted: Spring's <EOL> marks read as the body's line breaks"
    assert who(text) == ("unknown", "bad-request")


# -- Family 6: FastAPI's default details are any FastAPI server's, not Mistral's -------------
# https://github.com/openai/codex/issues/12764 (ChatGPT's Codex backend, its URL left out)
CODEX_DETAIL = 'unexpected status 401 Unauthorized: {"detail":"Unauthorized"},'
CODEX_DETAIL_URL = ('unexpected status 401 Unauthorized: {"detail":"Unauthorized"}, url: '
                    'https://chatgpt.com/backend-api/codex/responses, cf-ray: '
                    '9d5fc7ca2f327737-LHR')


def test_starlettes_default_detail_names_no_one() -> None:
    assert who(CODEX_DETAIL) == ("unknown", "provider-auth-invalid")
    assert who('{"detail":"Unauthorized"}', 401) == ("unknown", "provider-auth-invalid")
    assert who('{"detail":"Forbidden"}', 403) == ("unknown", "permission-denied")
    # ChatGPT's backend's own URL beside it names OpenAI.
    assert who(CODEX_DETAIL_URL) == ("openai", "provider-auth-invalid")


def test_mistrals_marks_beside_the_default_detail_still_name_mistral() -> None:
    # Mistral's SDK (https://github.com/cline/cline/issues/6235), its host, its own sentence.
    assert who('API error occurred: Status 401 Content-Type application/json; charset=utf-8 '
               'Body \n{"detail":"Unauthorized"}') == ("mistral", "provider-auth-invalid")
    assert who('POST https://api.mistral.ai/v1/chat/completions 401 {"detail":"Unauthorized"}'
               ) == ("mistral", "provider-auth-invalid")
    assert who('{"detail":"Invalid API Key"}', 401) == ("mistral", "provider-auth-invalid")


def test_the_default_detail_from_where_it_was_sent_is_that_providers() -> None:
    d = classify(401, {}, b'{"detail":"Unauthorized"}', Sent(provider="mistral", mode="direct"))
    assert (d.origin, d.cause) == ("mistral", "provider-auth-invalid")


# -- Family 7: a relay's imitation of OpenAI's body; the third wording of a banned account ---
# https://github.com/aandrew-me/tgpt/issues/171 (tgpt's free relay, 401)
RELAY_DEACTIVATED = ('{"error":{"message":"Your OpenAI account has been deactivated, please check '
                     'your email for more information. If you feel this is an error, contact us '
                     'through our help center at help.openai.com.","type":"requests","param":'
                     '"fk-zgvjbgxrZZudp1XFjScrlpr********************","code":null}}')
# https://github.com/ChatGPTNextWeb/NextChat/issues/2782 (OpenAI's own, 401)
OPENAI_DEACTIVATED = ('{\n  "error": {\n    "message": "The OpenAI account associated with this '
                      'API key has been deactivated. If you are the developer for this OpenAI '
                      'app, please check your email for more information. If you are seeing '
                      'this error while using another app or site, please reach out to them for '
                      'more help.",\n    "type": "invalid_request_error",\n    "param": null,\n'
                      '    "code": "account_deactivated"\n  }\n}')


def test_a_key_in_param_marks_a_relays_body_and_the_ban_is_a_permission() -> None:
    assert who(RELAY_DEACTIVATED, 401) == ("unknown", "permission-denied")
    assert who(RELAY_DEACTIVATED) == ("unknown", "permission-denied")


def test_openais_own_deactivated_bodies_stay_openais() -> None:
    assert who(OPENAI_DEACTIVATED, 401) == ("openai", "permission-denied")
    # The third wording in OpenAI's own body (ChatGPT's sign-in service, as relays' tests
    # record it): param null, its code.
    assert who('{"error":{"message":"Your OpenAI account has been deactivated, please check your '
               'email for more information.","type":"invalid_request_error","code":'
               '"account_deactivated","param":null},"status":401}') == \
        ("openai", "permission-denied")
    # A parameter's name in param is no key.
    assert who('{"error":{"message":"Unknown parameter: \'input_audio_transcription\'.","type":'
               '"invalid_request_error","param":"input_audio_transcription","code":'
               '"unknown_parameter"}}', 400) == ("openai", "bad-request")
