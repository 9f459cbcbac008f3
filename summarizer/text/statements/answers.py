"""Which negations a speaker states answer something, and so deny it.

"X said the planes did not strike" denies only where something is answered: what X says of
themselves, an accusation, a claim the article reports, or a denial just made. A negation
that answers nobody ("No state was hurt more, the governor said") is the speaker's claim.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from summarizer.text.grammar import CONTENT_WORDS
from summarizer.text.lexicon import INSISTING_VERBS, REPLYING_VERBS
from summarizer.text.statements.cues import DenialKind, StatementKind, verb_kind
from summarizer.text.statements.denials import answers_in_itself
from summarizer.text.statements.records import Attribution, Context
from summarizer.text.statements.spans import root_of, words

#: How far back (characters) a statement may answer, or point back at, another.
POINTS_BACK = 700
#: Content words, names aside, a stated negation shares with another speaker's claim to
#: answer it; one is enough with a claim no further back than POINTS_BACK.
ANSWER_OVERLAP = 2


def remarks_that_answer_nobody(ctx: Context, attributions: list[Attribution]) -> list[Attribution]:
    """The attributions with each negation a speaker merely states ("X said no state was
    hurt more", "Y added that Z did not rise above it") made a claim unless it answers
    something: the speaker denies it of themselves ("we did not strike", "she said she had
    not") or speaks of an accusation, another speaker's claim says what it negates (two
    words in common other than names, or one with a claim shortly before it), or it goes
    on after a denial by its verb. Denying, rejecting, insisting and replying verbs answer
    by themselves."""
    doc = ctx.doc
    claims = [
        (a.content_start, a.source, _lemmas(doc, a)[0])
        for a in attributions
        if a.kind == StatementKind.CLAIM
    ]
    denials = [
        a for a in attributions if a.kind == StatementKind.DENIAL and not _stated_negation(a)
    ]
    kept: list[Attribution] = []
    for a in attributions:
        if _stated_negation(a) and not _goes_on_denying(a, denials):
            content = words(a.content_tokens(doc))
            root = root_of(content) if content else None
            quoted = root is not None and ctx.in_quotation(root) is not None
            said, names = _lemmas(doc, a)
            said -= names
            others = [(start, lemmas) for start, source, lemmas in claims if source != a.source]
            near = [
                lemmas
                for start, lemmas in others
                if a.content_start - POINTS_BACK <= start < a.content_start
            ]
            answers = (
                (root is not None and answers_in_itself(root, quoted))
                or any(len(said & lemmas) >= ANSWER_OVERLAP for _, lemmas in others)
                or any(said & lemmas for lemmas in near)
            )
            if not answers:
                a = replace(a, kind=StatementKind.CLAIM, denial_kind=None)
        kept.append(a)
    return kept


def _stated_negation(attribution: Attribution) -> bool:
    """Whether a denial is one only because its content states a negation: its cue
    neither denies nor rejects, insists or replies by itself."""
    lemma = attribution.cue_lemma
    return (
        attribution.denial_kind == DenialKind.DENIAL
        and verb_kind(lemma) is None
        and lemma not in INSISTING_VERBS | REPLYING_VERBS
    )


def _goes_on_denying(attribution: Attribution, denials: list[Attribution]) -> bool:
    """Whether a denial by its verb came shortly before: a negation stated after it goes on
    with that exchange ("The ministry rejected the allegation. 'Our planes do not strike
    towns,' its spokesman said")."""
    return any(
        attribution.content_start - POINTS_BACK <= d.content_start < attribution.content_start
        for d in denials
    )


def _lemmas(doc: Doc, attribution: Attribution) -> tuple[set[str], set[str]]:
    """The lemmas of a content's nouns, names, verbs and adjectives (stop words aside), and
    those of its names: what an article is about rather than what is said."""
    tokens = [
        t for t in attribution.content_tokens(doc) if t.pos_ in CONTENT_WORDS and not t.is_stop
    ]
    return {t.lemma_.lower() for t in tokens}, {
        t.lemma_.lower() for t in tokens if t.pos_ == "PROPN"
    }
