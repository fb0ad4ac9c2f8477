#!/usr/bin/env python3
"""Evaluate the sentiment model on held-out public sets (never trained on):

* Financial PhraseBank, AllAgree (2,264) and 50Agree (4,846): accuracy, macro F1;
* FiQA 2018 task 1 headlines and SemEval-2017 task 5 headlines: Pearson r.

Beside a majority baseline and VADER (if ``vaderSentiment`` is installed).

    python bench/sentiment.py
"""

from __future__ import annotations

import json
import math
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
DATA = ROOT.parent / "shared" / "datasets"


def phrasebank(name: str) -> list[tuple[str, str]]:
    out = []
    for line in (DATA / "financial_phrasebank" / name).read_text("latin-1").splitlines():
        if "@" in line:
            s, lab = line.rsplit("@", 1)
            out.append((s.strip(), lab.strip()))
    return out


def fiqa() -> list[tuple[str, str, float]]:
    out = []
    for f in ("task1_headline_ABSA_train.json", "task1_headline_ABSA_test.json"):
        p = DATA / "fiqa_task1" / f
        if not p.exists():
            continue
        for item in json.loads(p.read_text("utf-8")).values():
            for info in item.get("info", []):
                if "sentiment_score" in info:
                    out.append((item["sentence"], info.get("target", ""), float(info["sentiment_score"])))
    return out


def semeval() -> list[tuple[str, str, float]]:
    p = DATA / "semeval2017_task5_headlines" / "SemEval2017Task5Headlines.json"
    return [(d["title"], d.get("company", ""), float(d["sentiment"])) for d in json.loads(p.read_text("utf-8"))
            if "sentiment" in d]


def acc_f1(gold: list[str], pred: list[str]) -> tuple[float, float]:
    acc = sum(g == p for g, p in zip(gold, pred, strict=True)) / len(gold)
    f1s = []
    for lab in ("negative", "neutral", "positive"):
        tp = sum(g == p == lab for g, p in zip(gold, pred, strict=True))
        fp = sum(p == lab != g for g, p in zip(gold, pred, strict=True))
        fn = sum(g == lab != p for g, p in zip(gold, pred, strict=True))
        pr = tp / (tp + fp) if tp + fp else 0.0
        rc = tp / (tp + fn) if tp + fn else 0.0
        f1s.append(2 * pr * rc / (pr + rc) if pr + rc else 0.0)
    return acc, sum(f1s) / 3


def pearson(a: list[float], b: list[float]) -> float:
    n = len(a)
    ma, mb = sum(a) / n, sum(b) / n
    cov = sum((x - ma) * (y - mb) for x, y in zip(a, b, strict=True))
    va = math.sqrt(sum((x - ma) ** 2 for x in a))
    vb = math.sqrt(sum((y - mb) ** 2 for y in b))
    return cov / (va * vb) if va and vb else 0.0


def main() -> None:
    from marketfacts.sentiment import model

    m = model()
    systems: dict[str, object] = {"marketfacts": lambda t: m.score(t)}
    try:
        from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

        vader = SentimentIntensityAnalyzer()

        def vader_score(t: str) -> tuple[float, str]:
            c = vader.polarity_scores(t)["compound"]
            return c, "positive" if c >= 0.05 else "negative" if c <= -0.05 else "neutral"

        systems["VADER"] = vader_score
    except ImportError:
        print("(VADER not installed: pip install vaderSentiment to compare)")
    rows = []
    for name in ("Sentences_AllAgree.txt", "Sentences_50Agree.txt"):
        data = phrasebank(name)
        gold = [g for _, g in data]
        majority = max(set(gold), key=gold.count)
        acc, f1 = acc_f1(gold, [majority] * len(gold))
        rows.append((f"PhraseBank {name[10:-4]}", "majority", f"acc {acc:.3f}  macro-F1 {f1:.3f}"))
        for sname, fn in systems.items():
            acc, f1 = acc_f1(gold, [fn(s)[1] for s, _ in data])  # type: ignore[operator]
            rows.append((f"PhraseBank {name[10:-4]}", sname, f"acc {acc:.3f}  macro-F1 {f1:.3f}"))
    for name, data in (("FiQA task 1 headlines", fiqa()), ("SemEval-2017 task 5 headlines", semeval())):
        if not data:
            continue
        gold = [g for _, _, g in data]
        rows.append((name, "majority", "Pearson 0.000 (constant)"))
        for sname, fn in systems.items():
            pred = [fn(t)[0] for t, _, _ in data]  # type: ignore[operator]
            rows.append((name, sname, f"Pearson {pearson(gold, pred):.3f}  (n={len(data)})"))
    width = max(len(r[0]) for r in rows) + 2
    for a, b, c in rows:
        print(f"{a:<{width}}{b:<14}{c}")


if __name__ == "__main__":
    main()
