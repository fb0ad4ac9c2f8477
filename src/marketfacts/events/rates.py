"""Rate decisions: a central bank's policy rate, a commercial bank's prime
or base rate, cut, raised or left unchanged.
"""

from __future__ import annotations

import re

from ..model import Entity, Event, Quantity
from .authorities import _auth_entity, _authorities, _central_bank_of
from .context import EventContext, _date_in, _event
from .countries import country_in
from .indicator_periods import _month_period

# the base forms of a rate's verbs, after "will", "would" ("said it would lower its prime rate to");
# after "to" ("plans to raise") only those of a change
_CHANGE_BASE_FORMS = ("lower", "reduce", "trim", "slash", "raise", "lift", "hike", "increase")
_ALL_BASE_FORMS = _CHANGE_BASE_FORMS + ("keep", "hold", "leave", "maintain")
_BASE_FORMS = frozenset(_ALL_BASE_FORMS)
_ALL_BASE = "|".join(_ALL_BASE_FORMS)
_RATE = re.compile(r"\b(?P<verb>cut|cuts|cutting|lowered|lowers|lowering|reduced|reducing|trimmed|slashed|slashing|raised|raises|raising|"
                   r"lifted|lifts|lifting|hiked|hikes|increased|increasing|kept|keeps|keeping|held|holds|holding|left|leaves|leaving|maintained|maintaining|set|sets|"
                   r"(?<=\bwill\s)(?:" + _ALL_BASE + r")|(?<=\bwould\s)(?:" + _ALL_BASE + r")|"
                   r"(?<=\bto\s)(?:" + "|".join(_CHANGE_BASE_FORMS) + r")|(?<=\bdecided\sto\s)(?:" + _ALL_BASE + r")|"
                   r"(?<=\bvoted\sto\s)(?:" + _ALL_BASE + r")|(?<=\bvoted\s\d-\d\sto\s)(?:" + _ALL_BASE + r")|"
                   r"(?<=\bunanimously\sto\s)(?:" + _ALL_BASE + r"))\b(?P<rest>(?:[^.;]|\.(?=\d)|(?<=\b[A-Z])\.){0,80}?)\b(?P<rate>(?:benchmark\s+|key\s+|policy\s+|prime\s+|lending\s+|"
                   r"interest\s+|deposit\s+|overnight\s+|repo\s+|base\s+|reference\s+|broker\s+loan\s+|intervention\s+|lombard\s+|"
                   r"indicator\s+|dealing\s+|"
                   r"rediscount\s+|bank\s+)*(?:interest\s+)?(?:rates?|reserve\s+requirement\s+ratio(?:\s+\(RRR\))?|"
                   r"RRR|repo\s+rate|cash\s+rate|discount\s+rate|cash\s+reserve\s+ratio|statutory\s+liquidity\s+ratio|"
                   # "raised its prime to 7-3/4 pct": wire copy's prime rate without the word
                   r"(?<=\bits\s)prime(?=\s+(?:to|by|from|a|one|half)\b)|(?<=\btheir\s)prime(?=\s+(?:to|by|from|a|one|half)\b)))\b",
                   re.I)
_BANK_RATE = re.compile(r"\b(?:prime|base|lending|reference|broker)\b", re.I)
_THE_BANK = re.compile(r"\b(?P<words>(?:the|The)\s+(?:[Cc]entral\s+|[Rr]eserve\s+)?(?:bank|Bank))\b[^.;]*\Z")
_BANK_WORDS = r"(?:Bank|Banks|Bancorp|Banco|Banque|Trust|Savings)"
_BANK_NAME = re.compile(r"\b" + _BANK_WORDS + r"\b")


def _banks(ctx: EventContext, s: int, e: int) -> list[tuple[int, int, str, str]]:
    """Commercial banks named in [s, e), as authorities of their own rates (a central bank named as a
    company, "the Bank of England's announcement", is none of them)."""
    central = [(a[0], a[1]) for a in _authorities(ctx.text, s, e) if a[3] == "central_bank"]
    out = []
    for x in ctx.entities(s, e):
        if not (x.type in ("company", "stock") and _BANK_NAME.search(x.name) and len(x.name.split()) >= 2
                and not any(a < x.end and x.start < b for a, b in central)):
            continue
        # "Manufacturers Hanover Trust and Chemical Bank": two banks read as one name, each a bank's name of
        # two words or more (not "Hongkong and Shanghai Banking", "Harris Trust and Savings Bank")
        parts = _TWO_BANKS.fullmatch(ctx.text, x.start, x.end)
        if parts is not None:
            out.append((x.start, parts.end(1), " ".join(parts.group(1).split()), "bank"))
            out.append((parts.start(2), x.end, " ".join(parts.group(2).split()), "bank"))
        else:
            out.append((x.start, x.end, " ".join(x.name.split()), "bank"))
    return out


_TWO_BANKS = re.compile(r"([A-Z][\w.&'-]*(?:\s+[A-Z][\w.&'-]*)*\s+" + _BANK_WORDS + r"(?:\s+(?:Co|Corp|Company))?\.?)\s+and\s+(?!(?:Savings|Loan|Loans|Trust|Investment|Commercial|Industrial|Banking)\b)"
                        r"([A-Z][\w.&'-]*(?:\s+[A-Z][\w.&'-]*)*\s+" + _BANK_WORDS + r"(?:\s+(?:Co|Corp|Company))?\.?)")


_RATE_NOUN = re.compile(r"\b(?:a\s+)?(?P<q>(?:half|quarter|\d+(?:\.\d+)?)[ -](?:a\s+)?(?:percentage[ -]point|basis[ -]points?|bps?)|"
                        r"(?:half|quarter|one)[ -]point)\s+"
                        r"(?P<kind>reduction|cut|hike|increase|rise)\b", re.I)


# "announced prime rate increases to 7-3/4 pct were Bankers Trust, Chemical Bank, ...": banks' own rates, as a noun
_BANK_RATE_NOUN = re.compile(r"\b(?P<rate>prime(?:\s+lending)?|base(?:\s+lending)?)\s+rates?\s+(?P<kind>increases?|rises?|"
                             r"hikes?|boosts?|cuts?|reductions?)\b", re.I)
# "Among other banks raising their prime rate to 7-3/4 pct were ...": the move as a participle
_BANK_RATE_PART = re.compile(r"\b(?P<kind>raising|lifting|increasing|boosting|cutting|lowering|reducing|trimming)\s+"
                             r"(?:their|its)\s+(?P<rate>prime(?:\s+lending)?|base(?:\s+lending)?)(?:\s+rates?)?\b", re.I)
