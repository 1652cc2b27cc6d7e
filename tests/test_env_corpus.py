"""`lint` on real configurations it was not written for (tests/fixtures/corpus/envs, each with
its public source): the wrong variable named in >= 90% of the wrong files and >= 95% of the
right files free of errors, on both halves of the split. How each posted form is read and
which redacted values get a stand-in: tests/env_corpus_support.py."""

from __future__ import annotations

import re
from collections import Counter

import pytest
from env_corpus_support import (
    _PROMPT,
    ENVS,
    STAND_IN_KEYS,
    STAND_IN_TOKEN,
    as_dotenv,
    entries,
    lint_row,
    prepared,
    redacted_names,
    score,
    stand_ins,
)

from setup_wizard.config import envfile
from setup_wizard.lint.engine import lint_text

NAMED_MIN = 90.0
CLEAN_MIN = 95.0


def test_every_entry_has_its_source_and_label() -> None:
    rows = entries(scope=None)
    assert len({r["file"] for r in rows}) == len(rows)
    assert {p.name for p in ENVS.iterdir()} == {r["file"] for r in rows}
    for r in rows:
        assert r["source"].startswith("https://"), r["file"]
        assert r["verdict"] in ("wrong", "right") and r["scope"] in ("in", "out")
        assert bool(r["wrong_vars"]) == (r["verdict"] == "wrong"), r["file"]
        assert r["scope"] == "in" or (r["verdict"] == "wrong" and r.get("scope_why"))
    verdicts = Counter(r["verdict"] for r in rows)
    assert verdicts["wrong"] >= 60 and verdicts["right"] >= 20


# The sixth round brought the first check right file lint reports an error on, the ninth a
# second, the eleventh, the thirteenth and the fifteenth one each (the sixteenth to
# twenty-second none, the twenty-third one): 48 of the 54 check right files were clean (88.9%,
# the mark is 95%); 49 (90.7%) since session 17's posted forms and right-file families.
# They are not looked at, like every check miss, so that the check half stays a measure.
# Strict: the mark goes the day it is met.
CHECK_RIGHT_BELOW_MARK = pytest.mark.xfail(strict=True,
                                           reason="check half at 51/56 right files clean (91.1%)")


@pytest.mark.parametrize("split", ["tune", pytest.param("check", marks=CHECK_RIGHT_BELOW_MARK)])
def test_right_files_are_free_of_errors(split: str) -> None:
    s, _misses = score(entries(split))
    assert s.right >= 5
    clean = s.pct(s.clean, s.right)
    assert clean >= CLEAN_MIN, f"{split}: {clean:.1f}% of right files free of errors"


# The check half's mark is not met: 81 of its 101 in-scope wrong files are named (80.2%,
# 2026-11-29, twenty-six rounds of collection and a re-audit of the first five; the 25th's
# and 26th's fresh check files: 4 of 8 and 1 of 5 before any tuning; the 96 files before the
# 26th: 80, one more after the round's catalogs and SW321), and its misses
# are not looked at, by design (tests/env_corpus_support.py). Strict: the mark goes the day
# the figure reaches 90%.
CHECK_BELOW_MARK = pytest.mark.xfail(strict=True, reason="check half at 81/101 named (80.2%)")
# What the check half reaches today, held so that no change makes it worse (a new round of
# data may lower it; the floor then follows the measure, said in the issue note).
CHECK_FLOOR = {"named": 80.1, "clean": 91.0}  # 80.20%, 91.07%, rounded down


@pytest.mark.parametrize("split", ["tune", pytest.param("check", marks=CHECK_BELOW_MARK)])
def test_lint_names_the_wrong_variable(split: str) -> None:
    s, _misses = score(entries(split))
    assert s.wrong >= 10
    named = s.pct(s.named, s.wrong)
    assert named >= NAMED_MIN, f"{split}: wrong variable named in {named:.1f}% of wrong files"


def test_check_half_does_not_fall_below_today() -> None:
    s, _misses = score(entries("check"))
    assert s.pct(s.named, s.wrong) >= CHECK_FLOOR["named"], (s.named, s.wrong)
    assert s.pct(s.clean, s.right) >= CHECK_FLOOR["clean"], (s.clean, s.right)


