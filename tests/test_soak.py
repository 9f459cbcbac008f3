"""Soak: 200 articles through the stub with 20% of the requests meeting a fault, in one run,
and in runs killed outright at random points and started again. Every article is accounted
for, briefed or failed with its cause; none is lost, none is written twice."""

from __future__ import annotations

import os
import random
import re
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest

from summarizer import Brief
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
    # Answers that stay unusable degrade a brief rather than fail it: a run may fail none.
    summary = err[err.index("article(s) failed:") :].splitlines()[1:] if "failed:" in err else []
    causes = dict(re.fullmatch(r"  (\S+)\.txt: (.+)", line).groups() for line in summary)  # type: ignore[union-attr]
    failed = set(causes)
    figures = {
        "articles": ARTICLES, "requests": stub.log.total,
        "faults injected": sum(stub.log.faults.values()), "briefed": len(briefed),
        "degraded": err.count(": degraded: "), "failed": len(failed),
        "lost": len(names - briefed - failed),
    }  # fmt: skip
    with capsys.disabled():
        print(f"\nsoak: {figures}; faults injected by kind: {dict(stub.log.faults)}")
        print(f"soak: failures by cause: {dict(Counter(map(kind_of, causes.values())))}")

    assert code == (1 if failed else 0)
    assert len(written) == len(briefed) and all(name.endswith(".md") for name in written)
    assert set(writes.values()) == {1}
    assert not briefed & failed
    assert briefed | failed == names
    assert all(cause.strip() for cause in causes.values())
    assert figures["faults injected"] >= 0.15 * figures["requests"]
    assert len(summary) == len(failed)


def _cli(arguments: list[str], cache: Path, err: Path) -> subprocess.Popen[bytes]:
    """`summarizer ARGUMENTS` in a process of its own, with no settings from the shell."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SUMMARIZER_", "OPENAI_"))}
    env.update(SUMMARIZER_CACHE_DIR=str(cache), SUMMARIZER_RESPONSE_FORMAT="json_object_schema",
               SUMMARIZER_TIMEOUT="1", SUMMARIZER_MAX_ATTEMPTS="3")  # fmt: skip
    return subprocess.Popen(
        [sys.executable, "-m", "summarizer.cli", *arguments],
        env=env, stdout=subprocess.DEVNULL, stderr=err.open("wb"),
    )  # fmt: skip


@pytest.mark.slow
@pytest.mark.skipif(sys.platform != "linux", reason="SIGKILL")
def test_a_faulty_run_killed_at_random_and_started_again_loses_nothing(stub, tmp_path, capsys):
    folder, out = tmp_path / "articles", tmp_path / "out"
    folder.mkdir()
    for article in variants(ARTICLES):
        (folder / article.name).write_text(article.text, encoding="utf-8")
    stub.faults = at_random(FAULT_RATE, FAULTS, seed=11)
    command = ["brief", *map(str, sorted(folder.iterdir())), "-o", str(out), "--format", "json",
               "--concurrency", "16", *stub_cli_args(stub)]  # fmt: skip
    chance = random.Random(3)
    inodes: dict[str, int] = {}  # each output as first seen: a rewrite would be a new file
    kills = runs = 0
    while True:
        runs += 1
        err = tmp_path / f"err-{runs}.txt"
        process = _cli(command, tmp_path / "cache", err)
        # Killed after a random number of new outputs, in the first runs; then left to end.
        target = len(inodes) + chance.randint(5, 40) if kills < 4 else None
        while process.poll() is None:
            for path in out.glob("*.json"):
                inodes.setdefault(path.name, path.stat().st_ino)
            if target is not None and len(inodes) >= target:
                process.send_signal(signal.SIGKILL)
                process.wait()
                kills += 1
                break
            time.sleep(0.02)
        if process.returncode != -signal.SIGKILL:
            break
    last = err.read_text()
    summary = last[last.index("article(s) failed:") :].splitlines()[1:] if "failed:" in last else []
    failed = {line.split(".txt: ")[0].strip() for line in summary}
    briefed = {path.stem for path in out.glob("*.json")}
    with capsys.disabled():
        print(f"\nkill soak: {runs} runs, {kills} killed, {len(briefed)} briefed, "
              f"{len(failed)} failed, requests {stub.log.total}")  # fmt: skip

    assert kills == 4 and process.returncode in (0, 1)
    assert briefed | failed == {path.stem for path in folder.iterdir()}  # nothing lost
    assert not briefed & failed
    assert all(out.joinpath(name).stat().st_ino == inode for name, inode in inodes.items())
    assert [path.name for path in out.iterdir() if not path.name.endswith(".json")] == []
    for path in out.iterdir():
        Brief.model_validate_json(path.read_text())  # every output whole
