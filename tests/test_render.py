"""Markdown: sections, quotes, and a provenance footer that hides nothing."""

from __future__ import annotations

import pytest

from summarizer import Brief, Claim, Evidence, summarize, to_html, to_json, to_markdown
from summarizer.output.render import by_speaker
from summarizer.text.statements.presentation import what_was_said


@pytest.fixture
def brief(seed_texts, replay_settings) -> Brief:
    name, text = next(iter(seed_texts.items()))
    return summarize(text, name=name, settings=replay_settings)


def test_markdown_has_a_section_per_kind_of_item(brief):
    markdown = to_markdown(brief)
    for heading in ("## Actors", "## Claims", "## Denials", "## Figures"):
        assert heading in markdown


def test_markdown_leads_with_the_denials_then_the_claims_by_speaker(brief):
    markdown = to_markdown(brief)
    order = [markdown.index(h) for h in ("## Denials", "## Claims", "## Figures", "## Actors")]
    assert order == sorted(order)


def test_a_statement_reads_as_its_cue_then_what_is_said():
    assert what_was_said("warned", "the talks could fail") == "warned — the talks could fail"


def test_a_pronoun_that_opens_a_statement_is_shown_with_whom_it_stands_for():
    said = what_was_said("said", "that she would resign", stands_for="Jane Roe")
    assert said == "said — that she [Jane Roe] would resign"


def test_a_content_that_opens_with_its_cue_is_not_given_the_cue_twice():
    assert what_was_said("declined to comment", "declined to comment on it") == (
        "declined to comment on it"
    )


def _claim(speaker: str, actor: str | None, quote: str) -> Claim:
    evidence = Evidence(quote=quote, start=0, end=len(quote))
    return Claim(speaker=speaker, actor=actor, cue="said", statement=quote,
                 presentation="asserted", evidence=evidence)  # fmt: skip


def test_claims_are_grouped_by_the_actor_they_resolve_to_most_claims_first():
    claims = [
        _claim("the ministry", "Defence Ministry", "a"),
        _claim("Jo Doe", None, "b"),
        _claim("Mr. Doe", "Jo Doe", "c"),
        _claim("the spokesman", "Defence Ministry", "d"),
    ]
    groups = by_speaker(claims)
    assert [(name, [c.statement for c in items]) for name, items in groups] == [
        ("Defence Ministry", ["a", "d"]),
        ("Jo Doe", ["b", "c"]),
    ]


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
