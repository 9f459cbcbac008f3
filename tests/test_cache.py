"""The response cache: text only, never pickles, keyed on everything that changes an answer, shared safely
between processes, and a damaged one is reported or skipped, never trusted."""

from __future__ import annotations

import json
import os
import pickle
import sqlite3
import subprocess
import sys

import pytest

from summarizer import Brief, summarize
from summarizer.cache import FOLDER, ResponseCache, cache_key
from summarizer.cli import main

from .conftest import SEED_PATHS, cache_values, calls_for, stub_cli_args
from .stub import for_step


def test_key_is_stable_for_equal_parts():
    assert cache_key({"a": 1, "b": [1, 2]}) == cache_key({"b": [1, 2], "a": 1})


def test_key_changes_with_any_part():
    base = {"endpoint": "e", "model": "m", "prompt": 1, "article": "text", "temperature": 0}
    keys = {cache_key(base)} | {cache_key({**base, name: "other"}) for name in base}
    assert len(keys) == len(base) + 1


def test_a_stored_text_comes_back(tmp_path):
    cache = ResponseCache(tmp_path)
    cache.set("k", '{"title": "T"}')
    assert cache.get("k") == '{"title": "T"}'


def test_values_are_stored_as_text_never_pickled(tmp_path):
    cache = ResponseCache(tmp_path)
    cache.set("k", "[1, 2]")
    cache.close()
    with sqlite3.connect(tmp_path / FOLDER / "cache.db") as db:
        modes = {row[0] for row in db.execute("SELECT mode FROM Cache")}
    # diskcache's modes: 1 raw, 2 binary, 3 text, 4 pickle.
    assert modes == {1}


def test_anything_but_text_is_refused_rather_than_pickled(tmp_path):
    cache = ResponseCache(tmp_path)
    with pytest.raises(TypeError):
        cache.set("k", {"answer": 1})  # type: ignore[arg-type]


def test_an_entry_claiming_to_be_a_pickle_is_never_unpickled(tmp_path):
    cache = ResponseCache(tmp_path)
    cache.set("k", "{}")
    cache.close()
    with sqlite3.connect(tmp_path / FOLDER / "cache.db") as db:
        db.execute("UPDATE Cache SET mode = 4, value = ?", (pickle.dumps("tampered"),))
    assert ResponseCache(tmp_path).get("k") is None


def test_a_disabled_cache_stores_nothing():
    cache = ResponseCache(None)
    cache.set("k", "{}")
    assert cache.get("k") is None


def test_a_run_stores_its_answers_as_json_never_as_pickles(stub_settings, tmp_path):
    seed = SEED_PATHS[0].read_text(encoding="utf-8")
    summarize(seed, name="a.txt", settings=stub_settings)
    values = cache_values(stub_settings.cache_dir)
    assert len(values) == calls_for(seed)
    assert all(isinstance(json.loads(value), dict) for value in values)
    with sqlite3.connect(stub_settings.cache_dir / FOLDER / "cache.db") as db:
        assert {row[0] for row in db.execute("SELECT mode FROM Cache")} & {4} == set()


def test_a_damaged_entry_is_a_miss(tmp_path):
    cache = ResponseCache(tmp_path)
    cache.set("k", '{"answer": 1}')
    cache.close()
    with sqlite3.connect(tmp_path / FOLDER / "cache.db") as db:
        db.execute("UPDATE Cache SET value = ?", (b"\x80\x04not zlib, not json",))
    assert ResponseCache(tmp_path).get("k") is None


def test_a_corrupt_cache_is_one_clear_line_and_exit_1(stub, stub_environment, capsys, tmp_path):
    database = tmp_path / "cache" / FOLDER / "cache.db"
    database.parent.mkdir(parents=True)
    database.write_bytes(b"this is not an SQLite database " * 64)
    code = main(["brief", str(SEED_PATHS[0]), "-o", str(tmp_path / "out"),
                 "--cache-dir", str(tmp_path / "cache"), *stub_cli_args(stub)])  # fmt: skip
    err = capsys.readouterr().err
    assert code == 1
    assert "cannot open the response cache" in err and "remove the directory" in err
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1


