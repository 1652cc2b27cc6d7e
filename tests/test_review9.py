"""Second reading of session 9's lint and explain changes: each test failed before its fix."""

from __future__ import annotations

from setup_wizard.lint.engine import lint_text

# An Azure OpenAI key is 32 lower-case hex characters: no shape masks it (hex is what account
# and request IDs look like), only the net that knows the file's secrets.
AZURE_KEY = "0a1b2c3d4e5f60718293a4b5c6d7e8f9"


def _said(text: str) -> str:
    return "\n".join(f"{f.message} {f.fix or ''}" for f in lint_text(text, environ={}))


def test_a_key_written_inside_a_templates_brackets_stays_a_secret() -> None:
    # The template said <your-key> and only the inside was replaced: the value is a
    # placeholder by its shape, but it holds the key, and another variable names it.
    for value, other in ((f"<{AZURE_KEY}>", "OPENAI_BASE_URL"),
                         (f"<{AZURE_KEY}>", "OPENAI_MODEL"),
                         (f"{{{{{AZURE_KEY}}}}}", "OPENAI_MODEL"),
                         (f"{AZURE_KEY}...", "OPENAI_MODEL")):
        text = f"AZURE_OPENAI_API_KEY={value}\n{other}=${{AZURE_OPENAI_API_KEY}}\n"
        assert AZURE_KEY not in _said(text), (value, other)


def test_placeholders_made_of_words_stay_readable() -> None:
    # Masking these everywhere would blank out the message's own words (the variable's name,
    # "placeholder", the vendor's prefix in another key's expected shape).
    for value in ("GROQ_API_KEY", "API_KEY", "placeholder", "sk-proj-", "your_groq_key_here"):
        said = _said(f"OPENAI_BASE_URL=https://api.groq.com/openai/v1\nGROQ_API_KEY={value}\n")
        assert "GROQ_API_KEY is a placeholder" in said, (value, said)


def test_a_template_placeholder_outside_the_account_and_gateway_segments_is_still_said() -> None:
    # Only the account and gateway segments have a rule of their own that says "placeholder";
    # anywhere else the braces and brackets still break the URL (sent as %7Bv1%7D: a 404).
    for url in ("https://api.groq.com/openai/{v1}", "https://api.openai.com/v1/<version>",
                "https://gateway.ai.cloudflare.com/v1/0123456789abcdef0123456789abcdef/my-gw/"
                "{provider}"):
        found = [f.code for f in lint_text(f"OPENAI_BASE_URL={url}\n", environ={})
                 if f.severity == "error"]
        assert "SW226" in found, (url, found)


def test_openai_api_host_may_hold_the_whole_base_as_other_apps_read_it() -> None:
    # Chatbot UI appends /v1 to OPENAI_API_HOST, but other apps hand the same name to an
    # OpenAI client as its base (DeepKnowledge.net: OpenAI(api_base=os.getenv(
    # 'OPENAI_API_HOST')), with https://api.openai.com/v1 in its README): either is right.
    for value in ("https://api.openai.com/v1", "https://api.groq.com/openai/v1",
                  "https://api.openai.com", "https://api.groq.com/openai"):
        found = [f.code for f in lint_text(f"OPENAI_API_HOST={value}\n", environ={})
                 if f.severity == "error"]
        assert found == [], (value, found)
    # Right for neither: still an error, with Chatbot UI's spelling as the fix.
    found = [f for f in lint_text("OPENAI_API_HOST=https://api.groq.com/v1\n", environ={})
             if f.code == "SW222"]
    assert [f.fix for f in found] == ["set OPENAI_API_HOST=https://api.groq.com/openai"]


def test_a_path_right_for_no_client_is_not_said_right_for_the_apps_own() -> None:
    # Groq's whole base is /openai/v1: /v1 on its host is wrong for a client that appends
    # nothing as well, so SW222 must not tell the user it may be right and to silence it.
    for name, value in (("OPENAI_API_HOST", "https://api.groq.com/v1"),
                        ("OPENAI_API_HOST", "https://openrouter.ai/v1")):
        f = next(f for f in lint_text(f"{name}={value}\n", environ={}) if f.code == "SW222")
        assert "the value is right" not in f.message and "ignore[SW222]" not in f.message, \
            f.message
    # Where it is the provider's whole base, the hedge stays (the Groq SDK appends /openai/v1).
    f = next(f for f in lint_text("GROQ_BASE_URL=https://api.groq.com/openai/v1\n",
                                  environ={}) if f.code == "SW222")
    assert "the value is right" in f.message


def test_a_capitalised_gateway_name_is_not_refused_as_a_placeholder() -> None:
    # Whether the dashboard takes upper case is UNCONFIRMED, so "Gateway" stays the warning it
    # was (SW220): init refuses errors, and this may be the user's real gateway.
    from setup_wizard.config.gateway import gateway_name_problem
    for name in ("Gateway", "Account", "Your-Team"):
        problem = gateway_name_problem(name)
        assert problem is not None and problem.code == "SW220", (name, problem)
    # As templates write them, they are placeholders.
    for name in ("GATEWAY_ID", "YOUR_GATEWAY", "{gateway_id}", "<gateway>", "XXXX"):
        problem = gateway_name_problem(name)
        assert problem is not None and problem.code == "SW226" and \
            "placeholder" in problem.message, (name, problem)


def test_sw117s_fix_never_says_leave_empty_what_sw232_warns_of() -> None:
    found = lint_text("OPENAI_BASE_URL=  # the default\n", environ={})
    fix = next(f.fix for f in found if f.code == "SW117") or ""
    assert "leave it empty" not in fix and "remove" in fix, fix
    # Any other name may still be left empty.
    found = lint_text("LLM_BASE_URL=  # the default\n", environ={})
    assert "leave it empty" in (next(f.fix for f in found if f.code == "SW117") or "")
