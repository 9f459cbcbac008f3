"""Article in, `Brief` out: run the steps (cached, recorded), ground and assemble the items.

A `Session` owns what a run shares: the endpoint (the embedded server, if that is the one),
one client and connection pool, the response cache. The steps of one article run
concurrently; they share the article prefix of their prompts.
"""

from __future__ import annotations

import asyncio
import contextlib
import re
from collections.abc import AsyncIterator, Iterable
from dataclasses import dataclass
from types import TracebackType
from typing import Any

from pydantic import BaseModel, ValidationError

from summarizer.article import Article
from summarizer.cache import ResponseCache, cache_key
from summarizer.client import ModelClient
from summarizer.endpoint import Endpoint, open_endpoint
from summarizer.errors import ModelOutputError, SummarizerError
from summarizer.grounding import locate, span
from summarizer.recording import cassette
from summarizer.schema import (
    Actor,
    Brief,
    Claim,
    Denial,
    Evidence,
    Figure,
    Provenance,
    Usage,
)
from summarizer.segmentation import Sentence
from summarizer.settings import Settings
from summarizer.steps import (
    ACTORS,
    CLAIMS,
    DENIALS,
    FIGURES,
    STEPS,
    SUMMARY,
    ActorsAnswer,
    Analysis,
    Judgement,
    Step,
    SummaryAnswer,
)


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

    async def brief(self, article: Article) -> Brief:
        """Brief one article. Raises SummarizerError subclasses when a step cannot be done."""
        analysis = Analysis(article.text)
        # Replay and record are per article: one cassette per article's brief.
        with cassette(self.settings, article.stem):
            steps = [step for step in STEPS if step.applies(analysis)]
            results = await asyncio.gather(*(self._run(step, analysis) for step in steps))
        return assemble(article, analysis, dict(zip(steps, results, strict=True)), self)

    async def _run(self, step: Step, analysis: Analysis) -> StepResult:
        messages = step.messages(analysis)
        context = analysis.context()
        answer_model = step.answer_model(analysis)
        options = self.client.request_options(answer_model)
        key = cache_key(
            {
                "endpoint": self.client.endpoint.identity,
                "response_format": self.client.endpoint.response_format,
                "options": options,
                "schema": answer_model.model_json_schema(),
                "prompts": step.prompt_versions(),
                "messages": messages,
            }
        )
        assert self._cache is not None
        hit = self._cache.get(key)
        if hit is not None:
            try:
                answer = answer_model.model_validate(hit["answer"], context=context)
                return _result(step, answer, Usage(), cached=True)
            except (ValidationError, KeyError):
                pass  # an entry from an older schema: ask again
        try:
            completion = await self.client.extract(messages, answer_model, context)
        except ModelOutputError as error:
            # Keep the valid parts, report the others; a partial answer is never cached.
            judgement = step.salvage(error.last_text, analysis)
            if judgement is None:
                raise ModelOutputError(f"step {step.name}: {error}") from error
            return StepResult(None, judgement, error.usage or Usage(), cached=False)
        self._cache.set(key, {"answer": completion.answer.model_dump(mode="json")})
        return _result(step, completion.answer, completion.usage, cached=False)


def _result(step: Step, answer: BaseModel, usage: Usage, cached: bool) -> StepResult:
    if step.verdict is None:
        return StepResult(answer, None, usage, cached)
    return StepResult(None, step.judgement(answer), usage, cached)


def _normal(name: str) -> str:
    name = re.sub(r"[’']s\b", "", name.casefold())
    name = re.sub(r"^(the|a|an)\s+", "", name.strip())
    return " ".join(re.sub(r"[^\w\s-]", " ", name).split())


def resolve_actor(speaker: str, actors: list[Actor]) -> str | None:
    """The actor a speaker names: the one whose name or alias best matches the speaker's words.

    A name matches when it equals, contains or is contained in the speaker's words; the
    longest matching name wins ("Kremlin spokesman Dmitry Peskov" is Peskov, not the Kremlin).
    """
    said = _normal(speaker)
    if not said:
        return None
    best: tuple[int, str] | None = None
    for actor in actors:
        for name in (actor.name, *actor.aliases):
            known = _normal(name)
            if not known:
                continue
            if re.search(rf"\b{re.escape(known)}\b", said) or re.search(
                rf"\b{re.escape(said)}\b", known
            ):
                score = len(known) if known in said else len(said)
                if best is None or score > best[0]:
                    best = (score, actor.name)
    return best[1] if best else None


