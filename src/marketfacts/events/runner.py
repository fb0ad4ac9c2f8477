"""Runs each kind's reader over the sentences that hold its words, finding
names and figures once and only when a reader asks for them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import Any, cast

from ..entities import SECURITY_KIND, EntityMention
from ..model import Entity, Event, Quantity
from ..not_traded import not_traded
from ..text import aligned_lower
from .context import EventContext, _ent
from .financials import _SOURCES, _financials, join_stated_change
from .fines import _fines
from .indicators import _LEVEL_RATES, _indicator_events, carried_from
from .listings import _listings
from .meetings import _meetings
from .offers import _tender_offers
from .policy import _policies
from .rates import RATE_MOVED_VERBS, _rate_decisions, follower_banks, merge_rate_decisions
from .records import _RESULT_WORD, _records, result_kind
from .streaks import _streaks


class _Lazy:
    """A list computed on first use: most readers never need the names."""

    def __init__(self, make: Callable[[], list[EntityMention]]) -> None:
        self._make = make
        self._items: list[EntityMention] | None = None

    def _get(self) -> list[EntityMention]:
        if self._items is None:
            self._items = self._make()
        return self._items

    def __iter__(self) -> Any:
        return iter(self._get())

    def __len__(self) -> int:
        return len(self._get())

    def __getitem__(self, i: Any) -> Any:
        return self._get()[i]

    def __bool__(self) -> bool:
        return bool(self._get())

    @property
    def computed(self) -> bool:
        return self._items is not None


def _words(*groups: str) -> frozenset[str]:
    return frozenset(w for g in groups for w in g.split())


# Words whose presence lets a reader run (exact words, lower case).
_G_STREAK = _words("straight consecutive streak row winning losing successive")
_G_STREAK_PHRASE = ("for a ", "for the ", " of gains", " of losses", " of advance", " of decline", "-day ", "-session ",
                    "-week ", "-month ", "each of the ")
_G_RECORD = _words("record records high highs low lows highest lowest best worst biggest largest steepest sharpest "
                   "strongest weakest all-time peak since first")
_G_INDICATOR = _words("exports imports export import inflation cpi gdp payrolls unemployment jobless retail "
                      "industrial producer trade prices costs respectively both rpi claims pmi purchasing starts "
                      "permits supply account confidence applications orders spending consumption investment "
                      "expenditure output production demand reserves reserve mortgage iip ism domestic growth shipment shipments "
                      "finished inventories sales homes wholesale wpi income construction leading terms credit capacity "
                      "utilization utilisation operating sentiment pce completions single-family hourly wage pay gnp gross "
                      "earnings climate")
# indicators named by a common word only in a phrase ("loans" alone is any bank's)
_G_IND_PHRASES = ("new yuan loans", "new bank loans", "new local")

# money aggregates are no words of letters ("M1 rose", "M-2 fell"): looked for as text
_G_MONEY = ("m1 ", "m2 ", "m3 ", "m-1", "m-2", "m-3")
_G_LISTING = _words("debut debuted debuts ipo ipos listing listed trading companies firms newcomers offering")
_G_POLICY = _words("pledged pledges pledge vowed vows promised committed support supports cleared approved approves "
                   "approval lifted injects injected inject ease eased easing started began tighten tightened "
                   "tightening raised hiked ban banned bans barred prohibited intervene intervened intervention cut cuts "
                   "warned warns tariffs cutting lowered lowers lowering reduced reduces reducing reduction slashed "
                   "slashing trimmed raises raising increased increases increasing lifting hiking")
_G_RATE = _words("cut cuts cutting lowered lowers lowering reduced reducing reduction trimmed raised raises raising "
                 "hiked hikes increased increasing kept keeps keeping held holds holding left leaves leaving maintained "
                 "maintaining increases rises boosts reductions set sets lifted lifts lifting slashed slashing hike "
                 "increase rise lower reduce trim slash raise lift keep hold leave maintain tender advances repurchase")
_G_FIN = _words("revenue revenues sales turnover profit profits income earnings earned eps loss losses ebitda ebit dividend "
                "dividends users subscribers orders margin margins share estimate")
_G_OFFER = _words("offer offered offers bid bids tender takeover acquire acquired private buy bought purchase purchased pay")
_G_FINE = _words("fine fined fines penalty penalties slapped")
_G_MEET = _words("met meet meets meeting meetings talks review reviews agm egm")
_G_FOLLOW = _words("followed matched joined")  # a bank that followed another's move on its rate
_WORDS = re.compile(r"[a-z][a-z-]*")
# and the words of rules that name an indicator without any of those: "the consumer price index",
# "the economy grew", "employers added", "private-sector companies added" (a test holds every rule of
# rules/indicators.toml to this gate)
_G_INDICATOR = _G_INDICATOR | frozenset(["services", "price", "economy", "employers", "private"])
_G_RATE_MOVED = frozenset(RATE_MOVED_VERBS)  # "the bank's key rate rose to", "the rate on treasury bills fell to"
_G_ANY = (_G_STREAK | _G_RECORD | _G_INDICATOR | _G_LISTING | _G_POLICY | _G_RATE | _G_FIN | _G_OFFER | _G_FINE
          | _G_MEET | _G_FOLLOW)
_G_NEEDS_FIGS = _G_LISTING | _G_OFFER | _G_FINE | _G_RATE | _G_FIN
_DIGIT = re.compile(r"\d")  # opens with a class: scanned for fast, before the slower pattern
_NUMBER_WORD = re.compile(r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|half|quarter)\b")
_G_OTHER_PHRASES = ("ipo", "first day of trad", "issue price", "offer price", "policy support", "percentage point", "basis point") + _G_MONEY + _G_IND_PHRASES
_G_PHRASES = _G_STREAK_PHRASE + _G_OTHER_PHRASES


@lru_cache(maxsize=1)
def _g_any_parts() -> frozenset[str]:
    return frozenset(part for w in _G_ANY for part in w.split("-"))


def may_hold_events(words: set[str], low: str) -> bool:
    """Whether a text without a word of motion (its ``words`` split at
    hyphens, and the text in lower case) has what some reader needs; a
    streak's phrases are left out, as a streak needs a word of motion."""
    return not _g_any_parts().isdisjoint(words) or any(p in low for p in _G_OTHER_PHRASES)


