"""Tender and takeover offers: acquirer, target, price a share, stake.

Each word of an offer in a sentence is read on its own ("The AGL offer ...
compares with the Santos cash offer of 4.00 dlrs a share"): its price a
share is the one stated with it, its acquirer the name that owns it ("BP's
70 dlrs per share tender offer", "the Santos cash offer", "an offer by X",
else the clause's subject), its target the company it is for ("for Hillards
Plc", "for the 45 pct of the company it does not own").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..entities import EntityMention
from ..model import Money, Quantity
from .context import _IN_RELATIVE, EventContext, _ent, _event, _subject_before

_OFFER = re.compile(r"\b(?:offered|offers|offer(?:ing)?\s+to\s+buy|offer|bid|bids|counter-bid|proposed\s+to\s+buy|"
                    # ("rejected a proposal by X to acquire its stock at 22 dlrs a share")
                    r"proposal(?=\s+(?:by|from)\s+[^.;]{1,60}?\s+to\s+(?:acquire|buy|purchase)\b)|"
                    r"tender\s+offer|tender\s+for|tender(?=\s+of\s+(?:about\s+)?[\d$])|takeover\s+offer|agreed\s+to\s+(?:buy|acquire|purchase)|"
                    # "proposed to take Velm private at A$4.10 a share"
                    r"(?:proposed|proposes|offered|offers|plans?)\s+to\s+take(?=\s+(?:[A-Z][\w&.'-]*\s+){1,4}private\b))\b", re.I)
# an offer of shares to the public, a price quoted to buy, a word that only looks like one
_NOT_AN_OFFER = re.compile(r"\b(?:public|secondary|rights|initial|bond|debt)\s+$", re.I)
_NOT_AN_OFFER_AFTER = re.compile(r"\s*(?:price|prices|rate|quotes?|side|/|-ask)\b", re.I)
# a price a share written with its offer: "4.00 dlrs a share", "70 dlrs per share", "4.75 dlrs each"
_PER_SHARE_AFTER = re.compile(r"\s*(?:per|a)\s+(?:ordinary\s+)?share|\s+(?:each|apiece)\b|-(?:a|per)-share\b"
                              # "800p cash for each Zeta Group share"
                              r"|\s+(?:in\s+)?(?:cash\s+)?for\s+each\s+(?:[A-Z][\w&.'-]*\s+){0,4}(?:ordinary\s+)?share\b", re.I)
# "valuing each Avana share at 829p", "values TMOC shares at 4.75 dlrs"
_VALUED_BEFORE = re.compile(r"\bvalu\w+\s+(?:each\s+)?(?:[A-Z][\w.&-]*\s+)?(?:ordinary\s+)?shares?\s+at\s+$", re.I)
# the words of an offer between its owner and the word itself: "'s 70 dlrs per share tender", "cash", "on-market"
_OWNER_GAP = re.compile(r"(?:['’]s?)?\s+(?:[\w$.,/-]+\s+){0,7}?(?:cash\s+|share\s+|takeover\s+|rival\s+|revised\s+|"
                        r"higher\s+|hostile\s+|contested\s+|unsolicited\s+|on-market\s+|full\s+|partial\s+|"
                        r"counter-)?$")
_BY_AFTER = re.compile(r"\s+(?:made\s+)?(?:by|from)\s+(?:the\s+)?$")
# a target that speaks of an offer it got: "received a buyout offer", "rejected a 4.2 billion dlr bid"
_RECEIVED = re.compile(r"\b(?:received|receives|receiving|rejected|rejects|accepted|accepts|got|gets|welcomed|spurned)\s+"
                       r"(?:an?\s+|the\s+|its\s+)?(?:[\w$.,-]+\s+){0,4}\Z", re.I)
_FROM_BEFORE = re.compile(r"\b(?:from|by)\s+(?:the\s+)?(?:[a-z]+\s+){0,2}\Z")  # "from investor Theodore Cross"
_FOR_BEFORE = re.compile(r"\bfor\s+(?:the\s+|each\s+)?(?:(?:rest|remainder|balance|all|control|shares?|stake)\s+(?:of\s+|in\s+)?)?"
                         r"(?:the\s+)?(?:[\d.]+\s+(?:pct|per\s*cent|percent|%)\s+(?:of\s+|stake\s+in\s+)?)?$", re.I)
_THE_COMPANY = re.compile(r"\b(?:of|in)\s+(?:the\s+company|it)\b|\bthe\s+company\b", re.I)


# a purchase of a company at a price a share, told without the word "offer": "will pay $196 a share for
# Velmar", "would buy all outstanding shares of Velm for 1,300 yen apiece" (only with a price a share: a
# purchase told by its total is any deal, of a unit, a stake or assets)
_BUY = re.compile(r"\b(?:will|would|to|agreed\s+to|plans\s+to)\s+(?:(?P<verb>buy|acquire|purchase)(?=\s+(?:all\s+(?:of\s+)?"
                  r"(?:the\s+)?(?:outstanding\s+|remaining\s+)?shares\s+(?:of|in)\s+)?(?:the\s+)?[A-Z][\w&.'-]*"
                  r"(?:\s+[A-Z][\w&.'-]*)*\s+(?:for|at)\s)|"
                  # "will pay $196 a share for Velmar"
                  r"(?P<pay>pay)(?=\s+[^.;]{1,30}?\s(?:a|per)\s+share\s+for\s+(?:the\s+)?[A-Z]))")


# "Zeta agreed to be acquired by Qorvix for about $2.38 billion": the company taken over, its buyer after "by"
# ("its agreement to be acquired by Britain's Dixons Group PLC": a place's possessive before the buyer)
_ACQUIRED_BY = re.compile(r"\b(?:agreed|agrees|has\s+agreed|had\s+agreed|agreement)\s+to\s+be\s+(?:acquired|bought|taken\s+over|purchased)"
                          r"\s+by\s+(?:the\s+)?(?P<poss>[A-Z][\w.]*['’]s\s+)?", re.I)


def _acquired_by(ctx: EventContext, s: int, e: int, ents: Sequence[EntityMention], qs: list[Quantity]) -> None:
    text = ctx.text
    for m in _ACQUIRED_BY.finditer(text, s, e):
        by = m.start("poss") if m.group("poss") else m.end()  # (a name may hold the place: "Britain's Dixons Group")
        buyer = next((x for x in ents if x.type in ("company", "stock") and by <= x.start <= m.end() + 2), None)
        sold = _subject_before(ctx, ents, m.start(), s)
        if sold is None or sold.type not in ("company", "stock"):
            # "Nicor jumped 4.3 percent after the distributor said it had agreed to be acquired by": the company
            # the sentence named first
            sold = next((x for x in ents if x.type in ("company", "stock") and s <= x.start and x.end <= m.start()), None)
        if buyer is None or sold is None or _same(buyer, sold):
            continue
        money = [q for q in qs if q.kind == "money" and q.start >= buyer.end]
        per = next((q for q in money if _PER_SHARE_AFTER.match(text, q.end, q.end + 60)), None)
        total = next((q for q in money if q is not per and q.value >= 1e6), None)
        if per is None and total is None:
            continue  # no terms: no offer read
        ctx.events.append(_event("tender_offer", sold.start, (total or per or buyer).end, "tender_offer.acquired_by",
                                 acquirer=_ent(buyer, text), target=_ent(sold, text),
                                 price_per_share=Money(per.value, per.currency) if per else None, stake_pct=None,
                                 purpose="acquisition", total=Money(total.value, total.currency) if total else None))


def _tender_offers(ctx: EventContext, s: int, e: int, ents: Sequence[EntityMention], qs: list[Quantity]) -> None:
    text = ctx.text
    if "to be" in text[s:e]:
        _acquired_by(ctx, s, e, ents, qs)
    cues = [m for m in _OFFER.finditer(text, s, e)
            if not _NOT_AN_OFFER.search(text, max(s, m.start() - 12), m.start())
            and not (_NOT_AN_OFFER_AFTER.match(text, m.end(), min(e, m.end() + 8))
                     and not m.group(0).lower().startswith("tender"))]  # ("its tender offer price for Zeta")
    buys = [m for m in _BUY.finditer(text, s, e) if not any(c.start() <= m.end() and m.start() <= c.end() for c in cues)]
    if buys and any(q.kind == "money" and _PER_SHARE_AFTER.match(text, q.end, q.end + 60) for q in qs):
        cues = sorted(cues + buys, key=lambda m: m.start())
    # a purchase ("agreed to buy", "will pay") is an offer only at a price a share told after it: told by
    # its total or its stake it is any deal, of a unit, a private firm or assets
    bought = {id(m) for m in buys} | {id(m) for m in cues if re.match(r"agreed\s+to", m.group(0), re.I)}
    if not cues:
        return
    money = [q for q in qs if q.kind == "money"]
    companies = [x for x in ents if x.type in ("company", "stock")]
    bidders = [x for x in ents if x.type in ("company", "stock", "person")]
    if not money:
        # no price: remember who bids for whom, for the sentence that gives the terms
        for om in cues:
            _remember_parties(ctx, text, bidders, companies, ents, om, s, e, s)
        return
    used: set[int] = set()
    for k, om in enumerate(cues):
        nxt = cues[k + 1].start() if k + 1 < len(cues) else e
        prv = cues[k - 1].end() if k > 0 else s
        per_share = _price_for(text, money, om.start(), om.end(), prv, nxt, used)
        stake = next((q for q in qs if q.kind == "pct" and om.end() <= q.start < nxt
                      and re.match(r"\s*(?:of|stake|interest)", text[q.end:q.end + 10])), None)
        total_near = None
        if id(om) in bought and (per_share is None or per_share.start < om.end()):
            continue  # (a purchase without a price a share after it: no offer read)
        if per_share is None and stake is None:
            _remember_parties(ctx, text, bidders, companies, ents, om, prv, nxt, s)
            # "its 151 mln stg contested bid for Hillards": an offer told by its total
            total_near = next((q for q in money if q.value >= 1e6 and id(q) not in used and (
                max(prv, om.start() - 40) <= q.start < om.start() or om.end() <= q.start < min(nxt, om.end() + 25))), None)
            if total_near is None:
                continue
        # (an investor bids too: "Martin Sosnoff, who has offered to buy Caesars World Inc")
        acquirer = _owner(ctx, text, bidders, ents, om.start(), om.end(), prv, s)
        target = _valued(text, companies, per_share) or _its_target(text, companies, acquirer, om.start(), s) or \
            _target(ctx, text, companies, acquirer, om.end(), nxt, s)
        if target is not None and (acquirer is None or _same(acquirer, target)
                                   or _OPENS_WITH_PRONOUN.match(text, s, om.start())
                                   or any(_same(acquirer, t) for _, t in ctx.offer_parties)):
            # "It said ... the terms of the offer will be ...": the bidder a sentence before named for this target
            known = [a for a, t in ctx.offer_parties if _same(t, target)]
            acquirer = known[-1] if known else acquirer
        if acquirer is None or target is None:
            continue
        if total_near is not None and not (om.end() <= target.start and _FOR_BEFORE.search(
                text, max(om.end(), target.start - 50), target.start)):
            continue  # an offer told only by its total needs its target named after "for"
        if (acquirer.id or acquirer.name.lower()) == (target.id or target.name.lower()):
            continue  # "X offered to buy 50 pct of that airline": a company does not bid for itself
        if per_share is not None:
            used.add(id(per_share))
        totals = [Money(q.value, q.currency) for q in ([total_near] if total_near is not None else money)
                  if q is not per_share and om.start() - 60 <= q.start < nxt]
        purpose = None
        pm = re.search(r"\b(delist|take\s+(?:it\s+)?private|privati[sz]e|merge)\w*", text[om.end():nxt], re.I)
        if pm:
            purpose = "delist" if "delist" in pm.group(0).lower() else pm.group(0).lower()
        ctx.events.append(_event(
            "tender_offer", acquirer.start if s <= acquirer.start < om.start() else om.start(), max(om.end(), nxt),
            "tender_offer", acquirer=_ent(acquirer, text), target=_ent(target, text),
            price_per_share=Money(per_share.value, per_share.currency) if per_share else None,
            stake_pct=stake.value if stake else None, purpose=purpose,
            # one total: the one in the currency of the price a share, where there is one
            total=next((t for t in totals if per_share and t.currency == per_share.currency), totals[0] if totals else None)))


# "the cash portion of its Viacom offer": the company between the bidder's "its" and the offer is the target
_ITS_NAMED_OFFER = re.compile(r"\b(?:its|their)\s+(?P<t>[A-Z][\w&.'-]*(?:\s+[A-Z][\w&.'-]*){0,3})\s+"
                              r"(?:cash\s+|takeover\s+|tender\s+|revised\s+|hostile\s+|rival\s+)?\Z")


def _its_target(text: str, companies: list[EntityMention], acquirer: EntityMention | None, at: int,
                s: int) -> EntityMention | None:
    m = _ITS_NAMED_OFFER.search(text, max(s, at - 70), at)
    if m is None:
        return None
    return next((x for x in companies if m.start("t") <= x.start and x.end <= m.end("t")
                 and (acquirer is None or not _same(x, acquirer))), None)


def _remember_parties(ctx: EventContext, text: str, bidders: list[EntityMention], companies: list[EntityMention],
                      ents: Sequence[EntityMention], om: re.Match[str], prv: int, nxt: int, s: int) -> None:
    """Who bids for whom where no price is told ("X said it was making a final offer for Y"), for the
    words that give the terms later ("It said ... valuing each Y share at 829p")."""
    who = _owner(ctx, text, bidders, ents, om.start(), om.end(), prv, s)
    what = _target(ctx, text, companies, who, om.end(), nxt, s)
    if who is not None and what is not None and who.type != "anaphor" and not _same(who, what) \
            and _FOR_BEFORE.search(text, max(om.end(), what.start - 50), what.start):
        ctx.offer_parties.append((who, what))


def _same(a: EntityMention, b: EntityMention) -> bool:
    """One company named twice ("the Avana Group Plc", "Avana")."""
    if a.id and b.id:
        return a.id == b.id
    x, y = a.name.lower(), b.name.lower()
    return x == y or x.startswith(y + " ") or y.startswith(x + " ")


# a sentence that opens with a pronoun for the company of the sentence before
_OPENS_WITH_PRONOUN = re.compile(r"\s*(?:It|They)\s+(?:said|says|added|announced)\b")


def _valued(text: str, companies: list[EntityMention], per_share: Quantity | None) -> EntityMention | None:
    """The company whose share a price values: "valuing each Avana share at 829p" is Avana's."""
    if per_share is None:
        return None
    m = _VALUED_BEFORE.search(text, max(0, per_share.start - 60), per_share.start)
    if m is None:
        return None
    return next((x for x in companies if m.start() <= x.start and x.end <= per_share.start), None)


