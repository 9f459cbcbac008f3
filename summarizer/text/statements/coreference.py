"""What a pronoun or a bare role noun stands for: the entity an article named before it.

"he"/"she" is the nearest fitting person before it, a subject preferred over other mentions
and the sentence before over earlier ones; "they" a group, an organisation or a plural noun;
"it" an organisation or a thing; a relative "who" the noun it hangs on; "the company" or "the
spokesman" the nearest earlier mention with that noun that named someone. Each pronoun
resolved becomes a mention in turn, so a chain of "he"s keeps its person, and the gender a
pronoun reveals is remembered for that person.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import StrEnum

from spacy.tokens import Doc, Span, Token

from summarizer.text.actors.actor_mention import Gender
from summarizer.text.grammar import (
    NOUNS,
    PLURAL_NOUN_TAGS,
    SPEAKER_ENTITIES,
    SUBJECTS,
    TIME_ENTITIES,
)
from summarizer.text.lexicon import (
    FEMALE_KIN,
    FEMALE_PRONOUNS,
    FEMALE_ROLES,
    FEMALE_TITLES,
    MALE_KIN,
    MALE_PRONOUNS,
    MALE_ROLES,
    MALE_TITLES,
    NEUTER_PRONOUNS,
    ORGANISATION_NOUNS,
    PERSON_OR_BODY_NOUNS,
    PLURAL_PRONOUNS,
    RELATIVE_PRONOUNS,
    ROLE_NOUNS,
)
from summarizer.text.statements.speaker_labels import (
    SpeakerLabel,
    entity_label,
    entity_of,
    is_pronoun,
    noun_label,
)


class ReferentKind(StrEnum):
    """What a referent is, as a pronoun tells: "he"/"she" a person, "they" a group (or any
    plural), "it" a group or a thing."""

    PERSON = "person"
    GROUP = "group"
    THING = "thing"


_LOOKBACK = 6  # sentences: a referent further back is rarely what a pronoun means


@dataclass
class Referent:
    """Someone or something named (or a pronoun resolved) at a place in the article: what a
    later pronoun or role noun may stand for, and a statement's speaker as remembered."""

    position: int  # token index
    sentence: int  # sentence index
    label: SpeakerLabel
    kind: ReferentKind
    plural: bool
    subject: bool
    head_lemma: str
    roles: frozenset[str]
    maybe_person: bool = False  # a name the entity recogniser did not type


def _key(label: str) -> str:
    """What identifies a person across mentions: the surname ("Donald Trump" is "trump")."""
    words = label.casefold().replace("’s", "").replace("'s", "").split()
    return words[-1] if words else ""


class Genders:
    """The gender the article gives each person: by full name, and by surname where every
    person of that surname has the same one (two Clintons leave "Clinton" open)."""

    def __init__(self) -> None:
        """No genders known yet."""
        self.by_name: dict[str, Gender] = {}
        self.by_surname: dict[str, set[Gender]] = {}

    def learn(self, label: str, gender: Gender) -> None:
        """Record the gender the article gives a person."""
        self.by_name.setdefault(label.casefold(), gender)
        self.by_surname.setdefault(_key(label), set()).add(gender)

    def of(self, label: str) -> Gender | None:
        """The gender of a person named `label`, None when unknown or ambiguous."""
        known = self.by_name.get(label.casefold())
        if known is not None or len(label.split()) > 1:
            return known  # "Rachel Berg" is not "Milton Berg", whose gender is known
        found = self.by_surname.get(_key(label), set())
        return next(iter(found)) if len(found) == 1 else None


