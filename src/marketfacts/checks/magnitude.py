"""Amounts whose scale word was lost or changed: beside a conversion into
another currency, or tied to a parallel amount of the same currency."""

from __future__ import annotations

import math
import re
from typing import Any

from ..model import Check, Doc, Money
from ..quantities import find_quantities
from .common import fx_table, make_check

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
_SCALE_WORD = re.compile(r"\d\s*(?:million|billion|trillion|mln|bln|bn|m|b|k)\b", re.I)
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

