"""Lint, round 17: .env files written for Node's dotenv (issue #12).

npm dotenv reads a value in backticks, on one line or over several, as the text between them
(16.0.0 and later: https://github.com/motdotla/dotenv/commit/7e450198070b2b802e7a264ae8a202c33c5216a9);
python-dotenv does not know backtick quotes. Hugging Face chat-ui's MODELS=`[ ... ]` is the
common case: its models, on an endpoint that sends to a provider lint has a catalog of, are
judged there. Cloudflare's deprecation of Workers AI models of 2026-05-08, in full.
"""

from __future__ import annotations

import io

import pytest
from dotenv import dotenv_values
from dotenv.parser import parse_stream
from fix_support import follow
from lint_support import OPENAI_KEY

from setup_wizard.config import envfile, json5, templating
from setup_wizard.config.model import Config
from setup_wizard.lint.engine import lint_text
from setup_wizard.lint.findings import Finding

GSK = "gsk_" + "NoDeGrOqKeY" * 4 + "Zq9Wx1Ab"
ACCT = "d4ba2e3c15c942c374380afd7fb7f441"

# The tune file wrong-models-cloudflare-hermes-2-pro-retired-hf-chat-ui-cloudflare-docs.env,
# verbatim: chat-ui's docs, docs/source/configuration/models/providers/cloudflare.md
# (huggingface/chat-ui@6232ac1a44ce065428711102cf06fc9399dbbdaa).
CHATUI_CLOUDFLARE_DOCS = """MODELS=`[
  {
    "name" : "nousresearch/hermes-2-pro-mistral-7b",
    "tokenizer": "nousresearch/hermes-2-pro-mistral-7b",
    "parameters": {
      "stop": ["<|im_end|>"]
    },
    "endpoints" : [
      {
        "type" : "cloudflare"
        <!-- optionally specify these
        "accountId": "your-account-id",
        "authToken": "your-api-token"
        -->
      }
    ]
  }
]`
"""
# The same block with the HTML comment taken out (the one edit that makes it JSON5).
CHATUI_CLOUDFLARE_FIXED = "".join(
    ln for ln in CHATUI_CLOUDFLARE_DOCS.splitlines(keepends=True)
    if not any(w in ln for w in ("<!--", "-->", '"accountId"', '"authToken"')))
# chat-ui's docs, providers/openai.md at the same commit: GPT 4 and GPT 3.5 as "openai" models.
CHATUI_OPENAI_DOCS = """OPENAI_API_KEY=#your openai api key here
MODELS=`[{
  "name": "gpt-4",
  "displayName": "GPT 4",
  "endpoints" : [{
    "type": "openai",
    "apiKey": "or your openai api key here"
  }]
},{
  "name": "gpt-3.5-turbo",
  "displayName": "GPT 3.5 Turbo",
  "endpoints" : [{
    "type": "openai",
    "apiKey": "or your openai api key here"
  }]
}]`
"""
# The same page's o1-mini block, whose closing backtick the page left out.
CHATUI_O1_DOCS = """MODELS=`[
  {
      "name": "o1-mini",
      "description": "ChatGPT o1-mini",
      "systemRoleSupported": false,
      "parameters": {
        "max_new_tokens": 2048,
      },
      "endpoints" : [{
        "type": "openai",
        "useCompletionTokens": true,
      }]
  }
]
"""


def _found(text: str) -> list[Finding]:
    return lint_text(text, environ={})


def _codes(text: str) -> list[tuple[str, str | None]]:
    return [(f.code, f.key) for f in _found(text)]


# -- family A: a value in backticks is npm dotenv's quoting ----------------------------------
def test_a_backtick_block_is_one_value_read_as_npm_dotenv_reads_it() -> None:
    text = CHATUI_CLOUDFLARE_DOCS + "OPENAI_API_KEY=x\n"
    entries = envfile.parse(text)
    assert "".join(e.original for e in entries) == text
    models, key = entries
    assert models.key == "MODELS" and models.backtick and models.line == 1
    assert models.value == CHATUI_CLOUDFLARE_DOCS[len("MODELS=`"):-len("`\n")]
    assert models.python_value == "`["  # what python-dotenv reads: line 1 alone
    assert (key.key, key.value, key.line, key.backtick) == ("OPENAI_API_KEY", "x", 19, False)


