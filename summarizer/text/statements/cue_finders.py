"""The cue forms a statement is found by: reporting verbs, passives with and without an
agent, "according to X", "in a poll", statement nouns with an owner, and refusals to
comment."""

from __future__ import annotations

from spacy.tokens import Token

from summarizer.text.grammar import AUXILIARIES, CLAUSES, SPEAKER_ENTITIES, SUBJECTS, VERBS
from summarizer.text.lexicon import (
    DOCUMENTS,
    FEMALE_PRONOUNS,
    FINDING_VENUES,
    FIRST_PERSON,
    GRANTS,
    GROUNDS_PREPOSITIONS,
    HYPOTHETICAL_MODALS,
    LIKELIHOOD_VERBS,
    MALE_PRONOUNS,
    NOT_SOURCES,
    PRONOUNS,
    QUOTING,
    REFUSING,
    SAID_THINGS,
    SAYING,
    SHOWING,
    SPEAKING_NOUNS,
    STATING_VERBS,
    TARGET_CUES,
    VENUES,
)
from summarizer.text.statements.building import build
from summarizer.text.statements.contents import (
    adjunct,
    bare_target,
    content_of,
    fallback_content,
    hung_content,
    quotation_near,
)
from summarizer.text.statements.cues import CueForm, DenialKind, acting, cue_lemma, verb_kind
from summarizer.text.statements.denials import negated, passive, refusal_cue
from summarizer.text.statements.records import Context, Found
from summarizer.text.statements.sources import inverted_subject, subject_of
from summarizer.text.statements.spans import words


def from_verb(ctx: Context, verb: Token) -> Found | None:
    """A reporting, denying or showing verb with its subject (or passive agent)."""
    if verb.pos_ not in VERBS or verb.dep_ in AUXILIARIES | {"amod"}:
        return None
    lemma = cue_lemma(verb)
    if lemma is None or lemma in REFUSING:
        return None  # a refusal to comment is `refusal`'s; "refused to help" is an act
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in REFUSING:
        return None  # "declined to claim victory" claims nothing
    if verb.tag_ == "VBG" and any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children):
        return None  # "his contention that identifying X will ...": the clause's subject
    if verb_kind(lemma) is not None and (negated(verb) or _refuses(verb, lemma)):
        return None  # "did not deny it" says nothing; "denied bail" refuses a request
    if _unmade(verb):
        return None
    if lemma in STATING_VERBS and negated(verb) and not ctx.in_quotation(verb):
        return None  # "has not said whether", "did not say that": no statement made
    if "_" in lemma and _says_it(verb):
        return None  # "issued a statement saying S": "saying" reports S
    # A verb inside a quotation is the speaker's own words ("we have not agreed to it"),
    # whatever its sense.
    if acting(verb, lemma) and not ctx.in_quotation(verb) and quotation_near(ctx, verb) is None:
        return None
    is_passive = passive(verb)
    agent = next(
        (g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"),
        None,
    )
    subject = subject_of(ctx, verb)
    inverted = False
    if subject is None and not is_passive and verb.dep_ in {"ROOT", "ccomp", "parataxis"}:
        subject = inverted_subject(ctx, verb)
        inverted = subject is not None
    if agent is None and verb.tag_ == "VBN" and verb.dep_ == "acl":
        return None  # "a plan favored by X" is handled with the agent, below
    who = agent if is_passive or (agent is not None and verb.dep_ == "acl") else subject
    if is_passive and agent is None:
        return impersonal(ctx, verb, lemma, subject)
    if who is None or who.lower_ in NOT_SOURCES or who.pos_ in {"SCONJ", "ADV", "ADP"}:
        return None
    if _quoted_words(ctx, verb, who, lemma):
        return None
    if verb.dep_ == "pcomp" and who is subject and not _speaks(who):
        return None  # "the shipment comes despite pledging to": a thing pledges nothing
    if lemma in LIKELIHOOD_VERBS and not _speaks(who):
        return None  # "the debate promised to be crucial": what is likely, not said
    if lemma in SHOWING and lemma not in SAYING and who.lemma_.lower() not in DOCUMENTS:
        finding = any(
            c.dep_ == "ccomp" and any(g.lower_ == "that" and g.dep_ == "mark" for g in c.children)
            for c in verb.children
        )
        if who.lower_ not in {"it", "they", "which", "that"} and not finding:
            return None  # "a poll shows", "X found that", not "she showed frustration"
    if who.lower_ == "it" and (is_passive or who.head.i != verb.i):
        return None  # "it is wrong to imply": nobody implies
    content = content_of(verb, subject_after=inverted or (who.i > verb.i and not is_passive))

    def idle(tokens: list[Token]) -> bool:
        # "testified on Thursday": when, not what. What is rejected or denied may be a
        # time ("rejected those days").
        return verb_kind(lemma) is None and adjunct(tokens)

    if verb_kind(lemma) is None and bare_target(content):
        # "criticized Trump", "praised her": at whom, not what. Only a quotation after the
        # verb says what ("criticized him: “...”").
        quotation = quotation_near(ctx, verb)
        if quotation is None or quotation.start < verb.idx:
            return None
        return build(ctx, verb, verb, who, [], quotation, lemma)
    if idle(content):
        content = []
    if not content and negated(verb) and not is_passive:
        return None  # "did not elaborate": nothing is said, and no quotation near is his
    if is_passive and agent is not None and not content:
        # "was accused by X of Y": the parse often hangs "of Y" on X
        content = [t for c in agent.children if c.dep_ == "prep"
                   and c.lower_ in GROUNDS_PREPOSITIONS for t in c.subtree]  # fmt: skip
    if is_passive and subject is not None:
        content = [*subject.subtree, *content]
    if verb.dep_ == "acl" and agent is not None and not content:
        # "the shipment of missiles, first reported by X,": the noun phrase it describes
        own = {t.i for t in verb.subtree}
        content = [t for t in verb.head.subtree if t.i not in own]
    if lemma in QUOTING:
        content = []  # "he continued" reports only the quotation beside it
    elif not content:
        content = hung_content(verb)
        content = [] if idle(content) else content
    quotation = None if content else quotation_near(ctx, verb)
    if lemma in QUOTING and quotation is None:
        return None
    if not content and quotation is None:
        content = fallback_content(ctx, verb)
        if not words(content) or idle(content):
            return None
    # "called for an inquiry", "warned of a crisis": the preposition is part of the cue,
    # and what is called for or warned of is the content.
    topic = (
        content[0] if content and content[0].dep_ == "prep" and content[0].head == verb else None
    )
    if topic is not None and words(content[1:]):
        return build(ctx, verb, verb, who, content[1:], quotation, lemma, cue_last=topic)
    return build(ctx, verb, verb, who, content, quotation, lemma)


def _says_it(verb: Token) -> bool:
    """Whether the noun of a light cue ("issued a statement") has a verb of saying of its
    own ("a statement saying")."""
    return any(
        c.dep_ == "dobj"
        and any(
            g.dep_ == "acl" and g.tag_ == "VBG" and g.lemma_.lower() in SAYING for g in c.children
        )
        for c in verb.children
    )


def _unmade(verb: Token) -> bool:
    """ "for a justice to criticize a candidate", "members should not weigh in", "X could
    argue that": a statement someone might, should or could make, not one made. A speaker's
    own hedge ("I would say", "we must insist") is still said."""
    children = list(verb.children)
    if any(c.dep_ == "mark" and c.lower_ == "for" for c in children) and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in children
    ):
        return True
    if not any(c.dep_ == "aux" and c.lower_ in HYPOTHETICAL_MODALS for c in children):
        return False
    return not any(c.dep_ in SUBJECTS and c.lower_ in FIRST_PERSON for c in children)


