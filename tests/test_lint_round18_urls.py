"""An Anthropic client's base URL ending in /v1 off the hosts lint knows (issue 12, round 18).

The Anthropic SDK and Claude Code append /v1/messages to ANTHROPIC_BASE_URL. Ollama and
llama.cpp serve that API at their root (docs.ollama.com/api/anthropic-compatibility), so
`http://localhost:11434/v1` sends to /v1/v1/messages (anthropics/claude-code#20416's 404s).
The Vercel AI SDK reads the same name and posts to {base}/messages, where /v1 is right: so it
is a warning (SW235) on every host, and on a provider's host lint knows its own rules speak."""

from __future__ import annotations

from lint_support import lint_findings


def _said(text: str) -> list[tuple[str, str | None, str]]:
    return [(f.code, f.key, f.severity) for f in lint_findings(text)
            if f.key == "ANTHROPIC_BASE_URL" and f.code in ("SW222", "SW235")]


def test_claude_code_20416_a_local_ollama_base_with_v1_is_a_warning_with_the_root() -> None:
    text = ("export ANTHROPIC_AUTH_TOKEN=ollama\n"
            "export ANTHROPIC_BASE_URL=http://localhost:11434/v1\n")
    (f,) = [f for f in lint_findings(text) if f.key == "ANTHROPIC_BASE_URL"]
    assert (f.code, f.severity) == ("SW235", "warning")
    assert f.fix == "set ANTHROPIC_BASE_URL=http://localhost:11434"
    assert "Vercel AI SDK" in f.message


def test_another_host_keeps_its_path_and_query_and_masks_its_credentials() -> None:
    (f,) = [f for f in lint_findings(
        "ANTHROPIC_BASE_URL=https://admin:s3cr3tPassw0rdXYZ@relay.example.com/api/v1/?team=a\n")
        if f.code == "SW235"]
    assert f.fix == "set ANTHROPIC_BASE_URL=https://****@relay.example.com/api?team=a"
    assert "s3cr3t" not in f.message + f.fix and "XYZ" not in f.fix


def test_a_providers_own_host_is_left_to_its_own_rules() -> None:
    # Groq's and Google's OpenAI-format bases: no Anthropic API there, whatever the path.
    assert _said("ANTHROPIC_BASE_URL=https://api.groq.com/openai/v1\n") == []
    found = {f.code for f in lint_findings(
        "ANTHROPIC_BASE_URL=https://generativelanguage.googleapis.com/v1\n")}
    assert "SW235" not in found


def test_roots_other_names_and_known_bases_are_not_said_so() -> None:
    for text in (
        "ANTHROPIC_BASE_URL=http://localhost:11434\n",
        "ANTHROPIC_BASE_URL=https://openrouter.ai/api\n",
        "ANTHROPIC_BASE_URL=https://api.deepseek.com/anthropic\n",
        "ANTHROPIC_BASE_URL=https://relay.example.com/v1beta\n",
        "OPENAI_BASE_URL=http://localhost:11434/v1\n",      # an OpenAI client's: right
        "CLAUDE_API_BASE=https://relay.example.com/v1\n",   # an app's own name
    ):
        assert [f.code for f in lint_findings(text) if f.code in ("SW222", "SW235")] == [], text


# -- SW321: the client's own base URL commented out (mi-gpt#191) ------------------------------
MI_GPT = ("# OpenAI\nOPENAI_MODEL=ep-20240927170012-5f66w\n"
          "OPENAI_API_KEY=sk-proj-" + "Mi6pTk3y" * 4 + "\n"
          "# OPENAI_BASE_URL=https://ark.cn-beijing.volces.com/api/v3\n")


def test_mi_gpt_191_a_commented_base_url_beside_an_ark_endpoint_id_is_said() -> None:
    (f,) = [f for f in lint_findings(MI_GPT) if f.code == "SW321"]
    assert (f.key, f.line, f.severity) == ("OPENAI_BASE_URL", 4, "warning")
    assert "api.openai.com" in f.message and "ark.cn-beijing.volces.com" in f.message
    assert f.fix == "uncomment line 4"


