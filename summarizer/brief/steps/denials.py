"""The denials step: who denies, rejects or will not comment on what, and whose claim it
answers. The parse finds each denial, its kind (from its verb and negation: a refusal to
comment is a no_comment whoever says it) and, most often, its speaker; the model is asked
only who speaks where the parse named nobody, and whether the sentence denies at all."""

from __future__ import annotations

from pydantic import BaseModel

from summarizer.brief.analysis import Analysis
from summarizer.brief.steps.base import Assembly, Step, StepResult, verdict_model
from summarizer.brief.steps.statements import Said, sentence_lines, statements, unnamed
from summarizer.schema import Claim, Denial
from summarizer.text.statements.answers import POINTS_BACK
from summarizer.text.statements.presentation import answered_party, points_back, refers_back


def _kind(statement_kind: str | None) -> str:
    return statement_kind or "denial"


def _verdicts(analysis: Analysis) -> dict[str, type[BaseModel]]:
    return {
        f"s{s.number}": verdict_model("Denial", ("none", _kind(s.attribution.denial_kind)), True)
        for s in unnamed(analysis.denials)
    }


def referent(said: Said, claims: list[Claim]) -> str | None:
    """What a denial points back at when its words do ("rejected that allegation"): the
    nearest claim before it or earlier in its sentence ("After X said S, Y rejected that
    claim"), no further back than POINTS_BACK, by another speaker and not about the denier
    ("X told reporters" reports X), whose content says something (four words or more)."""
    if refers_back(said.evidence.quote) is None and not points_back(said.statement):
        return None
    start = said.evidence.start
    before = [
        claim
        for claim in claims
        if start - POINTS_BACK <= claim.evidence.start <= start
        and claim.speaker != said.speaker
        and said.speaker.casefold() not in claim.statement.casefold()
        and len(claim.statement.split()) >= 4
    ]
    return max(before, key=lambda c: c.evidence.start).statement if before else None


def _build(assembly: Assembly, result: StepResult | None) -> None:
    denials = assembly.analysis.denials
    kinds = {s.number: _kind(s.attribution.denial_kind) for s in denials if s.source is not None}
    claims = assembly.fields.get("claims", [])
    assembly.fields["denials"] = [
        Denial(
            speaker=said.speaker,
            actor=said.actor,
            cue=said.cue,
            denied=said.statement,
            stands_for=said.stands_for,
            answers=answered_party(said.evidence.quote),
            refers_to=referent(said, claims),
            kind=said.kind,
            evidence=said.evidence,
        )
        for said in statements("denials", assembly, result, denials, kinds)
    ]


DENIALS = Step(
    "denials",
    field="denials",
    candidates=lambda analysis: sentence_lines(analysis.denials),
    build=_build,
    verdicts=_verdicts,
    # The paragraphs around the sentences asked about: where their speaker is named.
    shows=lambda analysis: analysis.excerpt(s.start for s in unnamed(analysis.denials)),
    # Speakers are attributed to the actors already on the roster; what a denial points
    # back at is among the claims.
    reads=("actors", "claims"),
)
