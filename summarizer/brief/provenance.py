"""A brief's provenance (`schema.Provenance`), built here and nowhere else: for one chunk
from its steps' results, for a long article from its chunks' provenances, for a brief
taken from the cache, and stamped with where its article came from.

A chunk's and a whole article's provenance are made by one function, so that the two
cannot come to count calls, cache hits or degraded steps differently.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from summarizer.brief.steps import Step, StepResult
from summarizer.schema import EndpointKind, Provenance, Usage
from summarizer.sources.article import Article
from summarizer.version import __version__


def of_chunk(
    article: Article, results: Mapping[Step, StepResult], model: str, endpoint: EndpointKind
) -> Provenance:
    """The provenance of one chunk's brief: the prompts its steps were asked with, what
    they cost, the answers the cache served, and the steps that fell back to our rules."""
    return _made(
        article,
        model,
        endpoint,
        prompt_versions=[step.prompt_versions() for step in results],
        usages=[result.usage for result in results.values()],
        cache_hits=sum(result.cached for result in results.values()),
        degraded=[step.name for step, result in results.items() if result.fell_back],
    )


def merged(article: Article, provenances: Sequence[Provenance]) -> Provenance:
    """The provenance of a long article's brief from its chunks' (in order; at least one):
    the first chunk's model and endpoint, every chunk's prompts, costs and degraded steps."""
    first = provenances[0]
    return _made(
        article,
        first.model,
        first.endpoint,
        prompt_versions=[provenance.prompt_versions for provenance in provenances],
        usages=[provenance.usage for provenance in provenances],
        cache_hits=sum(provenance.cache_hits for provenance in provenances),
        degraded=[name for provenance in provenances for name in provenance.degraded],
        chunks=len(provenances),
    )


def _made(
    article: Article,
    model: str,
    endpoint: EndpointKind,
    *,
    prompt_versions: Iterable[Mapping[str, int]],
    usages: Iterable[Usage],
    cache_hits: int,
    degraded: Iterable[str],
    chunks: int = 1,
) -> Provenance:
    """A provenance from its parts; prompt versions in the order first seen, degraded steps
    once each, by name."""
    return Provenance(
        source=article.name,
        article_sha256=article.sha256,
        model=model,
        endpoint=endpoint,
        prompt_versions={
            name: version for versions in prompt_versions for name, version in versions.items()
        },
        usage=sum(usages, Usage()),
        cache_hits=cache_hits,
        degraded=sorted(set(degraded)),
        chunks=chunks,
    )


def reused(provenance: Provenance, article: Article) -> Provenance:
    """The provenance of a kept brief served as this article's: under its name, costing
    nothing, every answer it was made of counted as served from the cache."""
    return provenance.model_copy(
        update={
            "source": article.name,
            "usage": Usage(),
            "cache_hits": provenance.usage.calls + provenance.cache_hits,
        }
    )


def with_origin(provenance: Provenance, article: Article) -> Provenance:
    """`provenance` saying where the article came from (a file or a page, a URL and when it
    was fetched) and which summarizer made the brief."""
    return provenance.model_copy(
        update={
            "source_format": "html" if article.from_html else "text",
            "url": article.url,
            "final_url": article.final_url,
            "fetched_at": article.fetched_at,
            "version": __version__,
        }
    )
