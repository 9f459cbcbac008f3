"""Shared fixtures. Tests run offline: the network is blocked (see pyproject's addopts),
model answers come from the recorded cassettes, and no test touches the user's cache."""

from __future__ import annotations

import html
import sqlite3
import zlib
from collections.abc import Iterator
from pathlib import Path

import pytest

from summarizer import Brief, Settings, summarize
from summarizer.settings import LOCAL_MODEL_NAME

from .stub import StubEndpoint

REPO = Path(__file__).resolve().parent.parent
SEEDS_DIR = REPO / "seeds"
CASSETTES_DIR = REPO / "cassettes"
SEED_PATHS = sorted(SEEDS_DIR.glob("*.txt"))


@pytest.fixture(autouse=True)
def isolated_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """No endpoint or key from the developer's shell, and a cache of the test's own."""
    for name in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "OPENAI_ORG_ID", "OPENAI_PROJECT_ID"):
        monkeypatch.delenv(name, raising=False)
    import os

    for name in list(os.environ):
        if name.startswith("SUMMARIZER_"):
            monkeypatch.delenv(name)
    monkeypatch.setenv("SUMMARIZER_CACHE_DIR", str(tmp_path / "cache"))


@pytest.fixture
def replay_settings(tmp_path: Path) -> Settings:
    """Settings that serve every model call from the committed cassettes."""
    return Settings.load(
        env={}, recording="replay", cassette_dir=CASSETTES_DIR, cache_dir=tmp_path / "cache"
    )


@pytest.fixture(scope="session")
def seed_texts() -> dict[str, str]:
    """The five sample articles, by file name."""
    return {path.name: path.read_text(encoding="utf-8") for path in SEED_PATHS}


@pytest.fixture
def seed_path() -> Path:
    return SEED_PATHS[0]


@pytest.fixture
def stub() -> Iterator[StubEndpoint]:
    """A loopback OpenAI-compatible endpoint that answers with recorded answers; set
    `stub.faults` to inject faults, read `stub.log` for what it saw."""
    with StubEndpoint(hang=3.0) as endpoint:
        yield endpoint


@pytest.fixture
def stub_settings(stub: StubEndpoint, tmp_path: Path) -> Settings:
    """Settings that send every call to the stub, with short timeouts and two attempts."""
    return Settings.load(
        env={}, base_url=stub.base_url, model=LOCAL_MODEL_NAME,
        response_format="json_object_schema", cache_dir=tmp_path / "cache",
        timeout=1.0, max_attempts=2,
    )  # fmt: skip


HOSTILE_PATH = REPO / "tests" / "data" / "hostile_article.txt"


@pytest.fixture
def hostile_brief(replay_settings: Settings) -> Brief:
    """The recorded brief of an article that holds an instruction aimed at the model."""
    return summarize(
        HOSTILE_PATH.read_text(encoding="utf-8"), name=HOSTILE_PATH.name, settings=replay_settings
    )


#: A seed whose text an HTML page of it gives back exactly, so that its cassette replays.
HTML_SEED = SEEDS_DIR / "002_a2b3b58d53712aaf.txt"


@pytest.fixture
def html_page(tmp_path: Path) -> Path:
    """A news page around HTML_SEED's text (navigation, footer), named after that seed."""
    paragraphs = HTML_SEED.read_text(encoding="utf-8").split("\n\n")
    title, body = (
        html.escape(paragraphs[0]),
        "".join(f"<p>{html.escape(paragraph)}</p>" for paragraph in paragraphs[1:]),
    )
    page = tmp_path / "page" / f"{HTML_SEED.stem}.html"
    page.parent.mkdir()
    page.write_text(
        f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{title} | The Daily</title>"
        "</head><body><nav><a href='/'>Home</a> <a href='/world'>World</a></nav>"
        f"<article><h1>{title}</h1>{body}</article><footer>Copyright 2026 The Daily. All "
        "rights reserved. <a href='/privacy'>Privacy</a></footer></body></html>",
        encoding="utf-8",
    )
    return page


def stub_cli_args(stub: StubEndpoint) -> list[str]:
    """The options that point the command line at the stub."""
    return ["--base-url", stub.base_url, "--model", LOCAL_MODEL_NAME]


@pytest.fixture
def stub_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """What the command line needs in the environment to talk to the stub quickly."""
    monkeypatch.setenv("SUMMARIZER_RESPONSE_FORMAT", "json_object_schema")
    monkeypatch.setenv("SUMMARIZER_TIMEOUT", "1")
    monkeypatch.setenv("SUMMARIZER_MAX_ATTEMPTS", "2")


def cache_values(directory: Path) -> list[bytes]:
    """Every value stored in a response cache directory, decompressed: the database's rows
    and the files diskcache keeps large values in."""
    values = []
    with sqlite3.connect(directory / "responses" / "cache.db") as db:
        rows = list(db.execute("SELECT value, filename FROM Cache"))
    for value, filename in rows:
        data = (directory / "responses" / filename).read_bytes() if filename else value
        values.append(zlib.decompress(data) if isinstance(data, bytes) else str(data).encode())
    return values
