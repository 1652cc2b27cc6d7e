"""What lint learnt in session 8 (issue 12, tune half only). Each rule fires on its family
and stays silent on a look-alike."""

from __future__ import annotations

from setup_wizard.lint.engine import lint_text

GROQ_WHOLE = "GROQ_BASE_URL=https://api.groq.com/openai/v1\n"


def _codes(text: str, *codes: str) -> list[tuple[str, str | None, str]]:
    return [(f.code, f.key, f.severity) for f in lint_text(text, environ={}) if f.code in codes]


def test_an_sdks_base_written_whole_beside_the_files_other_whole_bases_is_a_warning() -> None:
    # The file's own convention (OPENROUTER_BASE_URL with its /api/v1) says the app hands its
    # bases to a client of its own; the Groq SDK would still double the path.
    for sibling in ("OPENROUTER_BASE_URL=https://openrouter.ai/api/v1\n",
                    "DEEPSEEK_API_BASE=https://api.deepseek.com/v1\n",
                    "MISTRAL_ENDPOINT=https://api.mistral.ai/v1/\n"):
        found = lint_text(GROQ_WHOLE + sibling, environ={})
        assert _codes(GROQ_WHOLE + sibling, "SW222", "SW230") == [
            ("SW230", "GROQ_BASE_URL", "warning")], sibling
        f = next(f for f in found if f.code == "SW230")
        assert sibling.split("=")[0] in f.message
        assert (f.fix or "").startswith("set GROQ_BASE_URL=https://api.groq.com only if the SDK")


def test_without_a_whole_base_of_the_files_own_the_groq_sdks_rule_stands() -> None:
    for sibling in ("",
                    # The OpenAI SDK's own name says nothing of the app's convention.
                    "OPENAI_BASE_URL=https://api.openai.com/v1\n",
                    # A bare host is what an appending client wants: no whole base.
                    "DEEPSEEK_BASE_URL=https://api.deepseek.com\n",
                    # A local server's URL is not a provider's base.
                    "OLLAMA_API_BASE=http://localhost:11434/v1\n",
                    # Groq's own base under the app's name: the app's client reads that name,
                    # and GROQ_BASE_URL is left to what reads it (the SDK): not another's.
                    "LLM_BASE_URL=https://api.groq.com/openai/v1\n"):
        assert _codes(GROQ_WHOLE + sibling, "SW222", "SW230") == [
            ("SW222", "GROQ_BASE_URL", "error")], sibling


def test_the_right_groq_sdk_base_beside_whole_bases_stays_clean() -> None:
    text = "GROQ_BASE_URL=https://api.groq.com\nOPENROUTER_BASE_URL=https://openrouter.ai/api/v1\n"
    assert _codes(text, "SW222", "SW230") == []


def test_an_llm_choice_name_is_a_model() -> None:
    # The ottomator agents name their models LLM_CHOICE and INGESTION_LLM_CHOICE.
    text = ("LLM_BASE_URL=https://api.openai.com/v1\nLLM_CHOICE=gpt-4.1-mini\n"
            "INGESTION_LLM_CHOICE=gpt-4.1-nano\n")
    assert _codes(text, "SW301") == [("SW301", "INGESTION_LLM_CHOICE", "error")]
    # A choice of something else is not a model.
    assert _codes("LLM_BASE_URL=https://api.openai.com/v1\nSEARCH_CHOICE=gpt-4.1-nano\n",
                  "SW301") == []


def test_an_ignore_of_sw222_as_its_message_says_also_silences_sw230() -> None:
    # SW222 tells an app with a client of its own to write ignore[SW222]; the softer SW230 is
    # the same finding, so a file that followed that advice stays quiet.
    for comment in ("# setup-wizard: ignore[SW222]\n" + GROQ_WHOLE,
                    GROQ_WHOLE.rstrip("\n") + "  # setup-wizard: ignore[SW222]\n"):
        text = comment + "OPENROUTER_BASE_URL=https://openrouter.ai/api/v1\n"
        assert _codes(text, "SW222", "SW230") == [], comment
    # Another code's ignore does not.
    text = ("# setup-wizard: ignore[SW229]\n" + GROQ_WHOLE +
            "OPENROUTER_BASE_URL=https://openrouter.ai/api/v1\n")
    assert _codes(text, "SW222", "SW230") == [("SW230", "GROQ_BASE_URL", "warning")]


def test_the_other_fixes_of_a_sw230_url_keep_its_path() -> None:
    # SW230 says the path is most likely right: an error on the same URL (http://, a slash,
    # credentials) must not tell the user to drop it.
    for value, code in (("http://api.groq.com/openai/v1", "SW211"),
                        ("https://api.groq.com/openai/v1/", "SW214")):
        text = f"GROQ_BASE_URL={value}\nOPENROUTER_BASE_URL=https://openrouter.ai/api/v1\n"
        found = {f.code: f for f in lint_text(text, environ={})}
        assert found[code].fix == "set GROQ_BASE_URL=https://api.groq.com/openai/v1", value
        assert (found["SW230"].fix or "").startswith("set GROQ_BASE_URL=https://api.groq.com "
                                                     "only if"), value
    # Without a whole base of the file's own, the SDK's fix stands for every finding.
    found = {f.code: f for f in lint_text("GROQ_BASE_URL=http://api.groq.com/openai/v1\n",
                                          environ={})}
    assert found["SW211"].fix == "set GROQ_BASE_URL=https://api.groq.com"


