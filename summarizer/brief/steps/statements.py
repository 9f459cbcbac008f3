"""What the claims and denials steps share: candidate sentences as the prompt shows them, and
statements built one per sentence from the words' decisions and the model's verdicts."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from summarizer.brief.analysis import Analysis
from summarizer.brief.attribution import clean_speaker
from summarizer.brief.steps.base import Assembly, StepResult, judged
from summarizer.schema import Dropped, Evidence
from summarizer.text.candidates import statement_of
from summarizer.text.grounding import locate, span
from summarizer.text.sentences import Sentence


def sentence_lines(analysis: Analysis, sentences: list[Sentence]) -> str:
    """The candidate sentences under their ids, with the speaker our code found."""
    lines = []
    for sentence in sentences:
        hint = analysis.speakers.get(sentence.number)
        named = f" [speaker: {hint}]" if hint else ""
        lines.append(f"s{sentence.number}{named}: {' '.join(sentence.text.split())}")
    return "\n".join(lines)


@dataclass(frozen=True)
class Said:
    """A claim or denial on its way into the brief."""

    kind: Any  # a Presentation or a DenialKind
    speaker: str
    actor: str
    statement: str
    evidence: Evidence


def statements(
    step: str,
    assembly: Assembly,
    result: StepResult | None,
    candidates: list[Sentence],
    decided: dict[int, str],
) -> list[Said]:
    """Each statement, one per sentence, in the article's order: the candidates whose
    words decided their kind, the model's verdicts on the others, and its added items.

    The speaker is the one the sentence's grammar names ("X said") when our code found
    one, else the model's; an item whose speaker names nobody is dropped (and listed in
    the assembly's `dropped`).
    """
    analysis = assembly.analysis
    judgement = judged(result)
    found: dict[int, Said] = {}

    def keep(kind: str, speaker: str | None, sentence: Sentence) -> None:
        if kind == "none" or sentence.start in found:
            return
        speaker = analysis.speakers.get(sentence.number) or clean_speaker(speaker)
        if speaker is None:
            assembly.dropped.append(
                Dropped(step=step, item=sentence.text[:300], reason="no speaker named")
            )
            return
        found[sentence.start] = Said(
            kind,
            speaker,
            assembly.roster.attribute(speaker),
            statement_of(sentence.text, speaker),
            span(assembly.text, sentence.start, sentence.end),
        )

    for sentence in candidates:
        if (kind := decided.get(sentence.number)) is not None:
            keep(kind, None, sentence)
        elif (verdict := judgement.verdicts.get(f"s{sentence.number}")) is not None:
            keep(verdict.kind, getattr(verdict, "speaker", None), sentence)
    for item in judgement.added:
        keep(item.kind, item.speaker, analysis.sentence_of(locate(item.quote, assembly.text)))
    return [found[start] for start in sorted(found)]
