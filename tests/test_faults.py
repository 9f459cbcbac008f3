"""Endpoint faults: each is retried only where retrying can help, within bounds, then reported
as that article's failure with its cause; the batch goes on; nothing failed is cached."""

from __future__ import annotations

import os
import subprocess
import sys

import openai
import pytest
from instructor.core.exceptions import IncompleteOutputException
from pydantic import ValidationError

from summarizer import (
    Article,
    EndpointError,
    ModelOutputError,
    summarize,
    summarize_many,
)
from summarizer.cli import main
from summarizer.output.files import write_atomically

from .conftest import CASSETTES_DIR, SEED_PATHS, calls_for, stub_cli_args
from .stub import always, first, for_article, for_step

# A seed whose brief asks the model about claims and figures.
SEED = SEED_PATHS[1]


def brief_seed(settings):
    return summarize(SEED.read_text(encoding="utf-8"), name="seed.txt", settings=settings)


def root_cause(error: BaseException) -> BaseException:
    while error.__cause__ is not None:
        error = error.__cause__
    return error


@pytest.mark.parametrize(
    "fault",
    ["rate_limited", "rate_limited_retry_after", "server_error", "timeout", "dropped",
     "not_json", "invalid"],
)  # fmt: skip
def test_a_transient_fault_is_retried_and_the_article_briefed(stub, stub_settings, fault):
    stub.faults = first(1, fault)
    brief = brief_seed(stub_settings)
    assert brief.provenance.usage.retries >= 1
    assert stub.log.faults[fault] == 1


@pytest.mark.parametrize(
    ("fault", "message", "cause"),
    [
        ("rate_limited_retry_after", "answered HTTP 429", openai.RateLimitError),
        ("server_error", "answered HTTP 500", openai.InternalServerError),
        ("timeout", "timed out", openai.APITimeoutError),
        ("dropped", "cannot reach", openai.APIConnectionError),
        ("not_json", "not a JSON chat completion", Exception),
    ],
)
def test_a_lasting_endpoint_fault_is_an_endpoint_error_after_bounded_attempts(
    stub, stub_settings, fault, message, cause
):
    stub.faults = for_step("FiguresAnswer", fault)
    with pytest.raises(EndpointError, match=message) as caught:
        brief_seed(stub_settings)
    assert isinstance(caught.value.__cause__, cause)
    assert stub.log.requests["FiguresAnswer"] == stub_settings.max_attempts


def test_an_answer_that_never_fits_the_schema_is_a_model_output_error_when_strict(
    stub, stub_settings
):
    stub.faults = for_step("ClaimsAnswer", "invalid")
    with pytest.raises(ModelOutputError, match="no valid answer after 2 attempt") as caught:
        brief_seed(stub_settings.with_changes(strict=True))
    assert isinstance(root_cause(caught.value), ValidationError)


def test_an_answer_cut_off_by_the_token_limit_is_not_asked_again(stub, stub_settings):
    stub.faults = for_step("ClaimsAnswer", "length")
    with pytest.raises(ModelOutputError, match="cut off by the token limit") as caught:
        brief_seed(stub_settings.with_changes(strict=True))
    assert isinstance(root_cause(caught.value), IncompleteOutputException)
    assert stub.log.requests["ClaimsAnswer"] == 1


def test_a_refusal_is_reported_and_not_asked_again(stub, stub_settings):
    stub.faults = for_step("ClaimsAnswer", "refusal")
    with pytest.raises(ModelOutputError, match="refused to answer: I can't help") as caught:
        brief_seed(stub_settings.with_changes(strict=True))
    assert caught.value.__cause__ is not None
    assert stub.log.requests["ClaimsAnswer"] == 1


@pytest.mark.parametrize("fault", ["invalid", "length", "refusal"])
def test_a_step_whose_answers_stay_unusable_falls_back_to_the_rules_and_says_so(
    stub, stub_settings, fault
):
    stub.faults = for_step("ClaimsAnswer", fault)
    brief = brief_seed(stub_settings)
    assert brief.provenance.degraded == ["claims"]
    assert [d.step for d in brief.dropped] == ["claims"]


@pytest.mark.parametrize("fault", ["invalid", "length"])
def test_an_endpoint_that_answers_nothing_usable_degrades_every_step_it_asked(
    stub, stub_settings, fault
):
    stub.faults = always(fault)
    brief = brief_seed(stub_settings)
    asked = sorted(name for name in stub.log.requests)
    assert sorted(brief.provenance.degraded) == ["claims", "figures"]
    assert len(asked) == 2


def test_a_brief_whose_answers_were_usable_is_not_degraded(stub, stub_settings):
    assert brief_seed(stub_settings).provenance.degraded == []


def test_a_failing_article_does_not_stop_the_batch(stub, stub_settings):
    texts = [path.read_text(encoding="utf-8") for path in SEED_PATHS[:3]]
    stub.faults = for_article(texts[1], "server_error")
    results = summarize_many(
        [Article(f"{n}.txt", text) for n, text in enumerate(texts)], settings=stub_settings
    )
    assert [r.brief is not None for r in results] == [True, False, True]
    assert isinstance(results[1].error, EndpointError)
    assert isinstance(results[1].error.__cause__, openai.InternalServerError)


def test_a_failed_step_is_not_cached(stub, stub_settings):
    stub.faults = for_step("ClaimsAnswer", "refusal")
    assert brief_seed(stub_settings).provenance.degraded == ["claims"]
    stub.faults = None
    stub.log.reset()
    assert brief_seed(stub_settings).claims
    assert stub.log.requests["ClaimsAnswer"] == 1


