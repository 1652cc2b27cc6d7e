"""Review of the day's lint work (OpenRouter IDs, SW122-SW125, chat-ui's MODELS, SW318/SW319,
stub keys, local servers, app words, Claude Code's platforms): each test failed before its fix.
"""

from __future__ import annotations

from setup_wizard.config import json5
from setup_wizard.lint.engine import lint_text


def _found(text: str) -> list[tuple[str, str | None]]:
    return [(f.code, f.key) for f in lint_text(text, environ={})]


# -- json5: a number of more digits than Python's int() reads --------------------------------
def test_a_long_integer_in_chat_uis_models_is_read_not_a_crash() -> None:
    # int() refuses more than 4,300 digits (ValueError, not JSON5Error): lint stopped with a
    # traceback. JSON5.parse reads every number as a double: a huge one is Infinity.
    digits = "1" * 5000
    assert json5.loads(f"[{digits}, -{digits}, 12]") == [float("inf"), float("-inf"), 12]
    text = ('MODELS=`[{"name": "claude-2.0", "max": ' + digits
            + ', "endpoints": [{"type": "anthropic"}]}]`\n')
    assert ("SW301", "MODELS") in _found(text)  # read, and its model judged
    assert _found(f"TASK_MODEL={{\"name\": {digits}}}\n") == []
