"""A value that looks like a credential is masked wherever it appears, whatever its name.

The class (issue 10, item 1): secrets were masked by the *name* of the variable holding them,
so a key pasted under the wrong name (`AUTOGEN_MODEL=gsk_...`), a token in the URL's account
segment or a `Bearer ...` in a pasted log came out in clear. Each output path is driven here
with such values, and its whole output scanned.
"""

from __future__ import annotations

import io
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st

from setup_wizard import cli
from setup_wizard.config import providers
from setup_wizard.emulator import server as emulator
from setup_wizard.masking import Redactor, mask_credentials

ACCT = "d4ba2e3c15c942c374380afd7fb7f441"
GSK = "gsk_" + "ShApEkEy7q" * 5 + "Zz9Ab1"  # 56 characters, a Groq key's shape
ENTROPY = "Zt8Qv3Lm9Rx2Kp7Wn4Hs6Jd1Fy5"  # no vendor prefix: only its randomness gives it away
BEARER = "Mx4Kq8Zr2Lp6Wt0Nv5Bs9Hd3"
PASSWORD = "hunter2-but-longer"
QUERY_KEY = "AIzaSyQv7Lm3Kp9Rx2Wn4Hs6Jd1Fy5Zt8Bq0Cc"  # Google-style key in ?key=
SHAPES = (GSK, ENTROPY, BEARER, PASSWORD, QUERY_KEY)


def assert_masked(text: str, secrets: tuple[str, ...] = SHAPES) -> None:
    for s in secrets:
        for i in range(len(s) - 9):
            assert s[i:i + 10] not in text, f"a slice of {s[:4]}... is in the output"


# -- the mechanism ---------------------------------------------------------------------------
@pytest.mark.parametrize("text, secret", [
    (f"AUTOGEN_MODEL: {GSK!r} is not a Groq model", GSK),
    (f"account ID {ENTROPY!r}: need 32 hex characters", ENTROPY),
    (f"Authorization: Bearer {BEARER}", BEARER),
    (f"authorization: bearer {BEARER}", BEARER),
    # A UUID-like or word-led token is still a value after Bearer, not prose.
    ("Authorization: Bearer deadbeef-1234-5678-9abc-def012345678", "9abc-def012345678"),
    ("curl -H 'Authorization: Bearer dummy-key-value-123456'", "dummy-key-value-123456"),
    (f"postgres://app:{PASSWORD}@db.internal:5432/app", PASSWORD),
    (f"redis://:{PASSWORD}@cache:6379/0", PASSWORD),
    (f"https://generativelanguage.googleapis.com/v1beta?key={QUERY_KEY}&alt=sse", QUERY_KEY),
    (f"GET /v1/models?api_key={ENTROPY} -> 401", ENTROPY),
    ("STRIPE_SK=sk_live_" + "51HxQwErTy" * 3, "51HxQwErTy" * 3),
    ("ghp_" + "Ab1Cd2Ef3Gh4" * 3, "Ab1Cd2Ef3Gh4" * 3),
])
def test_credential_shapes_are_masked(text: str, secret: str) -> None:
    out = mask_credentials(text)
    assert secret not in out and out != text
    assert mask_credentials(out) == out  # masking twice changes nothing more


NOT_SECRETS = [
    f"https://gateway.ai.cloudflare.com/v1/{ACCT}/my-gateway/groq",
    "https://api.groq.com/openai/v1/chat/completions",
    "https://github.com/cloudflare/cloudflare-docs/blob/2f37a1f8148869e39c71b0a9bd69a8449bea827b/x.mdx",
    "meta-llama/Llama-3.3-70B-Instruct-Turbo", "Qwen/Qwen2.5-Coder-32B-Instruct",
    "@cf/meta/llama-3.1-8b-instruct-fp8-fast", "req_01jhq3z5k8x9m2n4p6r8t0v2w4",
    "123e4567-e89b-12d3-a456-426614174000", "AuthenticationErrorInvalidApiKeyException",
    "the key was sent as Bearer <token>; use a bearer token", "postgres://app@db/app",
    "dummy-key", "sk-dummy", "gateway-stored-key", "x-ratelimit-remaining-tokens",
]


