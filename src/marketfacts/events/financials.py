"""Company results and guidance: revenue, profit, earnings per share,
margins, users and orders, as actual, forecast or guidance, with the
fiscal period and the change.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from .. import dates
from ..entities import SECURITY_KIND, EntityMention
from ..figure_roles import DURATION_AFTER
from ..model import Entity, Money, Quantity
from ..not_traded import not_traded
from ..text import labelled, labelled_spans
from .context import _CLAUSE, EventContext, _ent, _event
from .directions import _direction_near
from .indicators import _A_COMPANYS, _ESTIMATE_OF, indicator_names

_METRICS = labelled([
    (r"\b(?:adjusted\s+)?ebitda\b", "ebitda"),
    # a profit before tax is none of the metrics: read so that its figure is not taken for net profit
    (r"\b(?:pre-?tax|before[- ]tax)\s+(?:profits?|income|earnings|losse?s?)\b|"
     r"\b(?:profits?|income|earnings)\s+before\s+tax(?:es|ation)?\b", "pretax"),
    (r"\b(?:operating|trading)\s+(?:profits?|income)\b|\bEBIT\b(?!\s+margin)|"
     r"\bearnings\s+before\s+interest\s+and\s+tax(?:es|ation)?\b", "operating_profit"),
    (r"\bgross\s+profits?\b", "gross_profit"),
    (r"\b(?:gross|operating|net|profit|EBIT)\s+margins?\b", "margin"),
    # ("non-profit funds", "its biggest weekly loss": no company's results)
    (r"\b(?:net\s+(?:profits?|income|earnings)|(?<!non-)(?<!non\s)(?<!not-for-)profits?|net\s+loss|"
     # ("loan loss provisions": a charge set aside, no result)
     r"(?<!weekly\s)(?<!daily\s)(?<!monthly\s)(?<!session\s)(?<!one-day\s)(?<!impairment\s)(?<!loan\s)loss(?!\s+provisions?\b)|"
     # "big full-year losses of £10.5 million": a period's losses
     r"(?<=full-year\s)losses|(?<=annual\s)losses|(?<=quarterly\s)losses|(?<=half-year\s)losses|(?<=first-half\s)losses)\b",
     "net_profit"),
    # "earned 8.21 dlrs a share", "earned 12.3 mln dlrs": a profit ("a share" makes it EPS)
    (r"\bearned\b", "net_profit"),
    # ("retained earnings": the balance kept over the years, no period's result)
    (r"\b(?<!retained\s)(?:earnings|eps)\b", "eps"),
    # ("revenue passenger miles": an airline's traffic, no revenue)
    (r"\b(?:net\s+)?(?:revenues?|(?<!share\s)(?<!asset\s)(?<!stake\s)sales)\b(?!\s+(?:passenger|ton|tonne)[\s-])", "revenue"),
    (r"\b(?<!share\s)(?<!market\s)turnover\b", "turnover"),
    # (not "preferred dividends", "policyholders' dividends": paid to others than the common shareholders)
    (r"\b(?<!preferred\s)(?<!preference\s)(?<!policyholders'\s)(?<!policyholders’\s)dividends?\b", "dividend"),
    (r"\b(?:monthly|daily)?\s*(?:active\s+)?users\b", "users"),
    (r"\bsubscribers\b", "subscribers"),
    (r"\b(?:new\s+)?orders\b", "orders"),
])
# the words each row of _METRICS cannot match without
_METRIC_NEEDS = (("ebitda",), ("tax",), ("operating", "trading", "ebit", "interest"), ("gross",), ("margin",),
                 ("profit", "income", "earnings", "loss"), ("earned",), ("earnings", "eps"), ("revenue", "sales"), ("turnover",), ("dividend",), ("users",), ("subscribers",), ("orders",))
_COUNT_METRICS = ("users", "subscribers", "orders")
_MINOR_UNIT = re.compile(r"\d\s*(?:cents?|cts|c|p|pence|pfennigs?|centimes)\b")
# after an earlier figure, the past it is of: "in 1986", "a year earlier", "last year"
_PAST_AFTER = re.compile(r"\s*(?:a\s+share\s+|per\s+share\s+)?(?:,\s*or\s+[^,;]{1,30},)?,?\s*"
                         r"(?:(?:earned|reported|posted|made|recorded)\s+)?(?:(?:in|for)\s+(?:fiscal\s+)?(?:19|20)\d\d\b|"
                         r"(?:a|one)\s+year\s+(?:earlier|ago|before)|last\s+year|in\s+the\s+(?:year-earlier|previous|prior)\b)")
_PAST_LEAD = re.compile(r"\b(?:from|against|versus|vs\.?|compared\s+with|than)\s+(?:the\s+)?$")
# ("after a restated 756 mln loss", European wire copy's earlier figure)
_PRIOR_BEFORE = re.compile(r"\b(?:from|against|versus|vs\.?|compared\s+with|after)\s+(?:an?\s+)?(?:restated\s+|revised\s+|adjusted\s+)?$")
_DAY_BEFORE = re.compile(r"\b" + dates._MONTH_RE + r"\s+$")
_RANGE_AFTER = re.compile(r"\s*(?:to|-|–|and)\s*")
_ANALYST = re.compile(r"\b(?:analysts?|consensus|Wall\s+Street|polled|Estimize|FactSet|Refinitiv|Thomson\s+Reuters|LSEG|"
                      r"Bloomberg\s+(?:survey|consensus)|Zacks|S&P\s+Global|Visible\s+Alpha)\b", re.I)
_COMPARE_AFTER = re.compile(r"\b(?:ahead\s+of|above|below|beating|beat|missing|missed|than|versus|compared\s+with|topping)\s+"
                            r"(?:the\s+)?(?:analysts?['’]?|consensus|Wall\s+Street)", re.I)
# ("estimates" as the company's verb, not analysts' noun: "came in just shy of gross margin estimates", "beat
# estimates", "the consensus estimates")
_GUIDE = re.compile(r"\b(?:guidance|outlook|sees|projects?|predicted\s+range|"
                    r"(?<!\bmargin\s)(?<!\brevenue\s)(?<!\bearnings\s)(?<!\bprofit\s)(?<!\bsales\s)(?<!\bconsensus\s)"
                    r"(?<!\bof\s)(?<!\bthe\s)(?<!\bbeat\s)(?<!\bmissed\s)(?<!\btopped\s)(?<!\bStreet\s)estimates|"
                    r"expects|forecasts?|targets?|"
                    r"guided|guides|guiding|looks?\s+for|anticipates?)\b", re.I)
# "the 1.45 trillion yen consensus", "a $3.2 billion estimate": an estimate named after its figure
_ESTIMATE_AFTER = re.compile(r"\s+(?:analysts['’]?\s+|market\s+|average\s+|mean\s+|median\s+)?(?:consensus|estimates?|expectations?)\b|"
                             r"(?:\s+a\s+share|\s+per\s+share)?,?\s+(?:expected|estimated|forecast)\b(?!\s+(?:to|that))|"
                             # "well below the 126 billion yen analysts had expected"
                             r"(?:\s+a\s+share|\s+per\s+share)?\s+(?:that\s+)?(?:analysts|economists|the\s+market|investors)\s+"
                             r"(?:had\s+|have\s+)?(?:expected|forecast|estimated|predicted|projected|anticipated)\b", re.I)
_SOURCES = frozenset("factset estimize refinitiv thomson reuters bloomberg lseg zacks reuters".split())
# "fell 20.1% sequentially to Rs 6,374 crore", "fell four percent year-on-year in the third
# quarter to 6.5 billion euros": the amount the change reached, a few plain words on
_TO_AMOUNT = re.compile(r"\s*,?\s*(?:[A-Za-z][\w-]*\s+){0,6}?to\s*")
# "a 25% rise in full-year operating profits to £2.5 billion"
_CHANGE_IN_TO = re.compile(r"\s+(?:drop|fall|decline|plunge|rise|increase|jump|gain)\s+in\s+[\w\s-]{1,30}?\s+to\s+", re.I)
# a clause about the share price: "sending shares down", "its shares rose", "the stock fell"
_SHARE_MOVE = re.compile(r"(?<!per\s)(?<!a\s)\b(?:shares?|stock|share\s+price)\s+(?:(?:were|was|are|is)\s+)?(?:(?:up|down|higher|lower)\b|"
                         r"(?:rose|fell|gained|lost|jumped|dropped|climbed|slid|slumped|surged|tumbled|sank|soared|"
                         r"rallied|added|shed)\b)", re.I)
# a sentence about trading, whose "turnover" is the market's
_MARKET_WORDS = re.compile(r"\b(?:shares|stocks?|exchange|bourse|market|traded|trading|volume|lots|contracts|board)\b", re.I)
# a company's results told just before: a "turnover" after them is the company's (in a
# report that moves no index: a market report's turnover is the market's)
_RESULTS_BEFORE = re.compile(r"\b(?:pre-?tax|net\s+(?:profits?|income|loss)|operating\s+profits?|"
                             r"earnings\s+per\s+share|results)\b", re.I)
# the metric after an amount: "a 73.38 mln dlr profit", "a 60 mln franc loss"
_METRIC_AFTER = re.compile(r"\s+(?:(?:net|after-tax)\s+|(operating|trading|gross|pre-?tax)\s+)?(?:profit|loss|income)\b", re.I)
# "the Apple Inc. supplier", "a Samsung affiliate": a name that qualifies the company's role
_RELATION_AFTER = re.compile(r"\.?>?(?:\s+(?:Co|Corp|Inc|Ltd|Plc|PLC|AG|SA|NV|Group|Holdings?)\b\.?)*(?:\s*<[A-Z][A-Z0-9.]*>)?\s+(?:supplier|customer|client|unit|subsidiary|affiliate|parent|owner|rival|"
                             r"competitor|partner|arm|division|spin-?off|contractor|vendor|licensee)s?\b")
# the words before a prior period's figure, and before a figure that restates the one before it
_PRIOR_WORDS = re.compile(r"\b(?:from|against|versus|vs\.?|compared\s+(?:with|to))\s+(?:the\s+)?"
                          r"(?:(?:year-earlier|year-ago|prior-year|previous\s+year['’]s|last\s+year['’]s)\s+)?$", re.I)
_OR_BEFORE = re.compile(r",?\s+or\s+$")
_AND_NEXT = re.compile(r"(?:\s+a\s+share|\s+per\s+share)?[^.;\d]{0,40}\band\s+(?:about\s+)?")
_EARNED_NOT_PROFIT = re.compile(r"\s+(?:pre-?tax|before\s+tax|from|through|in\s+(?:fees|commissions|interest|royalties))\b", re.I)
_OF_COMPANY = re.compile(r"\s+(?:at|of|for|from)\s+(?:the\s+)?")
_COMPANY_END = re.compile(r"\b(?:Inc|Corp|Corporation|Co|Company|Ltd|Limited|Plc|PLC|AG|SA|NV|Group|Holdings|Industries|"
                          r"Bank|Motors?|Technologies|Systems|International)\.?$")
_PRODUCT_AFTER = re.compile(r"\s+(?:products?|brands?|drugs?|models?|devices?|phones?|cars?|units?|division|segment)\b")
_PER_SHARE = re.compile(r"\s*(?:a|per)\s+(?:diluted\s+)?share|\s+each\b", re.I)


# a company's own words before a name an indicator has too: "Montgomery Ward and Co's retail sales"
_OWNED_BEFORE = re.compile(r"(?:['’]s|\b(?:its|their))\s+(?:[\w-]+\s+){0,2}\Z")


def _in_aside_before_verb(text: str, s: int, mpos: int, q: Quantity, cues: list[Any]) -> bool:
    """The metric stands in an aside between commas, and the figure follows
    the verb after it: the verb and its figure are the sentence subject's
    ("Zeta Bank, due to report its dividend later today, fell 9 marks")."""
    verb = next((c for c in cues if c.kind == "verb" and mpos < c.start and c.end <= q.start
                 and not text[c.end:q.start].strip()), None)
    if verb is None or not _TO_COMMA.fullmatch(text, mpos, verb.start):
        return False
    before = text[max(s, mpos - 120):mpos]
    return "," in before and ";" not in before and ":" not in before


_TO_COMMA = re.compile(r"[^,;:]*,\s*")


def _financials(ctx: EventContext, s: int, e: int, ents: Sequence[EntityMention], qs: list[Quantity], cues: list[Any],
                company: Callable[[], Entity | None]) -> None:
    """Figure by figure: a money amount takes the metric named nearest before
    it in its clause ("revenue of $717 million"), "a share" makes it EPS, a
    count takes the metric after it ("319 million monthly active users")."""
    text = ctx.text
    low = ctx.aligned_low()
    metrics = labelled_spans(_METRICS, text, s, e, _METRIC_NEEDS, low)
    if metrics:
        # a metric's word inside an indicator's name is the economy's ("British retail sales volumes rose 2.9%,
        # the ONS said", "corporate earnings", "factory orders"), no company's result
        named = [n for n in indicator_names(ctx, s, e)
                 if not _OWNED_BEFORE.search(text, max(s, n[0] - 30), n[0])  # (not "its early March retail sales",
                 and not _A_COMPANYS.match(text, n[1])]  # "retail sales of its SUV models")
        if named:
            metrics = [x for x in metrics if not any(a <= x[0] < b for a, b, _ in named)]
    carried = ctx.last_metric if ctx.last_metric and ctx.last_metric[0] >= s - 400 else None
    if not metrics and carried is None:
        return
    subject: Entity | None = None  # whom the figures are about: found at the first figure with a metric
    figures = [q for q in qs if q.kind in ("money", "number", "pct")]
    sp = _SHARE_MOVE.search(text, s, e)
    if sp is not None and not any(a >= sp.start() for a, _, _ in metrics):
        # "..., sending shares down 7.6p to 299.9p": the figures after are the share price's, not results
        figures = [q for q in figures if q.start < sp.start()]
    used: set[int] = set()
    given: dict[int, str] = {}  # the metric each figure was read as
    prior: set[int] = set()  # the figures of an earlier period ("from 40.3 mln dlrs", "compared with ..., or 38 cts")
    made = 0
    for i, q in enumerate(figures):
        if id(q) in used:
            continue
        if q.kind == "money" and i > 0 and _is_conversion(text, figures[i - 1], q):
            used.add(id(q))
            continue
        metric, mpos = _metric_for(text, s, q, metrics, carried)
        if metric is not None and 0 <= mpos < q.start and _in_aside_before_verb(text, s, mpos, q, cues):
            used.add(id(q))
            continue  # "Zeta Bank, due to report its dividend today, fell 9 marks to 356": the stock's move
        if metric == "pretax" or (metric == "turnover" and (
                _MARKET_WORDS.search(text, s, e) or not _RESULTS_BEFORE.search(text, max(0, s - 400), s)
                or any(m.subject.type in ("index", "market") for m in ctx.moves))):
            used.add(id(q))
            continue  # a profit before tax; a market's turnover
        if metric == "turnover":
            metric = "revenue"  # a company's turnover is its revenue (British usage)
        nx = figures[i + 1] if i + 1 < len(figures) else None
        if q.kind == "money" and nx is not None and nx.kind == "money" and _RANGE_AFTER.fullmatch(text[q.end:nx.start]) \
                and _PER_SHARE.match(text[nx.end:nx.end + 20]):
            metric, mpos = "eps", q.start
        prev_q = next((x for x in reversed(figures[:i]) if x.kind == "money"), None)
        if q.kind == "money" and prev_q is not None and q.value and prev_q.value:
            ratio, was = abs(q.value / prev_q.value), given.get(id(prev_q))
            if was == "eps" and 0.1 <= ratio <= 10 and (
                    # "8.21 dlrs a share, up from 7.10 dlrs": the prior EPS
                    _PRIOR_WORDS.search(text, max(s, q.start - 20), q.start)
                    # "1.19 dlrs per share for the year, and 2.58 dlrs in the quarter"
                    or (_AND_NEXT.fullmatch(text[prev_q.end:q.start])
                        and not any(prev_q.end <= a < q.start for a, _, _ in metrics))):
                metric, mpos = "eps", q.start
            elif was == "net_profit" and ratio < 1e-3 and _OR_BEFORE.search(text, max(s, q.start - 8), q.start):
                metric, mpos = "eps", q.start  # "compared with 10.1 mln dlrs, or 38 cts": that profit a share
        if metric is None:
            continue
        if metric == "net_profit" and text.startswith("earned", mpos) and _EARNED_NOT_PROFIT.match(text, q.end):
            continue  # "earned 5.4 mln dlrs pretax", "earned 154 mln dlrs from exports": no net profit
        if q.kind == "money" and (mpos < 0 or mpos < q.start) and (
                _ITEM_AFTER.match(text, q.end) or _CHANGE_OF_BEFORE.search(text, max(s, q.start - 30), q.start)):
            # "net income of 64.6 mln dlrs, after a 175.2 mln dlr pretax gain from the sale ... for 260 mln dlrs in
            # cash": an item or a price told beside the result; "an increase of five cts": the change, not the figure
            used.add(id(q))
            continue
        given[id(q)] = metric
        if subject is None:
            subject = _fin_subject(ctx, s, e, ents, metrics, company)
            if subject is None:
                return
            home = _home_dollar(subject)
            if home is not None:
                # "British Petroleum Co of Australia Ltd reported a 16.15 mln dlr net loss" in a report the
                # text places in London: a company's bare dollars are its own country's
                figures[i:] = [_in_dollars(text, x, home) for x in figures[i:]]
                q = figures[i]
        if q.kind == "pct" and metric == "margin":
            _margin(ctx, subject, q, figures[i + 1:i + 3], used, mpos, s, e)
            continue
        if q.kind == "pct":
            d = _direction_near(cues, q, text)
            if d == 0 or _PCT_OF_NOUN.match(text, q.end):
                continue  # ("set a 50 pct capital cut", "took a 10 pct stake": the size of something else)
            ev_value: Any = None
            change: float | None = q.value * d
            # the same statement may give the amount: "grew 35.5 per cent to 6.87 billion yuan"
            amt = next((x for x in figures[i + 1:i + 3] if (x.kind == "money" or (
                x.kind == "number" and metric in _COUNT_METRICS)) and id(x) not in used
                        and _TO_AMOUNT.fullmatch(text, q.end, x.start)), None)
            if amt is None:
                amt = next((x for x in figures[i + 1:i + 3] if x.kind == "money" and id(x) not in used and
                            _CHANGE_IN_TO.fullmatch(text, q.end, x.start)), None)
            if amt is not None:
                # "users rose 15% to 319 million": a count is a number, not money
                ev_value = Money(amt.value, amt.currency) if amt.kind == "money" else amt.value
                used.add(id(amt))
            status = _fin_status(text, s, q.start, mpos, q.end)
            _add_fin(ctx, subject, metric, ev_value, change, status, mpos, q.end, text, s, e)
            used.add(id(q))
            made += 1
            continue
        if q.kind == "number" and nx is not None and nx.kind == "money" and nx.value > 0 and q.value > 0 \
                and 0.5 <= nx.value / q.value <= 2 and _RANGE_AFTER.fullmatch(text[q.end:nx.start]) \
                and not re.search(r"\bfrom\s+$", text[max(s, q.start - 6):q.start]):
            # "between 27.2 billion and 27.8 billion euros": the low end in the high end's currency
            q = Quantity("money", q.value, q.start, q.end, currency=nx.currency, rule=q.rule + ".range",
                         decimals=q.decimals)
        elif q.kind == "number" and metric not in _COUNT_METRICS:
            # "to 33 francs a share from 38", "to 666.6 mln francs from 592.9 mln": the prior
            # period's figure, in the currency of the one before it and of its order of magnitude
            prev = figures[i - 1] if i > 0 else None
            if prev is None or prev.kind != "money" or not prev.currency or prev.value <= 0 or q.value <= 0 \
                    or id(prev) not in used or not _PRIOR_BEFORE.search(text, max(s, q.start - 28), q.start):
                continue
            # a prior in the minor unit of the figure before it ("to 33 cents a share from 38")
            amount = q.value / 100 if _MINOR_UNIT.search(text, prev.start, prev.end) else q.value
            if not 0.1 <= amount / prev.value <= 10:
                continue
            q = Quantity("money", amount, q.start, q.end, currency=prev.currency, rule=q.rule + ".prior",
                         decimals=q.decimals)
        if q.kind == "money" and metric in _COUNT_METRICS:
            continue
        if q.kind == "number" and (_DAY_BEFORE.search(text, max(s, q.start - 12), q.start)
                                   or DURATION_AFTER.match(text, q.end)):
            continue  # "subscribers through March 31", "orders within 30 days": a date or a span, not a count
        status = _fin_status(text, s, q.start, mpos, q.end)
        if re.search(r"\bfrom\s+$", text[max(s, q.start - 6):q.start]) and metric != "eps" and status != "guidance":
            status = "actual"  # "to $5 billion from $4 billion": the prior period (a raised forecast's prior stays guidance)
        elif status == "guidance" and (_PAST_LEAD.search(text, max(s, q.start - 20), q.start) or (
                # (", or 82 cts a share, earned a year earlier": the per-share figure of that past profit)
                i > 0 and re.search(r",\s*or\s+$", text[max(s, q.start - 6):q.start])
                and _PAST_LEAD.search(text, max(s, figures[i - 1].start - 20), figures[i - 1].start))) and \
                _PAST_AFTER.match(text, q.end):
            status = "actual"  # "expects 1987 earnings of 2.50 dlrs, up from 2.10 dlrs in 1986": what it earned
        value: Any
        nxt = figures[i + 1] if i + 1 < len(figures) else None
        if nxt is not None and nxt.kind == q.kind and _RANGE_AFTER.fullmatch(text[q.end:nxt.start]) and \
                q.kind == "money" and _CHANGE_BEFORE.search(text, max(s, q.start - 12), q.start):
            continue  # "sales fell 205.7 mln dlrs to 2.01 billion dlrs": the change, then the figure itself
        if nxt is not None and nxt.kind == q.kind and _RANGE_AFTER.fullmatch(text[q.end:nxt.start]) and \
                (q.kind == "number" or nxt.currency == q.currency):
            value = {"amount": None, "low": q.value, "high": nxt.value, "currency": q.currency}
            used.update((id(q), id(nxt)))
            last = nxt
        else:
            value = Money(q.value, q.currency) if q.kind == "money" else q.value
            used.add(id(q))
            last = q
        if mpos == q.start and metric in ("net_profit", "operating_profit", "gross_profit"):
            # "a 16.15 mln dlr net loss": the metric, and whether it is a loss, stand after the amount
            after = _METRIC_AFTER.match(text, last.end)
            loss = after is not None and after.group(0).lower().endswith("loss")
        else:
            lo = max(s, mpos if mpos >= 0 else s)
            if metric == "eps" and mpos == q.start:
                lo = max(s, q.start - 70)  # "a loss of $63 million, or 10 cents a share"
            loss = bool(re.search(r"\bloss(?:es)?\s+(?:of\s+)?(?:about\s+|some\s+)?$|\bloss\b(?:[^.;]|\.(?=\d)){0,60}$",
                                  text[lo:q.start], re.I)) and metric in ("net_profit", "eps")
        if loss:
            value = _neg(value)
        change = None
        pc = next((x for x in figures[i + 1:i + 4] if x.kind == "pct" and id(x) not in used and
                   re.match(r"(?:\s+(?:[\w-]+\s+){0,3}(?:users|subscribers|orders))?"
                            r"(?:\s+(?:for|in)\s+the\s+(?:[\w-]+\s+){0,3}?(?:quarter|half|year|period|months))?[\s,]*(?:up|down|a\s+[\w-]+\s+(?:decrease|increase|drop|rise|gain|fall)\s+of|an?\s+(?:decrease|increase|drop|rise|gain|fall)\s+of)\s*$",
                            text[last.end:x.start], re.I)), None)
        if pc is not None:
            d = _direction_near(cues, pc, text)
            if re.search(r"decrease|drop|fall|down", text[last.end:pc.start], re.I):
                d = -1
            elif d == 0:
                d = 1
            change = pc.value * d
            used.add(id(pc))
        if _PRIOR_WORDS.search(text, max(s, q.start - 20), q.start) or q.rule.endswith(".prior") or (
                prev_q is not None and id(prev_q) in prior and _OR_BEFORE.search(text, max(s, q.start - 8), q.start)):
            prior.add(id(q))
        _add_fin(ctx, subject, metric, value, change, status, mpos, last.end, text, s, e,
                 prior=id(q) in prior and status == "actual")
        made += 1
    if metrics and made:
        ctx.last_metric = (metrics[-1][0], metrics[-1][2])


# a margin's reading: "lifted the operating margin to 2.7 percent", "a margin of 21.1%", "margin was 20.1%"
_MARGIN_LEAD = re.compile(r"\b(?:to|at|of|was|were|is|stood\s+at|came\s+in\s+at)\s+(?:a\s+|about\s+)?$", re.I)
# a range's low bound without its unit before the high one: "of 17 to 19 percent", "between 17 and 19%"
_BARE_LOW = re.compile(r"\b(?:of|between|at)\s+(?P<low>\d+(?:\.\d+)?)\s*(?:-|–|to|and)\s*\Z")
# the same margin a year before: "against 1.2 percent a year earlier", "from 21.1% a year ago"
_MARGIN_PRIOR = re.compile(r"(?:,\s*)?\b(?:against|from|versus|vs\.?|compared\s+with)\s+(?:a\s+|about\s+)?$", re.I)
_YEAR_EARLIER = re.compile(r"\s+(?:a\s+year\s+(?:earlier|ago|before)|in\s+the\s+year-ago\s+(?:quarter|period))\b")


def _margin(ctx: EventContext, subject: Entity, q: Quantity, after: list[Quantity], used: set[int], mpos: int,
            s: int, e: int) -> None:
    """A margin is a level in per cent: its reading, and the year-earlier one where the text gives it;
    a range of it ("between 20% and 22%") is read as a range."""
    text = ctx.text
    used.add(id(q))
    nxt = after[0] if after else None
    if nxt is not None and nxt.kind == "pct" and _RANGE_AFTER.fullmatch(text[q.end:nxt.start]):
        used.add(id(nxt))
        value: Any = {"amount": None, "low": q.value, "high": nxt.value, "currency": None}
        _add_fin(ctx, subject, "margin", value, None, _fin_status(text, s, q.start, mpos, nxt.end), mpos, nxt.end,
                 text, s, e)
        return
    low = _BARE_LOW.search(text, max(s, q.start - 30), q.start)
    if low is not None and q.kind == "pct" and float(low.group("low")) < q.value:
        # "an operating margin of 17 to 19 percent": the low bound written without its unit
        value = {"amount": None, "low": float(low.group("low")), "high": q.value, "currency": None}
        _add_fin(ctx, subject, "margin", value, None, _fin_status(text, s, low.start(), mpos, q.end), mpos, q.end,
                 text, s, e)
        return
    if not _MARGIN_LEAD.search(text, max(s, q.start - 14), q.start):
        return  # "margins rose 2%": a change of a margin, in per cent of itself, is no reading
    status = _fin_status(text, s, q.start, mpos, q.end)
    _add_fin(ctx, subject, "margin", q.value, None, status, mpos, q.end, text, s, e)
    if nxt is not None and nxt.kind == "pct" and _MARGIN_PRIOR.search(text, max(q.end, nxt.start - 16), nxt.start) \
            and _YEAR_EARLIER.match(text, nxt.end):
        used.add(id(nxt))
        ev = ctx.events[-1]
        period = ev.get("period")
        prior = _prior_year(str(period)) if period else None
        ctx.events.append(_event("financials", nxt.start, nxt.end, "financials.margin_prior",
                                 **dict(ev.fields, value=nxt.value, period=prior, status="actual")))


def _prior_year(period: str) -> str | None:
    """The same period a year before: "FY2008-Q2" -> "FY2007-Q2", "2024-H1" -> "2023-H1"."""
    m = re.fullmatch(r"(FY)?(\d{4})(.*)", period)
    return f"{m.group(1) or ''}{int(m.group(2)) - 1}{m.group(3)}" if m else None


def _is_conversion(text: str, prev: Quantity, q: Quantity) -> bool:
    """"A$648.4 million ($464 million)", "4.4 trillion won ($3.9 billion)": an
    amount in brackets right after one in another currency restates it."""
    return prev.kind == "money" and prev.currency != q.currency and \
        re.fullmatch(r"\s*\(\s*(?:about|around|roughly|some|or\s+)?", text[prev.end:q.start]) is not None


def _neg(value: Any) -> Any:
    if isinstance(value, Money) and value.amount is not None:
        return Money(-abs(value.amount), value.currency)
    if isinstance(value, dict):
        return {**value, "low": -abs(value["low"]), "high": -abs(value["high"])}
    return value


# a clause after a metric that opens with a name of its own: its figures are that name's
_CLAUSE_OPEN = r"(?:;\s*|,?\s+(?:while|whereas|but)\s+)"
_NEW_SUBJECT_CLAUSE = re.compile(_CLAUSE_OPEN + r"(?:the\s+)?(?:[a-z][\w-]*\s+){0,3}(?:[A-Z]|\d+[A-Z])[\w&.-]*")
_NAME_MOVED = re.compile(_CLAUSE_OPEN + r"(?:[A-Z][\w&.'’-]*\s+){1,4}(?:shares\s+)?"
                         r"(?:rose|fell|added|gained|lost|jumped|climbed|dropped|slipped|declined|advanced|slid|tumbled|"
                         r"surged|eased|rallied|sank|shed)\s+(?:by\s+|about\s+|nearly\s+|almost\s+)?")
# "rose $1 million to $5 million", "up 96p to £11.25": a change and the level it reached, not a range
_CHANGE_BEFORE = re.compile(r"\b(?:up|down|higher|lower|ahead|off|rose|fell|gained|lost|added|shed|climbed|dropped|jumped|"
                            r"slipped|increased|decreased|declined)\s+(?:by\s+)?$")
# the company's price named between a metric and a figure
_PRICE_BETWEEN = re.compile(r"\b(?:share|stock)\s+price\b|\b(?:its|their|the\s+company['’]s)\s+(?:shares|stock)\s+(?:rose|fell|jumped|"
                            r"climbed|dropped|slid|gained|lost|tumbled|surged|were|was|closed|ended|up|down)\b")
# a change of the company's price named by a noun: "a 9% rise in its share price", "a 4 pct drop in Zeta shares"
_PRICE_NOUN_AFTER = re.compile(r"\s+(?:drop|fall|decline|plunge|rise|increase|jump|gain|slump|surge|slide|climb|rally)\s+in\s+"
                               r"(?:its\s+|their\s+|the\s+(?:company|group|firm|bank)['’]s\s+|the\s+|"
                               r"(?:[A-Z][\w&.-]*\s+){1,4}|(?:[A-Z][\w&.-]*\s+){0,3}[A-Z][\w&.-]*['’]s?\s+)?"
                               r"(?:share\s+price|shares|stock(?:\s+price)?|ADRs|ADSs)\b")
_PRICE_AFTER = re.compile(r"\s+(?:at|to)\s+(?:[A-Z]{0,3}[$€£¥]|Rs\.?\s?)\d")


def _metric_for(text: str, s: int, q: Quantity, metrics: list[tuple[int, int, str]],
                carried: tuple[int, str] | None) -> tuple[str | None, int]:
    after = text[q.end:q.end + 40]
    if q.kind == "money" and _PER_SHARE.match(after):
        near_div = any(name == "dividend" and abs(a - q.start) < 60 for a, _, name in metrics)
        return ("dividend" if near_div else "eps"), q.start
    if q.kind == "money" and re.search(r"\ban?\s+$", text[max(s, q.start - 4):q.start]):
        m = _METRIC_AFTER.match(after)
        if m:  # "a 16.15 mln dlr net loss", "a 60 mln franc trading profit"
            kind = (m.group(1) or "").lower()
            return ("operating_profit" if kind in ("operating", "trading") else
                    "gross_profit" if kind == "gross" else "pretax" if kind else "net_profit"), q.start
    if q.kind == "number":
        m = re.match(r"\s*(?:\w+\s+){0,3}?(users|subscribers|orders)\b", after, re.I)
        if m:
            return m.group(1).lower(), q.start
    if q.kind == "pct" and _PRICE_NOUN_AFTER.match(after):
        return None, -1  # "sparking a 9% rise in its share price": a price, not a result
    if q.kind == "pct":
        # "a 62 per cent drop in revenue to S$13.6 million": the metric after a change
        m = re.match(r"\s+(?:drop|fall|decline|plunge|rise|increase|jump|gain|slump|surge)\s+in\s+", after, re.I)
        if m:
            for a, _, name in metrics:
                if q.end <= a <= q.end + 30:
                    return name, a
    # the nearest metric named before the figure, within its clause
    best = None
    priced = False
    for a, b, name in metrics:
        if b <= q.start and name != "dividend" and _PRICE_BETWEEN.search(text, b, q.start):
            best, priced = None, True  # "profit rose 25%, sparking a 9% rise in its share price, up 96p": the price's
            continue
        if b <= q.start and not _CLAUSE.search(text, b, q.start) or (b <= q.start and re.search(
                r"\b(?:analysts?|Wall\s+Street)\b[^.;]{0,30}$", text[b:q.start])):
            best = (name, a)
    if best is None and priced:
        return None, -1
    if best is None:
        prev = [(a, b, name) for a, b, name in metrics if b <= q.start]
        nc = _NEW_SUBJECT_CLAUSE.search(text, prev[-1][1], q.start) if prev and q.kind in ("pct", "money") else None
        if nc is not None and (
                (_PRICE_AFTER.match(text, q.end) if q.kind == "pct" else re.search(r"\b(?:at|to)\s+$", text[max(s, q.start - 4):q.start]))
                or (q.kind == "pct" and _NAME_MOVED.fullmatch(text, nc.start(), q.start))):
            # ("..., while Lloyds Banking Group added 1.1 percent": a name and a verb of its price)
            # "its revenue missed expectations, while manufacturer 3M was down 3.8 percent at $149.50": a price,
            # 3M's move (but "Honda's sales rose 96 pct while Nissan was up 35.9 pct": the same metric, Nissan's)
            return None, -1
        if prev and q.kind in ("money", "pct"):
            return prev[-1][2], prev[-1][0]
        if carried is not None and not metrics and q.kind == "money" and \
                re.search(r"\b(?:estimate|consensus|forecast|expected)\b", text[s:q.start], re.I):
            return carried[1], carried[0]
        if q.kind == "money" and re.search(r"\bcents?\b", text[q.start:q.end]) and \
                re.search(r"\b(?:posted|reported|earned)\s+$", text[max(s, q.start - 12):q.start]):
            return "eps", q.start
        return None, -1
    return best


# "against estimates of 10.3 trillion won", "(Bloomberg estimate: Rs 38,810.6 crore)", "versus the
# consensus of $1.02": the figure right after is others' estimate, whoever gave it
_ESTIMATE_BEFORE = re.compile(r"\b(?:against|versus|vs\.?|compared\s+with|than|beating|beat|missing|missed|topping|above|"
                              r"below|of|from)\s+(?:the\s+|an?\s+)?(?:analysts['’]?\s+|average\s+|market\s+)?"
                              r"(?:estimates?|expectations?|forecasts?|consensus)(?:\s+(?:of|for))?\s*$|"
                              r"\b(?:estimates?|consensus)\s*:\s*$", re.I)


# someone's estimates changed: "cut 1987 earnings estimates", "raised its revenue forecast" is a forecaster's figure
# when no company outlook word comes with it
_REVISED_ESTIMATE = re.compile(r"\b(?:cut|cuts|raised|raises|lowered|lowers|trimmed|boosted|reduced|lifted|revised)\s+"
                               r"(?:his|her|their|the|its\s+(?=(?:\d{4}\s+)?(?:[\w-]+\s+)?estimates?))?\s*(?:\d{4}\s+)?"
                               r"(?:[\w-]+\s+)?estimates?\b", re.I)


def _fin_status(text: str, s: int, pos: int, mpos: int, end: int | None = None) -> str:
    if _ESTIMATE_BEFORE.search(text, max(s, pos - 60), pos):
        return "forecast"
    clause_start = s
    for b in _CLAUSE.finditer(text, s, pos):
        clause_start = b.end()
    window = text[min(clause_start, mpos if mpos >= 0 else clause_start):pos]
    if _ANALYST.search(window) and not _COMPARE_AFTER.search(window):
        return "forecast"
    if re.search(r"\b(?:estimate|forecast|consensus)\b", window, re.I) and re.search(r"\b(?:analysts?|Street|estimate\s+was)\b", text[s:pos], re.I):
        return "forecast"
    if _ESTIMATE_OF.search(text, max(s, pos - 40), pos) and _ANALYST.search(text, s, pos):
        return "forecast"
    if end is not None and _ESTIMATE_AFTER.match(text, end):
        return "forecast"  # "below the 1.45 trillion yen consensus"
    if _REVISED_ESTIMATE.search(window):
        return "forecast"  # "he cut 1987 earnings estimates for the company by 50 cts a share to 7.30 dlrs"
    if _GUIDE.search(text, s, pos) and not _ANALYST.search(text, s, pos):
        return "guidance"
    if mpos >= 0 and _OWN_OUTLOOK.search(text, max(mpos, pos - 40), pos) and not _ANALYST.search(text, s, pos) \
            and re.search(r"\b(?:said|says|told|announced|predicted)\b", text[s:max(s, mpos)]):
        return "guidance"  # "Zeta said operating profit for the year ending March 2025 would rise 10%": its own outlook
    return "actual"


# a modal before the metric's verb and figure: what the company says is to come
_OWN_OUTLOOK = re.compile(r"\b(?:would|will|should|(?:is|are)\s+(?:expected|likely|set)\s+to)\s+(?:\w+\s+){0,2}\Z")


# "40.3 mln dlrs in 1985": the year a figure is of, right after it
_PER_SHARE_NEAR = re.compile(r"\b(?:per|a)\s+(?:diluted\s+|basic\s+|ordinary\s+)?share\b|\bEPS\b|\bper-share\b", re.I)
# ("56 cts a share in 1986", "a 16.15 mln dlr net loss for 1986": the figure's own year, after its metric's words)
_OWN_YEAR = re.compile(r"\s*(?:a\s+share\s+|per\s+share\s+)?(?:(?:net\s+|pre-?tax\s+|operating\s+|trading\s+)?"
                       r"(?:loss|profit|income|earnings|deficit|surplus)\s+)?,?\s*(?:in|for)\s+((?:19|20)\d\d)\b(?!\s*[-/])")


def _add_fin(ctx: EventContext, subject: Entity, metric: str, value: Any, change: float | None, status: str,
             a: int, b: int, text: str, s: int, e: int, prior: bool = False) -> None:
    """One result. A figure followed by its year ("in 1985") is of that year; a figure of an
    earlier period ("from 40.3 mln", "compared with ...") is of the year before the sentence's."""
    if metric == "eps" and not _PER_SHARE_NEAR.search(text, max(s, a - 40), min(e, b + 40)) and (
            value is None or (isinstance(value, Money) and abs(value.amount or 0) >= 10_000)):
        metric = "net_profit"  # "first quarter earnings were down 16 per cent": earnings, no share's, are the profit
    mname = ("guidance_" + metric) if status == "guidance" and not metric.startswith("guidance_") else metric
    period = _fiscal_period(ctx, text[s:e], ahead=status == "guidance")
    own = _OWN_YEAR.match(text, b, e)
    if own is not None and (period is None or re.fullmatch(r"\d{4}", period)):
        period = own.group(1)
    elif prior and period:
        period = _prior_year(period)
    fields: dict[str, Any] = {"subject": subject, "metric": mname, "period": period,
                              "value": value, "change_pct": change, "status": status}
    ctx.events.append(_event("financials", a if a >= 0 else s, b, "financials." + mname, **fields))


