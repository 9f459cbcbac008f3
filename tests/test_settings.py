"""Settings: arguments win over environment variables, which win over defaults."""

from __future__ import annotations

from pathlib import Path

import pytest

from summarizer import ConfigurationError, Settings


def test_defaults_apply_when_nothing_is_given():
    settings = Settings.load(env={})
    assert (settings.base_url, settings.max_attempts, settings.recording) == (None, 3, "off")


def test_environment_overrides_defaults():
    settings = Settings.load(env={"OPENAI_BASE_URL": "http://x/v1", "SUMMARIZER_MAX_ATTEMPTS": "5"})
    assert (settings.base_url, settings.max_attempts) == ("http://x/v1", 5)


def test_arguments_override_environment():
    settings = Settings.load(env={"SUMMARIZER_MODEL": "from-env"}, model="from-arg")
    assert settings.model == "from-arg"


def test_none_arguments_count_as_not_given():
    settings = Settings.load(env={"SUMMARIZER_MODEL": "from-env"}, model=None)
    assert settings.model == "from-env"


def test_cache_dir_comes_from_the_environment():
    settings = Settings.load(env={"SUMMARIZER_CACHE_DIR": "/tmp/somewhere"})
    assert settings.cache_dir == Path("/tmp/somewhere")


def test_settings_are_frozen():
    with pytest.raises(AttributeError):
        Settings.load(env={}).model = "x"  # type: ignore[misc]


@pytest.mark.parametrize(
    ("name", "value"),
    [("SUMMARIZER_MAX_ATTEMPTS", "zero"), ("SUMMARIZER_CONCURRENCY", "0"),
     ("SUMMARIZER_RESPONSE_FORMAT", "xml"), ("SUMMARIZER_RECORDING", "maybe")],
)  # fmt: skip
def test_invalid_values_are_configuration_errors(name, value):
    with pytest.raises(ConfigurationError, match="invalid value"):
        Settings.load(env={name: value})


def test_unknown_setting_is_an_error():
    with pytest.raises(ConfigurationError, match="unknown setting"):
        Settings.load(env={}, colour="blue")
