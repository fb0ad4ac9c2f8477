"""The country a sentence names: by a country's name ("Sweden's consumer
prices", "in the euro area"), else by its demonym ("Polish output"), else the
article's market. Names and demonyms come from ``rules/countries.toml``
(generated from mledoze/countries) and ``rules/country_names.toml`` (the
names news uses that the data lacks)."""

from __future__ import annotations

import re
from functools import lru_cache

from .. import rule_files
from ..model import Entity

# a word that may open a country's name; lower-case only for "euro zone"
_WORD = re.compile(r"[A-Z][\w.'’-]*|euro[\s-]?(?:zone|area)\b")
_POSSESSIVE = re.compile(r"['’]s?$")
# a capitalised word straight after: the country's name is part of a longer one
# ("Jordan Smith", "Japan Airlines"), unless an acronym ("US Labor Department")
_LONGER_NAME = re.compile(r" [A-Z][a-z]")
# a currency named by its country ("4.18 billion U.S. dlrs", "Hong Kong dollars") names no country
_CURRENCY_AFTER = re.compile(r"\s+(?:dollars?|dlrs?|cents?|cts|currency)\b", re.I)


class _Table:
    def __init__(self) -> None:
        data = rule_files.load("countries.toml")["countries"]
        news = rule_files.load("country_names.toml")
        self.names: dict[str, str] = {}
        self.demonyms: dict[str, str] = {}
        self.by_code: dict[str, tuple[list[str], list[str]]] = {}
        for code, c in data.items():
            self.by_code[code] = ([c["name"], *news["names"].get(code, [])],
                                  [*c["demonyms"], *news["demonyms"].get(code, [])])
            for n in [*c["names"], *news["names"].get(code, [])]:
                self.names.setdefault(n, c["name"])
            for d in [*c["demonyms"], *news["demonyms"].get(code, [])]:
                self.demonyms.setdefault(d, c["name"])
        for group, written in news["groups"].items():
            for w in written:
                self.names[w] = group
        self.max_words = max(len(n.split()) for n in [*self.names, *self.demonyms])
        # the first words of every name, without a possessive or a full stop: most capitalised words
        # of a sentence are none of them and cost one set lookup
        self.first_words = frozenset(_bare(n.split()[0]) for n in [*self.names, *self.demonyms])
        self.agencies: dict[str, str] = {a: data[code]["name"] for code, names in news.get("agencies", {}).items()
                                         for a in names}
        self.agency_re = re.compile(r"\b(?:" + "|".join(re.escape(a) for a in sorted(self.agencies, key=len, reverse=True))
                                    + r")\b") if self.agencies else None
        self.markets = {code: m["country"] for code, m in rule_files.load("markets.toml")["markets"].items()
                        if m["country"] in self.names.values()}


@lru_cache(maxsize=1)
def _table() -> _Table:
    return _Table()


def names_of(code: str) -> tuple[list[str], list[str]]:
    """The short names and the demonyms of a country by its ISO code ("NO" ->
    ["Norway"], ["Norwegian"]): its common name and the names news gives it,
    not its formal names ("Kingdom of Norway")."""
    return _table().by_code.get(code, ([], []))


def demonym_words() -> frozenset[str]:
    """Every one-word demonym, lower case ("british", "kuwaiti")."""
    return frozenset(d.lower() for d in _table().demonyms if " " not in d)


def _bare(word: str) -> str:
    return _POSSESSIVE.sub("", word).rstrip(".,;:")


def _first(text: str, s: int, e: int, table: dict[str, str], max_words: int, firsts: frozenset[str]) -> str | None:
    for m in _WORD.finditer(text, s, e):
        if _bare(m.group(0)) not in firsts and not m.group(0).startswith("euro"):
            continue
        a = m.start()
        words = [m]
        # the longest name from here: "Trinidad and Tobago" before "Trinidad"
        for w in re.finditer(r"\S+", text[m.end():min(e, m.end() + 60)]):
            if len(words) >= max_words:
                break
            words.append(w)
        for k in range(len(words), 0, -1):
            end = m.end() if k == 1 else m.end() + words[k - 1].end()
            phrase = " ".join(text[a:end].split())
            for cand in (phrase, _POSSESSIVE.sub("", phrase), phrase.rstrip(".,;:")):
                hit = table.get(cand)
                if hit is not None and (cand != phrase or not _LONGER_NAME.match(text, end) or cand.isupper()
                                        or cand.endswith(".")) and not _CURRENCY_AFTER.match(text, end):
                    return hit
    return None


def country_in(text: str, s: int, e: int, market: str | None = None) -> Entity | None:
    """The country [s, e) names, else the market's; None if neither."""
    t = _table()
    name = _first(text, s, e, t.names, t.max_words, t.first_words) or \
        _first(text, s, e, t.demonyms, t.max_words, t.first_words)
    if name is None:
        return market_country(market, s)
    return Entity(name=name, id=None, type="country", mention=name, start=s, end=s)


def agency_country(text: str, s: int, e: int) -> Entity | None:
    """The country of the first agency of one country that [s, e) names ("the
    Commerce Department said": the United States), or None."""
    t = _table()
    m = t.agency_re.search(text, s, e) if t.agency_re is not None else None
    if m is None:
        return None
    name = t.agencies[m.group(0)]
    return Entity(name=name, id=None, type="country", mention=name, start=m.start(), end=m.start())


def currency_country(code: str | None, at: int) -> Entity | None:
    """The country whose own currency ``code`` is (ISO 4217 codes open with
    the country's ISO 3166 code: THB Thailand, PTE Portugal), or None for
    the currencies many countries report in (US dollars, euros) and the
    codes of no country (XAU, XDR)."""
    if not code or len(code) != 3 or code in ("USD", "EUR") or code.startswith("X"):
        return None
    name = _table().by_code.get(code[:2], ([None], []))[0][0]
    return None if name is None else Entity(name=name, id=None, type="country", mention=name, start=at, end=at)


def market_country(market: str | None, at: int) -> Entity | None:
    """The country of a market (``rules/markets.toml``), or None."""
    name = _table().markets.get(market or "")
    return None if name is None else Entity(name=name, id=None, type="country", mention=name, start=at, end=at)


def is_country_word(word: str) -> bool:
    """A word that starts a country's name or demonym ("Brazil", "Kuwaiti")."""
    return _bare(word) in _table().first_words


def is_country_name(phrase: str) -> bool:
    """A whole phrase that names a country or a group of them ("Brazil",
    "United States", "Mexico's")."""
    return _bare(phrase) in _table().names
