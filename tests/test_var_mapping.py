"""Your own variable names: `--var ROLE=NAME` and `[tool.setup-wizard.vars]` in every command
that reads a .env (lint, init, probe, explain), and how roles are filled without them."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from init_support import run_piped
from lint_support import ACCT, GSK, GW_URL, TOKEN, assert_no_secret, clean_environment
from probe_support import GATEWAY, GW_BASE, KEY, MODEL
from probe_support import TOKEN as EMU_TOKEN

from setup_wizard.cli import main
from setup_wizard.config import mapping, roles
from setup_wizard.emulator import server as emulator
from setup_wizard.errors import UsageError
from setup_wizard.lint.engine import lint_text

MINE = (f"MY_URL={GW_URL}\nMY_MODEL=llama-3.1-8b-instant\nMY_TOKEN={TOKEN}\n"
        "MY_SWITCH=true\n")
FLAGS = ["--var", "base_url=MY_URL", "--var", "model=MY_MODEL", "--var",
         "gateway_token=MY_TOKEN", "--var", "gateway_switch=MY_SWITCH"]
PYPROJECT = """[project]
name = "app"

[tool.setup-wizard.vars]
base_url = "MY_URL"
model = "MY_MODEL"
gateway_token = "MY_TOKEN"
gateway_switch = "MY_SWITCH"
"""


@pytest.fixture(autouse=True)
def _isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    clean_environment(monkeypatch)


def lint_json(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, list[dict], str]:
    code = main(["lint", "--format", "json", *argv])
    cap = capsys.readouterr()
    out = json.loads(cap.out) if cap.out.strip().startswith("{") else {"files": [{}]}
    return code, out["files"][0].get("findings", []), cap.err


# -- how roles are filled -------------------------------------------------------------------
def test_mapping_then_convention_then_shape() -> None:
    values = {"MY_URL": GW_URL, "LLM_MODEL": "openai/gpt-oss-20b", "SOME_SECRET": TOKEN,
              "OPENAI_API_KEY": GSK}
    r = roles.resolve(values, mapping.VarMap({"base_url": "MY_URL"}, "--var"))
    assert r.get("base_url").how == "mapped"  # type: ignore[union-attr]
    assert r.get("provider_key").name == "OPENAI_API_KEY"  # type: ignore[union-attr]
    assert r.get("provider_key").how == "convention"  # type: ignore[union-attr]
    assert (r.get("gateway_token").name, r.get("gateway_token").how) == (  # type: ignore
        "SOME_SECRET", "shape")
    assert r.get("model").name == "LLM_MODEL"  # type: ignore[union-attr]
    assert r.why("gateway_token") == \
        "SOME_SECRET read as the gateway token: its value is a Cloudflare token"
    assert r.why("base_url") == "MY_URL mapped as the base URL by --var"


def test_a_value_that_is_a_gateway_url_fills_the_base_url() -> None:
    r = roles.resolve({"WHATEVER": GW_URL, "DATABASE_URL": "postgres://db/app"})
    assert r.get("base_url").name == "WHATEVER"  # type: ignore[union-attr]
    assert r.url_provider is not None and r.url_provider.slug == "groq"


def test_findings_say_how_a_variable_was_read() -> None:
    f = [x for x in lint_text("GROQ_BASE_URL=https://api.groq.com/openai/v1\n")
         if x.code == "SW222"]
    assert f and "GROQ_BASE_URL read as the Groq SDK's base URL" in f[0].message
    assert f[0].fix == "set GROQ_BASE_URL=https://api.groq.com"


@pytest.mark.parametrize("bad, fix", [
    ("model", "ROLE=NAME"), ("colour=MY_X", "one of: base_url"), ("model=1BAD", "letters"),
])
def test_bad_var_flags_are_usage_errors(bad: str, fix: str,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    (Path(".env")).write_text("MODEL=x\n")
    code = main(["lint", "--var", bad])
    err = capsys.readouterr().err
    assert code == 2 and "Traceback" not in err and fix in err
    assert len(err.strip().splitlines()) == 1


def test_var_overrides_pyproject_per_role(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text(PYPROJECT)
    m = mapping.load_mapping(["model=OTHER_MODEL"], tmp_path)
    assert m.names["model"] == "OTHER_MODEL" and m.names["base_url"] == "MY_URL"
    assert "--var" in m.origin and "pyproject.toml" in m.origin


def test_pyproject_found_from_a_subfolder_and_ignored_without_the_table(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text(PYPROJECT)
    sub = tmp_path / "deploy" / "env"
    sub.mkdir(parents=True)
    assert mapping.load_mapping([], sub).names["model"] == "MY_MODEL"
    (tmp_path / "pyproject.toml").write_text("[project]\nname = 'app'\n")
    assert mapping.load_mapping([], sub).names == {}


@pytest.mark.parametrize("text, says", [
    ("[tool.setup-wizard.vars\nmodel = 1", "not valid TOML"),
    ('[tool.setup-wizard]\nvars = "MODEL"\n', "not a table"),
    ("[tool.setup-wizard.vars]\nmodel = 3\n", "in quotes"),
    ('[tool.setup-wizard.vars]\nflavour = "X"\n', "not a role"),
])
def test_bad_pyproject_tables_are_usage_errors(text: str, says: str, tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text(text)
    with pytest.raises(UsageError, match=says):
        mapping.load_mapping([], tmp_path)


# -- lint -----------------------------------------------------------------------------------
def test_lint_var_judges_the_mapped_names(capsys: pytest.CaptureFixture[str]) -> None:
    Path(".env").write_text(MINE)
    code, found, _ = lint_json(capsys, *FLAGS)
    assert code == 1
    assert [(f["code"], f["key"]) for f in found] == [("SW301", "MY_MODEL")]
    assert found[0]["fix"].startswith("set MY_MODEL=openai/gpt-oss-20b")
    Path(".env").write_text(MINE.replace("llama-3.1-8b-instant", MODEL))
    assert lint_json(capsys, *FLAGS)[:2] == (0, [])


def test_lint_reads_pyproject(capsys: pytest.CaptureFixture[str]) -> None:
    Path("pyproject.toml").write_text(PYPROJECT)
    Path(".env").write_text(MINE)
    code, found, _ = lint_json(capsys)
    assert code == 1 and [(f["code"], f["key"]) for f in found] == [("SW301", "MY_MODEL")]
    assert "mapped as the model by pyproject.toml" in found[0]["message"]


def test_a_mapped_role_that_is_missing_is_an_error(capsys: pytest.CaptureFixture[str]) -> None:
    Path(".env").write_text(MINE.replace("MY_MODEL=llama-3.1-8b-instant\n", ""))
    code, found, _ = lint_json(capsys, *FLAGS)
    assert code == 1 and ("SW300", "MY_MODEL") in [(f["code"], f["key"]) for f in found]


def test_lint_from_environment_with_var(capsys: pytest.CaptureFixture[str],
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    for line in MINE.splitlines():
        k, v = line.split("=", 1)
        monkeypatch.setenv(k, v)
    code, found, _ = lint_json(capsys, "--from-environment", *FLAGS)
    assert code == 1 and [(f["code"], f["key"]) for f in found] == [("SW301", "MY_MODEL")]
    assert_no_secret(json.dumps(found))


# -- init -----------------------------------------------------------------------------------
def test_init_writes_into_the_mapped_names(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("MY_TOKEN", TOKEN)  # the secret comes from the mapped name too
    r = run_piped(["--provider", "groq", "--mode", "gateway-stored-key", "--account-id", ACCT,
                   "--gateway", "omni", "--endpoint", "provider", "--model", MODEL, *FLAGS],
                  monkeypatch, capsys)
    assert r.code == 0, r.err
    text = (tmp_path / ".env").read_text()
    for name in ("MY_URL=", "MY_MODEL=", "MY_TOKEN=", "MY_SWITCH="):
        assert name in text
    for name in ("OPENAI_BASE_URL", "AUTOGEN_MODEL", "CF_GATEWAY_TOKEN=", "USE_AI_GATEWAY"):
        assert f"\n{name}" not in text
    assert "MY_TOKEN" in r.out and "CF_GATEWAY_TOKEN " not in r.out  # the summary's names
    assert_no_secret(r.out, r.err)
    Path(".env").write_text(text)
    assert lint_json(capsys, *FLAGS)[:2] == (0, [])


def test_init_spells_a_groq_sdk_base_url_as_the_groq_sdk_wants(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("GROQ_API_KEY", GSK)
    r = run_piped(["--provider", "groq", "--mode", "direct", "--model", MODEL,
                   "--var", "base_url=GROQ_BASE_URL"], monkeypatch, capsys)
    assert r.code == 0, r.err
    text = (tmp_path / ".env").read_text()
    assert "GROQ_BASE_URL=https://api.groq.com\n" in text  # the SDK appends /openai/v1
    assert lint_text(text, mapping=mapping.VarMap({"base_url": "GROQ_BASE_URL"})) == []


# -- probe and explain ----------------------------------------------------------------------
def test_probe_reads_the_mapped_names(tmp_path: Path,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    Path(".env").write_text(f"MY_URL={GW_BASE}\nMY_MODEL={MODEL}\nMY_TOKEN={EMU_TOKEN}\n")
    with emulator.start() as emu:
        code = main(["probe", "--format", "json", "--timeout", "3",
                     "--connect-to", f"{GATEWAY}={emu.url}", *FLAGS[:6]])
        out = json.loads(capsys.readouterr().out)
        assert (code, out["cause"]) == (0, "ok"), out
        (seen,) = emu.seen
        assert seen.json["model"] == MODEL and "cf-aig-authorization" in seen.headers
        assert "authorization" not in seen.headers
        Path("pyproject.toml").write_text(PYPROJECT)  # the same without flags
        assert main(["probe", "--format", "json", "--timeout", "3",
                     "--connect-to", f"{GATEWAY}={emu.url}"]) == 0
    capsys.readouterr()
    assert_no_secret(json.dumps(out), secrets=(EMU_TOKEN, KEY))


def test_probe_says_what_is_missing_in_the_apps_names(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    Path(".env").write_text(f"MY_URL={GW_BASE}\nMY_TOKEN={EMU_TOKEN}\n")
    assert main(["probe", "--timeout", "1", *FLAGS]) == 3
    err = capsys.readouterr().err
    assert "MY_MODEL is not set" in err and "AUTOGEN_MODEL" not in err
    # Without the mapping the gateway URL and the token are still found by their shape.
    assert main(["probe", "--timeout", "1"]) == 3
    assert "AUTOGEN_MODEL is not set" in capsys.readouterr().err


def test_explain_uses_the_mapped_model(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    env = tmp_path / "app.env"
    env.write_text(MINE.replace("/omni/groq", "/omni/compat"))
    body = ('{"success":false,"result":[],"messages":[],"error":[{"code":2005,'
            '"message":"Failed to get response from provider"}]}')
    monkeypatch.setattr("sys.stdin", io.StringIO(f"Error code: 400 - {body}"))
    code = main(["explain", "--format", "json", "--env-file", str(env), *FLAGS])
    data = json.loads(capsys.readouterr().out)
    assert code == 4
    assert "write MY_MODEL as groq/openai/gpt-oss-20b" in data["hint"]  # the app's own name
    assert "llama-3.1-8b-instant is retired" in data["hint"]  # the model was read from it
    assert TOKEN not in json.dumps(data)
