"""The dossier's HTML review page in a real browser (Debian's headless chromium, through
Playwright): it loads cleanly, every link end and figure report leads to exactly one
highlight holding its quote in its own article, choosing an end opens its folded article
at it, and article text never runs as code."""

from __future__ import annotations

import pytest

from summarizer import Dossier, dossier_to_html

from .conftest import dossier_of

pytestmark = pytest.mark.browser

# Where the end chosen by `selector` leads: how many buttons match it, how many highlights
# carry its target, the text of the highlight and the article it stands in.
LEADS_TO = """(selector) => {
  const buttons = document.querySelectorAll(selector);
  if (buttons.length !== 1) return { buttons: buttons.length };
  const id = buttons[0].dataset.target;
  const marks = document.querySelectorAll(`mark.hl[data-item="${CSS.escape(id)}"]`);
  const first = marks[0];
  return {
    buttons: 1,
    highlights: marks.length,
    text: first ? first.textContent : null,
    article: first ? first.closest(".article").getAttribute("aria-label") : null,
  };
}"""


def _ends(dossier: Dossier) -> dict[str, dict[str, object]]:
    """The button of every link end and figure report on the page, and where it should lead."""
    ends: dict[str, dict[str, object]] = {}
    for index, link in enumerate(dossier.links):
        for side, end in (("from", link.source), ("to", link.target)):
            selector = f'.end[data-end="{side}"][data-links~="{index}"]'
            ends[selector] = {"article": end.article, "text": end.quote}
    for index, conflict in enumerate(dossier.figure_conflicts):
        for number, report in enumerate(conflict.reports):
            selector = f'.end[data-conflict="{index}"][data-report="{number}"]'
            ends[selector] = {"article": report.article, "text": report.quote}
    return ends


def shown_texts(page) -> dict[str, str]:
    """Each article's text as the page shows it, by the article's name."""
    shown = page.eval_on_selector_all(
        ".article", "as => as.map(a => [a.getAttribute('aria-label'), "
        "a.querySelector('.article-text').textContent])",
    )  # fmt: skip
    return dict(shown)


def test_the_dossier_page_loads_without_console_errors(open_page, handmade_dossier):
    opened = open_page(dossier_to_html(*handmade_dossier))
    assert opened.page.locator("mark.hl").count() > 0
    assert opened.errors == []


def test_every_link_end_and_report_has_exactly_one_highlight_holding_its_quote(
    open_page, handmade_dossier
):
    dossier, texts = handmade_dossier
    page = open_page(dossier_to_html(dossier, texts)).page
    expected = _ends(dossier)
    found = {selector: page.evaluate(LEADS_TO, selector) for selector in expected}
    assert found == {
        selector: {"buttons": 1, "highlights": 1, **end} for selector, end in expected.items()
    }


def test_a_quote_of_several_links_is_one_highlight(open_page, handmade_dossier):
    dossier, texts = handmade_dossier
    page = open_page(dossier_to_html(dossier, texts)).page
    quote = dossier.links[0].target.quote  # the end of three links
    marks = page.locator('.article[aria-label="alpha.txt"] mark.hl', has_text=quote)
    ends = page.eval_on_selector_all(
        ".end", "bs => bs.map(b => [b.dataset.target, b.querySelector('.quote').textContent])"
    )
    pointing = [target for target, shown in ends if shown == quote]
    assert marks.count() == 1
    assert len(pointing) == 2  # once as the disputed claim, once as the end of a link
    assert set(pointing) == {marks.get_attribute("data-item")}


def test_the_articles_text_is_unchanged(open_page, handmade_dossier):
    dossier, texts = handmade_dossier
    assert shown_texts(open_page(dossier_to_html(dossier, texts)).page) == texts


def test_clicking_a_link_end_opens_its_article_and_scrolls_its_highlight_into_view(
    open_page, handmade_dossier
):
    dossier, texts = handmade_dossier
    page = open_page(dossier_to_html(dossier, texts), width=1000, height=400).page
    assert page.locator("details.source[open]").count() == 0, "articles start folded"
    end = '.end[data-end="to"][data-links~="2"]'  # the last sentence of beta.txt
    mark = page.locator(f'mark[data-item="{page.get_attribute(end, "data-target")}"]')

    page.click(end)

    assert page.locator('details.source[data-article="beta.txt"]').get_attribute("open") == ""
    box = mark.bounding_box()
    assert box is not None and box["y"] >= 0 and box["y"] + min(box["height"], 400) <= 400
    assert mark.text_content() == dossier.links[2].target.quote
    assert "selected" in mark.get_attribute("class").split()


INJECTED = (
    "Officials said on Monday that the page was safe. "
    '<script>window.injected = true; console.log("injected")</script> '
    '<img src="x" onerror="window.injected = true"> '
    "The ministry denied that the page was unsafe.\n"
)


def test_a_script_in_a_dossiers_article_stays_text(open_page):
    texts = {"injected.txt": INJECTED, "plain.txt": "The ministry said all was well.\n"}
    script = '<script>window.injected = true; console.log("injected")</script>'
    dossier = dossier_of(
        texts,
        links=[
            ("denies", ("injected.txt", "The ministry denied that the page was unsafe"),
             ("injected.txt", script)),
            ("contradicts", ("plain.txt", "The ministry said all was well"),
             ("injected.txt", script)),
        ],
    )  # fmt: skip
    opened = open_page(dossier_to_html(dossier, texts))
    page = opened.page
    page.click('.end[data-end="to"][data-links~="0"]')
    assert page.evaluate("window.injected") is None
    assert "injected" not in opened.console and opened.errors == []
    assert page.locator(".article script, .article img, .sidebar script").count() == 0
    assert page.evaluate(LEADS_TO, '.end[data-end="to"][data-links~="1"]')["text"] == script
    assert page.text_content('.article[aria-label="injected.txt"] .article-text') == INJECTED


def test_the_seed_dossier_page_loads_without_console_errors(open_page, seed_dossier_page):
    opened = open_page(seed_dossier_page)
    assert opened.page.locator("mark.hl").count() > 0
    assert opened.errors == []


def test_every_link_end_and_report_of_the_seed_dossier_has_exactly_one_highlight(
    open_page, seed_dossier_page, seed_dossier
):
    page = open_page(seed_dossier_page).page
    expected = _ends(seed_dossier)
    assert seed_dossier.links  # the seeds have no figure conflict
    found = {selector: page.evaluate(LEADS_TO, selector) for selector in expected}
    assert found == {
        selector: {"buttons": 1, "highlights": 1, **end} for selector, end in expected.items()
    }


def test_the_seed_dossier_page_shows_each_seed_unchanged(open_page, seed_dossier_page, seed_texts):
    assert shown_texts(open_page(seed_dossier_page).page) == seed_texts


def test_clicking_a_seed_link_end_opens_its_article_at_its_highlight(
    open_page, seed_dossier_page, seed_dossier
):
    page = open_page(seed_dossier_page, width=1000, height=400).page
    end = seed_dossier.links[-1].source
    button = f'.end[data-end="from"][data-links~="{len(seed_dossier.links) - 1}"]'
    mark = page.locator(f'mark[data-item="{page.get_attribute(button, "data-target")}"]')

    page.click(button)

    assert page.locator(f'details.source[data-article="{end.article}"]').get_attribute("open") == ""
    box = mark.bounding_box()
    assert box is not None and box["y"] >= 0 and box["y"] + min(box["height"], 400) <= 400
