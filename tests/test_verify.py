"""Claims held against price series the tests build: each rule with the
claim true, false and undecidable."""

from __future__ import annotations

import csv
from datetime import date, timedelta
from pathlib import Path

import pytest

import marketfacts
from marketfacts.verify import PriceFileError, load_prices, verify

pytest.importorskip("exchange_calendars")


def _daily(path: Path, closes: dict[str, float], symbol: str = "^HSI") -> Path:
    with path.open("w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["date", "symbol", "open", "high", "low", "close"])
        for d, c in sorted(closes.items()):
            w.writerow([d, symbol, c, c, c, c])
    return path


def _verdicts(text: str, day: str, files: list[Path]) -> dict[str, str]:
    doc = marketfacts.read(text, date=day)
    prices = load_prices([str(f) for f in files])
    return {dict(c.fields)["claim"] + ":" + c.finding[:12]: dict(c.fields)["verdict"] for c in verify(doc, prices)}


def _only(text: str, day: str, files: list[Path], claim: str = "move") -> str:
    doc = marketfacts.read(text, date=day)
    prices = load_prices([str(f) for f in files])
    got = [dict(c.fields)["verdict"] for c in verify(doc, prices) if dict(c.fields)["claim"] == claim]
    assert len(got) == 1, got
    return got[0]


# 2024-06-10 is the Tuen Ng holiday in Hong Kong: no session that day.
BASE = {"2024-06-05": 18000.0, "2024-06-06": 18100.0, "2024-06-07": 18000.0, "2024-06-11": 18200.0,
        "2024-06-12": 18400.0}
TEXT = "The Hang Seng Index rose 1.1 per cent to 18,400.00."


def test_precision_sets_the_tolerance(tmp_path: Path) -> None:
    assert _only(TEXT, "2024-06-12", [_daily(tmp_path / "a.csv", BASE)]) == "supported"  # +1.10%
    wrong = dict(BASE, **{"2024-06-11": 18100.0})  # +1.66%
    assert _only(TEXT, "2024-06-12", [_daily(tmp_path / "b.csv", wrong)]) == "contradicted"
    gap = {k: v for k, v in BASE.items() if k != "2024-06-11"}
    assert _only(TEXT, "2024-06-12", [_daily(tmp_path / "c.csv", gap)]) == "unverifiable"


def test_previous_session_skips_the_holiday(tmp_path: Path) -> None:
    text = "The Hang Seng Index rose 1.1 per cent on Tuesday."
    closes = {"2024-06-07": 18000.0, "2024-06-11": 18198.0}
    assert _only(text, "2024-06-11", [_daily(tmp_path / "h.csv", closes)]) == "supported"


def test_intraday_figure_uses_the_price_at_its_time(tmp_path: Path) -> None:
    daily = _daily(tmp_path / "d.csv", {"2024-06-11": 18200.0})
    text = "The Hang Seng Index advanced 1.1 per cent to 18,400.20 at 10.30am."

    def ticks(price: float, when: str = "2024-06-12T10:30:00+08:00") -> Path:
        p = tmp_path / f"t{price}{when[11:13]}.csv"
        p.write_text(f"timestamp,symbol,price\n{when},^HSI,{price}\n")
        return p

    assert _only(text, "2024-06-12", [daily, ticks(18400.20)]) == "supported"
    assert _only(text, "2024-06-12", [daily, ticks(18700.00)]) == "contradicted"
    assert _only(text, "2024-06-12", [daily, ticks(18400.20, "2024-06-12T14:30:00+08:00")]) == "unverifiable"


def test_week_counts_from_last_week_close(tmp_path: Path) -> None:
    text = "The Hang Seng Index rose 0.5 per cent, taking its gain this week to 2.2 per cent."
    good = _daily(tmp_path / "w.csv", BASE)  # 18400 / 18000 = +2.22%
    doc = marketfacts.read(text, date="2024-06-12")
    prices = load_prices([str(good)])
    week = [c for c in verify(doc, prices) if "for the week" in c.finding]
    assert [dict(c.fields)["verdict"] for c in week] == ["supported"]
    bad = _daily(tmp_path / "w2.csv", dict(BASE, **{"2024-06-07": 17500.0}))
    week = [c for c in verify(doc, load_prices([str(bad)])) if "for the week" in c.finding]
    assert [dict(c.fields)["verdict"] for c in week] == ["contradicted"]
    none = _daily(tmp_path / "w3.csv", {k: v for k, v in BASE.items() if k >= "2024-06-11"})
    week = [c for c in verify(doc, load_prices([str(none)])) if c.finding.startswith("no close for the end")]
    assert [dict(c.fields)["verdict"] for c in week] == ["unverifiable"]


def test_streak_counts_sessions(tmp_path: Path) -> None:
    text = "The Hang Seng Index rose for a third day, climbing 1.1 per cent."
    up = {"2024-06-04": 17850.0, "2024-06-05": 17800.0, "2024-06-06": 17900.0, "2024-06-07": 18000.0, "2024-06-11": 18200.0,
          "2024-06-12": 18400.0}
    # sessions up: 06-06, 06-07, 06-11, 06-12 -> four, not three
    assert _only(text.replace("third", "fourth"), "2024-06-12", [_daily(tmp_path / "s.csv", up)], "streak") == "supported"
    assert _only(text, "2024-06-12", [_daily(tmp_path / "s2.csv", up)], "streak") == "contradicted"
    gap = {k: v for k, v in up.items() if k != "2024-06-07"}
    assert _only(text, "2024-06-12", [_daily(tmp_path / "s3.csv", gap)], "streak") == "unverifiable"


def test_best_week_since(tmp_path: Path) -> None:
    text = "The Hang Seng Index is heading for its best week since the start of April, up 2 per cent this week."
    closes: dict[str, float] = {}
    d, level = date(2024, 3, 28), 16000.0
    while d <= date(2024, 6, 12):
        if d.weekday() < 5 and d != date(2024, 6, 10):
            closes[d.isoformat()] = round(level, 2)
            level *= 1.0005
        d += timedelta(days=1)
    closes["2024-06-12"] = round(closes["2024-06-07"] * 1.02, 2)
    assert _only(text, "2024-06-12", [_daily(tmp_path / "r.csv", closes)], "record") == "supported"
    spiky = dict(closes)
    spiky["2024-05-03"] = round(closes["2024-05-03"] * 1.05, 2)
    assert _only(text, "2024-06-12", [_daily(tmp_path / "r2.csv", spiky)], "record") == "contradicted"
    short = {k: v for k, v in closes.items() if k >= "2024-06-03"}
    assert _only(text, "2024-06-12", [_daily(tmp_path / "r3.csv", short)], "record") == "unverifiable"


def test_bad_price_files(tmp_path: Path) -> None:
    p = tmp_path / "bad.csv"
    p.write_text("day,ticker,last\n2024-06-12,^HSI,1\n")
    with pytest.raises(PriceFileError, match=r"bad\.csv: row 1: missing column"):
        load_prices([str(p)])
    p.write_text("date,symbol,open,high,low,close\n2024-06-12,^HSI,1,1,1,18400\nnot-a-date,^HSI,1,1,1,1\n"
                 "2024-06-11,^HSI,1,1,1,18200\n2024-06-11,^HSI,1,1,1,99\n2024-06-10,^HSI,1,1,1,abc\n")
    prices = load_prices([str(p)])
    assert any("row 3: column date" in w for w in prices.warnings)
    assert any("row 5: duplicate" in w for w in prices.warnings)
    assert any("row 6: column close" in w for w in prices.warnings)
    s = prices.get("^HSI")
    assert s is not None and s.days == sorted(s.days) and s.close_on(date(2024, 6, 11)) == 18200.0
    with pytest.raises(PriceFileError, match="no such file"):
        load_prices([str(tmp_path / "missing.csv")])


def test_unknown_symbol_is_unverifiable(tmp_path: Path) -> None:
    f = _daily(tmp_path / "x.csv", BASE, symbol="^N225")
    assert _only(TEXT, "2024-06-12", [f]) == "unverifiable"


def test_readme_seed_example(tmp_path: Path) -> None:
    from .conftest import ROOT, shared_path

    seed = shared_path("seed", "000_aed213d12f714603.txt").read_text("utf-8")
    ex = ROOT / "docs" / "examples"
    doc = marketfacts.read(seed)
    prices = load_prices([str(ex / "seed_daily.csv"), str(ex / "seed_intraday.csv")])
    got = {(dict(c.fields)["claim"], dict(c.fields)["verdict"]) for c in verify(doc, prices)
           if dict(c.fields)["verdict"] != "unverifiable"}
    assert got == {("move", "supported"), ("streak", "supported"), ("record", "supported")}


def test_ingest_stores_the_verdicts(tmp_path: Path) -> None:
    """``marketfacts ingest --prices`` keeps each article's verdicts with its checks."""
    import json

    from click.testing import CliRunner

    from marketfacts.cli import main
    from marketfacts.store import Store

    corpus = tmp_path / "c.jsonl"
    corpus.write_text(json.dumps({"id": "a1", "date": "2024-06-12", "text": TEXT}) + "\n", encoding="utf-8")
    prices = _daily(tmp_path / "p.csv", BASE)
    db = tmp_path / "m.duckdb"
    r = CliRunner().invoke(main, ["ingest", str(corpus), "--db", str(db), "--prices", str(prices), "--no-progress"])
    assert r.exit_code == 0, r.output
    with Store(db, read_only=True) as store:
        art = store.article("a1")
    assert art is not None
    verdicts = [c.get("verdict") for c in art["checks"] if c.get("claim") == "move"]
    assert verdicts == ["supported"]
    # without prices the article is unchanged and keeps what it had
    r = CliRunner().invoke(main, ["ingest", str(corpus), "--db", str(db), "--no-progress"])
    assert r.exit_code == 0 and "unchanged 1" in r.output


def test_bad_intraday_prices_are_skipped_with_a_warning(tmp_path: Path) -> None:
    daily = _daily(tmp_path / "d.csv", {"2024-06-11": 18200.0})
    text = "The Hang Seng Index advanced 1.1 per cent to 18,400.20 at 10.30am."
    for i, bad in enumerate(["nan", "0", "-18400.2", "inf", "Infinity", "abc"]):
        p = tmp_path / f"bad{i}.csv"
        # the bad tick is the latest before the claim's time: read, it would contradict the claim
        p.write_text("timestamp,symbol,price\n2024-06-12T10:20:00+08:00,^HSI,18400.20\n"
                     f"2024-06-12T10:29:00+08:00,^HSI,{bad}\n")
        prices = load_prices([str(daily), str(p)])
        assert any("not a price" in w and "row 3" in w for w in prices.warnings), (bad, prices.warnings)
        assert _only(text, "2024-06-12", [daily, p]) == "supported", bad


def test_conflicting_ticks_leave_the_claim_unverifiable(tmp_path: Path) -> None:
    daily = _daily(tmp_path / "d.csv", {"2024-06-11": 18200.0})
    text = "The Hang Seng Index advanced 1.1 per cent to 18,400.20 at 10.30am."
    p = tmp_path / "dup.csv"
    p.write_text("timestamp,symbol,price\n2024-06-12T10:30:00+08:00,^HSI,18400.20\n"
                 "2024-06-12T10:30:00+08:00,^HSI,18900.00\n")
    prices = load_prices([str(daily), str(p)])
    assert any("conflicting prices for ^HSI" in w for w in prices.warnings)
    assert _only(text, "2024-06-12", [daily, p]) == "unverifiable"


def test_prices_from_a_dataframe_or_arrow_table() -> None:
    """Verify from Python: the same verdicts from a pandas frame, a pyarrow table or a dict as from a file."""
    pd = pytest.importorskip("pandas")
    import pyarrow as pa

    doc = marketfacts.read(TEXT, date="2024-06-12")
    frame = pd.DataFrame({"date": pd.to_datetime(list(BASE)), "symbol": "^HSI", "close": list(BASE.values())})
    for prices in (frame, pa.Table.from_pandas(frame), {"date": list(BASE), "symbol": ["^HSI"] * len(BASE),
                                                        "close": list(BASE.values())}):
        (c,) = verify(doc, prices)
        assert dict(c.fields)["verdict"] == "supported"
    wrong = frame.assign(close=[18000.0, 18100.0, 18000.0, 18100.0, 18400.0])
    (c,) = verify(doc, wrong)
    assert dict(c.fields)["verdict"] == "contradicted"
    with pytest.raises(PriceFileError, match="MF061"):
        verify(doc, pd.DataFrame({"when": [1], "what": [2]}))
    ticks = pd.DataFrame({"timestamp": pd.to_datetime(["2024-06-12T10:00:00+08:00"]), "symbol": ["^HSI"],
                          "price": [18400.0]})
    from marketfacts.verify import prices_from_frame

    assert prices_from_frame(ticks).get("^HSI") is not None
