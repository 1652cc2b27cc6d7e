"""Detectors for Cloudflare's own answers: edge pages, the AI Gateway envelope, API v4.

They run before the provider detectors (docs/sources.md#who-answered): a Cloudflare
envelope can wrap or replace any provider's, and an edge page means no provider saw the
request at all.
"""

from __future__ import annotations

import re

from setup_wizard.config import providers
from setup_wizard.diagnose import shapes
from setup_wizard.diagnose.verdict import Answer, Verdict, int_of, text_of


def edge(inp: Answer) -> Verdict | None:
    """Bare 'error code: 1xxx', Cloudflare HTML pages, 5xx JSON (docs/sources.md#edge-errors)."""
    d = inp.data
    if isinstance(d, dict) and d.get("cloudflare_error") is True:
        code = int_of(d.get("error_code")) or int_of(d.get("status"))
        zone = text_of(d.get("zone"))
        v = Verdict("cloudflare-edge", shapes.edge_cause(code, inp.status), code,
                    text_of(d.get("title")) or text_of(d.get("detail")))
        v.evidence.append("body: JSON with cloudflare_error: true (Cloudflare's edge error "
                          "page in its JSON form)")
        _zone(v, zone)
        return v
    m = shapes.EDGE_TEXT_CODE.match(inp.text) if d is None else None
    if m:
        code = int(m.group(1))
        v = Verdict("cloudflare-edge", shapes.edge_cause(code, inp.status), code,
                    inp.text.strip())
        v.evidence.append(f"body: bare text 'error code: {code}' (how Cloudflare's edge "
                          "answers a non-browser client)")
        return v
    if d is not None or not re.search(r"(?i)<(?:!doctype html|html|head|title|body)\b", inp.text):
        return None
    found = [mk for mk in shapes.EDGE_HTML_MARKERS if re.search(mk.pattern, inp.text)]
    title_m = re.search(r"(?is)<title>(.*?)</title>", inp.text)
    title = " ".join(title_m.group(1).split()) if title_m else None
    if not found:
        v = Verdict("unknown", "unknown", None, title)
        v.evidence.append("body: an HTML page with no Cloudflare marker (not a JSON API answer)")
        return v
    code = next((int(c.group(1)) for p in shapes.EDGE_HTML_CODE
                 if (c := re.search(p, inp.text))), None)
    zone = next((z.group(1) for p in shapes.EDGE_HTML_HOST
                 if (z := re.search(p, inp.text, re.IGNORECASE))), None)
    v = Verdict("cloudflare-edge", shapes.edge_cause(code, inp.status), code, title)
    v.evidence.extend(f"body: {mk.says}" for mk in found)
    _zone(v, zone)
    return v


def _zone(v: Verdict, zone: str | None) -> None:
    """Whose Cloudflare zone served the page: the provider's own is not the gateway."""
    if not zone:
        return
    own = zone.lower() == "gateway.ai.cloudflare.com"
    whose = "the gateway's host" if own else "the provider's or another site's own Cloudflare " \
        "zone, not your gateway"
    v.evidence.append(f"zone/host {zone}: {whose}")
    v.fields["zone"] = f" (Cloudflare in front of {zone})"


def gateway(inp: Answer) -> Verdict | None:
    """`error` is an array of {code,message}, or name AiGatewayError (sources.md#gateway-errors)."""
    d = inp.data
    says: str
    if isinstance(d, list) and d and all(isinstance(e, dict) and "code" in e for e in d):
        errors, top = d, {}
        says = ("body: a bare array of {code,message} (the SDK's rendering of the AI Gateway "
                "envelope's error field)")
    elif isinstance(d, dict) and (d.get("name") == "AiGatewayError" or "internalCode" in d or (
            isinstance(d.get("error"), list) and d.get("success") is False)):
        errors = d.get("error") if isinstance(d.get("error"), list) else []
        top = d
        says = ("body: name AiGatewayError (AI Gateway envelope)" if d.get("name") ==
                "AiGatewayError" else "body: error is an array of {code,message} (AI Gateway "
                "envelope)")
    else:
        return _gateway_salvage(inp)
    first = next((e for e in errors if isinstance(e, dict)), {})
    code = int_of(top.get("internalCode")) or int_of(first.get("code"))
    message = text_of(first.get("message")) or text_of(top.get("message"))
    return _gateway_verdict(inp, code, message, says)


def _gateway_salvage(inp: Answer) -> Verdict | None:
    """A truncated or malformed body that still shows the gateway envelope's opening."""
    if inp.data is not None:
        return None
    m = re.search(r'"error"\s*:\s*\[\s*\{\s*"code"\s*:\s*(\d+)', inp.text)
    if not m and '"name":"AiGatewayError"' not in inp.text.replace(" ", ""):
        return None
    code = int(m.group(1)) if m else None
    msg = re.search(r'"message"\s*:\s*"([^"]{1,300})"', inp.text)
    return _gateway_verdict(inp, code, msg.group(1) if msg else None,
                            "body: does not parse as JSON (truncated?) but opens like the AI "
                            "Gateway envelope")


def _gateway_verdict(inp: Answer, code: int | None, message: str | None,
                     says: str) -> Verdict:
    """One reading of a gateway code, whether the envelope parsed or was salvaged."""
    row = shapes.GATEWAY_CODES.get(code) if code is not None else None
    v = Verdict("cloudflare-gateway", row.cause if row else "unknown", code, message)
    v.evidence.append(says)
    if row:
        cause = next((c for p, c in row.by_message if message and re.search(p, message)),
                     row.cause)
        v.cause = cause
        sure = "" if row.sure != "claim" else " (a third party's claim, UNCONFIRMED)"
        v.evidence.append(f"gateway code {code}: {row.meaning}{sure}")
    elif code is not None:
        v.evidence.append(f"gateway code {code} is not in this tool's table (UNCONFIRMED meaning)")
    if code == 2009 and inp.sent.sent_gateway_token is False:
        v.evidence.append("no cf-aig-authorization header was sent")
    if code == 2008 and inp.sent.model:
        prefix = inp.sent.model.partition("/")[0]
        right = providers.COMPAT_PREFIX_ALIASES.get(prefix)
        if right:
            v.fields["prefix_fix"] = f" ('{prefix}/' should be '{right}/')"
    return v


def api_v4(inp: Answer) -> Verdict | None:
    """docs/sources.md#api-v4-errors: `errors` (plural) list with `success`/`result`."""
    d = inp.data
    if not (isinstance(d, dict) and isinstance(d.get("errors"), list)
            and ("success" in d or "result" in d)):
        return None
    errors = [e for e in d["errors"] if isinstance(e, dict)]
    codes = [c for e in errors if (c := int_of(e.get("code"))) is not None]
    known = next((c for c in codes if c in shapes.API_V4_CODES), None)
    code = known if known is not None else (codes[0] if codes else None)
    first = next((e for e in errors if int_of(e.get("code")) == code), errors[0] if errors else {})
    row = shapes.API_V4_CODES.get(known) if known is not None else None
    v = Verdict("cloudflare-api", row.cause if row else "unknown", code,
                text_of(first.get("message")))
    v.evidence.append("body: errors (plural) array with success/result (Cloudflare API v4 "
                      "envelope: api.cloudflare.com, or Workers AI upstream through the gateway)")
    if row:
        v.evidence.append(f"Cloudflare API code {known}: {row.meaning}")
    return v
