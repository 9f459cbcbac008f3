"""Figure candidates: every quantity of an article with its exact offsets, its whole value
(27.5e9 for "$27.5bn"), its unit (an ISO code for money), its qualifier, and the noun phrase
of the article it counts.

Number forms are read by regular expressions (`forms.py`, `ranges.py`); spaCy's parse of
the article says what each one counts (`counts.py`) and helps to leave out numbers that are
part of names (`exclusions.py`); number words in other senses are left out by
`senses.py`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from spacy.tokens import Doc

from summarizer.text.figures.counts import Counted, counted
from summarizer.text.figures.exclusions import not_a_figure, phone_spans
from summarizer.text.figures.forms import Reading, readings
from summarizer.text.figures.qualifiers import qualifier_after, qualifier_before, qualifier_phrase
from summarizer.text.figures.ranges import join_ranges
from summarizer.text.figures.senses import not_a_quantity_word
from summarizer.text.nlp import text_of


@dataclass(frozen=True)
class FigureCandidate:
    """A quantity found in the article: `article[start:end] == text`, qualifier included.

    value: the whole value (the low end of a range, the first side of a score; None for
    a vague quantity such as "dozens"); high: the high end of a range or the second side
    of a score ("2-1"); unit: an ISO currency code for money, "percent", "percentage
    points", or the noun it counts; counts: the article's noun phrase it quantifies;
    evidence_start/evidence_end: the number with the words it quantifies; kind: "money",
    "percent", "fraction", "time", "vague" or "count"; form: "single", "range", "score" or
    "ratio" ("four in 10", valued 0.4).
    """

    number: int
    start: int
    end: int
    text: str
    value: float | None
    qualifier: str | None
    unit: str | None
    sentence: int
    counts: str | None
    evidence_start: int
    evidence_end: int
    high: float | None = None
    kind: str = "count"
    form: str = "single"


def _with_qualifiers(text: str, reading: Reading) -> Reading:
    """The reading widened over a qualifier before it ("at least") or after it ("or so")."""
    words: list[str] = []
    start, end = reading.start, reading.end
    before = qualifier_before(text, start)
    if before is not None:
        words.append(qualifier_phrase(before.group("q")))
        start = before.start()
    after = qualifier_after(text, end)
    if after is not None:
        words.append(qualifier_phrase(after.group("q")))
        end += after.end()
    if not words:
        return reading
    return replace(reading, start=start, end=end, qualifier=" ".join(words))


def _title_end(text: str) -> int:
    """Where the article's title line ends: a first line standing alone before a blank
    line; 0 when there is none."""
    match = re.match(r"[^\n]{1,300}\n[ \t\u00a0]*\n", text)
    return text.index("\n") if match else 0


def _without_title_repeats(text: str, found: list[Reading]) -> list[Reading]:
    """Leave out a figure of the title whose value the body gives again: the body's one
    has the context that says what it counts."""
    title_end = _title_end(text)
    body = {r.value for r in found if r.start >= title_end and r.value is not None}
    return [r for r in found if r.start >= title_end or r.value not in body]


def _unit(reading: Reading, thing: Counted | None, text: str) -> str | None:
    """A money code or percent unit from the form, else a unit written onto or hyphenated
    to the number ("9mm", "104-page"), else the head noun it counts."""
    if reading.unit is not None or reading.kind in {"money", "percent"}:
        return reading.unit
    hyphen = re.match(r"^-([A-Za-z]+)", text[reading.end : reading.end + 30])
    if hyphen:
        return hyphen.group(1).lower()
    return thing.head.lower() if thing is not None else None


def _sentence_numbers(doc: Doc, spans: Sequence[tuple[int, int]] | None) -> list[tuple[int, int]]:
    """The sentence bounds to number figures by: the given ones, else spaCy's."""
    if spans is not None:
        return list(spans)
    return [(s.start_char, s.end_char) for s in doc.sents]


def _sentence_of(bounds: list[tuple[int, int]], offset: int) -> int:
    """The 1-based number of the sentence holding `offset`, 0 when none does."""
    for index, (start, end) in enumerate(bounds, start=1):
        if start <= offset < end:
            return index
    return 0


def readings_of(doc: Doc) -> list[Reading]:
    """The number expressions of the article that are quantities, qualifiers attached and
    ranges and scores joined, in order."""
    text = text_of(doc)
    phones = phone_spans(text)
    found = [r for r in readings(text) if not not_a_figure(text, r, doc, phones)]
    found = join_ranges(text, [_with_qualifiers(text, r) for r in found])
    found = [r for r in found if not not_a_quantity_word(text, r, doc)]
    return _without_title_repeats(text, found)


def find_figures(
    doc: Doc, sentence_spans: Sequence[tuple[int, int]] | None = None
) -> list[FigureCandidate]:
    """Every quantity in the article `doc` (spaCy's parse of its text), in order.

    `sentence_spans` are (start, end) character bounds of the sentences the caller numbers
    (the pipeline's own segmentation); without them spaCy's sentences are numbered.
    """
    text = text_of(doc)
    bounds = _sentence_numbers(doc, sentence_spans)
    found: list[FigureCandidate] = []
    for reading in readings_of(doc):
        thing = counted(doc, reading.core_start, reading.end, reading.kind)
        sentence = _sentence_of(bounds, reading.core_start)
        evidence_start, evidence_end = reading.start, reading.end
        if thing is not None and sentence == _sentence_of(bounds, thing.start):
            evidence_start = min(evidence_start, thing.start)
            evidence_end = max(evidence_end, thing.end)
        found.append(
            FigureCandidate(
                number=len(found) + 1,
                start=reading.start,
                end=reading.end,
                text=text[reading.start : reading.end],
                value=reading.value,
                qualifier=reading.qualifier,
                unit=_unit(reading, thing, text),
                sentence=sentence,
                counts=thing.text if thing is not None else None,
                evidence_start=evidence_start,
                evidence_end=evidence_end,
                high=reading.high,
                kind=reading.kind,
                form=reading.form,
            )
        )
    return found
