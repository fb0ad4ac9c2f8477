"""Text handling that keeps offsets: header parsing, markup blanking,
sentence splitting and finding the market an article is about.

Nothing here changes the length of the text, so every span found on the
cleaned text is a span of the input.
"""

from __future__ import annotations

import re
import string
from functools import lru_cache
from typing import Any, NamedTuple

from .reference import get_reference

HEADER = re.compile(r"\A\s*date\s+(\d{4}-\d{2}-\d{2})\b")
_TAG = re.compile(r"<(script|style)\b.*?</\1\s*>|<!--.*?-->|<[A-Za-z/!][^<>]{0,2000}>", re.S | re.I)
_ENTITY = re.compile(r"&(?:#\d{1,7}|#x[0-9a-fA-F]{1,6}|[A-Za-z]{2,8});")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffd]")
_NAMED = {"amp": "&", "lt": "<", "gt": ">", "quot": '"', "apos": "'", "nbsp": " ", "pound": "£",
          "euro": "€", "yen": "¥", "cent": "¢", "rsquo": "’", "lsquo": "‘", "ndash": "–", "mdash": "—"}


def clean(text: str) -> str:
    """Blank out markup and control characters, keeping every offset.

    A tag becomes spaces of the same length; an entity such as ``&amp;``
    becomes its character padded with spaces. The result has ``len(text)``.
    """
    if "<" in text:
        text = _TAG.sub(_blank_tag, text)
    if "&" in text:
        text = _ENTITY.sub(_entity, text)
    if _CONTROL.search(text):
        text = _CONTROL.sub(" ", text)
    return text


# a wire ticker after a name ("Exxon <XON> rose"): capitals in angle
# brackets, a word and a space before, a space or a stop after. It is text,
# not markup (an HTML tag is not set off by spaces like this).
_TICKER_TAG = re.compile(r"<[A-Z][A-Z0-9.]{0,9}>")


# a wire's mark of a company name, "<Brierley Investments Ltd>": words, not markup
NAME_TAG = re.compile(r"<([A-Z][\w&.,'’-]*(?:(?: +|\n)[\w&.,'’()-]+)+)>")  # a hard-wrapped name goes on
_NAME_SMALL = frozenset(["of", "and", "de", "du", "des", "la", "le", "the", "for", "&", "und", "van", "von", "y"])


def is_name_tag(s: str) -> bool:
    m = NAME_TAG.fullmatch(s)
    return m is not None and all(w[:1].isupper() or w[:1].isdigit() or w in _NAME_SMALL or w[:1] == "("
                                 for w in m.group(1).split())


def _blank_tag(m: re.Match[str]) -> str:
    s = m.group(0)
    if is_name_tag(s):
        return s  # a wire's mark of a name is text: the entity reader takes the name whole
    if _TICKER_TAG.fullmatch(s):
        t, a, b = m.string, m.start(), m.end()
        if a >= 2 and t[a - 1] == " " and (t[a - 2].isalnum() or t[a - 2] in ".)") and \
                (b == len(t) or t[b] in " \n\t,;:.)"):
            return s
    return " " * len(s)


# written with chr(): mypyc compiles this module and takes no surrogate in a literal
_SURROGATE = re.compile("[" + chr(0xD800) + "-" + chr(0xDFFF) + "]")


def replace_surrogates(s: str) -> str:
    """A lone surrogate ("\\ud800" in JSON) cannot be written out as UTF-8 or
    stored: it becomes U+FFFD, the text is kept."""
    return _SURROGATE.sub("\ufffd", s) if _SURROGATE.search(s) else s


def _entity(m: re.Match[str]) -> str:
    s = m.group(0)
    body = s[1:-1]
    ch = None
    if body.startswith("#x"):
        try:
            ch = chr(int(body[2:], 16))
        except (ValueError, OverflowError):
            ch = None
    elif body.startswith("#"):
        try:
            ch = chr(int(body[1:]))
        except (ValueError, OverflowError):
            ch = None
    else:
        ch = _NAMED.get(body)
    if ch is None or len(ch) != 1:
        return s
    return ch + " " * (len(s) - 1)


def split_header(text: str) -> tuple[str | None, int]:
    """The date of a ``date YYYY-MM-DD`` header and where the body starts."""
    m = HEADER.match(text)
    if not m:
        return None, 0
    return m.group(1), m.end()


