"""The direction of a figure from the words of motion around it ("fell 0.3
pct", "a 2.2% rise", "expanded a slight 0.2 pct"), for indicators and results.
Split from indicators.py.
"""

from __future__ import annotations

import re
from typing import Any

from ..model import Quantity

# a verb, an aside between commas, then its figure: "fell, largely as a result of the rising
# dollar, by 8.18 pct" (the aside's words of motion are not the figure's)
_ASIDE_TO_FIGURE = re.compile(r"\s*,[^,;]{3,100},\s*(?:by\s+|to\s+)?(?:a\s+|an\s+)?$")


# "down from 7.0%", "up from the original forecast of 6.3 per cent": the figure after is the prior's
# level, its sign its own; ", down from ..." after a figure compares it, and is no direction of it
_FROM_AFTER_ADVERB = re.compile(r"\s+from\s+(?:[\w'’-]+\s+){0,5}$")
_COMPARED_AFTER = re.compile(r"[^,;]*,\s*$")




_FORECAST_WORDS = re.compile(r"\b(?:forecast\w*|expect\w*|estimate\w*|consensus|poll\w*|economists|analysts)\b")


def _direction_near(cues: list[Any], q: Quantity, text: str) -> int:
    before = [c for c in cues if c.end <= q.start and q.start - c.end < 40 and c.direction
              and not (c.kind == "adverb" and _FROM_AFTER_ADVERB.fullmatch(text, c.end, q.start))]
    after = [c for c in cues if q.end <= c.start <= q.end + 12 and c.direction and c.kind in ("noun", "adverb")
             and not (c.kind == "adverb" and text.startswith(" from", c.end) and _COMPARED_AFTER.fullmatch(text, q.end, c.start))
             # ("rose 0.3% in April, below the 0.4% forecast": after a comma, a word of the forecast's phrase)
             and not (re.search(r"[,;]", text[q.end:c.start]) and _FORECAST_WORDS.search(text, c.end, c.end + 50))]
    if after:
        return int(after[0].direction)
    verb = [c for c in cues if q.start - 120 <= c.end <= q.start and c.direction and c.kind == "verb"
            and _ASIDE_TO_FIGURE.match(text, c.end, q.start)]
    if verb:
        return int(verb[-1].direction)
    if before:
        return int(before[-1].direction)
    # words of an economy's growth that are not motion words for prices ("GDP expanded a slight 0.2
    # pct", "money supply was growing at an annualised 7.5 pct"; "expanding its area to" is no move)
    if _GROWTH_BEFORE.search(text, max(0, q.start - 40), q.start):
        return 1
    return 0


_GROWTH_BEFORE = re.compile(r"\b(?:expanded|expanding|expands|expand|growing|grown)\s+(?:by\s+|at\s+)?(?:an?\s+)?"
                            r"(?:(?:slight|modest|moderate|robust|strong|brisk|annuali[sz]ed|revised|seasonally"
                            r"|adjusted|annual|real|estimated|provisional)\s+){0,2}\Z", re.I)