def test_out_of_scope_entries_are_kept_and_counted() -> None:
    out = entries(scope="out")
    assert out and all(r["verdict"] == "wrong" for r in out)


@pytest.mark.parametrize("row", entries(split="tune"), ids=lambda r: r["file"][:48])
def test_no_stand_in_secret_reaches_a_message(row: dict) -> None:
    blob = "\n".join(f"{f.message} {f.fix or ''}" for f in lint_row(row))
    for secret in (*STAND_IN_KEYS.values(), STAND_IN_TOKEN):
        assert secret[6:-6] not in blob


def test_stand_ins_replace_exactly_the_redacted_values() -> None:
    changed = 0
    for row in entries(scope=None):
        before = envfile.values(envfile.parse(as_dotenv((ENVS / row["file"]).read_text())))
        after = envfile.values(envfile.parse(prepared(row)))
        diff = {k for k in before if before[k] != after.get(k)}
        assert diff <= set(redacted_names(row)), row["file"]
        assert set(after) == set(before), row["file"]
        changed += bool(diff)
    assert changed >= 20  # most posts hide a key or an account ID


@pytest.mark.parametrize("posted, dotenv", [
    ('docker run -d -e OPENAI_API_KEY="sk-1" \\\n  -e BASE_URL=https://x/v1 img\n',
     {"OPENAI_API_KEY": "sk-1", "BASE_URL": "https://x/v1"}),
    ("services:\n  app:\n    environment:\n      MODEL: \"llama3\"  # note\n      KEY: v\n",
     {"MODEL": "llama3", "KEY": "v"}),
    ('    environment:\n      - "BASE_URL=https://x/v1"\n      - MODEL=m\n',
     {"BASE_URL": "https://x/v1", "MODEL": "m"}),
    ('set GROQ_API_KEY="gsk_x"\n', {"GROQ_API_KEY": '"gsk_x"'}),  # cmd.exe keeps the quotes
    ('$env:GROQ_API_KEY = "gsk_x"\n', {"GROQ_API_KEY": "gsk_x"}),
    ('{"env": {\n  "ANTHROPIC_MODEL": "m",\n  "A_URL": "https://x"\n}}\n',
     {"ANTHROPIC_MODEL": "m", "A_URL": "https://x"}),
    ("export A=1\nB='two'\n", {"A": "1", "B": "two"}),
    ('ENV GROQ_API_KEY="gsk_x"\nENV MODEL m\n', {"GROQ_API_KEY": "gsk_x", "MODEL": "m"}),
    ('setx GROQ_API_KEY "gsk_x"\n', {"GROQ_API_KEY": "gsk_x"}),
    ('os.environ["MODEL"] = "m"\n', {"MODEL": "m"}),
    ("jobs:\n  t:\n    env:\n      MODEL: m\n", {"MODEL": "m"}),
    ("env:\n  - name: MODEL\n    value: \"m\"\n", {"MODEL": "m"}),
    ("heroku config:set MODEL=m\n", {"MODEL": "m"}),
    ("{\n 'MODEL': 'm',\n 'KEY': \"v\",\n}\n", {"MODEL": "m", "KEY": "v"}),
    ('process.env.MODEL = "m";\n', {"MODEL": "m"}),
])
def test_posted_forms_are_read_as_the_env_they_stand_for(posted: str, dotenv: dict) -> None:
    values = envfile.values(envfile.parse(as_dotenv(posted)))
    assert {k: values[k] for k in dotenv} == dotenv


def test_an_excerpt_cut_below_its_environment_key_is_read_as_that_map() -> None:
    values = envfile.values(envfile.parse(as_dotenv("  MODEL: m\n  # note\n  KEY: v\n")))
    assert values == {"MODEL": "m", "KEY": "v"}
    # Lines at more than one indent are no one map: a nested map's keys and a block scalar's
    # text are not settings.
    for nested in ("  OPENAI:\n    API_KEY: sk-abc\n    MODEL: gpt-4\n",
                   "    LOG: |\n      ERROR: x\n"):
        values = envfile.values(envfile.parse(as_dotenv(nested)))
        assert not {"API_KEY", "MODEL", "LOG", "ERROR"} & set(values), nested


