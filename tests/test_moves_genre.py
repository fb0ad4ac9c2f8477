"""Moves in the shapes of other genres and eras: wire copy with fractions,
changes in cents and pence, bare index changes, a market's own dollar.

An example list, price-parser style: each row is a sentence written for this
file, the date and the moves expected as (mention, change_pct, change, level,
currency). Known failures are strict xfails, so a fix shows up.
"""

from __future__ import annotations

from typing import Any

import pytest

import marketfacts

Row = tuple[str, float | None, float | None, float | None, str | None]

EXAMPLES: list[tuple[str, str, list[Row]]] = [
    # a bare change after a verb, with the level after "to" (wire style, 1980s)
    ("NEW YORK, March 3 - Zenith Electronics rose 3/4 to 41-1/8 in active trading.", "1987-03-03",
     [("Zenith Electronics", None, 0.75, 41.125, "USD")]),
    ("NEW YORK, March 3 - Acme Corp fell 1/2 dlr to 77 on the report.", "1987-03-03",
     [("Acme", None, -0.5, 77.0, "USD")]),
    # an index's change with no unit, then the per cent
    ("The Dow Jones industrial average rose 42.15, or 0.4 percent, to 10,512.33.", "2005-06-01",
     [("Dow Jones industrial average", 0.4, 42.15, 10512.33, None)]),
    ("Hong Kong's Hang Seng index shed 12.61 to 1,702.55.", "1987-04-07",
     [("Hang Seng index", None, -12.61, 1702.55, None)]),
    # a change in cents beside a per cent, in the market's dollar
    ("SYDNEY - Woolworths was up 1.5 per cent, or 41 cents, to $27.80.", "2010-05-04",
     [("Woolworths", 1.5, 0.41, 27.8, "AUD")]),
    ("SYDNEY - Telstra improved eight cents to $4.31.", "2010-05-04",
     [("Telstra", None, 0.08, 4.31, "AUD")]),
    ("SYDNEY - Santos put on 6c to $9.12.", "2010-05-04",
     [("Santos", None, 0.06, 9.12, "AUD")]),
    # London: a change in pence makes the bare level pence too
    ("LONDON - Tesco fell 6p to 412 in thin trade.", "1987-04-07",
     [("Tesco", None, -0.06, 4.12, "GBP")]),
    # a whole-number change beside a price in decimals is in cents
    ("HONG KONG - Swire Pacific fell 40 to 12.30.", "1987-04-07",
     [("Swire Pacific", None, -0.4, 12.3, "HKD")]),
    # a ticker in the text names the instrument; a list borrows the verb;
    # number words before a level; a list of names and tickers
    ("NEW YORK, March 3 - Among oils, Quentin Petroleum <QPC> gained 3/4 to 15-7/8, Marlow Energy <MRL> one to 34-5/8.",
     "1987-03-03", [("Quentin Petroleum", None, 0.75, 15.875, "USD"), ("Marlow Energy", None, 1.0, 34.625, "USD")]),
    # a known short name that opens a longer one is another company
    ("NEW YORK - Union Carbide rose 1/2 to 29-1/4.", "1987-04-07", [("Union Carbide", None, 0.5, 29.25, "USD")]),
    ("LONDON - London International Group gained 13p to 301.", "1987-04-07",
     [("London International Group", None, 0.13, 3.01, "GBP")]),
    # an index the report describes but does not name, and the market's own average
    ("TOKYO - The market average climbed 198.54 to 22,784.65. The broad-based second section index gained "
     "2.77 to 2,055.38.", "1987-04-07",
     [("The market average", None, 198.54, 22784.65, None), ("The broad-based second section index", None, 2.77,
                                                              2055.38, None)]),
    # a figure in brackets after a name: the ticker of the wire, a US listing
    ("Quentin Petroleum <QPC> fell 1/2 to 28-3/8.", "1987-03-26", [("Quentin Petroleum", None, -0.5, 28.375, "USD")]),
    # periods: a year named for the report's own year is the year to date, the
    # year before is that year; "from a week earlier" is the week
    ("Zenith Electronics is down about 18 percent in 2001.", "2001-03-20", [("Zenith Electronics", -18.0, None, None, None)]),
    # London share prices written bare are pence; "a net" is a hedge word
    ("LONDON - Market leader Rexford Chemicals stood unchanged at 1,335.", "1987-04-07",
     [("Rexford Chemicals", 0.0, 0.0, 13.35, "GBP")]),
    ("LONDON - Marlow Foods lost a net 26p to 464.", "1987-04-07", [("Marlow Foods", None, -0.26, 4.64, "GBP")]),
    # a bid and an offer with the currency after the offer; an aside with
    # "expected" and "this week" does not make the move a forecast or weekly
    ("ZURICH - Platinum ended 50 cents higher at 563/567 dlrs.", "1987-04-07", [("Platinum", None, 0.5, 563.0, "USD")]),
    ("NEW YORK - Zenith Electronics, which is not expected to report this week, rose 1/4 to 58-1/2.", "1987-04-07",
     [("Zenith Electronics", None, 0.25, 58.5, "USD")]),
    # a ticker the reference gives another company today keeps the name written
    ("NEW YORK - Chrysler Corp <C> rose 1/4 to 58-1/2.", "1987-04-07", [("Chrysler", None, 0.25, 58.5, "USD")]),
    # "a penny", "one penny"; a capitalised commodity word in a company's name;
    # a known name with a country after it is the local company; "a loss of"
    ("LONDON - Barclays eased a penny to 503.", "1987-04-07", [("Barclays", None, -0.01, 5.03, "GBP")]),
    ("TORONTO - In other golds, Hemlo Gold gained 7/8 to 27-1/4 and Shell Canada won 3/4 to 42-3/4.", "1987-04-07",
     [("Hemlo Gold", None, 0.875, 27.25, "CAD"), ("Shell Canada", None, 0.75, 42.75, "CAD")]),
    ("NEW YORK - Zenith Electronics led the actives with a loss of 1/4 to 39-1/4.", "1987-04-07",
     [("Zenith Electronics", None, -0.25, 39.25, "USD")]),
    # the clause after a comma is about the sentence's subject, not the
    # preposition's object before it; a hedge inside a list of figures
    ("MUMBAI - Ultratech Cement was the top gainer in the Nifty, rising 4.11%.", "2020-12-30",
     [("Ultratech Cement", 4.11, None, None, None)]),
    ("Shares of Western Digital and Zenith Electronics edged 3% and nearly 1% higher, respectively.", "2019-12-18",
     [("Western Digital", 3.0, None, None, None), ("Zenith Electronics", 1.0, None, None, None)]),
    # "closed down 6.85 to 7.00": a range of the change, no level
    ("NEW YORK - Value Line futures closed down 6.85 to 7.00.", "1987-04-07", [("Value Line", None, -6.85, None, None)]),
    ("NEW YORK - May crude jumped 15 cts to 18.82 dlrs a barrel, nearing the top end of a 17.75-18.85 dlrs "
     "resistance range.", "1987-04-07", [("May crude", None, 0.15, 18.82, "USD")]),
    # "to reach" a level; "minus 0.14 percent"; a quote widget in brackets is page furniture
    ("The S&P 500 added 70.07 points, or 1.23%, to reach 5,782.76.", "2024-11-06",
     [("S&P 500", 1.23, 70.07, 5782.76, None)]),
    ("The Dow industrials (up 26.57 to 11,753.91, Charts) added 0.4 percent.", "2006-10-04",
     [("Dow industrials", 0.4, None, None, None)]),
    # a record level the move ended at is no intraday extreme; a list whose
    # word of motion opens it; "added" before a figure is a price, not speech;
    # "one ct"; a capitalised dateline is a place
    ("TOKYO - On Saturday the index rose 151.36 to a record high of 22,178.02.", "1987-04-06",
     [("the index", None, 151.36, 22178.02, None)]),
    ("TORONTO - Rising issues included Quentin Forest 1-1/4 to 35-3/4 and Marlow Paper 1/4 to 21-1/4.",
     "1987-04-07", [("Quentin Forest", None, 1.25, 35.75, "CAD"), ("Marlow Paper", None, 0.25, 21.25, "CAD")]),
    ("TORONTO - Zenith Mines added 1/4 to reach 54-1/8.", "1987-04-07", [("Zenith Mines", None, 0.25, 54.125, "CAD")]),
    ("TORONTO - Zenith Petroleum slipped one ct to 1.15 dlrs.", "1987-04-07",
     [("Zenith Petroleum", None, -0.01, 1.15, "CAD")]),
    # "US$" in a Singapore report does not make its bare "$" American
    ("SINGAPORE - DBS rose 0.5 per cent to $30.10, while Jardine Matheson fell 1 per cent to US$50.20.",
     "2024-01-10", [("DBS", 0.5, None, 30.1, "SGD"), ("Jardine Matheson", -1.0, None, 50.2, "USD")]),
    # a change written as a number word before any currency word of the money rules
    ("JOHANNESBURG - Zeta Reefs ended eight rand higher at 398 rand.", "1987-04-07",
     [("Zeta Reefs", None, 8.0, 398.0, "ZAR")]),
    # a level told roughly after a verb of standing; the close it is compared with is only its base,
    # and the base's moment is not the level's
    ("LONDON - Sterling remained firm around 1.59 dlrs compared with its close here on Friday at 1.5865 dlrs.",
     "1987-03-09", [("Sterling", None, None, 1.59, "USD")]),
    # "up to" after a word of motion is the level it moved to
    ("LONDON - Sterling opened at 1.5920 dlrs and later edged up to 1.5950.", "1987-03-09",
     [("Sterling", None, None, 1.592, "USD"), ("Sterling", None, None, 1.595, "USD")]),
    # an index named for its place, which the reference lacks
    ("HONG KONG - The Hong Kong Index shed 10.69 to 1,713.81.", "1987-04-07",
     [("Hong Kong Index", None, -10.69, 1713.81, None)]),
    # a metric inside an aside between the subject and its verb is not what moved
    ("FRANKFURT - Zeta bank, due to announce its 1986 net profit and dividend later today, fell nine marks to 356.",
     "1987-03-11", [("Zeta", None, -9.0, 356.0, "DEM")]),
    # an aside opened by another's possessive ("Nvidia's memory supplier") is no subject
    ("Micron, Nvidia's memory supplier, gained 4.1%.", "2024-05-14",
     [("Micron", 4.1, None, None, None)]),
    ("The CBOE Volatility index, Wall Street's fear gauge, climbed 1.2 points to 14.3.", "2024-05-14",
     [("CBOE Volatility index", None, 1.2, 14.3, None)]),
    # a place's benchmark named by its role: the market's benchmark index
    ("Taiwan's benchmark index rose 1.1% to 20,857.6, with TSMC up 1.9%.", "2024-05-14",
     [("Taiwan's benchmark index", 1.1, None, 20857.6, None), ("TSMC", 1.9, None, None, None)]),
    ("Malaysia's main stock index fell 0.2%.", "2024-05-14", [("Malaysia's main stock index", -0.2, None, None, None)]),
    # the wire's "off" right after a name, without "was"
    ("Property developers were weak, with Sun Hung Kai Properties off 2.1 per cent at HK$74.25.", "2024-05-14",
     [("Sun Hung Kai Properties", -2.1, None, 74.25, "HKD")]),
    # a contract and where it trades: the contract moves, not the exchange or city
    ("Three-month copper on the LME rose 2.1% to $10,210 a metric ton.", "2024-05-14",
     [("copper", 2.1, None, 10210.0, "USD")]),
    ("Iron ore futures in Dalian rose 1.8% to 880 yuan a ton.", "2024-05-14",
     [("Iron ore futures", 1.8, None, 880.0, "CNY")]),
    # a pair's counter named with its country's word
    ("Against the Swiss franc, the dollar gained 0.2% to 0.9050.", "2024-05-14", [("dollar", 0.2, None, 0.905, "CHF")]),
    ("The dollar was flat at 1.3620 Canadian dollars.", "2024-05-14", [("dollar", 0.0, 0.0, 1.362, "CAD")]),
    # a bare "$" of a stock whose market nothing names: the dollar its line trades in
    ("DBS Group rose 1.2% to $31.40.", "2024-05-14", [("DBS Group", 1.2, None, 31.4, "SGD")]),
    ("Qantas rose three cents to $4.12.", "2024-05-14", [("Qantas", None, 0.03, 4.12, "AUD")]),
]