# what opens the list of banks that made the move ("were also announced by")
_LIST_LEAD = re.compile(r"[^.;]{0,40}?\b(?:(?:was|were)\s+(?:also\s+)?(?:announced|made|posted)\s+by|were|are|included|"
                        r"include|includes|including|by)\s+(?=[A-Z])")
_LIST_ITEM = re.compile(r"[A-Z][\w.&'-]*(?:[\s-]+(?:[A-Z][\w.&'-]*|and|of|&|de|du|the)){0,6}")
_JOINED_LAST = re.compile(r"\s+and\s+(?!(?:Savings|Loan|Loans|Trust|Investment|Exchange|Commercial|Industrial|Co|Company)\b)")
# joining words a name cannot end with: "Chase Manhattan Bank and the Fed" ends at "Bank"
_NAME_TAIL = re.compile(r"(?:[\s-]+(?:and|of|&|de|du|the))+$")
# what joins the names of a list: "Barclays, National Westminster, Lloyds and Midland"
_LIST_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)")
_POINT_CHANGE = re.compile(r"\b(?P<q>quarter|half)[\s-]+(?:percentage[\s-]+)?point\s+(?:prime|base)\b", re.I)


def _bank_rate_lists(ctx: EventContext, s: int, e: int, qs: list[Quantity]) -> None:
    """Banks listed as having made a move named by a noun ("Among the banks
    which announced prime rate increases to 7-3/4 pct were Bankers Trust,
    Chemical Bank and Irving Trust"): each bank its own decision. A level
    stated with the move carries the size of the move the text stated before
    ("a quarter-point prime rate rise")."""
    text = ctx.text
    for m in [*_BANK_RATE_NOUN.finditer(text, s, e), *_BANK_RATE_PART.finditer(text, s, e)]:
        lead = _LIST_LEAD.match(text, m.end(), e)
        if lead is None:
            continue
        level = next((q.value for q in qs if q.kind == "pct" and m.end() <= q.start < lead.end()
                      and re.search(r"\bto\s+$", text[max(s, q.start - 5):q.start])), None)
        sign = -1 if _is_cut(m.group("kind")) else 1
        change = None
        if level is not None:
            said = list(_POINT_CHANGE.finditer(text, 0, e))
            if said:
                pc = said[-1]
                change = sign * (0.25 if pc.group("q").lower() == "quarter" else 0.5)
        if change is None and level is not None:
            # "raising their prime rates to 7-3/4 pct from 7-1/2 pct today included ...": the level it was at
            was = next((q.value for q in qs if q.kind in ("pct", "number") and m.end() <= q.start < lead.end()
                        and _FROM_LEAD.search(text, max(s, q.start - 36), q.start)), None)
            if was is not None and (level - was) * sign > 0:
                change = round(level - was, 6)
        if change is None and level is not None:
            # the size of the move a bank told before at the same level ("cut its prime rate to 7.5 pct from 7.75")
            change = next((ev.get("change") for ev in reversed(ctx.events) if ev.kind == "rate_decision"
                           and ev.get("level") == level and ev.get("change") and ev.get("change") * sign > 0), None)
        rate = " ".join(m.group("rate").split()).lower() + " rate"
        if level is None and lead.group(0).rstrip().endswith("by"):
            continue  # "matched Tuesday's prime rate cuts by Citibank": a move told before, its figures elsewhere
        parts = re.split(r",\s*", text[lead.end():e].rstrip(" .\n"))
        # "... included Dunmore Bank and Pell Federal": the last two joined by "and", unless the "and" is
        # inside one name ("Harris Trust and Savings Bank"); the list ends with them
        last = next((k for k, p in enumerate(parts) if _JOINED_LAST.search(p)), len(parts) - 1)
        parts[last:] = _JOINED_LAST.split(parts[last]) if parts else []
        for part in parts:
            part = re.sub(r"^and\s+", "", part.strip())
            item = _LIST_ITEM.match(part)
            if item is None:
                break  # the list has ended
            # "... by Citibank and Chase Manhattan Bank today will be followed": the name ends where the
            # capitalised words do, and the list with it
            named = _NAME_TAIL.sub("", item.group())
            name = " ".join(named.split())
            a = lead.end() + text[lead.end():e].find(named)
            ctx.events.append(_event("rate_decision", a, a + len(named), "rate_decision.list",
                                     authority=Entity(name=name, id=None, type="authority", mention=name, start=a,
                                                      end=a + len(named)),
                                     rate=rate, change=change, level=level, date=_date_in(ctx, text, s, e)))
            if item.end() < len(part.rstrip()):
                break


# "First Interstate Bank and Bank of America followed", "The increase was matched by Mellon Bank"
_FOLLOWED = re.compile(r"\b(?:followed|matched|joined)\b")


def follower_banks(ctx: EventContext, s: int, e: int, qs: list[Quantity]) -> None:
    """Banks that followed a bank's move on its prime or base rate ("The
    increase was matched by Irving Trust and Mellon Bank", "First Interstate
    Bank followed with an increase to 8 pct"): each bank the same decision,
    at the level the sentence states, else the level of the move followed."""
    text = ctx.text
    if _FOLLOWED.search(text, s, e) is None or any(s <= mv.span.start < e for mv in ctx.moves):
        return  # "Shares of Chase Manhattan Bank followed, rising 2 pct": the stock's move
    led = [ev for ev in ctx.events if ev.kind == "rate_decision" and ev.span.start < s
           and _BANK_RATE.search(str(ev.get("rate") or "")) and ev.get("authority") is not None]
    if not led:
        return
    last = led[-1]
    decided = {ev.get("authority").name for ev in ctx.events if ev.kind == "rate_decision" and ev.span.start >= s}
    level = next((q.value for q in qs if q.kind == "pct" and re.search(r"\bto\s+$", text[max(s, q.start - 5):q.start])),
                 last.get("level"))
    change = last.get("change") if level == last.get("level") else None
    for a, b, name, _ in _banks(ctx, s, e):
        if name in decided or name == last.get("authority").name:
            continue
        ctx.events.append(_event("rate_decision", a, b, "rate_decision.followed",
                                 authority=Entity(name=name, id=None, type="authority", mention=text[a:b], start=a, end=b),
                                 rate=last.get("rate"), change=change, level=level, date=_date_in(ctx, text, s, e)))


# a central bank's money-market operation and the rate it is done at: "offering banks liquidity aid at a fixed
# rate of 3.80 pct" in a repurchase tender, "new special advances at an unchanged rate of 5.3 pct"
_TENDER = re.compile(r"\b(?P<what>tender|repurchase|repo|advances|lombard)\b[^.;]{0,110}?\bat\s+(?:a|an|the)\s+"
                     r"(?P<how>(?:fixed|unchanged|minimum|flat|uniform)\s+)?(?:interest\s+)?rate\s+of\s+$", re.I)