def read_events(ctx: EventContext, sents: list[tuple[int, int]], cues_of: Callable[[int, int], list[Any]],
                words_of: list[set[str]] | None = None) -> list[Event]:
    """Every event of the text, sentence by sentence, in text order. Each
    reader runs only where its words occur; names are found only if needed.
    ``words_of`` holds each sentence's lower-case words when the caller has
    them (hyphenated words whole)."""
    text = ctx.text
    aligned = ctx.aligned_low()
    lower = aligned if aligned is not None else aligned_lower(text)
    found: list[Entity | None] = []

    def company() -> Entity | None:
        """The article's company: the one its moves are most about, else the
        first named in its lede; found once, when a reader needs it."""
        if not found:
            found.append(_salient_company(ctx) or _lede_company(ctx, sents[:2]))
        return found[0]

    for si, (s, e) in enumerate(sents):
        low = lower[s:e]
        words = words_of[si] if words_of is not None else set(_WORDS.findall(lower, s, e))
        carry_at = carried_from(ctx, s, e)  # "That fell short of ...": the last indicator goes on
        # "private-sector companies added 428,000 jobs": an indicator's words may be parts of a
        # hyphenated one (the other readers take words whole: "profit-taking" is no profit)
        ind_words = words | {p for w in words if "-" in w for p in w.split("-")} if "-" in low else words
        rate_moved = ("'s" in low or " bills " in low or "bank " in low) and " rate " in low and not words.isdisjoint(_G_RATE_MOVED)
        if ind_words.isdisjoint(_G_ANY) and not any(p in low for p in _G_PHRASES) and carry_at is None and not rate_moved:
            continue
        lazy = _Lazy(lambda a=s, b=e: ctx.entities(a, b))  # type: ignore[misc]

        def ents(lz: _Lazy = lazy) -> Sequence[EntityMention]:
            return cast(Sequence[EntityMention], lz)  # it reads as one

        # figures and motion words, each found once and only if a reader asks
        memo: dict[str, Any] = {}

        def figs(a: int = s, b: int = e, m: dict[str, Any] = memo, lw: str = low) -> list[Quantity]:
            if "qs" not in m:
                m["qs"] = ctx.quantities(a, b) if _DIGIT.search(lw) or _NUMBER_WORD.search(lw) else []
            return m["qs"]  # type: ignore[no-any-return]

        def cue_list(a: int = s, b: int = e, m: dict[str, Any] = memo) -> list[Any]:
            if "cues" not in m:
                m["cues"] = cues_of(a, b)
            return m["cues"]  # type: ignore[no-any-return]

        if not words.isdisjoint(_G_STREAK) or any(p in low for p in _G_STREAK_PHRASE):
            _streaks(ctx, s, e, ents(), cue_list())
        if not words.isdisjoint(_G_RECORD):
            _records(ctx, s, e, ents(), company)
        if (carry_at is not None or not ind_words.isdisjoint(_G_INDICATOR) or any(p in low for p in _G_MONEY)
                or any(p in low for p in _G_IND_PHRASES)) and (
                figs() or "unchanged" in low or "flat" in low):
            # ("industrial production was unchanged in April": a reading with no figure)
            _indicator_events(ctx, s, e, figs(), cue_list(), carry_at)
        qs = figs() if not words.isdisjoint(_G_NEEDS_FIGS) or rate_moved else []
        cues = cue_list() if qs and not words.isdisjoint(_G_FIN) else []
        if not words.isdisjoint(_G_LISTING) or "first day of trad" in low or "ipo" in low or "issue price" in low \
                or "offer price" in low:
            _listings(ctx, s, e, ents(), sents, si, qs)
        if not words.isdisjoint(_G_OFFER):
            # (a sentence with no figure may still say who bids for whom, for the terms told later)
            _tender_offers(ctx, s, e, ents(), qs)
        if qs and not words.isdisjoint(_G_FINE):
            _fines(ctx, s, e, ents(), qs)
        if not words.isdisjoint(_G_MEET):
            _meetings(ctx, s, e, ents())
        if not words.isdisjoint(_G_POLICY) or "policy support" in low:
            _policies(ctx, s, e, ents())
        if (not words.isdisjoint(_G_RATE) and ("rate" in low or "rrr" in low or "ratio" in low or "prime" in low
                                                       or "percentage point" in low or "basis point" in low)) \
                or rate_moved:
            _rate_decisions(ctx, s, e, qs)
        elif not words.isdisjoint(_G_FOLLOW):
            follower_banks(ctx, s, e, figs())
        if qs and not words.isdisjoint(_G_FIN):
            n_before = len(ctx.events)
            _financials(ctx, s, e, ents(), qs, cues, company)
            join_stated_change(ctx, n_before)
        if lazy.computed:
            ctx.subjects += [x for x in lazy if x.type not in ("place", "person", "anaphor")]
    ctx.events.sort(key=lambda ev: ev.span.start)
    ctx.events[:] = merge_rate_decisions(ctx.events)
    return _dedupe(ctx.events, ctx.text, sents)


