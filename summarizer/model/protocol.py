"""What the brief and the dossier need of the model layer, and nothing more.

The brief and the dossier are written against `ModelSession`, not against the concrete
session, client or server: a provider that is not OpenAI-compatible is a new class with
these members, and the rest of the package does not change.
"""

from __future__ import annotations

from contextlib import AbstractContextManager
from dataclasses import dataclass
from typing import Any, Generic, Protocol, TypeVar

from openai.types.chat import ChatCompletionMessageParam
from pydantic import BaseModel

from summarizer.schema import EndpointKind, Usage
from summarizer.settings import RecordingMode, Settings

AnswerT = TypeVar("AnswerT", bound=BaseModel)
AnswerT_co = TypeVar("AnswerT_co", bound=BaseModel, covariant=True)

__all__ = ["Answer", "ModelSession"]


@dataclass(frozen=True)
class Answer(Generic[AnswerT_co]):
    """A validated answer, what it cost (nothing when it came from the cache or from an
    identical request under way) and whether it was served without a call."""

    answer: AnswerT_co
    usage: Usage
    cached: bool


class ModelSession(Protocol):
    """One run's access to a model: schema-constrained questions, cached and deduplicated."""

    settings: Settings
    #: Tokens spent by this session so far, retries included.
    usage: Usage

    @property
    def model(self) -> str:
        """The model's name, as the provenance records it."""
        ...

    @property
    def endpoint_kind(self) -> EndpointKind:
        """Which kind of endpoint answers."""
        ...

    @property
    def one_at_a_time(self) -> bool:
        """Whether articles should go one after the other (an endpoint that answers one
        request at a time and keeps one prompt prefix cached, or a cassette being used)."""
        ...

    async def ask(
        self,
        messages: list[ChatCompletionMessageParam],
        answer_model: type[AnswerT],
        prompt_versions: dict[str, int],
        context: dict[str, Any] | None = None,
    ) -> Answer[AnswerT]:
        """Ask one question whose answer must validate as `answer_model` (with `context`
        given to its validators). Raises EndpointError, ModelOutputError (its `last_text`
        holds the last answer) or ReplayMissError when it cannot be answered."""
        ...

    def recall(self, parts: dict[str, Any]) -> str | None:
        """The result an earlier run kept under `parts` with this endpoint, model and
        sampling options (None: none, or the cache is off, as in replay and record). Raises
        CacheError when the cache cannot be read."""
        ...

    def keep(self, parts: dict[str, Any], text: str) -> None:
        """Keep `text`, a result made from this session's answers, under `parts` for later
        runs (nothing when the cache is off). Raises CacheError when it cannot be written."""
        ...

    def cassette(
        self, name: str, recording: RecordingMode | None = None
    ) -> AbstractContextManager[None]:
        """Record or replay the questions asked inside it in the cassette `name`, as the
        settings (or `recording`, which overrides them) say."""
        ...
