"""Bundled reference data: instruments with their aliases, markets, currency,
commodity and bond lexicons. Loaded once per process."""

from __future__ import annotations

import csv
import gzip
import io
import re
from dataclasses import dataclass
from functools import lru_cache, partial
from importlib import resources

from . import rule_files

# A lower-case alias led by one of these ("tech index", "blue-chip index")
# could name an index of any market: it counts only in its own market.
_GENERIC_LEAD = frozenset(["blue-chip", "tech", "benchmark", "broader", "small-cap", "mid-cap", "tech-heavy",
                           "junior", "h-share", "china", "euro", "pan-european", "main", "key", "composite"])


@dataclass(frozen=True, slots=True)
class Instrument:
    id: str
    type: str
    name: str
    mic: str
    currency: str
    country: str
    rank: int
    listed: str = ""  # "YYYY-MM" the line began trading, where the curated table knows it
    until: str = ""  # "YYYY-MM" it stopped (delisted, renamed), where known
    abroad: bool = False  # a second line outside the company's home country (a Frankfurt line of a US company)
    seen: str = ""  # "YYYY-MM" of the directory the line is known from, where that is all that is known of it

    def traded_on(self, date: str | None) -> bool:
        """The line traded at the article's date (unknown dates allow it). A line known only from a
        directory of today is no evidence for news much older: names are reused ("AMC" was American
        Motors in 1987, "Coastal" a gas producer), and the directory says nothing of when it began."""
        d = (date or "")[:7]
        if d and self.seen and d < seen_cutoff(self.seen):
            return False
        return not d or ((not self.listed or d >= self.listed) and (not self.until or d < self.until))


@dataclass(frozen=True, slots=True)
class Market:
    code: str
    benchmark: str
    currency: str
    dollar: str | None
    mic: str
    tz: str
    country: str
    legacy_currency: str | None


class Reference:
    """Alias tables for lookup. ``aliases`` maps a lower-cased alias to the
    instruments it may name, best first."""

    def __init__(self, before_directories: bool = False) -> None:
        self.instruments: dict[str, Instrument] = {}
        self.aliases: dict[str, list[Instrument]] = {}
        # aliases written in lower case ("tech index") only count in their market
        self.contextual: set[str] = set()
        self.lower_aliases: set[str] = set()
        self.lower_first: set[str] = set()
        self.first_words: set[str] = set()
        self.first_len: dict[str, int] = {}
        self.max_words = 1
        # the earliest month for which every line known only from a directory of today may be meant
        self.seen_cutoff = ""
        # acronyms of three letters only ever written in capitals ("BOE", "HAL"): a word cased
        # otherwise ("BoE", "Hal") is another name (longer names the datasets write in capitals,
        # "EVRAZ", are still names written otherwise)
        cased: dict[str, bool] = {}
        raw = resources.files("marketfacts").joinpath("data/instruments.tsv.gz").read_bytes()
        text = gzip.decompress(raw).decode("utf-8")
        for row in csv.DictReader(io.StringIO(text), delimiter="\t"):
            inst = Instrument(row["id"], row["type"], row["name"], row["mic"], row["currency"],
                              row["country"], int(row["rank"] or 0), row.get("listed") or "",
                              row.get("until") or "", row.get("abroad") == "1", row.get("seen") or "")
            if inst.seen:
                self.seen_cutoff = min(self.seen_cutoff or seen_cutoff(inst.seen), seen_cutoff(inst.seen))
                if before_directories:
                    continue
            self.instruments.setdefault(inst.id, inst)
            for alias in row["aliases"].split("|"):
                self._add(alias, inst, cased)
                if inst.type == "index" and _INDEX_NUMBER.fullmatch(alias.strip()):
                    # "ASX200", "FTSE100", "KOSPI200": an index's name written without its space
                    self._add(alias.strip().replace(" ", ""), inst, cased)
        for key, lst in self.aliases.items():
            # a line abroad only after every home line of the name; of lines alike, the one the name is
            # the whole name of ("Sumitomo" the trading house, not Sumitomo Electric), then the shortest
            # symbol, a company's ordinary shares (SUN.AX, not its hybrid notes SUNPF.AX)
            lst.sort(key=partial(_line_order, key))
        self.capitals_only = frozenset(k for k, caps in cased.items() if caps)
        m = rule_files.load("markets.toml")["markets"]
        self.markets: dict[str, Market] = {}
        self.market_names: dict[str, str] = {}
        self.places: dict[str, str] = {}
        for code, v in m.items():
            self.markets[code] = Market(code, v["benchmark"], v["currency"], v.get("dollar"), v["mic"],
                                        v["tz"], v["country"], v.get("legacy_currency"))
            for n in v["names"]:
                self.market_names[n.lower()] = code
            for p in v["places"]:
                self.places.setdefault(p, code)
        self.country_market = {mk.country: code for code, mk in self.markets.items()}
        self.country_market["China (mainland)"] = "CN"
        self.mic_market = {mk.mic: code for code, mk in self.markets.items()}
        for code, extra in (("CN", "XSHE"), ("IN", "XNSE"), ("US", "XNAS")):
            self.mic_market[extra] = code
        lex = rule_files.load("instruments.toml")
        self.currencies: dict[str, str] = {k.lower(): v for k, v in lex["currencies"].items()}
        self.pair_order: list[str] = lex["pair_order"]
        self.commodities: dict[str, tuple[str, str]] = {
            k.lower(): (v[0], v[1]) for k, v in lex["commodities"].items()
        }
        self.bond_words: dict[str, tuple[str, str]] = {k: (v[0], v[1]) for k, v in lex["bonds"].items()}
        self.index_futures: dict[str, str] = dict(lex["index_futures"])

    def _add(self, alias: str, inst: Instrument, cased: dict[str, bool]) -> None:
        alias = alias.strip()
        if not alias:
            return
        key = alias.lower()
        lst = self.aliases.setdefault(key, [])
        if inst not in lst:
            lst.append(inst)
        cased[key] = cased.get(key, True) and alias.isupper() and len(alias) <= 3
        if alias[0].islower():
            self.lower_aliases.add(key)
            self.lower_first.add(key.split()[0])
        if alias[0].islower() and key.split()[0] in _GENERIC_LEAD:
            self.contextual.add(key)
        words = key.split()
        self.first_words.add(words[0])
        self.first_len[words[0]] = max(self.first_len.get(words[0], 0), min(len(words), 8))
        self.max_words = max(self.max_words, min(len(words), 8))

    def lookup(self, phrase: str, market: str | None = None) -> Instrument | None:
        """The instrument a phrase names, preferring the article's market."""
        if "\n" in phrase:
            phrase = " ".join(phrase.split())  # a name wrapped across lines ("Marathon\nOil Co")
        key = phrase.lower()
        cands = self.aliases.get(key)
        if not cands or (key in self.capitals_only and not phrase.isupper()):
            return None
        if key in self.contextual:
            mk = self.markets.get(market or "")
            cands = [c for c in cands if mk and c.country == mk.country]
            if not cands:
                return None
        if market and market in self.markets:
            mkt = self.markets[market]
            # (a line abroad is local only to its own country: the Frankfurt line of a Dutch brewer is no
            # line of a report from Europe at large, though Frankfurt is that market's exchange)
            local = [c for c in cands if c.country == mkt.country or (not c.abroad and self.mic_market.get(c.mic) == market)]
            if local and local[0].rank >= cands[0].rank - 6:
                if local[0].seen and self._one_small_word(local[0], key, phrase) and _everyday(key):
                    return None  # (a small line a directory lists: "Zeta" alone is more often another firm)
                return local[0]
        best = cands[0]
        if best.abroad:
            # a company's line abroad, its home line unknown (a US company's Frankfurt line): it is the
            # line a report from that country means, no other's; no guess beats a wrong one
            return None
        if self._one_small_word(best, key, phrase):
            # one everyday-looking word that only a small company abroad answers to ("Zeta", "Saga"):
            # more often another firm of that name than this one; no guess beats a wrong one
            return None
        return best

    @staticmethod
    def _one_small_word(inst: Instrument, key: str, phrase: str) -> bool:
        return inst.type == "stock" and inst.rank <= _SMALL and " " not in key and not phrase.strip().isupper()


