"""What a question shows of its article: the paragraphs around what it asks about, or
nothing when its candidates carry their own words; never the whole article again."""

from __future__ import annotations

from summarizer.brief.analysis import Analysis
from summarizer.brief.steps.claims import CLAIMS
from summarizer.brief.steps.figures import FIGURES
from summarizer.brief.steps.statements import unnamed

TEXT = (
    "Ferry strike ends\n\n"
    "The dock workers' union called off its strike on Friday.\n\n"
    "Its leader, Ana Lind, spoke to reporters at the gate.\n\n"
    "She said the workers had won a rise of 4 percent.\n\n"
    "The ferries will sail again on Monday.\n\n"
    "Tickets sold out within an hour."
)


def test_an_excerpt_holds_the_paragraph_and_the_one_before_it():
    analysis = Analysis(TEXT)
    excerpt = analysis.excerpt([TEXT.index("She said")])
    assert "Its leader, Ana Lind" in excerpt and "She said the workers" in excerpt
    assert "called off its strike" not in excerpt and "Tickets" not in excerpt


def test_an_excerpt_marks_the_paragraphs_left_out():
    analysis = Analysis(TEXT)
    excerpt = analysis.excerpt([TEXT.index("She said")])
    assert excerpt.count("[…]") == 3  # in the template's heading, before and after


def test_the_claims_question_shows_the_excerpt_around_the_sentences_it_asks_about():
    text = TEXT.replace("She said", "It was said")
    analysis = Analysis(text)
    asked = [s.start for s in unnamed(analysis.claims)]
    assert asked == [text.index("It was said")]
    assert CLAIMS.shows(analysis) == analysis.excerpt(asked)
    assert "Tickets sold out" not in CLAIMS.shows(analysis)


def test_the_figures_question_shows_no_article():
    assert FIGURES.shows(Analysis(TEXT)) == ""
