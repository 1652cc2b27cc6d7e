"""Quotes that `docker run --env-file` keeps (issue 12, SW122, info). python-dotenv, docker
compose and a shell read `KEY="value"` as `value`; docker run --env-file passes the line as
written, so the app gets `"value"`: OpenAI answered 'Incorrect API key provided:
"sk-proj***pUA"' (topoteretes/cognee#1721), cognee said `'"openai"' is not a valid
LLMProvider` (cognee#1750), LiteLLM got `'"https://..."'` as AZURE_API_BASE (BerriAI/litellm
#27591, PR #27596), xAI refused a key single-quoted for a shell (joemccann/radon#184).

Firing texts are the reports' lines; where the poster masked the key (`sk-proj***pUA`, `***`)
a well-formed stand-in of the same kind takes the masked part's place, as the corpus does. The
silent texts are look-alikes: values that need their quotes, other programs' settings, the
cmd.exe case SW113 says, lines docker refuses anyway."""

from __future__ import annotations

from pathlib import Path

import pytest
from fix_support import follow

from setup_wizard.lint import report
from setup_wizard.lint.engine import FileResult, lint_file, lint_text
from setup_wizard.lint.findings import Finding

OPENAI_KEY = "sk-proj-" + "Qu0t3dD0ck3rK3y" * 3  # stands in for the poster's sk-proj***pUA
XAI_KEY = "xai-" + "Qu0t3dXa1K3y" * 4
AZURE_KEY = "0f1e2d3c4b5a69788796a5b4c3d2e1f0"  # an Azure key's shape: 32 hex


def _lint(text: str) -> list[Finding]:
    return lint_text(text, environ={})


def _quotes(text: str) -> list[Finding]:
    return [f for f in _lint(text) if f.code == "SW122"]


# -- firing: the reports' lines --------------------------------------------------------------
def test_cognee_1721_a_quoted_key_is_said_with_its_line_and_masked() -> None:
    text = f'LLM_API_KEY="{OPENAI_KEY}"\n'
    (f,) = _quotes(text)
    assert (f.key, f.line, f.severity) == ("LLM_API_KEY", 1, "info")
    assert "docker run --env-file keeps them" in f.message
    assert "python-dotenv" in f.message and "docker compose" in f.message
    assert "401" in f.message and '"sk-proj-...' in f.message
    assert f.fix and f.fix.startswith("remove the quotes around LLM_API_KEY's value")
    assert OPENAI_KEY not in f.message + f.fix


def test_cognee_1750_the_block_as_posted() -> None:
    """The `# LLM` lines carry the poster's `-- or gemini` notes, which python-dotenv cannot
    read (SW100); the `# Embeddings` lines are the quoted settings docker keeps."""
    text = ('# LLM\nLLM_PROVIDER="openai" -- or gemini\n'
            'LLM_MODEL="openai/gpt-5-mini" -- or gemini/gemini-2.0-flash\n'
            'LLM_API_KEY="sk-proj-" -- respective gemini key\n\n# Embeddings\n'
            'EMBEDDING_PROVIDER="ollama"\nEMBEDDING_MODEL="embeddinggemma:latest"\n'
            'EMBEDDING_ENDPOINT="http://localhost:11434/api/embed"\nEMBEDDING_DIMENSIONS=768\n'
            'HUGGINGFACE_TOKENIZER="sentence-transformers/all-MiniLM-L6-v2"\n')
    found = {(f.key, f.line) for f in _quotes(text)}
    assert found == {("EMBEDDING_PROVIDER", 7), ("EMBEDDING_MODEL", 8),
                     ("EMBEDDING_ENDPOINT", 9)}


def test_cognee_1750_the_provider_without_the_posters_notes() -> None:
    (f,) = _quotes('LLM_PROVIDER="openai"\n')
    assert "provider's name with its quotes" in f.message and '("openai")' in f.message
    assert f.fix == "set LLM_PROVIDER=openai (it needs none: every loader then reads the same)"