def test_a_docs_pages_windows_line_for_the_same_setting_is_not_a_second_one() -> None:
    posted = "export KEY=<key> # Mac/Linux\nsetx   KEY <key> # Windows\n"
    assert as_dotenv(posted).count("KEY") == 1
    assert as_dotenv("setx KEY a\n").count("KEY") == 1  # alone, it is the setting


def test_a_docker_run_reads_its_shell_references_as_the_shell_does() -> None:
    """-e K="$K" after `export K=...` passes the shell's K on: one setting, not a second one
    with the text $K; another $X is python-dotenv's ${X}. podman's and nerdctl's run take the
    same -e flags."""
    posted = ('export OPENAI_API_KEY=sk-abc\nexport HELICONE_API_KEY=h1\n'
              'docker run -d \\\n'
              '  -e OPENAI_API_BASE_URL="https://oai.helicone.ai/v1/$HELICONE_API_KEY" \\\n'
              '  -e OPENAI_API_KEY="$OPENAI_API_KEY" \\\n  ghcr.io/open-webui/open-webui\n')
    text = as_dotenv(posted)
    assert text.count("OPENAI_API_KEY=") == 1
    assert envfile.values(envfile.parse(text))["OPENAI_API_BASE_URL"] == \
        "https://oai.helicone.ai/v1/${HELICONE_API_KEY}"
    assert not [f for f in lint_text(text, environ={}) if f.code in ("SW101", "SW102")]
    # without the export, $K is a reference to the environment, kept as one
    alone = as_dotenv('docker run -e OPENAI_API_KEY="$OPENAI_API_KEY" img\n')
    assert envfile.values(envfile.parse(alone)) == {"OPENAI_API_KEY": "${OPENAI_API_KEY}"}
    for tool in ("podman", "nerdctl"):
        values = envfile.values(envfile.parse(as_dotenv(
            f"{tool} run -d -p 3000:8080 -e OLLAMA_BASE_URL=http://host.containers.internal:11434"
            " ghcr.io/open-webui/open-webui:main\n")))
        assert values == {"OLLAMA_BASE_URL": "http://host.containers.internal:11434"}, tool


def test_a_json_blocks_braces_are_no_lines_of_the_env() -> None:
    """Claude Code's settings.json "env" block: its "K": "V" lines are the settings; `{`,
    `"env": {` and `}` are the JSON's own (they were passed to lint, which said SW100)."""
    posted = ('{\n  "env": {\n    "ANTHROPIC_BASE_URL": "https://api.moonshot.ai/anthropic",\n'
              '    "ANTHROPIC_MODEL": "kimi-k2"\n  },\n  "permissions": [\n  ]\n}\n')
    assert as_dotenv(posted) == ("ANTHROPIC_BASE_URL=https://api.moonshot.ai/anthropic\n"
                                 "ANTHROPIC_MODEL=kimi-k2\n")
    # without a "K": "V" line the text is no JSON block of settings: left as it is
    assert as_dotenv("{\n}\nKEY=v\n") == "{\n}\nKEY=v\n"


def test_a_k8s_value_from_a_secret_is_known_only_when_the_pod_starts() -> None:
    """`- name: K` / `valueFrom: secretKeyRef: ...` (a Helm chart's additionalEnvVars too):
    K comes from a secret at run time, which ${K} says to lint; the secret's own name: and
    key: lines are no settings (they were passed to lint, which said SW100)."""
    posted = ("    additionalEnvVars:\n      - name: ANTHROPIC_API_KEY\n        valueFrom:\n"
              "          secretKeyRef:\n            name: holmes-secrets\n"
              "            key: anthropic-api-key\n      - name: MODEL\n"
              '        value: "anthropic/claude-sonnet-4-6"\n')
    assert as_dotenv(posted) == ("ANTHROPIC_API_KEY=${ANTHROPIC_API_KEY}\n"
                                 "MODEL=anthropic/claude-sonnet-4-6\n")
    assert not [f for f in lint_text(as_dotenv(posted), environ={}) if f.severity == "error"]