_LONGER_SPAN = re.compile(r"\b(?:nine|six|twelve|9|6|12)\s+months\b|\bfull[- ]year\b|\bhalf[- ]year\b|\bfirst\s+half\b|"
                          r"\bfor\s+the\s+(?:fiscal\s+)?year\b", re.I)


def _result_of(ev: Event, text: str) -> str | None:
    """The kind of result a company's record is of ("record profits": profit), None for a price's record:
    a company's record sales, record profit and record share price are three records."""
    if ev.rule != "record.results":
        return None
    w = _RESULT_WORD.search(text, ev.span.start, ev.span.end)
    return result_kind(w.group(0)) if w is not None else None


def _dedupe(events: list[Event], text: str = "", sents: Sequence[tuple[int, int]] = ()) -> list[Event]:
    """A headline and a body that state the same record or streak give one;
    a lede's change of a result and the body's amount of it give one."""
    out: list[Event] = []
    merged: set[tuple[str, Any]] = set()
    value_of: dict[int, Any] = {}  # levels told before their changes, given to them (and dropped)
    for ev in events:
        if ev.kind in ("record", "streak"):
            subj = ev.get("subject")
            key = (ev.kind, ev.get("extreme"), ev.get("period"), ev.get("direction"), ev.get("count"), ev.get("unit"))
            # (one phrase read by two rules is one record: "revenue rose 12% to a record $5 billion")
            dup = next((o for o in out if o.kind == ev.kind and o.get("subject") is not None and subj is not None
                        and o.get("subject").same_as(subj) and
                        (o.kind, o.get("extreme"), o.get("period"), o.get("direction"), o.get("count"), o.get("unit")) == key
                        and (_result_of(o, text) == _result_of(ev, text)
                             or (o.span.start < ev.span.end and ev.span.start < o.span.end))),
                       None)
            if dup is not None:
                if dup.get("since") is None and ev.get("since") is not None:
                    out[out.index(dup)] = ev
                continue
        if ev.kind == "financials" and ev.get("value") is not None and ev.get("change_pct") is None \
                and ev.get("status") == "actual" and ev.get("subject") is not None:
            # "profit climbed 89 percent" in the lede, "Net income increased to A$648.4 million" in the body:
            # one result, its change and its amount (the first amount of that metric after the change)
            mkey = (ev.get("subject").name, ev.get("metric"))
            lede = None if mkey in merged else next((o for o in out if o.kind == "financials" and o.get("value") is None
                         and o.get("change_pct") is not None and o.get("status") == "actual"
                         and o.get("metric") == ev.get("metric") and o.get("subject") is not None
                         and o.get("subject").same_as(ev.get("subject"))
                         and (o.get("period") is None or ev.get("period") is None or o.get("period") == ev.get("period"))
                         and not _AMOUNT_IN.search(_sentence_of(text, sents, o.span.start))
                         # ("For the nine months, the company posted a profit of": another span than the lede's quarter)
                         and not (re.search(r"-Q\d$", str(o.get("period") or ""))
                                  and _LONGER_SPAN.search(_sentence_of(text, sents, ev.span.start)))),
                        None)
            merged.add(mkey)  # (later amounts of the metric are priors or other measures: "compared with 1.29 billion")
            if lede is not None:
                fields = dict(ev.fields, change_pct=lede.get("change_pct"), period=ev.get("period") or lede.get("period"))
                out[out.index(lede)] = Event(kind=ev.kind, span=ev.span, fields=tuple(fields.items()), rule=ev.rule)
                continue
        if ev.kind == "indicator" and ev.get("value") is not None and ev.get("change_pct") is None \
                and _whole_level(ev, text):
            # "rose 0.4 pct in February ... a year-on-year rise of 3.9 pct" and later "The February RPI was
            # set at 100.4": the level of the period the changes were told for is theirs, one reading each
            same = [i for i, o in enumerate(out) if o.kind == "indicator" and o.get("value") is None
                    and o.get("change_pct") is not None and _same_reading(o, ev)]
            for i in same:
                out[i] = Event(kind="indicator", span=out[i].span, rule=out[i].rule,
                               fields=tuple(dict(out[i].fields, value=ev.get("value")).items()))
            if same:
                continue
        if ev.kind == "indicator" and ev.get("value") is None and ev.get("change_pct") is not None:
            # the level told first ("Housing starts were at a rate of 1,772,000. This is 5.9 percent above
            # ..."): the change's own
            told = next((i for i, o in reversed(list(enumerate(out))) if o.kind == "indicator" and o.get("change_pct") is None
                         and o.get("value") is not None and _same_reading(o, ev) and _whole_level(o, text)
                         and ev.span.start - o.span.end < 150), None)
            if told is not None:
                value_of[told] = out[told].get("value")
                ev = Event(kind="indicator", span=ev.span, rule=ev.rule,
                           fields=tuple(dict(ev.fields, value=value_of[told]).items()))
        out.append(ev)
    return [o for i, o in enumerate(out) if i not in value_of]


