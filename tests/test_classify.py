"""The classifier on real bodies from the reference (tests/fixtures/bodies, sources.json)."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from setup_wizard.diagnose import hints, markers, phrases, shapes
from setup_wizard.diagnose.classify import FAILURE_CAUSES, classify, classify_failure
from setup_wizard.diagnose.diagnosis import CAUSES, ORIGINS, Sent
from setup_wizard.diagnose.pasted import parse
from setup_wizard.errors import ExitCode

BODIES = Path(__file__).parent / "fixtures" / "bodies"
MANIFEST: list[dict[str, Any]] = json.loads((BODIES / "sources.json").read_text())["bodies"]
GROQ_KEY = "gsk_" + "Q7w8E9r0T1y2" * 4 + "Ab1a2b"  # 56 characters, the documented shape
OPENAI_KEY = "sk-proj-" + "Zx8Cv7Bn6Mm5" * 4


def _sent(row: dict[str, Any]) -> Sent | None:
    return Sent(**row["sent"]) if "sent" in row else None


def _row(name: str) -> dict[str, Any]:
    return next(r for r in MANIFEST if r["file"] == name)


def _body(name: str) -> bytes:
    return (BODIES / name).read_bytes()


# -- every real body -----------------------------------------------------------------------------
@pytest.mark.parametrize("row", [r for r in MANIFEST if not r.get("pasted")],
                         ids=lambda r: r["file"])
def test_real_body_is_classified(row: dict[str, Any]) -> None:
    d = classify(row["status"], row["headers"], _body(row["file"]), _sent(row))
    want = row["expect"]
    assert (d.origin, d.cause, d.code) == (want["origin"], want["cause"], want["code"]), \
        d.to_text()
    assert d.status == row["status"]
    assert d.evidence, "every answer says what it rests on"
    assert d.hint, "every answer has a next step"
    # Evidence says what was seen and why it points there; links belong in docs/sources.md.
    assert not [e for e in d.evidence if "http://" in e or "https://" in e], d.evidence


def test_every_fixture_has_a_source_and_every_file_a_row() -> None:
    files = {p.name for p in BODIES.iterdir() if p.name != "sources.json"}
    assert files == {r["file"] for r in MANIFEST}
    for r in MANIFEST:
        assert r["source"] and r["form"], r["file"]


def test_every_gateway_and_api_code_in_the_tables_has_a_real_body() -> None:
    gateway = {r["expect"]["code"] for r in MANIFEST
               if r["expect"]["origin"] == "cloudflare-gateway"}
    api = {c for r in MANIFEST if r["expect"]["origin"] == "cloudflare-api"
           for c in [r["expect"]["code"]]}
    assert set(shapes.GATEWAY_CODES) <= gateway
    # 7000 only ever comes second, after 7003 (see api-v4-7003-7000.json).
    assert set(shapes.API_V4_CODES) - {7000} <= api


def test_exit_codes_separate_the_layers() -> None:
    by_file = {r["file"]: classify(r["status"], r["headers"], _body(r["file"]), _sent(r))
               for r in MANIFEST if not r.get("pasted")}
    assert by_file["gateway-2009-app-teste.json"].exit_code == ExitCode.CLOUDFLARE_REJECTED
    assert by_file["api-v4-10000.json"].exit_code == ExitCode.CLOUDFLARE_REJECTED
    assert by_file["edge-1010.txt"].exit_code == ExitCode.CLOUDFLARE_REJECTED
    assert by_file["groq-invalid-api-key.json"].exit_code == ExitCode.PROVIDER_REJECTED
    assert by_file["groq-models-list.json"].exit_code == ExitCode.OK
    assert by_file["openai-invalid-url.json"].exit_code == ExitCode.PROVIDER_REJECTED
    nginx = "<html><head><title>502 Bad Gateway</title></head><center>nginx</center></html>"
    assert classify(502, {}, nginx, Sent()).exit_code == ExitCode.LINT_ERRORS  # origin unknown


# -- never by `server: cloudflare` alone -----------------------------------------------------
def test_server_cloudflare_and_cf_ray_alone_are_not_called_cloudflare() -> None:
    headers = {"Server": "cloudflare", "CF-RAY": "8f1e2d3c4b5a6978-FRA"}
    # The status alone still says what kind of failure it is (issue 13), never who sent it.
    for status, body, cause in ((401, b"", "provider-auth-invalid"),
                                (502, b"", "provider-server-error"),
                                (500, b"oops", "provider-server-error"),
                                (401, b'{"unexpected": 1}', "provider-auth-invalid"),
                                (404, b"", "unknown")):
        d = classify(status, headers, body)
        assert d.origin == "unknown", d.to_text()
        assert d.cause == cause
        assert any("not proof" in e for e in d.evidence)
        assert any("alone does not say who answered" in e for e in d.evidence)


def test_groq_body_behind_cloudflare_headers_is_groq() -> None:
    row = _row("groq-invalid-api-key-with-headers.json")
    d = classify(401, row["headers"], _body(row["file"]))
    assert d.origin == "groq"
    assert any("x-groq-region" in e for e in d.evidence)
    assert any("not proof" in e for e in d.evidence)


def test_headers_in_any_case() -> None:
    body = b'{"choices":[{"index":0,"message":{"role":"assistant","content":"H"}}]}'
    assert classify(200, {"X-Groq-Region": "bra"}, body).origin == "groq"
    assert classify(200, {"x-groq-region": "bra"}, body).origin == "groq"


# -- gateway passthrough and the decision by what was sent ----------------------------------------
def test_gateway_headers_are_evidence_but_a_provider_body_is_the_provider() -> None:
    row = _row("groq-invalid-api-key.json")
    d = classify(401, {"cf-aig-log-id": "01J9Z6", "server": "cloudflare"}, _body(row["file"]))
    assert d.origin == "groq"
    assert "header cf-aig-log-id present: the request passed through the gateway" in d.evidence
    assert not any("not proof" in e for e in d.evidence)


def test_openai_style_envelope_without_markers_uses_what_was_sent() -> None:
    body = b'{"error":{"message":"Something failed","type":"invalid_request_error","param":null,' \
           b'"code":"invalid_api_key"}}'
    assert classify(401, {}, body).origin == "unknown"
    d = classify(401, {}, body, Sent(provider="groq", mode="direct"))
    assert d.origin == "groq"
    assert any("origin taken from what was sent (provider groq)" in e for e in d.evidence)
    # A provider with no known error shape (DeepSeek) stays unknown.
    assert classify(401, {}, body, Sent(provider="deepseek")).origin == "unknown"


def test_markers_beat_what_was_sent() -> None:
    row = _row("openai-invalid-api-key.json")
    d = classify(401, {}, _body(row["file"]), Sent(provider="groq", mode="direct"))
    assert d.origin == "openai"


# -- hints -----------------------------------------------------------------------------------------
def test_groq_401_hint_depends_on_the_mode() -> None:
    body = _body("groq-invalid-api-key.json")
    by_mode = {
        m: classify(401, {}, body, Sent(mode=m, provider="groq")).hint
        for m in ("gateway-stored-key", "gateway-request-key", "direct", None)
    }
    assert len(set(by_mode.values())) == 4
    stored = by_mode["gateway-stored-key"]
    assert "Provider Keys" in stored and "Authorization" in stored and "GROQ_API_KEY" in stored
    assert "dummy" in stored
    assert by_mode["direct"].startswith("GROQ_API_KEY is wrong")
    assert "Provider Keys" not in by_mode["direct"]
    assert "GROQ_API_KEY is wrong" in by_mode["gateway-request-key"]
    # Mode unknown: both readings are offered.
    assert "Provider Keys" in by_mode[None] and "GROQ_API_KEY is wrong" in by_mode[None]


def test_stored_key_hint_uses_whether_authorization_went_out() -> None:
    body = _body("groq-invalid-api-key.json")
    none_sent = classify(401, {}, body, Sent(mode="gateway-stored-key", provider="groq",
                                             sent_provider_key=False)).hint
    sent = classify(401, {}, body, Sent(mode="gateway-stored-key", provider="groq",
                                        sent_provider_key=True)).hint
    assert "no Authorization header was sent" in none_sent
    assert "forwarded it instead of the stored key" in sent


def test_gateway_auth_hint_names_the_token_and_the_page() -> None:
    d = classify(401, {}, _body("gateway-2009-app-teste.json"),
                 Sent(mode="gateway-stored-key", sent_gateway_token=False))
    assert "CF_GATEWAY_TOKEN" in d.hint and "Run permission" in d.hint
    assert "Settings > Authentication" in d.hint
    assert "no cf-aig-authorization header was sent" in d.evidence


def test_compat_bare_model_hint_writes_the_groq_prefix() -> None:
    d = classify(400, {}, _body("gateway-2005.json"),
                 Sent(endpoint="compat", model="openai/gpt-oss-20b", via_gateway=True))
    assert "AUTOGEN_MODEL as groq/openai/gpt-oss-20b" in d.hint
    d = classify(400, {}, _body("gateway-2005.json"))
    assert "groq/" in d.hint and "AUTOGEN_MODEL" in d.hint


def test_invalid_provider_hint_names_the_right_prefix() -> None:
    d = classify(400, {}, _body("gateway-2008.json"), Sent(endpoint="compat", model="xai/grok-4"))
    assert "'xai/' should be 'grok/'" in d.hint


def test_retired_model_hint_names_the_replacement() -> None:
    d = classify(404, {}, _body("groq-model-not-found-retired.json"))
    assert d.cause == "model-decommissioned"
    assert "openai/gpt-oss-120b" in d.hint and "2026-08-16" in d.hint
    # The model as sent on compat (with its prefix) is looked up without the prefix, and the
    # replacement is written the way AUTOGEN_MODEL needs it there.
    body = (b'{"error":{"message":"The model `llama-3.1-8b-instant` does not exist or you do not '
            b'have access to it.","type":"invalid_request_error","code":"model_not_found"}}')
    d = classify(404, {}, body, Sent(provider="groq", endpoint="compat",
                                     model="groq/llama-3.1-8b-instant"))
    assert d.cause == "model-decommissioned"
    assert "AUTOGEN_MODEL to groq/openai/gpt-oss-20b" in d.hint


def test_hint_table_covers_every_cause_and_names_real_vocabulary() -> None:
    causes = {c for (_, c, _, _) in hints.HINTS}
    assert set(CAUSES) <= causes
    for origin, cause, situation, _ in hints.HINTS:
        assert origin in (*ORIGINS, hints.ANY)
        assert cause in CAUSES
        assert situation in (None, "gateway-stored-key", "gateway-request-key", "direct",
                             hints.STORED_AUTH, hints.STORED_NO_AUTH)


def test_every_table_row_points_at_a_vocabulary_cause() -> None:
    rows = [*shapes.GATEWAY_CODES.values(), *shapes.API_V4_CODES.values()]
    assert all(r.cause in CAUSES and r.source for r in rows)
    assert all(r.cause in CAUSES and r.source for rs in shapes.OPENAI_FAMILY_CODES.values()
               for r in rs)
    assert all(r.cause in (*CAUSES, None) and r.source for r in phrases.PHRASES)
    assert all(set(r.origins) <= {*ORIGINS, markers.RELAY} for r in phrases.PHRASES)
    assert all(m.origin in {*ORIGINS, markers.RELAY} and m.source and 1 <= m.weight <= 4
               for m in (*markers.TEXT_MARKERS, *markers.HEADER_MARKERS))
    for table in (shapes.STATUS_CAUSES, shapes.ANTHROPIC_TYPES, shapes.GOOGLE_STATUSES,
                  shapes.OPENROUTER_STATUSES, shapes.MISTRAL_TYPES, shapes.GOOGLE_REASONS):
        assert set(table.values()) <= set(CAUSES)


# -- edge, API v4, odd gateway answers -------------------------------------------------------------
def test_edge_answers_name_the_zone() -> None:
    d = classify(522, {}, _body("edge-522.json"))
    assert any("api.anthropic.com" in e and "not your gateway" in e for e in d.evidence)
    d = classify(403, {}, _body("edge-attention-required.html"))
    assert any("groq.com" in e for e in d.evidence)
    assert d.message == "Attention Required! | Cloudflare"


def test_html_without_cloudflare_markers_is_unknown() -> None:
    page = b"<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>"
    d = classify(502, {"server": "nginx"}, page)
    # Who is unknown; a 5xx is a server-side failure whoever sent it (issue 13).
    assert (d.origin, d.cause) == ("unknown", "provider-server-error")
    assert any("no Cloudflare marker" in e for e in d.evidence)
    assert classify(200, {}, page).cause == "unknown"


def test_unknown_gateway_code_is_the_gateway_with_unknown_cause() -> None:
    body = b'{"success":false,"error":[{"code":2999,"message":"Something new"}]}'
    d = classify(400, {}, body)
    assert (d.origin, d.cause, d.code, d.message) == ("cloudflare-gateway", "unknown", 2999,
                                                      "Something new")
    assert any("not in this tool's table" in e for e in d.evidence)


def test_api_v4_route_only_7000() -> None:
    body = b'{"result":null,"success":false,"errors":[{"code":7000,"message":"No route for that ' \
           b'URI"}],"messages":[]}'
    d = classify(400, {}, body)
    assert (d.origin, d.cause, d.code) == ("cloudflare-api", "cloudflare-api-route", 7000)


def test_truncated_gateway_body_is_still_the_gateway() -> None:
    full = _body("gateway-2003.json")
    d = classify(429, {}, full[:70])
    assert (d.origin, d.cause, d.code) == ("cloudflare-gateway", "gateway-rate-limited", 2003)
    assert any("truncated" in e for e in d.evidence)


def test_truncated_provider_body_is_not_guessed() -> None:
    d = classify(401, {}, b'{"error":{"message":"Inv')
    assert d.origin == "unknown"
    assert any("does not parse" in e for e in d.evidence)


def test_non_utf8_and_huge_bodies_do_not_break_it() -> None:
    d = classify(500, {}, b"\xff\xfe\x00garbage\x80" * 10)
    assert d.origin == "unknown"
    big = b'{"error":{"message":"' + b"x" * (2 * 1024 * 1024) + b'"}}'
    d = classify(400, {}, big)
    assert d.origin == "unknown"
    assert d.message is None or len(d.message) < 1000


def test_provider_5xx_without_body_needs_a_marker() -> None:
    d = classify(503, {"x-groq-region": "us-west-1"}, b"")
    assert (d.origin, d.cause) == ("groq", "provider-server-error")
    assert classify(503, {}, b"").origin == "unknown"


def test_groq_flex_capacity_498() -> None:
    body = b'{"error":{"message":"flex tier capacity exceeded","type":"capacity_exceeded",' \
           b'"code":"capacity_exceeded"}}'
    d = classify(498, {}, body)
    assert (d.origin, d.cause) == ("groq", "rate-limited")
    assert "flex" in d.hint


def test_rate_limit_hint_carries_the_wait() -> None:
    row = _row("groq-rate-limit-tpm.json")
    d = classify(429, row["headers"], _body(row["file"]))
    assert "retry after 7 s" in d.hint


def test_redirect_is_reported_with_its_target() -> None:
    d = classify(301, {"Location": "https://api.groq.com/openai/v1/chat/completions"}, b"")
    assert (d.origin, d.cause) == ("unknown", "unknown")
    # The base URL to set, never the endpoint the SDK appends (issue 10 item 15: following
    # the old hint gave a URL that lint's SW213 rejects).
    assert "OPENAI_BASE_URL=https://api.groq.com/openai/v1 " in d.hint
    assert "/chat/completions" not in d.hint
    assert any("https://api.groq.com/openai/v1/chat/completions" in e for e in d.evidence)


@pytest.mark.parametrize("location", [
    "https://user:hunter2pass@proxy.example.com/v1/chat/completions",
    "https://proxy.example.com/v1/chat/completions?key=s3cr3tvalue",
    "http://:hunter2pass@proxy.example.com:8443/openai/v1/models/",
    "https://proxy.example.com/v1/completions/",
    "/relative/chat/completions",
    "not a url at all",
])
def test_redirect_hint_never_suggests_an_endpoint_or_credentials(location: str) -> None:
    d = classify(307, {"Location": location}, b"")
    out = d.to_text() + json.dumps(d.to_dict())
    assert "hunter2pass" not in out and "s3cr3tvalue" not in out
    assert "user:" not in d.hint and "@" not in d.hint
    assert not re.search(r"/(?:chat/)?completions\b|/models\b", d.hint), d.hint
    base = hints.redirect_base(location)
    if base is not None:
        assert f"OPENAI_BASE_URL={base} " in d.hint
        assert base.startswith("http") and "@" not in base and "?" not in base


def test_2xx_that_is_not_a_completion_is_not_ok() -> None:
    d = classify(200, {}, b"<html>captive portal</html>")
    assert d.cause != "ok"
    d = classify(200, {}, b'{"hello": "world"}')
    assert d.cause == "unknown"


def test_2xx_completion_from_what_was_sent() -> None:
    body = b'{"id":"chatcmpl-1","object":"chat.completion","choices":[]}'
    d = classify(200, {}, body, Sent(provider="groq"))
    assert (d.origin, d.cause, d.exit_code) == ("groq", "ok", ExitCode.OK)
    assert classify(200, {}, body).origin == "unknown"


# -- no HTTP answer ------------------------------------------------------------------------------
@pytest.mark.parametrize("cause", sorted(FAILURE_CAUSES))
def test_failures_are_network_with_a_hint(cause: str) -> None:
    d = classify_failure(cause, "details here", Sent(mode="direct"))
    assert (d.origin, d.cause, d.status) == ("network", cause, None)
    assert d.exit_code == ExitCode.NETWORK
    assert d.hint and "details here" in d.hint + " ".join(d.evidence)


def test_failure_with_an_unlisted_cause_is_unknown_not_a_crash() -> None:
    d = classify_failure("reset", "connection reset by peer")
    assert (d.origin, d.cause) == ("network", "unknown")
    assert "reset" in d.evidence[0]


# -- secrets ---------------------------------------------------------------------------------
def test_echoed_keys_are_masked_in_message_and_evidence() -> None:
    body = json.dumps({"error": {
        "message": f"Incorrect API key provided: {OPENAI_KEY}. You can find your API key at "
                   "https://platform.openai.com/account/api-keys.",
        "type": "invalid_request_error", "param": None, "code": "invalid_api_key"}})
    d = classify(401, {}, body)
    out = json.dumps(d.to_dict()) + d.to_text()
    assert OPENAI_KEY not in out and OPENAI_KEY[8:-4] not in out
    assert d.origin == "openai"
    d = classify(401, {}, f"Invalid API Key {GROQ_KEY}", Sent(provider="groq"))
    out = json.dumps(d.to_dict()) + d.to_text()
    assert GROQ_KEY not in out and GROQ_KEY[4:-4] not in out
    d = classify_failure("tls-error", f"proxy said Authorization: Bearer {GROQ_KEY}")
    assert GROQ_KEY not in json.dumps(d.to_dict())


# -- robustness ------------------------------------------------------------------------------------
@settings(max_examples=150, deadline=None)
@given(status=st.one_of(st.none(), st.integers(100, 599)),
       headers=st.dictionaries(st.sampled_from(["server", "cf-ray", "x-groq-region",
                                                "cf-aig-log-id", "x-request-id", "location",
                                                "retry-after"]),
                               st.text(max_size=40), max_size=4),
       body=st.one_of(st.binary(max_size=300), st.text(max_size=300),
                      st.recursive(st.one_of(st.none(), st.booleans(), st.integers(),
                                             st.text(max_size=20)),
                                   lambda c: st.one_of(st.lists(c, max_size=3),
                                                       st.dictionaries(st.sampled_from(
                                                           ["error", "errors", "code", "message",
                                                            "type", "success", "name", "status",
                                                            "detail", "object", "choices",
                                                            "internalCode", "cloudflare_error"]),
                                                           c, max_size=4)),
                                   max_leaves=10).map(json.dumps)),
       mode=st.sampled_from([None, "gateway-stored-key", "gateway-request-key", "direct"]),
       provider=st.sampled_from([None, "groq", "openai", "deepseek", "nope"]))
def test_classify_never_raises_and_stays_in_the_vocabulary(status: int | None,
                                                           headers: dict[str, str],
                                                           body: bytes | str, mode: str | None,
                                                           provider: str | None) -> None:
    d = classify(status, headers, body, Sent(mode=mode, provider=provider, model="m/x"))
    assert d.origin in ORIGINS and d.cause in CAUSES
    assert isinstance(d.evidence, list)
    assert d.code is None or isinstance(d.code, (int, str))


def test_pasted_python_repr_gives_the_same_answer_as_the_raw_body() -> None:
    raw = _body("groq-organization-restricted.json")
    text = f"groq.BadRequestError: Error code: 400 - {json.loads(raw)!r}"
    p = parse(text)
    a = classify(p.status, p.headers, p.body)
    b = classify(400, {}, raw)
    assert (a.origin, a.cause, a.code, a.status) == (b.origin, b.cause, b.code, b.status)


def test_a_server_error_from_an_unknown_sender_does_not_blame_the_provider() -> None:
    d = classify(500, {}, "Internal Server Error")
    assert (d.origin, d.cause) == ("unknown", "provider-server-error")
    assert "the provider had" not in d.hint and "proxy" in d.hint
    assert classify(500, {"x-groq-region": "us-west-1"}, "").hint.startswith("Groq had a server")
