"""Assemble market moves from the quantities, entities and motion words of a
sentence.

A sentence is read left to right as a run of *groups*: figures that belong
together ("rose 444.10 points, or 2.5%, to 18,207.13"). A group gets its
direction from the motion word before it (or "higher"/"lower" after it), its
subject from the nearest entity on its left (or after "a 5% gain in"), and
its period, moment and hedge from the words around it. Lists ("X and Y rose
2% and 3%, respectively") spread a group over its subjects; restatements
(a lede's "more than 1 per cent" beside the body's 1.68 per cent) are merged
at the end, keeping the precise figure once.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from . import dates
from .anaphora import _resolve, note_entities
from .clause_subject import _coordinated, _grammatical, _subjects_before
from .cues import Cue, find_cues
from .figure_roles import (
    _CAUSED_BEFORE,
    _COLON_LEVEL,
    _COMMODITY_COMPOUND,
    _EXTREME,
    _MODAL,
    _WEAK_LEVEL,
    _approx,
    _intraday_extreme,
    _role,
)
from .mention import EntityMention
from .model import Entity, Move, Quantity, Span
from .move_money import _LOCAL_DOLLARS, _canonical, _fx, _minor_units, _r, _stock_currency
from .move_time import _ASIDE, _when
from .not_traded import (
    _ANAPHOR_AFTER_METRIC,
    _ASIDE_GAP,
    _METRIC,
    _METRIC_AFTER_NOUN,
    _METRIC_OF,
    _NORM_AFTER,
    _OBJECT_METRIC,
    _OFFICE_SAID,
    _PART_WORD,
    _POSSESSED,
    _PRICE_WORD,
    _RATE_BEFORE,
    _SAID_CLAUSE,
    _SCALED,
    _is_authority,
    not_traded,
)
from .quantities import TO_LEVEL
from .reference import Reference

# ---------------------------------------------------------------- context words
_BOUNDARY = re.compile(r";|\bwhile\b|\bwhereas\b|\bbut\b|\bmeanwhile\b", re.I)


@dataclass
class Group:
    quantities: list[tuple[Quantity, str]] = field(default_factory=list)  # (q, role)
    start: int = 0
    end: int = 0
    direction: int = 0
    strength: int | None = None
    subjects: list[EntityMention] = field(default_factory=list)
    approx: str | None = None
    noun_subject: EntityMention | None = None
    cue: Cue | None = None
    flat: bool = False
    widget: bool = False
    inherit_period: bool = False
    noun_from: int | None = None
    next_start: int | None = None
    period: str = "day"
    level_cue: bool = False


@dataclass
class Context:
    text: str
    ref: Reference
    doc_date: date | None
    market: str | None
    headline_end: int = -1
    section_period: str | None = None
    recent: list[EntityMention] = field(default_factory=list)
    recent_sentence: list[int] = field(default_factory=list)
    sentence_index: int = 0
    counts: dict[str, int] = field(default_factory=dict)
    last_of: dict[str, EntityMention] = field(default_factory=dict)
    move_subjects: list[tuple[int, EntityMention]] = field(default_factory=list)
    pairs: dict[str, str] = field(default_factory=dict)
    para_date: str | None = None
    para_start: int = -1
    scan_all: Any = None  # callable: note every sentence's entities (for salience)
    scanned_all: bool = False
    persons: set[str] = field(default_factory=set)
    mentions: list[EntityMention] = field(default_factory=list)
    explicit_local_dollar: bool = False
    sentence_subjects: list[EntityMention] = field(default_factory=list)
    last_move: Move | None = None  # the move read last, for "rose the same amount"


# a chartist's level or a spread, not where the price traded
def read_sentence(ctx: Context, s_start: int, s_end: int, quantities: list[Quantity],
                  ents: list[EntityMention], cues: list[Cue] | None = None) -> list[Move]:
    text = ctx.text
    if cues is None:
        cues = find_cues(text, s_start, s_end)
    # a name inside a relative clause ("The dollar index, which measures the
    # greenback against six currencies, was up") is not the sentence's subject
    relative = [(m.start(), m.end()) for m in _RELATIVE.finditer(text, s_start, s_end)] if ", wh" in text[s_start:s_end] \
        else []
    subjects = [e for e in ents if e.is_subject and not (_COMPARED.search(text, max(s_start, e.start - 24), e.start)
                                                          and not _WHICH_MOVED.match(text, e.end))
                and not (e.type in ("company", "stock") and not_traded(text, e, s_start))
                and not any(a < e.start and e.end <= b for a, b in relative)
                and not (e.type == "anaphor" and _ANAPHOR_AFTER_METRIC.search(text, max(s_start, e.start - 50), e.start))]
    ctx.sentence_subjects = subjects
    sentence_text = text[s_start:s_end]
    # period headers such as "For the week:" set the period of what follows
    hdr = re.fullmatch(r"\s*(?:For|On|In)\s+(?:the\s+)?(week|year|month|quarter|\w+day)\s*:\s*", sentence_text, re.I)
    if hdr:
        w = hdr.group(1).lower()
        ctx.section_period = {"week": "week", "year": "ytd", "month": "month", "quarter": "quarter"}.get(w, "day")
        return []
    if "(" in sentence_text:
        # "Dow industrials (up 26.57 to 11,753.91, Charts) added 0.4 percent":
        # the bracket is a quote widget of the page, not the report's prose
        widgets = [(m.start(), m.end()) for m in _WIDGET_BRACKET.finditer(text, s_start, s_end)]
        if widgets:
            quantities = [q for q in quantities if not any(a < q.start < b for a, b in widgets)]
    groups = _groups(ctx, s_start, s_end, quantities, cues, subjects)
    for a, b in zip(groups, groups[1:]):
        a.next_start = b.cue.start if b.cue is not None and a.end <= b.cue.start < b.start else b.start
    moves: list[Move] = []
    prev_dir = 0
    prev_group: Group | None = None
    for g in groups:
        if g.widget:
            moves += _moves_of_group(ctx, g, s_start, s_end, None, cues)
            continue
        if g.direction == 0 and not g.flat and prev_dir and _elided(text, g, prev_group):
            g.direction = prev_dir
        if g.cue is None and prev_group is not None and prev_group.cue is not None and prev_group.cue.kind == "neutral" \
                and not prev_group.widget and _elided(text, g, prev_group) and [r for _, r in g.quantities] == ["level"]:
            g.cue = prev_group.cue  # "Progressive ended at 4.35 dlrs, Rainbow at 3.42 and BIL at 4.17"
        if g.direction:
            prev_dir = g.direction
        got = _moves_of_group(ctx, g, s_start, s_end, prev_group, cues)
        if got and g.cue is not None and g.direction and ctx.last_move is not None and ctx.last_move.change is not None \
                and _SAME_AMOUNT.match(text, g.cue.end, g.start):
            # "Ford rose the same amount to 90-1/4": the change of the move before, in this one's direction
            same = abs(ctx.last_move.change) * g.direction
            last = ctx.last_move
            got = [replace(m, change=same, currency=m.currency or last.currency)
                   if m.change is None and m.currency in (None, last.currency) else m for m in got]
        moves += got
        if got:
            ctx.last_move = got[-1]
        prev_group = g
    note_entities(ctx, [e for e in ents if e.type == "person"] + subjects, ctx.sentence_index)
    ctx.recent = ctx.recent[-12:]
    ctx.recent_sentence = ctx.recent_sentence[-12:]
    return moves


def _elided(text: str, g: Group, prev: Group | None) -> bool:
    """ "X rose 2% and Y less than 1%": the second clause borrows the verb."""
    if prev is None or not g.subjects:
        return False
    gap = text[prev.end:g.start]
    if not re.match(r"\s*(?:,\s*)?(?:and|while|,)\s", gap):
        return False
    return g.cue is None or (g.cue.direction == 0 and g.cue.start < g.start and g.cue.start < prev.end)


def _groups(ctx: Context, s_start: int, s_end: int, quantities: list[Quantity], cues: list[Cue],
            subjects: list[EntityMention]) -> list[Group]:
    text = ctx.text
    groups: list[Group] = []
    cur: Group | None = None
    prev_end = -1
    prev_role = ""
    for q in quantities:
        role = _role(text, q, s_start, prev_end, prev_role)
        prev_role = role
        bracketed = [e for e in subjects if _SIGNED_IN_BRACKETS.fullmatch(text, e.end, q.start)] \
            if q.kind == "pct" and q.signed and q.value and text.startswith(")", q.end) else []
        if role in ("none", "ref") and not bracketed:
            # a reference figure still ends the group before it
            if role == "ref" and cur is not None:
                cur.end = max(cur.end, q.end)
            continue
        if q.kind == "pct" and q.signed and (bracketed or _is_widget(text, q, s_start)):
            # ("SPX, +0.49%"; "the biggest decliners were Intel (-3.4%) and AMD (-2.9%)": a signed per cent in
            # brackets right after a name carries its own direction)
            if cur is not None:
                groups.append(cur)
            w = Group(start=q.start, end=q.end, widget=True, direction=1 if q.value > 0 else -1)
            w.quantities.append((replace(q, value=abs(q.value)), "pct"))
            w.subjects = bracketed[-1:] or [e for e in subjects if e.end <= q.start][-1:]
            groups.append(w)
            cur = None
            prev_end = q.end
            continue
        new = cur is None or _breaks(text, cur, q, role, cues, subjects)
        if new:
            if cur is not None:
                groups.append(cur)
            lo = cur.end if cur is not None else s_start
            cur = Group(start=q.start, end=q.end)
            cur.subjects = _subjects_before(text, lo, q.start, subjects, s_start)
            cur.inherit_period = bool(re.search(r"\b(?:against|compared\s+with|versus|and)\s+an?\s+[^,;]{0,20}$",
                                                text[lo:q.start]))
        assert cur is not None
        cur.quantities.append((q, role))
        cur.end = q.end
        prev_end = q.end
    if cur is not None:
        groups.append(cur)
    out = []
    for g in groups:
        if not g.quantities:
            continue
        _direction(text, g, cues, s_start, s_end, groups)
        out.append(g)
    # level-only statements with "flat"/"unchanged"
    return out


_SIGNED_IN_BRACKETS = re.compile(r"\s?\(\s?")


def _is_widget(text: str, q: Quantity, s_start: int) -> bool:
    """ "SPX, +0.49%": a ticker widget left in the page text."""
    before = text[max(s_start, q.start - 16): q.start]
    return bool(re.search(r"\b[A-Z0-9]{2,}[A-Z0-9.]*,\s*$", before))


def _breaks(text: str, cur: Group, q: Quantity, role: str, cues: list[Cue],
            subjects: list[EntityMention]) -> bool:
    gap = text[cur.end:q.start]
    if len(gap) > 60:
        return True
    if any(cur.end <= e.start < q.start for e in subjects):
        return True
    if _BOUNDARY.search(gap):
        return True
    kinds = [r for _, r in cur.quantities]
    if _NEXT_MOMENT.search(gap) and any(cur.end <= c.start < q.start for c in cues):
        return True  # "traded at an intra-day high of 42 HK dollars before ending up 2.26 percent": two moments
    # a list of figures ("11.4% and 8.3%") stays one group, split later
    if _LIST_GAP.fullmatch(gap) and role in kinds:
        return False
    for c in cues:
        if cur.end <= c.start < q.start and c.kind in ("verb",):
            return True
        if cur.end <= c.start < q.start and c.kind == "neutral" and c.word in (
                "closed", "ended", "finished", "opened", "settled", "traded", "hit", "touched", "reached"):
            if role in kinds or role == "level" and "level" in kinds:
                return True
    if re.search(r"\ban?\s+(?:\S+\s+){0,3}$", gap) and role in kinds:
        return True
    if role == "pct" and "pct" in kinds and not re.fullmatch(r"[\s,]*(?:and|or|,)\s*", gap) and not _LIST_GAP.fullmatch(gap):
        return True
    if role == "level" and "level" in kinds and "respectively" not in gap and not re.fullmatch(r"\s*(?:and|,)\s*", gap):
        return True
    return False


# "before ending", "then closing": the figures after are another moment's
_NEXT_MOMENT = re.compile(r"\b(?:before|then|later)\s+(?:\w+\s+)?$|\b(?:before|then|later)\s+\w+ing\b"
                          # ("touched a record 102,660 yuan a tonne, closing daytime trading up 0.8%")
                          r"|,\s+(?:and\s+)?(?:closing|ending|finishing|settling)\b")
# between two figures of one list: "3% and nearly 1%", "2% and 3%"
_LIST_GAP = re.compile(r",?\s*(?:and|or)\s*(?:(?:nearly|about|around|almost|roughly|some|just|over|under|more\s+than|"
                       r"less\s+than)\s+)?")
_WIDGET_BRACKET = re.compile(r"\((?:up|down|\+|-|−)\s?[$€£¥]?\d[\d.,]*\s+to\s+[$€£¥]?\d[^()]{0,40}\)(?=\s+[a-z])", re.I)
_COMPARED = re.compile(r"\b(?:against|vs\.?|versus|per|than|relative\s+to|compared\s+(?:with|to))\s+(?:the\s+)?"
                       r"(?:U\.S\.\s+|US\s+|Japanese\s+|single\s+)?$", re.I)
# "Compared with the FTSE 100 index, which rose 28.3 points": the yardstick's own move, told in its clause
_WHICH_MOVED = re.compile(r"\s*,\s*(?:which|that)\s+(?:rose|fell|gained|lost|added|shed|climbed|dropped|slipped|eased|"
                          r"advanced|declined|was\s+(?:up|down|off)|ended|closed|finished)\b")
_RELATIVE = re.compile(r",\s+(?:which|who|whose)\b[^,;]{3,120},")
# "down 4.5% this year and up 13.7%": the word after "and" is the next figure's
_JOINS_ANOTHER = re.compile(r"\b(?:and|or|but|while|versus|vs)\b", re.I)


_BRACKET_AFTER = re.compile(r"\s*\([^()]{1,30}\)")
# (and right after a name: "with Sun Hung Kai Properties off 2.1 per cent", not "sold off", "written off")
_WIRE_OFF = re.compile(r"(?:\b(?:was|were|is|are|closed|ended|finished|opened|traded|last)|,|\b[A-Z][\w&.'’-]*)\s+off$")


def _direction(text: str, g: Group, cues: list[Cue], s_start: int, s_end: int, groups: list[Group]) -> None:
    """Set the group's direction and cue: a word right after a figure ("1.22
    per cent lower", "a 2.2% rise"), one inside the group ("at 6,817.98, up
    0.82 per cent"), or the nearest motion word before it."""
    if g.widget:
        return
    qs = [q for q, _ in g.quantities]
    first, last = qs[0], qs[-1]
    for q in qs:
        # "10.4% (151 yen) above the IPO price": a bracketed figure between the figure and its word
        br = _BRACKET_AFTER.match(text, q.end)
        q_end = br.end() if br is not None else q.end
        for c in cues:
            if q_end <= c.start <= q_end + 16 and c.kind in ("adverb", "noun") and c.direction \
                    and c.word != "off" \
                    and re.fullmatch(r"[\s'’\w-]*", text[q_end:c.start]) and not re.search(r"\d", text[q_end:c.start]) \
                    and not _JOINS_ANOTHER.search(text, q_end, c.start):
                g.direction, g.cue = c.direction, c
                break
        if g.cue is not None:
            break
    if g.cue is None:
        for c in cues:
            if first.end <= c.start < last.start and c.direction and c.kind in ("adverb", "verb", "noun"):
                g.direction, g.cue = c.direction, c
                break
    prev_groups = [x for x in groups if x.end <= g.start]
    lo = prev_groups[-1].end if prev_groups else s_start
    if g.subjects and g.subjects[-1].start >= lo:
        lo = g.subjects[-1].end
    before = [c for c in cues if lo <= c.start < first.start]
    flat = next((c for c in reversed(before) if c.kind == "flat"), None)
    if flat is not None and not any(c.direction for c in before if c.start > flat.start):
        g.flat = True
        g.cue = g.cue or flat
        return
    if g.cue is None:
        for c in reversed(before):
            if c.kind in ("verb", "adverb", "noun") and c.direction:
                if c.word in ("above", "below", "off") and c.end + 3 >= first.start and not (
                        c.word == "off" and _WIRE_OFF.search(text, max(0, c.start - 14), c.end)):
                    continue  # ("was off 3/8 at 22-1/2": the wire's word for down)
                g.direction = c.direction
                g.strength = c.strength if c.kind == "verb" else None
                g.cue = c
                break
        if g.cue is None:
            neutral = [c for c in before if c.kind == "neutral"]
            if neutral:
                g.cue = neutral[-1]
    else:
        for c in reversed(before):
            if c.kind == "verb" and c.direction == g.direction:
                g.strength = c.strength
                break
    if g.cue is None and any(r == "change" for _, r in g.quantities) and TO_LEVEL.match(text, first.end):
        # "Rising issues included Canfor Corp 1-1/4 to 35-3/4": the list's
        # word of motion stands before its first name
        prior = [c for c in cues if s_start <= c.start < first.start and c.direction and c.kind in ("verb", "adverb")]
        if prior:
            g.direction, g.cue = prior[-1].direction, prior[-1]
    if g.cue is None:
        # "prices lifted BHP Billiton 50 cents": the verb before its object, the name
        caused = _CAUSED_BEFORE.search(text, max(s_start, first.start - 60), first.start)
        if caused is not None:
            c0 = next((c for c in cues if c.start == caused.start() and c.direction), None)
            if c0 is not None:
                g.direction, g.cue = c0.direction, c0
    # a noun "a 5.8% gain on the S&P 500": the subject follows the noun
    if g.cue is not None and g.cue.kind == "noun" and g.cue.start >= first.end:
        m = re.match(r"\s*(?:on|in|for|at)(?:\s+|(?=[A-Z]))(?:the\s+)?", text[g.cue.end:g.cue.end + 12])
        if m:
            g.noun_from = g.cue.end + m.end()


