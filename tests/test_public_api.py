"""The public API is what `summarizer.__all__` names: sorted, and nothing public left out."""

from __future__ import annotations

import inspect

import summarizer


def test_all_is_sorted() -> None:
    assert summarizer.__all__ == sorted(summarizer.__all__)


def test_every_public_name_is_in_all() -> None:
    public = {
        name
        for name, value in vars(summarizer).items()
        if not name.startswith("_") and not inspect.ismodule(value)
    }
    assert public == set(summarizer.__all__) - {"__version__"}


def test_every_name_in_all_exists() -> None:
    assert all(hasattr(summarizer, name) for name in summarizer.__all__)
