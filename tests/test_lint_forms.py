"""The same .env, written another way, gets the same errors.

A file's meaning to python-dotenv does not change with `export ` before each name, CRLF line
ends, blanks around `=`, an inline comment after an unquoted value, a heading comment,
double quotes around a plain value, blanks around an unquoted one, or the order of its
lines (when no `${VAR}` refers to a line below it and no value spans lines). A value in
backticks is npm dotenv's, which lint reads as npm dotenv does: it is no unquoted value
(a `#` after its opening backtick is inside it). So neither may lint's errors: which
variable holds the mistake must not hang on which `*_MODEL` line came first.
Each in-scope file of the .env corpus's `tune` half is rewritten in each form and linted.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

import pytest
from env_corpus_support import entries, prepared

from setup_wizard.config import envfile
from setup_wizard.config.roles import resolve
from setup_wizard.lint.engine import lint_text

_ASSIGNMENT = re.compile(r"^([A-Za-z_][A-Za-z0-9_]*)=(.*)$")


def _each(text: str, f: Callable[[str, str], str]) -> str:
    out = []
    for line in text.split("\n"):
        m = _ASSIGNMENT.match(line)
        out.append(f(m.group(1), m.group(2)) if m else line)
    return "\n".join(out)


def _double_quoted(k: str, v: str) -> str:
    """`K="v"`: python-dotenv reads the same value (unquoted, it strips the blanks)."""
    if not v or v.lstrip().startswith(("'", '"', "`")) or any(ch in v for ch in '#"\\$') \
            or len(v.split()) > 1:  # a value with blanks inside is no plain value
        return f"{k}={v}"
    return f'{k}="{v.strip()}"'


def _blanked(k: str, v: str) -> str:
    """`K=  v   `: python-dotenv strips the blanks around an unquoted value."""
    if not v or v.lstrip().startswith(("'", '"', "`")) or "#" in v:
        return f"{k}={v}"
    return f"{k}=  {v}   "


def _commented(k: str, v: str) -> str:
    plain = v and not v.startswith(("'", '"', "`")) and "#" not in v
    return f"{k}={v} # set by me" if plain else f"{k}={v}"


def _spans_lines(text: str) -> bool:
    """A value over several lines (quoted, or in backticks): reversed, it would be another."""
    return any(e.key and "\n" in e.original.strip() for e in envfile.parse(text))


FORMS: dict[str, Callable[[str], str | None]] = {
    "export": lambda t: _each(t, lambda k, v: f"export {k}={v}"),
    "crlf": lambda t: t.replace("\n", "\r\n"),
    "blanks around =": lambda t: _each(t, lambda k, v: f"{k} = {v}"),
    "inline comment": lambda t: _each(t, _commented),
    "heading comment": lambda t: "# my app\n\n" + t,
    "double quotes": lambda t: _each(t, _double_quoted),
    "blanks around a value": lambda t: _each(t, _blanked),
    "lines reversed": lambda t: None if "${" in t or _spans_lines(t)
    else "\n".join(reversed(t.split("\n"))),
}


def _errors(text: str) -> list[tuple[str, str]]:
    return sorted({(f.key or "", f.code) for f in lint_text(text, environ={})
                   if f.severity == "error"})


@cache
def _tune() -> list[tuple[str, str, list[tuple[str, str]]]]:
    return [(row["file"], text, _errors(text))
            for row in entries("tune") for text in [prepared(row)]]


@pytest.mark.parametrize("form", sorted(FORMS))
def test_a_rewrite_dotenv_reads_alike_keeps_the_errors(form: str) -> None:
    changed = []
    for file, text, bare in _tune():
        written = FORMS[form](text)
        if written is not None and (got := _errors(written)) != bare:
            changed.append(f"{file}: {bare} -> {got}")
    assert not changed, "\n".join(changed)


def test_the_model_named_for_the_url_provider_is_the_model() -> None:
    # OpenRouter's base URL with two *_MODEL names: OPENROUTER_MODEL is what it is sent,
    # whichever line comes first; the other is still checked as a model of its own.
    lines = ["OPENROUTER_BASE_URL=https://openrouter.ai/api/v1",
             "OPENROUTER_API_KEY=sk-or-v1-" + "c0ffee42" * 8,
             "CLOUDFLARE_MODEL=@cf/meta/llama-3.1-8b-instruct",
             "OPENROUTER_MODEL=anthropic/claude-3.5-sonnet"]
    for text in ("\n".join(lines), "\n".join(reversed(lines))):
        assert _errors(text) == [("CLOUDFLARE_MODEL", "SW301")], text


def test_a_second_model_of_the_base_urls_client_goes_where_it_points() -> None:
    # Claude Code pointed at Groq: ANTHROPIC_MODEL and ANTHROPIC_SMALL_FAST_MODEL both go to
    # api.groq.com, so a model Groq retired is an error in either.
    base = ["ANTHROPIC_BASE_URL=https://api.groq.com/openai/v1",
            "ANTHROPIC_AUTH_TOKEN=gsk_" + "CoRpUsStAnDiN" * 4]
    for first, second in (("ANTHROPIC_MODEL", "ANTHROPIC_SMALL_FAST_MODEL"),
                          ("ANTHROPIC_SMALL_FAST_MODEL", "ANTHROPIC_MODEL")):
        text = "\n".join([*base, f"{first}=openai/gpt-oss-20b",
                          f"{second}=moonshotai/kimi-k2-instruct-0905"])
        assert (second, "SW301") in _errors(text), text
    # The same id under another service's name, with no base URL of that name, is not judged
    # against Groq.
    text = "\n".join(["OPENAI_BASE_URL=https://api.groq.com/openai/v1",
                      "OPENAI_API_KEY=gsk_" + "CoRpUsStAnDiN" * 4,
                      "OPENAI_MODEL=openai/gpt-oss-20b",
                      "ANTHROPIC_MODEL=moonshotai/kimi-k2-instruct-0905"])
    assert ("ANTHROPIC_MODEL", "SW301") not in _errors(text)


# Another provider's own settings, self-consistent, added to a right file: its client reads
# them, so the file stays free of errors. (A file holding only a base URL is left out: lint
# judges such a file on the base URL alone, and any added setting ends that.)
BLOCKS = {
    "groq": "GROQ_API_KEY=gsk_" + "CoRpUsStAnDiN" * 4 + "\nGROQ_MODEL=openai/gpt-oss-20b\n",
    "openrouter": ("OPENROUTER_API_KEY=sk-or-v1-" + "c0ffee42" * 8
                   + "\nOPENROUTER_MODEL=openai/gpt-oss-120b\n"),
    "xai": "XAI_API_KEY=xai-" + "CoRpUsStAnDiN" * 4 + "\nXAI_MODEL=grok-4.3\n",
    "anthropic": ("ANTHROPIC_API_KEY=sk-ant-api03-" + "CoRpUsStAnDiN" * 6
                  + "\nANTHROPIC_MODEL=claude-opus-4-5\n"),
    "deepseek": "DEEPSEEK_API_KEY=sk-" + "c0ffee42" * 4 + "\nDEEPSEEK_MODEL=deepseek-v4-flash\n",
}


@pytest.mark.parametrize("block", sorted(BLOCKS))
def test_another_providers_own_settings_leave_a_right_file_clean(block: str) -> None:
    added = BLOCKS[block]
    names_added = [line.split("=", 1)[0] for line in added.splitlines()]
    broken = []
    for row in entries("tune", verdict="right"):
        text = prepared(row)
        values = envfile.values(envfile.parse(text))
        if any(n in values for n in names_added) or \
                set(resolve(values).bindings) <= {"base_url"}:
            continue
        if _errors(text) == [] and (got := _errors(text + "\n" + added)):
            broken.append(f"{row['file']}: {got}")
    assert not broken, "\n".join(broken)


# A template's empty keys of other providers: the app lists what it supports, and a user
# fills one. Left empty they configure nothing, so they change no error of the file.
EMPTY_KEYS = ("ANTHROPIC_API_KEY", "GEMINI_API_KEY", "MISTRAL_API_KEY", "OPENROUTER_API_KEY")


def test_other_providers_keys_left_empty_change_no_error() -> None:
    changed = []
    for file, text, bare in _tune():
        named = set(re.findall(r"(?m)^\s*(?:export\s+)?([A-Za-z_]\w*)\s*[=:]", text))
        added = "".join(f"{n}=\n" for n in EMPTY_KEYS if n not in named)
        if (got := _errors(text + "\n" + added)) != bare:
            changed.append(f"{file}: {bare} -> {got}")
    assert not changed, "\n".join(changed)


# A template's block for another client of the app's: a local model server as a fallback, an
# embeddings server. Their addresses are those clients', never the base URL the file's own
# settings go with, so the file's errors stay what they were (appending them to every tune
# file once hid 48 files' mistakes). (An embeddings client's whole base on a provider's host,
# https://api.openai.com/v1, may change one: it says the app hands whole bases to clients of
# its own, SW230.)
SIDE_BLOCKS = {
    "ollama": "OLLAMA_BASE_URL=http://localhost:11434\nOLLAMA_MODEL=llama3.1:8b\n",
    "embeddings": ("EMBEDDING_MODEL=nomic-embed-text\n"
                   "EMBEDDING_BASE_URL=http://localhost:8081/v1\n"),
}


@pytest.mark.parametrize("block", sorted(SIDE_BLOCKS))
def test_another_clients_block_changes_no_error(block: str) -> None:
    added = SIDE_BLOCKS[block]
    names_added = {line.split("=", 1)[0] for line in added.splitlines()}
    changed = []
    for file, text, bare in _tune():
        named = set(re.findall(r"(?m)^\s*(?:export\s+)?([A-Za-z_]\w*)\s*[=:]", text))
        if named & names_added:
            continue
        if (got := _errors(text + "\n" + added)) != bare:
            changed.append(f"{file}: {bare} -> {got}")
    assert not changed, "\n".join(changed)


def test_a_key_that_is_set_beats_an_empty_one() -> None:
    gsk = "gsk_" + "CoRpUsStAnDiN" * 4
    # The app's own key name holds a Groq key; Mistral's name is listed, empty: the requests
    # go to Groq, where a model Groq retired is an error as such, not "sent to Mistral".
    text = f"APP_API_KEY={gsk}\nMISTRAL_API_KEY=\nMODEL=mixtral-8x7b-32768\n"
    assert _errors(text) == [("MODEL", "SW301")]
    # OpenRouter's own name left empty beside a set OPENAI_API_KEY: the set one is sent.
    text = ("OPENAI_BASE_URL=https://openrouter.ai/api/v1\nOPENROUTER_API_KEY=\n"
            f"OPENAI_API_KEY={gsk}\n")
    assert ("OPENAI_API_KEY", "SW504") in _errors(text)
    # Several keys left empty decide nothing; one alone still says where requests go.
    many = "GROQ_MODEL=openai/gpt-oss-120b\nANTHROPIC_API_KEY=\nMISTRAL_API_KEY=\n"
    assert _errors(many) == []
    assert _errors("MISTRAL_API_KEY=\nMODEL=llama-3.3-70b-versatile\n") != []


def test_a_gateway_route_without_a_row_takes_no_other_providers_key() -> None:
    url = ("GOOGLE_PROXY_URL=https://gateway.ai.cloudflare.com/v1/"
           "0123456789abcdef0123456789abcdef/gemini-gateway/google-ai-studio\n")
    assert _errors(url + "ANTHROPIC_API_KEY=\nMISTRAL_API_KEY=\n") == _errors(url) == []


def test_an_empty_generic_key_yields_to_a_set_one() -> None:
    # A template's empty OPENAI_API_KEY= beside LiteLLM's names holding a Groq key: the set
    # key is what is sent, so the retired Groq model is still an error as such.
    gsk = "gsk_" + "CoRpUsStAnDiN" * 4
    text = (f"LLM_API_KEY={gsk}\nLLM_MODEL=groq/llama-3.3-70b-versatile\nGROQ_API_KEY={gsk}\n")
    assert _errors(text) == _errors(text + "OPENAI_API_KEY=\n") == [("LLM_MODEL", "SW301")]


def test_a_gateway_url_with_empty_key_lines_is_judged_on_the_url() -> None:
    url = ("OPENAI_BASE_URL=https://gateway.ai.cloudflare.com/v1/"
           "0123456789abcdef0123456789abcdef/my-gateway/openai\n")
    assert _errors(url) == _errors(url + "OPENAI_API_KEY=\n") == []
    # A key that is set configures the path: then the token the gateway needs is missing.
    assert ("CF_AIG_TOKEN", "SW401") in _errors(url + "OPENAI_API_KEY=sk-proj-" + "a1" * 24)
