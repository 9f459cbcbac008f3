"""One attribution put together from its cue, source and content tokens: spans located,
the source named, the kind judged, and the speaker remembered for later pronouns."""

from __future__ import annotations

from spacy.tokens import Token

from summarizer.text.grammar import PLURAL_NOUN_TAGS
from summarizer.text.lexicon import FIRST_PERSON, WRITERS_TURNS
from summarizer.text.nlp import text_of
from summarizer.text.statements.coreference import Referent, ReferentKind
from summarizer.text.statements.cues import CueForm, DenialKind, StatementKind
from summarizer.text.statements.denials import statement_kind
from summarizer.text.statements.quotes import Quotation
from summarizer.text.statements.records import Attribution, Context, Found
from summarizer.text.statements.sources import source_label
from summarizer.text.statements.spans import root_of, span_of, words
from summarizer.text.statements.speaker_labels import SpeakerLabel


def build(
    ctx: Context,
    anchor: Token,
    cue_first: Token,
    who: Token | None,
    content: list[Token],
    quotation: Quotation | None,
    lemma: str,
    cue_last: Token | None = None,
) -> Found:
    """One attribution from its tokens: the cue runs from `cue_first` to `cue_last` (or
    the anchor and its particle), the content is `content` (or the quotation beside the
    cue), the source is `who` named (None: a statement nobody is named for), and the kind
    is judged from the cue lemma and the content."""
    sentence = anchor.sent
    found_words = words(content)
    if not found_words and quotation is not None:
        found_words = words([t for t in ctx.doc if quotation.start <= t.idx < quotation.end])
        found_words = (
            [t for t in found_words if t.sent == found_words[0].sent] if found_words else []
        )
    # A conjunction left at the end, its clause gone ("how the consulate was taken and"),
    # joins nothing.
    while found_words and found_words[-1].pos_ == "CCONJ":
        found_words = found_words[:-1]
    if found_words:
        start, end = span_of(found_words)
    elif quotation is not None:
        start, end = quotation.start, quotation.end
    else:
        start, end = span_of(content)
    # A quotation the content opens or ends inside is what was said, within the sentence.
    for q in ctx.quotations:
        if q.overlaps(start, end):
            start = min(start, max(q.start, sentence.start_char))
            end = max(end, min(q.end, sentence.end_char))
    end = _quotation_end(ctx, start, end)
    label: SpeakerLabel | None = None
    source_start: int | None = None
    source_end: int | None = None
    resolved = False
    if who is not None:
        label, source_start, source_end, resolved = source_label(ctx, who, ((start, end),))
    last = cue_last or next((c for c in anchor.children if c.dep_ == "prt"), anchor)
    last = max(last, anchor, key=lambda t: t.i)
    cue_end = last.idx + len(last.text)
    if lemma == CueForm.NO_COMMENT:
        kind: tuple[StatementKind, DenialKind | None] = (
            StatementKind.DENIAL,
            DenialKind.NO_COMMENT,
        )
    else:
        root = root_of(found_words) if found_words else None
        own_words = root is not None and ctx.in_quotation(root) is not None
        kind = statement_kind(anchor, lemma, root, own_words)
        quoted = ctx.in_quotation(anchor)
        if quoted is not None and who is not None and not quoted.contains(who.idx):
            quoted = None
        if quoted is not None and (who is None or who.lower_ not in FIRST_PERSON):
            kind = (StatementKind.CLAIM, None)  # "“They deny it,” he said": his claim about them
    attribution = Attribution(
        sentence_start=sentence.start_char,
        sentence_end=sentence.end_char,
        source=label.text if label else None,
        source_start=source_start,
        source_end=source_end,
        cue=" ".join(text_of(ctx.doc)[cue_first.idx : cue_end].split()),
        cue_start=cue_first.idx,
        cue_end=cue_end,
        cue_lemma=lemma,
        content_start=start,
        content_end=end,
        kind=kind[0],
        denial_kind=kind[1],
        pronoun=resolved,
    )
    speaker = None
    if label is not None and who is not None:
        known = ctx.resolver.mention_at(who)
        person = who.lower_ in {"he", "she"} or who.ent_type_ == "PERSON"
        speaker = Referent(
            who.i, ctx.resolver.sentence_of[who.i], label,
            ReferentKind.PERSON if person else known.kind if known else ReferentKind.GROUP,
            who.lower_ == "they" or who.tag_ in PLURAL_NOUN_TAGS, True, who.lemma_.lower(),
            known.roles if known else frozenset(),
        )  # fmt: skip
    return Found(attribution, speaker, anchor.i)


def _quotation_end(ctx: Context, start: int, end: int) -> int:
    """Where a content that opens with a quotation ends: at the quotation's close when the
    writer goes on with a clause of their own ("“...,” but in fact she used one account")."""
    text = text_of(ctx.doc)
    for q in ctx.quotations:
        if q.start == start and q.end < end:
            after = text[q.end : end].lstrip(" ,;\u2013\u2014-").split(maxsplit=1)
            if after and after[0].casefold() in WRITERS_TURNS:
                return q.end
    return end
