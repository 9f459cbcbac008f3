"""A denial says what it denies: where its words point back at the claim just reported
("rejected that allegation"), the brief gives that claim beside them."""

from __future__ import annotations

from summarizer import Article
from summarizer.brief.briefing import decided_brief

TEXT = (
    "Ferry safety\n\n"
    "The Harbour Watch group said on Monday that the ferry company had hidden safety reports "
    "from inspectors.\n\n"
    "Blue Line Ferries rejected that allegation on Tuesday."
)


def test_a_denial_that_points_back_gives_the_claim_it_answers():
    brief = decided_brief(Article("ferry.txt", TEXT))
    (denial,) = brief.denials
    assert denial.denied == "that allegation"
    assert denial.refers_to == "that the ferry company had hidden safety reports from inspectors"


def test_a_denial_that_says_what_it_denies_points_back_at_nothing():
    text = TEXT.replace("that allegation", "the claim that it had hidden reports")
    (denial,) = decided_brief(Article("ferry.txt", text)).denials
    assert denial.refers_to is None


def test_a_denial_of_the_allegation_or_of_it_points_back_too():
    for denied in ("the allegation", "it"):
        text = TEXT.replace("that allegation", denied)
        (denial,) = decided_brief(Article("ferry.txt", text)).denials
        assert denial.refers_to is not None, denied


def test_a_quotation_before_its_tag_is_the_claims_evidence_and_content():
    text = (
        "Ferry row\n\n"
        "“The ferries are unsafe. Nobody listens!” the captain wrote.\n\n"
        "Blue Line Ferries said the ferries passed every inspection."
    )
    brief = decided_brief(Article("ferry.txt", text))
    wrote = next(c for c in brief.claims if c.cue == "wrote")
    assert wrote.evidence.quote.startswith("“The ferries are unsafe.")
    assert "Nobody listens!" in wrote.statement


def test_a_denial_points_back_at_a_claim_earlier_in_its_own_sentence():
    text = (
        "Ferry row\n\n"
        "After the inspector said that the ferries had failed their inspection, "
        "the captain rejected that claim."
    )
    (denial,) = decided_brief(Article("ferry.txt", text)).denials
    assert denial.refers_to == "that the ferries had failed their inspection"


def test_a_refusal_to_comment_on_that_points_back_at_the_claim():
    text = TEXT.replace(
        "Blue Line Ferries rejected that allegation on Tuesday.",
        "“We cannot comment on that,” a Blue Line Ferries spokesman said on Tuesday.",
    )
    (refusal,) = decided_brief(Article("ferry.txt", text)).denials
    assert refusal.kind == "no_comment"
    assert refusal.refers_to == "that the ferry company had hidden safety reports from inspectors"
