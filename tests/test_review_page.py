"""The HTML review page in a real browser (Debian's headless chromium, through Playwright):
it loads cleanly, every item has exactly one highlight holding its quote, choosing an item
scrolls to it, and article text never runs as code."""

from __future__ import annotations

import pytest

from summarizer import Brief, Claim, Figure, Provenance, Usage, locate, to_html

from .conftest import SEED_PATHS

pytestmark = pytest.mark.browser

SEEDS = [path.name for path in SEED_PATHS]

# The page's highlight of each id: how many elements carry it, and the text of the first.
HIGHLIGHTS = """() => {
  const found = {};
  for (const mark of document.querySelectorAll("mark.hl[data-item]")) {
    const seen = found[mark.dataset.item] || [0, mark.textContent];
    found[mark.dataset.item] = [seen[0] + 1, seen[1]];
  }
  return found;
}"""


def _evidenced(brief: Brief) -> dict[str, str]:
    """Each claim, denial and figure of a brief by its id on the page, with its quote."""
    return {
        **{f"claim-{i}": item.evidence.quote for i, item in enumerate(brief.claims)},
        **{f"denial-{i}": item.evidence.quote for i, item in enumerate(brief.denials)},
        **{f"figure-{i}": item.evidence.quote for i, item in enumerate(brief.figures)},
    }


def _brief_of(text: str, title: str, claims: list[tuple[str, str]], figures: list[str]) -> Brief:
    """A brief of a hand-made article: its items located in the text by `locate`, as the
    pipeline locates them (test input, not a model answer)."""
    return Brief(
        title=title,
        summary="A hand-made article for the review page's tests.",
        claims=[
            Claim(
                speaker=speaker,
                statement=quote,
                presentation="asserted",
                evidence=locate(quote, text),
            )
            for speaker, quote in claims
        ],
        figures=[Figure(value=None, text=quote, evidence=locate(quote, text)) for quote in figures],
        provenance=Provenance(
            source="handmade.txt",
            article_sha256="0" * 64,
            model="none",
            endpoint="custom",
            prompt_versions={},
            usage=Usage(),
        ),
    )


@pytest.mark.parametrize("name", SEEDS)
def test_a_seed_page_loads_without_console_errors(open_page, seed_pages, name):
    opened = open_page(seed_pages[name])
    assert opened.page.locator("mark.hl").count() > 0
    assert opened.errors == []


@pytest.mark.parametrize("name", SEEDS)
def test_every_item_has_exactly_one_highlight_holding_its_quote(
    open_page, seed_pages, seed_briefs, name
):
    found = open_page(seed_pages[name]).page.evaluate(HIGHLIGHTS)
    expected = _evidenced(seed_briefs[name])
    assert expected
    assert {item: found.get(item) for item in expected} == {
        item: [1, quote] for item, quote in expected.items()
    }


@pytest.mark.parametrize("name", SEEDS)
def test_the_highlighted_text_is_the_article_unchanged(open_page, seed_pages, seed_texts, name):
    page = open_page(seed_pages[name]).page
    assert page.evaluate("document.querySelector('.article-text').textContent") == seed_texts[name]


def test_every_item_in_the_list_has_its_highlight(open_page, seed_pages):
    page = open_page(seed_pages[SEEDS[0]]).page
    targets = page.eval_on_selector_all(".item[data-target]", "bs => bs.map(b => b.dataset.target)")
    marked = page.eval_on_selector_all("mark.hl", "ms => ms.map(m => m.dataset.item)")
    assert targets and sorted(targets) == sorted(marked)


def test_clicking_an_item_scrolls_its_highlight_into_view(open_page, seed_pages, seed_briefs):
    brief = seed_briefs[SEEDS[0]]
    page = open_page(seed_pages[SEEDS[0]], width=1000, height=400).page
    last = max(_evidenced(brief), key=lambda item: page.locator(f'mark[data-item="{item}"]')
               .bounding_box()["y"])  # fmt: skip
    mark = page.locator(f'mark[data-item="{last}"]')
    assert mark.bounding_box()["y"] > 400, "the highlight should start below the viewport"

    page.click(f'.item[data-target="{last}"]')

    box = mark.bounding_box()
    assert box["y"] >= 0 and box["y"] + min(box["height"], 400) <= 400
    assert "selected" in mark.get_attribute("class").split()


def test_clicking_a_highlight_marks_its_item_in_the_list(open_page, seed_pages):
    page = open_page(seed_pages[SEEDS[0]]).page
    page.click('mark[data-item="figure-0"]')
    assert "selected" in page.get_attribute('.item[data-target="figure-0"]', "class").split()


def test_hovering_a_highlight_shows_its_item(open_page, seed_pages, seed_briefs):
    figure = seed_briefs[SEEDS[0]].figures[0]
    page = open_page(seed_pages[SEEDS[0]]).page
    page.hover('mark[data-item="figure-0"]')
    tooltip = page.locator("#review-tooltip")
    assert tooltip.is_visible()
    assert tooltip.text_content().startswith(f"Figure · {' '.join(figure.text.split())}")


INJECTED = (
    "Officials said on Monday that the page was safe. "
    '<script>window.injected = true; console.log("injected")</script> '
    '<img src="x" onerror="window.injected = true"> '
    "The ministry said 40 pages were checked.\n"
)


def test_a_script_in_an_article_stays_text(open_page):
    brief = _brief_of(
        INJECTED,
        title="<script>window.injected = true</script>Safe",
        claims=[("Officials", '<script>window.injected = true; console.log("injected")</script>')],
        figures=["40 pages"],
    )
    opened = open_page(to_html(brief, INJECTED))
    page = opened.page
    assert page.evaluate("window.injected") is None
    assert "injected" not in opened.console and opened.errors == []
    assert page.locator(".article script, .article img, h1 script").count() == 0
    assert page.text_content('mark[data-item="claim-0"]') == brief.claims[0].evidence.quote
    assert page.evaluate("document.querySelector('.article-text').textContent") == INJECTED


CROSSING = "The minister said 3 million people voted, up from 2 million in the last vote.\n"


def test_an_item_crossing_another_is_still_found_by_clicking_it(open_page):
    brief = _brief_of(
        CROSSING,
        title="Crossing items",
        claims=[("The minister", "The minister said 3 million")],
        figures=["3 million people voted"],
    )
    page = open_page(to_html(brief, CROSSING)).page
    assert page.text_content('mark[data-item="claim-0"]') == "The minister said 3 million"
    page.click('.item[data-target="figure-0"]')
    selected = page.evaluate("[...CSS.highlights.get('review-selected')][0].toString()")
    assert selected == "3 million people voted"


WINDOWS_LINES = "Officials met on Monday.\r\nThe minister said 3 million people voted.\r\n"


def test_carriage_returns_stay_in_the_text_and_in_the_quotes(open_page):
    brief = _brief_of(
        WINDOWS_LINES,
        title="Windows line endings",
        claims=[("The minister", "on Monday. The minister said")],
        figures=["3 million people"],
    )
    page = open_page(to_html(brief, WINDOWS_LINES)).page
    assert page.evaluate("document.querySelector('.article-text').textContent") == WINDOWS_LINES
    assert page.evaluate(HIGHLIGHTS) == {
        "claim-0": [1, "on Monday.\r\nThe minister said"],
        "figure-0": [1, "3 million people"],
    }
