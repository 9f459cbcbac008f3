"""Shared fixtures. Tests run offline: the network is blocked (see pyproject's addopts),
model answers come from the recorded cassettes, and no test touches the user's cache."""

from __future__ import annotations

import hashlib
import html
import socket
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from summarizer import (
    Brief,
    Dossier,
    FigureConflict,
    FigureReport,
    Link,
    Settings,
    Source,
    Statement,
    Usage,
    locate,
    summarize,
)
from summarizer.brief.analysis import Analysis
from summarizer.brief.steps import steps_for
from summarizer.cache import FOLDER
from summarizer.settings import LOCAL_MODEL_NAME

from .pages import PageServer
from .stub import StubEndpoint

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Page

REPO = Path(__file__).resolve().parent.parent
SEEDS_DIR = REPO / "seeds"
CASSETTES_DIR = REPO / "cassettes"
SEED_PATHS = sorted(SEEDS_DIR.glob("*.txt"))


def alive(pid: int) -> bool:
    """Whether process `pid` runs (a zombie, ended but not yet reaped, does not)."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except FileNotFoundError:
        return False
    return "State:\tZ" not in status


def model_parts(folder: Path, chunks: list[bytes]) -> tuple[list[Path], str]:
    """Chunk files of a stand-in model in `folder`, and the SHA-256 of their concatenation."""
    folder.mkdir(exist_ok=True)
    paths = []
    for number, data in enumerate(chunks, 1):
        path = folder / f"part{number:02d}.bin"
        path.write_bytes(data)
        paths.append(path)
    return paths, hashlib.sha256(b"".join(chunks)).hexdigest()


def calls_for(text: str) -> int:
    """How many model calls briefing `text` makes: one per step that has something to ask."""
    return len(steps_for(Analysis(text)))


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
    # Articles parse in a thread of the test's own process: a pool of worker processes
    # costs seconds to start, and the tests that are about the pool ask for it.
    monkeypatch.setenv("SUMMARIZER_PARSE_PROCESSES", "1")


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


#: A link end or a figure report of a hand-made dossier: its article's name and its quote.
Quoted = tuple[str, str]


def dossier_of(
    texts: dict[str, str],
    links: list[tuple[str, Quoted, Quoted]],
    conflicts: list[tuple[str, list[Quoted]]] | None = None,
) -> Dossier:
    """A dossier of hand-made articles: each link (relation, from, to) and each figure
    report located in its article by `locate`, as the pipeline locates them (test input,
    not a model answer)."""

    def statement(quoted: Quoted, kind: str) -> Statement:
        article, quote = quoted
        found = locate(quote, texts[article])
        return Statement(article=article, quote=found.quote, start=found.start, end=found.end,
                         kind=kind, speaker=quote.split()[1], statement=quote)  # fmt: skip

    def report(quoted: Quoted) -> FigureReport:
        article, quote = quoted
        found = locate(quote, texts[article])
        return FigureReport(article=article, text=quote, value=None, counts="civilians killed",
                            quote=found.quote, start=found.start, end=found.end)  # fmt: skip

    return Dossier(
        sources=[
            Source(article=name, title=f"The story as {name} tells it", article_sha256="0" * 64)
            for name in texts
        ],
        links=[
            Link.model_validate(
                {
                    "relation": relation,
                    "rationale": f"{relation}, by hand",
                    "from": statement(source, "denial" if relation == "denies" else "claim"),
                    "to": statement(target, "claim"),
                }
            )
            for relation, source, target in links
        ],
        figure_conflicts=[
            FigureConflict(quantity=quantity, reports=[report(r) for r in reports])
            for quantity, reports in conflicts or []
        ],
        model="none",
        usage=Usage(),
    )


#: Paragraphs that push a hand-made article's statements apart (and below a small viewport).
FILLER = "".join(
    f"Paragraph {n} tells of the town's roads, its market and its schools, in some detail.\n\n"
    for n in range(30)
)

HANDMADE_TEXTS = {
    "alpha.txt": "The Observatory said 40 civilians were killed in the strikes on Tuesday.\n\n"
    + FILLER
    + "The ministry said it does not strike populated areas.\n",
    "beta.txt": "The Defence Ministry denied that 40 civilians were killed.\n\n"
    + FILLER
    + "Local officials counted 25 civilians dead. "
    "The ministry said its jets hit only militant positions.\n",
}


@pytest.fixture
def handmade_dossier() -> tuple[Dossier, dict[str, str]]:
    """A dossier of two hand-made articles and their texts: the Observatory's claim is
    answered by two links (one from each article) and answers a third; 40 and 25
    civilians conflict."""
    observatory = ("alpha.txt", "The Observatory said 40 civilians were killed")
    dossier = dossier_of(
        HANDMADE_TEXTS,
        links=[
            (
                "denies",
                ("beta.txt", "The Defence Ministry denied that 40 civilians were killed"),
                observatory,
            ),
            (
                "contradicts",
                ("alpha.txt", "The ministry said it does not strike populated areas"),
                observatory,
            ),
            (
                "contradicts",
                observatory,
                ("beta.txt", "The ministry said its jets hit only militant positions"),
            ),
        ],
        conflicts=[
            ("civilians killed", [("alpha.txt", "40 civilians"), ("beta.txt", "25 civilians")])
        ],
    )
    return dossier, dict(HANDMADE_TEXTS)


@pytest.fixture
def seed_path() -> Path:
    return SEED_PATHS[0]


def _run_cli(arguments: list[str], out: Path) -> None:
    """Run `summarizer ARGUMENTS --replay` in a process of its own (the browser's event loop
    runs in this one), from the committed cassettes, with no settings from the shell."""
    import os
    import subprocess
    import sys

    env = {
        name: value
        for name, value in os.environ.items()
        if not name.startswith(("SUMMARIZER_", "OPENAI_"))
    }
    env["SUMMARIZER_CACHE_DIR"] = str(out / ".cache")
    command = [sys.executable, "-m", "summarizer.cli", *arguments,
               "--replay", "--cassettes", str(CASSETTES_DIR)]  # fmt: skip
    subprocess.run(command, env=env, check=True, capture_output=True, timeout=300)


def _brief_seeds(form: str, out: Path) -> dict[str, Path]:
    """Run `summarizer brief seeds/*.txt --replay --format FORM -o OUT`; the output by
    article name."""
    _run_cli(["brief", *map(str, SEED_PATHS), "--format", form, "-o", str(out)], out)
    return {path.name: out / f"{path.stem}.{form}" for path in SEED_PATHS}


@pytest.fixture(scope="session")
def seed_briefs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Brief]:
    """The five sample articles briefed from their cassettes by the command line, by name."""
    outputs = _brief_seeds("json", tmp_path_factory.mktemp("seed-briefs"))
    return {name: Brief.model_validate_json(path.read_text()) for name, path in outputs.items()}


def _dossier_of_seeds(form: str, out: Path) -> Path:
    """Run `summarizer dossier seeds/*.txt --replay --format FORM -o OUT/dossier.FORM`."""
    output = out / f"dossier.{form}"
    _run_cli(["dossier", *map(str, SEED_PATHS), "--format", form, "-o", str(output)], out)
    return output


@pytest.fixture(scope="session")
def seed_dossier(tmp_path_factory: pytest.TempPathFactory) -> Dossier:
    """The dossier of the five sample articles, briefs and cross-article calls replayed,
    as `summarizer dossier seeds/*.txt --replay --format json` writes it (in a process of
    its own, so that browser tests can use it too)."""
    output = _dossier_of_seeds("json", tmp_path_factory.mktemp("seed-dossier"))
    return Dossier.model_validate_json(output.read_text())


@pytest.fixture(scope="session")
def seed_pages(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The review page of each sample article, as `summarizer brief --replay --format html
    -o DIR` writes it, by the article's file name."""
    return _brief_seeds("html", tmp_path_factory.mktemp("seed-pages"))


