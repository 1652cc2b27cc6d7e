"""Detectors for Cloudflare's own answers: edge pages, the AI Gateway envelope, API v4.

They run before the provider detectors (docs/sources.md#who-answered): a Cloudflare
envelope can wrap or replace any provider's, and an edge page means no provider saw the
request at all.
"""

from __future__ import annotations

import re

from setup_wizard.config import providers
from setup_wizard.diagnose import markers, pages, phrases, shapes
from setup_wizard.diagnose.pasted import is_envelope
from setup_wizard.diagnose.rx import rx
from setup_wizard.diagnose.verdict import Answer, Verdict, int_of, text_of

PAGE_SCAN = 256 * 1024  # an error page is a few KB; its markers are looked for in this much
TEXT_SCAN = 32 * 1024  # text forms of the gateway's and the API's errors: in this much
HTML_OPENING = re.compile(r"(?i)<(?:!doctype html|html|head|title|body)\b")


def edge(inp: Answer) -> Verdict | None:
    """Cloudflare's own pages: JSON, bare text, HTML or its text, whole or cut off.

    docs/sources.md#edge-errors; the markers are in `pages.py`.
    """
    d = inp.data
    if isinstance(d, dict) and d.get("cloudflare_error") is True:
        code = int_of(d.get("error_code")) or int_of(d.get("status"))
        v = Verdict("cloudflare-edge", pages.edge_cause(code, inp.status), code,
                    text_of(d.get("title")) or text_of(d.get("detail")))
        v.evidence.append("body: JSON with cloudflare_error: true (Cloudflare's edge error "
                          "page in its JSON form)")
        _zone(v, text_of(d.get("zone")))
        return v
    err = d.get("error") if isinstance(d, dict) and isinstance(d.get("error"), dict) else d
    if isinstance(err, dict) and re.fullmatch(r"cf_[a-z_]+", str(err.get("type") or "")):
        # Cloudflare in front of an API answering in that API's JSON shape: its own type names
        # (cf_bad_gateway, cf_gateway_timeout) say the server behind it did not answer.
        code = int_of(err.get("code")) or inp.status
        v = Verdict("cloudflare-edge", pages.edge_cause(code, inp.status), code,
                    text_of(err.get("message")))
        v.evidence.append(f"body: error type {err.get('type')} (Cloudflare's edge answering in "
                          "the API's JSON shape)")
        return v
    if inp.headers.get("cf-mitigated", "").strip().lower() == "challenge" and not is_envelope(d):
        v = Verdict("cloudflare-edge", "edge-blocked", inp.status, variant="challenge")
        v.evidence.append("header cf-mitigated: challenge (Cloudflare answered with a challenge "
                          "instead of passing the request on)")
        return v
    if inp.status in pages.EDGE_STATUSES and not is_envelope(d) and \
            not _has_page(inp.text[:PAGE_SCAN]):
        v = Verdict("cloudflare-edge", "edge-origin-error", inp.status)
        v.evidence.append(f"HTTP {inp.status}: a status only Cloudflare's edge sends (it got no "
                          "answer from the server behind it)")
        return v
    if d is not None:
        # A non-envelope object was the body (a config dict in a log): a page's text may sit
        # around it.
        if is_envelope(d) or not _has_marker(inp.context[:PAGE_SCAN]):
            return None
        text = inp.context[:PAGE_SCAN]
    else:
        text = inp.text[:PAGE_SCAN]
        if not _has_marker(text) and not HTML_OPENING.search(text) and inp.context and \
                _has_marker(whole := inp.context[:PAGE_SCAN] + "\n" + text):
            # A page's style sheet ("{background-image:...") read as an object cut off, or a
            # page's title read as the body after its status ("403 Forbidden: Just a
            # moment..."): the page's own markers are in the text around it. A whole page
            # without them is another server's, whatever the line around it says (an app
            # logging the cf-ray of the origin's nginx page Cloudflare relayed).
            text = whole
    m = pages.EDGE_TEXT_CODE.search(text)
    if m and len(text.strip()) <= 200:
        code = int(m.group(1))
        v = Verdict("cloudflare-edge", pages.edge_cause(code, inp.status), code,
                    f"error code: {code}")
        v.evidence.append(f"body: text 'error code: {code}' (how Cloudflare's edge answers a "
                          "non-browser client)")
        return v
    jt = pages.EDGE_JSON_TYPE.search(text)
    if jt and re.search(r'"cloudflare_error"\s*:\s*true', text):
        code = int(jt.group(1))
        v = Verdict("cloudflare-edge", pages.edge_cause(code, inp.status), code)
        v.evidence.append("body: cut-off JSON with cloudflare_error: true (Cloudflare's edge "
                          "error page in its JSON form)")
        return v
    html = HTML_OPENING.search(text) is not None
    # (the markers that need their status count only when no other server signed the answer)
    by_status = tuple(mk for statuses, mk in pages.STATUS_PAGE_MARKERS
                      if (inp.status or 0) in statuses) \
        if inp.headers.get("server", "cloudflare").strip().lower() == "cloudflare" else ()
    found = [mk for mk in (*pages.EDGE_PAGE_MARKERS, *by_status) if rx(mk.pattern).search(text)]
    # A page's own markers say more (its zone, its title): the code beside its title is for
    # the text that carries none of them.
    if not found and (titled := pages.titled_code(text)) is not None:
        code, title = titled
        v = Verdict("cloudflare-edge", pages.edge_cause(code, inp.status), code,
                    f"Error {code}: {title}")
        v.evidence.append(f"text: error {code} beside the title Cloudflare gives it ('{title}')")
        return v
    if not found and html and pages.TEMPLATE_CUT.search(text) and \
            inp.headers.get("server", "").strip().lower() == "cloudflare":
        v = Verdict("cloudflare-edge", pages.edge_cause(None, inp.status), None)
        v.evidence.append("body: an HTML page cut off in the opening of Cloudflare's error-page "
                          "template, served with 'server: cloudflare': likelier Cloudflare's own "
                          "page than the site's; to settle it, look for 'Ray ID' or "
                          "cf-error-details in the whole page")
        return v
    if not found:
        return _plain_html(inp) if html else None
    code = next((int(c.group(1)) for p in pages.EDGE_CODE
                 if (c := re.search(p, text))), None)
    if code is None and (titled := pages.titled_code(text)) is not None:
        code = titled[0]  # "error 1102: Worker exceeded resource limits", a marker too
    if code is None:  # the words of one 1xxx page ("... has banned your IP address (...)")
        code = next((mk.code for mk in found if mk.code is not None), None)
    zone = next((z.group(1) for p in pages.EDGE_HOST
                 if (z := re.search(p, text, re.IGNORECASE))), None)
    title = _title(text)
    reason = pages.reason_title_codes(title) if code is None else None
    if reason is not None:  # "DNS points to prohibited IP | api.cloudflare.com | Cloudflare"
        codes = reason[1]
        code = codes[0] if len(codes) == 1 else None
        inp.evidence.append(f"title '{reason[0]} | <host> | Cloudflare': the title Cloudflare "
                            f"gives error {' / '.join(map(str, codes))}")
    challenge = code is None and any(mk.variant == "challenge" for mk in found)
    # A challenge checks the visitor whatever status it came with: until about 2021 its
    # JS check was served with 503, which alone would say the site behind failed.
    cause = "edge-blocked" if challenge else pages.edge_cause(
        code if reason is None or code is not None else reason[1][0], inp.status)
    if cause == "unknown":
        cause = next((mk.cause for mk in found if mk.cause), "unknown")
    if cause == "unknown":  # a 400 or 413 the edge itself refused (header or body too large)
        cause = shapes.status_cause(inp.status, provider_known=False) or "unknown"
    v = Verdict("cloudflare-edge", cause, code, title)
    if code is None:  # the challenge has no code: its own fix
        v.variant = next((mk.variant for mk in found if mk.variant), None)
    v.evidence.extend(f"body: {mk.says}" for mk in found)
    if not html and not re.search(r"(?i)<(?:link|style|script|meta|div)\b", text):
        v.evidence.append("body: the text of a Cloudflare error page (as a browser shows it)")
    _zone(v, zone)
    return v