def _rows(text: str, date: str) -> list[Row]:
    return [(m.subject.mention, m.change_pct, m.change, m.level, m.currency)
            for m in marketfacts.read(text, date=date).moves]


@pytest.mark.parametrize(("text", "date", "want"), EXAMPLES, ids=[e[0][:50] for e in EXAMPLES])
def test_genre_examples(text: str, date: str, want: list[Row]) -> None:
    assert _rows(text, date) == want


NOT_MOVES = [
    # a chartist's level, a range or a spread is not where the price traded
    "NEW YORK - The June contract reached a 3.20 point premium over the spot index.",
    "NEW YORK - Traders saw chart support at 296.00 and resistance near 310.",
    # an index of an economic statistic, not of a market
    "LONDON - The retail price index rose 0.4 pct in March, and the index rose 3.9 pct from a year earlier.",
    "TOKYO - The unadjusted shipment index rose 1.4 pct in February.",
    # a bare number after a verb with no level or per cent: a count, not a change
    "Acme Corp added 350 workers to its payroll in the quarter.",
    "The company rose 12 places in the ranking.",
    # a count after a verb, even with a level after it, is no price change
    "TOKYO - Employment in services rose 380,000 to 1.50 mln in February.",
    # a physical quantity after "to" is a stock of goods, not a price
    "Crude stocks at Acme Oil fell to 3.2 million tonnes in May.",
    "The weekly report from the agency showed an injection, lifting total stocks at Acme Gas to 3.909 Tcf.",
    "Zeta Mining raised gold output to 420,000 ounces last year.",
    # a product's use is a metric, not the product's price
    "Citrus pulp usage dropped 62.8 pct in the season.",
    # "up to" a figure is a cap, not a move
    "NEW YORK - Velmar Corp said its directors authorized the repurchase of up to 20 pct of its stock.",
    "NEW YORK - Qorvix said it received offers of up to 68 pct of the rights and an option to buy up to 300,000 dlrs.",
    # a kind of bond, not a fall
    "NEW YORK - The offer covers Zeta's 13.5 pct subordinated sinking fund debentures due 2000.",
    # the object of the verb moved, not the company
    "NEW YORK - Qorvix said it has increased its market share of heavyweight motorcycles to 19.4 pct in 1986.",
    "NEW YORK - Velmar Trust said it lifted the dividend to 12 cts.",
    # countries, months and offices are no companies
    "BONN - Exports to Mexico fell 19 pct and those to Paraguay surged by 42 pct.",
    "TOKYO - In the July/September quarter, GNP rose 0.6 pct.",
    "WASHINGTON - Productivity fell at an annual rate of 2.2 pct in the fourth quarter, the Labor department said.",
    "TOKYO - Profits of major firms rose four pct from a year earlier, the Finance Ministry said.",
    # the clause after "said" has its own subject; what a company owns is not its price
    "NEW YORK - The airline said scheduled capacity for the month rose 27.7 pct.",
    "FRANKFURT - At the end of 1986 Zeta Motor's workforce stood at a record 39,800.",
    "WELLINGTON - The Velmar Party's popularity dropped to 45 pct from 52 pct.",
    "DETROIT - Zeta Motors' Qorvix division was also up, by 11.4 pct.",
    # a company's customers, market share and order book are metrics; a joining adverb is no name
    "HELSINKI - Nevertheless, its market share rose to 49.14 percent from 48.51 percent a year earlier.",
    "HELSINKI - Passenger volumes rose by 8.4 % in the accounting period.",
    "HELSINKI - Zeta Air carried a record 8.8 million passengers in 2006, an increase of 3.5 percent.",
    "HELSINKI - Zeta's order book at the end of 2010 was 30 % up year-on-year.",
    "HELSINKI - Market share decreased on the route between Helsinki and Tallinn by 0.1 percentage points to 24.8 %.",
    # a holding, an ownership, a share of voting rights; what a company can do
    "HELSINKI - With this subscription, Zeta's ownership in Velmar has increased to slightly over 76 %.",
    "HELSINKI - Zeta Capital's share of voting rights in the company fell last week to 4.65 pct.",
    "HELSINKI - This means that Zeta can pick up as much as 96.6 %.",
    "HELSINKI - The group agreed to buy Zeta Poultry for up to EUR23.9 m in cash and stock.",
    "VILNIUS - Beer sales rose 0.8 percent from a year earlier, the Zeta Brewers' Association said.",
    # a company's loss in money is a result, not a change of its price
    "NEW YORK - Last year, Qorvix Systems lost 243,064 dlrs on sales of 3.5 mln dlrs.",
    # an ordinal counts days, the bounds of a range are no level, crude steel is no oil
    "The Kospi ended at a record on Monday, extending its rally to the 7th day in a row.",
    "SYDNEY - The All Ordinaries traded in a range of 7,100 to 7,350 last month.",
    "India produced about 3.1 million tonnes of crude steel a day in May, a rise of 4.2%.",
    # a move asked for, intended or planned is no move made
    "TOKYO - Norland urged Japan to increase the quota to 6.5 mln tonnes.",
    "LONDON - Zeta Holdings intended to increase its stake in Velmar to 50 pct.",
    "LONDON - The minister said the borrowing requirement was to fall to 1.0 pct of output.",
    "NEW YORK - Roe sees stronger growth of 10 pct in the money supply.",
    # a ratio's level in per cent after points: no share is priced in per cent
    "NEW YORK - Zeta Air said February load factor at Zeta Airways rose two points to 51.9 pct.",
    "WELLINGTON - Former minister Jane Roe rose two points to 18 pct in the poll.",
    # a pay rise, a country, a figure an indicator reads: none a price
    "LONDON - Seamen employed by two small companies have already accepted a 120 pct pay rise.",
    "BONN - Cash in circulation in West Germany rose by 2.8 billion marks to 121.5 billion, a gain of 8.3 pct.",
    "SEOUL - South Korea's index of leading indicators fell 0.1 pct to 164.1 in December.",
    "BUENOS AIRES - Harvesting inched forward to between two and four pct of the planted area.",
    "SEOUL - The minister is heading a trade mission to 37 countries.",
    "BRUSSELS - West Germany and Britain called for the rise to be\nkept to 30 pct.",
    # the bounds of many names' moves
    "SYDNEY - The big four banks rose between 0.5 and 1.2 per cent.",
    "MUMBAI - Among Sensex constituents, Zeta Steel, Velm Tech and Orlan Tel were the biggest gainers, rising up to 2.5 per cent.",
    "MUMBAI - Zeta Pharma, Velm Bank and Orlan Tel fell between 1.08%-0.82%.",
]


@pytest.mark.parametrize("text", NOT_MOVES)
def test_genre_not_moves(text: str) -> None:
    assert _rows(text, "2024-01-10") == []


@pytest.mark.parametrize(("text", "want"), [
    ("Quentin Petroleum <QPC> rose", "QPC"),
    ("Palo Alto Networks (NASDAQ: PANW) rose", "PANW"),
    ("Tencent Holdings (0700.HK) rose", "0700.HK"),
    ("BHP Group (ASX: BHP) fell", "BHP.AX"),
    ("Royal Bank of Canada (TSX: RY) fell", "RY.TO"),
])
def test_ticker_in_text_is_the_id(text: str, want: str) -> None:
    doc = marketfacts.read(text + " 2.1 per cent.", date="2024-01-10")
    assert [m.subject.id for m in doc.moves] == [want]


def test_html_tags_are_still_blanked() -> None:
    from marketfacts.text import clean
    assert clean("Acme <QPC> rose. <p>Hi</p> and <B>bold</B>") == "Acme <QPC> rose.    Hi     and    bold    "


@pytest.mark.parametrize(("text", "date", "period"), [
    ("Zenith Electronics is down about 18 percent in 2001.", "2001-03-20", "ytd"),
    ("Zenith Electronics fell 21 percent in 2018.", "2019-01-24", "year"),
    ("Zenith Electronics fell 21 percent in 2015.", "2019-01-24", "year"),
    ("Zenith Electronics is expected to fall 21 percent in 2030.", "2019-01-24", None),
    ("The Nikkei 225 jumped 4.37 percent from a week earlier.", "2020-11-27", "week"),
    # a sentence that opens with its window; a trailing window ends at the report
    ("Since peaking on March 3, the Kospi has lost 14%.", "2022-04-20", "2022-03-03/2022-04-20"),
    ("In the last one month, Zeta Steel's share price has jumped 11 per cent.", "2022-11-22", "2022-10-22/2022-11-22"),
    ("Over the past two weeks, Velmar shares have lost 9%.", "2021-05-19", "2021-05-05/2021-05-19"),
    ("Since the start of the year, the Nikkei 225 has risen 12%.", "2021-05-19", "ytd"),
    ("Zeta Holdings shares are flat year to date and up 20% over the past 12 months.", "2021-04-12",
     "2020-04-12/2021-04-12"),
    ("The Hang Seng was flat this week and rose 3% in the month.", "2021-04-12", "month"),
])
def test_genre_periods(text: str, date: str, period: str | None) -> None:
    assert [m.period for m in marketfacts.read(text, date=date).moves] == ([period] if period else [])


def test_minus_before_a_figure_makes_it_negative() -> None:
    from marketfacts.quantities import find_quantities

    assert [(q.kind, q.value) for q in find_quantities("yields at minus 0.14 percent and minus 3")] == \
        [("pct", -0.14), ("number", -3.0)]
    assert [q.value for q in find_quantities("Dominus 5 percent")] == [5.0]


def test_wire_list_items_borrow_a_neutral_verb() -> None:
    doc = marketfacts.read("Pelham shares ended at 4.35 dlrs, Corvane at 3.42 and Tolmar at 4.17 at the close of "
                           "New Zealand Stock Exchange trading today.", date="1987-03-26")
    assert [(m.subject.name, m.level, m.currency) for m in doc.moves] == [
        ("Pelham", 4.35, "NZD"), ("Corvane", 3.42, "NZD"), ("Tolmar", 4.17, "NZD")]


def test_the_same_amount_is_the_change_before() -> None:
    doc = marketfacts.read("Pelham Corp added 1/8 dlr at 81-5/8. Corvane Inc rose the same amount to 90-1/4.",
                           date="1987-03-26")
    assert [(m.change, m.level) for m in doc.moves] == [(0.125, 81.625), (0.125, 90.25)]


def test_an_aside_with_its_unit_is_not_the_subject() -> None:
    doc = marketfacts.read("USX Corp <X>, with its Marathon Oil Co unit, rose 1/2 to 28-3/8.", date="1987-03-26")
    assert [(m.subject.name, m.change) for m in doc.moves] == [("USX", 0.5)]


