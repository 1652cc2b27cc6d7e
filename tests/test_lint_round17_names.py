"""Variable names a later commit fixed (issue 12, the probe of configurations a fix corrected):
a provider's word misspelt in a name (SW109), an app's renamed name (SW125), and a base-URL
name only some apps read (SW114).

- gpt4free's example.env had `HUUGINGFACE_API_KEY=` (fix f11f47f1, PR #3133: "Wrong:
  HUUGINGFACE_API_KEY / Correct: HUGGINGFACE_API_KEY"); lint compared whole names only, and
  HUGGINGFACE_API_KEY is no row of its names table.
- Open WebUI's docs ran `docker run -e OLLAMA_API_BASE_URL=https://example.com/api` after the
  name was renamed OLLAMA_BASE_URL (written without /api); its image sets
  OLLAMA_BASE_URL=/ollama, so the old name is ignored (open-webui/docs aca80c2c).
- crewAI's docs wrote OPENAI_API_BASE_URL, which neither the OpenAI SDK (OPENAI_BASE_URL) nor
  LangChain/crewAI (OPENAI_API_BASE) reads (crewAI#213, fixed in 5628bcca7); Open WebUI, CAMEL
  (OWL) and chatgpt-web do read it.

Firing texts are the configurations as they were before the fix, verbatim; the silent ones are
the fixed versions and look-alikes (real names of other services, other apps' own names)."""

from __future__ import annotations

import pytest
from fix_support import follow

from setup_wizard.lint import spelling
from setup_wizard.lint.engine import lint_text
from setup_wizard.lint.findings import Finding


def _lint(text: str) -> list[Finding]:
    return lint_text(text, environ={})


def _codes(text: str, *codes: str) -> list[tuple[str, str | None, str]]:
    return [(f.code, f.key, f.severity) for f in _lint(text) if f.code in codes]


def _errors(text: str) -> set[tuple[str, str | None]]:
    return {(f.code, f.key) for f in _lint(text) if f.severity == "error"}


# -- B: a provider's word misspelt in a name (SW109) -----------------------------------------
GPT4FREE_BEFORE = """# Rename this file to .env and copy it to your cookies directory
# Update the API_KEY and other variables as needed

G4F_API_KEY=
G4F_PROXY=

HUUGINGFACE_API_KEY=
POLLINATIONS_API_KEY=
GEMINI_API_KEY=
TOGETHER_API_KEY=
DEEPINFRA_API_KEY=
OPENAI_API_KEY=
GROQ_API_KEY=
OPENROUTER_API_KEY=
OLLAMA_API_KEY=
NVIDIA_API_KEY=
PUTER_API_KEY="""
GPT4FREE_AFTER = GPT4FREE_BEFORE.replace("HUUGINGFACE_API_KEY", "HUGGINGFACE_API_KEY")


def test_gpt4free_huuggingface_is_said_with_the_name_meant() -> None:
    (f,) = [f for f in _lint(GPT4FREE_BEFORE) if f.code == "SW109"]
    assert (f.key, f.line, f.severity) == ("HUUGINGFACE_API_KEY", 7, "warning")
    assert "misspells HUGGINGFACE" in f.message and "U doubled instead of G" in f.message
    assert f.fix == "rename HUUGINGFACE_API_KEY to HUGGINGFACE_API_KEY"
    # following the fix is the commit that fixed it: the name is no longer said
    assert follow(GPT4FREE_BEFORE, f.code, f.key, f.fix) == GPT4FREE_AFTER
    assert _codes(GPT4FREE_AFTER, "SW109") == []


@pytest.mark.parametrize(("name", "meant", "how"), [
    ("OPENAII_API_KEY", "OPENAI_API_KEY", None),  # a row of the table: its client is named
    ("GROOQ_API_KEY", "GROQ_API_KEY", None),
    ("ANTRHOPIC_API_KEY", "ANTHROPIC_API_KEY", "H and R swapped"),
    ("ANTHROPC_API_KEY", "ANTHROPIC_API_KEY", "I dropped"),
    ("GEMINII_API_KEY", "GEMINI_API_KEY", "I doubled"),
    ("TOGEHTER_API_KEY", "TOGETHER_API_KEY", "T and H swapped"),
    ("HUGINGFACE_TOKEN", "HUGGINGFACE_TOKEN", "G dropped"),
    ("ANTRHOPIC_BASE_URL", "ANTHROPIC_BASE_URL", "H and R swapped"),
    ("GROOQ_MODEL", "GROQ_MODEL", "O doubled"),
])
def test_a_doubled_dropped_or_swapped_letter_in_the_provider_word(
        name: str, meant: str, how: str | None) -> None:
    (f,) = [f for f in _lint(f"{name}=x\n") if f.code == "SW109"]
    assert f.key == name and f.fix == f"rename {name} to {meant}", f
    if how is not None:
        assert how in f.message and f"an app that reads {meant} never sees it" in f.message


def test_the_name_meant_set_too_is_said_as_such() -> None:
    text = "HUUGINGFACE_API_KEY=hf_abc\nHUGGINGFACE_API_KEY=hf_abc\n"
    (f,) = [f for f in _lint(text) if f.code == "SW109"]
    assert "which is set too (line 2)" in f.message and f.fix == "remove HUUGINGFACE_API_KEY"


def test_a_misspelt_name_is_judged_as_the_name_meant() -> None:
    """ANTRHOPIC_API_KEY holding an OpenAI key is what ANTHROPIC_API_KEY holding it is: the
    same finding, said under the name written (renaming brings nothing new)."""
    key = "sk-proj-" + "AbCdEfGh1234" * 4
    wrong = {(f.code, f.key) for f in _lint(f"ANTRHOPIC_API_KEY={key}\n")} - {
        ("SW109", "ANTRHOPIC_API_KEY")}
    right = {(f.code, f.key) for f in _lint(f"ANTHROPIC_API_KEY={key}\n")}
    assert {(c, k.replace("ANTRHOPIC", "ANTHROPIC") if k else k) for c, k in wrong} == right


@pytest.mark.parametrize("name", [
    "HF_TOKEN", "HUGGINGFACEHUB_API_TOKEN", "HUGGINGFACE_API_KEY",  # real names
    "GROK_API_KEY", "XAI_API_KEY", "KIMI_API_KEY", "QWEN_API_KEY",  # real vendors' words
    "VORTEX_API_KEY", "FIREWORK_API_KEY", "GOGGLE_API_KEY", "CLADE_MODEL",  # real words
    "OPENI_API_KEY",  # PCL's OpenI platform (said by the whole-name rule, not this one)
    "LLM_API_KEY", "POLLINATIONS_API_KEY", "PUTER_API_KEY", "G4F_API_KEY",
    "HUUGINGFACE_SPACE_ID", "GROOQ_WORKSPACE",  # no LLM setting's family
])
def test_real_names_and_words_are_no_misspelt_provider(name: str) -> None:
    assert spelling.misspelt_provider_word(name) is None


def test_gpt4free_after_is_silent_on_names() -> None:
    assert _codes(GPT4FREE_AFTER, "SW109", "SW125", "SW114") == []


def test_a_slip_never_replaces_a_letter() -> None:
    """The slips are a letter doubled, a double moved, dropped or swapped: same letters, or
    one more or fewer. A replaced letter (VORTEX for VERTEX) is another word."""
    for slip, (word, _how) in spelling._SLIPS.items():
        assert sorted(slip) == sorted(word) or abs(len(slip) - len(word)) == 1 or \
            sorted(set(slip)) == sorted(set(word)), (slip, word)