# the tender told after its rate: "at a fixed rate of 3.80 pct in its latest securities repurchase pact"
_RATE_OF_BEFORE = re.compile(r"\bat\s+(?:a|an|the)\s+(?P<how>(?:fixed|unchanged|minimum|flat|uniform)\s+)?(?:interest\s+)?rate\s+of\s+$",
                             re.I)
_TENDER_AFTER = re.compile(r"\s*(?:pct|per\s*cent|percent|%)?\s+(?:in|for)\s+(?:its|the|a)\s+(?:[\w-]+\s+){0,3}?"
                           r"(?P<what>tender|repurchase|repo|advances)\b", re.I)
# the rate a tender's words name, the more specific first
_TENDER_RATES = (("repurchase", "repurchase rate"), ("repo", "repurchase rate"), ("advances", "advances rate"),
                 ("lombard", "lombard rate"))


def _tender_rates(ctx: EventContext, s: int, e: int, qs: list[Quantity], auths: list[tuple[int, int, str, str]]) -> None:
    """The rate a central bank sets for a tender or an advance it offers: a decision at that level, a hold
    where the text says the rate is unchanged."""
    text = ctx.text
    for q in qs:
        if q.kind != "pct":
            continue
        m = _TENDER.search(text, max(s, q.start - 170), q.start)
        if m is None:
            # "accepted bids ... at a fixed rate of 3.80 pct in its latest securities repurchase pact": the tender after
            after = _TENDER_AFTER.match(text, q.end, e)
            lead = _RATE_OF_BEFORE.search(text, max(s, q.start - 40), q.start) if after else None
            m = lead if lead is not None and after is not None else None
            if m is not None:
                said_after = after.group("what").lower() if after is not None else ""
        else:
            said_after = ""
        if m is None or _SOMEONE_ELSES_VIEW.search(text, s, m.start()):
            continue  # ("dealers expected the Bundesbank to replace the outflow with a new tender at a fixed rate of")
        own = [a for a in auths if a[1] <= m.start()]
        if not own:
            the_bank = re.search(r"\b[Tt]he\s+(?:[A-Z][a-z]+\s+)?central\s+bank\b", text[s:m.start()])
            own = _bank_of_country(ctx, s + the_bank.start(), s + the_bank.end()) if the_bank else []
        if not own or any(ev.kind == "rate_decision" and ev.get("level") == q.value and s <= ev.span.start < e
                          for ev in ctx.events):
            continue
        said = m.group(0).lower() + " " + said_after
        rate = next((r for w, r in _TENDER_RATES if w in said), "tender rate")
        hold = (m.group("how") or "").strip().lower() == "unchanged"
        ctx.events.append(_event("rate_decision", own[-1][0], q.end, "rate_decision.tender",
                                 authority=_auth_entity(own[-1], text), rate=rate, change=0.0 if hold else None,
                                 level=q.value, date=_date_in(ctx, text, s, e)))


