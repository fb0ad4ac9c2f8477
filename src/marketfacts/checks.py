"""Checks: what an editor finds by reasoning over the facts of one article.

Each check is precise by design: it fires only when the stated figures
cannot all be right (beyond their rounding), or when a figure follows from
them. A test suite of correct sentences keeps the checks quiet.
"""

from __future__ import annotations

import math
import re
from datetime import date
from functools import lru_cache
from typing import Any

from . import dates, rule_files
from .model import Check, Doc, Event, Money, Move, Span
from .quantities import find_quantities


@lru_cache(maxsize=1)
def fx_table() -> dict[str, Any]:
    return rule_files.load("fx_reference.toml")


def _fmt(x: float, nd: int = 2) -> str:
    return f"{x:,.{nd}f}"


def _decimals(x: float) -> int:
    s = f"{abs(x):g}"
    return len(s.split(".")[1]) if "." in s else 0


def _check(kind: str, s: int, e: int, finding: str, **fields: Any) -> Check:
    return Check(kind=kind, span=Span(max(0, min(s, e)), max(s, e)), finding=finding, fields=tuple(fields.items()))


# --------------------------------------------------------- implied and arithmetic
def implied_and_arithmetic(doc: Doc) -> list[Check]:
    out: list[Check] = []
    for m in doc.moves:
        if m.subject.type != "index" or m.level is None or m.approx or m.period != "day":
            continue
        if m.change is not None:
            prev = m.level - m.change
            if prev <= 0:
                continue
            calc = m.change / prev * 100
            if m.change_pct is not None:
                tol = 0.5 * 10 ** (-_decimals(m.change_pct)) + 0.005
                if abs(abs(calc) - abs(m.change_pct)) > tol:
                    out.append(_check("arithmetic", m.span.start, m.span.end,
                                      f"a change of {_fmt(m.change)} to {_fmt(m.level)} is {calc:.2f} per cent of the "
                                      f"implied previous close {_fmt(prev)}, not the stated {m.change_pct:g} per cent",
                                      subject=m.subject.name, computed_pct=round(calc, 4), stated_pct=m.change_pct))
                    continue
            out.append(_check("implied", m.span.start, m.span.end,
                              f"{_fmt(abs(m.change))} points {'up' if m.change > 0 else 'down'} to {_fmt(m.level)} implies a "
                              f"previous close of {_fmt(prev)} ({calc:.2f}%)" + (", consistent" if m.change_pct is not None else ""),
                              subject=m.subject.name, previous_close=round(prev, 4)))
        elif m.change_pct is not None and m.change_pct > -100:
            prev = m.level / (1 + m.change_pct / 100)
            out.append(_check("implied", m.span.start, m.span.end,
                              f"a {abs(m.change_pct):g} per cent {'rise' if m.change_pct >= 0 else 'fall'} to {_fmt(m.level)} "
                              f"implies a previous close near {_fmt(prev, 1)}",
                              subject=m.subject.name, previous_close=round(prev, 4)))
    return out


# ------------------------------------------------------------------- magnitude
_PAIR = re.compile(r"\s*\(\s*(?:or\s+|about\s+|around\s+|some\s+)?")


def _usd(amount: float, currency: str | None) -> float | None:
    rates = fx_table()["per_usd"]
    if currency not in rates:
        return None
    return amount / float(rates[currency])


def magnitude(doc: Doc, text: str) -> list[Check]:
    """ "HK$964.5 (US$123 million)": an amount beside its conversion whose
    scale is off by a power of a thousand."""
    out: list[Check] = []
    if "(" not in text:
        return out
    qs: list[Any] = []
    for p in re.finditer(r"\(", text):
        qs += [q for q in find_quantities(text, max(0, p.start() - 40), min(len(text), p.start() + 40)) if q.kind == "money"]
    qs = sorted({(q.start, q.end): q for q in qs}.values(), key=lambda q: q.start)
    for a, b in zip(qs, qs[1:], strict=False):
        gap = text[a.end:b.start]
        if not _PAIR.fullmatch(gap) or a.currency == b.currency:
            continue
        ua, ub = _usd(a.value, a.currency), _usd(b.value, b.currency)
        if not ua or not ub:
            continue
        ratio = ub / ua
        k = round(math.log10(ratio) / 3)
        if k == 0:
            continue
        factor = 10 ** (3 * k)
        if not 0.5 < ratio / factor < 2:
            continue
        word = {1: "thousand", 2: "million", 3: "billion", -1: "thousandth", -2: "millionth"}.get(k, f"1e{3 * k}")
        fixed = a.value * factor
        peg = fx_table()["pegs"].get(a.currency or "")
        how = (f"at the {a.currency[:2]}${peg[0]}-{peg[1]} peg" if peg and peg[0] != peg[1] and a.currency == "HKD"
               else f"at about {fx_table()['per_usd'].get(a.currency, 1):g} {a.currency} per US dollar")
        conv = ub * float(fx_table()["per_usd"][a.currency])
        out.append(_check("magnitude", a.start, b.end + 1 if text[b.end:b.end + 1] == ")" else b.end,
                          f"{text[a.start:a.end]} lacks a magnitude; {how}, {text[b.start:b.end]} is about "
                          f"{a.currency} {conv / 10 ** (3 * k):,.0f} {word}, so '{word}' is implied",
                          stated_amount=Money(a.value, a.currency), implied_amount=Money(fixed, a.currency)))
    return out


