"""What lint learnt in session 9 (issue 12). Each rule fires on its family and stays silent on
a look-alike."""

from __future__ import annotations

from setup_wizard.lint.engine import lint_text


def _codes(text: str, *codes: str) -> list[tuple[str | None, str]]:
    return [(f.key, f.severity) for f in lint_text(text, environ={}) if f.code in codes]


def test_gemini_previews_the_deprecations_page_marks_shut_down_are_an_error() -> None:
    for model in ("gemini-2.5-pro-preview-03-25", "gemini-2.5-pro-preview-06-05",
                  "gemini-3-pro-preview"):
        for text, name in ((f"GEMINI_MODEL={model}\n", "GEMINI_MODEL"),
                           (f"LLM_MODEL=gemini/{model}\n", "LLM_MODEL")):
            assert _codes(text, "SW301") == [(name, "error")], text
            fix = next(f for f in lint_text(text, environ={}) if f.code == "SW301").fix or ""
            assert "gemini-3.1-pro-preview" in fix
    # Its replacement, a preview the page does not mark shut down, and another server's
    # variable stay clean.
    for text in ("GEMINI_MODEL=gemini-3.1-pro-preview\n", "GEMINI_MODEL=gemini-3-flash-preview\n",
                 "OLLAMA_MODEL=gemini-3-pro-preview\n"):
        assert _codes(text, "SW301") == [], text


ACCT = "0123456789abcdef0123456789abcdef"
WORKERS = "https://api.cloudflare.com/client/v4/accounts/{}/ai"


def _findings(text: str) -> list[tuple[str, str | None]]:
    return [(f.code, f.fix) for f in lint_text(text, environ={}) if f.severity == "error"]


def test_a_template_placeholder_in_the_account_segment_is_said_once_as_such() -> None:
    for url in (WORKERS.format("{ACCOUNT_ID}") + "/v1", WORKERS.format("<account_id>") + "/v1",
                "https://gateway.ai.cloudflare.com/v1/{ACCOUNT_ID}/my-gw/groq",
                "https://gateway.ai.cloudflare.com/v1/your-account-id/my-gw/groq"):
        found = lint_text(f"OPENAI_BASE_URL={url}\n", environ={})
        errors = [f for f in found if f.severity == "error"]
        assert [f.code for f in errors] == ["SW218"], url
        assert "placeholder" in errors[0].message
    # The gateway name's placeholder likewise, under its own rule.
    found = _findings(f"OPENAI_BASE_URL=https://gateway.ai.cloudflare.com/v1/{ACCT}/<gateway>/groq\n")
    assert [c for c, _ in found] == ["SW226"]
    # A real character problem elsewhere in the path is still said of the whole URL.
    found = _findings(f"OPENAI_BASE_URL=https://gateway.ai.cloudflare.com/v1/{ACCT}/my gw/groq\n")
    assert [c for c, _ in found] == ["SW226"]
    assert (found[0][1] or "").endswith(f"/v1/{ACCT}/my-gw/groq")
    # "test" is a fine gateway name, not a placeholder.
    found = _findings(f"OPENAI_BASE_URL=https://gateway.ai.cloudflare.com/v1/{ACCT}/test/groq\n")
    assert [c for c, _ in found if c in ("SW218", "SW219", "SW220", "SW226")] == []


def test_workers_ai_urls_account_is_judged_as_an_account_and_kept_in_the_fix() -> None:
    assert _findings(f"OPENAI_BASE_URL={WORKERS.format(ACCT)}/v1\n") == []
    found = _findings(f"OPENAI_BASE_URL={WORKERS.format(ACCT)}\n")
    assert found == [("SW222", f"set OPENAI_BASE_URL={WORKERS.format(ACCT)}/v1")]
    found = _findings(f"OPENAI_BASE_URL={WORKERS.format('12345')}/v1\n")
    assert [c for c, _ in found] == ["SW218"]


def test_openai_api_host_is_the_host_chatbot_ui_adds_v1_to() -> None:
    for value in ("https://api.groq.com/openai", "https://api.openai.com"):
        assert _findings(f"OPENAI_API_HOST={value}\n") == [], value
    # A path right for neither reading (other apps pass the name as the whole base, /v1 and
    # all: tests/test_review9.py) gets Chatbot UI's spelling.
    found = lint_text("OPENAI_API_HOST=https://api.groq.com/v1\n", environ={})
    f = next(f for f in found if f.code == "SW222")
    assert f.fix == "set OPENAI_API_HOST=https://api.groq.com/openai"