def _rate_decisions(ctx: EventContext, s: int, e: int, qs: list[Quantity]) -> None:
    text = ctx.text
    _bank_rate_lists(ctx, s, e, qs)
    auths = [a for a in _authorities(text, s, e) if a[3] in ("central_bank",)]
    for m in _RATE.finditer(text, s, e):
        verb = m.group("verb").lower()
        if _NOT_THE_OBJECT.search(m.group("rest")):
            continue  # "holding out against market pressures for lower rates": the rates are not what it holds
        # ("announcing a quarter point cut in its intervention rate": "cut" a noun, as open as a base form)
        noun = verb in ("cut", "cuts") and re.match(r"\s+(?:in|of)\s", m.group("rest")) is not None and \
            _NOUN_CUT.search(text, max(s, m.start() - 30), m.start()) is not None
        if (verb in _BASE_FORMS or noun or text[max(s, m.start() - 3):m.start()] == "to ") and \
                _SOMEONE_ELSES_VIEW.search(text, s, m.start()):
            continue  # "traders added to their bets that the Fed would lower rates": a view, not a decision
        own = [a for a in reversed(auths) if a[1] <= m.start()]
        the_bank = _THE_BANK.search(text, max(s, m.start() - 40), m.start()) if not own else None
        if the_bank is not None:
            # "The bank said it was leaving its rate ... unchanged": the central bank the text named last,
            # else the one of the country the text is about ("The central bank cut its discount rate" in a
            # report from Stockholm)
            own = _bank_named_last(text, s) or _bank_of_country(ctx, the_bank.start(), the_bank.end("words"))
        if not own and re.search(r"\b(?:It|it)\s+(?:also\s+|has\s+|had\s+|will\s+|would\s+)?\Z", text[max(s, m.start() - 12):m.start()]):
            own = _bank_named_last(text, s)  # "It kept the cash reserve ratio unchanged": the central bank told of last
        own_rate = _BANK_RATE.search(m.group("rate")) is not None and \
            re.search(r"\b(?:its|their)\s", text[m.end("verb"):m.start("rate")]) is not None
        if own and own_rate and own[0][3] == "central_bank":
            # "the Bank of England ... and National Westminster led the others in reducing its base rate",
            # "... followed by Barclays Bank and National Westminster Bank which announced a half-point cut
            # in their base rates": a commercial bank named after the central bank sets its own rate
            their = bool(re.search(r"\btheir\s", text[m.end("verb"):m.start("rate")]))
            later = list(reversed(_banks(ctx, own[0][1], m.start()))) or _firms_before(ctx, own[0][1], m.start(), their)
            own = later or own
        if not own and m.group("verb").lower().endswith("ing"):
            # "As well as cutting its benchmark rate to 0.15%, the ECB lowered ...": the bank the
            # sentence names after, else the central bank the text named last (not for a commercial
            # bank's own rate: "National Westminster led the others in reducing its base rate")
            own = [a for a in auths if a[0] >= m.end()][:1] or ([] if own_rate else _bank_named_last(text, s))
        if not own:
            # "China kept its one-year loan prime rate at 3.45%", "India cut its repo rate": a country as the
            # subject of its rate is its central bank
            cm = _COUNTRY_SUBJECT.search(text, s, m.start())
            country = country_in(text, cm.start("c"), cm.end("c")) if cm is not None else None
            bank = _central_bank_of().get(country.name) if country is not None else None
            own = [(cm.start("c"), cm.end("c"), bank, "central_bank")] if cm is not None and bank else []
        if not own and _BANK_RATE.search(m.group("rate")):
            # a commercial bank's own rate ("Barclays ... cutting their base lending rates to 10.5 pct")
            own = list(reversed(_banks(ctx, s, m.start())))
            if not own and re.search(r"\b(?:its|their)\s+(?:[A-Z][a-z]+\s+)?$", text[m.end("verb"):m.start("rate")]):
                # "Citibank raised its prime rate": the company the clause is about, whatever its name
                own = _firms_before(ctx, s, m.start(), bool(re.search(r"\btheir\s", text[m.end("verb"):m.start("rate")])))
            if not own and re.search(r"\btheir\s+(?:[\w-]+\s+)?$", text[m.end("verb"):m.start("rate")]):
                # "Japanese city banks said they will cut their prime rate": the banks as a group
                grp = list(_BANK_GROUP.finditer(text, s, m.start()))
                own = [(grp[-1].start(), grp[-1].end(), " ".join(grp[-1].group(0).split()), "bank_group")] if grp else []
        if not own:
            continue
        hold = verb in ("kept", "keeps", "keeping", "held", "holds", "holding", "left", "leaves", "leaving", "maintained",
                        "maintaining", "keep", "hold", "leave", "maintain")
        sign = 0 if hold else (-1 if _is_cut(verb) else 1)
        if verb in ("set", "sets"):
            # "set its intervention rate at 7-3/4 pct": a level; a hold only if the text says so
            sign = 0
            hold = bool(re.search(r"\bunchanged\b", text[m.end():min(e, m.end() + 90)]))
        change = 0.0 if hold else None
        level = prior = bare = bare_to = None
        for q in qs:
            if q.start < m.start() or q.start > m.end() + (100 if hold else 60):
                continue  # a hold may name its rate at length: "leaving its rate for ... unchanged at 16 pct"
            if _NOW_AT.search(text, max(s, q.start - 40), q.start):
                prior = q.value if q.kind == "pct" else prior  # "cut their prime rate, now at a record low 5.5 pct"
                continue
            if re.match(r"\s+or\s+[\d.]", text[q.end:q.end + 6]) or re.search(r"\bor\s+$", text[max(s, q.start - 4):q.start]):
                continue  # "by 0.2 or 0.3 percentage point": no one size
            if (q.kind in ("bps", "pp") or (q.kind == "points" and q.value <= 2)) and change is None:
                change = round(q.value * sign, 6)  # "a quarter-point cut": points of a rate are percentage points
            elif q.kind == "pct" and change is None and 0 < q.value <= 2 and (
                    (not text[m.end():q.start].strip() and re.match(r"\s+to\s+\d", text[q.end:q.end + 6]))
                    or re.fullmatch(r"\s+by\s+", text[m.end():q.start])):
                # "cut its base lending rate 0.5 pct to 10.5 pct", "raising its base rate by 1/4 pct": a rate's
                # change in per cent is in points (a relative change of a rate is never written so small)
                change = round(q.value * sign, 6)
            elif q.kind == "number" and change is None and 0 < q.value <= 2 and \
                    re.search(r"\bby\s+$", text[max(s, q.start - 4):q.start]):
                change = round(q.value * sign, 6)  # "raised overnight rates by 1/4 to 14 pct"
            elif q.kind == "number" and level is None and bare_to is None and 0 < q.value < 100 and \
                    re.search(r"\bto\s+$", text[max(s, q.start - 4):q.start]):
                bare_to = q.value  # "to 13-3/4 from 13-1/2 pct": the level, its unit after the prior
            elif q.kind == "pct" and level is None and (
                    _LEVEL_LEAD.search(text, max(s, q.start - 24), q.start)
                    or (verb in ("set", "sets") and re.search(r"\bof\s+$", text[max(s, q.start - 4):q.start]))):
                # "set a rate of 3.80 pct for its repurchase tender": what it set is the level
                level = q.value
            elif q.kind == "pct" and prior is None and _FROM_LEAD.search(text, max(s, q.start - 36), q.start):
                prior = q.value  # ("to 3.75% from a record-high 4%": the level it was at)
            elif q.kind == "number" and bare is None and 0 < q.value < 100 and \
                    _FROM_LEAD.search(text, max(s, q.start - 36), q.start):
                bare = q.value  # "to 9-3/4 pct from 9-1/4"
        prior = prior if prior is not None else bare
        if level is None and bare_to is not None and prior is not None:
            level = bare_to
        if change is None and level is not None and prior is not None and (level - prior) * sign > 0:
            change = round(level - prior, 6)  # "cut the rediscount rate from 17.30 pct to 17.00 pct"
        elif change is None and level is not None and prior is not None and verb in ("set", "sets") and level != prior:
            change = round(level - prior, 6)  # "set its bank rate at 7.27 pct, up from 7.14 pct"
        if change is None and level is None and (not _UNSTATED_SIZE.fullmatch(m.group("verb") + m.group("rest"))
                                                 or re.search(r"\b(?:had|has|have)\s+$", text[max(s, m.start() - 6):m.start()])
                                                 # ("will soon cut their prime rate": to come, its size unknown)
                                                 or re.search(r"\b(?:will|would|to)\s+(?:\w+\s+)?$", text[max(s, m.start() - 16):m.start()])):
            continue  # (a decision of unstated size only where the verb is done and the rate its object:
            # "the Bank of England cut its dealing rates this morning")
        # banks named together decide together ("Barclays Bank and Midland Bank said they are cutting ...")
        together = own[:1] if own[0][3] == "central_bank" else [b for b in own if b[1] >= own[0][0] - 80]
        pair = _TWO_RATES.search(text, m.start(), m.end())
        levels = _TWO_LEVELS.match(text, m.end(), e) if pair is not None else None
        if pair is not None and levels is not None:
            # "left its discount and Lombard rates unchanged at 3.0 and 5.0 pct, respectively": a decision each
            for who in together:
                for word, at in ((pair.group("a"), levels.start("x")), (pair.group("b"), levels.start("y"))):
                    ctx.events.append(_event("rate_decision", who[0] if who[0] >= s else m.start(), levels.end(),
                                             "rate_decision.pair", authority=_auth_entity(who, text),
                                             rate=word + " rate", change=0.0 if hold else change,
                                             level=next((q.value for q in qs if q.start == at), None),
                                             date=_date_in(ctx, text, s, e)))
            continue
        rec = _RECORD_LEVEL.search(text, m.end(), min(e, m.end() + 60)) if level is not None else None
        # ("will cut their long-term prime rate ... on March 28": a day still to come)
        ahead = re.search(r"\b(?:will|plans?\s+to|is\s+to|are\s+to)\s+(?:\w+\s+)?\Z", text[max(s, m.start() - 16):m.start()]) is not None
        when = _date_in(ctx, text, s, e, future=ahead)
        for who in together:
            ctx.events.append(_event("rate_decision", who[0] if who[0] >= s else m.start(), m.end(), "rate_decision." + verb,
                                     authority=_auth_entity(who, text), rate=" ".join(m.group("rate").split()),
                                     change=change,
                                     level=level, date=when))
            if rec is not None and who[3] == "central_bank":
                # "cut interest rates to a record-low 0.25 percent": the bank's rate at its lowest
                name = who[2] + " " + re.sub(r"rates\b", "rate", " ".join(m.group("rate").split()))
                ctx.events.append(_event("record", rec.start(), rec.end(), "record.rate_level",
                                         subject=Entity(name=name, id=None, type="organisation", mention=m.group("rate"),
                                                        start=m.start("rate"), end=m.end("rate")),
                                         period=None, extreme="lowest" if rec.group(1).lower() == "low" else "highest",
                                         since=None, qualifier=None))
        _gapped_rates(ctx, s, e, qs, m.end(), together, sign, change, hold)
    bills = _BILL_AUCTION.search(text, s, e) if auths and "bill" in text[s:e].lower() else None
    for a in auths:
        # "The Bank of Canada's key bank rate rose to 7.15 pct from 7.05 pct": a rate its tender sets; "the
        # average rate on 91-day treasury bills rose to 7.05 pct ..., the Bank of Canada said": its bills' tender
        rm = _BANKS_RATE_MOVED.match(text, a[1], e) or bills
        bills = None  # (the bills' rate is the first central bank's)
        if rm is None:
            continue
        lvl = next((q for q in qs if q.kind == "pct" and q.start >= rm.end() and q.start <= rm.end() + 4), None)
        frm = next((q for q in qs if lvl is not None and q.kind in ("pct", "number") and q.start > lvl.end
                    and re.fullmatch(r"\s+(?:pct\s+|per\s*cent\s+|percent\s+|%\s*)?from\s+", text[lvl.end:q.start])), None)
        if lvl is None:
            continue
        ctx.events.append(_event("rate_decision", a[0], (frm or lvl).end, "rate_decision.moved",
                                 authority=_auth_entity(a, text), rate=" ".join(rm.group("rate").split()),
                                 change=round(lvl.value - frm.value, 6) if frm is not None else None, level=lvl.value,
                                 date=_date_in(ctx, text, s, e)))
    for m in _RATE_NOUN.finditer(text, s, e):
        own_noun = _OWN_RATE_AFTER.match(text, m.end(), e)
        banks = (list(reversed(_banks(ctx, s, m.start()))) or _firms_before(ctx, s, m.start(), own_noun.group(1) == "their")) \
            if own_noun else []
        if banks and own_noun is not None:
            # "Barclays Bank and National Westminster Bank announced a half-point cut in their base rates to 10 pct":
            # one decision for each bank named together
            rate = " ".join(own_noun.group(0).split()[2:])
            for who in [b for b in banks if b[1] >= banks[0][0] - 80]:
                ctx.events.append(_event("rate_decision", who[0] if who[0] >= s else m.start(), m.end(),
                                         "rate_decision.noun", authority=_auth_entity(who, text), rate=rate,
                                         change=_noun_change(m), level=_level_after(text, qs, s, m.end()),
                                         date=_date_in(ctx, text, s, e)))
            continue
        if not re.search(r"percentage|basis|bp", m.group("q"), re.I) and not _POLICY_RATE_AFTER.match(text, m.end(), e):
            continue  # ("a half-point cut" alone is a central bank's only in a bank's own rate: "in their base rates",
            # or in a rate only a central bank sets: "the half-point cut in the official discount rate")
        auth = _bank_of_noun(text, s, e, m.start(), auths)
        if auth is None:
            continue
        if re.search(r"(?<!as\s)(?<!than\s)\b(?:expect\w*|likely|forecast\w*|predict\w*|would|will|bets?|could|may|"
                     r"might|bound\s+to)\b|\bnext\s+(?:week|month)\b", text[max(s, m.start() - 120):m.start()]) or \
                re.search(r"\b(?:next\s+(?:week|month)|tomorrow|soon)\b", text[m.end():min(e, m.end() + 60)]):
            continue  # (a cut looked for, not made: "Dealers expect a half-point cut in the discount rate next week")
        # "a 50-basis-point reduction in the discount rate, to 4½ percent": the rate and the level it reached
        named = _RATE_AFTER.match(text, m.end(), e)
        ctx.events.append(_event("rate_decision", m.start(), m.end(), "rate_decision.noun", authority=_auth_entity(auth, text),
                                 rate=" ".join(named.group(1).split()) if named else "interest rates",
                                 change=_noun_change(m), level=_level_after(text, qs, s, m.end()),
                                 date=_month_period(ctx, text[m.end():m.end() + 20]) or _date_in(ctx, text, s, e)))
    for q in qs:
        # "The overnight lending rate was raised to 46 percent": the central bank the text named last
        if q.kind != "pct":
            continue
        pm = _PASSIVE.search(text, max(s, q.start - 120), q.start)
        if pm is None:
            continue
        if _SOMEONE_ELSES_VIEW.search(text, s, pm.start()) or re.search(r"\b(?:would|will)\s+be\b", pm.group(0)) and \
                not re.search(r"\b(?:announced|said|decided|agreed)\b", text[s:pm.start()]):
            continue  # "analysts expect base rates will be cut to 9-1/2 pct": a view; "announced ... would be cut": a decision
        cbs = [a for a in auths if a[1] <= pm.start()] or _bank_named_last(text, s)
        if not cbs and _CENTRAL_RATE.search(pm.group("rate")):
            # "Italy today announced that its official discount rate would be cut": the central bank of the
            # country the sentence names
            country = country_in(text, s, pm.start())
            bank = _central_bank_of().get(country.name) if country is not None else None
            at = text.find(country.name, s, pm.start()) if country is not None else -1
            # (the mention is the country's name where the text writes it so, else the rate's words)
            span = (at, at + len(country.name)) if country is not None and at >= 0 else (pm.start("rate"), pm.end("rate"))
            cbs = [(span[0], span[1], bank, "central_bank")] if bank and country is not None else []
        if not cbs:
            continue
        pverb = pm.group("verb").lower()
        hold = pverb in ("left", "kept", "held", "maintained")
        psign = 0 if hold else (-1 if _is_cut(pverb) else 1)
        said = [ev for ev in ctx.events if ev.kind == "rate_decision" and ev.get("level") is None
                and ev.get("change") is not None and (ev.get("change") or 0) * psign > 0]
        by = next((x for x in qs if x.kind in ("bps", "pp") and pm.end("verb") < x.start < q.start), None)
        # ("was raised by 25 basis points to 6.5%": the size told with it)
        pchange = 0.0 if hold else round(psign * by.value, 6) if by is not None else \
            (said[-1].get("change") if said else None)
        was = next((x.value for x in qs if x.kind in ("pct", "number") and q.end <= x.start <= q.end + 12
                    and re.fullmatch(r"\s+from\s+", text[q.end:x.start])), None)
        if pchange is None and was is not None and (q.value - was) * psign > 0:
            pchange = round(q.value - was, 6)  # "cut to 11.5 pct from 12 pct"
        rname = re.split(r"\b(?:[Tt]he|[Ii]ts|[Tt]heir|said|that)\s+", " ".join(pm.group("rate").split()))[-1]
        # "... rates were each trimmed by 10 basis points, to 2.65 percent, 3.15 percent and 2.8 percent,
        # respectively": a decision for each level of the list
        for lv in [q, *_listed_after(text, qs, q, e)]:
            ctx.events.append(_event("rate_decision", pm.start("rate") + max(0, len(pm.group("rate")) - len(rname)), lv.end,
                                     "rate_decision.passive",
                                     authority=_auth_entity(cbs[-1], text), rate=rname,
                                     change=pchange, level=lv.value, date=_date_in(ctx, text, s, e)))
    for q in qs:
        # "the reduction of the federal funds rate by 50 basis points, to 5 percent"
        if q.kind not in ("bps", "pp", "points") or q.value >= 5:
            continue
        lead = _CHANGE_OF_RATE.search(text, max(s, q.start - 70), q.start)
        if lead is None:
            continue
        auth = _bank_of_noun(text, s, e, q.start, auths)
        if auth is None:
            continue
        sign = -1 if _is_cut(lead.group("kind")) else 1
        level = next((x.value for x in qs if x.kind == "pct" and q.end <= x.start <= q.end + 20
                      and re.search(r"\bto\s+$", text[max(s, x.start - 5):x.start])), None)
        ctx.events.append(_event("rate_decision", lead.start(), q.end, "rate_decision.noun_of", authority=_auth_entity(auth, text),
                                 rate=" ".join(lead.group("rate").split()), change=round(q.value * sign, 6), level=level,
                                 date=_date_in(ctx, text, s, e)))
    _tender_rates(ctx, s, e, qs, auths)