_ATTRIBUTION_AFTER = re.compile(r"(?:\s+(?:Co|Corp|Inc|Ltd|Plc|Group)\.?)?(?:\s*<[^<>]{1,12}>)?\s+(?:said|says|reported|reports|"
                                r"estimated|estimates|announced)\b")
_VENUE_BEFORE = re.compile(r"\bat\s+the\s+$")


def _only_reports(text: str, g: Group, x: EntityMention) -> bool:
    """A name after the group's figures that only says them ("... to 761, Hughes Tool Co said")."""
    return x.start >= g.end and _ATTRIBUTION_AFTER.match(text, x.end) is not None
_MEASURE_OF_BEFORE = re.compile(r"\b(?:volumes?|sales|output|production|exports|imports|orders|deliveries|shipments|backlogs?|"
                                r"earnings|profits?|revenues?|turnover|traffic|employment)\s+(?:in|at|of|for)\s+(?:the\s+)?$", re.I)
_DEBT_AFTER = re.compile(r"(?:['’]s)?\s+(?:[\d.]+\s+pct\s+)?(?:notes|bonds|debentures|debt|warrants|convertibles|paper)\b")


def _object_of_noun(text: str, g: Group, subj: EntityMention) -> bool:
    """Whether the subject is what a noun of motion is of, named right after it ("a 3.9% gain in the Nasdaq";
    not "a 40 pct drop in oil income": a measure of the thing, not its price)."""
    return g.noun_from is not None and g.noun_from <= subj.start <= g.noun_from + 30 and \
        _AFTER_NOUN_GAP.fullmatch(text, g.noun_from, subj.start) is not None and not _MEASURE_AFTER.match(text, subj.end)


