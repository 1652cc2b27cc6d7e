"""`check-app` with a real program (a stdlib app in a child process) against the stand-in:
verdicts, exit codes, the JSON shape, stdout purity, the deadline, and no secret anywhere."""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from app_support import (
    KEY,
    SECRETS,
    TOKEN,
    cli,
    compat,
    direct,
    raw_app,
    request_key,
    stored,
    write_env,
)
from probe_support import ACCT, GW, MODEL, Run, assert_no_secret

GW_PATH = f"/v1/{ACCT}/{GW}/groq/chat/completions"
CF = {"cf-aig-authorization": "Bearer ${CF_GATEWAY_TOKEN}"}
KEY_AUTH = {"authorization": "Bearer ${GROQ_API_KEY}"}


def check(tmp_path: Path, capsys: pytest.CaptureFixture[str], env: dict[str, str | None],
          command: list[str], *extra: str) -> Run:
    path = write_env(tmp_path, env)
    return cli(capsys, "check-app", "--env-file", str(path), "--format", "json", *extra,
               "--", *command)


def only(run: Run) -> dict[str, Any]:
    doc = run.json
    assert len(doc["requests"]) == 1, doc
    return doc["requests"][0]


# -- right requests, in every mode -------------------------------------------------------------
@pytest.mark.parametrize("env, headers", [
    (stored(), CF), (request_key(), {**CF, **KEY_AUTH}), (direct(), KEY_AUTH),
])
def test_a_right_request_passes_in_each_mode(tmp_path, capsys, env, headers) -> None:
    r = check(tmp_path, capsys, env, raw_app({"headers": headers}))
    assert r.code == 0, r.err
    assert r.json == {"requests": [{
        "method": "POST", "path": r.json["requests"][0]["path"],
        "auth_headers": sorted(headers, key=["authorization", "cf-aig-authorization"].index),
        "model": MODEL, "ok": True, "problems": []}], "app_exit": 0}
    assert "status 200" in r.err  # the stand-in answered as the real service does


def test_json_is_exactly_the_documented_shape(tmp_path, capsys) -> None:
    r = check(tmp_path, capsys, stored(), raw_app({"headers": {**CF, **KEY_AUTH}}))
    doc = r.json
    assert set(doc) == {"requests", "app_exit"}
    req = doc["requests"][0]
    assert set(req) == {"method", "path", "auth_headers", "model", "ok", "problems"}
    assert req["path"] == GW_PATH and req["method"] == "POST"
    assert req["auth_headers"] == ["authorization", "cf-aig-authorization"]  # names only
    assert all(set(p) == {"code", "message", "fix"} for p in req["problems"])


# -- what is wrong, and the fix ----------------------------------------------------------------
def test_stray_authorization_in_stored_key_mode_is_caught_and_the_app_sees_the_401(
        tmp_path, capsys) -> None:
    r = check(tmp_path, capsys, stored(), raw_app({"headers": {
        **CF, "authorization": "Bearer dummy"}}))
    assert r.code == 1
    req = only(r)
    assert req["ok"] is False
    assert [p["code"] for p in req["problems"]] == ["stray-authorization"]
    assert "status 401" in r.err and "Invalid API Key" in r.err  # what production would say
    assert "Authorization" in req["problems"][0]["fix"]


def test_authorization_holding_the_gateway_token_is_named(tmp_path, capsys) -> None:
    r = check(tmp_path, capsys, stored(), raw_app({"headers": {
        **CF, "authorization": "Bearer ${CF_GATEWAY_TOKEN}"}}))
    assert "holds the gateway token" in only(r)["problems"][0]["message"]


@pytest.mark.parametrize("env, headers, code", [
    (stored(), {}, "gateway-token-missing"),
    (stored(), {"cf-aig-authorization": "Bearer cfut_SomethingElse1234567890abcdef"},
     "gateway-token-wrong"),
    (stored(), {"cf-aig-authorization": "${CF_GATEWAY_TOKEN}"}, "gateway-token-wrong"),
    (request_key(), CF, "provider-key-missing"),
    (request_key(), {**CF, "authorization": "Bearer gsk_another"}, "provider-key-wrong"),
    (direct(), {**KEY_AUTH, **CF}, "gateway-token-to-provider"),
])
def test_credential_mistakes(tmp_path, capsys, env, headers, code) -> None:
    r = check(tmp_path, capsys, env, raw_app({"headers": headers}))
    assert r.code == 1
    assert [p["code"] for p in only(r)["problems"]] == [code]
    assert_no_secret(r.out + r.err, *SECRETS)


