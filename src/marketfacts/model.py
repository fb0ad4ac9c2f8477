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
    """An amount, or a range of one (``low``..``high`` with ``amount`` null),
    in major units of ``currency``; null currency for plain counts."""

    amount: float | None
    currency: str | None
    low: float | None = None
    high: float | None = None
    bound: str | None = None
    unit: str | None = None

    def to_dict(self) -> dict[str, Any]:
        # every key every time: one struct type for every value in the output (docs/facts.md)
        return {"amount": self.amount, "low": self.low, "high": self.high, "currency": self.currency,
                "unit": self.unit, "bound": self.bound}


# the fields whose value is an amount: written as one struct whatever the reader held
VALUE_FIELDS = frozenset(["value", "price", "proceeds", "price_per_share", "total", "amount"])


def value_dict(v: Any) -> dict[str, Any] | None:
    """A number, a money, a range dict or a list of them as the one value struct."""
    if v is None:
        return None
    if isinstance(v, Money):
        return v.to_dict()
    if isinstance(v, (list, tuple)):
        return value_dict(v[0]) if v else None
    if isinstance(v, dict):
        return {"amount": _float(v.get("amount")), "low": _float(v.get("low")), "high": _float(v.get("high")),
                "currency": v.get("currency"), "unit": v.get("unit"), "bound": v.get("bound")}
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        return {"amount": float(v), "low": None, "high": None, "currency": None, "unit": None, "bound": None}
    return None


def _float(x: Any) -> float | None:
    return float(x) if isinstance(x, (int, float)) and not isinstance(x, bool) else None


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
            d[k] = value_dict(v) if k in VALUE_FIELDS else _plain(v)
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
            d[k] = value_dict(v) if isinstance(v, Money) else _plain(v)
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

    def __repr__(self) -> str:
        n_moves = len(self.moves)
        return (f"<Doc id={self.id!r} {n_moves} moves, {len(self.facts) - n_moves} events, "
                f"{len(self.checks)} checks>")

    def _repr_html_(self) -> str:
        """The article with its facts marked, for a notebook (the web page's renderer)."""
        from .render import render_html

        return render_html(self.text, self.to_dict())

    def to_arrow(self, kind: str | None = None) -> Any:
        """The facts as a ``pyarrow.Table``, one row a fact (``marketfacts.schema``)."""
        from .schema import fact_rows, to_table

        return to_table(fact_rows([self.to_dict()], kind=kind))

    @classmethod
    def from_dict(cls, d: dict[str, Any], text: str | None = None) -> Doc:
        """A ``Doc`` again from a line of the JSONL ``to_dict`` writes. The line
        has no text: pass it as ``text`` (or in the line's ``text`` key) for
        spans to be read against it."""
        body = text if text is not None else d.get("text")
        doc = cls(text=body if isinstance(body, str) else "", date=d.get("date") or None, id=d.get("id"))
        for f in d.get("facts") or ():
            doc.facts.append(_fact_of(f))
        for c in d.get("checks") or ():
            doc.checks.append(Check(kind=c.get("kind", ""), span=_span(c.get("span")), finding=c.get("finding", ""),
                                    fields=tuple((k, v) for k, v in c.items() if k not in ("kind", "span", "finding"))))
        for key in ("errors", "warnings"):
            if d.get(key):
                doc.meta[key] = list(d[key])
        return doc

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


def _span(v: Any) -> Span:
    try:
        return Span(int(v[0]), int(v[1]))
    except (TypeError, ValueError, IndexError):
        return Span(0, 0)


def _entity_of(v: Any, span: Span) -> Any:
    if isinstance(v, dict) and "name" in v:
        return Entity(name=v.get("name") or "", id=v.get("id"), type=v.get("type") or "", mention=v.get("mention") or "",
                      start=span.start, end=span.end)
    return v


def _field_of(k: str, v: Any, span: Span) -> Any:
    if k in VALUE_FIELDS and isinstance(v, dict):
        return Money(v.get("amount"), v.get("currency"), v.get("low"), v.get("high"), v.get("bound"), v.get("unit"))
    if isinstance(v, list) and v and isinstance(v[0], dict):
        return [_entity_of(x, span) for x in v]
    return _entity_of(v, span)


def _fact_of(f: dict[str, Any]) -> Fact:
    span = _span(f.get("span"))
    if f.get("kind") == "move":
        ev = f.get("evidence") or ()
        return Move(subject=_entity_of(f.get("subject") or {"name": ""}, span), span=span,
                    change_pct=f.get("change_pct"), change=f.get("change"), level=f.get("level"),
                    currency=f.get("currency"), unit=f.get("unit"), period=f.get("period") or "day",
                    as_of=f.get("as_of"), approx=f.get("approx"), phase=f.get("phase"), rule=f.get("rule") or "",
                    evidence=tuple(_span(x) for x in ev))
    fields = tuple((k, _field_of(k, v, span)) for k, v in f.items() if k not in ("kind", "span", "rule"))
    return Event(kind=str(f.get("kind") or ""), span=span, fields=fields, rule=f.get("rule") or "")
