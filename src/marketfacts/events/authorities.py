"""The authorities of rate decisions, stances, fines and meetings: central
banks, regulators, governments and countries, read from
``rules/authorities.toml``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .. import rule_files
from ..model import Entity
from .countries import names_of


@lru_cache(maxsize=1)
def _authority_table() -> tuple[re.Pattern[str], dict[str, tuple[str, str]], dict[str, str]]:
    """The pattern of every authority's names, each name's (canonical name,
    type), and the acronyms that are authorities' ids."""
    raw = rule_files.load("authorities.toml")
    table: dict[str, tuple[str, str]] = {}
    ids: dict[str, str] = {}
    for name, info in raw["authorities"].items():
        for a in [name, *info["aliases"]]:
            table[a] = (name, info["type"])
        if info.get("id"):
            ids[name] = info["id"]
    for c in raw["countries"]:
        table[c] = (c.replace("the ", "").replace("U.S.", "United States"), "country")
    alt = "|".join(re.escape(k) for k in sorted(table, key=len, reverse=True))
    return re.compile(r"(?<![\w])(?:" + alt + r")(?![\w])"), table, ids


def is_authority(name: str) -> bool:
    """A central bank, regulator or government named in full ("Bank of England", "Bundesbank"):
    it sets rates and rules, it has no price."""
    got = _authority_table()[1].get(" ".join(name.split()))
    return got is not None and got[1] != "country"


@lru_cache(maxsize=1)
def _central_bank_of() -> dict[str, str]:
    """A country's name or its people's word, each the central bank of the
    country (rules/authorities.toml `country`): "Norway", "Norwegian" -> Norges Bank."""
    out: dict[str, str] = {}
    for name, info in rule_files.load("authorities.toml")["authorities"].items():
        if "country" in info:
            names, demonyms = names_of(info["country"])
            for word in [*names, *demonyms]:
                out.setdefault(word, name)
    return out


# "Norway's central bank", "the Norwegian central bank": the words before "central bank"
# ("South Africa's Reserve Bank", "Australia's Reserve Bank": a known country's reserve bank is its central bank)
# ("Austria's National Bank", "the Czech National Bank": a country's national bank is its central bank, not
# "the National Bank of Greece", a lender)
_OF_CENTRAL_BANK = re.compile(r"(?<![\w.])(?P<who>[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)(?:['’]s?)?\s+(?:[Cc]entral\s+[Bb]ank|"
                              r"[Rr]eserve\s+[Bb]ank|National\s+Bank(?!\s+of\b))\b")


_CENTRAL_BANK_OF = re.compile(r"\b[Cc]entral\s+[Bb]ank\s+of\s+(?:the\s+)?(?P<who>[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)")


def _country_central_banks(text: str, s: int, e: int) -> list[tuple[int, int, str, str]]:
    """Central banks named by their country: "Norway's central bank" is Norges Bank."""
    table = _central_bank_of()
    out = []
    for m in _OF_CENTRAL_BANK.finditer(text, s, e):
        who = m.group("who")
        name = table.get(who) or table.get(who.split()[-1])
        if name is not None:
            at = m.start("who") if who in table else m.start("who") + who.rindex(" ") + 1
            out.append((at, m.end(), name, "central_bank"))
    for m in _CENTRAL_BANK_OF.finditer(text, s, e):
        # "the central bank of Brazil": the country after the words
        name = table.get(m.group("who")) or table.get(m.group("who").split()[0])
        if name is not None and not any(a < m.end() and m.start() < b for a, b, _, _ in out):
            out.append((m.start(), m.end(), name, "central_bank"))
    out.sort()
    return out


def authorities_in(text: str, s: int, e: int) -> list[tuple[int, int, str, str]]:
    """The authorities named in ``text[s:e]``: (start, end, name, kind)."""
    return _authorities(text, s, e)


def _authorities(text: str, s: int, e: int) -> list[tuple[int, int, str, str]]:
    pat, table, _ = _authority_table()
    out = []
    if "entral" in text[s:e] or "eserve" in text[s:e] or "National" in text[s:e]:
        out = _country_central_banks(text, s, e)
    for m in pat.finditer(text, s, e):
        name, kind = table[m.group(0)]
        if m.group(0).startswith(("Bank ", "Reserve Bank ")) and _NAME_BEFORE.search(text, max(0, m.start() - 30), m.start()):
            continue  # "Royal Bank of Canada": a longer name, a commercial bank's ("West Germany" stays a country)
        if any(a < m.end() and m.start() < b for a, b, _, _ in out):
            continue  # "Japan" inside "Japan's central bank": the bank, found above
        out.append((m.start(), m.end(), name, kind))
    out.sort()
    return out


# a capitalised word joined to what follows ("Royal Bank of Canada"), not a word that opens a
# sentence or a clause ("Yesterday Bank of Canada cut", "On Monday the Bank of Japan")
_NAME_BEFORE = re.compile(r"\b(?!(?:The|A|An|By|At|In|On|For|From|With|And|Said|Says|While|As|That|When|After|Before|"
                          r"Under|Of|To|If|But|Yesterday|Today|Tonight|Meanwhile|Earlier|Later|Also|Separately|Elsewhere|"
                          r"Now|Then|Last|This|Next|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|"
                          r"February|March|April|May|June|July|August|September|October|November|December|Sources|"
                          r"Officials|Analysts|Dealers|Economists|Traders)\s)[A-Z][a-z]+\s\Z")


def _auth_entity(a: tuple[int, int, str, str], text: str) -> Entity:
    s, e, name, kind = a
    return Entity(name=name, id=_authority_table()[2].get(name), type="country" if kind == "country" else "authority", mention=text[s:e],
                  start=s, end=e)
