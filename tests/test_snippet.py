"""`snippet`: the program alone on stdout, no secret in it, right for the mode, the names the
`.env` uses (--var), and a one-line refusal when no program could be right."""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from app_support import MODES, SECRETS, TOKEN, cli, compat, stored, write_env
from probe_support import MODEL, Run, assert_no_secret

from setup_wizard import cli as cli_module
from setup_wizard.config.snippets import CLIENT_NAMES, SNIPPETS, TAGS, render

NAMES = {"base_url": "OPENAI_BASE_URL", "model": "AUTOGEN_MODEL",
         "gateway_token": "CF_GATEWAY_TOKEN", "provider_key": "GROQ_API_KEY"}


def run(tmp_path: Path, capsys: pytest.CaptureFixture[str], env: dict[str, str | None],
        *argv: str) -> Run:
    path = write_env(tmp_path, env)
    return cli(capsys, "snippet", "--env-file", str(path), *argv)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("client", CLIENT_NAMES)
def test_stdout_is_the_program_alone_and_holds_no_secret(tmp_path, capsys, client, mode) -> None:
    r = run(tmp_path, capsys, MODES[mode](), "--client", client)
    assert r.code == 0
    assert r.out == render(client, mode, NAMES)  # nothing but the program
    assert not re.search(r"^\[\[\w+\]\]|\{\{\w+\}\}", r.out, re.M)  # every mark resolved
    assert r.err.startswith("setup-wizard: ") and "check-app" in r.err
    assert_no_secret(r.out + r.err, *SECRETS)
    if SNIPPETS[client].language == "python":
        ast.parse(r.out)  # a program, not a fragment


@pytest.mark.parametrize("client", CLIENT_NAMES)
def test_stored_key_programs_send_no_authorization_and_others_send_the_key(client) -> None:
    stored_program = render(client, "gateway-stored-key", NAMES)
    request_program = render(client, "gateway-request-key", NAMES)
    direct_program = render(client, "direct", NAMES)
    assert "GROQ_API_KEY" not in stored_program  # the key is never read, so never sent
    assert "GROQ_API_KEY" in request_program and "GROQ_API_KEY" in direct_program
    assert "CF_GATEWAY_TOKEN" in stored_program and "CF_GATEWAY_TOKEN" in request_program
    assert "CF_GATEWAY_TOKEN" not in direct_program and "cf-aig" not in direct_program
    removal = {"openai": "Omit()", "openai-async": "Omit()", "autogen": "headers.pop",
               "langchain": "Omit()", "node": "Authorization: null", "curl": ""}[client]
    assert removal in stored_program
    if removal:
        assert removal not in request_program


def test_the_names_come_from_var(tmp_path, capsys) -> None:
    env = {"LLM_URL": stored()["OPENAI_BASE_URL"], "LLM_MODEL": MODEL, "AIG_TOKEN": TOKEN}
    r = run(tmp_path, capsys, env, "--var", "base_url=LLM_URL", "--var", "model=LLM_MODEL",
            "--var", "gateway_token=AIG_TOKEN")
    assert r.code == 0, r.err
    for name in ("LLM_URL", "LLM_MODEL", "AIG_TOKEN"):
        assert f'os.environ["{name}"]' in r.out
    assert "OPENAI_BASE_URL" not in r.out


def test_compat_reads_the_prefixed_model_from_the_env(tmp_path, capsys) -> None:
    r = run(tmp_path, capsys, compat(), "--client", "curl")
    assert r.code == 0 and "$(value AUTOGEN_MODEL)" in r.out


@pytest.mark.parametrize("env, says", [
    ({"AUTOGEN_MODEL": MODEL}, "OPENAI_BASE_URL is not set"),
    (stored(AUTOGEN_MODEL=None), "AUTOGEN_MODEL is not set"),
    (stored(CF_GATEWAY_TOKEN=None), "CF_GATEWAY_TOKEN is not set"),
    (MODES["direct"](GROQ_API_KEY=None), "GROQ_API_KEY is not set"),
])
def test_an_env_no_program_could_serve_is_exit_3_on_one_line(tmp_path, capsys, env, says):
    r = run(tmp_path, capsys, env)
    assert r.code == 3 and says in r.err and r.out == ""
    assert len(r.err.strip().splitlines()) == 1


def test_bad_arguments_exit_2(tmp_path, capsys) -> None:
    assert run(tmp_path, capsys, stored(), "--var", "nope=X").code == 2
    r = cli(capsys, "snippet", "--env-file", str(tmp_path / "missing.env"))
    assert r.code == 2 and "does not exist" in r.err and r.out == ""
    with pytest.raises(SystemExit):
        cli(capsys, "snippet", "--client", "cobol")


def test_the_cli_offers_exactly_the_clients_there_are_templates_for() -> None:
    assert cli_module.SNIPPET_CLIENTS == CLIENT_NAMES


def test_every_tag_in_a_template_is_known() -> None:
    for s in SNIPPETS.values():
        assert set(re.findall(r"^\[\[(\w+)\]\]", s.template, re.M)) <= set(TAGS)
        assert set(re.findall(r"\{\{(\w+)\}\}", s.template)) <= {*NAMES, "mode", "base_url_tail"}


@pytest.mark.skipif(shutil.which("node") is None, reason="node is not installed")
@pytest.mark.parametrize("mode", MODES)
def test_the_node_program_parses(tmp_path, mode) -> None:
    program = tmp_path / "snippet.mjs"
    program.write_text(render("node", mode, NAMES))
    proc = subprocess.run(["node", "--check", str(program)], capture_output=True, text=True,
                          timeout=60)
    assert proc.returncode == 0, proc.stderr


@pytest.mark.skipif(shutil.which("sh") is None, reason="no POSIX shell")
@pytest.mark.parametrize("mode", MODES)
def test_the_shell_program_parses(tmp_path, mode) -> None:
    program = tmp_path / "snippet.sh"
    program.write_text(render("curl", mode, NAMES))
    proc = subprocess.run(["sh", "-n", str(program)], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
