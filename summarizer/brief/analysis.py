"""An article prepared for the model: its sentences, the candidates our code finds in it,
and the speaker each sentence names, computed once and shared by every step."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from summarizer.brief.attribution import opening_person, split_speaker
from summarizer.brief.prompts import load_prompt
from summarizer.schema import Evidence
from summarizer.text.candidates import (
    FigureCandidate,
    claim_sentences,
    denial_kind,
    denial_sentences,
    denial_strength,
    find_figures,
    find_names,
    is_strong_denial,
    presentation_of,
    speaker_hint,
)
from summarizer.text.lexicon import PRONOUN_SAYING_VERBS, alternatives
from summarizer.text.sentences import Sentence, sentence_at, split_sentences


@dataclass(frozen=True)
class Analysis:
    """An article prepared for the model: its sentences and the candidates found in it."""

    text: str

    @cached_property
    def sentences(self) -> list[Sentence]:
        return split_sentences(self.text)

    @cached_property
    def figures(self) -> list[FigureCandidate]:
        return find_figures(self.text, self.sentences)

    @cached_property
    def body(self) -> list[Sentence]:
        """The sentences after the headline: a headline restates what the body says, and
        the body is where a statement's words and speaker stand."""
        first = self.sentences[0] if self.sentences else None
        headline = (
            first is not None
            and "\n" in self.text[first.end : first.end + 2]
            and first.text[-1:] not in '.!?”"'
        )
        return self.sentences[1:] if headline else self.sentences

    @cached_property
    def denial_candidates(self) -> list[Sentence]:
        numbers = set(denial_sentences(self.body))
        return [s for s in self.body if s.number in numbers]

    @cached_property
    def claim_candidates(self) -> list[Sentence]:
        """Sentences with reporting verbs, except those that are surely denials."""
        numbers = set(claim_sentences(self.body))
        return [s for s in self.body if s.number in numbers and not is_strong_denial(s.text)]

    @cached_property
    def claim_kinds(self) -> dict[int, str]:
        """The presentation of each claim candidate whose speaker our code found, by
        sentence number: the speaker's own verb decides it (see presentation_of), so the
        model is not asked about these sentences."""
        return {
            s.number: presentation_of(s.text, self.speakers[s.number])
            for s in self.claim_candidates
            if s.number in self.speakers
        }

    @cached_property
    def denial_kinds(self) -> dict[int, str]:
        """The kind of each denial candidate that names its speaker and surely or likely
        denies (see denial_strength), by sentence number: its words decide it (see
        denial_kind), so the model is not asked about these sentences."""
        return {
            s.number: denial_kind(s.text)
            for s in self.denial_candidates
            if s.number in self.speakers and denial_strength(s.text) != "open"
        }

    @cached_property
    def undecided_claims(self) -> list[Sentence]:
        """The claim candidates the model is asked about: those not in claim_kinds."""
        return [s for s in self.claim_candidates if s.number not in self.claim_kinds]

    @cached_property
    def undecided_denials(self) -> list[Sentence]:
        """The denial candidates the model is asked about: those not in denial_kinds."""
        return [s for s in self.denial_candidates if s.number not in self.denial_kinds]

    @cached_property
    def names(self) -> list[str]:
        return find_names(self.sentences)

    @cached_property
    def speakers(self) -> dict[int, str]:
        """The speaker each sentence names, by sentence number, where it names one.

        "he said" / "she told" stand for the speaker of the sentence before, else the last
        person named as a speaker; a quotation goes on in its speaker's name, and so does a
        new one that opens in the same paragraph right after it (news writing leaves the
        attribution out there).
        """
        speakers: dict[int, str] = {}
        last_person: str | None = None
        open_quote: str | None = None  # the speaker of a quotation still open
        quoted_before: str | None = None  # the speaker of the quotation just closed
        previous: str | None = None  # the speaker of the sentence before
        for sentence in self.sentences:
            hint = speaker_hint(sentence.text)
            if hint is not None:
                speakers[sentence.number] = hint
                if split_speaker(hint)[0] is not None:
                    last_person = hint
            elif open_quote is not None:
                speakers[sentence.number] = open_quote  # the quotation goes on
            elif quoted_before is not None and sentence.text.startswith("“"):
                speakers[sentence.number] = quoted_before
            elif (said_by := previous or last_person) and _PRONOUN_SAID.search(sentence.text):
                # "He" is who the sentence before has speaking or opens with ("Mr Putin
                # indicated ..."), else the last person named as a speaker.
                speakers[sentence.number] = said_by
            previous = speakers.get(sentence.number) or opening_person(sentence.text)
            in_paragraph = "\n" not in self.text[sentence.end : sentence.end + 1]
            quoted = "”" in sentence.text and in_paragraph
            quoted_before = speakers.get(sentence.number) if quoted else None
            opened = sentence.text.count("“") > sentence.text.count("”")
            closed = sentence.text.count("”") > sentence.text.count("“")
            if opened:
                open_quote = speakers.get(sentence.number)
            elif closed or "\n" in self.text[sentence.end : sentence.end + 1]:
                open_quote = None
        return speakers

    @property
    def headline(self) -> str:
        """The article's first line: news texts open with their headline."""
        return " ".join(self.text.strip().splitlines()[0].split())

    def context(self) -> dict[str, Any]:
        """What the answer validators check against."""
        return {"article": self.text}

    @cached_property
    def shown(self) -> str:
        """The article as every step's prompt shows it (their shared prefix): its
        paragraphs, whitespace runs made single."""
        return load_prompt("article").render(
            article="\n\n".join(
                " ".join(line.split()) for line in self.text.splitlines() if line.strip()
            )
        )

    def sentence_of(self, evidence: Evidence) -> Sentence:
        """The sentence where located evidence starts."""
        return sentence_at(self.sentences, evidence.start) or Sentence(
            0, evidence.start, evidence.end, evidence.quote
        )


# "he said", "she also told", or a sentence that opens with "He"/"She" and says what they
# said further on ("He repeatedly declined to ..., but said that ...").
_SAYING = rf"{alternatives(PRONOUN_SAYING_VERBS)}\b"
_PRONOUN_SAID = re.compile(
    rf"\b(?:he|she)\s+(?:also\s+)?{_SAYING}|^(?:He|She)\s[^.;]*?\b{_SAYING}", re.IGNORECASE
)
