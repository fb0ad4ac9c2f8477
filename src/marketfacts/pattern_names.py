"""Entities found by a pattern of their own rather than by the shape of a
capitalised name: coupon bonds, money-market rates, futures contracts named
by their month, a place's benchmark index, an exchange or sub-index the
reference lacks, an index a company compiles, bond tenors and commodities.
Split from entities.py, which finds and links the names of a sentence.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .mention import EntityMention
from .named_markets import bond_of, exchange_end, sub_index_end
from .reference import Reference

# a bond named by its coupon and maturity: "the 8.83 per cent 10-year benchmark bond maturing in 2023", "the
# 7.18% 2033 bond"; its price moves, and "its yield" after it is the bond's yield
# (not "the sale of the tranche of 8-3/4 pct treasury bonds due 1997": an issue of it, no price)
_COUPON_BOND = re.compile(r"(?<![\d/.-])(?<!\bof\s)\b\d{1,2}(?:\.\d{1,3}|-\d/\d{1,2})?\s*(?:per\s*cent|percent|pct|%)\s+(?:(?:[\w-]+\s+){0,3}?"
                          r"(?:bond|security|paper|gilt|note|loan)s?\s+(?:maturing\s+(?:in\s+)?|due\s+(?:in\s+)?)(?:19|20)\d\d"
                          r"|(?:19|20)\d\d\s+(?:bond|paper|security|gilt|note|loan)s?)(?P<y>\s+yields?)?\b")
_ITS_YIELD = re.compile(r"\b[Ii]ts\s+yield\b")


def _add_named(m: re.Match[str], etype: str, rule: str, found: list[EntityMention], taken: list[tuple[int, int]],
               unit: str | None = None) -> EntityMention:
    """A name a pattern found, as written (its line breaks made spaces), and its span taken."""
    x = EntityMention(m.start(), m.end(), " ".join(m.group(0).split()), None, etype, rule, unit=unit)
    found.append(x)
    taken.append((m.start(), m.end()))
    return x


def _coupon_bonds(text: str, start: int, end: int, found: list[EntityMention], taken: list[tuple[int, int]]) -> None:
    last: EntityMention | None = None
    for m in _COUPON_BOND.finditer(text, start, end):
        last = _add_named(m, "bond", "coupon_bond", found, taken, unit="percent" if m.group("y") else None)
    if last is not None and last.unit is None:
        for y in _ITS_YIELD.finditer(text, last.end, end):
            found.append(EntityMention(y.start(), y.end(), last.name + " yield", None, "bond", "coupon_yield",
                                       unit="percent"))
            taken.append((y.start(), y.end()))


# a money-market rate, quoted in per cent as a yield is: "the overnight call money rate", "three-month sterling
# Libor", "the one-month HIBOR" (a central bank's policy rate is a decision's, not a market's: not here)
_MONEY_RATE = re.compile(r"\b(?:(?:overnight|one-week|two-week|one-month|three-month|six-month|12-month|\d{1,2}-(?:day|week|month))\s+)?"
                         r"(?:(?:sterling|dollar|euro|yen|domestic|local)\s+)?"
                         r"(?:(?:call\s+money|call|interbank(?:\s+offered)?)\s+rates?|interbank\s+(?:sterling|dollars?|eurodollars?)|"
                         # ("Fed funds opened at 6-1/16 pct": the overnight market's rate, not the Fed's target)
                         r"(?-i:Fed|Federal)\s+funds(?!\s+(?:rate|target|futures)\b)|"
                         r"(?-i:LIBOR|Libor|HIBOR|Hibor|SHIBOR|Shibor|"
                         r"EURIBOR|Euribor|TIBOR|Tibor|SIBOR|Sibor|MIBOR|Mibor|KLIBOR|SOFR|SONIA|BBSW))\b", re.I)


# "the July contract", "the December 2016 contract", "the SSE 50 October contract": a futures contract named by
# its delivery month (and the index or commodity it is on), a
# different instrument from the front month the article's other figures are of; no continuous id is its own
_MONTH_CONTRACT = re.compile(r"\b(?:(?!The\b|In\b|On\b|By\b|For\b)(?:[A-Z][A-Za-z0-9&.-]*|\d{1,3})\s+){0,2}(?P<month>January|February|March|April|May|June|July|August|September|October|November|"
                             r"December)(?:\s+(?:19|20)\d\d)?\s+contracts?\b")
_FIGURE_IN_NAME = re.compile(r"\d{1,3}")


def _month_contracts(text: str, start: int, end: int, found: list[EntityMention],
                     taken: list[tuple[int, int]]) -> None:
    for m in _MONTH_CONTRACT.finditer(text, start, end):
        month = m.start("month")
        if any(a < m.end() and m.start() < b and not (b <= month and _FIGURE_IN_NAME.fullmatch(text, a, b))
               for a, b in taken):
            continue  # (a number of the name before the month is the name's: "the SSE 50 October contract")
        _add_named(m, "commodity", "month_contract", found, taken)


def _money_rates(text: str, start: int, end: int, found: list[EntityMention], taken: list[tuple[int, int]]) -> None:
    for m in _MONEY_RATE.finditer(text, start, end):
        if not any(a < m.end() and m.start() < b for a, b in taken):
            _add_named(m, "bond", "money_rate", found, taken, unit="percent")


# "Taiwan's benchmark index", "Malaysia's main stock index": the index a place's market is measured by
_PLACE_INDEX = re.compile(r"['’]s\s+(?:(?:(?:benchmark|main|key|broader|broad|leading|primary|blue-chip|composite|"
                          r"weighted)\s+){1,2}(?:(?:stock|share|equity|stock\s+market|share\s+price)\s+)?index"
                          # "London's top tier", "Tokyo's benchmark", "Frankfurt's blue chips": the market's main index
                          # (and not "Europe's benchmark security": the word then names what it is of)
                          r"|(?:(?:main\s+|key\s+|stock\s+|share\s+)?(?:benchmark|barometer|gauge)|top[- ]tier|blue[- ]chips)"
                          r"(?=\s*[,.;]|\s+(?:index\b|closed|ended|finished|fell|rose|gained|lost|slipped|dropped|climbed|was|"
                          r"is|edged|added|shed|jumped|tumbled|slid|eased|advanced|declined|opened|traded|hit|touched)\b))\b")


def _place_index(text: str, x: EntityMention, ref: Reference) -> EntityMention:
    m = _PLACE_INDEX.match(text, x.end)
    mk = ref.markets.get(x.market or "")
    if m is None or mk is None:
        return x
    inst = ref.instruments.get(mk.benchmark)
    return EntityMention(x.start, m.end(), inst.name if inst is not None else text[x.start:m.end()], mk.benchmark,
                         "index", "place_index", country=mk.country, market=mk.code)


# a country's name before "'s benchmark index" ("Indonesia's main stock index"): the index of that
# country's market, where the country names no place of a market (its cities do)
_COUNTRY_POSS = re.compile(r"\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?(?=['’]s\s)")


def country_indexes(text: str, start: int, end: int, ref: Reference, found: list[EntityMention]) -> None:
    for m in _COUNTRY_POSS.finditer(text, start, end):
        code = ref.country_market.get(m.group(0))
        mk = ref.markets.get(code or "")
        pm = _PLACE_INDEX.match(text, m.end()) if mk is not None else None
        if mk is None or pm is None or any(x.start < pm.end() and m.start() < x.end for x in found):
            continue
        inst = ref.instruments.get(mk.benchmark)
        found.append(EntityMention(m.start(), pm.end(), inst.name if inst is not None else text[m.start():pm.end()],
                                   mk.benchmark, "index", "place_index", country=mk.country, market=mk.code))


def _an_exchange(text: str, x: EntityMention) -> EntityMention:
    """ "the Athens Stock Exchange rose 2%": a city's exchange the reference lacks is its market, no company."""
    if x.id is not None or x.type not in ("company", "stock"):
        return x
    e = exchange_end(text, x.end)
    return x if e is None else EntityMention(x.start, e, text[x.start:e], None, "market", "exchange_name")


