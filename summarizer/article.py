"""Articles: reading them from files or stdin, and refusing what is not briefable text."""

from __future__ import annotations

import hashlib
import sys
from dataclasses import dataclass
from pathlib import Path

from summarizer.errors import InputError

#: A size limit: longer input is almost surely not one article (a book, a data dump).
#: Articles longer than the model's context are briefed in chunks (see chunking.py).
MAX_CHARS = 500_000


@dataclass(frozen=True)
class Article:
    """The text of one article and the name it goes by (file name, or a hash of the text)."""

    name: str
    text: str

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()

    @property
    def stem(self) -> str:
        """The name without its extension: output files and cassettes are named after it."""
        return Path(self.name).stem if "." in self.name else self.name

    @classmethod
    def from_text(cls, text: str, name: str | None = None) -> Article:
        """An article from text; raises InputError when it is empty or too long."""
        name = name or f"article-{hashlib.sha256(text.encode('utf-8')).hexdigest()[:16]}"
        check_text(text, name)
        return cls(name=name, text=text)


def check_text(text: str, name: str) -> None:
    """Raise InputError unless `text` is briefable: not blank and not over MAX_CHARS."""
    if not text.strip():
        raise InputError(f"{name}: the article is empty")
    if len(text) > MAX_CHARS:
        raise InputError(
            f"{name}: the article has {len(text):,} characters; the limit is {MAX_CHARS:,}"
        )


def decode(data: bytes, name: str) -> str:
    """Decode an article's bytes as UTF-8; raises InputError for binary or other encodings."""
    if b"\x00" in data[:8192]:
        raise InputError(f"{name}: this is a binary file, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise InputError(
            f"{name}: the text is not UTF-8 (byte {error.start}); convert it to UTF-8"
        ) from error


def read_article(path: str | Path) -> Article:
    """Read an article from a file, or from stdin when `path` is "-".

    Raises InputError for a missing file, a directory, unreadable, binary, non-UTF-8,
    empty or over-long input.
    """
    if str(path) == "-":
        data = sys.stdin.buffer.read()
        name = "stdin"
    else:
        file = Path(path)
        name = file.name
        if file.is_dir():
            raise InputError(f"{path}: is a directory, not an article")
        try:
            data = file.read_bytes()
        except FileNotFoundError as error:
            raise InputError(f"{path}: no such file") from error
        except OSError as error:
            raise InputError(f"{path}: cannot read: {error.strerror}") from error
    text = decode(data, name)
    check_text(text, name)
    return Article(name=name, text=text)
