"""Articles from the web: a page fetched over HTTP(S), within bounds, cached, and read the
way a file is (an HTML page is reduced to its main text).

The bounds: only http and https, `settings.fetch_timeout` seconds for the whole fetch (a
server that trickles its answer is cut off too), at most `settings.fetch_max_bytes` bytes,
at most `MAX_REDIRECTS` redirects. Timeouts, dropped connections, 429s and 5xx answers are
tried again, `settings.max_attempts` times in all, with a doubling pause; other failures
are final. A fetched page's text is cached, as a model's answer is, under its URL: a rerun
reads it from the cache unless `settings.refetch` is set.
"""

from __future__ import annotations

import dataclasses
import json
import re
import time
from datetime import UTC, datetime
from types import TracebackType

import httpx
import tenacity

from summarizer.cache import ResponseCache, cache_key
from summarizer.errors import FetchError
from summarizer.settings import Settings
from summarizer.sources.article import Article
from summarizer.sources.decoding import decode
from summarizer.version import __version__

#: Redirects followed before a URL is given up on (browsers allow about 20; a news page
#: needs one or two: http to https, an old path to a new one).
MAX_REDIRECTS = 5
#: The cache's folder for fetched pages, beside the model's answers.
PAGES_FOLDER = "pages"
# What a page may be: HTML or plain text. Anything else (PDF, images, JSON) is refused.
_PAGE_TYPES = ("text/html", "application/xhtml+xml", "text/plain")
# A charset declared in the page itself, within its first bytes (as browsers look for it).
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
# The WHATWG encoding standard, which browsers follow: a page labelled Latin-1 or ASCII is
# read as Windows-1252 (its superset, and what such pages almost always are).
_BROWSER_ALIASES = {"iso-8859-1": "cp1252", "latin1": "cp1252", "us-ascii": "cp1252"}
_RETRIED_STATUS = frozenset({429, 500, 502, 503, 504})


class _Transient(Exception):
    """A failure worth another attempt; carries the error to raise when none is left."""

    def __init__(self, message: str, cause: BaseException | None = None) -> None:
        super().__init__(message)
        self.error = FetchError(message)
        self.error.__cause__ = cause


