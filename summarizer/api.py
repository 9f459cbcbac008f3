"""The Python API: brief one text or many, and build a dossier across articles,
synchronously or from async code."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Iterable, Mapping, Sequence
from typing import Any

from summarizer.brief.briefing import brief_article, brief_many, decided_brief, decided_briefs
from summarizer.brief.result import BriefResult
from summarizer.dossier.cross_reference import cross_reference, dossier_of_articles
from summarizer.model.session import Session
from summarizer.schema import Brief, Dossier
from summarizer.settings import Settings
from summarizer.sources.article import Article
from summarizer.sources.web import fetch_article


def _settings(settings: Settings | None, options: dict[str, Any]) -> Settings:
    return settings.with_changes(**options) if settings else Settings.load(**options)


def _article(item: str | Article) -> Article:
    return item if isinstance(item, Article) else Article.from_text(item)


async def asummarize(
    text: str | Article,
    *,
    name: str | None = None,
    settings: Settings | None = None,
    **options: Any,
) -> Brief:
    """Brief one article (async): its text, or an `Article` (read by `read_article` or
    fetched by `fetch_article`). `options` are `Settings` fields (model, base_url,
    cache_dir, recording, ...), applied over `settings` or the environment.

    Raises InputError for empty or over-long text, ConfigurationError when no endpoint is
    set, EndpointError, ModelOutputError or ReplayMissError when the model cannot answer.
    With the `rules_only` option no model is asked (see `decided_brief`).
    """
    article = text if isinstance(text, Article) else Article.from_text(text, name)
    resolved = _settings(settings, options)
    if resolved.rules_only:
        return await asyncio.to_thread(decided_brief, article)
    async with Session(resolved) as session:
        return await brief_article(session, article)


def summarize(
    text: str | Article,
    *,
    name: str | None = None,
    settings: Settings | None = None,
    **options: Any,
) -> Brief:
    """Brief one article's text; see `asummarize` for the options and errors."""
    return asyncio.run(asummarize(text, name=name, settings=settings, **options))


async def asummarize_url(url: str, *, settings: Settings | None = None, **options: Any) -> Brief:
    """Fetch the page at `url` (http or https; cached like an answer unless `refetch`) and
    brief its main text (async). The brief's provenance records the URL, where it led and
    when it was fetched; `fetch_article(url, settings)` gives the text its offsets refer to
    (from the cache, once fetched).

    Raises FetchError when the page cannot be fetched, InputError when it holds no article
    text, and the errors of `asummarize` when the model cannot answer.
    """
    resolved = _settings(settings, options)
    article = await asyncio.to_thread(fetch_article, url, resolved)
    async with Session(resolved) as session:
        return await brief_article(session, article)


def summarize_url(url: str, *, settings: Settings | None = None, **options: Any) -> Brief:
    """Fetch the page at `url` and brief it; see `asummarize_url`."""
    return asyncio.run(asummarize_url(url, settings=settings, **options))


async def asummarize_many(
    articles: Iterable[str | Article],
    *,
    settings: Settings | None = None,
    **options: Any,
) -> AsyncIterator[BriefResult]:
    """Brief many articles with bounded concurrency (`concurrency` option), yielding each
    `BriefResult` as it finishes; a failing article yields its error, the others go on.
    With the `rules_only` option no model is asked: the briefs are our code's rules alone,
    made on every core (`parse_processes`)."""
    resolved = _settings(settings, options)
    if resolved.rules_only:
        async for result in decided_briefs(
            (_article(a) for a in articles), resolved.parse_processes
        ):
            yield result
        return
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


async def abuild_dossier(
    briefs: Sequence[Brief],
    *,
    texts: Mapping[str, str] | None = None,
    settings: Settings | None = None,
    **options: Any,
) -> Dossier:
    """The dossier of briefs already made (async): actors merged across articles, the claim
    ledger, figure conflicts. `texts` (article name to text) give the model each statement's
    context. `options` are `Settings` fields, as for `asummarize`.

    Raises ConfigurationError when no endpoint is set, ReplayMissError when replaying
    without the dossier's cassette; a question the model cannot answer goes to `dropped`.
    """
    async with Session(_settings(settings, options)) as session:
        return await cross_reference(session, briefs, texts)


def build_dossier(
    briefs: Sequence[Brief],
    *,
    texts: Mapping[str, str] | None = None,
    settings: Settings | None = None,
    **options: Any,
) -> Dossier:
    """The dossier of briefs already made; see `abuild_dossier`."""
    return asyncio.run(abuild_dossier(briefs, texts=texts, settings=settings, **options))


async def asummarize_dossier(
    articles: Iterable[str | Article], *, settings: Settings | None = None, **options: Any
) -> Dossier:
    """Brief `articles` (texts or `Article`s; cached or recorded briefs are reused) and
    build their dossier, in one session (async). An article that cannot be briefed is left
    out and listed in the dossier's `dropped`."""
    async with Session(_settings(settings, options)) as session:
        return await dossier_of_articles(session, (_article(a) for a in articles))


def summarize_dossier(
    articles: Iterable[str | Article], *, settings: Settings | None = None, **options: Any
) -> Dossier:
    """Brief `articles` and build their dossier; see `asummarize_dossier`."""
    return asyncio.run(asummarize_dossier(articles, settings=settings, **options))
