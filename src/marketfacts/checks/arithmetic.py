"""Figures that must agree: a change, a per cent and a level; a level and
the level it came from; a level and the mark it is said to pass; a tender's
price, stake and total."""

from __future__ import annotations

import re
from typing import Any

from ..model import Check, Doc, Money
from ..quantities import find_quantities
from .common import SENTENCE_BREAK, decimals, fmt, make_check, sentence_around, unit_of

# the hedges a stated per cent may carry, and what each lets the true figure be
_BOUNDS = frozenset(["less than", "more than"])


def agrees(calc: float, stated: float, approx: str | None, tol: float) -> bool:
    """A computed per cent against a stated one, as exact as it is written
    and as hedged ("less than 0.1 per cent" holds for 0.06, not for 0.57)."""
    if approx == "less than":
        return abs(calc) <= abs(stated) + tol
    if approx == "more than":
        return abs(calc) >= abs(stated) - tol
    return abs(abs(calc) - abs(stated)) <= tol


def _hedge(approx: str | None) -> str:
    return f"{approx} " if approx else ""


def implied_and_arithmetic(doc: Doc, text: str) -> list[Check]:
    out: list[Check] = []
    for m in doc.moves:
        # a stock's change, per cent and price must agree as an index's do (when read in one
        # sentence); only an index's previous close is worth stating as implied
        stock = m.subject.type == "stock" and m.change is not None and m.change_pct is not None \
            and not SENTENCE_BREAK.search(text, m.span.start, m.span.end)
        if (m.subject.type != "index" and not stock) or m.level is None or m.period != "day" or \
                (m.approx and (m.approx not in _BOUNDS or m.change is None or m.change_pct is None)):
            continue
        if m.change is not None:
            prev = m.level - m.change
            if prev <= 0:
                continue
            calc = m.change / prev * 100
            if m.change_pct is not None:
                # the per cent as exact as written, the change and the level as exact as theirs
                tol = 0.5 * 10 ** (-decimals(m.change_pct)) + 0.005 + \
                    100 * (unit_of(_written(abs(m.change))) + unit_of(_written(m.level))) / 2 / prev
                if stock and (not m.currency or not m.change_pct or not 0.1 < abs(calc / m.change_pct) < 10):
                    continue  # a stock's figures wildly apart are a misreading ("the period March 2 to 9"), not a slip
                if not agrees(calc, m.change_pct, m.approx, tol):
                    out.append(make_check("arithmetic", m.span.start, m.span.end,
                                          f"a change of {fmt(m.change)} to {fmt(m.level)} is {calc:.2f} per cent of the "
                                          f"implied previous close {fmt(prev)}, not the stated {_hedge(m.approx)}"
                                          f"{m.change_pct:g} per cent",
                                          subject=m.subject.name, computed_pct=round(calc, 4), stated_pct=m.change_pct))
                    continue
            if stock:
                continue
            out.append(make_check("implied", m.span.start, m.span.end,
                              f"{fmt(abs(m.change))} points {'up' if m.change > 0 else 'down'} to {fmt(m.level)} implies a "
                              f"previous close of {fmt(prev)} ({calc:.2f}%)" + (", consistent" if m.change_pct is not None else ""),
                              subject=m.subject.name, previous_close=round(prev, 4)))
        elif m.change_pct is not None and m.change_pct > -100:
            prev = m.level / (1 + m.change_pct / 100)
            out.append(make_check("implied", m.span.start, m.span.end,
                              f"a {abs(m.change_pct):g} per cent {'rise' if m.change_pct >= 0 else 'fall'} to {fmt(m.level)} "
                              f"implies a previous close near {fmt(prev, 1)}",
                              subject=m.subject.name, previous_close=round(prev, 4)))
    return out



def tender_implied(doc: Doc, fixes: dict[float, float]) -> list[Check]:
    out: list[Check] = []
    for ev in doc.events:
        if ev.kind != "tender_offer":
            continue
        pps: Money | None = ev.get("price_per_share")
        stake = ev.get("stake_pct")
        totals: list[Money] = [ev.get("total")] if ev.get("total") else []
        if pps is None or not stake or not pps.amount:
            continue
        same = [t for t in totals if t.currency == pps.currency and t.amount]
        if not same:
            continue
        total = fixes.get(same[0].amount or 0.0, same[0].amount or 0.0)
        shares = total / pps.amount
        outstanding = shares / (stake / 100)
        subj = ev.get("target")
        out.append(make_check("implied", ev.span.start, ev.span.end,
                          f"{pps.currency} {total / 1e6:,.1f} million at {pps.currency} {pps.amount:g} a share is "
                          f"{shares / 1e6:,.2f} million shares; as {stake:g} per cent that implies about "
                          f"{outstanding / 1e6:,.1f} million shares outstanding",
                          subject=subj.name if subj is not None else None, shares=round(shares),
                          shares_outstanding=round(outstanding)))
    return out