def test_the_exchange_where_prices_are_made_names_the_market() -> None:
    doc = marketfacts.read("Gold shares rose after a rise in the U.S. gold price overnight. Kelvale Gold rose 20 cents "
                           "to 3.40 dlrs on the Sydney exchange.", date="1987-03-03")
    assert (doc.market, [m.currency for m in doc.moves]) == ("AU", ["AUD"])


@pytest.mark.parametrize("text,market", [
    # the market's own index, in any case, outweighs places named in passing
    ("Shares rose on buying from the U.S. and Britain, dealers said. The all ordinaries index rose 10.2 points "
     "to 1,700.3 and Kelvale Gold rose 20 cents to 3.40 dlrs.", "AU"),
    ("Buying from U.S. funds lifted stocks. The Straits Times Index rose 12 points and Kelvale rose 5 cents.", "SG"),
    # a name of two markets' indices, or a single word, is no evidence
    ("U.S. stocks rose. The Dow rose 1%.", "US"),
])
def test_the_markets_own_index_names_the_market(text: str, market: str) -> None:
    assert marketfacts.read(text, date="1987-03-03").market == market


@pytest.mark.parametrize("text,pair,level,currency", [
    ("The won-dollar exchange rate finished at 1,483.6 won, up 3.5 won.", "USDKRW", 1483.6, "KRW"),
    ("The dollar-yen rate was 156.07 yen, down 0.64% from the previous day.", "USDJPY", 156.07, "JPY"),
    ("The euro-dollar was up 0.14% at $1.1774.", "EURUSD", 1.1774, "USD"),
])
def test_a_pair_named_with_a_dash(text: str, pair: str, level: float, currency: str) -> None:
    (m,) = marketfacts.read(text, date="2025-12-23").moves
    assert (m.subject.id, m.level, m.currency) == (pair, level, currency)


def test_a_level_stated_before_its_change() -> None:
    (m,) = marketfacts.read("Gold was $1,930, up 0.5%.", date="2025-12-23").moves
    assert (m.change_pct, m.level, m.currency) == (0.5, 1930.0, "USD")
    assert marketfacts.read("Revenue was $5 billion, up 3%.", date="2025-12-23").moves == []


@pytest.mark.parametrize("text,want", [
    ("Higher commodity prices lifted Pelham Mining 50 cents, or 2.5 per cent, to $20.83 in Sydney.",
     ("Pelham Mining", 2.5, 0.5, 20.83)),
    ("Singapore shares rose. Corvane was the index's biggest gainer, with a 1.4 per cent or 3 cent increase to $2.12.",
     ("Corvane", 1.4, 0.03, 2.12)),
])
def test_a_moved_object_and_a_ranked_possessive(text: str, want: tuple) -> None:
    moves = [(m.subject.name, m.change_pct, m.change, m.level) for m in marketfacts.read(text, date="2024-06-12").moves]
    assert moves == [want]


def test_a_counter_currency_leading_the_sentence() -> None:
    (m,) = marketfacts.read("Against the yen, the dollar fell 0.4% to 156.89.", date="2024-06-12").moves
    assert (m.subject.id, m.change_pct, m.level) == ("USDJPY", -0.4, 156.89)


@pytest.mark.parametrize("text", ["Earlier the Bank of England had left UK interest rates unchanged at 0.5%.",
                                  "The ECB lowered its deposit rate below zero, to -0.1%."])
def test_a_central_bank_has_no_price(text: str) -> None:
    assert marketfacts.read(text, date="2014-06-05").moves == []


def test_two_moves_joined_keep_their_own_periods_and_directions() -> None:
    doc = marketfacts.read("Corvane ADRs are down 4.5% this year and up 13.7% over the past year.", date="2021-04-12")
    assert [(m.change_pct, m.period) for m in doc.moves] == [(-4.5, "ytd"), (13.7, "2020-04-12/2021-04-12")]


@pytest.mark.parametrize("text,want", [
    # one change for each name: "each" after the figure, or before the verb
    ("Sydney shares rose. Torvin gained 12 cents to 3.70 dlrs, Kelvale and Dunmore Bank four each to 5.06 and 5.64.",
     [("Torvin", 0.12, 3.7), ("Kelvale", 0.04, 5.06), ("Dunmore Bank", 0.04, 5.64)]),
    ("Sydney shares rose. Kelvale and Dunmore Bank rose 4 cents each.",
     [("Kelvale", 0.04, None), ("Dunmore Bank", 0.04, None)]),
    ("Wall Street rose. Kelvale Corp and Dunmore Inc each rose 1/2 to 40-1/4 and 33.",
     [("Kelvale", 0.5, 40.25), ("Dunmore", 0.5, 33.0)]),
    # without "each", two names and one figure: the figure is the last name's
    ("Sydney shares rose. Kelvale and Dunmore Bank rose 4 cents.", [("Dunmore Bank", 0.04, None)]),
])
def test_a_figure_each_name_shares(text: str, want: list[tuple[str, float, float | None]]) -> None:
    doc = marketfacts.read(text, date="1987-03-03")
    assert [(m.subject.name, m.change, m.level) for m in doc.moves] == want


@pytest.mark.parametrize("text,want", [
    # a whole number beside a price in decimals is cents, even when the price is close to it
    ("Sydney shares rose. Torvin gained 10 to 10.70.", (0.1, 10.7)),
    ("Sydney shares rose. Torvin gained 12 to 12.40.", (0.12, 12.4)),
    # a change in decimals close to the figure after it is a range, not a level
    ("Sydney shares fell. Torvin closed down 6.85 to 7.00.", (-6.85, None)),
])
def test_cents_before_a_close_level(text: str, want: tuple[float, float | None]) -> None:
    doc = marketfacts.read(text, date="1987-03-03")
    assert [(m.change, m.level) for m in doc.moves] == [want]


@pytest.mark.parametrize("text,want", [
    # a copula that puts a price at its figure
    ("Spot gold was at $1,850 an ounce.", [("XAUUSD", 1850.0, "USD")]),
    ("The yuan was at 6.1378 per dollar.", [("USDCNY", 6.1378, "CNY")]),
    ("The yuan's midpoint was set at 7.1032 per dollar.", [("USDCNY", 7.1032, "CNY")]),
    ("The New Zealand dollar was at 61.20 U.S. cents.", [("NZDUSD", 0.612, "USD")]),
    # one currency priced in several others: a pair each, as written
    ("At 5pm, one Australian dollar was buying 75.2 US cents, 43.2 pence, 86.2 Japanese yen and 62.8 euro cents.",
     [("AUDUSD", 0.752, "USD"), ("AUDGBP", 0.432, "GBP"), ("AUDJPY", 86.2, "JPY"), ("AUDEUR", 0.628, "EUR")]),
])
def test_a_price_stated_with_a_copula(text: str, want: list[tuple[str, float, str]]) -> None:
    doc = marketfacts.read(text, date="2005-10-12")
    assert [(m.subject.id, m.level, m.currency) for m in doc.moves] == want


@pytest.mark.parametrize("text", [
    "Shares were offered at 15.75 dlrs.",  # an offer price, not a trade
    "Its stake is at 5 pct.",
])
def test_a_copula_alone_is_no_move(text: str) -> None:
    assert marketfacts.read(text, date="2005-10-12").moves == []


def test_a_records_yardstick_is_no_move() -> None:
    doc = marketfacts.read("The Hang Seng rose 3.2%, its best day since a 4.1 per cent jump in 2020.", date="2024-06-12")
    assert [(m.subject.id, m.change_pct) for m in doc.moves] == [("^HSI", 3.2)]


def test_since_a_day_of_a_month_is_an_interval_from_that_day() -> None:
    doc = marketfacts.read("The Hang Seng has gained 12% since March 12.", date="1987-03-03")
    assert [m.period for m in doc.moves] == ["1986-03-12/1987-03-03"]


def test_a_person_named_after_a_role_is_no_subject() -> None:
    doc = marketfacts.read("Its founder, Lisa Korvane, said the shares rose 4%.", date="2024-06-12")
    assert [m.subject.name for m in doc.moves if m.subject.name == "Lisa Korvane"] == []


@pytest.mark.parametrize("text,want", [
    ("Tokyo stocks rose. Nikkei average 21,402.10, up 88.35.", (88.35, 21402.1)),
    ("Kelvale Corp 5.20, up 0.10.", (0.1, 5.2)),
])
def test_a_name_its_level_then_the_change(text: str, want: tuple[float, float]) -> None:
    assert [(m.change, m.level) for m in marketfacts.read(text, date="1987-03-03").moves] == [want]


@pytest.mark.parametrize("text", [
    "Copper stocks held by refineries fell to 109,200 tonnes.",  # an inventory, not the metal's price
    "Receipts at gasoline stations rose 0.4 percent.",  # a plain noun and what it is of
])
def test_no_move_of_a_commoditys_compound(text: str) -> None:
    assert marketfacts.read(text, date="1987-03-03").moves == []


def test_a_companys_adrs_move_but_the_company_reports() -> None:
    doc = marketfacts.read("Korvane Ltd said its American Depository Receipts rose 8% to $22.20. Net profit rose 5.2% "
                           "to 63.7 billion rupees.", date="2024-07-18")
    assert [f.get("subject").name for f in doc.events if f.kind == "financials"] == ["Korvane"]


@pytest.mark.parametrize("text,want", [
    # a tenor in words, a plural yield, a lower-case bund
    ("Two-year Treasury yields climbed 5 basis points to 4.7%.", ("2-year Treasury yield", 0.05, 4.7)),
    ("The ten-year gilt yield rose to 4.1%.", ("UK 10-year government bond yield", None, 4.1)),
    ("German 10-year bund yields fell to minus 0.033%.", ("DE 10-year government bond yield", None, -0.033)),
    # an issuer's own name for its bonds; a country after the tenor; "benchmark" after it
    ("Italy's 10-year BTP yield fell 5 bps to 3.8%.", ("IT 10-year government bond yield", -0.05, 3.8)),
    ("The 10-year Swiss government bond yield fell to 0.1%.", ("CH 10-year government bond yield", None, 0.1)),
    ("India's 10-year benchmark bond yield rose to 7.1%.", ("IN 10-year government bond yield", None, 7.1)),
])
def test_bond_yields_as_news_names_them(text: str, want: tuple[str, float | None, float]) -> None:
    assert [(m.subject.name, m.change, m.level) for m in marketfacts.read(text, date="2016-06-14").moves] == [want]


def test_a_bonds_price_is_not_its_yield() -> None:
    doc = marketfacts.read("India's 10-year benchmark bond maturing in 2023 rose to Rs 100.5975 from Rs 100.45.",
                           date="2014-08-04")
    assert [m.level for m in doc.moves if m.subject.type == "bond"] == []


def test_a_pronoun_takes_the_subject_not_a_name_inside_a_phrase() -> None:
    # "it" stands for the coin the sentence is about, not for the firm in "tweets by Zeta boss"
    text = ("Bitcoin had been under pressure from a string of tweets by Zeta Motors boss Ann Smith, "
            "but the news pushed it lower still, and it hit a three-month low of $30,066.")
    assert [(m.subject.name, m.level) for m in marketfacts.read(text, date="2021-05-19").moves] == [("Bitcoin", 30066.0)]


