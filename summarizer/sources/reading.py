"""Reading articles from wherever they are given: a file's path, "-" for stdin, or an http(s)
URL (fetched by `summarizer.sources.web`). `read_articles` is the one entry point for a
list of them; `read_article` reads one file or stdin.
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from summarizer.errors import InputError
from summarizer.settings import Settings
from summarizer.sources.article import Article, is_url
from summarizer.sources.decoding import decode
from summarizer.sources.web import PageFetcher


def read_article(path: str | Path) -> Article:
    """Read an article from a file, or from stdin when `path` is "-".

    Raises InputError for a missing file, a directory, unreadable or binary input, text
    whose encoding cannot be detected, empty or over-long input, and an HTML page with no
    article text.
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
    return Article.from_text(decode(data, name), name)


def read_articles(
    paths: Iterable[str], settings: Settings, refused: Callable[[InputError], None]
) -> Iterator[Article]:
    """The articles at `paths` (each a file's path, "-" for stdin, or an http(s) URL), read
    or fetched one at a time as they are asked for, so that a batch of any size holds only
    the articles it is briefing. One that cannot be read, fetched or briefed is passed to
    `refused` and skipped; the others go on.

    Raises CacheError when the page cache cannot be opened or read (no URL can then be
    read). The page fetcher is opened only when some path is a URL.
    """
    paths = list(paths)
    urls = any(is_url(path) for path in paths)
    with PageFetcher(settings) if urls else contextlib.nullcontext() as fetcher:
        for path in paths:
            try:
                article = fetcher.article(path) if fetcher and is_url(path) else read_article(path)
            except InputError as error:
                refused(error)
                continue
            yield article
