"""Score briefs against gold annotations (format and matching rules: eval/README.md).

- a claim or denial is found when its evidence span overlaps the gold span;
- a figure is found when its value equals the gold value (one of them, for a list) and its
  evidence overlaps the gold span; for a null gold value the overlap alone decides;
- an actor is found when its name equals or contains one of the gold aliases;
- a found claim or denial is attributed right when its speaker equals, contains or is
  contained in one of the gold `by` aliases (case-insensitive);
- grounding is the share of extracted quotes that stand verbatim in the article.
Recall counts required gold items (central actors); precision counts matches with any item.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from summarizer.api import asummarize_many
from summarizer.errors import InputError
from summarizer.schema import Brief, Claim, Denial, Figure
from summarizer.settings import Settings
from summarizer.text.article import read_article
from summarizer.text.grounding import is_verbatim

METRICS = (
    "grounding",
    "actor_recall",
    "claim_recall",
    "claim_precision",
    "claim_attribution",
    "denial_recall",
    "denial_precision",
    "denial_attribution",
    "figure_recall",
    "figure_precision",
)


@dataclass
class Ratio:
    """A count of hits over a count of trials; adds up across articles."""

    hits: int = 0
    total: int = 0

    def add(self, hit: bool) -> None:
        self.hits += int(hit)
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

    def __iadd__(self, other: Score) -> Score:
        for name, ratio in other.ratios.items():
            self.ratios[name] += ratio
        return self

    def percentages(self) -> dict[str, float | None]:
        return {name: ratio.percent for name, ratio in self.ratios.items()}

    def counts(self) -> dict[str, str]:
        return {name: f"{r.hits}/{r.total}" for name, r in self.ratios.items()}


def load_gold(path: Path) -> dict[str, Any]:
    """The gold annotations, keyed by article file name; raises InputError if unreadable."""
    try:
        gold = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise InputError(f"{path}: cannot read the gold annotations: {error}") from error
    if not isinstance(gold, dict):
        raise InputError(f"{path}: gold annotations must be an object keyed by file name")
    return gold


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
                alias in brief_actor.name.casefold()  # equal to, or contained in, the name
                for brief_actor in brief.actors
                for alias in aliases
            )
            score.ratios["actor_recall"].add(found)
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


def report(scores: Mapping[str, Score]) -> dict[str, Any]:
    """The JSON report: overall percentages, and per article percentages and counts."""
    overall = Score()
    for score in scores.values():
        overall += score
    return {
        "summary": overall.percentages(),
        "counts": overall.counts(),
        "articles": {
            name: {"scores": s.percentages(), "counts": s.counts()} for name, s in scores.items()
        },
    }


def table(result: Mapping[str, Any]) -> str:
    """A plain-text table: one row per article and one for all, one column per metric."""
    short = {m: m.replace("_recall", " R").replace("_precision", " P")
             .replace("_attribution", " A") for m in METRICS}  # fmt: skip
    header = ["article", *short.values()]
    rows = [
        [name[:24], *(_cell(v["scores"][m]) for m in METRICS)]
        for name, v in result["articles"].items()
    ]
    rows.append(["ALL", *(_cell(result["summary"][m]) for m in METRICS)])
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
            scores[result.article] = score_brief(
                result.brief, texts[result.article], gold[result.article]
            )
    ordered = {name: scores[name] for name in gold if name in scores}
    return {**report(ordered), "failed": failed}
