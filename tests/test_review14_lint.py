"""A second reader's look at session 14's lint changes (catalog hosts, the key under the base
URL's word, SW316, URLs without their scheme, SW317, SW121, masked and bracketed
placeholders): each stays right on a file shaped a little differently from the one it was
learnt on. Every file here is written for the test; none comes from the corpus."""

from __future__ import annotations

import pytest
from fix_support import follow

from setup_wizard.lint.engine import lint_text

ANTHROPIC_KEY = "sk-ant-api03-" + "Ab12Cd34" * 11 + "AA"
OPENAI_KEY = "sk-proj-" + "Ab12Cd34" * 5
GSK = "gsk_" + "A1b2C3d4" * 6 + "abcd"
GOOGLE_KEY = "AIza" + "Ab12Cd34" * 4 + "Ab1"


def _found(text: str, *codes: str) -> list[tuple[str, str | None, str]]:
    return [(f.code, f.key, f.severity) for f in lint_text(text, environ={})
            if not codes or f.code in codes]


def _followed(text: str, code: str) -> str:
    """The text after doing what the first `code` finding's fix says."""
    f = next(f for f in lint_text(text, environ={}) if f.code == code)
    assert f.fix is not None
    return follow(text, f.code, f.key, f.fix)


# -- the hosts of providers known by their catalog (Anthropic, Google) -------------------------
@pytest.mark.parametrize("text", [
    f"ANTHROPIC_BASE_URL=http://api.anthropic.com\nANTHROPIC_API_KEY={ANTHROPIC_KEY}\n",
    "LLM_BASE_URL=http://generativelanguage.googleapis.com/v1beta/openai\n"
    f"LLM_API_KEY={GOOGLE_KEY}\n",
    f"OPENAI_BASE_URL=http://apii.anthropic.com/v1\nOPENAI_API_KEY={ANTHROPIC_KEY}\n",
])
def test_the_fix_for_http_to_a_catalog_providers_api_says_https(text: str) -> None:
    # The fix of SW211 (and of a typo of the host) kept http://: doing what it says left the
    # value as it was, or still on http.
    code = next(c for c, _k, _s in _found(text, "SW211", "SW212"))
    fixed = _followed(text, code)
    assert "http://" not in fixed, fixed
    assert _found(fixed, "SW211", "SW212") == [], fixed


def test_a_typo_of_anthropics_host_under_the_anthropic_sdks_own_name_is_said() -> None:
    # ANTHROPIC_BASE_URL is where a typo of api.anthropic.com is most likely written; it was
    # checked only when its host was Anthropic's own.
    text = f"ANTHROPIC_BASE_URL=https://api.antropic.com\nANTHROPIC_API_KEY={ANTHROPIC_KEY}\n"
    assert ("SW212", "ANTHROPIC_BASE_URL", "error") in _found(text, "SW212")
    assert _found(_followed(text, "SW212"), "SW212", "SW211") == []
    # Another vendor's real host is no typo of Anthropic's.
    assert _found("ANTHROPIC_BASE_URL=https://api.minimax.io/anthropic\n", "SW212") == []


# -- another vendor's own model (SW316) --------------------------------------------------------
@pytest.mark.parametrize(("vendor_key", "model"), [
    (f"ANTHROPIC_API_KEY={ANTHROPIC_KEY}", "claude-sonnet-4-6"),
    (f"CLAUDE_API_KEY={ANTHROPIC_KEY}", "claude-sonnet-4-6"),
    (f"GEMINI_API_KEY={GOOGLE_KEY}", "gemini-2.5-flash"),
    (f"SECOND_KEY={ANTHROPIC_KEY}", "claude-sonnet-4-6"),  # its shape says whose
    ("XAI_API_KEY=xai-" + "Ab12Cd34" * 10, "grok-4.3"),
])
def test_a_model_of_a_vendor_whose_own_key_the_file_sets_is_that_clients(
        vendor_key: str, model: str) -> None:
    # LiteLLM (aider), LangChain's init_chat_model and many apps pick the client by the
    # model's name: claude-* goes to Anthropic with ANTHROPIC_API_KEY, whatever
    # OPENAI_API_BASE says. Where the file holds that vendor's key, the model is not sent to
    # the base URL's provider for sure.
    text = (f"OPENAI_API_BASE=https://api.groq.com/openai/v1\nOPENAI_API_KEY={GSK}\n"
            f"{vendor_key}\nAIDER_MODEL={model}\n")
    assert _found(text, "SW316") == []


