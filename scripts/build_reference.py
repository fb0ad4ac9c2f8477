#!/usr/bin/env python3
"""Build the bundled instrument table from ../shared/reference.

    python scripts/build_reference.py [--reference DIR] [--out FILE]

Reads FinanceDatabase equities (MIT), the S&P 500 list (ODC-PDDL),
pytickersymbols constituents (MIT), the curated major-indices list and the
project's own curated listings (src/marketfacts/data/curated_listings.csv), derives
the short names news uses with marketfacts.names, and writes one gzipped TSV
(deterministic: the same input gives the same bytes; a test checks this).
"""

from __future__ import annotations

import argparse
import csv
import gzip
import io
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from marketfacts.names import clean_legal_name, derive_aliases  # noqa: E402

EXCHANGES = {
    # FinanceDatabase exchange code: (country, MIC of the primary calendar)
    "HKG": ("Hong Kong", "XHKG"),
    "SHH": ("China", "XSHG"),
    "SHZ": ("China", "XSHE"),
    "JPX": ("Japan", "XTKS"),
    "SES": ("Singapore", "XSES"),
    "ASX": ("Australia", "XASX"),
    "KSC": ("South Korea", "XKRX"),
    "TAI": ("Taiwan", "XTAI"),
    "NSE": ("India", "XNSE"),
    "LSE": ("United Kingdom", "XLON"),
    "GER": ("Germany", "XETR"),
    "PAR": ("France", "XPAR"),
}
CAP_RANK = {"Mega Cap": 6, "Large Cap": 5, "Mid Cap": 4, "Small Cap": 3, "Micro Cap": 2, "Nano Cap": 1}
JUNK = re.compile(
    r"\d+(\.\d+)?%|\bMTN\b|\bETP\b|\bETF\b|\bLS -?\d+X\b|Leverage|\biNAV\b|\bINAV\b|"
    r"\bWarrant|\bWT\b|\bNotes?\b|\bBond\b|\bPref\b|\bPreferred\b|\bCW\d|\bTracker\b",
    re.I,
)
COLUMNS = ["id", "type", "name", "aliases", "mic", "currency", "country", "rank", "listed", "until", "abroad", "seen"]
# the month of the Nasdaq Trader directory snapshot (../shared/reference/us_listings/README.md)
US_LISTINGS_SEEN = "2026-08"