_FROM_LEVEL = re.compile(r"[^.;]{0,25}?\bfrom\s+(?:a\s+|an\s+)?(?:previous\s+|prior\s+)?(?:close\s+of\s+)?"
                         # "from their offer price of HK$40.00", "from its issue price of 3.10 yuan"
                         r"(?:(?:the|its|their)\s+(?:offer|issue|IPO|listing|subscription)\s+price\s+of\s+"
                         r"(?:[A-Z]{0,3}\$|£|€|¥|Rs\.?\s?)?)?"
                         r"(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?![\d,]|\.\d|-\d|/\d|\s*(?:%|per|pct|points?|bps))")



def stated_previous(doc: Doc, text: str) -> list[Check]:
    """ "rose 0.5% to 8,700 from 8,600": a move that states the level it
    came from, its change not that between the two levels."""
    out: list[Check] = []
    for m in doc.moves:
        if m.level is None or m.approx or (m.change_pct is None and m.change is None) or "from" not in \
                text[m.span.start:m.span.end + 40] or m.span.end - m.span.start > 200:
            continue  # (a move read across a long stretch is too loose a reading to hold to account)
        if SENTENCE_BREAK.search(text, m.span.start, m.span.end):
            continue  # a move read across sentences
        f = _FROM_LEVEL.match(text, m.span.end)  # right after the level the move ends on
        if f is None:
            continue
        prev = float(f.group(1).replace(",", ""))
        if prev <= 0 or prev == m.level or not 0.5 < m.level / prev < 2:
            continue  # a figure of another scale is not the level it came from
        calc = (m.level - prev) / prev * 100
        # each level is as exact as it is written: "408,000" may stand for anything from 407,500
        slack = 100 * (unit_of(f.group(1)) + unit_of(_written(m.level))) / 2 / prev
        if m.change_pct is not None:
            tol = 0.5 * 10 ** (-decimals(m.change_pct)) + 0.005 + slack
            if abs(calc - m.change_pct) > tol:
                out.append(make_check("arithmetic", m.span.start, f.end(),
                                  f"from {fmt(prev)} to {fmt(m.level)} is {calc:+.2f} per cent, not the stated "
                                  f"{m.change_pct:+g} per cent", subject=m.subject.name, computed_pct=round(calc, 4),
                                  stated_pct=m.change_pct))
        elif m.change is not None:
            tol = 0.5 * 10 ** (-decimals(m.change)) + (unit_of(f.group(1)) + unit_of(_written(m.level))) / 2 + 1e-9
            if abs((m.level - prev) - m.change) > tol:
                out.append(make_check("arithmetic", m.span.start, f.end(),
                                  f"from {fmt(prev)} to {fmt(m.level)} is a change of {m.level - prev:+.2f}, not the "
                                  f"stated {m.change:+g}", subject=m.subject.name, computed_change=round(m.level - prev, 4),
                                  stated_change=m.change))
    return out


# "ended just above the 6,000 point mark at 5,990.84": a level on the wrong side of the mark it names
_MARK = re.compile(r"\b(above|below|over|under)\s+the\s+(\d{1,3}(?:,\d{3})+|\d+)(?:[- ]points?)?\s+"
                   r"(?:mark|level|barrier|line|threshold|milestone)\s+(?:at|to)\s+(\d{1,3}(?:,\d{3})+(?:\.\d+)?|"
                   r"\d+(?:\.\d+)?)(?![\d,])", re.I)


def mark_sides(text: str) -> list[Check]:
    out: list[Check] = []
    if "mark" not in text and "level" not in text and "barrier" not in text and "line" not in text:
        return out
    for m in _MARK.finditer(text):
        side, mark, level = m.group(1).lower(), float(m.group(2).replace(",", "")), float(m.group(3).replace(",", ""))
        up = side in ("above", "over")
        if (up and level < mark) or (not up and level > mark):
            out.append(make_check("arithmetic", m.start(), m.end(),
                              f"{m.group(3)} is {'below' if up else 'above'} the {m.group(2)} mark it is said to be "
                              f"{side}", text=m.group(0)))
    return out



