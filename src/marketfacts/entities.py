"""Find and link the entities of a sentence: listed companies and indices from
the bundled reference, currencies, commodities, bond yields, markets named
by place, and companies the reference does not know (found by the shape of
their names)."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import replace
from functools import lru_cache

from .cues import _cue_table
from .mention import EntityMention
from .name_context import (
    _AMERICAN_FORMS,
    _CAMEL_ANY,
    _CITY_OF_BASED,
    _CONTINENTAL_MICS,
    _COUNTRY_WORDS,
    _EUROPEAN_MICS,
    _FAR_MARKETS,
    _GEOGRAPHY,
    _INDEX_TAILS,
    _LEGAL_AFTER,
    _LISTING_WORDS,
    _NOT_NAME,
    _NOT_NAME_SUFFIXES,
    _OF_WHAT,
    _PERSON_AFTER,
    _PERSON_BEFORE,
    _SAID_AFTER,
    _SECTOR_WORDS,
    _TITLES,
    _WHO_AFTER,
    _everyday,
    _named_again,
    _sentence_start,
    _split_camel,
)
from .named_markets import LOCAL_CURRENCY, TENOR_WORDS
from .names import rules as name_rules
from .pattern_names import (
    _an_exchange,
    _bond,
    _commodity_core,
    _company_index,
    _coupon_bonds,
    _money_rates,
    _month_contracts,
    _place_index,
    _place_openers,
    _sub_index,
    country_indexes,
)
from .reference import Instrument, Reference, get_reference
from .sector_groups import SECTOR, SECTOR_GROUP, SECTOR_KEYS, SECTOR_NEXT
from .tickers_in_text import absorb_tickers, bracketed_names, explicit_tickers

# a word, or a lone "&"; written to open with one character class so that
# the regex engine skips to candidate characters instead of trying every one
# (initials keep their last stop, "E.F. Hutton", "J.C. Penney": the name goes on after them)
_TOKEN = re.compile(r"(?:[A-Z]\.){2,}(?=\s[A-Z][a-z])|[A-Za-z0-9&](?:(?<=[A-Za-z0-9])[\w&'’.\-/]*[\w&])?")
# legal forms of one country, and its market
_FORM_MARKET = {"oyj": "FI", "kgaa": "DE", "spa": "IT", "s.p.a.": "IT", "asa": "NO", "bhd": "MY", "berhad": "MY",
                "tbk": "ID", "nv": "NL", "n.v.": "NL"}
_EXTEND = {"index", "indexes", "holdings", "holding", "group", "inc", "inc.", "ltd", "ltd.",
           "corp", "corp.", "limited", "plc", "co", "co.", "corporation", "ag", "sa", "se"} | set(_FORM_MARKET)
_CONNECT = {"of", "and", "&", "de", "du", "la", "von", "der", "des", "y", "for"}


@lru_cache(maxsize=1)
def _stop_caps() -> frozenset[str]:
    return frozenset(name_rules()["stop_caps"]) | _roles()


@lru_cache(maxsize=1)
def _roles() -> frozenset[str]:
    return frozenset(name_rules()["business_roles"])


@lru_cache(maxsize=1)
def _weak_single() -> frozenset[str]:
    return frozenset(name_rules()["weak_single"])


@lru_cache(maxsize=1)
def _name_tails() -> frozenset[str]:
    return frozenset(name_rules()["name_tails"])


@lru_cache(maxsize=1)
def _descriptors() -> frozenset[str]:
    r = name_rules()
    return frozenset(r["descriptors"]) | frozenset(r["legal_suffixes"])


@lru_cache(maxsize=1)
def _lexicon_pattern() -> re.Pattern[str]:
    ref = get_reference()
    commod = sorted(ref.commodities, key=len, reverse=True)
    curr = sorted(ref.currencies, key=len, reverse=True)
    months = ("January|February|March|April|May|June|July|August|September|October|"
              "November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|"
              "Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?")
    mk = sorted(ref.market_names, key=len, reverse=True)
    iso = "|".join(sorted(set(ref.currencies.values())))
    alt = lambda xs: "|".join(re.escape(x) for x in xs)  # noqa: E731
    p = (
        r"(?P<market>\b(?i:" + alt(mk) + r"))\b"
        r"|(?P<bond>\b(?:the\s+)?(?:yields?\s+on\s+(?:the\s+)?)?(?:benchmark\s+)?"
        r"(?:(?P<bcountry>U\.S\.|US|UK|British|German|Japanese|Chinese|Australian|Italian|Spanish|French|Indian|Canadian|"
        r"Swiss|Korean|South\s+Korean|Dutch|Portuguese|Greek|New\s+Zealand|"
        r"(?:Britain|Germany|Japan|China|Australia|Italy|Spain|France|India|Canada|Switzerland|South\s+Korea|Korea|"
        r"Portugal|Greece|New\s+Zealand)['’]s)\s+)?"
        r"(?:(?P<tenor>\d{1,2}|[Tt]wo|[Tt]hree|[Ff]ive|[Ss]even|[Tt]en|[Tt]hirty)[- ]year\s+"
        r"(?:(?P<bcountry2>U\.S\.|US|UK|German|Japanese|Swiss|Italian|Spanish|French|Indian|Australian)\s+)?(?:benchmark\s+)?"
        r"(?P<bword>Treasury\s+(?:note|bond|yield)s?|Treasur(?:y|ies)|notes?|bonds?|government\s+bonds?|gilts?|[Bb]unds?|JGBs?|"
        r"BTPs?|OATs?|[Bb]onos?|yields?)"
        # "Bund yields", "gilt yields": a country's benchmark named without its tenor is its ten-year
        r"|(?P<bbench>[Bb]unds?|[Gg]ilts?|JGBs?|BTPs?|OATs?)(?=\s+yields?\b)"
        # "13-week notes", "three-month bills", "the 26-week treasury bills": money-market paper by its weeks
        r"|(?P<btenor>\d{1,2}|[Oo]ne|[Tt]hree|[Ss]ix|[Tt]welve)[- ](?P<tunit>week|month)\s+(?:(?:[Tt]reasury|[Gg]overnment|T-)\s*)?"
        r"(?P<bbill>notes?|bills?|T-bills?)\b)"
        r"(?:\s+yields?)?)"
        r"|(?P<commodity>\b(?:(?:spot|Spot|US|U\.S\.|Comex|COMEX|benchmark|Benchmark|LME|London|global|Global|"
        r"front-month|(?:" + months + r"))\s+)*(?i:" + alt(commod) + r")"
        r"(?:\s+(?:futures|prices?|contracts?))?)\b"
        r"|(?P<isopair>\b(?:" + iso + r")/(?:" + iso + r"))\b"
        # "dollar/yen", "the dollar-yen rate", "the won-dollar exchange rate"
        r"|(?P<pairslash>\b(?:Dollar|dollar|Euro|euro|Sterling|sterling|Yen|yen|[Ww]on|[Yy]uan|[Rr]upee|[Ff]ranc)[/-]"
        r"(?:Japanese\s+yen|yen|dollar|euro|Swiss\s+franc|sterling|won|yuan|rupee|franc)"
        r"(?:\s+(?:exchange\s+)?rate|\s+cross)?)\b"
        r"|(?P<currency>\b(?:(?:[Tt]he\s+)?(?:offshore\s+|onshore\s+)?(?i:" + alt(curr) + r")))(?!\s+(?:index|Index|bloc|zone|area|-denominated|certificates|deposits?|CDs?|[Cc][Dd]['’]s|bonds?|notes|loans?|interest|"
        r"borrowing|lending|money\s+market|swap\s+rates?|deposit\s+rates?|Libor|LIBOR)\b)\b"
        r"|" + _ANAPHOR
    )
    return re.compile(p)


# a capitalised name word right before a capitalised commodity word
_NAME_BEFORE_COMMODITY = re.compile(r"\b([A-Z][a-z][\w&'-]*)\s$")
# "sent shares down 7.6p": the shares of the company the clause is about
_PUSH_VERBS = ("sending", "leaving", "pushing", "driving", "taking", "sent", "left", "pushed", "drove", "took")
# the nouns "the ..." stands for a named thing with ("the stock", "the lender", "the gauge")
_THE_NOUNS = ("share price", "stock price", "stock", "shares", "barometer", "company", "firm", "group", "index", "currency", "gauge", "benchmark", "bank",
              "lender", "insurer", "miner", "developer", "carmaker", "automaker", "chipmaker", "startup", "pair", "unit",
              "utility", "airline", "carrier", "retailer", "brewer", "conglomerate", "operator", "producer", "giant",
              "telco")
# what a company is called by its trade, in an anaphor of its shares ("the software maker's shares", "the
# Texas-based company's stock", "shares of the drugmaker")
_ROLE_NOUN = (r"(?:[a-z]*maker|company|firm|group|lender|bank|insurer|miner|developer|operator|producer|retailer|"
              r"airline|carrier|giant|conglomerate|brewer|utility|startup|chain|supplier|manufacturer|provider|telco)")
_ROLE_POSS = re.compile(_ROLE_NOUN + r"['’]s")
# the words "the ... metal" may hold before its noun
_METAL_KINDS = ("precious", "yellow", "white", "red", "base", "grey", "gray", "industrial", "bellwether")
_ANAPHOR = (r"(?P<anaphor>\b(?:[Tt]he\s+(?:[a-z0-9][\w-]*\s+){1,3}(?:index|gauge|benchmark|barometer|average)(?![\w-])|"
            r"[Tt]he\s+(?:(?:[a-z][\w-]*|[A-Z][\w.]*-based)\s+){0,2}" + _ROLE_NOUN +
            r"(?=['’]s\s+(?:shares|stock|share\s+price|stock\s+price)\b)|"
            r"[Tt]he\s+(?:" + "|".join(_THE_NOUNS) + r")|"
            # "the metal", "the yellow metal": the commodity named before
            r"[Tt]he\s+(?:(?:" + "|".join(_METAL_KINDS) + r")\s+)?metal|"
            # "The rate opened at 1,480 won" after the won-dollar rate moved: the pair
            r"[Tt]he\s+(?:exchange\s+)?rate(?=\s+(?:opened|closed|ended|finished|rose|fell|climbed|slipped|"
            r"dropped|gained|stood|traded|was|hit|touched)\b)|"
            r"[Bb]oth\s+(?:indexes|indices|stocks|companies|shares|currencies)|"
            r"[Ii]ts\s+shares|[Ii]ts\s+(?:share\s+|stock\s+)?price|[Ii]ts\s+stock|"
            r"(?:" + "|".join(f"(?<={v} )" for v in _PUSH_VERBS) + r")shares|[Tt]heir\s+shares|[Ii]t|[Tt]hey|[Tt]he\s+[A-Za-z-]+-listed\s+shares|"
            r"[Ss]hares\s+of\s+the\s+(?:[\w-]+\s+)?" + _ROLE_NOUN + r"))\b")


_TENOR = re.compile(r"\d{1,2}(?:-year|-week|-month|$)")


# currencies quoted in dollars (EURUSD); the others are quoted per dollar (USDKRW)
_DOLLAR_BASES = frozenset(["EUR", "GBP", "AUD", "NZD"])


@lru_cache(maxsize=1)
def _lex_first() -> frozenset[str]:
    """Words a lexicon entry can start with: the pattern is tried only there."""
    ref = get_reference()
    t: set[str] = set()
    for name in list(ref.market_names) + list(ref.commodities) + list(ref.currencies):
        t.add(name.split()[0].lower())
    t.update(["the", "both", "its", "their", "it", "they", "shares", "spot", "us", "u.s", "comex", "benchmark", "lme", "london", "global", "front-month", "yields", "yield", "one-month", "three-month", "six-month", "twelve-month", "bund", "bunds", "gilt", "gilts", "jgb", "jgbs", "btp", "btps", "oat", "oats", "british", "german", "japanese", "japan's", "chinese", "australian", "italian", "spanish", "french", "indian", "canadian",
              "britain's", "germany's", "china's", "australia's", "italy's", "spain's", "france's", "india's", "canada's",
              "britain’s", "germany’s", "japan’s", "china’s", "australia’s", "italy’s", "spain’s", "france’s", "india’s", "canada’s", "uk", "offshore", "onshore", "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "dollar", "euro", "sterling", "yen"])
    return frozenset(t)


_INDEX_NOUNS = frozenset(["index", "gauge", "benchmark", "barometer", "average"])
_ANAPHOR_NOUNS = frozenset(_THE_NOUNS) | frozenset(["stocks", "share", "price", "companies", "indexes", "indices", "currencies", "metal", "rate", "exchange",
                                                    *_METAL_KINDS])


# a bond's tenor in words, and its number: "Two-year Treasury yields"
_TENOR_WORDS = TENOR_WORDS
_TENOR_WORDS_SET = frozenset(w + "-year" for w in _TENOR_WORDS)


def _lexicon_matches(text: str, start: int, end: int,
                     toks: list[re.Match[str]] | None = None) -> list[re.Match[str]]:
    """Matches of the lexicon pattern, tried only at words that can start an
    entry (a full scan with it is several times slower). ``toks`` are the
    span's word matches when the caller has them."""
    pat = _lexicon_pattern()
    first = _lex_first()
    out: list[re.Match[str]] = []
    pos = start
    if toks is None:
        toks = list(_TOKEN.finditer(text, start, end))
    index_noun: bool | None = None  # whether the span has a word an index anaphor ends in (found once, if asked)
    hints: list[tuple[int, int]] = []  # the words a sector group is built on
    for k, t in enumerate(toks):
        a = t.start()
        w = t.group(0)
        lw = w.lower().rstrip(".")
        if lw in SECTOR_KEYS and any(x.group(0).lower() in SECTOR_NEXT for x in toks[k + 1:k + 4]):
            hints.append((a, t.end()))  # (a group's noun or its verb follows within three words)
        if a < pos:
            continue
        if lw == "the" or lw == "its" or lw == "their" or lw == "both":
            # worth a try only before a lexicon word or an anaphor's noun
            nxt = _strip_poss(toks[k + 1].group(0).lower()).rstrip(".") if k + 1 < len(toks) else ""
            if nxt not in first and nxt not in _ANAPHOR_NOUNS and not nxt[:1].isdigit() and not nxt.endswith("-listed") \
                    and nxt not in _TENOR_WORDS_SET and not (lw == "the" and any(
                        _ROLE_POSS.fullmatch(x.group(0)) for x in toks[k + 1:k + 4])):
                if lw != "the":
                    continue
                if index_noun is None:
                    index_noun = any(text.find(w, start, end) >= 0 for w in _INDEX_NOUNS)
                if not index_noun or not any(t.group(0) in _INDEX_NOUNS for t in toks[k + 2:k + 5]):
                    continue
        if lw in first or (w[0].isdigit() and _TENOR.match(w)) or lw in _TENOR_WORDS_SET or (len(w) >= 7 and w[3:4] == "/" and w[:3].isupper()) \
                or (("-" in lw or "/" in lw) and re.split(r"[/-]", lw, maxsplit=1)[0] in first):
            m = pat.match(text, a, end)
            if m is not None and m.end() > a:
                out.append(m)
                pos = m.end()
    low = text[start:end]
    if "sub" in low or "sector" in low:
        out += [m for m in SECTOR.finditer(text, start, end) if m.start() >= start]
        out.sort(key=lambda m: m.start())
    if hints:
        groups: list[re.Match[str]] = []
        for ha, hb in hints:  # the group around each sector word, not a scan of the whole sentence
            g = SECTOR_GROUP.search(text, max(start, ha - 40), min(end, hb + 12))
            if g is not None and g.start() <= ha and (not groups or g.start() >= groups[-1].end()):
                groups.append(g)
        for g in groups:
            # a group wins over a shorter word inside it ("real estate" is no currency), loses to a longer one
            inside = [m for m in out if g.start() <= m.start() and m.end() <= g.end()]
            if any(m.start() < g.end() and g.start() < m.end() for m in out if m not in inside):
                continue
            out = [m for m in out if m not in inside] + [g]
            out.sort(key=lambda m: m.start())
    return out


