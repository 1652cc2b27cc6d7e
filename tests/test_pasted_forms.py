"""The same error, pasted in the forms people paste it in, gets the same answer.

A user copies an error out of a GitHub issue (inside a Markdown code fence), a quoted reply,
a forum post (which sets the quotes typographic), a server-sent-events stream (`data: ...`),
a JSON log record (the text as a field's string, or the body as a field's object), one JSON
string copied from a log field with its escapes, a CI page that
kept the terminal's colours, or a console that cut long lines at its width. None of
these wrappers says anything about who answered, so none may change the origin. The corpus
texts were collected as the posters pasted them, mostly without such wrappers; these tests
wrap each text of the corpus's `tune` half in each form and compare with the bare text's
answer (the `check` half is left to measure generalisation).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from functools import cache

import pytest
from corpus_support import ERRORS, rows

from setup_wizard.diagnose.classify import classify_pasted
from setup_wizard.diagnose.pasted import parse


def _fence(t: str) -> str | None:
    return "```json\n" + t + "\n```"


def _tilde_fence(t: str) -> str | None:
    return "~~~\n" + t + "\n~~~"


def _quoted(t: str) -> str | None:
    return "\n".join("> " + line for line in t.split("\n"))


def _sse(t: str) -> str | None:
    return "data: " + t if "\n" not in t.strip() else None


def _json_log(t: str) -> str | None:
    return json.dumps({"level": "error", "ts": "2025-03-04T10:22:11Z",
                       "msg": "llm call failed", "error": t})


def _logged_object(key: str) -> Callable[[str], str | None]:
    """A JSON body logged as a structured record's field (pino's err, a response field)."""
    def log(t: str) -> str | None:
        try:
            body = json.loads(t)
        except ValueError:
            return None
        if not isinstance(body, dict):
            return None
        return json.dumps({"level": "error", "ts": "2026-11-28T10:00:00Z",
                           "msg": "request failed", key: body})
    return log


def _indented(t: str) -> str | None:
    return "\n".join("    " + line for line in t.split("\n"))


def _typographic(t: str) -> str | None:
    """Quotes as a forum or a word processor sets them: pairs opened and closed."""
    if '"' not in t and "'" not in t:
        return None
    out, double, single = [], False, False
    for ch in t:
        if ch == '"':
            out.append("\u201d" if double else "\u201c")
            double = not double
        elif ch == "'":
            out.append("\u2019" if single else "\u2018")
            single = not single
        else:
            out.append(ch)
    return "".join(out)


def _coloured(t: str) -> str | None:
    """Each line as a terminal colours it (red on, reset after), kept by a CI page's copy."""
    return "\n".join("\x1b[31m" + line + "\x1b[0m" for line in t.split("\n"))


def _hard_wrap(width: int) -> Callable[[str], str | None]:
    """A one-line text as a console copies it: cut every `width` columns, inside words."""
    def wrap(t: str) -> str | None:
        t = t.strip("\n")
        if "\n" in t or len(t) <= width or len(t) % width == 0:
            return None
        return "\n".join(t[i:i + width] for i in range(0, len(t), width))
    return wrap


FORMS: dict[str, Callable[[str], str | None]] = {
    "markdown fence": _fence, "tilde fence": _tilde_fence, "quoted reply": _quoted,
    "sse data line": _sse, "json log record": _json_log, "indented block": _indented,
    "typographic quotes": _typographic, "one json string": json.dumps,
    "terminal colours": _coloured, "hard wrap at 80": _hard_wrap(80),
    "hard wrap at 120": _hard_wrap(120), "logged object under error": _logged_object("error"),
    "logged object under response": _logged_object("response"),
}


@cache
def _tune() -> list[tuple[dict[str, object], str, str]]:
    """Each tune row, its text, and the bare text's origin (computed once for all forms)."""
    out = []
    for row in rows("tune"):
        text = (ERRORS / row["file"]).read_text(encoding="utf-8")
        bare = classify_pasted(text, row.get("status"), row.get("headers") or {}).origin
        out.append((row, text, bare))
    return out


@pytest.mark.parametrize("form", sorted(FORMS))
def test_a_wrapper_that_names_no_one_keeps_the_origin(form: str) -> None:
    wrap = FORMS[form]
    changed = []
    for row, text, bare in _tune():
        wrapped = wrap(text)
        if wrapped is None:
            continue
        got = classify_pasted(wrapped, row.get("status"), row.get("headers") or {}).origin
        if got != bare:
            changed.append(f"{row['file']}: {bare} -> {got}")
    assert not changed, "\n".join(changed)


