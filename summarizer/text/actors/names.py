"""What a name is: its comparison form, the state it stands for, whether it names a medium,
and the clean name and corrected label of a named-entity span (the small recogniser often
tags a surname an organisation, or a person's name a place)."""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Span, Token

from summarizer.text.actors.actor_mention import Gender
from summarizer.text.actors.roles import speaks
from summarizer.text.grammar import NOUNS
from summarizer.text.lexicon import (
    BODY_NAMES,
    CAPITALS,
    DEMONYMS,
    HONORIFIC_SEXES,
    INSTITUTION_WORDS,
    MEDIA_NAMES,
    MEDIA_WORDS,
    NOT_NAMES,
    ROLE_WORD_FORMS,
    SPELLINGS,
    STATE_NAMES,
    STATES,
    TITLE_WORDS,
    TITLES,
)
from summarizer.text.nlp import text_of

# Codes of weapons and models ("SS-21", "T-90", "F-16"): letters and digits joined.
_CODE = re.compile(r"[A-Za-z]-?\d|\d-[A-Za-z]")
_DASHES = frozenset({"-", "–", "—"})


# A name has three comparison forms, one for each way names are compared. They differ where
# the comparison needs it: the actor finder compares names of one article as written, so only
# a final possessive and the dots go ("U.S." is "us", "Doe's campaign" stays); speakers are
# matched to actors word by word, so every possessive and mark goes ("U.S." is "u s", so that
# "J.R. Smith" and "J. R. Smith" agree); the dossier's names across outlets are speakers' word
# forms with one spelling per word ("defence" is "defense", and "u s" is "us" again).


#: A role word in a name or title ("spokesman", "Foreign Minister", "president").
ROLE = re.compile(rf"\b(?:{ROLE_WORD_FORMS})\b", re.IGNORECASE)


def has_role(text: str) -> bool:
    """Whether `text` holds a role word ("spokesman", "minister", "president", ...)."""
    return ROLE.search(text) is not None


def normal(name: str) -> str:
    """A name in the actor finder's comparison form: case, a leading article, a final
    possessive and dots dropped."""
    name = re.sub(r"[’']s?$", "", name.casefold().strip())
    name = re.sub(r"^(?:the|a|an)\s+", "", name)
    return " ".join(name.replace(".", "").replace("’", "'").split())


# Names recur across the speakers and actors of a batch: each is normalised once, not for
# every speaker it is compared with.
@lru_cache(maxsize=16384)
def name_words(name: str) -> str:
    """A name as the words a speaker is matched by: case, possessives, a leading article and
    punctuation dropped."""
    name = re.sub(r"[’']s\b", "", name.casefold())
    name = re.sub(r"^(the|a|an)\s+", "", name.strip())
    return " ".join(re.sub(r"[^\w\s-]", " ", name).split())


def spelled_name(name: str) -> str:
    """A name in the dossier's comparison form across outlets: its words (`name_words`)
    with one spelling for each word that outlets spell two ways."""
    key = name_words(name)
    for variant, spelling in SPELLINGS.items():
        key = re.sub(rf"\b{variant}\b", spelling, key)
    return key


def in_order(short: list[str], long: list[str]) -> bool:
    """Whether the words of `short` occur in `long` in the same order."""
    position = 0
    for word in long:
        if position < len(short) and word == short[position]:
            position += 1
    return position == len(short)


def _common_prefix(first: str, second: str) -> int:
    """How many letters two words share at their start."""
    size = 0
    while size < min(len(first), len(second)) and first[size] == second[size]:
        size += 1
    return size


def state_of_demonym(word: str) -> str | None:
    """The state a demonym or a state's name stands for ("Iranian", "U.S."), if known: from
    the table of irregular demonyms, else a state whose name starts like it."""
    key = word.casefold().strip()
    if key in DEMONYMS:
        return DEMONYMS[key]
    key = STATE_NAMES.get(key, key)
    if key in STATES:
        return key
    singular = key[:-1] if key.endswith("s") else key
    for state in STATES:
        common = _common_prefix(singular, state)
        if " " not in state and common >= 4 and common >= len(state) - 2:
            return state
    return None


def state_of_place(name: str) -> str | None:
    """The state a place name is, or stands for as its capital, when known."""
    key = normal(name)
    key = STATE_NAMES.get(key, key)
    return key if key in STATES else CAPITALS.get(key)


def is_medium(name: str) -> bool:
    """Whether a name is a news medium's: a wire agency or broadcaster, or a name that ends
    in a newspaper word ("Times", "News", "Journal") or opens with "Daily"."""
    words = normal(name).replace("-", " ").split()
    joined = f" {' '.join(words)} "
    if any(f" {m.replace('-', ' ')} " in joined for m in MEDIA_NAMES):
        return True
    return len(words) > 1 and (words[-1] in MEDIA_WORDS or words[0] in {"daily", "weekly"})


