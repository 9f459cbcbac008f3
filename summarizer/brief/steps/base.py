"""What every step is made of: the `Step` itself, the answer schemas' shared parts, the
model's judgement of a step's candidates, and the `Assembly` the steps fill into a brief.

Our code finds the candidates first (from the parse: statements and their speakers, every
number and what it counts, the actors) and a step asks the model only about the ones it
leaves open: one verdict per candidate, under an id the answer schema fixes, so the model
cannot skip or invent a candidate and every verdict's evidence is a span we located
ourselves.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import Annotated, Any, Literal, Protocol
from weakref import WeakKeyDictionary

from instructor import ResponseSchema
from openai.types.chat import ChatCompletionMessageParam
from pydantic import (
    BaseModel,
    StringConstraints,
    ValidationError,
    create_model,
)

from summarizer.brief.analysis import Analysis
from summarizer.brief.attribution import Roster
from summarizer.brief.prompts import load_prompt
from summarizer.schema import Dropped, Evidence, Usage

# --- answer schemas: what the model fills in -------------------------------------------
# String lengths and list sizes are bounded: with a grammar-constrained server the bounds
# also bound generation time, and a small model cannot run on forever.

Short = Annotated[str, StringConstraints(min_length=1, max_length=80)]


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


@lru_cache(maxsize=4096)
def _answer_model(step: str, verdicts: tuple[tuple[str, type[BaseModel]], ...]) -> type[BaseModel]:
    # One class per shape of answer: articles with the same candidate ids share it, and
    # with it the JSON schema pydantic generates once per class (see CachedSchema).
    by_id: dict[str, Any] = {key: (model, ...) for key, model in verdicts}
    verdicts_model = create_model(f"{step.title()}Verdicts", **by_id)
    return create_model(
        f"{step.title()}Answer", __base__=CachedSchema, verdicts=(verdicts_model, ...)
    )


@dataclass
class Judgement:
    """The model's verdicts on a step's candidates (by id), and the parts of its answer
    dropped as invalid."""

    verdicts: dict[str, Any] = field(default_factory=dict)
    dropped: list[Dropped] = field(default_factory=list)


@dataclass(frozen=True)
class StepResult:
    """What one step produced and what it cost. `answer` is the validated answer of a step
    without candidates; `judgement` holds the verdicts of a step with candidates.
    `fell_back`: the model's answer stayed unusable after the re-asks (wholly, or some of
    its verdicts), so our code's rules decided what it was asked."""

    answer: BaseModel | None
    judgement: Judgement | None
    usage: Usage
    cached: bool
    fell_back: bool = False


def judged(result: StepResult | None) -> Judgement:
    """The judgement of a step's result, empty when it made no call or has none."""
    return result.judgement if result is not None and result.judgement else Judgement()


@dataclass
class Assembly:
    """A brief under construction: what the steps fill in, in the order of the steps.

    `roster` holds the actors; it grows as statements' speakers are attributed, so the
    brief's actors are read from it after every step has built its items. `dropped` starts
    with what the answers' validation dropped.
    """

    analysis: Analysis
    roster: Roster = field(default_factory=lambda: Roster([]))
    dropped: list[Dropped] = field(default_factory=list)
    fields: dict[str, Any] = field(default_factory=dict)

    @property
    def text(self) -> str:
        return self.analysis.text


class Grounded(Protocol):
    """An item of a brief tied to its words: claims, denials, figures."""

    @property
    def evidence(self) -> Evidence: ...

    def model_copy(self, *, update: dict[str, Any] | None = None, deep: bool = False) -> Any: ...


def merge_by_evidence(parts: Sequence[tuple[int, Sequence[Grounded]]]) -> list[Any]:
    """Items of an article's chunks (each with its chunk's offset) as one list: offsets
    made relative to the whole article, an item the overlap found twice kept once (the
    first), in the article's order. Two speakers' statements in one sentence are two."""
    placed: dict[tuple[int, int, str], Any] = {}
    for offset, items in parts:
        for item in items:
            evidence = Evidence(
                quote=item.evidence.quote,
                start=item.evidence.start + offset,
                end=item.evidence.end + offset,
            )
            key = (evidence.start, evidence.end, str(getattr(item, "speaker", "")))
            placed.setdefault(key, item.model_copy(update={"evidence": evidence}))
    return [placed[key] for key in sorted(placed)]


def first_part(parts: Sequence[tuple[int, Any]]) -> Any:
    """The first chunk's value: what the opening of an article says (its summary)."""
    return parts[0][1]