@pytest.mark.parametrize("text,want", [
    # a listed bank's name inside a central bank's is the central bank's, which has no price
    ("The People's Bank of China weakened the daily reference rate 0.05 percent to 6.1663.", []),
    # a market's name after "Bank of" closes the bank's name
    ("Bank of China shares rose 2 percent to HK$3.10.", [("Bank of China", 2.0)]),
    # a statistic named like an index is no instrument
    ("The Zeta General Manufacturing Purchasing Managers' Index (PMI) dropped to 49.2 in May.", []),
])
def test_a_name_inside_a_longer_one(text: str, want: list[tuple[str, float]]) -> None:
    assert [(m.subject.name, m.change_pct) for m in marketfacts.read(text, date="2013-07-15").moves] == want


@pytest.mark.parametrize("text,want", [
    # a threshold crossed is the level the price reached; a threshold only named is none
    ("The Nikkei briefly fell below the 27,000 mark.", [("Nikkei", 27000.0)]),
    ("The Australian dollar quickly breached the 0.7100 barrier in early trade.", [("Australian dollar", 0.71)]),
    ("The index is near the 6,000 point mark.", []),
])
def test_a_threshold_crossed_is_a_level(text: str, want: list[tuple[str, float]]) -> None:
    assert [(m.subject.mention, m.level) for m in marketfacts.read(text, date="2024-05-10").moves] == want


def test_a_recovery_after_a_fall_is_a_second_level() -> None:
    doc = marketfacts.read("The USD/CHF pair plunged to 0.7400 before recovering to 0.87.", date="2015-01-16")
    assert [(m.subject.name, m.level) for m in doc.moves] == [("USDCHF", 0.74), ("USDCHF", 0.87)]


@pytest.mark.parametrize("text,want", [
    # "off" after a copula or a comma is the wire's word for down
    ("NEW YORK - General Motors was off 3/8 at 77-5/8.", [("General Motors", -0.375, 77.625)]),
    ("NEW YORK - Texaco Inc was the most active issue, off 1/2 at 32-3/4.", [("Texaco", -0.5, 32.75)]),
    # the FTSE 100 as 1980s wire copy wrote it
    ("LONDON - The FT-SE 100 index closed 12.3 points higher at 1,956.4.", [("FT-SE 100 index", 12.3, 1956.4)]),
])
def test_wire_words_of_the_1980s(text: str, want: list[tuple[str, float, float]]) -> None:
    assert [(m.subject.mention, m.change, m.level) for m in marketfacts.read(text, date="1987-03-03").moves] == want


def test_the_kiwi_is_the_new_zealand_dollar() -> None:
    doc = marketfacts.read("The kiwi fell to 83.46 US cents.", date="2014-02-18")
    assert [(m.subject.id, m.level, m.currency) for m in doc.moves] == [("NZDUSD", 0.8346, "USD")]
    assert marketfacts.read("New Zealand kiwifruit prices rose 3 pct.", date="2014-02-18").moves == []


def test_west_texas_intermediate_crude_capitalised_is_the_commodity() -> None:
    doc = marketfacts.read("Oil jumped, with West Texas Intermediate Crude last trading at $US63.84 a barrel.", date="2005-10-12")
    assert [(m.subject.id, m.level) for m in doc.moves] == [("CL=F", 63.84)]


def test_a_moment_after_compared_with_is_the_bases() -> None:
    (m,) = marketfacts.read("LONDON - The dollar was quoted at 1.8260 marks, compared with 1.8200 at the close "
                            "yesterday.", date="1987-03-09").moves
    assert (m.level, m.as_of, m.phase) == (1.826, "1987-03-09", None)


def test_the_moment_of_a_base_after_from_is_not_the_levels() -> None:
    (m,) = marketfacts.read("ZURICH - Profit-taking pushed gold down to a close of 418.50/419.00 dlrs from its "
                            "opening 421.80/422.20 and yesterday's 421.50/422.00.", date="1987-04-07").moves
    assert (m.level, m.as_of, m.phase) == (418.5, "1987-04-07", "close")
    # "from 52 weeks ago" is a period, not a base with a moment of its own
    (m2,) = marketfacts.read("NEW YORK - The dollar rose 9.01% against the yen from 52 weeks ago.",
                             date="2021-12-10").moves
    assert m2.period == "year"


@pytest.mark.parametrize(("text", "ticker", "level"), [
    ("ZURICH - Silver rose sharply. The metal closed at 6.64 dlrs an ounce.", "XAGUSD", 6.64),
    ("Gold fell on Tuesday. The yellow metal slipped 0.5% to $1,850 an ounce.", "XAUUSD", 1850.0),
])
def test_the_metal_stands_for_the_commodity_named_before(text: str, ticker: str, level: float) -> None:
    assert [(m.subject.id, m.level) for m in marketfacts.read(text, date="2024-04-09").moves] == [(ticker, level)]


def test_a_commoditys_price_reported_by_an_office_is_a_statistic() -> None:
    text = ("WASHINGTON - Heating oil prices rose 3.0 pct in February after an 18.0 pct rise in January, "
            "the Labor Department said.")
    assert _rows(text, "1987-03-13") == []


@pytest.mark.parametrize("text", [
    # a central bank has no price; a rate's level is no company's per cent change
    "LONDON - The Bank of England said it had lent one billion stg to the discount market for fourteen days at 10 pct.",
    "LONDON - Harlow Bank led the other clearing banks in reducing its base rate to 10-1/2 pct from 11 pct.",
    "FRANKFURT - The discount rate remains at 3.0 pct, and the Lombard emergency financing rate at 5.0 pct.",
])
def test_no_move_of_a_rate(text: str) -> None:
    assert _rows(text, "1987-03-18") == []


def test_a_meeting_ahead_with_no_year_is_the_next_one() -> None:
    (ev,) = [f for f in marketfacts.read("Zeta Corp said it planned a split, subject to approval by shareholders at "
                                          "the April 21 annual meeting.", date="1987-03-04").facts if f.kind == "meeting"]
    assert ev.get("date") == "1987-04-21"


def test_a_date_wrapped_across_lines() -> None:
    from marketfacts import dates
    m = dates.DATE_EXPR.search("The Bank cut its rate to 7-3/4 pct from eight pct on March\n9, the first change.")
    assert m is not None and dates.resolve(m, dates.parse_iso("1987-03-23")) == "1987-03-09"


def test_a_relative_clause_and_an_intraday_high_before_the_close() -> None:
    text = ("HONG KONG - Zeta Holdings, which accounts for the largest weighting of the index, once traded at an "
            "intra-day high of 42 HK dollars before ending up 2.26 percent to close at 38.65 HK dollars.")
    got = [(m.change_pct, m.level, m.approx) for m in marketfacts.read(text, date="2009-03-11").moves]
    assert got == [(None, 42.0, "as much as"), (2.26, 38.65, None)]


def test_steady_at_a_level_is_a_level() -> None:
    assert _rows("SYDNEY - Zeta Media was steady at $3.42.", "2006-12-06") == [("Zeta Media", None, None, 3.42, "AUD")]


def test_the_rate_after_a_pair_moved_is_the_pair_and_its_volatility_is_not() -> None:
    text = ("SEOUL - The won-dollar rate stood at 1,483.6 won, up 3.5 won from the previous day. The rate opened at "
            "1,480 won, down 0.1 won from the previous day. One-month implied volatility in the onshore won rose 0.02 "
            "percentage point to 1.72 percent.")
    got = [(m.subject.id, m.change, m.level, m.phase) for m in marketfacts.read(text, date="2025-12-23").moves]
    assert got == [("USDKRW", 3.5, 1483.6, None), ("USDKRW", -0.1, 1480.0, "open")]
    assert marketfacts.read("The central bank cut its key rate. The rate fell to 5.25 per cent.", date="2025-12-23").moves == []


def test_the_company_under_a_subhead_is_the_subheads() -> None:
    text = ("Zeta Jewellers shines in debut\nZeta Jewellers shares rose 88 per cent on the BSE. Zeta Jewellers "
            "ended at Rs 103.55.\nVelmar Microfin\nVelmar Microfin, a lender, ended at a discount to its issue price. "
            "On the BSE the stock debuted at Rs 278. It fell later.\nOn the NSE, the company's shares ended at "
            "Rs 265.95, a fall of 8.60 per cent.")
    last = marketfacts.read(text, date="2023-12-27").moves[-1]
    assert (last.subject.mention, last.change_pct, last.level) == ("the company", -8.6, 265.95)
    assert last.subject.name == "Velmar Microfin"


@pytest.mark.parametrize("text,want", [
    ("FRANKFURT - The dollar closed at 1.8265/75 marks after opening at 1.8200/15 and closing yesterday at 1.8260/70.",
     [1.8265, 1.82]),
    ("LONDON - Zeta shares traded at 800p after the announcement, 32p up from last night's close of 768p.", [8.0]),
])
def test_the_day_befores_close_is_a_yardstick(text: str, want: list[float]) -> None:
    assert [m.level for m in marketfacts.read(text, date="1987-04-07").moves] == want


def test_a_name_wrapped_across_lines_of_wire_copy() -> None:
    text = ("NEW YORK - Among the oil stocks Occidental Petroleum <OXY> rose one to 34-5/8 and Velmar Corp, with its Marathon\n"
            "Oil Co unit, rose 1/2 to 28-3/8, while stock prices as measured by the Dow Jones\n"
            "Industrial Average surged 19.13 pct in the year so far.\n")
    got = [(m.subject.name, m.change, m.change_pct) for m in marketfacts.read(text, date="1987-04-07").moves]
    assert ("Velmar", 0.5, None) in got and ("Dow Jones Industrial Average", None, 19.13) in got
    assert not any(name == "Oil" for name, _, _ in got)


def test_gm_is_general_motors() -> None:
    (m,) = marketfacts.read("NEW YORK - GM shares rose 3-1/2 to 79-1/8.", date="1987-03-04").moves
    assert (m.subject.id, m.change, m.level) == ("GM", 3.5, 79.125)


def test_holding_flat_is_a_level() -> None:
    assert _rows("HELSINKI - Zeta was bucking the trend, holding flat at 22.70 eur.", "2010-06-01") == \
        [("Zeta", 0.0, 0.0, 22.7, "EUR")]


@pytest.mark.parametrize("text,want", [
    ("SYDNEY - The All Ordinaries ended ahead 52.4 points at 7,305.1.", (52.4, 7305.1)),
    ("TOKYO - The Topix finished 12.5 points ahead at 2,345.6.", (12.5, 2345.6)),
    ("NEW YORK - Zeta fell 2 points ahead of its results to 61.", (-2.0, 61.0)),
])
def test_ahead_beside_a_figure_is_a_rise(text: str, want: tuple[float, float]) -> None:
    assert [(m.change, m.level) for m in marketfacts.read(text, date="2001-05-17").moves] == [want]


def test_a_clock_with_its_city_does_not_end_the_sentence() -> None:
    text = ("The Stoxx Europe 600 Index was 0.2 percent lower at 12:56 p.m. London time, after climbing as much "
            "as 0.9 percent earlier on Thursday.")
    got = [(m.change_pct, m.approx) for m in marketfacts.read(text, date="2016-03-10").moves]
    assert got == [(-0.2, None), (0.9, "as much as")]


def test_a_year_to_date_high_is_todays_level() -> None:
    (m,) = marketfacts.read("Zeta Systems shares hit a year-to-date high midday at $31.94.", date="2019-12-18").moves
    assert (m.level, m.period) == (31.94, "day")


def test_breaking_through_a_mark_is_a_level() -> None:
    (m,) = marketfacts.read("Gold broke through the US$3,200 mark on Tuesday.", date="2025-04-08").moves
    assert (m.subject.id, m.level, m.currency) == ("XAUUSD", 3200.0, "USD")


