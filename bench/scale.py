#!/usr/bin/env python3
"""Scale benchmark: the local engine with 1 and 2 processes and Spark
local[1] and local[2], over Reuters-21578 replicated to N articles.

    python bench/scale.py [--articles 200000] [--skip-spark]

Prints articles a second, peak RSS per process and the ratio of each run to
one process. Not part of the test run.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import resource
import shutil
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = ROOT.parent / "shared" / "corpus" / "reuters21578" / "docs.jsonl.gz"
sys.path.insert(0, str(ROOT / "src"))


def base_articles(path: Path) -> list[dict]:
    out = []
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            d = json.loads(line)
            if d.get("text", "").strip():
                out.append({"id": str(d["newid"]), "date": None, "text": d["text"]})
    return out


def replicated(base: list[dict], n: int) -> Iterator[dict]:
    for i in range(n):
        a = base[i % len(base)]
        yield {"id": f"{a['id']}-{i // len(base)}", "date": a["date"], "text": a["text"]}


class RssSampler:
    """Highest resident set of processes whose command line matches, read from /proc."""

    def __init__(self, needle: str) -> None:
        self.needle, self.peak_kb, self._stop = needle, 0, False
        self.t = threading.Thread(target=self._run, daemon=True)
        self.t.start()

    def _run(self) -> None:
        while not self._stop:
            for pid in os.listdir("/proc"):
                if not pid.isdigit():
                    continue
                try:
                    cmd = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode("utf-8", "replace")
                    if self.needle not in cmd:
                        continue
                    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                        if line.startswith("VmHWM:"):
                            self.peak_kb = max(self.peak_kb, int(line.split()[1]))
                except OSError:
                    continue
            time.sleep(0.5)

    def stop(self) -> int:
        self._stop = True
        self.t.join()
        return self.peak_kb


def run_local(base: list[dict], n: int, jobs: int) -> tuple[float, float]:
    from marketfacts.corpus import Article
    from marketfacts.extract import extract_stream

    sampler = RssSampler("bench/scale.py")
    items = (Article(a["id"], a["date"], a["text"], {}) for a in replicated(base, n))
    t0 = time.perf_counter()
    count = sum(1 for _ in extract_stream(items, jobs=jobs, chunk=256))
    secs = time.perf_counter() - t0
    peak = max(sampler.stop(), resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
    assert count == n
    return n / secs, peak / 1024


def run_spark(path: Path, n: int, master: str, out: Path) -> tuple[float, float]:
    from marketfacts import spark as mfspark

    ss = mfspark.session(master)
    sampler = RssSampler("pyspark.daemon")  # the Python workers, not the JVM
    t0 = time.perf_counter()
    mfspark.run(ss, [str(path)], str(out))
    secs = time.perf_counter() - t0
    ss.stop()
    return n / secs, sampler.stop() / 1024


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=DEFAULT)
    ap.add_argument("--articles", type=int, default=200_000)
    ap.add_argument("--skip-spark", action="store_true")
    args = ap.parse_args()
    base = base_articles(args.corpus)
    rows = []
    r1, m1 = run_local(base, args.articles, 1)
    rows.append(("local, 1 process", r1, m1))
    r2, m2 = run_local(base, args.articles, 2)
    rows.append(("local, 2 processes", r2, m2))
    if not args.skip_spark:
        tmp = Path(tempfile.mkdtemp(prefix="mfscale"))
        try:
            corpus = tmp / "corpus.jsonl"
            with corpus.open("w", encoding="utf-8") as fh:
                for a in replicated(base, args.articles):
                    fh.write(json.dumps(a) + "\n")
            for master in ("local[1]", "local[2]"):
                r, m = run_spark(corpus, args.articles, master, tmp / master.replace("[", "").replace("]", ""))
                rows.append((f"spark {master}", r, m))
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
    print(f"articles: {args.articles:,} (Reuters-21578 bodies replicated)")
    print(f"{'engine':<22}{'articles/s':>12}{'x one process':>15}{'peak RSS/process MB':>22}")
    for name, rate, mem in rows:
        print(f"{name:<22}{rate:>12,.0f}{rate / r1:>15.2f}{mem:>22.0f}")


if __name__ == "__main__":
    main()
