"""Every fix is itself right: do what it says (tests/fix_support.py reads it as a user would),
lint again, and the finding is gone with no new error in its place. Over every rule: the
one-rule cases of test_lint_rules, then random mistakes stacked on clean files in init's and
in other apps' vocabularies."""

from __future__ import annotations

from collections import Counter

import pytest
from fix_support import NOT_TEXT_EDITS, Unfollowable, follow
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lint_support import ACCT, DIRECT, GSK, GW_URL, OPENAI_KEY, STORED, TOKEN
from test_lint_rules import CASES, COMPAT, WORKERS_OK

from setup_wizard.lint.engine import lint_text
from setup_wizard.lint.findings import Finding
from setup_wizard.lint.rules import BY_CODE

ENV: dict[str, str] = {}  # lint as if the environment had nothing: results must not vary
REQUEST = STORED.replace("gateway-stored-key", "gateway-request-key") + f"GROQ_API_KEY={GSK}\n"
BASES = {
    "stored": STORED, "direct": DIRECT, "compat": COMPAT, "request": REQUEST,
    "workers": WORKERS_OK,
    "groq-sdk": f"GROQ_API_KEY={GSK}\nGROQ_BASE_URL=https://api.groq.com\n",
    "langchain": ("OPENAI_BASE_URL=https://api.groq.com/openai/v1\n"
                  f"OPENAI_API_KEY={GSK}\nOPENAI_MODEL_NAME=openai/gpt-oss-20b\n"),
    "litellm": f"LLM_MODEL=groq/openai/gpt-oss-20b\nGROQ_API_KEY={GSK}\n",
    "gpt-researcher": (f"GROQ_API_KEY={GSK}\nFAST_LLM=groq:openai/gpt-oss-20b\n"
                       "SMART_LLM=groq:openai/gpt-oss-120b\n"),
    "cf-examples": f"OPENAI_BASE_URL={GW_URL}\nCF_AIG_TOKEN={TOKEN}\nMODEL=openai/gpt-oss-20b\n",
}
# Mistakes people make, as (old, new) substitutions; one that does not apply is skipped.
MISTAKES = [
    ("/omni/groq", "/omni/groq/chat/completions"), ("/omni/groq", "/omni/groq/"),
    ("/omni/groq", "/omni/groq/openai/v1"), ("/omni/groq", "/omni/groqq"),
    ("/omni/groq", "/omni"), ("/omni/", "/my omni/"), ("/omni/", "/My_Omni/"),
    (ACCT, "abc123"), ("https://gateway.ai", "http://gateway.ai"),
    ("gateway.ai.cloudflare.com", "gateway.ai.cloudfare.com"),
    ("gateway.ai.cloudflare.com", "gateway.cloudflare.com"),
    ("https://gateway", "https://app:pw@gateway"), ("/omni/groq", "/omni/groq?key=abc123def"),
    ("/omni/groq", "/omni/groq?cache=off"),
    ("api.groq.com/openai/v1", "api.groq.com/openai/v1/v1"),
    ("api.groq.com/openai/v1", "api.groq.com/v1"), ("https://api.groq.com\n",
                                                    "https://api.groq.com/openai/v1\n"),
    ("=openai/gpt-oss-20b", "=llama-3.1-8b-instant"), ("=openai/gpt-oss-20b", "=gpt-oss-21b"),
    ("=groq/openai/gpt-oss-20b", "=openai/gpt-oss-20b"),
    ("=groq/openai/gpt-oss-20b", "=llama-3.3-70b-versatile"),
    ("=groq/openai/gpt-oss-20b", "=groq/Llama3-70b-8192"),
    ("groq:openai/gpt-oss-20b", "groq:Mixtral-8x7b-32768"),
    ("=openai/gpt-oss-20b", "=groq/openai/gpt-oss-20b"),
    (f"={GSK}", "=gsk_xxx"), (f"={GSK}", "=dummy"), (f"={GSK}", f"={OPENAI_KEY}"),
    (f"={GSK}", f'=" {GSK} "'), (f"={GSK}", f"=\ufeff{GSK}"), (f"={GSK}", f"='\"{GSK}\"'"),
    (f"={GSK}", f'="{GSK}"'),
    (f"={GSK}", "=gsk_tooShort123"), (f"={TOKEN}", "=your-token"), (f"={TOKEN}", f"={GSK}"),
    (f"={TOKEN}", "=wnMfLUc38oC3tn9_dQpw..."), (f"={TOKEN}", "=${NOWHERE_SET_9}"),
    ("CF_GATEWAY_TOKEN=", "CF_GATEWAY_TOKN="), ("GROQ_API_KEY=", "GROQ_KEY="),
    ("OPENAI_BASE_URL=", "openai_base_url="), ("OPENAI_BASE_URL=", "OPENAI_API_BASE="),
    ("USE_AI_GATEWAY=true", "USE_AI_GATEWAY=maybe"),
    ("USE_AI_GATEWAY=true", "USE_AI_GATEWAY=false"),
    ("=gateway-stored-key", "=stored"), ("AI_GATEWAY_MODE=gateway-stored-key\n", ""),
    ("USE_AI_GATEWAY=true\n", ""), ("CF_GATEWAY_TOKEN=", "export CF_GATEWAY_TOKEN="),
    ("\n", "\r\n"), ("GROQ_API_KEY=", "export GROQ_API_KEY-"),
]
APPENDS = [
    "AUTOGEN_MODEL=openai/gpt-oss-120b\n", "AUTOGEN_MODEL=openai/gpt-oss-20b\n",
    'NOTE="starts here\nOTHER=1\n"\n', 'NOTE="starts here\nOTHER=1\nends"\n',
    'BROKEN="never closed\n', "just some words\n", f"OPENAI_API_KEY={OPENAI_KEY}\n",
    f"GROQ_API_KEY={GSK}\n", "MY-FLAG=1\n", f"GROQ_KEY={GSK}\n",
]