def test_a_former_name_in_brackets_and_an_appositive_give_way_to_the_name() -> None:
    text = ("Zeta Holdings (formerly Velmar Memory), the world's third-largest NAND flash company, posted a gain "
            "of over 10% on its first day of trading on the Tokyo Stock Exchange.")
    doc = marketfacts.read(text, date="2024-12-18")
    assert [m.subject.name for m in doc.moves] == ["Zeta"]
    assert [(e.get("subject").name, e.get("venue")) for e in doc.events if e.kind == "listing"] == \
        [("Zeta", "Tokyo Stock Exchange")]


def test_a_person_with_a_role_of_a_company_is_no_antecedent() -> None:
    text = ("Taro Yamada, President and CEO of Zeta Holdings, attended a ceremony. Zeta shares began trading at "
            "1,440 yen, below the IPO price. During the session the stock rose to 1,689 yen.")
    assert [m.subject.name for m in marketfacts.read(text, date="2024-12-18").moves] == ["Zeta", "Zeta"]


def test_a_change_in_brackets_beside_its_per_cent() -> None:
    (m,) = marketfacts.read("Zeta shares closed at 1,606 yen, 10.4% (151 yen) above the IPO price of 1,455 yen.",
                            date="2024-12-18").moves
    assert (m.change_pct, m.change, m.level, m.currency) == (10.4, 151.0, 1606.0, "JPY")


@pytest.mark.parametrize("text,want", [
    # a country's benchmark named without its tenor is its ten-year
    ("German Bund yields were down 1.5 basis points at 0.84 percent.", ("DE 10-year government bond yield", -0.015, 0.84)),
    ("Gilt yields rose 3 basis points to 1.21 percent.", ("UK 10-year government bond yield", 0.03, 1.21)),
])
def test_a_benchmark_yield_without_its_tenor(text: str, want: tuple[str, float, float]) -> None:
    assert [(m.subject.name, m.change, m.level) for m in marketfacts.read(text, date="2015-07-24").moves] == [want]


@pytest.mark.parametrize("text,want", [
    # a city's exchange is its market; a level in points has no currency
    ("The Varna Stock Exchange is trading 16% lower at 203.2 points.", ("Varna Stock Exchange", "market", None)),
    # a sector of an index is not the index
    ("The Nasdaq biotech index skidded 4.3 percent.", ("Nasdaq biotech index", "sector", None)),
    ("The S&P 500 energy sector fell 2%.", ("S&P 500 energy sector", "sector", None)),
    ("The health-care sector dropped 0.9%.", ("health-care sector", "sector", None)),
    # what holds or tracks the market named is the subject; a market's possessive gives way to its index
    ("The Zeta China Large-Cap ETF tracking Hong Kong shares sank 0.4 percent to $42.72.",
     ("Zeta China Large-Cap ETF", "stock", "USD")),
    ("Wall Street's Dow Jones industrial average ended off 119.09 points, or 0.67 percent, at 17,731.95.",
     ("Dow Jones Industrial Average", "index", None)),
    # a capital "The" inside a run of capitals opens a new name (scraped pages)
    ("View Photo The Varna Stock Exchange has plunged 22.86%.", ("Varna Stock Exchange", "market", None)),
    # a wire's instrument code in brackets is no name
    ("Australian stocks (.AXJO) lost 0.4 percent.", ("Australian stocks", "market", None)),
    ("The Nikkei 225 Stock Average lost 0.1 percent to 19,834.47.", ("Nikkei 225", "index", None)),
])
def test_whose_move_it_is(text: str, want: tuple[str, str, str | None]) -> None:
    (m,) = marketfacts.read(text, date="2015-07-24").moves
    assert (m.subject.name, m.subject.type, m.currency) == want


@pytest.mark.parametrize("text", [
    "GM is recalling close to 51,000 vehicles.",
    "Zeta Systems has written off $296 million -- 73% of the value.",
    "Passengers rose 3.7% to 4.9 million, while ASKs were up 1.7% to 15.5 billion.",
    "The benchmark Taiex trades at 12.6 times estimated earnings.",
])
def test_no_move_in(text: str) -> None:
    assert marketfacts.read(text, date="2015-07-24").moves == []


def test_an_index_level_that_looks_like_a_year() -> None:
    got = [(m.change, m.level) for m in marketfacts.read(
        "The S&P 500 lost 11 points, or 0.58% to 2018, while the Nasdaq Composite fell 40 points.",
        date="2015-07-24").moves]
    assert got[0] == (-11.0, 2018.0)


def test_in_the_last_two_months_is_a_trailing_window() -> None:
    (m,) = marketfacts.read("The Taiex slid 12 percent in the last two months.", date="2015-07-24").moves
    assert m.period == "2015-05-24/2015-07-24"


@pytest.mark.parametrize("text,want", [
    ("Zeta Semiconductor (Taiwan OTC: 4969) rose 3% to NT$120.", ("4969.TWO", 3.0, 120.0)),
    ("Velmar Foundry (TWSE: 2330) rose 1%.", ("2330.TW", 1.0, None)),
])
def test_a_ticker_of_an_asian_exchange_in_brackets(text: str, want: tuple[str, float, float | None]) -> None:
    assert [(m.subject.id, m.change_pct, m.level) for m in marketfacts.read(text, date="2015-07-24").moves] == [want]


@pytest.mark.parametrize("text", [
    "China has been hard on iron ore prices, which make up $1.2 billion of exports.",
    "The trailing P/E stands at about 16.5.",
    "Overall, spending on retargeting ads on Zeta was up 31%.",
    "Carry trades involving yuan deposits have lost 1.8 percent.",
    "Salaries in the three months to July increased by 2.9 per cent.",
    "Democratic Republic of Congo rose 2%.",
])
def test_no_price_moved_in(text: str) -> None:
    assert marketfacts.read(text, date="2015-07-24").moves == []


def test_brent_named_with_its_sea() -> None:
    (m,) = marketfacts.read("Brent North Sea crude for November delivery gained 16 cents to $48.39 a barrel.",
                            date="2015-07-24").moves
    assert (m.subject.id, m.change, m.level) == ("BZ=F", 0.16, 48.39)


def test_the_local_currency_is_the_markets() -> None:
    (m,) = marketfacts.read("MUMBAI - The domestic unit ended at 82.71 per dollar.", date="2023-06-12").moves
    assert (m.subject.id, m.level, m.currency) == ("USDINR", 82.71, "INR")


@pytest.mark.parametrize("name,want", [("TSMC", "2330.TW"), ("Hon Hai", "2317.TW"), ("Foxconn", "2317.TW")])
def test_taiwans_largest_lines_are_known(name: str, want: str) -> None:
    (m,) = marketfacts.read(f"TAIPEI - {name} rose NT$5, or 0.9 percent, to close at NT$560.", date="2023-06-12").moves
    assert (m.subject.id, m.change, m.level, m.currency) == (want, 5.0, 560.0, "TWD")


def test_a_records_yardstick_date_is_not_the_moves_day() -> None:
    text = ("NEW YORK - The Dow Jones Industrial Average increased 454.84 points, or 1.59 percent, to 29,100.50, its "
            "best single-day rise since July 14. It was also the blue-chip index's first close above 29,000 since February.")
    got = [(m.change, m.level, m.as_of) for m in marketfacts.read(text, date="2020-09-02").moves]
    assert got == [(454.84, 29100.5, "2020-09-02")]


@pytest.mark.parametrize("text", [
    "NEW YORK - The index had not closed above 2,000 since Jan. 15, 2002, when it stood at 2,000.91.",
    "NEW YORK - Its last higher close came on April 19, 2002, at 1,125.17.",
])
def test_a_level_long_past_is_no_move(text: str) -> None:
    assert marketfacts.read(text, date="2003-12-30").moves == []


def test_since_a_month_past_the_window() -> None:
    (m,) = marketfacts.read("TAIPEI - The Taiwan dollar has appreciated by almost 15 pct against the U.S. currency "
                            "since September 1985, encouraging speculators.", date="1987-03-12").moves
    assert m.period == "1985-09/1987-03-12"


def test_money_market_paper_by_its_weeks() -> None:
    text = ("SYDNEY - In the tender the 400 mln dlrs of 13-week notes went at an average yield of 15.473 pct, down "
            "from 15.870 last week. Three-month bills rose to 4.21 pct.")
    got = [(m.subject.mention, m.subject.type, m.level) for m in marketfacts.read(text, date="1987-03-26").moves]
    assert got == [("13-week notes", "bond", 15.473), ("Three-month bills", "bond", 4.21)]


def test_a_rate_predicted_to_slip_is_no_move() -> None:
    text = "TOKYO - They predict the three-month bill rate to slip to 3.875 pct from 4.0000 today."
    assert marketfacts.read(text, date="1987-03-26").moves == []


@pytest.mark.parametrize("text,want", [
    # a level only the other order of the pair can have: sterling quoted in euros
    ("LONDON - At the close, the pound was 0.16% higher at 1.23280 against the euro.", ("GBPEUR", 0.16, 1.2328)),
    # a level the market's order can still have, years apart: the euro at 85 cents
    ("NEW YORK - The euro fell 0.5% to 0.8520 against the dollar.", ("EURUSD", -0.5, 0.852)),
])
def test_a_pairs_order_from_its_level(text: str, want: tuple[str, float, float]) -> None:
    (m,) = marketfacts.read(text, date="2014-06-05").moves
    assert (m.subject.id, m.change_pct, m.level) == want


def test_an_infinitive_after_a_move_followed_is_a_move() -> None:
    # "followed gold to rise": done, not asked for
    rows = _rows("NEW YORK - Spot silver followed gold to rise 3.3 percent to $32.04 an ounce.", "2024-01-10")
    assert len(rows) == 1 and rows[0][1:3] == (3.3, None)


@pytest.mark.parametrize("text,want", [
    # what a participle pushed moved; the name before it has its own figure only
    ("SEOUL - Zeta Bank fell 0.85 percent to close at 40,700 won, helping push a sub-index for the sector "
     "down 1.14 percent.", [("Zeta Bank", -0.85)]),
    # the company's own share price pushed: its move
    ("HELSINKI - Zeta Oyj said profit rose, sending the company's share price up 6 percent.", [("Zeta Oyj", 6.0)]),
])
def test_a_figure_after_a_causative_is_its_objects(text: str, want: list[tuple[str, float]]) -> None:
    got = [(m.subject.name, m.change_pct) for m in marketfacts.read(text, date="2024-01-10").moves]
    assert got == want


@pytest.mark.parametrize("text,want", [
    # a government's bonds in a report from its market are its own, never the Treasury's line
    ("SEOUL - The yield on three-year government bonds rose 3.5 basis points to 2.934 percent.",
     ("KR 3-year government bond yield", None)),
    ("NEW YORK - The yield on five-year government bonds rose 3.5 basis points to 2.934 percent.",
     ("5-year Treasury yield", "^FVX")),
])
def test_government_bonds_are_the_markets_own(text: str, want: tuple[str, str | None]) -> None:
    (m,) = marketfacts.read(text, date="2024-10-22").moves
    assert (m.subject.name, m.subject.id) == want


def test_a_daily_limit_is_the_level_reached() -> None:
    rows = _rows("TOKYO - Zeta Dome shares jumped 15 percent to their daily limit of 1,289 yen.", "2020-11-27")
    assert rows == [("Zeta Dome", 15.0, None, 1289.0, "JPY")]


