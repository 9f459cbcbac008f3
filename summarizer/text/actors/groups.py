"""Mentions grouped into real-world entities: one group per actor, whatever the article
calls it ("Jane Doe", "Doe", "Ms. Doe"; "the Agency for Things", "AFT", "the agency";
"Ruritania", "the capital's name", "Ruritanian officials")."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from summarizer.text.actors.actor_mention import PLACE_LABELS, ActorMention, Gender, MentionLabel
from summarizer.text.actors.names import in_order, normal
from summarizer.text.lexicon import (
    ACRONYM_SKIPS,
    BODY_NOUNS,
    CAPITALS,
    COMPANY_NOUNS,
    CORPORATE_SUFFIXES,
    ENTOURAGE_KINDS,
    SAME_NAMES,
    STATE_AGENT_NOUNS,
    THIRD_PERSON_POSSESSIVES,
    TITLE_WORDS,
    UNNAMED_OPENERS,
)

_NAMES = frozenset({MentionLabel.PERSON, MentionLabel.ORG, MentionLabel.MEDIA, MentionLabel.GROUP})


@dataclass
class Group:
    """The mentions of one entity, in text order."""

    mentions: list[ActorMention] = field(default_factory=list)

    @property
    def label(self) -> MentionLabel:
        """The label most of its mentions carry (a person wins a tie)."""
        counts = Counter(m.label for m in self.mentions)
        if len(counts) > 1 and not any(m.state for m in self.mentions):
            # a name also tagged a place is the body or person it is
            counts.pop(MentionLabel.GPE, None)
        return max(counts, key=lambda label: (counts[label], label == MentionLabel.PERSON))

    @property
    def forms(self) -> list[str]:
        """Its distinct names, in order of first use."""
        return list(dict.fromkeys(m.text for m in self.mentions))

    @property
    def first(self) -> int:
        """Where it is first mentioned."""
        return min(m.start for m in self.mentions)

    @property
    def agents(self) -> str | None:
        """For those who act for a state ("Ruritanian officials", "the Ruritanian army"),
        which kind they are ("officials", "forces"); None for anyone else."""
        return next((kind for m in self.mentions if (kind := agents_of(m)) is not None), None)


def agents_of(mention: ActorMention) -> str | None:
    """Which kind of a state's agents a mention names ("officials" for "Ruritanian
    diplomats", "forces" for "the Ruritanian army"), or None: a state, its government, or
    no state's phrase at all."""
    if mention.label != MentionLabel.STATE or mention.state is None:
        return None
    words = _words(mention.text)
    return STATE_AGENT_NOUNS.get(words[-1]) if words else None


def _words(name: str) -> list[str]:
    """A name's comparison words."""
    return normal(name).replace("-", " ").split()


def _core(name: str) -> list[str]:
    """A body's name without corporate suffixes ("Acme Corp." is "acme")."""
    words = _words(name)
    while len(words) > 1 and words[-1] in CORPORATE_SUFFIXES:
        words = words[:-1]
    return words


def _contiguous(short: list[str], long: list[str]) -> bool:
    """Whether `short` is a run of consecutive words of `long`."""
    size = len(short)
    return any(long[i : i + size] == short for i in range(len(long) - size + 1))


def _initials(name: str) -> str:
    """A name's acronym: the first letters of its words, function words skipped."""
    return "".join(w[0] for w in _words(name) if w not in ACRONYM_SKIPS)


def _is_acronym(form: str) -> bool:
    """Whether a name is written as an acronym ("NATO", "F.B.I.")."""
    letters = form.replace(".", "")
    return 2 <= len(letters) <= 6 and letters.isalpha() and letters.isupper()


def _names_same(form: str, other: str, short: Group, long: Group) -> bool:
    """Whether the name `form` of group `short` is another way to name `other` of `long`."""
    words, other_words = _words(form), _words(other)
    canonical = SAME_NAMES.get(normal(form))
    if canonical and canonical in {normal(other), SAME_NAMES.get(normal(other))}:
        return True  # "U.S." and "United States"
    if not words or len(words) >= len(other_words):
        return False  # only a shorter name stands for a longer one
    if long.label == MentionLabel.PERSON:  # "Doe", "Jane Doe" for "Jane Q. Doe"
        return short.label != MentionLabel.GPE and in_order(words, other_words)
    if short.label == MentionLabel.PERSON:  # a person's name inside a body's is not the body
        return _core(form) == _core(other)
    if _core(form) != words and _core(other) != other_words:
        return False  # two full company names ("Acme Co.", "Acme Credit Co.") are two companies
    # "Acme", "Acme Co."
    if short.label != MentionLabel.GROUP and _contiguous(_core(form), _core(other)):
        return True
    if _is_acronym(form):  # "AFT" for "Agency for Things", or "(AFT)" after it
        shorts = {normal(s) for m in long.mentions for s in m.short}
        return normal(form) in shorts or normal(form) == _initials(other)
    return False


def _same(short: Group, long: Group) -> bool:
    """Whether the shorter-named group is another way of naming the longer-named one."""
    return any(_names_same(f, o, short, long) for f in short.forms for o in long.forms)


def _key(mention: ActorMention) -> str:
    """What mentions of one entity share before names are compared."""
    # A town, or a body taken for one.
    if mention.label == MentionLabel.GPE and mention.state is None:
        return "name:" + normal(mention.text)
    if (agents := agents_of(mention)) is not None:
        return f"agents:{mention.state}:{agents}"  # a party of its own, acting for the state
    if mention.label in PLACE_LABELS:
        capital = normal(mention.text) in CAPITALS
        # A capital stands for its state only where it acts ("X said"); elsewhere it is a city.
        state = mention.state if mention.acts or not capital else None
        return "place:" + (state or normal(mention.text))
    if mention.label == MentionLabel.ENTOURAGE:
        noun = _words(mention.text)[-1]
        return "entourage:" + normal(mention.owner or "") + ":" + ENTOURAGE_KINDS.get(noun, noun)
    if mention.label == MentionLabel.PEOPLE:
        return "people:" + _words(mention.owner or mention.text)[-1]  # "experts", "outside experts"
    return "name:" + normal(mention.text) + (":" + mention.sex if mention.sex else "")


