#!/usr/bin/env python3
"""Time read() on adversarial text shapes at growing sizes and print the slope
of time against size (1.0 is linear; 2.0 quadratic) and the cost a KB.

    python bench/adversarial.py [--sizes 10,100,1000] [--shape NAME]

The bars (issue 17): every slope at most 1.15, no input slower than 20 ms a
KB. Not a test: timing belongs in a benchmark on this shared machine.
"""

from __future__ import annotations

import argparse
import math
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _fill(unit: str) -> Callable[[int], str]:
    def make(n: int) -> str:
        return (unit * (n // len(unit) + 1))[:n]
    return make


def _restated(n: int) -> str:
    # one move restated sentence after sentence
    s = "The Hang Seng Index rose 1.2 per cent to 18,100.50. "
    return (s * (n // len(s) + 1))[:n]


def _numbers(n: int) -> str:
    out, i = [], 0
    while sum(len(x) for x in out) < n:
        out.append(f"{i % 997},{i % 1000:03d}.{i % 100:02d} ")
        i += 1
    return "".join(out)[:n]


def _names(n: int) -> str:
    return _fill("Alpha Beta Gamma Holdings Delta Corp Epsilon Group rose ")(n)


SHAPES: dict[str, Callable[[int], str]] = {
    "record words": _fill("highest since lowest since record high biggest weekly gain "),
    "rose 1% repeated": _fill("rose 1% "),
    "one move restated": _restated,
    "numbers without words": _numbers,
    "capitalised names": _names,
    "streak words": _fill("for a third straight day fourth consecutive session "),
    "one long sentence of moves": _fill("Tencent rose 2% to HK$300, "),
    "no spaces": _fill("rose1%to300"),
    "newlines": _fill("Tencent\n"),
    "realistic report": _restated,
}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="10,100,1000", help="sizes in KB, ascending")
    ap.add_argument("--shape", action="append", help="only these shapes (repeatable)")
    ap.add_argument("--src", action="store_true", help="time the working tree's src/ instead of the installed package")
    args = ap.parse_args()
    if args.src:
        sys.path.insert(0, str(ROOT / "src"))
    import marketfacts

    sizes = [int(x) for x in args.sizes.split(",")]
    marketfacts.read("warm up: Tencent rose 1%.")
    worst_slope, worst_ms = 0.0, 0.0
    print(f"{'shape':30} " + " ".join(f"{str(s) + ' KB':>10}" for s in sizes) + "   slope   ms/KB")
    for name, make in SHAPES.items():
        if args.shape and name not in args.shape:
            continue
        times = []
        for kb in sizes:
            text = make(kb * 1024)
            t = time.process_time()
            marketfacts.read(text)
            times.append(max(time.process_time() - t, 1e-4))
        slope = max((math.log(times[i + 1] / times[i]) / math.log(sizes[i + 1] / sizes[i])
                     for i in range(len(sizes) - 1)), default=1.0)
        ms_kb = max(1000 * t / kb for t, kb in zip(times, sizes))
        worst_slope, worst_ms = max(worst_slope, slope), max(worst_ms, ms_kb)
        print(f"{name:30} " + " ".join(f"{t:9.2f}s" for t in times) + f"   {slope:5.2f}   {ms_kb:5.1f}")
    print(f"worst slope {worst_slope:.2f} (bar 1.15), worst {worst_ms:.1f} ms a KB (bar 20)")


if __name__ == "__main__":
    main()
