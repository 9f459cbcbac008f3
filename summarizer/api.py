"""The Python API: brief one text or many, synchronously or from async code."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Iterable
from typing import Any

from summarizer.article import Article
from summarizer.pipeline import BriefResult, Session, brief_many
from summarizer.schema import Brief
from summarizer.settings import Settings


def _settings(settings: Settings | None, options: dict[str, Any]) -> Settings:
    return settings.with_changes(**options) if settings else Settings.load(**options)


def _article(item: str | Article) -> Article:
    return item if isinstance(item, Article) else Article.from_text(item)


async def asummarize(
    text: str, *, name: str | None = None, settings: Settings | None = None, **options: Any
) -> Brief:
    """Brief one article's text (async). `options` are `Settings` fields (model, base_url,
    cache_dir, recording, ...), applied over `settings` or the environment.

    Raises InputError for empty or over-long text, ConfigurationError when no endpoint is
    set, EndpointError, ModelOutputError or ReplayMissError when the model cannot answer.
    """
    article = Article.from_text(text, name)
    async with Session(_settings(settings, options)) as session:
        return await session.brief(article)


def summarize(
    text: str, *, name: str | None = None, settings: Settings | None = None, **options: Any
) -> Brief:
    """Brief one article's text; see `asummarize` for the options and errors."""
    return asyncio.run(asummarize(text, name=name, settings=settings, **options))


async def asummarize_many(
    articles: Iterable[str | Article],
    *,
    settings: Settings | None = None,
    **options: Any,
) -> AsyncIterator[BriefResult]:
    """Brief many articles with bounded concurrency (`concurrency` option), yielding each
    `BriefResult` as it finishes; a failing article yields its error, the others go on."""
    resolved = _settings(settings, options)
    async with Session(resolved) as session:
        async for result in brief_many(
            session, (_article(a) for a in articles), resolved.concurrency
        ):
            yield result


def summarize_many(
    articles: Iterable[str | Article], *, settings: Settings | None = None, **options: Any
) -> list[BriefResult]:
    """Brief many articles; results come back in the order of `articles`."""
    items = [_article(a) for a in articles]

    async def collect() -> list[BriefResult]:
        results = {r.article: r async for r in asummarize_many(items, settings=settings, **options)}
        return [results[a.name] for a in items]

    return asyncio.run(collect())