def test_one_warning_on_the_variable_instead_of_an_error_per_line() -> None:
    found = _found(CHATUI_CLOUDFLARE_DOCS)
    assert [(f.code, f.severity, f.key, f.line) for f in found] == [
        ("SW124", "warning", "MODELS", 1), ("SW319", "info", "MODELS", 1)]
    ours = found[:1]
    said = ours[0].message
    assert "from line 1 to line 18" in said and "lines 2-18 as lines of their own" in said
    assert (ours[0].fix or "").startswith(
        "put MODELS's value in single quotes instead of backticks")
    # The HTML comment is not JSON5: chat-ui's JSON5.parse stops where lint's reading does.
    assert "line 11, column 9" in found[1].message and "JSON5.parse" in found[1].message


def test_the_fix_single_quotes_the_value_as_both_loaders_read_it() -> None:
    fix = next(f.fix for f in _found(CHATUI_CLOUDFLARE_DOCS) if f.code == "SW124")
    fixed = follow(CHATUI_CLOUDFLARE_DOCS, "SW124", "MODELS", fix or "")
    assert fixed.startswith("MODELS='[\n") and fixed.endswith("]'\n")
    node = envfile.values(envfile.parse(CHATUI_CLOUDFLARE_DOCS))["MODELS"]
    assert dotenv_values(stream=io.StringIO(fixed))["MODELS"] == node
    assert not any(f.code == "SW124" for f in _found(fixed))
    # A ', a \\ or a ${ inside: python-dotenv reads those otherwise in any quotes; no fix.
    for value in ("`it's`", "`a\\b`", "`${HOME}`"):
        found = [f for f in _found(f"NOTE={value}\n") if f.code == "SW124"]
        assert found[0].fix is None and "differently in any quotes" in found[0].message


def test_a_backtick_value_on_one_line_is_the_text_between_them() -> None:
    text = f"OPENAI_API_KEY={OPENAI_KEY}\nOPENAI_MODEL=`gpt-4o`\n"
    assert envfile.values(envfile.parse(text))["OPENAI_MODEL"] == "gpt-4o"
    found = _found(text)
    assert [(f.code, f.key) for f in found] == [("SW124", "OPENAI_MODEL")]
    assert "OPENAI_MODEL=`gpt-4o` there" in found[0].message  # python-dotenv's reading
    # ... and judged as gpt-4o: a retired model in backticks is still said.
    assert ("SW301", "OPENAI_MODEL") in _codes(text.replace("gpt-4o", "gpt-3.5-turbo"))


def test_npm_dotenvs_own_rules_for_where_a_backtick_value_ends() -> None:
    def read(text: str) -> tuple[str | None, bool]:
        e = envfile.parse(text)[0]
        return e.value, e.backtick

    # A comment after the closing backtick (its test .env: INLINE_COMMENTS_BACKTICKS).
    assert read("A=`inline comments outside of #backticks` # work\n") == (
        "inline comments outside of #backticks", True)
    # A backslash keeps the backtick after it inside, backslash and all (no escapes decoded).
    assert read("A=`a\\`b`\n") == ("a\\`b", True)
    # Text after the closing backtick: npm dotenv reads the line unquoted, and strips a
    # backtick at each end of it (its quote-removing replacement).
    assert read("A=`x`y`\n") == ("x`y", True)
    assert read("A=`x` junk\n") == ("`x` junk", False)  # python-dotenv's, as npm's
    # A key npm dotenv's LINE regex does not read ([\w.-]+): python-dotenv's reading.
    assert read("'A'=`x`\n") == ("`x`", False)
    # CRLF: the closing line's \r\n belongs to the value's element, as python-dotenv's would.
    crlf = "export X = `v\r\nw`\r\nY=2\r\n"
    es = envfile.parse(crlf)
    assert [(e.key, e.value, e.line) for e in es] == [("X", "v\nw", 1), ("Y", "2", 3)]
    assert es[0].exported and "".join(e.original for e in es) == crlf


def test_a_backtick_never_closed_keeps_python_dotenvs_reading_and_sw100() -> None:
    entries = envfile.parse(CHATUI_O1_DOCS)
    assert not any(e.backtick for e in entries)
    found = _found(CHATUI_O1_DOCS)
    assert ("SW100", None) in [(f.code, f.key) for f in found]
    assert not any(f.code == "SW124" for f in found)
    # Also not closed by a backtick later in the file that is not at a line's end.
    assert not envfile.parse("A=`[\n# run `npm start` first\nB=1\n")[0].backtick


