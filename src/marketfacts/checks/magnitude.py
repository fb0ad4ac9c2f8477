"""Amounts whose scale word was lost or changed: beside a conversion into
another currency, or tied to a parallel amount of the same currency."""

from __future__ import annotations

import math
import re
from functools import lru_cache
from typing import Any

from .. import rule_files
from ..model import Check, Doc, Money
from ..quantities import find_quantities
from .common import fx_table, make_check, sentence_around

_PAIR = re.compile(r"\s*\(\s*(?:or\s+|about\s+|around\s+|some\s+)?")


def _usd(amount: float, currency: str | None) -> float | None:
    rates = fx_table()["per_usd"]
    if currency not in rates:
        return None
    return amount / float(rates[currency])


def magnitude(doc: Doc, text: str) -> list[Check]:
    """ "HK$964.5 (US$123 million)": an amount beside its conversion whose
    scale is off by a power of a thousand."""
    out: list[Check] = []
    if "(" not in text:
        return out
    qs: list[Any] = []
    for p in re.finditer(r"\(", text):
        qs += [q for q in find_quantities(text, max(0, p.start() - 40), min(len(text), p.start() + 40)) if q.kind == "money"]
    qs = sorted({(q.start, q.end): q for q in qs}.values(), key=lambda q: q.start)
    for a, b in zip(qs, qs[1:], strict=False):
        gap = text[a.end:b.start]
        if not _PAIR.fullmatch(gap) or a.currency == b.currency:
            continue
        ua, ub = _usd(a.value, a.currency), _usd(b.value, b.currency)
        if not ua or not ub:
            continue
        ratio = ub / ua
        k = round(math.log10(ratio) / 3)
        if k == 0:
            continue
        factor = 10 ** (3 * k)
        if not 0.5 < ratio / factor < 2:
            continue
        word = {1: "thousand", 2: "million", 3: "billion", -1: "thousandth", -2: "millionth"}.get(k, f"1e{3 * k}")
        fixed = a.value * factor
        peg = fx_table()["pegs"].get(a.currency or "")
        how = (f"at the {a.currency[:2]}${peg[0]}-{peg[1]} peg" if peg and peg[0] != peg[1] and a.currency == "HKD"
               else f"at about {fx_table()['per_usd'].get(a.currency, 1):g} {a.currency} per US dollar")
        conv = ub * float(fx_table()["per_usd"][a.currency])
        out.append(make_check("magnitude", a.start, b.end + 1 if text[b.end:b.end + 1] == ")" else b.end,
                          f"{text[a.start:a.end]} lacks a magnitude; {how}, {text[b.start:b.end]} is about "
                          f"{a.currency} {conv / 10 ** (3 * k):,.0f} {word}, so '{word}' is implied",
                          stated_amount=Money(a.value, a.currency), implied_amount=Money(fixed, a.currency)))
    return out


# two amounts tied as a range, a change or a list: "$1.13 million to $1.16 billion", "£260m-£280bn",
# "to 587.62 yuan from 371.198 billion yuan", "502 won and 594.5 billion won"
_TIE = re.compile(r"\s*(?:to|-|–|and|from)\s*")
_CHANGE_BEFORE = re.compile(r"\b(?:rose|fell|gained|lost|increased|decreased|declined|dropped|climbed|added|shed|"
                            r"grew|jumped|slipped|by|up|down)\s+\Z", re.I)
# the scale words of a written amount ("3.2 bn", "£280m", "5 mln")
_SCALES = r"(?:million|billion|trillion|mln|bln|bn|m|b)"
_SCALE_WORD = re.compile(r"\d\s*(?:" + _SCALES + r"|k)\b", re.I)
_TIE_AT = re.compile(r"(?:\bto|\bfrom|\band|-|–)\s*(?:[A-Z]{0,3}\$|£|€|¥)?\d")