@pytest.mark.parametrize("text, kept", [
    # A message that quotes a URL in parentheses keeps its closing ")" (lint's SW223 did not).
    (f"carries credentials (https://h/v1?api_key={ENTROPY}); they end up in logs", ");"),
    (f"(see https://h/v1?token={ENTROPY})", ")"),
])
def test_a_closing_parenthesis_after_a_query_secret_stays(text: str, kept: str) -> None:
    out = mask_credentials(text)
    assert ENTROPY not in out and ENTROPY[-4:] + kept in out


def test_a_parenthesis_inside_a_query_value_does_not_unmask_its_tail() -> None:
    out = mask_credentials(f"https://h/v1?key={ENTROPY[:12]}){ENTROPY[12:]}&x=1")
    assert ENTROPY[12:] not in out and ENTROPY[:12] not in out


@pytest.mark.parametrize("text", NOT_SECRETS)
def test_ordinary_values_are_left_alone(text: str) -> None:
    assert mask_credentials(text) == text


def test_no_model_or_url_of_the_tables_is_mistaken_for_a_secret() -> None:
    for p in providers.PROVIDERS.values():
        for m in (*p.models, *p.known_models, *(r.id for r in p.retired)):
            assert mask_credentials(m) == m
        assert mask_credentials(p.direct_base_url) == p.direct_base_url


@given(st.text(alphabet="0123456789abcdef", min_size=32, max_size=64))
def test_lower_case_hex_ids_stay_readable(hexid: str) -> None:
    # Account IDs, commit hashes and request IDs are lower-case hex: never masked by shape.
    assert mask_credentials(f"/v1/{hexid}/gw") == f"/v1/{hexid}/gw"


def test_redactor_masks_shapes_besides_the_secrets_it_knows() -> None:
    redact = Redactor(["known-secret-value"])
    out = redact(f"known-secret-value and {GSK}")
    assert "known-secret-value" not in out and GSK not in out


# -- every output path -------------------------------------------------------------------------
LEAKY_ENV = (
    f"AI_GATEWAY_MODE={ENTROPY}\n"
    f"USE_AI_GATEWAY={GSK}\n"
    f"OPENAI_BASE_URL=https://gateway.ai.cloudflare.com/v1/{BEARER}/omni/groq\n"
    f"AUTOGEN_MODEL={GSK}\n"
    f"CF_GATEWAY_TOKEN=cfut_{'Qm7Rk2Lp9Xw4' * 3}\n"
    f"DATABASE_URL=postgres://app:{PASSWORD}@db/app\n"
)


