"""Quotations of an article: where each verbatim passage in quotation marks stands.

News texts mark quotations with curly double quotes, straight double quotes or doubled
apostrophes (''like this''). A quotation that runs over several paragraphs leaves each of
them unclosed and opens the next one with a new mark; such a quotation is one passage here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# An opening or closing mark: a curly quote, a straight double quote or two apostrophes.
_MARK = re.compile(r"“|”|\"|''|‘‘|’’")
_OPENING_MARKS = frozenset({"“", "‘‘"})
_CLOSING_MARKS = frozenset({"”", "’’"})
_PARAGRAPH = re.compile(r"[^\n]+")


@dataclass(frozen=True)
class Quotation:
    """A quoted passage: `text[start:end]` runs from its opening mark to its closing one
    (or to the end of its last paragraph when the writer left it unclosed)."""

    start: int
    end: int

    def contains(self, offset: int) -> bool:
        """Whether a character offset lies inside the quotation, marks included."""
        return self.start <= offset < self.end

    def overlaps(self, start: int, end: int) -> bool:
        """Whether the characters `start`..`end` (end exclusive) share one with it."""
        return self.start < end and start < self.end


def _paragraph_quotes(text: str, start: int, end: int) -> list[tuple[int, int, bool]]:
    """The quoted passages of one paragraph as (start, end, closed)."""
    found: list[tuple[int, int, bool]] = []
    opened: int | None = None
    for mark in _MARK.finditer(text, start, end):
        symbol = mark.group(0)
        if opened is None:
            if symbol in _CLOSING_MARKS:
                continue  # a stray closing mark (or an apostrophe pair) opens nothing
            opened = mark.start()
        elif symbol in _OPENING_MARKS:
            opened = mark.start()  # a new opening mark: the writer forgot to close the last
        else:
            found.append((opened, mark.end(), True))
            opened = None
    if opened is not None:
        found.append((opened, end, False))
    return found


def find_quotations(text: str) -> list[Quotation]:
    """The article's quotations in order; one that goes on in the next paragraph (left
    unclosed, the next paragraph opening with a quotation mark) counts once."""
    passages: list[Quotation] = []
    carried: int | None = None  # the start of a quotation the last paragraph left open
    for paragraph in _PARAGRAPH.finditer(text):
        quotes = _paragraph_quotes(text, paragraph.start(), paragraph.end())
        indent = len(paragraph.group(0)) - len(paragraph.group(0).lstrip())
        if carried is not None and quotes and quotes[0][0] == paragraph.start() + indent:
            quotes[0] = (carried, quotes[0][1], quotes[0][2])
        carried = None
        for start, end, _ in quotes:
            passages.append(Quotation(start, end))
        if quotes and not quotes[-1][2]:
            carried = quotes[-1][0]
    return _merged(passages)


def _merged(passages: list[Quotation]) -> list[Quotation]:
    """Passages sorted by start with the ones that one longer passage holds dropped."""
    kept: list[Quotation] = []
    for passage in sorted(passages, key=lambda p: (p.start, -p.end)):
        if kept and passage.end <= kept[-1].end:
            continue
        kept.append(passage)
    return kept


def unquoted(text: str) -> str:
    """`text` without the quotation marks and spaces around it."""
    return text.strip(" “”\"'‘’\n")


def is_term(text: str, quotation: Quotation) -> bool:
    """Whether a quotation is a name or a term in quotation marks (the SS-21 “Scarab”, a
    “faker”), not words someone spoke: three words at most, and no end of a clause."""
    inner = unquoted(text[quotation.start : quotation.end])
    return len(inner.split()) <= 3 and inner[-1:] not in {".", ",", "!", "?", ";", ":"}


def quotation_at(quotations: list[Quotation], offset: int) -> Quotation | None:
    """The quotation that holds a character offset, if any."""
    for quotation in quotations:
        if quotation.contains(offset):
            return quotation
    return None
