"""A mention of a possible actor: what the other modules find in the text and group."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class MentionLabel(StrEnum):
    """Where a mention comes from; its value is the spaCy entity type it mostly stems from,
    or a name of our own for what the parse shows."""

    PERSON = "PERSON"
    ORG = "ORG"
    GPE = "GPE"
    GROUP = "GROUP"  # a plural demonym such as party members ("Freedom Partyists")
    MEDIA = "MEDIA"
    STATE = "STATE"  # the state behind a phrase ("Ruritanian officials")
    PEOPLE = "PEOPLE"  # an unnamed speaker ("critics")
    ENTOURAGE = "ENTOURAGE"  # a person's entourage ("the Doe campaign")
    REF = "REF"  # a back-reference ("the company")
    OTHER = "OTHER"  # a thing's name, that counts only where an actor has that name


class Gender(StrEnum):
    """The gender the article gives a person: an honorific, a title, a role word or a
    pronoun says it (the actor finder reads honorifics, the coreference all four)."""

    MALE = "m"
    FEMALE = "f"


# The labels of a place: a state, or a town the recogniser named.
PLACE_LABELS = frozenset({MentionLabel.GPE, MentionLabel.STATE})


@dataclass(frozen=True)
class ActorMention:
    """One mention of a possible actor: `text` as cleaned, its character span, what it does.

    `acts` and `speaks` say what it does in its sentence (see actor_roles); `thing` that it
    names a thing ("Acme rifles"); `located` that it only says where; `state` is the state
    a place, capital or demonym stands for (its lower-case name); `owner` is the person a
    mention depends on ("Doe" for "the Doe campaign"), or for an unnamed speaker the noun
    it is ("source" for "a source close to the talks"); `short` holds the acronyms given in
    brackets right after the name ("(ABC)"); `sex` is the Gender an honorific gives;
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
    sex: Gender | None = None
    state: str | None = None
    owner: str | None = None
    short: tuple[str, ...] = ()
    post: tuple[int, int] | None = None
