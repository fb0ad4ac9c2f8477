"""Events of market news: streaks, records, indicators, earnings, rate
decisions, listings, tender offers, fines, meetings and policy stances.

Each kind is a small reader over one sentence, run only when the sentence
holds one of its trigger words (``TRIGGERS``), so a text without events costs
one regular-expression pass.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache
from typing import Any, cast

from . import dates, rule_files
from .entities import EntityMention
from .model import Entity, Event, Money, Move, Quantity, Span
from .moves import DURATION_AFTER, not_traded
from .quantities import NUMBER_WORDS, ORDINAL_WORDS
from .text import labelled, labelled_spans

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

    def aligned_low(self) -> str | None:
        """``low`` if its offsets are the text's (lower-casing can lengthen a
        character), else None."""
        return self.low if self.low is not None and len(self.low) == len(self.text) else None


def _ent(e: EntityMention | None, text: str) -> Entity | None:
    if e is None:
        return None
    return Entity(name=e.name, id=e.id, type=_etype(e), mention=text[e.start:e.end] if e.type != "anaphor" else e.name,
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
    if len(clause) >= 2 and all(re.fullmatch(r"\s*(?:,|and|&|,\s*and)\s*", text[a.end:b.start])
                                for a, b in zip(clause[-2:], clause[-1:], strict=False)):
        k = len(clause) - 1
        while k > 0 and re.fullmatch(r"\s*(?:,|and|&|,\s*and)\s*", text[clause[k - 1].end:clause[k].start]) \
                and not re.search(r"\b(?:on|in|at|of|for|from|with)\s+(?:the\s+)?$", text[max(s, clause[k - 1].start - 12):clause[k - 1].start], re.I):
            k -= 1
        if len(clause) - k >= 2:
            return clause[k:]
    mv = _move_before(ctx, pos, s)
    if mv:
        last = mv[-1]
        if re.search(r"\b(?:both|their)\b", text[s:pos]) and len(mv) > 1:
            return [_em(m) for m in mv[-2:]]
        return [_em(last)]
    if _BULLET.match(text, s) or any(x.type == "anaphor" and x.end <= pos for x in ents):
        prior = [m for m in ctx.moves if m.span.start < s]
        if prior:
            return [_em(prior[-1])]
    subj = _subject_before(ctx, ents, pos, s)
    return [subj] if subj is not None else []


def _em(m: Move) -> EntityMention:
    sb = m.subject
    return EntityMention(sb.start, sb.end, sb.name, sb.id, sb.type, "move_subject", country=sb.country, mic=sb.mic)


def _subject_before(ctx: EventContext, ents: Sequence[EntityMention], pos: int, s_start: int) -> EntityMention | None:
    """The subject of a clause ending at ``pos``: the nearest instrument or
    market named before it, else the last move subject of the text so far."""
    cands = [e for e in ents if e.end <= pos and e.type not in ("place", "person", "anaphor")
             and not _COMPARED.search(ctx.text, max(s_start, e.start - 24), e.start)]
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


# ------------------------------------------------------------------ streaks
_UNIT = r"(?P<unit>trading\s+days?|days?|sessions?|weeks?|months?|quarters?|years?)"
_COUNT_WORDS = frozenset(w for w in WORDNUM if " " not in w)
_COUNT_ALT = "|".join(sorted(_COUNT_WORDS, key=len, reverse=True))
_COUNT = r"(?P<count>\d+|" + _COUNT_ALT + r")(?:st|nd|rd|th)?"
_STREAK = [
    re.compile(r"\b(?:for|to)\s+(?:a|the|its|their)\s+" + _COUNT + r"(?:[\s-]+(?:straight|consecutive|successive|"
               r"direct))?[\s-]+(?:straight\s+|consecutive\s+)?" + _UNIT + r"\b", re.I),
    re.compile(r"\b" + _COUNT + r"[\s-]+(?:straight|consecutive|successive)[\s-]+" + _UNIT + r"\b", re.I),
    re.compile(r"\b" + _COUNT + r"[\s-]+" + _UNIT + r"\s+(?P<kind>winning|losing|win|losing|rising|falling|gaining)"
               r"\s+(?:streak|run|spell)\b", re.I),
    re.compile(r"\b(?:a\s+|its\s+)?" + _COUNT + r"[\s-]+" + _UNIT + r"\s+(?P<of>of\s+(?:consecutive\s+|straight\s+)?"
               r"(?P<what>gains|advances?|losses|declines|falls|rises|increases))\b", re.I),
    re.compile(r"\b(?P<dir2>higher|lower|up|down)\s+for\s+" + _COUNT + r"\s+(?:straight|consecutive)\s+" + _UNIT, re.I),
    re.compile(r"\b" + _COUNT + r"[\s-]+" + _UNIT + r"\s+(?P<kind2>decline|rally|slide|losing\s+streak|winning\s+streak)\b", re.I),
    # "its fourth straight weekly loss", "two consecutive monthly gains"
    re.compile(r"\b" + _COUNT + r"[\s-]+(?:straight|consecutive|successive)[\s-]+(?P<unit>daily|weekly|monthly|quarterly|"
               r"annual|yearly)[\s-]+(?P<what>gains?|losses|loss|declines?|falls?|drops?|rises?|advances?|increases?|"
               r"decreases?|rally|rallies|slides?)\b", re.I),
]
# what every streak pattern holds: a count, then a unit or "straight" and the like
_GATE_UNITS = "straight|consecutive|successive|direct|trading|day|session|week|month|quarter|year"
_STREAK_GATE = re.compile(r"(?:\d|\b(?:" + _COUNT_ALT + r"))(?:st|nd|rd|th)?[\s-]+(?:" + _GATE_UNITS + ")", re.I)
# a streak's unit after a gap, in lower case: what _streak_gate looks behind from
_GAP_UNIT = re.compile(r"[\s-](?:" + _GATE_UNITS + ")")


def _streak_gate(text: str, s: int, e: int) -> bool:
    """Whether ``text[s:e]`` has a count before a streak's unit (what
    ``_STREAK_GATE`` matches), found by looking behind each unit instead of
    trying the count's many words at every place."""
    low = text[s:e].lower()
    if len(low) != e - s:  # lower-casing moved the offsets
        return _STREAK_GATE.search(text, s, e) is not None
    for m in _GAP_UNIT.finditer(low):
        i = m.start()
        while i > 0 and (low[i - 1].isspace() or low[i - 1] == "-"):
            i -= 1
        pre = low[:i]
        for cand in (pre, pre[:-2]) if pre.endswith(("st", "nd", "rd", "th")) else (pre,):
            if not cand:
                continue
            if cand[-1].isdecimal():
                return True
            k = len(cand)
            while k > 0 and (cand[k - 1].isalnum() or cand[k - 1] == "_"):
                k -= 1
            if k == 0 and s > 0 and (text[s - 1].isalnum() or text[s - 1] == "_"):
                continue  # the word runs on from before the sentence: no boundary
            if cand[k:] in _COUNT_WORDS:
                return True
    return False


_ENDED = re.compile(r"\b(?:snap(?:s|ped|ping)?|end(?:s|ed|ing)?|broke|break(?:s|ing)?|halt(?:s|ed|ing)?|"
                    r"after|stopp?(?:ed|ing)?|interrupt(?:ed|ing)?)\b[^.;]{0,25}$", re.I)


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


def _streaks(ctx: EventContext, s: int, e: int, ents: Sequence[EntityMention], cues: list[Any]) -> None:
    text = ctx.text
    if not _streak_gate(text, s, e):
        return
    seen: set[tuple[int, int]] = set()
    for rule, pat in enumerate(_STREAK):
        for m in pat.finditer(text, s, e):
            if any(a < m.end() and m.start() < b for a, b in seen):
                continue
            n = _count(m.group("count"))
            if not n or n < 2 or n > 60:
                continue
            unit = _unit(m.group("unit"))
            if rule == 0 and not re.search(r"straight|consecutive|successive|in\s+a\s+row", m.group(0) + text[m.end():m.end() + 12], re.I):
                # "for a fourth day" is a streak after a verb of motion; "for the second quarter" is a period
                if m.group("count").lower() not in ORDINAL_WORDS and not re.match(r"\d+(?:st|nd|rd|th)", m.group("count") + text[m.end("count"):m.end("count") + 2]):
                    continue
                if unit in ("quarter", "year") or not any(c.direction and 0 <= m.start() - c.end < 25 for c in cues):
                    continue
            g = m.groupdict()
            word = (g.get("kind") or g.get("what") or g.get("kind2") or g.get("dir2") or "").lower()
            direction = None
            if word:
                direction = "up" if re.match(r"win|ris|gain|advanc|increas|higher|up|rally", word) else "down"
            if direction is None:
                before = [c for c in cues if c.end <= m.start() and c.direction]
                if before:
                    direction = "up" if before[-1].direction > 0 else "down"
            if direction is None:
                continue
            ended = bool(_ENDED.search(text, max(s, m.start() - 40), m.start()))
            if "capping" in text[max(s, m.start() - 20):m.start()].lower():
                ended = False
            subjs = _record_subjects(ctx, ents, m.start(), s)
            subj = subjs[-1] if subjs else _subject_of_sentence_moves(ctx, s, e)
            if subj is None:
                continue
            seen.add((m.start(), m.end()))
            fields: dict[str, Any] = {"subject": _ent(subj, text), "direction": direction, "count": n, "unit": unit}
            if ended:
                fields["ended"] = True
            ctx.events.append(_event("streak", min(subj.start, m.start()) if subj.start >= s else m.start(), m.end(),
                                     f"streak.{rule}", **fields))