_ESTIMATES_FOR = re.compile(r"\b(?:estimates?|forecasts?|projections?)\s+(?:for|of)\s+(?:the\s+company\s+)?\Z", re.I)


# after an amount, the words of an item beside a result: "a 175.2 mln dlr pretax gain", "260 mln dlrs in cash"
_ITEM_AFTER = re.compile(r"(?:\s+(?:dlrs?|dollars?|stg|marks|yen|francs|euros?|pounds))?\s+(?:(?:pre-?tax|post-?tax|after-?tax|"
                         r"one-time|one-off|extraordinary|special|non-recurring|restructuring)\s+)?(?:gain|gains|charge|charges|"
                         r"writedown|write-down|write-off|provision|provisions|credit)\b|\s+in\s+(?:cash|stock|shares)\b", re.I)
# before an amount, the words of a change: "an increase of five cts", "a cut of 10 cts"
_CHANGE_OF_BEFORE = re.compile(r"\b(?:an?\s+)?(?:increase|rise|decrease|reduction|cut|drop|decline|gain)\s+of\s+\Z", re.I)


def _fin_subject(ctx: EventContext, s: int, e: int, ents: Sequence[EntityMention], metrics: list[tuple[int, int, str]],
                 company: Callable[[], Entity | None]) -> Entity | None:
    text = ctx.text
    first = metrics[0][0] if metrics else e
    if metrics and text.startswith("earned", first):
        # "..., when Tandem earned 27.1 mln dlrs": the verb's own subject, right before it
        near = [x for x in ents if x.end <= first and x.type in ("company", "stock")]
        if near and first - near[-1].end <= 12 and not not_traded(text, near[-1], s) and \
                re.fullmatch(r"\s*(?:<[A-Z0-9.]+>\s*)?(?:said\s+(?:it|they)\s+)?(?:also\s+|had\s+|has\s+)?",
                            text[near[-1].end:first]):
            k = len(near) - 1
            while k > 0 and near[k].start - near[k - 1].end <= 1:
                k -= 1  # a name cut in two ("Caesars" "World"): its first part, as below
            return _ent(near[k], text)
    # "cut his 1987 earnings estimates for General Motors": the company estimates are for, not the analyst's firm
    est_for = next((x for x in ents if x.start >= first and x.type in ("company", "stock")
                    and _ESTIMATES_FOR.search(text, max(s, x.start - 30), x.start)), None)
    if est_for is not None:
        return _ent(est_for, text)
    if not re.search(r"[A-Z]", text[s + 1:first]) and not text[s:s + 1].isupper():
        ents = []  # no capital before the metric: no name to find there
    related_to = -1
    for x in ents:
        if x.start >= first:
            break
        if x.type == "anaphor":
            break
        if x.type not in ("company", "stock") or x.name.lower().split()[0] in _SOURCES or not_traded(text, x, s) \
                or SECURITY_KIND.fullmatch(x.name) or x.name[:1].islower():
            continue  # (a company's ADRs are no reporter of results; "of Finance Joel Graff": a title's tail, no name)
        if re.search(r"\b(?:according\s+to|from|by|at)\s+(?:the\s+)?$", text[max(s, x.start - 16):x.start], re.I):
            continue
        if x.start < related_to:
            continue  # (the rest of the name of the company the relation is to: "British Petroleum" "Co Plc")
        rel = _RELATION_AFTER.match(text, x.end)
        if rel is not None and re.search(r"\b(?:[Tt]he|an?)\s+$", text[max(s, x.start - 5):x.start]):
            related_to = rel.end()
            continue  # "The Apple Inc. supplier said", "The British Petroleum Co Plc <BP.L> unit": the company is
            # the supplier or the unit, named elsewhere
        if re.search(r"\b(?:town|city|village|province|state)\s+of\s+$|\b(?:based|headquartered)\s+in\s+$",
                     text[max(s, x.start - 20):x.start]):
            continue  # "headquartered in the town of Walldorf": a place the name-shape took for a company
        if re.fullmatch(r"[\s\w-]*", text[x.end:first]) and not text.startswith("earned", first) and not re.search(
                r"\b(?:said|posted|post|reported|report|had|has|sees|expects|estimates|booked|recorded|is|was|raised|lifted|cut|lowered|"
            r"trimmed|boosted|reaffirmed|maintained|kept|issued|gave|logged|delivered|announced|forecast|declared|declares|"
                r"proposed|proposes|recommended|recommends|approved|paid|pays|increased|increases|raises|suspended|omitted|"
                # ("Cardan SA made a net profit of", "incurred a net loss of")
                r"made|makes|suffered|incurred|achieved|showed|returned|swung|turned)\b",
                text[x.end:first]):
            continue  # "Consumer digital safety revenue": a segment, not the company
        return _ent(x, text)
    if metrics:
        # "Revenue at Delta Group climbed", "Net profit of Orbit Holdings fell": the company after its metric
        after = next((x for x in ents if x.start >= metrics[0][1] and x.type in ("company", "stock")
                      and _OF_COMPANY.fullmatch(text, metrics[0][1], x.start)), None)
        # ("sales of Keflex", "sales of Cabbage Patch Kids products": after "of", a product's name too; a
        # listed company or a company's name only)
        if after is not None and not not_traded(text, after, s) and (
                not text[metrics[0][1]:after.start].strip().startswith("of") or after.id
                or _COMPANY_END.search(after.name)) and not _PRODUCT_AFTER.match(text, after.end):
            return _ent(after, text)
    prior = [m for m in ctx.moves if m.span.start < s and m.subject.type in ("stock", "company")
             and not SECURITY_KIND.fullmatch(m.subject.name)]
    if prior:
        return prior[-1].subject
    return company()


