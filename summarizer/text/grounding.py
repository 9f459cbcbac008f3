"""Locate quotes in their article: the only place where evidence offsets are made.

A quote locates when it matches the article up to the style of its quote marks, dashes,
runs of whitespace (non-breaking spaces included) and case. Anything else, a paraphrase
above all, does not. The evidence returned always holds the article's own characters.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from summarizer.errors import GroundingError
from summarizer.schema import Evidence

_QUOTE_MARKS = "\"'“”‘’„‟‚‛«»‹›′″`´"
_DASHES = "-‐‑‒–—―−"


def _fold(char: str) -> str:
    """Map one character to its comparison form (a string of length 1)."""
    if char in _QUOTE_MARKS:
        return "'"
    if char in _DASHES:
        return "-"
    if char.isspace():
        return " "
    lower = char.lower()
    # A few characters lower-case to two (İ); keep those as they are so offsets stay 1:1.
    return lower if len(lower) == 1 else char


@dataclass(frozen=True)
class _Folded:
    """An article in comparison form, with each folded character's offset in the original."""

    text: str
    offsets: tuple[int, ...]


@lru_cache(maxsize=64)
def _fold_text(text: str) -> _Folded:
    chars: list[str] = []
    offsets: list[int] = []
    for index, char in enumerate(text):
        folded = _fold(char)
        if folded == " " and chars and chars[-1] == " ":
            continue  # a run of whitespace compares as one space
        chars.append(folded)
        offsets.append(index)
    return _Folded("".join(chars), tuple(offsets))


def _fold_quote(quote: str) -> str:
    return _fold_text(quote.strip()).text


def locate(quote: str, article: str, near: int | None = None) -> Evidence:
    """Find `quote` in `article` and return it as evidence with the article's own characters.

    When the quote occurs more than once, the occurrence closest to offset `near` wins
    (the first one without it). Raises GroundingError when the quote does not occur.
    """
    needle = _fold_quote(quote)
    if not needle:
        raise GroundingError("the quote is empty")
    folded = _fold_text(article)
    hits: list[int] = []
    position = folded.text.find(needle)
    while position != -1:
        hits.append(position)
        position = folded.text.find(needle, position + 1)
    if not hits:
        raise GroundingError(f"this quote is not in the article: {quote.strip()[:120]!r}")
    best = hits[0]
    if near is not None:
        best = min(hits, key=lambda hit: abs(folded.offsets[hit] - near))
    start = folded.offsets[best]
    end = folded.offsets[best + len(needle) - 1] + 1
    return Evidence(quote=article[start:end], start=start, end=end)


def span(article: str, start: int, end: int) -> Evidence:
    """Evidence for a span our own code found (a sentence, a number); checks the bounds."""
    if not 0 <= start < end <= len(article):
        raise GroundingError(f"span {start}:{end} is outside the article")
    return Evidence(quote=article[start:end], start=start, end=end)


def is_verbatim(evidence: Evidence, article: str) -> bool:
    """True when the evidence's quote stands at its offsets in the article."""
    return article[evidence.start : evidence.end] == evidence.quote
