"""The figures step: our code finds every number with its whole value, qualifier, unit and,
from the parse, the noun phrase it counts; the model is asked only what the numbers whose
noun the parse did not give count."""

from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, StringConstraints

from summarizer.brief.analysis import Analysis
from summarizer.brief.steps.base import Assembly, Step, StepResult, judged
from summarizer.schema import Figure
from summarizer.text.grounding import span
from summarizer.text.lexicon import DANGLING_WORDS

# What a number counts: about eight words; the bound also stops a model that copies on.
COUNTS_LENGTH = 60
Counts = Annotated[str, StringConstraints(min_length=1, max_length=COUNTS_LENGTH)]


class SureFigure(BaseModel):
    """A number whose noun our code could not find: the model says what it counts."""

    counts: Counts


def _verdicts(analysis: Analysis) -> dict[str, type[BaseModel]]:
    # Only the numbers whose counted noun phrase the parse did not give ("grew 27 percent"):
    # for the others the article's own words say what they count.
    return {f"f{c.number}": SureFigure for c in analysis.figures if c.counts is None}


def _lines(analysis: Analysis) -> str:
    lines = []
    for candidate in analysis.figures:
        if candidate.counts is not None:
            continue
        before = analysis.text[max(0, candidate.start - 60) : candidate.start].split()[-6:]
        after = analysis.text[candidate.end : candidate.end + 60].split()[:6]
        around = " ".join([*before, candidate.text.strip(), *after])
        lines.append(f'f{candidate.number}: {" ".join(candidate.text.split())!r} in "{around}"')
    return "\n".join(lines)


def what_it_counts(text: str | None) -> str | None:
    """What a figure counts, tidied: whitespace runs made single, trailing punctuation
    dropped, and where the length bound cut the answer, the cut word and the little words
    left dangling before it ("launched by Russian warships in a")."""
    if text is None:
        return None
    words = text.split()
    if len(" ".join(words)) >= COUNTS_LENGTH and len(words) > 1:
        words.pop()
        while len(words) > 1 and words[-1].casefold() in DANGLING_WORDS:
            words.pop()
    return " ".join(words).rstrip(" ,;:.-–") or None


def _build(assembly: Assembly, result: StepResult | None) -> None:
    verdicts = judged(result).verdicts
    assembly.fields["figures"] = [
        Figure(
            value=candidate.value,
            high=candidate.high,
            unit=candidate.unit,
            counts=candidate.counts or _counts(verdicts.get(f"f{candidate.number}")),
            qualifier=candidate.qualifier,
            text=candidate.text,
            evidence=span(assembly.text, candidate.evidence_start, candidate.evidence_end),
        )
        for candidate in assembly.analysis.figures
    ]


def _counts(verdict: SureFigure | None) -> str | None:
    return what_it_counts(verdict.counts) if verdict is not None else None


FIGURES = Step(
    "figures",
    field="figures",
    candidates=_lines,
    build=_build,
    verdicts=_verdicts,
    # Each line carries the words around its number: the article is not shown again.
    shows=lambda analysis: "",
)
