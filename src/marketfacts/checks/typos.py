"""Names misspelt by one letter: a division word of a known company, a word
of a listed company's name, a name the article spells right elsewhere."""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from typing import Any

from .. import dates
from ..model import Check, Doc, Move
from .common import make_check

_DIVISIONS = ("cloud", "group", "holdings", "bank", "capital", "securities", "motors", "energy", "financial",
              "technology", "international", "insurance", "properties", "pharma", "health", "music", "pictures",
              "games", "logistics", "airlines", "airways", "semiconductor", "electronics", "entertainment")


def _one_slip(a: str, b: str) -> bool:
    """Damerau-Levenshtein distance exactly one (a swap counts once)."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        if len(diff) == 1:
            return True
        return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]
    if len(a) > len(b):
        a, b = b, a
    for i in range(len(b)):
        if b[:i] + b[i + 1:] == a:
            return True
    return False


@lru_cache(maxsize=1)
def _name_words() -> frozenset[str]:
    from ..names import rules

    r = rules()
    return frozenset(r["descriptors"]) | frozenset(r["legal_suffixes"])


# every capitalised word, and a few pieces of words: a cheap superset to test
# against the slips (a class-led pattern scans several times faster)
_CAP_RUN = re.compile(r"[A-Z][a-z]{3,}")


@lru_cache(maxsize=1)
def _slip_variants() -> frozenset[str]:
    """Every word one slip from a division word (for a cheap first test)."""
    letters = "abcdefghijklmnopqrstuvwxyz"
    out: set[str] = set()
    for d in _DIVISIONS:
        for i in range(len(d) + 1):
            for c in letters:
                out.add(d[:i] + c + d[i:])
            if i < len(d):
                out.add(d[:i] + d[i + 1:])
                for c in letters:
                    out.add(d[:i] + c + d[i + 1:])
            if i < len(d) - 1:
                out.add(d[:i] + d[i + 1] + d[i] + d[i + 2:])
        if len(d) >= 5:
            # a letter out of place: move any one letter anywhere
            for i in range(len(d)):
                rest = d[:i] + d[i + 1:]
                for j in range(len(d)):
                    out.add(rest[:j] + d[i] + rest[j:])
    return frozenset(out - set(_DIVISIONS) - _name_words())


@lru_cache(maxsize=1)
def _slip_caps() -> frozenset[str]:
    return frozenset(w.capitalize() for w in _slip_variants())


_NAME_THEN_WORD = re.compile(r"\b([A-Z][\w&.'-]*(?: [A-Z][\w&.'-]*){0,3}) ([A-Z][a-z]{3,})\b")


def typos(doc: Doc, text: str) -> list[Check]:
    """A known company name followed by a misspelt division word
    ("Alibaba Could", "Tencent Holdigns")."""
    from ..reference import get_reference

    ref = get_reference()
    out: list[Check] = []
    caps = _slip_caps()
    if caps.isdisjoint(_CAP_RUN.findall(text)):
        return _name_slips(doc, text)
    for m in _NAME_THEN_WORD.finditer(text):
        if m.group(2) not in caps:
            continue
        w = m.group(2).lower()
        if w in _DIVISIONS or w in _name_words() or w + "s" in _DIVISIONS or w.rstrip("s") in _DIVISIONS:
            continue  # "Holding", "Motor": a name's own word, not a slip
        # one slip: a letter wrong, missing, doubled or out of place
        fix = next((d for d in _DIVISIONS if _one_slip(w, d) or (len(w) >= 5 and sorted(w) == sorted(d))), None)
        if fix is None:
            continue
        name = m.group(1)
        words = name.split()
        known = None
        for k in range(len(words)):
            cand = " ".join(words[k:])
            inst = ref.lookup(cand, doc.market)
            if inst is not None:
                known = cand
                break
        if known is None:
            continue
        s = m.start(1) + len(name) - len(known)
        out.append(make_check("typo", s, m.end(), f"the organisation is {known} {fix.capitalize()}",
                          text=text[s:m.end()], suggestion=f"{known} {fix.capitalize()}"))
    return out + _name_slips(doc, text)


def _deletes(w: str) -> set[str]:
    return {w} | {w[:i] + w[i + 1:] for i in range(len(w))}


@lru_cache(maxsize=1)
def _alias_words() -> dict[str, frozenset[str]]:
    """The words of the reference's names (five letters or more, no common
    word), indexed by each one-letter deletion: a word one slip from one of
    them shares a key with it (substitution, deletion, insertion, swap)."""
    from ..entities import common_words
    from ..reference import get_reference

    common = common_words()
    idx: dict[str, set[str]] = {}
    for alias in get_reference().aliases:
        words = alias.split()
        if len(words) > 4:
            continue
        for w in words:
            # a common word only where it is a whole name ("Shell"): a slip of it must still be no word
            if len(w) >= 5 and w.isalpha() and (w not in common or len(words) == 1):
                for v in _deletes(w):
                    idx.setdefault(v, set()).add(w)
    return {k: frozenset(v) for k, v in idx.items()}


_WORD = re.compile(r"[A-Za-z][\w&'-]*")
_RUN_BEFORE = re.compile(r"(?:(?<=\s)[A-Za-z][\w&'-]*\s+)*\Z")
_RUN_AFTER = re.compile(r"(?:\s+[A-Za-z][\w&'-]*(?=[\s,;:.!?)]|$))*")
# each word's candidate fixes, judged once per process: the same words recur from article to article
_JUDGED: dict[str, list[str]] = {}


_CALENDAR_WORDS = frozenset([*dates.MONTHS, *dates.WEEKDAYS])


def _fits_market(ref: Any, alias: str, market: str | None) -> bool:
    """A name listed in the article's market, or one known the world over."""
    mk = ref.markets.get(market or "")
    return any((mk is not None and inst.country == mk.country) or inst.rank >= 12 for inst in ref.aliases[alias])


