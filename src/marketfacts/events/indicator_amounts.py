"""Indicators stated as an amount of money ("Taiwan's trade surplus widened to
4.18 billion U.S. dlrs in the first quarter from 3.05 billion a year ago"):
the reading and each earlier period's amount, with their currency, period
and sign. Split from indicators.py, which reads changes and index readings.
"""

from __future__ import annotations

import re
from typing import Any

from ..model import Entity, Money, Quantity
from .context import EventContext, _event
from .indicator_periods import _day_in, _doc_month, _last_year, named_week
from .periods import period_in

# words that make a figure someone's forecast, not the reading (shared with indicators.py)
_FORECAST = re.compile(r"\b(?:probably|likely|expected|forecast|forecasts|consensus|estimates?|economists?\s+"
                       r"(?:polled|surveyed|tracked)|would|will|should|(?-i:may)|might|predicted|projected|poll)\b", re.I)


# what stands before an amount's reading: "widened to", "were", "a surplus of"
_AMOUNT_LEAD = re.compile(r"(?:\b(?:to|at|was|were|is|are|of|stood\s+at|came\s+in\s+at|totall?ed|reached|hit)|"
                          # ("the current account was in deficit by 760 mln stg": its size, no change)
                          r"(?<=\bin\sdeficit\s)by|(?<=\bin\ssurplus\s)by)\s+"
                          r"(?:a\s+|an\s+)?(?:record\s+|revised\s+|seasonally\s+adjusted\s+|provisional\s+|preliminary\s+|"
                          # ("rose in January to an annual rate of 180.7 billion dlrs")
                          r"annual(?:ised|ized)?\s+rate\s+of\s+|"
                          r"more\s+than\s+|about\s+|around\s+|nearly\s+|almost\s+|some\s+|over\s+|at\s+least\s+)*\Z", re.I)
# a bare "dlrs" after an amount in a named dollar is that dollar: "rose 1.23 billion U.S. dlrs to 7.77 billion dlrs"
_BARE_DOLLARS = re.compile(r"(?<!U\.S\.\s)(?<!\bUS\s)(?<!Canadian\s)(?<!Australian\s)(?<!Singapore\s)(?<!Taiwan\s)"
                           r"(?<!Kong\s)(?<!H\.K\.\s)(?<!N\.Z\.\s)(?<!Zealand\s)\b(?:dlrs?|dollars?)\Z")
_YEAR_OF_BALANCE = re.compile(r"\b(?:a|an|the|its|their)\s+((?:19|20)\d\d)\s+(?:surplus|deficit|shortfall|balance)\s+of\s+\Z")
_YEAR_BEFORE_NAME = re.compile(r"\b(?:year|calendar|fiscal|the)\s+((?:19|20)\d\d)\s+\Z", re.I)


def _year_of_balance(text: str, s: int, a: int, b: int, at: int) -> str | None:
    m = _YEAR_BEFORE_NAME.search(text, max(s, a - 20), a) or _YEAR_OF_BALANCE.search(text, max(b, at - 40), at)
    return m.group(1) if m is not None else None


_CAUSE = re.compile(r"\b(?:due\s+to|because|owing\s+to|thanks\s+to|as\s+a\s+result\s+of|reflect(?:s|ed|ing)?)\b", re.I)


def _is_year(q: Quantity) -> bool:
    return q.kind == "number" and q.value.is_integer() and 1900 <= q.value <= 2100


_PRIOR_WORD = re.compile(r"\b(?:from|against|versus|vs\.?|compared\s+with)\b")
# what stands before an earlier period's amount: "from 3.05 billion", "against 2.53 billion in February and"
# ("against a deficit of 37 mln in January": a balance's earlier amount, its sign its own word's)
_AMOUNT_PRIOR = re.compile(r"(?:\b(?:from|against|versus|vs\.?|compared\s+with|and)|,)\s+(?:a\s+|an\s+)?(?:revised\s+)?"
                           r"(?:(?P<bal>surplus|deficit)\s+of\s+)?\Z", re.I)


