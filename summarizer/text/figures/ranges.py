"""Joining two numbers written as one figure: a range ("between 5 and 7", "$5,000-$15,000",
"5 to 7 percent"), alternatives ("17 or 18 percent"), a vote or a score ("2-1", "52-48"),
a share ("four in 10").
"""

from __future__ import annotations

import re
from dataclasses import replace

from summarizer.text.figures.forms import Reading
from summarizer.text.lexicon import RESULT_WORD_FORMS, VOTE_WORD_FORMS

_DASH = re.compile(r"^[ \u00a0]*[-–—][ \u00a0]*$")
_TO = re.compile(r"^[ \u00a0]+to[ \u00a0]+$", re.IGNORECASE)
_OR = re.compile(r"^[ \u00a0]+or[ \u00a0]+$", re.IGNORECASE)
_AND = re.compile(r"^[ \u00a0]+and[ \u00a0]+$", re.IGNORECASE)
_RATIO = re.compile(r"^[ \u00a0]+(?:in|out[ \u00a0]+of)[ \u00a0]+$", re.IGNORECASE)
_TIME_AFTER = re.compile(
    r"^[ \u00a0-]+(?:years?|months?|weeks?|days?|hours?|minutes?|decades?)\b", re.IGNORECASE
)
_BETWEEN = re.compile(r"(?<![\w-])between[ \u00a0]+$", re.IGNORECASE)
_FROM = re.compile(r"(?<![\w-])from[ \u00a0]+$", re.IGNORECASE)
_TALLY_AFTER = re.compile(
    rf"^[ \u00a0-]+(?:[a-z]+[ \u00a0]+)?(?:{VOTE_WORD_FORMS}|{RESULT_WORD_FORMS})\b", re.IGNORECASE
)
_TALLY_BEFORE = re.compile(
    rf"(?:{VOTE_WORD_FORMS}|{RESULT_WORD_FORMS})"
    r"(?:[ \u00a0]+(?:of|by))?(?:[ \u00a0]+an?)?[ \u00a0]+$",
    re.IGNORECASE,
)
_VOTE_NEAR = re.compile(rf"\b(?:{VOTE_WORD_FORMS})\b", re.IGNORECASE)


def _compatible(low: Reading, high: Reading) -> Reading | None:
    """`low` as the low end of a range up to `high`, taking the currency, percent sign or
    scale that only `high` shows ("5 to 7 percent", "$5-7 million"); None when the two
    are not the same kind of quantity."""
    low_value, high_value = low.value, high.value
    if low_value is None or high_value is None or "time" in {low.kind, high.kind}:
        return None
    if low.unit is not None and high.unit is not None and low.unit != high.unit:
        return None  # "rose 2 percentage points to 41 percent": a change and a level
    if low.kind != high.kind:
        if low.kind == "count" and low.unit is None and high.kind in {"money", "percent"}:
            low = replace(low, kind=high.kind, unit=high.unit)
        elif high.kind == "count" and high.unit is None and low.kind == "money":
            pass  # "$5-7 million": the currency is written once, before the low end
        else:
            return None
    if high.scale > 1 and low.scale == 1 and low_value * high.scale <= high_value:
        low = replace(low, value=low_value * high.scale, scale=high.scale)
    return low


def _is_tally(text: str, low: Reading, high: Reading, dash: bool) -> bool:
    """Whether two bare whole numbers joined by a dash or "to" are a vote or a score."""
    if low.kind != "count" or high.kind != "count" or low.words or high.words:
        return False
    values = (low.value or 0.0, high.value or 0.0)
    if any(v != int(v) or v > 999 for v in values):
        return False
    before = text[max(0, low.start - 30) : low.start]
    after = text[high.end : high.end + 30]
    if _TALLY_AFTER.match(after) or _TALLY_BEFORE.search(before):
        return True
    return dash and values[0] >= values[1]


def _ratio(text: str, part: Reading, whole: Reading) -> Reading | None:
    """ "four in 10", "one out of five": a share, valued as a fraction (0.4, 0.2)."""
    if part.kind != "count" or whole.kind != "count" or part.value is None:
        return None
    if whole.value is None or whole.value != int(whole.value) or not 2 <= whole.value <= 1000:
        return None
    if part.value >= whole.value or _TIME_AFTER.match(text[whole.end : whole.end + 12]):
        return None
    return replace(
        part, end=whole.end, core_end=whole.core_end, value=part.value / whole.value,
        kind="fraction", form="ratio", unit=None,
    )  # fmt: skip


def _joined(text: str, low: Reading, high: Reading) -> Reading | None:
    """The one figure two neighbouring readings make, or None when they are two figures."""
    between = text[low.end : high.start]
    before = text[max(0, low.start - 12) : low.start]
    if _RATIO.match(between):
        return _ratio(text, low, high)
    dash = _DASH.match(between) is not None
    if not (dash or _TO.match(between) or _OR.match(between) or _AND.match(between)):
        return None
    if _FROM.search(before):
        return None  # "rose from 5 to 7 percent": a change, two figures
    if (dash or _TO.match(between)) and _is_tally(text, low, high, dash):
        vote = _VOTE_NEAR.search(text[max(0, low.start - 40) : high.end + 40]) is not None
        return replace(
            low, end=high.end, core_end=high.core_end, high=high.value, form="score",
            unit="votes" if vote else "score",
        )  # fmt: skip
    if _AND.match(between) and not _BETWEEN.search(before):
        return None
    start_low = _compatible(low, high)
    if start_low is None or start_low.value is None or high.value is None:
        return None
    if _OR.match(between):
        if start_low.value == high.value:
            return None
    elif start_low.value >= high.value:
        return None
    start = low.start
    if _BETWEEN.search(before):
        start -= len(_BETWEEN.search(before).group(0))  # type: ignore[union-attr]
    return replace(
        start_low, start=start, end=high.end, core_end=high.core_end, high=high.value,
        form="range", unit=start_low.unit or high.unit,
    )  # fmt: skip


def join_ranges(text: str, found: list[Reading]) -> list[Reading]:
    """The readings with each range, alternative, vote or score made one reading."""
    joined: list[Reading] = []
    index = 0
    while index < len(found):
        current = found[index]
        if index + 1 < len(found):
            pair = _joined(text, current, found[index + 1])
            if pair is not None:
                joined.append(pair)
                index += 2
                continue
        joined.append(current)
        index += 1
    return joined
