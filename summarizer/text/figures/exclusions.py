"""Numbers that are not quantities, told by the words around them: calendar dates and years,
clock times, names and labels with digits ("9/11", "F-16", "Section 230", "No. 2", "page 5"),
phone numbers and street numbers. Asked of a number read on its own, before ranges are
joined; number words in other senses ("one of them") are `senses.py`'s job.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from spacy.tokens import Doc, Token

from summarizer.text.figures.forms import Reading
from summarizer.text.figures.senses import next_word
from summarizer.text.grammar import NAME_ENTITIES
from summarizer.text.lexicon import LABEL_NOUNS, MEASURES, MONTH_NAMES, NOT_NAME_WORDS, alternatives
from summarizer.text.nlp import text_of

_MONTHS = alternatives(MONTH_NAMES) + r"\.?"
_MONTH_BEFORE = re.compile(_MONTHS + r"[ \u00a0]+(?:\d{1,2}[ \u00a0]*[-–][ \u00a0]*)?$")
_MONTH_AFTER = re.compile(r"^(?:st|nd|rd|th)?[ \u00a0]+(?:of[ \u00a0]+)?" + _MONTHS + r"(?!\w)")
_CLOCK_AFTER = re.compile(
    r"^(?::\d\d|[ \u00a0]?(?:a\.m\.|p\.m\.|am\b|pm\b|o['’]clock|GMT\b|UTC\b|[ECMP][SD]?T\b))",
)
# A four-digit number without a comma is a year ("in 1789", "the 2016 race"): news style
# writes counts of a thousand and more with commas ("1,500 kilometres").
_YEAR = re.compile(r"1\d\d\d|20\d\d")
_ISO_DATE = re.compile(r"(?<!\d)\d{4}-\d{2}-\d{2}(?!\d)")
_YEAR_DASH_BEFORE = re.compile(r"(?:1[89]|20)\d\d[-–/]$")
_SLASH_AFTER = re.compile(r"^/\d")
# A name with digits: "SS-21", "21-M", "B-52s", "No. 2", "#1", "Title IX"-style labels.
_NAME_AFTER = re.compile(r"^(?:-[A-Za-z]+\d|-[A-Z](?![a-z]))")
_NUMBER_SIGN_BEFORE = re.compile(r"(?:\bNo|\bNos|\bNr|\bNum)\.[ \u00a0]*$|#[ \u00a0]*$")
_STREET_AFTER = re.compile(
    r"^(?:[ \u00a0]+[A-Z][A-Za-z.]*){1,3}[ \u00a0]+(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|"
    r"Blvd|Lane|Ln|Drive|Dr|Way|Place|Pl|Court|Ct|Square|Sq|Plaza|Parkway|Pkwy|Terrace|"
    r"Highway|Hwy|Circle)\b|^[ \u00a0]+block[ \u00a0]+of\b"
)
_PHONE = re.compile(
    r"(?<!\d)(?:\+?1[-. \u00a0])?(?:\(\d{3}\)[ \u00a0]?|\d{3}[-.\u00a0 ])"
    r"\d{3}[-.\u00a0 ]\d{4}(?!\d)"
    r"|(?<!\d)\+\d{1,3}(?:[ \u00a0.-]\d{2,4}){2,5}(?!\d)"
    r"|(?<!\d)1-8\d\d-[A-Z\d]{3}-[A-Z\d]{4}"
)
# Emergency telephone numbers: "a 911 call", "999 calls".
_EMERGENCY = re.compile(
    r"(?:911|999|112)[ \u00a0]+(?:calls?|callers?|dispatch\w*|operators?|lines?|centers?|"
    r"centres?|numbers?|system)\b",
    re.IGNORECASE,
)
_LONE_BEFORE = re.compile(r"(?:^|[.!?:][ \u00a0]+|\n[ \t]*)$")
_LONE_AFTER = re.compile(r"^\.(?:\s|$)")
_QUOTE_BEFORE = re.compile(r"(?:[\"“‘]|'')$")
_QUOTE_AFTER = re.compile(r"^(?:[\"”’]|'')")
_LIST_NUMBER = re.compile(r"(?:^|\n)[ \t]*$")


def _previous_word(text: str, start: int) -> str:
    """The word just before `start`, when only spaces stand between (else "")."""
    match = re.search(r"([A-Za-z][\w.'’&-]*)[ \u00a0]+$", text[max(0, start - 40) : start])
    return match.group(1) if match else ""


def _sentence_initial(doc: Doc, offset: int) -> bool:
    """Whether the token at `offset` opens its sentence."""
    span = doc.char_span(offset, offset + 1, alignment_mode="expand")
    return span is not None and len(span) > 0 and span[0].is_sent_start is True


def _in_name_entity(doc: Doc, start: int, end: int) -> bool:
    """Whether spaCy reads the span as part of a name (an entity of a naming label)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    return any(token.ent_type_ in NAME_ENTITIES for token in span)


