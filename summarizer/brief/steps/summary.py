"""The summary step: one or two sentences on who did what, according to whom."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field, StringConstraints

from summarizer.brief.steps.base import Assembly, CachedSchema, Step, StepResult, first_part


class SummaryAnswer(CachedSchema):
    summary: Annotated[str, StringConstraints(min_length=1, max_length=320)] = Field(
        description="One or two sentences: who did what, according to whom."
    )


def whole_sentences(text: str) -> str:
    """The text up to its last full stop: the summary's length limit may cut it mid-word."""
    text = text.strip()
    if text[-1:] in ".!?" or "." not in text:
        return text
    return text[: text.rfind(".") + 1]


def _build(assembly: Assembly, result: StepResult | None) -> None:
    answer = result.answer if result is not None else None
    assembly.fields["summary"] = (
        whole_sentences(answer.summary) if isinstance(answer, SummaryAnswer) else ""
    )


SUMMARY = Step(
    "summary",
    field="summary",
    candidates=lambda analysis: "",
    build=_build,
    answer=SummaryAnswer,
    merge=first_part,
)
