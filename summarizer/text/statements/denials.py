"""Whether a statement denies, rejects or refuses to comment, read off its cue and content.

A denial verb ("denied") or a rejecting one ("rejected", "dismissed", "refused to") decides
by itself unless negated. A speaker who states a negation about what happened ("we did not
strike", "the emails had no bearing") denies; a negation that predicts, judges, thinks or
says there is nothing ("will never", "is not smart", "I don't think", "there was no") does
not, unless the speaker insists or stresses it. Refusals to comment are found wherever they
stand: "declined to comment", "did not respond to a request for comment", "had no immediate
comment", "would not say whether". "Could not be reached" is not one: nobody declined.
"""

from __future__ import annotations

from spacy.tokens import Token

from summarizer.text.grammar import AUXILIARIES, CLAUSES, SPEAKER_ENTITIES, SUBJECTS, VERBS
from summarizer.text.lexicon import (
    ACCUSATION_NOUNS,
    AFFIRMING_WHEN_NEGATED,
    ANSWERING,
    DOCUMENTS,
    FIRST_PERSON,
    INSISTING_VERBS,
    MENTAL_VERBS,
    MODALS,
    NEGATIVES,
    OTHERS,
    OUGHT_MODALS,
    PERSON_OR_BODY_NOUNS,
    QUANTIFIERS,
    REBUTTALS,
    REFUSAL_WORDS,
    REFUSING,
    REQUESTS,
    STATING_VERBS,
    UNREACHED,
    WH_WORDS,
)
from summarizer.text.statements.cues import CueForm, DenialKind, StatementKind, verb_kind
from summarizer.text.statements.speaker_labels import is_pronoun

KindPair = tuple[StatementKind, DenialKind | None]


def negated(token: Token) -> bool:
    """Whether a verb (or adjective) is negated ("did not", "never", "n't")."""
    return any(c.dep_ == "neg" or c.lower_ in {"never", "not", "n't"} for c in token.children)


def passive(verb: Token) -> bool:
    """Whether a verb is passive ("was accused", "have not been disclosed")."""
    return any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children)


def _negative_argument(verb: Token) -> bool:
    """A negative subject or object ("no evidence", "neither email", "nothing")."""
    for child in verb.children:
        if child.dep_ not in SUBJECTS | {"dobj", "attr"}:
            continue
        if child.lower_ in NEGATIVES:
            return True
        if any(g.dep_ in {"det", "neg"} and g.lower_ in NEGATIVES for g in child.children):
            return True
    return False


def _clauses(root: Token) -> list[Token]:
    """A content's main clause and the verbs coordinated with it that share its subject
    ("made the decision and did not receive any pressure"); a coordinated clause with a
    subject of its own ("..., and this does not help") is a comment of its own."""
    shared = [
        c for c in root.children
        if c.dep_ == "conj" and c.pos_ in VERBS
        and (not any(g.dep_ in SUBJECTS | {"expl"} for g in c.children)
             or _contrasted(root, c))
    ]  # fmt: skip
    return [root, *shared]


def _contrasted(root: Token, clause: Token) -> bool:
    """ "we are considering options, but X is not on the agenda": a clause after "but"
    whose subject is a noun states what the speaker rules out."""
    but = any(
        c.dep_ == "cc" and c.lower_ == "but" and root.i < c.i < clause.i for c in root.children
    )
    subject = next((g for g in clause.children if g.dep_ in SUBJECTS), None)
    return but and subject is not None and subject.pos_ in {"NOUN", "PROPN"}


def _judging(verb: Token, coordinated: bool = False) -> bool:
    """Whether a negation in this clause predicts, judges, thinks or says there is none."""
    if verb.lemma_.lower() in MENTAL_VERBS:
        return True
    if any(c.dep_ == "aux" and c.lower_ in MODALS for c in verb.children):
        return True
    if (
        verb.lemma_.lower() == "go"
        and verb.tag_ == "VBG"
        and any(c.dep_ == "xcomp" for c in verb.children)
    ):
        return True  # "we are not going to let that stand": a vow or a forecast, as "will"
    if any(c.dep_ == "expl" or (c.lower_ == "there" and c.dep_ == "nsubj") for c in verb.children):
        return True
    if any(c.dep_ == "acomp" for c in verb.children):
        return True  # "is not smart": a judgement, not a fact denied
    if coordinated:
        return False  # its subject is the main clause's
    return not any(c.dep_ in SUBJECTS for c in verb.children)  # imperative


def _answers_accusation(root: Token) -> bool:
    """Whether a clause speaks of accusations or speculation: a negation in it rebuts."""
    return any(t.lemma_.lower() in ACCUSATION_NOUNS for t in root.subtree)


