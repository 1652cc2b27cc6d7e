"""Writing the .env without losing anything: merge, quoting round-trip, atomic replace."""

from __future__ import annotations

import io
import os
import re
import tempfile
from pathlib import Path

import pytest
from dotenv import dotenv_values
from hypothesis import example, given, settings
from hypothesis import strategies as st
from init_support import (
    ACCT,
    GSK,
    GW,
    OLD_GSK,
    TOKEN,
    assert_no_secret,
    clean_environment,
    leftovers,
    run_piped,
)

from setup_wizard.config import envfile, filesafe, templating
from setup_wizard.config.model import Config
from setup_wizard.errors import EnvFileError, InvalidInput

EXISTING = (
    "# my app, hand-written\n"
    "export DATABASE_URL='postgres://app@db/app'\n"
    "OPENAI_BASE_URL=https://api.groq.com/openai/v1  # was direct\n"
    'MULTI="line one\n'
    "line two # not a comment\n"
    'line three"\n'
    f"export GROQ_API_KEY={OLD_GSK}\n"
    "\n"
    "# feature flags\n"
    "FEATURE_X=on\n"
    "AUTOGEN_MODEL=llama-3.3-70b-versatile\n"
    "AUTOGEN_MODEL=duplicate-later\n"
)
UNRELATED = ("# my app, hand-written\n", "export DATABASE_URL='postgres://app@db/app'\n",
             'MULTI="line one\nline two # not a comment\nline three"\n', "\n",
             "# feature flags\n", "FEATURE_X=on\n")


def stored_key_config() -> Config:
    return Config.build(provider="groq", mode="gateway-stored-key", endpoint="provider",
                        account_id=ACCT, gateway_id=GW, model="openai/gpt-oss-20b",
                        cf_token=TOKEN)


def test_merge_keeps_everything_unrelated_and_replaces_in_place() -> None:
    merged = templating.env_text(stored_key_config(), EXISTING)
    at = 0
    for chunk in UNRELATED:  # byte for byte, in the same order
        at = merged.index(chunk, at) + len(chunk)
    lines = merged.splitlines()
    # Managed keys replaced where they stood (line 3 and the first AUTOGEN_MODEL).
    assert lines[2] == f"OPENAI_BASE_URL=https://gateway.ai.cloudflare.com/v1/{ACCT}/{GW}/groq"
    assert "AUTOGEN_MODEL=openai/gpt-oss-20b" in lines
    assert "# AUTOGEN_MODEL=duplicate-later" in lines  # a later duplicate is disabled


def test_key_the_mode_must_not_carry_is_commented_out_with_reason() -> None:
    merged = templating.env_text(stored_key_config(), EXISTING)
    lines = merged.splitlines()
    at = lines.index(f"# export GROQ_API_KEY={OLD_GSK}")
    assert lines[at - 1].startswith("# disabled by setup-wizard: in gateway-stored-key mode")
    values = dotenv_values(stream=io.StringIO(merged))
    assert "GROQ_API_KEY" not in values
    assert values["MULTI"] == "line one\nline two # not a comment\nline three"
    assert values["DATABASE_URL"] == "postgres://app@db/app"
    assert values["CF_GATEWAY_TOKEN"] == TOKEN and values["FEATURE_X"] == "on"


def test_export_prefix_is_kept_on_a_replaced_key() -> None:
    existing = "export OPENAI_BASE_URL=https://api.groq.com/openai/v1\r\nKEEP=1\r\n"
    c = Config.build(provider="groq", mode="direct", model="openai/gpt-oss-20b",
                     provider_key=GSK)
    merged = templating.env_text(c, existing)
    assert merged.startswith("export OPENAI_BASE_URL=https://api.groq.com/openai/v1\r\n")
    assert "\nKEEP=1\r\n" in merged and "\n" not in merged.replace("\r\n", "")  # CRLF kept


