"""The reader: text in, a ``Doc`` with facts and checks out.

Stages run in a fixed order and each declares what it needs and adds, so a
pipeline assembled in the wrong order fails when it is built, not when run.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from . import dates, names
from .anaphora import note_entities
from .checks import run_checks
from .cues import _cue_table, find_cues
from .entities import find_entities
from .events import EventContext, may_hold_events, read_events
from .events.authorities import authorities_in
from .events.countries import is_country_name
from .listings import choose_lines, event_lines
from .mention import EntityMention
from .merge import merge_moves
from .model import Doc, Move, Quantity
from .moves import _LITTLE_BEFORE, Context, read_sentence
from .quantities import find_quantities
from .reference import get_reference, reference_for
from .sentiment import sentiment_facts
from .text import aligned_lower, clean, detect_market, sentences, split_header

MAX_CHARS = 2_000_000  # longer texts are read in their first MAX_CHARS characters


@dataclass(frozen=True)
class Stage:
    name: str
    requires: tuple[str, ...]
    assigns: tuple[str, ...]
    run: Callable[[Doc, dict[str, object]], None]


_PERIOD_HEADER = re.compile(r"\s*(?:For|On|In|Over)\s+(?:the\s+)?(week|year|month|quarter|\w+day)\s*:\s*", re.I)


def _stage_moves(doc: Doc, state: dict[str, object]) -> None:
    raw = doc.text[:MAX_CHARS]
    text = clean(raw)
    hdr_date, body = split_header(text)
    if doc.date is None and hdr_date:
        doc.date = hdr_date
    ref = reference_for(doc.date)
    state["text"] = text
    low = aligned_lower(text)
    gate = _gate_words()
    sents = sentences(text, body)
    # each sentence's words, found once: hyphenated as written (for the
    # events' readers) and as their parts (for the gates here)
    words: list[set[str]] = []
    parts: list[set[str]] = []
    body_words: set[str] = set()
    for x in sents:
        ws = set(_WORDS.findall(low, x.start, x.end))
        words.append(ws)
        ps = ws
        if "-" in low[x.start:x.end]:
            ps = set()
            for w in ws:
                if "-" in w:
                    ps.update(w.split("-"))
                else:
                    ps.add(w)
        parts.append(ps)
        body_words |= ps
    # no figure or no word of motion anywhere: no move to read, but events
    # ("will hold its policy meeting", "for a fourth straight day") may be
    motion = not gate.isdisjoint(body_words) or _SIGNED_BRACKET.search(text, body) is not None
    no_moves = not motion or not _DIGIT.search(text, body)
    # a word of motion without a figure may still be a streak ("rose for a
    # fourth day"); with neither, only an event's own words let a reader run
    if no_moves and (state.get("options", {}).get("events") is False  # type: ignore[attr-defined]
                     or (not motion and not may_hold_events(body_words, low))):
        return  # neither a move nor an event can be read: skip the sentence work
    given = state.get("options", {}).get("market")  # type: ignore[attr-defined]
    # the caller's word on the article's market ("US", "HK") stands over what its places suggest
    market = given.upper() if isinstance(given, str) and given.strip() else detect_market(text, body)
    doc.market = market
    explicit = "$" in text and _LOCAL_DOLLAR.search(text) is not None
    franc = _article_franc(text) if "franc" in text else None
    crown = _article_crown(text) if "crown" in text or "kron" in text else None
    sections = _sections(text, body, market)
    headline_end = -1
    if sents:
        first = sents[0]
        after = text[first.end:first.end + 2]
        if "\n" in after and not text[first.start:first.end].rstrip().endswith((".", ":")):
            headline_end = first.end
    ctx = Context(text=text, ref=ref, doc_date=dates.parse_iso(doc.date), market=market,
                  headline_end=headline_end)
    counted: set[int] = set()
    sent_at = {(x.start, x.end): si for si, x in enumerate(sents)}
    figures: dict[int, list[Quantity]] = {}
    cue_cache: dict[tuple[int, int], list[Any]] = {}

    def cues_of(a: int, b: int) -> list[Any]:
        """Motion words in [a, b): a sentence's are found once, for moves and events."""
        have = cue_cache.get((a, b))
        if have is None:
            si = sent_at.get((a, b))
            have = cue_cache[(a, b)] = find_cues(text, a, b, low, words[si] if si is not None else None)
        return have

    def figures_of(si: int) -> list[Quantity]:
        if si not in figures:
            sx = sents[si]
            d, lg = _dollar(_local_market(sections, sx.start, market), explicit)
            qs = find_quantities(text, sx.start, sx.end, dollar=d, legacy=franc or lg, crown=crown)
            if "=" in text[sx.start:sx.end]:
                # "($1 = 35.5200 baht)": a wire's note of the exchange rate it converted at, no fact
                notes = [(m.start(), m.end()) for m in _RATE_NOTE.finditer(text, sx.start, sx.end)]
                qs = [q for q in qs if not any(a <= q.start and q.end <= b for a, b in notes)]
            figures[si] = qs
        return figures[si]

    def scan_all(c: Context) -> None:
        # salience counts names before the anaphor: scan the sentences so far
        for sj, sx in enumerate(sents[:c.sentence_index + 1]):
            if sj not in counted:
                counted.add(sj)
                blocked = [(q.start, q.end) for q in figures_of(sj)]
                note_entities(c, find_entities(text, sx.start, sx.end, market, ref, blocked=blocked), sj)

    ctx.scan_all = scan_all
    seen_ents: dict[int, tuple[int, list[EntityMention]]] = {}
    moves: list[Move] = []
    prev_scanned = -1
    for si, s in enumerate(sents if not no_moves else ()):
        if s.end - s.start < 30:
            hm = _PERIOD_HEADER.fullmatch(text, s.start, s.end)
            if hm:
                w = hm.group(1).lower()
                ctx.section_period = {"week": "week", "year": "ytd", "month": "month", "quarter": "quarter"}.get(w)
                continue
        # ("the biggest decliners were Intel (-3.4%) and AMD (-2.9%)": a signed per cent in brackets is its own
        # word of motion; looked for only where a gate would skip the sentence)
        if gate.isdisjoint(parts[si]) and ":" not in text[s.start:s.end] and not _signed_bracket(text, s.start, s.end):
            continue
        if not _DIGIT.search(text, s.start, s.end):
            continue
        qs = figures_of(si)
        if not qs:
            continue
        cues = cues_of(s.start, s.end)
        if not _near_cue(cues, qs, text) and ":" not in text[s.start:s.end] and not _signed_bracket(text, s.start, s.end):
            continue
        # names that matter stand before the last figure or just after it
        win_end = min(s.end, qs[-1].end + 60)
        ents = find_entities(text, s.start, win_end, market, ref, blocked=[(q.start, q.end) for q in qs])
        seen_ents[si] = (win_end, ents)
        counted.add(si)
        named = [(e.start, e.end) for e in ents if e.id is not None or e.rule == "coupon_bond"]
        if named:
            # a figure inside a name ("FTSE 100", "Nikkei 225") is not a figure
            qs = [q for q in qs if not any(a <= q.start and q.end <= b for a, b in named)]
        if si > 0 and prev_scanned != si - 1 and (si - 1) not in counted and any(e.type == "anaphor" for e in ents):
            p = sents[si - 1]
            counted.add(si - 1)
            note_entities(ctx, find_entities(text, p.start, p.end, market, ref), si - 1)
        ctx.sentence_index = si
        moves += read_sentence(ctx, s.start, s.end, qs, ents, cues)
        prev_scanned = si
    # a country has no price: "Cash in circulation in West Germany rose ... a gain of 8.3 pct", "West Germany
    # and Britain called for the rise to be kept to 30 pct" (a country's currency or market is named as such)
    chosen = [m for m in choose_lines(merge_moves(moves, ref), text, ref, doc.date, market)
              if not (m.subject.id is None and m.subject.type in ("stock", "company") and _no_price(m.subject.name))]
    # (a text of a sentence or two says too little of what it is about to judge by)
    if len(sents) >= 3 and any(m.subject.id is None and m.subject.type in ("stock", "company") for m in chosen) and \
            not any((m.subject.id is not None and m.subject.type in ("stock", "index")) or m.subject.type == "market"
                    for m in chosen) and \
            _TRADED.search(text) is None:
        # a name the reference does not know moves only in a text about trading: in a crop report, a
        # vote or a retailer's sales ("Turnout ... about five pct lower", "Walkman rose to 2.25 mln",
        # "Maize harvesting also advanced") a capitalised word before a figure is no instrument
        # (a price stated as one, "fell 8.9 percent to 13.35 kronor", "up 10 cts to 16.60 dlrs", "at 3,687.15
        # pts", is one in any text)
        # (a company's name of its kind, "Zeta Electronics", "Orbit Corp", moves as its shares do)
        chosen = [m for m in chosen if not (m.subject.id is None and m.subject.type in ("stock", "company"))
                  or _PRICE_STATED.search(text[m.span.start:m.span.end]) is not None
                  # "rose 1/2 to 30-1/4": a price in fractions, as wire copy quotes shares (not "to 7-3/4 pct", a
                  # rate's)
                  or (_FRACTION.search(text, m.span.start, m.span.end) is not None
                      and _RATE_WORDS.search(text, m.span.start, m.span.end) is None)
                  or _business_name(text[m.subject.start:m.subject.end + 12])]
    if any(m.subject.type == "commodity" and m.level is None and m.change is None for m in chosen):
        # "Among finished goods, gasoline rose 5.5 pct": a component of a price index told just before, no market's
        # price (a commodity's market move states its price or its change in money, or names no index of prices)
        chosen = [m for m in chosen if not (m.subject.type == "commodity" and m.level is None and m.change is None
                                            and _PRICE_INDEX_WORDS.search(text, max(0, m.span.start - 400), m.span.end))]
    doc.facts.extend(chosen)
    starts = [x.start for x in sents]

    def sentence_of(a: int) -> int | None:
        k = bisect_right(starts, a) - 1
        return k if k >= 0 and sents[k].start <= a < max(sents[k].end, a + 1) else None

    def entities_of(a: int, b: int) -> list[EntityMention]:
        """Names in [a, b): reuses what the moves stage found in the sentence."""
        si = sentence_of(a)
        if si is None:
            return find_entities(text, a, b, market, ref)
        have = seen_ents.get(si)
        if have is None or have[0] < b:
            blocked = [(q.start, q.end) for q in figures_of(si)]
            found = find_entities(text, sents[si].start, b, market, ref, blocked=blocked)
            seen_ents[si] = have = (b, found)
        return [x for x in have[1] if a <= x.start and x.end <= b]

    def quantities_of(a: int, b: int) -> list[Quantity]:
        si = sentence_of(a)
        return [q for q in figures_of(si) if a <= q.start and q.end <= b] if si is not None else find_quantities(text, a, b)

    state.update(text=text, sentences=[(x.start, x.end) for x in sents], entities_of=entities_of,
                 quantities_of=quantities_of, low=low, cues_of=cues_of, words=words)