_NEXT_WORDS = re.compile(r"(?:[ \t]+[A-Z0-9][\w&.-]*){1,3}")


def _known_index_tail(phrase: str, ref: Reference, market: str | None) -> tuple[int, Instrument] | None:
    """Where the last words of an anaphor's phrase name an index the reference
    knows ("the broad-based first section index"), and the index."""
    words = list(re.finditer(r"\S+", phrase))
    for k in range(2, len(words) - 1):
        inst = ref.lookup(phrase[words[k].start():], market)
        if inst is not None and inst.type == "index":
            return words[k].start(), inst
    return None


_OF_BEFORE = re.compile(r"(?:[A-Z][\w&'’-]*\s+){1,4}of\s+$")
_CAPS_BEFORE = re.compile(r"(?:[A-Z][\w&'’.-]*[ \t]+){1,3}$")


def _ends_a_longer_name(text: str, start: int, s: int, phrase: str, ref: Reference) -> bool:
    """The phrase's first word closes a known name that begins before it ("Bank of" + "China shares",
    "Sands" + "China shares", "Genting" + "Singapore shares")."""
    first = phrase.split()[0]
    m = _OF_BEFORE.search(text, max(start, s - 50), s)
    if m is not None:
        words = m.group(0).split()
        return any(ref.lookup(" ".join(words[k:] + [first])) is not None for k in range(len(words) - 1))
    m = _CAPS_BEFORE.search(text, max(start, s - 40), s)
    if m is None:
        return False
    words = m.group(0).split()
    return any(ref.lookup(" ".join(words[k:] + [first])) is not None for k in range(len(words)))