def _has_page(text: str) -> bool:
    return re.search(r"(?i)<(?:!doctype html|html)\b", text) is not None or _has_marker(text)


def _has_marker(text: str) -> bool:
    return any(rx(mk.pattern).search(text) for mk in pages.EDGE_PAGE_MARKERS)


def _title(text: str) -> str | None:
    """The first <title>'s words, blanks squeezed. Found by two searches, not a lazy `.*?`
    regex: in a body of many <title>s and no </title> that scanned to the end from each one
    (1 MB took a minute in `explain`)."""
    opening = re.search(r"(?i)<title>", text)
    closing = re.compile(r"(?i)</title>").search(text, opening.end()) if opening else None
    return " ".join(text[opening.end():closing.start()].split()) if opening and closing else None


def _plain_html(inp: Answer) -> Verdict:
    """An HTML page that is not Cloudflare's: the server's (or a proxy's) own."""
    v = Verdict("unknown", "unknown", None, _title(inp.text))
    v.evidence.append("body: an HTML page with no Cloudflare marker (not a JSON API answer)")
    if re.search(pages.PASSED_THROUGH.pattern, inp.text):
        v.evidence.append(f"body: {pages.PASSED_THROUGH.says}")
    if re.search(r"(?i)<center>\s*nginx", inp.text):
        v.evidence.append("body: nginx's own error page (the server or a proxy in front of it)")
    if inp.status in pages.EDGE_STATUSES:
        v = Verdict("cloudflare-edge", "edge-origin-error", inp.status, v.message)
        v.evidence.append(f"HTTP {inp.status}: a status only Cloudflare's edge sends (the page "
                          "itself shows no Cloudflare marker: cut off?)")
        return v
    status = inp.status
    if status is None and (t := re.search(r"(?i)<title>\s*(?:Error\s+)?([1-5]\d\d)\b",
                                          inp.text)):
        status = int(t.group(1))
        v.evidence.append(f"status {status} read from the page's title")
    own = next(((o, mk, host) for o, mk, host in pages.PROVIDER_PAGE_MARKERS
                if rx(mk.pattern).search(inp.text[:PAGE_SCAN])), None)
    if own is not None:
        v.evidence.append(f"body: {own[1].says}")
        if re.search(own[2], inp.text[:PAGE_SCAN] + " " + inp.context[:PAGE_SCAN]):
            v.origin = own[0]
        else:
            v.evidence.append(f"no {own[0]} API host in the text: the same front end serves other "
                              "sites, so who answered stays open")
        if status == 404:  # the front end has no such path: the URL is wrong, not the model
            v.cause, v.variant = "bad-request", "invalid-url"
            v.evidence.append("HTTP 404 from the front end: no such path (the base URL is wrong)")
            return v
    # A provider's own header on the answer: its front end (often nginx) sent the page.
    sender = next((hm for hm in markers.HEADER_MARKERS
                   if hm.weight >= 2 and markers.header_says(hm, inp.headers)), None)
    if sender is not None and v.origin == "unknown":
        v.origin = sender.origin
        v.evidence.append(f"{sender.says}: the page is its front end's")
    scause = shapes.status_cause(status, provider_known=v.origin != "unknown")
    if scause:
        v.cause = scause
        v.evidence.append(f"cause from HTTP {status} only")
    # (round 16, otheredge D) A proxy's 5xx page whose own title or heading says it timed out
    # (Fastly's and Varnish's "503 first byte timeout"): the words say which failure, as for
    # the same page as text (no_envelope.fallback).
    reason = phrases.generic_cause(_page_reason(inp.text[:PAGE_SCAN]))
    if scause == "provider-server-error" and reason is not None and reason.cause == "timeout":
        v.cause = reason.cause
        v.evidence.append(f"page: its title or heading says {reason.says}: the {status} is a "
                          "time-out")
    return v


