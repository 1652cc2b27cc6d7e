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


# -- SW124: what its message shows, and a fix that brings no SW122 ---------------------------
# A key of no vendor's shape (Azure OpenAI's: 32 lower-case hex) in chat-ui's MODELS, whose
# name is no secret's: only lint's own words can keep it out of the output.
AZURE_KEY = "3f9a2b7c1d8e4f6a0b5c9d2e7f1a8b3c"


def test_sw124_does_not_echo_a_one_line_json_value_and_its_api_key() -> None:
    from setup_wizard.lint import engine, report

    text = ('MODELS=`[{"name": "gpt-4o", "endpoints": [{"type": "openai", "apiKey": "'
            + AZURE_KEY + '", "baseURL": "https://x.openai.azure.com/openai/v1"}]}]`\n')
    results = [engine.FileResult(".env", engine.lint_text(text, environ={}))]
    assert ("SW124", "MODELS") in [(f.code, f.key) for f in results[0].findings]
    for render in report.RENDERERS.values():
        assert AZURE_KEY not in render(results)
    # (nor a megabyte of it: the message stays short whatever the value)
    big = "MODELS=`[" + ",".join(['{"name": "m"}'] * 50_000) + "]`\n"
    said = next(f.message for f in lint_text(big, environ={}) if f.code == "SW124")
    assert len(said) < 400 and "backticks included" in said
    # A short plain value is still shown as python-dotenv reads it.
    said = next(f.message for f in lint_text("OPENAI_MODEL=`gpt-4o`\n", environ={}))
    assert "OPENAI_MODEL=`gpt-4o` there" in said


def test_following_sw124_on_a_plain_value_brings_no_sw122() -> None:
    from fix_support import follow

    key = "sk-proj-" + "ReViEw17KeY" * 3
    text = f"OPENAI_MODEL=`gpt-4o`\nOPENAI_API_KEY=`{key}`\n"
    found = [f for f in lint_text(text, environ={}) if f.code == "SW124"]
    assert [f.fix for f in found] == [
        "set OPENAI_MODEL=gpt-4o (it needs no quotes)",
        "remove the backticks around OPENAI_API_KEY's value (it needs no quotes)"]
    for f in found:
        text = follow(text, "SW124", f.key or "", f.fix or "")
    assert text == f"OPENAI_MODEL=gpt-4o\nOPENAI_API_KEY={key}\n"
    assert _found(text) == []  # no SW122 (which single quotes brought), no SW124
    # A value that needs quotes keeps the single-quotes fix.
    fix = next(f.fix for f in lint_text("NOTE=`a value`\n", environ={}))
    assert (fix or "").startswith("put NOTE's value in single quotes instead of backticks")


# -- chat-ui's MODELS: bounded as NextChat's list is ----------------------------------------
def test_a_megabyte_of_chat_ui_models_is_bounded() -> None:
    import time

    from setup_wizard.lint import models

    groq = '{type: "openai", baseURL: "https://api.groq.com/openai/v1"}'
    text = ("MODELS='[" + ",".join(f'{{name: "llama-{i}x", endpoints: [{groq}]}}'
                                   for i in range(9000)) + "]'\n")
    assert len(text) < 1_000_000
    start = time.perf_counter()
    found = _found(text)
    assert time.perf_counter() - start < 3  # (9,000 findings, 6 s on a slow machine before)
    assert found == [("SW302", "MODELS")] * models.MAX_LIST_UNKNOWN
    # Past MAX_LIST_ITEMS models, none is judged (a retired one neither).
    many = ",".join(['{name: "claude-sonnet-4-6", endpoints: [{type: "anthropic"}]}']
                    * models.MAX_LIST_ITEMS)
    late = '{name: "claude-2.0", endpoints: [{type: "anthropic"}]}'
    assert _found(f"MODELS='[{many},{late}]'\n") == []
    assert _found(f"MODELS='[{late},{many}]'\n") == [("SW301", "MODELS")]


