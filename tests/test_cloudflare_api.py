"""The Cloudflare API client against raw answers in the recorded shapes, on a real loopback
socket: verify (and its code-10000 gotcha), paging, defensive reading, refusals with the
permission to add, network faults within one deadline, and the token never leaking."""

from __future__ import annotations

import time
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
from api_support import ACCOUNT, API, BAD_API_TOKEN, Reply, canned_api, envelope, failure
from probe_support import assert_no_secret

from setup_wizard.config.cloudflare import Gateway, GatewayLog, StoredKey, token_kind
from setup_wizard.errors import CloudflareRefused, ExitCode, NetworkFailure, UsageError
from setup_wizard.probe.cloudflare_api import CloudflareAPI, check_api_token, read_token
from setup_wizard.probe.request import ConnectTo

USER = "cfut_" + "UsErToKeN" * 4 + "abcd"
OWNED = "cfat_" + "AcCtToKeN" * 4 + "abcd"
LEGACY = "LeGaCyToKeN" * 3 + "1234567"  # the older format: 40 characters, no prefix
# A real verify answer, its success message included (docs/sources.md#cloudflare-api).
VALID = envelope({"id": "59xx4f6axxx278x70e02cx2x1b1b1x8x", "status": "active",
                  "expires_on": "2027-03-09T23:59:59Z"},
                 messages=[{"code": 10000, "message": "This API Token is valid and active",
                            "type": None}])
INVALID = failure(1000, "Invalid API Token")
AUTH_ERROR = failure(10000, "Authentication error")
GW_PATH = f"/client/v4/accounts/{ACCOUNT}/ai-gateway/gateways"


def api(url: str, token: str = USER, timeout: float = 3.0) -> CloudflareAPI:
    return CloudflareAPI(token, deadline=time.monotonic() + timeout,
                         connect_to=[ConnectTo.parse(f"{API}={url}")])


def page_of(path: str) -> int:
    return int(parse_qs(urlsplit(path).query).get("page", ["1"])[0])


# -- verify ----------------------------------------------------------------------------------------
def test_a_valid_token_is_not_taken_for_an_error_by_its_code_10000() -> None:
    with canned_api(lambda p: (200, VALID)) as stub, api(stub.url) as cf:
        assert cf.verify() == "/user/tokens/verify"
    path, headers = stub.seen[0]
    assert path == "/client/v4/user/tokens/verify"
    assert headers["authorization"] == f"Bearer {USER}"


@pytest.mark.parametrize("status", ["disabled", "expired", None])
def test_a_token_that_is_not_active_is_refused(status: str | None) -> None:
    body = envelope({"id": "x", "status": status} if status else {"id": "x"})
    with canned_api(lambda p: (200, body)) as stub, api(stub.url) as cf, \
            pytest.raises(CloudflareRefused) as e:
        cf.verify()
    assert e.value.exit_code == ExitCode.CLOUDFLARE_REJECTED
    assert (status or "not active") in e.value.message


def test_an_invalid_token_is_refused_with_its_code_and_classified() -> None:
    with canned_api(lambda p: (401, INVALID)) as stub, api(stub.url, BAD_API_TOKEN) as cf, \
            pytest.raises(CloudflareRefused) as e:
        cf.verify()
    assert "HTTP 401, code 1000: Invalid API Token" in e.value.message
    assert e.value.cause == "cloudflare-api-auth"  # the classifier's reading, origin API
    assert "create a new one" in (e.value.fix or "")
    assert_no_secret(e.value.one_line(), BAD_API_TOKEN)


def test_an_account_token_is_verified_at_its_account() -> None:
    with canned_api(lambda p: (200, VALID)) as stub, api(stub.url, OWNED) as cf:
        assert cf.verify(ACCOUNT) == f"/accounts/{ACCOUNT}/tokens/verify"
    assert stub.paths() == [f"/client/v4/accounts/{ACCOUNT}/tokens/verify"]


def test_an_account_token_without_an_account_is_a_usage_error_before_any_request() -> None:
    with canned_api(lambda p: (200, VALID)) as stub, api(stub.url, OWNED) as cf, \
            pytest.raises(UsageError, match="account API token"):
        cf.verify(None)
    assert stub.seen == []


