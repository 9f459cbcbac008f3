"""Statements that go on past their cue: the sentences of a quotation, a quotation that
follows one of the same speaker's, "I"/"we" inside a quotation, and a rebuttal that
continues a speaker's reported words."""

from __future__ import annotations

from dataclasses import replace
from itertools import pairwise

from summarizer.text.lexicon import FIRST_PERSON
from summarizer.text.nlp import text_of
from summarizer.text.statements.cues import DenialKind, StatementKind
from summarizer.text.statements.denials import first_person_kind, rebuts, statement_kind
from summarizer.text.statements.quotes import Quotation, is_term, unquoted
from summarizer.text.statements.records import Attribution, Context, Found
from summarizer.text.statements.spans import root_of, span_of, words


def is_first_person(ctx: Context, attribution: Attribution) -> bool:
    """Whether the source words of an attribution are "I"/"we"."""
    if attribution.source_start is None or attribution.source_end is None:
        return False
    word = text_of(ctx.doc)[attribution.source_start : attribution.source_end].lower()
    return word in FIRST_PERSON


def said_by(ctx: Context, quotation: Quotation, items: list[Found]) -> Found | None:
    """The attribution whose content is the quotation and whose cue stands outside it,
    else one whose cue follows the quotation closely in its sentence ("“...,” X said
    before adding: “...”" has two quotations and one speaker)."""
    for item in items:
        a = item.attribution
        if a.source is None or is_first_person(ctx, a):
            continue
        if quotation.overlaps(a.content_start, a.content_end) and not quotation.contains(
            a.cue_start
        ):
            return item
    for item in items:
        a = item.attribution
        if a.source is None or is_first_person(ctx, a) or quotation.contains(a.cue_start):
            continue
        cue_follows = a.sentence_start <= quotation.end <= a.cue_start <= quotation.end + 40
        named_after = (
            a.source_start is not None and quotation.end <= a.source_start < a.cue_end + 40
        )
        if cue_follows and named_after:
            return item
    return None


def quotation_speakers(ctx: Context, items: list[Found]) -> dict[Quotation, Found]:
    """Who speaks each quotation: the attribution whose content it is, else the speaker
    of the quotation just before it when nothing is attributed between the two and they
    stand in the same or the next paragraph (news writing leaves the attribution out)."""
    speakers: dict[Quotation, Found] = {}
    previous: tuple[Quotation, Found] | None = None
    for quotation in ctx.quotations:
        speaker = said_by(ctx, quotation, items)
        if speaker is None and is_term(text_of(ctx.doc), quotation):
            continue  # a name in quotation marks is nobody's words, and ends no run
        if speaker is None and previous is not None:
            between = text_of(ctx.doc)[previous[0].end : quotation.start]
            stated = any(
                previous[0].end <= i.attribution.cue_start < quotation.start
                and not is_first_person(ctx, i.attribution)
                and i.anchor != previous[1].anchor
                for i in items
            )
            if not stated and between.count("\n") <= 2 and len(between) < 200:
                speaker = previous[1]
        if speaker is None:
            previous = None
            continue
        speakers[quotation] = speaker
        previous = (quotation, speaker)
    return speakers


def first_person(ctx: Context, items: list[Found], speakers: dict[Quotation, Found]) -> list[Found]:
    """ "I"/"we" inside a quotation is the quotation's speaker, and what they say of
    themselves is judged as said by the speaker ("we have not agreed" denies)."""
    result: list[Found] = []
    for item in items:
        a = item.attribution
        if a.source is None and is_first_person(ctx, a):
            quotation = next((q for q in ctx.quotations if q.contains(a.cue_start)), None)
            speaker = speakers.get(quotation) if quotation is not None else None
            if speaker is not None and quotation is not None:
                kind = first_person_kind(a.cue_lemma, ctx.doc[item.anchor])
                # What they say is their words, not the writer's tag after them ("“I
                # disagree,” said X, who ...").
                start, end = a.content_start, a.content_end
                if start >= quotation.end:
                    start, end = quotation.start, quotation.end
                item = replace(
                    item,
                    attribution=replace(
                        a, source=speaker.attribution.source, pronoun=True,
                        kind=kind[0], denial_kind=kind[1], content_start=start, content_end=end,
                    ),
                )  # fmt: skip
        result.append(item)
    return result


def carry_quotations(
    ctx: Context, items: list[Found], speakers: dict[Quotation, Found]
) -> list[Found]:
    """Sentences of a quotation that no attribution covers go on in its speaker's name,
    each judged claim or denial by its own words."""
    result = list(items)
    for quotation, speaker in speakers.items():
        for sentence in ctx.doc.sents:
            if not quotation.overlaps(sentence.start_char, sentence.end_char):
                continue
            start = max(sentence.start_char, quotation.start)
            end = min(sentence.end_char, quotation.end)
            if len(unquoted(text_of(ctx.doc)[start:end])) < 2:
                continue
            if any(
                i.attribution.content_start < end
                and start < i.attribution.content_end
                and not quotation.contains(i.attribution.cue_start)
                for i in result
            ):
                continue  # a statement outside the quotation covers this part already
            inner = [t for t in sentence if start <= t.idx < end]
            kind = statement_kind(
                None, speaker.attribution.cue_lemma, root_of(words(inner)), quoted=True
            )
            a = replace(
                speaker.attribution,
                sentence_start=sentence.start_char,
                sentence_end=sentence.end_char,
                content_start=start,
                content_end=end,
                kind=kind[0],
                denial_kind=kind[1],
            )
            result.append(Found(a, speaker.speaker, speaker.anchor))
    return result


def continued_rebuttals(ctx: Context, items: list[Found]) -> list[Found]:
    """A sentence with no attribution that calls something wrong or false, right after
    one whose speaker it continues ("X said the plan would fail. But it is wrong to
    imply ..."), is that speaker's rejection."""
    added: list[Found] = []
    sentences = list(ctx.doc.sents)
    for before, sentence in pairwise(sentences):
        if any(sentence.start_char <= i.attribution.content_start < sentence.end_char
               or sentence.start_char <= i.attribution.cue_start < sentence.end_char
               for i in items):  # fmt: skip
            continue
        if not rebuts(sentence.root):
            continue
        speaker = next(
            (i for i in items if i.attribution.sentence_start == before.start_char
             and i.attribution.source is not None and ctx.in_quotation(ctx.doc[i.anchor]) is None),
            None,
        )  # fmt: skip
        if speaker is None:
            continue
        found_words = words(list(sentence))
        start, end = span_of(found_words)
        attribution = replace(
            speaker.attribution, sentence_start=sentence.start_char,
            sentence_end=sentence.end_char, content_start=start, content_end=end,
            kind=StatementKind.DENIAL, denial_kind=DenialKind.REJECTION,
        )  # fmt: skip
        added.append(Found(attribution, speaker.speaker, speaker.anchor))
    return added