def _price_for(text: str, money: list[Quantity], a: int, b: int, prv: int, nxt: int, used: set[int]) -> Quantity | None:
    """The price a share an offer states: after its word ("offer of 4.00 dlrs a share"), else just before it
    ("70 dlrs per share tender offer"), else a value a share the sentence gives it ("valuing each share at 829p")."""
    def per(q: Quantity) -> bool:
        return id(q) not in used and (bool(_PER_SHARE_AFTER.match(text, q.end, q.end + 60))
                                      or bool(_VALUED_BEFORE.search(text, max(0, q.start - 60), q.start)))
    after = [q for q in money if b <= q.start < nxt and per(q)]
    if after:
        return after[0]
    before = [q for q in money if max(prv, a - 80) <= q.start < a and per(q)]
    return before[-1] if before else None


def _owner(ctx: EventContext, text: str, companies: list[EntityMention], ents: Sequence[EntityMention],
           a: int, b: int, prv: int, s: int) -> EntityMention | None:
    """Who makes the offer: the name that owns the offer's words ("BP's 70 dlrs per share tender offer",
    "the Santos cash offer"), the name after "by" ("an offer by X"), else the clause's subject."""
    if _RECEIVED.search(text, max(prv, a - 60), a):
        # "Velm Corp received a buyout offer of 530 yen per share from Orlan Holdings": the bidder after "from"
        frm = next((x for x in companies if b < x.start and _FROM_BEFORE.search(text, max(b, x.start - 30), x.start)), None)
        return frm  # (the company that received it is no bidder: no bidder named, no offer read)
    # (not "its Viacom offer": a name after the bidder's "its" is what the offer is for)
    owned = [x for x in companies if max(prv, a - 80) <= x.start and x.end <= a and _OWNER_GAP.fullmatch(text, x.end, a)
             and not re.search(r"[;:]|\bthat\b|\bwhich\b", text[x.end:a])
             and not re.search(r"\b(?:its|their)\s+\Z", text[max(prv, x.start - 7):x.start])
             and not (_IN_RELATIVE.search(text, max(s, x.start - 80), x.start) and "," in text[x.end:a])]
    if owned:
        return owned[-1]
    by = next((x for x in companies if b < x.start <= b + 20 and _BY_AFTER.fullmatch(text, b, x.start)), None)
    if by is not None:
        return by
    return _subject_before(ctx, ents, a, s)


