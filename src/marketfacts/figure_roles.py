"""What a figure says in its sentence: a per cent change, a change, a
level, the base of a comparison ("from 1.8150") or nothing a move has (a
threshold, a chart level, a span of time, a physical quantity, an amount of
money); and its hedge ("about", "as much as").
"""

from __future__ import annotations

import re

from .cues import _cue_table
from .model import Quantity
from .quantities import TO_LEVEL
from .text import first_label, labelled

_REF_BEFORE = re.compile(
    r"(?:(?<!far )\bfrom|\bagainst|\bcompared\s+(?:with|to)|\bversus|\bvs\.?|(?<!more )(?<!less )(?<!fewer )(?<!rather )\bthan|\bprice\s+of|\bpriced\s+(?:\w+\s+)?at|"
    r"\bprice\s+range\s+of|\brange\s+of|\btarget(?:\s+price)?\s+of|\bestimates?\s+of|\bforecasts?\s+of|\bworth|\bvalued\s+at|"
    r"\bvaluation\s+of|\bturnover\s+of|\braised|\braising|\braise|\bprevious\s+close\s+of|\bissue\s+price\s+of|"
    r"\bexpected|\bsurpassing|\bmark\s+of|\bbelow|\bexpects?|\bseen\s+at|\bsee|\bcap\s+of|\bdiscount\s+of|\bpremium\s+of|"
    r"\bpurchases\s+of|\bsales\s+of|\bbuy-?backs?\s+of|\bturnover|\bvolume|"
    # "after opening at 1.8200 and closing yesterday at 1.8260": the day before, a yardstick
    r"\bclos(?:ing|ed)\s+(?:yesterday|last\s+night|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday))\s+at|"
    # the yardstick of a record: "its best day since a 4.1 per cent jump in 2020"
    r"\bsince)"
    r"(?:\s+(?:its|their|the|a|an|about|around|some|nearly|just|roughly|more\s+than|less\s+than|over|under|US|HK|\w+'s|"
    r"[\w-]+-(?:week|month|year|day)|high|low|highs|lows|of|record|peak|level|close|closing|previous|earlier|intraday|last|"
    r"session|all-time|January|February|March|April|May|June|July|August|September|October|November|December)){0,5}\s*$",
    re.I,
)
# "compared with its close on Friday at": a figure told as the base of a comparison
_COMPARED_AT = re.compile(r"\bcompared\s+(?:with|to)\s+[^,;.\d]{0,40}?\b(?:at|of)\s+$", re.I)
_LEVEL_BEFORE = re.compile(
    r"(?:\bto|\bat|\bhit|\bhits|\btouched|\btouching|\breached|\breaching|\bto\s+reach|\bto\s+touch|\bfetched|\bfetching|\b(?:was|were|is)\s+buying|\babove|\btopped|"
    r"\bnear|\bhovered\s+(?:around|near|at)|"
    # "traded around 1.59 dlrs", "remained firm around 1.59": a level, roughly
    r"\b(?:traded|trading|stood|remained|stayed|held|steady|firm|firmer|weak|weaker|flat|unchanged)\s+"
    r"(?:around|about)|\bstands?\s+at|\bstood\s+at|\bto\s+trade\s+at|\bclose|\bend|\bfinish|\bsettle|"
    r"\bbeyond|\bpast)"
    r"(?:\s+(?:a|an|the|about|around|some|nearly|almost|just|roughly|close\s+to|above|below|under|over|more\s+than|less\s+than|"
    r"record|fresh|new|all-time|session|intraday|earlier|its|their|high|low|highs|lows|of|at|end|close|finish|settle|trade|level|"
    r"day['’]s|session['’]s|highest|lowest|daily|limit|"
    r"\w+-(?:week|month|year|day|session)|one-week|two-week|(?:\w+-)?year|(?:\w+-)?month|multi-month|a\s+level|the\s+level))*\s*$",
    re.I,
)
_APPROX = labelled([
    (r"\b(?:as\s+much\s+as|as\s+high\s+as|as\s+low\s+as|as\s+many\s+as)\s*$", "as much as"),
    # ("touched 3,199.5 before closing at 3,180.2", "rose 98 per cent to touch Rs 109.09": the session's extreme)
    (r"\btouch(?:ed|es|ing)?\s*$", "as much as"),
    (r"\b(?:more\s+than|over|above|upwards\s+of|in\s+excess\s+of|topped|surpassing)\s*$", "more than"),
    (r"\b(?:less\s+than|under|below|fewer\s+than)\s*$", "less than"),
    (r"\b(?:about|around|roughly|some|approximately|an\s+estimated|circa)\s*$", "about"),
    (r"\b(?:nearly|almost|close\s+to|just\s+shy\s+of|just\s+under|shy\s+of|near)\s*(?:the\s+)?$", "nearly"),
])
# ("hit a year-to-date high midday at $231.94": the hour between the extreme and its figure)
_EXTREME = re.compile(r"\b(?:high|low|highs|lows|peak|trough)(?:\s+(?:midday|mid-day|intraday|intra-day|earlier|early|late|"
                      r"in\s+(?:early|late|morning|afternoon)\s+(?:trade|trading|deals)|on\s+\w+day))?\s+(?:of|at)\s*$|\bas\s+(?:high|low)\s+as\s*$", re.I)

