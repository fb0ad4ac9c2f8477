"""Policy stances of authorities: support, approval, easing, tightening,
bans and interventions.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .. import dates
from ..entities import EntityMention
from ..text import labelled
from .authorities import _auth_entity, _authorities
from .context import EventContext, _ent, _event
from .countries import country_in, market_country
from .indicators import _country

# a rate a central bank sets, after the verb that changes it
_POLICY_RATE = (r"(?:the\s+|its\s+|their\s+)?(?:(?!(?:on|in|of|for|to|at|pressure)\b)[\w-]+\s+){0,2}?(?:reserve\s+requirements?|interest\s+rates?|"
                r"(?:policy|benchmark|key|overnight|repo|deposit|discount|cash|federal\s+funds|funds|lending|refinancing)\s+rates?|"
                r"rates)\b")

_STANCES = labelled([
    (r"\b(?:pledg\w*|vow\w*|promis\w*|commit\w*)\b[^.;]{0,40}\b(?:support|back|help|stimulus|boost)", "support"),
    (r"\bpolicy\s+support\b", "support"),
    (r"\b(?:cleared|approved|granted\s+(?:(?:its|their|full|final|formal)\s+)*approval|"
     r"gave\s+(?:(?:its|their|the|a)\s+)?(?:green\s+light|approval|nod))\b", "approval"),
    (r"\b(?:won|received|got|secured)\s+approval\s+from\b", "approval"),
    (r"\blifted\s+(?:curbs|restrictions|limits)\b|\binject\w*\s+(?:[^.;]{0,40}?\s)?liquidity|\beas(?:e|ed|ing)\s+(?:policy|monetary)|"
     r"\b(?:started|began)\s+(?:lowering|cutting)\b|"
     # "cut short-term interest rates", "cutting its benchmark interest rate", "approved ... a reduction in the
     # discount rate": a central bank's cut of its own rates
     r"\b(?:cut|cuts|cutting|lowered|lowers|lowering|reduced|reduces|reducing|slashed|slashing|trimmed)\s+" + _POLICY_RATE +
     r"|\b(?:reduction|cut)\s+(?:in|of)\s+(?!their\b)" + _POLICY_RATE, "easing"),
    (r"\b(?:tighten\w*|raised\s+(?:interest\s+)?rates|hiked)\b|"
     r"\b(?:raised|raises|raising|increased|increases|increasing|lifted|lifting|hiking)\s+" + _POLICY_RATE, "tightening"),
    # ("China's move to ban financial institutions from ...", "banning"; not "a total test ban", a noun)
    (r"\b(?:banned|bans|banning|prohibited|prohibits|prohibiting|barred|outlawed)\b|(?<=\bto\s)ban\b(?!\s+(?:on|of)\b)", "ban"),
    # a warning to a market ("warned investors against speculative crypto trading"): the text's own word
    (r"\bwarn(?:ed|s)\s+(?:investors|banks|lenders|traders|speculators|markets?|companies|firms|the\s+public)\b", "warn"),
    # tariffs a government imposes ("imposed tariffs of 25% on imports"): the text's own word
    (r"\b(?:impos\w*|slapp\w*|announc\w*|rais\w*|hik\w*)\s+(?:new\s+|additional\s+|higher\s+|sweeping\s+|"
     r"reciprocal\s+|retaliatory\s+)?tariffs\b", "tariff"),
    # the intervention of a bank in a market, not a scheme's "intervention
    # price" or grain "tendered for intervention"
    (r"\bintervene\w*|(?<!for\s)(?<!into\s)\bintervention\b(?!\s+(?:rates?|prices?|boards?|stocks?|agency|agencies|"
     r"storage|system|levels?|buying\s+(?:of|from)\s+(?:grain|wheat|barley|butter|beef|sugar)))", "intervene"),
])


# the words each stance's pattern cannot match without, in lower case
_STANCE_NEEDS = (("pledg", "vow", "promis", "commit"), ("support",), ("cleared", "approved", "approval", "green"),
                 ("approval",), ("lifted", "inject", "ease", "easing", "started", "began", "cut", "lower", "reduc", "slash",
                                 "trimmed"),
                 ("tighten", "raised", "hiked", "raises", "raising", "increas", "lifted", "lifting", "hiking"), ("ban", "prohibit", "barred", "outlawed"), ("warn",), ("tariffs",),
                 ("intervene", "intervention"))
assert len(_STANCE_NEEDS) == len(_STANCES)


# the authority's own word on what it will do: "The Bank of Japan said it will intervene if needed"
_OWN_INTENT = re.compile(r"\b(?:said|says|stated|announced|pledged|vowed|warned|added)\s+(?:on\s+\w+\s+)?(?:that\s+)?"
                         r"(?:it|they)\s+(?:will|would)\s+(?:\w+\s+)?\Z")


# words that say a change of rates was not made
_NOT_DONE = re.compile(r"\b(?:no\s+intention|no\s+longer|not|never|n['’]t|refused|refuses|ruled\s+out|rules\s+out|can|cannot|"
                       r"against|resist\w*|without)\b[^.;]{0,50}\Z", re.I)
_RATE_CHANGE_AFTER = re.compile(r"\s+(?:today\s+|yesterday\s+)?(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:reduction|cut|increase|hike|rise)"
                                r"\s+(?:in|of)\s+(?:the\s+|its\s+)?(?:[\w-]+\s+){0,2}?rates?\b")
_RATE_VERB = re.compile(r"(?:cut|lower|reduc|slash|trim|rais|increas|lift|hik)", re.I)


def _policies(ctx: EventContext, s: int, e: int, ents: Sequence[EntityMention]) -> None:
    text = ctx.text
    aligned = ctx.aligned_low()
    low = aligned[s:e] if aligned is not None else text[s:e].lower()
    auths: list[tuple[int, int, str, str]] | None = None
    for (pat, stance), needs in zip(_STANCES, _STANCE_NEEDS):
        if not any(w in low for w in needs):
            continue
        pm = pat.search(text, s, e)
        if not pm:
            continue
        if auths is None:
            auths = _authorities(text, s, e)
        if re.search(r"\b(?:will|would|could|(?-i:may)|might|expects?|expected\s+to|expectations?\s+that|bets?\s+that|likely\s+to)\b[^.;]{0,40}$",
                     text[max(s, pm.start() - 60):pm.start()], re.I) \
                and not _OWN_INTENT.search(text, max(s, pm.start() - 60), pm.start()):
            continue  # an expectation, not a stance (but "said it will intervene": the authority's own word)
        if stance in ("easing", "tightening") and _NOT_DONE.search(text, max(s, pm.start() - 60), pm.start()):
            continue  # "has no intention of cutting its discount rate", "can no longer be as aggressive in lowering"
        if stance == "approval" and re.search(r"\bfrom\b", pm.group(0)):
            after = [a for a in auths if a[0] > pm.start()]
            auth = after[0] if after else None
            if auth is None:
                rm = re.search(r"from\s+((?:[A-Z][\w]+\s)?regulators|[A-Z][\w\s]{2,40}?)(?:\s+to|[,.])", text[pm.start():e])
                auth = (pm.start(), pm.end(), rm.group(1).strip(), "regulator") if rm else None
        else:
            before = [a for a in auths if a[1] <= pm.start() + 5]
            auth = before[-1] if before else None
            if auth is None and stance in ("easing", "tightening") and pm.group(0).lower().split()[0].endswith("ing"):
                # "As well as cutting its benchmark interest rate to 0.15%, the ECB lowered ...": the bank after
                auth = next((a for a in auths if a[0] >= pm.end()), None)
            if auth is not None and stance == "tariff" and pm.start() - auth[1] > 40:
                auth = None  # ("to visit Japan since President Reagan announced plans to impose tariffs": not Japan's)
            if auth is None and stance == "tariff":
                # ("President Donald Trump imposed tariffs on imports from Canada": the country named before the
                # verb, else the report's; never the one the tariffs are on)
                c = country_in(text, max(s, pm.start() - 30), pm.start()) or market_country(ctx.market, s)
                auth = (s, s, c.name, "country") if c else None
            elif auth is None and stance == "support" and "policy support" in pm.group(0).lower():
                c = _country(ctx, text, s, e)
                auth = (s, s, c.name, "country") if c else None
            if auth is None and stance == "approval":
                rm = re.search(r"\b(?:the\s+)?([\w\s'-]{0,30}(?:regulator|government|authorit\w+|agency|commission))\b",
                               text[max(s, pm.start() - 50):pm.start()], re.I)
                auth = (pm.start(), pm.start(), rm.group(1).strip(), "regulator") if rm else None
        if auth is None:
            continue
        body = _BODY_AFTER.match(text, auth[1], pm.start()) if auth[3] == "country" else None
        if body is not None:
            # "The U.S. bankruptcy court approved", "South Korea's financial regulator banned": the body, not the
            # country
            auth = (auth[0], body.end(), " ".join(text[auth[0]:body.end()].split()), "regulator")
        if stance == "approval" and _RATE_CHANGE_AFTER.match(text, pm.end(), e):
            continue  # "approved today a 50-basis-point reduction in the discount rate": the easing is the stance
        if stance in ("easing", "tightening") and _RATE_VERB.match(pm.group(0)) and auth[3] != "central_bank":
            continue  # ("ask the FCC to deregulate ATT ... rather than cut rates": a firm's prices, no policy)
        if any(ev.kind == "policy" and ev.get("authority") and ev.get("authority").name == auth[2] and ev.get("stance") == stance
               for ev in ctx.events):
            continue
        targets = [x for x in ents if x.start > pm.start() and x.type in ("company", "stock")
                   and not auth[0] <= x.start < max(auth[1], auth[0] + 1)]  # (never the authority itself)
        # the entity acted on, else the words it acts on in a field of their own
        subject = _ent(targets[0], text) if targets else None
        topic = None if targets else _object_words(text, pm.end(), e)
        ctx.events.append(_event("policy", min(auth[0], pm.start()), max(pm.end(), auth[1]), "policy." + stance,
                                 authority=_auth_entity(auth, text), subject=subject, topic=topic, stance=stance))


# a country's body named after the country: "U.S. bankruptcy court", "South Korea's financial regulator"
_BODY_AFTER = re.compile(r"(?:['’]s)?\s+(?:[a-z][\w-]*\s+){0,3}?(?:court|regulators?|watchdog|commission|agency|"
                         r"parliament|senate|congress)\b")


_OBJECT_END = re.compile(r"[,;:.()\"“”]|\n|\s(?:which|that|but|as|after|because|while|when|and\s+said|since|until|amid|if|unless|should|"
                         r"despite)\s|\sto\s(?!the\b)|\sfor\s+the\s+\w+\s+time\b"
                         r"|\s(?:on|last|this|next)\s+(?:" + dates._WD_RE + r"|week|month)\b")
_CIRCUMSTANCE = re.compile(r"(?:during|before|after|by|since|until|from|with|amid|if|unless|should|on\s+" + dates._WD_RE + r")\s|\d", re.I)
_PLACE_PREP = re.compile(r"(?:in|into|on|at|for)\s+", re.I)


def _object_words(text: str, a: int, e: int) -> str | None:
    """The words a stance acts on ("approved the merger of two lenders"), up
    to the end of their clause; none where a circumstance follows instead
    ("approved before June")."""
    chunk = text[a:min(e, a + 80)].lstrip()
    lead = re.match(r"(?:to|for)\s+", chunk)  # "granted approval to its vaccine"
    if lead:
        chunk = chunk[lead.end():]
    m = _OBJECT_END.search(chunk)
    words = " ".join((chunk[:m.start()] if m else chunk).split()[:8])
    if not words or _CIRCUMSTANCE.match(words):
        return None
    lead = _PLACE_PREP.match(words)  # "intervened in the currency market": the market
    words = words[lead.end():] if lead else words
    return words if words and not _CIRCUMSTANCE.match(words) else None
