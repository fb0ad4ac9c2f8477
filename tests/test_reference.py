"""The bundled reference data is what the build script makes from ../shared."""

from __future__ import annotations

import importlib.util
from importlib import resources
from pathlib import Path

import pytest

import marketfacts

from .conftest import ROOT, shared_path


def test_regenerating_gives_the_same_file() -> None:
    ref = shared_path("reference")
    spec = importlib.util.spec_from_file_location("build_reference", ROOT / "scripts" / "build_reference.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    built = mod.build(ref)
    bundled = resources.files("marketfacts").joinpath("data/instruments.tsv.gz").read_bytes()
    assert built == bundled, "run `make reference` and commit the result"
    words = mod.common_words(ref.parent / "datasets")
    assert words == resources.files("marketfacts").joinpath("data/common_words.txt").read_text("utf-8")


def test_licence_notices_are_shipped() -> None:
    notices = resources.files("marketfacts").joinpath("data/NOTICE.md").read_text("utf-8")
    for name in ("FinanceDatabase", "pytickersymbols", "S&P 500", "SEntFiN"):
        assert name in notices
    assert Path(ROOT / "LICENSE").exists()


@pytest.mark.parametrize("legal,want", [
    ("Home Depot (The)", "Home Depot"),
    ("Hartford (The)", "The Hartford"),
    ("Alphabet Inc. (Class A)", "Alphabet"),
    ("Bank of America", "Bank of America"),
    ("Commonwealth Bank of Australia", "Commonwealth Bank"),
])
def test_a_lists_legal_name_cleaned(legal: str, want: str) -> None:
    from marketfacts.names import clean_legal_name
    assert clean_legal_name(legal) == want


@pytest.mark.parametrize("name,want", [("Amazon.com", "AMZN"), ("Exxon Mobil", "XOM"), ("Bank of America", "BAC"),
                                       ("Home Depot", "HD"), ("Disney", "DIS"), ("Eli Lilly", "LLY")])
def test_americas_largest_companies_as_news_names_them(name: str, want: str) -> None:
    (m,) = marketfacts.read(f"NEW YORK - {name} rose 1.5% to $120.", date="2023-06-12").moves
    assert m.subject.id == want


@pytest.mark.parametrize("name,want", [("Archer-Daniels-Midland", "ADM"), ("Bristol-Myers Squibb", "BMY")])
def test_a_name_only_a_line_abroad_carried_is_the_home_lines(name: str, want: str) -> None:
    (m,) = marketfacts.read(f"NEW YORK - {name} rose 1.5% to $80.", date="2023-06-12").moves
    assert m.subject.id == want


@pytest.mark.parametrize("text,want", [
    ("AMSTERDAM - Heineken shares rose 2% to 95.20 euros.", "HEIA.AS"),
    ("MADRID - Iberdrola rose 1.5% to 11.20 euros.", "IBE.MC"),
    ("AMSTERDAM - ASML Holding shares jumped 6 percent to 640.2 euros.", "ASML.AS"),
    ("OSLO - Equinor rose 2 percent to 305.4 Norwegian crowns.", "EQNR.OL"),
])
def test_a_european_company_is_its_home_line_not_frankfurts(text: str, want: str) -> None:
    (m,) = marketfacts.read(text, date="2023-05-12").moves
    assert m.subject.id == want


def test_a_line_abroad_alone_answers_only_in_its_own_market() -> None:
    """A name whose every line in the table is a line abroad (a US company's
    Frankfurt line, its home line gone) names that line in a report from that
    line's market and no other: no guess beats a wrong one."""
    from marketfacts.reference import get_reference

    ref = get_reference()
    alone = [(k, c[0]) for k, c in ref.aliases.items() if c and all(x.abroad for x in c) and " " in k][:300]
    assert alone, "the table has lines abroad"
    for key, inst in alone:
        assert ref.lookup(key, None) is None, (key, inst.id)
        assert ref.lookup(key, "US") is None or ref.lookup(key, "US").country == "United States"


@pytest.mark.parametrize("text,market,want", [
    # of two lines alike, the one the name is the whole name of: the trading house, not Sumitomo Electric
    ("Sumitomo Corp rose 2.1 percent.", "JP", "8053.T"),
    # of one company's lines in one market, the ordinary shares (the shortest symbol), not its hybrid notes
    ("Suncorp rose 2.1 percent.", "AU", "SUN.AX"),
    # a name one word longer than a known one is not that one
    ("Shares of New China Life rose 2.1 percent.", "HK", "1336.HK"),
    # a name whose own "'s" is not a possessive
    ("McDonald's shares rose 2.1% to $290.10.", "US", "MCD"),
    ("Sainsbury's rose 2.1 percent.", "UK", "SBRY.L"),
    # a name written without its accents
    ("Societe Generale rose 2.1 percent.", "FR", "GLE.PA"),
    # one short name, two companies: the one of the article's market
    ("IAG rose 2.1 percent.", "UK", "IAG.L"),
    ("IAG rose 2.1 percent.", "AU", "IAG.AX"),
])
def test_a_name_as_news_writes_it_takes_the_right_line(text: str, market: str, want: str) -> None:
    (m,) = marketfacts.read(text, date="2024-05-14", market=market).moves
    assert m.subject.id == want


def test_a_known_name_with_a_foreign_of_after_it_is_a_longer_name() -> None:
    # "Societe Generale de Belgique" is not Société Générale: the ticker the text gives names it
    (m,) = marketfacts.read("BRUSSELS - Societe Generale de Belgique <BELB.BR> shares rose 2.1 pct.",
                            date="1987-03-05").moves
    assert (m.subject.name, m.subject.id) == ("Societe Generale de Belgique", "BELB.BR")


def test_a_spin_offs_line_answers_to_no_name_before_the_spin_off() -> None:
    # the S&P list's "2008 (1847)": Philip Morris International's line begins in 2008; "Philip Morris" in a
    # 1987 story is the parent's, today's Altria
    import marketfacts
    old = marketfacts.read("NEW YORK - Philip Morris rose 1-1/4 to 52-3/8.", date="1987-03-05").moves
    new = marketfacts.read("NEW YORK - Philip Morris rose 1.2 percent to $95.10.", date="2024-03-05").moves
    assert [m.subject.id for m in old] == [None] and [m.subject.id for m in new] == ["PM"]
