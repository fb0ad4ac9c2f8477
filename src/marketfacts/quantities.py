"""Recognisers for the quantities of market news: numbers, per cent and its
cousins, index points, basis points and money.

One compiled pattern scans the text once; each match records the rule that
made it (``Quantity.rule``), so a wrong figure can be traced to one rule.
Currency words and symbols live in ``rules/money.toml``.
"""

from __future__ import annotations

import math
import re
from dataclasses import replace
from functools import lru_cache
from typing import Any

from . import rule_files
from .model import Quantity

NUMBER_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "a hundred": 100, "one hundred": 100, "half a": 0.5, "a half": 0.5, "half": 0.5,
    "a quarter of a": 0.25, "quarter of a": 0.25, "three-quarters of a": 0.75, "three quarters of a": 0.75,
    "a quarter": 0.25, "quarter": 0.25, "a": 1,
    # wire copy's "by one-half point", "one-quarter point"
    "one-half": 0.5, "one-quarter": 0.25, "three-quarter": 0.75,
}
# number words of several words the patterns try (each only before a unit)
_SPACED_WORDS = ["a hundred", "one hundred", "half a", "a quarter of a", "quarter of a", "three-quarters of a",
                 "three quarters of a", "a quarter"]
ORDINAL_WORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
    "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
    "thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16,
    "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
}
FRACTION_DENOMINATORS = {2, 4, 8, 16, 32, 64}
_CLOCK_AFTER = re.compile(r"\s?(?:a\.?m\.?|p\.?m\.?)(?![a-z])|\s?(?:GMT|UTC|EST|EDT|HKT|JST)\b", re.I)


@lru_cache(maxsize=1)
def money_rules() -> dict[str, Any]:
    return rule_files.load("money.toml")


