"""Who a noun phrase names: the speaker label a source mention gives, read off the parse.

A label is a name as the article writes it ("Jan Novak", "Trump's campaign",
"Treasury spokesman"), never a clause: appositions, relative clauses, determiners and
leading titles ("Mr.", "Sen.", "President") are left out of it.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from summarizer.text.grammar import LABEL_MODIFIERS, SPEAKER_ENTITIES, VERBS, Entity
from summarizer.text.lexicon import (
    APPOSED_PLACE_NOUNS,
    NAME_TITLES,
    OWNER_PREPOSITIONS,
    PRONOUNS,
    QUANTIFIERS,
    RELATIVE_PRONOUNS,
    ROLE_TITLES,
)
from summarizer.text.nlp import text_of


@dataclass(frozen=True)
class SpeakerLabel:
    """A label and the character span of the words it is made of."""

    text: str
    start: int
    end: int


def is_pronoun(token: Token) -> bool:
    """Whether a token is a pronoun that stands for someone named elsewhere ("this" or
    "that" as a demonstrative subject names nothing: "That is false, he said")."""
    if token.lower_ not in PRONOUNS or token.pos_ not in {"PRON", "DET"}:
        return False
    return token.lower_ not in RELATIVE_PRONOUNS or token.tag_ in {"WP", "WDT", "WP$"}


def entity_of(token: Token) -> Span | None:
    """The speaker-type entity (person, organisation, place, group) a token is part of."""
    doc = token.doc
    if token.ent_iob_ == "O" or token.ent_type_ not in SPEAKER_ENTITIES:
        return None
    for entity in doc.ents:
        if entity.start <= token.i < entity.end:
            return entity
    return None


def _strip_possessive(tokens: list[Token]) -> list[Token]:
    """Tokens without a trailing possessive "'s" or punctuation."""
    while tokens and (tokens[-1].tag_ == "POS" or tokens[-1].is_punct):
        tokens = tokens[:-1]
    return tokens


def _strip_titles(tokens: list[Token]) -> list[Token]:
    """A person's name tokens without the titles that open it (one name word is kept)."""
    while len(tokens) > 1 and (tokens[0].lower_ in NAME_TITLES or tokens[0].is_punct):
        tokens = tokens[1:]
    return tokens


def _as_label(tokens: list[Token]) -> SpeakerLabel | None:
    """The label that a run of tokens spells, as the article writes it."""
    tokens = sorted(tokens, key=lambda t: t.i)
    while tokens and (tokens[0].dep_ in {"det", "predet"} or tokens[0].is_punct):
        tokens = tokens[1:]
    tokens = _strip_possessive(tokens)
    if not tokens:
        return None
    doc = tokens[0].doc
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
    text = " ".join(text_of(doc)[start:end].split())
    return SpeakerLabel(text, start, end) if text else None


def entity_label(entity: Span) -> SpeakerLabel | None:
    """The label of an entity: its words without a determiner, possessive or title."""
    tokens = list(entity)
    if entity.label_ == "PERSON":
        tokens = _strip_titles(tokens)
    return _as_label(tokens)


def _left_modifiers(token: Token) -> list[Token]:
    """The modifiers to the left of a noun that are part of what it names."""
    kept: list[Token] = []
    for child in token.lefts:
        if child.dep_ in LABEL_MODIFIERS:
            kept.extend(child.subtree)
    return kept


def _counted(token: Token) -> Token | None:
    """The noun a quantifier picks from ("one of the officials" gives "officials")."""
    for child in token.rights:
        if child.dep_ == "prep" and child.lower_ == "of":
            return next((g for g in child.children if g.dep_ == "pobj"), None)
    return None


