"""Score briefs against gold annotations (format and matching rules: eval/README.md and
the PolNeAR set's README).

Two kinds of gold: a JSON object of hand annotations keyed by file name (actors, claims,
denials, figures), or a folder of PolNeAR attribution files (source, cue, content spans).

- a claim or denial is found when its evidence span overlaps the gold span;
- a figure is found when its value equals the gold value (one of them, for a list) and its
  evidence overlaps the gold span; for a null gold value the overlap alone decides;
- an actor is found when its name equals or contains one of the gold aliases as whole words
  ("Damascus" does not contain "US"); an extracted actor is right (precision) when its name
  or an alias equals or contains an alias of a gold actor, central or not, that no earlier
  extracted actor matched (an entry it names exactly is taken before one it only contains);
- PolNeAR: an attribution is found when a claim's or denial's evidence overlaps its content;
  its source is right when the speaker and the source text are equal or one contains the
  other, scored apart for named sources and for pronoun sources ("he", "who"); the content
  scores compare what the brief says is claimed or denied with the annotated content, word
  by word (content F1, exact, precision, recall), and count the fragments (under four words);
- a found claim or denial is attributed right when its speaker equals, contains or is
  contained in one of the gold `by` aliases (case-insensitive);
- grounding is the share of extracted quotes that stand verbatim in the article.
Recall counts required gold items (central actors); precision counts matches with any item.
"""

from __future__ import annotations

import json
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from summarizer.api import asummarize_many
from summarizer.brief.briefing import decided_brief
from summarizer.errors import GroundingError, InputError
from summarizer.schema import Brief, Claim, Denial, Figure
from summarizer.settings import Settings
from summarizer.sources.reading import read_article
from summarizer.text.grounding import is_verbatim, locate
from summarizer.text.lexicon import PRONOUNS

METRICS = (
    "grounding",
    "actor_recall",
    "actor_precision",
    "claim_recall",
    "claim_precision",
    "claim_attribution",
    "denial_recall",
    "denial_precision",
    "denial_attribution",
    "figure_recall",
    "figure_precision",
)
#: The measures of a PolNeAR attribution gold.
ATTRIBUTION_METRICS = (
    "grounding",
    "span_recall",
    "span_precision",
    "content_f1",
    "content_exact",
    "content_recall",
    "content_precision",
    "fragments",
    "named_source",
    "pronoun_source",
)


@dataclass
class Ratio:
    """A count of hits over a count of trials; adds up across articles."""

    hits: float = 0
    total: int = 0

    def add(self, hit: bool | float) -> None:
        """Count one trial: a hit, a miss, or a share of a hit (a score from 0 to 1)."""
        self.hits += float(hit) if isinstance(hit, float) else int(hit)
        self.total += 1

    def __iadd__(self, other: Ratio) -> Ratio:
        self.hits += other.hits
        self.total += other.total
        return self

    @property
    def percent(self) -> float | None:
        return round(100 * self.hits / self.total, 1) if self.total else None


@dataclass
class Score:
    """The metrics of one article, or of several added together."""

    ratios: dict[str, Ratio] = field(default_factory=lambda: {m: Ratio() for m in METRICS})

    @classmethod
    def of(cls, metrics: Iterable[str]) -> Score:
        """An empty score over `metrics`."""
        return cls({m: Ratio() for m in metrics})

    def __iadd__(self, other: Score) -> Score:
        for name, ratio in other.ratios.items():
            self.ratios.setdefault(name, Ratio())
            self.ratios[name] += ratio
        return self

    def percentages(self) -> dict[str, float | None]:
        return {name: ratio.percent for name, ratio in self.ratios.items()}

    def counts(self) -> dict[str, str]:
        return {name: f"{r.hits:g}/{r.total}" for name, r in self.ratios.items()}


def load_gold(path: Path) -> dict[str, Any]:
    """The gold annotations, keyed by article file name: a JSON object of hand annotations,
    or a folder of PolNeAR attribution files (each entry then has `attributions`).

    Raises InputError if they cannot be read.
    """
    if path.is_dir():
        gold: dict[str, Any] = {}
        for file in sorted(path.glob("*.json")):
            entry = _read_json(file)
            if not isinstance(entry, dict) or "attributions" not in entry:
                raise InputError(f"{file}: not a PolNeAR attribution file")
            gold[str(entry.get("article", file.with_suffix(".txt").name))] = entry
        if not gold:
            raise InputError(f"{path}: no attribution files (*.json) in this folder")
        return gold
    gold = _read_json(path)
    if not isinstance(gold, dict):
        raise InputError(f"{path}: gold annotations must be an object keyed by file name")
    return gold


