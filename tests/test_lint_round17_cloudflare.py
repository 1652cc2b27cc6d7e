"""An app's own client given a Cloudflare URL it completes itself (issue 12, the wrongcf probe's
family F1 and its notes), judged until now by OpenAI-SDK rules.

- Workers AI's native REST base, `https://api.cloudflare.com/client/v4/accounts/{id}/ai/run/`,
  to which the app appends `@cf/<model>` (mad-scientist's API_BASE_URL, aperion-llm-router's
  WORKERS_AI_BASE_URL; LiteLLM's own Workers AI client does the same), the same route through
  the gateway (`.../{gateway}/workers-ai`), and the gateway's root (TraceRoot's
  AI_GATEWAY_BASE_URL, to which its client adds each provider's path): SW222 / SW216 / SW221
  errors under any name. Under a name lint does not know the client of they are now warnings
  (SW233, SW234), with no SW214 on the native base's trailing slash; under the OpenAI SDK's
  names and names whose client lint knows they stay errors.
- A Cloudflare token beside a URL straight to api.cloudflare.com is Workers AI's key, not a
  gateway token (no SW404), and SW507 names the file's own key name.
- CLOUDFLARE_API_KEY, promptfoo's, pi's and LiteLLM's name for the Workers AI token, is in the
  names table: a wrong value under it is judged.

Firing texts are the probe's configurations verbatim (and the copies it filled in, diag/);
silent ones are the same values under the OpenAI SDK's names (still errors) and look-alikes."""

from __future__ import annotations

import pytest
from lint_support import codes as _codes
from lint_support import errors as _errors
from lint_support import lint_findings as _lint

ACCT = "023e105f4ecef8ad9ca31a8372d0c353"
# A token of today's shape (cfut_ + 40 characters + a checksum); the probe's filled copies
# used cfut_ + 40 (no checksum), which lint calls malformed once it is read as the key.
CF_TOKEN = "cfut_" + "Rnd17CfTok" * 4 + "x9Q"
CF_TOKEN_2 = "cfut_" + "OtherAigTk" * 4 + "p3Z"




def _fix(text: str, code: str, key: str) -> str:
    return next(f.fix or "" for f in _lint(text) if f.code == code and f.key == key)


# -- F1a: Workers AI's native /ai/run base under an app's own name ------------------------------
MADSCI = """# Cloudflare API Configuration
API_BASE_URL=https://api.cloudflare.com/client/v4/accounts/{account_id}/ai/run/
ACCOUNT_ID=your_cloudflare_account_id
AUTH_TOKEN=your_cloudflare_api_token

# Application Configuration
SECRET_KEY=your_secret_key_for_sessions
GTAG=your_google_analytics_tag

# Logging Configuration
LOG_LEVEL=INFO  # Options: DEBUG, INFO, WARNING, ERROR, CRITICAL
"""
MADSCI_FILLED = """API_BASE_URL=https://api.cloudflare.com/client/v4/accounts/023e105f4ecef8ad9ca31a8372d0c353/ai/run/
ACCOUNT_ID=023e105f4ecef8ad9ca31a8372d0c353
AUTH_TOKEN=cfut_0123456789abcdefghijklmnopqrstuvwxyzABCD
"""
SWITCHBOARD = """# OpenAI (Premium tier)
export OPENAI_API_KEY=sk-...

# Google Gemini (Free tier)
export GEMINI_API_KEY=AIza...

# Cloudflare Workers AI (Low-cost tier)
export WORKERS_AI_API_KEY=your-cf-token
export WORKERS_AI_BASE_URL=https://api.cloudflare.com/client/v4/accounts/ACCT/ai/run
"""
SWITCHBOARD_FILLED = """export WORKERS_AI_API_KEY=cfut_0123456789abcdefghijklmnopqrstuvwxyzABCD
export WORKERS_AI_BASE_URL=https://api.cloudflare.com/client/v4/accounts/023e105f4ecef8ad9ca31a8372d0c353/ai/run
"""
SWITCHBOARD_GW_FILLED = """export WORKERS_AI_API_KEY=cfut_0123456789abcdefghijklmnopqrstuvwxyzABCD
export WORKERS_AI_CF_AIG_TOKEN=cfut_abcdefghij0123456789abcdefghijklmnopqrst
export WORKERS_AI_BASE_URL=https://gateway.ai.cloudflare.com/v1/023e105f4ecef8ad9ca31a8372d0c353/my-gw/workers-ai
"""
NATIVE = f"https://api.cloudflare.com/client/v4/accounts/{ACCT}/ai/run"
GW = f"https://gateway.ai.cloudflare.com/v1/{ACCT}/my-gw"


