"""What lint learnt in session 16 (issue 12): the vendors' older shutdowns. The model tables held
only the recent waves, so `gpt-4-vision-preview`, `text-davinci-003`, `o1-mini` or
`gemini-1.5-flash`, still in many posted configurations, were silent. Each family here fires
on its IDs wherever a model is read and stays silent on a look-alike still served. Every file
is written for the test; none comes from the corpus.
"""

from __future__ import annotations

from datetime import date

import pytest

from setup_wizard.config import model_facts, providers
from setup_wizard.config.model_facts import RetiredModel
from setup_wizard.lint.engine import lint_text

OPENAI_KEY = "sk-proj-" + "R16oLdMoDeL" * 3
GEMINI_KEY = "AIza" + "R16gEmInIkEy" * 2 + "abcdefghijk"
MISTRAL_KEY = "R16mIsTrAlKeY" * 2 + "abcdef"
OPENAI = providers.PROVIDERS["openai"]
GOOGLE = providers.CATALOG_ONLY["google-ai-studio"]
TODAY = date(2026, 11, 28)  # model_facts.CATALOG_CHECKED

assert GOOGLE.key_matches(GEMINI_KEY) and OPENAI.key_matches(OPENAI_KEY)


def _model_findings(text: str) -> list[tuple[str, str | None, str, str]]:
    """(code, variable, severity, fix) of every model finding (SW3xx)."""
    return [(f.code, f.key, f.severity, f.fix or "") for f in lint_text(text, environ={})
            if f.code.startswith("SW3")]


def _shut_down(text: str) -> set[str | None]:
    return {key for code, key, _sev, _fix in _model_findings(text) if code == "SW301"}


# -- OpenAI: every shutdown on its deprecations page, back to 2023 ----------------------------
# A chatgpt-web style compose block, a Laravel package's defaults, a LiteLLM proxy's .env.
CHATGPT_WEB = f"""\
# 二选一
OPENAI_API_KEY={OPENAI_KEY}
# API模型，可选
OPENAI_API_MODEL=gpt-4-vision-preview
TIMEOUT_MS=60000
"""
LARAVEL = f"""\
OPENAI_API_KEY={OPENAI_KEY}
OPENAI_CHAT_MODEL=gpt-4-32k
OPENAI_COMPLETION_MODEL=text-davinci-003
"""
LITELLM = f"""\
OPENAI_API_KEY={OPENAI_KEY}
LITELLM_MODEL=openai/gpt-4.5-preview
"""


@pytest.mark.parametrize(("text", "names"), [
    (CHATGPT_WEB, {"OPENAI_API_MODEL"}),
    (LARAVEL, {"OPENAI_CHAT_MODEL", "OPENAI_COMPLETION_MODEL"}),
    (LITELLM, {"LITELLM_MODEL"}),
    (f"OPENAI_API_KEY={OPENAI_KEY}\nMODEL=o1-mini\n", {"MODEL"}),
    (f"OPENAI_API_KEY={OPENAI_KEY}\nLLM_MODEL=o1-preview\n", {"LLM_MODEL"}),
    (f"OPENAI_API_KEY={OPENAI_KEY}\nOPENAI_BASE_URL=https://api.openai.com/v1\n"
     "OPENAI_MODEL=gpt-3.5-turbo-16k-0613\n", {"OPENAI_MODEL"}),
    (f"OPENAI_API_KEY={OPENAI_KEY}\nOPENAI_MODEL=chatgpt-4o-latest\n", {"OPENAI_MODEL"}),
    (f"OPENAI_API_KEY={OPENAI_KEY}\nOPENAI_MODERATION_MODEL=text-moderation-latest\n",
     {"OPENAI_MODERATION_MODEL"}),
])
def test_openais_older_shutdowns_are_errors_wherever_the_model_is_read(
        text: str, names: set[str]) -> None:
    assert _shut_down(text) == names


def test_a_nextchat_model_list_names_the_shut_down_one_and_keeps_the_rest() -> None:
    text = (f"OPENAI_API_KEY={OPENAI_KEY}\n"
            "CUSTOM_MODELS=-all,+gpt-4-vision-preview@OpenAI,+gpt-4o@OpenAI\n")
    [(code, key, _sev, fix)] = _model_findings(text)
    assert (code, key) == ("SW301", "CUSTOM_MODELS")
    assert fix == "set CUSTOM_MODELS=-all,+gpt-6-luna@OpenAI,+gpt-4o@OpenAI"