# two amounts tied as a range, a change or a list: "$1.13 million to $1.16 billion", "£260m-£280bn",
# "to 587.62 yuan from 371.198 billion yuan", "502 won and 594.5 billion won"
_TIE = re.compile(r"\s*(?:to|-|–|and|from)\s*")
_CHANGE_BEFORE = re.compile(r"\b(?:rose|fell|gained|lost|increased|decreased|declined|dropped|climbed|added|shed|"
                            r"grew|jumped|slipped|by|up|down)\s+\Z", re.I)
_SCALE_WORD = re.compile(r"\d\s*(?:million|billion|trillion|mln|bln|bn|m|b|k)\b", re.I)
_TIE_AT = re.compile(r"(?:\bto|\bfrom|\band|-|–)\s*(?:[A-Z]{0,3}\$|£|€|¥)?\d")


def scale_pairs(text: str) -> list[Check]:
    """Two amounts of one currency tied together whose scales differ by a
    power of a thousand: one has lost or changed its scale word."""
    out: list[Check] = []
    # a thousandfold gap needs a scale word on one side: read the amounts only around those
    windows: list[list[int]] = []
    for sm in _SCALE_WORD.finditer(text):
        lo, hi = max(0, sm.start() - 60), min(len(text), sm.end() + 60)
        if windows and lo <= windows[-1][1]:
            windows[-1][1] = hi
        else:
            windows.append([lo, hi])
    for lo, hi in windows:
        if not _TIE_AT.search(text, lo, hi):
            continue
        qs = [q for q in find_quantities(text, lo, hi) if q.kind == "money" and q.value > 0]
        for a, b in zip(qs, qs[1:], strict=False):
            if a.currency != b.currency or a.bid_ask or b.bid_ask or not _TIE.fullmatch(text, a.end, b.start):
                continue
            if _CHANGE_BEFORE.search(text, max(0, a.start - 16), a.start) and text[a.end:b.start].strip() == "to":
                continue  # "fell 618 mln dlrs to 278.88 billion dlrs": a change, then the level it left
            ratio = max(a.value, b.value) / min(a.value, b.value)
            k = round(math.log10(ratio) / 3)
            if k < 1 or not 0.5 < ratio / 10 ** (3 * k) < 2:
                continue
            word = {1: "a thousand", 2: "a million", 3: "a billion"}.get(k, f"1e{3 * k}")
            out.append(_check("magnitude", a.start, b.end,
                              f"{text[a.start:a.end]} and {text[b.start:b.end]} differ {word}fold: one has lost or "
                              f"changed its scale word", text=text[a.start:b.end]))
    return out


def corrected_amounts(checks: list[Check]) -> dict[float, float]:
    """Stated amount -> amount with its implied magnitude, from magnitude checks."""
    out: dict[float, float] = {}
    for c in checks:
        if c.kind == "magnitude":
            f = dict(c.fields)
            out[f["stated_amount"].amount] = f["implied_amount"].amount
    return out


