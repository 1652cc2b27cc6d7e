"""The Python API: `from setup_wizard import lint_paths, explain, probe_env_file`, each
result's `to_dict()` equal to the JSON the CLI prints, the package root still light, and
`py.typed` shipped."""

from __future__ import annotations

import importlib.resources
import json
import subprocess
import sys
from pathlib import Path

import pytest
from app_support import cli, write_env
from probe_support import KEY, MODEL, TOKEN, WRONG_KEY, assert_no_secret, stored_key_env

from setup_wizard.emulator import server as emulator

BODY_2009 = ('Error code: 401 - {"success":false,"result":[],"messages":[],"error":'
             '[{"code":2009,"message":"Unauthorized"}]}')
BODY_GROQ = ('openai.AuthenticationError: Error code: 401 - {"error": {"message": "Invalid API '
             f'Key {WRONG_KEY}", "type": "invalid_request_error", "code": "invalid_api_key"}}}}')


def test_the_three_names_import_from_the_package_root() -> None:
    from setup_wizard import explain, lint_paths, probe_env_file

    assert callable(explain) and callable(lint_paths) and callable(probe_env_file)
    import setup_wizard

    with pytest.raises(AttributeError):
        _ = setup_wizard.no_such_name


def test_importing_the_package_imports_nothing_heavy() -> None:
    code = ("import sys, setup_wizard\n"
            "light = sorted(m for m in sys.modules if m.startswith('setup_wizard'))\n"
            "from setup_wizard import lint_paths, explain\n"
            "heavy = sorted(m for m in sys.modules if m.split('.')[0] in "
            "('httpx', 'pydantic', 'questionary'))\n"
            "print(light, heavy)\n")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=60)
    assert proc.stdout.strip() == "['setup_wizard'] []", proc.stdout + proc.stderr


def test_lint_paths_equals_the_cli_json(tmp_path: Path, capsys) -> None:
    from setup_wizard import lint_paths

    good = write_env(tmp_path, stored_key_env(), "good.env")
    bad = write_env(tmp_path, stored_key_env(AUTOGEN_MODEL="llama-3.1-8b-instant",
                                             GROQ_API_KEY=KEY), "bad.env")
    paths = [str(good), str(bad), str(tmp_path / "missing.env"), str(tmp_path / "*.nope")]
    for strict in (False, True):
        flags = ["--strict"] if strict else []
        r = cli(capsys, "lint", "--format", "json", *flags, *paths)
        report = lint_paths(paths, strict=strict)
        assert report.to_dict() == json.loads(r.out)
        assert report.exit_code == r.code == 2
    assert lint_paths(good).to_dict() == json.loads(
        cli(capsys, "lint", "--format", "json", str(good)).out)
    assert_no_secret(json.dumps(lint_paths([str(bad)]).to_dict()), KEY)


@pytest.mark.parametrize("text, status, headers, with_env", [
    (BODY_2009, None, {}, False),
    (BODY_GROQ, None, {}, True),
    ('{"error": {"message": "Rate limit reached", "type": "tokens"}}', 429,
     {"x-groq-region": "us-west-1"}, False),
    ("error code: 1010", None, {}, False),
])
def test_explain_equals_the_cli_json(tmp_path, capsys, monkeypatch, text, status, headers,
                                     with_env) -> None:
    from setup_wizard import explain

    env = write_env(tmp_path, stored_key_env(GROQ_API_KEY=WRONG_KEY))
    argv = ["explain", "--format", "json"]
    if status is not None:
        argv += ["--status", str(status)]
    for k, v in headers.items():
        argv += ["--header", f"{k}: {v}"]
    if with_env:
        argv += ["--env-file", str(env)]
    monkeypatch.setattr("sys.stdin", _Stdin(text))
    r = cli(capsys, *argv)
    d = explain(text, status=status, headers=headers, env_file=env if with_env else None)
    assert d.to_dict() == json.loads(r.out)
    assert d.exit_code == r.code
    assert_no_secret(json.dumps(d.to_dict()), WRONG_KEY)


def test_explain_refuses_what_the_cli_refuses() -> None:
    from setup_wizard import explain
    from setup_wizard.errors import InvalidInput

    with pytest.raises(InvalidInput, match="empty"):
        explain("   ")
    with pytest.raises(InvalidInput, match="not an HTTP status"):
        explain(BODY_2009, status=999)


@pytest.mark.parametrize("scenario", ["ok", "token-missing", "stray-authorization",
                                      "model-retired"])
def test_probe_env_file_equals_the_cli_json_but_for_the_time(tmp_path, capsys,
                                                            scenario) -> None:
    from setup_wizard import probe_env_file

    path = write_env(tmp_path, stored_key_env())
    with emulator.start(scenario=scenario) as emu:
        r = cli(capsys, "probe", "--env-file", str(path), "--format", "json", "--connect-to",
                emu.connect_to())
        result = probe_env_file(path, connect_to=[emu.connect_to()])
    api, shown = result.to_dict(), json.loads(r.out)
    assert isinstance(api.pop("elapsed_ms"), int) and isinstance(shown.pop("elapsed_ms"), int)
    assert api == shown  # elapsed_ms is the one field two runs cannot share
    assert int(result.exit_code) == r.code
    assert_no_secret(json.dumps(result.to_dict()), TOKEN)


def test_probe_env_file_raises_the_clis_errors(tmp_path) -> None:
    from setup_wizard import probe_env_file
    from setup_wizard.errors import ConfigUnusable, EnvFileError, UsageError

    with pytest.raises(EnvFileError):
        probe_env_file(tmp_path / "none.env")
    with pytest.raises(UsageError):
        probe_env_file(tmp_path / "none.env", timeout=0)
    with pytest.raises(ConfigUnusable):
        probe_env_file(write_env(tmp_path, {"AUTOGEN_MODEL": MODEL}))


def test_py_typed_ships_with_the_package() -> None:
    assert importlib.resources.files("setup_wizard").joinpath("py.typed").is_file()


class _Stdin:
    """What `explain` reads from stdin: text, with a `buffer` of bytes like the real one."""

    def __init__(self, text: str) -> None:
        import io

        self.buffer = io.BytesIO(text.encode())
