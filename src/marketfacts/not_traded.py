"""Whether a name or noun phrase is something that trades: an office that
reports figures, a central bank, a part of a company or a metric ("sales",
"exports", "load factor") is not, and a figure after it is no price. The
move reader and the event readers share these tests."""

from __future__ import annotations

import re

from .mention import EntityMention

# the words of what a company or an economy measures, not what trades
_METRIC_WORDS = (
    r"(?:revenues?|sales|profits?|earnings|income|exports|imports|output|shipments|ebitda|eps|users|subscribers|"
    r"orders|margins?|costs?|prices|inflation|cpi|gdp|payrolls|unemployment|jobless|spending|deficit|surplus|"
    r"production|productivity|utili[sz]ation|capacity|workforce|backlog|loadings|popularity|deliveries|volumes?|turnover|assets|"
    r"market\s+share|order\s+book|subscriber\s+base|occupancy|passengers?|readers|customers|headcount|"
    r"ownership|holding(?=\s+(?:in|of)\b)|voting\s+rights|share\s+of|deposits|loans|dividends?|capex|guidance|forecasts?|outlook|"
    r"valuation|market\s+(?:value|cap|capitali[sz]ation)|stake|holdings|bookings|traffic|visitors|demand|supply|"
    r"reserves|debt|wages|rents?|index\s+of\s+(?:consumer|producer)|inventories|stockpiles?|consumption|acreage|"
    r"crops?|harvest|plantings|arrivals|purchases|accounts|tax\s+rate|rate\s+of|employment|investment|usage|"
    r"supplies|stocks\s+(?:fell|rose|were)|values|goods|growth|load\s+factor|completions|starts|(?-i:ASKs?|RPKs?|ASMs?|RPMs?)|"
    r"salaries|P/E|price[- ]to[- ]earnings|price/earnings|"
    r"yields?\s+on\s+(?:its|the)\s+\w+\s+(?:notes|debentures|bonds))")
_METRIC = re.compile(r"\b" + _METRIC_WORDS + r"\b", re.I)

# the subject, an aside between commas, then the verb: a metric inside the aside is not what
# moved ("Zeta Bank, due to report its dividend later today, fell 9 marks")
# ("Zeta bank, due to ...": a common noun may close the name before the aside)
_ASIDE_GAP = re.compile(r"((?:\s+[a-z]+){0,2})\s*,[^,;:]{3,120},\s*(?:(?:once|also|then|later|still|now|earlier)\s+)?")

# a metric of the subject named before it ("Sales of ..."), or after a noun of motion
_METRIC_OF = re.compile(r"\b(?:sales|revenues?|profits?|earnings|income|exports|imports|output|shipments|production|"
                        r"deliveries|orders|deposits|loans|dividends?|spending|investment|costs|volumes?)"
                        r"\s+(?:of|at|by|from|for)\s+(?:the\s+)?$"
                        # "spending on retargeting ads on Facebook": what is spent on it, not its price
                        r"|\bspending\s+on\s+(?:[\w-]+\s+){0,3}(?:on|at|with)\s+(?:the\s+)?$"
                        # "one-month implied volatility in the onshore yuan": a measure of the price, not the price
                        r"|\bvolatility\s+(?:of|in|on|for)\s+(?:the\s+)?(?:[a-z]+shore\s+)?$", re.I)
_METRIC_AFTER_NOUN = re.compile(r"(?:(?:its|their|the|a)\s+)?(?:[\w-]+\s+){0,2}?" + _METRIC.pattern, re.I)
# "X said <a noun phrase> rose": the clause after "said" is about that noun phrase, unless it is
# the company's stock or a pronoun for it
_SAID_CLAUSE = re.compile(r"\b(?:said|says|reported|reports|announced|added)\s+(?:that\s+)?(?!(?:it|they|its\s+(?:shares|stock|"
                          r"share\s+price|ADRs)|their\s+shares|the\s+(?:shares|stock|company|group|firm|bank)|shares|"
                          r"stock|on|in|at|late|earlier|today|tonight|yesterday|last|this|after|before|when|while|"
                          r"as|if|during|the\s+index|the\s+market)\b)[a-z]")
# "X's <a noun phrase> rose": what is X's moved; a price word keeps it X's price
_POSSESSED = re.compile(r"['’]s?\s+((?:[\w.-]+\s+){1,4})(?:(?:has|have|had|was|were|is|are|will|also|now)\s+){0,2}")
_PRICE_WORD = re.compile(r"\b(?:shares?|stocks?|price|prices|ADRs?|ADSs?|GDRs?|units|bonds?|notes|debentures|paper|"
                         r"warrants|securities|index|indices|yields?|futures|contracts?|line|listing|certificates|"
                         r"receipts|equity|equities|currency|dollar|[A-Z][\w&.-]*)\b")
