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
from setup_wizard.errors import (
    INTERRUPTED,
    ExitCode,
    Interrupted,
    SetupWizardError,
    Terminated,
)
from setup_wizard.masking import mask_credentials

PROG = "setup-wizard"
# config.cloudflare.TOKEN_VAR, spelled here so `lint` does not import that module to start
# (tests/test_cli.py checks the two agree).
API_TOKEN_VAR = "CLOUDFLARE_API_TOKEN"
# config.snippets.CLIENT_NAMES, spelled here for the same reason (a test keeps them equal).
SNIPPET_CLIENTS = ("openai", "openai-async", "autogen", "langchain", "node", "curl")
EXIT_CODES_HELP = """exit codes:
  0  success          1  lint errors found (or warnings with --strict)
  2  usage error, bad input or unreadable file
  3  the .env cannot produce a request     4  Cloudflare rejected the request
  5  the provider rejected the request     6  network failure (no HTTP answer)
  70 internal error (rerun with --debug)   130 interrupted (nothing was written)"""


def _add_format(p: argparse.ArgumentParser, choices: Sequence[str]) -> None:
    p.add_argument("--format", choices=choices, default="text",
                   help="output format (default: text)")


def _add_api_token(p: argparse.ArgumentParser, what: str) -> None:
    p.add_argument("--api-token-stdin", action="store_true",
                   help=f"read a Cloudflare API token from standard input (else {API_TOKEN_VAR}"
                   f", if set) to {what}; it is never written to the .env")


def _add_var(p: argparse.ArgumentParser) -> None:
    p.add_argument("--var", action="append", default=[], metavar="ROLE=NAME",
                   help="read ROLE from the variable NAME (roles: base_url, model, "
                   "gateway_token, provider_key, gateway_switch, mode); repeatable; the same "
                   "as [tool.setup-wizard.vars] in pyproject.toml, which it overrides")


def _add_timeout(p: argparse.ArgumentParser, help_text: str, default: float = 10.0) -> None:
    p.add_argument("--timeout", type=float, default=default, metavar="S", help=help_text)