# a level of a part, not of the whole: "The demand deposit component of M-1 increased to", "Imports from
# the EC totalled", "M-2 aggregate, Slifer said the main cause was"
_PART_OF = re.compile(r"\b(?:component|part|share|portion)\s+of\b|\b(?:from|to|excluding|including)\s+the\b|"
                      r"\bsaid\b")


def _whole_level(ev: Event, text: str) -> bool:
    """An indicator's level of a stated period that is the whole's, not a part's: one its changes
    of that period may take ("The February RPI was set at 100.4"; a rate's level is its own reading)."""
    return ev.get("period") is not None and ev.get("indicator") not in _LEVEL_RATES \
        and not _PART_OF.search(text, max(0, ev.span.start - 30), ev.span.end)


def _same_reading(a: Event, b: Event) -> bool:
    """Two indicator events of one reading: the same indicator, period, status and subject."""
    sa, sb = a.get("subject"), b.get("subject")
    return a.get("indicator") == b.get("indicator") and a.get("period") == b.get("period") \
        and a.get("status") == b.get("status") and (sa is None or sb is None or sa.same_as(sb))


# an amount of money in a sentence: a lede that states one has its own amount
_AMOUNT_IN = re.compile(r"\d\s*(?:mln|million|bln|billion|trillion|crore|lakh)\b|[$£€¥]\s?\d|\d\s*(?:dlrs?|dollars|yen|euros?|"
                        r"pounds|stg|francs|marks|yuan|won|rupees)\b", re.I)


