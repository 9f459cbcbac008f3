"""What a figure counts, in the article's own words, from spaCy's dependency parse: the
head noun the number modifies with its compound and adjective modifiers ("600 bakery
workers"), the object of an "of"/"in" phrase after it ("$27.5bn in back taxes", "57 percent
of the remaining delegates"), or the noun an "of" phrase with the figure belongs to ("a
tax rate of 35 percent").
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from summarizer.text.grammar import FIGURE_MODIFIERS
from summarizer.text.lexicon import MEASURE_NOUNS

_LONGEST = 12  # tokens: a longer phrase is a clause the parse ran into, not a noun phrase


@dataclass(frozen=True)
class Counted:
    """The noun phrase a figure quantifies: its text (`article[start:end]`) and its head."""

    text: str
    start: int
    end: int
    head: str


def _phrase(token: Token, figure: Span) -> tuple[int, int]:
    """Token bounds [left, right] of the noun phrase headed by `token`: its left modifiers
    and an "of" phrase after it, without determiners or the figure's own tokens first."""
    left = token.i
    for child in token.lefts:
        if child.dep_ in FIGURE_MODIFIERS:
            left = min(left, child.left_edge.i)
    right = token.i
    for child in token.rights:
        if child.dep_ == "prep" and child.lower_ == "of":
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if objects:
                right = max(right, _phrase(objects[0], figure)[1])
        elif child.dep_ in {"compound", "amod"} or (child.dep_ == "punct" and child.text == "-"):
            right = max(right, child.i)
    doc = token.doc
    while left < token.i and (
        doc[left].pos_ in {"DET", "PUNCT", "NUM", "ADV"} or figure.start <= left < figure.end
    ):
        left += 1
    return left, right


def _counted(doc: Doc, left: int, right: int) -> Counted | None:
    """The phrase over tokens [left, right], when it is short enough to be a noun phrase."""
    if right < left or right - left + 1 > _LONGEST:
        return None
    span = doc[left : right + 1]
    head = span.root
    if head.pos_ == "PRON":
        return None  # "two of them": the noun is in another sentence
    return Counted(span.text, span.start_char, span.end_char, head.text)


def _object_of(prep: Token, figure: Span) -> Counted | None:
    """The noun phrase that is the object of `prep` ("in back taxes" gives "back taxes")."""
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    if not objects:
        return None
    left, right = _phrase(objects[0], figure)
    return _counted(prep.doc, left, right)


def _noun_after(figure: Span) -> Token | None:
    """The noun to the right that the figure modifies, climbing over a hyphenated unit
    ("104-page report" gives "report") and over compounds ("$1.6 billion assembly plant")."""
    head = figure.root.head
    if head.i < figure.end or head.pos_ not in {"NOUN", "PROPN"}:
        return None
    while head.dep_ in {"compound", "amod", "nmod", "npadvmod"} and head.head.i > head.i:
        above = head.head
        if above.pos_ == "ADJ" and above.dep_ == "amod" and above.head.i > above.i:
            above = above.head  # "an 83-year-old justice": past "old" to the noun
        if above.pos_ not in {"NOUN", "PROPN"} or above.i - figure.end >= _LONGEST:
            break
        head = above
    return head


def _prep_after(figure: Span, words: frozenset[str]) -> Token | None:
    """A preposition right after the figure that depends on it ("of", "in")."""
    doc = figure.doc
    if figure.end >= len(doc):
        return None
    following = doc[figure.end]
    attached = figure.start <= following.head.i < figure.end or following.head == figure.root.head
    if following.lower_ in words and following.dep_ == "prep" and attached:
        return following
    return None


def counted(doc: Doc, start: int, end: int, kind: str) -> Counted | None:
    """The noun phrase of the article that the figure at characters [start, end) counts,
    or None when the parse shows none ("wounded 53", "grew 27 percent")."""
    figure = doc.char_span(start, end, alignment_mode="expand")
    if figure is None or len(figure) == 0:
        return None
    noun = _noun_after(figure)
    if noun is not None and noun.lower_ not in MEASURE_NOUNS:
        left = figure.end
        # Past a unit hyphenated to the number ("104-page report", "$15-an-hour wage"),
        # then past determiners and punctuation.
        while left < noun.i and (
            not doc[left - 1].whitespace_ or doc[left].pos_ in {"DET", "PUNCT"}
        ):
            left += 1
        return _counted(doc, left, _phrase(noun, figure)[1])
    prep_words = frozenset({"of", "in"}) if kind in {"money", "vague"} else frozenset({"of"})
    prep = _prep_after(figure, prep_words)
    if prep is not None:
        return _object_of(prep, figure)
    last = figure[-1]
    if kind in {"count", "time"} and last.pos_ == "NOUN" and last.lower_ not in MEASURE_NOUNS:
        return Counted(last.text, last.idx, last.idx + len(last.text), last.text)
    root = figure.root
    if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.pos_ == "NOUN":
        owner = root.head.head
        if owner.i < figure.start and owner.lower_ not in MEASURE_NOUNS:
            left, _ = _phrase(owner, figure)
            return _counted(doc, left, owner.i)
    return None