def sex_of(honorific: Token) -> Gender | None:
    """The sex an honorific gives the name after it ("Mrs." gives female), if any."""
    sex = HONORIFIC_SEXES.get(honorific.lower_.rstrip("."))
    return Gender(sex) if sex else None


def _name_tokens(span: Span) -> list[Token]:
    """The tokens of a span that belong to the name: not a spaced dash and what follows it
    ("Name - and more") nor a trailing "-word" ("Name-led"); for a person, not an owner
    before a possessive inside it ("Acme's Jo Doe"); no punctuation, closing possessive
    or article."""
    tokens = list(span)
    for index, token in enumerate(tokens):
        following = tokens[index + 1] if index + 1 < len(tokens) else None
        spaced = index > 0 and tokens[index - 1].whitespace_
        if token.text in _DASHES and (spaced or (following is not None and following.is_lower)):
            tokens = tokens[:index]
            break
    owned = [i for i, t in enumerate(tokens[:-1]) if t.text in {"’s", "'s"}]
    if owned and span.label_ == "PERSON":
        tokens = tokens[owned[-1] + 1 :]
    tokens = [t for t in tokens if not t.is_punct or t.text in {".", "&", "-"}]
    while tokens and (tokens[-1].dep_ == "case" or tokens[-1].text in {"’s", "'s", "’", "'"}):
        tokens = tokens[:-1]
    while tokens and tokens[0].lower_ in {"the", "a", "an"}:
        tokens = tokens[1:]
    return tokens


def clean_name(span: Span, label: str) -> str | None:
    """The name an entity span gives, without article, titles, possessive or stray words;
    None when what is left is no name (no capital letter, or a person or body ending in an
    adjective: "Doe's Ruritanian")."""
    tokens = _name_tokens(span)
    if label == "PERSON":
        while len(tokens) > 1 and (
            tokens[0].lower_.rstrip(".") in TITLE_WORDS or tokens[0].pos_ not in NOUNS
        ):
            tokens = tokens[1:]
    if not tokens or not any(t.text[:1].isupper() for t in tokens):
        return None
    if label in {"PERSON", "ORG"} and tokens[-1].pos_ == "ADJ":
        return None
    text = text_of(span.doc)[tokens[0].idx : tokens[-1].idx + len(tokens[-1])]
    return text.strip(" “”\"'‘’") or None


def not_a_name(span: Span) -> bool:
    """A capitalised common word that opens a sentence ("Hackers", "Even"), a code, a
    handle ("@name"), a bare title ("Chairwoman", "Navy Capt."), a lawmaker's state in
    brackets ("(R-State)"), or a span the recogniser ran on into a clause."""
    if _CODE.search(span.text) or span.text.startswith("@") or normal(span.text) in NOT_NAMES:
        return True
    if all(t.lower_.rstrip(".") in TITLE_WORDS or t.is_punct for t in span):
        return True
    if re.search(
        r"\((?:R|D|I)-$", text_of(span.doc)[max(0, span.start_char - 3) : span.start_char]
    ):
        return True
    if any(t.pos_ == "VERB" for t in span[1:]):
        return True  # "X told Y of Z"
    proper = any(t.pos_ == "PROPN" or (t.is_upper and len(t) > 1) for t in span)
    opening = span[0].is_sent_start is True and span.label_ not in {"NORP", "GPE"}
    return not proper and opening  # a demonym is capitalised wherever it stands


def after_title(span: Span) -> bool:
    """Whether a title or honorific stands right before a name ("spokeswoman X", "Mr X")."""
    return span.start > 0 and span.doc[span.start - 1].lower_.rstrip(".") in TITLES


def _titled(span: Span) -> bool:
    """Whether a span is a title and a name of two words or more ("Major General Jo Doe")."""
    words = [t for t in span if not t.is_punct]
    titles = 0
    while titles < len(words) and words[titles].lower_.rstrip(".") in TITLES:
        titles += 1
    return titles > 0 and len(words) - titles >= 2


def corrected_label(span: Span) -> str:
    """The entity's label, corrected where the words say better than the recogniser: a
    state's name is a place, a person's name with "House" or "Foundation" in it a body, a
    body's other name ("ISIS") a body, a name after a title ("spokeswoman X") a person, and
    a place that speaks no place."""
    label, text = span.label_, clean_name(span, "ORG") or span.text
    if label in {"ORG", "PERSON"} and state_of_place(text) and normal(text) not in CAPITALS:
        return "GPE"
    if label == "PERSON" and set(normal(text).split()) & INSTITUTION_WORDS:
        return "ORG"
    if label == "GPE" and normal(text) in BODY_NAMES:
        return "ORG"
    if label in {"ORG", "GPE"} and state_of_place(text) is None:
        if after_title(span) or _titled(span):
            return "PERSON"
        if label == "GPE" and speaks(span.root):
            return "ORG"
    return label