def _quoted_words(ctx: Context, verb: Token, who: Token, lemma: str) -> bool:
    """ "“The president spoke of reform,” the aide said", "“Who do they think they are?”":
    inside a quotation, a cue whose subject stands in the same quotation and is not the
    speaker ("I", "we") is part of the speaker's words, not a statement its subject made.
    A bare "he said" inside a quotation left open by mistake is still the speaker's cue;
    one that says something of its own ("what I told them, which he said was true", "she
    just said a terrible thing") is the speaker's words."""
    quotation = ctx.in_quotation(verb)
    if quotation is None or ctx.in_quotation(who) != quotation:
        return False
    if who.lower_ in FIRST_PERSON:
        return False
    tag = lemma in SAYING and who.lower_ in MALE_PRONOUNS | FEMALE_PRONOUNS
    return not tag or any(c.dep_ in CLAUSES | {"dobj"} for c in verb.children)


def _speaks(who: Token) -> bool:
    """Whether a subject a verb takes from the clause it hangs on ("X came despite saying")
    can speak: a name, a pronoun, or a noun of people, bodies or documents."""
    return (
        who.pos_ == "PROPN"
        or who.ent_type_ in SPEAKER_ENTITIES
        or who.lower_ in PRONOUNS
        or who.lemma_.lower() in SPEAKING_NOUNS
        or who.lower_ in SPEAKING_NOUNS
    )


def _refuses(verb: Token, lemma: str) -> bool:
    """Whether a denying or rejecting verb refuses rather than denies: a request ("denied
    bail"), or, rejecting, anything that was not said ("rejected the offer", "rejected those
    dates"). What was said, a clause ("the idea that") or a pronoun can be denied."""
    for noun in (c for c in verb.children if c.dep_ == "dobj"):
        if noun.lemma_.lower() in GRANTS:
            return True
        said = noun.lemma_.lower() in SAID_THINGS or any(
            c.dep_ in {"acl", "ccomp"} and any(g.lower_ == "that" for g in c.children)
            for c in noun.children
        )
        if verb_kind(lemma) == DenialKind.REJECTION and noun.pos_ == "NOUN" and not said:
            return True
    return False


