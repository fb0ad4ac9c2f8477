"""Weekdays that contradict a date: one written beside it, or the report's
own date for the session it reports."""

from __future__ import annotations

import re
from datetime import date

from .. import dates
from ..model import Check, Doc
from .common import SENTENCE_BREAK, make_check

_WD_DATE = re.compile(r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+(?:the\s+)?"
                      r"(January|February|March|April|May|June|July|August|September|October|November|December|"
                      r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+((?:19|20)\d\d))?")


_WEEKDAY_NAMES = tuple(w.capitalize() for w in dates.WEEKDAYS)


def date_checks(doc: Doc, text: str) -> list[Check]:
    """A weekday written beside a date it does not fall on."""
    out: list[Check] = []
    if not any(w in text for w in _WEEKDAY_NAMES):
        return out  # a plain substring test is far cheaper than the pattern
    ref = None
    try:
        ref = date.fromisoformat(doc.date) if doc.date else None
    except ValueError:
        ref = None
    for m in _WD_DATE.finditer(text):
        year = int(m.group(4)) if m.group(4) else (ref.year if ref else None)
        if year is None:
            continue
        try:
            d = date(year, dates.MONTHS[m.group(2).lower()[:3]], int(m.group(3)))
        except ValueError:
            continue
        if not m.group(4) and ref is not None and d > ref and (d - ref).days > 180:
            d = d.replace(year=year - 1)
        wd = dates.WEEKDAYS[d.weekday()]
        if wd != m.group(1).lower():
            out.append(make_check("date", m.start(), m.end(),
                              f"{d.isoformat()} was a {wd.capitalize()}, not a {m.group(1)}",
                              text=m.group(0), date=d.isoformat()))
    return out


# a weekday said of a move: "soared on Thursday", "ended higher Tuesday"
_MOVE_WEEKDAY = re.compile(r"\b(?:on\s+)?(" + "|".join(_WEEKDAY_NAMES) + r")(?:['’]s)?\b")
_NOT_THIS_SESSION = re.compile(r"\b(?:last|next|previous|prior|since|from|until|till|through|by|before|after|ahead\s+of|"
                               r"due|will|would|expected|scheduled|set|on\s+or|every|each|earlier|later|this\s+past|"
                               r"week|weekend)\W+(?:\w+\W+){0,2}$", re.I)


def session_weekdays(doc: Doc, text: str, seen: set[int] | None = None) -> list[Check]:
    """A move of the report's own day put on the next weekday ("China shares
    soared on Thursday" in a report dated Wednesday): a plain weekday with a
    move names the report's session or one of the days just before it, not
    the day after, nor a weekend day in our times."""
    out: list[Check] = []
    if not any(w in text for w in _WEEKDAY_NAMES):
        return out
    ref = dates.parse_iso(doc.date)
    if ref is None:
        return out
    seen = set() if seen is None else seen
    for m in doc.moves:
        if m.period != "day":
            continue
        for sp in (m.evidence or (m.span,)):
            if SENTENCE_BREAK.search(text, sp.start, sp.end):
                continue  # a move read across sentences is too loose to hold a weekday to
            out += _weekdays_near(text, sp.start, sp.end, ref, seen)
    # a market's day told in the past tense without a figure ("Major U.S. stock indexes ended
    # higher Tuesday", "Treasury prices slipped Thursday"): the same holds
    west = doc.market not in _EAST_MARKETS
    for vm in _MARKET_PAST.finditer(text):
        if not _MARKET_NOUN.search(text, max(0, vm.start() - 60), vm.start()):
            continue
        if west and _EAST_PLACE.search(text, max(0, vm.start() - 80), vm.end()):
            # Tokyo's Tuesday is still Monday in New York: a report dated in the West may give an
            # Asian market's next day
            continue
        out += _weekdays_near(text, vm.start(), vm.end(), ref, seen)
    return out


