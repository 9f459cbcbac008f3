"""Article in, `Brief` out: ask each step's question of the model, then assemble the items.

The chunks of a long article go one after the other, the steps of a chunk at once: they
share the chunk as their prompt prefix, and a server that keeps one prefix in its cache
(llama.cpp) would lose it if it had to alternate between chunks. Every evidence span is
located by our code.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable, Sequence
from contextlib import nullcontext
from typing import Any

from summarizer.brief import provenance
from summarizer.brief.analysis import Analysis
from summarizer.brief.attribution import with_allegiance
from summarizer.brief.chunking import chunk_spans, merge
from summarizer.brief.parsing import ParsePool, Preparer, prepare_in_thread, processes_for
from summarizer.brief.result import BriefResult
from summarizer.brief.steps import STEPS, Assembly, Judgement, Step, StepResult, steps_for
from summarizer.errors import BudgetError, ModelOutputError, SummarizerError
from summarizer.model.protocol import ModelSession
from summarizer.schema import Brief, Dropped, EndpointKind, Usage
from summarizer.settings import RecordingMode
from summarizer.sources.article import Article
from summarizer.text.nlp import DEFAULT_PIPELINE, pipeline_identity
from summarizer.version import code_fingerprint


async def brief_article(
    session: ModelSession,
    article: Article,
    recording: RecordingMode | None = None,
    steps: Sequence[Step] = STEPS,
    prepare: Preparer = prepare_in_thread,
) -> Brief:
    """Brief one article with `steps`; `recording` overrides the settings' cassette mode;
    `prepare` parses it (in a thread, or in a worker process of a `ParsePool`).

    A brief an earlier run made of the same text, with the same code, prompts, pipeline,
    model and settings, is taken from the session's cache as it is: no parse, no question.
    Raises SummarizerError subclasses when a step cannot be done.
    """
    made_of = _made_of(session, article, steps)
    if (kept := session.recall(made_of)) is not None:
        brief = Brief.model_validate_json(kept)
        reused = provenance.reused(brief.provenance, article)
        return with_origin(brief.model_copy(update={"provenance": reused}), article)
    chunks = [
        (start, Analysis(article.text[start:end], session.settings.spacy_pipeline))
        for start, end in chunk_spans(article.text, session.settings.chunk_chars)
    ]
    parts = []
    # Replay and record are per article: one cassette per article's brief.
    with session.cassette(article.stem, recording):
        for start, analysis in chunks:
            # The parse takes most of our own time per article: elsewhere, while the event
            # loop goes on with the other articles' requests.
            await prepare(analysis)
            asked = steps_for(analysis, steps)
            results = await asyncio.gather(*(_run(session, step, analysis) for step in asked))
            done = dict(zip(asked, results, strict=True))
            parts.append(
                (
                    start,
                    assemble(article, analysis, done, session.model, session.endpoint_kind, steps),
                )
            )
    brief = merge(article, parts, steps)
    if not brief.provenance.degraded:
        # A degraded brief is made again next time: the model may answer by then.
        session.keep(made_of, brief.model_dump_json())
    return with_origin(brief, article)


def _made_of(session: ModelSession, article: Article, steps: Sequence[Step]) -> dict[str, Any]:
    """All that makes an article's brief but the model and its endpoint (which the session
    adds): the text, our code and prompts, the parse, how the article is cut."""
    return {
        "brief": article.sha256,
        "code": code_fingerprint(),
        "prompts": {
            name: version
            for step in steps
            if step.asks
            for name, version in step.prompt_versions().items()
        },
        "steps": [step.name for step in steps],
        "pipeline": pipeline_identity(session.settings.spacy_pipeline or DEFAULT_PIPELINE),
        "chunk_chars": session.settings.chunk_chars,
    }


def with_origin(brief: Brief, article: Article) -> Brief:
    """`brief` with its provenance saying where the article came from (a file or a page, a
    URL and when it was fetched) and which summarizer made it."""
    return brief.model_copy(
        update={"provenance": provenance.with_origin(brief.provenance, article)}
    )


async def _run(session: ModelSession, step: Step, analysis: Analysis) -> StepResult:
    """One step's question and its result. An answer that stays unusable after the re-asks
    keeps its valid parts and our code's rules decide the rest: the result says it fell
    back (the brief is degraded), unless the settings are strict, where it raises
    ModelOutputError and the article fails."""
    try:
        answered = await session.ask(
            step.messages(analysis),
            step.answer_model(analysis),
            step.prompt_versions(),
            analysis.context(),
        )
    except ModelOutputError as error:
        if session.settings.strict:
            raise ModelOutputError(f"step {step.name}: {error}") from error
        # A partial or failed answer is never cached; what is dropped is listed in the brief.
        judgement = step.salvage(error.last_text, analysis)
        if judgement is None:
            failed = Dropped(step=step.name, item=(error.last_text or "")[:300], reason=str(error))
            judgement = Judgement(dropped=[failed])
        return StepResult(None, judgement, error.usage or Usage(), cached=False, fell_back=True)
    return step.result(answered.answer, answered.usage, answered.cached)


def decided_brief(article: Article, steps: Sequence[Step] = STEPS) -> Brief:
    """The brief our code's rules make of an article without asking any model: the
    statements whose speaker the parse names, every figure, the actors, a summary built from
    the items. What the evaluation scores as "rules only"; rules have no context window, so
    the article is one chunk."""
    return with_origin(
        assemble(article, Analysis(article.text), {}, RULES_ONLY_MODEL, "rules", steps), article
    )


#: The model a brief made by our rules alone names in its provenance.
RULES_ONLY_MODEL = "none"


def assemble(
    article: Article,
    analysis: Analysis,
    results: dict[Step, StepResult],
    model: str,
    endpoint: EndpointKind,
    steps: Sequence[Step] = STEPS,
) -> Brief:
    """Build the brief of one chunk from its steps' results, each step filling its field."""
    assembly = Assembly(
        analysis,
        dropped=[d for r in results.values() if r.judgement for d in r.judgement.dropped],
    )
    for step in steps:
        step.build(assembly, results.get(step))
    return Brief(
        title=analysis.headline,
        **{"summary": "", **assembly.fields, "actors": with_allegiance(assembly.roster.actors)},
        dropped=assembly.dropped,
        provenance=provenance.of_chunk(article, results, model, endpoint),
    )


