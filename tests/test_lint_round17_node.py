"""Lint, round 17: .env files written for Node's dotenv (issue #12).

Cloudflare's deprecation of Workers AI models of 2026-05-08, in full.
"""

from __future__ import annotations

import pytest

from setup_wizard.lint.engine import lint_text


def _codes(text: str) -> list[tuple[str, str | None]]:
    return [(f.code, f.key) for f in lint_text(text, environ={})]


# -- family C: Workers AI's deprecations of 2026-05-30, the whole list -----------------------
@pytest.mark.parametrize("model", ["@hf/nousresearch/hermes-2-pro-mistral-7b",
                                   "@cf/microsoft/phi-2", "@cf/defog/sqlcoder-7b-2"])
def test_every_model_of_cloudflares_notice_is_retired(model: str) -> None:
    text = f"CLOUDFLARE_API_TOKEN={'LiNtCfApI' * 4}Tk7W\nCLOUDFLARE_MODEL={model}\n"
    assert ("SW301", "CLOUDFLARE_MODEL") in _codes(text)


@pytest.mark.parametrize("model", ["@cf/meta/llama-3.1-8b-instruct-fast",
                                   "@cf/mistral/mistral-7b-instruct-v0.2-lora",
                                   "@cf/nousresearch/hermes-3-llama-3.1-8b"])
def test_the_variants_that_stay_are_not_retired(model: str) -> None:
    text = f"CLOUDFLARE_API_TOKEN={'LiNtCfApI' * 4}Tk7W\nCLOUDFLARE_MODEL={model}\n"
    assert not any(code == "SW301" for code, _key in _codes(text))
