"""The installed version of summarizer, read once from the package's metadata (pyproject.toml
is its one source), and a fingerprint of the code and prompts that make a brief."""

from __future__ import annotations

import hashlib
from functools import cache
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from summarizer.resources import shipped_dir

try:
    __version__ = version("summarizer")
except PackageNotFoundError:  # run from a source tree that was never installed
    __version__ = "0+unknown"

__all__ = ["__version__", "code_fingerprint"]


@cache
def code_fingerprint() -> str:
    """A hash of the package's own code and prompts, computed once per process.

    Whole briefs are cached under it: the version number alone does not change between
    releases, and a brief made by other rules or prompts must never be served as this
    code's."""
    digest = hashlib.sha256(__version__.encode())
    package = Path(__file__).resolve().parent
    for path in sorted(package.rglob("*.py")):
        digest.update(path.relative_to(package).as_posix().encode())
        digest.update(path.read_bytes())
    prompts = shipped_dir("prompts")
    for entry in sorted(prompts.iterdir(), key=lambda entry: entry.name):
        if entry.name.endswith(".md"):
            digest.update(entry.name.encode())
            digest.update(entry.read_bytes())
    return digest.hexdigest()
