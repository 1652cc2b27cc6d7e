"""What lint learnt in session 7 (issue 12, tune half only). Each rule fires on its family
and stays silent on a look-alike."""

from __future__ import annotations

from setup_wizard.lint.engine import lint_text


def _codes(text: str, code: str) -> list[tuple[str | None, str]]:
    return [(f.key, f.severity) for f in lint_text(text, environ={}) if f.code == code]


def test_an_empty_value_with_a_comment_after_it_is_a_warning() -> None:
    # Compose's env_file trims the blanks after = and reads "# ..." as the value.
    text = ("LLM_PROVIDER=\nLLM_MODEL=                 # Optional override\n"
            "OPENAI_API_KEY=\t# from the dashboard\nPORT=   # the server's port\n")
    found = _codes(text, "SW117")
    assert found == [("LLM_MODEL", "warning"), ("OPENAI_API_KEY", "warning")]
    message = next(f for f in lint_text(text, environ={}) if f.code == "SW117")
    assert "line 2" in message.message and "line 2" in (message.fix or "")


def test_a_comment_after_a_value_or_on_its_own_line_is_not_sw117() -> None:
    # Both readers cut a comment after a value at " #"; a quoted empty value ends at its quote;
    # "#x" glued to = is the value for both.
    for text in ("LLM_MODEL=gpt-4o # the default\n", "# the model\nLLM_MODEL=\n",
                 'LLM_MODEL="" # set it\n', "LLM_MODEL=#x\n", "LLM_MODEL=\n"):
        assert _codes(text, "SW117") == [], text


ANTHROPIC_KEY = "sk-ant-api03-" + "AbCd1234" * 5


def test_a_model_anthropic_retired_is_an_error_wherever_it_goes_to_anthropic() -> None:
    for text, key in (
            # pydantic-ai's provider:model, LiteLLM's provider/model, a bare dated name.
            ("ASSISTANT_LLM_MODEL=anthropic:claude-sonnet-4-20250514\n", "ASSISTANT_LLM_MODEL"),
            ("LLM_MODEL=anthropic/claude-3-5-sonnet-20241022\n", "LLM_MODEL"),
            (f"ANTHROPIC_API_KEY={ANTHROPIC_KEY}\nANTHROPIC_MODEL=claude-3-opus-20240229\n",
             "ANTHROPIC_MODEL"),
            ("CLAUDE_MODEL=claude-2.1\n", "CLAUDE_MODEL")):
        found = [f for f in lint_text(text, environ={}) if f.code == "SW301"]
        assert [(f.key, f.severity) for f in found] == [(key, "error")], text
        assert "Anthropic shut down" in found[0].message
        assert "platform.claude.com" in (found[0].fix or "")
    fix = next(f.fix for f in lint_text("LLM_MODEL=anthropic:claude-3-opus-20240229\n",
                                        environ={}) if f.code == "SW301")
    assert fix is not None and fix.startswith("set LLM_MODEL=anthropic:claude-opus-4-8")


def test_anthropics_current_models_and_other_servers_names_stay_clean() -> None:
    for text in (
            f"ANTHROPIC_API_KEY={ANTHROPIC_KEY}\nANTHROPIC_MODEL=claude-sonnet-4-6\n",
            "LLM_MODEL=anthropic/claude-haiku-4-5-20251001\n",
            # An alias still served (an alias of a retired snapshot is retired with it since
            # session 16: test_lint_round16_anthropic.py); a proxy's and OpenRouter's names are
            # their own; another server's variable.
            "ANTHROPIC_MODEL=claude-haiku-4-5\n",
            "OPENAI_BASE_URL=http://localhost:4000\nLLM_MODEL=anthropic/claude-3-opus-20240229\n",
            "OPENAI_BASE_URL=https://openrouter.ai/api/v1\n"
            "OPENROUTER_API_KEY=sk-or-v1-" + "ab" * 32
            + "\nMODEL=anthropic/claude-3-opus-20240229\n",
            "OLLAMA_MODEL=claude-2.1\n"):
        assert _codes(text, "SW301") == [], text


