"""What a name does in its sentence, read off spaCy's dependency parse: whether it speaks
(the subject of a reporting verb, or the source after "according to") and whether it acts
(a subject, a possessor, an agent, or the state behind "officials" and "government")."""

from __future__ import annotations

from spacy.tokens import Token

from summarizer.text.grammar import NOUN_MODIFIERS, OWNERS, VERBS
from summarizer.text.lexicon import (
    ADVANCING,
    KIN_NOUNS,
    LOCATING_PREPOSITIONS,
    PARTY_PREPOSITIONS,
    PEOPLE_NOUNS,
    PLACE_NOUNS,
    SPEAKING_VERBS,
    STATE_NOUNS,
    TITLES,
    VOICE_NOUNS,
)


def governing(token: Token) -> Token:
    """The token whose role a name shares: climbs conjunctions and appositions ("X and Y
    said", "Y, a Z, said") to the first conjunct or the noun apposed to, and a role noun
    to the name it stands before ("spokesman" in "spokesman Jane Doe"). An apposition is
    climbed only to a role or to a name of the same type ("Springfield, Ruritania"): the
    parser hangs other words there by mistake."""
    while token.head.i != token.i:
        head = token.head
        role = head.lower_ in TITLES | PEOPLE_NOUNS | KIN_NOUNS
        if (
            token.dep_ == "conj"
            or (token.dep_ == "compound" and token.lower_ in TITLES)
            or (token.dep_ == "appos" and (role or head.ent_type_ == token.ent_type_ != ""))
        ):
            token = head
        else:
            break
    return token


def located(token: Token) -> bool:
    """Whether a name only says where something happens: the object of "in", "near",
    "across"..., of "on" after a verb of advancing ("marched on X"), or of "of" after a
    place noun ("the port of X")."""
    token = governing(token)
    if token.dep_ in NOUN_MODIFIERS:  # "the X and Y provinces"
        return token.head.lower_ in PLACE_NOUNS
    if token.dep_ != "pobj":
        return False
    preposition = token.head
    if preposition.lower_ == "to" and preposition.head.lower_ == "according":
        return False
    if preposition.lower_ in LOCATING_PREPOSITIONS:
        return True
    if preposition.lower_ == "on" and preposition.head.lemma_.lower() in ADVANCING:
        return True  # "advancing on X": X is where they go
    return preposition.lower_ == "of" and preposition.head.lower_ in PLACE_NOUNS | {"port"}


def _reporting(verb: Token) -> bool:
    """Whether a token is a reporting verb ("said", "denied", "told")."""
    return verb.pos_ in VERBS and verb.lemma_.lower() in SPEAKING_VERBS


def speaks(token: Token) -> bool:
    """Whether the name whose root is `token` speaks in its sentence."""
    token = governing(token)
    if token.dep_ == "nsubj" and _reporting(token.head):
        return True
    if token.dep_ == "pobj" and token.head.lower_ == "to" and token.head.head.lower_ == "according":
        return True
    if token.dep_ == "pobj" and token.head.dep_ == "agent" and _reporting(token.head.head):
        return True  # "it was reported by X"
    if _after_reporting_verb(token):
        return True
    for child in token.children if token.dep_ != "pobj" else ():  # "X, who said ..."
        subjects = [c.lower_ for c in child.children if c.dep_ == "nsubj"]
        if child.dep_ == "relcl" and _reporting(child) and subjects[:1] in (["who"], ["that"]):
            return True
    if token.dep_ in OWNERS and token.head.lower_ in VOICE_NOUNS:
        return speaks(token.head)  # "the ministry's spokesman said"
    voice = token.head.head
    if token.dep_ == "pobj" and token.head.lower_ == "of" and voice.lower_ in VOICE_NOUNS:
        # "Jo Doe, a spokeswoman of the ministry, said": the one she is apposed to speaks
        return speaks(voice.head if voice.dep_ == "appos" else voice)
    return False


def _after_reporting_verb(token: Token) -> bool:
    """Whether a name follows the verb of an inverted attribution ("...," said Jo Doe)."""
    first = token.left_edge.i
    if first < 2:
        return False
    verb, before = token.doc[first - 1], token.doc[first - 2]
    return _reporting(verb) and before.is_punct  # a comma or a closing quote mark


def acts(token: Token) -> bool:
    """Whether a place name stands for a party that acts rather than where things happen:
    the subject of a verb, a possessor of something other than a place ("X's government",
    not "X's north"), an agent ("by X"), a party ("talks with X"), or the state behind
    officials ("X officials"). Objects of "in", "at", "from", "to" only locate."""
    if speaks(token):
        return True
    token = governing(token)
    dep, head = token.dep_, token.head
    if dep == "nsubj":
        return True
    if dep == "poss":  # "X's decision", not "X's north", "X's Main Street"
        place = head.lemma_.lower() in PLACE_NOUNS or head.lower_ in PLACE_NOUNS
        return not place and head.pos_ != "PROPN"
    if dep == "pobj":
        return head.lower_ in PARTY_PREPOSITIONS or head.dep_ == "agent"
    return dep in NOUN_MODIFIERS and head.lower_ in STATE_NOUNS