# periods that end at the report's close: their change is measured to the level the day's move states
_TO_NOW = frozenset(["week", "month", "quarter", "year", "ytd"])


def period_changes(doc: Doc) -> list[Check]:
    """ "For the week: the Dow was up 1,156.41 points, or 4.1%": a period's
    points and per cent, held to the level of the day's close the report
    gives for the same instrument."""
    out: list[Check] = []
    closes: dict[tuple[str, str | None], float] = {}
    for d in doc.moves:
        if d.period == "day" and d.level is not None and not d.approx and d.phase in (None, "close"):
            closes.setdefault((d.subject.name, d.as_of), d.level)  # the first stated close of the day
    if not closes:
        return out
    for m in doc.moves:
        if m.period not in _TO_NOW or m.change is None or m.change_pct is None or m.level is not None \
                or (m.approx and m.approx not in _BOUNDS):
            continue
        level = closes.get((m.subject.name, m.as_of))
        if level is None:
            continue
        prev = level - m.change
        if prev <= 0 or not 0.5 < level / prev < 2:
            continue
        calc = m.change / prev * 100
        tol = 0.5 * 10 ** (-decimals(m.change_pct)) + 0.005
        if not agrees(calc, m.change_pct, m.approx, tol):
            out.append(make_check("arithmetic", m.span.start, m.span.end,
                                  f"with the close of {fmt(level)}, a change of {fmt(m.change)} over the {m.period} is "
                                  f"{calc:.2f} per cent of {fmt(prev)}, not the stated {_hedge(m.approx)}"
                                  f"{m.change_pct:g} per cent", subject=m.subject.name, computed_pct=round(calc, 4),
                                  stated_pct=m.change_pct))
    return out


_NUM = r"(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
_NOT_A_LEVEL = r"(?!\d|,\d|\.\d|\s*(?:%|per\s*cent|percent|pct|points?|bps|basis))"
_IN_SENTENCE = r"(?:[^.;\n]|\.(?=\d))"  # any character short of a sentence's end ("2.11" goes on)


def _num(s: str) -> float:
    return float(s.replace(",", ""))


def _written(x: float) -> str:
    return f"{x:f}".rstrip("0").rstrip(".")


def _half_unit(written: str) -> float:
    return unit_of(written) / 2


# "ended at 3,214.8, keeping a discount of 81.68 points to the underlying CSI 300 Index, which ... closed at 3,296.48"
_GAP = re.compile(r"\b(?:at|to)\s+" + _NUM + _NOT_A_LEVEL + _IN_SENTENCE + r"{0,60}?\b(discount|premium)\s+of\s+" + _NUM
                  + r"\s+points?\s+(?:to|against|over|from|below|above)\b" + _IN_SENTENCE + r"{0,200}?\b(?:at|to)\s+"
                  + _NUM + _NOT_A_LEVEL)


def stated_gaps(text: str) -> list[Check]:
    """Two levels and the discount or premium between them that the
    sentence states (a futures contract against its index)."""
    out: list[Check] = []
    if "discount" not in text and "premium" not in text:
        return out
    for m in _GAP.finditer(text):
        own, gap, other = _num(m.group(1)), _num(m.group(3)), _num(m.group(4))
        if other <= 0 or not 0.5 < own / other < 2:
            continue
        calc = other - own if m.group(2) == "discount" else own - other
        tol = _half_unit(m.group(1)) + _half_unit(m.group(3)) + _half_unit(m.group(4)) + 1e-9
        if abs(calc - gap) > tol:
            out.append(make_check("arithmetic", m.start(), m.end(),
                                  f"{m.group(1)} against {m.group(4)} is a {m.group(2)} of {calc:,.2f} points, not "
                                  f"the stated {m.group(3)}", text=m.group(0), computed_gap=round(calc, 4),
                                  stated_gap=gap))
    return out