_RATE_NOTE = re.compile(r"\(\s*(?:US|A|C|HK|S|NZ)?[$€£¥]\s?1\s*=\s*[^()]{1,40}\)|\(\s*1\s+[A-Za-z$]{1,10}\s*=\s*[^()]{1,40}\)")


def _stage_events(doc: Doc, state: dict[str, object]) -> None:
    if "sentences" not in state or state.get("options", {}).get("events") is False:  # type: ignore[union-attr,attr-defined]
        return
    text = state["text"]
    assert isinstance(text, str)
    low = state["low"]
    ectx = EventContext(text=text, doc_date=dates.parse_iso(doc.date), market=doc.market, moves=doc.moves,
                        entities=state["entities_of"], quantities=state["quantities_of"],  # type: ignore[arg-type]
                        low=low)  # type: ignore[arg-type]
    events = read_events(ectx, state["sentences"], state["cues_of"], state["words"])  # type: ignore[arg-type]
    events = event_lines(events, get_reference(), doc.date, doc.market, text)
    # a central bank or a regulator sets rates and rules; it has no price ("the Bank of England had left
    # rates unchanged at 0.5%", "the ECB lowered its deposit rate to -0.1%"); a listed name inside the
    # bank's longer name is the bank's too ("Bank of China" in "the People's Bank of China")
    banks = [a for a in authorities_in(text, 0, len(text)) if a[3] in ("central_bank", "regulator")] \
        if any(isinstance(f, Move) for f in doc.facts) else []
    if banks:
        doc.facts[:] = [f for f in doc.facts if not (isinstance(f, Move) and any(
            a[0] <= f.subject.start and f.subject.end <= a[1] + 1
            and (f.subject.id is None or a[0] < f.subject.start or f.subject.end < a[1]) for a in banks))]
    readings = [ev.span for ev in events if ev.kind == "indicator"]
    if readings:
        # a figure an indicator reads is no move of a name the reference does not know ("South Korea's index
        # of leading indicators fell 0.1 pct to 164.1": no company "South")
        doc.facts[:] = [f for f in doc.facts if not (isinstance(f, Move) and f.subject.id is None and any(
            c.start < f.span.end and f.span.start < c.end for c in readings))]
    claimed = [ev.span for ev in events if ev.kind in ("indicator", "financials")]
    if claimed:
        # one figure, one fact: a figure an indicator or a company's results claim with their own name
        # nearer to it ("sterling strengthened after figures showed inflation in June rose to 1.9%",
        # "Revenue rose 20 percent") is no move of a name further off
        doc.facts[:] = [f for f in doc.facts if not (isinstance(f, Move) and any(
            (f.span.start < c.start and c.end == f.span.end) or (c.start <= f.span.start and f.span.end == c.end)
            for c in claimed))]
    doc.facts.extend(events)


