"""The user's file keeps its owner, group and a stricter mode; a looser one is reported
(issue 10, item 9).

The class: the new file was whatever the writing process made it. Run as root (sudo, a
container, a deploy script) on a file owned by the app's user, `init` left a root-owned 0600
file the app could no longer read. The temp file now takes the old file's owner and group
before the rename, and the mode is kept when it is stricter than 0600, tightened (and said)
when it was looser. Ownership can only be given away by root: those tests skip otherwise.
"""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys
import tempfile
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest
from init_support import ACCT, GW, TOKEN, clean_environment, run_piped

ROOT = os.geteuid() == 0
needs_root = pytest.mark.skipif(not ROOT, reason="giving a file to another user needs root")
APP_UID, APP_GID = 4242, 4243  # the app's user and group: any ids other than ours do


@pytest.fixture(autouse=True)
def _env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.chdir(tmp_path)
    clean_environment(monkeypatch)
    monkeypatch.setenv("CF_GATEWAY_TOKEN", TOKEN)


def init(env: Path, monkeypatch: pytest.MonkeyPatch,
         capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    r = run_piped(["--env-file", str(env), "--account-id", ACCT, "--gateway", GW],
                  monkeypatch, capsys)
    return r.code, r.out, r.err


def owner(p: Path) -> tuple[int, int]:
    st = p.stat()
    return st.st_uid, st.st_gid


@needs_root
def test_root_keeps_the_apps_owner_and_group(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    env = tmp_path / ".env"
    env.write_text("KEEP=1\n")
    os.chown(env, APP_UID, APP_GID)
    env.chmod(0o600)
    code, out, err = init(env, monkeypatch, capsys)
    assert code == 0, err
    assert owner(env) == (APP_UID, APP_GID) and stat.S_IMODE(env.stat().st_mode) == 0o600
    (backup,) = tmp_path.glob(".env.bak-*")
    assert owner(backup) == (APP_UID, APP_GID) and stat.S_IMODE(backup.stat().st_mode) == 0o600
    assert "Wrote" in out and "mode 0600" in out


@needs_root
def test_a_stricter_mode_is_kept(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                 capsys: pytest.CaptureFixture[str]) -> None:
    env = tmp_path / ".env"
    env.write_text("KEEP=1\n")
    env.chmod(0o200)  # write-only: only root reads it, and it stays so
    code, out, err = init(env, monkeypatch, capsys)
    assert code == 0, err
    assert stat.S_IMODE(env.stat().st_mode) == 0o200 and "mode 0200" in out


@pytest.mark.parametrize("mode", [0o644, 0o640, 0o666, 0o604])
def test_a_looser_mode_is_tightened_and_said(mode: int, tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    env = tmp_path / ".env"
    env.write_text("KEEP=1\n")
    env.chmod(mode)
    code, out, err = init(env, monkeypatch, capsys)
    assert code == 0, err
    assert stat.S_IMODE(env.stat().st_mode) == 0o600
    said = out + err
    assert f"was mode {mode:04o}" in said and "now 0600" in said and f"chmod {mode:o}" in said


def test_a_new_file_is_0600_without_a_note(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    env = tmp_path / ".env"
    code, out, err = init(env, monkeypatch, capsys)
    assert code == 0, err
    assert stat.S_IMODE(env.stat().st_mode) == 0o600 and "was mode" not in out + err


@pytest.fixture
def shared_folder() -> Iterator[Path]:
    """A world-writable folder outside pytest's private tmp (another uid must reach it)."""
    folder = Path(tempfile.mkdtemp(prefix="setup-wizard-shared-"))
    folder.chmod(0o777)
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


@needs_root
def test_an_owner_that_cannot_be_kept_is_refused(shared_folder: Path) -> None:
    # Run as user APP_UID on a file of another user: chown is not allowed, and writing
    # anyway would hand the other user's file to this one. Refused, file untouched.
    env = shared_folder / ".env"
    env.write_text("KEEP=1\n")
    os.chown(env, APP_UID + 1, APP_GID + 1)
    env.chmod(0o666)  # writable by anyone: only the owner question stops the write
    child = textwrap.dedent(f"""
        import os, sys
        # Everything is imported before dropping root: the interpreter's own folder may be
        # private to root (reading a template once loads importlib's lazy readers too).
        import setup_wizard.commands.init, setup_wizard.lint.engine
        from setup_wizard.config import templating
        templating.template_text("gateway-stored-key")
        from setup_wizard.cli import main
        os.setgid({APP_GID}); os.setuid({APP_UID})
        sys.exit(main(["init", "--no-probe", "--non-interactive", "--env-file", {str(env)!r},
                       "--account-id", {ACCT!r}, "--gateway", {GW!r}]))
    """)
    r = subprocess.run([sys.executable, "-c", child], capture_output=True, text=True,
                       env={**os.environ, "CF_GATEWAY_TOKEN": TOKEN}, timeout=60,
                       cwd=shared_folder)
    assert r.returncode == 2, r.stdout + r.stderr
    (line,) = r.stderr.strip().splitlines()
    assert "owner" in line and f"uid {APP_UID + 1}" in line and "Fix:" in line
    assert env.read_text() == "KEEP=1\n" and owner(env) == (APP_UID + 1, APP_GID + 1)
    assert sorted(p.name for p in shared_folder.iterdir()) == [".env"]
