"""End-to-end moves on sentences written for these tests, one per pattern."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import marketfacts
from marketfacts.model import Move

DATE = "2024-06-12"  # a Wednesday


def moves(text: str, date: str | None = DATE) -> list[Move]:
    return marketfacts.read(text, date=date).moves


def one(text: str, date: str | None = DATE) -> Move:
    ms = moves(text, date)
    assert len(ms) == 1, [(m.subject.name, m.change_pct, m.level) for m in ms]
    return ms[0]


def test_change_pct_and_level_with_currency() -> None:
    m = one("Tencent gained 1.8 per cent to HK$402.60 on the day.")
    assert (m.subject.id, m.change_pct, m.level, m.currency, m.period) == ("0700.HK", 1.8, 402.6, "HKD", "day")


def test_points_percent_and_level() -> None:
    m = one("The Nikkei 225 fell 210.5 points, or 0.6%, to 38,100.25.")
    assert (m.subject.id, m.change, m.change_pct, m.level, m.currency) == ("^N225", -210.5, -0.6, 38100.25, None)


def test_falls_are_negative() -> None:
    assert one("Toyota Motor slid 2.4 per cent.").change_pct == -2.4


def test_higher_after_the_figure() -> None:
    m = one("The Shanghai Composite Index finished 0.9 per cent lower at 3,020.11 points.")
    assert (m.change_pct, m.level) == (-0.9, 3020.11)


def test_noun_phrase_move() -> None:
    m = one("The Kospi capped the day with a 1.1 per cent gain.")
    assert (m.subject.id, m.change_pct) == ("^KS11", 1.1)


def test_respectively_list() -> None:
    ms = moves("Barclays and Lloyds climbed 3.1% and 2.2%, respectively.")
    assert [(m.subject.mention, m.change_pct) for m in ms] == [("Barclays", 3.1), ("Lloyds", 2.2)]


def test_elided_verb() -> None:
    ms = moves("Westpac rose 0.5 per cent to $30.10 and Telstra 0.3 per cent to $4.10.")
    assert [(m.subject.mention, m.change_pct, m.level) for m in ms] == [("Westpac", 0.5, 30.1), ("Telstra", 0.3, 4.1)]


def test_flat_is_zero() -> None:
    m = one("Shares in Rio Tinto were unchanged at A$118.00.")
    assert (m.change_pct, m.change, m.level, m.currency) == (0.0, 0.0, 118.0, "AUD")


def test_period_week_and_ytd() -> None:
    ms = moves("The Hang Seng Index rose 0.4 per cent, taking its gain this week to 3.2 per cent.")
    assert {(m.change_pct, m.period) for m in ms} == {(0.4, "day"), (3.2, "week")}
    assert one("Sony has gained 12 per cent so far this year.").period == "ytd"


def test_earlier_session_is_dated() -> None:
    ms = moves("Toshiba rose 1.2% to ¥3,000. On Monday it dropped 4%.")
    monday = [m for m in ms if m.change_pct == -4.0]
    assert monday and monday[0].as_of == "2024-06-10"


def test_clock_time_in_exchange_zone() -> None:
    m = one("The Hang Seng Index advanced 0.8 per cent to 18,500.00 at 11.05am.")
    assert m.as_of == "2024-06-12T11:05+08:00"


def test_fx_quote_currency_flips_sign() -> None:
    m = one("The yen weakened 0.6% to 157.20 per dollar.")
    assert (m.subject.id, m.change_pct, m.level, m.currency) == ("USDJPY", 0.6, 157.2, "JPY")


def test_fx_base_currency() -> None:
    m = one("Sterling rose 0.3% to $1.2780.")
    assert (m.subject.id, m.change_pct, m.level, m.currency) == ("GBPUSD", 0.3, 1.278, "USD")


def test_bond_yield_in_basis_points() -> None:
    m = one("The yield on the 10-year Treasury note rose 4 basis points to 4.31%.")
    assert (m.change, m.level, m.unit, m.currency) == (0.04, 4.31, "percent", None)


def test_commodity_with_unit() -> None:
    m = one("Spot gold rose 0.7 percent to $2,330.50 an ounce.")
    assert (m.subject.id, m.change_pct, m.level, m.currency, m.unit) == ("XAUUSD", 0.7, 2330.5, "USD", "ounce")


def test_hedged_figure() -> None:
    m = one("Lenovo Group jumped more than 5 per cent.")
    assert (m.change_pct, m.approx) == (5.0, "more than")


def test_intraday_extreme() -> None:
    ms = moves("Meituan rose 2 per cent, after climbing as much as 6 per cent.")
    assert {(m.change_pct, m.approx) for m in ms} == {(2.0, None), (6.0, "as much as")}


def test_restatement_is_merged() -> None:
    text = ("Hong Kong stocks ended more than 1 per cent higher.\n"
            "The Hang Seng Index rose 1.46 per cent to 18,100.20.")
    m = one(text)
    assert (m.subject.id, m.change_pct, m.level) == ("^HSI", 1.46, 18100.2)


def test_unknown_company_keeps_null_id() -> None:
    m = one("Zentaro Biolabs surged 31 per cent to HK$4.12 on its debut.")
    assert m.subject.id is None and m.subject.mention == "Zentaro Biolabs"


def test_anaphor_takes_the_subject() -> None:
    ms = moves("Shares of Qorvix Robotics rose 3.3%. The stock has risen 20% this year.")
    assert {(m.subject.mention, m.change_pct, m.period) for m in ms} == {
        ("Qorvix Robotics", 3.3, "day"), ("The stock", 20.0, "ytd")}
    assert all(m.subject.name == "Qorvix Robotics" for m in ms)


@pytest.mark.parametrize("text", [
    "Revenue rose 12 per cent to $4.2 billion.",
    "Analysts expect the shares to rise 10 per cent to HK$50.",
    "The company sold 2 million shares at HK$12 each.",
    "Inflation eased to 2.4 per cent in May.",
    "Tencent gained.",
    # a currency that is the unit of an amount is not the subject of a move
    "Velmar Group sales totalled 820 billion yen, down 20 pct from a year earlier.",
    "The savings of households rose 7.4 pct to 337,867 billion yen.",
    # a metric of the company moved, not its stock
    "Velmar Group earlier reported a 20 pct rise in pre-tax profits.",
    "Sales of Velmar trucks increased 48.3 pct to 39,080 from 26,358 vehicles.",
    # an everyday word opening a sentence is not a name
    "Combining the latest data with a 0.6 pct drop in November, spending is slowing.",
    "Negotiations are stalemated, with the union refusing sweeping changes in return for a 1.5 pct pay increase.",
    # a threshold, a gap to a norm
    "Kestrel does not intend to increase its holding in Velmar above the 30 pct level.",
    "Rainfall in the northern provinces was 70 pct below average.",
    # an office that reports a figure, a metric that opens a sentence
    "Construction spending rose 1.0 pct in January, the Velmar Commerce Department said.",
    "Industrial output rose 2.5 pct in December after falling 0.5 pct in November, the Bureau of Statistics said.",
    "Wholesale prices fell 0.3 pct in February, the Federal Office of Industry, Trade and Labour said.",
    "Load factor, the percentage of seats filled, rose to 52.5 pct from 52.1 pct.",
    # a span of time is not a level
    "Qorvix Robotics will lease three ships to Velmar Transport for 15 months with an option to extend it up to 10 years.",
    "Berth waiting time:\nNorth Quay:   4 hrs      26 hrs\n",
    "",
])
def test_not_moves(text: str) -> None:
    assert moves(text) == []


def test_sentiment_facts() -> None:
    doc = marketfacts.read("Zentaro Biolabs plunged 31 per cent after it warned of a loss. "
                           "Qorvix Robotics jumped 12 per cent on a record order.", date=DATE)
    sent = {(f.get("subject").mention if f.get("subject") else None): f.get("label")
            for f in doc.facts if f.kind == "sentiment"}
    assert sent["Zentaro Biolabs"] == "negative" and sent["Qorvix Robotics"] == "positive"
    assert None in sent
    for f in doc.facts:
        if f.kind == "sentiment":
            assert -1 <= f.get("score") <= 1 and f.get("spans")


def test_a_name_in_a_relative_clause_is_not_the_subject() -> None:
    ms = moves("The Qorvix index, which measures the greenback against six major currencies, was up 0.4% at 100.71.")
    assert [(m.subject.mention, m.change_pct, m.level) for m in ms] == [("Qorvix", 0.4, 100.71)]


# find_cues given the span's words looks only for the table's words among
# them; it must find what the full scan finds, on any text.
_CUE_BITS = ["rose", "fell", "-", "--", "up", "down", "a", "the", "gain", "rally", "sell-off", "x", "5", " ", "\n",
             "Rose", "é", "rose-", "-rose", "rosey"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_CUE_BITS), max_size=14), st.integers(0, 4), st.integers(0, 4))
def test_cues_from_words_match_the_full_scan(bits: list[str], cut: int, trim: int) -> None:
    import re

    from marketfacts.moves import find_cues

    text = "".join(bits)
    low = text.lower()
    a, b = min(cut, len(text)), max(min(cut, len(text)), len(text) - trim)
    words = set(re.findall(r"[a-z][a-z-]*", low[a:b]))
    assert find_cues(text, a, b, low, words) == find_cues(text, a, b, low)


def test_a_restatement_chain_keeps_a_few_statements() -> None:
    from marketfacts.merge import MAX_EVIDENCE

    doc = marketfacts.read("The Hang Seng Index rose 1.2 per cent to 18,100.50. " * 300, date=DATE)
    assert len(doc.moves) == 1
    assert 1 < len(doc.moves[0].evidence) <= MAX_EVIDENCE


def test_the_stock_in_a_roundup_is_the_company_that_opened_the_paragraph() -> None:
    text = ("Orlan Jewellers shares closed at a premium of 88 per cent to the issue price of Rs 55. "
            "Orlan Jewellers shares opened at Rs 103.90, up 88.90 per cent from the issue price.\n"
            "Velm Microfin, the lending arm of the Velm group, ended at a discount to the issue price of Rs 291.\n"
            "On the BSE the stock debuted at Rs 278, down 4.46 per cent from the issue price.")
    doc = marketfacts.read(text, date="2023-12-27")
    (mv,) = [m for m in doc.moves if m.change_pct == -4.46]
    assert mv.subject.name == "Velm Microfin"


@pytest.mark.parametrize(("text", "subjects"), [
    ("Norland bank stocks fell by as much as 9 percent on Thursday.", [("Norland bank stocks", -9.0)]),
    ("Also helping were the European aerospace and defence index, rising over 1 per cent, and financials, gaining "
     "0.7 per cent.", [("European aerospace and defence index", 1.0), ("financials", 0.7)]),
    ("On the Stoxx 600, insurers led sectoral gains with a 1.1 per cent rise, while real estate gained 0.8 per cent.",
     [("insurers", 1.1), ("real estate", 0.8)]),
    ("Energy shares, however, capped gains with a 0.6 per cent fall.", [("Energy shares", -0.6)]),
    ("The bank stocks fell 2 percent.", [("bank stocks", -2.0)]),
])
def test_a_sectors_stocks_as_a_subject(text: str, subjects: list[tuple[str, float]]) -> None:
    doc = marketfacts.read(text, date="2025-05-06")
    assert [(m.subject.name, m.change_pct) for m in doc.moves] == subjects
    assert all(m.subject.type == "sector" for m in doc.moves)


@pytest.mark.parametrize("text", [
    "Starrex Mining shares rose 40 cts to 4.75 dlrs.",  # a company named for its business
    "The tech index rose 2.1 percent.",  # the market's own tech index, told by anaphor
])
def test_a_business_word_in_a_name_is_no_sector(text: str) -> None:
    assert all(m.subject.type != "sector" for m in marketfacts.read(text, date="1987-03-06").moves)


def test_the_same_figures_told_again_with_no_day_are_one_move() -> None:
    text = ("The Qorvix 600 index ended 0.16 per cent higher at 537.31 points on Monday.\n\n"
            "Published Tue, May 6, 2025\n\n"
            "EUROPEAN shares rose. The Qorvix 600 index ended 0.16 per cent higher at 537.31 points.")
    moves = [m for m in marketfacts.read(text, date="2025-05-06").moves if m.change_pct == 0.16]
    assert len(moves) == 1 and moves[0].level == 537.31
