"""The words that cue a statement in news English, by lemma, and what kind each one is.

These lists come from general English: verbs of saying, writing and reporting, of stance
(believe, fear), of showing (a poll shows), the nouns they make (claim, allegation), the
verbs of denying and rejecting, and the phrases of refusing to comment.
"""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING

from summarizer.text.grammar import TIME_ENTITIES, VERBS
from summarizer.text.lexicon import (
    BELIEVING,
    CALLING_PREPOSITIONS,
    CLAUSE_CUES,
    CLAUSE_OPENERS,
    CUE_VERBS,
    DENYING,
    LIGHT_CUES,
    PARTICLE_CUES,
    QUOTING,
    REFUSING,
    REJECTING,
    SAYING,
    SHOWING,
    STANCE,
    STATEMENT_NOUNS,
)

if TYPE_CHECKING:
    from spacy.tokens import Token


class StatementKind(StrEnum):
    """What a statement is: a claim, or a denial (which includes a rejection and a refusal
    to comment: see DenialKind)."""

    CLAIM = "claim"
    DENIAL = "denial"


class DenialKind(StrEnum):
    """Which kind of denial a statement is; the values are the brief's (schema.DenialKind)."""

    DENIAL = "denial"  # "denied", or a stated negation ("we did not strike")
    REJECTION = "rejection"  # "rejected", "dismissed", "it is a lie"
    NO_COMMENT = "no_comment"  # "declined to comment", "had no comment"


class CueForm(StrEnum):
    """The cues that are no word's lemma, given where a cue's lemma goes: a statement is
    judged by them as by a verb's lemma (a quotation carried on too)."""

    ACCORDING = "according"  # "according to X", and "in a poll", "in his speech"
    NO_COMMENT = "no_comment"  # a refusal to comment, whatever its words


def _known_lemma(token: Token) -> str:
    """The token's lemma, or the verb lemma its spelling gives when the lemmatiser erred
    ("hoping" read as "hop"): a form of the word that the cue lists know."""
    lemma = token.lemma_.lower()
    word = token.lower_
    candidates = [lemma, word]
    for suffix, replacement in (
        ("ing", "e"),
        ("ing", ""),
        ("ed", "e"),
        ("ed", ""),
        ("es", ""),
        ("s", ""),
    ):
        if word.endswith(suffix):
            candidates.append(word[: -len(suffix)] + replacement)
    for candidate in candidates:
        if candidate in CUE_VERBS:
            return candidate
    return lemma


def cue_lemma(token: Token) -> str | None:
    """The cue a word makes, as a lemma ("say", "point_out", "make_clear", "claim" for the
    noun), or None when it cues no statement."""
    lemma = token.lemma_.lower() if token.pos_ == "NOUN" else _known_lemma(token)
    if token.pos_ == "NOUN":
        return lemma if lemma in STATEMENT_NOUNS else None
    if token.pos_ not in VERBS:
        return None
    for child in token.children:
        if child.dep_ == "prt" and f"{lemma}_{child.lower_}" in PARTICLE_CUES:
            return f"{lemma}_{child.lower_}"
    light = LIGHT_CUES.get(lemma)
    if light is not None:
        for child in token.children:
            if child.dep_ in {"dobj", "acomp", "oprd", "ccomp"} and child.lemma_.lower() in light:
                return f"{lemma}_{child.lemma_.lower()}"
    if lemma in QUOTING:
        return lemma
    if lemma in REFUSING:  # "refused to X"; "sales declined" is no statement
        return lemma if any(c.dep_ == "xcomp" for c in token.children) else None
    if lemma in SAYING or lemma in BELIEVING or lemma in SHOWING or lemma in STANCE:
        return lemma
    if lemma in CLAUSE_CUES:
        return lemma  # a statement only with a clause or a quotation: see `acting`
    return None


def acting(verb: Token, lemma: str) -> bool:
    """Whether a verb that cues a statement in one sense names an act in this sentence:
    one of CLAUSE_CUES without a clause or a preposition of its statement sense ("agreed
    to the deal", "charged him with murder"), "call" with only a bare object ("called the
    minister"). A quotation beside the verb makes it a statement still (the caller checks
    that)."""
    following = verb.doc[verb.i + 1].lower_ if verb.i + 1 < len(verb.doc) else ""
    if lemma in CLAUSE_CUES:
        return not (
            following in CLAUSE_OPENERS
            or any(
                c.dep_ == "ccomp" or (c.dep_ == "prep" and c.lower_ in CLAUSE_CUES[lemma])
                for c in verb.children
            )
        )
    if lemma == "call":
        if any(c.dep_ == "prt" and c.lower_ != "out" for c in verb.children):
            return True  # "called off the strike", "called up reservists"
        return following not in CALLING_PREPOSITIONS and not any(
            c.dep_ in {"ccomp", "xcomp", "oprd", "advcl"}
            or (c.dep_ == "prep" and c.lower_ in CALLING_PREPOSITIONS and not _when(c))
            for c in verb.children
        )
    return False


def _when(preposition: Token) -> bool:
    """Whether a preposition says when ("on Friday"), not whom or what."""
    return any(c.dep_ == "pobj" and c.ent_type_ in TIME_ENTITIES for c in preposition.children)


def verb_kind(lemma: str) -> DenialKind | None:
    """The denial kind a cue verb carries by itself, if any."""
    if lemma in DENYING:
        return DenialKind.DENIAL
    if lemma in REJECTING:
        return DenialKind.REJECTION
    return None