_CLOSE_QUOTES = "\"'’”"
_ASCII_WORD = string.ascii_letters + "."  # what an abbreviation is made of, in ASCII
_INITIALS = re.compile(r"(?:[a-z]\.)+[a-z]")
_PLACE_TIME = re.compile(r"(?:[A-Z][a-z]+\s){1,2}time\b")
_ABBREV = frozenset(
    ["corp", "inc", "ltd", "co", "plc", "mr", "mrs", "ms", "dr", "st", "vs", "no", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "u.s", "u.k", "e.g", "i.e", "a.m", "p.m", "approx", "est", "dept", "gov", "sen", "rep", "gen", "mt", "ft", "fig", "nos", "bros"]
)
# Each alternative opens with one character of a class, so the scan skips
# ahead on that class: several times faster than alternatives that open
# with a lookbehind. The third ends a quoted sentence after its closing quote.
# a line break followed by a lower-case letter goes on with the sentence ("said it raised its\nprime
# rate"): short wire items are wrapped too, but have too few lines to be told wrapped
_SENT_END = re.compile(r"[.!?\n\"'’”](?:(?<=[.!?])(?=[\"'’”)]?\s+[\"'‘“(]?[A-Z0-9])|(?<=\n)(?![a-z])\n*"
                       r"|(?<=[\"'’”])(?<=[.!?].)\s+(?=[A-Z]))")


# in hard-wrapped text a single line break is a space; an indented or blank line is a break
_SENT_END_WRAPPED = re.compile(r"[.!?\n\"'’”](?:(?<=[.!?])(?=[\"'’”)]?\s+[\"'‘“(]?[A-Z0-9])|(?<=\n)(?=\s)\s*"
                               r"|(?<=[\"'’”])(?<=[.!?].)\s+(?=[A-Z]))")


def aligned_lower(text: str) -> str:
    """``text`` in lower case, a character for a character: "İstanbul" lower-cased is one character longer
    (a dotted i is "i" and a combining dot), which would shift every offset after it."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c.lower()[:1] for c in text)


def labelled(table: list[tuple[str, str]]) -> list[tuple[re.Pattern[str], str]]:
    """A rule table of (pattern, label) rows, compiled case-insensitively;
    rows are tried in order, so the more specific come first."""
    return [(re.compile(pattern, re.I), label) for pattern, label in table]


def labelled_spans(table: list[tuple[re.Pattern[str], str]], text: str, start: int,
                   end: int, needs: tuple[tuple[str, ...], ...] | None = None,
                   low: str | None = None) -> list[tuple[int, int, str]]:
    """Every match of a rule table in ``text[start:end]`` as (start, end,
    label), in text order; where two rows match at one place the earlier row
    keeps it. ``needs`` gives each row the lower-case words it cannot match
    without, tried in ``low`` (the text in lower case) before the row is."""
    found: list[tuple[int, int, str]] = []
    for k, (pat, label) in enumerate(table):
        if needs is not None and low is not None and not any(low.find(w, start, end) >= 0 for w in needs[k]):
            continue
        for m in pat.finditer(text, start, end):
            if not any(a <= m.start() < b for a, b, _ in found):
                found.append((m.start(), m.end(), label))
    found.sort()
    return found


def first_label(table: list[tuple[re.Pattern[str], str]], text: str) -> str | None:
    """The label of the first row of a rule table that matches in ``text``."""
    return next((label for pat, label in table if pat.search(text)), None)


class Sentence(NamedTuple):
    """A sentence's span: a tuple, made many times an article and cheap to make."""

    start: int
    end: int


def _wrapped(text: str, start: int) -> bool:
    """Text hard-wrapped at a fixed width (newswire archives): most long
    lines end in the middle of a sentence."""
    if text.count("\n", start, start + 6000) < 2:
        return False
    lines = [ln for ln in text[start:start + 6000].split("\n") if len(ln) > 24]
    if len(lines) < 2:
        return False
    open_ends = sum(1 for ln in lines if ln.rstrip()[-1:] not in ".!?:;\"'”’)")
    # a line that ends in a word no sentence or headline ends in ("... of Pittsburgh and") is cut by the wrap
    return open_ends > 0.6 * len(lines) or any(_WRAP_WORD_END.search(ln) for ln in lines[:-1])


_WRAP_WORD_END = re.compile(r"\s(?:and|or|of|the|a|an|to|in|for|with|its|their|by|on|at|from|that)\s*$")


