"""Merge restatements: the same move said twice is one move.

A lede's "Hong Kong shares ended more than one per cent higher" and the
body's "the Hang Seng Index rose 1.68 per cent" are one move; a headline's
"soar 50pc" restates the body's "as much as 50 per cent". The precise figure
is kept, once; fields one statement lacks are taken from the other.
"""

from __future__ import annotations

from dataclasses import replace

from .model import Move, Span
from .reference import Reference


def _key(m: Move, ref: Reference) -> str:
    s = m.subject
    if s.type == "market" and s.id:
        return s.id
    return s.id or s.name.lower()


def _compatible_value(a: float | None, b: float | None, approx_a: str | None, approx_b: str | None) -> bool:
    if a is None or b is None:
        return True
    if abs(a - b) < 1e-9:
        return True
    if (a > 0) != (b > 0) and a != 0 and b != 0:
        return False
    # a hedged or rounded figure matches a precise one within its rounding
    for x, y, ax in ((a, b, approx_a), (b, a, approx_b)):
        xs = f"{abs(x):g}"
        decimals = len(xs.split(".")[1]) if "." in xs else 0
        tol = 0.5 * 10 ** (-decimals)
        if ax == "more than" and abs(y) >= abs(x) and abs(y) - abs(x) < max(1.0, abs(x) * 0.5):
            return True
        if ax == "less than" and abs(y) <= abs(x):
            return True
        if ax in ("about", "nearly") and abs(abs(y) - abs(x)) <= max(tol, abs(x) * 0.15):
            return True
        # (strictly within: "up 2 percent" is not "up 1.5 percent" told again, a half is no rounding's)
        if abs(abs(x) - abs(y)) < tol - 1e-9 and decimals < _decimals(y):
            return True
    return False


def _decimals(x: float) -> int:
    xs = f"{abs(x):g}"
    return len(xs.split(".")[1]) if "." in xs else 0


def _mergeable(a: Move, b: Move) -> bool:
    if a.period != b.period:
        return False
    if (a.as_of or "")[:10] != (b.as_of or "")[:10] and not _same_figures(a, b):
        # (two of the same figures told again are one move, whatever day each telling was dated: "ended 0.16
        # per cent higher at 537.31 points on Monday" in the summary and the body that names no day)
        return False
    if a.phase and b.phase and a.phase != b.phase:
        return False
    if (a.approx == "as much as") != (b.approx == "as much as"):
        return False
    if a.level is not None and b.level is not None and abs(a.level - b.level) > 1e-9:
        hedged = a.approx in ("more than", "less than", "about", "nearly") or b.approx in (
            "more than", "less than", "about", "nearly")
        if not hedged or abs(a.level - b.level) > 0.05 * max(abs(a.level), abs(b.level)):
            return False
    if a.change is not None and b.change is not None and abs(a.change - b.change) > 1e-9 and not (
            (a.approx or b.approx) and _compatible_value(a.change, b.change, a.approx, b.approx)):
        # a hedged change restates a precise one ("jumped more than 120 points", "rose 125.33"); two plain ones
        # differ ("gained two points", "climbed 1-3/4 points": wire copy's changes are exact)
        return False
    if a.change_pct is None and b.change_pct is None:
        return a.level is None or b.level is None
    if a.change_pct is not None and b.change_pct is not None:
        return _compatible_value(a.change_pct, b.change_pct, a.approx, b.approx)
    return True


def _same_figures(a: Move, b: Move) -> bool:
    """Two moves that state the same two figures or more, and no other."""
    pairs = [(a.change_pct, b.change_pct), (a.change, b.change), (a.level, b.level)]
    if any((x is None) != (y is None) for x, y in pairs):
        return False
    said = [(x, y) for x, y in pairs if x is not None and y is not None]
    return len(said) >= 2 and all(abs(x - y) < 1e-9 for x, y in said)


def _precision(m: Move) -> tuple[int, int]:
    hedged = 1 if m.approx in ("more than", "less than", "about", "nearly") else 0
    return (-hedged, _decimals(m.change_pct) if m.change_pct is not None else -1)


def _combine(a: Move, b: Move) -> Move:
    """Keep the more precise of two statements, filling its gaps from the other."""
    keep, other = (a, b) if _precision(a) >= _precision(b) else (b, a)
    if keep.subject.type == "market" and other.subject.type != "market":
        keep = replace(keep, subject=other.subject)
    level = keep.level if keep.level is not None else other.level
    if keep.level is not None and other.level is not None and keep.approx in ("more than", "less than", "about", "nearly"):
        level = other.level
    # a restatement's evidence is both statements: the span covers them. A
    # chain of restatements keeps its first few, so that a text restating one
    # move a thousand times costs a thousand merges, not a million
    ev = tuple(sorted(set((keep.evidence or (keep.span,)) + (other.evidence or (other.span,))),
                      key=lambda sp: sp.start))[:MAX_EVIDENCE]
    span = Span(min(sp.start for sp in ev), max(sp.end for sp in ev))
    return replace(
        keep,
        span=span,
        evidence=ev,
        change_pct=keep.change_pct if keep.change_pct is not None else other.change_pct,
        change=keep.change if keep.change is not None else other.change,
        level=level,
        currency=keep.currency or other.currency,
        unit=keep.unit or other.unit,
        phase=keep.phase or other.phase,
        approx=keep.approx if keep.change_pct is not None or other.change_pct is None else other.approx,
        headline=keep.headline and other.headline,
    )


MAX_EVIDENCE = 8
# a move is merged with one of the last this many kept for its subject (a
# report names an instrument's figures a handful of times, not hundreds)
MAX_CANDIDATES = 64


def merge_moves(moves: list[Move], ref: Reference) -> list[Move]:
    out: list[Move] = []
    by_key: dict[str, list[int]] = {}  # the moves kept so far, by subject
    # body first, headline last: a headline only ever restates
    ordered = sorted(moves, key=lambda m: (m.headline, m.span.start))
    for m in ordered:
        key = _key(m, ref)
        hit = None
        best = None
        same = by_key.setdefault(key, [])
        for i in same[-MAX_CANDIDATES:]:
            o = out[i]
            if not _mergeable(o, m):
                continue
            exact = o.change_pct is not None and m.change_pct is not None and abs(o.change_pct - m.change_pct) < 1e-9
            score = 2 if exact else 1
            if best is None or score > best:
                hit, best = i, score
        if hit is not None:
            out[hit] = _combine(out[hit], m)
        elif m.headline:
            continue  # a headline restates the body; alone it is not read
        else:
            same.append(len(out))
            out.append(m)
    out.sort(key=lambda m: m.span.start)
    return out