def test_litellm_27596_a_quoted_azure_base_and_key() -> None:
    text = ('AZURE_API_BASE="https://my-endpoint.services.ai.azure.com/openai/v1"\n'
            f'AZURE_API_KEY="{AZURE_KEY}"\n')
    base, key = _quotes(text)
    assert (base.key, base.line, key.key, key.line) == ("AZURE_API_BASE", 1, "AZURE_API_KEY", 2)
    assert "URL with its quotes" in base.message
    assert base.fix and base.fix.startswith(
        "set AZURE_API_BASE=https://my-endpoint.services.ai.azure.com/openai/v1")
    # the second points back to the first instead of repeating who keeps the quotes
    assert "too (see line 1)" in key.message
    assert AZURE_KEY not in key.message + (key.fix or "")


def test_radon_184_single_quotes_are_kept_too() -> None:
    (f,) = _quotes(f"XAI_API_KEY='{XAI_KEY}'\n")
    assert f.key == "XAI_API_KEY" and "('xai-..." in f.message
    assert XAI_KEY not in f.message


@pytest.mark.parametrize("line,key", [
    ('OPENAI_BASE_URL="https://api.groq.com/openai/v1"\n', "OPENAI_BASE_URL"),
    ('OPENAI_MODEL_NAME="llama-3.3-70b-versatile"\n', "OPENAI_MODEL_NAME"),
    ('AUTOGEN_MODEL="openai/gpt-oss-20b"\n', "AUTOGEN_MODEL"),
    ('USE_AI_GATEWAY="true"\n', "USE_AI_GATEWAY"),
    (f'GROQ_API_KEY="gsk_{"Qu0t3dGr0qK3y" * 4}"\n', "GROQ_API_KEY"),
    ('CF_GATEWAY_TOKEN="cfut_' + "Qu0t3dT0k3n" * 4 + '"\n', "CF_GATEWAY_TOKEN"),
    ('HF_TOKEN="hf_' + "Qu0t3dHfT0k3n" * 3 + '"\n', "HF_TOKEN"),
    ("RERANK_MODEL='BAAI/bge-reranker-v2-m3'\n", "RERANK_MODEL"),
])
def test_other_llm_settings_of_each_kind(line: str, key: str) -> None:
    assert [f.key for f in _quotes(line)] == [key]


# -- silent: look-alikes -----------------------------------------------------------------------
SILENT = [
    # unquoted: every loader reads the same
    f"LLM_API_KEY={OPENAI_KEY}\nLLM_PROVIDER=openai\n",
    # the quotes are needed: a blank inside, a ` #`, a `$`, a backslash escape
    'LLM_MODEL="gpt-4o mini"\n', 'OPENAI_MODEL="gpt-4o #fast"\n',
    'OPENAI_API_KEY="sk-proj-abc$defghijklmnopqrstuvw"\n', 'LLM_MODEL="a\\tb"\n',
    # not an LLM setting: another program's
    'DATABASE_URL="postgres://user:pw@db:5432/app"\nAPP_NAME="x"\n',
    'NEXT_PUBLIC_API_URL="https://api.example.com"\nREDIS_URL="redis://cache:6379"\n',
    'SECRET_KEY="Dj4ng0S3cr3tK3yV4lu3F0rS3ss10ns"\nAUTH_PROVIDER="google"\n',
    'OPENROUTER_SITE_URL="https://myapp.example.com"\n',
    'HUGGINGFACE_TOKENIZER="sentence-transformers/all-MiniLM-L6-v2"\n',
    'OPENAI_MAX_TOKENS="4096"\nENABLE_SMART_LLM="true"\n',
    # a multi-line value
    'SYSTEM_PROMPT="You are\nhelpful"\nLLM_MODEL="gpt-4o\nmini"\n',
    # empty (a template's blank), a placeholder, a local server's word for no key
    'OPENAI_API_KEY=""\nOPENAI_BASE_URL=""\n', 'OPENAI_API_KEY="your-api-key-here"\n',
    'OPENAI_API_KEY="lm-studio"\nOPENAI_API_BASE=http://localhost:1234/v1\n',
    # lines docker reads otherwise anyway: a comment after the quote, export, blanks at =
    f'OPENAI_API_KEY="{OPENAI_KEY}" # from the console\n',
    f'export OPENAI_API_KEY="{OPENAI_KEY}"\n', f'OPENAI_API_KEY = "{OPENAI_KEY}"\n',
]