# the level a rate stands at before the decision: "now at a record low 5.5 pct", "currently at 7 pct"
_NOW_AT = re.compile(r"\b(?:now|currently)\s+(?:at|stands?\s+at|is)?\s*(?:an?\s+)?(?:record\s+|historic\s+)?(?:low\s+|high\s+)?"
                     r"(?:of\s+)?\Z")
# banks as a group that set their own rates together: "Japanese city banks", "the major clearing banks"
# ("Japanese city banks", "Canada's major chartered banks", "Japan's long-term credit banks")
_BANK_GROUP = re.compile(r"\b(?:[A-Z][a-z]+(?:['’]s)?\s+)?(?:(?:city|commercial|major|big|clearing|trust|long-term(?:\s+credit)?|"
                         r"regional|leading|merchant|savings|chartered|high\s+street)\s+){1,2}(?:clearing\s+)?banks\b")
# two rates named by one noun: "its discount and Lombard rates", and where their levels stand, in order
# ("the repo and reverse repo rates", "its one-year and five-year loan prime rates")
_TWO_RATES = re.compile(r"\b(?:its|their|the)\s+(?P<a>[A-Za-z-]+)\s+and\s+(?P<b>[A-Za-z-]+(?:\s+[A-Za-z-]+){0,2}?)\s+rates\b")
def _listed_after(text: str, qs: list[Quantity], q: Quantity, e: int) -> list[Quantity]:
    """The per cents listed after ``q`` in a list that ends in "respectively" ("to 2.65 percent, 3.15
    percent and 2.8 percent, respectively"), or none."""
    out: list[Quantity] = []
    last = q
    for x in qs:
        if x.start <= q.start:
            continue
        if x.kind != "pct" or not _LIST_SEP.fullmatch(text, last.end, x.start):
            break
        out.append(x)
        last = x
    return out if out and _RESPECTIVELY.match(text, last.end, e) else []


