"""Each check on sentences written for these tests: the error planted is
found, and the same sentence written correctly raises nothing."""

from __future__ import annotations

import pytest

import marketfacts

DATE = "2024-06-12"

PLANTED = [
    # kind, wrong, right
    ("magnitude", "The group offered HK$812.4 (US$104 million) for the stake.",
     "The group offered HK$812.4 million (US$104 million) for the stake."),
    ("magnitude", "It raised 3.2 yuan (US$450 million) in Shanghai.",
     "It raised 3.2 billion yuan (US$450 million) in Shanghai."),
    ("arithmetic", "The Nikkei 225 fell 420.5 points, or 3.1 per cent, to 38,100.25.",
     "The Nikkei 225 fell 420.5 points, or 1.1 per cent, to 38,100.25."),
    ("arithmetic", "The Kospi rose 30.2 points, or 0.4%, to 2,750.10.",
     "The Kospi rose 30.2 points, or 1.1%, to 2,750.10."),
    ("typo", "Officials met executives from Tencent Holdigns and Alibaba Cluod on Tuesday.",
     "Officials met executives from Tencent Holdings and Alibaba Cloud on Tuesday."),
    ("arithmetic", "The FTSE 100 rose 0.5% to 8,700 from 8,600 on Tuesday.",
     "The FTSE 100 rose 1.2% to 8,700 from 8,600 on Tuesday."),
    ("arithmetic", "The FTSE 100 rose 90 points to 8,700 from 8,600.",
     "The FTSE 100 rose 100 points to 8,700 from 8,600."),
    ("typo", "Tencent Holdings rose 2 per cent, while Tencnet's rival Baidu fell.",
     "Tencent Holdings rose 2 per cent, while Tencent's rival Baidu fell."),
    ("date", "The board met on Tuesday, June 12, 2024 to approve the deal.",
     "The board met on Wednesday, June 12, 2024 to approve the deal."),
    # a hedged per cent is a bound the figures must keep
    ("arithmetic", "The Kospi ended just 27 points (less than 0.1 per cent) higher at 2,750.1.",
     "The Kospi ended just 2.7 points (less than 0.1 per cent) higher at 2,750.1."),
    # a week's points and per cent against the day's close
    ("arithmetic", "The FTSE 100 rose 40.5 points, or 0.5%, to 8,100.5 on Wednesday. The FTSE 100 has gained "
                   "300.5 points, or 5.9%, this week.",
     "The FTSE 100 rose 40.5 points, or 0.5%, to 8,100.5 on Wednesday. For the week, the FTSE 100 was up "
     "300.5 points, or 3.9%."),
    # a futures contract's discount to its index
    ("arithmetic", "The June contract rose 1.1 percent to end at 4,010.2, keeping a discount of 19.5 points to the "
                   "underlying index, which rose 1.2 percent to close at 4,039.7.",
     "The June contract rose 1.1 percent to end at 4,010.2, keeping a discount of 29.5 points to the "
     "underlying index, which rose 1.2 percent to close at 4,039.7."),
    # a per cent from a high, against the day's level
    ("arithmetic", "The Nikkei 225 rose 1.2% to 38,000.00. It is 7.5% below its record high of 40,000.00.",
     "The Nikkei 225 rose 1.2% to 38,000.00. It is 5% below its record high of 40,000.00."),
    # shares times price against the amount raised
    ("arithmetic", "Orbit Pharma plans to raise HK$3.1 billion by selling 50 million new shares at HK$52 each.",
     "Orbit Pharma plans to raise HK$2.6 billion by selling 50 million new shares at HK$52 each."),
    # a stock's change, per cent and price
    ("arithmetic", "Zeta Bank rose 0.5 per cent or 47 cents to $59.54.",
     "Zeta Bank rose 0.5 per cent or 27 cents to $59.54."),
    # a part larger than its whole
    ("magnitude", "Zeta Mining was the most heavily traded stock, with 1.1 billion shares changing hands, against a "
                  "turnover of 2.5 million securities worth S$1.2 billion.",
     "Zeta Mining was the most heavily traded stock, with 1.1 billion shares changing hands, against a "
     "turnover of 2.5 billion securities worth S$1.2 billion."),
    ("magnitude", "Orbit Pharma raised $420 million in its offering. A record $15 million was raised in the city's "
                  "listings this year.",
     "Orbit Pharma raised $420 million in its offering. A record $15 billion was raised in the city's "
     "listings this year."),
    ("magnitude", "The carmaker raised HK$20 million in the world's biggest initial public offering this year.",
     "The carmaker raised HK$20 billion in the world's biggest initial public offering this year."),
    # a debut's moves measured from the issue price the article gives
    ("arithmetic", "Shares of Zeta Foods opened at Rs 110, up 10 per cent against the issue price of Rs 100. Later "
                   "it jumped 15 per cent to Rs 118.",
     "Shares of Zeta Foods opened at Rs 110, up 10 per cent against the issue price of Rs 100. Later "
     "it jumped 18 per cent to Rs 118."),
]


