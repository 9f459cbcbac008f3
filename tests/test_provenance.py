"""A brief's provenance, built in one place: a long article's adds up its chunks', a brief
served from the cache costs nothing, and every brief says where its article came from."""

from __future__ import annotations

from datetime import UTC, datetime

from summarizer import Article, Provenance, Usage, __version__
from summarizer.brief import provenance

ARTICLE = Article("a.txt", "The mayor said the bridge would reopen.")


def _chunk(
    versions: dict[str, int], calls: int, cache_hits: int = 0, degraded: list[str] | None = None
) -> Provenance:
    return Provenance(
        source="a.txt", article_sha256=ARTICLE.sha256, model="m", endpoint="replay",
        prompt_versions=versions, usage=Usage(calls=calls), cache_hits=cache_hits,
        degraded=degraded or [],
    )  # fmt: skip


def test_a_long_articles_provenance_adds_up_its_chunks():
    merged = provenance.merged(
        ARTICLE,
        [_chunk({"system": 1, "claims": 5}, calls=3, cache_hits=1, degraded=["claims"]),
         _chunk({"system": 1, "summary": 2}, calls=2, cache_hits=2, degraded=["claims"])],
    )  # fmt: skip
    assert merged.prompt_versions == {"system": 1, "claims": 5, "summary": 2}
    assert (merged.usage.calls, merged.cache_hits, merged.chunks) == (5, 3, 2)


def test_a_step_degraded_in_several_chunks_is_named_once():
    chunks = [_chunk({}, calls=1, degraded=["summary", "claims"]), _chunk({}, 1, 0, ["claims"])]
    assert provenance.merged(ARTICLE, chunks).degraded == ["claims", "summary"]


def test_a_brief_served_from_the_cache_costs_nothing_and_counts_its_answers_as_hits():
    kept = _chunk({"claims": 5}, calls=4, cache_hits=1)
    reused = provenance.reused(kept, Article("b.txt", ARTICLE.text))
    assert (reused.source, reused.usage, reused.cache_hits) == ("b.txt", Usage(), 5)


def test_the_origin_says_the_page_an_article_was_fetched_from_and_the_version():
    fetched_at = datetime(2024, 5, 1, tzinfo=UTC)
    page = Article(
        "https://example.com/story", ARTICLE.text, from_html=True,
        url="https://example.com/story", final_url="https://example.com/news/story",
        fetched_at=fetched_at,
    )  # fmt: skip
    stamped = provenance.with_origin(_chunk({}, calls=1), page)
    assert (stamped.source_format, stamped.final_url, stamped.fetched_at) == (
        "html", "https://example.com/news/story", fetched_at,
    )  # fmt: skip
    assert stamped.version == __version__
