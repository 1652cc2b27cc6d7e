"""For the check-app, snippet and doctor tests: .env files per mode, running the CLI, and a
stdlib-only app that sends exactly the request a test describes."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from probe_support import COMPAT_BASE, GROQ_BASE, GW_BASE, MODEL, Run, env_text

from setup_wizard.cli import main

APPS = Path(__file__).resolve().parent / "fixtures" / "apps"
# Secrets in their real shapes: the stand-in takes the .env's own as the valid ones, so a
# right app passes with them, and every output is scanned for them.
TOKEN = "cfut_" + "Rk7TqP2vLm9XwZ4sNb6H" * 2
KEY = "gsk_" + "Q8mVt2LpX9cRz4WnB7yK" * 2 + "Hf3Jd6Sa1Ge5"
SECRETS = (TOKEN, KEY)


def stored(**over: str | None) -> dict[str, str | None]:
    return {"OPENAI_BASE_URL": GW_BASE, "AUTOGEN_MODEL": MODEL, "CF_GATEWAY_TOKEN": TOKEN,
            "AI_GATEWAY_MODE": "gateway-stored-key", "USE_AI_GATEWAY": "true", **over}


def request_key(**over: str | None) -> dict[str, str | None]:
    return stored(AI_GATEWAY_MODE="gateway-request-key", GROQ_API_KEY=KEY, **over)


def direct(**over: str | None) -> dict[str, str | None]:
    return {"OPENAI_BASE_URL": GROQ_BASE, "AUTOGEN_MODEL": MODEL, "GROQ_API_KEY": KEY,
            "AI_GATEWAY_MODE": "direct", "USE_AI_GATEWAY": "false", **over}


def compat(**over: str | None) -> dict[str, str | None]:
    return stored(OPENAI_BASE_URL=COMPAT_BASE, AUTOGEN_MODEL=f"groq/{MODEL}", **over)


MODES = {"gateway-stored-key": stored, "gateway-request-key": request_key, "direct": direct}


def write_env(tmp_path: Path, values: dict[str, str | None], name: str = ".env") -> Path:
    path = tmp_path / name
    path.write_text(env_text(**values))
    return path


def cli(capsys: pytest.CaptureFixture[str], *argv: str) -> Run:
    code = main(list(argv))
    cap = capsys.readouterr()
    return Run(code, cap.out, cap.err)


def raw_app(*requests: dict[str, object], exit_code: int = 0, say: str = "") -> list[str]:
    """The command of an app that sends each request as described: `headers` (values may
    say ${VAR} for an environment variable), `path` after the base URL, `model`."""
    return [sys.executable, str(APPS / "raw_request.py"), json.dumps(
        {"requests": list(requests), "exit": exit_code, "say": say})]
