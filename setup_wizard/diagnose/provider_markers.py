"""Which provider answered when the envelope does not say: markers weighed, then what was sent.

Groq and OpenAI share one body shape, and a pasted error often has no body at all, so every
other trace is weighed: headers, SDK class paths, hosts, the client's own label, ids, model
names (`markers.py`) and each provider's wording (`phrases.py`), in the body and in the text
around it. Only a clear lead decides, never `server: cloudflare`; a lead resting on weak
evidence says what would settle it.
"""

from __future__ import annotations

import re
from typing import Any

from setup_wizard.config import providers
from setup_wizard.diagnose import markers, phrases, shapes
from setup_wizard.diagnose.diagnosis import PROVIDER_ORIGINS
from setup_wizard.diagnose.rx import rx
from setup_wizard.diagnose.verdict import Answer, text_of

MAX_SCAN = 32 * 1024  # markers are looked for in this much of the body and of the context
SETTLE = ("send it again with 'setup-wizard probe' to see the response headers, or pass "
          "--header (x-groq-region, cf-aig-log-id) or --env-file")


def scanned_text(inp: Answer) -> str:
    """The body and the text around it, bounded, blanks folded (terminals wrap lines)."""
    return readable(inp.text[:MAX_SCAN] + " " + inp.context[:MAX_SCAN])


def no_answer(inp: Answer) -> str | None:
    """The cause, when the text is a request that got no answer at all (no status, a socket
    error or an SDK that did not send); None otherwise. Read once per answer."""
    if "no_answer" not in inp.memo:
        # Folded (a wrapped line read whole), and as pasted (a sign that ends its line).
        inp.memo["no_answer"] = (None if inp.status is not None
                                 else markers.no_answer_cause(scanned_text(inp))
                                 or markers.no_answer_cause(inp.text[:MAX_SCAN] + "\n"
                                                            + inp.context[:MAX_SCAN]))
    return inp.memo["no_answer"]


def unwrapped_text(inp: Answer) -> str:
    """The same text with its line breaks taken out, not folded into blanks: a terminal or a
    log viewer wraps a long line at a fixed width, in the middle of a word ("please check yo" /
    "ur plan"), so a marker split by a wrap is read whole here."""
    if "unwrapped" not in inp.memo:
        raw = (inp.text[:MAX_SCAN] + "\n" + inp.context[:MAX_SCAN]).replace("\r", "")
        joined, n = _WRAP.subn(r"\1", raw)
        inp.memo["unwrapped"] = readable(joined) if n else ""
    return inp.memo["unwrapped"]


# A break after a long line (40+ characters) inside a word or a token: where a fixed-width
# wrap falls. Short lines end where their writer ended them.
_WRAP = re.compile(r"(?m)^([^\n]{39,}[^\s])\n(?=[^\s])")


def readable(text: str) -> str:
    """Blanks folded; a message re-serialised as JSON keeps a terminal's line breaks as
    backslash-n escapes and non-ASCII letters as backslash-u + 4 hex digits (Python's
    json.dumps), escaped once or more (a JSON log quoting such a line): both are read as
    written. A box's sides drawn around the text (Gemini CLI's and rich's panels) are layout:
    a sentence the box wrapped reads across them."""
    if "\u2502" in text or "\u2503" in text:
        # (logs probe, family 3: "Please refer to   │" / "│ https://cloud.google.com/...")
        text = text.replace("\u2502", " ").replace("\u2503", " ")
    if "\\" in text:
        # (each run of backslashes is tried from its first one only: linear on a long run)
        text = re.sub(r"(?<!\\)\\+[nt]", " ", text)
        text = re.sub(r"(?<!\\)\\+u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)),
                      text)
    return " ".join(text.split())