# words of a text about a market where things trade
_TRADED = re.compile(r"\b(?:[Ss]hares?|[Ss]tocks?|Stock\s+Exchange|[Ss]tock\s+[Mm]arket|traded|trading|[Ee]quities|[Bb]ourse|"
                     r"Nasdaq|NYSE|[Ii]nvestors|Wall\s+Street|ADRs?|GDRs?)\b")


# a figure stated as a price: a currency's sign before it or its word after it (not an amount in millions),
# or an index's points
_PRICE_STATED = re.compile(r"(?:[$€£¥]|\bRs\.?\s?)\s?\d|(?:\d(?:[\d.,/-]*\d)?|\b(?:one|two|three|four|five|six|seven|eight|"
                           r"nine|ten|half\s+a))\s*(?:[A-Z][a-z.]{1,12}\s+)?(?:dlrs?|dollars?|cents?|cts|pence|p|euros?|eur|"
                           r"kronor|kroner|crowns|yen|won|francs|marks|rupees|baht|pesos|rand|ringgit|yuan|riyals?|lira|"
                           r"pounds|stg|pts|points)\b(?!\s+(?:mln|million|billion|bln|trillion|a\s+year))|"
                           # "down 1.13 pct to 18.38": a level in hundredths, as prices are quoted
                           r"\b(?:to|at)\s+\d[\d,]*\.\d\d+\b(?!\s*(?:mln|million|billion|bln|pct|per|%))|"
                           # "The OMX Helsinki index was down": a name of an index
                           r"\A(?:[Tt]he\s+)?[A-Z][\w-]*(?:\s+[A-Z0-9][\w-]*)*\s+(?:index|average|composite)\b")


