"""A second reading of session 9's lint rules (review9b): each test failed before its fix."""

from __future__ import annotations

from fix_support import follow

from setup_wizard.lint.engine import lint_text

GSK = "gsk_" + "CoRpUsStAnDiN" * 4


def test_a_key_under_another_providers_name_where_requests_already_go_its_way() -> None:
    # LLM_PROVIDER=groq: requests go to Groq, and the Groq key sits under xAI's name. Pointing
    # the base URL at Groq (the old fix) changes nothing; the key wants Groq's own name.
    text = f"LLM_PROVIDER=groq\nXAI_API_KEY={GSK}\n"
    found = [f for f in lint_text(text, environ={}) if f.code == "SW504"]
    assert [f.key for f in found] == ["XAI_API_KEY"]
    fix = found[0].fix or ""
    assert "point" not in fix and "GROQ_API_KEY" in fix, fix
    fixed = follow(text, "SW504", "XAI_API_KEY", fix)
    assert [f for f in lint_text(fixed, environ={}) if f.severity == "error"] == [], fixed


def test_the_google_genai_sdks_own_base_url_variable_takes_the_bare_host() -> None:
    # google-genai reads GOOGLE_GEMINI_BASE_URL and puts the API version in front of every
    # path itself (.../v1beta/models/...:generateContent): the old fix, /v1beta/openai, would
    # have sent it to /v1beta/openai/v1beta/models/...
    host = "https://generativelanguage.googleapis.com"
    for path in ("/v1beta", "/v1", "/v1beta/openai", "/v1beta/openai/"):
        text = f"GOOGLE_GEMINI_BASE_URL={host}{path}\n"
        found = [(f.code, f.severity, f.fix) for f in lint_text(text, environ={})
                 if f.key == "GOOGLE_GEMINI_BASE_URL"]
        assert found == [("SW222", "error", f"set GOOGLE_GEMINI_BASE_URL={host}")], text
    for text in (f"GOOGLE_GEMINI_BASE_URL={host}\n", f"GOOGLE_GEMINI_BASE_URL={host}/\n"):
        assert [f for f in lint_text(text, environ={})
                if f.key == "GOOGLE_GEMINI_BASE_URL"] == [], text


def test_every_reference_set_further_down_is_moved_by_sw119s_fix() -> None:
    # Two references, both set after the line that uses them: the fix named only the first, so
    # following it left the value still half empty (and SW119 said again).
    text = ("OPENAI_BASE_URL=${SCHEME}://${HOST}/openai/v1\nOPENAI_MODEL=openai/gpt-oss-120b\n"
            "SCHEME=https\nHOST=api.groq.com\n")
    found = [f for f in lint_text(text, environ={}) if f.code == "SW119"]
    assert [f.key for f in found] == ["OPENAI_BASE_URL"]
    fixed = follow(text, "SW119", "OPENAI_BASE_URL", found[0].fix or "")
    assert [f.code for f in lint_text(fixed, environ={}) if f.code in ("SW119", "SW111")] == [], \
        fixed


def test_a_second_models_placeholder_fix_names_its_own_providers_model() -> None:
    # DEEPSEEK_MODEL beside DEEPSEEK_BASE_URL goes to DeepSeek: its fix named the primary
    # provider's model (OpenAI's), which DeepSeek's API does not serve.
    base = ("OPENAI_API_KEY=sk-proj-abc\nOPENAI_MODEL=gpt-6.1-terra\n"
            "OPENAI_BASE_URL=https://api.openai.com/v1\n"
            "DEEPSEEK_BASE_URL=https://api.deepseek.com/v1\nDEEPSEEK_MODEL={}\n")
    for value in ("DEEPSEEK_MODEL", "your_model"):
        text = base.format(value)
        found = [f for f in lint_text(text, environ={}) if f.code == "SW310"]
        assert [f.key for f in found] == ["DEEPSEEK_MODEL"], text
        fixed = follow(text, "SW310", "DEEPSEEK_MODEL", found[0].fix or "")
        assert [(f.code, f.key) for f in lint_text(fixed, environ={})
                if f.key == "DEEPSEEK_MODEL"] == [], fixed
