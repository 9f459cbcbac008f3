"""Live: the embedded model really starts and really answers. Run with `pytest -m live`."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx2
import openai
import pytest
import yaml

from summarizer import Settings
from summarizer.model import local
from summarizer.model.endpoint import open_endpoint

pytestmark = pytest.mark.live

CASSETTES = Path(__file__).resolve().parent.parent / "cassettes"


@pytest.mark.skipif(not local.runtime_installed(), reason="needs the 'local' extra")
def test_the_embedded_model_starts_and_completes(tmp_path):
    settings = Settings.load(env={}, local_context=2048)
    with open_endpoint(settings) as endpoint:
        assert endpoint.kind == "local"
        client = openai.OpenAI(base_url=endpoint.base_url, api_key=endpoint.api_key)
        reply = client.chat.completions.create(
            model=endpoint.model,
            messages=[{"role": "user", "content": "Reply with the single word: ready"}],
            max_tokens=8,
            temperature=0,
        )
    assert reply.choices[0].message.content.strip()
    assert reply.usage is not None and reply.usage.completion_tokens > 0


@pytest.mark.skipif(not local.runtime_installed(), reason="needs the 'local' extra")
def test_the_embedded_server_gives_the_recorded_answer_to_a_recorded_request():
    # The server samples grammar-first (summarizer.model.local_server); the cassettes were
    # recorded from llama-cpp-python's own sampler: the same request gets the same answer.
    recorded = yaml.safe_load((CASSETTES / "000_44cd55eeee1eb2d9.yaml").read_text())
    interaction = recorded["interactions"][0]
    request = json.loads(interaction["request"]["body"])
    answer = json.loads(interaction["response"]["body"]["string"])
    with open_endpoint(Settings.load(env={})) as endpoint:
        reply = httpx2.post(
            f"{endpoint.base_url}/chat/completions", json=request, timeout=300
        ).json()
    assert reply["choices"][0]["message"] == answer["choices"][0]["message"]


@pytest.mark.skipif(not local.runtime_installed(), reason="needs the 'local' extra")
@pytest.mark.skipif(sys.platform != "linux", reason="POSIX signals, /proc")
def test_sigterm_stops_a_real_run_and_leaves_no_server(tmp_path):
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SUMMARIZER_", "OPENAI_"))}
    seeds = sorted(str(path) for path in (CASSETTES.parent / "seeds").glob("*.txt"))
    err = tmp_path / "err.txt"
    run = subprocess.Popen(
        [sys.executable, "-m", "summarizer.cli", "brief", *seeds, "-o", str(tmp_path / "out"),
         "--no-cache"],
        env=env, stdout=subprocess.DEVNULL, stderr=err.open("w"),
    )  # fmt: skip
    deadline = time.monotonic() + 300
    while "the embedded model is ready" not in err.read_text():
        assert run.poll() is None and time.monotonic() < deadline, err.read_text()
        time.sleep(0.2)
    time.sleep(5)  # in the middle of a generation
    (server,) = [pid for pid in _children(run.pid) if b"local_server.py" in _cmdline(pid)]
    run.send_signal(signal.SIGTERM)
    assert run.wait(timeout=60) == 143
    text = err.read_text()
    assert "stopped by SIGTERM" in text and "article(s) not briefed:" in text
    assert not Path(f"/proc/{server}").exists()


def _cmdline(pid: int) -> bytes:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return b""


def _children(pid: int) -> list[int]:
    children = []
    for status in Path("/proc").glob("[0-9]*/status"):
        try:
            text = status.read_text()
        except OSError:
            continue
        if f"\nPPid:\t{pid}\n" in text:
            children.append(int(status.parent.name))
    return children
