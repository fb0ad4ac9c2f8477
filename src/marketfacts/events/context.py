"""What every event reader shares: the context of one text, an event's
making, the subject finders (the clause's subject, the move a phrase
comments on), counts and units of streaks, and dates.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from .. import dates
from ..entities import EntityMention
from ..model import Entity, Event, Move, Quantity, Span
from ..quantities import NUMBER_WORDS, ORDINAL_WORDS
from .authorities import authorities_in

EVENT_KINDS = ("streak", "record", "indicator", "financials", "rate_decision", "listing", "tender_offer", "fine",
               "meeting", "policy")
WORDNUM = {**{k: int(v) for k, v in NUMBER_WORDS.items() if float(v).is_integer()}, **ORDINAL_WORDS}

TRIGGERS = re.compile(
    r"\b(?:straight|consecutive|streak|in\s+a\s+row|for\s+a\s+\w+\s+(?:day|session|week|month)|(?:days?|sessions?|weeks?)\s+of|"
    r"first\s+time\s+since|not\s+(?:seen|reached)\s+since|most\s+since|they\s+both|respectively|"
    r"record|highs?|lows?|highest|lowest|best|worst|biggest|largest|steepest|sharpest|strongest|weakest|"
    r"exports?|imports?|trade\s+(?:surplus|balance|deficit)|inflation|consumer\s+price|cpi|gdp|"
    r"payrolls|unemployment|jobless|retail\s+sales|industrial\s+production|pmi|producer\s+prices|"
    r"revenues?|sales|earnings|profits?|net\s+income|loss|ebitda|per\s+share|guidance|users|subscribers|"
    r"estimates?\s+(?:was|is|of)|"
    r"cut|cuts|raised|raises|hiked?|kept|keeps|held|holds|left|lowered|trimmed|lowering|cutting|raising|"
    r"core\s+prices|(?:jump|gain|rise|increase|fall|drop|decline)\s+in\s+[a-z ]{3,30}(?:prices|costs)|prices\s+(?:surged|rose|fell|jumped)|"
    r"debut(?:ed|s)?|listing|ipo|initial\s+public\s+offering|first\s+day\s+of\s+trad|"
    r"offer(?:ed|s)?\s+(?:to\s+buy|hk\$|us\$|\$|rs|s\$|a\$|c\$)|tender\s+offer|takeover\s+bid|"
    r"fine[ds]?|penalt(?:y|ies)|"
    r"met|meets?|meeting|talks\s+with|"
    r"pledged|pledges?|vowed|support|stimulus|eas(?:e|ing)|tighten|approv(?:al|ed|es)|cleared|"
    r"ban(?:s|ned)?|intervene|lifted\s+curbs)\b",
    re.I,
)


@dataclass
class EventContext:
    text: str
    doc_date: date | None
    market: str | None
    moves: list[Move]
    entities: Callable[[int, int], list[EntityMention]]
    quantities: Callable[[int, int], list[Quantity]]
    events: list[Event] = field(default_factory=list)
    indicators: list[tuple[int, Event]] = field(default_factory=list)
    subjects: list[EntityMention] = field(default_factory=list)
    last_metric: tuple[int, str] | None = None
    low: str | None = None  # the text in lower case, when the caller has it
    # who bid for whom, as sentences with no price told it ("X said it was making a final offer for Y")
    offer_parties: list[tuple[EntityMention, EntityMention]] = field(default_factory=list)
    # the indicator names of a span, found once (the indicator, result, record and carry readers all ask)
    indicator_spans: dict[tuple[int, int], list[tuple[int, int, str]]] = field(default_factory=dict)

    def aligned_low(self) -> str | None:
        """``low`` if its offsets are the text's (lower-casing can lengthen a
        character), else None."""
        return self.low if self.low is not None and len(self.low) == len(self.text) else None


def _ent(e: EntityMention | None, text: str) -> Entity | None:
    if e is None:
        return None
    # (a name wrapped across lines of wire copy is one name: "Waste\nManagement Inc" is "Waste Management Inc")
    name = e.name if "\n" not in e.name else " ".join(e.name.split())
    return Entity(name=name, id=e.id, type=_etype(e), mention=text[e.start:e.end] if e.type != "anaphor" else e.name,
                  start=e.start, end=e.end, country=e.country, mic=e.mic)


def _etype(e: EntityMention) -> str:
    return {"company": "company", "stock": "stock", "index": "index", "market": "market", "currency": "currency",
            "currency_pair": "currency", "commodity": "commodity", "bond": "bond", "person": "person",
            "sector": "index", "place": "country"}.get(e.type, "organisation")


def _event(kind: str, s: int, e: int, rule: str, **fields: Any) -> Event:
    return Event(kind=kind, span=Span(max(0, min(s, e)), max(s, e)), fields=tuple(fields.items()), rule=rule)


_COMPARED = re.compile(r"\b(?:against|vs\.?|versus|per|than|from|to)\s+(?:the\s+)?(?:U\.S\.\s+|US\s+|Japanese\s+)?$", re.I)
_BULLET = re.compile(r"\s*[-–—•*]+\s*\w")


def _move_before(ctx: EventContext, pos: int, s_start: int) -> list[Move]:
    """Moves stated in this sentence before ``pos``, nearest last."""
    return [m for m in ctx.moves if s_start <= m.span.start < pos]


# "Both closed at record levels", "They ended at new highs": the two things that moved last
_BOTH_OPEN = re.compile(r"\s*(?:Both|They)\s+(?:also\s+)?[a-z]+(?:ed|ose|ell|ent|ook|ame)\b")
# names joined as a list: "DBS and OCBC", "the S&P 500 and the Nasdaq"
_LIST_JOIN = re.compile(r"\s*(?:,|and|&|,\s*and)\s*(?:the\s+)?")


def _record_subjects(ctx: EventContext, ents: Sequence[EntityMention], pos: int, s: int) -> list[EntityMention]:
    """What a record or streak phrase is about: names listed as the clause's
    subject ("DBS and OCBC hit their 52-week highs"), else the move it
    comments on ("fell 1.9%, its steepest drop since May"), else the
    clause's subject; a bullet line continues the article's last move."""
    text = ctx.text
    mv0 = _move_before(ctx, pos, s)
    if mv0 and " and " not in text[s:pos] and "," not in text[s:pos]:
        return [_em(mv0[-1])]
    lo = s
    for b in re.finditer(r";|\bwhile\b|\bbut\b", text[s:pos]):
        lo = s + b.end()
    clause = [x for x in ents if lo <= x.start and x.end <= pos and x.type not in ("place", "person", "anaphor")
              and not _COMPARED.search(text, max(s, x.start - 24), x.start)]
    if len(clause) >= 2 and all(_LIST_JOIN.fullmatch(text[a.end:b.start])
                                for a, b in zip(clause[-2:], clause[-1:], strict=False)):
        k = len(clause) - 1
        while k > 0 and _LIST_JOIN.fullmatch(text[clause[k - 1].end:clause[k].start]) \
                and not re.search(r"\b(?:on|in|at|of|for|from|with)\s+(?:the\s+)?$", text[max(s, clause[k - 1].start - 12):clause[k - 1].start], re.I):
            k -= 1
        if len(clause) - k >= 2:
            return clause[k:]
    mv = _move_before(ctx, pos, s)
    if mv:
        last = mv[-1]
        # "Sterling dropped sharply and British gilt yields fell to record lows": a name the clause
        # joined after the move opens with is the record's
        # ("... having risen 3 per cent, as the US dollar slumped to a near four-year low": the name a
        # clause opened by "as", "while", "after" or "when" after the move is about)
        after = [x for x in clause if x.start >= last.span.end
                 and re.search(r"\b(?:and|as|while|after|when)\s", text[last.span.end:x.start])]
        if after:
            return [after[-1]]
        if re.search(r"\b(?:both|their)\b", text[s:pos]) and len(mv) > 1:
            return [_em(m) for m in mv[-2:]]
        return [_em(last)]
    plural = _BOTH_OPEN.match(text, s, pos) is not None or any(
        x.type == "anaphor" and x.plural and x.end <= pos for x in ents)
    if _BULLET.match(text, s) or plural or any(x.type == "anaphor" and x.end <= pos for x in ents):
        prior = [m for m in ctx.moves if m.span.start < s]
        if prior and plural:
            # "Both closed at record levels": the last two things that moved
            two: list[Move] = []
            for m in reversed(prior):
                if all(m.subject.name != t.subject.name for t in two):
                    two.append(m)
                if len(two) == 2:
                    return [_em(t) for t in reversed(two)]
        if prior:
            return [_em(prior[-1])]
    subj = _subject_before(ctx, ents, pos, s)
    return [subj] if subj is not None else []


def _em(m: Move) -> EntityMention:
    sb = m.subject
    return EntityMention(sb.start, sb.end, sb.name, sb.id, sb.type, "move_subject", country=sb.country, mic=sb.mic)


# a name whose survey, data or report the clause cites ("A Bank of America survey showed"): a source
_SOURCE_AFTER = re.compile(r"(?:['’]s)?\s+(?:[a-z]+\s+)?(?:survey|poll|data|report|study|research|analysis|figures|"
                           r"estimates?|calculations|index\s+of)\b")


def _a_central_bank(text: str, e: EntityMention) -> bool:
    """Whether a name is a central bank's or a regulator's ("BoE"): a setter of rates, never a record's subject."""
    return any(a[3] in ("central_bank", "regulator") and a[0] <= e.start and e.end <= a[1]
               for a in authorities_in(text, e.start, e.end))