_HEADING = re.compile(r"(?i)<h[1-3]\b[^<>]{0,200}>([^<>]{1,200})</h[1-3]>")


def _page_reason(text: str) -> str:
    """A page's own words for what went wrong: its title and its first headings (not its
    scripts or styles, where "timeout" is a setting's name)."""
    heads = [m.group(1) for _, m in zip(range(3), _HEADING.finditer(text), strict=False)]
    return " / ".join([_title(text) or "", *heads])


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
    if isinstance(d, list) and d and all(_code_message(e) for e in d):
        if ((first_code := int_of(d[0].get("code"))) in shapes.API_CODES
                and first_code not in shapes.GATEWAY_CODES) or _api_errors_list(inp, d) or \
                _v4_numbered(inp, first_code):
            return None  # the Cloudflare API's errors array printed alone (api_v4 reads it)
        errors, top = d, {}
        says = ("body: a bare array of {code,message} (the SDK's rendering of the AI Gateway "
                "envelope's error field)")
    elif isinstance(d, dict) and _named_not_gateway(d):
        return None  # Workers AI's own error in the shared shape ("AiError"): api_v4 reads it
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


def _named_not_gateway(d: dict[str, object]) -> bool:
    """The body names itself as another part of Cloudflare's AI stack than the gateway
    (shapes.AI_ERROR_NAMES): its internalCode is that part's, not a gateway code."""
    named = shapes.AI_ERROR_NAMES.get(str(d.get("name") or ""))
    return named is not None and named[0] != "cloudflare-gateway"


def _code_message(e: object) -> bool:
    """An item of the gateway's error list: a numeric code and a message, nothing else (a
    provider's whole envelope inside a list is not one, though it may have a `code`)."""
    return isinstance(e, dict) and int_of(e.get("code")) is not None and \
        set(e) <= {"code", "message", "documentation_url", "error_chain"}


def _v4_numbered(inp: Answer, code: int | None) -> bool:
    """A bare list's code in the v4 API's ranges (not the gateway's 2xxx), with no word of the
    gateway in the text around it: the API's errors printed alone."""
    return shapes.in_v4_ranges(code) and rx(shapes.GATEWAY_NAMED).search(
        inp.context[:TEXT_SCAN] + " " + inp.text[:TEXT_SCAN]) is None


def _api_errors_list(inp: Answer, d: list[object]) -> bool:
    """A bare {code, message} list that is the API v4 envelope's `errors` (plural), carries its
    `error_chain`, or is followed by the envelope's `messages` and `result`: the gateway's own
    envelope names its list `error` and has none of these (docs/sources.md#api-v4-errors).
    Read when a paste starts inside the envelope."""
    if any(isinstance(e, dict) and "error_chain" in e for e in d):
        return True
    around = inp.context[:TEXT_SCAN] + inp.text[:TEXT_SCAN]
    if re.search(r"""["']error["']\s*:\s*\[\s*\{""", around):
        return False
    # Its key before the list, or the envelope's own tail after it (messages, result).
    return bool(re.search(r"""["']errors["']\s*:\s*\[\s*\{""", around) or re.search(
        r"""\]\s*,\s*["']messages["']\s*:\s*\[[^\]]{0,2000}\]\s*,\s*["']result["']\s*:""",
        around))


