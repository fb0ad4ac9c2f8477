"""The time of a move: its period ("this week", "since March 12"), its
moment (the report's day, "on Monday", an earlier session) and its phase
(open, midday, close, after hours).
"""

from __future__ import annotations

import calendar
import datetime
import re
from typing import TYPE_CHECKING

from . import dates
from .mention import EntityMention
from .quantities import NUMBER_WORDS
from .text import first_label, labelled

if TYPE_CHECKING:
    from .moves import Context, Group

# an aside between commas after a name ("Zeta, which reported on Monday, rose"): its words
# are not the move's (its day, its modal verb)
_ASIDE = re.compile(r"\s*(?:(?:[A-Z][\w.]*|<[A-Z][A-Z0-9.]*>)\s*){0,3},[^,;]{3,120},")
_PERIODS = labelled([
    (r"\b(?:this|for\s+the|on\s+the|over\s+the|the\s+past|last|in\s+the)\s+week\b|\bweekly\b|\bfor\s+the\s+week\b|\bweek-to-date\b|\bso\s+far\s+this\s+week\b"
     r"|\bfrom\s+a\s+week\s+(?:earlier|ago|before)\b|\bweek-on-week\b", "week"),
    (r"\bfrom\s+a\s+month\s+(?:earlier|ago|before)\b|\bmonth-to-date\b|\b(?:this|for\s+the|on\s+the|over\s+the|in\s+the)\s+month\b|\bmonthly\b|\bso\s+far\s+this\s+month\b", "month"),
    (r"\b(?:this|for\s+the|over\s+the)\s+quarter\b|\bquarter-to-date\b", "quarter"),
    (r"\byear-to-date\b(?!\s+(?:intraday\s+|closing\s+)?(?:highs?|lows?|peaks?|troughs?)\b)|\byear\s+to\s+date\b|\b(?:so\s+far\s+)?this\s+year\b|\bfor\s+the\s+year\b|\bytd\b|\bsince\s+the\s+(?:start|beginning)\s+of\s+(?:the|this)\s+year\b|\bin\s+20\d\d\s+so\s+far\b", "ytd"),
    (r"\bfrom\s+(?:52|twelve|12)\s+weeks\s+ago\b|\bfrom\s+a\s+year\s+(?:ago|earlier)\b|\byear-on-year\b", "year"),
])
_INTERVAL = re.compile(
    r"\bsince\s+(?P<since>[^,;.]{3,40})|\bfrom\s+(?:its|their|the|a|an)\s+(?P<from>[^,;]{0,40}?(?:low|high|levels?|close|peak|trough))(?P<fromrest>[^,;]{0,40})"
    r"|\b(?:(?:over|across)\s+(?:the\s+)?(?:last|past)?|in\s+the\s+(?:last|past))\s*(?P<n>two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?P<unit>sessions|days|trading\s+days|weeks|months)\b"
    # "up 13.7% over the past year": the twelve months to the report, an interval
    r"|\b(?:over|in)\s+the\s+(?:last|past)\s+(?P<pastyear>year|twelve\s+months|12\s+months)\b"
    r"|\b(?:over|in)\s+the\s+(?:last|past)\s+(?:one\s+)?(?P<pastmonth>month)\b"
    r"|\bfrom\s+(?P<endof>end-\w+|the\s+end\s+of\s+\w+)"
    # "falling 28.3 cents from Monday to Wednesday": the days the move ran over
    r"|\bfrom\s+(?P<wdfrom>(?:Mon|Tues|Wednes|Thurs|Fri)day\s+(?:to|through|until|till)\s+(?:Mon|Tues|Wednes|Thurs|Fri)day)\b",
    re.I,
)
_PHASES = labelled([
    (r"\bafter[- ]hours?\b|\bextended\s+(?:session|trading|trade)\b|\bafter\s+the\s+bell\b|\bpost-market\b", "after_hours"),
    (r"\b(?:by|at|before)\s+the\s+(?:local\s+)?(?:noon\s+)?(?:trading\s+)?(?:break|lunch)|\bat\s+midday\b|\bby\s+midday\b|\bmidday\b|\bmorning\s+session\b|\bnoon\b|\blunch\s*(?:time|break)\b", "midday"),
    (r"\bopen(?:ed|ing|s)?\b|\bat\s+the\s+open\b|\bdebut(?:ed)?\s+at\b|\bgot\s+listed\s+at\b|\blisted\s+at\b", "open"),
    (r"\bclos(?:ed|e|ing)\b(?!\s+to\s)|\bat\s+the\s+close\b|\bended\b|\bfinished\b|\bfinish\b|\bsettled\b|\bmarket\s+shut\b|\bclosing\s+bell\b|\bto\s+end\s+at\b|\bto\s+end\b|\bfinally\b|"
     # ("ending the day up 1.1%", "finishing at 39,200.50": the close told by a participle)
     r"\b(?:ending|finishing)\s+(?:the\s+(?:day|session)\s+|trading\s+)?(?:up|down|at|higher|lower|flat|unchanged)\b", "close"),
])