_EAST_MARKETS = frozenset(["JP", "HK", "CN", "AU", "NZ", "KR", "SG", "TW", "IN", "MY", "ID", "TH", "PH"])
_EAST_PLACE = re.compile(r"\b(?:Tokyo|Japan\w*|Hong\s+Kong|Sydney|Australia\w*|Asia\w*|Seoul|Korea\w*|Singapore|"
                         r"Shanghai|Shenzhen|China|Chinese|Taipei|Taiwan\w*|Wellington|New\s+Zealand|Mumbai|India\w*)\b")


# a past-tense verb of a market's day, the weekday just after it
_MARKET_PAST = re.compile(r"\b(?:rose|fell|gained|lost|closed|ended|finished|slipped|soared|jumped|surged|retreated|"
                          r"rallied|climbed|declined|dropped|slid|tumbled|plunged|firmed|weakened|strengthened|"
                          r"edged\s+(?:up|down|higher|lower)|advanced|eased|opened|"
                          # a market's mood told in the past: "the mood was upbeat on Wednesday"
                          r"(?:was|were)\s+(?:upbeat|buoyant|subdued|mixed|gloomy|cautious|bullish|bearish|sour|"
                          r"brighter|calm|jittery|nervous))\b[^.;:\n]{0,30}?"
                          r"(?=\b(?:on\s+)?(?:" + "|".join(_WEEKDAY_NAMES) + r")\b)")
_MARKET_NOUN = re.compile(r"\b(?:stocks?|shares|index|indexes|indices|markets?|prices|bourse|yen|dollar|euro|"
                          r"sterling|pound|yuan|won|rupee|Treasur\w*|bonds?|yields?|futures|S&P|Dow|Nasdaq|Nikkei|"
                          r"FTSE|DAX|Kospi|Sensex)\b[^.;\n]{0,40}\Z", re.I)


def _weekdays_near(text: str, start: int, end: int, ref: date, seen: set[int]) -> list[Check]:
    """The weekdays of a move's own words (and the few after them, to its
    sentence's end) that fall after the report's date or on a weekend."""
    out: list[Check] = []
    hi = min(len(text), end + 40)
    stop = SENTENCE_BREAK.search(text, end, hi)
    hi = stop.start() + 1 if stop else hi
    for wm in _MOVE_WEEKDAY.finditer(text, start, hi):
        if wm.start() in seen or _another_day(text, 0, wm):
            continue
        wd = dates.WEEKDAYS.index(wm.group(1).lower())
        back = (ref.weekday() - wd) % 7
        weekend = wd >= 5 and ref.year >= 1998  # (Tokyo traded on Saturdays in the 1980s)
        if back not in (5, 6) and not weekend:
            continue
        seen.add(wm.start())
        why = "a weekend day, with no session" if weekend else \
            f"after the report's date ({ref.isoformat()}, a {ref.strftime('%A')})"
        out.append(make_check("date", wm.start(), wm.end(), f"{wm.group(1)} is {why}; the move is of the report's "
                          f"session or a day before it", text=wm.group(0), date=ref.isoformat()))
    return out


def _another_day(text: str, lo: int, wm: re.Match[str]) -> bool:
    """A weekday that names no session of the report's: "last Thursday", "a
    meeting on Thursday", "Thursday, Oct. 15" (the date check's)."""
    return _NOT_THIS_SESSION.search(text, max(lo, wm.start() - 30), wm.start()) is not None \
        or _EVENT_BEFORE.search(text, max(lo, wm.start() - 40), wm.start()) is not None \
        or text[wm.end():wm.end() + 12].lstrip(" ,").startswith(_MONTH_STARTS)


# an event the weekday belongs to, not the move: "its board meeting on Thursday", "final trade day Tuesday"
_EVENT_BEFORE = re.compile(r"\b(?:meeting|meetings|day|session|conference|announcement|report|release|data|decision|"
                           r"vote|election|holiday|hearing|talks|summit|auction|deadline|expiry|expiration|results|"
                           r"earnings|figures|statement)\s+(?:\w+\s+){0,1}(?:on\s+)?$", re.I)