def _starts_a_longer_name(text: str, s: int, e: int, end: int, ref: Reference) -> bool:
    """The words at [s, e) begin a longer name the reference knows, written
    with capitals ("Euro STOXX 50", "Euro Stoxx 50")."""
    m = _NEXT_WORDS.match(text, e, end)
    if m is None:
        return False
    words = m.group(0).split()
    return any(" ".join([text[s:e], *words[:k]]).lower() in ref.aliases for k in range(len(words), 0, -1))


def find_entities(text: str, start: int, end: int, market: str | None,
                  ref: Reference | None = None,
                  blocked: list[tuple[int, int]] | None = None) -> list[EntityMention]:
    """Entity mentions in ``text[start:end]`` in text order, non-overlapping.
    ``blocked`` spans (the sentence's figures) are never part of a name."""
    ref = ref or get_reference()
    found: list[EntityMention] = []
    taken: list[tuple[int, int]] = list(blocked or [])
    if text.find("maturing", start, end) >= 0 or text.find(" bond", start, end) >= 0 or text.find("due ", start, end) >= 0:
        _coupon_bonds(text, start, end, found, taken)
    if text.find("rate", start, end) >= 0 or text.find("bor", start, end) >= 0 or text.find("BOR", start, end) >= 0 \
            or text.find("SOFR", start, end) >= 0 or text.find("interbank", start, end) >= 0 \
            or text.find(" funds", start, end) >= 0:
        _money_rates(text, start, end, found, taken)
    if text.find("contract", start, end) >= 0:
        _month_contracts(text, start, end, found, taken)
    coupons = [(x.start, x.end) for x in found]
    toks = list(_TOKEN.finditer(text, start, end))
    for m in _lexicon_matches(text, start, end, toks):
        kind = m.lastgroup
        s, e = m.start(), m.end()
        if coupons and any(a < e and s < b for a, b in coupons):
            continue  # (inside a bond named by its coupon)
        if kind == "market":
            if _ends_a_longer_name(text, start, s, m.group(0), ref):
                continue  # "Bank of China shares": the bank's, not the market of "China shares"
            code = ref.market_names[m.group(0).lower()]
            mk = ref.markets[code]
            inst = ref.instruments.get(mk.benchmark)
            found.append(EntityMention(s, e, m.group(0), mk.benchmark, "market", "market_name",
                                       country=mk.country, mic=mk.mic, market=code,
                                       currency=inst.currency if inst else mk.currency))
        elif kind == "bond":
            found.append(_bond(m, ref, market))
        elif kind == "commodity":
            words = m.group(0)
            nb = _NAME_BEFORE_COMMODITY.search(text, max(start, s - 30), s) if words[:1].isupper() else None
            if nb is not None and not _sentence_start(text, s) and not (
                    _sentence_start(text, nb.start(1)) and nb.group(1).lower() in common_words()):
                continue  # "Hemlo Gold", "Imperial Oil class A": a company's name, not the commodity
            core = _commodity_core(words, ref)
            if core is None:
                continue
            cid, unit = ref.commodities[core]
            fid: str | None = cid
            if cid.endswith("=F") and cid != "BZ=F" and (
                    _FOREIGN_VENUE_BEFORE.search(text, max(start, s - 40), s) or _FOREIGN_VENUE.match(words)
                    or _FOREIGN_VENUE_AFTER.match(text, e, min(end, e + 60))):
                fid = None  # ("copper on the Shanghai Futures Exchange", "LME copper": not the Comex contract)
            found.append(EntityMention(s, e, words, fid, "commodity", "commodity", unit=unit,
                                       currency="USD"))
        elif kind == "currency":
            w = m.group(0)
            if blocked and any(a <= s and e <= b for a, b in blocked):
                continue  # "820 billion yen": the unit of an amount, not a currency named
            bare = re.sub(r"^the\s+", "", w, flags=re.I)
            brazil = bare.lower() == "real" and re.search(r"(?:Brazil['’]s|Brazilian)\s+$", text[max(start, s - 20):s])
            if bare.lower() == "real" and not w.lower().startswith("the ") and not brazil:
                continue  # "Real compensation per hour fell": the word, not Brazil's currency
            if bare.lower() in ("rand", "won", "mark", "franc", "pound") and not (
                    w.lower().startswith("the ") or bare[0].isupper()
                    or re.search(r"[A-Z][a-z]+['’]s\s+$", text[max(start, s - 20):s])):
                continue  # "won the deal", "real estate" (but "South Africa's rand")
            if bare.lower() == "won" and not w.lower().startswith("the "):
                continue
            if _starts_a_longer_name(text, s + (len(w) - len(bare)), e, end, ref):
                continue  # "Euro STOXX 50": an index whose name starts with a currency's
            code = ref.currencies[re.sub(r"^(offshore|onshore)\s+", "", bare.lower())]
            if bare.lower().startswith("offshore") and code == "CNY":
                code = "CNH"
            found.append(EntityMention(s + (len(w) - len(bare)), e, bare, code, "currency", "currency",
                                       currency=code))
        elif kind == "isopair":
            a, b = m.group(0).split("/")
            found.append(EntityMention(s, e, m.group(0), a + b, "currency_pair", "pair", currency=b))
        elif kind == "pairslash":
            a, b = re.split(r"[/-]", re.sub(r"\s+(?:exchange\s+)?rate$|\s+cross$", "", m.group(0)), maxsplit=1)
            ca = ref.currencies.get(a.lower())
            cb = ref.currencies.get(re.sub(r"\s+", " ", b.lower()))
            if ca and cb:
                if cb == "USD" and ca not in _DOLLAR_BASES:
                    ca, cb = cb, ca  # "the won-dollar rate": won per dollar, as the market quotes it
                found.append(EntityMention(s, e, m.group(0), ca + cb, "currency_pair", "pair",
                                           currency=cb))
        elif kind == "sector":
            w = re.sub(r"^[Tt]he\s+", "", m.group(0))
            found.append(EntityMention(e - len(w), e, w, None, "sector", "sector_phrase"))
        elif kind == "anaphor":
            w = m.group(0)
            if ref.lookup(w[4:], market) is not None:
                continue  # "the dollar index": a name the reference knows, not an anaphor
            tail = _known_index_tail(w, ref, market)
            if tail is not None:
                # "the broad-based first section index": the index the last words name (TOPIX)
                at, inst = tail
                found.append(EntityMention(s + at, e, w[at:], inst.id or None, "index", "reference", country=inst.country,
                                           mic=inst.mic, currency=inst.currency))
                taken.append((s + at, e))
                continue
            found.append(EntityMention(s, e, w, None, "anaphor", "anaphor",
                                       plural=w.lower().startswith(("both", "they", "their"))))
        taken.append((found[-1].start, found[-1].end))
    if text.find("<", start, end) >= 0:
        bracketed_names(text, start, end, found, taken)

    _cap_sequences(text, toks, market, ref, found, taken)
    if text.find("'s", start, end) >= 0 or text.find("’s", start, end) >= 0:
        found = [_without_place(text, x, ref) for x in found]
    if any(text.find(w, start, end) >= 0 for w in ("index", "benchmark", "barometer", "gauge", "tier", "chips")):
        found = [_place_index(text, x, ref) if x.type == "place" and x.market else x for x in found]
        if text.find("'s ", start, end) >= 0 or text.find("’s ", start, end) >= 0:
            country_indexes(text, start, end, ref, found)
    if market and (text.find("local", start, end) >= 0 or text.find("domestic", start, end) >= 0):
        home = ref.markets.get(market)
        for lm in LOCAL_CURRENCY.finditer(text, start, end):
            # "the local currency closed at 1,301.2 won": the currency of the report's market
            if home is not None and home.currency != "USD" and not any(a < lm.end() and lm.start() < b for a, b in taken):
                found.append(EntityMention(lm.start(), lm.end(), lm.group(0), home.currency, "currency", "local_currency",
                                           currency=home.currency))
    if text.find("Exchange", start, end) >= 0:
        found = [_an_exchange(text, x) for x in found]
    found = [_sub_index(text, x) if x.type == "index" else _company_index(text, x) for x in found]
    subs = [(x.start, x.end) for x in found if x.rule == "sub_index"]
    if subs:
        found = [x for x in found if x.rule == "sub_index" or not any(a <= x.start and x.end <= b for a, b in subs)]
    found.sort(key=lambda x: x.start)
    found = [x for x in found if not _everyday_opener(text, x)]
    if text.find("<", start, end) >= 0 or text.find(":", start, end) >= 0 or (
            text.find(")", start, end) >= 0 and _SUFFIXED_TICKER.search(text, start, end) is not None):
        found = explicit_tickers(text, start, end, found, ref)
    return absorb_tickers(text, found)


