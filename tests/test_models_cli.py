"""`setup-wizard models` against the emulator: the live list in every mode, the catalog
fallback and its note, exit codes and diagnoses as `probe`, and no secret in any output."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from probe_support import (
    COMPAT_BASE,
    GATEWAY,
    GROQ_BASE,
    GROQ_HOST,
    GW_BASE,
    KEY,
    TOKEN,
    WRONG_KEY,
    WRONG_TOKEN,
    Run,
    assert_no_secret,
    env_text,
    stored_key_env,
)

from setup_wizard.cli import main
from setup_wizard.config import providers
from setup_wizard.emulator import server as emulator
from setup_wizard.emulator.scenarios import Settings
from setup_wizard.emulator.server import Emulator

NEW = "acme/brand-new-1"  # served, unknown to our catalog
SERVED = ("openai/gpt-oss-20b", "openai/gpt-oss-120b", NEW, "llama-3.3-70b-versatile",
          "whisper-large-v3")
DIRECT = {"OPENAI_BASE_URL": GROQ_BASE, "AUTOGEN_MODEL": "openai/gpt-oss-20b",
          "GROQ_API_KEY": KEY}
REQUEST_KEY = stored_key_env(GROQ_API_KEY=KEY)
ENTRY_KEYS = {"id", "status", "retired_on", "replacement"}


@pytest.fixture
def emu() -> Iterator[Emulator]:
    with emulator.start(settings=Settings(served=SERVED)) as e:
        yield e


def models(tmp_path: Path, capsys: pytest.CaptureFixture[str], env: dict[str, str | None] | None,
           *extra: str, fmt: str = "json") -> Run:
    path = tmp_path / ".env"
    if env is not None:
        path.write_text(env_text(**env))
    code = main(["models", "--env-file", str(path), "--format", fmt, "--timeout", "3", *extra])
    cap = capsys.readouterr()
    return Run(code, cap.out, cap.err)


def to(emu: Emulator) -> tuple[str, ...]:
    return ("--connect-to", f"{GATEWAY}={emu.url}", "--connect-to", f"{GROQ_HOST}={emu.url}")


def statuses(data: dict[str, Any]) -> dict[str, str]:
    return {m["id"]: m["status"] for m in data["models"]}


# -- the live list ------------------------------------------------------------------------------
@pytest.mark.parametrize(("env", "path", "auth"), [
    (DIRECT, "/openai/v1/models", {"authorization"}),
    (REQUEST_KEY, f"{GW_BASE.removeprefix(GATEWAY)}/models",
     {"authorization", "cf-aig-authorization"}),
    (stored_key_env(), f"{GW_BASE.removeprefix(GATEWAY)}/models", {"cf-aig-authorization"}),
], ids=["direct", "gateway-request-key", "gateway-stored-key"])
def test_live_list_marked_from_the_catalog(env: dict[str, str | None], path: str,
                                           auth: set[str], emu: Emulator, tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    r = models(tmp_path, capsys, env, *to(emu))
    assert r.code == 0 and r.err == ""
    data = r.json
    assert set(data) == {"provider", "source", "catalog_checked", "models"}
    assert (data["provider"], data["source"]) == ("groq", "live")
    assert data["catalog_checked"] == providers.PROVIDERS["groq"].catalog_checked
    assert all(set(m) == ENTRY_KEYS for m in data["models"])
    assert statuses(data) == {"openai/gpt-oss-20b": "current", "openai/gpt-oss-120b": "current",
                              NEW: "unknown", "llama-3.3-70b-versatile": "retired",
                              "whisper-large-v3": "current"}
    assert data["models"][0]["id"] == "openai/gpt-oss-20b"  # the recommended default first
    retired = next(m for m in data["models"] if m["status"] == "retired")
    assert (retired["retired_on"], retired["replacement"]) == ("2026-08-16",
                                                               "openai/gpt-oss-120b")
    (seen,) = emu.seen
    assert (seen.method, seen.path) == ("GET", path)
    sent = {h for h in ("authorization", "cf-aig-authorization") if h in seen.headers}
    assert sent == auth  # the provider key only where the app sends it


def test_text_output_says_where_the_list_came_from(emu: Emulator, tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    r = models(tmp_path, capsys, DIRECT, *to(emu), fmt="text")
    assert r.code == 0
    first = r.out.splitlines()[0]
    assert first.startswith("Groq serves 5 models now (live answer to GET "
                            f"{GROQ_BASE}/models")
    assert "checked against Groq's docs on" in r.out
    lines = {ln.split()[0]: ln for ln in r.out.splitlines()[2:]}
    assert "unknown to our catalog" in lines[NEW]
    assert "retired on 2026-08-16, use openai/gpt-oss-120b" in lines["llama-3.3-70b-versatile"]
    assert "recommended default" in lines["openai/gpt-oss-20b"]


def test_compat_env_asks_the_provider_endpoint(emu: Emulator, tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    env = stored_key_env(OPENAI_BASE_URL=COMPAT_BASE, AUTOGEN_MODEL="groq/openai/gpt-oss-20b")
    r = models(tmp_path, capsys, env, *to(emu))
    assert r.code == 0 and r.json["source"] == "live"
    (seen,) = emu.seen
    assert seen.path == f"{GW_BASE.removeprefix(GATEWAY)}/models"
    assert "authorization" not in seen.headers  # still stored-key mode


# -- the catalog fallback -----------------------------------------------------------------------
@pytest.mark.parametrize("scenario", ["gateway-no-models", "groq-invalid-key", "model-not-found"])
def test_stored_key_falls_back_quietly_when_the_gateway_path_does_not_serve_it(
        scenario: str, emu: Emulator, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    emu.scenario = scenario
    r = models(tmp_path, capsys, stored_key_env(), *to(emu))
    assert r.code == 0
    data = r.json
    assert data["source"] == "catalog"
    assert statuses(data)["qwen/qwen3.6-27b"] == "unconfirmed"  # the catalog, not the server
    assert statuses(data)["llama-3.1-8b-instant"] == "retired"
    assert r.err.startswith("note: no live list: the gateway did not serve the model list")
    assert "UNCONFIRMED" in r.err and "Rejected" not in r.err
    (seen,) = emu.seen
    assert seen.path.endswith("/groq/models") and "authorization" not in seen.headers


def test_catalog_note_in_text_output(emu: Emulator, tmp_path: Path,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    emu.scenario = "gateway-no-models"
    r = models(tmp_path, capsys, stored_key_env(), *to(emu), fmt="text")
    assert r.code == 0
    assert r.out.startswith("Groq: the built-in catalog (no live list: the gateway did not "
                            "serve the model list with the stored key (HTTP 404")
    assert "retired on 2026-08-16" in r.out


def test_a_200_that_is_not_a_list_falls_back(emu: Emulator, tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    emu.scenario = "gzip-bomb"
    r = models(tmp_path, capsys, DIRECT, *to(emu))
    assert r.code == 0 and r.json["source"] == "catalog"
    assert "answered HTTP 200, but not with a model list" in r.err


# -- refusals: exit codes and diagnoses as probe --------------------------------------------------
@pytest.mark.parametrize(("env", "scenario", "code", "origin", "cause"), [
    ({**DIRECT, "GROQ_API_KEY": WRONG_KEY}, "ok", 5, "Groq", "provider-auth-invalid"),
    ({**REQUEST_KEY, "GROQ_API_KEY": WRONG_KEY}, "ok", 5, "Groq", "provider-auth-invalid"),
    (stored_key_env(CF_GATEWAY_TOKEN=WRONG_TOKEN), "ok", 4, "Cloudflare AI Gateway",
     "gateway-auth"),
    (stored_key_env(), "gateway-not-found", 4, "Cloudflare AI Gateway", "gateway-not-found"),
    (stored_key_env(), "reset", 6, "the network", "unknown"),
], ids=["direct-401", "request-key-401", "stored-key-2009", "stored-key-2001", "reset"])
def test_refused_list_exits_like_probe_with_the_diagnosis(
        env: dict[str, str | None], scenario: str, code: int, origin: str, cause: str,
        emu: Emulator, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    emu.scenario = scenario
    r = models(tmp_path, capsys, env, *to(emu), fmt="text")
    assert r.code == code
    assert f"Rejected by: {origin}" in r.out and f"cause:    {cause}" in r.out
    assert "fix:" in r.out or origin == "the network"
    assert "the built-in catalog" in r.out and "llama-3.1-8b-instant" in r.out
    j = models(tmp_path, capsys, env, *to(emu))
    assert j.code == code and j.json["source"] == "catalog"
    assert f"Rejected by: {origin}" in j.err  # JSON stays the documented shape on stdout


def test_nothing_listening_is_a_network_failure(tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    r = models(tmp_path, capsys, DIRECT, "--connect-to", f"{GROQ_HOST}=http://127.0.0.1:9",
               fmt="text")
    assert r.code == 6 and "connection-refused" in r.out


# -- choosing the provider, bad input -------------------------------------------------------------
def test_provider_flag_for_another_provider_shows_its_catalog_and_sends_nothing(
        emu: Emulator, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    r = models(tmp_path, capsys, DIRECT, *to(emu), "--provider", "openai")
    assert r.code == 0 and emu.seen == []
    data = r.json
    assert (data["provider"], data["source"]) == ("openai", "catalog")
    assert statuses(data)["gpt-5-mini"] == "deprecated"
    gpt5mini = next(m for m in data["models"] if m["id"] == "gpt-5-mini")
    assert (gpt5mini["retired_on"], gpt5mini["replacement"]) == ("2026-12-11", "gpt-6.1-terra")
    assert "the .env's requests go to Groq" in r.err


def test_without_env_file_provider_flag_shows_the_catalog(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    r = models(tmp_path, capsys, None, "--provider", "deepseek")
    assert r.code == 0
    assert statuses(r.json)["deepseek-chat"] == "retired"
    assert r.json["models"][0]["id"] == "deepseek-v4-flash"
    missing = models(tmp_path, capsys, None, fmt="text")
    assert missing.code == 2 and missing.out == ""
    assert "does not exist" in missing.err and "--provider SLUG" in missing.err


@pytest.mark.parametrize(("extra", "env", "code", "says"), [
    (("--provider", "nope"), DIRECT, 2, "use one of: groq"),
    (("--timeout", "0"), DIRECT, 2, "--timeout"),
    (("--connect-to", "nonsense"), DIRECT, 2, "ORIGIN=URL"),
    ((), {"AUTOGEN_MODEL": "openai/gpt-oss-20b", "GROQ_API_KEY": KEY}, 3, "OPENAI_BASE_URL"),
    ((), {"OPENAI_BASE_URL": GROQ_BASE}, 3, "GROQ_API_KEY"),
    ((), {"OPENAI_BASE_URL": "https://llm.example.internal/v1"}, 2, "--provider SLUG"),
])
def test_bad_input_is_one_line_and_its_exit_code(
        extra: tuple[str, ...], env: dict[str, str | None], code: int, says: str,
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    r = models(tmp_path, capsys, env, *extra)
    assert r.code == code and r.out == ""
    assert says in r.err and len(r.err.strip().splitlines()) == 1 and "Traceback" not in r.err


# -- secrets ------------------------------------------------------------------------------------
@pytest.mark.parametrize("fmt", ["json", "text"])
@pytest.mark.parametrize("scenario", ["ok", "echo-key", "token-wrong", "groq-invalid-key",
                                      "gateway-no-models", "reset"])
def test_no_secret_in_any_output(scenario: str, fmt: str, emu: Emulator, tmp_path: Path,
                                 capsys: pytest.CaptureFixture[str]) -> None:
    emu.scenario = scenario
    r = models(tmp_path, capsys, REQUEST_KEY, *to(emu), fmt=fmt)
    assert r.out
    assert_no_secret(r.out + r.err, KEY, TOKEN)
    (seen,) = emu.seen
    assert seen.headers["authorization"] == f"Bearer {KEY}"  # the secrets did go out


def test_a_server_listing_the_key_as_a_model_shows_it_masked(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with emulator.start(settings=Settings(served=("openai/gpt-oss-20b", KEY))) as emu:
        for fmt in ("json", "text"):
            r = models(tmp_path, capsys, DIRECT, *to(emu), fmt=fmt)
            assert r.code == 0
            assert_no_secret(r.out + r.err, KEY)
            assert "gsk_...0000" in r.out


# -- the recorded response shape, fed directly ----------------------------------------------
def test_parse_the_documented_and_the_live_shapes() -> None:
    from setup_wizard.probe.models import parse_model_list

    documented = {"object": "list", "data": [
        {"id": "openai/gpt-oss-20b", "object": "model", "created": 1754407957,
         "owned_by": "OpenAI"}]}
    live = {"object": "list", "data": [
        {"id": "openai/gpt-oss-20b", "object": "model", "created": 1754407957,
         "owned_by": "OpenAI", "active": True, "context_window": 131072, "public_apps": None,
         "max_completion_tokens": 65536},
        {"id": "gone-model", "object": "model", "active": False},
        {"id": "bad\x1b[2Jid"}, {"object": "model"}, "not-an-object",
        {"id": "openai/gpt-oss-20b"}]}
    assert parse_model_list(json.dumps(documented)) == ("openai/gpt-oss-20b",)
    assert parse_model_list(json.dumps(live).encode()) == ("openai/gpt-oss-20b",)
    for bad in (b"", b"<html>", b"[]", b'{"data": {}}', b'{"error": {"message": "x"}}',
                b"\xff\xfe"):
        assert parse_model_list(bad) is None, bad
