"""Attribution: speakers resolve to actors; a titled person is not the body they speak for."""

from __future__ import annotations

import pytest

from summarizer import Actor
from summarizer.brief.attribution import Roster, clean_speaker, resolve_actor, split_speaker
from summarizer.text.candidates import is_strong_denial, speaker_hint, statement_of

ACTORS = [
    Actor(name="Russia", kind="state", aliases=["Moscow", "Russian officials"]),
    Actor(name="Kremlin", kind="organization"),
    Actor(name="Dmitry Peskov", kind="person", aliases=["Peskov"]),
]


@pytest.mark.parametrize(
    ("speaker", "actor"),
    [("Moscow", "Russia"), ("Kremlin spokesman Dmitry Peskov", "Dmitry Peskov"),
     ("Peskov", "Dmitry Peskov"), ("the Kremlin", "Kremlin"), ("Syrian activists", None)],
)  # fmt: skip
def test_a_speaker_resolves_to_the_best_matching_actor(speaker, actor):
    assert resolve_actor(speaker, ACTORS) == actor


def test_a_spokesman_is_split_from_the_body_he_speaks_for():
    assert split_speaker("Russian Defense Ministry spokesman Maj. Gen. Igor Konashenkov") == (
        "Igor Konashenkov", "Russian Defense Ministry spokesman", "Russian Defense Ministry",
    )  # fmt: skip


def test_a_title_alone_marks_a_person():
    assert split_speaker("Mr Shoigu") == ("Shoigu", None, None)


def test_a_group_is_not_split():
    assert split_speaker("Syrian activists") == (None, None, None)


def test_the_roster_adds_the_person_and_the_organisation():
    roster = Roster([Actor(name="Russia", kind="state")])
    assert (
        roster.attribute("Bulgarian Foreign Ministry spokeswoman Betina Zhoteva")
        == "Betina Zhoteva"
    )
    kinds = {actor.name: actor.kind for actor in roster.actors}
    assert kinds["Betina Zhoteva"] == "person"
    assert kinds["Bulgarian Foreign Ministry"] == "organization"


def test_the_roster_reuses_a_known_actor():
    roster = Roster(ACTORS)
    assert roster.attribute("Moscow") == "Russia"
    assert len(roster.actors) == len(ACTORS)


@pytest.mark.parametrize("said", ["none", "null", "He", "  ", None])
def test_placeholders_name_no_speaker(said):
    assert clean_speaker(said) is None


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Those strikes killed at least 15 people, Syrian activists said.", "Syrian activists"),
        ("Kremlin spokesman Dmitry Peskov told reporters, “We cannot comment.”",
         "Kremlin spokesman Dmitry Peskov"),
        ("It is a mobile system, according to Sputnik.", "Sputnik"),
        ("The shipment, first reported by FOX News, comes despite a ceasefire.", "FOX News"),
        ("He repeatedly declined to get into the specifics.", None),
        ("The reports did not specify whether they were allied.", None),
    ],
)  # fmt: skip
def test_the_speaker_a_sentence_names(sentence, speaker):
    assert speaker_hint(sentence) == speaker


def test_a_statement_is_the_sentence_without_its_attribution():
    sentence = "Those strikes killed at least 15 people, Syrian activists said."
    assert statement_of(sentence, "Syrian activists") == "Those strikes killed at least 15 people"


def test_a_quotation_is_what_was_said():
    sentence = "Peskov told reporters: “We cannot comment on that. I have no such information.”"
    assert (
        statement_of(sentence, "Peskov") == "We cannot comment on that. I have no such information."
    )


def test_a_few_words_in_quotation_marks_are_not_the_statement():
    sentence = "Jets carried out 10 strikes after “other intelligence channels,” he said."
    assert statement_of(sentence, "he") == sentence


@pytest.mark.parametrize(
    ("sentence", "strong"),
    [("The ministry denied the report.", True), ("Officials declined to comment.", True),
     ("Konashenkov said Russian planes had not conducted a single strike.", False),
     ("Russia did not deny the fact.", False), ("Moscow slammed Sofia for denying it.", False),
     ("The reports did not specify whether they were allied.", False)],
)  # fmt: skip
def test_strong_denial_cues_leave_no_doubt(sentence, strong):
    assert is_strong_denial(sentence) is strong


def test_a_quotation_that_opens_right_after_an_attributed_one_is_the_same_speakers():
    from summarizer.brief.analysis import Analysis

    text = (
        "“We are not prepared to cooperate,” Carter said in Rome. “They hit the wrong "
        "targets. We have not agreed to that.”\n\n“It is a mistake,” a spokesman said.\n\n"
        "“Nobody knows.”"
    )
    speakers = Analysis(text).speakers
    assert [speakers.get(n) for n in (1, 2, 3, 4, 5)] == [
        "Carter", "Carter", "Carter", "a spokesman", None,
    ]  # fmt: skip


def test_he_said_is_the_speaker_of_the_sentence_before():
    from summarizer.brief.analysis import Analysis

    text = (
        "The Pentagon said on Monday that a base was being built.\n\n"
        "He repeatedly declined to give details, but said there are no jets there."
    )
    assert Analysis(text).speakers == {1: "The Pentagon", 2: "The Pentagon"}


def test_he_said_after_a_sentence_opening_with_a_titled_person_is_that_person():
    from summarizer.brief.analysis import Analysis

    text = (
        "Mr Shoigu said 26 missiles were launched.\n"
        "Mr Putin indicated that he wishes to see a political solution. "
        "“It is worth a try,” he said."
    )
    assert Analysis(text).speakers[3] == "Mr Putin"