def test_a_partly_valid_answer_is_used_but_not_cached(stub, stub_settings):
    stub.faults = for_step("ClaimsAnswer", "partly_invalid")
    partial = brief_seed(stub_settings)
    assert [d.step for d in partial.dropped if "not a kind" in d.item] == ["claims"]
    stub.faults = None
    stub.log.reset()
    whole = brief_seed(stub_settings)
    assert stub.log.requests["ClaimsAnswer"] == 1
    assert not [d for d in whole.dropped if "not a kind" in d.item]


def test_a_valid_answer_is_cached(stub, stub_settings):
    brief_seed(stub_settings)
    stub.log.reset()
    seed = SEED.read_text(encoding="utf-8")
    assert brief_seed(stub_settings).provenance.cache_hits == calls_for(seed)
    assert stub.log.total == 0


def brief_three_seeds(stub, capsys, out, fault, *options):
    """`summarizer brief` of three seeds into `out`, the second seed's every request meeting
    `fault`; its exit code and stderr."""
    stub.faults = for_article(SEED_PATHS[1].read_text(encoding="utf-8"), fault)
    code = main(
        ["brief", *map(str, SEED_PATHS[:3]), "-o", str(out), *options, *stub_cli_args(stub)]
    )
    return code, capsys.readouterr().err


def test_a_batch_ends_with_a_summary_of_its_failures(stub, stub_environment, capsys, tmp_path):
    out = tmp_path / "out"
    code, err = brief_three_seeds(stub, capsys, out, "refusal", "--strict")
    assert code == 1
    assert sorted(p.stem for p in out.iterdir()) == [SEED_PATHS[0].stem, SEED_PATHS[2].stem]
    summary = err[err.index("1 of 3 article(s) failed:") :]
    assert f"{SEED_PATHS[1].name}: step " in summary and "refused to answer" in summary
    assert "Traceback" not in err


def test_a_degraded_brief_is_written_and_said_on_stderr_and_in_the_account(
    stub, stub_environment, capsys, tmp_path
):
    out = tmp_path / "out"
    code, err = brief_three_seeds(stub, capsys, out, "invalid")
    assert code == 0
    assert len(list(out.iterdir())) == 3
    line = next(line for line in err.splitlines() if "degraded:" in line)
    assert SEED_PATHS[1].name in line and "claims, figures" in line
    assert "3 briefed (0 from cache, 1 degraded), 0 failed" in err
    assert "Degraded" in (out / f"{SEED_PATHS[1].stem}.md").read_text(encoding="utf-8")


def test_strict_makes_a_degraded_article_a_failure_and_the_batch_goes_on(
    stub, stub_environment, capsys, tmp_path
):
    out = tmp_path / "out"
    code, err = brief_three_seeds(stub, capsys, out, "length", "--strict")
    assert code == 1
    assert sorted(p.stem for p in out.iterdir()) == [SEED_PATHS[0].stem, SEED_PATHS[2].stem]
    assert "cut off by the token limit" in err
    assert "2 briefed (0 from cache, 0 degraded), 1 failed" in err


def test_a_failed_write_leaves_no_partial_file_and_keeps_the_old_one(tmp_path):
    target = tmp_path / "brief.md"
    target.write_text("the previous brief\n")
    with pytest.raises(UnicodeEncodeError):
        write_atomically(target, "a brief that cannot be encoded: \ud800")
    assert target.read_text() == "the previous brief\n"
    assert [p.name for p in tmp_path.iterdir()] == ["brief.md"]


def test_an_unwritable_output_is_that_articles_failure_in_one_line(capsys, tmp_path):
    blocked = tmp_path / "out"
    blocked.write_text("a file where the output directory should be")
    code = main(["brief", *map(str, SEED_PATHS[:2]), "-o", str(blocked / "briefs"),
                 "--replay", "--cassettes", str(CASSETTES_DIR)])  # fmt: skip
    err = capsys.readouterr().err
    assert code == 1
    assert err.count(": cannot write ") == 4  # said as it happens, then in the summary
    assert "2 of 2 article(s) failed" in err and "Traceback" not in err


def test_an_article_with_template_syntax_is_sent_as_text(stub, stub_settings):
    # instructor renders messages as Jinja templates when given a truthy context; an
    # article's "{%" must reach the model as written, not break or rewrite the request.
    text = SEED_PATHS[0].read_text(encoding="utf-8") + "\nTemplates like {% if %} and {{ x }}.\n"
    brief = summarize(text, name="braces.txt", settings=stub_settings)
    assert brief.claims


def test_an_output_file_is_as_readable_as_any_new_file(tmp_path):
    import os

    mask = os.umask(0o022)
    try:
        write_atomically(tmp_path / "brief.md", "# A brief\n")
    finally:
        os.umask(mask)
    assert (tmp_path / "brief.md").stat().st_mode & 0o777 == 0o644


def test_a_killed_runs_temporary_output_is_swept_by_the_next_write_and_a_live_ones_kept(
    tmp_path,
):
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    leftover = tmp_path / f".a.json.{dead.pid}.abcd1234"
    live = tmp_path / f".b.json.{os.getpid()}.abcd1234"
    leftover.write_text("half")
    live.write_text("being written")
    write_atomically(tmp_path / "c.json", "{}")
    assert sorted(p.name for p in tmp_path.iterdir()) == [live.name, "c.json"]