def _read_json(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise InputError(f"{path}: cannot read the gold annotations: {error}") from error


def _overlaps(start: int, end: int, gold: Mapping[str, Any]) -> bool:
    return start < int(gold["end"]) and int(gold["start"]) < end


def _names_match(said: str, aliases: Iterable[str]) -> bool:
    said = said.casefold().strip()
    return any(
        said == alias or alias in said or said in alias
        for alias in (a.casefold().strip() for a in aliases)
        if alias and said
    )


def _speakers(item: Claim | Denial) -> list[str]:
    return [item.speaker] + ([item.actor] if item.actor else [])


def _value_matches(figure: Figure, gold: Mapping[str, Any]) -> bool:
    wanted = gold.get("value")
    if wanted is None:
        return True
    values = wanted if isinstance(wanted, list) else [wanted]
    return figure.value is not None and any(abs(figure.value - float(v)) < 1e-9 for v in values)


def _statements(
    score: Score, kind: str, items: list[Claim] | list[Denial], gold: list[Mapping[str, Any]]
) -> None:
    for entry in gold:
        found = [i for i in items if _overlaps(i.evidence.start, i.evidence.end, entry)]
        if entry.get("required", True):
            score.ratios[f"{kind}_recall"].add(bool(found))
        if found:
            right = any(_names_match(s, entry["by"]) for i in found for s in _speakers(i))
            score.ratios[f"{kind}_attribution"].add(right)
    for item in items:
        hit = any(_overlaps(item.evidence.start, item.evidence.end, entry) for entry in gold)
        score.ratios[f"{kind}_precision"].add(hit)


def score_brief(brief: Brief, text: str, gold: Mapping[str, Any]) -> Score:
    """Score one brief of `text` against that article's gold annotations."""
    score = Score()
    evidence = [i.evidence for i in brief.claims] + [i.evidence for i in brief.denials]
    for item in evidence + [figure.evidence for figure in brief.figures]:
        score.ratios["grounding"].add(is_verbatim(item, text))
    for actor in gold.get("actors", []):
        if actor.get("central", True):
            aliases = [a.casefold() for a in [actor["name"], *actor.get("aliases", [])]]
            found = any(
                _contains(brief_actor.name.casefold(), alias)
                for brief_actor in brief.actors
                for alias in aliases
            )
            score.ratios["actor_recall"].add(found)
    _actor_precision(score, brief, gold.get("actors", []))
    _statements(score, "claim", brief.claims, gold.get("claims", []))
    _statements(score, "denial", brief.denials, gold.get("denials", []))
    for entry in gold.get("figures", []):
        if entry.get("required", True):
            score.ratios["figure_recall"].add(
                any(
                    _overlaps(f.evidence.start, f.evidence.end, entry) and _value_matches(f, entry)
                    for f in brief.figures
                )
            )
    for figure in brief.figures:
        score.ratios["figure_precision"].add(
            any(
                _overlaps(figure.evidence.start, figure.evidence.end, entry)
                and _value_matches(figure, entry)
                for entry in gold.get("figures", [])
            )
        )
    return score


def _contains(name: str, alias: str) -> bool:
    """Whether a (case-folded) name equals or contains an alias as whole words: "russian
    defense ministry" contains "defense ministry", "damascus" does not contain "us"."""
    return alias in name and re.search(rf"(?<!\w){re.escape(alias)}(?!\w)", name) is not None


def _names_entry(names: list[str], entry: Mapping[str, Any], exact: bool) -> bool:
    """Whether one of an actor's (case-folded) names is a gold entry's alias (`exact`), or
    contains one as whole words."""
    aliases = [a.casefold() for a in [entry["name"], *entry.get("aliases", [])]]
    if exact:
        return any(alias in names for alias in aliases)
    return any(_contains(name, alias) for alias in aliases for name in names)


def _actor_precision(score: Score, brief: Brief, gold: list[Mapping[str, Any]]) -> None:
    matched: set[int] = set()
    for actor in brief.actors:
        names = [n.casefold() for n in [actor.name, *actor.aliases]]
        # An entry the actor names exactly before one it only contains: "Russia" is the
        # gold's Russia even when an earlier entry's alias is inside one of its names.
        hit = next(
            (
                index
                for exact in (True, False)
                for index, entry in enumerate(gold)
                if index not in matched and _names_entry(names, entry, exact)
            ),
            None,
        )
        if hit is not None:
            matched.add(hit)
        score.ratios["actor_precision"].add(hit is not None)


def _spans_overlap(start: int, end: int, spans: Iterable[Iterable[int]]) -> bool:
    return any(start < e and s < end for s, e in (tuple(span) for span in spans))


def score_attributions(brief: Brief, text: str, gold: Mapping[str, Any]) -> Score:
    """Score one brief's claims and denials against an article's PolNeAR attributions:
    by evidence span (found, source), and by content: what the brief says is claimed or
    denied against the annotated content (the PolNeAR set's README defines each)."""
    score = Score.of(ATTRIBUTION_METRICS)
    statements: list[Claim | Denial] = [*brief.claims, *brief.denials]
    for item in statements:
        score.ratios["grounding"].add(is_verbatim(item.evidence, text))
    attributions = gold["attributions"]
    contents = [content_span(item, text) for item in statements]
    words = _Words(text)
    # An annotated content from its first to its last character (a quotation split by
    # "he said" is one content).
    extents = [(a["content"]["spans"][0][0], a["content"]["spans"][-1][1]) for a in attributions]
    for attribution, wanted in zip(attributions, extents, strict=True):
        spans = attribution["content"]["spans"]
        found = [i for i in statements if _spans_overlap(i.evidence.start, i.evidence.end, spans)]
        score.ratios["span_recall"].add(bool(found))
        best = max((words.f1(content, wanted) for content in contents), default=0.0)
        score.ratios["content_f1"].add(best)
        score.ratios["content_exact"].add(best >= 0.9)
        score.ratios["content_recall"].add(any(_shares_half(c, wanted) for c in contents))
        if not found or attribution.get("source") is None:
            continue
        source = " ".join(attribution["source"]["text"])
        kind = "pronoun_source" if source.casefold() in PRONOUNS else "named_source"
        score.ratios[kind].add(any(_names_match(s, [source]) for i in found for s in _speakers(i)))
    for item, content in zip(statements, contents, strict=True):
        score.ratios["span_precision"].add(
            any(
                _spans_overlap(item.evidence.start, item.evidence.end, a["content"]["spans"])
                for a in attributions
            )
        )
        score.ratios["content_precision"].add(any(_shares_half(content, w) for w in extents))
        score.ratios["fragments"].add(len(_WORD.findall(text[content[0] : content[1]])) < 4)
    return score


_WORD = re.compile(r"\w+")


def content_span(item: Claim | Denial, text: str) -> tuple[int, int]:
    """Where a statement's content (a claim's `statement`, a denial's `denied`) stands in
    the article: inside its evidence, quote style, whitespace and case aside; the evidence
    itself when the content is not found there (unlocated)."""
    evidence = item.evidence
    content = item.statement if isinstance(item, Claim) else item.denied
    try:
        located = locate(content, text[evidence.start : evidence.end])
    except GroundingError:
        return evidence.start, evidence.end
    return evidence.start + located.start, evidence.start + located.end


def _shares_half(one: tuple[int, int], other: tuple[int, int]) -> bool:
    """Whether two spans share at least half of the shorter one's characters."""
    shared = min(one[1], other[1]) - max(one[0], other[0])
    return shared > 0 and 2 * shared >= min(one[1] - one[0], other[1] - other[0])


class _Words:
    """The article's words (runs of word characters), so that two spans' words are
    compared by position, not by spelling."""

    def __init__(self, text: str) -> None:
        found = [m.span() for m in _WORD.finditer(text)]
        self.starts = [start for start, _ in found]
        self.ends = [end for _, end in found]

    def within(self, span: tuple[int, int]) -> range:
        """The indices of the words a span overlaps."""
        first = bisect_right(self.ends, span[0])
        last = bisect_left(self.starts, span[1])
        return range(first, last)

    def f1(self, one: tuple[int, int], other: tuple[int, int]) -> float:
        """Token F1 between the words of two spans."""
        mine, theirs = self.within(one), self.within(other)
        shared = max(0, min(mine.stop, theirs.stop) - max(mine.start, theirs.start))
        if not shared:
            return 0.0
        return 2 * shared / (len(mine) + len(theirs))


def score(brief: Brief, text: str, gold: Mapping[str, Any]) -> Score:
    """Score one brief against its gold entry, whichever kind of gold it is."""
    if "attributions" in gold:
        return score_attributions(brief, text, gold)
    return score_brief(brief, text, gold)


def report(scores: Mapping[str, Score]) -> dict[str, Any]:
    """The JSON report: overall percentages, and per article percentages and counts."""
    overall = Score.of([])
    for one in scores.values():
        overall += one
    return {
        "summary": overall.percentages(),
        "counts": overall.counts(),
        "articles": {
            name: {"scores": s.percentages(), "counts": s.counts()} for name, s in scores.items()
        },
    }


def table(result: Mapping[str, Any]) -> str:
    """A plain-text table: one row per article and one for all, one column per metric."""
    metrics = list(result["summary"])
    abbreviations = {"_recall": " R", "_precision": " P", "_attribution": " A", "_source": " src"}
    short = {m: m for m in metrics}
    for long, abbreviated in abbreviations.items():
        short = {m: name.replace(long, abbreviated) for m, name in short.items()}
    header = ["article", *short.values()]
    rows = [
        [name[:24], *(_cell(v["scores"].get(m)) for m in metrics)]
        for name, v in result["articles"].items()
    ]
    rows.append(["ALL", *(_cell(result["summary"][m]) for m in metrics)])
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]
    lines = [
        "  ".join(
            str(cell).ljust(width) if column == 0 else str(cell).rjust(width)
            for column, (cell, width) in enumerate(zip(row, widths, strict=True))
        )
        for row in [header, *rows]
    ]
    return "\n".join(lines)


