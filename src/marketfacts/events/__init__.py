"""Events of market news: streaks, records, indicators, earnings, rate
decisions, listings, tender offers, fines, meetings and policy stances.

One module a kind; each is a small reader over one sentence, run by
``runner.read_events`` only where the sentence holds one of its words, so a
text without events costs one pass over its words. What the readers share
(the context, the subject finders, counts and dates) is in ``context``; the
authorities of rate decisions, fines, meetings and stances in
``authorities``; word lists in ``rules/``.
"""

from .context import EVENT_KINDS, TRIGGERS, EventContext
from .runner import may_hold_events, read_events

__all__ = ["EVENT_KINDS", "TRIGGERS", "EventContext", "may_hold_events", "read_events"]
