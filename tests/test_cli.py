"""The command line: files written, stdin to stdout, clear errors, exit codes."""

from __future__ import annotations

import io
import json
import subprocess
import sys

import pytest

import summarizer
from summarizer import Brief
from summarizer.cli import main

from .conftest import CASSETTES_DIR, SEED_PATHS

REPLAY = ["--replay", "--cassettes", str(CASSETTES_DIR)]


def test_brief_writes_one_markdown_file_per_article(tmp_path):
    code = main(["brief", *map(str, SEED_PATHS[:2]), "-o", str(tmp_path), *REPLAY])
    assert code == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        f"{p.stem}.md" for p in SEED_PATHS[:2]
    )


def test_json_output_is_a_brief(tmp_path, seed_path):
    assert main(["brief", str(seed_path), "--format", "json", "-o", str(tmp_path), *REPLAY]) == 0
    brief = Brief.model_validate_json((tmp_path / f"{seed_path.stem}.json").read_text())
    assert brief.provenance.source == seed_path.name


def test_dash_reads_stdin_and_writes_stdout(monkeypatch, capsys, seed_path, tmp_path):
    # A cassette is named after its article; stdin's article is called "stdin".
    (tmp_path / "stdin.yaml").write_bytes((CASSETTES_DIR / f"{seed_path.stem}.yaml").read_bytes())
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(seed_path.read_bytes())))
    code = main(["brief", "-", "--format", "json", "--replay", "--cassettes", str(tmp_path)])
    assert code == 0
    assert Brief.model_validate_json(capsys.readouterr().out).provenance.source == "stdin"


def test_a_missing_file_is_one_clear_line_and_exit_1(capsys, tmp_path):
    assert main(["brief", str(tmp_path / "missing.txt"), *REPLAY]) == 1
    err = capsys.readouterr().err
    assert "missing.txt: no such file" in err and "Traceback" not in err


@pytest.mark.parametrize(
    ("content", "message"),
    [(b"", "empty"), (b"  \n\t ", "empty"), (b"\x00\x01binary", "binary"),
     (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "a PDF document"),
     (bytes(range(0x80, 0x100)) * 8, "cannot be detected")],
)  # fmt: skip
def test_bad_input_is_named_and_fails(capsys, tmp_path, content, message):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    assert main(["brief", str(path), *REPLAY]) == 1
    assert message in capsys.readouterr().err


def test_a_directory_is_not_an_article(capsys, tmp_path):
    assert main(["brief", str(tmp_path), *REPLAY]) == 1
    assert "is a directory" in capsys.readouterr().err


def test_in_a_batch_good_articles_are_still_briefed(capsys, tmp_path, seed_path):
    out = tmp_path / "out"
    code = main(["brief", str(seed_path), str(tmp_path / "missing.txt"), "-o", str(out), *REPLAY])
    assert code == 1
    assert (out / f"{seed_path.stem}.md").is_file()
    assert "1 of 2 article(s) failed" in capsys.readouterr().err


def test_progress_goes_to_stderr_for_several_articles(capsys, tmp_path):
    main(["brief", *map(str, SEED_PATHS[:2]), "-o", str(tmp_path), *REPLAY])
    assert "[2/2]" in capsys.readouterr().err


def test_no_endpoint_and_no_local_model_exits_2(monkeypatch, capsys, seed_path):
    from summarizer.model import local

    monkeypatch.setattr(local, "runtime_installed", lambda: False)
    assert main(["brief", str(seed_path)]) == 2
    assert "OPENAI_API_KEY" in capsys.readouterr().err


def test_errors_never_show_a_traceback(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "summarizer.cli", "brief", str(tmp_path / "nope.txt")],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert result.returncode == 1
    assert "Traceback" not in result.stderr and "nope.txt" in result.stderr


def test_local_info_reports_the_model_and_runtime(capsys, tmp_path):
    assert main(["local", "info", "--cache-dir", str(tmp_path)]) == 0
    info = json.loads(capsys.readouterr().out)
    assert {"runtime_installed", "path", "verified"} <= set(info)


def test_a_batch_ends_with_its_account_on_stderr(capsys, tmp_path):
    main(["brief", *map(str, SEED_PATHS[:2]), "-o", str(tmp_path), *REPLAY])
    err = capsys.readouterr().err
    assert "2 briefed (0 from cache, 0 degraded), 0 failed; tokens:" in err


def test_prices_add_the_cost_to_the_account(capsys, tmp_path):
    prices = tmp_path / "prices.json"
    prices.write_text('{"qwen2.5-coder-1.5b-instruct-q4_k_m": {"prompt": 1, "completion": 2}}')
    out = tmp_path / "out"
    main(["brief", *map(str, SEED_PATHS[:2]), "-o", str(out), "--prices", str(prices), *REPLAY])
    assert "; cost $0.0" in capsys.readouterr().err


def test_the_token_budget_leaves_later_articles_unstarted(capsys, tmp_path):
    code = main(
        ["brief", *map(str, SEED_PATHS), "-o", str(tmp_path), "--token-budget", "1", *REPLAY]
    )
    assert code == 1
    assert len(list(tmp_path.iterdir())) == 1
    assert "token budget" in capsys.readouterr().err


def test_two_files_with_one_name_are_refused_before_any_work(capsys, tmp_path, seed_path):
    other = tmp_path / "x" / seed_path.name
    other.parent.mkdir()
    other.write_bytes(seed_path.read_bytes())
    assert main(["brief", str(seed_path), str(other), "-o", str(tmp_path / "out"), *REPLAY]) == 2
    assert "different names" in capsys.readouterr().err


def test_html_output_is_a_review_page_per_article(tmp_path, seed_path):
    assert main(["brief", str(seed_path), "--format", "html", "-o", str(tmp_path), *REPLAY]) == 0
    page = (tmp_path / f"{seed_path.stem}.html").read_text()
    assert page.startswith("<!doctype html>") and 'data-item="claim-0"' in page


def test_version_prints_the_installed_version(capsys):
    with pytest.raises(SystemExit) as exited:
        main(["--version"])
    assert exited.value.code == 0
    assert capsys.readouterr().out == f"summarizer {summarizer.__version__}\n"


def test_every_brief_records_the_version_that_made_it(seed_briefs):
    assert {brief.provenance.version for brief in seed_briefs.values()} == {summarizer.__version__}


def test_a_single_article_ends_with_the_account_line(seed_path, capsys):
    assert main(["brief", str(seed_path), "--replay", "--cassettes", str(CASSETTES_DIR)]) == 0
    assert capsys.readouterr().err.splitlines()[-1].startswith("summarizer: 1 briefed")
