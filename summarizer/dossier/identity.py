"""Actors across articles: one canonical actor per real-world entity, with its aliases.

Deterministic rules merge first, each a reason a reader would accept:

- the same name once normalised (case, "the", possessives, British and American spelling);
- names a brief already gives as one actor's aliases ("Osterburg", also "Ruritania");
- a person's names with the same surname and no conflicting first name ("Novak",
  "Jan Novak", "Defense Ministry spokesman Major General Jan Novak");
- an acronym and the name it abbreviates ("RMW", "Ruritanian Monitor for Workers").

A person is never merged with an organisation, state or group, not even the one they speak
for. A description with no capital ("the ministry", "the company") is the name of one
body in one article only: it joins nothing across articles (two states' ministries are
each "the ministry" somewhere). What the rules leave ambiguous (one organisation's name
inside another's, "Defense Ministry" and "Russian Defense Ministry") is asked of the
model, pair by pair, by the dossier (see `ambiguous_pairs`).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from summarizer.brief.attribution import split_speaker
from summarizer.schema import ActorKind, Brief, DossierActor
from summarizer.text.actors.names import has_role, spelled_name
from summarizer.text.lexicon import ACRONYM_SMALL_WORDS


def _person_name(name: str) -> str:
    """The person a name denotes, without role or title ("Jo Doe" of "Ruritanian
    President Jo Doe", "Roe" of "Mr Roe")."""
    person, _, _ = split_speaker(name)
    return person or name


def _acronym(name: str) -> str:
    """The initials of a name of several words ("RMW" of "Ruritanian Monitor for
    Workers"), or "" for a one-word name."""
    words = [w for w in re.split(r"[\s-]+", name) if w and w.casefold() not in ACRONYM_SMALL_WORDS]
    return "".join(w[0] for w in words).upper() if len(words) >= 2 else ""


def _description(name: str) -> bool:
    """Whether a name is a description ("the ministry"), not a proper name: no capital."""
    return not any(character.isupper() for character in name)


@dataclass
class _Group:
    """Names of one entity, as the union-find grows."""

    person: bool
    names: Counter[str] = field(default_factory=Counter)  # surface name -> mentions
    kinds: Counter[ActorKind] = field(default_factory=Counter)
    articles: set[str] = field(default_factory=set)


class ActorIndex:
    """The actors of many briefs, merged into one per entity.

    Build it from briefs, let the model settle `ambiguous_pairs` with `merge`, then read
    `actors` and look up which dossier actor a brief's actor became with `canonical`.
    """

    def __init__(self, briefs: Iterable[Brief]) -> None:
        self._parent: dict[str, str] = {}
        self._groups: dict[str, _Group] = {}
        self._of_brief_actor: dict[tuple[str, str], str] = {}
        # (the key of an actor, the brief actor it speaks for, its article): resolved to
        # dossier actors once every merge is made
        self._speaks_for: list[tuple[str, str, str]] = []
        for brief in briefs:
            article = brief.provenance.source
            for actor in brief.actors:
                person = actor.kind == "person"
                names = [_person_name(actor.name) if person else actor.name]
                names += [
                    _person_name(a) if person else a
                    for a in actor.aliases
                    if not person or not has_role(a)
                ]
                # The name a brief gives an actor counts twice: it is that brief's choice
                # among the names, and the dossier's where the briefs agree.
                keys = [self._add(name, actor.kind, article) for name in [names[0], *names]]
                for other in keys[1:]:
                    self._union(keys[0], other)
                self._of_brief_actor[(article, actor.name)] = keys[0]
                if actor.speaks_for:
                    self._speaks_for.append((keys[0], actor.speaks_for, article))
        self._merge_surnames()
        self._merge_acronyms()

    def _add(self, name: str, kind: ActorKind, article: str) -> str:
        # People and bodies have keys of their own: "Palace" the organisation and a
        # spokesman some brief calls "Palace" never share one.
        key = ("person:" if kind == "person" else "") + (spelled_name(name) or name)
        if _description(name):
            key = f"{article}:{key}"  # "the ministry" of this article, no other
        if key not in self._parent:
            self._parent[key] = key
            self._groups[key] = _Group(person=kind == "person")
        group = self._groups[self._find(key)]
        group.names[name] += 1
        group.kinds[kind] += 1
        group.articles.add(article)
        return key

    def _find(self, key: str) -> str:
        while self._parent[key] != key:
            self._parent[key] = self._parent[self._parent[key]]
            key = self._parent[key]
        return key

    def _union(self, a: str, b: str) -> bool:
        """Merge the groups of `a` and `b`; refused (False) between a person and a non-person."""
        root_a, root_b = self._find(a), self._find(b)
        if root_a == root_b:
            return True
        group_a, group_b = self._groups[root_a], self._groups[root_b]
        if group_a.person != group_b.person:
            return False
        self._parent[root_b] = root_a
        group_a.names.update(group_b.names)
        group_a.kinds.update(group_b.kinds)
        group_a.articles |= group_b.articles
        del self._groups[root_b]
        return True

    def _roots(self) -> list[str]:
        return list(self._groups)

    def _merge_surnames(self) -> None:
        # By surname: full names first, so that a bare surname joins the full name it
        # matches, and two different first names never merge.
        by_surname: dict[str, list[str]] = defaultdict(list)
        for key in sorted(self._parent, key=lambda k: -len(k.split())):
            if self._groups[self._find(key)].person and not has_role(key):
                surname = key.removeprefix("person:").split()[-1].removeprefix("al-")
                by_surname[surname].append(key)
        for keys in by_surname.values():
            full = {k for k in keys if len(k.split()) >= 2}
            firsts = {k.split()[0] for k in full}
            for key in keys:
                if key in full and len(firsts) > 1:
                    continue  # two people of one surname: keep them apart
                self._union(keys[0], key)

    def _merge_acronyms(self) -> None:
        long_names = {
            _acronym(name): root
            for root, group in self._groups.items()
            if not group.person
            for name in group.names
            if _acronym(name)
        }
        for root, group in list(self._groups.items()):
            for name in group.names:
                if name.isupper() and 2 <= len(name) <= 6 and name in long_names:
                    self._union(long_names[name], root)

    def ambiguous_pairs(self) -> list[tuple[str, str]]:
        """Pairs of organisations (or states, groups) the rules cannot settle: one name's
        words within the other's ("Defense Ministry", "Russian Defense Ministry"), or most
        words shared, unless one acts for the other or one is a state and the other not.
        Each pair is two canonical names."""
        words = {
            root: set(root.rpartition(":")[2].split())  # a description's key names its article
            for root, group in self._groups.items()
            if not group.person
        }
        # Each root's side and kind once: the loop below is over every pair of roots.
        sides = self.sides()
        side = {root: sides[self._name(root)] for root in words}
        kind = {root: self._groups[root].kinds.most_common(1)[0][0] for root in words}
        pairs = []
        roots = sorted(words)
        for i, a in enumerate(roots):
            for b in roots[i + 1 :]:
                if side[a] & side[b]:
                    continue  # one acts for the other ("U.S. officials"): two actors, known
                if "state" in (kind[a], kind[b]) and kind[a] != kind[b]:
                    continue  # a state's ministry, army or officials are never the state
                shared = words[a] & words[b]
                if not shared - ACRONYM_SMALL_WORDS:
                    continue
                within = words[a] <= words[b] or words[b] <= words[a]
                if within or len(shared) / len(words[a] | words[b]) >= 0.6:
                    pairs.append((self._name(a), self._name(b)))
        return pairs

    def merge(self, a: str, b: str) -> None:
        """Merge the actors named `a` and `b` (canonical names), as the model judged."""
        self._union(self._key_of_name(a), self._key_of_name(b))

    def _key_of_name(self, name: str) -> str:
        for root in self._groups:
            if self._name(root) == name:
                return root
        raise KeyError(name)

    def _name(self, root: str) -> str:
        # A person by their fullest name; anything else by the name most mentions use.
        group = self._groups[root]
        if group.person:
            return max(group.names, key=lambda n: (len(n.split()), group.names[n], n))
        return max(group.names, key=lambda n: (group.names[n], len(n), n))

    def canonical(self, article: str, actor: str | None) -> str | None:
        """The dossier actor that `actor` of the brief of `article` became."""
        key = self._of_brief_actor.get((article, actor)) if actor else None
        return self._name(self._find(key)) if key else None

    def _allegiances(self) -> dict[str, set[str]]:
        """Whom each dossier actor speaks for, by canonical name (see `sides`)."""
        speaks_for: dict[str, set[str]] = defaultdict(set)
        for key, body, article in self._speaks_for:
            target = self.canonical(article, body)
            name = self._name(self._find(key))
            if target is not None and target != name:
                speaks_for[name].add(target)
        return speaks_for

    def sides(self) -> dict[str, frozenset[str]]:
        """Each dossier actor's side: itself and whom it speaks for, followed on ("Igor
        Konashenkov" speaks for the Defense Ministry, which acts for Russia). Two actors
        who share a side do not answer each other."""
        speaks_for = self._allegiances()
        sides: dict[str, frozenset[str]] = {}
        for root in self._groups:
            name = self._name(root)
            side, todo = {name}, [name]
            while todo:
                for body in speaks_for.get(todo.pop(), set()) - side:
                    side.add(body)
                    todo.append(body)
            sides[name] = frozenset(side)
        return sides

    @property
    def actors(self) -> list[DossierActor]:
        """The merged actors, those in the most articles first."""
        speaks_for = self._allegiances()
        actors = []
        for root, group in self._groups.items():
            name = self._name(root)
            actors.append(
                DossierActor(
                    name=name,
                    kind=group.kinds.most_common(1)[0][0],
                    aliases=sorted(n for n in group.names if n != name),
                    articles=sorted(group.articles),
                    speaks_for=sorted(speaks_for.get(name, set())),
                )
            )
        return sorted(actors, key=lambda a: (-len(a.articles), a.name.casefold()))
