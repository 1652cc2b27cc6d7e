"""init, probe and explain read a .env the same way: one `inference.infer`."""

from __future__ import annotations

import pytest

from setup_wizard.commands.explain import sent_from_env
from setup_wizard.config.inference import infer
from setup_wizard.config.model import answers_from_env
from setup_wizard.probe.request import plan_request

ACCT = "d4ba2e3c15c942c374380afd7fb7f441"
GW = f"https://gateway.ai.cloudflare.com/v1/{ACCT}/omni"
GSK = "gsk_" + "A1b2C3d4E5" * 4 + "Zz" * 4 + "1a2b"
TOKEN = "cfut_" + "Zz9Yy8Xx7Ww6" * 3
MODEL = "openai/gpt-oss-20b"

CASES = [
    ({"OPENAI_BASE_URL": f"{GW}/groq", "CF_GATEWAY_TOKEN": TOKEN},
     "groq", "gateway-stored-key"),
    ({"OPENAI_BASE_URL": f"{GW}/groq", "CF_GATEWAY_TOKEN": TOKEN, "GROQ_API_KEY": GSK},
     "groq", "gateway-request-key"),
    ({"OPENAI_BASE_URL": f"{GW}/compat", "AUTOGEN_MODEL": f"groq/{MODEL}",
      "CF_GATEWAY_TOKEN": TOKEN}, "groq", "gateway-stored-key"),
    ({"OPENAI_BASE_URL": "https://api.groq.com/openai/v1", "GROQ_API_KEY": GSK},
     "groq", "direct"),
    ({"OPENAI_BASE_URL": "http://127.0.0.1:9/v1", "GROQ_API_KEY": GSK}, "groq", "direct"),
    ({"OPENAI_BASE_URL": f"{GW}/groq", "CF_GATEWAY_TOKEN": TOKEN, "GROQ_API_KEY": GSK,
      "AI_GATEWAY_MODE": "gateway-stored-key"}, "groq", "gateway-stored-key"),
]


@pytest.mark.parametrize(("values", "provider", "mode"), CASES)
def test_every_reader_agrees(values: dict[str, str], provider: str, mode: str) -> None:
    values = {"AUTOGEN_MODEL": MODEL, **values}
    inf = infer(values)
    assert (inf.provider and inf.provider.slug, inf.mode) == (provider, mode)
    sent = plan_request(values).sent
    assert (sent.provider, sent.mode) == (provider, mode)
    explained = sent_from_env(values)
    assert (explained.provider, explained.mode, explained.endpoint) == (
        provider, mode, sent.endpoint)
    answers = answers_from_env(values)
    assert (answers["provider"], answers["mode"]) == (provider, mode)
