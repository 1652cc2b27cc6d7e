"""Non-interactive `init`: golden files for every mode x endpoint style, stdin secrets,
missing answers, refused values, dry run. Secrets are scanned for in every output."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from dotenv import dotenv_values
from init_support import (
    ACCT,
    GSK,
    GW,
    MISTRAL_KEY,
    OLD_GSK,
    OPENAI_KEY,
    TOKEN,
    assert_no_secret,
    clean_environment,
    leftovers,
    run_piped,
)

from setup_wizard.masking import mask

GOLDEN = Path(__file__).parent / "golden"
KEYS = {"groq": ("GROQ_API_KEY", GSK), "openai": ("OPENAI_API_KEY", OPENAI_KEY),
        "mistral": ("MISTRAL_API_KEY", MISTRAL_KEY)}
CASES = [(p, m, e) for p in KEYS
         for m, e in (("gateway-stored-key", "provider"), ("gateway-stored-key", "compat"),
                      ("gateway-request-key", "provider"), ("gateway-request-key", "compat"),
                      ("direct", None))]


@pytest.fixture(autouse=True)
def _isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    clean_environment(monkeypatch)


@pytest.mark.parametrize(("provider", "mode", "endpoint"), CASES)
def test_golden_file(provider: str, mode: str, endpoint: str | None, tmp_path: Path,
                     monkeypatch: pytest.MonkeyPatch,
                     capsys: pytest.CaptureFixture[str]) -> None:
    var, key = KEYS[provider]
    monkeypatch.setenv("CF_GATEWAY_TOKEN", TOKEN)
    monkeypatch.setenv(var, key)
    argv = ["--provider", provider, "--mode", mode]
    if mode != "direct":
        argv += ["--account-id", ACCT, "--gateway", GW, "--endpoint", str(endpoint)]
    r = run_piped(argv, monkeypatch, capsys)
    assert r.code == 0, r.err
    written = (tmp_path / ".env").read_text()
    golden = GOLDEN / f"{provider}-{mode}{'-' + endpoint if endpoint else ''}.env"
    if os.environ.get("SETUP_WIZARD_UPDATE_GOLDEN"):  # regenerate, then review the diff
        golden.write_text(written)
    assert written == golden.read_text()
    assert oct((tmp_path / ".env").stat().st_mode & 0o777) == "0o600"
    assert_no_secret(r.out, r.err)


def test_golden_files_say_what_the_reference_says() -> None:
    """Independent of the writer: the facts the golden files must carry."""
    groq = dotenv_values(GOLDEN / "groq-gateway-stored-key-compat.env")
    assert groq["AUTOGEN_MODEL"] == "groq/openai/gpt-oss-20b"  # compat needs the prefix
    assert groq["OPENAI_BASE_URL"].endswith(f"/{ACCT}/{GW}/compat")
    assert "GROQ_API_KEY" not in groq  # stored key: no provider key at all
    assert dotenv_values(GOLDEN / "groq-gateway-request-key-provider.env")[
        "OPENAI_BASE_URL"] == f"https://gateway.ai.cloudflare.com/v1/{ACCT}/{GW}/groq"
    assert dotenv_values(GOLDEN / "mistral-gateway-request-key-provider.env")[
        "OPENAI_BASE_URL"].endswith(f"/{GW}/mistral/v1")  # Mistral's /v1 comes after the slug
    direct = dotenv_values(GOLDEN / "openai-direct.env")
    assert direct["OPENAI_BASE_URL"] == "https://api.openai.com/v1"
    assert "CF_GATEWAY_TOKEN" not in direct


def test_secrets_from_stdin_token_first(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    r = run_piped(["--mode", "gateway-request-key", "--account-id", ACCT, "--gateway", GW,
                   "--cf-token-stdin", "--provider-key-stdin"], monkeypatch, capsys,
                  stdin=f"{TOKEN}\n{GSK}\n")
    assert r.code == 0, r.err
    values = dotenv_values(tmp_path / ".env")
    assert values["CF_GATEWAY_TOKEN"] == TOKEN and values["GROQ_API_KEY"] == GSK
    assert_no_secret(r.out, r.err)


def test_missing_answers_are_named_in_one_line(tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    r = run_piped(["--mode", "gateway-request-key"], monkeypatch, capsys)
    assert r.code == 2
    lines = r.err.strip().splitlines()
    assert len(lines) == 1
    for named in ("--account-id", "--gateway", "CF_GATEWAY_TOKEN", "GROQ_API_KEY"):
        assert named in lines[0]
    assert "--model" not in lines[0]  # it has a default
    assert not (tmp_path / ".env").exists()


def test_bad_flag_value_names_the_flag_and_the_fix(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("CF_GATEWAY_TOKEN", TOKEN)
    r = run_piped(["--account-id", "me@example.com", "--gateway", GW], monkeypatch, capsys)
    assert r.code == 2
    assert r.err.startswith("setup-wizard: error: --account-id: that is an e-mail address")
    r = run_piped(["--account-id", ACCT, "--gateway", "My Gateway"], monkeypatch, capsys)
    assert r.code == 2 and "did you mean 'my-gateway'?" in r.err
    r = run_piped(["--provider", "openrouter", "--account-id", ACCT, "--gateway", GW,
                   "--endpoint", "compat"], monkeypatch, capsys)
    assert r.code == 2 and "use --endpoint provider" in r.err
    r = run_piped(["--provider", "workers-ai", "--mode", "gateway-stored-key"],
                  monkeypatch, capsys)
    assert r.code == 2 and "choose gateway-request-key or direct" in r.err
    assert not (tmp_path / ".env").exists()
    assert_no_secret(r.out, r.err)


def test_wrong_secret_is_refused_masked(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    # A Groq key where the OpenAI key belongs: refused, and shown only masked.
    monkeypatch.setenv("OPENAI_API_KEY", GSK)
    r = run_piped(["--provider", "openai", "--mode", "direct"], monkeypatch, capsys)
    assert r.code == 2
    assert "OPENAI_API_KEY" in r.err and "gsk_...1a2b"[:7] in r.err
    assert_no_secret(r.out, r.err)
    r = run_piped(["--mode", "gateway-stored-key", "--account-id", ACCT, "--gateway", GW,
                   "--cf-token-stdin"], monkeypatch, capsys, stdin=f"{GSK}\n")
    assert r.code == 2 and "holds a Groq key" in r.err
    assert_no_secret(r.out, r.err)
    assert not (tmp_path / ".env").exists()


def test_retired_model_in_existing_file_is_not_carried_over(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    env = tmp_path / ".env"
    original = (f"OPENAI_BASE_URL=https://api.groq.com/openai/v1\n"
                f"AUTOGEN_MODEL=llama-3.3-70b-versatile\nGROQ_API_KEY={OLD_GSK}\n")
    env.write_text(original)
    r = run_piped([], monkeypatch, capsys)
    assert r.code == 2
    assert "--model (the value from .env is refused: Fix: use openai/gpt-oss-120b" in r.err
    assert env.read_text() == original and leftovers(tmp_path) == []
    assert_no_secret(r.out, r.err)
    r = run_piped(["--model", "openai/gpt-oss-120b"], monkeypatch, capsys)
    assert r.code == 0, r.err
    values = dotenv_values(env)
    # The file's direct Groq URL means direct mode: the old (valid) key is kept, the
    # model replaced where it stood.
    assert values["AI_GATEWAY_MODE"] == "direct" and values["GROQ_API_KEY"] == OLD_GSK
    assert env.read_text().splitlines()[1] == "AUTOGEN_MODEL=openai/gpt-oss-120b"
    assert_no_secret(r.out, r.err)


def test_dry_run_prints_masked_diff_and_writes_nothing(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    env = tmp_path / ".env"
    original = f"GROQ_API_KEY={OLD_GSK}\nDB_PASSWORD=hunter2hunter2\nPORT=8080\n"
    env.write_text(original)
    monkeypatch.setenv("CF_GATEWAY_TOKEN", TOKEN)
    r = run_piped(["--account-id", ACCT, "--gateway", GW, "--dry-run"], monkeypatch, capsys)
    assert r.code == 0, r.err
    assert env.read_text() == original and leftovers(tmp_path) == []
    assert f"+CF_GATEWAY_TOKEN={mask(TOKEN)}" in r.out
    assert "-GROQ_API_KEY=gsk_..." in r.out  # commented out in stored-key mode, masked
    assert "Dry run: nothing written." in r.out
    assert_no_secret(r.out, r.err, secrets=[OLD_GSK, TOKEN, "hunter2hunter2"])


def test_rerun_with_same_answers_changes_nothing(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("CF_GATEWAY_TOKEN", TOKEN)
    argv = ["--account-id", ACCT, "--gateway", GW]
    assert run_piped(argv, monkeypatch, capsys).code == 0
    first = (tmp_path / ".env").read_bytes()
    r = run_piped([], monkeypatch, capsys)  # every answer now comes from the file
    assert r.code == 0, r.err
    assert "already up to date" in r.out
    assert (tmp_path / ".env").read_bytes() == first and leftovers(tmp_path) == []


def test_ignored_flags_are_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                   capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("GROQ_API_KEY", GSK)
    r = run_piped(["--mode", "direct", "--gateway", GW, "--endpoint", "compat"],
                  monkeypatch, capsys)
    assert r.code == 0, r.err
    assert "note: --gateway is not used in mode direct; ignored" in r.err
    assert "note: --endpoint is not used in mode direct; ignored" in r.err
    assert dotenv_values(tmp_path / ".env")["AUTOGEN_MODEL"] == "openai/gpt-oss-20b"


def test_exception_text_carries_no_secret() -> None:
    """What --debug would show: the exception itself, not just the printed line."""
    from setup_wizard import wizard
    from setup_wizard.errors import InvalidInput

    sources = wizard.Sources(existing={}, environ={})
    for flags in ({"mode": "gateway-stored-key", "account_id": ACCT, "gateway_id": GW,
                   "cf_token": GSK},  # a Groq key where the gateway token belongs
                  {"mode": "direct", "provider": "openai", "provider_key": GSK}):
        with pytest.raises(InvalidInput) as exc:
            wizard.collect(flags, sources, interactive=False)
        assert_no_secret(str(exc.value), repr(exc.value), exc.value.one_line())


def test_stdin_secret_flags_need_a_pipe_and_a_line(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    from init_support import run_interactive

    # At a terminal the secret would be typed visibly: refused, the prompt hides it instead.
    r = run_interactive(["--cf-token-stdin"], "", monkeypatch, capsys)
    assert r.code == 2 and "--cf-token-stdin reads a pipe" in r.err
    r = run_piped(["--account-id", ACCT, "--gateway", GW, "--cf-token-stdin",
                   "--provider-key-stdin", "--mode", "gateway-request-key"],
                  monkeypatch, capsys, stdin=f"{TOKEN}\n")
    assert r.code == 2 and "--provider-key-stdin: standard input had no line" in r.err
    assert not (tmp_path / ".env").exists()
    assert_no_secret(r.out, r.err)


def test_unreadable_env_file_is_one_line_exit_2(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / ".env").write_bytes(b"KEY=\xff\xfe\x00binary")
    r = run_piped(["--account-id", ACCT, "--gateway", GW], monkeypatch, capsys)
    assert r.code == 2
    assert r.err == "setup-wizard: error: .env is a binary file Fix: point at the .env file\n"
    assert (tmp_path / ".env").read_bytes() == b"KEY=\xff\xfe\x00binary"


def test_refuses_to_write_a_file_lint_would_fail(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    """init and lint never disagree: an existing error elsewhere in the file blocks the write."""
    env = tmp_path / ".env"
    original = f'GROQ_API_KEY={OLD_GSK}\nBROKEN="never closed\nPORT=8080\n'
    env.write_text(original)
    monkeypatch.setenv("CF_GATEWAY_TOKEN", TOKEN)
    r = run_piped(["--account-id", ACCT, "--gateway", GW], monkeypatch, capsys)
    assert r.code == 2
    assert env.read_text() == original and leftovers(tmp_path) == []
    assert r.err.count("\n") == 1 and "would fail lint" in r.err and "SW103" in r.err
    assert "Fix:" in r.err
    assert_no_secret(r.out, r.err, secrets=[OLD_GSK, TOKEN])
