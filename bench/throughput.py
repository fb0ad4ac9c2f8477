#!/usr/bin/env python3
"""Throughput of marketfacts.read() on one core over Reuters-21578.

    python bench/throughput.py [--corpus PATH] [--limit N] [--no-sentiment | --moves-only]

Prints articles a second and peak RSS for read(), beside the floor of only
JSON-parsing the same file. Not part of the test run. It times the
marketfacts the running Python has installed (`make bench` builds and uses
the compiled one in .venv-fast); --src times the working tree instead.
"""

from __future__ import annotations

import argparse
import gzip
import json
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = ROOT.parent / "shared" / "corpus" / "reuters21578" / "docs.jsonl.gz"


def bodies(path: Path, limit: int | None) -> list[dict]:
    out = []
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            d = json.loads(line)
            if d.get("text", "").strip():
                out.append(d)
                if limit and len(out) >= limit:
                    break
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=DEFAULT)
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--repeat", type=int, default=5,
                    help="runs; the best is reported (on a shared machine a run can be a fifth slower than the next)")
    ap.add_argument("--moves-only", action="store_true", help="skip events, checks and sentiment")
    ap.add_argument("--no-sentiment", action="store_true", help="skip sentiment")
    ap.add_argument("--src", action="store_true", help="time the working tree's src/, not the installed package")
    args = ap.parse_args()
    if not args.corpus.exists():
        sys.exit(f"no corpus at {args.corpus}")
    if args.src:
        sys.path.insert(0, str(ROOT / "src"))
    try:
        import marketfacts
    except ImportError:  # not installed in this interpreter: read the working tree
        sys.path.insert(0, str(ROOT / "src"))
        import marketfacts
    from marketfacts.reference import get_reference

    t0 = time.perf_counter()
    docs = bodies(args.corpus, args.limit)
    t_json = time.perf_counter() - t0
    get_reference()
    marketfacts.read("warm up: Tencent rose 1% to HK$300.", date="2024-01-02")
    opts: dict[str, bool] = {}
    if args.moves_only:
        opts = {"events": False, "checks": False, "sentiment": False}
    elif args.no_sentiment:
        opts = {"sentiment": False}
    runs = []
    for _ in range(max(1, args.repeat)):
        n_facts = 0
        t0 = time.perf_counter()
        for d in docs:
            doc = marketfacts.read(d["text"], date=None, id=str(d.get("newid")), **opts)
            n_facts += len(doc.facts)
        runs.append(time.perf_counter() - t0)
    t_read = min(runs)
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    n = len(docs)
    rows = [
        ("json parse only (floor)", n / t_json if t_json else float("inf"), t_json),
        ("marketfacts.read()", n / t_read, t_read),
    ]
    build = "compiled (mypyc)" if getattr(marketfacts, "COMPILED", False) else "pure Python"
    print(f"build: {build}, {Path(marketfacts.__file__).parent}")
    print(f"stages: {'moves only' if args.moves_only else 'all but sentiment' if args.no_sentiment else 'all'}")
    print(f"articles: {n:,}   facts: {n_facts:,}   peak RSS: {rss_mb:.0f} MB   runs: "
          + ", ".join(f"{n / r:,.0f}/s" for r in runs))
    print(f"{'stage':<28}{'articles/s':>12}{'seconds':>10}")
    for name, rate, secs in rows:
        print(f"{name:<28}{rate:>12,.0f}{secs:>10.2f}")


if __name__ == "__main__":
    main()