def test_request_key_mode_without_a_key_gets_what_the_gateway_answers(tmp_path, capsys) -> None:
    """No key on the request and none stored (the mode says the app sends its own): the
    gateway falls back to Unified Billing, and without credits answers 402, code 2021."""
    r = check(tmp_path, capsys, request_key(), raw_app({"headers": CF}))
    assert [p["code"] for p in only(r)["problems"]] == ["provider-key-missing"]
    assert "status 402" in r.err and "2021" in r.err


def test_a_token_without_bearer_says_so(tmp_path, capsys) -> None:
    r = check(tmp_path, capsys, stored(), raw_app({"headers": {
        "cf-aig-authorization": "${CF_GATEWAY_TOKEN}"}}))
    assert "without the 'Bearer ' prefix" in only(r)["problems"][0]["message"]


@pytest.mark.parametrize("env, req, code", [
    (compat(), {"headers": CF, "model": MODEL}, "compat-model-other-provider"),
    (compat(), {"headers": CF, "model": "llama-3.1-8b-instant"}, "compat-model-unprefixed"),
    (compat(), {"headers": CF, "model": "xai/grok-4"}, "compat-model-prefix"),
    (stored(), {"headers": CF, "model": f"groq/{MODEL}"}, "compat-model-prefix"),
    (stored(), {"headers": CF, "model": "llama-3.3-70b-versatile"}, "model-retired"),
    (stored(), {"headers": CF, "path": "/chat/completions/chat/completions"}, "path-doubled"),
    (direct(), {"headers": KEY_AUTH, "path": "/openai/v1/chat/completions"}, "path-doubled"),
    (stored(), {"headers": CF, "path": "/v1/chat/completions"}, "path-extra"),
])
def test_model_and_path_mistakes(tmp_path, capsys, env, req, code) -> None:
    r = check(tmp_path, capsys, env, raw_app(req))
    assert r.code == 1
    assert code in [p["code"] for p in only(r)["problems"]]
    assert "status 4" in r.err  # the stand-in refused it, as the real service would


def test_a_base_url_ending_in_chat_completions_is_a_doubled_path(tmp_path, capsys) -> None:
    env = stored(OPENAI_BASE_URL=stored()["OPENAI_BASE_URL"] + "/chat/completions")
    r = check(tmp_path, capsys, env, raw_app({"headers": CF}))
    assert [p["code"] for p in only(r)["problems"]] == ["path-doubled"]


def test_a_refusal_nothing_else_explains_is_read_by_the_classifier(tmp_path, capsys) -> None:
    r = check(tmp_path, capsys, stored(), raw_app({"headers": CF, "model": "no-such/model"}))
    problem = only(r)["problems"][0]
    assert problem["code"] == "rejected"
    assert "404" in problem["message"] and "model-not-found" in problem["message"]


def test_a_model_the_catalog_does_not_know_but_the_env_names_is_served(tmp_path, capsys) -> None:
    r = check(tmp_path, capsys, stored(AUTOGEN_MODEL="brand/new-model"), raw_app({"headers": CF}))
    assert r.code == 0 and only(r)["ok"], r.out  # the catalog may lag: no false alarm


def test_every_request_is_judged_in_order(tmp_path, capsys) -> None:
    r = check(tmp_path, capsys, stored(), raw_app(
        {"headers": CF}, {"headers": {**CF, "authorization": "Bearer x"}}))
    assert [q["ok"] for q in r.json["requests"]] == [True, False]
    assert r.code == 1


# -- the run -----------------------------------------------------------------------------------
def test_no_request_is_exit_3_with_the_likely_reason(tmp_path, capsys) -> None:
    r = check(tmp_path, capsys, stored(), raw_app(exit_code=4))
    assert r.code == 3
    assert r.json == {"requests": [], "app_exit": 4}
    assert "made no request" in r.err and "--base-url-var" in r.err


def test_no_request_in_text_names_the_reason_on_stdout(tmp_path, capsys) -> None:
    path = write_env(tmp_path, stored())
    r = cli(capsys, "check-app", "--env-file", str(path), "--", sys.executable, "-c", "pass")
    assert r.code == 3 and "made no request" in r.out and "hard-codes" in r.out


