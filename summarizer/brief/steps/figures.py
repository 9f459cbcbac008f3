"""The figures step: our code finds every number with its value, qualifier and unit; the
model says what each counts, and whether a bare number word is a quantity at all."""

from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, StringConstraints

from summarizer.brief.analysis import Analysis
from summarizer.brief.steps.base import Assembly, Step, StepResult, judged
from summarizer.schema import Figure
from summarizer.text.candidates import FigureCandidate
from summarizer.text.grounding import span

# What a number counts: about eight words; the bound also stops a model that copies on.
COUNTS_LENGTH = 60
Counts = Annotated[str, StringConstraints(min_length=1, max_length=COUNTS_LENGTH)]


class FigureVerdict(BaseModel):
    """A number that may not be a quantity ("one of them")."""

    quantity: bool
    counts: Counts | None


class SureFigure(BaseModel):
    """A number that surely counts something: the model only says what."""

    counts: Counts


def _is_sure_figure(candidate: FigureCandidate) -> bool:
    # Digits, or a number word with a unit after it ("seven years"), surely count something;
    # a bare "one" may be a pronoun and is left to the model.
    return candidate.unit is not None or any(ch.isdigit() for ch in candidate.text)


def _verdicts(analysis: Analysis) -> dict[str, type[BaseModel]]:
    return {
        f"f{c.number}": SureFigure if _is_sure_figure(c) else FigureVerdict
        for c in analysis.figures
    }


def _lines(analysis: Analysis) -> str:
    lines = []
    for candidate in analysis.figures:
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
        while len(words) > 1 and words[-1].casefold() in _DANGLING:
            words.pop()
    return " ".join(words).rstrip(" ,;:.-–") or None


_DANGLING = frozenset("a an the of in on at to by for from with and or".split())


def _build(assembly: Assembly, result: StepResult | None) -> None:
    verdicts = judged(result).verdicts
    assembly.fields["figures"] = [
        Figure(
            value=candidate.value,
            unit=candidate.unit,
            counts=what_it_counts(verdict.counts) if verdict else None,
            qualifier=candidate.qualifier,
            text=candidate.text,
            evidence=span(assembly.text, candidate.start, candidate.end),
        )
        for candidate in assembly.analysis.figures
        if (verdict := verdicts.get(f"f{candidate.number}")) is None
        or getattr(verdict, "quantity", True)
    ]


FIGURES = Step(
    "figures",
    field="figures",
    candidates=_lines,
    build=_build,
    verdicts=_verdicts,
)
