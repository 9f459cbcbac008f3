"""Articles from URLs: fetched from a loopback web server that behaves as real sites do
(redirects, slow and oversized answers, wrong charsets, errors), never from a live site."""

from __future__ import annotations

import json

import pytest

from summarizer import Brief, FetchError, InputError, fetch_article, summarize, summarize_url
from summarizer.cli import main
from summarizer.model.local import free_port
from summarizer.sources.article import stem_of
from summarizer.sources.reading import read_articles
from summarizer.sources.web import MAX_REDIRECTS, PAGES_FOLDER

from .conftest import HTML_SEED, SEED_PATHS, news_page, stub_cli_args
from .pages import Page

ARTICLE = HTML_SEED.read_text(encoding="utf-8")
PAGE = news_page(ARTICLE).encode("utf-8")
FRENCH = (
    "Le ministre a déclaré « non » à la réforme, selon l’agence.\n\n"
    "Il a ajouté que le coût dépasserait 5 millions d’euros."
)


def test_a_page_is_briefed_from_its_main_text(web, fetch_settings):
    url = web.route("/world/story.html", Page(PAGE))
    article = fetch_article(url, fetch_settings)
    assert article.text == ARTICLE
    assert article.from_html


def test_a_fetched_article_knows_its_url_and_when_it_was_fetched(web, fetch_settings):
    url = web.route("/world/story.html", Page(PAGE))
    article = fetch_article(url, fetch_settings)
    assert (article.name, article.url, article.final_url) == (url, url, url)
    assert article.fetched_at is not None and article.fetched_at.tzinfo is not None


def test_a_plain_text_page_is_read_as_it_is(web, fetch_settings):
    url = web.route("/story.txt", Page(ARTICLE.encode(), content_type="text/plain"))
    article = fetch_article(url, fetch_settings)
    assert article.text == ARTICLE and not article.from_html


def test_redirects_are_followed_and_the_final_url_recorded(web, fetch_settings):
    final = web.route("/new/story", Page(PAGE))
    url = web.route("/old/story", Page(status=301, location="/new/story"))
    article = fetch_article(url, fetch_settings)
    assert (article.url, article.final_url) == (url, final)


def test_a_redirect_loop_is_given_up_after_the_bound(web, fetch_settings):
    url = web.route("/a", Page(status=302, location="/b"))
    web.route("/b", Page(status=302, location="/a"))
    with pytest.raises(FetchError, match=f"more than {MAX_REDIRECTS} redirects"):
        fetch_article(url, fetch_settings)
    assert web.hits["/a"] + web.hits["/b"] == MAX_REDIRECTS + 1


def test_a_redirect_to_another_scheme_is_refused(web, fetch_settings):
    url = web.route("/moved", Page(status=302, location="ftp://127.0.0.1/story"))
    with pytest.raises(FetchError, match="only http and https"):
        fetch_article(url, fetch_settings)


@pytest.mark.parametrize("url", ["ftp://example.com/story", "file:///etc/hostname"])
def test_only_http_and_https_urls_are_fetched(url, fetch_settings):
    with pytest.raises(FetchError, match="only http and https"):
        fetch_article(url, fetch_settings)


def test_a_missing_page_fails_at_once_with_its_status(web, fetch_settings):
    with pytest.raises(FetchError, match="HTTP 404 Not Found"):
        fetch_article(web.url("/gone"), fetch_settings)
    assert web.hits["/gone"] == 1


def test_a_server_error_is_tried_again(web, fetch_settings):
    url = web.route("/busy", Page(PAGE, failures=[503, 502]))
    assert fetch_article(url, fetch_settings).text == ARTICLE
    assert web.hits["/busy"] == 3


def test_a_server_error_that_lasts_fails_with_its_status_after_the_attempts(web, fetch_settings):
    url = web.route("/down", Page(PAGE, failures=[500] * 5))
    with pytest.raises(FetchError, match="HTTP 500"):
        fetch_article(url, fetch_settings)
    assert web.hits["/down"] == fetch_settings.max_attempts