@pytest.mark.parametrize("kind,wrong,right", PLANTED)
def test_planted_error_is_found(kind: str, wrong: str, right: str) -> None:
    kinds = [c.kind for c in marketfacts.read(wrong, date=DATE).checks]
    assert kind in kinds, kinds


@pytest.mark.parametrize("kind,wrong,right", PLANTED)
def test_correct_sentence_raises_nothing(kind: str, wrong: str, right: str) -> None:
    kinds = [c.kind for c in marketfacts.read(right, date=DATE).checks if c.kind != "implied"]
    assert kinds == []


CORRECT = [
    "Tencent gained 1.8 per cent to HK$402.60 while Alibaba Group slipped 0.4 per cent.",
    "The deal is worth HK$7.8 billion (US$1 billion).",
    "Sony rose 2.1% to ¥13,050 on Friday, June 7.",
    "The Hang Seng Index rose 300 points, or 1.6 per cent, to 18,800.00.",
    "Meituan Cloud and Baidu Capital were unchanged.",
    # forms of one word and a person's surname are not slips of a company's name
    "Hyundai Motor rose 2 per cent; Hyundai Motors' exports to Korea rose.",
    "Block shares rose 3 per cent on Tuesday, chief financial officer Tom Bloch said.",
    # levels as rounded as they are written
    "Soymeal usage rose 25 pct to 408,000 tonnes from 325,000.",
]


@pytest.mark.parametrize("text", CORRECT)
def test_quiet_on_correct_text(text: str) -> None:
    assert [c.kind for c in marketfacts.read(text, date=DATE).checks if c.kind != "implied"] == []


def test_implied_previous_close_and_shares() -> None:
    doc = marketfacts.read("The Hang Seng Index rose 2 per cent to 20,400.00. Parent Corp offered HK$500 million "
                           "or HK$5 per share to buy 25 per cent of Target Ltd.", date=DATE)
    implied = [c for c in doc.checks if c.kind == "implied"]
    assert any(dict(c.fields).get("previous_close") == pytest.approx(20000.0) for c in implied)


@pytest.mark.parametrize(("text", "day", "flagged"), [
    # 2024-06-12 is a Wednesday
    ("Shanghai shares soared 2.1 per cent on Thursday.", "2024-06-12", True),
    ("Sony rose 3% in Tokyo trading Saturday.", "2024-06-12", True),
    ("Shanghai shares soared 2.1 per cent on Wednesday.", "2024-06-12", False),
    ("Shanghai shares fell 2.1 per cent on Monday.", "2024-06-12", False),
    ("Sony rose 3% ahead of a board meeting on Thursday.", "2024-06-12", False),
    ("Sony rose 3% after falling last Thursday.", "2024-06-12", False),
    ("Sony rose 3% on Wednesday. On Saturday, the regulator said it would act.", "2024-06-12", False),
    ("On Saturday the Tokyo index rose 151.36 to 22,178.02.", "1987-04-06", False),  # a Saturday session then
])
def test_a_session_weekday_after_the_report_date(text: str, day: str, flagged: bool) -> None:
    checks = [c for c in marketfacts.read(text, date=day).checks if c.kind == "date"]
    assert bool(checks) == flagged, [c.finding for c in checks]


def _typos(text: str, date: str = "2024-04-08") -> list[str]:
    doc = marketfacts.read(text, date=date)
    return [c.to_dict()["suggestion"] for c in doc.checks if c.kind == "typo"]


@pytest.mark.parametrize("text,fix", [
    # a word of a listed company's name, one letter off, where the name put back is the company
    ("Tokyo stocks rose on Monday. Chipmaking equipment maker Tokyo Electon rose 1.1% to 35,000 yen.", "Electron"),
    ("Tokyo stocks rose on Monday. Uniqlo operator Fast Retailling gained 2% to 40,000 yen.", "Retailing"),
])
def test_a_listed_name_misspelt_once(text: str, fix: str) -> None:
    assert fix in _typos(text)


