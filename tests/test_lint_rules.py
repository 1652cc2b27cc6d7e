"""One case per rule: it fires on a minimal bad file and is silent on the matching good one.

The good file of every case lints with no finding at all, so each case also shows that the
rule does not fire on the corrected value.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from lint_support import (
    ACCT,
    CF_API_TOKEN,
    COMPAT_URL,
    DIRECT,
    DIRECT_URL,
    GSK,
    GW_URL,
    OPENAI_KEY,
    STORED,
    TOKEN,
)

from setup_wizard.config import fields, providers
from setup_wizard.lint import rules as lint_rules
from setup_wizard.lint.engine import lint_file, lint_text
from setup_wizard.lint.rules import BY_CODE, RULES

DOCS = Path(__file__).resolve().parent.parent / "docs" / "rules.md"
MISSING = None  # bad "file" that does not exist at all


def sub(text: str, old: str, new: str) -> str:
    assert old in text, old
    return text.replace(old, new)


def drop(text: str, key: str) -> str:
    return "".join(ln for ln in text.splitlines(keepends=True) if not ln.startswith(key + "="))


COMPAT = sub(sub(STORED, GW_URL, COMPAT_URL), "=openai/gpt-oss-20b", "=groq/openai/gpt-oss-20b")
WORKERS = sub(sub(STORED, "/omni/groq", "/omni/workers-ai/v1"), "=openai/gpt-oss-20b",
              "=@cf/meta/llama-3.3-70b-instruct-fp8-fast")
WORKERS_OK = sub(WORKERS, "gateway-stored-key", "gateway-request-key") \
    + f"CLOUDFLARE_API_TOKEN={CF_API_TOKEN}\n"
LONG_GW = "g" * 65
OPENROUTER = ("OPENAI_BASE_URL=https://openrouter.ai/api/v1\n"
              f"OPENAI_API_KEY=sk-or-v1-{'0a1b2c3d' * 8}\nMODEL=google/gemini-flash-1.5\n")

# code -> (bad, good). Text is written as UTF-8; bytes are written as they are.
CASES: dict[str, tuple[str | bytes | None, str | bytes]] = {
    "SW001": (MISSING, STORED),
    "SW002": (STORED.encode() + b"\0\x01\x02", STORED),
    "SW003": (STORED.encode() + "NOTE=caf\u00e9\n".encode("latin-1"),
              STORED + "NOTE=caf\u00e9\n"),
    "SW004": (STORED.encode() + b"#" * (1024 * 1024), STORED),
    "SW005": (STORED + "A=1\n" * 10_000, STORED + "".join(f"A{i}=1\n" for i in range(99))),
    "SW100": (STORED + "LLM_MODEL gpt-4o\n", STORED + "# LLM_MODEL gpt-4o\n"),
    "SW123": (STORED + "just some words\n", STORED + "# just some words\n"),
    "SW101": (STORED + "AUTOGEN_MODEL=openai/gpt-oss-120b\n", STORED),
    "SW102": (STORED + "AUTOGEN_MODEL=openai/gpt-oss-20b\n", STORED),
    "SW103": (STORED + 'NOTE="never closed\n', STORED + 'NOTE="closed"\n'),
    "SW104": (sub(DIRECT, f"GROQ_API_KEY={GSK}", f'GROQ_API_KEY=" {GSK}"'), DIRECT),
    "SW105": (STORED + "MY-FLAG=1\n", STORED + "MY_FLAG=1\n"),
    "SW106": ("\ufeff" + STORED, STORED),
    "SW107": (STORED.replace("\n", "\r\n"), STORED),
    "SW108": (STORED + 'NOTE="starts here\nOTHER=1\nends"\n',
              STORED + 'CERT="line one\nline two"\n'),
    "SW109": (sub(STORED, "CF_GATEWAY_TOKEN=", "CF_GATEWAY_TOKN="), STORED),
    "SW110": ("DATABASE_URL=postgres://db/app\n", STORED),
    "SW111": (sub(STORED, f"={TOKEN}", "=${SW111_NOWHERE_SET}"), STORED),
    "SW120": (sub(DIRECT, f"={GSK}", "=op://platform/groq/credential"), DIRECT),
    "SW112": (sub(DIRECT, f"={GSK}", f"=\ufeff{GSK}"), DIRECT),
    "SW113": (sub(DIRECT, f"={GSK}", f"='\"{GSK}\"'"), DIRECT),
    "SW114": (sub(DIRECT, "OPENAI_BASE_URL=", "OPENAI_API_BASE="),
              DIRECT + f"OPENAI_API_BASE={DIRECT_URL}\n"),
    "SW115": (sub(DIRECT, f"OPENAI_BASE_URL={DIRECT_URL}", "OPENAI_BASE_URL=undefined"), DIRECT),
    "SW116": (sub(DIRECT, f"OPENAI_BASE_URL={DIRECT_URL}",
                  f"OPENAI_BASE_URL={DIRECT_URL} AUTOGEN_MODEL=openai/gpt-oss-20b"), DIRECT),
    "SW117": (STORED + "SENTRY_TOKEN=   # optional\n", STORED + "# optional\nSENTRY_TOKEN=\n"),
    "SW118": (STORED + '# old values# ---SITE_URL="https://example.com"SITE_TITLE="x"\n',
              STORED + "# old values\n"),
    "SW314": (DIRECT + 'SUMMARY_MODEL="openai/gpt-oss-20b"\n'.replace("-20b", " 20b"),
              DIRECT + "SUMMARY_MODEL=openai/gpt-oss-20b\n"),  # (quoted: SW122's info)
    "SW315": (DIRECT + "ANTHROPIC_MODEL=us.anthropic.claude-sonnet-4-5-20250929-v1:0\n",
              DIRECT + "ANTHROPIC_MODEL=claude-sonnet-4-5-20250929\n"),
    "SW200": (sub(STORED, "USE_AI_GATEWAY=true", "USE_AI_GATEWAY=enabled"), STORED),
    "SW201": (sub(DIRECT, "USE_AI_GATEWAY=false", "USE_AI_GATEWAY=true"), DIRECT),
    "SW202": (drop(STORED, "USE_AI_GATEWAY"), STORED),
    "SW203": (sub(STORED, "=gateway-stored-key", "=stored"), STORED),
    "SW204": ("AI_GATEWAY_MODE=gateway-request-key\n" + DIRECT, DIRECT),
    "SW210": (drop(STORED, "OPENAI_BASE_URL"), STORED),
    "SW211": (sub(STORED, "https://", "http://"), STORED),
    "SW212": (sub(STORED, "cloudflare.com", "cloudfare.com"), STORED),
    "SW213": (sub(STORED, "/omni/groq", "/omni/groq/chat/completions"), STORED),
    "SW214": (sub(STORED, "/omni/groq", "/omni/groq/"), STORED),
    "SW215": (sub(DIRECT, DIRECT_URL, DIRECT_URL + "/v1"), DIRECT),
    "SW216": (sub(STORED, "/omni/groq", "/omni/groq/openai/v1"), STORED),
    "SW217": (sub(STORED, "/omni/groq", "/omni/groqq"), STORED),
    "SW218": (sub(STORED, ACCT, "1234"), STORED),
    "SW219": (sub(STORED, "/omni/", f"/{LONG_GW}/"), STORED),
    "SW220": (sub(STORED, "/omni/", "/My_Gateway/"), STORED),
    "SW221": (sub(STORED, "/omni/groq", "/omni"), STORED),
    "SW222": (sub(DIRECT, "/openai/v1", "/v1"), DIRECT),
    "SW223": (sub(STORED, "https://", "https://app:hunter2@"), STORED),
    "SW224": (sub(STORED, "/omni/groq", "/omni/groq?cache=0"), STORED),
    "SW225": (sub(STORED, "gateway.ai.cloudflare.com", "gateway.cloudflare.com"), STORED),
    "SW226": (sub(STORED, "/omni/", "/my omni/"), STORED),
    "SW227": (sub(DIRECT, "api.groq.com", "api..groq.com"), DIRECT),
    "SW228": (sub(OPENROUTER, "OPENAI_BASE_URL=https://openrouter.ai/api/v1",
                  "LLM_BASE_URL=https://openrouter.ai/api"),
              sub(OPENROUTER, "OPENAI_BASE_URL=", "LLM_BASE_URL=")),
    # An app lint does not know may post to its variable as it is: a warning, not SW213.
    "SW229": ("LLM_BASE_URL=https://api.x.ai/v1/chat/completions\nLLM_MODEL=grok-4.3\n",
              "LLM_BASE_URL=https://api.x.ai/v1\nLLM_MODEL=grok-4.3\n"),
    # An unknown app may append the version path itself: a warning, not SW222.
    "SW231": ("LLM_BASE_URL=https://api.x.ai\nLLM_MODEL=grok-4.3\n",
              "LLM_BASE_URL=https://api.x.ai/v1\nLLM_MODEL=grok-4.3\n"),
    # A file writing its other bases whole most likely hands this one to its own client too.
    "SW230": ("GROQ_BASE_URL=https://api.groq.com/openai/v1\n"
              "OPENROUTER_BASE_URL=https://openrouter.ai/api/v1\n",
              "GROQ_BASE_URL=https://api.groq.com\n"
              "OPENROUTER_BASE_URL=https://openrouter.ai/api/v1\n"),
    # python-dotenv expands ${X} in file order: X set further down is not seen.
    "SW119": ("OPENAI_BASE_URL=${ROOT}/v1\nROOT=https://llm.example.com\nOPENAI_MODEL=m\n",
              "ROOT=https://llm.example.com\nOPENAI_BASE_URL=${ROOT}/v1\nOPENAI_MODEL=m\n"),
    # An unknown app's name holding the Gemini API's native base: a warning.
    "SW233": ("LLM_BASE_URL=https://generativelanguage.googleapis.com/v1beta\nLLM_MODEL=m\n",
              "LLM_BASE_URL=https://generativelanguage.googleapis.com/v1beta/openai\n"
              "LLM_MODEL=m\n"),
    # An unknown app's name holding the gateway's root: its own client may add the provider.
    "SW234": (f"AI_GATEWAY_BASE_URL=https://gateway.ai.cloudflare.com/v1/{ACCT}/omni\n"
              f"AI_GATEWAY_TOKEN={TOKEN}\n",
              f"AI_GATEWAY_BASE_URL=https://gateway.ai.cloudflare.com/v1/{ACCT}/omni/groq\n"
              f"AI_GATEWAY_TOKEN={TOKEN}\n"),
    "SW320": (f"OPENAI_API_KEY={OPENAI_KEY}\nOPENAI_MODEL=claude-sonnet-4-6\n",
              f"OPENAI_API_KEY={OPENAI_KEY}\nOPENAI_MODEL=gpt-4o-mini\n"),
    "SW321": (f"OPENAI_API_KEY={OPENAI_KEY}\nOPENAI_MODEL=llama3.2\n"
              "# OPENAI_BASE_URL=http://localhost:11434/v1\n",
              f"OPENAI_API_KEY={OPENAI_KEY}\nOPENAI_MODEL=llama3.2\n"
              "OPENAI_BASE_URL=http://localhost:11434/v1\n"),
    "SW235": (STORED + "ANTHROPIC_BASE_URL=https://relay.example.com/v1\n",
              STORED + "ANTHROPIC_BASE_URL=https://relay.example.com\n"),
    # The Python SDKs keep an empty base URL as given: every request fails.
    "SW232": ("OPENAI_BASE_URL=\nOPENAI_MODEL=gpt-6.1-terra\n", "OPENAI_MODEL=gpt-6.1-terra\n"),
    "SW300": (drop(STORED, "AUTOGEN_MODEL"), STORED),
    "SW301": (sub(STORED, "=openai/gpt-oss-20b", "=llama-3.1-8b-instant"), STORED),
    "SW302": (sub(STORED, "=openai/gpt-oss-20b", "=openai/gpt-oss-21b"), STORED),
    "SW303": (sub(COMPAT, "=groq/openai/gpt-oss-20b", "=allam-2-7b"),
              sub(COMPAT, "=groq/openai/gpt-oss-20b", "=groq/allam-2-7b")),
    "SW304": (sub(COMPAT, "=groq/openai/gpt-oss-20b", "=nosuch/model-1"), COMPAT),
    "SW305": (sub(COMPAT, "=groq/openai/gpt-oss-20b", "=xai/grok-4"),
              sub(COMPAT, "=groq/openai/gpt-oss-20b", "=grok/grok-4")),
    "SW306": (sub(COMPAT, "=groq/openai/gpt-oss-20b", "=perplexity-ai/sonar"),
              sub(COMPAT, "=groq/openai/gpt-oss-20b", "=perplexity/sonar")),
    "SW307": (sub(COMPAT, "=groq/openai/gpt-oss-20b", "=openai/gpt-oss-20b"), COMPAT),
    "SW308": (sub(STORED, "=openai/gpt-oss-20b", "=groq/openai/gpt-oss-20b"), STORED),
    "SW309": (sub(STORED, "/omni/groq", "/omni/openai"), STORED),
    "SW316": (sub(DIRECT, "AUTOGEN_MODEL=openai/gpt-oss-20b", "AUTOGEN_MODEL=gpt-4o"), DIRECT),
    "SW317": ("AZURE_OPENAI_ENDPOINT=https://myres.openai.azure.com/\n"
              "OPENAI_MODEL=gpt-4.1-nano\n",
              "AZURE_OPENAI_ENDPOINT=https://myres.openai.azure.com/\nOPENAI_MODEL=gpt-6-luna\n"),
    "SW318": ("FAST_LLM=qwen2.5:latest\n", "FAST_LLM=ollama:qwen2.5:latest\n"),
    "SW121": (STORED + "APP_MODE=dev\nAPP_MODE=prod\n", STORED + "APP_MODE=prod\n"),
    "SW122": (sub(DIRECT, f"GROQ_API_KEY={GSK}", f'GROQ_API_KEY="{GSK}"'), DIRECT),
    "SW124": (STORED + "NOTE=`a value`\n", STORED + "NOTE='a value'\n"),
    "SW126": (sub(DIRECT, "AUTOGEN_MODEL=openai/gpt-oss-20b",
                  "AUTOGEN_MODEL=openai/gpt-oss-20b # the model"), DIRECT),
    "SW125": (STORED + "OLLAMA_API_BASE_URL=http://ollama:11434/api\n",
              STORED + "OLLAMA_BASE_URL=http://ollama:11434\n"),
    "SW319": (STORED + "MODELS='[{\"name\": \"x\" <!-- a note -->}]'\n",
              STORED + "MODELS='[{\"name\": \"x\" /* a note */}]'\n"),
    "SW310": (sub(STORED, "=openai/gpt-oss-20b", "=<your-model>"), STORED),
    "SW311": (sub(OPENROUTER, "=google/gemini", "=gemini"), OPENROUTER),
    "SW312": (sub(OPENROUTER, "=google/gemini-flash-1.5", "=openai/o3-mini"), OPENROUTER),
    "SW313": ("LLM_BASE_URL=https://api.x.ai/v1\nLLM_MODEL=grok-3\n",
              "LLM_BASE_URL=https://api.x.ai/v1\nLLM_MODEL=grok-4.3\n"),
    "SW401": (drop(STORED, "CF_GATEWAY_TOKEN"), STORED),
    "SW402": (sub(STORED, f"CF_GATEWAY_TOKEN={TOKEN}", "CF_GATEWAY_TOKEN=your-token"), STORED),
    "SW403": (sub(STORED, f"CF_GATEWAY_TOKEN={TOKEN}", f"CF_GATEWAY_TOKEN={GSK}"), STORED),
    "SW404": (DIRECT + "CF_GATEWAY_TOKEN=cfut_whatever_token_value\n", DIRECT),
    "SW405": (sub(STORED, f"={TOKEN}", f"=Bearer {TOKEN}"), STORED),
    "SW501": (drop(DIRECT, "GROQ_API_KEY"), DIRECT),
    "SW502": (sub(DIRECT, f"GROQ_API_KEY={GSK}", "GROQ_API_KEY=gsk_xxx"), DIRECT),
    "SW503": (sub(DIRECT, f"GROQ_API_KEY={GSK}", "GROQ_API_KEY=gsk_tooShort1234"), DIRECT),
    "SW504": (sub(DIRECT, f"GROQ_API_KEY={GSK}", f"GROQ_API_KEY={OPENAI_KEY}"), DIRECT),
    "SW505": (STORED + f"GROQ_API_KEY={GSK}\n", STORED),
    "SW506": (DIRECT + f"OPENAI_API_KEY={OPENAI_KEY}\n", DIRECT),
    "SW507": (WORKERS, WORKERS_OK),
    "SW509": ("MODEL=ollama/qwen2.5:7b\nOLLAMA_API_BASE=http://localhost:11434\n"
              "OPENAI_API_KEY=dummy\n",
              "MODEL=ollama/qwen2.5:7b\nOLLAMA_API_BASE=http://localhost:11434\n"),
    "SW508": (DIRECT + "MISTRAL_API_KEY=\n", DIRECT),
}


def lint_case(content: str | bytes | None, tmp_path: Path) -> list[str]:
    path = tmp_path / "case.env"
    if content is not None:
        path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    return [f.code for f in lint_file(str(path)).findings]


def test_every_rule_has_a_case() -> None:
    # SW390 depends on the date: its firing and silent cases are in test_lint_staleness.py.
    assert set(CASES) | {"SW390"} == set(BY_CODE)


def test_codes_unique_and_well_formed() -> None:
    codes = [r.code for r in RULES]
    assert len(codes) == len(set(codes))
    for r in RULES:
        assert r.code.startswith("SW") and len(r.code) == 5 and r.code[2:].isdigit()
        assert r.severity in ("error", "warning", "info")
        assert r.group in lint_rules.GROUPS
        assert r.source.startswith("https://"), r.code


@pytest.mark.parametrize("code", sorted(CASES))
def test_rule_fires_on_bad_and_not_on_good(code: str, tmp_path: Path) -> None:
    bad, good = CASES[code]
    assert code in lint_case(bad, tmp_path)
    assert lint_case(good, tmp_path) == []


def test_severity_of_findings_is_the_tables(tmp_path: Path) -> None:
    for bad, _ in CASES.values():
        path = tmp_path / "sev.env"
        if bad is None:
            continue
        path.write_bytes(bad if isinstance(bad, bytes) else bad.encode())
        for f in lint_file(str(path)).findings:
            assert f.severity == BY_CODE[f.code].severity


def test_fields_severities_agree_with_the_table() -> None:
    """fields.py decides severities for the wizard; the table must say the same."""
    groq = providers.PROVIDERS["groq"]
    problems = [
        *fields.check_model(groq, ""), *fields.check_model(groq, "llama-3.1-8b-instant"),
        *fields.check_model(groq, "nope"),
        *fields.check_compat_model("bare")[0], *fields.check_compat_model("zzz/m")[0],
        *fields.check_compat_model("xai/m")[0], *fields.check_compat_model("perplexity-ai/m")[0],
        *fields.check_token(None, "gateway-stored-key"), *fields.check_token("x", "direct"),
        *fields.check_token("xxx", "gateway-stored-key"),
        *fields.check_token(GSK, "gateway-stored-key"),
        *fields.check_provider_key(groq, None, "direct"),
        *fields.check_provider_key(groq, "dummy", "direct"),
        *fields.check_provider_key(groq, "gsk_short1234567", "direct"),
        *fields.check_provider_key(groq, OPENAI_KEY, "direct"),
        *fields.check_provider_key(groq, GSK, "gateway-stored-key"),
    ]
    seen = {p.code for p in problems}
    assert seen >= {"SW300", "SW301", "SW302", "SW303", "SW304", "SW305", "SW306", "SW401",
                    "SW402", "SW403", "SW404", "SW501", "SW502", "SW503", "SW504", "SW505"}
    for p in problems:
        assert p.severity == BY_CODE[p.code].severity, p.code


def test_messages_name_the_key() -> None:
    findings = lint_text(CASES["SW301"][0] + "GROQ_API_KEY=dummy\n")  # type: ignore[operator]
    for f in findings:
        assert f.key and f.key in f.message


def test_fixes_say_the_exact_corrected_url() -> None:
    bad = sub(STORED, "https://gateway.ai.cloudflare.com/v1/" + ACCT + "/omni/groq",
              "http://gateway.ai.cloudfare.com/v1/" + ACCT + "/omni/groq/openai/v1/"
              "chat/completions/")
    fixes = {f.fix for f in lint_text(bad) if f.key == "OPENAI_BASE_URL"}
    assert fixes == {f"set OPENAI_BASE_URL={GW_URL}"}


def test_retired_model_fix_keeps_the_compat_prefix() -> None:
    bad = sub(COMPAT, "=groq/openai/gpt-oss-20b", "=groq/llama-3.3-70b-versatile")
    (f,) = [f for f in lint_text(bad) if f.code == "SW301"]
    assert f.fix and f.fix.startswith("set AUTOGEN_MODEL=groq/openai/gpt-oss-120b")
    assert "2026-08-16" in f.message


def test_rules_doc_is_generated_from_the_table() -> None:
    assert DOCS.read_text(encoding="utf-8") == lint_rules.rules_markdown()
    for r in RULES:
        assert f"| {r.code} | {r.severity} |" in DOCS.read_text(encoding="utf-8")