def test_another_vendors_model_with_no_key_of_that_vendor_is_still_said() -> None:
    base = f"OPENAI_BASE_URL=https://api.groq.com/openai/v1\nOPENAI_API_KEY={GSK}\n"
    assert _found(base + "DEFAULT_MODEL=claude-sonnet-4-6\n", "SW316") == \
        [("SW316", "DEFAULT_MODEL", "error")]
    # A placeholder under the vendor's name is no client the app uses.
    assert _found(base + "ANTHROPIC_API_KEY=your_key_here\nDEFAULT_MODEL=claude-sonnet-4-6\n",
                  "SW316") == [("SW316", "DEFAULT_MODEL", "error")]
    # The key requests carry is the base URL's, whatever its shape: gpt-4o with an OpenAI
    # key, both sent to Groq, is still not found there.
    text = ("OPENAI_BASE_URL=https://api.groq.com/openai/v1\n"
            f"OPENAI_API_KEY={OPENAI_KEY}\nOPENAI_MODEL=gpt-4o\n")
    assert ("SW316", "OPENAI_MODEL", "error") in _found(text, "SW316")


# -- a vendor's retired model sent to another host (SW317) -------------------------------------
def test_aws_settings_beside_an_anthropic_key_are_not_bedrock() -> None:
    # Many apps keep S3 settings (AWS_REGION, AWS_S3_BUCKET) beside the Anthropic key their
    # client sends to Anthropic's API; a bare claude-* ID is not even a Bedrock model ID
    # (anthropic.claude-...-v1:0). Anthropic's shutdown is the app's: SW301, an error.
    text = (f"ANTHROPIC_API_KEY={ANTHROPIC_KEY}\nANTHROPIC_MODEL=claude-3-5-sonnet-20240620\n"
            "AWS_REGION=us-east-1\nAWS_S3_BUCKET=uploads\n")
    assert _found(text, "SW301", "SW317") == [("SW301", "ANTHROPIC_MODEL", "error")]
    # With no Anthropic key in the file, AWS settings may well be Bedrock's: a warning.
    text = "AWS_REGION=us-east-1\nCLAUDE_MODEL=claude-3-5-sonnet-20240620\n"
    assert _found(text, "SW301", "SW317") == [("SW317", "CLAUDE_MODEL", "warning")]


@pytest.mark.parametrize("url", ["https://generativelanguage.googleapis.com/v1beta/openai",
                                 "https://api.anthropic.com/v1"])
def test_a_catalog_providers_api_keeps_no_schedule_for_another_vendors_model(url: str) -> None:
    # Google's and Anthropic's APIs do not serve OpenAI's models at all: "keeps its own
    # schedule and may still serve it" is not so; OpenAI's shutdown stands.
    text = f"LLM_BASE_URL={url}\nLLM_MODEL=openai/gpt-4\n"
    assert _found(text, "SW317") == []
    assert ("SW301", "LLM_MODEL", "error") in _found(text, "SW301")


# -- a duplicate of a setting no LLM client reads (SW121) --------------------------------------
@pytest.mark.parametrize(("name", "first", "last"), [
    # Azure OpenAI's deployment, named like the model it serves (a README's AZURE_* names),
    # and the API version its client sends (LiteLLM's AZURE_API_VERSION)
    ("AZURE_DEPLOYMENT_NAME", "gpt-4o", "gpt-4o-mini"),
    ("AZURE_API_VERSION", "2024-02-01", "2025-01-01-preview"),
    # a model under a name without MODEL or LLM in it
    ("DEFAULT_CHAT", "claude-sonnet-4-6", "claude-opus-4-1"),
    # names lint itself checks: NextChat's model list, a gateway's parts, its token
    ("CUSTOM_MODELS", "+gpt-4o", "-all,+gpt-4o"),
    ("CF_ACCOUNT_ID", "a" * 32, "b" * 32),
    ("CLOUDFLARE_API_TOKEN", "A1b2" * 10, "B2c3" * 10),
    # another LLM service's credentials: chat-ui's HF_TOKEN (its Hugging Face inference), an
    # HF token in LangChain's name, Replicate's
    ("HF_TOKEN", "hf_" + "a" * 34, "hf_" + "b" * 34),
    ("HUGGINGFACEHUB_API_TOKEN", "hf_" + "a" * 34, "hf_" + "b" * 34),
    ("REPLICATE_API_TOKEN", "r8_" + "a" * 37, "r8_" + "b" * 37),
])
def test_a_duplicate_an_llm_client_reads_is_still_an_error(
        name: str, first: str, last: str) -> None:
    text = f"{name}={first}\n{name}={last}\n"
    assert _found(text, "SW101", "SW121") == [("SW101", name, "error")]


