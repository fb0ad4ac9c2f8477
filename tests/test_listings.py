"""The curated listings and the choice of a company's line (issue 15)."""

from __future__ import annotations

import csv
import re
from importlib import resources

import pytest

import marketfacts

# the shape of each exchange's symbols, by the suffix Yahoo gives them (Tokyo codes new since 2024
# end in a letter: "285A")
SHAPES = {
    ".HK": r"\d{4}\.HK", ".SS": r"6\d{5}\.SS", ".SZ": r"[03]\d{5}\.SZ", ".KS": r"\d{6}\.KS", ".KQ": r"\d{6}\.KQ", ".SI": r"[A-Z0-9]{3,4}\.SI",
    ".AX": r"[A-Z0-9]{3}\.AX", ".CO": r"[A-Z0-9-]+\.CO", ".MI": r"[A-Z0-9]+\.MI", ".L": r"[A-Z0-9]{2,4}\.L",
    ".TW": r"\d{4}\.TW", ".AS": r"[A-Z0-9]{2,6}\.AS", ".MC": r"[A-Z0-9]{2,6}\.MC", ".OL": r"[A-Z0-9]{2,6}\.OL", ".SW": r"[A-Z0-9]{2,6}\.SW", ".DE": r"[A-Z0-9]{2,4}\.DE", ".PA": r"[A-Z0-9]{2,5}\.PA", ".BR": r"[A-Z0-9]{2,4}\.BR", ".T": r"\d{3}[0-9A-Z]\.T", ".NS": r"[A-Z0-9&-]+\.NS", ".TO": r"[A-Z]{1,5}(-[A-Z])?\.TO", ".KL": r"\d{4}\.KL", ".NZ": r"[A-Z0-9]{2,4}\.NZ", "": r"[A-Z]{1,5}",
    ".TA": r"[A-Z0-9]{2,6}\.TA", ".IS": r"[A-Z0-9]{2,6}\.IS",
    # an index's names (Yahoo writes an index's symbol with a caret, some with their exchange's suffix)
    "^": r"\^[A-Z0-9]{2,8}(?:\.[A-Z]{2})?",
}
MICS = {".KL": "XKLS", ".NZ": "XNZE", ".TO": "XTSE", ".HK": "XHKG", ".SS": "XSHG", ".SZ": "XSHE", ".KS": "XKRX", ".KQ": "XKOS", "": "XNAS|XNYS"}


def _rows() -> list[dict[str, str]]:
    raw = resources.files("marketfacts").joinpath("data/curated_listings.csv").read_text("utf-8")
    return list(csv.DictReader(raw.splitlines()))


@pytest.mark.parametrize("row", _rows(), ids=lambda r: r["id"])
def test_a_curated_row_has_its_exchanges_shape_and_a_source(row: dict[str, str]) -> None:
    suffix = "^" if row["id"].startswith("^") else next((s for s in SHAPES if s and row["id"].endswith(s)), "")
    assert re.fullmatch(SHAPES[suffix], row["id"]), row["id"]
    assert row["source"].strip(), "every row says where it comes from"
    assert row["aliases"].strip()
    if row["name"]:  # a line of its own, not short names for a line the datasets have
        assert re.fullmatch(MICS.get(suffix, ".+"), row["mic"]), row
        assert re.fullmatch(r"[A-Z]{3}", row["currency"]) and row["country"] and row["rank"].isdigit()
        for month in (row["listed"], row["until"]):
            assert month == "" or re.fullmatch(r"(19|20)\d\d-(0[1-9]|1[0-2])", month)
        assert not (row["listed"] and row["until"]) or row["listed"] < row["until"]


def test_every_curated_row_is_in_the_instrument_table() -> None:
    from marketfacts.reference import get_reference

    ref = get_reference()
    for row in _rows():
        assert row["id"] in ref.instruments
        for alias in row["aliases"].split("|"):
            assert any(i.id == row["id"] for i in ref.aliases[alias.lower()]), alias


def _ids(text: str, date: str = "2025-06-03") -> list[str | None]:
    return [m.subject.id for m in marketfacts.read(text, date=date).moves]