def marker_scores(inp: Answer, err: dict[str, Any] | None) -> tuple[dict[str, int], list[str]]:
    """Points per origin from headers, text markers, wording and, for OpenAI-style bodies, the
    body's habits. A row counts once, however often it matches; weak hints of different kinds
    add up (an SDK class and a body habit and a model name agreeing make the likelier one)."""
    scores: dict[str, int] = {}
    says: list[str] = []

    def add(origin: str, weight: int, text: str) -> None:
        if weight <= 0:
            return
        scores[origin] = scores.get(origin, 0) + weight
        says.append(text)

    for hm in markers.HEADER_MARKERS:
        if markers.header_says(hm, inp.headers):
            add(hm.origin, hm.weight, hm.says)
    # A request that got no answer at all (a socket error, no status): the URL in the text says
    # where it was going, not who answered.
    unanswered = no_answer(inp) is not None
    for origin, weight, text, kind in text_markers(inp):
        # (a model's name is what was asked for, in the URL or not: no answer either)
        going = unanswered and kind in ("host", "client", "sdk", "model")
        if weight and not going:
            add(origin, weight, text)
        else:
            says.append(text + (" (where the request was going: no server answered)"
                                if going else ""))
    if err is None and (code := printed_code(inp)) is not None:
        if code in shapes.GROQ_ONLY_CODES:
            add("groq", 2, f"code {code} (printed as text) is sent by Groq only")
        if code in shapes.OPENAI_ONLY_CODES:
            add("openai", 2, f"code {code} (printed as text) is sent by OpenAI only")
    if err is not None:
        code = text_of(err.get("code"))
        if code in shapes.GROQ_ONLY_CODES:
            add("groq", 2, f"error.code {code} is sent by Groq only")
        if code in shapes.OPENAI_ONLY_CODES:
            add("openai", 2, f"error.code {code} is sent by OpenAI only")
        for other, says_whose, _source in shapes.OTHER_VENDOR_CODES:
            if code == other:
                add(markers.RELAY, 3, f"error.code {code} is {says_whose}")
        if "param" in err:
            add("openai", 1, shapes.PARAM_PRESENT_SAYS)
            if shapes.param_names_the_path(err):
                add("openai", 1, shapes.PARAM_NAMES_THE_PATH_SAYS)
        elif inp.cut:  # a field missing from a cut-off body may be past the cut
            says.append(shapes.PARAM_ABSENT_SAYS + ", but the body is cut off: not counted")
        else:
            add("groq", 1, shapes.PARAM_ABSENT_SAYS)
        if err.get("type") == "tokens" and inp.status == 413:
            add("groq", 2, "type 'tokens' with HTTP 413 (Groq's request-too-large)")
    if inp.status == 498:
        add("groq", 2, "HTTP 498 (Groq flex tier capacity)")
    for pattern, status, origin, weight, bound_says, _source in markers.STATUS_BOUND_WORDING:
        if inp.status == status and rx(pattern).search(scanned_text(inp)):
            add(origin, weight, bound_says)
    if err is not None and "type" in err and isinstance(err.get("code"), int) and \
            not isinstance(err.get("code"), bool) and "groq" in scores and \
            not markers.headers_name("groq", inp.headers):
        # In the OpenAI-style envelope (with its type) Groq's error.code is a string
        # ("invalid_api_key"); a number there (llama.cpp's server writes the status) is
        # another server's, whatever words it copies. (Groq's legacy API, before GroqCloud,
        # wrote {code: 14, message, details}, with no type: not this shape.)
        del scores["groq"]
        says.append(f"error.code {err['code']} is a number: Groq's codes are strings "
                    f"({shapes.GROQ_STRING_CODES_SOURCE}), so not Groq")
    _words_in_a_foreign_envelope(inp, err, scores, says)
    return scores, says


def _words_in_a_foreign_envelope(inp: Answer, err: dict[str, Any] | None,
                                 scores: dict[str, int], says: list[str]) -> None:
    """(mistralor probe, family C) An origin's words inside the message of an envelope with a
    field that origin never writes (shapes.NEVER_WRITES_FIELD: OpenRouter's has no `type`) were
    passed on by whoever wrote the envelope: when they are all the origin's points, no vote.
    Only the wire envelope, {"error": {...}}, which a server wrote: a flat object is often a
    client's own wrapper of what it was told (copilot-sdk's {"type": "error", "message"})."""
    message = text_of(err.get("message")) if err is not None else None
    if message is None or not isinstance(inp.data, dict) or inp.data.get("error") is not err:
        return
    said = readable(message)
    for origin, (field, _source) in shapes.NEVER_WRITES_FIELD.items():
        if not scores.get(origin) or not text_of(err.get(field)) or \
                markers.headers_name(origin, inp.headers):
            continue
        inside = sum(ph.weight for ph in phrases.PHRASES if origin in ph.origins and ph.weight
                     and rx(ph.pattern).search(said))
        if inside >= scores[origin]:
            del scores[origin]
            says.append(f"{origin}'s words are inside the message of an envelope with a "
                        f"'{field}' ({origin} never writes one): whoever wrote the envelope "
                        "passed them on; they say why, not who")


