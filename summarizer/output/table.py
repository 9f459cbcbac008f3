"""Briefs as a table: one CSV row per claim, denial and figure, for spreadsheets and
databases.

Written with the standard csv module (quotes and newlines inside a field are quoted as
RFC 4180 says), UTF-8, with a header, so that the file opens in a spreadsheet as it is.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from typing import TextIO

from summarizer.schema import Brief, Evidence

#: The columns, in order. `stance` is a claim's presentation (asserted, reported, alleged,
#: confirmed) or a denial's kind (denial, rejection, no_comment); `cue` the reporting or
#: denying words as written; `text` is what is claimed or denied, or the figure as written;
#: `stands_for` whom a pronoun that opens `text` stands for.
#: Figures alone have a value, high end and unit.
COLUMNS = (
    "article", "kind", "speaker", "actor", "stance", "cue", "text", "stands_for", "quote",
    "start", "end", "value", "high", "unit", "counts",
)  # fmt: skip

Row = dict[str, str | int | float | None]


def rows(brief: Brief) -> Iterator[Row]:
    """The rows of one brief: its claims, then its denials, then its figures."""
    article = brief.provenance.source
    for claim in brief.claims:
        yield {
            "article": article, "kind": "claim", "speaker": claim.speaker, "actor": claim.actor,
            "stance": claim.presentation, "cue": claim.cue, "text": claim.statement,
            "stands_for": claim.stands_for, **_evidence(claim.evidence),
        }  # fmt: skip
    for denial in brief.denials:
        yield {
            "article": article, "kind": "denial", "speaker": denial.speaker,
            "actor": denial.actor, "stance": denial.kind, "cue": denial.cue,
            "text": denial.denied, "stands_for": denial.stands_for,
            **_evidence(denial.evidence),
        }  # fmt: skip
    for figure in brief.figures:
        yield {
            "article": article, "kind": "figure", "text": figure.text,
            **_evidence(figure.evidence), "value": figure.value, "high": figure.high,
            "unit": figure.unit, "counts": figure.counts,
        }  # fmt: skip


def _evidence(evidence: Evidence) -> Row:
    return {"quote": evidence.quote, "start": evidence.start, "end": evidence.end}


class StatementTable:
    """A CSV of statements written to `stream` brief by brief: the header first, then the
    rows of each brief as it is added. `stream` should be opened with newline=""."""

    def __init__(self, stream: TextIO) -> None:
        self._writer = csv.DictWriter(stream, fieldnames=COLUMNS, extrasaction="raise")
        self._writer.writeheader()

    def add(self, brief: Brief) -> None:
        """Write the rows of `brief`."""
        self._writer.writerows(rows(brief))
