#!/usr/bin/env bash
# The lint step of action.yml: annotations in the log (`--format github`), and every finding
# as a Markdown table in $GITHUB_STEP_SUMMARY (`--format markdown`). Exits with lint's code.
# Inputs: SW_BIN (the setup-wizard to run), SW_FILES, SW_STRICT, SW_FROM_ENVIRONMENT.
set -uo pipefail

is_true() {
  case "${1:-}" in true | True | TRUE | yes | 1) return 0 ;; *) return 1 ;; esac
}

sw="${SW_BIN:-setup-wizard}"
args=()
if is_true "${SW_FROM_ENVIRONMENT:-false}"; then
  args+=(--from-environment)
else
  set -f # no globbing here: setup-wizard expands globs and reports one that matches nothing
  # shellcheck disable=SC2206  # split on spaces and newlines on purpose
  files=(${SW_FILES:-.env.example})
  set +f
  args+=("${files[@]}")
fi
if is_true "${SW_STRICT:-false}"; then
  args+=(--strict)
fi

"$sw" lint --format github "${args[@]}"
rc=$?
if [ -n "${GITHUB_STEP_SUMMARY:-}" ]; then
  "$sw" lint --format markdown "${args[@]}" >>"$GITHUB_STEP_SUMMARY" || true
fi
exit "$rc"
