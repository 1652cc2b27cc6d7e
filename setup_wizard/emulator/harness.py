"""Run the user's program against the stand-in: its environment is the `.env`'s values with
the base-URL variable pointed at the emulator (same path), its output goes to our stderr
(masked), and its whole process group is stopped at the deadline.

POSIX only (process groups), like the rest of the signal handling in this tool.
"""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import IO
from urllib.parse import urlsplit

from setup_wizard.errors import UsageError

_GRACE = 2.0  # seconds between SIGTERM and SIGKILL
_LOOPBACK = "127.0.0.1,localhost,::1"


@dataclass(frozen=True)
class AppRun:
    exit_code: int  # as a shell reports it: 128 + N when signal N ended it
    timed_out: bool


def pointed_at(base_url: str, stand_in: str) -> str:
    """`https://gateway.ai.cloudflare.com/v1/a/g/groq` -> `http://127.0.0.1:PORT/v1/a/g/groq`."""
    parts = urlsplit(base_url.strip())
    query = f"?{parts.query}" if parts.query else ""
    return f"{stand_in}{parts.path}{query}"


def app_environment(file_values: Mapping[str, str | None], base_var: str, base_url: str,
                    stand_in: str, inherited: Mapping[str, str] | None = None
                    ) -> dict[str, str]:
    """Ours, then the `.env`'s values (they win, as for an app started with them), then the
    base URL pointed at the stand-in. An app's own `load_dotenv()` keeps these: python-dotenv
    does not override what is set. Loopback bypasses any proxy the environment names."""
    env = dict(os.environ if inherited is None else inherited)
    env.update({k: v for k, v in file_values.items() if v is not None})
    env[base_var] = pointed_at(base_url, stand_in)
    for name in ("NO_PROXY", "no_proxy"):
        env[name] = ",".join(x for x in (env.get(name, ""), _LOOPBACK) if x)
    return env


def run_app(command: Sequence[str], env: Mapping[str, str], timeout: float, out: IO[str],
            redact: Callable[[str], str]) -> AppRun:
    """Run to its end or to `timeout` seconds; its stdout and stderr, masked, go to `out`."""
    try:
        proc = subprocess.Popen(list(command), env=dict(env), stdin=subprocess.DEVNULL,
                                stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                                start_new_session=True)  # a group of its own, to stop it whole
    except FileNotFoundError:
        raise UsageError(f"cannot run {command[0]!r}: no such program",
                         fix="give the program and its arguments after --, e.g. "
                         "-- python app.py") from None
    except PermissionError:
        raise UsageError(f"cannot run {command[0]!r}: permission denied",
                         fix="make it executable, or run it through its interpreter") from None
    pump = threading.Thread(target=_pump, args=(proc, out, redact), daemon=True,
                            name="setup-wizard-app-output")
    pump.start()
    timed_out = False
    try:
        proc.wait(timeout)
    except subprocess.TimeoutExpired:
        timed_out = True
    except KeyboardInterrupt:
        _stop_group(proc)
        raise
    # At the deadline the app; after its exit, whatever it left running in its group.
    _stop_group(proc)
    pump.join(_GRACE)
    code = proc.returncode
    return AppRun(128 - code if code < 0 else code, timed_out)


def _pump(proc: subprocess.Popen[bytes], out: IO[str], redact: Callable[[str], str]) -> None:
    assert proc.stdout is not None
    for raw in iter(proc.stdout.readline, b""):
        try:
            out.write(redact(raw.decode("utf-8", errors="replace")))
            out.flush()
        except (OSError, ValueError):  # our stderr went away: keep draining the pipe
            continue
    proc.stdout.close()


def _stop_group(proc: subprocess.Popen[bytes]) -> None:
    """SIGTERM to the app's process group; SIGKILL to what still runs after a grace period."""
    try:
        os.killpg(proc.pid, signal.SIGTERM)
    except (ProcessLookupError, PermissionError):
        proc.wait()
        return
    deadline = time.monotonic() + _GRACE
    while time.monotonic() < deadline:
        if proc.poll() is not None and not _group_alive(proc.pid):
            return
        time.sleep(0.05)
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()


def _group_alive(pgid: int) -> bool:
    try:
        os.killpg(pgid, 0)
    except (ProcessLookupError, PermissionError):
        return False
    return True
