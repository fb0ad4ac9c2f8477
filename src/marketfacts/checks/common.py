"""What every check shares: the Check it makes, number formats, sentence breaks."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from .. import rule_files
from ..model import Check, Span


@lru_cache(maxsize=1)
def fx_table() -> dict[str, Any]:
    return rule_files.load("fx_reference.toml")


def fmt(x: float, nd: int = 2) -> str:
    return f"{x:,.{nd}f}"


def decimals(x: float) -> int:
    s = f"{abs(x):g}"
    return len(s.split(".")[1]) if "." in s else 0


def make_check(kind: str, s: int, e: int, finding: str, **fields: Any) -> Check:
    return Check(kind=kind, span=Span(max(0, min(s, e)), max(s, e)), finding=finding, fields=tuple(fields.items()))



SENTENCE_BREAK = re.compile(r"[.!?][\"'’”]?\s+[A-Z(]|\n\s*\n")


def sentence_around(text: str, pos: int) -> tuple[int, int]:
    """The sentence holding ``pos``, [start, end): from the last sentence
    break before it (a thousand characters back at most) to the next one.
    A decimal point or a wire's line wrap is no break."""
    lo = max(0, pos - 1000)
    for b in SENTENCE_BREAK.finditer(text, lo, pos):
        lo = b.end() - 1
    stop = SENTENCE_BREAK.search(text, pos)
    return lo, stop.start() + 1 if stop else len(text)


def unit_of(written: str) -> float:
    """The step a written figure is exact to: "8,554.80" 0.01, "408,000" 1,000."""
    w = written.replace(",", "")
    if "." in w:
        return 10.0 ** -len(w.split(".")[1])
    zeros = len(w) - len(w.rstrip("0"))
    # "408,000 tonnes" is rounded; "8,600" points may well be exact
    return 10.0 ** min(zeros, len(w) - 1) if zeros >= 3 else 1.0

