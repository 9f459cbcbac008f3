"""The claims step: who asserts what, and how the article presents it. The parse finds each
statement and, most often, its speaker; the speaker's own verb decides how it is presented.
The model is asked only about the statements whose speaker the parse did not name: whether
they hold a claim, how it is presented, and who makes it."""

from __future__ import annotations

from typing import get_args

from pydantic import BaseModel

from summarizer.brief.analysis import Analysis
from summarizer.brief.steps.base import Assembly, Step, StepResult, verdict_model
from summarizer.brief.steps.statements import sentence_lines, statements, unnamed
from summarizer.schema import Claim, Presentation
from summarizer.text.statements.presentation import presentation_of

CLAIM_KINDS: tuple[str, ...] = get_args(Presentation)


def _verdicts(analysis: Analysis) -> dict[str, type[BaseModel]]:
    model = verdict_model("Claim", ("none", *CLAIM_KINDS), True)
    return {f"s{statement.number}": model for statement in unnamed(analysis.claims)}


def _build(assembly: Assembly, result: StepResult | None) -> None:
    # A speaker's refusal to comment, or denial, is theirs once: as a denial, not a claim too.
    denied = {(s.start, s.source) for s in assembly.analysis.denials}
    claims = [s for s in assembly.analysis.claims if (s.start, s.source) not in denied]
    presented = {
        s.number: presentation_of(s.attribution.cue, s.source)
        for s in claims
        if s.source is not None
    }
    assembly.fields["claims"] = [
        Claim(
            speaker=said.speaker,
            actor=said.actor,
            cue=said.cue,
            statement=said.statement,
            stands_for=said.stands_for,
            presentation=said.kind,
            evidence=said.evidence,
        )
        for said in statements("claims", assembly, result, claims, presented)
    ]


CLAIMS = Step(
    "claims",
    field="claims",
    candidates=lambda analysis: sentence_lines(analysis.claims),
    build=_build,
    verdicts=_verdicts,
    # The paragraphs around the sentences asked about: where their speaker is named.
    shows=lambda analysis: analysis.excerpt(s.start for s in unnamed(analysis.claims)),
    # Speakers are attributed to the actors already on the roster.
    reads=("actors",),
)