def test_a_refused_connection_fails_with_its_cause(fetch_settings):
    url = f"http://127.0.0.1:{free_port()}/story"
    with pytest.raises(FetchError, match="cannot connect") as raised:
        fetch_article(url, fetch_settings.with_changes(max_attempts=1))
    assert raised.value.__cause__ is not None


def test_a_server_that_does_not_answer_in_time_fails(web, fetch_settings):
    url = web.route("/slow", Page(PAGE, delay=3.0))
    with pytest.raises(FetchError, match="no whole answer within 1 s"):
        fetch_article(url, fetch_settings.with_changes(max_attempts=1))


def test_a_server_that_trickles_its_answer_is_cut_off_at_the_timeout(web, fetch_settings):
    url = web.route("/trickle", Page(PAGE * 4, trickle=0.3))
    with pytest.raises(FetchError, match="no whole answer within 1 s"):
        fetch_article(url, fetch_settings.with_changes(max_attempts=1))


def test_a_page_declared_larger_than_the_limit_is_refused(web, fetch_settings):
    url = web.route("/big", Page(PAGE))
    with pytest.raises(FetchError, match="larger than 1,000 bytes"):
        fetch_article(url, fetch_settings.with_changes(fetch_max_bytes=1000))


def test_a_page_that_grows_past_the_limit_without_a_length_is_cut_off(web, fetch_settings):
    url = web.route("/endless", Page(PAGE * 4, trickle=0.0))
    with pytest.raises(FetchError, match="larger than 2,000 bytes"):
        fetch_article(url, fetch_settings.with_changes(fetch_max_bytes=2000))


def test_a_document_that_is_not_a_page_is_refused(web, fetch_settings):
    url = web.route("/report.pdf", Page(b"%PDF-1.7 ...", content_type="application/pdf"))
    with pytest.raises(FetchError, match=r"not an HTML or text page \(application/pdf\)"):
        fetch_article(url, fetch_settings)


def test_the_charset_in_the_headers_decodes_the_page(web, fetch_settings):
    page = Page(FRENCH.encode("cp1252"), content_type="text/plain; charset=windows-1252")
    assert fetch_article(web.route("/fr", page), fetch_settings).text == FRENCH


def test_the_charset_a_page_declares_in_its_markup_decodes_it(web, fetch_settings):
    body = news_page(FRENCH, charset="windows-1252").encode("cp1252")
    article = fetch_article(web.route("/fr", Page(body, content_type="text/html")), fetch_settings)
    assert "déclaré « non »" in article.text and "d’euros" in article.text


def test_a_page_labelled_latin1_is_read_as_windows_1252_as_browsers_do(web, fetch_settings):
    text = "He called it “a betrayal” – twice.\n\nNo one else spoke."
    page = Page(text.encode("cp1252"), content_type="text/plain; charset=ISO-8859-1")
    assert fetch_article(web.route("/quotes", page), fetch_settings).text == text


def test_a_wrong_declared_charset_does_not_garble_a_utf8_page(web, fetch_settings):
    page = Page(FRENCH.encode("utf-8"), content_type="text/plain; charset=windows-1252")
    assert fetch_article(web.route("/fr", page), fetch_settings).text == FRENCH


def test_an_unknown_declared_charset_falls_back_to_detection(web, fetch_settings):
    page = Page(FRENCH.encode("utf-8"), content_type="text/plain; charset=x-no-such-charset")
    assert fetch_article(web.route("/fr", page), fetch_settings).text == FRENCH


def test_a_page_is_fetched_once_then_read_from_the_cache(web, fetch_settings):
    url = web.route("/story", Page(PAGE))
    first, second = fetch_article(url, fetch_settings), fetch_article(url, fetch_settings)
    assert web.hits["/story"] == 1
    assert second == first


def test_refetch_fetches_a_cached_page_again(web, fetch_settings):
    url = web.route("/story", Page(PAGE))
    fetch_article(url, fetch_settings)
    fetch_article(url, fetch_settings.with_changes(refetch=True))
    assert web.hits["/story"] == 2