def scale_pairs(text: str) -> list[Check]:
    """Two amounts of one currency tied together whose scales differ by a
    power of a thousand: one has lost or changed its scale word."""
    out: list[Check] = []
    # a thousandfold gap needs a scale word on one side: read the amounts only around those
    windows: list[list[int]] = []
    for sm in _SCALE_WORD.finditer(text):
        lo, hi = max(0, sm.start() - 60), min(len(text), sm.end() + 60)
        if windows and lo <= windows[-1][1]:
            windows[-1][1] = hi
        else:
            windows.append([lo, hi])
    for lo, hi in windows:
        if not _TIE_AT.search(text, lo, hi):
            continue
        qs = [q for q in find_quantities(text, lo, hi) if q.kind == "money" and q.value > 0]
        for a, b in zip(qs, qs[1:], strict=False):
            if a.currency != b.currency or a.bid_ask or b.bid_ask or not _TIE.fullmatch(text, a.end, b.start):
                continue
            if _CHANGE_BEFORE.search(text, max(0, a.start - 16), a.start) and text[a.end:b.start].strip() == "to":
                continue  # "fell 618 mln dlrs to 278.88 billion dlrs": a change, then the level it left
            ratio = max(a.value, b.value) / min(a.value, b.value)
            k = round(math.log10(ratio) / 3)
            if k < 1 or not 0.5 < ratio / 10 ** (3 * k) < 2:
                continue
            word = {1: "a thousand", 2: "a million", 3: "a billion"}.get(k, f"1e{3 * k}")
            out.append(make_check("magnitude", a.start, b.end,
                              f"{text[a.start:a.end]} and {text[b.start:b.end]} differ {word}fold: one has lost or "
                              f"changed its scale word", text=text[a.start:b.end]))
    return out


def corrected_amounts(checks: list[Check]) -> dict[float, float]:
    """Stated amount -> amount with its implied magnitude, from magnitude checks."""
    out: dict[float, float] = {}
    for c in checks:
        if c.kind == "magnitude":
            f = dict(c.fields)
            out[f["stated_amount"].amount] = f["implied_amount"].amount
    return out



@lru_cache(maxsize=1)
def _words() -> dict[str, Any]:
    return rule_files.load("magnitudes.toml")