@pytest.mark.parametrize("fmt", ["text", "json", "github"])
def test_lint_masks_credentials_under_any_name(fmt: str, tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    env = tmp_path / ".env"
    env.write_text(LEAKY_ENV)
    code = cli.main(["lint", "--format", fmt, str(env)])
    out = capsys.readouterr()
    assert code == 1 and "AUTOGEN_MODEL" in out.out  # the findings are there, masked
    assert_masked(out.out + out.err)


def test_lint_from_environment_masks_too(monkeypatch: pytest.MonkeyPatch,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("AUTOGEN_MODEL", GSK)
    monkeypatch.setenv("AI_GATEWAY_MODE", ENTROPY)
    cli.main(["lint", "--from-environment"])
    out = capsys.readouterr()
    assert "AUTOGEN_MODEL" in out.out
    assert_masked(out.out + out.err)


@pytest.mark.parametrize("fmt", ["text", "json"])
def test_explain_masks_credentials_it_was_never_told_about(
        fmt: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    pasted = (f"httpx.HTTPStatusError: Client error '401 Unauthorized' for url "
              f"'https://app:{PASSWORD}@proxy.internal/v1?key={QUERY_KEY}'\n"
              f"request headers: Authorization: Bearer {BEARER}\n"
              f'{{"error": {{"message": "Invalid API Key {ENTROPY}", '
              f'"type": "invalid_request_error", "code": "invalid_api_key"}}}}\n')
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(pasted.encode())))
    cli.main(["explain", "--status", "401", "--format", fmt])
    out = capsys.readouterr()
    assert out.out
    assert_masked(out.out + out.err)


def test_probe_masks_a_key_pasted_as_the_model(tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    env = tmp_path / ".env"
    env.write_text(f"OPENAI_BASE_URL=https://gateway.ai.cloudflare.com/v1/{ACCT}/gw/groq\n"
                   f"AUTOGEN_MODEL={ENTROPY}\nCF_GATEWAY_TOKEN=emulator-cf-token-{'0' * 22}\n")
    with emulator.start() as emu:  # the emulator echoes an unknown model in its 404
        for fmt in ("text", "json"):
            code = cli.main(["probe", "--env-file", str(env), "--format", fmt, "--connect-to",
                             f"https://gateway.ai.cloudflare.com={emu.url}"])
            out = capsys.readouterr()
            assert code == 5, out
            assert_masked(out.out + out.err)
        assert emu.seen[0].json["model"] == ENTROPY  # it did go out, and came back


def test_init_masks_a_key_in_an_unrelated_place(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    for var in ("CF_GATEWAY_TOKEN", "GROQ_API_KEY"):
        monkeypatch.delenv(var, raising=False)
    env = tmp_path / ".env"
    env.write_text(LEAKY_ENV)
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    code = cli.main(["init", "--no-probe", "--dry-run", "--env-file", str(env),
                     "--account-id", ACCT, "--gateway", "omni"])
    out = capsys.readouterr()
    # The old model is a key: not offered as the default, and the refusal does not show it.
    assert code == 2 and "--model" in out.err
    assert_masked(out.out + out.err)
    code = cli.main(["init", "--no-probe", "--dry-run", "--env-file", str(env),
                     "--account-id", ACCT, "--gateway", "omni", "--model", "openai/gpt-oss-20b"])
    out = capsys.readouterr()
    assert code == 0, out.err
    assert "AUTOGEN_MODEL" in out.out  # the diff replaces the old model line
    assert_masked(out.out + out.err)


def test_init_error_for_a_key_given_as_the_model(tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("CF_GATEWAY_TOKEN", "cfut_" + "Qm7Rk2Lp9Xw4" * 3)
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    code = cli.main(["init", "--no-probe", "--dry-run", "--env-file", str(tmp_path / ".env"),
                     "--account-id", ACCT, "--gateway", "omni", "--model", GSK])
    out = capsys.readouterr()
    assert code == 2 and "--model" in out.err
    assert_masked(out.out + out.err)


def test_emulate_log_masks_credentials_in_request_paths() -> None:
    proc = subprocess.Popen([sys.executable, "-m", "setup_wizard", "emulate", "--port", "0"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env={**os.environ, "PYTHONUNBUFFERED": "1"})
    try:
        assert proc.stdout is not None
        url = re.search(r"http://127\.0\.0\.1:\d+", proc.stdout.readline())
        assert url
        httpx.get(f"{url.group(0)}/v1/{ACCT}/gw/groq/models?key={QUERY_KEY}",
                  headers={"cf-aig-authorization": f"Bearer {BEARER}"})
        proc.terminate()
        out, err = proc.communicate(timeout=10)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert "/models?key=" in out  # the request was logged, its key masked
    assert_masked(out + err)


def test_json_outputs_stay_valid_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    env = tmp_path / ".env"
    env.write_text(LEAKY_ENV)
    cli.main(["lint", "--format", "json", str(env)])
    json.loads(capsys.readouterr().out)
