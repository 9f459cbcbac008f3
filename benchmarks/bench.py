"""Throughput benchmark: our pipeline against the naive loop and against the ideal.

A loopback OpenAI-compatible stub (tests/stub.py, run in a separate process) answers every
call after a fixed latency with an answer recorded from the real model (from cassettes/,
matched on the answer schema, so it is valid for our schemas). In one run it measures:

- sequential_s: the naive loop, one thing at a time (each article parsed, then each of its
  questions asked, article after article);
- concurrent_s: our pipeline at --concurrency, fresh cache;
- speedup = sequential_s / concurrent_s, and ideal_speedup, what perfect overlap would give:
  sequential_s over the larger of two floors no pipeline can go below, the parse spread over
  the parse processes and the calls' latency `concurrency` at a time. The rules decide most
  of an article, so few questions are asked and the parse is usually the floor;
- overhead_ms_per_article: our own cost per article, against a zero-latency stub;
- cached_rerun_s: the same batch again, every brief from the cache;
- peak RSS: this process's after 200 articles and at the end of the zero-latency run, to
  show it stays flat, and its parse workers' (each replaced every 200 articles).

Articles are parsed in --parse-processes worker processes (one per core, as the command
line does; 1 parses in a thread).

    python benchmarks/bench.py --quick          # 100 articles, 200 ms, concurrency 16
    python benchmarks/bench.py                  # 1000 articles
    python benchmarks/bench.py --embedded 2     # also: seconds per seed on the embedded
                                                # model, with and without prefix reuse

The last line printed is one JSON object with every figure.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import json
import math
import multiprocessing
import resource
import sys
import tempfile
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from summarizer import Article, Settings
from summarizer.brief.analysis import Analysis
from summarizer.brief.briefing import brief_many
from summarizer.brief.parsing import one_per_core
from summarizer.brief.steps import steps_for
from summarizer.model.client import ModelClient
from summarizer.model.endpoint import Endpoint, open_endpoint
from summarizer.model.session import Session
from summarizer.settings import LOCAL_MODEL_NAME

REPO = Path(__file__).resolve().parent.parent
# The stub endpoint and the article variants are shared with the test suite.
sys.path.insert(0, str(REPO))
from tests.stub import serve, variants  # noqa: E402


class Stub:
    """The stub server in its own process, so its work is not counted as ours."""

    def __init__(self, latency: float) -> None:
        from summarizer.model.local import free_port

        self.port = free_port()
        ready = multiprocessing.Event()
        self.process = multiprocessing.Process(
            target=serve, args=(self.port, latency, ready), daemon=True
        )
        self.process.start()
        ready.wait(10)
        time.sleep(0.5)  # the app binds right after setting the event

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    def stop(self) -> None:
        self.process.terminate()
        self.process.join(5)


def _settings(base_url: str, cache_dir: Path, concurrency: int, processes: int) -> Settings:
    return Settings.load(
        env={}, base_url=base_url, model=LOCAL_MODEL_NAME, response_format="json_object_schema",
        cache_dir=cache_dir, concurrency=concurrency, max_attempts=1, parse_processes=processes,
    )  # fmt: skip


@dataclass
class Run:
    """One pipeline run: its seconds, failures and calls, and the peak RSS after its first
    `sample_after` articles and at its end (this process, and its finished workers)."""

    seconds: float = 0.0
    failed: int = 0
    calls: int = 0
    rss_mb: dict[str, float] = field(default_factory=dict)


async def pipeline_run(settings: Settings, batch: Iterable[Article], sample_after: int = 0) -> Run:
    """Brief `batch` with our pipeline. Results are counted and dropped as they come (as the
    CLI streams them to disk), never kept."""
    run = Run()
    done = 0
    started = time.perf_counter()
    async with Session(settings) as session:
        async for result in brief_many(session, iter(batch), settings.concurrency):
            run.failed += result.brief is None
            done += 1
            if done == sample_after:
                run.rss_mb[f"after_{done}"] = peak_rss_mb()
        run.calls = session.usage.calls
    run.seconds = time.perf_counter() - started
    if sample_after:
        run.rss_mb[f"after_{done}"] = peak_rss_mb()
        run.rss_mb["workers"] = peak_rss_mb(resource.RUSAGE_CHILDREN)
    return run


@dataclass
class Naive:
    """The naive loop on a sample: seconds parsing, seconds asking, and calls made."""

    articles: int
    parse_s: float
    calls_s: float
    calls: int

    def sequential_s(self, articles: int, calls: int, latency: float) -> float:
        """The naive loop's seconds for `articles` articles asking `calls` questions."""
        per_call = self.calls_s / self.calls if self.calls else latency
        return self.parse_s / self.articles * articles + per_call * calls

    def ideal_s(self, articles: int, waves: int, latency: float, processes: int) -> float:
        """The floor: the parse spread over `processes`, or the calls' latency, `waves` of
        calls one after another."""
        parse = self.parse_s / self.articles * articles / processes
        return max(parse, latency * waves)


