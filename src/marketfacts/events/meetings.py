"""Meetings of people and organisations, with their date.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, timedelta

from .. import dates
from ..entities import EntityMention
from ..model import Entity
from .authorities import _auth_entity, _authorities
from .context import EventContext, _date_in, _ent, _event

_MEET = re.compile(r"\b(?:(?i:met|meets|meeting|talks\s+with|policy\s+meetings?|rate\s+reviews?|policy\s+reviews?)|AGM|EGM)\b")


def _meetings(ctx: EventContext, s: int, e: int, ents: Sequence[EntityMention]) -> None:
    text = ctx.text
    mm = _MEET.search(text, s, e)
    if not mm:
        return
    orgs: list[Entity] = []
    cb0 = [a for a in _authorities(text, s, mm.start()) if a[3] in ("central_bank", "international")] \
        if mm.group(0).lower() == "meets" and not any(x.type == "person" and x.end <= mm.start() for x in ents) else []
    if cb0:
        # "The Federal Reserve meets on June 14-15": a central bank's meeting
        orgs = [_auth_entity(cb0[-1], text)]
        people = []
    elif mm.group(0).lower() == "met" or mm.group(0).lower() == "meets":
        if not re.search(r"[A-Z][a-z]+ [A-Z][a-z]+", text[s:mm.start()]):
            return  # nobody named before "met"
        people = [x for x in ents if x.type == "person"]
        if not people:
            return
        orgs = [x for x in (_ent(o, text) for o in ents if o.start > mm.end() and o.type in ("company", "stock")
                            and not re.search(r"\b(?:in|at)\s+$", text[max(s, o.start - 4):o.start])) if x]
        # "met Vice Premier He Lifeng": the people met are people too
        people += [x for x in ents if x.start > mm.end() and x.type == "person" and x not in people]
    else:
        company = _COMPANY_MEETING.search(text, max(s, mm.start() - 40), mm.end())
        cb = [a for a in _authorities(text, s, e) if a[3] in ("central_bank", "international")] if company is None else []
        if company is not None:
            # "its board meeting on Thursday", "an analysts' meeting": the company's own
            if re.search(r"\b(?:first|every|each|any|next\s+regular)\s+$", text[max(s, company.start() - 12):company.start()]):
                return  # "at the first board meeting of the quarter": a habit, not a meeting
            org = _company_of(ctx, ents, company.start(), s)
            if org is None:
                return
            orgs = [org]
        elif not cb:
            return
        else:
            orgs = [_auth_entity(cb[-1] if cb[-1][0] < mm.start() else cb[0], text)]
            if mm.group(0).lower().endswith("s") and len(cb) >= 2:
                # "Monetary policy reviews by the Federal Reserve and Bank of Japan this week": a meeting of each
                banks = list({a[2]: a for a in cb}.values())
                orgs = [_auth_entity(banks[0], text)]
                for other in banks[1:]:
                    _add_meeting(ctx, s, e, [], [_auth_entity(other, text)], mm)
        people = []
    _add_meeting(ctx, s, e, people, orgs, mm)


def _add_meeting(ctx: EventContext, s: int, e: int, people: Sequence[EntityMention], orgs: list[Entity],
                 mm: re.Match[str]) -> None:
    text = ctx.text
    future = _AHEAD.search(text, s, e) is not None
    # the date next to the meeting ("its Thursday board meeting", "a meeting on April 9-10"), else the sentence's
    near = max(s, mm.start() - 30)
    when = _meeting_date(ctx, text, near, e, future) if dates.DATE_EXPR.search(text, near, e) \
        else _meeting_date(ctx, text, s, e, future)
    new = _event("meeting", s, e, "meeting", people=[_ent(p, text) for p in people], organisations=orgs, date=when)
    names = {o.name for o in orgs}
    for k, ev in enumerate(ctx.events):
        if names and not people and ev.kind == "meeting" and {o.name for o in ev.get("organisations") or []} == names:
            # one meeting told twice ("this month's RBA meeting ... the Feb. 4 meeting"): the more exact date stays
            old = str(ev.get("date") or "")
            if when and len(when) > len(old) and when.startswith(old[:7]):
                ctx.events[k] = new
            return
    ctx.events.append(new)


_PAST_TOLD = re.compile(r"\b(?:met|held|was|were|had|did|said|been|earlier|ago|last|yesterday|[a-z]{2,}ed)\b", re.I)
# words that put a meeting ahead of the report
_AHEAD = re.compile(r"\b(?:ahead\s+of|upcoming|coming|later|next|will|would|due|scheduled|expected|awaite?d?|awaiting|"
                    r"waite?d?\s+for|waiting\s+for|at\s+its|at\s+their|plans?|planned|planning|subject\s+to|to\s+be\s+held|"
                    r"set\s+for|to\s+vote)\b", re.I)
_COMPANY_MEETING = re.compile(r"\b(?:board|analysts['’]?|shareholders['’]?|stockholders['’]?|annual(?:\s+general)?|"
                              r"extraordinary(?:\s+general)?|special)\s+meeting\b|\bAGM\b|\bEGM\b", re.I)


def _company_of(ctx: EventContext, ents: Sequence[EntityMention], pos: int, s: int) -> Entity | None:
    """The company a meeting is of: the nearest company named before it in
    the sentence, else the last stock that moved."""
    text = ctx.text
    named = [x for x in ents if x.end <= pos and x.type in ("company", "stock")]
    if named:
        return _ent(named[-1], text)
    prior = [m for m in ctx.moves if m.span.start < s and m.subject.type in ("company", "stock")]
    return prior[-1].subject if prior else None


_WEEKDAY_PAIR = re.compile(r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+(?:and|to|-|through)\s+"
                           r"(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")


def _nearest_month(month: str, ref: date) -> str | None:
    """The month of that name within six months of the report's date."""
    mon = dates.MONTHS.get(month.lower().rstrip("."))
    if mon is None:
        return None
    year = ref.year + (1 if mon - ref.month < -6 else -1 if mon - ref.month > 6 else 0)
    return f"{year:04d}-{mon:02d}"


