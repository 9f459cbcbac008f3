"""Markdown: sections, quotes, and a provenance footer that hides nothing."""

from __future__ import annotations

import pytest

from summarizer import Brief, summarize, to_html, to_json, to_markdown


@pytest.fixture
def brief(seed_texts, replay_settings) -> Brief:
    name, text = next(iter(seed_texts.items()))
    return summarize(text, name=name, settings=replay_settings)


def test_markdown_has_a_section_per_kind_of_item(brief):
    markdown = to_markdown(brief)
    for heading in ("## Actors", "## Claims", "## Denials", "## Figures"):
        assert heading in markdown


def test_markdown_quotes_every_claim_and_denial(brief):
    markdown = to_markdown(brief)
    for item in [*brief.claims, *brief.denials]:
        assert " ".join(item.evidence.quote.split()) in markdown
        assert f"characters {item.evidence.start}–{item.evidence.end}" in markdown


def test_footer_names_model_prompts_tokens_cache_and_dropped_items(brief):
    footer = to_markdown(brief).split("---")[-1]
    assert brief.provenance.model in footer
    assert all(f"{name} v" in footer for name in brief.provenance.prompt_versions)
    assert "tokens:" in footer and "cache hits" in footer
    assert f"dropped as ungrounded or invalid: {len(brief.dropped)}" in footer


def test_json_is_the_model_dump(brief):
    assert Brief.model_validate_json(to_json(brief)) == brief


def test_the_sample_brief_in_docs_is_what_the_tool_writes(replay_settings):
    from .conftest import REPO

    path = REPO / "seeds" / "000_44cd55eeee1eb2d9.txt"
    brief = summarize(path.read_text(encoding="utf-8"), name=path.name, settings=replay_settings)
    assert (REPO / "docs" / "sample-brief.md").read_text(encoding="utf-8") == to_markdown(brief)


def _degraded(brief: Brief) -> Brief:
    provenance = brief.provenance.model_copy(update={"degraded": ["claims", "summary"]})
    return brief.model_copy(update={"provenance": provenance})


def test_a_degraded_brief_says_so_under_its_summary_in_markdown_and_html(brief, seed_texts):
    degraded = _degraded(brief)
    text = next(iter(seed_texts.values()))
    markdown = to_markdown(degraded)
    assert markdown.index("**Degraded**") < markdown.index("## Actors")
    assert "claims, summary" in markdown
    assert "Degraded</strong>: the model's answers to claims, summary" in to_html(degraded, text)


def test_a_brief_that_is_not_degraded_says_nothing_of_it(brief, seed_texts):
    text = next(iter(seed_texts.values()))
    assert "Degraded" not in to_markdown(brief)
    assert "Degraded" not in to_html(brief, text)