def lint(text: str) -> list[Finding]:
    return lint_text(text, environ=ENV)


def errors(findings: list[Finding]) -> Counter[tuple[str, str | None]]:
    return Counter((f.code, f.key) for f in findings if f.severity == "error")


def check_fix(text: str, f: Finding) -> None:
    before = lint(text)
    fixed = follow(text, f.code, f.key, f.fix or "")
    after = lint(fixed)
    renamed = _renamed(f)
    key = renamed.get(f.key or "", f.key)
    same = Counter((x.code, x.key) for x in after)[(f.code, key)]
    was = Counter((x.code, x.key) for x in before)[(f.code, f.key)]
    assert same < was, (f"{f.code} stays after its fix {f.fix!r}:\n{text!r}\n->\n{fixed!r}\n"
                        f"{[(x.code, x.message) for x in after]}")
    old = Counter({(c, renamed.get(k or "", k)): n for (c, k), n in errors(before).items()})
    new = errors(after) - old
    assert not new, (f"the fix of {f.code} ({f.fix!r}) brought {sorted(new)}:\n{text!r}\n->\n"
                     f"{fixed!r}\n{[(x.code, x.message) for x in after if x.severity == 'error']}")


def _renamed(f: Finding) -> dict[str, str]:
    import re

    m = re.match(r"rename (\S+) to (\w+)", f.fix or "")
    return {m[1]: m[2]} if m else {}


def check_all_fixes(text: str) -> set[str]:
    seen = set()
    for f in lint(text):
        if f.fix is None or f.code in NOT_TEXT_EDITS:
            continue
        seen.add(f.code)
        check_fix(text, f)
    return seen


# The infos with nothing in the file to fix: a value only known at run time (SW111, SW120),
# a stub key a client wants set but no request sends (SW509), a value not readable as what its
# app reads (chat-ui's MODELS that is not JSON5, SW319).
CANNOT_CHECK = {"SW111", "SW120", "SW509", "SW319"}


# Every rule but the file-level ones, whose fix is to point lint at another file.
@pytest.mark.parametrize("code", sorted(set(CASES) - NOT_TEXT_EDITS))
def test_each_rules_fix_on_its_own_case(code: str) -> None:
    bad = CASES[code][0]
    assert isinstance(bad, str)
    seen = check_all_fixes(bad)
    if BY_CODE[code].code not in CANNOT_CHECK:  # nothing to fix
        assert code in seen


def test_every_rule_with_a_fix_is_covered() -> None:
    covered = set()
    for bad, _ in CASES.values():
        if isinstance(bad, str):
            covered |= {f.code for f in lint(bad) if f.fix}
    assert set(BY_CODE) - covered - NOT_TEXT_EDITS == CANNOT_CHECK


def test_a_fix_nobody_can_follow_fails() -> None:
    with pytest.raises(Unfollowable):
        follow(STORED, "SW999", None, "think about it")


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(sorted(BASES)), st.lists(st.sampled_from(MISTAKES), max_size=3),
       st.lists(st.sampled_from(APPENDS), max_size=2, unique=True))
def test_fixes_hold_on_stacked_mistakes(base: str, mistakes: list[tuple[str, str]],
                                        appends: list[str]) -> None:
    text = BASES[base]
    for old, new in mistakes:
        text = text.replace(old, new, 1)
    text += "".join(appends)
    check_all_fixes(text)


