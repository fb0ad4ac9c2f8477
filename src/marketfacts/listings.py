"""Which of a company's lines a move is about: the one its price's currency
or the exchange the words name ("its Shenzhen-listed shares ... to 263
yuan", "the London-listed shares") points to, else the line linked by name."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from .model import Entity, Event, Move
from .names import same_company
from .reference import Instrument, Market, Reference


@lru_cache(maxsize=1)
def _listed_pattern() -> re.Pattern[str]:
    from .reference import get_reference

    places = [p for p in get_reference().places if len(p) > 3 and p[0].isupper()]
    alt = "|".join(re.escape(p) for p in sorted(places, key=len, reverse=True))
    # "Shenzhen-listed", "listed in London", "its New York shares", "its stock in New York"
    return re.compile(r"\b(" + alt + r")[- ]listed\b|\blisted\s+in\s+(" + alt + r")\b|\b(?:its|their)\s+(" + alt +
                      r")\s+shares\b|\b(?:shares|stock|ADRs)\s+(?:traded\s+)?in\s*(" + alt + r")")  # ("stock inNew York": scraped)


# an exchange of a market with two, and the suffix of its lines
_EXCHANGE_NAMED = re.compile(r"\s*(?:on|at)\s+(?:the\s+)?(BSE|NSE)\b")  # right after the move's words
_EXCHANGE_SUFFIX = {"BSE": ".BO", "NSE": ".NS"}
# the words without which no exchange is named for a line (a cheap test before the places' pattern)
_MAY_NAME_A_LINE = re.compile(r"listed|shares|stock|ADRs")


def _lines(ref: Reference, subject: Entity) -> list[Instrument]:
    """The instruments the subject's name and mention may name: one company's lines."""
    out: list[Instrument] = []
    for key in (subject.name.lower(), subject.mention.lower()):
        for inst in ref.aliases.get(key, ()):
            if inst not in out and inst.type == "stock":
                out.append(inst)
    return out


def _on(s: Entity, inst: Instrument) -> Entity:
    """The subject as a mention of this line."""
    return replace(s, id=inst.id, name=inst.name, country=inst.country, mic=inst.mic, currency=inst.currency)


def _markets_named(text: str, m: Move, ref: Reference) -> list[Market]:
    """The markets whose exchanges the move's words name for a line, in order (and the city its figures are
    told in right after them: "fell ... to 18.70 euros ( $ 25.41 ) in Helsinki")."""
    out = []
    if _MAY_NAME_A_LINE.search(text, m.span.start, m.span.end):
        for lm in _listed_pattern().finditer(text, m.span.start, m.span.end):
            named = ref.markets.get(ref.places.get(next(g for g in lm.groups() if g), ""))
            if named is not None:
                out.append(named)
    after = _IN_CITY_AFTER.match(text, m.span.end, min(len(text), m.span.end + 60))
    if after is not None:
        city = ref.markets.get(ref.places.get(after.group("p"), ""))
        if city is not None:
            out.append(city)
    return out


# the city a price was told in, right after it ("to 18.70 euros ( $ 25.41 ) in Helsinki", "at 90.19 euros in Frankfurt")
_IN_CITY_AFTER = re.compile(r"\s*(?:\([^()]{0,30}\)\s*)?(?:in|on)\s+(?:the\s+)?(?P<p>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\b")


def _trades_in(ref: Reference, inst: Instrument, mkt: Market) -> bool:
    """The line trades in that market: by its exchange (Alibaba's New York line is of a Hong Kong
    company), else by its country."""
    code = ref.mic_market.get(inst.mic)
    return code == mkt.code if code else inst.country == mkt.country


def choose_lines(moves: list[Move], text: str, ref: Reference, date: str | None = None,
                 market: str | None = None) -> list[Move]:
    """Each stock move with the line its evidence names; a line that did not
    trade at the article's date is no line of its ("Bank of China" in 1987 is
    not 3988.HK, listed in 2006): the name stays, the id goes. A company's
    second line abroad (Frankfurt, London's international book) keeps its id
    only where the article is of that market or names the exchange: no id
    beats a wrong one."""
    out: list[Move] = []
    mk = ref.markets.get(market or "")
    for m in moves:
        s = m.subject
        if s.id is None and s.type in ("stock", "company"):
            us = _depositary_line(text, s, ref)
            if us is not None:
                out.append(replace(m, subject=us, currency=_dollar_price(text, m, us)))
                continue
        if s.id is None and s.type == "stock":
            s = _ticker_after_name(s, ref)
        inst = _line_of(ref, s)
        if inst is None or inst.type != "stock":
            out.append(m if s is m.subject else replace(m, subject=s))
            continue
        others = [x for x in _lines(ref, s) if x.id != inst.id and x.traded_on(date)]
        if not inst.traded_on(date) and not (inst.seen and _ticker_written(text, s)):
            was = others[0] if others and others[0].country == inst.country else None
            out.append(replace(m, subject=_on(s, was) if was else _unlinked(s)))
            continue
        markets = _markets_named(text, m, ref)
        named = [x.country for x in markets]
        pick: Instrument | None = None
        # a price in a currency of its own ("263 yuan"); a dollar figure is too often a conversion or a
        # wire's default reading of "dlrs" to move a stock to another line
        if others and m.currency and m.currency not in ("USD", inst.currency):
            pick = next((x for x in others if x.currency == m.currency), None)
        if others and pick is None:
            for mkt in markets:  # the last exchange named with a line of the company there
                there = [x for x in others if _trades_in(ref, x, mkt)] if not _trades_in(ref, inst, mkt) else []
                pick = there[0] if there else pick
        ex = _EXCHANGE_NAMED.match(text, m.span.end, min(len(text), m.span.end + 16)) if pick is None else None
        suffix = _EXCHANGE_SUFFIX[ex.group(1)] if ex else None
        if suffix and not inst.id.endswith(suffix):
            # "rose 2% to Rs 1,700 on the BSE": of two lines in one market, the exchange the words name; the
            # reference holds India's NSE lines, and Yahoo gives a company's BSE line the same symbol with the
            # BSE's suffix (INFY.NS, INFY.BO)
            pick = next((x for x in others if x.id.endswith(suffix)), None)
            if pick is None and suffix == ".BO" and inst.id.endswith(".NS"):
                pick = replace(inst, id=inst.id[:-3] + ".BO", mic="XBOM")
        if pick is not None:
            out.append(replace(m, subject=_on(s, pick)))
        elif _foreign_line(inst, mk, named) and not _ticker_written(text, s):
            out.append(replace(m, subject=replace(s, id=None)))
        else:
            out.append(m if s is m.subject else replace(m, subject=s))
    return out


# a company's American depositary receipts ("Alibaba ADRs", "Infosys Ltd.'s American Depository Receipts")
_DEPOSITARY = re.compile(r"(?:(?P<base>.+?)(?:['’]s)?\s+)?(?:ADRs?|ADSs?|(?:American\s+)?Deposi[td]ory\s+(?:Receipts?|Shares?))")
_OWNER_BEFORE = re.compile(r"(?P<base>[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,4})['’]s\s+(?:American\s+)?$")
_LEGAL_TAIL = re.compile(r"\s+(?:Ltd|Inc|Corp|Co|Plc|PLC|Limited|Holdings?|Group)\.?$")


def _depositary_line(text: str, s: Entity, ref: Reference) -> Entity | None:
    """The US line of a company whose American depositary receipts the mention names: its line on
    the NYSE or Nasdaq, whatever the article's market."""
    m = _DEPOSITARY.fullmatch(" ".join(s.mention.split()))
    if m is None:
        return None
    base = m.group("base")
    if not base:
        before = _OWNER_BEFORE.search(text, max(0, s.start - 60), s.start)
        base = before.group("base") if before else None
    while base and _LEGAL_TAIL.search(base):
        base = _LEGAL_TAIL.sub("", base)
    if not base:
        return None
    for inst in ref.aliases.get(base.lower(), ()):
        if inst.type == "stock" and inst.currency == "USD" and "." not in inst.id:
            return _on(s, inst)
    return None


def _dollar_price(text: str, m: Move, line: Entity) -> str | None:
    """The currency of a move of a US line: a bare "$" is the dollar of New York, not the article's market."""
    if m.currency is None or m.currency == line.currency:
        return m.currency
    if re.search(r"(?<![A-Za-z])\$", text[m.span.start:m.span.end]):
        return line.currency
    return m.currency


def _line_of(ref: Reference, s: Entity) -> Instrument | None:
    """The reference's line of the entity's id, unless that symbol is another company's today (a 1987
    wire's "Mobil <MOB>": the text's symbol stands, the line of today is no line of it)."""
    inst = ref.instruments.get(s.id or "")
    return inst if inst is None or inst.name == s.name or same_company(s.name, inst.name) else None


def _unlinked(s: Entity) -> Entity:
    """The entity without the line it was read as: it keeps the name the text gives it (the words
    "AMC" in 1987 are no longer "AMC Entertainment Holdings")."""
    name = s.mention if s.mention[:1].isupper() and "\n" not in s.mention else s.name
    return replace(s, id=None, name=name)


def _ticker_written(text: str, s: Entity) -> bool:
    """The text gives the line's symbol after the name ("Honda <HMC>", "(NYSE: TM)"): that line is meant."""
    if not s.id or s.end <= 0:
        return False
    sym = re.escape(s.id.split(".")[0])
    return re.match(rf"[^<(]{{0,12}}(?:<{sym}(?:\.[A-Z]+)?>|\([A-Za-z ]{{2,14}}:\s*{sym}\)|\({re.escape(s.id)}\))",
                    text[s.end:s.end + 40]) is not None


def _foreign_line(inst: Instrument, mk: Market | None, named: list[str] | tuple[str, ...] = ()) -> bool:
    """A line abroad (a Frankfurt line of a US company) that neither the article's market nor an exchange
    its words name makes the line meant."""
    return inst.abroad and not ((mk is not None and mk.country == inst.country) or inst.country in named)


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


def event_lines(events: list[Event], ref: Reference, date: str | None, market: str | None,
                text: str = "") -> list[Event]:
    """An event's parties keep a line abroad (a Frankfurt line of an Italian carmaker) only where the
    article is of that market, and a line that did not trade at its date not at all: as for moves,
    no id beats a wrong one."""
    mk = ref.markets.get(market or "")
    out = []
    for ev in events:
        changed = False
        fields = []
        for k, v in ev.fields:
            if isinstance(v, Entity) and v.id:
                inst = _line_of(ref, v)
                if inst is not None and inst.type == "stock":
                    if not inst.traded_on(date) and not (inst.seen and _ticker_written(text, v)):
                        v, changed = _unlinked(v), True
                    elif _foreign_line(inst, mk) and not _ticker_written(text, v):
                        v, changed = replace(v, id=None), True
            fields.append((k, v))
        out.append(replace(ev, fields=tuple(fields)) if changed else ev)
    return out
