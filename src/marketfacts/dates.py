"""Dates and times of market news, resolved against the article date.

"on Wednesday" is the latest Wednesday on or before the article date; "last
week" is the Monday-to-Sunday week before the article's; clock times are bound
to the exchange's time zone unless the text names a zone.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11,
    "nov": 11, "december": 12, "dec": 12,
}
NUM_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
             "eight": 8, "nine": 9, "ten": 10, "a": 1}
ZONES = {"EST": "-05:00", "EDT": "-04:00", "ET": None, "GMT": "+00:00", "UTC": "+00:00",
         "BST": "+01:00", "CET": "+01:00", "CEST": "+02:00", "HKT": "+08:00", "JST": "+09:00",
         "SGT": "+08:00", "AEST": "+10:00", "AEDT": "+11:00", "IST": "+05:30", "KST": "+09:00"}

_MONTH_RE = (r"(?:January|February|March|April|May|June|July|August|September|October|November|"
             r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?")
_WD_RE = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"

# (a space of the pattern may be a line break: wire copy is hard-wrapped, "on March\n9")
DATE_EXPR = re.compile(
    r"(?P<today>\b(?:today|tonight|this[ \n](?:morning|afternoon|evening))\b)"
    r"|(?P<yesterday>\byesterday\b)"
    r"|(?P<tomorrow>\btomorrow\b)"
    r"|(?P<lastweek>\blast[ \n]week(?:'s|’s)?\b)"
    r"|(?P<thisweek>\b(?:this|the[ \n]current)[ \n]week\b)"
    r"|(?P<nextweek>\bnext[ \n]week\b)"
    r"|(?P<lastmonth>\blast[ \n]month\b)"
    r"|(?P<thismonth>\b(?:earlier|later)?[ \n]?this[ \n]month\b)"
    r"|(?P<lastyear>\blast[ \n]year\b)"
    r"|(?P<daysago>\b(?P<n>one|two|three|four|five|six|seven|\d)[ \n](?:trading[ \n])?days?[ \n](?:earlier|ago|before)\b)"
    r"|(?P<mdy>\b(?P<m1>" + _MONTH_RE + r")[ \n](?P<d1>\d{1,2})(?:st|nd|rd|th)?(?:,?[ \n](?P<y1>\d{4}))?\b)"
    r"|(?P<dmy>\b(?P<d2>\d{1,2})[ \n](?P<m2>" + _MONTH_RE + r")(?:[ \n](?P<y2>\d{4}))?\b)"
    r"|(?P<weekday>\b(?:(?:on|last|late|early|since|from|until|by|before|after)[ \n])?(?P<wd>" + _WD_RE + r")(?:'s|’s)?\b)"
    # (not "since March 12": a day of the month makes it a date, read by mdy)
    r"|(?P<month>\b(?:in|since|from|during|for|of|end-|start[ \n]of)[ \n](?P<m3>" + _MONTH_RE + r")(?:[ \n](?P<y3>\d{4}))?\b"
    r"(?![ \n]\d{1,2}(?:st|nd|rd|th)?\b))"
    r"|(?P<year>\b(?:in|since|for)[ \n](?P<y4>(?:19|20)\d{2})\b)"
)

CLOCK = re.compile(
    r"\b(?P<h>\d{1,2})(?:[.:](?P<m>\d{2}))?\s?(?P<ampm>a\.?m\.?|p\.?m\.?)(?!\w)"
    r"(?:\s?\(?(?P<zone>EST|EDT|ET|GMT|UTC|BST|CET|CEST|HKT|JST|SGT|AEST|AEDT|IST|KST)\b)?"
    r"|\b(?P<h24>[01]\d|2[0-3])(?P<m24>[0-5]\d) (?P<zone24>GMT|UTC)\b",
    re.I,
)


def month_iso(month: str, year: str | None, ref: date | None) -> str | None:
    """ "June" (+ optional year) as YYYY-MM: without a year, the latest such
    month on or before the reference date."""
    mon = MONTHS.get(month.lower().rstrip("."))
    if mon is None:
        return None
    if year:
        return f"{int(year):04d}-{mon:02d}"
    if ref is None:
        return None
    y = ref.year if mon <= ref.month else ref.year - 1
    return f"{y:04d}-{mon:02d}"


def parse_iso(d: str | None) -> date | None:
    if not d:
        return None
    try:
        return date.fromisoformat(d[:10])
    except ValueError:
        return None


def last_weekday(ref: date, weekday: int) -> date:
    """The latest date on or before ``ref`` that falls on ``weekday`` (0=Monday)."""
    return ref - timedelta(days=(ref.weekday() - weekday) % 7)


def resolve(m: re.Match[str], ref: date | None) -> str | None:
    """An ISO date or interval for a DATE_EXPR match, or None if unresolvable
    (also when it would fall outside the calendar: "yesterday" of 0001-01-01)."""
    try:
        return _resolve(m, ref)
    except (OverflowError, ValueError):
        return None


def _resolve(m: re.Match[str], ref: date | None) -> str | None:
    g = m.lastgroup
    if ref is None:
        if g in ("mdy", "dmy") and (m.group("y1") or m.group("y2")):
            pass
        elif g == "year":
            return m.group("y4")
        else:
            return None
    assert g is not None
    if g == "today":
        return ref.isoformat() if ref else None
    if ref is None:
        return None
    if g == "yesterday":
        return (ref - timedelta(days=1)).isoformat()
    if g == "tomorrow":
        return (ref + timedelta(days=1)).isoformat()
    if g == "lastweek":
        start = ref - timedelta(days=ref.weekday() + 7)
        return f"{start.isoformat()}/{(start + timedelta(days=6)).isoformat()}"
    if g == "thisweek":
        start = ref - timedelta(days=ref.weekday())
        return f"{start.isoformat()}/{ref.isoformat()}"
    if g == "nextweek":
        start = ref - timedelta(days=ref.weekday()) + timedelta(days=7)
        return f"{start.isoformat()}/{(start + timedelta(days=6)).isoformat()}"
    if g == "lastmonth":
        first = ref.replace(day=1) - timedelta(days=1)
        return f"{first.year:04d}-{first.month:02d}"
    if g == "thismonth":
        return f"{ref.year:04d}-{ref.month:02d}"
    if g == "lastyear":
        return f"{ref.year - 1:04d}"
    if g == "daysago":
        n = m.group("n")
        k = int(n) if n.isdigit() else NUM_WORDS.get(n, 0)
        d = ref - timedelta(days=k)
        if "trading" in m.group(0):
            d = ref
            while k:
                d -= timedelta(days=1)
                if d.weekday() < 5:
                    k -= 1
        return d.isoformat()
    if g in ("mdy", "dmy"):
        mon = MONTHS[(m.group("m1") or m.group("m2")).lower().rstrip(".")]
        day = int(m.group("d1") or m.group("d2"))
        year_s = m.group("y1") or m.group("y2")
        year = int(year_s) if year_s else ref.year
        try:
            d = date(year, mon, day)
        except ValueError:
            return None
        if not year_s and d > ref + timedelta(days=7):
            d = d.replace(year=year - 1)
        return d.isoformat()
    if g == "weekday":
        wd = WEEKDAYS.index(m.group("wd").lower())
        return last_weekday(ref, wd).isoformat()
    if g == "month":
        mon = MONTHS[m.group("m3").lower().rstrip(".")]
        y = int(m.group("y3")) if m.group("y3") else (ref.year if mon <= ref.month else ref.year - 1)
        return f"{y:04d}-{mon:02d}"
    if g == "year":
        return m.group("y4")
    return None


@lru_cache(maxsize=64)
def _zone(tz: str) -> ZoneInfo | None:
    try:
        return ZoneInfo(tz)
    except Exception:  # noqa: BLE001 - an unknown zone only loses the offset
        return None


def clock_iso(m: re.Match[str], day: date, tz: str | None) -> str | None:
    """``YYYY-MM-DDTHH:MM+HH:MM`` for a CLOCK match on ``day``."""
    if m.group("h24"):
        h, mi, zone = int(m.group("h24")), int(m.group("m24")), m.group("zone24").upper()
    else:
        h = int(m.group("h"))
        mi = int(m.group("m") or 0)
        ampm = m.group("ampm").lower().replace(".", "")
        if h > 12 or mi > 59:
            return None
        if ampm == "pm" and h != 12:
            h += 12
        if ampm == "am" and h == 12:
            h = 0
        zone = (m.group("zone") or "").upper()
    offset = ZONES.get(zone) if zone else None
    if offset is None:
        zname = "America/New_York" if zone == "ET" else tz
        z = _zone(zname) if zname else None
        if z is None:
            return f"{day.isoformat()}T{h:02d}:{mi:02d}"
        off = datetime(day.year, day.month, day.day, h, mi, tzinfo=z).utcoffset()
        assert off is not None
        total = int(off.total_seconds() // 60)
        sign = "+" if total >= 0 else "-"
        total = abs(total)
        offset = f"{sign}{total // 60:02d}:{total % 60:02d}"
    return f"{day.isoformat()}T{h:02d}:{mi:02d}{offset}"


# the forms a user or a corpus writes a date in: ISO (with a time after it),
# Y/M/D, D-Mon-Y ("26-FEB-1987 15:01:01.79", Reuters), "13 July 2023",
# "July 13, 2023", and D/M/Y or M/D/Y where the numbers leave one reading
_USER_FORMS = (
    re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T\s].*)?"),
    re.compile(r"(\d{1,2})[-\s]([A-Za-z]{3,9})\.?[-\s,]+(\d{4})(?:\s.*)?"),
    re.compile(r"([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})(?:\s.*)?"),
    re.compile(r"(\d{1,2})[/.](\d{1,2})[/.](\d{4})(?:\s.*)?"),
)


def parse_user_date(raw: str) -> tuple[str | None, str]:
    """``(ISO date, "")`` for a date in a common form, else ``(None, why)``."""
    s = raw.strip()
    for k, pat in enumerate(_USER_FORMS):
        m = pat.fullmatch(s)
        if not m:
            continue
        a, b, c = m.groups()
        if k == 0:
            y, mo, d = int(a), int(b), int(c)
        elif k in (1, 2):
            word, day = (b, a) if k == 1 else (a, b)
            mon = MONTHS.get(word.lower())
            if mon is None:
                return None, f"{word!r} is not a month"
            y, mo, d = int(c), mon, int(day)
        else:
            x, z, y = int(a), int(b), int(c)
            if x > 12 >= z:
                d, mo = x, z
            elif z > 12 >= x:
                mo, d = x, z
            elif x == z:
                d = mo = x
            else:
                return None, f"{s!r} could be day/month or month/day; write YYYY-MM-DD"
        try:
            return date(y, mo, d).isoformat(), ""
        except ValueError:
            return None, f"{s!r} is not a day of the calendar"
    return None, f"{s!r} is not a date; write YYYY-MM-DD"
