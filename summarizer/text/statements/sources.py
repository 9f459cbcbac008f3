"""Who a statement's source is: the subject (or agent) of its cue, and the name it stands
for, resolved through pronouns, role nouns and coordination."""

from __future__ import annotations

from spacy.tokens import Token

from summarizer.text.grammar import NOUNS, SPEAKER_ENTITIES, SUBJECTS, VERBS
from summarizer.text.lexicon import (
    FIRST_PERSON,
    GOING_ON,
    ISSUING_VERBS,
    STATEMENT_NOUNS,
    TITLE_ABBREVIATIONS,
)
from summarizer.text.nlp import text_of
from summarizer.text.statements.records import Context
from summarizer.text.statements.speaker_labels import (
    SpeakerLabel,
    entity_of,
    is_pronoun,
    joined_label,
)

Spans = tuple[tuple[int, int], ...]


def subject_of(ctx: Context, verb: Token) -> Token | None:
    """The subject of a verb, or of the verb it depends on when it has none of its own
    ("X attacked Y, saying ...", "X said A and added B", "X went on to say"). Of two
    subjects the one nearest the verb outside a quotation wins ("“That,” he said")."""
    for _ in range(6):
        subjects = [c for c in verb.children if c.dep_ in SUBJECTS]
        if subjects:
            quoted = ctx.in_quotation(verb)
            outside = [s for s in subjects if ctx.in_quotation(s) in {None, quoted}]
            subject = min(outside or subjects, key=lambda s: abs(s.i - verb.i))
            if subject.pos_ in VERBS:  # a misparse: its own subject is meant
                inner = [c for c in subject.children if c.dep_ in SUBJECTS]
                return inner[0] if inner else None
            return _titled(subject)
        if verb.dep_ in {"conj", "xcomp", "advcl"} and verb.head.i != verb.i:
            verb = verb.head
            continue
        if verb.dep_ == "pcomp" and verb.head.dep_ == "prep":
            governing = verb.head.head
            blamed = next((c for c in governing.children if c.dep_ == "dobj"), None)
            if verb.head.lower_ == "for" and blamed is not None:
                return blamed  # "slammed X for denying": X denies
            verb = governing  # "by saying", "before adding"
            continue
        if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.pos_ in {"NOUN", "PROPN"}:
            # "a report saying": the report; but "his remarks calling" and "the campaign
            # issued a statement saying" are his and the campaign's words.
            noun = verb.head
            if noun.lemma_.lower() not in STATEMENT_NOUNS:
                return noun
            owner = next((c for c in noun.children if c.dep_ == "poss"), None)
            if owner is not None:
                return owner
            if noun.dep_ == "dobj" and noun.head.lemma_.lower() in ISSUING_VERBS:
                verb = noun.head
                continue
            return noun
        return None
    return None


def _titled(subject: Token) -> Token:
    """The person an abbreviated title stands before, where the parse took the title for
    the subject ("said Navy Capt. Jo Doe", the name hung apart): the name's head."""
    following = subject.doc[subject.i + 1] if subject.i + 1 < len(subject.doc) else None
    if subject.text not in TITLE_ABBREVIATIONS or following is None:
        return subject
    if following.ent_type_ != "PERSON":
        return subject
    name = next((e for e in subject.doc.ents if e.start == following.i), None)
    return name.root if name is not None else subject


def inverted_subject(ctx: Context, verb: Token) -> Token | None:
    """The subject of "“...,” said X" when the parse hung X elsewhere: the name that
    follows the verb."""
    if verb.i + 1 >= len(ctx.doc):
        return None
    after = ctx.doc[verb.i + 1]
    entity = entity_of(after)
    if entity is not None and entity.label_ in SPEAKER_ENTITIES:
        return entity.root
    if after.pos_ in NOUNS or after.lower_ in {"the", "a", "an"}:
        head = after
        while head.head.i > head.i and head.head.pos_ in NOUNS and head.dep_ in {
            "compound", "det", "amod"
        }:  # fmt: skip
            head = head.head
        return head if head.pos_ in NOUNS else None
    return None


def _label(ctx: Context, token: Token, excluded: Spans) -> tuple[SpeakerLabel | None, bool]:
    """The label a source token gives and whether a pronoun or role noun was resolved for it."""
    if is_pronoun(token):
        own = ctx.in_quotation(token)
        quoted = tuple((q.start, q.end) for q in ctx.quotations if q != own)
        going_on = token.head.lemma_.lower() in GOING_ON
        spans = excluded + quoted
        return ctx.resolver.source_pronoun(token, spans, tuple(ctx.speakers), going_on), True
    if ctx.resolver.is_role_noun(token):
        found = ctx.resolver.role_noun(token)
        if found is not None:
            return found, True
    return ctx.resolver.role_or_name(token), False


def source_label(
    ctx: Context, token: Token, excluded: Spans
) -> tuple[SpeakerLabel | None, int, int, bool]:
    """A source mention's label, the span of its words, and whether it was resolved."""
    if token.lower_ in FIRST_PERSON and is_pronoun(token):
        return None, token.idx, token.idx + len(token.text), True
    label, resolved = _label(ctx, token, excluded)
    conjuncts = [c for c in token.conjuncts if c.i > token.i]
    if conjuncts and label is not None:
        labels = [label] + [
            lab for c in conjuncts if (lab := _label(ctx, c, excluded)[0]) is not None
        ]
        sentence = token.sent
        local = all(sentence.start_char <= lab.start < sentence.end_char for lab in labels)
        joined = " and ".join(lab.text for lab in labels)
        label = (
            joined_label(text_of(ctx.doc), labels) if local and not resolved
            else SpeakerLabel(joined, labels[0].start, labels[-1].end)
        )  # fmt: skip
    if resolved or label is None:
        return label, token.idx, token.idx + len(token.text), resolved
    return label, label.start, label.end, resolved