def test_a_home_line_in_its_own_market() -> None:
    assert _ids("Hong Kong stocks rose. HSBC gained 1.2 per cent to HK$95.10.") == ["0005.HK"]


def test_the_line_the_price_or_the_exchange_names() -> None:
    # a price in yuan is the Shenzhen line's; "London-listed" names the London line
    text = ("Hong Kong stocks rose. CATL jumped 5 per cent to HK$320.00, while its Shenzhen-listed shares rose "
            "1.1 per cent to 263 yuan.")
    assert _ids(text) == ["3750.HK", "300750.SZ"]


def test_no_line_that_began_trading_after_the_article() -> None:
    # JD Health listed in Hong Kong in December 2020: a 2019 story cannot be about that line
    assert _ids("Hong Kong stocks rose. JD Health jumped 5 per cent to HK$60.00.", "2019-05-02") == [None]
    assert _ids("Hong Kong stocks rose. JD Health jumped 5 per cent to HK$60.00.", "2021-05-03") == ["6618.HK"]


def test_an_index_whose_name_starts_with_a_currencys() -> None:
    assert _ids("The Euro STOXX 50 index fell 1.2 percent to 3,600.5.") == ["^STOXX50E"]
    assert _ids("The euro fell 0.5 percent to $1.0850.") == ["EURUSD"]


def test_no_second_line_abroad_unless_the_article_is_of_its_market() -> None:
    # Twitter's own line ended in 2022; its Frankfurt line is no line of a New York story
    assert _ids("Wall Street rose. Twitter rose 2 per cent to $40.10.", "2023-03-01") == [None]
    assert _ids("Wall Street rose. Twitter rose 2 per cent to $40.10.", "2021-03-01") == ["TWTR"]


def test_a_line_that_ended_is_no_line_of_a_later_article() -> None:
    assert _ids("Wall Street rose. Symantec rose 2 per cent to $20.10.", "2018-08-02") == ["SYMC"]
    assert _ids("Wall Street rose. Symantec rose 2 per cent to $20.10.", "2021-08-02") == [None]


def test_a_symbol_after_the_name_names_that_line() -> None:
    assert _ids("Wall Street fell. Symantec SYMC, -2.5%, fell to $20.10.", "2018-08-02") == ["SYMC"]
    # a capitalised word after an unknown name is no symbol to trust
    assert _ids("Wall Street fell. Zeta Foods ZF rose 2% to $3.10.", "2018-08-02") == [None]


def test_one_word_that_only_a_small_company_abroad_answers_to() -> None:
    # the table's "Zeta" is a small Tokyo company: in a Tokyo report it is that line, elsewhere
    # the word is more often another firm's name, and no guess beats a wrong one
    assert _ids("Tokyo stocks rose. Zeta fell 2.4 percent to 1,020 yen.", "2024-05-10") == ["6031.T"]
    assert _ids("Wall Street rose. Zeta fell 2.4 percent.", "2024-05-10") == [None]
    # a small US line the exchanges' directory lists: its name of more words names it, one word does not
    assert _ids("Wall Street rose. Zeta Global fell 2.4 percent.", "2024-05-10") == ["ZETA"]
    # a coined word names its line alone ("GameStop"); a short or everyday one does not
    assert _ids("Wall Street rose. GameStop jumped 9.1 percent.", "2024-05-10") == ["GME"]


# --- US exchanges' directory, Toronto lines, one company's lines -------------------------------------

def test_a_us_company_outside_the_sp500_is_linked_from_the_exchanges_directory() -> None:
    assert _ids("Wall Street rose. Rivian Automotive jumped 6.2 percent to $14.10.", "2025-03-04") == ["RIVN"]
    from marketfacts.reference import get_reference

    ref = get_reference()
    assert "BRK-B" in ref.instruments  # Yahoo's way of writing a share class
    # a directory's rights and units are no company's shares (Nasdaq's AACBR, AACBU beside AACB)
    assert "AACB" in ref.instruments and "AACBR" not in ref.instruments and "AACBU" not in ref.instruments