def capitalised_words(text: str) -> Counter[str]:
    """Each capitalised word of five letters or more, with how often it is written."""
    return Counter(_CAP_WORD.findall(text))


def reference_slips(doc: Doc, text: str, flagged: set[int], counts: Counter[str] | None = None) -> list[Check]:
    """A word one slip from a word of a listed company's name, where putting
    the name's word back gives that name ("Sunny Otpical" -> Sunny Optical,
    "Biadu" -> Baidu) and the words as written name nothing known."""
    from ..entities import common_words
    from ..reference import get_reference

    ref = get_reference()
    idx = _alias_words()
    common = common_words()
    out: list[Check] = []
    judged = _JUDGED
    if len(judged) > 200_000:
        judged.clear()  # a bound on the memo over a long stream
    # judge each distinct word once; walk the text only for the words with a fix
    suspects = set()
    counts = capitalised_words(text) if counts is None else counts
    for w, n in counts.items():
        if n > 1:
            continue  # a spelling the article keeps is its own, not a slip
        lw = w.lower()
        if lw not in judged:
            near: set[str] = set()
            if lw not in common and lw not in idx.get(lw, ()) and w not in ref.places and lw not in _CALENDAR_WORDS:
                for v in _deletes(lw):
                    near |= idx.get(v, frozenset())
            judged[lw] = sorted(k for k in near if _one_slip(lw, k)
                                and not any(a == b + x for a, b in ((lw, k), (k, lw)) for x in ("s", "n", "an")))
        if judged[lw]:
            suspects.add(w)
    if not suspects:
        return out
    for m in _CAP_WORD.finditer(text):
        w = m.group(0)
        if w not in suspects or m.start() in flagged:
            continue
        fixes = judged[w.lower()]
        # the words of a name run on through spaces only ("Fast Retailign 9983.T gained": the ticker is not one)
        before = _RUN_BEFORE.search(text, max(0, m.start() - 40), m.start()).group(0).split()[-2:]  # type: ignore[union-attr]
        after = _RUN_AFTER.match(text, m.end(), m.end() + 40).group(0).split()[:2]  # type: ignore[union-attr]
        hit = None
        for k in fixes:
            for i in range(len(before) + 1):
                for j in range(len(after) + 1):
                    words = [*before[i:], w, *after[:j]]
                    if any(x[:1].islower() for x in words if x != w):
                        continue  # a name's words are capitalised
                    fixed = " ".join([*before[i:], k, *after[:j]]).lower()
                    if len(words) == 1 and fixed not in ref.aliases:
                        fixed = _distinctive_words().get(fixed, fixed)  # "Lufthansa" of Deutsche Lufthansa
                    if fixed not in ref.aliases or " ".join(words).lower() in ref.aliases:
                        continue
                    if j < len(after) and after[j][:1].isupper() and not _name_goes_on(
                            ref, fixed, after[j:], doc.market, common):
                        # the name goes on ("China Youran Dairy Group", "Roger Chandler", "Nicor Inc."):
                        # it names someone or something else
                        continue
                    said_to_move = _MOVE_AFTER.match(text, m.end()) is not None or any(
                        mv.span.start <= m.start() < mv.span.end for mv in doc.moves)
                    if len(words) == 1 and not (_fits_market(ref, fixed, doc.market) and said_to_move):
                        # one word alone is weak evidence: only a name this article's market (or the
                        # world) knows, said to move ("Biadu jumped 3.2 per cent", "Pfitzer rose")
                        continue
                    hit = (k, " ".join([*before[i:], k.capitalize(), *after[:j]]), i == len(before))
                    break
                if hit:
                    break
            if hit:
                break
        if hit is None:
            continue
        k, name, starts_here = hit
        if text[m.end():m.end() + 1] == "." and re.match(r"\.\s*(?:,|[a-z])", text[m.end():m.end() + 4]):
            continue  # an abbreviation ("Mountain View, Calif., estimates")
        if starts_here and _a_surname(text, m.start(), m.end()):
            continue
        flagged.add(m.start())
        out.append(make_check("typo", m.start(), m.end(), f"{w} is one slip from {k.capitalize()}: the listed "
                          f"company is {name}", text=w, suggestion=k.capitalize()))
    return out


