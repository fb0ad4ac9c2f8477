"""The data model: a document owns its text; everything else points into it.

Spans are half-open ``[start, end)`` character offsets into ``Doc.text``.
Values are floats chosen on purpose: news figures carry at most a few
significant digits, the scorer compares within rounding, and floats keep the
hot path cheap. Money is always in major units with an ISO 4217 code.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class Span:
    """A half-open ``[start, end)`` view into a document's text."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if not (0 <= self.start <= self.end):
            raise ValueError(f"[MF001] bad span [{self.start}, {self.end})")

    def text(self, doc_text: str) -> str:
        return doc_text[self.start : self.end]

    def to_list(self) -> list[int]:
        return [self.start, self.end]


@dataclass(frozen=True, slots=True)
class Entity:
    """A named thing a fact is about: an instrument, company, place or body."""

    name: str
    id: str | None
    type: str
    mention: str
    start: int
    end: int
    country: str | None = None
    mic: str | None = None
    currency: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "id": self.id, "type": self.type, "mention": self.mention}

    def same_as(self, other: Entity) -> bool:
        if self.id and other.id:
            return self.id == other.id
        return self.name.lower() == other.name.lower()


@dataclass(frozen=True, slots=True)
class Money:
    amount: float | None
    currency: str | None
    low: float | None = None
    high: float | None = None
    bound: str | None = None

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {"amount": self.amount, "currency": self.currency}
        if self.low is not None or self.high is not None:
            d["low"] = self.low
            d["high"] = self.high
        if self.bound is not None:
            d["bound"] = self.bound
        return d


@dataclass(frozen=True, slots=True)
class Quantity:
    """A recognised number with its unit: the output of the recognisers.

    ``kind`` is one of ``pct`` (per cent), ``pp`` (percentage points), ``bps``,
    ``points``, ``money``, ``number``. ``value`` is normalised (bps already
    divided by 100 into percentage points; money in major units).
    """

    kind: str
    value: float
    start: int
    end: int
    currency: str | None = None
    rule: str = ""
    decimals: int = 0
    signed: bool = False
    bid_ask: bool = False


@dataclass(frozen=True, slots=True)
class Move:
    """A stated price, level or index move of one instrument."""

    subject: Entity
    span: Span
    change_pct: float | None = None
    change: float | None = None
    level: float | None = None
    currency: str | None = None
    unit: str | None = None
    period: str = "day"
    as_of: str | None = None
    approx: str | None = None
    phase: str | None = None
    rule: str = ""
    strength: int | None = None
    headline: bool = False
    evidence: tuple[Span, ...] = ()

    kind = "move"

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "kind": "move",
            "span": self.span.to_list(),
            "subject": self.subject.to_dict(),
            "change_pct": self.change_pct,
            "change": self.change,
            "level": self.level,
            "currency": self.currency,
            "unit": self.unit,
            "period": self.period,
            "as_of": self.as_of,
            "approx": self.approx,
            "phase": self.phase,
            "rule": self.rule,
        }
        if self.evidence:
            d["evidence"] = [sp.to_list() for sp in self.evidence]
        return d


@dataclass(frozen=True, slots=True)
class Event:
    """Any other fact kind (streak, record, indicator, ...): its fields as
    ordered pairs so the event stays hashable and immutable."""

    kind: str
    span: Span
    fields: tuple[tuple[str, Any], ...]
    rule: str = ""

    def get(self, name: str, default: Any = None) -> Any:
        for k, v in self.fields:
            if k == name:
                return v
        return default

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {"kind": self.kind, "span": self.span.to_list()}
        for k, v in self.fields:
            d[k] = _plain(v)
        d["rule"] = self.rule
        return d


@dataclass(frozen=True, slots=True)
class Check:
    """What reasoning over the facts found: an implied figure, a disagreement."""

    kind: str
    span: Span
    finding: str
    fields: tuple[tuple[str, Any], ...] = ()

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {"kind": self.kind, "span": self.span.to_list(), "finding": self.finding}
        for k, v in self.fields:
            d[k] = _plain(v)
        return d


def _plain(v: Any) -> Any:
    if isinstance(v, (Entity, Money)):
        return v.to_dict()
    if isinstance(v, (list, tuple)):
        return [_plain(x) for x in v]
    return v


Fact = Move | Event


@dataclass
class Doc:
    """One article: it owns the text; facts and checks point into it."""

    text: str
    date: str | None = None
    id: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)
    facts: list[Fact] = field(default_factory=list)
    checks: list[Check] = field(default_factory=list)
    market: str | None = None

    def span(self, start: int, end: int) -> Span:
        return Span(max(0, start), min(len(self.text), end))

    @property
    def moves(self) -> list[Move]:
        return [f for f in self.facts if isinstance(f, Move)]

    @property
    def events(self) -> list[Event]:
        return [f for f in self.facts if isinstance(f, Event)]

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "id": self.id,
            "date": self.date or "",
            "facts": [f.to_dict() for f in self.facts],
            "checks": [c.to_dict() for c in self.checks],
        }
        # a stage that failed, or text that was cut, is said in the output, never dropped in silence
        for key in ("errors", "warnings"):
            if self.meta.get(key):
                d[key] = list(self.meta[key])
        return d