def test_init_merge_writes_backup_and_0600(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.chdir(tmp_path)
    clean_environment(monkeypatch)
    monkeypatch.setenv("CF_GATEWAY_TOKEN", TOKEN)
    env = tmp_path / ".env"
    env.write_text(EXISTING)
    env.chmod(0o644)
    r = run_piped(["--account-id", ACCT, "--gateway", GW, "--model", "openai/gpt-oss-20b"],
                  monkeypatch, capsys)
    assert r.code == 0, r.err
    backups = list(tmp_path.glob(".env.bak-*"))
    assert len(backups) == 1 and backups[0].read_text() == EXISTING
    assert f"Previous version saved as {backups[0].name}" in r.out
    assert env.stat().st_mode & 0o777 == 0o600
    assert backups[0].stat().st_mode & 0o777 == 0o600
    assert leftovers(tmp_path) == [backups[0].name]  # no temp file
    assert dotenv_values(env)["MULTI"] == "line one\nline two # not a comment\nline three"
    assert_no_secret(r.out, r.err, secrets=[TOKEN, OLD_GSK])


# -- quoting round-trip --------------------------------------------------------------------
EXPANDED = re.compile(r"\$\{[^}]*\}")  # refused by design: python-dotenv would expand it
SPECIAL = st.sampled_from([*"\"'#$=\\\n\r\t `!{}", "$HOME", "${", "}", " #x", "\\n"])
ANY_TEXT = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\0"))
VALUES = st.one_of(
    ANY_TEXT,
    st.lists(st.one_of(SPECIAL, ANY_TEXT), max_size=12).map("".join),
).filter(lambda v: not EXPANDED.search(v))


def _round_trip(value: str, export: bool) -> str | None:
    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / ".env"
        path.write_text("BEFORE=1\n" + envfile.line_for("KEY", value, export=export)
                        + "AFTER=2\n", encoding="utf-8", newline="")
        # What apps do: load_dotenv/dotenv_values with interpolation on (the default).
        read = dotenv_values(path)
        assert read["BEFORE"] == "1" and read["AFTER"] == "2"
        return read["KEY"]


@settings(max_examples=300, deadline=None)
@given(value=VALUES, export=st.booleans())
@example(value='a "quoted" #hash $dollar =eq \\back\nnew\r\nline', export=False)
@example(value="'single' and \\'", export=True)
@example(value="\\", export=False)
@example(value=" lead and trail ", export=False)
def test_written_value_reads_back_unchanged(value: str, export: bool) -> None:
    assert _round_trip(value, export) == value


@given(before=ANY_TEXT, name=st.text("ABC_x:-", max_size=5), after=ANY_TEXT)
def test_values_that_python_dotenv_would_expand_are_refused(before: str, name: str,
                                                           after: str) -> None:
    value = before + "${" + name + "}" + after
    with pytest.raises(InvalidInput) as exc:
        envfile.quote(value)
    assert "python-dotenv would expand" in str(exc.value)


# -- atomic replace ------------------------------------------------------------------------
def test_failed_rename_leaves_the_original_and_no_temp_file(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    env = tmp_path / ".env"
    env.write_bytes(b"OLD=1\r\nSECRET=x\r\n")

    def refuse(src: str, dst: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(EnvFileError, match="No space left on device"):
        filesafe.write_atomic(env, "NEW=2\n")
    assert env.read_bytes() == b"OLD=1\r\nSECRET=x\r\n"
    # Nothing was written, so no backup is left either (it would claim a change that never was).
    assert sorted(p.name for p in tmp_path.iterdir()) == [".env"]


@pytest.mark.parametrize("error", [OSError(5, "Input/output error"), KeyboardInterrupt()])
def test_exception_during_write_leaves_the_original_and_no_temp_file(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, error: BaseException) -> None:
    env = tmp_path / ".env"
    env.write_text("OLD=1\n")

    def broken(fd: int) -> None:
        raise error

    monkeypatch.setattr(os, "fsync", broken)
    with pytest.raises((EnvFileError, KeyboardInterrupt)):
        filesafe.write_atomic(env, "NEW=2\n", backup=False)
    assert env.read_text() == "OLD=1\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == [".env"]


def test_init_with_failing_rename_exits_2_and_leaks_nothing(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.chdir(tmp_path)
    clean_environment(monkeypatch)
    monkeypatch.setenv("CF_GATEWAY_TOKEN", TOKEN)
    env = tmp_path / ".env"
    original = f"GROQ_API_KEY={OLD_GSK}\n"
    env.write_text(original)

    def refuse(src: str, dst: str) -> None:
        raise PermissionError(13, "Permission denied", str(dst))

    monkeypatch.setattr(os, "replace", refuse)
    r = run_piped(["--account-id", ACCT, "--gateway", GW], monkeypatch, capsys)
    assert r.code == 2
    assert r.err.startswith("setup-wizard: error: cannot write .env: Permission denied")
    assert env.read_text() == original and not list(tmp_path.glob("*.tmp"))
    assert_no_secret(r.out, r.err, secrets=[TOKEN, OLD_GSK])
