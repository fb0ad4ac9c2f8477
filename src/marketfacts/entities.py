"""Find and link the entities of a sentence: listed companies and indices from
the bundled reference, currencies, commodities, bond yields, markets named
by place, and companies the reference does not know (found by the shape of
their names)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .names import rules as name_rules
from .reference import Reference, get_reference


@dataclass(frozen=True, slots=True)
class EntityMention:
    start: int
    end: int
    name: str
    id: str | None
    type: str  # stock, index, company, currency, commodity, bond, market, sector, anaphor, place
    rule: str
    country: str | None = None
    mic: str | None = None
    currency: str | None = None  # for currencies: the ISO code; for instruments: trading currency
    unit: str | None = None
    market: str | None = None
    plural: bool = False

    @property
    def is_subject(self) -> bool:
        return self.type not in ("place", "person", "authority")


_TOKEN = re.compile(r"[A-Za-z0-9][\w&'’.\-/]*[\w&]|[A-Za-z0-9]|&")
_EXTEND = {"index", "indexes", "holdings", "holding", "group", "inc", "inc.", "ltd", "ltd.",
           "corp", "corp.", "limited", "plc", "co", "co.", "corporation", "ag", "sa"}
_CAMEL = re.compile(r"([a-z]{2,})(?=[A-Z][a-z])")
_CONNECT = {"of", "and", "&", "de", "du", "la", "von", "der", "des", "y", "for"}


@lru_cache(maxsize=1)
def _stop_caps() -> frozenset[str]:
    return frozenset(name_rules()["stop_caps"])


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
    alt = lambda xs: "|".join(re.escape(x) for x in xs)  # noqa: E731
    p = (
        r"(?P<market>\b(?:" + alt(mk) + r"))\b"
        r"|(?P<bond>\b(?:the\s+)?(?:yields?\s+on\s+(?:the\s+)?)?(?:benchmark\s+)?"
        r"(?:(?P<bcountry>U\.S\.|US|UK|British|German|Japanese|Japan's|Chinese|Australian|Italian|Spanish|French|Indian)\s+)?"
        r"(?P<tenor>\d{1,2})[- ]year\s+(?:(?:U\.S\.|US|UK|German|Japanese)\s+)?"
        r"(?P<bword>Treasury\s+(?:note|bond|yield)s?|Treasur(?:y|ies)|notes?|bonds?|government\s+bonds?|gilts?|Bunds?|JGBs?|yields?)"
        r"(?:\s+yields?)?)"
        r"|(?P<commodity>\b(?:(?:spot|Spot|US|U\.S\.|Comex|COMEX|benchmark|Benchmark|LME|London|global|Global|"
        r"front-month|(?:" + months + r"))\s+)*(?i:" + alt(commod) + r")"
        r"(?:\s+(?:futures|prices?|contracts?))?)\b"
        r"|(?P<pairslash>\b(?:Dollar|dollar|Euro|euro|Sterling|sterling|Yen|yen)/(?:Japanese\s+yen|yen|dollar|euro|Swiss\s+franc|sterling))\b"
        r"|(?P<currency>\b(?:(?:[Tt]he\s+)?(?:offshore\s+|onshore\s+)?(?i:" + alt(curr) + r")))(?!\s+(?:index|Index|bloc|zone|area|-denominated))\b"
        r"|(?P<sector>\b(?:the\s+)?(?:[a-z]+(?:[- ][a-z]+)?\s+)(?:sub-index|subindex|sector\s+index|sub-sector))\b"
        r"|(?P<anaphor>\b(?:[Tt]he\s+(?:stock|shares|company|firm|group|index|currency|gauge|benchmark|bank|lender|insurer|miner|developer|carmaker|automaker|chipmaker|startup|pair|unit)|"
        r"[Bb]oth\s+(?:indexes|indices|stocks|companies|shares|currencies)|"
        r"[Ii]ts\s+shares|[Ii]ts\s+stock|[Tt]heir\s+shares|[Ii]t|[Tt]hey|[Tt]he\s+[A-Za-z-]+-listed\s+shares|"
        r"[Ss]hares\s+of\s+the\s+[\w-]+\s+(?:firm|company|group|maker|developer|operator|bank)))\b"
    )
    return re.compile(p)


def find_entities(text: str, start: int, end: int, market: str | None,
                  ref: Reference | None = None,
                  blocked: list[tuple[int, int]] | None = None) -> list[EntityMention]:
    """Entity mentions in ``text[start:end]`` in text order, non-overlapping.
    ``blocked`` spans (the sentence's figures) are never part of a name."""
    ref = ref or get_reference()
    found: list[EntityMention] = []
    taken: list[tuple[int, int]] = list(blocked or [])

    def free(s: int, e: int) -> bool:
        return all(e <= a or s >= b for a, b in taken)

    for m in _lexicon_pattern().finditer(text, start, end):
        kind = m.lastgroup
        s, e = m.start(), m.end()
        if kind == "market":
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
            core = _commodity_core(words, ref)
            if core is None:
                continue
            cid, unit = ref.commodities[core]
            found.append(EntityMention(s, e, words, cid, "commodity", "commodity", unit=unit,
                                       currency="USD"))
        elif kind == "currency":
            w = m.group(0)
            bare = re.sub(r"^the\s+", "", w, flags=re.I)
            if bare.lower() in ("real", "rand", "won", "mark", "franc", "pound", "won") and not (
                    w.lower().startswith("the ") or bare[0].isupper()):
                continue  # "won the deal", "real estate"
            if bare.lower() == "won" and not w.lower().startswith("the "):
                continue
            code = ref.currencies[re.sub(r"^(offshore|onshore)\s+", "", bare.lower())]
            if bare.lower().startswith("offshore") and code == "CNY":
                code = "CNH"
            found.append(EntityMention(s + (len(w) - len(bare)), e, bare, code, "currency", "currency",
                                       currency=code))
        elif kind == "pairslash":
            a, b = m.group(0).split("/")
            ca = ref.currencies.get(a.lower())
            cb = ref.currencies.get(re.sub(r"\s+", " ", b.lower()))
            if ca and cb:
                found.append(EntityMention(s, e, m.group(0), ca + cb, "currency_pair", "pair",
                                           currency=cb))
        elif kind == "sector":
            w = re.sub(r"^the\s+", "", m.group(0))
            found.append(EntityMention(e - len(w), e, w, None, "sector", "sector_phrase"))
        elif kind == "anaphor":
            w = m.group(0)
            found.append(EntityMention(s, e, w, None, "anaphor", "anaphor",
                                       plural=w.lower().startswith(("both", "they", "their"))))
        taken.append((found[-1].start, found[-1].end))

    _cap_sequences(text, start, end, market, ref, found, free, taken)
    found.sort(key=lambda x: x.start)
    return _absorb_tickers(text, found)


_TICKER_AFTER = re.compile(r" (?:\(?\.?[A-Z][A-Z0-9.]{1,11}\)?)(?=[,:;)]| [+-]\d|$)")


def _absorb_tickers(text: str, found: list[EntityMention]) -> list[EntityMention]:
    """ "Symantec SYMC, +2.20%", "the S&P 500 index SPX": a ticker written
    after a name is part of that mention, not another entity."""
    out: list[EntityMention] = []
    for e in found:
        if out and e.type in ("company", "stock", "index") and out[-1].type not in ("place", "anaphor") \
                and out[-1].end < e.start and re.fullmatch(r"\s\(?\.?", text[out[-1].end:e.start] + "") is not None \
                and re.fullmatch(r"\.?[A-Z][A-Z0-9.]{1,11}", e.name) and not e.name.isdigit():
            prev = out[-1]
            if e.id is None or e.id == prev.id:
                continue
        out.append(e)
    return out


def _commodity_core(words: str, ref: Reference) -> str | None:
    low = words.lower()
    best = None
    for name in ref.commodities:
        if re.search(r"(?:^|\s)" + re.escape(name) + r"(?:\s|$)", low):
            if best is None or len(name) > len(best):
                best = name
    return best


def _bond(m: re.Match[str], ref: Reference, market: str | None) -> EntityMention:
    tenor = m.group("tenor")
    country = m.group("bcountry") or ""
    word = m.group("bword")
    w = re.sub(r"\s+", " ", word).lower()
    if "treasur" in w or country in ("U.S.", "US"):
        issuer = "US"
    elif "gilt" in w or country in ("UK", "British"):
        issuer = "UK"
    elif "bund" in w or country == "German":
        issuer = "DE"
    elif "jgb" in w or country.startswith("Japan"):
        issuer = "JP"
    elif country:
        issuer = {"Chinese": "CN", "Australian": "AU", "Italian": "IT", "Spanish": "ES",
                  "French": "FR", "Indian": "IN"}.get(country, "")
    else:
        issuer = {"HK": "HK", "JP": "JP", "UK": "UK", "DE": "DE", "AU": "AU", "CN": "CN",
                  "IN": "IN"}.get(market or "", "US")
    name = f"{issuer} {tenor}-year government bond yield".strip()
    if issuer == "US":
        name = f"{tenor}-year Treasury yield"
    bid = {("US", "10"): "^TNX", ("US", "30"): "^TYX", ("US", "5"): "^FVX"}.get((issuer, tenor))
    text = m.group(0)
    lead = re.match(r"(?:the\s+)?(?:yields?\s+on\s+(?:the\s+)?)?(?:benchmark\s+)?", text)
    s = m.start() + (lead.end() if lead else 0)
    return EntityMention(s, m.end(), text[(lead.end() if lead else 0):], bid, "bond", "bond_tenor",
                         unit="percent")


def _cap_sequences(text: str, start: int, end: int, market: str | None, ref: Reference,
                   found: list[EntityMention], free: object, taken: list[tuple[int, int]]) -> None:
    stop = _stop_caps()
    desc = _descriptors()
    toks = []
    for m in _TOKEN.finditer(text, start, end):
        a, b = m.start(), m.end()
        cm = _CAMEL.match(text, a, b)
        if cm and cm.group(1) in common_words():
            a = a + len(cm.group(1))
        toks.append((a, b))
    n = len(toks)
    i = 0
    first_words = ref.first_words
    while i < n:
        s0, e0 = toks[i]
        if not all(e0 <= a or s0 >= b for a, b in taken):
            i += 1
            continue
        w0 = text[s0:e0]
        w0_clean = _strip_poss(w0)
        known_start = w0_clean.lower() in first_words or w0.lower() in first_words
        if not known_start and (not (w0[0].isupper() or (w0[0].isdigit() and re.fullmatch(r"\d[A-Za-z]{1,3}", w0)))
                                or w0.lower().endswith(("-listed", "-based", "-owned", "-backed", "-run", "-led"))):
            i += 1
            continue
        # 1. the longest known name starting here
        hit = None
        if known_start:
            for L in range(min(ref.max_words, n - i), 0, -1):
                if not _adjacent(text, toks, i, L):
                    continue
                ps, pe = toks[i][0], toks[i + L - 1][1]
                phrase = _strip_poss(text[ps:pe])
                if phrase[:1].islower() and phrase.lower() not in ref.lower_aliases:
                    continue
                inst = ref.lookup(phrase, market)
                if inst is not None and (L > 1 or _single_ok(phrase, inst.rank, inst.name)):
                    hit = (L, inst, ps, ps + len(phrase))
                    break
        if hit is not None and hit[0] == 1 and _strip_poss(w0) in ref.places and w0.isupper():
            found.append(EntityMention(s0, s0 + len(w0_clean), w0_clean, None, "place", "place",
                                       market=ref.places[w0_clean]))
            i += 1
            continue
        if hit is not None:
            # a longer name starting inside this one wins ("tech-heavy Nasdaq
            # Composite Index": "Nasdaq Composite", not "tech-heavy Nasdaq")
            L0 = hit[0]
            for i2 in range(i + 1, i + L0):
                for L2 in range(min(ref.max_words, n - i2), 0, -1):
                    if i2 + L2 <= i + L0 or not _adjacent(text, toks, i2, L2):
                        continue
                    ps2, pe2 = toks[i2][0], toks[i2 + L2 - 1][1]
                    ph2 = _strip_poss(text[ps2:pe2])
                    if not ph2[:1].isupper():
                        continue
                    inst2 = ref.lookup(ph2, market)
                    if inst2 is not None:
                        hit = (i2 - i + L2, inst2, ps2, ps2 + len(ph2))
                        break
                else:
                    continue
                break
        if hit is not None:
            L, inst, ps, pe = hit
            j = i + L
            # extend over "Index", "Holdings", "Ltd" that follow a known alias
            while j < n and _adjacent(text, toks, j - 1, 2) and text[toks[j][0]:toks[j][1]].lower().rstrip(".") in _EXTEND \
                    and text[pe:toks[j][0]].strip() == "":
                pe = toks[j][1]
                j += 1
            mk = ref.mic_market.get(inst.mic) or ref.country_market.get(inst.country)
            found.append(EntityMention(ps, pe, text[ps:pe], inst.id, inst.type, "reference",
                                       country=inst.country, mic=inst.mic, currency=inst.currency,
                                       market=mk))
            taken.append((ps, pe))
            i = j
            continue
        if not w0[0].isupper() or w0_clean.lower().rstrip(".") in stop:
            if w0_clean in ref.places:
                found.append(EntityMention(s0, s0 + len(w0_clean), w0_clean, None, "place", "place",
                                           market=ref.places[w0_clean]))
            i += 1
            continue
        # 2. a name the reference does not know: a run of capitalised words
        j = i
        while j < n:
            ts, te = toks[j]
            w = text[ts:te]
            if j > i and not _adjacent(text, toks, j - 1, 2):
                break
            if not all(te <= a or ts >= b for a, b in taken):
                break
            if w.lower().endswith(("-listed", "-based", "-owned", "-backed", "-run", "-led")):
                break
            if w[0].isupper() or w[0].isdigit() or w == "&":
                j += 1
                if w.endswith(("'s", "’s")):
                    break
                continue
            if w.lower() in _CONNECT and j + 1 < n and j > i:
                nxt = text[toks[j + 1][0]:toks[j + 1][1]]
                if nxt[:1].isupper() and (w != "and" or nxt.lower() in desc) and _adjacent(text, toks, j, 2):
                    j += 1
                    continue
            break
        # drop leading stop words and places; what remains is a name
        k = i
        while k < j and _strip_poss(text[toks[k][0]:toks[k][1]]).lower().rstrip(".") in stop:
            k += 1
        if k < j and _strip_poss(text[toks[k][0]:toks[j - 1][1]]) in ref.places:
            k = j
        if k < j and any(_strip_poss(text[toks[t][0]:toks[t][1]]) in ref.places for t in range(k, j)) \
                and all(_strip_poss(text[toks[t][0]:toks[t][1]]) in ref.places or
                        _strip_poss(text[toks[t][0]:toks[t][1]]).lower() in stop for t in range(k, j)):
            k = j  # only place words
        # trailing connectors and stop words ("Square IPO") never end a name
        while j > k and (text[toks[j - 1][0]:toks[j - 1][1]].lower() in _CONNECT
                         or _strip_poss(text[toks[j - 1][0]:toks[j - 1][1]]).lower().rstrip(".") in stop):
            j -= 1
        if k < j:
            ps, pe = toks[k][0], toks[j - 1][1]
            phrase = _strip_poss(text[ps:pe]).rstrip(".,")
            if phrase.endswith(" Ltd") or phrase.endswith(" Inc") or phrase.endswith(" Corp") or phrase.endswith(" Co"):
                if pe < len(text) and text[pe:pe + 1] == ".":
                    pass
            pe = ps + len(phrase)
            inst = ref.lookup(phrase, market)
            if _valid_unknown(phrase):
                if inst is not None:
                    found.append(EntityMention(ps, pe, phrase, inst.id, inst.type, "reference",
                                               country=inst.country, mic=inst.mic, currency=inst.currency))
                elif _is_person(text, ps, pe, phrase):
                    found.append(EntityMention(ps, pe, phrase, None, "person", "person_context"))
                else:
                    found.append(EntityMention(ps, pe, phrase, None, "company", "name_shape"))
                taken.append((ps, pe))
        # places: remember them for context
        for t in range(i, max(j, i + 1)):
            w = _strip_poss(text[toks[t][0]:toks[t][1]])
            if w in ref.places:
                found.append(EntityMention(toks[t][0], toks[t][0] + len(w), w, None, "place", "place",
                                           market=ref.places[w]))
        if t + 1 < n and j < n:
            two = text[toks[j - 1][0]:toks[j][1]] if j > 0 else ""
            _ = two
        i = max(j, i + 1)


def _single_ok(word: str, rank: int, full_name: str = "") -> bool:
    """A one-word alias that is also an everyday word ("Premier", "Block")
    names a company only when it is the company's whole name and the company
    is large; shortened to such a word ("Medical" from "Medical Developments
    International") it names nothing."""
    if word.lower() in _stop_caps():
        return False
    if word[:1].isupper() and word[1:].islower() and word.lower() in common_words():
        return rank >= 10 and word.lower() == full_name.lower()
    if word.lower() != full_name.lower() and rank < 8:
        return False  # small companies are named in full
    return True


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    """Everyday English words (bundled list, built from SEntFiN headlines)."""
    from importlib import resources
    try:
        raw = resources.files("marketfacts").joinpath("data/common_words.txt").read_text("utf-8")
    except FileNotFoundError:
        return frozenset()
    return frozenset(w for w in raw.split() if w)


_ROLE = (r"(?:CEO|chief\s+executive|[Cc]hief\s+\w+\s+officer|founder|co-founder|chairman|chairwoman|chair|"
         r"president|President|Premier|premier|[Pp]rime\s+[Mm]inister|[Mm]inister|[Ss]ecretary|[Gg]overnor|analyst|"
         r"strategist|economist|billionaire|tycoon|spokesman|spokeswoman|spokesperson|director|manager|trader|"
         r"Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Sir|Senator|Rep\.|[Cc]hief|head|boss|investor|partner|professor|Professor)")
_PERSON_BEFORE = re.compile(_ROLE + r"(?:\s+(?:of\s+)?[\w.&'’-]+){0,3}\s+$")
_PERSON_AFTER = re.compile(r"(?:,\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}" + _ROLE + r"|\s+(?:said|says|told|wrote|added|noted))\b")


def _is_person(text: str, ps: int, pe: int, phrase: str) -> bool:
    """A two- or three-word name with a person's role beside it."""
    words = phrase.split()
    if not 2 <= len(words) <= 3 or not all(w[:1].isupper() and (w[1:].islower() or "-" in w) for w in words):
        return False
    return bool(_PERSON_BEFORE.search(text, max(0, ps - 40), ps) or _PERSON_AFTER.match(text, pe))


def _valid_unknown(phrase: str) -> bool:
    if len(phrase) < 2:
        return False
    if phrase.isdigit() or re.fullmatch(r"[\d.,/:-]+", phrase):
        return False
    if re.fullmatch(r"\d+(?:st|nd|rd|th)", phrase):
        return False
    if re.fullmatch(r"[A-Z]{1,2}", phrase):
        return False
    return True


def _strip_poss(w: str) -> str:
    if w.endswith(("'s", "’s")):
        return w[:-2]
    if w.endswith(("s'", "s’")):
        return w[:-1]
    return w


def _adjacent(text: str, toks: list[tuple[int, int]], i: int, L: int) -> bool:
    """Tokens i..i+L-1 are separated by single spaces only."""
    for k in range(i, i + L - 1):
        if k + 1 >= len(toks):
            return False
        gap = text[toks[k][1]:toks[k + 1][0]]
        if gap != " ":
            return False
    return True
