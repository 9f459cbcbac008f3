"""Long articles: overlapping chunks on paragraph boundaries, merged without duplicates."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from summarizer import Article, Brief, Claim, Evidence, Provenance, Usage, summarize
from summarizer.brief.chunking import chunk_spans, merge
from summarizer.text.grounding import is_verbatim

LONG = Path(__file__).parent / "data" / "long_article.txt"


def test_a_text_that_fits_is_one_chunk():
    assert chunk_spans("One paragraph.\n\nAnother.", 1000) == [(0, 24)]


def test_chunks_cover_the_text_on_paragraph_boundaries_and_overlap():
    text = LONG.read_text(encoding="utf-8")
    spans = chunk_spans(text, 12_000)
    assert len(spans) > 1
    assert spans[0][0] == 0 and spans[-1][1] == len(text.rstrip("\n"))
    for (_, end), (start, _) in itertools.pairwise(spans):
        assert start < end  # overlap
        assert text[start - 1] == "\n"  # a chunk starts at a paragraph
    assert all(end - start <= 12_000 for start, end in spans)


def test_a_paragraph_longer_than_a_chunk_is_cut_between_sentences():
    text = " ".join(f"Sentence number {n} is here." for n in range(200))
    spans = chunk_spans(text, 1000)
    assert len(spans) > 1
    for start, _ in spans[1:]:
        assert text[start - 2 : start] == ". "


def _brief(claims: list[Claim]) -> Brief:
    provenance = Provenance(
        source="a", article_sha256="0", model="m", endpoint="replay",
        prompt_versions={"claims": 5}, usage=Usage(calls=5),
    )  # fmt: skip
    return Brief(title="T", summary="S", claims=claims, provenance=provenance)


def test_merging_shifts_offsets_and_drops_what_the_overlap_found_twice():
    text = "First para.\nShared para.\nLast para."
    shared_in_first = Evidence(quote="Shared para.", start=12, end=24)
    shared_in_second = Evidence(quote="Shared para.", start=0, end=12)
    last = Evidence(quote="Last para.", start=13, end=23)
    claim = {"speaker": "X", "statement": "s", "presentation": "asserted"}
    merged = merge(
        Article("a", text),
        [(0, _brief([Claim(evidence=shared_in_first, **claim)])),
         (12, _brief([Claim(evidence=shared_in_second, **claim), Claim(evidence=last, **claim)]))],
    )  # fmt: skip
    assert [(c.evidence.start, c.evidence.end) for c in merged.claims] == [(12, 24), (25, 35)]
    assert all(is_verbatim(c.evidence, text) for c in merged.claims)
    assert (merged.provenance.chunks, merged.provenance.usage.calls) == (2, 10)


@pytest.fixture(scope="module")
def long_brief() -> Brief:
    import tempfile

    from summarizer import Settings

    from .conftest import CASSETTES_DIR

    with tempfile.TemporaryDirectory() as cache:
        settings = Settings.load(
            env={}, recording="replay", cassette_dir=CASSETTES_DIR, cache_dir=cache
        )
        return summarize(LONG.read_text(encoding="utf-8"), name=LONG.name, settings=settings)


def test_an_article_beyond_the_models_context_is_briefed_in_chunks(long_brief):
    assert long_brief.provenance.chunks == 4
    assert long_brief.claims and long_brief.denials and long_brief.figures


def test_chunked_evidence_is_verbatim_in_the_whole_article(long_brief):
    text = LONG.read_text(encoding="utf-8")
    for item in [*long_brief.claims, *long_brief.denials, *long_brief.figures]:
        assert is_verbatim(item.evidence, text)


def test_chunked_items_are_not_duplicated(long_brief):
    # One sentence may hold two speakers' statements; the overlap's never twice.
    said = [(i.evidence.start, i.evidence.end, i.speaker) for i in long_brief.claims]
    assert len(said) == len(set(said))