def test_two_processes_briefing_the_same_articles_at_once_both_succeed(stub, tmp_path):
    environment = {**os.environ, "SUMMARIZER_RESPONSE_FORMAT": "json_object_schema",
                   "SUMMARIZER_CACHE_DIR": str(tmp_path / "cache")}  # fmt: skip
    runs = [
        subprocess.Popen(
            [
                sys.executable,
                "-m",
                "summarizer.cli",
                "brief",
                *map(str, SEED_PATHS),
                "--format",
                "json",
                "-o",
                str(tmp_path / f"out{n}"),
                *stub_cli_args(stub),
            ],
            env=environment,
            stderr=subprocess.PIPE,
            text=True,
        )
        for n in range(2)
    ]
    errors = [run.communicate(timeout=120)[1] for run in runs]
    assert [run.returncode for run in runs] == [0, 0], errors
    first, second = (sorted((tmp_path / f"out{n}").iterdir()) for n in range(2))
    assert (
        [p.name for p in first]
        == [p.name for p in second]
        == [f"{p.stem}.json" for p in SEED_PATHS]
    )
    for mine, theirs in zip(first, second, strict=True):
        assert Brief.model_validate_json(mine.read_text()).claims == (
            Brief.model_validate_json(theirs.read_text()).claims
        )


# --- whole briefs: a rerun of an unchanged article costs nothing ---------------------------


def _refuse_to_parse(monkeypatch):
    def parse(self):
        raise AssertionError("the article was parsed again")

    monkeypatch.setattr("summarizer.brief.analysis.Analysis.prepare", parse)


def test_a_rerun_of_an_unchanged_article_neither_parses_nor_asks(stub, stub_settings, monkeypatch):
    seed = SEED_PATHS[0].read_text(encoding="utf-8")
    first = summarize(seed, name="a.txt", settings=stub_settings)
    stub.log.reset()
    _refuse_to_parse(monkeypatch)
    again = summarize(seed, name="a.txt", settings=stub_settings)
    assert stub.log.total == 0
    assert again.model_dump(exclude={"provenance"}) == first.model_dump(exclude={"provenance"})
    assert again.provenance.usage.calls == 0
    assert again.provenance.cache_hits == calls_for(seed)


def test_a_kept_brief_is_given_the_name_it_is_asked_under(stub, stub_settings):
    seed = SEED_PATHS[0].read_text(encoding="utf-8")
    summarize(seed, name="a.txt", settings=stub_settings)
    assert summarize(seed, name="b.txt", settings=stub_settings).provenance.source == "b.txt"


def test_a_setting_that_changes_the_brief_makes_it_again(stub, stub_settings):
    seed = SEED_PATHS[0].read_text(encoding="utf-8")
    summarize(seed, name="a.txt", settings=stub_settings)
    stub.log.reset()
    summarize(seed, name="a.txt", settings=stub_settings.with_changes(max_tokens=512))
    assert stub.log.total > 0


def test_a_degraded_brief_is_not_kept(stub, stub_settings):
    seed = SEED_PATHS[0].read_text(encoding="utf-8")
    stub.faults = for_step("FiguresAnswer", "invalid")
    assert summarize(seed, name="a.txt", settings=stub_settings).provenance.degraded
    stub.faults = None
    stub.log.reset()
    assert not summarize(seed, name="a.txt", settings=stub_settings).provenance.degraded
    assert stub.log.requests["FiguresAnswer"] == 1


def test_no_cache_makes_every_brief_again(stub, stub_settings):
    seed = SEED_PATHS[0].read_text(encoding="utf-8")
    settings = stub_settings.with_changes(use_cache=False)
    summarize(seed, name="a.txt", settings=settings)
    stub.log.reset()
    summarize(seed, name="a.txt", settings=settings)
    assert stub.log.total == calls_for(seed)