def _denying_clauses(root: Token, insisting: bool, quoted: bool) -> list[Token]:
    """The clauses of a content that state a negation that denies. In a speaker's own
    words, a negation about "he", "she", "it" or "they" speaks of someone or something else
    ("they're not sending their best", "he has no consistency"): a remark, not a denial,
    unless the speaker insists or answers an accusation."""
    insisting = insisting or _answers_accusation(root)
    found: list[Token] = []
    for clause in _clauses(root):
        if not (negated(clause) or _negative_argument(clause)):
            continue
        if clause.lemma_.lower() in AFFIRMING_WHEN_NEGATED:
            continue
        subject = _subject(clause)
        if quoted and not insisting and subject is not None and subject.lower_ in OTHERS:
            continue
        if insisting or not _judging(clause, coordinated=clause is not root):
            found.append(clause)
    return found


def answers_in_itself(root: Token, quoted: bool) -> bool:
    """Whether a content's negation answers something by its own words: it speaks of an
    accusation, or a clause that denies has the speaker for its subject ("I" or "we" in
    their own words, "he", "she", "they" or "we" where their words are reported: "she said
    she had not"). What a speaker denies of themselves answers what is said of them."""
    if _answers_accusation(root):
        return True
    selves = FIRST_PERSON if quoted else FIRST_PERSON | OTHERS - {"it"}
    return any(
        (subject := _subject(clause)) is not None and subject.lower_ in selves
        for clause in _denying_clauses(root, False, quoted)
    )


def rebuts(root: Token) -> bool:
    """Whether a clause calls something false ("it is a lie", "the claims are baseless")."""
    return any(
        t.lower_ in REBUTTALS and t.dep_ in {"acomp", "attr", "oprd", "dobj", "pobj", "amod"}
        for t in root.subtree
    )


def _too_early(root: Token) -> bool:
    """ "it is premature to discuss", "too early to say", "too soon to comment": declining
    to comment for now, however politely."""
    return any(
        (t.lower_ == "premature" and t.dep_ in {"acomp", "attr"})
        or (
            t.lower_ in {"early", "soon"}
            and t.dep_ in {"acomp", "advmod"}
            and any(c.lower_ == "too" for c in t.children)
            and any(c.dep_ == "xcomp" for c in t.children)  # too early *to say*
        )
        for t in root.subtree
    )


def _no_comment(root: Token) -> bool:
    """ "the company has no comment on", "the agency does not comment on": a stated refusal
    to comment, not a denial."""
    if root.lemma_.lower() == "comment" and negated(root):
        return True
    return any(
        c.dep_ == "dobj"
        and c.lemma_.lower() == "comment"
        and any(g.lower_ == "no" for g in c.children)
        for c in root.children
    )


def _hypothetical(cue: Token) -> bool:
    """ "must reject", "have to deny", "to dismiss": a call or a plan, not a denial made."""
    if any(c.dep_ == "aux" and (c.lower_ in MODALS or c.lower_ == "to") for c in cue.children):
        return True
    return cue.dep_ == "xcomp"


def statement_kind(
    cue: Token | None, lemma: str, root: Token | None, quoted: bool = False
) -> KindPair:
    """Claim or denial (and which kind) for a statement with cue lemma `lemma` (its token
    `cue`, None for a quotation carried on) and content clause `root`; `quoted`: the
    content is the speaker's own words."""
    if cue is not None and (negated(cue) or _hypothetical(cue)):
        return StatementKind.CLAIM, None
    kind = verb_kind(lemma)
    if (
        kind == DenialKind.REJECTION
        and lemma == "disagree"
        and cue is not None
        and any(c.dep_ == "prep" and c.lower_ in {"on", "over", "about"} for c in cue.children)
    ):
        kind = None  # "they disagree on how": a difference of views, no rebuttal
    if kind is not None:
        if cue is not None and not _askable(cue):
            return StatementKind.CLAIM, None
        return StatementKind.DENIAL, kind
    if lemma == CueForm.NO_COMMENT:
        lemma = "say"  # a quotation after a refusal is judged as said
    if root is not None and root.lower_ in REFUSAL_WORDS and len(list(root.subtree)) <= 2:
        return StatementKind.DENIAL, DenialKind.REJECTION
    if root is None or root.pos_ not in VERBS:
        return StatementKind.CLAIM, None
    if lemma in STATING_VERBS or lemma in INSISTING_VERBS:
        if _too_early(root) or _no_comment(root):
            return StatementKind.DENIAL, DenialKind.NO_COMMENT
        if rebuts(root):
            return StatementKind.DENIAL, DenialKind.REJECTION
        if _denying_clauses(root, lemma in INSISTING_VERBS, quoted):
            return StatementKind.DENIAL, DenialKind.DENIAL
    return StatementKind.CLAIM, None


def first_person_kind(lemma: str, cue: Token) -> KindPair:
    """What "I"/"we" + cue inside a quotation makes of the speaker's statement: "I deny",
    "we reject" deny by themselves; "we have not agreed" denies as a stated negation."""
    kind = verb_kind(lemma)
    if kind is not None and not negated(cue) and not _hypothetical(cue):
        return StatementKind.DENIAL, kind
    return statement_kind(None, "say", cue, quoted=True)


def _subject(verb: Token) -> Token | None:
    """A verb's own subject, if any."""
    return next((c for c in verb.children if c.dep_ in SUBJECTS), None)


