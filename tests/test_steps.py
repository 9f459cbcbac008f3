"""A step is one object: adding one is a new module and a line in the list of steps.

The toy step here asks the model which sentences quote someone directly and fills the
brief's claims with them. A stand-in session (the `ModelSession` protocol, no network)
answers it; the test checks that the step's question is asked, its items are assembled,
merged across the two chunks of a long article and rendered.
"""

from __future__ import annotations

from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, field
from typing import Any

import pytest
from openai.types.chat import ChatCompletionMessageParam
from pydantic import BaseModel, create_model

from summarizer import Article, Claim, Settings, to_markdown
from summarizer.brief.analysis import Analysis
from summarizer.brief.briefing import brief_article
from summarizer.brief.steps.base import Assembly, Step, StepResult, in_order, judged
from summarizer.model.protocol import Answer
from summarizer.schema import EndpointKind, Usage
from summarizer.settings import RecordingMode
from summarizer.text.grounding import span

PARAGRAPH = (
    "The mayor said “the bridge will reopen in spring” at a meeting on Tuesday. "
    "Traffic was light across the river that morning."
)


def _quoting(analysis: Analysis) -> list[int]:
    return [s.number for s in analysis.sentences if "“" in s.text]


def _verdicts(analysis: Analysis) -> dict[str, type[BaseModel]]:
    verdict = create_model("QuoteVerdict", quotes=(bool, ...))
    return {f"q{number}": verdict for number in _quoting(analysis)}


def _build(assembly: Assembly, result: StepResult | None) -> None:
    verdicts = judged(result).verdicts
    assembly.fields["claims"] = [
        Claim(
            speaker="The mayor",
            statement=sentence.text,
            presentation="asserted",
            evidence=span(assembly.text, sentence.start, sentence.end),
        )
        for sentence in assembly.analysis.sentences
        if getattr(verdicts.get(f"q{sentence.number}"), "quotes", False)
    ]


QUOTES = Step(
    "quotes",
    field="claims",
    candidates=lambda analysis: "\n".join(f"q{n}" for n in _quoting(analysis)),
    build=_build,
    verdicts=_verdicts,
)


@dataclass
class AnsweringSession:
    """A `ModelSession` whose answer to the toy step says yes to every candidate."""

    settings: Settings
    usage: Usage = field(default_factory=Usage)
    asked: list[type[BaseModel]] = field(default_factory=list)
    model: str = "toy"
    endpoint_kind: EndpointKind = "custom"
    one_at_a_time: bool = True

    async def ask(
        self,
        messages: list[ChatCompletionMessageParam],
        answer_model: type[Any],
        prompt_versions: dict[str, int],
        context: dict[str, Any] | None = None,
    ) -> Answer[Any]:
        self.asked.append(answer_model)
        ids = answer_model.model_fields["verdicts"].annotation.model_fields
        answer = answer_model.model_validate({"verdicts": {key: {"quotes": True} for key in ids}})
        return Answer(answer, Usage(calls=1), cached=False)

    def recall(self, parts: dict[str, Any]) -> str | None:
        return None

    def keep(self, parts: dict[str, Any], text: str) -> None:
        pass

    def cassette(
        self, name: str, recording: RecordingMode | None = None
    ) -> AbstractContextManager[None]:
        return nullcontext()


def _long_article() -> Article:
    # Two chunks of this size, overlapping by one paragraph: the quote in the overlap is
    # found by both and must be kept once.
    return Article.from_text("\n\n".join([PARAGRAPH] * 6), name="toy.txt")


async def test_a_registered_step_is_asked_assembled_merged_and_rendered(
    tmp_path: Any, monkeypatch: Any
) -> None:
    monkeypatch.setattr("summarizer.brief.steps.base.load_prompt", _toy_prompt)
    article = _long_article()
    session = AnsweringSession(Settings.load(cache_dir=tmp_path, chunk_chars=400))

    brief = await brief_article(session, article, steps=(QUOTES,))

    assert brief.provenance.chunks > 1
    assert len(session.asked) == brief.provenance.chunks
    quoting = [s for s in Analysis(article.text).sentences if "“" in s.text]
    assert [c.evidence.start for c in brief.claims] == [s.start for s in quoting]
    assert all(
        article.text[c.evidence.start : c.evidence.end] == c.evidence.quote for c in brief.claims
    )
    assert "the bridge will reopen in spring" in to_markdown(brief)


def _toy_prompt(name: str) -> Any:
    from summarizer.brief.prompts import Prompt

    return Prompt(name=name, version=1, template="$candidates" if name == "quotes" else "")


def test_a_step_without_candidates_in_an_article_makes_no_call() -> None:
    analysis = Analysis("Traffic was light across the river that morning.")
    assert not QUOTES.applies(analysis)


def test_every_step_fills_a_field_of_the_brief() -> None:
    from summarizer import Brief
    from summarizer.brief.steps import STEPS

    assert {step.field for step in STEPS} <= set(Brief.model_fields)


def _invented(name: str, reads: tuple[str, ...] = ()) -> Step:
    """A step that fills the field named after it and builds nothing."""
    return Step(name, field=name, candidates=lambda analysis: "", build=_nothing, reads=reads)


def _nothing(assembly: Assembly, result: StepResult | None) -> None:
    pass


def test_steps_that_read_only_what_earlier_steps_fill_are_in_order() -> None:
    steps = (_invented("people"), _invented("quotes", ("people",)), _invented("gist", ("quotes",)))
    assert in_order(*steps) == steps


def test_a_step_that_reads_a_field_a_later_step_fills_is_refused_by_name() -> None:
    with pytest.raises(ValueError, match=r"step 'gist' reads 'quotes', which no step before"):
        in_order(_invented("people"), _invented("gist", ("quotes",)), _invented("quotes"))


def test_a_step_that_reads_a_field_no_step_fills_is_refused() -> None:
    with pytest.raises(ValueError, match=r"reads 'weather'"):
        in_order(_invented("people"), _invented("gist", ("people", "weather")))


def test_the_summary_cannot_be_built_before_the_statements_it_is_checked_against() -> None:
    from summarizer.brief.steps import STEPS

    actors, claims, denials, figures, summary = STEPS
    with pytest.raises(ValueError, match=r"step 'summary' reads 'claims', 'denials'"):
        in_order(actors, summary, claims, denials, figures)
