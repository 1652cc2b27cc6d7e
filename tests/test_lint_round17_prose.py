"""What lint learnt from a probe of RIGHT configurations of Python agents (issue 12, round 17b).

- A line python-dotenv skips is an error (SW100) only when a setting is lost with it: a line
  that is prose or a command (RD-Agent's .env.example opens with a docstring; its README writes
  the .env with `cat << EOF > .env`) holds none, and is a warning of its own (SW123).
- A stub OPENAI_API_KEY (CAI's "dummy") is never sent when every model goes to another provider
  by its LiteLLM prefix with that provider's own variables set: an info (SW509), not SW502.
- An empty key (SW508) speaks of the OpenAI SDK only under its name; in a template's list of
  empty keys the first key an LLM client reads explains, the others point back to it.
Texts marked verbatim come from the repositories named beside them; the others are written for
the test.
"""

from __future__ import annotations

import io

import pytest
from dotenv import dotenv_values

from setup_wizard.lint.engine import lint_text


def _findings(text: str) -> list[tuple[str, str | None, str, int | None]]:
    return [(f.code, f.key, f.severity, f.line) for f in lint_text(text, environ={})]


def _codes_on(text: str, line: int) -> list[str]:
    return [code for code, _key, _sev, at in _findings(text) if at == line]


# -- A: a line that is no setting ------------------------------------------------------------
# RD-Agent's .env.example, its first lines verbatim (then one of its settings).
RDAGENT_DOCSTRING = '''"""
This file is a template for the .env file.

Please copy this file to .env and fill in the values.

For more information about configuration options, please refer to the documentation

"""

# ==========================================
# Global configs:
MAX_RETRY=10
RETRY_WAIT_SECONDS=20
OPENAI_API_KEY="sk-chat-key"
'''

# RD-Agent's README, as posted (indented, no closing EOF; its trailing blank kept as \x20),
# before the harness unwraps it.
RDAGENT_HEREDOC = """\
  cat << EOF  > .env
  # CHAT MODEL: Using DeepSeek Official API
  CHAT_MODEL=deepseek/deepseek-chat\x20
  DEEPSEEK_API_KEY=<replace_with_your_deepseek_api_key>
"""


def test_a_docstring_of_prose_is_no_setting() -> None:
    found = _findings(RDAGENT_DOCSTRING)
    assert not [f for f in found if f[0] in ("SW100", "SW105")]
    # one finding a line: the two lines of quotes and the three of prose
    assert [(code, line) for code, _k, _s, line in found if code == "SW123"] == \
        [("SW123", n) for n in (1, 2, 4, 6, 8)]
    assert {sev for code, _k, sev, _l in found if code == "SW123"} == {"warning"}
    # what python-dotenv does with it: the settings are all there
    values = dotenv_values(stream=io.StringIO(RDAGENT_DOCSTRING))
    assert values["MAX_RETRY"] == "10" and values["OPENAI_API_KEY"] == "sk-chat-key"


def test_a_heredoc_header_is_no_setting() -> None:
    assert _codes_on(RDAGENT_HEREDOC, 1) == ["SW123"]


@pytest.mark.parametrize("line", [
    "pip install -r requirements.txt",
    "ollama pull qwen2.5:7b",
    "tee .env <<EOF",
    "EOF Then run the app.",
    '"""This file is a template.',
    "Copy it to .env and fill in the values.\"\"\"",
])
def test_prose_and_commands_are_no_setting(line: str) -> None:
    text = f"OPENAI_API_KEY=sk-chat-key\n{line}\n"
    assert _codes_on(text, 2) == ["SW123"]


@pytest.mark.parametrize("line", [
    "OPENAI_API_KEY sk-proj-abc",  # a name, a blank where = belongs
    "OPENAI_API_KEY: sk-proj-abc",  # YAML's colon
    "baseUrl: https://api.groq.com/openai/v1",  # a config file's key, not a known name
    "export OPENAI_API_KEY sk-proj-abc",
    "MODEL gpt-4o",  # an upper-case name lint knows, with no _
    "llm_model gpt-4o",  # a name's shape in any case
    '  "name": "gpt-4",',  # a line of a JSON value python-dotenv cannot read
    "]",
    "API key sk-proj-" + "Ab3dEf" * 5,  # a key on a line of words
    "my key is Zq8Lm2Np4Rt6Vx9Bc3Df5Gh7",  # a long generated run
    "foo bar=baz",  # a garbled assignment
    '"""OPENAI_API_KEY=sk-abc"""',  # quotes around a setting
])
def test_a_line_that_looks_like_a_setting_stays_an_error(line: str) -> None:
    text = f"OPENAI_BASE_URL=https://api.openai.com/v1\n{line}\n"
    codes = _codes_on(text, 2)
    assert "SW123" not in codes
    assert "SW100" in codes or "SW105" in codes, codes
    assert any(sev == "error" for code, _k, sev, at in _findings(text) if at == 2) or \
        codes == ["SW105"]


