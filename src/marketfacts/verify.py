"""Hold an article's claims against price data the user supplies.

Price files are CSV or Parquet, told apart by their columns:

* daily bars: ``date, symbol, open, high, low, close`` (``volume`` optional);
* intraday prices: ``timestamp`` (ISO 8601 with a zone), ``symbol``, ``price``.

The rules a careful editor uses: the stated precision sets the tolerance
("2.3 per cent" holds for 2.25 to 2.35); an intraday figure is held against
the price at its time in the exchange's zone; "this week" and "the fourth
day" count sessions of the exchange's calendar; a claim about a day the data
has no bar for is unverifiable, never contradicted.
"""

from __future__ import annotations

import csv
import math
from bisect import bisect_right
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from .model import Check, Doc, Event, Move

SUPPORTED, CONTRADICTED, UNVERIFIABLE = "supported", "contradicted", "unverifiable"


class PriceFileError(Exception):
    """[MF060] a price file cannot be read; the message names file, row and column."""


@dataclass
class Series:
    symbol: str
    days: list[date] = field(default_factory=list)
    close: list[float] = field(default_factory=list)
    ticks: list[tuple[datetime, float]] = field(default_factory=list)

    def close_on(self, d: date) -> float | None:
        i = bisect_right(self.days, d) - 1
        return self.close[i] if i >= 0 and self.days[i] == d else None

    def price_at(self, t: datetime) -> float | None:
        """The last intraday price at or before ``t`` on the same day."""
        keys = [x for x, _ in self.ticks]
        i = bisect_right(keys, t) - 1
        if i >= 0 and self.ticks[i][0].date() == t.date() and t - self.ticks[i][0] <= timedelta(minutes=15):
            return self.ticks[i][1]
        return None


@dataclass
class Prices:
    series: dict[str, Series] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)

    def get(self, symbol: str | None) -> Series | None:
        return self.series.get(symbol or "")


class _Rows:
    """Rows of a table as dictionaries, read column-wise (fast for millions)."""

    def __init__(self, columns: dict[str, list[Any]]) -> None:
        self.columns = columns
        self.n = len(next(iter(columns.values()))) if columns else 0

    def __iter__(self) -> Any:
        names = list(self.columns)
        for vals in zip(*(self.columns[c] for c in names), strict=True):
            yield dict(zip(names, vals, strict=True))


def _rows(path: Path) -> tuple[list[str], Any]:
    if path.suffix.lower() in (".parquet", ".pq"):
        import pyarrow.parquet as pq

        tbl = pq.read_table(path)
    else:
        try:
            import pyarrow as pa
            import pyarrow.csv as pacsv

            # every column as text: the loader judges each value and names the row it cannot read
            with path.open("rb") as fh:
                header = fh.readline().decode("utf-8", "replace").strip().split(",")
            opts = pacsv.ConvertOptions(column_types={c: pa.string() for c in header})
            tbl = pacsv.read_csv(path, convert_options=opts)
        except Exception:  # noqa: BLE001 - fall back to the csv module for odd files
            with path.open(encoding="utf-8", newline="") as fh:
                reader = csv.DictReader(fh)
                rows = list(reader)
                return list(reader.fieldnames or []), rows
    return tbl.column_names, _Rows({c: tbl.column(c).to_pylist() for c in tbl.column_names})


def load_prices(paths: list[str | Path], prices: Prices | None = None) -> Prices:
    prices = prices or Prices()
    for p in paths:
        path = Path(p)
        if not path.exists():
            raise PriceFileError(f"[MF060] {path}: no such file")
        try:
            cols, rows = _rows(path)
        except Exception as err:  # noqa: BLE001 - any unreadable file gets the same clear error
            raise PriceFileError(f"[MF060] {path}: cannot read ({type(err).__name__}: {err})") from err
        low = {c.lower().strip(): c for c in cols}
        if {"date", "symbol", "close"} <= set(low):
            _daily(path, rows, low, prices)
        elif {"timestamp", "symbol", "price"} <= set(low):
            _intraday(path, rows, low, prices)
        else:
            missing = sorted({"date", "symbol", "close"} - set(low))
            raise PriceFileError(f"[MF061] {path}: row 1: missing column(s) {', '.join(missing)} "
                                 f"(daily bars need date, symbol, open, high, low, close; intraday prices need "
                                 f"timestamp, symbol, price)")
    return finish(prices)


