"""Fines and penalties an authority imposes.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .. import dates
from ..entities import EntityMention
from ..model import Money, Quantity
from .authorities import _auth_entity, _authorities
from .context import EventContext, _ent, _event

_FINE = re.compile(r"\b(?:fined|fines?\b|penalt(?:y|ies)|slapped|imposed)\b", re.I)


def _fines(ctx: EventContext, s: int, e: int, ents: Sequence[EntityMention], qs: list[Quantity]) -> None:
    text = ctx.text
    fm = _FINE.search(text, s, e)
    if not fm:
        return
    money = [q for q in qs if q.kind == "money" and abs(q.start - fm.start()) < 80]
    if not money:
        return
    q = money[0]
    auths = [a for a in _authorities(text, s, e) if a[0] < fm.start() + 20]
    if not auths:
        return
    bound = None
    before = text[max(s, q.start - 12):q.start].lower()
    if "more than" in before or "over" in before:
        bound = "more than"
    elif "less than" in before or "up to" in before:
        bound = "less than"
    targets = [_ent(x, text) for x in ents if x.start > fm.start() and x.type in ("company", "stock")]
    if not targets:
        targets = [_ent(x, text) for x in ents if x.type in ("company", "stock") and x.start > auths[0][1]]
    when = None
    for dm in dates.DATE_EXPR.finditer(text, s, e):
        when = dates.resolve(dm, ctx.doc_date)
        if when:
            break
    ctx.events.append(_event("fine", auths[0][0], max(q.end, fm.end()), "fine", authority=_auth_entity(auths[0], text),
                             targets=targets, amount=Money(q.value, q.currency, bound=bound), date=when))
