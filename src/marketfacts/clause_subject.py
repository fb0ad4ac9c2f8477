"""Whose a clause is: among the names before a group of figures, the clause's
grammatical subject. Objects of prepositions, appositives, a former name in
brackets and a holder's possessive give way to the name on their left; a name
right before the verb is its subject.
"""

from __future__ import annotations

import re

from .cues import Cue
from .mention import EntityMention

_TICKER_GAP = re.compile(r"\s*(?:<[A-Z][A-Z0-9.]*>\s*)?")
_OBJECT_BEFORE = re.compile(
    r"\b(?:of|on|in|at|for|from|with|by|against|including|among|over|than|versus|vs\.?|into|like|toward|towards|"
    r"followed|tracked|tracking|tracks|trailed|mirrored|joined|outpaced|lagged)"
    r"(?:\s+|(?=[A-Z]))(?:the\s+|a\s+|an\s+|its\s+|their\s+|all\s+)?(?:[\w&.'’-]+\s+){0,3}$", re.I)
_CLAUSE_BREAK = re.compile(r"[;:]|\b(?:while|whereas|after|before|as|when|since|because|although|though|but|which|who|"
                           r"that|where|if|until|despite)\b|,\s+and\b", re.I)
_PREP_BEFORE = re.compile(r"\b(?:on|in|at|by|from|of|with|over|for)\s+(?:the\s+)?$", re.I)  # ("On the Singapore Exchange, the ...")
# "Kioxia Holdings (formerly Toshiba Memory)": a name in brackets after a name is the same company's
_BRACKETED_ALIAS = re.compile(r"\s*\((?:formerly|previously|now|ex-|also\s+known\s+as|known\s+as)?\s*")
_CLOSE_AFTER = re.compile(r"\s?\)(?!\s*[A-Z]|\s+ind)")
_APPOSITIVE = re.compile(r"^\)?,\s+(?:the|a|an|which|who|its|one|now|with\s+(?:its|their))\b[^,]*,?\s*$", re.I)
# "Tencent's Hong Kong shares", "the ETF tracking Hong Kong shares": the market named is the holder's
_HOLDER_BEFORE = re.compile(r"['’]s\s+|\s+(?:tracking|which\s+tracks|that\s+tracks)\s+")
# ", the Uniqlo operator,", ", with its Marathon Oil unit,": an aside whose name is not the subject
_ASIDE_OPEN = re.compile(r"^(?:\s+(?:Corp|Inc|Co|Ltd|Plc|PLC|AG|SA|NV|Group|Holdings)\b\.?)?\)?,\s+(?:the|a|an|with\s+(?:its|their))\s",
                         re.I)
# "Micron, Nvidia's memory supplier, gained": a name that opens an aside as its possessive ("Nvidia's")
_POSSESSIVE_ASIDE = re.compile(r"['’]s\s+(?:[a-z][\w-]*\s+){0,5}?[a-z][\w-]*\s*,")


_SHARES_OF = re.compile(r"\b(?:[Ss]hares|[Ss]tock|ADRs)\s+(?:of|in)\s+(?:the\s+)?$")


# between a contract and the exchange or city it trades on
_TRADED_ON = re.compile(r"\s+(?:on|in|at)\s+(?:the\s+)?")


def _possessive_aside(text: str, prev: EntityMention, e: EntityMention) -> bool:
    return re.fullmatch(r"\)?,\s+", text[prev.end:e.start]) is not None and _POSSESSIVE_ASIDE.match(text, e.end) is not None


def _subjects_before(text: str, lo: int, hi: int, subjects: list[EntityMention],
                     s_start: int) -> list[EntityMention]:
    """Subject candidates for a group starting at ``hi``: the entities since
    the previous group, or the grammatical subject of the clause before it."""
    near = [e for e in subjects if lo <= e.start and e.end <= hi]
    if len(near) > 1:
        return near
    before = [e for e in subjects if s_start <= e.start and e.end <= hi]
    if not before:
        return []
    best = before[-1]
    # skip objects of prepositions ("the Topix index of all First Section issues
    # on the Tokyo Stock Exchange spurted") and appositives ("Fast Retailing, the
    # Uniqlo operator, rose") when the clause has a subject further left
    k = len(before) - 1
    while k > 0:
        e = before[k]
        prev = before[k - 1]
        between = text[prev.end:e.start]
        if _CLAUSE_BREAK.search(between):
            break
        clause_text = text[max(prev.end, s_start):e.start]
        tail = text[e.end:hi]
        if _PREP_BEFORE.search(text, max(s_start, prev.start - 12), prev.start) and not _OBJECT_BEFORE.search(clause_text):
            break  # "gains on Wall Street, the benchmark Hang Seng Index soared": the object is no head
        if _OBJECT_BEFORE.search(clause_text) or _APPOSITIVE.search(text[prev.end:e.start] + "") \
                or _ASIDE_OPEN.match(between) or _possessive_aside(text, prev, e) \
                or (_BRACKETED_ALIAS.fullmatch(between) and _CLOSE_AFTER.match(text, e.end)):
            if not _CLAUSE_BREAK.search(text[prev.end:hi].replace(tail, "")):
                k -= 1
                best = before[k]
                continue
        break
    return [best] if near == [] or near == [best] else near


