"""What lint learnt from renaming the corpus's tune files (issue 12): a mistake in a value is
still found when the variable's name is one no row knows (APP_GROQ_MODEL, a key under a
name of the app's own, APP_OPENAI_BASE_URL); each rule fires on its family and stays silent
on a look-alike."""

from __future__ import annotations

from lint_support import errors

GSK = "gsk_" + "CoRpUsStAnDiN" * 4


def test_a_provider_named_inside_a_models_name_judges_it() -> None:
    for text in (f"APP_GROQ_API_KEY={GSK}\nAPP_GROQ_MODEL=qwen/qwen3-32b\n",
                 "MODEL=openai/gpt-oss-20b\nAPP_GROQ_MODEL=qwen/qwen3-32b\n"):
        assert ("SW301", "APP_GROQ_MODEL") in errors(text), text


def test_another_service_named_first_keeps_the_model_its_own() -> None:
    # Azure's deployment of an OpenAI model: not OpenAI's API, not judged against it.
    assert errors("AZURE_OPENAI_ENDPOINT=https://x.openai.azure.com\n"
                  "AZURE_OPENAI_MODEL=o3-mini\n") == set()


def test_a_key_under_the_apps_own_name_says_where_requests_go() -> None:
    # No base URL; a gsk_ key under a name no row knows: the requests go to Groq.
    # (qwen/qwen3-32b: a vendor/model id, judged only where the requests go)
    text = f"BOT_SECRET_KEY={GSK}\nCHAT_MODEL=qwen/qwen3-32b\n"
    assert ("SW301", "CHAT_MODEL") in errors(text)


def test_a_key_shape_several_providers_issue_says_nowhere() -> None:
    text = "BOT_SECRET_KEY=sk-" + "CoRpUsStAnDiN" * 3 + "\nCHAT_MODEL=qwen/qwen3-32b\n"
    assert ("SW301", "CHAT_MODEL") not in errors(text)


def test_a_well_known_key_name_still_goes_to_its_clients_host() -> None:
    # OPENAI_API_KEY is the OpenAI SDK's: without a base URL it goes to api.openai.com.
    assert ("SW504", "OPENAI_API_KEY") in errors(f"OPENAI_API_KEY={GSK}\n")


def test_an_api_url_under_an_unknown_name_with_two_dots_together() -> None:
    text = "APP_OPENAI_BASE_URL=http://192.168..50:11434/v1\nAPP_OPENAI_MODEL=gemma3:12b\n"
    assert ("SW227", "APP_OPENAI_BASE_URL") in errors(text)
    text = "MY_LLM_API_URL=https://llm..example.com/v1\nCHAT_MODEL=gemma3:12b\n"
    assert ("SW227", "MY_LLM_API_URL") in errors(text)


def test_two_dots_in_a_url_that_is_no_api_url_are_not_lints() -> None:
    assert errors("DATABASE_URL=http://db..local:5432/app\nAPP_SITE_URL=https://a..b.org\n"
                  "CHAT_MODEL=gemma3:12b\n") == set()
