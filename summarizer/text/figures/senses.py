"""Number words and spans of time in senses that count nothing: "one" as a pronoun or an
article ("one of them", "one email"), a number word after "the" ("the two countries"),
idioms ("one-time", "at one point"), fractions that are ordinals ("a third term", "the first
half"), spans of time that are rates ("$15 a day"). Asked once qualifiers, ranges and scores
are known.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from summarizer.text.figures.forms import Reading
from summarizer.text.lexicon import GROUP_SIZE_NOUNS, MEASURES

_FRACTION_FOLLOWERS = re.compile(
    r"^[ \u00a0]+(?:of|the|a|an|his|her|its|their|our|my|your|that|those|these|as|all|"
    r"percent|per)\b",
    re.IGNORECASE,
)
_ORDINAL_BEFORE = re.compile(
    r"(?:first|second|third|fourth|final|last|latter|former|back|front|top|bottom|other)"
    r"[ \u00a0]+$",
    re.IGNORECASE,
)
_DEFINITE_BEFORE = re.compile(
    r"(?<![\w-])(?:the|these|those|both|all|each|every|every[ \u00a0]+other|"
    r"the[ \u00a0]+(?:top|bottom|other|only))[ \u00a0]+$",
    re.IGNORECASE,
)
_PER_BEFORE = re.compile(
    r"(?:\d|\d[%]|percent|times|once|twice|thrice|per|cents?|dollars?|euros?|pounds?)"
    r"[ \u00a0]+$",
    re.IGNORECASE,
)
_SPAN_AFTER = re.compile(
    r"^[ \u00a0]+(?:ago|later|earlier|before|after|long|old|afterward|afterwards)\b",
    re.IGNORECASE,
)


def next_word(text: str, end: int) -> str:
    """The word right after `end` ("-page" gives "page" too), lowercased."""
    match = re.match(r"^[ \u00a0-]+([A-Za-z]+)", text[end : end + 30])
    return match.group(1).lower() if match else ""


def _fraction_is_quantity(text: str, reading: Reading) -> bool:
    """ "half of them", "two-thirds", "a quarter of the budget" are fractions; "the first
    half", "a third term", "half-brother" are not."""
    core = text[reading.core_start : reading.core_end].lower()
    before = text[max(0, reading.start - 20) : reading.start]
    after = text[reading.core_end : reading.core_end + 12]
    if _ORDINAL_BEFORE.search(before) or after.startswith("-"):
        return False
    plural = re.search(r"(?:halves|thirds|quarters|s)$", core) is not None
    if plural and re.search(r"[-\s]", core):
        return True  # "two-thirds", "three quarters"
    if reading.scale > 1:
        return True  # "half a million"
    if core.endswith("half"):
        by_half = re.search(r"(?:by|in|than)[ \u00a0]+$", before) is not None
        return reading.qualifier is not None or by_half or bool(_FRACTION_FOLLOWERS.match(after))
    written_out = re.match(r"(?:one|a|an)[-\s]", core) is not None
    return written_out and re.match(r"^[ \u00a0]+of\b", after) is not None


def _time_span_is_quantity(text: str, reading: Reading) -> bool:
    """ "over a decade", "the next decade", "more than a year", "a year later" measure time;
    "$15 a day", "twice a year", "a year of" and a bare "a year" are left out."""
    before = text[max(0, reading.start - 20) : reading.start]
    if _PER_BEFORE.search(before):
        return False
    if reading.unit in {"decade", "century", "years"}:
        return True
    return reading.qualifier is not None or bool(_SPAN_AFTER.match(text[reading.end :]))


def _one_idiom(text: str, reading: Reading, before: str, following: str) -> bool:
    """ "at one point", "one day" (some day), "one time": idioms, not counts of one."""
    if re.search(r"\bat[ \u00a0]+$", before) and following in {"point", "time", "stage"}:
        return True
    if following == "day" and reading.qualifier is None:
        return not _SPAN_AFTER.match(text[reading.core_end + 4 :])
    return False


def not_a_quantity_word(text: str, reading: Reading, doc: Doc) -> bool:
    """Whether a number, its range and qualifier known, is no quantity: a fraction or a
    span of time in a sense that measures nothing, "one" as a pronoun or an article, a
    number word after "the" ("the two countries"), a number word in an idiom ("one-time"),
    "zero" in "zero tolerance"."""
    if reading.form == "ratio":
        return False
    if reading.kind == "fraction":
        return not _fraction_is_quantity(text, reading)
    if reading.kind == "time":
        return not _time_span_is_quantity(text, reading)
    if reading.form != "single" or not reading.words or reading.kind != "count":
        return False
    before = text[max(0, reading.start - 20) : reading.start]
    following = next_word(text, reading.core_end)
    hyphenated = text[reading.core_end : reading.core_end + 1] == "-"
    if hyphenated:
        # "a four-year deal", "a seven-man debate" measure; "one-time", "two-way" do not.
        return following not in MEASURES and following not in GROUP_SIZE_NOUNS
    if reading.qualifier in {None, "only", "just"} and _DEFINITE_BEFORE.search(before):
        return True  # "the two countries", "the top five", "the only one": already counted
    if reading.value == 0:
        return reading.qualifier is None
    if reading.value == 1 and re.match(r"^['’]s\b", text[reading.core_end :]):
        return True  # "one's own": a pronoun
    if reading.value == 1 and _one_idiom(text, reading, before, following):
        return True
    if reading.value == 1 and reading.scale == 1:
        # "one" is a count with a qualifier ("only one", "at least one") or a unit ("one
        # year"); otherwise it is a pronoun or an article ("one of them", "one email").
        return reading.qualifier is None and following not in MEASURES
    return False