def sentences(text: str, start: int = 0) -> list[Sentence]:
    """Sentence spans of ``text[start:]``. A line break ends a sentence,
    except inside hard-wrapped text, where only an indented or blank line does."""
    out: list[Sentence] = []
    s = start
    n = len(text)
    wrapped = _wrapped(text, start)
    for m in (_SENT_END_WRAPPED if wrapped else _SENT_END).finditer(text, start):
        g0 = m.group(0)[:1]
        e = m.end() if g0 in ".!?" else m.start() + 1 if g0 in _CLOSE_QUOTES else m.start()
        if g0 == ".":
            # an abbreviation or an initial does not end a sentence
            k = m.start()
            seg = text[max(s, k - 12):k]
            if seg.isascii():
                k -= len(seg) - len(seg.rstrip(_ASCII_WORD))  # the letters and dots before the stop
            else:
                while k > s and (text[k - 1].isalpha() or text[k - 1] == ".") and m.start() - k < 12:
                    k -= 1
            if k < m.start():
                word = text[k:m.start()].lower().strip(".")
                if word in _ABBREV or len(word) == 1 or ("." in word and _INITIALS.fullmatch(word)):
                    nxt = text[m.end(): m.end() + 24].lstrip()
                    if word not in ("a.m", "p.m") or not re.match(r"[A-Z][a-z]+\b", nxt) or nxt.startswith(
                            ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "ET", "GMT", "EST", "EDT", "HKT", "local")) \
                            or _PLACE_TIME.match(nxt):
                        continue  # "at 12:56 p.m. London time,": the clock's place, not a new sentence
        after = m.end()
        if g0 in ".!?" and text[e:e + 1] in _CLOSE_QUOTES and e < n:
            e = after = e + 1  # the closing quote belongs to the sentence it closes
        if e > s and text[s:e].strip():
            if e - s <= MAX_SENTENCE:  # the common case, without a call
                out.append(_trim(text, s, e))
            else:
                _append_pieces(out, text, s, e)
        s = max(s, after)
    if s < n and text[s:n].strip():
        _append_pieces(out, text, s, n)
    return out


# No sentence of news runs this long; a longer run of text (a table, a
# scraped page, a hostile input) is read in pieces of at most this size, cut
# at a clause or a word, so that no reader's work grows with the square of it.
MAX_SENTENCE = 800


