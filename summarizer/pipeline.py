"""Article in, `Brief` out: run the steps (cached, recorded), ground and assemble the items.

A `Session` owns what a run shares: the endpoint (the embedded server, if that is the one),
one client and connection pool, the response cache. The steps of one article run
concurrently; they share the article prefix of their prompts.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable
from dataclasses import dataclass, replace
from types import TracebackType
from typing import Any, TypeVar

from openai.types.chat import ChatCompletionMessageParam
from pydantic import BaseModel, ValidationError

from summarizer.article import Article
from summarizer.attribution import Roster, clean_speaker
from summarizer.cache import ResponseCache, cache_key
from summarizer.candidates import answered_party, statement_of
from summarizer.chunking import chunk_spans, merge
from summarizer.client import ModelClient
from summarizer.endpoint import Endpoint, open_endpoint
from summarizer.errors import BudgetError, ModelOutputError, SummarizerError
from summarizer.grounding import locate, span
from summarizer.recording import cassette
from summarizer.schema import (
    Actor,
    Brief,
    Claim,
    Denial,
    Dropped,
    Evidence,
    Figure,
    Provenance,
    Usage,
)
from summarizer.segmentation import Sentence
from summarizer.settings import RecordingMode, Settings
from summarizer.steps import (
    ACTORS,
    CLAIMS,
    COUNTS_LENGTH,
    DENIALS,
    FIGURES,
    SUMMARY,
    ActorsAnswer,
    Analysis,
    Judgement,
    Step,
    SummaryAnswer,
)

AnswerT = TypeVar("AnswerT", bound=BaseModel)


@dataclass(frozen=True)
class StepResult:
    """What one step produced and what it cost. `answer` is the validated answer of a step
    without candidates; `judgement` holds the verdicts of a step with candidates."""

    answer: BaseModel | None
    judgement: Judgement | None
    usage: Usage
    cached: bool


class Session:
    """Everything a run shares. Use as `async with Session(settings) as session:`."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._stack = contextlib.ExitStack()
        self.endpoint: Endpoint | None = None
        self._client: ModelClient | None = None
        self._cache: ResponseCache | None = None
        # Calls under way, by cache key: an identical request waits for the first one.
        self._inflight: dict[str, asyncio.Future[StepResult]] = {}
        #: Tokens spent by this session so far, retries included.
        self.usage = Usage()

    async def __aenter__(self) -> Session:
        try:
            # Starting the embedded server blocks for seconds; keep the event loop free.
            self.endpoint = await asyncio.to_thread(
                self._stack.enter_context, open_endpoint(self.settings)
            )
            use_cache = self.settings.use_cache and self.settings.recording == "off"
            self._cache = ResponseCache(self.settings.cache_dir if use_cache else None)
            self._stack.callback(self._cache.close)
            self._client = ModelClient(self.endpoint, self.settings)
        except BaseException:
            self._stack.close()
            raise
        return self

    async def __aexit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        try:
            if self._client is not None:
                await self._client.aclose()
        finally:
            self._stack.close()

    @property
    def client(self) -> ModelClient:
        if self._client is None:
            raise SummarizerError("the session is not open: use 'async with Session(...)'")
        return self._client

    async def brief(self, article: Article, recording: RecordingMode | None = None) -> Brief:
        """Brief one article; `recording` overrides the settings' cassette mode for it.

        Raises SummarizerError subclasses when a step cannot be done.
        """
        chunks = [
            (start, Analysis(article.text[start:end]))
            for start, end in chunk_spans(article.text, self.settings.chunk_chars)
        ]
        parts = []
        # Replay and record are per article: one cassette per article's brief.
        settings = self.settings.with_changes(recording=recording)
        with cassette(settings, article.stem):
            # Chunks one after the other, the steps of a chunk at once: the steps share the
            # chunk as their prompt prefix, and a server that keeps one prefix in its cache
            # (llama.cpp) would lose it if it had to alternate between chunks.
            for start, analysis in chunks:
                steps = analysis.steps
                results = await asyncio.gather(*(self._run(step, analysis) for step in steps))
                done = dict(zip(steps, results, strict=True))
                parts.append((start, assemble(article, analysis, done, self)))
        brief = merge(article, parts)
        if not article.from_html:
            return brief
        provenance = brief.provenance.model_copy(update={"source_format": "html"})
        return brief.model_copy(update={"provenance": provenance})

    async def _run(self, step: Step, analysis: Analysis) -> StepResult:
        messages = step.messages(analysis)
        context = analysis.context()
        answer_model = step.answer_model(analysis)

        async def call() -> StepResult:
            try:
                completion = await self.client.extract(messages, answer_model, context)
            except ModelOutputError as error:
                self.usage += error.usage or Usage()
                # Keep the valid parts, report the others; a partial answer is never cached.
                judgement = step.salvage(error.last_text, analysis)
                if judgement is None:
                    raise ModelOutputError(f"step {step.name}: {error}") from error
                return StepResult(None, judgement, error.usage or Usage(), cached=False)
            return self._store(key, step, completion.answer, completion.usage)

        key = self._key(answer_model, step.prompt_versions(), messages)
        hit = self._hit(key, answer_model, context)
        if hit is not None:
            return _result(step, hit, Usage(), cached=True)
        return await self._once(key, call)

    async def ask(
        self,
        messages: list[ChatCompletionMessageParam],
        answer_model: type[AnswerT],
        prompt_versions: dict[str, int],
    ) -> tuple[AnswerT, Usage, bool]:
        """One schema-constrained question outside the article steps (the dossier's), cached
        and deduplicated like them. Returns the answer, its cost and whether it was cached.

        Raises EndpointError, ModelOutputError or ReplayMissError when it cannot be answered.
        """

        async def call() -> StepResult:
            try:
                completion = await self.client.extract(messages, answer_model, {})
            except ModelOutputError as error:
                self.usage += error.usage or Usage()
                raise
            return self._store(key, None, completion.answer, completion.usage)

        key = self._key(answer_model, prompt_versions, messages)
        hit = self._hit(key, answer_model, None)
        if hit is None:
            result = await self._once(key, call)
        else:
            result = _result(None, hit, Usage(), cached=True)
        assert isinstance(result.answer, answer_model)
        return result.answer, result.usage, result.cached

    def _key(
        self,
        answer_model: type[BaseModel],
        prompt_versions: dict[str, int],
        messages: list[ChatCompletionMessageParam],
    ) -> str:
        return cache_key(
            {
                "endpoint": self.client.endpoint.identity,
                "response_format": self.client.endpoint.response_format,
                "options": self.client.request_options(answer_model),
                "schema": answer_model.model_json_schema(),
                "prompts": prompt_versions,
                "messages": messages,
            }
        )

    def _hit(
        self, key: str, answer_model: type[BaseModel], context: dict[str, Any] | None
    ) -> BaseModel | None:
        """The cached answer under `key`, if there is one valid for today's schema."""
        assert self._cache is not None
        hit = self._cache.get(key)
        if hit is None:
            return None
        try:
            return answer_model.model_validate_json(hit, context=context)
        except ValidationError:
            return None  # an entry from an older schema: ask again

    async def _once(self, key: str, call: Callable[[], Awaitable[StepResult]]) -> StepResult:
        """Run `call`, unless an identical request is under way: then share its result."""
        while (shared := self._inflight.get(key)) is not None:
            try:
                result = await asyncio.shield(shared)
            except asyncio.CancelledError:
                if shared.cancelled():
                    continue  # the caller making it was cancelled, not us: make it ourselves
                raise
            return replace(result, usage=Usage(), cached=True)
        # Made in this task, not a task of its own: that would cost two more turns of the
        # event loop per call, and a busy loop's turn is long.
        future: asyncio.Future[StepResult] = asyncio.get_running_loop().create_future()
        self._inflight[key] = future
        try:
            result = await call()
        except asyncio.CancelledError:
            future.cancel()
            raise
        except BaseException as error:
            future.set_exception(error)
            future.exception()  # retrieved: no warning when nobody else was waiting
            raise
        finally:
            self._inflight.pop(key, None)
        future.set_result(result)
        return result

    def _store(self, key: str, step: Step | None, answer: BaseModel, usage: Usage) -> StepResult:
        """Count a fresh, validated answer and cache it."""
        self.usage += usage
        assert self._cache is not None
        self._cache.set(key, answer.model_dump_json())
        return _result(step, answer, usage, cached=False)


