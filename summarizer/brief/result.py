"""The outcome of briefing one article in a batch."""

from __future__ import annotations

from dataclasses import dataclass

from summarizer.errors import SummarizerError
from summarizer.schema import Brief
from summarizer.sources.article import Article


@dataclass(frozen=True)
class BriefResult:
    """The outcome of briefing one article in a batch: a brief, or the error that stopped it."""

    article: str
    brief: Brief | None = None
    error: SummarizerError | None = None
    #: The article as briefed: its `text` is what the brief's offsets refer to.
    source: Article | None = None