_LIST_SEP = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)")
_RESPECTIVELY = re.compile(r"\s*,?\s+respectively\b")
_TWO_LEVELS = re.compile(r"(?:,?\s+by\s+[^,;]{1,30}?,?)?\s+(?:unchanged\s+)?(?:at|to)\s+(?P<x>[\d./-]+)\s*(?:pct\s+|per\s*cent\s+|percent\s+|%\s*)?and\s+"
                         r"(?P<y>[\d./-]+)\s*(?:pct|per\s*cent|percent|%)(?:,?\s+respectively)?")


# a participle that lists where one decision left the rates: "taking its deposit rate to 2.75%, ..."
_LEVELS_AFTER = re.compile(r"\b(?:taking|bringing|putting|leaving|setting|which\s+(?:takes|took|brings|brought|puts|put))\b")
# the verb said once for a second rate with its own prior level: "cut its discount rate to three pct and its
# Lombard rate to five pct from 5-1/2 pct"
_GAPPED = re.compile(r"(?:,\s*(?:and\s+)?|\s+and\s+)(?:its|their|the)\s+(?P<rate>(?:[\w-]+\s+){0,3}?rates?)\s+to\s+\Z")
# a further rate a hold kept ("kept its one-year loan prime rate at 3.45% and the five-year LPR at 3.95%")
_GAPPED_HOLD = re.compile(r"(?:,\s*(?:and\s+)?|\s+and\s+)(?:its|their|the)\s+(?P<rate>(?:[\w-]+\s+){0,3}?(?:rates?|LPR|repo))"
                          r"\s+(?:unchanged\s+)?at\s+\Z")


