"""`setup-wizard check-app -- COMMAND`: run the user's own program against a local stand-in
for the gateway and Groq, and judge every request it sends against the `.env`.

Our stdout holds only the report (text or JSON); the program's output goes to our stderr.
"""

from __future__ import annotations

import argparse
import json
import sys

from setup_wizard.config import app_env
from setup_wizard.config.mapping import is_var_name
from setup_wizard.errors import UsageError

MAX_TIMEOUT = 3600.0


def run(args: argparse.Namespace) -> int:
    from setup_wizard.emulator.app_check import check_app

    command = list(args.app_command)
    if command[:1] == ["--"]:
        command = command[1:]
    if not command:
        raise UsageError("no program to run",
                         fix="give it after --, e.g. setup-wizard check-app -- python app.py")
    timeout = float(args.timeout)
    if not 0 < timeout <= MAX_TIMEOUT:  # also refuses nan and inf
        raise UsageError(f"--timeout {args.timeout} is not a usable deadline",
                         fix=f"give seconds between 0 and {MAX_TIMEOUT:.0f}, e.g. --timeout 60")
    if args.base_url_var is not None and not is_var_name(args.base_url_var):
        raise UsageError(f"--base-url-var {args.base_url_var!r} is not an environment "
                         "variable name", fix="give the name your app reads, e.g. "
                         "--base-url-var GROQ_BASE_URL")
    env = app_env.read(args.env_file, args.var)
    report = check_app(env, command, timeout=timeout, out=sys.stderr,
                       base_var=args.base_url_var)
    if args.format == "json":
        print(json.dumps(report.to_dict(), indent=2))
        if not report.requests:
            print(f"setup-wizard: {report.no_request_reason()}", file=sys.stderr)
    else:
        print(report.to_text())
    return int(report.exit_code)