_IN_RELATIVE = re.compile(r",\s+(?:which|who|whose)\b[^,;]*\Z")


def _subject_before(ctx: EventContext, ents: Sequence[EntityMention], pos: int, s_start: int) -> EntityMention | None:
    """The subject of a clause ending at ``pos``: the nearest instrument or
    market named before it, else the last move subject of the text so far."""
    cands = [e for e in ents if e.end <= pos and e.type not in ("place", "person", "anaphor")
             and not _COMPARED.search(ctx.text, max(s_start, e.start - 24), e.start)
             and not _SOURCE_AFTER.match(ctx.text, e.end) and not _a_central_bank(ctx.text, e)]
    # (a name inside a relative aside is not the clause's subject: "Zeta Corp, which holds a 22 pct stake in
    # Orbit Inc, offered ...": Zeta)
    cands = [e for e in cands if not (_IN_RELATIVE.search(ctx.text, max(s_start, e.start - 80), e.start)
                                      and "," in ctx.text[e.end:pos])] or cands
    if cands:
        last = cands[-1]
        # "Brierley Investments Ltd (BIL) launched a bid": the short form in brackets names the one before it
        if len(cands) > 1 and re.fullmatch(r"[\s\w.,&'-]{0,12}?\s*\(", ctx.text[cands[-2].end:last.start]) and \
                ctx.text[last.end:last.end + 1] == ")":
            return cands[-2]
        return last
    anaph = [e for e in ents if e.end <= pos and e.type == "anaphor"]
    if anaph:
        prior = [m for m in ctx.moves if m.span.start < s_start]
        if prior:
            m = prior[-1]
            return EntityMention(anaph[-1].start, anaph[-1].end, m.subject.name, m.subject.id, m.subject.type,
                                 "anaphor")
    return None