def impersonal(ctx: Context, verb: Token, lemma: str, subject: Token | None) -> Found | None:
    """A passive report that names nobody ("was announced", "is expected to", "it is
    believed that"): a statement without a source."""
    if subject is None or subject.lower_ in {"who", "which", "that"} or negated(verb):
        return None  # "details were not disclosed": nothing is reported
    if lemma in TARGET_CUES:
        return None  # "X was challenged over Y": X is the target, not what is said
    content = content_of(verb)
    if subject.lower_ != "it":
        content = [*subject.subtree, *content]
    if len(words(content)) < 2:
        return None
    return build(ctx, verb, verb, None, content, None, lemma)


def from_according(ctx: Context, token: Token) -> Found | None:
    """ "according to X": the clause it hangs on is what X says."""
    if token.lower_ != "according":
        return None
    to = next((c for c in token.children if c.lower_ == "to"), None)
    who = next((c for c in to.children if c.dep_ == "pobj"), None) if to else None
    if who is None or to is None:
        return None
    phrase = {t.i for t in token.subtree}
    head = token.head
    while head.dep_ not in {"ROOT", "ccomp", "conj", "advcl", "relcl"} and head.head.i != head.i:
        head = head.head
    clause = [t for t in head.subtree if t.i not in phrase]
    before = [t for t in clause if t.i < token.i]
    after = [t for t in clause if t.i > max(phrase)]
    content = before if len(words(before)) >= len(words(after)) else after
    if not words(content):
        return None
    return build(ctx, token, token, who, content, None, CueForm.ACCORDING, cue_last=to)


def from_venue(ctx: Context, token: Token) -> Found | None:
    """ "in a poll", "in his speech": the clause it hangs on is what the poll shows or
    the speaker says, when no reporting verb of that clause says so already."""
    if token.lower_ != "in" or token.dep_ != "prep":
        return None
    venue = next((c for c in token.children if c.dep_ == "pobj"), None)
    head = token.head
    if venue is None or venue.lemma_.lower() not in VENUES or head.pos_ not in VERBS:
        return None
    if cue_lemma(head) is not None or any(
        cue_lemma(c) for c in head.children if c.dep_ in {"xcomp", "advcl"}
    ):
        return None  # "In a statement, X reacted, saying S": "saying" reports it
    owner = next((c for c in venue.children if c.dep_ == "poss"), None)
    if owner is None and venue.lemma_.lower() not in FINDING_VENUES:
        # "In a statement, the company reacted to ...": whose statement it is; "in a poll,
        # X leads" is what the poll found
        subject = next((c for c in head.children if c.dep_ in SUBJECTS), None)
        owner = subject if subject is not None and _speaks(subject) else None
    phrase = {t.i for t in token.subtree}
    clause = [t for t in head.subtree if t.i not in phrase]
    if len(words(clause)) < 3:
        return None
    return build(ctx, token, token, owner or venue, clause, None, CueForm.ACCORDING, cue_last=venue)


def from_noun(ctx: Context, noun: Token) -> Found | None:
    """A statement noun with its owner and content ("X's claim that S", "allegations by
    X that S", "his denial of S")."""
    lemma = cue_lemma(noun)
    if noun.pos_ != "NOUN" or lemma is None:
        return None
    who = next((c for c in noun.children if c.dep_ == "poss"), None)
    if who is None:
        for child in noun.children:
            if child.dep_ == "prep" and child.lower_ in {"by", "from"}:
                who = next((g for g in child.children if g.dep_ == "pobj"), None)
    if who is None:
        return None
    content: list[Token] = []
    for child in noun.children:
        if child.dep_ in {"acl", "ccomp", "relcl"} and any(
            (g.lower_ == "that" and g.dep_ == "mark") or (g.lower_ == "to" and g.dep_ == "aux")
            for g in child.children
        ):
            content = list(child.subtree)
        elif child.dep_ == "prep" and child.lower_ in {"of", "about", "on", "against", "for"}:
            content = content or list(child.subtree)
    if len(words(content)) < 2:
        return None
    return build(ctx, noun, noun, who, content, None, lemma)


def refusal(ctx: Context, token: Token) -> Found | None:
    """A refusal to comment (kind no_comment), whoever refuses."""
    found = refusal_cue(token)
    if found is None:
        return None
    governing, first, last = found
    subject = subject_of(ctx, governing)
    if subject is None:
        return None
    quotation = ctx.in_quotation(governing)
    inside = quotation is not None and quotation.contains(subject.idx)
    if inside and subject.lower_ not in FIRST_PERSON:
        return None  # "“He refused to answer,” she said": her charge, not his refusal
    # A clause the writer goes on with ("..., although she kept up her attacks", "..., and
    # he insisted that") is no part of what went unanswered: the content ends before it and
    # the word that joins it on.
    doc = governing.doc
    cut = min(
        (
            c.left_edge.i - 1
            for c in governing.children
            if c.i > last.i
            and c.dep_ in {"advcl", "conj"}
            and doc[c.left_edge.i - 1].text in {",", ";", "and", "but"}
        ),
        default=governing.right_edge.i + 1,
    )
    content = [t for t in governing.subtree if first.i <= t.i < cut]
    return build(ctx, governing, first, subject, content, None, CueForm.NO_COMMENT, cue_last=last)
