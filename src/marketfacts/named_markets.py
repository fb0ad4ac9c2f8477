"""Names of markets that are not companies: a city's exchange, a sector's
index inside an index's name, a government bond or bill by its tenor, the
report's own currency. The reader's entity finder (entities.py) asks these
where its lexicon and its runs of capitals leave off.
"""

from __future__ import annotations

import re

from .quantities import NUMBER_WORDS

# the sectors a group of stocks or a sub-index is named for
SECTOR_WORDS_RE = (r"bank|banking|mining|energy|technology|tech|property|real\s+estate|insurance|auto|automobile|airline|oil|"
                   r"steel|retail|utility|telecom|telecoms|media|consumer|healthcare|health[\s-]care|financial|chip|"
                   r"semiconductor|shipping|defence|defense|aerospace|construction|brokerage|gold|resources?|autos|pharma|"
                   r"pharmaceutical|chemicals?|travel|leisure|utilities|industrials?|materials")
# a bond's tenor in words, and its number: "Two-year Treasury yields"
TENOR_WORDS = {w: str(int(NUMBER_WORDS[w])) for w in ("two", "three", "five", "seven", "ten", "thirty")}


# (not "sales in local currency terms", "in local-currency bonds": a measure or an asset, not the currency's price)
LOCAL_CURRENCY = re.compile(r"\b(?:local|domestic)\s+(?:currency|unit)\b(?!\s+(?:terms|basis|bonds?|debt|deposits?|loans?|sales|"
                            r"revenues?|earnings|figures)\b)")
# "the Athens Stock Exchange rose 2%": a city's exchange the reference lacks is its market, no company
_EXCHANGE_AFTER = re.compile(r"\s+(?:Stock|Securities)\s+Exchange\b|(?<=Securities)\s+Exchange\b")


def exchange_end(text: str, pos: int) -> int | None:
    """Where "Stock Exchange" after a name at ``pos`` ends, if it follows."""
    m = _EXCHANGE_AFTER.match(text, pos)
    return None if m is None else m.end()


# "the Nasdaq biotech index", "the S&P 500 energy sector", "the Kospi banking sub-index": a part of the
# market the index names, with no id of its own here (never the index's)
_SUB_INDEX_AFTER = re.compile(r"\s+(?i:" + SECTOR_WORDS_RE + r"|biotech|biotechnology|pharmaceuticals?|transport|transportation|"
                              r"industrials|materials|financials|utilities|technology|banks|insurance|property|"
                              r"consumer\s+\w+|information\s+technology)"
                              r"\s+(?:[Ss]ub-index|[Ss]ubindex|sub-indices|[Ii]ndex|[Ss]ector|indices)\b")


def sub_index_end(text: str, pos: int) -> int | None:
    """Where a sector's index after an index's name at ``pos`` ends, if one follows."""
    m = _SUB_INDEX_AFTER.match(text, pos)
    return None if m is None else m.end()


_BOND_ISSUERS = {"U.S.": "US", "US": "US", "UK": "UK", "British": "UK", "Britain": "UK", "German": "DE", "Germany": "DE",
                 "Japanese": "JP", "Japan": "JP", "Chinese": "CN", "China": "CN", "Australian": "AU", "Australia": "AU",
                 "Italian": "IT", "Italy": "IT", "Spanish": "ES", "Spain": "ES", "French": "FR", "France": "FR",
                 "Indian": "IN", "India": "IN", "Canadian": "CA", "Canada": "CA", "Swiss": "CH", "Switzerland": "CH",
                 "Korean": "KR", "South Korean": "KR", "South Korea": "KR", "Korea": "KR", "Dutch": "NL",
                 "Portuguese": "PT", "Portugal": "PT", "Greek": "GR", "Greece": "GR", "New Zealand": "NZ"}


def bond_of(m: re.Match[str], market: str | None) -> tuple[int, int, str, str | None]:
    """(start, end, name, id) of a government bond or bill the lexicon pattern matched."""
    if m.group("bbill"):
        # "13-week notes": money-market paper, named as written (its country the article's)
        word = m.group("btenor")
        n = str(int(NUMBER_WORDS[word.lower()])) if word.lower() in NUMBER_WORDS else word
        text = m.group(0)
        lead = re.match(r"(?:the\s+)?(?:yields?\s+on\s+(?:the\s+)?)?(?:benchmark\s+)?", text)
        s = m.start() + (lead.end() if lead else 0)
        kind = "bill" if m.group("bbill").lower().lstrip("t-").startswith("bill") else "note"
        return s, m.end(), f"{n}-{m.group('tunit').lower()} treasury {kind} yield", None
    tenor = TENOR_WORDS.get((m.group("tenor") or "10").lower(), m.group("tenor") or "10")  # "Two-year Treasury yields"
    country = m.group("bcountry") or m.group("bcountry2") or ""
    word = m.group("bword") or m.group("bbench")
    w = re.sub(r"\s+", " ", word).lower()
    named = _BOND_ISSUERS.get(re.sub(r"['’]s$", "", country), "")
    if "treasur" in w or named == "US":
        issuer = "US"
    elif "gilt" in w or named == "UK":
        issuer = "UK"
    elif "bund" in w or named == "DE":
        issuer = "DE"
    elif "jgb" in w or named == "JP":
        issuer = "JP"
    elif "btp" in w or named == "IT":
        issuer = "IT"
    elif w.startswith("oat") or named == "FR":
        issuer = "FR"
    elif w.startswith("bono") or named == "ES":
        issuer = "ES"
    elif country:
        issuer = named
    else:
        # a government's bonds in a report from its market are its own ("the yield on three-year government
        # bonds" in Seoul is Korea's); from Europe at large or no market, the Treasury's
        issuer = market if market and market not in ("EU", "US") else "US"
    name = f"{issuer} {tenor}-year government bond yield".strip()
    if issuer == "US":
        name = f"{tenor}-year Treasury yield"
    bid = {("US", "10"): "^TNX", ("US", "30"): "^TYX", ("US", "5"): "^FVX"}.get((issuer, tenor))
    text = m.group(0)
    lead = re.match(r"(?:the\s+)?(?:yields?\s+on\s+(?:the\s+)?)?(?:benchmark\s+)?", text)
    s = m.start() + (lead.end() if lead else 0)
    return s, m.end(), name, bid