# words that follow "and" inside a lender's name: "Harris Trust and Savings Bank", "First Federal Savings
# and Loan"
_AND_THRIFT = frozenset(["savings", "loan", "loans"])


def _cap_sequences(text: str, matches: list[re.Match[str]], market: str | None, ref: Reference,
                   found: list[EntityMention], taken: list[tuple[int, int]]) -> None:
    """Names in a sentence (its word ``matches``): the longest known name at
    each word, else a run of capitalised words that is not a place or a
    sentence opener."""
    stop = _stop_caps()
    tails = _name_tails()
    desc = _descriptors()
    common = common_words()
    toks = [m.span() for m in matches]
    words = [m.group(0) for m in matches]
    # a word run into a capitalised one is rare: look for one before splitting
    if matches and _CAMEL_ANY.search(text, matches[0].start(), matches[-1].end()) is not None:
        _split_camel(toks, words, common)
    n = len(toks)
    if n == 0:
        return
    clean = [_strip_poss(w) if ("'" in w or "’" in w) else w for w in words]
    lows = [c.lower().rstrip(".") for c in clean]
    # run[k]: how many words from k on are joined by single spaces
    run = [1] * n
    for k in range(n - 2, -1, -1):
        # a line break inside a sentence is a wrap of hard-wrapped wire copy
        if toks[k + 1][0] - toks[k][1] == 1 and text[toks[k][1]] in " \n" and words[k + 1] != "The":
            run[k] = run[k + 1] + 1  # ("View Photo The Athens Stock Exchange": a capital "The" opens a new name)
    blocked = [False] * n
    if taken:
        # the words each taken span overlaps: the words are in order and
        # apart, so they are a run found by bisection (spans are few, words many)
        starts = [a for a, _ in toks]
        ends = [b for _, b in toks]
        for a, b in taken:
            for k in range(bisect_right(ends, a), bisect_left(starts, b)):
                blocked[k] = True
    first_len = ref.first_len

    def after_name(k: int) -> bool:
        """Word ``k`` follows a capitalised word of the same name, not what the business is."""
        return k > 0 and run[k - 1] > 1 and words[k - 1][:1].isupper() and lows[k - 1] not in _roles()

    def longest(i: int, need_upper: bool) -> tuple[int, object, int, int] | None:
        maxl = max(first_len.get(lows[i], 0), first_len.get(words[i].lower(), 0))
        for L in range(min(maxl, run[i], n - i), 0, -1):
            if blocked[i]:
                continue  # a name may hold a number ("FTSE 100"), never start with a figure
            ps, pe = toks[i][0], toks[i + L - 1][1]
            phrase = _strip_poss(text[ps:pe])
            if phrase[:1].islower() and (need_upper or phrase.lower() not in ref.lower_aliases):
                continue
            inst = ref.lookup(phrase, market)
            if inst is None and len(phrase) < pe - ps:
                inst = ref.lookup(text[ps:pe], market)  # "McDonald's", "Lowe's": the "'s" is the name's own
                if inst is not None:
                    phrase = text[ps:pe]
            if inst is None:
                continue
            if L > 1:
                return (L, inst, ps, ps + len(phrase))
            at_home = _home(inst, market, ref)
            # a home small cap's first word alone, not when it is part of a longer name
            # ("Yuexiu Services Group", "National Westminster"), except after what the business is
            alone = at_home and not (run[i] > 1 and words[i + 1][:1].isupper()) and not after_name(i)
            if not (_single_ok(phrase, inst.rank, inst.name, alone)
                    # an acronym of four or more capitals for a company of the article's own market ("NDTV"
                    # in an Indian report) names it, however small
                    or (len(phrase) >= 4 and phrase.isupper() and phrase.isalpha() and at_home)):
                continue
            if inst.type == "stock" and not at_home and _opened_another_name(text, ps, phrase, ref):
                continue  # "Continental said" after "Continental Bank of Canada": that company, not Continental AG
            return (L, inst, ps, ps + len(phrase))
        return None

    lower_first = ref.lower_first
    places = ref.places
    i = 0
    while i < n:
        w0 = words[i]
        if blocked[i] or (w0[0].islower() and lows[i] not in lower_first and lows[i] not in places):
            i += 1
            continue
        w0c, low0 = clean[i], lows[i]
        hit = longest(i, False) if low0 in first_len or (w0c != w0 and w0.lower() in first_len) else None
        if hit is not None and hit[0] == 1 and w0.isupper() and (w0c in ref.places or (
                w0c.title() in ref.places and _DATELINE_AFTER.match(text, toks[i][1]))):
            hit = None  # "on the BSE": the exchange, not the listed company; "ZURICH -": a dateline's city
        if hit is not None and _FOREIGN_OF.match(text, hit[3]):
            hit = None  # "Societe Generale de Belgique": a longer name, another company than Société Générale
        if hit is not None:
            # a longer name starting inside this one wins ("tech-heavy Nasdaq
            # Composite Index": "Nasdaq Composite", not "tech-heavy Nasdaq")
            for i2 in range(i + 1, i + hit[0]):
                h2 = longest(i2, True)
                if h2 is not None and i2 + h2[0] > i + hit[0]:
                    hit = (i2 - i + h2[0], h2[1], h2[2], h2[3])
                    break
            L, inst, ps, pe = hit
            j = i + L
            # "Index", "Holdings", "Ltd" after a known alias belong to it
            while j < n and run[j - 1] > 1 and lows[j] in _EXTEND and pe == toks[j - 1][1]:
                pe = toks[j][0] + len(clean[j])  # ("the Adani Group's offer": the name without its "'s")
                j += 1
                if len(clean[j - 1]) < len(words[j - 1]):
                    break
            assert isinstance(inst, Instrument)
            form = next((_FORM_MARKET[lows[t]] for t in range(i + L, j) if lows[t] in _FORM_MARKET), None)
            if form is not None and form in ref.markets:
                # a legal form of one country after the name ("Amer Sports Oyj", "Nokia OYJ"): that country's line,
                # else none (not a New York line of today's namesake, nor a Frankfurt line)
                home_line = ref.lookup(text[ps:toks[i + L - 1][1]], form)
                if home_line is None or home_line.country != ref.markets[form].country:
                    found.append(EntityMention(ps, pe, text[ps:pe], None, "company", "reference_unlinked"))
                    i = j
                    continue
                inst = home_line
            while j < n and run[j - 1] > 1 and pe == toks[j - 1][1] and not blocked[j] and \
                    (inst.name.lower() + " ").startswith(text[ps:toks[j][1]].lower() + " "):
                pe = toks[j][1]  # "Fortescue Metals Group": the company's own name, written out
                j += 1
            if inst.type == "stock" and _EXCHANGE_WORD.search(text, ps, pe) and _ON_THE_BEFORE.search(text, max(0, ps - 8), ps):
                i = j  # "closed at $31.40 on the Singapore Exchange": where it traded, not the operator's shares
                continue
            joined = j < n and run[j - 1] > 1 and pe == toks[j - 1][1] and not blocked[j]
            if inst.type == "index" and L == 1 and joined and lows[j] in _INDEX_NAME_COMPANY_WORDS:
                # "Dow Chemical", "Nikkei Inc": an index's short name opening a company's (no guess at which)
                i = _unknown_run(text, toks, words, lows, run, blocked, i, stop, found)
                continue
            # an American legal form after the short name of a company of continental Europe names
            # another company ("Continental Corp" is not Continental AG)
            other_form = inst.type == "stock" and inst.mic in _CONTINENTAL_MICS and any(
                lows[t] in _AMERICAN_FORMS for t in range(i + L, j))
            if other_form or inst.type == "stock" and joined and (
                    _name_word(words[j], lows[j], stop, ref)
                    or _sister_name_end(words, lows, run, blocked, j, stop) is not None
                    # "Continental Illinois Corp": a place, then a legal form, ends a longer name
                    or (clean[j] in ref.places and j + 1 < n and run[j] > 1 and lows[j + 1] in _LEGAL_AFTER)
                    or (words[j] in _COUNTRY_WORDS and j + 1 < n and lows[j + 1] not in _LISTING_WORDS)):
                # "Union Carbide", "Philips Petroleum": a known short name that
                # opens a longer one names another company; "Shell Canada" a
                # local company, not the parent's line; no guess
                i = _unknown_run(text, toks, words, lows, run, blocked, i, stop, found)
                continue
            if inst.type == "stock" and market in _FAR_MARKETS and inst.mic in _EUROPEAN_MICS:
                # a report from Asia, the Americas or Australia means a company's
                # home line, not a London or Frankfurt one the reference happens
                # to hold (HSBC in Hong Kong is not HSBA.L, Symantec not SYM.DE):
                # the name is kept, with no id; no guess beats a wrong guess
                found.append(EntityMention(ps, pe, text[ps:pe], None, "company", "reference_unlinked"))
                i = j
                continue
            mk = ref.mic_market.get(inst.mic) or ref.country_market.get(inst.country)
            found.append(EntityMention(ps, pe, text[ps:pe], inst.id or None, inst.type, "reference",
                                       country=inst.country, mic=inst.mic, currency=inst.currency, market=mk))
            i = j
            continue
        place_index = next((L for L in (3, 2) if i + L < n and all(run[t] > 1 for t in range(i, i + L))
                            and " ".join(clean[i:i + L]) in ref.places and lows[i + L] in _INDEX_TAILS
                            and words[i + L][:1].isupper() and not blocked[i + L]), 0)
        if place_index:
            # "The Hong Kong Index shed 10.69": an index named for its place, which the reference lacks
            ps, pe = toks[i][0], toks[i + place_index][0] + len(clean[i + place_index])
            found.append(EntityMention(ps, pe, text[ps:pe], None, "index", "name_shape"))
            i += place_index + 1
            continue
        if w0c not in ref.places and len(w0c) > 2 and w0c.isupper() and w0c.title() in ref.places \
                and _sentence_start(text, toks[i][0]):
            # a wire dateline in capitals: "TORONTO - Alcan added 1/4"
            found.append(EntityMention(toks[i][0], toks[i][1], w0c, None, "place", "place",
                                       market=ref.places[w0c.title()]))
            i += 1
            continue
        two = words[i] + " " + clean[i + 1] if i + 1 < n and run[i] > 1 and words[i] in _place_openers(ref) else ""
        if two in ref.places and not blocked[i + 1] and _business_name_end(words, lows, run, blocked, i + 1) is None \
                and not (i + 2 < n and run[i + 1] > 1 and words[i + 2][:1].isupper() and clean[i + 1] == words[i + 1]):
            # "Hong Kong's main index", "in New York": a place of two words
            found.append(EntityMention(toks[i][0], toks[i + 1][0] + len(clean[i + 1]), two, None, "place", "place",
                                       market=ref.places[two]))
            i += 2
            continue
        if w0c in ref.places:
            end_k = _business_name_end(words, lows, run, blocked, i)
            if end_k is not None:
                # "London International Group", "Hongkong Land Holdings": a company named for its place
                ps, pe = toks[i][0], toks[end_k][1]
                found.append(EntityMention(ps, pe, text[ps:pe], None, "company", "name_shape"))
                i = end_k + 1
                continue
            found.append(EntityMention(toks[i][0], toks[i][0] + len(w0c), w0c, None, "place", "place",
                                       market=ref.places[w0c]))
        if low0 in _demonyms() and not (i + 1 < n and run[i] > 1 and words[i + 1][:1].isupper()):
            i += 1  # "Spanish registered unemployed rose", "Dutch central bank": a people's word, not a name
            continue
        # a capitalised "He" inside a sentence is a name ("Vice Premier He Lifeng"), not the pronoun
        suffixed = i + 1 < n and run[i] > 1 and lows[i + 1] in _LEGAL_AFTER and words[i + 1][:1].isupper()
        # "British Airways", "American Express Co": a demonym opening a business's name
        suffixed = suffixed or (low0 in stop and i + 1 < n and run[i] > 1 and low0 in _demonyms()
                                and _business_name_end(words, lows, run, blocked, i) is not None)
        # "National Westminster Bank Plc", "General Signal Corp": an adjective that opens many names, then
        # a word of the name's own and a word of business
        suffixed = suffixed or (low0 in _NAME_OPENERS and i + 1 < n and run[i] > 1 and words[i + 1][:1].isupper()
                                and lows[i + 1] not in stop
                                and _business_name_end(words, lows, run, blocked, i) is not None)
        if not w0[0].isupper() or (low0 in stop and not suffixed and not (low0 == "he" and w0 == "He" and i + 1 < n and run[i] > 1
                                                        and words[i + 1][:1].isupper()
                                                        and not _sentence_start(text, toks[i][0]))) \
                or low0.endswith(_NOT_NAME_SUFFIXES):
            i += 1
            continue
        # a name the reference does not know: a run of capitalised words
        j = i
        while j < n and not blocked[j] and (j == i or run[j - 1] > 1):
            w = words[j]
            if lows[j].endswith(_NOT_NAME_SUFFIXES):
                break
            if w[0].isupper() or w[0].isdigit() or w == "&":
                j += 1
                if w.endswith(("'s", "’s")):
                    break
                continue
            if j > i and j + 1 < n and lows[j] in _CONNECT and run[j] > 1 and words[j + 1][:1].isupper() \
                    and (w != "and" or lows[j + 1] in desc or lows[j + 1] in _AND_THRIFT):
                j += 1
                continue
            break
        if i < j < n and run[j - 1] > 1 and lows[j].endswith(_NOT_NAME_SUFFIXES) and words[j][:1].isupper():
            i = j + 1  # "North Carolina-based", "Hong Kong-listed": the words open a modifier, not a name
            continue
        k = i
        # a title opens a person's name: "Finance Minister Lena Ortiz" names Lena Ortiz
        for t in range(j - 2, i - 1, -1):
            if lows[t] in _TITLES:
                k = t + 1
                break
        # trailing connectors and stop words ("Square IPO") never end a name,
        # but the place after "of" does ("Bank of East Asia", "Bank of China")
        of_at = next((t for t in range(k + 1, j - 1) if lows[t] == "of"), -1)
        place_of = of_at > k and lows[k] not in stop and j - of_at <= 4 and \
            (clean[j - 1] in ref.places or clean[j - 1].lower() in _GEOGRAPHY
             or " ".join(clean[of_at + 1:j]) in ref.places) and \
            all(words[t][:1].isupper() for t in range(of_at + 1, j))
        if not place_of:
            j = _trim_tail(j, k, lows, words, stop, tails)
        if k < j:
            ps, pe = toks[k][0], toks[j - 1][1]
            phrase = _strip_poss(text[ps:pe]).rstrip(".,")
            only_places = (all(clean[t] in ref.places or lows[t] in stop for t in range(k, j)) or phrase in ref.places) \
                and not (j - k >= 2 and lows[j - 1] in _LEGAL_AFTER)
            pe = ps + len(phrase)
            if not only_places and len(phrase.split()) == 1 and phrase[1:].islower() and _sentence_start(text, ps) \
                    and not _named_again(text, phrase, pe) and (
                        _OF_WHAT.match(text, pe)  # "Receipts at gasoline stations rose": a plain noun and what it is of
                        or (phrase.lower() not in _SECTOR_WORDS and _everyday(phrase.lower(), common))):
                only_places = True  # "Imports rose", "Consequently": an everyday word, not a name
            if not only_places and ("/" in phrase or "-" in phrase) and \
                    all(part.lower() in stop for part in re.split(r"[/-]", phrase)):
                only_places = True  # "July/September", "September-August": months, not a name
            if not only_places and phrase.isupper() and _DATELINE_AFTER.match(text, pe) and \
                    (ps == 0 or text[ps - 1] == "\n" or not text[:ps].strip()):
                only_places = True  # "DETROIT (Reuters) -", "SAN JOSE, Calif. -": a dateline's city, not a company
            if not only_places and _OFFICE_NEXT.match(text, pe):
                only_places = True  # "the Finance Ministry said": the words of an office, not a company
            if not only_places and j - k <= 6 and _country_name(phrase):
                only_places = True  # "Mexico fell 2 pct": a country, not a company the reference lacks
            if not only_places and _CITY_OF_BASED.match(text, pe):
                only_places = True  # "the Raleigh, North Carolina-based company": a city, not a name
            if not only_places and _valid_unknown(phrase):
                inst2 = ref.lookup(phrase, market)
                at_home = inst2 is not None and _home(inst2, market, ref)
                other = inst2 is not None and " " not in phrase and not at_home \
                    and _opened_another_name(text, ps, phrase, ref)
                if inst2 is not None and " " not in phrase and (
                        other or not _single_ok(phrase, inst2.rank, inst2.name, at_home and not after_name(k))):
                    inst2 = None  # "Medical care services": a word, not a short form of a company
                if inst2 is not None:
                    found.append(EntityMention(ps, pe, phrase, inst2.id, inst2.type, "reference",
                                               country=inst2.country, mic=inst2.mic, currency=inst2.currency))
                elif other:
                    found.append(EntityMention(ps, pe, phrase, None, "company", "name_shape"))
                elif _is_person(text, ps, pe, phrase):
                    found.append(EntityMention(ps, pe, phrase, None, "person", "person_context"))
                elif lows[j - 1] in _INDEX_TAILS:
                    found.append(EntityMention(ps, pe, phrase, None, "index", "name_shape"))  # "Hong Kong Index"
                else:
                    found.append(EntityMention(ps, pe, phrase, None, "company", "name_shape"))
            for t in range(i + 1, j):
                if clean[t] in ref.places:
                    found.append(EntityMention(toks[t][0], toks[t][0] + len(clean[t]), clean[t], None, "place",
                                               "place", market=ref.places[clean[t]]))
        i = max(j, i + 1)