def test_another_vendors_real_host_and_brand_are_not_typos_of_ours() -> None:
    # Z.ai's API host is one letter from xAI's, and GLM one letter from LLM.
    found = lint_text("GLM_BASE_URL=https://api.z.ai/api/paas/v4\n", environ={})
    assert [f.code for f in found if f.code in ("SW109", "SW212", "SW222")] == []
    # A real typo of a host we know is still said, and of a name we know too.
    found = lint_text("OPENAI_BASE_URL=https://api.x.aj/v1\nLLM_BASE_UR=https://api.groq.com"
                      "/openai/v1\n", environ={})
    assert {(f.code, f.key) for f in found if f.code in ("SW109", "SW212")} == {
        ("SW212", "OPENAI_BASE_URL"), ("SW109", "LLM_BASE_UR")}


def test_a_vendors_name_takes_its_own_article() -> None:
    found = lint_text("OPENAI_BASE_URL=https://openrouter.ai/api/v1\n"
                      "OPENAI_API_KEY=sk-proj-abc\n", environ={})
    said = " ".join(f.message for f in found)
    assert "an OpenRouter key" in said or "an OpenAI key" in said, said
    assert " a OpenAI" not in said and " a OpenRouter" not in said
    from setup_wizard.config.fields import with_article
    assert [with_article(n) for n in ("OpenAI", "Groq", "xAI (Grok)")] == [
        "an OpenAI", "a Groq", "an xAI (Grok)"]


def test_a_key_left_as_its_prefix_or_a_fill_me_in_sentence_is_a_placeholder() -> None:
    for value in ("gsk_your_groq_api_key_here", "sk-or-v1-your-key-here", "sk-proj-",
                  "GROQ_API_KEY", "SUA_CHAVE_AQUI"):
        found = lint_text("OPENAI_BASE_URL=https://api.groq.com/openai/v1\n"
                          f"GROQ_API_KEY={value}\n", environ={})
        codes = [f.code for f in found if f.key == "GROQ_API_KEY" and f.severity == "error"]
        assert codes == ["SW502"], (value, codes)
        # The name stays readable: masking the value never eats the message's own words.
        msg = next(f.message for f in found if f.code == "SW502")
        assert msg.startswith("GROQ_API_KEY is a placeholder"), msg
    # A whole key is not.
    found = lint_text("GROQ_API_KEY=gsk_" + "a1B2" * 13 + "\n", environ={})
    assert [f.code for f in found if f.code in ("SW502", "SW503")] == []


def test_an_sdks_base_url_variable_left_empty_is_said() -> None:
    # The Python SDKs keep "" as the base URL (`if base_url is None` only): Connection error.
    for name, default in (("OPENAI_BASE_URL", "https://api.openai.com/v1"),
                          ("GROQ_BASE_URL", "https://api.groq.com"),
                          ("ANTHROPIC_BASE_URL", "https://api.anthropic.com")):
        found = [f for f in lint_text(f"{name}=\n", environ={}) if f.code == "SW232"]
        assert [(f.key, f.severity) for f in found] == [(name, "warning")], name
        assert found[0].fix == f"remove {name}, or set {name}={default}"
    # Unset, set, or an app's own name left empty: nothing to say.
    for text in ("OPENAI_API_KEY=sk-proj-abc\n", "OPENAI_BASE_URL=https://api.openai.com/v1\n",
                 "LLM_BASE_URL=\n"):
        assert [f for f in lint_text(text, environ={}) if f.code == "SW232"] == [], text


def test_a_name_that_says_endpoint_may_hold_another_endpoint_whole() -> None:
    assert _findings("EMBED_ENDPOINT=https://openrouter.ai/api/v1/embeddings\n") == []
    assert _findings("OPENAI_ENDPOINT=https://api.openai.com/v1/responses\n") == []
    # The base inside it is still judged, and the fix keeps the endpoint.
    found = _findings("EMBED_ENDPOINT=https://openrouter.ai/v1/embeddings\n")
    assert found == [("SW222", "set EMBED_ENDPOINT=https://openrouter.ai/api/v1/embeddings")]
    # Under an SDK's base-URL name it is no base at all.
    assert [c for c, _ in _findings("OPENAI_BASE_URL=https://api.openai.com/v1/embeddings\n")
            ] == ["SW222"]


def test_openais_dated_snapshots_go_with_their_names() -> None:
    for model, when in (("gpt-4-1106-preview", "2026-10-23"), ("gpt-3.5-turbo-0125", "2026-10-23"),
                        ("o3-mini-2025-01-31", "2026-10-23")):
        found = [f for f in lint_text(f"OPENAI_MODEL={model}\n", environ={}) if f.code == "SW301"]
        assert [(f.key, f.severity) for f in found] == [("OPENAI_MODEL", "error")], model
        assert when in found[0].message
    # Deprecated, not yet shut down: never an error.
    assert [f for f in lint_text("OPENAI_MODEL=gpt-5-2025-08-07\n", environ={})
            if f.severity == "error"] == []
    # A snapshot the page does not list stays unjudged.
    assert [f for f in lint_text("OPENAI_MODEL=gpt-4o-2024-08-06\n", environ={})
            if f.code == "SW301"] == []


