"""Deterministic candidates: sentences with offsets, numbers with values, cue sentences."""

from __future__ import annotations

import pytest

from summarizer.text.candidates import (
    _TENS,
    _UNITS,
    claim_sentences,
    denial_sentences,
    find_figures,
    find_names,
)
from summarizer.text.sentences import split_sentences


def figures(text: str):
    return find_figures(text, split_sentences(text))


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
    (figure,) = figures("The range is nearly 1,500 kilometres from the coast.")
    assert (figure.value, figure.qualifier, figure.unit) == (1500, "nearly", "kilometres")
    assert figure.text == "nearly 1,500 kilometres"


def test_at_least_is_a_qualifier():
    (figure,) = figures("The strikes killed at least 15 people.")
    assert (figure.qualifier, figure.text) == ("at least", "at least 15 people")


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


def test_denial_cues_mark_their_sentences():
    text = "Peskov said the report was true. The ministry denied it. Officials declined to comment."
    assert denial_sentences(split_sentences(text)) == [2, 3]


def test_reporting_verbs_mark_claim_sentences():
    text = "The sky is blue. Activists said ten died. According to Reuters, it rained."
    assert claim_sentences(split_sentences(text)) == [2, 3]


def test_names_skip_sentence_openers_and_keep_multiword_names():
    text = (
        "On Monday the Kremlin said that Dmitry Peskov would speak to reporters later in the day."
    )
    names = find_names(split_sentences(text))
    assert "Kremlin" in names and "Dmitry Peskov" in names and "The" not in names


@pytest.mark.parametrize(
    ("sentence", "strength"),
    [
        ("The ministry rejected that allegation on Tuesday.", "sure"),
        ("Officials declined to comment on the reports.", "sure"),
        ("Konashenkov said Russian planes had not conducted a single strike.", "likely"),
        ("“We are not prepared to cooperate,” Carter said.", "likely"),
        ("“The rest is not a French idea.”", "open"),
        ("Russia did not deny the fact that it is sending equipment.", "none"),
        ("Zakharova said Russia never concealed its aid.", "none"),
        ("The reports did not specify whether they were allied.", "none"),
    ],
)
def test_denial_strength_says_how_sure_a_denial_is(sentence, strength):
    from summarizer.text.candidates import denial_strength

    assert denial_strength(sentence) == strength


@pytest.mark.parametrize(
    "number",
    [*_UNITS, *_TENS, "twenty-one", "a dozen", "half a dozen", "five dozen", "a hundred",
     "one million", "dozens", "hundreds", "thousands", "millions", "250,000", "1.5", "$5",
     "€ 20", "£3 million", "12%"],
)  # fmt: skip
def test_every_number_word_and_form_is_found_in_any_case(number):
    for written in (number, number.title(), number.upper()):
        text = f"Officials said the count reached {written}."
        assert [f.text for f in figures(text)] == [written], written


@pytest.mark.parametrize(
    ("sentence", "speaker", "presentation"),
    [
        ("Moscow said it was targeting ISIS.", "Moscow", "asserted"),
        ("Bogdanov alleged that Washington pressured Bulgaria.", "Bogdanov", "alleged"),
        ("Lavrov confirmed last Thursday that his country sent equipment.", "Lavrov", "confirmed"),
        ("The shipment, first reported by FOX News, came this week.", "FOX News", "reported"),
        ("Russia sends aid, according to Maria Zakharova.", "Maria Zakharova", "reported"),
        ("The FOX News report cites American sources.", "The FOX News report", "reported"),
        ("Sputnik said the system is mobile.", "Sputnik", "reported"),
        ("Zakharova said, “Lavrov confirmed that aid was provided.”", "Zakharova", "asserted"),
        ("He said the decision raises a question.", "Bogdanov", "asserted"),
    ],
)
def test_a_speakers_own_verb_decides_how_a_claim_is_presented(sentence, speaker, presentation):
    from summarizer.text.candidates import presentation_of

    assert presentation_of(sentence, speaker) == presentation


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Officials refused to comment on U.S. media reports.", "no_comment"),
        ("“I have no such information.”", "no_comment"),
        ("Russia has rejected a recent allegation by a monitoring group.", "rejection"),
        ("Western forces have also rebuffed suggestions of co-operation.", "rejection"),
        ("A source close to Hollande has denied that he made such a suggestion.", "denial"),
        ("“The air force does not strike populated areas,” Konashenkov said.", "denial"),
        ("The envoy said he did not reject the plan, and denied the report.", "denial"),
    ],
)
def test_the_denying_words_decide_the_kind_of_a_denial(sentence, kind):
    from summarizer.text.candidates import denial_kind

    assert denial_kind(sentence) == kind


@pytest.mark.parametrize(
    ("sentence", "party"),
    [
        ("Russia has rejected a recent allegation by a shadowy monitoring group that Moscow "
         "has conducted air raids.", "a shadowy monitoring group"),
        ("Haddad has dismissed as a “lie” accusations from Western countries that soldiers "
         "are present.", "Western countries"),
        ("“The statements by the Observatory, sourced to anonymous witnesses, are "
         "unsubstantiated.”", "the Observatory"),
        ("Officials refused to comment on U.S. media reports saying so.", "U.S. media"),
        ("He dismissed Washington’s claims as lies.", "Washington"),
        ("The ministry rejected that allegation on Tuesday.", None),
        ("It rejected claims by them.", None),
        ("The government also rejected allegations that it has ambitions.", None),
    ],
)  # fmt: skip
def test_a_denial_answers_someone_only_when_its_sentence_names_them(sentence, party):
    from summarizer.text.candidates import answered_party

    assert answered_party(sentence) == party
