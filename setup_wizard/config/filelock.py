"""Around a write: one writer at a time, signals that unwind, errors named by their cause.

`filesafe` does the write itself; this module gives it (and `init`, which holds the lock
from its first read to the rename) an exclusive lock file next to the `.env`, SIGTERM and
SIGHUP turned into an exception where the process is, and one wording per OS error.
"""

from __future__ import annotations

import contextlib
import errno
import os
import signal
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from types import FrameType

from setup_wizard.errors import EnvFileError, Terminated

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None  # type: ignore[assignment]
    import msvcrt

PRIVATE = 0o600  # files holding secrets: nobody but their owner reads them


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


def failure(what: str, path: Path, e: OSError) -> EnvFileError:
    """The error's own cause, and the fix for that cause (not always "permissions")."""
    cause = e.strerror or type(e).__name__
    return EnvFileError(f"cannot {what} {path}: {cause}",
                        fix=_FIXES.get(e.errno or 0, "check the folder and the disk, then run "
                                       "again; the old file is untouched"))


# -- signals: unwind like Ctrl-C ---------------------------------------------------------------
_STOP_SIGNALS = tuple(getattr(signal, n) for n in ("SIGTERM", "SIGHUP") if hasattr(signal, n))


def _raise_terminated(signum: int, frame: FrameType | None) -> None:
    raise Terminated(signum)


@contextlib.contextmanager
def signals_raise() -> Iterator[None]:
    """While inside, SIGTERM and SIGHUP raise `Terminated` where the process is, so the
    `except`/`finally` blocks that remove temp files and backups run. Nestable; a no-op
    outside the main thread (Python delivers signals there only)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = {s: signal.signal(s, _raise_terminated) for s in _STOP_SIGNALS}
    try:
        yield
    finally:
        for s, handler in previous.items():
            signal.signal(s, handler)


# -- one writer at a time ----------------------------------------------------------------------
LOCK_WAIT = 10.0  # seconds a second run waits for the first before refusing
_local = threading.local()  # lock files this thread holds (write_atomic inside init's lock)


def _held() -> set[str]:
    if not hasattr(_local, "held"):
        _local.held = set()
    return _local.held  # type: ignore[no-any-return]


def lock_path(target: Path) -> Path:
    return target.with_name(f".{target.name}.setup-wizard.lock")


def _try_lock(fd: int) -> bool:
    try:
        if fcntl is not None:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        else:  # Windows
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
    except OSError as e:
        if e.errno in (errno.EAGAIN, errno.EACCES, errno.EWOULDBLOCK, errno.EDEADLK):
            return False
        raise
    return True


@contextlib.contextmanager
def locked(target: Path, path: Path | None = None) -> Iterator[None]:
    """Hold an exclusive lock next to `target` (the real file) for the whole read-merge-write.

    A lock file `.{name}.setup-wizard.lock` (flock, released by the kernel if the process
    dies); a second run waits up to LOCK_WAIT seconds, then refuses naming the holder's pid.
    SIGTERM/SIGHUP unwind while it is held, so the lock file goes with them.
    """
    path = path or target  # as the user wrote it, for messages
    lock = lock_path(target)
    if str(lock) in _held():
        yield
        return
    deadline = time.monotonic() + LOCK_WAIT
    with signals_raise():
        while True:
            try:
                fd = os.open(lock, os.O_RDWR | os.O_CREAT, PRIVATE)
            except OSError as e:
                raise failure("lock", path, e) from None
            if _try_lock(fd) and _same_file(fd, lock):
                break
            os.close(fd)
            if time.monotonic() >= deadline:
                raise EnvFileError(f"{path} is being written by another setup-wizard "
                                   f"({_holder(lock)})", fix="let that run finish (or stop "
                                   "it), then run again")
            time.sleep(0.05)
        _held().add(str(lock))
        try:
            os.ftruncate(fd, 0)
            os.write(fd, f"{os.getpid()}\n".encode())
            yield
        finally:
            _held().discard(str(lock))
            with contextlib.suppress(OSError):
                os.unlink(lock)  # before unlocking: a waiter then finds its file gone, retries
            os.close(fd)


def _same_file(fd: int, lock: Path) -> bool:
    """The file we locked is still the one at that name (its holder may have removed it)."""
    try:
        return os.fstat(fd).st_ino == os.stat(lock).st_ino
    except OSError:
        return False


def _holder(lock: Path) -> str:
    try:
        pid = lock.read_text().strip()
    except OSError:
        pid = ""
    return f"pid {pid}" if pid.isdigit() else "its lock file is " + str(lock)
