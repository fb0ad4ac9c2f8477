"""The web page in headless Chromium, driven by Playwright: the seed article
with its prices (claims coloured by verdict, nothing red), the card in words
on focus, filters with counts, paging, deep links, the instrument view and
its chart, one column on a narrow screen; screenshots saved to docs/."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

from marketfacts.corpus import read_articles
from marketfacts.store import Store
from marketfacts.verify import load_prices

from .conftest import ROOT, shared_path
from .servers import Server

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]
SEED_ID = "000_aed213d12f714603"


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Any:
    seed = shared_path("seed", f"{SEED_ID}.txt")
    ex = ROOT / "docs" / "examples"
    db = tmp_path_factory.mktemp("web") / "web.duckdb"
    with Store(db) as store:
        store.ingest(read_articles(str(seed)),
                     prices=load_prices([str(ex / "seed_daily.csv"), str(ex / "seed_intraday.csv")]))
    s = Server(db, writable=False)
    yield s
    s.close()


@pytest.fixture(scope="module")
def browser() -> Any:
    if CHROMIUM is None:
        pytest.skip("Debian's chromium is not installed (.ci/run installs it)")
    playwright = pytest.importorskip("playwright.sync_api")
    with playwright.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
        yield b
        b.close()


def test_seed_article_with_prices(server: Server, browser: Any, tmp_path: Path) -> None:
    page = browser.new_page(viewport={"width": 1280, "height": 1400})
    page.goto(server.url + f"/?article={SEED_ID}")
    page.wait_for_selector("mark.mf-fact")
    assert page.locator("mark.mf-fact").count() >= 15
    # verdicts: the supported claims green, nothing contradicted (red), the rest unchecked
    assert page.locator("mark.mf-supported").count() >= 3
    assert page.locator("mark.mf-contradicted").count() == 0
    assert page.locator(".mf-legend span", has_text="supported").count() == 1
    assert page.locator(".mf-chip").count() >= 15 and page.locator(".mf-mood").count() >= 1
    # "no prices" claims are hidden until asked for
    checks = page.locator("#checks").inner_text()
    assert "no prices" not in checks and "could not be held against prices" in checks
    out = ROOT / "docs" / "screenshot.png"
    page.screenshot(path=str(tmp_path / "page.png"), full_page=True)
    shutil.copy(tmp_path / "page.png", out)
    page.locator("#show-unchecked").check()
    assert "no prices" in page.locator("#checks").inner_text()
    # the card in words on keyboard focus, and the fact in the detail pane
    hsi = page.locator("mark.mf-fact", has_text="19,290.90").first
    assert "^HSI" in (hsi.get_attribute("data-card") or "") and hsi.get_attribute("tabindex") == "0"
    hsi.focus()
    assert "Hang Seng" in page.locator("#detail").inner_text()
    card = page.evaluate("(m) => getComputedStyle(m, '::after').content", hsi.element_handle())
    assert "Hang Seng" in card
    # filters with counts and paging
    assert "(1)" in page.locator("#f-kind").inner_text() and "^HSI (1)" in page.locator("#f-subject").inner_text()
    assert "supported (1)" in page.locator("#f-verdict").inner_text()
    assert page.locator("#count").inner_text() == "1–1 of 1"
    # results and marks are reachable by Tab
    assert page.locator("#results a").first.get_attribute("href") == f"?article={SEED_ID}"
    # a ticker leads to the instrument view, kept in the URL
    page.locator("#facts a[data-inst='^HSI']").first.click()
    page.wait_for_selector("#moves-chart circle.level")
    assert "instrument=%5EHSI" in page.url or "instrument=^HSI" in page.url
    assert page.locator("#moves-chart .x-tick").count() >= 2 and page.locator("#moves-chart .y-tick").count() >= 2
    assert page.locator("#moves-chart path.close").count() == 1
    assert page.locator("#moves-chart circle.level.supported").count() >= 1
    assert page.locator("#moves-chart circle.level.contradicted").count() == 0
    assert page.locator("#moves-chart a").first.get_attribute("href") == f"/?article={SEED_ID}"
    page.screenshot(path=str(tmp_path / "inst.png"), full_page=True)
    shutil.copy(tmp_path / "inst.png", ROOT / "docs" / "screenshot-instrument.png")
    page.close()


def test_deep_links_filters_and_empty_states(server: Server, browser: Any) -> None:
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(server.url + "/?verdict=contradicted")
    page.wait_for_selector("#results li")
    assert "No article matches these filters." in page.locator("#results").inner_text()
    page.goto(server.url + "/?instrument=NOPE.XX")
    page.wait_for_selector("#inst-moves tbody tr")
    assert "No moves of NOPE.XX are stored." in page.locator("#inst-moves").inner_text()
    page.goto(server.url + "/?kind=record")
    page.wait_for_selector("#results a")
    page.locator("#f-kind").select_option("")
    page.wait_for_function("() => !location.search.includes('kind=')")
    page.close()


def test_one_column_on_a_narrow_screen(server: Server, browser: Any) -> None:
    page = browser.new_page(viewport={"width": 600, "height": 900})
    page.goto(server.url + f"/?article={SEED_ID}")
    page.wait_for_selector("mark.mf-fact")
    cols = page.evaluate("() => getComputedStyle(document.querySelector('main')).gridTemplateColumns")
    assert len(cols.split()) == 1
    page.close()