# a stock said to move, its verb right after its name ("Pfitzer rose", "Lufthanza, meanwhile, lost ground")
_MOVE_AFTER = re.compile(r"(?:['’]s)?(?:\s+shares)?(?:,\s+(?:meanwhile|however|though|too|also),)?\s+(?:rose|fell|gained|"
                         r"lost|jumped|surged|soared|climbed|added|advanced|rallied|slipped|slid|dropped|declined|"
                         r"tumbled|plunged|sank|sunk|eased|edged|dipped|shed|retreated|rebounded|was\s+(?:up|down)|"
                         r"were\s+(?:up|down))\b")


@lru_cache(maxsize=1)
def _distinctive_words() -> dict[str, str]:
    """A word of one company's names only ("lufthansa" of "deutsche
    lufthansa"): the word alone names that company."""
    from ..entities import common_words
    from ..reference import get_reference

    ref = get_reference()
    common = common_words()
    owners: dict[str, set[str]] = {}
    alias_of: dict[str, str] = {}
    for alias, insts in ref.aliases.items():
        words = alias.split()
        if len(words) < 2 or len(words) > 4:
            continue
        for w in words:
            if len(w) >= 6 and w.isalpha() and w not in common and w not in ref.aliases:
                owners.setdefault(w, set()).update(i.name.lower() for i in insts)
                alias_of.setdefault(w, alias)
    return {w: alias_of[w] for w, names in owners.items() if len(names) == 1}


def _name_goes_on(ref: Any, fixed: str, rest: list[str], market: str | None, common: frozenset[str]) -> bool:
    """The words after a name are still its own: a known longer name starts
    so ("Geely Auto" of Geely Automobile), or they are plain words
    ("Fortescue Metals Group") of a company listed in the article's market."""
    longer = f"{fixed} {rest[0].lower()}"
    if any(a.startswith(longer) for i in ref.aliases[fixed] for a in _aliases_by_id().get(i.id, ())):
        return True
    from ..names import rules

    if rest[0].lower().rstrip(".") in {x.lower().rstrip(".") for x in rules()["legal_suffixes"]}:
        # "Nicor Inc.": a short word with a legal form is a whole name of its own, not Nucor's; a long one
        # ("Citigrooup Inc.") or a name of several words ("Hyundai Mottor Co") is the listed one
        return " " in fixed or len(fixed) >= 8
    mk = ref.markets.get(market or "")
    return mk is not None and any(i.country == mk.country for i in ref.aliases[fixed]) and \
        all(x.lower() in common or x.lower() in _name_words() for x in rest if x[:1].isupper())