def _sub_index(text: str, x: EntityMention) -> EntityMention:
    """ "the Nasdaq biotech index": a part of the market the index names, with no id of its own here."""
    e = sub_index_end(text, x.end)
    return x if e is None else EntityMention(x.start, e, text[x.start:e], None, "sector", "sub_index")


# "the Credit Suisse index", "the Commerzbank share index": an index a company compiles and names, not its stock
# ("the MSCI world equity index", "MSCI's broadest index": an index provider's index, not its own shares)
_INDEX_AFTER_COMPANY = re.compile(r"(?:['’]s)?\s+(?:(?:share|stock|general|world|global|all-country|emerging|emerging-markets?|"
                                  r"markets|equity|equities|broadest|broad|benchmark|developed|frontier|asia-pacific|asia|"
                                  r"european|international|composite|sector)\s+){0,4}[Ii]ndex\b")


def _company_index(text: str, x: EntityMention) -> EntityMention:
    if x.type not in ("company", "stock") or x.id is None:
        return x  # (a name the reference lacks keeps its words: "the broad-based Zeta index")
    m = _INDEX_AFTER_COMPANY.match(text, x.end)
    end = m.end() if m is not None else x.end if _INDEX_ENDS.search(text, x.start, x.end) else None
    if end is None:
        return x
    return EntityMention(x.start, end, text[x.start:end], None, "index", "company_index")


_INDEX_ENDS = re.compile(r"\s[Ii]ndex$")


def _bond(m: re.Match[str], ref: Reference, market: str | None) -> EntityMention:
    s, e, name, bid = bond_of(m, market)
    return EntityMention(s, e, name, bid, "bond", "bond_tenor", unit="percent")


def _commodity_core(words: str, ref: Reference) -> str | None:
    """The longest commodity name that stands as whole words in ``words``."""
    low = words.lower()
    best = None
    for name, pat in _commodity_patterns(ref):
        if name in low and pat.search(low):
            if best is None or len(name) > len(best):
                best = name
    return best


@lru_cache(maxsize=2)
def _place_openers(ref: Reference) -> frozenset[str]:
    """The first words of the places of two words ("Hong" of "Hong Kong"): a pair is tried only at those."""
    return frozenset(p.split()[0] for p in ref.places if p.count(" ") == 1)


@lru_cache(maxsize=2)
def _commodity_patterns(ref: Reference) -> list[tuple[str, re.Pattern[str]]]:
    """Each commodity name of ``ref`` with its whole-word pattern, compiled once."""
    return [(name, re.compile(r"(?:^|\s)" + re.escape(name) + r"(?:\s|$)")) for name in ref.commodities]
