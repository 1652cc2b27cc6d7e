"""The dated model catalogs and how a served list is read against them (config/catalog)."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from setup_wizard.config import catalog, providers

GROQ = providers.PROVIDERS["groq"]
SOURCES = (Path(__file__).resolve().parent.parent / "docs" / "sources.md").read_text()


@pytest.mark.parametrize("p", list(providers.PROVIDERS.values()), ids=lambda p: p.slug)
def test_every_catalog_is_dated_and_its_check_is_in_the_sources(p: providers.Provider) -> None:
    checked = date.fromisoformat(p.catalog_checked)  # raises on a missing or odd date
    assert date(2026, 1, 1) <= checked
    section = SOURCES[SOURCES.index("### model-catalogs"):SOURCES.index("### gateway-models")]
    assert f"checked on {checked.isoformat()}" in section
    assert re.search(rf"^\| {re.escape(p.name.split(' (')[0])} \|", section, re.M), p.name


@pytest.mark.parametrize("p", list(providers.PROVIDERS.values()), ids=lambda p: p.slug)
def test_offered_models_are_current_and_never_retired_or_disputed(p: providers.Provider) -> None:
    for m in p.models:
        assert p.status(m) in ("current", "preview"), m
    for gone in (*p.retired, *p.deprecated):
        assert gone.id not in p.models and gone.source.startswith("https://")
        assert gone.replacement is None or p.status(gone.replacement) != "retired"


def test_groq_recheck_marks_the_disputed_models_unconfirmed() -> None:
    for m in ("qwen/qwen3.6-27b", "groq/compound", "groq/compound-mini"):
        assert GROQ.status(m) == "unconfirmed" and m not in GROQ.models
        assert GROQ.knows_model(m)  # accepted (lint does not call it unknown), never offered
    assert GROQ.status("qwen/qwen3.8-27b") == "current"
    assert GROQ.status("llama-3.1-8b-instant") == "retired"
    assert GROQ.status("whisper-large-v3") == "current" and not GROQ.knows_model(
        "whisper-large-v3")  # served, but not a chat model
    assert GROQ.status("acme/never-heard-of") == "unknown"


def test_the_old_defaults_that_died_are_not_defaults_any_more() -> None:
    openai = providers.PROVIDERS["openai"]
    assert openai.status("gpt-5-mini") == "deprecated"
    assert openai.deprecation("gpt-5-mini").shutdown == "2026-12-11"  # type: ignore[union-attr]
    assert providers.PROVIDERS["deepseek"].status("deepseek-chat") == "retired"
    assert providers.PROVIDERS["grok"].status("grok-3") == "retired"
    assert providers.PROVIDERS["workers-ai"].status("@cf/meta/llama-3.1-8b-instruct") == \
        "retired"


SERVED = ("whisper-large-v3", "qwen/qwen3.6-27b", "acme/brand-new-1", "openai/gpt-oss-120b",
          "llama-3.1-8b-instant", "openai/gpt-oss-20b", "qwen/qwen3.8-27b")


def test_offered_puts_the_default_first_and_leaves_out_retired_and_non_chat() -> None:
    assert catalog.offered(GROQ, SERVED) == [
        "openai/gpt-oss-20b", "openai/gpt-oss-120b", "qwen/qwen3.8-27b", "acme/brand-new-1",
        "qwen/qwen3.6-27b"]


def test_mark_reports_every_served_model_with_its_status() -> None:
    marked = {e.id: e for e in catalog.mark(GROQ, SERVED)}
    assert set(marked) == set(SERVED)
    assert marked["acme/brand-new-1"].status == "unknown"
    assert marked["llama-3.1-8b-instant"].to_dict() == {
        "id": "llama-3.1-8b-instant", "status": "retired", "retired_on": "2026-08-16",
        "replacement": "openai/gpt-oss-20b"}
    assert marked["qwen/qwen3.6-27b"].status == "unconfirmed"
    assert [e.id for e in catalog.mark(GROQ, SERVED)][:2] == ["openai/gpt-oss-20b",
                                                            "openai/gpt-oss-120b"]


def test_catalog_entries_hold_served_then_deprecated_then_retired() -> None:
    entries = catalog.catalog_entries(providers.PROVIDERS["openai"])
    statuses = [e.status for e in entries]
    assert statuses.index("deprecated") > statuses.index("current")
    assert statuses.index("retired") > statuses.index("deprecated")
    assert entries[0].id == "gpt-6.1-terra" and "recommended default" in (entries[0].note or "")


@pytest.mark.parametrize(("model", "served", "expected"), [
    # the documented replacement first
    ("llama-3.1-8b-instant", SERVED, ("openai/gpt-oss-20b", "Groq's documented replacement")),
    # then the same family
    ("qwen/qwen3.6-27b", SERVED, ("qwen/qwen3.8-27b", "same family, qwen")),
    ("qwen/qwen3-32b", ("qwen/qwen3.8-27b", "openai/gpt-oss-20b"),
     ("qwen/qwen3.8-27b", "same family, qwen")),
    # else the provider's default
    ("groq/compound", SERVED, ("openai/gpt-oss-20b", "the recommended default")),
    # else whatever is served and offerable
    ("groq/compound", ("acme/x-1",), ("acme/x-1", "served by Groq now")),
])
def test_closest_served_model(model: str, served: tuple[str, ...],
                              expected: tuple[str, str]) -> None:
    assert catalog.closest(GROQ, model, served) == expected


def test_closest_never_suggests_a_retired_or_non_chat_model() -> None:
    assert catalog.closest(GROQ, "llama-3.3-70b-versatile",
                           ("llama-3.1-8b-instant", "whisper-large-v3")) is None