def _result(step: Step | None, answer: BaseModel, usage: Usage, cached: bool) -> StepResult:
    if step is None or step.verdicts is None:
        return StepResult(answer, None, usage, cached)
    return StepResult(None, step.judgement(answer), usage, cached)


def _whole_sentences(text: str) -> str:
    """The text up to its last full stop: the summary's length limit may cut it mid-word."""
    text = text.strip()
    if text[-1:] in ".!?" or "." not in text:
        return text
    return text[: text.rfind(".") + 1]


def _what_it_counts(text: str | None) -> str | None:
    """What a figure counts, tidied: whitespace runs made single, trailing punctuation
    dropped, and where the length bound cut the answer, the cut word and the little words
    left dangling before it ("launched by Russian warships in a")."""
    if text is None:
        return None
    words = text.split()
    if len(" ".join(words)) >= COUNTS_LENGTH and len(words) > 1:
        words.pop()
        while len(words) > 1 and words[-1].casefold() in _DANGLING:
            words.pop()
    return " ".join(words).rstrip(" ,;:.-–") or None


_DANGLING = frozenset("a an the of in on at to by for from with and or".split())


def _actors(answer: ActorsAnswer | None) -> list[Actor]:
    """The model's actors as brief actors (the Roster drops duplicates and empty names)."""
    return [
        Actor(
            name=item.name.strip(),
            kind=item.kind,
            role=item.role,
            aliases=sorted({a.strip() for a in item.aliases if a.strip() and a != item.name}),
        )
        for item in (answer.actors if answer else [])
    ]