def prices_from_frame(frame: Any, prices: Prices | None = None, name: str = "<frame>") -> Prices:
    """Prices from a table in memory: a pandas or polars DataFrame, a pyarrow
    Table or a dict of columns, shaped as a price file (daily bars or
    intraday prices, see the module's doc). Bad rows become warnings."""
    prices = prices or Prices()
    if isinstance(frame, dict):
        columns = {str(k): list(v) for k, v in frame.items()}
    else:
        tbl = frame
        if hasattr(tbl, "to_arrow") and not hasattr(tbl, "column_names"):  # polars
            tbl = tbl.to_arrow()
        if not hasattr(tbl, "column_names"):  # pandas
            try:
                import pyarrow as pa
            except ImportError as err:
                raise PriceFileError("[MF062] prices from a DataFrame need pyarrow: pip install 'marketfacts[pandas]'"
                                     ) from err
            try:
                tbl = pa.Table.from_pandas(frame, preserve_index=False)
            except Exception as err:  # noqa: BLE001 - anything that is not a table gets one clear error
                raise PriceFileError(f"[MF062] {name}: not a table of prices ({type(frame).__name__})") from err
        columns = {c: tbl.column(c).to_pylist() for c in tbl.column_names}
    rows = _Rows(columns)
    low = {c.lower().strip(): c for c in columns}
    path = Path(name)
    if {"date", "symbol", "close"} <= set(low):
        _daily(path, rows, low, prices)  # type: ignore[arg-type]
    elif {"timestamp", "symbol", "price"} <= set(low):
        _intraday(path, rows, low, prices)  # type: ignore[arg-type]
    else:
        raise PriceFileError(f"[MF061] {name}: missing column(s) {', '.join(sorted({'date', 'symbol', 'close'} - set(low)))} "
                             "(daily bars need date, symbol, close; intraday prices need timestamp, symbol, price)")
    return finish(prices)


def finish(prices: Prices) -> Prices:
    """Put each series in time order. Two ticks at one moment that disagree
    are both dropped with a warning: a claim that only they could settle is
    left unverifiable, never called contradicted."""
    for s in prices.series.values():
        order = sorted(range(len(s.days)), key=lambda i: s.days[i])
        s.days = [s.days[i] for i in order]
        s.close = [s.close[i] for i in order]
        by_time: dict[datetime, set[float]] = {}
        for t, p in s.ticks:
            by_time.setdefault(t, set()).add(p)
        bad = {t for t, ps in by_time.items() if len(ps) > 1}
        for t in sorted(bad):
            prices.warnings.append(f"conflicting prices for {s.symbol} at {t.isoformat()} "
                                   f"({', '.join(f'{p:g}' for p in sorted(by_time[t]))}); none kept")
        s.ticks = sorted({(t, next(iter(ps))) for t, ps in by_time.items() if t not in bad})
    return prices


def _daily(path: Path, rows: list[dict[str, Any]], low: dict[str, str], prices: Prices) -> None:
    seen: set[tuple[str, date]] = set()
    for n, r in enumerate(rows, start=2):
        sym = str(r.get(low["symbol"]) or "").strip()
        try:
            d = r[low["date"]]
            day = d.date() if isinstance(d, datetime) else d if isinstance(d, date) else \
                date.fromisoformat(str(d).strip()[:10])
        except (ValueError, TypeError):
            prices.warnings.append(f"{path}: row {n}: column date: not a date ({r.get(low['date'])!r}); row skipped")
            continue
        try:
            close = float(r[low["close"]])
            if not math.isfinite(close) or close <= 0:
                raise ValueError
        except (ValueError, TypeError):
            prices.warnings.append(f"{path}: row {n}: column close: not a price ({r.get(low['close'])!r}); row skipped")
            continue
        if not sym:
            prices.warnings.append(f"{path}: row {n}: column symbol: empty; row skipped")
            continue
        if (sym, day) in seen:
            prices.warnings.append(f"{path}: row {n}: duplicate bar for {sym} on {day}; the first is kept")
            continue
        seen.add((sym, day))
        s = prices.series.setdefault(sym, Series(sym))
        s.days.append(day)
        s.close.append(close)


