"""Meetings of people and organisations, with their date.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .. import dates
from ..entities import EntityMention
from ..model import Entity
from .authorities import _auth_entity, _authorities
from .context import EventContext, _date_in, _ent, _event

_MEET = re.compile(r"\b(?:met|meets|meeting|talks\s+with|policy\s+meeting|rate\s+review)\b", re.I)


def _meetings(ctx: EventContext, s: int, e: int, ents: Sequence[EntityMention]) -> None:
    text = ctx.text
    mm = _MEET.search(text, s, e)
    if not mm:
        return
    orgs: list[Entity] = []
    if mm.group(0).lower() == "met" or mm.group(0).lower() == "meets":
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
        cb = [a for a in _authorities(text, s, e) if a[3] == "central_bank"]
        if not cb:
            return
        orgs = [_auth_entity(cb[-1] if cb[-1][0] < mm.start() else cb[0], text)]
        people = []
    future = bool(re.search(r"\b(?:ahead\s+of|upcoming|next|will|due|at\s+its|at\s+their)\b", text[s:e], re.I))
    when = _meeting_date(ctx, text, mm.start(), e, future) if dates.DATE_EXPR.search(text, mm.start(), e) \
        else _meeting_date(ctx, text, s, e, future)
    ctx.events.append(_event("meeting", s, e, "meeting", people=[_ent(p, text) for p in people],
                             organisations=orgs, date=when))


def _meeting_date(ctx: EventContext, text: str, s: int, e: int, future: bool) -> str | None:
    rng = re.search(r"\b(" + dates._MONTH_RE + r")\s+(\d{1,2})\s*[-–]\s*(\d{1,2})\b", text[s:e])
    if rng and ctx.doc_date is not None:
        mon = dates.MONTHS[rng.group(1).lower().rstrip(".")]
        y = ctx.doc_date.year if mon >= ctx.doc_date.month or not future else ctx.doc_date.year + 1
        return f"{y}-{mon:02d}-{int(rng.group(2)):02d}/{y}-{mon:02d}-{int(rng.group(3)):02d}"
    return _date_in(ctx, text, s, e, future=future)
