"""Which of a company's lines a move is about: the one its price's currency
or the exchange the words name ("its Shenzhen-listed shares ... to 263
yuan", "the London-listed shares") points to, else the line linked by name."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from .model import Entity, Move
from .reference import Instrument, Reference


@lru_cache(maxsize=1)
def _listed_pattern() -> re.Pattern[str]:
    from .reference import get_reference

    places = [p for p in get_reference().places if len(p) > 3 and p[0].isupper()]
    alt = "|".join(re.escape(p) for p in sorted(places, key=len, reverse=True))
    # "Shenzhen-listed", "listed in London", "its New York shares"
    return re.compile(r"\b(" + alt + r")[- ]listed\b|\blisted\s+in\s+(" + alt + r")\b|\b(?:its|their)\s+(" + alt +
                      r")\s+shares\b")


# the words without which no exchange is named for a line (a cheap test before the places' pattern)
_MAY_NAME_A_LINE = re.compile(r"listed|shares")


def _lines(ref: Reference, subject: Entity) -> list[Instrument]:
    """The instruments the subject's name and mention may name: one company's lines."""
    out: list[Instrument] = []
    for key in (subject.name.lower(), subject.mention.lower()):
        for inst in ref.aliases.get(key, ()):
            if inst not in out and inst.type == "stock":
                out.append(inst)
    return out


def choose_lines(moves: list[Move], text: str, ref: Reference, date: str | None = None,
                 market: str | None = None) -> list[Move]:
    """Each stock move with the line its evidence names; a line that did not
    trade at the article's date is no line of its ("Bank of China" in 1987 is
    not 3988.HK, listed in 2006): the name stays, the id goes."""
    out: list[Move] = []
    listed = _listed_pattern()
    for m in moves:
        s = m.subject
        if s.id is None and s.type == "stock":
            s = _ticker_after_name(s, ref)
            if s is not m.subject:
                m = replace(m, subject=s)
        inst = ref.instruments.get(s.id or "")
        if inst is None or inst.type != "stock":
            out.append(m)
            continue
        if not inst.traded_on(date):
            older = [x for x in _lines(ref, s) if x.id != inst.id and x.traded_on(date)]
            if older and older[0].country == inst.country:
                was = older[0]
                out.append(replace(m, subject=replace(s, id=was.id, name=was.name, country=was.country,
                                                      mic=was.mic, currency=was.currency)))
            else:
                out.append(replace(m, subject=replace(s, id=None)))
            continue
        lines = [x for x in _lines(ref, s) if x.id != inst.id and x.traded_on(date)]
        if not lines:
            out.append(m if not inst.abroad or _abroad_named(text, m, inst, ref, market, listed)
                       else replace(m, subject=replace(s, id=None)))
            continue
        pick: Instrument | None = None
        # a price in a currency of its own ("263 yuan"); a dollar figure is too often a conversion or a
        # wire's default reading of "dlrs" to move a stock to another line
        if m.currency and m.currency not in ("USD", inst.currency):
            same = [x for x in lines if x.currency == m.currency]
            pick = same[0] if same else None
        if pick is None and _MAY_NAME_A_LINE.search(text, m.span.start, m.span.end):
            for lm in listed.finditer(text, m.span.start, m.span.end):
                place = next(g for g in lm.groups() if g)
                named = ref.markets.get(ref.places.get(place, ""))
                if named is None or named.country == inst.country:
                    continue
                there = [x for x in lines if x.country == named.country]
                if there:
                    pick = there[0]
        if pick is None:
            if inst.abroad and not _abroad_named(text, m, inst, ref, market, listed):
                # a company's second line abroad (Frankfurt, London's international book) only where the
                # article is of that market or names the exchange: else no id beats a wrong one
                out.append(replace(m, subject=replace(s, id=None)))
            else:
                out.append(m)
            continue
        out.append(replace(m, subject=replace(s, id=pick.id, name=pick.name, country=pick.country, mic=pick.mic,
                                              currency=pick.currency)))
    return out


def _abroad_named(text: str, m: Move, inst: Instrument, ref: Reference, market: str | None,
                  listed: re.Pattern[str]) -> bool:
    """The article is of the foreign line's market, or names its exchange near the move."""
    mk = ref.markets.get(market or "")
    if mk is not None and mk.country == inst.country:
        return True
    for lm in listed.finditer(text, m.span.start, m.span.end) if _MAY_NAME_A_LINE.search(text, m.span.start,
                                                                                          m.span.end) else ():
        place = next(g for g in lm.groups() if g)
        there = ref.markets.get(ref.places.get(place, ""))
        if there is not None and there.country == inst.country:
            return True
    return False


_TICKER = re.compile(r"[A-Z]{1,5}")


def _ticker_after_name(s: Entity, ref: Reference) -> Entity:
    """ "Symantec SYMC": a name and, after it, the symbol of one of the lines
    that name has (a quote page's style) name that line outright."""
    words = s.mention.split()
    if len(words) < 2 or not _TICKER.fullmatch(words[-1]):
        return s
    name = " ".join(words[:-1])
    for inst in ref.aliases.get(name.lower(), ()):
        if inst.id == words[-1] or inst.id.split(".")[0] == words[-1]:
            return replace(s, id=inst.id, name=name, mention=name, end=s.end - len(words[-1]) - 1,
                           country=inst.country, mic=inst.mic, currency=inst.currency)
    return s