def _line_order(key: str, inst: Instrument) -> tuple[bool, int, bool, int]:
    return inst.abroad, -inst.rank, inst.name.lower() != key, len(inst.id)


@lru_cache(maxsize=1)
def _common_words() -> frozenset[str]:
    raw = resources.files("marketfacts").joinpath("data/common_words.txt").read_text("utf-8")
    return frozenset(raw.split())


def _everyday(word: str) -> bool:
    """A word short enough or common enough to name many firms, or none ("Zeta", "Target", "Delta");
    not a coined one ("GameStop", "Snowflake" is common neither)."""
    return len(word) <= 4 or word in _common_words()


# how many years before its directory a line known only from one may be meant
_SEEN_YEARS = 20


def seen_cutoff(seen: str) -> str:
    """The earliest year ("YYYY") an article may be of for a line known only from a directory of month ``seen``."""
    return f"{int(seen[:4]) - _SEEN_YEARS:04d}"


# a small or micro cap's line at home (FinanceDatabase's rank, doubled, plus one at home)
_SMALL = 7

# an index's name of one capitalised word and its number ("ASX 200", "FTSE 100")
_INDEX_NUMBER = re.compile(r"[A-Z][A-Za-z&]{1,9} \d{2,4}")


@lru_cache(maxsize=1)
def get_reference() -> Reference:
    return Reference()


@lru_cache(maxsize=1)
def _reference_before_directories() -> Reference:
    return Reference(before_directories=True)


def reference_for(date: str | None) -> Reference:
    """The reference to read names with in an article of this date: for old news, without the lines
    known only from a directory of today, whose names would otherwise be read into words that meant
    another firm then ("Coastal", "Permian", "AMC" in 1987)."""
    ref = get_reference()
    if date and ref.seen_cutoff and date[:7] < ref.seen_cutoff:
        return _reference_before_directories()
    return ref
