"""What a cue reports: the clause, object or topic the parse hangs on it, and the ways
back to it when the parse loses it (a clause the cue hangs on, a quotation beside it)."""

from __future__ import annotations

from spacy.tokens import Token

from summarizer.text.actors.actor_mention import Gender
from summarizer.text.grammar import (
    AUXILIARIES,
    SPEAKER_ENTITIES,
    SUBJECTS,
    TIME_ENTITIES,
    VERBS,
)
from summarizer.text.lexicon import (
    ADDRESSEE_VERBS,
    FEMALE_PRONOUNS,
    GROUNDS_PREPOSITIONS,
    MALE_PRONOUNS,
    PLACEHOLDER_VERBS,
    PRONOUN_FORMS,
    SAID_THINGS,
    SPEAKING_TERMS,
    THIRD_PERSON,
    TO_VERBS,
    TOPIC_PREPOSITIONS,
    TOPIC_VERBS,
)
from summarizer.text.nlp import text_of
from summarizer.text.statements.quotes import Quotation
from summarizer.text.statements.records import Attribution, Context
from summarizer.text.statements.sources import subject_of
from summarizer.text.statements.spans import root_of, words


def content_of(verb: Token, subject_after: bool = False) -> list[Token]:
    """What a reporting verb reports: its clause (of two, the one on the other side of
    the verb from its subject), its object with what it is blamed or praised for, its
    topic after it ("warned of X", "called for Y"), else nothing."""
    clauses = [c for c in verb.children if c.dep_ in {"ccomp", "xcomp", "csubj"}]
    if clauses:
        after = [c for c in clauses if c.i > verb.i]
        before = [c for c in clauses if c.i < verb.i]
        preferred = (before or after) if subject_after else (after or before)
        return list(preferred[0].subtree)
    lemma = verb.lemma_.lower()
    if lemma not in ADDRESSEE_VERBS:
        for child in verb.children:
            if child.dep_ in {"dobj", "oprd"} and not child.is_punct:
                said = child.lemma_.lower() in SAID_THINGS
                tokens = list(child.subtree)
                tokens += [
                    t for c in verb.children
                    if c.i > child.i and (c.dep_ == "oprd" or (
                        c.dep_ == "prep" and c.lower_ in GROUNDS_PREPOSITIONS
                    ) or (said and _says_more(c)))
                    for t in c.subtree
                ]  # fmt: skip
                return tokens
    topics = TOPIC_PREPOSITIONS | ({"to"} if lemma in TO_VERBS else set())
    for child in verb.children:
        if child.dep_ == "prep" and child.i > verb.i and child.lower_ in topics:
            tokens = list(child.subtree)
            if len(words(tokens)) > 1 and not adjunct(tokens):
                return tokens  # "spoke on Monday about the attack": about the attack
    return []


def _says_more(token: Token) -> bool:
    """ "rejected an allegation by X that S", "repeated his contention that S": who made
    what is said and what it says are part of it, though the parse hangs them on the
    verb."""
    if token.dep_ == "prep":
        return token.lower_ == "by"
    return token.dep_ in {"advcl", "ccomp"} and any(
        c.dep_ == "mark" and c.lower_ == "that" for c in token.children
    )


def adjunct(tokens: list[Token]) -> bool:
    """Whether a content is only an adjunct of the cue, not what was said: a time ("on
    Thursday", "Monday"), the terms on which one speaks ("on condition of anonymity") or a
    participle of manner without a subject of its own ("Lashing
    out", "Speaking in Beijing")."""
    found = words(tokens)
    root = root_of(found) if found else None
    if root is None:
        return False
    head = (
        next((c for c in root.children if c.dep_ == "pobj"), root) if root.dep_ == "prep" else root
    )
    if head.ent_type_ in TIME_ENTITIES and (
        root.dep_ == "prep" or all(t.ent_type_ in TIME_ENTITIES or t.i == root.i for t in found)
    ):
        return True  # "on Thursday", "on Thursday before the committee"
    if root.dep_ == "prep" and head.lemma_.lower() in SPEAKING_TERMS:
        return True  # "spoke on condition of anonymity", "said on the record"
    return (
        root.tag_ == "VBG"
        and root.i == min(t.i for t in found)  # the participle opens it: "Lashing out"
        and root.dep_ in {"advcl", "ROOT"}  # "reported holding shares" reports the holding
        and not any(c.dep_ in SUBJECTS | AUXILIARIES for c in root.children)
        and not any(t.is_quote for t in found)
    )


def bare_target(tokens: list[Token]) -> bool:
    """Whether a content only names whom or what the cue is aimed at ("criticized Trump",
    "praised her", "slammed Bulgaria"): a name or a pronoun, no clause and no noun of its
    own, so it does not say what was said."""
    found = words(tokens)
    return bool(found) and all(
        t.pos_ in {"PRON", "PROPN", "DET"}
        or t.ent_type_ in SPEAKER_ENTITIES
        or (t.pos_ == "ADJ" and t.head.pos_ == "PROPN")
        or t.tag_ == "POS"
        for t in found
    )


def hung_content(verb: Token) -> list[Token]:
    """For "S, he said" parsed with the verb hanging on S (as a parenthetical, a clause
    or a coordinated verb with a subject of its own at the end of S): S."""
    if verb.head.i == verb.i or (verb.dep_ == "conj" and verb.head.i > verb.i):
        return []
    own_subject = any(c.dep_ in SUBJECTS for c in verb.children)
    closing = all(
        c.dep_ in {"dobj", "prep", "npadvmod", "punct", "advmod", "nsubj"} or c.i < verb.i
        for c in verb.children
    ) and not any(t.pos_ in VERBS for t in verb.subtree if t.i > verb.i)
    if verb.dep_ in {"parataxis", "ccomp"} or (verb.dep_ == "conj" and own_subject and closing):
        own = {t.i for t in verb.subtree}
        return [t for t in verb.head.subtree if t.i not in own]
    return []


