"""The dossier: one cross-source brief over many articles' briefs.

On top of the briefs (cached or recorded like any brief), three cross-article steps, each
choosing its questions cheaply before the model answers them:

- actors: merged by deterministic rules (`identity`), the model asked only about pairs of
  organisation names the rules leave ambiguous;
- the claim ledger: candidate pairs from the `ledger` index; for a denial and a claim the
  model says whether the one denies the other, for two claims whether the later confirms
  or contradicts the earlier (or neither); a denial that points back at the claim before
  it ("rejected that allegation") needs no question. Statements are compared, asked about
  and shown by their contents (cue and what is said), not their sentences. The rationale
  of a link is ours: who answers whom, and the two contents side by side;
- figure conflicts: figures of different articles with different values whose "what it
  counts" share most words; the model says whether they report the same quantity.

Every question is cached and, in replay or record mode, served from or written to one
cassette per set of articles. A question the model cannot answer is listed in the
dossier's `dropped`, never silently lost.
"""

from __future__ import annotations

import asyncio
import hashlib
from collections import Counter, defaultdict
from collections.abc import Awaitable, Iterable, Mapping, Sequence
from typing import Annotated, Any, Literal, TypeVar

from openai.types.chat import ChatCompletionMessageParam
from pydantic import BaseModel, StringConstraints

from summarizer.brief.briefing import brief_many
from summarizer.brief.prompts import load_prompt
from summarizer.brief.result import BriefResult
from summarizer.brief.steps.base import CachedSchema
from summarizer.dossier.identity import ActorIndex
from summarizer.dossier.ledger import (
    Item,
    Pair,
    candidate_pairs,
    items_of,
    settled_pairs,
    stems,
)
from summarizer.errors import SummarizerError
from summarizer.model.protocol import ModelSession
from summarizer.schema import (
    Brief,
    Dossier,
    Dropped,
    Figure,
    FigureConflict,
    FigureReport,
    Link,
    LinkRelation,
    Source,
    Usage,
)
from summarizer.settings import RecordingMode
from summarizer.sources.article import Article

AnswerT = TypeVar("AnswerT", bound=BaseModel)
Short = Annotated[str, StringConstraints(min_length=1, max_length=60)]


class DeniesAnswer(CachedSchema):
    denies: bool


class ClaimRelationAnswer(CachedSchema):
    relation: Literal["confirms", "contradicts", "unrelated"]


class SameActorAnswer(CachedSchema):
    same: bool


class SameQuantityAnswer(CachedSchema):
    same: bool
    quantity: Short


#: Two figures' "what it counts" must share this share of their words to be compared.
COUNTS_OVERLAP = 0.5


def cassette_name(briefs: Iterable[Brief]) -> str:
    """The cassette of a dossier's cross-article calls: named after its set of articles."""
    digest = hashlib.sha256(
        "\n".join(sorted(b.provenance.article_sha256 for b in briefs)).encode()
    ).hexdigest()
    return f"dossier-{digest[:16]}"


class _Asker:
    """Asks the dossier's questions through the session, counting cost and failures."""

    def __init__(self, session: ModelSession) -> None:
        self.session = session
        self.usage = Usage()
        self.dropped: list[Dropped] = []

    async def ask(
        self, prompt: str, values: dict[str, str], answer: type[AnswerT], about: str
    ) -> AnswerT | None:
        messages: list[ChatCompletionMessageParam] = [
            {"role": "system", "content": load_prompt("dossier_system").render()},
            {"role": "user", "content": load_prompt(prompt).render(**values)},
        ]
        versions = {name: load_prompt(name).version for name in ("dossier_system", prompt)}
        try:
            answered = await self.session.ask(messages, answer, versions)
        except SummarizerError as error:
            self.dropped.append(Dropped(step=prompt, item=about[:300], reason=str(error)))
            return None
        self.usage += answered.usage
        return answered.answer


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _quote(item: Item) -> str:
    return _one_line(item.evidence.quote)


def _around(text: str | None, name: str, fallback: str) -> str:
    """Where `name` first stands in `text`, a sentence's worth; else `fallback`."""
    found = text.find(name) if text else -1
    if text is None or found < 0:
        return fallback
    return f"“{_one_line(text[max(0, found - 100) : found + len(name) + 100])}”"


async def _gather(calls: Sequence[Awaitable[AnswerT | None]], limit: int) -> list[AnswerT | None]:
    # At most `limit` questions in flight (the embedded server takes one at a time anyway).
    semaphore = asyncio.Semaphore(limit)

    async def bounded(call: Awaitable[AnswerT | None]) -> AnswerT | None:
        async with semaphore:
            return await call

    return list(await asyncio.gather(*(bounded(c) for c in calls)))


