"""The claim ledger's candidates: which statements might answer which claims.

Judging a pair costs a model call, and n statements make n² pairs. So pairs are chosen
cheaply first, and only they are judged:

- every statement's content (what the brief says is claimed or denied, not its whole
  sentence: a speaker's name or a dateline there says nothing of what is said) is
  stemmed ("pressured", "pressure") and weighted by
  how rare they are among all statements (idf); words in more than a quarter of the
  statements ("Ruritania", "Freedonia" in coverage of Ruritania in Freedonia) carry nothing;
- an inverted index from stem to statements finds, for each statement, only those that
  share a word with it; they are scored by the weighted overlap (a cosine), plus a bonus
  when the two stand close in one article or when a denial says whose claim it answers;
- a denial keeps its best `per_denial` claims, and its best `per_denial_elsewhere` of
  other articles, above a threshold, higher for other articles (none of other articles
  when it points back, "no such information", "that allegation": what it answers stands
  in its own article); a claim keeps its best `per_claim` claim of another article above
  a higher one, sharing at least two words with it (one word is a topic, not an event
  told twice); the statements of one side (one actor, or those who speak for one) are
  never paired, and a claim that is itself a denial is never the claim answered.

So the model judges at most (`per_denial` + `per_denial_elsewhere`) pairs per denial and
`per_claim` per claim: linear in the number of statements. Building the index and scoring
cost the sum of the posting lists each statement touches, far below n² once common words
are dropped.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from functools import cache

import snowballstemmer

from summarizer.brief.attribution import resolve_actor
from summarizer.schema import Brief, Evidence, Statement
from summarizer.text.actors.names import name_words
from summarizer.text.lexicon import STOPWORDS
from summarizer.text.statements.presentation import (
    points_to_earlier,
    refers_back,
    what_was_said,
)

_STEMMER = snowballstemmer.stemmer("english")
#: Stems in more than this share of all statements do not tell statements apart.
COMMON_SHARE = 0.25
#: Two statements of one article this close (characters) may well answer each other.
NEARBY_CHARS = 700
#: A content shorter than this (words) names a topic, not a proposition ("criticised —
#: Russia"): it can neither deny nor be denied, confirm nor be confirmed.
PROPOSITION_WORDS = 4


@dataclass(frozen=True)
class Item:
    """A claim or denial of one article, with what the ledger compares it by."""

    article: str
    kind: str  # "claim", "denial" or "refusal" (to comment)
    speaker: str
    actor: str | None  # the dossier actor who speaks
    statement: str
    evidence: Evidence
    answers: str | None  # the dossier actor whose claim a denial says it answers
    stems: frozenset[str]
    denies: bool  # a denial, or a claim whose sentence is surely a denial too
    cue: str | None = None  # the reporting or denying words as written
    refers_to: str | None = None  # the claim a denial's words point back at
    side: frozenset[str] = frozenset()  # the dossier actors it speaks as (see `_related`)

    @property
    def said(self) -> str:
        """What the item says, as a reader reads it: its cue, then its content, and for a
        denial that points back ("that allegation") the claim it points at."""
        said = what_was_said(self.cue, self.statement, quoted=True)
        return f"{said} (that is: “{self.refers_to}”)" if self.refers_to else said

    def as_statement(self) -> Statement:
        """The item as a link end of the dossier."""
        return Statement(
            article=self.article,
            quote=self.evidence.quote,
            start=self.evidence.start,
            end=self.evidence.end,
            kind="claim" if self.kind == "claim" else "denial",
            speaker=self.speaker,
            actor=self.actor,
            statement=self.statement,
        )


@dataclass(frozen=True)
class Pair:
    """A candidate link: `response` might answer `claim`."""

    response: Item
    claim: Item
    score: float
    #: The words that settle the pair without the model ("that allegation"), if any.
    refers: str | None = None


def stems(text: str) -> frozenset[str]:
    """The stemmed content words of `text`."""
    words = [w for w in re.findall(r"[a-z][a-z\u2019'-]+", text.casefold()) if len(w) > 2]
    return frozenset(_STEMMER.stemWords([w for w in words if w not in STOPWORDS]))


def items_of(
    briefs: Iterable[Brief],
    actor_of: Callable[[str, str | None], str | None],
    sides: Mapping[str, frozenset[str]] | None = None,
) -> list[Item]:
    """Every claim and denial of `briefs`, with its speaker (and, for a denial, whose claim
    it answers) resolved to a dossier actor by `actor_of(article, brief actor)`, and the
    side that actor speaks as from `sides` (dossier actor to itself and whom it speaks
    for; an actor not there is a side of its own)."""
    sides = sides or {}

    def side(actor: str | None) -> frozenset[str]:
        return sides.get(actor, frozenset({actor})) if actor else frozenset()

    items: list[Item] = []
    for brief in briefs:
        article = brief.provenance.source
        # A claim the brief also lists as a denial ("X does not strike populated areas")
        # answers claims; it is not one to be denied.
        denied = {(d.evidence.start, d.evidence.end) for d in brief.denials}
        for claim in brief.claims:
            actor = actor_of(article, claim.actor)
            items.append(
                Item(
                    article, "claim", claim.speaker, actor,
                    claim.statement, claim.evidence, None, stems(claim.statement),
                    (claim.evidence.start, claim.evidence.end) in denied, claim.cue,
                    side=side(actor),
                )
            )  # fmt: skip
        for denial in brief.denials:
            answers = resolve_actor(denial.answers, brief.actors) if denial.answers else None
            actor = actor_of(article, denial.actor)
            # A refusal to comment neither denies nor confirms: it is linked only where its
            # own words say what it declines to comment on (see `settled_pairs`).
            kind = "refusal" if denial.kind == "no_comment" else "denial"
            items.append(
                Item(
                    article, kind, denial.speaker, actor,
                    denial.denied, denial.evidence, actor_of(article, answers),
                    stems(f"{denial.denied} {denial.refers_to or ''}"), True, denial.cue,
                    denial.refers_to, side(actor),
                )
            )  # fmt: skip
    return [item for item in items if item.kind == "refusal" or _proposition(item)]


def _proposition(item: Item) -> bool:
    """Whether an item's content (with the claim a denial points back at) says enough to
    be compared: a proposition, not a topic."""
    said = f"{item.statement} {item.refers_to or ''}"
    return len(re.findall(r"\w+", said)) >= PROPOSITION_WORDS


def _weights(items: list[Item]) -> dict[str, float]:
    frequency = Counter(stem for item in items for stem in item.stems)
    limit = max(2.0, COMMON_SHARE * len(items))
    return {
        stem: math.log(len(items) / count) for stem, count in frequency.items() if count <= limit
    }


def _related(a: Item, b: Item) -> bool:
    """Whether `b` could answer `a`: another side's words, as far as we can tell (one
    side's own statements are not a dispute). Speakers are one side when they resolve to
    one actor, when one speaks for the other or both for a third ("Russian Foreign
    Minister Jo Doe" and Russia), or when one's words are all in the other's ("the
    source", "a source close to Jo Doe")."""
    if a.actor is not None and a.actor == b.actor:
        return False
    if a.side & b.side:
        return False
    words_a, words_b = _speaker_words(a.speaker), _speaker_words(b.speaker)
    return not (words_a <= words_b or words_b <= words_a)


@cache
def _speaker_words(speaker: str) -> frozenset[str]:
    # Asked for every scored pair: each speaker is normalised once.
    return frozenset(name_words(speaker).split())


def candidate_pairs(
    items: list[Item],
    *,
    per_denial: int = 3,
    per_denial_elsewhere: int = 2,
    per_claim: int = 1,
    denial_threshold: float = 0.12,
    elsewhere_threshold: float = 0.2,
    claim_threshold: float = 0.3,
) -> list[Pair]:
    """The pairs worth a model's judgement, best first within each response (see the
    module's docstring for how they are chosen)."""
    # Words are weighed among the statements compared (refusals are not: see above).
    weight = _weights([item for item in items if item.kind != "refusal"])
    postings: dict[str, list[int]] = defaultdict(list)
    claims_of: dict[str, list[int]] = defaultdict(list)
    for number, item in enumerate(items):
        if item.kind == "claim":
            claims_of[item.article].append(number)
            for stem in item.stems & weight.keys():
                postings[stem].append(number)
    norm = [math.sqrt(sum(weight.get(s, 0.0) for s in item.stems)) or 1.0 for item in items]

    pairs: dict[tuple[int, int], Pair] = {}
    for number, item in enumerate(items):
        if item.kind == "refusal":
            continue  # what it declines to comment on is in its words, or unknown
        overlap: dict[int, float] = defaultdict(float)
        for stem in item.stems & weight.keys():
            for other in postings[stem]:
                overlap[other] += weight[stem]
        if item.kind == "denial":
            # A denial near a claim of its own article may answer it in other words
            # ("rejected that allegation"): those claims are candidates too.
            for other in claims_of[item.article]:
                if _nearby(item, items[other]):
                    overlap[other] += 0.0
        scored: list[tuple[float, int]] = []
        for other, shared in overlap.items():
            claim = items[other]
            if other == number or claim.denies or not _related(claim, item):
                continue
            if item.kind == "claim" and claim.article == item.article:
                continue  # claims of one article agreeing is no news
            if item.kind == "claim" and len(item.stems & claim.stems & weight.keys()) < 2:
                continue  # one word in common is a topic, not one event told twice
            score = shared / (norm[number] * norm[other])
            if item.kind == "denial":
                score += 0.15 * _nearby(item, claim) + 0.3 * (
                    item.answers is not None and item.answers == claim.actor
                )
            scored.append((score, other))
        scored.sort(reverse=True)
        if item.kind == "denial":
            if points_to_earlier(item.statement):
                scored = [s for s in scored if items[s[1]].article == item.article]
            elsewhere = [s for s in scored if items[s[1]].article != item.article]
            best = scored[:per_denial] + elsewhere[:per_denial_elsewhere]
            threshold = denial_threshold
        else:
            best, threshold = scored[:per_claim], claim_threshold
        for score, other in best:
            # Another article's claim must share more: nothing else (nearness, the article's
            # own thread) says the two are about one thing.
            far = item.kind == "denial" and items[other].article != item.article
            if score < (elsewhere_threshold if far else threshold):
                continue
            # For two claims, the later one (by article, then place) responds to the earlier.
            response, claim_number = number, other
            if item.kind == "claim" and _order(items[other]) > _order(item):
                response, claim_number = other, number
            key = (min(response, claim_number), max(response, claim_number))
            if key not in pairs:
                pairs[key] = Pair(items[response], items[claim_number], round(score, 4))
    return list(pairs.values())


def settled_pairs(items: list[Item]) -> list[Pair]:
    """Denials and refusals to comment that point back at a claim ("rejected that
    allegation", "denied that he made such a suggestion", "cannot comment on that"), each
    paired with the nearest claim before it in its article by another side; and a refusal
    that names what it declines to comment on ("refused to comment on reports saying S"),
    paired with the claim of its article that says S. The article's own words link them,
    no model needed."""
    pairs = []
    for item in items:
        if item.kind == "claim":
            continue
        claims = [
            claim
            for claim in items
            if claim.kind == "claim" and claim.article == item.article and _related(claim, item)
        ]
        refers = refers_back(item.evidence.quote)
        if refers is not None:
            before = [c for c in claims if c.evidence.start < item.evidence.start and not c.denies]
            if before:
                pairs.append(Pair(item, max(before, key=lambda c: c.evidence.start), 1.0, refers))
        elif item.kind == "refusal":
            # The claim named may stand in the refusal's own sentence ("refused to comment
            # on reports saying S"), which a claim that is itself a denial never is.
            said = _plain(item.statement)
            named = [c for c in claims if _plain(c.statement) in said]
            if named:
                pairs.append(Pair(item, max(named, key=lambda c: len(c.statement)), 1.0))
    return pairs


def _plain(text: str) -> str:
    """Text as words only, for finding one content inside another."""
    return " ".join(re.findall(r"\w+", text.casefold()))


def _nearby(a: Item, b: Item) -> bool:
    return a.article == b.article and abs(a.evidence.start - b.evidence.start) <= NEARBY_CHARS


def _order(item: Item) -> tuple[str, int]:
    return item.article, item.evidence.start
