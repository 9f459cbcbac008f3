"""Every place where we lean on instructor's internals rather than its public API, in one
module, each with why it is needed.

Written against the instructor release pyproject.toml pins (1.17). On another release the
adaptations that reach into private modules are left out, saying so once in a warning:
our calls still work through instructor's public `AsyncInstructor`, only slower. Nothing
here changes instructor for code outside our own calls.
"""

from __future__ import annotations

import contextlib
import contextvars
import logging
import warnings
import weakref
from collections.abc import Callable, Iterator
from typing import Any

import instructor
from instructor.v2.core.hooks import Hooks
from instructor.v2.core.patch import patch_v2
from instructor.v2.core.providers import Provider

# Importing the OpenAI handlers registers instructor's OpenAI modes (JSON, JSON_SCHEMA)
# with its v2 core; `instructor.from_openai` does the same import.
from instructor.v2.providers.openai import handlers as _openai_modes  # noqa: F401

__all__ = ["Hooks", "openai_create", "our_call"]

#: The instructor releases these adaptations were written against and checked on.
SUPPORTED = ("1.17.",)
_SUPPORTED = instructor.__version__.startswith(SUPPORTED)

# Set while one of our calls runs inside instructor (see `our_call`).
_IN_OUR_CALL: contextvars.ContextVar[bool] = contextvars.ContextVar(
    "summarizer_in_our_call", default=False
)


def openai_create(func: Callable[..., Any], mode: instructor.Mode) -> Callable[..., Any]:
    """What `instructor.from_openai` wraps around `chat.completions.create`, wrapped around
    `func` instead: our client posts completions itself (see `ModelClient`), and instructor's
    public constructors only accept the SDK's own method."""
    _remember_models_without_async_validators()
    _install_filter()
    return patch_v2(func=func, provider=Provider.OPENAI, mode=mode)


class _OurCallsOnly(logging.Filter):
    """Drops instructor's records of failed attempts logged inside our calls: we retry and
    report failures ourselves. A user's own instructor calls log as they always did."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not _IN_OUR_CALL.get()


_FILTER = _OurCallsOnly()


@contextlib.contextmanager
def our_call() -> Iterator[None]:
    """Mark the block as one of our calls: instructor's logging of its failed attempts is
    silenced inside it, and only inside it."""
    if not _filtered:
        _install_filter()
    token = _IN_OUR_CALL.set(True)
    try:
        yield
    finally:
        _IN_OUR_CALL.reset(token)


_filtered: set[str] = set()


def _install_filter() -> None:
    # instructor logs through module loggers under "instructor", made when its modules are
    # imported (before any client of ours exists); a logger's filters apply only to records
    # logged on it, so the filter goes on each, once.
    for name in [n for n in logging.root.manager.loggerDict if n.startswith("instructor")]:
        if name not in _filtered:
            logging.getLogger(name).addFilter(_FILTER)
            _filtered.add(name)


_remembered = False


def _remember_models_without_async_validators() -> None:
    # instructor 1.17 walks the whole type tree of the answer model before every call, and
    # again on every layer of the call, to refuse models with async validators (which it
    # cannot run). The walk depends on the class alone and cost about a tenth of our time
    # per call: a class that passed once passes again. Models that fail are walked (and
    # refused) every time, as before, so instructor answers exactly as it would have.
    global _remembered
    if _remembered:
        return
    _remembered = True
    if not _SUPPORTED:
        warnings.warn(
            f"instructor {instructor.__version__} is not one summarizer was checked on "
            f"({', '.join(SUPPORTED)}); its per-call model check is left as it is",
            RuntimeWarning,
            stacklevel=3,
        )
        return
    from instructor.v2.core import patch as instructor_patch
    from instructor.v2.validation import async_validators

    check = async_validators.reject_async_validators
    passed: weakref.WeakSet[type] = weakref.WeakSet()

    def reject_async_validators(response_model: Any) -> None:
        if isinstance(response_model, type) and response_model in passed:
            return
        check(response_model)
        if isinstance(response_model, type):
            passed.add(response_model)

    async_validators.reject_async_validators = reject_async_validators
    # instructor's patch module imported the function by name: rebind it there too.
    setattr(instructor_patch, "reject_async_validators", reject_async_validators)  # noqa: B010