def test_a_duplicate_of_an_apps_own_setting_is_still_a_warning() -> None:
    for name, first, last in (("APP_MODE", "dev", "prod"), ("DB_PASSWORD", "a", "b"),
                              ("AZURE_STORAGE_CONTAINER", "a", "b")):
        text = f"{name}={first}\n{name}={last}\n"
        assert _found(text, "SW101", "SW121") == [("SW121", name, "warning")], name


# -- bracketed placeholders --------------------------------------------------------------------
def test_a_real_key_or_model_in_brackets_is_no_placeholder() -> None:
    # [YOUR_OPENAI_API_KEY] is a template's word; a whole key in brackets (a copy from a JSON
    # list, a Markdown link) is a real key sent with its brackets: not "a placeholder", and
    # its fix is not "paste the real key".
    text = f"OPENAI_API_KEY=[{OPENAI_KEY}]\nOPENAI_MODEL=gpt-4o\n"
    assert _found(text, "SW502") == []
    assert ("SW503", "OPENAI_API_KEY", "error") in _found(text, "SW503")
    # A model in brackets is no placeholder to replace with the provider's default.
    assert _found(f"OPENAI_API_KEY={OPENAI_KEY}\nOPENAI_MODEL=[gpt-4o]\n", "SW310") == []
    for word in ("[YOUR_OPENAI_API_KEY]", "[your api key]", "[API-KEY]"):
        text = f"OPENAI_BASE_URL=https://api.openai.com/v1\nOPENAI_API_KEY={word}\n"
        assert _found(text, "SW502") == [("SW502", "OPENAI_API_KEY", "error")], word


# -- a base URL without its scheme -------------------------------------------------------------
@pytest.mark.parametrize("text", [
    # openai-php/laravel's own name and default (config/openai.php), pointed at Groq as READMEs
    # of Laravel apps do; an app's own prefix before it (a Laravel package's)
    f"OPENAI_API_KEY={OPENAI_KEY}\nOPENAI_BASE_URI=api.openai.com/v1\n",
    f"OPENAI_API_KEY={GSK}\nOPENAI_BASE_URI=api.groq.com/openai/v1\n",
    f"AI_SPAMDETECTOR_OPENAI_API_KEY={OPENAI_KEY}\n"
    "AI_SPAMDETECTOR_OPENAI_BASE_URI=api.openai.com/v1\n",
])
def test_openai_phps_base_uri_is_written_without_its_scheme(text: str) -> None:
    # openai-php's BaseUri puts https:// in front of a base_uri that has none: right as it is,
    # and OPENAI_BASE_URI is that client's name, no misspelt OPENAI_BASE_URL.
    assert _found(text, "SW211", "SW109") == []


def test_openai_phps_base_uri_is_still_judged_as_a_url() -> None:
    text = f"OPENAI_API_KEY={GSK}\nOPENAI_BASE_URI=api.groq.com/openai/v1/chat/completions\n"
    assert ("SW213", "OPENAI_BASE_URI", "error") in _found(text, "SW213")
    # http:// written out on a provider's host is still wrong there.
    text = f"OPENAI_API_KEY={GSK}\nOPENAI_BASE_URI=http://api.groq.com/openai/v1\n"
    assert ("SW211", "OPENAI_BASE_URI", "error") in _found(text, "SW211")
    # Under another SDK's name a value without its scheme is still said.
    text = f"OPENAI_API_KEY={GSK}\nOPENAI_BASE_URL=api.groq.com/openai/v1\n"
    assert ("SW211", "OPENAI_BASE_URL", "error") in _found(text, "SW211")