def test_an_older_token_is_tried_at_the_account_when_the_user_endpoint_refuses_it() -> None:
    def answer(path: str) -> Reply:
        return (401, INVALID) if path.startswith("/client/v4/user/") else (200, VALID)

    with canned_api(answer) as stub, api(stub.url, LEGACY) as cf:
        assert cf.verify(ACCOUNT) == f"/accounts/{ACCOUNT}/tokens/verify"
    assert len(stub.seen) == 2


def test_token_kinds_follow_the_documented_prefixes() -> None:
    assert [token_kind(t) for t in (USER, OWNED, "cfk_" + "x" * 40, LEGACY)] == [
        "user", "account", "global-key", "legacy"]


@pytest.mark.parametrize("bad", ["two words", "tab\tinside", "", "naïve-token-value",
                                 "cfk_" + "G" * 40])
def test_unusable_tokens_are_refused_without_quoting_them(bad: str) -> None:
    with pytest.raises(UsageError) as e:
        check_api_token(bad)
    assert bad.strip() == "" or bad not in e.value.one_line()


def test_read_token_from_the_environment_or_one_line_of_a_pipe() -> None:
    import io

    assert read_token({"CLOUDFLARE_API_TOKEN": f" {USER} \n"}, io.StringIO(),
                      from_stdin=False) == USER
    assert read_token({}, io.StringIO(), from_stdin=False) is None
    assert read_token({}, io.StringIO(f"{OWNED}\nrest\n"), from_stdin=True) == OWNED
    with pytest.raises(UsageError, match="no line"):
        read_token({}, io.StringIO(""), from_stdin=True)


# -- paging and reading ---------------------------------------------------------------------------
def _gw(name: str, **extra: Any) -> dict[str, Any]:
    return {"id": name, "authentication": True, "collect_logs": True, "cache_ttl": None,
            "rate_limiting_limit": 0, "rate_limiting_interval": 0,
            "rate_limiting_technique": "fixed", **extra}


def test_every_page_is_followed_until_one_comes_back_empty() -> None:
    """Page 2 holds fewer rows than asked for and is still not taken as the last."""
    pages = {1: [_gw("a"), _gw("b")], 2: [_gw("c")], 3: [_gw("d"), _gw("e")], 4: []}

    def answer(path: str) -> Reply:
        if "provider_configs" in path:
            return 200, envelope([], page=1)
        return 200, envelope(pages.get(page_of(path), []), page=page_of(path))

    with canned_api(answer) as stub, api(stub.url) as cf:
        found = cf.gateways(ACCOUNT)
    assert [g.id for g in found] == ["a", "b", "c", "d", "e"]
    gw_calls = [p for p in stub.paths() if "provider_configs" not in p]
    assert [page_of(p) for p in gw_calls] == [1, 2, 3, 4]
    assert all("per_page=50" in p for p in gw_calls)


def test_a_server_that_ignores_page_does_not_loop_forever() -> None:
    def answer(path: str) -> Reply:
        if "provider_configs" in path:
            return 200, envelope([])
        return 200, envelope([_gw("a"), _gw("b")], page=1)  # the same page, always

    with canned_api(answer) as stub, api(stub.url) as cf:
        assert [g.id for g in cf.gateways(ACCOUNT)] == ["a", "b"]
    assert len([p for p in stub.paths() if "provider_configs" not in p]) == 2


def test_stored_keys_are_read_per_gateway_and_fields_left_out_are_none() -> None:
    keys = [{"id": "k1", "alias": "default", "default_config": True, "gateway_id": "a",
             "modified_at": "2026-11-03T09:00:00Z", "provider_slug": "groq",
             "secret_id": "s", "secret_preview": "gsk_****"},
            {"provider_slug": "openai"}]  # a sparse row: read, not dropped

    def answer(path: str) -> Reply:
        if "provider_configs" in path:
            return 200, envelope(keys if page_of(path) == 1 else [], page=page_of(path))
        return 200, envelope([{"id": "a"}] if page_of(path) == 1 else [], page=page_of(path))

    with canned_api(answer) as stub, api(stub.url) as cf:
        (g,) = cf.gateways(ACCOUNT)
    assert g.to_dict() == {
        "id": "a", "authentication": None, "cache_ttl": None, "rate_limiting": None,
        "collect_logs": None,
        "provider_keys": [{"provider": "groq", "alias": "default", "default": True},
                          {"provider": "openai", "alias": None, "default": None}]}
    assert "secret_preview" not in str(g.to_dict()) and "gsk_" not in str(g.to_dict())


