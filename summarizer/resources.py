"""The folders the wheel ships inside the package: `prompts/` and `templates/`."""

from __future__ import annotations

from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path


def shipped_dir(name: str) -> Traversable:
    """A folder the wheel ships inside the package (`prompts`, `templates`): the installed
    `summarizer/<name>/`, or the top-level `<name>/` of a source checkout."""
    packaged = resources.files("summarizer") / name
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parent.parent / name
