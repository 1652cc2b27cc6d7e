"""No leftovers and no false message when a write is stopped (issue 10, item 11).

The class: SIGTERM or SIGHUP during the write (a CI job cancelled, a terminal closed) killed
the process between creating `.env.XXXX.tmp` (holding the new secrets) and the rename, and
the file stayed; a SIGKILL cannot be caught at all; Ctrl-C could say "nothing was written"
when it had been. Now SIGTERM/SIGHUP unwind like Ctrl-C (temp and backup removed, a true
message, exit 128+signal), the next run removes stale temp files of our own, and an
interruption after the rename says the file was written.

Real signals to a real child process, paused mid-write by `paused_child` (the pause is a
monkeypatch in the child: the product has no test hook).
"""

from __future__ import annotations

import os
import signal
import stat
import subprocess
from pathlib import Path

import paused_child
import pytest
from dotenv import dotenv_values
from init_support import ACCT, GW, TOKEN, clean_environment, env_in, leftovers, run_piped

from setup_wizard.config import filesafe

ORIGINAL = "KEEP=1\nAUTOGEN_MODEL=openai/gpt-oss-20b\n"
# The write's second temp file is the new .env (the first is the backup's): pause after it
# is written and fsynced, just before the rename.
MID_WRITE = "after:_write_temp#2"


def child_argv(env: Path) -> list[str]:
    return ["init", "--no-probe", "--non-interactive", "--env-file", str(env),
            "--account-id", ACCT, "--gateway", GW]


def paused_mid_write(tmp_path: Path) -> tuple[Path, Path, subprocess.Popen[str]]:
    """A real `init` in a child process, stopped with the new file in its temp name."""
    work = tmp_path / "app"
    work.mkdir()
    env = work / ".env"
    env.write_text(ORIGINAL)
    proc = paused_child.start(MID_WRITE, tmp_path / "flags", child_argv(env),
                              {"CF_GATEWAY_TOKEN": TOKEN}, work)
    return work, env, proc


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGHUP])
def test_sigterm_and_sighup_mid_write_leave_nothing_behind(sig: int, tmp_path: Path) -> None:
    work, env, proc = paused_mid_write(tmp_path)
    # Paused with both temp files on disk: the new secrets are in one of them.
    assert any(name.endswith(".tmp") for name in leftovers(work))
    assert any(TOKEN in (work / n).read_text() for n in leftovers(work) if n.endswith(".tmp"))
    proc.send_signal(sig)
    _, err = proc.communicate(timeout=30)
    assert proc.returncode == 128 + sig, err
    name = signal.Signals(sig).name
    (line,) = err.strip().splitlines()
    assert line == f"setup-wizard: terminated ({name}); nothing was written"
    assert env.read_text() == ORIGINAL
    assert leftovers(work) == []  # neither the temp file nor the backup


def test_a_sigkilled_write_is_cleaned_up_by_the_next_run(tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch,
                                                         capsys: pytest.CaptureFixture[str]
                                                         ) -> None:
    work, env, proc = paused_mid_write(tmp_path)
    proc.kill()  # nothing can catch this one
    proc.communicate(timeout=30)
    stale = [n for n in leftovers(work) if n.endswith(".tmp")]
    assert stale and env.read_text() == ORIGINAL
    # An older version's temp name too, and files that are not ours, which must stay.
    # Names are `.` + the file's name + ...: `..env.setup-wizard-XXXXXXXX.tmp` for `.env`.
    (work / "..env.k3x9_q2a.tmp").write_text(f"CF_GATEWAY_TOKEN={TOKEN}\n")
    (work / "..env.notes.tmp").write_text("mine\n")
    (work / ".other.env.setup-wizard-abcdefgh.tmp").write_text("another file's\n")

    monkeypatch.chdir(work)
    clean_environment(monkeypatch)
    monkeypatch.setenv("CF_GATEWAY_TOKEN", TOKEN)
    r = run_piped(child_argv(env)[2:], monkeypatch, capsys)
    assert r.code == 0, r.err
    assert [n for n in leftovers(work) if n.endswith(".tmp")] == [
        "..env.notes.tmp", ".other.env.setup-wizard-abcdefgh.tmp"]
    assert f"removed {len(stale) + 1} leftover temp files" in r.out
    assert dotenv_values(env)["CF_GATEWAY_TOKEN"] == TOKEN


def test_ctrl_c_before_the_rename_is_true_to_its_word(tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch,
                                                       capsys: pytest.CaptureFixture[str]
                                                       ) -> None:
    env = env_in(tmp_path, monkeypatch, ORIGINAL)
    real = filesafe._write_temp
    calls: list[int] = []

    def ctrl_c_on_the_new_file(fd: int, data: bytes) -> None:
        calls.append(fd)
        real(fd, data)
        if len(calls) == 2:  # the backup is complete, the new file too, not yet renamed
            raise KeyboardInterrupt

    monkeypatch.setattr(filesafe, "_write_temp", ctrl_c_on_the_new_file)
    r = run_piped(child_argv(env)[2:], monkeypatch, capsys)
    assert r.code == 130
    assert r.err.strip().endswith("interrupted; nothing was written")
    assert env.read_text() == ORIGINAL and leftovers(tmp_path) == []


def test_ctrl_c_after_the_rename_says_the_file_was_written(tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch,
                                                          capsys: pytest.CaptureFixture[str]
                                                          ) -> None:
    env = env_in(tmp_path, monkeypatch, ORIGINAL)

    def ctrl_c(folder: Path) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(filesafe, "_sync_folder", ctrl_c)  # the step after the rename
    r = run_piped(child_argv(env)[2:], monkeypatch, capsys)
    assert r.code == 130
    (backup,) = tmp_path.glob(".env.bak-*")
    (line,) = r.err.strip().splitlines()
    assert f"interrupted after {env} was written" in line and backup.name in line
    assert "nothing was written" not in line
    assert dotenv_values(env)["CF_GATEWAY_TOKEN"] == TOKEN
    assert stat.S_IMODE(env.stat().st_mode) == 0o600
    assert os.path.exists(backup)