# "Off 1.77% from its 52-week high of 115.424", "12% below its record high of 4,800"
_FROM_EXTREME = re.compile(r"\b(?:(off|down|up)\s+)?" + r"(\d+(?:\.\d+)?)\s*(?:%|per\s*cent|percent|pct)\s+"
                           r"(from|below|above|under|off)\s+(?:its|the|a)\s+((?:52-week|\d+-(?:year|month)|record|"
                           r"all-time|year-to-date|multi-year)\s+(?:high|low|peak|trough))\s+(?:of|at)\s+"
                           r"(?:[A-Z]{0,3}\$|£|€|¥)?" + _NUM + _NOT_A_LEVEL, re.I)


def from_extremes(doc: Doc, text: str) -> list[Check]:
    """A per cent from a high or low it names, held to the level the report
    gives for the same day."""
    out: list[Check] = []
    if not any(w in text for w in ("high of", "low of", "peak of", "trough of", "high at", "low at", "peak at")):
        return out
    days = sorted((m for m in doc.moves if m.period == "day" and m.level is not None and not m.approx
                   and m.as_of == doc.date), key=lambda m: m.span.start)
    if not days:
        return out
    for f in _FROM_EXTREME.finditer(text):
        ext, pct = _num(f.group(5)), float(f.group(2))
        word = (f.group(1) or f.group(3)).lower()
        if word == "from" or ext <= 0:
            continue  # "3% from its high": no side
        sign = 1 if word in ("up", "above") else -1
        # the day's level of the nearest move before, of a size to compare
        cands = [m for m in days if m.span.start < f.start() and m.level is not None and 0.5 < m.level / ext < 2]
        if not cands:
            continue
        level = cands[-1].level
        assert level is not None
        calc = (level - ext) / ext * 100
        tol = 0.5 * 10 ** (-decimals(pct)) + 0.005 + 100 * (_half_unit(f.group(5)) + unit_of(_written(level)) / 2) / ext
        if abs(calc - sign * pct) > tol:
            out.append(make_check("arithmetic", f.start(), f.end(),
                                  f"{fmt(level)} is {abs(calc):.2f} per cent {'above' if calc > 0 else 'below'} the "
                                  f"{f.group(4)} of {f.group(5)}, not the stated {pct:g} per cent",
                                  subject=cands[-1].subject.name, computed_pct=round(calc, 4), stated_pct=sign * pct))
    return out


# "raise HK$13.2 billion ... by selling 118 million new shares at HK$112 each"; "sold 20 mln shares at 5.50 dlrs
# each to raise 110 mln dlrs"
_SHARES_AT = re.compile(r"\b(\d+(?:[.,]\d+)*)\s*(million|billion|mln|bln|m|bn)?\s+(?:new\s+|ordinary\s+|existing\s+|"
                        r"[A-H]-?\s+|class\s+[A-C]\s+)?shares\s+(?:at|for|priced\s+at)\s+", re.I)
_RAISE = re.compile(r"\b(?:rais(?:e|es|ed|ing)|proceeds\s+of|worth|valued\s+at|totall?ing|for\s+a\s+total\s+of)\s+"
                    r"(?:about\s+|around\s+|some\s+|roughly\s+|up\s+to\s+|as\s+much\s+as\s+)?(?=\S)", re.I)
_SCALES = {"million": 1e6, "mln": 1e6, "m": 1e6, "billion": 1e9, "bln": 1e9, "bn": 1e9}


def _q_unit(q: Any, text: str) -> float:
    """The step an amount is exact to: "HK$13.2 billion" 0.1 billion."""
    n = re.search(r"\d+(?:[.,]\d+)*", text[q.start:q.end])
    if n is None:
        return 0.0
    try:
        shown = float(n.group(0).replace(",", ""))
    except ValueError:
        return 0.0
    return (q.value / shown if shown else 1.0) * 10.0 ** -q.decimals


def _raised_at(text: str, lo: int, at: int) -> bool:
    """An amount at ``at`` is what a sale raises ("to raise HK$13.2 billion")."""
    return any(r.end() == at for r in _RAISE.finditer(text, lo, at + 1))