def _gapped_rates(ctx: EventContext, s: int, e: int, qs: list[Quantity], after: int,
                  who: list[tuple[int, int, str, str]], sign: int, said: float | None, hold: bool = False) -> None:
    """A further rate the same verb changed, in the same clause, told with
    the level it came from: its level and change. (A list of levels alone,
    "taking its deposit rate to 2.75%, its refinancing rate to 2.9% ...", is
    how the one decision reads, not a decision on each rate.)"""
    text = ctx.text
    for i, q in enumerate(qs):
        if q.kind != "pct" or q.start <= after:
            continue
        g = (_GAPPED_HOLD if hold else _GAPPED).search(text[max(s, q.start - 60):q.start])
        if g is None:
            continue
        prior = next((x.value for x in qs[i + 1:i + 2] if x.kind in ("pct", "number")
                      and re.fullmatch(r"\s+from\s+", text[q.end:x.start])), None)
        if hold:
            change: float | None = 0.0
        elif prior is not None and (q.value - prior) * sign > 0:
            change = round(q.value - prior, 6)
        elif prior is None and said is not None and not _LEVELS_AFTER.search(text, after, q.start):
            change = said  # "raised the repo rate by 50 basis points to 8 percent, and the reverse repo rate to 7"
        else:
            continue
        a = max(s, q.start - 60) + g.start("rate")
        for b in who:
            ctx.events.append(_event("rate_decision", a, q.end, "rate_decision.gapped",
                                     authority=_auth_entity(b, text), rate=" ".join(g.group("rate").split()),
                                     change=change, level=q.value, date=_date_in(ctx, text, s, e)))


# a change done, the rate its object at once ("cut its dealing", "raised their prime lending")
_UNSTATED_SIZE = re.compile(r"(?:cut|lowered|reduced|trimmed|slashed|raised|lifted|hiked|increased)\s+(?:its|their|the)\s+"
                            r"(?:[\w-]+\s+){0,2}", re.I)


# "a half-point cut in their base rates": a commercial bank's own rate after a noun of change
_OWN_RATE_AFTER = re.compile(r"\s+in\s+(its|their)\s+(?:[\w-]+\s+){0,2}?(?:prime|base)(?:\s+lending)?\s+rates?\b", re.I)
_POLICY_RATE_AFTER = re.compile(r"\s+in\s+(?:the\s+|its\s+)?(?:official\s+)?(?:discount|lombard|intervention|repo|"
                                r"rediscount|refinancing)\s+(?:and\s+lombard\s+)?rates?\b", re.I)


def _firms_before(ctx: EventContext, s: int, pos: int, their: bool) -> list[tuple[int, int, str, str]]:
    """The company a clause is about before ``pos`` ("Citibank raised its prime rate"), nearest first;
    with "their", the names listed together before it ("Barclays, National Westminster, Lloyds and
    Midland all cut their base rates"), each its own decision."""
    firms = [x for x in ctx.entities(s, pos) if x.type in ("company", "stock") and x.name.lower() not in ("bank", "banks")
             and ctx.text[max(0, x.start - 4):x.start] != "New "]  # ("New Zealand": a place, not a firm "Zealand")
    listed = firms[-1:]
    if their:
        while len(listed) < len(firms) and _LIST_JOIN.fullmatch(ctx.text, firms[-len(listed) - 1].end, listed[0].start):
            listed.insert(0, firms[-len(listed) - 1])
    return [(x.start, x.end, " ".join(x.name.split()), "bank") for x in reversed(listed)]


def _noun_change(m: re.Match[str]) -> float:
    """The signed change a noun of change states: "a half-point cut" is -0.5, "a 25 basis point hike" 0.25."""
    qtxt = m.group("q").lower()
    val = 0.5 if qtxt.startswith("half") else 0.25 if qtxt.startswith("quarter") else float(re.match(r"[\d.]+", qtxt).group(0))  # type: ignore[union-attr]
    if "basis" in qtxt or "bp" in qtxt:
        val /= 100
    return round(val * (-1 if _is_cut(m.group("kind")) else 1), 6)


def _level_after(text: str, qs: list[Quantity], s: int, pos: int) -> float | None:
    """The level a rate reached, told after its change: "... cut in their base rates to 10 pct"."""
    return next((q.value for q in qs if q.kind == "pct" and pos <= q.start <= pos + 60
                 and re.search(r"\bto\s+$", text[max(s, q.start - 5):q.start])), None)


# what makes "cut" a noun: "a cut", "the cut", "a quarter point cut", "a 50 basis point cut"
_NOUN_CUT = re.compile(r"\b(?:an?|the|its|their|any|further)\s+(?:[\w/-]+\s+){0,3}\Z", re.I)
# before a base form ("would lower"): words of another's view of what a bank will do
_SOMEONE_ELSES_VIEW = re.compile(r"\b(?:bets?|betting|expect\w*|likely|speculat\w*|predict\w*|forecast\w*|could|might|may|"
                                 r"traders|dealers|analysts|economists|investors|markets?|if|whether|pressure|urged?|calls?\s+for|seem\w*|"
                                 r"room|scope)\b",
                                 re.I)
# words between a verb and a rate that make the rate no object of the verb
# ("set the dollar rate": an exchange rate, not a bank's own)
_NOT_THE_OBJECT = re.compile(r"\b(?:out|for|against|about|over|after|despite|amid|dollar|exchange|currency)\b", re.I)
# before a rate's new level: "to 5.25%", "at 16 pct", "to a record-low 0.25 percent"
_LEVEL_LEAD = re.compile(r"\b(?:to|at)\s+(?:a\s+|its\s+)?(?:(?:record|historic|all-time|[\w-]+-year)[- ](?:low|high)\s+(?:of\s+)?|"
                         r"new\s+|fresh\s+)?$|\bset\s+(?:a|an)\s+$")
# "The overnight lending rate was raised to 46 percent", "the one-week repo rate was left unchanged at 42.5"
_PASSIVE = re.compile(r"\b(?P<rate>(?:[\w-]+\s+){0,3}?rates?)\s+(?:was|were|has\s+been|had\s+been|have\s+been|would\s+be|will\s+be|"
                      r"is|are)\s+(?:each\s+|also\s+|both\s+)?(?P<verb>raised|lifted|increased|hiked|cut|lowered|reduced|trimmed|slashed|left|kept|held|maintained)\s+"
                      # "were cut last week to", "will be cut, effective tomorrow, to"
                      r"(?:(?:last|this|next)\s+\w+\s+|on\s+\w+\s+|today\s+|yesterday\s+|again\s+|further\s+)?(?:unchanged\s+)?"
                      # ("was raised by 25 basis points to 6.5%", "were each trimmed by 10 basis points, to")
                      r"(?:(?:each\s+)?by\s+[^,;]{1,40}?,?\s+)?(?:to|at)\s+$", re.I)
# the rates a central bank sets, named without the bank: "its official discount rate would be cut"
_CENTRAL_RATE = re.compile(r"\b(?:discount|lombard|intervention|repo|rediscount|official|key|policy|benchmark|refinancing|"
                           r"overnight|call\s+money|cash|loan\s+prime|lending\s+facility)\b", re.I)