def test_catalog_only_vendors_are_never_offered_or_routed_to() -> None:
    from setup_wizard.config import providers
    assert set(providers.CATALOG_ONLY).isdisjoint(providers.PROVIDERS)
    assert providers.get("anthropic") is None
    assert providers.with_catalog("anthropic") is providers.CATALOG_ONLY["anthropic"]


def test_a_retired_claude_model_on_anthropics_own_base_url_is_an_error() -> None:
    text = ("OPENAI_BASE_URL=https://api.anthropic.com/v1\n"
            "OPENAI_MODEL=claude-3-5-sonnet-20241022\n")
    assert _codes(text, "SW301") == [("OPENAI_MODEL", "error")]
    # The same name behind another server is that server's to serve.
    assert _codes(text.replace("api.anthropic.com", "llm-proxy.internal"), "SW301") == []


def test_a_url_without_its_scheme_is_shown_as_written_and_local_ones_get_http() -> None:
    found = [f for f in lint_text("OPENAI_BASE_URL=localhost:11434/v1\n", environ={})
             if f.code == "SW211"]
    assert len(found) == 1 and "'localhost:11434/v1'" in found[0].message
    assert found[0].fix == "set OPENAI_BASE_URL=http://localhost:11434/v1"
    found = [f for f in lint_text("OPENAI_BASE_URL=api.groq.com/openai/v1\n", environ={})
             if f.code == "SW211"]
    assert (found[0].fix or "").startswith("set OPENAI_BASE_URL=https://api.groq.com/openai/v1")
    # Credentials written before a host with no scheme are masked too.
    text = "OPENAI_BASE_URL=user:hunter2@myproxy.dev/v1\n"
    assert all("hunter2" not in f.message + (f.fix or "")
               for f in lint_text(text, environ={}))


def test_gemini_2_0_models_google_shut_down_are_an_error_where_they_go_to_google() -> None:
    key = "AIza" + "x1Y2" * 8 + "zzz"
    for text, name in ((f"GEMINI_API_KEY={key}\nGEMINI_MODEL=gemini-2.0-flash\n", "GEMINI_MODEL"),
                       ("LLM_MODEL=gemini/gemini-2.0-flash-001\n", "LLM_MODEL"),
                       ("AGENT_MODEL=google-gla:gemini-2.0-flash-lite\n", "AGENT_MODEL"),
                       ("OPENAI_BASE_URL=https://generativelanguage.googleapis.com/v1beta/openai/\n"
                        "OPENAI_MODEL=gemini-2.0-flash\n", "OPENAI_MODEL")):
        assert _codes(text, "SW301") == [(name, "error")], text
    # Its replacement, the 2.5 models (Google's pages disagree on them), OpenRouter's google/
    # names and another server's variable stay clean.
    for text in ("GEMINI_MODEL=gemini-3.1-flash-lite\n", "GEMINI_MODEL=gemini-2.5-flash\n",
                 "MODEL=google/gemini-2.0-flash-001\n", "OLLAMA_MODEL=gemini-2.0-flash\n"):
        assert [f for f in lint_text(text, environ={}) if f.severity != "info"
                and f.code != "SW110"] == [], text


def test_settings_a_comment_swallowed_when_line_breaks_were_lost() -> None:
    text = ("# APP CONFIG# ---NEXT_PUBLIC_APP_NAME=\"Tales\"NODE_ENV=\"development\"# Groq API "
            "key for AI story generationNEXT_PUBLIC_GROQ_API_KEY=\"your_key\"GROQ_API_URL="
            "\"https://api.groq.com/openai/v1\"# DB# ---MONGODB_URI=\"x\"\n")
    found = [f for f in lint_text(text, environ={}) if f.code == "SW118"]
    assert [(f.key, f.severity) for f in found] == [("NEXT_PUBLIC_GROQ_API_KEY", "warning")]
    assert "GROQ_API_URL" in found[0].message and "line 1" in (found[0].fix or "")
    # A comment that documents a setting, or comments one out, is a comment.
    for text in ("# Set OPENAI_API_KEY=your key and GROQ_API_KEY=another\n",
                 '# OPENAI_API_KEY="sk-..."\n',
                 '# OPENAI_API_KEY="x" GROQ_API_KEY="y"\n'):
        assert _codes(text, "SW118") == [], text


