"""How a statement is presented, and whose claim a denial answers, read from its words.

A claim is presented as its cue says: "alleged" (allege, accuse, claim), "confirmed"
(confirm, acknowledge, admit), "reported" (report, cite, write, "according to", "reported
by", or a medium speaking), else "asserted". A denial answers the party its sentence names
("an allegation by X", "X's claims"); its words may point back at the claim just reported
("rejected that allegation").
"""

from __future__ import annotations

import re

from summarizer.text.lexicon import (
    ACCUSATION_FORMS,
    CALENDAR_NOUNS,
    COMMENT_PREPOSITIONS,
    MEDIA_NAMES,
    MEDIA_NOUNS,
    MEDIA_WORDS,
    POINTING_BACK,
    REFERRING_WORDS,
    SAID_NOUNS,
    THIRD_PERSON,
    alternatives,
)

_ANSWERED = (
    re.compile(
        r"\b" + ACCUSATION_FORMS + r"\s+(?:made\s+)?(?:by|from)\s+(?P<who>[^,;:“”\"()]+?)"
        r"(?=\s+(?:that|which|who|of|about|on|in|saying|are|is|were|was)\b|[,;:.()“”\"]|$)"
    ),
    re.compile(r"(?P<who>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*)[’']s\s+" + ACCUSATION_FORMS + r"\b"),
    re.compile(r"(?P<who>(?:[A-Z][\w.’'-]*\s+)+(?:media\s+)?)" + ACCUSATION_FORMS + r"\b"),
)


# What a bare pointer can be ("comment on that", "talk about it"): "such" needs a noun.
_POINTERS = POINTING_BACK - {"such"} | {"it"}
_REFERS_BACK = re.compile(
    rf"\b{alternatives(POINTING_BACK)}\s+(?:an?\s+)?{alternatives(SAID_NOUNS)}\b"
    # "cannot comment on that.", "would not talk about it": the topic is only a pointer
    rf"|\b{alternatives(COMMENT_PREPOSITIONS)}\s+{alternatives(_POINTERS)}(?=\s*[.,;:!?”\"’'])",
    re.IGNORECASE,
)


# The pronoun a content opens with, after an opening quotation mark or "that".
_OPENING_PRONOUN = re.compile(
    rf"^\W*(?:that\s+)?{alternatives(THIRD_PERSON)}\b(?:’s|'s)?", re.IGNORECASE
)

_POINTER = re.compile(
    rf"(?:{alternatives(REFERRING_WORDS)}|the\s+(?:\w+\s+)?{alternatives(SAID_NOUNS)})",
    re.IGNORECASE,
)


def refers_back(text: str) -> str | None:
    """The words of a denial that point back at what the article has just reported ("that
    allegation", "such a suggestion"), if any."""
    found = _REFERS_BACK.search(text)
    return found.group(0) if found else None


# "such information", "these targets" ("that" also opens clauses: it points back only
# before a said noun, which `refers_back` finds).
_DETERMINER_BACK = re.compile(
    rf"\b(?:{alternatives(POINTING_BACK - {'that'})})\s+(?:an?\s+)?(\w+)", re.IGNORECASE
)


def points_to_earlier(text: str) -> bool:
    """Whether words point back at something their article reported before ("I have no
    such information", "hit these targets", "rejected that allegation"); "this year"
    points at the calendar, not back."""
    pointing = any(
        match.group(1).casefold() not in CALENDAR_NOUNS for match in _DETERMINER_BACK.finditer(text)
    )
    return pointing or refers_back(text) is not None


def points_back(content: str) -> bool:
    """Whether what a denial denies is only words that point back: a pronoun ("rejected
    that", "denied it") or a said noun with "the" ("rejected the allegation")."""
    return _POINTER.fullmatch(content.strip(" .,;:“”\"'")) is not None


def answered_party(sentence: str) -> str | None:
    """Whose claim a denial answers, when its sentence names them ("rejected a recent
    allegation by a shadowy monitoring group" gives "a shadowy monitoring group"); None
    when it names nobody."""
    text = " ".join(sentence.split())
    for pattern in _ANSWERED:
        for match in pattern.finditer(text):
            who = match.group("who").strip()
            words = who.split()
            if words and len(words) <= 8 and words[0].casefold() not in REFERRING_WORDS:
                return who
    return None


# Read from the cue's words, not from its lemma (Attribution.cue_lemma): the two disagree on
# "citing" (the words know "cite", "cites" and "cited" only) and on a venue ("in a poll",
# "in an interview", whose lemma is "according"), which the words leave asserted; reading
# the lemma would change the presentation of 12 claims of the recorded articles.
_ALLEGING = re.compile(r"\b(?:alleg|accus|claim)", re.IGNORECASE)
_CONFIRMING = re.compile(r"\b(?:confirm|acknowledg|admit)", re.IGNORECASE)
_REPORTING = re.compile(
    r"\b(?:report|cite|cites|cited|quoted|wrote|writes|revealed|according\s+to|by$)",
    re.IGNORECASE,
)
# A report, or a medium, as a speaker: what it says is reported.
_MEDIUM = re.compile(
    rf"\b{alternatives(('reports?', *MEDIA_WORDS, *MEDIA_NOUNS, *MEDIA_NAMES))}\b", re.IGNORECASE
)


def presentation_of(cue: str, speaker: str) -> str:
    """How a statement is presented, from its cue (the reporting words: "alleged",
    "according to", "was first reported by") and its speaker (a medium reports)."""
    if _ALLEGING.search(cue):
        return "alleged"
    if _CONFIRMING.search(cue):
        return "confirmed"
    if _REPORTING.search(cue) or _MEDIUM.search(speaker):
        return "reported"
    return "asserted"


def what_was_said(
    cue: str | None, content: str, quoted: bool = False, stands_for: str | None = None
) -> str:
    """A statement as the article gives it: its cue, then what is said ("warned — that
    the talks could fail"); the content alone where it opens with its cue ("declined to
    comment on the report") or where no cue is known. `quoted` puts the content in
    quotation marks ("warned — “that the talks could fail”"); `stands_for` follows the
    pronoun that opens the content, in brackets ("he [Jo Roe] would resign")."""
    content = " ".join(content.split())
    if stands_for:
        content = _OPENING_PRONOUN.sub(rf"\g<0> [{stands_for}]", content, count=1)
    shown = f"“{content}”" if quoted else content
    if not cue or content.casefold().startswith(cue.casefold()):
        return shown
    return f"{cue} — {shown}"
