"""The one `.env` reader of doctor, check-app and snippet: the roles read as every command
reads them (`--var ROLE=NAME`, `[tool.setup-wizard.vars]`, well-known names, a value's
shape), and the client table check-app's fixes come from."""

from __future__ import annotations

from pathlib import Path

import pytest
from app_support import KEY, TOKEN
from probe_support import GW_BASE, MODEL

from setup_wizard.config import app_env, clients, mapping
from setup_wizard.errors import EnvFileError, UsageError
from setup_wizard.lint.engine import lint_text

MAPPED = (f"LLM_URL={GW_BASE}\nLLM_MODEL={MODEL}\nAIG_TOKEN={TOKEN}\nMY_KEY={KEY}\n"
          "AI_GATEWAY_MODE=gateway-request-key\n")
SPECS = ["base_url=LLM_URL", "model=LLM_MODEL", "gateway_token=AIG_TOKEN",
         "provider_key=MY_KEY"]


def vars_(*specs: str) -> mapping.VarMap:
    return mapping.parse_var_flags(specs)


def test_var_specs_parse_and_refuse_what_is_not_role_equals_name() -> None:
    # One parser for every command (config/mapping.py): its wording, with the app side's
    # refusal of one role given two names.
    assert dict(vars_("model = LLM_MODEL", "mode=MODE").names) == {
        "model": "LLM_MODEL", "mode": "MODE"}
    for bad, says in [("model", "ROLE=NAME"), ("=X", "ROLE=NAME"), ("colour=X", "not a role"),
                      ("model=2X", "not a variable name"),
                      ("model=A-B", "not a variable name")]:
        with pytest.raises(UsageError, match=says):
            vars_(bad)
    with pytest.raises(UsageError, match="twice"):
        vars_("model=A", "model=B")
    assert dict(vars_("model=A", "model=A").names) == {"model": "A"}


def test_the_mapping_renames_every_role_to_its_canonical_name(tmp_path: Path) -> None:
    env = app_env.from_text(MAPPED, tmp_path / ".env", vars_(*SPECS))
    assert env.values["OPENAI_BASE_URL"] == GW_BASE and env.values["AUTOGEN_MODEL"] == MODEL
    assert env.values["CF_GATEWAY_TOKEN"] == TOKEN and env.values["GROQ_API_KEY"] == KEY
    assert env.names == {"base_url": "LLM_URL", "model": "LLM_MODEL",
                         "gateway_token": "AIG_TOKEN", "provider_key": "MY_KEY",
                         "gateway_switch": "USE_AI_GATEWAY", "mode": "AI_GATEWAY_MODE"}
    assert env.file_values["LLM_URL"] == GW_BASE  # what the app gets stays as written


def test_a_mapped_name_wins_over_the_canonical_one_even_when_absent(tmp_path: Path) -> None:
    text = f"OPENAI_BASE_URL={GW_BASE}\nAUTOGEN_MODEL=stale\nCF_GATEWAY_TOKEN={TOKEN}\n"
    env = app_env.from_text(text, tmp_path / ".env", vars_("model=LLM_MODEL"))
    assert "AUTOGEN_MODEL" not in env.values  # the app reads LLM_MODEL, which is not set
    env = app_env.from_text(text + "GROQ_API_KEY=x\n", tmp_path / ".env",
                            vars_("provider_key=MY_KEY"))
    assert "GROQ_API_KEY" not in env.values


def test_the_provider_key_goes_to_the_urls_provider(tmp_path: Path) -> None:
    text = f"OPENAI_BASE_URL={GW_BASE.replace('/groq', '/openai')}\nK=sk-abc\n"
    env = app_env.from_text(text, tmp_path / ".env", vars_("provider_key=K"))
    assert env.values["OPENAI_API_KEY"] == "sk-abc" and env.key_var == "OPENAI_API_KEY"


def test_names_by_convention_are_read_as_lint_reads_them(tmp_path: Path) -> None:
    """Without any mapping: the well-known names and a value's shape fill the roles, each
    value as its client uses it (the Groq SDK appends /openai/v1 to GROQ_BASE_URL)."""
    text = f"GROQ_BASE_URL=https://api.groq.com\nGROQ_MODEL={MODEL}\nGROQ_API_KEY={KEY}\n"
    env = app_env.from_text(text, tmp_path / ".env")
    assert env.values["OPENAI_BASE_URL"] == "https://api.groq.com/openai/v1"
    assert env.values["AUTOGEN_MODEL"] == MODEL
    assert env.name_of("base_url") == "GROQ_BASE_URL" and env.base_url_tail() == "/openai/v1"
    assert env.base_url_as_written("GROQ_BASE_URL") == "https://api.groq.com"
    assert env.in_own_names("set AUTOGEN_MODEL=x") == "set GROQ_MODEL=x"


def test_lint_reads_the_file_through_the_same_mapping(tmp_path: Path) -> None:
    # Was: a renamed copy of the text for a lint that knew init's names only; lint now takes
    # the mapping itself (issue 12), so doctor hands it the file as written.
    env = app_env.from_text(MAPPED, tmp_path / ".env", vars_(*SPECS))
    assert env.mapping.names["model"] == "LLM_MODEL"
    assert [f for f in lint_text(env.text, mapping=env.mapping)
            if f.severity == "error"] == []
    retired = MAPPED.replace(f"LLM_MODEL={MODEL}", "LLM_MODEL=llama-3.1-8b-instant")
    found = [(f.code, f.key) for f in lint_text(retired, mapping=env.mapping)
             if f.severity == "error"]
    assert found == [("SW301", "LLM_MODEL")]


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