_CHART_AFTER = re.compile(r"(?:[-/][\d.,]+)?\s+(?:[a-z]+\s+){0,2}(?:resistance|support)\b|\s+(?:point\s+|points\s+)?(?:premium|discount)\b|"
                          r"(?:\s+(?:dlrs?|cts|cents|points?))?\s+(?:resistance\s+|trading\s+|support\s+)?range\b", re.I)
_CHART_BEFORE = re.compile(r"\b(?:support|resistance)\s+(?:level\s+|line\s+)?(?:at|of|near|around)\s+(?:about\s+|around\s+)?$",
                           re.I)


def _chart_figure(text: str, q: Quantity, before: str) -> bool:
    """A chartist's level or a spread; the patterns run only where one of their words is."""
    after = text[q.end:q.end + 48].lower()
    if any(w in after for w in ("resist", "support", "premium", "discount", "range")) and _CHART_AFTER.match(text, q.end):
        return True
    low = before.lower()
    return ("support" in low or "resistance" in low) and _CHART_BEFORE.search(before) is not None


# a verb of motion through a threshold: "briefly falling below the", "broke through the", "topped the"
_CROSSED_BEFORE = re.compile(r"\b(?:(?:rose|risen|rising|climbed|jumped|surged|soared|fell|falling|fallen|dropped|dropping|"
                             r"slipped|sank|slid|moved|pushed|broke|breaking|briefly\s+\w+)\s+(?:above|below|through|past|"
                             r"beyond|over|under)|broke|topped|crossed|breached|pierced)\s+(?:the\s+)?(?:key\s+|psychological(?:ly)?\s+"
                             r"(?:important\s+)?|[A-Z]{0,3}\$)?$", re.I)
_THRESHOLD_AFTER = re.compile(r"\s*(?:-?\s?points?\s+)?(?:mark|level|line|barrier|threshold|handle|milestone)\b", re.I)
# "for 15 months", "4 hrs": a span of time, not a price or a change
DURATION_AFTER = re.compile(r"\s+(?:years?|yrs?|months?|weeks?|days?|hours?|hrs?|minutes?|mins?|seconds?|sessions?)\b", re.I)
# "3.2 million tonnes", "3.909 Tcf", "420,000 ounces": a physical quantity, not a price or a change
_PHYSICAL_TO_BEFORE = re.compile(r"\b(?:tonnes?|tons?|barrels?|bbls?|bushels?|bales|ounces|units)\s+to\s+$", re.I)
# the nouns a change is told by ("a 14.20-point gain", "a rise of")
_MOTION_NOUNS = r"(?:gain|loss|rise|fall|drop|decline|advance|jump|slide|increase|decrease)"
_MOTION_NOUN_AFTER = re.compile(r"\s+" + _MOTION_NOUNS + r"\b")
_PHYSICAL_AFTER = re.compile(r"[\s-]*(?:(?:mln|million|bln|billion|thousand|mn|bn)\s+)?(?:metric\s+)?(?:tonnes?|tons?|"
                             r"barrels?|bbls?|bpd|b/d|ounces|oz|bushels?|bales|bags|Tcf|Bcf|Mcf|cubic|MMBtu|megawatts?|"
                             r"gigawatts?|MW|GW|kWh|litres?|liters?|gallons?|kilograms?|kg|carats?|cars|trucks|"
                             # counts of things: "a trade mission to 37 countries", "oil wells fell to 43,521 wells"
                             r"countries|nations|people|persons|companies|firms|stores|branches|employees|workers|jobs|"
                             r"members|delegates|wells|rigs|vessels|ships|aircraft|planes|"
                             # "trades at 12.6 times earnings": a multiple, not a price
                             r"times|x(?=\s+(?:earnings|forward|trailing|book|sales)))\b")