@pytest.mark.parametrize("text", SILENT)
def test_silent_where_the_quotes_are_needed_or_not_an_llm_setting(text: str) -> None:
    assert _quotes(text) == []


def test_cmd_exe_set_quotes_are_sw113_not_sw122() -> None:
    """cmd.exe's `set LLM_MODEL="gpt-4o"` keeps the quotes in the value for every loader:
    the corpus writes it as the .env it stands for, the quotes inside single quotes."""
    codes = [f.code for f in _lint("LLM_MODEL='\"gpt-4o\"'\n")]
    assert "SW113" in codes and "SW122" not in codes


def test_only_the_line_python_dotenv_uses() -> None:
    text = 'LLM_MODEL="gpt-4o"\nLLM_MODEL=gpt-4o-mini\n'
    assert _quotes(text) == []
    assert [f.line for f in _quotes('LLM_MODEL=gpt-4o\nLLM_MODEL="gpt-4o-mini"\n')] == [2]


# -- severity, suppression, rendering, secrets ------------------------------------------------
QUOTED = (f'LLM_PROVIDER="openai"\nLLM_MODEL="openai/gpt-5-mini"\nLLM_API_KEY="{OPENAI_KEY}"\n'
          'LLM_ENDPOINT="https://api.openai.com/v1"\n')


def test_one_info_per_variable_and_the_run_passes(tmp_path: Path) -> None:
    path = tmp_path / ".env"
    path.write_text(QUOTED)
    result = lint_file(str(path))
    assert [(f.code, f.line, f.severity) for f in result.findings] == [
        ("SW122", n, "info") for n in (1, 2, 3, 4)]
    assert report.exit_code([result], strict=True) == 0


def test_an_ignore_on_a_line_of_its_own_silences_the_whole_file() -> None:
    assert _quotes("# setup-wizard: ignore[SW122]\n\n" + QUOTED) == []
    assert _quotes(QUOTED + "# setup-wizard: ignore[SW122]\n") == []
    # another code's ignore does not, nor does SW122's silence another code file-wide
    assert len(_quotes("# setup-wizard: ignore[SW113]\n\n" + QUOTED)) == 4
    text = "# setup-wizard: ignore[SW122]\n\n" + QUOTED + "OPENAI_MODEL='\"gpt-4o\"'\n"
    assert [f.code for f in _lint(text)] == ["SW113"]


@pytest.mark.parametrize("fmt", sorted(report.RENDERERS))
def test_every_format_renders_it_and_no_secret_leaks(fmt: str) -> None:
    result = FileResult(".env", lint_text(QUOTED, environ={}))
    out = report.RENDERERS[fmt]([result])
    assert "SW122" in out and "LLM_API_KEY" in out
    assert OPENAI_KEY not in out and OPENAI_KEY[8:] not in out
    if fmt == "github":
        assert "::notice file=.env,line=3,title=SW122::" in out
    if fmt == "markdown":
        assert "| .env | 3 | info | SW122 |" in out


def test_following_each_fix_removes_it_and_changes_nothing_else() -> None:
    before = _lint(QUOTED)
    for f in before:
        fixed = follow(QUOTED, f.code, f.key, f.fix or "")
        after = _lint(fixed)
        assert f.key not in {x.key for x in after if x.code == "SW122"}
        assert {(x.code, x.key) for x in after} <= {(x.code, x.key) for x in before}
    assert lint_text(QUOTED.replace('"', ""), environ={}) == []