def _constituents(ref: Path) -> dict[str, str]:
    """The members of the major indices pytickersymbols lists (Nikkei 225, FTSE 100,
    DAX, ...): symbol, and each ISIN, -> the short name it gives them."""
    out: dict[str, str] = {}
    with (ref / "pytickersymbols_index_constituents.csv").open(encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            if r["symbol"] and r["index"] != "index":
                for key in [r["symbol"]] + [i for i in (r.get("isins") or "").split("|") if i]:
                    out.setdefault(key, r["name"])
    return out


def _equities(ref: Path) -> list[dict[str, str]]:
    rows: list[dict[str, str]] = []
    members = _constituents(ref)
    isins: set[str] = set()
    for path in sorted((ref / "financedatabase").glob("equities_*_slim.csv")):
        with path.open(encoding="utf-8") as fh:
            for r in csv.DictReader(fh):
                if not r["name"] or JUNK.search(r["name"]):
                    continue
                # delisted companies stay (old news names them) but rank below live ones
                exch = r["exchange"]
                country, mic = EXCHANGES.get(exch, (r.get("country", ""), r.get("mic", "")))
                rank = CAP_RANK.get(r.get("market_cap", ""), 0)
                # A secondary listing abroad (an ADR, a Frankfurt line) ranks below
                # the home listing of the same company.
                home = (r.get("country") or country) == country
                short = members.get(r["symbol"]) or members.get(r.get("isin") or "") or ""
                if r.get("isin") and home:
                    isins.add(r["isin"])  # (a line abroad never stands for the home line of the index list)
                if short and home:
                    # a member of a major index is no small company, whatever size the dataset gives
                    # it (FinanceDatabase leaves many Tokyo lines without a market cap); only a known
                    # large cap answers to an everyday word alone ("Continental"), so no more than mid
                    rank = max(rank, CAP_RANK["Mid Cap"])
                rows.append({
                    "id": r["symbol"], "type": "stock", "legal": r["name"],
                    "mic": mic, "currency": r.get("currency", ""), "country": country,
                    "rank": str(max(0, rank * 2 + (1 if home else 0) - (3 if r.get("delisted") == "True" else 0))),
                    # a second line in Frankfurt or on London's international book, of a company at
                    # home elsewhere (a Hong Kong line of a mainland company is at home)
                    # (a pound line on London's main market is a company's primary listing wherever it is
                    # domiciled: Glencore, Fresnillo; its dollar and euro lines are the order book's, below)
                    "abroad": "1" if not home and (country == "Germany" or (country == "United Kingdom" and (
                        r["symbol"][:1].isdigit() or r.get("currency") not in ("GBP", "GBp", "GBX")))) else "",
                    "short": short if home else "",
                    "figi": r.get("figi") or "",
                    "member": "1" if r["symbol"] in members else "",
                })
                if exch == "LSE" and re.fullmatch(r"0[0-9A-Z]{3}\.L", r["symbol"]) and r.get("currency") not in ("GBP", "GBp", "GBX"):
                    # London's international order book quotes a company listed elsewhere in dollars or
                    # euros ("0KWZ.L" for Rio Tinto): a line abroad, never the company's London line
                    rows[-1]["abroad"] = "1"
    # a symbol with no FIGI beside a line of the same company and exchange that has one is a
    # stale symbol of that line (DAI.DE beside MBG.DE, EOAA.DE beside EOAN.DE): it ranks last
    with_figi = {(r["legal"], r["mic"]) for r in rows if r["figi"]}
    for r in rows:
        if not r.pop("figi") and (r["legal"], r["mic"]) in with_figi:
            r["rank"] = "0"
    # of one company's lines on one exchange (ordinary and preference shares, an old symbol beside the
    # new), the one an index lists ranks first (BAYN.DE, VOW3.DE, SAN.PA)
    listed = {(r["legal"], r["mic"]) for r in rows if r["member"]}
    for r in rows:
        if not r.pop("member") and (r["legal"], r["mic"]) in listed and int(r["rank"]) > 0:
            r["rank"] = str(int(r["rank"]) - 1)
    with (ref / "sp500" / "constituents.csv").open(encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            # a company founded after an article's date is none of its names ("Block", founded 2009, in a
            # 1987 story is H&R Block). A spin-off's line begins with the spin-off ("2008 (1847)": Philip
            # Morris International, whose name in a 1987 story is today's Altria's): the year outside the
            # brackets, else the earliest the list gives, is the first month its line may answer to a name
            founded = r.get("Founded") or ""
            years = [int(y) for y in re.findall(r"\b(1[5-9]\d\d|20\d\d)\b", re.sub(r"\([^)]*\)", " ", founded))] or \
                [int(y) for y in re.findall(r"\b(1[5-9]\d\d|20\d\d)\b", founded)]
            rows.append({
                # (Yahoo writes a share class with a hyphen: BRK-B)
                "id": r["Symbol"].replace(".", "-"), "type": "stock", "legal": r["Security"], "mic": "XNYS",
                "currency": "USD", "country": "United States", "rank": "13",
                "listed": f"{min(years)}-01" if years else "",
            })
    seen = {r["id"] for r in rows}
    with (ref / "pytickersymbols_index_constituents.csv").open(encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            sym = r["symbol"]
            if not sym or sym in seen or r["index"] == "index":
                continue
            if "." not in sym and r["country"] != "United States" and any(
                    i in isins for i in (r.get("isins") or "").split("|") if i):
                continue  # a bare symbol for a home line FinanceDatabase has in full ("EUZ" for EUZ.DE)
            seen.add(sym)
            cur = (r.get("currencies") or "").split("|")[0]
            rows.append({
                "id": sym, "type": "stock", "legal": r["name"], "mic": "",
                "currency": cur, "country": r.get("country", ""), "rank": "10",
            })
    return rows


# Nasdaq's market tiers (Global Select, Global Market, Capital Market) and the other exchanges
# (NYSE, NYSE American, Arca, Cboe, IEX). The lists give no market cap, and the large companies are
# the S&P 500's, read before: a line here ranks as a small one (reference._SMALL), so that one everyday
# word it answers to ("Zeta") names it only in a name of more words or its symbol
US_TIER_RANK = {"Q": "7", "G": "6", "S": "4", "N": "7", "A": "4", "P": "4", "Z": "4", "V": "4"}
# the security a row lists: one of a company's shares, never its notes, warrants, units or preferred
US_SHARE = re.compile(r"Common Stock|Common Shares|Ordinary Shares|American Depositary|\bADS\b|"
                      r"Shares of Beneficial Interest|Subordinate Voting Shares|Registered Shares", re.I)
US_NOT_SHARE = re.compile(r"Preferred|Warrant|\bRights?\b|\bUnits?\b|Notes?\b|Debenture|"
                          r"representing (a|one)[- ]\S*(th|\d/\d)|Depositary Shares,? [Ee]ach [Rr]epresenting a", re.I)
# where the security's words begin in a name of the NYSE list ("Delta Air Lines, Inc. Common Stock")
US_CLASS = re.compile(r"\s*[-,]?\s*((Class|Series) [A-Z]\s+)?(New\s+)?"
                      r"(Common Stock|Common Shares|Ordinary Shares|American Depositary|ADS\b|Shares of Beneficial"
                      r"|Subordinate Voting|Registered Shares).*$", re.I)
_LEGAL_FORM = re.compile(r"\b(inc|incorporated|corp|corporation|ltd|limited|plc|co|company|holdings?|group|sa|ag|"
                         r"nv|se|n\.v|s\.a|l\.p|lp|the|kabushiki kaisha|k\.k)\b\.?|\(.*?\)", re.I)


def _legal_key(name: str) -> str:
    return _squeezed(_LEGAL_FORM.sub(" ", name))


def _us_listings(ref: Path, records: list[dict[str, str]]) -> list[dict[str, str]]:
    """The shares listed on Nasdaq and the NYSE and other US exchanges (public domain), one line a
    company, for the companies the S&P 500 list lacks. A line of a company at home elsewhere (an
    American depositary share, or a name a home line abroad carries: "Toyota Motor" on the NYSE) is a
    line abroad: never chosen over the home line, never local to a US report."""
    have = {r["id"] for r in records}
    # the company's whole name, legal form aside ("Royal Bank of Canada" is not "Royal Bank of Scotland")
    home_abroad: dict[str, tuple[int, str]] = {}

    def note_home(name: str, country: str, rank: int) -> None:
        key = _legal_key(name)
        if key and home_abroad.get(key, (-1, ""))[0] < rank:
            home_abroad[key] = (rank, country)

    for r in records:
        if r["type"] == "stock" and r.get("abroad") != "1" and r.get("country") not in ("", "United States"):
            note_home(r.get("legal") or r["name"], r["country"], int(r["rank"] or 0))
    with CURATED.open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            if row["name"] and row["country"] != "United States":
                for a in [row["name"]] + row["aliases"].split("|"):
                    note_home(a, row["country"], int(row["rank"] or 0))
    out: list[dict[str, str]] = []
    seen_names: set[str] = set()
    sources = [("nasdaq_listed.csv", "Symbol", "Market Category", "XNAS"), ("other_listed.csv", "ACT Symbol", "Exchange", "XNYS")]
    for fname, sym_col, tier_col, mic in sources:
        with (ref / "us_listings" / fname).open(encoding="utf-8") as fh:
            for r in csv.DictReader(fh):
                sym = (r.get(sym_col) or "").strip().replace(".", "-")
                sec = (r.get("Security Name") or "").strip()
                if not sym or r.get("ETF") == "Y" or r.get("Test Issue") == "Y" or not US_SHARE.search(sec) \
                        or US_NOT_SHARE.search(sec) or JUNK.search(sec) or sym in have:
                    continue
                legal = US_CLASS.sub("", sec).strip(" -,")
                if r.get("Company Name") and fname.startswith("nasdaq"):
                    legal = r["Company Name"].strip()
                key = _legal_key(legal)
                if not key or key in seen_names:
                    continue  # a second class of the same company ("Class B"): the first listed stands
                seen_names.add(key)
                adr = bool(re.search(r"American Depositary|\bADS\b", sec, re.I))
                country = home_abroad.get(key, (0, ""))[1]
                abroad = adr or bool(country)
                out.append({
                    "id": sym, "type": "stock", "legal": legal, "mic": mic if mic != "XNYS" or r.get(tier_col) == "N" else "",
                    "currency": "USD", "country": country if abroad else "United States",
                    "rank": US_TIER_RANK.get(r.get(tier_col) or "", "5") if not abroad else "8",
                    "abroad": "1" if abroad else "",
                    # known from a directory of today, with no date it began trading
                    "seen": US_LISTINGS_SEEN,
                })
    return out


def _indices(ref: Path) -> list[dict[str, str]]:
    out = []
    with (ref / "major_indices_curated.csv").open(encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            aliases = [r["canonical_name"]]
            for a in r["aliases"].split("|"):
                a = a.strip()
                # "(predecessor)", "(different index)": notes, not names
                if a and "(" not in a and a not in aliases:
                    aliases.append(a)
            out.append({
                "id": r["yahoo_symbol"], "type": "index", "name": r["canonical_name"],
                "aliases": "|".join(aliases), "mic": r["primary_mic"].split("|")[0],
                "currency": r["currency"], "country": r["country_or_region"], "rank": "20",
            })
    return out


CURATED = ROOT / "src" / "marketfacts" / "data" / "curated_listings.csv"


def _curated(records: list[dict[str, str]]) -> None:
    """The project's curated lines (primary listings the datasets lack, one
    row an instrument with its source) and the short names news uses for
    listed companies: a row with a name adds an instrument, a row without
    one adds its aliases to the instrument of that id."""
    by_id = {r["id"]: r for r in records}
    with CURATED.open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            aliases = [a.strip() for a in row["aliases"].split("|") if a.strip()]
            if not row["name"]:
                base = by_id[row["id"]]
                have = base["aliases"].split("|")
                base["aliases"] = "|".join(have + [a for a in aliases if a not in have])
                continue
            # rank as _equities gives it: 12 a large company's line at home, 13 its primary listing where
            # it has lines in several markets
            # (Shenzhen's indices are numbered from 399, a range no share's code takes)
            index = row["id"].startswith("^") or re.fullmatch(r"399\d{3}\.SZ", row["id"]) is not None
            rec = {"id": row["id"], "type": "index" if index else "stock", "name": row["name"],
                   "aliases": "|".join(aliases),
                   "mic": row["mic"], "currency": row["currency"], "country": row["country"], "rank": row["rank"],
                   # the month the line began trading and the month it ended: no article outside names it
                   "listed": row["listed"], "until": row["until"],
                   "abroad": ""}  # (a curated row is never a dataset's stray second line abroad)
            if rec["id"] in by_id:  # a line a dataset has too: the curated row's facts and names win
                have = by_id[rec["id"]]
                rec["aliases"] = "|".join(dict.fromkeys(aliases + have["aliases"].split("|")))
                have.update(rec)
                continue
            records.append(rec)
            by_id[rec["id"]] = rec


def _squeezed(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", re.sub(r"\.com\b", "", name.lower()))


def _home_names_from_abroad(records: list[dict[str, str]]) -> None:
    """A name only a company's line abroad carries ("Archer-Daniels-Midland" of a Frankfurt line) is the
    company's home line's too when the two names are one with spaces, stops and ".com" set aside
    ("ExxonMobil", "Amazon"): news writes the company as the line abroad is written."""
    home = {}
    for r in records:
        if r.get("abroad") != "1" and r["type"] == "stock":
            home.setdefault((_squeezed(r["name"]), r.get("country", "")), r)
    for r in records:
        if r.get("abroad") != "1":
            continue
        # (the lines abroad the datasets hold are Frankfurt's and London's of American companies)
        target = home.get((_squeezed(r["name"]), "United States"))
        if target is None:
            continue
        have = target["aliases"].split("|")
        target["aliases"] = "|".join(have + [a for a in r["aliases"].split("|") if a and a not in have])


def _named(rows: list[dict[str, str]]) -> list[dict[str, str]]:
    """Each row with its display name and the names news uses for it (none: no row)."""
    out = []
    for r in rows:
        aliases = derive_aliases(r["legal"])
        if not aliases:
            continue
        # the index list's own short name ("Honda" for Honda Motor Co., Ltd.)
        aliases += [a for a in derive_aliases(r.get("short", "")) if a not in aliases]
        out.append({**r, "name": clean_legal_name(r["legal"]), "aliases": "|".join(aliases)})
    return out


def build(ref: Path) -> bytes:
    records = _named(_equities(ref))
    # a short name an index list gives one member outright ("Nissan" for Nissan Motor) is that
    # member's, not a prefix of another's ("Nissan" from Nissan Chemical)
    exact = {r["short"].lower(): r["id"] for r in records if r.get("short") and " " not in r["short"]}
    for r in records:
        have = r["aliases"].split("|")
        keep = [a for a in have if exact.get(a.lower(), r["id"]) == r["id"] or a.lower() == r["name"].lower()]
        if len(keep) < len(have):
            r["aliases"] = "|".join(keep)
    records += _named(_us_listings(ref, records))
    _home_names_from_abroad(records)
    records += _indices(ref)
    _curated(records)  # (after the indices: a curated row may add an index's names too)
    records.sort(key=lambda r: (r["type"], r["id"], r["name"]))
    buf = io.StringIO()
    w = csv.writer(buf, delimiter="\t", lineterminator="\n")
    w.writerow(COLUMNS)
    for r in records:
        w.writerow([r.get(c, "").replace("\t", " ").replace("\n", " ") for c in COLUMNS])
    raw = buf.getvalue().encode("utf-8")
    out = io.BytesIO()
    with gzip.GzipFile(fileobj=out, mode="wb", mtime=0, compresslevel=9) as gz:
        gz.write(raw)
    return out.getvalue()


def common_words(datasets: Path) -> str:
    """Words SEntFiN (MIT) headlines write in lower case at least twice: the
    everyday words a one-word company alias must not be mistaken for."""
    counts: dict[str, int] = {}
    with (datasets / "sentfin" / "SEntFiN.csv").open(encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            for w in re.findall(r"[a-z][a-z'-]+", r["Title"]):
                counts[w] = counts.get(w, 0) + 1
    words = sorted(w for w, c in counts.items() if c >= 2 and len(w) > 2)
    return "\n".join(words) + "\n"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--reference", type=Path, default=ROOT.parent / "shared" / "reference")
    ap.add_argument("--out", type=Path, default=ROOT / "src" / "marketfacts" / "data" / "instruments.tsv.gz")
    args = ap.parse_args()
    data = build(args.reference)
    args.out.write_bytes(data)
    print(f"wrote {args.out} ({len(data):,} bytes)")
    words = common_words(args.reference.parent / "datasets")
    cw = args.out.parent / "common_words.txt"
    cw.write_text(words, encoding="utf-8")
    print(f"wrote {cw} ({len(words.split()):,} words)")


if __name__ == "__main__":
    main()
