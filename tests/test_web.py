"""The web page in headless Chromium, driven by Playwright: it loads the
seed's article, finds the highlights and the chart, and saves a screenshot."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from marketfacts.corpus import read_articles
from marketfacts.store import Store

from .conftest import ROOT, shared_path
from .servers import Server

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed (.ci/run installs it)")
def test_page_shows_article_highlights_and_chart(tmp_path: Path) -> None:
    playwright = pytest.importorskip("playwright.sync_api")
    seed = shared_path("seed", "000_aed213d12f714603.txt")
    db = tmp_path / "web.duckdb"
    with Store(db) as store:
        store.ingest(read_articles(str(seed)))
    server = Server(db)
    try:
        with playwright.sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, headless=True,
                                        args=["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                                              "--disable-component-update", "--disable-sync", "--no-first-run"])
            page = browser.new_page(viewport={"width": 1280, "height": 1400})
            page.goto(server.url + "/?article=000_aed213d12f714603")
            page.wait_for_selector("mark.mf-fact")
            marks = page.locator("mark.mf-fact")
            assert marks.count() >= 15  # one piece or more a fact
            assert page.locator("mark.mf-fact.mf-check").count() >= 1
            assert page.locator(".mf-legend span").count() >= 3 and page.locator(".mf-chip").count() >= 15
            # the card in words, on hover (title) and for a screen reader; marks take keyboard focus
            hsi = page.locator("mark.mf-fact", has_text="19,290.90").first
            assert "^HSI" in (hsi.get_attribute("title") or "") and hsi.get_attribute("tabindex") == "0"
            page.locator("mark.mf-fact").first.hover()
            assert "\"kind\"" in page.locator("#detail").inner_text()
            page.locator("mark.mf-fact", has_text="19,290.90").first.click()
            assert "Hang Seng" in page.locator("#detail").inner_text()
            page.wait_for_selector("#moves-chart")
            assert page.locator("#moves-chart rect.bar").count() >= 1
            assert page.locator("#facts tbody tr").count() >= 15
            out = ROOT / "docs" / "screenshot.png"
            out.parent.mkdir(exist_ok=True)
            page.screenshot(path=str(tmp_path / "page.png"), full_page=True)
            shutil.copy(tmp_path / "page.png", out)
            assert out.stat().st_size > 10_000
            browser.close()
    finally:
        server.close()