@pytest.mark.parametrize(("text", "name"), [(MADSCI, "API_BASE_URL"),
                                             (MADSCI_FILLED, "API_BASE_URL"),
                                             (SWITCHBOARD, "WORKERS_AI_BASE_URL"),
                                             (SWITCHBOARD_FILLED, "WORKERS_AI_BASE_URL")])
def test_native_run_base_under_an_apps_own_name_is_a_warning(text: str, name: str) -> None:
    found = _codes(text, "SW222", "SW214", "SW233")
    assert found == [("SW233", name, "warning")]
    said = next(f.message for f in _lint(text) if f.code == "SW233")
    assert "native" in said and "/ai/v1" in said


def test_the_native_bases_fix_is_the_openai_base_and_the_others_keep_the_path() -> None:
    # SW233's own fix is the OpenAI-compatible base; the account placeholder's keeps the
    # app's /ai/run/ (its slash too: mad-scientist posts f"{API_BASE_URL}{mod_id}").
    assert _fix(MADSCI, "SW233", "API_BASE_URL").endswith("/accounts/<account_id>/ai/v1")
    assert _fix(MADSCI, "SW218", "API_BASE_URL") == \
        "set API_BASE_URL=https://api.cloudflare.com/client/v4/accounts/<account_id>/ai/run/"


@pytest.mark.parametrize("name", ["OPENAI_BASE_URL", "OPENAI_API_BASE", "GROQ_BASE_URL"])
@pytest.mark.parametrize("slash", ["", "/"])
def test_native_run_base_stays_an_error_for_clients_lint_knows(name: str, slash: str) -> None:
    # An OpenAI SDK posts .../ai/run/chat/completions (Aider #5468's mistake).
    text = f"{name}={NATIVE}{slash}\n"
    assert ("SW222", name, "error") in _codes(text, "SW222")
    assert not _codes(text, "SW233", "SW214")


@pytest.mark.parametrize("name", ["WORKERS_AI_BASE_URL", "API_BASE_URL", "OPENAI_BASE_URL"])
def test_the_openai_compatible_base_is_silent_under_any_name(name: str) -> None:
    text = f"{name}=https://api.cloudflare.com/client/v4/accounts/{ACCT}/ai/v1\n"
    assert not _codes(text, "SW222", "SW233", "SW214")


def test_other_paths_on_the_api_host_are_still_errors() -> None:
    # Not the native base: /ai/run/run, /ai alone, or another slash than the base's.
    for path in ("/ai/run/run", "/ai", "/ai/runs/"):
        text = f"API_BASE_URL=https://api.cloudflare.com/client/v4/accounts/{ACCT}{path}\n"
        assert ("SW222", "API_BASE_URL") in _errors(text), path
        assert not _codes(text, "SW233")


def test_a_trailing_slash_elsewhere_is_still_said() -> None:
    text = "LLM_BASE_URL=https://api.groq.com/openai/v1/\n"
    assert _codes(text, "SW214") == [("SW214", "LLM_BASE_URL", "warning")]


