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
        from setup_wizard.lint import rules

        if args.format == "json":
            table = [{"code": r.code, "severity": r.severity, "group": r.group,
                      "title": r.title, "description": r.description, "source": r.source}
                     for r in rules.RULES]
            sys.stdout.write(json.dumps(table, indent=2) + "\n")
        else:
            sys.stdout.write(rules.rules_markdown())
        return 0
    if args.from_environment and args.paths:
        raise UsageError("--from-environment lints the environment, not files",
                         fix="give either paths or --from-environment")
    from setup_wizard.config.mapping import load_mapping
    from setup_wizard.lint import engine, report

    mapping = load_mapping(args.var)
    results = ([engine.lint_environ(mapping=mapping)] if args.from_environment
               else engine.lint_paths(args.paths or [".env"], mapping))
    sys.stdout.write(report.RENDERERS[args.format](results, args.strict))
    return report.exit_code(results, args.strict)