def _alt(words: list[str]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def _total_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    w = _words()["aggregate"]
    before = re.compile(r"\b(?:(?:" + _alt(w["of_nouns"]) + r")\s+of|" + _alt(w["verbs"]) + r")\s+"
                        r"(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+)?\Z", re.I)
    after = re.compile(r"\s*(?:" + _alt(w["after"]) + r")\b", re.I)
    per = re.compile(r"\s*(?:(?:a|an|per|each)\s+(?:" + _alt(w["per_unit"]) + r")\b|each\b|apiece\b)", re.I)
    return before, after, per


_RANGE_END = re.compile(r"\s*(?:to|-|–|and)\s*(?:[A-Z]{0,3}\$|£|€|¥|Rs\.?\s?)?\d[\d.,]*")
_BARE = re.compile(r"(?:[A-Z]{0,3}\$|£|€|¥|Rs\.?\s?)\d{1,3}(?:\.\d+)?(?!\d|,\d|\.\d)")


def bare_totals(text: str) -> list[Check]:
    """An amount with no scale word where the words around it make it a
    total (a loss, buy-backs returned to shareholders, a sell-off): "a loss
    of $63, or 10 cents a share" has lost its "million"."""
    out: list[Check] = []
    if not any(c in text for c in "$£€¥") and "Rs" not in text:
        return out
    before, after, per = _total_patterns()
    for b in _BARE.finditer(text):
        if before.search(text, max(0, b.start() - 40), b.start()) is None and after.match(text, b.end()) is None:
            continue  # (the words first: most amounts are prices, and reading one costs more)
        qs = find_quantities(text, b.start(), min(len(text), b.end() + 12))
        q = next((x for x in qs if x.start == b.start()), None)
        if q is None or q.kind != "money" or q.value >= 1000 or q.end != b.end():
            continue  # "$63 million" has its scale; "10 cents" is a price
        rng = _RANGE_END.match(text, q.end)  # "$1.44 to $1.50 a share": the range's unit is its own
        if per.match(text, rng.end() if rng else q.end) or (rng and _SCALED.search(text, rng.start(), rng.end() + 2)):
            continue
        lead = before.search(text, max(0, q.start - 40), q.start)
        tail = after.match(text, q.end)
        if lead is None and tail is None:
            continue
        cue = (lead.group(0) if lead else "").strip() or (tail.group(0) if tail else "").strip()
        out.append(make_check("magnitude", (lead.start() if lead else q.start), (tail.end() if tail else q.end),
                              f"{text[q.start:q.end]} has no scale word, yet '{cue}' makes it a total: a million or "
                              f"a billion is missing", text=text[q.start:q.end]))
    return out


_MEASURE_AT = re.compile(r"[a-z][a-z-]+", re.I)


def _measures_near(text: str, start: int, end: int) -> set[str]:
    """The words naming what an amount measures, in its sentence near it."""
    measures = _measure_set()
    lo = max(0, start - 70)
    hi = min(len(text), end + 40)
    cut = max(text.rfind(". ", lo, start), text.rfind("\n", lo, start))
    lo = cut + 1 if cut >= 0 else lo
    stop = re.search(r"\.\s|\n", text[end:hi])
    hi = end + stop.start() if stop else hi
    return {w.lower() for w in _MEASURE_AT.findall(text[lo:start] + " " + text[end:hi])} & measures


@lru_cache(maxsize=1)
def _measure_set() -> frozenset[str]:
    return frozenset(_words()["restated"]["measures"])


_SCALED_FIGURE = re.compile(r"(\d[\d,]*(?:\.\d+)?)\s*(" + _SCALES + r")\b", re.I)
_SCALE_OF = {"m": 1e6, "b": 1e9, "t": 1e12}
_SCALED = re.compile(r"\d\s*" + _SCALES + r"\b", re.I)


def restated_amounts(text: str) -> list[Check]:
    """One quantity stated twice in nearby sentences, a thousandfold apart
    ("319 million monthly active users" ... "had increased to 317
    billion"): one of the two has lost or changed its scale word."""
    out: list[Check] = []
    # a cheap first pass over the written figures: is any pair near enough and a thousandfold apart?
    rough: list[tuple[int, float]] = []  # (where, log10 of the value)
    for m in _SCALED_FIGURE.finditer(text):
        try:
            v = float(m.group(1).replace(",", "")) * _SCALE_OF[m.group(2)[0].lower()]
        except ValueError:
            continue
        if v > 0:
            rough.append((m.start(), math.log10(v)))
    if len(rough) < 2:
        return out
    spots = [r[0] for r in rough]
    # a thousandfold apart: the logs differ by 3k give or take log10(1.4)
    if not any(0 < b[0] - a[0] <= 560 and abs(b[1] - a[1]) > 2.8
               and abs(abs(b[1] - a[1]) - 3 * round(abs(b[1] - a[1]) / 3)) < 0.155
               and _measures_near(text, a[0], a[0] + 12) & _measures_near(text, b[0], b[0] + 12)
               for i, a in enumerate(rough) for b in rough[i + 1:i + 12]):
        return out
    lo, hi = max(0, spots[0] - 80), min(len(text), spots[-1] + 20)
    qs = [q for q in find_quantities(text, lo, hi) if q.kind in ("money", "number") and q.value > 0
          and _SCALED.search(text, q.start, q.end + 1) is not None]
    seen: set[tuple[int, int]] = set()
    for i, a in enumerate(qs):
        ma = None
        for b in qs[i + 1:]:
            if b.start - a.end > 500:
                break
            if a.kind != b.kind or a.currency != b.currency:
                continue
            ratio = max(a.value, b.value) / min(a.value, b.value)
            k = round(math.log10(ratio) / 3)
            if k < 1 or not 0.75 < ratio / 10 ** (3 * k) < 1.34:
                continue
            if ma is None:
                ma = _measures_near(text, a.start, a.end)
            shared = ma & _measures_near(text, b.start, b.end)
            if not shared or (a.start, b.start) in seen:
                continue
            seen.add((a.start, b.start))
            word = {1: "a thousand", 2: "a million", 3: "a billion"}.get(k, f"1e{3 * k}")
            out.append(make_check("magnitude", a.start, b.end,
                                  f"{text[a.start:a.end]} and {text[b.start:b.end]}, both of the {sorted(shared)[0]}, "
                                  f"differ {word}fold: one has lost or changed its scale word",
                                  text=f"{text[a.start:a.end]} ... {text[b.start:b.end]}"))
    return out


# "with 1.33 billion shares changing hands, against a turnover of 3.23 billion securities": one stock's volume is
# part of the market's
_STOCK_VOLUME = re.compile(r"\b(\d[\d,.]*\s*(?:million|billion|mln|bln|bn|m)?)\s+shares\s+(?:changing|changed|"
                           r"changed\s+hands|traded|were\s+traded)", re.I)
_MARKET_VOLUME = re.compile(r"\b(?:turnover|volume)\s+of\s+(\d[\d,.]*\s*(?:million|billion|mln|bln|bn|m)?)\s+"
                            r"(?:securities|shares)\b", re.I)
# "in which a record $28 billion was raised", "a total of HK$40 billion raised": a period's total
_TOTAL_CUE = re.compile(r"\b(?:a\s+record|a\s+total\s+of|total\s+of|altogether|in\s+all|combined)\s+\Z", re.I)
_TOTAL_AMOUNT = re.compile(r"\b(?:a\s+record|total\s+of|altogether|in\s+all|combined)\s+\S{0,4}\d", re.I)
_RAISED_BEFORE = re.compile(r"rais(?:ed|ing)\s*(?:about\s+|around\s+|some\s+|nearly\s+)?\Z", re.I)
# "the world's biggest initial public offering this year": no deal of that rank is below half a billion dollars
_WORLD_BIGGEST = re.compile(r"\b(?:world['’]?s|global)\s+(?:biggest|largest)\s+(?:initial\s+public\s+offering|IPO|"
                            r"listing|flotation|share\s+sale|takeover|acquisition|merger|bond\s+sale)", re.I)


def _count(q_text: str) -> float | None:
    qs = find_quantities(q_text, 0, len(q_text))
    return qs[0].value if qs else None


def parts_and_totals(text: str) -> list[Check]:
    """A part larger than its whole: one stock's volume above the market's
    turnover, one listing's proceeds above the period's record total, the
    world's biggest deal at a few million dollars."""
    out: list[Check] = []
    if "shares" in text and ("turnover" in text or "volume" in text) and ("hands" in text or "traded" in text):
        for w in _MARKET_VOLUME.finditer(text):
            lo, hi = sentence_around(text, w.start())
            whole = _count(w.group(1))
            for p in _STOCK_VOLUME.finditer(text, lo, hi):
                vol = _count(p.group(1))
                if whole and vol and vol > whole * 10:
                    out.append(make_check("magnitude", w.start(1), w.end(),
                                          f"the market's {w.group(1)} is less than the {p.group(1)} shares of one stock "
                                          f"in the same sentence: its scale word is wrong", text=w.group(0)))
                    break
    if "raise" in text or "rais" in text:
        money = [q for q in find_quantities(text, 0, len(text)) if q.kind == "money" and q.value > 0] \
            if any(w in text for w in ("ecord", "otal", " all ", "ombined", "ltogether")) \
            and _TOTAL_AMOUNT.search(text) else []
        for t in money:
            if not _TOTAL_CUE.search(text, max(0, t.start - 20), t.start):
                continue
            lo, hi = sentence_around(text, t.start)
            if "rais" not in text[lo:hi]:
                continue
            near_lo, near_hi = max(0, lo - 400), min(len(text), hi + 400)
            for part in money:
                if part is t or not near_lo <= part.start < near_hi or part.currency != t.currency:
                    continue
                if _RAISED_BEFORE.search(text, max(0, part.start - 20), part.start) and part.value > t.value * 10:
                    out.append(make_check("magnitude", t.start, t.end,
                                          f"the total of {text[t.start:t.end]} is less than the {text[part.start:part.end]} "
                                          f"one listing raised: its scale word is wrong", text=text[t.start:t.end]))
                    break
    for b in _WORLD_BIGGEST.finditer(text) if "biggest" in text or "largest" in text else ():
        lo, hi = sentence_around(text, b.start())
        for q in find_quantities(text, lo, hi):
            usd = _usd(q.value, q.currency) if q.kind == "money" else None
            if usd is not None and usd < 5e8 and q.end <= b.start():
                out.append(make_check("magnitude", q.start, b.end(),
                                      f"{text[q.start:q.end]} (about US${usd / 1e6:,.0f} million) is too small for "
                                      f"the {b.group(0)}: its scale word is wrong", text=text[q.start:q.end]))
    return out