# Stacks a long random run (30,000 draws per seed) once found breaking the property; kept
# as fixed cases so a plain run of the suite checks them every time.
FOUND_BY_FUZZING = [
    # a misplaced /chat/completions: its "chat" was guessed as "compat", which changed how
    # the model was read (gateway.guess_slug now takes typos only)
    BASES["cf-examples"].replace("/omni/groq", "/omni/chat/completions/openai/v1"),
    # whitespace inside the quotes of a key no role used yet: said before a fix binds it
    (BASES["gpt-researcher"].replace(f"={GSK}", f'=" {GSK} "')
     + f"AUTOGEN_MODEL=openai/gpt-oss-20b\nOPENAI_API_KEY={OPENAI_KEY}\n"),
    # a compat model without its prefix: the key is judged as it will be once SW303's fix
    # (groq/...) is followed, so that fix brings no SW504 on OPENAI_API_KEY
    (COMPAT.replace("=gateway-stored-key", "=stored")
     .replace("=groq/openai/gpt-oss-20b", "=llama-3.3-70b-versatile")
     + f"OPENAI_API_KEY={OPENAI_KEY}\n"),
    # a gateway URL ending at its name, with a compat-prefixed model: the provider named in
    # the URL's fix came from whichever key was set, so removing OPENAI_API_KEY (SW505) turned
    # it to Groq and brought SW308 (the model now says where requests must go)
    (BASES["stored"].replace("/omni/groq", "/omni")
     .replace("=openai/gpt-oss-20b", "=groq/openai/gpt-oss-20b")
     + f"OPENAI_API_KEY={OPENAI_KEY}\nGROQ_KEY={GSK}\n"),
    # a Groq key in quotes under GROQ_API_KEY with an OpenAI URL: once unquoted (SW113), its
    # shape bound it as the URL's key and SW504 said it was no OpenAI key (GROQ_API_KEY is the
    # Groq SDK's own name; SW506 already says it is unused)
    (BASES["request"].replace("/omni/groq", "/omni/openai/v1")
     .replace(f"={GSK}", f"='\"{GSK}\"'")),
    # a fix that points the URL at the model's provider (SW210 with no URL, SW221 on the
    # Universal endpoint) while that provider's key variable holds another provider's key or
    # a placeholder: the fix says to paste the right key too
    (BASES["litellm"].replace("=openai/gpt-oss-20b", "=groq/openai/gpt-oss-20b", 1)
     .replace(f"={GSK}", f"={OPENAI_KEY}")
     + f"AUTOGEN_MODEL=openai/gpt-oss-120b\nOPENAI_API_KEY={OPENAI_KEY}\n"),
    (BASES["litellm"].replace(f"={GSK}", "=dummy")
     + f"OPENAI_API_KEY={OPENAI_KEY}\nAUTOGEN_MODEL=openai/gpt-oss-20b\n"),
    (BASES["request"].replace(f"={GSK}", f"={OPENAI_KEY}").replace("/omni/groq", "/omni")
     + f"OPENAI_API_KEY={OPENAI_KEY}\n"),
    (BASES["request"].replace("/omni/groq", "/omni/chat/completions").replace(f"={GSK}",
                                                                              "=dummy")
     + f"OPENAI_API_KEY={OPENAI_KEY}\n"),
    # GROQ_KEY is judged as GROQ_API_KEY once that is gone (SW109's reading): a provider's own
    # name, never bound by its value's shape, whichever of the two is written
    (BASES["request"].replace("/omni/groq", "/omni/openai/v1") + f"GROQ_KEY={GSK}\n"),
    # a malformed line meaning GROQ_API_KEY beside the real one: "remove GROQ_API_KEY" takes
    # both, or lint still reads the malformed one as the assignment it means
    (BASES["request"].replace("/omni/groq", "/omni")
     .replace("gateway.ai.cloudflare.com", "gateway.cloudflare.com")
     .replace("GROQ_API_KEY=", "export GROQ_API_KEY-", 1)
     + f"GROQ_API_KEY={GSK}\nOPENAI_API_KEY={OPENAI_KEY}\n"),
    # a fix that names "an OpenAI key" to paste (not "a ... key"): the harness follows both
    (BASES["request"].replace(f"={GSK}", f"={OPENAI_KEY}")
     .replace("=openai/gpt-oss-20b", "=gpt-oss-21b").replace("/omni/groq", "/omni")),
]


@pytest.mark.parametrize("text", FOUND_BY_FUZZING)
def test_stacks_found_by_fuzzing(text: str) -> None:
    assert check_all_fixes(text)  # each has findings with fixes, and every fix holds