@pytest.mark.parametrize("text,want", [
    # a sector by its plural or its noun, after "with" or a full stop
    ("LONDON - The STOXX 600 rose 0.4%, with autos down 1.5%.", [("STOXX Europe 600", 0.4), ("autos", -1.5)]),
    ("LONDON - The autos sector fell 1.5%.", [("autos sector", -1.5)]),
    # a figure before a new clause is not the next clause's subject's
    ("SYDNEY - The benchmark rose 1%, while miners rose 2%.", [("miners", 2.0)]),
])
def test_sectors_and_clauses(text: str, want: list[tuple[str, float]]) -> None:
    assert [(m.subject.name, m.change_pct) for m in marketfacts.read(text, date="2024-11-06").moves] == want


@pytest.mark.parametrize("text,want", [
    # "its price", "its share price": the company the sentences before name
    ("LONDON - Investors sold Zeta Foods after its warning. Its price was down 3.7% at the close.",
     [("Zeta Foods", -3.7, None, None)]),
    # a noun of motion whose object is the company's price, after a result: the price's figures, not the result's
    ("LONDON - Zeta Foods reported a 25% rise in profit, sparking a 9% rise in its share price, up 96p to £11.25.",
     [("Zeta Foods", 9.0, 0.96, 11.25)]),
    # "ahead" before a change and the level it reached, in a list
    ("LONDON - The biggest risers included Zeta Foods ahead 8.8p to 358p, and Qorvix Homes 0.8p higher at 51.4p.",
     [("Zeta Foods", None, 0.088, 3.58), ("Qorvix Homes", None, 0.008, 0.514)]),
])
def test_the_price_named_by_a_pronoun_or_a_noun(text: str, want: list[tuple[str, float | None, float | None, float | None]]) -> None:
    got = [(m.subject.name, m.change_pct, m.change, m.level) for m in marketfacts.read(text, date="2024-03-05").moves]
    assert got == want


def test_a_result_and_a_price_in_one_sentence_stay_apart() -> None:
    doc = marketfacts.read("LONDON - Zeta Foods reported a 25% rise in profit, sparking a 9% rise in its share price, "
                           "up 96p to £11.25.", date="2024-03-05")
    fin = [(e.get("metric"), e.get("change_pct"), e.get("value")) for e in doc.events if e.kind == "financials"]
    assert fin == [("net_profit", 25.0, None)]


def test_a_change_then_its_level_is_no_range_of_a_result() -> None:
    doc = marketfacts.read("TORONTO - Zeta Ltd said 2023 overseas sales fell 205.7 mln dlrs to 2.01 billion dlrs.",
                           date="2024-03-05")
    vals = [e.get("value") for e in doc.events if e.kind == "financials"]
    assert len(vals) == 1 and vals[0].amount == 2.01e9


def test_a_dividend_on_shares_is_still_a_dividend() -> None:
    doc = marketfacts.read("CHICAGO - Zeta Financial Corp said it raised the quarterly dividend on its common shares "
                           "to 6 cts a share from 5 cts.", date="2024-03-05")
    assert [e.get("metric") for e in doc.events if e.kind == "financials"][:1] == ["dividend"]


@pytest.mark.parametrize("text,want", [
    # a name that closes an aside is not the subject, whatever preposition comes before it
    ("SINGAPORE - Zeta Holdings, a supplier to Apple, rose 3.1 percent to S$4.12.", "Zeta Holdings"),
    ("NEW YORK - Shares of Zeta Corp, a supplier to Apple, fell 2%.", "Zeta"),
    ("SEOUL - Samsung SDI, a battery supplier for BMW, rose 3.1 percent to 412,000 won.", "Samsung SDI"),
])
def test_the_subject_is_left_of_its_aside(text: str, want: str) -> None:
    (m,) = marketfacts.read(text, date="2024-03-05").moves
    assert m.subject.name == want


@pytest.mark.parametrize("text,want", [
    # scraped text with its spaces lost: no name made of the glued words, the name after a glued word kept
    ("Stocks inNew Yorkis rose 1% on Tuesday.", []),
    ("Shares ofTesla rose 2% on Tuesday.", [("Tesla", 2.0)]),
])
def test_glued_words_make_no_name(text: str, want: list[tuple[str, float]]) -> None:
    assert [(m.subject.name, m.change_pct) for m in marketfacts.read(text, date="2024-03-05").moves] == want


@pytest.mark.parametrize("text,want", [
    # the exchange the words name picks the line, by where it trades, not where the company is from
    ("HONG KONG - Alibaba's shares in New York rose 3.8%.", "BABA"),
    ("HONG KONG - Alibaba's New York-listed shares rose 3.8%.", "BABA"),
    ("HONG KONG - HSBC shares in London rose 1%.", "HSBA.L"),
    ("NEW YORK - Alibaba's Hong Kong-listed shares fell 2%.", "9988.HK"),
    ("HONG KONG - Tencent shares rose 1% in Hong Kong.", "0700.HK"),
])
def test_the_exchange_named_picks_the_line(text: str, want: str) -> None:
    (m,) = marketfacts.read(text, date="2024-03-05").moves
    assert m.subject.id == want


@pytest.mark.parametrize("text", [
    "SEOUL - The won fell to its weakest level since 2009 at 1,480 per dollar.",
    "SEOUL - The won fell to 1,480 per dollar, its weakest level since 2009.",
])
def test_a_records_look_back_is_not_the_moves_period(text: str) -> None:
    (m,) = marketfacts.read(text, date="2024-05-14").moves
    assert (m.level, m.period) == (1480.0, "day")


@pytest.mark.parametrize("text,want", [
    # the yuan of the offshore market is the offshore yuan; the onshore one stays itself
    ("HONG KONG - In Hong Kong's offshore market, the yuan rose 0.02 percent to 6.1389 per dollar.", "USDCNH"),
    ("SHANGHAI - The onshore yuan rose 0.1 percent to 7.1 per dollar, while the offshore yuan was flat.", "USDCNY"),
    # a sentence on the exchange's opening prepositional phrase: what trades there moved, not the exchange
    ("SINGAPORE - On the Singapore Exchange, the benchmark April iron ore stood at $126.7 a tonne, up 1.93%.",
     "TIO=F"),
    # the exchange named right after the figures picks the line of a market with two
    ("MUMBAI - Infosys shares rose 2% to Rs 1,700 on the BSE.", "INFY.BO"),
    ("MUMBAI - Infosys shares rose 2% to Rs 1,700 on the NSE.", "INFY.NS"),
])
def test_the_line_or_pair_the_words_name(text: str, want: str) -> None:
    assert marketfacts.read(text, date="2013-07-15").moves[0].subject.id == want


def test_the_offshore_pair_is_not_kept_for_the_yuan_after() -> None:
    moves = marketfacts.read("HONG KONG - In Hong Kong's offshore market, the yuan rose 0.02 percent to 6.1389 per dollar. "
                             "The yuan has advanced 1.5 percent this year.", date="2013-07-15").moves
    assert [(m.subject.id, m.change_pct) for m in moves] == [("USDCNH", -0.02), ("USDCNY", -1.5)]


@pytest.mark.parametrize("text,want", [
    ("LONDON - London's top tier closed 29.1 points lower at 7,481.5.", ("^FTSE", -29.1)),
    ("TOKYO - Tokyo's benchmark fell 1.2 points.", ("^N225", -1.2)),
    ("FRANKFURT - Frankfurt's blue chips fell 1.2 points.", ("^GDAXI", -1.2)),
])
def test_a_citys_benchmark_named_by_a_word_is_its_main_index(text: str, want: tuple[str, float]) -> None:
    (m,) = marketfacts.read(text, date="2024-03-05").moves
    assert (m.subject.id, m.change) == want


def test_a_citys_benchmark_security_is_no_index() -> None:
    doc = marketfacts.read("FRANKFURT - The 10-year bund, Europe's benchmark security, dropped below zero for the first "
                           "time.", date="2016-06-14")
    assert all(f.get("subject") is None or f.get("subject").id != "^STOXX" for f in doc.events)


@pytest.mark.parametrize("text,want", [
    ("HONG KONG - Hong Kong's main index fell 1.2%.", "^HSI"),
    ("NEW YORK - New York Times rose 2%.", "NYT"),
    ("HONG KONG - Hong Kong Exchanges rose 2%.", "0388.HK"),
])
def test_a_place_of_two_words_and_names_that_open_with_it(text: str, want: str) -> None:
    (m,) = marketfacts.read(text, date="2024-03-05").moves
    assert m.subject.id == want


@pytest.mark.parametrize("text", [
    # a name the reference does not know, in a text about crops, votes or a product's sales: no instrument
    "BUENOS AIRES - Rains slowed the work this week. Maize harvesting also advanced, reaching 15 pct of the planted "
    "area against nine pct. Growers expect a larger crop.",
    "LONDON - Voting went on all day. Turnout on the first day, about five pct lower than in 1983, was lowest in the "
    "north. Results are due on Friday.",
    "TOKYO - The company sold more players. Sales of the Orbitman rose to 2.25 mln units from 1.30 mln. It plans a "
    "new model.",
])
def test_an_unknown_name_moves_only_in_a_text_about_trading(text: str) -> None:
    assert marketfacts.read(text, date="1987-03-20").moves == []


def test_a_sentence_alone_says_too_little_to_judge_by() -> None:
    (m,) = marketfacts.read("Zentaro Biolabs plunged 31 per cent.", date="2024-03-05").moves
    assert m.change_pct == -31.0


@pytest.mark.parametrize("text,want", [
    # ... which a word of trading, or a price stated as one, makes one
    ("NEW YORK - Zetacorp Inc rose 1/2 to 57-3/4.", "Zetacorp"),
    ("HELSINKI - Orbitmaa Oyj fell 5.5 percent to 20.51 euros.", "Orbitmaa Oyj"),
    ("HOUSTON - West Texas Sour was up 10 cts to 16.60 dlrs a barrel.", "West Texas Sour"),
    ("WARSAW - The broad-based Zeta index ended 0.1 pct up at 65,003.34 pts.", "Zeta"),
    ("NEW YORK - Kelvale Electronics fell 4.2 percent.", "Kelvale Electronics"),
])
def test_an_unknown_name_moves_where_a_price_is_told(text: str, want: str) -> None:
    # (each in a text that names no trading: "It gave no reason. ... Analysts were surprised.")
    (m,) = marketfacts.read("The news came late. " + text + " Analysts were surprised.", date="1987-03-20").moves
    assert m.subject.name == want


def test_market_breadth_is_no_move() -> None:
    ms = marketfacts.read("NEW YORK - About 61% of S&P 500 stocks rose and 35% fell.", date="2024-03-05").moves
    assert ms == []
    (m,) = marketfacts.read("NEW YORK - The S&P 500 rose 1.2%, with 80% of its members higher.", date="2024-03-05").moves
    assert (m.subject.id, m.change_pct) == ("^GSPC", 1.2)


@pytest.mark.parametrize("text", [
    "Of the stocks in the index, 61% rose and 35% fell.",
    "About 70% of stocks on the Nasdaq declined, while 25% advanced.",
])
def test_a_per_cent_that_is_the_subject_of_a_verb_is_breadth(text: str) -> None:
    assert marketfacts.read(text, date="2024-03-05").moves == []


def test_an_exchange_named_as_where_a_stock_traded_is_no_subject() -> None:
    text = "Shares of Zeta Holdings closed at $31.40 on the Singapore Exchange, up 1.2 per cent."
    got = [(m.subject.name, m.change_pct, m.level, m.currency) for m in marketfacts.read(text, date="2024-03-05").moves]
    assert got == [("Zeta Holdings", 1.2, 31.4, "SGD")]
    # the operator's own shares still move when they are the subject
    (m,) = marketfacts.read("SINGAPORE - Singapore Exchange shares rose 2.1 per cent.", date="2024-03-05").moves
    assert m.change_pct == 2.1 and m.subject.name.startswith("Singapore Exchange")