_MEASURE_AFTER = re.compile(r"\s+(?:income|revenues?|earnings|profits?|sales|exports?|imports?|output|production|demand|"
                            r"consumption|reserves|inventories|stocks|shipments|volumes?|receipts|investment)\b")


_AFTER_NOUN_GAP = re.compile(r"(?:[a-z][\w-]*\s+){0,2}(?:(?:U\.S\.|US|U\.K\.|UK|[A-Z][a-z]+['’]s)\s+)?")


def _moves_of_group(ctx: Context, g: Group, s_start: int, s_end: int, prev: Group | None,
                    cues: list[Cue]) -> list[Move]:
    text = ctx.text
    pcts = [q for q, r in g.quantities if r == "pct"]
    changes = [q for q, r in g.quantities if r == "change"]
    levels = [q for q, r in g.quantities if r == "level"]
    n = max(len(pcts), len(changes), len(levels))
    if n == 0:
        return []
    if g.cue is not None and g.cue.kind == "verb" and _WISHED.search(text, max(s_start, g.cue.start - 70), g.cue.start):
        return []  # "urged Japan to increase the amount to 6.5 mln", "was to fall to 1.0 pct": asked or planned, not done
    if g.cue is not None and _FORESEEN.search(text, max(s_start, g.cue.start - 30), g.cue.start):
        return []  # "Slifer sees stronger growth of 10 pct": a view of what is to come
    if g.cue is not None:
        lead = text[max(s_start, g.cue.start - 90):g.cue.start]
        # ("^" of the pattern is the sentence's start only when the window reaches it)
        if "f " in lead and _IF_CLAUSE.search(lead if g.cue.start - 90 <= s_start else "x" + lead):
            return []  # "if the stock price rises to more than 130 pct of ...": a condition, not a move
    # "The number of active rigs fell by five to 761, Hughes Tool Co said": a name after the figures that only
    # says them is no subject; "Trading in currency futures at the CME fell 4.6 pct": a venue, no subject
    # (nor "volumes in North America increased", "the backlog at Harris is up 30 pct": a measure of the name's, no
    # price; nor "the Holiday notes are trading at 100.50": a company's bonds, not its shares)
    if any(_MEASURE_OF_BEFORE.search(text, max(s_start, x.start - 30), x.start)
           or (x.type in ("company", "stock") and _DEBT_AFTER.match(text, x.end)) for x in g.subjects):
        return []  # (the clause is about the measure or the debt: no other name in it moved instead)
    subjects = [x for x in g.subjects if not (
        _only_reports(text, g, x)
        or (x.type in ("company", "stock") and _VENUE_BEFORE.search(text, max(s_start, x.start - 8), x.start)))]
    if len(subjects) > 1 and g.cue is not None and g.cue.word.endswith("ing") and g.cue.start > subjects[-1].end and \
            _PUSHED_OBJECT.search(text, max(s_start, subjects[-1].start - 16), subjects[-1].start) and \
            re.fullmatch(r"\s+(?:higher|lower|up|down)\s*,\s*", text[subjects[-1].end:g.cue.start]):
        # "Nvidia led the index higher, rising 3%": the participle is the clause subject's, not its object's
        subjects = subjects[:-1]
    noun_from = g.noun_from
    if noun_from is not None:
        # (a place may name the thing's country first: "a 3.9% gain in the U.S. Nasdaq Composite", "in Japan's Nikkei")
        ents_after = [e for e in ctx.sentence_subjects if noun_from <= e.start <= noun_from + 30
                      and _AFTER_NOUN_GAP.fullmatch(text, noun_from, e.start)]
        if ents_after:
            subjects = ents_after[:1]
    if len(subjects) > 1:
        # "the FTSE 100 turned positive after the BoE decision, with the blue-chip index last trading 1.3
        # percent higher": a central bank or regulator has no price, the other name moved
        priced = [e for e in subjects if not (e.type in ("company", "stock") and e.id is None and _is_authority(e.name))]
        if priced:
            subjects = priced
    if len(subjects) > 1:
        # "Seatrium was the index's biggest gainer": the index ranks, the name moves
        ranked = [e for e in subjects[1:] if _RANKED_OF.match(text, e.end)]
        if ranked:
            subjects = [e for e in subjects if e not in ranked]
    if not subjects:
        subjects = [x for x in _implicit_subject(ctx, g, s_start, s_end) if not _only_reports(text, g, x)]
    if n == 1 and len(subjects) > 1 and not _coordinated(text, subjects):
        subjects = [_grammatical(text, subjects, s_start, g.cue, g.start)]
    resolved: list[EntityMention] = []
    for s in subjects:
        resolved += _resolve(ctx, s, n)
    if not resolved:
        return []
    if g.cue is not None:
        # "Zeta Bank fell 0.85 percent, helping push a sub-index for the sector down 1.14 percent": what the
        # participle pushed moved, not the name before it
        cause = max(_CAUSATIVE.finditer(text, s_start, g.cue.start), key=lambda c: c.start(), default=None)
        if cause is not None and g.quantities and g.quantities[0][0].start > cause.end() \
                and not _OWN_PRICE.match(text, cause.end() - 4):  # ("sending the company's share price up": its own)
            resolved = [r for r in resolved if r.start >= cause.end()]
            if not resolved:
                return []
    if n == 1 and pcts and re.search(r"\bup\s+to\s+$", text[max(s_start, pcts[0].start - 8):pcts[0].start]) and \
            (len(resolved) > 1 or re.search(r"\b(?:were|are)\b", text[s_start:pcts[0].start])):
        return []  # "Tata Steel, Wipro and Infosys were the biggest gainers, rising up to 2.5 per cent": a bound of many
    shared = len(resolved) > 1 and _shared_figure(text, g)
    if shared and n > 1 and len(resolved) == n:
        assign = list(range(n))  # "A and B four each to 5.06 and 5.64": the change is each one's
    elif n > 1 and len(resolved) >= n:
        resolved = resolved[-n:]
        assign = list(range(n))
    elif n > 1 and len(resolved) == 1 and resolved[0].plural:
        assign = [0] * n
    elif n > 1 and len(resolved) == 1 and resolved[0].type == "currency" and len(levels) == n and not pcts \
            and not changes and len({q.currency for q in levels if q.kind == "money" and q.currency}) == n:
        assign = [0] * n  # "the Australian dollar was buying 75.2 US cents, 43.2 pence and 86.2 yen": a pair each
    elif n > 1:
        # more figures than subjects: a figure for the same subject twice
        # ("rose 2% on Monday and 3% on Tuesday") is not read
        assign = [0] + [-1] * (n - 1)
    else:
        if len(resolved) > 1 and not subjects[-1].plural and not shared:  # "rose 4 cents each": every name
            resolved = resolved[-1:]
        assign = [0] * max(1, len(resolved)) if len(resolved) > 1 else [0]
    out: list[Move] = []
    subj_list = resolved if (n == 1 and len(resolved) > 1) else None
    for k in range(n if subj_list is None else len(resolved)):
        if subj_list is not None:
            subj = resolved[k]
            idx = 0
        else:
            if assign[k] < 0:
                continue
            subj = resolved[assign[k]] if n > 1 and len(resolved) >= n else resolved[0]
            idx = k
        pct = pcts[idx] if idx < len(pcts) else (pcts[0] if len(pcts) == 1 and (n == 1 or shared) else None)
        chg = changes[idx] if idx < len(changes) else (changes[0] if len(changes) == 1 and (n == 1 or shared) else None)
        lvl = levels[idx] if idx < len(levels) else (levels[0] if len(levels) == 1 and n == 1 else None)
        mv = _build(ctx, g, subj, pct, chg, lvl, s_start, s_end, prev)
        if mv is not None:
            out.append(mv)
            if subj.type == "currency" and mv.subject.id and subj.currency and subj.currency in mv.subject.id:
                ctx.pairs[subj.currency] = mv.subject.id  # "It also declined ..." keeps the pair
                # (not the offshore yuan's pair for the yuan: "In Hong Kong's offshore market, the yuan rose")
            ctx.move_subjects.append((ctx.sentence_index, subj))
    return out


