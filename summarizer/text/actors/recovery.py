"""Mentions the small recogniser missed or mislabelled, recovered from the names it found
elsewhere in the article: "Mr. Doe" after an honorific, "Doe" again after "Jane Doe", a
body's name written again; "Doe" tagged a body where "Jane Doe" is a person."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from summarizer.text.actors.actor_mention import ActorMention, MentionLabel
from summarizer.text.actors.names import in_order, sex_of
from summarizer.text.actors.roles import acts, speaks
from summarizer.text.actors.zones import in_spans
from summarizer.text.lexicon import HONORIFICS, SURNAME_PARTICLES


def honorific_mentions(doc: Doc, skipped: list[tuple[int, int]]) -> list[ActorMention]:
    """Persons named after an honorific that the recogniser missed ("Mr Doe")."""
    found: list[ActorMention] = []
    for token in doc[:-1]:
        name = token.nbor()
        titled = token.lower_ in HONORIFICS and name.pos_ == "PROPN" and name.text[:1].isupper()
        if titled and not name.ent_type_ and not in_spans(token.idx, skipped):
            end = name.idx + len(name)
            sex = sex_of(token)
            found.append(
                ActorMention(
                    name.text, MentionLabel.PERSON, name.idx, end, acts(name), speaks(name), sex=sex
                )
            )
    return found


def relabelled(mentions: list[ActorMention]) -> list[ActorMention]:
    """Mentions given the label of the actor their name belongs to: a surname or a relative
    ("Doe", "Jo Doe" after "Jane Doe") is a person, a word of a body's name that names no
    person ("the Observatory") a body."""
    people = [m.text.split() for m in mentions if m.label == MentionLabel.PERSON and " " in m.text]
    bodies = [
        m.text.split()
        for m in mentions
        if m.label in {MentionLabel.ORG, MentionLabel.MEDIA} and " " in m.text
    ]
    surnames = {person[-1] for person in people}
    result: list[ActorMention] = []
    for mention in mentions:
        words = mention.text.split()
        if (
            mention.label in {MentionLabel.ORG, MentionLabel.GPE, MentionLabel.GROUP}
            and mention.state is None
        ):
            relative = len(words) == 2 and words[-1] in surnames and words[0][:1].isupper()
            if relative or any(in_order(words, person) for person in people):
                mention = replace(mention, label=MentionLabel.PERSON)
        elif mention.label == MentionLabel.PERSON and len(words) == 1:
            of_body = any(words[0] in body for body in bodies)
            if of_body and not any(in_order(words, person) for person in people):
                mention = replace(mention, label=MentionLabel.ORG)
        result.append(mention)
    return result


def _known_names(found: list[ActorMention]) -> dict[tuple[str, ...], MentionLabel]:
    """The word sequences to look for again: persons' surnames, bodies' and media's names."""
    names: dict[tuple[str, ...], MentionLabel] = {}
    for mention in found:
        words = tuple(mention.text.split())
        if mention.label == MentionLabel.PERSON and len(words) > 1:
            surname = words[-2:] if words[-2].lower() in SURNAME_PARTICLES else words[-1:]
            names.setdefault(surname, MentionLabel.PERSON)
        elif mention.label in {MentionLabel.PERSON, MentionLabel.ORG, MentionLabel.MEDIA}:
            names.setdefault(words, mention.label)
    return names


def recovered(
    doc: Doc, found: list[ActorMention], skipped: list[tuple[int, int]]
) -> list[ActorMention]:
    """Mentions the recogniser missed of names it found elsewhere (see _known_names)."""
    names = _known_names(found)
    taken = {i for m in found for i in range(m.start, m.end)}
    result: list[ActorMention] = []
    for token in doc:
        named = token.text[:1].isupper() or token.lower_ in SURNAME_PARTICLES
        if token.idx in taken or in_spans(token.idx, skipped) or not named:
            continue
        for words, label in names.items():
            end = token.i + len(words)
            if end > len(doc) or tuple(t.text for t in doc[token.i : end]) != words:
                continue
            last = doc[end - 1]
            if last.idx in taken or (token.is_sent_start and token.pos_ != "PROPN"):
                continue
            stop = last.idx + len(last)
            result.append(
                ActorMention(
                    doc[token.i : end].text, label, token.idx, stop, acts(last), speaks(last)
                )
            )
            taken.update(range(token.idx, stop))
            break
    return result
