"""The actors of a news article (people, organisations, states, groups, media), each
real-world entity once with the other ways the article names it, found from spaCy's named
entities and parse.

A place is an actor only where it acts (a subject, a possessor, "X officials", a capital
standing for its government); a place that only locates events is not. Headlines, bylines,
datelines and credits name no actors; products, weapons, laws and works are not actors.
A person's role is what the article says they are; a body named only inside a role is part
of it.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from spacy.tokens import Doc

from summarizer.schema import ActorKind
from summarizer.text.actors.actor_mention import PLACE_LABELS, MentionLabel
from summarizer.text.actors.groups import Group, group_mentions
from summarizer.text.actors.mentions import find_mentions
from summarizer.text.actors.names import is_medium, normal, state_of_demonym, state_of_place
from summarizer.text.lexicon import GOVERNMENT_BODY_NOUNS, GROUP_ENTOURAGE_NOUNS, GROUP_WORDS
from summarizer.text.nlp import text_of


@dataclass(frozen=True)
class ActorCandidate:
    """One actor: `name` the fullest name the article uses, `aliases` its other names there,
    `mentions` how often it is named, `first_start` where first, `speaks` whether it is
    ever the subject of a reporting verb, `central` whether it matters to the story (it
    speaks, or is named at least twice), `role` what the article first says a person is,
    `speaks_for` the actor it acts or speaks for (a state, for its officials or forces)."""

    name: str
    kind: ActorKind  # the brief's kinds of actor: the schema declares them once
    aliases: tuple[str, ...]
    mentions: int
    first_start: int
    speaks: bool
    central: bool
    role: str | None = None
    speaks_for: str | None = None


def _kind(group: Group) -> ActorKind:
    """What kind of actor a group is, from its mentions' labels and its names."""
    label = group.label
    if group.agents is not None:  # "Ruritanian officials", "the Ruritanian army"
        return "group" if group.agents == "officials" else "organization"
    if label in PLACE_LABELS:
        return "state"
    media = any(m.label == MentionLabel.MEDIA for m in group.mentions)
    if media or any(map(is_medium, group.forms)):
        return "media"
    if label == MentionLabel.PERSON:
        return "person"
    if label == MentionLabel.ENTOURAGE:
        last = normal(group.forms[0]).split()[-1]
        return "group" if last in GROUP_ENTOURAGE_NOUNS else "organization"
    if label == MentionLabel.PEOPLE:
        return "group" if normal(group.forms[0]).endswith("s") else "person"
    words = {w for form in group.forms for w in normal(form).replace("-", " ").split()}
    return "group" if label == MentionLabel.GROUP or words & GROUP_WORDS else "organization"


def _name(group: Group) -> str:
    """The fullest name the article uses for a group: for a state, its own name where that
    acts (else the name that does, "the capital"); for a person, the longest name; for
    others, the longest name, a back-reference ("company") never."""
    mentions = [m for m in group.mentions if m.label != MentionLabel.REF] or group.mentions
    if group.label in PLACE_LABELS and group.agents is None:
        acting = [m for m in mentions if m.acts and m.label in PLACE_LABELS]
        # The state's full name ("Ruritania", not "R.U." nor its capital) where that acts.
        named = [
            m.text for m in acting if m.label == MentionLabel.GPE and normal(m.text) == m.state
        ]
        if named:
            return max(named, key=len)
        counts = Counter(m.text for m in acting)
        return max(counts, key=lambda text: (counts[text], -group.forms.index(text)))
    if group.label in {MentionLabel.ENTOURAGE, MentionLabel.PEOPLE} or group.agents:
        # the words used most ("the Doe campaign"); for a state's agents, a plural
        # ("Ruritanian officials", not "a senior Ruritanian official")
        counts = Counter(m.text for m in mentions)
        plural = group.agents is not None
        return max(
            counts,
            key=lambda text: (not plural or text.endswith("s"), counts[text], len(text)),
        )
    if group.label == MentionLabel.PERSON:
        mentions = [m for m in mentions if m.label == MentionLabel.PERSON] or mentions
    return max((m.text for m in mentions), key=lambda text: len(normal(text).split()))