def _gateway_salvage(inp: Answer) -> Verdict | None:
    """A truncated, escaped or malformed body that still shows the gateway envelope's opening."""
    if inp.data is not None:
        return _gateway_text(inp)
    t = inp.text[:TEXT_SCAN].replace('\\"', '"')
    m = re.search(r'"error"\s*:\s*\[\s*\{\s*"code"\s*:\s*(\d+)', t) or re.search(
        r"""["']code["']\s*:\s*(20[0-4]\d)\b""", t)
    if m and int(m.group(1)) not in shapes.GATEWAY_CODES and "AiGatewayError" not in t:
        m = None  # a loose "code": 20xx counts only when it is a known gateway code
    if not m and '"name":"AiGatewayError"' not in t.replace(" ", ""):
        return _gateway_text(inp)
    code = int(m.group(1)) if m else None
    msg = re.search(r'"message"\s*:\s*"([^"]{1,300})"', t)
    return _gateway_verdict(inp, code, msg.group(1) if msg else None,
                            "body: does not parse as JSON (truncated?) but opens like the AI "
                            "Gateway envelope")


# The error classes the Workers AI binding throws for its gateway calls (env.AI.gateway(id):
# getUrl, getLog, ...), as @cloudflare/workers-types declares them (docs/sources.md#gateway-errors).
_BINDING_ERROR = re.compile(r"\b(AiGateway(?:InternalError|LogNotFound))\b:?[ \t]*([^\n]{0,300})")


def _gateway_text(inp: Answer) -> Verdict | None:
    """The gateway's code and message as text ("2003: Rate limited", a thrown AiGatewayError,
    a status table line "402 2021 Insufficient balance ..."), or its own unique wording."""
    text = _flat(inp)
    if (found := _code_with_message(text, shapes.GATEWAY_CODES)) is not None:
        code, message = found
        return _gateway_verdict(inp, code, message, f"text: gateway code {code} with the "
                                "gateway's own message (its text form)")
    for code, row in shapes.GATEWAY_CODES.items():
        if row.unique and (u := rx(row.unique).search(text)):
            message = text[u.start():u.start() + 300].split('"')[0].strip()
            return _gateway_verdict(inp, code, message,
                                    "text: wording only the AI Gateway uses")
    for row in shapes.GATEWAY_SENTENCES:
        if (u := rx(row.pattern).search(text)) is not None:
            return _gateway_verdict(inp, row.code, text[u.start():u.start() + 300]
                                    .split('"')[0].strip(), f"text: {row.says}")
    if (b := _BINDING_ERROR.search(text)) is not None:
        return _gateway_verdict(inp, None, b.group(2).strip() or None,
                                f"text: {b.group(1)}, the error class of the AI binding's "
                                "gateway calls (Cloudflare's side of the gateway answered)")
    return None


def _flat(inp: Answer) -> str:
    """The body and the text around it, bounded, blanks folded (a log wraps lines)."""
    return " ".join((inp.text[:TEXT_SCAN] + " " + inp.context[:TEXT_SCAN]).split())


def _code_with_message(text: str, table: dict[int, shapes.CodeRow]) -> tuple[int, str] | None:
    """A code of `table` written as text with that code's own message after it: "2003: Rate
    limited", "Error: 6003: Invalid request headers", "Error code 9109: Unauthorized ..."
    (SDKs and logs print the code and the message, not the envelope)."""
    # "NNNN: message" anywhere (after a quote mark, "data: ", a log prefix); the code's own
    # message must follow, so a year or a port before a colon is not read as a code.
    for m in re.finditer(r"(?<![\w.])(\d{4,5})(?::\s*|\s+)(?=[A-Z])|(?<![\w.:])(\d{4,5}):\s*",
                         text):
        code = int(m.group(1) or m.group(2))
        row = table.get(code)
        if row and row.says and rx(row.says).match(text[m.end():]):
            return code, text[m.end():m.end() + 300].split('"')[0].strip()
    # The message first and the code after it: "Authentication error (10000)", "... [code:
    # 10000]"; or both labelled on nearby lines: "Error Code:7000 --> Error Message: ...".
    for m in re.finditer(r"(?i)\b(?:error[ _]?code|code)[\"']?\s*[:=]\s*(\d{4,5})\b", text):
        row = table.get(int(m.group(1)))
        if not (row and row.says):
            continue
        says, flags = (row.says[4:], re.I) if row.says.startswith("(?i)") else (row.says, 0)
        # the message labelled as such right after the code ("--> Error Message: ...")
        near = text[m.end():m.end() + 80]
        # (cloudflared prints "code: 10000, reason: Authentication error": its cfapi's
        # APIErr.Error(), https://github.com/cloudflare/cloudflared/blob/d1df7985bdf189c4caf34e
        # 290bafbf8f411e603b/cfapi/base_client.go#L218)
        # (and Ansible's cloudflare_dns "code: 6003, error: Invalid request headers")
        if said := re.match(rf"[\s>,;\"'-]*(?:(?:error[ _]?)?message|reason|error)[\"']?\s*[:=]\s*"
                            rf"[\"']?(?P<m>{says})", near, re.I):
            return int(m.group(1)), near[said.start("m"):].split('"')[0].strip()
    for m in re.finditer(r"[(\[](?:code:?\s*)?(\d{4,5})[)\]]", text):
        row = table.get(int(m.group(1)))
        if row is None or not row.says:
            continue
        says, flags = (row.says[4:], re.I) if row.says.startswith("(?i)") else (row.says, 0)
        before = text[max(0, m.start() - 200):m.start()]
        if said := re.search(rf"(?:{says})[^()\[\]\n]{{0,60}}?\s*$", before, flags):
            return int(m.group(1)), before[said.start():].strip()
    return None


