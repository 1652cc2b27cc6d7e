"""Evidence added in round 16 from the openai2 probe (issue #13): OpenAI's own answers and the
look-alikes that copy its words. Azure OpenAI serves OpenAI's APIs, and vLLM and relays copy
its sentences, so a sentence they share names OpenAI only beside another sign of OpenAI's; a
sentence about OpenAI's own organizations, plans or backend names it alone. Each family fires
on its source's verbatim text and stays silent on a look-alike."""

from __future__ import annotations

from diagnose_support import who

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
