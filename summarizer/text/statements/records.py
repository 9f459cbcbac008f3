"""What the statement finder produces, and the shared state it reads one article with."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from summarizer.text.nlp import text_of
from summarizer.text.statements.coreference import Referent, Resolver
from summarizer.text.statements.cues import DenialKind, StatementKind
from summarizer.text.statements.quotes import Quotation, find_quotations


@dataclass(frozen=True)
class Attribution:
    """One statement: offsets are character offsets into the parsed text, end exclusive.

    `source` is the name the article gives the speaker (None when it names nobody);
    `source_start`/`source_end` hold the words that stand for the speaker here ("he" when
    `pronoun` says a pronoun or role noun was resolved); `cue` is the reporting, denying or
    refusing words, and `cue_lemma` what its kind is judged by (a quotation carried on in
    the speaker's name too): the cue word's lemma from the parse ("say", "point_out",
    "make_clear", "claim" for the noun), or a CueForm for a cue that is no word's
    ("according", "no_comment"); `denial_kind` is set for denials only; `stands_for` is
    the name a pronoun that opens the content stands for ("he" of "he would resign").
    """

    sentence_start: int
    sentence_end: int
    source: str | None
    source_start: int | None
    source_end: int | None
    cue: str
    cue_start: int
    cue_end: int
    cue_lemma: str
    content_start: int
    content_end: int
    kind: StatementKind
    denial_kind: DenialKind | None
    pronoun: bool
    stands_for: str | None = None

    def content_tokens(self, doc: Doc) -> list[Token]:
        """The tokens of the content in the parsed article it was found in."""
        span = doc.char_span(self.content_start, self.content_end, alignment_mode="expand")
        return list(span) if span is not None else []


@dataclass(frozen=True)
class Found:
    """An attribution with what the finder needs to carry it on."""

    attribution: Attribution
    speaker: Referent | None
    anchor: int  # the cue's token index


@dataclass
class Context:
    """One parsed article: its coreference, its quotations and the speakers seen so far."""

    doc: Doc
    resolver: Resolver = field(init=False)
    quotations: list[Quotation] = field(init=False)
    speakers: list[Referent] = field(default_factory=list)

    def __post_init__(self) -> None:
        """Resolve the coreference and find the quotations once per article."""
        self.resolver = Resolver(self.doc)
        self.quotations = find_quotations(text_of(self.doc))

    def in_quotation(self, token: Token) -> Quotation | None:
        """The quotation a token stands in, if any."""
        return next((q for q in self.quotations if q.contains(token.idx)), None)
