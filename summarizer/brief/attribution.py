"""Who says it: speakers resolved to the brief's actors, and actors added for speakers.

A speaker is named as the article names it ("Palace spokesman Jan Novak"). It resolves
to the actor whose name or alias it contains or is contained in, the longest match winning.
A titled person is never merged with the organisation they speak for: "Ruritanian Defense
Ministry spokesman Jan Novak" is the person Jan Novak, with that role, and the
ministry is an actor of its own.
"""

from __future__ import annotations

import re
from functools import lru_cache

from summarizer.schema import Actor, ActorKind
from summarizer.text.actors.names import ROLE, name_words, state_of_demonym, state_of_place
from summarizer.text.lexicon import (
    ARTICLES,
    DOCUMENTS,
    GROUP_SPEAKER_WORDS,
    LEADING_RANKS,
    MEDIA_NAMES,
    MEDIA_NOUNS,
    MEDIA_WORDS,
    NO_NAME,
    PAST_ROLE_WORDS,
    PEOPLE_NOUNS,
    PERSONAL_PRONOUNS,
    QUANTIFIERS,
    SAME_NAMES,
    STATEMENT_NOUNS,
    TITLE_WORDS,
    VOICE_NOUNS,
    alternatives,
)

_TITLES = re.compile(rf"^(?:{alternatives(LEADING_RANKS)}\.?\s+)+", re.IGNORECASE)
_CAPITALISED = r"[A-Z][\w’'.-]*"
_TRAILING_NAME = re.compile(rf"(?:{_CAPITALISED}\s+)*{_CAPITALISED}$")
_MEDIA = re.compile(rf"\b{alternatives((*MEDIA_WORDS, *MEDIA_NOUNS, *MEDIA_NAMES))}\b", re.I)
_GROUPS = re.compile(rf"\b{alternatives(GROUP_SPEAKER_WORDS)}\b", re.I)
_NOT_A_SPEAKER = NO_NAME | ARTICLES | PERSONAL_PRONOUNS


def clean_speaker(text: str | None) -> str | None:
    """A speaker as given, or None when it names nobody ("none", "null", a pronoun)."""
    if text is None:
        return None
    text = " ".join(text.split()).strip(" .,;:“”\"'")
    return None if not text or text.casefold() in _NOT_A_SPEAKER else text


def resolve_actor(speaker: str, actors: list[Actor]) -> str | None:
    """The actor a speaker names: the one whose name or alias best matches the speaker's words.

    A name matches when it equals, contains or is contained in the speaker's words; the
    longest matching name wins ("Palace spokesman Jan Novak" is Novak, not the Palace).
    """
    said = name_words(speaker)
    if not said:
        return None
    best: tuple[int, str] | None = None
    for actor in actors:
        for name in (actor.name, *actor.aliases):
            known = name_words(name)
            if not known:
                continue
            if known != said and _canonical(known) == _canonical(said):
                return actor.name  # another name of one body or state ("ISIS", "Islamic State")
            # Whole-word containment either way; the substring test first is the same
            # condition's cheap half and spares most regex searches.
            if (known in said and _words(known).search(said) and _speaks_as(known, said)) or (
                said in known and _words(said).search(known)
            ):
                score = min(len(known), len(said))
                if best is None or score > best[0]:
                    best = (score, actor.name)
    return best[1] if best else None


_SAME_NAMES = {name_words(name): name_words(same) for name, same in SAME_NAMES.items()}
# One word after a body's name that is still the body speaking: its spokesman, officials,
# report or statement ("Kremlin spokesman", "FOX News report").
_VOICES = VOICE_NOUNS | DOCUMENTS | STATEMENT_NOUNS


def _speaks_as(known: str, said: str) -> bool:
    """Whether a speaker that holds a known name in more words is the one so named: the
    name is its last words ("Palace spokesman Jan Novak"), or one word of the name's own
    voice follows it ("Kremlin spokesman", "FOX News report"). Not where the name only
    qualifies someone or something else ("former CIA director", "U.S. media reports",
    "Ruritania's decision")."""
    if said.endswith(known):
        return True
    tail = said.removeprefix(known).split()
    return (
        said.startswith(known)
        and len(tail) == 1
        and (tail[0] in _VOICES or tail[0].removesuffix("s") in _VOICES)
    )


def _canonical(name: str) -> str:
    """A normal name's canonical form: the name English news also uses for it, if any."""
    return _SAME_NAMES.get(name, name)


# A name's word pattern is compiled once, not for every speaker it is compared with.
@lru_cache(maxsize=16384)
def _words(name: str) -> re.Pattern[str]:
    """A pattern that finds `name` as whole words."""
    return re.compile(rf"\b{re.escape(name)}\b")


def split_speaker(speaker: str) -> tuple[str | None, str | None, str | None]:
    """Split "<organisation> <role> <Person Name>" into (person, role, organisation).

    Each part is None when the speaker does not have it: "Ruritanian activists" has none,
    "President Jo Doe" has no organisation, "Mr Roe" is a person with no role.
    """
    text = " ".join(speaker.split())
    titled = _TITLES.match(text)
    if titled and _TRAILING_NAME.fullmatch(text[titled.end() :]):
        return text[titled.end() :], None, None
    roles = list(ROLE.finditer(text))
    if not roles:
        return None, None, None
    last = roles[-1]
    rest = text[last.end() :].strip()
    name_match = _TRAILING_NAME.search(rest)
    if not name_match:
        return None, None, None
    name = _TITLES.sub("", name_match.group(0)).strip()
    if len(name.split()) > 1 and not rest[: name_match.start()].strip():
        role = text[: last.end()].strip()
    elif len(name.split()) >= 2:  # "Ambassador to Ruritania Jo Doe": keep the last two words
        name = " ".join(name.split()[-2:])
        role = text[: text.rfind(name)].strip()
    else:
        return None, None, None
    organisation = None
    if re.fullmatch(r"spokes(?:man|woman|person)", last.group(0), re.IGNORECASE):
        before = text[: last.start()].strip()
        organisation = before if before[:1].isupper() else None
    return name, role or None, organisation


