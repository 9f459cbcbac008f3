"""Mentions of possible actors in a parsed article: spaCy's named entities, cleaned of titles,
articles and possessives, with what each does in its sentence; the state behind a phrase
("Ruritanian officials"); and the mentions common nouns make (actor_nouns) and those the
recogniser missed (actor_recovery). Headlines, bylines, datelines and credits are skipped.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from summarizer.text.actors.actor_mention import ActorMention, MentionLabel
from summarizer.text.actors.names import (
    clean_name,
    corrected_label,
    has_role,
    is_medium,
    not_a_name,
    sex_of,
    state_of_demonym,
    state_of_place,
)
from summarizer.text.actors.nouns import noun_mention, phrase
from summarizer.text.actors.recovery import honorific_mentions, recovered, relabelled
from summarizer.text.actors.roles import acts, governing, located, speaks
from summarizer.text.actors.zones import in_spans, skipped_spans
from summarizer.text.grammar import (
    NOUN_MODIFIERS,
    PLURAL_NOUN_TAGS,
    SPEAKER_ENTITIES,
    STATE_ENTITIES,
    THING_ENTITIES,
    Entity,
)
from summarizer.text.lexicon import (
    LEADING_RANKS,
    MEDIA_NOUNS,
    OPPOSITION_WORDS,
    RACE_NOUNS,
    STATE_NOUNS,
    THING_NOUNS,
)
from summarizer.text.nlp import text_of

# A name before "-based" ("Springfield-based", "Springfield, Ill.-based") says where a body is.
_BASED_IN = re.compile(r"(?:,\s*[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)?\s*-\s*based\b")


def _apposed_medium(token: Token) -> bool:
    """Whether a name is said to be a medium ("X, a media outlet")."""
    nouns = [c for c in token.children if c.dep_ == "appos"]
    if token.dep_ == "appos":
        nouns.append(token.head)
    return any(n.pos_ == "NOUN" and n.lower_ in MEDIA_NOUNS for n in nouns)


def _bracketed(doc: Doc, end: int) -> tuple[str, ...]:
    """Acronyms in brackets right after a name: "(ABC)", "(AB/ABC)"."""
    match = re.match(r"\s*\(([A-Z][A-Za-z.]{0,9}(?:/[A-Z][A-Za-z.]{0,9})*)\)", text_of(doc)[end:])
    return tuple(match.group(1).split("/")) if match else ()


def _names_a_thing(root: Token, span: Span) -> bool:
    """Whether a name is a thing's ("Acme rifles", "the drug Acmezol", "Acme-maker X") or
    an office's ("a White House bid")."""
    if root.dep_ in {"compound", "nmod", "nummod", "amod"} and (
        root.head.lower_ in THING_NOUNS or root.head.lower_ in RACE_NOUNS
    ):
        return True
    following = span.doc[span.end] if span.end < len(span.doc) else None
    if following is not None and following.pos_ == "NOUN" and following.lower_ in RACE_NOUNS:
        return True  # the parse sometimes makes "bid" a second object beside the name
    nouns = [c for c in root.lefts if c.dep_ in {"compound", "nmod", "appos"} and c.i < span.start]
    return any(n.lower_ in THING_NOUNS for n in nouns)


def _state_before(span: Span) -> Span | None:
    """A demonym or state's name that the recogniser left out of a body's name right before
    it ("Ruritanian" + "Foreign Ministry"): the body is that state's."""
    if span.start == 0 or span[0].lower_ == "the":
        return None
    before = span.doc[span.start - 1]
    if before.ent_type_ not in STATE_ENTITIES or not span.start <= before.head.i < span.end:
        return None
    return next((e for e in span.doc.ents if e.end == span.start), None)


def _state_phrase(span: Span, text: str) -> ActorMention | None:
    """The state behind "Ruritanian officials" or "Ruritania's government", if any; not
    behind "Ruritanian rebel forces" nor "Freedonian-backed Ruritanian forces"."""
    root = span.root
    head = governing(root).head
    if root.dep_ not in NOUN_MODIFIERS or head.lower_ not in STATE_NOUNS:
        return None
    if {t.lower_ for t in span.doc[root.i + 1 : head.i]} & OPPOSITION_WORDS:
        return None
    state = state_of_demonym(text)
    if state is None:
        return None
    start, end, words = phrase(head)
    if start > span.start_char:  # the phrase fell back to its noun: keep the demonym
        start, words = span.start_char, text_of(span.doc)[span.start_char : end]
    # "Freedonian-backed Ruritanian forces", "X and Ruritanian forces": not the state's
    words_before = [t for t in span.doc[: span.start] if t.idx >= start]
    if any(t.ent_type_ or t.dep_ == "cc" for t in words_before):
        return None
    return ActorMention(words, MentionLabel.STATE, start, end, True, speaks(head), state=state)


def _mention(span: Span, text: str, label: MentionLabel, state: str | None = None) -> ActorMention:
    """A mention of `span` under `label`, with what its root does in the sentence."""
    root = span.root
    return ActorMention(text, label, span.start_char, span.end_char, acts(root), speaks(root),
                        state=state)  # fmt: skip


def _demonym_mention(span: Span, text: str) -> ActorMention | None:
    """A plural demonym's mention: "the Ruritanians" stand for their state, "Ruritanians"
    are its people (no actor), "Freedom Partyists" a group; an adjective is none."""
    if span.root.tag_ not in PLURAL_NOUN_TAGS:
        return None
    state = state_of_demonym(text)
    # The recogniser mostly leaves the article out of the entity: it is the word before.
    before = span.doc[span.start - 1].lower_ if span.start else ""
    if state and "the" not in {span[0].lower_, before}:
        return None
    return _mention(span, text, MentionLabel.STATE if state else MentionLabel.GROUP, state)


