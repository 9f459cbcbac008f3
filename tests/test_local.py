"""The embedded model: verified atomic assembly, user models, a server that is always stopped."""

from __future__ import annotations

import sys
import time
from pathlib import Path

import pytest

from summarizer import LocalModelError, Settings
from summarizer.model import local
from summarizer.model.local import assemble, check_user_model, serve

from .conftest import alive, model_parts


@pytest.fixture
def parts(tmp_path: Path) -> tuple[list[Path], str]:
    """Three small chunk files and the SHA-256 of their concatenation."""
    return model_parts(tmp_path / "parts", [b"GGUF" + b"a" * 1000, b"b" * 2000, b"c" * 500])


def test_assembly_concatenates_the_parts_and_verifies_the_hash(parts, tmp_path):
    paths, digest = parts
    model = assemble(paths, tmp_path / "model.gguf", digest)
    assert model.verified and model.size == 3504
    assert local.file_sha256(model.path) == digest


def test_a_verified_file_is_reused_without_reading_the_parts(parts, tmp_path):
    paths, digest = parts
    target = tmp_path / "model.gguf"
    assemble(paths, target, digest)
    for path in paths:
        path.unlink()  # reuse must not need them
    assert assemble(paths, target, digest).path == target


def test_a_truncated_model_file_is_detected_and_rebuilt(parts, tmp_path):
    paths, digest = parts
    target = tmp_path / "model.gguf"
    assemble(paths, target, digest)
    target.write_bytes(target.read_bytes()[:100])
    assemble(paths, target, digest)
    assert local.file_sha256(target) == digest


def test_a_corrupted_model_file_is_detected_and_rebuilt(parts, tmp_path):
    paths, digest = parts
    target = tmp_path / "model.gguf"
    assemble(paths, target, digest)
    data = bytearray(target.read_bytes())
    data[10] ^= 0xFF
    target.write_bytes(bytes(data))
    assemble(paths, target, digest)
    assert local.file_sha256(target) == digest


def test_wrong_parts_raise_and_leave_no_file_that_looks_complete(parts, tmp_path):
    paths, _ = parts
    target = tmp_path / "model.gguf"
    with pytest.raises(LocalModelError, match="SHA-256"):
        assemble(paths, target, "0" * 64)
    assert not target.exists()
    assert list(tmp_path.glob(".assembling-*")) == []


def test_a_missing_user_model_is_a_clear_error(tmp_path):
    with pytest.raises(LocalModelError, match="cannot read model file"):
        check_user_model(tmp_path / "nope.gguf")


def test_a_user_file_that_is_not_gguf_is_rejected(tmp_path):
    path = tmp_path / "model.gguf"
    path.write_bytes(b"not a model")
    with pytest.raises(LocalModelError, match="not a GGUF"):
        check_user_model(path)


def test_a_user_model_replaces_the_bundled_one(tmp_path):
    path = tmp_path / "mine.gguf"
    path.write_bytes(b"GGUF....")
    model = local.ensure_model(Settings.load(env={}, local_model_path=path))
    assert (model.path, model.bundled) == (path, False)


def test_a_server_that_fails_to_start_raises_with_its_log(tmp_path):
    command = [
        sys.executable,
        "-c",
        "import sys; print('model load failed: bad magic'); sys.exit(3)",
    ]
    with pytest.raises(LocalModelError, match="(?s)exited with code 3.*bad magic"):
        with serve(command, local.free_port(), tmp_path / "server.log", start_timeout=20):
            pass


def test_a_server_that_never_answers_times_out_and_is_stopped(tmp_path):
    command = [sys.executable, "-c", "import time; time.sleep(60)"]
    started = time.monotonic()
    with pytest.raises(LocalModelError, match="did not answer within 1 s"):
        with serve(command, local.free_port(), tmp_path / "server.log", start_timeout=1):
            pass
    assert time.monotonic() - started < 15


FAKE_SERVER = """
import http.server, sys
class Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        self.send_response(200); self.end_headers(); self.wfile.write(b'{"data": []}')
    def log_message(self, *args):
        pass
http.server.HTTPServer(("127.0.0.1", int(sys.argv[1])), Handler).serve_forever()
"""


@pytest.mark.skipif(sys.platform != "linux", reason="reads /proc")
def test_the_server_process_is_gone_after_the_block(tmp_path, monkeypatch):
    started = []
    real_popen = local.subprocess.Popen

    def recording_popen(*args, **kwargs):
        process = real_popen(*args, **kwargs)
        started.append(process)
        return process

    monkeypatch.setattr(local.subprocess, "Popen", recording_popen)
    port = local.free_port()
    with serve(
        [sys.executable, "-c", FAKE_SERVER, str(port)], port, tmp_path / "log", 20
    ) as server:
        assert server.base_url == f"http://127.0.0.1:{port}/v1"
        assert alive(started[0].pid)
    assert not alive(started[0].pid)


@pytest.mark.skipif(sys.platform != "linux", reason="reads /proc")
def test_the_server_process_is_stopped_when_the_block_raises(tmp_path, monkeypatch):
    started = []
    real_popen = local.subprocess.Popen
    monkeypatch.setattr(
        local.subprocess, "Popen",
        lambda *a, **k: started.append(real_popen(*a, **k)) or started[-1],
    )  # fmt: skip
    port = local.free_port()
    with pytest.raises(KeyboardInterrupt):
        with serve([sys.executable, "-c", FAKE_SERVER, str(port)], port, tmp_path / "log", 20):
            raise KeyboardInterrupt
    assert not alive(started[0].pid)


def test_the_server_generates_on_every_core_unless_told_otherwise(tmp_path):
    import os

    from summarizer.model.local import ModelFile, server_command

    model = ModelFile(tmp_path / "m.gguf", size=0, sha256=None, verified=False, bundled=False)
    default = server_command(model, 8080, Settings.load(env={}))
    assert default[default.index("--n_threads") + 1] == str(os.cpu_count())
    chosen = server_command(model, 8080, Settings.load(env={"SUMMARIZER_LOCAL_THREADS": "1"}))
    assert chosen[chosen.index("--n_threads") + 1] == "1"