def test_a_lone_brace_keeps_its_invalid_name_warning() -> None:
    """Only a docstring's quotes are read as no setting; a JSON brace is part of a value."""
    assert _codes_on("OPENAI_API_KEY=x\n{\n", 2) == ["SW105"]


# -- B: a stub OpenAI key that no request sends ----------------------------------------------
# CAI's README, its Azure example verbatim (aliasrobotics/cai 7ec0b4cc).
CAI_AZURE = """\
CAI_AGENT_TYPE=redteam_agent
CAI_MODEL=azure/<model-name-deployed>
# Required: keep non-empty even when using Azure
OPENAI_API_KEY=dummy
# Azure credentials and endpoint
AZURE_API_KEY=<your-azure-openai-key>
AZURE_API_BASE=https://<resource>.openai.azure.com/openai/deployments/<deployment-name>/chat/completions?api-version=2025-01-01-preview
"""
AZURE_KEY = "0123456789abcdef0123456789abcdef"


def _on(text: str, key: str) -> list[tuple[str, str]]:
    return [(code, sev) for code, k, sev, _line in _findings(text) if k == key]


def test_cais_stub_key_is_not_sent_and_the_azure_key_is_judged() -> None:
    assert _on(CAI_AZURE, "OPENAI_API_KEY") == [("SW509", "info")]
    # the key LiteLLM does send for azure/ is the template's placeholder: said there
    assert _on(CAI_AZURE, "AZURE_API_KEY") == [("SW502", "error")]
    message = next(f.message for f in lint_text(CAI_AZURE, environ={}) if f.code == "SW509")
    assert "Azure OpenAI" in message and "AZURE_API_KEY" in message


@pytest.mark.parametrize(("text", "sent"), [
    # RD-Agent's README (deepseek/ with DeepSeek's key), with CAI's stub beside it
    ("CHAT_MODEL=deepseek/deepseek-v3\n"
     "DEEPSEEK_API_KEY=<replace_with_your_deepseek_api_key>\n", "DEEPSEEK_API_KEY"),
    ("CHAT_MODEL=groq/llama-3.3-70b-versatile\nGROQ_API_KEY=your-groq-key\n", "GROQ_API_KEY"),
    ("CHAT_MODEL=groq/llama-3.3-70b-versatile\nGROQ_API_KEY=gsk_xxx\n", "GROQ_API_KEY"),
])
def test_the_key_that_is_sent_instead_is_judged_once(text: str, sent: str) -> None:
    found = _findings(text + "OPENAI_API_KEY=dummy\n")
    assert [(c, k) for c, k, _s, _l in found if c in ("SW502", "SW509")] == \
        [("SW502", sent), ("SW509", "OPENAI_API_KEY")]


@pytest.mark.parametrize("text", [
    "MODEL=ollama/qwen2.5:7b\nOLLAMA_API_BASE=http://localhost:11434\n",
    "MODEL=ollama_chat/llama3.1\nOLLAMA_API_BASE=http://ollama:11434\n",
    "MODEL=bedrock/anthropic.claude-3-5-sonnet-20241022-v2:0\nAWS_REGION_NAME=us-east-1\n",
    f"CAI_MODEL=azure/gpt-4o\nAZURE_API_KEY={AZURE_KEY}\n"
    "AZURE_API_BASE=https://myres.openai.azure.com\n",
    "LLM_MODEL=vertex_ai/gemini-2.5-pro\nVERTEXAI_PROJECT=my-project\n",
    "LLM_MODEL=gemini/gemini-2.5-flash\nGEMINI_API_KEY=AIza" + "G" * 35 + "\n",
    "MODEL=anthropic/claude-sonnet-4-5-20250929\nANTHROPIC_API_KEY=sk-ant-api03-" + "a" * 90
    + "\n",
])
def test_a_stub_beside_a_model_routed_elsewhere_is_an_info(text: str) -> None:
    for stub in ("dummy", '"dummy"', "your-openai-key"):
        found = _on(text + f"OPENAI_API_KEY={stub}\n", "OPENAI_API_KEY")
        assert found == [("SW509", "info")], (stub, found)
    assert not [f for f in _findings(text + "OPENAI_API_KEY=dummy\n") if f[2] == "error"]


