"""The summary holds: its names and numbers stand in the article, it ends on a whole
sentence, what it says someone denied or claimed is an item of the brief, and a summary
that fails is replaced by one built from the brief's items."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from summarizer import Claim, Denial, Evidence
from summarizer.brief.steps.summary import (
    SUMMARY_LENGTH,
    SummaryAnswer,
    built_summary,
    foreign_words,
    holds,
    whole_sentences,
)

ARTICLE = (
    "Harbour Council approves $4.2m ferry contract\n\n"
    "The Harbour Council approved a $4.2m contract for two ferries, its chair Ana Lind said. "
    "The operator Blue Line denied that it had been paid in advance."
)


def ev(quote: str) -> Evidence:
    start = ARTICLE.index(quote)
    return Evidence(quote=quote, start=start, end=start + len(quote))


CLAIM = Claim(speaker="Ana Lind", statement="the council approved the contract",
              presentation="asserted", evidence=ev("The Harbour Council approved"))  # fmt: skip
DENIAL = Denial(speaker="Blue Line", denied="that it had been paid in advance", kind="denial",
                evidence=ev("The operator Blue Line denied"))  # fmt: skip


def test_a_name_or_number_the_article_does_not_hold_is_foreign():
    summary = "The council approved a $5.1m contract, Mayor Oskar Berg said."
    assert foreign_words(summary, ARTICLE) == ["5.1", "Mayor", "Oskar", "Berg"]


def test_a_summary_of_the_articles_own_names_and_numbers_has_none_foreign():
    assert foreign_words("The Harbour Council's contract is worth $4.2m.", ARTICLE) == []


def test_a_summary_with_foreign_words_does_not_validate():
    with pytest.raises(ValidationError, match="not in the article"):
        SummaryAnswer.model_validate(
            {"summary": "Mayor Oskar Berg signed it."}, context={"article": ARTICLE}
        )


def test_a_summary_cut_mid_sentence_keeps_its_whole_sentences():
    assert whole_sentences("The deal was signed. The U.S. operator") == "The deal was signed."


def test_a_summary_cut_at_its_length_bound_loses_its_last_sentence():
    filler = "The ferries were ordered" + " again" * 60
    cut = f"Blue Line denied it. {filler}."[: SUMMARY_LENGTH - 18] + ". He suspended U.S."
    assert len(cut) >= SUMMARY_LENGTH
    assert whole_sentences(cut) == cut[: cut.index(". He") + 1]


def test_a_whole_summary_is_kept_as_it_is():
    assert whole_sentences("The deal went to the U.S.") == "The deal went to the U.S."


def test_a_summary_that_names_a_denial_of_the_brief_holds():
    assert holds("Blue Line denied being paid in advance.", [CLAIM], [DENIAL])


def test_a_summary_that_has_someone_deny_what_no_denial_of_theirs_says_does_not_hold():
    assert not holds("Ana Lind denied the contract.", [CLAIM], [DENIAL])


def test_a_summary_built_from_the_items_names_their_speakers():
    summary = built_summary("Headline", [CLAIM], [DENIAL])
    assert summary == (
        "Blue Line (denial): “that it had been paid in advance”. "
        "According to Ana Lind: “the council approved the contract”."
    )


def test_a_brief_without_statements_is_summarised_by_its_headline():
    assert built_summary("Harbour Council approves contract", [], []) == (
        "Harbour Council approves contract"
    )
