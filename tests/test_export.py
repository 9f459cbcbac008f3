"""Briefs where users take them next: JSON Lines in the order given, and a CSV of
statements that a spreadsheet or the csv module reads back as it was written."""

from __future__ import annotations

import csv
import io
import json

import pytest

from summarizer import Brief, Claim, Evidence, Provenance, Usage
from summarizer.brief.result import BriefResult
from summarizer.cli import main
from summarizer.output.files import Stream
from summarizer.output.table import COLUMNS, StatementTable

from .conftest import CASSETTES_DIR, SEED_PATHS

REPLAY = ["--replay", "--cassettes", str(CASSETTES_DIR)]
TEXTS = {path.name: path.read_text(encoding="utf-8") for path in SEED_PATHS}


def brief_of(name: str, quote: str = "It said so.") -> Brief:
    provenance = Provenance(
        source=name, article_sha256="0" * 64, model="m", endpoint="rules",
        prompt_versions={}, usage=Usage(),
    )  # fmt: skip
    claim = Claim(
        speaker="A spokesman", statement="It said so.", presentation="asserted",
        evidence=Evidence(quote=quote, start=0, end=len(quote)),
    )  # fmt: skip
    return Brief(title="T", summary="S", claims=[claim], provenance=provenance)


def test_jsonl_writes_one_brief_per_line_in_the_order_given(tmp_path, capsys):
    paths = [SEED_PATHS[2], SEED_PATHS[0], SEED_PATHS[1]]
    assert main(["brief", *map(str, paths), "--format", "jsonl", *REPLAY]) == 0
    lines = capsys.readouterr().out.splitlines()
    briefs = [Brief.model_validate_json(line) for line in lines]
    assert [brief.provenance.source for brief in briefs] == [path.name for path in paths]


def test_jsonl_to_a_file_holds_exactly_what_stdout_would(tmp_path, capsys):
    target = tmp_path / "briefs.jsonl"
    assert main(["brief", *map(str, SEED_PATHS[:2]), "--format", "jsonl", *REPLAY]) == 0
    printed = capsys.readouterr().out
    assert main(["brief", *map(str, SEED_PATHS[:2]), "--format", "jsonl", "-o", str(target),
                 *REPLAY]) == 0  # fmt: skip
    assert target.read_text(encoding="utf-8") == printed
    assert [path.name for path in tmp_path.iterdir()] == ["briefs.jsonl"]


def test_the_stream_keeps_the_order_given_whatever_order_briefs_finish_in(tmp_path):
    target = tmp_path / "briefs.jsonl"
    stream = Stream(target, "jsonl")
    for name in ("a", "b", "c"):
        stream.expect(name)
    stream.put(BriefResult("c", brief=brief_of("c")))
    stream.put(BriefResult("a", brief=brief_of("a")))
    stream.put(BriefResult("b", error=None))  # failed: it leaves no line
    stream.close()
    lines = target.read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["provenance"]["source"] for line in lines] == ["a", "c"]


def test_a_failed_article_leaves_no_line_and_the_others_go_on(tmp_path, capsys):
    missing = tmp_path / "missing.txt"
    code = main(["brief", str(SEED_PATHS[0]), str(missing), "--format", "jsonl", *REPLAY])
    captured = capsys.readouterr()
    assert code == 1
    assert len(captured.out.splitlines()) == 1
    assert f"{missing}: no such file" in captured.err and "Traceback" not in captured.err


def test_jsonl_with_a_folder_for_output_is_a_usage_error(tmp_path, capsys):
    code = main(["brief", str(SEED_PATHS[0]), "--format", "jsonl", "-o", str(tmp_path), *REPLAY])
    assert code == 2
    assert "writes one file: give -o FILE.jsonl" in capsys.readouterr().err


