"""The extraction steps: for each, its prompt, the answer schema the model fills, and checks.

Our code finds the candidates first (sentences with reporting verbs or denial cues, every
number, capitalised names, the speaker a sentence names) and each step asks the model to
judge them: one verdict per candidate, under an id the answer schema fixes, so the model
cannot skip or invent a candidate and every verdict's evidence is a span we located
ourselves. Where the words leave no doubt (a sentence says "denied" or "declined to
comment"; a number counts something) the schema leaves the model no "none" to answer. The
model may add a few items the candidates missed; those quote their sentence's opening
words, which our code must locate in the article, or the model is re-asked with the error.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache, cached_property, lru_cache
from typing import Annotated, Any, Literal, get_args
from weakref import WeakKeyDictionary

from instructor import ResponseSchema
from openai.types.chat import ChatCompletionMessageParam
from pydantic import (
    AfterValidator,
    BaseModel,
    Field,
    StringConstraints,
    ValidationError,
    ValidationInfo,
    create_model,
)

from summarizer.attribution import opening_person, split_speaker
from summarizer.candidates import (
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
from summarizer.errors import GroundingError
from summarizer.grounding import locate
from summarizer.prompts import load_prompt
from summarizer.schema import ActorKind, DenialKind, Dropped, Evidence, Presentation
from summarizer.segmentation import Sentence, sentence_at, split_sentences


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
    def steps(self) -> list[Step]:
        """The steps that have something to ask of this article, in order: a step whose
        candidates are all decided, or that has none, makes no call."""
        return [step for step in STEPS if step.applies(self)]

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
_SAYING = r"(?:said|says|told|added|stressed|noted|insisted|explained)\b"
_PRONOUN_SAID = re.compile(
    rf"\b(?:he|she)\s+(?:also\s+)?{_SAYING}|^(?:He|She)\s[^.;]*?\b{_SAYING}", re.IGNORECASE
)


def check_quote(value: str, info: ValidationInfo) -> str:
    """A quote must stand in the article (up to quote marks, whitespace and case).

    A trailing ellipsis is dropped first: the quote is the opening of a sentence, and
    small models mark "the sentence goes on" that way.
    """
    value = re.sub(r"\s*(?:\.\.\.|…)\s*$", "", value)
    article = info.context.get("article") if info.context is not None else None
    if article is not None:
        try:
            locate(value, article)
        except GroundingError as error:
            raise ValueError(
                f"{error}; copy the first words of the sentence exactly as the article writes them"
            ) from error
    return value


# --- answer schemas: what the model fills in -------------------------------------------
# String lengths and list sizes are bounded: with a grammar-constrained server the bounds
# also bound generation time, and a small model cannot run on forever.

Short = Annotated[str, StringConstraints(min_length=1, max_length=80)]
Quote = Annotated[str, StringConstraints(min_length=8, max_length=90), AfterValidator(check_quote)]


_SCHEMAS: WeakKeyDictionary[type[BaseModel], dict[str, Any]] = WeakKeyDictionary()


class CachedSchema(ResponseSchema):
    # An answer model whose JSON schema is generated once per class, not on every call: the
    # schema is sent with each request and is part of its cache key. A ResponseSchema
    # already, so instructor does not wrap it in a new pydantic class on every call (which
    # cost more than the rest of a call). (No docstring: pydantic would copy it into the
    # schema sent to the model.)

    @classmethod
    def model_json_schema(cls, *args: Any, **kwargs: Any) -> dict[str, Any]:
        if args or kwargs:
            return super().model_json_schema(*args, **kwargs)
        if cls not in _SCHEMAS:
            _SCHEMAS[cls] = super().model_json_schema()
        return _SCHEMAS[cls]


class SummaryAnswer(CachedSchema):
    summary: Annotated[str, StringConstraints(min_length=1, max_length=320)] = Field(
        description="One or two sentences: who did what, according to whom."
    )


class ActorItem(BaseModel):
    name: Short
    kind: ActorKind
    role: Short | None
    aliases: list[Annotated[str, StringConstraints(min_length=1, max_length=60)]] = Field(
        max_length=5
    )


class ActorsAnswer(CachedSchema):
    # At least three: left free, the small model tends to stop after the first two.
    actors: list[ActorItem] = Field(min_length=3, max_length=15)


@cache
def verdict_model(step: str, kinds: tuple[str, ...], speaker: bool) -> type[BaseModel]:
    """The verdict schema of one candidate sentence.

    `kinds` are the kinds the model may choose; "none" among them means the sentence may
    hold no item. The model names the `speaker` only where our code found none in the
    sentence.
    """
    sure = "none" not in kinds
    fields: dict[str, Any] = {"kind": (Literal[kinds], ...)}
    if speaker:
        fields["speaker"] = (Short, ...) if sure else (Short | None, ...)
    name = f"{step}{'Sure' if sure else 'Open'}{'Speaker' if speaker else ''}{len(kinds)}"
    return create_model(name, **fields)


CLAIM_KINDS: tuple[str, ...] = get_args(Presentation)
DENIAL_KINDS: tuple[str, ...] = get_args(DenialKind)


class AddedClaim(BaseModel):
    quote: Quote = Field(description="The first 6 to 10 words of the sentence, copied exactly.")
    kind: Presentation
    speaker: Short


class AddedDenial(BaseModel):
    quote: Quote = Field(description="The first 6 to 10 words of the sentence, copied exactly.")
    kind: DenialKind
    speaker: Short


# What a number counts: about eight words; the bound also stops a model that copies on.
COUNTS_LENGTH = 60
Counts = Annotated[str, StringConstraints(min_length=1, max_length=COUNTS_LENGTH)]


class FigureVerdict(BaseModel):
    """A number that may not be a quantity ("one of them")."""

    quantity: bool
    counts: Counts | None


class SureFigure(BaseModel):
    """A number that surely counts something: the model only says what."""

    counts: Counts


@lru_cache(maxsize=4096)
def _answer_model(
    step: str,
    verdicts: tuple[tuple[str, type[BaseModel]], ...],
    added: type[BaseModel] | None,
    max_added: int,
) -> type[BaseModel]:
    # One class per shape of answer: articles with the same candidate ids share it, and
    # with it the JSON schema pydantic generates once per class (see CachedSchema).
    by_id: dict[str, Any] = {key: (model, ...) for key, model in verdicts}
    fields: dict[str, Any] = {"verdicts": (create_model(f"{step.title()}Verdicts", **by_id), ...)}
    if added is not None:
        fields["added"] = (list[added], Field(max_length=max_added))  # type: ignore[valid-type]
    return create_model(f"{step.title()}Answer", __base__=CachedSchema, **fields)


# --- candidates as the prompt shows them, and the verdict schema of each ---------------


def _sentence_lines(analysis: Analysis, sentences: list[Sentence]) -> str:
    lines = []
    for sentence in sentences:
        hint = analysis.speakers.get(sentence.number)
        named = f" [speaker: {hint}]" if hint else ""
        lines.append(f"s{sentence.number}{named}: {' '.join(sentence.text.split())}")
    return "\n".join(lines)


def _claim_verdicts(analysis: Analysis) -> dict[str, type[BaseModel]]:
    # Only sentences whose speaker our code did not find (see Analysis.claim_kinds): the
    # model names the speaker, or says the sentence holds no claim.
    model = verdict_model("Claim", ("none", *CLAIM_KINDS), True)
    return {f"s{sentence.number}": model for sentence in analysis.undecided_claims}


def _denial_verdicts(analysis: Analysis) -> dict[str, type[BaseModel]]:
    # Only sentences our code could not decide (see Analysis.denial_kinds). An "open" one
    # ("did not" in what may be a plain fact) may be judged "none"; a "sure" or "likely"
    # one only lacks its speaker.
    verdicts: dict[str, type[BaseModel]] = {}
    for sentence in analysis.undecided_denials:
        named = sentence.number in analysis.speakers
        strength = denial_strength(sentence.text)
        if strength == "open":
            kinds = ("none", *DENIAL_KINDS)
        elif denial_kind(sentence.text) == "no_comment":
            kinds = ("no_comment",)
        else:
            kinds = DENIAL_KINDS
        verdicts[f"s{sentence.number}"] = verdict_model("Denial", kinds, not named)
    return verdicts


def _is_sure_figure(candidate: FigureCandidate) -> bool:
    # Digits, or a number word with a unit after it ("seven years"), surely count something;
    # a bare "one" may be a pronoun and is left to the model.
    return candidate.unit is not None or any(ch.isdigit() for ch in candidate.text)


def _figure_verdicts(analysis: Analysis) -> dict[str, type[BaseModel]]:
    return {
        f"f{c.number}": SureFigure if _is_sure_figure(c) else FigureVerdict
        for c in analysis.figures
    }


def _figure_lines(analysis: Analysis) -> str:
    lines = []
    for candidate in analysis.figures:
        before = analysis.text[max(0, candidate.start - 60) : candidate.start].split()[-6:]
        after = analysis.text[candidate.end : candidate.end + 60].split()[:6]
        around = " ".join([*before, candidate.text.strip(), *after])
        lines.append(f'f{candidate.number}: {" ".join(candidate.text.split())!r} in "{around}"')
    return "\n".join(lines)


@dataclass(frozen=True)
class Step:
    """One extraction step: its prompt, how the prompt shows the candidates, its schema.

    A step without candidates has a fixed `answer` model. A step with candidates has
    `verdicts`, the verdict model of each candidate id of an article (the answer then has a
    `verdicts` object with one required field per id, in order), and `added`, the model of
    an item the model may add.
    """

    name: str
    candidates: Callable[[Analysis], str]
    answer: type[BaseModel] | None = None
    verdicts: Callable[[Analysis], dict[str, type[BaseModel]]] | None = None
    added: type[BaseModel] | None = None
    max_added: int = 2

    def applies(self, analysis: Analysis) -> bool:
        """False when the article has no candidate for this step (no call is made)."""
        return self.verdicts is None or bool(self.verdicts(analysis))

    def answer_model(self, analysis: Analysis) -> type[BaseModel]:
        """The schema the model's answer must match, for this article."""
        if self.answer is not None:
            return self.answer
        assert self.verdicts is not None
        verdicts = tuple(self.verdicts(analysis).items())
        return _answer_model(self.name, verdicts, self.added, self.max_added)

    def messages(self, analysis: Analysis) -> list[ChatCompletionMessageParam]:
        """System text and article first, the step's instruction last, so that all steps of
        an article share one prompt prefix (reused by OpenAI's and llama.cpp's caches)."""
        instruction = load_prompt(self.name).render(candidates=self.candidates(analysis))
        return [
            {"role": "system", "content": load_prompt("system").render()},
            {"role": "user", "content": f"{analysis.shown}\n\n{instruction}"},
        ]

    def prompt_versions(self) -> dict[str, int]:
        """Versions of every template that shapes this step's prompt."""
        return {name: load_prompt(name).version for name in ("system", "article", self.name)}

    def judgement(self, answer: BaseModel) -> Judgement:
        """The verdicts by candidate id, and the added items, of a validated answer."""
        verdicts = getattr(answer, "verdicts", None)
        return Judgement(
            verdicts=dict(verdicts) if verdicts is not None else {},
            added=list(getattr(answer, "added", [])),
        )

    def salvage(self, text: str | None, analysis: Analysis) -> Judgement | None:
        """Keep the valid parts of an answer that failed validation as a whole.

        Each verdict and added item is checked on its own. Returns the valid parts, with
        the parts dropped and why, or None when there is nothing to keep (no answer, an
        answer of another shape altogether, or a step without candidates).
        """
        if text is None or self.verdicts is None:
            return None
        try:
            raw = json.loads(text)
            if not {"verdicts", "added"} & set(raw):
                return None  # not an answer to this step at all: a failure, not a partial
            verdicts = dict(raw.get("verdicts") or {})
            added = list(raw.get("added") or [])
        except (ValueError, TypeError, AttributeError):
            return None
        models = self.verdicts(analysis)
        context = analysis.context()
        judgement = Judgement()
        parts = [(models.get(key), key, item) for key, item in verdicts.items()]
        parts += [(self.added, "added", item) for item in added]
        for model, key, item in parts:
            if model is None:
                continue  # an id that is not a candidate: nothing to keep
            try:
                value = model.model_validate(item, context=context)
            except ValidationError as error:
                reason = "; ".join(e["msg"] for e in error.errors())
                judgement.dropped.append(
                    Dropped(step=self.name, item=json.dumps(item)[:300], reason=reason)
                )
                continue
            if key == "added":
                judgement.added.append(value)
            else:
                judgement.verdicts[key] = value
        return judgement


@dataclass
class Judgement:
    """The model's verdicts on a step's candidates (by id), the items it added, and the
    parts of its answer dropped as invalid."""

    verdicts: dict[str, Any] = field(default_factory=dict)
    added: list[Any] = field(default_factory=list)
    dropped: list[Dropped] = field(default_factory=list)


SUMMARY = Step("summary", lambda analysis: "", answer=SummaryAnswer)
ACTORS = Step("actors", lambda analysis: ", ".join(analysis.names), answer=ActorsAnswer)
CLAIMS = Step(
    "claims",
    lambda analysis: _sentence_lines(analysis, analysis.undecided_claims),
    verdicts=_claim_verdicts,
    added=AddedClaim,
)
DENIALS = Step(
    "denials",
    lambda analysis: _sentence_lines(analysis, analysis.undecided_denials),
    verdicts=_denial_verdicts,
    added=AddedDenial,
)
FIGURES = Step("figures", _figure_lines, verdicts=_figure_verdicts)
STEPS: tuple[Step, ...] = (SUMMARY, ACTORS, CLAIMS, DENIALS, FIGURES)
