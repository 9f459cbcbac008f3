"""A brief without a model (`--rules-only`): our code's rules alone, on every core, with no
endpoint opened, saying plainly what it is."""

from __future__ import annotations

import json

import pytest

from summarizer import Article, Brief, summarize, summarize_many
from summarizer.brief.briefing import decided_brief
from summarizer.cli import main

from .conftest import SEED_PATHS


@pytest.fixture
def no_endpoint(monkeypatch):
    """Opening any endpoint (the embedded model included) fails the test."""

    def refuse(*args, **kwargs):
        raise AssertionError("an endpoint was opened")

    monkeypatch.setattr("summarizer.model.session.open_endpoint", refuse)
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