# a move asked for, intended or planned: the verb an infinitive after such words
_WISHED = re.compile(r"\b(?:urged?|urging|asked?|asking|requested|requests?|intends?|intended|plans?|planned|wants?|"
                     r"wanted|aims?|aimed|seeks?|sought|hopes?|hoped|proposed?|decided|(?:is|was|were|are)|"
                     r"called\s+on|calls\s+on)\s+(?:[\w.'’-]+\s+){0,5}?to\s+\Z")


# a participle that makes something else move: "helping push", "dragging", "sending", "lifting"
_CAUSATIVE = re.compile(r"\b(?:helping\s+(?:to\s+)?(?:push|drag|send|lift|drive|pull|take)|pushing|dragging|sending|"
                        r"lifting|driving|pulling)\s+(?:an?|the|its)\s")
_OWN_PRICE = re.compile(r"(?:its|the\s+(?:company|group|firm|bank|lender|insurer|carrier)['’]s)\s+(?:share\s+price|shares|stock)\b",
                        re.I)
# an index's futures named by the index: "Dow e-minis", "S&P 500 futures", "E-mini Nasdaq 100"
_FUTURES_AFTER = re.compile(r"\s+(?:e-?minis?(?:\s+futures)?|(?:index\s+)?futures)\b", re.I)
_EMINI_BEFORE = re.compile(r"\be-?mini\s+\Z", re.I)
# the continuous front-month contracts Yahoo quotes for an index's CME futures
# a view of the future right before the word of motion
# "were little changed at $193.10": a price told, its change too small to state
_LITTLE_BEFORE = re.compile(r"\b(?:little|barely|largely|virtually|almost|nearly)\s+\Z", re.I)
# a transitive verb of a market's push before its object ("led the index higher", "dragged the market down")
_PUSHED_OBJECT = re.compile(r"\b(?:led|lifted|pushed|dragged|drove|helped|propelled|boosted|pulled|sent|took|weighed\s+on)\s+(?:the\s+)?\Z")
# a move told as a condition ("However, if the stock price rises to more than 130 pct of the conversion
# level, the issue will be callable"): what would follow, not what happened
_IF_CLAUSE = re.compile(r"(?:^\s*|[,;:]\s*|\b(?:However|But|And|Yet),?\s+)(?:[Ii]f|[Uu]nless|[Ss]hould)\s+[^,;:]{0,80}\Z")
_FORESEEN = re.compile(r"\b(?:sees|expects|predicts|forecasts|projects)\s+(?:an?\s+|the\s+)?\Z")