_FRACTION = re.compile(r"\b(?:\d+-)?\d/\d\d?\b")
_RATE_WORDS = re.compile(r"\b(?:pct|percent|per\s+cent|rates?|yields?)\b|%")


_PRICE_INDEX_WORDS = re.compile(r"\b(?:producer|consumer|wholesale|import|export|retail|factory-gate)\s+price(?:s|\s+index)\b|"
                                r"\bprice\s+index\b|\b(?:finished|intermediate)\s+goods\b|\bcrude\s+materials\b", re.I)


def _business_name(name: str) -> bool:
    """Whether a name as written, with the words just after it, ends in a company's word ("Orbit
    Corp", "Zeta Electronics", "Kelvale Corp 5.20": the name is "Kelvale")."""
    found = _NAME_WORDS.match(name.replace(".", " "))
    if found is None:
        return False
    words = found.group(0).lower().split()
    if len(words) < 2:
        return False
    return words[-1] in _business_words()


@lru_cache(maxsize=1)
def _business_words() -> frozenset[str]:
    """The words a company's name ends in: legal forms and descriptors (rules/names.toml)."""
    r = names.rules()
    return frozenset(w.lower().strip(".") for w in [*r["legal_suffixes"], *r["descriptors"]])

_NAME_WORDS = re.compile(r"[A-Z][\w&'-]*(?:\s+[A-Z][\w&'-]*)*")