def _subject_of_sentence_moves(ctx: EventContext, s_start: int, s_end: int) -> EntityMention | None:
    for m in ctx.moves:
        if s_start <= m.span.start < s_end or s_start <= m.subject.start < s_end:
            sb = m.subject
            return EntityMention(sb.start, sb.end, sb.name, sb.id, sb.type, "move_subject")
    return None


_UNIT = r"(?P<unit>trading\s+days?|days?|sessions?|weeks?|months?|quarters?|years?)"
_COUNT_WORDS = frozenset(w for w in WORDNUM if " " not in w)
_COUNT_ALT = "|".join(sorted(_COUNT_WORDS, key=len, reverse=True))
_COUNT = r"(?P<count>\d+|" + _COUNT_ALT + r")(?:st|nd|rd|th)?"


def _count(s: str) -> int | None:
    s = s.lower()
    if s.isdigit():
        return int(s)
    return WORDNUM.get(s)


def _unit(s: str) -> str:
    s = s.lower()
    if "session" in s:
        return "session"
    for u in ("week", "month", "quarter", "year"):
        if u in s:
            return u
    return "year" if s == "annual" else "day"


def _date_in(ctx: EventContext, text: str, s: int, e: int, future: bool = False) -> str | None:
    for dm in dates.DATE_EXPR.finditer(text, s, e):
        if dm.lastgroup in ("year",):
            continue
        r = dates.resolve(dm, ctx.doc_date)
        if r:
            if future and dm.lastgroup in ("mdy", "dmy") and not (dm.group("y1") or dm.group("y2")) \
                    and ctx.doc_date is not None and r < ctx.doc_date.isoformat():
                # a day ahead with no year ("at the April 21 annual meeting"): the next one, not the last
                return str(int(r[:4]) + 1) + r[4:]
            if future and dm.lastgroup == "weekday" and ctx.doc_date is not None:
                wd = dates.WEEKDAYS.index(dm.group("wd").lower())
                d = ctx.doc_date + timedelta(days=(wd - ctx.doc_date.weekday()) % 7)
                return d.isoformat()
            return r
    return ctx.doc_date.isoformat() if ctx.doc_date else None
_CLAUSE = re.compile(r";|\bwhile\b|\bwhereas\b|\bbut\b|\bversus\b|\bvs\.?\b|,\s+and\b|\.\s", re.I)