def _append_pieces(out: list[Sentence], text: str, s: int, e: int) -> None:
    """Append ``text[s:e]`` as one sentence, or as pieces of at most
    MAX_SENTENCE characters when it is longer."""
    while e - s > MAX_SENTENCE:
        cut = -1
        for sep in ("; ", ", ", " "):
            cut = text.rfind(sep, s + MAX_SENTENCE // 2, s + MAX_SENTENCE)
            if cut >= 0:
                cut += len(sep)
                break
        if cut < 0:
            cut = s + MAX_SENTENCE
        if text[s:cut].strip():
            out.append(_trim(text, s, cut))
        s = cut
    if text[s:e].strip():
        out.append(_trim(text, s, e))


def _trim(text: str, s: int, e: int) -> Sentence:
    if text[s].isspace() or text[e - 1].isspace():  # (called with s < e)
        seg = text[s:e]
        core = seg.strip()
        s += len(seg) - len(seg.lstrip())
        e = s + len(core)
    return Sentence(s, e)


@lru_cache(maxsize=1)
def _market_keys() -> tuple[dict[str, list[tuple[str, str]]], re.Pattern[str]]:
    """Market cues by first word: places, index names, local dollar signs."""
    ref = get_reference()
    keys: dict[str, str] = {}
    for place, code in ref.places.items():
        keys[place] = code
    for inst in ref.instruments.values():
        if inst.type == "index":
            mcode = ref.mic_market.get(inst.mic) or ref.country_market.get(inst.country)
            if mcode:
                keys[inst.name] = mcode
    # peoples' adjectives: "The Australian Gas Light Co", "a Canadian miner"
    keys.update({"Australian": "AU", "Japanese": "JP", "Canadian": "CA", "British": "UK", "Indian": "IN",
                 "Korean": "KR", "Taiwanese": "TW", "Singaporean": "SG", "Malaysian": "MY", "Swiss": "CH",
                 "German": "DE", "French": "FR", "Italian": "IT", "Chinese": "CN"})
    keys.update({"yuan": "CN", "won": "KR", "Rs": "IN", "rupees": "IN", "crore": "IN", "lakh": "IN",
                 "yen": "JP", "pence": "UK", "pfennigs": "DE", "lire": "IT",
                 "francs": "FR", "deutschmarks": "DE", "sharemarket": "AU"})
    by_first: dict[str, list[tuple[str, str]]] = {}
    for k, code in keys.items():
        by_first.setdefault(k.split()[0], []).append((k, code))
    for lst in by_first.values():
        lst.sort(key=lambda kc: -len(kc[0]))
    # "US$" is how reports from outside the US mark the US dollar: no sign of a US report
    symbols = {mk.dollar: code for code, mk in ref.markets.items() if mk.dollar and mk.dollar != "US$"}
    symbols.update({"¥": "JP", "£": "UK"})
    sym = re.compile("|".join(re.escape(x) for x in sorted(symbols, key=len, reverse=True)))
    _SYMBOLS.update(symbols)
    return by_first, sym


@lru_cache(maxsize=1)
def _index_names() -> tuple[re.Pattern[str], dict[str, str]]:
    """Names of a market's own indices in any case ("the all ordinaries index",
    "the Straits Times Index"): where the article's prices are made. Only names of
    two words or more, and only those of one market ("Dow" alone is a word)."""
    ref = get_reference()
    names: dict[str, set[str]] = {}
    for key, insts in ref.aliases.items():
        if len(key.split()) < 2 or not re.fullmatch(r"[a-z][a-z0-9 &'/.-]*[a-z0-9]", key):
            continue
        for inst in insts:
            if inst.type == "index":
                mcode = ref.mic_market.get(inst.mic) or ref.country_market.get(inst.country)
                if mcode:
                    names.setdefault(key, set()).add(mcode)
    # a name of plain words only ("blue-chip index", "tech index", "uk benchmark") is any market's
    plain = frozenset(["index", "blue-chip", "tech", "benchmark", "uk", "the", "broader", "market", "junior",
                       "small-cap", "mid-cap", "tech-heavy", "fear", "gauge", "wall", "street's", "composite"])
    one = {k: next(iter(v)) for k, v in names.items() if len(v) == 1 and not set(k.split()) <= plain}
    # matched in the lower-cased text, as a trie: a case-blind flat alternation of many names is
    # several times slower
    pat = re.compile(r"\b(?:" + _trie_pattern(sorted(one)) + r")\b")
    return pat, one


def _trie_pattern(words: list[str]) -> str:
    """One regex for ``words`` with shared prefixes factored out ("hang seng" and "hang seng
    index" become one branch whose " index" is optional), so the engine tries each prefix once."""
    trie: dict[str, Any] = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, Any]) -> str:
        end = "" in node
        alts = [re.escape(ch) + build(sub) for ch, sub in sorted(node.items()) if ch]
        if not alts:
            return ""
        if len(alts) == 1 and not end:
            return alts[0]
        # a word may end here or go on: the longer first (greedy "?")
        return "(?:" + "|".join(alts) + ")" + ("?" if end else "")

    return build(trie)


_SYMBOLS: dict[str, str] = {}
# a capitalised word (a pattern that opens with a class is scanned for fast),
# and the lower-case words that name a market's currency
_MWORD = re.compile(r"[A-Z][\w&/.-]*")
_MCURRENCY_WORDS = ("yuan", "won", "rupees", "crore", "lakh", "yen", "pence", "pfennigs", "lire", "francs",
                    "deutschmarks", "sharemarket")
_MCURRENCY = re.compile(r"\b(?:" + "|".join(_MCURRENCY_WORDS) + r")\b")


def _market_words(text: str, start: int, end: int) -> list[tuple[int, str]]:
    """(start, word) of each capitalised word and market currency word in
    ``text[start:end]``, in text order; a currency word inside a capitalised
    one ("Euro-yen") is part of it."""
    found = [(m.start(), m.end(), m.group(0)) for m in _MWORD.finditer(text, start, end)]
    chunk = text[start:end]
    if any(w in chunk for w in _MCURRENCY_WORDS):
        caps = found
        more = [(m.start(), m.end(), m.group(0)) for m in _MCURRENCY.finditer(text, start, end)]
        more = [x for x in more if not any(a <= x[0] < b for a, b, _ in caps)]
        found = sorted(caps + more)
    return [(a, w) for a, _, w in found]


