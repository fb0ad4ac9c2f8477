"""Macro indicators (inflation, GDP, trade, jobs, PMIs, ...) as actual,
forecast and prior readings, with the country and the period.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from .. import dates, rule_files
from ..model import Entity, Money, Quantity
from ..text import labelled, labelled_spans
from .context import EventContext, _event
from .countries import agency_country, country_in, currency_country, market_country
from .directions import _direction_near
from .indicator_amounts import _FORECAST, _PRIOR_WORD, _amount_reading, _is_year
from .indicator_periods import (
    _MONTHS,
    _doc_month,
    _earlier_period,
    _month_period,
    _period,
    _prior_period,
    _week,
)
from .periods import period_in, shift

_RULES = rule_files.load("indicators.toml")
# the indicators by name, in the order they are tried (rules/indicators.toml)
_INDICATORS = labelled([(row["pattern"], row["name"]) for row in _RULES["indicator"]])
_INDICATOR_NEEDS = tuple(tuple(row["needs"]) for row in _RULES["indicator"])
# rates whose percentage at a level is the reading, not a change ("unemployment fell to 4.0%")
_LEVEL_RATES = frozenset(_RULES["level_rates"])
# indicators read for a week, whose period is an ISO week
_WEEKLY = frozenset(_RULES["weekly"])
_NET_CHANGE = frozenset(_RULES["net_change"])
_COMPONENT = re.compile(r"\b(?:an?\s+[\d.]+%\s+(?:jump|gain|rise|increase|fall|drop|decline)\s+in\s+(?P<item>[a-z][a-z ]{2,30}?)"
                        r"(?=\s+(?:prices|costs)\b|[,.]|\s+and\b)|(?P<item2>[A-Z]?[a-z]+(?:\s+[a-z]+){0,2}\s+(?:prices|services|costs))"
                        r"\s+(?:were\s+up|were\s+down|rose|fell|surged|jumped|increased|decreased))")



def indicator_names(ctx: EventContext, s: int, e: int) -> list[tuple[int, int, str]]:
    """The indicators ``text[s:e]`` names, as (start, end, name); a row is
    tried only where one of its words is (``needs`` in the rule file)."""
    have = ctx.indicator_spans.get((s, e))
    if have is not None:
        return list(have)
    text = ctx.text
    found = [x for x in labelled_spans(_INDICATORS, text, s, e, _INDICATOR_NEEDS, ctx.aligned_low())
             if not _FOR_A_PURPOSE.search(text, max(s, x[0] - 30), x[0])
             and not _A_COMPANYS_OWN.search(text, max(s, x[0] - 40), x[0])]
    ctx.indicator_spans[(s, e)] = found
    return list(found)


# a company's own figure of a name an indicator has too: "its Orbit Stores unit's retail sales", "Zeta Co's retail
# sales" (not "Britain's retail sales")
_A_COMPANYS_OWN = re.compile(r"\b(?:unit|company|group|firm|subsidiary|division|chain|store|stores|Co|Corp|Inc|Ltd|Plc|PLC)"
                             r"\.?['’]s?\s+(?:[\w-]+\s+){0,2}\Z")


# "its rediscount rate for exports", "credit for imports": what a rate or a credit is for, no statistic
_FOR_A_PURPOSE = re.compile(r"\b(?:rates?|credits?|financing|loans?|subsid\w+|insurance|quotas?|licen[cs]es?)\s+(?:for|on)\s+\Z",
                            re.I)


_RELATIVE_ASIDE = re.compile(r",\s+(?:which|who)\b[^,;\d]{0,120},")


def _indicator_events(ctx: EventContext, s: int, e: int, qs: list[Quantity], cues: list[Any],
                      carry_at: int | None = None) -> None:
    """``carry_at``: where a sentence that goes on about the last indicator
    starts to ("That fell short of ..."), as ``carried_from`` found it."""
    text = ctx.text
    sent = text[s:e]
    pcts = [q for q in qs if q.kind == "pct"]
    if not qs:
        country = _country(ctx, text, s, e)
        for a, b, name in indicator_names(ctx, s, e):
            if _FLAT_AFTER.match(text, b, e) and not _A_COMPANYS.match(text, b):
                _flat_reading(ctx, s, e, a, b, e, name, country, [], cues)
        return
    if not pcts:
        # an index or a count stated as a reading: "the PMI fell to 49.2 in May from 49.4"; an amount
        # ("the trade surplus widened to 4 billion dlrs")
        if any(q.kind in ("number", "money") for q in qs):
            named = indicator_names(ctx, s, e)
            if not named and carry_at is not None:
                _carried_readings(ctx, s, e, carry_at, qs)
            else:
                _indicator_readings(ctx, s, e, qs, named)
        return
    names = indicator_names(ctx, s, e)
    if len(names) > 1:
        # "April's gain in retail sales, which make up a third of consumer spending, was revised to 0.5
        # percent": a name inside a relative clause after another's is no indicator of the figure
        asides = [(m.start(), m.end()) for m in _RELATIVE_ASIDE.finditer(text, s, e)]
        names = [n for n in names if not any(a <= n[0] and n[1] <= b and any(o[1] <= a for o in names)
                                             for a, b in asides)]
    if not names and carry_at is not None:
        _carried(ctx, s, e, carry_at, pcts, cues, qs)
        return
    plural_ref = re.search(r"\b(?:They|they)\s+both\b|\bboth\b.*\brespectively\b", sent)
    if not names and plural_ref and ctx.indicators:
        prev = [ev for _, ev in ctx.indicators[-2:]]
        used = pcts[:len(prev)]
        period = _month_period(ctx, text[s:e]) or prev[0].get("period")
        for ev, q in zip(prev, used, strict=False):
            d = _direction_near(cues, q, text)
            if d == 0:
                continue
            ctx.events.append(_event("indicator", s, e, "indicator.respectively", subject=ev.get("subject"),
                                     indicator=ev.get("indicator"), period=period, change_pct=q.value * d,
                                     status="forecast" if _FORECAST.search(sent) else "actual"))
        return
    # "a 0.4% jump in food prices": the figure stands before the item it is for
    fig_before: dict[int, Quantity] = {}
    if any(ev.get("indicator") == "cpi" for _, ev in ctx.indicators):
        for m in _COMPONENT.finditer(text, s, e):
            grp = "item" if m.group("item") else "item2"
            at = m.start(grp)
            item = re.sub(r"\s+(?:prices|costs)$", "", m.group(grp).strip().lower())
            lead = re.match(r"(?:and|while|but|with|as)\s+", item)
            if lead:  # "... up 0.7% and apparel prices surged": the item is "apparel"
                at += lead.end()
                item = item[lead.end():]
            have = next((a for a, b, n in names if a <= at < b or (n == "cpi_" + item and a >= at)), None)
            if have is None:
                names.append((at, m.end(grp), "cpi_" + re.sub(r"\W+", "_", item)))
                have = at
            if grp == "item":
                q0 = next((q for q in pcts if m.start() <= q.start and q.end <= at), None)
                if q0 is not None:
                    fig_before[have] = q0
        names.sort()
    if not names:
        return
    if len(names) > 1:
        # "The Retail Price Index (RPI), Britain's measure of inflation, rose 0.4 pct": a name set
        # off by commas right after another restates it; the figure is the first one's
        names = [n for i, n in enumerate(names) if i == 0 or not (
            _APPOSITIVE_OPEN.fullmatch(text, names[i - 1][1], n[0]) and _APPOSITIVE_CLOSE.match(text, n[1]))]
    country = _country(ctx, text, s, e, qs)
    unread: list[tuple[int, int, str]] = []
    for i, (a, b, name) in enumerate(names):
        nxt = names[i + 1][0] if i + 1 < len(names) else e
        if _A_COMPANYS.match(text, b):
            continue  # "retail sales of its SUV models rose 83%": a company's sales, no economy's
        flat = _FLAT_AFTER.match(text, b, nxt)
        if flat is not None and not re.match(r"\s+at\s+\d", text[flat.end():nxt]):
            # ("inflation held steady at 2.4%": the reading it held at, read below as a level)
            _flat_reading(ctx, s, e, a, b, nxt, name, country, pcts, cues)
            continue
        mine = [fig_before[a]] if a in fig_before else [
            q for q in pcts if b <= q.start < nxt and all(q is not f for f in fig_before.values())] or [q for q in pcts if a - 60 <= q.end <= a and _ARTICLE_BEFORE.search(text, max(s, q.start - 40), q.start)][-1:]
        if not mine:
            if name in _NET_CHANGE:
                unread.append((a, b, name))  # "employers added 175,000 jobs, ... the jobless rate rose to 4.2%"
            continue
        q = mine[0]
        if (_SHARE_OF.match(text, q.end) and not name.endswith("_rate")) or (_MODIFIER_BEFORE.search(text, max(s, q.start - 4), q.start)
                                            and _NOUN_AFTER_PCT.match(text, q.end)):
            continue  # "30 pct of consumption", "a 31 pct devaluation": a share or another thing's change
            # (a rate is stated as a share: "unemployment rose to 7.9 pct of the workforce")
        d = _direction_near(cues, q, text)
        if d == 0 and not re.search(r"\b(?:at|to|of|hit|reached|averaged)\s+(?:an?\s+average\s+)?$", text[max(s, q.start - 20):q.start]) and \
                not _COPULA_READING.search(text[max(s, q.start - 60):q.start]):
            continue
        # a forecast by the words before the figure ("probably rose", "are expected to"), not by what the
        # sentence goes on to ("... sooner than expected"); "beating forecasts of a 7.3% gain" names an
        # actual beside a forecast
        forecast = bool(_FORECAST.search(_BEAT_FORECAST.sub(" ", text[_clause_start(text, s, a):q.end])))
        level = re.search(r"\b(?:to|at|hit|reached|averaged)\s+(?:a\s+|an\s+)?(?:seasonally\s+adjusted\s+)?(?:annual\s+)?(?:average\s+)?$"
                          # "fell to a seven-year low of 5.3%": the reading at its extreme
                          r"|\b(?:to|at|hit|reached|touched)\s+(?:a|an|its|the)\s+(?:[\w-]+\s+){0,2}(?:low|high|peak|trough)\s+of\s+$",
                          text[max(s, q.start - 45):q.start])
        if level is None and d == 0:
            # "the unemployment rate was 2.8%": a reading stated outright (not "was 2.1% lower": a change)
            level = _COPULA_READING.search(text[max(s, q.start - 45):q.start])
        # "unemployment fell to 4.0%": a reading, its sign its own; "shrank at a 1.0 percent annual
        # rate": a rate of change, its sign the verb's
        annualised = bool(_ANNUALISED_AFTER.match(text, q.end)) or \
            bool(re.search(r"\ban?\s+(?:seasonally\s+adjusted\s+)?annuali[sz]ed\s+(?:rate\s+of\s+|pace\s+of\s+)?$",
                           text[max(s, q.start - 40):q.start]))
        value = q.value * (d or 1) if (not level or (annualised and level.group(0).startswith("at"))) else q.value
        # the words after the figure up to an earlier reading ("... after a 1.0 pct January gain"), within 40
        # characters, else in the sentence; else the indicator's first period in the text
        earlier = _EARLIER_LEAD.search(text, q.end, e)
        near_end = min(e, q.end + 40)
        own = text[a:earlier.start() if earlier and earlier.end() <= near_end else near_end]
        # "a CPI of 5.5% and an August IIP of 9.5%": a new noun phrase after the figure is another's
        nextnp = _NEXT_NP.search(own, q.end - a)
        sent_end = earlier.start() if earlier else e
        if nextnp is not None:
            own = own[:nextnp.start()]
            sent_end = min(sent_end, a + nextnp.start())
        # "rose 3.6 pct to 280.36 billion dlrs from December": the month a change is measured from is its
        # base; the figure is of the month after, unless the words name its own
        base = _FROM_MONTH.search(own)
        own_words = _FROM_MONTH.sub(" ", own) if base else own
        base_month = dates.month_iso(base.group(1), base.group(2), ctx.doc_date) if base else None
        after_base = shift(base_month, steps=-1) if base_month else None
        # ("The adjusted February producers' shipment index rose": a month just before the name is its period)
        period = _month_before_name(ctx, s, a) or \
            _period(ctx, _BASIS_WORDS.sub(" ", own_words)) or after_base or \
            _period(ctx, _BASIS_WORDS.sub(" ", text[s:sent_end])) or \
            next((ev.get("period") for _, ev in ctx.indicators if ev.get("indicator") == name
                  and ev.get("status") == "actual"), None) or _told_just_before(ctx, s) or _doc_month(ctx) or \
            (ctx.doc_date.isoformat()[:7] if ctx.doc_date is not None and name in _SAME_MONTH_SURVEYS else None)
        if name in _WEEKLY:
            period = _week(ctx, s, e) or period
        fields: dict[str, Any] = {"subject": country, "indicator": name, "period": period, "change_pct": value,
                                  "status": "forecast" if forecast else "actual"}
        rate_level = bool(level) and name in _LEVEL_RATES
        if rate_level:
            fields.update(change_pct=None, value=q.value)  # "the jobless rate rose to 7.3 percent": its reading
        if not level:
            # "rose 0.3 pct to a seasonally adjusted 122.7": the index's reading after the change
            reading = next((x for x in qs if x.kind in ("number", "money") and q.end < x.start <= q.end + 75
                            and not _is_year(x)
                            and _READING_AFTER.fullmatch(text, q.end, x.start)), None) or \
                next((x for x in qs if x.kind in ("number", "money") and b < x.start and x.end < q.start
                      and not _is_year(x)
                      # "starts in September were at a rate of 1,402,000; this is 4.7 percent above ...":
                      # the reading told before its change
                      and _READING_LEAD.search(text, max(b, x.start - 40), x.start)
                      and re.fullmatch(r"\s*[;,]\s*(?:this|that|which|it)\s+(?:is|was)\s+", text[x.end:q.start], re.I)), None)
            if reading is not None:
                # ("exports fell 15.2 percent from a year earlier to $52.2 billion": the amount they reached)
                if reading.kind == "money":
                    sign = -1.0 if "deficit" in text[a:b].lower() else 1.0  # a deficit is a negative balance
                    fields["value"] = Money(sign * reading.value, reading.currency)
                else:
                    fields["value"] = reading.value
        # ("rose 0.4 pct from April and was up 9.7 pct from a year earlier": the basis words after the
        # next figure are that figure's)
        next_pct = next((x.start for x in pcts if x.start > q.end), e)
        if annualised:
            fields["basis"] = "qoq_annualised"  # "at a 1.0 percent annual rate": a quarter's change, annualised
        elif re.search(r"(?<!adjusted\s)\bannual|year[- ]on[- ]year|year[- ]over[- ]year|from\s+a\s+year|yoy\b"
                       # "in the 12 months to March", "in the year to March": the change over a year
                       r"|\b(?:12|twelve)\s+months\s+(?:to|ended|ending|through|until)\b|\byear\s+to\s+(?:end-)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
                       # "from the same period a year earlier"
                       r"|\bsame\s+(?:period|month|quarter)\s+(?:a|last|of\s+last|the\s+previous)\s+year\b",
                       text[a:min(max(min(e, q.end + 30), _clause_end(text, q.end, e)), next_pct)], re.I) \
                or _on_a_year_before(ctx, text[q.end:min(_clause_end(text, q.end, e), next_pct)], period) \
                or _TWELVE_MONTHS_LEAD.search(text, s, a) is not None:
            # ("a seasonally adjusted annual rate of 1.851 mln units" is a level, not a basis)
            fields["basis"] = "yoy"
        elif (re.search(r"\bmonth(?<!straight\smonth)(?<!consecutive\smonth)(?!\s+in\s+a\s+row)(?!s)|on\s+the\s+month|mom\b",
                        text[a:min(e, q.end + 30)], re.I)
              # "fell 2.3 pct in January from December": the month before, named after the figure
              or _FROM_MONTH_BEFORE.search(text, q.end, min(e, q.end + 30, next_pct))) \
                and not re.search(r"\bthree\s+months\b", text[a:min(e, q.end + 30)]):
            fields["basis"] = "mom"
        src = re.search(r"(?:according\s+to|by)\s+(?:a\s+)?(?:consensus\s+(?:among\s+)?)?([^,.]{3,60}?)(?:[,.]|$|\s+(?:had|have|has|"
                        r"were|was|expected|forecast|predicted|estimated|saw|see|looked)\b)", sent)
        if src and forecast and not re.match(r"(?:between|about|around|some|only|just|up\s+to|as\s+much\s+as|\d|[-+])",
                                             src.group(1).strip(), re.I):
            fields["source"] = src.group(1).strip()  # (not "grow by between 1.5 and two pct": a figure, no source)
        if _stated_before(ctx, fields):
            continue  # a headline and its body state one reading once
        ev = _event("indicator", a, q.end, "indicator." + name, **fields)
        ctx.events.append(ev)
        ctx.indicators.append((s, ev))
        if not forecast:
            met = _MET_FORECAST.search(text, q.end, nxt)
            if met is not None:
                # "in line with the median estimate": the forecast was the figure
                f4 = dict(fields, status="forecast")
                f4.pop("source", None)
                ctx.events.append(_event("indicator", met.start(), met.end(), "indicator.forecast_met", **f4))
        prev_end = q.end
        for q2 in pcts:
            if not q.end < q2.start < nxt:
                continue
            listed = _LISTED_READING.fullmatch(text, prev_end, q2.start)
            prev_end = q2.end
            if listed is not None and period:
                # "an inflation rate of 7.44% in July and 6.83% in August": a list of readings, each its month
                p2 = _month_period(ctx, text[q2.end:min(e, q2.end + 25)])
                if p2 is not None and p2 != period and not _PRIOR_LEAD.search(text, max(s, q2.start - 40), q2.start):
                    f5 = dict(fields, period=p2, change_pct=q2.value if level else q2.value * (d or 1))
                    if rate_level:
                        f5.update(change_pct=None, value=q2.value)
                    f5.pop("source", None)
                    ctx.events.append(_event("indicator", q2.start, q2.end, "indicator.listed", **f5))
                    continue
            # "putting the annual rate at 2.4%": a second reading of the same indicator
            # ("to give a year-on-year rise of 3.9 pct")
            annual = _ANNUAL_RATE_AT.search(text[max(s, q2.start - 30):q2.start])
            if annual:
                ctx.events.append(_event("indicator", a, q2.end, "indicator.annual_rate",
                                         **dict(fields, change_pct=-q2.value if annual.group("down") else q2.value,
                                                basis="yoy")))
            # "beating forecasts of a 7.3% gain", "worse than the 0.5% drop forecast": the forecast for
            # the same period
            est = _ESTIMATE_OF.search(text, max(s, q2.start - 50), q2.start)
            if est or _estimate_named_after(text, s, q2):
                noun = _NOUN_AFTER.match(text[q2.end:q2.end + 40])
                word = est.group("noun") if est and est.group("noun") else noun.group(1) if noun else ""
                d2 = _word_direction(word) or d or 1
                f3 = dict(fields, change_pct=q2.value * d2, status="forecast")
                if rate_level:
                    f3.update(change_pct=None, value=q2.value)  # "rose to 6.2%, above expectations of 6.1%": a rate's level
                f3.pop("source", None)
                ctx.events.append(_event("indicator", q2.start, q2.end, "indicator.forecast_of", **f3))
                continue
            # "and were down 1.2 pct from a year earlier", "to stand 4.5 pct below their level a year
            # earlier": the same period's change on a year before, a second reading of the first's period
            if period and fields.get("basis") != "yoy" and _A_YEAR_AGO_AFTER.match(text, q2.end) and \
                    not re.search(r"\b(?:after|following|expected|forecast)\b", text[q.end:q2.start]):
                d2 = _direction_near(cues, q2, text)
                if d2:
                    ctx.events.append(_event("indicator", q2.start, q2.end, "indicator.yoy",
                                             **dict(fields, change_pct=q2.value * d2, basis="yoy")))
                    continue
            # "and were down 4.2 pct from February 1986": the same period's change on a year before
            if period and _YEAR_BASE_AFTER.match(text, q2.end) and \
                    _period(ctx, text[q2.end:min(e, q2.end + 30)], period) == shift(period, years=1):
                d2 = _direction_near(cues, q2, text) or 1
                ctx.events.append(_event("indicator", q2.start, q2.end, "indicator.yoy",
                                         **dict(fields, change_pct=q2.value * d2, basis="yoy")))
                continue
            # "rose 3.1% in May after climbing 2.4% in April": the prior
            # period's reading is its own (actual) event
            if _PRIOR_LEAD.search(text, max(s, q2.start - 40), q2.start):
                # "from January when it fell 0.7 pct from December": the month before "when" is the figure's
                when = _MONTH_WHEN.search(text, max(s, q2.start - 40), q2.start)
                p2 = (dates.month_iso(when.group(1), when.group(2), ctx.doc_date) if when else None) or \
                    _period(ctx, _SINCE.sub(" ", text[q2.end:min(e, q2.end + 40)]), period)
                if p2 is None and (rate_level or level) and period and \
                        re.match(r"\s*(?:[,.;]|\s+(?:the|a|an|and|but)\b)", text[q2.end:]):
                    # "fell to 2.1 percent from 2.2 percent", "core inflation eased to 2.7% from 2.9%": a reading's
                    # prior is the period before's
                    p2 = _prior_period(period)
                if period and "-W" in period and _WEEK_BEFORE.match(text, q2.end):
                    p2 = _prior_period(period)  # "7.02% this week, down from 7.09% last week": the week before
                if p2 is not None and p2 != period:
                    # ("eased to 4.83% in April from 4.85% in March": the earlier reading, a level as the first is)
                    f2 = dict(fields, period=p2, change_pct=q2.value if level and re.search(
                        r"\b(?:from|against)\s+(?:an?\s+)?(?:revised\s+)?$", text[max(s, q2.start - 20):q2.start])
                        else q2.value * (_noun_direction(text, q2) or _direction_near(cues, q2, text) or 1),
                        status="actual")
                    if rate_level:
                        f2.update(change_pct=None, value=q2.value)
                    else:
                        f2.pop("value", None)  # (the reading after the first figure is the first period's)
                    f2.pop("source", None)
                    ctx.events.append(_event("indicator", q2.start, q2.end, "indicator.prior", **f2))
    if unread:
        _indicator_readings(ctx, s, e, qs, unread)


# between two readings of a list, the first with its month: " in July and ", " in July, "
_LISTED_READING = re.compile(r"\s+(?:in|for)\s+(?:January|February|March|April|May|June|July|August|September|October|"
                             r"November|December)(?:\s+(?:19|20)\d\d)?(?:\s*,\s*(?:and\s+)?|\s+and\s+)")
# "the lowest since September": a record's yardstick, not the period of the figure before it
_SINCE = re.compile(r"\bsince\s+(?:(?:early|mid|late)[\s-]+)?(?:" + _MONTHS + r")?\s*(?:(?:19|20)\d\d)?")
# after a figure, "and" opening another noun phrase: what follows is about something else
_NEXT_NP = re.compile(r"\s+and\s+(?:an?|the|its)\s")
# "from December": the month a change is measured from (not "from 5.4 pct in December")
_FROM_MONTH = re.compile(r"\bfrom\s+(" + _MONTHS + r")(?:\s+((?:19|20)\d\d))?\b(?!['’])")
# "from January when it fell": the month an earlier figure is of, named before it
_MONTH_WHEN = re.compile(r"\b(" + _MONTHS + r")(?:\s+((?:19|20)\d\d))?,?\s+when\s+(?:it|they|the\s+\w+)\s+"
                         r"(?:\w+\s+){1,2}\Z")
# what opens an earlier reading after a figure
_EARLIER_LEAD = re.compile(r"\b(?:after|following|compared\s+with|versus|vs\.?|since)\s")
_FROM_MONTH_BEFORE = re.compile(r"\bfrom\s+(?:" + dates._MONTH_RE + r")\b(?!\s+\d)(?!\s+(?:of\s+)?(?:last|a)\s+year)")
# words of a figure's basis, not its period: "rose 0.6 pct from a year earlier"
_BASIS_WORDS = re.compile(r"\b(?:from|over|on)\s+a\s+year\s+(?:earlier|ago|before)\b|\byear-on-year\b", re.I)
# a month named just before an indicator's name, with at most a few words between ("February index of")
_MONTH_BEFORE_NAME = re.compile(r"\b(January|February|March|April|May|June|July|August|September|October|November|"
                                r"December)\s+(?:(?:index\s+of|[a-z][\w'’-]*)\s+){0,2}\Z")


def _noun_direction(text: str, q: Quantity) -> int:
    """The direction the noun right after a figure gives it ("a revised 1.1
    percent expansion": up; "a 0.4 percent contraction": down), else 0."""
    noun = _NOUN_AFTER.match(text, q.end)
    return _word_direction(noun.group(1)) if noun else 0


def _word_direction(word: str) -> int:
    """1 for a noun of rise ("expansion"), -1 for one of fall ("contraction"), else 0."""
    w = word.lower()
    return 1 if w in _UP_NOUNS else -1 if w in _DOWN_NOUNS else 0


def _same_scale(a: float, b: float) -> bool:
    """Two readings of one indicator in one unit are within a factor of three of each other (a
    revision or a forecast of 1.67 million starts, not a count of something else)."""
    return abs(a) / 3 <= abs(b) <= abs(a) * 3


def _told_just_before(ctx: EventContext, s: int) -> str | None:
    """The period of the reading told just before (within a few sentences): a
    component told after the headline figure is of its period ("GDP fell 0.5
    percent ... Private consumption slipped 0.04 percent")."""
    last = next((ev for _, ev in reversed(ctx.indicators) if ev.get("status") == "actual"), None)
    if last is None or last.span.end < s - 400:
        return None
    return last.get("period")


def _month_before_name(ctx: EventContext, s: int, a: int) -> str | None:
    """The month named just before an indicator's name at ``a`` ("The February RPI was set at 100.4")."""
    pre = _MONTH_BEFORE_NAME.search(ctx.text, max(s, a - 40), a)
    return dates.month_iso(pre.group(1), None, ctx.doc_date) if pre else None


# between a name and one that restates it: "(RPI), Britain's measure of", "index, the main gauge of"
_APPOSITIVE_OPEN = re.compile(r"\)?\s*(?:\([^()]{1,12}\))?\s*,\s+(?:[\w'’-]+\s+){0,5}")
# after the restating name, the comma that closes it before any figure
_APPOSITIVE_CLOSE = re.compile(r"[^,\d.;]{0,20},")
_READING_AFTER = re.compile(r"\s+(?:in\s+[A-Z]\w+\s+)?(?:(?:from|on)\s+(?:a|the)\s+(?:year|month)\s+(?:earlier|ago|before)\s+)?"
                            r"to\s+(?:a\s+|an\s+)?(?:seasonally\s+adjusted\s+|revised\s+|provisional\s+|preliminary\s+)*"
                            # ("to a seasonally adjusted annual rate of 1.772 million units": the level, its rate)
                            r"(?:annual(?:ized|ised)?\s+rate\s+of\s+)?", re.I)
# "a 1.1% rise in retail sales", "a stronger-than-expected 1.1% rise in": the figure before its indicator
_ARTICLE_BEFORE = re.compile(r"\b(?:a|an)\s+(?:[a-z]+(?:-[a-z]+)+\s+)?\Z", re.I)
_BEAT_FORECAST = re.compile(r"\b(?:beat(?:ing|s)?|top(?:ping|ped|s)?|above|below|miss(?:ing|ed|es)?|exceed(?:ing|ed|s)?|"
                            r"than|versus|vs\.?|against|compared\s+with)[\s-]+(?:the\s+|a\s+|an\s+)?(?:market\s+|"
                            r"analysts['’]?\s+|economists['’]?\s+)?(?:forecasts?|expectations?|estimates?|consensus|"
                            r"expected|forecast|anticipated)\b", re.I)
# the figure an estimate names: "estimates of $96.6 billion", "forecasts of a 7.3% gain"
_ESTIMATE_OF = re.compile(r"\b(?:estimates?|forecasts?|expectations?|consensus|expected|poll)\s+"
                          r"(?:(?:of|for|at|was|were|is|had\s+been)\s+)?(?:about\s+|around\s+|roughly\s+|an?\s+)?"
                          # ("expectations for a decline of 0.1 percent")
                          r"(?:(?P<noun>decline|drop|fall|contraction|decrease|rise|gain|increase|growth|expansion)\s+of\s+)?\Z",
                          re.I)
# a figure an estimate follows: "below the 190,000 economists had expected", "the 50.0 forecast",
# "worse than the 0.5% drop forecast" (not "rose 0.3%, less than expected": no article before it)
_ESTIMATE_BEFORE_FIG = re.compile(r"\b(?:the|a|an)\s+(?:consensus\s+|median\s+)?\Z", re.I)
# ("the 0.4% Dow Jones estimate", "the 0.3% Reuters poll": the estimate's source named before it)
_ESTIMATE_AFTER = re.compile(r"(?:\s+(?:rise|gain|increase|drop|fall|decline|contraction|expansion|growth|reading|"
                             r"figure))?(?:\s+(?-i:[A-Z][\w&.'-]*(?:\s+[A-Z][\w&.'-]*){0,2}))?\s+(?:(?:that\s+)?(?:economists|"
                             r"analysts|markets?|traders)\s+(?:had\s+)?)?(?:expected|forecast|predicted|estimated|"
                             r"anticipated|consensus|estimate|projected|poll)\b", re.I)


def _estimate_named_after(text: str, s: int, q: Quantity) -> bool:
    """A figure that an estimate's words follow: the forecast, not a reading."""
    return bool(_ESTIMATE_BEFORE_FIG.search(text, max(s, q.start - 16), q.start) and _ESTIMATE_AFTER.match(text, q.end))


# where the clause of an indicator's name begins: after ", and", ", but", ";" (not ", while": "exports
# probably shrank 10%, ..., while imports declined 4.1%" goes on under the same estimate)
_CLAUSE_BREAK = re.compile(r"(?:,\s+(?:and|but)\b|;)")


def _on_a_year_before(ctx: EventContext, frag: str, period: str | None) -> bool:
    """ "rose 2.1 pct in January compared with January 1986": a change on the same period a year before."""
    if not period:
        return False
    m = _YEAR_BASE_IN.search(frag)
    return m is not None and _period(ctx, m.group(0)) == shift(period, years=1)


_CLAUSE_MARK = re.compile(r"[,;]")


def _clause_end(text: str, at: int, e: int) -> int:
    """Where the clause that goes on from ``at`` ends: a comma or a semicolon, within 60 characters."""
    m = _CLAUSE_MARK.search(text, at, min(e, at + 60))
    return m.start() if m else min(e, at + 60)


def _clause_start(text: str, s: int, a: int) -> int:
    last = s
    for m in _CLAUSE_BREAK.finditer(text, s, a):
        last = m.end()
    return last


# what stands before a net change of a count: "rose by 200,000", "added 175,000 jobs"
_NET_LEAD = re.compile(r"\b(?:by|added|adding|created|creating|shed|shedding|lost|losing|cut|cutting)\s+(?:a\s+|an\s+)?"
                       r"(?:seasonally\s+adjusted\s+|net\s+|revised\s+)*\Z", re.I)
_NET_DOWN = re.compile(r"\b(?:fell|dropped|declined|decreased|shed|shedding|lost|losing|cut|cutting)\b", re.I)


# "at a 1.0 percent annual rate", "at a seasonally adjusted annualised rate": an annualised rate of change
_ANNUALISED_AFTER = re.compile(r"\s+(?:seasonally\s+adjusted\s+)?annual(?:ized|ised)?\s+(?:growth\s+)?(?:rate|pace)\b", re.I)
# the forecast met: "in line with the median estimate", "matching expectations", "as economists expected"
_MET_FORECAST = re.compile(r"\b(?:in\s+line\s+with|matching|matched|meeting|met)\s+(?:the\s+)?(?:median\s+|consensus\s+|"
                           r"average\s+|market\s+|analysts['’]?\s+|economists['’]?\s+)?(?:estimates?|forecasts?|"
                           r"expectations|consensus)\b|\bas\s+(?:economists|analysts|markets?)\s+(?:had\s+)?"
                           r"(?:expected|forecast|predicted)\b", re.I)


_UP_NOUNS = frozenset(["gain", "rise", "increase", "growth", "jump", "expansion", "advance"])
# the noun after a figure, past its basis ("a 2.3 pct year-on-year drop")
_NOUN_AFTER = re.compile(r"\s+(?:(?:year[- ]on[- ]year|year[- ]over[- ]year|month[- ]on[- ]month|month[- ]over[- ]month|annual|yearly|monthly|"
                         r"quarterly|annualised|annualized|seasonally\s+adjusted)\s+)?(\w+)", re.I)
_DOWN_NOUNS = frozenset(["drop", "fall", "decline", "decrease", "contraction", "slide", "slump"])
_MOTION_NOUNS = _DOWN_NOUNS | frozenset(["rise", "increase", "gain", "jump", "growth", "climb", "surge", "advance",
                                         "expansion", "rebound"])
_SHARE_OF = re.compile(r"\s+of\s+(?!the\s+(?:year|month|quarter)\b)(?:the\s+|its\s+|their\s+|total\s+)?[A-Za-z]")
_MODIFIER_BEFORE = re.compile(r"(?:\b(?:a|an)|['’]s)\s+\Z")
_NOUN_AFTER_PCT = re.compile(r"\s+(?!(?:rise|rises|increase|gain|jump|drop|fall|decline|decrease|contraction|expansion|"
                             r"growth|climb|slide|slump|surge|advance|year-on-year|annual|annualised|annualized|"
                             r"seasonally|month-on-month|on|in|from|to|and|or|for|at|a|year|yearly)\b)[a-z]{3,}")
# "French inflation was 0.2 pct in February": the name, a copula, the figure (a change of prices, or a rate's level)
_COPULA_READING = re.compile(r"^[^,;()]{0,60}?\b(?:was|were|is|are|stood\s+at|came\s+in\s+at)\s+(?:a\s+|an\s+)?"
                             # ("GNP growth for 1986 was a real 2.5 pct")
                             r"(?:real\s+|nominal\s+|revised\s+|provisional\s+|preliminary\s+)?$")
_ANNUAL_RATE_AT = re.compile(r"\b(?:annual|year-on-year|year-over-year|12-month)\s+(?:inflation\s+|growth\s+)?"
                             r"(?:rate|(?P<up>rise|increase|gain)|(?P<down>fall|decline|drop))\s+(?:at|of|to)\s+\Z")
# a figure then the same period a year before: "down 4.2 pct from February 1986", "compared with January 1986"
_YEAR_BASE = (r"(?:the\s+same\s+month\s+(?:of|in)\s+)?(?:January|February|March|April|May|June|July|August|"
              r"September|October|November|December)\s+(?:19|20)\d\d\b")
_A_YEAR_AGO_AFTER = re.compile(r"\s+(?:(?:up|down|higher|lower)\s+)?(?:(?:from|on|over|than|compared\s+with|against)\s+"
                               r"(?:a|the)\s+year\s+(?:earlier|ago|before)|(?:below|above)\s+(?:its|their|the)\s+"
                               r"(?:level|levels)\s+(?:of\s+)?a\s+year\s+(?:earlier|ago|before)|year-on-year|year-over-year|"
                               r"on\s+the\s+year|in\s+the\s+(?:12|twelve)\s+months\s+to|in\s+the\s+year\s+to)\b", re.I)
# ("to stand 1.27 pct above the level in March 1986", "6.9 pct lower than in February 1986")
_YEAR_BASE_AFTER = re.compile(r"\s+(?:(?:higher|lower|above|below)\s+)?(?:from|compared\s+with|against|over|on|than(?:\s+in)?|"
                              r"(?:the|its|their)\s+levels?\s+(?:in|of))\s+" + _YEAR_BASE)
# ... and in a clause after its figure: "rose 2.1 pct in January compared with January 1986"
_YEAR_BASE_IN = re.compile(r"\b(?:from|compared\s+with|against|over)\s+" + _YEAR_BASE)
# ("grew 10.3% in August, against a 0.7% decline in August 2022")
_PRIOR_LEAD = re.compile(r"\b(?:after|following|from|compared\s+with|versus|vs\.?|against)\b[^,;.%]{0,25}\Z")


# a sentence that goes on about the indicator before: "That fell short of
# expectations", "The unadjusted index fell 3.5 pct", "In January, the index rose"
_CARRY_OPEN = re.compile(r"\s*(?:(?:In|For)\s+[A-Z]\w+(?:\s+(?:19|20)\d\d)?,\s+)?(?:(?:That|This|It)(?!\s+(?:said|says|added|"
                         r"expects?|sees|forecast|predicted|estimated|noted)\b)|"
                         r"[Tt]he\s+(?:(?:[a-z-]+|January|February|March|April|May|June|July|August|September|October|"
                         r"November|December),?\s+){0,3}(?:index|figure|reading|data|number))\b")
# "Economists had expected 220,000": the forecast of the last reading (a count or an amount; a change in per
# cent said so goes on about the indicator by its head noun, "had expected sales to rise 0.6 percent")
_ECONOMISTS_EXPECTED = re.compile(r"\s*(?:Economists|Analysts|Forecasters)\b(?=[^.;]{0,50}?\b(?:expected|forecast|predicted|"
                                  r"projected|anticipated)\b)")
_PER_CENT = re.compile(r"%|\bper\s*cent\b|\bpercent\b|\bpct\b")


# the head noun of an indicator's name, said again alone ("Economists had expected orders to fall")
_HEAD_NOUNS = frozenset(["orders", "sales", "prices", "claims", "output", "production", "exports", "imports",
                         "spending", "investment", "starts", "permits", "payrolls", "balance", "account"])
# the words a balance goes by when said alone ("had expected a surplus of $47.55 billion"; not "the
# invisibles surplus", another balance)
_BALANCE_WORDS = (r"(?:(?<=\bthe\s)|(?<=\ba\s)|(?<=\ban\s)|(?<=\bits\s)|(?<=\btheir\s)|(?<=\bquarter\s)|"
                  r"(?<=\bmonth\s)|(?<=\byear\s))(?:surplus|deficit|balance)")


def carried_from(ctx: EventContext, s: int, e: int) -> int | None:
    """Where a sentence that names no indicator goes on about the last one
    (within a few hundred characters): after an opener ("That", "The index")
    or after the last indicator's head noun said alone; else None."""
    if not ctx.indicators or ctx.indicators[-1][1].span.end < s - 900:
        return None
    text = ctx.text
    near = ctx.indicators[-1][1].span.end >= s - 400  # (an opener goes on about a reading told just before)
    m = _CARRY_OPEN.match(text, s, e) if near else None
    if m is None and near and (not _PER_CENT.search(text, s, e) or ctx.indicators[-1][1].get("indicator") in _LEVEL_RATES):
        m = _ECONOMISTS_EXPECTED.match(text, s, e)  # (a rate's level in per cent too: "Analysts had expected 6.2%")
    if m is not None:
        return m.end()
    # the last indicator whose head noun the sentence says alone, the last read first (a report goes back to
    # its main figure after another: "Core sales were unchanged" after a paragraph on GDP)
    for k in range(len(ctx.indicators) - 1, max(-1, len(ctx.indicators) - 4), -1):
        ev = ctx.indicators[k][1]
        if ev.span.end < s - 900:
            break
        tail = str(ev.get("indicator")).rsplit("_", 1)[-1]
        if tail not in _HEAD_NOUNS and tail not in ("cpi", "rpi"):
            continue
        # "Output fell 0.5 pct in January" after industrial production: the noun or its other word
        said = "(?:production|output)" if tail in ("production", "output") else \
            _BALANCE_WORDS if tail in ("balance", "account") else \
            r"(?:(?<=\bthe\s)|(?<=,\s)|^)prices" if tail in ("cpi", "rpi") else tail
        m = re.search(r"\b" + said + r"\b", text[s:e], re.I)
        if m is not None and _A_COMPANYS_OWN.search(text, max(s, s + m.start() - 40), s + m.start()):
            m = None  # "19 pct of the company's imports": the company's, not the economy's
        if m is not None and ev.span.end < s - 400 and re.search(r"\s[A-Z]|\b[A-Z]{2,}\b", text[s:s + m.start()]):
            m = None  # (far from the reading, a name before the noun makes it that one's: "Ford said its car sales")
        if m is not None:
            if k != len(ctx.indicators) - 1:
                if indicator_names(ctx, s, e):
                    return None  # (a sentence that names its own indicator goes on about none before)
                ctx.indicators.append(ctx.indicators[k])  # (the one this sentence goes on about is the last now)
            return s + m.end()
    return None


_EXPECTED_LEVEL = re.compile(r"\b(?:had\s+|have\s+)?(?:expected|forecast|predicted|estimated|projected|anticipated|"
                             r"penciled\s+in|pencilled\s+in)\s+(?:an?\s+(?:rate|reading)\s+of\s+)?\Z")


# "factory orders were unchanged": a change of nothing, stated without a figure
_FLAT_AFTER = re.compile(r"\s+(?:(?:in|for)\s+[A-Z]\w+\s+)?(?:was|were|is|are|remained|held|stayed)\s+"
                         r"(?:unchanged|flat|steady)\b")


def _flat_reading(ctx: EventContext, s: int, e: int, a: int, b: int, nxt: int, name: str,
                  country: Entity | None, pcts: list[Quantity], cues: list[Any]) -> None:
    """"August factory orders were unchanged, after falling a revised 0.6
    percent in the previous month": a change of 0.0, and the earlier period's
    figure its own event."""
    text = ctx.text
    period = _period(ctx, text[max(s, a - 20):b + 40]) or _period(ctx, text[s:e]) or _doc_month(ctx)
    status = "forecast" if _FORECAST.search(text, s, b) else "actual"
    fields: dict[str, Any] = {"subject": country, "indicator": name, "period": period, "change_pct": 0.0,
                              "status": status}
    ev = _event("indicator", a, b, "indicator.flat", **fields)
    ctx.events.append(ev)
    ctx.indicators.append((s, ev))
    for q in pcts:
        if not b <= q.start < nxt or not _PRIOR_LEAD.search(text, max(s, q.start - 40), q.start) or period is None:
            continue
        near = text[q.end:min(e, q.end + 30)]
        p2 = _earlier_period(ctx, near, period)
        if p2 is None or p2 == period:
            continue
        f2 = dict(fields, period=p2, change_pct=q.value * (_direction_near(cues, q, text) or 1), status="actual")
        ctx.events.append(_event("indicator", q.start, q.end, "indicator.prior", **f2))


# "stood at 50.1 last month, unchanged from April": no change, and the earlier month's reading the same
_UNCHANGED_FROM = re.compile(r"(?:\s+(?:in\s+\w+|last\s+month|this\s+month))?,?\s+(?:unchanged|flat|steady)\s+"
                             r"(?:from|on|versus)\s+")
_READING_PRIOR_LEAD = re.compile(r"\b(?:from|versus|vs\.?|compared\s+with|against|after|and)\s+(?:a\s+|an\s+)?"
                                 r"(?:revised\s+)?\Z", re.I)


_EXPECTED = re.compile(r"\b(?:expected|forecast|predicted|projected|anticipated|(?:economists|analysts)\s+"
                       r"(?:polled|surveyed)|consensus)\b", re.I)
_REVISED_TO = re.compile(r"\brevised\s+(?:(?:up|down)(?:ward)?\s+)?to\s+(?:an?\s+)?\Z")
_FORECAST_TO = re.compile(r"\b(?:to|of|at|expected|forecast|predicted|projected|anticipated)\s+(?:an?\s+|about\s+|around\s+)?\Z")
# what states a reading outright: "was set at", "stood at", "was put at"
_LEVEL_AT = re.compile(r"\b(?:(?:was|were|is|are)\s+(?:set\s+|put\s+)?at|stood\s+at|stands\s+at)\s+\Z")


def _carried_readings(ctx: EventContext, s: int, e: int, after: int, qs: list[Quantity]) -> None:
    """"The reading ... was down from 49.4 in April and 49.7 in March": earlier readings of the
    last indicator read as a reading, each with the month it names."""
    last = ctx.indicators[-1][1]
    value, period = last.get("value"), last.get("period")
    text = ctx.text
    if value is None and period and last.get("status") == "actual":
        # "The February index was set at 100.4": the level of the period whose change was told; the
        # runner gives it to that period's readings
        q = next((x for x in qs if x.start >= after and x.kind == "number" and 0 < x.value < 100000
                  and _LEVEL_AT.search(text, max(after, x.start - 25), x.start)), None)
        if q is not None and (_period(ctx, text[s:q.start]) or period) == period:
            fields = {"subject": last.get("subject"), "indicator": last.get("indicator"), "period": period,
                      "change_pct": None, "value": q.value, "status": "actual"}
            ev = _event("indicator", s, q.end, "indicator.level_carried", **fields)
            ctx.events.append(ev)
            ctx.indicators.append((s, ev))
            value = q.value
    amount = value.amount if isinstance(value, Money) else value
    if isinstance(value, Money) and period and amount:
        # an amount's forecast or revision ("had expected a surplus of $47.55 billion"), in its currency
        _carried_forecast_or_revision(ctx, s, after, qs, last, period, amount, value.currency)
        return
    if not isinstance(value, float | int) or isinstance(value, bool) or not period:
        return
    if _carried_forecast_or_revision(ctx, s, after, qs, last, period, value, None):
        return
    for q in qs:
        if q.start < after or q.kind != "number" or not 0 < q.value < 1000 or \
                not _READING_PRIOR_LEAD.search(text, max(after, q.start - 30), q.start):
            continue
        after_q = re.sub(r",\s*(?=(?:19|20)\d\d\b)", " ", text[q.end:min(e, q.end + 30)])  # "December, 1985"
        p2 = _period(ctx, after_q.split(",")[0], str(period))
        if p2 is None or p2 == period or any(ev.kind == "indicator" and ev.get("period") == p2 and ev.get("value")
                                             is not None and ev.get("indicator") == last.get("indicator")
                                             for ev in ctx.events):
            continue
        fields = {"subject": last.get("subject"), "indicator": last.get("indicator"), "period": p2,
                  "change_pct": None, "value": q.value, "status": "actual"}
        if not _stated_before(ctx, fields):
            ctx.events.append(_event("indicator", q.start, q.end, "indicator.reading_carried", **fields))


def _carried_forecast_or_revision(ctx: EventContext, s: int, after: int, qs: list[Quantity], last: Any,
                                  period: str, value: float, currency: str | None) -> bool:
    """A reading of the last indicator said of its head noun alone, in its
    unit (a count, or money in its currency): a month's revision ("August
    starts were revised to 1.673 million", the month the sentence names) or
    the forecast of the last one's period ("Economists had expected starts to
    fall to 1.65 million", "had expected a surplus of $47.55 billion")."""
    text = ctx.text
    kind = "money" if currency else "number"
    for q in qs:
        if q.start < after or q.kind != kind or (currency and q.currency != currency) or \
                not _same_scale(value, q.value) or q.value == value:
            continue
        lead = text[max(after, q.start - 30):q.start]
        named = _period(ctx, text[s:q.start], period) if _REVISED_TO.search(lead) else None
        forecast = _EXPECTED.search(text, s, q.start) is not None and _FORECAST_TO.search(lead) is not None
        if (named is None or named == period) and not forecast:
            continue
        amount: Any = Money(q.value, currency) if currency else q.value
        if currency and "deficit" in text[s:q.start].lower() and value < 0:
            amount = Money(-q.value, currency)
        fields = {"subject": last.get("subject"), "indicator": last.get("indicator"),
                  "period": period if forecast else named, "change_pct": None, "value": amount,
                  "status": "forecast" if forecast else "actual"}
        if not _stated_before(ctx, fields):
            ctx.events.append(_event("indicator", s, q.end, "indicator.carried_" + str(fields["status"]), **fields))
        return True
    return False


# a figure then the reading it is measured against: "5.9 percent above the revised August estimate of
# 1,673,000", "17.9 percent below the September 2005 rate of 2,158,000"
_ABOVE_THE = re.compile(r"\s+(?P<dir>above|below|higher\s+than|lower\s+than|over|under)\s+(?P<what>(?:the|its)\s+"
                        r"[^,.;%]{0,50}?)(?:\s+(?:estimate|rate|level|figure|total|reading)\s+of\s+(?=\d)|(?=[,.;]|$))")


# "In the 12 months through April, the CPI increased 3.4%": the span told before the name
_TWELVE_MONTHS_LEAD = re.compile(r"\b(?:12|twelve)\s+months\s+(?:to|ended|ending|through|until)\b", re.I)


def _change_on_a_base(ctx: EventContext, last: Any, period: str, q: Quantity, versus: re.Match[str],
                      qs: Sequence[Quantity]) -> None:
    base = period_in(versus.group("what"), ctx.doc_date, period)
    sign = 1 if versus.group("dir").split()[0] in ("above", "higher", "over") else -1
    fields: dict[str, Any] = {"subject": last.get("subject"), "indicator": last.get("indicator"), "period": period,
                              "change_pct": sign * q.value, "status": "actual"}
    if base is not None and base == shift(period, years=1):
        fields["basis"] = "yoy"
    elif base is not None and base == shift(period, steps=1):
        fields["basis"] = "mom" if len(period) == 7 else "qoq"
    elif base is not None:
        return  # measured on some other period: no change of this one's
    if not _stated_before(ctx, fields):
        ctx.events.append(_event("indicator", q.start, versus.end(), "indicator.versus", **fields))
    said = next((x for x in qs if x.start == versus.end() and x.kind in ("number", "money")), None)
    value = last.get("value")
    if said is None or base is None or not isinstance(value, int | float) or isinstance(value, bool) \
            or not _same_scale(value, said.value):
        return
    f2 = dict(fields, period=base, change_pct=None, value=said.value)
    f2.pop("basis", None)
    if not _stated_before(ctx, f2):
        ctx.events.append(_event("indicator", said.start, said.end, "indicator.base_reading", **f2))


def _stated_before(ctx: EventContext, fields: dict[str, Any]) -> bool:
    return any(x.get("indicator") == fields["indicator"] and x.get("period") == fields["period"]
               and x.get("change_pct") == fields["change_pct"] and x.get("status") == fields["status"]
               and x.get("value") == fields.get("value") for _, x in ctx.indicators)


def _carried(ctx: EventContext, s: int, e: int, after: int, pcts: list[Quantity], cues: list[Any],
             qs: Sequence[Quantity] = ()) -> None:
    """Figures of a sentence that goes on about the last indicator: each an
    actual of the period it names (else the indicator's), a forecast of the
    indicator's period ("expectations for 2.2 percent"), or an earlier
    period's reading ("down from 2.3 percent in November")."""
    text = ctx.text
    last = ctx.indicators[-1][1]
    name, period0 = str(last.get("indicator")), last.get("period")
    # "In January, the index rose 0.4 pct": the opener's month is the figures' own
    opener = _month_period(ctx, text[s:after]) if after > s else None
    period0 = opener or period0
    # a forecast is of the newest period read, not of the revision or prior told last ("had expected
    # sales to rise 0.6 percent" after "April's gain was revised to 0.5 percent" is May's)
    base = _base_of(name)
    newest = opener or max((str(ev.get("period")) for _, ev in ctx.indicators if _base_of(str(ev.get("indicator"))) == base
                            and ev.get("status") == "actual" and ev.get("period")
                            and len(str(ev.get("period"))) == len(str(period0 or ""))), default=period0)
    for q in pcts:
        if q.start < after or _SHARE_OF.match(text, q.end) or superseded(text, s, e, q):
            continue
        noun = _NOUN_AFTER.match(text[q.end:q.end + 40])
        own = -1 if noun and noun.group(1).lower() in _DOWN_NOUNS else 1
        near = text[q.end:min(e, q.end + 30)]
        versus = _ABOVE_THE.match(text, q.end, e)
        if versus is not None and period0:
            # "This is 5.9 percent above the revised August estimate of 1,673,000": the last reading's change
            # on the period named, and that period's own reading
            _change_on_a_base(ctx, last, str(period0), q, versus, qs)
            continue
        if _ESTIMATE_OF.search(text, max(s, q.start - 40), q.start):
            status, period, value = "forecast", newest, q.value * own
        elif (lead := _PRIOR_LEAD.search(text, max(s, q.start - 40), q.start)) is not None:
            # "down from 1985's four pct increase": the earlier period named before the figure, else after it
            # (from the last lead word: "from a year earlier after a 0.5 pct rise" leads with "after")
            last_lead = list(re.finditer(r"\b(?:after|following|from|compared\s+with|versus|vs\.?)",
                                         text[lead.start():q.start]))[-1].start()
            named = period_in(text[lead.start() + last_lead:q.start], ctx.doc_date, str(period0) if period0 else None)
            if noun is None or noun.group(1).lower() not in _MOTION_NOUNS:
                # "after dropping nine pct in January": the verb after the lead gives the sign
                verbs = [c for c in cues if lead.start() <= c.start and c.end <= q.start and c.direction]
                own = int(verbs[-1].direction) if verbs else own
            status, value = "actual", q.value * own
            period = named or _earlier_period(ctx, near, str(period0) if period0 else None)
        else:
            d = _direction_near(cues, q, text)
            level = re.search(r"\b(?:to|at)\s+(?:a\s+|an\s+)?$", text[max(s, q.start - 12):q.start])
            if d == 0 and not level and name in _LEVEL_RATES:
                # "Analysts had expected 6.2%" after a jobless rate: the rate they looked for
                level = _EXPECTED_LEVEL.search(text, max(s, q.start - 40), q.start)
            if d == 0 and not level:
                continue
            status = "forecast" if _FORECAST.search(text, s, q.start) else "actual"
            # the period the clause names before the figure ("growth for the full year at 3.1 pct"), else
            # after it, up to the clause's end (not "..., which is down from 1985's")
            before = text[_clause_start(text, s, q.start):q.start]
            own_period = _period(ctx, before, period0) if before.strip() else None
            # ("from a year earlier" after a current figure is its basis, not another period)
            # (nor is "after the 0.1 percent April increase" this figure's period: it leads to an earlier one)
            after_fig = _BASIS_WORDS.sub(" ", _EARLIER_LEAD.split(near.split(",")[0], 1)[0])
            # (an actual told with no period of its own after a revision of an earlier one is of the newest period:
            # "April's gain was revised to 0.5 percent. ... Sales at building materials stores rose 1.1 percent")
            period = own_period or _period(ctx, after_fig, period0) or (
                newest if status == "forecast" or "revis" in text[last.span.start:last.span.end + 40].lower() else period0)
            value = q.value if level else q.value * (d or 1)
        if period is None:
            continue
        fields: dict[str, Any] = {"subject": last.get("subject"), "indicator": name, "period": period,
                                  "change_pct": value, "status": status}
        if name in _LEVEL_RATES:
            fields.update(change_pct=None, value=q.value)
        part = _PART_OF_HEAD.search(text, s, q.start)
        if part is not None and status == "actual":
            # "Sales excluding autos were up 0.1 percent", "core sales were unchanged": a part of the indicator
            fields["indicator"] = ("core_" + base) if part.group("core") else base + "_ex_" + part.group("ex").lower()
        elif name != base and not _PART_OF_HEAD.search(text, s, q.start):
            # "Sales at building materials stores rose 1.1 percent" after core sales: the indicator's, of its
            # newest period unless the sentence names one
            fields["indicator"] = base
            if not own_period_named(ctx, text, s, q):
                fields["period"] = newest
        if _stated_before(ctx, fields):
            continue
        ev = _event("indicator", q.start, q.end, "indicator.carried", **fields)
        ctx.events.append(ev)
        if fields["indicator"] == name:
            ctx.indicators.append((s, ev))  # (a part told aside is not what the next sentence goes on about)


# a first estimate a revision has replaced: "having previously been reported as a 0.1 percent slip", "after the
# 0.1 percent April increase that was first reported" (the revised figure is the period's reading)
_SUPERSEDED_BEFORE = re.compile(r"\b(?:first|previously|originally|initially)\s+(?:been\s+)?(?:reported|estimated|put)\s+"
                                r"(?:as|at)\s+(?:an?\s+)?$", re.I)
_SUPERSEDED_AFTER = re.compile(r"[^,.;]{0,40}?\b(?:that|which)\s+(?:was|were|had\s+been)\s+(?:first|previously|originally|"
                               r"initially)\s+(?:reported|estimated)\b", re.I)


def superseded(text: str, s: int, e: int, q: Quantity) -> bool:
    """Whether a figure is a first estimate the text says a revision replaced."""
    return _SUPERSEDED_BEFORE.search(text, max(s, q.start - 45), q.start) is not None or \
        _SUPERSEDED_AFTER.match(text, q.end, e) is not None


def _base_of(name: str) -> str:
    """The indicator a part of it belongs to: core_retail_sales, retail_sales_ex_autos -> retail_sales."""
    return re.sub(r"_ex_[a-z]+$", "", name[5:] if name.startswith("core_") else name)


def own_period_named(ctx: EventContext, text: str, s: int, q: Quantity) -> bool:
    """The sentence names a period of its own around the figure."""
    return _period(ctx, text[s:min(len(text), q.end + 30)]) is not None


# a part of an indicator said by its head noun: "core sales", "sales excluding autos", "sales ex-autos"
_PART_OF_HEAD = re.compile(r"\b(?P<core>[Cc]ore)\s+(?:sales|prices|inflation|orders)\b|\b(?:[Ss]ales|[Pp]rices|[Oo]rders)\s+(?:excluding|"
                           r"ex-|ex\s)\s*(?:the\s+)?(?P<ex>autos|food|energy|transportation|aircraft|gasoline)\b")


def _family(name: str) -> str:
    """"manufacturing_pmi" and "pmi" name one reading; other names their own."""
    return "pmi" if name.endswith("pmi") else name


_AMOUNT_INDICATORS = frozenset(["trade_balance", "exports", "imports", "current_account", "money_supply",
                                "retail_sales", "gdp", "m1_money_supply", "m2_money_supply", "m3_money_supply",
                                "foreign_exchange_reserves", "new_loans", "construction_spending"])
# what stands before an indicator's reading ("fell to 49.2", "was 316,000", "stood at 2.78 million")
_READING_LEAD = re.compile(r"\b(?:to|at|was|were|is|are|stood\s+at|came\s+in\s+at|registered|reached|hit|totall?ed)\s+"
                           r"(?:a\s+|an\s+)?(?:seasonally\s+adjusted\s+|revised\s+|record\s+|reading\s+of\s+|"
                           # ("were at a seasonally adjusted annual rate of 1,772,000")
                           r"(?:annual(?:ized|ised)?\s+)?rate\s+of\s+|"
                           r"level\s+of\s+|(?:[\w-]+\s+)?(?:high|low|peak|trough)\s+of\s+)*\Z", re.I)
# "was 0.1 lower", "2.2 pct", "0.3-0.4": a change, a share or a range, not the reading
_NOT_A_READING = re.compile(r"\s*(?:pct|per\s*cent|percent|%|lower|higher|points?|-\d|to\s+\d)", re.I)
_PRIOR_READING = re.compile(r"\b(?:from|after|versus|vs\.?|compared\s+with)\s+(?:a\s+|an\s+)?(?:revised\s+|"
                            r"downwardly\s+revised\s+|upwardly\s+revised\s+)?\Z", re.I)


def _indicator_readings(ctx: EventContext, s: int, e: int, qs: list[Quantity],
                        names: list[tuple[int, int, str]]) -> None:
    """Indicators stated as a reading, not a change: an index ("the Caixin
    manufacturing PMI fell to 49.2 in May from 49.4 in April"), a count
    ("initial claims were 316,000"); the prior period's reading and a
    forecast of it each their own event."""
    if not names:
        return
    text = ctx.text
    country = _country(ctx, text, s, e, qs)
    for i, (a, b, name) in enumerate(names):
        nxt = names[i + 1][0] if i + 1 < len(names) else e
        if name == "unemployment_rate" and "rate" not in text[a:b].lower():
            name = "unemployment"  # "unemployment fell to 2.22 mln": the number out of work, not the rate
        if name in _AMOUNT_INDICATORS:
            if _amount_reading(ctx, s, a, b, nxt, name, qs, country) or name != "foreign_exchange_reserves":
                continue
            # reserves stated with no currency at all ("foreign reserves fell to 7.15 billion"): a reading
        nums = [q for q in qs if q.kind == "number" and b <= q.start < min(nxt, b + 90)
                and not (q.value.is_integer() and 1900 <= q.value <= 2100)
                and not (name.endswith("_rate") and q.value >= 100)
                and not _NOT_A_READING.match(text, q.end)]
        net = name in _NET_CHANGE
        first = next((q for q in nums if (_READING_LEAD.search(text, max(b, q.start - 40), q.start)
                                          or (net and _NET_LEAD.search(text, max(b, q.start - 40), q.start)))
                      and not _PRIOR_READING.search(text, max(b, q.start - 30), q.start)
                      and not _estimate_named_after(text, s, q)), None)
        if first is None:
            continue
        near_end = min(nxt, first.end + 40)
        prior_word = _PRIOR_WORD.search(text, first.end, near_end)
        # (the words of an earlier reading are its own: "rose in March to 2.23 mln from 2.21 mln in February")
        near = text[first.start:prior_word.start() if prior_word is not None else near_end]
        period = _month_before_name(ctx, s, a) or \
            _period(ctx, near) or _period(ctx, text[a:first.start]) or _doc_month(ctx)
        if name in _WEEKLY:
            period = _week(ctx, s, e) or period
        lead = text[max(_clause_start(text, s, a), a - 60):first.start]
        status = "forecast" if _FORECAST.search(lead) and not re.search(r"\b(?:than|beat|missed|topped)\b", lead) \
            else "actual"
        value = first.value
        if net and _NET_DOWN.search(text, b, first.start):
            value = -value  # "payrolls fell by 20,000", "employers shed 20,000 jobs"
        fields: dict[str, Any] = {"subject": country, "indicator": name, "period": period, "change_pct": None,
                                  "value": value, "status": status}
        if any(x.get("value") == first.value and x.get("period") == period and x.get("status") == status
               and _family(str(x.get("indicator"))) == _family(name) for _, x in ctx.indicators):
            continue  # a headline and its body state one reading once
        same = _UNCHANGED_FROM.match(text, first.end)
        if same is not None:
            fields["change_pct"] = 0.0  # "stood at 50.1 last month, unchanged from April"
        ev = _event("indicator", a, first.end, "indicator.reading." + name, **fields)
        ctx.events.append(ev)
        ctx.indicators.append((s, ev))
        if same is not None:  # (and April's reading was the same)
            p0 = _period(ctx, text[same.end():min(e, same.end() + 30)], period)
            if p0 is not None and p0 != period:
                ctx.events.append(_event("indicator", same.start(), same.end(), "indicator.reading_unchanged",
                                         **dict(fields, period=p0, change_pct=None)))
        for q2 in nums:
            if q2.start <= first.start:
                continue
            if _ESTIMATE_OF.search(text, max(s, q2.start - 40), q2.start) or _estimate_named_after(text, s, q2):
                ctx.events.append(_event("indicator", q2.start, q2.end, "indicator.reading_forecast",
                                         **dict(fields, value=q2.value, status="forecast")))
            elif _PRIOR_READING.search(text, max(s, q2.start - 30), q2.start):
                p2 = _period(ctx, text[q2.end:min(nxt, q2.end + 30)], period)
                if period and "-W" in period and _WEEK_BEFORE.match(text, q2.end):
                    p2 = _prior_period(period)  # "7.02% this week, down from 7.09% last week": the week before
                elif p2 is None and period and "-W" not in period and re.match(r"\s*(?:[,.;]|$|\s+(?:and|but|while)\b)",
                                                                             text[q2.end:q2.end + 8]):
                    p2 = _prior_period(period)  # "rose to 47.5 in June from 47.1": the reading of the period before
                if p2 is not None and p2 != period:
                    ctx.events.append(_event("indicator", q2.start, q2.end, "indicator.reading_prior",
                                             **dict(fields, value=q2.value, period=p2, status="actual")))


# a weekly reading's prior: "from 223,000 the previous week", "down from 7.09% last week"
_WEEK_BEFORE = re.compile(r"\s*(?:%|percent|per\s*cent)?\s*(?:in\s+|for\s+)?(?:the\s+)?(?:last|previous|prior|preceding)\s+week\b"
                          r"|\s*(?:%|percent|per\s*cent)?\s*(?:a|one)\s+week\s+(?:earlier|before|ago)\b")


_A_COMPANYS = re.compile(r"\s+(?:of|at|from)\s+(?:its|their|the\s+company['’]s|the\s+group['’]s)\b")


def _country(ctx: EventContext, text: str, s: int, e: int, qs: Sequence[Quantity] = ()) -> Entity | None:
    """The country the sentence names, else the one of the text's last
    indicator ("Taiwan's trade surplus widened ... Exports rose"), else the
    market's."""
    named = country_in(text, s, e) or agency_country(text, s, e)
    if named is not None:
        return named
    last = next((ev.get("subject") for _, ev in reversed(ctx.indicators) if ev.get("subject") is not None), None)
    if last is not None:
        return last
    # the country whose own currency the sentence's amounts are in ("exports fell to 18.9 billion baht")
    own = next((c for q in qs if q.kind == "money" for c in [currency_country(q.currency, s)] if c is not None), None)
    if own is not None:
        return own
    # the market's country, else the agency the text names anywhere ("..., the Labor Department said" in
    # wire copy with no dateline)
    return market_country(ctx.market, s) or agency_country(text, 0, len(text))


# surveys published in the month they ask about: with no month named, the report's month is theirs
# ("The latest ... Index of consumer confidence showed a fall of 1.6 per cent" on October 12)
_SAME_MONTH_SURVEYS = frozenset(["consumer_confidence", "business_confidence"])
