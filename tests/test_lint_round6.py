"""What lint learnt from renaming the corpus's tune files (issue 12): a mistake in a value is
still found when the variable's name is one no row knows (APP_GROQ_MODEL, a key under a
name of the app's own, APP_OPENAI_BASE_URL); each rule fires on its family and stays silent
on a look-alike."""

from __future__ import annotations

from lint_support import errors

from setup_wizard.lint.engine import lint_text

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
    assert errors("DATABASE_URL=http://db..local:5432/app\nAPP_HOMEPAGE=https://a..b.org\n"
                  "CHAT_MODEL=gemma3:12b\n") == set()


# -- a gateway an app builds from its parts -------------------------------------------------------
ACCOUNT = "5f1c2a9e8b7d4c3a2f1e0d9c8b7a6f5e"


def test_a_gateway_set_by_its_parts_with_no_token_is_refused() -> None:
    text = f"CLOUDFLARE_ACCOUNT_ID={ACCOUNT}\nCLOUDFLARE_GATEWAY_ID=my-gateway\n"
    found = [f for f in lint_text(text, environ={}) if f.code == "SW401"]
    assert [f.key for f in found] == ["CF_AIG_TOKEN"]
    assert "CLOUDFLARE_ACCOUNT_ID, CLOUDFLARE_GATEWAY_ID" in found[0].message


def test_a_gateway_set_by_its_parts_with_a_token_under_the_apps_name_is_fine() -> None:
    for token in ("CLOUDFLARE_API_TOKEN", "CF_AIG_TOKEN", "AI_GATEWAY_AUTH_TOKEN"):
        text = (f"CLOUDFLARE_ACCOUNT_ID={ACCOUNT}\nCLOUDFLARE_AI_GATEWAY_ID=my-gateway\n"
                f"{token}=cfut_" + "CoRpUsToKeN" * 4 + "\n")
        codes = {f.code for f in lint_text(text, environ={})}
        assert "SW401" not in codes and "SW404" not in codes, (token, codes)


def test_an_account_id_alone_is_no_gateway() -> None:
    assert "SW401" not in {f.code for f in lint_text(f"CLOUDFLARE_ACCOUNT_ID={ACCOUNT}\n",
                                                      environ={})}


# -- xAI's retired IDs still answer --------------------------------------------------------------
def test_an_xai_retired_id_is_a_warning_that_says_what_answers_now() -> None:
    found = lint_text("LLM_BASE_URL=https://api.x.ai/v1\nLLM_MODEL=grok-3\n", environ={})
    retired = [f for f in found if f.key == "LLM_MODEL"]
    assert [(f.code, f.severity) for f in retired] == [("SW313", "warning")]
    assert "served by grok-4.3" in retired[0].message and "refused" not in retired[0].message
    # A refusing provider's retirement stays an error.
    assert ("SW301", "MODEL") in errors(
        "OPENAI_BASE_URL=https://api.openai.com/v1\nMODEL=gpt-3.5-turbo\n")


# -- the second reading's cases --------------------------------------------------------------------
def test_a_side_model_under_the_providers_prefix_is_not_the_model() -> None:
    from setup_wizard.config.roles import resolve
    values = {"OPENAI_BASE_URL": "https://api.groq.com/openai/v1",
              "LLM_MODEL": "openai/gpt-oss-20b", "GROQ_GUARD_MODEL": "my-guard-model-v9"}
    assert resolve(values).name("model") == "LLM_MODEL"
    values["GROQ_MODEL"] = "openai/gpt-oss-120b"
    assert resolve(values).name("model") == "GROQ_MODEL"


def test_keys_of_two_providers_route_nowhere_in_either_order() -> None:
    a, b = f"SECRET_A={GSK}", "SECRET_B=sk-or-v1-" + "c0ffee42" * 8
    for first, second in ((a, b), (b, a)):
        text = f"{first}\n{second}\nMODEL=moonshotai/kimi-k2-instruct-0905\n"
        assert ("SW301", "MODEL") not in errors(text), text


def test_a_gateway_id_of_another_kind_is_no_ai_gateway() -> None:
    text = f"CLOUDFLARE_ACCOUNT_ID={ACCOUNT}\nAWS_API_GATEWAY_ID=a1b2c3\nGROQ_API_KEY={GSK}\n"
    assert "SW401" not in {f.code for f in lint_text(text, environ={})}


def test_a_gateway_by_parts_judges_the_token_it_has() -> None:
    base = f"CLOUDFLARE_ACCOUNT_ID={ACCOUNT}\nCLOUDFLARE_GATEWAY_ID=my-gateway\n"
    assert ("SW401", "CF_AIG_TOKEN") in errors(base + "CF_AIG_TOKEN=\n")
    assert ("SW401", "CF_AIG_TOKEN") in errors(base + "CLOUDFLARE_API_TOKEN=\n")
    assert ("SW403", "CF_AIG_TOKEN") in errors(base + f"CF_AIG_TOKEN={GSK}\n")
    found = [f for f in lint_text(base + "USE_AI_GATEWAY=true\n", environ={}) if f.code == "SW401"]
    assert len(found) == 1