# where prices are made: "on the Sydney exchange", "at the close of New Zealand Stock Exchange
# trading", "in the London market" (an exchange named otherwise is named in passing)
_EXCHANGE_NAMED = re.compile(r"\b(?:on|at|in)\s+(?:the\s+)?(?:close\s+of\s+(?:the\s+)?)?([A-Z][a-z]+)(?:\s+[A-Z][a-z]+)?"
                             r"\s+(?:[Ss]tock\s+)?(?:[Ee]xchange|[Bb]ourse|share\s*market|stock\s+market|market)\b")


# an exchange's suffix of a ticker named in the text, and the market it is of
_TICKER_MARKETS = {"HK": "HK", "T": "JP", "AX": "AU", "L": "UK", "TO": "CA", "SI": "SG", "KS": "KR", "KQ": "KR",
                   "NS": "IN", "BO": "IN", "SS": "CN", "SZ": "CN", "NZ": "NZ", "PA": "FR", "DE": "DE", "F": "DE",
                   "MI": "IT", "TW": "TW", "KL": "MY", "SW": "CH", "Z": "CH"}
_LINE_TICKER = re.compile(r"[<(](?:[A-Z]{2,6}:\s?)?[A-Z0-9]{1,8}\.(" + "|".join(_TICKER_MARKETS) + r")[>)]")


def detect_market(text: str, start: int = 0, limit: int | None = None) -> str | None:
    """The market an article is mostly about, from places, indices and
    currencies it names; the first lines weigh more (datelines, ledes)."""
    by_first, sym = _market_keys()
    end = min(len(text), start + 1500) if limit is None else min(len(text), limit)
    scores: dict[str, float] = {}
    for at, word in _market_words(text, start, end):
        w = word.rstrip(".")
        cands = by_first.get(w)
        if not cands and w is not word:
            cands = by_first.get(word)  # "U.S." keeps its stop
        upper = False
        if not cands and at - start < 300 and len(w) > 2 and w.isupper():
            # a wire dateline in capitals: "SYDNEY, April 7 -", "HONG KONG -"
            cands = by_first.get(w.title())
            upper = True
        if not cands:
            continue
        for key, code in cands:
            if (text.startswith(key, at) or (upper and text[at:at + len(key)] == key.upper())) \
                    and text[at + len(key):at + len(key) + 1] != "$":  # "US$", "HK$": a currency, not a place
                wt = 2.0 if at - start < 300 else 1.0
                if key in ("yuan", "won", "Rs", "pence", "crore"):
                    wt += 1.0
                scores[code] = scores.get(code, 0.0) + wt
                break
    for m in sym.finditer(text, start, end):
        scode = _SYMBOLS.get(m.group(0))
        if scode:
            scores[scode] = scores.get(scode, 0.0) + (3.0 if m.start() - start < 300 else 2.0)
    if not scores and text.find(".", start, end) >= 0:
        for m in _LINE_TICKER.finditer(text, start, end):
            # "<SHLH.HK>", "(0700.HK)": a line of that exchange named outright, where no place is (a parent's
            # London line named beside "Australia" is no evidence against it)
            tcode = _TICKER_MARKETS[m.group(1)]
            scores[tcode] = scores.get(tcode, 0.0) + 2.0
    ranked = sorted(scores.values(), reverse=True)
    if not ranked or ranked[0] - (ranked[1] if len(ranked) > 1 else 0.0) < 3.0:
        # the index evidence, read only where it could change the answer (its scan is the costly one)
        ipat, icode = _index_names()
        for m in ipat.finditer(text[start:end].lower()):
            code = icode[m.group(0)]  # the pattern holds only the table's names
            scores[code] = scores.get(code, 0.0) + 3.0
    if text.find("xchange", start, end) >= 0 or text.find("market", start, end) >= 0:
        # "on the Sydney exchange", "in the London market": where the prices are made
        # outweighs a place named in passing ("the U.S. gold price")
        for m in _EXCHANGE_NAMED.finditer(text, start, end):
            xcode = next((c for k, c in by_first.get(m.group(1), []) if text.startswith(k, m.start(1))), None)
            if xcode is not None:
                scores[xcode] = scores.get(xcode, 0.0) + 3.0
    if not scores and limit is None and end < len(text):
        # nothing in the lede: the market may be named further on ("at the
        # close of New Zealand Stock Exchange trading"); a long text is read
        # only so far, to keep the cost of a hostile one flat
        return detect_market(text, end, start + 20_000)
    if not scores:
        return None
    return max(scores.items(), key=lambda kv: kv[1])[0]