def assemble(
    article: Article, analysis: Analysis, results: dict[Step, StepResult], session: Session
) -> Brief:
    """Build the brief from the steps' answers; every evidence span is located by our code."""
    text = analysis.text
    summary = results[SUMMARY].answer if SUMMARY in results else None
    actors_answer = results[ACTORS].answer if ACTORS in results else None
    actors = _actors(actors_answer if isinstance(actors_answer, ActorsAnswer) else None)

    def judged(step: Step) -> Judgement:
        result = results.get(step)
        return result.judgement if result and result.judgement else Judgement()

    def sentence_items(
        step: Step, candidates: list[Sentence], decided: dict[int, str]
    ) -> list[_Said]:
        """Each statement, one per sentence, in the article's order: the candidates whose
        words decided their kind, the model's verdicts on the others, and its added items.

        The speaker is the one the sentence's grammar names ("X said") when our code found
        one, else the model's; an item whose speaker names nobody is dropped.
        """
        judgement = judged(step)
        found: dict[int, _Said] = {}

        def keep(kind: str, speaker: str | None, sentence: Sentence) -> None:
            if kind == "none" or sentence.start in found:
                return
            speaker = analysis.speakers.get(sentence.number) or clean_speaker(speaker)
            if speaker is None:
                dropped.append(
                    Dropped(step=step.name, item=sentence.text[:300], reason="no speaker named")
                )
                return
            found[sentence.start] = _Said(
                kind,
                speaker,
                roster.attribute(speaker),
                statement_of(sentence.text, speaker),
                span(text, sentence.start, sentence.end),
            )

        for sentence in candidates:
            if (kind := decided.get(sentence.number)) is not None:
                keep(kind, None, sentence)
            elif (verdict := judgement.verdicts.get(f"s{sentence.number}")) is not None:
                keep(verdict.kind, getattr(verdict, "speaker", None), sentence)
        for item in judgement.added:
            keep(item.kind, item.speaker, analysis.sentence_of(locate(item.quote, text)))
        return [found[start] for start in sorted(found)]

    dropped: list[Dropped] = [
        d for r in results.values() if r.judgement for d in r.judgement.dropped
    ]
    roster = Roster(actors)
    roster.add_names(analysis.names)
    claims = [
        Claim(
            speaker=said.speaker,
            actor=said.actor,
            statement=said.statement,
            presentation=said.kind,
            evidence=said.evidence,
        )
        for said in sentence_items(CLAIMS, analysis.claim_candidates, analysis.claim_kinds)
    ]
    denials = [
        Denial(
            speaker=said.speaker,
            actor=said.actor,
            denied=said.statement,
            answers=answered_party(said.evidence.quote),
            kind=said.kind,
            evidence=said.evidence,
        )
        for said in sentence_items(DENIALS, analysis.denial_candidates, analysis.denial_kinds)
    ]
    figure_verdicts = judged(FIGURES).verdicts
    figures = [
        Figure(
            value=candidate.value,
            unit=candidate.unit,
            counts=_what_it_counts(verdict.counts) if verdict else None,
            qualifier=candidate.qualifier,
            text=candidate.text,
            evidence=span(text, candidate.start, candidate.end),
        )
        for candidate in analysis.figures
        if (verdict := figure_verdicts.get(f"f{candidate.number}")) is None
        or getattr(verdict, "quantity", True)
    ]

    usage = sum((r.usage for r in results.values()), Usage())
    endpoint = session.client.endpoint
    return Brief(
        title=analysis.headline,
        summary=_whole_sentences(summary.summary) if isinstance(summary, SummaryAnswer) else "",
        actors=roster.actors,
        claims=claims,
        denials=denials,
        figures=figures,
        dropped=dropped,
        provenance=Provenance(
            source=article.name,
            article_sha256=article.sha256,
            model=endpoint.model,
            endpoint=endpoint.kind,
            prompt_versions={
                name: version
                for step in results
                for name, version in step.prompt_versions().items()
            },
            usage=usage,
            cache_hits=sum(r.cached for r in results.values()),
        ),
    )