# ------------------------------------------------------------------ records
_RECORD = re.compile(
    r"\b(?P<qual>(?:approach(?:es|ed|ing)?|near(?:s|ed|ing)?|on\s+(?:course|track)\s+for|poised\s+for|set\s+for|"
    r"heading\s+for|within\s+reach\s+of|just\s+shy\s+of|close\s+to)\s+(?:the\s+|its\s+|a\s+|another\s+|fresh\s+)?)?"
    r"(?:(?P<sup>best|worst|biggest|largest|steepest|sharpest|strongest|weakest|highest|lowest|most)\s+"
    r"(?:(?P<span1>one-day|single-day|daily|weekly|monthly|quarterly|annual|intraday|\w+[- ](?:day|week|month|session))\s+)?"
    r"(?:percentage\s+)?(?P<what>gains?|rises?|rally|rallies|jumps?|rebound|advances?|drops?|falls?|declines?|losses|loss|"
    r"slumps?|plunges?|slides?|sell-?offs?|weeks?|days?|months?|quarters?|sessions?|levels?|closes?|close|performance|"
    r"finish|showing|run|increase|decrease|ipo|initial\s+public\s+offering|reading|rate|level)?"
    r"|(?P<lvl>(?:record|all-time|fresh\s+record|new\s+record|new\s+all-time|\d+-(?:week|month|year|day)|"
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|multi|several)-(?:week|month|year|day)|"
    r"multi-month|multi-year|decade|lifetime)\s+(?:closing\s+)?(?P<hl>highs?|lows?|peaks?|trough)"
    r"|record\s+(?:closes?|closing\s+highs?|levels?))"
    r"|(?P<notseen>(?:a\s+)?level\s+not\s+(?:seen|reached|hit)\s+since)"
    r"|(?P<first>(?:as\s+(?P<fhl>high|low)\s+as|topped|rose\s+above|fell\s+below|dropped\s+below)\b(?:[^.;]|\.(?=\d)){0,50}?"
    r"\bfor\s+the\s+first\s+time\s+since))",
    re.I,
)
_BEST = {"best", "biggest", "largest", "strongest", "sharpest", "steepest", "highest"}
_UP_WORDS = re.compile(r"gain|rise|rall|jump|rebound|advance|increase|run|showing|best", re.I)
_DOWN_WORDS = re.compile(r"drop|fall|declin|loss|slump|plunge|slide|sell|decrease|worst|weak", re.I)


def _records(ctx: EventContext, s: int, e: int, ents: Sequence[EntityMention]) -> None:
    text = ctx.text
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
            extreme = "lowest" if fhl == "low" or re.search(r"below", m.group(0), re.I) else "highest"
        elif g["lvl"] or what.rstrip("s") in ("level", "close", "rate", "reading") or (sup in ("highest", "lowest") and not what):
            hl = (g["hl"] or "").lower()
            if sup:
                extreme = "highest" if sup in _BEST else "lowest"
            elif hl:
                extreme = "highest" if hl.startswith(("high", "peak")) else "lowest"
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
                period = _unit(what) if re.match(r"weeks?|days?|months?|quarters?|sessions?", what) else "day"
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
        since = _since(ctx, tail, m) if not (g["notseen"] or g["first"]) else _since(ctx, " since " + tail, m)
        has_lookback = bool(re.match(r"\s*(?:,\s*)?(?:since|in|for)\b", tail)) or bool(g["notseen"] or g["first"]) or \
            bool(sup in ("highest", "lowest") and re.search(r"\bsince\b", tail[:40]))
        if sup in ("highest", "lowest") and not what and since is None and has_lookback:
            since = _since(ctx, tail[tail.find("since"):] if "since" in tail else tail, m)
        if not has_lookback and not g["lvl"] and not re.search(r"\b(?:ever|on\s+record|all-time|this\s+year|of\s+the\s+year)\b", tail[:30], re.I) \
                and not qual and "record" not in m.group(0).lower():
            continue
        subjects = _record_subjects(ctx, ents, m.start(), s)
        if not subjects:
            # "The annual inflation rate ... is the lowest since February 2021":
            # an indicator named before the record, with no name of a market
            if indicator_spans is None:  # found once a sentence: a sentence of records costs one scan
                indicator_spans = labelled_spans(_INDICATORS, text, s, e)
            named = [x for x in indicator_spans if x[1] <= m.start() and not _CLAUSE.search(text, x[1], m.start())]
            if not named:
                continue
            a0, b0, _ = named[-1]
            subjects = [EntityMention(a0, b0, " ".join(text[a0:b0].split()), None, "indicator", "indicator_phrase")]
        for subj in subjects:
            fields: dict[str, Any] = {"subject": _ent(subj, text), "period": period, "extreme": extreme,
                                      "since": since, "qualifier": qual}
            ctx.events.append(_event("record", m.start(), m.end(), "record", **fields))


def _since(ctx: EventContext, tail: str, m: re.Match[str]) -> str | None:
    sm = re.match(r"\s*(?:in|since|for)\s+(?:more\s+than\s+|over\s+|almost\s+|nearly\s+|at\s+least\s+)?"
                  r"(?P<what>[^.;,]{1,40})", tail, re.I)
    g = m.groupdict()
    lvl = (g.get("lvl") or "").lower()
    ref = ctx.doc_date
    if ref is not None:
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


# --------------------------------------------------------------- indicators
_INDICATORS = labelled([
    (r"\bretail\s+price\s+index\b|\bRPI\b", "rpi"),
    (r"\bimport\s+prices?\b", "import_prices"),
    (r"\bexport\s+prices?\b", "export_prices"),
    (r"\bcontinuing\s+(?:jobless\s+)?claims\b", "continuing_jobless_claims"),
    (r"\b(?:initial\s+)?(?:jobless|unemployment)\s+(?:benefit\s+)?claims\b", "initial_jobless_claims"),
    (r"\bmanufacturing\s+(?:purchasing\s+managers['’]?\s+index|PMI)\b", "manufacturing_pmi"),
    (r"\bservices?\s+(?:sector\s+)?(?:purchasing\s+managers['’]?\s+index|PMI)\b", "services_pmi"),
    (r"\bpurchasing\s+managers['’]?\s+index\b|\bPMI\b", "pmi"),
    (r"\bhousing\s+starts\b", "housing_starts"),
    (r"\bbuilding\s+permits\b", "building_permits"),
    (r"\bmoney\s+supply\b", "money_supply"),
    (r"\bcurrent\s+account\s+(?:surplus|deficit|balance)\b", "current_account"),
    (r"\bconsumer\s+confidence(?:\s+index)?\b", "consumer_confidence"),
    (r"\bbusiness\s+confidence(?:\s+index)?\b", "business_confidence"),
    (r"\b(?:core\s+(?:consumer\s+)?prices?|core\s+(?:cpi|inflation))\b", "core_cpi"),
    (r"\b(?:consumer\s+price\s+index|consumer\s+prices|cpi|(?:annual\s+)?inflation(?:\s+rate)?)\b", "cpi"),
    (r"\bproducer\s+prices?(?:\s+index)?|\bppi\b", "producer_prices"),
    (r"\bexports\b", "exports"),
    (r"\bimports\b", "imports"),
    (r"\btrade\s+(?:surplus|balance|deficit)\b", "trade_balance"),
    (r"\b(?:gdp|gross\s+domestic\s+product|economic\s+growth)\b", "gdp"),
    (r"\bretail\s+sales\b", "retail_sales"),
    (r"\bindustrial\s+(?:output|production)\b", "industrial_production"),
    (r"\bunemployment(?:\s+rate)?\b|\bjobless\s+rate\b", "unemployment_rate"),
    (r"\b(?:non-?farm\s+)?payrolls\b", "nonfarm_payrolls"),
    (r"\b(?:food)\s+prices\b", "cpi_food"),
    (r"\benergy\s+prices\b", "cpi_energy"),
    (r"\bshelter\s+costs?\b", "cpi_shelter"),
])
_COMPONENT = re.compile(r"\b(?:an?\s+[\d.]+%\s+(?:jump|gain|rise|increase|fall|drop|decline)\s+in\s+(?P<item>[a-z][a-z ]{2,30}?)"
                        r"(?=\s+(?:prices|costs)\b|[,.]|\s+and\b)|(?P<item2>[A-Z]?[a-z]+(?:\s+[a-z]+){0,2}\s+(?:prices|services|costs))"
                        r"\s+(?:were\s+up|were\s+down|rose|fell|surged|jumped|increased|decreased))")
_FORECAST = re.compile(r"\b(?:probably|likely|expected|forecast|forecasts|consensus|estimates?|economists?\s+"
                       r"(?:polled|surveyed|tracked)|would|will|(?-i:may)|might|predicted|projected|poll)\b", re.I)
_COUNTRY = re.compile(r"\b(China|Japan|Germany|India|Britain|France|Italy|Australia|Canada|Korea|South Korea|"
                      r"Hong Kong|Singapore|Taiwan|Brazil|Russia|Mexico|Indonesia|Spain|(?:the\s+)?[Ee]uro\s?zone|"
                      r"(?:the\s+)?euro\s+area|U\.S\.|US|"
                      r"United States|America)(?:['’]s)?(?!\w)")
_DEMONYM = {"Chinese": "China", "Japanese": "Japan", "German": "Germany", "Indian": "India", "British": "Britain",
            "French": "France", "Australian": "Australia", "Canadian": "Canada", "Korean": "South Korea",
            "American": "United States", "U.S.": "United States", "US": "United States"}


