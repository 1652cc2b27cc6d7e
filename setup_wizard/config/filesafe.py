"""Putting a `.env` on disk without ever losing or half-writing the user's file.

The text comes from `envfile`/`templating`; this module only replaces the file: refusing
paths the user cannot have meant, under the lock of `filelock`, after a complete backup,
atomically (temp file in the same folder with the old owner and a private mode, fsync,
compare with what was read, rename), leaving no temp file whatever stops it.
"""

from __future__ import annotations

import contextlib
import os
import re
import stat
import tempfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from setup_wizard.config import filelock
from setup_wizard.config.filelock import PRIVATE, failure, signals_raise
from setup_wizard.errors import EnvFileError, Interrupted, Terminated


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


# -- atomic write -------------------------------------------------------------------------
TEMP_PREFIX = "setup-wizard-"
_RANDOM = "[a-z0-9_]{8}"  # tempfile.mkstemp's random part


def remove_stale_temps(target: Path) -> int:
    """Remove temp files our own earlier runs left next to `target` (a SIGKILL, a power cut).

    Only our names (`.{name}.setup-wizard-XXXXXXXX.tmp`, and `.{name}.XXXXXXXX.tmp` from
    versions before it), only regular files of this user (any, for root, since the temp
    file takes the .env's owner). Callers hold the lock, so no live run owns them.
    """
    ours = re.compile(rf"\.{re.escape(target.name)}\.(?:{TEMP_PREFIX})?{_RANDOM}\.tmp")
    removed = 0
    try:
        names = os.listdir(target.parent)
    except OSError:
        return 0
    for name in names:
        if not ours.fullmatch(name):
            continue
        p = target.parent / name
        with contextlib.suppress(OSError):
            st = p.lstat()
            if stat.S_ISREG(st.st_mode) and os.geteuid() in (0, st.st_uid):
                p.unlink()
                removed += 1
    return removed


@dataclass(frozen=True)
class Written:
    """What `write_atomic` did: the backup it made, the mode, and what the user should know."""

    backup: Path | None
    mode: int = 0o600
    notes: tuple[str, ...] = ()




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


UNCHECKED = object()  # `expected` default: replace whatever is there


def write_atomic(path: Path, text: str, *, backup: bool = True,
                 expected: str | object | None = UNCHECKED) -> Written:
    """Replace `path` with `text` so that no reader ever sees half a file.

    Temp file in the same folder, with the old file's owner and group and mode 0600 (or the
    old mode, if stricter) before any byte is written, fsync, rename, fsync of the folder.
    The previous file is first copied to a timestamped backup, itself written the same way.
    If anything fails before the rename, the original is untouched and no temp file or
    backup is left; the error names its real cause.

    `expected` is the text the caller read (None: no file): the file is compared with it
    before the backup and again just before the rename, and left alone if it changed.
    Takes the lock unless the caller holds it already (init holds it from its read on).
    """
    with locked(path):
        return _write_locked(path, text, backup, expected)


def locked(path: Path) -> contextlib.AbstractContextManager[None]:
    """The lock `init` holds from its read to the rename (`filelock.locked`), for `path`."""
    return filelock.locked(preflight(path), path)


def _write_locked(path: Path, text: str, backup: bool, expected: str | object | None
                  ) -> Written:
    target = preflight(path)
    folder = target.parent
    made_backup: Path | None = None
    tmp: str | None = None
    new_inode: int | None = None
    step = "back up"
    with signals_raise():
        before = _stat(target)
        mode, notes = _mode_for(before, path)
        stale = remove_stale_temps(target)
        if stale:
            notes += (f"removed {stale} leftover temp file{'s' if stale > 1 else ''} of an "
                      "interrupted earlier run",)
        try:
            current = _read(target)
            _unchanged(path, expected, current)
            if backup and current is not None:
                made_backup = _backup(target, current, mode, before, path)
            step = "write"
            fd, tmp = _temp(folder, target.name, mode, before, path)
            new_inode = os.fstat(fd).st_ino
            _write_temp(fd, text.encode("utf-8"))
            _unchanged(path, expected, _read(target))  # another program may not take our lock
            os.replace(tmp, target)
            _sync_folder(folder)
        except BaseException as e:
            now = _stat(target)
            if now is not None and now.st_ino == new_inode:  # the rename happened: say so
                _written_anyway(e, path, made_backup)
            for leftover in (tmp, made_backup):
                if leftover is not None:
                    with contextlib.suppress(OSError):
                        os.unlink(leftover)
            if isinstance(e, OSError):
                raise failure(step, path, e) from None
            raise
    return Written(made_backup, mode, notes)


def _unchanged(path: Path, expected: str | object | None, current: bytes | None) -> None:
    if expected is UNCHECKED:
        return
    want = None if expected is None else str(expected).encode("utf-8")
    if current != want:
        raise EnvFileError(f"{path} changed while setup-wizard was running (another program "
                           "wrote to it); nothing was written",
                           fix="run setup-wizard init again: it merges into the new content")


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (best effort: not every file system allows it)."""
    with contextlib.suppress(OSError):
        dfd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(dfd)
        finally:
            os.close(dfd)


def _written_anyway(e: BaseException, path: Path, backup: Path | None) -> None:
    """Stopped after the new file took its place: the message must not say "nothing"."""
    done = f"{path} was written" + (f" (previous version saved as {backup})" if backup else "")
    if isinstance(e, KeyboardInterrupt):
        raise Interrupted(f"interrupted after {done}") from None
    if isinstance(e, Terminated):
        raise Terminated(e.signum, f"stopped after {done}") from None
    raise e


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
