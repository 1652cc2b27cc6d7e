"""`check-app` with the real clients (test extras: openai, autogen-ext[openai], langchain-openai):
the OpenAI SDK (sync and async) and AutoGen, each once right for stored keys and once with
api_key="dummy" left in; and every snippet `snippet` prints, run as the program it is.

In CI the extras are installed, so a missing one fails there instead of skipping.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import sys
from pathlib import Path

import pytest
from app_support import APPS, MODES, SECRETS, cli, compat, write_env
from probe_support import Run, assert_no_secret

from setup_wizard.config.snippets import SNIPPETS


def need(module: str) -> None:
    if importlib.util.find_spec(module) is None:
        if os.environ.get("CI"):
            pytest.fail(f"{module} is a test extra and CI installs it: pip install '.[test]'")
        pytest.skip(f"{module} is not installed (pip install '.[test]')")


def check_app(tmp_path: Path, capsys: pytest.CaptureFixture[str], env: dict[str, str | None],
              *command: str) -> Run:
    path = write_env(tmp_path, env)
    return cli(capsys, "check-app", "--env-file", str(path), "--format", "json",
               "--timeout", "60", "--", *command)


APPS_UNDER_TEST = [("openai", "openai_sync.py"), ("openai", "openai_async.py"),
                   ("autogen_ext", "autogen_app.py")]


@pytest.mark.parametrize("module, script", APPS_UNDER_TEST)
def test_the_right_app_passes(tmp_path, capsys, module, script) -> None:
    need(module)
    r = check_app(tmp_path, capsys, MODES["gateway-stored-key"](), sys.executable,
                  str(APPS / script), "right")
    assert r.code == 0, r.out + r.err
    assert [q["auth_headers"] for q in r.json["requests"]] == [["cf-aig-authorization"]]
    assert r.json["app_exit"] == 0 and "pong" in r.err  # the stand-in's answer reached it


@pytest.mark.parametrize("module, script", APPS_UNDER_TEST)
def test_the_dummy_key_app_is_caught_with_its_clients_fix(tmp_path, capsys, module,
                                                          script) -> None:
    need(module)
    r = check_app(tmp_path, capsys, MODES["gateway-stored-key"](), sys.executable,
                  str(APPS / script), "dummy")
    assert r.code == 1, r.out + r.err
    (req,) = r.json["requests"]
    assert req["auth_headers"] == ["authorization", "cf-aig-authorization"]
    (problem,) = req["problems"]
    assert problem["code"] == "stray-authorization"
    # The fix is the one for the client that sent it, recognised by its headers.
    expected = "AutoGen" if "async" in script or "autogen" in script else "extra_headers"
    assert expected in problem["fix"]
    assert "401" in r.err and r.json["app_exit"] != 0  # it failed as it would in production


# -- every snippet is a program that passes check-app ------------------------------------------
PYTHON_SNIPPETS = {"openai": "openai", "openai-async": "openai", "autogen": "autogen_ext",
                   "langchain": "langchain_openai"}


@pytest.mark.parametrize("mode", [*MODES, "compat"])
@pytest.mark.parametrize("client", PYTHON_SNIPPETS)
def test_every_python_snippet_passes_check_app(tmp_path, capsys, monkeypatch, client,
                                               mode) -> None:
    need(PYTHON_SNIPPETS[client])
    env = compat() if mode == "compat" else MODES[mode]()
    program = snippet(tmp_path, capsys, env, client, "snippet.py")
    monkeypatch.chdir(tmp_path)  # the snippet's load_dotenv() reads this .env, as a user's would
    r = check_app(tmp_path, capsys, env, sys.executable, str(program))
    assert r.code == 0, r.out + r.err
    assert len(r.json["requests"]) == 1 and r.json["app_exit"] == 0
    assert_no_secret(r.out + r.err, *SECRETS)


@pytest.mark.parametrize("mode", MODES)
def test_the_curl_snippet_passes_check_app(tmp_path, capsys, monkeypatch, mode) -> None:
    if shutil.which("curl") is None or shutil.which("sh") is None:
        pytest.skip("curl or sh not installed")
    env = MODES[mode]()
    program = snippet(tmp_path, capsys, env, "curl", "snippet.sh")
    monkeypatch.chdir(tmp_path)
    r = check_app(tmp_path, capsys, env, "sh", str(program))
    assert r.code == 0, r.out + r.err
    assert_no_secret(r.out + r.err, *SECRETS)


def snippet(tmp_path: Path, capsys: pytest.CaptureFixture[str], env: dict[str, str | None],
            client: str, name: str) -> Path:
    path = write_env(tmp_path, env)
    r = cli(capsys, "snippet", "--env-file", str(path), "--client", client)
    assert r.code == 0, r.err
    assert SNIPPETS[client].filename == name
    program = tmp_path / name
    program.write_text(r.out)
    return program