@pytest.mark.parametrize("posted, dotenv", [
    # Microsoft's Azure OpenAI page, PowerShell through .NET
    ("[System.Environment]::SetEnvironmentVariable('AZURE_OPENAI_API_KEY', 'k1', 'User')\n"
     '[System.Environment]::SetEnvironmentVariable("AZURE_OPENAI_ENDPOINT", "https://x.openai.azure.com/")\n',
     {"AZURE_OPENAI_API_KEY": "k1", "AZURE_OPENAI_ENDPOINT": "https://x.openai.azure.com/"}),
    # Ollama's FAQ, macOS
    ('launchctl setenv OLLAMA_HOST "0.0.0.0:11434"\n', {"OLLAMA_HOST": "0.0.0.0:11434"}),
    # Gemini CLI's page: a line written into the shell's start-up file, then sourced
    ("echo 'export GOOGLE_CLOUD_PROJECT=\"p-1\"' >> ~/.bashrc\nsource ~/.bashrc\n",
     {"GOOGLE_CLOUD_PROJECT": "p-1"}),
    # ... and PowerShell's here-string piped to the .env (bash's twin is cat >> .env <<'EOF')
    ('    @"\n    GOOGLE_CLOUD_PROJECT="p-1"\n    # a note\n    "@ | Out-File -FilePath '
     '"$env:USERPROFILE\\.gemini\\.env" -Encoding utf8 -Append\n', {"GOOGLE_CLOUD_PROJECT": "p-1"}),
])
def test_other_shells_ways_of_setting_a_variable(posted: str, dotenv: dict) -> None:
    """Forms docs pages use that reached lint as one unparsable line each (SW100 on right
    files): each stands for the setting it makes."""
    text = as_dotenv(posted)
    assert envfile.values(envfile.parse(text)) == dotenv
    assert not [f for f in lint_text(text, environ={}) if f.code == "SW100"]


def test_a_here_string_into_another_file_is_left_as_posted() -> None:
    posted = '@"\nmodel: x\n"@ | Out-File config.yaml\n'
    assert as_dotenv(posted) == posted


def test_wrong_variable_labels_name_variables() -> None:
    for r in entries(scope=None, verdict="wrong"):
        for v in r["wrong_vars"]:
            assert re.match(r"[A-Za-z_]\w*", v), (r["file"], v)


def test_a_value_read_across_lines_keeps_its_lines_as_they_are() -> None:
    # chat-ui's MODELS=`[ {...} ]`: the JSON's own `"name": "${X}",` lines are the value's,
    # not settings of their own (the JSON form would read them so, and refuse the ${X}).
    posted = 'MODELS=`[\n  {\n    "name": "${CUSTOM_MODEL}",\n    "x": 1\n  }\n]`\nKEY=v\n'
    assert as_dotenv(posted) == posted
    # The same for a double-quoted value, which python-dotenv does read across lines (a
    # backtick value only Node's dotenv does).
    posted = 'MODELS="[\n  {\n    \\"name\\": \\"m\\"\n  }\n]"\nKEY=v\n'
    assert as_dotenv(posted) == posted
    assert set(envfile.values(envfile.parse(posted))) == {"MODELS", "KEY"}


def test_a_config_maps_data_is_the_environment_its_pods_load() -> None:
    text = ("---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: app\ndata:\n"
            '  OPENAI_BASE_URL: "https://openrouter.ai/api/v1"\n  LOG_LEVEL: info  # note\n')
    assert as_dotenv(text).split() == ["OPENAI_BASE_URL=https://openrouter.ai/api/v1",
                                       "LOG_LEVEL=info"]


def test_a_compose_items_comment_is_no_part_of_its_value() -> None:
    text = ("services:\n  app:\n    environment:\n      - KEY=abc  # change me\n"
            "      - 'QUOTED=a # b'\n    volumes:\n      - data:/data  # kept\n")
    assert as_dotenv(text).split("\n")[:2] == ["KEY=abc", 'QUOTED="a # b"']
    assert "data:/data" not in as_dotenv(text)


def test_another_programs_dotted_name_in_a_compose_list_is_a_setting_too() -> None:
    text = ("services:\n  es:\n    environment:\n      - discovery.type=single-node\n"
            "    ports:\n      - \"9200:9200\"\n")
    assert as_dotenv(text).split() == ["discovery.type=single-node"]