# words of business after an index's short name that make the two a company's name ("Dow Chemical")
_INDEX_NAME_COMPANY_WORDS = frozenset(["chemical", "chemicals", "corning", "inc", "inc.", "corp", "corp.", "co", "co.",
                                       "ltd", "holdings", "group", "plc"])


# the words a company's name ends in, besides the descriptors and legal forms
# a name's own "of" in another language, and the name word after it
_FOREIGN_OF = re.compile(r" (?:de|du|des|del|della|di|do|da|dos|das|van|von|y) (?:la |le |l'|los |las )?[A-Z][a-z]")
_BUSINESS_TAILS = frozenset(["bank", "airlines", "airways", "land", "telecom", "electric", "petroleum", "oil",
                             "steel", "mining", "shipping", "brewery", "breweries", "stores", "insurance",
                             "airport", "railway", "power", "gas", "motors", "trust", "securities", "foods"])


_DATELINE_AFTER = re.compile(r"(?:,\s*[A-Za-z. ]{2,20})?\s*(?:\((?:Reuters|AP|AFP|Bloomberg|Dow\s+Jones|Xinhua|dpa|IANS|PTI|"
                             r"Kyodo|Yonhap|MarketWatch|CNN|CNNMoney|Business\s+Wire|PRNewswire)\)\s*)?[-–—]")