_CHANGE_AFTER = re.compile(r"\s+(?:\([^()]{0,40}\)\s+)?(?:higher|lower|up|down|firmer|weaker|stronger|softer|heavier|"
                           r"lighter)\b", re.I)
_WEAK_LEVEL = frozenset(["was", "were", "is", "are", "been", "made", "got", "held", "holds", "holding", "stayed",
                         "remained", "listed", "quoted", "start", "started", "began", "changed"])
_MODAL = re.compile(r"\b(?:expected|expects?|estimated|estimates?|forecasts?|forecast|projected|predicted|seen|"
                    r"guesstimated|targets?|aims?|plans?|planned|will|would|could|can|(?-i:may)|might|should|proposed|"
                    r"offering|offered|priced|pricing|invited|budget|worth|valued)\b", re.I)
_A_BEFORE = re.compile(r"\b(?:a|an)\s+(?:more\s+than\s+|nearly\s+|about\s+|further\s+|whopping\s+)?$", re.I)
_NOUN_AFTER = re.compile(r"(?:\s+or\s+[\d.,]+\s*[a-z]*)?\s+[\'\"‘’“”]*(?:[a-z-]+\s+)?(?:gain|gains|rise|fall|drop|decline|advance|jump|increase|slide|loss|surge|rally|crash|sell-?off|spike|tumble|"
                         r"slump|plunge|climb|dip|retreat|rebound)\b", re.I)
_COLON_LEVEL = re.compile(r"[A-Za-z)]\s*:\s*$")


_REF_KEYS = ("from", "against", "compared", "versus", "vs", "than", "price", "range", "target", "estimate",
             "forecast", "worth", "valu", "turnover", "rais", "previous", "expect", "surpassing", "mark", "below",
             "seen", "see", "cap", "discount", "premium", "purchases", "sales", "buy", "volume", "since", "clos")


def _is_ref(before: str) -> bool:
    low = before.lower()
    if len(low) != len(before):  # lower-casing moved the offsets
        return _REF_BEFORE.search(before) is not None
    # every alternative opens with one of the keys (or ends in "price of"),
    # so try the pattern only where a key opens: far fewer tries than a search
    tried: set[int] = set()
    for k in _REF_KEYS:
        i = low.find(k)
        while i >= 0:
            if i not in tried:
                tried.add(i)
                if _REF_BEFORE.match(before, i) is not None:
                    return True
            i = low.find(k, i + 1)
    return False


# a verb that moves its object, the name, then the figure: "lifted BHP Billiton 50 cents"
_CAUSED_BEFORE = re.compile(r"\b(?:lifted|boosted|pushed|sent|drove|dragged|pulled|knocked|propelled|buoyed|hoisted|"
                            r"trimmed|clipped)\s+(?:[A-Z][\w.&'’-]*\s+){1,4}$")
_COPULA_BEFORE = re.compile(r"\b(?:was|were|is|are|traded|trading|quoted)\s+(?:at\s+)?(?:about\s+|around\s+)?$", re.I)
_CHANGE_CLAUSE_AFTER = re.compile(r"(?:\s+[a-z]+)?,?\s+(?:up|down|higher|lower|off)\b")


