"""A mention of a possible actor: what the other modules find in the text and group."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

# Where a mention comes from: a named entity (PERSON, ORG, GPE, GROUP for plural demonyms
# such as party members, MEDIA), a state behind a phrase ("Ruritanian officials": STATE),
# an unnamed speaker ("critics": PEOPLE), a person's entourage ("the Doe campaign":
# ENTOURAGE), a back-reference ("the company": REF), or a name of a thing that counts only
# where an actor has that name (OTHER).
MentionLabel = Literal[
    "PERSON", "ORG", "GPE", "GROUP", "MEDIA", "STATE", "PEOPLE", "ENTOURAGE", "REF", "OTHER"
]


@dataclass(frozen=True)
class ActorMention:
    """One mention of a possible actor: `text` as cleaned, its character span, what it does.

    `acts` and `speaks` say what it does in its sentence (see actor_roles); `thing` that it
    names a thing ("Acme rifles"); `located` that it only says where; `state` is the state
    a place, capital or demonym stands for (its lower-case name), or that a person rules
    ("the Ruritanian regime of Jo Doe"); `owner` is the person a
    mention depends on ("Doe" for "the Doe campaign"), or for an unnamed speaker the noun
    it is ("source" for "a source close to the talks"); `short` holds the acronyms given in
    brackets right after the name ("(ABC)"); `sex` is "m" or "f" where an honorific says so;
    `post` is where the article says what a person is ("Ruritanian Foreign Ministry
    spokeswoman", "a senior fellow at the Institute"), as a character span.
    """

    text: str
    label: MentionLabel
    start: int
    end: int
    acts: bool
    speaks: bool
    thing: bool = False
    located: bool = False
    sex: str | None = None
    state: str | None = None
    owner: str | None = None
    short: tuple[str, ...] = ()
    post: tuple[int, int] | None = None