def _indicator_events(ctx: EventContext, s: int, e: int, qs: list[Quantity], cues: list[Any]) -> None:
    text = ctx.text
    sent = text[s:e]
    pcts = [q for q in qs if q.kind == "pct"]
    if not pcts:
        # an index or a count stated as a reading: "the PMI fell to 49.2 in May from 49.4"
        if any(q.kind == "number" for q in qs):
            _indicator_readings(ctx, s, e, qs, labelled_spans(_INDICATORS, text, s, e))
        return
    names = labelled_spans(_INDICATORS, text, s, e)
    plural_ref = re.search(r"\b(?:They|they)\s+both\b|\bboth\b.*\brespectively\b", sent)
    if not names and plural_ref and ctx.indicators:
        prev = [ev for _, ev in ctx.indicators[-2:]]
        used = pcts[:len(prev)]
        period = _month_period(ctx, text[s:e]) or prev[0].get("period")
        for ev, q in zip(prev, used, strict=False):
            d = _direction_near(cues, q, text)
            if d == 0:
                continue
            ctx.events.append(_event("indicator", s, e, "indicator.respectively", subject=ev.get("subject"),
                                     indicator=ev.get("indicator"), period=period, change_pct=q.value * d,
                                     status="forecast" if _FORECAST.search(sent) else "actual"))
        return
    # "a 0.4% jump in food prices": the figure stands before the item it is for
    fig_before: dict[int, Quantity] = {}
    if any(ev.get("indicator") == "cpi" for _, ev in ctx.indicators):
        for m in _COMPONENT.finditer(text, s, e):
            grp = "item" if m.group("item") else "item2"
            at = m.start(grp)
            item = re.sub(r"\s+(?:prices|costs)$", "", m.group(grp).strip().lower())
            lead = re.match(r"(?:and|while|but|with|as)\s+", item)
            if lead:  # "... up 0.7% and apparel prices surged": the item is "apparel"
                at += lead.end()
                item = item[lead.end():]
            have = next((a for a, b, n in names if a <= at < b or (n == "cpi_" + item and a >= at)), None)
            if have is None:
                names.append((at, m.end(grp), "cpi_" + re.sub(r"\W+", "_", item)))
                have = at
            if grp == "item":
                q0 = next((q for q in pcts if m.start() <= q.start and q.end <= at), None)
                if q0 is not None:
                    fig_before[have] = q0
        names.sort()
    if not names:
        return
    country = _country(ctx, text, s, e)
    # "beating forecasts of a 7.3% gain" names a forecast beside an actual figure
    forecast = bool(_FORECAST.search(_BEAT_FORECAST.sub(" ", sent)))
    for i, (a, b, name) in enumerate(names):
        nxt = names[i + 1][0] if i + 1 < len(names) else e
        mine = [fig_before[a]] if a in fig_before else [
            q for q in pcts if b <= q.start < nxt and all(q is not f for f in fig_before.values())] or [q for q in pcts if a - 60 <= q.end <= a and re.search(r"\b(?:a|an)\s+$", text[max(s, q.start - 4):q.start])][-1:]
        if not mine:
            continue
        q = mine[0]
        if (_SHARE_OF.match(text, q.end) and not name.endswith("_rate")) or (_MODIFIER_BEFORE.search(text, max(s, q.start - 4), q.start)
                                            and _NOUN_AFTER_PCT.match(text, q.end)):
            continue  # "30 pct of consumption", "a 31 pct devaluation": a share or another thing's change
            # (a rate is stated as a share: "unemployment rose to 7.9 pct of the workforce")
        d = _direction_near(cues, q, text)
        if d == 0 and not re.search(r"\b(?:at|to|of)\s+$", text[max(s, q.start - 6):q.start]):
            continue
        level = re.search(r"\b(?:to|at)\s+(?:a\s+|an\s+)?(?:seasonally\s+adjusted\s+)?(?:annual\s+)?$",
                          text[max(s, q.start - 30):q.start])
        # "unemployment fell to 4.0%": a reading, its sign its own
        value = q.value if level else q.value * (d or 1)
        period = _month_period(ctx, text[a:min(e, q.end + 40)]) or _month_period(ctx, sent) or _doc_month(ctx)
        fields: dict[str, Any] = {"subject": country, "indicator": name, "period": period, "change_pct": value,
                                  "status": "forecast" if forecast else "actual"}
        if not level:
            # "rose 0.3 pct to a seasonally adjusted 122.7": the index's reading after the change
            reading = next((x for x in qs if x.kind == "number" and q.end < x.start <= q.end + 45
                            and not (x.value.is_integer() and 1900 <= x.value <= 2100)
                            and _READING_AFTER.fullmatch(text, q.end, x.start)), None)
            if reading is not None:
                fields["value"] = reading.value
        if re.search(r"\bannual|year-on-year|from\s+a\s+year|yoy\b", text[a:min(e, q.end + 30)], re.I):
            fields["basis"] = "yoy"
        elif re.search(r"\bmonth|on\s+the\s+month|mom\b", text[a:min(e, q.end + 30)], re.I):
            fields["basis"] = "mom"
        src = re.search(r"(?:according\s+to|by)\s+(?:a\s+)?(?:consensus\s+(?:among\s+)?)?([^,.]{3,60}?)(?:[,.]|$)", sent)
        if src and forecast:
            fields["source"] = src.group(1).strip()
        ev = _event("indicator", a, q.end, "indicator." + name, **fields)
        ctx.events.append(ev)
        ctx.indicators.append((s, ev))
        for q2 in pcts:
            if not q.end < q2.start < nxt:
                continue
            # "putting the annual rate at 2.4%": a second reading of the same indicator
            if _ANNUAL_RATE_AT.search(text[max(s, q2.start - 30):q2.start]):
                ctx.events.append(_event("indicator", a, q2.end, "indicator.annual_rate",
                                         **dict(fields, change_pct=q2.value, basis="yoy")))
            # "beating forecasts of a 7.3% gain": the forecast for the same period
            if _ESTIMATE_OF.search(text, max(s, q2.start - 40), q2.start):
                noun = re.match(r"\s+(\w+)", text[q2.end:q2.end + 20])
                d2 = -1 if noun and noun.group(1).lower() in _DOWN_NOUNS else 1 if noun and noun.group(1).lower() in \
                    _UP_NOUNS else (d or 1)
                f3 = dict(fields, change_pct=q2.value * d2, status="forecast")
                f3.pop("source", None)
                ctx.events.append(_event("indicator", q2.start, q2.end, "indicator.forecast_of", **f3))
                continue
            # "rose 3.1% in May after climbing 2.4% in April": the prior
            # period's reading is its own (actual) event
            if _PRIOR_LEAD.search(text, max(s, q2.start - 40), q2.start):
                p2 = _month_period(ctx, text[q2.end:min(e, q2.end + 25)])
                if p2 is not None and p2 != period:
                    f2 = dict(fields, period=p2, change_pct=q2.value * (_direction_near(cues, q2, text) or 1),
                              status="actual")
                    f2.pop("source", None)
                    ctx.events.append(_event("indicator", q2.start, q2.end, "indicator.prior", **f2))


_READING_AFTER = re.compile(r"\s+(?:in\s+[A-Z]\w+\s+)?to\s+(?:a\s+|an\s+)?(?:seasonally\s+adjusted\s+|revised\s+|"
                            r"provisional\s+|preliminary\s+)*", re.I)
_BEAT_FORECAST = re.compile(r"\b(?:beat(?:ing|s)?|top(?:ping|ped|s)?|above|below|miss(?:ing|ed|es)?|exceed(?:ing|ed|s)?|"
                            r"than|versus|vs\.?|against|compared\s+with)\s+(?:the\s+|a\s+|an\s+)?(?:market\s+|"
                            r"analysts['’]?\s+|economists['’]?\s+)?(?:forecasts?|expectations?|estimates?|consensus)\b", re.I)
# the figure an estimate names: "estimates of $96.6 billion", "forecasts of a 7.3% gain"
_ESTIMATE_OF = re.compile(r"\b(?:estimates?|forecasts?|expectations?|consensus|expected|poll)\s+"
                          r"(?:(?:of|for|at|was|were|is|had\s+been)\s+)?(?:about\s+|around\s+|roughly\s+|an?\s+)?\Z",
                          re.I)
_UP_NOUNS = frozenset(["gain", "rise", "increase", "growth", "jump", "expansion", "advance"])
_DOWN_NOUNS = frozenset(["drop", "fall", "decline", "decrease", "contraction", "slide", "slump"])
_SHARE_OF = re.compile(r"\s+of\s+(?!the\s+(?:year|month|quarter)\b)(?:the\s+|its\s+|their\s+|total\s+)?[A-Za-z]")
_MODIFIER_BEFORE = re.compile(r"(?:\b(?:a|an)|['’]s)\s+\Z")
_NOUN_AFTER_PCT = re.compile(r"\s+(?!(?:rise|rises|increase|gain|jump|drop|fall|decline|decrease|contraction|expansion|"
                             r"growth|climb|slide|slump|surge|advance|year-on-year|annual|annualised|annualized|"
                             r"seasonally|month-on-month|on|in|from|to|and|or|for|at|a|year|yearly)\b)[a-z]{3,}")
_ANNUAL_RATE_AT = re.compile(r"\bannual\s+(?:inflation\s+)?rate\s+at\s+\Z")
_PRIOR_LEAD = re.compile(r"\b(?:after|following|from|compared\s+with|versus|vs\.?)\b[^,;.%]{0,25}\Z")


def _family(name: str) -> str:
    """"manufacturing_pmi" and "pmi" name one reading; other names their own."""
    return "pmi" if name.endswith("pmi") else name


_AMOUNT_INDICATORS = frozenset(["trade_balance", "exports", "imports", "current_account", "money_supply",
                                "retail_sales", "gdp"])
