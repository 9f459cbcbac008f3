"""Who says it: speakers resolved to the brief's actors, and actors added for speakers.

A speaker is named as the article names it ("Kremlin spokesman Dmitry Peskov"). It resolves
to the actor whose name or alias it contains or is contained in, the longest match winning.
A titled person is never merged with the organisation they speak for: "Russian Defense
Ministry spokesman Igor Konashenkov" is the person Igor Konashenkov, with that role, and the
ministry is an actor of its own.
"""

from __future__ import annotations

import re
from functools import lru_cache

from summarizer.schema import Actor, ActorKind
from summarizer.text.lexicon import (
    ARTICLES,
    MEDIA_NAME_WORDS,
    NEWS_AGENCIES,
    NO_NAME,
    PERSONAL_PRONOUNS,
    alternatives,
)

_ROLE_WORDS = (
    r"spokes(?:man|woman|person)|minister|president|secretary|ambassador|analyst|editor|"
    r"chief|director|commander|envoy|official|premier|chancellor|leader|adviser|advisor"
)
_ROLE = re.compile(rf"\b(?:{_ROLE_WORDS})\b", re.IGNORECASE)
_TITLES = re.compile(
    r"^(?:(?:maj|gen|lt|col|capt|adm|sgt|mr|mrs|ms|dr|prof|major|lieutenant|colonel|general)\.?\s+)+",
    re.IGNORECASE,
)
_CAPITALISED = r"[A-Z][\w’'.-]*"
_TRAILING_NAME = re.compile(rf"(?:{_CAPITALISED}\s+)*{_CAPITALISED}$")
_MEDIA = re.compile(rf"\b{alternatives((*MEDIA_NAME_WORDS, *NEWS_AGENCIES))}\b", re.I)
_GROUPS = re.compile(r"\b(?:activists|rebels|fighters|sources|forces|militants|army)\b", re.I)
_NOT_A_SPEAKER = NO_NAME | ARTICLES | PERSONAL_PRONOUNS


def has_role(text: str) -> bool:
    """Whether `text` holds a role word ("spokesman", "minister", "president", ...)."""
    return _ROLE.search(text) is not None


def clean_speaker(text: str | None) -> str | None:
    """A speaker as given, or None when it names nobody ("none", "null", a pronoun)."""
    if text is None:
        return None
    text = " ".join(text.split()).strip(" .,;:“”\"'")
    return None if not text or text.casefold() in _NOT_A_SPEAKER else text


# Names recur across the speakers and actors of a batch: each is normalised (and its word
# pattern compiled) once, not for every speaker it is compared with.
@lru_cache(maxsize=16384)
def normal(name: str) -> str:
    """A name in comparison form: case, possessives, articles and punctuation dropped."""
    name = re.sub(r"[’']s\b", "", name.casefold())
    name = re.sub(r"^(the|a|an)\s+", "", name.strip())
    return " ".join(re.sub(r"[^\w\s-]", " ", name).split())


def resolve_actor(speaker: str, actors: list[Actor]) -> str | None:
    """The actor a speaker names: the one whose name or alias best matches the speaker's words.

    A name matches when it equals, contains or is contained in the speaker's words; the
    longest matching name wins ("Kremlin spokesman Dmitry Peskov" is Peskov, not the Kremlin).
    """
    said = normal(speaker)
    if not said:
        return None
    best: tuple[int, str] | None = None
    for actor in actors:
        for name in (actor.name, *actor.aliases):
            known = normal(name)
            if not known:
                continue
            # Whole-word containment either way; the substring test first is the same
            # condition's cheap half and spares most regex searches.
            if (known in said and _words(known).search(said)) or (
                said in known and _words(said).search(known)
            ):
                score = min(len(known), len(said))
                if best is None or score > best[0]:
                    best = (score, actor.name)
    return best[1] if best else None


@lru_cache(maxsize=16384)
def _words(name: str) -> re.Pattern[str]:
    """A pattern that finds `name` as whole words."""
    return re.compile(rf"\b{re.escape(name)}\b")


