"""Articles: reading them from files or stdin, and refusing what is not briefable text.

Bytes that are not UTF-8 are decoded by detection (charset-normalizer) or refused when no
encoding fits with confidence; binary files (a PDF renamed .txt, an image, an archive) are
refused. An HTML page, recognised by its content and not by its name, is replaced by its
main text (trafilatura): the brief's offsets then refer to that text, which the `Article`
keeps.
"""

from __future__ import annotations

import codecs
import hashlib
import re
import sys
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import charset_normalizer
import trafilatura

from summarizer.errors import InputError

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
    #: For an article fetched from the web (`summarizer.web`): the URL asked for, the URL
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


# Signatures of binary formats that may come renamed as .txt, and text encodings with a BOM
# (UTF-16 and UTF-32 text holds NUL bytes, which would otherwise mark it as binary).
_BINARY_SIGNATURES = {
    b"%PDF-": "a PDF document",
    b"PK\x03\x04": "a ZIP archive (or a Word, Excel or EPUB document)",
    b"\xd0\xcf\x11\xe0": "an old Microsoft Office document",
    b"{\\rtf": "an RTF document",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"\x1f\x8b": "a gzip archive",
}
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Control characters other than tab, newline, form feed and carriage return: text has none.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


def decode(data: bytes, name: str, declared: str | None = None) -> str:
    """Decode an article's bytes: a BOM's encoding, else UTF-8, else the `declared` one (a
    web page's charset), else the encoding detected.

    Bytes that are valid UTF-8 are read as UTF-8 even when a page declares another charset:
    text in a legacy encoding is almost never valid UTF-8 by chance, while a wrong declared
    charset is a common fault of web servers. Raises InputError for binary data (a known
    binary format, NUL or control bytes) and for bytes whose encoding cannot be detected
    with confidence.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError as error:
                raise InputError(f"{name}: the text is not valid {encoding.upper()}") from error
    for signature, kind in _BINARY_SIGNATURES.items():
        if data.startswith(signature):
            raise InputError(f"{name}: this is {kind}, not text; convert it to plain text")
    if b"\x00" in data[:8192]:
        raise InputError(f"{name}: this is a binary file, not text")
    text = _decoded(data, "utf-8-sig")
    if text is None and declared:
        text = _decoded(data, declared)
    if text is None:
        text = detect_encoding(data)
    if text is None:
        raise InputError(
            f"{name}: the text is not UTF-8 and its encoding cannot be detected with "
            "confidence; convert it to UTF-8"
        )
    if len(_CONTROL.findall(text[:8192])) > 8:
        raise InputError(f"{name}: this is a binary file, not text")
    return text


def _decoded(data: bytes, encoding: str) -> str | None:
    """`data` in `encoding`, or None when it is not valid in it or the encoding is unknown."""
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def detect_encoding(data: bytes) -> str | None:
    """`data` decoded in the encoding charset-normalizer finds, or None when it finds none
    with confidence.

    None when every decoding looks like noise, or when decodings as clean as the best one
    give different texts (a few accented letters fit many code pages) and none of them is
    Windows-1252, the legacy encoding of most Western text and what browsers read "latin-1"
    as: on a short text, the language guess that ranks the others is too weak to trust.
    Detection remains a judgement: a short Polish text in Windows-1250 may be read as
    Windows-1252 (charset-normalizer ranks it first too).
    """
    matches = charset_normalizer.from_bytes(data)
    best = matches.best()
    if best is None:
        return None
    tied = [match for match in matches if match.chaos <= best.chaos]
    if len({str(match) for match in tied}) == 1:
        return str(best)
    for match in tied:
        if "cp1252" in match.could_be_from_charset:
            return str(match)
    return None


# The start of an HTML document (after blanks and comments), or closing tags of the elements
# that hold a page's text: either one tells an HTML page from an article that mentions a tag.
_HTML_START = re.compile(
    r"\A(?:\s|<!--.*?-->|<\?xml[^>]*>)*<(?:!doctype\s+html|html|head|body)\b", re.I | re.S
)
_HTML_CLOSING_TAGS = re.compile(r"</(?:p|div|article|section|span|li|h[1-6])\s*>", re.I)


def looks_like_html(text: str) -> bool:
    """Whether `text` is an HTML page (judged by its content, whatever the file is called)."""
    head = text[:20_000]
    return bool(_HTML_START.match(head)) or len(_HTML_CLOSING_TAGS.findall(head)) >= 3


def main_text(page: str, name: str) -> str:
    """The main text of an HTML page, without navigation, boilerplate or comments: its
    headline and paragraphs, separated by blank lines. Raises InputError when the page holds
    no article text."""
    document = trafilatura.bare_extraction(
        page, include_comments=False, include_tables=False, with_metadata=True
    )
    body = getattr(document, "text", None) or ""
    paragraphs = [line.strip() for line in body.splitlines() if line.strip()]
    title = (getattr(document, "title", None) or "").strip()
    if paragraphs and title and not paragraphs[0].startswith(title):
        paragraphs.insert(0, title)
    text = "\n\n".join(paragraphs)
    if not text:
        raise InputError(f"{name}: an HTML page with no article text in it")
    return text


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
