"""The one exception hierarchy of summarizer.

Every error the package raises on purpose is a `SummarizerError`. Errors from the
openai SDK, instructor, diskcache or the file system are wrapped once, at the boundary
where they happen, with the original kept as ``__cause__``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from summarizer.schema import Usage


class SummarizerError(Exception):
    """Base class of every error summarizer raises on purpose."""


class ConfigurationError(SummarizerError):
    """Settings are missing or contradict each other (no endpoint, bad option value)."""


class InputError(SummarizerError):
    """An article cannot be read or is not text we can brief (missing, empty, binary)."""


class FetchError(InputError):
    """An article's URL cannot be fetched: refused, not found, too large, not a page."""


class EndpointError(SummarizerError):
    """The model endpoint failed: transport error, HTTP error, timeout, after bounded retries."""


class ModelOutputError(SummarizerError):
    """The model's answer could not be turned into a valid result within the bounded attempts.

    `last_text` is the last answer received (None if there was none) and `usage` what the
    attempts cost, so that a caller can salvage the valid items and still count the tokens.
    """

    def __init__(
        self, message: str, *, last_text: str | None = None, usage: Usage | None = None
    ) -> None:
        super().__init__(message)
        self.last_text = last_text
        self.usage = usage


class GroundingError(SummarizerError):
    """A quote could not be located in its article."""


class ReplayMissError(SummarizerError):
    """In replay mode, a model request has no recording in the cassettes."""


class BudgetError(SummarizerError):
    """The run's token budget is spent: the article was not started."""


class CacheError(SummarizerError):
    """The response cache cannot be opened or read."""


class OutputError(SummarizerError):
    """A brief cannot be written where it was asked for (the file system refused)."""


class LocalModelError(SummarizerError):
    """The embedded local model cannot be provided or its server cannot be started."""


__all__ = [
    "BudgetError",
    "CacheError",
    "ConfigurationError",
    "EndpointError",
    "FetchError",
    "GroundingError",
    "InputError",
    "LocalModelError",
    "ModelOutputError",
    "OutputError",
    "ReplayMissError",
    "SummarizerError",
]
