"""`setup-wizard doctor`: one checklist, layer by layer, stopping at the first that fails.

The `.env` and lint layers are checked here (lint is its own act stage); the network layers
(DNS, TCP, TLS, then what one probe's answer proves about the token, the key and the model)
are `probe.layers`. Exit codes as `probe`, plus 1 for lint errors and 2 for an unreadable
`.env`.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Sequence
from typing import TYPE_CHECKING

from setup_wizard.config import app_env, envfile
from setup_wizard.config.inference import infer
from setup_wizard.config.mapping import load_mapping
from setup_wizard.errors import ConfigUnusable, EnvFileError, ExitCode
from setup_wizard.masking import Redactor, secret_values

if TYPE_CHECKING:
    from setup_wizard.probe.layers import DoctorReport


def run(args: argparse.Namespace) -> int:
    report = doctor(args.env_file, var_specs=args.var, timeout=float(args.timeout),
                    connect_to=args.connect_to)
    if args.format == "json":
        print(json.dumps(report.to_dict(), indent=2))
    else:
        print(report.to_text())
    return int(report.exit_code)


def doctor(env_file: str, *, var_specs: Sequence[str] = (), timeout: float = 10.0,
           connect_to: Sequence[str] = ()) -> DoctorReport:
    from setup_wizard.lint.engine import lint_text
    from setup_wizard.probe.layers import Check, DoctorReport, layer_name, network_layers
    from setup_wizard.probe.request import check_timeout, parse_connect_to, plan_request

    # Argument mistakes first (exit 2, one line), before any check.
    check_timeout(timeout)
    rules = parse_connect_to(connect_to)
    mapping = load_mapping(var_specs)
    report = DoctorReport([])
    try:
        env = app_env.read(env_file, var_specs)
    except EnvFileError as e:
        report.checks.append(Check("file", layer_name("file", None), "fail", e.message,
                                   e.fix or ""))
        report.exit_code = ExitCode.USAGE
        report.skip_rest()
        return report
    report.redact = Redactor(secret_values(env.file_values))
    skipped = [e.line for e in envfile.parse(env.text) if e.error]
    read = f"{sum(v is not None for v in env.file_values.values())} settings read"
    if mapping.names:  # "(--var base_url=LLM_URL, model=LLM_MODEL)"
        read += f" ({mapping.origin} " + ", ".join(
            f"{r}={n}" for r, n in mapping.names.items()) + ")"
    report.checks.append(
        Check("file", layer_name("file", None), "warn", f"{read}; python-dotenv skips line(s) "
              + ", ".join(map(str, skipped)), "write each setting as KEY=value on its line")
        if skipped else Check("file", layer_name("file", None), "pass", read))

    findings = lint_text(env.text, str(env.path), env.mapping)
    errors = [f for f in findings if f.severity == "error"]
    unusable = None
    try:
        plan_request(env.values, connect_to=rules)
    except ConfigUnusable as e:  # said with the names the app really uses
        unusable = ConfigUnusable(env.in_own_names(e.message),
                                  fix=env.in_own_names(e.fix) if e.fix else None)
    mode = report.mode = infer(env.values).mode
    if errors or unusable:
        first = errors[0] if errors else None
        where = f"line {first.line}: " if first and first.line is not None else ""
        detail = (f"{len(errors)} error(s); {where}{first.code} {first.message}"
                  if first else unusable.message if unusable else "")
        fix = (first.fix or "") if first else (unusable.fix or "") if unusable else ""
        report.checks.append(Check("lint", layer_name("lint", mode), "fail", detail,
                                   f"{fix} (`setup-wizard lint {env.path}` lists them all)"))
        report.exit_code = ExitCode.LINT_ERRORS if errors else ExitCode.CONFIG_UNUSABLE
        report.skip_rest()
        return report
    if findings:
        w = findings[0]
        report.checks.append(Check("lint", layer_name("lint", mode), "warn",
                                   f"{len(findings)} warning(s); {w.code} {w.message}",
                                   w.fix or ""))
    else:
        report.checks.append(Check("lint", layer_name("lint", mode), "pass", "no finding"))
    network_layers(report, env.values, timeout=timeout, connect_to=rules)
    for c in report.checks:  # what the network layers say of init's names, in the app's
        c.detail, c.fix = env.in_own_names(c.detail), env.in_own_names(c.fix)
    if report.probe is not None:
        report.probe.diagnosis.hint = env.in_own_names(report.probe.diagnosis.hint)
    report.skip_rest()
    return report
