"""No output of probe (text, JSON, stderr) ever holds the token or key it was given."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from probe_support import (
    GATEWAY,
    GROQ_BASE,
    KEY,
    MODEL,
    TOKEN,
    assert_no_secret,
    probe_cli,
    stored_key_env,
)

from setup_wizard.emulator import server as emulator
from setup_wizard.emulator.server import Emulator
from setup_wizard.masking import mask

# Both secrets go out in gateway-request-key mode, so every server sees both.
BOTH = stored_key_env(GROQ_API_KEY=KEY)


@pytest.fixture
def emu() -> Iterator[Emulator]:
    with emulator.start() as e:
        yield e


def test_the_echo_scenario_really_echoes_both_secrets(emu: Emulator) -> None:
    # Guard for the scan below: without a real echo it could not fail.
    r = httpx.post(f"{emu.url}/v1/a/b/groq/chat/completions", json={"model": MODEL},
                   headers={"authorization": f"Bearer {KEY}",
                            "cf-aig-authorization": f"Bearer {TOKEN}",
                            emulator.SCENARIO_HEADER: "echo-key"})
    assert KEY in r.text and TOKEN in r.headers["x-echo"]


@pytest.mark.parametrize("fmt", ["json", "text"])
@pytest.mark.parametrize("scenario", ["echo-key", "ok", "token-wrong", "groq-invalid-key",
                                      "redirect", "reset", "not-http", "huge-body"])
def test_no_secret_in_any_output(scenario: str, fmt: str, emu: Emulator, tmp_path: Path,
                                 capsys: pytest.CaptureFixture[str]) -> None:
    emu.scenario = scenario
    r = probe_cli(tmp_path, capsys, BOTH, "--connect-to", f"{GATEWAY}={emu.url}", fmt=fmt)
    assert r.out  # something was printed and scanned
    assert_no_secret(r.out + r.err, KEY, TOKEN)
    (seen,) = emu.seen
    assert seen.headers["authorization"] == f"Bearer {KEY}"  # the secrets did go out


def test_echoed_key_is_shown_masked(emu: Emulator, tmp_path: Path,
                                    capsys: pytest.CaptureFixture[str]) -> None:
    emu.scenario = "echo-key"
    r = probe_cli(tmp_path, capsys, BOTH, "--connect-to", f"{GATEWAY}={emu.url}")
    assert mask(KEY) in r.json["message"]
    assert_no_secret(r.out, KEY, TOKEN)


def test_hang_and_refused_outputs_hold_no_secret(emu: Emulator, tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    emu.scenario = "hang"
    r = probe_cli(tmp_path, capsys, BOTH, "--connect-to", f"{GATEWAY}={emu.url}", fmt="text",
                  timeout=0.4)
    assert r.code == 6
    assert_no_secret(r.out + r.err, KEY, TOKEN)


def test_unusable_env_error_holds_no_secret(tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    env = {"OPENAI_BASE_URL": GROQ_BASE, "CF_GATEWAY_TOKEN": TOKEN, "GROQ_API_KEY": KEY}
    r = probe_cli(tmp_path, capsys, env)  # no model
    assert r.code == 3
    assert_no_secret(r.out + r.err, KEY, TOKEN)


def test_result_api_masks_too(emu: Emulator) -> None:
    from setup_wizard.probe.request import probe_env

    emu.scenario = "echo-key"
    res = probe_env(BOTH, timeout=3, connect_to=[f"{GATEWAY}={emu.url}"])
    assert KEY in (res.diagnosis.message or "") or mask(KEY) in (res.diagnosis.message or "")
    assert_no_secret(res.to_text() + str(res.to_dict()), KEY, TOKEN)
