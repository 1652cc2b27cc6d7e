"""Your own variable names in the commands issue 8 added (`doctor`, `check-app`,
`snippet`): `--var ROLE=NAME`,
`[tool.setup-wizard.vars]` and the well-known names, read exactly as `lint`, `init`, `probe`
and `explain` read them (config/mapping.py, config/roles.py; tests/test_var_mapping.py holds
those four). Each test shows the mapping changes the outcome, so none passes without it.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from app_support import KEY as APP_KEY
from app_support import cli, raw_app, write_env
from probe_support import (
    GATEWAY,
    GROQ_BASE,
    GROQ_HOST,
    GW_BASE,
    KEY,
    MODEL,
    TOKEN,
    WRONG_KEY,
    assert_no_secret,
)

from setup_wizard.emulator import server as emulator
from setup_wizard.emulator.server import Emulator

PYPROJECT = """[project]
name = "app"

[tool.setup-wizard.vars]
{rows}
"""


@pytest.fixture
def emu() -> Iterator[Emulator]:
    with emulator.start() as e:
        yield e


@pytest.fixture(autouse=True)
def _in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)  # pyproject.toml is looked up from the current folder


def pyproject(tmp_path: Path, **roles: str) -> None:
    rows = "\n".join(f'{role} = "{name}"' for role, name in roles.items())
    (tmp_path / "pyproject.toml").write_text(PYPROJECT.format(rows=rows))


def to(emu: Emulator) -> list[str]:
    return ["--connect-to", f"{GATEWAY}={emu.url}", "--connect-to", f"{GROQ_HOST}={emu.url}"]


# A Groq key the emulator refuses under Groq's own name, the right one under the app's name:
# only a mapping that says so makes the request go through.
MISLEADING = {"OPENAI_BASE_URL": GROQ_BASE, "AUTOGEN_MODEL": MODEL, "GROQ_API_KEY": WRONG_KEY,
              "APP_GROQ_SECRET": KEY, "AI_GATEWAY_MODE": "direct"}


# -- doctor ------------------------------------------------------------------------------------
def test_doctor_reads_pyproject_and_says_so(tmp_path, capsys, emu) -> None:
    write_env(tmp_path, MISLEADING)
    argv = ["doctor", "--format", "json", "--timeout", "3", *to(emu)]
    assert cli(capsys, *argv).code == 5  # the wrong key under GROQ_API_KEY
    pyproject(tmp_path, provider_key="APP_GROQ_SECRET")
    r = cli(capsys, *argv)
    assert r.code == 0, r.out
    assert "pyproject.toml [tool.setup-wizard.vars] provider_key=APP_GROQ_SECRET" in \
        r.json["checks"][0]["detail"]
    assert_no_secret(r.out + r.err, KEY, WRONG_KEY)


def test_doctor_says_what_is_wrong_in_the_apps_names(tmp_path, capsys) -> None:
    write_env(tmp_path, {"LLM_URL": GW_BASE, "LLM_TOKEN": TOKEN})
    r = cli(capsys, "doctor", "--format", "json", "--var", "base_url=LLM_URL",
            "--var", "model=LLM_MODEL", "--var", "gateway_token=LLM_TOKEN")
    assert r.code == 1
    lint = r.json["checks"][1]
    assert lint["status"] == "fail" and "SW300" in lint["detail"]
    assert "LLM_MODEL" in lint["detail"] + lint["fix"]
    assert "AUTOGEN_MODEL" not in r.out


def test_doctor_reads_well_known_names_as_their_clients_do(tmp_path, capsys, emu) -> None:
    # The Groq SDK appends /openai/v1 to GROQ_BASE_URL: doctor's request goes there too.
    write_env(tmp_path, {"GROQ_BASE_URL": GROQ_HOST, "GROQ_MODEL": MODEL, "GROQ_API_KEY": KEY})
    r = cli(capsys, "doctor", "--format", "json", "--timeout", "3", *to(emu))
    assert r.code == 0, r.out
    assert r.json["diagnosis"]["request"]["url"] == f"{GROQ_BASE}/chat/completions"


# -- check-app ---------------------------------------------------------------------------------
def test_check_app_reads_pyproject(tmp_path, capsys) -> None:
    # The app sends the key it reads from APP_GROQ_SECRET: right only if the .env's key is
    # the one there, as the mapping says (the stand-in takes the .env's key as the valid one).
    write_env(tmp_path, {**MISLEADING, "GROQ_API_KEY": WRONG_KEY, "APP_GROQ_SECRET": APP_KEY})
    app = raw_app({"headers": {"authorization": "Bearer ${APP_GROQ_SECRET}"}})
    r = cli(capsys, "check-app", "--format", "json", "--", *app)
    assert r.code == 1 and not r.json["requests"][0]["ok"], r.out + r.err
    pyproject(tmp_path, provider_key="APP_GROQ_SECRET")
    r = cli(capsys, "check-app", "--format", "json", "--", *app)
    assert r.code == 0 and r.json["requests"][0]["ok"], r.out + r.err
    assert_no_secret(r.out + r.err, APP_KEY, WRONG_KEY)


def test_check_app_points_a_groq_sdk_base_url_at_the_stand_in_as_written(
        tmp_path, capsys, monkeypatch) -> None:
    monkeypatch.setenv("BASE_VAR", "GROQ_BASE_URL")
    write_env(tmp_path, {"GROQ_BASE_URL": GROQ_HOST, "GROQ_MODEL": MODEL,
                         "GROQ_API_KEY": APP_KEY})
    # What the Groq SDK does: GROQ_BASE_URL + /openai/v1/chat/completions.
    app = raw_app({"headers": {"authorization": "Bearer ${GROQ_API_KEY}"},
                   "path": "/openai/v1/chat/completions", "model": MODEL})
    r = cli(capsys, "check-app", "--format", "json", "--", *app)
    assert r.code == 0, r.out + r.err
    (req,) = r.json["requests"]
    assert req["ok"] and req["path"] == "/openai/v1/chat/completions"


# -- snippet -----------------------------------------------------------------------------------
def test_snippet_reads_pyproject(tmp_path, capsys) -> None:
    write_env(tmp_path, {"LLM_URL": GW_BASE, "LLM_MODEL": MODEL, "AIG_TOKEN": TOKEN,
                         "AI_GATEWAY_MODE": "gateway-stored-key"})
    pyproject(tmp_path, model="LLM_MODEL", gateway_token="AIG_TOKEN")
    r = cli(capsys, "snippet")
    assert r.code == 0, r.err
    assert 'os.environ["LLM_MODEL"]' in r.out and 'os.environ["AIG_TOKEN"]' in r.out
    assert 'os.environ["LLM_URL"]' in r.out  # found by its shape: a gateway URL
    assert_no_secret(r.out + r.err, TOKEN)


def test_snippet_refuses_in_the_apps_names(tmp_path, capsys) -> None:
    write_env(tmp_path, {"LLM_URL": GW_BASE, "AIG_TOKEN": TOKEN})
    r = cli(capsys, "snippet", "--var", "model=LLM_MODEL", "--var", "gateway_token=AIG_TOKEN")
    assert r.code == 3 and "LLM_MODEL" in r.err and "AUTOGEN_MODEL" not in r.err


@pytest.mark.parametrize("client", ["openai", "node", "curl"])
def test_snippet_appends_what_the_variables_client_would(tmp_path, capsys, client) -> None:
    write_env(tmp_path, {"GROQ_BASE_URL": GROQ_HOST, "GROQ_MODEL": MODEL, "GROQ_API_KEY": KEY})
    r = cli(capsys, "snippet", "--client", client)
    assert r.code == 0, r.err
    expected = {"openai": 'os.environ["GROQ_BASE_URL"].rstrip("/") + "/openai/v1"',
                "node": 'process.env.GROQ_BASE_URL.replace(/\\/+$/, "") + "/openai/v1"',
                "curl": '"${base_url%/}/openai/v1/chat/completions"'}[client]
    assert expected in r.out


def test_a_snippet_for_a_groq_sdk_base_url_passes_check_app(tmp_path, capsys,
                                                           monkeypatch) -> None:
    pytest.importorskip("openai")
    write_env(tmp_path, {"GROQ_BASE_URL": GROQ_HOST, "GROQ_MODEL": MODEL,
                         "GROQ_API_KEY": APP_KEY})
    r = cli(capsys, "snippet")
    assert r.code == 0, r.err
    (tmp_path / "snippet.py").write_text(r.out)
    r = cli(capsys, "check-app", "--format", "json", "--timeout", "60", "--",
            sys.executable, str(tmp_path / "snippet.py"))
    assert r.code == 0, r.out + r.err
    (req,) = r.json["requests"]
    assert req["ok"] and req["path"] == "/openai/v1/chat/completions"