def _when(ctx: Context, g: Group, subj: EntityMention, s_start: int, s_end: int,
          prev: Group | None) -> tuple[str, str | None, str | None]:
    text = ctx.text
    fig_end = max(q.end for q, _ in g.quantities)
    lo = max(s_start, (g.cue.start if g.cue and g.cue.start < g.start else g.start) - 30)
    if subj.end <= lo:
        aside = _ASIDE.match(text, subj.end, g.start)
        if aside is not None:
            lo = max(lo, aside.end())  # "which ... this week, rose 1/4": the aside's words are not the move's
    joined = _JOINED_MOVE.match(text, prev.end, g.start) if prev is not None and lo < prev.end <= g.start else None
    if joined is None and g.cue is not None and g.cue.start > lo:
        # "flat year to date and up 20% over the past 12 months": a state with no figure before "and" is not this move's
        jm = _AND_DIRECTION.search(text, lo, g.cue.end)
        if jm is not None and jm.start("dir") == g.cue.start:
            lo = g.cue.start
    if joined is not None:
        lo = joined.start("dir")  # "down 4.5% this year and up 13.7% over the past year": the first's period is not the second's
    hi = min(s_end, fig_end + 45, g.next_start if g.next_start is not None else s_end)
    nxt = _WINDOW_END.search(text[fig_end:hi])
    if nxt:
        hi = fig_end + nxt.start()
    window = text[lo:hi]
    period = first_label(_PERIODS, window) or "day"
    if period == "day" and ctx.doc_date is not None:
        ym = _IN_YEAR.match(text, fig_end, hi)
        if ym is not None:
            y = int(ym.group(1))
            # "down 18 percent in 2001" in a 2001 report is the year to date; in a later one, that year's
            period = "ytd" if y == ctx.doc_date.year else ("year" if y < ctx.doc_date.year else period)
    if period == "day":
        at = fig_end + len(text[fig_end:hi]) - len(text[fig_end:hi].lstrip(" ,"))
        fm = _VALUE_FILLER.match(text, at, hi)  # "lost 63 percent of its value since ..."
        if fm is not None:
            at = fm.end()
        fm = _AGAINST_FILLER.match(text, at, hi)  # "appreciated 15 pct against the U.S. currency since ..."
        if fm is not None:
            at = fm.end()
        # (anchored right after the figure: its words may run past the window, "since September 1985")
        im = _INTERVAL.match(text, at, max(hi, min(s_end, at + 60)) if text.startswith("since", at) else hi)
        if im is None and s_start < subj.start:
            # "Since hitting a record high on May 12, ether has plunged 57%": an opening clause
            # before the subject is the period of the sentence's move
            om = _OPENING_WINDOW.match(text, s_start, subj.start)
            if om is not None:
                period = first_label(_PERIODS, om.group("w")) or period
                im = _INTERVAL.match(text, om.start("w"), om.end()) if period == "day" else None
                if im is not None and (_interval(ctx, im) or "?").startswith("?"):
                    im = None  # "Since the scrapping of the floor was announced,": no date to measure from
        if im is None:
            pre = re.search(r"(?:\b(?:from|since)\s[^,;]{0,40}|\b(?:over|across)\s[^,;]{0,30}),?\s*$",
                            text[max(s_start, g.start - 60):g.start])
            if pre and not _SUPERLATIVE_BEFORE.search(text, max(s_start, g.start - 60 + pre.start() - 40),
                                                      max(s_start, g.start - 60) + pre.start()):
                im = _INTERVAL.search(pre.group(0))  # (not "its weakest level since 2009 at 1,480": a record's)
        if im and not _SUPERLATIVE_BEFORE.search(text[max(s_start, im.start() - 30):im.start()] if im.string is text else ""):
            period = _interval(ctx, im) or period
    if period == "day" and ctx.section_period and not re.search(r"\bon\s+\w+day\b|\btoday\b", window):
        period = ctx.section_period
    if period == "day" and g.inherit_period and prev is not None and prev.period != "day":
        period = prev.period
    g.period = period
    para = text.rfind("\n", 0, s_start)
    if para != ctx.para_start:
        ctx.para_start, ctx.para_date = para, None
    as_of = ctx.para_date or (ctx.doc_date.isoformat() if ctx.doc_date else None)
    day = dates.parse_iso(as_of) if as_of and len(as_of) == 10 else ctx.doc_date
    explicit = False
    for dm in dates.DATE_EXPR.finditer(text, lo, hi):
        if dm.lastgroup in ("month", "year") and period != "day":
            continue
        if _YARDSTICK_DATE.search(text, max(lo, dm.start() - 12), dm.start()):
            continue  # "its best single-day rise since July 14": a record's yardstick, not the move's day
        if dm.lastgroup in ("thisweek", "thismonth") and period in ("week", "month"):
            continue
        r = dates.resolve(dm, ctx.doc_date)
        if r and dm.lastgroup not in ("month",) or (r and "earlier" in dm.group(0)):
            if dm.lastgroup == "lastweek" and period == "week":
                as_of = r.split("/")[1] if "/" in r else r
                wk = dates.parse_iso(as_of)
                if wk:
                    as_of = (wk.replace() - __import__("datetime").timedelta(days=2)).isoformat()
            else:
                as_of = r
                explicit = dm.lastgroup in ("weekday", "yesterday", "mdy", "dmy", "daysago")
            day = dates.parse_iso(r) if r and len(r) == 10 else day
            break
        if r and dm.lastgroup == "month":
            as_of = r
            break
    if day is not None:
        cm = dates.CLOCK.search(text, lo, hi)
        if cm:
            tz = _tz(ctx, subj)
            t = dates.clock_iso(cm, day, tz)
            if t:
                as_of = t
    if explicit and as_of and len(as_of) >= 10 and period == "day":
        ctx.para_date = as_of[:10]
    phase = first_label(_PHASES, window)
    return period, as_of, phase


