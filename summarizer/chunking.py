"""Long articles: split into overlapping chunks that fit the model, and merge their briefs.

Chunks end on paragraph boundaries (on sentence boundaries inside a paragraph longer than a
chunk) and each repeats the previous chunk's last paragraph, so a statement that spans the
cut is seen whole at least once. Each chunk is briefed on its own; merging shifts evidence
offsets back to the whole article and drops the items the overlap found twice.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TypeVar

from summarizer.article import Article
from summarizer.attribution import normal
from summarizer.schema import Actor, Brief, Claim, Denial, Evidence, Figure, Provenance, Usage
from summarizer.segmentation import split_sentences

ItemT = TypeVar("ItemT", Claim, Denial, Figure)


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


def _shift(evidence: Evidence, offset: int) -> Evidence:
    return Evidence(quote=evidence.quote, start=evidence.start + offset, end=evidence.end + offset)


def _place(items: Sequence[ItemT], offset: int, into: dict[tuple[int, int], ItemT]) -> None:
    """Put items into `into` by their evidence span in the whole article; first one wins."""
    for item in items:
        evidence = _shift(item.evidence, offset)
        into.setdefault(
            (evidence.start, evidence.end), item.model_copy(update={"evidence": evidence})
        )


def merge(article: Article, parts: list[tuple[int, Brief]]) -> Brief:
    """One brief from the briefs of an article's chunks (each with its offset in the article).

    Evidence offsets become relative to the whole article; an item found in two chunks
    (the overlap) is kept once; actors with the same name are one, their aliases joined.
    """
    if len(parts) == 1 and parts[0][0] == 0:
        return parts[0][1]
    actors: dict[str, Actor] = {}
    claims: dict[tuple[int, int], Claim] = {}
    denials: dict[tuple[int, int], Denial] = {}
    figures: dict[tuple[int, int], Figure] = {}
    for offset, brief in parts:
        for actor in brief.actors:
            known = actors.get(normal(actor.name))
            aliases = sorted({*actor.aliases, *(known.aliases if known else [])})
            actors[normal(actor.name)] = (known or actor).model_copy(update={"aliases": aliases})
        _place(brief.claims, offset, claims)
        _place(brief.denials, offset, denials)
        _place(brief.figures, offset, figures)
    first = parts[0][1]
    provenances = [brief.provenance for _, brief in parts]
    return Brief(
        title=first.title,
        summary=first.summary,
        actors=list(actors.values()),
        claims=[claims[key] for key in sorted(claims)],
        denials=[denials[key] for key in sorted(denials)],
        figures=[figures[key] for key in sorted(figures)],
        dropped=[item for _, brief in parts for item in brief.dropped],
        provenance=Provenance(
            source=article.name,
            article_sha256=article.sha256,
            model=first.provenance.model,
            endpoint=first.provenance.endpoint,
            prompt_versions={k: v for p in provenances for k, v in p.prompt_versions.items()},
            usage=sum((p.usage for p in provenances), Usage()),
            cache_hits=sum(p.cache_hits for p in provenances),
            chunks=len(parts),
        ),
    )