def _alt(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def master_pattern() -> re.Pattern[str]:
    r = money_rules()
    prefixes = list(r["prefix"].keys())
    suffixes = list(r["suffix"].keys())
    mags = list(r["magnitude"].keys())
    numword = _alt([w for w in NUMBER_WORDS if " " not in w] + _SPACED_WORDS)
    num = (
        r"(?:\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?"  # Indian grouping: 11,85,07,493
        r"|\d{1,3}(?:\.\d{3})+,\d{1,2}(?![\d,])"  # continental grouping: 4.548,73
        r"|\d{1,3}(?:,\d{3})+(?:\.\d+)?"
        r"|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:\.\d+)?(?![\d/]|,\d)"  # 19 575.34
        r"|\d+\.\d+-\d/\d{1,2}(?![\d/])"  # 5.18-3/4: a fraction of the last decimal's unit
        r"|\d+-\d+/\d+|\d+ \d+/\d+"  # 38-3/4, 1 1/2
        r"|\d+/\d+"
        r"|\d+[½¼¾⅛⅜⅝⅞]"  # 4½: a vulgar fraction written as one character
        r"|\d+(?:\.\d+)?"
        r"|\.\d+)"
    )
    pct_unit = (
        r"(?P<pp>percentage[ -]points?|pct[ -]points?|ppts?\b|pp\b)"
        r"|(?P<pct>%|per[ -]?cent\b|percent\b|pct\b|pc\b)"
        r"|(?P<bps>basis[ -]points?|bps\b|bp\b|basis-point\b)"
        r"|(?P<pts>points?\b|pts\b|-points?\b)"
    )
    pattern = (
        r"(?<![\d.$])"
        r"(?:(?P<sign>[+\-−])(?=\d))?"
        r"(?:(?P<pre>" + _alt(prefixes) + r")\s?(?=[\d.]))?"
        r"(?:(?P<num>" + num + r")|(?P<word>\b(?:" + numword + r")\b))"
        # ("109.77-78 yen", "$1.1686-1687": a bid and the offer's last digits)
        r"(?P<bidask>[-/]\d{1,3}(?![\d.,/])|-\d{4}(?<=\.\d{4}-\d{4})(?![\d.,/])|/\d{1,5}\.\d{1,4}(?![\d.,/]))?"
        r"(?:\s?(?P<mag>" + _alt(mags) + r")\b(?!\s?(?:%|per)))?"
        r"(?:\s?(?:" + pct_unit + r")"
        r"|\s?(?P<suf>" + _alt(suffixes) + r")(?![\w]))?"
    )
    return re.compile(pattern)


# a level after a figure: "one to 88-3/8", "three each to 4.12", "one point to 2,686"
_WORD_TO_LEVEL = r"\s+(?:points?\s+)?(?:each\s+)?(?:to|at)\s+\d"
TO_LEVEL = re.compile(_WORD_TO_LEVEL)
_COMPOUND = re.compile(r"-[a-z]")
_EXCHANGE_CODE_BEFORE = re.compile(r"\((?:[A-Z][A-Za-z]*\s)?[A-Z][A-Za-z]{1,6}:\s?$")
_ORDINAL_AFTER = re.compile(r"(?:st|nd|rd|th)(?![a-z])", re.I)
_MIXED = re.compile(r"(\d+)[- ](\d+/\d+)$")
_MIXED_DEC = re.compile(r"(\d+\.(\d+))-(\d+/\d+)$")
_SPACED = re.compile(r"\d{1,3}(?: \d{3})+(?:\.\d+)?")
_CONTINENTAL = re.compile(r"\d{1,3}(?:\.\d{3})+,\d{1,2}")


_VULGAR = {"½": 0.5, "¼": 0.25, "¾": 0.75, "⅛": 0.125, "⅜": 0.375, "⅝": 0.625, "⅞": 0.875}


def _parse_number(s: str) -> tuple[float, int] | None:
    """The value of a numeral and its number of decimals, or None."""
    if s and s[-1] in _VULGAR:
        return float(s[:-1]) + _VULGAR[s[-1]], 4
    s = s.replace("\u00a0", " ").replace("\u202f", " ")
    if "/" in s and "." in s:
        dm = _MIXED_DEC.match(s)
        if dm is None:
            return None
        n, d = dm.group(3).split("/")
        if int(d) not in FRACTION_DENOMINATORS or int(n) >= int(d):
            return None
        places = len(dm.group(2))
        return round(float(dm.group(1)) + int(n) / int(d) / 10 ** places, places + 2), places + 2
    if "/" in s:
        whole = 0.0
        frac = s
        m = _MIXED.match(s)
        if m:
            whole = float(m.group(1))
            frac = m.group(2)
        n, d = frac.split("/")
        if int(d) not in FRACTION_DENOMINATORS or int(n) >= int(d):
            return None
        return whole + int(n) / int(d), 4
    if " " in s and _SPACED.fullmatch(s):
        s = s.replace(" ", "")
    if _CONTINENTAL.fullmatch(s):
        s = s.replace(".", "").replace(",", ".")
    s = s.replace(",", "")
    try:
        v = float(s)
    except ValueError:
        return None
    if not math.isfinite(v):
        return None  # "rose 999...9%": no figure, never an Infinity in the output
    decimals = len(s.split(".")[1]) if "." in s else 0
    return v, decimals


_INT_QUOTE = re.compile(r"(\d{2,5})/(\d{2,5})")


def _integer_quote(s: str) -> tuple[float, int] | None:
    """ "563/567" (with a currency beside it): a bid and an offer of the same
    size, not a fraction; the bid and its decimals."""
    m = _INT_QUOTE.fullmatch(s)
    if m is None or len(m.group(1)) != len(m.group(2)):
        return None
    return float(m.group(1)), 0


def find_quantities(text: str, start: int = 0, end: int | None = None,
                    dollar: str = "USD", cents: str | None = None,
                    legacy: str | None = None, crown: str | None = None) -> list[Quantity]:
    """Every quantity in ``text[start:end]``, in order, with spans into ``text``.

    ``dollar`` is the ISO code a bare "$", "dollars" or "cents" stands for in
    this market; ``legacy`` the pre-euro currency of a bare "francs";
    ``crown`` the currency of a bare "crowns" (Swedish unless told).
    """
    rules = money_rules()
    out: list[Quantity] = []
    pat = master_pattern()
    pre_tail, anchors = _anchor_patterns()
    last = _tail_last_chars()
    end = len(text) if end is None else end
    last_end = start
    # Anchor on digits (and number words before a unit) and try the full
    # pattern only there: an order of magnitude faster than scanning with it.
    for a in anchors.finditer(text, start, end):
        d = a.start()
        if d < last_end:
            continue
        if d >= 2 and text[d - 1] in "-−/" and text[d - 2].isalnum():
            continue  # "COVID-19", "2015-10-08", "A-1"
        st = d
        # a sign or currency before the figure ends in one of a few
        # characters, or in one space after one: look for it only then
        c1 = text[d - 1] if d > start else ""
        if c1 in last or (c1.isspace() and d - 2 >= start and text[d - 2] in last):
            tail = pre_tail.search(text, max(start, d - 8), d)
            if tail is not None:
                st = tail.start()
        m = pat.match(text, st, end)
        if m is None or m.end() <= d:
            # "£260m-£280m": the symbol after a dash still belongs to the figure
            m = pat.match(text, d - 1, end) if d > start and text[d - 1] in "$£€¥₹₩" else None
            if m is None or m.end() <= d:
                m = pat.match(text, d, end)
            if m is None:
                continue
        q = _quantity(m, rules, dollar, cents or dollar, legacy, text, crown)
        if q is not None:
            out.append(q)
            last_end = m.end()
        else:
            last_end = max(last_end, a.end())
    return _minor_units_follow(text, out, cents or dollar)


# a bare "cents" after an amount in a marked dollar ("A$648.4 million, or 36 cents a share")
_BARE_MINOR = re.compile(r"[\d.,]+\s*(?:cents?|cts?|c)", re.I)
_DOLLARS = frozenset(["USD", "AUD", "NZD", "CAD", "HKD", "SGD", "TWD"])


def _minor_units_follow(text: str, out: list[Quantity], cents: str) -> list[Quantity]:
    """Bare cents take the dollar of the amount before them in the sentence
    when that one is marked ("A$", "C$", "HK$"): "C$1.2 billion, or 36 cents
    a share" is Canadian cents whatever the market. A conversion in
    brackets ("($464 million)") is passed over; a sentence break ends the look."""
    for i, q in enumerate(out):
        if q.kind != "money" or q.currency != cents or not _BARE_MINOR.fullmatch(text, q.start, q.end):
            continue
        for p in reversed(out[:i]):
            if p.kind != "money" or text[max(0, p.start - 2):p.start].strip() == "(":
                continue
            if q.start - p.end < 200 and p.currency in _DOLLARS and p.currency != cents \
                    and not text[p.start].isdigit() and not re.search(r"[.;]\s", text[p.end:q.start]):
                out[i] = replace(q, currency=p.currency)
            break
    return out


# what may stand right before a figure: a sign, a bare currency symbol
_SIGNS = "+-−"
_SYMBOLS = "$£€¥₹₩"


@lru_cache(maxsize=1)
def _tail_last_chars() -> frozenset[str]:
    """The characters the anchor's ``pre_tail`` can end in but a space:
    a currency prefix's last, a sign, a currency symbol."""
    return frozenset(k[-1] for k in money_rules()["prefix"]) | frozenset(_SIGNS + _SYMBOLS)


@lru_cache(maxsize=1)
def _anchor_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    r = money_rules()
    prefixes = _alt(list(r["prefix"].keys()))
    sign, symbol = "[" + re.escape(_SIGNS) + "]", "[" + re.escape(_SYMBOLS) + "]"
    pre_tail = re.compile(r"(?:(?<![\w$])(?:" + sign + r"?(?:" + prefixes + r")\s?|" + sign + r")|" + symbol + r")\Z")
    # a number word is a quantity before any currency word of the money rules ("eight rand higher")
    words = sorted({k.split()[0] for k, v in r["suffix"].items() if k[:1].isalpha() and not v.get("tight")},
                   key=len, reverse=True)
    unit_after = (r"\b(?=[ -]?(?:per|percent|pct|points?|basis|percentage|%|(?:" + _alt(words) + r")\b|"
                  r"mln|million|billion)|" + _WORD_TO_LEVEL + ")")
    # Each branch opens with one literal character, so the engine jumps
    # between the characters that can start an anchor instead of trying
    # every position: a digit, ".5", or a number word (grouped by its first
    # letter, longest first as before; "(?<!\w.)" after that letter is the
    # word boundary before it) with a unit after it.
    by_first: dict[str, list[str]] = {}
    for w in sorted([w for w in NUMBER_WORDS if " " not in w] + _SPACED_WORDS, key=len, reverse=True):
        by_first.setdefault(w[0], []).append(w[1:])
    branches = [d + r"\d*" for d in "0123456789"] + [r"\.\d"]
    branches += [re.escape(c) + r"(?<!\w.)(?:" + "|".join(re.escape(r) for r in rest) + ")" + unit_after
                 for c, rest in by_first.items()]
    anchors = re.compile("|".join(branches))
    return pre_tail, anchors


_A_SHARE_AFTER = re.compile(r"-(?:a|per)-share\b")


def _quantity(m: re.Match[str], rules: dict[str, Any], dollar: str, cents: str,
              legacy: str | None, text: str, crown: str | None = None) -> Quantity | None:
    g = m.groupdict()
    quote = False
    if g["num"] is not None:
        parsed = _parse_number(g["num"])
        if parsed is None:
            parsed = _integer_quote(g["num"]) if g["suf"] or g["pre"] else None
            if parsed is None:
                return None
            quote = True  # "563/567 dlrs": a bid and an offer, read as the bid
        value, decimals = parsed
        rule = "number"
    else:
        word = (g["word"] or "").lower()
        if word not in NUMBER_WORDS:
            return None
        value, decimals = float(NUMBER_WORDS[word]), 0
        rule = "number_word"
        # A number word is only a quantity when a unit follows it, or a
        # level: "climbed one to 88-3/8", "three each to 4.12" (wire style)
        to_level = TO_LEVEL.match(text, m.end())
        if not (g["pct"] or g["pp"] or g["bps"] or g["pts"] or g["suf"] or to_level):
            return None
        if g["pts"] and word in ("one", "a hundred") and not to_level:
            return None  # "at one point"
        if word == "a" and not (g["suf"] in ("penny", "cent") or (g["pts"] and to_level)):
            return None  # "a penny up", "a point to 2,410": "a" is one only before such a unit
    if not (g["pct"] or g["pts"] or g["suf"] or g["pre"]) and _CLOCK_AFTER.match(text, m.end()):
        return None  # "10.16am", "5 p.m."
    if g["num"] and m.end() < len(text) and text[m.end():m.end() + 1] == ":" and text[m.end() + 1:m.end() + 2].isdigit():
        return None  # "3:39"
    if g["num"] and m.start() > 0 and text[m.start() - 1] == ":" and m.start() > 1 and text[m.start() - 2].isdigit():
        return None
    if g["num"] and not (g["pct"] or g["pts"] or g["pp"] or g["bps"] or g["suf"]) and \
            text[m.end():m.end() + 1] == "-" and _COMPOUND.match(text, m.end()) and not g["bidask"] \
            and not (g["pre"] and _A_SHARE_AFTER.match(text, m.end())):
        return None  # "52-week", "10-year", "225-issue": a compound word, not a figure (but "$38-a-share")
    if g["num"] and not (g["pct"] or g["pts"] or g["pp"] or g["bps"] or g["suf"] or g["mag"]) and \
            _ORDINAL_AFTER.match(text, m.end()):
        return None  # "the 6th day in a row", "the 21st": an ordinal counts, it is no figure
    if g["num"] and text[m.end():m.end() + 1] == ")" and _EXCHANGE_CODE_BEFORE.search(text, max(0, m.start() - 14), m.start()):
        return None  # "(TWSE: 2330)", "(HKEX: 700)": a listing's code, no figure
    s0 = m.start()
    if s0 > 0 and text[s0 - 1].isalnum() and not g["pre"]:
        return None  # "G20", "COVID-19", "A4"
    sign = g["sign"]
    if sign in ("-", "−"):
        value = -value
    minus = s0 >= 6 and not sign and text[s0 - 6:s0].lower() == "minus " and (s0 == 6 or not text[s0 - 7].isalnum())
    if minus:
        value = -value  # "at minus 0.14 percent"
    mag = g["mag"]
    pre = g["pre"]
    suf = g["suf"]
    s, e = (s0 - 6 if minus else s0), m.end()
    # Trim a trailing space the optional groups did not use.
    while e > s and text[e - 1] == " ":
        e -= 1
    bid_ask = quote or (bool(g["bidask"]) and g["num"] is not None and "." in (g["num"] or ""))
    if g["bidask"] and not bid_ask:
        return None
    if g["pp"]:
        return Quantity("pp", value, s, e, rule=rule + ".pp", decimals=decimals, signed=bool(sign))
    if g["pct"]:
        if pre:
            return None
        return Quantity("pct", value, s, e, rule=rule + ".pct", decimals=decimals, signed=bool(sign) or minus)
    if g["bps"]:
        return Quantity("bps", value / 100.0, s, e, rule=rule + ".bps", decimals=decimals + 2)
    if g["pts"]:
        if pre:
            return None
        return Quantity("points", value, s, e, rule=rule + ".points", decimals=decimals, signed=bool(sign))
    mult = 1.0
    if mag:
        mult = float(rules["magnitude"].get(mag, rules["magnitude"].get(mag.lower(), 1.0)))
        # "m"/"b"/"k" only attached to a number or after a currency: "964.5m", "$1.2b".
        # "m"/"b"/"k" count only attached ("964.5m") or after a currency ("$1.2 b").
        if mag in ("m", "b", "k") and text[m.start("mag") - 1] == " " and not pre:
            return None
    currency: str | None = None
    minor = 1.0
    if pre:
        info = rules["prefix"][pre]
        if info.get("requires_suffix") and not suf:
            return None
        if info.get("tight") and (m.start("num") != m.end("pre") or abs(value) < 100):
            return None
        currency = info["code"]
        if info.get("local"):
            currency = dollar
        if info.get("local_yen"):
            currency = "JPY"
    if suf:
        info = rules["suffix"][suf]
        if info.get("tight") and m.start("suf") != m.end("num" if g["num"] else "word") and not mag:
            return None
        if info.get("tight") and mag:
            return None
        code = info["code"]
        if info.get("local"):
            code = cents if "minor" in info else dollar
        if info.get("local_franc"):
            code = legacy if legacy in ("FRF", "BEF", "LUF") else "CHF"
        if info.get("local_crown"):
            code = crown or code
        if currency is None or pre in ("US",):
            currency = code
        minor = float(info.get("minor", 1))
    if currency is None:
        if mag:
            return Quantity("number", _clean(value * mult), s, e, rule=rule + ".magnitude", decimals=decimals)
        return Quantity("number", value, s, e, rule=rule, decimals=decimals, signed=bool(sign),
                        bid_ask=bid_ask)
    amount = _clean(value * mult / minor) if mult != 1 or minor != 1 else value
    dec = decimals + (2 if minor == 100 else 0)
    return Quantity("money", amount, s, e, currency=currency, rule=rule + ".money",
                    decimals=dec, signed=bool(sign), bid_ask=bid_ask)


def _clean(x: float) -> float:
    """A product of a figure and its scale without the binary float's noise ("16.4 billion" is
    16400000000.0, not 16399999999.999998): fifteen significant digits, as many as a float holds."""
    return float(f"{x:.15g}")