class Resolver:
    """The referents of one article's pronouns and role nouns, resolved in reading order."""

    def __init__(self, doc: Doc) -> None:
        """Collect the mentions of `doc` and resolve its pronouns in reading order."""
        self.doc = doc
        self.sentence_of = {t.i: n for n, s in enumerate(doc.sents) for t in s}
        self.genders = Genders()
        self.mentions: list[Referent] = []
        self.resolved: dict[int, SpeakerLabel | None] = {}
        self._named: list[Referent] = []
        self._collect()

    def _mention(
        self, head: Token, label: SpeakerLabel, kind: ReferentKind, plural: bool
    ) -> Referent:
        """A mention headed by `head`, with the role words written around it."""
        roles = frozenset(
            t.lemma_.lower() for t in head.doc[max(0, head.i - 5) : head.i + 1] if t.pos_ != "PUNCT"
        ) | frozenset(
            t.lemma_.lower() for c in head.children if c.dep_ == "appos" for t in c.subtree
        )
        return Referent(
            head.i, self.sentence_of[head.i], label, kind, plural, head.dep_ in SUBJECTS,
            head.lemma_.lower(), roles,
        )  # fmt: skip

    def _is_person(self, entity: Span, label: SpeakerLabel) -> bool:
        """Whether an entity names a person: typed so, or (the recogniser errs with foreign
        names) opening with a known first name or standing after a person's role word."""
        if entity.label_ == "PERSON":
            return True
        if entity.label_ == "NORP" or len(label.text.split()) < 2:
            return False
        before = {t.lemma_.lower() for t in self.doc[max(0, entity.start - 2) : entity.start]}
        return bool(before & ROLE_NOUNS)

    def _learn_gender(self, entity: Span, label: SpeakerLabel, roles: frozenset[str]) -> None:
        """A person's gender from a title ("Mrs."), a role word ("spokeswoman") or the kin
        noun the name stands beside ("her husband, Jo Doe")."""
        before = self.doc[entity.start - 1].lower_ if entity.start else ""
        first = entity[0].lower_
        title = first if first in MALE_TITLES | FEMALE_TITLES else before
        root = entity.root
        kin = root.head.lower_ if root.dep_ in {"appos", "compound"} else ""
        if title in MALE_TITLES or roles & MALE_ROLES or kin in MALE_KIN:
            self.genders.learn(label.text, Gender.MALE)
        elif title in FEMALE_TITLES or roles & FEMALE_ROLES or kin in FEMALE_KIN:
            self.genders.learn(label.text, Gender.FEMALE)

    def _collect(self) -> None:
        """Gather the named mentions, then resolve every pronoun in reading order."""
        named: dict[int, Referent] = {}
        entities = [
            (entity, label) for entity in self.doc.ents
            if entity.label_ in SPEAKER_ENTITIES
            and (label := entity_label(entity)) is not None
        ]  # fmt: skip
        people = {_key(label.text) for entity, label in entities if self._is_person(entity, label)}
        for entity, label in entities:
            head = entity.root
            if _key(label.text) in people and entity.label_ != "NORP":
                named[head.i] = self._mention(head, label, ReferentKind.PERSON, False)
                self._learn_gender(entity, label, named[head.i].roles)
            else:
                plural = entity.label_ == "NORP" or head.tag_ in PLURAL_NOUN_TAGS
                named[head.i] = self._mention(head, label, ReferentKind.GROUP, plural)
        for token in self.doc:
            if token.i in named or token.pos_ not in NOUNS or is_pronoun(token):
                continue
            if token.ent_type_ in TIME_ENTITIES:
                continue  # "in February": a time, which neither speaks nor acts
            if token.dep_ not in SUBJECTS and token.dep_ not in {"pobj", "dobj", "conj"}:
                continue
            if not any(c.dep_ in {"det", "poss", "compound"} for c in token.children) and (
                token.dep_ not in SUBJECTS and token.pos_ == "NOUN"
            ):
                continue  # "as president", "on policy": no one in particular
            label = noun_label(token)
            if label is None:
                continue
            plural = token.tag_ in PLURAL_NOUN_TAGS
            lemma = token.lemma_.lower()
            kind = (
                ReferentKind.PERSON if lemma in ROLE_NOUNS
                else ReferentKind.GROUP if plural
                else ReferentKind.THING
            )  # fmt: skip
            if lemma in ORGANISATION_NOUNS:
                kind = ReferentKind.GROUP
            mention = self._mention(token, label, kind, plural)
            if token.pos_ == "PROPN" and not token.ent_type_ and not plural:
                mention = replace(mention, maybe_person=True)
            named[token.i] = mention
        ordered = sorted(named.values(), key=lambda m: m.position)
        self._named = ordered
        pronouns = [t for t in self.doc if is_pronoun(t)]
        cursor = 0
        for token in pronouns:
            while cursor < len(ordered) and ordered[cursor].position < token.i:
                self.mentions.append(ordered[cursor])
                cursor += 1
            label = self._resolve_pronoun(token)
            self.resolved[token.i] = label
            if label is not None and token.lower_ not in RELATIVE_PRONOUNS:
                gender = (
                    Gender.MALE if token.lower_ in MALE_PRONOUNS
                    else Gender.FEMALE if token.lower_ in FEMALE_PRONOUNS
                    else None
                )  # fmt: skip
                pronoun_kind = (
                    ReferentKind.PERSON if gender
                    else ReferentKind.GROUP if token.lower_ in PLURAL_PRONOUNS
                    else ReferentKind.THING
                )  # fmt: skip
                self.mentions.append(
                    Referent(token.i, self.sentence_of[token.i], label, pronoun_kind,
                             token.lower_ in PLURAL_PRONOUNS, token.dep_ in SUBJECTS, token.lower_,
                             frozenset())
                )  # fmt: skip
        self.mentions.extend(ordered[cursor:])

    def _candidates(
        self,
        token: Token,
        excluded: tuple[tuple[int, int], ...] = (),
        speakers: tuple[Referent, ...] = (),
    ) -> list[Referent]:
        """Mentions before `token`, nearest sentence first; in each sentence the speakers of
        statements first, then subjects, then the rest, each group nearest first in the
        current sentence and in reading order in earlier ones (news writing names its topic
        first). Mentions inside `excluded` character spans (what the speaker says) are left
        out: a name in a quotation is rarely who said it."""
        here = self.sentence_of[token.i]

        def usable(m: Referent) -> bool:
            """Whether a mention is before the pronoun, near enough and not excluded."""
            if m.position >= token.i or here - m.sentence > _LOOKBACK:
                return False
            offset = self.doc[m.position].idx
            return not any(start <= offset < end for start, end in excluded)

        before = [m for m in self.mentions if usable(m)]
        voiced = [m for m in speakers if usable(m)]
        ranked: list[Referent] = []
        for distance in range(_LOOKBACK + 1):
            group = [m for m in before if m.sentence == here - distance]
            said = [m for m in voiced if m.sentence == here - distance]
            if distance == 0:
                group.sort(key=lambda m: -m.position)
            said.sort(key=lambda m: -m.position)
            ranked += said + [m for m in group if m.subject] + [m for m in group if not m.subject]
        return ranked

    def source_pronoun(
        self,
        token: Token,
        excluded: tuple[tuple[int, int], ...],
        speakers: tuple[Referent, ...],
        going_on: bool = False,
    ) -> SpeakerLabel | None:
        """What a pronoun that is the source of a statement stands for: as `pronoun`, but the
        speakers of earlier statements come first and names inside `excluded` spans (the
        statement's own words) are passed over. A pronoun that goes on from earlier words
        (`going_on`: "he added") stands for the latest speaker it fits, however near
        another name is. The answer joins the chain of mentions."""
        word = token.lower_
        if word in RELATIVE_PRONOUNS:
            return self.pronoun(token)
        if word not in MALE_PRONOUNS | FEMALE_PRONOUNS | PLURAL_PRONOUNS | NEUTER_PRONOUNS:
            return None
        found: SpeakerLabel | None = None
        fronted = self._fronted_subject(token)
        if fronted is not None and self.fits(fronted, word):
            found = fronted.label
        if found is None and going_on:
            found = self._latest_speaker(token, speakers)
        for mention in [] if found else self._candidates(token, excluded, speakers):
            if mention.position != token.i and self.fits(mention, word):
                found = mention.label
                break
        if found is None:
            return self.pronoun(token)
        self.resolved[token.i] = found
        self.mentions = [
            m if m.position != token.i else Referent(
                m.position, m.sentence, found, m.kind, m.plural, m.subject, m.head_lemma, m.roles
            )
            for m in self.mentions
        ]  # fmt: skip
        return found

    def _latest_speaker(self, token: Token, speakers: tuple[Referent, ...]) -> SpeakerLabel | None:
        """The speaker of the latest statement before `token` that the pronoun fits (a
        speaker the parse did not tag a person fits "he" when another mention of that
        name is one)."""
        here = self.sentence_of[token.i]
        people = {m.label.text for m in self.mentions if m.kind == ReferentKind.PERSON}
        for mention in sorted(speakers, key=lambda m: -m.position):
            if mention.position >= token.i or here - mention.sentence > _LOOKBACK:
                continue
            if mention.label.text in people and token.lower_ not in PLURAL_PRONOUNS:
                mention = replace(mention, kind=ReferentKind.PERSON)
            if self.fits(mention, token.lower_):
                return mention.label
        return None

    def mention_at(self, token: Token) -> Referent | None:
        """The mention a token heads, if the resolver knows one."""
        return next((m for m in self.mentions if m.position == token.i), None)

    def fits(self, mention: Referent, word: str) -> bool:
        """Whether a mention can be what a pronoun stands for (kind, number, gender)."""
        if word in MALE_PRONOUNS or word in FEMALE_PRONOUNS:
            if (mention.kind != ReferentKind.PERSON and not mention.maybe_person) or mention.plural:
                return False
            known = self.genders.of(mention.label.text)
            wanted = Gender.MALE if word in MALE_PRONOUNS else Gender.FEMALE
            return known is None or known == wanted
        if word in PLURAL_PRONOUNS:
            return mention.plural or (
                mention.kind == ReferentKind.GROUP and mention.head_lemma != ""
            )
        return mention.kind in {ReferentKind.GROUP, ReferentKind.THING} and not mention.plural

    def _resolve_pronoun(self, token: Token) -> SpeakerLabel | None:
        """What a pronoun stands for, from the mentions before it (see the module docstring)."""
        word = token.lower_
        if word in RELATIVE_PRONOUNS:
            return self._relative_head(token)
        if word not in MALE_PRONOUNS | FEMALE_PRONOUNS | PLURAL_PRONOUNS | NEUTER_PRONOUNS:
            return None
        fronted = self._fronted_subject(token)
        if fronted is not None and self.fits(fronted, word):
            return fronted.label
        for mention in self._candidates(token):
            if mention.position == token.i:
                continue
            if self.fits(mention, word):
                return mention.label
        return None

    def _fronted_subject(self, token: Token) -> Referent | None:
        """For a possessive in a phrase that opens its sentence before the subject ("In his
        speech, X said"), the subject it looks ahead to."""
        if token.tag_ != "PRP$":
            return None
        node = token
        while node.head.i != node.i and node.dep_ not in {"prep", "advcl", "npadvmod"}:
            node = node.head
        clause = node.head
        subject = next((c for c in clause.children if c.dep_ in SUBJECTS), None)
        if node.dep_ not in {"prep", "advcl", "npadvmod"} or subject is None:
            return None
        if not (node.i < subject.i and token.i < subject.i):
            return None
        return next((m for m in self._named if m.position == subject.i), None)

    def _relative_head(self, token: Token) -> SpeakerLabel | None:
        """What a relative pronoun stands for: the noun its clause hangs on."""
        clause = token.head
        if clause.dep_ != "relcl":
            return None
        noun = clause.head
        if is_pronoun(noun):
            return self.resolved.get(noun.i)
        return self.role_or_name(noun)

    def pronoun(self, token: Token) -> SpeakerLabel | None:
        """The label of what a pronoun stands for, None when nothing before it fits."""
        if token.i not in self.resolved:
            self.resolved[token.i] = self._resolve_pronoun(token)
        return self.resolved[token.i]

    def is_role_noun(self, token: Token) -> bool:
        """Whether a noun is a bare definite role noun ("the spokesman", "the company")."""
        if token.pos_ != "NOUN" or entity_of(token) is not None:
            return False
        lefts = [c for c in token.lefts if c.dep_ != "punct"]
        definite = len(lefts) == 1 and lefts[0].lower_ in {"the", "this", "that"}
        lemma = token.lemma_.lower()
        return definite and (lemma in PERSON_OR_BODY_NOUNS)

    def role_noun(self, token: Token) -> SpeakerLabel | None:
        """The name a bare role noun stands for: the nearest earlier mention with the same
        noun that named someone ("the Clinton campaign"), else for a person's role the
        nearest person who was given that role, for an organisation's noun the nearest
        organisation; None when nothing fits."""
        lemma = token.lemma_.lower()
        candidates = [
            m for m in self._candidates(token) if any(c.isupper() for c in m.label.text)
        ]  # a name, not another common noun
        for mention in candidates:
            if mention.head_lemma == lemma and mention.label.text.casefold() != token.lower_:
                return mention.label
        for mention in candidates:
            kind = mention.kind
            if lemma in ROLE_NOUNS and kind == ReferentKind.PERSON and lemma in mention.roles:
                return mention.label
            if lemma in ORGANISATION_NOUNS and kind == ReferentKind.GROUP and not mention.plural:
                return mention.label
        return None

    def role_or_name(self, token: Token) -> SpeakerLabel | None:
        """A noun's label: what a bare role noun stands for, else its own name."""
        if self.is_role_noun(token):
            return self.role_noun(token) or noun_label(token)
        return noun_label(token)