async def _merge_actors(
    asker: _Asker, index: ActorIndex, briefs: Sequence[Brief], texts: Mapping[str, str]
) -> None:
    where: dict[str, tuple[str, Any]] = {}
    for brief in briefs:
        for actor in brief.actors:
            for name in (actor.name, *actor.aliases):
                where.setdefault(name, (brief.provenance.source, actor.kind))
    pairs = index.ambiguous_pairs()

    def values(a: str, b: str) -> dict[str, str]:
        (article_a, kind_a), (article_b, kind_b) = where[a], where[b]
        return {
            "a": a, "a_kind": kind_a, "a_context": _around(texts.get(article_a), a, article_a),
            "b": b, "b_kind": kind_b, "b_context": _around(texts.get(article_b), b, article_b),
        }  # fmt: skip

    answers = await _gather(
        [asker.ask("same_actor", values(a, b), SameActorAnswer, f"{a} / {b}") for a, b in pairs],
        asker.session.settings.concurrency,
    )
    for (a, b), answer in zip(pairs, answers, strict=True):
        if answer is not None and answer.same:
            index.merge(a, b)


def _link(relation: LinkRelation, pair: Pair) -> Link:
    response, claim = pair.response, pair.claim
    said = {
        "denies": "denies what {a} claims",
        "confirms": "reports what {a} claims",
        "contradicts": "says what cannot be true if {a} is right",
    }[relation]
    if response.kind == "refusal":
        said = "declines to comment on what {a} claims"
    said = said.format(a=claim.actor or claim.speaker)
    rationale = f"{response.actor or response.speaker} {said}"
    if pair.refers:
        rationale += f" (“{pair.refers}” points back at it)"
    # The two contents side by side: what a reader checks the link by.
    rationale += f": {response.said}, against {claim.said}"
    return Link.model_validate(
        {
            "relation": relation,
            "from": response.as_statement(),
            "to": claim.as_statement(),
            "rationale": rationale,
        }
    )


async def _links(asker: _Asker, items: list[Item]) -> list[Link]:
    """The links among `items`.

    A denial that points back at a claim ("rejected that allegation") is linked to it at
    once (see `ledger.settled_pairs`), and its article's other candidates are not asked
    about. Each other candidate pair is one question to the model, one comparison at a
    time: does this denial deny that claim; does this claim confirm or contradict that one?
    """
    settled = settled_pairs(items)
    answered = {pair.response for pair in settled}
    pairs = [
        pair
        for pair in candidate_pairs(items)
        if not (pair.response in answered and pair.response.article == pair.claim.article)
    ]

    def values(pair: Pair) -> dict[str, str]:
        # What each says (its cue and content), not its whole sentence: the sentence's other
        # words drew the model to pairs that only share them.
        a, b = pair.claim, pair.response
        return {
            "a_speaker": a.speaker, "a_article": a.article, "a_text": a.said,
            "b_speaker": b.speaker, "b_article": b.article, "b_text": b.said,
        }  # fmt: skip

    def ask(pair: Pair) -> Awaitable[DeniesAnswer | ClaimRelationAnswer | None]:
        about = f"{_quote(pair.response)} / {_quote(pair.claim)}"
        if pair.response.kind == "denial":
            return asker.ask("denied_claim", values(pair), DeniesAnswer, about)
        return asker.ask("claim_relation", values(pair), ClaimRelationAnswer, about)

    answers = await _gather([ask(pair) for pair in pairs], asker.session.settings.concurrency)
    links = [_link("denies", pair) for pair in settled]
    for pair, answer in zip(pairs, answers, strict=True):
        if isinstance(answer, DeniesAnswer) and answer.denies:
            links.append(_link("denies", pair))
        elif isinstance(answer, ClaimRelationAnswer) and answer.relation != "unrelated":
            links.append(_link(answer.relation, pair))
    return links


def _report(article: str, figure: Figure) -> FigureReport:
    return FigureReport(
        article=article,
        text=figure.text,
        value=figure.value,
        counts=figure.counts,
        quote=figure.evidence.quote,
        start=figure.evidence.start,
        end=figure.evidence.end,
    )


