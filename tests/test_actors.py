"""The actor finder on invented sentences: one rule per test."""

from __future__ import annotations

from functools import lru_cache

from spacy.language import Language

from summarizer.text.actors import ActorCandidate, find_actors
from summarizer.text.nlp import load_pipeline


@lru_cache(maxsize=1)
def _nlp() -> Language:
    return load_pipeline()


def _actors(text: str) -> list[ActorCandidate]:
    """The actors of an article whose body is `text` (the first line is its headline)."""
    return find_actors(_nlp()("Talks resume\n\n" + text))


def _named(text: str) -> dict[str, ActorCandidate]:
    return {actor.name: actor for actor in _actors(text)}


def test_the_plural_demonym_after_the_stands_for_its_state() -> None:
    found = _named(
        "Norway said on Monday it would send a delegation to the talks.\n\n"
        "The Norwegians say the offer still stands, officials in Oslo said."
    )
    assert "Norway" in found
    assert "Norwegians" in found["Norway"].aliases
    assert not [name for name in found if "Norwegians" in name]


def test_a_name_only_advanced_on_is_a_place() -> None:
    assert "Tel Harun" not in _named("Government troops are advancing on Tel Harun from the south.")


def test_a_ruler_a_regime_is_named_after_is_a_person_not_the_state() -> None:
    found = _named(
        "Venezuela said on Monday it would hold talks with its neighbours.\n\n"
        "Brazil has long opposed the Venezuelan regime of Ramon Duarte. Duarte said the talks "
        "would start soon."
    )
    assert "Venezuela" in found and "Ramon Duarte" in found
    assert found["Ramon Duarte"].kind == "person"
    assert not [alias for alias in found["Venezuela"].aliases if "Duarte" in alias]


def test_a_ruler_without_a_regime_stays_a_person() -> None:
    found = _named(
        "Venezuela said on Monday it would hold talks with its neighbours.\n\n"
        "Venezuelan President Ramon Duarte said the talks would start soon."
    )
    assert "Ramon Duarte" in found and "Venezuela" in found


def test_a_place_a_body_is_based_in_is_no_actor() -> None:
    found = _named(
        "Greenville, S.C.-based Pellam Therapeutics and a rival drugmaker, Corva Biotech, "
        "agreed to merge."
    )
    assert "Greenville" not in found
    assert "Pellam Therapeutics" in found


def test_unnamed_speakers_repeating_a_fuller_phrase_are_its_actor() -> None:
    found = _named(
        "Norwegian military officials were concerned about the plan on Monday.\n\n"
        "Some military officials said the plan would fail."
    )
    assert list(found) == ["Norwegian military officials"]
    assert found["Norwegian military officials"].kind == "group"
    assert "military officials" in found["Norwegian military officials"].aliases


def test_a_states_officials_are_a_party_of_their_own_that_speaks_for_it() -> None:
    found = _named(
        "Norway rejected the offer on Monday.\n\n"
        "Norwegian officials said the talks would resume in May."
    )
    assert found["Norwegian officials"].kind == "group"
    assert found["Norwegian officials"].speaks_for == "Norway"
    assert "Norwegian officials" not in found["Norway"].aliases


def test_a_states_army_is_an_organisation_that_acts_for_it() -> None:
    found = _named(
        "Norway rejected the offer on Monday.\n\nThe Norwegian army said it had left the port."
    )
    army = next(actor for name, actor in found.items() if "army" in name)
    assert army.kind == "organization"
    assert army.speaks_for == "Norway"


def test_a_states_government_is_the_state() -> None:
    found = _named(
        "Norway rejected the offer on Monday.\n\n"
        "The Norwegian government said the talks would resume in May."
    )
    assert "Norwegian government" in found["Norway"].aliases


def test_a_bare_noun_for_speakers_joins_no_one() -> None:
    found = _named(
        "Norwegian officials met their Swedish counterparts on Monday.\n\n"
        "Officials said the talks would go on."
    )
    assert not [a for a in found.values() if "Officials" in a.aliases]


def test_speakers_a_possessive_ties_to_someone_are_that_entourage() -> None:
    found = _named(
        "Mayor Linda Okafor faced questions on Monday. Her aides said the budget was sound.\n\n"
        "Later, Ms. Okafor's aides released the figures."
    )
    entourage = [a for a in found.values() if a.name.endswith("aides")]
    assert len(entourage) == 1
    assert "Her aides" in entourage[0].aliases


def test_a_body_named_only_for_what_a_person_is_is_their_role() -> None:
    found = _named(
        "Tomas Berg, a senior fellow at the Halvorsen Institute, said the plan would fail."
    )
    assert found["Tomas Berg"].role == "senior fellow at the Halvorsen Institute"
    assert "Halvorsen Institute" not in found


def test_a_body_a_spokeswoman_speaks_for_is_an_actor() -> None:
    found = _named(
        "The plan will go ahead, according to Anna Lind, the spokeswoman of the Ministry "
        "of Fisheries."
    )
    assert found["Anna Lind"].role == "spokeswoman of the Ministry of Fisheries"
    assert [name for name in found if "Ministry of Fisheries" in name]


def test_a_title_before_the_name_is_the_persons_role() -> None:
    found = _named("Fisheries Ministry spokesman Erik Dahl told reporters the plan was sound.")
    assert found["Erik Dahl"].role == "Fisheries Ministry spokesman"


def test_a_role_stops_before_a_clause_about_the_person() -> None:
    found = _named("Jane Moss, a lawyer who represented the family, said the ruling was wrong.")
    assert found["Jane Moss"].role == "lawyer"


def test_an_office_sought_in_a_race_is_no_actor() -> None:
    text = (
        "Race\n\nSenator Ann Lee launched her White House bid on Monday.\n\n"
        "A second White House hopeful, Tom Ray, said he would run."
    )
    assert "White House" not in _named(text)


def test_the_office_that_speaks_is_an_actor() -> None:
    text = "Race\n\nThe White House said it would not comment on Senator Ann Lee's bid."
    assert "White House" in _named(text)


def test_a_capitalised_title_before_a_name_is_the_persons_role() -> None:
    found = _named("Ruritanian Foreign Minister Jan Novak said the talks would resume.")
    assert found["Jan Novak"].role == "Ruritanian Foreign Minister"


def test_ranks_before_a_name_are_left_out_of_its_role() -> None:
    found = _named("Defense Ministry spokesman Maj. Gen. Jan Novak said the talks would resume.")
    assert found["Jan Novak"].role == "Defense Ministry spokesman"
