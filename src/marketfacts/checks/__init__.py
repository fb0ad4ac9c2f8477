"""Checks: what an editor finds by reasoning over the facts of one article.

Each check is precise by design: it fires only when the stated figures
cannot all be right (beyond their rounding), or when a figure follows from
them. A test suite of correct sentences keeps the checks quiet. One module
per kind: arithmetic, magnitude, typos, weekdays.
"""

from __future__ import annotations

from ..model import Check, Doc
from .arithmetic import (
    from_extremes,
    implied_and_arithmetic,
    issue_prices,
    mark_sides,
    period_changes,
    shares_times_price,
    stated_gaps,
    stated_previous,
    tender_implied,
)
from .magnitude import bare_totals, corrected_amounts, magnitude, parts_and_totals, restated_amounts, scale_pairs
from .typos import capitalised_words, own_spelling_slips, reference_slips, typos
from .weekdays import date_checks, lede_weekdays, past_tomorrows, session_weekdays


def run_checks(doc: Doc, text: str) -> list[Check]:
    checks = magnitude(doc, text)
    checks += implied_and_arithmetic(doc, text)
    checks += stated_previous(doc, text)
    checks += period_changes(doc)
    checks += stated_gaps(text)
    checks += from_extremes(doc, text)
    checks += shares_times_price(text)
    checks += issue_prices(doc, text)
    checks += tender_implied(doc, corrected_amounts(checks))
    checks += scale_pairs(text)
    checks += bare_totals(text)
    checks += restated_amounts(text)
    checks += parts_and_totals(text)
    checks += mark_sides(text)
    checks += typos(doc, text)
    flagged = {c.span.start for c in checks if c.kind == "typo"}
    caps = capitalised_words(text)
    checks += reference_slips(doc, text, flagged, caps)
    checks += own_spelling_slips(doc, text, flagged, caps)
    checks += date_checks(doc, text)
    days: set[int] = set()
    checks += session_weekdays(doc, text, days)
    checks += lede_weekdays(doc, text, days)
    checks += past_tomorrows(doc, text, days)
    checks.sort(key=lambda c: c.span.start)
    return checks



__all__ = ["run_checks"]