# a part of a company, not its stock: "GM's Buick division was also up, by 11.4 pct"
_PARTS = r"division|unit|subsidiary|arm|plant|factory|brand|segment"
_PART_AFTER = re.compile(r"\s+(?:" + _PARTS + r")\b")
_PART_WORD = re.compile(r"\b(?:" + _PARTS + r"|operations|business)\b")
_SCALED = re.compile(r"\b(?:mln|million|billion|bln|bn|trillion|crore|lakh)\b|\d\s*(?:m|bn)\b", re.I)
# a metric right after a verb is its object: "increased its market share to", "cut the dividend by"
_OBJECT_METRIC = re.compile(r"\s+(?:its|their|his|her|the)\s+(?:[\w-]+\s+){0,3}?(?:" + _METRIC_WORDS +
                            r"|staff|holding|interest)\b", re.I)
# "below average", "above forecasts": the norm a figure is set against
_NORM_AFTER = re.compile(r"\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+)?(?:average|normal|forecasts?|expectations?|"
                         r"targets?|estimates?|consensus|budget|plan)\b", re.I)

# An office that reports figures ("the Commerce Department said", "the
# Bureau of Statistics"), and a metric whose first word looks like a name
# ("Load factor rose"), are not traded things.
_OFFICE = r"(?:Department|Ministry|Bureau|Office|Agency|Administration|Board|Commission|Institute|Association|" \
          r"Council|Federation|Committee|Authority|Statistics)"
_OFFICE_AFTER = re.compile(r"['’]?\s+(?:of\s+)?(?:" + _OFFICE + r"|department|ministry|bureau|office)\b")
_OFFICE_BEFORE = re.compile(r"\b" + _OFFICE + r"\s+(?:of|for)\s+(?:the\s+)?(?:[A-Z][\w&-]*,?\s+(?:and\s+)?){0,3}$")
_OFFICE_IN = re.compile(r"\b" + _OFFICE + r"\b")


# "Zeta's share of voting rights in the company fell": "the company" is a metric's object, not what moved
_ANAPHOR_AFTER_METRIC = re.compile(r"\b(?:share|stake|holding|ownership|interest|voting\s+rights)\s+(?:[\w-]+\s+){0,3}?"
                                   r"(?:in|of)\s+$", re.I)


def _is_authority(name: str) -> bool:
    from .events.authorities import is_authority
    return is_authority(name)


# a rate's level after its name: "its base rate to", "prime lending rates at"
_RATE_BEFORE = re.compile(r"\brates?\s+(?:(?:remains?|remained|stands?|stood|is|was|were|are|unchanged)\s+)?"
                          r"(?:(?:by|of|a|an|half|quarter|point|percentage|\w+\s+point)\s+)*(?:to|at|from|of)\s+$", re.I)


# a statistics office reports the sentence's figures
_OFFICE_SAID = re.compile(r"\b(?:[Dd]epartment|Ministry|ministry|Bureau|Statistics|Office)\s+(?:said|says|reported)\b")


# an economic statistic named as an index, not a market
_ECONOMIC_INDEX = re.compile(r"\b(?:price|prices|consumer|producer|wholesale|retail|leading|coincident|shipments?|"
                             r"unadjusted|adjusted|seasonally|sentiment|confidence|manufacturing|production|output|"
                             r"housing|employment|inflation|cost|activity|business|purchasing|cpi|rpi|ppi|wpi|pmi)"
                             r"\s+(?:[\w-]+\s+)?(?:index|indices|indexes)\b|\bindex\s+of\s+(?!(?:the\s+)?\d)", re.I)


def not_traded(text: str, e: EntityMention, s_start: int) -> bool:
    """Whether a company-shaped name is an office that reports figures,
    a central bank or regulator, or the first word of a metric, not
    something whose price moves."""
    if e.id is None and _OFFICE_IN.search(e.name):
        return True
    if e.id is None and _PART_AFTER.match(text, e.end):
        return True  # "Zeta Motors' Qorvix division was also up": a part of a company is not traded
    if e.id is None and " " in e.name and _is_authority(e.name):
        return True  # "the Bank of England trimmed its dealing rates by half a point"
    if e.id is None and _ECONOMIC_INDEX.search(re.sub(r"['’]", "", e.name + text[e.end:e.end + 12])):
        return True  # "the Caixin General Manufacturing Purchasing Managers' Index": a statistic, not a market
    if e.id is None and text[e.end:e.end + 1] == " " and _ECONOMIC_INDEX.match(text, e.end + 1) is not None:
        return True  # "The Ifo business climate index fell": the institute's statistic, not a company's price
    if _OFFICE_AFTER.match(text, e.end) or _OFFICE_BEFORE.search(text, max(s_start, e.start - 30), e.start):
        return True
    return e.id is None and _METRIC.match(text, e.start) is not None