# -- F1a through the gateway: .../workers-ai with nothing after it ------------------------------
def test_native_workers_ai_route_under_an_apps_own_name_is_a_warning() -> None:
    found = _codes(SWITCHBOARD_GW_FILLED, "SW216", "SW233", "SW214")
    assert found == [("SW233", "WORKERS_AI_BASE_URL", "warning")]
    assert _fix(SWITCHBOARD_GW_FILLED, "SW233", "WORKERS_AI_BASE_URL").endswith(
        "/my-gw/workers-ai/v1")


@pytest.mark.parametrize("slash", ["", "/"])
def test_native_workers_ai_route_stays_an_error_under_the_sdks_name(slash: str) -> None:
    text = f"OPENAI_BASE_URL={GW}/workers-ai{slash}\nCF_AIG_TOKEN={CF_TOKEN}\n"
    assert ("SW216", "OPENAI_BASE_URL", "error") in _codes(text, "SW216")
    assert not _codes(text, "SW233", "SW214")


def test_other_paths_after_workers_ai_stay_sw216_under_any_name() -> None:
    # MisakaNet's /workers-ai/run is no documented route (it contradicts Cloudflare's docs).
    text = f"WORKERS_AI_BASE_URL={GW}/workers-ai/run\n"
    assert ("SW216", "WORKERS_AI_BASE_URL", "error") in _codes(text, "SW216")


# -- F1b: the gateway's root under an app's own name --------------------------------------------
TRACEROOT = "AI_GATEWAY_BASE_URL=https://gateway.ai.cloudflare.com/v1/<account-id>/<gateway-id>\n"
TRACEROOT_FILLED = """AI_GATEWAY_BASE_URL=https://gateway.ai.cloudflare.com/v1/023e105f4ecef8ad9ca31a8372d0c353/my-gw
AI_GATEWAY_TOKEN=cfut_abcdefghij0123456789abcdefghijklmnopqrst
"""


@pytest.mark.parametrize("text", [TRACEROOT, TRACEROOT_FILLED])
def test_gateway_root_under_an_apps_own_name_is_a_warning(text: str) -> None:
    assert _codes(text, "SW221", "SW234") == [("SW234", "AI_GATEWAY_BASE_URL", "warning")]


def test_the_gateway_roots_other_fixes_keep_the_root() -> None:
    assert _fix(TRACEROOT, "SW218", "AI_GATEWAY_BASE_URL") == \
        "set AI_GATEWAY_BASE_URL=https://gateway.ai.cloudflare.com/v1/<account_id>/<gateway_id>"
    assert _fix(TRACEROOT, "SW234", "AI_GATEWAY_BASE_URL").startswith(
        "set AI_GATEWAY_BASE_URL=https://gateway.ai.cloudflare.com/v1/<account_id>/<gateway_id>/")


@pytest.mark.parametrize("name", ["OPENAI_BASE_URL", "OPENAI_API_BASE"])
def test_gateway_root_stays_an_error_under_the_sdks_names(name: str) -> None:
    text = f"{name}={GW}\nCF_AIG_TOKEN={CF_TOKEN}\n"
    assert _codes(text, "SW221", "SW234") == [("SW221", name, "error")]


def test_universal_names_stay_silent_on_the_root() -> None:
    text = f"CLOUDFLARE_AI_GATEWAY_UNIVERSAL_ENDPOINT={GW}\nCF_AIG_TOKEN={CF_TOKEN}\n"
    assert not _codes(text, "SW221", "SW234")


# -- 2: a Cloudflare token beside Workers AI's own URL is its key ------------------------------
@pytest.mark.parametrize(("text", "key"), [(MADSCI_FILLED, "AUTH_TOKEN"),
                                            (SWITCHBOARD_FILLED, "WORKERS_AI_API_KEY")])
