"""Shared by the `lint` tests: well-formed fake secrets, the two clean base files, a scanner."""

from __future__ import annotations

import os
from collections.abc import Iterable

import pytest

from setup_wizard.config import names, providers
from setup_wizard.lint.engine import lint_text
from setup_wizard.lint.findings import Finding

ACCT = "d4ba2e3c15c942c374380afd7fb7f441"
GW_URL = f"https://gateway.ai.cloudflare.com/v1/{ACCT}/omni/groq"
COMPAT_URL = f"https://gateway.ai.cloudflare.com/v1/{ACCT}/omni/compat"
DIRECT_URL = "https://api.groq.com/openai/v1"
# Shaped like the real thing so the shape checks accept them, and unique enough to scan for.
TOKEN = "cfut_" + "LiNtToKeN7q" * 3
GSK = "gsk_" + "LiNtGrOqKeY" * 4 + "Zq9Wx1Ab"
OPENAI_KEY = "sk-proj-" + "LiNtOpEnAi" * 3
CF_API_TOKEN = "LiNtCfApI" * 4 + "Tk7W"  # 40 characters, as Workers AI tokens are
SECRETS = (TOKEN, GSK, OPENAI_KEY, CF_API_TOKEN)

assert len(GSK) == 56 and providers.PROVIDERS["groq"].key_matches(GSK)
assert providers.PROVIDERS["openai"].key_matches(OPENAI_KEY)
assert providers.PROVIDERS["workers-ai"].key_matches(CF_API_TOKEN)

STORED = (
    "AI_GATEWAY_MODE=gateway-stored-key\n"
    "USE_AI_GATEWAY=true\n"
    f"OPENAI_BASE_URL={GW_URL}\n"
    "AUTOGEN_MODEL=openai/gpt-oss-20b\n"
    f"CF_GATEWAY_TOKEN={TOKEN}\n"
)
DIRECT = (
    "USE_AI_GATEWAY=false\n"
    f"OPENAI_BASE_URL={DIRECT_URL}\n"
    "AUTOGEN_MODEL=openai/gpt-oss-20b\n"
    f"GROQ_API_KEY={GSK}\n"
)


def assert_no_secret(*texts: str, secrets: Iterable[str] = SECRETS) -> None:
    """Neither a secret nor a 12-character slice of it (a partial leak is still a leak)."""
    blob = "\n".join(texts)
    for s in secrets:
        for i in range(0, len(s) - 11):
            assert s[i:i + 12] not in blob, f"secret slice {s[:4]}... leaked"


def clean_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """Drop every variable lint would read (known names and name families)."""
    for k in list(os.environ):
        if names.lookup(k) is not None:
            monkeypatch.delenv(k, raising=False)


def found(text: str) -> set[tuple[str, str | None]]:
    """(code, variable) of every finding lint reports on `text` (no environment)."""
    return {(f.code, f.key) for f in lint_text(text, environ={})}


def errors(text: str) -> set[tuple[str, str | None]]:
    """The same, errors only."""
    return {(f.code, f.key) for f in lint_text(text, environ={}) if f.severity == "error"}


def lint_findings(text: str) -> list[Finding]:
    """Every finding lint reports on `text` (no environment)."""
    return lint_text(text, environ={})


def codes(text: str, *wanted: str) -> list[tuple[str, str | None, str]]:
    """(code, variable, severity) of the findings with one of the `wanted` codes."""
    return [(f.code, f.key, f.severity) for f in lint_findings(text) if f.code in wanted]
