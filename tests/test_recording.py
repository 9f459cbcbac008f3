"""Cassettes: nothing unrecorded leaves the machine in replay, no secret is ever recorded."""

from __future__ import annotations

import json
import re

import openai
import pytest
import yaml

from summarizer import ReplayMissError
from summarizer.model.recording import make_vcr, replay_miss

from .conftest import CASSETTES_DIR


def test_an_unrecorded_request_fails_instead_of_reaching_the_network(tmp_path):
    cassette = next(CASSETTES_DIR.glob("*.yaml"))
    client = openai.OpenAI(base_url="https://api.openai.com/v1", api_key="sk-x", max_retries=0)
    with (
        make_vcr("none").use_cassette(str(cassette)),
        pytest.raises(openai.APIConnectionError) as caught,
    ):
        client.chat.completions.create(
            model="gpt-4o-mini", messages=[{"role": "user", "content": "never recorded"}]
        )
    assert replay_miss(caught.value) is not None


def test_a_replay_miss_names_the_missing_request(seed_texts, replay_settings, tmp_path):
    from summarizer import summarize

    (first, _), (_, other) = list(seed_texts.items())[:2]
    # The first seed's recordings, asked what the second seed asks.
    (tmp_path / "edited.yaml").write_bytes((CASSETTES_DIR / f"{first[:-4]}.yaml").read_bytes())
    settings = replay_settings.with_changes(cassette_dir=tmp_path)
    with pytest.raises(ReplayMissError, match="no recording of POST /v1/chat/completions"):
        summarize(other, name="edited", settings=settings)


# What a credential looks like wherever it may stand: an API key, a bearer token.
CREDENTIAL = re.compile(r"\bsk-[A-Za-z0-9_-]{16,}|\bbearer\s+[A-Za-z0-9._-]{16,}", re.I)


@pytest.mark.parametrize("cassette", sorted(CASSETTES_DIR.glob("*.yaml")), ids=lambda p: p.name)
def test_cassettes_hold_no_secrets(cassette):
    # Headers by name; bodies by the shape of a key (an article may say "standard-bearer").
    for interaction in yaml.safe_load(cassette.read_text(encoding="utf-8"))["interactions"]:
        request, response = interaction["request"], interaction["response"]
        names = {name.lower() for name in [*request["headers"], *response["headers"]]}
        assert not names & {"authorization", "api-key", "x-api-key", "set-cookie", "cookie"}
        headers = json.dumps([request["headers"], response["headers"]])
        assert not CREDENTIAL.search(headers)
        assert not CREDENTIAL.search(request["body"] or "")
        assert not CREDENTIAL.search(response["body"]["string"] or "")


def test_every_seed_has_a_cassette(seed_texts):
    assert {f"{name[:-4]}.yaml" for name in seed_texts} <= {
        p.name for p in CASSETTES_DIR.glob("*.yaml")
    }


def test_an_article_that_asks_the_model_nothing_is_recorded_as_an_empty_cassette(tmp_path):
    from summarizer import Settings, summarize

    text = "Ferries\n\nThe ferries sailed at noon. Ana Lind, the harbour master, said so."
    recording = Settings.load(
        env={}, recording="record", cassette_dir=tmp_path, cache_dir=tmp_path / "cache",
        base_url="http://127.0.0.1:9/v1", api_key="sk-unused",
    )  # fmt: skip
    recorded = summarize(text, name="quiet", settings=recording)
    assert recorded.provenance.usage.calls == 0
    assert yaml.safe_load((tmp_path / "quiet.yaml").read_text())["interactions"] == []
    replayed = summarize(text, name="quiet", settings=recording.with_changes(recording="replay"))
    assert replayed.claims == recorded.claims