def _cell(value: float | None) -> str:
    return "-" if value is None else f"{value:.1f}"


def evaluate_briefs(directory: Path, gold: Mapping[str, Any], briefs: Path) -> dict[str, Any]:
    """Score briefs already written as JSON (`briefs/<stem>.json`, as `summarizer brief
    --format json -o DIR` writes them) against the gold of their articles in `directory`.

    An article without a brief there is listed under "failed". Raises InputError when an
    article or a brief cannot be read.
    """
    scores: dict[str, Score] = {}
    failed: dict[str, str] = {}
    for name in gold:
        path = briefs / f"{Path(name).stem}.json"
        if not path.is_file():
            failed[name] = f"no brief {path}"
            continue
        try:
            brief = Brief.model_validate_json(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as error:
            raise InputError(f"{path}: cannot read the brief: {error}") from error
        scores[name] = score(brief, read_article(directory / name).text, gold[name])
    return {**report(scores), "failed": failed}


def evaluate_rules(directory: Path, gold: Mapping[str, Any]) -> dict[str, Any]:
    """Score what our code decides without a model (see `decided_brief`) on every article
    the gold names: offline, in seconds. Raises InputError when an article is missing."""
    scores: dict[str, Score] = {}
    for name in gold:
        article = read_article(directory / name)
        scores[name] = score(decided_brief(article), article.text, gold[name])
    return {**report(scores), "failed": {}}


async def evaluate(directory: Path, gold: Mapping[str, Any], settings: Settings) -> dict[str, Any]:
    """Brief every article the gold names (from `directory`) and score the briefs.

    Returns `report(...)` with, under "failed", the articles that could not be briefed and
    why. Raises InputError when an article the gold names is not in `directory`.
    """
    articles = [read_article(directory / name) for name in gold]
    texts = {article.name: article.text for article in articles}
    scores: dict[str, Score] = {}
    failed: dict[str, str] = {}
    async for result in asummarize_many(articles, settings=settings):
        if result.brief is None:
            failed[result.article] = str(result.error)
        else:
            scores[result.article] = score(
                result.brief, texts[result.article], gold[result.article]
            )
    ordered = {name: scores[name] for name in gold if name in scores}
    return {**report(ordered), "failed": failed}
