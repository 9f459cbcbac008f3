"""The response cache: validated model answers, whole briefs and fetched pages on disk, as
JSON text, keyed on all that changes them. It stands outside the layers that use it (the
model layer's session, the page fetcher), so that neither has to import the other.

diskcache keeps them in SQLite, with its own locking, so two processes can share one
directory. Keys and values are text, stored as they are: never pickled, and an entry that
claims to be a pickle (only a tampered database holds one) is not read, so a cache cannot
be made to run code. Only answers that validated are stored; partial or failed results
are not.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from pathlib import Path
from typing import Any

import diskcache
from diskcache.core import MODE_PICKLE, UNKNOWN

from summarizer.errors import CacheError

#: The cache's folder under the cache directory ("responses" held an earlier format).
FOLDER = "answers"
#: The folder of whole results made from answers (briefs), looked up before any question.
RESULTS_FOLDER = "results"


def cache_key(parts: dict[str, Any]) -> str:
    """A stable key for everything that changes an answer (given as a JSON-able mapping)."""
    encoded = json.dumps(parts, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(encoded.encode("utf-8")).hexdigest()


class _TextDisk(diskcache.Disk):  # type: ignore[misc]
    """diskcache's storage for text only. (Its JSONDisk compressed every key of every
    lookup and every value with zlib, and cost a set about 3 times and a get about 10
    times as much.)"""

    def put(self, key: Any) -> Any:
        if not isinstance(key, str):
            raise TypeError("response cache keys are text")
        return super().put(key)

    def get(self, key: Any, raw: bool) -> Any:
        if not raw:
            raise ValueError("a response cache key that is not text")
        return super().get(key, raw)

    def store(self, value: Any, read: bool, key: Any = UNKNOWN) -> Any:
        if read or not isinstance(value, str):
            raise TypeError("response cache values are text")
        return super().store(value, read, key=key)

    def fetch(self, mode: int, filename: str | None, value: Any, read: bool) -> Any:
        if mode == MODE_PICKLE:
            raise ValueError("a response cache entry that is a pickle")
        return super().fetch(mode, filename, value, read)


class ResponseCache:
    """Stores text under string keys in `folder` of a directory; `None` disables it."""

    def __init__(self, directory: Path | None, folder: str = FOLDER) -> None:
        self._cache: diskcache.Cache | None = None
        if directory is None:
            return
        try:
            # diskcache's defaults map up to 64 MB of the database into memory and keep a
            # 32 MB page cache, so a long batch's memory grew with its cache (6 KB an
            # article); each answer is written once and read by its key, which 4 MB serve.
            self._cache = diskcache.Cache(
                str(directory / folder),
                disk=_TextDisk,
                sqlite_mmap_size=0,
                sqlite_cache_size=1024,
            )
        except (OSError, sqlite3.Error) as error:
            raise CacheError(
                f"cannot open the response cache in {directory}: {error}; "
                "remove the directory or choose another with --cache-dir"
            ) from error

    def get(self, key: str) -> str | None:
        """The text stored under `key`, or None, also when the entry is unreadable (it is
        then asked for again and overwritten). Raises CacheError when the cache itself
        cannot be read."""
        if self._cache is None:
            return None
        try:
            value = self._cache.get(key)
        except ValueError:
            return None  # a damaged or tampered entry: a miss, not a failed run
        except (OSError, sqlite3.Error) as error:
            raise CacheError(
                f"cannot read the response cache: {error}; remove the directory or choose "
                "another with --cache-dir"
            ) from error
        return value if isinstance(value, str) else None

    def set(self, key: str, text: str) -> None:
        """Store `text` under `key`."""
        if self._cache is None:
            return
        try:
            self._cache.set(key, text)
        except (OSError, sqlite3.Error) as error:
            raise CacheError(f"cannot write the response cache: {error}") from error

    def close(self) -> None:
        """Release the cache's files."""
        if self._cache is not None:
            self._cache.close()
