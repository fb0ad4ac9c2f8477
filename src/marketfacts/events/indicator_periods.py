"""The periods of indicator readings: the day an amount is stated for, the
week a weekly figure is of, the month or quarter a fragment names, the
period before another, "last year", and the month a report opens with.
Split from events/indicators.py, which reads the readings themselves."""

from __future__ import annotations

import re
from datetime import date, timedelta

from .. import dates
from .context import EventContext
from .periods import last_month, period_in, shift

_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"

_ON_DAY = re.compile(r"^\s*(?:on|at|as\s+of)\s+(" + dates._MONTH_RE + r")\s+(\d{1,2})\b(?:,?\s+((?:19|20)\d\d))?")


def _day_in(ctx: EventContext, near: str) -> str | None:
    """The day an amount is stated for, right after it: "51 billion dlrs on March 4"."""
    m = _ON_DAY.match(near)
    if m is None:
        return None
    mon = dates.month_iso(m.group(1), m.group(3), ctx.doc_date)
    day = int(m.group(2))
    return f"{mon}-{day:02d}" if mon is not None and 1 <= day <= 31 else None


# ("the week ended March 9", "in the March 9 week", as weekly money figures are told)
_WEEK_ENDED = re.compile(r"\bweek\s+(?:ended|ending|to)\s+(?P<mon>" + dates._MONTH_RE + r")\s+(?P<day>\d{1,2})\b|"
                         r"\b(?P<mon2>" + dates._MONTH_RE + r")\s+(?P<day2>\d{1,2})\s+week\b")
# ("Gross currency reserves rose in the week by 400 mln marks": the report's week)
_WEEK_WORDS = re.compile(r"\b(?P<w>last|previous|prior|this)\s+week\b|\b(?:in|during|over)\s+the\s+week\b(?!\s+(?:ended|ending|to)\b)", re.I)


def _iso_week(d: date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y:04d}-W{w:02d}"


def _week(ctx: EventContext, s: int, e: int) -> str | None:
    """The ISO week a weekly figure is for: the week the sentence names ("the
    week ended Nov. 16", "last week"), else the one the text named before it
    (a lede's "fell last week"), else the report's own week."""
    ref = ctx.doc_date
    if ref is None:
        return None
    for frag in (ctx.text[s:e], ctx.text[:s]):
        m = _WEEK_ENDED.search(frag)
        if m:
            mon = dates.month_iso(m.group("mon") or m.group("mon2"), None, ref)
            if mon is not None:
                try:
                    day = date(int(mon[:4]), int(mon[5:7]), int(m.group("day") or m.group("day2")))
                except ValueError:
                    day = None
                if day is not None:
                    return _iso_week(day)
        m2 = _WEEK_WORDS.search(frag)
        if m2:
            w = m2.group("w")
            back = 0 if w is None or w.lower() == "this" else 7  # ("in the week": the report's own)
            return _iso_week(ref - timedelta(days=back))
    return _iso_week(ref)


def named_week(ctx: EventContext, s: int, e: int) -> str | None:
    """The ISO week the sentence [s, e) names ("in the week ended March 9", "last week"), or None."""
    frag = ctx.text[s:e]
    if _WEEK_ENDED.search(frag) is None and _WEEK_WORDS.search(frag) is None:
        return None
    return _week(ctx, s, e)


# "in the previous month", "a month earlier": the period before the one in hand
_PREVIOUS_MONTH = re.compile(r"\b(?:previous|prior|preceding)\s+month\b|\ba\s+month\s+(?:earlier|before)\b")


def _earlier_period(ctx: EventContext, near: str, current: str | None) -> str | None:
    """The period an earlier reading names, else the one before ``current``
    where the words say so (an ISO week's too, which ``period_in`` cannot step)."""
    p = _period(ctx, near, current)
    if p is None and current and _PREVIOUS_MONTH.search(near):
        p = _prior_period(current)
    return p


def _prior_period(period: str) -> str | None:
    """The period before ``period``, in its own unit (an ISO week too)."""
    m = re.fullmatch(r"(\d{4})-W(\d\d)", period)
    if m:
        monday = date.fromisocalendar(int(m.group(1)), int(m.group(2)), 1) - timedelta(days=7)
        y, w, _ = monday.isocalendar()
        return f"{y:04d}-W{w:02d}"
    return shift(period, steps=1)


def _period(ctx: EventContext, frag: str, current: str | None = None) -> str | None:
    """The period a fragment names: a month ("in May", "last month"), else a
    quarter or a year ("in the fourth quarter", "in 1986"), else one relative
    to ``current`` ("a month earlier", "the previous quarter")."""
    return _month_period(ctx, frag) or period_in(frag, ctx.doc_date, current)


def _month_period(ctx: EventContext, frag: str) -> str | None:
    m = re.search(r"\b(?:[Ii]n|[Ff]or|[Oo]f|[Dd]uring)\s+(?:(?:early|mid|late)[\s-]+)?(January|February|March|April|May|June|July|August|September|October|"
                  r"November|December)(?:\s+((?:19|20)\d\d))?\b(?!\s*(?:-|–|/|to|through)\s*(?:" + _MONTHS + r"))", frag)
    if m:  # (not "in January-March": a span, read as a quarter by period_in)
        r = dates.month_iso(m.group(1), m.group(2), ctx.doc_date)
        if r:
            return r
    if re.search(r"\blast\s+month\b", frag) and ctx.doc_date is not None:
        return last_month(ctx.doc_date)
    if re.search(r"\bthis\s+month\b", frag) and ctx.doc_date is not None:
        return f"{ctx.doc_date.year:04d}-{ctx.doc_date.month:02d}"  # a survey of the month it is published in
    return None


_LAST_YEAR = re.compile(r"\b[Ll]ast\s+year\b")
_MONTH_LAST_YEAR = re.compile(dates._MONTH_RE + r"\s+last\s+year\b")


def _last_year(ctx: EventContext, words: str) -> str | None:
    """ "Last year South Korea's current account surplus was ...": the year before the report's."""
    if ctx.doc_date is None or not _LAST_YEAR.search(words) or _MONTH_LAST_YEAR.search(words):
        return None  # ("In January last year": a month, not the year)
    return str(ctx.doc_date.year - 1)


def _doc_month(ctx: EventContext) -> str | None:
    m = re.search(r"\b(?:in|for)\s+(January|February|March|April|May|June|July|August|September|October|November|December)\b",
                  ctx.text[:400])
    if m:
        return dates.month_iso(m.group(1), None, ctx.doc_date)
    return None
