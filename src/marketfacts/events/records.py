"""Records: highs, lows, the best or worst since a date or an event.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import date, timedelta
from functools import lru_cache
from typing import Any

from .. import dates, rule_files
from ..entities import EntityMention
from ..model import Entity
from .context import _CLAUSE, EventContext, _count, _ent, _event, _move_before, _record_subjects, _unit
from .indicators import indicator_names

_RECORD = re.compile(
    r"\b(?P<qual>(?:approach(?:es|ed|ing)?|near(?:s|ed|ing)?|on\s+(?:course|track)\s+for|poised\s+for|set\s+for|"
    r"heading\s+for|within\s+reach\s+of|just\s+shy\s+of|close\s+to|"
    # "closed within 2 points of its 2010 high"
    r"within\s+(?:about\s+)?[\d.,]+\s+(?:points?|pts|%|percent|per\s*cent)\s+of)\s+(?:the\s+|its\s+|a\s+|another\s+|fresh\s+)?)?"
    r"(?:(?P<sup>best|worst|biggest|largest|steepest|sharpest|strongest|weakest|highest|lowest|most)\s+"
    r"(?:(?P<span1>one-day|single-day|daily|weekly|monthly|quarterly|annual|intraday|\w+[- ](?:day|week|month|session))\s+)?"
    r"(?:(?:daytime|closing|trading)\s+)?"
    r"(?:percentage\s+)?(?P<what>gains?|rises?|rally|rallies|jumps?|rebound|advances?|drops?|falls?|declines?|losses|loss|"
    r"slumps?|plunges?|slides?|sell-?offs?|weeks?|days?|months?|quarters?|sessions?|levels?|closes?|close|performance|"
    r"finish|showing|run|increase|uplift|decrease|ipo|initial\s+public\s+offering|reading|rate|level|points?)?"
    r"|(?P<lvl>(?:record|all-time|fresh\s+record|new\s+record|new\s+all-time|\d+-(?:week|month|year|day)|year-to-date|"
    # "a 5-1/2 year high", "its 2010 high" (the year's: since its start)
    r"\d+(?:-|\s+)\d/\d[- ](?:week|month|year)|(?P<year>(?:19|20)\d\d)|"
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|multi|several)-(?:week|month|year|day)|"
    r"multi-month|multi-year|decade|lifetime)(?:\s+|(?<=record)-)(?:closing\s+|trading\s+|intraday\s+)?(?P<hl>highs?|lows?|peaks?|trough)(?!\w)"
    r"|record\s+(?:closes?|closing\s+highs?|levels?)"
    # "ended at new highs", "finished the session at records"
    r"|(?:new|fresh)\s+(?:closing\s+)?(?P<newhl>highs?|lows?|peaks?)\b(?!\s+(?:for|of(?!\s+[\d$€£¥])|since|in)\b)"
    r"|(?<=at\s)records\b|(?<=to\s)records\b|(?:(?<=at\sa\s)|(?<=hit\sa\s)|(?<=hits\sa\s)|(?<=touched\sa\s)|(?<=reached\sa\s)|"
    r"(?<=to\sa\s))"
    # ("closed at a record 6,932.05", "to a record $12,960": the level it reached its record)
    r"record(?=\s*(?:[,.;]|$|\s+(?:on|for|after|as|with|in)\b)|\s+(?:of\s+)?(?:[A-Z]{0,3}[$€£¥]\s?)?\d))"
    r"|(?P<notseen>(?:a\s+)?level\s+not\s+(?:seen|reached|hit)\s+since)"
    r"|(?P<first>(?:as\s+(?P<fhl>high|low)\s+as|topped|(?:rose|closed|ended|finished|traded|broke|climbed|went)\s+above|"
    r"(?:fell|dropped|closed|ended|finished|traded|broke|went|dipped|slipped|sank)\s+below|(?:climbed|rose|broke|pushed|"
    r"(?P<fdown>fell|slid|dropped|sank))\s+(?:past|through|beyond)|crossed|surpassed|breached)\b(?:[^.;]|\.(?=\d)){0,50}?"
    r"\bfor\s+the\s+first\s+time(?:\s+since|\s+ever|\s+in)?\b"
    # "its first close above 29,000 since February", "the first time the S&P closed above 1,100 in 20 months"
    r"|first\s+(?:close|finish|time\s+(?:[\w&.'’-]+\s+){0,4}?(?:closed|ended|finished|rose|traded|was))\s+"
    r"(?:above|over|below|under)\s+(?:[A-Z]{0,3}[$€£¥])?[\d,.]+(?:\s+points)?\s+(?:since|in)\b))",
    re.I,
)
# what a record is measured against before its lookback: "its weakest level against the euro in a year"
_AGAINST = r"(?:against\s+(?:the\s+)?[\w.-]+(?:\s+[\w.-]+)?\s+)"
_BEST = {"best", "biggest", "largest", "strongest", "sharpest", "steepest", "highest"}
_UP_WORDS = re.compile(r"gain|rise|rall|jump|rebound|advance|increase|run|showing|best", re.I)
_DOWN_WORDS = re.compile(r"drop|fall|declin|loss|slump|plunge|slide|sell|decrease|worst|weak", re.I)


def _records(ctx: EventContext, s: int, e: int, ents: Sequence[EntityMention],
             company: Callable[[], Entity | None] | None = None) -> None:
    text = ctx.text
    if "record" in text[s:e].lower():
        _result_records(ctx, s, e, ents, company)
    indicator_spans: list[tuple[int, int, str]] | None = None
    for m in _RECORD.finditer(text, s, e):
        g = m.groupdict()
        qual = "approaching" if g["qual"] else None
        period = None
        before = text[max(s, m.start() - 30):m.start()].lower()
        if re.search(r"\bfrom\s+(?:its\s+|their\s+|a\s+|the\s+)?(?:\w+-\w+\s+)?$", before) or \
                re.search(r"\b(?:shy|short)\s+of\s+(?:reaching\s+)?(?:its\s+|their\s+)?$", before) or \
                re.search(r"\brates?\s+at\s+$", before):
            continue  # "rebounding from two-month lows", "shy of its high", "rates at record highs"
        sup = (g["sup"] or "").lower()
        what = (g["what"] or "").lower()
        if g["notseen"]:
            ctx_before = text[max(s, m.start() - 60):m.start()].lower()
            mv = _move_before(ctx, m.start(), s)
            if "low" in ctx_before:
                extreme = "lowest"
            elif "high" in ctx_before:
                extreme = "highest"
            elif mv and (mv[-1].change_pct or 0) < 0:
                extreme = "lowest"
            else:
                extreme = "highest"
        elif g["first"]:
            fhl = (g["fhl"] or "").lower()
            extreme = "lowest" if fhl == "low" or g["fdown"] or re.search(r"below", m.group(0), re.I) else "highest"
        elif g["lvl"] or what.rstrip("s") in ("level", "close", "rate", "reading", "point") or (sup in ("highest", "lowest") and not what):
            hl = (g["hl"] or g["newhl"] or "").lower()
            if sup:
                extreme = "highest" if sup in _BEST else "lowest"
            elif hl:
                extreme = "highest" if hl.startswith(("high", "peak")) else "lowest"
            elif re.search(r"\b(?:fell|dropped|slid|sank|declined|plunged|tumbled|slumped)\s+(?:\w+\s+)?(?:to|at)\s+$",
                           text[max(s, m.start() - 30):m.start()]):
                extreme = "lowest"  # "yields also dropped to records"
            else:
                extreme = "highest"
        else:
            if not what and sup != "most":
                continue
            if sup in ("highest", "lowest"):
                continue
            if sup == "most":
                if not re.match(r"\s*since\b", text[m.end():m.end() + 8]):
                    continue
                mv = _move_before(ctx, m.start(), s)
                extreme = "worst" if mv and (mv[-1].change_pct or 0) < 0 else "best"
                period = "day"
            elif re.match(r"weeks?|days?|months?|quarters?|sessions?|performance|finish|showing", what):
                extreme = "best" if sup in _BEST else "worst"
                span0 = (g["span1"] or "").lower()
                # ("its best annual performance": a year's; "its worst weekly showing": a week's)
                period = _unit(what) if re.match(r"weeks?|days?|months?|quarters?|sessions?", what) else \
                    _unit(span0) if span0 in ("weekly", "monthly", "quarterly", "annual") else "day"
            elif what in ("ipo", "initial public offering"):
                extreme, period = "highest", None
            else:
                up = bool(_UP_WORDS.search(what))
                down = bool(_DOWN_WORDS.search(what))
                if not (up or down):
                    continue
                extreme = "best" if up and sup not in ("worst", "weakest") else "worst"
                span1 = (g["span1"] or "").lower()
                period = "day"
                if span1 and not span1.startswith(("one-day", "one day", "single-day", "daily", "intraday")):
                    if re.match(r"(?:two|three|four|five|\d+)[- ](?:day|session)", span1):
                        period = "interval"
                    else:
                        period = _unit(span1)
        tail = text[m.end():min(e, m.end() + 60)]
        if g["first"] and not re.search(r"(?:since|in)$", m.group(0)):
            since = None  # "for the first time" (ever): no look-back
        else:
            since = _since(ctx, tail, m) if not (g["notseen"] or g["first"]) else _since(ctx, " since " + tail, m)
        has_lookback = bool(re.match(r"\s*(?:,\s*)?" + _AGAINST + r"?(?:since|in|for)\b", tail)) \
            or bool(g["notseen"] or g["first"]) or \
            bool(sup in ("highest", "lowest") and re.search(r"\bsince\b", tail[:40]))
        if sup in ("highest", "lowest") and not what and since is None and has_lookback:
            since = _since(ctx, tail[tail.find("since"):] if "since" in tail else tail, m)
        if not has_lookback and not g["lvl"] and not re.search(r"\b(?:ever|on\s+record|all-time|this\s+year|of\s+the\s+year)\b", tail[:30], re.I) \
                and not qual and "record" not in m.group(0).lower():
            continue
        subjects = _record_subjects(ctx, ents, m.start(), s)
        pushed = next((x for x in ents if x.type not in ("place", "person", "anaphor")
                       and _PUSHED_TO.fullmatch(text, x.end, m.start())
                       and _PUSH_VERB.search(text, max(s, x.start - 20), x.start)), None)
        if pushed is not None:
            subjects = [pushed]  # "a rally which pushed the pound to four-year highs": what was pushed there
        if subjects and all(x.id is None for x in subjects) and indicator_spans is None:
            indicator_spans = indicator_names(ctx, s, e)
        if subjects and indicator_spans and all(x.id is None for x in subjects):
            # "Congress wants to cut the U.S. trade deficit, which last year hit a record": an indicator
            # named between an unknown name and the record is what reached it
            last_end = max(x.end for x in subjects)
            closer = [x for x in indicator_spans if last_end <= x[0] and x[1] <= m.start()
                      and not _CLAUSE.search(text, x[1], m.start())]
            if closer:
                a0, b0, _ = closer[-1]
                subjects = [EntityMention(a0, b0, " ".join(text[a0:b0].split()), None, "indicator", "indicator_phrase")]
        if not subjects:
            # "The annual inflation rate ... is the lowest since February 2021":
            # an indicator named before the record, with no name of a market
            if indicator_spans is None:  # found once a sentence: a sentence of records costs one scan
                indicator_spans = indicator_names(ctx, s, e)
            named = [x for x in indicator_spans if x[1] <= m.start() and not _CLAUSE.search(text, x[1], m.start())]
            if not named:
                continue
            a0, b0, _ = named[-1]
            subjects = [EntityMention(a0, b0, " ".join(text[a0:b0].split()), None, "indicator", "indicator_phrase")]
        if period == "day" and not g["span1"] and sup != "most":
            # "exports fell 7.5% in November, the biggest decline since February 2020": a month's change
            told = _PERIOD_TOLD.search(text, s, m.start())
            if told is not None:
                period = "quarter" if told.group("q") else "month"
        for subj in subjects:
            fields: dict[str, Any] = {"subject": _ent(subj, text), "period": period, "extreme": extreme,
                                      "since": since, "qualifier": qual}
            ctx.events.append(_event("record", m.start(), m.end(), "record", **fields))


# "pushed the pound to four-year highs", "sent oil to a record": the thing driven to the record
_PUSHED_TO = re.compile(r"\s+(?:to|into)\s+(?:a\s+|an\s+|its\s+|their\s+|fresh\s+|new\s+)*")
_PUSH_VERB = re.compile(r"\b(?:pushed|pushing|sent|sending|drove|driving|lifted|lifting|took|taking|dragged|dragging)\s+"
                        r"(?:the\s+)?\Z")


# the month or quarter a change before a record is of ("fell 7.5% in November, the biggest ...")
_PERIOD_TOLD = re.compile(r"\b(?:in|for)\s+(?:(?:the\s+)?(?P<q>(?:first|second|third|fourth|March|June|September|December)"
                          r"[- ]quarter)|" + dates._MONTH_RE + r")\b")


# a company's results at their best: "posted record quarterly revenue", "a record first-half profit"
_RESULT_RECORD = re.compile(r"\b(?:record|all-time\s+high)\s+(?:(?:first|second|third|fourth)[- ](?:quarter|half)\s+|"
                            r"quarterly\s+|annual\s+|full-year\s+|half-year(?:ly)?\s+|interim\s+|yearly\s+)?"
                            r"(?:(?:net|operating|pre-?tax|gross)\s+)?(?:revenues?|sales|profits?|earnings|income)\b"
                            # (one record of "record full-year profit and sales": the runner keeps one of a subject's)
                            r"(?:\s+and\s+(?:(?:net|operating)\s+)?(?:revenues?|sales|profits?|earnings|income)\b)?"
                            # "revenue rose 12% to a record $5 billion"
                            r"|\b(?:revenues?|sales|profits?|earnings|net\s+income)\s+(?:[^\s.;,]+\s+){1,4}?to\s+an?\s+"
                            r"(?:record|all-time\s+high)\b", re.I)


def _result_records(ctx: EventContext, s: int, e: int, ents: Sequence[EntityMention],
                    company: Callable[[], Entity | None] | None = None) -> None:
    """A company's record results: its highest, whatever the figure; a sentence that names no company
    ("Revenue rose 20 percent to a record") tells the article's company's."""
    text = ctx.text
    for m in _RESULT_RECORD.finditer(text, s, e):
        if re.search(r"\b(?:expected|expects?|sees|forecasts?|predicts?|could|may|might|would|will)\b",
                     text[max(s, m.start() - 40):m.start()]) or \
                re.search(r"\b(?:over|than|from|since|beat|beating|matching)\s+(?:last\s+year['’]s\s+|its\s+|the\s+|a\s+)?$",
                          text[max(s, m.start() - 30):m.start()]):
            continue  # ("expected to report record earnings": a forecast; "over last year's record": a yardstick)
        firms = [x for x in _record_subjects(ctx, ents, m.start(), s) if x.type in ("company", "stock")]
        subject = _ent(firms[0], text) if firms else None
        if subject is None and company is not None and not any(x.start < m.start() for x in ents if x.type != "place"):
            subject = company()
        if subject is None:
            continue
        # "record profits and sales": a record of each (the runner keeps one of a subject's each kind of result)
        said = list(_RESULT_WORD.finditer(text, m.start(), m.end()))
        kinds = [result_kind(w.group(0)) for w in said]
        for k, w in enumerate(said):
            if k > 0 and kinds[k] in kinds[:k]:
                continue
            a = m.start() if k == 0 else w.start()
            b = m.end() if len(said) == 1 else w.end()
            ctx.events.append(_event("record", a, b, "record.results", subject=subject,
                                     period=None, extreme="highest", since=None, qualifier=None))


_RESULT_WORD = re.compile(r"\b(?:revenues?|sales|profits?|earnings|income)\b", re.I)


def result_kind(word: str) -> str:
    """The kind of result a word names: takings ("sales", "revenue") or what is left ("profit", "earnings")."""
    return "revenue" if word.lower().rstrip("s") in ("revenue", "sale") else "profit"


def _since(ctx: EventContext, tail: str, m: re.Match[str]) -> str | None:
    sm = re.match(r"\s*(?:" + _AGAINST + r"(?=(?:in|since|for)\b))?"
                  r"(?:in|since|for)\s+(?:more\s+than\s+|over\s+|almost\s+|nearly\s+|at\s+least\s+)?"
                  r"(?P<what>[^.;,]{1,40})", tail, re.I)
    g = m.groupdict()
    lvl = (g.get("lvl") or "").lower()
    ref = ctx.doc_date
    if g.get("year"):
        return str(g["year"])  # "its 2010 high": the highest since 2010 began
    if ref is not None:
        if lvl.startswith("year-to-date"):
            return f"{ref.year:04d}-01"
        half = re.match(r"(\d+)(?:-|\s+)1/2[- ]year", lvl)
        if half:  # "a 5-1/2 year high": five years and a half
            return _ago(ref, int(half.group(1)) * 12 + 6, "month")
        lm = re.match(r"(\d+|\w+)-(week|month|year|day)", lvl)
        if lm:
            n = _count(lm.group(1)) or (1 if lm.group(1) in ("multi", "several") else None)
            if n:
                return _ago(ref, n, lm.group(2))
    if not sm:
        return None
    what = sm.group("what").strip()
    lw = tail[sm.start("what"):sm.start("what") + 60].lower().replace("’", "'")
    for phrase, month in _epochs():
        if lw.startswith(phrase):
            return month
    n_m = re.match(r"(?:a|an|the\s+past|the\s+last)?\s*(\d+|\w+)\s+(weeks?|months?|years?|days?|sessions?)", what, re.I)
    if n_m and ref is not None:
        n = _count(n_m.group(1)) or (1 if n_m.group(1).lower() in ("a", "an") else None)
        if n:
            return _ago(ref, n, n_m.group(2).lower().rstrip("s"))
    if re.match(r"(?:a|one)\s+(week|month|year)", what, re.I) and ref is not None:
        return _ago(ref, 1, what.split()[1].lower().rstrip("s"))
    for dm in dates.DATE_EXPR.finditer(what):
        if dm.lastgroup in ("mdy", "dmy"):  # "since May 12": the day, not only the month
            r = dates.resolve(dm, ref)
            if r:
                return r.split("/")[0]
    for dm in dates.DATE_EXPR.finditer(" in " + what if not what.lower().startswith(("the start", "the beginning")) else " in " + what.split(" of ")[-1]):
        r = dates.resolve(dm, ref)
        if r:
            return r.split("/")[0]
    ym = re.match(r"((?:19|20)\d\d)\b", what)
    if ym:
        return ym.group(1)
    mm = re.search(r"\b(January|February|March|April|May|June|July|August|September|October|November|December)"
                   r"(?:\s+(?:of\s+)?((?:19|20)\d\d))?", what)
    if mm:
        return dates.month_iso(mm.group(1), mm.group(2), ref)
    return None


@lru_cache(maxsize=1)
def _epochs() -> tuple[tuple[str, str], ...]:
    """Named events a look-back can start from, longest phrase first."""
    raw = rule_files.load("epochs.toml")
    return tuple(sorted(raw["epochs"].items(), key=lambda kv: -len(kv[0])))


def _ago(ref: date, n: int, unit: str) -> str:
    unit = unit.rstrip("s")
    if unit in ("day", "session"):
        return (ref - timedelta(days=n)).isoformat()
    if unit == "week":
        return (ref - timedelta(weeks=n)).isoformat()
    months = n * (12 if unit == "year" else 1)
    y, mo = ref.year, ref.month - months
    while mo <= 0:
        mo += 12
        y -= 1
    return f"{y:04d}-{mo:02d}"