def _apposed_words(head: Token) -> list[Token]:
    """The words of a noun apposed to a name, short of a clause: a clause, and a
    preposition whose object has one ("by the time she ..."), say what someone did, not
    what they are."""
    clauses = [t for t in head.subtree if t.dep_ in {"relcl", "acl", "advcl"}]
    cut = {c.head.head if c.head.dep_ == "pobj" else c for c in clauses}
    left_out = {t.i for c in cut for t in c.subtree}
    words = []
    for token in head.doc[head.left_edge.i : head.right_edge.i + 1]:
        if token.i in left_out or (token.is_punct and token.tag_ != "HYPH"):
            break
        words.append(token)
    return words


def _post(span: Span) -> tuple[int, int] | None:
    """Where the article says what the person named by `span` is: the title before the name
    ("Acme Corp. spokesman Jo Doe"), else the noun apposed to it ("Jo Doe, a senior fellow
    at the Institute who ...,"). A description is a singular common noun with its
    modifiers, in one run of words: anything else is a misparse."""
    root = span.root
    titles = [t for t in root.lefts if t.dep_ == "compound" and t.i < span.start]
    apposed = [c for c in root.rights if c.dep_ == "appos"]
    if titles and titles[-1].tag_ == "NN":
        head = titles[-1]
        words = list(span.doc[head.left_edge.i : head.i + 1])
    elif titles and (words := _capitalised_title(span, titles)):
        head = words[-1]
    elif apposed and apposed[0].tag_ == "NN":
        head = apposed[0]
        words = _apposed_words(head)
    else:
        return None
    while words and words[0].dep_ == "det":
        words = words[1:]
    while words and words[-1].pos_ in {"ADP", "ADV", "CCONJ", "SCONJ", "PART", "DET", "PRON"}:
        words = words[:-1]  # "adviser to then-President X": the words left hanging
    if not words or len(words) > 15 or words[0].pos_ == "ADP":
        return None
    if any(t.is_punct and t.text not in "-.'’" for t in words):
        return None
    if head.ent_type_ or not head.is_alpha or len(head.text) < 3:
        return None  # a demonym ("a Ruritanian"), a prize, a number: not what someone is
    return words[0].idx, words[-1].idx + len(words[-1])


def _capitalised_title(span: Span, titles: list[Token]) -> list[Token]:
    """A title written with capitals before a name ("Russian President", "Defense Ministry
    spokesman Maj. Gen."): its words up to the name, the ranks and honorifics before the
    name left out; none unless a role word is among them (a rank alone is no post)."""
    words = list(span.doc[min(t.left_edge.i for t in titles) : span.start])
    while words and words[-1].lower_.rstrip(".") in LEADING_RANKS:
        words = words[:-1]
    return words if words and has_role(" ".join(t.text for t in words)) else []


def _name_mention(span: Span, text: str, label: MentionLabel) -> ActorMention:
    """A person's or body's mention, with the state before a body's name ("Ruritanian" +
    "Foreign Ministry"), the sex an honorific gives a person, bracketed acronyms after it."""
    root, start = span.root, span.start_char
    person = label == MentionLabel.PERSON
    if label == MentionLabel.ORG and (owner := _state_before(span)) is not None:
        text, start = f"{owner.text} {text}", owner.start_char
    sex = sex_of(span.doc[span.start - 1]) if person and span.start else None
    return ActorMention(text, label, start, span.end_char, acts(root), speaks(root),
                        thing=_names_a_thing(root, span), located=located(root), sex=sex,
                        short=_bracketed(span.doc, span.end_char),
                        post=_post(span) if person else None)  # fmt: skip


def _entity_mention(span: Span) -> ActorMention | None:
    """A mention for a named entity, or None when it is no actor's name. Products, works,
    laws and events are "OTHER": they count only as the mention of an actor of that name."""
    label = corrected_label(span)
    text = clean_name(span, label)
    if text is None or not_a_name(span):
        return None
    if is_medium(text) or _apposed_medium(span.root):
        return _mention(span, text, MentionLabel.MEDIA)
    if label in THING_ENTITIES:
        return _mention(span, text, MentionLabel.OTHER)
    if _BASED_IN.match(text_of(span.doc), span.end_char):  # "Springfield-based", "X, Y-based"
        return ActorMention(
            text, MentionLabel.GPE, span.start_char, span.end_char, False, False, located=True
        )
    if label in STATE_ENTITIES and (state_phrase := _state_phrase(span, text)) is not None:
        return state_phrase
    if label == Entity.NORP:
        return _demonym_mention(span, text)
    if label == Entity.GPE:
        return _mention(span, text, MentionLabel.GPE, state_of_place(text))
    person = label == Entity.PERSON
    return _name_mention(span, text, MentionLabel.PERSON if person else MentionLabel.ORG)


def find_mentions(doc: Doc) -> list[ActorMention]:
    """Every mention of a possible actor in the article, in text order."""
    skipped = skipped_spans(text_of(doc))
    found: list[ActorMention | None] = []
    for span in doc.ents:
        if span.label_ in SPEAKER_ENTITIES | THING_ENTITIES and not in_spans(
            span.start_char, skipped
        ):
            found.append(_entity_mention(span))
    for token in doc:
        if token.pos_ == "NOUN" and not token.ent_type_ and not in_spans(token.idx, skipped):
            found.append(noun_mention(token))
    mentions = relabelled([m for m in found if m is not None] + honorific_mentions(doc, skipped))
    mentions += recovered(doc, mentions, skipped)
    return sorted(mentions, key=lambda m: m.start)