_NAMED_BEFORE = re.compile(r"(?:[A-Z][\w.&'’-]*|\b(?:index|average|composite))\s+$")
# a commodity's name before a noun names something else: "gasoline stations", "gold miners", "oil stocks"
_COMMODITY_COMPOUND = re.compile(r"\s+(?:stations?|stocks|shares|miners?|mining|producers?|companies|firms|exporters?|"
                                 r"importers?|majors|sector|sectors|inventories|stockpiles|demand|imports|exports|output|"
                                 r"production|reserves|sales|retailers|refiners|explorers|index|indices|sub-index|runs|loadings|shipments|"
                                 r"counters|names|plays|equities|ETFs?|steel|blockchain|network|protocol|foundation|labs|wallets?)\b")
_TO_AFTER_CHANGE = re.compile(r",?\s+(?:to|at)\s+")
_DATE_AFTER = re.compile(r"\s*(?:[-/]\d|levels?\b|lows?\b|highs?\b|'s\b|’s\b)")
_RANGE_BEFORE = re.compile(r"\b(?:in|within)\s+(?:a|the|its)\s+(?:[\w-]+\s+)?range\s+(?:of|between)\s+(?:[\S]+\s+(?:to|and)\s+)?$")
_BETWEEN_BEFORE = re.compile(r"\bbetween\s+(?:(?:[-+]?[\d.,]+|one|two|three|four|five|six|seven|eight|nine|ten)\s*"
                             r"(?:%|per\s*cent|percent|pct)?(?:\s+(?:and|to)\s+|\s*[-–]\s*)?)?$", re.I)
# the change of a thing that is no price, named right after its figure
_OTHER_THINGS_CHANGE = re.compile(r"\s+(?:pay|wage|wages|salary|salaries|rent|rents|fare|fares|tax|tariff|tariffs|"
                                  r"budget|spending|headcount|workforce|output|production|sales|volume|capacity)\s+"
                                  r"(?:rise|rises|increase|increases|hike|hikes|cut|cuts|reduction|growth|gain|decline|"
                                  r"drop|fall)\b", re.I)
_RATE_CHANGE_NOUN = re.compile(r"\s+(?:[\w-]+\s+){0,3}?(?:rate|rates)\s+(?:rise|rises|increase|increases|hike|hikes|cut|cuts|"
                               r"reduction|reductions)\b", re.I)
# a debut's premium or discount on its offer price ("a premium of 88.9 per cent over the issue price")
_DEBUT_PREMIUM = re.compile(r"\b(?:premium|discount)\s+of\s+(?:about\s+|nearly\s+|over\s+|more\s+than\s+)?$", re.I)
_OVER_OFFER = re.compile(r"\s+(?:over|to|above|below|on)\s+(?:its\s+|the\s+|their\s+)?(?:IPO\s+|issue\s+|offer\s+|listing\s+)"
                         r"(?:price)\b", re.I)
_SINCE_BEFORE = re.compile(r"\bsince\s+(?:a|an|its|their|the)\s+(?:[\w-]+\s+)?$", re.I)


# market breadth: a share of an index's members ("61% of S&P 500 stocks rose"), and the share of the
# rest after it ("... rose and 35% fell")
_BREADTH_MEMBERS = r"(?:stocks|shares|issues|companies|members|components|constituents|names)"
_BREADTH_AFTER = re.compile(r"\s+of\s+(?:the\s+|all\s+)?(?:[\w&./-]+\s+){0,4}?" + _BREADTH_MEMBERS + r"\b")
_BREADTH_BEFORE = re.compile(_BREADTH_MEMBERS + r"\s+(?:\w+\s+)?(?:rose|fell|gained|advanced|declined|dropped|were\s+(?:up|down|higher|"
                             r"lower))\s*,?\s+(?:and|while|but|with)\s+(?:about\s+|around\s+|nearly\s+|some\s+)?\Z")


# a per cent that is itself the subject of a verb of motion is how many moved ("61% rose and 35% fell",
# "while 25% advanced"): a move's per cent follows its verb
_SHARE_AS_SUBJECT_AFTER = re.compile(r"\s+(?:of\s+them\s+)?(?:rose|fell|gained|advanced|declined|dropped|climbed|slipped|"
                                     r"were\s+(?:up|down|higher|lower)|closed\s+(?:up|down|higher|lower))\b")


_RELATIVE_CHANGE_BEFORE = re.compile(r"\b(?:relative|excess)\s+(?:price\s+)?(?:change|performance|return)\s+of\s+\Z", re.I)


