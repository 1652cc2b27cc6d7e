"""Detectors for answers with no error envelope: a success, a redirect, or bare text.

They run last: only when no envelope matched can a 2xx body, a 3xx, or the markers, message
text and status alone be read; `fallback` always answers, so the decision list ends.
"""

from __future__ import annotations

import re

from setup_wizard.config import providers
from setup_wizard.diagnose import hints, markers, pages, phrases, shapes, wording
from setup_wizard.diagnose.diagnosis import PROVIDER_ORIGINS
from setup_wizard.diagnose.pasted import without_own_access_log, without_proxy_reply
from setup_wizard.diagnose.provider_markers import (
    marker_scores,
    no_answer,
    only_where_it_went,
    pick_origin,
    printed_code,
    readable,
    scanned_text,
)
from setup_wizard.diagnose.relay_wording import VENDOR_HOSTS, VENDOR_LABELS
from setup_wizard.diagnose.rx import rx
from setup_wizard.diagnose.verdict import MAX_MESSAGE, Answer, Verdict


def success(inp: Answer) -> Verdict | None:
    """A 2xx with a completion or a model list: ok, from the provider."""
    if inp.status is None or not 200 <= inp.status < 300:
        return None
    d = inp.data
    if isinstance(d, dict) and ("choices" in d or (d.get("object") == "list"
                                                    and isinstance(d.get("data"), list))):
        what = "a chat completion" if "choices" in d else "a model list"
        scores, says = marker_scores(inp, None)
        v = Verdict(pick_origin(inp, scores, says), "ok")
        v.evidence.append(f"HTTP {inp.status} with {what}")
        v.evidence.extend(says)
        return v
    v = Verdict("unknown", "unknown")
    v.evidence.append(f"HTTP {inp.status} but the body is not a completion or a model list")
    # A client that refused the success it got (pydantic-ai's "Invalid response from ...",
    # after httpx's "HTTP/1.1 200 OK"): its own fix, as for the same words with no status.
    generic = phrases.generic_cause(_own_text(inp))
    if generic is not None and generic.cause is None and generic.variant:
        _no_cause_words(v, generic)
    return v