def _gateway_verdict(inp: Answer, code: int | None, message: str | None,
                     says: str) -> Verdict:
    """One reading of a gateway code, whether the envelope parsed or was salvaged."""
    row = shapes.GATEWAY_CODES.get(code) if code is not None else None
    v = Verdict("cloudflare-gateway", row.cause if row else "unknown", code, message)
    v.evidence.append(says)
    if row:
        cause = next((c for p, c in row.by_message if message and rx(p).search(message)),
                     row.cause)
        v.cause = cause
        sure = "" if row.sure != "claim" else " (a third party's claim, UNCONFIRMED)"
        v.evidence.append(f"gateway code {code}: {row.meaning}{sure}")
    elif code is not None:
        v.evidence.append(f"gateway code {code} is not in this tool's table (UNCONFIRMED meaning)")
    said = next((r for r in shapes.GATEWAY_SENTENCES
                 if r.cause and message and rx(r.pattern).search(message)), None)
    if said is not None:  # a sentence that says which refusal it is, whatever its code
        v.cause, v.variant = said.cause, said.variant
        if said.says not in says:
            v.evidence.append(f"its message is {said.says}: the cause is read from it")
    if v.cause == "unknown" and (mc := shapes.message_cause(shapes.GATEWAY_MESSAGE_CAUSES,
                                                            message)):
        v.cause = mc
        v.evidence.append("cause read from the gateway's message (the code alone does not say)")
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
        return _api_v4_text(inp)
    errors = [e for e in d["errors"] if isinstance(e, dict)]
    if d.get("success") is True and not errors:
        v = Verdict("cloudflare-api", "ok")
        v.evidence.append("body: Cloudflare API v4 envelope with success: true and no errors "
                          "(a code in 'messages' is information, not an error)")
        return v
    codes = [c for e in errors if (c := int_of(e.get("code"))) is not None]
    known = next((c for c in codes if c in shapes.API_CODES), None)
    code = known if known is not None else (codes[0] if codes else None)
    first = next((e for e in errors if int_of(e.get("code")) == code), errors[0] if errors else {})
    v = _api_verdict(code, text_of(first.get("message")),
                     "body: errors (plural) array with success/result (Cloudflare API v4 "
                     "envelope: api.cloudflare.com, or Workers AI upstream through the "
                     "gateway)", inp.status)
    _header_chain(v, first.get("error_chain"))
    _chain_cause(v, first.get("error_chain"))
    return v


def _chain_cause(v: Verdict, chain: object) -> None:
    """A top message that says nothing this tool reads ("DNS Validation Error", 1004): the
    messages of its error_chain say why. Read by their words only, never by their codes: a
    chain's code is the sub-service's own numbering (9300 under 1004 is the DNS validator's
    tag quota, while the table's 9300 is a dashboard session that expired)."""
    if v.cause != "unknown" or not isinstance(chain, list):
        return
    for e in chain:
        message = text_of(e.get("message")) if isinstance(e, dict) else None
        if (mc := shapes.message_cause(shapes.API_MESSAGE_CAUSES, message)) is not None:
            v.cause = mc
            v.evidence.append(f"cause read from its error_chain's message ('{message}'), not "
                              "from the chain's code")
            return


def _header_chain(v: Verdict, chain: object) -> None:
    """6003/6004 say "Invalid request headers"; the first code of the error_chain under them
    names the header, which says whether it is the credential or the request's Content-Type."""
    if v.code not in (6003, 6004) or not isinstance(chain, list):
        return
    sub = next((c for e in chain if isinstance(e, dict) and (c := int_of(e.get("code")))
                in shapes.API_HEADER_CHAIN), None)
    if sub is not None:
        cause, meaning, _source = shapes.API_HEADER_CHAIN[sub]
        v.cause = cause
        v.evidence.append(f"its error_chain's code {sub}: {meaning}")


