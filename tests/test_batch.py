"""Batches: bounded, streamed, budgeted; identical requests in flight are sent once."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator

import pytest

from summarizer import (
    Article,
    BriefResult,
    BudgetError,
    Settings,
    Usage,
    asummarize_many,
    summarize_many,
)
from summarizer.cli import main
from summarizer.model.pricing import Price, load_prices
from summarizer.model.recording import make_vcr

from .conftest import CASSETTES_DIR, SEED_PATHS, calls_for, stub_cli_args


def test_the_token_budget_stops_new_articles_once_spent(seed_texts, replay_settings):
    articles = [Article(name, text) for name, text in seed_texts.items()]
    results = summarize_many(articles, settings=replay_settings.with_changes(token_budget=1))
    assert results[0].brief is not None
    assert all(isinstance(r.error, BudgetError) for r in results[1:])
    assert "token budget" in str(results[1].error)


def test_identical_requests_in_flight_are_sent_once(seed_texts, tmp_path):
    name, text = next(iter(seed_texts.items()))
    settings = Settings.load(
        env={}, base_url="http://127.0.0.1:9/v1", model="qwen2.5-coder-1.5b-instruct-q4_k_m",
        response_format="json_object_schema", cache_dir=tmp_path, concurrency=2, max_attempts=1,
    )  # fmt: skip
    # Without playback repeats, a second identical request would find no recording left.
    with make_vcr("none").use_cassette(str(CASSETTES_DIR / f"{name[:-4]}.yaml")):
        first, second = summarize_many(
            [Article("a.txt", text), Article("b.txt", text)], settings=settings
        )
    assert first.brief is not None and second.brief is not None
    calls = first.brief.provenance.usage.calls + second.brief.provenance.usage.calls
    assert calls == calls_for(text)


def test_an_error_raised_while_reading_the_articles_reaches_the_caller(stub_settings, seed_texts):
    def articles() -> Iterator[Article]:
        yield Article("a.txt", next(iter(seed_texts.values())))
        raise RuntimeError("the source broke")

    async def collect() -> list[BriefResult]:
        return [r async for r in asummarize_many(articles(), settings=stub_settings)]

    with pytest.raises(RuntimeError, match="the source broke"):
        asyncio.run(collect())


def test_price_table_turns_tokens_into_dollars(tmp_path):
    path = tmp_path / "prices.json"
    path.write_text(json.dumps({"m": {"prompt": 1.0, "completion": 4.0, "cached": 0.5}}))
    price = load_prices(path)["m"]
    usage = Usage(prompt_tokens=1_000_000, cached_tokens=200_000, completion_tokens=100_000)
    assert price.cost(usage) == pytest.approx(0.8 + 0.1 + 0.4)


def test_cached_price_defaults_to_the_prompt_price(tmp_path):
    path = tmp_path / "prices.json"
    path.write_text(json.dumps({"m": {"prompt": 2.0, "completion": 3.0}}))
    assert load_prices(path)["m"] == Price(prompt=2.0, completion=3.0, cached=2.0)


def test_a_malformed_price_table_is_a_configuration_error(tmp_path):
    from summarizer import ConfigurationError

    path = tmp_path / "prices.json"
    path.write_text('{"m": {"prompt": "free"}}')
    with pytest.raises(ConfigurationError, match="price table"):
        load_prices(path)


@pytest.mark.parametrize("form", ["md", "json", "html"])
def test_a_rerun_keeps_an_output_made_from_the_same_text(
    form, stub, stub_environment, tmp_path, capsys
):
    article, out = tmp_path / "a.txt", tmp_path / "out"
    article.write_text(SEED_PATHS[0].read_text(encoding="utf-8"), encoding="utf-8")
    command = ["brief", str(article), "-o", str(out), "--format", form, *stub_cli_args(stub)]
    assert main(command) == 0
    first = (out / f"a.{form}").stat().st_ino
    capsys.readouterr()
    assert main(command) == 0
    assert (
        "0 briefed (0 from cache, 0 degraded), 0 failed, 1 already briefed (kept)"
        in capsys.readouterr().err
    )
    assert (out / f"a.{form}").stat().st_ino == first  # not written again


def test_a_rerun_briefs_an_article_whose_text_changed(stub, stub_environment, tmp_path, capsys):
    article, out = tmp_path / "a.txt", tmp_path / "out"
    article.write_text(SEED_PATHS[0].read_text(encoding="utf-8"), encoding="utf-8")
    command = ["brief", str(article), "-o", str(out), *stub_cli_args(stub)]
    assert main(command) == 0
    article.write_text(SEED_PATHS[0].read_text(encoding="utf-8") + "\nA line more.\n")
    capsys.readouterr()
    assert main(command) == 0
    assert "1 briefed" in capsys.readouterr().err


def test_a_batch_parsed_in_worker_processes_gives_the_briefs_of_one_parsed_in_threads(
    stub_settings, seed_texts, worker_processes
):
    articles = [Article(name, text) for name, text in list(seed_texts.items())[:3]]
    settings = stub_settings.with_changes(concurrency=3, use_cache=False)
    threads = summarize_many(articles, settings=settings.with_changes(parse_processes=1))
    pooled = summarize_many(articles, settings=settings.with_changes(parse_processes=2))
    assert all(r.brief is not None for r in pooled)
    assert [r.brief.model_dump(exclude={"provenance"}) for r in pooled] == [
        r.brief.model_dump(exclude={"provenance"}) for r in threads
    ]