_RANKED_OF = re.compile(r"['’]s?\s+(?:[a-z-]+\s+)?(?:gainers?|losers?|performers?|laggards?|decliners?|risers?|fallers?|"
                        r"advancers?|drags?)\b")


# one figure that is each name's: "four each", "4 cents apiece", "each rose 1/2"
_EACH_AFTER = re.compile(r"\s*(?:(?:per\s*cent|percent|pct|cents?|points?|dlrs?)\s+)?(?:each|apiece)\b")
_EACH_BEFORE = re.compile(r"\b(?:each|both)\s+$")


def _shared_figure(text: str, g: Group) -> bool:
    """The group's one change or per cent change belongs to every name before it."""
    figs = [q for q, r in g.quantities if r in ("pct", "change")]
    if len(figs) != 1:
        return False
    if _EACH_AFTER.match(text, figs[0].end):
        return True
    return g.cue is not None and bool(_EACH_BEFORE.search(text, max(0, g.cue.start - 6), g.cue.start))


_SAME_AMOUNT = re.compile(r"\s+(?:by\s+)?(?:the\s+)?same\s+amount\b")
_BULLET = re.compile(r"\s*(?:[-–—•*]+\s*)?(?:Up|Down|Off|Rose|Fell|Gained|Lost|Higher|Lower|Climbed|Dropped)\b")