def test_a_us_line_of_a_company_at_home_abroad_is_never_its_line() -> None:
    # the NYSE lists Toyota and Royal Bank of Canada; their home lines are Tokyo's and Toronto's
    assert _ids("Wall Street rose. Toyota Motor fell 1.1 percent.", "2025-03-04") == ["7203.T"]
    assert _ids("Toronto stocks rose. Royal Bank of Canada gained 1.2 percent to C$131.50.", "2025-03-04") == ["RY.TO"]
    assert _ids("Wall Street rose. Royal Bank of Canada gained 1.2 percent.", "2025-03-04") == ["RY.TO"]


def test_a_line_known_only_from_todays_directory_is_no_line_of_old_news() -> None:
    # in 1987 "Coastal Corp" was a gas producer, not today's Coastal Financial (CCB)
    ids = _ids("Coastal Corp rose 1/2 to 30-1/4.", "1987-03-12")
    assert ids == [None]
    out = marketfacts.read("Coastal Corp rose 1/2 to 30-1/4.", date="1987-03-12").moves[0].subject
    assert out.name.startswith("Coastal")
    # the symbol the wire writes after the name still names the line
    assert _ids("Honda Motor Co <HMC> rose 1/2 to 22-1/8.", "1987-03-12") == ["HMC"]


def test_of_one_companys_lines_on_one_exchange_the_index_members_line_is_chosen() -> None:
    assert _ids("Frankfurt stocks rose. Bayer fell 2.1 percent to 24.10 euros.", "2025-03-04") == ["BAYN.DE"]
    # London's international order book line in dollars is no London line of the company
    assert _ids("London stocks rose. Rio Tinto fell 2.1 percent to 4,810 pence.", "2025-03-04") == ["RIO.L"]


def test_depositary_receipts_name_the_companys_us_line() -> None:
    # the receipts trade in New York: their line and their dollar, whatever the article's market
    moves = marketfacts.read("Hong Kong stocks fell. Alibaba ADRs fell 3 per cent to $80.10 overnight.",
                             date="2024-03-04").moves
    assert [(m.subject.id, m.currency) for m in moves] == [("BABA", "USD")]
    text = "Indian shares rose. Infosys Ltd.'s American Depository Receipts rose 2.1% to $19.20."
    assert _ids(text, "2024-03-04") == ["INFY"]
    # the company's own shares at home stay on the home line
    assert _ids("Hong Kong stocks fell. Alibaba fell 3 per cent to HK$80.10.", "2024-03-04") == ["9988.HK"]


def test_a_pound_line_in_london_of_a_company_domiciled_elsewhere_is_its_primary_listing() -> None:
    # Glencore is domiciled in Jersey and listed in London: its pound line is no line abroad
    assert _ids("London stocks fell. Glencore fell 5.5 percent to 410 pence.", "2025-03-04") == ["GLEN.L"]
    assert _ids("Glencore fell 5.5 percent.", "2025-03-04") == ["GLEN.L"]


def test_a_kuala_lumpur_line_in_a_malaysian_report() -> None:
    # Bursa Malaysia lines (curated: FinanceDatabase holds none), prices in ringgit and sen
    text = "KUALA LUMPUR - Malaysian shares rose. Nestle Malaysia rose 60 sen to RM148.80 and Maybank added 2 sen to RM9.60."
    assert _ids(text) == ["4707.KL", "1155.KL"]


def test_a_wellington_line_in_a_new_zealand_report() -> None:
    text = ("WELLINGTON - New Zealand shares rose. Fletcher Building gained 2.1 per cent to $4.86 and "
            "Auckland Airport fell 1 per cent to $7.90.")
    assert _ids(text) == ["FBU.NZ", "AIA.NZ"]


