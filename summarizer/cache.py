"""The response cache: validated model answers on disk, as JSON, keyed on all that changes them.

diskcache with its JSONDisk: keys and values are JSON, never pickles, so a tampered cache
cannot run code. Only answers that validated are stored; partial or failed results are not.
diskcache uses SQLite with its own locking, so two processes can share one directory.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import zlib
from pathlib import Path
from typing import Any

import diskcache

from summarizer.errors import CacheError


def cache_key(parts: dict[str, Any]) -> str:
    """A stable key for everything that changes an answer (given as a JSON-able mapping)."""
    encoded = json.dumps(parts, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(encoded.encode("utf-8")).hexdigest()


class ResponseCache:
    """Stores JSON documents under string keys in a directory; `None` disables it."""

    def __init__(self, directory: Path | None) -> None:
        self._cache: diskcache.Cache | None = None
        if directory is None:
            return
        try:
            self._cache = diskcache.Cache(
                str(directory / "responses"), disk=diskcache.JSONDisk, disk_compress_level=1
            )
        except (OSError, sqlite3.Error) as error:
            raise CacheError(
                f"cannot open the response cache in {directory}: {error}; "
                "remove the directory or choose another with --cache-dir"
            ) from error

    def get(self, key: str) -> dict[str, Any] | None:
        """The document stored under `key`, or None, also when the entry is unreadable (it is
        then asked for again and overwritten). Raises CacheError when the cache itself
        cannot be read."""
        if self._cache is None:
            return None
        try:
            value = self._cache.get(key)
        except (zlib.error, ValueError):
            return None  # a damaged entry (not zlib, not JSON): a miss, not a failed run
        except (OSError, sqlite3.Error) as error:
            raise CacheError(
                f"cannot read the response cache: {error}; remove the directory or choose "
                "another with --cache-dir"
            ) from error
        return value if isinstance(value, dict) else None

    def set(self, key: str, document: dict[str, Any]) -> None:
        """Store `document` (JSON-able) under `key`."""
        if self._cache is None:
            return
        try:
            self._cache.set(key, document)
        except (OSError, sqlite3.Error) as error:
            raise CacheError(f"cannot write the response cache: {error}") from error

    def close(self) -> None:
        """Release the cache's files."""
        if self._cache is not None:
            self._cache.close()