def _is_actor(group: Group) -> bool:
    """Whether a group is an actor: a place must act somewhere; a name that only ever
    modifies a thing ("Acme rifles") is that thing's; a name that never acts and mostly
    says where ("in X", "the port of X") is a place the recogniser took for a name."""
    acting = [m for m in group.mentions if m.acts]
    if group.label in PLACE_LABELS:
        if any(m.state for m in group.mentions):
            return bool(acting)
        # A town or region, not a state, acts rarely: once may be a figure of speech.
        return len(acting) >= 2 or any(m.speaks for m in acting)
    if group.label == MentionLabel.GROUP:
        return bool(acting)
    if all(m.thing for m in group.mentions):
        return False
    where = sum(m.located for m in group.mentions)
    return group.label == MentionLabel.MEDIA or bool(acting) or 2 * where < len(group.mentions)


def _only_a_post(group: Group, posts: list[tuple[int, int]]) -> bool:
    """Whether a body is named only to say what a person is ("Jo Doe, a fellow at the
    Institute"), never acting or speaking itself: it belongs to that person's role, not
    to the actors. A body a spokesperson speaks for speaks (see actor_roles.speaks)."""
    return group.label in {MentionLabel.ORG, MentionLabel.MEDIA} and all(
        not m.acts and any(start <= m.start and m.end <= end for start, end in posts)
        for m in group.mentions
    )


def _candidate(group: Group, text: str, states: dict[str, str]) -> ActorCandidate:
    """The actor a group of mentions makes; `states` names the state actors by state."""
    name = _name(group)
    forms = [f for f in group.forms if f != name]
    forms = ["the " + f if f.islower() and " " not in f else f for f in forms]
    # A place counts where it acts, a name where it is no thing's ("Acme rifles").
    named = [m for m in group.mentions if (m.label != MentionLabel.GPE or m.acts) and not m.thing]
    speaks = any(m.speaks for m in group.mentions)
    return ActorCandidate(
        name=name,
        kind=_kind(group),
        aliases=tuple(dict.fromkeys(f for f in forms if normal(f) != normal(name))),
        mentions=len(named),
        first_start=group.first,
        speaks=speaks,
        central=speaks or len(named) >= 2,
        role=next((text[m.post[0] : m.post[1]] for m in group.mentions if m.post), None),
        speaks_for=_acts_for(group, name, states),
    )


def _acts_for(group: Group, name: str, states: dict[str, str]) -> str | None:
    """The state actor a group acts for: a state's officials' or forces' state, and the
    state whose demonym or name opens a government body's name ("Ruritanian Foreign
    Ministry", "U.S. State Department")."""
    if group.agents:
        return next((states.get(m.state or "") for m in group.mentions), None)
    words = name.split()
    if group.label != MentionLabel.ORG or len(words) < 2:
        return None
    if normal(words[-1]) not in GOVERNMENT_BODY_NOUNS:
        return None
    state = state_of_demonym(words[0]) or state_of_place(words[0])
    return states.get(state) if state else None


def find_actors(doc: Doc) -> list[ActorCandidate]:
    """The article's actors, central ones first, then by how often they are named."""
    groups = [g for g in group_mentions(find_mentions(doc)) if _is_actor(g)]
    posts = [m.post for g in groups for m in g.mentions if m.post]
    text = text_of(doc)
    # The state each state actor is, for those who act for it ("Ruritanian officials").
    states: dict[str, str] = {}
    for group in groups:
        if group.label in PLACE_LABELS and group.agents is None:
            name = _name(group)
            states.update((m.state, name) for m in group.mentions if m.state)
    found = [_candidate(g, text, states) for g in groups if not _only_a_post(g, posts)]
    return sorted(found, key=lambda a: (not a.central, -a.mentions, a.first_start))