# -- a local server's bare address: the file read once, not once per address -----------------
def test_many_local_addresses_lint_in_linear_work(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from setup_wizard.config import names

    calls = 0
    lookup = names.lookup

    def counted(name: str):  # type: ignore[no-untyped-def]
        nonlocal calls
        calls += 1
        return lookup(name)

    monkeypatch.setattr(names, "lookup", counted)
    n = 2000
    text = "".join(f"LOCAL_LLM_{i}_URL=http://localhost:11434\nNOTE_{i}=ollama/x\n"
                   for i in range(n))
    found = _found(text)
    assert found.count(("SW231", "LOCAL_LLM_0_URL")) == 1 and len(found) >= n
    # urls.native_client read every value for every address (and looked up each name that
    # holds an ollama/ model): n * n look-ups, 4,000,000.
    assert calls < 100 * n


# -- SW315: a fix that is whole when Anthropic shut the model down ---------------------------
def test_following_sw315_brings_no_sw301() -> None:
    from fix_support import follow

    for model in ("claude-3-sonnet@20240229",  # Google Cloud's form (new today)
                  "anthropic.claude-3-sonnet-20240229-v1:0"):  # Bedrock's
        text = f"ANTHROPIC_MODEL={model}\n"
        found = [f for f in lint_text(text, environ={}) if f.code == "SW315"]
        assert len(found) == 1 and "which Anthropic has also shut down" in found[0].message
        fixed = follow(text, "SW315", "ANTHROPIC_MODEL", found[0].fix or "")
        assert _found(fixed) == [], fixed  # (it wrote claude-3-sonnet-20240229: SW301)
    # A model Anthropic still serves keeps its own name.
    fix = next(f.fix for f in lint_text("ANTHROPIC_MODEL=claude-haiku-4-5@20251001\n",
                                        environ={}) if f.code == "SW315")
    assert fix == "set ANTHROPIC_MODEL=claude-haiku-4-5-20251001"


# -- SW125: an empty OLLAMA_BASE_URL does not win -------------------------------------------
def test_sw125_with_an_empty_new_name_says_the_old_one_is_read() -> None:
    # Open WebUI's config.py: `if OLLAMA_BASE_URL == "" and OLLAMA_API_BASE_URL != "":` it
    # reads the old name, /api cut off. "set too ... so OLLAMA_API_BASE_URL is ignored" was
    # false there.
    text = "OLLAMA_API_BASE_URL=http://ollama:11434/api\nOLLAMA_BASE_URL=\n"
    found = [f for f in lint_text(text, environ={}) if f.code == "SW125"]
    assert len(found) == 1
    assert "is ignored" not in found[0].message
    assert "but empty, so Open WebUI falls back on OLLAMA_API_BASE_URL" in found[0].message
    assert found[0].fix == ("remove OLLAMA_API_BASE_URL and set OLLAMA_BASE_URL="
                            "http://ollama:11434 (line 2) in its place")
    # Set to an address, the new name wins, as before; the last line written counts.
    for text in ("OLLAMA_API_BASE_URL=http://ollama:11434/api\nOLLAMA_BASE_URL=http://o:11434\n",
                 "OLLAMA_BASE_URL=\nOLLAMA_API_BASE_URL=http://ollama:11434/api\n"
                 "OLLAMA_BASE_URL=http://o:11434\n"):
        said = next(f.message for f in lint_text(text, environ={}) if f.code == "SW125")
        assert "is ignored" in said, text
    # The tail alone is no address to move: no fix 'set OLLAMA_BASE_URL= in its place'.
    for text in ("OLLAMA_API_BASE_URL=/api\n", "OLLAMA_API_BASE_URL=/api/\nWEBUI_NAME=x\n"):
        assert not any(f.code == "SW125" for f in lint_text(text, environ={})), text


# -- envfile: a backtick value closed by a line end only JavaScript has ----------------------
def test_text_after_a_u2028_line_end_is_not_lost() -> None:
    from setup_wizard.config import envfile

    # npm dotenv's multi-line $ matches before U+2028/U+2029: A=x, then B=1 on a line of its
    # own. python-dotenv's line runs to the \n, and the text between was in no element.
    for sep in ("\u2028", "\u2029"):
        text = f"A=`x`{sep}B=1\nC=2\n"
        entries = envfile.parse(text)
        assert "".join(e.original for e in entries) == text
        assert [(e.key, e.value, e.line) for e in entries] == [
            ("A", "x", 1), ("B", "1", 1), ("C", "2", 2)]


# -- a gateway token in ANTHROPIC_CUSTOM_HEADERS is a setting lint checks --------------------
def test_a_header_token_alone_is_judged_not_no_llm_settings() -> None:
    token = "cfut_" + "ReViEw17ToK" * 3
    text = f"ANTHROPIC_CUSTOM_HEADERS=cf-aig-authorization: Bearer {token}\n"
    # It was SW110, "none of the LLM settings this tool checks is set (... a gateway token
    # ...)", while beside any other setting the same token is judged (SW404, as CF_AIG_TOKEN).
    assert _found(text) == [("SW404", "ANTHROPIC_CUSTOM_HEADERS")]
    assert _found(f"CF_AIG_TOKEN={token}\n") == [("SW404", "CF_AIG_TOKEN")]
    assert _found("ANTHROPIC_CUSTOM_HEADERS=x-team: a\n") == [("SW110", None)]


# -- SW231's fix brings no SW110 ------------------------------------------------------------
def test_following_sw231_brings_no_sw110() -> None:
    from fix_support import follow

    text = "LOCAL_ENDPOINT=http://localhost:11434\n"
    found = lint_text(text, environ={})
    assert [(f.code, f.key) for f in found] == [("SW231", "LOCAL_ENDPOINT")]
    fixed = follow(text, "SW231", "LOCAL_ENDPOINT", found[0].fix or "")
    assert fixed == "LOCAL_ENDPOINT=http://localhost:11434/v1\n"
    # It was SW110, "none of the LLM settings this tool checks is set", of the very setting
    # just checked and fixed.
    assert _found(fixed) == []
    assert _found("LOCAL_ENDPOINT=http://localhost:8080/v1\n") == [("SW110", None)]


# -- many anthropic/ models: the file's keys read once, not once per model --------------------
def test_many_routed_claude_models_lint_in_linear_work(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from setup_wizard.config import names

    calls = 0
    names_any = names.names_any

    def counted(*args, **kwargs):  # type: ignore[no-untyped-def]
        nonlocal calls
        calls += 1
        return names_any(*args, **kwargs)

    monkeypatch.setattr(names, "names_any", counted)
    n = 1000
    text = "".join(f"OPENAI_MODEL_{i}=anthropic/claude-3-sonnet:free\n" for i in range(n))
    lint_text(text, environ={})
    # models._vendor_key_set read every variable for every model: n * n calls (10,000 lines:
    # six minutes).
    assert calls < 20 * n