def _no_price(name: str) -> bool:
    """A country ("West Germany", written over a line break or not): no price of it."""
    return is_country_name(" ".join(name.split()))


_DIGIT = re.compile(r"\d")
# an article that names its francs once ("64.5 mln Swiss francs") means them by every bare "francs" after
_QUALIFIED_FRANC = re.compile(r"\b(Swiss|French|Belgian|Luxembourg)\s+francs?\b")
_FRANC_CODES = {"Swiss": "CHF", "French": "FRF", "Belgian": "BEF", "Luxembourg": "LUF"}


# the crown of an article that names one country with crowns ("Sweden's current account ... 500 mln crowns")
_CROWN_COUNTRY = re.compile(r"\b(Swed|Danish|Denmark|Norw|Iceland|Czech)")
_CROWN_CODES = {"Swed": "SEK", "Danish": "DKK", "Denmark": "DKK", "Norw": "NOK", "Iceland": "ISK", "Czech": "CZK"}


def _article_crown(text: str) -> str | None:
    kinds = {_CROWN_CODES[m.group(1)] for m in _CROWN_COUNTRY.finditer(text)}
    return kinds.pop() if len(kinds) == 1 else None


def _article_franc(text: str) -> str | None:
    kinds = {m.group(1) for m in _QUALIFIED_FRANC.finditer(text)}
    return _FRANC_CODES[kinds.pop()] if len(kinds) == 1 else None
# "S$" but not the "S$" inside "US$"
_LOCAL_DOLLAR = re.compile(r"(?<![A-Za-z])(?:HK|S|A|NZ|C|NT)\$")


def _sections(text: str, body: int, market: str | None) -> list[tuple[int, str | None]]:
    """Where a section on another market opens ("Paris CAC-40: ...")."""
    out: list[tuple[int, str | None]] = []
    if text.find("\n", body) < 0 or text.find(":", body) < 0:
        return out  # a section opens on a line of its own, with a colon
    for m in _SECTION_ANY.finditer(text, body):
        out.append((m.start(), detect_market(text[m.start():m.start() + 60]) or market))
    return out


def _local_market(sections: list[tuple[int, str | None]], pos: int, market: str | None) -> str | None:
    local = market
    for start, mk in sections:
        if start > pos:
            break
        local = mk
    return local


# "Paris CAC-40: French stocks ...": a line that opens a section on another market
_SECTION_ANY = re.compile(r"(?m)^\s*[A-Z][\w.&/-]*(?: [A-Z0-9][\w.&/-]*){0,3}:\s")


def _dollar(market: str | None, explicit: bool) -> tuple[str, str | None]:
    mk = get_reference().markets.get(market or "")
    dollar = "USD"
    if mk and mk.currency in ("AUD", "NZD", "CAD", "HKD", "SGD", "TWD") and not explicit:
        dollar = mk.currency
    return dollar, (mk.legacy_currency if mk else None)


_WORDS = re.compile(r"[a-z][a-z-]*")  # in the lower-cased text
_GATE_WORDS: frozenset[str] | None = None


_SIGNED_BRACKET = re.compile(r"\(\s?[+\-−]\s?\d[\d.,]*\s?%\s?\)")


def _signed_bracket(text: str, a: int, b: int) -> bool:
    return text.find("(", a, b) >= 0 and _SIGNED_BRACKET.search(text, a, b) is not None


def _gate_words() -> frozenset[str]:
    """Words of motion or price, lower case: the cheapest gate."""
    global _GATE_WORDS
    if _GATE_WORDS is None:
        _GATE_WORDS = frozenset(_cue_table()[1])
    return _GATE_WORDS