# where a figure's window for its moment stops: the next figure's clause, or a base (a base's moment is
# its own: "at 1.8260 marks, compared with 1.8200 at the close yesterday"; "to a close of 418.50 dlrs
# from its opening 421.80 and yesterday's 421.50"; "vs. the yen" names a pair's other side, no base)
_WINDOW_END = re.compile(r"[;]|\bwhile\b|\bbut\b|,\s+(?:and\s+)?(?:after|before|when|closing|ending|finishing|settling)\b|"
                         r"\bcompared\s+(?:with|to)\s|"
                         r"\bfrom\s+(?:its\s+|their\s+|the\s+)?(?:[a-z']+\s+){0,2}\d[\d,]*[./]\d")
# a second move joined to the first with its own word of direction: "... and up 13.7%"
_JOINED_MOVE = re.compile(r"[^,;.]{0,30}?\b(?:and|but|while)\s+(?:was\s+|were\s+|is\s+|are\s+)?"
                          r"(?P<dir>up|down|higher|lower|rose|fell|gained|lost)\b", re.I)
# a sentence that opens with its own window: "Since hitting a record high on May 12, ", "In the last one month, "
_OPENING_WINDOW = re.compile(r"\s*(?P<w>(?:since|in|over)\s[^,;.]{3,50}),\s+(?:\S+\s*){0,3}$", re.I)
_AND_DIRECTION = re.compile(r"\b(?:flat|unchanged|steady)\b[^,;.]{0,30}?\band\s+(?P<dir>up|down|higher|lower|rose|fell|gained|lost|climbed|dropped|added|slipped)\b", re.I)
# a record's words before its look-back ("its weakest level since 2009"): the look-back is the record's, not the move's
_SUPERLATIVE_BEFORE = re.compile(r"\b(?:most|biggest|largest|best|worst|highest|lowest|weakest|strongest|steepest|sharpest|"
                                 r"first\s+time|not\s+seen)(?:\s+(?:level|levels|close|finish|point|mark|reading))?\s*$")