def test_a_page_that_failed_is_not_cached(web, fetch_settings):
    url = web.route("/flaky", Page(PAGE, failures=[404]))
    with pytest.raises(FetchError):
        fetch_article(url, fetch_settings)
    assert fetch_article(url, fetch_settings).text == ARTICLE


def test_files_and_urls_are_read_through_one_entry_point_in_their_order(web, fetch_settings):
    url = web.route("/world/story.html", Page(PAGE))
    refused: list[InputError] = []
    read = list(read_articles([str(SEED_PATHS[0]), url], fetch_settings, refused.append))
    assert [article.name for article in read] == [SEED_PATHS[0].name, url]
    assert read[1].text == ARTICLE and not refused


def test_a_source_that_cannot_be_read_is_refused_and_the_others_are_read(
    web, fetch_settings, tmp_path
):
    url = web.route("/gone", Page(status=404))
    refused: list[InputError] = []
    paths = [str(tmp_path / "missing.txt"), url, str(SEED_PATHS[0])]
    read = list(read_articles(paths, fetch_settings, refused.append))
    assert [article.name for article in read] == [SEED_PATHS[0].name]
    assert [type(error) for error in refused] == [InputError, FetchError]


def test_files_alone_are_read_without_opening_the_page_cache(fetch_settings):
    list(read_articles([str(SEED_PATHS[0])], fetch_settings, [].append))
    assert not (fetch_settings.cache_dir / PAGES_FOLDER).exists()


def test_a_url_names_its_output_files_after_its_host_and_path():
    assert stem_of("https://example.com/world/story.html") == "example.com-world-story"
    assert stem_of("http://example.com/") == "example.com"


def test_summarize_url_records_where_the_page_came_from(web, stub_settings):
    final = web.route("/new/story", Page(PAGE))
    url = web.route("/story", Page(status=301, location="/new/story"))
    provenance = summarize_url(url, settings=stub_settings).provenance
    assert (provenance.url, provenance.final_url) == (url, final)
    assert provenance.fetched_at is not None and provenance.source_format == "html"


def test_the_command_line_writes_the_fetched_text_beside_the_brief(
    web, stub, stub_environment, tmp_path
):
    url = web.route("/world/story.html", Page(PAGE))
    out = tmp_path / "out"
    assert main(["brief", url, "--format", "json", "-o", str(out), *stub_cli_args(stub)]) == 0
    brief = Brief.model_validate_json((out / f"{stem_of(url)}.json").read_text())
    text = (out / f"{stem_of(url)}.extracted.txt").read_text(encoding="utf-8")
    assert brief.provenance.url == url
    evidence = [item.evidence for item in (*brief.claims, *brief.denials, *brief.figures)]
    assert evidence and all(text[e.start : e.end] == e.quote for e in evidence)


def test_a_url_that_cannot_be_fetched_fails_alone_in_one_line(
    web, stub, stub_environment, tmp_path, capsys
):
    good, bad = web.route("/story", Page(PAGE)), web.url("/missing")
    out = tmp_path / "out"
    code = main(["brief", good, bad, "-o", str(out), *stub_cli_args(stub)])
    err = capsys.readouterr().err
    assert code == 1
    assert [path.name for path in out.glob("*.md")] == [f"{stem_of(good)}.md"]
    assert f"summarizer: {bad}: HTTP 404 Not Found\n" in err and "Traceback" not in err


def test_a_fetched_article_is_briefed_by_summarize_as_it_is(web, fetch_settings, stub_settings):
    article = fetch_article(web.route("/story", Page(PAGE)), fetch_settings)
    brief = summarize(article, settings=stub_settings)
    assert brief.provenance.url == article.url and brief.provenance.source == article.name


def test_a_dossier_is_made_of_articles_given_as_urls(web, stub, stub_environment, tmp_path):
    first = web.route("/a", Page(PAGE))
    second = web.route("/b", Page(news_page(SEED_PATHS[0].read_text(encoding="utf-8")).encode()))
    out = tmp_path / "dossier.json"
    main(["dossier", first, second, "--format", "json", "-o", str(out), *stub_cli_args(stub)])
    sources = json.loads(out.read_text())["sources"]
    assert {source["article"] for source in sources} == {first, second}
