"""Record real model traffic as vcrpy cassettes and replay it offline.

One cassette per article's brief, `<cassette_dir>/<article name>.yaml`. Requests match on
method, path and body, so a replay never pairs a prompt with another prompt's answer, and
the host does not matter (the embedded server listens on a random port). Secrets are
scrubbed before anything is written.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import vcr
from vcr.errors import CannotOverwriteExistingCassetteException

from summarizer.errors import ReplayMissError
from summarizer.settings import Settings

MATCH_ON = ("method", "path", "body")
# Request headers that may carry credentials; none of them is ever written to a cassette.
SECRET_HEADERS = (
    "authorization",
    "api-key",
    "x-api-key",
    "openai-organization",
    "openai-project",
    "cookie",
)
# Response headers that identify an account or set state; dropped from recordings.
_SECRET_RESPONSE_HEADERS = frozenset({"set-cookie", "openai-organization", "openai-project"})


def _scrub_response(response: dict[str, Any]) -> dict[str, Any]:
    headers = response.get("headers", {})
    for name in list(headers):
        if name.lower() in _SECRET_RESPONSE_HEADERS:
            del headers[name]
    return response


def cassette_path(settings: Settings, name: str) -> Path:
    """Where the cassette of the article `name` lives."""
    return settings.cassette_dir / f"{name}.yaml"


def make_vcr(record_mode: str) -> vcr.VCR:
    """A VCR configured the project's way (match on body, secrets scrubbed)."""
    return vcr.VCR(
        record_mode=record_mode,
        match_on=MATCH_ON,
        filter_headers=list(SECRET_HEADERS),
        before_record_response=_scrub_response,
        decode_compressed_response=True,
    )


@contextlib.contextmanager
def cassette(settings: Settings, name: str) -> Iterator[None]:
    """Record or replay the model traffic inside the block, as `settings.recording` says."""
    if settings.recording == "off":
        yield
        return
    path = cassette_path(settings, name)
    if settings.recording == "record":
        path.parent.mkdir(parents=True, exist_ok=True)
        path.unlink(missing_ok=True)  # a re-recording replaces the old one whole
        with make_vcr("all").use_cassette(str(path)):
            yield
        if not path.exists():
            # The article asked the model nothing (our rules decided it all), so vcrpy wrote
            # nothing: an empty cassette says it was recorded, and replays with no call.
            path.write_text("interactions: []\nversion: 1\n", encoding="utf-8")
        return
    if not path.is_file():
        raise ReplayMissError(f"no cassette {path} for article {name!r}; record it with --record")
    # Replay: "none" serves recordings only and raises on any request it has not seen.
    with make_vcr("none").use_cassette(str(path), allow_playback_repeats=True):
        yield


def replay_miss(error: BaseException) -> str | None:
    """If `error` (or an error it came from) is a replay miss, say which request was missing."""
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        if isinstance(current, CannotOverwriteExistingCassetteException):
            request = getattr(current, "failed_request", None)
            cassette_name = getattr(getattr(current, "cassette", None), "_path", "?")
            what = f"{request.method} {request.path}" if request is not None else "a request"
            return f"no recording of {what} with this body in cassette {cassette_name}"
        seen.add(id(current))
        current = current.__cause__ or current.__context__
    return None