def test_another_vendors_model_through_the_gateway_is_pointed_at_the_gateways_route() -> None:
    # A file that goes through the AI Gateway keeps it: the fix's other way is the gateway's
    # route to the model's vendor, not the vendor's own API (and no key to paste where the
    # gateway stores it).
    acct = "a" * 32
    text = (f"OPENAI_BASE_URL=https://gateway.ai.cloudflare.com/v1/{acct}/omni/groq\n"
            "CF_AIG_TOKEN=" + "A1b2C3d4" * 5 + "\nAI_GATEWAY_MODE=gateway-stored-key\n"
            "OPENAI_MODEL=gpt-4o\n")
    f = next(f for f in lint_text(text, environ={}) if f.code == "SW316")
    assert f.fix is not None
    assert f"gateway.ai.cloudflare.com/v1/{acct}/omni/openai" in f.fix, f.fix
    assert "api.openai.com" not in f.fix and " key" not in f.fix, f.fix


def test_another_vendors_retired_model_is_not_sent_back_to_that_vendor() -> None:
    # gpt-4 on Groq: OpenAI shut it down, so "only OpenAI serves" it is not so, and pointing the
    # base URL at OpenAI would only trade SW316 for SW301.
    text = (f"OPENAI_BASE_URL=https://api.groq.com/openai/v1\nOPENAI_API_KEY={GSK}\n"
            "OPENAI_MODEL=gpt-4\n")
    f = next(f for f in lint_text(text, environ={}) if f.code == "SW316")
    assert "only OpenAI serves" not in f.message and "shut" in f.message, f.message
    assert f.fix is not None and "api.openai.com" not in f.fix, f.fix


@pytest.mark.parametrize("text", [
    "OPENAI_MODEL=gpt-4.1-nano\nREDIS_URL=http://[::1\n",
    "OPENAI_MODEL=gpt-4.1-nano\nAZURE_OPENAI_ENDPOINT=https://[myres.openai.azure.com/\n",
])
def test_an_unreadable_url_beside_a_retired_model_does_not_crash_lint(text: str) -> None:
    # urlsplit raises on an unclosed [ in a host; looking for another host (SW317) read
    # every value with it, so lint crashed on a file with a retired model.
    codes = {c for c, _k, _s in _found(text)}
    assert codes & {"SW301", "SW317"}, codes


@pytest.mark.parametrize("text", [
    "OPENAI_BASE_URL=http://[::1\n",
    "LLM_BASE_URL=https://[fe80::1/v1\nLLM_MODEL=openai/gpt-4.1-nano\n",
    "OPENAI_BASE_URL=http://[::1/v1\nOPENAI_MODEL=openai/gpt-4.1-nano\n",
])
def test_an_unreadable_base_url_does_not_crash_lint(text: str) -> None:
    # Which provider the base URL sends to read its host with urlsplit, which raises on an
    # unclosed [: lint crashed on the file instead of saying what is wrong with it.
    assert isinstance(_found(text), list)


@pytest.mark.parametrize("model_line", ["XAI_MODEL=grok-4.3", "GROK_MODEL=grok-4.3"])
def test_a_vendors_model_under_that_vendors_name_is_its_own_clients(model_line: str) -> None:
    # XAI_MODEL is read by the app's xAI client (its key may come from the environment), not
    # by the OpenAI client OPENAI_BASE_URL points at Groq: neither SW316 nor Groq's catalog.
    text = (f"OPENAI_BASE_URL=https://api.groq.com/openai/v1\nOPENAI_API_KEY={GSK}\n"
            f"{model_line}\n")
    assert _found(text, "SW316", "SW302", "SW301") == []
    # Under a base URL with no word of its own, the model goes where that URL says.
    text = f"LLM_BASE_URL=https://api.groq.com/openai/v1\nLLM_API_KEY={GSK}\nLLM_MODEL=grok-4.3\n"
    assert [c for c, _k, _s in _found(text, "SW316")] == ["SW316"]


def test_a_vendors_model_sent_to_its_vendor_is_judged_by_that_vendors_catalog() -> None:
    # With Anthropic's key in the file, aider sends claude-* to Anthropic: Groq's catalog says
    # nothing of it ("set AIDER_MODEL=openai/gpt-oss-20b" would drop Claude), Anthropic's
    # shutdown does.
    base = (f"OPENAI_API_BASE=https://api.groq.com/openai/v1\nOPENAI_API_KEY={GSK}\n"
            f"ANTHROPIC_API_KEY={ANTHROPIC_KEY}\n")
    assert _found(base + "AIDER_MODEL=claude-sonnet-4-6\n", "SW302", "SW316", "SW301") == []
    found = lint_text(base + "AIDER_MODEL=claude-3-5-sonnet-20240620\n", environ={})
    sw301 = [f for f in found if f.code == "SW301"]
    assert [f.key for f in sw301] == ["AIDER_MODEL"] and "Anthropic" in sw301[0].message