# An error's code printed by a language that is not JSON: a Go map (`map[code:model_not_found
# message:...]`), a Java record (`Error[code=model_not_found, ...]`), Rust's Debug
# (`code: Some("model_not_found")`), logfmt (`code=model_not_found`), YAML (`code: x`).
_PRINTED_CODE = re.compile(r"""(?<![\w.$-])code\s*(?:[:=]|=>)\s*(?:Some\()?\\?["']?"""
                           r"""([a-z][a-z0-9]*(?:_[a-z0-9]+)+)\b""")


def printed_code(inp: Answer) -> str | None:
    """The first snake_case error code the text prints as `code: x` / `code=x`, if any."""
    if "printed_code" not in inp.memo:
        m = _PRINTED_CODE.search(scanned_text(inp))
        inp.memo["printed_code"] = m.group(1) if m else None
    return inp.memo["printed_code"]


_URL = re.compile(r"\bhttps?://[^\s\"'<>`)\]]+")


def text_markers(inp: Answer) -> list[tuple[str, int, str, str]]:
    """(origin, weight, evidence, kind) for every text marker and wording row the text holds;
    read once per answer, however many detectors ask."""
    if "text_markers" in inp.memo:
        return inp.memo["text_markers"]
    text = scanned_text(inp)
    whole = unwrapped_text(inp)
    found: list[tuple[str, int, str, str]] = []
    models: set[str] = set()
    # A provider's name inside a URL (a gateway's /openrouter/ segment, a proxy's /groq/v1, a
    # relay's /v1/models/gemini-pro path) says where the request went, not who answered, and
    # is no SDK's or client's label: the host rows weigh URLs.
    bare, bare_whole = _URL.sub(" ", text), _URL.sub(" ", whole) if whole else ""
    generic = {origin: says for pattern, origin, says, _src in markers.API_KIND_CLIENTS
               if rx(pattern).search(text)}
    for origin, says in generic.items():
        found.append((origin, 0, f"text: {says}: no vote for {origin}", "client"))
    own_bug = markers.label_over_own_bug(text) or bool(whole and
                                                      markers.label_over_own_bug(whole))
    local = markers.answered_on_this_machine(text)
    # (anthropic2 probe, family A4) its label over its own pre-send check: where it was sending
    own_bug = own_bug or any(s and markers.label_over_own_check(s) for s in (text, whole))
    for tm in (*markers.TEXT_MARKERS, markers.CATALOG_MARKER):
        if tm.kind == "client" and tm.origin in generic:
            continue
        t, w = (bare, bare_whole) if tm.kind in ("client", "sdk") else (text, whole)
        if local is not None and tm.kind == "client" and (
                rx(tm.pattern).search(t) or (w and rx(tm.pattern).search(w))):
            found.append((tm.origin, 0, f"text: {tm.says}, but a server on this machine "
                          f"answered ({local[:120]}): the provider named is the app's setting, "
                          "not who answered", tm.kind))
            continue
        if own_bug and tm.kind == "sdk" and (rx(tm.pattern).search(t) or (
                w and rx(tm.pattern).search(w))) and not any(
                s and rx(tm.pattern).search(markers.without_own_bug_labels(s)) for s in (t, w)):
            found.append((tm.origin, 0, f"text: {tm.says}, over LiteLLM's own Python error or "
                          "pre-send check: where it was sending, not who answered", tm.kind))
            continue
        if rx(tm.pattern).search(t) or (w and rx(tm.pattern).search(w)):
            found.append((tm.origin, tm.weight, f"text: {tm.says}", tm.kind))
            if tm.kind == "model":
                models.add(tm.origin)
    for ph in phrases.PHRASES:
        if not ph.origins or not ph.weight:
            continue
        # (plain tests, not generators: several hundred rows ask this of each error in a log)
        row = rx(ph.pattern)
        if row.search(text):
            seen = text
        elif whole and row.search(whole):
            seen = whole
        elif ph.cut_at_end(text):
            seen = text
        elif whole and ph.cut_at_end(whole):
            seen = whole
        else:
            continue
        # (the gateway's address is where the request went, no one's words: "route")
        kind = "route" if ph is phrases.GATEWAY_ROUTE else "wording"
        found.extend((origin, ph.weight, f"text: {ph.said_in(seen)}", kind)
                     for origin in ph.origins)
        # Wording two providers share, about a model only one of them serves: that one.
        named = models & set(ph.origins)
        if len(ph.origins) > 1 and len(named) == 1:
            found.append(("", 0, f"the model named is {named.pop()}'s, not the other's",
                          "model"))
    # A message in one provider's own words that names another's model ("The model
    # anthropic:claude-3-7-sonnet does not exist", OpenAI's sentence) quotes what was sent:
    # the model says nothing of who answered.
    worded = {o for o, w, _t, kind in found if kind == "wording" and w > 0} - {markers.RELAY}
    if worded:
        quoted = {o for o, w, _t, kind in found if kind == "model" and w > 0} - worded
        if quoted:
            found = [(o, 0 if kind == "model" and o in quoted else w, t, kind)
                     for o, w, t, kind in found]
            found.append(("", 0, "the model named ({}) is what was sent: the words are {}'s"
                          .format(" / ".join(sorted(quoted)), " / ".join(sorted(worded))),
                          "model"))
    inp.memo["text_markers"] = found
    return found


