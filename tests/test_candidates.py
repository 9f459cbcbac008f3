"""Deterministic candidates: sentences with offsets, numbers with values, how statements are
presented and whom denials answer."""

from __future__ import annotations

import pytest

from summarizer.text.figures import find_figures
from summarizer.text.lexicon import TENS, UNITS
from summarizer.text.nlp import parse
from summarizer.text.sentences import split_sentences
from summarizer.text.statements.presentation import answered_party, presentation_of


def figures(text: str):
    return find_figures(parse(text))


def test_sentences_carry_exact_offsets(seed_texts):
    for text in seed_texts.values():
        for sentence in split_sentences(text):
            assert text[sentence.start : sentence.end] == sentence.text


def test_abbreviations_do_not_end_a_sentence():
    text = "Maj. Gen. Igor Konashenkov said so. The U.S. Navy did not."
    assert [s.text for s in split_sentences(text)] == [
        "Maj. Gen. Igor Konashenkov said so.",
        "The U.S. Navy did not.",
    ]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("seven tanks", 7),
        ("a dozen carriers", 12),
        ("half a dozen howitzers", 6),
        ("250,000 people", 250_000),
        ("twenty-five soldiers", 25),
        ("2.5 million dollars", 2_500_000),
    ],
)
def test_numbers_in_digits_and_words_have_their_value(text, value):
    (figure,) = figures(f"They saw {text} there.")
    assert figure.value == value


def test_qualifier_and_unit_are_part_of_the_figure():
    text = "The range is nearly 1,500 kilometres from the coast."
    (figure,) = figures(text)
    assert (figure.value, figure.qualifier, figure.unit) == (1500, "nearly", "kilometres")
    assert text[figure.evidence_start : figure.evidence_end] == "nearly 1,500 kilometres"


def test_at_least_is_a_qualifier():
    text = "The strikes killed at least 15 people."
    (figure,) = figures(text)
    assert (figure.qualifier, figure.text) == ("at least", "at least 15")
    assert text[figure.evidence_start : figure.evidence_end] == "at least 15 people"


def test_vague_quantities_have_no_value():
    (figure,) = figures("They wounded dozens more.")
    assert figure.value is None


def test_years_dates_and_model_names_are_not_figures():
    text = "In September 2015, on September 30, SS-21 and T-90 units moved; the war began in 2011."
    assert figures(text) == []


def test_figure_offsets_point_at_the_text(seed_texts):
    for text in seed_texts.values():
        for figure in figures(text):
            assert text[figure.start : figure.end] == figure.text


@pytest.mark.parametrize(
    "number",
    [*(w for w in UNITS if w not in {"zero", "one"}), *TENS, "twenty-one", "a dozen", "half a dozen", "five dozen", "a hundred",
     "one million", "dozens", "hundreds", "thousands", "millions", "250,000", "1.5"],
)  # fmt: skip
def test_every_number_word_and_form_is_found(number):
    # "zero" and "one" are often no count ("zero tolerance", "one of them"): tests/test_figures.py.
    # Capitalised inside a sentence, a number word is part of a name ("Channel Four").
    for text, written in ((f"Officials said the count reached {number}.", number),
                          (f"{number.capitalize()} were counted.", number.capitalize())):  # fmt: skip
        assert [f.text for f in figures(text)] == [written], text


@pytest.mark.parametrize(
    ("cue", "speaker", "presentation"),
    [
        ("said", "The harbour authority", "asserted"),
        ("alleged", "The union", "alleged"),
        ("accused", "The mayor", "alleged"),
        ("confirmed", "A council spokeswoman", "confirmed"),
        ("was first reported by", "The Daily Courier", "reported"),
        ("according to", "Lena Park", "reported"),
        ("said", "The Evening Herald", "reported"),
    ],
)
def test_a_statements_cue_decides_how_it_is_presented(cue, speaker, presentation):
    assert presentation_of(cue, speaker) == presentation


@pytest.mark.parametrize(
    ("sentence", "party"),
    [
        ("The firm rejected a recent allegation by a small consumer group that it overcharged.",
         "a small consumer group"),
        ("She dismissed as a “lie” accusations from rival bidders that the tender was rigged.",
         "rival bidders"),
        ("He dismissed the Harbour Council’s claims as unfounded.", "Harbour Council"),
        ("The ministry rejected that allegation on Tuesday.", None),
        ("It rejected claims by them.", None),
    ],
)  # fmt: skip
def test_a_denial_answers_someone_only_when_its_sentence_names_them(sentence, party):
    assert answered_party(sentence) == party
