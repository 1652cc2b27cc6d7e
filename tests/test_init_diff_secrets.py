"""`init`'s diff never prints the user's other credentials as context (issue 10, item 2).

The class: lines `init` does not touch are shown around the ones it changes, and their
values were masked only when the name said "KEY" or "TOKEN". URL passwords, vendor keys
under neutral names and multi-line private keys are credentials whatever they are called.
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest
from init_support import ACCT, GW, TOKEN, clean_environment

from setup_wizard import cli
from setup_wizard.masking import mask_credentials

PG_PASSWORD = "pg-Pa55word-hunter2"
REDIS_PASSWORD = "r3d1s-only-password"
STRIPE = "sk_live_" + "51HxQwErTyUiOp" * 2
AWS_ID = "AKIA" + "Q7W3E5R2T8Y4U6I1"
PEM_BODY = ("MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7VJTUt9Us8cKj",
            "MgF1ABvS0nq1xC2JrX0b4pQ7Zc9mKvLrFt3dsSgM8wuT1O5ycC0kCqf0OzxG7h1e",
            "Kq+9/zT0wQ==")  # the short last line of a key is still part of it
PEM = ("-----BEGIN PRIVATE KEY-----\n" + "\n".join(PEM_BODY) + "\n-----END PRIVATE KEY-----")
CREDENTIALS = (PG_PASSWORD, REDIS_PASSWORD, STRIPE, AWS_ID, *PEM_BODY)

# Every credential sits within three lines of a managed key, so it is diff context.
EXISTING = (
    f"DATABASE_URL=postgres://app:{PG_PASSWORD}@db.internal:5432/app\n"
    f"REDIS_URL=redis://:{REDIS_PASSWORD}@cache:6379/0\n"
    f"STRIPE_SK={STRIPE}\n"
    "OPENAI_BASE_URL=https://api.groq.com/openai/v1\n"
    f'SIGNING_PEM="{PEM}"\n'
    f"AWS_ID={AWS_ID}\n"
    "AUTOGEN_MODEL=openai/gpt-oss-120b\n"
    'ESCAPED_PEM="-----BEGIN RSA PRIVATE KEY-----\\n' + "\\n".join(PEM_BODY)
    + '\\n-----END RSA PRIVATE KEY-----"\n'
)


def assert_no_credential(text: str) -> None:
    for c in CREDENTIALS:
        for i in range(max(1, len(c) - 9)):
            assert c[i:i + 10] not in text, f"a slice of {c[:6]}... is in the output"


def test_context_lines_mask_every_kind_of_credential(tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    clean_environment(monkeypatch)
    monkeypatch.setenv("CF_GATEWAY_TOKEN", TOKEN)
    env = tmp_path / ".env"
    env.write_text(EXISTING)
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    code = cli.main(["init", "--no-probe", "--dry-run", "--env-file", str(env),
                     "--account-id", ACCT, "--gateway", GW, "--mode", "gateway-stored-key"])
    out = capsys.readouterr()
    assert code == 0, out.err
    context = [ln for ln in out.out.splitlines() if ln.startswith(" ")]
    # The lines are there, as context, with their credentials masked.
    for name in ("DATABASE_URL=postgres://app:", "REDIS_URL=redis://:", "STRIPE_SK=sk_live_",
                 "AWS_ID=", 'SIGNING_PEM="-----BEGIN PRIVATE KEY-----'):
        assert any(ln.startswith(" " + name) for ln in context), name
    assert_no_credential(out.out + out.err)
    assert env.read_text() == EXISTING  # dry run


@pytest.mark.parametrize("pem", [PEM, PEM.replace("\n", "\\n"),
                                 PEM.removesuffix("-----END PRIVATE KEY-----")])
def test_private_keys_are_masked_whole(pem: str) -> None:
    out = mask_credentials(f'KEY_FILE="{pem}"\nNEXT=1\n')
    assert_no_credential(out)
    assert "PRIVATE KEY" in out and out.endswith("NEXT=1\n")  # what it was stays readable