@pytest.mark.parametrize("name", ["NEXT_PUBLIC_FIREBASE_API_KEY", "GOOGLE_MAPS_API_KEY",
                                  "YOUTUBE_API_KEY"])
def test_a_google_key_of_another_google_api_is_no_gemini_client(name: str) -> None:
    # AIza... keys are every Google API's (Firebase, Maps, YouTube): one beside a Groq URL
    # says nothing of a Gemini client, so gemini-* sent to Groq is still said.
    text = (f"OPENAI_BASE_URL=https://api.groq.com/openai/v1\nOPENAI_API_KEY={GSK}\n"
            f"{name}={GOOGLE_KEY}\nMODEL=gemini-2.5-flash\n")
    assert _found(text, "SW316") == [("SW316", "MODEL", "error")]
    # Gemini's own names do say so.
    for own in ("GEMINI_API_KEY", "GOOGLE_API_KEY", "GOOGLE_GENERATIVE_AI_API_KEY"):
        assert _found(text.replace(name, own), "SW316") == [], own


# -- the key under the base URL's own word -----------------------------------------------------
@pytest.mark.parametrize("text", [
    # a web framework's secret beside an app's base URL (Flask's, Django's SECRET_KEY)
    "APP_BASE_URL=https://openrouter.ai/api/v1\nAPP_SECRET_KEY=changeme\n"
    "APP_MODEL=openai/gpt-4o\n",
    # a cache's key beside the client's own key name, left empty in a template
    "LLM_BASE_URL=https://api.openai.com/v1\nLLM_CACHE_KEY=changeme\nLLM_API_KEY=\n",
])
def test_another_key_under_the_base_urls_word_is_not_the_providers(text: str) -> None:
    # Only the URL's own key name (LLM_API_KEY, LLM_KEY) is the key its client sends: any
    # *_KEY under the same word made a secret's placeholder an SW502 "the provider answers
    # 401".
    assert [(c, k) for c, k, _s in _found(text, "SW502")
            if k in ("APP_SECRET_KEY", "LLM_CACHE_KEY")] == []


def test_a_secret_with_asterisks_inside_stays_a_secret() -> None:
    # Only a key's prefix with its masked rest is a placeholder (sk-or-v1-***); a password with
    # asterisks inside is a secret, and masking must keep treating it as one.
    from setup_wizard.config.fields import is_placeholder
    assert is_placeholder("sk-or-v1-***") and is_placeholder("sk-ant-api03-***")
    assert not is_placeholder("hunter**two") and not is_placeholder("pass**word**")
    out = lint_text("OPENAI_API_KEY=hunter**two\nOPENAI_API_KEY=hunter**three\n", environ={})
    assert all("hunter**" not in f.message and "hunter**" not in (f.fix or "") for f in out)


def test_claudes_names_on_another_vendors_anthropic_format_api_are_mapped() -> None:
    # DeepSeek's Anthropic API maps claude-* names to its own models (its "Anthropic Model
    # Mapping", https://api-docs.deepseek.com/guides/anthropic_api/): Claude Code's default
    # ANTHROPIC_MODEL there is no wrong model.
    text = ("ANTHROPIC_BASE_URL=https://api.deepseek.com/anthropic\n"
            "ANTHROPIC_AUTH_TOKEN=sk-" + "a1B2c3D4" * 4 + "\n"
            "ANTHROPIC_MODEL=claude-sonnet-4-5\n")
    assert [f.code for f in lint_text(text, environ={}) if f.key == "ANTHROPIC_MODEL"] == []
    # Through the OpenAI format the same name is not DeepSeek's.
    text = "OPENAI_BASE_URL=https://api.deepseek.com\nMODEL=claude-sonnet-4-5\n"
    assert [f.code for f in lint_text(text, environ={}) if f.key == "MODEL"] == ["SW316"]
