"""A full disk while writing an output or the cache: that article fails with the cause, the
others go on, and nothing half-written is left (ENOSPC injected at the write)."""

from __future__ import annotations

import errno
import io
import os
import sqlite3
from pathlib import Path

import diskcache
import pytest

from summarizer.cli import main
from summarizer.output import files

from .conftest import CASSETTES_DIR, SEED_PATHS, stub_cli_args

ARTICLES = [str(path) for path in SEED_PATHS[:3]]
FULL = SEED_PATHS[1]


class FullDisk(io.TextIOWrapper):
    def write(self, text: str) -> int:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


@pytest.fixture
def full_for_one_output(monkeypatch):
    """Writing the output of FULL runs out of space; the other outputs are written."""
    real = os.fdopen

    def fdopen(fd: int, *args, **kwargs):
        stream = real(fd, *args, **kwargs)
        if Path(f"/proc/self/fd/{fd}").readlink().name.startswith(f".{FULL.stem}."):
            return FullDisk(stream.buffer, encoding="utf-8")
        return stream

    monkeypatch.setattr(files.os, "fdopen", fdopen)


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="reads /proc/self/fd")
def test_an_output_that_fills_the_disk_fails_alone_and_leaves_nothing(
    full_for_one_output, tmp_path, capsys
):
    out = tmp_path / "out"
    code = main(["brief", *ARTICLES, "-o", str(out), "--replay", "--cassettes", str(CASSETTES_DIR)])
    err = capsys.readouterr().err
    assert code == 1
    assert f"{FULL.name}: cannot write {out / FULL.stem}.md: No space left on device" in err
    assert sorted(path.name for path in out.iterdir()) == sorted(
        f"{Path(p).stem}.md" for p in ARTICLES if Path(p) != FULL
    )  # no temporary file left behind
    assert "Traceback" not in err


def test_a_cache_that_fills_the_disk_fails_that_article_and_the_others_go_on(
    stub, stub_environment, monkeypatch, tmp_path, capsys
):
    real = diskcache.Cache.set
    writes = []

    def set_once_full(self, key, value, *args, **kwargs):
        writes.append(key)
        if len(writes) == 1:
            raise sqlite3.OperationalError("database or disk is full")
        return real(self, key, value, *args, **kwargs)

    monkeypatch.setattr(diskcache.Cache, "set", set_once_full)
    out = tmp_path / "out"
    code = main(["brief", *ARTICLES, "-o", str(out), *stub_cli_args(stub)])
    err = capsys.readouterr().err
    assert code == 1
    assert "cannot write the response cache: database or disk is full" in err
    assert "1 of 3 article(s) failed:" in err and "Traceback" not in err
    assert len(list(out.iterdir())) == 2