def test_nextchats_model_list_judges_each_model_by_the_vendor_it_names() -> None:
    text = ("CUSTOM_MODELS=-all,+glm-4-flash@ChatGLM,+deepseek-chat@DeepSeek=DS\n"
            "DEEPSEEK_URL=https://api.deepseek.com\n")
    found = [f for f in lint_text(text, environ={}) if f.code == "SW301"]
    assert [(f.key, f.severity) for f in found] == [("CUSTOM_MODELS", "error")]
    # The fix replaces that one item and keeps the others, its vendor and its shown name.
    assert found[0].fix == ("set CUSTOM_MODELS=-all,+glm-4-flash@ChatGLM,"
                            "+deepseek-v4-flash@DeepSeek=DS")
    # Not judged: a hidden model, a vendor this tool has no catalog of, a relay in front of
    # the vendor (it may still serve the old name), a model with no vendor named.
    for quiet in ("CUSTOM_MODELS=-deepseek-chat@DeepSeek,+gpt-4o\n",
                  "CUSTOM_MODELS=+gpt-3.5-turbo@Azure=gpt35\n",
                  "CUSTOM_MODELS=+deepseek-chat@DeepSeek\nDEEPSEEK_URL=https://relay.example.com\n",
                  "CUSTOM_MODELS=+deepseek-chat\n"):
        assert _codes(quiet, "SW301", "SW105", "SW109") == [], quiet


def test_nextchats_model_list_beside_an_unreadable_vendor_url_is_not_judged() -> None:
    # An unclosed [ in BASE_URL's host: not the vendor's own API, and no internal error.
    text = "CUSTOM_MODELS=+deepseek-chat@DeepSeek\nDEEPSEEK_URL=http://[oops\n"
    assert _codes(text, "SW301") == []


def test_each_fix_of_nextchats_model_list_replaces_every_retired_item() -> None:
    text = ("CUSTOM_MODELS=+deepseek-chat@DeepSeek,+gpt-4o@OpenAI,"
            "+deepseek-reasoner@DeepSeek=R1,+deepseek-chat@DeepSeek=DS\n")
    found = [f for f in lint_text(text, environ={}) if f.code == "SW301"]
    # One finding per retired model (deepseek-chat is listed twice), each fix the whole list
    # with both replaced: applying either alone leaves no retired item behind.
    assert sorted(f.message.split("'")[1] for f in found) == ["deepseek-chat",
                                                             "deepseek-reasoner"]
    whole = ("set CUSTOM_MODELS=+deepseek-v4-flash@DeepSeek,+gpt-4o@OpenAI,"
             "+deepseek-v4-flash@DeepSeek=R1,+deepseek-v4-flash@DeepSeek=DS")
    assert [f.fix for f in found] == [whole, whole]


def test_a_key_pasted_into_nextchats_model_list_is_masked_in_the_fix() -> None:
    key = "gsk_" + "Ab1" * 17
    text = f"CUSTOM_MODELS=+deepseek-chat@DeepSeek,+{key}@DeepSeek\n"
    found = [f for f in lint_text(text, environ={}) if f.code == "SW301"]
    assert found and all(key not in f"{f.message} {f.fix}" for f in found)
    assert all(key[4:-4] not in f"{f.message} {f.fix}" for f in lint_text(text, environ={}))


def test_nextchat_vendor_after_the_last_at_sign_and_embedding_choices_are_not_models() -> None:
    # NextChat's own example: claude-3-5-sonnet@20240620@Google is a Google (Vertex) model.
    assert _codes("CUSTOM_MODELS=+deepseek-chat@x@DeepSeek\n", "SW301") == []
    assert _codes("CUSTOM_MODELS=+deepseek-chat@DeepSeek\n", "SW301") == [
        ("SW301", "CUSTOM_MODELS", "error")]
    assert _codes("LLM_BASE_URL=https://api.openai.com/v1\nEMBEDDING_LLM_CHOICE=gpt-4.1-nano\n",
                  "SW301") == []


def test_a_providers_bare_host_is_a_warning_only_for_an_app_lint_does_not_know() -> None:
    # NextChat's BASE_URL=https://api.openai.com is right: it appends /v1 itself.
    assert _codes("BASE_URL=https://api.openai.com\n", "SW222", "SW231") == [
        ("SW231", "BASE_URL", "warning")]
    # The OpenAI SDK's own name needs the whole base; a wrong path is wrong for every client.
    assert _codes("OPENAI_BASE_URL=https://api.openai.com\n", "SW222", "SW231") == [
        ("SW222", "OPENAI_BASE_URL", "error")]
    assert _codes("LLM_BASE_URL=https://api.openai.com/v2\n", "SW222", "SW231") == [
        ("SW222", "LLM_BASE_URL", "error")]
