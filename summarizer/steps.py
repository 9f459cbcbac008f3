"""The extraction steps: for each, its prompt, the answer schema the model fills, and checks.

Our code finds the candidates first (sentences with reporting verbs or denial cues, every
number, capitalised names) and each step asks the model to judge them: one verdict per
candidate, under an id the answer schema fixes, so the model cannot skip or invent a
candidate and every verdict's evidence is a span we located ourselves. The model may add a
few items the candidates missed; those quote their sentence's opening words, which our code
must locate in the article, or the model is re-asked with the error.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from typing import Annotated, Any, Literal

from openai.types.chat import ChatCompletionMessageParam
from pydantic import (
    AfterValidator,
    BaseModel,
    Field,
    StringConstraints,
    ValidationError,
    ValidationInfo,
    create_model,
    model_validator,
)

from summarizer.candidates import (
    FigureCandidate,
    claim_sentences,
    denial_sentences,
    find_figures,
    find_names,
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
    def claim_candidates(self) -> list[Sentence]:
        numbers = set(claim_sentences(self.sentences))
        return [s for s in self.sentences if s.number in numbers]

    @cached_property
    def denial_candidates(self) -> list[Sentence]:
        numbers = set(denial_sentences(self.sentences))
        return [s for s in self.sentences if s.number in numbers]

    @cached_property
    def names(self) -> list[str]:
        return find_names(self.sentences)

    def context(self) -> dict[str, Any]:
        """What the answer validators check against."""
        return {"article": self.text}

    def shown(self) -> str:
        """The article as the model sees it: its paragraphs, whitespace runs made single."""
        return "\n\n".join(
            " ".join(line.split()) for line in self.text.splitlines() if line.strip()
        )

    def sentence_of(self, evidence: Evidence) -> Sentence:
        """The sentence where located evidence starts."""
        return sentence_at(self.sentences, evidence.start) or Sentence(
            0, evidence.start, evidence.end, evidence.quote
        )


def check_quote(value: str, info: ValidationInfo) -> str:
    """A quote must stand in the article (up to quote marks, whitespace and case).

    A trailing ellipsis is dropped first: the quote is the opening of a sentence, and
    small models mark "the sentence goes on" that way.
    """
    value = re.sub(r"\s*(?:\.\.\.|…)\s*$", "", value)
    article = (info.context or {}).get("article")
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


class SummaryAnswer(BaseModel):
    title: Annotated[str, StringConstraints(min_length=1, max_length=160)] = Field(
        description="The article's headline as written."
    )
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


class ActorsAnswer(BaseModel):
    # At least three: left free, the small model tends to stop after the first two.
    actors: list[ActorItem] = Field(min_length=3, max_length=15)


class ClaimVerdict(BaseModel):
    kind: Literal["none"] | Presentation = Field(
        description="none when the sentence holds no claim; else how the claim is presented."
    )
    speaker: Short | None = Field(description="Who makes the claim, in the article's words.")
    claim: Short | None = Field(description="What is claimed, in at most 12 words.")

    @model_validator(mode="after")
    def _speaker_given(self) -> ClaimVerdict:
        if self.kind != "none" and not self.speaker:
            raise ValueError("a claim needs its speaker: who says, reports or alleges it")
        return self


class AddedClaim(ClaimVerdict):
    quote: Quote = Field(description="The first 6 to 10 words of the sentence, copied exactly.")


class DenialVerdict(BaseModel):
    kind: Literal["none"] | DenialKind = Field(
        description="none when nobody denies, rejects or refuses to comment here."
    )
    speaker: Short | None = Field(description="Who denies, in the article's words.")
    denied: Short | None = Field(description="What is denied, in at most 12 words.")
    answers: Short | None = Field(description="Whose claim it answers, if the article says so.")

    @model_validator(mode="after")
    def _speaker_given(self) -> DenialVerdict:
        if self.kind != "none" and not self.speaker:
            raise ValueError("a denial needs its speaker: who denies or refuses to comment")
        return self


class AddedDenial(DenialVerdict):
    quote: Quote = Field(description="The first 6 to 10 words of the sentence, copied exactly.")


class FigureVerdict(BaseModel):
    quantity: bool = Field(description="false for a number in a name or date, or 'one of'.")
    counts: Short | None = Field(description="What the number counts, in at most 8 words.")


def _verdicts(name: str, verdict: type[BaseModel], ids: list[str]) -> type[BaseModel]:
    """A model with one required field per candidate id, in order: the grammar then makes
    the model give exactly one verdict for every candidate."""
    fields: dict[str, Any] = {key: (verdict, ...) for key in ids}
    return create_model(name, **fields)


# --- steps ----------------------------------------------------------------------------


def _sentence_lines(sentences: list[Sentence]) -> str:
    return "\n".join(f"s{s.number}: {' '.join(s.text.split())}" for s in sentences)


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
    """One extraction step: its prompt, how to fill the prompt's candidates, its answer schema.

    `verdict` and `added` are the models of one candidate's verdict and of an item the model
    adds; `ids` lists the candidate ids of an article (the answer then has a `verdicts`
    object keyed by them). Steps without candidates have a fixed `answer` model.
    """

    name: str
    candidates: Callable[[Analysis], str]
    answer: type[BaseModel] | None = None
    verdict: type[BaseModel] | None = None
    added: type[BaseModel] | None = None
    ids: Callable[[Analysis], list[str]] | None = None
    max_added: int = 3

    def applies(self, analysis: Analysis) -> bool:
        """False when the article has no candidate for this step (no call is made)."""
        return self.ids is None or bool(self.ids(analysis))

    def answer_model(self, analysis: Analysis) -> type[BaseModel]:
        """The schema the model's answer must match, for this article."""
        if self.answer is not None:
            return self.answer
        assert self.verdict is not None and self.ids is not None
        fields: dict[str, Any] = {
            "verdicts": (
                _verdicts(f"{self.name.title()}Verdicts", self.verdict, self.ids(analysis)),
                ...,
            )
        }
        if self.added is not None:
            fields["added"] = (list[self.added], Field(max_length=self.max_added))  # type: ignore[name-defined]
        return create_model(f"{self.name.title()}Answer", **fields)

    def messages(self, analysis: Analysis) -> list[ChatCompletionMessageParam]:
        """System text and article first, the step's instruction last, so that all steps of
        an article share one prompt prefix (reused by OpenAI's and llama.cpp's caches)."""
        article = load_prompt("article").render(article=analysis.shown())
        instruction = load_prompt(self.name).render(candidates=self.candidates(analysis))
        return [
            {"role": "system", "content": load_prompt("system").render()},
            {"role": "user", "content": f"{article}\n\n{instruction}"},
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
        the parts dropped and why, or None when there is nothing to keep (no answer, or a
        step without candidates).
        """
        if text is None or self.verdict is None:
            return None
        try:
            raw = json.loads(text)
            verdicts = dict(raw.get("verdicts") or {})
            added = list(raw.get("added") or [])
        except (ValueError, TypeError, AttributeError):
            return None
        context = analysis.context()
        judgement = Judgement()
        for key, item in [*verdicts.items(), *(("added", item) for item in added)]:
            model = self.added if key == "added" else self.verdict
            if model is None:
                continue
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
    lambda analysis: _sentence_lines(analysis.claim_candidates),
    verdict=ClaimVerdict,
    added=AddedClaim,
    ids=lambda analysis: [f"s{s.number}" for s in analysis.claim_candidates],
)
DENIALS = Step(
    "denials",
    lambda analysis: _sentence_lines(analysis.denial_candidates),
    verdict=DenialVerdict,
    added=AddedDenial,
    ids=lambda analysis: [f"s{s.number}" for s in analysis.denial_candidates],
)
FIGURES = Step(
    "figures",
    _figure_lines,
    verdict=FigureVerdict,
    ids=lambda analysis: [f"f{c.number}" for c in analysis.figures],
)
STEPS: tuple[Step, ...] = (SUMMARY, ACTORS, CLAIMS, DENIALS, FIGURES)
