"""The period an indicator's figure is for, as the text names it: a month
("in January", "the March trade surplus"), a quarter ("in the fourth quarter
of 1986", "Q2", "the December 1986 quarter"), a year ("in 1987", "1985's"),
or one relative to the period in hand ("a year ago", "the same period in
1986", "the previous quarter")."""

from __future__ import annotations

import re
from datetime import date, timedelta

from .. import dates

_MONTH = (r"(?P<mon>January|February|March|April|June|July|August|September|October|November|December|"
          r"Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)")
_YEAR = r"(?P<y>(?:19|20)\d\d)"
_ORD = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "final": 4}
_PATTERNS = [
    # "in the fourth quarter of 1986", "first-quarter", "the final quarter"
    ("quarter", re.compile(r"\b(?P<o>first|second|third|fourth|final|1st|2nd|3rd|4th)[\s-]+(?:calendar\s+)?quarter"
                           r"(?:\s+(?:of\s+)?" + _YEAR + r"\b)?", re.I)),
    ("quarter", re.compile(r"\bQ(?P<n>[1-4])(?:\s+(?:of\s+)?" + _YEAR + r"\b)?")),
    # "the December 1986 quarter", "the quarter ended March 31"
    ("month_quarter", re.compile(r"\b" + _MONTH + r"(?:\s+" + _YEAR + r")?\s+quarter\b")),
    ("month_quarter", re.compile(r"\bquarter\s+(?:ended|ending|to)\s+" + _MONTH + r"(?:\s+\d{1,2}\b)?(?:,?\s+" + _YEAR + r")?")),
    # "in the three months to March 31": a calendar quarter when it ends with one
    ("month_quarter", re.compile(r"\b(?:three|3)\s+months\s+(?:ended|ending|to|through)\s+(?P<mon>March|June|September|December)"
                                 r"(?:\s+\d{1,2}\b)?(?:,?\s+" + _YEAR + r")?")),
    # "in the January-March period", "April to August": a quarter where the months make one, else the span
    ("month_span", re.compile(r"\b(?P<m1>January|February|March|April|May|June|July|August|September|October|November|"
                              r"December)\s*(?:-|–|/|to|through)\s*(?P<m2>January|February|March|April|May|June|July|August|"
                              r"September|October|November|December)(?:\s+(?:period|quarter))?(?:,?\s+" + _YEAR + r")?\b")),
    ("q4", re.compile(r"\b(?:final|last)\s+three\s+months\s+of\s+(?:the\s+year|" + _YEAR + r")")),
    # "in the first three months of the year": the first quarter
    ("quarter", re.compile(r"\b(?P<o>first)\s+three\s+months\s+of\s+(?:the\s+year|" + _YEAR + r")")),
    # "in January", "for May 1987", "the March trade surplus" (a bare month not a date: "March 31" is a day)
    ("month", re.compile(r"\b(?:in|for|of|during)\s+(?P<mon>May)(?:\s+" + _YEAR + r")?\b")),
    ("month", re.compile(r"\b" + _MONTH + r"(?:\s+" + _YEAR + r")?(?!\s+\d{1,2}\b)(?![\w-])(?P<ly>\s+(?:of\s+)?last\s+year)?")),
    ("year", re.compile(r"\b(?:in|for|during|of)\s+" + _YEAR + r"\b(?!\s+quarter)")),
    ("year", re.compile(r"\b" + _YEAR + r"['’]s\b")),
    # "in the 1986 calendar year", "in calendar 1986", "since 1974, when GNP fell": the year named
    ("year", re.compile(r"\b" + _YEAR + r"\s+(?:calendar|fiscal|financial)\s+year\b")),
    ("year", re.compile(r"\bcalendar\s+" + _YEAR + r"\b")),
    ("year", re.compile(r"\b(?:since|in)\s+" + _YEAR + r",?\s+when\b")),
    # "by end-1987", "at the end of 1987": a stock at a year's end is that year's
    ("year", re.compile(r"\b(?:by|at)\s+(?:the\s+)?end(?:-|\s+of\s+)" + _YEAR + r"\b")),
]
# relative to the period in hand
_YEAR_AGO = re.compile(r"\b(?:a\s+year\s+(?:ago|earlier|before)|(?:the\s+)?same\s+(?:period|month|quarter)\s+"
                       r"(?:of\s+|in\s+)?last\s+year|last\s+year)\b", re.I)
# "growth for the full year", "the year as a whole": the year of the period before
_FULL_YEAR = re.compile(r"\b(?:the\s+)?(?:full|whole|entire)\s+year\b|\bthe\s+year\s+as\s+a\s+whole\b", re.I)
_SAME_PERIOD_IN = re.compile(r"\bsame\s+(?:period|month|quarter)\s+(?:of|in)\s+" + _YEAR, re.I)
_PREVIOUS = re.compile(r"\b(?:the\s+)?(?:previous|prior|preceding)\s+(?P<u>month|quarter|year|period)\b|"
                       r"\ba\s+(?P<u2>month|quarter)\s+(?:earlier|before)\b|"
                       # "in the three months prior", "the previous three months": the quarter before
                       r"\bthe\s+(?:(?:previous|prior|preceding)\s+)?(?P<q>three)\s+months(?:\s+(?:prior|before|earlier)|"
                       r"(?<=previous\sthree\smonths)|(?<=prior\sthree\smonths)|(?<=preceding\sthree\smonths))\b", re.I)


