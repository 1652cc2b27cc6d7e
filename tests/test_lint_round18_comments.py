"""A comment after a value that `docker run --env-file` keeps (issue 12, SW126, info).
python-dotenv, docker compose and a shell end `KEY=value # note` at the blank before the `#`;
docker run --env-file sets KEY to `value # note` (docker/cli#4404, whose reproduction is the
first test's shape). Said of LLM settings only, as SW122 is, and masked like every key."""

from __future__ import annotations

from lint_support import OPENAI_KEY, assert_no_secret, lint_findings

from setup_wizard.lint import report
from setup_wizard.lint.engine import FileResult


def _comments(text: str) -> list[tuple[str | None, int | None, str]]:
    return [(f.key, f.line, f.severity) for f in lint_findings(text) if f.code == "SW126"]


def test_a_model_with_a_comment_after_it_is_said_once_with_its_line() -> None:
    text = "OPENAI_BASE_URL=https://api.groq.com/openai/v1\nMODEL=llama-3.1-8b-instant # fast\n"
    assert _comments(text) == [("MODEL", 2, "info")]
    (f,) = [f for f in lint_findings(text) if f.code == "SW126"]
    assert "docker run --env-file" in f.message and "llama-3.1-8b-instant # ..." in f.message
    assert "fast" not in f.message  # (the comment is never shown: it may hold anything)
    assert f.fix == "move the comment on line 2 to a line of its own above MODEL"


def test_later_lines_point_back_to_the_first() -> None:
    text = (f"OPENAI_API_KEY={OPENAI_KEY}  # from the dashboard\n"
            "OPENAI_BASE_URL=https://api.openai.com/v1 # default\n")
    found = [f for f in lint_findings(text) if f.code == "SW126"]
    assert [f.key for f in found] == ["OPENAI_API_KEY", "OPENAI_BASE_URL"]
    assert "see line 1" in found[1].message


def test_the_key_is_masked_in_the_message_the_report_and_json() -> None:
    text = f"OPENAI_API_KEY={OPENAI_KEY} # {OPENAI_KEY[-12:]} is the end of my key\n"
    found = lint_findings(text)
    assert any(f.code == "SW126" for f in found)
    result = FileResult(".env", found)
    assert_no_secret(*(f.message + (f.fix or "") for f in found),
                     report.render_text([result]), report.render_json([result]),
                     secrets=(OPENAI_KEY,))


def test_a_secret_in_a_model_or_url_lines_comment_is_never_shown() -> None:
    # A key pasted into the comment of another line: an Azure-shaped one no vendor prefix
    # gives away, and a slice of the file's own OpenAI key.
    azure = "abcdef0123456789abcdef0123456789"
    text = (f"OPENAI_API_KEY={OPENAI_KEY}\n"
            f"OPENAI_BASE_URL=https://api.openai.com/v1 # key {azure}\n"
            f"OPENAI_MODEL=gpt-4o # key {OPENAI_KEY[-14:]}\n")
    found = lint_findings(text)
    assert [f.key for f in found if f.code == "SW126"] == ["OPENAI_BASE_URL", "OPENAI_MODEL"]
    result = FileResult(".env", found)
    assert_no_secret(*(f.message + (f.fix or "") for f in found),
                     report.render_text([result]), report.render_json([result]),
                     secrets=(OPENAI_KEY, azure))


def test_look_alikes_are_silent() -> None:
    for text in (
        'MODEL="gpt-4o # not a comment inside quotes"\n',   # quoted: every loader keeps it
        "MODEL=gpt-4o#mini\n",                                # no blank: no comment anywhere
        "DEBUG=true # verbose logs\n",                        # not an LLM setting
        "OPENAI_API_KEY=   # paste it here\n",                # empty: SW117's case
        "OPENAI_API_KEY=sk-xxxx # placeholder\n",             # a placeholder: SW502 says it
        "# MODEL=gpt-4o # commented out\n",
        "MODEL=gpt-4o\n",
        "MODEL=gpt-4o # fast\nMODEL=gpt-4o-mini\n",          # not the line python-dotenv uses
        "MODEL=gpt-4o#x # note\n",                           # a # in the value: not this shape
    ):
        assert _comments(text) == [], text


def test_one_ignore_on_a_line_of_its_own_silences_the_file() -> None:
    text = ("# setup-wizard: ignore[SW126]\n"
            "OPENAI_BASE_URL=https://api.openai.com/v1 # default\nMODEL=gpt-4o # main\n")
    assert _comments(text) == []


def test_an_ignore_comment_is_found_after_a_long_line_of_hashes() -> None:
    """`#[^\\n]*?setup-wizard:` retried from every `#` took minutes on 100 KB of ` #` (the
    timing is benchmarks/bench_lint_bounds.py's); the two-search reading must still find the
    directive after a comment's `#`, and only there."""
    from setup_wizard.lint.engine import _ignore_codes
    assert _ignore_codes("MODEL=x" + " #" * 50_000) is None
    m = _ignore_codes("MODEL=x" + " #" * 50_000 + " setup-wizard: ignore[SW302]")
    assert m is not None and m[1] == "SW302"
    assert _ignore_codes("NOTE=x#setup-wizard: ignore[SW401]") is None
    assert _ignore_codes("# setup-wizard: IGNORE[sw401, SW402]")[1] == "sw401, SW402"