def test_a_list_of_base_urls_is_judged_item_by_item() -> None:
    # Open WebUI's connections: `;`-separated URLs and keys, right as they are.
    right = ('OPENAI_API_BASE_URLS="https://api.openai.com/v1;https://api.mistral.ai/v1"\n'
             'OPENAI_API_KEYS="sk-proj-' + "a" * 36 + ';' + "b" * 32 + '"\n')
    assert lint_text(right, environ={}) == []
    # One wrong item: said, and the fix keeps the other items.
    text = 'OPENAI_API_BASE_URLS="https://api.openai.com/v1;https://api.groq.com/v1"\n'
    found = [f for f in lint_text(text, environ={}) if f.code == "SW222"]
    assert [f.key for f in found] == ["OPENAI_API_BASE_URLS"]
    assert found[0].fix == ("set OPENAI_API_BASE_URLS=https://api.openai.com/v1;"
                            "https://api.groq.com/openai/v1")
    # A key of a list with the wrong shape is said without showing it.
    found = [f for f in lint_text('OPENAI_API_KEYS="gsk_abc;sk-x"\n', environ={})
             if f.code == "SW503"]
    assert len(found) == 1 and "gsk_abc" not in found[0].message
    # One URL is one URL, and a name one letter off a known one is still a misspelling.
    assert _codes("OPENAI_API_KEYZ=sk-proj-" + "a" * 36 + "\n", "SW109") == [
        ("OPENAI_API_KEYZ", "warning")]


def test_a_providers_bare_name_holding_a_key_is_a_misspelt_key_name() -> None:
    key = "CoRpUsStAnDiNkEy" * 3
    found = [f for f in lint_text(f"export MISTRAL={key}\n", environ={}) if f.code == "SW109"]
    assert [(f.key, f.fix) for f in found] == [("MISTRAL", "rename MISTRAL to MISTRAL_API_KEY")]
    assert key not in found[0].message
    # A flag or a URL under the bare name, or a name that is not a provider's, is not that.
    for text in ("GROQ=1\n", "OPENAI=https://api.openai.com/v1\n", f"COHERE={key}\n"):
        assert _codes(text, "SW109") == [], text


def test_a_model_written_as_its_display_name_is_a_warning() -> None:
    text = "OPENAI_KEY=x\nANSWER_AGENT_MODEL=\"gpt-4o mini\"\nROUTER_MODEL=gpt-4o mini\n"
    found = [f for f in lint_text(text, environ={}) if f.code == "SW314"]
    assert [(f.key, f.severity, f.fix) for f in found] == [
        ("ANSWER_AGENT_MODEL", "warning", "set ANSWER_AGENT_MODEL=gpt-4o-mini"),
        ("ROUTER_MODEL", "warning", "set ROUTER_MODEL=gpt-4o-mini")]
    # A name no catalog knows gets no guessed ID.
    fix = next(f.fix for f in lint_text('MODEL="Claude 3.5 Sonnet"\n', environ={})
               if f.code == "SW314")
    assert fix == "set MODEL to the model's ID as the provider's model list writes it"
    # Lists, Ollama's tags and descriptions are not display names.
    for text in ("MODELS=gpt-4o, gpt-4o-mini\n", "MODEL=llama3:8b\n",
                 "MODEL_DESCRIPTION=a fast model for chat\n", "OPENAI_MODEL=gpt-4o-mini\n"):
        assert _codes(text, "SW314") == [], text


