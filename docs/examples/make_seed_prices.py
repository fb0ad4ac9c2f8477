#!/usr/bin/env python3
"""Write the illustrative price files of the README's verify example.

The numbers are made up (a deterministic pattern), shaped so that the seed
article's claims can be held against them: they are not market data.
"""

from __future__ import annotations

import csv
import math
from pathlib import Path

import exchange_calendars as xc

HERE = Path(__file__).resolve().parent


def main() -> None:
    cal = xc.get_calendar("XHKG")
    days = [d.date() for d in cal.sessions_in_range("2022-12-30", "2023-07-12")]
    fixed = {"2023-07-07": 18365.70, "2023-07-10": 18479.73, "2023-07-11": 18659.83, "2023-07-12": 18860.95}
    # walk back from 2023-07-07 with small made-up daily returns
    closes: dict[str, float] = dict(fixed)
    level = fixed["2023-07-07"]
    idx = [d.isoformat() for d in days]
    k = idx.index("2023-07-07")
    for i in range(k, 0, -1):
        r = 0.004 * math.sin(i * 1.7) - 0.0004
        d = idx[i - 1]
        # the first week of January was the strong one the article compares with
        if "2023-01-03" <= idx[i] <= "2023-01-06":
            r = 0.0147
        level = level / (1 + r)
        closes[d] = round(level, 2)
    with (HERE / "seed_daily.csv").open("w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["date", "symbol", "open", "high", "low", "close"])
        for d in sorted(closes):
            c = closes[d]
            w.writerow([d, "^HSI", round(c * 0.998, 2), round(c * 1.006, 2), round(c * 0.994, 2), c])
    with (HERE / "seed_intraday.csv").open("w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["timestamp", "symbol", "price"])
        for t, p in (("2023-07-13T09:30:00+08:00", 19010.40), ("2023-07-13T10:00:00+08:00", 19215.30),
                     ("2023-07-13T10:16:00+08:00", 19290.90), ("2023-07-13T10:30:00+08:00", 19305.10)):
            w.writerow([t, "^HSI", p])


if __name__ == "__main__":
    main()
