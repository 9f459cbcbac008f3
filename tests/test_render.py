"""Markdown: sections, quotes, and a provenance footer that hides nothing."""

from __future__ import annotations

import pytest

from summarizer import Brief, summarize, to_json, to_markdown


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
