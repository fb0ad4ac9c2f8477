"""The authorities of rate decisions, stances, fines and meetings: central
banks, regulators, governments and countries, read from
``rules/authorities.toml``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .. import rule_files
from ..model import Entity


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


def authorities_in(text: str, s: int, e: int) -> list[tuple[int, int, str, str]]:
    """The authorities named in ``text[s:e]``: (start, end, name, kind)."""
    return _authorities(text, s, e)


def _authorities(text: str, s: int, e: int) -> list[tuple[int, int, str, str]]:
    pat, table, _ = _authority_table()
    out = []
    for m in pat.finditer(text, s, e):
        name, kind = table[m.group(0)]
        out.append((m.start(), m.end(), name, kind))
    return out


def _auth_entity(a: tuple[int, int, str, str], text: str) -> Entity:
    s, e, name, kind = a
    return Entity(name=name, id=_authority_table()[2].get(name), type="country" if kind == "country" else "authority", mention=text[s:e],
                  start=s, end=e)