# "... reduction in the discount rate": the rate a noun of change is of
_RATE_AFTER = re.compile(r"\s+(?:in|of|to)\s+(?:the\s+|its\s+)?((?:[\w-]+\s+){0,3}?rate)\b", re.I)
# "the reduction of the federal funds rate by": a noun of change, its rate, then the size
_CHANGE_OF_RATE = re.compile(r"\b(?P<kind>reduction|cut|hike|increase|rise|lowering|raising)\s+(?:of|in)\s+(?:the\s+|its\s+)?"
                             r"(?P<rate>(?:[\w-]+\s+){0,3}?rate)\s+by\s+(?:a\s+)?$", re.I)


def _is_cut(word: str) -> bool:
    """Whether a verb or noun of change moves a rate down ("cut", "lowered", "reduction", "slashed")."""
    return word.lower().startswith(("cut", "lower", "reduc", "trim", "slash"))


# what stands before a rate's earlier level: "from", "from a record-high", "from its previous"
_FROM_LEAD = re.compile(r"\bfrom\s+(?:(?:a|an|its|the)\s+)?(?:(?:previous|prior|current|earlier|(?:(?:record|all-time|"
                        r"historic|[\w-]+-year|decade|multi-year)[\s-]+)(?:high|low))\s+(?:of\s+)?)?\Z")


# a central bank's own rate that moved, by its name: "the Bank of Canada's key bank rate rose to"
# the verbs of a rate that moved to a new level by itself (a tender's result), shared with the runner's test
RATE_MOVED_VERBS = ("rose", "fell", "climbed", "dropped", "increased", "decreased", "declined", "eased", "edged")
_MOVED_TO = r"\s+(?:" + "|".join(v for v in RATE_MOVED_VERBS if v != "edged") + r"|edged\s+(?:up|down))" \
    r"\s+(?:by\s+[^,;]{1,25}?\s+)?to\s+(?=\d)"
# ("The Bank of Canada rate rose to 7.27 pct": the bank's name as the rate's)
_BANKS_RATE_MOVED = re.compile(r"(?:['’]s\s+|\s+)(?P<rate>(?:key\s+|benchmark\s+|official\s+)?(?:(?:bank|discount|repo|policy|"
                               r"base|lending|cash|rediscount)\s+)?rate)" + _MOVED_TO)
_BILL_AUCTION = re.compile(r"\b(?P<rate>(?:average\s+)?(?:rate|yield)\s+(?:on|of)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?"
                           r"(?:treasury\s+)?bills?)" + _MOVED_TO, re.I)
# a rate's new level its all-time extreme: "to a record-low 0.25 percent", "to an all-time high of 5.5%"
_RECORD_LEVEL = re.compile(r"\b(?:to|at)\s+(?:a|an|its)\s+(?:new\s+)?(?:record|all-time|historic)[- ](low|high)\b(?:\s+of)?\s+(?=\d)",
                           re.I)
# a name of up to three capitalised words, no possessive, right before the verb: the clause's subject
_COUNTRY_SUBJECT = re.compile(r"(?:^|(?<=[.;:,\-–—]\s)|(?<=\n)|(?<=\band\s))(?P<c>[A-Z][a-z.]+(?:\s+[A-Z][a-z.]+){0,2})\s+"
                              r"(?:has\s+|had\s+|also\s+|again\s+|on\s+[A-Z][a-z]+\s+)?\Z")


def _bank_of_country(ctx: EventContext, a: int, b: int) -> list[tuple[int, int, str, str]]:
    """The central bank of the country the text names first (else its market's), as a list of none or
    one, its mention the words at [a, b)."""
    if "central" not in ctx.text[a:b].lower() and "reserve" not in ctx.text[a:b].lower():
        return []  # "the bank" alone may be any bank; "the central bank", "the Reserve Bank" is the country's
    # ("The Dutch central bank": the country its own words name)
    country = country_in(ctx.text, a, b) or country_in(ctx.text, 0, b, ctx.market)
    bank = _central_bank_of().get(country.name) if country is not None else None
    return [(a, b, bank, "central_bank")] if bank else []


def _bank_named_last(text: str, s: int) -> list[tuple[int, int, str, str]]:
    """The central bank the text named last before ``s`` (within 1,500 characters), as a list of none or one."""
    return [a for a in _authorities(text, max(0, s - 1500), s) if a[3] == "central_bank"][-1:]


def _bank_of_noun(text: str, s: int, e: int, pos: int,
                  auths: list[tuple[int, int, str, str]]) -> tuple[int, int, str, str] | None:
    """Whose "a 50-basis-point reduction" is: the sentence's last central bank, else the one named nearest
    to ``pos`` in the text around the sentence."""
    if auths:
        return auths[-1]
    near = [a for a in _authorities(text, max(0, s - 400), min(len(text), e + 300)) if a[3] == "central_bank"]
    return min(near, key=lambda a: abs(a[0] - pos)) if near else None


def merge_rate_decisions(events: list[Event]) -> list[Event]:
    """One decision told twice ("cut short-term interest rates by a
    half-point ... the reduction of the federal funds rate by 50 basis points,
    to 5 percent") is one event: a decision without a level gives way to one
    of the same authority and change that has it, and a second telling
    without a level adds nothing."""
    keyed: dict[tuple[str, float], list[Event]] = {}
    for ev in events:
        if ev.kind == "rate_decision" and ev.get("change") is not None and ev.get("authority") is not None:
            keyed.setdefault((ev.get("authority").name, ev.get("change")), []).append(ev)
    drop: set[int] = set()
    # a decision told without its size beside one of the same authority told with it (a headline's "cut its
    # deposit rate" and the body's "cut ... by 10 basis points to -0.3%"): the second is the decision
    sized = {ev.get("authority").name for ev in events if ev.kind == "rate_decision" and ev.get("authority") is not None
             and (ev.get("change") is not None or ev.get("level") is not None)}
    drop.update(id(ev) for ev in events if ev.kind == "rate_decision" and ev.get("authority") is not None
                and ev.get("change") is None and ev.get("level") is None and ev.get("authority").name in sized)
    for group in keyed.values():
        if len(group) < 2 or group[0].get("authority").type != "authority":
            continue
        with_level = [ev for ev in group if ev.get("level") is not None]
        bare = [ev for ev in group if ev.get("level") is None]
        drop.update(id(ev) for ev in (bare if with_level else bare[1:]))
        # one decision read by two rules ("announced a half-point cut in their base rates to 10 pct" as a verb
        # and as a noun): once
        levels: set[float] = set()
        for ev in with_level:
            if ev.get("level") in levels:
                drop.add(id(ev))
            levels.add(ev.get("level"))
    return [ev for ev in events if id(ev) not in drop]