# a dollar country named in a company's name: its results are in that dollar
_DOLLAR_COUNTRY = (("Australia", "AUD"), ("Australian", "AUD"), ("Canada", "CAD"), ("Canadian", "CAD"),
                   ("New Zealand", "NZD"), ("Hong Kong", "HKD"), ("Singapore", "SGD"))
_DOLLARS = frozenset(["AUD", "CAD", "NZD", "HKD", "SGD"])
# a bare dollar ("16.15 mln dlr", "$5 million"), not one that names its country ("US$", "U.S. dlrs", "A$")
_BARE_DOLLAR = re.compile(r"(?<![A-Za-z.$])\$|\b(?:dlrs?|dollars?)\b")
_NAMED_DOLLAR = re.compile(r"[A-Za-z]\$|\b(?:U\.?S\.?|American|Australian|Canadian|Hong\s+Kong|Singapore|New\s+Zealand)"
                           r"\s+(?:dlrs?|dollars?)\b")


def _home_dollar(subject: Entity) -> str | None:
    """The dollar a company reports in when it is not the US dollar: its line's currency, else a dollar
    country its name holds ("British Petroleum Co of Australia Ltd"); else None."""
    if subject.id:
        from ..reference import get_reference
        inst = get_reference().instruments.get(subject.id)
        if inst is not None:
            return inst.currency if inst.currency in _DOLLARS else None
    for word, code in _DOLLAR_COUNTRY:
        if re.search(r"\b" + word + r"\b", subject.name):
            return code
    return None