def _askable(verb: Token) -> bool:
    """Whether the verb's subject is someone who could be asked or could deny: a document
    does neither ("the report did not say", "his findings contradicted her")."""
    subject = _subject(verb)
    if subject is not None and subject.lower_ in QUANTIFIERS:
        # "several of his findings", "one of the reports": what is counted
        of = next((c for c in subject.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        subject = next((c for c in of.children if c.dep_ == "pobj"), subject) if of else subject
    return subject is None or subject.lemma_.lower() not in DOCUMENTS


def _refused_answer(verb: Token) -> tuple[Token, Token] | None:
    """ "declined to comment", "refused to elaborate", "declined interview requests",
    or a bare "declined": (first cue token, last cue token)."""
    complement = next((c for c in verb.children if c.dep_ == "xcomp"), None)
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if complement is not None and complement.lemma_.lower() in ANSWERING:
        return verb, complement
    if complement is None and any(o.lemma_.lower() in REQUESTS | {"comment"} for o in objects):
        return verb, objects[-1]
    if complement is None and not objects and _bare_refusal(verb):
        return verb, verb
    return None


def _bare_refusal(verb: Token) -> bool:
    """ "The company declined." (someone refusing), not "sales declined 5 percent"."""
    if any(c.dep_ in {"prep", "npadvmod", "advmod", "attr", "acomp"} for c in verb.children):
        return False
    subject = _subject(verb)
    if subject is None:
        return False
    return (
        is_pronoun(subject)
        or subject.ent_type_ in SPEAKER_ENTITIES
        or (subject.lemma_.lower() in PERSON_OR_BODY_NOUNS)
    )


def _agentless_passive(verb: Token) -> bool:
    """ "Details have not been disclosed": nobody is named who keeps them back."""
    return passive(verb) and not any(c.dep_ == "agent" for c in verb.children)


def _unanswered(verb: Token) -> bool:
    """A negated verb of answering that leaves a question open: "did not comment",
    "did not respond", "did not return calls", "would not say whether"."""
    lemma = verb.lemma_.lower()
    if lemma in {"say", "speak", "explain", "confirm", "detail", "disclose", "specify"}:
        clause = next((c for c in verb.children if c.dep_ in CLAUSES), None)
        if clause is None:
            return not any(c.dep_ == "dobj" for c in verb.children)
        return any(t.lower_ in WH_WORDS for t in clause.subtree if t.i <= clause.i)
    if lemma in {"respond", "reply"} and any(
        c.dep_ == "prep" and c.lower_ in {"in", "with"} for c in verb.children
    ):
        return False  # "did not respond in kind", "replied with force": how, not whether
    if lemma == "return":
        return any(
            t.lemma_.lower() in REQUESTS
            for c in verb.children
            if c.dep_ == "dobj"
            for t in c.subtree
        )
    return True


def _not_yet(verb: Token) -> bool:
    """ "has not yet responded to the remarks", "hasn't said whether": nothing said so far,
    which refuses nothing unless a request was put ("has not returned calls", "has not
    responded to requests for comment")."""
    perfect = any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children)
    asked = any(t.lemma_.lower() in REQUESTS | {"comment"} for t in verb.subtree)
    return perfect and not asked


def _comment_noun(comment: Token) -> Token | None:
    """The verb a noun "comment" makes a refusal of: "had no comment", "not available for
    comment", "did not respond to a request for comment"."""
    if any(c.lower_ == "no" for c in comment.children):
        return comment.head if comment.head.pos_ in VERBS else None
    if comment.head.lower_ != "for":
        return None
    node = comment.head
    for _ in range(6):
        if node.head.i == node.i:
            return None
        node = node.head
        if node.lower_ == "unavailable":
            return node.head if node.head.pos_ in VERBS else None
        if node.pos_ == "ADJ" and negated(node.head):
            return node.head
        if node.pos_ in VERBS:
            unreached = node.lemma_.lower() in UNREACHED
            return node if negated(node) and not unreached else None
    return None


def refusal_cue(token: Token) -> tuple[Token, Token, Token] | None:
    """A refusal to comment cued at `token`: (the verb whose subject refuses, the first and
    the last word of the cue), or None."""
    lemma = token.lemma_.lower()
    if token.pos_ == "VERB" and lemma in REFUSING:
        found = _refused_answer(token)
        if found is not None and _askable(token):
            return token, found[0], found[1]
        return None
    if token.pos_ == "VERB" and lemma in ANSWERING and negated(token):
        ought = any(c.dep_ == "aux" and c.lower_ in OUGHT_MODALS for c in token.children)
        if _not_yet(token):
            return None
        if _unanswered(token) and _askable(token) and not _agentless_passive(token) and not ought:
            return token, _first(token), token
        return None
    if token.pos_ == "NOUN" and lemma == "comment":
        verb = _comment_noun(token)
        if verb is not None and _askable(verb):
            return verb, _first(verb), token
    return None


def _first(verb: Token) -> Token:
    """The first word of a verb's group ("did not respond" from "respond")."""
    group = [verb, *[c for c in verb.children if c.dep_ in AUXILIARIES | {"neg"}]]
    return min(group, key=lambda t: t.i)
