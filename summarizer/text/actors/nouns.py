"""Mentions that common nouns make: an unnamed speaker ("critics said", "a source close to
the talks said"), a person's entourage ("the Doe campaign", "Doe's aides"), a
back-reference to a body ("the company", "company officials said")."""

from __future__ import annotations

from spacy.tokens import Token

from summarizer.text.actors.actor_mention import ActorMention, MentionLabel
from summarizer.text.actors.names import clean_name, normal
from summarizer.text.actors.roles import acts, governing, speaks
from summarizer.text.grammar import NAME_MODIFIERS, OWNERS
from summarizer.text.lexicon import (
    BODY_NOUNS,
    ENTOURAGE_NOUNS,
    INSTITUTION_WORDS,
    PEOPLE_NOUNS,
    QUANTIFIERS,
    TITLE_WORDS,
)
from summarizer.text.nlp import text_of

# Words that open a noun phrase without naming its referent.


def phrase(head: Token, right: bool = False) -> tuple[int, int, str]:
    """A noun with its modifiers, without articles and quantifiers ("senior Ruritanian
    officials"), as (start, end, text); with `right`, also what follows and qualifies it
    ("a source close to the talks"), short of a clause or a pronoun ("an aide of mine")."""
    left = [t for t in head.lefts if t.dep_ in NAME_MODIFIERS]
    first = min([t.left_edge.i for t in left], default=head.i)
    last = head.i
    if right:
        for child in head.rights:
            if child.dep_ not in {"amod", "acl", "prep"} or child.i != last + 1:
                break
            words = list(child.subtree)
            if any(t.is_punct for t in words) or words[-1].i - first > 10:
                break
            last = words[-1].i
    if any(t.pos_ == "PRON" for t in head.doc[head.i + 1 : last + 1]):
        last = head.i
    tokens = [t for t in head.doc[first : last + 1] if not t.is_punct or t.text == "-"]
    if any(c in head.doc[first : last + 1].text for c in "[](){}"):
        tokens = [head]
    while len(tokens) > 1 and (tokens[0].lower_ in QUANTIFIERS or tokens[0].pos_ in {"DET", "NUM"}):
        tokens = tokens[1:]
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1])
    return start, end, text_of(head.doc)[start:end]


def _describes_a_name(token: Token) -> bool:
    """Whether a noun only describes a named actor: apposed to a name ("X, a spokesman"),
    or with a name before or apposed to it ("the Acme analysts", "an expert, X,")."""
    if token.dep_ == "appos" or governing(token) is not token:
        return True
    return any(t.ent_type_ for t in token.lefts) or any(
        c.dep_ == "appos" and c.ent_type_ for c in token.children
    )


def _owner(token: Token) -> str | None:
    """The person an entourage noun belongs to ("Doe" in "Doe's campaign"), if named; not a
    body ("the Senate campaign" is a race)."""
    named = [t for t in token.lefts if t.dep_ in OWNERS]
    owners = [t for t in named if t.ent_type_ in {"PERSON", "ORG"} or t.pos_ == "PROPN"]
    if not owners or owners[0].ent_type_ not in {"PERSON", "ORG", ""}:
        return None
    owner = owners[0]
    entity = next((e for e in token.doc.ents if e.start <= owner.i < e.end), None)
    name = clean_name(entity, entity.label_) if entity else owner.text.rstrip("’'")
    if name is None or set(normal(name).split()) & (INSTITUTION_WORDS | TITLE_WORDS):
        return None
    return name


def noun_mention(token: Token) -> ActorMention | None:
    """The mention a common noun makes, if it stands for an actor (see the module's doc)."""
    word, end = token.lower_, token.idx + len(token)
    if word in ENTOURAGE_NOUNS and (owner := _owner(token)) is not None:
        start, stop, text = phrase(token)
        return ActorMention(
            text, MentionLabel.ENTOURAGE, start, stop, acts(token), speaks(token), owner=owner
        )
    determiners = [t.lower_ for t in token.lefts if t.dep_ == "det"]
    named = any(t.dep_ in OWNERS for t in token.lefts)
    if word in BODY_NOUNS and determiners == ["the"] and not named and not list(token.rights):
        return ActorMention(word, MentionLabel.REF, token.idx, end, acts(token), speaks(token))
    if word not in PEOPLE_NOUNS or not speaks(token):
        return None
    bodies = [t for t in token.lefts if t.dep_ == "compound" and t.lower_ in BODY_NOUNS]
    if bodies:  # "company officials said": the company speaks
        return ActorMention(bodies[0].lower_, MentionLabel.REF, token.idx, end, True, True)
    if _describes_a_name(token):
        return None
    start, stop, text = phrase(token, right=True)
    return ActorMention(text, MentionLabel.PEOPLE, start, stop, True, True, owner=phrase(token)[2])
