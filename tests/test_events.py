"""Every event kind read from sentences written for these tests (invented
names), with the fields that make it; and sentences that hold none."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import marketfacts

DATE = "2024-06-12"  # a Wednesday


def events(text: str, kind: str, date: str | None = None) -> list[Any]:
    doc = marketfacts.read(text, date=date or DATE, raise_errors=True)
    return [f for f in doc.facts if f.kind == kind]


def name(ent: Any) -> str | None:
    return None if ent is None else ent.name


def test_streak_in_words_without_a_figure() -> None:
    # no figure anywhere in the article: events are still read
    (ev,) = events("Zentaro Biolabs shares rose for a fourth straight session on Tuesday.", "streak")
    assert name(ev.get("subject")) == "Zentaro Biolabs"
    assert (ev.get("direction"), ev.get("count"), ev.get("unit")) == ("up", 4, "session")


def test_streak_in_words_with_neither_figure_nor_streak_word() -> None:
    (ev,) = events("Marlow Cables shares fell for a third day on Tuesday.", "streak")
    assert (ev.get("direction"), ev.get("count"), ev.get("unit")) == ("down", 3, "day")


@pytest.mark.parametrize("text,want", [
    ("The Qorvix 50 ended 0.4% lower, marking its fourth straight weekly loss.", ("down", 4, "week")),
    ("The Qorvix 50 posted its third consecutive monthly gain.", ("up", 3, "month")),
])
def test_streak_of_periods_named_by_adjective(text: str, want: tuple[Any, ...]) -> None:
    (ev,) = events(text, "streak")
    assert (ev.get("direction"), ev.get("count"), ev.get("unit")) == want


def test_record_with_its_look_back() -> None:
    (ev,) = events("The Qorvix index closed at its highest level since March 2021.", "record")
    assert ev.get("extreme") == "highest" and ev.get("since") == "2021-03"


@pytest.mark.parametrize("text,want", [
    ("The Swiss franc fell 1.2% to 0.91 per dollar, its steepest one-day drop since May 12.",
     ("worst", "day", "2024-05-12")),
    ("The rand was steady at 18.20, having risen as high as 18.05 on Friday for the first time since March.",
     ("highest", None, "2024-03")),
])
def test_record_look_back_dates(text: str, want: tuple[Any, ...]) -> None:
    (ev,) = events(text, "record")
    assert (ev.get("extreme"), ev.get("period"), ev.get("since")) == want


def test_indicator_forecast_and_prior_period_are_two_events() -> None:
    evs = events("Japan's exports probably rose 3.1 per cent in May from a year earlier, a poll showed, "
                 "after climbing 2.4 per cent in April.", "indicator")
    got = {(e.get("period"), e.get("change_pct"), e.get("status")) for e in evs}
    assert got == {("2024-05", 3.1, "forecast"), ("2024-04", 2.4, "actual")}
    assert all(e.get("indicator") == "exports" and name(e.get("subject")) == "Japan" for e in evs)


def test_price_components_take_the_figure_before_them() -> None:
    text = ("US consumer prices rose 0.3% in May, the Labor Department said. Much of the inflation increase came "
            "from a 0.5% jump in food prices and a 0.1% gain in rent costs. Other items included a 0.6% increase "
            "in used truck costs and a 0.2% rise in new trucks. Hotel services were up 0.4% and apparel prices "
            "surged 1.2%.")
    got = {(ev.get("indicator"), ev.get("change_pct")) for ev in events(text, "indicator")}
    assert got == {("cpi", 0.3), ("cpi_food", 0.5), ("cpi_rent", 0.1), ("cpi_used_truck", 0.6),
                   ("cpi_new_trucks", 0.2), ("cpi_hotel_services", 0.4), ("cpi_apparel", 1.2)}


def test_a_rate_stated_as_a_share_is_read() -> None:
    (ev,) = events("Germany's unemployment rate rose to 7.9 pct of the workforce in May.", "indicator")
    assert (ev.get("indicator"), ev.get("value"), ev.get("change_pct")) == ("unemployment_rate", 7.9, None)


def test_financials_value_and_change() -> None:
    evs = events("Helvora Bank reported net profit of 1.2 billion euros for the third quarter, "
                 "up 8 per cent from a year earlier.", "financials")
    assert {name(e.get("subject")) for e in evs} == {"Helvora Bank"}
    assert {e.get("metric") for e in evs} == {"net_profit"}
    values = [e.get("value") for e in evs if e.get("value")]
    assert values and (values[0].amount, values[0].currency) == (1.2e9, "EUR")
    assert 8.0 in {e.get("change_pct") for e in evs}


def test_meeting_names_the_authority_by_its_acronym() -> None:
    (ev,) = events("The Bank of Japan (BOJ) will hold its policy meeting next week.", "meeting")
    org = ev.get("organisations")[0]
    assert org.name == "Bank of Japan" and org.id == "BOJ"
    assert ev.get("date") == "2024-06-17/2024-06-23"


def test_rate_decision_in_basis_points() -> None:
    (ev,) = events("The Reserve Bank of Australia cut its cash rate by 25 basis points to 3.6 per cent "
                   "on Tuesday.", "rate_decision")
    assert name(ev.get("authority")) == "Reserve Bank of Australia"
    assert (ev.get("change"), ev.get("level"), ev.get("date")) == (-0.25, 3.6, "2024-06-11")


def test_listing_debut() -> None:
    (ev,) = events("Shares of Drelmont Foods jumped 40 per cent in their trading debut in Hong Kong on Friday.",
                   "listing")
    assert name(ev.get("subject")) == "Drelmont Foods" and ev.get("date") == "2024-06-07"


def test_tender_offer_without_a_word_of_motion() -> None:
    (ev,) = events("Vantrix Capital offered HK$12.50 a share to buy the rest of Soleno Retail it does not "
                   "already own.", "tender_offer")
    assert name(ev.get("acquirer")) == "Vantrix Capital" and name(ev.get("target")) == "Soleno Retail"
    price = ev.get("price_per_share")
    assert (price.amount, price.currency) == (12.5, "HKD")


def test_fine_with_its_target() -> None:
    (ev,) = events("The Securities and Exchange Commission fined Pravik Trading $3 million for misleading "
                   "investors.", "fine")
    assert ev.get("authority").id == "SEC"
    assert [t.name for t in ev.get("targets")] == ["Pravik Trading"]
    assert (ev.get("amount").amount, ev.get("amount").currency) == (3e6, "USD")


def test_policy_stance() -> None:
    (ev,) = events("China's central bank pledged to step up policy support for the economy.", "policy")
    assert name(ev.get("authority")) == "People's Bank of China" and ev.get("stance") == "support"


def test_financials_take_the_company_the_lede_names() -> None:
    # the later sentence names no company and no move names one: the
    # company the lede has reporting is the subject
    evs = events("Velmar Corp said on Tuesday that its board had approved a new plant.\n"
                 "Quarterly revenue rose to 4.2 billion dlrs from 3.9 billion dlrs.", "financials")
    assert evs and {name(ev.get("subject")) for ev in evs} == {"Velmar"}


@pytest.mark.parametrize("text,subject", [
    ("The Bank of Japan intervened in the currency market on Monday to support the yen.", "the currency market"),
    ("The SEC banned short selling of 19 financial stocks last week.", "short selling of 19 financial stocks"),
    ("China's central bank pledged to step up policy support for the economy.", "the economy"),
])
def test_policy_subject_is_the_words_acted_on(text: str, subject: str) -> None:
    # the words go in a field of their own: `subject` is an entity or null
    (ev,) = events(text, "policy")
    assert ev.get("topic") == subject and ev.get("subject") is None


@pytest.mark.parametrize("text", [
    "The weather in the capital was mild and the streets were quiet.",
    "Kelvane Motors will open a showroom in the city centre next spring.",
    "He said the meeting room was booked for the afternoon.",  # a room, not a meeting of anyone
    "The record label signed two new bands.",
    # a share of something, or another thing's change, is not the indicator's change
    "Imports could make up 50 pct of domestic supply next year, the ministry said.",
    "Exports were hurt by last year's 31 pct devaluation of the currency.",
    # grain sold into a support scheme is not a bank's intervention
    "In Germany, 80,000 tonnes of barley have been tendered for intervention, traders said.",
    # a company does not bid for itself
    "Velmar Air offered to buy 50 pct of Velmar Air's stock for 71 dlrs a share.",
    # a date or a span of time after a count metric is not a count
    "Velmar Corp said it would add a service.\nIt waives the fee for new subscribers through March 31.",
    "Velmar Corp said it signed a deal.\nIt will answer customer orders within 30 days.",
    "",
])
def test_no_events(text: str) -> None:
    doc = marketfacts.read(text, date=DATE, raise_errors=True)
    assert [f.kind for f in doc.facts if f.kind not in ("sentiment",)] == []


@pytest.mark.parametrize("text", [
    "Adjusted EBITDA rose; operating income, gross profit and the net margin fell.",
    "Net earnings, net loss, profits, EPS and net revenues were reported with sales.",
    "Dividends, monthly active users, subscribers and new orders grew.",
    "Share sales and asset sales are not revenue; Net Income is.",
])
def test_metric_words_needed_by_each_row(text: str) -> None:
    """The words each metric row needs are a cheap test that never skips a
    row that would have matched."""
    from marketfacts.events.financials import _METRIC_NEEDS, _METRICS
    from marketfacts.text import labelled_spans

    assert len(_METRIC_NEEDS) == len(_METRICS)
    full = labelled_spans(_METRICS, text, 0, len(text))
    assert full and labelled_spans(_METRICS, text, 0, len(text), _METRIC_NEEDS, text.lower()) == full


@pytest.mark.parametrize("text,change,level", [
    ("The Bank of England cut interest rates by a quarter of a percentage point to 4.5% on Thursday.", -0.25, 4.5),
    ("The Reserve Bank of Australia cut its cash rate by a quarter point to 4.10%.", -0.25, 4.1),
    ("The Bank of Canada lowered its key interest rate by half a percentage point to 3.25%.", -0.5, 3.25),
])
def test_rate_change_in_words(text: str, change: float, level: float) -> None:
    (ev,) = events(text, "rate_decision")
    assert (ev.get("change"), ev.get("level")) == (change, level)


def test_a_reading_keeps_its_own_sign() -> None:
    # "fell to 4.0%": the rate is 4.0, not minus 4.0; a rate's level is its reading, not a change
    (ev,) = events("The U.S. unemployment rate fell to 4.0% in May.", "indicator")
    assert (name(ev.get("subject")), ev.get("indicator"), ev.get("value")) == (
        "United States", "unemployment_rate", 4.0)


def test_euro_zone_is_the_subject() -> None:
    evs = events("Euro zone inflation rose to 2.5% in May from 2.4% in April, Eurostat said.", "indicator")
    assert {(name(ev.get("subject")), ev.get("period"), ev.get("change_pct")) for ev in evs} == {
        ("euro zone", "2024-05", 2.5), ("euro zone", "2024-04", 2.4)}


def test_raised_forecast_is_guidance_and_its_prior_too() -> None:
    evs = events("Velmar Motors raised its full-year operating profit forecast to 4.7 trillion yen "
                 "from 4.3 trillion yen.", "financials")
    assert {(name(ev.get("subject")), ev.get("metric"), ev.get("status")) for ev in evs} == {
        ("Velmar Motors", "guidance_operating_profit", "guidance")}
    assert sorted(ev.get("value").amount for ev in evs) == [4.3e12, 4.7e12]


def test_analyst_estimate_named_after_the_actual() -> None:
    evs = events("Velmar reported quarterly revenue of $96.5 billion, below analysts' estimates of $96.6 billion.",
                 "financials")
    assert {(ev.get("value").amount, ev.get("status")) for ev in evs} == {(96.5e9, "actual"), (96.6e9, "forecast")}


def test_meeting_people_with_their_titles() -> None:
    (ev,) = events("Finance Minister Lena Ortiz met Vice Premier He Lifeng in Geneva on Saturday.", "meeting")
    assert {p.name for p in ev.get("people")} == {"Lena Ortiz", "He Lifeng"} and ev.get("organisations") == []


def test_beating_forecasts_names_an_actual_and_a_forecast() -> None:
    evs = events("Kestland's exports rose 10.7% in May from a year earlier, beating forecasts of a 7.3% gain, "
                 "while imports rose 1%.", "indicator")
    got = {(ev.get("indicator"), ev.get("change_pct"), ev.get("status")) for ev in evs}
    assert got == {("exports", 10.7, "actual"), ("exports", 7.3, "forecast"), ("imports", 1.0, "actual")}


def test_consensus_named_after_its_figure_is_a_forecast() -> None:
    evs = events("Velmar Group forecast operating profit of 1.28 trillion yen for the year, below the "
                 "1.45 trillion yen consensus.", "financials")
    assert {(ev.get("value").amount, ev.get("status")) for ev in evs} == {(1.28e12, "guidance"), (1.45e12, "forecast")}


def test_record_of_an_indicator_named_as_a_phrase() -> None:
    (ev,) = events("The annual inflation rate was 0.1 percentage point lower than in April and is the lowest "
                   "since February 2021.", "record")
    assert (ev.get("subject").name, ev.get("extreme"), ev.get("since")) == ("annual inflation rate", "lowest", "2021-02")


# The streak reader's gate looks behind each unit for a count instead of
# running its pattern everywhere; the two must agree on any text.
_GATE_BITS = ["four", "fourth", "ten", "twenty-one", "1", "23", "st", "th", "x", "_", "İ", "day", "days",
              "straight", "trading", "week", "-", " ", "  ", "\n", ".", "won"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_GATE_BITS), max_size=12), st.integers(0, 3))
def test_streak_gate_agrees_with_its_pattern(bits: list[str], cut: int) -> None:
    from marketfacts.events.streaks import _STREAK_GATE, _streak_gate

    text = "".join(bits)
    s = min(cut, len(text))
    assert _streak_gate(text, s, len(text)) == (_STREAK_GATE.search(text, s, len(text)) is not None)


@pytest.mark.parametrize("text,code", [
    # a Paris listing would make a bare "francs" French; the article says Swiss
    ("Talvern <TALV.PA> said 1986 net profit rose to 42.1 mln Swiss francs. It will pay a dividend of 12 francs "
     "a share.", "CHF"),
    ("Corvelle SA said 1986 net profit rose to 42.1 mln French francs. It will pay a dividend of 12 francs a share.",
     "FRF"),
])
def test_bare_francs_take_the_articles_own_franc(text: str, code: str) -> None:
    evs = events(text, "financials")
    assert evs and {ev.get("value").currency for ev in evs} == {code}


@pytest.mark.parametrize("text,values", [
    ("Talvern AG said its 1986 net profit rose to 666.6 mln Swiss francs from 592.9 mln in 1985.",
     {666.6e6, 592.9e6}),
    ("Orlan Corp said it would cut its dividend to 33 cents a share from 38.", {0.33, 0.38}),
])
def test_a_prior_figure_takes_the_currency_before_it(text: str, values: set[float]) -> None:
    evs = events(text, "financials")
    assert {round(ev.get("value").amount, 4) for ev in evs} == {round(v, 4) for v in values}
    assert len({ev.get("value").currency for ev in evs}) == 1


def test_a_prior_figure_of_another_order_is_not_taken() -> None:
    # "from 2" is no prior of 666.6 million
    evs = events("Talvern AG said its 1986 net profit rose to 666.6 mln Swiss francs from 2 plants.", "financials")
    assert [round(ev.get("value").amount) for ev in evs] == [666600000]


@pytest.mark.parametrize("text,banks,change,level", [
    ("Harlow Bank Plc and Fennick Bank Plc said they are cutting their base lending rates to 10.5 pct from 11 pct.",
     {"Harlow Bank", "Fennick Bank"}, -0.5, 10.5),
    ("Quarry Trust Co said it raised its prime rate to 7-3/4 pct from 7-1/2, effective immediately.",
     {"Quarry Trust"}, 0.25, 7.75),
    # a commercial bank named after the central bank sets its own rate
    ("The Bank of England's move was quickly followed by Harlow Bank and Fennick Bank which announced a half-point "
     "cut in their base rates to 10 pct from 10-1/2 pct.", {"Harlow Bank", "Fennick Bank"}, -0.5, 10.0),
    ("The Bank of England trimmed its dealing rates and Harlow Bank led the other clearing banks in reducing "
     "its base rate to 10-1/2 pct from 11 pct.", {"Harlow Bank"}, -0.5, 10.5),
])
def test_a_commercial_banks_own_rate(text: str, banks: set[str], change: float, level: float) -> None:
    # (a central bank's move the sentence tells beside them is its own decision: see the next test)
    evs = [ev for ev in events(text, "rate_decision") if ev.get("authority").name != "Bank of England"]
    assert {ev.get("authority").name.removesuffix(" Plc").removesuffix(" Co") for ev in evs} == banks
    assert all(ev.get("change") == change and ev.get("level") == level for ev in evs)


def test_a_decision_of_unstated_size() -> None:
    # the rate the object of a change done: a decision, its size and level not told
    (ev,) = events("The Bank of England trimmed its dealing rates this morning, dealers said.", "rate_decision")
    assert ev.get("authority").name == "Bank of England" and ev.get("change") is None and ev.get("level") is None
    # a change done before ("had cut"), or told beside one with its size, is no decision of its own
    assert events("The Bank of England had trimmed its dealing rates before the budget.", "rate_decision") == []
    evs = events("Kestrel Bank cut its prime rate. Kestrel Bank cut its prime rate by a quarter point to 7.5 pct.",
                 "rate_decision")
    assert [(ev.get("change"), ev.get("level")) for ev in evs] == [(-0.25, 7.5)]
    # what someone expects is no decision
    assert events("Gilt traders are forecasting a half-point cut soon, with the Bank of England in view.",
                  "rate_decision") == []


def test_the_rate_a_central_bank_sets_for_a_tender_or_an_advance() -> None:
    (ev,) = events("The Bundesbank set a new tender for a 28-day securities repurchase agreement, offering banks "
                   "liquidity at a fixed rate of 3.80 pct, a spokesman said.", "rate_decision")
    assert ev.get("authority").name == "Bundesbank" and (ev.get("change"), ev.get("level")) == (None, 3.8)
    (ev,) = events("The Dutch central bank announced new 12-day special advances at an unchanged rate of 5.3 pct.",
                   "rate_decision")
    assert (ev.get("change"), ev.get("level")) == (0.0, 5.3)
    # what dealers expect the bank to do is no decision
    assert events("Dealers expected the Bundesbank to offer a new tender at a fixed rate of 3.80 pct.",
                  "rate_decision") == []


def test_a_new_zealand_banks_indicator_lending_rate() -> None:
    (ev,) = events("Harlow Banking Corp in New Zealand said it will increase its indicator lending rate by 1.5 "
                   "percentage points to 22.5 pct.", "rate_decision")
    assert ev.get("authority").name.startswith("Harlow Banking") and (ev.get("change"), ev.get("level")) == (1.5, 22.5)


@pytest.mark.parametrize("text,want", [
    # a change "by 1/4", a level stated bare before "from ... pct"
    ("The Bank of Spain raised overnight call money rates by 1/4 to 14 pct.", (0.25, 14.0)),
    ("The Bank of Spain said so. The bank, which raised its rate for overnight assistance to 13-3/4 from 13-1/2 pct "
     "on Wednesday, opened another facility.", (0.25, 13.75)),
])
def test_a_rate_change_in_wire_fractions(text: str, want: tuple[float, float]) -> None:
    (ev,) = events(text, "rate_decision")
    assert (ev.get("change"), ev.get("level")) == want


def test_a_central_bank_cut_from_one_level_to_another_has_its_change() -> None:
    (ev,) = events("The Reserve Bank of Australia cut the rediscount rate from 17.30 pct to 17.00 pct.",
                   "rate_decision")
    assert ev.get("change") == -0.3 and ev.get("level") == 17.0


def test_a_bank_named_in_passing_sets_no_rate() -> None:
    assert events("Harlow Bank Plc said its lending to small firms rose 4 pct to 1.2 billion stg.",
                  "rate_decision") == []


def test_an_index_reading_after_its_change() -> None:
    (ev,) = events("Norland's industrial production index rose 0.3 pct to a seasonally adjusted 122.7 in February, "
                   "the statistics office said.", "indicator")
    assert ev.get("change_pct") == 0.3 and ev.get("value") == 122.7
    (ev,) = events("Norland's industrial production rose 0.3 pct to February 1987 levels, the office said.",
                   "indicator")
    assert ev.get("value") is None  # a year is no reading


def test_an_indicator_stated_as_a_reading() -> None:
    evs = events("Norland's manufacturing PMI fell to 49.2 in May from 49.4 in April, a private survey showed.",
                 "indicator", date="2016-06-01")
    got = {(ev.get("period"), ev.get("value"), ev.get("status")) for ev in evs}
    assert got == {("2016-05", 49.2, "actual"), ("2016-04", 49.4, "actual")}
    assert all(ev.get("indicator") == "manufacturing_pmi" for ev in evs)


@pytest.mark.parametrize("text", [
    "Norland's industrial production was 0.1 lower than in January.",  # a change, not a reading
    "Norland's exports rose to 4.07 billion from 3.85 billion.",  # an amount without its currency
])
def test_no_reading_where_there_is_none(text: str) -> None:
    assert [ev for ev in events(text, "indicator", date="2016-06-01") if ev.get("value") is not None] == []


RATE_CASES = [
    # (sentence, authority, change, level): a commercial bank's own rate, a central bank's, holds
    # a base form after "will", "would": what a bank says it will do
    ("Dorrance Savings Bank said it would lower its prime rate to 18.25 pct from 18.5 pct.", "Dorrance Savings Bank",
     -0.25, 18.25),
    # "set a rate of": the level it set
    ("The Bundesbank set a rate of 3.80 pct for its securities repurchase tender, unchanged from the week before.",
     "Bundesbank", 0.0, 3.8),
    ("Dorrance Savings Bank said it raised its prime rate to 8-1/4 pct from 8 pct.", "Dorrance Savings Bank", 0.25, 8.25),
    ("Quellbank raised its prime lending rate a quarter point to 9 pct.", "Quellbank", 0.25, 9.0),
    ("The Bank of Spain cut its overnight call money rate to 11.5 pct from 12 pct.", "Bank of Spain", -0.5, 11.5),
    ("The Bank of France set its intervention rate at 7-1/4 pct, unchanged from last week.", "Bank of France", 0.0,
     7.25),
    # a short wire item wrapped mid-sentence: the line break goes on with the sentence
    ("Harlow Trust Co said it is raising its\nprime rate to 7-3/4 pct from 7-1/2, effective immediately.",
     "Harlow Trust", 0.25, 7.75),
    # a one-word bank that speaks is no person; a country's word between "its" and the rate
    ("Quellbank said it has cut its British base lending rate to 10.5 pct from 11 pct.", "Quellbank", -0.5, 10.5),
    ("Bank of Port Vell said it raised its reference rate to 9 pct from 8-3/4 pct.", "Bank of Port Vell", 0.25, 9.0),
    ("Velm Trust said it raised its broker loan rate to 7-1/4 pct from seven pct.", "Velm Trust", 0.25, 7.25),
    # a country's central bank by the country's name or its people's word, from the countries table
    ("Norway's central bank raised its overnight lending rate to 15 pct from 14 pct.", "Norges Bank", 1.0, 15.0),
    ("The Norwegian central bank cut its overnight lending rate to 14 pct from 15 pct.", "Norges Bank", -1.0, 14.0),
    ("The Bank of Japan decided to keep its official discount rate at 2.5 pct.", "Bank of Japan", 0.0, 2.5),
    ("Sweden's Riksbank cut its discount rate one point to 7.5 pct.", "Riksbank", -1.0, 7.5),
]


def test_the_bank_capitalised_is_the_central_bank_named_before() -> None:
    text = "The Bank of France left its intervention rate unchanged. The Bank cut its rate to 7-3/4 pct from eight pct."
    got = [(name(e.get("authority")), e.get("change"), e.get("level")) for e in events(text, "rate_decision")]
    assert got[-1] == ("Bank of France", -0.25, 7.75)


def test_banks_listed_as_cutting_their_rates_each_decide() -> None:
    text = "Orlan, Velm, Quist and Harlow all cut their base rates by half a point to 10 pct."
    got = [(name(e.get("authority")), e.get("change"), e.get("level")) for e in events(text, "rate_decision")]
    assert sorted(got) == [(n, -0.5, 10.0) for n in ("Harlow", "Orlan", "Quist", "Velm")]


def test_banks_that_followed_a_bank_take_its_move() -> None:
    text = ("Orlan Bank said it raised its prime rate to 8 pct from 7-3/4 pct. "
            "The increase was matched by Velm Trust Co, Harlow Trust and Quist National Bank.")
    got = [(name(e.get("authority")), e.get("change"), e.get("level")) for e in events(text, "rate_decision")]
    assert got == [("Orlan Bank", 0.25, 8.0), ("Velm Trust", 0.25, 8.0), ("Harlow Trust", 0.25, 8.0),
                   ("Quist National Bank", 0.25, 8.0)]
    # shares of a bank that followed move; that is no decision
    text = ("Orlan Bank said it raised its prime rate to 8 pct from 7-3/4 pct. "
            "Shares of Velm Trust Co followed, rising 2 pct.")
    assert [name(e.get("authority")) for e in events(text, "rate_decision")] == ["Orlan Bank"]


@pytest.mark.parametrize(("text", "who", "change", "level"), RATE_CASES, ids=[c[1] for c in RATE_CASES])
def test_rate_decisions_of_any_bank(text: str, who: str, change: float, level: float) -> None:
    (ev,) = events(text, "rate_decision")
    assert (name(ev.get("authority")), ev.get("change"), ev.get("level")) == (who, change, level)


def test_a_hold_named_at_length_by_the_bank_of_the_sentence_before() -> None:
    text = ("The Bank of Portugal said it raised its rate for overnight funds to 9.5 pct from 9 pct. "
            "The bank said it was leaving its rate for special assistance funds from its second window unchanged "
            "at 11 pct.")
    evs = events(text, "rate_decision")
    assert [(name(e.get("authority")), e.get("change"), e.get("level")) for e in evs] == [
        ("Bank of Portugal", 0.5, 9.5), ("Bank of Portugal", 0.0, 11.0)]
    assert evs[1].span.start > text.index("The bank")  # the hold's span is its own sentence


def test_banks_listed_after_a_move_named_by_a_noun() -> None:
    text = ("Big banks followed Monday's quarter-point prime rate rise by Orlan Bank. "
            "Among the banks which today announced prime rate increases to 8-1/2 pct were Velm Trust, "
            "Harlow Trust and Savings Bank, and Quist National Bank. "
            "Other banks announcing prime rate rises included Dunmore Bank and Pell Federal.")
    got = [(name(e.get("authority")), e.get("change"), e.get("level")) for e in events(text, "rate_decision")]
    assert ("Velm Trust", 0.25, 8.5) in got and ("Harlow Trust and Savings Bank", 0.25, 8.5) in got
    assert ("Quist National Bank", 0.25, 8.5) in got
    assert ("Dunmore Bank", None, None) in got and ("Pell Federal", None, None) in got


def test_amount_indicator_and_its_earlier_periods() -> None:
    text = ("Norland's trade surplus widened to 3.10 billion U.S. dlrs in the first quarter of 2024 from 2.05 "
            "billion a year ago, the statistics office said. Exports rose to 9.25 billion from 7.38 billion in "
            "the same period in 2023.")
    got = [(e.get("indicator"), e.get("period"), round(e.get("value").amount / 1e9, 2), e.get("value").currency)
           for e in events(text, "indicator")]
    assert got == [("trade_balance", "2024-Q1", 3.1, "USD"), ("trade_balance", "2023-Q1", 2.05, "USD"),
                   ("exports", "2024-Q1", 9.25, "USD"), ("exports", "2023-Q1", 7.38, "USD")]


def test_a_country_named_in_the_sentence_else_the_last_indicators() -> None:
    text = ("Sweden's consumer prices rose 0.4 pct in May. "
            "Retail sales rose 1.2 pct in May, the statistics office said.")
    assert [name(e.get("subject")) for e in events(text, "indicator")] == ["Sweden", "Sweden"]


def test_a_price_index_of_a_country_is_an_indicator_not_a_move() -> None:
    doc = marketfacts.read("Sweden's consumer price index rose 0.4 pct in May.", date=DATE)
    assert [f.kind for f in doc.facts if f.kind != "sentiment"] == ["indicator"]


@pytest.mark.parametrize("text,change,amount", [
    ("Korvane Ltd said net profit fell 12.5% sequentially to 640 million euros.", -12.5, 640e6),
    ("Korvane Ltd said revenue rose six percent year-on-year in the second quarter to 2.1 billion euros.",
     6.0, 2.1e9),
    ("Korvane Ltd posted a 25% rise in full-year operating profits to 1.5 billion euros.", 25.0, 1.5e9),
])
def test_a_change_and_the_amount_it_reached_are_one_event(text: str, change: float, amount: float) -> None:
    evs = events(text, "financials")
    assert [(e.get("change_pct"), round(e.get("value").amount)) for e in evs] == [(change, round(amount))]


def test_a_change_to_an_amount_after_many_words_is_not_taken() -> None:
    # "to" after more than a few words opens another statement
    evs = events("Korvane Ltd said revenue rose 6% and that the board had decided after a long and heated debate "
                 "to pay 2 billion euros to shareholders.", "financials")
    assert all(e.get("value") is None for e in evs if e.get("change_pct") is not None)


@pytest.mark.parametrize("text,currency", [
    ("Marrow Airways Ltd said net income rose to A$210.5 million, or 12 cents a share.", "AUD"),
    ("Marrow Airways Ltd said net income rose to A$210.5 million ($150 million), or 12 cents a share.", "AUD"),
    ("Tesselo Inc said net income rose to C$88 million, or 41 cents a share.", "CAD"),
    ("Tesselo Inc said net income rose to $88 million, or 41 cents a share.", "USD"),
])
def test_bare_cents_take_the_marked_dollar_before_them(text: str, currency: str) -> None:
    eps = [e for e in events(text, "financials") if e.get("metric") == "eps"]
    assert [e.get("value").currency for e in eps] == [currency]


@pytest.mark.parametrize("text", [
    "Receipts at petrol stations rose 0.4 percent. Receipts at car dealers fell.",
    "Economists expect sales to rise 0.6 percent.",
])
def test_a_plain_word_opening_a_sentence_names_no_company(text: str) -> None:
    assert events(text, "financials") == []


def test_a_conversion_in_brackets_is_no_event_of_its_own() -> None:
    evs = events("Marrow Airways Ltd said net income rose to A$210.5 million ($150 million).", "financials")
    assert [(round(e.get("value").amount), e.get("value").currency) for e in evs] == [(210500000, "AUD")]


@pytest.mark.parametrize("text,metric,amount", [
    ("Pelham Foods Plc said turnover rose to 1.29 billion stg. Its pretax profit was 84 mln stg.", "revenue", 1.29e9),
    ("Pelham Foods Plc reported a 16.15 mln dlr net loss for 1986.", "net_profit", -16.15e6),
    ("Pelham Foods Plc made a 60 mln franc trading profit.", "operating_profit", 60e6),
])
def test_wire_metric_words(text: str, metric: str, amount: float) -> None:
    evs = events("Pelham Foods Plc said 1986 results were weak, with net profit down. " + text, "financials")
    got = [(e.get("metric"), round(e.get("value").amount)) for e in evs if e.get("value") is not None]
    assert (metric, round(amount)) in got
    assert all(round(a) != 84000000 for _, a in got)  # a profit before tax is no metric


def test_a_market_reports_turnover_is_no_revenue() -> None:
    text = ("The Hang Seng Index rose 1.2 per cent to 10,500. Kellan Holdings reported a first-half net profit of "
            "HK$4 billion. Turnover was heavy at HK$13.9 billion.")
    assert all(e.get("metric") != "revenue" for e in events(text, "financials"))


def test_guidance_in_words_and_a_range_written_once() -> None:
    text = ("Talvo Systems executives guided to adjusted earnings of 34 cents to 35 cents a share. "
            "Talvo Systems lowered its revenue forecast to between 2.2 billion and 2.4 billion euros.")
    evs = events(text, "financials")
    assert {e.get("status") for e in evs} == {"guidance"}
    ranges = {(e.get("value")["low"], e.get("value")["high"], e.get("value")["currency"]) for e in evs
              if isinstance(e.get("value"), dict)}
    assert (2.2e9, 2.4e9, "EUR") in ranges


def test_a_company_named_as_anothers_supplier_is_not_the_subject() -> None:
    text = ("Korlan Chips reported weak results. The Apple Inc. supplier said operating income was 4.4 trillion won.")
    evs = events(text, "financials")
    assert [name(e.get("subject")) for e in evs] == ["Korlan Chips"]


@pytest.mark.parametrize("text,want", [
    # hard-wrapped wire copy, as the archives keep it
    ("The <Western Coal Co of\nAustralia Ltd> reported a 16.15 mln dlr net loss for 1986\nagainst a 73.38 mln "
     "dlr profit in 1985 after sales fell to 2.27\nbillion dlrs from 2.94 billion, and the company said it\nwould "
     "not pay a dividend for the year to its many holders\nof ordinary shares.\n", "Western Coal Co of Australia Ltd"),
    ("British Airways said its net profit rose to 200 mln stg.", "British Airways"),
])
def test_a_wire_name_in_brackets_and_a_demonym_led_name(text: str, want: str) -> None:
    assert {name(e.get("subject")) for e in events(text, "financials")} == {want}


def test_weekly_claims_and_a_rate_read_as_a_level() -> None:
    text = ("The number of Norlanders filing new claims for jobless benefits fell last week. "
            "Initial claims for state unemployment benefits declined 10,000 to a seasonally adjusted 316,000, "
            "the Labor Department said. The insured unemployment rate fell to 2.1 percent from 2.2 percent.")
    got = {(e.get("indicator"), e.get("period"), e.get("value") if not hasattr(e.get("value"), "amount")
            else e.get("value").amount, e.get("change_pct")) for e in events(text, "indicator", date="2013-11-27")}
    assert ("initial_jobless_claims", "2013-W47", 316000.0, None) in got
    assert ("insured_unemployment_rate", "2013-W47", 2.1, None) in got
    assert ("insured_unemployment_rate", "2013-W46", 2.2, None) in got


def test_a_quarter_is_an_indicators_period() -> None:
    evs = events("Canada's real gross domestic product rose 1.1 pct in the fourth quarter.", "indicator",
                 date="1987-02-27")
    assert [(e.get("indicator"), e.get("period"), e.get("change_pct")) for e in evs] == [("gdp", "1986-Q4", 1.1)]


def test_a_sentence_that_goes_on_about_the_last_indicator() -> None:
    text = ("Canada's consumer prices were up 2.1 percent on year in December, the statistics office said. "
            "That fell short of expectations for 2.2 percent, and was down from 2.3 percent in November.")
    got = {(e.get("period"), e.get("change_pct"), e.get("status")) for e in events(text, "indicator", date="2017-01-10")}
    assert got == {("2016-12", 2.1, "actual"), ("2016-12", 2.2, "forecast"), ("2016-11", 2.3, "actual")}


def test_an_indicators_head_noun_alone_carries_it() -> None:
    text = ("U.S. retail sales rose 0.3 percent in May, the Commerce Department said. "
            "Economists in a poll had expected sales to rise 0.6 percent.")
    got = {(e.get("indicator"), e.get("change_pct"), e.get("status")) for e in events(text, "indicator", date="2014-06-12")}
    assert ("retail_sales", 0.6, "forecast") in got


def test_unchanged_is_a_change_of_nothing_and_the_prior_its_own() -> None:
    text = "U.S. August factory orders were unchanged, after falling a revised 0.6 percent in the previous month."
    got = {(e.get("period"), e.get("change_pct")) for e in events(text, "indicator", date="2006-10-04")}
    assert got == {("2006-08", 0.0), ("2006-07", -0.6)}


def test_a_forecast_word_after_the_figure_does_not_make_it_a_forecast() -> None:
    text = "British inflation in June rose to 1.9%, fuelling speculation that rates may rise sooner than expected."
    assert [e.get("status") for e in events(text, "indicator", date="2014-07-15")] == ["actual"]


@pytest.mark.parametrize("text,subjects", [
    ("The S&P 500 and the Nasdaq both finished the session at records.", ["S&P 500", "Nasdaq"]),
    ("The BSE Sensex and the Nifty ended at new highs on Wednesday.", ["BSE Sensex", "Nifty"]),
    ("Japan's Nikkei ended at a record high. The broader Topix rose 0.6%. Both closed at record levels again.",
     ["Nikkei", "TOPIX"]),
])
def test_records_of_several_names(text: str, subjects: list[str]) -> None:
    evs = events(text, "record")
    assert sorted({name(e.get("subject")) for e in evs}) == sorted(subjects)
    assert {e.get("extreme") for e in evs} == {"highest"}


@pytest.mark.parametrize("text", ["Stocks hit new highs for the year on Tuesday, traders said.",
                                  "Sales rose at a record pace."])
def test_no_record_without_one(text: str) -> None:
    assert all(e.get("since") is not None for e in events(text, "record"))


@pytest.mark.parametrize("text,date,org,when", [
    ("Corvane Motor rose 1/2 to 90-1/4 ahead of its Thursday board meeting.", "1987-04-08", "Corvane Motor", "1987-04-09"),
    ("Pelham Corp rose 1-5/8 to 83-1/8 ahead of an analysts meeting scheduled for Thursday and Friday.", "1987-04-08",
     "Pelham", "1987-04-09/1987-04-10"),
    ("Dealers waited for the G-5 meeting in Washington this week.", "1987-04-07", "Group of Five",
     "1987-04-06/1987-04-12"),
    ("Investors watched the Federal Reserve's policy meeting later this week.", "2025-05-06", "Federal Reserve",
     "2025-05-06/2025-05-11"),
])
def test_meetings_of_companies_and_groups(text: str, date: str, org: str, when: str) -> None:
    (ev,) = events(text, "meeting", date=date)
    assert ([name(o) for o in ev.get("organisations")], ev.get("date")) == ([org], when)


def test_a_habit_is_no_meeting_and_one_meeting_is_told_once() -> None:
    assert events("Pelham Corp said it decides dividends at the first board meeting of the quarter.", "meeting",
                  date="1987-04-08") == []
    text = ("Minutes of this month's Reserve Bank of Australia meeting were released. "
            "At the Reserve Bank of Australia's Feb. 4 meeting, the bank left the key rate unchanged.")
    assert [ev.get("date") for ev in events(text, "meeting", date="2014-02-18")] == ["2014-02-04"]


@pytest.mark.parametrize("text,acq,tgt,price,stake", [
    ("Kelvin fell 18p after a statement by Lorvane Oil that it considered Kelvin's 70 dlrs per share tender offer "
     "for the 45 pct of the company it does not already own as inadequate.", "Kelvin", "Lorvane Oil", 70.0, 45.0),
    ("The Astel offer, the third to be made for Pelham Mining this year, compares with the Corvane cash offer of "
     "4.00 dlrs a share.", "Corvane", "Pelham Mining", 4.0, None),
])
def test_offers_owned_by_a_name(text: str, acq: str, tgt: str, price: float, stake: float | None) -> None:
    evs = events(text, "tender_offer", date="1987-04-06")
    got = [(name(e.get("acquirer")), name(e.get("target")), e.get("price_per_share").amount, e.get("stake_pct"))
           for e in evs]
    assert (acq, tgt, price, stake) in got


def test_an_offer_told_by_its_total_needs_its_target() -> None:
    evs = events("Tolmar Stores added 2p after extending its 151 mln stg contested bid for Hillcrest Plc until May 1.",
                 "tender_offer", date="1987-04-06")
    assert [(name(e.get("acquirer")), name(e.get("target")), e.get("total").amount) for e in evs] == [
        ("Tolmar Stores", "Hillcrest", 151e6)]
    assert events("Tolmar Stores said its 151 mln stg bid to cut costs was working.", "tender_offer") == []


@pytest.mark.parametrize("text,date,want", [
    ("Norvia's central bank, the Bank of Korea, lifted its overnight lending rate by two percentage points on Thursday. "
     "The overnight lending rate was raised to 46 percent, while the one-week repo rate was left unchanged at 42.5 percent.",
     "2025-03-20", {(2.0, 46.0), (0.0, 42.5)}),
    ("The Bank of England cut interest rates for the first time since 2009. Besides cutting rates to a record-low "
     "0.25 percent from 0.5 percent, the BoE launched two new schemes.", "2016-08-04", {(-0.25, 0.25)}),
    ("The Federal Reserve today cut short-term interest rates by a half-point. With today's reduction of the federal "
     "funds rate by 50 basis points, to 5 percent, the Fed has cut rates three times. The Fed also approved a "
     "50-basis-point reduction in the discount rate, to 4½ percent.", "2001-03-20", {(-0.5, 5.0), (-0.5, 4.5)}),
])
def test_rate_decisions_told_at_length(text: str, date: str, want: set) -> None:
    got = {(e.get("change"), e.get("level")) for e in events(text, "rate_decision", date=date)}
    assert got == want


def test_a_rate_that_is_not_the_verbs_object() -> None:
    text = "The Bank of England was holding out against market pressures for lower rates."
    assert events(text, "rate_decision", date="1987-03-02") == []


def test_a_figure_followed_by_expected_is_the_forecast() -> None:
    evs = events("Talvo Systems reported earnings per share of $1.19, adjusted, versus $1.16 expected by analysts.",
                 "financials")
    assert [(e.get("value").amount, e.get("status")) for e in evs] == [(1.19, "actual"), (1.16, "forecast")]


def test_a_change_after_the_period_joins_its_amount() -> None:
    evs = events("Korvane reported a net profit of 47.6 billion yuan for the second quarter, up 82% from a year earlier.",
                 "financials")
    assert [(round(e.get("value").amount), e.get("change_pct")) for e in evs] == [(47600000000, 82.0)]


def test_one_figure_one_fact() -> None:
    doc = marketfacts.read("Sterling strengthened after figures showed British inflation in June rose to 1.9%.",
                           date="2014-07-15")
    assert [f.kind for f in doc.facts if f.kind != "sentiment"] == ["indicator"]


def test_a_share_price_clause_holds_no_results() -> None:
    text = ("Security firm Gorvane drove a 32% decline in full-year profits to 175 million pounds, "
            "sending shares down 7.6p to 299.9p.")
    evs = events(text, "financials")
    assert [(e.get("metric"), round(e.get("value").amount), e.get("change_pct")) for e in evs] == [
        ("net_profit", 175000000, -32.0)]


def test_a_slashed_rate_is_a_cut() -> None:
    (ev,) = events("The Reserve Bank of India slashed its repo rate by 75 basis points to 4.40 percent.",
                   "rate_decision", date="2020-03-27")
    assert (ev.get("change"), ev.get("level")) == (-0.75, 4.4)


def _readings(text: str, date: str = "2026-06-06") -> set[tuple[Any, ...]]:
    return {(ev.get("indicator"), ev.get("period"), ev.get("change_pct"), ev.get("value"), ev.get("status"))
            for ev in events(text, "indicator", date=date)}


@pytest.mark.parametrize("text,want", [
    # a count's net change is its reading; the estimate after it its forecast; a clause after ", and"
    # is not under the estimate's words
    ("Norland employers added 175,000 jobs in May, below the 190,000 economists had expected, and the "
     "unemployment rate edged up to 4.2% from 4.1%.",
     {("nonfarm_payrolls", "2026-05", None, 175000.0, "actual"), ("nonfarm_payrolls", "2026-05", None, 190000.0, "forecast"),
      ("unemployment_rate", "2026-05", None, 4.2, "actual"), ("unemployment_rate", "2026-04", None, 4.1, "actual")}),
    ("Norland's nonfarm payrolls fell by 20,000 in May.", {("nonfarm_payrolls", "2026-05", None, -20000.0, "actual")}),
    ("Norland's private-sector companies added 428,000 jobs in May.",
     {("private_payrolls", "2026-05", None, 428000.0, "actual")}),
    # an index's estimate named after its figure
    ("Norland's composite PMI fell to 49.8 in May from 50.2 in April, below the 50.0 forecast.",
     {("pmi", "2026-05", None, 49.8, "actual"), ("pmi", "2026-04", None, 50.2, "actual"),
      ("pmi", "2026-05", None, 50.0, "forecast")}),
    ("Retail sales in Norland fell 1.2% in May, worse than the 0.5% drop forecast.",
     {("retail_sales", "2026-05", -1.2, None, "actual"), ("retail_sales", "2026-05", -0.5, None, "forecast")}),
    # "the economy grew" is its output; a forecast met is the figure's forecast
    ("Norland's economy grew 0.4% in the first quarter, in line with the median estimate.",
     {("gdp", "2026-Q1", 0.4, None, "actual"), ("gdp", "2026-Q1", 0.4, None, "forecast")}),
    # no article before the figure: "less than expected" describes the actual
    ("Norland's industrial production rose 0.3% in April, less than expected.",
     {("industrial_production", "2026-04", 0.3, None, "actual")}),
])
def test_indicator_readings_and_their_forecasts(text: str, want: set[tuple[Any, ...]]) -> None:
    assert _readings(text) == want


def test_an_annualised_rate_of_change_keeps_its_sign_and_basis() -> None:
    (ev,) = events("The Norland economy shrank at a 1.0 percent annual rate in the January-March period.",
                   "indicator", date="2014-06-12")
    assert (ev.get("period"), ev.get("change_pct"), ev.get("basis")) == ("2014-Q1", -1.0, "qoq_annualised")


@pytest.mark.parametrize("frag,want", [
    ("in the January-March period", "2014-Q1"),
    ("in April-August 2013", "2013-04/2013-08"),
    ("the previous period", "2014-Q1"),
    ("in March", "2014-03"),
])
def test_a_span_of_months_is_a_quarter_or_a_span(frag: str, want: str) -> None:
    from datetime import date

    from marketfacts.events.periods import period_in
    assert period_in(frag, date(2014, 6, 12), "2014-Q2") == want


@pytest.mark.parametrize("text", [
    # what others expect a bank to do is no decision
    "Futures traders added to their bets that the Fed would lower rates by another quarter percentage point.",
    # a commercial bank whose name ends in a central bank's is not the central bank
    "Royal Bank of Canada said it would lower its card interest rate to 15.9 pct from 18.6 pct.",
    # what dealers think the bank may do, and an exchange rate a bank sets
    "Money market dealers said conditions seemed right for the Bank of France to cut its intervention rate to 7-3/4 pct.",
    "The Bank of France is likely to cut its intervention rate to 7-3/4 pct from eight pct.",
    "Egypt's central bank today set the dollar rate for commercial banks at 1.36 pounds, unchanged.",
])
def test_no_rate_decision(text: str) -> None:
    assert events(text, "rate_decision", date="1987-04-02") == []


@pytest.mark.parametrize("text,date,want", [
    # a margin is a level in per cent, with the year-earlier one beside it; its range is guidance
    ("Korvane Group said its operating margin rose to 2.7 percent in the fiscal second quarter, against 1.2 percent "
     "a year earlier.", "2007-11-03",
     [("margin", "FY2008-Q2", 2.7, "actual"), ("margin", "FY2007-Q2", 1.2, "actual")]),
    ("Korvane expects its operating margin to be between 20% and 22% for the current financial year.", "2024-07-18",
     [("guidance_margin", None, {"amount": None, "low": 20.0, "high": 22.0, "currency": None}, "guidance")]),
    # a fiscal quarter belongs to the year it ends in: the first quarter reported in May 2024 of a year to January 2025
    ("Korvane Corp reported fiscal first-quarter revenue of $26 billion.", "2024-05-22",
     [("revenue", "FY2025-Q1", 26e9, "actual")]),
])
def test_margins_and_fiscal_quarters(text: str, date: str, want: list[tuple[Any, ...]]) -> None:
    got = []
    for ev in events(text, "financials", date=date):
        v = ev.get("value")
        got.append((ev.get("metric"), ev.get("period"), getattr(v, "amount", v), ev.get("status")))
    assert got == want


@pytest.mark.parametrize("text,want", [
    ("The Kospi extended its losing streak to five sessions.", [("Kospi", "down", 5, "session", None)]),
    ("Kelvale shares rose for six days in a row.", [("Kelvale", "up", 6, "day", None)]),
    # the streak's own words give its direction, not the day's move
    ("Seoul shares finished lower, hit by profit-taking after four consecutive sessions of gains.",
     [("Seoul shares", "up", 4, "session", True)]),
    # a "record-breaking rally" goes on; "their" rally is each name's
    ("The BSE Sensex and the Nifty ended at new highs, extending their record-breaking rally to the 6th day in a row.",
     [("BSE Sensex", "up", 6, "day", None), ("Nifty", "up", 6, "day", None)]),
])
def test_streak_shapes(text: str, want: list[tuple[Any, ...]]) -> None:
    got = [(name(ev.get("subject")), ev.get("direction"), ev.get("count"), ev.get("unit"), ev.get("ended"))
           for ev in events(text, "streak")]
    assert got == want


@pytest.mark.parametrize("text,want", [
    # a change on the same month a year before is the period's own, on a yearly basis
    ("Norland's producer prices fell 0.3 pct in February from January and were down 4.2 pct from February 1986.",
     {("producer_prices", "1987-02", -0.3, "mom"), ("producer_prices", "1987-02", -4.2, "yoy")}),
    ("Norland's consumer prices rose 0.11 pct in March from February to stand 1.27 pct above the level in March 1986.",
     {("cpi", "1987-03", 0.11, "mom"), ("cpi", "1987-03", 1.27, "yoy")}),
    ("Norland's consumer price index rose 0.3% year on year in February.", {("cpi", "1987-02", 0.3, "yoy")}),
    ("Industrial production in Norland rose 2.1 pct in January compared with January 1986.",
     {("industrial_production", "1987-01", 2.1, "yoy")}),
    ("Norland's consumer prices rose 0.2 pct in February, bringing the year-on-year rate to 3.4 pct.",
     {("cpi", "1987-02", 0.2, None), ("cpi", "1987-02", 3.4, "yoy")}),
    # a seasonally adjusted annual rate is a level, not a yearly basis
    ("Norland's housing starts fell 2.6 pct in February to a seasonally adjusted annual rate of 1.851 mln units.",
     {("housing_starts", "1987-02", -2.6, None)}),
])
def test_an_indicators_yearly_basis(text: str, want: set[tuple[Any, ...]]) -> None:
    got = {(ev.get("indicator"), ev.get("period"), ev.get("change_pct"), ev.get("basis"))
           for ev in events(text, "indicator", date="1987-03-20")}
    assert got == want


def test_an_indicator_restated_between_commas_keeps_the_first_name() -> None:
    text = ("The Retail Price Index (RPI), Norland's measure of inflation, rose 0.4 pct in February, to give a "
            "year-on-year rise of 3.9 pct, the statistics office said.")
    got = {(e.get("indicator"), e.get("period"), e.get("change_pct")) for e in events(text, "indicator", date="1987-03-20")}
    assert ("rpi", "1987-02", 0.4) in got and all(name == "rpi" for name, _, _ in got)


def test_a_sentence_going_on_about_an_indicator_in_another_month() -> None:
    text = ("Norland's retail price index rose 0.5 pct in February, the statistics office said. "
            "In January, the index rose 0.3 pct.")
    got = {(e.get("indicator"), e.get("period"), e.get("change_pct")) for e in events(text, "indicator", date="1987-03-20")}
    assert ("rpi", "1987-01", 0.3) in got and ("rpi", "1987-02", 0.5) in got


def test_a_full_year_and_an_earlier_year_named_before_its_figure() -> None:
    text = ("Norland's gross domestic product rose 1.1 pct in the fourth quarter of 1986, the statistics office said. "
            "That left growth for the full year at 3.1 pct, which is down from 1985's four pct increase.")
    got = {(e.get("period"), e.get("change_pct")) for e in events(text, "indicator", date="1987-03-03")}
    assert {("1986-Q4", 1.1), ("1986", 3.1), ("1985", 4.0)} <= got


def test_a_source_that_speaks_does_not_carry_the_last_indicator() -> None:
    text = ("Norland's current account deficit narrowed 5 pct in 1986, the institute said. "
            "It said the dollar will lose a further 13 pct this year after last year's 18.4 pct drop.")
    assert {e.get("change_pct") for e in events(text, "indicator", date="1987-03-09")} <= {-5.0, 5.0}


def test_an_indicators_month_before_its_name_and_an_earlier_reading_after() -> None:
    text = ("Norland's industrial production index rose 0.3 pct in February from the previous month. "
            "The adjusted February producers' shipment index rose 0.7 pct to 118.5. "
            "The unadjusted shipment index rose 1.4 pct from a year earlier after a 1.0 pct year-on-year January gain.")
    got = {(e.get("indicator"), e.get("period"), e.get("change_pct")) for e in events(text, "indicator", date="1987-03-27")}
    assert {("shipments", "1987-02", 0.7), ("shipments", "1987-02", 1.4), ("shipments", "1987-01", 1.0)} <= got


def test_output_said_alone_goes_on_about_industrial_production() -> None:
    text = ("Norland's industrial production rose 0.3 pct in February, the ministry said. "
            "Output fell 0.5 pct in January from a month earlier.")
    got = {(e.get("indicator"), e.get("period"), e.get("change_pct")) for e in events(text, "indicator", date="1987-03-27")}
    assert ("industrial_production", "1987-01", -0.5) in got


def test_a_list_of_readings_each_its_month_and_a_reading_that_hit_a_level() -> None:
    text = ("Norland's consumer price index rose 5.02% in September. "
            "That compares with an inflation rate of 7.44% in July and 6.83% in August 2023. "
            "Industrial output hit 10.3% in August, a turnaround from the 0.7% decline recorded in August 2022.")
    got = {(e.get("indicator"), e.get("period"), e.get("change_pct")) for e in events(text, "indicator", date="2023-10-12")}
    assert {("cpi", "2023-07", 7.44), ("cpi", "2023-08", 6.83), ("industrial_production", "2023-08", 10.3),
            ("industrial_production", "2022-08", -0.7)} <= got


def test_an_investor_bids_for_a_company() -> None:
    text = "Theodore Quist last week offered 34 dlrs a share for Orlan Industries Inc."
    (ev,) = events(text, "tender_offer", date="1987-03-20")
    assert name(ev.get("acquirer")) == "Theodore Quist" and name(ev.get("target")).startswith("Orlan")


def test_a_companys_bare_dollars_are_its_own_countrys() -> None:
    text = ("The Orlan Petroleum Co of Australia Ltd, a unit of Orlan Petroleum Plc <ORL.L> of London, reported "
            "a 16.15 mln dlr net loss for 1986 against a 73.38 mln dlr profit in 1985.")
    evs = events(text, "financials", date="1987-03-26")
    assert evs and all(ev.get("value").currency == "AUD" for ev in evs)
    # an amount in brackets after one in another currency restates it in US dollars
    text = "Orlan Airways of Australia said net income increased to A$648.4 million ($464 million)."
    assert [ev.get("value").currency for ev in events(text, "financials", date="2004-08-19")] == ["AUD"]


def test_the_central_bank_unnamed_is_the_one_of_the_country_the_text_is_about() -> None:
    text = ("Sweden's economy grew 2 pct last year. "
            "The central bank cut its discount rate to 7.5 pct from 8.5 pct, a spokesman said.")
    (ev,) = events(text, "rate_decision", date="1987-03-01")
    assert (name(ev.get("authority")), ev.get("change"), ev.get("level")) == ("Riksbank", -1.0, 7.5)
    assert ev.get("authority").mention == "The central bank"
    # "the bank" alone may be any bank: no guess
    assert events("Sweden's economy grew. The bank cut its discount rate to 7.5 pct.", "rate_decision",
                  date="1987-03-01") == []


@pytest.mark.parametrize(("text", "subject", "extreme"), [
    # a name joined after a move opens the clause the record is in
    ("The yen fell 1 pct and the Nikkei hit a record high.", "Nikkei", "highest"),
    # "its highest point in nearly two years"
    ("The Nasdaq closed at 2,006.48, its highest point in nearly two years.", "Nasdaq", "highest"),
])
def test_records_of_the_clause_they_close(text: str, subject: str, extreme: str) -> None:
    (ev,) = events(text, "record", date="2003-12-30")
    assert name(ev.get("subject")).startswith(subject) and ev.get("extreme") == extreme


@pytest.mark.parametrize(("text", "want"), [
    ("The Orlan index posted its fourth weekly gain in a row.", ("up", 4, "week", False)),
    ("The Orlan index has risen in each of the past six sessions.", ("up", 6, "session", False)),
    ("The Orlan index ended a four-day rally on Monday.", ("up", 4, "day", True)),
    ("The Orlan index extended its five-day decline.", ("down", 5, "day", False)),
])
def test_streaks_told_in_more_ways(text: str, want: tuple[str, int, str, bool]) -> None:
    (ev,) = events(text, "streak", date="2024-05-06")
    assert (ev.get("direction"), ev.get("count"), ev.get("unit"), bool(ev.get("ended"))) == want


@pytest.mark.parametrize(("text", "extreme", "since"), [
    ("The Orlan index scaled a new peak of 75,000.", "highest", None),
    ("The Orlan index fell through 1,200 for the first time since 1985.", "lowest", "1985"),
    ("Shares of Orlan Industries hit a record.", "highest", None),
    ("The Orlan index sank to its weakest level against the euro in a year.", "lowest", "2023-05"),
])
def test_records_told_in_more_ways(text: str, extreme: str, since: str | None) -> None:
    (ev,) = events(text, "record", date="2024-05-06")
    assert (ev.get("extreme"), ev.get("since")) == (extreme, since)


@pytest.mark.parametrize(("text", "acquirer", "target", "price"), [
    ("Velm Corp received a buyout offer of 530 yen per share from Orlan Holdings.", "Orlan Holdings", "Velm", 530.0),
    ("Velm Corp said it has received an offer to be acquired by Orlan Holdings at 11.50 dlrs a share.",
     "Orlan Holdings", "Velm", 11.5),
    ("Orlan Holdings agreed to acquire Velm Corp for $25 per share in cash.", "Orlan Holdings", "Velm", 25.0),
    ("Orlan Holdings proposed to take Velm private at A$4.10 a share.", "Orlan Holdings", "Velm", 4.1),
])
def test_offers_told_in_more_ways(text: str, acquirer: str, target: str, price: float) -> None:
    (ev,) = events(text, "tender_offer", date="2024-05-06")
    assert name(ev.get("acquirer")) == acquirer and name(ev.get("target")).startswith(target)
    assert ev.get("price_per_share").amount == price


def test_the_company_that_received_an_offer_is_no_bidder() -> None:
    # the bidder is not named in a way the reader can tie to the offer: no offer is read, not a wrong one
    text = "Velm Corp rejected a 28 dlr a share takeover offer, calling it inadequate."
    assert all(name(ev.get("acquirer")) != "Velm Corp" for ev in events(text, "tender_offer", date="2024-05-06"))


def test_a_listing_told_with_its_day_and_a_company_described_as_listed() -> None:
    (ev,) = events("Velm listed on the Shenzhen exchange on Monday.", "listing", date="2024-05-06")
    assert name(ev.get("subject")) == "Velm" and ev.get("venue") == "Shenzhen"
    assert events("Velm, listed on the Nasdaq, rose 2 percent on Monday.", "listing", date="2024-05-06") == []


@pytest.mark.parametrize(("text", "indicator", "change"), [
    ("Year on year, Norland's M1 rose 9.86 pct in December.", "m1_money_supply", 9.86),
    ("Norland's M-2 fell 0.06 pct in January.", "m2_money_supply", -0.06),
    ("Norland's broad money M3 grew 6.1 pct in January.", "m3_money_supply", 6.1),
])
def test_a_money_aggregate_is_money_supply(text: str, indicator: str, change: float) -> None:
    got = [(e.get("indicator"), e.get("change_pct")) for e in events(text, "indicator", date="1987-03-06")]
    assert (indicator, change) in got
    assert not marketfacts.read(text, date="1987-03-06").moves  # no aggregate is an instrument that moved


@pytest.mark.parametrize(("text", "indicator", "change"), [
    ("January business inventories rose 0.9 pct, the largest gain since July 1979.", "business_inventories", 0.9),
    ("Sales of new single-family homes in Norland fell 6.8 pct in January.", "new_home_sales", -6.8),
    ("Norland's wholesale prices fell 0.4 pct in January.", "wholesale_prices", -0.4),
    ("Norland's terms of trade fell by a further 3.5 pct in the fourth quarter of 1986.", "terms_of_trade", -3.5),
    ("Year-on-year private sector credit grew 30.68 pct in December.", "private_sector_credit", 30.68),
])
def test_more_indicators(text: str, indicator: str, change: float) -> None:
    got = [(e.get("indicator"), e.get("change_pct")) for e in events(text, "indicator", date="1987-03-16")]
    assert (indicator, change) in got


def test_a_records_yardstick_names_no_period_of_the_figure() -> None:
    text = "January business inventories rose 0.9 pct, the largest gain since July 1979."
    (ev,) = events(text, "indicator", date="1987-03-16")
    assert ev.get("period") == "1987-01"


def _fins(text: str, date: str = "1987-03-10") -> list[tuple[str | None, str, str | None, float]]:
    return [(name(e.get("subject")), e.get("metric"), e.get("period"), e.get("value").amount)
            for e in events(text, "financials", date)]


@pytest.mark.parametrize("text,want", [
    # "earned" names a profit; "a share" makes it EPS, and the prior figure after it is EPS too, of its own year
    ("Orbit Inc earned 8.21 dlrs a share in 1986, up from 7.10 dlrs in 1985.",
     [("Orbit", "eps", "1986", 8.21), ("Orbit", "eps", "1985", 7.1)]),
    # the verb's own subject, not a name earlier in the sentence
    ("Ann Berg said results might be lower than in the first quarter of fiscal 1987, when Tandra earned "
     "27.1 mln dlrs or 58 cts a share.",
     [("Tandra", "net_profit", "FY1987-Q1", 27.1e6), ("Tandra", "eps", "FY1987-Q1", 0.58)]),
    # ", or 38 cts" after the prior year's profit is that year's EPS
    ("Beta Co reported first quarter net income of 12.3 mln dlrs, or 45 cts a share, compared with "
     "10.1 mln dlrs, or 38 cts, a year earlier.",
     [("Beta", "net_profit", "1987-Q1", 12.3e6), ("Beta", "net_profit", "1986-Q1", 10.1e6),
      ("Beta", "eps", "1987-Q1", 0.45), ("Beta", "eps", "1986-Q1", 0.38)]),
    # the year before the metric is the year of the results; the figure "from" is the year before
    ("Acme Corp said its 1986 net profit rose 12 pct to 45.2 mln dlrs from 40.3 mln dlrs.",
     [("Acme", "net_profit", "1986", 45.2e6), ("Acme", "net_profit", "1985", 40.3e6)]),
    # "made a net loss", the earlier figure after "after a restated", and the year of the earlier one
    ("Helvor AG made a net loss of 688 mln francs, after a restated 756 mln loss in 1985.",
     [("Helvor", "net_profit", "1986", -688e6), ("Helvor", "net_profit", "1985", -756e6)]),
    ("Cardan SA made a net profit of 1.95 billion francs last year after 1.64 billion in 1985.",
     [("Cardan", "net_profit", "1986", 1.95e9), ("Cardan", "net_profit", "1985", 1.64e9)]),
    # a year after "from" with no figure before it is the results' own
    ("Earnings from Zeta's upstream operations in 1986 were 827 mln dlrs.", [("Zeta", "net_profit", "1986", 827e6)]),
])
def test_results_with_earned_and_prior_periods(text: str, want: list[tuple[str, str, str, float]]) -> None:
    assert sorted(_fins(text)) == sorted(want)


@pytest.mark.parametrize("text", [
    "Remittances exceeding one mln dlrs earned through exports will need approval.",
    "In the year ended November 30, Pat Fashions earned 5,400,000 dlrs pretax.",
    "Zeta Oil earned 154 mln dlrs from exports of goods and services last year.",
])
def test_earned_that_is_no_net_profit(text: str) -> None:
    assert [m for _, m, _, _ in _fins(text) if m == "net_profit"] == []


def test_a_per_cent_of_another_noun_is_no_change_of_the_result() -> None:
    got = _fins("Helvor AG made a net loss of 688 mln francs in 1986 and set a 50 pct capital cut.")
    assert got == [("Helvor", "net_profit", "1986", -688e6)]


@pytest.mark.parametrize("text,want", [
    # a level after "a record low of"
    ("The Bank of Japan kept its official discount rate at a record low of 2.5 pct.", ("Bank of Japan", 0.0, 2.5)),
    # a central bank named "of" its country
    ("The central bank of Brazil raised the overnight rate to 16 pct.", ("Central Bank of Brazil", None, 16.0)),
    # a level set in a tender, with a decimal figure before the rate's name
    ("The Bundesbank set a 3.80 pct rate for its securities repurchase pact, unchanged from the previous tender.",
     ("Bundesbank", 0.0, 3.8)),
])
def test_rate_decisions_in_wire_shapes(text: str, want: tuple[str, float | None, float]) -> None:
    (ev,) = events(text, "rate_decision", "1987-03-10")
    assert (name(ev.get("authority")), ev.get("change"), ev.get("level")) == want


@pytest.mark.parametrize("text,want", [
    # an amount alone, with no per cent in the sentence, is the reading
    ("Japan's trade surplus widened to 4.2 billion dlrs in February.", [("trade_balance", "1987-02", 4.2e9)]),
    ("The U.S. current account deficit widened to 36.84 billion dlrs in the fourth quarter from a revised "
     "34.66 billion dlrs in the third quarter.",
     [("current_account", "1986-Q4", -36.84e9), ("current_account", "1986-Q3", -34.66e9)]),
    # "last year" is the year before the report's
    ("Last year Korea's current account surplus was 4.65 billion dlrs.", [("current_account", "1986", 4.65e9)]),
    # an amount with no period of its own is no reading
    ("The firm, which administers assets of 71.85 billion dlrs, cited the trade surplus.", []),
    # the balance named after its sign, and the year told before the name
    ("Output slowed last year as the deficit in the current account rose to 8.8 billion Canadian dlrs.",
     [("current_account", "1986", -8.8e9)]),
    # the words between the name and its figure give its month, whatever the reading before
    ("The trade deficit was 1.1 billion stg in January. Imports rose in February to 7.16 billion stg.",
     [("trade_balance", "1987-01", -1.1e9), ("imports", "1987-02", 7.16e9)]),
    # "in deficit by": the balance's size
    ("The current account was in deficit by 760 mln stg in the fourth quarter.", [("current_account", "1986-Q4", -7.6e8)]),
    # official reserves are the country's reserves
    ("Official reserves fell 45 billion francs to 375.95 billion at the end of January.",
     [("foreign_exchange_reserves", "1987-01", 375.95e9)]),
    # the year as the balance's adjective, and the sign of the figure's own word
    ("The trade balance showed a 1986 deficit of 3.2 billion crowns.", [("trade_balance", "1986", -3.2e9)]),
    ("The full year 1986 current account surplus was reported last month at 25.8 billion francs.",
     [("current_account", "1986", 25.8e9)]),
    # a level at an annual rate, after "a preliminary"
    ("Construction spending rose in January to an annual rate of 180.7 billion dlrs.",
     [("construction_spending", "1987-01", 180.7e9)]),
    ("The current account deficit rose to a preliminary 34.5 billion crowns in 1986 from 29.1 billion in 1985.",
     [("current_account", "1986", -34.5e9), ("current_account", "1985", -29.1e9)]),
    # a week's reserves with no date of their own are the report's week's
    ("Gross currency reserves rose in the week by 400 mln marks to 109.1 billion.",
     [("foreign_exchange_reserves", "1987-W12", 109.1e9)]),
    # a cause's figure is not the balance's
    ("The smaller deficit on visible trade in the fourth quarter was due to a rise in the surplus on oil of 200 mln stg.", []),
])
def test_an_indicator_stated_as_an_amount(text: str, want: list[tuple[str, str, float]]) -> None:
    got = [(e.get("indicator"), e.get("period"), e.get("value").amount) for e in events(text, "indicator", "1987-03-20")]
    assert got == want


@pytest.mark.parametrize("text,want", [
    # a copula before the figure: a change of prices
    ("French inflation was 0.2 pct in February.", [("cpi", "1987-02", 0.2, None)]),
    ("Its GNP growth for 1986 was a real 2.5 pct.", [("gnp", "1986", 2.5, None)]),
    # a second figure against a year before: the same month's change on the year
    ("Consumer prices in Japan rose 0.1 pct in February, and were down 1.2 pct from a year earlier.",
     [("cpi", "1987-02", 0.1, None), ("cpi", "1987-02", -1.2, "yoy")]),
    ("West German producer prices fell 0.3 pct in February to stand 4.5 pct below their level a year earlier.",
     [("producer_prices", "1987-02", -0.3, None), ("producer_prices", "1987-02", -4.5, "yoy")]),
    # a contraction is a fall
    ("Singapore's gross domestic product grew 1.8 pct in 1986 after a contraction of 1.6 pct in 1985.",
     [("gdp", "1986", 1.8, None), ("gdp", "1985", -1.6, None)]),
])
def test_indicator_changes_in_wire_shapes(text: str, want: list[tuple[str, str, float, str | None]]) -> None:
    got = [(e.get("indicator"), e.get("period"), e.get("change_pct"), e.get("basis"))
           for e in events(text, "indicator", "1987-03-20")]
    assert got == want


def test_a_records_subject_is_no_source_it_cites() -> None:
    # a bank whose survey the clause cites is no subject; with no other name there is no record
    assert events("A Zeta Bank survey showed fund managers' cash holdings hit the highest since 2001.", "record") == []
    (ev,) = events("Bitcoin fell to its lowest level since January, according to Orbit data.", "record")
    assert name(ev.get("subject")) == "Bitcoin"


def test_a_count_metric_with_its_change_and_level_is_one_result() -> None:
    # "Technologies" ends a company's name, never a person's: the company that "said"
    (ev,) = events("Zeta Technologies said monthly active users rose 15% to 319 million.", "financials")
    assert (name(ev.get("subject")), ev.get("metric"), ev.get("change_pct")) == ("Zeta Technologies", "users", 15.0)
    value = ev.get("value")
    assert (value.amount if hasattr(value, "amount") else value) == 319e6


@pytest.mark.parametrize("text,want", [
    # the company after its metric
    ("Revenue at Delta Group climbed 7 percent to 45.6 billion yen in the April-June period.",
     ("Delta Group", "revenue", "2024-Q2", 7.0)),
    ("Net profit at Orbit Holdings fell 12% to 1.2 billion euros in the first half.",
     ("Orbit Holdings", "net_profit", "2024-H1", -12.0)),
    # an analysts' estimate of what a company will report
    ("Analysts polled by LSEG had expected Zeta Motors to report earnings of $1.05 a share.",
     ("Zeta Motors", "eps", None, None)),
])
def test_results_whose_company_is_named_after_the_metric(text: str, want: tuple[str, str, str | None, float | None]) -> None:
    (ev,) = events(text, "financials", "2024-08-10")
    assert (name(ev.get("subject")), ev.get("metric"), ev.get("period"), ev.get("change_pct")) == want


def test_a_product_after_sales_of_is_no_company() -> None:
    assert [name(e.get("subject")) for e in events(
        "U.S. sales of Zentrex will drop to about 240 mln dlrs from 280 mln dlrs, the analyst said.", "financials")] == []


def test_a_name_inside_a_relative_clause_is_no_indicator_of_the_figure() -> None:
    text = ("Retail sales rose 0.3 percent last month. April's gain in retail sales, which make up a third "
            "of consumer spending, was revised to 0.5 percent.")
    got = [(e.get("indicator"), e.get("period"), e.get("change_pct")) for e in events(text, "indicator", "2014-06-12")]
    assert got == [("retail_sales", "2014-05", 0.3), ("retail_sales", "2014-04", 0.5)]


def test_a_ledes_change_and_the_bodys_amount_are_one_result() -> None:
    text = ("Zeta Airways Ltd said full-year profit climbed 89 percent as the company cut costs.\n"
            "Net income increased to A$648.4 million in the year ended June 30, from A$343.5 million a year earlier.")
    got = sorted((e.get("value").amount, e.get("change_pct")) for e in events(text, "financials", "2004-08-19")
                 if e.get("metric") == "net_profit")
    assert got == [(343.5e6, None), (648.4e6, 89.0)]


def test_a_change_from_a_base_is_not_merged_with_the_base() -> None:
    # "from the year-earlier 104.9 mln dlrs": the amount is the base of the change, in the same sentence
    text = "Gruen Watch Corp said sales fell about 10 pct from the year-earlier 104.9 mln dlrs."
    got = [(e.get("value"), e.get("change_pct")) for e in events(text, "financials", "1987-03-10")]
    assert (None, -10.0) in got


def test_a_figure_after_the_verb_that_follows_an_aside_is_no_result() -> None:
    # the dividend is named in an aside; "fell 9 marks" is the bank's share price
    assert _fins("Zeta Bank, due to report its dividend later today, fell 9 marks to 356.") == []
    # a metric before its own verb keeps its figure
    assert _fins("Zeta Bank said its dividend rose to 9 marks from 8 marks.")[0][1:] == ("dividend", None, 9.0)


def test_banks_listed_after_a_move_named_by_a_participle_and_a_bank_that_followed_suit() -> None:
    text = ("Orlan Bank said it raised its prime rate to 7-3/4 pct from 7-1/2 pct. "
            "Among other banks raising their prime rate to 7-3/4 pct were Velm Trust, Harlow Bank and Quist Bank. "
            "Dunmore National Bank followed suit.")
    got = [(name(e.get("authority")), e.get("change"), e.get("level")) for e in events(text, "rate_decision")]
    assert got == [(n, 0.25, 7.75) for n in ("Orlan Bank", "Velm Trust", "Harlow Bank", "Quist Bank",
                                              "Dunmore National Bank")]


def test_ebit_is_an_operating_profit_and_an_estimate_after_against_is_a_forecast() -> None:
    text = "Zeta Ltd said EBIT grew 8.8% to Rs 8,288 crore against Rs 7,621 crore (Estimate: Rs 8,024.6 crore)."
    got = [(e.get("metric"), e.get("status"), round(e.get("value").amount / 1e7, 1)) for e in events(text, "financials")]
    assert got == [("operating_profit", "actual", 8288.0), ("operating_profit", "actual", 7621.0),
                   ("operating_profit", "forecast", 8024.6)]
    text = "Zeta Corp said sales for the quarter were 9.9 trillion won, against estimates of 10.3 trillion won."
    got = [(e.get("metric"), e.get("status")) for e in events(text, "financials")]
    assert got == [("revenue", "actual"), ("revenue", "forecast")]


def test_a_forecast_is_of_the_newest_period_not_of_the_earlier_reading_after_it() -> None:
    text = ("Norland's retail sales rose 0.3 percent last month, the statistics office said. April's gain was "
            "revised to 0.5 percent. Economists had expected sales to rise 0.6 percent after the 0.1 percent April "
            "increase that was first reported.")
    got = [(e.get("period"), e.get("change_pct"), e.get("status")) for e in events(text, "indicator", date="2014-06-12")]
    assert ("2014-05", 0.6, "forecast") in got and ("2014-04", 0.6, "forecast") not in got


@pytest.mark.parametrize(("text", "want"), [
    # the month before "when" is the earlier figure's; the month a change is measured from is its base
    ("Norland's M3 money supply rose 3.6 pct to 280.36 billion dlrs from December when it was up 3.4 pct "
     "from November.", [("1987-01", 3.6), ("1986-12", 3.4)]),
    # an index's base year or month is no period
    ("The adjusted February shipment index (base 1980) rose 0.7 pct to 118.5 from January when it fell 0.7 pct "
     "from December.", [("1987-02", 0.7), ("1987-01", -0.7)]),
])
def test_the_months_of_a_change_and_of_its_base(text: str, want: list[tuple[str, float]]) -> None:
    got = [(e.get("period"), e.get("change_pct")) for e in events(text, "indicator", date="1987-03-03")]
    assert got == want


def test_an_index_base_is_no_period_and_a_month_before_the_name_is() -> None:
    (ev,) = events("The February retail price index was set at 100.4, base January 1987.", "indicator",
                   date="1987-03-20")
    assert ev.get("period") == "1987-02"


def test_a_month_of_the_next_noun_phrase_is_not_the_figures() -> None:
    text = ("Norland's consumer price index rose 5.02% in September. "
            "Economists had predicted a CPI of 5.5% and an August industrial output of 9.5%.")
    got = [(e.get("indicator"), e.get("period"), e.get("status")) for e in events(text, "indicator", date="2023-10-12")]
    assert ("cpi", "2023-09", "forecast") in got


def test_a_records_yardstick_is_not_the_priors_period() -> None:
    text = ("Continuing claims dropped 91,000 to 2.78 million in the week ended Nov. 16. "
            "The insured unemployment rate fell to 2.1 percent from 2.2 percent, the lowest since September.")
    got = [(e.get("period"), e.get("value")) for e in events(text, "indicator", date="2013-11-27")
           if e.get("indicator") == "insured_unemployment_rate"]
    assert [p for p, _ in got] == ["2013-W46", "2013-W45"]


def test_a_noun_of_fall_after_a_basis_word_makes_the_figure_negative() -> None:
    text = ("Norland's adjusted February index of finished goods fell 1.3 pct to 104.5 from January. "
            "The unadjusted index fell 3.5 pct from a year earlier after a 2.3 pct year-on-year drop in January.")
    got = [(e.get("period"), e.get("change_pct")) for e in events(text, "indicator", date="1987-03-27")]
    assert ("1987-01", -2.3) in got


@pytest.mark.parametrize("text,want", [
    # an aside between the verb and its figure does not give the sign
    ("Norland's industrial production index fell, largely as a result of the rising Norland crown, by 8.18 pct "
     "in May.", [("2024-05", -8.18)]),
    # the verb after "after" gives the earlier period's sign
    ("Norland's retail sales rose 0.8 pct in May after falling 3.0 pct in April.", [("2024-05", 0.8), ("2024-04", -3.0)]),
    ("Norland's retail sales rose 0.8 pct in May. It was the first rise after dropping nine pct in April.",
     [("2024-05", 0.8), ("2024-04", -9.0)]),
])
def test_the_sign_of_an_indicators_change(text: str, want: list[tuple[str, float]]) -> None:
    assert [(e.get("period"), e.get("change_pct")) for e in events(text, "indicator")] == want


@pytest.mark.parametrize("text,date,want", [
    # crowns are the crown of the one country the article names
    ("Norland's trade surplus was 500 mln crowns in May. Sweden's central bank said so.", "2024-06-12",
     [("trade_balance", "2024-05", 500e6, "SEK")]),
    ("Norway's trade deficit widened in February to 957 mln crowns from 80 mln crowns in January.", "1987-03-16",
     [("trade_balance", "1987-02", -957e6, "NOK"), ("trade_balance", "1987-01", -80e6, "NOK")]),
    ("The Netherlands recorded a trade surplus of 1.2 billion guilders in January.", "1987-03-16",
     [("trade_balance", "1987-01", 1.2e9, "NLG")]),
    # the balance of payments on current account "showed a deficit of"
    ("Sweden's balance of payments on current account showed a deficit of 500 mln crowns in January.", "1987-03-31",
     [("current_account", "1987-01", -500e6, "SEK")]),
    # reserves are an amount: its day, its dollar named before, a bare amount in the clause's currency
    ("Norland's foreign exchange reserves hit a new high of more than 51 billion U.S. dlrs on March 4, compared "
     "with 50 billion in mid-February.", "1987-03-05",
     [("foreign_exchange_reserves", "1987-03-04", 51e9, "USD"), ("foreign_exchange_reserves", "1987-02", 50e9, "USD")]),
    ("Canadian foreign reserve holdings rose 1.23 billion U.S. dlrs in March to 7.77 billion dlrs.", "1987-04-03",
     [("foreign_exchange_reserves", "1987-03", 7.77e9, "USD")]),
    ("West German net currency reserves rose by 300 mln marks in March to 82.0 billion.", "1987-04-03",
     [("foreign_exchange_reserves", "1987-03", 82e9, "DEM")]),
    ("Norland's foreign reserves will rise to at least five billion dlrs by end-1987, the bank expects.", "1987-03-02",
     [("foreign_exchange_reserves", "1987", 5e9, "USD")]),
])
def test_an_amount_indicator_in_its_currency(text: str, date: str, want: list[tuple[str, str, float, str]]) -> None:
    got = [(e.get("indicator"), e.get("period"), e.get("value").amount, e.get("value").currency)
           for e in events(text, "indicator", date)]
    assert got == want


@pytest.mark.parametrize("text,date,want", [
    # a level passed for the first time (ever: no look-back; "in 18 months": one)
    ("Zeta Gold broke through the US$5,200 mark for the first time on Jan 28.", "2026-01-28",
     [("Zeta Gold", "highest", None)]),
    ("The Dow closed above 10,000 for the first time in 18 months.", "2003-12-30", [("Dow", "highest", "2002-06")]),
    # "the highest daytime close since", "a year-to-date high"
    ("The Velmar index closed at 1,484.1, the highest daytime close since Apr. 9.", "2025-12-23",
     [("Velmar", "highest", "2025-04")]),
    ("Zeta Systems shares hit a year-to-date high at midday.", "2019-12-18", [("Zeta Systems", "highest", "2019-01")]),
    # the name a clause after the move opens with is the record's
    ("Zeta Gold rose 3 per cent, as the US dollar slumped to a four-year low.", "2026-01-28",
     [("US dollar", "lowest", "2022-01")]),
])
def test_records_in_other_words(text: str, date: str, want: list[tuple[str, str, str | None]]) -> None:
    got = [(e.get("subject").mention, e.get("extreme"), e.get("since")) for e in events(text, "record", date)]
    assert [(w[0] in g[0] or g[0] in w[0], g[1], g[2]) for g, w in zip(got, want, strict=True)] == \
        [(True, w[1], w[2]) for w in want]


def test_readings_carried_to_the_next_sentence_and_an_unchanged_reading() -> None:
    text = ("Sweden's manufacturing PMI dropped to a three-month low of 49.2 in May. The reading, which was "
            "compiled by a data firm, was down from 49.4 in April and 49.7 in March. Sweden's services PMI "
            "stood at 50.1 last month, unchanged from April.")
    got = [(e.get("indicator"), e.get("period"), e.get("value"), e.get("change_pct"))
           for e in events(text, "indicator", "2016-06-01")]
    assert got == [("manufacturing_pmi", "2016-05", 49.2, None), ("manufacturing_pmi", "2016-04", 49.4, None),
                   ("manufacturing_pmi", "2016-03", 49.7, None), ("services_pmi", "2016-05", 50.1, 0.0),
                   ("services_pmi", "2016-04", 50.1, None)]


def test_a_confidence_survey_with_no_month_is_the_reports_month() -> None:
    (ev,) = events("The latest Velmar Institute index of consumer confidence showed a fall of 1.6 per cent.",
                   "indicator", "2005-10-12")
    assert (ev.get("indicator"), ev.get("period"), ev.get("change_pct")) == ("consumer_confidence", "2005-10", -1.6)


@pytest.mark.parametrize("text", [
    "Zeta Foods Plc said it was making an increased and final offer for the Velmar Group Plc. It said in a statement "
    "the terms of the offer will be 13 new Zeta shares for every five Velmar shares, valuing each Velmar share at 829p.",
    "Zeta Foods Plc launched a 151.4 mln stg bid for Velmar. The offer, of 13 new Zeta Foods shares for every 20 "
    "Velmar shares, valued each Velmar share at 829p.",
])
def test_the_terms_of_an_offer_told_after_who_bids_for_whom(text: str) -> None:
    (ev,) = [e for e in events(text, "tender_offer", "1987-04-02") if e.get("price_per_share")]
    assert (name(ev.get("acquirer")), name(ev.get("target"))) == ("Zeta Foods", "Velmar")
    assert (ev.get("price_per_share").amount, ev.get("price_per_share").currency) == (8.29, "GBP")


def test_a_straight_losing_week() -> None:
    (ev,) = events("It was the Velmar index's fourth straight losing week.", "streak")
    assert (ev.get("direction"), ev.get("count"), ev.get("unit")) == ("down", 4, "week")


@pytest.mark.parametrize("text,want", [
    # "down from" and "up from" name the prior's level: its sign is its own, not the adverb's
    ("BEIJING - The official GDP figures show growth slowed to 6.9% y/y in Q3, down from 7.0% y/y in Q2.",
     [("2015-Q3", 6.9), ("2015-Q2", 7.0)]),
    ("ROME - These factors helped Italy cut inflation to an average 6.3 pct in 2014, down from 9.3 pct in 2013.",
     [("2014", 6.3), ("2013", 9.3)]),
    # "grow" is a verb of rise; "should" a forecast's word
    ("PARIS - French gross domestic product should grow by 2.3 pct in 2016 after two pct in 2015.",
     [("2016", 2.3), ("2015", 2.0)]),
])
def test_an_indicators_readings_keep_their_sign(text: str, want: list[tuple[str, float]]) -> None:
    got = [(e.get("period"), e.get("change_pct")) for e in events(text, "indicator", "2015-10-19")]
    assert got == want


def test_should_grow_is_a_forecast() -> None:
    (first, _) = events("PARIS - French gross domestic product should grow by 2.3 pct in 2016 after two pct in 2015.",
                        "indicator", "2015-10-19")
    assert first.get("status") == "forecast" and first.get("source") is None


def test_a_rate_at_its_extreme_is_a_reading() -> None:
    (e,) = [x for x in events("WASHINGTON - Employers added 223,000 jobs in June and the unemployment rate fell to a "
                              "seven-year low of 5.3%.", "indicator", "2015-07-03") if x.get("indicator") == "unemployment_rate"]
    assert (e.get("value"), e.get("change_pct")) == (5.3, None)


def test_a_companys_sales_are_no_economys() -> None:
    text = "DETROIT (Reuters) - Velmar Motors said that retail sales of its SUV models rose almost 83% in the first half."
    assert events(text, "indicator", "2015-07-03") == []
    (f,) = events(text, "financials", "2015-07-03")
    assert name(f.get("subject")) == "Velmar Motors"


def test_a_listing_never_names_a_line_abroad() -> None:
    text = ("NEW YORK - Ferrari closed 6% above the IPO price at $55.10. Jo Mahony, IG market analyst, said the "
            "company's debut was the main event.")
    (ev,) = events(text, "listing", "2015-10-21")
    assert name(ev.get("subject")) == "Ferrari" and not (ev.get("subject").id or "").endswith(".DE")


@pytest.mark.parametrize("text,want", [
    # a passive decision the country's central bank made, and its size from the level before
    ("ROME - Italy today announced that its official discount rate would be cut to 11.5 pct from 12 pct effective "
     "tomorrow.", [("Bank of Italy", "official discount rate", -0.5, 11.5)]),
    ("PARIS - The Bank of France said on Monday its intervention rate was cut last week to 7-3/4 pct from eight pct.",
     [("Bank of France", "intervention rate", -0.25, 7.75)]),
    # banks listed after the noun of their move, the rate named "prime" alone
    ("NEW YORK - Other banks raising their prime to 7-3/4 pct included Velmar Bank, Zeta Financial and First Qorvix.",
     [("Velmar Bank", "prime rate", None, 7.75), ("Zeta Financial", "prime rate", None, 7.75),
      ("First Qorvix", "prime rate", None, 7.75)]),
    ("NEW YORK - Prime rate increases to 7-3/4 pct were also announced by Velmar Trust and Zeta Bank.",
     [("Velmar Trust", "prime rate", None, 7.75), ("Zeta Bank", "prime rate", None, 7.75)]),
])
def test_rate_decisions_told_passively_or_as_lists(text: str, want: list[tuple[Any, ...]]) -> None:
    got = [(name(e.get("authority")), e.get("rate"), e.get("change"), e.get("level"))
           for e in events(text, "rate_decision", "1987-03-31")]
    assert got == want


def test_a_view_that_rates_will_be_cut_is_no_decision() -> None:
    assert events("LONDON - Analysts expect base rates will be cut to 9-1/2 pct.", "rate_decision", "1987-03-31") == []


@pytest.mark.parametrize("text", [
    # a wire's note of the rate it converted at; a market's weekly loss; funds that are non-profit
    "BANGKOK - The company said its quarterly loss narrowed. ($1 = 35.5200 baht)",
    "SYDNEY - The index ended its biggest weekly loss in nine months, 3.9 percent.",
    "LONDON - The council represents 30 non-profit super funds managing about $400 billion.",
    # a clause with a name of its own and a price: that name's move, not the metric's figure
    "NEW YORK - Velmar Express fell 2.5 percent to $77.01 after its revenue missed expectations, while "
    "diversified manufacturer Zeta Corp was down 3.8 percent at $149.50.",
])
def test_no_company_results_in(text: str) -> None:
    assert events(text, "financials", "2015-07-24") == []


def test_earnings_before_interest_and_taxes_are_an_operating_profit() -> None:
    (f,) = events("DETROIT - Velmar Motors posted a record adjusted EBIT (earnings before interest and taxes) of "
                  "$2.8 billion.", "financials", "2015-07-24")
    assert (f.get("metric"), f.get("value").amount) == ("operating_profit", 2.8e9)


def test_a_first_close_above_a_mark_since_a_month_is_a_record() -> None:
    text = ("NEW YORK - The Dow Jones Industrial Average increased 454.84 points to 29,100.50. It was also the "
            "blue-chip index's first close above 29,000 since February.")
    (r,) = events(text, "record", "2020-09-02")
    assert (name(r.get("subject")), r.get("extreme"), r.get("since")) == ("Dow Jones Industrial Average", "highest", "2020-02")


@pytest.mark.parametrize("text,want", [
    ("SEOUL - South Korea's exports fell 15.2 percent in May from a year earlier to $52.2 billion.",
     ("2023-05", -15.2, 52.2e9)),
    ("WASHINGTON - The U.S. trade deficit rose 23.0 percent to $74.6 billion in April.", ("2023-04", 23.0, -74.6e9)),
    ("WELLINGTON - New Zealand's consumer price index rose 1.2 percent in the three months to March 31.",
     ("2023-Q1", 1.2, None)),
])
def test_an_indicators_change_its_amount_and_quarter(text: str, want: tuple[Any, ...]) -> None:
    e = events(text, "indicator", "2023-06-12")[0]
    v = e.get("value")
    assert (e.get("period"), e.get("change_pct"), v.amount if v is not None else None) == want


def test_a_straight_month_is_no_monthly_basis() -> None:
    (e,) = events("MANILA - Philippine inflation slowed for a fourth straight month to 6.1 percent in May.",
                  "indicator", "2023-06-12")
    assert e.get("basis") is None


def test_an_amount_keeps_no_float_noise() -> None:
    from marketfacts.quantities import find_quantities
    (q,) = find_quantities("a deficit of 16.4 billion pounds")
    assert q.value == 16.4e9


def test_a_name_and_a_verb_of_its_price_after_a_metric_is_a_move() -> None:
    text = ("LONDON - Shares in Velmar rose 3.2 percent after the lender reported better-than-expected profits, "
            "while Lloyds Banking Group added 1.1 percent.")
    assert events(text, "financials", "2023-05-12") == []
    assert [(m.subject.id, m.change_pct) for m in marketfacts.read(text, date="2023-05-12").moves][-1] == ("LLOY.L", 1.1)


def _ind_rows(text: str) -> list[tuple[str, str | None, float | None, float | None, str]]:
    return [(ev.get("indicator"), ev.get("period"), ev.get("change_pct"), ev.get("value"), ev.get("status"))
            for ev in events(text, "indicator", "2024-05-14")]


def test_a_forecast_after_a_comma_does_not_turn_the_reading() -> None:
    text = "Harland's consumer prices rose 0.3% in April, below the 0.4% forecast by economists polled by a wire."
    assert [r[2] for r in _ind_rows(text)] == [0.3, 0.4]


def test_a_rate_held_steady_at_a_level_is_that_reading() -> None:
    assert _ind_rows("Euro zone inflation held steady at 2.4% in April, Eurostat said.") == [
        ("cpi", "2024-04", 2.4, None, "actual")]
    # an earlier reading "from" a level is a level too, not a fall
    assert _ind_rows("India's retail inflation eased to 4.83% in April from 4.85% in March.") == [
        ("cpi", "2024-04", 4.83, None, "actual"), ("cpi", "2024-03", 4.85, None, "actual")]


def test_a_reading_with_no_figure_and_the_wider_vocabulary() -> None:
    assert _ind_rows("Industrial production was unchanged in April, the Fed said.") == [
        ("industrial_production", "2024-04", 0.0, None, "actual")]
    assert _ind_rows("German industrial orders fell 0.4% in March from the previous month.")[0][:3] == (
        "factory_orders", "2024-03", -0.4)
    assert _ind_rows("China's factory-gate prices fell 2.5% year-on-year in April.")[0][:3] == (
        "producer_prices", "2024-04", -2.5)


def test_a_quarter_named_by_its_months_and_an_annualised_rate() -> None:
    (ev,) = events("Japan's economy shrank an annualised 2.0% in January-March, government data showed.", "indicator",
                   "2024-05-14")
    assert (ev.get("period"), ev.get("change_pct"), ev.get("basis")) == ("2024-Q1", -2.0, "qoq_annualised")


def test_a_reading_stated_with_was_or_averaged_and_a_part_of_a_month() -> None:
    assert _ind_rows("South Korea's unemployment rate was 2.8% in April.") == [
        ("unemployment_rate", "2024-04", None, 2.8, "actual")]
    # a change stated with "was ... lower" keeps its sign
    assert [r[2] for r in _ind_rows("Harland's GDP was 2.1% lower than a year earlier.")] == [-2.1]
    assert _ind_rows("The University of Michigan's consumer sentiment index dropped to 67.4 in early May from "
                     "77.2 in April.") == [("consumer_sentiment", "2024-05", None, 67.4, "actual"),
                                            ("consumer_sentiment", "2024-04", None, 77.2, "actual")]


def test_a_loss_per_share_after_an_amount_in_decimals_is_negative_and_a_declared_dividend() -> None:
    evs = events("Harlow Corp reported a first-quarter loss of 4.2 mln dlrs, or 31 cts a share.", "financials")
    assert {(ev.get("metric"), ev.get("value").amount) for ev in evs} == {("net_profit", -4200000.0), ("eps", -0.31)}
    (ev,) = events("Harlow Corp declared a quarterly dividend of 25 cents per share, up 4%.", "financials")
    assert (ev.get("metric"), ev.get("value").amount, ev.get("change_pct")) == ("dividend", 0.25, 4.0)


def test_a_companys_record_results() -> None:
    (ev,) = events("Harlow Corp posted record quarterly revenue of $4.6 billion.", "record")
    assert (ev.get("subject").name, ev.get("extreme"), ev.get("since")) == ("Harlow", "highest", None)
    assert [e.get("extreme") for e in events("Harlow Corp said revenue rose 12% to a record $5 billion.", "record")] == ["highest"]
    # what it expects, and a record it is measured against, are not records of its own
    assert events("Harlow Corp said it expects to have record fourth-quarter earnings.", "record") == []


def test_stances_of_more_regulators_warnings_and_tariffs() -> None:
    (ev,) = events("Sebi approved the open offer for Harland Media.", "policy")
    assert (ev.get("authority").name, ev.get("stance")) == ("Securities and Exchange Board of India", "approval")
    (ev,) = events("Chinese regulators warned investors against speculative crypto trading.", "policy")
    assert ev.get("stance") == "warn"
    (ev,) = events("Wall Street fell after President Donald Trump imposed tariffs of 25% on imports from Canada.",
                   "policy", "2025-03-04")
    assert (ev.get("authority").name, ev.get("stance")) == ("United States", "tariff")
    # a firm's prices are no central bank's easing
    assert events("MCI asked the FCC to deregulate its rival rather than cut rates.", "policy") == []


def test_meetings_named_by_month_review_agm_and_meets() -> None:
    def meet(text: str, date: str) -> list[tuple[list[str], str | None]]:
        return [([o.name for o in ev.get("organisations")], ev.get("date")) for ev in events(text, "meeting", date)]

    assert meet("The Fed could cut rates again, perhaps at its May meeting.", "2001-03-20") == [
        (["Federal Reserve"], "2001-05")]
    assert meet("The Bank of Japan will hold a two-day policy review this week.", "2016-06-14") == [
        (["Bank of Japan"], "2016-06-13/2016-06-19")]
    assert meet("Harlow Airways holds its AGM in Canberra tomorrow.", "2005-10-12") == [(["Harlow Airways"], "2005-10-13")]
    assert meet("The Federal Reserve meets on June 14-15.", "2016-06-10") == [
        (["Federal Reserve"], "2016-06-14/2016-06-15")]
    assert meet("The bank's credit review found no problems.", "2016-06-10") == []


@pytest.mark.parametrize("text,want", [
    # the move as a noun, the banks after "by", the list ending where the names do
    ("Quarter-point prime rate increases to 7-3/4 pct by Orlan Bank and Velm Trust today will be followed "
     "by other banks.", [("Orlan Bank", 0.25, 7.75), ("Velm Trust", 0.25, 7.75)]),
    ("Most banks matched the quarter-point prime rate increases to 8 pct by Dunmore Bank and Pell Federal, "
     "the first rises in a year.", [("Dunmore Bank", 0.25, 8.0), ("Pell Federal", 0.25, 8.0)]),
    # a move told before, its figures elsewhere: no decision of its own here
    ("Most banks matched Tuesday's prime rate cuts by Dunmore Bank and Pell Federal, the first in a year.", []),
])
def test_bank_rate_noun_by_a_list(text: str, want: list[tuple[str, float, float]]) -> None:
    got = [(name(ev.get("authority")), ev.get("change"), ev.get("level"))
           for ev in events(text, "rate_decision", "1987-04-02")]
    assert got == want
    # the measure opening the sentence is not a name that moved
    assert not [f for f in marketfacts.read(text, date="1987-04-02").facts if f.kind == "move"]


@pytest.mark.parametrize("text,want", [
    # one verb, a second rate with the level it came from
    ("The Bundesbank cut its discount rate by half a point to three pct and its Lombard rate to five pct "
     "from 5-1/2 pct.", [("discount rate", -0.5, 3.0), ("Lombard rate", -0.5, 5.0)]),
    # levels listed after one decision, none with its own prior: the one decision
    ("The Riksbank cut its deposit rate to 2.75 pct, its refinancing rate to 2.9 pct and the lending rate "
     "to 3.15 pct.", [("deposit rate", None, 2.75)]),
])
def test_second_rate_of_one_verb(text: str, want: list[tuple[str, float | None, float]]) -> None:
    got = [(ev.get("rate"), ev.get("change"), ev.get("level")) for ev in events(text, "rate_decision", "1987-04-02")]
    assert got == want


def test_level_told_later_belongs_to_the_changes_of_its_period() -> None:
    text = ("Norland's consumer price index rose 0.6 pct in February, to give a year-on-year rise of 4.2 pct. "
            "The February index was set at 112.3, base 1980.")
    got = [(e.get("period"), e.get("change_pct"), e.get("basis"), e.get("value"))
           for e in events(text, "indicator", "1987-03-20")]
    assert got == [("1987-02", 0.6, None, 112.3), ("1987-02", 4.2, "yoy", 112.3)]


@pytest.mark.parametrize("text", [
    # a part's level is not the whole's
    "Norland's M-1 money supply rose 3.7 pct in December. The demand deposit component of M-1 increased to "
    "4.79 billion dlrs in December.",
    "Norland's imports rose 21.2 pct in 1986. Imports from the EC in 1986 totalled 830.2 billion crowns.",
])
def test_level_of_a_part_stays_apart(text: str) -> None:
    assert all(e.get("value") is None for e in events(text, "indicator", "1987-03-20") if e.get("change_pct") is not None)


def test_year_on_year_fall_after_the_months_change() -> None:
    text = "Norland's wholesale price index fell 0.5 pct in February, giving a year-on-year fall of 4.9 pct."
    got = [(e.get("change_pct"), e.get("basis")) for e in events(text, "indicator", "1987-03-20")]
    assert (-4.9, "yoy") in got and (-0.5, None) in got


@pytest.mark.parametrize("text,want", [
    # no country named, no market: the country whose own currency the amounts are in
    ("Exports fell to around 18.9 billion baht in February from 20.4 billion in January, the bank said.",
     "Thailand"),
    ("The trade deficit widened to 1.2 billion escudos in 1986, the institute said.", "Portugal"),
    # dollars are many countries' unit of account: no country from them
    ("Imports rose 5.2 pct to 4.1 billion dlrs in February, the ministry said.", None),
])
def test_indicator_country_from_its_currency(text: str, want: str | None) -> None:
    got = [name(e.get("subject")) for e in events(text, "indicator", "1987-03-20")]
    assert got and set(got) == {want}


@pytest.mark.parametrize("text,want", [
    # "cut" as a noun in someone else's view: no decision
    ("The Bank of France is expected to signal easier money by announcing a quarter point cut in its "
     "intervention rate, which has stood at eight pct since January 2.", []),
    # the change said right after the rate, with no "by"
    ("Orlan Bank Plc said it has cut its base lending rate 0.5 pct to 10.5 pct.", [("Orlan Bank", -0.5, 10.5)]),
    # the change in per cent after "by", and a country's initials between "its" and the rate
    ("<Orlan Bank of Canada> said it is raising its U.S. base lending rate by 1/4 pct to 8-1/4 pct.",
     [("Orlan Bank of Canada", 0.25, 8.25)]),
    # a name that opens with "National": the whole name
    ("National Orlan Bank Plc said it has cut its base lending rate to 10.5 pct from 11 pct.",
     [("National Orlan Bank", -0.5, 10.5)]),
    # one decision read as a verb and as a noun: once
    ("The cut was followed by Orlan Bank which announced a half-point cut in their base rates to 10 pct.",
     [("Orlan Bank", -0.5, 10.0)]),
])
def test_rate_decision_views_names_and_doubles(text: str, want: list[tuple[str, float, float]]) -> None:
    got = [(name(ev.get("authority")), ev.get("change"), ev.get("level")) for ev in events(text, "rate_decision", "1987-03-10")]
    assert got == want


def test_housing_report_readings_revisions_and_forecast() -> None:
    text = ("WASHINGTON - Housing starts rose 5.9 percent to a seasonally adjusted annual rate of 1.772 million "
            "units in September, the Commerce Department said. August starts were revised to 1.673 million units. "
            "Economists had expected starts to fall to 1.65 million units. Single-family home starts rose 4.7 "
            "percent to 1.402 million units.")
    got = [(e.get("period"), e.get("change_pct"), e.get("value"), e.get("status"))
           for e in events(text, "indicator", "2006-10-18")]
    assert ("2006-09", 5.9, 1772000.0, "actual") in got
    assert ("2006-08", None, 1673000.0, "actual") in got
    assert ("2006-09", None, 1650000.0, "forecast") in got
    assert ("2006-09", 4.7, 1402000.0, "actual") in got


def test_gdp_forecast_named_by_its_noun_and_a_prior_expansion() -> None:
    text = ("TOKYO - Norland's economy shrank an annualized 2.1 percent in the July-September quarter, worse than "
            "the 0.4 percent contraction expected by economists. On a quarter-on-quarter basis, gross domestic "
            "product fell 0.5 percent, after a revised 1.1 percent expansion in the previous quarter. Private "
            "consumption slipped 0.04 percent.")
    got = [(e.get("indicator"), e.get("period"), e.get("change_pct"), e.get("status"))
           for e in events(text, "indicator", "2023-11-15")]
    assert ("gdp", "2023-Q3", -0.4, "forecast") in got
    assert ("gdp", "2023-Q2", 1.1, "actual") in got  # an expansion is growth, whatever the verb before
    assert ("private_consumption", "2023-Q3", -0.04, "actual") in got


@pytest.mark.parametrize("text,want", [
    ("The retail prices index rose to 3.9 percent in September.", "rpi"),
    ("Producer output prices rose 2.8 percent on the year in September.", "producer_prices"),
])
def test_price_index_names_as_written(text: str, want: str) -> None:
    assert [e.get("indicator") for e in events("LONDON - " + text, "indicator", "2017-10-17")] == [want]


def test_central_bank_second_rate_by_ellipsis_and_a_ratio_kept() -> None:
    text = ("The Reserve Bank of India raised its key lending rate, the repo rate, by 50 basis points to 8 "
            "percent, and the reverse repo rate to 7 percent. It kept the cash reserve ratio unchanged at 6 percent.")
    got = [(e.get("rate"), e.get("change"), e.get("level")) for e in events(text, "rate_decision", "2011-07-26")]
    assert ("reverse repo rate", 0.5, 7.0) in got and ("cash reserve ratio", 0.0, 6.0) in got


def test_forecasts_of_an_amount_and_of_a_decline_said_apart() -> None:
    text = ("BEIJING - China's trade surplus widened to $40.81 billion in May. Analysts had expected a surplus "
            "of $47.55 billion.")
    got = [(e.get("indicator"), e.get("status"), e.get("value")) for e in events(text, "indicator", "2017-06-08")]
    assert ("trade_balance", "forecast", 47.55e9) in [(i, st, v.amount if v is not None else None) for i, st, v in got]
    text = ("TOKYO - Japan's gross domestic product contracted 0.5 percent in the third quarter, missing "
            "expectations for a decline of 0.1 percent, following the 1.1 percent expansion in the three months "
            "prior.")
    got2 = [(e.get("period"), e.get("change_pct"), e.get("status")) for e in events(text, "indicator", "2023-11-15")]
    assert ("2023-Q3", -0.1, "forecast") in got2 and ("2023-Q2", 1.1, "actual") in got2


def test_prices_alone_after_a_price_index_are_its() -> None:
    text = ("LONDON - UK consumer price inflation rose to 3.0% in the year to September, the statistics office "
            "said. On the month, prices rose 0.3%.")
    got = [(e.get("indicator"), e.get("change_pct")) for e in events(text, "indicator", "2017-10-17")]
    assert ("cpi", 0.3) in got


def test_release_style_level_then_change_on_a_named_base() -> None:
    text = ("Privately-owned housing starts in September were at a seasonally adjusted annual rate of 1,772,000. "
            "This is 5.9 percent above the revised August estimate of 1,673,000, but is 17.9 percent below the "
            "September 2005 rate of 2,158,000.")
    got = [(e.get("period"), e.get("change_pct"), e.get("basis"), e.get("value"))
           for e in events(text, "indicator", "2006-10-18")]
    assert ("2006-09", 5.9, "mom", 1772000.0) in got
    assert ("2006-09", -17.9, "yoy", 1772000.0) in got
    assert ("2006-08", None, None, 1673000.0) in got and ("2005-09", None, None, 2158000.0) in got
    assert not [g for g in got if g[1] is None and g[0] == "2006-09"]  # the level is the changes', not apart


@pytest.mark.parametrize("text,want", [
    ("Zeta Corp agreed to buy Velmar Inc for $196 per share in cash, a deal valued at $26.2 billion.",
     ("Zeta", "Velmar", 196.0)),
    ("Zeta Corp will pay $196 a share for Velmar, a 50 percent premium to Friday's close.", ("Zeta", "Velmar", 196.0)),
    ("Qorvix said it would buy all outstanding shares of Zeta Dome for 1,300 yen apiece.", ("Qorvix", "Zeta Dome", 1300.0)),
])
def test_a_purchase_at_a_price_a_share_is_an_offer(text: str, want: tuple[str, str, float]) -> None:
    (ev,) = events(text, "tender_offer", "2016-06-13")
    assert (name(ev.get("acquirer")), name(ev.get("target")), ev.get("price_per_share").amount) == want


@pytest.mark.parametrize("text", [
    # told by its total or stake only: a deal, maybe for a unit or a private firm, not read as an offer
    "Zeta Corp said it agreed to buy an 80 pct stake in Velmar Enterprises of Toronto for 14 mln dlrs in stock.",
    "Zeta Corp said it agreed to acquire the 50 pct interest it does not own in the Krell gold property.",
    # a price a share told before the purchase is another's
    "Earnings will be 40 cts a share, he said, after Zeta agreed to buy Velmar from Orlan Corp.",
])
def test_a_purchase_without_its_price_a_share_is_no_offer(text: str) -> None:
    assert events(text, "tender_offer", "1987-03-10") == []


@pytest.mark.parametrize("text,want", [
    ("FRANKFURT - The Qorvix 40 closed at 15,744.67 points, its fifth gain in a row.", [("up", 5, "day")]),
    ("FRANKFURT - The Qorvix 40 closed at 15,744.67 points, a third straight decline.", [("down", 3, "day")]),
    # gains counted, not a run of them
    ("FRANKFURT - The Qorvix 40 posted its fifth gain for the year.", []),
])
def test_a_days_move_counted_in_a_row(text: str, want: list[tuple[str, int, str]]) -> None:
    got = [(e.get("direction"), e.get("count"), e.get("unit")) for e in events(text, "streak", "2021-08-05")]
    assert got == want


def test_best_annual_performance_is_a_years() -> None:
    text = "Gold is up more than 70% this year, its best annual performance since 1979."
    (ev,) = [e for e in events(text, "record", "2025-12-24") if e.get("extreme") == "best"]
    assert (ev.get("period"), ev.get("since")) == ("year", "1979")


@pytest.mark.parametrize("text,want", [
    # analysts' figure named after it: a forecast, not the company's own
    ("TOKYO - Zeta Corp forecast a net profit of 50 billion yen for the year, well below the 126 billion yen "
     "analysts had expected.", ("net_profit", "forecast", 126e9)),
    ("NEW YORK - Zeta reported earnings per share of 91 cents, above the 75 cents analysts had expected.",
     ("eps", "forecast", 0.75)),
])
def test_analysts_figure_after_the_companys(text: str, want: tuple[str, str, float]) -> None:
    got = [(e.get("metric"), e.get("status"), e.get("value").amount) for e in events(text, "financials", "2016-06-13")]
    assert want in got


def test_a_margin_range_with_its_low_bound_bare() -> None:
    text = "FRANKFURT - Zeta AG expects an operating margin of 17 to 19 percent this year."
    (ev,) = events(text, "financials", "2022-09-30")
    value = ev.to_dict()["value"]
    assert (ev.get("metric"), value["low"], value["high"]) == ("guidance_margin", 17.0, 19.0)


@pytest.mark.parametrize("text,want", [
    ("MUMBAI - Shares of Zeta Jewellers listed at Rs 103.90 on the BSE, a premium of 88.9 per cent over the "
     "issue price of Rs 55.", ("Zeta Jewellers", "BSE")),
    ("MUMBAI - Velm Estate shares got off to a poor start. On the BSE, the stock began at Rs 343.80, a discount "
     "of 4.5 per cent to the issue price.", ("Velm Estate", "BSE")),
])
def test_a_debut_told_by_its_first_price(text: str, want: tuple[str, str]) -> None:
    (ev,) = events(text, "listing", "2023-12-27")
    assert (name(ev.get("subject")), ev.get("venue")) == want


def test_a_debuts_premium_over_its_issue_price_is_its_move() -> None:
    (m,) = marketfacts.read("MUMBAI - Shares of Zeta Jewellers listed at Rs 103.90 on the BSE, a premium of 88.9 "
                            "per cent over the issue price of Rs 55.", date="2023-12-27").moves
    assert (m.change_pct, m.level, m.currency) == (88.9, 103.9, "INR")
    # a premium offered for a company is no move of it
    assert marketfacts.read("NEW YORK - Orlan offered $50 a share, a premium of 45 percent to the closing price.",
                            date="2023-12-27").moves == []


@pytest.mark.parametrize("text,want", [
    ("The Bundesbank left its discount and Lombard rates unchanged at 3.0 and 5.0 pct, respectively.",
     [("discount rate", 0.0, 3.0), ("Lombard rate", 0.0, 5.0)]),
    ("Norland city banks said they will cut their prime rate to 3.375 pct from 3.75 pct, effective March 2.",
     [("prime rate", -0.375, 3.375)]),
    # the level it stands at now and a size of two guesses: a decision to come, of no stated size
    ("Norland's long-term banks will soon cut their prime rate, now at a record low 5.5 pct, by 0.2 or 0.3 "
     "percentage point.", []),
])
def test_rates_named_by_one_noun_and_by_groups(text: str, want: list[tuple[str, float, float]]) -> None:
    got = [(e.get("rate"), e.get("change"), e.get("level")) for e in events(text, "rate_decision", "1987-03-10")]
    assert got == want


def test_a_hold_of_two_rates_each_at_its_level_is_two_decisions() -> None:
    got = [(e.get("rate"), e.get("change"), e.get("level"))
           for e in events("The Bundesbank left its discount rate unchanged at 3.5 pct and its Lombard rate at 5.5 pct.",
                           "rate_decision", "1987-03-10")]
    assert got == [("discount rate", 0.0, 3.5), ("Lombard rate", 0.0, 5.5)]


def test_a_country_that_keeps_its_rates_is_its_central_bank() -> None:
    got = [(e.get("authority").name, e.get("change"), e.get("level"))
           for e in events("BEIJING - China kept its one-year loan prime rate at 3.45% and the five-year LPR at 3.95%.",
                           "rate_decision", "2024-05-20")]
    assert got == [("People's Bank of China", 0.0, 3.45), ("People's Bank of China", 0.0, 3.95)]


def test_an_outlook_for_a_quarter_to_come_is_this_years() -> None:
    (e,) = events("NEW YORK - Zeta Corp sees revenue of $2.31 billion to $2.36 billion for the fourth quarter.",
                  "financials", "2024-05-14")
    assert (e.get("metric"), e.get("period")) == ("guidance_revenue", "2024-Q4")


@pytest.mark.parametrize("text,want", [
    # a weekly reading's prior is the week before
    ("WASHINGTON - The 30-year fixed mortgage rate averaged 7.02% this week, down from 7.09% last week, "
     "Freddie Mac said.", [("2024-W20", 7.02, "actual"), ("2024-W19", 7.09, "actual")]),
    ("WASHINGTON - Initial jobless claims rose to 231,000 in the week ended May 11 from 223,000 the previous week, "
     "the Labor Department said.", [("2024-W19", 231000.0, "actual"), ("2024-W18", 223000.0, "actual")]),
    # the forecast in the sentence after, said by its forecasters
    ("WASHINGTON - Initial jobless claims rose to 231,000 last week, the Labor Department said. "
     "Economists had expected 220,000.", [("2024-W19", 231000.0, "actual"), ("2024-W19", 220000.0, "forecast")]),
])
def test_weekly_readings_their_priors_and_forecasts(text: str, want: list[tuple[str, float, str]]) -> None:
    got = [(e.get("period"), e.get("value").amount if hasattr(e.get("value"), "amount") else e.get("value"),
            e.get("status")) for e in events(text, "indicator", "2024-05-16")]
    assert got == want


@pytest.mark.parametrize("text,want", [
    ("WASHINGTON - The Federal Reserve today cut short-term interest rates by a half-point.", [("Federal Reserve", "easing")]),
    ("FRANKFURT - As well as cutting its benchmark interest rate to 0.15% from 0.25%, the ECB lowered its deposit "
     "rate below zero.", [("European Central Bank", "easing")]),
    # an approved cut is the easing, not an approval
    ("WASHINGTON - The Fed governors also approved today a 50-basis-point reduction in the discount rate, to 4.5 percent.",
     [("Federal Reserve", "easing")]),
    ("LONDON - The Bank of England raised interest rates to 5.25%.", [("Bank of England", "tightening")]),
    # not done, or not a central bank's
    ("TOKYO - The governor said the Bank of Japan has no intention of cutting its discount rate again.", []),
    ("NEW YORK - Zeta Bank reduced its lending rates.", []),
    ("WASHINGTON - A Fed official said he does not see increasing pressure on interest rates.", []),
])
def test_a_central_banks_rate_change_is_its_stance(text: str, want: list[tuple[str, str]]) -> None:
    got = [(e.get("authority").name, e.get("stance")) for e in events(text, "policy", "2024-05-14")]
    assert got == want


@pytest.mark.parametrize("text,want", [
    ("NEW YORK - Last week, the S&P 500 hit a 5-1/2 year high.", ("S&P 500", "highest", "2018-11", None)),
    ("NEW YORK - The S&P 500 closed within 2 points of its 2024 high.", ("S&P 500", "highest", "2024", "approaching")),
    ("LONDON - The Bank of England cut interest rates to a record-low 0.25 percent.",
     ("Bank of England interest rate", "lowest", None, None)),
])
def test_records_of_half_years_a_years_high_and_a_rates_low(text: str, want: tuple[str, str, str | None, str | None]) -> None:
    (e,) = events(text, "record", "2024-05-14")
    assert (e.get("subject").name, e.get("extreme"), e.get("since"), e.get("qualifier")) == want


def test_a_year_before_lower_is_no_record() -> None:
    assert events("NEW YORK - Zeta asked the court to review a 1986 lower court ruling.", "record", "1987-03-10") == []


@pytest.mark.parametrize("text,want", [
    ("NEW YORK - Zeta Inc. agreed to be acquired by Qorvix Corp. for about $2.38 billion in cash and stock.",
     ("Qorvix", "Zeta", None, 2.38e9)),
    ("NEW YORK - Zeta Inc. jumped 4.3 percent after the distributor said it had agreed to be acquired by Qorvix Corp. "
     "for about $2.38 billion.", ("Qorvix", "Zeta", None, 2.38e9)),
    ("LONDON - Qorvix Plc offered 800p cash for each Zeta Group share.", ("Qorvix", "Zeta Group", 8.0, None)),
    ("WELLINGTON - Qorvix Investments Ltd said it would bid 4.20 NZ dlrs a share for Zeta Enterprises Ltd.",
     ("Qorvix Investments", "Zeta Enterprises", 4.2, None)),
])
def test_takeovers_told_passive_or_by_each_share(text: str, want: tuple[str, str, float | None, float | None]) -> None:
    (e,) = events(text, "tender_offer", "2010-12-07")
    pps, total = e.get("price_per_share"), e.get("total")
    assert (e.get("acquirer").name, e.get("target").name, pps.amount if pps else None,
            total.amount if total else None) == want


@pytest.mark.parametrize("text,want", [
    ("South Africa's Reserve Bank cut its bank rate to 9.5 pct from 10 pct.", [("South African Reserve Bank", -0.5, 9.5)]),
    ("Kenya's central bank raised its discount rate by one point to 13 pct.", [("Central Bank of Kenya", 1.0, 13.0)]),
    ("The Bank of Canada's key bank rate rose to 7.15 pct from 7.05 pct in the weekly Treasury bill auction.",
     [("Bank of Canada", 0.1, 7.15)]),
    ("The average rate on 91-day treasury bills rose to 7.05 pct from 6.98 pct at this week's auction, the Bank of "
     "Canada said.", [("Bank of Canada", 0.07, 7.05)]),
    ("The Swiss National Bank cut its discount and Lombard rates by half a point, to 3.5 and 5.0 pct respectively.",
     [("Swiss National Bank", -0.5, 3.5), ("Swiss National Bank", -0.5, 5.0)]),
    ("The Bundesbank accepted bids totalling 6.1 billion marks at a fixed rate of 3.80 pct in its latest securities "
     "repurchase pact.", [("Bundesbank", None, 3.8)]),
    ("WELLINGTON, March 10 - The Reserve Bank said it would lower its discount rate by half a point to 18 pct.",
     [("Reserve Bank of New Zealand", -0.5, 18.0)]),
    # a rate named by its bank's name; a country's national bank is its central bank
    ("The Bank of Canada rate rose to 7.27 pct from 7.14 pct last week, the central bank said.",
     [("Bank of Canada", 0.13, 7.27)]),
    ("Austria's National Bank lowered its discount rate by half a point to four pct.",
     [("Austrian National Bank", -0.5, 4.0)]),
    # an earlier level told with its extreme
    ("The Swiss National Bank cut its discount rate to 3.5 pct from a record-high 4 pct.",
     [("Swiss National Bank", -0.5, 3.5)]),
    # two commercial banks read as one name are each a bank; one bank's name with "and" stays one
    ("Chase Manhattan Bank, Orbit Hanover Trust and Zeta Bank raised their prime rates to 7-3/4 pct from 7-1/2 pct.",
     [("Chase Manhattan Bank", 0.25, 7.75), ("Orbit Hanover Trust", 0.25, 7.75), ("Zeta Bank", 0.25, 7.75)]),
    ("The Orbit Trust and Savings Bank said it raised its prime rate to 7-3/4 pct from 7-1/2 pct.",
     [("Orbit Trust and Savings Bank", 0.25, 7.75)]),
    # wire copy's "prime" without "rate"; a level set with its prior
    ("Zeta Bank raised its prime to 7-3/4 pct from 7-1/2 pct, effective tomorrow.", [("Zeta Bank", 0.25, 7.75)]),
    ("The Bank of Canada set its bank rate at 7.27 pct, up from 7.14 pct the previous week.",
     [("Bank of Canada", 0.13, 7.27)]),
    # banks listed after the move, its prior told with it; banks named as a group
    ("Other banks raising their prime rates to 7-3/4 pct from 7-1/2 pct today included Zeta Bank and Orbit Trust Co.",
     [("Zeta Bank", 0.25, 7.75), ("Orbit Trust Co", 0.25, 7.75)]),
    ("Japan's long-term credit banks said they will cut their long-term prime rate to 5.2 pct from 5.5 pct.",
     [("Japan's long-term credit banks", -0.3, 5.2)]),
    # wire copy's "one-half point"
    ("Canada's major chartered banks lowered their prime rates by one-half point to 9-1/2 pct.",
     [("Canada's major chartered banks", -0.5, 9.5)]),
])
def test_rate_decisions_of_wire_shapes(text: str, want: list[tuple[str, float | None, float]]) -> None:
    got = [(e.get("authority").name, e.get("change"), e.get("level")) for e in events(text, "rate_decision", "1987-03-10")]
    assert got == want


def test_a_rate_for_exports_is_no_export_statistic() -> None:
    assert events("The central bank cut its rediscount rate for exports by two points to 8 pct.", "indicator",
                  "1987-03-10") == []


@pytest.mark.parametrize("text,want", [
    # earnings that are no share's are the profit; a first half written with a hyphen is still the half
    ("SYDNEY - Zeta's first quarter earnings were down 16 per cent.", [("net_profit", "2006-Q1", None, -16.0)]),
    ("HONG KONG - Zeta Holdings posted a first-half net profit of HK$4 billion.", [("net_profit", "2006-H1", 4e9, None)]),
    ("NEW YORK - Zeta Corp had earnings of 15.4 mln dlrs in 2005.", [("net_profit", "2005", 15.4e6, None)]),
    # an amount and its change told as one
    ("SEOUL - Zeta raised its annual dividend to 1,500 won, a 50 percent increase.", [("dividend", None, 1500.0, 50.0)]),
    # a period's losses
    ("LONDON - Zeta Connection reported big full-year losses of £10.5million.", [("net_profit", None, -10.5e6, None)]),
])
def test_results_told_loosely(text: str, want: list[tuple[str, str | None, float | None, float | None]]) -> None:
    got = [(e.get("metric"), e.get("period"), e.get("value").amount if e.get("value") is not None else None,
            e.get("change_pct")) for e in events(text, "financials", "2006-12-06")]
    assert got == want


def test_parts_of_an_indicator_said_by_its_head_noun() -> None:
    text = ("WASHINGTON - Retail sales rose 0.3 percent last month, the Commerce Department said on Thursday. "
            "The economy shrank at a 1.0 percent annual rate in the first quarter, other figures showed. "
            "Sales excluding autos were up 0.1 percent in May.")
    got = [(e.get("indicator"), e.get("period"), e.get("change_pct")) for e in events(text, "indicator", "2014-06-12")]
    assert ("retail_sales", "2014-05", 0.3) in got and ("retail_sales_ex_autos", "2014-05", 0.1) in got


def test_a_companys_sales_far_from_the_release_are_no_part_of_it() -> None:
    text = ("DETROIT - Retail sales of new cars by U.S. automakers eased 2.2 pct in early March. " + "Filler words. " * 40 +
            "Meanwhile, Zeta Motors said its car sales rose 5.9 pct.")
    assert [e.get("change_pct") for e in events(text, "indicator", "1987-03-13")] == [-2.2]


def _indicator_rows(text: str, date: str) -> list[tuple[Any, ...]]:
    out = []
    for e in events(text, "indicator", date):
        v = e.get("value")
        out.append((e.get("subject").name if e.get("subject") else None, e.get("indicator"), e.get("period"),
                    e.get("change_pct"), v.amount if hasattr(v, "amount") else v))
    return out


@pytest.mark.parametrize("text,want", [
    # the change on a year before, after a change on the month before, is the same month's
    ("Norland's consumer price index rose 0.4 pct in May from April and was up 9.7 pct from a year earlier.",
     [("cpi", "2023-05", 0.4), ("cpi", "2023-05", 9.7)]),
    ("Norland's consumer prices rose 0.4 pct in May and were 9.7 pct higher than a year earlier.",
     [("cpi", "2023-05", 0.4), ("cpi", "2023-05", 9.7)]),
    ("Norland's money supply rose 0.4 pct in May, and was up 4.4 pct in the 12 months to May.",
     [("money_supply", "2023-05", 0.4), ("money_supply", "2023-05", 4.4)]),
    # an earlier contraction told by a verb in -ing is a fall
    ("Norland's GDP grew 1.9 pct in 2022 after contracting 1.8 pct in 2021.",
     [("gdp", "2022", 1.9), ("gdp", "2021", -1.8)]),
    # an economy that expanded: a word of growth that is no price's motion
    ("Norland's gross domestic product expanded a slight 0.2 pct in the first quarter.",
     [("gdp", "2023-Q1", 0.2)]),
])
def test_readings_of_a_month_its_year_and_its_past(text: str, want: list[tuple[str, str, float]]) -> None:
    got = [(n, p, c) for _, n, p, c, _ in _indicator_rows(text, "2023-06-10")]
    assert got == want


def test_a_balances_earlier_amount_takes_the_sign_of_its_own_word() -> None:
    got = _indicator_rows("Norland's trade balance showed a surplus of 125 mln euros in May against a deficit of 37 mln "
                    "in April.", "2023-06-10")
    assert [(p, v) for _, _, p, _, v in got] == [("2023-05", 125e6), ("2023-04", -37e6)]


def test_weekly_claims_said_in_words_and_a_survey_named_by_its_agency() -> None:
    got = _indicator_rows("The number of people continuing to draw jobless benefits rose to 2.46 mln in the week ended "
                    "May 27 from 2.41 mln the previous week.", "2023-06-10")
    assert [(n, p, v) for _, n, p, _, v in got] == [("continuing_jobless_claims", "2023-W21", 2.46e6),
                                                    ("continuing_jobless_claims", "2023-W20", 2.41e6)]
    got = _indicator_rows("The ISM manufacturing PMI fell to 46.9 in May from 47.1 in April.", "2023-06-10")
    assert [(s, n, p) for s, n, p, _, _ in got] == [("United States", "manufacturing_pmi", "2023-05"),
                                                    ("United States", "manufacturing_pmi", "2023-04")]


@pytest.mark.parametrize("text,want", [
    # a company's outlook, then what it earned before: the earlier figure is an actual result
    ("Zeta Corp said it expects 1987 earnings of about 2.50 dlrs a share, up from 2.10 dlrs in 1986.",
     [("guidance_eps", 2.5, "guidance"), ("eps", 2.1, "actual")]),
    ("Zeta Corp said it expects 1988 revenue of 250 mln dlrs, compared with 232 mln dlrs a year earlier.",
     [("guidance_revenue", 250e6, "guidance"), ("revenue", 232e6, "actual")]),
    # a raised outlook's earlier range stays an outlook
    ("Zeta Corp raised its full-year earnings forecast to $5.60 to $5.80 a share from $5.40 to $5.60.",
     [("guidance_eps", None, "guidance"), ("guidance_eps", None, "guidance")]),
])
def test_an_outlooks_past_figure_is_a_result(text: str, want: list[tuple[str, float | None, str]]) -> None:
    got = sorted((e.get("metric"), getattr(e.get("value"), "amount", None), e.get("status"))
                 for e in events(text, "financials", "1987-03-20"))
    assert got == sorted(want, key=lambda x: (x[0], x[1] or 0, x[2]))


@pytest.mark.parametrize("text,want", [
    # an estimate named by its source before the word
    ("Norland's consumer price index rose 0.3% in April, slightly below the 0.4% Dow Jones estimate.",
     [("cpi", "2024-04", 0.3, "actual"), ("cpi", "2024-04", 0.4, "forecast")]),
    # a reading's bare prior is the period before's
    ("Norland's core inflation eased to 2.7% in April from 2.9%.",
     [("core_cpi", "2024-04", 2.7, "actual"), ("core_cpi", "2024-03", 2.9, "actual")]),
    # wages
    ("Norland's average hourly earnings rose 0.2% in April.", [("average_hourly_earnings", "2024-04", 0.2, "actual")]),
])
def test_estimates_by_source_bare_priors_and_wages(text: str, want: list[tuple[str, str, float, str]]) -> None:
    got = [(e.get("indicator"), e.get("period"), e.get("change_pct"), e.get("status"))
           for e in events(text, "indicator", "2024-05-15")]
    assert got == want


@pytest.mark.parametrize("text,want", [
    # wire-era figures: GNP, the number out of work, a week's money supply, a change on a year named
    ("Norland's gross national product grew 0.8 pct in the October-December quarter.",
     [("gnp", "1986-Q4", 0.8, None)]),
    ("Norland's unemployment fell to a seasonally adjusted 2.22 mln in February from 2.25 mln in January.",
     [("unemployment", "1987-02", None, 2.22e6), ("unemployment", "1987-01", None, 2.25e6)]),
    ("Norland's M-1 money supply rose 2.1 billion dlrs to 737.5 billion dlrs in the week ended March 9.",
     [("m1_money_supply", "1987-W11", None, 737.5e9)]),
    ("Norland's producer prices fell 0.3 pct in February from January to stand 4.3 pct lower than in February 1986.",
     [("producer_prices", "1987-02", -0.3, None), ("producer_prices", "1987-02", -4.3, None)]),
])
def test_wire_era_readings(text: str, want: list[tuple[str, str, float | None, float | None]]) -> None:
    got = [(n, p, c, v) for _, n, p, c, v in _indicator_rows(text, "1987-03-20")]
    assert got == want


@pytest.mark.parametrize("text,want", [
    # a passive change told with its size; a list of levels "respectively", each a decision
    ("The RBI said the repo rate was raised by 25 basis points to 6.5%.", [("Reserve Bank of India", 0.25, 6.5)]),
    ("The People's Bank of China cut rates last week. Overnight, one-month and seven-day standing lending facility "
     "rates were each trimmed by 10 basis points, to 2.65 percent, 3.15 percent and 2.8 percent, respectively.",
     [("People's Bank of China", -0.1, 2.65), ("People's Bank of China", -0.1, 3.15),
      ("People's Bank of China", -0.1, 2.8)]),
    # two rates named together, one of them in two words
    ("The Reserve Bank of India raised the repo and reverse repo rates by 25 basis points to 6.5% and 3.35% "
     "respectively.", [("Reserve Bank of India", 0.25, 6.5), ("Reserve Bank of India", 0.25, 3.35)]),
])
def test_rate_lists_and_passive_sizes(text: str, want: list[tuple[str, float, float]]) -> None:
    got = [(e.get("authority").name, e.get("change"), e.get("level")) for e in events(text, "rate_decision", "2023-08-21")]
    assert got == want


@pytest.mark.parametrize("text,want", [
    # a record told by the level reached
    ("The S&P 500 closed at a record 6,932.05.", [("S&P 500", "highest", None)]),
    ("Copper shot up by 6.6% to a record $12,960 a ton.", [("Copper", "highest", None)]),
    # a month's change before "the biggest decline since": a month's record
    ("Norland's exports fell 7.5% in November, the biggest decline since February 2020.", [("exports", "worst", "month")]),
    # an indicator named between an unknown name and the record is what reached it
    ("Lawmakers want to cut Norland's trade deficit, which last year hit a record.", [("trade deficit", "highest", None)]),
])
def test_records_told_by_level_period_and_indicator(text: str, want: list[tuple[str, str, str | None]]) -> None:
    got = [(e.get("subject").mention, e.get("extreme"), e.get("period")) for e in events(text, "record", "2025-12-29")]
    assert got == want


@pytest.mark.parametrize("text,want", [
    # analysts' estimates are no outlook of the company's
    ("Micron shares jumped 4% in extended trading. Micron earned 48 cents per share. The company came in just shy "
     "of gross margin estimates, however, at 27.3% on an adjusted basis.", [("eps", "actual"), ("margin", "actual")]),
    ("An analyst cut 1987 earnings estimates for Zeta Corp to 7.30 dlrs a share.", [("eps", "forecast")]),
    # the company's own word stays its outlook
    ("Zeta Corp estimates full-year revenue of $2.1 billion.", [("guidance_revenue", "guidance")]),
])
def test_estimates_by_analysts_and_by_the_company(text: str, want: list[tuple[str, str]]) -> None:
    got = [(e.get("metric"), e.get("status")) for e in events(text, "financials", "1987-03-20")]
    assert got == want


def test_a_debuts_venue_named_before_the_word() -> None:
    (e,) = events("Orbit Inc made its Nasdaq debut on Thursday, opening at $26 after pricing its IPO at $21 a share.",
                  "listing", "2024-05-01")
    assert e.get("venue") == "Nasdaq"


@pytest.mark.parametrize("text,want", [
    ("The U.S. bankruptcy court approved Zeta Corp's $13.5 billion settlement.", ("U.S. bankruptcy court", "approval")),
    ("Taiwan's financial regulator banned short selling until June.", ("Taiwan's financial regulator", "ban")),
])
def test_a_countrys_body_is_the_authority(text: str, want: tuple[str, str]) -> None:
    got = [(e.get("authority").name, e.get("stance")) for e in events(text, "policy", "2024-05-01")]
    assert got[:1] == [want]


@pytest.mark.parametrize("text,want", [
    # an item beside a result, a price, a change: none of them the result
    ("Zeta Corp reported first quarter net income of 64.6 mln dlrs, after a 175.2 mln dlr pretax gain from the sale "
     "of a unit to Orbit Inc for 260 mln dlrs in cash.", [("net_profit", 64.6e6)]),
    ("Zeta Corp said the dividend of 20 cts a share, an increase of five cts, is payable April 1.", [("dividend", 0.2)]),
    # an airline's traffic is no revenue
    ("Zeta Airlines said revenue passenger miles rose 7.8 pct to 3.31 billion.", []),
])
def test_items_prices_changes_and_traffic_are_no_results(text: str, want: list[tuple[str, float]]) -> None:
    got = [(e.get("metric"), getattr(e.get("value"), "amount", e.get("value"))) for e in events(text, "financials", "1987-03-05")]
    assert got == want


@pytest.mark.parametrize("text,want", [
    # an earlier figure's words are its own, not the reading's
    ("Norland said imports fell last year to 3,061.8 billion francs from 3,304.1 in 1985 while exports were also "
     "lower at 3,066.6 billion francs against 3,163.7 billion.", [("imports", "1986"), ("exports", "1986")]),
    ("Norland's trade surplus doubled in February to 261 mln dlrs from 130 mln in January.",
     [("trade_balance", "1987-02"), ("trade_balance", "1987-01")]),
])
def test_an_amounts_period_is_its_own(text: str, want: list[tuple[str, str]]) -> None:
    got = [(n, p) for _, n, p, _, _ in _indicator_rows(text, "1987-03-20")]
    assert got == want


def test_record_profits_and_sales_are_two_records() -> None:
    doc = marketfacts.read("SEOUL - Still, Acme Corp reported record profits and sales for the full year.", date="2019-01-24")
    recs = [e for e in doc.events if e.kind == "record"]
    assert [(e.get("subject").name, doc.text[e.span.start:e.span.end]) for e in recs] == [
        ("Acme", "record profits"), ("Acme", "sales")]


def test_a_result_record_of_the_articles_company() -> None:
    doc = marketfacts.read("HONG KONG - Acme Holdings shares rose 5 percent to HK$8.10. The company said profit almost "
                           "tripled last quarter. Revenue rose 20 percent to a record.", date="2007-11-03")
    recs = [e for e in doc.events if e.kind == "record"]
    assert [(e.get("subject").name, e.rule) for e in recs] == [("Acme Holdings", "record.results")]


def test_the_company_that_would_have_reported_is_the_articles() -> None:
    doc = marketfacts.read("ZURICH - Acme AG <ACME.Z> would have reported a rise in net profits close to double figures, "
                           "an official said. This year began well, the official said. Sales in local currency terms "
                           "were up by 14 pct.", date="1987-03-20")
    fin = [(e.get("subject").name, e.get("metric"), e.get("change_pct")) for e in doc.events if e.kind == "financials"]
    assert ("Acme", "revenue", 14.0) in fin


def test_a_first_estimate_a_revision_replaced_is_no_reading() -> None:
    doc = marketfacts.read("WASHINGTON - Retail sales rose 0.3 percent last month, the department said. April's gain in "
                           "retail sales was revised to 0.5 percent. Core sales for April, however, were revised to show "
                           "a 0.3 percent rise, having previously been reported as a 0.2 percent slip.", date="2014-06-12")
    got = sorted((e.get("period"), e.get("change_pct")) for e in doc.events if e.kind == "indicator")
    assert got == [("2014-04", 0.3), ("2014-04", 0.5), ("2014-05", 0.3)]


@pytest.mark.parametrize("text,stance", [
    ("MUMBAI - Earlier this month, capital markets regulator Sebi granted its approval to the proposed open offer.",
     "approval"),
    ("BEIJING - Bitcoin fell after China's move a day earlier to ban banks from providing cryptocurrency services.", "ban"),
])
def test_stances_told_in_more_ways(text: str, stance: str) -> None:
    assert [e.get("stance") for e in marketfacts.read(text, date="2021-05-19").events if e.kind == "policy"] == [stance]


@pytest.mark.parametrize("text", [
    "MOSCOW - Moscow blamed the end of the freeze on U.S. refusal to join a total test ban.",
    "WASHINGTON - The United States lifted a ban on exports of the grain.",
])
def test_a_ban_named_as_a_noun_is_no_stance(text: str) -> None:
    assert [e for e in marketfacts.read(text, date="1987-03-05").events if e.get("stance") == "ban"] == []


def test_policy_reviews_of_two_banks_are_two_meetings() -> None:
    doc = marketfacts.read("LONDON - Monetary policy reviews by the Federal Reserve and Bank of Japan this week are "
                           "adding to volatility in markets.", date="2016-06-14")
    got = sorted((e.get("organisations")[0].name, e.get("date")) for e in doc.events if e.kind == "meeting")
    assert got == [("Bank of Japan", "2016-06-13/2016-06-19"), ("Federal Reserve", "2016-06-13/2016-06-19")]


def test_a_meeting_told_in_the_past_this_week_ends_at_the_report() -> None:
    doc = marketfacts.read("PARIS - Dumas, a close aide to President Jacques Morel, earlier this week met officials of "
                           "the Bank of France.", date="1987-03-13")
    assert [e.get("date") for e in doc.events if e.kind == "meeting"] == ["1987-03-09/1987-03-13"]


def _fin(text: str, date: str) -> list[tuple[str, str, Any, float | None]]:
    doc = marketfacts.read(text, date=date)
    return [(e.get("subject").name, e.get("metric"), e.get("period"), e.get("value").amount if e.get("value") else None)
            for e in doc.events if e.kind == "financials"]


def test_a_wire_results_lede_with_its_years_and_a_half_of_the_year() -> None:
    got = _fin("SYDNEY - The <Acme Australia Ltd> reported a 16.15 mln dlr net loss for 1986 against a 73.38 mln dlr "
               "profit in 1985 after sales fell to 2.27 billion dlrs from 2.94 billion.\n    The Acme Co Plc <ACME.L> "
               "unit attributed the deficit to stock losses in the first half, when it made a 119.93 mln dlr loss.",
               "1987-03-26")
    assert got == [("Acme Australia Ltd", "net_profit", "1986", -16150000.0),
                   ("Acme Australia Ltd", "net_profit", "1985", 73380000.0),
                   ("Acme Australia Ltd", "revenue", "1986", 2270000000.0),
                   ("Acme Australia Ltd", "revenue", "1985", 2940000000.0),
                   ("Acme Australia Ltd", "net_profit", "1986-H1", -119930000.0)]


@pytest.mark.parametrize("text", [
    "TORONTO - Acme Bank said its loan loss provisions rose to 223 mln dlrs from 187 mln dlrs.",
    "TORONTO - Acme Mines Ltd said it had retained earnings of 2,312,000 dlrs.",
    "TORONTO - Acme Mines Ltd normally pays quarterly preferred dividends totalling 619,000 dlrs.",
])
def test_items_that_are_no_result(text: str) -> None:
    assert _fin(text, "1987-03-05") == []


@pytest.mark.parametrize("text,date,want", [
    ("SYDNEY - Acme Minerals Ltd reported a net profit of A$1.2 billion for the six months to December 31, up 15% "
     "from a year earlier.", "2024-05-14", [("net_profit", "2023-H2", 1200000000.0, 15.0)]),
    ("TOKYO - Orbit Motor Corp said operating profit for the fiscal year ended March 31 rose 96% to 5.35 trillion yen.",
     "2024-05-14", [("operating_profit", "FY2024", 5350000000000.0, 96.0)]),
    ("NEW YORK - Tofutti Brands Inc said it had sales of 11.6 mln dlrs in the year ended July 31.", "1987-03-16",
     [("revenue", "FY1986", 11600000.0, None)]),
])
def test_results_of_the_months_that_ended_with_one(text: str, date: str, want: list[tuple[Any, ...]]) -> None:
    doc = marketfacts.read(text, date=date)
    got = [(e.get("metric"), e.get("period"), e.get("value").amount if e.get("value") else None, e.get("change_pct"))
           for e in doc.events if e.kind == "financials"]
    assert got == want


def test_a_nine_months_amount_is_not_the_ledes_quarter() -> None:
    doc = marketfacts.read("PITTSBURGH - Acme Foods Co said net income for the third quarter rose 18.2 pct. For the nine "
                           "months, the company posted a profit of 244.4 mln dlrs, or 1.78 dlrs a share.", date="1987-03-05")
    got = [(e.get("period"), e.get("change_pct"), e.get("value").amount if e.get("value") else None)
           for e in doc.events if e.kind == "financials" and e.get("metric") == "net_profit"]
    assert got == [("1986-Q3", 18.2, None), (None, None, 244400000.0)]


@pytest.mark.parametrize("text,date,want", [
    ("TOKYO - In nominal terms, Japan's GNP rose 0.5 pct in the October/December quarter.", "1987-03-05",
     [("gnp", "1986-Q4", 0.5, None)]),
    ("BRUSSELS - Belgian wholesale prices fell by 5.9 pct in January from a year earlier after a 5.7 pct year on year "
     "fall in December.", "1987-03-05", [("wholesale_prices", "1987-01", -5.9, None), ("wholesale_prices", "1986-12", -5.7, None)]),
    ("WASHINGTON - Japan's trade surplus jumped from 12 billion dlrs in 1980 to 62 billion dlrs last year.", "1987-04-05",
     [("trade_balance", "1986", None, 62000000000.0)]),
])
def test_readings_of_spans_signs_and_years(text: str, date: str, want: list[tuple[Any, ...]]) -> None:
    got = [(e.get("indicator"), e.get("period"), e.get("change_pct"),
            e.get("value").amount if hasattr(e.get("value"), "amount") else e.get("value"))
           for e in marketfacts.read(text, date=date).events if e.kind == "indicator"]
    assert got == want


def test_a_year_named_as_a_calendar_year_or_a_records_yardstick() -> None:
    doc = marketfacts.read("TOKYO - Japan's GNP rose a real 0.8 pct in the October/December quarter. In the 1986 calendar "
                           "year, GNP rose 2.5 pct. That was the worst since 1974, when GNP fell 1.4 pct.", date="1987-03-13")
    got = [(e.get("period"), e.get("change_pct")) for e in doc.events if e.kind == "indicator"]
    assert got == [("1986-Q4", 0.8), ("1986", 2.5), ("1974", -1.4)]


@pytest.mark.parametrize("text,want", [
    ("TOKYO - The Bank of Japan's half-point cut in the official discount rate on February 23 helped stocks.",
     [("Bank of Japan", -0.5, "1987-02-23")]),
    ("LONDON - Dealers expect a half-point cut in the discount rate next week, the Bank of England said.", []),
    ("PARIS - The Bank of France is generally expected to give a signal to the market, possibly at the beginning of next "
     "week, by announcing a quarter point cut in its intervention rate.", []),
])
def test_a_cut_told_as_a_noun_in_a_central_banks_rate(text: str, want: list[tuple[Any, ...]]) -> None:
    got = [(e.get("authority").name, e.get("change"), e.get("date"))
           for e in marketfacts.read(text, date="1987-03-05").events if e.kind == "rate_decision"]
    assert got == want


def test_a_titles_tail_is_no_company() -> None:
    doc = marketfacts.read("Zeta Totalizator Systems Inc\nVice President of Finance Joel Graff said he expects to report an "
                           "improved quarter. Last week, the ticket systems supplier reported a loss of 1.2 mln dlrs for "
                           "1986.", date="1987-03-05")
    assert [e.get("subject").name for e in doc.events if e.kind == "financials"
            if e.get("subject").name[:1].islower()] == []


def test_a_jobless_total_is_a_count_and_the_earlier_months_words_are_its_own() -> None:
    got = [(e.get("indicator"), e.get("period"), e.get("value")) for e in
           events("The seasonally adjusted jobless total rose in March to 2.23 mln from 2.21 mln in February.",
                  "indicator", "1987-04-08")]
    assert got == [("unemployment", "1987-03", 2230000.0), ("unemployment", "1987-02", 2210000.0)]


@pytest.mark.parametrize("text,want", [
    ("Zeta Corp cited its agreement to be acquired by Britain's Orbit Group PLC for 90.25 dlrs a share.",
     ("Orbit Group PLC", "Zeta", 90.25)),
    ("Zeta Corp said it rejected a proposal by Orbit Systems Inc to acquire its stock at 22 dlrs a share.",
     ("Orbit Systems", "Zeta", 22.0)),
    ("Zeta Corp said it received an unsolicited proposal from Orbit Holdings to acquire the company at 41.75 dlrs "
     "per share in cash.", ("Orbit Holdings", "Zeta", 41.75)),
    ("Orbit Corp said it would raise its tender offer price for Zeta Corp common to 92.50 dlrs a share from 80 dlrs.",
     ("Orbit", "Zeta", 92.5)),
    ("The litigation relates to Orbit Management's cash tender of 27 dlrs a share for all shares of Zeta Corp.",
     ("Orbit Management", "Zeta", 27.0)),
    # a bid by a buyer named after it, for no company named: the company the sentence opens with
    ("Zeta Corp said it will respond later to today's acquisition bid by Orbit Systems Inc for 22 dlrs a share.",
     ("Orbit Systems", "Zeta", 22.0)),
    # "its Zeta offer": the name after the bidder's "its" is the target
    ("Orbit Corp said its Zeta offer of 42 dlrs a share stands.", ("Orbit", "Zeta", 42.0)),
    ("Zeta Corp could attract a higher bid than the 27 dlrs per share offered by Orbit Management Inc, "
     "arbitrageurs said.", ("Orbit Management", "Zeta", 27.0)),
])
def test_offers_told_as_proposals_agreements_and_tender_prices(text: str, want: tuple[str, str, float]) -> None:
    (ev,) = events(text, "tender_offer", "1987-03-12")
    assert (name(ev.get("acquirer")), name(ev.get("target")), ev.get("price_per_share").amount) == want


def test_a_proposal_with_no_buyer_and_price_is_no_offer() -> None:
    assert events("Zeta Corp said it rejected a proposal by its unions to freeze wages.", "tender_offer", "1987-03-12") == []


def test_their_offer_rejected_by_a_board_is_not_the_boards_offer() -> None:
    text = ("Zeta Corp vice chairman Bob Zeta and Orbit Capital will pursue their effort despite the rejection of "
            "their 145 dlr per share offer by the Zeta board.")
    assert all(name(ev.get("acquirer")) != "Zeta" for ev in events(text, "tender_offer", "1987-03-12"))


def test_an_events_name_wrapped_across_lines_is_one_name() -> None:
    from marketfacts.entities import EntityMention
    from marketfacts.events.context import _ent
    text = "Orbit\nManagement Inc"
    got = _ent(EntityMention(0, len(text), text, None, "company", "cap_sequence"), text)
    assert got is not None and got.name == "Orbit Management Inc" and got.mention == text


@pytest.mark.parametrize("text,want", [
    # a prior after "against", a level as the first is
    ("South Africa's consumer price inflation fell to 14.9 pct in January against 16.4 pct in December.",
     [("1987-01", 14.9), ("1986-12", 16.4)]),
    # "the same period of" a year before a span of months moves both its ends back
    ("India's index of industrial production grew by 6.1% during the April-August period, against 7.7% growth in "
     "the same period of 2022-23.", [("2023-04/2023-08", 6.1), ("2022-04/2022-08", 7.7)]),
])
def test_an_earlier_reading_after_against(text: str, want: list[tuple[str, float]]) -> None:
    date = "1987-02-20" if "Africa" in text else "2023-10-12"
    assert [(e.get("period"), e.get("change_pct")) for e in events(text, "indicator", date)] == want


@pytest.mark.parametrize("text,basis", [
    ("Consumer prices rose 4.1 pct in the 12 months to February.", "yoy"),
    ("Orbitland's money supply rose 7.2 pct in the year to end-March.", "yoy"),
    ("Consumer prices rose 1.1 pct year to date.", None),
])
def test_a_change_over_twelve_months_to_a_month_is_year_on_year(text: str, basis: str | None) -> None:
    (ev,) = events(text, "indicator", "1987-04-01")
    assert ev.get("basis") == basis


@pytest.mark.parametrize("text,period", [
    # an outlook for a quarter still ending is the coming one; one that ended is the last
    ("Zeta Corp sees revenue of $2.31 billion to $2.36 billion for the quarter ending June 30.", "2024-Q2"),
    ("Zeta Corp said it expects to report a profit of $3 mln for the quarter ended March 31.", "2024-Q1"),
])
def test_an_outlooks_quarter_ending_is_the_coming_one(text: str, period: str) -> None:
    evs = events(text, "financials", "2024-05-02")
    assert evs and all(ev.get("period") == period for ev in evs)


def test_a_countrys_rate_kept_in_the_passive_is_its_central_banks_decision() -> None:
    (ev,) = events("BEIJING - China's one-year loan prime rate was kept at 3.45%.", "rate_decision", "2024-05-02")
    assert (name(ev.get("authority")), ev.get("change"), ev.get("level")) == ("People's Bank of China", 0.0, 3.45)
    assert ev.get("authority").mention == "China"


@pytest.mark.parametrize("text,topic", [
    ("The Bank of Japan said it will intervene in the currency market if needed.", "the currency market"),
    ("The People's Bank of China said it would intervene if needed.", None),
])
def test_a_banks_own_word_on_what_it_will_do_is_its_stance(text: str, topic: str | None) -> None:
    (ev,) = events(text, "policy", "2024-05-02")
    assert (ev.get("stance"), ev.get("topic")) == ("intervene", topic)


def test_an_intervention_others_expect_is_no_stance() -> None:
    assert events("Traders said the Bank of Japan will intervene soon.", "policy", "2024-05-02") == []


@pytest.mark.parametrize("text,want", [
    ("OTTAWA - Canada's unemployment rate rose to 6.2% in May, compared with expectations of 6.1%.", 6.1),
    ("OTTAWA - Canada's unemployment rate rose to 6.2% in May, Statistics Canada said. Analysts had expected 6.2%.", 6.2),
])
def test_a_rates_forecast_is_a_level(text: str, want: float) -> None:
    (fc,) = [ev for ev in events(text, "indicator", "2024-06-11") if ev.get("status") == "forecast"]
    assert (fc.get("value"), fc.get("change_pct"), fc.get("period")) == (want, None, "2024-05")


def test_the_twelve_months_told_before_the_name_and_a_polls_source() -> None:
    text = ("In the 12 months through April, the CPI increased 3.4%. "
            "Economists polled by Reuters had forecast the CPI gaining 3.3%.")
    evs = events(text, "indicator", "2024-05-15")
    assert evs[0].get("basis") == "yoy"
    assert [ev.get("source") for ev in evs if ev.get("status") == "forecast"] in ([], ["Reuters"])
    text = "The CPI rose 0.3% in April. Economists polled by Reuters had forecast the CPI gaining 0.4%."
    (fc,) = [ev for ev in events(text, "indicator", "2024-05-15") if ev.get("status") == "forecast"]
    assert fc.get("source") == "Reuters"


@pytest.mark.parametrize("text,metric,period", [
    ("TOKYO - Zeta Motor said operating profit for the year ending March 2025 would rise 10% to 5.3 trillion yen.",
     "guidance_operating_profit", "FY2025"),
    ("Zeta Corp also said the year's sales should exceed 1.4 billion dlrs.", "guidance_revenue", None),
    # (analysts' words are a forecast, not the company's outlook)
    ("Analysts said Zeta Corp's sales would rise 5 pct to 1.4 billion dlrs.", "revenue", None),
])
def test_a_companys_modal_is_its_outlook(text: str, metric: str, period: str | None) -> None:
    evs = events(text, "financials", "2024-05-02")
    assert evs and evs[0].get("metric") == metric
    if period:
        assert evs[0].get("period") == period


def test_a_level_told_after_the_changes_month() -> None:
    text = ("WASHINGTON - U.S. housing starts rose 2.6 pct in February to a seasonally adjusted annual rate of "
            "1.851 mln units, the Commerce Department said.")
    (ev,) = events(text, "indicator", "1987-03-17")
    value = ev.get("value")
    assert (ev.get("change_pct"), getattr(value, "amount", value)) == (2.6, 1851000.0)


@pytest.mark.parametrize("text", [
    "Zeta Corp, which holds a 22 pct stake in Orbit Inc, offered 30 dlrs a share for the rest.",
    "Zeta Corp, which holds a 22 pct stake in Orbit Inc, offered 30 dlrs a share for the remaining shares.",
])
def test_an_offer_for_the_rest_of_a_stake_held(text: str) -> None:
    (ev,) = events(text, "tender_offer", "1987-03-05")
    assert (name(ev.get("acquirer")), name(ev.get("target")), ev.get("price_per_share").amount) == ("Zeta", "Orbit", 30.0)


def test_a_record_of_a_price() -> None:
    (ev,) = events("NEW YORK - Gold hit a record of $2,450 an ounce.", "record", "2024-06-11")
    assert (name(ev.get("subject")), ev.get("extreme")) == ("Gold", "highest")


def test_a_vote_to_keep_a_rate_is_a_hold() -> None:
    (ev,) = events("LONDON - The Bank of England voted 7-2 to keep Bank Rate at 5.25%.", "rate_decision", "2024-06-11")
    assert (name(ev.get("authority")), ev.get("change"), ev.get("level")) == ("Bank of England", 0.0, 5.25)


def test_liquidity_injected_with_its_size_is_easing() -> None:
    text = "BEIJING - The People's Bank of China injected 500 billion yuan of liquidity into the banking system."
    (ev,) = events(text, "policy", "2024-06-11")
    assert (name(ev.get("authority")), ev.get("stance")) == ("People's Bank of China", "easing")


def test_a_chair_is_a_persons_title() -> None:
    (ev,) = events("WASHINGTON - Fed Chair Jerome Powell met Treasury Secretary Janet Yellen on Tuesday.", "meeting",
                   "2024-06-11")
    assert [p.name for p in ev.get("people")] == ["Jerome Powell", "Janet Yellen"]


@pytest.mark.parametrize("text,name_,value", [
    ("BERLIN - The Ifo business climate index fell to 88.6 in June from 89.3 in May.", "business_climate", 88.6),
    ("BERLIN - The ZEW economic sentiment index rose to 47.5 in June.", "economic_sentiment", 47.5),
    ("WASHINGTON - The ISM's non-manufacturing PMI rose to 53.8 in May.", "ism_services", 53.8),
])
def test_survey_indexes_by_name(text: str, name_: str, value: float) -> None:
    ev = events(text, "indicator", "2024-06-11")[0]
    got = ev.get("value")
    assert (ev.get("indicator"), getattr(got, "amount", got)) == (name_, value)
    assert name(ev.get("subject")) in ("Germany", "United States")


def test_no_move_of_a_survey_index_named_after_its_institute() -> None:
    assert marketfacts.read("BERLIN - The Ifo business climate index fell to 88.6 in June.", date="2024-06-11").moves == []


@pytest.mark.parametrize("text,basis", [
    ("OTTAWA - Canada's economy grew at an annualized rate of 1.7% in the first quarter.", "qoq_annualised"),
    ("BEIJING - Fixed-asset investment expanded 4.0% in the first five months of the year.", None),
])
def test_an_annualised_rate_and_months_that_are_no_month_on_month(text: str, basis: str | None) -> None:
    (ev,) = events(text, "indicator", "2024-06-11")
    assert ev.get("basis") == basis


@pytest.mark.parametrize("text,kinds", [
    # an indicator's "sales" are the economy's, whoever says them
    ("LONDON - British retail sales volumes rose 2.9% in May, the ONS said.", ["indicator"]),
    # a company's own retail sales are its results
    ("Zeta Corp said its Orbit Stores unit's retail sales for the four weeks ended February 28 rose 12.7 pct.",
     ["financials"]),
])
def test_retail_sales_of_an_economy_or_a_company(text: str, kinds: list[str]) -> None:
    doc = marketfacts.read(text, date="1987-03-05")
    assert sorted({f.kind for f in doc.facts if f.kind in ("indicator", "financials")}) == kinds


def test_a_surveys_month_and_a_readings_prior_with_no_month() -> None:
    text = "WASHINGTON - The Conference Board's consumer confidence index edged down to 100.4 this month from 101.3."
    got = [(ev.get("period"), getattr(ev.get("value"), "amount", ev.get("value"))) for ev in events(text, "indicator", "2024-06-25")]
    assert got == [("2024-06", 100.4), ("2024-05", 101.3)]


@pytest.mark.parametrize("text,want", [
    ("NEW YORK - Zeta Robotics shares jumped 45% in their Nasdaq debut on Tuesday, after the company priced its IPO "
     "at $20 a share.", ("Zeta Robotics", "Nasdaq", 20.0)),
    ("MUMBAI - Shares of Zeta Finance listed at 520 rupees on the NSE, a 25% premium to the issue price of 416 rupees.",
     ("Zeta Finance", "NSE", 416.0)),
])
def test_debuts_named_by_their_venue_and_a_price_in_words(text: str, want: tuple[str, str, float]) -> None:
    (ev,) = events(text, "listing", "2024-06-11")
    assert (name(ev.get("subject")), ev.get("venue"), ev.get("price").amount) == want


@pytest.mark.parametrize("text,want", [
    ("NEW YORK - Orbit Inc rejected a $38-a-share takeover bid from Zeta Corp as too low.", ("Zeta", "Orbit", 38.0)),
    ("LONDON - Zeta Plc made a 450 pence-a-share offer for rival Orbit Plc.", ("Zeta", "Orbit", 4.5)),
    ("Investors sued to block Zeta's 30 dlr-a-share tender offer for 500,000 Orbit shares.", ("Zeta", "Orbit", 30.0)),
])
def test_a_price_a_share_written_with_hyphens(text: str, want: tuple[str, str, float]) -> None:
    (ev,) = events(text, "tender_offer", "2024-06-11")
    assert (name(ev.get("acquirer")), name(ev.get("target")), ev.get("price_per_share").amount) == want


def test_a_rate_cut_to_come_is_dated_ahead() -> None:
    text = "TOKYO - Japanese city banks will cut their long-term prime rate to 5.2 pct from 5.5 pct on March 28."
    (ev,) = events(text, "rate_decision", "1987-03-05")
    assert (ev.get("change"), ev.get("level"), ev.get("date")) == (-0.3, 5.2, "1987-03-28")
