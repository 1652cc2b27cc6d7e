"""`doctor`: the right failing layer for every emulator scenario, a closed port, a name that
does not resolve and an untrusted certificate; the file and lint layers; JSON; no secret."""

from __future__ import annotations

import shutil
import socket
import ssl
import subprocess
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from app_support import cli, write_env
from probe_support import (
    ACCT,
    COMPAT_BASE,
    GROQ_BASE,
    GROQ_HOST,
    KEY,
    MODEL,
    TOKEN,
    Run,
    assert_no_secret,
    stored_key_env,
)

from setup_wizard.emulator import server as emulator
from setup_wizard.emulator.scenarios import SCENARIOS
from setup_wizard.emulator.server import Emulator

LAYERS = ["file", "lint", "dns", "tcp", "tls", "gateway", "key", "model"]
GOOD = stored_key_env(USE_AI_GATEWAY="true", AI_GATEWAY_MODE="gateway-stored-key")
COMPAT = {**GOOD, "OPENAI_BASE_URL": COMPAT_BASE, "AUTOGEN_MODEL": f"groq/{MODEL}"}
DIRECT = {"OPENAI_BASE_URL": GROQ_BASE, "AUTOGEN_MODEL": MODEL, "GROQ_API_KEY": KEY,
          "USE_AI_GATEWAY": "false", "AI_GATEWAY_MODE": "direct"}

# scenario -> (the .env, the layer that fails or None, exit code). Written out, not derived
# from the code's table: a scenario added to the emulator must be added here too.
EXPECTED: dict[str, tuple[dict[str, str | None], str | None, int]] = {
    "ok": (GOOD, None, 0),
    "gateway-no-models": (GOOD, None, 0),
    "token-missing": (GOOD, "gateway", 4),
    "token-wrong": (GOOD, "gateway", 4),
    "gateway-not-found": (GOOD, "gateway", 4),
    "compat-bare-model": (COMPAT, "model", 4),
    "invalid-provider": (COMPAT, "model", 4),
    "stray-authorization": (GOOD, "key", 5),
    "groq-invalid-key": (GOOD, "key", 5),
    "model-not-found": (GOOD, "model", 5),
    "model-retired": (GOOD, "model", 5),
    "gateway-rate-limit": (GOOD, "gateway", 4),
    "groq-rate-limit": (GOOD, "model", 5),
    "provider-5xx": (GOOD, "model", 5),
    "hang": (GOOD, "gateway", 6),
    "reset": (GOOD, "gateway", 6),
    "empty": (GOOD, "gateway", 6),
    "not-http": (GOOD, "gateway", 6),
    "slow-drip": (GOOD, "gateway", 6),
    "huge-body": (GOOD, "gateway", 1),
    "gzip": (GOOD, "key", 5),
    "gzip-bomb": (GOOD, "gateway", 1),
    "redirect": (GOOD, "gateway", 1),
    "echo-key": (GOOD, "key", 5),
}


@pytest.fixture(scope="module")
def emu() -> Iterator[Emulator]:
    with emulator.start() as e:
        yield e


def doctor(tmp_path: Path, capsys: pytest.CaptureFixture[str], env: dict[str, str | None],
           *extra: str, fmt: str = "json", timeout: str = "3") -> Run:
    path = write_env(tmp_path, env)
    return cli(capsys, "doctor", "--env-file", str(path), "--format", fmt, "--timeout",
               timeout, *extra)


def statuses(run: Run) -> dict[str, str]:
    return {c["layer"]: c["status"] for c in run.json["checks"]}


def test_every_scenario_is_expected() -> None:
    assert set(EXPECTED) == set(SCENARIOS)


@pytest.mark.parametrize("scenario", EXPECTED)
def test_each_scenario_fails_at_its_layer(tmp_path, capsys, emu, scenario) -> None:
    env, layer, code = EXPECTED[scenario]
    emu.scenario = scenario
    try:
        r = doctor(tmp_path, capsys, env, "--connect-to", emu.connect_to(),
                   timeout="1.5" if scenario in ("hang", "slow-drip") else "5")
    finally:
        emu.scenario = "ok"
    assert r.code == code, r.out
    checks = r.json["checks"]
    assert [c["layer"] for c in checks] == LAYERS  # one line per layer, always in order
    failed = [c["layer"] for c in checks if c["status"] == "fail"]
    assert failed == ([layer] if layer else [])
    if layer:  # it stops there: everything after is skipped, everything before passed
        after = LAYERS[LAYERS.index(layer) + 1:]
        assert all(statuses(r)[x] == "skip" for x in after)
        assert all(statuses(r)[x] in ("pass", "warn", "skip") for x in LAYERS[:LAYERS.index(layer)])
        assert next(c for c in checks if c["status"] == "fail")["fix"]
    assert r.json["diagnosis"]["request"]["auth_headers"] == ["cf-aig-authorization"]
    assert_no_secret(r.out + r.err, TOKEN, KEY)