def _actors(answer: ActorsAnswer | None) -> list[Actor]:
    actors: dict[str, Actor] = {}
    for item in answer.actors if answer else []:
        key = _normal(item.name)
        if not key or key in actors:
            continue
        aliases = sorted({a.strip() for a in item.aliases if a.strip() and a != item.name})
        actors[key] = Actor(name=item.name.strip(), kind=item.kind, role=item.role, aliases=aliases)
    return list(actors.values())


def assemble(
    article: Article, analysis: Analysis, results: dict[Step, StepResult], session: Session
) -> Brief:
    """Build the brief from the steps' answers; every evidence span is located by our code."""
    text = article.text
    summary = results[SUMMARY].answer if SUMMARY in results else None
    actors_answer = results[ACTORS].answer if ACTORS in results else None
    actors = _actors(actors_answer if isinstance(actors_answer, ActorsAnswer) else None)

    def judged(step: Step) -> Judgement:
        result = results.get(step)
        return result.judgement if result and result.judgement else Judgement()

    def sentence_items(step: Step, candidates: list[Sentence]) -> list[tuple[Any, Evidence]]:
        """Each kept verdict or added item with its sentence as evidence, one per sentence."""
        judgement = judged(step)
        found: dict[int, tuple[Any, Evidence]] = {}
        for sentence in candidates:
            verdict = judgement.verdicts.get(f"s{sentence.number}")
            if verdict is not None and verdict.kind != "none":
                found[sentence.start] = (verdict, span(text, sentence.start, sentence.end))
        for item in judgement.added:
            sentence = analysis.sentence_of(locate(item.quote, text))
            if item.kind != "none" and sentence.start not in found:
                found[sentence.start] = (item, span(text, sentence.start, sentence.end))
        return [found[start] for start in sorted(found)]

    claims = [
        Claim(
            speaker=verdict.speaker,
            actor=resolve_actor(verdict.speaker, actors),
            statement=verdict.claim or "",
            presentation=verdict.kind,
            evidence=evidence,
        )
        for verdict, evidence in sentence_items(CLAIMS, analysis.claim_candidates)
    ]
    denials = [
        Denial(
            speaker=verdict.speaker,
            actor=resolve_actor(verdict.speaker, actors),
            denied=verdict.denied or "",
            answers=verdict.answers,
            kind=verdict.kind,
            evidence=evidence,
        )
        for verdict, evidence in sentence_items(DENIALS, analysis.denial_candidates)
    ]
    figure_verdicts = judged(FIGURES).verdicts
    figures = [
        Figure(
            value=candidate.value,
            unit=candidate.unit,
            counts=verdict.counts if verdict else None,
            qualifier=candidate.qualifier,
            text=candidate.text,
            evidence=span(text, candidate.start, candidate.end),
        )
        for candidate in analysis.figures
        if (verdict := figure_verdicts.get(f"f{candidate.number}")) is None or verdict.quantity
    ]

    usage = sum((r.usage for r in results.values()), Usage())
    endpoint = session.client.endpoint
    return Brief(
        title=summary.title if isinstance(summary, SummaryAnswer) else analysis.sentences[0].text,
        summary=summary.summary if isinstance(summary, SummaryAnswer) else "",
        actors=actors,
        claims=claims,
        denials=denials,
        figures=figures,
        dropped=[d for r in results.values() if r.judgement for d in r.judgement.dropped],
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
class BriefResult:
    """The outcome of briefing one article in a batch: a brief, or the error that stopped it."""

    article: str
    brief: Brief | None = None
    error: SummarizerError | None = None


async def brief_many(
    session: Session, articles: Iterable[Article], concurrency: int
) -> AsyncIterator[BriefResult]:
    """Brief many articles, at most `concurrency` at once, yielding results as they finish.

    A failing article yields its error and the others go on. Replay and record run one
    article at a time, since a cassette is active for the whole process.
    """
    limit = 1 if session.settings.recording != "off" else concurrency
    semaphore = asyncio.Semaphore(limit)

    async def one(article: Article) -> BriefResult:
        async with semaphore:
            try:
                return BriefResult(article.name, brief=await session.brief(article))
            except SummarizerError as error:
                return BriefResult(article.name, error=error)

    tasks = [asyncio.ensure_future(one(article)) for article in articles]
    try:
        for finished in asyncio.as_completed(tasks):
            yield await finished
    finally:
        for task in tasks:
            task.cancel()