def _referent(mention: ActorMention, groups: list[Group]) -> Group | None:
    """The body that "the <noun>" refers back to: the last one named before it whose name
    ends in that noun ("the foundation"), or for "the company" the last company named."""
    before = [
        g
        for g in groups
        if g.first < mention.start and g.label in {MentionLabel.ORG, MentionLabel.ENTOURAGE}
    ]
    before.sort(key=lambda g: max(m.start for m in g.mentions if m.start < mention.start))
    for group in reversed(before):
        if any(_words(form)[-1:] == [mention.text] for form in group.forms):
            return group
        if mention.text in COMPANY_NOUNS and group.label == MentionLabel.ORG and not _public(group):
            return group
    return None


def _closeness(home: Group, group: Group) -> tuple[bool, bool, int]:
    """How a longer name ranks as what a shorter one stands for: a person's name before a
    body's, then the one named last before the shorter one is first used (news writing
    names someone in full, then by surname), else the one named first."""
    before = [m.start for m in home.mentions if m.start < group.first]
    return home.label != MentionLabel.PERSON, not before, -max(before) if before else home.first


def _public(group: Group) -> bool:
    """Whether a body is a public one ("Labor Department", "Senate"), which "the company"
    does not refer to."""
    words = {w for form in group.forms for w in _words(form)}
    return bool(words & (BODY_NOUNS - COMPANY_NOUNS - {"group"} | TITLE_WORDS))


def group_mentions(mentions: list[ActorMention]) -> list[Group]:
    """The mentions grouped by entity, each group's mentions in text order."""
    keyed: dict[str, Group] = {}
    for mention in mentions:
        if mention.label not in {MentionLabel.REF, MentionLabel.OTHER}:
            keyed.setdefault(_key(mention), Group()).mentions.append(mention)
    groups = sorted(keyed.values(), key=lambda g: -max(len(_words(f)) for f in g.forms))
    merged: list[Group] = []
    claimed: dict[int, Gender] = {}  # the honorific's sex a person's surname was taken with
    for group in groups:  # longest names first: a shorter one joins the longer it names
        homes = [g for g in merged if {group.label, g.label} <= _NAMES and _same(group, g)]
        sex = next((m.sex for m in group.mentions if m.sex), None)
        if sex:  # "Mr. Doe" and "Mrs. Doe" are two people
            homes = [g for g in homes if claimed.get(id(g), sex) == sex]
        home = min(homes, key=lambda g: _closeness(g, group), default=None)
        if home is None:
            merged.append(group)
            continue
        home.mentions = sorted(home.mentions + group.mentions, key=lambda m: m.start)
        if sex:
            claimed[id(home)] = sex
    merged = _speakers_joined(merged)
    for mention in mentions:
        if mention.label == MentionLabel.REF:
            referent = _referent(mention, merged)
        elif mention.label == MentionLabel.OTHER:  # "Acme" tagged a product where "Acme Corp." acts
            referent = next((g for g in merged if _names(g, mention.text)), None)
        else:
            continue
        if referent is not None:
            referent.mentions = sorted([*referent.mentions, mention], key=lambda m: m.start)
    return merged


def _names(group: Group, text: str) -> bool:
    """Whether a group is called `text`, corporate suffixes aside."""
    return group.label in _NAMES and any(_core(form) == _core(text) for form in group.forms)


def _speakers_joined(groups: list[Group]) -> list[Group]:
    """The groups with each unnamed speaker that repeats the end of a fuller phrase joined
    to the one that phrase names: news writing shortens a phrase once it is introduced
    ("U.S. military officials" ... "some military officials said"). A bare noun
    ("officials") could stand for anyone and joins nobody, unless a possessive ties it to
    someone ("her aides", with "Doe's aides" the only such phrase in the article)."""
    result = list(groups)
    for group in groups:
        if group.label != MentionLabel.PEOPLE:
            continue
        said = [_words(m.text) for m in group.mentions]
        tails = [w[1:] if w[0] in UNNAMED_OPENERS else w for w in said]
        owned = all(w[0] in THIRD_PERSON_POSSESSIVES for w in said)
        if not all(len(t) >= 2 or (owned and t) for t in tails):
            continue
        fuller = _fuller(group, tails, result)
        before = [(start, other) for start, other in fuller if start < group.first]
        if before:  # the phrase named last before the speaker
            home: Group | None = max(before, key=lambda found: found[0])[1]
        else:
            home = fuller[0][1] if owned and len({id(o) for _, o in fuller}) == 1 else None
        if home is not None:
            home.mentions = sorted(home.mentions + group.mentions, key=lambda m: m.start)
            result.remove(group)
    return result


def _fuller(group: Group, tails: list[list[str]], groups: list[Group]) -> list[tuple[int, Group]]:
    """Where other groups name a fuller phrase ending in one of `tails` ("U.S. military
    officials" for "military officials"), as (start, group)."""
    found = []
    for other in groups:
        if other is group or other.label == MentionLabel.PEOPLE:
            continue
        for mention in other.mentions:
            words = _words(mention.text)
            if any(len(words) > len(tail) and words[-len(tail) :] == tail for tail in tails):
                found.append((mention.start, other))
    return found