@pytest.mark.parametrize("text,fix,date", [
    # the name goes on with a longer known name's words, or with plain words, in the company's own market
    ("Hong Kong stocks rose. Geelly Auto gained 3.1 per cent to HK$18.20.", "Geely", "2024-06-12"),
    ("Sydney shares rose. Fortesque Metals Group added 1.4 per cent to $25.10.", "Fortescue", "2024-06-12"),
    # one word said to move, without a figure
    ("Wall Street rose on Wednesday. Pfitzer rose after the regulator approved its drug.", "Pfizer", "2024-06-12"),
    # a word only one company's names use
    ("Frankfurt shares fell. Lufthanza, meanwhile, lost ground after a strike.", "Lufthansa", "2024-06-12"),
    # the article's own spelling: written twice one way, once another
    ("Zentrova Foods rose 2% to $10. Zentrova said sales grew. Zentorva fell later.", "Zentrova", "2024-06-12"),
    # each spelling once, in one name
    ("Shanghai Brightcom fell 4% to HK$2.10. Earlier, Shanghai Brightcomm raised HK$600 million.", "Brightcomm",
     "2024-06-12"),
])
def test_a_name_misspelt(text: str, fix: str, date: str) -> None:
    assert fix in _typos(text, date)


@pytest.mark.parametrize("text", [
    "Nicor Inc. jumped 4.3 percent to $48.79 after the deal.",          # a whole name of its own, not Nucor
    "Ronald Smith met Donald Jones on Tuesday.",                       # two people
    "Banco do Brasil rose 2% as Brazil's index gained.",               # a place's own spelling
    "The Fibre Group said its fiber unit grew; Fiber Corp fell 1%.",   # British and American spellings
    "Kuwait said output rose. The Kuwaiti minister spoke.",            # a word's own forms
])
def test_no_slip_between_names_that_differ(text: str) -> None:
    assert _typos(text) == []


@pytest.mark.parametrize("text", [
    "Tokyo stocks rose on Monday. Analyst Roger Smith said the Nikkei rose 1.1% to 35,000.",  # a person
    "Profit for the year to March 31 rose, the company said; the Nikkei rose 1.1% to 35,000.",  # a month
    "Halvard Inc. jumped 4.3 percent to $48.79 after the merger was approved.",  # a name the reference lacks
    "Evergo bid for the hotels. Evergo rose 2% to HK$7.40.",  # the article's own spelling, kept
])
def test_no_typo_where_there_is_none(text: str) -> None:
    assert _typos(text) == []


def _date_checks(text: str, date: str) -> list[str]:
    return [c.finding for c in marketfacts.read(text, date=date).checks if c.kind == "date"]


@pytest.mark.parametrize("text", [
    "Major stock indexes ended higher Thursday as banks rallied.",   # no figure: no move, still a market's day
    "Treasury prices slipped Thursday after the data.",
])
def test_a_markets_day_in_the_past_tense_after_the_reports_date(text: str) -> None:
    assert _date_checks(text, "2024-06-12")  # a Wednesday


@pytest.mark.parametrize("text", [
    "Major stock indexes ended higher Tuesday as banks rallied.",  # the day before: fine
    "Stocks ended higher; the central bank meets on Thursday.",     # an event's day, not the market's
    "Stocks could rally on Thursday after the data.",               # not the past tense
])
def test_a_markets_day_that_fits(text: str) -> None:
    assert _date_checks(text, "2024-06-12") == []


def test_a_fraction_is_no_level_to_hold_a_move_to() -> None:
    doc = marketfacts.read("The six months deposit rate eased to 6-5/8 1/2 pct from 6-3/4 5/8.", date="1987-04-01")
    assert [c for c in doc.checks if c.kind == "arithmetic"] == []


@pytest.mark.parametrize("text", [
    "Velmar said it sees revenue of $1.13 million to $1.16 billion for the quarter.",
    "Velmar's revenue fell to $1.16 billion from $1.18 million a year earlier.",
    "Velmar expects profit in a range of £260m-£280bn.",
    "Foreign investors sold 502 won and 594.5 billion won worth of shares.",
])
def test_two_tied_amounts_a_thousandfold_apart(text: str) -> None:
    doc = marketfacts.read(text, date="2024-05-02")
    assert [c for c in doc.checks if c.kind == "magnitude"]


@pytest.mark.parametrize("text", [
    "Bank loans fell 618 mln dlrs to 278.88 billion dlrs.",  # a change, then the level
    "The shares rose 4 cents to $15.75.",
    "Velmar sees revenue of $1.13 billion to $1.16 billion.",
])
def test_tied_amounts_that_fit(text: str) -> None:
    doc = marketfacts.read(text, date="2024-05-02")
    assert [c for c in doc.checks if c.kind == "magnitude"] == []


def test_a_level_on_the_wrong_side_of_its_mark() -> None:
    doc = marketfacts.read("The index managed to end just above the 6,000 point mark at 5,990.84 points.",
                           date="2024-05-02")
    assert [c for c in doc.checks if c.kind == "arithmetic"]
    doc = marketfacts.read("The index managed to end just above the 6,000 point mark at 6,010.84 points.",
                           date="2024-05-02")
    assert [c for c in doc.checks if c.kind == "arithmetic"] == []


