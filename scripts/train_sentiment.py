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
import tomllib
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


TEMPLATES = Path(__file__).resolve().parent / "sentiment_templates.toml"


def _fill(t: str, rng: random.Random, slots: dict[str, list[str]]) -> str:
    """A template with its slots filled; amounts {a} > {b}."""
    a = rng.randint(20, 9000) / 10
    b = round(a * rng.uniform(0.3, 0.95), 1)
    vals = {"a": f"{a:g}", "b": f"{b:g}", "n": str(rng.choice([rng.randint(2, 60), rng.randint(60, 4000)])),
            "p": f"{rng.randint(1, 45)}" + rng.choice(["", ".5", ".2"]), "d": str(rng.randint(1, 28))}
    for k, v in slots.items():
        vals[k] = rng.choice(v)
    vals["Y"] = rng.choice(slots["X"])
    vals["period"] = vals["period"].format(year=vals["year"])
    return t.format(**vals).replace("{year}", vals["year"])


def templated(rng: random.Random, n: int) -> list[tuple[str, int]]:
    """Sentences from the written templates, and moves of metrics composed
    from the slot lists: a good metric up is positive, a bad one up negative,
    and a level stated without a change neutral."""
    raw = tomllib.loads(TEMPLATES.read_text("utf-8"))
    slots = raw["slots"]
    fill_slots = {k: v for k, v in slots.items() if k in ("X", "c", "city", "m", "year", "period", "product", "role", "person")}
    tables = [(raw["templates"][lab], LABELS.index(lab)) for lab in LABELS]
    forms = raw["metric_forms"]
    out: list[tuple[str, int]] = []
    for _ in range(n):
        r = rng.random()
        if r < 0.5:
            ts, y = rng.choice(tables)
            out.append((_fill(rng.choice(ts), rng, fill_slots), y))
            continue
        good = rng.random() < 0.7
        metric = rng.choice(slots["good_metrics"] if good else slots["bad_metrics"])
        subj = rng.choice(["{X} 's ", "The company 's ", "The group 's ", "Its ", ""])
        lead = rng.choice(["In {period} , ", "", "", "During {period} , "])
        if lead:
            subj = subj[:1].lower() + subj[1:]
        head = lead + subj + metric
        head = head[0].upper() + head[1:]
        upward = rng.random() < 0.5
        big, small = "EUR {a} mn", "EUR {b} mn"
        new, old = (big, small) if upward else (small, big)
        form = rng.random() * 1.3
        if form >= 1.0:
            # a level alone: no news either way, however the sentence runs
            t = rng.choice(slots["levels_only"]).replace("{metric}", metric.lower())
            out.append((_fill(t, rng, fill_slots), 1))
            continue
        shape = next((f for f in forms if form < f["below"]), None)
        if shape is None:
            # a level alone: no news either way
            s = f"{head} {rng.choice(slots['level'])} {new} {rng.choice(slots['tails'])}."
            out.append((_fill(s, rng, fill_slots), 1))
            continue
        words = slots["level"] if shape["verb"] == "level" else slots["up" if upward else "down"]
        s = shape["text"].format(head=head, verb=rng.choice(words), new=new, old=old,
                                 dir="up" if upward else "down")
        if rng.random() < 0.4:
            # the filler of a long report sentence does not change its news
            s = s[:-1] + rng.choice(slots["tails"]) + "."
        out.append((_fill(s, rng, fill_slots), 2 if upward == good else 0))
    return out


def train(data: list[tuple[str, int]], epochs: int, rng: random.Random, l2: float = 1e-5,
          lr: float = 0.02) -> tuple[list[float], dict[str, list[float]]]:
    counts: dict[str, int] = {}
    feats = [(list(set(features(t))), y) for t, y in data]
    for fs, _ in feats:
        for f in fs:
            counts[f] = counts.get(f, 0) + 1
    vocab = {f for f, c in counts.items() if c >= 2}
    w: dict[str, list[float]] = {f: [0.0, 0.0, 0.0] for f in vocab}
    b = [0.0, 0.0, 0.0]
    sw: dict[str, list[float]] = {f: [0.0, 0.0, 0.0] for f in vocab}
    sb = [0.0, 0.0, 0.0]
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
        # the mean of the epochs' weights: steadier than the last epoch's
        for k in range(3):
            sb[k] += b[k]
        for f, wf in w.items():
            sf = sw[f]
            for k in range(3):
                sf[k] += wf[k]
    n = float(epochs)
    return [x / n for x in sb], {f: [x / n for x in v] for f, v in sw.items()}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--datasets", type=Path, default=ROOT.parent / "shared" / "datasets")
    ap.add_argument("--out", type=Path, default=ROOT / "src" / "marketfacts" / "data" / "sentiment_model.json.gz")
    ap.add_argument("--epochs", type=int, default=6)
    ap.add_argument("--templates", type=int, default=16000, help="templated sentences to generate")
    args = ap.parse_args()
    rng = random.Random(SEED)
    data = sentfin(args.datasets / "sentfin" / "SEntFiN.csv") + templated(rng, args.templates)
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