def test_python_dotenvs_own_multi_line_values_are_read_as_before() -> None:
    text = 'KEY="multi\nline"\nA="has `tick` inside"\nB=\'`one`\'\n# use `npm run dev`\nC=plain\n'
    ours = [(e.key, e.value, e.line, e.original, e.error) for e in envfile.parse(text)]
    theirs = [(b.key, b.value, b.original.line, b.original.string, b.error)
              for b in parse_stream(io.StringIO(text))]
    assert ours == theirs
    assert envfile.values(envfile.parse(text)) == dotenv_values(stream=io.StringIO(text))
    assert not any(f.code == "SW124" for f in _found(text))


def test_python_dotenv_resumes_after_the_closing_line() -> None:
    # The lines after the block are read exactly as python-dotenv reads them on their own.
    tail = 'B="two\nlines"\nbad line\nC=3 # note\n'
    entries = envfile.parse("A=`x\ny`\n" + tail)
    rest = [(e.key, e.value, e.line - 2, e.original, e.error) for e in entries[1:]]
    assert rest == [(b.key, b.value, b.original.line, b.original.string, b.error)
                    for b in parse_stream(io.StringIO(tail))]


def test_rewriting_a_file_keeps_a_backtick_block_byte_for_byte() -> None:
    # A Node app's .env: a MODELS block whose JSON has a line that looks like a setting init
    # manages (python-dotenv alone would have read it as one, and init replaced it there).
    block = ("MODELS=`[\n  {\n    \"name\": \"x\",\n"
             "AUTOGEN_MODEL=not-a-setting-here\n    \"endpoints\": []\n  }\n]`\n")
    existing = "# chat-ui\n" + block + "PUBLIC_APP_NAME=ChatUI\nAUTOGEN_MODEL=old\n"
    c = Config.build(provider="groq", mode="direct", model="openai/gpt-oss-20b",
                     provider_key=GSK)
    merged = templating.env_text(c, existing)
    assert merged.startswith("# chat-ui\n" + block + "PUBLIC_APP_NAME=ChatUI\n")
    assert "\nAUTOGEN_MODEL=openai/gpt-oss-20b\n" in merged
    # Written again, nothing moves.
    assert templating.env_text(c, merged) == merged
    # A managed key whose old value was a backtick block is replaced whole: no line of the
    # old value is left behind.
    merged = templating.env_text(c, "AUTOGEN_MODEL=`llama-3.3-70b\n-versatile`\nKEEP=1\n")
    assert merged.startswith("AUTOGEN_MODEL=openai/gpt-oss-20b\nKEEP=1\n")


def test_writing_a_value_with_backticks_reads_back_unchanged() -> None:
    for value in ("`gpt-4o`", "a`b", "`[\n]`"):
        line = envfile.line_for("KEY", value)
        e = envfile.parse(line)[0]
        assert (e.value, e.backtick) == (value, False)  # double-quoted: python-dotenv's


# -- family B: chat-ui's MODELS, each model judged where its endpoint sends it ---------------
def test_a_retired_workers_ai_model_on_chat_uis_cloudflare_endpoint() -> None:
    found = [f for f in _found(CHATUI_CLOUDFLARE_FIXED) if f.code == "SW301"]
    assert len(found) == 1 and found[0].key == "MODELS" and found[0].line == 1
    said = found[0].message
    assert "'@hf/nousresearch/hermes-2-pro-mistral-7b' on 2026-05-30" in said
    assert "line 3" in said and "sent as @hf/nousresearch/hermes-2-pro-mistral-7b" in said
    assert (found[0].fix or "").startswith(
        'set "name": "@cf/meta/llama-3.3-70b-instruct-fp8-fast" in MODELS (see https://')


def test_retired_openai_models_on_chat_uis_openai_endpoint() -> None:
    found = [f for f in _found(CHATUI_OPENAI_DOCS) if f.key == "MODELS"]
    assert [f.code for f in found] == ["SW124", "SW301", "SW301"]
    assert "'gpt-4'" in found[1].message and "line 3" in found[1].message
    assert "'gpt-3.5-turbo'" in found[2].message and "line 10" in found[2].message
    assert all((f.fix or "").startswith('set "name": "') for f in found[1:])