def _is_date_or_time(text: str, reading: Reading) -> bool:
    """Calendar years and days, seasons ("2015-16"), slash dates, clock times."""
    core = text[reading.core_start : reading.core_end]
    before = text[max(0, reading.core_start - 16) : reading.core_start]
    after = text[reading.core_end : reading.core_end + 16]
    bare = reading.kind == "count" and not reading.words and reading.unit is None
    if bare and _YEAR.fullmatch(core) and next_word(text, reading.core_end) not in MEASURES:
        return True
    if bare and len(core) > 12:
        return True  # an identifier (a post's id, an account number), not a count
    if bare and _YEAR_DASH_BEFORE.search(before) and re.fullmatch(r"\d{2}|\d{4}", core):
        return True  # the second year of "2015-16" or "2009-2014"
    if not reading.words and (_SLASH_AFTER.match(after) or before.endswith("/")):
        return True  # "9/11", "24/7", "5/12/2016"
    if _CLOCK_AFTER.match(after) and not reading.words:
        return True
    if before.endswith(":"):
        return True
    is_day = re.fullmatch(r"\d{1,2}", core) is not None and 1 <= int(core) <= 31
    return is_day and (_MONTH_BEFORE.search(before) is not None or bool(_MONTH_AFTER.match(after)))


def _is_name_or_label(text: str, reading: Reading, doc: Doc) -> bool:
    """Digits or number words that name something: "F-16", "No. 2", "Fox 35", "Air Force
    One", "10 Downing Street", "a 911 call", a phone number, "''1''" quoted as a symbol."""
    start, end = reading.core_start, reading.core_end
    after = text[end : end + 60]
    before = text[max(0, start - 8) : start]
    if _NAME_AFTER.match(after) or _NUMBER_SIGN_BEFORE.search(before):
        return True
    if reading.kind != "count" or reading.unit is not None:
        return False
    if _STREET_AFTER.match(after) or _EMERGENCY.match(text[start : end + 20]):
        return True
    if _LONE_BEFORE.search(text[max(0, start - 4) : start]) and _LONE_AFTER.match(after):
        return True  # "1." or "23." standing alone: page or list numbering
    if _QUOTE_BEFORE.search(before) and _QUOTE_AFTER.match(after):
        return True
    if not reading.words and _LIST_NUMBER.search(before) and re.match(r"^[.)][ \u00a0]", after):
        return True  # "1. First point" at the start of a line
    word = _previous_word(text, reading.start)
    if word.lower() in LABEL_NOUNS and not reading.words and not _counts_after(doc, end):
        return True  # "page 5", "gate 12", "game 7"
    capitalised_name = (
        any(c.isupper() for c in word[:3])  # "Section 230", "iPhone 7"
        and not re.search(r"['’]s?$", word)  # "March's 20-point gap": a possessive
        and word.rstrip(".") not in NOT_NAME_WORDS
        and not re.fullmatch(_MONTHS, word)
        and not _sentence_initial(doc, reading.start - len(word) - 1)
    )
    if capitalised_name and not reading.words and not _counts_after(doc, end):
        return True  # "Section 230", "Fox 35", "Flight 370"
    core = text[start:end]
    if reading.words and core[:1].isupper() and not _sentence_initial(doc, start):
        return True  # "Air Force One", "the Big Ten", "the Gang of Eight"
    if _in_name_entity(doc, start, end):
        return True
    return _is_label_number(reading, doc, text)


def _token_after(doc: Doc, offset: int) -> Token | None:
    """The first token that starts at or after character `offset`."""
    index = bisect_left([token.idx for token in doc], offset)
    return doc[index] if index < len(doc) else None


def _counts_after(doc: Doc, end: int) -> bool:
    """Whether the word after offset `end` is a plural noun or a unit the number counts
    ("Nixon 30 years before" is no name)."""
    if next_word(text_of(doc), end) in MEASURES:
        return True  # "30 years", "a 20-point gap"
    token = _token_after(doc, end)
    return token is not None and token.tag_ == "NNS"


def _is_label_number(reading: Reading, doc: Doc, text: str) -> bool:
    """ "a 911 call", "a 747": digits between "a" and a singular noun label something; a
    count above one takes a plural noun."""
    if reading.words or reading.value is None or reading.value < 2:
        return False
    if not re.search(r"(?<!\w)an?[ \u00a0]+$", text[max(0, reading.start - 4) : reading.start]):
        return False
    span = doc.char_span(reading.core_start, reading.core_end, alignment_mode="expand")
    if span is None or span.end >= len(doc):
        return False
    following = doc[span.end]
    return following.tag_ == "NN" and text[reading.core_end : reading.core_end + 1] != "-"


def phone_spans(text: str) -> list[tuple[int, int]]:
    """Where the phone numbers and ISO dates ("2015-12-02") of `text` are."""
    return [m.span() for m in _PHONE.finditer(text)] + [m.span() for m in _ISO_DATE.finditer(text)]


def not_a_figure(text: str, reading: Reading, doc: Doc, phones: list[tuple[int, int]]) -> bool:
    """Whether a number read on its own is a date, a time, a name, a label or a phone number."""
    if any(s < reading.end and reading.start < e for s, e in phones):
        return True
    return _is_date_or_time(text, reading) or _is_name_or_label(text, reading, doc)