def figure_pairs(briefs: Sequence[Brief]) -> list[tuple[FigureReport, FigureReport]]:
    """Figures of different articles that may report one quantity with different values:
    same unit, different value, and most words of what they count in common. Only figures
    that share a word of what they count are compared (an index by unit and word), so the
    cost follows the figures that could match, not the square of all figures."""
    figures = [
        (_report(b.provenance.source, f), stems(f.counts or ""), f.unit)
        for b in briefs
        for f in b.figures
        if f.value is not None and f.counts
    ]
    by_word: dict[tuple[str | None, str], list[int]] = defaultdict(list)
    for number, (_, counts, unit) in enumerate(figures):
        for stem in counts:
            by_word[unit, stem].append(number)
    pairs = []
    for i, (a, counts_a, unit_a) in enumerate(figures):
        others = sorted({j for stem in counts_a for j in by_word[unit_a, stem] if j > i})
        for b, counts_b, _ in (figures[j] for j in others):
            if a.article == b.article or a.value == b.value:
                continue
            if len(counts_a & counts_b) / len(counts_a | counts_b) >= COUNTS_OVERLAP:
                pairs.append((a, b))
    return pairs


async def _figure_conflicts(
    asker: _Asker, briefs: Sequence[Brief], texts: Mapping[str, str]
) -> list[FigureConflict]:
    pairs = figure_pairs(briefs)

    def context(report: FigureReport) -> str:
        text = texts.get(report.article)
        if text is None:
            return f"“{_one_line(report.quote)}”, counting {report.counts}"
        return f"“{_one_line(text[max(0, report.start - 120) : report.end + 80])}”"

    answers = await _gather(
        [
            asker.ask(
                "same_quantity",
                {
                    "a_text": a.text, "a_article": a.article, "a_context": context(a),
                    "b_text": b.text, "b_article": b.article, "b_context": context(b),
                },
                SameQuantityAnswer,
                f"{a.text} / {b.text}",
            )
            for a, b in pairs
        ],
        asker.session.settings.concurrency,
    )  # fmt: skip
    return [
        FigureConflict(quantity=_one_line(answer.quantity), reports=[a, b])
        for (a, b), answer in zip(pairs, answers, strict=True)
        if answer is not None and answer.same
    ]


async def cross_reference(
    session: ModelSession, briefs: Sequence[Brief], texts: Mapping[str, str] | None = None
) -> Dossier:
    """The dossier of `briefs`, asking the session's model the cross-article questions.

    `texts` (article name to text) let the questions about actors and figures show the
    model where they stand; without them it sees names and quotes alone. Raises ReplayMissError in
    replay mode when the dossier's cassette is missing; a single question that fails is
    listed in `dropped`.
    """
    texts = texts or {}
    asker = _Asker(session)
    with session.cassette(cassette_name(briefs)):
        index = ActorIndex(briefs)
        await _merge_actors(asker, index, briefs, texts)
        items = items_of(briefs, index.canonical, index.sides())
        links = await _links(asker, items)
        conflicts = await _figure_conflicts(asker, briefs, texts)
    said = Counter((item.actor, item.article) for item in items)
    actors = [
        actor.model_copy(
            update={"statements": {a: n for a in actor.articles if (n := said[actor.name, a])}}
        )
        for actor in index.actors
    ]
    return Dossier(
        sources=[
            Source(
                article=b.provenance.source,
                title=b.title,
                article_sha256=b.provenance.article_sha256,
            )
            for b in briefs
        ],
        actors=actors,
        links=links,
        figure_conflicts=conflicts,
        dropped=asker.dropped,
        model=session.model,
        usage=asker.usage,
    )


async def dossier_of_articles(session: ModelSession, articles: Iterable[Article]) -> Dossier:
    """Brief `articles` (from the cache or cassettes when there) and cross-reference them.

    An article that cannot be briefed is left out and listed in `dropped` (step "brief")
    with its error. In record mode the briefs are replayed from their own cassettes (record
    those with `summarizer brief --record`) and only the cross-article calls are recorded.
    """
    texts: dict[str, str] = {}

    def keep(article: Article) -> Article:
        texts[article.name] = article.text
        return article

    recording: RecordingMode | None = "replay" if session.settings.recording == "record" else None
    results: dict[str, BriefResult] = {}
    async for result in brief_many(
        session, (keep(a) for a in articles), session.settings.concurrency, recording
    ):
        results[result.article] = result
    briefs = [r.brief for name in texts if (r := results[name]).brief is not None]
    failed = [
        Dropped(step="brief", item=name, reason=str(r.error))
        for name in texts
        if (r := results[name]).error is not None
    ]
    dossier = await cross_reference(session, briefs, texts)
    return dossier.model_copy(update={"dropped": failed + dossier.dropped})