def _role(text: str, q: Quantity, s_start: int, prev_end: int, prev_role: str = "") -> str:
    """What a figure says: pct, change, level, ref or none."""
    before = text[max(s_start, q.start - 45): q.start]
    if prev_role == "level" and q.kind in ("money", "number", "points") and \
            re.fullmatch(r"\s*(?:,|and|,\s*and)\s*", text[prev_end:q.start]):
        return "level"
    if q.kind in ("money", "number", "points") and _THRESHOLD_AFTER.match(text, q.end):
        if _CROSSED_BEFORE.search(before):
            return "level"  # "briefly fell below the 27,000 mark": the level crossed, an intraday extreme
        return "none"  # "the 6,000 point mark": a threshold, not a price
    if q.kind in ("money", "number", "points") and _RANGE_BEFORE.search(before):
        return "none"  # "traded in a range of 13,000 to 13,900": the bounds of a range, no one level
    if q.kind in ("pct", "number") and _BETWEEN_BEFORE.search(before):
        return "none"  # "the big four banks rose between 0.5 and 1.2 per cent": the bounds of many moves
    if q.kind == "pct" and _RELATIVE_CHANGE_BEFORE.search(before):
        return "none"  # "this was a relative price change of -0.4%": a stock against its index, no price's move
    if q.kind in ("money", "number", "points", "pct") and _chart_figure(text, q, before):
        return "none"  # "a 3.20 point premium", "chart support at 296.00", "a 17.75-18.85 dlrs resistance range"
    if q.kind == "number" and (DURATION_AFTER.match(text, q.end) or _PHYSICAL_AFTER.match(text, q.end)
                               or _PHYSICAL_TO_BEFORE.search(before)):
        return "none"  # (nor "fell 10.3 mln barrels to 1,564.8": the level is in the change's barrels)
    if q.kind in ("points", "money", "number") and before.endswith(("to a ", "to an ")) and _MOTION_NOUN_AFTER.match(text, q.end):
        return "none"  # "up 21 points in the final minutes to a 14.20-point gain": the size of a gain, no level
    if q.kind == "pct" and _THRESHOLD_AFTER.match(text, q.end) and before.endswith(("the ", "The ")):
        return "none"  # "above the 30 pct level": a threshold, not a move
    if q.kind == "money" and abs(q.value) >= 1e6 and q.rule.endswith(".money") and \
            re.search(r"\d\s?(?:mln|mn|million|m|bn|bln|billion|b|trillion|tn|trn|crore|cr|lakh|k|thousand)\b",
                      text[q.start:q.end], re.I):
        return "none"  # an amount of money, not a price
    if q.kind == "number" and abs(q.value) >= 1e7:
        return "none"
    if q.kind == "money" and abs(q.value) >= 1e6:
        return "none"  # "lost 1,891,000 dlrs": an amount of money, not a price
    if q.kind in ("money", "points", "number") and _CHANGE_AFTER.match(text, q.end) and not _is_ref(before):
        return "change"  # "10 pfennigs higher", "to close DM1.45 lower"
    if q.kind == "pct" and _A_BEFORE.search(before) and not _NOUN_AFTER.match(text, q.end) and \
            not re.match(r"\s+(?:higher|lower|up|down|above|below)\b", text[q.end:q.end + 8]):
        return "none"  # "a 25 pct stake", "represented a 15 pct": a share, not a move
    if q.kind == "pct" and (_BREADTH_AFTER.match(text, q.end) or _BREADTH_BEFORE.search(before)
                            or _SHARE_AS_SUBJECT_AFTER.match(text, q.end)):
        return "none"  # "61% of S&P 500 stocks rose and 35% fell": how many moved, no move
    if q.kind in ("points", "pp", "bps") and _A_BEFORE.search(before) and _RATE_CHANGE_NOUN.match(text, q.end):
        return "none"  # "following a one-quarter point prime rate increase": a rate's decision, no price's move
    if q.kind == "pct" and _OTHER_THINGS_CHANGE.match(text, q.end):
        return "none"  # "accepted a 120 pct pay rise", "a 5 pct price increase": another thing's change, no price's
    if q.kind == "pct" and _DEBUT_PREMIUM.search(before) and _OVER_OFFER.match(text, q.end):
        return "pct"  # "listed at Rs 103.90, a premium of 88.9 per cent over the issue price": the debut's move
    if q.kind in ("pct", "pp", "bps"):
        if _SINCE_BEFORE.search(before):
            return "ref"  # "its best day since a 4.1 per cent jump in 2020": the record's yardstick
        if _is_ref(before) and not re.search(r"\b(?:up|down|higher|lower)\s+\S*\s*$", before, re.I) \
                and not _NOUN_AFTER.match(text, q.end):
            return "ref"
        if q.kind == "pct":
            return "pct"
        return "change"
    if q.kind == "number" and q.value >= 1900 and q.value <= 2100 and q.decimals == 0 and "," not in text[q.start:q.end]:
        if prev_role in ("pct", "change") and prev_end >= s_start and _TO_AFTER_CHANGE.fullmatch(text, prev_end, q.start) \
                and not _DATE_AFTER.match(text, q.end):
            return "level"  # "lost 11 points, or 0.58% to 2018": an index's level that looks like a year
        return "none"  # a year
    if _is_ref(before) or ("compared" in before and _COMPARED_AT.search(before)):
        return "ref"  # ("compared with its close here on Friday at 1.5865 dlrs": the base of the comparison)
    if q.kind == "points":
        if _LEVEL_BEFORE.search(before):
            return "level"
        return "change"
    if _LEVEL_BEFORE.search(before) or _EXTREME.search(before):
        return "level"
    if q.kind in ("money", "number") and _COPULA_BEFORE.search(before) and _CHANGE_CLAUSE_AFTER.match(text, q.end):
        return "level"  # "Gold was $1,930, up 0.5%", "the dollar-yen rate was 156.07 yen, down 0.64%"
    if q.kind in ("money", "number") and (q.decimals > 0 or "," in text[q.start:q.end]) \
            and _NAMED_BEFORE.search(before) and _CHANGE_CLAUSE_AFTER.match(text, q.end):
        return "level"  # "Nikkei average 21,402.10, up 88.35": a name, its level, then the change
    if q.kind in ("number", "money") and _COLON_LEVEL.search(before) and q.start - s_start < 60:
        return "level"
    if q.kind in ("money", "number") and prev_role == "pct" and _OR_BEFORE.search(before):
        return "change"  # "rose 2 per cent, or 73 cents, to $32.58"
    if q.kind in ("money", "number") and _motion_before(before) and (
            q.kind == "money" or _BARE_CHANGE_AFTER.match(text, q.end)
            or (q.decimals > 0 and _BARE_END_AFTER.match(text, q.end))):
        # "rose 1/2 dlr", "shed 10.69 to 1,713.81", "up 33.34, or 1.7 percent,"
        return "change"
    if q.kind in ("money", "number") and _CAUSED_BEFORE.search(before):
        return "change"  # "Higher commodity prices lifted BHP Billiton 50 cents, or 2.5 per cent"
    if q.kind == "number" and _NAME_BEFORE.search(before) and TO_LEVEL.match(text, q.end) and \
            (prev_end >= s_start or "/" in text[q.start:q.end] or q.decimals > 0):
        # a list that borrows its verb: "..., Mobil <MOB> one to 50-1/4", "Rising issues included Canfor Corp 1-1/4 to 35-3/4"
        return "change"
    if q.kind == "money":
        gap = text[prev_end:q.start] if prev_end >= s_start else before
        if re.search(r"(?:^|\s)by\s*$", before, re.I):
            return "change"  # "by $2" (after a word of motion the rule above has it)
        if prev_end >= s_start and re.fullmatch(r"[\s,]*", gap or ""):
            return "level"  # "advancing 5.7% HK$38"
        if prev_role == "pct" and prev_end >= s_start and re.fullmatch(r"\s*\(\s*", gap or "") and \
                text[q.end:q.end + 1] == ")":
            return "change"  # "10.4% (151 yen) above the IPO price": the change beside its per cent
        return "none"
    if q.kind == "number" and prev_end >= s_start and re.fullmatch(r",?\s*(?:or\s+)?", text[prev_end:q.start] or ""):
        return "none"
    return "none"


