"""Figures that must agree: a change, a per cent and a level; a level and
the level it came from; a level and the mark it is said to pass; a tender's
price, stake and total."""

from __future__ import annotations

import re

from ..model import Check, Doc, Money
from .common import SENTENCE_BREAK, decimals, fmt, make_check, unit_of


def implied_and_arithmetic(doc: Doc) -> list[Check]:
    out: list[Check] = []
    for m in doc.moves:
        if m.subject.type != "index" or m.level is None or m.approx or m.period != "day":
            continue
        if m.change is not None:
            prev = m.level - m.change
            if prev <= 0:
                continue
            calc = m.change / prev * 100
            if m.change_pct is not None:
                tol = 0.5 * 10 ** (-decimals(m.change_pct)) + 0.005
                if abs(abs(calc) - abs(m.change_pct)) > tol:
                    out.append(make_check("arithmetic", m.span.start, m.span.end,
                                      f"a change of {fmt(m.change)} to {fmt(m.level)} is {calc:.2f} per cent of the "
                                      f"implied previous close {fmt(prev)}, not the stated {m.change_pct:g} per cent",
                                      subject=m.subject.name, computed_pct=round(calc, 4), stated_pct=m.change_pct))
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
        slack = 100 * (unit_of(f.group(1)) + unit_of(f"{m.level:f}".rstrip("0").rstrip("."))) / 2 / prev
        if m.change_pct is not None:
            tol = 0.5 * 10 ** (-decimals(m.change_pct)) + 0.005 + slack
            if abs(calc - m.change_pct) > tol:
                out.append(make_check("arithmetic", m.span.start, f.end(),
                                  f"from {fmt(prev)} to {fmt(m.level)} is {calc:+.2f} per cent, not the stated "
                                  f"{m.change_pct:+g} per cent", subject=m.subject.name, computed_pct=round(calc, 4),
                                  stated_pct=m.change_pct))
        elif m.change is not None:
            tol = 0.5 * 10 ** (-decimals(m.change)) + (unit_of(f.group(1)) + unit_of(f"{m.level:f}".rstrip("0").rstrip("."))) / 2 + 1e-9
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