def test_a_cloudflare_token_straight_to_the_api_is_workers_ais_key(text: str, key: str) -> None:
    # The probe's filled copies: no SW404 (no gateway is on the way). Their filler token is
    # cfut_ + 40 characters without the checksum, so as the key its shape is said (SW503).
    assert not _codes(text, "SW404", "SW401")
    assert _codes(text, "SW503") == [("SW503", key, "error")]
    # With a token of today's shape, nothing is said of the key.
    fine = text.replace("cfut_0123456789abcdefghijklmnopqrstuvwxyzABCD", CF_TOKEN)
    assert not _codes(fine, "SW404", "SW401", "SW503", "SW502", "SW504")
    assert not _errors(fine)


def test_the_gateway_named_token_is_the_gateway_token_and_the_other_the_key() -> None:
    # aperion-llm-router sends WORKERS_AI_API_KEY as Authorization and WORKERS_AI_CF_AIG_TOKEN
    # as cf-aig-authorization: the request-key mode, so no SW507 (which named
    # CLOUDFLARE_API_TOKEN, a variable the file does not have).
    assert not _codes(SWITCHBOARD_GW_FILLED, "SW507", "SW404", "SW401", "SW403")
    fine = SWITCHBOARD_GW_FILLED.replace("cfut_0123456789abcdefghijklmnopqrstuvwxyzABCD",
                                         CF_TOKEN).replace(
        "cfut_abcdefghij0123456789abcdefghijklmnopqrst", CF_TOKEN_2)
    assert not _errors(fine)


@pytest.mark.parametrize("name", ["CF_GATEWAY_TOKEN", "CF_AIG_TOKEN", "AI_GATEWAY_TOKEN"])
def test_a_gateway_tokens_name_beside_the_direct_api_is_still_unused(name: str) -> None:
    text = f"WORKERS_AI_BASE_URL={NATIVE}\n{name}={CF_TOKEN}\n"
    assert _codes(text, "SW404") == [("SW404", name, "warning")]


def test_a_token_beside_another_providers_url_is_still_the_gateway_token() -> None:
    # Straight to Groq a Cloudflare token is no key of the request: unused (SW404).
    text = f"OPENAI_BASE_URL=https://api.groq.com/openai/v1\nAUTH_TOKEN={CF_TOKEN}\n"
    assert _codes(text, "SW404") == [("SW404", "AUTH_TOKEN", "warning")]


def test_a_sole_token_under_a_name_of_no_key_through_the_gateway_stays_the_gateway_token() -> None:
    text = f"WORKERS_AI_BASE_URL={GW}/workers-ai/v1\nCF_TOKEN={CF_TOKEN}\n"
    assert not _codes(text, "SW401")
    assert [c for c, _k, _s in _codes(text, "SW507")] == ["SW507"]


def test_sw507_names_the_files_own_key_name() -> None:
    text = f"WORKERS_AI_BASE_URL={GW}/workers-ai/v1\nWORKERS_AI_CF_AIG_TOKEN={CF_TOKEN}\n" \
           "WORKERS_AI_API_KEY=\n"
    sw507 = [f for f in _lint(text) if f.code == "SW507"]
    assert [f.key for f in sw507] == ["WORKERS_AI_API_KEY"]
    assert "CLOUDFLARE_API_TOKEN" not in sw507[0].message + (sw507[0].fix or "")


def test_sw507_names_the_key_the_base_urls_client_reads() -> None:
    text = f"OPENAI_BASE_URL={GW}/workers-ai/v1\nCF_AIG_TOKEN={CF_TOKEN}\n"
    sw507 = [f for f in _lint(text) if f.code == "SW507"]
    assert [f.key for f in sw507] == ["OPENAI_API_KEY"]


def test_sw507_with_no_key_name_in_a_foreign_file_names_no_variable_it_lacks() -> None:
    text = f"WORKERS_AI_BASE_URL={GW}/workers-ai/v1\nWORKERS_AI_CF_AIG_TOKEN={CF_TOKEN}\n"
    sw507 = [f for f in _lint(text) if f.code == "SW507"]
    assert len(sw507) == 1 and sw507[0].line is None
    assert "the app must send CLOUDFLARE_API_TOKEN" not in sw507[0].message
    assert "no variable in this file holds one" in sw507[0].message