def test_a_change_from_an_offer_price() -> None:
    bad = "Velmar shares opened at HK$51.40 on Wednesday, up 38% from their offer price of HK$40.00."
    good = "Velmar shares opened at HK$51.40 on Wednesday, up 28.5% from their offer price of HK$40.00."
    assert [c for c in marketfacts.read(bad, date="2024-05-02").checks if c.kind == "arithmetic"]
    assert [c for c in marketfacts.read(good, date="2024-05-02").checks if c.kind == "arithmetic"] == []


@pytest.mark.parametrize(("text", "day", "flagged"), [
    # 2024-06-12 is a Wednesday
    # the dateline's day
    ("Stocks wrap\n\nPARIS, June 12 (Wire) - European shares fell on Tuesday as banks slid.", "2024-06-12", True),
    ("Stocks wrap\n\nPARIS, June 12 (Wire) - European shares fell on Wednesday as banks slid.", "2024-06-12", False),
    # the headline's day, when it is the report's
    ("How markets fared on Wednesday\n\nThe S&P 500 closed at a record on Tuesday as chips rallied.", "2024-06-12",
     True),
    ("How markets fared on Wednesday\n\nThe S&P 500 closed at a record on Wednesday as chips rallied.",
     "2024-06-12", False),
    # a morning's trade is the report's own day
    ("Tokyo shares at midday\n\nTokyo stocks rose on Tuesday morning as exporters gained.", "2024-06-12", True),
    ("Tokyo shares at midday\n\nTokyo stocks rose on Wednesday morning as exporters gained.", "2024-06-12", False),
    # a release reported the day after the report's date; a weekend session
    ("Prices\n\nInflation eased in May, the statistics office reported Thursday.", "2024-06-12", True),
    ("Prices\n\nInflation eased in May, the statistics office reported Thursday.", "2024-06-13", False),
    ("Prices\n\nInflation eased in May, the statistics office reported Thursday.", "2024-06-14", False),
    ("Debut\n\nShares of Zeta Foods jumped 5 per cent in debut trade Saturday.", "2024-06-14", True),
    ("Debut\n\nShares of Zeta Foods jumped 5 per cent in debut trade Friday.", "2024-06-14", False),
    # a market's mood on the day after the report's
    ("Hong Kong stocks rose 1 per cent. Across Asian markets the mood was upbeat on Thursday.", "2024-06-12", True),
    ("Hong Kong stocks rose 1 per cent. Across Asian markets the mood was upbeat on Wednesday.", "2024-06-12",
     False),
    # the lede's weekday of someone's statement, not of the market
    ("Stocks\n\nShares fell on Wednesday after the company said on Friday it would cut jobs.", "2024-06-12", False),
])
def test_a_ledes_weekday(text: str, day: str, flagged: bool) -> None:
    assert bool(_date_checks(text, day)) == flagged, _date_checks(text, day)


@pytest.mark.parametrize("text,fix", [
    # a ticker after the name is not more of the name
    ("Tokyo stocks rose. Fast Retailign 9983.T gained 1.3% to 40,000 yen.", "Retailing"),
    # a listed name of several words with its legal form, and a long one-word name with it
    ("Seoul stocks fell. Shares in Hyundai Mottor Co fell 2 percent to 54,100 won.", "Motor"),
    ("Wall Street rose. Citigrooup Inc. rose 3.8 percent to $4.62.", "Citigroup"),
])
def test_a_listed_name_misspelt_beside_a_ticker_or_legal_form(text: str, fix: str) -> None:
    assert fix in _typos(text)


@pytest.mark.parametrize(("text", "flagged"), [
    # 2024-06-12 is a Wednesday: Thursday is tomorrow
    ("Jobless claims fell 5,000, the Labor Department said on Thursday.", True),
    ("The central bank on Thursday lowered its one-year rate by 10 basis points.", True),
    ("Jobless claims fell 5,000, the Labor Department said on Tuesday.", False),
    ("The Labor Department is expected to say on Thursday that claims fell.", False),
    ("The report, due on Thursday, is expected to show claims fell.", False),
    # a day ahead in Asia, told in a Western report
    ("Japan's central bank said on Thursday it would keep rates steady.", False),
])
def test_a_past_tense_on_the_day_after_the_report(text: str, flagged: bool) -> None:
    found = [c for c in marketfacts.read(text, date="2024-06-12", market="US").checks if c.kind == "date"]
    assert bool(found) == flagged, [c.finding for c in found]