def speaker_actor(speaker: str) -> Actor:
    """An actor for a speaker the actors step missed, its kind read off its words."""
    words = speaker.split()
    kind: ActorKind = "organization"
    if _MEDIA.search(speaker):
        kind = "media"
    elif _GROUPS.search(speaker):
        kind = "group"
    elif len(words) >= 2 and all(w[:1].isupper() for w in words[-2:]):
        kind = "person" if ROLE.search(speaker) or len(words) <= 3 else "organization"
    return Actor(name=re.sub(r"^(?:the|a|an)\s+", "", speaker.strip(), flags=re.I), kind=kind)


def tidy_name(name: str) -> str | None:
    """A name without the lower-case words a sloppy extraction put before it ("of the US",
    "remarks came after Washington"); None when no capitalised name remains."""
    words = name.split()
    while words and not words[0][:1].isupper() and not words[0].startswith("al-"):
        words = words[1:]
    if words and words[0].casefold() in _NOT_A_SPEAKER | {"there", "here", "some"}:
        return None
    return " ".join(words) or None


class Roster:
    """The brief's actors, growing as speakers are attributed."""

    def __init__(self, actors: list[Actor]) -> None:
        self.actors: list[Actor] = []
        for actor in actors:
            if name_words(actor.name) not in {name_words(a.name) for a in self.actors}:
                self.actors.append(actor)

    def _ensure(self, name: str, make: Actor) -> str:
        found = resolve_actor(name, self.actors)
        if found is None:
            self.actors.append(make)
            return make.name
        if make.role is not None:  # a role learnt from a speaker fills a missing one
            self.actors = [
                a.model_copy(update={"role": make.role}) if a.name == found and not a.role else a
                for a in self.actors
            ]
        return found

    def attribute(self, speaker: str) -> str | None:
        """The name of the actor `speaker` is, adding the actor (and the organisation a
        spokesperson speaks for) when the brief does not have it yet. None for a speaker
        that is no actor of its own: a document, a report, "many" (its statement stands,
        in its own words, with no actor)."""
        person, role, organisation = split_speaker(speaker)
        if organisation is not None:
            self._ensure(organisation, Actor(name=organisation, kind="organization"))
        if person is not None:
            return self._ensure(person, Actor(name=person, kind="person", role=role))
        tidy = tidy_name(speaker) or speaker
        known = resolve_actor(tidy, self.actors)
        if known is not None or not _names_an_actor(tidy):
            return known
        actor = speaker_actor(tidy)
        self.actors.append(actor)
        return actor.name


def _names_an_actor(speaker: str) -> bool:
    """Whether a speaker the actors do not cover names an actor: a name (its last word
    capitalised, "Islamic State"), not a quantifier ("Many"), a document or a common noun
    ("new financial documents", "witness"), nor a people ("Ruritanians": its state is an
    actor where the article says so, as the actors step decides)."""
    words = speaker.split()
    return (
        bool(words)
        and words[-1][:1].isupper()
        and words[0].casefold() not in QUANTIFIERS
        and not (len(words) == 1 and words[0].casefold() in PEOPLE_NOUNS)
        and not all(w.casefold() in TITLE_WORDS for w in words)  # a title alone: "President"
        and not (len(words) == 1 and _is_people(words[0]))
    )


def _is_people(word: str) -> bool:
    """Whether a word is a plural demonym ("Ruritanians"), not a state's own name."""
    state = state_of_demonym(word)
    return state is not None and word.casefold().endswith("s") and word.casefold() != state


def with_allegiance(actors: list[Actor]) -> list[Actor]:
    """The actors, each person whose role names a body or state of the brief marked as
    speaking for it ("Kremlin spokesman" for the Kremlin, "Russian Foreign Minister" for
    Russia). A past post ("former CIA director") and a description that names no post
    ("American contractor") speak for nobody."""
    bodies = [a for a in actors if a.kind != "person"]
    return [
        a.model_copy(update={"speaks_for": _body_of(a.role, bodies)})
        if a.kind == "person" and a.role and a.speaks_for is None
        else a
        for a in actors
    ]


def _body_of(role: str, bodies: list[Actor]) -> str | None:
    """The body or state a role names: a body's name in it, the longest winning (not a
    description such as "the ministry"), else the state of a demonym in it."""
    said = name_words(role)
    if ROLE.search(role) is None or set(said.split()) & PAST_ROLE_WORDS:
        return None  # a description ("American contractor"), a past post
    named = [
        (len(known), body.name)
        for body in bodies
        for name in (body.name, *body.aliases)
        if name[:1].isupper() and (known := name_words(name)) and _words(known).search(said)
    ]
    if named:
        return max(named)[1]
    states = {state_of_demonym(w) for w in role.split() if w[:1].isupper()} - {None}
    return next(
        (
            body.name
            for body in bodies
            if body.kind == "state"
            and any(state_of_place(name) in states for name in (body.name, *body.aliases))
        ),
        None,
    )
