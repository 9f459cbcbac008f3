"""The response cache: JSON only, keyed on everything that changes an answer."""

from __future__ import annotations

import sqlite3

from summarizer.cache import ResponseCache, cache_key


def test_key_is_stable_for_equal_parts():
    assert cache_key({"a": 1, "b": [1, 2]}) == cache_key({"b": [1, 2], "a": 1})


def test_key_changes_with_any_part():
    base = {"endpoint": "e", "model": "m", "prompt": 1, "article": "text", "temperature": 0}
    keys = {cache_key(base)} | {cache_key({**base, name: "other"}) for name in base}
    assert len(keys) == len(base) + 1


def test_a_stored_document_comes_back(tmp_path):
    cache = ResponseCache(tmp_path)
    cache.set("k", {"answer": {"title": "T"}})
    assert cache.get("k") == {"answer": {"title": "T"}}


def test_values_are_stored_as_json_never_pickled(tmp_path):
    cache = ResponseCache(tmp_path)
    cache.set("k", {"answer": [1, 2]})
    cache.close()
    with sqlite3.connect(tmp_path / "responses" / "cache.db") as db:
        modes = {row[0] for row in db.execute("SELECT mode FROM Cache")}
    # diskcache's modes: 1 raw, 2 binary, 3 text, 4 pickle; JSONDisk stores JSON as binary.
    assert 4 not in modes


def test_a_disabled_cache_stores_nothing():
    cache = ResponseCache(None)
    cache.set("k", {"x": 1})
    assert cache.get("k") is None