def tender_implied(doc: Doc, fixes: dict[float, float]) -> list[Check]:
    out: list[Check] = []
    for ev in doc.events:
        if ev.kind != "tender_offer":
            continue
        pps: Money | None = ev.get("price_per_share")
        stake = ev.get("stake_pct")
        totals: list[Money] = [ev.get("total")] if ev.get("total") else []
        if pps is None or not stake or not pps.amount:
            continue
        same = [t for t in totals if t.currency == pps.currency and t.amount]
        if not same:
            continue
        total = fixes.get(same[0].amount or 0.0, same[0].amount or 0.0)
        shares = total / pps.amount
        outstanding = shares / (stake / 100)
        subj = ev.get("target")
        out.append(_check("implied", ev.span.start, ev.span.end,
                          f"{pps.currency} {total / 1e6:,.1f} million at {pps.currency} {pps.amount:g} a share is "
                          f"{shares / 1e6:,.2f} million shares; as {stake:g} per cent that implies about "
                          f"{outstanding / 1e6:,.1f} million shares outstanding",
                          subject=subj.name if subj is not None else None, shares=round(shares),
                          shares_outstanding=round(outstanding)))
    return out


# ------------------------------------------------------------------------ typo
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
    from .names import rules

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
    from .reference import get_reference

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
        out.append(_check("typo", s, m.end(), f"the organisation is {known} {fix.capitalize()}",
                          text=text[s:m.end()], suggestion=f"{known} {fix.capitalize()}"))
    return out + _name_slips(doc, text)


def _deletes(w: str) -> set[str]:
    return {w} | {w[:i] + w[i + 1:] for i in range(len(w))}


@lru_cache(maxsize=1)
def _alias_words() -> dict[str, frozenset[str]]:
    """The words of the reference's names (five letters or more, no common
    word), indexed by each one-letter deletion: a word one slip from one of
    them shares a key with it (substitution, deletion, insertion, swap)."""
    from .entities import common_words
    from .reference import get_reference

    common = common_words()
    idx: dict[str, set[str]] = {}
    for alias in get_reference().aliases:
        words = alias.split()
        if len(words) > 4:
            continue
        for w in words:
            if len(w) >= 5 and w.isalpha() and w not in common:
                for v in _deletes(w):
                    idx.setdefault(v, set()).add(w)
    return {k: frozenset(v) for k, v in idx.items()}


_WORD = re.compile(r"[A-Za-z][\w&'-]*")
# each word's candidate fixes, judged once per process: the same words recur from article to article
_JUDGED: dict[str, list[str]] = {}


_CALENDAR_WORDS = frozenset([*dates.MONTHS, *dates.WEEKDAYS])


def _fits_market(ref: Any, alias: str, market: str | None) -> bool:
    """A name listed in the article's market, or one known the world over."""
    mk = ref.markets.get(market or "")
    return any((mk is not None and inst.country == mk.country) or inst.rank >= 12 for inst in ref.aliases[alias])


def _reference_slips(doc: Doc, text: str, flagged: set[int]) -> list[Check]:
    """A word one slip from a word of a listed company's name, where putting
    the name's word back gives that name ("Sunny Otpical" -> Sunny Optical,
    "Biadu" -> Baidu) and the words as written name nothing known."""
    from .entities import common_words
    from .reference import get_reference

    ref = get_reference()
    idx = _alias_words()
    common = common_words()
    out: list[Check] = []
    judged = _JUDGED
    if len(judged) > 200_000:
        judged.clear()  # a bound on the memo over a long stream
    # judge each distinct word once; walk the text only for the words with a fix
    suspects = set()
    counts: dict[str, int] = {}
    for w in _CAP_WORD.findall(text):
        counts[w] = counts.get(w, 0) + 1
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
        before = _WORD.findall(text[max(0, m.start() - 40):m.start()])[-2:]
        after = _WORD.findall(text[m.end():m.end() + 40])[:2]
        hit = None
        for k in fixes:
            for i in range(len(before) + 1):
                for j in range(len(after) + 1):
                    words = [*before[i:], w, *after[:j]]
                    if any(x[:1].islower() for x in words if x != w):
                        continue  # a name's words are capitalised
                    fixed = " ".join([*before[i:], k, *after[:j]]).lower()
                    if fixed not in ref.aliases or " ".join(words).lower() in ref.aliases:
                        continue
                    if j < len(after) and after[j][:1].isupper():
                        # the name goes on ("China Youran Dairy Group", "Roger Chandler", "Nicor Inc."):
                        # it names someone or something else
                        continue
                    if len(words) == 1 and not (_fits_market(ref, fixed, doc.market) and any(
                            mv.span.start <= m.start() < mv.span.end for mv in doc.moves)):
                        # one word alone is weak evidence: only a name this article's market (or the
                        # world) knows, in a move the article states ("Biadu jumped 3.2 per cent")
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
        out.append(_check("typo", m.start(), m.end(), f"{w} is one slip from {k.capitalize()}: the listed "
                          f"company is {name}", text=w, suggestion=k.capitalize()))
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
    from .entities import common_words
    from .reference import get_reference

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
        out.append(_check("typo", m.start(), m.end(), f"{w} is one slip from {k}, named in the same article "
                          f"({mention})", text=w, suggestion=k))
    return out


