"""What an anaphor of a move stands for ("it", "its shares", "the stock",
"the index", "both indexes"), from the names the text has given so far: the
sentence's own subjects, the last move's, the sentence before's, or the
company the article is about. Split from moves.py, which reads the moves.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from .clause_subject import _OBJECT_BEFORE
from .mention import EntityMention
from .not_traded import _ECONOMIC_INDEX

if TYPE_CHECKING:
    from .moves import Context

def note_entities(ctx: Context, ents: list[EntityMention], si: int) -> None:
    """Remember entities for later anaphors, counting how often each is named."""
    for e in ents:
        if e.type == "person":
            ctx.persons.add(e.name)
            for part in e.name.split():
                ctx.persons.add(part)
            continue
        if e.type in ("anaphor", "place") or not e.is_subject or e.name in ctx.persons:
            continue
        ctx.recent.append(e)
        ctx.recent_sentence.append(si)
        ctx.mentions.append(e)
        k = _ekey(e)
        ctx.counts[k] = ctx.counts.get(k, 0) + 1
        ctx.last_of[k] = e


def _ekey(e: EntityMention) -> str:
    return e.id or e.name.lower()


_PRONOUNS = ("it", "they", "its shares", "its stock", "their shares", "its share price", "its stock price", "its price")


def _scan_all(ctx: Context) -> None:
    """Note every sentence's entities once, for the counts a company's salience is read from."""
    if not ctx.scanned_all and ctx.scan_all is not None:
        ctx.scanned_all = True
        ctx.scan_all(ctx)


def _resolve(ctx: Context, e: EntityMention, n: int) -> list[EntityMention]:
    """The entity an anaphor stands for. Pronouns take the subject of the
    last move (or the last name) within a sentence; "the stock", "the company"
    take the company the article names most; "both indexes" the last two."""
    if e.type != "anaphor":
        return [e]
    word = e.name.lower()
    si = ctx.sentence_index
    want: tuple[str, ...]
    if any(w in word for w in ("index", "indexes", "indices", "gauge", "benchmark", "barometer", "average")):
        if _INDEX_OF_THINGS.match(ctx.text, e.end):
            return []  # "the index for consumer foods fell 0.5 pct": a price index's part, no market's index
        want = ("index", "market")
    elif "currenc" in word or "pair" in word:
        want = ("currency", "currency_pair")
    elif word.endswith("metal"):
        want = ("commodity",)
    elif word.endswith(" rate"):
        # "The rate opened at 1,480 won": the pair that moved in the last two sentences, else nothing
        # (an interest rate is no anaphor of a price)
        pairs = [x for msi, x in ctx.move_subjects if msi >= si - 2 and x.type in ("currency", "currency_pair")]
        return [replace(pairs[-1], start=e.start, end=e.end)] if pairs else []
    elif word in ("it", "they", "its price"):
        want = ("stock", "company", "index", "currency", "commodity", "bond", "currency_pair", "market", "sector")
    else:
        want = ("stock", "company")
    here = [x for x in ctx.sentence_subjects if x.end <= e.start and x.type in want]
    if e.plural and word.startswith("both"):
        cands = list(reversed(here))
        for back in (1, 2):
            cands += [x for x, xs in reversed(list(zip(ctx.recent, ctx.recent_sentence)))
                      if xs == si - back and x.type in want]
        seen: list[EntityMention] = []
        for c in cands:
            if not any(_same(c, x) for x in seen):
                seen.append(c)
            if len(seen) == 2:
                break
        if len(seen) < 2:
            return []
        return [replace(x, start=e.start, end=e.end) for x in reversed(seen)]
    # a company called by its trade with words before it ("the software maker's shares") stands, like "its
    # shares", for the company told of last, not the one the article names most
    described = word.count(" ") >= 2 and want == ("stock", "company")
    if word in _PRONOUNS or described:
        possessive = described or word.startswith(("its ", "their "))
        if here:
            # a name inside a phrase of another ("tweets by Tesla boss Elon Musk") is no subject a
            # pronoun stands for when the sentence has one outside such a phrase ("Bitcoin ... it hit")
            free = [x for x in here if not _OBJECT_BEFORE.search(ctx.text, max(0, x.start - 60), x.start)]
            return [replace((free or here)[-1], start=e.start, end=e.end)]
        moved = [x for msi, x in ctx.move_subjects if msi >= si - 1 and x.type in want]
        if moved:
            return [replace(moved[-1], start=e.start, end=e.end)]
        prev = [x for x, xs in zip(ctx.recent, ctx.recent_sentence) if xs == si - 1 and x.type in want]
        if prev:
            # the sentence before's own subject, not a name in a phrase of its object ("Allegheny said it agreed
            # to a buyout from First Boston. Its stock rose 8-5/8": Allegheny's)
            free = [x for x in prev if not _OBJECT_BEFORE.search(ctx.text, max(0, x.start - 60), x.start)]
            # (a bare "it" is the thing told of last: "..., with Ether ... falling to $1,850. It was last down 26%")
            return [replace((free or prev)[0] if possessive else prev[-1], start=e.start, end=e.end)]
        if not possessive:
            return []
        # ("The transaction was valued at 500 mln dlrs. Its stock rose 8-5/8": the company the article opened with)
        _scan_all(ctx)
        lede = next((x for x in ctx.mentions if x.start < e.start and x.type in want and x.name not in ctx.persons), None)
        return [replace(lede, start=e.start, end=e.end)] if lede is not None else []
    if want == ("stock", "company"):
        _scan_all(ctx)
        # the company the article has named most so far; ties go to the latest
        counts: dict[str, int] = {}
        last: dict[str, EntityMention] = {}
        for x in ctx.mentions:
            if x.start < e.start and x.type in want and x.name not in ctx.persons:
                k = _ekey(x)
                counts[k] = counts.get(k, 0) + 1
                if k not in last or x.start > last[k].start:
                    last[k] = x
        if here:
            # a listed company before a name the reference does not know
            # ("G4S ... its bungled Olympics contract ... sending shares down")
            linked = [x for x in here if x.id]
            return [replace((linked or here)[-1], start=e.start, end=e.end)]
        # a company that opened one of the last two sentences ("Muthoot Microfin, the lender, ended at a
        # discount ... On the BSE the stock debuted at Rs 278"): a roundup has moved on to it
        opened = [x for x, xs in zip(ctx.recent, ctx.recent_sentence) if si - 2 <= xs < si and x.type in want
                  and x.start < e.start and x.name not in ctx.persons and _OPENS_LINE.search(ctx.text, max(0, x.start - 3), x.start)
                  and not _ROLE_AFTER.match(ctx.text, x.end)]
        if opened:
            return [replace(opened[-1], start=e.start, end=e.end)]
        # a subhead that is a company's name alone ("Muthoot Microfin" on its own line) opens its section:
        # "the company's shares" after it are that company's, however often the article named another
        heads = [x for x in ctx.mentions if x.start < e.start and x.type in want and x.name not in ctx.persons
                 and _OPENS_LINE.search(ctx.text, max(0, x.start - 3), x.start)
                 and (_ALONE_ON_LINE.match(ctx.text, x.end) or _under_its_subhead(ctx.text, x))]
        if heads:
            return [replace(max(heads, key=lambda x: x.start), start=e.start, end=e.end)]
        if counts:
            best = max(counts, key=lambda k: (counts[k], last[k].start))
            return [replace(last[best], start=e.start, end=e.end)]
        return []
    cands = list(reversed(here))
    for back in (1, 2):
        if cands:
            break
        cands = [x for x, xs in reversed(list(zip(ctx.recent, ctx.recent_sentence))) if xs == si - back and x.type in want]
    main = set(word.split()) <= _MAIN_INDEX_WORDS
    if want == ("index", "market") and _ECONOMIC_INDEX.search(ctx.text, max(0, e.start - 300), e.end):
        # "the unadjusted shipment index", "the index" after "the retail price index": a statistic, not a market
        return []
    if main and want == ("index", "market") and ctx.market:
        # "record gains on Wall Street" named in a Tokyo report: "the market average" is still Tokyo's
        cands = [x for x in cands if not (x.type == "market" and x.market and x.market != ctx.market)]
    if not cands and want == ("index", "market") and not main and e.name[:4].lower() == "the " and \
            word.split()[-1] in ("index", "average"):
        # "the broad-based first section index" with none named before: an index the text describes
        return [EntityMention(e.start, e.end, e.name[4:], None, "index", "described_index")]
    if not cands and want == ("index", "market") and ctx.market and main:
        # "the market average", "the benchmark index" with none named yet: the market's own benchmark
        mk = ctx.ref.markets.get(ctx.market)
        inst = ctx.ref.instruments.get(mk.benchmark) if mk else None
        if mk is not None and inst is not None:
            return [EntityMention(e.start, e.end, inst.name, inst.id, "index", "market_benchmark",
                                  country=mk.country, mic=mk.mic, market=mk.code)]
    if not cands:
        return []
    return [replace(cands[0], start=e.start, end=e.end)]


# a company's name before a person's role: "SpreadCo senior market strategist David Morrison" (the firm speaks)
_ROLE_AFTER = re.compile(r"(?:['’]s)?\s+(?:[a-z]+\s+){0,3}?(?:analysts?|strategists?|economists?|chief|head|director|"
                         r"president|ceo|chairman|chairwoman|spokes\w+|traders?|managers?|partner|founder|dealers?)\b")


def _under_its_subhead(text: str, x: EntityMention) -> bool:
    """Whether the line before the one ``x`` opens is ``x``'s name alone (a subhead, "Muthoot Microfin")."""
    prev_end = text.rfind("\n", 0, x.start)
    prev_start = text.rfind("\n", 0, max(0, prev_end)) + 1 if prev_end > 0 else -1
    return prev_end > 0 and 0 < len(text[prev_start:prev_end].strip()) <= 60 and \
        text[x.start:x.end].startswith(text[prev_start:prev_end].strip().rstrip(":"))


# a line that holds only a name: a subhead
_ALONE_ON_LINE = re.compile(r"[ \t]*:?[ \t]*(?:\n|\Z)")
# a name at the start of a line (a roundup's new paragraph or subhead), not one inside a sentence
_OPENS_LINE = re.compile(r"(?:^|\n)[ \t]*\Z")
# "the index for energy products", "the index of leading indicators": an index of things, not of a market
_INDEX_OF_THINGS = re.compile(r"\s+(?:for|of)\s+(?:the\s+)?[a-z]")
# the words of an anaphor that can only mean the market's main index
_MAIN_INDEX_WORDS = frozenset("the market average index benchmark main key broad broader broad-based stock share "
                              "gauge barometer blue-chip".split())


def _same(a: EntityMention, b: EntityMention) -> bool:
    if a.id and b.id:
        return a.id == b.id
    return a.name.lower() == b.name.lower()
