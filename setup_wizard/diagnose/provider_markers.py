"""Which provider answered when the envelope does not say: markers weighed, then what was sent.

Groq and OpenAI share one body shape, so headers and small body habits (error.param, Groq-only
codes, HTTP 498) are scored; only a clear lead decides, never `server: cloudflare`.
"""

from __future__ import annotations

import re
from typing import Any

from setup_wizard.config import providers
from setup_wizard.diagnose import shapes
from setup_wizard.diagnose.diagnosis import PROVIDER_ORIGINS
from setup_wizard.diagnose.verdict import Answer, text_of


def marker_scores(inp: Answer, err: dict[str, Any] | None) -> tuple[dict[str, int], list[str]]:
    """Points per provider from headers and, for OpenAI-style bodies, from the body."""
    scores: dict[str, int] = {}
    says: list[str] = []

    def add(origin: str, weight: int, text: str) -> None:
        scores[origin] = scores.get(origin, 0) + weight
        says.append(text)

    for hm in shapes.HEADER_MARKERS:
        value = inp.headers.get(hm.name)
        if value is not None and (hm.value is None or re.fullmatch(hm.value, value.strip())):
            add(hm.origin, hm.weight, hm.says)
    for bm in shapes.BODY_MARKERS:
        if re.search(bm.pattern, inp.text):
            add(bm.origin, bm.weight, f"body: {bm.says}")
    if err is not None:
        code = text_of(err.get("code"))
        if code in shapes.GROQ_ONLY_CODES:
            add("groq", 2, f"error.code {code} is sent by Groq only")
        if "param" in err:
            add("openai", 1, shapes.PARAM_PRESENT_SAYS)
        else:
            add("groq", 1, shapes.PARAM_ABSENT_SAYS)
        if err.get("type") == "tokens" and inp.status == 413:
            add("groq", 2, "type 'tokens' with HTTP 413 (Groq's request-too-large)")
    if inp.status == 498:
        add("groq", 2, "HTTP 498 (Groq flex tier capacity)")
    return scores, says


def pick_origin(inp: Answer, scores: dict[str, int], says: list[str]) -> str:
    """Markers decide when one provider clearly leads; else what was sent breaks the tie."""
    ranked = sorted(scores.items(), key=lambda kv: kv[1], reverse=True)
    if ranked and ranked[0][1] >= 2 and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
        return ranked[0][0]
    spec = providers.get(inp.sent.provider) if inp.sent.provider else None
    if spec and spec.origin in PROVIDER_ORIGINS:
        says.append(f"no decisive provider marker; origin taken from what was sent "
                    f"(provider {spec.slug})")
        return spec.origin
    says.append("no decisive provider marker and the provider sent to is not known")
    return "unknown"
