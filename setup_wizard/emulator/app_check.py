"""`check-app`'s run: the stand-in for this `.env` on a free loopback port, the user's program
pointed at it, every request judged as it arrives, and the report.

Exit codes (the report's): 0 the app made at least one request and all were right, 1 any
was wrong, 3 it made none (before it exited or before the deadline). The app's own exit
code is reported, never returned.
"""

from __future__ import annotations

import shlex
import threading
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import IO, Any

from setup_wizard.config.app_env import AppEnv
from setup_wizard.emulator import server
from setup_wizard.emulator.harness import app_environment, run_app
from setup_wizard.emulator.judge import Expectation, Verdict, judge
from setup_wizard.emulator.server import Seen
from setup_wizard.emulator.wire import Answer
from setup_wizard.errors import ExitCode
from setup_wizard.masking import Redactor, redact_tree, secret_values


@dataclass
class CheckReport:
    requests: list[Verdict]
    app_exit: int
    command: list[str] = field(default_factory=list)
    timed_out: bool = False
    timeout: float = 0.0
    base_var: str = ""
    mode: str = ""
    redact: Redactor = field(default_factory=Redactor, repr=False)

    @property
    def exit_code(self) -> int:
        if not self.requests:
            return ExitCode.CONFIG_UNUSABLE  # 3: nothing to judge
        return ExitCode.OK if all(v.ok for v in self.requests) else ExitCode.LINT_ERRORS

    def to_dict(self) -> dict[str, Any]:
        """Exactly `{"requests": [{method, path, auth_headers, model, ok, problems}],
        "app_exit": N}`, every string masked."""
        return redact_tree({"requests": [v.to_dict() for v in self.requests],
                            "app_exit": self.app_exit}, self.redact)

    def to_text(self) -> str:
        ran = shlex.join(self.command)
        end = (f"stopped at the {self.timeout:g} s deadline (--timeout)" if self.timed_out
               else f"exit {self.app_exit}")
        lines = [f"check-app: ran `{ran}` ({end}; its own exit code is reported, not "
                 f"returned), {self.base_var} pointed at the stand-in, mode {self.mode}"]
        for v in self.requests:
            answered = f" -> HTTP {v.status}" if v.status is not None else ""
            lines += ["", f"{v.method} {v.path}{answered}",
                      f"  auth headers: {', '.join(v.auth_headers) or '(none)'}",
                      f"  model:        {v.model or '(none)'}"]
            if v.ok:
                lines.append("  right")
            for p in v.problems:
                lines += [f"  WRONG {p.code}: {p.message}", f"    fix: {p.fix}"]
        lines.append("")
        if not self.requests:
            lines.append(self.no_request_reason())
        else:
            wrong = sum(not v.ok for v in self.requests)
            n = len(self.requests)
            lines.append(f"{n} request{'s' if n != 1 else ''}: "
                         + (f"{wrong} wrong." if wrong else "all right."))
        return self.redact("\n".join(lines))

    def no_request_reason(self) -> str:
        when = (f"within the {self.timeout:g} s deadline (--timeout)" if self.timed_out
                else f"before it exited (exit {self.app_exit})")
        return (f"The app made no request to the stand-in {when}. Likely: it hard-codes its "
                f"host or base URL; or it reads another variable than {self.base_var} (give "
                "--base-url-var NAME); or it loads a .env with override=True, which replaces "
                f"the {self.base_var} we set; or it stopped before its first request (see its "
                "output above).")


def check_app(env: AppEnv, command: Sequence[str], *, timeout: float, out: IO[str],
              base_var: str | None = None) -> CheckReport:
    """Run `command` against the stand-in; its output goes to `out`, masked."""
    exp = Expectation.from_env(env)
    var = base_var or env.name_of("base_url")
    redact = Redactor(secret_values(env.file_values))
    for secret in (exp.token, exp.key):
        redact.add(secret)
    verdicts: list[Verdict] = []
    lock = threading.Lock()

    def on_answer(seen: Seen, answer: Answer) -> None:
        v = judge(exp, seen.method, seen.path, seen.headers, seen.json, answer)
        with lock:
            verdicts.append(v)

    with server.start(settings=exp.stand_in(), on_answer=on_answer) as emu:
        # Same path as the variable holds (a Groq SDK's GROQ_BASE_URL stays without the
        # /openai/v1 its client appends).
        environ = app_environment(env.file_values, var, env.base_url_as_written(var), emu.url)
        run = run_app(command, environ, timeout, out, redact)
    with lock:  # a handler still answering as the app died adds nothing after this
        judged = list(verdicts)
    return CheckReport(judged, run.exit_code, list(command), run.timed_out, timeout, var,
                       exp.mode, redact)

