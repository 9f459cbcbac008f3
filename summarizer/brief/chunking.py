"""Long articles: split into overlapping chunks that fit the model, and merge their briefs.

Chunks end on paragraph boundaries (on sentence boundaries inside a paragraph longer than a
chunk) and each repeats the previous chunk's last paragraph, so a statement that spans the
cut is seen whole at least once. Each chunk is briefed on its own; merging shifts evidence
offsets back to the whole article and drops the items the overlap found twice.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from summarizer.brief import provenance
from summarizer.brief.steps import STEPS, Step
from summarizer.schema import Brief
from summarizer.sources.article import Article
from summarizer.text.sentences import split_sentences


def _units(text: str, max_chars: int) -> list[tuple[int, int]]:
    """Paragraph spans, with paragraphs longer than `max_chars` cut into sentence runs."""
    units: list[tuple[int, int]] = []
    for paragraph in re.finditer(r"[^\n]+", text):
        start, end = paragraph.span()
        cut = start
        if end - start > max_chars:
            for sentence in split_sentences(paragraph.group(0)):
                if start + sentence.end - cut > max_chars and start + sentence.start > cut:
                    units.append((cut, start + sentence.start))
                    cut = start + sentence.start
        units.append((cut, end))
    return units


def chunk_spans(text: str, max_chars: int) -> list[tuple[int, int]]:
    """Spans of `text` of at most about `max_chars` characters, overlapping by one paragraph.

    A text that fits is one span, the whole text.
    """
    if len(text) <= max_chars:
        return [(0, len(text))]
    units = _units(text, max_chars)
    spans: list[tuple[int, int]] = []
    first = 0
    while first < len(units):
        last = first
        while last + 1 < len(units) and units[last + 1][1] - units[first][0] <= max_chars:
            last += 1
        spans.append((units[first][0], units[last][1]))
        if last + 1 >= len(units):
            break
        # The next chunk starts with this chunk's last paragraph, unless that is all it had.
        first = last if last > first else last + 1
    return spans


def merge(article: Article, parts: list[tuple[int, Brief]], steps: Sequence[Step] = STEPS) -> Brief:
    """One brief from the briefs of an article's chunks (each with its offset in the article).

    Each step merges the field it fills (evidence offsets made relative to the whole
    article, an item the overlap found twice kept once; actors with the same name one,
    their aliases joined); a field no step fills keeps the first chunk's.
    """
    if len(parts) == 1 and parts[0][0] == 0:
        return parts[0][1]
    first = parts[0][1]
    merged = {
        step.field: step.merge([(offset, getattr(brief, step.field)) for offset, brief in parts])
        for step in steps
    }
    return first.model_copy(
        update={
            **merged,
            "dropped": [item for _, brief in parts for item in brief.dropped],
            "provenance": provenance.merged(article, [brief.provenance for _, brief in parts]),
        }
    )