# ------------------------------------------------------------------------ dates
_WD_DATE = re.compile(r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+(?:the\s+)?"
                      r"(January|February|March|April|May|June|July|August|September|October|November|December|"
                      r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+((?:19|20)\d\d))?")


_WEEKDAY_NAMES = tuple(w.capitalize() for w in dates.WEEKDAYS)


def date_checks(doc: Doc, text: str) -> list[Check]:
    """A weekday written beside a date it does not fall on."""
    out: list[Check] = []
    if not any(w in text for w in _WEEKDAY_NAMES):
        return out  # a plain substring test is far cheaper than the pattern
    ref = None
    try:
        ref = date.fromisoformat(doc.date) if doc.date else None
    except ValueError:
        ref = None
    for m in _WD_DATE.finditer(text):
        year = int(m.group(4)) if m.group(4) else (ref.year if ref else None)
        if year is None:
            continue
        try:
            d = date(year, dates.MONTHS[m.group(2).lower()[:3]], int(m.group(3)))
        except ValueError:
            continue
        if not m.group(4) and ref is not None and d > ref and (d - ref).days > 180:
            d = d.replace(year=year - 1)
        wd = dates.WEEKDAYS[d.weekday()]
        if wd != m.group(1).lower():
            out.append(_check("date", m.start(), m.end(),
                              f"{d.isoformat()} was a {wd.capitalize()}, not a {m.group(1)}",
                              text=m.group(0), date=d.isoformat()))
    return out


# a weekday said of a move: "soared on Thursday", "ended higher Tuesday"
_MOVE_WEEKDAY = re.compile(r"\b(?:on\s+)?(" + "|".join(_WEEKDAY_NAMES) + r")(?:['’]s)?\b")
_NOT_THIS_SESSION = re.compile(r"\b(?:last|next|previous|prior|since|from|until|till|through|by|before|after|ahead\s+of|"
                               r"due|will|would|expected|scheduled|set|on\s+or|every|each|earlier|later|this\s+past|"
                               r"week|weekend)\W+(?:\w+\W+){0,2}$", re.I)


def session_weekdays(doc: Doc, text: str) -> list[Check]:
    """A move of the report's own day put on the next weekday ("China shares
    soared on Thursday" in a report dated Wednesday): a plain weekday with a
    move names the report's session or one of the days just before it, not
    the day after, nor a weekend day in our times."""
    out: list[Check] = []
    if not any(w in text for w in _WEEKDAY_NAMES):
        return out
    ref = dates.parse_iso(doc.date)
    if ref is None:
        return out
    seen: set[int] = set()
    for m in doc.moves:
        if m.period != "day":
            continue
        for sp in (m.evidence or (m.span,)):
            if _SENTENCE_BREAK.search(text, sp.start, sp.end):
                continue  # a move read across sentences is too loose to hold a weekday to
            out += _weekdays_near(text, sp.start, sp.end, ref, seen)
    # a market's day told in the past tense without a figure ("Major U.S. stock indexes ended
    # higher Tuesday", "Treasury prices slipped Thursday"): the same holds
    west = doc.market not in _EAST_MARKETS
    for vm in _MARKET_PAST.finditer(text):
        if not _MARKET_NOUN.search(text, max(0, vm.start() - 60), vm.start()):
            continue
        if west and _EAST_PLACE.search(text, max(0, vm.start() - 80), vm.end()):
            # Tokyo's Tuesday is still Monday in New York: a report dated in the West may give an
            # Asian market's next day
            continue
        out += _weekdays_near(text, vm.start(), vm.end(), ref, seen)
    return out


_EAST_MARKETS = frozenset(["JP", "HK", "CN", "AU", "NZ", "KR", "SG", "TW", "IN", "MY", "ID", "TH", "PH"])
_EAST_PLACE = re.compile(r"\b(?:Tokyo|Japan\w*|Hong\s+Kong|Sydney|Australia\w*|Asia\w*|Seoul|Korea\w*|Singapore|"
                         r"Shanghai|Shenzhen|China|Chinese|Taipei|Taiwan\w*|Wellington|New\s+Zealand|Mumbai|India\w*)\b")