_MONTH_STARTS = tuple(m.capitalize() for m in dates.MONTHS if len(m) == 3)


# ------------------------------------------------------------------ the lede
# "LONDON, Aug 6 (Reuters) - ", "NEW YORK, March 3 - ": the dateline's day is the day the story tells
_DATELINE = re.compile(r"[A-Z][A-Za-z .'-]{1,40}?,\s+(" + "|".join(m.capitalize() for m in dates.MONTHS) +
                       r")\.?\s+(\d{1,2})\s*(?:\([A-Za-z .]{2,20}\)\s*)?[-–—]")
# a past-tense verb just before a weekday: "the Labor Department reported Friday", "closed higher on Friday"
_PAST_BEFORE = re.compile(r"\b(?:\w+ed|rose|fell|said|told|saw|made|hit|put|held|sold|bought|lost|won|gave|took|"
                          r"was|were|did|had|rallied|slid|sank|sunk)\s+(?:\w+\s+){0,2}(?:on\s+)?\Z", re.I)
_MARKET_WORD = re.compile(r"\b(?:stocks?|shares|index|indexes|indices|markets?|bourse|benchmarks?|Treasur\w*|bonds?|"
                          r"yields?|futures|S&P|Dow|Nasdaq|Nikkei|FTSE|DAX|Kospi|Sensex|STI|Hang\s+Seng)\b", re.I)
_INTRADAY_AFTER = re.compile(r"\s+(?:morning|afternoon|midday|lunchtime)\b", re.I)
_REPORTED = re.compile(r"\b(?:said|says|announced|reported|told|unveiled|disclosed)\b", re.I)


def _lede(text: str) -> tuple[int, int, int, int] | None:
    """The headline's span (or empty) and the first sentence of the body."""
    pos, head = 0, (0, 0)
    for line in text.split("\n"):
        start, stripped = pos, line.strip()
        pos += len(line) + 1
        if not stripped:
            continue
        if not re.search(r"[.!?][\"'’”]?$", stripped) and len(stripped) < 200 and ". " not in stripped:
            if head == (0, 0):
                head = (start, start + len(line))
            continue  # a headline or a subhead
        stop = SENTENCE_BREAK.search(text, start, start + len(line))
        return head[0], head[1], start, stop.start() + 1 if stop else start + len(line)
    return None