@dataclass(frozen=True)
class Step:
    """One extraction step: its prompt, how the prompt shows the candidates, its schema,
    the field of `Brief` it fills, how it builds that field and how the field's values of
    an article's chunks merge.

    A step without candidates has a fixed `answer` model; a step with neither an answer
    model nor verdicts asks nothing (our code decides it all). A step with candidates has
    `verdicts`, the verdict model of each candidate id of an article (the answer then has a
    `verdicts` object with one required field per id, in order). `shows` is what the
    prompt shows of the article: the whole of it, the paragraphs around what is asked
    about (an `Analysis.excerpt`), or nothing when the candidates carry their own words.
    `build` reads the step's result (None when it made no call) and puts its items into
    the assembly; `merge` joins the field's values of the chunks of a long article, each
    with its chunk's offset.
    Every build also works without the model's verdicts (our code's rules decide alone),
    which is what a brief falls back to when a step's answer stays unusable. `reads` names
    the fields of the assembly that `build` reads, which steps before it fill (the roster is
    the "actors" field in the making): `in_order` checks it.
    """

    name: str
    field: str
    candidates: Callable[[Analysis], str]
    build: Callable[[Assembly, StepResult | None], None]
    answer: type[BaseModel] | None = None
    verdicts: Callable[[Analysis], dict[str, type[BaseModel]]] | None = None
    merge: Callable[[Sequence[tuple[int, Any]]], Any] = merge_by_evidence
    reads: tuple[str, ...] = ()
    shows: Callable[[Analysis], str] = lambda analysis: analysis.shown

    @property
    def asks(self) -> bool:
        """Whether this step ever asks the model (else our code decides it all)."""
        return self.answer is not None or self.verdicts is not None

    def applies(self, analysis: Analysis) -> bool:
        """False when this step asks the model nothing about the article (no call is made):
        it has no candidates there, or it never asks."""
        if self.verdicts is None:
            return self.asks
        return bool(self.verdicts(analysis))

    def answer_model(self, analysis: Analysis) -> type[BaseModel]:
        """The schema the model's answer must match, for this article."""
        if self.answer is not None:
            return self.answer
        assert self.verdicts is not None
        verdicts = tuple(self.verdicts(analysis).items())
        return _answer_model(self.name, verdicts)

    def messages(self, analysis: Analysis) -> list[ChatCompletionMessageParam]:
        """System text first, then what the step shows of the article, the step's
        instruction last (the system text is a prompt prefix every call shares, reused by
        OpenAI's and llama.cpp's caches)."""
        instruction = load_prompt(self.name).render(candidates=self.candidates(analysis))
        shown = self.shows(analysis)
        return [
            {"role": "system", "content": load_prompt("system").render()},
            {"role": "user", "content": f"{shown}\n\n{instruction}" if shown else instruction},
        ]

    def prompt_versions(self) -> dict[str, int]:
        """Versions of every template that may shape this step's prompt."""
        names = ("system", "article", "excerpt", self.name)
        return {name: load_prompt(name).version for name in names}

    def result(self, answer: BaseModel, usage: Usage, cached: bool) -> StepResult:
        """A validated answer as this step's result: for a step with candidates, its
        verdicts by candidate id."""
        if self.verdicts is None:
            return StepResult(answer, None, usage, cached)
        verdicts = getattr(answer, "verdicts", None)
        judgement = Judgement(verdicts=dict(verdicts) if verdicts is not None else {})
        return StepResult(None, judgement, usage, cached)

    def salvage(self, text: str | None, analysis: Analysis) -> Judgement | None:
        """Keep the valid parts of an answer that failed validation as a whole.

        Each verdict is checked on its own. Returns the valid parts, with the parts dropped
        and why, or None when there is nothing to keep (no answer, an answer of another
        shape altogether, or a step without candidates).
        """
        if text is None or self.verdicts is None:
            return None
        try:
            raw = json.loads(text)
            if "verdicts" not in raw:
                return None  # not an answer to this step at all: a failure, not a partial
            verdicts = dict(raw["verdicts"] or {})
        except (ValueError, TypeError, AttributeError):
            return None
        models = self.verdicts(analysis)
        context = analysis.context()
        judgement = Judgement()
        for key, item in verdicts.items():
            model = models.get(key)
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
            judgement.verdicts[key] = value
        return judgement


def in_order(*steps: Step) -> tuple[Step, ...]:
    """`steps` as the steps of a brief, built in this order, once it is checked that every
    field a step reads is filled by a step before it: the steps share their items through
    the assembly, so a step put before the one it reads would see nothing there and say so
    nowhere.

    Raises ValueError naming the first step that reads a field no earlier step fills.
    """
    filled: set[str] = set()
    for position, step in enumerate(steps):
        missing = [name for name in step.reads if name not in filled]
        if missing:
            before = ", ".join(earlier.name for earlier in steps[:position])
            raise ValueError(
                f"step {step.name!r} reads {', '.join(map(repr, missing))}, which no step "
                f"before it fills (before it: {before or 'none'})"
            )
        filled.add(step.field)
    return steps