_OFFICE_NEXT = re.compile(r"\s+(?:Ministry|Department|Bureau|Agency)\b")


# an exchange abroad that trades its own contract of a commodity whose id here is a US future (Comex copper,
# CBOT wheat): the price there is of another instrument, with no id of its own here
_VENUES = (r"(?:SHFE|Shanghai\s+Futures\s+Exchange|Shanghai|Dalian|Zhengzhou|LME|London\s+Metal\s+Exchange|London|"
           r"TOCOM|Tokyo\s+Commodity\s+Exchange|Tokyo|MCX|Multi\s+Commodity\s+Exchange|Bursa\s+Malaysia|SGX|"
           r"Singapore\s+Exchange|Euronext|Matif|MATIF)")
_SUFFIXED_TICKER = re.compile(r"\.[A-Z]{1,2}\)")  # "(0700.HK)", "(ZETA.O)": a ticker with its venue's suffix
_EXCHANGE_WORD = re.compile(r"\b(?:Exchanges?|Bourse|Boerse|Börse|Borsa|Bolsa)\b")
_ON_THE_BEFORE = re.compile(r"\b(?:on|at)\s+the\s+\Z")
_FOREIGN_VENUE = re.compile(_VENUES + r"\b")
_FOREIGN_VENUE_BEFORE = re.compile(r"\b" + _VENUES + r"(?:['’]s)?\s+(?:[\w-]+\s+){0,2}\Z")
_FOREIGN_VENUE_AFTER = re.compile(r"[^.;,]{0,40}?\b(?:on|at|in)\s+(?:the\s+)?" + _VENUES + r"\b")