def _in_dollars(text: str, q: Quantity, home: str) -> Quantity:
    """A money figure in bare dollars, in the company's own dollar."""
    if q.kind != "money" or q.currency != "USD":
        return q
    written = text[max(0, q.start - 12):q.end + 8]
    if _NAMED_DOLLAR.search(written) or not _BARE_DOLLAR.search(written) or text[max(0, q.start - 2):q.start].strip() == "(":
        return q  # ("A$648.4 million ($464 million)": the bracket is the amount in US dollars)
    return Quantity("money", q.value, q.start, q.end, currency=home, rule=q.rule + ".home_dollar")


def _fiscal_year_of(report: date | None, n: int) -> str | None:
    """The fiscal year a quarter reported at ``report`` belongs to, named (as companies name it) by the
    calendar year it ends in: the quarter ended about a month before the report, and the year ends
    4 - n quarters after it (a second quarter reported in November 2007 is of the year to March 2008)."""
    if report is None:
        return None
    ends = report.year * 12 + report.month - 1 - 1 + (4 - n) * 3
    return str(ends // 12)


_MONTH_SPAN = re.compile(r"\b(?P<a>" + dates._MONTH_RE + r")\s*(?:-|–|to|through)\s*(?P<b>" + dates._MONTH_RE + r")"
                         r"(?:\s+(?P<y>(?:19|20)\d\d))?\s+(?:period|quarter)\b")
_QUARTER_ENDED = re.compile(r"\bquarter\s+(?:ended|ending|to|through)\s+(?P<mon>" + dates._MONTH_RE + r")(?:\s+\d{1,2}\b)?"
                            r"(?:,?\s+(?P<y>(?:19|20)\d\d))?")
_SPAN_ENDED = re.compile(r"\b(?:(?P<half>six|6)\s+months|(?:fiscal\s+|financial\s+)?year)\s+(?:ended|ending|to|through)\s+"
                         r"(?P<mon>" + dates._MONTH_RE + r")(?:\s+\d{1,2}\b)?(?:,?\s+(?P<y>(?:19|20)\d\d))?")
_FISCAL = re.compile(r"\bfiscal(?:\s+(?P<y>(?:19|20)\d\d))?(?:['’]s)?\s+(?:year\s+)?", re.I)
_FISCAL_YEAR = re.compile(r"\bof\s+(?:its\s+|the\s+)?fiscal\s+(?:year\s+)?(?P<y>(?:19|20)\d\d)\b", re.I)


# "its 1986 net profit", "1987's first-half sales": the year the results are of
# a half told with the month it ended ("the first half ended January 31"): a company's own year, left as it was
_HALF_ENDED = re.compile(r"\bhalf(?:-year)?\s+(?:ended|ending|to)\s+" + dates._MONTH_RE)
# ("1986 net profit", "1986's sales"; not "a profit in 1985 after sales fell": a clause's word between)
_YEAR_OF_METRIC = re.compile(r"\b((?:19|20)\d\d)(?:['’]s)?\s+(?:(?!(?:after|before|when|as|while|and|but|against|from|to|"
                             r"with|compared|versus|vs)\b)[\w-]+\s+){0,2}?(?:net|profits?|earnings|income|revenues?|"
                             r"sales|results|loss|operating|pre-?tax|turnover|dividends?)\b")


# a per cent that measures the noun after it, not the result: "a 50 pct capital cut", "a 10 pct stake"
_PCT_OF_NOUN = re.compile(r"\s+(?:[a-z]+\s+)?(?:cut|stake|holding|interest|discount|premium|reduction|rebate|tariff|duty|"
                          r"levy|royalty)\b")
_IN_YEAR = re.compile(r"\b(?:in|for|of)\s+((?:19|20)\d\d)\b", re.I)
# the words of an earlier period's figure before its year: "after a restated 756 mln loss in 1985"
# (a figure stands between: not "earnings from Mobil's upstream operations in 1986")
_PRIOR_CLAUSE = re.compile(r"\b(?:after|from|against|versus|compared\s+with)\s+[^,;\d]{0,30}\d[^,;]{0,50}\Z")


def _year_told(sent: str) -> str | None:
    """The year a sentence's results are of: the one its metric is named with, else the first year it gives
    that is not an earlier period's ("a net profit of 1.95 billion francs after 1.64 billion in 1985": the
    year after that one)."""
    ym = _YEAR_OF_METRIC.search(sent)
    if ym:
        return ym.group(1)
    later = None
    for m in _IN_YEAR.finditer(sent):
        if _PRIOR_CLAUSE.search(sent, max(0, m.start() - 90), m.start()):
            later = later or str(int(m.group(1)) + 1)
            continue
        return m.group(1)
    return later


def _fiscal_period(ctx: EventContext, sent: str, ahead: bool = False) -> str | None:
    """The period a sentence's results are of. ``ahead``: the company's outlook, so a quarter not yet
    begun is this year's ("sees fourth-quarter revenue" in May), not the last one reported."""
    q = re.search(r"\b(first|second|third|fourth|1st|2nd|3rd|4th|q[1-4])[- ]quarter\b|\bQ([1-4])\b", sent, re.I)
    year = ctx.doc_date.year if ctx.doc_date else None
    ym = _year_told(sent)
    if ym:
        year = int(ym)
    elif re.search(r"\blast\s+year\b|previous\s+year|year-ago", sent) and year:
        year -= 1
    span = _MONTH_SPAN.search(sent)
    if span and ctx.doc_date is not None:
        # "the April-June period", "in January to March": a calendar quarter named by its months
        first = dates.month_iso(span.group("a"), span.group("y"), ctx.doc_date)
        last = dates.MONTHS.get(span.group("b").lower().rstrip("."))
        if first and last and int(first[5:7]) % 3 == 1 and last == int(first[5:7]) + 2:
            return f"{first[:4]}-Q{(last - 1) // 3 + 1}"
    told = _SPAN_ENDED.search(sent)
    if told and ctx.doc_date is not None and (not ahead or told.group("y")):
        # "the six months to December 31", "the fiscal year ended March 31": the months that ended with that one
        end = dates.month_iso(told.group("mon"), told.group("y"), ctx.doc_date)
        if end:
            y, m = int(end[:4]), int(end[5:7])
            if told.group("half"):
                if m in (6, 12):
                    return f"{y}-H{m // 6}"
                k = y * 12 + m - 1 - 5
                return f"{k // 12:04d}-{k % 12 + 1:02d}/{end}"
            return str(y) if m == 12 else f"FY{y}"
    ended = _QUARTER_ENDED.search(sent)
    if ended and ctx.doc_date is not None:
        # "the quarter ended March 31": the calendar quarter of that month, the latest one by the report's date
        mon = dates.month_iso(ended.group("mon"), ended.group("y"), ctx.doc_date)
        d = ctx.doc_date
        if mon and ahead and not ended.group("y") and "ending" in ended.group(0) and int(mon[:4]) * 12 + int(mon[5:7]) < d.year * 12 + d.month - 1:
            mon = f"{int(mon[:4]) + 1:04d}{mon[4:]}"  # an outlook "for the quarter ending June 30" in May: the coming one
        if mon:
            return f"{mon[:4]}-Q{(int(mon[5:7]) - 1) // 3 + 1}"
    if q:
        w = (q.group(1) or q.group(2) or "").lower()
        n = {"first": 1, "1st": 1, "q1": 1, "1": 1, "second": 2, "2nd": 2, "q2": 2, "2": 2, "third": 3, "3rd": 3,
             "q3": 3, "3": 3, "fourth": 4, "4th": 4, "q4": 4, "4": 4}.get(w)
        fy = _FISCAL.search(sent, max(0, q.start() - 30), q.start() + 1) or _FISCAL_YEAR.search(sent)
        if n and fy:
            # "fiscal third quarter", "the third quarter of fiscal 2024": the company's own year, named as it
            # names it (without one, the year of the report)
            fyear = fy.group("y") if fy.groupdict().get("y") else _fiscal_year_of(ctx.doc_date, n)
            if fyear:
                return f"FY{fyear}-Q{n}"
        if n and year:
            if ctx.doc_date and n * 3 > ctx.doc_date.month + 1 and not ym and not ahead:
                year -= 1
            return f"{year}-Q{n}"
    for n, half in ((1, r"\bfirst[\s-]+half\b|\bH1\b"), (2, r"\bsecond[\s-]+half\b|\bH2\b")):
        if re.search(half, sent) and year:
            if not ym and not ahead and not _HALF_ENDED.search(sent):
                # "a 16.15 mln dlr net loss for 1986 ... in the first half": a half of the year the article's results
                # are of, when they are a whole year's
                annual = max((str(ev.get("period")) for ev in ctx.events if ev.kind == "financials"
                              and ev.get("status") == "actual" and re.fullmatch(r"\d{4}", str(ev.get("period")))), default=None)
                year = int(annual) if annual else year
            return f"{year}-H{n}"
    if ym:
        return ym
    return None


# a change told right after the figure it is of: "raised its annual dividend to 1,500 won, a 50 percent increase"
# (or "A$1.2 billion for the six months to December 31, up 15% from a year earlier": after the period told)
_CHANGE_OF_IT = re.compile(r"(?:\s+(?:for|in)\s+[^,;.]{3,45})?\s*,\s+(?:(?:a|an)\s+(?:\S+\s+){0,2}?(?:increase|rise|jump|gain|"
                           r"decrease|drop|fall|decline|cut)\b|(?:up|down)\s+\d)", re.I)


def join_stated_change(ctx: EventContext, first: int) -> None:
    """A result's amount and its change told as one ("to 1,500 won, a 50 percent increase") are one event,
    not an amount and a change apart. ``first``: the first event of the sentence."""
    evs = ctx.events
    k = first
    while k + 1 < len(evs):
        a, b = evs[k], evs[k + 1]
        if a.kind == b.kind == "financials" and a.get("value") is not None and a.get("change_pct") is None \
                and b.get("value") is None and b.get("change_pct") is not None \
                and all(a.get(f) == b.get(f) for f in ("metric", "period", "status")) \
                and getattr(a.get("subject"), "name", None) == getattr(b.get("subject"), "name", None) \
                and a.span.end <= b.span.end and _CHANGE_OF_IT.match(ctx.text, a.span.end) is not None:
            fields = dict(a.fields)
            fields["change_pct"] = b.get("change_pct")
            evs[k] = _event("financials", a.span.start, max(a.span.end, b.span.end), a.rule, **fields)
            del evs[k + 1]
            continue
        k += 1

