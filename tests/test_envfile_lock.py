"""One writer at a time, and nothing another program wrote meanwhile is lost (issue 10, item 12).

The class: `init` read the file, asked, merged, and replaced it, with nothing to stop a
second `init` or another program writing in between: two runs both said "Wrote .env" and one
result was lost; a line appended during the run vanished. Now an exclusive lock next to the
file covers the whole read-merge-write, and the file is re-read and compared just before
the rename: if it changed, the run refuses (exit 2) and the other writer's content stays.
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import paused_child
import pytest
from dotenv import dotenv_values
from init_support import ACCT, GW, TOKEN, clean_environment, env_in, leftovers, run_piped

from setup_wizard.config import filelock, filesafe

ORIGINAL = "KEEP=1\n"


def argv(env: Path, model: str) -> list[str]:
    return ["init", "--no-probe", "--non-interactive", "--env-file", str(env),
            "--account-id", ACCT, "--gateway", GW, "--model", model]


def test_a_line_appended_during_the_run_is_not_lost(tmp_path: Path) -> None:
    work = tmp_path / "app"
    work.mkdir()
    env = work / ".env"
    env.write_text(ORIGINAL)
    # Paused with the new file written to its temp name, just before the rename.
    proc = paused_child.start("after:_write_temp#2", tmp_path / "flags",
                              argv(env, "openai/gpt-oss-20b"), {"CF_GATEWAY_TOKEN": TOKEN},
                              work)
    with env.open("a") as f:  # another program, which knows nothing of our lock
        f.write("ADDED_BY_DEPLOY=1\n")
    paused_child.resume(tmp_path / "flags")
    _, err = proc.communicate(timeout=30)
    assert proc.returncode == 2, err
    (line,) = err.strip().splitlines()
    assert "changed while" in line and "nothing was written" in line and "Fix:" in line
    assert env.read_text() == ORIGINAL + "ADDED_BY_DEPLOY=1\n"
    assert leftovers(work) == []  # no temp file, no backup, no lock file


def test_two_inits_at_once_take_turns(tmp_path: Path) -> None:
    work = tmp_path / "app"
    work.mkdir()
    env = work / ".env"
    env.write_text(ORIGINAL)
    # The first run has read the file and holds the lock; it pauses before writing.
    first = paused_child.start("before:write_atomic", tmp_path / "flags",
                               argv(env, "openai/gpt-oss-20b"), {"CF_GATEWAY_TOKEN": TOKEN},
                               work)
    second = subprocess.Popen([sys.executable, "-m", "setup_wizard",
                               *argv(env, "openai/gpt-oss-120b")],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                              env={**os.environ, "CF_GATEWAY_TOKEN": TOKEN}, cwd=work)
    time.sleep(1.5)
    assert second.poll() is None  # waiting for the lock, not writing over the first
    paused_child.resume(tmp_path / "flags")
    out1, err1 = first.communicate(timeout=30)
    out2, err2 = second.communicate(timeout=30)
    assert first.returncode == 0 and second.returncode == 0, err1 + err2
    assert "Wrote" in out1 and "Wrote" in out2
    # The second read what the first wrote: its backup is the first's result.
    (b1, b2) = sorted(work.glob(".env.bak-*"), key=lambda p: p.stat().st_mtime_ns)
    assert b1.read_text() == ORIGINAL
    assert dotenv_values(b2)["AUTOGEN_MODEL"] == "openai/gpt-oss-20b"
    assert dotenv_values(env)["AUTOGEN_MODEL"] == "openai/gpt-oss-120b"
    assert dotenv_values(env)["KEEP"] == "1"
    assert sorted(leftovers(work)) == sorted([b1.name, b2.name])  # the lock file is gone


def test_a_lock_held_too_long_is_a_clear_refusal(tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.chdir(tmp_path)
    clean_environment(monkeypatch)
    monkeypatch.setenv("CF_GATEWAY_TOKEN", TOKEN)
    monkeypatch.setattr(filelock, "LOCK_WAIT", 0.3)
    env = tmp_path / ".env"
    env.write_text(ORIGINAL)
    holding, release = threading.Event(), threading.Event()

    def other_run() -> None:  # another run, in the middle of its questions
        with filesafe.locked(env):
            holding.set()
            release.wait(30)

    other = threading.Thread(target=other_run)
    other.start()
    try:
        assert holding.wait(10)
        r = run_piped(argv(env, "openai/gpt-oss-20b")[3:], monkeypatch, capsys)
    finally:
        release.set()
        other.join()
    assert r.code == 2
    (line,) = r.err.strip().splitlines()
    assert "another setup-wizard" in line and f"pid {os.getpid()}" in line and "Fix:" in line
    assert env.read_text() == ORIGINAL


def test_a_lock_file_left_by_a_killed_run_does_not_block(tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch,
                                                         capsys: pytest.CaptureFixture[str]
                                                         ) -> None:
    env = env_in(tmp_path, monkeypatch, ORIGINAL)
    (tmp_path / "..env.setup-wizard.lock").write_text("99999\n")  # nobody holds it
    r = run_piped(argv(env, "openai/gpt-oss-20b")[3:], monkeypatch, capsys)
    assert r.code == 0, r.err
    assert not (tmp_path / "..env.setup-wizard.lock").exists()


def test_write_atomic_compares_with_what_was_read(tmp_path: Path) -> None:
    env = tmp_path / ".env"
    env.write_text("A=1\n")
    with pytest.raises(filesafe.EnvFileError, match="changed while"):
        filesafe.write_atomic(env, "A=2\n", expected="A=0\n")
    with pytest.raises(filesafe.EnvFileError, match="changed while"):
        filesafe.write_atomic(env, "A=2\n", expected=None)  # we thought it did not exist
    assert env.read_text() == "A=1\n"
    filesafe.write_atomic(env, "A=2\n", expected="A=1\n")
    assert env.read_text() == "A=2\n"