def lede_weekdays(doc: Doc, text: str, seen: set[int]) -> list[Check]:
    """The lede tells the report's own news: its weekday is the dateline's
    day, the headline's (when that is the report's date), or one of the days
    just before the report's date; never the day after, a weekend day in
    our times, nor, for a morning's trade, another day than the report's."""
    out: list[Check] = []
    ref = dates.parse_iso(doc.date)
    if ref is None or not any(w in text[:3000] for w in _WEEKDAY_NAMES):
        return out
    spans = _lede(text[:3000])
    if spans is None:
        return out
    h0, h1, s0, s1 = spans
    anchor: date | None = None
    dl = _DATELINE.match(text, s0)
    if dl is not None:
        try:
            d = date(ref.year, dates.MONTHS[dl.group(1).lower()[:3]], int(dl.group(2)))
            anchor = d if abs((d - ref).days) <= 3 else None
        except ValueError:
            anchor = None
    if anchor is None:
        for hm in _MOVE_WEEKDAY.finditer(text, h0, h1):
            if dates.WEEKDAYS.index(hm.group(1).lower()) == ref.weekday() and \
                    not _NOT_THIS_SESSION.search(text, max(h0, hm.start() - 30), hm.start()):
                anchor = ref  # "How the Dow fared on Friday", dated a Friday
    for wm in _MOVE_WEEKDAY.finditer(text, s0, s1):
        if wm.start() in seen or _another_day(text, s0, wm) or "'" in wm.group(0) \
                or "’" in wm.group(0):
            continue
        wd = dates.WEEKDAYS.index(wm.group(1).lower())
        market = _MARKET_WORD.search(text, s0, wm.start()) is not None
        past = _PAST_BEFORE.search(text, max(s0, wm.start() - 40), wm.start()) is not None
        told = _REPORTED.search(text, max(s0, wm.start() - 60), wm.start()) is not None
        why = None
        if anchor is not None and market and not told and wd != anchor.weekday():
            why = (f"the {'dateline' if dl is not None and anchor != ref else 'headline'}'s day is a "
                   f"{dates.WEEKDAYS[anchor.weekday()].capitalize()} ({anchor.isoformat()})")
        back = (ref.weekday() - wd) % 7
        if why is None and wd >= 5 and ref.year >= 1998 and market:
            why = "a weekend day, with no session"
        elif why is None and back == 6 and past and not (doc.market not in _EAST_MARKETS
                                                          and _EAST_PLACE.search(text, s0, s1)):
            why = f"the day after the report's date ({ref.isoformat()}, a {ref.strftime('%A')})"
        elif why is None and back == 5 and market and not told:
            why = f"after the report's date ({ref.isoformat()}, a {ref.strftime('%A')})"
        elif why is None and 1 <= back <= 5 and market and _INTRADAY_AFTER.match(text, wm.end()):
            why = f"not the report's date ({ref.isoformat()}, a {ref.strftime('%A')}), yet a morning's trade"
        if why is None:
            continue
        seen.add(wm.start())
        out.append(make_check("date", wm.start(), wm.end(), f"{wm.group(1)} does not fit the lede: {why}",
                              text=wm.group(0), date=(anchor or ref).isoformat()))
    return out


_PAST_AFTER = re.compile(r"\s+(?:\w+ed|rose|fell|cut|set|said|told|held|kept|left|hit|sank|slid|lost|won)\b")


def past_tomorrows(doc: Doc, text: str, seen: set[int]) -> list[Check]:
    """Anywhere in the text, a thing done on the day after the report's
    date ("the Labor Department said on Thursday" in a Wednesday's report,
    "the central bank on Thursday lowered"): a past tense cannot name
    tomorrow. An Asian day told in a Western report may be a day ahead."""
    out: list[Check] = []
    ref = dates.parse_iso(doc.date)
    if ref is None:
        return out
    tomorrow = _WEEKDAY_NAMES[(ref.weekday() + 1) % 7]
    if tomorrow not in text:
        return out
    west = doc.market not in _EAST_MARKETS
    for wm in re.finditer(r"\b(?:on\s+)?" + tomorrow + r"\b(?!['’])", text):
        if wm.start() in seen:
            continue
        lo = max(0, wm.start() - 120)
        cut = SENTENCE_BREAK.search(text, lo, wm.start())
        while cut is not None:
            lo = cut.end() - 1
            cut = SENTENCE_BREAK.search(text, lo + 1, wm.start())
        if _another_day(text, lo, wm):
            continue
        past = _PAST_BEFORE.search(text, max(lo, wm.start() - 40), wm.start()) is not None or \
            (wm.group(0).startswith("on") and _PAST_AFTER.match(text, wm.end()) is not None)
        if not past or re.search(r"\b(?:will|would|is|are|to\s+be|expected|scheduled|due)\b", text[lo:wm.start()]):
            continue
        if west and _EAST_PLACE.search(text, lo, min(len(text), wm.end() + 120)):
            continue
        seen.add(wm.start())
        out.append(make_check("date", wm.start(), wm.end(), f"{tomorrow} is the day after the report's date "
                              f"({ref.isoformat()}, a {ref.strftime('%A')}), yet told in the past tense",
                              text=wm.group(0), date=ref.isoformat()))
    return out
