"""A refused model: `probe` asks the provider what it serves and names the closest model."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from probe_support import (
    COMPAT_BASE,
    GATEWAY,
    GROQ_BASE,
    GROQ_HOST,
    KEY,
    TOKEN,
    assert_no_secret,
    probe_cli,
    stored_key_env,
)

from setup_wizard.emulator import server as emulator
from setup_wizard.emulator.scenarios import Settings
from setup_wizard.emulator.server import Emulator

SERVED = ("openai/gpt-oss-20b", "openai/gpt-oss-120b", "qwen/qwen3.8-27b", "acme/brand-new-1")


@pytest.fixture
def emu() -> Iterator[Emulator]:
    with emulator.start(settings=Settings(served=SERVED)) as e:
        yield e


def to(emu: Emulator) -> tuple[str, ...]:
    return ("--connect-to", f"{GATEWAY}={emu.url}", "--connect-to", f"{GROQ_HOST}={emu.url}")


def direct(model: str) -> dict[str, str | None]:
    return {"OPENAI_BASE_URL": GROQ_BASE, "AUTOGEN_MODEL": model, "GROQ_API_KEY": KEY}


@pytest.mark.parametrize(("env", "cause", "hint"), [
    (direct("qwen/qwen3.6-27b"), "model-not-found",
     "qwen/qwen3.6-27b is not served to this key; the closest model Groq serves now is "
     "qwen/qwen3.8-27b (same family, qwen): set AUTOGEN_MODEL=qwen/qwen3.8-27b."),
    (direct("llama-3.3-70b-versatile"), "model-decommissioned",
     "llama-3.3-70b-versatile is retired; the closest model Groq serves now is "
     "openai/gpt-oss-120b (Groq's documented replacement): set "
     "AUTOGEN_MODEL=openai/gpt-oss-120b."),
    (stored_key_env(AUTOGEN_MODEL="groq/compound"), "model-not-found",
     "groq/compound is not served to this key; the closest model Groq serves now is "
     "openai/gpt-oss-20b (the recommended default): set AUTOGEN_MODEL=openai/gpt-oss-20b."),
    # On compat the suggestion keeps the provider prefix.
    (stored_key_env(OPENAI_BASE_URL=COMPAT_BASE, AUTOGEN_MODEL="groq/qwen/qwen3-32b"),
     "model-decommissioned", "set AUTOGEN_MODEL=groq/qwen/qwen3.8-27b."),
], ids=["unconfirmed-model", "retired-model", "stored-key", "compat"])
def test_hint_names_the_closest_served_model(env: dict[str, str | None], cause: str, hint: str,
                                             emu: Emulator, tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    r = probe_cli(tmp_path, capsys, env, *to(emu), timeout=3.0)
    j = r.json
    assert (j["cause"], r.code) == (cause, 5)
    assert j["hint"].endswith(hint)
    assert any(e.startswith("model list: 4 models, live answer to GET") for e in j["evidence"])
    assert [s.method for s in emu.seen] == ["POST", "GET"]
    assert_no_secret(r.out + r.err, KEY, TOKEN)


def test_without_a_list_the_catalog_hint_stands(emu: Emulator, tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    emu.scenario = "gateway-no-models"
    r = probe_cli(tmp_path, capsys, stored_key_env(AUTOGEN_MODEL="qwen/qwen3.6-27b"), *to(emu),
                  timeout=3.0)
    j = r.json
    assert j["cause"] == "model-not-found" and r.code == 5
    assert "current model (openai/gpt-oss-20b, openai/gpt-oss-120b)" in j["hint"]
    assert any(e.startswith("no live model list for a closer suggestion (the gateway did not "
                            "serve") for e in j["evidence"])


def test_other_refusals_send_no_second_request(emu: Emulator, tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    r = probe_cli(tmp_path, capsys, stored_key_env(CF_GATEWAY_TOKEN="cfut_" + "x1Y2" * 10),
                  *to(emu))
    assert r.json["cause"] == "gateway-auth" and len(emu.seen) == 1


def test_text_output_shows_the_suggestion(emu: Emulator, tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    r = probe_cli(tmp_path, capsys, direct("qwen/qwen3.6-27b"), *to(emu), fmt="text",
                  timeout=3.0)
    assert "  fix:      qwen/qwen3.6-27b is not served to this key; the closest model Groq " \
           "serves now is qwen/qwen3.8-27b" in r.out