def test_the_canonical_name_is_the_companys_own() -> None:
    (m,) = marketfacts.read("HONG KONG - Tencent fell 2.3 per cent to HK$290.40.", date="2024-03-05").moves
    assert (m.subject.name, m.subject.id) == ("Tencent Holdings", "0700.HK")


def test_a_bond_named_by_its_coupon_moves_by_price_and_its_yield_by_level() -> None:
    text = ("MUMBAI - The 7.26 per cent government security maturing in 2033 gained to Rs 99.42 from Rs 99.30, while "
            "its yield declined to 7.34 per cent from 7.36 per cent.")
    got = [(m.subject.name, m.level, m.currency) for m in marketfacts.read(text, date="2024-03-05").moves]
    assert got == [("7.26 per cent government security maturing in 2033", 99.42, "INR"),
                   ("7.26 per cent government security maturing in 2033 yield", 7.34, None)]


def test_an_issue_of_a_bond_is_no_bond_that_moved() -> None:
    text = ("LONDON - The sale of a tranche of 8-3/4 pct treasury bonds due 1997 went well, with the three-month "
            "interbank rate down 1/8 point.")
    assert all(m.subject.name != "8-3/4 pct treasury bonds due 1997" for m in marketfacts.read(text, date="1987-03-05").moves)


@pytest.mark.parametrize("text,want", [
    ("MUMBAI - The overnight call money rate ended lower at 7.00 per cent from 7.05 per cent.",
     ("overnight call money rate", None, 7.0)),
    ("LONDON - Three-month sterling Libor fell 5 basis points to 0.38%.", ("Three-month sterling Libor", -0.05, 0.38)),
    ("HONG KONG - The one-month HIBOR rose to 4.65% from 4.52%.", ("one-month HIBOR", None, 4.65)),
    # the overnight market in reserves, quoted by wire copy's dealers
    ("NEW YORK - Dealers said Fed funds were trading at 6-3/16 pct.", ("Fed funds", None, 6.1875)),
])
def test_money_market_rates_move_as_yields_do(text: str, want: tuple[str, float | None, float]) -> None:
    (m,) = marketfacts.read(text, date="2024-03-05").moves
    assert (m.subject.name, m.change, m.level) == want


def test_the_federal_funds_rate_a_central_bank_sets_is_no_market_move() -> None:
    doc = marketfacts.read("WASHINGTON - The Fed cut the federal funds rate by 25 basis points to 5.25 pct.", date="2024-03-05")
    assert doc.moves == [] or all("funds" not in m.subject.name.lower() for m in doc.moves)


@pytest.mark.parametrize("text,want", [
    # "its stock" after a sentence that names no company: the company the article opened with
    ("Zeta International said it agreed to a buyout from Orbit Capital at 24.60 dlrs per share. The transaction "
     "was valued at 500 mln dlrs. Its stock rose 8-5/8 to 24 in active trading.", "Zeta"),
    # ... and after one that names two, the one it is about, not the one in its object's phrase
    ("Zeta International said it agreed to a buyout from Orbit Capital at 24.60 dlrs per share. Its stock rose "
     "8-5/8 to 24 in active trading.", "Zeta"),
])
def test_its_stock_is_the_companys_the_text_is_about(text: str, want: str) -> None:
    (m,) = marketfacts.read(text, date="1987-03-09").moves
    assert m.subject.name == want


def test_what_was_pushed_to_a_record_is_its_subject() -> None:
    doc = marketfacts.read("LONDON - Money market rates eased, with the three-month interbank rate down 1/8 point, "
                           "after a rally which pushed the pound to four-year highs.", date="1987-03-05")
    assert [e.get("subject").name for e in doc.events if e.kind == "record"] == ["pound"]


def test_an_index_of_things_is_no_markets_index() -> None:
    doc = marketfacts.read("WASHINGTON - Producer prices rose 0.3 pct in February, the department said. The index for "
                           "consumer foods fell 0.5 pct.", date="1987-03-13")
    assert [m.subject.id for m in doc.moves] == []


@pytest.mark.parametrize("text,want", [
    # an everyday word opening a sentence before a noun of its own is no company
    ("PARIS - Exports rose. Total trade with the Gulf states fell some 40 pct.", []),
    ("PARIS - Total fell 2 pct in Paris.", ["FP.PA"]),
    ("PARIS - Total shares rose 2 pct in Paris.", ["FP.PA"]),
])
def test_an_everyday_word_at_a_sentences_head(text: str, want: list[str]) -> None:
    got = [m.subject.id for m in marketfacts.read(text, date="1987-03-05").moves if m.subject.id]
    assert got == want


def test_a_rate_changes_size_is_no_price_move() -> None:
    text = ("HONG KONG - Banks in Hong Kong are likely to raise prime rates by half a percentage point to 6-1/2 pct "
            "following a one-quarter point prime rate increase by two U.S. banks.")
    assert marketfacts.read(text, date="1987-04-01").moves == []


def test_a_hedged_change_restates_the_precise_one() -> None:
    doc = marketfacts.read("NEW YORK - The Dow jumped more than 90 points on Tuesday. The Dow rose 94.12, or 0.9 "
                           "percent, to 10,312.40.", date="2004-02-10")
    assert [(m.change, m.level) for m in doc.moves] == [(94.12, 10312.4)]


def test_two_plain_changes_of_one_stock_are_two_moves() -> None:
    doc = marketfacts.read("NEW YORK - Acme Corp gained two points to 61-1/2. Yesterday, Acme's stock climbed 1-3/4 "
                           "points.", date="1987-04-07")
    assert sorted(m.change for m in doc.moves) == [1.75, 2.0]


def test_the_level_of_a_day_long_past_is_no_move() -> None:
    doc = marketfacts.read("NEW YORK - The index had not closed above 3,000 since Feb. 9, 2001, when it stood at "
                           "3,012.55.", date="2003-11-20")
    assert doc.moves == []


def test_a_high_told_with_its_hour_is_an_intraday_extreme() -> None:
    doc = marketfacts.read("NEW YORK - Acme Corp shares hit a year-to-date high midday at $51.20.", date="2019-11-05")
    assert [(m.level, m.approx) for m in doc.moves] == [(51.2, "as much as")]


@pytest.mark.parametrize("text,want", [
    ("NEW YORK - May crude futures lost $3.10 on Monday, with the June contract ending at $31.28.",
     [("May crude futures", -3.1, None), ("June contract", None, 31.28)]),
    ("SHANGHAI - The ABC 50 March contract added 1.2 percent to end at 2,451.0.", [("ABC 50 March contract", None, 2451.0)]),
])
def test_a_contract_named_by_its_month(text: str, want: list[tuple[str, float | None, float | None]]) -> None:
    assert [(m.subject.name, m.change, m.level) for m in marketfacts.read(text, date="2020-04-20").moves] == want


def test_a_move_from_one_weekday_to_another_is_an_interval() -> None:
    (m,) = marketfacts.read("NEW YORK - The December contract fell 18.1 cents from Monday to Wednesday.",
                            date="2016-10-20").moves
    assert m.period == "2016-10-17/2016-10-19"


def test_a_dotted_capital_i_shifts_no_offset() -> None:
    # "İ" lower-cased is two characters; the words after it are still found where they stand
    text = ("ANKARA - Officials met in İzmir and İstanbul on Monday. The bank acted after the lira's 7 percent "
            "plunge on Monday.")
    (m,) = marketfacts.read(text, date="2025-03-11").moves
    assert (m.subject.id, m.change_pct, text[m.span.start:m.span.end]) == ("USDTRY", 7.0, "lira's 7 percent")


def test_a_half_is_no_rounding_of_a_restated_move() -> None:
    doc = marketfacts.read("SYDNEY - Acme Ltd shares were up 1.5 percent in afternoon trade. Later, Acme Ltd shares "
                           "were up 2 percent.", date="2018-06-04")
    assert sorted(m.change_pct for m in doc.moves) == [1.5, 2.0]


def test_a_central_bank_between_is_not_what_moved() -> None:
    (m,) = marketfacts.read("LONDON - Britain's FTSE 100 turned higher after the BoE decision, with the blue-chip index "
                            "last trading 0.7 percent up.", date="2016-08-04").moves
    assert (m.subject.id, m.change_pct) == ("^FTSE", 0.7)


@pytest.mark.parametrize("text", [
    "ZURICH - Acme AG said its profit rose two pct, with the reported one pct drop in turnover to 8.36 billion "
    "francs, the Acme group said.",
    "ZURICH - Acme AG turnover fell one pct, the official said. Sales in local currency terms were up by 14 pct.",
])
def test_a_metrics_change_is_no_price_move(text: str) -> None:
    assert marketfacts.read(text, date="1987-03-20").moves == []


def test_an_index_a_company_compiles_is_no_stock() -> None:
    (m,) = marketfacts.read("ZURICH - Swiss shares ended firmer, with the Credit Suisse index up 3.2 points at 512.4.",
                            date="1987-03-05").moves
    assert (m.subject.name, m.subject.id, m.subject.type, m.currency) == ("Credit Suisse index", None, "index", None)


def test_a_datelines_city_in_capitals_is_no_company() -> None:
    doc = marketfacts.read("ZURICH - Swiss shares ended firmer. Zurich Insurance rose 2 pct.", date="1987-03-05")
    assert [m.subject.mention for m in doc.moves] == ["Zurich Insurance"]


@pytest.mark.parametrize("text", [
    "CARACAS - Venezuela requested easier terms because of a 40 pct drop in oil income last year.",
    "WASHINGTON - Real compensation per hour in manufacturing fell 0.6 pct in the fourth quarter.",
    "LONDON - Consumers sought an adjustment of the lower indicative price (set at 150 cents a kilo) this year.",
])
def test_measures_and_names_of_prices_are_no_moves(text: str) -> None:
    assert marketfacts.read(text, date="1987-03-05").moves == []


def test_brazils_real_is_the_currency() -> None:
    (m,) = marketfacts.read("SAO PAULO - Brazil's real fell 1.2 pct to 5.10 per dollar.", date="2020-03-05").moves
    assert (m.subject.id, m.level, m.currency) == ("USDBRL", 5.1, "BRL")


def test_tickers_of_an_exchange_name_the_articles_market() -> None:
    # no place is named, but the lines are Hong Kong's: a bare "dlrs" is Hong Kong dollars
    doc = marketfacts.read("The price of Acme Hotels Ltd <ACHT.HK>'s stock soared on speculation, brokers said. "
                           "Zeta Land <ZETA.HK> rose 75 cents to 45.25 dlrs.", date="1987-03-03")
    assert [(m.subject.name, m.currency) for m in doc.moves if m.level == 45.25] == [("Zeta Land", "HKD")]


@pytest.mark.parametrize("text", [
    "HOUSTON - The number of active rotary rigs fell by five to 761, Acme Tool Co said.",
    "CHICAGO - Trading in currency futures at the Zetamart fell 4.6 pct during February from a year ago.",
])
def test_a_name_that_only_reports_or_hosts_the_figures_is_no_subject(text: str) -> None:
    assert marketfacts.read(text, date="1987-03-05").moves == []