@lru_cache(maxsize=1)
def _aliases_by_id() -> dict[str, list[str]]:
    from ..reference import get_reference

    out: dict[str, list[str]] = {}
    for alias, insts in get_reference().aliases.items():
        for i in insts:
            out.setdefault(i.id, []).append(alias)
    return out


_CAP_WORD = re.compile(r"\b[A-Z][a-z]{4,}\b")
_SAID = re.compile(r"\s+(?:said|says|told|added|noted)\b")
_AFTER_A_NAME = re.compile(r"[A-Z][a-z]+\s+\Z")


def _a_surname(text: str, start: int, end: int) -> bool:
    """The word at [start, end) reads as a surname here ("Tom Bloch", "Bloch said")."""
    return _AFTER_A_NAME.search(text, max(0, start - 20), start) is not None or _SAID.match(text, end) is not None


def _name_slips(doc: Doc, text: str) -> list[Check]:
    """A word one slip from a word of a name the article links elsewhere
    ("Tencnet" beside "Tencent Holdings"), and itself no known name or word."""
    from ..entities import common_words
    from ..reference import get_reference

    known: dict[str, str] = {}
    ref = get_reference()
    for f in doc.facts:
        subj = f.subject if isinstance(f, Move) else f.get("subject")
        if subj is None or getattr(subj, "type", "") not in ("stock", "company"):
            continue
        if not getattr(subj, "id", None) and (subj.mention or "").lower() not in ref.aliases:
            continue  # a listed name, linked or (a line the reference lacks) known by its name
        for w in (subj.mention or "").split():
            if len(w) >= 5 and w[:1].isupper() and w[1:].islower() and w.isalpha():
                known.setdefault(w, subj.mention)
    if not known:
        return []
    out: list[Check] = []
    seen: set[str] = set()
    slips: dict[str, tuple[str, str] | None] = {}  # each word judged once: the text may be huge
    for m in _CAP_WORD.finditer(text):
        w = m.group(0)
        if w in known:
            continue
        if w not in slips:
            slips[w] = next(((k, mention) for k, mention in known.items()
                             if abs(len(k) - len(w)) <= 1 and _one_slip(w.lower(), k.lower())
                             and not any(a == b + x for a, b in ((w, k), (k, w)) for x in ("s", "n", "an"))),
                            None)  # "Motors"/"Motor", "Korea"/"Korean": forms of one word, not a slip
            hit = slips[w]
            if hit is not None and (w in ref.places or ref.lookup(w, doc.market) is not None
                                    or w.lower() in common_words()
                                    or re.search(r"\b[A-Z][a-z]+\s+" + w + r"\b", text)):
                slips[w] = None  # a place, a known name or word, a surname ("Tom Bloch")
        hit = slips[w]
        if hit is None or w in seen:
            continue
        if _a_surname(text, m.start(), m.end()):
            continue
        seen.add(w)
        k, mention = hit
        out.append(make_check("typo", m.start(), m.end(), f"{w} is one slip from {k}, named in the same article "
                          f"({mention})", text=w, suggestion=k))
    return out



# forms of one word, not slips: "Kuwait"/"Kuwaiti", "Motor"/"Motors", "Korea"/"Korean"
_FORM_ENDINGS = ("s", "n", "an", "i", "e", "a", "y", "es", "er", "ed")
_WORD_START = re.compile(r"\b[A-Z][a-z]{3,}")


def _forms(a: str, b: str) -> bool:
    """Forms or spellings of one word: an ending added, or British against
    American ("Fibre", "Fiber")."""
    return any(x == y + e for x, y in ((a, b), (b, a)) for e in _FORM_ENDINGS) or \
        (a[:-2] == b[:-2] and {a[-2:], b[-2:]} == {"re", "er"})