def test_all_pass_in_text_with_the_tls_layer_skipped_for_plain_http(tmp_path, capsys, emu):
    r = doctor(tmp_path, capsys, GOOD, "--connect-to", emu.connect_to(), fmt="text")
    assert r.code == 0
    lines = r.out.splitlines()
    assert len([x for x in lines if x.startswith("  ") and not x.startswith("        ")]) == 8
    assert "skip  tls" in r.out and "plain http://" in r.out
    assert "pass  key      the stored key works" in r.out
    assert r.out.rstrip().endswith("Every layer passed.")


def test_direct_mode_skips_the_gateway(tmp_path, capsys, emu) -> None:
    r = doctor(tmp_path, capsys, DIRECT, "--connect-to", emu.connect_to(GROQ_HOST))
    assert r.code == 0 and statuses(r)["gateway"] == "skip"
    assert r.json["checks"][6]["name"] == "the provider accepts the key"


def test_a_gateway_without_authentication_is_a_warning(tmp_path, capsys, emu) -> None:
    env = {**GOOD, "OPENAI_BASE_URL": f"https://gateway.ai.cloudflare.com/v1/{ACCT}/"
           "open-gateway/groq", "CF_GATEWAY_TOKEN": None}
    path = write_env(tmp_path, env)  # lint would stop it: the user silenced the rule
    path.write_text("# setup-wizard: ignore[SW401]\n" + path.read_text())
    r = cli(capsys, "doctor", "--env-file", str(path), "--format", "json", "--connect-to",
            emu.connect_to())
    assert r.code == 0 and statuses(r)["gateway"] == "warn", r.out
    assert "authentication is off" in r.json["checks"][5]["detail"]


def test_a_closed_port_fails_the_tcp_layer_with_exit_6(tmp_path, capsys) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # free, and nothing listens once closed
    r = doctor(tmp_path, capsys, GOOD, "--connect-to",
               f"https://gateway.ai.cloudflare.com=http://127.0.0.1:{port}")
    assert r.code == 6
    assert statuses(r) == {**dict.fromkeys(LAYERS, "skip"), "file": "pass", "lint": "pass",
                           "dns": "pass", "tcp": "fail"}
    assert r.json["diagnosis"]["cause"] == "connection-refused"


def test_a_name_that_does_not_resolve_fails_the_dns_layer(tmp_path, capsys) -> None:
    r = doctor(tmp_path, capsys, GOOD, "--connect-to",
               "https://gateway.ai.cloudflare.com=http://nonexistent.invalid:8787")
    assert r.code == 6 and statuses(r)["dns"] == "fail"
    assert r.json["diagnosis"]["origin"] == "network"
    assert r.json["diagnosis"]["cause"] == "dns-failure"


@pytest.fixture
def untrusted_tls(tmp_path: Path) -> Iterator[int]:
    """A TLS server on loopback with a self-signed certificate (made by openssl here)."""
    if shutil.which("openssl") is None:
        pytest.skip("openssl is not installed")
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt",
                    "ec_paramgen_curve:prime256v1", "-nodes", "-keyout", str(key), "-out",
                    str(cert), "-days", "1", "-subj", "/CN=127.0.0.1"], check=True,
                   capture_output=True, timeout=60)
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(cert, key)
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    stop = threading.Event()

    def serve() -> None:
        while not stop.is_set():
            try:
                conn, _ = listener.accept()
            except OSError:
                return
            try:
                with ctx.wrap_socket(conn, server_side=True):
                    pass
            except (ssl.SSLError, OSError):
                pass  # the client refuses the certificate: expected

    t = threading.Thread(target=serve, daemon=True)
    t.start()
    yield listener.getsockname()[1]
    stop.set()
    listener.close()
    t.join(2)