def test_another_providers_own_key_name_is_judged_as_its_own() -> None:
    # LLM_PROVIDER=groq says where the app's requests go; XAI_API_KEY is xAI's own name, read
    # by no client that goes to Groq, so its xAI key is right there.
    xai = "xai-" + "CoRpUsStAnDiN" * 4
    text = f"LLM_PROVIDER=groq\nXAI_API_KEY={xai}\n"
    assert [f for f in lint_text(text, environ={}) if f.code == "SW504"] == []
    # Its own name still wants its own provider's key shape.
    text = "LLM_PROVIDER=groq\nXAI_API_KEY=gsk_" + "CoRpUsStAnDiN" * 4 + "\n"
    assert [f.key for f in lint_text(text, environ={}) if f.code == "SW504"] == ["XAI_API_KEY"]


def test_a_second_providers_model_is_judged_against_its_own_urls_catalog() -> None:
    text = ("OPENAI_API_KEY=sk-proj-abc\nOPENAI_MODEL=gpt-6.1-terra\n"
            "OPENAI_BASE_URL=https://api.openai.com/v1\n"
            "DEEPSEEK_MODEL={}\nDEEPSEEK_BASE_URL=https://api.deepseek.com/v1\n")
    found = [(f.code, f.severity) for f in lint_text(text.format("deepseek-v3"), environ={})
             if f.key == "DEEPSEEK_MODEL"]
    assert found == [("SW302", "warning")]  # DeepSeek's page lists every model its API serves
    found = [(f.code, f.severity) for f in lint_text(text.format("deepseek-chat"), environ={})
             if f.key == "DEEPSEEK_MODEL"]
    assert found == [("SW301", "error")]
    assert [f for f in lint_text(text.format("deepseek-v4-flash"), environ={})
            if f.key == "DEEPSEEK_MODEL"] == []


def test_the_gemini_apis_native_base_where_an_openai_style_one_is_expected() -> None:
    native = "https://generativelanguage.googleapis.com/v1beta"
    compatible = "https://generativelanguage.googleapis.com/v1beta/openai"
    found = lint_text(f"OPENAI_BASE_URL={native}\n", environ={})
    assert [(f.code, f.severity, f.fix) for f in found if f.key == "OPENAI_BASE_URL"] == [
        ("SW222", "error", f"set OPENAI_BASE_URL={compatible}")]
    # An app's own name may call the native API itself: a warning.
    for name in ("LLM_BASE_URL", "GOOGLE_API_URL"):
        found = lint_text(f"{name}=https://generativelanguage.googleapis.com/v1\n", environ={})
        assert [(f.code, f.severity) for f in found if f.key == name] == [("SW233", "warning")]
    # The compatible base, and the bare host (the google-genai SDK's own base), are fine.
    for text in (f"OPENAI_BASE_URL={compatible}\n", f"OPENAI_BASE_URL={compatible}/\n",
                 "GEMINI_BASE_URL=https://generativelanguage.googleapis.com\n"):
        assert [f for f in lint_text(text, environ={})
                if f.code in ("SW222", "SW233")] == [], text


def test_a_reference_to_a_variable_set_further_down_is_said() -> None:
    # python-dotenv expands in file order: ROOT is not there yet when OPENAI_BASE_URL is read.
    text = "OPENAI_BASE_URL=${ROOT}/v1\nROOT=https://llm.example.com\n"
    found = [f for f in lint_text(text, environ={}) if f.key == "OPENAI_BASE_URL"]
    assert [(f.code, f.fix) for f in found] == [
        ("SW119", "move the line that sets ROOT above OPENAI_BASE_URL")]
    # Set above, or not in the file at all (then only the app's environment knows it).
    assert [f.code for f in lint_text("ROOT=https://llm.example.com\nOPENAI_BASE_URL=${ROOT}/v1\n",
                                      environ={}) if f.code in ("SW111", "SW119")] == []
    assert [f.code for f in lint_text("OPENAI_BASE_URL=${ROOT}/v1\n", environ={})
            if f.code in ("SW111", "SW119")] == ["SW111"]


def test_a_value_that_is_its_own_variables_name_is_a_placeholder() -> None:
    gw = "https://gateway.ai.cloudflare.com/v1/0123456789abcdef0123456789abcdef/gw/groq"
    found = lint_text(f"OPENAI_BASE_URL={gw}\nCF_AIG_TOKEN=CF_AIG_TOKEN\n"
                      "OPENAI_MODEL=OPENAI_MODEL\n", environ={})
    assert {(f.code, f.key) for f in found if f.severity == "error"} == {
        ("SW402", "CF_AIG_TOKEN"), ("SW310", "OPENAI_MODEL")}