def shares_times_price(text: str) -> list[Check]:
    """Shares sold at a price against the amount the sale raises."""
    out: list[Check] = []
    if "shares at" not in text and "shares for" not in text and "shares priced" not in text:
        return out
    for sm in _SHARES_AT.finditer(text):
        lo, hi = sentence_around(text, sm.start())
        qs = [q for q in find_quantities(text, lo, hi) if q.kind == "money" and q.value > 0]
        price = next((q for q in qs if q.start == sm.end()), None)
        if price is None or re.match(r"\s*(?:-|–|to)\s*\S?\d|\s*(?:a|per)\s+(?:unit|tonne|ounce|barrel)", text[price.end:]):
            continue  # a price range, or not a price a share
        raised = [q for q in qs if q is not price and q.currency == price.currency and q.value > price.value * 1000
                  and _raised_at(text, max(lo, q.start - 30), q.start)]
        if len(raised) != 1:
            continue
        total = raised[0]
        try:
            n = float(sm.group(1).replace(",", ""))
        except ValueError:
            continue
        shown_n = sm.group(1).replace(",", "")
        scale = _SCALES.get((sm.group(2) or "").lower(), 1.0)
        shares = n * scale
        n_unit = scale * (10.0 ** -len(shown_n.split(".")[1]) if "." in shown_n else 1.0)
        calc = shares * price.value
        # each figure as exact as written, and a little for fees and rounding the report may leave out
        tol = calc * (n_unit / 2 / shares + _q_unit(price, text) / 2 / price.value + 0.01) + _q_unit(total, text) / 2
        if abs(calc - total.value) > tol:
            out.append(make_check("arithmetic", min(sm.start(), total.start), max(price.end, total.end),
                                  f"{text[sm.start():sm.end()].strip()} {text[price.start:price.end]} come to about "
                                  f"{calc / (1e9 if calc >= 1e9 else 1e6):,.2f} {'billion' if calc >= 1e9 else 'million'}, "
                                  f"not the stated {text[total.start:total.end]}",
                                  computed=round(calc), stated=total.value))
    return out


# the price a new listing's first moves are measured from: "against the issue price of Rs 42", "compared with its
# listing price of HK$263.00", "from their offer price of HK$40.10"
_BASE_PRICE = re.compile(r"\b(?:its|the|their|an?)\s+(?:(?:final|IPO|initial|public)\s+)?(?:listing|issue|offer|offering|"
                         r"IPO|subscription|float)\s+price\s+(?:of|at)\s+(?=\S)", re.I)


def issue_prices(doc: Doc, text: str) -> list[Check]:
    """A new listing's day moves held to the issue price the article gives,
    where the article shows them measured from it: a base written right
    after the move's level, or another of the stock's moves that fits it."""
    out: list[Check] = []
    if "price of" not in text and "price at" not in text:
        return out
    bases: list[tuple[int, float, str]] = []
    for b in _BASE_PRICE.finditer(text):
        q = next(iter(find_quantities(text, b.end(), min(len(text), b.end() + 30))), None)
        if q is not None and q.kind == "money" and q.start == b.end() and q.currency and q.value > 0:
            bases.append((b.start(), q.value, q.currency))
    if not bases:
        return out
    moves = [m for m in doc.moves if m.subject.type == "stock" and m.period == "day" and m.level is not None
             and m.change_pct is not None and m.currency and (not m.approx or m.approx in _BOUNDS)]
    for cur in {c for _, _, c in bases}:
        prices = {v for _, v, c in bases if c == cur}
        if len(prices) != 1:
            continue  # two issue prices in one currency: which is whose is not for a check to guess
        base = prices.pop()
        fits: dict[str, bool] = {}
        verdicts = []
        for m in moves:
            if m.currency != cur or m.level is None or m.change_pct is None:
                continue
            calc = (m.level - base) / base * 100
            tol = 0.5 * 10 ** (-decimals(m.change_pct)) + 0.005 + 100 * unit_of(_written(m.level)) / 2 / base
            ok = agrees(calc, m.change_pct, m.approx, tol)
            if ok and not m.approx:
                fits[m.subject.name] = True
            # the base named right after the move's level ("at HK$296.20 a share, compared with its listing price")
            stop = SENTENCE_BREAK.search(text, m.span.end, m.span.end + 80)
            named = any(m.span.end <= s < (stop.start() if stop else m.span.end + 80) for s, _, c in bases if c == cur)
            verdicts.append((m, ok, calc, named))
        for m, ok, calc, named in verdicts:
            if ok or not (named or fits.get(m.subject.name)):
                continue
            out.append(make_check("arithmetic", m.span.start, m.span.end,
                                  f"{fmt(m.level or 0.0)} is {calc:+.2f} per cent from the issue price of "
                                  f"{fmt(base)}, not the stated {_hedge(m.approx)}{m.change_pct:g} per cent",
                                  subject=m.subject.name, computed_pct=round(calc, 4), stated_pct=m.change_pct))
    return out