class PageFetcher:
    """Fetches articles by URL over one HTTP client and one page cache; use as a context
    manager, or call `close`."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._cache = ResponseCache(
            settings.cache_dir if settings.use_cache else None, PAGES_FOLDER
        )
        self._client = httpx.Client(
            follow_redirects=True,
            max_redirects=MAX_REDIRECTS,
            timeout=settings.fetch_timeout,
            headers={"User-Agent": f"summarizer/{__version__} (+news article briefs)"},
        )

    def __enter__(self) -> PageFetcher:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        """Release the HTTP client's connections and the cache's files."""
        self._client.close()
        self._cache.close()

    def article(self, url: str) -> Article:
        """The article at `url`: from the cache, or fetched (and then cached).

        Raises FetchError when the page cannot be fetched (not http or https, DNS, refused,
        timed out, an HTTP error after the retries, too many redirects, too large, neither
        HTML nor text), InputError when what it holds is not briefable (no article text,
        binary, empty), CacheError when the cache cannot be read.
        """
        key = cache_key({"url": url})
        cached = None if self.settings.refetch else self._cache.get(key)
        page = json.loads(cached) if cached is not None else self._fetch(url)
        article = Article.from_text(page["text"], url)
        if cached is None:
            # Only a page that made an article is kept: a failure is tried again next run.
            self._cache.set(key, json.dumps(page, ensure_ascii=False))
        return dataclasses.replace(
            article,
            url=url,
            final_url=page["final_url"],
            fetched_at=datetime.fromisoformat(page["fetched_at"]),
        )

    def _fetch(self, url: str) -> dict[str, str]:
        """The page at `url` as {"text", "final_url", "fetched_at"}, retried where that can
        help; raises FetchError or InputError."""
        if not re.match(r"https?://", url, re.I):
            raise FetchError(f"{url}: only http and https URLs can be fetched")
        retrying = tenacity.Retrying(
            stop=tenacity.stop_after_attempt(self.settings.max_attempts),
            wait=tenacity.wait_exponential(multiplier=0.5, max=8),
            retry=tenacity.retry_if_exception_type(_Transient),
            reraise=True,
        )
        try:
            return retrying(self._fetch_once, url)
        except _Transient as failure:
            raise failure.error from failure.error.__cause__

    def _fetch_once(self, url: str) -> dict[str, str]:
        fetched_at = datetime.now(UTC)
        deadline = time.monotonic() + self.settings.fetch_timeout
        limit = self.settings.fetch_max_bytes
        try:
            with self._client.stream("GET", url) as response:
                status = f"{url}: HTTP {response.status_code} {response.reason_phrase}"
                if response.status_code in _RETRIED_STATUS:
                    raise _Transient(status)
                if response.status_code >= 400:
                    raise FetchError(status)
                media_type, charset = _content_type(response.headers.get("content-type", ""))
                if media_type and media_type not in _PAGE_TYPES:
                    raise FetchError(f"{url}: not an HTML or text page ({media_type})")
                declared_size = response.headers.get("content-length", "")
                if declared_size.isdigit() and int(declared_size) > limit:
                    raise FetchError(f"{url}: the page is larger than {limit:,} bytes")
                body = bytearray()
                for chunk in response.iter_bytes():
                    body += chunk
                    if len(body) > limit:
                        raise FetchError(f"{url}: the page is larger than {limit:,} bytes")
                    if time.monotonic() > deadline:
                        raise _Transient(self._too_slow(url))
                final_url = str(response.url)
        except httpx.TooManyRedirects as error:
            raise FetchError(f"{url}: more than {MAX_REDIRECTS} redirects") from error
        except httpx.UnsupportedProtocol as error:
            raise FetchError(f"{url}: only http and https URLs can be fetched") from error
        except httpx.InvalidURL as error:
            raise FetchError(f"{url}: not a valid URL ({error})") from error
        except httpx.TimeoutException as error:
            raise _Transient(self._too_slow(url), error) from error
        except httpx.ConnectError as error:
            raise _Transient(f"{url}: cannot connect ({_reason(error)})", error) from error
        except httpx.TransportError as error:
            message = f"{url}: the connection failed ({_reason(error)})"
            raise _Transient(message, error) from error
        declared = charset or _meta_charset(bytes(body[:4096]))
        text = decode(bytes(body), url, _BROWSER_ALIASES.get(declared or "", declared))
        return {"text": text, "final_url": final_url, "fetched_at": fetched_at.isoformat()}

    def _too_slow(self, url: str) -> str:
        return f"{url}: no whole answer within {self.settings.fetch_timeout:g} s"


def _content_type(header: str) -> tuple[str, str | None]:
    """The media type and charset of a Content-Type header (lower case; '' when absent)."""
    media_type, _, parameters = header.partition(";")
    charset = re.search(r"""charset\s*=\s*["']?([^"';\s]+)""", parameters, re.I)
    return media_type.strip().lower(), charset.group(1).lower() if charset else None


def _meta_charset(head: bytes) -> str | None:
    match = _META_CHARSET.search(head)
    return match.group(1).decode("ascii").lower() if match else None


def _reason(error: httpx.TransportError) -> str:
    """The innermost cause of a transport error, as a person would read it."""
    cause: BaseException = error
    while cause.__cause__ is not None or cause.__context__ is not None:
        cause = cause.__cause__ or cause.__context__  # type: ignore[assignment]
    return str(cause) or type(cause).__name__


def fetch_article(url: str, settings: Settings) -> Article:
    """The article at `url` (see `PageFetcher.article` for what it raises)."""
    with PageFetcher(settings) as fetcher:
        return fetcher.article(url)


__all__ = ["MAX_REDIRECTS", "PageFetcher", "fetch_article"]
