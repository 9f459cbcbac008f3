"""Words that bound or soften a figure: "at least 15", "nearly 1,500", "$1 trillion or so"."""

from __future__ import annotations

import re

_S = r"[ \u00a0]+"
_BEFORE_WORDS = (
    "at least", "at most", "no more than", "no fewer than", "no less than", "not more than",
    "not less than", "more than", "less than", "fewer than", "upwards of", "in excess of",
    "as many as", "as much as", "as few as", "as little as", "as high as", "as low as",
    "close to", "up to", "an estimated", "a total of", "a mere", "nearly", "almost", "over",
    "under", "about", "around", "approximately", "roughly", "some", "only", "just", "barely",
    "exactly", "precisely", "near", "below", "above", "estimated", "maybe", "perhaps",
    "possibly",
)  # fmt: skip
_INTENSIFIED = r"(?:well|just|slightly|far|much)" + _S + r"(?:over|under|above|below|more|less)"
_BEFORE = re.compile(
    r"(?<![\w-])(?P<q>"
    + _INTENSIFIED
    + r"(?:"
    + _S
    + r"than)?|"
    + "|".join(w.replace(" ", _S) for w in sorted(_BEFORE_WORDS, key=len, reverse=True))
    + r")"
    + _S
    + r"$",
    re.IGNORECASE,
)
_AFTER = re.compile(
    r"^(?P<q>[ \u00a0]+or[ \u00a0]+(?:so|more|fewer|less|higher|lower)|-?plus)\b", re.IGNORECASE
)


def qualifier_before(text: str, start: int) -> re.Match[str] | None:
    """The qualifier written just before offset `start`, if any ("more than ", "some ")."""
    return _BEFORE.search(text, max(0, start - 30), start)


def qualifier_after(text: str, end: int) -> re.Match[str] | None:
    """The qualifier written just after offset `end`, if any (" or so", " or more")."""
    return _AFTER.match(text[end : end + 20])


def normal(words: str) -> str:
    """A qualifier as one lowercase phrase with single spaces."""
    return " ".join(words.lower().replace("-", " ").split())
