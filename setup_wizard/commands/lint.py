"""`setup-wizard lint`: check .env files (or the environment) offline, for CI.

Exit codes: 0 no errors (warnings allowed unless --strict), 1 errors found (or warnings with
--strict), 2 a file could not be read (missing, directory, no permission, unmatched glob) or
bad arguments. A binary, non-UTF-8 or over-1-MiB file is read but is not a .env: that is an
error finding (exit 1), reported like any other.
"""

from __future__ import annotations

import argparse
import json
import sys

from setup_wizard.errors import UsageError


def run(args: argparse.Namespace) -> int:
    if args.list_rules:
        from setup_wizard import lint_rules

        if args.format == "json":
            rules = [{"code": r.code, "severity": r.severity, "group": r.group,
                      "title": r.title, "description": r.description, "source": r.source}
                     for r in lint_rules.RULES]
            sys.stdout.write(json.dumps(rules, indent=2) + "\n")
        else:
            sys.stdout.write(lint_rules.rules_markdown())
        return 0
    if args.from_environment and args.paths:
        raise UsageError("--from-environment lints the environment, not files",
                         fix="give either paths or --from-environment")
    from setup_wizard import lint, lint_report

    results = ([lint.lint_environ()] if args.from_environment
               else lint.lint_paths(args.paths or [".env"]))
    sys.stdout.write(lint_report.RENDERERS[args.format](results, args.strict))
    return lint_report.exit_code(results, args.strict)