def _add_connect_to(p: argparse.ArgumentParser, origin: str | None = None,
                    help_text: str | None = None) -> None:
    """`--connect-to ORIGIN=URL` (like curl's); `origin` is the example the help shows."""
    p.add_argument("--connect-to", action="append", default=[], metavar="ORIGIN=URL",
                   help=help_text or "send requests for ORIGIN to URL instead, same path "
                   f"(e.g. {origin}=http://127.0.0.1:8787)")


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
    _add_timeout(p, "deadline in seconds of the probe, and of each batch of Cloudflare "
                 "API calls (default: 10)")
    _add_connect_to(p, help_text="probe and Cloudflare API: send requests for ORIGIN to URL "
                    "instead (like curl)")
    _add_api_token(p, "offer the account's gateways as a list and check the stored key")
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
    _add_format(p, ("text", "json", "github", "markdown"))
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
    _add_timeout(p, "overall deadline in seconds (default: 10)")
    p.add_argument("--endpoint", choices=("chat", "models"), default="chat",
                   help="chat: POST /chat/completions with max_tokens 1 (default); "
                   "models: GET /models")
    _add_connect_to(p, "https://gateway.ai.cloudflare.com")
    _add_var(p)
    _add_api_token(p, "after a failure through the gateway, read what its log says the "
                   "provider answered")

    # gateways --------------------------------------------------------------------------
    p = sub.add_parser(
        "gateways", help="list the account's AI gateways and their stored provider keys",
        description="With a Cloudflare API token (AI Gateway Read), list every AI gateway of "
        "the account (authentication, logs, cache, rate limit) and the provider keys stored "
        "on each. The account comes from --account-id, else the .env's gateway URL, else "
        "the token's only account.",
        epilog="exit codes: 0 listed, 2 no token or no account or bad arguments, 4 Cloudflare "
        "refused (the message names the permission), 6 network failure. The token is read "
        f"from {API_TOKEN_VAR} or --api-token-stdin, never from a flag or the .env.",
    )
    p.add_argument("--account-id", metavar="ID",
                   help="Cloudflare account ID (32 hex), or a pasted gateway endpoint URL")
    p.add_argument("--env-file", metavar="PATH",
                   help="the .env whose gateway URL names the account (default: .env, if any)")
    _add_format(p, ("text", "json"))
    _add_timeout(p, "one deadline for every API request, in seconds (default: 10)")
    _add_connect_to(p, "https://api.cloudflare.com")
    p.add_argument("--api-token-stdin", action="store_true",
                   help=f"read the Cloudflare API token from standard input, not {API_TOKEN_VAR}")
    _add_var(p)

    # models ----------------------------------------------------------------------------
    p = sub.add_parser(
        "models", help="list the models the provider serves now, marked from our catalog",
        description="Ask the .env's provider which models it serves (GET {base}/models, "
        "authenticated as the app would be) and mark each from the built-in catalog: "
        "current, preview, deprecated, retired (date, replacement), unconfirmed, or unknown "
        "to us. Without an answer, the built-in catalog is shown and the output says so.",
        epilog="exit codes: 0 a list was shown (live or the catalog), 2 bad arguments or no "
        ".env, 3 .env unusable, 4 Cloudflare refused, 5 the provider refused, 6 network "
        "failure, 1 refused but the origin is unknown (the catalog is shown in every case).",
    )
    p.add_argument("--env-file", metavar="PATH", default=".env", help="default: .env")
    p.add_argument("--provider", metavar="SLUG",
                   help="whose models (default: the .env's provider); without a .env, show "
                   "that provider's built-in catalog")
    _add_format(p, ("text", "json"))
    _add_timeout(p, "overall deadline in seconds (default: 10)")
    _add_connect_to(p, "https://api.groq.com")
    _add_var(p)

    # explain ---------------------------------------------------------------------------
    p = sub.add_parser(
        "explain", help="classify an error pasted from a log, offline",
        description="Classify an error body (JSON, Python exception text, HTML page or bare "
        "text) without sending anything: who rejected it, why, and the fix.",
    )
    p.add_argument("file", nargs="?", default="-", metavar="FILE",
                   help="file with the error text (or the log, with --log), or - for stdin "
                   "(default)")
    p.add_argument("--log", action="store_true",
                   help="FILE is a whole log: find every error in it and summarise them by "
                   "origin and cause (streamed; any size)")
    p.add_argument("--status", type=int, metavar="N", help="HTTP status, if not in the text")
    p.add_argument("--header", action="append", default=[], metavar="'Name: value'",
                   help="a response header (repeatable)")
    p.add_argument("--env-file", metavar="PATH",
                   help="the .env the request was made with (sharper hints)")
    _add_var(p)
    _add_format(p, ("text", "json"))

    # doctor ----------------------------------------------------------------------------
    p = sub.add_parser(
        "doctor", help="one checklist, layer by layer: file, lint, DNS, TCP, TLS, token, "
        "key, model",
        description="Check every layer a request crosses, in order: the .env parses, lint, "
        "DNS, TCP, TLS, the gateway accepts the token, the provider accepts the key (or the "
        "stored key works), the model answers. One line per check with the fix; it stops "
        "at the first failing layer and names it.",
        epilog="exit codes: 0 every layer passed (warnings allowed), 1 lint errors (or the "
        "answer's origin is unknown), 2 the .env cannot be read or bad arguments, 3 .env "
        "unusable, 4 Cloudflare rejected, 5 the provider rejected, 6 network failure.",
    )
    p.add_argument("--env-file", metavar="PATH", default=".env", help="default: .env")
    _add_format(p, ("text", "json"))
    _add_timeout(p, "one deadline in seconds for every network check (default: 10)")
    _add_connect_to(p, "https://gateway.ai.cloudflare.com")
    _add_var(p)

    # check-app -------------------------------------------------------------------------
    p = sub.add_parser(
        "check-app", help="run your program against a local stand-in and judge its requests",
        description="Run COMMAND with the .env's values in its environment and the base-URL "
        "variable pointed at a local stand-in for the gateway and Groq (same path); judge "
        "every request it sends against the .env's mode. The stand-in answers as the real "
        "service would, so the program sees the error it would get in production. Its "
        "output goes to stderr; stdout holds only the report.",
        epilog="exit codes: 0 the program made requests and all were right, 1 any was "
        "wrong, 2 bad arguments or the .env cannot be read, 3 no request before it exited "
        "or before --timeout (or the .env names no base URL). The program's own exit code "
        "is reported, not returned.",
        usage="%(prog)s [options] -- COMMAND [ARG...]",
    )
    p.add_argument("--env-file", metavar="PATH", default=".env", help="default: .env")
    _add_timeout(p, "stop the program (its whole process group) after S seconds "
                 "(default: 60)", default=60.0)
    _add_format(p, ("text", "json"))
    p.add_argument("--base-url-var", metavar="NAME",
                   help="the variable your program reads its base URL from (default: "
                   "OPENAI_BASE_URL, or what --var base_url=NAME says)")
    _add_var(p)
    p.add_argument("app_command", nargs=argparse.REMAINDER, metavar="-- COMMAND [ARG...]",
                   help="the program to run, after --")

    # snippet ---------------------------------------------------------------------------
    p = sub.add_parser(
        "snippet", help="print a program that makes one request exactly right for the .env",
        description="Print to stdout a complete program that reads the .env and makes one "
        "chat request exactly right for it: base URL, model, cf-aig-authorization, and in "
        "gateway-stored-key mode no Authorization header at all. Secrets are read at run "
        "time, never written into the program.",
        epilog="exit codes: 0 printed, 2 bad arguments or the .env cannot be read, 3 the "
        ".env cannot produce a request (the message says what to fix).",
    )
    p.add_argument("--env-file", metavar="PATH", default=".env", help="default: .env")
    p.add_argument("--client", choices=SNIPPET_CLIENTS, default="openai",
                   help="openai (default), openai-async, autogen (AutoGen's "
                   "OpenAIChatCompletionClient), langchain (ChatOpenAI), node (openai on npm), "
                   "curl")
    _add_var(p)

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
        name = args.command.replace("-", "_")  # check-app -> commands/check_app.py
        module = importlib.import_module(f"setup_wizard.commands.{name}")
        return int(module.run(args))
    except Interrupted as e:  # Ctrl-C at a prompt: said like Ctrl-C anywhere else
        print(f"{PROG}: {e.one_line()}", file=sys.stderr)
        return int(e.exit_code)
    except SetupWizardError as e:
        if args.debug:
            raise
        # Messages are built from masked values; this is the net for any that was not.
        print(f"{PROG}: error: {mask_credentials(e.one_line())}", file=sys.stderr)
        return int(e.exit_code)
    except KeyboardInterrupt:
        print(f"{PROG}: {INTERRUPTED}", file=sys.stderr)
        return ExitCode.INTERRUPTED
    except Terminated as e:  # SIGTERM/SIGHUP during a write: cleaned up like Ctrl-C
        print(f"{PROG}: {e}", file=sys.stderr)
        return e.exit_code
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
