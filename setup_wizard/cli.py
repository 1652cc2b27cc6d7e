"""Argument wiring only. Each subcommand lives in `setup_wizard.commands.<name>.run(args)`.

Command modules are imported only when their command runs: `lint` must not pay for
questionary or httpx on every CI push.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from setup_wizard import __version__
from setup_wizard.errors import ExitCode, SetupWizardError

PROG = "setup-wizard"
EXIT_CODES_HELP = """exit codes:
  0  success          1  lint errors found (or warnings with --strict)
  2  usage error, bad input or unreadable file
  3  the .env cannot produce a request     4  Cloudflare rejected the request
  5  the provider rejected the request     6  network failure (no HTTP answer)
  70 internal error (rerun with --debug)   130 interrupted (nothing was written)"""


def _add_format(p: argparse.ArgumentParser, choices: Sequence[str]) -> None:
    p.add_argument("--format", choices=choices, default="text",
                   help="output format (default: text)")


def _add_var(p: argparse.ArgumentParser) -> None:
    p.add_argument("--var", action="append", default=[], metavar="ROLE=NAME",
                   help="read ROLE from the variable NAME (roles: base_url, model, "
                   "gateway_token, provider_key, gateway_switch, mode); repeatable; the same "
                   "as [tool.setup-wizard.vars] in pyproject.toml, which it overrides")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Write, lint and test a .env for an LLM provider (Groq, OpenAI, ...) "
        "used directly or through Cloudflare AI Gateway.",
        epilog=EXIT_CODES_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--debug", action="store_true",
                        help="show tracebacks (secrets may still be masked, not guaranteed)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    # init ------------------------------------------------------------------------------
    p = sub.add_parser(
        "init", help="ask a few questions and write a validated .env",
        description="Ask for the gateway, provider, mode and model, write a validated .env "
        "(merged into an existing one, with a backup), then send one live probe. Every "
        "question has a flag; secrets come from the environment or stdin, never from flags.",
        epilog="Secrets: CF_GATEWAY_TOKEN and the provider's key variable (GROQ_API_KEY, "
        "OPENAI_API_KEY, ...) are read from the environment or the existing .env; "
        "--cf-token-stdin / --provider-key-stdin read them from standard input instead.",
    )
    p.add_argument("--account-id", metavar="ID",
                   help="Cloudflare account ID (32 hex), or a pasted gateway endpoint URL")
    p.add_argument("--gateway", metavar="NAME", help="AI Gateway name (its ID)")
    p.add_argument("--provider", metavar="SLUG",
                   help="groq (default), openai, mistral, deepseek, cerebras, grok, "
                   "workers-ai, openrouter")
    p.add_argument("--mode", choices=("gateway-stored-key", "gateway-request-key", "direct"),
                   help="where the provider key lives (default: gateway-stored-key)")
    p.add_argument("--endpoint", choices=("provider", "compat"),
                   help="gateway endpoint style (default: provider)")
    p.add_argument("--model", metavar="ID", help="model ID (default: the provider's default)")
    p.add_argument("--env-file", metavar="PATH", default=".env",
                   help="the .env to write or update (default: .env)")
    p.add_argument("--yes", "-y", action="store_true", help="write without asking to confirm")
    p.add_argument("--dry-run", action="store_true",
                   help="print the masked diff and write nothing")
    p.add_argument("--non-interactive", action="store_true",
                   help="never prompt (implied when stdin is not a terminal)")
    p.add_argument("--cf-token-stdin", action="store_true",
                   help="read the Cloudflare gateway token from standard input")
    p.add_argument("--provider-key-stdin", action="store_true",
                   help="read the provider key from standard input (after the token, if both)")
    p.add_argument("--no-probe", action="store_true", help="do not send the live probe at the end")
    p.add_argument("--timeout", type=float, default=10.0, metavar="S",
                   help="probe deadline in seconds (default: 10)")
    p.add_argument("--connect-to", action="append", default=[], metavar="ORIGIN=URL",
                   help="probe: send requests for ORIGIN to URL instead (like curl)")
    _add_var(p)

    # lint ------------------------------------------------------------------------------
    p = sub.add_parser(
        "lint", help="check .env files offline (for CI)",
        description="Check .env files (or the environment) for every known way they break "
        "the first request. No network.",
        epilog="exit codes: 0 no errors (warnings allowed unless --strict), 1 errors found, "
        "2 a file could not be read or bad arguments.",
    )
    p.add_argument("paths", nargs="*", metavar="PATH",
                   help="files or globs to lint (default: .env)")
    p.add_argument("--from-environment", action="store_true",
                   help="lint the process environment instead of files")
    _add_format(p, ("text", "json", "github"))
    p.add_argument("--strict", action="store_true", help="warnings fail too")
    p.add_argument("--list-rules", action="store_true", help="print every rule and exit")
    _add_var(p)

    # probe -----------------------------------------------------------------------------
    p = sub.add_parser(
        "probe", help="send one live request as the app would and say who answered",
        description="Send one request exactly as the app would with this .env and classify "
        "the answer: Cloudflare (gateway, API or edge) or the provider, the cause and the fix.",
        epilog="exit codes: 0 ok, 3 .env unusable, 4 Cloudflare rejected, 5 provider "
        "rejected, 6 network failure, 1 rejected but the origin is unknown.",
    )
    p.add_argument("--env-file", metavar="PATH", default=".env", help="default: .env")
    _add_format(p, ("text", "json"))
    p.add_argument("--timeout", type=float, default=10.0, metavar="S",
                   help="overall deadline in seconds (default: 10)")
    p.add_argument("--endpoint", choices=("chat", "models"), default="chat",
                   help="chat: POST /chat/completions with max_tokens 1 (default); "
                   "models: GET /models")
    p.add_argument("--connect-to", action="append", default=[], metavar="ORIGIN=URL",
                   help="send requests for ORIGIN to URL instead, same path "
                   "(e.g. https://gateway.ai.cloudflare.com=http://127.0.0.1:8787)")
    _add_var(p)

    # explain ---------------------------------------------------------------------------
    p = sub.add_parser(
        "explain", help="classify an error pasted from a log, offline",
        description="Classify an error body (JSON, Python exception text, HTML page or bare "
        "text) without sending anything: who rejected it, why, and the fix.",
    )
    p.add_argument("file", nargs="?", default="-", metavar="FILE",
                   help="file with the error text, or - for stdin (default)")
    p.add_argument("--status", type=int, metavar="N", help="HTTP status, if not in the text")
    p.add_argument("--header", action="append", default=[], metavar="'Name: value'",
                   help="a response header (repeatable)")
    p.add_argument("--env-file", metavar="PATH",
                   help="the .env the request was made with (sharper hints)")
    _add_var(p)
    _add_format(p, ("text", "json"))

    # emulate ---------------------------------------------------------------------------
    p = sub.add_parser(
        "emulate", help="run a local server that answers like the gateway and Groq",
        description="Serve on 127.0.0.1 the real bodies and headers of Cloudflare AI Gateway "
        "and Groq, in named scenarios, to try probe and your app without an account.",
    )
    p.add_argument("--port", type=int, default=8787, help="default: 8787 (0: any free port)")
    p.add_argument("--scenario", default="ok", metavar="NAME",
                   help="what to answer (default: ok; --list-scenarios shows all)")
    p.add_argument("--list-scenarios", action="store_true", help="print the scenarios and exit")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not args.command:
        parser.print_help(sys.stderr)
        return ExitCode.USAGE
    try:
        module = importlib.import_module(f"setup_wizard.commands.{args.command}")
        return int(module.run(args))
    except SetupWizardError as e:
        if args.debug:
            raise
        print(f"{PROG}: error: {e.one_line()}", file=sys.stderr)
        return int(e.exit_code)
    except KeyboardInterrupt:
        print(f"\n{PROG}: interrupted; nothing was written", file=sys.stderr)
        return ExitCode.INTERRUPTED
    except BrokenPipeError:
        return ExitCode.OK
    except Exception as e:  # last resort: one line, never a traceback (it may hold a secret)
        if args.debug:
            raise
        print(f"{PROG}: internal error ({type(e).__name__}); rerun with --debug and report it",
              file=sys.stderr)
        return 70


if __name__ == "__main__":
    sys.exit(main())