def own_spelling_slips(doc: Doc, text: str, flagged: set[int], counts: Counter[str] | None = None) -> list[Check]:
    """A name the article spells two ways, one letter apart ("Novozymmes
    slid" beside "Novozymes" twice, "Shanghai Voicecom" beside "Shanghai
    Voicecomm"): the spelling written once is the slip; where each is
    written once, both are shown. A word of the dictionary, a place, a
    person's name and a word's own forms are never slips."""
    from ..entities import common_words
    from ..events.countries import is_country_word
    from ..reference import get_reference

    if len(text) > 200_000:
        return []  # (a spelling count over a book is no evidence about one name)
    ref = get_reference()
    common = common_words()
    exact = capitalised_words(text) if counts is None else counts
    # the article's words by first letter and length: a slip keeps a name's capital, and its length
    # within one
    near: dict[tuple[str, int], list[str]] = {}
    for w in exact:
        near.setdefault((w[0], len(w)), []).append(w)
    # a word written once with a word of its letter and about its length beside it (cheap tests first)
    suspects = [w for w, n in exact.items() if n == 1 and len(w) >= 5
                and (len(near[(w[0], len(w))]) > 1 or (w[0], len(w) - 1) in near or (w[0], len(w) + 1) in near)]
    suspects = [w for w in suspects if w.lower() not in common and w not in ref.places
                and w.lower() not in _CALENDAR_WORDS and w.lower() not in ref.aliases]
    if not suspects:
        return []
    starts: dict[str, int] = {}

    def started(k: str) -> int:
        """How often ``k`` starts a word: a glued word counts ("Hutchmedraised"), a longer spelling of
        the name does not ("Brightcomm")."""
        if k not in starts:
            starts[k] = sum(1 for g in re.finditer(r"\b" + k + r"([a-z]*)", text)
                            if len(g.group(1)) != 1 or k + g.group(1) not in exact)
        return starts[k]

    subjects = {w for mv in doc.moves for w in (mv.subject.mention or "").split()}
    head = text[:400].lstrip()[:200]
    first = head.split("\n", 1)[0]
    headline = set(_WORD_START.findall(first)) if "\n" in head and not first.rstrip().endswith(".") else set()
    out: list[Check] = []
    done: set[tuple[str, str]] = set()
    for w in suspects:
        lw = w.lower()
        others = [k for n in (len(w) - 1, len(w), len(w) + 1) for k in near.get((w[0], n), ()) if k != w]
        for k in others:
            if not _one_slip(lw, k.lower()) or _forms(lw, k.lower()) or (k, w) in done or k in ref.places \
                    or is_country_word(k) or is_country_word(w) or is_country_word(k.rstrip("s")):
                continue  # (a place's other spelling, "Brasil" beside "Brazil", is no slip)
            kw = k.lower()
            k_known = kw in common or kw in ref.aliases
            if started(k) >= 2 or ((k_known or k in headline) and w in subjects):
                # the spelling the article keeps; a name the headline spells, or a dictionary word, against
                # the unknown subject of a move
                pairs = [(w, k)]
            elif started(k) == 1 and kw not in common and kw not in _CALENDAR_WORDS and k not in ref.places \
                    and _same_name(text, w, k):
                pairs = [(w, k), (k, w)]  # each written once, in one name: which is right is the editor's call
            else:
                continue
            done.add((w, k))
            for x, y in pairs:
                hit = re.search(r"\b" + x + r"\b", text)
                if hit is None or hit.start() in flagged or _SAID.match(text, hit.end()):
                    continue
                if _a_surname(text, hit.start(), hit.end()) and not _same_name(text, x, y):
                    continue  # "Tom Bloch" beside the company Block
                flagged.add(hit.start())
                out.append(make_check("typo", hit.start(), hit.end(), f"{x} is one slip from {y}, as the same article "
                                      f"also spells it", text=x, suggestion=y))
    return out


def _same_name(text: str, a: str, b: str) -> bool:
    """Both spellings follow the same capitalised word: one name ("Shanghai
    Voicecom", "Shanghai Voicecomm"), not two people ("Ronald", "Donald")."""
    ma = re.search(r"\b([A-Z][\w&'-]*)\s+" + a + r"\b", text)
    mb = re.search(r"\b([A-Z][\w&'-]*)\s+" + b, text)
    return ma is not None and mb is not None and ma.group(1) == mb.group(1)