def _sentence_of(text: str, sents: Sequence[tuple[int, int]], at: int) -> str:
    """The sentence holding position ``at``."""
    return next((text[a:b] for a, b in sents if a <= at < b), "")


def _lede_company(ctx: EventContext, sents: list[tuple[int, int]]) -> Entity | None:
    """The first company the given sentences name as the one reporting
    ("Velmar Corp said ...", "Velmar Inc, a maker of ..., reported ...")."""
    for s, e in sents:
        for x in ctx.entities(s, e):
            if x.type not in ("company", "stock") or x.name[:1].islower() or x.name.lower().split()[0] in _SOURCES:
                continue  # ("of Finance Joel Graff said": a title's tail, no company)
            if _REPORTS_AFTER.match(ctx.text, x.end) and not not_traded(ctx.text, x, s):
                return _ent(x, ctx.text)
    return None


_REPORTS_AFTER = re.compile(r"(?:\s+(?:Inc|Corp|Co|Ltd|Plc|PLC|AG|SA|NV|Group|Holdings?)\b\.?)?>?\s*(?:\([^()]{0,30}\)\s*)?"
                            r"(?:<[A-Z][A-Z0-9.]{0,9}>\s*)?"  # a wire ticker: "Rowntree Mackintosh Plc <RWNT.L> announced"
                            r"(?:,[^,.;]{0,80},\s*)?(?:(?:would|will|has|had|have|also|today)\s+(?:have\s+)?)?"  # "would have reported"
                            r"(?:said|reported|posted|announced|says|reports|posts)\b")


def _salient_company(ctx: EventContext) -> Entity | None:
    counts: dict[str, tuple[int, Entity]] = {}
    for m in ctx.moves:
        if m.subject.type in ("stock", "company") and not SECURITY_KIND.fullmatch(m.subject.name):
            # (a company's ADRs move, but the company reports)
            k = m.subject.id or m.subject.name
            n, _ = counts.get(k, (0, m.subject))
            counts[k] = (n + 1, m.subject)
    if not counts:
        return None
    return max(counts.values(), key=lambda x: x[0])[1]
