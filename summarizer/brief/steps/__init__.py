"""The steps of a brief, in order. A step is one module here and one entry in `STEPS`: its
prompt (`prompts/<name>.md`), its answer schema, the field of `Brief` it fills, how it
builds that field's items and how they merge across the chunks of a long article.
"""

from __future__ import annotations

from collections.abc import Sequence

from summarizer.brief.analysis import Analysis
from summarizer.brief.steps.actors import ACTORS
from summarizer.brief.steps.base import Assembly, Judgement, Step, StepResult, in_order
from summarizer.brief.steps.claims import CLAIMS
from summarizer.brief.steps.denials import DENIALS
from summarizer.brief.steps.figures import FIGURES
from summarizer.brief.steps.summary import SUMMARY

#: The steps every brief is made of, in the order their items are built: actors before the
#: statements that are attributed to them, the summary last, checked against them all (each
#: step's `reads` says what it needs; the order is checked here, once, at import).
STEPS: tuple[Step, ...] = in_order(ACTORS, CLAIMS, DENIALS, FIGURES, SUMMARY)

__all__ = ["STEPS", "Assembly", "Judgement", "Step", "StepResult", "in_order", "steps_for"]


def steps_for(analysis: Analysis, steps: Sequence[Step] = STEPS) -> list[Step]:
    """The steps that have something to ask of this article, in order: a step whose
    candidates are all decided, or that has none, makes no call."""
    return [step for step in steps if step.applies(analysis)]
