"""The money of a move: a stock's change and level in the units the text
quotes them in (pence, cents), the currency of its line, and an exchange
rate as the pair the market quotes.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from .checks.common import fx_table
from .mention import EntityMention
from .model import Quantity

if TYPE_CHECKING:
    from .moves import Context, Group

_PENCE = re.compile(r"(?:p|pence|penny)$")
_INDEX_WORDS = re.compile(r"\b(?:index|indices|indexes|composite|average|futures?|contracts?|sub-index|gauge|benchmark|"
                          r"ftse|csi|sme)\b", re.I)


def _minor_units(text: str, chg: Quantity, lvl: Quantity) -> tuple[Quantity, Quantity]:
    """A stock's change and level in the units the text quotes them in:
    "up 2p at 372" is a level of 372 pence; "Swire 50 to 21.30" a change of
    50 cents on a price in dollars (a change of a fifth of the price or more,
    written as a whole number beside a price in decimals, is in cents)."""
    if chg.kind == "money" and lvl.kind == "number" and chg.currency == "GBP" and \
            _PENCE.search(text, chg.start, chg.end):
        return chg, replace(lvl, kind="money", value=lvl.value / 100, currency="GBP", decimals=lvl.decimals + 2)
    if chg.kind == "number" and chg.decimals == 0 and "/" not in text[chg.start:chg.end] and \
            lvl.kind in ("number", "money") and lvl.decimals >= 2 and lvl.value > 0 and abs(chg.value) >= 0.2 * lvl.value:
        return replace(chg, value=chg.value / 100, decimals=2), lvl
    return chg, lvl


def _stock_currency(ctx: Context, subj: EntityMention) -> str | None:
    """The currency a stock's bare figure is quoted in: its listing's, or the
    market the article reports on (a bare "3/4 to 61-1/8" on Wall Street is
    in dollars; before the euro, Frankfurt's prices are in marks)."""
    if subj.id:
        inst = ctx.ref.instruments.get(subj.id)
        if inst is not None and inst.currency:
            return inst.currency
    elif _INDEX_WORDS.search(ctx.text, subj.start, min(len(ctx.text), subj.end + 12)):
        return None  # an index or a contract the reference lacks: points, not money
    mk = ctx.ref.markets.get(subj.market or ctx.market or "")
    if mk is None:
        return None
    if mk.legacy_currency and ctx.doc_date is not None and ctx.doc_date.year < 1999:
        return mk.legacy_currency
    return mk.currency


def _r(x: float | None) -> float | None:
    return None if x is None else round(x, 6)


def _canonical(ctx: Context, subj: EntityMention, name: str) -> str:
    if subj.id and subj.type in ("stock", "index") and subj.rule != "ticker_in_text":
        inst = ctx.ref.instruments.get(subj.id)
        if inst:
            return inst.name
    return name


# the currencies a pair's counter is named by ("against the yen", "per dollar")
# (with the country's word that makes "franc" Swiss and "dollars" Canadian)
_COUNTRY_OF = (r"U\.S\.|US|Japanese|single|Swiss|Canadian|Australian|Aussie|New\s+Zealand|Kiwi|Hong\s+Kong|Singapore|"
               r"Taiwan|Mexican|Turkish|Brazilian|British|South\s+Korean|Korean|Indian|Chinese")
_COUNTER = r"((?:(?:" + _COUNTRY_OF + r")\s+)?(?:dollar|yen|euro|greenback|sterling|pound|yuan|won|rupee|franc|peso|lira|real))\b"
_COUNTER_AFTER = re.compile(r"\b(?:per|a|to\s+the|against\s+the|vs\.?\s+the|versus\s+the|against|vs\.?)\s+" + _COUNTER)
# "Against the yen, the dollar fell 0.4%": the counter leading the sentence
_AGAINST_LEAD = re.compile(r"\s*(?:[Aa]gainst|[Vv]ersus|[Vv]s\.?)\s+(?:the\s+)?" + _COUNTER)


# the dollars a market may write as a bare "$"
_LOCAL_DOLLARS = frozenset(["AUD", "CAD", "SGD", "NZD", "HKD", "TWD"])
_OFFSHORE = re.compile(r"\boffshore\b", re.I)


def _fx(ctx: Context, subj: EntityMention, lvl: Quantity | None, g: Group, s_start: int,
        s_end: int) -> tuple[str, str, bool] | None:
    """(pair, quote currency, flip sign) for a currency subject."""
    text = ctx.text
    if subj.type == "currency_pair":
        pair = subj.id or ""
        return pair, pair[3:], False
    cur = subj.currency or ""
    if cur == "CNY" and _OFFSHORE.search(text, s_start, s_end) and "onshore" not in text[subj.start:subj.end].lower():
        cur = "CNH"  # "In Hong Kong's offshore market, the yuan rose": the offshore yuan
    window = text[g.start:min(s_end, g.end + 40)]
    counter = None
    if lvl is not None and lvl.kind == "money" and lvl.currency in _LOCAL_DOLLARS and lvl.currency != cur and \
            text.startswith("$", lvl.start) and (lvl.start == 0 or not text[lvl.start - 1].isalpha()):
        # "the New Zealand dollar eased to $0.6130" in a Sydney report: a currency's bare "$" price is in US dollars
        lvl = replace(lvl, currency="USD")
    base = max(s_start, subj.end)
    m = _COUNTER_AFTER.search(text[base:min(s_end, g.end + 40)])
    if m is not None and lvl is not None and lvl.kind == "money" and lvl.currency and base + m.start() > lvl.end:
        m = None  # "Sterling rose 0.5% to $1.2780 and was up 0.2% against the euro": the dollar of its own price
    if m is None:
        m = _AGAINST_LEAD.match(text, s_start, subj.start)
    if m:
        counter = _currency_named(ctx, m.group(1))
    if counter is None and lvl is not None and lvl.kind == "money" and lvl.currency and lvl.currency != cur and cur \
            and subj.name.lower() not in ("dollar", "the dollar"):  # a bare "dollar" is the market's, read below
        # "the Australian dollar was buying 43.2 pence": a price of the subject in the counter, the pair
        # as written (AUDGBP at 0.432), whatever the market's order of the two
        return cur + lvl.currency, lvl.currency, False
    if counter is None and lvl is not None and lvl.kind == "money" and lvl.currency:
        counter = lvl.currency
    if counter is None:
        m2 = re.search(r"\b((?:(?:" + _COUNTRY_OF + r")\s+)?(?:yen|dollars?|euros?|won|yuan|rupees?|francs?))\b", window)
        if m2:
            counter = _currency_named(ctx, m2.group(1).rstrip("s"))
    if counter is None and cur in ctx.pairs:
        pair = ctx.pairs[cur]
        flip = pair[3:] == cur
    else:
        if cur == "USD" and subj.name.lower() in ("dollar", "the dollar") and counter == "USD":
            mk = ctx.ref.markets.get(ctx.market or "")
            if mk and mk.currency in ("AUD", "NZD", "CAD", "HKD", "SGD", "TWD"):
                cur = mk.currency
        if counter is None or counter == cur:
            counter = "USD" if cur != "USD" else None
        if counter is None:
            return None
        order = ctx.ref.pair_order
        ia = order.index(cur) if cur in order else 99
        ib = order.index(counter) if counter in order else 99
        pair, flip = (cur + counter, False) if ia <= ib else (counter + cur, True)
    if lvl is not None and lvl.kind == "number" and _fits_inverse(pair, lvl.value):
        # "the pound was 0.16% higher at 1.23280" in a report on the euro: a level only sterling quoted in
        # euros can have, so the pair as the figure quotes it, not as the market (or the text before) orders the two
        pair, flip = pair[3:] + pair[:3], not flip
    return pair, pair[3:], flip


def _currency_named(ctx: Context, words: str) -> str | None:
    """The currency a counter's words name: "Swiss franc" CHF, "Canadian dollar" CAD, "dollar" USD."""
    key = " ".join(words.lower().split())
    return ctx.ref.currencies.get(key) or ctx.ref.currencies.get(key.split()[-1])


def _fits_inverse(pair: str, level: float) -> bool:
    """Whether a level is far from what the pair quotes, by the reference rates, and near what the
    pair the other way round quotes."""
    per_usd = fx_table()["per_usd"]
    a, b = pair[:3], pair[3:]
    if a not in per_usd or b not in per_usd or level <= 0:
        return False
    expected = per_usd[b] / per_usd[a]  # units of b per a
    # (rates drift over the years: the pair as ordered must miss by more than a third, the other order
    # fit within a sixth, so that a euro at 0.85 dollars in 2000 still reads as EURUSD)
    far = not (expected / 1.35 <= level <= expected * 1.35)
    near_inverse = 1 / expected / 1.15 <= level <= 1 / expected * 1.15
    return far and near_inverse