def test_the_apps_exit_code_is_reported_not_returned(tmp_path, capsys) -> None:
    r = check(tmp_path, capsys, stored(), raw_app({"headers": CF}, exit_code=7))
    assert r.code == 0 and r.json["app_exit"] == 7


def test_the_apps_output_goes_to_stderr_and_stdout_holds_only_the_report(tmp_path, capsys):
    r = check(tmp_path, capsys, stored(), raw_app({"headers": CF}, say="hello from the app"))
    json.loads(r.out)  # nothing else on stdout
    assert "hello from the app" in r.err and "hello from the app" not in r.out


def test_an_app_that_prints_its_secrets_has_them_masked(tmp_path, capsys) -> None:
    r = check(tmp_path, capsys, request_key(), raw_app(
        {"headers": {**CF, **KEY_AUTH}}, say="token=${CF_GATEWAY_TOKEN} key=${GROQ_API_KEY}"))
    assert "token=cfut_..." in r.err and "key=gsk_..." in r.err
    assert_no_secret(r.out + r.err, *SECRETS)


def test_the_text_report_holds_no_secret(tmp_path, capsys) -> None:
    path = write_env(tmp_path, request_key())
    r = cli(capsys, "check-app", "--env-file", str(path), "--", *raw_app(
        {"headers": {"cf-aig-authorization": "Bearer ${GROQ_API_KEY}",
                     "authorization": "Bearer ${CF_GATEWAY_TOKEN}"}}))
    assert r.code == 1 and "WRONG gateway-token-wrong" in r.out
    assert "WRONG provider-key-wrong" in r.out and "fix:" in r.out
    assert_no_secret(r.out + r.err, *SECRETS)


def test_the_apps_own_load_dotenv_keeps_the_stand_in(tmp_path, capsys, monkeypatch) -> None:
    """python-dotenv does not override: an app reading the same .env still reaches us."""
    monkeypatch.chdir(tmp_path)
    write_env(tmp_path, stored())
    script = tmp_path / "app.py"
    script.write_text("import os, runpy, sys\nfrom dotenv import load_dotenv\nload_dotenv()\n"
                      f"sys.argv = ['raw', sys.argv[1]]\nrunpy.run_path({raw_app()[1]!r})\n")
    r = cli(capsys, "check-app", "--format", "json", "--", sys.executable, str(script),
            raw_app({"headers": CF})[2])
    assert r.code == 0 and only(r)["ok"], r.err


def test_base_url_var_and_var_point_another_variable_at_the_stand_in(tmp_path, capsys,
                                                                     monkeypatch) -> None:
    monkeypatch.setenv("BASE_VAR", "MY_BASE")
    env = stored()
    env["MY_BASE"] = env.pop("OPENAI_BASE_URL")
    r = check(tmp_path, capsys, env, raw_app({"headers": CF}), "--var", "base_url=MY_BASE")
    assert r.code == 0 and only(r)["ok"], r.err
    env2 = stored()  # the app reads another name than the .env's: --base-url-var
    r = check(tmp_path, capsys, env2, raw_app({"headers": CF}), "--base-url-var", "MY_BASE")
    assert r.code == 0 and only(r)["ok"], r.err


def test_var_renames_every_role_the_judge_reads(tmp_path, capsys) -> None:
    env = {"LLM_URL": stored()["OPENAI_BASE_URL"], "LLM_MODEL": MODEL, "CF_AIG_TOKEN": TOKEN,
           "MY_GROQ": KEY, "AI_GATEWAY_MODE": "gateway-request-key"}
    r = check(tmp_path, capsys, env, raw_app({"headers": {
        "cf-aig-authorization": "Bearer ${CF_AIG_TOKEN}", "authorization": "Bearer ${MY_GROQ}"},
        "model": MODEL}), "--var", "base_url=LLM_URL", "--var", "model=LLM_MODEL",
        "--var", "gateway_token=CF_AIG_TOKEN", "--var", "provider_key=MY_GROQ",
        "--base-url-var", "OPENAI_BASE_URL")
    # The app reads OPENAI_BASE_URL (raw_request's default): --base-url-var sets that one.
    assert r.code == 0 and only(r)["ok"], r.out + r.err


