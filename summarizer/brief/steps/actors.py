"""The actors step: the people, organisations, states, groups and media of the article, each
once with its aliases, found by our code from spaCy's entities and parse (see
`summarizer.text.actors`). The model is not asked: the rules decide every actor, and the
statements' speakers are attributed to them (the roster adds a speaker it does not know).
"""

from __future__ import annotations

from collections.abc import Sequence

from summarizer.brief.attribution import Roster
from summarizer.brief.steps.base import Assembly, Step, StepResult
from summarizer.schema import Actor
from summarizer.text.actors.names import name_words


def _build(assembly: Assembly, result: StepResult | None) -> None:
    # The brief's actors are the roster, read once every step has built (see Assembly).
    assembly.roster = Roster(
        [
            Actor(
                name=found.name,
                kind=found.kind,
                role=found.role,
                aliases=sorted(found.aliases),
                speaks_for=found.speaks_for,
            )
            for found in assembly.analysis.actors
        ]
    )


def merge_actors(parts: Sequence[tuple[int, Sequence[Actor]]]) -> list[Actor]:
    """The actors of an article's chunks: one per name, their aliases joined."""
    actors: dict[str, Actor] = {}
    for _, chunk_actors in parts:
        for actor in chunk_actors:
            key = name_words(actor.name)
            known = actors.get(key)
            aliases = sorted({*actor.aliases, *(known.aliases if known else [])})
            actors[key] = (known or actor).model_copy(update={"aliases": aliases})
    return list(actors.values())


ACTORS = Step(
    "actors",
    field="actors",
    candidates=lambda analysis: "",
    build=_build,
    merge=merge_actors,
)
