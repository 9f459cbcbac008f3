"""The figure reader on invented sentences: one form or one exclusion per test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from summarizer.text.figures import FigureCandidate, find_figures
from summarizer.text.nlp import load_pipeline


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


def figures(nlp: Language, text: str) -> list[FigureCandidate]:
    return find_figures(nlp(text))


def only(nlp: Language, text: str) -> FigureCandidate:
    found = figures(nlp, text)
    assert len(found) == 1, [f.text for f in found]
    return found[0]


def evidence(text: str, figure: FigureCandidate) -> str:
    return text[figure.evidence_start : figure.evidence_end]


# Money: currency signs, codes and words, with scale words and suffixes.


def test_dollars_with_bn_suffix_are_the_whole_value(nlp: Language) -> None:
    figure = only(nlp, "The regulator said the firm owed $31.5bn to the treasury.")
    assert (figure.value, figure.unit, figure.text) == (31.5e9, "USD", "$31.5bn")


def test_pounds_sign_with_bn_suffix(nlp: Language) -> None:
    figure = only(nlp, "The council borrowed £12.5bn last winter.")
    assert (figure.value, figure.unit) == (12.5e9, "GBP")


def test_dollars_with_m_suffix(nlp: Language) -> None:
    figure = only(nlp, "The studio spent $43m on the film.")
    assert (figure.value, figure.unit) == (43e6, "USD")


def test_round_dollars_with_bn_suffix(nlp: Language) -> None:
    assert only(nlp, "Investors pulled $310bn from the funds.").value == 310e9


def test_dollars_with_k_suffix(nlp: Language) -> None:
    assert only(nlp, "The job pays $85k before bonuses.").value == 85e3


def test_euro_sign_with_scale_word(nlp: Language) -> None:
    figure = only(nlp, "The bank set aside €2.4 billion for the losses.")
    assert (figure.value, figure.unit) == (2.4e9, "EUR")


def test_us_dollar_prefix(nlp: Language) -> None:
    figure = only(nlp, "The miner raised US$7m from its backers.")
    assert (figure.value, figure.unit, figure.text) == (7e6, "USD", "US$7m")


def test_trillion_after_dollar_sign(nlp: Language) -> None:
    assert only(nlp, "The plan would cost $4.2 trillion.").value == 4.2e12


def test_currency_word_after_number_words(nlp: Language) -> None:
    figure = only(nlp, "He was fined three million dollars.")
    assert (figure.value, figure.unit) == (3e6, "USD")


def test_iso_code_before_number(nlp: Language) -> None:
    figure = only(nlp, "The ticket costs CHF 120 at the door.")
    assert (figure.value, figure.unit) == (120.0, "CHF")


def test_euros_word_after_number(nlp: Language) -> None:
    assert only(nlp, "The fine was 900 euros.").unit == "EUR"


def test_cents_are_hundredths_of_a_dollar(nlp: Language) -> None:
    assert only(nlp, "The tax adds 40 cents to each pack.").value == pytest.approx(0.4)


# Percentages.


def test_percent_sign(nlp: Language) -> None:
    figure = only(nlp, "Turnout rose to 64% in the north.")
    assert (figure.value, figure.unit) == (64.0, "percent")


def test_per_cent_in_two_words(nlp: Language) -> None:
    figure = only(nlp, "Prices climbed 3 per cent over the summer.")
    assert (figure.value, figure.unit, figure.text) == (3.0, "percent", "3 per cent")


def test_percent_after_number_word(nlp: Language) -> None:
    assert only(nlp, "Only eight percent of the ballots were spoiled.").value == 8.0


def test_percentage_points(nlp: Language) -> None:
    figure = only(nlp, "Her lead shrank by 4 percentage points.")
    assert (figure.value, figure.unit) == (4.0, "percentage points")


def test_half_a_percentage_point(nlp: Language) -> None:
    figure = only(nlp, "The bank cut its rate by half a percentage point.")
    assert (figure.value, figure.unit) == (0.5, "percentage points")


# Ranges and alternatives: the low end as value, the high end as `high`.


def test_between_and_range(nlp: Language) -> None:
    figure = only(nlp, "Each seat will cost between 40 and 70 volunteers an evening.")
    assert (figure.value, figure.high, figure.form) == (40.0, 70.0, "range")


def test_dash_range_of_money(nlp: Language) -> None:
    figure = only(nlp, "Tickets resold for $2,000-$9,000 online.")
    assert (figure.value, figure.high, figure.unit) == (2000.0, 9000.0, "USD")


def test_to_range(nlp: Language) -> None:
    figure = only(nlp, "The repairs will take 3 to 6 weeks.")
    assert (figure.value, figure.high) == (3.0, 6.0)


def test_range_shares_the_percent_sign(nlp: Language) -> None:
    figure = only(nlp, "Analysts expect growth of 2 to 3 percent.")
    assert (figure.value, figure.high, figure.unit) == (2.0, 3.0, "percent")


def test_range_shares_the_scale_word(nlp: Language) -> None:
    figure = only(nlp, "The estate is worth between $3 million and $4.5 million.")
    assert (figure.value, figure.high) == (3e6, 4.5e6)


def test_alternatives_joined_with_or(nlp: Language) -> None:
    figure = only(nlp, "The trial could last four or six months.")
    assert (figure.value, figure.high) == (4.0, 6.0)


# Votes and scores.


def test_vote_with_dash_is_a_score_not_one_decision(nlp: Language) -> None:
    figure = only(nlp, "The panel issued a 2-1 decision on Friday.")
    assert (figure.value, figure.high, figure.form, figure.text) == (2.0, 1.0, "score", "2-1")


def test_senate_tally(nlp: Language) -> None:
    figure = only(nlp, "The measure passed 61-39 after a long debate.")
    assert (figure.value, figure.high, figure.form) == (61.0, 39.0, "score")


def test_vote_written_with_to(nlp: Language) -> None:
    figure = only(nlp, "The justices voted 6 to 3 to hear the appeal.")
    assert (figure.form, figure.unit) == ("score", "votes")


# Fractions and shares.


def test_half_of(nlp: Language) -> None:
    assert only(nlp, "Half of the nurses walked out.").value == 0.5


def test_a_third_of(nlp: Language) -> None:
    assert only(nlp, "A third of the orchards were flooded.").value == pytest.approx(1 / 3)


def test_two_thirds(nlp: Language) -> None:
    assert only(nlp, "The bill needs a two-thirds majority.").value == pytest.approx(2 / 3)


def test_four_in_ten_is_a_share(nlp: Language) -> None:
    figure = only(nlp, "About four in 10 tenants said rents were too high.")
    assert (figure.value, figure.form, figure.qualifier) == (0.4, "ratio", "about")


def test_ordinal_third_is_no_fraction(nlp: Language) -> None:
    assert figures(nlp, "She is seeking a third term as mayor.") == []


def test_first_half_is_no_fraction(nlp: Language) -> None:
    assert figures(nlp, "The striker scored in the first half.") == []


# Number words.


def test_hyphenated_number_word(nlp: Language) -> None:
    assert only(nlp, "Twenty-five pilots signed the letter.").value == 25.0


def test_number_words_with_hundred_and(nlp: Language) -> None:
    assert only(nlp, "Three hundred and twelve lanterns were lit.").value == 312.0


def test_a_dozen(nlp: Language) -> None:
    assert only(nlp, "Police seized a dozen rifles.").value == 12.0


def test_half_a_dozen(nlp: Language) -> None:
    assert only(nlp, "Half a dozen ferries were cancelled.").value == 6.0


def test_and_a_half_with_scale(nlp: Language) -> None:
    assert only(nlp, "The city has two and a half million residents.").value == 2.5e6


def test_million_after_digits(nlp: Language) -> None:
    assert only(nlp, "The song was streamed 1.8 million times.").value == 1.8e6


def test_vague_plural_has_no_value(nlp: Language) -> None:
    figure = only(nlp, "Dozens of fishermen protested at the harbour.")
    assert (figure.value, figure.kind) == (None, "vague")


def test_hundreds_of_thousands_is_one_vague_figure(nlp: Language) -> None:
    figure = only(nlp, "Hundreds of thousands of pilgrims arrived.")
    assert figure.value is None and figure.text == "Hundreds of thousands"


# Qualifiers.


def test_qualifier_before(nlp: Language) -> None:
    figure = only(nlp, "At least 17 climbers were rescued.")
    assert (figure.qualifier, figure.text) == ("at least", "At least 17")


def test_qualifier_after(nlp: Language) -> None:
    figure = only(nlp, "The vote will cost $9 million or so.")
    assert (figure.qualifier, figure.text) == ("or so", "$9 million or so")


# Spans of time named by one word.


def test_more_than_a_year(nlp: Language) -> None:
    figure = only(nlp, "The inquiry lasted more than a year.")
    assert (figure.value, figure.unit) == (1.0, "year")


def test_over_the_next_decade(nlp: Language) -> None:
    found = figures(nlp, "The levy would raise $8 billion over the next decade.")
    assert [f.value for f in found] == [8e9, 1.0]


def test_per_day_is_no_span_of_time(nlp: Language) -> None:
    assert [f.text for f in figures(nlp, "Guards earn $90 a day.")] == ["$90"]


# What a figure counts and its evidence.


def test_unit_is_the_counted_noun_not_the_next_word(nlp: Language) -> None:
    text = "Investigators traced two Ohio brokerage accounts to the company."
    figure = only(nlp, text)
    assert (figure.unit, figure.counts) == ("accounts", "Ohio brokerage accounts")


def test_evidence_holds_the_noun_counted(nlp: Language) -> None:
    text = "The mill will dismiss 450 factory workers next month."
    assert evidence(text, only(nlp, text)) == "450 factory workers"


def test_money_counts_the_object_of_in(nlp: Language) -> None:
    text = "Auditors found $3.2bn in unpaid levies."
    figure = only(nlp, text)
    assert (figure.counts, evidence(text, figure)) == ("unpaid levies", "$3.2bn in unpaid levies")


def test_percent_counts_the_object_of_of(nlp: Language) -> None:
    text = "The mayor won 58 percent of the rural districts."
    assert only(nlp, text).counts == "rural districts"


def test_percent_counts_the_noun_before_of(nlp: Language) -> None:
    text = "They proposed a sales tax rate of 9 percent."
    assert only(nlp, text).counts == "sales tax rate"


def test_hyphenated_unit(nlp: Language) -> None:
    text = "The agency released a 212-page audit on Monday."
    figure = only(nlp, text)
    assert (figure.value, figure.unit, figure.counts) == (212.0, "page", "audit")


def test_sentence_number(nlp: Language) -> None:
    text = "The river rose overnight. Nine bridges were closed."
    assert only(nlp, text).sentence == 2


def test_sentence_number_from_callers_sentences(nlp: Language) -> None:
    text = "The river rose overnight. Nine bridges were closed."
    found = find_figures(nlp(text), sentence_spans=[(0, 25), (26, len(text))])
    assert found[0].sentence == 2


# Numbers that are not figures.


def test_year_is_no_figure(nlp: Language) -> None:
    assert figures(nlp, "The treaty was signed in 1994.") == []


def test_day_of_month_is_no_figure(nlp: Language) -> None:
    assert figures(nlp, "The vote is set for March 14.") == []


def test_clock_time_is_no_figure(nlp: Language) -> None:
    assert figures(nlp, "The market opens at 9:30 on weekdays.") == []


def test_time_with_pm_is_no_figure(nlp: Language) -> None:
    assert figures(nlp, "The rally starts at 7 p.m. sharp.") == []


def test_ordinal_is_no_figure(nlp: Language) -> None:
    assert figures(nlp, "It was her 3rd visit and the first in winter.") == []


def test_slash_date_name_is_no_figure(nlp: Language) -> None:
    assert figures(nlp, "Security has tightened since 9/11 at every port.") == []


def test_weapon_name_is_no_figure(nlp: Language) -> None:
    assert figures(nlp, "The army deployed SS-21 launchers and F-16 jets.") == []


def test_law_section_is_no_figure(nlp: Language) -> None:
    assert figures(nlp, "Critics want Section 230 repealed.") == []


def test_number_sign_is_no_figure(nlp: Language) -> None:
    assert figures(nlp, "He is ranked No. 2 in the world.") == []


def test_phone_number_is_no_figure(nlp: Language) -> None:
    assert figures(nlp, "Readers can call 555-867-5309 with tips.") == []


def test_street_number_is_no_figure(nlp: Language) -> None:
    assert figures(nlp, "The office moved to 48 Willow Lane last spring.") == []


def test_emergency_number_is_no_figure(nlp: Language) -> None:
    assert figures(nlp, "A neighbour made a 911 call after the blast.") == []


def test_one_as_pronoun_is_no_figure(nlp: Language) -> None:
    assert figures(nlp, "One of the guards said the gate was open.") == []


def test_number_word_after_the_is_no_new_figure(nlp: Language) -> None:
    assert figures(nlp, "Talks between the two neighbours resumed.") == []


def test_only_one_is_a_figure(nlp: Language) -> None:
    assert only(nlp, "Only one lawmaker voted against it.").value == 1.0


def test_number_word_idiom_is_no_figure(nlp: Language) -> None:
    assert figures(nlp, "It was a one-time payment.") == []


def test_title_figure_repeated_in_the_body_is_left_out(nlp: Language) -> None:
    text = "Port cuts 300 jobs\n\nThe port said it would cut 300 jobs by June."
    assert [f.start for f in figures(nlp, text)] == [text.index("300 jobs by")]
