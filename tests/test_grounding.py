"""Evidence location: verbatim up to quote style, whitespace and case; never a paraphrase."""

from __future__ import annotations

import pytest

from summarizer import Evidence, GroundingError, locate
from summarizer.text.grounding import is_verbatim, span

ARTICLE = "Kremlin spokesman Dmitry Peskov said, “We cannot\u00a0comment on that.”\nThe end."


def test_exact_quote_locates_with_offsets_end_exclusive():
    evidence = locate("Dmitry Peskov said", ARTICLE)
    assert ARTICLE[evidence.start : evidence.end] == "Dmitry Peskov said"
    assert (evidence.start, evidence.end) == (18, 36)


def test_straight_quotes_match_curly_quotes():
    evidence = locate('"We cannot comment on that."', ARTICLE)
    assert evidence.quote == "“We cannot\u00a0comment on that.”"


def test_plain_space_matches_non_breaking_space():
    assert locate("cannot comment", ARTICLE).quote == "cannot\u00a0comment"


def test_whitespace_runs_match_a_single_space():
    assert locate("that.”   The   end", ARTICLE).quote == "that.”\nThe end"


def test_case_differences_still_locate():
    assert locate("KREMLIN SPOKESMAN", ARTICLE).quote == "Kremlin spokesman"


def test_dash_styles_match_each_other():
    assert locate("anti-regime", "the anti–regime rebels").quote == "anti–regime"


def test_paraphrase_does_not_locate():
    with pytest.raises(GroundingError, match="not in the article"):
        locate("Peskov declined to comment", ARTICLE)


def test_empty_quote_is_rejected():
    with pytest.raises(GroundingError):
        locate("   ", ARTICLE)


def test_nearest_occurrence_wins_when_a_position_is_given():
    text = "Russia said no. Later, Russia said yes."
    assert locate("Russia said", text, near=20).start == 23
    assert locate("Russia said", text).start == 0


def test_evidence_quote_is_always_the_articles_own_characters():
    evidence = locate('we cannot comment on that."', ARTICLE)
    assert is_verbatim(evidence, ARTICLE)


def test_span_outside_the_article_is_an_error():
    with pytest.raises(GroundingError):
        span(ARTICLE, 10, 10_000)


def test_evidence_rejects_a_span_that_does_not_fit_its_quote():
    with pytest.raises(ValueError):
        Evidence(quote="abc", start=0, end=5)
