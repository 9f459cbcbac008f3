"""Split an article into sentences with exact character offsets.

Sentences are the unit the model points at: the prompt shows the article as numbered
sentences, and claims and denials name a sentence number instead of copying text, so
their evidence is grounded by construction.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from summarizer.text.lexicon import ABBREVIATIONS

# A sentence ends at . ! or ?, maybe followed by closing quotes or brackets, then space.
_BOUNDARY = re.compile(r"[.!?][\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9])")
_PARAGRAPH = re.compile(r"[^\n]+")


@dataclass(frozen=True)
class Sentence:
    """One sentence: its 1-based number and `article[start:end] == text`."""

    number: int
    start: int
    end: int
    text: str


def _ends_with_abbreviation(text: str) -> bool:
    word = re.search(r"([A-Za-z.]+)\.$", text)
    if word is None:
        return False
    token = word.group(1).lower()
    return token in ABBREVIATIONS or len(token) == 1  # an initial: "John F. Kennedy"


def split_sentences(article: str) -> list[Sentence]:
    """Return the sentences of `article` in order, numbered from 1, whitespace trimmed."""
    spans: list[tuple[int, int]] = []
    for paragraph in _PARAGRAPH.finditer(article):
        start = paragraph.start()
        for boundary in _BOUNDARY.finditer(article, paragraph.start(), paragraph.end()):
            candidate = article[start : boundary.start() + 1]
            if article[boundary.start()] == "." and _ends_with_abbreviation(candidate):
                continue
            spans.append((start, boundary.end()))
            start = boundary.end()
        spans.append((start, paragraph.end()))
    sentences: list[Sentence] = []
    for start, end in spans:
        text = article[start:end]
        stripped = text.strip()
        if not stripped:
            continue
        left = start + (len(text) - len(text.lstrip()))
        right = left + len(stripped)
        sentences.append(Sentence(len(sentences) + 1, left, right, stripped))
    return sentences
