"""Names the text marks itself: a wire's bracketed company ("<Exxon Corp>"),
a ticker written after a name ("(NYSE: BABA)", "Exxon <XON>", "(0700.HK)"),
and an instrument code that follows a name and is no name of its own."""

from __future__ import annotations

import re

from .mention import EntityMention
from .names import same_company
from .reference import Reference
from .text import NAME_TAG, is_name_tag


def bracketed_names(text: str, start: int, end: int, found: list[EntityMention],
                     taken: list[tuple[int, int]]) -> None:
    """A name the wire marks with angle brackets is one company, whole, even
    across a line break or a place ("<British Petroleum Co of Australia
    Ltd>"). No id: the wire marks the companies without a ticker, and no
    guess beats a wrong guess."""
    for m in NAME_TAG.finditer(text, start, end):
        a, b = m.start(1), m.end(1)
        if not is_name_tag(m.group(0)) or any(x < b and a < y for x, y in taken):
            continue
        found.append(EntityMention(a, b, " ".join(m.group(1).split()), None, "company", "bracketed_name"))
        taken.append((a, b))


# a ticker the text gives after a name: "Exxon <XON>", "(NYSE: BABA)",
# "(ASX: BHP)", "(0700.HK)"
_TICKER_AFTER = re.compile(
    r"(?:\s+(?:Corp|Inc|Co|Ltd|Plc|PLC|AG|SA|NV|Group|Holdings?)\b\.?)?(?:['’]s)?\s?(?:<(?P<wire>[A-Z][A-Z0-9.]{0,9})>|\((?P<exch>NYSE(?:\s+American)?|NASDAQ|Nasdaq|AMEX|ASX|TSXV?|HKEX|HKSE|SEHK|SGX|"
    r"LSE|LON|NSE|BSE|TYO|TSE|KRX|KOSDAQ|TWSE|TPE|Taiwan\s+OTC|TPEx|GTSM|SSE|SHA|SZSE|SHE|EPA|ETR)\s*:\s*(?P<sym>[A-Z0-9][A-Z0-9.]{0,9})\)"
    r"|\((?P<full>\d{4,5}\.HK|[A-Z0-9]{1,6}\.(?:AX|TO|SI|L|NS|BO|T|KS|KQ|SS|SZ|HK|DE|PA|OQ|O|N))\))")
# a Reuters code's suffix of a US venue ("ZETA.O" Nasdaq, "ZETA.N" New York): the symbol alone is the US ticker
_US_RIC = re.compile(r"\.(?:OQ|O|N)$")  # (not ".A", ".B": share classes, "BRK.A")
_EXCHANGE_SUFFIX = {"ASX": ".AX", "TSX": ".TO", "TSXV": ".V", "SGX": ".SI", "LSE": ".L", "LON": ".L", "NSE": ".NS",
                    "BSE": ".BO", "TYO": ".T", "TSE": ".T", "KRX": ".KS", "KOSDAQ": ".KQ", "HKEX": ".HK", "HKSE": ".HK",
                    "SEHK": ".HK", "TWSE": ".TW", "TPE": ".TW", "Taiwan OTC": ".TWO", "TPEx": ".TWO", "GTSM": ".TWO",
                    "SSE": ".SS", "SHA": ".SS", "SZSE": ".SZ", "SHE": ".SZ", "EPA": ".PA", "ETR": ".DE"}


# the market of a ticker the reference lacks, by its suffix (none: the US)
_SUFFIX_MARKET = {".AX": "AU", ".TO": "CA", ".V": "CA", ".SI": "SG", ".L": "UK", ".NS": "IN", ".BO": "IN", ".T": "JP",
                  ".KS": "KR", ".KQ": "KR", ".HK": "HK", ".SS": "CN", ".SZ": "CN", ".DE": "DE", ".PA": "FR",
                  ".TW": "TW", ".TWO": "TW"}


def explicit_tickers(text: str, start: int, end: int, found: list[EntityMention],
                      ref: Reference) -> list[EntityMention]:
    """A name with its ticker written after it names that instrument outright:
    the ticker is its id (the reference's line when it has one), and the
    ticker is not a name of its own."""
    out: list[EntityMention] = []
    drop_until = -1
    for e in found:
        if e.start < drop_until:
            continue
        m = _TICKER_AFTER.match(text, e.end, end) if e.type in ("company", "stock") else None
        if m is None:
            out.append(e)
            continue
        if m.group("wire"):
            tid = m.group("wire")
        elif m.group("full"):
            tid = m.group("full")
        else:
            sym, exch = m.group("sym"), " ".join(m.group("exch").split())
            suffix = _EXCHANGE_SUFFIX.get(exch) or _EXCHANGE_SUFFIX.get(exch.split()[0].upper(), "")
            if suffix == ".HK" and sym.isdigit():
                sym = sym.zfill(4)
            tid = sym if sym.endswith(suffix) else sym + suffix
        tid = _US_RIC.sub("", tid)
        inst = ref.instruments.get(tid)
        if inst is not None and not same_company(e.name, inst.name):
            inst = None  # "Chrysler Corp <C>" in 1987: the symbol is another company's today
        if inst is not None:
            mk = ref.mic_market.get(inst.mic) or ref.country_market.get(inst.country)
            e = EntityMention(e.start, e.end, e.name, inst.id, inst.type, "ticker_in_text", country=inst.country,
                              mic=inst.mic, currency=inst.currency, market=mk)
        else:
            mk = _SUFFIX_MARKET.get(tid[tid.rfind("."):] if "." in tid else "", "US")
            e = EntityMention(e.start, e.end, e.name, tid, "stock", "ticker_in_text", market=mk)
        out.append(e)
        drop_until = m.end()
    return out


# a Reuters instrument code in brackets: ".N225" (an index), "JPY=", "CAD=D4" (a rate), "LCOc1" (a future)
_RIC = re.compile(r"\((?:\.[A-Z][A-Z0-9]{1,7}|[A-Z]{2,6}=[A-Z0-9]{0,3}|[A-Z]{2,5}c\d)\)")


def absorb_tickers(text: str, found: list[EntityMention]) -> list[EntityMention]:
    """ "Symantec SYMC, +2.20%", "the S&P 500 index SPX": a ticker written
    after a name is part of that mention, not another entity."""
    out: list[EntityMention] = []
    for e in found:
        if e.id is None and e.start > 0 and text[e.start - 1] in "(.=" and _RIC.search(text, max(0, e.start - 8), e.end + 6):
            continue  # "(.AXJO)", "(CAD=D4)", "(LCOc1)": a wire's instrument code, no name of its own
        if out and e.type in ("company", "stock", "index") and out[-1].type not in ("place", "anaphor") \
                and out[-1].end < e.start and re.fullmatch(r">?\s\(?\.?", text[out[-1].end:e.start]) is not None \
                and re.fullmatch(r"\.?[A-Z][A-Z0-9.]{1,11}", e.name) and not e.name.isdigit():
            prev = out[-1]
            if e.id is None or e.id == prev.id:
                continue
        out.append(e)
    return out