@dataclass(frozen=True)
class _Said:
    """A claim or denial on its way into the brief."""

    kind: Any  # a Presentation or a DenialKind
    speaker: str
    actor: str
    statement: str
    evidence: Evidence


@dataclass(frozen=True)
class BriefResult:
    """The outcome of briefing one article in a batch: a brief, or the error that stopped it."""

    article: str
    brief: Brief | None = None
    error: SummarizerError | None = None
    #: The article as briefed: its `text` is what the brief's offsets refer to.
    source: Article | None = None


async def brief_many(
    session: Session,
    articles: Iterable[Article],
    concurrency: int,
    recording: RecordingMode | None = None,
) -> AsyncIterator[BriefResult]:
    """Brief many articles, at most `concurrency` at once, yielding results as they finish.

    Articles are taken from `articles` only as slots free up, so a batch of any size holds
    at most `concurrency` articles in memory. A failing article yields its error and the
    others go on. Once the session's tokens reach `settings.token_budget`, articles not yet
    started yield a BudgetError. Replay, record and the embedded model go one article at
    a time (see below).
    """
    # The embedded server answers one request at a time and keeps one prompt prefix in its
    # cache: articles in turn let the steps of each reuse it. A cassette is active for the
    # whole process, so replay and record also go one article at a time.
    serial = session.settings.recording != "off" or session.client.endpoint.kind == "local"
    limit = 1 if serial else concurrency
    budget = session.settings.token_budget

    async def one(article: Article) -> BriefResult:
        spent = session.usage.prompt_tokens + session.usage.completion_tokens
        if budget is not None and spent >= budget:
            error = BudgetError(f"not started: the run's token budget ({budget:,}) is spent")
            return BriefResult(article.name, error=error)
        try:
            return BriefResult(
                article.name, brief=await session.brief(article, recording), source=article
            )
        except SummarizerError as error:
            return BriefResult(article.name, error=error, source=article)

    source = iter(articles)
    # A few long-lived workers, each taking the next article as soon as it is done with
    # one: a new article starts without a round trip through this generator and the event
    # loop, and the finished ones wait in a queue as short as the concurrency.
    finished: asyncio.Queue[BriefResult | Exception | None] = asyncio.Queue(limit)

    async def worker() -> None:
        try:
            while (article := next(source, None)) is not None:
                await finished.put(await one(article))
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
