"""Credentials inside OPENAI_BASE_URL never reach probe's output (issue 10, item 3).

The class: the base URL was printed as it was written (request line, evidence,
`request.url`), so a `user:password@` or a `?key=` in it came out in clear; and a query
string made probe request `.../v1?key=.../chat/completions`. The OpenAI SDK (checked with
openai 3.57.0) sends `.../v1/?key=...chat/completions` for such a base URL, so no probe of
it can tell the truth: it is refused before anything is sent.
"""

from __future__ import annotations

import base64
from collections.abc import Iterator
from pathlib import Path

import pytest
from probe_support import ACCT, GATEWAY, GW, MODEL, TOKEN, probe_cli

from setup_wizard.emulator import server as emulator
from setup_wizard.emulator.server import Emulator

PASSWORD = "pr0xy-Pa55-word"
QUERY_KEY = "AIzaSyQv7Lm3Kp9Rx2Wn4Hs6Jd1Fy5Zt8Bq0Cc"
BASIC = base64.b64encode(f"app:{PASSWORD}".encode()).decode()


@pytest.fixture
def emu() -> Iterator[Emulator]:
    with emulator.start() as e:
        yield e


def assert_masked(text: str, *secrets: str) -> None:
    for s in secrets:
        for i in range(len(s) - 7):
            assert s[i:i + 8] not in text, f"a slice of {s[:4]}... is in the output"


@pytest.mark.parametrize("fmt", ["text", "json"])
@pytest.mark.parametrize("scenario", ["ok", "echo-key", "token-wrong", "redirect"])
def test_userinfo_in_the_base_url_is_masked_everywhere(fmt: str, scenario: str, emu: Emulator,
                                                       tmp_path: Path,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    emu.scenario = scenario
    host = emu.url.removeprefix("http://")
    base = f"http://app:{PASSWORD}@{host}/v1/{ACCT}/{GW}/groq"
    r = probe_cli(tmp_path, capsys, {"OPENAI_BASE_URL": base, "AUTOGEN_MODEL": MODEL,
                                     "CF_GATEWAY_TOKEN": TOKEN,
                                     "AI_GATEWAY_MODE": "gateway-stored-key"}, fmt=fmt)
    assert r.out and emu.seen  # it was sent and reported
    # httpx (the SDK's client) turns user:password into a Basic header: the server saw it.
    assert emu.seen[0].headers.get("authorization") == f"Basic {BASIC}"
    assert_masked(r.out + r.err, PASSWORD, BASIC)
    if fmt == "json":
        assert r.json["request"]["url"].startswith("http://app:")  # the URL is still there


def test_userinfo_is_masked_through_connect_to(emu: Emulator, tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    base = f"https://app:{PASSWORD}@gateway.ai.cloudflare.com/v1/{ACCT}/{GW}/groq"
    r = probe_cli(tmp_path, capsys, {"OPENAI_BASE_URL": base, "AUTOGEN_MODEL": MODEL,
                                     "CF_GATEWAY_TOKEN": TOKEN},
                  "--connect-to", f"{GATEWAY}={emu.url}", fmt="text")
    assert "POST https://app:" in r.out
    assert_masked(r.out + r.err, PASSWORD)


@pytest.mark.parametrize("fmt", ["text", "json"])
@pytest.mark.parametrize("tail", [f"?key={QUERY_KEY}", f"/?key={QUERY_KEY}&alt=sse",
                                  "?cf-aig-skip-cache=true", f"#{QUERY_KEY}"])
def test_a_query_on_the_base_url_is_refused_before_sending(
        fmt: str, tail: str, emu: Emulator, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    base = f"https://gateway.ai.cloudflare.com/v1/{ACCT}/{GW}/groq{tail}"
    r = probe_cli(tmp_path, capsys, {"OPENAI_BASE_URL": base, "AUTOGEN_MODEL": MODEL,
                                     "CF_GATEWAY_TOKEN": TOKEN},
                  "--connect-to", f"{GATEWAY}={emu.url}", fmt=fmt)
    assert r.code == 3
    assert emu.seen == []  # never `.../groq?key=.../chat/completions`
    (line,) = r.err.strip().splitlines()
    assert "OPENAI_BASE_URL" in line and "Fix:" in line
    assert_masked(r.out + r.err, QUERY_KEY)
