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
    """What `write_atomic` did: the backup it made, the mode, and what the user should know."""

    backup: Path | None
    mode: int = 0o600
    notes: tuple[str, ...] = ()


PRIVATE = 0o600  # the file holds secrets: nobody but its owner reads it


def _mode_for(before: os.stat_result | None, path: Path) -> tuple[int, tuple[str, ...]]:
    """0600, or the old mode when it was stricter still; say so when it was looser."""
    if before is None:
        return PRIVATE, ()
    old = stat.S_IMODE(before.st_mode)
    if not old & ~PRIVATE:
        return old, ()
    return PRIVATE, (f"{path} was mode {old:04o}, which let others read its secrets; it is "
                     f"now 0600 (chmod {old:o} {path} if another user must read it)",)


def _keep_owner(fd: int, before: os.stat_result | None, path: Path) -> None:
    """Give the temp file the old file's owner and group before it takes the file's place.

    Run as root on an app user's file, the new file would otherwise be root's and the app
    could no longer read it. A non-root process may not give a file away: refused, not
    silently changed.
    """
    if before is None:
        return
    now = os.fstat(fd)
    if (now.st_uid, now.st_gid) == (before.st_uid, before.st_gid):
        return
    try:
        os.fchown(fd, before.st_uid, before.st_gid)
    except OSError as e:
        raise EnvFileError(
            f"cannot keep the owner of {path} (uid {before.st_uid}, gid {before.st_gid}): "
            f"{e.strerror}", fix="run setup-wizard as that user (e.g. sudo -u), or as root; "
            "the file is untouched") from None


def backup_path(path: Path, now: datetime | None = None) -> Path:
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    candidate = path.with_name(f"{path.name}.bak-{stamp}")
    n = 1
    while candidate.exists():
        candidate = path.with_name(f"{path.name}.bak-{stamp}-{n}")
        n += 1
    return candidate


def _temp(folder: Path, name: str, mode: int, before: os.stat_result | None,
          path: Path) -> tuple[int, str]:
    """A private temp file next to the target (same file system: the rename is atomic),
    with its final mode and owner before any byte is written: it holds the same secrets."""
    fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{name}.{TEMP_PREFIX}", suffix=".tmp")
    try:
        os.fchmod(fd, mode)
        _keep_owner(fd, before, path)
    except BaseException:
        os.close(fd)
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    return fd, tmp


def _write_temp(fd: int, data: bytes) -> None:
    with os.fdopen(fd, "wb") as f:
        f.write(data)
        f.flush()
        os.fsync(f.fileno())


def _backup(target: Path, data: bytes, mode: int, before: os.stat_result | None,
            path: Path) -> Path:
    """A copy of the current file, complete or not at all: temp file, fsync, then its name."""
    fd, tmp = _temp(target.parent, target.name, mode, before, path)
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

    Temp file in the same folder, with the old file's owner and group and mode 0600 (or the
    old mode, if stricter) before any byte is written, fsync, rename, fsync of the folder.
    The previous file is first copied to a timestamped backup, itself written the same way.
    If anything fails before the rename, the original is untouched and no temp file or
    backup is left; the error names its real cause.
    """
    target = preflight(path)
    folder = target.parent
    made_backup: Path | None = None
    tmp: str | None = None
    step = "back up"
    before = _stat(target)
    mode, notes = _mode_for(before, path)
    try:
        current = _read(target)
        if backup and current is not None:
            made_backup = _backup(target, current, mode, before, path)
        step = "write"
        fd, tmp = _temp(folder, target.name, mode, before, path)
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
    return Written(made_backup, mode, notes)


def _stat(target: Path) -> os.stat_result | None:
    try:
        return target.stat()
    except FileNotFoundError:
        return None


def _read(target: Path) -> bytes | None:
    try:
        return target.read_bytes()
    except FileNotFoundError:
        return None
