"""What lint learnt in session 17 from configurations posted in public threads (issue 12): the
probe reports `wrongmodel` and `wrongurl`.

- NextChat's CUSTOM_MODELS: an item for a vendor whose catalog is its API's whole list
  (`+deepseeek-reasoner@DeepSeek`), and an item with no vendor that misspells a vendor's own
  ID (`+deepseeek-chat`), get the SW302 a model variable of that vendor would get (NextChat
  #6389).

Configurations marked "verbatim" are the posted ones (a compose line `KEY: value` written as
the .env line it stands for); the others are written for the test.
"""

from __future__ import annotations

import pytest

from setup_wizard.lint.engine import lint_text


def _findings(text: str) -> list[tuple[str, str | None, str, str, str | None]]:
    return [(f.code, f.key, f.severity, f.message, f.fix) for f in lint_text(text, environ={})]


def _codes(text: str, *codes: str) -> list[tuple[str, str | None, str]]:
    return [(code, key, sev) for code, key, sev, _m, _f in _findings(text) if code in codes]


def _value_of_fix(fix: str | None, name: str) -> str:
    assert fix is not None and fix.startswith(f"set {name}=")
    return fix[len(f"set {name}="):].split(" ", 1)[0]


# -- NextChat's CUSTOM_MODELS (wrongmodel, family B) --------------------------------------------
# NextChat #6389, as posted (`CUSTOM_MODELS: ...`, a compose line): verbatim values.
NEXTCHAT_6389 = ("CUSTOM_MODELS=-all,+gpt-4o-mini-2024-07-18@OpenAI,+gpt-4-turbo@OpenAI,"
                 "+gpt-3.5-turbo@OpenAI,+deepseeek-chat,+deepseeek-coder,+deepseeek-reasoner\n")
NEXTCHAT_6389_VENDOR = ("CUSTOM_MODELS=-all,+gpt-4o-mini-2024-07-18@OpenAI,+gpt-4-turbo@OpenAI,"
                        "+gpt-3.5-turbo@OpenAI,+deepseeek-chat,+deepseeek-coder,"
                        "+deepseeek-reasoner@DeepSeek\n")


@pytest.mark.parametrize("text", [NEXTCHAT_6389, NEXTCHAT_6389_VENDOR])
def test_nextchat_items_that_misspell_deepseeks_ids_are_named(text: str) -> None:
    unknown = [(m, f) for code, _k, _s, m, f in _findings(text) if code == "SW302"]
    said = sorted(m.split("'")[1] for m, _f in unknown)
    assert said == ["deepseeek-chat", "deepseeek-reasoner"]
    assert all("it reads as deepseek-" in m for m, _f in unknown)
    # Every fix writes the whole list with each judged item corrected (the retired OpenAI ones
    # too), and following it brings no new model finding.
    fixed = {_value_of_fix(f, "CUSTOM_MODELS") for _m, f in unknown}
    assert len(fixed) == 1
    [value] = fixed
    assert "deepseeek-chat" not in value and "deepseeek-reasoner" not in value
    assert _codes(f"CUSTOM_MODELS={value}\n", "SW301", "SW302") == []


@pytest.mark.parametrize("item", [
    "+deepseek-chatt@DeepSeek",  # one letter off a DeepSeek ID
    "+deepseek-v3@DeepSeek",  # not on DeepSeek's list at all (its list is its whole API)
    "+claude-sonet-4-6@Anthropic",  # Anthropic's own API, as ANTHROPIC_MODEL is judged
    "+claude-sonet-4-6",  # no vendor: Claude's ID misspelt
    "+deepseek-reasonr",  # no vendor: a letter missing
])
def test_a_list_item_is_judged_as_its_vendors_model_variable_would_be(item: str) -> None:
    assert _codes(f"CUSTOM_MODELS=-all,{item}\n", "SW302") == [
        ("SW302", "CUSTOM_MODELS", "warning")]


@pytest.mark.parametrize("text", [
    "CUSTOM_MODELS=-all,-deepseeek-chat\n",  # a removal
    "CUSTOM_MODELS=deepseeek-chat=DS\n",  # a display name only
    "CUSTOM_MODELS=+deepseek-v3,+deepseek-r1,+qwen-max\n",  # no vendor, no misspelt ID: a relay's
    "CUSTOM_MODELS=+llama3:8b,+deepseek-r1:14b\n",  # a local server's tags
    "CUSTOM_MODELS=+deepseek-ai/DeepSeek-V3\n",  # a router's or SiliconFlow's name
    "CUSTOM_MODELS=+gpt-4o-mnii,+gpt-4o-mnii@OpenAI\n",  # OpenAI's list is not its whole API
    "CUSTOM_MODELS=+gemini-2.5-flsh@Google\n",  # nor Google's
    "CUSTOM_MODELS=+deepseek-v4-flash@DeepSeek,+deepseek-v4-pro\n",  # served
    "CUSTOM_MODELS=+deepseek-v3@DeepSeek\nDEEPSEEK_URL=https://relay.example.com/v1\n",
    "CUSTOM_MODELS=+deepseeek-chat\nBASE_URL=http://localhost:11434\n",  # a local server's names
    "CUSTOM_MODELS=+glm-4-flash@ChatGLM,+grok-4@XAI\n",  # vendors lint has no list of
])
def test_look_alike_items_stay_silent(text: str) -> None:
    assert _codes(text, "SW302") == []
