"""Parts of a news text whose names are not the story's actors: the headline and subheads,
bylines, datelines, photo credits and reporting credits.

A headline capitalises every word, so names found in it are unreliable; a dateline ("CITY
(AGENCY) -") and a byline name the place and the wire that filed the story, not who acts in it.
"""

from __future__ import annotations

import re

# A line that ends a sentence ends with one of these (a closing quote mark included).
_SENTENCE_END = re.compile(r"[.!?:;\"”’')\]]\s*$")
# "CITY -", "CITY, State (AGENCY) -": capitals, an optional place after a comma, an optional
# agency in brackets, then a dash.
_DATELINE = re.compile(
    r"^\s*[A-Z][A-Z.'\- ]{1,40}(?:,\s*[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*)?\s*(?:\([^)]{1,40}\))?"
    r"\s*[-\u2013\u2014]{1,2}\s"
)
# Credits of pictures and of reporting, and calls to follow a writer.
_CREDIT = re.compile(
    r"(?:\bvia\s+Getty\b|\bGetty\s+Images\b|\bHandout\b|\bPhoto(?:graph)?s?\s*(?:by\b|:|credit)|"
    r"\b(?:Reporting|Editing|Writing|Additional\s+reporting|Compiled)\s+by\b|^\s*Follow\s|"
    r"\(\s*(?:AP|AFP|Reuters)\s+Photo|\w/(?:Reuters|AP|AFP|Getty)\b|^\s*By\s+[A-Z]|"
    r"^\s*(?:Contact|Email|E-mail)\s+[A-Z]|https?://|\bimage\s+(?:of|from|by|courtesy)\b|"
    r"\bcourtesy\s+of\b|^\s*[-\u2013\u2014]\s*[A-Z]\w+\s+[A-Z]\w+)",
)
_SHORT_LINE_WORDS = 25
_HEADLINE_WORDS = 20


def skipped_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of the text whose names are not actors: lines that do not end a
    sentence (headline, subheads, bylines), credit lines, and a dateline opening a paragraph."""
    spans: list[tuple[int, int]] = []
    offset = 0
    lines = text.splitlines(keepends=True)
    for number, line in enumerate(lines):
        start, body = offset, line.rstrip("\n")
        offset += len(line)
        if not body.strip():
            continue
        # The first line is the headline, however it ends, when a blank line follows it and
        # it is short or has a headline's "Title; subtitle" form.
        first = not text[:start].strip() and number + 1 < len(lines)
        titled = len(body.split()) <= _HEADLINE_WORDS or "; " in body
        if first and titled and not lines[number + 1].strip():
            spans.append((start, start + len(body)))
            continue
        short = len(body.split()) <= _SHORT_LINE_WORDS
        if not _SENTENCE_END.search(body) or (short and _CREDIT.search(body)):
            spans.append((start, start + len(body)))
            continue
        dateline = _DATELINE.match(body)
        if dateline:
            spans.append((start, start + dateline.end()))
    return spans


def in_spans(position: int, spans: list[tuple[int, int]]) -> bool:
    """Whether a character position lies in one of the spans."""
    return any(start <= position < end for start, end in spans)
