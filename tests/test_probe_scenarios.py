"""Every emulator scenario, probed through the CLI as a user would: origin, cause, exit code.

The expected values are written out here, not read from the emulator's table, so a wrong
row in that table fails this test too.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from probe_support import (
    COMPAT_BASE,
    GATEWAY,
    GROQ_BASE,
    GROQ_HOST,
    GW_BASE,
    KEY,
    MODEL,
    TOKEN,
    WRONG_KEY,
    WRONG_TOKEN,
    probe_cli,
    stored_key_env,
)

from setup_wizard.emulator import server as emulator
from setup_wizard.emulator.server import Emulator

EXPECTED = {  # scenario: (origin, cause, exit code)
    "ok": ("groq", "ok", 0),
    "gateway-no-models": ("groq", "ok", 0),
    "token-missing": ("cloudflare-gateway", "gateway-auth", 4),
    "token-wrong": ("cloudflare-gateway", "gateway-auth", 4),
    "gateway-not-found": ("cloudflare-gateway", "gateway-not-found", 4),
    "compat-bare-model": ("cloudflare-gateway", "gateway-route", 4),
    "invalid-provider": ("cloudflare-gateway", "gateway-route", 4),
    "stray-authorization": ("groq", "provider-auth-invalid", 5),
    "groq-invalid-key": ("groq", "provider-auth-invalid", 5),
    "model-not-found": ("groq", "model-not-found", 5),
    "model-retired": ("groq", "model-decommissioned", 5),
    "gateway-rate-limit": ("cloudflare-gateway", "gateway-rate-limited", 4),
    "groq-rate-limit": ("groq", "rate-limited", 5),
    "provider-5xx": ("groq", "provider-server-error", 5),
    "hang": ("network", "timeout", 6),
    "reset": ("network", "unknown", 6),
    "empty": ("network", "unknown", 6),
    "not-http": ("network", "unknown", 6),
    "slow-drip": ("network", "timeout", 6),
    "huge-body": ("unknown", "provider-server-error", 1),  # a 502 page: server side
    "gzip": ("groq", "provider-auth-invalid", 5),
    "gzip-bomb": ("unknown", "unknown", 1),
    "redirect": ("unknown", "unknown", 1),
    "echo-key": ("groq", "provider-auth-invalid", 5),
}
GATEWAY_CODES = {"token-missing": 2009, "token-wrong": 2009, "gateway-not-found": 2001,
                 "compat-bare-model": 2005, "invalid-provider": 2008, "gateway-rate-limit": 2003}


@pytest.fixture
def emu() -> Iterator[Emulator]:
    with emulator.start() as e:
        yield e


def to(emu: Emulator, origin: str = GATEWAY) -> tuple[str, str]:
    return ("--connect-to", f"{origin}={emu.url}")


def test_every_scenario_has_an_expectation() -> None:
    assert set(EXPECTED) == set(emulator.SCENARIOS)
    assert {n: s.expect for n, s in emulator.SCENARIOS.items()} == {
        n: (o, c) for n, (o, c, _) in EXPECTED.items()}


@pytest.mark.parametrize("name", list(EXPECTED))
def test_scenario_probed_through_the_gateway(name: str, emu: Emulator, tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    emu.scenario = name
    timeout = 0.6 if name in ("hang", "slow-drip") else 3.0
    r = probe_cli(tmp_path, capsys, stored_key_env(), *to(emu), timeout=timeout)
    origin, cause, code = EXPECTED[name]
    j = r.json
    assert (j["origin"], j["cause"], r.code) == (origin, cause, code), j["evidence"]
    assert r.err == ""
    assert j["request"]["url"] == f"{GW_BASE}/chat/completions"
    assert j["request"]["connected_to"].startswith(emu.url)
    assert any(emu.url in e for e in j["evidence"])
    if name in GATEWAY_CODES:
        assert j["code"] == GATEWAY_CODES[name] and j["hint"]
    # One request, no retry, no redirect followed; a refused model adds one GET of the model
    # list, for the closest served model (here the scenario refuses that too: no suggestion).
    model_list = [s for s in emu.seen[1:] if s.method == "GET" and s.path.endswith("/models")]
    assert len(emu.seen) == 1 + len(model_list)
    assert len(model_list) == (cause in ("model-not-found", "model-decommissioned"))


# -- the default scenario behaves like the gateway and Groq ---------------------------------------
def test_ok_through_the_gateway_sent_exactly_what_the_app_sends(
        emu: Emulator, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    r = probe_cli(tmp_path, capsys, stored_key_env(), *to(emu), fmt="text")
    assert r.code == 0 and r.out.splitlines()[0] == f"POST {GW_BASE}/chat/completions"
    assert "OK" in r.out and "elapsed:" in r.out
    (seen,) = emu.seen
    assert seen.path.endswith("/groq/chat/completions")
    assert seen.headers["cf-aig-authorization"] == f"Bearer {TOKEN}"
    assert "authorization" not in seen.headers
    assert seen.headers["cf-aig-skip-cache"] == "true"
    assert seen.headers["user-agent"].startswith("setup-wizard/")
    assert seen.json == {"model": MODEL, "messages": [{"role": "user", "content": "ping"}],
                         "max_tokens": 1}


@pytest.mark.parametrize("env, origin, cause, code", [
    (stored_key_env(CF_GATEWAY_TOKEN=None), "cloudflare-gateway", "gateway-auth", 4),
    (stored_key_env(CF_GATEWAY_TOKEN=WRONG_TOKEN), "cloudflare-gateway", "gateway-auth", 4),
    (stored_key_env(OPENAI_BASE_URL=COMPAT_BASE, AUTOGEN_MODEL="allam-2-7b"),
     "cloudflare-gateway", "gateway-route", 4),
    # A Groq ID that starts with a compat provider's name is routed to that provider.
    (stored_key_env(OPENAI_BASE_URL=COMPAT_BASE), "openai", "provider-auth-missing", 5),
    (stored_key_env(OPENAI_BASE_URL=COMPAT_BASE, AUTOGEN_MODEL=f"groq/{MODEL}"), "groq", "ok", 0),
    (stored_key_env(OPENAI_BASE_URL=COMPAT_BASE, AUTOGEN_MODEL=f"xai/{MODEL}"),
     "cloudflare-gateway", "gateway-route", 4),
    (stored_key_env(OPENAI_BASE_URL=GW_BASE.replace("/groq", "/groqq")),
     "cloudflare-gateway", "gateway-route", 4),
    # A dummy key next to stored keys: the gateway forwards it and Groq says 401.
    (stored_key_env(GROQ_API_KEY="gsk_dummy_placeholder_key"), "groq", "provider-auth-invalid", 5),
    (stored_key_env(GROQ_API_KEY=KEY), "groq", "ok", 0),
    (stored_key_env(AUTOGEN_MODEL="llama-3.1-8b-instant"), "groq", "model-decommissioned", 5),
    (stored_key_env(AUTOGEN_MODEL="openai/gpt-oss-21b"), "groq", "model-not-found", 5),
], ids=["no-token", "wrong-token", "compat-bare", "compat-openai-prefix", "compat-prefixed",
        "compat-xai", "bad-slug", "dummy-key", "own-key", "retired", "typo-model"])
def test_default_scenario_behaves(env: dict[str, str | None], origin: str, cause: str,
                                  code: int, emu: Emulator, tmp_path: Path,
                                  capsys: pytest.CaptureFixture[str]) -> None:
    r = probe_cli(tmp_path, capsys, env, *to(emu))
    assert (r.json["origin"], r.json["cause"], r.code) == (origin, cause, code), r.json
    if cause == "gateway-auth":
        assert r.json["code"] == 2009 and "CF_GATEWAY_TOKEN" in r.json["hint"]
    if env.get("GROQ_API_KEY") == "gsk_dummy_placeholder_key":
        assert emu.seen[0].headers["authorization"] == "Bearer gsk_dummy_placeholder_key"
        assert "gateway-stored-key" in r.json["hint"]


@pytest.mark.parametrize("key, cause, code", [(KEY, "ok", 0),
                                              (WRONG_KEY, "provider-auth-invalid", 5)])
def test_groq_direct_through_the_emulator(key: str, cause: str, code: int, emu: Emulator,
                                          tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    env = {"OPENAI_BASE_URL": GROQ_BASE, "AUTOGEN_MODEL": MODEL, "GROQ_API_KEY": key}
    r = probe_cli(tmp_path, capsys, env, *to(emu, GROQ_HOST))
    assert (r.json["origin"], r.json["cause"], r.code) == ("groq", cause, code)
    (seen,) = emu.seen
    assert seen.path == "/openai/v1/chat/completions"
    assert not any(h.startswith("cf-aig-") for h in seen.headers)


def test_models_endpoint(emu: Emulator, tmp_path: Path,
                         capsys: pytest.CaptureFixture[str]) -> None:
    r = probe_cli(tmp_path, capsys, stored_key_env(AUTOGEN_MODEL=None), "--endpoint", "models",
                  *to(emu))
    assert (r.json["cause"], r.code, r.json["request"]["method"]) == ("ok", 0, "GET")
    assert emu.seen[0].path.endswith("/groq/models") and emu.seen[0].json is None


def test_probe_env_api_for_init(emu: Emulator) -> None:
    from setup_wizard.probe.request import probe_env

    res = probe_env(stored_key_env(CF_GATEWAY_TOKEN=None), timeout=3,
                    connect_to=[f"{GATEWAY}={emu.url}"])
    assert int(res.exit_code) == 4 and res.diagnosis.cause == "gateway-auth"
    assert res.to_dict()["request"]["auth_headers"] == []
    assert "Cloudflare AI Gateway" in res.to_text()


@pytest.mark.parametrize("base, key, origin, says", [
    # The user's classic mistake: a dummy key next to keys stored in the gateway.
    (GW_BASE, "sk-dummy", GATEWAY, ("placeholder", "Provider Keys", "no Authorization header")),
    (GROQ_BASE, "sk-" + "Zx8Cv7Bn6Mm5" * 4, GROQ_HOST, ("OpenAI key", "paste the real key")),
    (GROQ_BASE, WRONG_KEY, GROQ_HOST, None),  # a Groq-shaped key: the ordinary 401 fix
])
def test_a_401_for_a_key_lint_calls_wrong_says_so_first(
        base: str, key: str, origin: str, says: tuple[str, ...] | None, emu: Emulator,
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    env = {"OPENAI_BASE_URL": base, "AUTOGEN_MODEL": MODEL, "GROQ_API_KEY": key}
    if base == GW_BASE:
        env["CF_GATEWAY_TOKEN"] = TOKEN
    r = probe_cli(tmp_path, capsys, env, *to(emu, origin))
    assert (r.json["origin"], r.json["cause"], r.code) == ("groq", "provider-auth-invalid", 5)
    doubt = [e for e in r.json["evidence"] if e.startswith("the key sent:")]
    if says is None:
        assert not doubt
    else:
        assert doubt and all(s in r.json["hint"] for s in says), r.json["hint"]
    assert key not in r.out
    if len(key) > 12:
        assert key[4:-4] not in r.out