def _meeting_date(ctx: EventContext, text: str, s: int, e: int, future: bool) -> str | None:
    ref = ctx.doc_date
    pair = _WEEKDAY_PAIR.search(text, s, e)
    if pair and ref is not None:
        # "on Thursday and Friday": the two days, the coming ones for a meeting ahead
        a, b = (dates.WEEKDAYS.index(w.lower()) for w in pair.groups())
        shift = (a - ref.weekday()) % 7 if future else -((ref.weekday() - a) % 7)
        first = ref + timedelta(days=shift)
        return f"{first.isoformat()}/{(first + timedelta(days=(b - a) % 7)).isoformat()}"
    wk = re.search(r"\b(later\s+)?this\s+week['’]?s?\b", text[s:e], re.I)
    # (a meeting "this week" that a sentence with no past tense tells is ahead: "Monetary policy reviews by the Fed
    # and the Bank of Japan this week are adding to volatility")
    if (future or (wk and not wk.group(1) and not _PAST_TOLD.search(text, s, e))) and ref is not None and wk \
            and all("week" in dm.group(0).lower() for dm in dates.DATE_EXPR.finditer(text, s, e)):
        # a meeting ahead "this week": the whole week; "later this week": the rest of it
        monday = ref - timedelta(days=ref.weekday())
        return f"{(ref if wk.group(1) else monday).isoformat()}/{(monday + timedelta(days=6)).isoformat()}"
    own = re.search(r"\b(?:its|their|the)\s+(" + dates._MONTH_RE + r")\s+(?:policy\s+|rate\s+|board\s+)?(?:meeting|review)\b",
                    text[s:e])
    if own and ref is not None:
        # "perhaps at its May meeting", "the February meeting produced": the month of that name nearest the report
        return _nearest_month(own.group(1), ref)
    rng = re.search(r"\b(" + dates._MONTH_RE + r")\s+(\d{1,2})\s*[-–]\s*(\d{1,2})\b", text[s:e])
    if rng and ctx.doc_date is not None:
        mon = dates.MONTHS[rng.group(1).lower().rstrip(".")]
        y = ctx.doc_date.year if mon >= ctx.doc_date.month or not future else ctx.doc_date.year + 1
        return f"{y}-{mon:02d}-{int(rng.group(2)):02d}/{y}-{mon:02d}-{int(rng.group(3)):02d}"
    return _date_in(ctx, text, s, e, future=future)
