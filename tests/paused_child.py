"""Run `setup-wizard ARGS` in a child process that pauses at one step of the write.

    python tests/paused_child.py STEP FLAG_DIR ARGS...

STEP names a function of `setup_wizard.config.filesafe`, prefixed `before:` or `after:`
and optionally suffixed `#N` to pause at its Nth call (`after:_write_temp#2`).
The child wraps that function (monkeypatching, in this process only: the product has no
test hook), and when the step is reached it creates FLAG_DIR/paused and waits until
FLAG_DIR/go exists. Meanwhile the test does what a hostile world does: send SIGTERM, SIGKILL,
append to the file, start a second run.
"""

from __future__ import annotations

import functools
import os
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve()


def pause(flags: Path) -> None:
    (flags / "paused").write_text(str(os.getpid()))
    while not (flags / "go").exists():
        time.sleep(0.01)


def wrap(step: str, flags: Path) -> None:
    from setup_wizard.config import filesafe

    when, _, name = step.partition(":")
    name, _, nth = name.partition("#")
    original: Callable[..., Any] = getattr(filesafe, name)
    calls = [0]

    @functools.wraps(original)
    def paused(*args: Any, **kwargs: Any) -> Any:
        calls[0] += 1
        here = calls[0] == int(nth or 1)
        if here and when == "before":
            pause(flags)
        result = original(*args, **kwargs)
        if here and when == "after":
            pause(flags)
        return result

    setattr(filesafe, name, paused)


def start(step: str, flags: Path, argv: list[str], env: dict[str, str],
          cwd: Path) -> subprocess.Popen[str]:
    """Start the child and return once it is paused at `step` (or has ended)."""
    flags.mkdir(exist_ok=True)
    proc = subprocess.Popen([sys.executable, str(HERE), step, str(flags), *argv],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env={**os.environ, **env}, cwd=cwd)
    deadline = time.monotonic() + 30
    while not (flags / "paused").exists() and proc.poll() is None:
        if time.monotonic() > deadline:
            proc.kill()
            raise TimeoutError(f"the child never reached {step}")
        time.sleep(0.01)
    return proc


def resume(flags: Path) -> None:
    (flags / "go").touch()


if __name__ == "__main__":
    step_arg, flag_dir, *rest = sys.argv[1:]
    wrap(step_arg, Path(flag_dir))
    from setup_wizard.cli import main

    sys.exit(main(rest))
