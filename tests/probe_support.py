"""Helpers for the probe and emulator tests: .env files, running the CLI, secret scans."""

from __future__ import annotations

import json
import urllib.parse
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from setup_wizard.cli import main
from setup_wizard.emulator.scenarios import EMULATOR_GROQ_KEY, EMULATOR_TOKEN

ACCT = "0123456789abcdef0123456789abcdef"
GW = "my-gateway"
GATEWAY = "https://gateway.ai.cloudflare.com"
GROQ_HOST = "https://api.groq.com"
GW_BASE = f"{GATEWAY}/v1/{ACCT}/{GW}/groq"
COMPAT_BASE = f"{GATEWAY}/v1/{ACCT}/{GW}/compat"
GROQ_BASE = f"{GROQ_HOST}/openai/v1"
MODEL = "openai/gpt-oss-20b"
TOKEN = EMULATOR_TOKEN
KEY = EMULATOR_GROQ_KEY
# Credentials the emulator rejects, still in a real shape (so the echo test can recognise them).
WRONG_TOKEN = "cfut_" + "Wr0ngT0ken" * 4
WRONG_KEY = "gsk_" + "Wr0ngKeyAb" * 5 + "Zz"


def env_text(**values: str | None) -> str:
    return "".join(f"{k}={v}\n" for k, v in values.items() if v is not None)


def stored_key_env(**over: str | None) -> dict[str, str | None]:
    return {"OPENAI_BASE_URL": GW_BASE, "AUTOGEN_MODEL": MODEL, "CF_GATEWAY_TOKEN": TOKEN,
            **over}


@dataclass
class Run:
    code: int
    out: str
    err: str

    @property
    def json(self) -> dict[str, Any]:
        return json.loads(self.out)


def probe_cli(tmp_path: Path, capsys: pytest.CaptureFixture[str], env: dict[str, str | None],
              *extra: str, fmt: str = "json", timeout: float = 2.0) -> Run:
    path = tmp_path / ".env"
    path.write_text(env_text(**env))
    code = main(["probe", "--env-file", str(path), "--format", fmt, "--timeout", str(timeout),
                 *extra])
    cap = capsys.readouterr()
    return Run(code, cap.out, cap.err)


def forms(secret: str) -> list[str]:
    """The raw secret as it could leak: plain, JSON-escaped, URL-encoded, and its middle."""
    return [secret, json.dumps(secret)[1:-1], urllib.parse.quote(secret, safe=""),
            secret[4:-4]]


def assert_no_secret(text: str, *secrets: str) -> None:
    for s in secrets:
        for form in forms(s):
            assert form not in text, f"a secret leaked (form {forms(s).index(form)})"
