"""Your own variable names in the commands issue 8, 9 and 11 added (`doctor`, `check-app`,
`snippet`, `models`, `gateways`) and in the Python API: `--var ROLE=NAME`,
`[tool.setup-wizard.vars]` and the well-known names, read exactly as `lint`, `init`, `probe`
and `explain` read them (config/mapping.py, config/roles.py; tests/test_var_mapping.py holds
those four). Each test shows the mapping changes the outcome, so none passes without it.
"""

from __future__ import annotations

import io
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from api_support import API, EMULATOR_API_TOKEN, SECOND_ACCOUNT
from app_support import KEY as APP_KEY
from app_support import cli, raw_app, write_env
from probe_support import (
    ACCT,
    GATEWAY,
    GROQ_BASE,
    GROQ_HOST,
    GW_BASE,
    KEY,
    MODEL,
    TOKEN,
    WRONG_KEY,
    assert_no_secret,
    env_text,
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


# -- models ------------------------------------------------------------------------------------
@pytest.mark.parametrize("how", ["--var", "pyproject"])
def test_models_asks_with_the_mapped_key(tmp_path, capsys, emu, how) -> None:
    (tmp_path / ".env").write_text(env_text(**MISLEADING))
    argv = ["models", "--format", "json", "--timeout", "3", *to(emu)]
    assert cli(capsys, *argv).code == 5  # asked with the wrong GROQ_API_KEY: refused
    if how == "pyproject":
        pyproject(tmp_path, provider_key="APP_GROQ_SECRET")
    else:
        argv += ["--var", "provider_key=APP_GROQ_SECRET"]
    r = cli(capsys, *argv)
    assert r.code == 0 and r.json["source"] == "live", r.out + r.err
    assert emu.seen[-1].headers["authorization"] == f"Bearer {KEY}"
    assert_no_secret(r.out + r.err, KEY, WRONG_KEY)


def test_a_bad_var_is_a_usage_error_in_models_and_gateways(tmp_path, capsys) -> None:
    for command in ("models", "gateways"):
        r = cli(capsys, command, "--var", "colour=X")
        assert r.code == 2 and "is not a role" in r.err and "Traceback" not in r.err


# -- gateways ----------------------------------------------------------------------------------
def test_gateways_takes_the_account_from_the_mapped_base_url(tmp_path, capsys, monkeypatch,
                                                            emu) -> None:
    other = GW_BASE.replace(ACCT, SECOND_ACCOUNT)
    (tmp_path / ".env").write_text(f"OPENAI_BASE_URL={other}\nPROD_GATEWAY={GW_BASE}\n")
    monkeypatch.setenv("CLOUDFLARE_API_TOKEN", EMULATOR_API_TOKEN)
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    argv = ["gateways", "--format", "json", "--timeout", "3", "--connect-to",
            f"{API}={emu.url}"]
    r = cli(capsys, *argv)
    assert r.code != 0 or r.json["account_id"] == SECOND_ACCOUNT  # OPENAI_BASE_URL's account
    r = cli(capsys, *argv, "--var", "base_url=PROD_GATEWAY")
    assert r.code == 0 and r.json["account_id"] == ACCT, r.err
    assert_no_secret(r.out + r.err, EMULATOR_API_TOKEN)


# -- the Python API ----------------------------------------------------------------------------
def test_the_api_takes_var_like_the_cli(tmp_path, capsys) -> None:
    from setup_wizard import explain, lint_paths

    env = tmp_path / ".env"
    env.write_text(f"MY_URL={GW_BASE}\nMY_MODEL=llama-3.1-8b-instant\nMY_TOKEN={TOKEN}\n"
                   "MY_SWITCH=true\n")
    flags = ["model=MY_MODEL", "gateway_token=MY_TOKEN", "gateway_switch=MY_SWITCH"]
    report = lint_paths([str(env)], var=flags)
    r = cli(capsys, "lint", "--format", "json", str(env),
            *[x for f in flags for x in ("--var", f)])
    assert report.to_dict() == r.json
    assert [(f.code, f.key) for f in report.files[0].findings] == [("SW301", "MY_MODEL")]
    body = ('{"success":false,"result":[],"messages":[],"error":[{"code":2005,'
            '"message":"Failed to get response from provider"}]}')
    compat = tmp_path / "compat.env"
    compat.write_text(env.read_text().replace("/groq", "/compat"))
    d = explain(f"Error code: 400 - {body}", env_file=compat, var=flags)
    assert "MY_MODEL" in d.hint and "AUTOGEN_MODEL" not in d.hint