def _titled_name(token: Token) -> SpeakerLabel | None:
    """The person a title names when the parse hangs the name on a preposition after it
    ("Ambassador to Ruritania Jo Doe", "Secretary of State Jane Roe")."""
    if token.lower_ not in NAME_TITLES and token.lemma_.lower() not in ROLE_TITLES:
        return None
    for child in token.rights:
        if child.dep_ == "prep" and child.lower_ in {"to", "of", "for"}:
            name = next((g for g in child.children if g.dep_ == "pobj"), None)
            if name is None or name.pos_ != "PROPN":
                continue
            if name.ent_type_ == "PERSON":
                entity = entity_of(name)
                return entity_label(entity) if entity is not None else None
            words = [t for t in name.lefts if t.dep_ == "compound"] + [name]
            while words and words[0].ent_type_ in SPEAKER_ENTITIES - {Entity.PERSON}:
                words = words[1:]  # the place or body the title is of
            if len(words) >= 2:
                return _as_label(words)
    return None


def _owner_phrase(token: Token) -> list[Token]:
    """A prepositional phrase after a common noun that names whom it speaks for, when that
    phrase holds a name ("a spokesman for the campaign of X")."""
    for child in token.rights:
        # "a source close to X": the parse hangs "to X" on the adjective.
        close_to = child.dep_ == "amod" and child.lower_ == "close"
        if (child.dep_ == "prep" and child.lower_ in OWNER_PREPOSITIONS) or close_to:
            words = list(child.subtree)
            named = any(w.ent_type_ in SPEAKER_ENTITIES or w.pos_ == "PROPN" for w in words)
            clause = any(w.dep_ == "relcl" or w.lower_ in {",", "who", "which"} for w in words)
            if named and not clause:
                return words
    return []


def noun_label(token: Token) -> SpeakerLabel | None:
    """The label of a non-pronoun noun mention headed by `token`.

    An entity the head belongs to gives its name; a common noun with a named apposition
    gives that name ("a spokesman, Lu Kang" is Lu Kang); else the noun with its left
    modifiers and a naming "of/for" phrase ("Treasury spokesman", "Trump's campaign").
    """
    entity = entity_of(token)
    if entity is not None:
        verbs = [t.i for t in entity if t.pos_ in VERBS]
        if verbs:  # a headline's "Ministry Denies Report" read as one name: keep the name
            start = max([i + 1 for i in verbs if i < token.i], default=entity.start)
            end = min([i for i in verbs if i > token.i], default=entity.end)
            return entity_label(token.doc[start:end])
        return entity_label(entity)
    if token.lower_ in QUANTIFIERS:
        counted = _counted(token)
        if counted is not None:
            return noun_label(counted) if not is_pronoun(counted) else None
    named = _titled_name(token)
    if named is not None:
        return named
    for child in token.rights:
        if child.dep_ == "appos" and child.pos_ == "PROPN":
            appos_entity = entity_of(child)
            if appos_entity is not None and appos_entity.label_ == "PERSON":
                return entity_label(appos_entity)
            appos = _as_label([t for t in child.lefts if t.dep_ == "compound"] + [child])
            # A name of two or more capitalised words apposed to a role noun is the person
            # in that role, whatever the recogniser took it for.
            words = appos.text.split() if appos is not None else []
            person_like = len(words) >= 2 and all(w[:1].isupper() for w in words)
            untyped = appos_entity is None or person_like
            if untyped and token.lemma_.lower() not in APPOSED_PLACE_NOUNS:
                return appos  # "the coach, Ines Bauer": the recogniser missed her
    if token.pos_ == "PROPN":
        name = [t for t in token.lefts if t.dep_ == "compound"] + [token]
        return _as_label(_strip_titles(sorted(name, key=lambda t: t.i)))
    return _as_label([*_left_modifiers(token), token, *_owner_phrase(token)])


def joined_label(text: str, labels: list[SpeakerLabel]) -> SpeakerLabel:
    """One label for coordinated mentions ("Clinton and the DNC"), as the article writes
    them: the words from the first one to the last."""
    start, end = labels[0].start, labels[-1].end
    return SpeakerLabel(" ".join(text[start:end].split()), start, end)