# -- 3: CLOUDFLARE_API_KEY, the Workers AI token of promptfoo, pi and LiteLLM --------------------
PROMPTFOO = """export CLOUDFLARE_ACCOUNT_ID=your_account_id_here
export CLOUDFLARE_API_KEY=your_api_key_here
"""
PI_6021 = """export CLOUDFLARE_API_KEY=...
export CLOUDFLARE_ACCOUNT_ID=...
"""


@pytest.mark.parametrize("text", [PROMPTFOO, PI_6021])
def test_a_placeholder_under_cloudflare_api_key_is_said(text: str) -> None:
    assert _codes(text, "SW502") == [("SW502", "CLOUDFLARE_API_KEY", "error")]
    said = next(f for f in _lint(text) if f.code == "SW502")
    assert "promptfoo" in said.message
    # No key can be stored in the gateway for Workers AI: the fix does not offer it.
    assert "store it in the gateway" not in (said.fix or "")


def test_another_providers_key_under_cloudflare_api_key_is_sw504() -> None:
    text = f"CLOUDFLARE_ACCOUNT_ID={ACCT}\nCLOUDFLARE_API_KEY=gsk_" + "Q7" * 26 + "\n"
    assert _codes(text, "SW504") == [("SW504", "CLOUDFLARE_API_KEY", "error")]
    # Its clients go to Workers AI whatever a base URL says: no "point the base URL at Groq".
    assert "point" not in _fix(text, "SW504", "CLOUDFLARE_API_KEY")


def test_an_account_id_under_cloudflare_api_key_is_sw503() -> None:
    text = f"CLOUDFLARE_ACCOUNT_ID={ACCT}\nCLOUDFLARE_API_KEY={ACCT}\n"
    assert _codes(text, "SW503") == [("SW503", "CLOUDFLARE_API_KEY", "error")]


def test_a_token_under_cloudflare_api_key_is_silent() -> None:
    for token in (CF_TOKEN, "Ab3" * 13 + "x"):  # today's shape, and an older 40-character one
        text = f"CLOUDFLARE_ACCOUNT_ID={ACCT}\nCLOUDFLARE_API_KEY={token}\n"
        assert not _errors(text), token
        assert not _codes(text, "SW109", "SW110")


def test_the_cloudflare_sdks_global_api_key_beside_its_email_is_not_judged() -> None:
    # cloudflare-python (and Terraform's provider) read CLOUDFLARE_API_KEY with
    # CLOUDFLARE_EMAIL as the Global API Key (37 hex characters), sent as X-Auth-Key.
    text = "CLOUDFLARE_EMAIL=me@example.com\nCLOUDFLARE_API_KEY=" + "0a1b2c3d4e" * 3 + \
        "5f6a7b8\nOPENAI_API_KEY=sk-proj-" + "Zq9" * 12 + "\n"
    assert not _codes(text, "SW502", "SW503", "SW504")
    assert not _errors(text)


def test_beside_a_base_url_cloudflare_api_key_is_not_that_urls_key() -> None:
    # Its clients build Workers AI's URL from CLOUDFLARE_ACCOUNT_ID; the OpenAI SDK given
    # OPENAI_BASE_URL sends OPENAI_API_KEY, which is the key judged there.
    url = f"OPENAI_BASE_URL=https://api.cloudflare.com/client/v4/accounts/{ACCT}/ai/v1\n"
    text = url + f"OPENAI_API_KEY={CF_TOKEN}\nCLOUDFLARE_API_KEY=your_api_key_here\n"
    assert not _errors(text)
    text = url + f"OPENAI_API_KEY=your_key\nCLOUDFLARE_API_KEY={CF_TOKEN}\n"
    assert _codes(text, "SW502") == [("SW502", "OPENAI_API_KEY", "error")]