# a bidder's possessive in the offer's own words: "their 145 dlr per share offer"
_POSSESSIVE_BEFORE = re.compile(r"\b(?:its|their|his|her)\s+(?:[\w$.,/-]+\s+){0,6}\Z")


# an offer for the shares a bidder does not hold yet, its company named before
_FOR_THE_REST = re.compile(r"[^.;]{0,60}?\bfor\s+(?:all\s+of\s+)?the\s+(?:rest|remainder|balance|remaining\s+(?:shares|stock|stake))\b")


def _target(ctx: EventContext, text: str, companies: list[EntityMention], acquirer: EntityMention | None,
            b: int, nxt: int, s: int) -> EntityMention | None:
    """What the offer is for: the company after "for" ("bid for Hillards Plc", "for the 45 pct of Standard
    Oil"); "the company" another named before in the sentence, else the last that moved; else the first
    company after the offer."""
    def other(x: EntityMention) -> bool:
        return acquirer is None or (x.id or x.name.lower()) != (acquirer.id or acquirer.name.lower())
    after = [x for x in companies if b <= x.start < nxt and other(x)]
    named_for = next((x for x in after if _FOR_BEFORE.search(text, max(b, x.start - 50), x.start)), None)
    if named_for is not None:
        return named_for
    if not after:
        # "The AGL offer, the third to be made for TMOC, compares with the Santos cash offer"
        for_before = [x for x in companies if s <= x.start < b and other(x)
                      and _FOR_BEFORE.search(text, max(s, x.start - 50), x.start)]
        if for_before:
            return for_before[-1]
        if _FOR_THE_REST.match(text, b, nxt):
            # "Zeta, which holds a 22 pct stake in Orbit Inc, offered 30 dlrs a share for the rest": the company
            # of the stake the bidder holds, named before the offer
            held = [x for x in companies if s <= x.start and x.end <= b and other(x)]
            if held:
                return held[-1]
    last_word = text.rfind(" ", 0, b) + 1  # where the offer's (last) word starts
    if _THE_COMPANY.search(text, b, nxt) or (not after and _RECEIVED.search(text, max(s, last_word - 80), last_word)):
        # ("Velm Corp received a buyout offer ... from Orlan": the company that received it)
        before = [x for x in companies if s <= x.start and x.end <= b and other(x)]
        if before:
            return before[-1]
        prior = [m for m in ctx.moves if m.span.start < s]
        if prior:
            sb = prior[-1].subject
            return EntityMention(sb.start, sb.end, sb.name, sb.id, sb.type, "anaphor")
    if not after and acquirer is not None and acquirer.start >= b and _BY_AFTER.fullmatch(text, b, acquirer.start):
        # ("Zeta Corp said it will respond to today's acquisition bid by Orbit for 22 dlrs a share": a bid by a
        # buyer named after it, for no company named, is for the company the sentence is about)
        # (the company that opens the sentence, and not where "their offer" names a bidder of its own: "the
        # rejection of their 145 dlr per share offer by the Taft Broadcasting board")
        first = next((x for x in companies if x.end <= b and other(x)), None)
        if first is not None and not text[s:first.start].strip(" \n\t\"'(") and \
                not _POSSESSIVE_BEFORE.search(text, max(s, b - 60), last_word):
            return first
    return after[0] if after else None
