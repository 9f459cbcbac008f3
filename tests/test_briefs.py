"""Every seed briefed from its cassette: valid, grounded, reproducible, through the Python API."""

from __future__ import annotations

import asyncio

import pytest

from summarizer import Brief, ReplayMissError, asummarize, summarize, summarize_many
from summarizer.text.grounding import is_verbatim

from .conftest import SEED_PATHS


@pytest.fixture(scope="module")
def briefs(seed_texts) -> dict[str, Brief]:
    """The five seeds, each briefed once from its cassette."""
    import tempfile

    from summarizer import Settings

    from .conftest import CASSETTES_DIR

    with tempfile.TemporaryDirectory() as cache:
        settings = Settings.load(
            env={}, recording="replay", cassette_dir=CASSETTES_DIR, cache_dir=cache
        )
        return {
            name: summarize(text, name=name, settings=settings) for name, text in seed_texts.items()
        }


@pytest.mark.parametrize("path", SEED_PATHS, ids=lambda p: p.name)
def test_every_seed_replays_into_a_brief(briefs, path):
    brief = briefs[path.name]
    assert brief.title and brief.actors
    assert brief.claims or brief.denials


@pytest.mark.parametrize("path", SEED_PATHS, ids=lambda p: p.name)
def test_every_quote_is_verbatim_at_its_offsets(briefs, seed_texts, path):
    brief, text = briefs[path.name], seed_texts[path.name]
    items = [*brief.claims, *brief.denials, *brief.figures]
    assert items
    for item in items:
        assert is_verbatim(item.evidence, text), item


def test_figures_carry_their_parsed_values(briefs):
    values = {f.value for brief in briefs.values() for f in brief.figures}
    assert {15, 250_000, 1500} <= values


def test_what_a_figure_counts_ends_on_a_whole_word(briefs):
    from summarizer.brief.steps.figures import COUNTS_LENGTH

    counts = [f.counts for brief in briefs.values() for f in brief.figures if f.counts]
    assert counts
    for said in counts:
        assert said == " ".join(said.split()).rstrip(" ,;:.-–"), said
        assert len(said) < COUNTS_LENGTH, said


@pytest.mark.parametrize(
    ("answer", "tidy"),
    [
        ("number of missiles sent to Syria, ", "number of missiles sent to Syria"),
        ("contracts that were concluded five or seven years ago and th", "contracts that were "
         "concluded five or seven years ago"),
        ("number of cruise missiles launched by Russian warships in a salvo",
         "number of cruise missiles launched by Russian warships"),
        ("  people   killed ", "people killed"),
        (" , ", None),
    ],
)  # fmt: skip
def test_a_counts_answer_is_tidied_and_a_cut_word_dropped(answer, tidy):
    from summarizer.brief.steps.figures import what_it_counts

    assert what_it_counts(answer) == tidy


def test_provenance_counts_the_tokens_of_every_call(briefs, seed_texts):
    from .conftest import calls_for

    for name, brief in briefs.items():
        usage = brief.provenance.usage
        assert usage.calls == calls_for(seed_texts[name]) + usage.retries
        asked = usage.calls > 0  # a brief whose every item the rules decide asks nothing
        assert (usage.prompt_tokens > 0, usage.completion_tokens > 0) == (asked, asked)
        assert brief.provenance.endpoint == "replay"


def test_a_brief_round_trips_through_json(briefs):
    brief = next(iter(briefs.values()))
    assert Brief.model_validate_json(brief.model_dump_json()) == brief


def test_the_async_api_gives_the_same_brief(briefs, seed_texts, replay_settings):
    name, text = next(iter(seed_texts.items()))
    assert asyncio.run(asummarize(text, name=name, settings=replay_settings)) == briefs[name]


def test_summarize_many_returns_results_in_input_order(seed_texts, replay_settings):
    from summarizer import Article

    articles = [Article(name, text) for name, text in reversed(seed_texts.items())]
    results = summarize_many(articles, settings=replay_settings)
    assert [r.article for r in results] == [a.name for a in articles]
    assert all(r.brief is not None for r in results)


def test_an_article_without_recording_fails_in_replay_naming_it(replay_settings):
    with pytest.raises(ReplayMissError, match="no cassette"):
        summarize("A text nobody recorded. Officials said nothing.", settings=replay_settings)


def test_a_cache_hit_makes_no_http_request(seed_texts, tmp_path):
    """First run: answers come from the cassette and fill the cache. Second run: no cassette,
    an endpoint nobody listens on, a blocked network; it succeeds only from the cache."""
    from summarizer import Settings
    from summarizer.model.recording import cassette

    from .conftest import CASSETTES_DIR, calls_for

    name, text = next(iter(seed_texts.items()))
    settings = Settings.load(
        env={}, base_url="http://127.0.0.1:9/v1", model="qwen2.5-coder-1.5b-instruct-q4_k_m",
        response_format="json_object_schema", cache_dir=tmp_path, max_attempts=1,
    )  # fmt: skip
    replaying = settings.with_changes(recording="replay", cassette_dir=CASSETTES_DIR)
    with cassette(replaying, name.removesuffix(".txt")):
        first = summarize(text, name=name, settings=settings)
    second = summarize(text, name=name, settings=settings)
    assert first.provenance.cache_hits == 0
    assert (second.provenance.cache_hits, second.provenance.usage.calls) == (calls_for(text), 0)
    assert second.model_dump(exclude={"provenance"}) == first.model_dump(exclude={"provenance"})
