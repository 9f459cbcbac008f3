"""A quotation that runs over several sentences is one statement: "“A. B,” she said. “C.”"
is what she said, not three claims of a sentence each, the last two of which ("B", "C")
read as fragments on their own."""

from __future__ import annotations

from dataclasses import replace

from summarizer.text.statements.cues import StatementKind
from summarizer.text.statements.quotes import Quotation
from summarizer.text.statements.records import Attribution

#: The most characters between two parts of one quotation: room for ", she said. “"
#: and no more (a longer gap is narration of its own).
LONGEST_GAP = 60


def _quoted(attribution: Attribution, quotations: list[Quotation]) -> bool:
    """Whether a statement's content stands in a quotation."""
    return any(q.overlaps(attribution.content_start, attribution.content_end) for q in quotations)


def _nested(attribution: Attribution, quotations: list[Quotation]) -> bool:
    """Whether a statement is cued inside a quotation (someone the speaker quotes)."""
    return any(q.contains(attribution.cue_start) for q in quotations)


def _continues(text: str, run: Attribution, part: Attribution) -> bool:
    """Whether `part` goes on with the quotation `run` ends with: the same speaker's
    claim, after it, in the same paragraph, no more than a "she said" between."""
    gap = text[run.content_end : part.content_start]
    return (
        part.source is not None
        and part.source == run.source
        and part.kind == run.kind == StatementKind.CLAIM
        and run.content_end <= part.content_start
        and len(gap) <= LONGEST_GAP
        and "\n" not in gap
    )


def join_quotation_runs(
    text: str, quotations: list[Quotation], attributions: list[Attribution]
) -> list[Attribution]:
    """The attributions of an article (in reading order) with each run of one speaker's
    quoted claims joined into one: its passage spans their sentences and its content runs
    from the first quoted word to the last. A statement cued inside the quotation (whom
    the speaker quotes) stays apart and does not break the run; one the speaker makes of
    themselves inside it ("we asked") is part of the run."""
    joined: list[Attribution] = []
    for attribution in attributions:
        run = next(
            (
                index
                for index in range(len(joined) - 1, -1, -1)
                if not _nested(joined[index], quotations)
            ),
            None,
        )
        if (
            run is not None
            and _quoted(attribution, quotations)
            and _quoted(joined[run], quotations)
            and _continues(text, joined[run], attribution)
        ):
            joined[run] = replace(
                joined[run],
                sentence_end=max(joined[run].sentence_end, attribution.sentence_end),
                content_end=attribution.content_end,
            )
            continue
        joined.append(attribution)
    return [a for a in joined if not any(_within(a, run) for run in joined if run is not a)]


def _within(part: Attribution, run: Attribution) -> bool:
    """Whether a statement is the speaker's own words inside a run of theirs ("“... we
    asked for it ...,” she said": her "we asked" is part of what she said)."""
    return (
        part.source == run.source
        and part.kind == StatementKind.CLAIM  # a denial inside it is a denial of its own
        and run.content_start <= part.content_start
        and part.content_end <= run.content_end
        and (run.content_start, run.content_end) != (part.content_start, part.content_end)
    )