def _api_v4_text(inp: Answer) -> Verdict | None:
    """A bare {code, message} the API sent, or 'Cloudflare API error: 7001: ...' text."""
    d = inp.data
    if isinstance(d, dict) and _named_not_gateway(d):
        # Workers AI's error in the shape it shares with the gateway: its internalCode is read
        # with the Workers AI codes, its message says the rest.
        return _api_verdict(int_of(d.get("internalCode")),
                            text_of(d.get("message")) or text_of(d.get("description")),
                            f"body: name {d.get('name')} (Workers AI's own error, the model "
                            "behind the gateway; the gateway's is AiGatewayError)",
                            inp.status if inp.status is not None else int_of(d.get("httpCode")))
    around = _untabled(_unlinked(inp.text[:TEXT_SCAN] + " " + inp.context[:TEXT_SCAN]))
    api_marker = re.search(r"\bapi\.cloudflare\.com\b|/client/v4/|/user/tokens/verify\b",
                           around)
    if isinstance(d, dict) and set(d) <= {"code", "message"} and (code := int_of(
            d.get("code"))) in shapes.API_CODES and (code in shapes.API_V4_BARE or api_marker):
        return _api_verdict(code, text_of(d.get("message")),
                            "body: a bare {code, message} with a Cloudflare API code")
    if d is None:  # cut off or escaped (once or more): the API envelope's opening still shows
        t = re.sub(r'\\+"', '"', inp.text[:TEXT_SCAN])
        m = re.search(r'"errors"\s*:\s*\[\s*\{\s*"code"\s*:\s*(\d{4,5})\s*,\s*"message"\s*:'
                      r'\s*"([^"]{0,200})', t)
        if m and re.search(r'"success"\s*:\s*false|"result"\s*:', t):
            return _api_verdict(int(m.group(1)), m.group(2) or None,
                                "body: does not parse, but opens like the Cloudflare API v4 "
                                "envelope", inp.status)
    for failed in re.finditer(r"\brequest to the Cloudflare API \([^)]{0,300}\) failed\.?",
                              around):
        said = _coded(around, failed.end(), failed.end() + 400) or \
            _noted(around, failed.end(), failed.end() + 3000)
        if said is not None:  # wrangler's form: "... failed. Authentication error [code: 10000]"
            return _api_verdict(said[0], said[1],
                                "text: wrangler's 'A request to the Cloudflare API (...) failed' "
                                "with the API's code", inp.status)
    # (a CI log's "blank" line between them holds blanks: "failed.\n    \n  Unable to ...")
    w = re.search(r"\bA request to the Cloudflare API \((/[^)\n]{0,300})\) failed\.?\s*"
                  r"([^\n\[]{0,200})", around)
    if w:  # the same line cut before its code (a log's limit), or printed without one
        return _api_verdict(None, w.group(2).strip() or None,
                            "text: wrangler's 'A request to the Cloudflare API (...) failed' "
                            "(the code is not shown)", inp.status)
    for f in _CODE.finditer(around):
        # the same, its first line cut off: wrangler's footer says whose code it is
        if _WRANGLER_FOOTER.search(around, f.end(), f.end() + 700) is not None:
            lo = max(0, f.start() - 200)  # its words: up to 200 characters of its line
            line = max(around.rfind("\n", lo, f.start()), around.rfind("[", lo, f.start())) + 1
            return _api_verdict(int(f.group(1)), around[max(line, lo):f.start()].strip() or None,
                                "text: '[code: N]' above wrangler's footer ('please open an "
                                "issue at: https://github.com/cloudflare/workers-sdk/issues...')",
                                inp.status)
    if (p := _PAGES_CODE.search(around)) is not None:
        # Pages numbers its errors with 7 digits, 8000000 on: "Project not found. ... [code:
        # 8000007]" (wrangler's note alone), "code: 8000007, message: '...'" (its fields)
        if p.group(1):
            lo = max(0, p.start() - 200, around.rfind("\n", 0, p.start()) + 1)
            said = around[lo:p.start()].strip()
        else:
            said = (p.group(3) or "").strip()
        return _api_verdict(int(p.group(1) or p.group(2)), said or None,
                            "text: a 7-digit code from 8000000 on, the Pages API's numbering "
                            "(in wrangler's '[code: N]' or the envelope's fields)", inp.status)
    a = re.search(r"\bAiError:\s*(?:AiError:\s*)?(\d{4}):\s*([^\n\"]{0,200})", around)
    if a:  # the Workers AI binding's thrown error: "AiError: 5007: No such model ..."
        return _api_verdict(int(a.group(1)), a.group(2).strip() or None,
                            "text: the Workers AI binding's 'AiError: N: ...'", inp.status)
    m = re.search(r"Cloudflare API error:\s*(\d{4,5})\b:?\s*([^\n]{0,200})", around)
    if m:
        return _api_verdict(int(m.group(1)), m.group(2).strip() or None,
                            "text: 'Cloudflare API error: N' (a client of api.cloudflare.com)")
    if isinstance(d, list) and d and all(isinstance(e, dict) and "code" in e and "message" in e
                                         for e in d):
        if int_of(d[0].get("code")) in shapes.API_CODES:
            return _api_verdict(int_of(d[0].get("code")), text_of(d[0].get("message")),
                                "body: a bare array of {code, message} with a Cloudflare API "
                                "code (the API envelope's errors, printed alone)", inp.status)
        if _api_errors_list(inp, d):
            v = _api_verdict(int_of(d[0].get("code")), text_of(d[0].get("message")),
                             "body: the API envelope's errors list (its key 'errors', or an "
                             "error_chain), its start cut off", inp.status)
            _chain_cause(v, d[0].get("error_chain"))
            return v
        if _v4_numbered(inp, int_of(d[0].get("code"))):
            return _api_verdict(int_of(d[0].get("code")), text_of(d[0].get("message")),
                                "body: a bare array of {code, message} whose code is numbered "
                                "as the Cloudflare API numbers its errors (not AI Gateway's "
                                "2xxx), the gateway named nowhere", inp.status)
    if (printed := _printed(around)) is not None:
        return printed
    flat = _flat(inp)
    if (found := _code_with_message(flat, shapes.API_CODES)) is not None:
        code, message = found
        return _api_verdict(code, message, f"text: Cloudflare API code {code} with the API's "
                            "own message (its text form, as SDKs and logs print it)", inp.status)
    for code, unique in shapes.WORKERS_AI_UNIQUE:
        if (u := rx(unique).search(flat)) is not None:
            message = flat[u.start():u.start() + 300].split('"')[0].strip()
            return _api_verdict(code, message, "text: wording only Workers AI uses (its "
                                "errors page)", inp.status)
    for code, cause, unique, _source in shapes.API_V4_UNIQUE:
        if (u := rx(unique).search(flat)) is not None:
            message = flat[u.start():u.start() + 300].split('"')[0].strip()
            v = _api_verdict(code, message, "text: wording only the Cloudflare API or its own "
                             "clients write (its legacy auth headers' and permission groups' "
                             "names, its route errors, Workers AI clients' error lines)",
                             inp.status)
            if v.cause == "unknown":
                v.cause = cause
            return v
    return None