def _intraday(path: Path, rows: list[dict[str, Any]], low: dict[str, str], prices: Prices) -> None:
    for n, r in enumerate(rows, start=2):
        sym = str(r.get(low["symbol"]) or "").strip()
        raw = r.get(low["timestamp"])
        try:
            t = raw if isinstance(raw, datetime) else datetime.fromisoformat(str(raw).strip())
            if t.tzinfo is None:
                raise ValueError("no zone")
        except (ValueError, TypeError):
            prices.warnings.append(f"{path}: row {n}: column timestamp: not a time with a zone ({raw!r}); row skipped")
            continue
        try:
            price = float(r[low["price"]])
        except (ValueError, TypeError):
            price = math.nan
        if not math.isfinite(price) or price <= 0:
            prices.warnings.append(f"{path}: row {n}: column price: not a price ({r.get(low['price'])!r}); "
                                   "row skipped")
            continue
        if sym:
            prices.series.setdefault(sym, Series(sym)).ticks.append((t, price))


# ----------------------------------------------------------------- calendars
_MIC_OF_SUFFIX = {".HK": "XHKG", ".SS": "XSHG", ".SZ": "XSHE", ".T": "XTKS", ".KS": "XKRX", ".L": "XLON",
                  ".DE": "XETR", ".PA": "XPAR", ".AX": "XASX", ".SI": "XSES", ".NS": "XBOM", ".TW": "XTAI"}


def sessions(symbol: str, mic: str | None, start: date, end: date, series: Series) -> list[date]:
    """Trading sessions from start to end: the exchange calendar if known
    (holidays included), else the days the data has bars for."""
    if not mic:
        from .reference import get_reference

        inst = get_reference().instruments.get(symbol)
        mic = inst.mic if inst is not None and inst.mic else None
    mic = mic or next((m for suf, m in _MIC_OF_SUFFIX.items() if symbol.endswith(suf)), None)
    try:
        import exchange_calendars as xc

        if mic:
            cal = xc.get_calendar(mic)
            return [d.date() for d in cal.sessions_in_range(start.isoformat(), end.isoformat())]
    except Exception:  # noqa: BLE001 - no calendar: the data's own days
        pass
    return [d for d in series.days if start <= d <= end]


# -------------------------------------------------------------------- checks
def _tolerance(stated: float) -> float:
    s = f"{abs(stated):g}"
    decimals = len(s.split(".")[1]) if "." in s else 0
    return 0.5 * 10 ** (-decimals) + 1e-9


def _holds(stated: float, actual: float, approx: str | None) -> bool:
    if approx == "more than":
        return actual >= stated - _tolerance(stated)
    if approx == "less than":
        return actual <= stated + _tolerance(stated)
    if approx in ("about", "nearly"):
        return abs(actual - stated) <= max(_tolerance(stated), abs(stated) * 0.1)
    return abs(actual - stated) <= _tolerance(stated)


def _check(m: Move | Event, verdict: str, reason: str, **fields: Any) -> Check:
    return Check(kind="market_data", span=m.span, finding=reason,
                 fields=(("verdict", verdict), ("claim", m.kind), *fields.items()))


def _day_of(as_of: str | None) -> date | None:
    if not as_of or len(as_of) < 10:
        return None
    try:
        return date.fromisoformat(as_of[:10])
    except ValueError:
        return None


def _price_then(m: Move, s: Series) -> tuple[float | None, str]:
    """The price the move's moment refers to: an intraday time, else the close."""
    if m.as_of and "T" in m.as_of:
        try:
            t = datetime.fromisoformat(m.as_of)
        except ValueError:
            t = None
        if t is not None and t.tzinfo is not None and s.ticks:
            p = s.price_at(t)
            if p is not None:
                return p, f"the price at {t.isoformat(timespec='minutes')}"
            return None, f"no intraday price near {t.isoformat(timespec='minutes')}"
        if t is not None and not s.ticks:
            return None, "an intraday figure and no intraday prices"
    d = _day_of(m.as_of)
    if d is None:
        return None, "no date for the claim"
    c = s.close_on(d)
    if c is None:
        # no close yet: the day's latest intraday price stands for "now"
        todays = [(t, p) for t, p in s.ticks if t.date() == d]
        if todays:
            t, p = todays[-1]
            return p, f"the last price of {d} ({t.isoformat(timespec='minutes')})"
    return c, f"the close of {d}" if c is not None else f"no bar on {d}"


