"""Words that bound or soften a figure: "at least 15", "nearly 1,500", "$1 trillion or so"."""

from __future__ import annotations

import re

from summarizer.text.lexicon import QUALIFIERS_BEFORE

_S = r"[ \u00a0]+"
_INTENSIFIED = r"(?:well|just|slightly|far|much)" + _S + r"(?:over|under|above|below|more|less)"
_BEFORE = re.compile(
    r"(?<![\w-])(?P<q>"
    + _INTENSIFIED
    + r"(?:"
    + _S
    + r"than)?|"
    + "|".join(w.replace(" ", _S) for w in sorted(QUALIFIERS_BEFORE, key=len, reverse=True))
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


def qualifier_phrase(words: str) -> str:
    """A qualifier as one lowercase phrase with single spaces."""
    return " ".join(words.lower().replace("-", " ").split())
