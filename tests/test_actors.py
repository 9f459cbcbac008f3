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


def test_a_ruler_a_regime_is_named_after_is_one_actor_with_the_state() -> None:
    found = _named(
        "Venezuela said on Monday it would hold talks with its neighbours.\n\n"
        "Brazil has long opposed the Venezuelan regime of Ramon Duarte. Duarte said the talks "
        "would start soon."
    )
    assert "Venezuela" in found
    assert {"Ramon Duarte", "Duarte"} <= set(found["Venezuela"].aliases)
    assert not [name for name in found if "Duarte" in name]


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