@pytest.mark.parametrize("text", [
    "TOKYO - Average interest rates on yen certificates of deposit, CD, fell to 4.27 pct in the week.",
    "LONDON - He said volumes in North America increased some 10.5 pct.",
    "NEW YORK - The backlog at Zetacorp is up 30 pct from the start of the year.",
    "NEW YORK - The Zetacorp notes are trading at 100.50 on a when-issued basis, the Acme spokesman said.",
])
def test_a_rate_a_measure_or_a_debt_of_a_name_is_no_price_move(text: str) -> None:
    assert marketfacts.read(text, date="1987-03-05").moves == []


def test_a_price_indexs_components_are_no_market_moves() -> None:
    text = ("WASHINGTON - Producer prices for finished goods rose 0.1 pct in February, the Labor Department said. Among "
            "finished goods, gasoline rose 5.5 pct after a 15.7 pct January increase, and fuel oil was up three pct.")
    assert marketfacts.read(text, date="1987-03-13").moves == []
    # a market's commodity moves stay moves
    doc = marketfacts.read("LONDON - Gold rose 0.6 pct and silver gained 0.62%. Oil prices rose around 0.1%.", date="2024-11-06")
    assert [m.subject.id for m in doc.moves] == ["XAUUSD", "XAGUSD", "CL=F"]


@pytest.mark.parametrize("text,want", [
    ("NEW YORK - The total of all crude, refined product and SPR stocks fell 10.3 mln barrels to 1,564.8, it said.", []),
    ("NEW YORK - Buy orders helped send the Dow Jones Industrial Average up 21 points in the final minutes of the day "
     "to a 14.20-point gain on the day.", [("^DJI", 21.0, None)]),
    ("LONDON - Rates eased, one-month interbank sterling shedding 5/16 point to 10-9/16 7/16 pct.", [(None, -0.3125, 10.5625)]),
    ("LONDON - Sterling cd's were similarly down between 5/16 point and 1/8 point.", []),
])
def test_physical_stocks_a_gains_size_and_interbank_sterling(text: str, want: list[tuple[Any, ...]]) -> None:
    assert [(m.subject.id, m.change, m.level) for m in marketfacts.read(text, date="1987-03-05").moves] == want


@pytest.mark.parametrize("text", [
    "The biggest decliners were Intel (-3.4%) and AMD (-2.9%).",
    "Decliners included Intel (-3.4%) and AMD (-2.9%).",
    "Intel (-3.4%) and AMD (-2.9%) were the biggest decliners.",
])
def test_a_signed_per_cent_in_brackets_after_a_name_is_its_move(text: str) -> None:
    got = [(m.subject.name, m.change_pct) for m in marketfacts.read(text, date="2024-05-06").moves]
    assert got == [("Intel", -3.4), ("Advanced Micro Devices", -2.9)]


def test_a_signed_per_cent_in_brackets_after_no_name_is_no_move() -> None:
    assert marketfacts.read("Revenue growth (-3.4%) was weak across the sector.", date="2024-05-06").moves == []


def test_an_extreme_then_a_participle_of_the_close_are_two_moments() -> None:
    text = ("SHANGHAI - The most active nickel contract touched a record peak of 182,660 yuan a tonne, "
            "closing daytime trading up 0.8% at 178,860 yuan.")
    got = [(m.change_pct, m.level, m.approx, m.phase) for m in marketfacts.read(text, date="2025-12-29").moves]
    assert got == [(None, 182660.0, "as much as", None), (0.8, 178860.0, None, "close")]


@pytest.mark.parametrize("text,want", [
    ("SHANGHAI - The Shanghai Composite touched 3,199.5 before closing at 3,180.2.",
     [(3199.5, "as much as", None), (3180.2, None, "close")]),
    ("TOKYO - The Nikkei hit 39,500.12 in the morning, ending the day up 1.1% at 39,200.50.",
     [(39500.12, None, None), (39200.5, None, "close")]),
])
def test_a_touched_level_is_the_sessions_extreme_and_ending_up_is_the_close(
        text: str, want: list[tuple[float, str | None, str | None]]) -> None:
    got = [(m.level, m.approx, m.phase) for m in marketfacts.read(text, date="2024-05-06").moves]
    assert got == want


def test_a_yardsticks_own_move_in_its_clause_and_no_relative_change() -> None:
    text = ("Compared with the FTSE 100 index, which rose 28.3 points or 0.5% on the day, this was a relative price "
            "change of -2.3%.")
    got = [(m.subject.name, m.change, m.change_pct) for m in marketfacts.read(text, date="2010-06-01").moves]
    assert got == [("FTSE 100", 28.3, 0.5)]


def test_a_yardstick_without_a_clause_of_its_own_is_no_subject() -> None:
    got = [m.subject.name for m in marketfacts.read("Zeta shares fell 3%, compared with the FTSE 100 index.",
                                                     date="2010-06-01").moves]
    assert got == ["Zeta"]


def test_the_share_price_is_the_articles_companys() -> None:
    text = "Zeta Holdings Plc <ZETA.L> said results were good. The share price rose to 286p from 281p last night."
    got = [(m.subject.id, m.level, m.currency) for m in marketfacts.read(text, date="1987-03-11").moves]
    assert got == [("ZETA.L", 2.86, "GBP")]


@pytest.mark.parametrize("text,want", [
    # a commodity's or a coin's bare dollar is the world's price, whatever the report's market
    ("SINGAPORE - Spot gold rose 0.5% to $2,310.20 an ounce.", "USD"),
    ("SYDNEY - Brent crude added 0.4% to $82.10 a barrel.", "USD"),
    ("HONG KONG - Bitcoin rose 2% to $67,000.", "USD"),
    # (a dollar the text names stays its own; a stock's bare dollar is its market's)
    ("SYDNEY - Gold rose 0.5% to A$3,480.20 an ounce.", "AUD"),
    ("SYDNEY - Orbit Mining rose 0.5% to $3.48.", "AUD"),
])
def test_a_commoditys_bare_dollar_is_the_us_dollar(text: str, want: str) -> None:
    (m,) = marketfacts.read(text, date="2024-06-11").moves
    assert m.currency == want


@pytest.mark.parametrize("text,want", [
    ("CHICAGO - Most-active soybean futures fell 10-1/4 cents to $11.85-3/4 a bushel.", ("ZS=F", -0.1025, 11.8575)),
    ("CHICAGO - Soymeal fell $2.10 to $352.40 per short ton.", ("ZM=F", -2.1, 352.4)),
])
def test_soy_complex_names(text: str, want: tuple[str, float, float]) -> None:
    (m,) = marketfacts.read(text, date="2024-06-11").moves
    assert (m.subject.id, m.change, m.level) == want


@pytest.mark.parametrize("text", ["NEW YORK - Zeta Systems (ZETA.O) rose 1%.", "NEW YORK - Zeta Systems <ZETA.N> rose 1%."])
def test_a_reuters_code_of_a_us_venue_is_the_us_ticker(text: str) -> None:
    (m,) = marketfacts.read(text, date="2024-06-11").moves
    assert m.subject.id == "ZETA"


@pytest.mark.parametrize("text", [
    "NEW YORK - Zeta Corp said profit rose. The Texas-based company's stock fell 3.2% to $41.10.",
    "NEW YORK - Zeta Corp said profit rose. The drugmaker's stock fell 3.2% to $41.10.",
    "NEW YORK - Zeta Corp said profit rose. Shares of the drugmaker fell 3.2% to $41.10.",
    # a company called by its trade is the one told of last, not the one named most
    "NEW YORK - Orbit Corp beat forecasts. Orbit Corp rose. Zeta Corp cut its outlook. "
    "The software maker's shares fell 3.2% to $41.10.",
])
def test_a_company_called_by_its_trade(text: str) -> None:
    (m,) = [m for m in marketfacts.read(text, date="2024-06-11").moves if m.change_pct == -3.2]
    assert m.subject.name == "Zeta"


@pytest.mark.parametrize("text", [
    "Zeta Inc issued bonds. However, if the stock price rises to more than 130 pct of the conversion level, "
    "the issue will be callable.",
    "If the S&P 500 rises 2% from here, it will hit a record.",
])
def test_a_move_told_as_a_condition_is_no_move(text: str) -> None:
    assert marketfacts.read(text, date="2024-06-11").moves == []


def test_north_sea_brent_crude_is_brent() -> None:
    (m,) = marketfacts.read("LONDON - North Sea Brent crude for April traded at 17.65 dlrs a barrel, down 15 cents.",
                            date="1987-03-05").moves
    assert (m.subject.id, m.change, m.level) == ("BZ=F", -0.15, 17.65)


@pytest.mark.parametrize("text,want", [
    # a currency's own dollar price, whatever the later clause's counter
    ("LONDON - Sterling rose 0.5% to $1.2780 and was up 0.2% against the euro at 84.45 pence.",
     [("GBPUSD", 0.5, 1.278, "USD"), ("EURGBP", -0.2, 0.8445, "GBP")]),
    # a currency's bare "$" price in a market of another dollar is in US dollars
    ("SYDNEY - The New Zealand dollar eased 0.2% to $0.6130.", [("NZDUSD", -0.2, 0.613, "USD")]),
])
def test_a_currencys_own_dollar_price(text: str, want: list[tuple[str, float, float, str]]) -> None:
    got = [(m.subject.id, m.change_pct, m.level, m.currency) for m in marketfacts.read(text, date="2024-06-11").moves]
    assert got == want


@pytest.mark.parametrize("text,want", [
    ("KUALA LUMPUR - Malaysia's benchmark index was little changed at 1,610.", ("^KLSE", 1610.0)),
    ("JAKARTA - Indonesia's main stock index rose 0.5% to 6,920.", ("^JKSE", 6920.0)),
    ("NEW YORK - Zeta Corp shares were little changed at $193.10.", (None, 193.1)),
])
def test_a_countrys_index_and_a_level_little_changed(text: str, want: tuple[str | None, float]) -> None:
    (m,) = marketfacts.read(text, date="2024-06-11").moves
    assert (m.subject.id, m.level) == want and m.change is None


@pytest.mark.parametrize("text", [
    "NEW YORK - The MSCI world equity index fell 0.2%.",
    "NEW YORK - MSCI's broadest index of Asia-Pacific shares outside Japan rose 0.4%.",
])
def test_an_index_providers_index_is_no_share_of_the_provider(text: str) -> None:
    (m,) = marketfacts.read(text, date="2024-06-11").moves
    assert m.subject.type == "index" and m.subject.id is None  # (no wrong id, and no empty one)


@pytest.mark.parametrize("text,want", [
    ("NEW YORK - Zeta Corp led the index higher, rising 3%.", ("Zeta", 3.0)),
    ("NEW YORK - Zeta Corp dragged the Nasdaq lower, falling 2.1%.", ("Zeta", -2.1)),
])
def test_a_participle_after_a_pushed_index_is_the_pushers(text: str, want: tuple[str, float]) -> None:
    (m,) = marketfacts.read(text, date="2024-06-11").moves
    assert (m.subject.name, m.change_pct) == want


@pytest.mark.parametrize("text,want", [
    ("SINGAPORE - Solana dropped 5.6% to $152, and XRP lost 2%.", [("SOL-USD", -5.6, "USD"), ("XRP-USD", -2.0, None)]),
    ("NEW YORK - The Solana blockchain processed 50 million transactions, up 3%.", []),
])
def test_coins_by_name_and_their_networks_no_price(text: str, want: list[tuple[str, float, str | None]]) -> None:
    got = [(m.subject.id, m.change_pct, m.currency) for m in marketfacts.read(text, date="2024-06-11").moves]
    assert got == want