def only_named_by_the_client(inp: Answer, origin: str) -> bool:
    """True when nothing but the client's own label names `origin` (no header, SDK, host, id,
    model or wording of its own): that says where the request was going, not who answered."""
    if markers.headers_name(origin, inp.headers):
        return False  # its own header
    kinds = {kind for o, w, _, kind in text_markers(inp) if o == origin and w}
    return kinds == {"client"}


def only_where_it_went(inp: Answer, origin: str) -> bool:
    """True when `origin` is named only by the client's label and by addresses on its hosts (no
    header, SDK, id, model or wording of its own): with no status and no body, a URL says where
    the request was sent ("Error fetching from https://generativelanguage.googleapis.com...",
    cut there), not who answered."""
    if markers.headers_name(origin, inp.headers):
        return False
    kinds = {kind for o, w, _, kind in text_markers(inp) if o == origin and w}
    return bool(kinds) and kinds <= {"client", "host"}


def pick_origin(inp: Answer, scores: dict[str, int], says: list[str]) -> str:
    """Markers decide when one origin clearly leads; else what was sent breaks the tie."""
    ranked = sorted(scores.items(), key=lambda kv: kv[1], reverse=True)
    if len(ranked) > 1 and ranked[0][1] == ranked[1][1] >= 2 and \
            (len(ranked) == 2 or ranked[2][1] < ranked[1][1]):
        # A tie between a sender's own evidence and a client's label for where it sent the
        # request ("OpenAI API error" over an OpenAI-compatible relay): the evidence wins.
        label_only = [only_named_by_the_client(inp, o) for o, _ in ranked[:2]]
        if label_only[0] != label_only[1]:
            loser = ranked[0] if label_only[0] else ranked[1]
            says.append(f"{loser[0]} is named only by the client's label for where the request "
                        "went; the other has its own evidence")
            ranked = [kv for kv in ranked if kv != loser]
    if ranked and ranked[0][1] >= 2 and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
        origin, score = ranked[0]
        if origin == markers.RELAY:
            says.append("a relay or proxy answered for itself (its own wording): not the "
                        "provider behind it")
            inp.memo["relay_answered"] = True
            return "unknown"
        if score < 3 and len(ranked) > 1:
            says.append(f"{origin} is the likelier sender ({score} against {ranked[1][1]}); "
                        f"to settle it, {SETTLE}")
        elif score < 3 and not inp.headers:
            says.append(f"{origin} by the text alone; to settle it, {SETTLE}")
        return origin
    spec = providers.get(inp.sent.provider) if inp.sent.provider else None
    if spec and spec.origin in PROVIDER_ORIGINS:
        says.append(f"no decisive provider marker; origin taken from what was sent "
                    f"(provider {spec.slug})")
        return spec.origin
    if len(ranked) == 1:
        says.append(f"one weak marker, for {ranked[0][0]}, too little to name a sender (that "
                    f"takes 2 points); to settle it, {SETTLE}")
    elif ranked:
        says.append("the markers do not decide between " + " and ".join(
            f"{o} ({s})" for o, s in ranked[:3]) + f"; to settle it, {SETTLE}")
    else:
        says.append(f"no provider marker and the provider sent to is not known; {SETTLE}")
    return "unknown"
