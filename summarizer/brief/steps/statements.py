"""What the claims and denials steps share: the statements whose speaker the parse did not
name, as the prompt shows them, and statements built from the parse's decisions and the
model's verdicts."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from summarizer.brief.analysis import Statement
from summarizer.brief.attribution import clean_speaker
from summarizer.brief.steps.base import Assembly, StepResult, judged
from summarizer.schema import Dropped, Evidence
from summarizer.text.grounding import span


def unnamed(statements: list[Statement]) -> list[Statement]:
    """The statements whose speaker the parse did not name: the model is asked who."""
    return [s for s in statements if s.source is None]


def sentence_lines(statements: list[Statement]) -> str:
    """The statements the model is asked about, under their ids."""
    return "\n".join(f"s{s.number}: {' '.join(s.text.split())}" for s in unnamed(statements))


@dataclass(frozen=True)
class Said:
    """A claim or denial on its way into the brief."""

    kind: Any  # a Presentation or a DenialKind
    speaker: str
    actor: str | None
    cue: str
    statement: str
    evidence: Evidence
    stands_for: str | None = None


def statements(
    step: str,
    assembly: Assembly,
    result: StepResult | None,
    candidates: list[Statement],
    kind_of: dict[int, str],
) -> list[Said]:
    """Each statement, one per sentence, in the article's order: those whose speaker the
    parse named, with the kind `kind_of` gives them, and the model's verdicts on the
    others. A statement whose speaker names nobody is dropped (and listed in `dropped`)."""
    verdicts = judged(result).verdicts
    found: list[Said] = []
    for statement in candidates:
        kind: str | None = kind_of.get(statement.number)
        speaker = statement.source
        if speaker is None:
            verdict = verdicts.get(f"s{statement.number}")
            kind = getattr(verdict, "kind", None)
            speaker = clean_speaker(getattr(verdict, "speaker", None))
        if kind is None or kind == "none":
            continue
        if speaker is None:
            assembly.dropped.append(
                Dropped(step=step, item=statement.text[:300], reason="no speaker named")
            )
            continue
        found.append(
            Said(
                kind,
                speaker,
                assembly.roster.attribute(speaker),
                statement.attribution.cue,
                " ".join(statement.content.split()) or statement.text,
                span(assembly.text, statement.start, statement.end),
                statement.attribution.stands_for,
            )
        )
    return found