@pytest.mark.parametrize("row, expect", [
    ({"id": "x", "authentication": "yes", "cache_ttl": "300", "collect_logs": 1},
     {"authentication": None, "cache_ttl": None, "collect_logs": None}),
    ({"id": "x", "cache_ttl": 300.0, "rate_limiting_limit": 5},
     {"cache_ttl": 300, "rate_limiting": {"limit": 5, "interval": None, "technique": None}}),
])
def test_wrong_types_are_read_as_unknown_not_trusted(row: dict[str, Any],
                                                     expect: dict[str, Any]) -> None:
    g = Gateway.from_api(row)
    assert g is not None
    d = g.to_dict()
    assert {k: d[k] for k in expect} == expect


def test_the_key_used_by_default_is_alias_default_or_the_default_config() -> None:
    g = Gateway("g", True, None, None, True, (
        StoredKey("groq", "work", False), StoredKey("openai", "team", True),
        StoredKey("mistral", "default", None)))
    assert g.keys_for("groq") == [StoredKey("groq", "work", False)]
    assert g.default_keys_for("groq") == []  # stored, but only under another alias
    assert g.default_keys_for("openai") == [StoredKey("openai", "team", True)]
    assert g.default_keys_for("mistral") == [StoredKey("mistral", "default", None)]
    assert g.default_keys_for("cerebras") == []
    assert g.with_keys(None).default_keys_for("groq") is None  # unknown, not "none"


def test_rows_without_an_id_are_skipped() -> None:
    assert Gateway.from_api({"authentication": True}) is None
    assert StoredKey.from_api({}).to_dict() == {"provider": None, "alias": None, "default": None}


# -- refusals ------------------------------------------------------------------------------------
def test_a_refused_gateway_list_names_the_permission_to_add() -> None:
    with canned_api(lambda p: (403, AUTH_ERROR)) as stub, api(stub.url) as cf, \
            pytest.raises(CloudflareRefused) as e:
        cf.gateways(ACCOUNT)
    line = e.value.one_line()
    assert "Cloudflare refused to list the AI gateways" in line
    assert "HTTP 403, code 10000: Authentication error" in line
    assert "AI Gateway Read" in line and "\n" not in line
    assert e.value.cause == "cloudflare-api-auth"


def test_an_unknown_account_is_a_route_error_naming_the_account() -> None:
    body = failure(7003, "Could not route to /accounts/x/ai-gateway/gateways, perhaps your "
                   "object identifier is invalid?")
    with canned_api(lambda p: (400, body)) as stub, api(stub.url) as cf, \
            pytest.raises(CloudflareRefused) as e:
        cf.gateways(ACCOUNT)
    assert e.value.cause == "cloudflare-api-route"
    assert f"check the account ID {ACCOUNT}" in (e.value.fix or "")


def test_refused_stored_keys_leave_the_gateway_listed_with_keys_unknown() -> None:
    def answer(path: str) -> Reply:
        if "provider_configs" in path:
            return 403, AUTH_ERROR
        return 200, envelope([_gw("a")] if page_of(path) == 1 else [])

    with canned_api(answer) as stub, api(stub.url) as cf:
        (g,) = cf.gateways(ACCOUNT)
        assert g.provider_keys is None and g.keys_for("groq") is None
        assert len(cf.warnings) == 1 and "provider keys stored on gateway a" in cf.warnings[0]
        assert "UNCONFIRMED" in cf.warnings[0]


def test_an_answer_that_is_not_the_envelope_is_refused_not_crashed_on() -> None:
    with canned_api(lambda p: (200, b"<html>a captive portal</html>")) as stub, \
            api(stub.url) as cf, pytest.raises(CloudflareRefused):
        cf.gateways(ACCOUNT)
    with canned_api(lambda p: (200, envelope({"not": "a list"}))) as stub, \
            api(stub.url) as cf, pytest.raises(CloudflareRefused, match="no result list"):
        cf.gateways(ACCOUNT)


def test_an_echoed_token_is_masked_in_the_error() -> None:
    body = failure(10000, f"Authentication error for token {USER}")
    with canned_api(lambda p: (403, body)) as stub, api(stub.url) as cf, \
            pytest.raises(CloudflareRefused) as e:
        cf.gateways(ACCOUNT)
    assert_no_secret(e.value.one_line() + str(e.value), USER)


