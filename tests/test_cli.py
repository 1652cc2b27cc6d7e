"""The CLI's last-resort paths: no command, internal errors, Ctrl-C, --debug."""

from __future__ import annotations

import argparse

import pytest

from setup_wizard import __version__, cli
from setup_wizard.commands import lint as lint_command

SECRET = "gsk_" + "S3cr3t" * 8 + "zzzz"


def test_no_command_prints_help_and_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main([]) == 2
    assert "init" in capsys.readouterr().err


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as e:
        cli.main(["--version"])
    assert e.value.code == 0 and __version__ in capsys.readouterr().out


def _boom(exc: BaseException):
    def run(args: argparse.Namespace) -> int:
        raise exc
    return run


def test_internal_error_is_one_line_without_traceback_or_secret(
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(lint_command, "run", _boom(RuntimeError(f"bad {SECRET}")))
    assert cli.main(["lint"]) == 70
    captured = capsys.readouterr()
    assert captured.err.count("\n") == 1 and "RuntimeError" in captured.err
    assert "Traceback" not in captured.err and SECRET not in captured.err + captured.out


def test_debug_shows_the_exception(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(lint_command, "run", _boom(RuntimeError("boom")))
    with pytest.raises(RuntimeError):
        cli.main(["--debug", "lint"])


def test_ctrl_c_exits_130(monkeypatch: pytest.MonkeyPatch,
                          capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(lint_command, "run", _boom(KeyboardInterrupt()))
    assert cli.main(["lint"]) == 130
    assert "interrupted" in capsys.readouterr().err


def test_the_api_token_variable_named_in_help_is_the_one_read(
        capsys: pytest.CaptureFixture[str]) -> None:
    from setup_wizard import cli
    from setup_wizard.config.cloudflare import TOKEN_VAR

    assert cli.API_TOKEN_VAR == TOKEN_VAR
    with pytest.raises(SystemExit):
        cli.main(["gateways", "--help"])
    assert TOKEN_VAR in capsys.readouterr().out
