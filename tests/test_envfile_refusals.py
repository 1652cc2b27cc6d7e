"""`init` refuses to write where the user did not mean it to (issue 10, item 13).

The class: a path that cannot be the user's `.env` as given was made to work silently: a
missing folder was created (`--env-file typo/deep/.env`), a dangling symlink's target was
created, a read-only (0444) file was replaced. Each is now exit 2 with one line naming the
fix, before any question is asked, and nothing on disk changes.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from init_support import ACCT, GW, TOKEN, clean_environment, run_piped

from setup_wizard.config import filesafe
from setup_wizard.errors import EnvFileError


@pytest.fixture(autouse=True)
def _env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.chdir(tmp_path)
    clean_environment(monkeypatch)
    monkeypatch.setenv("CF_GATEWAY_TOKEN", TOKEN)


def init(path: Path | str, monkeypatch: pytest.MonkeyPatch,
         capsys: pytest.CaptureFixture[str], *extra: str) -> tuple[int, str]:
    r = run_piped(["--env-file", str(path), "--account-id", ACCT, "--gateway", GW, *extra],
                  monkeypatch, capsys)
    assert "Traceback" not in r.err
    return r.code, r.err


def one_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    return lines[0]


def test_a_missing_folder_is_not_created(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    code, err = init("typo/deep/.env", monkeypatch, capsys)
    assert code == 2
    line = one_line(err)
    assert "typo/deep" in line and "does not exist" in line and "mkdir -p" in line
    assert sorted(p.name for p in tmp_path.iterdir()) == []


def test_a_missing_folder_is_reported_before_missing_answers(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    r = run_piped(["--env-file", "typo/.env"], monkeypatch, capsys)  # no --account-id either
    assert r.code == 2 and "does not exist" in one_line(r.err)


def test_a_dangling_symlink_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    link = tmp_path / ".env"
    link.symlink_to(tmp_path / "shared" / "app.env")
    code, err = init(link, monkeypatch, capsys)
    assert code == 2
    line = one_line(err)
    assert "symlink" in line and "app.env" in line and "Fix:" in line
    assert link.is_symlink() and not (tmp_path / "shared").exists()


def test_a_symlink_to_a_file_is_written_through(tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    real = tmp_path / "real.env"
    real.write_text("KEEP=1\n")
    link = tmp_path / ".env"
    link.symlink_to(real)
    code, err = init(link, monkeypatch, capsys)
    assert code == 0, err
    assert link.is_symlink() and "KEEP=1" in real.read_text() and "CF_GATEWAY_TOKEN" in \
        real.read_text()


@pytest.mark.parametrize("mode", [0o444, 0o400, 0o440])
def test_a_read_only_file_is_not_replaced(mode: int, tmp_path: Path,
                                          monkeypatch: pytest.MonkeyPatch,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    env = tmp_path / ".env"
    env.write_text("KEEP=1\n")
    env.chmod(mode)
    code, err = init(env, monkeypatch, capsys)  # root could write it: refused all the same
    assert code == 2
    line = one_line(err)
    assert "read-only" in line and f"{mode:04o}" in line and "chmod u+w" in line
    assert env.read_text() == "KEEP=1\n" and env.stat().st_mode & 0o777 == mode
    assert sorted(p.name for p in tmp_path.iterdir()) == [".env"]


def test_a_directory_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "conf").mkdir()
    code, err = init(tmp_path / "conf", monkeypatch, capsys)
    assert code == 2 and "directory" in one_line(err)


def test_dry_run_writes_nothing_so_refuses_nothing(tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    code, err = init("typo/.env", monkeypatch, capsys, "--dry-run")
    assert code == 0, err
    assert not (tmp_path / "typo").exists()


def test_write_atomic_refuses_too(tmp_path: Path) -> None:
    # The same rules hold for any caller of the writer, not only for init's early check.
    with pytest.raises(EnvFileError, match="does not exist"):
        filesafe.write_atomic(tmp_path / "nope" / ".env", "A=1\n")
    ro = tmp_path / "ro.env"
    ro.write_text("A=0\n")
    os.chmod(ro, 0o444)
    with pytest.raises(EnvFileError, match="read-only"):
        filesafe.write_atomic(ro, "A=1\n")
    assert ro.read_text() == "A=0\n"
