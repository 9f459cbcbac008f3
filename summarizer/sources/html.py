"""HTML pages, recognised by their content and not by their name, and their main text
(trafilatura): the headline and paragraphs, without navigation, boilerplate or comments.
"""

from __future__ import annotations

import re

import trafilatura

from summarizer.errors import InputError

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