def test_the_deadline_stops_the_whole_process_group(tmp_path, capsys) -> None:
    pidfile = tmp_path / "child.pid"
    code = ("import subprocess, sys, time\n"
            "c = subprocess.Popen([sys.executable, '-c', 'import time; time.sleep(60)'])\n"
            f"open({str(pidfile)!r}, 'w').write(str(c.pid))\n"
            "print('started', flush=True)\ntime.sleep(60)\n")
    started = time.monotonic()
    r = check(tmp_path, capsys, stored(), [sys.executable, "-c", code], "--timeout", "1.5")
    assert time.monotonic() - started < 10
    assert r.code == 3 and r.json == {"requests": [], "app_exit": 143}  # SIGTERM
    assert "deadline" in r.err
    child = int(pidfile.read_text())
    for _ in range(50):  # the grandchild went with its group
        try:
            os.kill(child, 0)
        except ProcessLookupError:
            break
        time.sleep(0.1)
    else:
        pytest.fail("the app's child outlived the deadline")


def test_requests_made_before_the_deadline_are_judged(tmp_path, capsys) -> None:
    code = ("import runpy, sys, time\n"
            f"sys.argv = ['raw', {raw_app({'headers': CF})[2]!r}]\n"
            "try:\n"
            f"    runpy.run_path({raw_app()[1]!r})\n"
            "except SystemExit:\n    pass\ntime.sleep(60)\n")
    r = check(tmp_path, capsys, stored(), [sys.executable, "-c", code], "--timeout", "5")
    assert r.code == 0 and only(r)["ok"] and r.json["app_exit"] == 143


# -- bad input ---------------------------------------------------------------------------------
@pytest.mark.parametrize("argv, says", [
    ([], "no program to run"),
    (["--timeout", "0", "--", "true"], "--timeout"),
    (["--base-url-var", "1BAD", "--", "true"], "--base-url-var"),
    (["--var", "colour=X", "--", "true"], "is not a role"),
    (["--var", "model", "--", "true"], "ROLE=NAME"),
    (["--", "/no/such/program"], "no such program"),
])
def test_bad_arguments_are_one_line_and_exit_2(tmp_path, capsys, argv, says) -> None:
    path = write_env(tmp_path, stored())
    r = cli(capsys, "check-app", "--env-file", str(path), *argv)
    assert r.code == 2 and says in r.err and "Traceback" not in r.err
    assert len(r.err.strip().splitlines()) == 1


def test_a_missing_env_is_exit_2_and_one_without_base_url_exit_3(tmp_path, capsys) -> None:
    r = cli(capsys, "check-app", "--env-file", str(tmp_path / "none.env"), "--", "true")
    assert r.code == 2 and "does not exist" in r.err
    path = write_env(tmp_path, {"AUTOGEN_MODEL": MODEL})
    r = cli(capsys, "check-app", "--env-file", str(path), "--", "true")
    assert r.code == 3 and "OPENAI_BASE_URL" in r.err


def test_other_providers_are_judged_but_not_played(tmp_path, capsys) -> None:
    """The stand-in plays Groq only: for OpenAI the verdict rests on the headers alone."""
    env = {"OPENAI_BASE_URL": stored()["OPENAI_BASE_URL"].replace("/groq", "/openai"),
           "AUTOGEN_MODEL": "gpt-6.1-terra", "CF_GATEWAY_TOKEN": TOKEN,
           "AI_GATEWAY_MODE": "gateway-stored-key"}
    r = check(tmp_path, capsys, env, raw_app({"headers": CF}))
    assert r.code == 0 and only(r)["ok"]
    r = check(tmp_path, capsys, env, raw_app({"headers": {**CF, "authorization": "Bearer x"}}))
    assert "OpenAI" in only(r)["problems"][0]["message"]


def test_secret_scan_of_a_wrong_run_in_every_format(tmp_path, capsys) -> None:
    for fmt in ("json", "text"):
        path = write_env(tmp_path, request_key())
        r = cli(capsys, "check-app", "--env-file", str(path), "--format", fmt, "--", *raw_app(
            {"headers": {"cf-aig-authorization": f"Bearer {KEY}", "authorization": TOKEN}}))
        assert r.code == 1
        assert_no_secret(r.out + r.err, *SECRETS)
