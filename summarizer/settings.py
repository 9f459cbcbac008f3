"""One frozen settings object, built from arguments, then environment variables, then defaults."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any, Literal, get_args

import platformdirs

from summarizer.errors import ConfigurationError

RecordingMode = Literal["off", "replay", "record"]
ResponseFormat = Literal["auto", "json_schema", "json_object_schema", "json_object"]

#: The name the embedded server answers to and the default model of a replay.
LOCAL_MODEL_NAME = "qwen2.5-coder-1.5b-instruct-q4_k_m"
#: The default model on an OpenAI-compatible endpoint that is not the embedded one.
HOSTED_MODEL_NAME = "gpt-4o-mini"

# Environment variable for each field; OPENAI_* are the SDK's own names so that an
# environment set up for the openai package works unchanged.
_ENV: dict[str, str] = {
    "base_url": "OPENAI_BASE_URL",
    "api_key": "OPENAI_API_KEY",
    "model": "SUMMARIZER_MODEL",
    "cache_dir": "SUMMARIZER_CACHE_DIR",
    "use_cache": "SUMMARIZER_USE_CACHE",
    "local_model_path": "SUMMARIZER_LOCAL_MODEL",
    "local_context": "SUMMARIZER_LOCAL_CONTEXT",
    "local_threads": "SUMMARIZER_LOCAL_THREADS",
    "local_start_timeout": "SUMMARIZER_LOCAL_START_TIMEOUT",
    "response_format": "SUMMARIZER_RESPONSE_FORMAT",
    "max_attempts": "SUMMARIZER_MAX_ATTEMPTS",
    "max_tokens": "SUMMARIZER_MAX_TOKENS",
    "timeout": "SUMMARIZER_TIMEOUT",
    "concurrency": "SUMMARIZER_CONCURRENCY",
    "chunk_chars": "SUMMARIZER_CHUNK_CHARS",
    "token_budget": "SUMMARIZER_TOKEN_BUDGET",
    "recording": "SUMMARIZER_RECORDING",
    "cassette_dir": "SUMMARIZER_CASSETTES",
    "spacy_pipeline": "SUMMARIZER_SPACY_PIPELINE",
    "fetch_timeout": "SUMMARIZER_FETCH_TIMEOUT",
    "fetch_max_bytes": "SUMMARIZER_FETCH_MAX_BYTES",
    "refetch": "SUMMARIZER_REFETCH",
    "strict": "SUMMARIZER_STRICT",
    "rules_only": "SUMMARIZER_RULES_ONLY",
    "parse_processes": "SUMMARIZER_PARSE_PROCESSES",
}


@dataclass(frozen=True)
class Settings:
    """Everything that configures a run. Build it with `Settings.load`, never mutate it.

    `model` is None until an endpoint is resolved: the default depends on whether the
    embedded model or a hosted endpoint answers.
    """

    base_url: str | None = None
    api_key: str | None = None
    model: str | None = None
    cache_dir: Path = Path(platformdirs.user_cache_dir("summarizer"))
    use_cache: bool = True
    local_model_path: Path | None = None
    local_context: int = 8192
    local_threads: int | None = None
    local_start_timeout: float = 120.0
    response_format: ResponseFormat = "auto"
    temperature: float = 0.0
    seed: int = 0
    max_attempts: int = 3
    max_tokens: int = 1024
    timeout: float = 300.0
    concurrency: int = 4
    # An article longer than this is briefed in overlapping chunks. With the claim step's
    # candidate sentences repeated in its instruction, 12,000 characters (about 3,000 tokens)
    # keep every prompt and answer within the embedded model's 8,192-token context.
    chunk_chars: int = 12_000
    #: Stop starting new articles once a run has spent this many tokens (None: no limit).
    token_budget: int | None = None
    recording: RecordingMode = "off"
    cassette_dir: Path = Path("cassettes")
    #: The installed spaCy pipeline that parses articles; None: the small English one that
    #: comes with summarizer (see summarizer/text/nlp.py).
    spacy_pipeline: str | None = None
    #: An article given as a URL (summarizer/sources/web.py): seconds for the whole fetch, the
    #: largest page taken, and whether to fetch it again rather than from the cache.
    fetch_timeout: float = 30.0
    fetch_max_bytes: int = 10_000_000
    refetch: bool = False
    #: An article whose model answers stay unusable after the re-asks fails, rather than
    #: being briefed by our code's rules alone and marked degraded.
    strict: bool = False
    #: Brief without any model: our code's rules alone, a summary built from the items.
    rules_only: bool = False
    #: Worker processes that parse articles in a batch (None or 1: a thread of the run's own
    #: process; the command line's default is one per core).
    parse_processes: int | None = None

    @classmethod
    def load(cls, env: Mapping[str, str] | None = None, **arguments: Any) -> Settings:
        """Build settings: explicit arguments win, then environment variables, then defaults.

        Arguments that are None count as not given. Raises ConfigurationError for a value
        that cannot be parsed or is out of range.
        """
        env = os.environ if env is None else env
        unknown = set(arguments) - {f.name for f in fields(cls)}
        if unknown:
            raise ConfigurationError(f"unknown setting(s): {', '.join(sorted(unknown))}")
        values: dict[str, Any] = {}
        for field in fields(cls):
            given = arguments.get(field.name)
            if given is not None:
                values[field.name] = given
            elif env.get(_ENV.get(field.name, "")):
                values[field.name] = env[_ENV[field.name]]
        return replace(cls(), **{k: _coerce(k, v) for k, v in values.items()})

    def with_changes(self, **changes: Any) -> Settings:
        """Return a copy with the given fields replaced (None leaves a field as it is)."""
        return replace(self, **{k: _coerce(k, v) for k, v in changes.items() if v is not None})


def _coerce(name: str, value: Any) -> Any:
    """Turn a raw value (often a string from the environment) into the field's type."""
    try:
        if name in {"cache_dir", "local_model_path", "cassette_dir"}:
            return Path(value).expanduser()
        if name in {"use_cache", "refetch", "strict", "rules_only"}:
            if isinstance(value, bool):
                return value
            return str(value).strip().lower() not in {"0", "false", "no", "off"}
        if name in {
            "local_context", "local_threads", "max_attempts", "max_tokens", "concurrency",
            "chunk_chars", "token_budget", "fetch_max_bytes", "parse_processes",
        }:  # fmt: skip
            number = int(value)
            if number < 1:
                raise ValueError("must be at least 1")
            return number
        if name in {"timeout", "local_start_timeout", "temperature", "fetch_timeout"}:
            return float(value)
        if name == "response_format" and value not in get_args(ResponseFormat):
            raise ValueError(f"must be one of {', '.join(get_args(ResponseFormat))}")
        if name == "recording" and value not in get_args(RecordingMode):
            raise ValueError(f"must be one of {', '.join(get_args(RecordingMode))}")
    except (TypeError, ValueError) as error:
        raise ConfigurationError(f"invalid value {value!r} for {name}: {error}") from error
    return value