async def brief_many(
    session: ModelSession,
    articles: Iterable[Article],
    concurrency: int,
    recording: RecordingMode | None = None,
) -> AsyncIterator[BriefResult]:
    """Brief many articles, at most `concurrency` at once, yielding results as they finish.

    Articles are taken from `articles` only as slots free up, so a batch of any size holds
    at most `concurrency` articles in memory. A failing article yields its error and the
    others go on. Once the session's tokens reach `settings.token_budget`, articles not yet
    started yield a BudgetError. Where the session says so (the embedded model, replay and
    record), articles go one at a time; otherwise several are parsed at once, in worker
    processes (`settings.parse_processes`, one per core by default).
    """
    settings = session.settings
    limit = 1 if session.one_at_a_time else concurrency
    budget = settings.token_budget
    processes = processes_for(settings.parse_processes)

    async def one(article: Article, prepare: Preparer) -> BriefResult:
        spent = session.usage.prompt_tokens + session.usage.completion_tokens
        if budget is not None and spent >= budget:
            error = BudgetError(f"not started: the run's token budget ({budget:,}) is spent")
            return BriefResult(article.name, error=error)
        try:
            brief = await brief_article(session, article, recording, prepare=prepare)
        except SummarizerError as error:
            return BriefResult(article.name, error=error, source=article)
        return BriefResult(article.name, brief=brief, source=article)

    pooled = limit > 1 and processes > 1
    with ParsePool(processes, settings.spacy_pipeline) if pooled else nullcontext() as pool:
        prepare = pool.prepare if pool is not None else prepare_in_thread
        async for result in in_slots(articles, limit, lambda a: one(a, prepare)):
            yield result


async def decided_briefs(
    articles: Iterable[Article], processes: int | None = None
) -> AsyncIterator[BriefResult]:
    """The briefs our code's rules alone make of `articles` (see `decided_brief`), no model
    asked, made in `processes` worker processes (one per core by default), yielded as they
    finish; an article that cannot be briefed yields its error and the others go on."""
    workers = processes_for(processes)

    async def one(article: Article, pool: ParsePool | None) -> BriefResult:
        try:
            if pool is None:
                brief = await asyncio.to_thread(decided_brief, article)
            else:
                brief = await pool.run(decided_brief, article)
        except SummarizerError as error:
            return BriefResult(article.name, error=error, source=article)
        return BriefResult(article.name, brief=brief, source=article)

    with ParsePool(workers, None) if workers > 1 else nullcontext() as pool:
        # Two articles a worker in flight: none waits for the next to be sent.
        async for result in in_slots(articles, 2 * workers, lambda a: one(a, pool)):
            yield result


async def in_slots(
    articles: Iterable[Article],
    limit: int,
    work: Callable[[Article], Awaitable[BriefResult]],
) -> AsyncIterator[BriefResult]:
    """`work` on each of `articles`, at most `limit` at once, yielding results as they
    finish; articles are read from the iterator only as slots free up."""
    source = iter(articles)
    taking = threading.Lock()

    def take() -> Article | None:
        # Reading an article may mean fetching a page: in a worker thread, so that the
        # other articles' requests go on meanwhile; one thread at a time, as an iterator
        # can only be read.
        with taking:
            return next(source, None)

    # A few long-lived workers, each taking the next article as soon as it is done with
    # one: a new article starts without a round trip through this generator and the event
    # loop, and the finished ones wait in a queue as short as the concurrency.
    finished: asyncio.Queue[BriefResult | Exception | None] = asyncio.Queue(limit)

    async def worker() -> None:
        try:
            while (article := await asyncio.to_thread(take)) is not None:
                await finished.put(await work(article))
        except Exception as error:  # the articles' iterator failed, or a bug: say so
            await finished.put(error)
            return
        await finished.put(None)

    workers = [asyncio.ensure_future(worker()) for _ in range(limit)]
    try:
        for _ in workers:
            while (item := await finished.get()) is not None:
                if isinstance(item, Exception):
                    raise item
                yield item
    finally:
        for task in workers:
            task.cancel()