def fallback(inp: Answer) -> Verdict:
    """No envelope: the markers, the wording and the status in the text are all there is."""
    if inp.status is not None and 300 <= inp.status < 400:
        loc = inp.headers.get("location")
        base = hints.redirect_base(loc) if loc else None
        v = Verdict("unknown", "unknown", variant="redirect-base" if base else "redirect")
        v.evidence.append(f"HTTP {inp.status} redirect" + (f" to {hints.safe_url(loc)}" if loc
                                                             else ""))
        if base:
            v.fields["base_url"] = base
        return v
    scores, says = marker_scores(inp, None)
    text = inp.text.strip()
    row = phrases.first_cause(scanned_text(inp))
    origin = pick_origin(inp, scores, says) if (row or scores) else "unknown"
    v = Verdict(origin, "unknown", None, _message(text, row) if row else None)
    # (a relay or another vendor answering in its own words is an answer: Diagnosis.answered)
    v.answered = True if inp.memo.get("relay_answered") else None
    if not text:
        v.evidence.append("empty body")
    elif inp.data is not None:
        v.evidence.append("body: JSON with no error envelope this tool knows")
    elif text[0] in "{[":
        v.evidence.append("body: looks like JSON but does not parse (truncated?)")
    else:
        v.evidence.append("body: plain text, no JSON envelope")
    v.evidence.extend(says)
    code = printed_code(inp)
    if (cf := _cloudflare_cause(origin, scanned_text(inp), inp.status)) is not None:
        v.cause = cf
        v.evidence.append(f"cause in {origin}'s own vocabulary, from its words or the status")
    elif markers.label_over_own_bug(scanned_text(inp)):
        # LiteLLM's provider label over its own Python error: the status and the exception
        # class are its mapper's choice, so they say nothing of why.
        v.evidence.append("text: LiteLLM's provider label over its own Python runtime error: "
                          "the status and class are LiteLLM's mapping, no cause from them")
    elif (api := phrases.not_an_llm_api(scanned_text(inp))) is not None:
        # (logs probe, family 2) Another API's own answer (GitHub's REST API in a CI log): its
        # status and words are about that API's token, not an LLM provider's key.
        v.evidence.append(f"text: {api.label}: not an LLM API, so its status and words say "
                          "nothing of your provider (fix that API's credential or request)")
    elif (ccause := shapes.code_cause(code, inp.status, scanned_text(inp))) is not None:
        v.cause, v.code = ccause, code
        v.evidence.append(f"error code {code}, printed as text (not JSON)")
    elif row is not None and row.cause is not None:
        v.cause, v.variant = row.cause, row.variant
        v.evidence.append(f"text: {row.said_in(scanned_text(inp))}")
    elif (scause := shapes.status_cause(inp.status, origin in PROVIDER_ORIGINS)) is not None:
        v.cause = scause
        v.evidence.append(f"cause from HTTP status {inp.status} only")
        if scause == "provider-server-error" and origin not in PROVIDER_ORIGINS:
            _not_the_providers_failure(v, inp, scores)
        generic = phrases.generic_cause(_own_text(inp))
        if (sharper := phrases.sharper_than_status(scause, generic)) is not None:
            # (a 401 is a wrong key or none; a 400 may be about the model: the words say which)
            v.cause = sharper.cause or scause
            v.evidence.append(f"text: {sharper.says}: the {inp.status} "
                              f"{phrases.sharper_why(scause)}")
        elif scause == "provider-server-error" and generic and generic.cause == "timeout":
            # a proxy's 502/503 over a connection that timed out: the words say which failure
            v.cause = generic.cause
            v.evidence.append(f"text: {generic.says}: the {inp.status} is a time-out")
    elif (generic := phrases.generic_cause(_own_text(inp))) is not None:
        if generic.cause:
            v.cause = generic.cause
            v.message = v.message or _message(text, generic)
            v.evidence.append(f"text: {generic.says} (a common error word, not a provider's)")
        else:
            _no_cause_words(v, generic)
    nc = no_answer(inp)
    if nc is not None and v.origin == "unknown":
        v.variant = v.variant or "no-answer"  # the fix is the network's, not a server's
        # (the words' causes it says better: markers.NO_ANSWER_OVER_WORDS)
        if (v.cause in ("unknown", "provider-server-error", "timeout") or
                v.cause in markers.NO_ANSWER_OVER_WORDS.get(nc, ())) and nc not in (
                "unknown", v.cause):
            v.cause = nc  # a socket error says which failure it was, better than words around it
            v.evidence.append(f"text: a request that got no answer ({nc})")
    if v.cause == "unknown" and inp.status == 404 and v.origin in PROVIDER_ORIGINS and \
            (url := _own_endpoint(scanned_text(inp), v.origin)) is not None:
        v.cause = "model-not-found"
        v.evidence.append(f"HTTP 404 on {url}, the provider's own endpoint: the address is right, "
                          "so what was not found is the model (a wrong address answers 404 too, "
                          "with another path)")
    # A time-out word is no answer either: what did not come in time names no sender (a
    # provider's own time-out comes with its status or its body).
    if v.origin in PROVIDER_ORIGINS and v.cause in ("unknown", "timeout") and \
            inp.status is None and only_where_it_went(inp, v.origin):
        why = "only that it timed out" if v.cause == "timeout" else "no reason"
        v.evidence.append(f"only the client's own words or the request's address name "
                          f"{v.origin}, with no status, no body and {why}: that is where the "
                          f"request went, not proof that {v.origin} answered (it may never have "
                          "been reached)")
        v.origin = "unknown"
    if v.origin == "unknown" and inp.status is not None:
        v.evidence.append(f"HTTP {inp.status} alone does not say who answered")
    return v


_GATEWAY_STATUSES = {401: "gateway-auth", 402: "gateway-no-credits", 429: "gateway-rate-limited"}
_API_STATUSES = {401: "cloudflare-api-auth", 403: "cloudflare-api-auth",
                 404: "cloudflare-api-route", 405: "cloudflare-api-route"}


def _no_cause_words(v: Verdict, generic: phrases.Phrase) -> None:
    """Words that say no cause can be read from the rest of the text (a client refusing a
    successful answer): said in the evidence, with the fix of their own when they have one."""
    v.variant = v.variant or generic.variant
    v.evidence.append(f"text: {generic.says}: no cause can be read from its words")


