"""The summary is the article's own sentences: its lead, then the sentence of its first
denial and of a claim by another speaker, each where it names its speaker; nothing is
composed, and no model is asked."""

from __future__ import annotations

from summarizer import Claim, Denial, Evidence
from summarizer.brief.steps.summary import (
    LONGEST_SENTENCE,
    SUMMARY,
    after_first_line,
    readable,
    summary_of,
    without_dateline,
)
from summarizer.text.sentences import split_sentences

ARTICLE = (
    "Harbour Council approves ferry contract\n\n"
    "HARBOURTON (Wire) — The Harbour Council approved a $4.2m contract for two ferries on "
    "Tuesday after a long debate. "
    "The contract was signed at noon. "
    "Its chair Ana Lind said the ferries would sail from May and cut the crossing by half. "
    "The operator Blue Line denied that it had been paid in advance by the council. "
    "It said the payment would follow delivery of the first of the two ferries. "
    "Blue Line said the two ferries were built in its own yard at Harbourton."
)


def ev(quote: str) -> Evidence:
    start = ARTICLE.index(quote)
    return Evidence(quote=quote, start=start, end=start + len(quote))


def claim(speaker: str, sentence: str) -> Claim:
    return Claim(speaker=speaker, statement=sentence, presentation="asserted",
                 evidence=ev(sentence))  # fmt: skip


def denial(speaker: str, sentence: str) -> Denial:
    return Denial(speaker=speaker, denied=sentence, kind="denial", evidence=ev(sentence))


LIND = claim(
    "Ana Lind",
    "Its chair Ana Lind said the ferries would sail from May and cut the crossing by half.",
)
BLUE_LINE = denial(
    "Blue Line", "The operator Blue Line denied that it had been paid in advance by the council."
)
IT_SAID = claim(
    "Blue Line", "It said the payment would follow delivery of the first of the two ferries."
)


def summarise(claims: list[Claim], denials: list[Denial]) -> str:
    return summary_of("Headline", ARTICLE, split_sentences(ARTICLE), claims, denials)


def test_the_summary_opens_with_the_lead_without_its_dateline():
    assert summarise([], []) == (
        "The Harbour Council approved a $4.2m contract for two ferries on Tuesday after a "
        "long debate."
    )


def test_the_first_denial_and_a_claim_of_another_speaker_follow_in_the_articles_order():
    summary = summarise([LIND], [BLUE_LINE])
    assert summary.endswith(f"{LIND.evidence.quote} {BLUE_LINE.evidence.quote}")


def test_a_sentence_that_does_not_name_its_speaker_is_left_out():
    assert IT_SAID.evidence.quote not in summarise([IT_SAID], [])


def test_a_claim_of_the_speaker_whose_denial_is_taken_is_left_out():
    built = claim(
        "Blue Line", "Blue Line said the two ferries were built in its own yard at Harbourton."
    )
    assert built.evidence.quote in summarise([built], [])
    assert built.evidence.quote not in summarise([built], [BLUE_LINE])


def test_every_sentence_of_the_summary_stands_in_the_article():
    summary = summarise([LIND], [BLUE_LINE])
    folded = " ".join(ARTICLE.split())
    assert all(s.text in folded for s in split_sentences(summary))


def test_an_article_with_no_sentence_that_reads_whole_is_summarised_by_its_headline():
    text = "Ferry news\n\nFerries. More ferries."
    assert summary_of("Ferry news", text, split_sentences(text), [], []) == "Ferry news"


def test_the_headline_line_is_not_the_lead():
    assert after_first_line(ARTICLE) == ARTICLE.index("\n")
    assert after_first_line("One paragraph only.") == 0


def test_a_fragment_a_run_on_or_an_open_quotation_does_not_read_whole():
    assert not readable("Updated on Tuesday.")
    assert not readable("“We will sail from May and cut the crossing by half,” she said")
    assert not readable("“We will sail from May and cut the crossing by half, she said.")
    assert not readable("The council " + "approved it and " * 40 + "left.")
    assert len("The council " + "approved it and " * 40 + "left.") > LONGEST_SENTENCE


def test_a_wire_dateline_is_set_aside_and_other_openings_kept():
    assert without_dateline("MOSCOW, Oct. 1 (Reuters) - Russia said so.") == "Russia said so."
    assert without_dateline("WASHINGTON — The Senate voted.") == "The Senate voted."
    assert without_dateline("The Senate voted — again.") == "The Senate voted — again."


def test_the_summary_asks_no_model():
    assert not SUMMARY.asks