def _month_span(first: str, last: str, year: str | None, ref: date | None) -> str | None:
    """ "January-March" is the first quarter; "April to August" the span of months."""
    end = dates.month_iso(last, year, ref)
    if end is None:
        return None
    a, b = dates.month_iso(first, end[:4], None), end
    if a is None or a > b:
        return None
    ma, mb = int(a[5:7]), int(b[5:7])
    if mb - ma == 2 and ma % 3 == 1:
        return f"{b[:4]}-Q{(ma - 1) // 3 + 1}"
    return f"{a}/{b}"


def _quarter_year(n: int, year: str | None, ref: date | None) -> str | None:
    if year:
        return f"{int(year):04d}-Q{n}"
    if ref is None:
        return None
    y = ref.year if (n - 1) * 3 + 1 <= ref.month else ref.year - 1
    return f"{y:04d}-Q{n}"


def shift(period: str, years: int = 0, steps: int = 0) -> str | None:
    """``period`` moved back by ``years`` years or ``steps`` of its own unit."""
    m = re.fullmatch(r"(\d{4})(?:-(Q)?(\d{1,2}))?", period)
    if m is None:
        return None
    y = int(m.group(1)) - years
    if m.group(3) is None:
        return f"{y - steps:04d}"
    n, per_year = int(m.group(3)), (4 if m.group(2) else 12)
    k = y * per_year + (n - 1) - steps
    y, n = divmod(k, per_year)
    return f"{y:04d}-Q{n + 1}" if m.group(2) else f"{y:04d}-{n + 1:02d}"


# an index's base, not a period: "(base 1980)", "base January 1987", "1985=100"
_INDEX_BASE = re.compile(r"\bbase(?:d\s+on)?\s+(?:year\s+)?(?:" + _MONTH.replace("?P<mon>", "?:") + r"\s+)?(?:19|20)\d\d\b|"
                         r"\b(?:19|20)\d\d\s*=\s*100\b", re.I)


def period_in(frag: str, ref: date | None, current: str | None = None) -> str | None:
    """The first period ``frag`` names; relative phrases ("a year ago") need
    ``current``, the period of the reading they compare with."""
    if "base" in frag or "=" in frag:
        frag = _INDEX_BASE.sub(lambda m: " " * len(m.group(0)), frag)
    best: tuple[int, str] | None = None
    for kind, pat in _PATTERNS:
        m = pat.search(frag)
        if m is None or (best is not None and m.start() >= best[0]):
            continue
        got: str | None = None
        year = m.groupdict().get("y")
        if kind == "quarter":
            n = _ORD[m.group("o").lower()] if m.groupdict().get("o") else int(m.group("n"))
            got = _quarter_year(n, year, ref)
        elif kind == "month_quarter":
            mon = dates.month_iso(m.group("mon"), year, ref)
            if mon is not None:
                got = f"{mon[:4]}-Q{(int(mon[5:7]) - 1) // 3 + 1}"
        elif kind == "month_span":
            got = _month_span(m.group("m1"), m.group("m2"), year, ref)
        elif kind == "q4":
            got = f"{year}-Q4" if year else (f"{ref.year - 1 if ref.month < 12 else ref.year}-Q4" if ref else None)
        elif kind == "month":
            got = dates.month_iso(m.group("mon"), year, ref)
            if got is not None and m.groupdict().get("ly") and ref is not None:
                got = f"{ref.year - 1:04d}{got[4:]}"  # "in March last year"
        else:
            got = year
        if got is not None:
            best = (m.start(), got)
    if current is not None:
        for pat in (_SAME_PERIOD_IN, _YEAR_AGO, _PREVIOUS, _FULL_YEAR):
            m = pat.search(frag)
            if m is None or (best is not None and m.start() >= best[0]):
                continue
            if pat is _SAME_PERIOD_IN and "/" in current and current[:4].isdigit():
                # ("April-August ..., against 7.7% in the same period of 2022-23": both ends move back)
                back = int(current[:4]) - int(m.group("y"))
                got = "/".join(f"{int(p[:4]) - back:04d}{p[4:]}" if p[:4].isdigit() else p for p in current.split("/"))
            elif pat is _SAME_PERIOD_IN:
                got = current.replace(current[:4], m.group("y"), 1)
            elif pat is _YEAR_AGO:
                got = shift(current, years=1)
            elif pat is _FULL_YEAR:
                got = current[:4] if current[:4].isdigit() else None
            else:
                unit = (m.group("u") or m.group("u2") or ("quarter" if m.group("q") else "")).lower()
                mine = "year" if len(current) == 4 else "quarter" if "Q" in current else "month"
                got = shift(current, steps=1) if unit in (mine, "period") else None
            if got is not None:
                best = (m.start(), got)
    return best[1] if best else None


def last_month(ref: date) -> str:
    d = ref.replace(day=1) - timedelta(days=1)
    return f"{d.year}-{d.month:02d}"