def _cloudflare_cause(origin: str, text: str, status: int | None) -> str | None:
    """When the text alone named a Cloudflare layer, its cause comes from that layer's own
    table (a gateway 401 is gateway-auth, not a provider's key problem)."""
    if origin == "cloudflare-gateway":
        return shapes.message_cause(shapes.GATEWAY_MESSAGE_CAUSES, text) or \
            _GATEWAY_STATUSES.get(status or 0)
    if origin == "cloudflare-api":
        # A code's own words (6003's "Invalid request headers") before the words' families.
        said = next((row.cause for row in shapes.API_CODES.values()
                     if row.says and rx(row.says).search(text)), None)
        return said or shapes.message_cause(shapes.API_MESSAGE_CAUSES, text) or \
            _API_STATUSES.get(status or 0)
    if origin == "cloudflare-edge":
        cause = pages.edge_cause(None, status)
        return None if cause == "unknown" else cause
    return None


def _not_the_providers_failure(v: Verdict, inp: Answer, scores: dict[str, int]) -> None:
    """A 5xx from a relay answering for itself, a server on the user's machine or a program
    that crashed in its own code is that server's failure: nothing says a provider failed."""
    relay = bool(scores) and max(scores, key=lambda o: scores[o]) == markers.RELAY
    vendor = [row for row in (VENDOR_HOSTS, VENDOR_LABELS)
              if relay and rx(row.pattern).search(scanned_text(inp))]
    if vendor and scores[markers.RELAY] <= sum(row.weight for row in vendor):
        # (round 16, status 6) Only another inference vendor's own host names the answer (a
        # 503 "for url: https://router.huggingface.co/..."), or LiteLLM's label for the hosted
        # vendor whose answer it mapped (logs probe, family 3: "TogetherAIException"): that
        # vendor's server failed, which is the cause, whoever it is; no relay's own words say
        # it failed for itself.
        v.evidence.append(f"HTTP {inp.status} from another inference vendor's own API host "
                          "or LiteLLM's label for it: its server failed (a vendor outside "
                          "this tool's origins)")
        relay = False
    row = None if relay else phrases.not_a_providers_server(scanned_text(inp))
    if relay or row is not None:
        v.cause = "unknown"
        why = ("a relay answered for itself" if relay else
               f"the text shows {wording.plain(row.pattern) if row else ''}")
        v.evidence.append(f"HTTP {inp.status} is that server's own failure ({why}), not a "
                          "provider's: what the provider said, if anything, is not in the text")


def _own_endpoint(text: str, origin: str) -> str | None:
    """A URL in the text that is `origin`'s documented base URL followed by an endpoint that
    takes a model (chat/completions, completions, embeddings, audio, messages), or one of
    shapes.OWN_ENDPOINTS (Google's OpenAI-compatible and native paths, Anthropic's)."""
    for spec in providers.PROVIDERS.values():
        if spec.origin != origin or "{" in spec.direct_base_url:
            continue
        m = re.search(re.escape(spec.direct_base_url) + r"/(?:chat/completions|completions|"
                      r"embeddings|audio/(?:transcriptions|translations|speech)|messages)\b",
                      text)
        if m:
            return m.group(0)
    for own, pattern, _source in shapes.OWN_ENDPOINTS:
        if own == origin and (m := rx(pattern).search(text)):
            return m.group(0)
    return None


def _own_text(inp: Answer) -> str:
    """The body, and the line of context nearest to it: the error's own words, not the log's
    (nor a proxy's that would not open the tunnel)."""
    return readable(without_own_access_log(without_proxy_reply(inp.text[:4096])))


def _message(text: str, row: phrases.Phrase) -> str:
    """The line of the text that carries the matched wording (the server's message)."""
    lines = text.split("\n")
    for line in lines:
        if rx(row.pattern).search(" ".join(line.split())):
            return line.strip()[:MAX_MESSAGE]
    # Cut off inside the phrase: the text's last line holds its start.
    last = next((ln for ln in reversed(lines) if ln.strip()), "")
    if row.cut_at_end(" ".join(last.split())):
        return last.strip()[:MAX_MESSAGE]
    return " ".join(text.split())[:MAX_MESSAGE]
