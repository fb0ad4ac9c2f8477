#!/usr/bin/env python3
"""A bounded load run of the HTTP API on 127.0.0.1: a server on a fresh
store, N client threads each sending M requests (reads, extracts, ingests
and hostile requests mixed), then the count of errors (5xx, dropped
connections, wrong shapes) and requests a second.

    python bench/load.py [--clients 8] [--requests 1125] [--max-seconds 300]

Every request goes to this machine's loopback address only; the run stops
by itself after the requests or the time limit. Not part of the test run.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.servers import Server  # noqa: E402

TEXTS = ["Tencent rose 2.1 per cent to HK$320.40 while the Hang Seng Index gained 1.2 per cent to 18,100.50.",
         "Sony slid 2 per cent to 12,500 yen; the Nikkei 225 fell 0.8 per cent.",
         "The dollar rose 0.3% to 151.20 yen and gold eased 0.5% to $2,310 an ounce."]


def _one(url: str, rnd: random.Random, n: int) -> tuple[int, bool]:
    kind = rnd.randrange(6)
    if kind == 0:
        req = urllib.request.Request(url + "/facts?limit=5")
    elif kind == 1:
        req = urllib.request.Request(url + "/articles?q=Tencent")
    elif kind == 2:
        req = urllib.request.Request(url + "/extract", data=json.dumps({"text": rnd.choice(TEXTS)}).encode(),
                                     headers={"Content-Type": "application/json"}, method="POST")
    elif kind == 3:
        art = {"id": f"a{n % 50}", "date": "2024-06-12", "text": rnd.choice(TEXTS)}
        req = urllib.request.Request(url + "/articles", data=json.dumps({"articles": [art]}).encode(),
                                     headers={"Content-Type": "application/json"}, method="POST")
    elif kind == 4:
        req = urllib.request.Request(url + "/extract", data=b'{"text": 5, "date": "13/07/2023"}',
                                     headers={"Content-Type": "application/json"}, method="POST")
    else:
        req = urllib.request.Request(url + "/instruments/x%22%3E%3Cscript%3E/chart.svg")
    try:
        with urllib.request.urlopen(req, timeout=60) as r:
            r.read()
            return r.status, True
    except urllib.error.HTTPError as err:
        body = err.read()
        ok = err.code < 500 and b'"error"' in body
        return err.code, ok
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return 0, False


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--clients", type=int, default=8)
    ap.add_argument("--requests", type=int, default=1125, help="requests per client")
    ap.add_argument("--max-seconds", type=float, default=300.0)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        server = Server(Path(tmp) / "load.duckdb")
        errors: list[int] = []
        done = [0]
        stop = time.time() + args.max_seconds

        def client(k: int) -> None:
            rnd = random.Random(k)
            for n in range(args.requests):
                if time.time() > stop:
                    return
                status, ok = _one(server.url, rnd, n)
                done[0] += 1
                if not ok:
                    errors.append(status)

        t0 = time.time()
        threads = [threading.Thread(target=client, args=(k,)) for k in range(args.clients)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        elapsed = time.time() - t0
        server.close()
    print(f"{done[0]:,} requests from {args.clients} clients in {elapsed:.1f} s ({done[0] / elapsed:.0f}/s); "
          f"errors: {len(errors)} {sorted(set(errors))}")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