def _implicit_subject(ctx: Context, g: Group, s_start: int, s_end: int) -> list[EntityMention]:
    """A subject the sentence does not name before its figures: a bullet
    ("--Down 0.28% across the last two sessions") continues the last move's
    subject; "Having risen 20%, the Hang Seng Index ..." names it after."""
    text = ctx.text
    if _BULLET.match(text, s_start) and ctx.move_subjects:
        return [ctx.move_subjects[-1][1]]
    after = [e for e in ctx.sentence_subjects if e.start >= g.end and e.type != "anaphor"]
    if after and "," in text[g.end:after[0].start] and after[0].start - g.end < 80 \
            and not _NEW_CLAUSE.search(text, g.end, after[0].start):
        return [after[0]]
    return []


# a comma then a conjunction opens another clause with its own subject: "The market rose 1%, while miners
# rose 2%" (not "Having risen 20%, the Hang Seng Index ...")
_NEW_CLAUSE = re.compile(r",\s+(?:while|whereas|with|and|but|as)\s")


# "the index's first close above 29,000": a threshold first crossed, no price
_FIRST_PAST = re.compile(r"\bfirst\s+(?:close|finish|time|ever\s+close)\s+(?:above|below|over|under)\s+$")


_EXPECT_BEFORE = re.compile(r"\b(?:predict|predicts|predicted|expect|expects|expected|forecast|forecasts|see|sees|"
                            r"project|projects|projected|want|wants|wanted|allow|allows|allowed)\b", re.I)


def _long_ago(ctx: Context, as_of: str | None, text: str, s_start: int, pos: int) -> bool:
    """A level told of a day the words name, more than a month before the report ("... since Jan. 15,
    2002, when it stood at 2,000.91", "its last higher close came on April 19, 2002, at 1,125.17")."""
    if ctx.doc_date is None or not _PAST_WHEN.search(text, s_start, pos):
        return False
    if as_of and len(as_of) >= 10:
        day = dates.parse_iso(as_of[:10])
        if day is not None and (ctx.doc_date - day).days > 31:
            return True
    # the day the words name before "when", though the move's own window missed it ("since Jan. 15, 2002, when")
    told = None
    for dm in dates.DATE_EXPR.finditer(text, s_start, pos):
        if dm.lastgroup in ("mdy", "dmy", "month", "year"):
            told = dates.resolve(dm, ctx.doc_date)
    if not told:
        return False
    day = dates.parse_iso(told[:10] if len(told) >= 10 else told[:7] + "-01")  # (a month's first day)
    return day is not None and (ctx.doc_date - day).days > 31


_PAST_WHEN = re.compile(r"\bwhen\b|\b(?:last|previous)\s+(?:higher\s+|lower\s+)?close\s+came\b|\bcame\s+on\b")


# the currencies a bare "$" or "cents" stands for at home (a Hong Kong or Taiwan price is written "HK$", "NT$";
# a bare "$" beside an Alibaba with no market named is its New York price)
_DOLLARS = frozenset(["AUD", "CAD", "SGD", "NZD"])


# the commodities priced in a local money (a bare "$" of the others is the US dollar in any market)
_LOCAL_COMMODITIES = frozenset(["FCPO"])
_NAMED_DOLLAR = re.compile(r"[A-Za-z]\$|\b(?:Australian|Canadian|Singapore|Hong\s+Kong|New\s+Zealand|Taiwan|local)\s+"
                           r"(?:dollars?|cents)\b|\b(?:A|C|S|NZ|HK|NT)\s*dollars?\b")


def _bare_dollar(text: str, q: Quantity | None) -> bool:
    """Whether a money figure is written with a dollar that names no country ("$82.10", "56 cents")."""
    return q is not None and q.kind == "money" and _NAMED_DOLLAR.search(text, max(0, q.start - 3), q.end + 16) is None


def _line_dollar(ctx: Context, subj: EntityMention, q: Quantity | None) -> str:
    """A bare "$31.40" of a stock, in an article whose market nothing names: the dollar of the line the
    stock trades on (DBS in Singapore dollars, Qantas in Australian), not the American one."""
    inst = ctx.ref.instruments.get(subj.id or "")
    if inst is None or inst.currency not in _DOLLARS or q is None:
        return "USD"
    written = ctx.text[max(0, q.start - 3):q.end + 8]
    if re.search(r"(?:US|U\.S\.|[A-Za-z])\$|\bU\.?S\.?\s+(?:dollars?|cents)", written):
        return "USD"  # ("US$31.40", "HK$", "31 U.S. cents": the text names the dollar)
    return inst.currency