def test_openrouters_google_names_are_googles_own_so_its_shutdowns_show() -> None:
    text = ("OPENAI_API_KEY=sk-or-v1-" + "ab" * 32 + "\nOPENAI_BASE_URL=https://openrouter.ai/"
            "api/v1\nOPENAI_MODEL=google/gemini-2.0-flash\n")
    assert _codes(text, "SW312") == [("OPENAI_MODEL", "warning")]
    assert _codes(text.replace("2.0-flash", "2.5-flash"), "SW312") == []
    # With no base URL, google/ is a router's spelling, not a route to Google.
    assert _codes("MODEL=google/gemini-2.0-flash-001\n", "SW301") == []


def test_a_model_goes_with_the_base_url_named_like_it_whichever_fills_the_role() -> None:
    lines = ["LLM_PROVIDER=deepseek", "DEEPSEEK_API_BASE_URL=https://api.deepseek.com",
             "DEEPSEEK_API_MODEL=deepseek-chat", "OPENAI_API_BASE_URL=https://api.openai.com/v1",
             "OPENAI_API_MODEL=gpt-4o-mini"]
    for text in ("\n".join(lines) + "\n", "\n".join(reversed(lines)) + "\n"):
        assert _codes(text, "SW301") == [("DEEPSEEK_API_MODEL", "error")], text
    # The model role too: judged against its own URL's provider, not the bound base URL's.
    text = ("GROQ_BASE_URL=https://api.groq.com\nOPENAI_API_BASE_URL=https://api.openai.com/v1"
            "\nOPENAI_API_MODEL=gpt-4o-mini\n")
    assert lint_text(text, environ={}) == []
    assert _codes(text.replace("gpt-4o-mini", "gpt-4"), "SW301") == [("OPENAI_API_MODEL", "error")]


def test_anthropic_base_url_ending_in_v1_doubles_the_sdks_own_path() -> None:
    for url, fixed in (("https://api.anthropic.com/v1", "https://api.anthropic.com"),
                       ("https://openrouter.ai/api/v1", "https://openrouter.ai/api"),
                       ("https://api.deepseek.com/anthropic/v1/",
                        "https://api.deepseek.com/anthropic")):
        found = [f for f in lint_text(f"ANTHROPIC_BASE_URL={url}\n", environ={})
                 if f.code == "SW222"]
        assert [(f.key, f.fix) for f in found] == [
            ("ANTHROPIC_BASE_URL", f"set ANTHROPIC_BASE_URL={fixed}")], url
        assert "/v1/messages" in found[0].message
    # The documented bases, and other apps' names (their clients may append less), are clean.
    for text in ("ANTHROPIC_BASE_URL=https://api.anthropic.com\n",
                 "ANTHROPIC_BASE_URL=https://openrouter.ai/api\n",
                 "CLAUDE_API_BASE=https://api.anthropic.com/v1\n",
                 "OPENAI_BASE_URL=https://openrouter.ai/api/v1\n"):
        assert _codes(text, "SW222") == [], text


def test_a_list_s_trailing_separator_is_no_part_of_its_last_url() -> None:
    # Open WebUI's list with a `;` at its end: the last URL is right, not "path '/v1;'".
    text = "OPENAI_API_BASE_URLS=https://api.openai.com/v1;https://api.groq.com/openai/v1;\n"
    assert [f.code for f in lint_text(text, environ={}) if f.code.startswith("SW2")] == []


def test_a_long_list_of_wrong_urls_is_said_once_per_rule() -> None:
    # Each fix holds the whole list: one finding per item printed the list once per item.
    text = "OPENAI_API_BASE_URLS=" + ";".join(["https://api.groq.com/v1"] * 50) + "\n"
    found = [f for f in lint_text(text, environ={}) if f.code == "SW222"]
    assert len(found) == 1
    assert found[0].fix == "set OPENAI_API_BASE_URLS=" + ";".join(
        ["https://api.groq.com/openai/v1"] * 50)


