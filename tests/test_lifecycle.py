"""Stopped, killed or crashed: the run says what was and was not briefed, and leaves no
server running. The command line runs in a process of its own with a stand-in for the
embedded model's server (tests/standin_cli.py), signalled and killed as a system would."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from summarizer import Brief

from .conftest import SEED_PATHS, alive, cache_values
from .stub import variants

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="POSIX signals, /proc")

STANDIN_CLI = Path(__file__).resolve().with_name("standin_cli.py")


def gone_soon(pid: int, seconds: float = 10.0) -> bool:
    deadline = time.monotonic() + seconds
    while alive(pid):
        if time.monotonic() > deadline:
            return False
        time.sleep(0.05)
    return True


@dataclass
class Run:
    """A run of the command line in a process of its own."""

    process: subprocess.Popen[str]
    pidfile: Path
    err: Path

    def wait_for(self, text: str, seconds: float = 60.0) -> None:
        deadline = time.monotonic() + seconds
        while text not in self.err.read_text():
            assert self.process.poll() is None, self.err.read_text()
            assert time.monotonic() < deadline, f"no {text!r} in: {self.err.read_text()}"
            time.sleep(0.05)

    @property
    def server_pid(self) -> int:
        return int(self.pidfile.read_text())

    def finish(self, seconds: float = 60.0) -> tuple[int, str]:
        code = self.process.wait(timeout=seconds)
        return code, self.err.read_text()


@pytest.fixture
def start(tmp_path: Path) -> Iterator:
    """Start `summarizer ARGS` on the stand-in server; options of the stand-in by keyword."""
    model = tmp_path / "model.gguf"
    model.write_bytes(b"GGUF" + bytes(16))
    runs: list[Run] = []

    def starter(
        arguments: list[str], settings: dict[str, str] | None = None, **standin: str
    ) -> Run:
        number = len(runs)
        env = {k: v for k, v in os.environ.items() if not k.startswith(("SUMMARIZER_", "STANDIN_"))}
        env.update({f"STANDIN_{key.upper()}": value for key, value in standin.items()})
        env["STANDIN_PIDFILE"] = str(tmp_path / f"server-{number}.pid")
        env["SUMMARIZER_CACHE_DIR"] = str(tmp_path / "cache")
        env.update(settings or {})
        err = tmp_path / f"err-{number}.txt"
        process = subprocess.Popen(
            [sys.executable, str(STANDIN_CLI), *arguments, "--local-model", str(model)],
            env=env, stdout=subprocess.DEVNULL, stderr=err.open("w"), text=True,
        )  # fmt: skip
        runs.append(Run(process, Path(env["STANDIN_PIDFILE"]), err))
        return runs[-1]

    yield starter
    for run in runs:
        if run.process.poll() is None:
            run.process.kill()
            run.process.wait()


ARTICLES = [str(path) for path in SEED_PATHS[:3]]


@pytest.mark.parametrize(("signum", "code"), [(signal.SIGTERM, 143), (signal.SIGHUP, 129)])
def test_a_signal_ends_the_run_as_ctrl_c_does(start, tmp_path, signum, code):
    run = start(["brief", *ARTICLES, "-o", str(tmp_path / "out")], latency="1.0")
    run.wait_for("the embedded model is ready")
    run.process.send_signal(signum)
    exit_code, err = run.finish()
    assert exit_code == code
    assert f"summarizer: stopped by {signal.Signals(signum).name}" in err
    assert "briefed (" in err and "article(s) not briefed:" in err
    assert all(f"  {path}\n" in err for path in ARTICLES[1:])
    assert "Traceback" not in err


def test_a_stopped_run_leaves_no_server_running(start, tmp_path):
    run = start(["brief", *ARTICLES, "-o", str(tmp_path / "out")], latency="1.0")
    run.wait_for("the embedded model is ready")
    run.process.send_signal(signal.SIGTERM)
    run.finish()
    assert not alive(run.server_pid)


def test_a_server_deaf_to_sigterm_is_killed_after_the_grace(start, tmp_path):
    run = start(["brief", *ARTICLES, "-o", str(tmp_path / "out")], latency="1.0", deaf="1")
    run.wait_for("the embedded model is ready")
    run.process.send_signal(signal.SIGTERM)
    exit_code, _ = run.finish()
    assert exit_code == 143
    assert not alive(run.server_pid)


def test_a_second_signal_ends_the_run_at_once_and_kills_the_server(start, tmp_path):
    run = start(["brief", *ARTICLES, "-o", str(tmp_path / "out")], latency="1.0", deaf="1")
    run.wait_for("the embedded model is ready")
    run.process.send_signal(signal.SIGTERM)
    time.sleep(0.5)  # the run is waiting for the deaf server to stop
    run.process.send_signal(signal.SIGTERM)
    exit_code, _ = run.finish()
    assert exit_code == 143
    assert gone_soon(run.server_pid)


def test_a_run_killed_outright_takes_its_server_with_it(start, tmp_path):
    run = start(["brief", *ARTICLES, "-o", str(tmp_path / "out")], latency="1.0", deaf="1")
    run.wait_for("the embedded model is ready")
    run.process.kill()
    run.finish()
    assert gone_soon(run.server_pid)


def test_a_dead_server_is_started_again_once_and_the_batch_goes_on(start, tmp_path):
    out = tmp_path / "out"
    run = start(["brief", *ARTICLES, "-o", str(out)], die_after="3", die_once="1")
    exit_code, err = run.finish()
    assert exit_code == 0, err
    assert (
        err.count("the embedded model stopped (exit code 1) during the run; starting it again") == 1
    )
    assert sorted(path.stem for path in out.glob("*.md")) == [Path(p).stem for p in ARTICLES]


def test_a_server_that_dies_again_fails_only_what_it_was_answering(start, tmp_path):
    out = tmp_path / "out"
    # The stand-in started again dies after as many answers: the restart is not repeated.
    run = start(
        ["brief", *ARTICLES, "-o", str(out)], {"SUMMARIZER_MAX_ATTEMPTS": "1"}, die_after="1"
    )
    exit_code, err = run.finish()
    assert exit_code == 1
    assert err.count("starting it again") == 1 and "Traceback" not in err
    assert "article(s) failed:" in err
    assert "the embedded model stopped again (exit code 1)" in err


def test_the_embedded_model_starts_at_the_first_question(start, tmp_path):
    run = start(["brief", ARTICLES[0], "-o", str(tmp_path / "out")])
    exit_code, err = run.finish()
    assert exit_code == 0, err
    assert "the embedded model is ready" in err and run.pidfile.exists()


def test_a_rerun_that_asks_nothing_never_starts_the_embedded_model(start, tmp_path):
    assert start(["brief", ARTICLES[0], "-o", str(tmp_path / "out")]).finish()[0] == 0
    rerun = start(["brief", ARTICLES[0], "-o", str(tmp_path / "again")])
    exit_code, err = rerun.finish()
    assert exit_code == 0, err
    assert "1 from cache" in err
    assert "the embedded model is ready" not in err and not rerun.pidfile.exists()


def test_a_recording_run_starts_the_embedded_model_before_any_cassette(start, tmp_path):
    cassettes = tmp_path / "cassettes"
    run = start(
        ["brief", ARTICLES[0], "-o", str(tmp_path / "out"), "--record"],
        {"SUMMARIZER_CASSETTES": str(cassettes)},
    )
    exit_code, err = run.finish()
    assert exit_code == 0, err
    (recorded,) = cassettes.glob("*.yaml")
    text = recorded.read_text(encoding="utf-8")
    assert "/chat/completions" in text and "/v1/models" not in text


def write_articles(folder: Path, count: int) -> list[str]:
    """`count` distinct articles (the seeds with a line of their own) as files."""
    folder.mkdir()
    paths = []
    for article in variants(count):
        (folder / article.name).write_text(article.text, encoding="utf-8")
        paths.append(str(folder / article.name))
    return paths


def answered(log: Path) -> list[tuple[str, float, float]]:
    """The stand-ins' log: each answered request's hash, when it came and was answered."""
    rows = [line.split() for line in log.read_text().splitlines()]
    return [(digest, float(came), float(done)) for digest, came, done in rows]


def test_two_runs_sharing_a_cache_and_a_folder_both_finish_and_ask_nothing_twice(start, tmp_path):
    paths, out, log = write_articles(tmp_path / "articles", 8), tmp_path / "out", tmp_path / "log"
    # Over the same articles in opposite orders: they meet in the middle.
    first = start(["brief", *paths, "-o", str(out), "--format", "json"], log=str(log))
    second = start(["brief", *paths[::-1], "-o", str(out), "--format", "json"], log=str(log))
    assert first.finish()[0] == 0 and second.finish()[0] == 0
    assert sorted(path.stem for path in out.iterdir()) == sorted(Path(p).stem for p in paths)
    for path in out.iterdir():
        Brief.model_validate_json(path.read_text())  # whole
    # A request asked twice was asked while the other run's answer had not yet come: once
    # one run has an answer in the cache, the other takes it from there.
    rows = answered(log)
    assert len(rows) < 2 * len({digest for digest, _, _ in rows})  # each did not ask all
    earliest: dict[str, float] = {}
    for digest, came, done in sorted(rows, key=lambda row: row[1]):
        if digest in earliest:
            assert came < earliest[digest] + 1.0, "asked again after the answer was cached"
        else:
            earliest[digest] = done


def wait_for_outputs(run: Run, out: Path, count: int, seconds: float = 60.0) -> None:
    deadline = time.monotonic() + seconds
    while len(list(out.glob("*.json"))) < count:
        assert run.process.poll() is None, run.err.read_text()
        assert time.monotonic() < deadline, run.err.read_text()
        time.sleep(0.02)


def test_a_killed_batch_run_again_briefs_only_what_is_missing(start, tmp_path):
    paths, out = write_articles(tmp_path / "articles", 6), tmp_path / "out"
    command = ["brief", *paths, "-o", str(out), "--format", "json"]
    killed = start(command, log=str(tmp_path / "log-1"), latency="0.5")
    wait_for_outputs(killed, out, 2)
    killed.process.kill()
    killed.finish()
    written = {path.name: path.read_bytes() for path in out.iterdir()}

    code, err = start(command, log=str(tmp_path / "log-2")).finish()
    assert code == 0, err
    assert f"{len(written)} already briefed (kept)" in err
    assert {path.name: path.read_bytes() for path in out.iterdir() if path.name in written} == (
        written
    )  # none written twice
    assert sorted(path.stem for path in out.iterdir()) == sorted(Path(p).stem for p in paths)
    for path in out.iterdir():
        Brief.model_validate_json(path.read_text())  # whole
    first = {digest for digest, _, _ in answered(tmp_path / "log-1")}
    assert not first & {digest for digest, _, _ in answered(tmp_path / "log-2")}
    assert all(json.loads(value) for value in cache_values(tmp_path / "cache"))  # none partial