# -- the pieces that made the forms above hold -----------------------------------------------------
def test_fence_lines_are_set_aside_and_said() -> None:
    p = parse("```json\n{\"error\": {\"message\": \"Invalid API Key\"}}\n```")
    assert p.body.startswith("{") and "```" not in p.context
    assert p.notes[0] == "pasted: Markdown code fence lines (```) set aside"


def test_fences_decide_nothing_on_their_own() -> None:
    # A fence inside a line is text, and a paste of nothing but fences stays as it was.
    p = parse("the docs say to wrap it in ```json fences\n{\"error\": {\"message\": \"x\"}}")
    assert not any("fence" in n for n in p.notes)
    assert not any("fence" in n for n in parse("```\n```").notes)  # nothing left: kept as is
    # A one-line chat fence around the error: its code line is read.
    d = classify_pasted("```2003: Rate limited```")
    assert (d.origin, d.cause, d.message) == ("cloudflare-gateway", "gateway-rate-limited",
                                              "Rate limited")


def test_workers_ai_code_line_is_read_after_a_prefix() -> None:
    # The Workers AI binding's "3021: rate limiting: ..." read after `data: ` or inside a
    # fence, not only at the very start of the paste.
    for text in ("data: 3021: rate limiting: inference request per min rate reached",
                 "```\n3021: rate limiting: inference request per min rate reached\n```"):
        d = classify_pasted(text)
        assert (d.origin, d.cause) == ("cloudflare-api", "rate-limited"), text


def test_a_port_before_a_colon_is_not_a_cloudflare_code() -> None:
    d = classify_pasted("GET http://127.0.0.1:3021: rate limiting: inference request per min "
                        "rate reached")
    assert d.origin == "unknown"


def test_a_log_records_error_field_is_read_as_pasted() -> None:
    printed = "WebException: The remote server returned an error: (520) Origin Error."
    d = classify_pasted(json.dumps({"level": "error", "error": printed}))
    assert (d.origin, d.cause) == ("cloudflare-edge", "edge-origin-error")
    # The same words in a field that is not the error's are not read as the error.
    assert classify_pasted(json.dumps({"level": "error", "note": printed})).origin == "unknown"


_VLLM = json.dumps({
    "object": "error", "message": "This model's maximum context length is 32768 tokens. "
    "However, you requested 41648 tokens (37552 in the messages, 4096 in the completion). "
    "Please reduce the length of the messages or completion.",
    "type": "BadRequestError", "param": None, "code": 400})


def test_an_inner_envelope_decides_over_the_outer_texts_wording() -> None:
    # OpenAI's sentence, inside vLLM's envelope, inside a log record: vLLM's, so not OpenAI's.
    d = classify_pasted(json.dumps({"level": "error", "msg": "completion failed",
                                    "error": _VLLM}))
    assert (d.origin, d.cause) == ("unknown", "bad-request")
    assert classify_pasted(_VLLM).origin == "unknown"
    # The sentence alone in the record, with no envelope around it, still reads as OpenAI's.
    alone = json.loads(_VLLM)["message"]
    d = classify_pasted(json.dumps({"level": "error", "error": alone}))
    assert d.origin == "openai"


def test_typographic_quotes_are_read_as_straight_ones() -> None:
    d = classify_pasted("Missing required parameter: \u2018messages\u2019")
    assert (d.origin, d.cause) == ("openai", "bad-request")
    assert d.evidence[0].startswith("pasted: typographic quotes")
    body = '{"error": {"message": "Invalid API Key", "type": "invalid_request_error", ' \
        '"code": "invalid_api_key"}}'
    curly = _typographic(body)
    assert curly is not None and '"' not in curly
    assert classify_pasted(curly).cause == "provider-auth-invalid"


def test_typographic_quotes_inside_a_real_body_stay_the_bodys() -> None:
    said = "open \u201creport.pdf\u201d, it\u2019s here"
    body = json.dumps({"error": {"message": "Failed to call a function.", "type":
                                 "invalid_request_error", "code": "tool_use_failed",
                                 "failed_generation": said}}, ensure_ascii=False)
    assert "\u201c" in body
    d = classify_pasted(body)
    assert (d.code, d.message) == ("tool_use_failed", "Failed to call a function.")
    assert not any("typographic" in e for e in d.evidence)