def _amount_reading(ctx: EventContext, s: int, a: int, b: int, nxt: int, name: str, qs: list[Quantity],
                    country: Entity | None) -> bool:
    """An indicator stated as an amount ("Taiwan's trade surplus widened to
    4.18 billion U.S. dlrs in the first quarter from 3.05 billion a year
    ago"): the reading, then each earlier period's amount, each its own event.
    A bare amount ("rose to 7.08 billion") takes the currency of the amount
    before it in the text; a deficit is a negative balance."""
    text = ctx.text
    amounts = [q for q in qs if b <= q.start < nxt and (q.kind == "money" or (q.kind == "number" and q.value >= 1e6))]
    first = next((q for q in amounts if _AMOUNT_LEAD.search(text, max(b, q.start - 40), q.start)), None)
    if first is None or _CAUSE.search(text, b, first.start):
        return False  # ("the deficit ... was due to an increase in the surplus on oil of 200 mln": another's figure)
    # a bare amount takes the currency of the amount before it in the clause ("rose by 300 mln marks to 82.0
    # billion"), else of the last indicator's
    currency = first.currency if first.kind == "money" else next(
        (q.currency for q in reversed(amounts) if q.start < first.start and q.kind == "money"), None) or next(
        (ev.get("value").currency for _, ev in reversed(ctx.indicators) if isinstance(ev.get("value"), Money)), None)
    if currency is None:
        return False
    named = [q for q in amounts if q.start < first.start and q.kind == "money" and q.currency != currency]
    if named and first.kind == "money" and _BARE_DOLLARS.search(text, first.start, first.end):
        currency = named[-1].currency
    sign = -1.0 if "deficit" in text[a:b].lower() else 1.0
    own_word = re.search(r"\b(?P<w>surplus|deficit|shortfall)\s+of\s+\Z", text[max(b, first.start - 30):first.start], re.I)
    if own_word is not None:
        # the figure's own word: "the trade balance showed a 1986 deficit of 2.1 billion", "had a trade surplus
        # in 1986, against a 1985 deficit of 900 mln"
        sign = 1.0 if own_word.group("w").lower() == "surplus" else -1.0
    elif re.search(r"\bbalance\b", text[a:b], re.I) and re.search(r"\b(?:deficit|shortfall)\b", text[b:first.start], re.I):
        sign = -1.0  # "a current account balance of payments deficit in 1987 of 2.5 billion stg"
    after = [q for q in amounts if q.start > first.start]
    near_end = after[0].start if after else nxt
    # (the words of an earlier period's figure are its own: "fell last year to 3,061.8 billion francs from 3,304.1
    # in 1985")
    lead_prior = _PRIOR_WORD.search(text, first.end, near_end)
    if lead_prior is not None:
        near_end = lead_prior.start()
    near = text[first.end:near_end]
    # ("M-1 rose 2.1 billion dlrs to 737.5 billion dlrs in the week ended March 9": a week's figure)
    period = (named_week(ctx, s, nxt) if "week" in text[s:nxt] else None) or (
              period_in(near, ctx.doc_date) or _day_in(ctx, near) or _last_year(ctx, near)
              # (the sentence's words before the name, unless another's figures stand there: "imports fell ... from
              # 3,304.1 in 1985 while exports were also lower")
              or period_in(text[s:b] if not any(s <= q.start < a and not _is_year(q) for q in qs) else text[a:b],
                           ctx.doc_date)
              # (the words between the name and its figure: "imports rose in February to 7.16 billion stg")
              or period_in(text[b:first.start], ctx.doc_date)
              or (_last_year(ctx, text[s:a]) if not any(s <= q.start < a and not _is_year(q) for q in qs) else None)
              # ("the full year 1986 current account surplus", "showed a 1986 surplus of 33.2 billion crowns": the year
              # as the balance's adjective)
              or _year_of_balance(text, s, a, b, first.start)
              or next((str(ev.get("period")) for _, ev in reversed(ctx.indicators) if ev.get("period")), None)
              # (not into the next amount's words: "rose to 4.29 billion dlrs from 4.11 billion in 1985")
              or _last_year(ctx, text[s:min(first.end + 40, near_end)]))
    period = period or _doc_month(ctx)
    lead = text[s:first.start]
    status = "forecast" if _FORECAST.search(lead) else "actual"
    fields: dict[str, Any] = {"subject": country, "indicator": name, "period": period, "change_pct": None,
                              "value": Money(sign * first.value, currency), "status": status}
    if any(isinstance(x.get("value"), Money) and x.get("value").amount == sign * first.value
           and x.get("period") == period and x.get("indicator") == name for _, x in ctx.indicators):
        return True  # a headline and its body state one reading once
    ev = _event("indicator", a, first.end, "indicator.amount." + name, **fields)
    ctx.indicators.append((s, ev))  # (its country stays the text's, even when it is no reading)
    if period is None:
        return True  # an amount with no period of its own ("assets of 71.85 billion dlrs") is no reading
    ctx.events.append(ev)
    prior = first
    for i, q2 in enumerate(after):
        lead2 = _AMOUNT_PRIOR.search(text, max(prior.end, q2.start - 30), q2.start)
        if lead2 is None:
            break
        tail = text[q2.end:after[i + 1].start if i + 1 < len(after) else min(nxt, q2.end + 40)]
        p2 = period_in(tail, ctx.doc_date, current=period) if period else None
        if p2 is None or p2 == period:
            break
        sign2 = sign if lead2.group("bal") is None else -1.0 if lead2.group("bal").lower() == "deficit" else 1.0
        value = Money(sign2 * q2.value, q2.currency if q2.kind == "money" else currency)
        ctx.events.append(_event("indicator", q2.start, q2.end, "indicator.amount_prior",
                                 **dict(fields, value=value, period=p2, status="actual")))
        prior = q2
    return True
