"""Putting a `.env` on disk without ever losing or half-writing the user's file.

The text comes from `envfile`/`templating`; this module only replaces the file: atomically
(temp file in the same folder, fsync, rename), after a backup, mode 0600.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import stat
import tempfile
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


# -- atomic write -------------------------------------------------------------------------
def backup_path(path: Path, now: datetime | None = None) -> Path:
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    candidate = path.with_name(f"{path.name}.bak-{stamp}")
    n = 1
    while candidate.exists():
        candidate = path.with_name(f"{path.name}.bak-{stamp}-{n}")
        n += 1
    return candidate


def write_atomic(path: Path, text: str, *, backup: bool = True) -> Path | None:
    """Replace `path` with `text` so that no reader ever sees half a file.

    Temp file in the same folder (same filesystem, so rename is atomic), mode 0600 before
    any byte is written, fsync, rename, fsync of the folder. The previous file is copied
    to a timestamped backup first (also 0600: it holds the same secrets). If anything
    fails before the rename, the original is untouched and the temp file removed.
    Returns the backup's path, if one was made.
    """
    target = preflight(path)
    folder = target.parent
    made_backup: Path | None = None
    try:
        if backup and target.exists():
            made_backup = backup_path(target)
            fd_b = os.open(made_backup, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(fd_b, "wb") as out, target.open("rb") as src:
                shutil.copyfileobj(src, out)
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{target.name}.", suffix=".tmp")
    except OSError as e:
        raise EnvFileError(f"cannot write next to {path}: {e.strerror}",
                           fix="check the folder's permissions") from None
    try:
        os.fchmod(fd, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as f:
            f.write(text)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, target)
    except BaseException as e:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        if isinstance(e, OSError):
            raise EnvFileError(f"cannot write {path}: {e.strerror or e}",
                               fix="check the folder's permissions and free space") from None
        raise
    with contextlib.suppress(OSError):
        dfd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(dfd)
        finally:
            os.close(dfd)
    return made_backup
