"""Values of number phrases: digits, number words, scale words and suffixes, fractions.

Only reads a phrase already known to be a number ("27.5bn", "two-thirds", "a dozen",
"three hundred and twelve"); finding numbers in text is `forms.py`'s job.
"""

from __future__ import annotations

import re

UNITS: dict[str, int] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}  # fmt: skip
TENS: dict[str, int] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
SCALES: dict[str, float] = {
    "hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
}  # fmt: skip
# Abbreviated scales written after a number ("$27.5bn", "£3m", "€40k").
SUFFIXES: dict[str, float] = {
    "k": 1e3, "thousand": 1e3, "m": 1e6, "mn": 1e6, "mln": 1e6, "mil": 1e6, "b": 1e9,
    "bn": 1e9, "bln": 1e9, "tn": 1e12, "trn": 1e12, "tr": 1e12,
}  # fmt: skip
# Denominators of fractions in words, singular and plural ("a third", "two-thirds").
DENOMINATORS: dict[str, int] = {
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
    "fourth": 4, "fourths": 4, "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6,
    "seventh": 7, "sevenths": 7, "eighth": 8, "eighths": 8, "ninth": 9, "ninths": 9,
    "tenth": 10, "tenths": 10,
}  # fmt: skip
# Plural scale words used alone say "many", not how many ("hundreds of workers").
VAGUE: frozenset[str] = frozenset(
    "dozens scores hundreds thousands millions billions trillions tens".split()
)


def digits_value(text: str) -> float:
    """The value of digits as news prints them: "1,500", "2.5", ".5"."""
    return float(text.replace(",", "").replace("\u00a0", ""))


def _small_words(tokens: list[str]) -> float | None:
    """Value of a sequence of number words without fractions ("two hundred and twelve")."""
    total = 0.0
    current = 0.0
    seen = False
    for token in tokens:
        if token in {"a", "an", "one"} and not seen:
            current, seen = 1.0, True
        elif token == "and":
            continue
        elif token in UNITS:
            current, seen = current + UNITS[token], True
        elif token in TENS:
            current, seen = current + TENS[token], True
        elif token in SCALES:
            scale = SCALES[token]
            current = (current or 1.0) * scale
            seen = True
            if scale >= 1e3:
                total, current = total + current, 0.0
        elif token == "dozen":
            current, seen = (current or 1.0) * 12, True
        elif re.fullmatch(r"[\d,]*\.?\d+", token):
            current, seen = current + digits_value(token), True
        else:
            return None
    return total + current if seen else None


def fraction_value(text: str) -> float | None:
    """Value of a fraction in words or digits: "half", "a third", "two-thirds", "3/4"."""
    words = re.split(r"[\s\-\u00a0]+", text.lower().strip())
    slash = re.fullmatch(r"(\d+)\s*/\s*(\d+)", text.strip())
    if slash:
        return int(slash.group(1)) / int(slash.group(2)) if int(slash.group(2)) else None
    if not words or words[-1] not in DENOMINATORS:
        return None
    head = words[:-1]
    numerator = 1.0 if not head else _small_words(head)
    return None if numerator is None else numerator / DENOMINATORS[words[-1]]


def number_value(text: str) -> float | None:
    """Value of a number phrase: digits or words, with a scale word or suffix, or a
    fraction, a "dozen", or "and a half" ("2.5 million", "27.5bn", "twenty-five",
    "half a dozen", "two and a half", "a million"). None for a vague plural ("hundreds")."""
    lowered = " ".join(text.lower().replace("\u00a0", " ").split())
    if not lowered:
        return None
    tokens = re.split(r"[\s-]+", lowered)
    if tokens[-1] in VAGUE or tokens[0] in VAGUE:
        return None
    if lowered.startswith("half a dozen") or lowered.startswith("half-a-dozen"):
        return 6.0
    half = re.fullmatch(r"(.+?)[\s-]+and[\s-]+a[\s-]+half(?:[\s-]+(\w+))?", lowered)
    if half:
        base = number_value(half.group(1))
        if base is None:
            return None
        scale = SCALES.get(half.group(2) or "", 1.0)
        return (base + 0.5) * scale
    suffixed = re.fullmatch(r"([\d,]*\.?\d+)\s?([a-z]+)", lowered)
    if suffixed and suffixed.group(2) in SUFFIXES:
        return digits_value(suffixed.group(1)) * SUFFIXES[suffixed.group(2)]
    fraction = fraction_value(lowered)
    if fraction is not None:
        return fraction
    # "a third of a million" is rare; "half a million" and "a quarter million" are not.
    if tokens[0] in DENOMINATORS or (tokens[0] in {"a", "one"} and tokens[1:2] == ["quarter"]):
        rest = [t for t in tokens if t not in {"a", "an", "one", *DENOMINATORS}]
        part = 1 / DENOMINATORS["half" if "half" in tokens else "quarter"]
        multiplier = _small_words(rest) if rest else None
        return None if multiplier is None else part * multiplier
    return _small_words(tokens)
