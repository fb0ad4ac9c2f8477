"""Streaks: a count of days, sessions, weeks or months of gains or losses.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from ..entities import EntityMention
from ..quantities import ORDINAL_WORDS
from .context import (
    _COUNT,
    _COUNT_ALT,
    _COUNT_WORDS,
    _UNIT,
    EventContext,
    _count,
    _ent,
    _event,
    _record_subjects,
    _subject_of_sentence_moves,
    _unit,
)

_STREAK = [
    re.compile(r"\b(?:for|to)\s+(?:a|the|its|their)\s+" + _COUNT + r"(?:[\s-]+(?:straight|consecutive|successive|"
               r"direct))?[\s-]+(?:straight\s+|consecutive\s+)?" + _UNIT + r"\b", re.I),
    re.compile(r"\b" + _COUNT + r"[\s-]+(?:straight|consecutive|successive)[\s-]+(?:(?P<kind3>winning|losing)\s+)?" + _UNIT +
               r"\b", re.I),
    re.compile(r"\b" + _COUNT + r"[\s-]+" + _UNIT + r"\s+(?P<kind>winning|losing|win|losing|rising|falling|gaining)"
               r"\s+(?:streak|run|spell)\b", re.I),
    re.compile(r"\b(?:a\s+|its\s+)?" + _COUNT + r"[\s-]+" + _UNIT + r"\s+(?P<of>of\s+(?:consecutive\s+|straight\s+)?"
               r"(?P<what>gains|advances?|losses|declines|falls|rises|increases))\b", re.I),
    re.compile(r"\b(?P<dir2>higher|lower|up|down)\s+for\s+" + _COUNT + r"\s+(?:straight|consecutive)\s+" + _UNIT, re.I),
    re.compile(r"\b" + _COUNT + r"[\s-]+" + _UNIT + r"\s+(?P<kind2>decline|rally|slide|losing\s+streak|winning\s+streak)\b", re.I),
    # "extended its losing streak to five sessions", "a winning run to six days"
    re.compile(r"\b(?P<kind>winning|losing|rising|falling)\s+(?:streak|run|spell)\s+to\s+(?:a\s+)?" + _COUNT +
               r"[\s-]+" + _UNIT + r"\b", re.I),
    # "rose for six days in a row": the direction from the verb before
    re.compile(r"\bfor\s+" + _COUNT + r"\s+(?:straight\s+|consecutive\s+)?" + _UNIT + r"\s+in\s+a\s+row\b", re.I),
    # "its fourth straight weekly loss", "two consecutive monthly gains"
    re.compile(r"\b" + _COUNT + r"[\s-]+(?:straight|consecutive|successive)[\s-]+(?P<unit>daily|weekly|monthly|quarterly|"
               r"annual|yearly)[\s-]+(?P<what>gains?|losses|loss|declines?|falls?|drops?|rises?|advances?|increases?|"
               r"decreases?|rally|rallies|slides?)\b", re.I),
    # "its fourth weekly gain in a row"
    re.compile(r"\b" + _COUNT + r"[\s-]+(?P<unit>daily|weekly|monthly|quarterly|annual|yearly)[\s-]+(?P<what>gains?|losses|"
               r"loss|declines?|falls?|drops?|rises?|advances?|increases?|decreases?|rally|rallies|slides?)\s+in\s+a\s+row\b",
               re.I),
    # "its fifth gain in a row", "a third straight decline": a day's move counted
    re.compile(r"\b(?:its|their|a|the)\s+" + _COUNT + r"[\s-]+(?P<unit>)(?P<straight>(?:straight|consecutive|successive)\s+)?"
               r"(?P<what>gain|loss|decline|fall|drop|rise|advance|increase|decrease|rally|slide)(?P<row>\s+in\s+a\s+row)?\b",
               re.I),
    # "has risen in each of the past six sessions": the direction from the verb before
    re.compile(r"\bin\s+each\s+of\s+the\s+(?:past|last|previous|prior)\s+" + _COUNT + r"\s+" + _UNIT + r"\b", re.I),
]
# what every streak pattern holds: a count, then a unit or "straight" and the like
_GATE_UNITS = "straight|consecutive|successive|direct|trading|day|session|week|month|quarter|year|" \
    "(?:gain|loss|decline|fall|drop|rise|advance|increase|decrease|rally|slide)s?\\s+in\\s+a\\s+row"
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


# (not inside a compound: a "record-breaking rally" goes on)
_ENDED = re.compile(r"(?<!-)\b(?:snap(?:s|ped|ping)?|end(?:s|ed|ing)?|broke|break(?:s|ing)?|halt(?:s|ed|ing)?|"
                    r"after|stopp?(?:ed|ing)?|interrupt(?:ed|ing)?)\b[^.;]{0,25}$", re.I)


_AND = re.compile(r"\s+and\s+(?:the\s+)?")
_OF_MOTION = re.compile(r"\s+of\s+(?:consecutive\s+|straight\s+)?(gains|advances|rises|increases|rallies|losses|"
                        r"declines|falls|drops|decreases)\b", re.I)


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
            if "row" in m.groupdict() and not (m.group("row") or m.group("straight")):
                continue  # ("its fifth gain" alone counts gains, not a run of them)
            unit = _unit(m.group("unit"))
            if rule == 0 and not re.search(r"straight|consecutive|successive|in\s+a\s+row", m.group(0) + text[m.end():m.end() + 12], re.I):
                # "for a fourth day" is a streak after a verb of motion; "for the second quarter" is a period
                if m.group("count").lower() not in ORDINAL_WORDS and not re.match(r"\d+(?:st|nd|rd|th)", m.group("count") + text[m.end("count"):m.end("count") + 2]):
                    continue
                if unit in ("quarter", "year") or not any(c.direction and 0 <= m.start() - c.end < 25 for c in cues):
                    continue
            g = m.groupdict()
            word = (g.get("kind") or g.get("what") or g.get("kind2") or g.get("kind3") or g.get("dir2") or "").lower()
            direction = None
            if word:
                direction = "up" if re.match(r"win|ris|gain|advanc|increas|higher|up|rally", word) else "down"
            of = _OF_MOTION.match(text, m.end())
            if direction is None and of is not None:
                # "after four consecutive sessions of gains": the streak's own words, not the day's move
                direction = "up" if of.group(1).lower().startswith(("gain", "advanc", "rise", "increas", "rall")) else "down"
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
            both = [subjs[-2], subj] if len(subjs) >= 2 and _AND.fullmatch(text, subjs[-2].end, subj.start) \
                and re.search(r"\b(?:their|both)\b", text[subj.end:m.start()]) else [subj]
            for who in both:  # "The Sensex and the Nifty ..., extending their rally to a sixth day": each
                fields: dict[str, Any] = {"subject": _ent(who, text), "direction": direction, "count": n, "unit": unit}
                if ended:
                    fields["ended"] = True
                ctx.events.append(_event("streak", min(who.start, m.start()) if who.start >= s else m.start(), m.end(),
                                         f"streak.{rule}", **fields))
