"""An article: its text, the name it goes by, and where it came from (a file, stdin, an HTML
page, a URL); what makes text briefable (not empty, not over `MAX_CHARS`), and the stem
output files and cassettes of an article are named after.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from summarizer.errors import InputError
from summarizer.sources.html import looks_like_html, main_text

#: A size limit: longer input is almost surely not one article (a book, a data dump).
#: Articles longer than the model's context are briefed in chunks (see chunking.py).
MAX_CHARS = 500_000
#: The limit on an HTML page before its text is extracted.
MAX_HTML_CHARS = 10 * MAX_CHARS


@dataclass(frozen=True)
class Article:
    """The text of one article and the name it goes by (file name, or a hash of the text)."""

    name: str
    text: str
    #: Whether `text` was extracted from an HTML page (it is then not the input as given).
    from_html: bool = False
    #: For an article fetched from the web (`summarizer.sources.web`): the URL asked for, the URL
    #: it led to after redirects, and when it was fetched.
    url: str | None = None
    final_url: str | None = None
    fetched_at: datetime | None = None

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()

    @property
    def stem(self) -> str:
        """The name without its extension: output files and cassettes are named after it."""
        return stem_of(self.name)

    @classmethod
    def from_text(cls, text: str, name: str | None = None) -> Article:
        """An article from text, or from the main text of an HTML page; raises InputError
        when it is empty, too long, or a page without article text."""
        name = name or f"article-{hashlib.sha256(text.encode('utf-8')).hexdigest()[:16]}"
        from_html = looks_like_html(text)
        if from_html:
            # A page's markup is often many times its text: the limit is on the text.
            if len(text) > MAX_HTML_CHARS:
                raise InputError(
                    f"{name}: the HTML page has {len(text):,} characters; "
                    f"the limit is {MAX_HTML_CHARS:,}"
                )
            text = main_text(text, name)
        check_text(text, name)
        return cls(name=name, text=text, from_html=from_html)


# A URL's characters that are not safe in a file name on every platform.
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


def is_url(name: str) -> bool:
    """Whether an article's path is a URL (any scheme: only http and https are fetched)."""
    return re.match(r"[A-Za-z][A-Za-z0-9+.-]*://", name) is not None


def stem_of(name: str) -> str:
    """The stem output files and cassettes of the article called `name` are named after:
    a file's name without its extension; for a URL, its host and path made safe for a file
    name ("example.com-news-story"), with a hash when it would be long."""
    if not is_url(name):
        return Path(name).stem if "." in name else name
    rest = name.split("://", 1)[1].split("#", 1)[0]
    for suffix in (".html", ".htm", ".php", ".aspx", ".txt"):
        rest = rest.removesuffix(suffix)
    slug = _UNSAFE.sub("-", rest).strip("-.") or "page"
    if len(slug) > 80:
        slug = f"{slug[:63]}-{hashlib.sha256(name.encode('utf-8')).hexdigest()[:16]}"
    return slug


def check_text(text: str, name: str) -> None:
    """Raise InputError unless `text` is briefable: not blank and not over MAX_CHARS."""
    if not text.strip():
        raise InputError(f"{name}: the article is empty")
    if len(text) > MAX_CHARS:
        raise InputError(
            f"{name}: the article has {len(text):,} characters; the limit is {MAX_CHARS:,}"
        )