def _printed(text: str) -> Verdict | None:
    """A client's own print form of the API's code and message (shapes.API_V4_PRINTS). A
    3-digit code there is the HTTP status (python-cloudflare prints it when no JSON came)."""
    for pattern, named, says, _source in shapes.API_V4_PRINTS:
        for m in rx(pattern).finditer(text):
            code = int(m.group("code")) if m.group("code") else None
            message = m.group("m").strip() or None
            if named and not _named(text, m, code, message, named == "lines"):
                continue
            if code is not None and code < 1000:
                v = _api_verdict(None, message, f"text: {says}", code)
            else:
                v = _api_verdict(code, message, f"text: {says}")
            if v.cause == "unknown" and (g := phrases.generic_cause(message or "")) and g.cause:
                # The API's tables read nothing in it, a common error word does ("DNS
                # Validation Error"), as it would without the API named.
                v.cause = g.cause
                v.evidence.append(f"text: {g.says} (a common error word)")
            return v
    return None


def _named(text: str, m: re.Match[str], code: int | None, message: str | None,
           next_line: bool) -> bool:
    """The print's code is the API's: numbered as the API numbers its errors, with that code's
    own message, or a Cloudflare word on its line (or the next one)."""
    if not shapes.in_v4_ranges(code):
        return False
    row = shapes.API_CODES.get(code) if code is not None else None
    if row is not None and row.says and message and rx(row.says).search(message):
        return True
    start = text.rfind("\n", 0, m.start()) + 1
    end = text.find("\n", m.end() + 1) if next_line else text.find("\n", m.end())
    near = text[start:end if end >= 0 else len(text)][:2000]
    named = shapes.API_V4_PRINT_NAMED_NOT_EDGE if code in pages.EDGE_TITLES else \
        shapes.API_V4_PRINT_NAMED
    return rx(named).search(near) is not None


# Wrangler's "[code: N]" after the API's message, and the footer it prints under an API error.
# (Pages' codes have 7 digits: "[code: 8000007]", workers-sdk#9862)
_CODE = re.compile(r"\[code: (\d{3,7})\]")
_PAGES_CODE = re.compile(r"\[code: (8000\d{3})\]|\bcode: (8000\d{3})\b(?:,\s{0,5}message: "
                         r"'\s{0,5}([^'\n]{0,200}))?")
# (wrangler breaks the footer's line after "at:" on a narrow terminal: workers-sdk#10117)
_WRANGLER_FOOTER = re.compile(r"open an issue at:[ \t]*\n?[ \t]*https://github\.com/cloudflare/"
                              r"workers-sdk/issues")


