#!/usr/bin/env python3
"""Train the shipped sentiment model, reproducibly (fixed seed).

    python scripts/train_sentiment.py [--datasets ../shared/datasets] [--out src/marketfacts/data/sentiment_model.json.gz]

Training data: SEntFiN 1.0 headlines (MIT licence) with their entity-level
labels, and sentences generated here from templates written for this project.
Financial PhraseBank, FiQA and SemEval are never read here: they are for
evaluation only (bench/sentiment.py).
"""

from __future__ import annotations

import argparse
import csv
import gzip
import json
import math
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from marketfacts.sentiment import LABELS, features  # noqa: E402

SEED = 20261126
PAIR = re.compile(r"""['"](.+?)['"]\s*:\s*['"](positive|negative|neutral)['"]""")


def sentfin(path: Path) -> list[tuple[str, int]]:
    out = []
    with path.open(encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            pairs = PAIR.findall(r["Decisions"])
            if not pairs:
                continue
            title = r["Title"]
            labels = {lab for _, lab in pairs}
            if len(labels) == 1:
                out.append((title, LABELS.index(labels.pop())))
            else:
                # entity-level: the headline as seen from each entity
                for ent, lab in pairs:
                    out.append((title.replace(ent, " target "), LABELS.index(lab)))
    return out


METRICS_GOOD = ["net sales", "operating profit", "net profit", "revenue", "sales", "earnings per share", "order intake",
                "pre-tax profit", "operating income", "profit", "turnover", "orders", "market share", "margin"]
METRICS_BAD = ["net loss", "operating loss", "costs", "debt", "pre-tax loss", "losses"]
UP = ["rose", "increased", "grew", "climbed", "jumped", "improved", "doubled", "went up", "was up"]
DOWN = ["fell", "decreased", "declined", "dropped", "slipped", "was down", "shrank", "contracted"]
GOOD_NEWS = [
    "{X} won a contract worth EUR {a} mn to supply equipment to {c} .",
    "{X} said demand remained strong and it expects sales to grow this year .",
    "{X} raised its full-year outlook after a strong first half .",
    "Analysts upgraded {X} to buy after the results beat expectations .",
    "{X} 's order backlog increased to EUR {a} mn , the highest level in its history .",
    "The company turned to a profit of EUR {a} mn from a loss of EUR {b} mn a year earlier .",
    "{X} will increase its dividend to EUR 0.{n2} per share .",
    "The acquisition strengthens {X} 's position in {c} and is expected to add to earnings .",
    "Operating margin improved to {n2} % from {n3} % .",
    "{X} signed a cooperation agreement that will boost its growth in {c} .",
]
BAD_NEWS = [
    "{X} cut its full-year outlook citing weak demand in {c} .",
    "{X} will lay off {n} employees and close its plant in {c} .",
    "The company swung to a loss of EUR {a} mn from a profit of EUR {b} mn .",
    "{X} warned that profit will fall short of expectations .",
    "Analysts downgraded {X} after sales missed forecasts .",
    "{X} 's operating loss widened to EUR {a} mn .",
    "Operating margin weakened to {n3} % from {n2} % .",
    "{X} faces a fine of EUR {a} mn after a competition probe .",
    "Demand for the company 's products declined sharply in {c} .",
    "{X} said it will not pay a dividend after a difficult year .",
]
NEUTRAL = [
    "{X} will release its interim report for January-{m} on {m} {d} .",
    "The shares are traded on the {c} stock exchange .",
    "{X} manufactures packaging materials and employs about {n} people .",
    "The value of the contract was not disclosed .",
    "The company did not give a reason for the change .",
    "{X} is part of the {Y} group .",
    "The facility is located in {c} and serves customers in {n2} countries .",
    "Production at the site is scheduled to begin in {m} .",
    "{X} acquired a {n2} % stake in a {c} distributor .",
    "The deal is subject to approval by the competition authorities .",
    "The net sales of the unit were EUR {a} mn in {m} .",
    "{X} 's chief executive will present the company at the conference .",
    "The company has {n} employees in {c}.",
    "The agreement was signed in {m}.",
    "{X} is a {c}-based provider of software services.",
    "The shares will be listed on the main market of the exchange.",
    "The annual general meeting will be held on {m} {d}.",
    "{X} said the transaction is expected to close in the second quarter.",
    "The company will publish its interim report on {m} {d}.",
    "{X} operates {n} stores in {c}.",
    "The new plant will have a capacity of {n} tonnes a year.",
    "{X} appointed a new chief financial officer, effective {m} {d}.",
    "The contract covers the delivery of equipment to {c}.",
    "Financial details were not disclosed.",
    "The board proposes that no dividend be paid for the period.",
    "The offer period begins on {m} {d} and ends on {m} {d2}.",
    "{X} sells its products in more than {n} countries.",
]


def templated(rng: random.Random, n: int) -> list[tuple[str, int]]:
    names = ["Alvona", "Brestel", "Corvinex", "Dalmar Oyj", "Eskola Group", "Fintra", "Gorvin Holdings", "Halvik"]
    countries = ["Finland", "Sweden", "Poland", "Germany", "China", "Russia", "Estonia"]
    months = ["January", "March", "May", "June", "September", "November"]
    out = []
    for _ in range(n):
        kind = rng.random()
        x = rng.choice(names)
        a, b = rng.randint(2, 900) / 10, rng.randint(2, 900) / 10
        period = rng.choice(["In the third quarter of 2010", "In January-June", "For the full year",
                             "In the reporting period", ""])
        if kind < 0.34:
            good = rng.random() < 0.7
            metric = rng.choice(METRICS_GOOD if good else METRICS_BAD)
            up = rng.random() < 0.5
            verb = rng.choice(UP if up else DOWN)
            label = 2 if (up == good) else 0
            s = f"{period} , {x} 's {metric} {verb} to EUR {a} mn from EUR {b} mn ." if period else \
                f"{x} 's {metric} {verb} by {rng.randint(1, 60)} % to EUR {a} mn ."
            out.append((s, label))
        elif kind < 0.42:
            up = rng.random() < 0.5
            s = f"Shares in {x} {rng.choice(UP if up else DOWN)} {rng.randint(1, 15)} % after the results ."
            out.append((s, 2 if up else 0))
        elif kind < 0.55:
            good = rng.random() < 0.5
            t = rng.choice(GOOD_NEWS if good else BAD_NEWS)
            n2, n3 = rng.randint(5, 15), rng.randint(1, 4)
            if not good:
                n2, n3 = n3, n2
            out.append((t.format(X=x, a=a, b=b, c=rng.choice(countries), n=rng.randint(10, 900), n2=n2, n3=n3),
                        2 if good else 0))
        else:
            t = rng.choice(NEUTRAL)
            out.append((t.format(X=x, Y=rng.choice(names), n=rng.randint(10, 9000), n2=rng.randint(2, 60),
                                 a=a, c=rng.choice(countries), m=rng.choice(months), d=rng.randint(1, 28),
                                 d2=rng.randint(1, 28)), 1))
    return out


def train(data: list[tuple[str, int]], epochs: int, rng: random.Random, l2: float = 1e-5,
          lr: float = 0.2) -> tuple[list[float], dict[str, list[float]]]:
    counts: dict[str, int] = {}
    feats = [(list(set(features(t))), y) for t, y in data]
    for fs, _ in feats:
        for f in fs:
            counts[f] = counts.get(f, 0) + 1
    vocab = {f for f, c in counts.items() if c >= 2}
    w: dict[str, list[float]] = {f: [0.0, 0.0, 0.0] for f in vocab}
    b = [0.0, 0.0, 0.0]
    # class weights: each class counts as much as the others
    per = [sum(1 for _, y in feats if y == k) for k in range(3)]
    cw = [len(feats) / (3 * max(1, c)) for c in per]
    for ep in range(epochs):
        rng.shuffle(feats)
        rate = lr / (1 + ep)
        for fs, y in feats:
            fs = [f for f in fs if f in vocab]
            z = [b[k] + sum(w[f][k] for f in fs) for k in range(3)]
            m = max(z)
            e = [math.exp(v - m) for v in z]
            s = sum(e)
            p = [v / s for v in e]
            for k in range(3):
                g = (p[k] - (1.0 if k == y else 0.0)) * cw[y]
                b[k] -= rate * g
                for f in fs:
                    wf = w[f]
                    wf[k] -= rate * (g + l2 * wf[k])
    return b, w


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--datasets", type=Path, default=ROOT.parent / "shared" / "datasets")
    ap.add_argument("--out", type=Path, default=ROOT / "src" / "marketfacts" / "data" / "sentiment_model.json.gz")
    ap.add_argument("--epochs", type=int, default=6)
    args = ap.parse_args()
    rng = random.Random(SEED)
    data = sentfin(args.datasets / "sentfin" / "SEntFiN.csv") + templated(rng, 9000)
    b, w = train(data, args.epochs, rng)
    kept = {f: [round(x, 3) for x in v] for f, v in sorted(w.items()) if max(abs(x) for x in v) >= 0.02}
    blob = json.dumps({"labels": list(LABELS), "bias": [round(x, 4) for x in b], "weights": kept,
                       "trained_on": "SEntFiN 1.0 (MIT) + templated sentences (this project)", "seed": SEED},
                      sort_keys=True, separators=(",", ":")).encode()
    args.out.write_bytes(gzip.compress(blob, mtime=0))
    print(f"{len(data):,} training sentences; {len(kept):,} features kept; wrote {args.out} "
          f"({args.out.stat().st_size:,} bytes)")


if __name__ == "__main__":
    main()