def _build(ctx: Context, g: Group, subj: EntityMention, pct: Quantity | None, chg: Quantity | None,
           lvl: Quantity | None, s_start: int, s_end: int, prev: Group | None) -> Move | None:
    text = ctx.text
    direction = g.direction
    approx = None
    figures = [q for q in (pct, chg, lvl) if q is not None]
    if not figures:
        return None
    if pct is not None and subj.type in ("company", "stock", "anaphor") and \
            _RATE_BEFORE.search(text, max(s_start, pct.start - 40), pct.start):
        return None  # "reducing its base rate to 10-1/2 pct": a rate's level, not the company's price
    if pct is not None and subj.type in ("company", "stock") and \
            re.search(r"\bto\s+(?:a\s+)?$", text[max(s_start, pct.start - 6):pct.start]) and \
            (chg is not None or re.search(r"\bpoints?\b", text[max(s_start, pct.start - 30):pct.start])):
        return None  # "load factor at Pan Am rose two points to 51.9 pct": a ratio's level; no share is priced in per cent
    if subj.type == "commodity" and _OFFICE_SAID.search(text, s_start, s_end):
        return None  # "Heating oil prices rose 3.0 pct in February, the department said": a price index's part
    if subj.type == "commodity" and _COMMODITY_COMPOUND.match(text, subj.end):
        return None  # the subject of the clause, but not the commodity: "copper stocks fell to 185,400"
    # (a bond named by its coupon moves by its price: "the 8.40 per cent security maturing in 2024 gained to Rs 99.335")
    is_yield = subj.type == "bond" and getattr(subj, "rule", "") != "coupon_bond"
    if is_yield and lvl is not None and lvl.kind == "money":
        lvl = None  # "the 10-year bond rose to Rs 100.5975": the bond's price, not its yield
    change_pct = change = level = None
    currency = None
    unit = None
    if g.flat:
        change_pct, change = 0.0, 0.0
    if pct is not None:
        if is_yield:
            # a yield "to 2.56%" is its level; a yield's per cent change is not read
            if lvl is None and re.search(r"\b(?:to|at|reaching|of|hit|touched)\s+(?:\w+\s+){0,2}$", text[max(s_start, pct.start - 25):pct.start]):
                lvl = pct
        else:
            if direction == 0 and not pct.signed and not g.flat:
                if pct.value != 0:
                    return None
            change_pct = pct.value * (direction if direction else 1) if not pct.signed else pct.value
            if pct.signed and direction < 0 and pct.value > 0:
                change_pct = -pct.value
    if chg is not None and lvl is not None and subj.type in ("company", "stock", "anaphor"):
        chg, lvl = _minor_units(text, chg, lvl)  # first: "Amatil gained 10 to 10.70" is 10 cents
    if chg is not None and lvl is not None and chg.kind == "number" and lvl.kind == "number" and \
            abs(chg.value) < lvl.value <= 1.5 * abs(chg.value):
        lvl = None  # "closed down 6.85 to 7.00": a range of the change, not a level
    if chg is not None:
        if chg.kind in ("bps", "pp"):
            if not is_yield and subj.type != "currency":
                return None if (pct is None and lvl is None) else _build(ctx, g, subj, pct, None, lvl, s_start, s_end, prev)
            change = round(chg.value * (direction or 0), 6)
            if direction == 0:
                return None if lvl is None else _build(ctx, g, subj, pct, None, lvl, s_start, s_end, prev)
        else:
            if direction == 0:
                change = None
            else:
                change = chg.value * direction
            if chg.kind == "money":
                currency = chg.currency
    if lvl is not None:
        if lvl.kind == "pct":
            if not is_yield:
                lvl = None
            else:
                level = lvl.value
        elif lvl.kind in ("bps", "pp"):
            lvl = None
        else:
            level = lvl.value
            if lvl.kind == "money":
                currency = lvl.currency
    if currency == "USD" and ctx.market is None and subj.id and subj.type in ("company", "stock"):
        currency = _line_dollar(ctx, subj, lvl if lvl is not None and lvl.kind == "money" else chg)
    elif currency in _LOCAL_DOLLARS and subj.type == "commodity" and subj.id not in _LOCAL_COMMODITIES and \
            _bare_dollar(text, lvl if lvl is not None and lvl.kind == "money" else chg):
        currency = "USD"  # "SINGAPORE - Spot gold rose to $2,310.20", "Bitcoin fell to $66,850": the world's price, in dollars
    if is_yield:
        unit = "percent"
        currency = None
    if change_pct is None and change is None and level is None:
        return None
    if change_pct is None and change is None and g.cue is None and not (
            lvl is not None and (_COLON_LEVEL.search(text[max(s_start, lvl.start - 5):lvl.start])
                                 or _EXTREME.search(text[max(s_start, lvl.start - 30):lvl.start]))):
        return None  # a bare figure with no word of price or motion
    if change_pct is None and change is None and g.cue is not None and g.cue.kind == "neutral" \
            and g.cue.word in _WEAK_LEVEL and subj.type in ("company", "stock", "anaphor") \
            and not (g.cue.word.lower() in ("listed", "listing") and text.startswith(" at ", g.cue.end)) \
            and not (g.cue.word == "changed" and _LITTLE_BEFORE.search(text, max(0, g.cue.start - 12), g.cue.start)):
        # ("Shares of Velm listed at Rs 103.90 on the BSE": its first trade, a price)
        return None  # "X is regarded at 37", "shares were offered at 15.75": not a price move
    modal_from = subj.end if subj.end <= figures[0].start else max(s_start, figures[0].start - 60)
    aside = _ASIDE.match(text, modal_from, figures[0].start)
    if aside is not None:
        modal_from = aside.end()  # "Chrysler, which is not expected to ..., rose 1/4": the clause is aside
    if _MODAL.search(text, modal_from, figures[0].start):
        return None  # forecasts, estimates and plans are not moves
    if g.cue is not None and g.cue.kind == "verb" and text[max(0, g.cue.start - 3):g.cue.start] == "to " and \
            _EXPECT_BEFORE.search(text, s_start, subj.start):
        return None  # "They predict the three-month rate to slip to 3.875 pct": a forecast
    if re.search(r"\b(?:shy|short)\s+of\b|\bfailed\s+to\b|\bnot\s+(?:reach|hit|touch|closed|ended|finished|traded|been)"
                 r"|\b(?:n[o']t|never)\s+(?:\w+\s+)?(?:closed|ended|finished|traded)\b", text[subj.end:figures[0].start]):
        return None  # "two cents shy of reaching its high at S$25.34": not where it traded
    cue_pos = g.cue.start if g.cue is not None and g.cue.start < g.start else g.start
    gap = text[subj.end:cue_pos] if subj.end <= cue_pos else ""
    if ", wh" in gap:
        gap = _RELATIVE.sub(",", gap)  # ("HSBC, which accounts for the largest weighting of the index, rose")
    if _METRIC.search(gap) and subj.type in ("company", "stock", "anaphor", "market", "index", "commodity", "currency") and not g.widget \
            and not ((ag := _ASIDE_GAP.fullmatch(gap)) is not None and not _METRIC.search(ag.group(1))):
        return None  # "Twitter said it had 319 million users, up 4 percent"
    if g.cue is not None and subj.start >= g.cue.end and subj.type in ("company", "stock", "market", "index") and \
            not re.fullmatch(r"\s*(?:the\s+|shares\s+(?:of|in)\s+)?" if g.cue.kind != "noun" else
                             r"\s*(?:in\s+|of\s+)?(?:the\s+|shares\s+(?:of|in)\s+)?", text[g.cue.end:subj.start]) and \
            _METRIC.search(text, s_start, g.cue.start):
        return None  # "Market share decreased on the route between Helsinki and Tallinn": the metric moved
        # (but "a 25% rise in profit, sparking a 9% rise in its share price": the noun's own object moved)
        # (but "Higher commodity prices lifted BHP Billiton 50 cents": the verb's object moved)
    if subj.type in ("company", "stock", "anaphor", "market", "index") and _SAID_CLAUSE.search(gap):
        return None  # "The airline said scheduled capacity rose 27.7 pct": the clause after "said" has its own subject
    if subj.type in ("company", "stock", "market") and (pm := _POSSESSED.fullmatch(gap)) is not None \
            and (not _PRICE_WORD.search(pm.group(1)) or _PART_WORD.search(pm.group(1))):
        return None  # "Audi's workforce stood at 39,800", "Labour's popularity dropped to 45 pct"
    if chg is not None and chg.kind == "money" and lvl is None and pct is None and \
            subj.type in ("company", "stock", "anaphor") and (abs(chg.value) >= 100_000 or _SCALED.search(
                text, chg.start, chg.end)):
        return None  # "The company lost 658,000 dlrs on sales of 11.6 mln": a result, not a price change
    if g.cue is not None and g.cue.kind == "verb" and g.cue.end <= figures[0].start and \
            _OBJECT_METRIC.match(text, g.cue.end, figures[0].start):
        return None  # "it has increased its market share to 19.4 pct": the verb's object moved
    if subj.type in ("company", "stock", "anaphor", "market", "index", "currency", "currency_pair") and \
            _METRIC_OF.search(text, max(s_start, subj.start - 40), subj.start):
        return None  # "Sales of Velmar trucks increased 48 pct": the metric moved, not the stock
    if g.noun_from is not None and not _object_of_noun(text, g, subj) and _METRIC_AFTER_NOUN.match(text, g.noun_from):
        return None  # "reported a 20 pct rise in pre-tax profits", "the one pct drop in turnover ..., the Sandoz group"
    if g.cue is not None and g.cue.kind == "adverb" and _NORM_AFTER.match(text, g.cue.end):
        return None  # "rainfall was 70 pct below average": a gap to a norm, not a move
    if g.cue is not None and g.cue.kind == "noun" and g.cue.start >= g.end and g.noun_from is None \
            and re.match(r"\s*(?:in|on|for)\s+(?!the\s+(?:session|day|week|month|year|quarter))", text[g.cue.end:g.cue.end + 10]):
        return None  # "a 0.4% jump in food prices"
    if g.widget and subj.type == "bond":
        return None
    # currencies move as pairs
    name, sid, stype = subj.name, subj.id, subj.type
    if subj.type in ("anaphor", "company", "stock") and subj.id is None and " " in subj.name and _is_authority(subj.name):
        return None  # "the bank's move to lend at a lower 10 pct": a central bank's rate, no price of it
    if subj.type in ("currency", "currency_pair"):
        fx = _fx(ctx, subj, lvl, g, s_start, s_end)
        if fx is None:
            return None
        pair, quote, flip = fx
        sid = pair
        name = pair
        stype = "currency"
        if flip:
            change_pct = -change_pct if change_pct else change_pct
            change = -change if change else change
        currency = "CNY" if quote == "CNH" else quote
        if level is None:
            currency = None if change is None else currency
    elif subj.type in ("company", "stock", "anaphor") and currency is None and (level is not None or change is not None) \
            and not (lvl is not None and lvl.kind == "points"):
        # (a level in points is an index's, never a price in the market's money)
        currency = _stock_currency(ctx, subj)
        if currency == "GBP" and lvl is not None and lvl.kind == "number" and lvl.decimals == 0 and \
                (chg is None or chg.kind == "number"):
            # a London share price written bare is in pence ("ICI stood unchanged at 1,335")
            level = lvl.value / 100
            change = None if change is None else change / 100
    elif subj.type in ("index", "sector", "market"):
        currency = None if (lvl is None or lvl.kind != "money") and (chg is None or chg.kind != "money") else currency
    elif subj.type == "commodity":
        unit = subj.unit if level is not None else None
        um = re.match(r"\s*(?:an?|per)\s+(ounce|tonne|ton|barrel|pound|bushel|troy ounce|mmBtu|gallon)\b", text[(lvl.end if lvl else 0):(lvl.end if lvl else 0) + 20]) if lvl else None
        if um:
            unit = um.group(1).replace("troy ounce", "ounce").replace("ton", "tonne").replace("tonnene", "tonne")
    # hedges
    for q in figures:
        a = _approx(text, q, max(s_start, g.start - 40))
        if a:
            if q is lvl and a in ("more than", "less than", "about", "nearly") and (pct is not None or chg is not None):
                continue
            approx = a
            break
    if approx is None and lvl is not None and pct is None and _intraday_extreme(text, s_start, lvl.start):
        approx = "as much as"
    period, as_of, phase = _when(ctx, g, subj, s_start, s_end, prev)
    if change_pct is None and change is None and lvl is not None and (
            _FIRST_PAST.search(text, max(s_start, lvl.start - 40), lvl.start) or _long_ago(ctx, as_of, text, s_start, lvl.start)):
        # "its first close above 29,000 since February": a threshold crossed; "since Jan. 15, 2002, when it stood
        # at 2,000.91": the level of a day long past, a record's yardstick
        return None
    # the evidence: from the subject (or the cue) to the last figure
    span_start = min([subj.start, g.start] + ([g.cue.start] if g.cue else []))
    span_end = max(q.end for q in figures)
    if subj.type != "anaphor" and _object_of_noun(text, g, subj):
        span_end = max(span_end, subj.end)  # "a 3.9% gain in the Nasdaq Composite": the words name what gained after
    span_start = max(span_start, s_start)
    canonical = _canonical(ctx, subj, name)
    if stype == "index" and subj.type != "anaphor" and (_FUTURES_AFTER.match(text, subj.end)
                                                         or _EMINI_BEFORE.search(text, max(0, subj.start - 8), subj.start)):
        # "Dow e-minis", "S&P 500 futures": the index's futures contract, not the index; its id where Yahoo
        # has a continuous contract for it, else none (no guess beats a wrong one)
        canonical, sid = canonical + " futures", ctx.ref.index_futures.get(sid or "")
    entity = Entity(name=canonical, id=sid, type=stype if stype != "company" else "stock",
                    mention=text[subj.start:subj.end] if subj.type != "anaphor" else subj.name,
                    start=subj.start, end=subj.end, country=subj.country, mic=subj.mic)
    rule = "move." + ("widget" if g.widget else (g.cue.kind + ":" + g.cue.word if g.cue else "figures"))
    return Move(subject=entity, span=Span(span_start, span_end), change_pct=_r(change_pct), change=_r(change),
                level=_r(level), currency=currency, unit=unit, period=period, as_of=as_of, approx=approx,
                phase=phase, rule=rule, strength=g.strength, headline=s_start < ctx.headline_end)