def _prev_close(s: Series, mic: str | None, d: date) -> tuple[float | None, date | None]:
    sess = sessions(s.symbol, mic, d - timedelta(days=14), d - timedelta(days=1), s)
    if not sess:
        return None, None
    prev = sess[-1]
    return s.close_on(prev), prev


def verify_move(m: Move, prices: Prices) -> Check | None:
    s = prices.get(m.subject.id)
    if s is None:
        return _check(m, UNVERIFIABLE, f"no prices for {m.subject.id or m.subject.name}")
    d = _day_of(m.as_of)
    if d is None:
        return _check(m, UNVERIFIABLE, "the move has no date")
    now, where = _price_then(m, s)
    if now is None:
        return _check(m, UNVERIFIABLE, where)
    if m.period == "week":
        sess = sessions(s.symbol, m.subject.mic, d - timedelta(days=d.weekday() + 7), d, s)
        before = [x for x in sess if x < d - timedelta(days=d.weekday())]
        if not before or s.close_on(before[-1]) is None:
            return _check(m, UNVERIFIABLE, "no close for the end of the previous week")
        base, base_day = s.close_on(before[-1]), before[-1]
        assert base is not None
        actual = (now / base - 1) * 100
        if m.change_pct is None:
            return None
        ok = _holds(m.change_pct, actual, m.approx)
        return _check(m, SUPPORTED if ok else CONTRADICTED,
                      f"{where} against the {base_day} close is {actual:+.2f}% for the week (stated {m.change_pct:+g}%)",
                      actual_pct=round(actual, 4), base_date=base_day.isoformat())
    if m.period != "day":
        return _check(m, UNVERIFIABLE, f"period {m.period} is not checked")
    results = []
    if m.change_pct is not None:
        prev, prev_day = _prev_close(s, m.subject.mic, d)
        if prev is None:
            return _check(m, UNVERIFIABLE, "no bar for the previous session")
        actual = (now / prev - 1) * 100
        ok = _holds(m.change_pct, actual, m.approx)
        results.append((ok, f"{where} against the {prev_day} close is {actual:+.2f}% (stated {m.change_pct:+g}%)",
                        round(actual, 4)))
    if m.level is not None and m.approx is None:
        ok = abs(now - m.level) <= _tolerance(m.level)
        results.append((ok, f"{where} is {now:,.2f} (stated {m.level:,.2f})", now))
    if not results:
        return None
    ok = all(r[0] for r in results)
    return _check(m, SUPPORTED if ok else CONTRADICTED, "; ".join(r[1] for r in results),
                  actual=results[0][2])


def verify_streak(ev: Event, prices: Prices, doc: Doc) -> Check:
    subj = ev.get("subject")
    s = prices.get(getattr(subj, "id", None))
    if s is None:
        return _check(ev, UNVERIFIABLE, f"no prices for {getattr(subj, 'id', None) or getattr(subj, 'name', '?')}")
    day = _day_of(doc.date)
    if day is None:
        return _check(ev, UNVERIFIABLE, "the article has no date")
    if (ev.get("unit") or "day") not in ("day", "session"):
        return _check(ev, UNVERIFIABLE, f"a streak of {ev.get('unit')}s is not checked")
    today = [m for m in doc.moves if m.subject.id == getattr(subj, "id", None) and m.period == "day"
             and _day_of(m.as_of) == day]
    sess = sessions(s.symbol, getattr(subj, "mic", None), day - timedelta(days=60), day, s)
    closes: list[float | None] = [s.close_on(x) for x in sess]
    if today and closes and closes[-1] is None:
        price, _ = _price_then(today[0], s)
        closes[-1] = price
    sign = 1 if ev.get("direction") == "up" else -1
    count = 0
    for i in range(len(closes) - 1, 0, -1):
        a, b = closes[i - 1], closes[i]
        if a is None or b is None:
            return _check(ev, UNVERIFIABLE, f"no bar on {sess[i - 1] if a is None else sess[i]}")
        if (b - a) * sign > 0:
            count += 1
        else:
            break
    stated = int(ev.get("count") or 0)
    ended = bool(ev.get("ended"))
    ok = count == stated if not ended else count == 0
    return _check(ev, SUPPORTED if ok else CONTRADICTED,
                  f"the data show {count} session(s) {'up' if sign > 0 else 'down'} in a row to {day} (stated {stated})",
                  actual_count=count)


