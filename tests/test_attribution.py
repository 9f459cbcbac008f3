"""Attribution: speakers resolve to actors; a titled person is not the body they speak for."""

from __future__ import annotations

import pytest

from summarizer import Actor
from summarizer.brief.attribution import (
    Roster,
    clean_speaker,
    resolve_actor,
    split_speaker,
    with_allegiance,
)

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


@pytest.mark.parametrize(
    "speaker",
    ["Russian media reports", "former Kremlin adviser", "Russia's decision",
     "critics of Dmitry Peskov's remarks"],
)  # fmt: skip
def test_a_name_that_only_qualifies_the_speaker_is_not_its_actor(speaker):
    assert resolve_actor(speaker, ACTORS) is None


@pytest.mark.parametrize(
    ("speaker", "actor"),
    [("Kremlin spokesman", "Kremlin"), ("Kremlin statement", "Kremlin"),
     ("Kremlin officials", "Kremlin")],
)  # fmt: skip
def test_a_body_speaks_through_its_spokesman_officials_and_statements(speaker, actor):
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
    roster = Roster([Actor(name="Ruritania", kind="state")])
    assert roster.attribute("Ruritanian Foreign Ministry spokeswoman Ana Lind") == "Ana Lind"
    kinds = {actor.name: actor.kind for actor in roster.actors}
    assert kinds["Ana Lind"] == "person"
    assert kinds["Ruritanian Foreign Ministry"] == "organization"


@pytest.mark.parametrize("name", ["a source close to Jo Doe", "critics", "families"])
def test_the_roster_keeps_the_actors_the_finder_named(name):
    # Not "Jo Doe": a source close to someone is not that someone.
    assert [actor.name for actor in Roster([Actor(name=name, kind="group")]).actors] == [name]


def test_the_roster_reuses_a_known_actor():
    roster = Roster(ACTORS)
    assert roster.attribute("Moscow") == "Russia"
    assert len(roster.actors) == len(ACTORS)


@pytest.mark.parametrize("said", ["none", "null", "He", "  ", None])
def test_placeholders_name_no_speaker(said):
    assert clean_speaker(said) is None


def test_a_document_as_speaker_adds_no_actor():
    roster = Roster([Actor(name="Ana Lind", kind="person")])
    assert roster.attribute("new financial documents") is None
    assert [a.name for a in roster.actors] == ["Ana Lind"]


def test_a_people_as_speaker_adds_no_actor():
    roster = Roster([Actor(name="Ana Lind", kind="person")])
    assert roster.attribute("Norwegians") is None
    assert [a.name for a in roster.actors] == ["Ana Lind"]


def test_a_state_named_as_speaker_is_still_added():
    roster = Roster([])
    assert roster.attribute("Norway") == "Norway"


@pytest.mark.parametrize(
    ("speaker", "known"), [("Islamic State", "ISIS"), ("U.N.", "United Nations"), ("UK", "Britain")]
)
def test_another_name_of_a_known_body_or_state_resolves_to_it(speaker, known):
    roster = Roster([Actor(name=known, kind="organization")])
    assert roster.attribute(speaker) == known
    assert [a.name for a in roster.actors] == [known]


def _allegiance(role: str) -> str | None:
    actors = [*ACTORS, Actor(name="Jan Novak", kind="person", role=role)]
    return next(a.speaks_for for a in with_allegiance(actors) if a.name == "Jan Novak")


def test_a_person_speaks_for_the_body_their_role_names():
    assert _allegiance("Kremlin spokesman") == "Kremlin"


def test_a_person_speaks_for_the_state_their_role_names_by_demonym():
    assert _allegiance("Russian Deputy Foreign Minister") == "Russia"


@pytest.mark.parametrize("role", ["former Kremlin adviser", "Russian businessman"])
def test_a_past_post_or_a_description_speaks_for_nobody(role):
    assert _allegiance(role) is None