def fallback_content(ctx: Context, verb: Token) -> list[Token]:
    """For a verb whose complement the parse lost: the noun a relative clause hangs on,
    else the words after it in its own clause, else a one-word answer before it
    ("Sorry, X said") or a clause before its subject."""
    if verb.dep_ == "relcl" or (verb.dep_ == "conj" and verb.head.dep_ == "relcl"):
        clause = verb if verb.dep_ == "relcl" else verb.head
        return [t for t in clause.head.subtree if t.i < clause.i]
    if verb.lemma_.lower() in TOPIC_VERBS:
        return []  # "spoke to Reuters": that someone spoke, not what
    subject = subject_of(ctx, verb)
    skip = {t.i for t in subject.subtree} if subject is not None else set()
    after = [t for t in verb.subtree if t.i > verb.i and t.i not in skip]
    if len(words(after)) >= 3:
        return after
    if subject is None:
        return []
    before = words([t for t in verb.subtree if t.i < subject.i and t.i not in skip])
    if len(before) == 1 and before[0].lower_ in {"no", "sorry", "yes", "nope"}:
        return before
    return before if any(t.pos_ in VERBS for t in before) else []


def quotation_near(ctx: Context, verb: Token) -> Quotation | None:
    """A quotation next to a verb's clause (a comma or colon between), for a verb that
    has no content of its own in the parse ("“...,” he said." split off by the parser)."""
    sentence = verb.sent
    for quotation in ctx.quotations:
        before = sentence.start_char - 3 <= quotation.end <= verb.idx
        if before and len(text_of(ctx.doc)[quotation.end : verb.idx]) <= 40:
            return quotation
        if verb.idx < quotation.start <= sentence.end_char + 3:
            gap = text_of(ctx.doc)[verb.idx + len(verb.text) : quotation.start].strip()
            if len(gap) <= 40 and gap[-1:] in {":", ","}:
                return quotation
    return None


def opening_pronoun(ctx: Context, attribution: Attribution) -> str | None:
    """The name a pronoun that opens a content as its subject, or as whose the subject is,
    stands for ("he would resign", "her plan would fail"), only where the article makes it
    plain: in words reported after their cue, the speaker the pronoun fits in kind, number
    and any gender the article gives them ("Jo Roe said she would resign", "the board said
    it had"; in "She left early, he said" she is someone before); elsewhere "he" or "she"
    for the person the coreference finds, when the article gives that person the same
    gender. None for an "it" that stands for nothing ("it is clear that"), for a pronoun a
    statement is aimed at ("described him as"), and wherever it is less plain: a wrong name
    misleads more than a pronoun."""
    opening = [t for t in words(attribution.content_tokens(ctx.doc)) if t.lower_ != "that"][:1]
    if not opening or opening[0].lower_ not in THIRD_PERSON or _dummy_it(opening[0]):
        return None
    pronoun, word = opening[0], opening[0].lower_
    # The subject, or whose the subject is ("her instinct is to wait").
    if pronoun.dep_ not in SUBJECTS and not (
        pronoun.dep_ == "poss" and pronoun.head.dep_ in SUBJECTS
    ):
        return None
    if (
        attribution.source is not None
        and pronoun.idx > attribution.cue_start
        and ctx.in_quotation(pronoun) is None
    ):
        speaker = _source_token(ctx, attribution)
        if speaker is not None and _same_pronoun(speaker.lower_, word):
            return attribution.source
        mention = ctx.resolver.mention_at(speaker) if speaker is not None else None
        # "X said her report ...": whose report is plain only where the article gives X
        # the pronoun's gender; a subject pronoun ("X said she ...") mostly is X.
        gendered = pronoun.dep_ == "poss" and word in MALE_PRONOUNS | FEMALE_PRONOUNS
        if (
            mention is not None
            and ctx.resolver.fits(mention, word)
            and (not gendered or _gender_known(ctx, attribution.source, word))
        ):
            return attribution.source
    if word not in MALE_PRONOUNS | FEMALE_PRONOUNS:
        return None
    label = ctx.resolver.pronoun(pronoun)
    if label is None or not _gender_known(ctx, label.text, word):
        return None
    return label.text


def _gender_known(ctx: Context, name: str, word: str) -> bool:
    """Whether the article gives `name` the gender a gendered pronoun says ("he", "her")."""
    wanted = Gender.MALE if word in MALE_PRONOUNS else Gender.FEMALE
    return ctx.resolver.genders.of(name) == wanted


def _dummy_it(token: Token) -> bool:
    """ "It is clear that", "it appears", "it should shock us that": an "it" that holds a
    place for the clause after it, and stands for nothing."""
    if token.lower_ != "it":
        return False
    head = token.head
    return (
        token.dep_ == "expl"
        or head.lemma_.lower() in PLACEHOLDER_VERBS
        or any(c.dep_ in {"ccomp", "csubj"} and c.i > head.i for c in head.children)
    )


def _source_token(ctx: Context, attribution: Attribution) -> Token | None:
    """The head word of the words that stand for a statement's speaker."""
    if attribution.source_start is None or attribution.source_end is None:
        return None
    span = ctx.doc.char_span(
        attribution.source_start, attribution.source_end, alignment_mode="expand"
    )
    return span.root if span is not None else None


def _same_pronoun(a: str, b: str) -> bool:
    """Whether two pronouns are forms of one ("he" and "his", "they" and "their")."""
    return any(a in forms and b in forms for forms in PRONOUN_FORMS)
