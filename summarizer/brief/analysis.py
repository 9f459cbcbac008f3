"""An article prepared for the model: its parse, and what our code finds in it (actors,
statements with their speakers, figures), computed once and shared by every step."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from spacy.tokens import Doc

from summarizer.brief.prompts import load_prompt
from summarizer.text.actors import ActorCandidate, find_actors
from summarizer.text.figures import FigureCandidate, find_figures
from summarizer.text.nlp import DEFAULT_PIPELINE, parse
from summarizer.text.sentences import Sentence, split_sentences
from summarizer.text.statements import Attribution, find_attributions


@dataclass(frozen=True)
class Statement:
    """A claim or denial candidate: one per sentence, its attribution as our code found it.

    `number` is its id in the prompt; `sentence` is its sentence (the evidence), `source`
    who says it when the parse names them (else the model is asked), `content` what is
    said.
    """

    number: int
    start: int
    end: int
    text: str
    attribution: Attribution

    @property
    def source(self) -> str | None:
        return self.attribution.source

    @property
    def content(self) -> str:
        """What is claimed or denied, in the article's words."""
        return self.text[
            self.attribution.content_start - self.start : self.attribution.content_end - self.start
        ]


@dataclass(frozen=True)
class Analysis:
    """An article prepared for the model: its parse and the candidates found in it."""

    text: str
    #: The spaCy pipeline that parses it; None: the default (see `summarizer.text.nlp`).
    pipeline: str | None = None

    @cached_property
    def doc(self) -> Doc:
        """The article's parse: tokens, sentences, entities and dependencies."""
        return parse(self.text, self.pipeline or DEFAULT_PIPELINE)

    def prepare(self) -> Analysis:
        """Compute what every step reads (the parse and what our code finds in it), once:
        the costly part, which a caller may run in a worker thread."""
        _ = (self.actors, self.figures, self.claims, self.denials)
        return self

    def found(self) -> dict[str, Any]:
        """What `prepare` computed, as plain data (no parse): what a worker process sends
        back for `adopt`."""
        self.prepare()
        return {name: self.__dict__[name] for name in _FOUND}

    def adopt(self, found: dict[str, Any]) -> None:
        """Take what another process's `prepare` computed of the same text as this
        analysis's own (cached properties live in the instance's dict)."""
        self.__dict__.update({name: found[name] for name in _FOUND})

    @cached_property
    def sentences(self) -> list[Sentence]:
        return split_sentences(self.text)

    @cached_property
    def actors(self) -> list[ActorCandidate]:
        return find_actors(self.doc)

    @cached_property
    def figures(self) -> list[FigureCandidate]:
        return find_figures(self.doc, [(s.start, s.end) for s in self.sentences])

    @cached_property
    def attributions(self) -> list[Attribution]:
        return find_attributions(self.doc)

    @cached_property
    def body_start(self) -> int:
        """Where the body starts: after the headline, which restates what the body says
        (the body is where a statement's words and speaker stand)."""
        first = self.sentences[0] if self.sentences else None
        headline = (
            first is not None
            and "\n" in self.text[first.end : first.end + 2]
            and first.text[-1:] not in '.!?”"'
        )
        return first.end if headline and first is not None else 0

    def _statements(self, kind: str) -> list[Statement]:
        """The statements of `kind` in the body: one per sentence and speaker (a sentence
        may report two speakers: "X said ..., but Y denied it"), the first attribution of
        each."""
        found: dict[tuple[int, str | None], Attribution] = {}
        for attribution in self.attributions:
            if attribution.kind == kind and attribution.sentence_start >= self.body_start:
                found.setdefault((attribution.sentence_start, attribution.source), attribution)
        return [
            Statement(number, *span, self.text[span[0] : span[1]], a)
            for number, a in enumerate(found.values(), start=1)
            for span in [self._evidence_span(a)]
        ]

    def _evidence_span(self, attribution: Attribution) -> tuple[int, int]:
        """Where a statement's evidence starts and ends: its cue's sentence, and the whole
        sentences of its content where the content reaches beyond it (“A. B!” he wrote.)."""
        start, end = attribution.sentence_start, attribution.sentence_end
        if attribution.content_end <= attribution.content_start:
            return start, end
        for sentence in self.sentences:
            if sentence.start <= attribution.content_start < sentence.end:
                start = min(start, sentence.start)
            if sentence.start < attribution.content_end <= sentence.end:
                end = max(end, sentence.end)
        return start, end

    @cached_property
    def claims(self) -> list[Statement]:
        return self._statements("claim")

    @cached_property
    def denials(self) -> list[Statement]:
        return self._statements("denial")

    @property
    def headline(self) -> str:
        """The article's first line: news texts open with their headline."""
        return " ".join(self.text.strip().splitlines()[0].split())

    def context(self) -> dict[str, Any]:
        """What the answer validators check against."""
        return {"article": self.text}

    @cached_property
    def paragraphs(self) -> list[tuple[int, int]]:
        """Where each paragraph (each line that is not blank) starts and ends."""
        spans, offset = [], 0
        for line in self.text.splitlines(keepends=True):
            if line.strip():
                spans.append((offset, offset + len(line.rstrip())))
            offset += len(line)
        return spans

    @cached_property
    def shown(self) -> str:
        """The whole article as a step's prompt shows it: its paragraphs, whitespace runs
        made single."""
        return load_prompt("article").render(
            article="\n\n".join(" ".join(self.text[s:e].split()) for s, e in self.paragraphs)
        )

    def excerpt(self, offsets: Iterable[int]) -> str:
        """The parts of the article a question is about, as its prompt shows them: each
        paragraph that holds one of `offsets`, with the paragraph before it (where news
        writing names whom a later "he said" stands for), in the article's order, "[…]"
        where paragraphs are left out. A question carries these, not the whole article."""
        wanted: set[int] = set()
        for offset in offsets:
            index = next((i for i, (s, e) in enumerate(self.paragraphs) if s <= offset < e), None)
            if index is not None:
                wanted.update({index - 1, index} - {-1})
        parts: list[str] = []
        for index in sorted(wanted):
            if index - 1 not in wanted and (parts or index > 0):
                parts.append("[…]")
            start, end = self.paragraphs[index]
            parts.append(" ".join(self.text[start:end].split()))
        if parts and max(wanted) < len(self.paragraphs) - 1:
            parts.append("[…]")
        return load_prompt("excerpt").render(article="\n\n".join(parts))


#: The cached properties `prepare` computes: everything the steps read of the parse.
_FOUND = ("sentences", "actors", "figures", "attributions", "claims", "denials")