# the words a change may stand behind: "rose 1/2", "was up a further 8c",
# "gained about 3.5", "put on 6c"
_MOTION_TAIL = re.compile(r"(?:^|[^\w-])([A-Za-z]+)(?:\s+(on|up|back|away))?\s+(?:(?:by|a\s+further|another|a\s+net|just|some|about|around|roughly|nearly|"
                          r"almost|more\s+than|over|less\s+than|under|as\s+much\s+as)\s+)*$")
_OR_BEFORE = re.compile(r"(?:^|[\s,(])or\s+(?:by\s+|about\s+|nearly\s+|almost\s+|some\s+)?$", re.I)
# a bare figure after a word of motion is the change when the level or the
# per cent follows it ("to 48-1/2", ", or 1.7 percent,", "at 2,006.48")
_BARE_CHANGE_AFTER = re.compile(
    r"(?:\s+points?\b|\s*,?\s+each\b|\s*,\s*or\s+[-+−]?\d|\s*,?\s+(?:to|at)\s+(?:an?\s+|the\s+)?"
    r"(?:(?:record|new|fresh|all-time|high|low|close|end|finish|settle|reach|touch|of|at|[\w]+-\w+)\s+){0,4}"
    r"(?:[A-Z]{0,3}[$£€¥])?\d"
    r"(?![\d,.]*\s*(?:mln|million|bln|billion|thousand|pct|percent|per\s+cent|%|people|workers|jobs|tonnes|barrels)\b))")
