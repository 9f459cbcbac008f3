"""Values of number phrases: digits, number words, scale words and suffixes, fractions.

Only reads a phrase already known to be a number ("27.5bn", "two-thirds", "a dozen",
"three hundred and twelve"); finding numbers in text is `forms.py`'s job.
"""

from __future__ import annotations

import re

from summarizer.text.lexicon import DENOMINATORS, SCALES, SUFFIXES, TENS, UNITS, VAGUE_SCALES


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
    if tokens[-1] in VAGUE_SCALES or tokens[0] in VAGUE_SCALES:
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
