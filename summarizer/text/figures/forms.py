"""Number expressions in text, read by their written form: the number, its currency, its
percent sign or word, its scale ("27.5bn", "2.5 million"), and what kind of quantity the
form alone says it is (money, percent, fraction, vague, count).

`readings(text)` finds them; whether a reading is a figure at all (a date, a name, a pronoun
"one") is decided in `exclusions.py` and `senses.py`, and how readings join into ranges and
scores in `ranges.py`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from summarizer.text.figures.numbers import number_value
from summarizer.text.lexicon import (
    ABBREVIATED_UNITS,
    DENOMINATORS,
    DOLLAR_NATIONS,
    SCALES,
    SUFFIXES,
    TENS,
    TIME_SPANS,
    UNITS,
)

SP = r"[ \t\u00a0]+"  # spaces within a line: a figure never runs over a line break
OSP = r"[ \t\u00a0]*"
_UNIT_WORDS = "|".join(sorted((k for k in UNITS if k != "zero"), key=len, reverse=True))
_SMALL = rf"(?:(?:{'|'.join(TENS)})(?:[-\s](?:{_UNIT_WORDS}))?|zero|{_UNIT_WORDS})"
_HUNDREDS = rf"(?:{_SMALL}(?:{SP}hundred(?:{SP}(?:and{SP})?{_SMALL})?)?)"
_BIG = "thousand|million|billion|trillion"
_WORDS = (
    rf"(?:(?:{_HUNDREDS}|an?(?={SP}(?:hundred|{_BIG})\b)(?:{SP}hundred)?)"
    rf"(?:{SP}(?:{_BIG})(?:{SP}(?:and{SP})?{_HUNDREDS}(?!{SP}hundred))?)*)"
)
_DIGITS = r"(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)"
_DENOMINATOR = "|".join(sorted(DENOMINATORS, key=len, reverse=True))
# "27.5bn", "9mm": letters written onto digits; which ones are a scale or a unit is
# decided by `_tail_reading`, the rest ("4G", "1st") make the digits a name or an ordinal.
_CORE = re.compile(
    r"(?<![\w.,/'’])(?<![A-Za-z]-)(?:"
    rf"(?P<dozen>half{SP}a{SP}dozen|(?:a|{_SMALL}|\d+){SP}dozen)(?!s)|"
    rf"(?P<and_half>(?:{_WORDS}|\d+){SP}and{SP}an?{SP}half(?:{SP}(?:{_BIG}))?)|"
    rf"(?P<digits>{_DIGITS})(?:(?P<tail>[a-z]{{1,3}})|{OSP}(?P<sp_tail>bn|mn|tn|trn)"
    rf"|{SP}(?P<scale>(?:hundred|{_BIG})(?:{SP}(?:{_BIG}))?))?|"
    rf"(?P<fraction>(?:(?:an?|one|{_SMALL})[-\s]+)?(?:{_DENOMINATOR})"
    rf"(?:{SP}(?:an?{SP})?(?:{_BIG}))?)|"
    rf"(?P<words>{_WORDS})|"
    rf"(?P<vague>(?:tens|hundreds|thousands|millions|billions){SP}of{SP}"
    r"(?:thousands|millions|billions)|dozens|hundreds|thousands|millions|billions|trillions)"
    r")(?![\w])",
    re.IGNORECASE,
)
_ISO = (
    "USD|EUR|GBP|JPY|CNY|RMB|CHF|CAD|AUD|NZD|HKD|SGD|INR|RUB|KRW|BRL|MXN|SEK|NOK|DKK|PLN|TRY|"
    "ZAR|SAR|AED|ILS|EGP|NGN|KES|PKR|UAH"
)
_DOLLAR_PREFIX = {
    "US": "USD", "U.S.": "USD", "C": "CAD", "CA": "CAD", "A": "AUD", "AU": "AUD", "NZ": "NZD",
    "HK": "HKD", "S": "SGD", "R": "BRL", "NT": "TWD", "": "USD",
}  # fmt: skip
_SIGNS = {"£": "GBP", "€": "EUR", "¥": "JPY", "₹": "INR", "₽": "RUB", "₩": "KRW"}
_CURRENCY_BEFORE = re.compile(
    r"(?:(?<![A-Za-z])(?P<prefix>(?-i:US|U\.S\.|CA|C|AU|A|NZ|HK|S|R|NT))?\$|(?P<sign>[£€¥₹₽₩])"
    rf"|(?<![A-Za-z])(?P<iso>(?-i:{_ISO}))(?={SP}))[ \u00a0]?$"
)
_CURRENCY_WORDS = {
    "dollar": "USD", "euro": "EUR", "yen": "JPY", "yuan": "CNY", "renminbi": "CNY",
    "ruble": "RUB", "rouble": "RUB", "rupee": "INR", "franc": "CHF", "peso": "MXN",
    "shekel": "ILS", "lira": "TRY", "riyal": "SAR", "dirham": "AED", "real": "BRL",
    "cent": "USD", "pence": "GBP", "penny": "GBP", "sterling": "GBP",
}  # fmt: skip
_CURRENCY_AFTER = re.compile(
    rf"^{SP}(?:(?P<nation>u\.s\.|us|american|canadian|australian|hong{SP}kong|new{SP}zealand|"
    rf"singapore|taiwan){SP})?(?P<word>dollars?|euros?|pounds?{SP}sterling|yen|yuan|renminbi|"
    r"rubles?|roubles?|rupees?|francs?|pesos?|shekels?|lira|riyals?|dirhams?|reais|cents?|"
    r"pence|pennies)\b"
    rf"|^{SP}(?P<iso>(?-i:{_ISO}))\b",
    re.IGNORECASE,
)
# A minus sign or the word "minus" written before a number: "minus 5 degrees", "-3".
_NEGATIVE = re.compile(r"(?:(?<![\w.,%-])minus[ \u00a0]+|(?<=[\s(])[-−]|^[-−])$", re.IGNORECASE)
# Pounds are money after a scale ("5 million pounds") or with "sterling", else a weight.
_POUNDS = re.compile(rf"^{SP}pounds?\b", re.IGNORECASE)
_PERCENT_AFTER = re.compile(
    rf"^(?:(?:{SP}an?)?{SP}(?P<points>percentage{SP}points?|basis{SP}points?)\b"
    rf"|{OSP}%|{SP}per{OSP}cent\b|{SP}percent\b|{SP}pct\b\.?)",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Reading:
    """One number expression: `text[start:end]`, its whole value, and what its form says.

    kind: "money", "percent", "fraction", "vague" (value None), "time" (a span of time named
    by one word: "a decade") or "count" (any other number: what it counts comes from the
    words around it). `scale` is the scale word or suffix it was multiplied by (1.0 if none).
    form: "single", "range" (value the low end, `high` the other), "score" (a vote or a
    result, "2-1": value and `high` the two sides as written) or "ratio" ("four in 10":
    value the share, 0.4). `words` is True when the
    number is written in words ("seven"), which makes it more often a pronoun or part of
    an idiom than digits are. `core_start`/`core_end` hold the number without its currency
    or percent sign.
    """

    start: int
    end: int
    value: float | None
    kind: str
    unit: str | None
    words: bool
    core_start: int
    core_end: int
    scale: float = 1.0
    high: float | None = None
    form: str = "single"
    qualifier: str | None = None


def _currency_before(text: str, start: int) -> tuple[int, str] | None:
    """Where a currency sign or code written before `start` begins, and its ISO code."""
    match = _CURRENCY_BEFORE.search(text[max(0, start - 6) : start])
    if match is None:
        return None
    begin = start - (len(match.string) - match.start())
    if match.group("sign"):
        return begin, _SIGNS[match.group("sign")]
    if match.group("iso"):
        return begin, match.group("iso").replace("RMB", "CNY")
    return begin, _DOLLAR_PREFIX[match.group("prefix") or ""]


def _currency_word(match: re.Match[str]) -> str:
    """The ISO code of a currency written after a number ("dollars", "Canadian dollars")."""
    if match.group("iso"):
        return match.group("iso").replace("RMB", "CNY")
    word = match.group("word").lower().split()[0]
    nation = " ".join((match.group("nation") or "").lower().split())
    if word.startswith("dollar") and nation in DOLLAR_NATIONS:
        return DOLLAR_NATIONS[nation]
    if word.startswith("pound"):
        return "GBP"
    if word in {"reais"}:
        return "BRL"
    if word in {"pennies"}:
        return "GBP"
    return _CURRENCY_WORDS.get(word.rstrip("s"), _CURRENCY_WORDS.get(word, "USD"))


def _tail_reading(digits: str, tail: str, money: bool) -> tuple[float, str | None, float] | None:
    """Value, unit and scale of digits with letters written on; None when the letters make
    them a name or an ordinal ("4G", "1st")."""
    lowered = tail.lower()
    base = float(digits.replace(",", ""))
    if lowered in {"bn", "mn", "mln", "bln", "tn", "trn"} or (money and lowered in SUFFIXES):
        return base * SUFFIXES[lowered], None, SUFFIXES[lowered]
    if tail in ABBREVIATED_UNITS and not money:
        return base, lowered, 1.0
    return None


def _read(text: str, match: re.Match[str]) -> Reading | None:
    """The reading of one number match, with its currency or percent form around it."""
    core_start, core_end = match.span()
    start, end = core_start, core_end
    currency = _currency_before(text, core_start)
    group = next(
        name
        for name in ("dozen", "and_half", "digits", "fraction", "words", "vague")
        if match.group(name) is not None
    )
    scale = 1.0
    unit: str | None = None
    if group == "digits":
        tail = match.group("tail") or match.group("sp_tail")
        if tail:
            read = _tail_reading(match.group("digits"), tail, currency is not None)
            if read is None:
                return None
            value, unit, scale = read
        else:
            value = number_value(match.group(0)) or 0.0
            if match.group("scale"):
                scale = number_value("1 " + match.group("scale")) or 1.0
    elif group == "vague":
        value = None
    else:
        value = number_value(match.group(0))
        big = re.search(rf"(?:{_BIG})$", match.group(0), re.IGNORECASE)
        scale = SCALES[big.group(0).lower()] if big else 1.0
    words = group not in {"digits"}
    kind = {"fraction": "fraction", "vague": "vague"}.get(group, "count")
    after = text[end : end + 40]
    if currency is not None:
        start, unit, kind = currency[0], currency[1], "money"
        # "$5 million dollars" says the currency twice; the words belong to the figure.
        word = _CURRENCY_AFTER.match(after)
        if word and not word.group("iso"):
            end += word.end()
    elif (percent := _PERCENT_AFTER.match(after)) is not None:
        end += percent.end()
        points = percent.group("points")
        unit = " ".join(points.lower().split()) if points else "percent"
        unit = unit if unit.endswith("s") or unit == "percent" else unit + "s"
        kind = "percent"
    elif (word := _CURRENCY_AFTER.match(after)) is not None:
        unit, kind = _currency_word(word), "money"
        end += word.end()
        if (
            value is not None
            and word.group("word")
            and re.match(r"(?:cents?|pence|pennies)$", word.group("word"), re.IGNORECASE)
        ):
            value = value / 100
    elif scale > 1 and (pounds := _POUNDS.match(after)) is not None:
        unit, kind = "GBP", "money"
        end += pounds.end()
    negative = _NEGATIVE.search(text[max(0, start - 7) : start])
    if negative is not None and value is not None and kind in {"count", "percent"}:
        value, start = -value, start - len(negative.group(0))
    return Reading(start, end, value, kind, unit, words, core_start, core_end, scale)


_SPAN_OF_TIME = re.compile(
    rf"(?<![\w-])(?:(?P<article>an?)|the{SP}(?:next|past|last|previous|coming|following))"
    rf"{SP}(?:(?P<part>quarter|half)[-\s])?(?P<unit>decade|century|year|month|week|day|hour|"
    r"minute)(?![\w-])",
    re.IGNORECASE,
)


def _time_spans(text: str) -> list[Reading]:
    """Spans of time named by one word, as readings of value 1 (a quarter-century: 25 years)."""
    found = []
    for match in _SPAN_OF_TIME.finditer(text):
        unit = match.group("unit").lower()
        part = (match.group("part") or "").lower()
        if part and unit == "century":
            value, unit = (25.0 if part == "quarter" else 50.0), "years"
        elif part:
            continue  # "a half day" and the like are rare and ambiguous
        else:
            value = TIME_SPANS[unit]
        start = match.start("article") if match.group("article") else match.start()
        found.append(Reading(start, match.end(), value, "time", unit, True, start, match.end()))
    return found


def readings(text: str) -> list[Reading]:
    """Every number expression in `text`, in order, not overlapping (the longer one wins
    where a span of time and a number overlap: "a quarter-century" over "a quarter")."""
    candidates = [r for m in _CORE.finditer(text) if (r := _read(text, m)) is not None]
    candidates += _time_spans(text)
    candidates.sort(key=lambda r: (r.start, -(r.end - r.start)))
    found: list[Reading] = []
    for reading in candidates:
        if not found or reading.start >= found[-1].end:
            found.append(reading)
    return found