def test_sw321_is_silent_where_the_default_host_serves_the_model_or_a_url_is_set() -> None:
    key = "OPENAI_API_KEY=sk-proj-" + "Mi6pTk3y" * 4 + "\n"
    for text in (
        key + "OPENAI_MODEL=gpt-4o-mini\n# OPENAI_BASE_URL=https://api.openai.com/v1\n",
        key + "OPENAI_MODEL=text-embedding-3-small\n# OPENAI_BASE_URL=https://x.example/v1\n",
        key + "OPENAI_MODEL=llama3\nLLM_BASE_URL=http://localhost:11434/v1\n"
        "# OPENAI_BASE_URL=http://localhost:11434/v1\n",
        key + "OPENAI_MODEL=llama3\nOPENAI_BASE_URL=http://localhost:11434/v1\n"
        "# OPENAI_BASE_URL=https://old.example/v1\n",                 # set: the comment is old
        key + "OPENAI_MODEL=your-model-here\n# OPENAI_BASE_URL=https://x.example/v1\n",
        key + "OPENAI_MODEL=llama3\n# GROQ_BASE_URL=https://api.groq.com\n",  # another client's
        "OPENAI_MODEL=llama3\n# OPENAI_BASE_URL=http://localhost:11434/v1\n",  # no key: no client
        key + "OPENAI_MODEL=llama3\n# OPENAI_BASE_URL: http://localhost:11434/v1\n",
        # a URL under another API's name, not a role: the app's own client may send there
        key + "OPENAI_MODEL=llama3\nOLLAMA_HOST=http://localhost:11434\n"
        "# OPENAI_BASE_URL=http://localhost:11434/v1\n",
        key + "OPENAI_MODEL=llama3\nPROXY_URL=https://relay.example/v1\n"
        "# OPENAI_BASE_URL=http://localhost:11434/v1\n",
    ):
        assert [f.code for f in lint_findings(text) if f.code == "SW321"] == [], text


def test_sw321_with_several_commented_alternatives_names_them_all() -> None:
    key = "OPENAI_API_KEY=sk-proj-" + "Mi6pTk3y" * 4 + "\n"
    text = (key + "OPENAI_MODEL=llama3.2\n# OPENAI_BASE_URL=https://api.deepseek.com\n"
            "# OPENAI_BASE_URL=https://api.moonshot.cn/v1\n"
            "# OPENAI_BASE_URL=http://localhost:11434/v1\n")
    (f,) = [f for f in lint_findings(text) if f.code == "SW321"]
    assert "lines 3, 4 and 5" in f.message and "may be" not in f.message
    assert f.fix == "uncomment the one of lines 3, 4 and 5 whose API serves OPENAI_MODEL"


def test_sw321_stays_silent_where_another_rule_or_the_file_says_more() -> None:
    key = "OPENAI_API_KEY=sk-proj-" + "Mi6pTk3y" * 4 + "\n"
    local = "# OPENAI_BASE_URL=http://localhost:11434/v1\n"
    for text in (
        key + "OPENAI_MODEL=llama3.2\n# OPENAI_BASE_URL=https://api.openai.com/v1\n",  # default
        key + "OPENAI_MODEL=deepseek-chat\n# OPENAI_BASE_URL=https://api.deepseek.com\n",
        key + "OPENAI_MODEL=claude-sonnet-4-5\n" + local,             # SW320's
        key + "OPENAI_MODEL=ft:gpt-4o-mini-2024-07-18:my-org::A1b2C3d4\n" + local,
        key + "OPENAI_MODEL=llama3.2\n"
        "# OPENAI_BASE_URL=https://<your-resource>.openai.azure.com/openai/v1/\n",
        key + "LLM_PROVIDER=ollama\nOPENAI_MODEL=llama3.2\n" + local,  # another client picked
        key + "OPENAI_BASE_URL=${LLM_URL}\nOPENAI_MODEL=llama3.2\n" + local,
        key + "OPENAI_BASE_URL=\nOPENAI_MODEL=llama3.2\n" + local,     # SW232 says it
        "OPENAI_API_KEY=AIza" + "k" * 35 + "\nOPENAI_MODEL=llama3.2\n" + local,  # Google's key
    ):
        assert [f.code for f in lint_findings(text) if f.code == "SW321"] == [], text
