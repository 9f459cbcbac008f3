"""Secrets: the API key and authorization headers never reach cassettes, the cache, logs,
markdown or JSON."""

from __future__ import annotations

import logging

import pytest
import yaml

from summarizer.cli import main
from summarizer.model.recording import SECRET_HEADERS

from .conftest import CASSETTES_DIR, SEED_PATHS, cache_values, stub_cli_args
from .stub import for_article

KEY = "sk-test-LEAKCANARY-7f3a9c1e5b"


def files_under(directory):
    return [path for path in directory.rglob("*") if path.is_file()]


def test_the_api_key_is_written_nowhere(
    stub, stub_environment, monkeypatch, capsys, caplog, tmp_path
):
    monkeypatch.setenv("OPENAI_API_KEY", KEY)
    caplog.set_level(logging.DEBUG)
    # One article fails, so that error messages are checked too.
    stub.faults = for_article(SEED_PATHS[1].read_text(encoding="utf-8"), "server_error")
    seeds = list(map(str, SEED_PATHS[:2]))
    cassettes, cache, out = tmp_path / "cassettes", tmp_path / "cache", tmp_path / "out"
    for form in ("md", "json"):
        main(["brief", *seeds, "--format", form, "-o", str(out), "--cache-dir", str(cache),
              *stub_cli_args(stub)])  # fmt: skip
    main(["brief", *seeds, "--format", "json", "-o", str(tmp_path / "recorded"), "--record",
          "--cassettes", str(cassettes), *stub_cli_args(stub)])  # fmt: skip
    captured = capsys.readouterr()

    assert stub.log.authorizations == {f"Bearer {KEY}"}  # the key was used
    written = files_under(cassettes) + files_under(out) + files_under(tmp_path / "recorded")
    assert len(written) >= 5 and cache_values(cache)
    for path in written:
        assert KEY.encode() not in path.read_bytes(), path
    for value in cache_values(cache):
        assert KEY not in value
    for path in files_under(cache):
        assert KEY.encode() not in path.read_bytes(), path
    assert KEY not in captured.out + captured.err
    assert KEY not in caplog.text


def test_recorded_cassettes_carry_no_credential_headers(
    stub, stub_environment, monkeypatch, tmp_path
):
    monkeypatch.setenv("OPENAI_API_KEY", KEY)
    main(["brief", str(SEED_PATHS[0]), "-o", str(tmp_path / "out"), "--record",
          "--cassettes", str(tmp_path), *stub_cli_args(stub)])  # fmt: skip
    (cassette,) = tmp_path.glob("*.yaml")
    for interaction in yaml.safe_load(cassette.read_text())["interactions"]:
        assert not {h.lower() for h in interaction["request"]["headers"]} & set(SECRET_HEADERS)


@pytest.mark.parametrize("cassette", sorted(CASSETTES_DIR.glob("*.yaml")), ids=lambda p: p.name)
def test_committed_cassettes_carry_no_credential_headers(cassette):
    for interaction in yaml.safe_load(cassette.read_text())["interactions"]:
        headers = {h.lower() for h in interaction["request"]["headers"]}
        headers |= {h.lower() for h in interaction["response"].get("headers", {})}
        assert not headers & {*SECRET_HEADERS, "set-cookie"}
