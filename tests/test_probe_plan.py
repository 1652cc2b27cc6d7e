"""Building the request from a .env (no network): headers per mode, refusals, --connect-to."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from probe_support import (
    ACCT,
    COMPAT_BASE,
    GROQ_BASE,
    GW,
    GW_BASE,
    KEY,
    MODEL,
    TOKEN,
    probe_cli,
    stored_key_env,
)

from setup_wizard import __version__
from setup_wizard.errors import ConfigUnusable, UsageError
from setup_wizard.probe.request import ConnectTo, parse_connect_to, plan_request


def test_stored_key_mode_sends_the_token_and_no_authorization() -> None:
    plan = plan_request(stored_key_env(GROQ_API_KEY=None))
    h = plan.headers
    assert plan.method == "POST" and plan.url == f"{GW_BASE}/chat/completions"
    assert h["cf-aig-authorization"] == f"Bearer {TOKEN}"
    assert "authorization" not in h
    assert h["cf-aig-skip-cache"] == "true"
    assert h["user-agent"] == f"setup-wizard/{__version__}"
    assert h["content-type"] == "application/json"
    assert json.loads(plan.body or b"") == {
        "model": MODEL, "messages": [{"role": "user", "content": "ping"}], "max_tokens": 1}
    assert plan.auth_headers == ("cf-aig-authorization",)
    s = plan.sent
    assert (s.mode, s.provider, s.endpoint, s.via_gateway) == (
        "gateway-stored-key", "groq", "provider", True)
    assert s.sent_gateway_token and not s.sent_provider_key


def test_explicit_stored_key_mode_never_sends_a_key_even_when_one_is_set() -> None:
    plan = plan_request(stored_key_env(GROQ_API_KEY=KEY, AI_GATEWAY_MODE="gateway-stored-key"))
    assert "authorization" not in plan.headers
    assert KEY in plan.secrets  # still redacted from output
    # The app may still send it: the evidence says what that would do.
    assert any("GROQ_API_KEY is set but not sent" in n for n in plan.notes)
    clean = plan_request(stored_key_env(GROQ_API_KEY=None, AI_GATEWAY_MODE="gateway-stored-key"))
    assert not any("not sent" in n for n in clean.notes)


def test_a_key_next_to_a_gateway_url_is_sent_as_the_app_would() -> None:
    plan = plan_request(stored_key_env(GROQ_API_KEY=KEY))
    assert plan.sent.mode == "gateway-request-key"
    assert plan.headers["authorization"] == f"Bearer {KEY}"
    assert plan.auth_headers == ("cf-aig-authorization", "authorization")


def test_direct_mode_sends_only_the_key() -> None:
    plan = plan_request({"OPENAI_BASE_URL": GROQ_BASE, "AUTOGEN_MODEL": MODEL,
                         "GROQ_API_KEY": KEY, "CF_GATEWAY_TOKEN": TOKEN})
    assert plan.sent.mode == "direct" and plan.sent.provider == "groq"
    assert plan.headers["authorization"] == f"Bearer {KEY}"
    assert not any(k.startswith("cf-aig-") for k in plan.headers)


def test_compat_provider_comes_from_the_model_prefix() -> None:
    plan = plan_request(stored_key_env(OPENAI_BASE_URL=COMPAT_BASE,
                                       AUTOGEN_MODEL=f"groq/{MODEL}"))
    assert plan.url == f"{COMPAT_BASE}/chat/completions"
    assert (plan.sent.provider, plan.sent.endpoint, plan.sent.model) == (
        "groq", "compat", f"groq/{MODEL}")


def test_models_endpoint_is_a_get_without_body_or_model() -> None:
    plan = plan_request(stored_key_env(AUTOGEN_MODEL=None), endpoint="models")
    assert (plan.method, plan.url, plan.body) == ("GET", f"{GW_BASE}/models", None)
    assert "content-type" not in plan.headers


def test_missing_token_in_a_gateway_mode_is_still_sendable() -> None:
    plan = plan_request(stored_key_env(CF_GATEWAY_TOKEN=None))
    assert "cf-aig-authorization" not in plan.headers and plan.auth_headers == ()
    assert plan.sent.sent_gateway_token is False


@pytest.mark.parametrize("values, says", [
    ({"AUTOGEN_MODEL": MODEL}, "OPENAI_BASE_URL is not set"),
    ({"OPENAI_BASE_URL": "ftp://example.com/v1", "AUTOGEN_MODEL": MODEL}, "not an http(s)"),
    ({"OPENAI_BASE_URL": "gateway.ai.cloudflare.com/v1", "AUTOGEN_MODEL": MODEL},
     "not an http(s)"),
    ({"OPENAI_BASE_URL": GW_BASE, "CF_GATEWAY_TOKEN": TOKEN}, "AUTOGEN_MODEL is not set"),
    ({"OPENAI_BASE_URL": GROQ_BASE, "AUTOGEN_MODEL": MODEL}, "GROQ_API_KEY is not set"),
    ({"OPENAI_BASE_URL": GW_BASE, "AUTOGEN_MODEL": MODEL,
      "AI_GATEWAY_MODE": "gateway-request-key"}, "GROQ_API_KEY is not set"),
    ({"OPENAI_BASE_URL": GW_BASE, "AUTOGEN_MODEL": MODEL, "AI_GATEWAY_MODE": "byok"},
     "cannot tell the mode"),
])
def test_unusable_env_is_refused_before_sending(values: dict[str, str], says: str) -> None:
    with pytest.raises(ConfigUnusable) as e:
        plan_request(values)
    assert says in e.value.one_line() and "Fix:" in e.value.one_line()


def test_unusable_env_exits_3_with_one_line(tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    r = probe_cli(tmp_path, capsys, {"OPENAI_BASE_URL": GROQ_BASE, "AUTOGEN_MODEL": MODEL,
                                     "CF_GATEWAY_TOKEN": TOKEN})
    assert r.code == 3 and r.out == ""
    assert r.err.count("\n") == 1 and "GROQ_API_KEY" in r.err and "Traceback" not in r.err
    assert TOKEN not in r.err


@pytest.mark.parametrize("spec, origin, target", [
    ("https://gateway.ai.cloudflare.com=http://127.0.0.1:8787",
     "https://gateway.ai.cloudflare.com", "http://127.0.0.1:8787"),
    ("https://Gateway.AI.cloudflare.com:443/=http://localhost:80/",
     "https://gateway.ai.cloudflare.com", "http://localhost"),
    ("http://a.example:8080=https://proxy.example/prefix/",
     "http://a.example:8080", "https://proxy.example/prefix"),
])
def test_connect_to_parses_and_normalises(spec: str, origin: str, target: str) -> None:
    assert parse_connect_to([spec]) == [ConnectTo(origin, target)]


@pytest.mark.parametrize("spec", [
    "nonsense", "=http://x", "https://a.example=", "gateway.ai.cloudflare.com=127.0.0.1:8787",
    "https://a.example/v1=http://127.0.0.1:1", "ftp://a.example=http://127.0.0.1:1",
    "https://a.example=http://127.0.0.1:99999",
])
def test_bad_connect_to_is_a_usage_error(spec: str) -> None:
    with pytest.raises(UsageError):
        parse_connect_to([spec])


def test_connect_to_keeps_path_and_query_and_only_matches_its_origin() -> None:
    rule = ConnectTo.parse("https://gateway.ai.cloudflare.com=http://127.0.0.1:9")
    assert rule.apply("https://gateway.ai.cloudflare.com:443/v1/a/b/groq/models?x=1") == \
        "http://127.0.0.1:9/v1/a/b/groq/models?x=1"
    assert rule.apply("http://gateway.ai.cloudflare.com/v1") is None  # other scheme
    assert rule.apply("https://api.groq.com/openai/v1/models") is None
    plan = plan_request(stored_key_env(), connect_to=[
        "https://api.groq.com=http://127.0.0.1:1", rule])
    assert plan.url.startswith("https://gateway.ai.cloudflare.com/")
    assert plan.send_url == f"http://127.0.0.1:9/v1/{ACCT}/{GW}/groq/chat/completions"
    assert plan.connected_to == plan.send_url


def test_bad_connect_to_on_the_cli_exits_2_with_one_line(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    r = probe_cli(tmp_path, capsys, stored_key_env(), "--connect-to", "127.0.0.1:8787")
    assert r.code == 2 and r.out == "" and r.err.count("\n") == 1
    assert "ORIGIN=URL" in r.err and "Traceback" not in r.err


@pytest.mark.parametrize("timeout", ["0", "-1", "nan", "inf", "100000"])
def test_bad_timeout_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                             timeout: str) -> None:
    path = tmp_path / ".env"
    path.write_text("OPENAI_BASE_URL=http://127.0.0.1:1\n")
    from setup_wizard.cli import main

    assert main(["probe", "--env-file", str(path), "--timeout", timeout]) == 2
    assert "--timeout" in capsys.readouterr().err


def test_missing_env_file_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from setup_wizard.cli import main

    assert main(["probe", "--env-file", str(tmp_path / "nope.env")]) == 2
    err = capsys.readouterr().err
    assert "does not exist" in err and "init" in err
