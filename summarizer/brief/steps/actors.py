"""The actors step: the model lists who acts or speaks, from the names our code found; the
roster then adds the titled persons and named bodies it missed."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Annotated

from pydantic import BaseModel, Field, StringConstraints

from summarizer.brief.attribution import Roster, normal
from summarizer.brief.steps.base import Assembly, CachedSchema, Short, Step, StepResult
from summarizer.schema import Actor, ActorKind


class ActorItem(BaseModel):
    name: Short
    kind: ActorKind
    role: Short | None
    aliases: list[Annotated[str, StringConstraints(min_length=1, max_length=60)]] = Field(
        max_length=5
    )


class ActorsAnswer(CachedSchema):
    # At least three: left free, the small model tends to stop after the first two.
    actors: list[ActorItem] = Field(min_length=3, max_length=15)


def _actors(answer: ActorsAnswer | None) -> list[Actor]:
    """The model's actors as brief actors (the Roster drops duplicates and empty names)."""
    return [
        Actor(
            name=item.name.strip(),
            kind=item.kind,
            role=item.role,
            aliases=sorted({a.strip() for a in item.aliases if a.strip() and a != item.name}),
        )
        for item in (answer.actors if answer else [])
    ]


def _build(assembly: Assembly, result: StepResult | None) -> None:
    # The brief's actors are the roster, read once every step has built (see Assembly).
    answer = result.answer if result is not None else None
    assembly.roster = Roster(_actors(answer if isinstance(answer, ActorsAnswer) else None))
    assembly.roster.add_names(assembly.analysis.names)


def merge_actors(parts: Sequence[tuple[int, Sequence[Actor]]]) -> list[Actor]:
    """The actors of an article's chunks: one per name, their aliases joined."""
    actors: dict[str, Actor] = {}
    for _, chunk_actors in parts:
        for actor in chunk_actors:
            known = actors.get(normal(actor.name))
            aliases = sorted({*actor.aliases, *(known.aliases if known else [])})
            actors[normal(actor.name)] = (known or actor).model_copy(update={"aliases": aliases})
    return list(actors.values())


ACTORS = Step(
    "actors",
    field="actors",
    candidates=lambda analysis: ", ".join(analysis.names),
    build=_build,
    answer=ActorsAnswer,
    merge=merge_actors,
)