# a past-tense verb of a market's day, the weekday just after it
_MARKET_PAST = re.compile(r"\b(?:rose|fell|gained|lost|closed|ended|finished|slipped|soared|jumped|surged|retreated|"
                          r"rallied|climbed|declined|dropped|slid|tumbled|plunged|firmed|weakened|strengthened|"
                          r"edged\s+(?:up|down|higher|lower)|advanced|eased|opened)\b[^.;:\n]{0,30}?"
                          r"(?=\b(?:on\s+)?(?:" + "|".join(_WEEKDAY_NAMES) + r")\b)")
_MARKET_NOUN = re.compile(r"\b(?:stocks?|shares|index|indexes|indices|markets?|prices|bourse|yen|dollar|euro|"
                          r"sterling|pound|yuan|won|rupee|Treasur\w*|bonds?|yields?|futures|S&P|Dow|Nasdaq|Nikkei|"
                          r"FTSE|DAX|Kospi|Sensex)\b[^.;\n]{0,40}\Z", re.I)


def _weekdays_near(text: str, start: int, end: int, ref: date, seen: set[int]) -> list[Check]:
    """The weekdays of a move's own words (and the few after them, to its
    sentence's end) that fall after the report's date or on a weekend."""
    out: list[Check] = []
    hi = min(len(text), end + 40)
    stop = _SENTENCE_BREAK.search(text, end, hi)
    hi = stop.start() + 1 if stop else hi
    for wm in _MOVE_WEEKDAY.finditer(text, start, hi):
        if wm.start() in seen or _NOT_THIS_SESSION.search(text, max(0, wm.start() - 30), wm.start()) \
                or _EVENT_BEFORE.search(text, max(0, wm.start() - 40), wm.start()) \
                or text[wm.end():wm.end() + 12].lstrip(" ,").startswith(_MONTH_STARTS):
            continue  # "last Thursday", "a meeting on Thursday", "Thursday, Oct. 15" (the date check's)
        wd = dates.WEEKDAYS.index(wm.group(1).lower())
        back = (ref.weekday() - wd) % 7
        weekend = wd >= 5 and ref.year >= 1998  # (Tokyo traded on Saturdays in the 1980s)
        if back not in (5, 6) and not weekend:
            continue
        seen.add(wm.start())
        why = "a weekend day, with no session" if weekend else \
            f"after the report's date ({ref.isoformat()}, a {ref.strftime('%A')})"
        out.append(_check("date", wm.start(), wm.end(), f"{wm.group(1)} is {why}; the move is of the report's "
                          f"session or a day before it", text=wm.group(0), date=ref.isoformat()))
    return out


# an event the weekday belongs to, not the move: "its board meeting on Thursday", "final trade day Tuesday"
_EVENT_BEFORE = re.compile(r"\b(?:meeting|meetings|day|session|conference|announcement|report|release|data|decision|"
                           r"vote|election|holiday|hearing|talks|summit|auction|deadline|expiry|expiration|results|"
                           r"earnings|figures|statement)\s+(?:\w+\s+){0,1}(?:on\s+)?$", re.I)
_MONTH_STARTS = tuple(m.capitalize() for m in dates.MONTHS if len(m) == 3)
_FROM_LEVEL = re.compile(r"[^.;]{0,25}?\bfrom\s+(?:a\s+|an\s+)?(?:previous\s+|prior\s+)?(?:close\s+of\s+)?"
                         # "from their offer price of HK$40.00", "from its issue price of 3.10 yuan"
                         r"(?:(?:the|its|their)\s+(?:offer|issue|IPO|listing|subscription)\s+price\s+of\s+"
                         r"(?:[A-Z]{0,3}\$|£|€|¥|Rs\.?\s?)?)?"
                         r"(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?![\d,]|\.\d|-\d|/\d|\s*(?:%|per|pct|points?|bps))")


_SENTENCE_BREAK = re.compile(r"[.!?][\"'’”]?\s+[A-Z(]|\n\s*\n")