def test_chinas_big_three_airlines_by_the_price_they_are_quoted_in() -> None:
    text = ("SHANGHAI - Chinese shares fell. Air China tumbled 4.08 percent to 8.93 yuan, while China Southern "
            "Airlines was down 3.64 percent to 8.46 yuan.")
    assert _ids(text, "2018-06-29") == ["601111.SS", "600029.SS"]
    assert _ids("HONG KONG - Hong Kong stocks fell. Air China dropped 3 per cent to HK$5.10.", "2018-06-29") == ["0753.HK"]


@pytest.mark.parametrize("text,want", [
    ("NEW YORK - S&P 500 futures rose 0.5%.", ("S&P 500 futures", "ES=F")),
    ("NEW YORK - Dow e-minis were down 150 points, or 0.58%.", ("Dow Jones Industrial Average futures", "YM=F")),
    # futures of an index with no continuous contract in the table: named, no id; never the index's own
    ("TOKYO - Nikkei futures rose 1%.", ("Nikkei 225 futures", None)),
    ("NEW YORK - The S&P 500 rose 1%.", ("S&P 500", "^GSPC")),
])
def test_an_indexs_futures_are_not_the_index(text: str, want: tuple[str, str | None]) -> None:
    (m,) = marketfacts.read(text, date="2020-07-07").moves
    assert (m.subject.name, m.subject.id) == want


@pytest.mark.parametrize("text,want", [
    ("FRANKFURT - The MDAX of mid-caps slipped 0.3% to 35,520.10.", ("MDAX", "^MDAXI", None)),
    ("NEW YORK - The Dow Jones Transportation Average fell 1.2%.", ("Dow Jones Transportation Average", "^DJT", None)),
    ("SAO PAULO - The Bovespa index rose 1% to 120,000 points.", ("Ibovespa", "^BVSP", None)),
])
def test_curated_indices_are_indices(text: str, want: tuple[str, str, str | None]) -> None:
    (m,) = marketfacts.read(text, date="2021-08-05").moves
    assert (m.subject.name, m.subject.id, m.currency) == want and m.subject.type == "index"


def test_a_company_founded_after_the_article_is_none_of_its_names() -> None:
    # the S&P 500 list gives Block's founding year (2009): in a 1987 story "Block" is another firm
    text = "Wall Street rose. Block shares rose 2 pct to 70 dlrs."
    assert _ids(text, "1987-03-12") == [None]
    assert _ids(text, "2024-03-12") == ["XYZ"]


@pytest.mark.parametrize("text,want", [
    ("SHENZHEN - The Shenzhen Composite Index rose 2.1 percent to 1,802.40.", "399106.SZ"),
    ("KUALA LUMPUR - The FTSE Bursa Malaysia Kuala Lumpur Composite Index fell 0.4 per cent to 1,540.12 points.",
     "^KLSE"),
    ("SEOUL - Hynix shares rose 3 percent to 70,100 won.", "000660.KS"),
])
def test_curated_index_and_short_names(text: str, want: str) -> None:
    assert _ids(text, "2019-01-24") == [want]


def test_the_city_a_price_is_told_in_chooses_the_line_not_another_clauses_city() -> None:
    doc = marketfacts.read("Nokia 's share price fell 1 percent to 18.70 euros ( $ 25.41 ) in Helsinki , while "
                           "Siemens shares fell 1.02 percent to 90.19 euros ( $ 122.57 ) in Frankfurt .", date="2010-06-01")
    assert [(m.subject.name, m.subject.id) for m in doc.moves] == [("Nokia", "NOKIA.HE"), ("Siemens", "SIE.DE")]


@pytest.mark.parametrize("text,country", [
    ("HELSINKI - Inflation was 3.4 pct in 1986, compared with 5.9 pct in 1985, the statistics office said.", "Finland"),
    ("MADRID - The trade deficit rose to 664 mln dlrs in January from 146 mln a year earlier.", "Spain"),
    ("STOCKHOLM - Unemployment fell to 2.1 pct in January from 2.4 pct in December.", "Sweden"),
])
def test_a_european_datelines_indicators_are_its_countrys(text: str, country: str) -> None:
    evs = [e for e in marketfacts.read(text, date="1987-03-02").events if e.kind == "indicator"]
    assert evs and {e.get("subject").name for e in evs} == {country}