def verify_record(ev: Event, prices: Prices, doc: Doc) -> Check:
    subj = ev.get("subject")
    s = prices.get(getattr(subj, "id", None))
    day = _day_of(doc.date)
    if s is None or day is None:
        return _check(ev, UNVERIFIABLE, "no prices or no date for the record")
    if ev.get("period") != "week" or ev.get("extreme") not in ("best", "worst"):
        return _check(ev, UNVERIFIABLE, "only best and worst weeks are checked")
    since = ev.get("since")
    try:
        start = date.fromisoformat(since + "-01" if since and len(since) == 7 else (since or ""))
    except ValueError:
        return _check(ev, UNVERIFIABLE, "no look-back date")
    week_of = day - timedelta(days=day.weekday())
    moves = [m for m in doc.moves if m.subject.id == getattr(subj, "id", None) and m.period == "week"]
    sess = sessions(s.symbol, getattr(subj, "mic", None), week_of - timedelta(days=7), day, s)
    prev = [x for x in sess if x < week_of]
    now = s.close_on(day)
    if now is None and moves:
        now, _ = _price_then(moves[0], s)
    if not prev or s.close_on(prev[-1]) is None or now is None:
        return _check(ev, UNVERIFIABLE, "no prices for this week")
    current = (now / s.close_on(prev[-1]) - 1) * 100  # type: ignore[operator]
    # the weeks after the one the record is measured from
    weekly: list[tuple[date, float]] = []
    first = start + timedelta(days=7)
    wk = first + timedelta(days=(7 - first.weekday()) % 7)
    while wk < week_of:
        sess = sessions(s.symbol, getattr(subj, "mic", None), wk - timedelta(days=7), wk + timedelta(days=6), s)
        last_prev = [x for x in sess if x < wk]
        in_week = [x for x in sess if wk <= x]
        if last_prev and in_week:
            a, b = s.close_on(last_prev[-1]), s.close_on(in_week[-1])
            if a is None or b is None:
                return _check(ev, UNVERIFIABLE, f"no bar in the week of {wk}")
            weekly.append((wk, (b / a - 1) * 100))
        wk += timedelta(days=7)
    if not weekly:
        return _check(ev, UNVERIFIABLE, "no full week in the look-back")
    best = max(weekly, key=lambda x: x[1]) if ev.get("extreme") == "best" else min(weekly, key=lambda x: x[1])
    ok = current >= best[1] if ev.get("extreme") == "best" else current <= best[1]
    return _check(ev, SUPPORTED if ok else CONTRADICTED,
                  f"this week {current:+.2f}% against the {ev.get('extreme')} week since {start} "
                  f"({best[0]}: {best[1]:+.2f}%)", actual_pct=round(current, 4), compared_to=best[0].isoformat())


def verify(doc: Doc, prices: Any) -> list[Check]:
    """A market_data check for each move, streak and record of the article.
    ``prices``: ``load_prices(files)``, or a DataFrame or Arrow table of them."""
    if not isinstance(prices, Prices):
        prices = prices_from_frame(prices)
    out: list[Check] = []
    for f in doc.facts:
        if isinstance(f, Move):
            c = verify_move(f, prices)
            if c is not None:
                out.append(c)
        elif f.kind == "streak":
            out.append(verify_streak(f, prices, doc))
        elif f.kind == "record":
            out.append(verify_record(f, prices, doc))
    return out
