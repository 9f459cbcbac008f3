"""Reading articles: encodings detected, binary refused, HTML pages reduced to their text."""

from __future__ import annotations

import pytest

from summarizer import Article, InputError, read_article, summarize
from summarizer.cli import main

from .conftest import CASSETTES_DIR, HTML_SEED, SEED_PATHS

REPLAY = ["--replay", "--cassettes", str(CASSETTES_DIR)]
FRENCH = "Le maire de Zürich a démenti jeudi les « rumeurs » sur le coût du métro : 3 € de plus."


def write(tmp_path, name, data: bytes):
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize("encoding", ["cp1252", "latin-1", "utf-16", "utf-8-sig"])
def test_text_in_another_encoding_is_decoded(tmp_path, encoding):
    path = write(tmp_path, "a.txt", FRENCH.replace("€", "EUR" if encoding == "latin-1" else "€")
                 .encode(encoding))  # fmt: skip
    assert "Zürich a démenti jeudi les « rumeurs »" in read_article(path).text


def test_cyrillic_in_windows_1251_is_decoded(tmp_path):
    text = "Министр иностранных дел заявил журналистам, что переговоры продолжатся."
    assert read_article(write(tmp_path, "ru.txt", text.encode("cp1251"))).text == text


def test_a_few_accented_letters_are_read_as_windows_1252(tmp_path):
    assert read_article(write(tmp_path, "a.txt", b"caf\xe9 au lait")).text == "café au lait"


def test_bytes_in_no_detectable_encoding_are_refused_clearly(tmp_path):
    path = write(tmp_path, "noise.txt", bytes(range(0x80, 0x100)) * 8)
    with pytest.raises(InputError, match=r"noise.txt: .*encoding cannot be detected"):
        read_article(path)


@pytest.mark.parametrize(
    ("data", "kind"),
    [(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n", "a PDF document"),
     (b"PK\x03\x04\x14\x00\x06\x00", "a ZIP archive"),
     (b"\x89PNG\r\n\x1a\n", "a PNG image"),
     (b"some text\x00\x00\x00more", "a binary file")],
)  # fmt: skip
def test_binary_data_named_txt_is_refused_in_one_line(tmp_path, data, kind):
    with pytest.raises(InputError, match=f"report.txt: this is {kind}") as caught:
        read_article(write(tmp_path, "report.txt", data))
    assert "\n" not in str(caught.value)


def test_control_characters_mark_a_binary_file(tmp_path):
    with pytest.raises(InputError, match="binary"):
        read_article(write(tmp_path, "x.txt", bytes(range(1, 32)) * 10))


def test_an_html_page_is_recognised_by_its_content_whatever_its_name(tmp_path, html_page):
    renamed = write(tmp_path, "page.txt", html_page.read_bytes())
    article = read_article(renamed)
    assert article.from_html and "<p>" not in article.text


def test_the_text_of_an_html_page_leaves_out_navigation_and_footer(html_page):
    article = read_article(html_page)
    assert article.text == HTML_SEED.read_text(encoding="utf-8").strip()


def test_an_article_that_mentions_a_tag_is_not_html():
    article = Article.from_text("Editors argued over the <p> tag.\n\nThe row went on.")
    assert not article.from_html


def test_an_html_page_without_article_text_is_refused(tmp_path):
    page = write(
        tmp_path,
        "empty.html",
        b"<!DOCTYPE html><html><head><script>var x = 1;</script></head><body></body></html>",
    )
    with pytest.raises(InputError, match="empty.html: .*(no article text|empty)"):
        read_article(page)


def test_a_brief_of_an_html_page_is_grounded_in_the_extracted_text(html_page, replay_settings):
    article = read_article(html_page)
    brief = summarize(html_page.read_text(), name=html_page.name, settings=replay_settings)
    assert brief.provenance.source_format == "html"
    items = [*brief.claims, *brief.denials, *brief.figures]
    assert items
    assert all(article.text[i.evidence.start : i.evidence.end] == i.evidence.quote for i in items)


def test_the_cli_keeps_the_extracted_text_beside_the_brief(html_page, tmp_path):
    out = tmp_path / "out"
    assert main(["brief", str(html_page), "--format", "json", "-o", str(out), *REPLAY]) == 0
    assert sorted(p.name for p in out.iterdir()) == [
        f"{HTML_SEED.stem}.extracted.txt",
        f"{HTML_SEED.stem}.json",
    ]
    text = (out / f"{HTML_SEED.stem}.extracted.txt").read_text(encoding="utf-8")
    assert text == HTML_SEED.read_text(encoding="utf-8").strip()


def test_a_directory_of_good_and_bad_files_briefs_every_good_one(tmp_path, capsys):
    folder = tmp_path / "articles"
    folder.mkdir()
    for seed in SEED_PATHS[:2]:  # their cassettes are named after them
        (folder / seed.name).write_bytes(seed.read_bytes())
    bad = {
        "empty.txt": b"", "blank.txt": b" \n\n\t", "scan.txt": b"%PDF-1.4\n%\xc7\xec\x8f\xa2\n",
        "photo.txt": b"\xff\xd8\xff\xe0\x00\x10JFIF", "noise.txt": bytes(range(0x80, 0x100)) * 8,
    }  # fmt: skip
    for name, data in bad.items():
        (folder / name).write_bytes(data)
    (folder / "drafts").mkdir()
    out = tmp_path / "out"
    code = main(["brief", *map(str, sorted(folder.iterdir())), "-o", str(out), *REPLAY])
    err = capsys.readouterr().err
    assert code == 1
    assert sorted(p.name for p in out.iterdir()) == sorted(f"{s.stem}.md" for s in SEED_PATHS[:2])
    lines = err.splitlines()
    for name in [*bad, "drafts"]:
        assert len([line for line in lines if line.startswith("summarizer:") and name in line]) == 1
    assert "6 of 8 article(s) failed:" in err
    assert "Traceback" not in err
