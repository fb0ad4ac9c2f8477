"""Sectors as subjects: a sub-index ("the energy sub-index"), a group of a
sector's stocks ("Turkish bank stocks", "energy shares", "the European
aerospace and defence index"), and a sector's plural opening a clause
("insurers led gains"). Split from entities.py, which finds every name."""

from __future__ import annotations

import re

from .named_markets import SECTOR_WORDS_RE

SECTOR = re.compile(r"(?P<sector>\b(?:the\s+)?(?!(?:an?|its|their|push\w*|help\w*|send\w*|dr[io]ve\w*)\s)(?:[a-z]+(?:[- ]"
                     r"(?!(?:an?|its|their)\s)[a-z]+)?\s+)(?:sub-index|subindex|sector\s+index|sub-sector))\b")
# a group of a sector's stocks as a subject: "Turkish bank stocks", "the European aerospace and defence
# index", "energy shares"; and a sector's plural noun opening a clause before its verb ("financials,
# gaining 0.7 per cent", "insurers led gains", "Utilities rose 1.2%")
_SECTOR_WORDS_RE = SECTOR_WORDS_RE
_SECTOR_NOUN = r"(?:" + _SECTOR_WORDS_RE + r")"  # lower case: "Turkish bank stocks"; "Starrex Mining shares" is a name
_NOT_DET = r"(?!(?:The|A|An|Its|Their|This|That|These|Those|Other|Some|All)\s)"
_SECTOR_NOUN_CAP = r"(?:" + "|".join(w[:1].upper() + w[1:] for w in _SECTOR_WORDS_RE.split("|")) + r")"
# a sector's plurals that open a clause, the verbs after them, and the nouns a group of a sector ends in
_SECTOR_PLURALS = ("insurers", "miners", "banks", "financials", "utilities", "lenders", "automakers", "carmakers",
                   "chipmakers", "retailers", "airlines", "developers", "autos", "industrials")
_SECTOR_VERBS = ("rose", "fell", "gained", "gaining", "rising", "falling", "dropped", "dropping", "slipped", "climbed",
                 "jumped", "led", "added", "adding", "lost", "losing", "shed", "advanced", "declined", "up", "down", "were",
                 "slid", "sank", "rallied")
_GROUP_NOUNS = r"(?:stocks|shares|sector|names)"
SECTOR_GROUP = re.compile(r"(?P<sector>(?<![-\w])(?:[Tt]he\s+)?(?:" + _NOT_DET + r"[A-Z][a-z]+\s+)?" + _SECTOR_NOUN + r"(?:\s+and\s+" + _SECTOR_NOUN +
                           r")?\s+" + _GROUP_NOUNS + r"\b|"
                           # capitalised only where a sentence or line opens: "Energy shares, however, capped gains"
                           r"(?:(?<=^)|(?<=\n)|(?<=[.;:]\s))" + _SECTOR_NOUN_CAP + r"(?:\s+and\s+" + _SECTOR_NOUN +
                           r")?\s+" + _GROUP_NOUNS + r"\b|"
                           # an index of a sector named with its region ("European aerospace and defence index");
                           # "the tech index" alone is an anaphor of the market's own
                           r"(?<![-\w])(?:[Tt]he\s+)?" + _NOT_DET + r"[A-Z][a-z]+\s+" + _SECTOR_NOUN + r"(?:\s+and\s+" + _SECTOR_NOUN +
                           r")?\s+index\b|"
                           r"(?:(?<=^)|(?<=[,;.]\s)|(?<=\band\s)|(?<=\bwhile\s)|(?<=\bwith\s)|(?<=\n))(?:"
                           + "|".join(f"[{w[0].upper()}{w[0]}]{w[1:]}" for w in _SECTOR_PLURALS) + r"|[Rr]eal\s+estate)"
                           r"(?=,?\s+(?:" + "|".join(_SECTOR_VERBS) + r")\b))")
# what follows a sector's word in a group: its noun, or the verb after a sector's plural
SECTOR_NEXT = frozenset(("stocks", "shares", "sector", "names", "index") + _SECTOR_VERBS)
# the words a sector group is built on, one word each ("estate" of "real estate"); a sentence without one has none
SECTOR_KEYS = frozenset(w.split("\\s+")[-1].replace("?", "") for w in _SECTOR_WORDS_RE.split("|")) | frozenset(
    _SECTOR_PLURALS + ("resource", "health", "health-care"))