def test_a_reference_to_the_environment_is_no_redaction() -> None:
    row = {"redacted_by_poster": ["OPENAI_API_KEY"]}
    text = "OPENAI_API_KEY=${OPENAI_API_KEY}\nOPENAI_API_BASE_URL=https://openrouter.ai/api/v1\n"
    assert stand_ins(text, row) == text
    assert stand_ins("OPENAI_API_KEY=sk-xxx\n", row) != "OPENAI_API_KEY=sk-xxx\n"


def test_a_redacted_anthropic_or_google_key_stands_in_as_that_vendors() -> None:
    # The poster meant their own vendor's key: "sk-ant-..." (not an OpenAI key because it
    # starts with sk-), "your-anthropic-api-key", or a bare XXXX under GEMINI_API_KEY in a
    # file whose other URL is OpenRouter's.
    row = {"redacted_by_poster": ["ANTHROPIC_API_KEY", "GEMINI_API_KEY"]}
    for text in ("ANTHROPIC_API_KEY=sk-ant-...\nGEMINI_API_KEY=XXXX\n",
                 'ANTHROPIC_API_KEY="your-anthropic-api-key"\nGEMINI_API_KEY=XXXX\n'
                 "OPENROUTER_API_BASE_URL=https://openrouter.ai/api/v1\n"):
        out = envfile.values(envfile.parse(stand_ins(text, row)))
        assert (out["ANTHROPIC_API_KEY"] or "").strip('"') == STAND_IN_KEYS["anthropic"], text
        assert out["GEMINI_API_KEY"] == STAND_IN_KEYS["google-ai-studio"], text


def test_a_scheme_left_before_a_redaction_is_the_posters() -> None:
    row = {"redacted_by_poster": ["CF_AI_GATEWAY_TOKEN"]}
    out = stand_ins("CF_AI_GATEWAY_TOKEN=Bearer xxx\n", row)
    assert "Bearer cfut_" in out and "xxx" not in out


def test_a_redacted_address_stands_in_as_an_address_of_its_shape() -> None:
    # DB-GPT#233's PROXY_SERVER_URL={your-openai-proxy-server/v1/chat/completions}: a URL
    # the poster wrote without a scheme stands in as one, its path kept, not as a key.
    row = {"redacted_by_poster": ["PROXY_SERVER_URL", "LLM_ENDPOINT", "OPENAI_API_BASE"]}
    text = ("PROXY_SERVER_URL={your-openai-proxy-server/v1/chat/completions}\n"
            'LLM_ENDPOINT="API_ENDPOINT"\nOPENAI_API_BASE=xxxx\n')
    out = envfile.values(envfile.parse(stand_ins(text, row)))
    assert out == {"PROXY_SERVER_URL": "https://example.com/v1/chat/completions",
                   "LLM_ENDPOINT": "https://example.com", "OPENAI_API_BASE": "https://example.com"}


# -- a shell session posted as the configuration (session 14's probe of docs' forms) -------
def test_assignments_before_a_command_are_that_commands_environment() -> None:
    # Ollama's docs: `A=1 B=2 claude ...` (POSIX: the assignments go to the command).
    posted = ('ANTHROPIC_AUTH_TOKEN=ollama ANTHROPIC_BASE_URL=http://localhost:11434 '
              'ANTHROPIC_API_KEY="" claude --model m\n')
    assert as_dotenv(posted).split() == ["ANTHROPIC_AUTH_TOKEN=ollama",
                                         "ANTHROPIC_BASE_URL=http://localhost:11434",
                                         "ANTHROPIC_API_KEY="]
    # Continued with backslashes, the same.
    assert as_dotenv("A=1 \\\n  B=2 \\\n  python run.py\n").split() == ["A=1", "B=2"]


def test_a_terminals_prompt_before_each_export_is_no_part_of_the_setting() -> None:
    # microsoft/agent-framework#3156 pasted its terminal: `root ➜ .../ollama $ export ...`.
    posted = ('root \u279c .../agents/ollama $ export OLLAMA_HOST="http://localhost:11434"\n'
              "user@box:~$ export OLLAMA_CHAT_MODEL_ID=qwen3:8b\n")
    assert envfile.values(envfile.parse(as_dotenv(posted))) == {
        "OLLAMA_HOST": "http://localhost:11434", "OLLAMA_CHAT_MODEL_ID": "qwen3:8b"}
    # An `=` before the `$` is a setting's own text, not a prompt.
    assert as_dotenv("NOTE=a $ export B=1\n") == "NOTE=a $ export B=1\n"
    # A `>` that ends a line is no prompt for the export on the next one.
    assert _PROMPT.sub(r"\1", "echo done >\nexport A=1\n") == "echo done >\nexport A=1\n"