def _coded(text: str, start: int, end: int) -> tuple[int, str | None] | None:
    """The first "[code: N]" in text[start:end] with the words before it on one line (at
    most 200 characters, no bracket): (N, the words or None). Found with str methods, not one
    pattern: a lazy message between two runs of blanks was quadratic on a long run of them
    (30,000 blanks after "failed." took over 30 s)."""
    window = text[start:end]
    c = _CODE.search(window)
    if c is None:
        return None
    # The message's paragraph: after the last blank line (blanks only count as blank, as CI
    # logs print them), at most three lines (a narrow terminal wraps "Could not route to
    # /client/v4/..., perhaps / your object identifier is invalid? [code: 7003]").
    lines = window[:c.start()].split("\n")
    # (the code's own line is not a blank one when its words are on the line above)
    blank = max((i for i in range(len(lines) - 1) if not lines[i].strip()), default=-1)
    para = [line.strip() for line in lines[blank + 1:]]
    words = " ".join(para).strip()
    if len(words) > 200 or len(para) > 3 or "[" in words:
        return None
    return int(c.group(1)), words or None


# wrangler's error object printed whole (a ParseError): its note holds the API's message and
# code, "notes: [ { text: 'Authentication error [code: 10000]' } ]" (workers-sdk#3710).
_NOTE = re.compile(r"\bnotes: \[\s{0,20}\{\s{0,20}text: '([^'\n\[]{0,200})\[code: (\d{3,5})\]'")


def _noted(text: str, start: int, end: int) -> tuple[int, str | None] | None:
    """The first note of a printed wrangler error object in text[start:end]: (N, its words)."""
    n = _NOTE.search(text, start, end)
    return (int(n.group(2)), n.group(1).strip() or None) if n else None


# GitHub Actions' log view links a step's line number into digits it prints ("[code:
# [10](https://github.com/o/r/actions/runs/1/job/2#step:6:11)001]" is 10001, workers-sdk#8067).
_STEP_LINK = re.compile(r"\[(\d{1,5})\]\(https://github\.com/[^)\s]{1,300}#step:\d{1,6}:\d{1,9}\)")


# The Pages and Workers Builds dashboards' build log, copied as a table: each line opens with
# its time and a bar ("14:18:37.338 | "), and a "-- | --" row follows the first line
# (workers-sdk#9862, #11140). Both are set aside, as a log prefix is.
_TABLE_TIME = re.compile(r"(?m)^\d{2}:\d{2}:\d{2}(?:\.\d{1,6})? \| ?")
_TABLE_RULE = re.compile(r"(?m)^--(?: \| --)?[ \t]*$")


def _untabled(text: str) -> str:
    """The text without the build log table's time column and its rule row."""
    if "| " not in text and "\n--" not in text:
        return text
    return _TABLE_RULE.sub("", _TABLE_TIME.sub("", text))


def _unlinked(text: str) -> str:
    """The text without GitHub Actions' step links inside its numbers."""
    return _STEP_LINK.sub(r"\1", text) if "#step:" in text else text


def _api_verdict(code: int | None, message: str | None, says: str,
                 status: int | None = None) -> Verdict:
    row = shapes.API_CODES.get(code) if code is not None else None
    v = Verdict("cloudflare-api", row.cause if row else "unknown", code, message)
    v.evidence.append(says)
    if row and row.says and message and not rx(row.says).search(message) and \
            shapes.message_cause(shapes.API_MESSAGE_CAUSES, message) not in (None, row.cause):
        # One number, two services: Workers AI's REST API sends 1000 for "Network connection
        # lost", the v4 API for "Invalid API Token". The code decides when its message is
        # absent, its own, or says nothing this tool reads; a message that clearly says
        # something else decides instead.
        v.evidence.append(f"code {code} is '{row.meaning}' in this tool's table, but its "
                          "message says something else: read by the message")
        row = None
        v.cause = "unknown"
    if row:
        v.evidence.append(f"Cloudflare API code {code}: {row.meaning}")
    elif (mc := shapes.message_cause(shapes.API_MESSAGE_CAUSES, message)) is not None:
        v.cause = mc
        v.evidence.append("cause read from the API's message (" + (
            "the code is not in this tool's table)" if code is not None else "no code shown)"))
    elif status in (401, 403):
        v.cause = "cloudflare-api-auth"
        v.evidence.append(f"cause from HTTP {status} only")
    elif status in (404, 405):
        v.cause = "cloudflare-api-route"
        v.evidence.append(f"cause from HTTP {status} only")
    elif status in (400, 422, 429):
        v.cause = "rate-limited" if status == 429 else "bad-request"
        v.evidence.append(f"cause from HTTP {status} only")
    elif status is not None and 500 <= status <= 599:
        v.cause = "provider-server-error"  # (the API's or Workers AI's own failure)
        v.evidence.append(f"cause from HTTP {status} only")
    return v
