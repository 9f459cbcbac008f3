"""Take docs/review-seed-000.png and docs/review-dossier.png: seed 000's review page and the
seeds' dossier page (`--format html`) in headless chromium.

Run from the repository root: `python docs/review_screenshot.py`. It briefs the seeds from
their recorded cassettes (offline), renders the pages with `to_html` and `dossier_to_html`,
opens them from files in Debian's chromium (`apt-get install chromium`) through Playwright,
selects an item (a claim; a denial's link end, which opens its article), for the brief rests
the pointer on a figure, and saves the screenshots. Needs the `dev` extra.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from playwright.sync_api import sync_playwright

from summarizer import (
    Settings,
    dossier_to_html,
    read_article,
    summarize,
    summarize_dossier,
    to_html,
)

REPO = Path(__file__).resolve().parent.parent
SEED = REPO / "seeds" / "000_44cd55eeee1eb2d9.txt"
OUTPUT = REPO / "docs" / "review-seed-000.png"
DOSSIER_OUTPUT = REPO / "docs" / "review-dossier.png"
CHROMIUM = "/usr/bin/chromium"
# Without the background-networking flags chromium waits on a network it does not have.
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]  # fmt: skip


def main() -> int:
    """Write the screenshot; returns the exit code (1 when chromium is not installed)."""
    if not Path(CHROMIUM).exists():
        print(f"{CHROMIUM} is missing: apt-get install chromium", file=sys.stderr)
        return 1
    text = SEED.read_text(encoding="utf-8")
    with tempfile.TemporaryDirectory() as work:
        settings = Settings.load(
            env={}, recording="replay", cassette_dir=REPO / "cassettes", cache_dir=work
        )
        page_file = Path(work) / f"{SEED.stem}.html"
        page_file.write_text(
            to_html(summarize(text, name=SEED.name, settings=settings), text), encoding="utf-8"
        )
        articles = [read_article(path) for path in sorted((REPO / "seeds").glob("*.txt"))]
        dossier_file = Path(work) / "dossier.html"
        dossier_file.write_text(
            dossier_to_html(
                summarize_dossier(articles, settings=settings),
                {article.name: article.text for article in articles},
            ),
            encoding="utf-8",
        )
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            page.goto(page_file.as_uri())
            page.click('.item[data-target="claim-0"]')
            page.evaluate("window.scrollTo(0, 0)")
            # Rest the pointer on a figure inside a claim: the tooltip names both.
            page.locator("mark.hl-figure", has_text="185 kilometers").hover()
            page.screenshot(path=str(OUTPUT))
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            page.goto(dossier_file.as_uri())
            ends = page.locator('.end[data-end="from"]', has_text="did not receive any pressure")
            ends.first.click()
            page.screenshot(path=str(DOSSIER_OUTPUT))
            browser.close()
    print(OUTPUT, DOSSIER_OUTPUT)
    return 0


if __name__ == "__main__":
    sys.exit(main())