def test_a_secret_in_a_log_records_error_field_is_masked() -> None:
    key = "sk-proj-" + "Zq9" * 16 + "ABCD"
    record = json.dumps({"level": "error", "error": f"Incorrect API key provided: {key}. You "
                         "can find your API key at https://platform.openai.com/account/api-keys."})
    d = classify_pasted(record)
    shown = " ".join([d.message or "", d.hint or "", *d.evidence])
    assert key not in shown and "ABCD" in shown


def test_a_text_pasted_without_its_status_keeps_its_origin() -> None:
    # People paste the text alone: the status the source showed (given to explain as
    # --status in the corpus) must not be what names the sender. Headers are evidence of
    # their own, so rows that have some are left out.
    changed = []
    for row, text, bare in _tune():
        if row.get("status") is None or row.get("headers"):
            continue
        got = classify_pasted(text).origin
        if got != bare:
            changed.append(f"{row['file']}: {bare} -> {got}")
    assert not changed, "\n".join(changed)


def test_an_error_pages_code_in_its_text_is_its_status() -> None:
    for text, status in (("A timeout occurred Error code 524", 524),
                         ("WebException: The remote server returned an error: (520) Origin "
                          "Error.", 520),
                         ("A 523 error means that Cloudflare could not reach your host web "
                          "server.", 523)):
        d = classify_pasted(text)
        assert (d.origin, d.status) == ("cloudflare-edge", status), text
    assert classify_pasted("see the (12) Notes section").status is None


def test_terminal_colours_are_set_aside_and_said() -> None:
    text = ("\x1b[31mERROR\x1b[0m openai.AuthenticationError: Error code: 401 - {'error': "
            "{'message': 'Incorrect API key provided: sk-abc***xyz.', 'type': "
            "'invalid_request_error', 'code': 'invalid_api_key'}}")
    d = classify_pasted(text)
    assert (d.origin, d.cause, d.status) == ("openai", "provider-auth-invalid", 401)
    assert d.evidence[0] == "pasted: a terminal's colour codes set aside"
    # Brackets that only look like a colour's (no ESC before them) are the text's own.
    assert not any("colour" in n for n in parse("[31m] {\"error\": \"x\"}").notes)


def test_a_console_cut_at_its_width_is_joined_again() -> None:
    line = ('{"error":{"message":"Invalid API Key","type":"invalid_request_error",'
            '"code":"invalid_api_key"}} while calling https://api.groq.com/openai/v1/chat/completions')
    cut = "\n".join(line[i:i + 80] for i in range(0, len(line), 80))
    assert "invalid_api_key" not in cut.replace("\n", " ")  # the cut fell inside the code
    d = classify_pasted(cut, 401)
    assert (d.origin, d.cause) == ("groq", "provider-auth-invalid")
    assert d.evidence[0] == "pasted: lines a terminal cut at a fixed width joined again"


def test_lines_of_one_length_by_chance_are_not_joined() -> None:
    # A log's repeated records, a logger's padded layout, two lines of an unusual width:
    # none is a console's cut.
    record = "2025-03-04 10:22:11 WARNING Retrying request to /chat/completions in 0.4s"
    repeated = "\n".join([record] * 3) + "\n2025-03-04 10:22:12 ERROR failed"
    padded = "server: Error executing endpoint".ljust(90) + "\n" + \
        "         {'error': 'Invalid API Key'}".ljust(90) + "\n  done"
    two = "x" * 70 + "\n" + "y" * 10
    for text in (repeated, padded, two):
        assert not any("fixed width" in n for n in parse(text).notes), text[:40]


def test_an_exceptions_repr_is_read_as_its_lines() -> None:
    page = ("Error 1015 Ray ID: 8af0c2d3e4f5a6b7 \u2022 2024-08-06 23:48:52 UTC\nYou are being "
            "rate limited\nWhat happened?\nThe owner of this website (example.com) has banned "
            "you temporarily from accessing this website.")
    d = classify_pasted(f"RuntimeError({page!r})")
    assert (d.origin, d.cause) == ("cloudflare-edge", "edge-blocked")
    assert d.evidence[0] == "pasted: a string literal's escapes (\\n, \\') undone"