async def naive_run(base_url: str, batch: list[Article]) -> Naive:
    """The naive loop: one thing at a time, article after article, the parse then each
    question in turn."""
    settings = _settings(base_url, Path(tempfile.mkdtemp()), 1, 1)
    endpoint = Endpoint(
        "custom", base_url, "no-key", LOCAL_MODEL_NAME, "json_object_schema", base_url
    )
    client = ModelClient(endpoint, settings)
    Analysis(batch[0].text).prepare()  # the pipeline loaded before the clock starts
    naive = Naive(len(batch), 0.0, 0.0, 0)
    for article in batch:
        started = time.perf_counter()
        analysis = Analysis(article.text).prepare()
        naive.parse_s += time.perf_counter() - started
        started = time.perf_counter()
        for step in steps_for(analysis):
            naive.calls += 1
            await client.extract(
                step.messages(analysis), step.answer_model(analysis), analysis.context()
            )
        naive.calls_s += time.perf_counter() - started
    await client.aclose()
    return naive


def peak_rss_mb(who: int = resource.RUSAGE_SELF) -> float:
    return round(resource.getrusage(who).ru_maxrss / 1024, 1)


def throughput(
    count: int, latency_ms: int, concurrency: int, naive_count: int, processes: int
) -> dict[str, Any]:
    batch = list(variants(count))
    stub = Stub(latency_ms / 1000)
    try:
        naive = asyncio.run(naive_run(stub.base_url, batch[:naive_count]))
        cache = Path(tempfile.mkdtemp())
        settings = _settings(stub.base_url, cache, concurrency, processes)
        concurrent = asyncio.run(pipeline_run(settings, batch))
        cached = asyncio.run(pipeline_run(settings, batch))
    finally:
        stub.stop()
    latency = latency_ms / 1000
    sequential_s = naive.sequential_s(count, concurrent.calls, latency)
    # `concurrency` calls at a time: the calls' floor is their waves.
    waves = math.ceil(concurrent.calls / concurrency)
    ideal_s = naive.ideal_s(count, waves, latency, processes)
    zero = Stub(0.0)
    try:
        # Memory is sampled in this run: after 200 articles and at the end.
        settings = _settings(zero.base_url, Path(tempfile.mkdtemp()), concurrency, processes)
        overhead = asyncio.run(pipeline_run(settings, variants(count), sample_after=200))
    finally:
        zero.stop()
    return {
        "articles": count,
        "concurrency": concurrency,
        "parse_processes": processes,
        "latency_ms": latency_ms,
        "calls": concurrent.calls,
        "failed": concurrent.failed,
        "sequential_s": round(sequential_s, 2),
        "sequential_measured_on": naive_count,
        "concurrent_s": round(concurrent.seconds, 2),
        "speedup": round(sequential_s / concurrent.seconds, 1),
        "ideal_speedup": round(sequential_s / ideal_s, 1),
        "share_of_ideal": round(ideal_s / concurrent.seconds, 2),
        "overhead_ms_per_article": round(1000 * overhead.seconds / count, 2),
        "cached_rerun_s": round(cached.seconds, 3),
        "cached_rerun_ms_per_article": round(1000 * cached.seconds / count, 2),
        **{f"peak_rss_mb_{k}": v for k, v in overhead.rss_mb.items()},
    }


def embedded(seeds: int) -> dict[str, Any]:
    """Seconds per seed on the embedded model, with the shared prompt prefix and without it
    (a different first line per step defeats llama.cpp's prefix reuse)."""
    texts = [p.read_text(encoding="utf-8") for p in sorted((REPO / "seeds").glob("*.txt"))][:seeds]
    settings = Settings.load(env={}, use_cache=False)
    timings: dict[str, list[float]] = {"with_prefix_reuse": [], "without_prefix_reuse": []}

    async def one(client: ModelClient, text: str, bust: bool) -> float:
        analysis = Analysis(text)
        started = time.perf_counter()
        for step in steps_for(analysis):  # one at a time: the server serves one request at a time
            messages = step.messages(analysis)
            if bust:
                nonce = f"[request {step.name} {time.time_ns()}]\n"
                messages = [
                    {"role": "system", "content": nonce + str(messages[0]["content"])},
                    messages[1],
                ]
            await client.extract(messages, step.answer_model(analysis), analysis.context())
        return time.perf_counter() - started

    async def timed(endpoint: Endpoint, text: str, bust: bool) -> float:
        # One event loop per client: its connections belong to the loop that opened them.
        client = ModelClient(endpoint, settings)
        try:
            return await one(client, text, bust)
        finally:
            await client.aclose()

    with open_endpoint(settings) as endpoint:
        for text in texts:
            for bust, key in ((False, "with_prefix_reuse"), (True, "without_prefix_reuse")):
                timings[key].append(round(asyncio.run(timed(endpoint, text, bust)), 1))
    return {f"embedded_s_per_seed_{k}": v for k, v in timings.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="100 articles, under a minute")
    parser.add_argument("--articles", type=int)
    parser.add_argument("--latency-ms", type=int, default=200)
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument("--parse-processes", type=int, default=one_per_core(),
                        help="worker processes that parse (default: one per core)")  # fmt: skip
    parser.add_argument("--embedded", type=int, default=0, metavar="N",
                        help="also time the first N seeds on the embedded model")  # fmt: skip
    args = parser.parse_args()
    gc.freeze()  # as `summarizer` does at its start (see summarizer.cli.main)
    count = args.articles or (100 if args.quick else 1000)
    # The naive loop is timed on a sample: at 200 ms a call, 1000 articles would take 17 min.
    result = throughput(
        count, args.latency_ms, args.concurrency, min(count, 10), args.parse_processes
    )
    if args.embedded:
        result.update(embedded(args.embedded))
    for key, value in result.items():
        print(f"{key:>32}: {value}", file=sys.stderr)
    print(json.dumps(result))


if __name__ == "__main__":
    main()
