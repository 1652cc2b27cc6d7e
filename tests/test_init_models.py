"""`init` offers the provider's live model list (keystrokes through prompt_toolkit's pipe
input, the emulator on 127.0.0.1 standing in for Groq and the gateway)."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from dotenv import dotenv_values
from init_support import (
    ACCT,
    DOWN,
    ENTER,
    GW,
    Screen,
    clean_environment,
    run_interactive,
    run_piped,
)
from probe_support import GATEWAY, GROQ_HOST, KEY, TOKEN
from prompt_toolkit.output.plain_text import PlainTextOutput

from setup_wizard.emulator import server as emulator
from setup_wizard.emulator.scenarios import Settings
from setup_wizard.emulator.server import Emulator

NEW = "acme/brand-new-1"  # served by the provider, unknown to our catalog
RETIRED = "llama-3.1-8b-instant"  # our catalog knows it is retired
SERVED = ("openai/gpt-oss-20b", NEW, RETIRED, "whisper-large-v3")
SECRETS = [KEY, TOKEN]


@pytest.fixture(autouse=True)
def _isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    clean_environment(monkeypatch)


@pytest.fixture
def emu() -> Iterator[Emulator]:
    with emulator.start(settings=Settings(served=SERVED)) as e:
        yield e


def to(emu: Emulator) -> list[str]:
    return ["--connect-to", f"{GATEWAY}={emu.url}", "--connect-to", f"{GROQ_HOST}={emu.url}"]


def no_secret(*texts: str) -> None:
    for text in texts:
        for s in SECRETS:
            assert s not in text and s[5:-5] not in text


def test_live_list_offers_a_model_the_catalog_does_not_know_and_accepts_it(
        emu: Emulator, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("GROQ_API_KEY", KEY)
    screen = Screen()
    keys = (ENTER  # provider: Groq
            + DOWN + DOWN + ENTER)  # mode: direct
    then = [("openai/gpt-oss-20b (recommended)",  # the list is on screen: read, then choose
             DOWN + ENTER  # model: the second entry of the live list
             + ENTER  # keep GROQ_API_KEY from the environment
             + "y")]  # write
    r = run_interactive(to(emu), keys, monkeypatch, capsys, output=PlainTextOutput(screen),
                        probe=True, then=then)
    assert r.code == 0, r.err + r.out
    assert dotenv_values(tmp_path / ".env")["AUTOGEN_MODEL"] == NEW
    drawn = screen.getvalue()
    # The list came from the provider, said so in one line, and was offered default first.
    assert ("model list: 4 served by Groq now (live answer to GET "
            f"{GROQ_HOST}/openai/v1/models)") in drawn
    assert drawn.index("openai/gpt-oss-20b (recommended)") < drawn.index(
        f"{NEW} (not in our catalog)")
    assert RETIRED not in drawn and "whisper" not in drawn  # retired, not a chat model
    assert "SW302" not in r.err  # the provider just listed it: no "unknown model" warning
    listed, chat = emu.seen
    assert (listed.method, listed.path) == ("GET", "/openai/v1/models")
    assert listed.headers["authorization"] == f"Bearer {KEY}"
    assert chat.json and chat.json["model"] == NEW  # and the probe at the end worked with it
    assert "OK" in r.out
    no_secret(drawn, r.out, r.err)


def test_stored_key_list_through_the_gateway(emu: Emulator, tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("CF_GATEWAY_TOKEN", TOKEN)
    keys = (ENTER + ENTER  # Groq, gateway-stored-key
            + ACCT + ENTER + GW + ENTER + ENTER  # account, gateway, endpoint: provider
            + DOWN + ENTER  # model: the unknown one
            + ENTER + "y")  # keep the token, write
    r = run_interactive(to(emu), keys, monkeypatch, capsys, probe=True)
    assert r.code == 0, r.err + r.out
    assert dotenv_values(tmp_path / ".env")["AUTOGEN_MODEL"] == NEW
    listed = emu.seen[0]
    assert listed.path == f"/v1/{ACCT}/{GW}/groq/models"
    assert "authorization" not in listed.headers  # stored key: only cf-aig-authorization
    assert listed.headers["cf-aig-authorization"] == f"Bearer {TOKEN}"
    no_secret(r.out, r.err)


def test_gateway_path_without_a_list_falls_back_to_the_catalog_and_says_so(
        emu: Emulator, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    emu.scenario = "gateway-no-models"
    monkeypatch.setenv("CF_GATEWAY_TOKEN", TOKEN)
    screen = Screen()
    keys = ENTER + ENTER + ACCT + ENTER + GW + ENTER + ENTER
    then = [("openai/gpt-oss-120b", ENTER + ENTER + "y")]  # the catalog list is on screen
    r = run_interactive(to(emu), keys, monkeypatch, capsys, output=PlainTextOutput(screen),
                        probe=True, then=then)
    assert r.code == 0, r.err + r.out
    drawn = screen.getvalue()
    assert "model list: the built-in catalog, checked 2026-11-28 (the gateway did not serve " \
           "the model list with the stored key (HTTP 404" in drawn
    assert NEW not in drawn and "openai/gpt-oss-120b" in drawn  # the catalog's own list
    assert dotenv_values(tmp_path / ".env")["AUTOGEN_MODEL"] == "openai/gpt-oss-20b"


def test_no_key_at_hand_yet_means_the_catalog_and_no_request(
        emu: Emulator, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    screen = Screen()
    keys = ENTER + DOWN + DOWN + ENTER + ENTER + KEY + ENTER + "y"  # key typed after the model
    r = run_interactive(to(emu), keys, monkeypatch, capsys, output=PlainTextOutput(screen),
                        probe=True)
    assert r.code == 0, r.err + r.out
    assert "model list: the built-in catalog, checked 2026-11-28 (no GROQ_API_KEY at hand " \
           "yet to ask Groq" in screen.getvalue()
    assert [s.method for s in emu.seen] == ["POST"]  # only the probe after writing
    no_secret(screen.getvalue(), r.out, r.err)


def test_a_list_that_does_not_come_is_given_up_at_the_deadline(
        emu: Emulator, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    emu.scenario = "hang"
    monkeypatch.setenv("GROQ_API_KEY", KEY)
    screen = Screen()
    keys = ENTER + DOWN + DOWN + ENTER + ENTER + ENTER + "y"
    started = time.monotonic()
    r = run_interactive([*to(emu), "--timeout", "0.5"], keys, monkeypatch, capsys,
                        output=PlainTextOutput(screen), probe=True)
    assert time.monotonic() - started < 8  # the list's and the probe's deadlines held
    assert r.code == 6  # the probe after writing timed out too: a network failure
    assert "model list: the built-in catalog" in screen.getvalue()
    assert "timeout" in screen.getvalue()
    assert dotenv_values(tmp_path / ".env")["AUTOGEN_MODEL"] == "openai/gpt-oss-20b"


# -- --model without a terminal ---------------------------------------------------------------
def test_model_flag_accepts_what_the_live_list_holds_even_if_our_catalog_retired_it(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("GROQ_API_KEY", KEY)
    argv = ["--provider", "groq", "--mode", "direct", "--model", RETIRED]
    with emulator.start(settings=Settings(served=SERVED)) as emu:
        r = run_piped([*argv, *to(emu)], monkeypatch, capsys, probe=True)
    assert r.code == 0, r.err + r.out
    assert dotenv_values(tmp_path / ".env")["AUTOGEN_MODEL"] == RETIRED
    assert "note: model list: 4 served by Groq now" in r.err
    assert "SW301" in r.err and "written anyway: the provider lists" in r.err
    no_secret(r.out, r.err)


def test_model_flag_the_live_list_lacks_is_judged_by_the_catalog(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("GROQ_API_KEY", KEY)
    argv = ["--provider", "groq", "--mode", "direct", "--model", "llama-3.3-70b-versatile"]
    with emulator.start(settings=Settings(served=SERVED)) as emu:
        r = run_piped([*argv, *to(emu)], monkeypatch, capsys, probe=True)
        assert [s.method for s in emu.seen] == ["GET"]  # asked, then refused: nothing sent
    assert r.code == 2 and not (tmp_path / ".env").exists()
    assert "--model" in r.err and "openai/gpt-oss-120b" in r.err


def test_no_probe_sends_nothing_and_keeps_the_catalog_rules(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("GROQ_API_KEY", KEY)
    with emulator.start(settings=Settings(served=SERVED)) as emu:
        r = run_piped(["--provider", "groq", "--mode", "direct", "--model", RETIRED, *to(emu)],
                      monkeypatch, capsys)
        assert emu.seen == []
    assert r.code == 2 and "model list" not in r.err