@pytest.mark.parametrize("text", [
    f"MODEL=gpt-4o\nAZURE_API_KEY={AZURE_KEY}\n",  # no prefix: OpenAI, with this key
    f"MODEL=openai/gpt-4o\nAZURE_API_KEY={AZURE_KEY}\n",
    f"OPENAI_BASE_URL=https://api.openai.com/v1\nMODEL=azure/gpt-4o\nAZURE_API_KEY={AZURE_KEY}\n",
    "MODEL=azure/gpt-4o\n",  # nothing set for Azure: the stub may be the only key
    "MODEL=azure/gpt-4o\nOLLAMA_API_BASE=http://localhost:11434\n",  # another route's
    f"MODEL=azure/gpt-4o\nEMBEDDING_MODEL=text-embedding-3-small\nAZURE_API_KEY={AZURE_KEY}\n",
    "MODEL=litellm_proxy/gpt-4o\nLITELLM_PROXY_API_BASE=http://localhost:4000\n",  # (its own)
    # CAI's Azure page, with no model: where requests go is not in the file
    f"AZURE_API_KEY={AZURE_KEY}\nAZURE_API_BASE=https://myres.openai.azure.com\n",
])
def test_a_stub_that_may_be_sent_stays_an_error(text: str) -> None:
    assert _on(text + "OPENAI_API_KEY=dummy\n", "OPENAI_API_KEY") == [("SW502", "error")]


# -- SW508: empty keys -----------------------------------------------------------------------
# crewAI-examples' marketing_strategy .env.example (da94a91e), verbatim.
CREWEX_MARKETING = """\
SERPER_API_KEY=
OPENAI_API_KEY=
"""
# TradingAgents' .env.example (85946c2f), its keys verbatim (comments left out).
TRADINGAGENTS = "".join(f"{n}=\n" for n in (
    "OPENAI_API_KEY", "GOOGLE_API_KEY", "ANTHROPIC_API_KEY", "XAI_API_KEY", "DEEPSEEK_API_KEY",
    "DASHSCOPE_API_KEY", "DASHSCOPE_CN_API_KEY", "ZHIPU_API_KEY", "ZHIPU_CN_API_KEY",
    "MINIMAX_API_KEY", "MINIMAX_CN_API_KEY", "OPENROUTER_API_KEY", "MISTRAL_API_KEY",
    "MOONSHOT_API_KEY", "GROQ_API_KEY", "NVIDIA_API_KEY"))


def _empty(text: str) -> list[tuple[str | None, str]]:
    return [(f.key, f.message) for f in lint_text(text, environ={}) if f.code == "SW508"]


def test_a_list_of_empty_keys_explains_once_and_names_each() -> None:
    """Each empty key keeps its own finding (any may be the one the app sends: a wrong file's
    culprit must stay named); only the first explains, the others point back to it."""
    found = _empty(TRADINGAGENTS)
    assert [k for k, _m in found] == [line.split("=")[0] for line in TRADINGAGENTS.split()]
    assert "a client that reads it" in found[0][1]
    assert all("too (see OPENAI_API_KEY, line 1)" in m for _k, m in found[1:])


def test_the_llm_key_is_the_one_that_explains_beside_a_search_tools() -> None:
    found = dict(_empty(CREWEX_MARKETING))
    assert set(found) == {"OPENAI_API_KEY", "SERPER_API_KEY"}
    assert found["SERPER_API_KEY"] == \
        "SERPER_API_KEY is set to an empty value too (see OPENAI_API_KEY, line 2)"
    assert "a client that reads it" in found["OPENAI_API_KEY"]


@pytest.mark.parametrize("name", ["SERPER_API_KEY", "GOOGLE_API_KEY", "TAVILY_API_KEY",
                                  "GROQ_API_KEY", "LLM_API_KEY"])
def test_one_empty_key_is_named_and_not_said_to_be_the_openai_sdks(name: str) -> None:
    found = _empty(f"LLM_MODEL=gpt-4o\n{name}=\nGOOGLE_CSE_ID=0123456789abcdef0\n")
    assert [k for k, _m in found] == [name]
    assert "OpenAI SDK" not in found[0][1]


def test_openai_api_key_alone_still_says_what_the_openai_sdk_does() -> None:
    found = _empty("OPENAI_API_KEY=\n")
    assert [k for k, _m in found] == ["OPENAI_API_KEY"]
    assert "OpenAI SDK 3.x sends no Authorization header" in found[0][1]
