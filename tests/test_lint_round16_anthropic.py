"""What lint learnt in session 16 (issue 12): Anthropic's model IDs. lint knew Anthropic's
retirements and three current IDs, so an ID Anthropic never served (`claude-4-sonnet`,
`claude-3.5-sonnet`, `claude-sonnet-4`, among the commonest mistakes in posted configurations)
was silent. Its catalog is now every ID and alias Anthropic serves, complete where a request
certainly goes to Anthropic's own API, and the fix names the model meant. Each family fires on
realistic files and stays silent on a look-alike: another server's names, Claude Code's own
aliases, Bedrock's and Vertex's IDs. Every file is written for the test; none comes from the
corpus.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from setup_wizard.config import model_facts, providers
from setup_wizard.lint.engine import lint_text

ANTHROPIC = providers.CATALOG_ONLY["anthropic"]
ANTHROPIC_KEY = "sk-ant-api03-" + "R16cLaUdEkEy" * 4
OPENROUTER_KEY = "sk-or-v1-" + "ab" * 32
ACCT = "d4ba2e3c15c942c374380afd7fb7f441"
SOURCES = (Path(__file__).resolve().parents[1] / "docs" / "sources.md").read_text(
    encoding="utf-8")

assert ANTHROPIC.key_matches(ANTHROPIC_KEY)


def _model_findings(text: str) -> list[tuple[str, str | None, str, str, str]]:
    """(code, variable, severity, message, fix) of every model finding (SW3xx)."""
    return [(f.code, f.key, f.severity, f.message, f.fix or "")
            for f in lint_text(text, environ={}) if f.code.startswith("SW3")]


def _unknown(text: str) -> list[tuple[str | None, str, str]]:
    """(variable, severity, fix) of every SW302."""
    return [(k, sev, fix) for code, k, sev, _m, fix in _model_findings(text) if code == "SW302"]


# -- an ID Anthropic never served, where the request goes to Anthropic's API -------------------
# A Claude Code .env (its own variables), an Anthropic SDK app's, LiteLLM's with a key.
CLAUDE_CODE = f"""\
# Claude Code
ANTHROPIC_API_KEY={ANTHROPIC_KEY}
ANTHROPIC_MODEL={{model}}
DISABLE_TELEMETRY=1
"""
SDK_APP = f"""\
ANTHROPIC_API_KEY={ANTHROPIC_KEY}
CLAUDE_MODEL={{model}}
MAX_TOKENS=4096
"""


@pytest.mark.parametrize(("model", "fixed"), [
    ("claude-4-sonnet", "claude-sonnet-4-6"),  # reads as claude-sonnet-4-20250514, retired
    ("claude-3-sonnet", "claude-sonnet-4-6"),
    ("claude-3.5-sonnet", "claude-sonnet-4-6"),
    ("claude-3-5-sonnet", "claude-sonnet-4-6"),  # the dated name without its date
    ("claude-sonnet-4", "claude-sonnet-4-6"),
    ("claude-4-opus", "claude-opus-4-8"),
    ("claude-3-haiku", "claude-haiku-4-5-20251001"),
    ("claude-sonnet-4.6", "claude-sonnet-4-6"),  # a dot for a dash
    ("claude-4.6-sonnet", "claude-sonnet-4-6"),  # and the order swapped
    ("claude-opus-5.5", "claude-opus-5-5"),
    ("claude-sonet-4-6", "claude-sonnet-4-6"),  # one edit
    ("Claude-Sonnet-4-6", "claude-sonnet-4-6"),  # the case
    ("claude-sonnet-4.5", "claude-sonnet-5-5"),  # Sonnet 4.5 retires on 2026-11-30
])
@pytest.mark.parametrize("template", [CLAUDE_CODE, SDK_APP])
def test_an_id_anthropic_never_served_is_a_warning_whose_fix_names_the_model_meant(
        template: str, model: str, fixed: str) -> None:
    text = template.format(model=model)
    name = "ANTHROPIC_MODEL" if "ANTHROPIC_MODEL" in text else "CLAUDE_MODEL"
    assert _unknown(text) == [(name, "warning", f"set {name}={fixed}")], text


def test_the_message_says_which_retired_id_the_value_reads_as() -> None:
    [(_code, _k, _sev, message, _fix)] = _model_findings(
        CLAUDE_CODE.format(model="claude-4-sonnet"))
    assert "claude-sonnet-4-20250514" in message and "2026-06-15" in message


@pytest.mark.parametrize("model", ["claude-opus-4-9", "claude-2", "claude-sonnet-4-6-thinking"])
def test_no_single_id_meant_gives_the_default(model: str) -> None:
    # claude-opus-4-9 is one edit from 4-8, 4-7 and 4-6 alike: which was meant is not known.
    [(_k, _sev, fix)] = _unknown(CLAUDE_CODE.format(model=model))
    assert fix.startswith(f"set ANTHROPIC_MODEL={ANTHROPIC.default_model} (or one of:")


@pytest.mark.parametrize(("text", "name", "fixed"), [
    # Claude Code's other model variables.
    ("ANTHROPIC_MODEL=claude-opus-4-8\nANTHROPIC_SMALL_FAST_MODEL=claude-3.5-haiku\n",
     "ANTHROPIC_SMALL_FAST_MODEL", "claude-haiku-4-5-20251001"),
    ("ANTHROPIC_DEFAULT_SONNET_MODEL=claude-4-sonnet\n", "ANTHROPIC_DEFAULT_SONNET_MODEL",
     "claude-sonnet-4-6"),
    ("CLAUDE_CODE_SUBAGENT_MODEL=claude-4-opus\n", "CLAUDE_CODE_SUBAGENT_MODEL",
     "claude-opus-4-8"),
    # The 1M window's suffix stays in the fix.
    ("ANTHROPIC_DEFAULT_OPUS_MODEL=claude-opus-4.8[1m]\n", "ANTHROPIC_DEFAULT_OPUS_MODEL",
     "claude-opus-4-8[1m]"),
    # Anthropic's own API as the base URL, and the gateway's route to it.
    ("ANTHROPIC_BASE_URL=https://api.anthropic.com\nANTHROPIC_MODEL=claude-3-5-sonnet\n",
     "ANTHROPIC_MODEL", "claude-sonnet-4-6"),
    (f"ANTHROPIC_BASE_URL=https://gateway.ai.cloudflare.com/v1/{ACCT}/my-gw/anthropic\n"
     "ANTHROPIC_MODEL=claude-4-sonnet\n", "ANTHROPIC_MODEL", "claude-sonnet-4-6"),
    # A switch set to a false word selects no other platform.
    ("CLAUDE_CODE_USE_BEDROCK=0\nANTHROPIC_MODEL=claude-sonnet-4\n", "ANTHROPIC_MODEL",
     "claude-sonnet-4-6"),
    # LiteLLM's and pydantic-ai's prefixes beside an Anthropic key: the prefix is kept.
    (f"ANTHROPIC_API_KEY={ANTHROPIC_KEY}\nLITELLM_MODEL=anthropic/claude-4-sonnet\n",
     "LITELLM_MODEL", "anthropic/claude-sonnet-4-6"),
    (f"ANTHROPIC_API_KEY={ANTHROPIC_KEY}\nAGENT_MODEL=anthropic:claude-3.5-sonnet\n",
     "AGENT_MODEL", "anthropic:claude-sonnet-4-6"),
])
def test_every_way_a_model_certainly_reaches_anthropics_api(
        text: str, name: str, fixed: str) -> None:
    assert _unknown(text) == [(name, "warning", f"set {name}={fixed}")], text


# -- the aliases of retired snapshots are retired with them ------------------------------------
@pytest.mark.parametrize(("alias", "fixed"), [
    ("claude-3-5-sonnet-latest", "claude-sonnet-4-6"),
    ("claude-3-7-sonnet-latest", "claude-sonnet-4-6"),
    ("claude-3-5-haiku-latest", "claude-haiku-4-5-20251001"),
    ("claude-3-opus-latest", "claude-opus-4-8"),
    ("claude-sonnet-4-0", "claude-sonnet-4-6"),
    ("claude-4-sonnet-20250514", "claude-sonnet-4-6"),
    ("claude-opus-4-0", "claude-opus-4-8"),
    ("claude-opus-4-1", "claude-opus-4-8"),
])
def test_an_alias_of_a_retired_snapshot_is_an_error(alias: str, fixed: str) -> None:
    found = _model_findings(CLAUDE_CODE.format(model=alias))
    assert [(c, k, s) for c, k, s, _m, _f in found] == [("SW301", "ANTHROPIC_MODEL", "error")]
    assert found[0][4].startswith(f"set ANTHROPIC_MODEL={fixed} (see ")
    assert ANTHROPIC.status(alias) == "retired"


def test_each_alias_takes_its_snapshots_date() -> None:
    for alias, snapshot, _src in model_facts.ANTHROPIC_RETIRED_ALIASES:
        a, s = ANTHROPIC.retired_model(alias), ANTHROPIC.retired_model(snapshot)
        assert a is not None and s is not None and (a.shutdown, a.replacement) == (
            s.shutdown, s.replacement), alias


# -- silent: what Anthropic serves, Claude Code's names, other platforms and servers ---------
SERVED = sorted({*ANTHROPIC.models, *ANTHROPIC.known_models,
                 *(d.id for d in ANTHROPIC.deprecated)})


@pytest.mark.parametrize("model", SERVED)
def test_every_id_and_alias_anthropic_serves_is_silent(model: str) -> None:
    for text in (CLAUDE_CODE.format(model=model), SDK_APP.format(model=model),
                 f"ANTHROPIC_API_KEY={ANTHROPIC_KEY}\nLLM_MODEL=anthropic/{model}\n"):
        assert [c for c, *_ in _model_findings(text) if c in ("SW301", "SW302")] == [], text


def test_the_catalog_holds_todays_lineup() -> None:
    for model in ("claude-fable-5-2", "claude-opus-5-5", "claude-sonnet-5-5", "claude-haiku-5-5",
                  "claude-sonnet-4-6", "claude-opus-4-8", "claude-haiku-4-5",
                  "claude-haiku-4-5-20251001"):
        assert ANTHROPIC.status(model) == "current", model
    assert ANTHROPIC.status("claude-sonnet-4-5") == "deprecated"
    assert ANTHROPIC.status("claude-4-sonnet") == "unknown"


CLAUDE_CODE_NAMES = ("ANTHROPIC_MODEL", "ANTHROPIC_SMALL_FAST_MODEL", "ANTHROPIC_DEFAULT_MODEL",
                     "ANTHROPIC_DEFAULT_OPUS_MODEL", "ANTHROPIC_DEFAULT_SONNET_MODEL",
                     "ANTHROPIC_DEFAULT_HAIKU_MODEL", "ANTHROPIC_DEFAULT_FABLE_MODEL",
                     "CLAUDE_CODE_SUBAGENT_MODEL")


@pytest.mark.parametrize("alias", ["default", "best", "fable", "sonnet", "opus", "haiku",
                                   "opusplan", "inherit", "sonnet[1m]", "opus[1m]", "Sonnet",
                                   "claude-opus-4-8[1m]", "claude-sonnet-5-5[1m]"])
def test_claude_codes_own_aliases_are_never_judged(alias: str) -> None:
    text = "".join(f"{name}={alias}\n" for name in CLAUDE_CODE_NAMES)
    assert _model_findings(text) == [], text


@pytest.mark.parametrize("text", [
    # Bedrock: its own IDs, selected by Claude Code's switch or AWS settings beside.
    "CLAUDE_CODE_USE_BEDROCK=1\nAWS_REGION=us-east-1\n"
    "ANTHROPIC_MODEL=us.anthropic.claude-opus-4-8\n"
    "ANTHROPIC_SMALL_FAST_MODEL=us.anthropic.claude-haiku-4-5-20251001-v1:0\n",
    "AWS_REGION=us-east-1\nAWS_PROFILE=dev\nANTHROPIC_MODEL=claude-4-sonnet\n",
    # Vertex: claude-...@date.
    "CLAUDE_CODE_USE_VERTEX=1\nCLOUD_ML_REGION=us-east5\nANTHROPIC_VERTEX_PROJECT_ID=proj-1\n"
    "ANTHROPIC_MODEL=claude-sonnet-4-5@20250929\n",
    "ANTHROPIC_VERTEX_PROJECT_ID=proj-1\nANTHROPIC_MODEL=claude-3-5-sonnet-v2@20241022\n",
    "CLAUDE_CODE_USE_FOUNDRY=true\nANTHROPIC_MODEL=my-claude-deployment\n",
])
def test_another_platforms_ids_are_its_own(text: str) -> None:
    assert _unknown(text) == [], text


@pytest.mark.parametrize("text", [
    # A relay: its names are its own (a foreign model under Claude Code's variable).
    "ANTHROPIC_BASE_URL=https://api.relay-example.com\nANTHROPIC_AUTH_TOKEN=sk-relay-0123\n"
    "ANTHROPIC_MODEL=deepseek-chat\nANTHROPIC_SMALL_FAST_MODEL=claude-4-sonnet\n",
    # claude-code-router and a LiteLLM proxy the user runs.
    "ANTHROPIC_BASE_URL=http://127.0.0.1:3456\nANTHROPIC_MODEL=claude-4-sonnet\n",
    f"ANTHROPIC_API_KEY={ANTHROPIC_KEY}\nLITELLM_BASE_URL=http://localhost:4000\n"
    "LLM_MODEL=anthropic/claude-4-sonnet\n",
    # Another vendor's Anthropic-format API, OpenRouter's Claude Code route.
    "ANTHROPIC_BASE_URL=https://api.z.ai/api/anthropic\nANTHROPIC_MODEL=glm-4.6\n",
    "ANTHROPIC_BASE_URL=https://api.moonshot.ai/anthropic\nANTHROPIC_MODEL=kimi-k2-turbo\n",
    "ANTHROPIC_BASE_URL=https://api.deepseek.com/anthropic\nANTHROPIC_MODEL=claude-4-sonnet\n",
    "ANTHROPIC_BASE_URL=https://openrouter.ai/api\nANTHROPIC_MODEL=anthropic/claude-3.5-sonnet\n",
    # OpenRouter's own anthropic/ names, beside its key (or with no Anthropic key at all).
    f"OPENROUTER_API_KEY={OPENROUTER_KEY}\nMODEL=anthropic/claude-3.5-sonnet\n",
    f"ANTHROPIC_API_KEY={ANTHROPIC_KEY}\nOPENROUTER_API_KEY={OPENROUTER_KEY}\n"
    "MODEL=anthropic/claude-sonnet-4.5\n",
    "LLM_MODEL=anthropic/claude-3.5-sonnet\n",
    # A base URL not known yet.
    "ANTHROPIC_BASE_URL=${CLAUDE_PROXY}\nANTHROPIC_MODEL=claude-4-sonnet\n",
])
def test_another_servers_names_are_its_own(text: str) -> None:
    assert _unknown(text) == [], text


@pytest.mark.parametrize("text", [
    # Not a Claude client's name: the model may go anywhere.
    f"ANTHROPIC_API_KEY={ANTHROPIC_KEY}\nMODEL=claude-4-sonnet\n",
    "OLLAMA_MODEL=claude-4-sonnet\n",
    "OPENROUTER_ANTHROPIC_MODEL=claude-3.5-sonnet\n",
    # Claude Code passes a custom picker entry on unchecked; a display name is SW314's.
    "ANTHROPIC_CUSTOM_MODEL_OPTION=my-gateway/claude-opus-5\n",
    "ANTHROPIC_MODEL_DISPLAY_NAME=Claude Sonnet\n",
])
def test_a_look_alike_name_is_not_judged_as_anthropics(text: str) -> None:
    assert _unknown(text) == [], text


# -- the near-miss fix is every complete catalog's ---------------------------------------------
def test_a_near_miss_on_deepseeks_complete_catalog_names_the_model_meant() -> None:
    text = ("DEEPSEEK_API_KEY=sk-" + "R16dEePsEeK" * 3 + "\n"
            "DEEPSEEK_BASE_URL=https://api.deepseek.com\nDEEPSEEK_MODEL=deepseek-v4flash\n")
    assert _unknown(text) == [("DEEPSEEK_MODEL", "warning", "set DEEPSEEK_MODEL=deepseek-v4-flash")]


def test_a_long_value_is_judged_fast() -> None:
    value = "claude-" + "sonnet-4-" * 100_000
    start = time.perf_counter()
    found = _unknown(CLAUDE_CODE.format(model=value))
    assert time.perf_counter() - start < 2.0
    assert len(found) == 1


# -- every row's source is in docs/sources.md ----------------------------------------------------
def test_every_catalog_rows_source_is_cited_in_sources_md() -> None:
    rows = [*model_facts.ANTHROPIC_SERVED,
            *((a, src) for a, _snap, src in model_facts.ANTHROPIC_RETIRED_ALIASES),
            *((d.id, d.source) for d in model_facts.ANTHROPIC_DEPRECATED)]
    for model, source in rows:
        assert source.removesuffix(".md") in SOURCES, (model, source)
        assert f"`{model}`" in SOURCES, model
    assert model_facts.CLAUDE_CODE_MODEL_DOCS in SOURCES
