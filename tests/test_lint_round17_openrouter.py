"""What lint learnt in session 17 (issue 12): OpenRouter's model IDs as OpenRouter spells them,
Gemini 1.0 Pro's names, and a setting lost to text after its closing quote.

- OpenRouter takes a variant after a colon (`:free`, `:nitro`, ...): the model is the ID before
  it, so `openai/o3-mini:free` is as gone as `openai/o3-mini`.
- Its `anthropic/` IDs are Anthropic's respelled (dots, no snapshot date):
  `anthropic/claude-3.5-sonnet` is gone once every `claude-3-5-sonnet-*` snapshot is.
- `gemini-pro` / `gemini-1.0-pro` / `gemini-pro-vision` are Gemini 1.0's, shut down.
- `LLM_PROVIDER="openai" -- or gemini`: python-dotenv skips the line; the finding is
  LLM_PROVIDER's (it was keyed to no variable).
Every file is written for the test; none comes from the corpus.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from dotenv import dotenv_values

from setup_wizard.config import providers
from setup_wizard.lint.engine import lint_text
from setup_wizard.lint.models import respelled_retired

OR_KEY = "sk-or-v1-" + "0a1b2c3d" * 8
ANTHROPIC = providers.CATALOG_ONLY["anthropic"]


def _findings(text: str) -> list[tuple[str, str | None, str]]:
    return [(f.code, f.key, f.severity) for f in lint_text(text, environ={})]


def _router_gone(text: str) -> set[str | None]:
    return {key for code, key, _sev in _findings(text) if code == "SW312"}


# -- OpenRouter's variants -------------------------------------------------------------------
@pytest.mark.parametrize("model", [
    "openai/o3-mini:free", "openai/o3-mini:nitro", "openai/gpt-4-turbo:floor",
    "google/gemini-pro:free", "google/gemini-1.5-flash:online",
])
def test_a_variant_of_a_model_gone_is_gone(model: str) -> None:
    text = (f"OPENAI_BASE_URL=https://openrouter.ai/api/v1\nOPENAI_API_KEY={OR_KEY}\n"
            f"OPENAI_MODEL={model}\n")
    assert _router_gone(text) == {"OPENAI_MODEL"}


@pytest.mark.parametrize("model", [
    "meta-llama/llama-3.3-70b-instruct:free", "openai/gpt-oss-20b:free",
    "openai/gpt-oss-120b:nitro", "google/gemini-2.5-flash:floor", "deepseek/deepseek-r1:free",
    # an unknown suffix is not a variant: the ID is judged as it is, and nothing is known of it
    "openai/o3-mini:latest-ish",
])
def test_a_variant_of_a_served_model_is_quiet(model: str) -> None:
    text = f"OPENROUTER_API_KEY={OR_KEY}\nOPENROUTER_MODEL={model}\n"
    assert _router_gone(text) == set()
    assert not [f for f in _findings(text) if f[2] == "error"]


# -- OpenRouter's anthropic/ names -----------------------------------------------------------
@pytest.mark.parametrize("model", [
    "anthropic/claude-3.5-sonnet", "anthropic/claude-3.5-sonnet:free",
    "anthropic/claude-3-opus", "anthropic/claude-3-haiku", "anthropic/claude-3.7-sonnet:thinking",
    "anthropic/claude-3.5-haiku", "anthropic/claude-sonnet-4", "anthropic/claude-opus-4.1",
])
def test_an_anthropic_name_whose_snapshots_are_all_gone(model: str) -> None:
    for text in (f"OPENROUTER_API_KEY={OR_KEY}\nOPENROUTER_LLM_MODEL={model}\n",
                 f"OPENAI_BASE_URL=https://openrouter.ai/api/v1\nOPENAI_API_KEY={OR_KEY}\n"
                 f"LLM_MODEL={model}\n"):
        assert _router_gone(text), text
        assert not [f for f in _findings(text) if f[2] == "error"]


@pytest.mark.parametrize("model", [
    "anthropic/claude-sonnet-4.5",  # deprecated, still served
    "anthropic/claude-sonnet-4.6", "anthropic/claude-opus-4.8", "anthropic/claude-haiku-4.5",
    "anthropic/claude-sonnet-4.6:nitro",
    "anthropic/claude-future-9",  # nothing known: not called gone
])
def test_an_anthropic_name_still_served_is_quiet(model: str) -> None:
    text = f"OPENROUTER_API_KEY={OR_KEY}\nOPENROUTER_MODEL={model}\n"
    assert _router_gone(text) == set()


def test_respelling_needs_every_snapshot_gone() -> None:
    """claude-3-5-sonnet has two snapshots, both gone: the later shutdown is the one said."""
    gone = respelled_retired(ANTHROPIC, "claude-3.5-sonnet")
    assert gone is not None and gone.id.startswith("claude-3-5-sonnet")
    assert gone.shutdown == max(r.shutdown or "" for r in ANTHROPIC.retired
                                if r.id.startswith("claude-3-5-sonnet-2"))
    assert respelled_retired(ANTHROPIC, "claude-sonnet-4.5") is None
    assert respelled_retired(ANTHROPIC, "claude-sonnet-4.6") is None
    # claude-sonnet-4 is not claude-sonnet-4-5's stem: a version digit is no snapshot date
    assert respelled_retired(ANTHROPIC, "claude-sonnet-4") is not None


def test_other_vendors_on_openrouter_keep_their_own_names() -> None:
    """deepseek/deepseek-chat on OpenRouter is not DeepSeek's retired API alias."""
    text = f"OPENROUTER_API_KEY={OR_KEY}\nOPENROUTER_MODEL=deepseek/deepseek-chat:free\n"
    assert _router_gone(text) == set()