_YARDSTICK_DATE = re.compile(r"\b(?:since|until|till|before)\s+(?:mid-|early\s+|late\s+)?$", re.I)
_AGAINST_FILLER = re.compile(r"against\s+(?:the\s+)?(?:[\w.]+\s+){1,3}?(?=since\b|from\b|over\b)", re.I)
_VALUE_FILLER = re.compile(r"of\s+(?:its|their)\s+(?:market\s+)?(?:value|gains?|losses)\s+")
_IN_YEAR = re.compile(r"\s*(?:so\s+far\s+)?in\s+((?:19|20)\d\d)\b(?!\s*[-/]\d)")


def _tz(ctx: Context, subj: EntityMention) -> str | None:
    code = subj.market or (ctx.ref.mic_market.get(subj.mic or "") if subj.mic else None) or ctx.market
    mk = ctx.ref.markets.get(code or "")
    return mk.tz if mk else None


def _interval(ctx: Context, m: re.Match[str]) -> str | None:
    end = ctx.doc_date.isoformat() if ctx.doc_date else ""
    start = ""
    frag = m.group(0)
    for dm in dates.DATE_EXPR.finditer(frag):
        r = dates.resolve(dm, ctx.doc_date)
        if r:
            start = r.split("/")[0]
            break
    if not start:
        mm = re.search(r"\b(January|February|March|April|May|June|July|August|September|October|November|December)\b", frag)
        if mm:
            start = dates.month_iso(mm.group(1), None, ctx.doc_date) or ""
    if m.group("wdfrom"):
        days = [r for r in (dates.resolve(dm, ctx.doc_date) for dm in dates.DATE_EXPR.finditer(m.group("wdfrom"))) if r]
        if len(days) == 2 and len(days[0]) == len(days[1]) == 10 and days[0] < days[1]:
            return f"{days[0]}/{days[1]}"
        return None
    if m.group("n"):
        n = str(int(NUMBER_WORDS[m.group("n").lower()])) if m.group("n").lower() in NUMBER_WORDS else m.group("n")
        unit = m.group("unit").lower()
        if not start and ctx.doc_date is not None and unit in ("days", "weeks", "months"):
            d = ctx.doc_date
            if unit == "months":
                k = d.year * 12 + d.month - 1 - int(n)
                y, mo = divmod(k, 12)
                start = d.replace(year=y, month=mo + 1, day=min(d.day, calendar.monthrange(y, mo + 1)[1])).isoformat()
            else:
                start = (d - datetime.timedelta(days=int(n) * (7 if unit == "weeks" else 1))).isoformat()
        start = start or f"P{n}{unit[0].upper()}"
    if m.group("pastyear") and ctx.doc_date is not None:
        d = ctx.doc_date
        start = (d.replace(year=d.year - 1) if not (d.month == 2 and d.day == 29) else d.replace(year=d.year - 1, day=28)).isoformat()
    if m.group("pastmonth") and ctx.doc_date is not None:
        d = ctx.doc_date
        y, mo = (d.year, d.month - 1) if d.month > 1 else (d.year - 1, 12)
        start = d.replace(year=y, month=mo, day=min(d.day, calendar.monthrange(y, mo)[1])).isoformat()
    if not start:
        start = "?"
        if not (m.group("from") or m.group("since") or m.group("endof")):
            return None
    return f"{start}/{end}" if end else f"{start}/.."
