"""A brief without a model (`--rules-only`): our code's rules alone, on every core, with no
endpoint opened, saying plainly what it is."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from summarizer import Article, Brief, summarize, summarize_many, to_html
from summarizer.brief.briefing import decided_brief
from summarizer.cli import main

from .conftest import SEED_PATHS, alive


@pytest.fixture
def no_endpoint(monkeypatch):
    """Opening any endpoint (the embedded model included) fails the test."""

    def refuse(*args, **kwargs):
        raise AssertionError("an endpoint was opened")

    monkeypatch.setattr("summarizer.model.session.resolve_endpoint", refuse)
    monkeypatch.setattr("summarizer.model.endpoint.model_name", refuse)


def _seed(n: int) -> Article:
    return Article.from_text(SEED_PATHS[n].read_text(encoding="utf-8"), SEED_PATHS[n].name)


def test_a_rules_only_brief_is_what_the_rules_decide(no_endpoint):
    article = _seed(0)
    brief = summarize(article, rules_only=True)
    assert brief == decided_brief(article)
    assert brief.claims and brief.summary
    assert (brief.provenance.endpoint, brief.provenance.usage.calls) == ("rules", 0)


def test_rules_only_briefs_are_the_same_on_one_core_or_two(no_endpoint, worker_processes):
    articles = [_seed(n) for n in range(3)]
    alone = summarize_many(articles, rules_only=True, parse_processes=1)
    pooled = summarize_many(articles, rules_only=True, parse_processes=2)
    assert [r.brief for r in pooled] == [r.brief for r in alone]
    assert all(r.brief is not None for r in pooled)


def test_the_command_line_briefs_without_a_model_and_says_so(no_endpoint, tmp_path, capsys):
    out = tmp_path / "out"
    code = main(["brief", *map(str, SEED_PATHS[:2]), "--rules-only", "-o", str(out)])
    assert code == 0, capsys.readouterr().err
    markdown = (out / f"{SEED_PATHS[0].stem}.md").read_text(encoding="utf-8")
    assert "no model was asked" in markdown
    assert "2 briefed" in capsys.readouterr().err


def test_a_rules_only_review_page_says_no_model_was_asked(no_endpoint):
    article = _seed(0)
    assert "no model was asked" in to_html(summarize(article, rules_only=True), article.text)


def test_a_rules_only_batch_goes_on_past_an_article_it_cannot_read(no_endpoint, tmp_path, capsys):
    empty = tmp_path / "empty.txt"
    empty.write_text("   \n")
    out = tmp_path / "briefs.jsonl"
    args = ["brief", str(SEED_PATHS[0]), str(empty), "--rules-only", "--format", "jsonl"]
    code = main([*args, "-o", str(out)])
    assert code == 1
    lines = out.read_text(encoding="utf-8").splitlines()
    assert [Brief.model_validate(json.loads(line)).provenance.source for line in lines] == [
        SEED_PATHS[0].name
    ]
    assert "empty.txt" in capsys.readouterr().err


def _children(pid: int) -> list[int]:
    path = Path(f"/proc/{pid}/task/{pid}/children")
    return [int(child) for child in path.read_text().split()] if path.exists() else []


@pytest.mark.slow
@pytest.mark.skipif(sys.platform != "linux", reason="SIGKILL, /proc")
def test_parse_workers_end_with_a_run_killed_outright(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    for n in range(60):
        seed = SEED_PATHS[n % len(SEED_PATHS)]
        (folder / f"{n:02d}-{seed.name}").write_text(seed.read_text(encoding="utf-8"))
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SUMMARIZER_", "OPENAI_"))}
    env.update(SUMMARIZER_PARSE_PROCESSES="2", SUMMARIZER_CACHE_DIR=str(tmp_path / "cache"))
    run = subprocess.Popen(
        [sys.executable, "-m", "summarizer.cli", "brief", *map(str, sorted(folder.iterdir())),
         "--rules-only", "-o", str(tmp_path / "out")],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    deadline = time.monotonic() + 60
    while not list((tmp_path / "out").glob("*.md")) and time.monotonic() < deadline:
        time.sleep(0.1)
    workers = _children(run.pid)
    assert len(workers) >= 2  # the two workers (and multiprocessing's resource tracker)
    run.kill()
    run.wait()
    deadline = time.monotonic() + 10
    while any(alive(pid) for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not [pid for pid in workers if alive(pid)]