def test_an_untrusted_certificate_fails_the_tls_layer(tmp_path, capsys, untrusted_tls) -> None:
    r = doctor(tmp_path, capsys, GOOD, "--connect-to",
               f"https://gateway.ai.cloudflare.com=https://127.0.0.1:{untrusted_tls}")
    assert r.code == 6, r.out
    assert statuses(r)["tcp"] == "pass" and statuses(r)["tls"] == "fail"
    assert "not trusted" in r.json["checks"][4]["detail"]
    assert r.json["diagnosis"]["cause"] == "tls-error"


def test_a_missing_file_fails_the_first_layer_with_exit_2(tmp_path, capsys) -> None:
    r = cli(capsys, "doctor", "--env-file", str(tmp_path / "none.env"), "--format", "json")
    assert r.code == 2 and statuses(r)["file"] == "fail"
    assert r.json["diagnosis"] is None and "does not exist" in r.json["checks"][0]["detail"]


def test_lint_errors_stop_before_the_network(tmp_path, capsys, emu) -> None:
    before = len(emu.seen)
    r = doctor(tmp_path, capsys, {**GOOD, "AUTOGEN_MODEL": "llama-3.1-8b-instant"},
               "--connect-to", emu.connect_to())
    assert r.code == 1 and statuses(r)["lint"] == "fail" and statuses(r)["dns"] == "skip"
    assert "SW301" in r.json["checks"][1]["detail"] and r.json["diagnosis"] is None
    assert len(emu.seen) == before  # nothing was sent


def test_unparsable_lines_are_a_warning_of_the_file_layer(tmp_path, capsys, emu) -> None:
    path = write_env(tmp_path, GOOD)
    path.write_text(path.read_text() + "this is not a setting\n")
    r = cli(capsys, "doctor", "--env-file", str(path), "--format", "json", "--connect-to",
            emu.connect_to())
    assert statuses(r)["file"] == "warn" and "skips line(s) 6" in r.json["checks"][0]["detail"]


def test_json_holds_the_probes_fields_and_each_check_its_five(tmp_path, capsys, emu) -> None:
    r = doctor(tmp_path, capsys, GOOD, "--connect-to", emu.connect_to())
    assert set(r.json) == {"checks", "diagnosis"}
    assert all(set(c) == {"layer", "name", "status", "detail", "fix"} for c in r.json["checks"])
    probe = cli(capsys, "probe", "--env-file", str(tmp_path / ".env"), "--format", "json",
                "--connect-to", emu.connect_to())
    assert set(r.json["diagnosis"]) == set(probe.json)


def test_var_maps_the_names_doctor_reads(tmp_path, capsys, emu) -> None:
    env = {"LLM_URL": GOOD["OPENAI_BASE_URL"], "LLM_MODEL": MODEL, "AIG_TOKEN": TOKEN,
           "AI_GATEWAY_MODE": "gateway-stored-key", "USE_AI_GATEWAY": "true"}
    r = doctor(tmp_path, capsys, env, "--connect-to", emu.connect_to(), "--var",
               "base_url=LLM_URL", "--var", "model=LLM_MODEL", "--var", "gateway_token=AIG_TOKEN")
    assert r.code == 0, r.out
    assert "--var base_url=LLM_URL" in r.json["checks"][0]["detail"]


def test_secrets_never_show_in_text_or_json(tmp_path, capsys, emu) -> None:
    emu.scenario = "echo-key"
    try:
        for fmt in ("text", "json"):
            r = doctor(tmp_path, capsys, GOOD, "--connect-to", emu.connect_to(), fmt=fmt)
            assert r.code == 5
            assert_no_secret(r.out + r.err, TOKEN, KEY)
    finally:
        emu.scenario = "ok"


@pytest.mark.parametrize("argv, says", [
    (["--timeout", "0"], "--timeout"),
    (["--connect-to", "nonsense"], "ORIGIN=URL"),
    (["--var", "nope=X"], "is not a role"),
])
def test_bad_arguments_exit_2_before_any_check(tmp_path, capsys, argv, says) -> None:
    path = write_env(tmp_path, GOOD)
    r = cli(capsys, "doctor", "--env-file", str(path), *argv)
    assert r.code == 2 and says in r.err and r.out == ""
