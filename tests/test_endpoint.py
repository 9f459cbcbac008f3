"""Endpoint resolution: option, then OPENAI_* variables, then the embedded model, else an error."""

from __future__ import annotations

import pytest

from summarizer import ConfigurationError, Settings
from summarizer.model import endpoint as endpoint_module
from summarizer.model.endpoint import model_name, open_endpoint, resolve_configured
from summarizer.settings import HOSTED_MODEL_NAME, LOCAL_MODEL_NAME


def test_explicit_base_url_wins_over_the_environment():
    settings = Settings.load(env={"OPENAI_BASE_URL": "http://env:1/v1"}, base_url="http://arg:2/v1")
    resolved = resolve_configured(settings)
    assert resolved is not None and resolved.base_url == "http://arg:2/v1"


def test_base_url_from_the_environment_is_a_custom_endpoint():
    resolved = resolve_configured(Settings.load(env={"OPENAI_BASE_URL": "http://vllm:8000/v1/"}))
    assert resolved is not None
    assert (resolved.kind, resolved.base_url) == ("custom", "http://vllm:8000/v1")
    assert resolved.response_format == "json_schema"


def test_api_key_alone_means_openai():
    resolved = resolve_configured(Settings.load(env={"OPENAI_API_KEY": "sk-test"}))
    assert resolved is not None
    assert (resolved.kind, resolved.base_url) == ("openai", "https://api.openai.com/v1")


def test_replay_needs_no_endpoint_and_asks_for_the_recorded_model():
    resolved = resolve_configured(Settings.load(env={}, recording="replay"))
    assert resolved is not None
    assert (resolved.kind, resolved.model) == ("replay", LOCAL_MODEL_NAME)
    assert resolved.response_format == "json_object_schema"


def test_nothing_configured_leaves_the_choice_to_the_embedded_model():
    assert resolve_configured(Settings.load(env={})) is None


def test_no_endpoint_and_no_local_extra_is_a_clear_error(monkeypatch):
    monkeypatch.setattr(endpoint_module.local, "runtime_installed", lambda: False)
    with pytest.raises(ConfigurationError, match="OPENAI_API_KEY.*summarizer\\[local\\]"):
        with open_endpoint(Settings.load(env={})):
            pass


def test_a_configured_endpoint_never_starts_the_local_model(monkeypatch):
    def forbidden(settings):
        raise AssertionError("the local model must not start")

    monkeypatch.setattr(endpoint_module.local, "local_server", forbidden)
    with open_endpoint(Settings.load(env={"OPENAI_BASE_URL": "http://127.0.0.1:9/v1"})) as found:
        assert found.kind == "custom"


def test_response_format_setting_overrides_the_automatic_choice():
    settings = Settings.load(
        env={"OPENAI_BASE_URL": "http://x/v1", "SUMMARIZER_RESPONSE_FORMAT": "json_object_schema"}
    )
    resolved = resolve_configured(settings)
    assert resolved is not None and resolved.response_format == "json_object_schema"


@pytest.mark.parametrize(
    ("options", "model"),
    [
        ({}, LOCAL_MODEL_NAME),
        ({"model": "other"}, LOCAL_MODEL_NAME),  # the embedded server serves its one model
        ({"recording": "replay", "model": "other"}, "other"),
        ({"base_url": "http://127.0.0.1:1/v1"}, HOSTED_MODEL_NAME),
        ({"api_key": "sk-x", "model": "gpt-x"}, "gpt-x"),
    ],
)
def test_the_model_that_will_answer_is_known_before_any_endpoint_starts(options, model):
    assert model_name(Settings.load(env={}, **options)) == model