# -- the network ---------------------------------------------------------------------------------
def test_nothing_listening_is_a_network_failure() -> None:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with api(f"http://127.0.0.1:{port}") as cf, pytest.raises(NetworkFailure) as e:
        cf.verify()
    assert e.value.exit_code == ExitCode.NETWORK
    assert "connection-refused" in e.value.message


def test_one_deadline_covers_every_call() -> None:
    """No answer ends in `timeout`; how soon is measured by benchmarks/bench_cloudflare_api.py."""
    with canned_api(lambda p: None) as stub, api(stub.url, timeout=0.6) as cf, \
            pytest.raises(NetworkFailure, match="timeout"):
        cf.gateways(ACCOUNT)
    assert len(stub.seen) == 1  # nothing more is sent once the deadline has passed


def test_a_redirect_is_not_followed_so_the_token_goes_nowhere_else() -> None:
    with canned_api(lambda p: (200, VALID)) as elsewhere:
        def answer(path: str) -> Reply:
            return 301, b""

        with canned_api(answer) as stub, api(stub.url) as cf, pytest.raises(CloudflareRefused):
            cf.verify()
        assert elsewhere.seen == []


def test_ids_are_quoted_into_the_path() -> None:
    with canned_api(lambda p: (200, envelope([]))) as stub, api(stub.url) as cf:
        cf.gateways("../../user")
    assert stub.paths()[0].startswith("/client/v4/accounts/..%2F..%2Fuser/ai-gateway/")


# -- the log ---------------------------------------------------------------------------------------
LOG = {"id": "0193f0f4-aaaa-7bbb-8ccc-000000000001", "cached": False,
       "created_at": "2026-11-28T10:00:00.000Z", "duration": 120, "model": "openai/gpt-oss-20b",
       "path": "chat/completions", "provider": "groq", "success": False, "tokens_in": 0,
       "tokens_out": 0, "status_code": 401, "step": 0}


def test_the_log_is_polled_until_it_appears() -> None:
    calls: list[str] = []

    def answer(path: str) -> Reply:
        calls.append(path)
        if len(calls) < 3:
            return 404, failure(1404, "not found")
        return 200, envelope(LOG)

    with canned_api(answer) as stub, api(stub.url) as cf:
        entry, why = cf.gateway_log(ACCOUNT, "gw", LOG["id"])
    assert why == "" and entry is not None and len(calls) == 3
    assert entry.to_dict()["status_code"] == 401 and entry.provider == "groq"
    assert "the gateway called groq (model openai/gpt-oss-20b, chat/completions) and got " \
           "HTTP 401" in entry.says()


def test_an_entry_without_its_status_yet_is_polled_again_then_kept() -> None:
    partial = {k: v for k, v in LOG.items() if k != "status_code"}
    with canned_api(lambda p: (200, envelope(partial))) as stub, api(stub.url, timeout=1.0) as cf:
        entry, why = cf.gateway_log(ACCOUNT, "gw", LOG["id"])
    assert entry is not None and entry.status_code is None and why == ""
    assert len(stub.seen) >= 2
    assert "no status yet" in entry.says()


def test_a_log_never_written_gives_up_at_the_deadline() -> None:
    with canned_api(lambda p: (404, failure(1404, "not found"))) as stub, \
            api(stub.url, timeout=0.8) as cf:
        entry, why = cf.gateway_log(ACCOUNT, "gw", "id-1")
    assert entry is None and "logging may be off" in why
    assert f"not found after {len(stub.seen)} tries within the deadline" in why
    assert 2 <= len(stub.seen) <= 3  # 0.25 s, then 0.5 s; the next wait would pass 0.8 s


def test_a_refused_log_says_which_permission() -> None:
    with canned_api(lambda p: (403, AUTH_ERROR)) as stub, api(stub.url) as cf:
        entry, why = cf.gateway_log(ACCOUNT, "gw", "id-1")
    assert entry is None and "AI Gateway Read" in why and len(stub.seen) == 1


def test_log_fields_are_optional() -> None:
    entry = GatewayLog.from_api({}, "fallback-id")
    assert entry.to_dict() == {"id": "fallback-id", "provider": None, "model": None,
                               "status_code": None, "success": None, "cached": None,
                               "path": None, "created_at": None, "duration": None,
                               "step": None}
