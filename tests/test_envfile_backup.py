"""The backup is written atomically too, and a failure names its real cause (issue 10, item 10).

The class: the backup was copied straight into its final name, so a copy that failed half-way
(file too large, disk full) left a truncated `.env.bak-*` that looked like a good one; and
every failure was followed by "check the folder's permissions", whatever the error was.
"""

from __future__ import annotations

import errno
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from init_support import ACCT, GW, TOKEN

from setup_wizard.config import filesafe
from setup_wizard.errors import EnvFileError

BIG = "# padding " + "x" * 100 + "\n"
ORIGINAL = "KEEP=1\n" + BIG * 200  # about 22 KB: more than the child may write


def test_a_backup_that_fails_half_way_leaves_nothing_and_says_why(tmp_path: Path) -> None:
    env = tmp_path / ".env"
    env.write_text(ORIGINAL)
    # A real "File too large": the child may write 8 KiB per file (and ignores SIGXFSZ, as
    # shells started with `ulimit -f` make processes do), so the 22 KB backup fails mid-copy.
    child = textwrap.dedent(f"""
        import resource, signal, sys
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (8192, 8192))
        from setup_wizard.cli import main
        sys.exit(main(["init", "--no-probe", "--non-interactive", "--env-file", {str(env)!r},
                       "--account-id", {ACCT!r}, "--gateway", {GW!r}]))
    """)
    r = subprocess.run([sys.executable, "-c", child], capture_output=True, text=True,
                       env={**os.environ, "CF_GATEWAY_TOKEN": TOKEN}, timeout=60)
    assert r.returncode == 2, r.stderr
    (line,) = r.stderr.strip().splitlines()
    assert "back up" in line and "File too large" in line and "ulimit" in line
    assert "permission" not in line.lower()
    assert env.read_text() == ORIGINAL
    assert sorted(p.name for p in tmp_path.iterdir()) == [".env"]  # no half backup, no temp


@pytest.mark.parametrize("code, cause, fix", [
    (errno.ENOSPC, "No space left on device", "free some disk space"),
    (errno.EDQUOT, "Disk quota exceeded", "quota"),
    (errno.EROFS, "Read-only file system", "read-only file system"),
    (errno.EACCES, "Permission denied", "permissions"),
])
def test_each_cause_gets_its_own_fix(code: int, cause: str, fix: str, tmp_path: Path,
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    env = tmp_path / ".env"
    env.write_text(ORIGINAL)
    real_fsync = os.fsync
    calls: list[int] = []

    def failing_fsync(fd: int) -> None:  # the first fsync is the backup's, after its bytes
        calls.append(fd)
        if len(calls) == 1:
            raise OSError(code, os.strerror(code))
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", failing_fsync)
    with pytest.raises(EnvFileError) as e:
        filesafe.write_atomic(env, "NEW=1\n")
    line = e.value.one_line()
    assert cause in line and fix in line
    assert env.read_text() == ORIGINAL
    assert sorted(p.name for p in tmp_path.iterdir()) == [".env"]


def test_a_good_backup_is_complete_and_private(tmp_path: Path) -> None:
    env = tmp_path / ".env"
    env.write_bytes(ORIGINAL.encode() + b"\r\nNO_NEWLINE_AT_END=1")
    result = filesafe.write_atomic(env, "NEW=1\n")
    assert result.backup is not None
    assert result.backup.read_bytes() == ORIGINAL.encode() + b"\r\nNO_NEWLINE_AT_END=1"
    assert result.backup.stat().st_mode & 0o777 == 0o600
    assert sorted(p.name for p in tmp_path.iterdir()) == [".env", result.backup.name]
