"""Small helpers over runs of tokens: their words, their character span, their root."""

from __future__ import annotations

from spacy.tokens import Token

from summarizer.text.grammar import VERBS


def span_of(tokens: list[Token]) -> tuple[int, int]:
    """The character span from the first to the last of some tokens."""
    first = min(tokens, key=lambda t: t.i)
    last = max(tokens, key=lambda t: t.i)
    return first.idx, last.idx + len(last.text)


def words(tokens: list[Token]) -> list[Token]:
    """The tokens that are words: punctuation and whitespace left out."""
    return [t for t in tokens if not t.is_punct and not t.is_space]


def root_of(tokens: list[Token]) -> Token | None:
    """The token of a content whose head lies outside it: what the content's clause is."""
    inside = {t.i for t in tokens}
    roots = [t for t in tokens if t.head.i not in inside or t.head.i == t.i]
    verbs = [t for t in roots if t.pos_ in VERBS]
    found = verbs or roots
    return found[0] if found else None
