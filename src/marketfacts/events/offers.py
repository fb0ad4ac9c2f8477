"""Tender and takeover offers: acquirer, target, price a share, stake.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..entities import EntityMention
from ..model import Money, Quantity
from .context import EventContext, _ent, _event, _subject_before

_OFFER = re.compile(r"\b(?:offered|offers|offer(?:ing)?\s+to\s+buy|bid|proposed\s+to\s+buy|tender\s+offer|"
                    r"takeover\s+offer|agreed\s+to\s+buy)\b", re.I)


def _tender_offers(ctx: EventContext, s: int, e: int, ents: Sequence[EntityMention], qs: list[Quantity]) -> None:
    text = ctx.text
    om = _OFFER.search(text, s, e)
    if not om:
        return
    money = [q for q in qs if q.kind == "money"]
    if not money:
        return
    per_share = next((q for q in money if re.match(r"\s*(?:per|a)\s+share|\s+each", text[q.end:q.end + 12])), None)
    stake = next((q for q in qs if q.kind == "pct" and re.match(r"\s*(?:of|stake|interest)", text[q.end:q.end + 10])), None)
    if per_share is None and stake is None:
        return
    acquirer = _subject_before(ctx, ents, om.start(), s)
    target = None
    tm = re.search(r"\b(?:of|in)\s+(?:the\s+company|it)\b", text[om.end():e])
    if tm or re.search(r"\bthe\s+company\b", text[om.end():e]):
        prior = [m for m in ctx.moves if m.span.start < s]
        if prior:
            sb = prior[-1].subject
            target = EntityMention(sb.start, sb.end, sb.name, sb.id, sb.type, "anaphor")
    if target is None:
        after = [x for x in ents if x.start > om.end() and x.type in ("company", "stock")]
        target = after[0] if after else None
    if acquirer is None or target is None:
        return
    if (acquirer.id or acquirer.name.lower()) == (target.id or target.name.lower()):
        return  # "X offered to buy 50 pct of that airline": a company does not bid for itself
    totals = [Money(q.value, q.currency) for q in money if q is not per_share]
    purpose = None
    pm = re.search(r"\b(delist|take\s+(?:it\s+)?private|privati[sz]e|merge)\w*", text[om.end():e], re.I)
    if pm:
        purpose = "delist" if "delist" in pm.group(0).lower() else pm.group(0).lower()
    ctx.events.append(_event(
        "tender_offer", acquirer.start if acquirer.start >= s else s, e, "tender_offer",
        acquirer=_ent(acquirer, text), target=_ent(target, text),
        price_per_share=Money(per_share.value, per_share.currency) if per_share else None,
        stake_pct=stake.value if stake else None, purpose=purpose,
        # one total: the one in the currency of the price a share, where there is one
        total=next((t for t in totals if per_share and t.currency == per_share.currency), totals[0] if totals else None)))