# -- Gemini 1.0 Pro --------------------------------------------------------------------------
@pytest.mark.parametrize("model", ["gemini-pro", "gemini-1.0-pro", "gemini-1.0-pro-001",
                                   "gemini-pro-vision", "gemini-1.0-pro-vision-latest"])
def test_gemini_1_0_is_shut_down(model: str) -> None:
    text = f"GEMINI_API_KEY=AIza{'G' * 35}\nGEMINI_MODEL={model}\n"
    found = [f for f in lint_text(text, environ={}) if f.code == "SW301"]
    assert [f.key for f in found] == ["GEMINI_MODEL"]
    assert "gemini-pro" not in (found[0].fix or "").split("=", 1)[1].split()[0]


@pytest.mark.parametrize("model", ["gemini-pro-latest", "gemini-2.5-pro", "gemini-3.1-pro-preview"])
def test_gemini_pro_look_alikes_are_not_1_0(model: str) -> None:
    text = f"GEMINI_API_KEY=AIza{'G' * 35}\nGEMINI_MODEL={model}\n"
    assert not [f for f in lint_text(text, environ={}) if f.code == "SW301"]


# -- a setting lost to text after its closing quote ------------------------------------------
NOTES_AFTER_QUOTES = """\
LLM_PROVIDER="openai" -- or gemini
LLM_MODEL="openai/gpt-5-mini" -- or gemini/gemini-2.0-flash
EMBEDDING_PROVIDER='ollama' (local)
"""


def test_text_after_a_closing_quote_is_that_variables_finding() -> None:
    found = [(code, key) for code, key, _sev in _findings(NOTES_AFTER_QUOTES) if code == "SW100"]
    assert found == [("SW100", "LLM_PROVIDER"), ("SW100", "LLM_MODEL"),
                     ("SW100", "EMBEDDING_PROVIDER")]
    # what python-dotenv does with those lines: none of them is set
    import io
    assert dict(dotenv_values(stream=io.StringIO(NOTES_AFTER_QUOTES))) == {}


