#!/usr/bin/env python3
"""Verification cost: extraction alone against extraction plus verification
of every move, streak and record of Reuters-21578, held against a price file
of 1,000 symbols by 10 years of daily bars (made up, deterministic).

    python bench/verify_bench.py
"""

from __future__ import annotations

import gzip
import json
import random
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
CORPUS = ROOT.parent / "shared" / "corpus" / "reuters21578" / "docs.jsonl.gz"


def main() -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    import marketfacts
    from marketfacts.reference import get_reference
    from marketfacts.verify import load_prices, verify

    texts = []
    with gzip.open(CORPUS, "rt", encoding="utf-8") as fh:
        for line in fh:
            d = json.loads(line)
            if d["text"].strip():
                texts.append(d["text"])
    get_reference()
    marketfacts.read("warm up 1%")
    t0 = time.perf_counter()
    docs = [marketfacts.read(t) for t in texts]
    t_extract = time.perf_counter() - t0
    # 1,000 symbols: those the corpus moves name first, then others from the reference
    ids: list[str] = []
    for doc in docs:
        for m in doc.moves:
            if m.subject.id and m.subject.id not in ids:
                ids.append(m.subject.id)
    rng = random.Random(7)
    pool = sorted(i for i in get_reference().instruments if i not in ids)
    ids += rng.sample(pool, max(0, 1000 - len(ids)))
    ids = ids[:1000]
    days = [date(1980, 1, 2) + timedelta(days=i) for i in range(3650)]
    days = [d for d in days if d.weekday() < 5]
    cols: dict[str, list] = {"date": [], "symbol": [], "open": [], "high": [], "low": [], "close": []}
    for sym in ids:
        level = 100.0
        for d in days:
            level *= 1 + rng.uniform(-0.02, 0.02)
            c = round(level, 2)
            cols["date"].append(d)
            cols["symbol"].append(sym)
            for k in ("open", "high", "low", "close"):
                cols[k].append(c)
    tmp = Path(tempfile.mkdtemp()) / "prices.parquet"
    pq.write_table(pa.table(cols), tmp)
    t0 = time.perf_counter()
    docs = [marketfacts.read(t) for t in texts]
    prices = load_prices([tmp])
    n_checks = 0
    for doc in docs:
        n_checks += len(verify(doc, prices))
    t_verify = time.perf_counter() - t0
    print(f"articles {len(texts):,}; price file {len(cols['date']):,} bars of {len(ids)} symbols; {n_checks:,} claims held")
    print(f"{'run':<34}{'seconds':>10}")
    print(f"{'extraction alone':<34}{t_extract:>10.2f}")
    print(f"{'extraction + load prices + verify':<34}{t_verify:>10.2f}")
    print(f"ratio {t_verify / t_extract:.2f} (target at most 2.00)")


if __name__ == "__main__":
    main()
