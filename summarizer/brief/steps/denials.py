"""The denials step: who denies, rejects or will not comment on what, and whose claim it
answers."""

from __future__ import annotations

from typing import get_args

from pydantic import BaseModel, Field

from summarizer.brief.analysis import Analysis
from summarizer.brief.steps.base import Assembly, Quote, Short, Step, StepResult, verdict_model
from summarizer.brief.steps.statements import sentence_lines, statements
from summarizer.schema import Denial, DenialKind
from summarizer.text.candidates import answered_party, denial_kind, denial_strength

DENIAL_KINDS: tuple[str, ...] = get_args(DenialKind)


class AddedDenial(BaseModel):
    quote: Quote = Field(description="The first 6 to 10 words of the sentence, copied exactly.")
    kind: DenialKind
    speaker: Short


def _verdicts(analysis: Analysis) -> dict[str, type[BaseModel]]:
    # Only sentences our code could not decide (see Analysis.denial_kinds). An "open" one
    # ("did not" in what may be a plain fact) may be judged "none"; a "sure" or "likely"
    # one only lacks its speaker.
    verdicts: dict[str, type[BaseModel]] = {}
    for sentence in analysis.undecided_denials:
        named = sentence.number in analysis.speakers
        strength = denial_strength(sentence.text)
        if strength == "open":
            kinds = ("none", *DENIAL_KINDS)
        elif denial_kind(sentence.text) == "no_comment":
            kinds = ("no_comment",)
        else:
            kinds = DENIAL_KINDS
        verdicts[f"s{sentence.number}"] = verdict_model("Denial", kinds, not named)
    return verdicts


def _build(assembly: Assembly, result: StepResult | None) -> None:
    analysis = assembly.analysis
    assembly.fields["denials"] = [
        Denial(
            speaker=said.speaker,
            actor=said.actor,
            denied=said.statement,
            answers=answered_party(said.evidence.quote),
            kind=said.kind,
            evidence=said.evidence,
        )
        for said in statements(
            "denials", assembly, result, analysis.denial_candidates, analysis.denial_kinds
        )
    ]


DENIALS = Step(
    "denials",
    field="denials",
    candidates=lambda analysis: sentence_lines(analysis, analysis.undecided_denials),
    build=_build,
    verdicts=_verdicts,
    added=AddedDenial,
)