def test_every_fix_of_a_list_corrects_all_its_items() -> None:
    # Two items wrong by two rules: following either fix leaves nothing for the other.
    text = "OPENAI_API_BASE_URLS=https://api.openai.com/v1/v1;https://api.groq.com/v1\n"
    fixes = {f.code: f.fix for f in lint_text(text, environ={})}
    whole = "set OPENAI_API_BASE_URLS=https://api.openai.com/v1;https://api.groq.com/openai/v1"
    assert fixes == {"SW215": whole, "SW222": whole}


def test_a_list_item_without_its_scheme_is_not_the_path_of_the_one_before() -> None:
    # Splitting only before http(s):// glued localhost:11434/v1 onto the Mistral URL: a false
    # SW222 whose fix dropped that connection from the list.
    text = ("OPENAI_API_BASE_URLS=https://api.openai.com/v1;https://api.mistral.ai/v1;"
            "localhost:11434/v1\n")
    assert [f.code for f in lint_text(text, environ={}) if f.code == "SW222"] == []


def test_a_name_for_text_about_a_model_may_hold_blanks() -> None:
    # *MODEL* names that hold a label, a description or several IDs are no model ID.
    text = ("OPENAI_API_KEY=sk-proj-" + "AbCd1234" * 5 + "\nOPENAI_MODEL=gpt-4o-mini\n"
            'MODEL_DISPLAY_NAME="GPT 4o Mini"\nCHAT_MODEL_LABEL="Fast model"\n'
            'MODEL_DESCRIPTION="A helpful assistant"\nMODEL_NAMES="gpt-4o gpt-4o-mini"\n')
    assert _codes(text, "SW314") == []
    assert _codes(text + 'SUMMARY_MODEL="gpt-4o mini"\n', "SW314") == [("SUMMARY_MODEL",
                                                                         "warning")]


def test_a_bare_provider_name_holding_a_model_id_is_not_a_key() -> None:
    # GROQ=llama-3.3-70b-versatile is a model: renaming it to GROQ_API_KEY would be wrong.
    assert _codes("GROQ=llama-3.3-70b-versatile\n", "SW109") == []
    assert _codes("MISTRAL=" + "aB3" * 11 + "\n", "SW109") == [("MISTRAL", "warning")]


def test_a_catalog_only_vendors_id_beside_a_proxys_url_is_the_proxys_to_judge() -> None:
    # A LiteLLM proxy's own names and schedules: its URL under a name no role takes.
    for text in ("LITELLM_BASE_URL=http://localhost:4000\nLLM_MODEL=claude-3-opus-20240229\n",
                 "PROXY_BASE_URL=http://my-litellm:4000\nDEFAULT_MODEL=anthropic/claude-3-opus-"
                 "20240229\n"):
        assert _codes(text, "SW301") == [], text
    # Without one, the vendor's own API; on the vendor's own URL, too.
    assert _codes("LLM_MODEL=claude-3-opus-20240229\n", "SW301") == [("LLM_MODEL", "error")]


def test_a_bedrock_model_id_in_an_anthropic_clients_variable_is_a_warning() -> None:
    for value, native in (("claude-haiku-4-5-20251001-v1:0", "claude-haiku-4-5-20251001"),
                          ("us.anthropic.claude-sonnet-4-5-20250929-v1:0",
                           "claude-sonnet-4-5-20250929"),
                          ("global.anthropic.claude-opus-4-6-v1", "claude-opus-4-6")):
        found = [f for f in lint_text(f"ANTHROPIC_MODEL={value}\n", environ={})
                 if f.code == "SW315"]
        assert [(f.severity, f.fix) for f in found] == [
            ("warning", f"set ANTHROPIC_MODEL={native}")], value
    # Meant for Bedrock (AWS settings in the file, a Bedrock-named variable), or Anthropic's
    # own name: nothing.
    for text in ("AWS_REGION=us-east-1\nANTHROPIC_MODEL=us.anthropic.claude-sonnet-4-5-20250929"
                 "-v1:0\n", "BEDROCK_MODEL=anthropic.claude-3-haiku-20240307-v1:0\n",
                 "ANTHROPIC_MODEL=claude-sonnet-4-6\n"):
        assert _codes(text, "SW315") == [], text