# what stands before an indicator's reading ("fell to 49.2", "was 316,000", "stood at 2.78 million")
_READING_LEAD = re.compile(r"\b(?:to|at|was|were|is|are|stood\s+at|came\s+in\s+at|registered|reached|hit|totall?ed)\s+"
                           r"(?:a\s+|an\s+)?(?:seasonally\s+adjusted\s+|revised\s+|record\s+|reading\s+of\s+|"
                           r"level\s+of\s+)*\Z", re.I)
# "was 0.1 lower", "2.2 pct", "0.3-0.4": a change, a share or a range, not the reading
_NOT_A_READING = re.compile(r"\s*(?:pct|per\s*cent|percent|%|lower|higher|points?|-\d|to\s+\d)", re.I)
_PRIOR_READING = re.compile(r"\b(?:from|after|versus|vs\.?|compared\s+with)\s+(?:a\s+|an\s+)?(?:revised\s+|"
                            r"downwardly\s+revised\s+|upwardly\s+revised\s+)?\Z", re.I)


def _indicator_readings(ctx: EventContext, s: int, e: int, qs: list[Quantity],
                        names: list[tuple[int, int, str]]) -> None:
    """Indicators stated as a reading, not a change: an index ("the Caixin
    manufacturing PMI fell to 49.2 in May from 49.4 in April"), a count
    ("initial claims were 316,000"); the prior period's reading and a
    forecast of it each their own event."""
    if not names:
        return
    text = ctx.text
    country = _country(ctx, text, s, e)
    for i, (a, b, name) in enumerate(names):
        nxt = names[i + 1][0] if i + 1 < len(names) else e
        if name in _AMOUNT_INDICATORS:
            continue  # an amount needs its currency: a bare number is no reading of it
        nums = [q for q in qs if q.kind == "number" and b <= q.start < min(nxt, b + 90)
                and not (q.value.is_integer() and 1900 <= q.value <= 2100)
                and not (name.endswith("_rate") and q.value >= 100)
                and not _NOT_A_READING.match(text, q.end)]
        first = next((q for q in nums if _READING_LEAD.search(text, max(b, q.start - 40), q.start)
                      and not _PRIOR_READING.search(text, max(b, q.start - 30), q.start)), None)
        if first is None:
            continue
        near = text[first.start:min(nxt, first.end + 40)]
        period = _month_period(ctx, near) or _month_period(ctx, text[a:first.start]) or _doc_month(ctx)
        lead = text[max(s, a - 60):first.start]
        status = "forecast" if _FORECAST.search(lead) and not re.search(r"\b(?:than|beat|missed|topped)\b", lead) \
            else "actual"
        fields: dict[str, Any] = {"subject": country, "indicator": name, "period": period, "change_pct": None,
                                  "value": first.value, "status": status}
        if any(x.get("value") == first.value and x.get("period") == period and x.get("status") == status
               and _family(str(x.get("indicator"))) == _family(name) for _, x in ctx.indicators):
            continue  # a headline and its body state one reading once
        ev = _event("indicator", a, first.end, "indicator.reading." + name, **fields)
        ctx.events.append(ev)
        ctx.indicators.append((s, ev))
        for q2 in nums:
            if q2.start <= first.start:
                continue
            if _ESTIMATE_OF.search(text, max(s, q2.start - 40), q2.start):
                ctx.events.append(_event("indicator", q2.start, q2.end, "indicator.reading_forecast",
                                         **dict(fields, value=q2.value, status="forecast")))
            elif _PRIOR_READING.search(text, max(s, q2.start - 30), q2.start):
                p2 = _month_period(ctx, text[q2.end:min(nxt, q2.end + 25)])
                if p2 is not None and p2 != period:
                    ctx.events.append(_event("indicator", q2.start, q2.end, "indicator.reading_prior",
                                             **dict(fields, value=q2.value, period=p2, status="actual")))


def _direction_near(cues: list[Any], q: Quantity, text: str) -> int:
    before = [c for c in cues if c.end <= q.start and q.start - c.end < 40 and c.direction]
    after = [c for c in cues if q.end <= c.start <= q.end + 12 and c.direction and c.kind in ("noun", "adverb")]
    if after:
        return int(after[0].direction)
    if before:
        return int(before[-1].direction)
    return 0


def _country(ctx: EventContext, text: str, s: int, e: int) -> Entity | None:
    m = _COUNTRY.search(text, s, e)
    name = None
    if m:
        name = m.group(1)
    else:
        dm = re.search(r"\b(" + "|".join(re.escape(k) for k in _DEMONYM) + r")\b", text[s:e])
        if dm:
            name = _DEMONYM[dm.group(1)]
    if name is None:
        mk = {"CN": "China", "US": "United States", "JP": "Japan", "HK": "Hong Kong", "UK": "Britain",
              "DE": "Germany", "IN": "India", "AU": "Australia", "KR": "South Korea", "SG": "Singapore"}.get(ctx.market or "")
        name = mk
    if name is None:
        return None
    name = {"U.S.": "United States", "US": "United States", "America": "United States"}.get(name, name)
    if re.fullmatch(r"(?:the\s+)?(?:[Ee]uro\s?zone|euro\s+area)", name):
        name = "euro zone"
    return Entity(name=name, id=None, type="country", mention=name, start=s, end=s)


def _month_period(ctx: EventContext, frag: str) -> str | None:
    m = re.search(r"\b(?:in|for|of|during)\s+(January|February|March|April|May|June|July|August|September|October|"
                  r"November|December)(?:\s+((?:19|20)\d\d))?\b", frag)
    if m:
        r = dates.month_iso(m.group(1), m.group(2), ctx.doc_date)
        if r:
            return r
    if re.search(r"\blast\s+month\b", frag) and ctx.doc_date is not None:
        d = ctx.doc_date.replace(day=1) - timedelta(days=1)
        return f"{d.year}-{d.month:02d}"
    return None


def _doc_month(ctx: EventContext) -> str | None:
    m = re.search(r"\b(?:in|for)\s+(January|February|March|April|May|June|July|August|September|October|November|December)\b",
                  ctx.text[:400])
    if m:
        return dates.month_iso(m.group(1), None, ctx.doc_date)
    return None


# -------------------------------------------------------------- authorities
@lru_cache(maxsize=1)
def _authority_table() -> tuple[re.Pattern[str], dict[str, tuple[str, str]], dict[str, str]]:
    """The pattern of every authority's names, each name's (canonical name,
    type), and the acronyms that are authorities' ids."""
    raw = rule_files.load("authorities.toml")
    table: dict[str, tuple[str, str]] = {}
    ids: dict[str, str] = {}
    for name, info in raw["authorities"].items():
        for a in [name, *info["aliases"]]:
            table[a] = (name, info["type"])
        if info.get("id"):
            ids[name] = info["id"]
    for c in raw["countries"]:
        table[c] = (c.replace("the ", "").replace("U.S.", "United States"), "country")
    alt = "|".join(re.escape(k) for k in sorted(table, key=len, reverse=True))
    return re.compile(r"(?<![\w])(?:" + alt + r")(?![\w])"), table, ids


def _authorities(text: str, s: int, e: int) -> list[tuple[int, int, str, str]]:
    pat, table, _ = _authority_table()
    out = []
    for m in pat.finditer(text, s, e):
        name, kind = table[m.group(0)]
        out.append((m.start(), m.end(), name, kind))
    return out


def _auth_entity(a: tuple[int, int, str, str], text: str) -> Entity:
    s, e, name, kind = a
    return Entity(name=name, id=_authority_table()[2].get(name), type="country" if kind == "country" else "authority", mention=text[s:e],
                  start=s, end=e)


# ----------------------------------------------------------------- listings
_LISTING = re.compile(r"(?:(?<=[a-z$\d])|\b)IPO\b|\b(?:debut(?:ed|s)?|first\s+day\s+of\s+(?:trade|trading|dealings)|initial\s+public\s+offering|"
                      r"listing\s+(?:price|ceremony|debut)|got\s+listed|began\s+trading|started\s+trading|"
                      r"market\s+debut|trading\s+debut)\b", re.I)
_GROUP_DEBUT = re.compile(r"\b(?P<n>two|three|four|five|six|\d)\s+(?:\w+\s+){0,3}(?:companies|firms|stocks|newcomers|"
                          r"debutants)\b[^.]{0,80}?\b(?:debut(?:ed|s)?|listed|began\s+trading|IPO)", re.I)