@pytest.fixture(scope="session")
def seed_dossier_page(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The dossier's review page of the five sample articles, as `summarizer dossier
    seeds/*.txt --replay --format html -o DIR/dossier.html` writes it."""
    return _dossier_of_seeds("html", tmp_path_factory.mktemp("seed-dossier-page"))


#: Debian's chromium, driven by Playwright; never a browser build of Playwright's own.
CHROMIUM = Path("/usr/bin/chromium")
# Without the background-networking flags chromium waits on a network it does not have.
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]  # fmt: skip


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    """Headless chromium for the `browser` tests; skips them when it is not installed.

    Module-scoped: while Playwright runs, its event loop holds this thread, and tests
    that call `asyncio.run` must not come inside that time."""
    if not CHROMIUM.exists():
        pytest.skip(f"Debian's chromium is not installed at {CHROMIUM} (apt-get install chromium)")
    sync_api = pytest.importorskip("playwright.sync_api", reason="needs the dev extra")
    with sync_api.sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@dataclass
class OpenedPage:
    """A page open in the browser, with the console errors and uncaught exceptions it had."""

    page: Page
    errors: list[str] = field(default_factory=list)
    console: list[str] = field(default_factory=list)


@pytest.fixture
def open_page(browser: Browser, tmp_path: Path) -> Iterator[Callable[..., OpenedPage]]:
    """Open an HTML file (or HTML text, saved to a file first) from file:// in a new page of
    the given viewport size, recording its console output and errors."""
    pages: list[Page] = []

    def opener(source: Path | str, width: int = 1280, height: int = 900) -> OpenedPage:
        if isinstance(source, str):
            path = tmp_path / f"page-{len(pages)}.html"
            path.write_text(source, encoding="utf-8")
            source = path
        page = browser.new_page(viewport={"width": width, "height": height})
        pages.append(page)
        opened = OpenedPage(page)
        page.on("console", lambda message: opened.console.append(message.text))
        page.on(
            "console",
            lambda message: opened.errors.append(message.text) if message.type == "error" else None,
        )
        page.on("pageerror", lambda error: opened.errors.append(str(error)))
        page.goto(source.as_uri())
        return opened

    yield opener
    for page in pages:
        page.close()


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


def news_page(text: str, charset: str = "utf-8") -> str:
    """A news page around an article's text (its first paragraph the headline), with the
    navigation and footer a real site has around it."""
    paragraphs = text.split("\n\n")
    title, body = (
        html.escape(paragraphs[0]),
        "".join(f"<p>{html.escape(paragraph)}</p>" for paragraph in paragraphs[1:]),
    )
    return (
        f"<!DOCTYPE html><html><head><meta charset='{charset}'><title>{title} | The Daily"
        "</title></head><body><nav><a href='/'>Home</a> <a href='/world'>World</a></nav>"
        f"<article><h1>{title}</h1>{body}</article><footer>Copyright 2026 The Daily. All "
        "rights reserved. <a href='/privacy'>Privacy</a></footer></body></html>"
    )


@pytest.fixture
def html_page(tmp_path: Path) -> Path:
    """A news page around HTML_SEED's text (navigation, footer), named after that seed."""
    page = tmp_path / "page" / f"{HTML_SEED.stem}.html"
    page.parent.mkdir()
    page.write_text(news_page(HTML_SEED.read_text(encoding="utf-8")), encoding="utf-8")
    return page


@pytest.fixture
def web() -> Iterator[PageServer]:
    """A loopback web server; give it pages with `web.route(path, Page(...))`."""
    with PageServer() as server:
        yield server


@pytest.fixture
def fetch_settings(tmp_path: Path) -> Settings:
    """Settings for fetching from the loopback server: quick timeouts, three attempts."""
    return Settings.load(env={}, cache_dir=tmp_path / "cache", fetch_timeout=1.0, max_attempts=3)


def stub_cli_args(stub: StubEndpoint) -> list[str]:
    """The options that point the command line at the stub."""
    return ["--base-url", stub.base_url, "--model", LOCAL_MODEL_NAME]


@pytest.fixture
def stub_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """What the command line needs in the environment to talk to the stub quickly."""
    monkeypatch.setenv("SUMMARIZER_RESPONSE_FORMAT", "json_object_schema")
    monkeypatch.setenv("SUMMARIZER_TIMEOUT", "1")
    monkeypatch.setenv("SUMMARIZER_MAX_ATTEMPTS", "2")


def cache_values(directory: Path) -> list[str]:
    """Every value stored in a response cache directory: the database's rows and the files
    diskcache keeps large values in."""
    values = []
    with sqlite3.connect(directory / FOLDER / "cache.db") as db:
        rows = list(db.execute("SELECT value, filename FROM Cache"))
    for value, filename in rows:
        values.append((directory / FOLDER / filename).read_text() if filename else str(value))
    return values


@pytest.fixture
def worker_processes(monkeypatch: pytest.MonkeyPatch) -> None:
    """Let the parse's worker processes start: they reach their fork server over a Unix
    socket, local and no network, which the network block would otherwise refuse."""
    from pytest_recording import network

    guarded = socket.socket.connect

    def connect(self: socket.socket, address: Any) -> None:
        if self.family == socket.AF_UNIX:
            return network._original_connect(self, address)
        return guarded(self, address)

    monkeypatch.setattr(socket.socket, "connect", connect)