# "Britain's Dixons Group PLC", "Japan's Sumoto Heavy Industries": a country's possessive before a name the
# reference does not know is the company's home, not part of its name
_PLACE_POSSESSIVE = re.compile(r"(?P<p>[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)['’]s\s+(?=[A-Z0-9])")


def _without_place(text: str, x: EntityMention, ref: Reference) -> EntityMention:
    if x.id is not None or x.type not in ("company", "stock"):
        return x
    m = _PLACE_POSSESSIVE.match(text, x.start, x.end)
    if m is None or not (_country_name(m.group("p")) or m.group("p") in ref.places) or x.end - m.end() < 3:
        return x
    return replace(x, start=m.end(), name=" ".join(text[m.end():x.end].split()))


def _country_name(phrase: str) -> bool:
    from .events.countries import is_country_name
    return is_country_name(phrase)


@lru_cache(maxsize=1)
def _demonyms() -> frozenset[str]:
    from .events.countries import demonym_words
    return demonym_words()


def _name_word(w: str, low: str, stop: frozenset[str], ref: Reference) -> bool:
    """A capitalised word that can go on a company's name: not a stop word,
    a place, a month or a lone initial."""
    return w[:1].isupper() and low not in stop and w not in ref.places and len(w) > 1 \
        and not (w.isupper() and len(w) <= 3) \
        and (low not in common_words() or low in _BUSINESS_TAILS or low in _descriptors())  # not "Alibaba Could"


# words that open many companies' names and, alone, none ("National", "General")
_NAME_OPENERS = frozenset(["national", "international", "general", "united", "first", "federal", "american",
                           "royal", "standard", "continental", "commonwealth"])


def _business_name_end(words: list[str], lows: list[str], run: list[int], blocked: list[bool], i: int) -> int | None:
    """Where a name led by a place ends, if it ends in a word of business
    ("Group", "Bank", "Airlines"): the index of that word, else None."""
    k = i
    last = None
    while k + 1 < len(words) and run[k] > 1 and not blocked[k + 1] and words[k + 1][:1].isupper() and k - i < 4:
        k += 1
        if lows[k] in _descriptors() or lows[k] in _BUSINESS_TAILS:
            last = k
    return last


# the last words of a sister company's name after a group's short name ("Samsung Heavy
# Industries", "Alibaba Health", "Adani Ports"), besides the descriptors and business tails
_SISTER_TAILS = frozenset(["health", "ports", "life", "fire", "wine", "wines", "music", "pictures", "energy",
                           "logistics", "capital", "semiconductor", "biopharma", "auto", "mobility", "chemical",
                           "construction", "engineering", "cement", "textiles", "realty", "hotels", "media"])


def _sister_name_end(words: list[str], lows: list[str], run: list[int], blocked: list[bool], j: int,
                     stop: frozenset[str]) -> int | None:
    """Where the capitalised words from ``j`` on, after a known short name,
    end a name of business of their own ("Heavy Industries" after "Samsung"):
    the index of that last word, else None. A legal form alone ("Inc") is the
    known company's own."""
    last = None
    k = j
    while k < len(words) and k - j < 3 and not blocked[k] and words[k][:1].isupper() and lows[k] not in stop:
        low = lows[k]
        if low not in _EXTEND and low not in _LEGAL_AFTER and (
                low in _SISTER_TAILS or low in _BUSINESS_TAILS or low in _descriptors()):
            last = k
        if run[k] <= 1:
            break
        k += 1
    return last


