"""Soak: 200 articles through the stub with 20% of the requests meeting a fault. Every article
is accounted for, briefed or failed with its cause; none is lost, none is written twice."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from summarizer.cli import main
from summarizer.output import files

from .conftest import stub_cli_args
from .stub import FAULTS, at_random, variants

ARTICLES = 200
FAULT_RATE = 0.2
CAUSES = ("refused", "cut off", "HTTP 429", "HTTP 500", "timed out", "cannot reach",
          "not a JSON", "no valid answer")  # fmt: skip


def kind_of(cause: str) -> str:
    return next((kind for kind in CAUSES if kind in cause), cause)


@pytest.mark.slow
def test_every_article_of_a_faulty_run_is_briefed_or_failed_with_its_cause(
    stub, stub_environment, monkeypatch, capsys, tmp_path
):
    writes: Counter[str] = Counter()
    write = files.write_atomically
    monkeypatch.setattr(
        files,
        "write_atomically",
        lambda path, text: (writes.update([path.name]), write(path, text)),
    )
    monkeypatch.setenv("SUMMARIZER_MAX_ATTEMPTS", "3")
    folder, out = tmp_path / "articles", tmp_path / "out"
    folder.mkdir()
    for article in variants(ARTICLES):
        (folder / article.name).write_text(article.text, encoding="utf-8")
    stub.faults = at_random(FAULT_RATE, FAULTS, seed=7)

    code = main(
        ["brief", *map(str, sorted(folder.iterdir())), "-o", str(out), "--concurrency", "16",
         *stub_cli_args(stub)]
    )  # fmt: skip
    err = capsys.readouterr().err

    names = {path.stem for path in folder.iterdir()}
    written = [path.name for path in out.iterdir()]
    briefed = {name.removesuffix(".md") for name in written}
    summary = err[err.index("article(s) failed:") :].splitlines()[1:]
    causes = dict(re.fullmatch(r"  (\S+)\.txt: (.+)", line).groups() for line in summary)  # type: ignore[union-attr]
    failed = set(causes)
    figures = {
        "articles": ARTICLES, "requests": stub.log.total,
        "faults injected": sum(stub.log.faults.values()), "briefed": len(briefed),
        "failed": len(failed), "lost": len(names - briefed - failed),
    }  # fmt: skip
    with capsys.disabled():
        print(f"\nsoak: {figures}; faults injected by kind: {dict(stub.log.faults)}")
        print(f"soak: failures by cause: {dict(Counter(map(kind_of, causes.values())))}")

    assert code == 1
    assert len(written) == len(briefed) and all(name.endswith(".md") for name in written)
    assert set(writes.values()) == {1}
    assert not briefed & failed
    assert briefed | failed == names
    assert all(cause.strip() for cause in causes.values())
    assert figures["faults injected"] >= 0.15 * figures["requests"]
    assert len(summary) == len(failed)