_VENUE = re.compile(r"\b(?:in|on)\s+(?:the\s+|its\s+|their\s+)?(?P<v>(?:[A-Z][\w.&'-]*\s?){1,5}?)(?:\s+(?:stock\s+exchange|bourse|"
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
        if subj is None or subj.type in ("index", "market", "currency", "commodity", "bond", "person"):
            continue
        if re.fullmatch(r"IPO|initial\s+public\s+offering|listing\s+ceremony", lm.group(0), re.I) and \
                not any(s <= m.span.start < e and m.subject.name == subj.name for m in ctx.moves):
            continue  # "reviving the Ant Group IPO": a plan, not a debut
        venue = _venue_in(text, max(s, lm.start() - 40), e) or _venue_near(ctx, s) or _market_place(ctx)
        fields_extra: dict[str, Any] = {}
        for q in qs:
            if q.kind != "money":
                continue
            before = text[max(s, q.start - 40):q.start].lower()
            if re.search(r"(?:offer|issue|listing|ipo|initial)\s+price\s+of\s*$|priced\s+(?:\w+\s+)?at\s*$|\bcompared\s+to\s*$", before) \
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


def _venue_in(text: str, s: int, e: int) -> str | None:
    for m in _VENUE.finditer(text, s, e):
        v = m.group("v").strip()
        tail = text[m.end():m.end() + 20]
        if re.match(r"\s*(?:stock\s+exchange|Stock\s+Exchange|bourse)", tail):
            v = v + re.match(r"\s*(?:stock\s+exchange|Stock\s+Exchange|bourse)", tail).group(0)  # type: ignore[union-attr]
        if v.split()[0] in ("The", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "January", "June"):
            continue
        if _is_venue(v):
            return v
    return None


def _is_venue(v: str) -> bool:
    from .reference import get_reference

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


def _date_in(ctx: EventContext, text: str, s: int, e: int, future: bool = False) -> str | None:
    for dm in dates.DATE_EXPR.finditer(text, s, e):
        if dm.lastgroup in ("year",):
            continue
        r = dates.resolve(dm, ctx.doc_date)
        if r:
            if future and dm.lastgroup == "weekday" and ctx.doc_date is not None:
                wd = dates.WEEKDAYS.index(dm.group("wd").lower())
                d = ctx.doc_date + timedelta(days=(wd - ctx.doc_date.weekday()) % 7)
                return d.isoformat()
            return r
    return ctx.doc_date.isoformat() if ctx.doc_date else None


# ------------------------------------------------------------ tender offers
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


# -------------------------------------------------------------------- fines
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


# ----------------------------------------------------------------- meetings
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


# ------------------------------------------------------------------- policy
_STANCES = labelled([
    (r"\b(?:pledg\w*|vow\w*|promis\w*|commit\w*)\b[^.;]{0,40}\b(?:support|back|help|stimulus|boost)", "support"),
    (r"\bpolicy\s+support\b", "support"),
    (r"\b(?:cleared|approved|granted\s+(?:full\s+)?approval|gave\s+(?:the\s+)?(?:green\s+light|approval))\b", "approval"),
    (r"\b(?:won|received|got|secured)\s+approval\s+from\b", "approval"),
    (r"\blifted\s+(?:curbs|restrictions|limits)\b|\binject\w*\s+liquidity|\beas(?:e|ed|ing)\s+(?:policy|monetary)|"
     r"\b(?:started|began)\s+(?:lowering|cutting)\b|\bcut\s+(?:the\s+)?(?:reserve\s+requirement|interest\s+rates?|rates)\b", "easing"),
    (r"\b(?:tighten\w*|raised\s+(?:interest\s+)?rates|hiked)\b", "tightening"),
    (r"\b(?:banned|bans|prohibited|barred)\b", "ban"),
    # the intervention of a bank in a market, not a scheme's "intervention
    # price" or grain "tendered for intervention"
    (r"\bintervene\w*|(?<!for\s)(?<!into\s)\bintervention\b(?!\s+(?:rates?|prices?|boards?|stocks?|agency|agencies|"
     r"storage|system|levels?|buying\s+(?:of|from)\s+(?:grain|wheat|barley|butter|beef|sugar)))", "intervene"),
])


# the words each stance's pattern cannot match without, in lower case
_STANCE_NEEDS = (("pledg", "vow", "promis", "commit"), ("support",), ("cleared", "approved", "approval", "green"),
                 ("approval",), ("lifted", "inject", "ease", "easing", "started", "began", "cut"),
                 ("tighten", "raised", "hiked"), ("banned", "bans", "prohibited", "barred"),
                 ("intervene", "intervention"))
assert len(_STANCE_NEEDS) == len(_STANCES)


def _policies(ctx: EventContext, s: int, e: int, ents: Sequence[EntityMention]) -> None:
    text = ctx.text
    aligned = ctx.aligned_low()
    low = aligned[s:e] if aligned is not None else text[s:e].lower()
    auths: list[tuple[int, int, str, str]] | None = None
    for (pat, stance), needs in zip(_STANCES, _STANCE_NEEDS):
        if not any(w in low for w in needs):
            continue
        pm = pat.search(text, s, e)
        if not pm:
            continue
        if auths is None:
            auths = _authorities(text, s, e)
        if re.search(r"\b(?:will|would|could|(?-i:may)|might|expects?|expected\s+to|expectations?\s+that|bets?\s+that|likely\s+to)\b[^.;]{0,40}$",
                     text[max(s, pm.start() - 60):pm.start()], re.I):
            continue  # an expectation, not a stance
        if stance == "approval" and re.search(r"\bfrom\b", pm.group(0)):
            after = [a for a in auths if a[0] > pm.start()]
            auth = after[0] if after else None
            if auth is None:
                rm = re.search(r"from\s+((?:[A-Z][\w]+\s)?regulators|[A-Z][\w\s]{2,40}?)(?:\s+to|[,.])", text[pm.start():e])
                auth = (pm.start(), pm.end(), rm.group(1).strip(), "regulator") if rm else None
        else:
            before = [a for a in auths if a[1] <= pm.start() + 5]
            auth = before[-1] if before else None
            if auth is None and stance == "support" and "policy support" in pm.group(0).lower():
                c = _country(ctx, text, s, e)
                auth = (s, s, c.name, "country") if c else None
            if auth is None and stance == "approval":
                rm = re.search(r"\b(?:the\s+)?([\w\s'-]{0,30}(?:regulator|government|authorit\w+|agency|commission))\b",
                               text[max(s, pm.start() - 50):pm.start()], re.I)
                auth = (pm.start(), pm.start(), rm.group(1).strip(), "regulator") if rm else None
        if auth is None:
            continue
        if any(ev.kind == "policy" and ev.get("authority") and ev.get("authority").name == auth[2] and ev.get("stance") == stance
               for ev in ctx.events):
            continue
        targets = [x for x in ents if x.start > pm.start() and x.type in ("company", "stock")]
        # the entity acted on, else the words it acts on in a field of their own
        subject = _ent(targets[0], text) if targets else None
        topic = None if targets else _object_words(text, pm.end(), e)
        ctx.events.append(_event("policy", min(auth[0], pm.start()), max(pm.end(), auth[1]), "policy." + stance,
                                 authority=_auth_entity(auth, text), subject=subject, topic=topic, stance=stance))


_OBJECT_END = re.compile(r"[,;:.()\"“”]|\n|\s(?:which|that|but|as|after|because|while|when|and\s+said|since|until|amid|"
                         r"despite)\s|\sto\s(?!the\b)|\sfor\s+the\s+\w+\s+time\b"
                         r"|\s(?:on|last|this|next)\s+(?:" + dates._WD_RE + r"|week|month)\b")
_CIRCUMSTANCE = re.compile(r"(?:during|before|after|by|since|until|from|with|amid|on\s+" + dates._WD_RE + r")\s|\d", re.I)
_PLACE_PREP = re.compile(r"(?:in|into|on|at|for)\s+", re.I)


def _object_words(text: str, a: int, e: int) -> str | None:
    """The words a stance acts on ("approved the merger of two lenders"), up
    to the end of their clause; none where a circumstance follows instead
    ("approved before June")."""
    chunk = text[a:min(e, a + 80)].lstrip()
    lead = re.match(r"(?:to|for)\s+", chunk)  # "granted approval to its vaccine"
    if lead:
        chunk = chunk[lead.end():]
    m = _OBJECT_END.search(chunk)
    words = " ".join((chunk[:m.start()] if m else chunk).split()[:8])
    if not words or _CIRCUMSTANCE.match(words):
        return None
    lead = _PLACE_PREP.match(words)  # "intervened in the currency market": the market
    words = words[lead.end():] if lead else words
    return words if words and not _CIRCUMSTANCE.match(words) else None


# ------------------------------------------------------------ rate decisions
_RATE = re.compile(r"\b(?P<verb>cut|cuts|cutting|lowered|lowers|lowering|reduced|reducing|trimmed|raised|raises|raising|"
                   r"hiked|hikes|increased|increasing|kept|keeps|held|holds|left|leaves|maintained)\b(?P<rest>[^.;]{0,80}?)\b(?P<rate>(?:benchmark\s+|key\s+|policy\s+|prime\s+|lending\s+|"
                   r"interest\s+|deposit\s+|overnight\s+|repo\s+)*(?:interest\s+)?(?:rates?|reserve\s+requirement\s+ratio(?:\s+\(RRR\))?|"
                   r"RRR|repo\s+rate|cash\s+rate|discount\s+rate))\b", re.I)
_BANK_RATE = re.compile(r"\b(?:prime|base|lending)\b", re.I)
_BANK_NAME = re.compile(r"\b(?:Bank|Banks|Bancorp|Banco|Banque|Trust|Savings)\b")


def _banks(ctx: EventContext, s: int, e: int) -> list[tuple[int, int, str, str]]:
    """Commercial banks named in [s, e), as authorities of their own rates."""
    return [(x.start, x.end, " ".join(x.name.split()), "bank") for x in ctx.entities(s, e)
            if x.type in ("company", "stock") and _BANK_NAME.search(x.name) and len(x.name.split()) >= 2]


_RATE_NOUN = re.compile(r"\b(?:a\s+)?(?P<q>(?:half|quarter|\d+(?:\.\d+)?)[ -](?:a\s+)?(?:percentage[ -]point|basis[ -]points?|bps?))\s+"
                        r"(?P<kind>reduction|cut|hike|increase|rise)\b", re.I)


def _rate_decisions(ctx: EventContext, s: int, e: int, qs: list[Quantity]) -> None:
    text = ctx.text
    auths = [a for a in _authorities(text, s, e) if a[3] in ("central_bank",)]
    for m in _RATE.finditer(text, s, e):
        verb = m.group("verb").lower()
        own = [a for a in reversed(auths) if a[1] <= m.start()]
        if not own and _BANK_RATE.search(m.group("rate")):
            # a commercial bank's own rate ("Barclays ... cutting their base lending rates to 10.5 pct")
            own = list(reversed(_banks(ctx, s, m.start())))
        if not own:
            continue
        hold = verb in ("kept", "keeps", "held", "holds", "left", "leaves", "maintained")
        sign = 0 if hold else (-1 if verb.startswith(("cut", "lower", "reduc", "trim")) else 1)
        change = 0.0 if hold else None
        level = prior = bare = None
        for q in qs:
            if q.start < m.start() or q.start > m.end() + 60:
                continue
            if (q.kind in ("bps", "pp") or (q.kind == "points" and q.value < 1)) and change is None:
                change = round(q.value * sign, 6)  # "a quarter-point cut": points of a rate are percentage points
            elif q.kind == "pct" and re.search(r"\b(?:to|at)\s+$", text[max(s, q.start - 5):q.start]):
                level = q.value
            elif q.kind == "pct" and prior is None and re.search(r"\bfrom\s+$", text[max(s, q.start - 6):q.start]):
                prior = q.value
            elif q.kind == "number" and bare is None and 0 < q.value < 100 and \
                    re.search(r"\bfrom\s+$", text[max(s, q.start - 6):q.start]):
                bare = q.value  # "to 9-3/4 pct from 9-1/4"
        prior = prior if prior is not None else bare
        if change is None and level is not None and prior is not None and (level - prior) * sign > 0:
            change = round(level - prior, 6)  # "cut the rediscount rate from 17.30 pct to 17.00 pct"
        if change is None and level is None:
            continue
        # banks named together decide together ("Barclays Bank and Midland Bank said they are cutting ...")
        together = own[:1] if own[0][3] == "central_bank" else [b for b in own if b[1] >= own[0][0] - 80]
        for who in together:
            ctx.events.append(_event("rate_decision", who[0], m.end(), "rate_decision." + verb,
                                     authority=_auth_entity(who, text), rate=" ".join(m.group("rate").split()),
                                     change=change,
                                     level=level, date=_date_in(ctx, text, s, e)))
    for m in _RATE_NOUN.finditer(text, s, e):
        auth = auths[-1] if auths else None
        if auth is None:
            near = _authorities(text, max(0, s - 400), min(len(text), e + 300))
            cb = [a for a in near if a[3] == "central_bank"]
            auth = min(cb, key=lambda a: abs(a[0] - m.start())) if cb else None
        if auth is None:
            continue
        qtxt = m.group("q").lower()
        val = 0.5 if qtxt.startswith("half") else 0.25 if qtxt.startswith("quarter") else float(re.match(r"[\d.]+", qtxt).group(0))  # type: ignore[union-attr]
        if "basis" in qtxt or "bp" in qtxt:
            val /= 100
        sign = -1 if m.group("kind").lower() in ("reduction", "cut") else 1
        if re.search(r"\b(?:expected|would|will|bets?|could)\b", text[max(s, m.start() - 60):m.start()]):
            continue
        ctx.events.append(_event("rate_decision", m.start(), m.end(), "rate_decision.noun", authority=_auth_entity(auth, text),
                                 rate="interest rates", change=round(val * sign, 6), level=None,
                                 date=_month_period(ctx, text[m.end():m.end() + 20]) or _date_in(ctx, text, s, e)))


# --------------------------------------------------------------- financials
_METRICS = labelled([
    (r"\b(?:adjusted\s+)?ebitda\b", "ebitda"),
    (r"\boperating\s+(?:profits?|income)\b", "operating_profit"),
    (r"\bgross\s+profits?\b", "gross_profit"),
    (r"\b(?:gross|operating|net|profit)\s+margins?\b", "margin"),
    (r"\b(?:net\s+(?:profits?|income|earnings)|profits?|net\s+loss|loss)\b", "net_profit"),
    (r"\b(?:earnings|eps)\b", "eps"),
    (r"\b(?:net\s+)?(?:revenues?|(?<!share\s)(?<!asset\s)(?<!stake\s)sales)\b", "revenue"),
    (r"\bdividends?\b", "dividend"),
    (r"\b(?:monthly|daily)?\s*(?:active\s+)?users\b", "users"),
    (r"\bsubscribers\b", "subscribers"),
    (r"\b(?:new\s+)?orders\b", "orders"),
])
# the words each row of _METRICS cannot match without
_METRIC_NEEDS = (("ebitda",), ("operating",), ("gross",), ("margin",), ("profit", "income", "earnings", "loss"),
                 ("earnings", "eps"), ("revenue", "sales"), ("dividend",), ("users",), ("subscribers",), ("orders",))
_COUNT_METRICS = ("users", "subscribers", "orders")
_MINOR_UNIT = re.compile(r"\d\s*(?:cents?|cts|c|p|pence|pfennigs?|centimes)\b")
_PRIOR_BEFORE = re.compile(r"\b(?:from|against|versus|vs\.?|compared\s+with)\s+$")
_DAY_BEFORE = re.compile(r"\b" + dates._MONTH_RE + r"\s+$")
_RANGE_AFTER = re.compile(r"\s*(?:to|-|–|and)\s*")
_ANALYST = re.compile(r"\b(?:analysts?|consensus|Wall\s+Street|polled|Estimize|FactSet|Refinitiv|Thomson\s+Reuters|LSEG|"
                      r"Bloomberg\s+(?:survey|consensus)|Zacks|S&P\s+Global|Visible\s+Alpha)\b", re.I)
_COMPARE_AFTER = re.compile(r"\b(?:ahead\s+of|above|below|beating|beat|missing|missed|than|versus|compared\s+with|topping)\s+"
                            r"(?:the\s+)?(?:analysts?['’]?|consensus|Wall\s+Street)", re.I)
_GUIDE = re.compile(r"\b(?:guidance|outlook|sees|projects?|predicted\s+range|estimates|expects|forecasts?|targets?)\b", re.I)
# "the 1.45 trillion yen consensus", "a $3.2 billion estimate": an estimate named after its figure
_ESTIMATE_AFTER = re.compile(r"\s+(?:analysts['’]?\s+|market\s+)?(?:consensus|estimates?|expectations?)\b", re.I)
_SOURCES = frozenset("factset estimize refinitiv thomson reuters bloomberg lseg zacks reuters".split())
_PER_SHARE = re.compile(r"\s*(?:a|per)\s+(?:diluted\s+)?share|\s+each\b", re.I)
_CLAUSE = re.compile(r";|\bwhile\b|\bwhereas\b|\bbut\b|\bversus\b|\bvs\.?\b|,\s+and\b|\.\s", re.I)


def _financials(ctx: EventContext, s: int, e: int, ents: Sequence[EntityMention], qs: list[Quantity], cues: list[Any],
                company: Callable[[], Entity | None]) -> None:
    """Figure by figure: a money amount takes the metric named nearest before
    it in its clause ("revenue of $717 million"), "a share" makes it EPS, a
    count takes the metric after it ("319 million monthly active users")."""
    text = ctx.text
    low = ctx.aligned_low()
    metrics = labelled_spans(_METRICS, text, s, e, _METRIC_NEEDS, low)
    carried = ctx.last_metric if ctx.last_metric and ctx.last_metric[0] >= s - 400 else None
    if not metrics and carried is None:
        return
    subject: Entity | None = None  # whom the figures are about: found at the first figure with a metric
    figures = [q for q in qs if q.kind in ("money", "number", "pct")]
    used: set[int] = set()
    made = 0
    for i, q in enumerate(figures):
        if id(q) in used:
            continue
        metric, mpos = _metric_for(text, s, q, metrics, carried)
        nx = figures[i + 1] if i + 1 < len(figures) else None
        if q.kind == "money" and nx is not None and nx.kind == "money" and _RANGE_AFTER.fullmatch(text[q.end:nx.start]) \
                and _PER_SHARE.match(text[nx.end:nx.end + 20]):
            metric, mpos = "eps", q.start
        if metric is None:
            continue
        if subject is None:
            subject = _fin_subject(ctx, s, e, ents, metrics, company)
            if subject is None:
                return
        if q.kind == "pct":
            if metric in ("margin",):
                continue
            d = _direction_near(cues, q, text)
            if d == 0:
                continue
            ev_value: Any = None
            change: float | None = q.value * d
            # the same statement may give the amount: "grew 35.5 per cent to 6.87 billion yuan"
            amt = next((x for x in figures[i + 1:i + 3] if x.kind == "money" and id(x) not in used
                        and re.fullmatch(r"\s*(?:to|,\s*to)\s*", text[q.end:x.start])), None)
            if amt is None:
                amt = next((x for x in figures[i + 1:i + 3] if x.kind == "money" and id(x) not in used and
                            re.fullmatch(r"\s+(?:drop|fall|decline|plunge|rise|increase|jump|gain)\s+in\s+[\w\s]{1,25}?\s+to\s+", text[q.end:x.start], re.I)), None)
            if amt is not None:
                ev_value = Money(amt.value, amt.currency)
                used.add(id(amt))
            status = _fin_status(text, s, q.start, mpos, q.end)
            _add_fin(ctx, subject, metric, ev_value, change, status, mpos, q.end, text, s, e)
            used.add(id(q))
            made += 1
            continue
        if q.kind == "number" and metric not in _COUNT_METRICS:
            # "to 33 francs a share from 38", "to 666.6 mln francs from 592.9 mln": the prior
            # period's figure, in the currency of the one before it and of its order of magnitude
            prev = figures[i - 1] if i > 0 else None
            if prev is None or prev.kind != "money" or not prev.currency or prev.value <= 0 or q.value <= 0 \
                    or id(prev) not in used or not _PRIOR_BEFORE.search(text, max(s, q.start - 16), q.start):
                continue
            # a prior in the minor unit of the figure before it ("to 33 cents a share from 38")
            amount = q.value / 100 if _MINOR_UNIT.search(text, prev.start, prev.end) else q.value
            if not 0.1 <= amount / prev.value <= 10:
                continue
            q = Quantity("money", amount, q.start, q.end, currency=prev.currency, rule=q.rule + ".prior",
                         decimals=q.decimals)
        if q.kind == "money" and metric in _COUNT_METRICS:
            continue
        if q.kind == "number" and (_DAY_BEFORE.search(text, max(s, q.start - 12), q.start)
                                   or DURATION_AFTER.match(text, q.end)):
            continue  # "subscribers through March 31", "orders within 30 days": a date or a span, not a count
        status = _fin_status(text, s, q.start, mpos, q.end)
        if re.search(r"\bfrom\s+$", text[max(s, q.start - 6):q.start]) and metric != "eps" and status != "guidance":
            status = "actual"  # "to $5 billion from $4 billion": the prior period (a raised forecast's prior stays guidance)
        value: Any
        nxt = figures[i + 1] if i + 1 < len(figures) else None
        if nxt is not None and nxt.kind == q.kind and _RANGE_AFTER.fullmatch(text[q.end:nxt.start]) and \
                (q.kind == "number" or nxt.currency == q.currency):
            value = {"amount": None, "low": q.value, "high": nxt.value, "currency": q.currency}
            used.update((id(q), id(nxt)))
            last = nxt
        else:
            value = Money(q.value, q.currency) if q.kind == "money" else q.value
            used.add(id(q))
            last = q
        lo = max(s, mpos if mpos >= 0 else s)
        if metric == "eps" and mpos == q.start:
            lo = max(s, q.start - 70)  # "a loss of $63 million, or 10 cents a share"
        loss = bool(re.search(r"\bloss(?:es)?\s+(?:of\s+)?(?:about\s+|some\s+)?$|\bloss\b[^.;]{0,60}$",
                              text[lo:q.start], re.I)) and metric in ("net_profit", "eps")
        if loss:
            value = _neg(value)
        change = None
        pc = next((x for x in figures[i + 1:i + 4] if x.kind == "pct" and id(x) not in used and
                   re.match(r"(?:\s+(?:[\w-]+\s+){0,3}(?:users|subscribers|orders))?[\s,]*(?:up|down|a\s+[\w-]+\s+(?:decrease|increase|drop|rise|gain|fall)\s+of|an?\s+(?:decrease|increase|drop|rise|gain|fall)\s+of)\s*$",
                            text[last.end:x.start], re.I)), None)
        if pc is not None:
            d = _direction_near(cues, pc, text)
            if re.search(r"decrease|drop|fall|down", text[last.end:pc.start], re.I):
                d = -1
            elif d == 0:
                d = 1
            change = pc.value * d
            used.add(id(pc))
        _add_fin(ctx, subject, metric, value, change, status, mpos, last.end, text, s, e)
        made += 1
    if metrics and made:
        ctx.last_metric = (metrics[-1][0], metrics[-1][2])


def _neg(value: Any) -> Any:
    if isinstance(value, Money) and value.amount is not None:
        return Money(-abs(value.amount), value.currency)
    if isinstance(value, dict):
        return {**value, "low": -abs(value["low"]), "high": -abs(value["high"])}
    return value


def _metric_for(text: str, s: int, q: Quantity, metrics: list[tuple[int, int, str]],
                carried: tuple[int, str] | None) -> tuple[str | None, int]:
    after = text[q.end:q.end + 40]
    if q.kind == "money" and _PER_SHARE.match(after):
        near_div = any(name == "dividend" and abs(a - q.start) < 60 for a, _, name in metrics)
        return ("dividend" if near_div else "eps"), q.start
    if q.kind == "number":
        m = re.match(r"\s*(?:\w+\s+){0,3}?(users|subscribers|orders)\b", after, re.I)
        if m:
            return m.group(1).lower(), q.start
    if q.kind == "pct":
        m = re.match(r"\s+(?:drop|fall|decline|plunge|rise|increase|jump|gain|slump|surge)\s+in\s+", after, re.I)
        if m:
            for a, _, name in metrics:
                if q.end <= a <= q.end + 30:
                    return name, a
    # the nearest metric named before the figure, within its clause
    best = None
    for a, b, name in metrics:
        if b <= q.start and not _CLAUSE.search(text, b, q.start) or (b <= q.start and re.search(
                r"\b(?:analysts?|Wall\s+Street)\b[^.;]{0,30}$", text[b:q.start])):
            best = (name, a)
    if best is None:
        # "a 62 per cent drop in revenue to S$13.6 million": the metric after a change
        if q.kind == "pct":
            m = re.match(r"\s+(?:drop|fall|decline|plunge|rise|increase|jump|gain|slump)\s+in\s+", after, re.I)
            if m:
                for a, _, name in metrics:
                    if q.end <= a <= q.end + 30:
                        return name, a
        prev = [(a, name) for a, b, name in metrics if b <= q.start]
        if prev and q.kind in ("money", "pct"):
            return prev[-1][1], prev[-1][0]
        if carried is not None and not metrics and q.kind == "money" and \
                re.search(r"\b(?:estimate|consensus|forecast|expected)\b", text[s:q.start], re.I):
            return carried[1], carried[0]
        if q.kind == "money" and re.search(r"\bcents?\b", text[q.start:q.end]) and \
                re.search(r"\b(?:posted|reported|earned)\s+$", text[max(s, q.start - 12):q.start]):
            return "eps", q.start
        return None, -1
    return best


def _fin_status(text: str, s: int, pos: int, mpos: int, end: int | None = None) -> str:
    clause_start = s
    for b in _CLAUSE.finditer(text, s, pos):
        clause_start = b.end()
    window = text[min(clause_start, mpos if mpos >= 0 else clause_start):pos]
    if _ANALYST.search(window) and not _COMPARE_AFTER.search(window):
        return "forecast"
    if re.search(r"\b(?:estimate|forecast|consensus)\b", window, re.I) and re.search(r"\b(?:analysts?|Street|estimate\s+was)\b", text[s:pos], re.I):
        return "forecast"
    if _ESTIMATE_OF.search(text, max(s, pos - 40), pos) and _ANALYST.search(text, s, pos):
        return "forecast"
    if end is not None and _ESTIMATE_AFTER.match(text, end):
        return "forecast"  # "below the 1.45 trillion yen consensus"
    if _GUIDE.search(text, s, pos) and not _ANALYST.search(text, s, pos):
        return "guidance"
    return "actual"


def _add_fin(ctx: EventContext, subject: Entity, metric: str, value: Any, change: float | None, status: str,
             a: int, b: int, text: str, s: int, e: int) -> None:
    mname = ("guidance_" + metric) if status == "guidance" and not metric.startswith("guidance_") else metric
    fields: dict[str, Any] = {"subject": subject, "metric": mname, "period": _fiscal_period(ctx, text[s:e]),
                              "value": value, "change_pct": change, "status": status}
    ctx.events.append(_event("financials", a if a >= 0 else s, b, "financials." + mname, **fields))


def _fin_subject(ctx: EventContext, s: int, e: int, ents: Sequence[EntityMention], metrics: list[tuple[int, int, str]],
                 company: Callable[[], Entity | None]) -> Entity | None:
    text = ctx.text
    first = metrics[0][0] if metrics else e
    if not re.search(r"[A-Z]", text[s + 1:first]) and not text[s:s + 1].isupper():
        ents = []  # no capital before the metric: no name to find there
    for x in ents:
        if x.start >= first:
            break
        if x.type == "anaphor":
            break
        if x.type not in ("company", "stock") or x.name.lower().split()[0] in _SOURCES or not_traded(text, x, s):
            continue
        if re.search(r"\b(?:according\s+to|from|by|at)\s+(?:the\s+)?$", text[max(s, x.start - 16):x.start], re.I):
            continue
        if re.fullmatch(r"[\s\w-]*", text[x.end:first]) and not re.search(
                r"\b(?:said|posted|reported|had|has|sees|expects|estimates|booked|recorded|is|was|raised|lifted|cut|lowered|"
            r"trimmed|boosted|reaffirmed|maintained|kept|issued|gave|logged|delivered|announced|forecast)\b", text[x.end:first]):
            continue  # "Consumer digital safety revenue": a segment, not the company
        return _ent(x, text)
    prior = [m for m in ctx.moves if m.span.start < s and m.subject.type in ("stock", "company")]
    if prior:
        return prior[-1].subject
    return company()


def _fiscal_period(ctx: EventContext, sent: str) -> str | None:
    q = re.search(r"\b(first|second|third|fourth|1st|2nd|3rd|4th|q[1-4])[- ]quarter\b|\bQ([1-4])\b", sent, re.I)
    year = ctx.doc_date.year if ctx.doc_date else None
    ym = re.search(r"\b(?:in|for|of)\s+((?:19|20)\d\d)\b", sent)
    if ym:
        year = int(ym.group(1))
    elif re.search(r"\blast\s+year\b|previous\s+year|year-ago", sent) and year:
        year -= 1
    if q:
        w = (q.group(1) or q.group(2) or "").lower()
        n = {"first": 1, "1st": 1, "q1": 1, "1": 1, "second": 2, "2nd": 2, "q2": 2, "2": 2, "third": 3, "3rd": 3,
             "q3": 3, "3": 3, "fourth": 4, "4th": 4, "q4": 4, "4": 4}.get(w)
        if n and year:
            if ctx.doc_date and n * 3 > ctx.doc_date.month + 1 and not ym:
                year -= 1
            return f"{year}-Q{n}"
    if re.search(r"\bfirst\s+half\b|\bH1\b", sent) and year:
        return f"{year}-H1"
    if ym:
        return ym.group(1)
    return None


# -------------------------------------------------------------------- runner
class _Lazy:
    """A list computed on first use: most readers never need the names."""

    def __init__(self, make: Callable[[], list[EntityMention]]) -> None:
        self._make = make
        self._items: list[EntityMention] | None = None

    def _get(self) -> list[EntityMention]:
        if self._items is None:
            self._items = self._make()
        return self._items

    def __iter__(self) -> Any:
        return iter(self._get())

    def __len__(self) -> int:
        return len(self._get())

    def __getitem__(self, i: Any) -> Any:
        return self._get()[i]

    def __bool__(self) -> bool:
        return bool(self._get())

    @property
    def computed(self) -> bool:
        return self._items is not None


def _words(*groups: str) -> frozenset[str]:
    return frozenset(w for g in groups for w in g.split())


# Words whose presence lets a reader run (exact words, lower case).
_G_STREAK = _words("straight consecutive streak row winning losing successive")
_G_STREAK_PHRASE = ("for a ", "for the ", " of gains", " of losses", " of advance", " of decline")
_G_RECORD = _words("record high highs low lows highest lowest best worst biggest largest steepest sharpest "
                   "strongest weakest all-time peak since")
_G_INDICATOR = _words("exports imports export import inflation cpi gdp payrolls unemployment jobless retail "
                      "industrial producer trade prices costs respectively both rpi claims pmi purchasing starts "
                      "permits supply account confidence")
_G_LISTING = _words("debut debuted debuts ipo ipos listing listed trading companies firms newcomers offering")
_G_POLICY = _words("pledged pledges pledge vowed vows promised committed support supports cleared approved approves "
                   "approval lifted injects injected inject ease eased easing started began tighten tightened "
                   "tightening raised hiked ban banned bans barred prohibited intervene intervened intervention cut cuts")
_G_RATE = _words("cut cuts cutting lowered lowers lowering reduced reducing reduction trimmed raised raises raising "
                 "hiked hikes increased increasing kept keeps held holds left leaves maintained")
_G_FIN = _words("revenue revenues sales profit profits income earnings eps loss losses ebitda dividend "
                "dividends users subscribers orders margin margins share estimate")
_G_OFFER = _words("offer offered offers bid bids tender takeover")
_G_FINE = _words("fine fined fines penalty penalties slapped")
_G_MEET = _words("met meet meets meeting talks")
_WORDS = re.compile(r"[a-z][a-z-]*")
_G_INDICATOR = _G_INDICATOR | frozenset(["services"])
_G_ANY = (_G_STREAK | _G_RECORD | _G_INDICATOR | _G_LISTING | _G_POLICY | _G_RATE | _G_FIN | _G_OFFER | _G_FINE
          | _G_MEET)
_G_NEEDS_FIGS = _G_LISTING | _G_OFFER | _G_FINE | _G_RATE | _G_FIN
_DIGIT = re.compile(r"\d")  # opens with a class: scanned for fast, before the slower pattern
_NUMBER_WORD = re.compile(r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|half|quarter)\b")
_G_OTHER_PHRASES = ("ipo", "first day of trad", "policy support", "percentage point", "basis point")
_G_PHRASES = _G_STREAK_PHRASE + _G_OTHER_PHRASES


@lru_cache(maxsize=1)
def _g_any_parts() -> frozenset[str]:
    return frozenset(part for w in _G_ANY for part in w.split("-"))


def may_hold_events(words: set[str], low: str) -> bool:
    """Whether a text without a word of motion (its ``words`` split at
    hyphens, and the text in lower case) has what some reader needs; a
    streak's phrases are left out, as a streak needs a word of motion."""
    return not _g_any_parts().isdisjoint(words) or any(p in low for p in _G_OTHER_PHRASES)


def read_events(ctx: EventContext, sents: list[tuple[int, int]], cues_of: Callable[[int, int], list[Any]],
                words_of: list[set[str]] | None = None) -> list[Event]:
    """Every event of the text, sentence by sentence, in text order. Each
    reader runs only where its words occur; names are found only if needed.
    ``words_of`` holds each sentence's lower-case words when the caller has
    them (hyphenated words whole)."""
    text = ctx.text
    aligned = ctx.aligned_low()
    lower = aligned if aligned is not None else text.lower()
    found: list[Entity | None] = []

    def company() -> Entity | None:
        """The article's company: the one its moves are most about, else the
        first named in its lede; found once, when a reader needs it."""
        if not found:
            found.append(_salient_company(ctx) or _lede_company(ctx, sents[:2]))
        return found[0]

    for si, (s, e) in enumerate(sents):
        low = lower[s:e]
        words = words_of[si] if words_of is not None else set(_WORDS.findall(lower, s, e))
        if words.isdisjoint(_G_ANY) and not any(p in low for p in _G_PHRASES):
            continue
        lazy = _Lazy(lambda a=s, b=e: ctx.entities(a, b))  # type: ignore[misc]

        def ents(lz: _Lazy = lazy) -> Sequence[EntityMention]:
            return cast(Sequence[EntityMention], lz)  # it reads as one

        # figures and motion words, each found once and only if a reader asks
        memo: dict[str, Any] = {}

        def figs(a: int = s, b: int = e, m: dict[str, Any] = memo, lw: str = low) -> list[Quantity]:
            if "qs" not in m:
                m["qs"] = ctx.quantities(a, b) if _DIGIT.search(lw) or _NUMBER_WORD.search(lw) else []
            return m["qs"]  # type: ignore[no-any-return]

        def cue_list(a: int = s, b: int = e, m: dict[str, Any] = memo) -> list[Any]:
            if "cues" not in m:
                m["cues"] = cues_of(a, b)
            return m["cues"]  # type: ignore[no-any-return]

        if not words.isdisjoint(_G_STREAK) or any(p in low for p in _G_STREAK_PHRASE):
            _streaks(ctx, s, e, ents(), cue_list())
        if not words.isdisjoint(_G_RECORD):
            _records(ctx, s, e, ents())
        if not words.isdisjoint(_G_INDICATOR) and figs():
            _indicator_events(ctx, s, e, figs(), cue_list())
        qs = figs() if not words.isdisjoint(_G_NEEDS_FIGS) else []
        cues = cue_list() if qs and not words.isdisjoint(_G_FIN) else []
        if not words.isdisjoint(_G_LISTING) or "first day of trad" in low or "ipo" in low:
            _listings(ctx, s, e, ents(), sents, si, qs)
        if qs and not words.isdisjoint(_G_OFFER):
            _tender_offers(ctx, s, e, ents(), qs)
        if qs and not words.isdisjoint(_G_FINE):
            _fines(ctx, s, e, ents(), qs)
        if not words.isdisjoint(_G_MEET):
            _meetings(ctx, s, e, ents())
        if not words.isdisjoint(_G_POLICY) or "policy support" in low:
            _policies(ctx, s, e, ents())
        if qs and not words.isdisjoint(_G_RATE) and ("rate" in low or "rrr" in low or "ratio" in low
                                                      or "percentage point" in low or "basis point" in low):
            _rate_decisions(ctx, s, e, qs)
        if qs and not words.isdisjoint(_G_FIN):
            _financials(ctx, s, e, ents(), qs, cues, company)
        if lazy.computed:
            ctx.subjects += [x for x in lazy if x.type not in ("place", "person", "anaphor")]
    ctx.events.sort(key=lambda ev: ev.span.start)
    return _dedupe(ctx.events)


def _dedupe(events: list[Event]) -> list[Event]:
    """A headline and a body that state the same record or streak give one."""
    out: list[Event] = []
    for ev in events:
        if ev.kind in ("record", "streak"):
            subj = ev.get("subject")
            key = (ev.kind, ev.get("extreme"), ev.get("period"), ev.get("direction"), ev.get("count"), ev.get("unit"))
            dup = next((o for o in out if o.kind == ev.kind and o.get("subject") is not None and subj is not None
                        and o.get("subject").same_as(subj) and
                        (o.kind, o.get("extreme"), o.get("period"), o.get("direction"), o.get("count"), o.get("unit")) == key),
                       None)
            if dup is not None:
                if dup.get("since") is None and ev.get("since") is not None:
                    out[out.index(dup)] = ev
                continue
        out.append(ev)
    return out


def _lede_company(ctx: EventContext, sents: list[tuple[int, int]]) -> Entity | None:
    """The first company the given sentences name as the one reporting
    ("Velmar Corp said ...", "Velmar Inc, a maker of ..., reported ...")."""
    for s, e in sents:
        for x in ctx.entities(s, e):
            if x.type in ("company", "stock") and x.name.lower().split()[0] not in _SOURCES \
                    and _REPORTS_AFTER.match(ctx.text, x.end) and not not_traded(ctx.text, x, s):
                return _ent(x, ctx.text)
    return None


_REPORTS_AFTER = re.compile(r"(?:\s+(?:Inc|Corp|Co|Ltd|Plc|PLC|AG|SA|NV|Group|Holdings?)\b\.?)?\s*(?:\([^()]{0,30}\)\s*)?"
                            r"(?:<[A-Z][A-Z0-9.]{0,9}>\s*)?"  # a wire ticker: "Rowntree Mackintosh Plc <RWNT.L> announced"
                            r"(?:,[^,.;]{0,80},\s*)?(?:said|reported|posted|announced|says|reports|posts)\b")


def _salient_company(ctx: EventContext) -> Entity | None:
    counts: dict[str, tuple[int, Entity]] = {}
    for m in ctx.moves:
        if m.subject.type in ("stock", "company"):
            k = m.subject.id or m.subject.name
            n, _ = counts.get(k, (0, m.subject))
            counts[k] = (n + 1, m.subject)
    if not counts:
        return None
    return max(counts.values(), key=lambda x: x[0])[1]