def test_a_debug_print_holding_the_body_as_a_string_is_read() -> None:
    text = ('LLM response status: 422 body: {"object":"error","message":{"detail":[{"type":'
            '"extra_forbidden","loc":["body","max_completion_tokens"],"msg":"Extra inputs are '
            'not permitted","input":32000}]},"type":"invalid_request_error","param":null,'
            '"code":null}')
    rust = f"Err(ApiError {{ status: 422, body: {json.dumps(text)} }})"
    assert classify_pasted(rust).origin == "mistral"
    listed = f"all attempts failed: errors: [{json.dumps(text)}]"
    assert classify_pasted(listed).origin == "mistral"


def test_string_literals_with_nothing_escaped_stay_as_written() -> None:
    text = "it's the user's key: 'gsk_abc' was refused\\n with {'error': 'denied'}"
    assert parse(text).notes[0] != "pasted: a string literal's escapes (\\n, \\') undone"
    assert not any("escapes" in n for n in parse(text).notes)


def test_pythons_own_warnings_on_a_paste_stay_quiet() -> None:
    # A repr with a Windows path's backslashes, or a number glued to letters: reading it with
    # ast must not print Python's SyntaxWarning/DeprecationWarning on the user's terminal.
    import warnings

    texts = ("openai.BadRequestError: Error code: 400 - {'error': {'message': 'bad file "
             "C:\\data\\my.json', 'type': 'invalid_request_error'}}",
             "RuntimeError('upload of C:\\data failed\\n{\\'error\\': \\'x\\'}')")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        for text in texts:
            classify_pasted(text)
    assert [str(w.message) for w in caught] == []


def test_a_cut_after_a_blank_is_still_a_console_cut() -> None:
    # A cut may fall just after a blank: that line ends in one. Only a layout that pads most
    # of its lines with blanks (rich's) is not a console's cut.
    text = ("openai.PermissionDeniedError: Error code: 403 - {'error': {'message': 'Project "
            "proj_abc does not have access to model gpt-4o', 'type': 'invalid_request_error', "
            "'param': None, 'code': 'model_not_found'}}")
    cut = "\n".join(text[i:i + 80] for i in range(0, len(text), 80))
    assert any(line.endswith(" ") for line in cut.split("\n")[:-1])
    assert parse(cut).notes[0] == "pasted: lines a terminal cut at a fixed width joined again"
    padded = "\n".join(["log line one".ljust(80), "log line two".ljust(80), "end"])
    assert not any("fixed width" in n for n in parse(padded).notes)


def test_cloudflares_bare_code_after_a_full_width_colon() -> None:
    d = classify_pasted("\u8bf7\u6c42\u5931\u8d25\uff1aerror code: 1020")
    assert (d.origin, d.cause) == ("cloudflare-edge", "edge-blocked")
    # A word glued before it is no edge text ("myerror code: 1020" is an app's own).
    assert classify_pasted("myerror code: 1020").origin == "unknown"


def test_nested_terminal_codes_are_read_in_one_pass() -> None:
    # Removing an inner code must not make a new one to recurse on: no RecursionError.
    from setup_wizard.diagnose.pasted import without_terminal_codes
    nested = "\x1b" * 1500 + "[m" * 1500 + " error code: 1020"
    assert "\x1b" not in without_terminal_codes(nested)
    classify_pasted(nested)  # read to the end, no RecursionError
    link = "\x1b]8;;https://example.com\x1b\\error code: 1020\x1b]8;;\x1b\\\x1b(B"
    assert classify_pasted(link).origin == "cloudflare-edge"


def test_a_box_drawn_around_a_traceback_is_not_a_console_cut() -> None:
    box = "\n".join(["\u256d" + "\u2500" * 98 + "\u256e",
                     "\u2502" + " openai/_base_client.py:1047 in _request".ljust(98) + "\u2502",
                     "\u2570" + "\u2500" * 98 + "\u256f",
                     "NotFoundError: 404 The model `llama3-8b-8192` does not exist"])
    assert not any("fixed width" in n for n in parse(box).notes)
    assert parse(box).status == 404


def test_counts_are_not_read_as_a_status() -> None:
    for text in ('prompt tokens: 128 [{"role": "user"}] failed: Invalid API key',
                 "The API returned 100 results, then stopped"):
        assert parse(text).status is None, text


def test_a_lone_surrogate_in_a_body_prints() -> None:
    d = classify_pasted('{"error":{"message":"bad \\ud800","type":"x"}}')
    assert d.message is not None
    (d.message + " ".join(d.evidence)).encode("utf-8")  # would raise on a lone surrogate
