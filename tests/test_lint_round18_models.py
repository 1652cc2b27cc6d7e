"""Models of one vendor's API sent elsewhere (issue 12, round 18).

DeepSeek's API names (deepseek-chat and deepseek-reasoner, shut down 2026-07-24; the V4 names)
are DeepSeek's own, as claude-* is Anthropic's: sent to OpenAI's or Groq's API they are not
found (SW316). Its open weights' names (deepseek-ai/DeepSeek-V3, deepseek-r1 on Ollama) are
served by many and stay unjudged."""

from __future__ import annotations

from lint_support import GSK, OPENAI_KEY, codes, lint_findings


def test_deepseek_chat_sent_to_openai_is_said_as_deepseeks_shut_down_model() -> None:
    text = (f"OPENAI_API_KEY={OPENAI_KEY}\nOPENAI_BASE_URL=https://api.openai.com/v1\n"
            "OPENAI_MODEL=deepseek-chat\n")
    (f,) = [f for f in lint_findings(text) if f.code == "SW316"]
    assert f.key == "OPENAI_MODEL" and "DeepSeek has shut down" in f.message
    assert "OpenAI" in f.message


def test_a_current_deepseek_model_sent_to_groq_is_said() -> None:
    text = (f"GROQ_API_KEY={GSK}\nOPENAI_BASE_URL=https://api.groq.com/openai/v1\n"
            "MODEL=deepseek-v4-flash\n")
    assert ("SW316", "MODEL") in {(f.code, f.key) for f in lint_findings(text)}


def test_deepseeks_own_api_routers_and_open_weights_are_not_said() -> None:
    for text in (
        "OPENAI_BASE_URL=https://api.deepseek.com\nMODEL=deepseek-v4-flash\n",
        "OPENAI_BASE_URL=https://openrouter.ai/api/v1\nMODEL=deepseek/deepseek-chat\n",
        f"GROQ_API_KEY={GSK}\nOPENAI_BASE_URL=https://api.groq.com/openai/v1\n"
        "MODEL=deepseek-r1-distill-llama-70b\n",
        "OPENAI_BASE_URL=http://localhost:11434/v1\nMODEL=deepseek-r1:8b\n",
    ):
        assert codes(text, "SW316") == [], text
