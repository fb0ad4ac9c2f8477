"""Words of motion ("rose", "a 2.2% rise", "lower", "unchanged") and where
they stand in a text: the cues a move takes its direction from. The words
are data (rules/motion.toml).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from . import rule_files
from .text import aligned_lower


@lru_cache(maxsize=1)
def motion_rules() -> dict[str, Any]:
    return rule_files.load("motion.toml")


@dataclass(frozen=True, slots=True)
class Cue:
    start: int
    end: int
    word: str
    kind: str  # verb, neutral, noun, adverb, flat
    direction: int
    strength: int


@lru_cache(maxsize=1)
def _cue_table() -> tuple[re.Pattern[str], dict[str, tuple[str, int, int]]]:
    r = motion_rules()
    table: dict[str, tuple[str, int, int]] = {}
    for d, sign in (("up", 1), ("down", -1)):
        for strength, words in r["verbs"][d].items():
            for w in words:
                table[w] = ("verb", sign, int(strength))
    for w in r["verbs"]["neutral"]["words"]:
        table.setdefault(w, ("neutral", 0, 0))
    for d, sign in (("up", 1), ("down", -1)):
        for w in r["nouns"][d]:
            table.setdefault(w, ("noun", sign, 2))
        for w in r["adverbs"][d]:
            table[w] = ("adverb", sign, 1)
    for w in r["flat"]["words"]:
        table[w] = ("flat", 0, 0)
    words = sorted(table, key=len, reverse=True)
    pat = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b", re.I)
    return pat, table


_WORD = re.compile(r"[a-z][a-z-]*")


def find_cues(text: str, start: int, end: int, low: str | None = None,
              words: set[str] | frozenset[str] | None = None) -> list[Cue]:
    """Motion words in ``text[start:end]``: one pass over the words, each
    looked up in the motion table. ``low`` is ``text.lower()`` if at hand;
    ``words``, the span's words as ``_WORD`` finds them in ``low``, if at
    hand: then only the words of the table among them are looked for."""
    _, table = _cue_table()
    nouns = _noun_words()
    out = []
    if low is None:
        low = aligned_lower(text)
    if words is not None:
        found = sorted((i, w) for w in words if w in table for i in _token_starts(low, start, end, w))
    else:
        found = [(m.start(), m.group(0)) for m in _WORD.finditer(low, start, end) if m.group(0) in table]
    for i, w in found:
        kind, d, s = table[w]
        if kind == "verb" and w in nouns and (_ARTICLE_BEFORE.search(text, max(start, i - 40), i)
                                              or _FIGURE_BEFORE.search(text, max(start, i - 16), i)):
            kind = "noun"  # "a 2.2% rise", "a 1.4 per cent or 3 cent increase"
        if w == "up" and _CAP_AFTER.match(low, i + 2) and not _moved_before(low, max(start, i - 24), i, table):
            continue  # "a buyback of up to 20 pct", "worth up to 100 billion": a cap, not a move
        if w == "ahead" and not _FIGURE_NEAR_AHEAD.search(low, max(start, i - 24), min(end, i + 24)):
            continue  # "ahead of the vote": a time; "ended ahead 102.84 points", "12.5 points ahead": a rise
        if w == "up" and _PHRASAL_UP.search(low, max(start, i - 10), i):
            continue  # "which make up $1 billion", "set up a unit": no rise
        if w == "off" and _PHRASAL_OFF.search(low, max(start, i - 12), i):
            continue  # "has written off $296 million", "spun off", "laid off": no fall of a price
        if w == "close" and low.startswith(" to ", i + 5):
            continue  # "recalling close to 51,000 vehicles": a hedge, no closing price
        if w == "sinking" and low.startswith(" fund", i + 7):
            continue  # "sinking fund debentures": a kind of bond
        if kind == "adverb" and w in ("lower", "higher") and _ARTICLE_ADJ.search(low, max(start, i - 8), i) \
                and _NOUN_NEXT.match(low, i + len(w)):
            continue  # "the lower indicative price (set at 150 cents)": a name of a price, no move
        out.append(Cue(i, i + len(w), w, kind, d, s))
    return out


_ARTICLE_ADJ = re.compile(r"\b(?:the|a|an|its|their)\s+$")
_NOUN_NEXT = re.compile(r"\s+[a-z]+(?:\s+[a-z]+)?\s+(?:price|prices|rate|rates|limit|band|end|level|range|target)\b")


def _token_starts(low: str, start: int, end: int, w: str) -> list[int]:
    """Where ``w`` stands as a whole word of ``_WORD`` (a letter, then letters
    and hyphens) as a scan of ``low[start:end]`` finds them."""
    out = []
    n = len(w)
    i = low.find(w, start, end)
    while i >= 0:
        j = i + n
        if j >= end or not ("a" <= low[j] <= "z" or low[j] == "-"):
            # a word starts here unless a letter before (hyphens between) began it
            k = i
            while k > start and low[k - 1] == "-":
                k -= 1
            if k == start or not ("a" <= low[k - 1] <= "z"):
                out.append(i)
        i = low.find(w, i + 1, end)
    return out


# "up to" and a figure is a cap ("repurchase of up to 20 pct") unless a word of
# motion or a copula comes right before it ("inched up to 8.50", "was up to 1.29 billion")
_CAP_AFTER = re.compile(r"\s+to\s+(?:[$€£¥]|[a-z]{1,3}\$|[a-z]{3}\s?\d|rs\.?\s|\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|"
                        r"a|an|half)\b)")
_WORD_BEFORE = re.compile(r"([a-z]+)\s+$")
_PHRASAL_UP = re.compile(r"\b(?:make|makes|made|making|set|sets|setting|sign(?:s|ed|ing)?|sum(?:s|med)?|draw(?:s|n|ing)?|drew)\s+$")
_PHRASAL_OFF = re.compile(r"\b(?:writ(?:e|es|ing|ten)|wrote|laid|lay(?:s|ing)?|paid|pay(?:s|ing)?|kick(?:s|ed|ing)?|"
                          r"took|tak(?:e|es|ing|en)|set|sets|setting|call(?:s|ed|ing)?|spun|spin(?:s|ning)?|hived?|"
                          r"sign(?:s|ed|ing)?|fend(?:s|ed|ing)?|ward(?:s|ed|ing)?|shrug(?:s|ged|ging)?)\s+$")
# "ahead" moves a price only right beside a figure of points or a percentage
# or before a change and the level it reached ("Tesco ahead 8.8p to 358p", "ahead $1.10 at $42.50")
_FIGURE_NEAR_AHEAD = re.compile(r"ahead\s+[\d.,]+\s*(?:points?|pts|%|per\s?cent|pct)|(?:points?|pts|%|per\s?cent|pct)\s+ahead\b(?!\s+of)"
                                r"|ahead\s+(?:[$€£¥]\s?)?\d[\d.,]*\s*(?:p|c|cents?|pence|sen)?\s+(?:to|at)\s+(?:[$€£¥]\s?)?\d")


# words before "up to" that the motion table lacks but that still move a price there ("edging up to")
_MOVED_TOO = frozenset(["be", "gone", "came", "bounced", "marked", "edging", "inching", "creeping", "ticking", "moving",
                        "pushed"])


def _moved_before(low: str, lo: int, i: int, table: dict[str, tuple[str, int, int]]) -> bool:
    """A word of motion or a copula right before ``i`` ("edging up", "was up")."""
    m = _WORD_BEFORE.search(low, lo, i)
    return m is not None and (m.group(1) in table or m.group(1) in _MOVED_TOO)


_ARTICLE_BEFORE = re.compile(r"\b(?:a|an|its|their|the|his|her|biggest|best|largest|steepest|worst|sharpest)\s+"
                             r"(?:[\w.%'’-]+\s+){0,4}$", re.I)


# a figure and its unit right before: the word after is a noun ("3 cent increase", "2% rise")
_FIGURE_BEFORE = re.compile(r"\d(?:\s*%|\s+(?:per\s*cent|percent|pct|cents?|points?|basis\s+points|bps))\s+$", re.I)


@lru_cache(maxsize=1)
def _noun_words() -> frozenset[str]:
    r = motion_rules()
    return frozenset(r["nouns"]["up"]) | frozenset(r["nouns"]["down"])