def test_a_line_of_assignments_only_is_left_for_lint() -> None:
    # A .env that lost its line breaks (SW116's case), and a value with a blank in it.
    for posted in ("KEY=abc BASE_URL=https://api.groq.com/openai/v1\n", "MODEL=gpt-4o mini\n"):
        assert as_dotenv(posted) == posted


def test_the_commands_of_a_session_are_run_not_read() -> None:
    posted = 'export OPENAI_BASE_URL="http://127.0.0.1:11434/v1"\ngptme "hello" -m local/x\n'
    assert as_dotenv(posted).split() == ['export', 'OPENAI_BASE_URL="http://127.0.0.1:11434/v1"']
    posted = 'ollama pull llama3.1:8b\n$env:OPENAI_MODEL="llama3.1:8b"\nopenclaude\n'
    assert "ollama" not in as_dotenv(posted) and "openclaude" not in as_dotenv(posted)
    # Without a session's sign, a stray line stays, for lint to say (SW100).
    posted = "OPENAI_API_KEY=sk-abc\ngptme 'hello'\n"
    assert "gptme" in as_dotenv(posted)


def test_echo_into_a_dotenv_writes_its_line() -> None:
    posted = 'cd backend\necho "OPENAI_API_KEY=sk-x" > .env\necho "B=2" >> .env\n'
    assert as_dotenv(posted).split() == ["OPENAI_API_KEY=sk-x", "B=2"]


def test_a_heredoc_into_a_dotenv_is_the_file_between_its_markers() -> None:
    # RD-Agent's README (probe of right configurations): indented by the page, no closing EOF.
    posted = ("  cat << EOF  > .env\n  # CHAT MODEL: Using DeepSeek Official API\n"
              "  CHAT_MODEL=deepseek/deepseek-chat \n"
              "  DEEPSEEK_API_KEY=<replace_with_your_deepseek_api_key>\n")
    assert as_dotenv(posted) == ("# CHAT MODEL: Using DeepSeek Official API\n"
                                 "CHAT_MODEL=deepseek/deepseek-chat \n"
                                 "DEEPSEEK_API_KEY=<replace_with_your_deepseek_api_key>\n")
    # a quoted marker writes $X as it is; an unquoted one is the shell's $X (python-dotenv's
    # ${X}); the commands around it are no part of the file
    posted = "cd app\ncat > .env << 'EOF'\nA=$HOME\nEOF\npython run.py\n"
    assert as_dotenv(posted) == "A=$HOME\n"
    assert as_dotenv("tee .env <<EOF\nA=$HOME\nB=\\$x\nEOF\n") == "A=${HOME}\nB=$x\n"
    # <<- strips leading tabs; >> appends to what an earlier heredoc wrote
    posted = "cat >.env <<EOF\nA=1\nEOF\ncat <<-EOF >> .env\n\tB=2\n\tEOF\n"
    assert as_dotenv(posted) == "A=1\nB=2\n"
    # a heredoc that writes another file is not the .env: left as posted, for lint to say
    posted = "cat << EOF > config.yaml\nmodel: gpt-4o\nEOF\n"
    assert as_dotenv(posted) == posted


def test_compose_defaults_are_read_as_compose_reads_them() -> None:
    text = ("services:\n  bot:\n    environment:\n"
            "      - OLLAMA_BASE_URL=${OLLAMA_BASE_URL-http://host.docker.internal:11434}\n"
            "      - LLM=${LLM:-llama2}\n      - KEY=${KEY:?set it}\n      - ALT=${X+on}\n")
    assert as_dotenv(text).split() == [
        "OLLAMA_BASE_URL=${OLLAMA_BASE_URL:-http://host.docker.internal:11434}",
        "LLM=${LLM:-llama2}", "KEY=${KEY}", "ALT=${X}"]