def test_an_openai_key_going_to_openai_is_no_other_providers_wrong_key() -> None:
    # A file for an app that picks its provider (API_HOST): the Groq model does not make the
    # OpenAI key, which the OpenAI SDK sends to api.openai.com, a wrong key.
    key = "sk-proj-" + "CoRpUsStAnDiN" * 3
    text = (f"API_HOST=groq\nGROQ_API_KEY={GSK}\nGROQ_MODEL=openai/gpt-oss-20b\n"
            f"OPENAI_API_KEY={key}\nOPENAI_MODEL=gpt-6-luna\n")
    for t in (text, "\n".join(reversed(text.splitlines()))):
        assert not any(code == "SW504" for code, _ in errors(t)), t
    assert ("SW504", "OPENAI_API_KEY") in errors(f"OPENAI_API_KEY={GSK}\n")


# -- keys that start with sk- but are not OpenAI's -------------------------------------------------
def test_an_anthropic_key_beside_another_providers_url_is_anthropics_own() -> None:
    # Found by adding an Anthropic block to every right tune file: the sk-ant- key was read as
    # an OpenAI key sent to Groq.
    ant = "sk-ant-api03-" + "CoRpUsStAnDiN" * 6
    for before in ("", f"OPENAI_API_KEY={GSK}\nOPENAI_MODEL=openai/gpt-oss-20b\n"):
        text = (f"OPENAI_BASE_URL=https://api.groq.com/openai/v1\n{before}"
                f"ANTHROPIC_API_KEY={ant}\nANTHROPIC_MODEL=claude-opus-4-5\n")
        assert errors(text) == set(), text


def test_an_openrouter_key_sent_to_openai_is_the_wrong_key() -> None:
    text = ("OPENAI_BASE_URL=https://api.openai.com/v1\nOPENAI_API_KEY=sk-or-v1-" + "c0ffee42" * 8
            + "\nOPENAI_MODEL=gpt-6-luna\n")
    assert ("SW504", "OPENAI_API_KEY") in errors(text)


# -- the second reading of the later changes -------------------------------------------------------
def test_a_model_named_for_an_unconfigured_provider_is_still_the_model() -> None:
    from setup_wizard.config.roles import resolve
    values = {"OPENAI_BASE_URL": "https://openrouter.ai/api/v1",
              "OPENAI_API_KEY": "sk-or-v1-" + "c0ffee42" * 8, "GROQ_MODEL": "openai/gpt-oss-20b"}
    assert resolve(values).name("model") == "GROQ_MODEL"  # probe sends it: no Groq client here
    values["GROQ_API_KEY"] = GSK  # now GROQ_MODEL is the Groq client's
    assert resolve(values).bindings.get("model") is None
    assert resolve({"LLM_BASE_URL": "https://api.groq.com/openai/v1",
                    "LLM_OPENAI_MODEL": "gpt-4o"}).name("model") == "LLM_OPENAI_MODEL"


def test_an_anthropic_key_for_another_providers_url_says_whose_it_is() -> None:
    ant = "sk-ant-api03-" + "CoRpUsStAnDiN" * 6
    text = (f"LLM_BASE_URL=https://api.groq.com/openai/v1\nLLM_API_KEY={ant}\n"
            "LLM_MODEL=openai/gpt-oss-20b\n")
    found = [f for f in lint_text(text, environ={}) if f.code == "SW504"]
    assert [f.key for f in found] == ["LLM_API_KEY"]
    assert "holds an Anthropic key" in found[0].message and ant not in found[0].message
    text = (f"OPENAI_BASE_URL=https://api.openai.com/v1\nOPENAI_API_KEY={ant}\n"
            "OPENAI_MODEL=gpt-6-luna\n")
    found = [f for f in lint_text(text, environ={}) if f.key == "OPENAI_API_KEY"]
    assert [f.code for f in found] == ["SW504"] and "an OpenAI key" in found[0].message


def test_the_groq_sdks_doubled_path_says_how_an_app_with_its_own_client_silences_it() -> None:
    # Two right tune files read GROQ_BASE_URL with their own clients; issue 12's rule (the
    # Groq SDK appends /openai/v1) stays, and the finding says what to do in that case.
    text = f"GROQ_API_KEY={GSK}\nGROQ_BASE_URL=https://api.groq.com/openai/v1\n"
    found = [f for f in lint_text(text, environ={}) if f.code == "SW222"]
    assert len(found) == 1 and "# setup-wizard: ignore[SW222]" in found[0].message
    silenced = text.replace("GROQ_BASE_URL", "# setup-wizard: ignore[SW222]\nGROQ_BASE_URL")
    assert errors(silenced) == set()
