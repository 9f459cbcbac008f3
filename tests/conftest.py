"""Shared fixtures. Tests run offline: the network is blocked (see pyproject's addopts),
model answers come from the recorded cassettes, and no test touches the user's cache."""

from __future__ import annotations

from pathlib import Path

import pytest

from summarizer import Settings

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