def test_an_endpoints_base_url_names_the_provider() -> None:
    gateway = f"https://gateway.ai.cloudflare.com/v1/{ACCT}/my-gw/groq"
    for base in ("https://api.groq.com/openai/v1", gateway):
        text = ("MODELS=`[{id: 'llama3-8b-8192', name: 'Llama 3', // JSON5\n"
                f"  endpoints: [{{type: 'openai', baseURL: '{base}'}},],}},]`\n")
        found = [f for f in _found(text) if f.code == "SW301"]
        assert len(found) == 1 and "Groq shut down 'llama3-8b-8192'" in found[0].message
        assert (found[0].fix or "").startswith('set "id": "openai/gpt-oss-20b" in MODELS')
    # chat-ui's legacy TASK_MODEL: a model's own JSON5, not a model ID (no SW302 of its text).
    text = ("OPENAI_BASE_URL=https://api.groq.com/openai/v1\n"
            'TASK_MODEL={"name":"llama3-8b-8192","endpoints":[{"type":"openai",'
            '"baseURL":"https://api.groq.com/openai/v1"}]}\n')
    assert _codes(text) == [("SW301", "TASK_MODEL")]


def test_a_right_chat_ui_models_block_is_silent() -> None:
    text = """MODELS=`[
  {"name": "@cf/meta/llama-3.3-70b-instruct-fp8-fast", "endpoints": [{"type": "cloudflare"}]},
  {"name": "@cf/qwen/qwq-32b", "endpoints": [{"type": "cloudflare"}]},
  {"name": "meta/llama-3.1-8b-instruct-fast", "endpoints": [{"type": "cloudflare"}]},
  {"name": "gpt-6.1-terra", "endpoints": [{"type": "openai"}]},
  {"name": "claude-sonnet-4-6", "endpoints": [{"type": "anthropic"}]},
  {"id": "openai/gpt-oss-20b", "name": "GPT OSS", "endpoints": [
    {"type": "openai", "baseURL": "https://api.groq.com/openai/v1"}]},
]`
"""
    assert _codes(text) == [("SW124", "MODELS")]


@pytest.mark.parametrize("text", [
    # today's chat-ui: overrides of what OPENAI_BASE_URL serves, no endpoints of their own
    'MODELS=`[{"id": "llama3-8b-8192", "name": "Llama 3"}]`\n',
    # a server of the user's own, a relay in front of Anthropic: their names are their own
    'MODELS=`[{"name": "gpt-4", "endpoints": [{"type": "openai", '
    '"baseURL": "http://localhost:8000/v1"}]}]`\n',
    'MODELS=`[{"name": "claude-2.1", "endpoints": [{"type": "anthropic", '
    '"baseURL": "https://relay.example.com"}]}]`\n',
    # endpoints lint has no catalog of
    'MODELS=`[{"name": "gpt-4", "endpoints": [{"type": "tgi"}, {"type": "ollama"}]}]`\n',
])
def test_models_that_do_not_go_to_a_catalogued_provider_are_not_judged(text: str) -> None:
    assert _codes(text) == [("SW124", "MODELS")]


def test_a_models_list_that_is_not_chat_uis_json_is_left_alone() -> None:
    assert _codes("MODELS=gpt-4o,gpt-4\nTASK_MODEL=gpt-4o-mini\n") == []


def test_json5_as_chat_ui_reads_it() -> None:
    value = json5.loads("[{a: 1, 'b': \"x\", /* c */ c: [0x1F, .5, +1,],}, // end\n]")
    assert value == [{"a": 1, "b": "x", "c": [31, 0.5, 1]}]
    for bad in ('{"a": 1 <!-- x --> }', "[\"abc", "012", "[" * 200):
        with pytest.raises(json5.JSON5Error):
            json5.loads(bad)


# -- family C: Workers AI's deprecations of 2026-05-30, the whole list -----------------------
@pytest.mark.parametrize("model", ["@hf/nousresearch/hermes-2-pro-mistral-7b",
                                   "@cf/microsoft/phi-2", "@cf/defog/sqlcoder-7b-2"])
def test_every_model_of_cloudflares_notice_is_retired(model: str) -> None:
    text = f"CLOUDFLARE_API_TOKEN={'LiNtCfApI' * 4}Tk7W\nCLOUDFLARE_MODEL={model}\n"
    assert ("SW301", "CLOUDFLARE_MODEL") in _codes(text)


@pytest.mark.parametrize("model", ["@cf/meta/llama-3.1-8b-instruct-fast",
                                   "@cf/mistral/mistral-7b-instruct-v0.2-lora",
                                   "@cf/nousresearch/hermes-3-llama-3.1-8b"])
def test_the_variants_that_stay_are_not_retired(model: str) -> None:
    text = f"CLOUDFLARE_API_TOKEN={'LiNtCfApI' * 4}Tk7W\nCLOUDFLARE_MODEL={model}\n"
    assert not any(code == "SW301" for code, _key in _codes(text))