@pytest.mark.parametrize("line", [
    'LLM_PROVIDER="openai" # or gemini',  # a comment after ' #': fine
    'LLM_PROVIDER="openai"#gemini',  # python-dotenv takes a # right after the quote too
    'LLM_PROVIDER="openai"   ',
    "LLM_PROVIDER='openai'",
    'LLM_MODEL="a \\"quoted\\" word"',
])
def test_a_closing_quote_with_nothing_after_it_is_no_sw100(line: str) -> None:
    assert not [f for f in _findings(line + "\n") if f[0] == "SW100"]


def test_a_stray_line_is_still_keyed_to_no_variable() -> None:
    # (a line of prose holds no setting: SW123, a warning, also keyed to none; round 17b)
    found = [(c, k) for c, k, _s in _findings("OPENAI_API_KEY=x\njust some = words\n")
             if c == "SW100"]
    assert found == [("SW100", None)]


def test_the_lost_setting_keeps_its_secret_out_of_json(tmp_path) -> None:
    key = "sk-proj-" + "Q17sEcReTvAlUe" * 3
    env = tmp_path / ".env"
    env.write_text(f'OPENAI_API_KEY="{key}" -- the old one\n', encoding="utf-8")
    out = subprocess.run([sys.executable, "-m", "setup_wizard", "lint", "--format", "json",
                          str(env)], capture_output=True, text=True, check=False)
    assert out.returncode == 1
    assert key not in out.stdout + out.stderr
    found = json.loads(out.stdout)["files"][0]["findings"]
    keys = {f["key"] for f in found if f["code"] == "SW100"}
    assert keys == {"OPENAI_API_KEY"}


# -- xAI's first API models ------------------------------------------------------------------
XAI_KEY = "xai-" + "Q17xAiKeY" * 6


@pytest.mark.parametrize("model", ["grok-beta", "grok-vision-beta"])
def test_xais_beta_models_are_gone_with_no_redirect(model: str) -> None:
    """Unlike grok-3 (retired, grok-4.3 answers: SW313), the beta IDs answer nothing."""
    text = (f"OPENAI_API_KEY={XAI_KEY}\nAPI_BASE_URL=https://api.x.ai/v1\n"
            f'DEFAULT_MODEL="{model}"\n')
    assert [(c, k) for c, k, s in _findings(text) if c in ("SW301", "SW313")] == \
        [("SW301", "DEFAULT_MODEL")]
    assert [(c, k) for c, k, s in _findings(f"XAI_API_KEY={XAI_KEY}\nXAI_MODEL=grok-3\n")
            if c in ("SW301", "SW313")] == [("SW313", "XAI_MODEL")]


@pytest.mark.parametrize("model", ["grok-4.3", "grok-4.20-non-reasoning", "grok-2-beta-x"])
def test_xais_served_models_are_not_the_beta_ones(model: str) -> None:
    text = f"XAI_API_KEY={XAI_KEY}\nXAI_MODEL={model}\n"
    assert not [c for c, _k, _s in _findings(text) if c == "SW301"]


def test_a_gateway_path_on_another_host_judges_the_model_as_the_gateway() -> None:
    """gateway.cloudflare.com/v1/<account>/<gateway>/compat is SW225's (the gateway's path on
    another host): once the host is fixed the model goes through the gateway, so a retired
    Groq model is SW301 now, not SW317's 'another host keeps its own schedule' (following
    SW225's fix brought SW301: the fixes test's stacked-mistakes case)."""
    text = ("AI_GATEWAY_MODE=gateway-stored-key\nUSE_AI_GATEWAY=true\n"
            "OPENAI_BASE_URL=https://gateway.cloudflare.com/v1/d4ba2e3c15c942c374380afd7fb7f441"
            "/omni/compat\nAUTOGEN_MODEL=groq/Llama3-70b-8192\n"
            "CF_GATEWAY_TOKEN=cfut_" + "LiNtToKeN7q" * 3 + "\n")
    codes = {(c, k) for c, k, _s in _findings(text)}
    assert ("SW225", "OPENAI_BASE_URL") in codes and ("SW301", "AUTOGEN_MODEL") in codes
    assert ("SW317", "AUTOGEN_MODEL") not in codes
