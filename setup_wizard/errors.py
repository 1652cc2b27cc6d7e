"""One exception hierarchy; each class carries the exit code the CLI returns for it.

`cli.main()` turns any of these into one line on stderr. Messages must never contain a
secret: build them from masked values only (see `masking.mask`).
"""

from __future__ import annotations

import signal
from enum import IntEnum

INTERRUPTED = "interrupted; nothing was written"  # the one wording, wherever Ctrl-C lands


class ExitCode(IntEnum):
    """Exit codes scripts and CI rely on; documented in the README."""

    OK = 0
    LINT_ERRORS = 1  # lint errors (or warnings with --strict); probe: rejected, origin unknown
    USAGE = 2  # bad arguments, bad input, unreadable file, missing answers without a TTY
    CONFIG_UNUSABLE = 3  # probe/explain: the .env cannot produce a request at all
    CLOUDFLARE_REJECTED = 4  # the gateway, the Cloudflare API or the Cloudflare edge said no
    PROVIDER_REJECTED = 5  # the provider (Groq, OpenAI, ...) said no
    NETWORK = 6  # DNS, refused, TLS, timeout, reset: no HTTP answer to classify
    INTERRUPTED = 130  # Ctrl-C


class SetupWizardError(Exception):
    """Base class: a message for the user (one line, no secret) and an exit code."""

    exit_code: ExitCode = ExitCode.USAGE

    def __init__(self, message: str, *, fix: str | None = None) -> None:
        self.message = message
        self.fix = fix
        super().__init__(message if not fix else f"{message} Fix: {fix}")

    def one_line(self) -> str:
        text = self.message if not self.fix else f"{self.message} Fix: {self.fix}"
        return " ".join(text.split())


class UsageError(SetupWizardError):
    """Wrong or missing arguments."""


class InvalidInput(SetupWizardError):
    """A value the user gave (flag, answer, environment) is not acceptable."""


class MissingAnswers(UsageError):
    """Non-interactive run without every answer it needs."""

    def __init__(self, flags: list[str]) -> None:
        self.flags = flags
        super().__init__(
            "missing answers with no terminal to ask: " + ", ".join(flags),
            fix="pass them as flags (or run in a terminal to be asked)",
        )


class EnvFileError(SetupWizardError):
    """The .env cannot be read or written."""


class ConfigUnusable(SetupWizardError):
    """The .env cannot produce a request (probe before sending anything)."""

    exit_code = ExitCode.CONFIG_UNUSABLE


class Interrupted(SetupWizardError):
    """Ctrl-C or a closed prompt; nothing was written."""

    exit_code = ExitCode.INTERRUPTED


class Terminated(BaseException):
    """SIGTERM or SIGHUP, raised where the process was, so that cleanup runs as for Ctrl-C.

    A BaseException like KeyboardInterrupt: no `except Exception` on the way may swallow it.
    `done` says what was already finished (default: nothing was written).
    """

    def __init__(self, signum: int, done: str = "nothing was written") -> None:
        self.signum = signum
        self.done = done
        super().__init__(f"terminated ({signal.Signals(signum).name}); {done}")

    @property
    def exit_code(self) -> int:
        return 128 + self.signum  # what a shell reports for a process killed by the signal


class CloudflareRefused(SetupWizardError):
    """The Cloudflare REST API said no (bad token, missing permission, unknown account)."""

    exit_code = ExitCode.CLOUDFLARE_REJECTED
    cause: str | None = None  # the classifier's cause for the answer (cloudflare-api-auth, ...)


class NetworkFailure(SetupWizardError):
    """No HTTP answer at all (DNS, refused, TLS, timeout, reset)."""

    exit_code = ExitCode.NETWORK
