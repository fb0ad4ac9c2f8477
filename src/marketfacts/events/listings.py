"""Listings: debuts, IPOs and first days of trade, with venue and date.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from ..entities import EntityMention
from ..model import Entity, Money, Move, Quantity
from .context import EventContext, _count, _date_in, _ent, _event, _subject_before, _subject_of_sentence_moves

_LISTING = re.compile(r"(?:(?<=[a-z$\d])|\b)IPO\b|\b(?:debut(?:ed|s)?|first\s+day\s+of\s+(?:trade|trading|dealings)|initial\s+public\s+offering|"
                      r"listing\s+(?:price|ceremony|debut)|got\s+listed|began\s+trading|started\s+trading|"
                      r"market\s+debut|trading\s+debut|"
                      # "Shares of Velm listed at Rs 103.90 on the BSE", "listing at a premium of 20 per cent"
                      r"list(?:ed|ing)(?=\s+at\s+(?:an?\s+)?(?:premium|discount|[A-Z]{0,3}[$₹£€¥]|Rs\.?\s?\d|"
                      r"\d[\d,.]*\s+(?:rupees|yen|yuan|won|dollars|dlrs|euros|pence|cents|ringgit|baht|pesos|rand|reais)\b))|"
                      # "the stock began at Rs 343.80, a discount of 4.5 per cent to the issue price": a first trade
                      r"(?:began|opened|started)(?=\s+(?:trading\s+)?at\s+(?:[^.;]|\.(?=\d)){0,40}?\b(?:premium|discount)\s+of\s+"
                      r"(?:[^.;]|\.(?=\d)){0,30}?\b(?:to|over|on|from)\s+(?:the\s+|its\s+)?(?:issue|offer|IPO)\s+price)|"
                      # "Velm listed on the Shenzhen exchange on Monday": a listing told with its day, not a
                      # company described as listed somewhere
                      r"listed(?=\s+(?:on|in)\s+(?:the\s+)?[A-Z][^.;,]{0,40}?\s+(?:on\s+|this\s+)?(?:Monday|Tuesday|"
                      r"Wednesday|Thursday|Friday|today|yesterday)\b))\b", re.I)
_GROUP_DEBUT = re.compile(r"\b(?P<n>two|three|four|five|six|\d)\s+(?:\w+\s+){0,3}(?:companies|firms|stocks|newcomers|"
                          r"debutants)\b[^.]{0,80}?\b(?:debut(?:ed|s)?|listed|began\s+trading|IPO)", re.I)
_VENUE = re.compile(r"\b(?:[Ii]n|[Oo]n)\s+(?:the\s+|its\s+|their\s+)?(?P<v>(?:[A-Z][\w.&'-]*\s?){1,5}?)(?:\s+(?:stock\s+exchange|bourse|"
                    r"market))?(?=[\s,.;]|$)")


def _listings(ctx: EventContext, s: int, e: int, ents: Sequence[EntityMention], sents: list[tuple[int, int]], si: int,
              qs: list[Quantity]) -> None:
    text = ctx.text
    gm = _GROUP_DEBUT.search(text, s, e)
    if gm and si + 1 < len(sents):
        # "Two companies debuted on Thursday. X jumped ... in Shenzhen, while Y ..."
        n = _count(gm.group("n")) or 0
        ns, ne = sents[si + 1]
        subjects: list[Move] = []
        for m in ctx.moves:
            if ns <= m.span.start < ne and all(not x.subject.same_as(m.subject) for x in subjects):
                subjects.append(m)
        when = _date_in(ctx, text, s, e)
        for m in subjects[:n or None]:
            venue = _venue_after(text, m.span.end, ne) or _venue_in(text, s, e) or _market_place(ctx)
            _add_listing(ctx, m.subject, venue, when, m.span.start, m.span.end)
        return
    for lm in _LISTING.finditer(text, s, e):
        subj = _subject_before(ctx, ents, lm.start(), s) or _subject_of_sentence_moves(ctx, s, e)
        if subj is not None:
            # "Kioxia Holdings, the world's third-largest NAND flash company, posted a gain on its first
            # day of trading": a name inside a move's clause that the move reader passed over is no subject
            for m in ctx.moves:
                sb = m.subject
                if s <= sb.start < subj.start and m.span.start <= subj.start and subj.end <= m.span.end <= lm.start() + 40:
                    subj = EntityMention(sb.start, sb.end, sb.name, sb.id, sb.type, "move_subject")
                    break
        if subj is not None and subj.type in ("index", "market") and \
                re.search(r"\b(?:the|its|their)\s+(?:stock|shares|company)\s+$", text[subj.end:lm.start()]):
            # "On the BSE, the stock began at Rs 343.80": the exchange is where; the stock the sentence moved is who
            subj = _subject_of_sentence_moves(ctx, s, e)
        if subj is not None and subj.type in ("index", "market") and \
                re.fullmatch(r"\s*(?:['’]s\s+)?(?:stock\s+market\s+|trading\s+|market\s+)?", text[subj.end:lm.start()]):
            # "Zeta Robotics shares jumped 45% in their Nasdaq debut": the exchange names where, the company who
            earlier = [x for x in ents if s <= x.start and x.end <= subj.start and x.type in ("company", "stock")]
            subj = earlier[-1] if earlier else _subject_of_sentence_moves(ctx, s, e)
        if subj is None or subj.type in ("index", "market", "currency", "commodity", "bond", "person"):
            continue
        if re.fullmatch(r"IPO|initial\s+public\s+offering|listing\s+ceremony", lm.group(0), re.I) and \
                not any(s <= m.span.start < e and m.subject.name == subj.name for m in ctx.moves):
            continue  # "reviving the Ant Group IPO": a plan, not a debut
        # ("made its Nasdaq debut", "their Tokyo trading debut": the venue named before the word)
        named = _VENUE_BEFORE.search(text, max(s, lm.start() - 40), lm.end())
        venue = (named.group(1).strip() if named is not None and _is_venue(named.group(1).strip()) else None) or \
            _venue_in(text, max(s, lm.start() - 40), e) or _venue_near(ctx, s) or _market_place(ctx)
        fields_extra: dict[str, Any] = {}
        for q in qs:
            if q.kind != "money":
                continue
            before = text[max(s, q.start - 40):q.start].lower()
            if re.search(r"(?:offer|issue|listing|ipo|initial)\s+price\s+of\s*$|priced\s+(?:\w+\s+){0,2}at\s*$|\bcompared\s+to\s*$", before) \
                    or re.match(r"\s+in\s+the\s+IPO", text[q.end:q.end + 12]):
                fields_extra.setdefault("price", Money(q.value, q.currency))
            elif re.search(r"\braised?\s+(?:just\s+|about\s+|some\s+|a\s+record\s+)?$|\braising\s+$", before) or \
                    re.match(r"\s*IPO", text[q.end:q.end + 5]):
                fields_extra.setdefault("proceeds", Money(q.value, q.currency))
        _add_listing(ctx, _ent(subj, text), venue, _date_in(ctx, text, s, e), min(subj.start, lm.start()) if subj.start >= s else lm.start(),
                     lm.end(), **fields_extra)


def _add_listing(ctx: EventContext, subj: Entity | None, venue: str | None, when: str | None, s: int, e: int,
                 **extra: Any) -> None:
    if subj is None:
        return
    for ev in ctx.events:
        if ev.kind == "listing" and isinstance(ev.get("subject"), Entity) and ev.get("subject").same_as(subj):
            return
    ctx.events.append(_event("listing", s, e, "listing", subject=subj, venue=venue, date=when, **extra))


_VENUE_BEFORE = re.compile(r"\b(?:its|their|a|an)\s+((?:[A-Z][\w.&'-]*\s+){1,3})(?:trading\s+|market\s+|stock\s+market\s+)?"
                           r"(?:debut|listing)\b")


def _venue_in(text: str, s: int, e: int) -> str | None:
    for m in _VENUE.finditer(text, s, e):
        v = m.group("v").strip()
        if v.endswith(".") and not re.search(r"\b[A-Z]\.$", v):
            v = v[:-1]  # "on the Tokyo Stock Exchange.": the sentence's stop, not the name's
        tail = text[m.end():m.end() + 20]
        if re.match(r"\s*(?:stock\s+exchange|Stock\s+Exchange|bourse)", tail):
            v = v + re.match(r"\s*(?:stock\s+exchange|Stock\s+Exchange|bourse)", tail).group(0)  # type: ignore[union-attr]
        if v.split()[0] in ("The", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "January", "June"):
            continue
        if _is_venue(v):
            return v
    return None


def _is_venue(v: str) -> bool:
    from ..reference import get_reference

    ref = get_reference()
    first = v.split()[0]
    return v in ref.places or first in ref.places or " ".join(v.split()[:2]) in ref.places or \
        bool(re.search(r"Exchange|Nasdaq|NYSE|BSE|NSE|bourse", v))


def _venue_after(text: str, pos: int, end: int) -> str | None:
    m = re.match(r"\s*(?:in|on)\s+(?:the\s+)?((?:[A-Z][\w.&'-]*\s?){1,4})", text[pos:end])
    if m and _is_venue(m.group(1).strip()):
        return m.group(1).strip()
    return None


def _venue_near(ctx: EventContext, s: int) -> str | None:
    m = re.search(r"\bon\s+the\s+(BSE|NSE|NYSE|Nasdaq|[A-Z][\w]+\s+Stock\s+Exchange)", ctx.text[s:s + 600])
    return m.group(1) if m else None


def _market_place(ctx: EventContext) -> str | None:
    return {"HK": "Hong Kong", "CN": "Shanghai", "US": "New York", "JP": "Tokyo", "UK": "London", "IN": "Mumbai",
            "SG": "Singapore", "AU": "Sydney", "KR": "Seoul", "TW": "Taipei"}.get(ctx.market or "")
