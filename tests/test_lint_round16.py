"""Lint, round 16: what the session's probes of posted configurations found (issue #12)."""

from __future__ import annotations

from setup_wizard.lint.engine import lint_text


def _sw110(text: str) -> str:
    found = [f for f in lint_text(text, environ={}) if f.code == "SW110"]
    assert len(found) == 1, text
    return found[0].message


def test_no_llm_settings_never_says_none_is_set_of_a_setting_it_names() -> None:
    # https://github.com/Deepractice/AgentX/issues/2 (a relay's Anthropic base URL and a key),
    # https://github.com/RikaiDev/inboxd/issues/29 (CLAUDE_API_KEY): settings of an LLM, only
    # none lint can judge. "None of the LLM settings ... is set" was false of them.
    key = "sk-ant-api03-" + "Qw7" * 30
    for text, name in (('ANTHROPIC_BASE_URL="https://relay.deepractice.ai/api"\n',
                        "ANTHROPIC_BASE_URL"),
                       (f"CLAUDE_API_KEY={key}\n", "CLAUDE_API_KEY")):
        message = _sw110(text)
        assert f"{name} is set" in message and "none of the LLM settings" not in message
        assert key not in message and key[-6:] not in message  # never the value
    # A file of other things still hears that it holds no LLM setting at all.
    assert _sw110("DATABASE_URL=postgres://localhost/db\nDEBUG=1\n").startswith(
        "none of the LLM settings")


def test_another_services_key_or_a_web_apps_api_url_is_no_llm_setting() -> None:
    # SW110 names a setting only when its name says it is an LLM's (an LLM word or another LLM
    # service's in it, as names.names_llm reads names elsewhere): a payment or mail service's
    # key, a maps key or a web app's own API URL is not one, and the file has none.
    for text in ("STRIPE_API_KEY=sk_live_abc\nDATABASE_URL=postgres://localhost/db\n",
                 "SENDGRID_API_KEY=SG.abc\nGOOGLE_MAPS_API_KEY=abc\n",
                 "NEXT_PUBLIC_API_URL=https://example.com/api\n"):
        assert _sw110(text).startswith("none of the LLM settings"), text
    # Another LLM service's key and a model's name still are, each named.
    message = _sw110("TOGETHER_API_KEY=abc\nEMBEDDING_MODEL=text-embedding-3-small\n")
    assert message.startswith("TOGETHER_API_KEY, EMBEDDING_MODEL are set, but lint finds "
                              "nothing in them to check"), message


def _codes(text: str) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for f in lint_text(text, environ={}):
        out.setdefault(f.code, set()).add(f.key or "")
    return out


def test_a_catalog_vendors_own_key_name_holding_another_vendors_key() -> None:
    # The Anthropic SDK and Claude Code send ANTHROPIC_API_KEY to api.anthropic.com, the Gemini
    # SDKs GEMINI_API_KEY / GOOGLE_API_KEY to Google: an OpenAI project key or a Groq key there
    # is refused with 401 (key shapes: docs/sources.md#key-formats).
    openai_key = "sk-proj-" + "Vb3nQ" * 8
    groq_key = "gsk_" + "Zq4" * 17 + "x"
    for text, name in ((f"GEMINI_API_KEY={openai_key}\n", "GEMINI_API_KEY"),
                       (f"ANTHROPIC_API_KEY={groq_key}\n", "ANTHROPIC_API_KEY"),
                       (f"GOOGLE_API_KEY={openai_key}\nGEMINI_MODEL=gemini-2.5-flash\n",
                        "GOOGLE_API_KEY")):
        found = [f for f in lint_text(text, environ={}) if f.code == "SW504" and f.key == name]
        assert len(found) == 1, text
        assert openai_key not in found[0].message and groq_key not in found[0].message
        assert openai_key[-8:] not in found[0].message and groq_key[-8:] not in found[0].message


def test_the_vendors_own_key_or_a_relay_base_is_not_another_vendors_key() -> None:
    own = "sk-ant-api03-" + "Qw7e" * 20
    google = "AIzaSy" + "Ab3d" * 8 + "x"
    relay = "sk-or-v1-" + "c0ffee42" * 8
    for text in (f"ANTHROPIC_API_KEY={own}\n", f"GEMINI_API_KEY={google}\n",
                 # OpenRouter's Anthropic-format base: its keys are its own.
                 f"ANTHROPIC_BASE_URL=https://openrouter.ai/api\nANTHROPIC_API_KEY={relay}\n",
                 # A relay's sk- key is no distinctive shape: not judged.
                 "ANTHROPIC_API_KEY=sk-" + "a1B2" * 12 + "\n"):
        assert "SW504" not in _codes(text), text


def test_a_key_beside_its_own_vendors_url_under_an_apps_name_is_not_said_to_go_elsewhere() -> None:
    # https://github.com/linkwarden/linkwarden/issues/1184: linkwarden sends OPENAI_API_KEY to
    # CUSTOM_OPENAI_BASE_URL, a name lint does not bind; the Google key there goes to Google.
    google = "AIzaSy" + "Ab3d" * 8 + "x"
    text = ("CUSTOM_OPENAI_BASE_URL=https://generativelanguage.googleapis.com/v1beta\n"
            f"OPENAI_MODEL=gemini-2.5-flash\nOPENAI_API_KEY={google}\n")
    assert "SW504" not in _codes(text)
    # With no URL of Google's in the file, the OpenAI SDK sends it to OpenAI: still said.
    assert "OPENAI_API_KEY" in _codes(f"OPENAI_API_KEY={google}\n").get("SW504", set())


def test_a_path_in_ollama_host_is_sent_before_the_clients_own() -> None:
    # ollama-python keeps a path given in OLLAMA_HOST and posts to <path>/api/chat
    # (ollama/_client.py, _parse_host): an OpenAI-style /v1 or the client's own /api there
    # answers 404. The fix is the address, a reverse proxy's prefix kept.
    for value, fix in (("http://localhost:11434/v1", "http://localhost:11434"),
                       ("localhost:11434/v1/", "localhost:11434"),
                       ("https://ai.example.org/ollama/api", "https://ai.example.org/ollama")):
        found = [f for f in lint_text(f"OLLAMA_HOST={value}\n", environ={}) if f.code == "SW222"]
        assert len(found) == 1 and found[0].fix == f"set OLLAMA_HOST={fix}", value
    # Its documented forms, and a proxy's prefix, are right.
    for value in ("0.0.0.0:11434", "http://ollama:11434/", "https://ai.example.org/ollama",
                  "[::1]:11434"):
        assert not _codes(f"OLLAMA_HOST={value}\n"), value


def test_a_password_in_ollama_host_stays_masked_in_the_fix() -> None:
    found = [f for f in lint_text("OLLAMA_HOST=https://bob:Sup3rS3cretPw@h.example/v1\n",
                                  environ={}) if f.code == "SW222"]
    assert found and "Sup3rS3cretPw" not in f"{found[0].message} {found[0].fix}"