def _coordinated(text: str, subjects: list[EntityMention]) -> bool:
    """ "DBS and OCBC", "Barclays, RBS and Lloyds": names joined as a list."""
    for a, b in zip(subjects, subjects[1:]):
        if not re.fullmatch(r"\s*(?:,|and|&|,\s*and)\s*", text[a.end:b.start]) or _possessive_aside(text, a, b):
            return False  # ("Micron, Nvidia's memory supplier,": an aside, no list)
    return True


def _grammatical(text: str, subjects: list[EntityMention], s_start: int, cue: Cue | None = None,
                 fig_start: int | None = None) -> EntityMention:
    """The clause's subject among several names: objects of prepositions and
    appositives give way to the name on their left; a name right before the
    verb ("with AIA rising 2.7%") is the verb's subject, and a name right
    before its figures in a list ("included Canfor Corp 1-1/4 to 35-3/4")
    is theirs."""
    k = len(subjects) - 1
    if len(subjects) > 1 and subjects[-2].type in ("commodity", "currency", "index") and \
            _TRADED_ON.fullmatch(text, subjects[-2].end, subjects[-1].start):
        # "Three-month copper on the LME rose", "iron ore futures in Dalian rose": where it trades, not what
        return subjects[-2]
    if fig_start is not None and subjects[-1].end <= fig_start and _TICKER_GAP.fullmatch(text, subjects[-1].end, fig_start):
        return subjects[-1]
    if cue is not None and cue.start >= subjects[-1].end and re.fullmatch(
            r"\s*(?:['’]s\s+)?(?:shares|stock)?\s*(?:,\s*)?(?:also\s+|were\s+|was\s+)?", text[subjects[-1].end:cue.start]) \
            and not ("," in text[subjects[-1].end:cue.start] and (_OBJECT_BEFORE.search(
                text, max(s_start, subjects[-2].end), subjects[-1].start) or _ASIDE_OPEN.match(
                text[subjects[-2].end:subjects[-1].start]))) \
            and not (len(subjects) > 1 and _HOLDER_BEFORE.fullmatch(text, subjects[-2].end, subjects[-1].start)
                     and subjects[-1].type == "market" and subjects[-2].type in ("company", "stock")):
        # "with AIA rising 2.7%": the name right before the verb; but in "Zeta, a supplier to Apple, rose"
        # the name closes an aside, and in "X was
        # the top gainer in the Nifty, rising 4.11%" the name is a preposition's
        # object and the clause after the comma is about X
        return subjects[-1]
    while k > 0:
        e, prev = subjects[k], subjects[k - 1]
        between = text[prev.end:e.start]
        if _CLAUSE_BREAK.search(between):
            break
        if _PREP_BEFORE.search(text, max(s_start, prev.start - 12), prev.start) and not _OBJECT_BEFORE.search(between) \
                and not _SHARES_OF.search(text, max(s_start, prev.start - 16), prev.start):
            break  # the name before is a preposition's object, so no head of an appositive
            # (but "Shares of Zeta, a supplier to Apple, fell": the shares' company is the head)
        if _OBJECT_BEFORE.search(between) or _ASIDE_OPEN.match(between) or _possessive_aside(text, prev, e) or \
                (re.match(r"^['’]s\s", between) and not (e.type == "index" and prev.type in ("market", "place"))) \
                or (_BRACKETED_ALIAS.fullmatch(between) and _CLOSE_AFTER.match(text, e.end)):
            # ("Tencent's Hong Kong shares": the company; "Wall Street's Dow Jones industrial average": the index)
            k -= 1
            continue
        break
    return subjects[k]