def _opened_another_name(text: str, pos: int, word: str, ref: Reference) -> bool:
    """Whether the text before ``pos`` wrote ``word`` opening a longer name the
    reference does not know, ending in a word of business ("Continental Bank
    of Canada", "Progressive Enterprises"): the word alone later names that
    company. (A name word after it, "Cummins Engine Co", may be the listed
    company's old name, and proves nothing.)"""
    for m in re.finditer(r"\b" + re.escape(word) + r"[ \n]+([A-Z][\w&'-]*)", text[max(0, pos - 3000):pos]):
        nxt = m.group(1)
        low = nxt.lower()
        if low in _EXTEND or low in _LEGAL_AFTER or low in _stop_caps():
            continue
        # (not a country: "Ford Canada" is a local unit, and "Ford" later may be the parent)
        if (low in _BUSINESS_TAILS or low in _SISTER_TAILS or low in _descriptors()) \
                and ref.lookup(word + " " + nxt) is None:
            return True
    return False


def _unknown_run(text: str, toks: list[tuple[int, int]], words: list[str], lows: list[str], run: list[int],
                 blocked: list[bool], i: int, stop: frozenset[str], found: list[EntityMention]) -> int:
    """Take the capitalised words from ``i`` on as one name the reference
    does not know; returns the index after it."""
    j = i + 1
    while j < len(words) and run[j - 1] > 1 and not blocked[j] and (words[j][:1].isupper() or words[j] == "&"):
        j += 1
        if words[j - 1].endswith(("'s", "’s")):
            break
    while j > i + 1 and lows[j - 1] in stop:
        j -= 1
    ps, pe = toks[i][0], toks[j - 1][1]
    phrase = _strip_poss(text[ps:pe]).rstrip(".,")
    found.append(EntityMention(ps, ps + len(phrase), phrase, None, "company", "name_shape"))
    return j


def _trim_tail(j: int, k: int, lows: list[str], words: list[str], stop: frozenset[str], tails: frozenset[str]) -> int:
    """Where a run of capitalised words ends once its trailing connectors and
    stop words are dropped ("Square IPO" -> "Square"), keeping a tail word
    after a name word ("Pravik Trading") and a legal form after stop words
    only ("News Corp", not "Velmar Corp")."""
    while j > k and (lows[j - 1] in _CONNECT or lows[j - 1] in stop) and not (
            lows[j - 1] in tails and j - 2 >= k and lows[j - 2] not in stop and words[j - 1][0].isupper()) \
            and not (lows[j - 1] in _LEGAL_AFTER and j - 2 >= k and words[j - 1][0].isupper()
                     and all(lows[t] in stop for t in range(k, j - 1))):
        j -= 1
    return j


# what may follow a company's one-word name at the head of a sentence: a verb of its own, its shares
_NAME_NEXT = frozenset("shares share stock stocks said says is was has had will would also and or plc inc corp group "
                       "shareholders sales revenue revenues profit profits earnings posted reported unit".split())
_NEXT_WORD = re.compile(r"\s+([a-z][a-z-]*)")


def _everyday_opener(text: str, x: EntityMention) -> bool:
    """A known one-word name that is an everyday word opening a sentence before a noun of its own ("Total
    trade with Gulf states fell", not "Total fell" or "Total shares rose"): the word, no company."""
    if x.rule != "reference" or " " in x.name or not x.name[:1].isupper() or not x.name[1:].islower() \
            or x.name.lower() not in common_words() or not _sentence_start(text, x.start):
        return False
    nxt = _NEXT_WORD.match(text, x.end)
    if nxt is None:
        return False
    w = nxt.group(1)
    cue = _cue_table()[1].get(w)
    # (a base form that is a noun too, "trade", "close", "open", is no verb of the name's)
    verb = cue is not None and (cue[0] != "neutral" or w.endswith(("ed", "s")))
    return w not in _NAME_NEXT and not verb


def _single_ok(word: str, rank: int, full_name: str = "", home: bool = False) -> bool:
    """A one-word alias that is also an everyday word ("Premier", "Block")
    names a company only when it is the company's whole name and the company
    is large; shortened to such a word ("Medical" from "Medical Developments
    International") it names nothing. ``home``: the company is listed in the
    article's own market."""
    if word.lower() in _stop_caps() or word.lower() in _weak_single():
        return False  # "Bank", "Delta", "Pacific": never a company on their own, whatever the data says
    if word[:1].isupper() and word[1:].islower() and word.lower() in common_words():
        return rank >= 10 and word.lower() == full_name.lower()
    if word.lower() != full_name.lower() and rank < 8 and not home:
        # small companies are named in full, except in a report of their own market, which
        # calls its small caps by their first word ("ValueMax" in a Singapore wrap)
        return False
    return True


def _home(inst: Instrument, market: str | None, ref: Reference) -> bool:
    """The instrument is listed in the article's market."""
    return market is not None and (ref.mic_market.get(inst.mic) or ref.country_market.get(inst.country)) == market


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    """Everyday English words (bundled list, built from SEntFiN headlines)."""
    from importlib import resources
    try:
        raw = resources.files("marketfacts").joinpath("data/common_words.txt").read_text("utf-8")
    except FileNotFoundError:
        return frozenset()
    return frozenset(w for w in raw.split() if w)


# how one-word business names end ("Citibank", "Interbank", "Medtech", "Microsoft", "Dynachem")
_BUSINESS_WORD_ENDS = ("bank", "corp", "tech", "soft", "chem", "pharma")


def _is_person(text: str, ps: int, pe: int, phrase: str) -> bool:
    """A two- or three-word name with a person's role beside it, or a
    surname that speaks ("Sloane said")."""
    words = phrase.split()
    if len(words) == 1 and phrase[1:].islower() and (_SAID_AFTER.match(text, pe) or _WHO_AFTER.match(text, pe)):
        return not phrase.lower().endswith(_BUSINESS_WORD_ENDS)  # "Citibank said": a business speaks too
    if not 2 <= len(words) <= 3 or not all(w[:1].isupper() and (w[1:].islower() or "-" in w) for w in words):
        return False
    tail = words[-1].lower().rstrip(".")
    if tail in _BUSINESS_TAILS or tail in _descriptors() or words[-1].lower() in _LEGAL_AFTER:
        return False  # "Chase Manhattan Bank said": a business's name ends so, a person's does not
    return bool(_PERSON_BEFORE.search(text, max(0, ps - 40), ps) or _PERSON_AFTER.match(text, pe))


# a security's kind, not its issuer: "Infosys Ltd.'s American Depository Receipts rose" moves the ADRs,
# but the company's results are the issuer's
SECURITY_KIND = re.compile(r"(?:American\s+)?Depos[ia]tory\s+(?:Receipts|Shares)|ADRs?|ADSs?|GDRs?")


def _valid_unknown(phrase: str) -> bool:
    return len(phrase) >= 2 and _NOT_NAME.fullmatch(phrase) is None


def _strip_poss(w: str) -> str:
    if w.endswith(("'s", "’s")):
        return w[:-2]
    if w.endswith(("s'", "s’")):
        return w[:-1]
    return w