def _near_cue(cues: list, qs: list, text: str) -> bool:  # type: ignore[type-arg]
    """A cheap gate: a figure states a move only with a motion or price word
    shortly before it (or "higher"/"lower" right after it); a copula only
    where it puts a price at its figure ("the Australian dollar was at 75.20
    US cents", "was buying 75.2 US cents", "spot gold was at $1,850")."""
    for q in qs:
        if q.kind == "number" and q.value >= 1e7:
            continue
        for c in cues:
            if c.kind == "neutral" and c.word in _WEAK and not (
                    (c.word in _COPULA or (c.word == "changed" and _LITTLE_BEFORE.search(text, max(0, c.start - 12), c.start)))
                    and q.start - c.end <= 12 and _AT_FIGURE.fullmatch(text, c.end, q.start)):
                continue  # ("was little changed at 1,610": a level told, its change too small to state)
            if c.end <= q.start and q.start - c.end <= 70:
                return True
            if c.start >= q.end and c.start - q.end <= 25:
                return True
    return False


# verbs too common to gate on alone ("is", "was"): a move needs another cue
_COPULA = frozenset(["was", "were", "is", "are"])
_AT_FIGURE = re.compile(r"\s+(?:at|buying|set\s+at|fixed\s+at)\s+(?:about\s+|around\s+)?(?:[A-Z]{1,3}\$|\$|€|£|¥)?")
_WEAK = frozenset(["was", "were", "is", "are", "been", "made", "got", "changed", "started", "began", "start",
                   "held", "holds", "holding", "stayed", "remained", "moves", "moved", "goes", "went"])


def _stage_checks(doc: Doc, state: dict[str, object]) -> None:
    if "text" not in state or state.get("options", {}).get("checks") is False:  # type: ignore[union-attr,attr-defined]
        return
    text = state["text"]
    assert isinstance(text, str)
    doc.checks.extend(run_checks(doc, text))


def _stage_sentiment(doc: Doc, state: dict[str, object]) -> None:
    if "text" not in state or state.get("options", {}).get("sentiment") is False:  # type: ignore[union-attr,attr-defined]
        return
    text = state["text"]
    assert isinstance(text, str)
    doc.facts.extend(sentiment_facts(doc, text, state.get("sentences") or []))  # type: ignore[arg-type]


PIPELINE: tuple[Stage, ...] = (
    Stage("moves", requires=("text",), assigns=("facts.move", "sentences", "entities"), run=_stage_moves),
    Stage("events", requires=("facts.move", "sentences", "entities"), assigns=("facts.event",), run=_stage_events),
    Stage("checks", requires=("facts.move", "facts.event", "entities"), assigns=("checks",), run=_stage_checks),
    Stage("sentiment", requires=("facts.move", "facts.event"), assigns=("facts.sentiment",), run=_stage_sentiment),
)


def check_pipeline(stages: tuple[Stage, ...]) -> None:
    """Raise if a stage needs something no earlier stage assigns."""
    have = {"text"}
    for st in stages:
        missing = [r for r in st.requires if r not in have]
        if missing:
            raise ValueError(f"[MF010] stage {st.name!r} requires {missing} which no earlier stage assigns")
        have.update(st.assigns)


check_pipeline(PIPELINE)


def read(text: object, date: str | None = None, id: str | None = None, **options: object) -> Doc:
    """Read one article. Never raises on text: bytes are decoded leniently,
    anything else is turned into a string; odd text gives no facts.
    ``market`` ("US", "HK", a code of ``rules/markets.toml``) says where the
    article is from, when its places alone would not."""
    if isinstance(text, (bytes, bytearray)):
        text = bytes(text).decode("utf-8", errors="replace")
    elif not isinstance(text, str):
        text = "" if text is None else str(text)
    if date is not None and dates.parse_iso(str(date)) is None:
        date = None
    doc = Doc(text=text, date=date, id=id)
    if len(text) > MAX_CHARS:
        doc.meta.setdefault("warnings", []).append(
            f"[MF031] text of {len(text):,} characters read in its first {MAX_CHARS:,}")
    state: dict[str, object] = {"options": options}
    for st in PIPELINE:
        try:
            st.run(doc, state)
        except Exception as err:  # noqa: BLE001 - text never crashes a run; the failure is kept
            doc.meta.setdefault("errors", []).append(f"[MF030] stage {st.name!r} failed: {type(err).__name__}: {err}")
            if options.get("raise_errors"):
                raise
    return doc


__all__ = ["read", "EntityMention"]