# ... or the clause ends after it ("the market average lost 152.56.")
_BARE_END_AFTER = re.compile(r"\s*(?:[.;)]|,\s|$|\s+(?:yesterday|today|on\s+\w+day|in\s+(?:early|late|the)\b|"
                             r"after\b|before\b|while\b|and\b|but\b|from\b))")


# a name (or its ticker, or its share class in quotes) right before a figure
_NAME_BEFORE = re.compile(r"(?:[A-Z][\w.&'’-]*|<[A-Z][A-Z0-9.]*>|\"[A-Z]\")\s+$")


_NOUN_OF = re.compile(r"\ban?\s+(?:[a-z-]+\s+)?" + _MOTION_NOUNS + r"\s+of\s+(?:about\s+|around\s+|nearly\s+|some\s+)?$", re.I)


def _motion_before(before: str) -> bool:
    """Whether ``before`` ends in a word of motion with a direction, a verb
    or "up"/"down"/"off" (hedges and "by" may stand between)."""
    if " of" in before[-24:] and _NOUN_OF.search(before):
        return True  # "with a loss of 1/4 to 39-1/4"
    m = _MOTION_TAIL.search(before)
    if m is None:
        return False
    table = _cue_table()[1]
    for w in (m.group(1), m.group(2)):  # "put on 6c", "was up 47.7"
        hit = table.get(w.lower()) if w else None
        if hit is not None and hit[0] in ("verb", "adverb") and hit[1] != 0:
            return True
    return False


def _approx(text: str, q: Quantity, lo: int) -> str | None:
    before = text[max(lo, q.start - 30): q.start]
    approx = first_label(_APPROX, before)
    if approx is not None:
        return approx
    if _intraday_extreme(text, lo, q.start):
        return "as much as"
    return None


def _intraday_extreme(text: str, lo: int, pos: int) -> bool:
    """Whether the figure at ``pos`` is a high or low of the session ("a
    high of", "as low as"), not the level a move ended at ("rose 151.36 to a
    record high of 22,178.02")."""
    return _EXTREME.search(text[max(lo, pos - 30):pos]) is not None and \
        _REACHED_EXTREME.search(text, max(lo, pos - 45), pos) is None


# "rose 151.36 to a record high of 22,178.02": where the move ended, not an intraday extreme
_REACHED_EXTREME = re.compile(r"\b(?:to|at)\s+(?:a|an|its|the|their)\s+(?!(?:[\w-]+\s+){0,2}(?:intra-?day|session)\b)"
                              r"(?:[\w-]+\s+){0,3}(?:high|low)s?\s+(?:of|at)\s*$", re.I)
# ("traded at an intra-day high of 42": the session's extreme, not where it ended)
