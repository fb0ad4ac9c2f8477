"""Short names that news uses for companies, derived from legal names.

The rules are data (``rules/names.toml``); this module only applies them.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Any

from .rule_files import load as load_rules

_WORD = re.compile(r"[^\W_]+(?:[-'.&][^\W_]+)*\.?|&", re.UNICODE)


@lru_cache(maxsize=1)
def rules() -> dict[str, Any]:
    """The name rules, loaded once from the package data."""
    return load_rules("names.toml")


def _key(word: str) -> str:
    return word.lower().replace(".", " ").replace(",", " ").strip()


_GENERIC_HEADS = frozenset(["bank", "the bank", "company", "corporation", "group", "trust", "insurance", "national bank"])


def clean_legal_name(name: str) -> str:
    """The legal name without legal-form suffixes, parenthesised group words
    and a trailing " of <place>"; the canonical display name."""
    r = rules()
    drop_paren = set(r["parenthetical_drop"])
    # "Home Depot (The)": the article moved to the end of a list's name; a one-word name keeps it
    # in front ("Hartford (The)" is The Hartford: "Hartford" alone is a city)
    the = re.fullmatch(r"(.+?)\s*\(The\)", name.strip())
    if the is not None:
        name = the.group(1) if " " in the.group(1).strip() else "The " + the.group(1).strip()
    s = re.sub(
        r"\s*\(([^)]*)\)",
        lambda m: "" if m.group(1).strip().lower() in drop_paren else m.group(0),
        name,
    )
    s = s.replace(",", " ")
    s = re.sub(r"\s+", " ", s).strip(" .")
    suffixes = sorted(r["legal_suffixes"], key=len, reverse=True)
    changed = True
    while changed and s:
        changed = False
        low = s.lower().replace(".", " ").strip()
        low = re.sub(r"\s+", " ", low)
        for suf in suffixes:
            if low.endswith(" " + suf) and len(low) > len(suf) + 1:
                # cut the same number of words from the original string
                n_words = len(suf.split())
                words = s.split()
                # a suffix written with dots ("S.A.") may be one word
                cut = 0
                acc = ""
                while cut < len(words):
                    acc = (_key(words[-1 - cut]) + " " + acc).strip()
                    cut += 1
                    if re.sub(r"\s+", " ", acc) == suf:
                        break
                    if len(acc.split()) > n_words:
                        cut = 0
                        break
                if cut:
                    s = " ".join(words[:-cut]).strip(" .,&")
                    changed = True
                    break
        for place in r["of_places"]:
            if low.endswith(" of " + place) and low[: len(low) - len(place) - 4].strip() not in _GENERIC_HEADS:
                # ("Bank of America" keeps its place: "Bank" alone names no company)
                s = s[: len(s) - len(place) - 4].strip()
                changed = True
                break
    return s


def same_company(mention: str, name: str) -> bool:
    """Whether a mention and a listed name share their first word ("Tencent"
    and "Tencent Holdings"), case and punctuation aside."""
    a = re.sub(r"[^a-z0-9 ]", "", mention.lower()).split()
    b = re.sub(r"[^a-z0-9 ]", "", name.lower()).split()
    return bool(a and b and a[0] == b[0])


def derive_aliases(name: str) -> list[str]:
    """Names a news text may use for the company with this legal name, the
    most complete first. Every alias is a prefix of the cleaned name."""
    r = rules()
    descriptors = set(r["descriptors"])
    weak = set(r["weak_single"])
    base = clean_legal_name(name)
    if not base:
        return []
    out = [base]
    words = base.split()
    while len(words) > 1 and _key(words[-1]) in descriptors:
        words = words[:-1]
        alias = " ".join(words).strip(" ,.&-")
        if len(words) == 1:
            w = _key(words[0])
            if w in weak or len(w) < 3 or w in descriptors:
                break
        if alias and alias not in out:
            out.append(alias)
    # "Societe Generale" for "Société Générale", "Telefonica" for "Telefónica": news in English
    # often drops the accents
    for alias in list(out):
        plain = _without_accents(alias)
        if plain != alias and plain not in out:
            out.append(plain)
    # "Procter and Gamble" for "Procter & Gamble", "Marks & Spencer" for "Marks and Spencer": news writes
    # the joining word either way (wire copy spells it out)
    for alias in list(out):
        other = alias.replace(" & ", " and ") if " & " in alias else alias.replace(" and ", " & ")
        if other != alias and other not in out:
            out.append(other)
    return out


def _without_accents(s: str) -> str:
    if s.isascii():
        return s
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))