@pytest.mark.parametrize("model", ["gpt-4o", "gpt-4o-mini", "gpt-4.1", "o3", "gpt-5.5",
                                   "gpt-6.1-terra", "text-embedding-3-small",
                                   # an alias the page never names: not judged
                                   "gpt-3.5-turbo-16k"])
def test_models_still_served_or_never_dated_stay_silent(model: str) -> None:
    assert _shut_down(f"OPENAI_API_KEY={OPENAI_KEY}\nOPENAI_MODEL={model}\n") == set(), model


def test_another_servers_names_are_its_own() -> None:
    # Ollama's, a local server's: their davinci is not OpenAI's.
    assert _model_findings("OLLAMA_MODEL=davinci\n") == []
    assert _model_findings("OPENAI_BASE_URL=http://localhost:8080/v1\n"
                           "OPENAI_MODEL=text-davinci-003\n") == []
    # Azure keeps its own schedule: a warning, not OpenAI's shutdown as an error.
    azure = (f"AZURE_OPENAI_ENDPOINT=https://acme.openai.azure.com/\n"
             f"AZURE_OPENAI_API_KEY={'0a1b2c3d' * 4}\nOPENAI_MODEL=gpt-4-32k\n")
    assert [(c, k, s) for c, k, s, _f in _model_findings(azure)] == [
        ("SW317", "OPENAI_MODEL", "warning")]


def test_code_davinci_002_is_left_out_for_its_two_dates() -> None:
    assert OPENAI.retired_model("code-davinci-002") is None
    assert OPENAI.retired_model("code-davinci-001") is not None


# -- the fix names a model still served: replacements followed while they are gone -------------
@pytest.mark.parametrize(("model", "named", "fixed"), [
    ("o1-mini", "o4-mini", "gpt-5.6-terra"),  # o4-mini shut down on 2026-10-23
    ("gpt-4-vision-preview", "gpt-4o", "gpt-6-luna"),  # gpt-4o shuts down on 2027-01-14
    ("text-davinci-003", "gpt-3.5-turbo-instruct", "gpt-5.4-mini"),
    ("chatgpt-4o-latest", "gpt-5.1-chat-latest", "gpt-5.5"),
    ("gpt-4-0314", "gpt-5", "gpt-6.1-sol"),
])
def test_a_replacement_shut_down_since_is_followed_to_its_own(
        model: str, named: str, fixed: str) -> None:
    assert OPENAI.status(named) in ("retired", "deprecated")
    assert OPENAI.retired_model(model).replacement == fixed  # type: ignore[union-attr]
    [(_code, _key, _sev, fix)] = _model_findings(
        f"OPENAI_API_KEY={OPENAI_KEY}\nOPENAI_MODEL={model}\n")
    assert fix.startswith(f"set OPENAI_MODEL={fixed} ")


def test_a_replacement_still_served_is_kept_as_the_page_names_it() -> None:
    assert OPENAI.retired_model("o1-preview").replacement == "o3"  # type: ignore[union-attr]
    assert OPENAI.retired_model("gpt-3.5-turbo").replacement == "gpt-5.6-terra"  # type: ignore[union-attr]


def test_a_chain_ends_at_a_row_without_replacement_or_in_a_cycle_as_none() -> None:
    rows = (RetiredModel("a", "2025-01-01", "b", "s"), RetiredModel("b", "2025-02-01", None, "s"),
            RetiredModel("c", "2025-03-01", "d", "s"), RetiredModel("d", "2025-03-01", "c", "s"),
            RetiredModel("e", "2025-03-01", "served", "s"))
    out = {r.id: r.replacement for r in model_facts._chained(rows)}
    assert out == {"a": None, "b": None, "c": None, "d": None, "e": "served"}


@pytest.mark.parametrize("p", providers.EVERY_CATALOG, ids=lambda p: p.slug)
def test_no_fix_names_a_model_shut_down_or_shutting_down(p: providers.Provider) -> None:
    for gone in p.retired:
        assert gone.replacement is None or p.status(gone.replacement) not in (
            "retired", "deprecated"), (gone.id, gone.replacement)


