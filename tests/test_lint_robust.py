"""Property tests: lint never raises on any text, only reports codes from the table, and a
file written with `envfile.quote` (what init writes) has no syntax finding."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lint_support import GSK, STORED, TOKEN, assert_no_secret

from setup_wizard.config import envfile
from setup_wizard.lint.engine import lint_text
from setup_wizard.lint.rules import BY_CODE

# Characters that matter to .env syntax, plus pieces of the settings lint understands.
PIECES = [*"AZ_az09=#'\"\\ $\t\r\n{}:/.-\ufeff\u00e9x", "OPENAI_BASE_URL=", "AUTOGEN_MODEL=",
          "https://gateway.ai.cloudflare.com/v1/", "groq/", "/compat", "AI_GATEWAY_MODE=",
          "USE_AI_GATEWAY=", "${", "GROQ_API_KEY=", "CF_GATEWAY_TOKEN=", "export ",
          "# setup-wizard: ignore[SW101]"]
ALPHABET = st.lists(st.sampled_from(PIECES), max_size=60).map("".join)
FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
SYNTAX = {"SW100", "SW103", "SW108", "SW123"}


@FAST
@given(ALPHABET)
def test_any_text_gives_findings_not_exceptions(text: str) -> None:
    for f in lint_text(text):
        assert f.code in BY_CODE
        assert f.severity == BY_CODE[f.code].severity
        assert f.line is None or f.line >= 1


@FAST
@given(ALPHABET)
def test_secrets_stay_masked_around_any_noise(noise: str) -> None:
    text = STORED + noise + f"\nGROQ_API_KEY={GSK}\nCF_GATEWAY_TOKEN=' {TOKEN}'\n"
    for f in lint_text(text):
        assert_no_secret(f.message, f.fix or "", secrets=(GSK, TOKEN))


@FAST
@given(st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\0"),
               max_size=60).filter(lambda v: "${" not in v))
def test_values_written_by_init_parse_cleanly(value: str) -> None:
    text = STORED + envfile.line_for("NOTE", value)
    assert not SYNTAX & {f.code for f in lint_text(text)}
