"""Every word list the rules use, once, each with where it comes from.

The lists are words of English news writing in general, as style guides and attribution
studies describe it (reporting verbs, pronouns, the names of wire agencies and kinds of
media); none is taken from a particular article. A rule that needs a narrower set names it
here, as a subset of a list, so that a word added to a list reaches every rule that uses it.
"""

from __future__ import annotations

# --- reporting verbs ----------------------------------------------------------------------
# The verbs news writing introduces what someone said with, in the forms attribution takes
# ("X said", "X has denied"): the reporting verbs of style guides (AP, Reuters) and of
# attribution corpora (PARC, PolNeAR). Regular-expression alternatives, lower case.
SPEECH_VERBS: tuple[str, ...] = (
    "said", "says", "say", "told", "tells", "added", "stated", "claimed", "claims",
    "reported", "reports", "alleged", "accused", "confirmed", "confirms", "denied", "denies",
    "dismissed", "rejected", "refused", "declined", "insisted", "argued", "warned",
    "announced", r"emphasi[sz]ed", "noted", "cited", "cites", "wrote", "writes", "believes",
    "suggested", "reiterated", "acknowledged", "admitted", "explained", "stressed",
    "revealed", "rebuffed", "refuted", "responded", "replied", "raised", "urged", "called",
    r"has\s+dismissed", r"has\s+denied", r"has\s+said", r"had\s+said",
)  # fmt: skip

# The plain verbs of saying with which a pronoun carries a speaker on ("he said", "she
# added"), and those with which a sentence holding a negation may be someone denying
# ("X said ... not"): two rules, each with the verbs it was checked with.
PRONOUN_SAYING_VERBS: tuple[str, ...] = (
    "said", "says", "told", "added", "stressed", "noted", "insisted", "explained",
)  # fmt: skip
DENYING_SAYING_VERBS: tuple[str, ...] = (
    "said", "says", "say", "told", r"emphasi[sz]ed", "stressed", "insisted", "added", "stated",
)  # fmt: skip

# --- pronouns and words that name nobody ---------------------------------------------------
PERSONAL_PRONOUNS: frozenset[str] = frozenset("he she they it we i you".split())
ARTICLES: frozenset[str] = frozenset("the a an".split())
# Relative and demonstrative words that may stand where a speaker would.
POINTING_WORDS: frozenset[str] = frozenset("who which this that there these those".split())
# Every pronoun that can stand as the source of a statement ("he said", "his claim", "who
# said"): PolNeAR's annotators mark these as sources whose referent the text names elsewhere.
SOURCE_PRONOUNS: frozenset[str] = PERSONAL_PRONOUNS | frozenset(
    "him her his hers its us our ours them their theirs me my mine who whom whose".split()
)
# What a model writes when it has no speaker to give.
NO_NAME: frozenset[str] = frozenset("none null unknown n/a na someone nobody unnamed".split())

# --- media ---------------------------------------------------------------------------------
# The main wire and state news agencies, whose names carry no word that says "medium".
NEWS_AGENCIES: tuple[str, ...] = ("reuters", "sputnik", "novosti", "tass", "afp", "interfax")
# Words that make a name an actor of kind media ("The Washington Post", "RIA Novosti").
MEDIA_NAME_WORDS: tuple[str, ...] = ("news", "journal", "times", "post", "agency")
# Words that make a speaker a medium whose statements are reported, not asserted.
MEDIUM_WORDS: tuple[str, ...] = (
    "news", "reports?", "agency", "newspaper", "outlet", "media", "television", "tv", "radio",
    "journal",
)  # fmt: skip


def alternatives(words: tuple[str, ...] | frozenset[str]) -> str:
    """The words as one regular-expression group of alternatives."""
    return "(?:" + "|".join(sorted(words) if isinstance(words, frozenset) else words) + ")"