# -- Google: the release notes' and the deprecations page's shutdowns ---------------------------
@pytest.mark.parametrize(("text", "name"), [
    (f"GEMINI_API_KEY={GEMINI_KEY}\nGEMINI_MODEL=gemini-1.5-flash\n", "GEMINI_MODEL"),
    (f"GEMINI_API_KEY={GEMINI_KEY}\nLLM_MODEL=gemini/gemini-1.5-pro\n", "LLM_MODEL"),
    (f"GEMINI_API_KEY={GEMINI_KEY}\nPYDANTIC_AI_MODEL=google-gla:gemini-1.5-flash-8b\n",
     "PYDANTIC_AI_MODEL"),
    (f"GEMINI_API_KEY={GEMINI_KEY}\n"
     "OPENAI_BASE_URL=https://generativelanguage.googleapis.com/v1beta/openai/\n"
     "OPENAI_MODEL=gemini-2.0-flash-exp\n", "OPENAI_MODEL"),
    (f"GEMINI_API_KEY={GEMINI_KEY}\nGEMINI_MODEL=gemini-2.5-flash-preview-05-20\n",
     "GEMINI_MODEL"),
])
def test_googles_older_shutdowns_are_errors_where_requests_go_to_google(
        text: str, name: str) -> None:
    assert _shut_down(text) == {name}


def test_a_gemini_replacement_is_followed_to_one_still_served() -> None:
    # imagen-3.0-generate-002 -> imagen-4.0-generate-001 (shut down 2026-08-17) -> ...
    assert GOOGLE.retired_model("imagen-3.0-generate-002").replacement == \
        "gemini-3.1-flash-image"  # type: ignore[union-attr]
    [(_c, _k, _s, fix)] = _model_findings(
        f"GEMINI_API_KEY={GEMINI_KEY}\nLLM_MODEL=gemini/gemini-2.5-flash-lite-preview-09-2025\n")
    assert fix.startswith("set LLM_MODEL=gemini/gemini-3.1-flash-lite ")


@pytest.mark.parametrize("model", ["gemini-2.5-pro", "gemini-2.5-flash", "gemini-3.1-flash-lite",
                                   "gemini-3.6-flash",
                                   # no Google page names these IDs shut down (gemini-pro
                                   # and gemini-1.0-pro are in since session 17: the models
                                   # page of their day names them; round17_openrouter)
                                   "gemini-1.5-flash-latest",
                                   "gemini-1.5-pro-002", "gemini-2.5-flash-image"])
def test_gemini_models_served_or_undated_stay_silent(model: str) -> None:
    assert _shut_down(f"GEMINI_API_KEY={GEMINI_KEY}\nGEMINI_MODEL={model}\n") == set(), model


def test_openrouters_own_gemini_names_are_not_googles_ids() -> None:
    text = ("OPENAI_BASE_URL=https://openrouter.ai/api/v1\n"
            "OPENROUTER_API_KEY=sk-or-v1-" + "c0ffee42" * 8 + "\n"
            "OPENAI_MODEL=google/gemini-flash-1.5\n")
    assert _shut_down(text) == set()


# -- Mistral: the Leanstral cards -----------------------------------------------------------------
def test_mistrals_leanstral_names_are_shut_down_and_its_aliases_are_not() -> None:
    assert _shut_down(f"MISTRAL_API_KEY={MISTRAL_KEY}\nMISTRAL_MODEL=labs-leanstral-2603\n") == {
        "MISTRAL_MODEL"}
    assert _shut_down(f"MISTRAL_API_KEY={MISTRAL_KEY}\nMISTRAL_MODEL=mistral-small-latest\n") == \
        set()


# -- the rows themselves ------------------------------------------------------------------------
@pytest.mark.parametrize("p", providers.EVERY_CATALOG, ids=lambda p: p.slug)
def test_every_dated_row_is_shut_down_by_today_and_named_once(p: providers.Provider) -> None:
    ids = [r.id.lower() for r in p.retired]
    assert len(ids) == len(set(ids))
    for r in p.retired:
        if r.shutdown is not None:
            assert date.fromisoformat(r.shutdown) <= TODAY, r.id