def test_an_unwritable_jsonl_file_is_one_line_before_any_brief(tmp_path, capsys):
    blocked = tmp_path / "file"
    blocked.write_text("a file where a folder should be")
    code = main(["brief", str(SEED_PATHS[0]), "--format", "jsonl", "-o",
                 str(blocked / "briefs.jsonl"), *REPLAY])  # fmt: skip
    err = capsys.readouterr().err
    assert code == 1
    assert err.count("cannot write") == 1 and "briefed" not in err and "Traceback" not in err


def read_rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text, newline="")))


def test_the_csv_of_a_run_has_a_row_per_claim_denial_and_figure(capsys):
    assert main(["brief", *map(str, SEED_PATHS), "--format", "csv", *REPLAY]) == 0
    rows = read_rows(capsys.readouterr().out)
    assert main(["brief", *map(str, SEED_PATHS), "--format", "jsonl", *REPLAY]) == 0
    briefs = [Brief.model_validate_json(line) for line in capsys.readouterr().out.splitlines()]
    assert len(rows) == sum(len(b.claims) + len(b.denials) + len(b.figures) for b in briefs)
    assert {row["kind"] for row in rows} == {"claim", "denial", "figure"}


def test_every_quote_of_the_csv_stands_at_its_offsets_in_its_article(capsys):
    assert main(["brief", *map(str, SEED_PATHS), "--format", "csv", *REPLAY]) == 0
    rows = read_rows(capsys.readouterr().out)
    assert rows
    for row in rows:
        assert TEXTS[row["article"]][int(row["start"]) : int(row["end"])] == row["quote"]


def test_every_statement_row_gives_its_cue_as_the_article_writes_it(capsys):
    assert main(["brief", *map(str, SEED_PATHS), "--format", "csv", *REPLAY]) == 0
    rows = [r for r in read_rows(capsys.readouterr().out) if r["kind"] != "figure"]
    assert rows and all(row["cue"] for row in rows)
    for row in rows:
        assert row["cue"].casefold() in " ".join(TEXTS[row["article"]].split()).casefold()


def test_export_turns_json_briefs_into_the_same_csv(tmp_path, capsys):
    out = tmp_path / "briefs"
    assert main(["brief", *map(str, SEED_PATHS), "--format", "json", "-o", str(out), *REPLAY]) == 0
    assert main(["brief", *map(str, SEED_PATHS), "--format", "csv", *REPLAY]) == 0
    direct = capsys.readouterr().out
    target = tmp_path / "statements.csv"
    briefs = sorted(out.glob("*.json"))
    assert main(["export", *map(str, briefs), "--csv", str(target)]) == 0
    assert target.read_bytes().decode("utf-8") == direct


def test_quotes_and_newlines_inside_a_field_survive_the_round_trip():
    quote = 'He said "never",\nand left.'
    stream = io.StringIO(newline="")
    StatementTable(stream).add(brief_of("a.txt", quote))
    (row,) = read_rows(stream.getvalue())
    assert row["quote"] == quote
    assert list(row) == list(COLUMNS)


def test_export_skips_a_file_that_is_not_a_brief_in_one_line(tmp_path, capsys):
    good, bad = tmp_path / "good.json", tmp_path / "bad.json"
    good.write_text(brief_of("a.txt").model_dump_json())
    bad.write_text('{"not": "a brief"}')
    code = main(["export", str(bad), str(good)])
    captured = capsys.readouterr()
    assert code == 1
    assert len(read_rows(captured.out)) == 1
    assert f"{bad}: not a brief" in captured.err and "Traceback" not in captured.err


@pytest.mark.parametrize("form", ["md", "json", "html"])
def test_formats_with_one_file_per_article_still_write_a_folder(form, tmp_path):
    out = tmp_path / "out"
    assert main(["brief", str(SEED_PATHS[0]), "--format", form, "-o", str(out), *REPLAY]) == 0
    assert [path.name for path in out.iterdir()] == [f"{SEED_PATHS[0].stem}.{form}"]