def _unit(written: str) -> float:
    """The step a written figure is exact to: "8,554.80" 0.01, "408,000" 1,000."""
    w = written.replace(",", "")
    if "." in w:
        return 10.0 ** -len(w.split(".")[1])
    zeros = len(w) - len(w.rstrip("0"))
    # "408,000 tonnes" is rounded; "8,600" points may well be exact
    return 10.0 ** min(zeros, len(w) - 1) if zeros >= 3 else 1.0


def stated_previous(doc: Doc, text: str) -> list[Check]:
    """ "rose 0.5% to 8,700 from 8,600": a move that states the level it
    came from, its change not that between the two levels."""
    out: list[Check] = []
    for m in doc.moves:
        if m.level is None or m.approx or (m.change_pct is None and m.change is None) or "from" not in \
                text[m.span.start:m.span.end + 40] or m.span.end - m.span.start > 200:
            continue  # (a move read across a long stretch is too loose a reading to hold to account)
        if _SENTENCE_BREAK.search(text, m.span.start, m.span.end):
            continue  # a move read across sentences
        f = _FROM_LEVEL.match(text, m.span.end)  # right after the level the move ends on
        if f is None:
            continue
        prev = float(f.group(1).replace(",", ""))
        if prev <= 0 or prev == m.level or not 0.5 < m.level / prev < 2:
            continue  # a figure of another scale is not the level it came from
        calc = (m.level - prev) / prev * 100
        # each level is as exact as it is written: "408,000" may stand for anything from 407,500
        slack = 100 * (_unit(f.group(1)) + _unit(f"{m.level:f}".rstrip("0").rstrip("."))) / 2 / prev
        if m.change_pct is not None:
            tol = 0.5 * 10 ** (-_decimals(m.change_pct)) + 0.005 + slack
            if abs(calc - m.change_pct) > tol:
                out.append(_check("arithmetic", m.span.start, f.end(),
                                  f"from {_fmt(prev)} to {_fmt(m.level)} is {calc:+.2f} per cent, not the stated "
                                  f"{m.change_pct:+g} per cent", subject=m.subject.name, computed_pct=round(calc, 4),
                                  stated_pct=m.change_pct))
        elif m.change is not None:
            tol = 0.5 * 10 ** (-_decimals(m.change)) + (_unit(f.group(1)) + _unit(f"{m.level:f}".rstrip("0").rstrip("."))) / 2 + 1e-9
            if abs((m.level - prev) - m.change) > tol:
                out.append(_check("arithmetic", m.span.start, f.end(),
                                  f"from {_fmt(prev)} to {_fmt(m.level)} is a change of {m.level - prev:+.2f}, not the "
                                  f"stated {m.change:+g}", subject=m.subject.name, computed_change=round(m.level - prev, 4),
                                  stated_change=m.change))
    return out


# "ended just above the 6,000 point mark at 5,990.84": a level on the wrong side of the mark it names
_MARK = re.compile(r"\b(above|below|over|under)\s+the\s+(\d{1,3}(?:,\d{3})+|\d+)(?:[- ]points?)?\s+"
                   r"(?:mark|level|barrier|line|threshold|milestone)\s+(?:at|to)\s+(\d{1,3}(?:,\d{3})+(?:\.\d+)?|"
                   r"\d+(?:\.\d+)?)(?![\d,])", re.I)


def mark_sides(text: str) -> list[Check]:
    out: list[Check] = []
    if "mark" not in text and "level" not in text and "barrier" not in text and "line" not in text:
        return out
    for m in _MARK.finditer(text):
        side, mark, level = m.group(1).lower(), float(m.group(2).replace(",", "")), float(m.group(3).replace(",", ""))
        up = side in ("above", "over")
        if (up and level < mark) or (not up and level > mark):
            out.append(_check("arithmetic", m.start(), m.end(),
                              f"{m.group(3)} is {'below' if up else 'above'} the {m.group(2)} mark it is said to be "
                              f"{side}", text=m.group(0)))
    return out


def run_checks(doc: Doc, text: str) -> list[Check]:
    checks = magnitude(doc, text)
    checks += implied_and_arithmetic(doc)
    checks += stated_previous(doc, text)
    checks += tender_implied(doc, corrected_amounts(checks))
    checks += scale_pairs(text)
    checks += mark_sides(text)
    checks += typos(doc, text)
    checks += _reference_slips(doc, text, {c.span.start for c in checks if c.kind == "typo"})
    checks += date_checks(doc, text)
    checks += session_weekdays(doc, text)
    checks.sort(key=lambda c: c.span.start)
    return checks


__all__ = ["run_checks", "Event"]
