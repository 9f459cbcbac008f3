"""The claims step: who asserts what, and how the article presents it."""

from __future__ import annotations

from typing import get_args

from pydantic import BaseModel, Field

from summarizer.brief.analysis import Analysis
from summarizer.brief.steps.base import Assembly, Quote, Short, Step, StepResult, verdict_model
from summarizer.brief.steps.statements import sentence_lines, statements
from summarizer.schema import Claim, Presentation

CLAIM_KINDS: tuple[str, ...] = get_args(Presentation)


class AddedClaim(BaseModel):
    quote: Quote = Field(description="The first 6 to 10 words of the sentence, copied exactly.")
    kind: Presentation
    speaker: Short


def _verdicts(analysis: Analysis) -> dict[str, type[BaseModel]]:
    # Only sentences whose speaker our code did not find (see Analysis.claim_kinds): the
    # model names the speaker, or says the sentence holds no claim.
    model = verdict_model("Claim", ("none", *CLAIM_KINDS), True)
    return {f"s{sentence.number}": model for sentence in analysis.undecided_claims}


def _build(assembly: Assembly, result: StepResult | None) -> None:
    analysis = assembly.analysis
    assembly.fields["claims"] = [
        Claim(
            speaker=said.speaker,
            actor=said.actor,
            statement=said.statement,
            presentation=said.kind,
            evidence=said.evidence,
        )
        for said in statements(
            "claims", assembly, result, analysis.claim_candidates, analysis.claim_kinds
        )
    ]


CLAIMS = Step(
    "claims",
    field="claims",
    candidates=lambda analysis: sentence_lines(analysis, analysis.undecided_claims),
    build=_build,
    verdicts=_verdicts,
    added=AddedClaim,
)