def split_speaker(speaker: str) -> tuple[str | None, str | None, str | None]:
    """Split "<organisation> <role> <Person Name>" into (person, role, organisation).

    Each part is None when the speaker does not have it: "Syrian activists" has none,
    "President Vladimir Putin" has no organisation, "Mr Shoigu" is a person with no role.
    """
    text = " ".join(speaker.split())
    titled = _TITLES.match(text)
    if titled and _TRAILING_NAME.fullmatch(text[titled.end() :]):
        return text[titled.end() :], None, None
    roles = list(_ROLE.finditer(text))
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
    elif len(name.split()) >= 2:  # "Ambassador to Russia Riad Haddad": keep the last two words
        name = " ".join(name.split()[-2:])
        role = text[: text.rfind(name)].strip()
    else:
        return None, None, None
    organisation = None
    if re.fullmatch(r"spokes(?:man|woman|person)", last.group(0), re.IGNORECASE):
        before = text[: last.start()].strip()
        organisation = before if before[:1].isupper() else None
    return name, role or None, organisation


_OPENING_NAME = re.compile(rf"^{_CAPITALISED}(?:\s+{_CAPITALISED})+")


def opening_person(sentence: str) -> str | None:
    """The titled person a sentence opens with ("Mr Putin indicated ..." gives "Mr Putin"),
    if any (see split_speaker)."""
    opening = _OPENING_NAME.match(sentence)
    if opening is None or split_speaker(opening.group(0))[0] is None:
        return None
    return opening.group(0)


def speaker_actor(speaker: str) -> Actor:
    """An actor for a speaker the actors step missed, its kind read off its words."""
    words = speaker.split()
    kind: ActorKind = "organization"
    if _MEDIA.search(speaker):
        kind = "media"
    elif _GROUPS.search(speaker):
        kind = "group"
    elif len(words) >= 2 and all(w[:1].isupper() for w in words[-2:]):
        kind = "person" if _ROLE.search(speaker) or len(words) <= 3 else "organization"
    return Actor(name=re.sub(r"^(?:the|a|an)\s+", "", speaker.strip(), flags=re.I), kind=kind)


_ORGANISATION_WORDS = re.compile(
    r"\b(?:army|front|ministry|department|organi[sz]ation|observatory|council|agency|forces?|"
    r"party|brigades?|committee|guard|movement|coalition|alliance|office|government)\b",
    re.IGNORECASE,
)
_GROUP_WORDS = re.compile(r"\b(?:army|front|brigades?|movement|militia|forces)\b", re.IGNORECASE)


def tidy_name(name: str) -> str | None:
    """A name without the lower-case words a sloppy extraction put before it ("of the US",
    "remarks came after Washington"); None when no capitalised name remains."""
    words = name.split()
    while words and not words[0][:1].isupper() and not words[0].startswith("al-"):
        words = words[1:]
    if words and words[0].casefold() in _NOT_A_SPEAKER | {"there", "here", "some"}:
        return None
    return " ".join(words) or None


def name_actor(name: str) -> Actor | None:
    """An actor for a capitalised name the actors step missed, when its words say what it is:
    a titled person ("Mr Hollande", "Secretary of State John Kerry") or a body ("Free Syrian
    Army", "al-Nusra Front"). Other names (places, events) are left out."""
    person, role, _ = split_speaker(name)
    if person is not None:
        return Actor(name=person, kind="person", role=role)
    if len(name.split()) >= 2 and _ORGANISATION_WORDS.search(name):
        kind: ActorKind = "group" if _GROUP_WORDS.search(name) else "organization"
        return Actor(name=name, kind=kind)
    return None


class Roster:
    """The brief's actors, growing as speakers are attributed."""

    def __init__(self, actors: list[Actor]) -> None:
        self.actors: list[Actor] = []
        for actor in actors:
            name = tidy_name(actor.name)
            if name is not None and normal(name) not in {normal(a.name) for a in self.actors}:
                self.actors.append(actor.model_copy(update={"name": name}))

    def add_names(self, names: list[str]) -> None:
        """Add the titled persons and named bodies among `names` that no actor covers yet."""
        for name in names:
            made = name_actor(name)
            if made is not None:
                self._ensure(made.name, made)

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

    def attribute(self, speaker: str) -> str:
        """The name of the actor `speaker` is, adding the actor (and the organisation a
        spokesperson speaks for) when the brief does not have it yet."""
        person, role, organisation = split_speaker(speaker)
        if organisation is not None:
            self._ensure(organisation, Actor(name=organisation, kind="organization"))
        if person is not None:
            return self._ensure(person, Actor(name=person, kind="person", role=role))
        tidy = tidy_name(speaker) or speaker
        return self._ensure(tidy, speaker_actor(tidy))
