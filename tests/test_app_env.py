"""The one `.env` reader of doctor, check-app and snippet: `--var ROLE=NAME` applied by
renaming, and the client table check-app's fixes come from."""

from __future__ import annotations

from pathlib import Path

import pytest
from app_support import KEY, TOKEN
from probe_support import GW_BASE, MODEL

from setup_wizard.config import app_env, clients
from setup_wizard.errors import EnvFileError, UsageError
from setup_wizard.lint.engine import lint_text

MAPPED = (f"LLM_URL={GW_BASE}\nLLM_MODEL={MODEL}\nAIG_TOKEN={TOKEN}\nMY_KEY={KEY}\n"
          "AI_GATEWAY_MODE=gateway-request-key\n")
SPECS = ["base_url=LLM_URL", "model=LLM_MODEL", "gateway_token=AIG_TOKEN",
         "provider_key=MY_KEY"]


def test_var_specs_parse_and_refuse_what_is_not_role_equals_name() -> None:
    assert app_env.parse_var_specs(["model = LLM_MODEL", "mode=MODE"]) == {
        "model": "LLM_MODEL", "mode": "MODE"}
    for bad, says in [("model", "ROLE=NAME"), ("=X", "ROLE=NAME"), ("colour=X", "unknown role"),
                      ("model=2X", "not an environment variable name"),
                      ("model=A-B", "not an environment variable name")]:
        with pytest.raises(UsageError, match=says):
            app_env.parse_var_specs([bad])
    with pytest.raises(UsageError, match="twice"):
        app_env.parse_var_specs(["model=A", "model=B"])
    assert app_env.parse_var_specs(["model=A", "model=A"]) == {"model": "A"}


def test_the_mapping_renames_every_role_to_its_canonical_name(tmp_path: Path) -> None:
    env = app_env.from_text(MAPPED, tmp_path / ".env", app_env.parse_var_specs(SPECS))
    assert env.values["OPENAI_BASE_URL"] == GW_BASE and env.values["AUTOGEN_MODEL"] == MODEL
    assert env.values["CF_GATEWAY_TOKEN"] == TOKEN and env.values["GROQ_API_KEY"] == KEY
    assert env.names == {"base_url": "LLM_URL", "model": "LLM_MODEL",
                         "gateway_token": "AIG_TOKEN", "provider_key": "MY_KEY",
                         "gateway_switch": "USE_AI_GATEWAY", "mode": "AI_GATEWAY_MODE"}
    assert env.file_values["LLM_URL"] == GW_BASE  # what the app gets stays as written


def test_a_mapped_name_wins_over_the_canonical_one_even_when_absent(tmp_path: Path) -> None:
    text = f"OPENAI_BASE_URL={GW_BASE}\nAUTOGEN_MODEL=stale\nCF_GATEWAY_TOKEN={TOKEN}\n"
    env = app_env.from_text(text, tmp_path / ".env", {"model": "LLM_MODEL"})
    assert "AUTOGEN_MODEL" not in env.values  # the app reads LLM_MODEL, which is not set
    env = app_env.from_text(text + "GROQ_API_KEY=x\n", tmp_path / ".env",
                            {"provider_key": "MY_KEY"})
    assert "GROQ_API_KEY" not in env.values


def test_the_provider_key_goes_to_the_urls_provider(tmp_path: Path) -> None:
    text = f"OPENAI_BASE_URL={GW_BASE.replace('/groq', '/openai')}\nK=sk-abc\n"
    env = app_env.from_text(text, tmp_path / ".env", {"provider_key": "K"})
    assert env.values["OPENAI_API_KEY"] == "sk-abc" and env.key_var == "OPENAI_API_KEY"


def test_lint_text_renames_line_for_line_so_lint_judges_what_the_app_uses(tmp_path) -> None:
    env = app_env.from_text(MAPPED + "AUTOGEN_MODEL=llama-3.1-8b-instant\n",
                            tmp_path / ".env", app_env.parse_var_specs(SPECS))
    text = env.lint_text()
    assert text.count("\n") == (MAPPED + "x\n").count("\n")  # line numbers stay
    assert f"OPENAI_BASE_URL={GW_BASE}" in text and f"GROQ_API_KEY={KEY}" in text
    assert "SETUP_WIZARD_SHADOWED_AUTOGEN_MODEL=llama-3.1-8b-instant" in text
    codes = {f.code for f in lint_text(text) if f.severity == "error"}
    assert codes == set(), codes  # the shadowed retired model is not the one the app reads
    plain = {f.code for f in lint_text(env.text) if f.severity == "error"}
    assert plain  # without the mapping lint misreads the file: the point of renaming


def test_read_refuses_a_missing_file_after_the_arguments(tmp_path: Path) -> None:
    with pytest.raises(UsageError):  # a bad --var is said first, even without a file
        app_env.read(tmp_path / "none", ["bad"])
    with pytest.raises(EnvFileError, match="does not exist"):
        app_env.read(tmp_path / "none")


@pytest.mark.parametrize("headers, name", [
    ({"x-stainless-lang": "js", "user-agent": "OpenAI/JS 6.49.0"}, "Node"),
    ({"x-stainless-lang": "python", "x-stainless-async": "async:asyncio"}, "AutoGen"),
    ({"x-stainless-lang": "python", "x-stainless-async": "false",
      "x-stainless-raw-response": "true"}, "LangChain"),
    ({"x-stainless-lang": "python", "x-stainless-async": "false"}, "OpenAI Python SDK"),
    ({"user-agent": "curl/8.5.0"}, "curl"),
    ({"user-agent": "Go-http-client/1.1"}, "this client"),
])
def test_each_client_is_recognised_by_its_headers(headers, name) -> None:
    assert name in clients.recognise(headers).name
