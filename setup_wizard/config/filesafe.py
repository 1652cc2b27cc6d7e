"""Putting a `.env` on disk without ever losing or half-writing the user's file.

The text comes from `envfile`/`templating`; this module only replaces the file: atomically
(temp file in the same folder, fsync, rename), after a backup, mode 0600.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import tempfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from setup_wizard.errors import EnvFileError


# -- where to write --------------------------------------------------------------------------
def preflight(path: Path) -> Path:
    """The file to replace (a symlink's target), or EnvFileError if `path` is not one to write.

    Nothing is created or made writable on the user's behalf: a missing folder is usually a
    typo, a dangling symlink points where the user meant another file to be, and a
    read-only file was made so on purpose (root could replace it; it still must not).
    """
    if path.is_symlink():
        target = Path(os.path.realpath(path))
        if not target.exists():
            raise EnvFileError(f"{path} is a symlink to {target}, which does not exist",
                               fix=f"create {target} first, or pass --env-file the real path")
    else:
        target = path
    if target.is_dir():
        raise EnvFileError(f"{path} is a directory", fix="give the path of the .env file")
    folder = target.parent
    if not folder.is_dir():
        raise EnvFileError(f"the folder {folder} does not exist",
                           fix=f"create it (mkdir -p {folder}) or check --env-file for a typo")
    try:
        mode = target.stat().st_mode
    except FileNotFoundError:
        return target
    if not mode & stat.S_IWUSR:
        raise EnvFileError(f"{path} is read-only (mode {stat.S_IMODE(mode):04o})",
                           fix=f"chmod u+w {path} if it is meant to change")
    return target


# -- what went wrong, in words a user can act on --------------------------------------------------
_FIXES = {
    errno.EACCES: "check the folder's permissions (writing needs write access to it)",
    errno.EPERM: "check the folder's permissions and attributes (chattr, immutable files)",
    errno.ENOSPC: "free some disk space, then run again",
    errno.EDQUOT: "free space within your disk quota, then run again",
    errno.EFBIG: "the file is larger than this process may write: raise the limit (ulimit -f)",
    errno.EROFS: "the folder is on a read-only file system: write the .env somewhere writable",
    errno.EIO: "the disk reported an I/O error: check it before writing again",
}


def _failure(what: str, path: Path, e: OSError) -> EnvFileError:
    """The error's own cause, and the fix for that cause (not always "permissions")."""
    cause = e.strerror or type(e).__name__
    return EnvFileError(f"cannot {what} {path}: {cause}",
                        fix=_FIXES.get(e.errno or 0, "check the folder and the disk, then run "
                                       "again; the old file is untouched"))


# -- atomic write -------------------------------------------------------------------------
TEMP_PREFIX = "setup-wizard-"


@dataclass(frozen=True)
class Written:
    """What `write_atomic` did: the backup it made, and anything the user should know."""

    backup: Path | None
    notes: tuple[str, ...] = ()


def backup_path(path: Path, now: datetime | None = None) -> Path:
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    candidate = path.with_name(f"{path.name}.bak-{stamp}")
    n = 1
    while candidate.exists():
        candidate = path.with_name(f"{path.name}.bak-{stamp}-{n}")
        n += 1
    return candidate


def _temp(folder: Path, name: str) -> tuple[int, str]:
    """A private temp file next to the target (same file system: the rename is atomic)."""
    fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{name}.{TEMP_PREFIX}", suffix=".tmp")
    os.fchmod(fd, 0o600)  # before any byte: it holds the same secrets
    return fd, tmp


def _write_temp(fd: int, data: bytes) -> None:
    with os.fdopen(fd, "wb") as f:
        f.write(data)
        f.flush()
        os.fsync(f.fileno())


def _backup(target: Path, data: bytes) -> Path:
    """A copy of the current file, complete or not at all: temp file, fsync, then its name."""
    fd, tmp = _temp(target.parent, target.name)
    try:
        _write_temp(fd, data)
        final = backup_path(target)  # a fresh name: the lock keeps other runs out meanwhile
        os.rename(tmp, final)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    return final


def write_atomic(path: Path, text: str, *, backup: bool = True) -> Written:
    """Replace `path` with `text` so that no reader ever sees half a file.

    Temp file in the same folder, mode 0600 before any byte is written, fsync, rename,
    fsync of the folder. The previous file is first copied to a timestamped backup, itself
    written the same way. If anything fails before the rename, the original is untouched
    and no temp file or backup is left; the error names its real cause.
    """
    target = preflight(path)
    folder = target.parent
    made_backup: Path | None = None
    tmp: str | None = None
    step = "back up"
    try:
        current = _read(target)
        if backup and current is not None:
            made_backup = _backup(target, current)
        step = "write"
        fd, tmp = _temp(folder, target.name)
        _write_temp(fd, text.encode("utf-8"))
        os.replace(tmp, target)
    except BaseException as e:
        for leftover in (tmp, made_backup):
            if leftover is not None:
                with contextlib.suppress(OSError):
                    os.unlink(leftover)
        if isinstance(e, OSError):
            raise _failure(step, path, e) from None
        raise
    with contextlib.suppress(OSError):
        dfd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(dfd)
        finally:
            os.close(dfd)
    return Written(made_backup)


def _read(target: Path) -> bytes | None:
    try:
        return target.read_bytes()
    except FileNotFoundError:
        return None
